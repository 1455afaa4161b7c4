/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "atlas-application.h"
#include "atlas-compare-page.h"
#include "atlas-comparison.h"
#include "atlas-chart-view.h"
#include "atlas-hiring-advisor.h"
#include "atlas-salaries-page.h"
#include "atlas-skills-page.h"
#include "atlas-paths-page.h"
#include "atlas-deck-dialog.h"
#include "atlas-role-picker.h"
#include "atlas-source-button.h"
#include "atlas-window.h"
#include "atlas-window-private.h"
#include "atlas-wrap-box.h"
#include "chart-test-utils.h"

/* Widget tests: the real window under Xvfb, with GSettings in memory. */

static AtlasApplication *app;

static void
wait_for_events (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* The first open window of @type, or NULL. */
static GtkWindow *
find_toplevel_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return GTK_WINDOW (toplevel);
    }
  return NULL;
}

static void
on_painted (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

static GtkWidget *find_descendant_of_type (GtkWidget *widget,
                                           GType      type);
static gboolean fail_on_timeout (gpointer user_data);

/* On the Compare tab what is below the fold comes a piece a frame, the hiring advisor last;
 * between two frames no event may be pending. */
static void
wait_for_below_fold (AtlasWindow *window)
{
  guint timeout;

  if (atlas_window_get_dataset (window) == NULL ||
      g_strcmp0 (adw_view_stack_get_visible_child_name (atlas_window_get_stack (window)), "compare") != 0)
    return;
  timeout = g_timeout_add_seconds (10, fail_on_timeout, (gpointer) "The hiring advisor below the fold");
  while (find_descendant_of_type (GTK_WIDGET (window), ATLAS_TYPE_HIRING_ADVISOR) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  wait_for_events ();
}

/* Presents a window and returns once its first frame is painted and the work the window
 * leaves for after that frame (what is below the fold) is done. */
static AtlasWindow *
open_window (GFile *data_file)
{
  AtlasWindow *window = atlas_window_new (app, data_file);
  gboolean painted = FALSE;
  gulong handler;

  gtk_window_present (GTK_WINDOW (window));
  handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                              G_CALLBACK (on_painted), &painted);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), handler);
  wait_for_events ();
  wait_for_below_fold (window);
  return window;
}

static void
close_window (AtlasWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_events ();
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "selected-roles");
  g_settings_reset (settings, "current-tab");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_tabs_in_order (void)
{
  AtlasWindow *window = open_window (NULL);
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (atlas_window_get_stack (window));
  static const char * const titles[] = { "Compare", "Salaries", "Skills", "Career Paths" };
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window)));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, titles[i]);
      /* The icon is one the theme (or the app's resources) has, not a missing-image one. */
      g_assert_true (gtk_icon_theme_has_icon (theme, adw_view_stack_page_get_icon_name (page)));
    }
  close_window (window);
}

static void
test_default_roles (void)
{
  AtlasWindow *window;
  const char *expected[] = { "ml-infrastructure-engineer", "mlops-engineer", NULL };

  reset_settings ();
  window = open_window (NULL);
  g_assert_cmpstrv (atlas_selection_get_role_ids (atlas_window_get_selection (window)), expected);
  close_window (window);
}

/* Collects the text of every label under @widget, in widget order. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static void
test_selection_updates_compare (void)
{
  AtlasWindow *window = open_window (NULL);
  AtlasComparePage *page = ATLAS_COMPARE_PAGE (atlas_window_get_page (window, "compare"));
  const char *roles[] = { "mlops-engineer", "ai-infrastructure-engineer", "devops-engineer", NULL };
  g_autoptr(GString) labels = g_string_new (NULL);
  AtlasComparison *comparison;

  g_assert_true (atlas_selection_set_role_ids (atlas_window_get_selection (window), roles));
  wait_for_events ();

  comparison = atlas_compare_page_get_comparison (page);
  g_assert_cmpuint (atlas_comparison_get_n_roles (comparison), ==, 3);
  g_assert_cmpstr (atlas_comparison_get_role_id (comparison, 2), ==, "devops-engineer");

  collect_labels (GTK_WIDGET (page), labels);
  g_assert_nonnull (strstr (labels->str, "AI Infrastructure Engineer\n"));
  g_assert_nonnull (strstr (labels->str, "Compute efficiency, throughput and latency\n"));
  g_assert_nonnull (strstr (labels->str, "Not covered by the sources\n"));
  close_window (window);
}

static GtkWidget *
find_descendant_of_type (GtkWidget *widget,
                         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_descendants_of_type (GtkWidget *widget,
                           GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_descendants_of_type (child, type);
  return n;
}

static GtkWidget *
slot_child (AtlasWindow *window,
            const char  *name)
{
  return adw_bin_get_child (ADW_BIN (adw_view_stack_get_child_by_name (atlas_window_get_stack (window), name)));
}

/* Start-up builds only the tab in view; the others are built in idle time after the first
 * frame, so that the first switch to one is quick too. */
static void
test_pages_built_after_first_frame (void)
{
  AtlasWindow *window = atlas_window_new (app, NULL);
  const char *hidden[] = { "salaries", "skills", "paths" };

  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (atlas_window_get_stack (window)), ==, "compare");
  g_assert_true (ATLAS_IS_COMPARE_PAGE (slot_child (window, "compare")));
  for (guint i = 0; i < G_N_ELEMENTS (hidden); i++)
    g_assert_null (slot_child (window, hidden[i]));
  /* Below the fold: the hiring advisor comes after the first frame too. */
  g_assert_null (find_descendant_of_type (slot_child (window, "compare"), ATLAS_TYPE_HIRING_ADVISOR));
  close_window (window);

  window = open_window (NULL);
  g_assert_nonnull (find_descendant_of_type (slot_child (window, "compare"), ATLAS_TYPE_HIRING_ADVISOR));
  g_assert_true (ATLAS_IS_SALARIES_PAGE (slot_child (window, "salaries")));
  g_assert_true (ATLAS_IS_SKILLS_PAGE (slot_child (window, "skills")));
  g_assert_true (ATLAS_IS_PATHS_PAGE (slot_child (window, "paths")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "paths"));
  close_window (window);

  /* A window that opens on a remembered tab builds that one first, not Compare. */
  window = atlas_window_new (app, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (atlas_window_get_stack (window)), ==, "paths");
  g_assert_true (ATLAS_IS_PATHS_PAGE (slot_child (window, "paths")));
  g_assert_null (slot_child (window, "compare"));
  close_window (window);
  reset_settings ();
}

static GtkWindow *
find_shortcuts_window (void)
{
  return find_toplevel_of_type (GTK_TYPE_SHORTCUTS_WINDOW);
}

static guint
count_groups_titled (GtkWidget  *widget,
                     const char *title)
{
  guint n = ADW_IS_PREFERENCES_GROUP (widget) &&
            g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_groups_titled (child, title);
  return n;
}

static gboolean
fail_on_timeout (gpointer user_data)
{
  g_error ("%s did not happen within 10 s", (const char *) user_data);
  return G_SOURCE_REMOVE;
}

/* New roles show in the table at once; Role Details, below the fold, follow after the
 * frame that shows the table. */
static void
test_details_follow_table (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkWidget *page = atlas_window_get_page (window, "compare");
  const char *roles[] = { "mlops-engineer", "devops-engineer", NULL };
  g_autoptr(GString) labels = g_string_new (NULL);
  guint timeout;

  g_assert_true (atlas_selection_set_role_ids (atlas_window_get_selection (window), roles));
  collect_labels (page, labels);
  g_assert_nonnull (strstr (labels->str, "DevOps Engineer\n"));
  g_assert_cmpuint (count_groups_titled (page, "DevOps Engineer"), ==, 0);
  g_assert_cmpuint (count_groups_titled (page, "ML Infrastructure Engineer"), ==, 1);

  timeout = g_timeout_add_seconds (10, fail_on_timeout, (gpointer) "Role Details for the new roles");
  while (count_groups_titled (page, "DevOps Engineer") == 0)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  g_assert_cmpuint (count_groups_titled (page, "ML Infrastructure Engineer"), ==, 0);
  g_assert_cmpuint (count_groups_titled (page, "MLOps Engineer"), ==, 1);
  close_window (window);
  reset_settings ();
}

