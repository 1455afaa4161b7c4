/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-chart.h"
#include "atlas-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  ATLAS_EXPORT_PNG,
  ATLAS_EXPORT_SVG,
  ATLAS_EXPORT_PDF,
} AtlasExportFormat;

typedef enum
{
  ATLAS_PAPER_A4,
  ATLAS_PAPER_LETTER,
} AtlasPaper;

/* The format a file name asks for by its extension (.png, .svg, .pdf). */
gboolean  atlas_export_format_for_path (const char        *path,
                                        AtlasExportFormat *format);
/* Paints @chart with the print palette (white paper, dark ink) at @width × @height logical
 * units; PNG pixels are @scale times that. */
GBytes   *atlas_chart_render           (AtlasChart        *chart,
                                        AtlasExportFormat  format,
                                        double             width,
                                        double             height,
                                        double             scale,
                                        GError           **error);
/* The same, with an optional title and subtitle above the chart (for a client deck). */
GBytes   *atlas_chart_render_titled    (AtlasChart        *chart,
                                        AtlasExportFormat  format,
                                        double             width,
                                        double             height,
                                        double             scale,
                                        const char        *title,
                                        const char        *subtitle,
                                        GError           **error);
/* Paints @chart with the print palette into a @width × @height area of @cr (printing). */
void      atlas_chart_paint_for_print  (AtlasChart        *chart,
                                        cairo_t           *cr,
                                        double             width,
                                        double             height);
/* A multi-page PDF: a cover, the comparison, the salary, skill and career charts, then
 * every source. In a portrait report the career diagram's page is turned sideways. */
GBytes   *atlas_report_render          (AtlasDataset       *dataset,
                                        const char * const *role_ids,
                                        AtlasPaper          paper,
                                        gboolean            landscape,
                                        GError            **error);
/* The report's pages, for printing: each painted on any cairo context. */
typedef struct _AtlasReport AtlasReport;

AtlasReport *atlas_report_new         (AtlasDataset       *dataset,
                                       const char * const *role_ids);
void         atlas_report_free        (AtlasReport        *self);
guint        atlas_report_get_n_pages (AtlasReport        *self);
void         atlas_report_paint_page  (AtlasReport        *self,
                                       guint               page,
                                       cairo_t            *cr,
                                       double              width,
                                       double              height);
/* Whether @page is better printed on a page turned sideways (the career diagram, which
 * runs left to right); a portrait report turns that page alone. */
gboolean     atlas_report_page_is_wide (AtlasReport       *self,
                                        guint              page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasReport, atlas_report_free)

/* Writes @bytes to a temporary file beside @path and renames it over @path, so a failed
 * write never leaves a truncated file nor clobbers what was there. */
gboolean  atlas_export_write_file      (const char        *path,
                                        GBytes            *bytes,
                                        GError           **error);

G_END_DECLS
