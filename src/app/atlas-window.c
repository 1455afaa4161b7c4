/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-app"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "atlas-compare-page.h"
#include "atlas-comparison.h"
#include "atlas-role-picker.h"
#include "atlas-salaries-page.h"
#include "atlas-skills-page.h"
#include "atlas-paths-page.h"
#include "atlas-chart-view.h"
#include "atlas-compare-chart.h"
#include "atlas-deck-dialog.h"
#include "atlas-after-frame.h"
#include "atlas-window-private.h"

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
  /* "Opening …", shown when a dataset takes more than a moment to load. */
  GtkRevealer *loading_revealer;
  GtkSpinner *loading_spinner;
  GtkLabel *loading_label;
  guint n_loading;
  guint loading_timeout;
  AtlasRolePicker *role_picker;
  /* Each tab's page is built the first time it is needed (shown, exported, presented),
   * so start-up builds and lays out only the tab in view; until then its slot is empty. */
  AdwBin *compare_slot;
  AdwBin *salaries_slot;
  AdwBin *skills_slot;
  AdwBin *paths_slot;
  /* After the first frame, the other tabs are built in idle time, one at a time, so that
   * the first switch to each is as quick as any other. */
  AtlasAfterFrame prebuild_after_frame;
  guint prebuild_idle;
  /* A page built out of view, to be laid out by the next idle step. */
  GtkWidget *page_to_lay_out;
  AtlasComparePage *compare_page;
  AtlasSalariesPage *salaries_page;
  AtlasSkillsPage *skills_page;
  AtlasPathsPage *paths_page;
  AdwHeaderBar *header_bar;
  GtkMenuButton *menu_button;
  GMenuModel *primary_menu;
  AdwViewSwitcherTitle *switcher_title;
  /* The bottom switcher gets the stack, and so its buttons, only once a narrow window
   * first shows it. */
  AdwViewSwitcherBar *switcher_bar;
  guint switcher_bar_idle;

  /* presenter mode */
  gboolean presenting;
  gboolean presenting_high_contrast;
  guint deck_index;
  GStrv deck;
  GtkCssProvider *presenter_css;

  /* Built when first asked for: GtkApplication would build it with every window. */
  GtkWindow *shortcuts_window;
};

G_DEFINE_FINAL_TYPE (AtlasWindow, atlas_window, ADW_TYPE_APPLICATION_WINDOW)

