/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "atlas-salary-chart.h"
#include "chart-test-utils.h"

static const char * const two_roles[] = { "mlops-engineer", "ml-infrastructure-engineer", NULL };

static AtlasSalaryChart *
bundled_chart (AtlasSalaryChartMode mode)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_bundled (&error);
  AtlasSalaryChart *chart;

  g_assert_no_error (error);
  chart = atlas_salary_chart_new (dataset, two_roles);
  atlas_salary_chart_set_mode (chart, mode);
  return chart;
}

static void
test_layout_bounds (void)
{
  static const AtlasSalaryChartMode modes[] = { ATLAS_SALARY_BY_LEVEL, ATLAS_SALARY_BY_COUNTRY, ATLAS_SALARY_GRID };
  static const double sizes[][2] = { { 800, 500 }, { 1920, 1080 }, { 400, 700 }, { 3840, 2160 } };

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (int log_scale = 0; log_scale < 2; log_scale++)
        {
          g_autoptr(AtlasSalaryChart) chart = bundled_chart (modes[m]);
          AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (sizes[s][0], sizes[s][1]);
          AtlasChartLayout *layout;

          atlas_salary_chart_set_log_scale (chart, log_scale);
          layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
          g_assert_cmpuint (atlas_chart_layout_get_n_marks (layout), >, 0);
          chart_test_assert_marks_in_plot (layout);
          chart_test_assert_texts_in_canvas (layout);
          chart_test_assert_labels_apart (layout);
          chart_test_assert_lanes_apart (layout);
        }
}

static void
test_by_level_us (void)
{
  g_autoptr(AtlasSalaryChart) chart = bundled_chart (ATLAS_SALARY_BY_LEVEL);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);
  AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  const char *description = atlas_chart_layout_get_description (layout);

  g_assert_nonnull (strstr (description, "MLOps Engineer, United States: Entry $120k–145k, Mid $145k–180k, "));
  g_assert_nonnull (strstr (description, "Senior $180k–230k, "));
  g_assert_nonnull (strstr (description, "Staff/Principal $230k–310k"));
  /* Beside the documents, the aijobs.net records with their sample size. */
  g_assert_nonnull (strstr (description, "Senior $140k–213.8k, median $180k · n = 58"));
  g_assert_nonnull (strstr (description, "ML Infrastructure Engineer, United States: Entry $130k–150k"));
  /* The table twin has a row for every figure drawn, with the exact amounts. */
  g_assert_true (chart_test_has_row (layout, "MLOps Engineer", "Entry", "120000", "145000"));
  g_assert_cmpstr (atlas_chart_layout_get_columns (layout)[0], ==, "Role");
}

/* The direct labels of the bars: texts beside a bar, which give an amount. */
static GPtrArray *
bar_labels (AtlasChartLayout *layout)
{
  GPtrArray *labels = g_ptr_array_new ();

  for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
    {
      AtlasChartText *text = atlas_chart_layout_get_text (layout, t);

      if (text->style == ATLAS_TEXT_LABEL && strchr (text->text, '$') != NULL && text->width > 0)
        g_ptr_array_add (labels, text->text);
    }
  return labels;
}

/* Where the bars come from two sources, each bar's label names its own, Entry-level bars
 * given by one source alone as much as Mid-level ones given by both, unless only the
 * amounts fit; where they all come from one, the footer names it and the labels do not
 * repeat it. */
