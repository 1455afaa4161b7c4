/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-career-graph.h"
#include "atlas-chart.h"
#include "atlas-dataset.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PATH_CHART (atlas_path_chart_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPathChart, atlas_path_chart, ATLAS, PATH_CHART, AtlasChart)

AtlasPathChart   *atlas_path_chart_new              (AtlasDataset       *dataset,
                                                     const char * const *role_ids);
void              atlas_path_chart_set_dataset      (AtlasPathChart     *self,
                                                     AtlasDataset       *dataset,
                                                     const char * const *role_ids);
AtlasCareerGraph *atlas_path_chart_get_graph        (AtlasPathChart     *self);
/* Highlights every path through the node with this title; NULL for none. */
void              atlas_path_chart_set_selected     (AtlasPathChart     *self,
                                                     const char         *title);
const char       *atlas_path_chart_get_selected     (AtlasPathChart     *self);
/* Highlights a route (edge indices of the graph); NULL for none. */
void              atlas_path_chart_set_route        (AtlasPathChart     *self,
                                                     GArray             *route);
/* Edge crossings of the last layout, and of the same layers in input order. */
guint             atlas_path_chart_get_crossings    (AtlasPathChart     *self);
guint             atlas_path_chart_get_input_crossings (AtlasPathChart  *self);
/* The layer of each node in the last layout, and whether an edge was drawn as a back edge. */
int               atlas_path_chart_get_node_layer   (AtlasPathChart     *self,
                                                     guint               node);
gboolean          atlas_path_chart_is_back_edge     (AtlasPathChart     *self,
                                                     guint               edge);
/* The size the diagram needs to be read at @font_scale. */
void              atlas_path_chart_get_natural_size (AtlasPathChart     *self,
                                                     double              font_scale,
                                                     double             *width,
                                                     double             *height);

G_END_DECLS
