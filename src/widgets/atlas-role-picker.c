/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "atlas-role-picker.h"

/* The one place where the compared roles are chosen: a header-bar button whose popover
 * lists every role of the dataset, searchable and grouped by family, each with a check
 * button. It keeps the selection between 2 and 4 roles by making the check buttons that
 * would break the limit insensitive, and says why. The popover is built the first time it
 * opens (ui/atlas-role-picker-popover.ui): start-up needs only the button. */
struct _AtlasRolePicker
{
  AdwBin parent_instance;

  AtlasDataset *dataset;
  AtlasSelection *selection;
  /* rows to update when the selection changes, in list order */
  GPtrArray *check_buttons;
  /* The list is built when the popover first opens after the data changed. */
  gboolean list_stale;

  GtkMenuButton *button;
  /* The popover's, NULL until it is built. */
  GtkSearchEntry *search_entry;
  GtkListBox *list_box;
  GtkLabel *hint_label;
};

G_DEFINE_FINAL_TYPE (AtlasRolePicker, atlas_role_picker, ADW_TYPE_BIN)

typedef struct
{
  const char *family;
  const char *label;
} FamilyLabel;

/* Families in the order the list shows them: the compared specialisms first. */
static const FamilyLabel family_labels[] = {
  { "ml-infrastructure", N_("ML infrastructure") },
  { "mlops", N_("MLOps and LLM operations") },
  { "ml-engineering", N_("ML engineering") },
  { "software-infrastructure", N_("Software infrastructure") },
  { "software", N_("Software") },
  { "data", N_("Data") },
  { "leadership", N_("Leadership") },
};

const char *
atlas_role_picker_family_label (const char *family)
{
  for (guint i = 0; i < G_N_ELEMENTS (family_labels); i++)
    if (g_strcmp0 (family_labels[i].family, family) == 0)
      return _(family_labels[i].label);
  return family;
}

static guint
family_order (const char *family)
{
  for (guint i = 0; i < G_N_ELEMENTS (family_labels); i++)
    if (g_strcmp0 (family_labels[i].family, family) == 0)
      return i;
  return G_N_ELEMENTS (family_labels);
}

static AtlasRole *
row_get_role (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "atlas-role");
}

static void
update_button_label (AtlasRolePicker *self)
{
  guint n = self->selection != NULL ? atlas_selection_get_n_roles (self->selection) : 0;
  g_autofree char *label = g_strdup_printf (ngettext ("%u Role", "%u Roles", n), n);

  gtk_menu_button_set_label (self->button, label);
}

/* Mirrors the selection into the check buttons and blocks the moves that would take it
 * outside 2 to 4 roles. */
static void
sync_check_buttons (AtlasRolePicker *self)
{
  guint n = atlas_selection_get_n_roles (self->selection);
  gboolean at_min = n <= ATLAS_SELECTION_MIN_ROLES;
  gboolean at_max = n >= ATLAS_SELECTION_MAX_ROLES;

  for (guint i = 0; i < self->check_buttons->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->check_buttons, i);
      AtlasRole *role = g_object_get_data (G_OBJECT (check), "atlas-role");
      gboolean active = atlas_selection_contains (self->selection, atlas_role_get_id (role));

      g_object_set_data (G_OBJECT (check), "atlas-syncing", GINT_TO_POINTER (TRUE));
      gtk_check_button_set_active (check, active);
      g_object_set_data (G_OBJECT (check), "atlas-syncing", NULL);
      gtk_widget_set_sensitive (GTK_WIDGET (check), active ? !at_min : !at_max);
    }

  if (self->hint_label != NULL)
    gtk_label_set_label (self->hint_label,
                         at_max ? _("Four roles are the most a chart can compare; untick one to choose another.")
                         : at_min ? _("Compare at least two roles; tick another before unticking one.")
                         : _("Compare 2 to 4 roles."));
  update_button_label (self);
}

