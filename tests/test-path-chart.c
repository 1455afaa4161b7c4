/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <pango/pango.h>

#include "atlas-career-graph.h"
#include "atlas-path-chart.h"
#include "chart-test-utils.h"

static AtlasDataset *
bundled (void)
{
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_dataset_new_bundled (&error);

  g_assert_no_error (error);
  return dataset;
}

/* Roles role-0… with transitions given as pairs of indices; with @timed, every other
 * transition has a time. */
static AtlasDataset *
graph_dataset (guint        n_roles,
               const guint *pairs,
               guint        n_pairs,
               gboolean     timed)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"role-atlas-dataset\",\"version\":1,"
                                          "\"sources\":[{\"id\":\"s\",\"title\":\"S\",\"kind\":\"article\"}],\"roles\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset;

  for (guint r = 0; r < n_roles; r++)
    g_string_append_printf (json, "%s{\"id\":\"role-%u\",\"name\":\"Role number %u\",\"family\":\"f\"}", r > 0 ? "," : "", r, r);
  g_string_append (json, "],\"transitions\":[");
  for (guint i = 0; i < n_pairs; i++)
    g_string_append_printf (json, "%s{\"from\":\"role-%u\",\"to\":\"role-%u\",%s\"source\":\"s\"}", i > 0 ? "," : "",
                            pairs[2 * i], pairs[2 * i + 1],
                            timed && i % 2 == 0 ? "\"months\":{\"min\":2,\"max\":4}," : "");
  g_string_append (json, "]}");
  bytes = g_bytes_new (json->str, json->len);
  dataset = atlas_dataset_new_from_bytes (bytes, "graph.json", &error);
  g_assert_no_error (error);
  return dataset;
}

static void
test_graph_bundled (void)
{
  g_autoptr(AtlasDataset) dataset = bundled ();
  g_autoptr(AtlasCareerGraph) graph = atlas_career_graph_new (dataset);
  int devops = atlas_career_graph_find_node (graph, "DevOps Engineer");
  int lead = atlas_career_graph_find_node (graph, "ML Platform Lead");
  int mlops = atlas_career_graph_find_node (graph, "MLOps Engineer");
  g_autoptr(GPtrArray) routes = NULL;
  int min, max;
  guint untimed;

  g_assert_cmpint (devops, >=, 0);
  g_assert_cmpint (lead, >=, 0);
  g_assert_cmpstr (atlas_career_graph_get_node_role (graph, mlops), ==, "mlops-engineer");

  routes = atlas_career_graph_find_routes (graph, devops, lead, 8);
  g_assert_cmpuint (routes->len, ==, 1);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (routes, 0))->len, ==, 2);
  atlas_career_graph_route_months (graph, g_ptr_array_index (routes, 0), &min, &max, &untimed);
  g_assert_cmpint (min, ==, 1);
  g_assert_cmpint (max, ==, 3);
  g_assert_cmpuint (untimed, ==, 1);
}

static void
assert_diagram_sane (AtlasPathChart   *chart,
                     AtlasChartLayout *layout)
{
  AtlasCareerGraph *graph = atlas_path_chart_get_graph (chart);
  guint n_marks = atlas_chart_layout_get_n_marks (layout);

  /* Every edge goes up the layers, or is a back edge. */
  for (guint e = 0; e < atlas_career_graph_get_n_edges (graph); e++)
    {
      int from = atlas_path_chart_get_node_layer (chart, atlas_career_graph_get_edge_from (graph, e));
      int to = atlas_path_chart_get_node_layer (chart, atlas_career_graph_get_edge_to (graph, e));

      if (atlas_path_chart_is_back_edge (chart, e))
        g_assert_cmpint (from, >, to);
      else
        g_assert_cmpint (from, <, to);
    }

  /* No two boxes overlap, and each box holds its label. */
  for (guint i = 0; i < n_marks; i++)
    {
      AtlasChartMark *a = atlas_chart_layout_get_mark (layout, i);

      if (a->kind != ATLAS_MARK_NODE)
        continue;
      for (guint j = i + 1; j < n_marks; j++)
        {
          AtlasChartMark *b = atlas_chart_layout_get_mark (layout, j);

          if (b->kind != ATLAS_MARK_NODE)
            continue;
          g_assert_false (a->x < b->x + b->width - 0.5 && b->x < a->x + a->width - 0.5 &&
                          a->y < b->y + b->height - 0.5 && b->y < a->y + a->height - 0.5);
        }
      for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
        {
          AtlasChartText *text = atlas_chart_layout_get_text (layout, t);

          if (text->style == ATLAS_TEXT_LABEL && g_strcmp0 (text->text, a->key) == 0 &&
              text->x >= a->x && text->y >= a->y)
            {
              g_assert_cmpfloat (text->x + text->width, <=, a->x + a->width + 0.5);
              g_assert_cmpfloat (text->y + text->height, <=, a->y + a->height + 0.5);
            }
        }
    }
  g_assert_cmpuint (atlas_path_chart_get_crossings (chart), <=, atlas_path_chart_get_input_crossings (chart));
  g_test_message ("crossings: %u (input order: %u)", atlas_path_chart_get_crossings (chart),
                  atlas_path_chart_get_input_crossings (chart));
}