typedef struct
{
  GtkWidget *page;
  const char * const *names;
  GArray *counts;
} DetailsWatch;

static guint
count_details (DetailsWatch *watch)
{
  guint n = 0;

  for (guint i = 0; watch->names[i] != NULL; i++)
    n += count_groups_titled (watch->page, watch->names[i]);
  return n;
}

static void
note_details (GdkFrameClock *clock,
              DetailsWatch  *watch)
{
  guint n = count_details (watch);

  g_array_append_val (watch->counts, n);
}

/* Role Details come a role a frame, so that no frame lays out all of them: with three new
 * roles, no painted frame sees more than one more group than the one before. */
static void
test_details_a_role_a_frame (void)
{
  AtlasWindow *window = open_window (NULL);
  const char *roles[] = { "mlops-engineer", "devops-engineer", "ai-infrastructure-engineer", NULL };
  const char *names[] = { "MLOps Engineer", "DevOps Engineer", "AI Infrastructure Engineer", NULL };
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint));
  DetailsWatch watch = { atlas_window_get_page (window, "compare"), names, counts };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gulong handler;
  guint timeout;

  g_assert_true (atlas_selection_set_role_ids (atlas_window_get_selection (window), roles));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (note_details), &watch);
  timeout = g_timeout_add_seconds (10, fail_on_timeout, (gpointer) "Role Details for three roles");
  while (count_details (&watch) < 3)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  g_signal_handler_disconnect (clock, handler);

  g_assert_cmpuint (counts->len, >=, 3);
  for (guint i = 1; i < counts->len; i++)
    g_assert_cmpuint (g_array_index (counts, guint, i), <=, g_array_index (counts, guint, i - 1) + 1);
  g_assert_cmpuint (count_groups_titled (watch.page, "ML Infrastructure Engineer"), ==, 0);
  close_window (window);
  reset_settings ();
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* The narrow layout, one card per row of the table, is built only while it is in view;
 * the bottom tab bar gets its buttons when a narrow window first shows it. */
static void
test_narrow_window (void)
{
  AdwViewSwitcherBar *bar;
  AtlasWindow *window = open_window (NULL);
  GtkWidget *page = atlas_window_get_page (window, "compare");
  AdwSqueezer *squeezer = ADW_SQUEEZER (find_descendant_of_type (page, ADW_TYPE_SQUEEZER));
  AtlasComparison *comparison = atlas_compare_page_get_comparison (ATLAS_COMPARE_PAGE (page));
  GtkWidget *table = gtk_widget_get_first_child (GTK_WIDGET (squeezer));
  GtkWidget *cards = gtk_widget_get_next_sibling (table);
  guint timeout;

  g_assert_true (GTK_IS_GRID (table));
  g_assert_true (adw_squeezer_get_visible_child (squeezer) == table);
  g_assert_cmpuint (count_children (cards), ==, 0);
  bar = ADW_VIEW_SWITCHER_BAR (find_descendant_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));
  g_assert_null (adw_view_switcher_bar_get_stack (bar));

  gtk_window_set_default_size (GTK_WINDOW (window), 420, 700);
  timeout = g_timeout_add_seconds (10, fail_on_timeout, (gpointer) "The cards in a narrow window");
  while (adw_squeezer_get_visible_child (squeezer) != cards || count_children (cards) == 0)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  g_assert_cmpuint (count_children (cards), ==, atlas_comparison_get_n_rows (comparison));
  timeout = g_timeout_add_seconds (10, fail_on_timeout, (gpointer) "The bottom tab bar in a narrow window");
  while (adw_view_switcher_bar_get_stack (bar) == NULL || !adw_view_switcher_bar_get_reveal (bar))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  g_assert_true (adw_view_switcher_bar_get_stack (bar) == atlas_window_get_stack (window));

  /* New roles while narrow: the cards follow at once. */
  {
    const char *roles[] = { "mlops-engineer", "devops-engineer", NULL };
    g_autoptr(GString) labels = g_string_new (NULL);

    g_assert_true (atlas_selection_set_role_ids (atlas_window_get_selection (window), roles));
    collect_labels (cards, labels);
    g_assert_nonnull (strstr (labels->str, "DevOps Engineer\n"));
  }
  close_window (window);
  reset_settings ();
}

/* Waits until @widget has been allocated at most @width wide (a resize takes a frame or two). */
static void
wait_for_width (GtkWidget  *widget,
                int         width,
                const char *what)
{
  guint timeout = g_timeout_add_seconds (10, fail_on_timeout, (gpointer) what);

  while (gtk_widget_get_width (widget) == 0 || gtk_widget_get_width (widget) > width)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  wait_for_events ();
}

/* In a window 420 px wide each tab's toolbar wraps onto more rows, every control on
 * screen: scrolled sideways, the last ones were out of sight with nothing to say so. */
static void
test_narrow_toolbars_wrap (void)
{
  static const char * const pages[] = { "salaries", "skills", "paths" };
  AtlasWindow *window = open_window (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 420, 700);
  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    {
      GtkWidget *page = atlas_window_get_page (window, pages[p]);
      GtkWidget *toolbar;
      int first_y = -1, rows = 0;

      adw_view_stack_set_visible_child_name (atlas_window_get_stack (window), pages[p]);
      wait_for_width (page, 420, pages[p]);
      toolbar = find_descendant_of_type (page, ATLAS_TYPE_WRAP_BOX);
      g_assert_nonnull (toolbar);
      /* A screen reader announces it as the tab's toolbar. */
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (toolbar)), ==, GTK_ACCESSIBLE_ROLE_TOOLBAR);
      for (GtkWidget *child = gtk_widget_get_first_child (toolbar); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          graphene_rect_t bounds;

          if (!gtk_widget_get_visible (child))
            continue;
          g_assert_true (gtk_widget_compute_bounds (child, page, &bounds));
          if (bounds.origin.x < 0 || bounds.origin.x + bounds.size.width > gtk_widget_get_width (page))
            g_error ("%s: a %s at x %g, %g wide, is off a page %d wide", pages[p], G_OBJECT_TYPE_NAME (child),
                     bounds.origin.x, bounds.size.width, gtk_widget_get_width (page));
          if (bounds.origin.y != first_y)
            rows++;
          first_y = bounds.origin.y;
        }
      g_assert_cmpint (rows, >, 1);
    }
  close_window (window);
  reset_settings ();
}

/* The role list is built when the picker first opens, one check box per role. */
static void
test_role_picker_opens (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkWidget *picker = find_descendant_of_type (GTK_WIDGET (window), ATLAS_TYPE_ROLE_PICKER);
  guint n_roles = g_list_model_get_n_items (atlas_dataset_get_roles (atlas_window_get_dataset (window)));

  g_assert_nonnull (picker);
  g_assert_cmpuint (count_descendants_of_type (picker, GTK_TYPE_CHECK_BUTTON), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.choose-roles", NULL));
  wait_for_events ();
  g_assert_cmpuint (count_descendants_of_type (picker, GTK_TYPE_CHECK_BUTTON), ==, n_roles);
  /* Closed as a person would: GTK 4.8 stumbles (a critical about the gone popover's
   * surface, in the next test) when a window is destroyed with a popover open. */
  gtk_menu_button_popdown (GTK_MENU_BUTTON (find_descendant_of_type (picker, GTK_TYPE_MENU_BUTTON)));
  wait_for_events ();
  close_window (window);
}

static GtkMenuButton *
find_main_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) &&
      g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), "open-menu-symbolic") == 0)
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_main_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The main menu is made when it first opens, with every item. */
static void
test_main_menu_opens (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkMenuButton *button = find_main_menu_button (GTK_WIDGET (window));
  GMenuModel *model;
  guint n_items = 0;

  g_assert_nonnull (button);
  g_assert_true (gtk_menu_button_get_primary (button));
  g_assert_null (gtk_menu_button_get_menu_model (button));
  gtk_menu_button_popup (button);
  wait_for_events ();
  model = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (model);
  g_assert_nonnull (gtk_menu_button_get_popover (button));
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      n_items += g_menu_model_get_n_items (section);
    }
  /* Open and Import; three exports and two prints; presenter and deck; shortcuts and About. */
  g_assert_cmpuint (n_items, ==, 11);
  gtk_menu_button_popdown (button);
  wait_for_events ();
  close_window (window);
}

