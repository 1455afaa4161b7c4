/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-app"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-compare-page.h"
#include "atlas-comparison.h"
#include "atlas-role-picker.h"
#include "atlas-salaries-page.h"
#include "atlas-skills-page.h"
#include "atlas-paths-page.h"
#include "atlas-window.h"

/* Roles compared when nothing else is remembered, as the product brief asks. */
static const char * const default_role_ids[] = {
  "ml-infrastructure-engineer", "mlops-engineer", NULL
};

struct _AtlasWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  AtlasDataset *dataset;
  AtlasSelection *selection;
  /* A --data file that failed at start: shown once the window is on screen. */
  char *pending_error;

  AdwViewStack *stack;
  AdwToastOverlay *toast_overlay;
  AtlasRolePicker *role_picker;
  AtlasComparePage *compare_page;
  AtlasSalariesPage *salaries_page;
  AtlasSkillsPage *skills_page;
  AtlasPathsPage *paths_page;
};

G_DEFINE_FINAL_TYPE (AtlasWindow, atlas_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_toast (AtlasWindow *self,
            const char  *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
show_load_error (AtlasWindow *self,
                 const char  *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Dataset Could Not Be Opened"),
                                              NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The data shown before is still in use.\n\n%s"), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Keeps the compared roles valid for the dataset: ids it does not know are dropped, and
 * if fewer than two remain the defaults (or the first core roles) fill the gap. */
static void
reconcile_selection (AtlasWindow *self)
{
  const char * const *current = atlas_selection_get_role_ids (self->selection);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  GListModel *roles = atlas_dataset_get_roles (self->dataset);

  for (guint i = 0; current[i] != NULL && kept->len < ATLAS_SELECTION_MAX_ROLES; i++)
    if (atlas_dataset_lookup_role (self->dataset, current[i]) != NULL)
      g_ptr_array_add (kept, (char *) current[i]);

  for (guint i = 0; default_role_ids[i] != NULL && kept->len < ATLAS_SELECTION_MIN_ROLES; i++)
    if (atlas_dataset_lookup_role (self->dataset, default_role_ids[i]) != NULL &&
        !g_ptr_array_find_with_equal_func (kept, default_role_ids[i], g_str_equal, NULL))
      g_ptr_array_add (kept, (char *) default_role_ids[i]);

  for (guint i = 0; i < g_list_model_get_n_items (roles) && kept->len < ATLAS_SELECTION_MIN_ROLES; i++)
    {
      g_autoptr(AtlasRole) role = g_list_model_get_item (roles, i);
      const char *id = atlas_role_get_id (role);

      if (!g_ptr_array_find_with_equal_func (kept, id, g_str_equal, NULL))
        g_ptr_array_add (kept, (char *) atlas_role_get_id (atlas_dataset_lookup_role (self->dataset, id)));
    }

  g_ptr_array_add (kept, NULL);
  atlas_selection_set_role_ids (self->selection, (const char * const *) kept->pdata);
}

static void
set_dataset (AtlasWindow  *self,
             AtlasDataset *dataset)
{
  g_set_object (&self->dataset, dataset);
  reconcile_selection (self);
  atlas_role_picker_set_dataset (self->role_picker, dataset);
  atlas_compare_page_set_dataset (self->compare_page, dataset);
  atlas_salaries_page_set_dataset (self->salaries_page, dataset);
  atlas_skills_page_set_dataset (self->skills_page, dataset);
  atlas_paths_page_set_dataset (self->paths_page, dataset);
}

/* ------------------------------------------------------------------ opening a dataset */

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  AtlasDataset *dataset = atlas_dataset_new_from_file (file, cancellable, &error);

  if (dataset == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

static void
on_loaded (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  AtlasWindow *self = ATLAS_WINDOW (source_object);
  g_autoptr(GTask) outer = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = g_task_propagate_pointer (G_TASK (result), &error);

  if (dataset == NULL)
    {
      show_load_error (self, error->message);
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  set_dataset (self, dataset);
  {
    g_autofree char *title = g_strdup_printf (_("Opened %s"), atlas_dataset_get_name (dataset));
    show_toast (self, title);
  }
  g_task_return_boolean (outer, TRUE);
}

void
atlas_window_open_file (AtlasWindow         *self,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GTask *outer;

  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, atlas_window_open_file);

  /* Parsing a large dataset takes a while: off the main thread, the window stays live. */
  task = g_task_new (self, cancellable, on_loaded, outer);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

gboolean
atlas_window_open_file_finish (AtlasWindow   *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                AtlasWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      atlas_window_open_file (self, file, NULL, NULL, NULL);
    }
  g_object_unref (chooser);
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) json_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Dataset"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (json_filter, _("Role Atlas datasets (JSON)"));
  gtk_file_filter_add_mime_type (json_filter, "application/json");
  gtk_file_filter_add_suffix (json_filter, "json");
  gtk_file_filter_set_name (all_filter, _("All files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------------------ other actions */

static void
choose_roles_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  atlas_role_picker_popup (ATLAS_WINDOW (widget)->role_picker);
}

static void
show_tab_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
}

static void
copy_comparison_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasComparison *comparison = atlas_compare_page_get_comparison (self->compare_page);
  gboolean markdown = g_str_equal (g_variant_get_string (parameter, NULL), "markdown");
  g_autofree char *text = NULL;

  if (comparison == NULL)
    return;
  text = atlas_comparison_to_string (comparison, markdown ? ATLAS_COMPARISON_MARKDOWN
                                                          : ATLAS_COMPARISON_TEXT);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  show_toast (self, markdown ? _("Comparison copied as a Markdown table")
                             : _("Comparison copied as a text table"));
}

/* ------------------------------------------------------------------ life cycle */

static void
atlas_window_map (GtkWidget *widget)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  GTK_WIDGET_CLASS (atlas_window_parent_class)->map (widget);

  if (self->pending_error != NULL)
    {
      g_autofree char *message = g_steal_pointer (&self->pending_error);
      show_load_error (self, message);
    }
}

static void
atlas_window_dispose (GObject *object)
{
  AtlasWindow *self = (AtlasWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_WINDOW);
  g_clear_object (&self->dataset);
  g_clear_object (&self->selection);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->pending_error, g_free);

  G_OBJECT_CLASS (atlas_window_parent_class)->dispose (object);
}

static void
atlas_window_class_init (AtlasWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_window_dispose;
  widget_class->map = atlas_window_map;

  g_type_ensure (ATLAS_TYPE_ROLE_PICKER);
  g_type_ensure (ATLAS_TYPE_COMPARE_PAGE);
  g_type_ensure (ATLAS_TYPE_SALARIES_PAGE);
  g_type_ensure (ATLAS_TYPE_SKILLS_PAGE);
  g_type_ensure (ATLAS_TYPE_PATHS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/atlas-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, role_picker);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, compare_page);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, salaries_page);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, skills_page);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, paths_page);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.choose-roles", NULL, choose_roles_activated);
  gtk_widget_class_install_action (widget_class, "win.show-tab", "s", show_tab_activated);
  gtk_widget_class_install_action (widget_class, "win.copy-comparison", "s", copy_comparison_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.choose-roles", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-tab", "s", "compare");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-tab", "s", "salaries");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-tab", "s", "skills");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-tab", "s", "paths");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-comparison", "s", "text");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-comparison", "s", "markdown");
}

