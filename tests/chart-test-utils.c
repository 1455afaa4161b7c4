/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#define _GNU_SOURCE 1

#include <stdio.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "chart-test-utils.h"

#define SLACK 0.51

static gboolean
boxes_overlap (double ax, double ay, double aw, double ah,
               double bx, double by, double bw, double bh)
{
  return ax + aw > bx + SLACK && bx + bw > ax + SLACK && ay + ah > by + SLACK && by + bh > ay + SLACK;
}

void
chart_test_assert_marks_in_plot (AtlasChartLayout *layout)
{
  double px, py, pw, ph;

  atlas_chart_layout_get_plot_area (layout, &px, &py, &pw, &ph);
  for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
    {
      AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, i);
      double cx = mark->x + mark->width / 2, cy = mark->y + mark->height / 2;

      if (mark->kind == ATLAS_MARK_SWATCH)
        continue;
      if (mark->kind == ATLAS_MARK_POINT)
        {
          g_assert_cmpfloat (cx, >=, px - SLACK);
          g_assert_cmpfloat (cx, <=, px + pw + SLACK);
          g_assert_cmpfloat (cy, >=, py - SLACK);
          g_assert_cmpfloat (cy, <=, py + ph + SLACK);
          continue;
        }
      g_assert_cmpfloat (mark->x, >=, px - SLACK);
      g_assert_cmpfloat (mark->x + mark->width, <=, px + pw + SLACK);
      g_assert_cmpfloat (mark->y, >=, py - SLACK);
      g_assert_cmpfloat (mark->y + mark->height, <=, py + ph + SLACK);
    }
}

void
chart_test_assert_texts_in_canvas (AtlasChartLayout *layout)
{
  double width = atlas_chart_layout_get_width (layout), height = atlas_chart_layout_get_height (layout);

  for (guint i = 0; i < atlas_chart_layout_get_n_texts (layout); i++)
    {
      AtlasChartText *text = atlas_chart_layout_get_text (layout, i);

      g_assert_cmpfloat (text->x, >=, -SLACK);
      g_assert_cmpfloat (text->y, >=, -SLACK);
      g_assert_cmpfloat (text->x + text->width, <=, width + SLACK);
      g_assert_cmpfloat (text->y + text->height, <=, height + SLACK);
    }
}

void
chart_test_assert_labels_apart (AtlasChartLayout *layout)
{
  guint n = atlas_chart_layout_get_n_texts (layout);

  for (guint i = 0; i < n; i++)
    {
      AtlasChartText *a = atlas_chart_layout_get_text (layout, i);

      if (a->style == ATLAS_TEXT_TITLE || a->style == ATLAS_TEXT_SUBTITLE)
        continue;
      for (guint j = i + 1; j < n; j++)
        {
          AtlasChartText *b = atlas_chart_layout_get_text (layout, j);

          if (b->style == ATLAS_TEXT_TITLE || b->style == ATLAS_TEXT_SUBTITLE)
            continue;
          if (boxes_overlap (a->x, a->y, a->width, a->height, b->x, b->y, b->width, b->height))
            g_error ("labels overlap: “%s” (%g,%g %gx%g) and “%s” (%g,%g %gx%g)",
                     a->text, a->x, a->y, a->width, a->height, b->text, b->x, b->y, b->width, b->height);
        }
    }
}

void
chart_test_assert_lanes_apart (AtlasChartLayout *layout)
{
  guint n = atlas_chart_layout_get_n_marks (layout);

  for (guint i = 0; i < n; i++)
    {
      AtlasChartMark *a = atlas_chart_layout_get_mark (layout, i);

      /* Legend keys, and points that only decorate another mark (the median on a bar of
       * quartiles), are not lanes. */
      if (a->kind == ATLAS_MARK_SWATCH || (a->kind == ATLAS_MARK_POINT && !a->interactive))
        continue;
      for (guint j = i + 1; j < n; j++)
        {
          AtlasChartMark *b = atlas_chart_layout_get_mark (layout, j);

          if (b->kind == ATLAS_MARK_SWATCH || (b->kind == ATLAS_MARK_POINT && !b->interactive))
            continue;
          if (boxes_overlap (a->x, a->y, a->width, a->height, b->x, b->y, b->width, b->height))
            g_error ("marks %u and %u overlap", i, j);
        }
    }
}

