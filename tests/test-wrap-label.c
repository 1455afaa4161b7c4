/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <gtk/gtk.h>

#include "atlas-wrap-label.h"

/* A wrap label (a GtkLabel sized by AtlasWrapLabelLayout) must size itself as the plain
 * wrapping GtkLabel it stands for in the comparison table (12 to 40 characters, wrapping at
 * words or within them): the same natural width, the same heights for any width, a minimum
 * of 12 characters. */

static const char * const texts[] = {
  "Kubernetes",
  "Building ML platforms and the tools on them",
  "For most product teams shipping their first models, the right first hire on the "
  "operational side",
  "Rated expert: Kubernetes, Terraform / infrastructure as code, Docker and containers",
  "Supercalifragilisticexpialidociousandthensomemorewithoutanybreak",
};

static GtkWidget *
plain_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  return label;
}

static int
measure (GtkWidget      *widget,
         GtkOrientation  orientation,
         int             for_size,
         int            *natural)
{
  int minimum;

  gtk_widget_measure (widget, orientation, for_size, &minimum, natural, NULL, NULL);
  return minimum;
}

static void
test_sizes_match_label (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_child (GTK_WINDOW (window), box);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkWidget *ours = atlas_wrap_label_new (texts[i], 12, 40);
      GtkWidget *label = plain_label (texts[i]);
      int our_min, our_nat, label_min, label_nat, our_height, label_height, ignored;

      gtk_box_append (GTK_BOX (box), ours);
      gtk_box_append (GTK_BOX (box), label);

      our_min = measure (ours, GTK_ORIENTATION_HORIZONTAL, -1, &our_nat);
      label_min = measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &label_nat);
      g_assert_cmpint (our_nat, ==, label_nat);
      /* The label lays its text out 12 characters wide; the lines may come out a pixel or
       * two narrower than that, never wider. */
      g_assert_cmpint (our_min, >=, label_min);
      g_assert_cmpint (our_min, <=, label_min + 12);
      g_assert_cmpint (our_min, <=, our_nat);

      for (int width = our_min; width <= our_nat + 40; width += 17)
        {
          our_height = measure (ours, GTK_ORIENTATION_VERTICAL, width, &ignored);
          label_height = measure (label, GTK_ORIENTATION_VERTICAL, width, &ignored);
          g_assert_cmpint (our_height, ==, label_height);
        }
      /* Narrower is never shorter: the text wraps. */
      g_assert_cmpint (measure (ours, GTK_ORIENTATION_VERTICAL, our_min, &ignored), >=,
                       measure (ours, GTK_ORIENTATION_VERTICAL, our_nat, &ignored));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* It is a wrapping GtkLabel: what is styled, selected and read by screen readers. */
static void
test_is_a_label (void)
{
  GtkWidget *ours = g_object_ref_sink (atlas_wrap_label_new ("Text", 3, 10));

  g_assert_true (GTK_IS_LABEL (ours));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (ours)), ==, "Text");
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (ours)));
  g_assert_cmpint (gtk_label_get_wrap_mode (GTK_LABEL (ours)), ==, PANGO_WRAP_WORD_CHAR);
  g_assert_cmpint (gtk_widget_get_request_mode (ours), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  g_object_unref (ours);
}

/* The label is allocated as a label is: its text laid out at the width it is given, which
 * is what it draws; and asked for its height at no width, it gives its natural width's. */
