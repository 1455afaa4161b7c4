/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-format.h"
#include "atlas-source-button.h"

/* A small button beside a figure or claim that reveals where it comes from: the tooltip
 * names the source, and the popover (built when first opened) gives its title, publisher,
 * author, date, note and address. It takes keyboard focus, so sources are reachable
 * without a mouse, and its accessible label names the source. */
struct _AtlasSourceButton
{
  AdwBin parent_instance;

  AtlasSource *source;
  char *cites;
  GtkMenuButton *button;
};

G_DEFINE_FINAL_TYPE (AtlasSourceButton, atlas_source_button, ADW_TYPE_BIN)

static void
atlas_source_button_dispose (GObject *object)
{
  AtlasSourceButton *self = (AtlasSourceButton *) object;

  g_clear_object (&self->source);
  g_clear_pointer (&self->cites, g_free);

  G_OBJECT_CLASS (atlas_source_button_parent_class)->dispose (object);
}

static void
atlas_source_button_class_init (AtlasSourceButtonClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = atlas_source_button_dispose;
}

static void
atlas_source_button_init (AtlasSourceButton *self)
{
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "help-about-symbolic");
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "atlas-source-button");
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_START);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->button));
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
create_popover (GtkMenuButton *button,
                gpointer       user_data)
{
  AtlasSourceButton *self = user_data;
  GtkWidget *box, *popover;
  g_autoptr(GString) byline = g_string_new (NULL);
  g_autofree char *date = atlas_format_source_date (self->source);
  const char *parts[] = {
    atlas_source_get_publisher (self->source), atlas_source_get_author (self->source),
    atlas_source_get_date (self->source) != NULL ? date : NULL,
  };

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), make_label (_("Source"), "caption-heading"));
  gtk_box_append (GTK_BOX (box), make_label (atlas_source_get_title (self->source), "heading"));

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL)
      g_string_append_printf (byline, "%s%s", byline->len > 0 ? " · " : "", parts[i]);
  if (atlas_source_get_date (self->source) == NULL)
    g_string_append_printf (byline, "%s%s", byline->len > 0 ? " · " : "", _("Undated"));
  gtk_box_append (GTK_BOX (box), make_label (byline->str, NULL));

  if (self->cites != NULL)
    {
      g_autofree char *cites = g_strdup_printf (_("Quoting %s"), self->cites);
      gtk_box_append (GTK_BOX (box), make_label (cites, NULL));
    }
  if (atlas_source_get_note (self->source) != NULL)
    gtk_box_append (GTK_BOX (box), make_label (atlas_source_get_note (self->source), "dim-label"));
  if (atlas_source_get_licence (self->source) != NULL)
    {
      g_autofree char *licence = g_strdup_printf (_("Licence: %s"),
                                                  atlas_source_get_licence (self->source));
      gtk_box_append (GTK_BOX (box), make_label (licence, "dim-label"));
    }
  if (atlas_source_get_url (self->source) != NULL)
    {
      /* The loader admits only http and https addresses here. */
      GtkWidget *link = gtk_link_button_new (atlas_source_get_url (self->source));
      gtk_widget_set_halign (link, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (box), link);
    }

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
}

/**
 * atlas_source_button_new:
 * @source: the source to reveal
 * @cites: (nullable): whom the source quotes for this figure, such as "Glassdoor"
 */
GtkWidget *
atlas_source_button_new (AtlasSource *source,
                         const char  *cites)
{
  AtlasSourceButton *self;
  g_autofree char *citation = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *accessible = NULL;

  g_return_val_if_fail (ATLAS_IS_SOURCE (source), NULL);

  self = g_object_new (ATLAS_TYPE_SOURCE_BUTTON, NULL);
  self->source = g_object_ref (source);
  self->cites = g_strdup (cites);

  citation = atlas_format_source_citation (source);
  tooltip = cites != NULL ? g_strdup_printf (_("Source: %s, quoting %s"), citation, cites)
                          : g_strdup_printf (_("Source: %s"), citation);
  /* GTK 4.8 asks the X server where the pointer is whenever a visible widget gets a
   * tooltip, a round trip per button; the tooltip is set while the button is hidden. */
  gtk_widget_set_visible (GTK_WIDGET (self->button), FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self->button), TRUE);
  accessible = g_strdup_printf (_("Source: %s"), atlas_format_source_short (source));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_menu_button_set_create_popup_func (self->button, create_popover, self, NULL);
  return GTK_WIDGET (self);
}

AtlasSource *
atlas_source_button_get_source (AtlasSourceButton *self)
{
  g_return_val_if_fail (ATLAS_IS_SOURCE_BUTTON (self), NULL);

  return self->source;
}