static void
test_bar_labels_name_their_source (void)
{
  g_autoptr(AtlasSalaryChart) chart = bundled_chart (ATLAS_SALARY_BY_LEVEL);
  g_autoptr(AtlasDataset) synthetic = chart_test_make_large_dataset (2, 2, 3);
  const char *synthetic_roles[] = { "role-0", "role-1", NULL };
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1400, 900);
  g_autoptr(GPtrArray) labels = bar_labels (atlas_chart_get_layout (ATLAS_CHART (chart), &canvas));
  g_autoptr(GPtrArray) plain = NULL;
  gboolean entry_seen = FALSE;

  g_assert_cmpuint (labels->len, >, 10);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = g_ptr_array_index (labels, i);

      if (!g_str_has_suffix (label, "· Second Talent") && !g_str_has_suffix (label, "· aijobs.net"))
        g_error ("the bar label \"%s\" does not name its source", label);
      entry_seen |= g_str_has_prefix (label, "$120k–145k");
    }
  g_assert_true (entry_seen);

  /* In a narrow chart a label that does not fit with its source comes without it, rather
   * than not at all. */
  {
    AtlasChartCanvas narrow = ATLAS_CHART_CANVAS_INIT (400, 800);
    g_autoptr(GPtrArray) narrow_labels = bar_labels (atlas_chart_get_layout (ATLAS_CHART (chart), &narrow));
    gboolean plain_senior = FALSE;

    for (guint i = 0; i < narrow_labels->len; i++)
      {
        g_test_message ("at 400 px: %s", (const char *) g_ptr_array_index (narrow_labels, i));
        plain_senior |= g_str_equal (g_ptr_array_index (narrow_labels, i), "$190k–250k");
      }
    g_assert_true (plain_senior);
  }

  atlas_salary_chart_set_dataset (chart, synthetic, synthetic_roles);
  atlas_salary_chart_set_country (chart, "AD");
  plain = bar_labels (atlas_chart_get_layout (ATLAS_CHART (chart), &canvas));
  g_assert_cmpuint (plain->len, >, 0);
  for (guint i = 0; i < plain->len; i++)
    g_assert_null (strstr (g_ptr_array_index (plain, i), " · "));
}

/* The heat map's legend points to the tooltips on screen only; exported or printed it
 * says which of several figures a cell shows. */
static void
test_grid_legend_still (void)
{
  g_autoptr(AtlasSalaryChart) chart = bundled_chart (ATLAS_SALARY_GRID);

  for (int still = 0; still <= 1; still++)
    {
      AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);
      AtlasChartLayout *layout;
      const char *expected = still ? "Stronger colour: higher midpoint · * the first of several figures"
                                   : "Stronger colour: higher midpoint · * several figures (hover for all)";
      gboolean found = FALSE;

      canvas.still = still;
      layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
      for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
        found |= g_str_equal (atlas_chart_layout_get_text (layout, t)->text, expected);
      g_assert_true (found);
    }
}

/* Countries are sorted by the first role's midpoint; countries without it come last. */
static void
test_by_country_order (void)
{
  g_autoptr(AtlasSalaryChart) chart = bundled_chart (ATLAS_SALARY_BY_COUNTRY);
  const char *mli_first[] = { "ml-infrastructure-engineer", "mlops-engineer", NULL };
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 900);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_bundled (&error);
  static const char * const expected[] = {
    "United States", "Canada", "United Kingdom", "Singapore", "Vietnam", "Indonesia", "Philippines",
    "Malaysia", NULL,
  };

  atlas_salary_chart_set_dataset (chart, dataset, mli_first);
  groups = chart_test_heading_texts (atlas_chart_get_layout (ATLAS_CHART (chart), &canvas));
  g_ptr_array_add (groups, NULL);
  g_assert_cmpstrv ((const char * const *) groups->pdata, expected);
}

static void
test_no_data (void)
{
  g_autoptr(AtlasSalaryChart) chart = bundled_chart (ATLAS_SALARY_BY_LEVEL);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (800, 500);
  AtlasChartLayout *layout;

  atlas_salary_chart_set_country (chart, "FR");
  layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  g_assert_cmpint (atlas_chart_layout_step (layout, -1, 1), ==, -1);
  g_assert_cmpuint (atlas_chart_layout_get_n_rows (layout), ==, 0);
  g_assert_nonnull (strstr (atlas_chart_layout_get_description (layout), "no salary figures"));
  chart_test_assert_paints (ATLAS_CHART (chart), "salary-no-data");
}

/* Three roles in the United States, for one of which (LLMOps Engineer) the sources give no
 * figure there: few lanes. */
static AtlasSalaryChart *
sparse_chart (void)
{
  const char *roles[] = { "machine-learning-engineer", "llmops-engineer", "devops-engineer", NULL };
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_bundled (NULL);
  AtlasSalaryChart *chart = atlas_salary_chart_new (dataset, roles);

  atlas_salary_chart_set_country (chart, "US");
  return chart;
}

/* LLMOps Engineer has no figure for the United States: its legend entry says so, the
 * others' do not. */