static void
atlas_window_init (AtlasWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  self->selection = atlas_selection_new ();

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "current-tab", self->stack, "visible-child-name", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "selected-roles", self->selection, "role-ids", G_SETTINGS_BIND_DEFAULT);

  atlas_role_picker_set_selection (self->role_picker, self->selection);
  atlas_compare_page_set_selection (self->compare_page, self->selection);
  atlas_salaries_page_set_selection (self->salaries_page, self->selection);
  atlas_skills_page_set_selection (self->skills_page, self->selection);
  atlas_paths_page_set_selection (self->paths_page, self->selection);
}

/**
 * atlas_window_new:
 * @data_file: (nullable): a dataset to open instead of the bundled one
 *
 * When @data_file cannot be loaded the window starts on the bundled dataset and, once
 * shown, says why.
 */
AtlasWindow *
atlas_window_new (AtlasApplication *application,
                  GFile            *data_file)
{
  AtlasWindow *self;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ATLAS_IS_APPLICATION (application), NULL);

  self = g_object_new (ATLAS_TYPE_WINDOW, "application", application, NULL);

  if (data_file != NULL)
    {
      dataset = atlas_dataset_new_from_file (data_file, NULL, &error);
      if (dataset == NULL)
        self->pending_error = g_strdup (error->message);
    }
  if (dataset == NULL)
    {
      g_autoptr(GError) bundled_error = NULL;

      dataset = atlas_dataset_new_bundled (&bundled_error);
      /* The test suite validates the bundled dataset; failing here is a build error. */
      if (dataset == NULL)
        g_error ("The bundled dataset does not load: %s", bundled_error->message);
    }
  set_dataset (self, dataset);
  return self;
}

AtlasDataset *
atlas_window_get_dataset (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  return self->dataset;
}

AtlasSelection *
atlas_window_get_selection (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  return self->selection;
}

GtkWidget *
atlas_window_get_compare_page (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->compare_page);
}

AdwViewStack *
atlas_window_get_stack (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  return self->stack;
}
