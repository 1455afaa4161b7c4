/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-dataset.h"

G_BEGIN_DECLS

/* Every career path and transition of a dataset merged into one directed graph of titles:
 * a title that appears in several paths is one node; ladder steps and transitions are
 * edges, each with the sources that give it and, for transitions, the time they give. */

#define ATLAS_TYPE_CAREER_GRAPH (atlas_career_graph_get_type ())

G_DECLARE_FINAL_TYPE (AtlasCareerGraph, atlas_career_graph, ATLAS, CAREER_GRAPH, GObject)

AtlasCareerGraph   *atlas_career_graph_new              (AtlasDataset     *dataset);

guint               atlas_career_graph_get_n_nodes      (AtlasCareerGraph *self);
const char         *atlas_career_graph_get_node_title   (AtlasCareerGraph *self,
                                                         guint             node);
/* The role a title belongs to, or NULL. */
const char         *atlas_career_graph_get_node_role    (AtlasCareerGraph *self,
                                                         guint             node);
const char * const *atlas_career_graph_get_node_sources (AtlasCareerGraph *self,
                                                         guint             node);
/* The node of a title, or -1. */
int                 atlas_career_graph_find_node        (AtlasCareerGraph *self,
                                                         const char       *title);

guint               atlas_career_graph_get_n_edges      (AtlasCareerGraph *self);
guint               atlas_career_graph_get_edge_from    (AtlasCareerGraph *self,
                                                         guint             edge);
guint               atlas_career_graph_get_edge_to      (AtlasCareerGraph *self,
                                                         guint             edge);
/* TRUE for a move between roles, FALSE for a step up a ladder. */
gboolean            atlas_career_graph_is_transition    (AtlasCareerGraph *self,
                                                         guint             edge);
/* The narrowest time range any source gives for the edge, in months; 0 when none does. */
void                atlas_career_graph_get_edge_months  (AtlasCareerGraph *self,
                                                         guint             edge,
                                                         int              *min_months,
                                                         int              *max_months);
const char * const *atlas_career_graph_get_edge_sources (AtlasCareerGraph *self,
                                                         guint             edge);

/* The shortest routes (fewest moves) from one node to another, at most @max_routes, each
 * a new GArray of edge indices; an empty array when there is none. */
GPtrArray          *atlas_career_graph_find_routes      (AtlasCareerGraph *self,
                                                         guint             from,
                                                         guint             to,
                                                         guint             max_routes);
/* The total of the time ranges along a route, and how many of its moves have no time. */
void                atlas_career_graph_route_months     (AtlasCareerGraph *self,
                                                         GArray           *route,
                                                         int              *min_months,
                                                         int              *max_months,
                                                         guint            *n_untimed);
/* Marks every node on a path through @node, upstream and downstream: a new array of
 * gboolean, one per node. */
GArray             *atlas_career_graph_nodes_through    (AtlasCareerGraph *self,
                                                         guint             node);

G_END_DECLS
