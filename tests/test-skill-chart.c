/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "atlas-skill-chart.h"
#include "atlas-skill-overlap.h"
#include "atlas-skill.h"
#include "atlas-venn.h"
#include "chart-test-utils.h"

static AtlasSkillChart *
bundled_chart (const char * const *roles,
               AtlasSkillChartMode mode)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_bundled (&error);
  AtlasSkillChart *chart;

  g_assert_no_error (error);
  chart = atlas_skill_chart_new (dataset, roles);
  atlas_skill_chart_set_mode (chart, mode);
  return chart;
}

static AtlasDataset *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fixture.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_dataset_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
test_venn_geometry (void)
{
  double d;

  /* Lens area at the solved distance is the asked-for area. */
  d = atlas_venn_distance_for (3, 2, 5);
  g_assert_cmpfloat_with_epsilon (atlas_venn_lens_area (3, 2, d), 5, 1e-6);
  /* No overlap: the circles touch; full overlap: the smaller one is nested. */
  g_assert_cmpfloat_with_epsilon (atlas_venn_distance_for (3, 2, 0), 5, 1e-9);
  g_assert_cmpfloat_with_epsilon (atlas_venn_distance_for (3, 2, G_PI * 4), 1, 1e-9);
}

/* The run of a region across a line: a crescent is cut by the other circle's edge; a point
 * outside the region, or a line above a circle, has none. */
static void
test_venn_region_span (void)
{
  const AtlasVennCircle circles[] = { { 0, 0, 10 }, { 10, 0, 10 } };
  double left, right;

  g_assert_true (atlas_venn_region_span (2, circles, 1, -5, 0, &left, &right));
  g_assert_cmpfloat_with_epsilon (left, -10, 1e-9);
  g_assert_cmpfloat_with_epsilon (right, 0, 1e-9);
  g_assert_true (atlas_venn_region_span (2, circles, 3, 5, 6, &left, &right));
  g_assert_cmpfloat_with_epsilon (left, 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (right, 8, 1e-9);
  g_assert_true (atlas_venn_region_span (2, circles, 2, 15, 0, &left, &right));
  g_assert_cmpfloat_with_epsilon (left, 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (right, 20, 1e-9);
  g_assert_false (atlas_venn_region_span (2, circles, 1, 5, 0, &left, &right));
  g_assert_false (atlas_venn_region_span (2, circles, 1, 0, 11, &left, &right));
}

/* Distance from (x, y) to the nearest edge of the region, positive inside it. */
static double
depth_in_region (guint                  n,
                 const AtlasVennCircle *circles,
                 guint                  mask,
                 double                 x,
                 double                 y)
{
  double depth = G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      double dist = hypot (x - circles[i].x, y - circles[i].y);
      depth = MIN (depth, (mask >> i) & 1 ? circles[i].r - dist : dist - circles[i].r);
    }
  return depth;
}

/* The label point's clearance is the point's true distance from the region's edge, and
 * no point of a fine grid over the box lies much deeper in the region. */
static void
assert_deepest_point (guint                  n,
                      const AtlasVennCircle *circles,
                      guint                  mask,
                      double                 x,
                      double                 y,
                      double                 clearance)
{
  const int steps = 300;
  double deepest = -G_MAXDOUBLE;

  g_assert_cmpfloat_with_epsilon (clearance, depth_in_region (n, circles, mask, x, y), 1e-9);
  for (int i = 0; i <= steps; i++)
    for (int j = 0; j <= steps; j++)
      deepest = MAX (deepest, depth_in_region (n, circles, mask, 10 + 600.0 * i / steps, 20 + 400.0 * j / steps));
  /* The search's finer grid is a 512th of the region's box apart. */
  g_assert_cmpfloat (clearance, >=, deepest - 2.0);
}

/* Circles stay in the box, and each region's label point lies in that region, as deep in
 * it as any. */
static void
assert_circles_and_regions (guint n,
                            const double *sizes,
                            const double pairs[3][3])
{
  AtlasVennCircle circles[3];

  atlas_venn_place (n, sizes, pairs, 10, 20, 600, 400, circles);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (circles[i].x - circles[i].r, >=, 10 - 1e-6);
      g_assert_cmpfloat (circles[i].x + circles[i].r, <=, 610 + 1e-6);
      g_assert_cmpfloat (circles[i].y - circles[i].r, >=, 20 - 1e-6);
      g_assert_cmpfloat (circles[i].y + circles[i].r, <=, 420 + 1e-6);
    }
  for (guint mask = 1; mask < (1u << n); mask++)
    {
      double x, y, clearance;
      if (atlas_venn_region_centre (n, circles, mask, &x, &y, &clearance))
        {
          g_assert_true (atlas_venn_in_region (n, circles, mask, x, y));
          assert_deepest_point (n, circles, mask, x, y, clearance);
        }
    }
}

