/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-bench"

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "atlas-salary-chart.h"
#include "atlas-skill-chart.h"
#include "atlas-compare-chart.h"
#include "atlas-path-chart.h"
#include "atlas-chart-export.h"
#include "bench-median.h"
#include "chart-test-utils.h"

/* Lays out and paints each chart at 1920×1080 on an image surface, 200 frames each, and
 * prints the median time per frame against its target. Each frame rebuilds the layout,
 * as a change of data or size does. The frames are painted in rounds, 50 of each chart a
 * round: the machine shares its host, and a busy spell of a few seconds then slows a
 * quarter of every chart's frames rather than all of one chart's. */

#define ROUNDS 4
#define FRAMES_A_ROUND 50
#define FRAMES (ROUNDS * FRAMES_A_ROUND)

typedef struct
{
  const char *name;
  AtlasChart *chart;
  double target_ms;
  double times[FRAMES];
} Case;

static void
time_frames (Case            *c,
             cairo_surface_t *surface,
             guint            round)
{
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1920, 1080);

  for (guint i = 0; i < FRAMES_A_ROUND; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();

      /* Alternate the width by a pixel so that every frame lays out anew. */
      canvas.width = 1920 - (i % 2);
      atlas_chart_paint (c->chart, cr, &canvas, -1);
      cairo_surface_flush (surface);
      c->times[round * FRAMES_A_ROUND + i] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
    }
}