static GtkRevealer *
find_loading_notice (GtkWidget *root)
{
  GtkWidget *spinner = find_descendant_of_type (root, GTK_TYPE_SPINNER);

  g_assert_nonnull (spinner);
  return GTK_REVEALER (gtk_widget_get_ancestor (spinner, GTK_TYPE_REVEALER));
}

static void
on_slow_file_opened (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (atlas_window_open_file_finish (ATLAS_WINDOW (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

/* A dataset that takes a while to read shows "Opening NAME…" until it is in. The file is
 * a named pipe, so that it takes exactly as long as the test wants. */
static void
test_loading_notice (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkRevealer *notice = find_loading_notice (GTK_WIDGET (window));
  g_autofree char *dir = g_dir_make_tmp ("atlas-test-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "slow.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fifo);
  g_autoptr(GBytes) bundled = g_resources_lookup_data (ATLAS_DATASET_BUNDLED_PATH, 0, NULL);
  const char *data;
  gsize length, written = 0;
  gboolean opened = FALSE;
  guint timeout;
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (notice));
  atlas_window_open_file (window, file, NULL, on_slow_file_opened, &opened);
  /* Not at once: a file that loads in a moment never shows it. */
  g_assert_false (gtk_revealer_get_reveal_child (notice));

  timeout = g_timeout_add_seconds (10, fail_on_timeout, (gpointer) "The loading notice");
  while (!gtk_revealer_get_reveal_child (notice))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_next_sibling (
                     find_descendant_of_type (GTK_WIDGET (notice), GTK_TYPE_SPINNER)))), ==, "Opening slow.json…");

  data = g_bytes_get_data (bundled, &length);
  fd = open (fifo, O_WRONLY);
  g_assert_cmpint (fd, >=, 0);
  while (written < length)
    {
      gssize n = write (fd, data + written, length - written);

      g_assert_cmpint (n, >, 0);
      written += n;
    }
  close (fd);

  timeout = g_timeout_add_seconds (10, fail_on_timeout, (gpointer) "The slow dataset");
  while (!opened)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  g_assert_false (gtk_revealer_get_reveal_child (notice));
  g_assert_true (g_str_has_suffix (atlas_dataset_get_name (atlas_window_get_dataset (window)), "slow.json"));

  g_assert_cmpint (g_unlink (fifo), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  close_window (window);
  reset_settings ();
}

/* A change of roles rebuilds only the tab in view; the others catch up when shown, or
 * when asked for what they show. */
static void
test_hidden_pages_wait (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkWidget *page = atlas_window_get_page (window, "compare");
  const char *roles[] = { "mlops-engineer", "devops-engineer", NULL };
  const char *other_roles[] = { "ai-infrastructure-engineer", "mlops-engineer", NULL };
  AtlasComparison *comparison;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "salaries"));
  wait_for_events ();
  g_assert_true (atlas_selection_set_role_ids (atlas_window_get_selection (window), roles));
  wait_for_events ();
  {
    g_autoptr(GString) labels = g_string_new (NULL);
    collect_labels (page, labels);
    g_assert_null (strstr (labels->str, "DevOps Engineer\n"));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "compare"));
  wait_for_events ();
  {
    g_autoptr(GString) labels = g_string_new (NULL);
    collect_labels (page, labels);
    g_assert_nonnull (strstr (labels->str, "DevOps Engineer\n"));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "skills"));
  wait_for_events ();
  g_assert_true (atlas_selection_set_role_ids (atlas_window_get_selection (window), other_roles));
  comparison = atlas_compare_page_get_comparison (ATLAS_COMPARE_PAGE (page));
  g_assert_cmpstr (atlas_comparison_get_role_id (comparison, 0), ==, "ai-infrastructure-engineer");
  close_window (window);
  reset_settings ();
}

static const char *
find_gap_description (GtkWidget *widget)
{
  if (ADW_IS_PREFERENCES_GROUP (widget))
    {
      const char *description = adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (widget));

      if (description != NULL && strstr (description, "to learn or deepen for") != NULL)
        return description;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = find_gap_description (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* On the Skills tab new roles redraw the chart at once; the skill gap below follows. */
static void
test_skill_gap_follows_chart (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkWidget *page;
  const char *roles[] = { "devops-engineer", "ai-infrastructure-engineer", NULL };
  guint timeout;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "skills"));
  page = atlas_window_get_page (window, "skills");
  timeout = g_timeout_add_seconds (10, fail_on_timeout, (gpointer) "The first skill gap");
  while (find_gap_description (page) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  g_assert_nonnull (strstr (find_gap_description (page), "for MLOps Engineer"));

  g_assert_true (atlas_selection_set_role_ids (atlas_window_get_selection (window), roles));
  g_assert_nonnull (strstr (find_gap_description (page), "for MLOps Engineer"));
  timeout = g_timeout_add_seconds (10, fail_on_timeout, (gpointer) "The skill gap for the new roles");
  while (strstr (find_gap_description (page), "for AI Infrastructure Engineer") == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  close_window (window);
  reset_settings ();
}

/* A chart on screen is not a still one: whatever was in the caller's canvas, the view's has
 * `still` unset, and the career diagram's footer invites a hover, as only a screen can. */
static void
test_chart_on_screen_not_still (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkWidget *page, *view;
  AtlasChartCanvas canvas;
  AtlasChartLayout *layout;
  gboolean hover = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "paths"));
  page = atlas_window_get_page (window, "paths");
  view = find_descendant_of_type (page, ATLAS_TYPE_CHART_VIEW);
  g_assert_nonnull (view);
  wait_for_width (view, G_MAXINT, "The career diagram on screen");
  memset (&canvas, 0xff, sizeof canvas);
  atlas_chart_view_get_canvas (ATLAS_CHART_VIEW (view), &canvas);
  g_assert_false (canvas.still);
  layout = atlas_chart_view_get_layout (ATLAS_CHART_VIEW (view));
  g_assert_nonnull (layout);
  for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
    hover |= strstr (atlas_chart_layout_get_text (layout, t)->text, "hover a title for its sources") != NULL;
  g_assert_true (hover);
  close_window (window);
  reset_settings ();
}

/* Enlarged type asks for a taller chart: in presenter mode the Venn grows with its labels
 * instead of keeping its size while they double. Tests run on a 1600 × 1000 screen. */
static void
test_chart_grows_with_type (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkWidget *page, *view;
  int small, large, natural;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "skills"));
  page = atlas_window_get_page (window, "skills");
  view = atlas_skills_page_get_view (ATLAS_SKILLS_PAGE (page));
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, 900, &small, &natural, NULL, NULL);
  atlas_skills_page_set_font_scale (ATLAS_SKILLS_PAGE (page), 2.0);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, 900, &large, &natural, NULL, NULL);
  /* Twice as tall, within four fifths of the screen (the toolbar and sources stay in view). */
  {
    GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (view),
                                                              gtk_native_get_surface (GTK_NATIVE (window)));
    GdkRectangle screen;

    gdk_monitor_get_geometry (monitor, &screen);
    g_assert_cmpint (large, ==, MIN (2 * small, (int) ceil (0.8 * screen.height)));
    g_assert_cmpint (large, >, small);
  }
  atlas_skills_page_set_font_scale (ATLAS_SKILLS_PAGE (page), 1.0);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, 900, &large, &natural, NULL, NULL);
  g_assert_cmpint (large, ==, small);
  close_window (window);
  reset_settings ();
}

