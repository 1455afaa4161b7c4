/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-career-graph.h"

typedef struct
{
  char *title;
  char *role_id;
  GPtrArray *sources;
} Node;

typedef struct
{
  guint from;
  guint to;
  gboolean transition;
  int min_months;
  int max_months;
  GPtrArray *sources;
} Edge;

struct _AtlasCareerGraph
{
  GObject parent_instance;

  GArray *nodes;
  GArray *edges;
  GHashTable *node_index; /* title -> node index + 1 */
  /* role id -> node index + 1 of the step that names the role itself (no level), where
   * transitions attach; by id, because the role's name may be translated and the step's
   * title, the source's own words, is not. */
  GHashTable *role_node;
};

G_DEFINE_FINAL_TYPE (AtlasCareerGraph, atlas_career_graph, G_TYPE_OBJECT)

static void
clear_node (gpointer data)
{
  Node *node = data;

  g_free (node->title);
  g_free (node->role_id);
  g_ptr_array_unref (node->sources);
}

static void
clear_edge (gpointer data)
{
  g_ptr_array_unref (((Edge *) data)->sources);
}

static void
atlas_career_graph_finalize (GObject *object)
{
  AtlasCareerGraph *self = (AtlasCareerGraph *) object;

  g_clear_pointer (&self->node_index, g_hash_table_unref);
  g_clear_pointer (&self->role_node, g_hash_table_unref);
  g_clear_pointer (&self->edges, g_array_unref);
  g_clear_pointer (&self->nodes, g_array_unref);

  G_OBJECT_CLASS (atlas_career_graph_parent_class)->finalize (object);
}

static void
atlas_career_graph_class_init (AtlasCareerGraphClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_career_graph_finalize;
}

static void
atlas_career_graph_init (AtlasCareerGraph *self)
{
  self->nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  g_array_set_clear_func (self->nodes, clear_node);
  self->edges = g_array_new (FALSE, TRUE, sizeof (Edge));
  g_array_set_clear_func (self->edges, clear_edge);
  self->node_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->role_node = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
add_source (GPtrArray  *sources,
            const char *source_id)
{
  if (source_id == NULL || g_strv_contains ((const char * const *) sources->pdata, source_id))
    return;
  /* Before the terminating NULL. */
  g_ptr_array_insert (sources, sources->len - 1, g_strdup (source_id));
}

static GPtrArray *
new_source_list (void)
{
  GPtrArray *sources = g_ptr_array_new_with_free_func (g_free);

  /* Kept NULL-terminated, so that it reads as a string vector. */
  g_ptr_array_add (sources, NULL);
  return sources;
}

static guint
ensure_node (AtlasCareerGraph *self,
             const char       *title,
             const char       *role_id,
             const char       *source_id)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->node_index, title));
  Node *node;

  if (index == 0)
    {
      Node new_node = { g_strdup (title), g_strdup (role_id), new_source_list () };
      g_array_append_val (self->nodes, new_node);
      index = self->nodes->len;
      node = &g_array_index (self->nodes, Node, index - 1);
      g_hash_table_insert (self->node_index, node->title, GUINT_TO_POINTER (index));
    }
  node = &g_array_index (self->nodes, Node, index - 1);
  if (node->role_id == NULL && role_id != NULL)
    node->role_id = g_strdup (role_id);
  add_source (node->sources, source_id);
  return index - 1;
}

/* One edge per ordered pair: a ladder step and a transition between the same titles
 * merge, and keep every source; the narrowest time range wins. */
static void
add_edge (AtlasCareerGraph *self,
          guint             from,
          guint             to,
          gboolean          transition,
          int               min_months,
          int               max_months,
          const char       *source_id)
{
  Edge *edge = NULL;

  if (from == to)
    return;
  for (guint i = 0; i < self->edges->len && edge == NULL; i++)
    {
      Edge *candidate = &g_array_index (self->edges, Edge, i);
      if (candidate->from == from && candidate->to == to)
        edge = candidate;
    }
  if (edge == NULL)
    {
      Edge new_edge = { from, to, transition, 0, 0, new_source_list () };
      g_array_append_val (self->edges, new_edge);
      edge = &g_array_index (self->edges, Edge, self->edges->len - 1);
    }
  edge->transition &= transition;
  if (min_months > 0 && (edge->min_months == 0 || max_months - min_months < edge->max_months - edge->min_months))
    {
      edge->min_months = min_months;
      edge->max_months = max_months;
    }
  add_source (edge->sources, source_id);
}