static void
test_venn_shapes (void)
{
  const double sizes2[] = { 9, 11 }, identical[] = { 5, 5 }, sizes3[] = { 9, 11, 7 };
  const double pairs2[3][3] = { { 0, 6, 0 }, { 6, 0, 0 } };
  const double same[3][3] = { { 0, 5, 0 }, { 5, 0, 0 } };
  const double disjoint[3][3] = { { 0 } };
  const double pairs3[3][3] = { { 0, 6, 3 }, { 6, 0, 4 }, { 3, 4, 0 } };
  AtlasVennCircle circles[2];
  double x, y, clearance;

  assert_circles_and_regions (2, sizes2, pairs2);
  assert_circles_and_regions (2, identical, same);
  assert_circles_and_regions (2, sizes2, disjoint);
  assert_circles_and_regions (3, sizes3, pairs3);
  assert_circles_and_regions (3, sizes3, disjoint);

  /* Identical sets: one circle over the other, and no "only" region. */
  atlas_venn_place (2, identical, same, 0, 0, 400, 400, circles);
  g_assert_cmpfloat_with_epsilon (circles[0].x, circles[1].x, 1e-6);
  g_assert_false (atlas_venn_region_centre (2, circles, 1, &x, &y, &clearance));
  g_assert_true (atlas_venn_region_centre (2, circles, 3, &x, &y, &clearance));
}

static void
assert_layout_sane (AtlasChartLayout *layout)
{
  chart_test_assert_texts_in_canvas (layout);
  chart_test_assert_labels_apart (layout);
}

static void
test_overlap_two_roles (void)
{
  const char *roles[] = { "devops-engineer", "mlops-engineer", NULL };
  g_autoptr(AtlasSkillChart) chart = bundled_chart (roles, ATLAS_SKILL_CHART_OVERLAP);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);
  AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  guint n_circles = 0;

  for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
    n_circles += atlas_chart_layout_get_mark (layout, i)->kind == ATLAS_MARK_CIRCLE;
  g_assert_cmpuint (n_circles, ==, 2);
  assert_layout_sane (layout);
  /* DevOps's four skills are all MLOps skills too. */
  g_assert_true (g_str_has_prefix (atlas_chart_layout_get_description (layout),
                                   "DevOps Engineer and MLOps Engineer share 4 skills; "));
  chart_test_assert_paints (ATLAS_CHART (chart), "skill-venn-2");
}

/* A circle as tall as the diagram has no room above or below it: its name goes beside it,
 * clear of the other circle. */
static void
test_overlap_names_beside (void)
{
  const char *roles[] = { "ml-infrastructure-engineer", "mlops-engineer", NULL };
  g_autoptr(AtlasSkillChart) chart = bundled_chart (roles, ATLAS_SKILL_CHART_OVERLAP);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1000, 480);
  AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);

  g_assert_true (chart_test_has_text (layout, "ML Infrastructure Engineer"));
  g_assert_true (chart_test_has_text (layout, "MLOps Engineer"));
  assert_layout_sane (layout);
}

typedef struct
{
  guint n_shown[8];   /* per region: names inside it or in its callout */
  guint n_callouts;   /* names listed outside the circles */
} RegionNames;

/* Checks where each skill name of a Venn went: a name inside the circles lies wholly in
 * the region of the roles that have it (not one corner out, even in a crescent); any other
 * lies outside every circle, listed beside the diagram. */