/* The text right after a legend swatch. */
static const char *
label_of_swatch (AtlasChartLayout     *layout,
                 const AtlasChartMark *swatch)
{
  for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
    {
      AtlasChartText *text = atlas_chart_layout_get_text (layout, t);

      if (text->x > swatch->x + swatch->width && text->x < swatch->x + 2 * swatch->width &&
          text->y < swatch->y + swatch->height && text->y + text->height > swatch->y)
        return text->text;
    }
  return NULL;
}

/* The legend names each compared role beside a swatch of the colour its titles take. */
static void
assert_legend_names_roles (AtlasPathChart     *chart,
                           const char * const *role_names)
{
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1920, 1080);
  AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  guint n_swatches = 0;

  for (guint m = 0; m < atlas_chart_layout_get_n_marks (layout); m++)
    {
      AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, m);

      if (mark->kind != ATLAS_MARK_SWATCH)
        continue;
      g_assert_cmpint (mark->series, ==, (int) n_swatches);
      g_assert_cmpstr (label_of_swatch (layout, mark), ==, role_names[n_swatches]);
      n_swatches++;
    }
  g_assert_cmpuint (n_swatches, ==, g_strv_length ((char **) role_names));
}

static void
test_layout_bundled (void)
{
  g_autoptr(AtlasDataset) dataset = bundled ();
  const char *roles[] = { "mlops-engineer", "devops-engineer", NULL };
  const char *role_names[] = { "MLOps Engineer", "DevOps Engineer", NULL };
  g_autoptr(AtlasPathChart) chart = atlas_path_chart_new (dataset, roles);
  static const double sizes[][2] = { { 1920, 1080 }, { 800, 500 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (sizes[s][0], sizes[s][1]);
      AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);

      assert_diagram_sane (chart, layout);
      chart_test_assert_marks_in_plot (layout);
      chart_test_assert_texts_in_canvas (layout);
    }
  chart_test_assert_paints (ATLAS_CHART (chart), "career-paths");
  assert_legend_names_roles (chart, role_names);

  atlas_path_chart_set_selected (chart, "MLOps Engineer");
  {
    AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1920, 1080);
    AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
    const char *description = atlas_chart_layout_get_description (layout);

    g_assert_true (g_str_has_prefix (description, "Paths through MLOps Engineer."));
    g_assert_nonnull (strstr (description, "Reached from DevOps Engineer (1 to 3 months)."));
    g_assert_nonnull (strstr (description, "Leads to Senior MLOps Engineer."));
    chart_test_assert_paints (ATLAS_CHART (chart), "career-paths-selected");
  }
}

/* A compared role with no title in the diagram (Data Scientist) says so in the legend;
 * ML Engineer, whose ladder has titles in the diagram, does not. */
static void
test_legend_role_off_the_paths (void)
{
  g_autoptr(AtlasDataset) dataset = bundled ();
  const char *roles[] = { "machine-learning-engineer", "data-scientist", NULL };
  const char *role_names[] = { "ML Engineer", "Data Scientist (on no path in the sources)", NULL };
  g_autoptr(AtlasPathChart) chart = atlas_path_chart_new (dataset, roles);

  assert_legend_names_roles (chart, role_names);
}

/* At any zoom a title's text is painted on as many lines as it was measured on: laid out
 * again in the box's width, it must not wrap once more and spill out of its box (it did at
 * fractional font scales, where the width came back a hair narrower). */