/* The keyboard shortcuts window is built when first asked for, then kept. */
static void
test_shortcuts_window (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkWindow *shortcuts;
  GLogLevelFlags fatal;

  /* GTK 4.8's shortcuts window, styled by libadwaita 1.2, warns that one of its own labels
   * measured -3 px wide (so does GtkApplication's automatic help overlay); warnings are
   * not fatal while it is open, criticals still are. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_assert_null (find_shortcuts_window ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  wait_for_events ();
  shortcuts = find_shortcuts_window ();
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (shortcuts));

  gtk_window_close (shortcuts);
  wait_for_events ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  wait_for_events ();
  g_assert_true (find_shortcuts_window () == shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  close_window (window);
  g_assert_null (find_shortcuts_window ());
  g_log_set_always_fatal (fatal);
}

/* A Role Details list says how many items it holds and builds them when first opened. */
static void
test_role_details_open (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkWidget *page = atlas_window_get_page (window, "compare");
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (find_descendant_of_type (page, ADW_TYPE_EXPANDER_ROW));
  guint n_items;

  g_assert_nonnull (expander);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (expander)), ==, "Core responsibilities");
  g_assert_cmpint (sscanf (adw_expander_row_get_subtitle (expander), "%u items", &n_items), ==, 1);
  g_assert_cmpuint (n_items, >, 1);
  g_assert_cmpuint (count_descendants_of_type (GTK_WIDGET (expander), ATLAS_TYPE_SOURCE_BUTTON), ==, 0);

  adw_expander_row_set_expanded (expander, TRUE);
  wait_for_events ();
  /* One row per item, each with the button that names its source. */
  g_assert_cmpuint (count_descendants_of_type (GTK_WIDGET (expander), ATLAS_TYPE_SOURCE_BUTTON), ==, n_items);

  adw_expander_row_set_expanded (expander, FALSE);
  adw_expander_row_set_expanded (expander, TRUE);
  wait_for_events ();
  g_assert_cmpuint (count_descendants_of_type (GTK_WIDGET (expander), ATLAS_TYPE_SOURCE_BUTTON), ==, n_items);
  close_window (window);
}

/* The first label under @widget showing @text, or NULL. */
static GtkWidget *
find_label_with_text (GtkWidget  *widget,
                      const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with_text (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static graphene_rect_t
bounds_in (GtkWidget  *page,
           const char *text)
{
  GtkWidget *label = find_label_with_text (page, text);
  graphene_rect_t bounds;

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_compute_bounds (label, page, &bounds));
  return bounds;
}

/* In the table a dimension's first texts stand on one line across the roles, a "not
 * covered" as well as a text with its source button; a role's texts start where its name
 * does, and its source buttons line up in a column of their own. */
static void
test_table_lines_up (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkWidget *page = atlas_window_get_page (window, "compare");
  graphene_rect_t not_covered = bounds_in (page, "Not covered by the sources");
  graphene_rect_t covered = bounds_in (page, "Data scientists and ML engineers");
  graphene_rect_t second_role = bounds_in (page, "MLOps Engineer");
  graphene_rect_t first_entry = bounds_in (page, "Operating ML models in production");
  graphene_rect_t second_entry = bounds_in (page, "ML workflow and the model lifecycle");
  GtkWidget *table = find_descendant_of_type (page, GTK_TYPE_GRID);
  double button_x = -1;

  /* Same top and same height: the texts are centred on the same line. */
  g_assert_cmpfloat (not_covered.origin.y, ==, covered.origin.y);
  g_assert_cmpfloat (not_covered.size.height, ==, covered.size.height);
  g_assert_cmpfloat (not_covered.origin.x, <, covered.origin.x);
  g_assert_cmpfloat (second_role.origin.x, ==, covered.origin.x);
  g_assert_cmpfloat (first_entry.origin.x, ==, covered.origin.x);
  g_assert_cmpfloat (second_entry.origin.y, >, first_entry.origin.y + first_entry.size.height);

  /* Every source button of the second role, at one x, right of its texts. */
  for (GtkWidget *child = gtk_widget_get_first_child (table); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!ATLAS_IS_SOURCE_BUTTON (child))
        continue;
      g_assert_true (gtk_widget_compute_bounds (child, page, &bounds));
      if (bounds.origin.x < covered.origin.x)
        continue;
      if (button_x < 0)
        button_x = bounds.origin.x;
      g_assert_cmpfloat (bounds.origin.x, ==, button_x);
    }
  g_assert_cmpfloat (button_x, >, covered.origin.x + covered.size.width);
  close_window (window);
}

/* The header's and the table's menu buttons are hidden while their templates set their
 * tooltips (GTK 4.8 asks the X server for the pointer otherwise): they must be shown again,
 * tooltips and all. */
static void
test_menu_buttons_shown_with_tooltips (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkWidget *page = atlas_window_get_page (window, "compare");
  GtkWidget *picker = find_descendant_of_type (GTK_WIDGET (window), ATLAS_TYPE_ROLE_PICKER);
  GtkWidget *buttons[] = {
    GTK_WIDGET (find_main_menu_button (GTK_WIDGET (window))),
    find_descendant_of_type (picker, GTK_TYPE_MENU_BUTTON),
    find_descendant_of_type (page, GTK_TYPE_MENU_BUTTON),
  };
  const char *tooltips[] = {
    "Main Menu (F10)", "Choose the Roles to Compare (Ctrl+R)", "Copy the Comparison as a Table (Ctrl+Shift+C)",
  };

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      g_assert_nonnull (buttons[i]);
      g_assert_true (gtk_widget_get_visible (buttons[i]));
      g_assert_true (gtk_widget_get_mapped (buttons[i]));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (buttons[i]), ==, tooltips[i]);
    }
  /* The copy button's menu is built when it first opens, and has its formats then. */
  g_assert_null (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (buttons[2])));
  gtk_menu_button_popup (GTK_MENU_BUTTON (buttons[2]));
  wait_for_events ();
  g_assert_nonnull (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (buttons[2])));
  g_assert_cmpint (g_menu_model_get_n_items (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (buttons[2]))), >, 0);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (buttons[2]));
  wait_for_events ();
  close_window (window);
}

/* A source button in the table opens a popover naming its source, built on first use,
 * and exposes that it has one to assistive technologies. */
static void
test_source_button_opens (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkWidget *page = atlas_window_get_page (window, "compare");
  GtkWidget *button = find_descendant_of_type (page, ATLAS_TYPE_SOURCE_BUTTON);
  AtlasSource *source;
  GtkWidget *popover;
  g_autoptr(GString) labels = g_string_new (NULL);
  g_autofree char *title_line = NULL;
  guint timeout;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_focusable (button) || gtk_widget_get_can_focus (button));
  g_assert_null (find_descendant_of_type (button, GTK_TYPE_POPOVER));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "Source: "));
  source = atlas_source_button_get_source (ATLAS_SOURCE_BUTTON (button));

  /* As from the keyboard: a button shows itself pressed for a moment before it acts. */
  timeout = g_timeout_add_seconds (10, fail_on_timeout, (gpointer) "The source popover");
  gtk_widget_activate (button);
  while ((popover = find_descendant_of_type (button, GTK_TYPE_POPOVER)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  wait_for_events ();
  g_assert_true (gtk_widget_get_visible (popover));
  collect_labels (popover, labels);
  title_line = g_strdup_printf ("%s\n", atlas_source_get_title (source));
  g_assert_nonnull (strstr (labels->str, title_line));

  gtk_popover_popdown (GTK_POPOVER (popover));
  wait_for_events ();
  g_assert_false (gtk_widget_get_visible (popover));
  /* Opened again, it is the same popover. */
  g_signal_emit_by_name (button, "clicked");
  wait_for_events ();
  g_assert_true (find_descendant_of_type (button, GTK_TYPE_POPOVER) == popover);
  g_assert_true (gtk_widget_get_visible (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));
  wait_for_events ();
  close_window (window);
}

/* Printed on upright paper, the report turns the career diagram's page sideways, where its
 * titles stay readable; its other pages stay upright. */
static void
test_print_report_turns_career_page (void)
{
  AtlasWindow *window = open_window (NULL);
  g_autofree char *dir = g_dir_make_tmp ("role-atlas-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = atlas_window_new_report_print (window);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autofree char *orientations = NULL;

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (window), &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  orientations = chart_test_pdf_page_orientations (path);
  /* A cover, the comparison, 3 salary, 3 skill and the career chart, and the sources. */
  g_assert_cmpstr (orientations, ==, "portrait portrait portrait portrait portrait portrait portrait portrait "
                                     "landscape portrait");
  g_remove (path);
  g_rmdir (dir);
  close_window (window);
}

/* The compared roles and the tab are remembered for the next window. */
static void
test_restore (void)
{
  AtlasWindow *window = open_window (NULL);
  const char *roles[] = { "ai-ml-engineer", "mlops-engineer", NULL };

  atlas_selection_set_role_ids (atlas_window_get_selection (window), roles);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "skills"));
  close_window (window);

  window = open_window (NULL);
  g_assert_cmpstrv (atlas_selection_get_role_ids (atlas_window_get_selection (window)), roles);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (atlas_window_get_stack (window)), ==, "skills");
  close_window (window);
  reset_settings ();
}