static void
test_role_without_figures (void)
{
  g_autoptr(AtlasSalaryChart) chart = sparse_chart ();
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1600, 1000);
  AtlasChartLayout *layout;

  layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  g_assert_true (chart_test_has_text (layout, "LLMOps Engineer (no figures, United States)"));
  g_assert_true (chart_test_has_text (layout, "ML Engineer"));
  g_assert_true (chart_test_has_text (layout, "DevOps Engineer"));

  /* No role with figures (the two roles of the other tests in France): the plot's
   * message says it, and the legend stays plain. */
  {
    g_autoptr(AtlasSalaryChart) none = bundled_chart (ATLAS_SALARY_BY_LEVEL);

    atlas_salary_chart_set_country (none, "FR");
    layout = atlas_chart_get_layout (ATLAS_CHART (none), &canvas);
    g_assert_nonnull (strstr (atlas_chart_layout_get_description (layout), "no salary figures"));
    g_assert_true (chart_test_has_text (layout, "MLOps Engineer"));
    g_assert_true (chart_test_has_text (layout, "ML Infrastructure Engineer"));
  }
}

/* With few lanes (three roles, one of them without a figure for the United States), the
 * axis sits under the last bar rather than at the foot of the canvas. */
static void
test_few_lanes (void)
{
  g_autoptr(AtlasSalaryChart) chart = sparse_chart ();
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1600, 1000);
  AtlasChartLayout *layout;
  double lowest_bar = 0, top, plot_height, width, x;

  layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
    {
      AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, i);

      if (mark->kind == ATLAS_MARK_BAR || (mark->kind == ATLAS_MARK_POINT && mark->series >= 0))
        lowest_bar = MAX (lowest_bar, mark->y + mark->height);
    }
  atlas_chart_layout_get_plot_area (layout, &x, &top, &width, &plot_height);
  g_assert_cmpfloat (lowest_bar, <=, top + plot_height);
  g_assert_cmpfloat (top + plot_height - lowest_bar, <, 20);
  /* The canvas has room to spare below the axis. */
  g_assert_cmpfloat (top + plot_height, <, 800);
  chart_test_assert_marks_in_plot (layout);
}

/* Cells of salary records below the threshold stay out unless asked for, then come faded and
 * labelled. MLOps in Canada: 2 records in the aijobs.net index. */
static void
test_too_few_records (void)
{
  g_autoptr(AtlasSalaryChart) chart = bundled_chart (ATLAS_SALARY_BY_LEVEL);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);
  AtlasChartLayout *layout;
  guint n_dimmed = 0;

  atlas_salary_chart_set_country (chart, "CA");
  layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  g_assert_null (strstr (atlas_chart_layout_get_description (layout), "n = 2"));

  atlas_salary_chart_set_min_records (chart, 5, TRUE);
  layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  g_assert_nonnull (strstr (atlas_chart_layout_get_description (layout),
                            "Mid $118.9k–143.8k, median $131.4k · n = 2"));
  for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
    n_dimmed += atlas_chart_layout_get_mark (layout, i)->dimmed;
  g_assert_cmpuint (n_dimmed, >, 0);
  g_assert_true (chart_test_has_row (layout, "MLOps Engineer", "Mid", "118925", "143775"));
  /* The table gives the median as the value and the sample size. */
  for (guint i = 0; i < atlas_chart_layout_get_n_rows (layout); i++)
    {
      const char * const *row = atlas_chart_layout_get_row (layout, i);
      if (g_str_equal (row[4], "118925"))
        {
          g_assert_cmpstr (row[7], ==, "131350");
          g_assert_cmpstr (row[12], ==, "2");
        }
    }

  /* A threshold of 2 makes the same cell an ordinary one. */
  atlas_salary_chart_set_min_records (chart, 2, FALSE);
  layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  n_dimmed = 0;
  for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
    n_dimmed += atlas_chart_layout_get_mark (layout, i)->dimmed;
  g_assert_cmpuint (n_dimmed, ==, 0);
  g_assert_nonnull (strstr (atlas_chart_layout_get_description (layout), "n = 2"));
}

/* A role without figures gives a grid of "no data", never zeros. */
static void
test_grid_no_data_cells (void)
{
  g_autoptr(AtlasSalaryChart) chart = bundled_chart (ATLAS_SALARY_GRID);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);
  AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  guint n_cells = 0, n_empty = 0;

  for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
    {
      AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, i);

      if (mark->kind != ATLAS_MARK_CELL)
        continue;
      n_cells++;
      if (mark->intensity < 0)
        {
          n_empty++;
          g_assert_false (mark->interactive && mark->row < 0);
        }
      else
        g_assert_cmpfloat (mark->intensity, >, 0);
    }
  /* MLOps: 6 countries of the documents, the United Kingdom of the aijobs.net records (the
   * only other country with at least 5), and "not stated", × 5 levels; most are empty. */
  g_assert_cmpuint (n_cells, ==, 8 * 5);
  g_assert_cmpuint (n_empty, >, 0);
}