static void
test_titles_fit_their_boxes_at_any_zoom (void)
{
  g_autoptr(AtlasDataset) dataset = bundled ();
  const char *roles[] = { "ml-infrastructure-engineer", "mlops-engineer", NULL };
  g_autoptr(AtlasPathChart) chart = atlas_path_chart_new (dataset, roles);
  PangoContext *context = atlas_chart_create_pango_context ();
  static const double scales[] = { 0.75, 0.8, 0.85, 0.9, 1.0, 1.1, 1.25, 1.7 };

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (4000, 3000);
      AtlasChartLayout *layout;
      guint n_titles = 0;

      canvas.font_scale = scales[s];
      layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
      for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
        {
          AtlasChartText *text = atlas_chart_layout_get_text (layout, t);
          g_autoptr(PangoLayout) painted = NULL;
          PangoRectangle logical;

          if (text->style != ATLAS_TEXT_LABEL || text->width <= 0 || text->alignment != PANGO_ALIGN_CENTER)
            continue;
          painted = atlas_chart_create_text_layout (context, text->style, canvas.font_scale * text->scale,
                                                    text->text, text->width);
          pango_layout_get_extents (painted, NULL, &logical);
          if ((double) logical.height / PANGO_SCALE > text->height + 0.5)
            g_error ("at font scale %g, \"%s\" takes %.1f px in a %.1f px box", scales[s], text->text,
                     (double) logical.height / PANGO_SCALE, text->height);
          n_titles++;
        }
      g_assert_cmpuint (n_titles, >, 20);
    }
  g_object_unref (context);
}

static double
distance_to_line (const AtlasChartLine *line,
                  double                x,
                  double                y)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i <= 1000; i++)
    {
      double px, py;

      atlas_chart_line_point (line, i / 1000.0, &px, &py);
      best = MIN (best, hypot (px - x, py - y));
    }
  return best;
}

static gboolean
line_enters_box (const AtlasChartLine *line,
                 const AtlasChartText *box)
{
  for (guint i = 0; i <= 1000; i++)
    {
      double px, py;

      atlas_chart_line_point (line, i / 1000.0, &px, &py);
      if (px > box->x + 1 && px < box->x + box->width - 1 && py > box->y + 1 && py < box->y + box->height - 1)
        return TRUE;
    }
  return FALSE;
}

static gboolean
same_start (const AtlasChartLine *a,
            const AtlasChartLine *b)
{
  return fabs (a->x1 - b->x1) < 0.01 && fabs (a->y1 - b->y1) < 0.01;
}

static gboolean
boxes_overlap (double ax, double ay, double aw, double ah,
               double bx, double by, double bw, double bh)
{
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

/* Text @t of @layout covers no title's box and no other text. */
static void
assert_text_clear (AtlasChartLayout *layout,
                   guint             t)
{
  AtlasChartText *text = atlas_chart_layout_get_text (layout, t);

  for (guint m = 0; m < atlas_chart_layout_get_n_marks (layout); m++)
    {
      AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, m);

      if (mark->kind == ATLAS_MARK_NODE)
        g_assert_false (boxes_overlap (text->x, text->y, text->width, text->height,
                                       mark->x, mark->y, mark->width, mark->height));
    }
  for (guint o = 0; o < atlas_chart_layout_get_n_texts (layout); o++)
    {
      AtlasChartText *other = atlas_chart_layout_get_text (layout, o);

      if (o != t && other->width > 0)
        g_assert_false (boxes_overlap (text->x, text->y, text->width, text->height,
                                       other->x, other->y, other->width, other->height));
    }
}

/* Each timed move shows its time on its own dashed line, covering no title or other text
 * and hiding no line from elsewhere (three moves into MLOps Engineer meet there); a line
 * leaving the same title may run under it, as near the title the two run together. */
static void
test_move_times_on_their_lines (void)
{
  g_autoptr(AtlasDataset) dataset = bundled ();
  const char *roles[] = { "ml-infrastructure-engineer", "mlops-engineer", NULL };
  g_autoptr(AtlasPathChart) chart = atlas_path_chart_new (dataset, roles);
  AtlasCareerGraph *graph = atlas_path_chart_get_graph (chart);
  static const double canvases[][3] = { { 1600, 1000, 1 }, { 1920, 1080, 1 }, { 1000, 700, 1 }, { 2400, 1500, 1.5 } };
  guint n_timed = 0;

  for (guint e = 0; e < atlas_career_graph_get_n_edges (graph); e++)
    {
      int min, max;

      atlas_career_graph_get_edge_months (graph, e, &min, &max);
      n_timed += min > 0;
    }
  g_assert_cmpuint (n_timed, ==, 3);

  for (guint c = 0; c < G_N_ELEMENTS (canvases); c++)
    {
      AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (canvases[c][0], canvases[c][1]);
      AtlasChartLayout *layout;
      guint n_times = 0;

      canvas.font_scale = canvases[c][2];
      layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
      for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
        {
          AtlasChartText *time = atlas_chart_layout_get_text (layout, t);
          double cx = time->x + time->width / 2, cy = time->y + time->height / 2, nearest = G_MAXDOUBLE;
          int own = -1;

          if (time->style != ATLAS_TEXT_CAPTION || !g_str_has_suffix (time->text, " mo"))
            continue;
          n_times++;
          g_assert_true (time->backdrop);
          for (guint l = 0; l < atlas_chart_layout_get_n_lines (layout); l++)
            {
              double d = distance_to_line (atlas_chart_layout_get_line (layout, l), cx, cy);

              if (d < nearest)
                {
                  nearest = d;
                  own = (int) l;
                }
            }
          g_assert_cmpfloat (nearest, <, 1.0);
          g_assert_true (atlas_chart_layout_get_line (layout, own)->dashed);
          for (guint l = 0; l < atlas_chart_layout_get_n_lines (layout); l++)
            if ((int) l != own && !same_start (atlas_chart_layout_get_line (layout, l), atlas_chart_layout_get_line (layout, own)) &&
                line_enters_box (atlas_chart_layout_get_line (layout, l), time))
              g_error ("at %gx%g, \"%s\" hides line %u", canvases[c][0], canvases[c][1], time->text, l);
          assert_text_clear (layout, t);
        }
      g_assert_cmpuint (n_times, ==, n_timed);
    }
}