static void
check_region_names (AtlasDataset      *dataset,
                    AtlasSkillOverlap *overlap,
                    AtlasChartLayout  *layout,
                    RegionNames       *names)
{
  guint n = atlas_skill_overlap_get_n_roles (overlap);
  g_autoptr(GHashTable) masks = g_hash_table_new (g_str_hash, g_str_equal);
  AtlasVennCircle circles[3];
  guint n_circles = 0;

  memset (names, 0, sizeof *names);
  for (guint mask = 1; mask < (1u << n); mask++)
    for (const char * const *id = atlas_skill_overlap_get_region (overlap, mask); *id != NULL; id++)
      g_hash_table_insert (masks, (char *) atlas_skill_get_name (atlas_dataset_lookup_skill (dataset, *id)),
                           GUINT_TO_POINTER (mask));
  for (guint m = 0; m < atlas_chart_layout_get_n_marks (layout); m++)
    {
      AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, m);

      if (mark->kind == ATLAS_MARK_CIRCLE)
        circles[n_circles++] = (AtlasVennCircle) { mark->x + mark->width / 2, mark->y + mark->height / 2,
                                                   mark->width / 2 };
    }
  g_assert_cmpuint (n_circles, ==, n);

  /* Every region with skills shows how many, whatever else fits. */
  for (guint mask = 1; mask < (1u << n); mask++)
    {
      guint size = g_strv_length ((char **) atlas_skill_overlap_get_region (overlap, mask));
      g_autofree char *count = g_strdup_printf ("%u", size);
      gboolean shown = FALSE;

      for (guint t = 0; size > 0 && t < atlas_chart_layout_get_n_texts (layout); t++)
        {
          AtlasChartText *text = atlas_chart_layout_get_text (layout, t);

          shown |= text->style == ATLAS_TEXT_HEADING && g_str_equal (text->text, count) &&
                   atlas_venn_in_region (n, circles, mask, text->x + text->width / 2, text->y + text->height / 2);
        }
      if (size > 0 && !shown)
        g_error ("region %u shows no count of its %u skills", mask, size);
    }

  for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
    {
      AtlasChartText *text = atlas_chart_layout_get_text (layout, t);
      gpointer found;
      guint mask, inside = 0;
      /* The corners, a hair inside the box: a text may touch a margin's edge. */
      double xs[2] = { text->x + 0.5, text->x + text->width - 0.5 }, ys[2] = { text->y + 0.5, text->y + text->height - 0.5 };

      if (text->style != ATLAS_TEXT_CAPTION || !g_hash_table_lookup_extended (masks, text->text, NULL, &found))
        continue;
      mask = GPOINTER_TO_UINT (found);
      names->n_shown[mask]++;
      for (guint c = 0; c < n; c++)
        for (guint a = 0; a < 2; a++)
          for (guint b = 0; b < 2; b++)
            inside += hypot (xs[a] - circles[c].x, ys[b] - circles[c].y) < circles[c].r;
      if (inside == 0)
        {
          names->n_callouts++;
          continue;
        }
      for (guint a = 0; a < 2; a++)
        for (guint b = 0; b < 2; b++)
          if (!atlas_venn_in_region (n, circles, mask, xs[a], ys[b]))
            g_error ("\"%s\" pokes out of its region at (%g, %g)", text->text, xs[a], ys[b]);
    }
}

/* Names follow each region's shape: the roomy crescent of MLOps Engineer's own skills lists
 * most of them, and the thin crescent of ML Infrastructure Engineer's own two lists them
 * beside the diagram, or under it on an upright page, joined to its count by a line.
 * Before, they showed 2 names and none. */
static void
test_overlap_names_fill_regions (void)
{
  const char *two[] = { "ml-infrastructure-engineer", "mlops-engineer", NULL };
  const char *three[] = { "ml-infrastructure-engineer", "mlops-engineer", "ai-infrastructure-engineer", NULL };
  /* A big circle beside small ones, whose names sit close to it; three that overlap
   * unevenly, with a sliver of a region. */
  const char *uneven[] = { "ai-ml-engineer", "machine-learning-engineer", "llm-inference-engineer", NULL };
  const char *slivers[] = { "ai-infrastructure-engineer", "ai-ml-engineer", "devops-engineer", NULL };
  const char * const *role_sets[] = { two, three, uneven, slivers };
  static const double sizes[][2] = { { 960, 420 }, { 700, 500 }, { 1600, 1000 }, { 400, 700 }, { 595, 842 } };
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_bundled (&error);

  g_assert_no_error (error);
  for (guint r = 0; r < G_N_ELEMENTS (role_sets); r++)
    {
      g_autoptr(AtlasSkillOverlap) overlap = atlas_skill_overlap_new (dataset, role_sets[r], &error);
      g_autoptr(AtlasSkillChart) chart = atlas_skill_chart_new (dataset, role_sets[r]);

      g_assert_no_error (error);
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (sizes[s][0], sizes[s][1]);
          AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
          RegionNames names;

          check_region_names (dataset, overlap, layout, &names);
          assert_layout_sane (layout);
          if (r == 0 && s == 0)
            {
              guint n_mlops_only = g_strv_length ((char **) atlas_skill_overlap_get_region (overlap, 2));

              g_assert_cmpuint (names.n_shown[1], ==, 2);
              g_assert_cmpuint (names.n_callouts, ==, 2);
              g_assert_cmpuint (atlas_chart_layout_get_n_lines (layout), ==, 1);
              g_assert_cmpuint (names.n_shown[2] * 2, >, n_mlops_only);
            }
          /* On an upright A4 page the circles span its width: the two names go under the
           * diagram. */
          if (r == 0 && s == 4)
            {
              g_assert_cmpuint (names.n_shown[1], ==, 2);
              g_assert_cmpuint (names.n_callouts, ==, 2);
              g_assert_cmpuint (atlas_chart_layout_get_n_lines (layout), ==, 1);
            }
        }
    }
}

