/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <adwaita.h>

#include "atlas-plain-row.h"

/* A plain row is a preferences row (a group puts it in its boxed list) styled as
 * "row.atlas-row", titled, holding its child, and not activatable by itself. */
static void
test_plain_row (void)
{
  GtkWidget *child = gtk_label_new ("Rust");
  g_autoptr(GtkWidget) group = g_object_ref_sink (adw_preferences_group_new ());
  GtkWidget *row = atlas_plain_row_new ("Rust", child);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_assert_true (ADW_IS_PREFERENCES_ROW (row));
  g_assert_true (GTK_IS_LIST_BOX (gtk_widget_get_parent (row)));
  g_assert_true (gtk_widget_has_css_class (row, "atlas-row"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Rust");
  g_assert_true (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)) == child);
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/atlas/widgets/plain-row/plain-row", test_plain_row);
  return g_test_run ();
}