void
atlas_window_show_toast (AtlasWindow *self,
                         const char  *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
show_toast (AtlasWindow *self,
            const char  *title)
{
  atlas_window_show_toast (self, title);
}

void
atlas_window_show_error (AtlasWindow *self,
                         const char  *heading,
                         const char  *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_load_error (AtlasWindow *self,
                 const char  *message)
{
  g_autofree char *body = g_strdup_printf (_("The data shown before is still in use.\n\n%s"), message);

  atlas_window_show_error (self, _("The Dataset Could Not Be Opened"), body);
}

static void apply_presenter_scale (AtlasWindow *self);
static void apply_presenter_contrast (AtlasWindow *self);

typedef void (*SetSelectionFunc) (GtkWidget *page, AtlasSelection *selection);
typedef void (*SetDatasetFunc) (GtkWidget *page, AtlasDataset *dataset);

/* Builds a tab's page into its slot, with the window's roles, data and presenter mode. */
static gpointer
ensure_page (AtlasWindow      *self,
             gpointer         *page,
             AdwBin           *slot,
             GType             type,
             SetSelectionFunc  set_selection,
             SetDatasetFunc    set_dataset)
{
  if (*page != NULL)
    return *page;
  *page = g_object_new (type, NULL);
  set_selection (*page, self->selection);
  set_dataset (*page, self->dataset);
  adw_bin_set_child (slot, *page);
  if (self->presenting)
    {
      apply_presenter_scale (self);
      apply_presenter_contrast (self);
    }
  return *page;
}

static AtlasComparePage *
compare_page (AtlasWindow *self)
{
  return ensure_page (self, (gpointer *) &self->compare_page, self->compare_slot, ATLAS_TYPE_COMPARE_PAGE,
                      (SetSelectionFunc) atlas_compare_page_set_selection,
                      (SetDatasetFunc) atlas_compare_page_set_dataset);
}

static AtlasSalariesPage *
salaries_page (AtlasWindow *self)
{
  return ensure_page (self, (gpointer *) &self->salaries_page, self->salaries_slot, ATLAS_TYPE_SALARIES_PAGE,
                      (SetSelectionFunc) atlas_salaries_page_set_selection,
                      (SetDatasetFunc) atlas_salaries_page_set_dataset);
}

static AtlasSkillsPage *
skills_page (AtlasWindow *self)
{
  return ensure_page (self, (gpointer *) &self->skills_page, self->skills_slot, ATLAS_TYPE_SKILLS_PAGE,
                      (SetSelectionFunc) atlas_skills_page_set_selection,
                      (SetDatasetFunc) atlas_skills_page_set_dataset);
}

static AtlasPathsPage *
paths_page (AtlasWindow *self)
{
  return ensure_page (self, (gpointer *) &self->paths_page, self->paths_slot, ATLAS_TYPE_PATHS_PAGE,
                      (SetSelectionFunc) atlas_paths_page_set_selection,
                      (SetDatasetFunc) atlas_paths_page_set_dataset);
}

/**
 * atlas_window_get_page:
 * @name: a tab's name: "compare", "salaries", "skills" or "paths"
 *
 * Returns: (transfer none) (nullable): the tab's page, built now if it was not yet
 */
GtkWidget *
atlas_window_get_page (AtlasWindow *self,
                       const char  *name)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->dataset != NULL, NULL);

  if (g_strcmp0 (name, "compare") == 0)
    return GTK_WIDGET (compare_page (self));
  if (g_strcmp0 (name, "salaries") == 0)
    return GTK_WIDGET (salaries_page (self));
  if (g_strcmp0 (name, "skills") == 0)
    return GTK_WIDGET (skills_page (self));
  if (g_strcmp0 (name, "paths") == 0)
    return GTK_WIDGET (paths_page (self));
  return NULL;
}

/* A chart's first layout loads its fonts and shapes its texts: done here, in idle time, at
 * the size of the page in view, the layout at the chart's own size when its tab is first
 * shown finds them ready. */