/* A circle as tall as the diagram, with no room beside it either, has its name inside it,
 * at the top, where no other circle reaches. */
static void
test_overlap_names_inside (void)
{
  const char *roles[] = { "ml-infrastructure-engineer", "mlops-engineer", NULL };
  g_autoptr(AtlasSkillChart) chart = bundled_chart (roles, ATLAS_SKILL_CHART_OVERLAP);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (700, 500);
  AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);

  g_assert_true (chart_test_has_text (layout, "ML Infrastructure Engineer"));
  g_assert_true (chart_test_has_text (layout, "MLOps Engineer"));
  assert_layout_sane (layout);
}

static void
test_overlap_three_roles (void)
{
  const char *roles[] = { "ml-infrastructure-engineer", "mlops-engineer", "ai-infrastructure-engineer", NULL };
  g_autoptr(AtlasSkillChart) chart = bundled_chart (roles, ATLAS_SKILL_CHART_OVERLAP);
  static const double sizes[][2] = { { 800, 500 }, { 1920, 1080 }, { 400, 700 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (sizes[s][0], sizes[s][1]);
      AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
      guint n_circles = 0;

      for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
        n_circles += atlas_chart_layout_get_mark (layout, i)->kind == ATLAS_MARK_CIRCLE;
      g_assert_cmpuint (n_circles, ==, 3);
      chart_test_assert_marks_in_plot (layout);
      assert_layout_sane (layout);
    }
  chart_test_assert_paints (ATLAS_CHART (chart), "skill-venn-3");
}

static void
test_overlap_four_roles_upset (void)
{
  const char *roles[] = { "ml-infrastructure-engineer", "mlops-engineer", "ai-infrastructure-engineer",
                          "ai-ml-engineer", NULL };
  g_autoptr(AtlasSkillChart) chart = bundled_chart (roles, ATLAS_SKILL_CHART_OVERLAP);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);
  AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  guint n_circles = 0, n_bars = 0;

  for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
    {
      AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, i);
      n_circles += mark->kind == ATLAS_MARK_CIRCLE;
      n_bars += mark->kind == ATLAS_MARK_BAR;
    }
  g_assert_cmpuint (n_circles, ==, 0);
  g_assert_cmpuint (n_bars, >, 0);
  chart_test_assert_marks_in_plot (layout);
  assert_layout_sane (layout);
  chart_test_assert_paints (ATLAS_CHART (chart), "skill-upset");
}

static guint32
rgb_pixel (AtlasChartRgba color)
{
  return (guint32) round (color.red * 255) << 16 | (guint32) round (color.green * 255) << 8 |
         (guint32) round (color.blue * 255);
}

/* Every UpSet row is named, on one line, however narrow the canvas: in full where it fits
 * (a narrow canvas gives the names up to half its width), else cut short with "…". */
static void
test_upset_names_every_row (void)
{
  const char *roles[] = { "ml-infrastructure-engineer", "mlops-engineer", "ai-infrastructure-engineer",
                          "llm-inference-engineer", NULL };
  const char *names[] = { "ML Infrastructure Engineer", "MLOps Engineer", "AI Infrastructure Engineer",
                          "LLM Inference Engineer" };
  g_autoptr(AtlasSkillChart) chart = bundled_chart (roles, ATLAS_SKILL_CHART_OVERLAP);
  static const double sizes[][3] = { { 1200, 800, 1 }, { 360, 640, 1 }, { 240, 640, 0 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (sizes[s][0], sizes[s][1]);
      AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
      gboolean whole = sizes[s][2] != 0;

      for (guint r = 0; r < G_N_ELEMENTS (names); r++)
        {
          guint found = 0;

          for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
            {
              AtlasChartText *text = atlas_chart_layout_get_text (layout, t);
              g_autofree char *stem = NULL;

              /* Row names are the captions at the left margin (16 px), below the legend. */
              if (text->style != ATLAS_TEXT_CAPTION || text->x > 17 ||
                  text->y < sizes[s][1] / 2 || strstr (text->text, "Sources") != NULL)
                continue;
              stem = g_str_has_suffix (text->text, "…") ? g_strndup (text->text, strlen (text->text) - strlen ("…"))
                                                         : g_strdup (text->text);
              if (g_strcmp0 (text->text, names[r]) == 0 ||
                  (!whole && g_str_has_suffix (text->text, "…") && g_str_has_prefix (names[r], stem)))
                found++;
            }
          g_assert_cmpuint (found, ==, 1);
        }
      assert_layout_sane (layout);
    }
}

/* The row of an UpSet dot: how many distinct rows of dots lie above it. */
static int
dot_row (AtlasChartLayout *layout,
         AtlasChartMark   *dot)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (double));
  int row = 0;

  for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
    {
      AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, i);
      gboolean seen = FALSE;

      if (mark->kind != ATLAS_MARK_POINT || mark->y >= dot->y - 0.5)
        continue;
      for (guint r = 0; r < rows->len; r++)
        seen |= fabs (g_array_index (rows, double, r) - mark->y) < 0.5;
      if (!seen)
        {
          g_array_append_val (rows, mark->y);
          row++;
        }
    }
  return row;
}