/* Ids the dataset does not know are dropped, and the defaults fill the gap. */
static void
test_restore_unknown_roles (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  const char *stale[] = { "astronaut", "mlops-engineer", NULL };
  const char *expected[] = { "mlops-engineer", "ml-infrastructure-engineer", NULL };
  AtlasWindow *window;

  g_settings_set_strv (settings, "selected-roles", stale);
  window = open_window (NULL);
  g_assert_cmpstrv (atlas_selection_get_role_ids (atlas_window_get_selection (window)), expected);
  close_window (window);
  reset_settings ();
}

static AdwMessageDialog *
find_message_dialog (void)
{
  return ADW_MESSAGE_DIALOG (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GError **error = user_data;

  g_assert_false (atlas_window_open_file_finish (ATLAS_WINDOW (source), result, error));
}

static void
test_bad_dataset_keeps_data (void)
{
  AtlasWindow *window = open_window (NULL);
  AtlasDataset *before = atlas_window_get_dataset (window);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", "salary-negative.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  atlas_window_open_file (window, file, NULL, on_opened, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  wait_for_events ();

  g_assert_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_INVALID);
  g_assert_true (atlas_window_get_dataset (window) == before);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "$.salaries[0].low: -5 is not a valid amount; amounts must be above zero"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

/* role-atlas --data BAD starts on the bundled data and shows why. */
static void
test_bad_data_option (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/data.json");
  AtlasWindow *window = open_window (file);
  AdwMessageDialog *dialog = find_message_dialog ();

  g_assert_cmpstr (atlas_dataset_get_name (atlas_window_get_dataset (window)), ==, ATLAS_DATASET_BUNDLED_PATH);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "/nonexistent/data.json: "));
  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

static void
test_good_dataset_replaces_data (void)
{
  AtlasWindow *window = open_window (NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fixture.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *expected[] = { "alpha", "beta", NULL };
  AtlasDataset *before = atlas_window_get_dataset (window);

  atlas_window_open_file (window, file, NULL, NULL, NULL);
  while (atlas_window_get_dataset (window) == before)
    g_main_context_iteration (NULL, TRUE);

  /* None of the remembered roles exist there: the first two roles are compared. */
  g_assert_cmpstrv (atlas_selection_get_role_ids (atlas_window_get_selection (window)), expected);
  close_window (window);
  reset_settings ();
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  int *done = user_data;
  g_autoptr(GError) error = NULL;

  *done = atlas_window_import_salaries_finish (ATLAS_WINDOW (source), result, &error) ? 1 : -1;
}

static int
import_and_wait (AtlasWindow *window,
                 const char  *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  int done = 0;

  atlas_window_import_salaries (window, file, NULL, on_imported, &done);
  while (done == 0)
    g_main_context_iteration (NULL, TRUE);
  wait_for_events ();
  return done;
}

static GtkCheckButton *
find_check_button (GtkWidget  *root,
                   const char *label_start)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found;

      if (GTK_IS_CHECK_BUTTON (child) &&
          g_str_has_prefix (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)), label_start))
        return GTK_CHECK_BUTTON (child);
      if ((found = find_check_button (child, label_start)) != NULL)
        return found;
    }
  return NULL;
}

/* Import Salary Data…: the dialog says what the file holds and offers the two choices; the
 * cells then join the data as a source of their own, and the Salaries tab shows them. */
static void
test_import_salaries (void)
{
  AtlasWindow *window = open_window (NULL);
  g_autoptr(AtlasDataset) before = g_object_ref (atlas_window_get_dataset (window));
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "salaries", "fixture.csv", NULL);
  AtlasDataset *after;
  AdwMessageDialog *dialog;
  AtlasSource *source;
  GListModel *salaries;
  guint n_imported = 0;

  g_assert_cmpint (import_and_wait (window, path), ==, 1);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Import Salary Records");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "fixture.csv holds 9 salary records. 1 record has a job title that matches none "
                   "of the roles and is left out.");
  gtk_check_button_set_active (find_check_button (adw_message_dialog_get_extra_child (dialog),
                                                  "Drop _exact duplicate rows (1 in this file)"), TRUE);
  adw_message_dialog_response (dialog, "import");
  wait_for_events ();

  after = atlas_window_get_dataset (window);
  g_assert_true (after != before);
  source = atlas_dataset_lookup_source (after, "imported-1");
  g_assert_nonnull (source);
  g_assert_cmpstr (atlas_source_get_title (source), ==, "fixture.csv");
  g_assert_nonnull (strstr (atlas_source_get_note (source), "exact duplicates dropped; full-time records only"));
  salaries = atlas_dataset_get_salaries (after);
  for (guint i = 0; i < g_list_model_get_n_items (salaries); i++)
    {
      g_autoptr(AtlasSalaryFigure) figure = g_list_model_get_item (salaries, i);

      if (g_strcmp0 (atlas_salary_figure_get_source_id (figure), "imported-1") != 0)
        continue;
      n_imported++;
      /* Dropping the duplicate leaves 2 mid-level records in the US. */
      if (g_strcmp0 (atlas_salary_figure_get_country (figure), "US") == 0 &&
          atlas_salary_figure_get_level (figure) == ATLAS_LEVEL_MID)
        {
          g_assert_cmpint (atlas_salary_figure_get_sample_size (figure), ==, 2);
          g_assert_cmpint (atlas_salary_figure_get_value (figure), ==, 92501);
        }
    }
  g_assert_cmpuint (n_imported, ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (salaries), ==,
                    g_list_model_get_n_items (atlas_dataset_get_salaries (before)) + 7);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (atlas_window_get_stack (window)), ==, "salaries");

  /* A second import gets a source of its own. */
  g_assert_cmpint (import_and_wait (window, path), ==, 1);
  adw_message_dialog_response (find_message_dialog (), "import");
  wait_for_events ();
  g_assert_nonnull (atlas_dataset_lookup_source (atlas_window_get_dataset (window), "imported-2"));
  close_window (window);
  reset_settings ();
}

