/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-app"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-chart-export.h"
#include "atlas-window-private.h"

/* Export Chart…, Export Report…, Copy Chart and Print…: the chart in view (or the whole
 * report), drawn by the same cairo code as the screen with the print palette, written
 * atomically. */

typedef struct
{
  AtlasWindow *window;
  AtlasChart *chart;
  AtlasExportFormat format;
  double scale;
  char *title;
  char *subtitle;
  AtlasPaper paper;
  gboolean landscape;
  gboolean report;
  double width;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_clear_object (&request->window);
  g_clear_object (&request->chart);
  g_free (request->title);
  g_free (request->subtitle);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportRequest, export_request_free)

#define EXPORT_WIDTH 1600
#define EXPORT_HEIGHT 1000

static void
write_export (ExportRequest *request,
              GFile         *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (path == NULL)
    {
      atlas_window_show_error (request->window, _("The Chart Could Not Be Exported"),
                               _("Choose a folder on this computer."));
      return;
    }
  if (request->report)
    bytes = atlas_report_render (atlas_window_get_dataset (request->window),
                                 atlas_selection_get_role_ids (atlas_window_get_selection (request->window)),
                                 request->paper, request->landscape, &error);
  else
    /* A chosen width keeps the default's 16:10 shape. */
    bytes = atlas_chart_render_titled (request->chart, request->format, request->width,
                                       request->width * EXPORT_HEIGHT / EXPORT_WIDTH,
                                       request->scale, request->title, request->subtitle, &error);

  if (bytes == NULL || !atlas_export_write_file (path, bytes, &error))
    {
      atlas_window_show_error (request->window, request->report ? _("The Report Could Not Be Exported")
                                                                : _("The Chart Could Not Be Exported"),
                               error->message);
      return;
    }
  {
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *toast = g_strdup_printf (_("Saved %s"), name);
    atlas_window_show_toast (request->window, toast);
  }
}

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  ExportRequest   *request)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      write_export (request, file);
    }
  export_request_free (request);
  g_object_unref (chooser);
}

static void
choose_file (ExportRequest *request,
             const char    *suggested_name)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (request->report ? _("Export Report")
                                                                               : _("Export Chart"),
                                                               GTK_WINDOW (request->window),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Export"), _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Both export dialogs: their options, Cancel and a suggested Export…; @on_response owns
 * @request from then on. */
static void
present_options_dialog (GtkWidget     *dialog,
                        GtkWidget     *options,
                        GCallback      on_response,
                        ExportRequest *request)
{
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), options);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "export", _("_Export…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  g_signal_connect (dialog, "response", on_response, request);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const char * const format_names[] = { N_("PNG image"), N_("PNG image at twice the size"), N_("SVG drawing"), N_("PDF document"), NULL };

static void
on_export_chart_response (AdwMessageDialog *dialog,
                          const char       *response,
                          ExportRequest    *request)
{
  g_autoptr(ExportRequest) owned = request;
  GtkWidget *group = adw_message_dialog_get_extra_child (dialog);
  AdwComboRow *format_row = g_object_get_data (G_OBJECT (group), "atlas-format");
  AdwEntryRow *title_row = g_object_get_data (G_OBJECT (group), "atlas-title");
  AdwEntryRow *subtitle_row = g_object_get_data (G_OBJECT (group), "atlas-subtitle");
  static const char * const extensions[] = { "chart.png", "chart.png", "chart.svg", "chart.pdf" };
  guint format = adw_combo_row_get_selected (format_row);

  if (g_strcmp0 (response, "export") != 0 || format >= G_N_ELEMENTS (extensions))
    return;
  request->format = format <= 1 ? ATLAS_EXPORT_PNG : format == 2 ? ATLAS_EXPORT_SVG : ATLAS_EXPORT_PDF;
  request->width = gtk_spin_button_get_value (g_object_get_data (G_OBJECT (group), "atlas-width"));
  request->scale = format == 1 ? 2.0 : 1.0;
  request->title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (title_row)));
  request->subtitle = g_strdup (gtk_editable_get_text (GTK_EDITABLE (subtitle_row)));
  choose_file (g_steal_pointer (&owned), extensions[format]);
}

static GtkWidget *
build_export_options (void)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *format_row = adw_combo_row_new ();
  GtkWidget *title_row = adw_entry_row_new ();
  GtkWidget *subtitle_row = adw_entry_row_new ();
  GtkWidget *width_row = adw_action_row_new ();
  GtkWidget *width_spin = gtk_spin_button_new_with_range (400, 8000, 100);
  g_autoptr(GtkStringList) formats = gtk_string_list_new (NULL);

  for (guint i = 0; format_names[i] != NULL; i++)
    gtk_string_list_append (formats, _(format_names[i]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (format_row), _("Format"));
  adw_combo_row_set_model (ADW_COMBO_ROW (format_row), G_LIST_MODEL (formats));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (title_row), _("Title (optional)"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (subtitle_row), _("Subtitle (optional)"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), format_row);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (width_spin), EXPORT_WIDTH);
  gtk_widget_set_valign (width_spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (width_row), _("Width in pixels"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (width_row), width_spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (width_row), width_spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), width_row);
  g_object_set_data (G_OBJECT (group), "atlas-width", width_spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), title_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), subtitle_row);
  g_object_set_data (G_OBJECT (group), "atlas-format", format_row);
  g_object_set_data (G_OBJECT (group), "atlas-title", title_row);
  g_object_set_data (G_OBJECT (group), "atlas-subtitle", subtitle_row);
  return group;
}