/* An UpSet bar counts the skills of the roles dotted below it, so it is in no role's
 * colour, in every palette; a member's dot is in its role's colour, as in the legend. */
static void
test_upset_colours (void)
{
  static const AtlasChartPalette palettes[] = { ATLAS_CHART_PALETTE_LIGHT, ATLAS_CHART_PALETTE_DARK,
                                                ATLAS_CHART_PALETTE_HIGH_CONTRAST };
  const char *roles[] = { "ml-infrastructure-engineer", "mlops-engineer", "ai-infrastructure-engineer",
                          "ai-ml-engineer", NULL };
  g_autoptr(AtlasSkillChart) chart = bundled_chart (roles, ATLAS_SKILL_CHART_OVERLAP);

  for (guint p = 0; p < G_N_ELEMENTS (palettes); p++)
    {
      AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1200, 800);
      cairo_t *cr = cairo_create (surface);
      AtlasChartLayout *layout;
      guint32 muted = rgb_pixel (atlas_chart_palette_color (palettes[p], ATLAS_CHART_COLOR_MUTED, 0));
      guint n_bars = 0, n_member_dots = 0;

      canvas.palette = palettes[p];
      layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
      atlas_chart_paint (ATLAS_CHART (chart), cr, &canvas, -1);
      cairo_surface_flush (surface);
      for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
        {
          AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, i);
          int cx = (int) (mark->x + mark->width / 2), cy = (int) (mark->y + mark->height / 2);

          if (mark->kind == ATLAS_MARK_BAR)
            {
              n_bars++;
              g_assert_cmpint (mark->series, ==, -1);
              g_assert_cmphex (chart_test_pixel_at (surface, cx, cy), ==, muted);
            }
          else if (mark->kind == ATLAS_MARK_POINT && mark->intensity >= 0)
            {
              n_member_dots++;
              /* The dots' rows are the roles, in order, under the bars. */
              g_assert_cmpint (mark->series, ==, dot_row (layout, mark));
              g_assert_cmphex (chart_test_pixel_at (surface, cx, cy), ==,
                               rgb_pixel (atlas_chart_palette_color (palettes[p], ATLAS_CHART_COLOR_SERIES, mark->series)));
            }
        }
      g_assert_cmpuint (n_bars, >, 0);
      g_assert_cmpuint (n_member_dots, >=, n_bars);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* The seed's table, ML Infrastructure Engineer against MLOps Engineer, cell by cell. */
static void
test_matrix_seed_table (void)
{
  const char *roles[] = { "ml-infrastructure-engineer", "mlops-engineer", NULL };
  g_autoptr(AtlasSkillChart) chart = bundled_chart (roles, ATLAS_SKILL_CHART_MATRIX);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1920, 1080);
  AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  static const char * const expected[][3] = {
    { "Kubernetes", "Expert", "Proficient" },
    { "Terraform / infrastructure as code", "Expert", "Basic–Intermediate" },
    { "Python", "Proficient", "Expert" },
    { "ML frameworks", "Basic", "Proficient" },
    { "CI/CD", "Infrastructure pipelines", "ML-specific pipelines; GitHub Actions, GitLab CI, Jenkins" },
    { "Monitoring and observability", "Infrastructure metrics; Prometheus, Grafana, ELK stack",
      "Model metrics, drift detection; observability for ML systems" },
    { "Docker and containers", "Expert", "Expert" },
    { "Cloud platforms (AWS, GCP, Azure)", "Expert", "Proficient" },
  };

  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < atlas_chart_layout_get_n_rows (layout); i++)
        {
          const char * const *row = atlas_chart_layout_get_row (layout, i);
          if (g_str_equal (row[0], expected[e][0]))
            {
              g_assert_cmpstr (row[2], ==, expected[e][1]);
              g_assert_cmpstr (row[3], ==, expected[e][2]);
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
  assert_layout_sane (layout);
  chart_test_assert_marks_in_plot (layout);
  chart_test_assert_lanes_apart (layout);
  chart_test_assert_paints (ATLAS_CHART (chart), "skill-matrix");
}

static void
test_top_skills_share (void)
{
  const char *roles[] = { "ai-ml-engineer", "mlops-engineer", NULL };
  g_autoptr(AtlasSkillChart) chart = bundled_chart (roles, ATLAS_SKILL_CHART_TOP);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);
  AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);

  g_assert_true (g_str_has_prefix (atlas_chart_layout_get_description (layout), "Shared by every list: 6 of 8, 75 %"));
  assert_layout_sane (layout);
  chart_test_assert_paints (ATLAS_CHART (chart), "skill-top");
}

