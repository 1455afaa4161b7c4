/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "atlas-chart.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_CHART_VIEW (atlas_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (AtlasChartView, atlas_chart_view, ATLAS, CHART_VIEW, GtkWidget)

GtkWidget        *atlas_chart_view_new            (void);
void              atlas_chart_view_set_chart      (AtlasChartView *self,
                                                   AtlasChart     *chart);
AtlasChart       *atlas_chart_view_get_chart      (AtlasChartView *self);
void              atlas_chart_view_set_font_scale (AtlasChartView *self,
                                                   double          font_scale);
/* Draws with the high-contrast palette whatever the desktop style (presenter mode, on
 * request); FALSE follows the desktop again. */
void              atlas_chart_view_set_force_high_contrast (AtlasChartView *self,
                                                            gboolean        force);
/* The layout on screen, or NULL before the first allocation. */
AtlasChartLayout *atlas_chart_view_get_layout     (AtlasChartView *self);
void              atlas_chart_view_prepare        (AtlasChartView *self,
                                                   int             width,
                                                   int             height);
/* The mark that has keyboard focus, or -1; moving it is what arrow keys do. */
int               atlas_chart_view_get_focus_mark (AtlasChartView *self);
void              atlas_chart_view_set_focus_mark (AtlasChartView *self,
                                                   int             mark);
/* The canvas the view paints with: its size, palette and font scale; never `still`, as
 * a chart on screen can be hovered and clicked. */
void              atlas_chart_view_get_canvas     (AtlasChartView   *self,
                                                   AtlasChartCanvas *canvas);

G_END_DECLS
