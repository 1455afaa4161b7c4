/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-app"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-salary-import.h"
#include "atlas-window-private.h"

/* Import Salary Data…: a salary CSV is read off the main thread, then a dialog says what
 * was found and asks how to count duplicates and employment types; its cells join the data
 * as a source of their own. */

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  AtlasDataset *dataset = g_object_get_data (G_OBJECT (task), "dataset");
  GError *error = NULL;
  AtlasSalaryImport *import = atlas_salary_import_new_from_file (task_data, dataset, cancellable, &error);

  if (import == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, import, g_object_unref);
}

/* A source id no other source has: imported-1, imported-2, … */
static char *
new_source_id (AtlasDataset *dataset)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("imported-%u", n);

      if (atlas_dataset_lookup_source (dataset, id) == NULL)
        return g_steal_pointer (&id);
    }
}

static AtlasSource *
make_source (AtlasDataset                   *dataset,
             AtlasSalaryImport              *import,
             const AtlasSalaryImportOptions *options,
             guint                           n_used)
{
  g_autofree char *id = new_source_id (dataset);
  g_autofree char *title = g_path_get_basename (atlas_salary_import_get_name (import));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *note = g_strdup_printf (
    _("Salary records imported from %s: %u used of %u read; exact duplicates %s; %s."),
    atlas_salary_import_get_name (import), n_used, atlas_salary_import_get_n_rows (import),
    options->drop_duplicates ? _("dropped") : _("kept"),
    options->all_employment_types ? _("all employment types") : _("full-time records only"));
  AtlasSourceFields fields = {
    .id = id, .title = title, .date = date, .kind = "dataset", .note = note,
  };

  return atlas_source_new (&fields);
}

static void
add_import_to_data (AtlasWindow                    *self,
                    AtlasSalaryImport              *import,
                    const AtlasSalaryImportOptions *options)
{
  AtlasDataset *dataset = atlas_window_get_dataset (self);
  guint n_used = 0;
  g_autoptr(GPtrArray) cells = atlas_salary_import_aggregate (import, options, &n_used);
  g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(AtlasSource) source = make_source (dataset, import, options, n_used);
  g_autoptr(AtlasDataset) combined = NULL;
  g_autofree char *toast = NULL;

  for (guint i = 0; i < cells->len; i++)
    g_ptr_array_add (figures, atlas_salary_aggregate_to_figure (g_ptr_array_index (cells, i),
                                                                atlas_source_get_id (source)));
  combined = atlas_dataset_new_with_salaries (dataset, source, figures);
  atlas_window_set_dataset (self, combined);
  atlas_window_show_tab (self, "salaries");
  toast = g_strdup_printf (ngettext ("Imported %u cell from %s", "Imported %u cells from %s", cells->len),
                           cells->len, atlas_source_get_title (source));
  atlas_window_show_toast (self, toast);
}