/* The grid's cells are drawn on whole pixels, each in one colour to its edges (a cell's
 * edge antialiased into the gap reads as a blur), the gap between them left as the
 * background; a cell without figures is hatched over a tint, in every palette. */
static void
test_grid_cells_painted (void)
{
  static const AtlasChartPalette palettes[] = { ATLAS_CHART_PALETTE_LIGHT, ATLAS_CHART_PALETTE_DARK,
                                                ATLAS_CHART_PALETTE_HIGH_CONTRAST };
  g_autoptr(AtlasSalaryChart) chart = bundled_chart (ATLAS_SALARY_GRID);

  for (guint p = 0; p < G_N_ELEMENTS (palettes); p++)
    {
      AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1200, 800);
      cairo_t *cr = cairo_create (surface);
      AtlasChartLayout *layout;
      guint32 background;
      guint n_hatched = 0, n_filled = 0;

      canvas.palette = palettes[p];
      layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
      atlas_chart_paint (ATLAS_CHART (chart), cr, &canvas, -1);
      cairo_surface_flush (surface);
      background = chart_test_pixel_at (surface, 1, 1);

      for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
        {
          AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, i);
          int left = (int) round (mark->x), top = (int) round (mark->y);
          int right = (int) round (mark->x + mark->width) - 1, bottom = (int) round (mark->y + mark->height) - 1;

          if (mark->kind != ATLAS_MARK_CELL)
            continue;
          /* The gap around the cell. */
          g_assert_cmphex (chart_test_pixel_at (surface, left - 1, top + 4), ==, background);
          g_assert_cmphex (chart_test_pixel_at (surface, right + 1, top + 4), ==, background);
          g_assert_cmphex (chart_test_pixel_at (surface, left + 4, top - 1), ==, background);
          if (mark->intensity >= 0)
            {
              guint32 fill = chart_test_pixel_at (surface, left + 3, top + 3);

              n_filled++;
              g_assert_cmphex (fill, !=, background);
              g_assert_cmphex (chart_test_pixel_at (surface, left, top), ==, fill);
              g_assert_cmphex (chart_test_pixel_at (surface, right, top), ==, fill);
              g_assert_cmphex (chart_test_pixel_at (surface, left, bottom), ==, fill);
              g_assert_cmphex (chart_test_pixel_at (surface, right, bottom), ==, fill);
            }
          else
            {
              g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);

              n_hatched++;
              /* Eight by eight pixels at the corner: one repeat of the hatching. */
              for (int y = top; y < top + 8; y++)
                for (int x = left; x < left + 8; x++)
                  {
                    g_assert_cmphex (chart_test_pixel_at (surface, x, y), !=, background);
                    g_hash_table_add (colours, GUINT_TO_POINTER (chart_test_pixel_at (surface, x, y)));
                  }
              g_assert_cmpuint (g_hash_table_size (colours), >, 1);
            }
        }
      g_assert_cmpuint (n_hatched, >, 0);
      g_assert_cmpuint (n_filled, >, 0);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static void
test_hit_test_and_keys (void)
{
  g_autoptr(AtlasSalaryChart) chart = bundled_chart (ATLAS_SALARY_BY_LEVEL);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);
  AtlasChartLayout *layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  int first = atlas_chart_layout_step (layout, -1, 1);
  int second = atlas_chart_layout_step (layout, first, 1);
  AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, first);
  AtlasSalaryFigure *figure = atlas_salary_chart_get_mark_figure (chart, layout, first);

  g_assert_cmpint (first, >=, 0);
  g_assert_cmpint (second, >, first);
  g_assert_cmpint (atlas_chart_layout_step (layout, second, -1), ==, first);
  g_assert_cmpint (atlas_chart_layout_hit_test (layout, mark->x + mark->width / 2, mark->y + mark->height / 2), ==, first);
  g_assert_cmpint (atlas_chart_layout_hit_test (layout, 1, 1), ==, -1);
  g_assert_nonnull (figure);
  g_assert_cmpint (atlas_salary_figure_get_low (figure), ==, 120000);
  g_assert_nonnull (strstr (mark->tooltip, "Range: $120,000–$145,000 a year"));
  g_assert_nonnull (strstr (mark->tooltip, "Source: ML Infrastructure Engineer vs MLOps Engineer"));
}

