/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-chart.h"
#include "atlas-dataset.h"

G_BEGIN_DECLS

/* Checks shared by the chart tests: geometry of layouts, and painting on every surface. */
void          chart_test_assert_marks_in_plot   (AtlasChartLayout *layout);
void          chart_test_assert_texts_in_canvas (AtlasChartLayout *layout);
void          chart_test_assert_labels_apart    (AtlasChartLayout *layout);
void          chart_test_assert_lanes_apart     (AtlasChartLayout *layout);
gboolean      chart_test_has_row                (AtlasChartLayout *layout,
                                                 const char       *role,
                                                 const char       *level,
                                                 const char       *low,
                                                 const char       *high);
GPtrArray    *chart_test_heading_texts          (AtlasChartLayout *layout);
gboolean      chart_test_has_text               (AtlasChartLayout *layout,
                                                 const char       *wanted);
/* The RGB of a pixel of an image surface (ARGB32 or RGB24), as 0xRRGGBB. */
guint32       chart_test_pixel_at               (cairo_surface_t  *surface,
                                                 int               x,
                                                 int               y);
/* Renders at 800×500 and 3840×2160 to image surfaces, and to SVG and PDF; each must succeed
 * and not be blank. With ATLAS_TEST_DUMP_DIR set, writes NAME.png there to look at. */
void          chart_test_assert_paints          (AtlasChart       *chart,
                                                 const char       *name);
AtlasDataset *chart_test_make_large_dataset     (guint             n_countries,
                                                 guint             n_roles,
                                                 guint             n_levels);

/* Roles role-0… holding overlapping subsets of skills skill-0… with varied levels. */
AtlasDataset *chart_test_make_skill_dataset     (guint             n_roles,
                                                 guint             n_skills);

/* Each page of the PDF at @path by its /MediaBox, in page order: "portrait" or "landscape",
 * separated by spaces. */
char         *chart_test_pdf_page_orientations  (const char       *path);

G_END_DECLS