static void
prepare_charts (GtkWidget *widget,
                int        width,
                int        height)
{
  if (ATLAS_IS_CHART_VIEW (widget))
    {
      atlas_chart_view_prepare (ATLAS_CHART_VIEW (widget), width, height);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    prepare_charts (child, width, height);
}

/* Lays out a page that is not in view, in its slot, at the size of the page in view: the
 * size it will be shown at. The stack allocates only the page in view, and a page's first
 * allocation is most of the frame that first shows it: every text laid out at its width,
 * a row's labels measured again for their alignment, charts laid out. When the page is
 * shown at this size, the stack's allocation of it finds nothing changed and stops there.
 * Shown at another size (the window was resized meanwhile), it is laid out as usual. */
static void
lay_out_page_out_of_view (AtlasWindow *self,
                          GtkWidget   *page)
{
  GtkWidget *slot = gtk_widget_get_parent (page);
  int width = gtk_widget_get_width (GTK_WIDGET (self->stack));
  int height = gtk_widget_get_height (GTK_WIDGET (self->stack));
  int minimum, natural;

  if (slot == NULL || gtk_widget_get_child_visible (slot) || width <= 0 || height <= 0)
    return;
  /* GTK sizes a widget only after it has been measured. */
  gtk_widget_measure (slot, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  gtk_widget_measure (slot, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  gtk_widget_allocate (slot, width, height, -1, NULL);
}

/* Builds one page that is not built yet, loads its data and prepares its charts, and in
 * the next step lays it out if it is out of view; or stops when all are. A step at a time
 * keeps each idle call short, so that a click right after start-up is not kept waiting. */
static gboolean
prebuild_next_page (gpointer user_data)
{
  AtlasWindow *self = user_data;
  GtkWidget *built;

  if (self->page_to_lay_out != NULL)
    {
      lay_out_page_out_of_view (self, self->page_to_lay_out);
      self->page_to_lay_out = NULL;
      return G_SOURCE_CONTINUE;
    }
  if (self->compare_page == NULL)
    {
      atlas_compare_page_get_comparison (compare_page (self));
      built = GTK_WIDGET (self->compare_page);
    }
  else if (self->salaries_page == NULL)
    {
      atlas_salaries_page_get_chart (salaries_page (self));
      built = GTK_WIDGET (self->salaries_page);
    }
  else if (self->skills_page == NULL)
    {
      atlas_skills_page_get_chart (skills_page (self));
      built = GTK_WIDGET (self->skills_page);
    }
  else if (self->paths_page == NULL)
    {
      atlas_paths_page_get_chart (paths_page (self));
      built = GTK_WIDGET (self->paths_page);
    }
  else
    {
      self->prebuild_idle = 0;
      return G_SOURCE_REMOVE;
    }
  prepare_charts (built, gtk_widget_get_width (GTK_WIDGET (self->stack)),
                  gtk_widget_get_height (GTK_WIDGET (self->stack)));
  self->page_to_lay_out = built;
  return G_SOURCE_CONTINUE;
}

static gboolean
start_prebuilding (gpointer user_data)
{
  AtlasWindow *self = user_data;

  if (self->prebuild_idle == 0 && self->dataset != NULL)
    self->prebuild_idle = g_idle_add_full (G_PRIORITY_LOW, prebuild_next_page, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
build_visible_page (AtlasWindow *self)
{
  if (self->dataset != NULL)
    atlas_window_get_page (self, adw_view_stack_get_visible_child_name (self->stack));
}

/* The chart of the tab in view; the Compare tab's table is drawn fresh. */
AtlasChart *
atlas_window_dup_current_chart (AtlasWindow *self)
{
  const char *tab = adw_view_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (tab, "salaries") == 0)
    return g_object_ref (ATLAS_CHART (atlas_salaries_page_get_chart (salaries_page (self))));
  if (g_strcmp0 (tab, "skills") == 0)
    return g_object_ref (ATLAS_CHART (atlas_skills_page_get_chart (skills_page (self))));
  if (g_strcmp0 (tab, "paths") == 0)
    return g_object_ref (ATLAS_CHART (atlas_paths_page_get_chart (paths_page (self))));
  return ATLAS_CHART (atlas_compare_chart_new (self->dataset, atlas_selection_get_role_ids (self->selection)));
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
  if (self->compare_page != NULL)
    atlas_compare_page_set_dataset (self->compare_page, dataset);
  if (self->salaries_page != NULL)
    atlas_salaries_page_set_dataset (self->salaries_page, dataset);
  if (self->skills_page != NULL)
    atlas_skills_page_set_dataset (self->skills_page, dataset);
  if (self->paths_page != NULL)
    atlas_paths_page_set_dataset (self->paths_page, dataset);
  build_visible_page (self);
}

void
atlas_window_set_dataset (AtlasWindow  *self,
                          AtlasDataset *dataset)
{
  set_dataset (self, dataset);
}

void
atlas_window_show_tab (AtlasWindow *self,
                       const char  *name)
{
  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
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

/* Small files load before anyone could read a notice: it appears only after a moment. */
#define LOADING_NOTICE_DELAY_MS 300

static gboolean
reveal_loading_notice (gpointer user_data)
{
  AtlasWindow *self = user_data;

  self->loading_timeout = 0;
  gtk_spinner_start (self->loading_spinner);
  gtk_revealer_set_reveal_child (self->loading_revealer, TRUE);
  return G_SOURCE_REMOVE;
}

static void
begin_loading_notice (AtlasWindow *self,
                      GFile       *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = g_strdup_printf (_("Opening %s…"), name);

  gtk_label_set_label (self->loading_label, text);
  if (self->n_loading++ == 0 && !gtk_revealer_get_reveal_child (self->loading_revealer))
    self->loading_timeout = g_timeout_add (LOADING_NOTICE_DELAY_MS, reveal_loading_notice, self);
}

static void
end_loading_notice (AtlasWindow *self)
{
  if (--self->n_loading > 0)
    return;
  g_clear_handle_id (&self->loading_timeout, g_source_remove);
  gtk_spinner_stop (self->loading_spinner);
  gtk_revealer_set_reveal_child (self->loading_revealer, FALSE);
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

  end_loading_notice (self);
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
  begin_loading_notice (self, file);
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

typedef struct
{
  AtlasWindow *window;
  AtlasFileChosenFunc chosen;
} FileChoice;

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                FileChoice      *choice)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      choice->chosen (choice->window, file);
    }
  g_object_unref (choice->window);
  g_free (choice);
  g_object_unref (chooser);
}

void
atlas_window_choose_file (AtlasWindow         *self,
                          const char          *title,
                          const char          *filter_name,
                          const char          *mime_type,
                          const char          *suffix,
                          AtlasFileChosenFunc  chosen)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();
  FileChoice *choice = g_new0 (FileChoice, 1);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_filter_set_name (all_filter, _("All files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  choice->window = g_object_ref (self);
  choice->chosen = chosen;
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_chosen_file (AtlasWindow *self,
                  GFile       *file)
{
  atlas_window_open_file (self, file, NULL, NULL, NULL);
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  atlas_window_choose_file (ATLAS_WINDOW (widget), _("Open Dataset"), _("Role Atlas datasets (JSON)"),
                            "application/json", "json", open_chosen_file);
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
  atlas_window_show_tab (self, g_variant_get_string (parameter, NULL));
}

static void
copy_comparison_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasComparison *comparison = atlas_compare_page_get_comparison (compare_page (self));
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

/* The keyboard shortcuts window, as GtkApplicationWindow would show it from
 * gtk/help-overlay.ui, but built the first time it is opened rather than at start-up. */
static void
show_help_overlay_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/help-overlay.ui");
      GtkShortcutsWindow *shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

      self->shortcuts_window = GTK_WINDOW (g_object_ref_sink (shortcuts));
      gtk_window_set_modal (self->shortcuts_window, TRUE);
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
    }
  gtk_window_present (self->shortcuts_window);
}

static gboolean
give_switcher_bar_its_stack (gpointer user_data)
{
  AtlasWindow *self = user_data;

  self->switcher_bar_idle = 0;
  adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
  return G_SOURCE_REMOVE;
}

/* Runs while the header bar is allocated, so the bar is filled just after. */
static void
on_switcher_title_visible (AtlasWindow *self)
{
  if (adw_view_switcher_title_get_title_visible (self->switcher_title) &&
      adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL && self->switcher_bar_idle == 0)
    self->switcher_bar_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, give_switcher_bar_its_stack, self, NULL);
}

/* The main menu's popover is made when the menu first opens, not with the window. */
static void
create_main_menu (GtkMenuButton *button,
                  gpointer       user_data)
{
  AtlasWindow *self = user_data;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

/* ------------------------------------------------------------------ presenter mode */

/* Shows one view of the deck: a tab, and the chart mode within it. */
static void
show_deck_view (AtlasWindow *self,
                const char  *view)
{
  if (g_str_equal (view, "compare"))
    adw_view_stack_set_visible_child_name (self->stack, "compare");
  else if (g_str_has_prefix (view, "salaries-"))
    {
      adw_view_stack_set_visible_child_name (self->stack, "salaries");
      atlas_salaries_page_set_mode (salaries_page (self),
                                    g_str_equal (view, "salaries-by-level") ? ATLAS_SALARY_BY_LEVEL
                                    : g_str_equal (view, "salaries-by-country") ? ATLAS_SALARY_BY_COUNTRY
                                                                                : ATLAS_SALARY_GRID);
    }
  else if (g_str_has_prefix (view, "skills-"))
    {
      adw_view_stack_set_visible_child_name (self->stack, "skills");
      atlas_skills_page_set_mode (skills_page (self),
                                  g_str_equal (view, "skills-overlap") ? ATLAS_SKILL_CHART_OVERLAP
                                  : g_str_equal (view, "skills-matrix") ? ATLAS_SKILL_CHART_MATRIX
                                                                        : ATLAS_SKILL_CHART_TOP);
    }
  else if (g_str_equal (view, "paths"))
    adw_view_stack_set_visible_child_name (self->stack, "paths");
}

static gboolean
is_deck_view (const char *view)
{
  static const char * const views[] = {
    "compare", "salaries-by-level", "salaries-by-country", "salaries-grid", "skills-overlap",
    "skills-matrix", "skills-top", "paths", NULL
  };
  return g_strv_contains (views, view);
}

static void
apply_presenter_contrast (AtlasWindow *self)
{
  GtkWidget *views[] = {
    self->salaries_page != NULL ? atlas_salaries_page_get_view (self->salaries_page) : NULL,
    self->skills_page != NULL ? atlas_skills_page_get_view (self->skills_page) : NULL,
    self->paths_page != NULL ? atlas_paths_page_get_view (self->paths_page) : NULL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (views[i] != NULL)
      atlas_chart_view_set_force_high_contrast (ATLAS_CHART_VIEW (views[i]),
                                                self->presenting && self->presenting_high_contrast);
}

/* Libadwaita 1.2's type classes set sizes in points, which a window's font-size does not
 * reach: scaled on their own, or headings would stay small beside enlarged text. */
static const struct
{
  const char *selector;
  double points;
} typography[] = {
  { ".large-title", 24 }, { ".title-1", 20 }, { ".title-2", 15 }, { ".title-3", 15 }, { ".title-4", 13 },
  { ".heading", 11 }, { ".body", 11 }, { ".caption-heading", 9 }, { ".caption", 9 },
  { "columnview.view > header > button > box", 9 },
};

static char *
presenter_css (double scale)
{
  GString *css = g_string_new (NULL);
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  /* Written with g_ascii_formatd: CSS wants a point, whatever the locale's decimal mark. */
  g_string_append_printf (css, "window.atlas-presenter { font-size: %s%%; }\n",
                          g_ascii_formatd (number, sizeof number, "%.0f", scale * 100));
  for (guint i = 0; i < G_N_ELEMENTS (typography); i++)
    g_string_append_printf (css, "window.atlas-presenter %s { font-size: %spt; }\n", typography[i].selector,
                            g_ascii_formatd (number, sizeof number, "%.1f", typography[i].points * scale));
  /* The toast of keys is for the presenter, not the room: it keeps its size, and its line. */
  g_string_append (css, "window.atlas-presenter toast .heading { font-size: 11pt; }\n");
  return g_string_free (css, FALSE);
}

static void
apply_presenter_scale (AtlasWindow *self)
{
  double scale = self->presenting ? g_settings_get_double (self->settings, "presenter-font-scale") : 1.0;
  g_autofree char *css = presenter_css (scale);

  if (self->salaries_page != NULL)
    atlas_salaries_page_set_font_scale (self->salaries_page, scale);
  if (self->skills_page != NULL)
    atlas_skills_page_set_font_scale (self->skills_page, scale);
  if (self->paths_page != NULL && self->presenting)
    atlas_paths_page_set_zoom (self->paths_page, scale);
  else if (self->paths_page != NULL)
    atlas_paths_page_reset_zoom (self->paths_page);
  gtk_css_provider_load_from_data (self->presenter_css, css, -1);
}

/* Steps through the deck; the deck is the settings' list less views this version lacks. */
static void
step_deck (AtlasWindow *self,
           int          direction)
{
  guint n = g_strv_length (self->deck);

  if (n == 0)
    return;
  self->deck_index = (self->deck_index + n + direction) % n;
  show_deck_view (self, self->deck[self->deck_index]);
}

static void
set_presenting (AtlasWindow *self,
                gboolean     presenting)
{
  if (self->presenting == presenting)
    return;
  self->presenting = presenting;

  gtk_widget_set_visible (GTK_WIDGET (self->header_bar), !presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), !presenting);
  if (presenting)
    {
      g_auto(GStrv) deck = g_settings_get_strv (self->settings, "presenter-deck");
      g_autoptr(GStrvBuilder) valid = g_strv_builder_new ();
      AdwToast *hint = adw_toast_new (_("Page Down or Space: next · Page Up: back · Ctrl+plus or minus: type size · H: high contrast · Esc: leave"));

      for (guint i = 0; deck[i] != NULL; i++)
        if (is_deck_view (deck[i]))
          g_strv_builder_add (valid, deck[i]);
      g_clear_pointer (&self->deck, g_strfreev);
      self->deck = g_strv_builder_end (valid);
      self->deck_index = 0;
      gtk_widget_add_css_class (GTK_WIDGET (self), "atlas-presenter");
      gtk_window_fullscreen (GTK_WINDOW (self));
      if (self->deck[0] != NULL)
        show_deck_view (self, self->deck[0]);
      adw_toast_set_timeout (hint, 4);
      adw_toast_overlay_add_toast (self->toast_overlay, hint);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "atlas-presenter");
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }
  apply_presenter_scale (self);
  apply_presenter_contrast (self);
}

static void
edit_deck_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  atlas_deck_dialog_present (GTK_WINDOW (self), self->settings);
}

static void
presenter_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  set_presenting (self, !self->presenting);
}