static void
add_paths (AtlasCareerGraph *self,
           AtlasDataset     *dataset)
{
  GListModel *paths = atlas_dataset_get_paths (dataset);

  for (guint p = 0; p < g_list_model_get_n_items (paths); p++)
    {
      g_autoptr(AtlasCareerPath) path = g_list_model_get_item (paths, p);
      GListModel *steps = atlas_career_path_get_steps (path);
      const char *source = atlas_career_path_get_source_id (path);
      g_autoptr(GArray) previous = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GArray) current = g_array_new (FALSE, FALSE, sizeof (guint));
      int position = 0;

      for (guint s = 0; s <= g_list_model_get_n_items (steps); s++)
        {
          g_autoptr(AtlasPathStep) step = s < g_list_model_get_n_items (steps) ? g_list_model_get_item (steps, s) : NULL;

          /* A new position: link every title of the last one to every title of this one. */
          if (step == NULL || atlas_path_step_get_position (step) != position)
            {
              for (guint a = 0; a < previous->len; a++)
                for (guint b = 0; b < current->len; b++)
                  add_edge (self, g_array_index (previous, guint, a), g_array_index (current, guint, b),
                            FALSE, 0, 0, source);
              g_array_set_size (previous, 0);
              g_array_append_vals (previous, current->data, current->len);
              g_array_set_size (current, 0);
              if (step == NULL)
                break;
              position = atlas_path_step_get_position (step);
            }
          {
            const char *role_id = atlas_path_step_get_role_id (step);
            guint node = ensure_node (self, atlas_path_step_get_title (step), role_id, source);

            if (role_id != NULL && atlas_path_step_get_level (step) == ATLAS_LEVEL_ALL &&
                !g_hash_table_contains (self->role_node, role_id))
              g_hash_table_insert (self->role_node, g_strdup (role_id), GUINT_TO_POINTER (node + 1));
            g_array_append_val (current, node);
          }
        }
    }
}

static guint
ensure_role_node (AtlasCareerGraph *self,
                  AtlasRole        *role,
                  const char       *source_id)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->role_node, atlas_role_get_id (role)));

  if (index > 0)
    {
      add_source (g_array_index (self->nodes, Node, index - 1).sources, source_id);
      return index - 1;
    }
  index = ensure_node (self, atlas_role_get_name (role), atlas_role_get_id (role), source_id);
  g_hash_table_insert (self->role_node, g_strdup (atlas_role_get_id (role)), GUINT_TO_POINTER (index + 1));
  return index;
}

static void
add_transitions (AtlasCareerGraph *self,
                 AtlasDataset     *dataset)
{
  GListModel *transitions = atlas_dataset_get_transitions (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (transitions); i++)
    {
      g_autoptr(AtlasTransition) transition = g_list_model_get_item (transitions, i);
      AtlasRole *from = atlas_dataset_lookup_role (dataset, atlas_transition_get_from_id (transition));
      AtlasRole *to = atlas_dataset_lookup_role (dataset, atlas_transition_get_to_id (transition));
      const char *source = atlas_transition_get_source_id (transition);
      guint a = ensure_role_node (self, from, source);
      guint b = ensure_role_node (self, to, source);

      add_edge (self, a, b, TRUE, atlas_transition_get_min_months (transition),
                atlas_transition_get_max_months (transition), source);
    }
}

AtlasCareerGraph *
atlas_career_graph_new (AtlasDataset *dataset)
{
  AtlasCareerGraph *self;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  self = g_object_new (ATLAS_TYPE_CAREER_GRAPH, NULL);
  add_paths (self, dataset);
  add_transitions (self, dataset);
  return self;
}

guint
atlas_career_graph_get_n_nodes (AtlasCareerGraph *self)
{
  g_return_val_if_fail (ATLAS_IS_CAREER_GRAPH (self), 0);

  return self->nodes->len;
}

static Node *
get_node (AtlasCareerGraph *self,
          guint             node)
{
  g_return_val_if_fail (node < self->nodes->len, NULL);

  return &g_array_index (self->nodes, Node, node);
}

static Edge *
get_edge (AtlasCareerGraph *self,
          guint             edge)
{
  g_return_val_if_fail (edge < self->edges->len, NULL);

  return &g_array_index (self->edges, Edge, edge);
}

const char *
atlas_career_graph_get_node_title (AtlasCareerGraph *self,
                                   guint             node)
{
  g_return_val_if_fail (ATLAS_IS_CAREER_GRAPH (self), NULL);

  return get_node (self, node)->title;
}

const char *
atlas_career_graph_get_node_role (AtlasCareerGraph *self,
                                  guint             node)
{
  g_return_val_if_fail (ATLAS_IS_CAREER_GRAPH (self), NULL);

  return get_node (self, node)->role_id;
}

const char * const *
atlas_career_graph_get_node_sources (AtlasCareerGraph *self,
                                     guint             node)
{
  g_return_val_if_fail (ATLAS_IS_CAREER_GRAPH (self), NULL);

  return (const char * const *) get_node (self, node)->sources->pdata;
}

int
atlas_career_graph_find_node (AtlasCareerGraph *self,
                              const char       *title)
{
  g_return_val_if_fail (ATLAS_IS_CAREER_GRAPH (self), -1);

  return title != NULL ? (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->node_index, title)) - 1 : -1;
}

guint
atlas_career_graph_get_n_edges (AtlasCareerGraph *self)
{
  g_return_val_if_fail (ATLAS_IS_CAREER_GRAPH (self), 0);

  return self->edges->len;
}

guint
atlas_career_graph_get_edge_from (AtlasCareerGraph *self,
                                  guint             edge)
{
  return get_edge (self, edge)->from;
}

