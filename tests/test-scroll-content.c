/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <gtk/gtk.h>

#include "atlas-scroll-content.h"

/* AtlasScrollContent, the bin under a page's scrolled window: it leaves unanswered only the
 * height that the scrolled window asks for and throws away, and passes every other size to
 * its child. Checked with a child that counts the questions: like a wrapping text, it is
 * 300 wide at most and 100 at least, and its height is 6000 divided by its width. */

#define TEST_TYPE_TEXT_LIKE (test_text_like_get_type ())
G_DECLARE_FINAL_TYPE (TestTextLike, test_text_like, TEST, TEXT_LIKE, GtkWidget)

struct _TestTextLike
{
  GtkWidget parent_instance;

  guint heights_at_no_width;
};

G_DEFINE_FINAL_TYPE (TestTextLike, test_text_like, GTK_TYPE_WIDGET)

static void
test_text_like_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  TestTextLike *self = TEST_TEXT_LIKE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 100;
      *natural = 300;
      return;
    }
  if (for_size < 0)
    {
      self->heights_at_no_width++;
      for_size = 300;
    }
  *minimum = *natural = 6000 / MAX (for_size, 100);
}

static GtkSizeRequestMode
test_text_like_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
test_text_like_class_init (TestTextLikeClass *klass)
{
  GTK_WIDGET_CLASS (klass)->measure = test_text_like_measure;
  GTK_WIDGET_CLASS (klass)->get_request_mode = test_text_like_get_request_mode;
}

static void
test_text_like_init (TestTextLike *self)
{
}

typedef struct
{
  GtkWidget *scrolled;
  GtkWidget *content;
  TestTextLike *text;
} Page;

static void
page_init (Page         *page,
           GtkPolicyType vertical_policy)
{
  page->scrolled = g_object_ref_sink (gtk_scrolled_window_new ());
  page->content = atlas_scroll_content_new ();
  page->text = g_object_new (TEST_TYPE_TEXT_LIKE, NULL);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (page->scrolled), GTK_POLICY_NEVER, vertical_policy);
  atlas_scroll_content_set_child (ATLAS_SCROLL_CONTENT (page->content), GTK_WIDGET (page->text));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (page->scrolled), page->content);
}

static void
page_clear (Page *page)
{
  g_clear_object (&page->scrolled);
}

static void
measure_height (GtkWidget *widget,
                int        for_size,
                int       *minimum,
                int       *natural)
{
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, for_size, minimum, natural, NULL, NULL);
}

/* A scrolled window with a vertical scrollbar that does not propagate its child's height
 * measures its own height without the text being laid out at a width it never gets. */
static void
test_discarded_height_not_asked (void)
{
  Page page;
  int minimum, natural;

  page_init (&page, GTK_POLICY_AUTOMATIC);
  measure_height (page.scrolled, -1, &minimum, &natural);
  g_assert_cmpuint (page.text->heights_at_no_width, ==, 0);
  measure_height (page.content, -1, &minimum, &natural);
  g_assert_cmpint (minimum, ==, 0);
  g_assert_cmpint (natural, ==, 0);
  g_assert_cmpuint (page.text->heights_at_no_width, ==, 0);
  page_clear (&page);
}

/* The height a scrolled window gets around the text itself, without the bin. */
static void
reference_height (GtkPolicyType vertical_policy,
                  gboolean      propagate,
                  int          *minimum,
                  int          *natural)
{
  g_autoptr(GtkWidget) scrolled = g_object_ref_sink (gtk_scrolled_window_new ());

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, vertical_policy);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), propagate);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), g_object_new (TEST_TYPE_TEXT_LIKE, NULL));
  measure_height (scrolled, -1, minimum, natural);
}

/* Where the scrolled window uses the height, it is the child's: the page measures as it
 * would around the text itself. */