static void
test_allocation (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *ours = atlas_wrap_label_new (texts[2], 12, 40);
  PangoLayout *layout;
  int natural, ignored;

  gtk_window_set_child (GTK_WINDOW (window), ours);
  measure (ours, GTK_ORIENTATION_HORIZONTAL, -1, &natural);
  g_assert_cmpint (measure (ours, GTK_ORIENTATION_VERTICAL, -1, &ignored), ==,
                   measure (ours, GTK_ORIENTATION_VERTICAL, natural, &ignored));

  for (int width = 120; width <= 360; width += 120)
    {
      int height = measure (ours, GTK_ORIENTATION_VERTICAL, width, &ignored);
      int layout_height;

      gtk_widget_allocate (ours, width, height, -1, NULL);
      layout = gtk_label_get_layout (GTK_LABEL (ours));
      g_assert_cmpint (pango_layout_get_width (layout), ==, width * PANGO_SCALE);
      pango_layout_get_pixel_size (layout, NULL, &layout_height);
      g_assert_cmpint (layout_height, ==, height);
      g_assert_cmpint (pango_layout_get_line_count (layout), >, 1);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The minimum is 12 characters of the label's font, as the label's own (which lays its text
 * out 12 characters wide, so its lines may come out a little narrower). */
static void
assert_minimum_matches (GtkWidget *ours,
                        GtkWidget *reference)
{
  int our_min = measure (ours, GTK_ORIENTATION_HORIZONTAL, -1, NULL);
  int reference_min = measure (reference, GTK_ORIENTATION_HORIZONTAL, -1, NULL);

  g_assert_cmpint (our_min, >=, reference_min);
  g_assert_cmpint (our_min, <=, reference_min + 12);
}

/* Widths are kept between measures (a horizontal box asks for them at many heights); they
 * must follow the label when its text, its attributes or its font change. */
static void
test_widths_follow_changes (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *ours = atlas_wrap_label_new ("Kubernetes", 12, 40);
  GtkWidget *reference = plain_label ("Kubernetes");
  GtkLabel *label = GTK_LABEL (ours);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr(PangoAttrList) large = pango_attr_list_new ();
  const char *longer = "Kubernetes operators";
  int our_nat, reference_nat, before;

  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_box_append (GTK_BOX (box), ours);
  gtk_box_append (GTK_BOX (box), reference);
  for (int height = 10; height < 100; height += 30)
    measure (ours, GTK_ORIENTATION_HORIZONTAL, height, &our_nat);
  before = our_nat;

  gtk_label_set_text (label, longer);
  gtk_label_set_text (GTK_LABEL (reference), longer);
  measure (ours, GTK_ORIENTATION_HORIZONTAL, 40, &our_nat);
  measure (reference, GTK_ORIENTATION_HORIZONTAL, -1, &reference_nat);
  g_assert_cmpint (our_nat, >, before);
  g_assert_cmpint (our_nat, ==, reference_nat);

  pango_attr_list_insert (large, pango_attr_scale_new (2.0));
  gtk_label_set_attributes (label, large);
  gtk_label_set_attributes (GTK_LABEL (reference), large);
  before = our_nat;
  measure (ours, GTK_ORIENTATION_HORIZONTAL, 40, &our_nat);
  measure (reference, GTK_ORIENTATION_HORIZONTAL, -1, &reference_nat);
  g_assert_cmpint (our_nat, >, before);
  g_assert_cmpint (our_nat, ==, reference_nat);

  /* A font set through the style reaches the label by its Pango context, not its layout. */
  gtk_label_set_attributes (label, NULL);
  gtk_label_set_attributes (GTK_LABEL (reference), NULL);
  gtk_widget_add_css_class (GTK_WIDGET (label), "title-1");
  gtk_widget_add_css_class (reference, "title-1");
  measure (ours, GTK_ORIENTATION_HORIZONTAL, 40, &our_nat);
  measure (reference, GTK_ORIENTATION_HORIZONTAL, -1, &reference_nat);
  g_assert_cmpint (our_nat, ==, reference_nat);
  /* The character width, which the minimum is made of, is the new font's. */
  assert_minimum_matches (ours, reference);

  /* And so does the desktop's font. */
  before = our_nat;
  g_object_set (gtk_settings_get_default (), "gtk-font-name", "Sans 30", NULL);
  measure (ours, GTK_ORIENTATION_HORIZONTAL, 40, &our_nat);
  measure (reference, GTK_ORIENTATION_HORIZONTAL, -1, &reference_nat);
  g_assert_cmpint (our_nat, ==, reference_nat);
  g_assert_cmpint (our_nat, !=, before);
  assert_minimum_matches (ours, reference);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The character width is kept for all labels by what makes their font; the screen's
 * resolution changes that too: at twice the resolution, the same font's minimum is about
 * twice as wide, as the label's own. (New labels in a new window: a window's styles take
 * a new resolution when it next draws.) */
static void
test_widths_follow_resolution (void)
{
  int minimum_at[2];

  for (guint i = 0; i < G_N_ELEMENTS (minimum_at); i++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *ours = atlas_wrap_label_new ("Kubernetes", 12, 40);
      GtkWidget *reference = plain_label ("Kubernetes");

      g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (i + 1) * 96 * 1024, NULL);
      gtk_window_set_child (GTK_WINDOW (window), box);
      gtk_box_append (GTK_BOX (box), ours);
      gtk_box_append (GTK_BOX (box), reference);
      assert_minimum_matches (ours, reference);
      minimum_at[i] = measure (ours, GTK_ORIENTATION_HORIZONTAL, -1, NULL);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_assert_cmpint (minimum_at[1], >, minimum_at[0] * 3 / 2);
}

/* The filling kind expands across its column, with the style class and selectability given
 * to the label inside. */
static void
test_filling (void)
{
  g_autoptr(GtkWidget) plain = g_object_ref_sink (atlas_wrap_label_new_filling ("Data engineering", 12, 80, NULL, FALSE));
  g_autoptr(GtkWidget) dim = g_object_ref_sink (atlas_wrap_label_new_filling ("Elowit", 12, 80, "dim-label", TRUE));
  GtkLabel *plain_label = GTK_LABEL (plain);
  GtkLabel *dim_label = GTK_LABEL (dim);

  g_assert_true (gtk_widget_get_hexpand (plain));
  g_assert_true (gtk_widget_get_hexpand (dim));
  g_assert_false (gtk_label_get_selectable (plain_label));
  g_assert_true (gtk_label_get_selectable (dim_label));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (plain_label), "dim-label"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dim_label), "dim-label"));
  g_assert_cmpstr (gtk_label_get_text (dim_label), ==, "Elowit");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/widgets/wrap-label/sizes-match-label", test_sizes_match_label);
  g_test_add_func ("/atlas/widgets/wrap-label/is-a-label", test_is_a_label);
  g_test_add_func ("/atlas/widgets/wrap-label/allocation", test_allocation);
  g_test_add_func ("/atlas/widgets/wrap-label/widths-follow-changes", test_widths_follow_changes);
  g_test_add_func ("/atlas/widgets/wrap-label/widths-follow-resolution", test_widths_follow_resolution);
  g_test_add_func ("/atlas/widgets/wrap-label/filling", test_filling);
  return g_test_run ();
}