static void
test_import_salaries_bad_file (void)
{
  AtlasWindow *window = open_window (NULL);
  AtlasDataset *before = atlas_window_get_dataset (window);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fixture.json", NULL);
  AdwMessageDialog *dialog;

  g_assert_cmpint (import_and_wait (window, path), ==, -1);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Salary Records Could Not Be Imported");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "not a salary CSV file"));
  g_assert_true (atlas_window_get_dataset (window) == before);
  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

static AtlasHiringAdvisor *
find_advisor (GtkWidget *widget)
{
  if (ATLAS_IS_HIRING_ADVISOR (widget))
    return ATLAS_HIRING_ADVISOR (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AtlasHiringAdvisor *found = find_advisor (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_hiring_advisor (void)
{
  AtlasWindow *window = open_window (NULL);
  AtlasHiringAdvisor *advisor = find_advisor (GTK_WIDGET (window));

  g_assert_nonnull (advisor);
  g_assert_cmpstr (atlas_hiring_advisor_get_recommendation (advisor), ==,
                   "Tick the situations that match your team to get a recommendation.");
  /* Situations 0 to 4 are the ML infrastructure engineer's (000), 5 on the MLOps engineer's. */
  atlas_hiring_advisor_set_ticked (advisor, 0, TRUE);
  atlas_hiring_advisor_set_ticked (advisor, 2, TRUE);
  atlas_hiring_advisor_set_ticked (advisor, 7, TRUE);
  g_assert_cmpstr (atlas_hiring_advisor_get_recommendation (advisor), ==,
                   "Recommended: ML Infrastructure Engineer. 2 of the 3 situations you ticked point to this role.");
  close_window (window);
}

static AtlasSalariesPage *
find_salaries_page (AtlasWindow *window)
{
  return ATLAS_SALARIES_PAGE (atlas_window_get_page (window, "salaries"));
}

/* Keyboard: the chart takes focus, arrow keys move between bars, Enter pins one. */
static void
test_salaries_keyboard_pin (void)
{
  AtlasWindow *window = open_window (NULL);
  AtlasSalariesPage *page = find_salaries_page (window);
  AtlasChartView *view = ATLAS_CHART_VIEW (atlas_salaries_page_get_view (page));
  AtlasChartLayout *layout;
  int first, second;

  adw_view_stack_set_visible_child_name (atlas_window_get_stack (window), "salaries");
  /* Wait for the frame that allocates the chart. */
  while (gtk_widget_get_width (GTK_WIDGET (view)) <= 0)
    g_main_context_iteration (NULL, TRUE);
  layout = atlas_chart_view_get_layout (view);
  g_assert_nonnull (layout);
  g_assert_nonnull (strstr (atlas_chart_layout_get_description (layout), "United States: Entry"));

  first = atlas_chart_layout_step (layout, -1, 1);
  second = atlas_chart_layout_step (layout, first, 1);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  atlas_chart_view_set_focus_mark (view, first);
  atlas_chart_view_set_focus_mark (view, second);
  g_assert_cmpint (atlas_chart_view_get_focus_mark (view), ==, second);
  g_signal_emit_by_name (view, "activate-item", second);
  g_assert_nonnull (atlas_salaries_page_get_pinned_text (page));
  g_assert_nonnull (strstr (atlas_salaries_page_get_pinned_text (page), "Source: ML Infrastructure Engineer vs MLOps Engineer"));

  /* Changing the roles redraws the chart and unpins the figure. */
  {
    const char *roles[] = { "ai-ml-engineer", "mlops-engineer", NULL };
    atlas_selection_set_role_ids (atlas_window_get_selection (window), roles);
    wait_for_events ();
    g_assert_null (atlas_salaries_page_get_pinned_text (page));
  }
  close_window (window);
  reset_settings ();
}

/* DevOps to MLOps: what they share, what to learn in order, and the sources' time. */
static void
test_skill_gap_devops_to_mlops (void)
{
  AtlasWindow *window = open_window (NULL);
  AtlasSkillsPage *page = ATLAS_SKILLS_PAGE (atlas_window_get_page (window, "skills"));
  const char *roles[] = { "devops-engineer", "mlops-engineer", NULL };
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *gap = NULL;
  g_autofree char *slow = NULL;
  const char *first_line_end;

  atlas_selection_set_role_ids (atlas_window_get_selection (window), roles);
  wait_for_events ();
  g_settings_set_int (settings, "study-hours", 40);
  atlas_skills_page_set_gap (page, "devops-engineer", "mlops-engineer");
  gap = atlas_skills_page_describe_gap (page);

  /* The largest rise first: DevOps has no stated levels, so new skills with a stated need
   * lead, Python (expert) before Docker... each with its level. */
  first_line_end = strchr (gap, '\n');
  g_assert_nonnull (first_line_end);
  g_assert_nonnull (strstr (gap, "New skill, needed at Expert"));
  g_assert_nonnull (strstr (gap, "1 to 3 months, as Rebuix gives it | At 40 hours a week: about 1.0 to 3.0 months"));

  g_settings_set_int (settings, "study-hours", 10);
  wait_for_events ();
  slow = atlas_skills_page_describe_gap (page);
  g_assert_nonnull (strstr (slow, "At 10 hours a week: about 4.0 to 12.0 months (derived:"));

  close_window (window);
  g_settings_reset (settings, "study-hours");
  reset_settings ();
}

/* The first widget under @widget whose tooltip is @tooltip, or NULL. */
static GtkWidget *
find_descendant_with_tooltip (GtkWidget  *widget,
                              const char *tooltip)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant_with_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Copy puts the skill gap on the clipboard as text a person can paste into a plan: what to
 * learn, how long the move takes as the source gives it, and where the levels come from. */
static void
test_skill_gap_copy (void)
{
  AtlasWindow *window = open_window (NULL);
  AtlasSkillsPage *page = ATLAS_SKILLS_PAGE (atlas_window_get_page (window, "skills"));
  const char *roles[] = { "devops-engineer", "mlops-engineer", NULL };
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *text = NULL;
  GtkWidget *button;
  GdkContentProvider *content;
  g_auto(GValue) value = G_VALUE_INIT;

  atlas_selection_set_role_ids (atlas_window_get_selection (window), roles);
  wait_for_events ();
  g_settings_set_int (settings, "study-hours", 40);
  atlas_skills_page_set_gap (page, "devops-engineer", "mlops-engineer");
  text = atlas_skills_page_gap_to_text (page);
  g_assert_true (g_str_has_prefix (text, "What to learn to move from DevOps Engineer to MLOps Engineer\n"));
  g_assert_nonnull (strstr (text, " skills to learn or deepen for MLOps Engineer, the largest rise first.\n\n- "));
  g_assert_nonnull (strstr (text, ": New skill, needed at Expert\n"));
  g_assert_nonnull (strstr (text, "\nHow long it takes:\n- 1 to 3 months, as Rebuix gives it: At 40 hours a week: "
                                  "about 1.0 to 3.0 months"));
  g_assert_nonnull (strstr (text, "\nSkill levels from: "));
  g_assert_true (g_str_has_suffix (text, "\n"));

  /* The button copies exactly that. */
  button = find_descendant_with_tooltip (GTK_WIDGET (page), "Copy What to Learn, with how long it takes and the sources");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_for_events ();
  content = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (page)));
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  g_assert_cmpstr (g_value_get_string (&value), ==, text);

  close_window (window);
  g_settings_reset (settings, "study-hours");
  reset_settings ();
}

/* "My current skills": ticked skills are the starting point, remembered in the settings. */
static void
test_skill_gap_my_skills (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  const char *mine[] = { "kubernetes", "python", NULL };
  AtlasWindow *window;
  AtlasSkillsPage *page;
  g_autofree char *gap = NULL;

  g_settings_set_strv (settings, "my-skills", mine);
  window = open_window (NULL);
  page = ATLAS_SKILLS_PAGE (atlas_window_get_page (window, "skills"));
  atlas_skills_page_set_gap (page, NULL, "mlops-engineer");
  gap = atlas_skills_page_describe_gap (page);
  g_assert_nonnull (strstr (gap, "Kubernetes | You have it; levels not compared"));
  g_assert_nonnull (strstr (gap, "Docker and containers | New skill, needed at Expert"));
  g_assert_nonnull (strstr (gap, "Transition times are given from one role to another"));
  close_window (window);
  g_settings_reset (settings, "my-skills");
}

static void
collect_descendants_of_type (GtkWidget *widget,
                             GType      type,
                             GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (out, child);
      collect_descendants_of_type (child, type, out);
    }
}

/* "Your Skills" has a ticked or unticked row per skill once it is opened, not before (a
 * closed expander's rows are still measured); a tick is remembered. */
static void
test_my_skills_built_when_opened (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  const char *mine[] = { "kubernetes", NULL };
  AtlasWindow *window;
  GtkWidget *page;
  AdwExpanderRow *expander;
  GtkWidget *python = NULL;
  g_auto(GStrv) remembered = NULL;
  guint n_skills, n_ticked = 0;

  g_settings_set_strv (settings, "my-skills", mine);
  window = open_window (NULL);
  page = atlas_window_get_page (window, "skills");
  n_skills = g_list_model_get_n_items (atlas_dataset_get_skills (atlas_window_get_dataset (window)));
  expander = ADW_EXPANDER_ROW (find_descendant_of_type (page, ADW_TYPE_EXPANDER_ROW));
  g_assert_nonnull (expander);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (expander)), ==, "Your Skills");
  g_assert_cmpuint (count_descendants_of_type (GTK_WIDGET (expander), GTK_TYPE_CHECK_BUTTON), ==, 0);

  adw_expander_row_set_expanded (expander, TRUE);
  wait_for_events ();
  g_assert_cmpuint (n_skills, >, 10);
  g_assert_cmpuint (count_descendants_of_type (GTK_WIDGET (expander), GTK_TYPE_CHECK_BUTTON), ==, n_skills);
  {
    g_autoptr(GPtrArray) checks = g_ptr_array_new ();

    collect_descendants_of_type (GTK_WIDGET (expander), GTK_TYPE_CHECK_BUTTON, checks);
    for (guint i = 0; i < checks->len; i++)
      {
        GtkWidget *check = g_ptr_array_index (checks, i);
        const char *id = g_object_get_data (G_OBJECT (check), "atlas-skill-id");

        n_ticked += gtk_check_button_get_active (GTK_CHECK_BUTTON (check));
        if (g_strcmp0 (id, "kubernetes") == 0)
          g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
        if (g_strcmp0 (id, "python") == 0)
          python = check;
      }
  }
  g_assert_cmpuint (n_ticked, ==, 1);
  g_assert_nonnull (python);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (python), TRUE);
  remembered = g_settings_get_strv (settings, "my-skills");
  g_assert_true (g_strv_contains ((const char * const *) remembered, "python"));
  g_assert_true (g_strv_contains ((const char * const *) remembered, "kubernetes"));

  /* Closed and opened again, the same rows. */
  adw_expander_row_set_expanded (expander, FALSE);
  adw_expander_row_set_expanded (expander, TRUE);
  wait_for_events ();
  g_assert_cmpuint (count_descendants_of_type (GTK_WIDGET (expander), GTK_TYPE_CHECK_BUTTON), ==, n_skills);
  close_window (window);
  g_settings_reset (settings, "my-skills");
}