static const char *
footer_text (AtlasChartLayout *layout)
{
  for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
    if (g_str_has_prefix (atlas_chart_layout_get_text (layout, t)->text, "Sources: "))
      return atlas_chart_layout_get_text (layout, t)->text;
  return NULL;
}

/* The footer names the sources of what the chart shows: for the top skills, the documents
 * that rank them, not every document that lists a skill of the roles. */
static void
test_top_skills_sources (void)
{
  const char *roles[] = { "ml-infrastructure-engineer", "mlops-engineer", NULL };
  g_autoptr(AtlasSkillChart) chart = bundled_chart (roles, ATLAS_SKILL_CHART_TOP);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);

  g_assert_cmpstr (footer_text (atlas_chart_get_layout (ATLAS_CHART (chart), &canvas)), ==,
                   "Sources: AI/ML Engineer vs MLOps Engineer, undated");
  atlas_skill_chart_set_mode (chart, ATLAS_SKILL_CHART_MATRIX);
  g_assert_true (g_str_has_prefix (footer_text (atlas_chart_get_layout (ATLAS_CHART (chart), &canvas)),
                                   "Sources: Second Talent, 2026 · "));
}

/* Selecting a skill marks it in every mode. */
static void
test_selected_skill (void)
{
  const char *roles[] = { "ml-infrastructure-engineer", "mlops-engineer", NULL };
  g_autoptr(AtlasSkillChart) chart = bundled_chart (roles, ATLAS_SKILL_CHART_MATRIX);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);
  static const AtlasSkillChartMode modes[] = { ATLAS_SKILL_CHART_MATRIX, ATLAS_SKILL_CHART_OVERLAP, ATLAS_SKILL_CHART_TOP };

  atlas_skill_chart_set_selected_skill (chart, "kubernetes");
  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      AtlasChartLayout *layout;
      guint n_selected = 0;

      atlas_skill_chart_set_mode (chart, modes[m]);
      layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
      for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
        n_selected += atlas_chart_layout_get_mark (layout, i)->selected;
      g_assert_cmpuint (n_selected, >=, 1);
    }
}

/* Everything of the layout but its positions, as text: descriptions, texts and rows. */
static char *
layout_words (AtlasChartLayout *layout)
{
  GString *words = g_string_new (atlas_chart_layout_get_description (layout));

  for (guint i = 0; i < atlas_chart_layout_get_n_texts (layout); i++)
    g_string_append_printf (words, "\n%s", atlas_chart_layout_get_text (layout, i)->text);
  for (guint i = 0; i < atlas_chart_layout_get_n_rows (layout); i++)
    {
      g_autofree char *row = g_strjoinv ("|", (char **) atlas_chart_layout_get_row (layout, i));
      g_string_append_printf (words, "\n%s", row);
    }
  return g_string_free (words, FALSE);
}

/* The chart keeps what it queried for its roles between layouts (a resize needs it all
 * again); new roles, in every mode, give what a chart made for them gives. */
static void
test_new_roles_drop_kept_data (void)
{
  const char *first[] = { "ml-infrastructure-engineer", "mlops-engineer", NULL };
  const char *then[] = { "ai-ml-engineer", "llm-inference-engineer", "devops-engineer", NULL };
  static const AtlasSkillChartMode modes[] = { ATLAS_SKILL_CHART_OVERLAP, ATLAS_SKILL_CHART_MATRIX, ATLAS_SKILL_CHART_TOP };
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      g_autoptr(AtlasSkillChart) changed = bundled_chart (first, modes[m]);
      g_autoptr(AtlasSkillChart) fresh = bundled_chart (then, modes[m]);
      g_autofree char *before = layout_words (atlas_chart_get_layout (ATLAS_CHART (changed), &canvas));
      g_autofree char *expected = layout_words (atlas_chart_get_layout (ATLAS_CHART (fresh), &canvas));
      g_autofree char *after = NULL;
      g_autoptr(AtlasDataset) dataset = atlas_dataset_new_bundled (NULL);

      atlas_skill_chart_set_dataset (changed, dataset, then);
      after = layout_words (atlas_chart_get_layout (ATLAS_CHART (changed), &canvas));
      g_assert_cmpstr (after, ==, expected);
      g_assert_cmpstr (after, !=, before);
    }
}

