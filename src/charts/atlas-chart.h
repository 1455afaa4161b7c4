/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "atlas-chart-layout.h"
#include "atlas-chart-style.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_CHART (atlas_chart_get_type ())

G_DECLARE_DERIVABLE_TYPE (AtlasChart, atlas_chart, ATLAS, CHART, GObject)

/* A chart: one piece of code that lays out and paints on any cairo surface (screen, PNG,
 * SVG, PDF, paper). Subclasses only build the layout; painting, hit testing, caching and
 * the table twin are shared. */
struct _AtlasChartClass
{
  GObjectClass parent_class;

  AtlasChartLayout *(*build_layout) (AtlasChart             *self,
                                     const AtlasChartCanvas *canvas,
                                     PangoContext           *context);
  /* The height the chart needs at the canvas width to stay readable, or 0 for any. */
  double            (*get_natural_height) (AtlasChart             *self,
                                           const AtlasChartCanvas *canvas);
};

/* The layout for @canvas, built once and kept until the chart changes or the canvas size,
 * font scale or direction does. */
AtlasChartLayout *atlas_chart_get_layout (AtlasChart             *self,
                                          const AtlasChartCanvas *canvas);
/* Paints on @cr in logical units; @highlight is a mark index or -1. */
void              atlas_chart_paint      (AtlasChart             *self,
                                          cairo_t                *cr,
                                          const AtlasChartCanvas *canvas,
                                          int                     highlight);
/* The height the chart asks for at @canvas's width and font scale; 0 when any will do. */
double            atlas_chart_get_natural_height (AtlasChart             *self,
                                                  const AtlasChartCanvas *canvas);
/* For subclasses: a copy of @role_ids, at most ATLAS_CHART_MAX_SERIES of them (the roles
 * a palette can tell apart), or NULL for NULL. */
GStrv             atlas_chart_copy_role_ids (const char * const *role_ids);
/* For subclasses: the data or options changed; drops the layout and emits ::changed. */
void              atlas_chart_changed    (AtlasChart             *self);

/* Paints any layout; exposed for tests and for charts composed into reports. */
void              atlas_chart_paint_layout (cairo_t                *cr,
                                            AtlasChartLayout       *layout,
                                            const AtlasChartCanvas *canvas,
                                            PangoContext           *context,
                                            int                     highlight);

G_END_DECLS
