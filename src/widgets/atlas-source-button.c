/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-format.h"
#include "atlas-source-button.h"

/* A small button beside a figure or claim that reveals where it comes from: the tooltip
 * names the source, and the popover (built when first opened) gives its title, publisher,
 * author, date, note and address. It takes keyboard focus, so sources are reachable
 * without a mouse, and its accessible label names the source.
 *
 * A plain button that opens its own popover rather than a GtkMenuButton: the comparison
 * table has forty of these, and a menu button is four widgets (itself, a toggle button, an
 * arrow and an image) with relations for assistive technologies; they took over a quarter
 * of what start-up costs beyond the floor. */
struct _AtlasSourceButton
{
  GtkButton parent_instance;

  AtlasSource *source;
  char *cites;
  GtkWidget *popover;
};

G_DEFINE_FINAL_TYPE (AtlasSourceButton, atlas_source_button, GTK_TYPE_BUTTON)

static void
atlas_source_button_dispose (GObject *object)
{
  AtlasSourceButton *self = (AtlasSourceButton *) object;

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->source);
  g_clear_pointer (&self->cites, g_free);

  G_OBJECT_CLASS (atlas_source_button_parent_class)->dispose (object);
}

/* A popover is a native surface of its own, placed when its parent is allocated. */
static void
atlas_source_button_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  AtlasSourceButton *self = ATLAS_SOURCE_BUTTON (widget);

  GTK_WIDGET_CLASS (atlas_source_button_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void create_popover (AtlasSourceButton *self);

static void
update_expanded (AtlasSourceButton *self)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED,
                               self->popover != NULL && gtk_widget_get_visible (self->popover), -1);
}

static void
atlas_source_button_clicked (GtkButton *button)
{
  AtlasSourceButton *self = ATLAS_SOURCE_BUTTON (button);

  if (self->popover == NULL)
    create_popover (self);
  gtk_popover_popup (GTK_POPOVER (self->popover));
  update_expanded (self);
}

static void
atlas_source_button_class_init (AtlasSourceButtonClass *klass)
{
  GTK_WIDGET_CLASS (klass)->size_allocate = atlas_source_button_size_allocate;
  GTK_BUTTON_CLASS (klass)->clicked = atlas_source_button_clicked;
  G_OBJECT_CLASS (klass)->dispose = atlas_source_button_dispose;
}

static void
atlas_source_button_init (AtlasSourceButton *self)
{
  gtk_button_set_icon_name (GTK_BUTTON (self), "help-about-symbolic");
  gtk_widget_add_css_class (GTK_WIDGET (self), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self), "atlas-source-button");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE, -1);
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
create_popover (AtlasSourceButton *self)
{
  GtkWidget *box;
  g_autoptr(GString) byline = g_string_new (NULL);
  g_autofree char *date = atlas_format_source_date (self->source);
  const char *parts[] = {
    atlas_source_get_publisher (self->source), atlas_source_get_author (self->source),
    atlas_source_get_date (self->source) != NULL ? date : NULL,
  };

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

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  g_signal_connect_swapped (self->popover, "closed", G_CALLBACK (update_expanded), self);
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
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  accessible = g_strdup_printf (_("Source: %s"), atlas_format_source_short (source));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return GTK_WIDGET (self);
}

AtlasSource *
atlas_source_button_get_source (AtlasSourceButton *self)
{
  g_return_val_if_fail (ATLAS_IS_SOURCE_BUTTON (self), NULL);

  return self->source;
}