guint
atlas_career_graph_get_edge_to (AtlasCareerGraph *self,
                                guint             edge)
{
  return get_edge (self, edge)->to;
}

gboolean
atlas_career_graph_is_transition (AtlasCareerGraph *self,
                                  guint             edge)
{
  return get_edge (self, edge)->transition;
}

void
atlas_career_graph_get_edge_months (AtlasCareerGraph *self,
                                    guint             edge,
                                    int              *min_months,
                                    int              *max_months)
{
  *min_months = get_edge (self, edge)->min_months;
  *max_months = get_edge (self, edge)->max_months;
}

const char * const *
atlas_career_graph_get_edge_sources (AtlasCareerGraph *self,
                                     guint             edge)
{
  return (const char * const *) get_edge (self, edge)->sources->pdata;
}

/* Breadth-first distances from @from, then every shortest route rebuilt backwards from
 * @to through the edges that lose one step of distance. */
static void
collect_routes (AtlasCareerGraph *self,
                const int        *distance,
                guint             from,
                guint             at,
                GArray           *suffix,
                GPtrArray        *routes,
                guint             max_routes)
{
  if (routes->len >= max_routes)
    return;
  if (at == from)
    {
      GArray *route = g_array_sized_new (FALSE, FALSE, sizeof (guint), suffix->len);

      for (guint i = suffix->len; i > 0; i--)
        g_array_append_val (route, g_array_index (suffix, guint, i - 1));
      g_ptr_array_add (routes, route);
      return;
    }
  for (guint e = 0; e < self->edges->len; e++)
    {
      Edge *edge = get_edge (self, e);

      if (edge->to != at || distance[edge->from] != distance[at] - 1)
        continue;
      g_array_append_val (suffix, e);
      collect_routes (self, distance, from, edge->from, suffix, routes, max_routes);
      g_array_set_size (suffix, suffix->len - 1);
    }
}

GPtrArray *
atlas_career_graph_find_routes (AtlasCareerGraph *self,
                                guint             from,
                                guint             to,
                                guint             max_routes)
{
  GPtrArray *routes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree int *distance = NULL;
  g_autoptr(GArray) queue = NULL;
  g_autoptr(GArray) suffix = NULL;

  g_return_val_if_fail (ATLAS_IS_CAREER_GRAPH (self), routes);
  g_return_val_if_fail (from < self->nodes->len && to < self->nodes->len, routes);

  distance = g_new (int, self->nodes->len);
  for (guint i = 0; i < self->nodes->len; i++)
    distance[i] = -1;
  queue = g_array_new (FALSE, FALSE, sizeof (guint));
  distance[from] = 0;
  g_array_append_val (queue, from);
  for (guint head = 0; head < queue->len; head++)
    {
      guint node = g_array_index (queue, guint, head);

      for (guint e = 0; e < self->edges->len; e++)
        {
          Edge *edge = get_edge (self, e);
          if (edge->from == node && distance[edge->to] < 0)
            {
              distance[edge->to] = distance[node] + 1;
              g_array_append_val (queue, edge->to);
            }
        }
    }
  if (distance[to] <= 0)
    return routes;

  suffix = g_array_new (FALSE, FALSE, sizeof (guint));
  collect_routes (self, distance, from, to, suffix, routes, max_routes);
  return routes;
}

void
atlas_career_graph_route_months (AtlasCareerGraph *self,
                                 GArray           *route,
                                 int              *min_months,
                                 int              *max_months,
                                 guint            *n_untimed)
{
  g_return_if_fail (ATLAS_IS_CAREER_GRAPH (self));

  *min_months = *max_months = 0;
  *n_untimed = 0;
  for (guint i = 0; i < route->len; i++)
    {
      Edge *edge = get_edge (self, g_array_index (route, guint, i));

      if (edge->min_months > 0)
        {
          *min_months += edge->min_months;
          *max_months += edge->max_months;
        }
      else
        (*n_untimed)++;
    }
}

static void
mark_reachable (AtlasCareerGraph *self,
                guint             start,
                gboolean          downstream,
                gboolean         *marks)
{
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint));

  g_array_append_val (queue, start);
  for (guint head = 0; head < queue->len; head++)
    {
      guint node = g_array_index (queue, guint, head);

      for (guint e = 0; e < self->edges->len; e++)
        {
          Edge *edge = get_edge (self, e);
          guint here = downstream ? edge->from : edge->to;
          guint next = downstream ? edge->to : edge->from;

          if (here == node && !marks[next])
            {
              marks[next] = TRUE;
              g_array_append_val (queue, next);
            }
        }
    }
}

GArray *
atlas_career_graph_nodes_through (AtlasCareerGraph *self,
                                  guint             node)
{
  GArray *marks;

  g_return_val_if_fail (ATLAS_IS_CAREER_GRAPH (self), NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);

  marks = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_array_set_size (marks, self->nodes->len);
  g_array_index (marks, gboolean, node) = TRUE;
  mark_reachable (self, node, TRUE, (gboolean *) marks->data);
  mark_reachable (self, node, FALSE, (gboolean *) marks->data);
  g_array_index (marks, gboolean, node) = TRUE;
  return marks;
}
