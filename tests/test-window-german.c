/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-application.h"
#include "atlas-iso-codes.h"
#include "atlas-window.h"

/* The real window in German (LANGUAGE=de, set by meson for this test): the interface speaks
 * German, the dataset's role names too, and the longer words make nothing wider than the
 * window opens at. */

static AtlasApplication *app;

static void
wait_for_events (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
test_tabs_in_german (void)
{
  AtlasWindow *window = atlas_window_new (app, NULL);
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (atlas_window_get_stack (window));
  static const char * const titles[] = { "Vergleich", "Gehälter", "Fähigkeiten", "Karrierewege" };
  AtlasDataset *dataset = atlas_window_get_dataset (window);

  gtk_window_present (GTK_WINDOW (window));
  wait_for_events ();

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, titles[i]);
    }
  g_assert_cmpstr (atlas_role_get_name (atlas_dataset_lookup_role (dataset, "mlops-engineer")), ==,
                   "MLOps-Engineer");
  /* A text without a German translation falls back to English. */
  g_assert_cmpstr (atlas_role_get_name (atlas_dataset_lookup_role (dataset, "data-engineer")), ==,
                   "Data Engineer");
  /* Country names come from the iso-codes package's translations. */
  g_assert_cmpstr (atlas_country_get_name ("US"), ==, "Vereinigte Staaten");
  g_assert_cmpstr (atlas_country_get_name ("VN"), ==, "Vietnam");
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_events ();
}

/* Every tab, shown in turn, must fit the window's default width and height: a German label
 * that does not fit would force the window wider than it opens. */
static void
test_german_fits (void)
{
  AtlasWindow *window = atlas_window_new (app, NULL);
  AdwViewStack *stack = atlas_window_get_stack (window);
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);
  int default_width, default_height;

  gtk_window_get_default_size (GTK_WINDOW (window), &default_width, &default_height);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_events ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      int min_width, min_height;

      adw_view_stack_set_visible_child (stack, adw_view_stack_page_get_child (page));
      wait_for_events ();
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL,
                          NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, default_width, &min_height,
                          NULL, NULL, NULL);
      g_test_message ("%s: needs %d × %d, opens at %d × %d", adw_view_stack_page_get_title (page),
                      min_width, min_height, default_width, default_height);
      g_assert_cmpint (min_width, <=, default_width);
      g_assert_cmpint (min_height, <=, default_height);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_events ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("ROLE_ATLAS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
  /* Xvfb starts the pointer mid-screen, over the test windows, where GTK 4.8 may come to
   * place a tooltip for a window a test has just destroyed (a critical in its tooltip
   * positioning). The pointer waits in the screen's corner instead (xdotool, if present). */
  g_spawn_command_line_sync ("xdotool mousemove 1599 999", NULL, NULL, NULL, NULL);

  app = atlas_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/atlas/window-german/tabs", test_tabs_in_german);
  g_test_add_func ("/atlas/window-german/fits", test_german_fits);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