/* In presenter mode these keys drive the deck before any child sees them. */
static gboolean
on_presenter_key (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  AtlasWindow           *self)
{
  gboolean control = (state & GDK_CONTROL_MASK) != 0;

  if (!self->presenting)
    return FALSE;
  if (control && (keyval == GDK_KEY_plus || keyval == GDK_KEY_equal || keyval == GDK_KEY_minus ||
                  keyval == GDK_KEY_KP_Add || keyval == GDK_KEY_KP_Subtract))
    {
      double scale = g_settings_get_double (self->settings, "presenter-font-scale");
      double step = keyval == GDK_KEY_minus || keyval == GDK_KEY_KP_Subtract ? -0.25 : 0.25;

      g_settings_set_double (self->settings, "presenter-font-scale", CLAMP (scale + step, 1.5, 3.0));
      apply_presenter_scale (self);
      return TRUE;
    }
  if (control)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_Right:
    case GDK_KEY_space:
      step_deck (self, 1);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_Left:
      step_deck (self, -1);
      return TRUE;
    case GDK_KEY_Escape:
      set_presenting (self, FALSE);
      return TRUE;
    case GDK_KEY_h:
    case GDK_KEY_H:
      /* High contrast on request, for washed-out projectors. */
      self->presenting_high_contrast = !self->presenting_high_contrast;
      apply_presenter_contrast (self);
      return TRUE;
    default:
      return FALSE;
    }
}