gboolean
chart_test_has_row (AtlasChartLayout *layout,
                    const char       *role,
                    const char       *level,
                    const char       *low,
                    const char       *high)
{
  for (guint i = 0; i < atlas_chart_layout_get_n_rows (layout); i++)
    {
      const char * const *row = atlas_chart_layout_get_row (layout, i);

      if (g_str_equal (row[0], role) && g_str_equal (row[2], level) && g_str_equal (row[4], low) &&
          g_str_equal (row[5], high))
        return TRUE;
    }
  return FALSE;
}

gboolean
chart_test_has_text (AtlasChartLayout *layout,
                     const char       *wanted)
{
  for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
    if (g_strcmp0 (atlas_chart_layout_get_text (layout, t)->text, wanted) == 0)
      return TRUE;
  return FALSE;
}

guint32
chart_test_pixel_at (cairo_surface_t *surface,
                     int              x,
                     int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);

  return ((const guint32 *) (data + y * cairo_image_surface_get_stride (surface)))[x] & 0xffffff;
}

GPtrArray *
chart_test_heading_texts (AtlasChartLayout *layout)
{
  GPtrArray *headings = g_ptr_array_new ();

  for (guint i = 0; i < atlas_chart_layout_get_n_texts (layout); i++)
    {
      AtlasChartText *text = atlas_chart_layout_get_text (layout, i);

      if (text->style == ATLAS_TEXT_HEADING)
        g_ptr_array_add (headings, text->text);
    }
  return headings;
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Share of pixels that differ from the corner (the background). */
static double
ink_ratio (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 background = *(const guint32 *) data;
  guint64 inked = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      inked += *(const guint32 *) (data + y * stride + x * 4) != background;
  return (double) inked / ((double) width * height);
}

static void
assert_image_paints (AtlasChart       *chart,
                     double            width,
                     double            height,
                     AtlasChartPalette palette,
                     const char       *name)
{
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (width, height);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cairo_t *cr = cairo_create (surface);
  const char *dump_dir = g_getenv ("ATLAS_TEST_DUMP_DIR");

  canvas.palette = palette;
  atlas_chart_paint (chart, cr, &canvas, -1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  g_assert_cmpfloat (ink_ratio (surface), >, 0.0005);
  if (dump_dir != NULL && name != NULL)
    {
      g_autofree char *file = g_strdup_printf ("%s/%s-%dx%d-%d.png", dump_dir, name, (int) width, (int) height, palette);
      cairo_surface_write_to_png (surface, file);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
assert_vector_paints (AtlasChart *chart,
                      gboolean    pdf)
{
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (800, 500);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;

  canvas.palette = ATLAS_CHART_PALETTE_PRINT;
  surface = pdf ? cairo_pdf_surface_create_for_stream (append_to_bytes, bytes, 800, 500)
                : cairo_svg_surface_create_for_stream (append_to_bytes, bytes, 800, 500);
  cr = cairo_create (surface);
  atlas_chart_paint (chart, cr, &canvas, -1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_cmpuint (bytes->len, >, 2000);
  if (pdf)
    g_assert_true (memcmp (bytes->data, "%PDF", 4) == 0);
  else
    g_assert_nonnull (g_strstr_len ((const char *) bytes->data, MIN (bytes->len, 200), "<svg"));
}

void
chart_test_assert_paints (AtlasChart *chart,
                          const char *name)
{
  assert_image_paints (chart, 800, 500, ATLAS_CHART_PALETTE_LIGHT, name);
  assert_image_paints (chart, 800, 500, ATLAS_CHART_PALETTE_DARK, name);
  assert_image_paints (chart, 800, 500, ATLAS_CHART_PALETTE_HIGH_CONTRAST, NULL);
  assert_image_paints (chart, 3840, 2160, ATLAS_CHART_PALETTE_PRINT, NULL);
  assert_vector_paints (chart, FALSE);
  assert_vector_paints (chart, TRUE);
}

/* A valid dataset with a range figure for every role × country × level. */
AtlasDataset *
chart_test_make_large_dataset (guint n_countries,
                               guint n_roles,
                               guint n_levels)
{
  static const char * const countries[] = {
    "AD", "AE", "AR", "AT", "AU", "BE", "BG", "BR", "CA", "CH", "CL", "CN", "CO", "CZ", "DE",
    "DK", "EE", "EG", "ES", "FI", "FR", "GB", "GR", "HK", "HR", "HU", "ID", "IE", "IL", "IN",
    "IT", "JP", "KE", "KR", "LT", "MX", "MY", "NG", "NL", "NO", "NZ", "PH", "PL", "PT", "SG",
  };
  static const char * const levels[] = { "entry", "mid", "senior", "staff", "lead", "executive", "all" };
  g_autoptr(GString) json = g_string_new ("{\"format\":\"role-atlas-dataset\",\"version\":1,"
                                          "\"sources\":[{\"id\":\"s\",\"title\":\"Synthetic\",\"kind\":\"dataset\"}],"
                                          "\"roles\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset;
  gboolean first = TRUE;

  g_assert_cmpuint (n_countries, <=, G_N_ELEMENTS (countries));
  g_assert_cmpuint (n_levels, <=, G_N_ELEMENTS (levels));
  for (guint r = 0; r < n_roles; r++)
    g_string_append_printf (json, "%s{\"id\":\"role-%u\",\"name\":\"Role %u\",\"family\":\"f\"}",
                            r > 0 ? "," : "", r, r);
  g_string_append (json, "],\"salaries\":[");
  for (guint c = 0; c < n_countries; c++)
    for (guint l = 0; l < n_levels; l++)
      for (guint r = 0; r < n_roles; r++)
        {
          guint low = 20000 + c * 5000 + l * 10000 + r * 1000;
          g_string_append_printf (json, "%s{\"role\":\"role-%u\",\"country\":\"%s\",\"level\":\"%s\","
                                  "\"statistic\":\"range\",\"low\":%u,\"high\":%u,\"currency\":\"USD\","
                                  "\"source\":\"s\"}", first ? "" : ",", r, countries[c], levels[l], low, low + 30000);
          first = FALSE;
        }
  g_string_append (json, "]}");

  bytes = g_bytes_new (json->str, json->len);
  dataset = atlas_dataset_new_from_bytes (bytes, "large.json", &error);
  g_assert_no_error (error);
  return dataset;
}

AtlasDataset *
chart_test_make_skill_dataset (guint n_roles,
                               guint n_skills)
{
  static const char * const levels[] = { "basic", "intermediate", "proficient", "expert", "basic-intermediate" };
  g_autoptr(GString) json = g_string_new ("{\"format\":\"role-atlas-dataset\",\"version\":1,"
                                          "\"sources\":[{\"id\":\"s\",\"title\":\"Synthetic\",\"kind\":\"dataset\"}],"
                                          "\"skills\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset;
  gboolean first = TRUE;

  for (guint k = 0; k < n_skills; k++)
    g_string_append_printf (json, "%s{\"id\":\"skill-%u\",\"name\":\"Skill number %u\",\"category\":\"category-%u\"}",
                            k > 0 ? "," : "", k, k, k % 10);
  g_string_append (json, "],\"roles\":[");
  for (guint r = 0; r < n_roles; r++)
    g_string_append_printf (json, "%s{\"id\":\"role-%u\",\"name\":\"Role %u\",\"family\":\"f\"}", r > 0 ? "," : "", r, r);
  g_string_append (json, "],\"role-skills\":[");
  for (guint r = 0; r < n_roles; r++)
    for (guint k = 0; k < n_skills; k++)
      {
        /* Overlapping but different subsets, so every region of the diagram is filled. */
        if ((k + r) % (r + 2) == 0)
          continue;
        g_string_append_printf (json, "%s{\"role\":\"role-%u\",\"skill\":\"skill-%u\",\"level\":\"%s\",\"source\":\"s\"%s}",
                                first ? "" : ",", r, k, levels[(k + r) % G_N_ELEMENTS (levels)],
                                k < 8 ? (k == 0 ? ",\"rank\":1" : k == 1 ? ",\"rank\":2" : "") : "");
        first = FALSE;
      }
  g_string_append (json, "]}");

  bytes = g_bytes_new (json->str, json->len);
  dataset = atlas_dataset_new_from_bytes (bytes, "skills.json", &error);
  g_assert_no_error (error);
  return dataset;
}

char *
chart_test_pdf_page_orientations (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  GString *orientations = g_string_new (NULL);
  const char *end;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  end = contents + length;
  /* The PDF holds binary streams: memmem, which does not stop at NUL bytes. */
  for (const char *p = contents; (p = memmem (p, end - p, "/MediaBox [", 11)) != NULL; p++)
    {
      double x0, y0, x1, y1;

      g_assert_cmpint (sscanf (p + 11, "%lf %lf %lf %lf", &x0, &y0, &x1, &y1), ==, 4);
      g_string_append (orientations, orientations->len > 0 ? " " : "");
      g_string_append (orientations, x1 - x0 > y1 - y0 ? "landscape" : "portrait");
    }
  return g_string_free (orientations, FALSE);
}
