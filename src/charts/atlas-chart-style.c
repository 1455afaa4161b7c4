/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-charts"

#include "config.h"

#include <math.h>

#include "atlas-chart-style.h"

/* Series colours from the Okabe–Ito palette, chosen to stay apart for the common forms of
 * colour blindness; each series also has its own fill pattern, so a greyscale print keeps
 * them apart as well. */
static const AtlasChartRgba series_light[ATLAS_CHART_MAX_SERIES] = {
  { 0.000, 0.447, 0.698, 1 }, /* blue #0072B2 */
  { 0.902, 0.624, 0.000, 1 }, /* orange #E69F00 */
  { 0.000, 0.620, 0.451, 1 }, /* bluish green #009E73 */
  { 0.800, 0.475, 0.655, 1 }, /* reddish purple #CC79A7 */
};

/* Lighter tints of the same hues, for dark backgrounds. */
static const AtlasChartRgba series_dark[ATLAS_CHART_MAX_SERIES] = {
  { 0.337, 0.706, 0.914, 1 }, /* sky blue #56B4E9 */
  { 0.941, 0.753, 0.310, 1 },
  { 0.310, 0.800, 0.643, 1 },
  { 0.878, 0.631, 0.776, 1 },
};

static AtlasChartRgba
rgba (double r,
      double g,
      double b,
      double a)
{
  AtlasChartRgba color = { r, g, b, a };
  return color;
}

static gboolean
is_dark (AtlasChartPalette palette)
{
  return palette == ATLAS_CHART_PALETTE_DARK;
}

AtlasChartRgba
atlas_chart_palette_color (AtlasChartPalette palette,
                           AtlasChartColor   role,
                           double            index_or_intensity)
{
  gboolean dark = is_dark (palette);
  gboolean contrast = palette == ATLAS_CHART_PALETTE_HIGH_CONTRAST;

  switch (role)
    {
    case ATLAS_CHART_COLOR_BACKGROUND:
      if (dark)
        return rgba (0.141, 0.141, 0.141, 1);
      return palette == ATLAS_CHART_PALETTE_LIGHT ? rgba (0.98, 0.98, 0.98, 1) : rgba (1, 1, 1, 1);

    case ATLAS_CHART_COLOR_FOREGROUND:
      return dark ? rgba (1, 1, 1, 1) : (contrast ? rgba (0, 0, 0, 1) : rgba (0.12, 0.12, 0.12, 1));

    case ATLAS_CHART_COLOR_MUTED:
      if (contrast)
        return rgba (0, 0, 0, 1);
      return dark ? rgba (0.75, 0.75, 0.75, 1) : rgba (0.36, 0.36, 0.36, 1);

    case ATLAS_CHART_COLOR_GRID:
      if (contrast)
        return rgba (0.25, 0.25, 0.25, 1);
      return dark ? rgba (1, 1, 1, 0.15) : rgba (0, 0, 0, 0.12);

    case ATLAS_CHART_COLOR_HIGHLIGHT:
      return dark ? rgba (1, 1, 1, 1) : rgba (0, 0, 0, 1);

    case ATLAS_CHART_COLOR_SERIES:
      {
        guint index = (guint) index_or_intensity % ATLAS_CHART_MAX_SERIES;
        return dark ? series_dark[index] : series_light[index];
      }

    case ATLAS_CHART_COLOR_HEAT:
      {
        /* Light to deep blue; lightness carries the value, so greyscale keeps the order. */
        double t = CLAMP (index_or_intensity, 0, 1);
        if (dark)
          return rgba (0.10 + 0.25 * t, 0.20 + 0.50 * t, 0.35 + 0.55 * t, 1);
        return rgba (0.87 - 0.84 * t, 0.92 - 0.62 * t, 0.97 - 0.47 * t, 1);
      }

    case ATLAS_CHART_COLOR_NO_DATA:
      return dark ? rgba (1, 1, 1, 0.06) : rgba (0, 0, 0, 0.05);

    default:
      g_return_val_if_reached (rgba (1, 0, 1, 1));
    }
}

void
atlas_chart_set_source (cairo_t          *cr,
                        AtlasChartPalette palette,
                        AtlasChartColor   role,
                        double            index_or_intensity)
{
  AtlasChartRgba color = atlas_chart_palette_color (palette, role, index_or_intensity);

  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
}

/* Draws the 8×8 tile of a series pattern: the colour as a fill, with marks in a darker
 * or lighter shade of it on top. */
cairo_pattern_t *
atlas_chart_series_pattern (AtlasChartPalette palette,
                            guint             series,
                            double            alpha)
{
  AtlasChartRgba color = atlas_chart_palette_color (palette, ATLAS_CHART_COLOR_SERIES, series);
  double mark = is_dark (palette) ? 1.0 : 0.0;
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  cairo_t *cr;

  series %= ATLAS_CHART_MAX_SERIES;
  if (series == 0)
    return cairo_pattern_create_rgba (color.red, color.green, color.blue, color.alpha * alpha);

  tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 8, 8);
  cr = cairo_create (tile);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * alpha);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  cairo_set_source_rgba (cr, mark, mark, mark, 0.55 * alpha);
  cairo_set_line_width (cr, 1.5);

  switch (series)
    {
    case 1: /* diagonal hatching */
      cairo_move_to (cr, -1, 9);
      cairo_line_to (cr, 9, -1);
      cairo_move_to (cr, -1, 1);
      cairo_line_to (cr, 1, -1);
      cairo_move_to (cr, 7, 9);
      cairo_line_to (cr, 9, 7);
      cairo_stroke (cr);
      break;

    case 2: /* dots */
      cairo_arc (cr, 4, 4, 1.6, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    default: /* cross-hatching */
      cairo_move_to (cr, 0, 4);
      cairo_line_to (cr, 8, 4);
      cairo_move_to (cr, 4, 0);
      cairo_line_to (cr, 4, 8);
      cairo_stroke (cr);
      break;
    }

  cairo_destroy (cr);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return pattern;
}