/* The route finder starts from the first compared role to the second, follows the roles,
 * and finds the route from DevOps Engineer to ML Platform Lead with the time its sources
 * give; a click on a role joins the comparison. */
static void
test_career_paths (void)
{
  AtlasWindow *window = open_window (NULL);
  AtlasPathsPage *page = ATLAS_PATHS_PAGE (atlas_window_get_page (window, "paths"));
  const char * const other_roles[] = { "devops-engineer", "ai-ml-engineer", NULL };
  const char *route, *from, *to;

  atlas_paths_page_get_route_ends (page, &from, &to);
  g_assert_cmpstr (from, ==, "ML Infrastructure Engineer");
  g_assert_cmpstr (to, ==, "MLOps Engineer");
  g_assert_true (atlas_selection_set_role_ids (atlas_window_get_selection (window), other_roles));
  atlas_paths_page_get_route_ends (page, &from, &to);
  g_assert_cmpstr (from, ==, "DevOps Engineer");
  g_assert_cmpstr (to, ==, "AI/ML Engineer");

  route = atlas_paths_page_find_route (page, "DevOps Engineer", "ML Platform Lead");
  g_assert_cmpstr (route, ==, "DevOps Engineer → MLOps Engineer → ML Platform Lead: 1 to 3 months where the "
                              "sources give a time; 1 move without one");

  atlas_paths_page_choose_title (page, "DevOps Engineer");
  g_assert_true (atlas_selection_contains (atlas_window_get_selection (window), "devops-engineer"));
  g_assert_cmpstr (atlas_path_chart_get_selected (atlas_paths_page_get_chart (page)), ==, "DevOps Engineer");

  atlas_paths_page_set_zoom (page, 2.0);
  g_assert_cmpfloat (atlas_paths_page_get_zoom (page), ==, 2.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "paths.zoom-out", NULL));
  g_assert_cmpfloat_with_epsilon (atlas_paths_page_get_zoom (page), 1.6, 1e-9);
  close_window (window);
  reset_settings ();
}

static void
wait_for_frame (GtkWidget *widget)
{
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                                     G_CALLBACK (on_painted), &painted);

  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (widget), handler);
}

/* The tabs out of view are laid out in idle time at the size of the tab in view, so that
 * the frame that first shows one has little left to do; shown, a tab keeps that layout. */
static void
test_pages_laid_out_out_of_view (void)
{
  AtlasWindow *window = open_window (NULL);
  GtkWidget *stack = GTK_WIDGET (atlas_window_get_stack (window));
  const char *hidden[] = { "salaries", "skills", "paths" };
  GtkWidget *view;
  graphene_rect_t before, after;

  for (guint i = 0; i < G_N_ELEMENTS (hidden); i++)
    {
      GtkWidget *slot = gtk_widget_get_parent (slot_child (window, hidden[i]));

      g_assert_false (gtk_widget_get_child_visible (slot));
      g_assert_cmpint (gtk_widget_get_width (slot), ==, gtk_widget_get_width (stack));
      g_assert_cmpint (gtk_widget_get_height (slot), ==, gtk_widget_get_height (stack));
    }

  view = find_descendant_of_type (slot_child (window, "skills"), ATLAS_TYPE_CHART_VIEW);
  g_assert_cmpint (gtk_widget_get_width (view), >, 0);
  g_assert_true (gtk_widget_compute_bounds (view, stack, &before));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "skills"));
  wait_for_frame (GTK_WIDGET (window));
  g_assert_true (gtk_widget_compute_bounds (view, stack, &after));
  g_assert_true (graphene_rect_equal (&before, &after));
  close_window (window);
  reset_settings ();
}

/* Until the person zooms, the career diagram shrinks to the width of the view, but not
 * below three quarters of its size; once they zoom, it stays as they set it. */
static void
test_career_paths_fit_width (void)
{
  AtlasWindow *window = open_window (NULL);
  AtlasPathsPage *page = ATLAS_PATHS_PAGE (atlas_window_get_page (window, "paths"));
  GtkWidget *view = GTK_WIDGET (find_descendant_of_type (GTK_WIDGET (page), ATLAS_TYPE_CHART_VIEW));
  GtkWidget *scroller = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  double natural_width, natural_height;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  adw_view_stack_set_visible_child_name (atlas_window_get_stack (window), "paths");
  wait_for_frame (GTK_WIDGET (window));
  atlas_path_chart_get_natural_size (atlas_paths_page_get_chart (page), 1.0, &natural_width, &natural_height);
  /* The bundled diagram is a little wider than a 1000-pixel window: it is shown whole. */
  g_assert_cmpfloat (natural_width, >, gtk_widget_get_width (scroller));
  g_assert_cmpfloat (atlas_paths_page_get_zoom (page), <, 1.0);
  g_assert_cmpfloat (atlas_paths_page_get_zoom (page), >=, 0.75);
  g_assert_cmpint (gtk_widget_get_width (view), <=, gtk_widget_get_width (scroller));

  /* Much narrower, it keeps a readable size and scrolls. */
  adw_view_stack_set_visible_child_name (atlas_window_get_stack (window), "compare");
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 700);
  wait_for_frame (GTK_WIDGET (window));
  adw_view_stack_set_visible_child_name (atlas_window_get_stack (window), "paths");
  wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpfloat_with_epsilon (atlas_paths_page_get_zoom (page), 0.75, 1e-9);

  /* A zoom the person chose stays. */
  atlas_paths_page_set_zoom (page, 1.25);
  adw_view_stack_set_visible_child_name (atlas_window_get_stack (window), "compare");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  wait_for_frame (GTK_WIDGET (window));
  adw_view_stack_set_visible_child_name (atlas_window_get_stack (window), "paths");
  wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpfloat (atlas_paths_page_get_zoom (page), ==, 1.25);
  /* Until it is reset, as leaving presenter mode does. */
  atlas_paths_page_reset_zoom (page);
  g_assert_cmpfloat (atlas_paths_page_get_zoom (page), <, 1.0);
  close_window (window);
  reset_settings ();
}