static void
on_check_toggled (GtkCheckButton  *check,
                  AtlasRolePicker *self)
{
  AtlasRole *role = g_object_get_data (G_OBJECT (check), "atlas-role");

  if (g_object_get_data (G_OBJECT (check), "atlas-syncing") != NULL)
    return;

  if (gtk_check_button_get_active (check))
    atlas_selection_add (self->selection, atlas_role_get_id (role));
  else
    atlas_selection_remove (self->selection, atlas_role_get_id (role));
  /* A refused change leaves the selection as it was; the sync puts the box back. */
  sync_check_buttons (self);
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  const char *family = atlas_role_get_family (row_get_role (row));
  GtkWidget *header;

  if (before != NULL && g_strcmp0 (family, atlas_role_get_family (row_get_role (before))) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (atlas_role_picker_family_label (family));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_widget_set_margin_start (header, 6);
  gtk_list_box_row_set_header (row, header);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  AtlasRolePicker *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  g_autofree char *name = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  name = g_utf8_casefold (atlas_role_get_name (row_get_role (row)), -1);
  return strstr (name, needle) != NULL;
}

static void
on_search_changed (AtlasRolePicker *self)
{
  gtk_list_box_invalidate_filter (self->list_box);
  gtk_list_box_invalidate_headers (self->list_box);
}

static int
compare_roles_for_list (gconstpointer a,
                        gconstpointer b)
{
  AtlasRole *x = *(AtlasRole **) a, *y = *(AtlasRole **) b;
  guint fx = family_order (atlas_role_get_family (x)), fy = family_order (atlas_role_get_family (y));

  if (fx != fy)
    return (int) fx - (int) fy;
  if (fx == G_N_ELEMENTS (family_labels))
    {
      int by_family = g_strcmp0 (atlas_role_get_family (x), atlas_role_get_family (y));
      if (by_family != 0)
        return by_family;
    }
  if (atlas_role_get_core (x) != atlas_role_get_core (y))
    return atlas_role_get_core (x) ? -1 : 1;
  return g_utf8_collate (atlas_role_get_name (x), atlas_role_get_name (y));
}

static GtkWidget *
create_row (AtlasRolePicker *self,
            AtlasRole       *role)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *check = gtk_check_button_new_with_label (atlas_role_get_name (role));

  g_object_set_data_full (G_OBJECT (row), "atlas-role", g_object_ref (role), g_object_unref);
  g_object_set_data_full (G_OBJECT (check), "atlas-role", g_object_ref (role), g_object_unref);
  gtk_widget_set_margin_start (check, 6);
  gtk_widget_set_margin_end (check, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  /* The check button takes focus and activation; the row itself is only a container. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled), self, 0);
  g_ptr_array_add (self->check_buttons, check);
  return row;
}

static void
rebuild_list (AtlasRolePicker *self)
{
  g_autoptr(GPtrArray) roles = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *child;
  GListModel *model;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_ptr_array_set_size (self->check_buttons, 0);
  self->list_stale = FALSE;

  if (self->dataset == NULL)
    return;

  model = atlas_dataset_get_roles (self->dataset);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (roles, g_list_model_get_item (model, i));
  g_ptr_array_sort (roles, compare_roles_for_list);
  for (guint i = 0; i < roles->len; i++)
    gtk_list_box_append (self->list_box, create_row (self, g_ptr_array_index (roles, i)));

  if (self->selection != NULL)
    sync_check_buttons (self);
}

static void
on_selection_changed (AtlasRolePicker *self)
{
  sync_check_buttons (self);
}

static void
on_popover_shown (AtlasRolePicker *self)
{
  if (self->list_stale)
    rebuild_list (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
create_popover (GtkMenuButton *button,
                gpointer       user_data)
{
  AtlasRolePicker *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *popover;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/atlas-role-picker-popover.ui");
  popover = GTK_WIDGET (gtk_builder_get_object (builder, "popover"));
  self->search_entry = GTK_SEARCH_ENTRY (gtk_builder_get_object (builder, "search_entry"));
  self->list_box = GTK_LIST_BOX (gtk_builder_get_object (builder, "list_box"));
  self->hint_label = GTK_LABEL (gtk_builder_get_object (builder, "hint_label"));
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_popover_shown), self);
  gtk_list_box_set_header_func (self->list_box, update_header, NULL, NULL);
  gtk_list_box_set_filter_func (self->list_box, filter_row, self, NULL);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_box));
  self->list_stale = TRUE;
  gtk_menu_button_set_popover (button, popover);
}

static void
atlas_role_picker_dispose (GObject *object)
{
  AtlasRolePicker *self = (AtlasRolePicker *) object;

  g_clear_object (&self->dataset);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->check_buttons, g_ptr_array_unref);
  /* The menu button is AdwBin's child: AdwBin unparents it, so the template must not too.
   * Its popover goes with it, and the pointers into it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  self->search_entry = NULL;
  self->list_box = NULL;
  self->hint_label = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_ROLE_PICKER);

  G_OBJECT_CLASS (atlas_role_picker_parent_class)->dispose (object);
}

static void
atlas_role_picker_class_init (AtlasRolePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_role_picker_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/atlas-role-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasRolePicker, button);
}

static void
atlas_role_picker_init (AtlasRolePicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The template hides it while setting its tooltip (see there). */
  gtk_widget_set_visible (GTK_WIDGET (self->button), TRUE);

  self->check_buttons = g_ptr_array_new ();
  gtk_menu_button_set_create_popup_func (self->button, create_popover, self, NULL);
}

void
atlas_role_picker_set_dataset (AtlasRolePicker *self,
                               AtlasDataset    *dataset)
{
  g_return_if_fail (ATLAS_IS_ROLE_PICKER (self));
  g_return_if_fail (dataset == NULL || ATLAS_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;
  self->list_stale = TRUE;
}

void
atlas_role_picker_set_selection (AtlasRolePicker *self,
                                 AtlasSelection  *selection)
{
  g_return_if_fail (ATLAS_IS_ROLE_PICKER (self));
  g_return_if_fail (ATLAS_IS_SELECTION (selection));

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  g_signal_connect_object (selection, "notify::role-ids", G_CALLBACK (on_selection_changed),
                           self, G_CONNECT_SWAPPED);
  sync_check_buttons (self);
}

void
atlas_role_picker_popup (AtlasRolePicker *self)
{
  g_return_if_fail (ATLAS_IS_ROLE_PICKER (self));

  gtk_menu_button_popup (self->button);
}