static void
test_used_height_is_childs (void)
{
  struct { GtkPolicyType policy; gboolean propagate; } cases[] = {
    { GTK_POLICY_NEVER, FALSE }, { GTK_POLICY_AUTOMATIC, TRUE }, { GTK_POLICY_ALWAYS, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Page page;
      int minimum, natural, reference_minimum, reference_natural;

      page_init (&page, cases[i].policy);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (page.scrolled), cases[i].propagate);
      measure_height (page.scrolled, -1, &minimum, &natural);
      reference_height (cases[i].policy, cases[i].propagate, &reference_minimum, &reference_natural);
      g_assert_cmpuint (page.text->heights_at_no_width, >, 0);
      g_assert_cmpint (minimum, ==, reference_minimum);
      g_assert_cmpint (natural, ==, reference_natural);
      page_clear (&page);
    }
  /* And where it does not, the page's own height is still the one it has without the bin. */
  {
    Page page;
    int minimum, natural, reference_minimum, reference_natural;

    page_init (&page, GTK_POLICY_AUTOMATIC);
    measure_height (page.scrolled, -1, &minimum, &natural);
    reference_height (GTK_POLICY_AUTOMATIC, FALSE, &reference_minimum, &reference_natural);
    g_assert_cmpint (minimum, ==, reference_minimum);
    g_assert_cmpint (natural, ==, reference_natural);
    page_clear (&page);
  }
}

/* Outside a scrolled window nothing is left unanswered; widths and heights for a width
 * are always the child's. */
static void
test_other_sizes_are_childs (void)
{
  g_autoptr(GtkWidget) content = g_object_ref_sink (atlas_scroll_content_new ());
  TestTextLike *text = g_object_new (TEST_TYPE_TEXT_LIKE, NULL);
  int minimum, natural;

  atlas_scroll_content_set_child (ATLAS_SCROLL_CONTENT (content), GTK_WIDGET (text));
  g_assert_true (atlas_scroll_content_get_child (ATLAS_SCROLL_CONTENT (content)) == GTK_WIDGET (text));
  g_assert_cmpint (gtk_widget_get_request_mode (content), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  measure_height (content, -1, &minimum, &natural);
  g_assert_cmpint (minimum, ==, 20);
  g_assert_cmpuint (text->heights_at_no_width, ==, 1);
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 100);
  g_assert_cmpint (natural, ==, 300);
  measure_height (content, 150, &minimum, &natural);
  g_assert_cmpint (minimum, ==, 40);
  g_assert_cmpint (natural, ==, 40);

  /* It expands where its child does. */
  g_assert_false (gtk_widget_compute_expand (content, GTK_ORIENTATION_VERTICAL));
  gtk_widget_set_vexpand (GTK_WIDGET (text), TRUE);
  g_assert_true (gtk_widget_compute_expand (content, GTK_ORIENTATION_VERTICAL));
  g_assert_false (gtk_widget_compute_expand (content, GTK_ORIENTATION_HORIZONTAL));
}

/* Allocated, the page scrolls a text as tall as it is at the width it is given. */
static void
test_allocation_is_childs (void)
{
  Page page;
  GtkAdjustment *vertical;

  page_init (&page, GTK_POLICY_AUTOMATIC);
  gtk_widget_size_allocate (page.scrolled, &(GtkAllocation) { 0, 0, 200, 10 }, -1);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page.text)), ==, 200);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (page.text)), ==, 30);
  vertical = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page.scrolled));
  g_assert_cmpfloat (gtk_adjustment_get_upper (vertical), ==, 30);
  page_clear (&page);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/atlas/widgets/scroll-content/discarded-height-not-asked", test_discarded_height_not_asked);
  g_test_add_func ("/atlas/widgets/scroll-content/used-height-is-childs", test_used_height_is_childs);
  g_test_add_func ("/atlas/widgets/scroll-content/other-sizes-are-childs", test_other_sizes_are_childs);
  g_test_add_func ("/atlas/widgets/scroll-content/allocation-is-childs", test_allocation_is_childs);
  return g_test_run ();
}