static void
export_chart_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  ExportRequest *request = g_new0 (ExportRequest, 1);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export Chart"),
                                              _("The chart in view, on white paper, with its sources in the footer."));

  request->window = g_object_ref (self);
  request->chart = atlas_window_dup_current_chart (self);
  present_options_dialog (dialog, build_export_options (), G_CALLBACK (on_export_chart_response), request);
}

static void
on_export_report_response (AdwMessageDialog *dialog,
                           const char       *response,
                           ExportRequest    *request)
{
  g_autoptr(ExportRequest) owned = request;
  GtkWidget *group = adw_message_dialog_get_extra_child (dialog);
  AdwComboRow *paper_row = g_object_get_data (G_OBJECT (group), "atlas-paper");
  AdwComboRow *orientation_row = g_object_get_data (G_OBJECT (group), "atlas-orientation");

  if (g_strcmp0 (response, "export") != 0)
    return;
  request->paper = adw_combo_row_get_selected (paper_row) == 1 ? ATLAS_PAPER_LETTER : ATLAS_PAPER_A4;
  request->landscape = adw_combo_row_get_selected (orientation_row) == 1;
  choose_file (g_steal_pointer (&owned), "role-comparison.pdf");
}

static void
export_report_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  ExportRequest *request = g_new0 (ExportRequest, 1);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export Report"),
                                              _("One PDF: a cover, the comparison, the salary, skill and career charts, and every source."));
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *paper_row = adw_combo_row_new ();
  GtkWidget *orientation_row = adw_combo_row_new ();
  const char *papers[] = { _("A4"), _("US Letter"), NULL };
  const char *orientations[] = { _("Portrait"), _("Landscape"), NULL };
  g_autoptr(GtkStringList) paper_list = gtk_string_list_new (papers);
  g_autoptr(GtkStringList) orientation_list = gtk_string_list_new (orientations);

  request->window = g_object_ref (self);
  request->report = TRUE;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (paper_row), _("Paper"));
  adw_combo_row_set_model (ADW_COMBO_ROW (paper_row), G_LIST_MODEL (paper_list));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (orientation_row), _("Orientation"));
  adw_combo_row_set_model (ADW_COMBO_ROW (orientation_row), G_LIST_MODEL (orientation_list));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), paper_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), orientation_row);
  g_object_set_data (G_OBJECT (group), "atlas-paper", paper_row);
  g_object_set_data (G_OBJECT (group), "atlas-orientation", orientation_row);
  present_options_dialog (dialog, group, G_CALLBACK (on_export_report_response), request);
}

static void
copy_chart_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  g_autoptr(AtlasChart) chart = atlas_window_dup_current_chart (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = atlas_chart_render (chart, ATLAS_EXPORT_PNG, EXPORT_WIDTH, EXPORT_HEIGHT, 1.0, &error);
  g_autoptr(GdkTexture) texture = NULL;

  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      atlas_window_show_error (self, _("The Chart Could Not Be Copied"), error->message);
      return;
    }
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  atlas_window_show_toast (self, _("Chart copied as an image"));
}

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page_number,
           AtlasChart        *chart)
{
  /* The print context's origin is already inside the page margins. */
  atlas_chart_paint_for_print (chart, gtk_print_context_get_cairo_context (context),
                               gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  AtlasChart *chart = atlas_window_dup_current_chart (self);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();

  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The operation keeps the chart for as long as it prints. */
  g_object_set_data_full (G_OBJECT (operation), "atlas-chart", chart, g_object_unref);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), chart);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    atlas_window_show_error (self, _("The Chart Could Not Be Printed"), error->message);
}

static void
draw_report_page (GtkPrintOperation *operation,
                  GtkPrintContext   *context,
                  int                page_number,
                  AtlasReport       *report)
{
  atlas_report_paint_page (report, page_number, gtk_print_context_get_cairo_context (context),
                           gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

/* The career diagram's page is turned sideways when the rest of the report is upright. */
static void
request_report_page_setup (GtkPrintOperation *operation,
                           GtkPrintContext   *context,
                           int                page_number,
                           GtkPageSetup      *setup,
                           AtlasReport       *report)
{
  if (atlas_report_page_is_wide (report, page_number) &&
      gtk_page_setup_get_orientation (setup) == GTK_PAGE_ORIENTATION_PORTRAIT)
    gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
}

GtkPrintOperation *
atlas_window_new_report_print (AtlasWindow *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  AtlasReport *report = atlas_report_new (atlas_window_get_dataset (self),
                                          atlas_selection_get_role_ids (atlas_window_get_selection (self)));

  gtk_print_operation_set_n_pages (operation, atlas_report_get_n_pages (report));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The operation keeps the report for as long as it prints. */
  g_object_set_data_full (G_OBJECT (operation), "atlas-report", report, (GDestroyNotify) atlas_report_free);
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (request_report_page_setup), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_report_page), report);
  return operation;
}

static void
print_report_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = atlas_window_new_report_print (self);
  g_autoptr(GError) error = NULL;

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    atlas_window_show_error (self, _("The Report Could Not Be Printed"), error->message);
}

void
atlas_window_class_add_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-chart", NULL, export_chart_activated);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_activated);
  gtk_widget_class_install_action (widget_class, "win.copy-chart", NULL, copy_chart_activated);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, print_report_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-chart", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_ALT_MASK, "win.copy-chart", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.print-report", NULL);
}