/* On screen the footer says where each title's sources are; exported or printed, where
 * nothing can be hovered, it does not ask for that. */
static void
test_still_canvas_asks_no_hover (void)
{
  g_autoptr(AtlasDataset) dataset = bundled ();
  g_autoptr(AtlasPathChart) chart = atlas_path_chart_new (dataset, NULL);

  for (int still = 0; still <= 1; still++)
    {
      AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1600, 1000);
      AtlasChartLayout *layout;
      gboolean hover = FALSE, footer = FALSE;

      canvas.still = still;
      layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
      for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
        {
          const char *text = atlas_chart_layout_get_text (layout, t)->text;

          footer |= g_str_has_prefix (text, "Sources: the career paths");
          hover |= strstr (text, "hover") != NULL;
        }
      g_assert_true (footer);
      g_assert_cmpint (hover, ==, !still);
    }
}

static void
test_cycle (void)
{
  static const guint pairs[] = { 0, 1, 1, 0, 1, 2 };
  g_autoptr(AtlasDataset) dataset = graph_dataset (3, pairs, 3, FALSE);
  g_autoptr(AtlasPathChart) chart = atlas_path_chart_new (dataset, NULL);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (800, 500);
  AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);

  g_assert_true (atlas_path_chart_is_back_edge (chart, 1));
  assert_diagram_sane (chart, layout);
}

static void
test_large (void)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasPathChart) chart = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1920, 1080);
  AtlasChartLayout *layout;
  guint n_times = 0;

  while (pairs->len < 800)
    {
      guint a = g_rand_int_range (rand, 0, 200), b = g_rand_int_range (rand, 0, 200);

      /* The table frees a key it already holds. */
      if (a == b || !g_hash_table_add (seen, g_strdup_printf ("%u-%u", a, b)))
        continue;
      g_array_append_val (pairs, a);
      g_array_append_val (pairs, b);
    }
  dataset = graph_dataset (200, (guint *) pairs->data, 400, TRUE);
  chart = atlas_path_chart_new (dataset, NULL);
  layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  assert_diagram_sane (chart, layout);

  /* Of 200 times, those placed sit on no title and on no other text. */
  for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
    {
      AtlasChartText *time = atlas_chart_layout_get_text (layout, t);

      if (!g_str_equal (time->text, "2–4 mo"))
        continue;
      n_times++;
      assert_text_clear (layout, t);
    }
  g_test_message ("%u of 200 times placed", n_times);
  g_assert_cmpuint (n_times, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/model/career-graph/bundled", test_graph_bundled);
  g_test_add_func ("/atlas/charts/paths/layout-bundled", test_layout_bundled);
  g_test_add_func ("/atlas/charts/paths/legend-role-off-the-paths", test_legend_role_off_the_paths);
  g_test_add_func ("/atlas/charts/paths/titles-fit-at-any-zoom", test_titles_fit_their_boxes_at_any_zoom);
  g_test_add_func ("/atlas/charts/paths/move-times-on-their-lines", test_move_times_on_their_lines);
  g_test_add_func ("/atlas/charts/paths/still-canvas-asks-no-hover", test_still_canvas_asks_no_hover);
  g_test_add_func ("/atlas/charts/paths/cycle", test_cycle);
  g_test_add_func ("/atlas/charts/paths/200-nodes-400-edges", test_large);

  return g_test_run ();
}