/* Identical and disjoint skill sets both lay out. */
static gboolean
layout_has_text_ending (AtlasChartLayout *layout,
                        const char       *ending)
{
  for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
    if (g_str_has_suffix (atlas_chart_layout_get_text (layout, t)->text, ending))
      return TRUE;
  return FALSE;
}

/* Whether the text box lies clear of the circle mark. */
static gboolean
text_clears_circle (const AtlasChartText *text,
                    const AtlasChartMark *circle)
{
  double r = circle->width / 2, cx = circle->x + r, cy = circle->y + r;
  double nx = CLAMP (cx, text->x, text->x + text->width), ny = CLAMP (cy, text->y, text->y + text->height);

  return hypot (nx - cx, ny - cy) >= r;
}

/* No other role's name lies over the small dashed circle of a role without skills, at
 * any shape of canvas (a report's upright page put DevOps Engineer's over ML Engineer's). */
static void
test_names_clear_empty_circle (void)
{
  const char *roles[] = { "machine-learning-engineer", "llmops-engineer", "devops-engineer", NULL };
  const char *names[] = { "LLMOps Engineer", "DevOps Engineer" };
  g_autoptr(AtlasSkillChart) chart = bundled_chart (roles, ATLAS_SKILL_CHART_OVERLAP);
  static const double sizes[][2] = { { 1600, 1000 }, { 800, 500 }, { 560, 760 }, { 595, 842 }, { 400, 700 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (sizes[s][0], sizes[s][1]);
      AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
      AtlasChartMark *empty = NULL;

      for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
        {
          AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, i);
          if (mark->kind == ATLAS_MARK_CIRCLE && mark->dashed_outline)
            empty = mark;
        }
      g_assert_nonnull (empty);
      for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
        {
          AtlasChartText *text = atlas_chart_layout_get_text (layout, t);

          for (guint n = 0; n < G_N_ELEMENTS (names); n++)
            if (text->style == ATLAS_TEXT_HEADING && g_strcmp0 (text->text, names[n]) == 0)
              g_assert_true (text_clears_circle (text, empty));
        }
    }
}

/* A role the sources list no skills for still gets a circle, to carry its name, but an
 * area would read as skills: its circle is a dashed outline with nothing inside, and the
 * legend, the subtitle and the description say why. */
static void
test_overlap_role_without_skills (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  const char *two[] = { "empty-role", "beta", NULL };
  const char *three[] = { "alpha", "empty-role", "beta", NULL };
  const char * const *role_sets[] = { two, three };

  for (guint k = 0; k < G_N_ELEMENTS (role_sets); k++)
    {
      g_autoptr(AtlasSkillChart) chart = atlas_skill_chart_new (dataset, role_sets[k]);
      guint empty_series = k == 0 ? 0 : 1;
      AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (800, 500);
      AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 500);
      cairo_t *cr = cairo_create (surface);
      guint n_circles = 0;

      atlas_chart_paint (ATLAS_CHART (chart), cr, &canvas, -1);
      cairo_surface_flush (surface);
      for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
        {
          AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, i);
          int cx = (int) (mark->x + mark->width / 2), cy = (int) (mark->y + mark->height / 2);

          if (mark->kind != ATLAS_MARK_CIRCLE)
            continue;
          n_circles++;
          g_assert_cmpint (mark->dashed_outline, ==, mark->series == (int) empty_series);
          /* Nothing inside the empty role's circle: the chart's background. */
          if (mark->dashed_outline)
            g_assert_cmphex (chart_test_pixel_at (surface, cx, cy), ==, chart_test_pixel_at (surface, 1, 1));
        }
      g_assert_cmpuint (n_circles, ==, k + 2);
      g_assert_true (chart_test_has_text (layout, "Empty Role (no skills in the sources)"));
      g_assert_true (layout_has_text_ending (layout, "Circle areas follow skill counts. "
                                                     "A dashed circle: a role the sources list no skills for."));
      g_assert_nonnull (strstr (atlas_chart_layout_get_description (layout), "; Empty Role: no skills in the sources; "));
      assert_layout_sane (layout);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  /* Roles that all have skills: no such note. */
  {
    const char *both[] = { "alpha", "beta", NULL };
    g_autoptr(AtlasSkillChart) chart = atlas_skill_chart_new (dataset, both);
    AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (800, 500);
    AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);

    g_assert_true (layout_has_text_ending (layout, "Circle areas follow skill counts."));
    g_assert_null (strstr (atlas_chart_layout_get_description (layout), "no skills in the sources"));
  }
}

