/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-chart-layout.h"

G_BEGIN_DECLS

/* The parts every chart has around its plot: title and subtitle on top, a legend under
 * them, the sources at the bottom. Each function places its part and returns where the
 * space left for the plot starts (or, for the footer, ends). */

typedef struct
{
  const char *label;
  int series;              /* >= 0: a series swatch; -1: a statistic shape */
  AtlasPointShape shape;
  gboolean dashed_outline; /* total compensation */
} AtlasLegendEntry;

#define ATLAS_CHART_PADDING 16.0

double atlas_chart_frame_add_header (AtlasChartLayout       *layout,
                                     PangoContext           *context,
                                     const AtlasChartCanvas *canvas,
                                     const char             *title,
                                     const char             *subtitle);
double atlas_chart_frame_add_legend (AtlasChartLayout       *layout,
                                     PangoContext           *context,
                                     const AtlasChartCanvas *canvas,
                                     const AtlasLegendEntry *entries,
                                     guint                   n_entries,
                                     double                  top);
double atlas_chart_frame_add_footer (AtlasChartLayout       *layout,
                                     PangoContext           *context,
                                     const AtlasChartCanvas *canvas,
                                     const char             *footer);
/* A centred message where the plot would be, for charts with nothing to show. */
void   atlas_chart_frame_add_message (AtlasChartLayout      *layout,
                                      PangoContext          *context,
                                      const AtlasChartCanvas *canvas,
                                      const char            *message,
                                      double                 top,
                                      double                 bottom);

G_END_DECLS