void
atlas_window_step_deck (AtlasWindow *self,
                        int          direction)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));

  if (self->presenting)
    step_deck (self, direction > 0 ? 1 : -1);
}

gboolean
atlas_window_get_presenting (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), FALSE);

  return self->presenting;
}

const char *
atlas_window_get_deck_view (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  return self->presenting && self->deck != NULL && self->deck[self->deck_index] != NULL
           ? self->deck[self->deck_index] : NULL;
}

/* ------------------------------------------------------------------ life cycle */

static long
peak_resident_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line != NULL ? strtol (line + strlen ("VmHWM:"), NULL, 10) : -1;
}

/* ROLE_ATLAS_REPORT_FIRST_FRAME=1, for make bench: once the first frame is painted, print
 * its time on the monotonic clock and the peak resident memory, and quit. */
static void
report_first_frame (GdkFrameClock *clock,
                    AtlasWindow   *self)
{
  g_signal_handlers_disconnect_by_func (clock, report_first_frame, self);
  g_print ("first-frame-us %" G_GINT64_FORMAT " peak-rss-kib %ld\n", g_get_monotonic_time (),
           peak_resident_kib ());
  if (g_strcmp0 (g_getenv ("ROLE_ATLAS_BENCH_SWITCH"), "1") == 0)
    atlas_window_start_switch_benchmark (self);
  else
    g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

static void
atlas_window_map (GtkWidget *widget)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  GTK_WIDGET_CLASS (atlas_window_parent_class)->map (widget);
  atlas_after_frame_schedule (&self->prebuild_after_frame, widget, start_prebuilding, self);

  if (g_strcmp0 (g_getenv ("ROLE_ATLAS_REPORT_FIRST_FRAME"), "1") == 0)
    g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                      G_CALLBACK (report_first_frame), self);

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

  g_clear_handle_id (&self->switcher_bar_idle, g_source_remove);
  atlas_after_frame_cancel (&self->prebuild_after_frame);
  g_clear_handle_id (&self->prebuild_idle, g_source_remove);
  g_clear_handle_id (&self->loading_timeout, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_WINDOW);
  g_clear_object (&self->dataset);
  g_clear_object (&self->selection);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->pending_error, g_free);
  g_clear_pointer (&self->deck, g_strfreev);
  if (self->presenter_css != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (self->presenter_css));
  g_clear_object (&self->presenter_css);
  if (self->shortcuts_window != NULL)
    gtk_window_destroy (self->shortcuts_window);
  g_clear_object (&self->shortcuts_window);

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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/atlas-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, loading_revealer);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, role_picker);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, compare_slot);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, salaries_slot);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, skills_slot);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, paths_slot);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, switcher_title);

  atlas_window_class_add_export_actions (widget_class);
  atlas_window_class_add_import_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.choose-roles", NULL, choose_roles_activated);
  gtk_widget_class_install_action (widget_class, "win.show-tab", "s", show_tab_activated);
  gtk_widget_class_install_action (widget_class, "win.copy-comparison", "s", copy_comparison_activated);

  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_activated);
  gtk_widget_class_install_action (widget_class, "win.presenter", NULL, presenter_activated);
  gtk_widget_class_install_action (widget_class, "win.edit-deck", NULL, edit_deck_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, GDK_SHIFT_MASK, "win.edit-deck", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.presenter", NULL);
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
  /* The template hides it while setting its tooltip (see there). */
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), TRUE);

  self->settings = g_settings_new (APPLICATION_ID);
  self->selection = atlas_selection_new ();

  gtk_menu_button_set_create_popup_func (self->menu_button, create_main_menu, self, NULL);
  g_signal_connect_swapped (self->switcher_title, "notify::title-visible", G_CALLBACK (on_switcher_title_visible), self);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "current-tab", self->stack, "visible-child-name", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "selected-roles", self->selection, "role-ids", G_SETTINGS_BIND_DEFAULT);

  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect (keys, "key-pressed", G_CALLBACK (on_presenter_key), self);
    gtk_widget_add_controller (GTK_WIDGET (self), keys);
    self->presenter_css = gtk_css_provider_new ();
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (self->presenter_css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  atlas_role_picker_set_selection (self->role_picker, self->selection);
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (build_visible_page), self);
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

AdwViewStack *
atlas_window_get_stack (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  return self->stack;
}