/* Export Chart… opens its dialog on the chart in view; Copy Chart puts an image on the
 * clipboard. */
static void
test_export_actions (void)
{
  AtlasWindow *window = open_window (NULL);
  AdwMessageDialog *dialog;
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  GdkContentFormats *formats;

  adw_view_stack_set_visible_child_name (atlas_window_get_stack (window), "salaries");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chart", NULL));
  wait_for_events ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export Chart");
  adw_message_dialog_response (dialog, "cancel");
  wait_for_events ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-chart", NULL));
  wait_for_events ();
  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));
  close_window (window);
}

/* The first label under @widget with the style class @css_class, or NULL. */
static GtkWidget *
find_label_with_class (GtkWidget  *widget,
                       const char *css_class)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static int
natural_height (GtkWidget *widget)
{
  int minimum, natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  return natural;
}

/* F5 enters presenter mode, Page Down steps through the deck in order, leaving restores
 * the window. Headings grow with the text (libadwaita gives their sizes in points, which
 * the window's font size does not reach). */
static void
test_presenter_mode (void)
{
  AtlasWindow *window = open_window (NULL);
  AdwViewStack *stack = atlas_window_get_stack (window);
  GtkWidget *heading = find_label_with_class (atlas_window_get_page (window, "compare"), "title-2");
  int heading_height;

  g_assert_nonnull (heading);
  heading_height = natural_height (heading);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presenter", NULL));
  wait_for_events ();
  g_assert_true (atlas_window_get_presenting (window));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "atlas-presenter"));
  /* Twice the size by default (a line's height grows a little less than its type), once
   * the new style has reached the label. */
  {
    guint timeout = g_timeout_add_seconds (10, fail_on_timeout, (gpointer) "The heading at presenter size");

    while (natural_height (heading) < heading_height * 17 / 10)
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (timeout);
  }
  g_assert_cmpstr (atlas_window_get_deck_view (window), ==, "compare");

  atlas_window_step_deck (window, 1);
  g_assert_cmpstr (atlas_window_get_deck_view (window), ==, "salaries-by-level");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "salaries");
  atlas_window_step_deck (window, 1);
  g_assert_cmpstr (atlas_window_get_deck_view (window), ==, "salaries-by-country");
  g_assert_cmpint (atlas_salary_chart_get_mode (atlas_salaries_page_get_chart (find_salaries_page (window))), ==,
                   ATLAS_SALARY_BY_COUNTRY);
  atlas_window_step_deck (window, -1);
  atlas_window_step_deck (window, -1);
  atlas_window_step_deck (window, -1);
  g_assert_cmpstr (atlas_window_get_deck_view (window), ==, "paths");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presenter", NULL));
  wait_for_events ();
  g_assert_false (atlas_window_get_presenting (window));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "atlas-presenter"));
  close_window (window);
  reset_settings ();
}

/* The trainer's deck: ticked views in the chosen order, remembered, and used by presenter
 * mode. */
static void
test_presenter_deck (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  const char *custom[] = { "paths", "skills-overlap", NULL };
  AtlasWindow *window;
  GtkWidget *dialog;
  g_auto(GStrv) deck = NULL;

  g_settings_set_strv (settings, "presenter-deck", custom);
  window = open_window (NULL);
  dialog = atlas_deck_dialog_present (GTK_WINDOW (window), settings);
  deck = atlas_deck_dialog_get_deck (dialog);
  g_assert_cmpstrv (deck, custom);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  wait_for_events ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presenter", NULL));
  g_assert_cmpstr (atlas_window_get_deck_view (window), ==, "paths");
  atlas_window_step_deck (window, 1);
  g_assert_cmpstr (atlas_window_get_deck_view (window), ==, "skills-overlap");
  atlas_window_step_deck (window, 1);
  g_assert_cmpstr (atlas_window_get_deck_view (window), ==, "paths");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presenter", NULL));
  close_window (window);
  g_settings_reset (settings, "presenter-deck");
  reset_settings ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  gtk_test_init (&argc, &argv, NULL);
  /* Xvfb starts the pointer mid-screen, over the test windows, where GTK 4.8 may come to
   * place a tooltip for a window a test has just destroyed (a critical in its tooltip
   * positioning). The pointer waits in the screen's corner instead (xdotool, if present). */
  g_spawn_command_line_sync ("xdotool mousemove 1599 999", NULL, NULL, NULL, NULL);

  app = atlas_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/atlas/window/tabs-in-order", test_tabs_in_order);
  g_test_add_func ("/atlas/window/default-roles", test_default_roles);
  g_test_add_func ("/atlas/window/selection-updates-compare", test_selection_updates_compare);
  g_test_add_func ("/atlas/window/restore", test_restore);
  g_test_add_func ("/atlas/window/pages-built-after-first-frame", test_pages_built_after_first_frame);
  g_test_add_func ("/atlas/window/pages-laid-out-out-of-view", test_pages_laid_out_out_of_view);
  g_test_add_func ("/atlas/window/role-details-open", test_role_details_open);
  g_test_add_func ("/atlas/window/source-button-opens", test_source_button_opens);
  g_test_add_func ("/atlas/window/table-lines-up", test_table_lines_up);
  g_test_add_func ("/atlas/window/details-a-role-a-frame", test_details_a_role_a_frame);
  g_test_add_func ("/atlas/window/chart-on-screen-not-still", test_chart_on_screen_not_still);
  g_test_add_func ("/atlas/window/skill-gap-copy", test_skill_gap_copy);
  g_test_add_func ("/atlas/window/chart-grows-with-type", test_chart_grows_with_type);
  g_test_add_func ("/atlas/window/narrow-toolbars-wrap", test_narrow_toolbars_wrap);
  g_test_add_func ("/atlas/window/print-report-turns-career-page", test_print_report_turns_career_page);
  g_test_add_func ("/atlas/window/menu-buttons-shown-with-tooltips", test_menu_buttons_shown_with_tooltips);
  g_test_add_func ("/atlas/window/details-follow-table", test_details_follow_table);
  g_test_add_func ("/atlas/window/narrow-window", test_narrow_window);
  g_test_add_func ("/atlas/window/role-picker-opens", test_role_picker_opens);
  g_test_add_func ("/atlas/window/main-menu-opens", test_main_menu_opens);
  g_test_add_func ("/atlas/window/loading-notice", test_loading_notice);
  g_test_add_func ("/atlas/window/hidden-pages-wait", test_hidden_pages_wait);
  g_test_add_func ("/atlas/window/skill-gap-follows-chart", test_skill_gap_follows_chart);
  g_test_add_func ("/atlas/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/atlas/window/restore-unknown-roles", test_restore_unknown_roles);
  g_test_add_func ("/atlas/window/bad-dataset-keeps-data", test_bad_dataset_keeps_data);
  g_test_add_func ("/atlas/window/bad-data-option", test_bad_data_option);
  g_test_add_func ("/atlas/window/good-dataset-replaces-data", test_good_dataset_replaces_data);
  g_test_add_func ("/atlas/window/hiring-advisor", test_hiring_advisor);
  g_test_add_func ("/atlas/window/import-salaries", test_import_salaries);
  g_test_add_func ("/atlas/window/import-salaries-bad-file", test_import_salaries_bad_file);
  g_test_add_func ("/atlas/window/salaries-keyboard-pin", test_salaries_keyboard_pin);
  g_test_add_func ("/atlas/window/skill-gap-devops-to-mlops", test_skill_gap_devops_to_mlops);
  g_test_add_func ("/atlas/window/skill-gap-my-skills", test_skill_gap_my_skills);
  g_test_add_func ("/atlas/window/my-skills-built-when-opened", test_my_skills_built_when_opened);
  g_test_add_func ("/atlas/window/career-paths", test_career_paths);
  g_test_add_func ("/atlas/window/career-paths-fit-width", test_career_paths_fit_width);
  g_test_add_func ("/atlas/window/export-actions", test_export_actions);
  g_test_add_func ("/atlas/window/presenter-mode", test_presenter_mode);
  g_test_add_func ("/atlas/window/presenter-deck", test_presenter_deck);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