static GtkWidget *
make_option (const char *label,
             const char *explanation,
             GtkWidget **check)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (explanation);

  *check = gtk_check_button_new_with_mnemonic (label);
  gtk_box_append (GTK_BOX (box), *check);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_widget_set_margin_start (text, 28);
  gtk_widget_add_css_class (text, "dim-label");
  gtk_widget_add_css_class (text, "caption");
  gtk_box_append (GTK_BOX (box), text);
  /* A screen reader reads the reason with the choice. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (*check), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, text, NULL, -1);
  return box;
}

static GtkWidget *
make_details (AtlasSalaryImport *import)
{
  AtlasSalaryImportOptions defaults = { 0 };
  g_autofree char *details = atlas_salary_import_describe (import, &defaults);
  GtkWidget *expander = gtk_expander_new_with_mnemonic (_("_Details"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *label = gtk_label_new (details);

  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "monospace");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_expander_set_child (GTK_EXPANDER (expander), scrolled);
  return expander;
}

static char *
describe_for_dialog (AtlasSalaryImport *import)
{
  g_autofree char *name = g_path_get_basename (atlas_salary_import_get_name (import));
  GString *body = g_string_new (NULL);

  g_string_append_printf (body, ngettext ("%s holds %u salary record.", "%s holds %u salary records.",
                                          atlas_salary_import_get_n_rows (import)),
                          name, atlas_salary_import_get_n_rows (import));
  if (atlas_salary_import_get_n_skipped (import) > 0)
    {
      g_string_append_c (body, ' ');
      g_string_append_printf (body, ngettext ("%u row is not a valid record and is skipped (see Details).",
                                              "%u rows are not valid records and are skipped (see Details).",
                                              atlas_salary_import_get_n_skipped (import)),
                              atlas_salary_import_get_n_skipped (import));
    }
  if (atlas_salary_import_get_n_unmapped (import) > 0)
    {
      g_string_append_c (body, ' ');
      g_string_append_printf (body, ngettext ("%u record has a job title that matches none of the roles and is left out.",
                                              "%u records have job titles that match none of the roles and are left out.",
                                              atlas_salary_import_get_n_unmapped (import)),
                              atlas_salary_import_get_n_unmapped (import));
    }
  return g_string_free (body, FALSE);
}

static void
on_dialog_response (AdwMessageDialog *dialog,
                    const char       *response,
                    AtlasWindow      *self)
{
  AtlasSalaryImport *import = g_object_get_data (G_OBJECT (dialog), "import");
  GtkCheckButton *drop = g_object_get_data (G_OBJECT (dialog), "drop-duplicates");
  GtkCheckButton *all = g_object_get_data (G_OBJECT (dialog), "all-employment-types");

  if (g_strcmp0 (response, "import") == 0)
    {
      AtlasSalaryImportOptions options = {
        .drop_duplicates = gtk_check_button_get_active (drop),
        .all_employment_types = gtk_check_button_get_active (all),
      };
      add_import_to_data (self, import, &options);
    }
}

static void
present_import_dialog (AtlasWindow       *self,
                       AtlasSalaryImport *import)
{
  g_autofree char *body = describe_for_dialog (import);
  g_autofree char *duplicates = g_strdup_printf (
    ngettext ("Drop _exact duplicate rows (%u in this file)", "Drop _exact duplicate rows (%u in this file)",
              atlas_salary_import_get_n_duplicates (import)),
    atlas_salary_import_get_n_duplicates (import));
  g_autofree char *others = g_strdup_printf (
    ngettext ("Count _part-time, contract and freelance records (%u)",
              "Count _part-time, contract and freelance records (%u)",
              atlas_salary_import_get_n_not_full_time (import)),
    atlas_salary_import_get_n_not_full_time (import));
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Import Salary Records"), body);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *drop, *all;

  gtk_box_append (GTK_BOX (box), make_option (duplicates,
                                              _("Kept by default: a salary file has no row identifiers, so identical "
                                                "rows can be different people or postings. Drop them if your file "
                                                "repeats records by mistake."), &drop));
  gtk_box_append (GTK_BOX (box), make_option (others,
                                              _("Left out by default, so that hourly or partial pay does not pull "
                                                "yearly figures down."), &all));
  gtk_box_append (GTK_BOX (box), make_details (import));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "import", _("_Import"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "import", g_object_ref (import), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "drop-duplicates", drop);
  g_object_set_data (G_OBJECT (dialog), "all-employment-types", all);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dialog_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_read (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  AtlasWindow *self = ATLAS_WINDOW (source_object);
  g_autoptr(GTask) outer = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasSalaryImport) import = g_task_propagate_pointer (G_TASK (result), &error);

  if (import == NULL)
    {
      atlas_window_show_error (self, _("The Salary Records Could Not Be Imported"), error->message);
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }
  present_import_dialog (self, import);
  g_task_return_boolean (outer, TRUE);
}

void
atlas_window_import_salaries (AtlasWindow         *self,
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
  g_task_set_source_tag (outer, atlas_window_import_salaries);
  task = g_task_new (self, cancellable, on_read, outer);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  /* The dataset holds the title rules; the thread only reads it. */
  g_object_set_data_full (G_OBJECT (task), "dataset", g_object_ref (atlas_window_get_dataset (self)),
                          g_object_unref);
  g_task_run_in_thread (task, read_in_thread);
}

gboolean
atlas_window_import_salaries_finish (AtlasWindow   *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
import_chosen_file (AtlasWindow *self,
                    GFile       *file)
{
  atlas_window_import_salaries (self, file, NULL, NULL, NULL);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  atlas_window_choose_file (ATLAS_WINDOW (widget), _("Import Salary Data"), _("Salary records (CSV)"),
                            "text/csv", "csv", import_chosen_file);
}

void
atlas_window_class_add_import_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-salaries", NULL, import_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import-salaries", NULL);
}
