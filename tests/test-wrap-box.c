/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <gtk/gtk.h>

#include "atlas-wrap-box.h"

/* AtlasWrapBox, the toolbars' row that wraps: checked by geometry with children of fixed
 * sizes, 100 × 30 each, 10 apart in a row and 5 between rows. */

static GtkWidget *
fixed_child (int width,
             int height)
{
  GtkWidget *child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_size_request (child, width, height);
  return child;
}

static GtkWidget *
three_children_box (GtkWidget **children)
{
  GtkWidget *box = atlas_wrap_box_new (10, 5);

  for (guint i = 0; i < 3; i++)
    {
      children[i] = fixed_child (100, 30);
      atlas_wrap_box_append (ATLAS_WRAP_BOX (box), children[i]);
    }
  return g_object_ref_sink (box);
}

static int
height_for_width (GtkWidget *widget,
                  int        width)
{
  int minimum, natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, natural);
  return minimum;
}

static void
assert_at (GtkWidget *child,
           int        x,
           int        y)
{
  GtkAllocation allocation;

  gtk_widget_get_allocation (child, &allocation);
  g_assert_cmpint (allocation.x, ==, x);
  g_assert_cmpint (allocation.y, ==, y);
  g_assert_cmpint (allocation.width, ==, 100);
  g_assert_cmpint (allocation.height, ==, 30);
}

/* As wide as the widest child at least, all in one row at best; as many rows as the width
 * asks for, each child on a row of its own when the box is narrower than one. */
static void
test_sizes (void)
{
  GtkWidget *children[3];
  g_autoptr(GtkWidget) box = three_children_box (children);
  int minimum, natural;

  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 100);
  g_assert_cmpint (natural, ==, 320);
  g_assert_cmpint (height_for_width (box, -1), ==, 30);
  g_assert_cmpint (height_for_width (box, 320), ==, 30);
  g_assert_cmpint (height_for_width (box, 319), ==, 65);
  g_assert_cmpint (height_for_width (box, 210), ==, 65);
  g_assert_cmpint (height_for_width (box, 209), ==, 100);
  g_assert_cmpint (height_for_width (box, 50), ==, 100);
  g_assert_cmpint (gtk_widget_get_request_mode (box), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);

  /* A hidden child takes no room. */
  gtk_widget_set_visible (children[1], FALSE);
  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, 210);
  g_assert_cmpint (height_for_width (box, 210), ==, 30);
}

/* Children keep their order, from the start of the text direction: the left in English,
 * the right in Arabic or Hebrew. */
static void
test_places (void)
{
  GtkWidget *children[3];
  g_autoptr(GtkWidget) box = three_children_box (children);

  gtk_widget_set_direction (box, GTK_TEXT_DIR_LTR);
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 250, 65 }, -1);
  assert_at (children[0], 0, 0);
  assert_at (children[1], 110, 0);
  assert_at (children[2], 0, 35);

  gtk_widget_set_direction (box, GTK_TEXT_DIR_RTL);
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 250, 65 }, -1);
  assert_at (children[0], 150, 0);
  assert_at (children[1], 40, 0);
  assert_at (children[2], 150, 35);
}

/* A row is as tall as its tallest child; the next row starts below it. */
static void
test_row_heights (void)
{
  GtkWidget *box = g_object_ref_sink (atlas_wrap_box_new (10, 5));
  GtkWidget *tall = fixed_child (100, 50), *short_one = fixed_child (100, 30), *last = fixed_child (100, 30);
  GtkAllocation allocation;

  atlas_wrap_box_append (ATLAS_WRAP_BOX (box), tall);
  atlas_wrap_box_append (ATLAS_WRAP_BOX (box), short_one);
  atlas_wrap_box_append (ATLAS_WRAP_BOX (box), last);
  g_assert_cmpint (height_for_width (box, 210), ==, 85);
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 210, 85 }, -1);
  gtk_widget_get_allocation (last, &allocation);
  g_assert_cmpint (allocation.y, ==, 55);
  g_object_unref (box);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/atlas/widgets/wrap-box/sizes", test_sizes);
  g_test_add_func ("/atlas/widgets/wrap-box/places", test_places);
  g_test_add_func ("/atlas/widgets/wrap-box/row-heights", test_row_heights);
  return g_test_run ();
}