static AtlasSalaryChart *
salary_chart (AtlasDataset        *dataset,
              const char * const  *roles,
              AtlasSalaryChartMode mode,
              const char          *country)
{
  AtlasSalaryChart *chart = atlas_salary_chart_new (dataset, roles);

  atlas_salary_chart_set_mode (chart, mode);
  atlas_salary_chart_set_country (chart, country);
  return chart;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) bundled = NULL;
  g_autoptr(AtlasDataset) large = NULL;
  const char *two[] = { "mlops-engineer", "ml-infrastructure-engineer", NULL };
  const char *four[] = { "role-0", "role-1", "role-2", "role-3", NULL };
  g_autoptr(GPtrArray) cases = g_ptr_array_new ();
  gboolean all_met = TRUE;

  setlocale (LC_ALL, "C.UTF-8");
  bundled = atlas_dataset_new_bundled (&error);
  g_assert_no_error (error);
  large = chart_test_make_large_dataset (40, 4, 7);

  {
    static Case salary_cases[6];
    salary_cases[0] = (Case) { "salary-by-level (bundled)", ATLAS_CHART (salary_chart (bundled, two, ATLAS_SALARY_BY_LEVEL, "US")), 2 };
    salary_cases[1] = (Case) { "salary-by-country (bundled)", ATLAS_CHART (salary_chart (bundled, two, ATLAS_SALARY_BY_COUNTRY, "US")), 2 };
    salary_cases[2] = (Case) { "salary-grid (bundled)", ATLAS_CHART (salary_chart (bundled, two, ATLAS_SALARY_GRID, "US")), 2 };
    salary_cases[3] = (Case) { "salary-by-level (40 countries x 7 levels x 4 roles)", ATLAS_CHART (salary_chart (large, four, ATLAS_SALARY_BY_LEVEL, "AD")), 8 };
    salary_cases[4] = (Case) { "salary-by-country (40 x 7 x 4)", ATLAS_CHART (salary_chart (large, four, ATLAS_SALARY_BY_COUNTRY, "AD")), 8 };
    salary_cases[5] = (Case) { "salary-grid (40 x 7 x 4)", ATLAS_CHART (salary_chart (large, four, ATLAS_SALARY_GRID, "AD")), 8 };
    for (guint i = 0; i < G_N_ELEMENTS (salary_cases); i++)
      g_ptr_array_add (cases, &salary_cases[i]);
  }

  {
    static Case skill_cases[8];
    const char *mli_mlo[] = { "ml-infrastructure-engineer", "mlops-engineer", NULL };
    const char *three[] = { "ml-infrastructure-engineer", "mlops-engineer", "ai-infrastructure-engineer", NULL };
    g_autoptr(AtlasDataset) skills = chart_test_make_skill_dataset (4, 300);
    struct { const char *name; AtlasDataset *data; const char * const *roles; AtlasSkillChartMode mode; double target; } specs[] = {
      { "skill-overlap, Venn of 2 (bundled)", bundled, mli_mlo, ATLAS_SKILL_CHART_OVERLAP, 2 },
      { "skill-overlap, Venn of 3 (bundled)", bundled, three, ATLAS_SKILL_CHART_OVERLAP, 2 },
      { "skill-matrix (bundled)", bundled, mli_mlo, ATLAS_SKILL_CHART_MATRIX, 2 },
      { "top-skills (bundled)", bundled, mli_mlo, ATLAS_SKILL_CHART_TOP, 2 },
      { "skill-overlap, UpSet (4 roles x 300 skills)", skills, four, ATLAS_SKILL_CHART_OVERLAP, 10 },
      { "skill-matrix (4 roles x 300 skills)", skills, four, ATLAS_SKILL_CHART_MATRIX, 10 },
      { "top-skills (4 roles x 300 skills)", skills, four, ATLAS_SKILL_CHART_TOP, 10 },
      { "skill-overlap, Venn of 3 (3 roles x 300 skills)", skills, four, ATLAS_SKILL_CHART_OVERLAP, 10 },
    };
    const char *three_synthetic[] = { "role-0", "role-1", "role-2", NULL };

    specs[7].roles = three_synthetic;
    for (guint k = 0; k < G_N_ELEMENTS (specs); k++)
      {
        AtlasSkillChart *chart = atlas_skill_chart_new (specs[k].data, specs[k].roles);
        atlas_skill_chart_set_mode (chart, specs[k].mode);
        skill_cases[k] = (Case) { specs[k].name, ATLAS_CHART (chart), specs[k].target };
        g_ptr_array_add (cases, &skill_cases[k]);
      }
  }

  {
    static Case path_cases[2];
    const char *roles[] = { "mlops-engineer", "devops-engineer", NULL };
    path_cases[0] = (Case) { "career-paths (bundled)", ATLAS_CHART (atlas_path_chart_new (bundled, roles)), 2 };
    path_cases[1] = (Case) { "compare (bundled)", ATLAS_CHART (atlas_compare_chart_new (bundled, two)), 2 };
    g_ptr_array_add (cases, &path_cases[0]);
    g_ptr_array_add (cases, &path_cases[1]);
  }

  g_print ("%-55s %10s %10s %s\n", "chart (1920x1080, layout + paint)", "median ms", "target ms", "met");
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);

    for (guint round = 0; round < ROUNDS; round++)
      for (guint i = 0; i < cases->len; i++)
        time_frames (g_ptr_array_index (cases, i), surface, round);
    cairo_surface_destroy (surface);
  }
  for (guint i = 0; i < cases->len; i++)
    {
      Case *c = g_ptr_array_index (cases, i);
      double ms = bench_median (c->times, FRAMES);
      gboolean met = ms < c->target_ms;

      all_met &= met;
      g_print ("%-55s %10.3f %10.1f %s\n", c->name, ms, c->target_ms, met ? "yes" : "NO");
      g_object_unref (c->chart);
    }
  {
    /* Layout alone of a 200-title, 400-move graph, 200 moves timed (target 100 ms), median of 20. */
    g_autoptr(GString) json = g_string_new ("{\"format\":\"role-atlas-dataset\",\"version\":1,"
                                            "\"sources\":[{\"id\":\"s\",\"title\":\"S\",\"kind\":\"article\"}],\"roles\":[");
    g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
    g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(AtlasDataset) graph_data = NULL;
    double times[20], ms;
    guint n_edges = 0;

    for (guint r = 0; r < 200; r++)
      g_string_append_printf (json, "%s{\"id\":\"role-%u\",\"name\":\"Role %u\",\"family\":\"f\"}", r > 0 ? "," : "", r, r);
    g_string_append (json, "],\"transitions\":[");
    while (n_edges < 400)
      {
        guint a = g_rand_int_range (rand, 0, 200), b = g_rand_int_range (rand, 0, 200);
        if (a == b || !g_hash_table_add (seen, g_strdup_printf ("%u-%u", a, b)))
          continue;
        /* Every other move with a time, which the diagram places on the move's line. */
        g_string_append_printf (json, "%s{\"from\":\"role-%u\",\"to\":\"role-%u\",%s\"source\":\"s\"}",
                                n_edges > 0 ? "," : "", a, b, n_edges % 2 == 0 ? "\"months\":{\"min\":1,\"max\":3}," : "");
        n_edges++;
      }
    g_string_append (json, "]}");
    bytes = g_bytes_new (json->str, json->len);
    graph_data = atlas_dataset_new_from_bytes (bytes, "graph.json", NULL);
    /* A new chart each time: the graph's order is worked out once per chart. */
    for (guint i = 0; i < G_N_ELEMENTS (times); i++)
      {
        g_autoptr(AtlasPathChart) chart = atlas_path_chart_new (graph_data, NULL);
        AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1920 - (i % 2), 1080);
        gint64 start = g_get_monotonic_time ();

        atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
        times[i] = (g_get_monotonic_time () - start) / 1000.0;
      }
    ms = bench_median (times, G_N_ELEMENTS (times));
    all_met &= ms < 100;
    g_print ("%-55s %10.3f %10.1f %s\n", "career-paths layout (200 titles, 400 moves, 200 timed)", ms, 100.0,
             ms < 100 ? "yes" : "NO");
  }
  {
    /* The full report PDF of three roles (target 1 s), median of 5. */
    const char *three[] = { "mlops-engineer", "ml-infrastructure-engineer", "ai-infrastructure-engineer", NULL };
    double times[5], ms;

    for (guint i = 0; i < G_N_ELEMENTS (times); i++)
      {
        gint64 start = g_get_monotonic_time ();
        g_autoptr(GBytes) pdf = atlas_report_render (bundled, three, ATLAS_PAPER_A4, FALSE, NULL);

        g_assert_nonnull (pdf);
        times[i] = (g_get_monotonic_time () - start) / 1000.0;
      }
    ms = bench_median (times, G_N_ELEMENTS (times));
    all_met &= ms < 1000;
    g_print ("%-55s %10.3f %10.1f %s\n", "report PDF, 10 pages (3 roles)", ms, 1000.0, ms < 1000 ? "yes" : "NO");
  }
  return all_met ? EXIT_SUCCESS : EXIT_FAILURE;
}