static void
test_identical_and_disjoint (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  const char *disjoint[] = { "alpha", "delta", NULL };
  const char *empty[] = { "empty-role", "beta", NULL };
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (800, 500);

  {
    g_autoptr(AtlasSkillChart) chart = atlas_skill_chart_new (dataset, disjoint);
    AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
    g_assert_true (g_str_has_prefix (atlas_chart_layout_get_description (layout), "Alpha Engineer and Delta Engineer share 0 skills"));
    assert_layout_sane (layout);
  }
  {
    g_autoptr(AtlasSkillChart) chart = atlas_skill_chart_new (dataset, empty);
    AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
    assert_layout_sane (layout);
  }
  {
    const char *same[] = { "mlops-engineer", "mlops-engineer-copy", NULL };
    g_autoptr(GString) json = g_string_new ("{\"format\":\"role-atlas-dataset\",\"version\":1,"
      "\"sources\":[{\"id\":\"s\",\"title\":\"S\",\"kind\":\"article\"}],"
      "\"skills\":[{\"id\":\"a\",\"name\":\"A\",\"category\":\"c\"},{\"id\":\"b\",\"name\":\"B\",\"category\":\"c\"}],"
      "\"roles\":[{\"id\":\"mlops-engineer\",\"name\":\"One\",\"family\":\"f\"},"
      "{\"id\":\"mlops-engineer-copy\",\"name\":\"Two\",\"family\":\"f\"}],"
      "\"role-skills\":[{\"role\":\"mlops-engineer\",\"skill\":\"a\",\"source\":\"s\"},"
      "{\"role\":\"mlops-engineer\",\"skill\":\"b\",\"source\":\"s\"},"
      "{\"role\":\"mlops-engineer-copy\",\"skill\":\"a\",\"source\":\"s\"},"
      "{\"role\":\"mlops-engineer-copy\",\"skill\":\"b\",\"source\":\"s\"}]}");
    g_autoptr(GBytes) bytes = g_bytes_new (json->str, json->len);
    g_autoptr(AtlasDataset) twins = atlas_dataset_new_from_bytes (bytes, "twins.json", NULL);
    g_autoptr(AtlasSkillChart) chart = atlas_skill_chart_new (twins, same);
    AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);

    g_assert_true (g_str_has_prefix (atlas_chart_layout_get_description (layout), "One and Two share 2 skills"));
    assert_layout_sane (layout);
    chart_test_assert_marks_in_plot (layout);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/charts/venn/geometry", test_venn_geometry);
  g_test_add_func ("/atlas/charts/skills/new-roles", test_new_roles_drop_kept_data);
  g_test_add_func ("/atlas/charts/venn/shapes", test_venn_shapes);
  g_test_add_func ("/atlas/charts/venn/region-span", test_venn_region_span);
  g_test_add_func ("/atlas/charts/skills/overlap-names-beside", test_overlap_names_beside);
  g_test_add_func ("/atlas/charts/skills/overlap-two", test_overlap_two_roles);
  g_test_add_func ("/atlas/charts/skills/overlap-three", test_overlap_three_roles);
  g_test_add_func ("/atlas/charts/skills/overlap-names-fill-regions", test_overlap_names_fill_regions);
  g_test_add_func ("/atlas/charts/skills/overlap-names-inside", test_overlap_names_inside);
  g_test_add_func ("/atlas/charts/skills/overlap-four-upset", test_overlap_four_roles_upset);
  g_test_add_func ("/atlas/charts/skills/upset-colours", test_upset_colours);
  g_test_add_func ("/atlas/charts/skills/upset-names-every-row", test_upset_names_every_row);
  g_test_add_func ("/atlas/charts/skills/matrix-seed-table", test_matrix_seed_table);
  g_test_add_func ("/atlas/charts/skills/top-skills-share", test_top_skills_share);
  g_test_add_func ("/atlas/charts/skills/top-skills-sources", test_top_skills_sources);
  g_test_add_func ("/atlas/charts/skills/selected-skill", test_selected_skill);
  g_test_add_func ("/atlas/charts/skills/identical-and-disjoint", test_identical_and_disjoint);
  g_test_add_func ("/atlas/charts/skills/overlap-role-without-skills", test_overlap_role_without_skills);
  g_test_add_func ("/atlas/charts/skills/names-clear-empty-circle", test_names_clear_empty_circle);

  return g_test_run ();
}
