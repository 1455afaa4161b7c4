/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  ATLAS_CHART_PALETTE_LIGHT,
  ATLAS_CHART_PALETTE_DARK,
  ATLAS_CHART_PALETTE_HIGH_CONTRAST,
  /* White paper, dark ink: exports and printing, whatever the screen shows. */
  ATLAS_CHART_PALETTE_PRINT,
} AtlasChartPalette;

/* What a colour is for; the palette decides the colour. */
typedef enum
{
  ATLAS_CHART_COLOR_BACKGROUND,
  ATLAS_CHART_COLOR_FOREGROUND,
  ATLAS_CHART_COLOR_MUTED,
  ATLAS_CHART_COLOR_GRID,
  ATLAS_CHART_COLOR_HIGHLIGHT,
  ATLAS_CHART_COLOR_SERIES,   /* with a series index */
  ATLAS_CHART_COLOR_HEAT,     /* with an intensity from 0 to 1 */
  ATLAS_CHART_COLOR_NO_DATA,
} AtlasChartColor;

#define ATLAS_CHART_MAX_SERIES 4

/* Where and how a chart is drawn: the canvas size in logical units, the device scale,
 * the palette, how much to enlarge type (presenter mode), the text direction, and
 * whether it is still: exported or printed, with nothing to hover or click. */
typedef struct
{
  double width;
  double height;
  double scale;
  AtlasChartPalette palette;
  double font_scale;
  gboolean right_to_left;
  gboolean still;
} AtlasChartCanvas;

#define ATLAS_CHART_CANVAS_INIT(w, h) { (w), (h), 1.0, ATLAS_CHART_PALETTE_LIGHT, 1.0, FALSE, FALSE }

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} AtlasChartRgba;

AtlasChartRgba atlas_chart_palette_color   (AtlasChartPalette palette,
                                            AtlasChartColor   role,
                                            double            index_or_intensity);
/* A fill pattern for series @index, so that series differ without colour too (greyscale
 * print, colour blindness): solid, diagonal hatching, dots, cross-hatching. @alpha is baked
 * into the tile, so translucent fills stay on cairo's fast paths. */
cairo_pattern_t *atlas_chart_series_pattern (AtlasChartPalette palette,
                                             guint             series,
                                             double            alpha);
void            atlas_chart_set_source     (cairo_t          *cr,
                                            AtlasChartPalette palette,
                                            AtlasChartColor   role,
                                            double            index_or_intensity);

G_END_DECLS