static void
test_per_month (void)
{
  g_autoptr(AtlasSalaryChart) chart = bundled_chart (ATLAS_SALARY_BY_LEVEL);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);
  AtlasChartLayout *layout;
  AtlasChartMark *mark;

  atlas_salary_chart_set_per_month (chart, TRUE);
  layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  mark = atlas_chart_layout_get_mark (layout, atlas_chart_layout_step (layout, -1, 1));
  g_assert_nonnull (strstr (mark->tooltip, "($10,000–$12,083 a month, derived: yearly ÷ 12)"));
}

/* Both the document table's and the prose's Vietnam figures are drawn, each with its source. */
static void
test_conflicting_sources_kept (void)
{
  g_autoptr(AtlasSalaryChart) chart = bundled_chart (ATLAS_SALARY_BY_LEVEL);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);
  AtlasChartLayout *layout;

  atlas_salary_chart_set_country (chart, "VN");
  layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
  g_assert_true (chart_test_has_row (layout, "ML Infrastructure Engineer", "All levels", "25000", "45000"));
  g_assert_true (chart_test_has_row (layout, "ML Infrastructure Engineer", "All levels", "80000", ""));
  g_assert_true (chart_test_has_row (layout, "MLOps Engineer", "All levels", "", ""));
}

static void
test_large (void)
{
  g_autoptr(AtlasDataset) dataset = chart_test_make_large_dataset (40, 4, 7);
  const char *roles[] = { "role-0", "role-1", "role-2", "role-3", NULL };
  g_autoptr(AtlasSalaryChart) chart = atlas_salary_chart_new (dataset, roles);
  static const AtlasSalaryChartMode modes[] = { ATLAS_SALARY_BY_LEVEL, ATLAS_SALARY_BY_COUNTRY, ATLAS_SALARY_GRID };

  atlas_salary_chart_set_country (chart, "AD");
  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (800, 500);
      AtlasChartLayout *layout;

      atlas_salary_chart_set_mode (chart, modes[m]);
      layout = atlas_chart_get_layout (ATLAS_CHART (chart), &canvas);
      g_assert_cmpuint (atlas_chart_layout_get_n_marks (layout), >, 0);
      chart_test_assert_marks_in_plot (layout);
      chart_test_assert_labels_apart (layout);
      chart_test_assert_lanes_apart (layout);
    }
}

static void
test_paint (void)
{
  static const AtlasSalaryChartMode modes[] = { ATLAS_SALARY_BY_LEVEL, ATLAS_SALARY_BY_COUNTRY, ATLAS_SALARY_GRID };
  static const char * const names[] = { "salary-by-level", "salary-by-country", "salary-grid" };

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      g_autoptr(AtlasSalaryChart) chart = bundled_chart (modes[m]);
      chart_test_assert_paints (ATLAS_CHART (chart), names[m]);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/charts/salary/layout-bounds", test_layout_bounds);
  g_test_add_func ("/atlas/charts/salary/by-level-us", test_by_level_us);
  g_test_add_func ("/atlas/charts/salary/bar-labels-name-their-source", test_bar_labels_name_their_source);
  g_test_add_func ("/atlas/charts/salary/grid-legend-still", test_grid_legend_still);
  g_test_add_func ("/atlas/charts/salary/too-few-records", test_too_few_records);
  g_test_add_func ("/atlas/charts/salary/by-country-order", test_by_country_order);
  g_test_add_func ("/atlas/charts/salary/no-data", test_no_data);
  g_test_add_func ("/atlas/charts/salary/few-lanes", test_few_lanes);
  g_test_add_func ("/atlas/charts/salary/role-without-figures", test_role_without_figures);
  g_test_add_func ("/atlas/charts/salary/grid-no-data-cells", test_grid_no_data_cells);
  g_test_add_func ("/atlas/charts/salary/grid-cells-painted", test_grid_cells_painted);
  g_test_add_func ("/atlas/charts/salary/hit-test-and-keys", test_hit_test_and_keys);
  g_test_add_func ("/atlas/charts/salary/per-month", test_per_month);
  g_test_add_func ("/atlas/charts/salary/conflicting-sources", test_conflicting_sources_kept);
  g_test_add_func ("/atlas/charts/salary/large", test_large);
  g_test_add_func ("/atlas/charts/salary/paint", test_paint);

  return g_test_run ();
}
