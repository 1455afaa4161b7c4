/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-charts"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-chart-frame.h"
#include "atlas-format.h"
#include "atlas-path-chart.h"

/* The career path diagram: a layered drawing of the career graph, left to right by
 * seniority. Cycles are broken by reversing back edges, layers come from the longest path,
 * long edges get dummy vertices, barycentre sweeps reduce crossings (the best order found
 * is kept), then boxes are placed layer by layer and edges drawn as curves. */
struct _AtlasPathChart
{
  AtlasChart parent_instance;

  AtlasDataset *dataset;
  AtlasCareerGraph *graph;
  GStrv role_ids;
  char *selected;
  GArray *route;

  /* results of the last layout, for tests */
  GArray *layers;
  GArray *back_edges;
  guint crossings;
  guint input_crossings;
  /* The graph's layers and crossing-reduced order depend on the graph alone, not on the
   * canvas or the type size: worked out once per graph, then copied for every layout. */
  gpointer ordered;
  /* for the natural size, measured outside a layout */
  PangoContext *measure_context;
};

G_DEFINE_FINAL_TYPE (AtlasPathChart, atlas_path_chart, ATLAS_TYPE_CHART)

/* A vertex of the layered drawing: a node of the graph, or a dummy on a long edge. */
typedef struct
{
  int node;        /* -1 for a dummy */
  int layer;
  int order;
  double x;
  double y;
  double width;
  double height;
} Vertex;

/* A piece of an edge between adjacent layers. */
typedef struct
{
  guint from;
  guint to;
  guint edge;
} Segment;

typedef struct
{
  GArray *vertices;
  GArray *segments;
  GPtrArray *layer_lists;  /* per layer: GArray of vertex indices, in order */
  GArray *edge_chains;     /* per edge: GArray * of vertex indices from start to end */
} Drawing;

static void
drawing_clear (Drawing *drawing)
{
  g_clear_pointer (&drawing->vertices, g_array_unref);
  g_clear_pointer (&drawing->segments, g_array_unref);
  g_clear_pointer (&drawing->layer_lists, g_ptr_array_unref);
  if (drawing->edge_chains != NULL)
    {
      for (guint i = 0; i < drawing->edge_chains->len; i++)
        g_array_unref (g_array_index (drawing->edge_chains, GArray *, i));
      g_clear_pointer (&drawing->edge_chains, g_array_unref);
    }
}

static Drawing *
drawing_copy (const Drawing *drawing)
{
  Drawing *copy = g_new0 (Drawing, 1);

  copy->vertices = g_array_copy (drawing->vertices);
  copy->segments = g_array_copy (drawing->segments);
  copy->layer_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < drawing->layer_lists->len; i++)
    g_ptr_array_add (copy->layer_lists, g_array_copy (g_ptr_array_index (drawing->layer_lists, i)));
  copy->edge_chains = g_array_sized_new (FALSE, FALSE, sizeof (GArray *), drawing->edge_chains->len);
  for (guint i = 0; i < drawing->edge_chains->len; i++)
    {
      GArray *chain = g_array_copy (g_array_index (drawing->edge_chains, GArray *, i));
      g_array_append_val (copy->edge_chains, chain);
    }
  return copy;
}

static void
drawing_free (Drawing *drawing)
{
  drawing_clear (drawing);
  g_free (drawing);
}

static void
atlas_path_chart_finalize (GObject *object)
{
  AtlasPathChart *self = (AtlasPathChart *) object;

  g_clear_object (&self->dataset);
  g_clear_object (&self->graph);
  g_clear_pointer (&self->ordered, drawing_free);
  g_clear_pointer (&self->role_ids, g_strfreev);
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->route, g_array_unref);
  g_clear_pointer (&self->layers, g_array_unref);
  g_clear_pointer (&self->back_edges, g_array_unref);
  g_clear_object (&self->measure_context);

  G_OBJECT_CLASS (atlas_path_chart_parent_class)->finalize (object);
}

/* ------------------------------------------------------------------ layering */

/* Depth-first search in node order: an edge to a node still on the stack closes a cycle
 * and is reversed for layering, so A → B → A lays out instead of looping. */
static void
find_back_edges (AtlasCareerGraph *graph,
                 gboolean         *back)
{
  guint n = atlas_career_graph_get_n_nodes (graph), m = atlas_career_graph_get_n_edges (graph);
  g_autofree int *state = g_new0 (int, n);   /* 0 new, 1 on stack, 2 done */
  g_autofree guint *stack = g_new (guint, n + 1);
  g_autofree guint *next_edge = g_new0 (guint, n);

  for (guint root = 0; root < n; root++)
    {
      guint depth = 0;

      if (state[root] != 0)
        continue;
      stack[depth++] = root;
      state[root] = 1;
      while (depth > 0)
        {
          guint v = stack[depth - 1];
          gboolean descended = FALSE;

          for (; next_edge[v] < m && !descended; next_edge[v]++)
            {
              guint e = next_edge[v];
              guint w;

              if (atlas_career_graph_get_edge_from (graph, e) != v)
                continue;
              w = atlas_career_graph_get_edge_to (graph, e);
              if (state[w] == 1)
                back[e] = TRUE;
              else if (state[w] == 0)
                {
                  state[w] = 1;
                  stack[depth++] = w;
                  descended = TRUE;
                }
            }
          if (!descended)
            {
              state[v] = 2;
              depth--;
            }
        }
    }
}

/* Longest path from the sources over the acyclic orientation. */
static void
assign_layers (AtlasCareerGraph *graph,
               const gboolean   *back,
               int              *layer)
{
  guint n = atlas_career_graph_get_n_nodes (graph), m = atlas_career_graph_get_n_edges (graph);
  g_autofree guint *in_degree = g_new0 (guint, n);
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint e = 0; e < m; e++)
    in_degree[back[e] ? atlas_career_graph_get_edge_from (graph, e) : atlas_career_graph_get_edge_to (graph, e)]++;
  for (guint v = 0; v < n; v++)
    {
      layer[v] = 0;
      if (in_degree[v] == 0)
        g_array_append_val (queue, v);
    }
  for (guint head = 0; head < queue->len; head++)
    {
      guint v = g_array_index (queue, guint, head);

      for (guint e = 0; e < m; e++)
        {
          guint from = back[e] ? atlas_career_graph_get_edge_to (graph, e) : atlas_career_graph_get_edge_from (graph, e);
          guint to = back[e] ? atlas_career_graph_get_edge_from (graph, e) : atlas_career_graph_get_edge_to (graph, e);

          if (from != v)
            continue;
          layer[to] = MAX (layer[to], layer[v] + 1);
          if (--in_degree[to] == 0)
            g_array_append_val (queue, to);
        }
    }
}

static guint
add_vertex (Drawing *drawing,
            int      node,
            int      layer)
{
  Vertex vertex = { node, layer, 0, 0, 0, 0, 0 };
  GArray *list;

  while (drawing->layer_lists->len <= (guint) layer)
    g_ptr_array_add (drawing->layer_lists, g_array_new (FALSE, FALSE, sizeof (guint)));
  g_array_append_val (drawing->vertices, vertex);
  list = g_ptr_array_index (drawing->layer_lists, layer);
  g_array_index (drawing->vertices, Vertex, drawing->vertices->len - 1).order = (int) list->len;
  {
    guint index = drawing->vertices->len - 1;
    g_array_append_val (list, index);
    return index;
  }
}

/* Vertices for nodes, dummies for edges longer than one layer, segments between them. */
static void
build_drawing (AtlasCareerGraph *graph,
               const gboolean   *back,
               const int        *layer,
               Drawing          *drawing)
{
  guint n = atlas_career_graph_get_n_nodes (graph), m = atlas_career_graph_get_n_edges (graph);

  drawing->vertices = g_array_new (FALSE, TRUE, sizeof (Vertex));
  drawing->segments = g_array_new (FALSE, TRUE, sizeof (Segment));
  drawing->layer_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  drawing->edge_chains = g_array_new (FALSE, TRUE, sizeof (GArray *));

  for (guint v = 0; v < n; v++)
    add_vertex (drawing, (int) v, layer[v]);

  for (guint e = 0; e < m; e++)
    {
      guint from = back[e] ? atlas_career_graph_get_edge_to (graph, e) : atlas_career_graph_get_edge_from (graph, e);
      guint to = back[e] ? atlas_career_graph_get_edge_from (graph, e) : atlas_career_graph_get_edge_to (graph, e);
      GArray *chain = g_array_new (FALSE, FALSE, sizeof (guint));
      guint previous = from;

      g_array_append_val (chain, from);
      for (int l = layer[from] + 1; l < layer[to]; l++)
        {
          guint dummy = add_vertex (drawing, -1, l);
          Segment segment = { previous, dummy, e };

          g_array_append_val (drawing->segments, segment);
          g_array_append_val (chain, dummy);
          previous = dummy;
        }
      {
        Segment segment = { previous, to, e };
        g_array_append_val (drawing->segments, segment);
        g_array_append_val (chain, to);
      }
      g_array_append_val (drawing->edge_chains, chain);
    }
}

static Vertex *
vertex_at (Drawing *drawing,
           guint    index)
{
  return &g_array_index (drawing->vertices, Vertex, index);
}

/* Segments only cross segments between the same two layers: count within each layer. */
static guint
count_crossings (Drawing *drawing)
{
  guint n_layers = drawing->layer_lists->len;
  g_autoptr(GPtrArray) buckets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  guint crossings = 0;

  for (guint l = 0; l < n_layers; l++)
    g_ptr_array_add (buckets, g_array_new (FALSE, FALSE, sizeof (guint)));
  for (guint i = 0; i < drawing->segments->len; i++)
    {
      Segment *segment = &g_array_index (drawing->segments, Segment, i);
      g_array_append_val (g_ptr_array_index (buckets, vertex_at (drawing, segment->from)->layer), i);
    }

  for (guint l = 0; l < n_layers; l++)
    {
      GArray *bucket = g_ptr_array_index (buckets, l);

      for (guint i = 0; i < bucket->len; i++)
        {
          Segment *a = &g_array_index (drawing->segments, Segment, g_array_index (bucket, guint, i));
          int a1 = vertex_at (drawing, a->from)->order, a2 = vertex_at (drawing, a->to)->order;

          for (guint j = i + 1; j < bucket->len; j++)
            {
              Segment *b = &g_array_index (drawing->segments, Segment, g_array_index (bucket, guint, j));
              int b1 = vertex_at (drawing, b->from)->order, b2 = vertex_at (drawing, b->to)->order;

              if ((long) (a1 - b1) * (a2 - b2) < 0)
                crossings++;
            }
        }
    }
  return crossings;
}

typedef struct
{
  guint vertex;
  double key;
} Keyed;

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  const Keyed *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return (int) x->vertex - (int) y->vertex;
}

/* Each vertex's neighbours in the layer before and after, built once per layout. */
typedef struct
{
  GPtrArray *before;  /* per vertex: GArray of vertex indices */
  GPtrArray *after;
} Neighbours;

static void
neighbours_init (Neighbours *neighbours,
                 Drawing    *drawing)
{
  neighbours->before = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  neighbours->after = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint v = 0; v < drawing->vertices->len; v++)
    {
      g_ptr_array_add (neighbours->before, g_array_new (FALSE, FALSE, sizeof (guint)));
      g_ptr_array_add (neighbours->after, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
  for (guint s = 0; s < drawing->segments->len; s++)
    {
      Segment *segment = &g_array_index (drawing->segments, Segment, s);
      g_array_append_val (g_ptr_array_index (neighbours->before, segment->to), segment->from);
      g_array_append_val (g_ptr_array_index (neighbours->after, segment->from), segment->to);
    }
}

static void
neighbours_clear (Neighbours *neighbours)
{
  g_clear_pointer (&neighbours->before, g_ptr_array_unref);
  g_clear_pointer (&neighbours->after, g_ptr_array_unref);
}

/* Orders one layer by the mean position of each vertex's neighbours in the layer before
 * (downward) or after (upward); vertices without neighbours keep their place. */
static void
order_layer (Drawing    *drawing,
             Neighbours *neighbours,
             guint       layer,
             gboolean    downward)
{
  GArray *list = g_ptr_array_index (drawing->layer_lists, layer);
  g_autoptr(GArray) keyed = g_array_new (FALSE, FALSE, sizeof (Keyed));

  for (guint i = 0; i < list->len; i++)
    {
      guint v = g_array_index (list, guint, i);
      GArray *adjacent = g_ptr_array_index (downward ? neighbours->before : neighbours->after, v);
      double sum = 0;
      Keyed item;

      for (guint k = 0; k < adjacent->len; k++)
        sum += vertex_at (drawing, g_array_index (adjacent, guint, k))->order;
      item.vertex = v;
      item.key = adjacent->len > 0 ? sum / adjacent->len : vertex_at (drawing, v)->order;
      g_array_append_val (keyed, item);
    }
  g_array_sort (keyed, compare_keyed);
  for (guint i = 0; i < keyed->len; i++)
    {
      guint v = g_array_index (keyed, Keyed, i).vertex;
      g_array_index (list, guint, i) = v;
      vertex_at (drawing, v)->order = (int) i;
    }
}

static GArray *
save_orders (Drawing *drawing)
{
  GArray *orders = g_array_sized_new (FALSE, FALSE, sizeof (int), drawing->vertices->len);

  for (guint v = 0; v < drawing->vertices->len; v++)
    g_array_append_val (orders, vertex_at (drawing, v)->order);
  return orders;
}

static void
restore_orders (Drawing *drawing,
                GArray  *orders)
{
  for (guint v = 0; v < drawing->vertices->len; v++)
    {
      Vertex *vertex = vertex_at (drawing, v);
      vertex->order = g_array_index (orders, int, v);
      g_array_index ((GArray *) g_ptr_array_index (drawing->layer_lists, vertex->layer), guint, vertex->order) = v;
    }
}

static void
reduce_crossings (AtlasPathChart *self,
                  Drawing        *drawing)
{
  guint best = count_crossings (drawing);
  g_autoptr(GArray) best_orders = save_orders (drawing);
  Neighbours neighbours;

  neighbours_init (&neighbours, drawing);
  self->input_crossings = best;
  for (int sweep = 0; sweep < 8 && best > 0; sweep++)
    {
      gboolean downward = sweep % 2 == 0;
      guint crossings;

      if (downward)
        for (guint l = 1; l < drawing->layer_lists->len; l++)
          order_layer (drawing, &neighbours, l, TRUE);
      else
        for (guint l = drawing->layer_lists->len - 1; l-- > 0;)
          order_layer (drawing, &neighbours, l, FALSE);

      crossings = count_crossings (drawing);
      if (crossings < best)
        {
          best = crossings;
          g_array_unref (best_orders);
          best_orders = save_orders (drawing);
        }
    }
  neighbours_clear (&neighbours);
  restore_orders (drawing, best_orders);
  self->crossings = best;
}

/* ------------------------------------------------------------------ geometry */

#define NODE_TEXT_WIDTH 150.0
#define NODE_PADDING 8.0
#define LAYER_GAP 70.0
/* Room beside a move's time in its gap, so that its line shows on either side. */
#define LABEL_ROOM 20.0
#define NODE_GAP 16.0
#define DUMMY_HEIGHT 10.0

static int
series_of_role (AtlasPathChart *self,
                const char     *role_id)
{
  for (guint i = 0; role_id != NULL && self->role_ids != NULL && self->role_ids[i] != NULL; i++)
    if (g_str_equal (self->role_ids[i], role_id))
      return (int) i;
  return -1;
}

/* A move's time as its edge shows it ("1–3 mo"), or NULL when its source gives none. */
static char *
edge_time_label (AtlasPathChart *self,
                 guint           edge)
{
  int min_months, max_months;

  atlas_career_graph_get_edge_months (self->graph, edge, &min_months, &max_months);
  if (min_months <= 0)
    return NULL;
  return g_strdup_printf (_("%d–%d mo"), min_months, max_months);
}

/* The gap after each layer: wider by the longest time label whose edge leaves across it,
 * so that the time fits on its line where the line is still clear of its neighbours. */
static void
measure_layer_gaps (AtlasPathChart *self,
                    Drawing        *drawing,
                    PangoContext   *context,
                    double          fs,
                    double         *gap)
{
  for (guint l = 0; l < drawing->layer_lists->len; l++)
    gap[l] = LAYER_GAP * fs;
  for (guint e = 0; e < drawing->edge_chains->len; e++)
    {
      GArray *chain = g_array_index (drawing->edge_chains, GArray *, e);
      gboolean back = g_array_index (self->back_edges, gboolean, e);
      g_autofree char *label = edge_time_label (self, e);
      Vertex *a, *b;
      double w, h;

      if (label == NULL || chain->len < 2)
        continue;
      /* The first segment, from the edge's source: back edges' chains run the other way. */
      a = vertex_at (drawing, g_array_index (chain, guint, back ? chain->len - 1 : 0));
      b = vertex_at (drawing, g_array_index (chain, guint, back ? chain->len - 2 : 1));
      atlas_chart_measure_text (context, ATLAS_TEXT_CAPTION, fs, label, -1, &w, &h);
      gap[MIN (a->layer, b->layer)] = MAX (gap[MIN (a->layer, b->layer)], (LAYER_GAP + LABEL_ROOM) * fs + w);
    }
}

/* Box sizes, then x by layer and y by order, each layer centred on the tallest. Returns
 * the diagram's size. */
static void
place_vertices (AtlasPathChart *self,
                Drawing        *drawing,
                PangoContext   *context,
                double          fs,
                double         *width,
                double         *height)
{
  guint n_layers = drawing->layer_lists->len;
  g_autofree double *layer_width = g_new0 (double, n_layers);
  g_autofree double *layer_height = g_new0 (double, n_layers);
  g_autofree double *gap = g_new0 (double, n_layers);
  double x = 0, tallest = 0;

  for (guint v = 0; v < drawing->vertices->len; v++)
    {
      Vertex *vertex = vertex_at (drawing, v);

      if (vertex->node >= 0)
        {
          const char *title = atlas_career_graph_get_node_title (self->graph, vertex->node);
          double w, h;

          atlas_chart_measure_text (context, ATLAS_TEXT_LABEL, fs, title, NODE_TEXT_WIDTH * fs, &w, &h);
          vertex->width = w + 2 * NODE_PADDING * fs;
          vertex->height = h + 2 * NODE_PADDING * fs;
        }
      else
        vertex->height = DUMMY_HEIGHT * fs;
      layer_width[vertex->layer] = MAX (layer_width[vertex->layer], vertex->width);
    }

  for (guint l = 0; l < n_layers; l++)
    {
      GArray *list = g_ptr_array_index (drawing->layer_lists, l);

      for (guint i = 0; i < list->len; i++)
        layer_height[l] += vertex_at (drawing, g_array_index (list, guint, i))->height + (i > 0 ? NODE_GAP * fs : 0);
      tallest = MAX (tallest, layer_height[l]);
    }

  measure_layer_gaps (self, drawing, context, fs, gap);
  for (guint l = 0; l < n_layers; l++)
    {
      GArray *list = g_ptr_array_index (drawing->layer_lists, l);
      double y = (tallest - layer_height[l]) / 2;

      for (guint i = 0; i < list->len; i++)
        {
          Vertex *vertex = vertex_at (drawing, g_array_index (list, guint, i));

          vertex->x = x + (layer_width[l] - vertex->width) / 2;
          vertex->y = y;
          y += vertex->height + NODE_GAP * fs;
        }
      x += layer_width[l] + (l + 1 < n_layers ? gap[l] : 0);
    }
  *width = x;
  *height = tallest;
}

static gboolean
run_layout (AtlasPathChart *self,
            PangoContext   *context,
            double          fs,
            Drawing        *drawing,
            double         *width,
            double         *height)
{
  guint n = atlas_career_graph_get_n_nodes (self->graph), m = atlas_career_graph_get_n_edges (self->graph);

  if (n == 0)
    return FALSE;
  if (self->ordered == NULL)
    {
      g_autofree gboolean *back = g_new0 (gboolean, MAX (m, 1));
      g_autofree int *layer = g_new0 (int, MAX (n, 1));
      Drawing *ordered = g_new0 (Drawing, 1);

      find_back_edges (self->graph, back);
      assign_layers (self->graph, back, layer);
      build_drawing (self->graph, back, layer, ordered);
      reduce_crossings (self, ordered);
      self->ordered = ordered;
      g_array_set_size (self->layers, 0);
      g_array_append_vals (self->layers, layer, n);
      g_array_set_size (self->back_edges, 0);
      g_array_append_vals (self->back_edges, back, m);
    }
  {
    Drawing *copy = drawing_copy (self->ordered);

    *drawing = *copy;
    g_free (copy);
  }
  place_vertices (self, drawing, context, fs, width, height);
  return TRUE;
}

/* ------------------------------------------------------------------ painting data */

static char *
node_tooltip (AtlasPathChart *self,
              guint           node)
{
  const char *role_id = atlas_career_graph_get_node_role (self->graph, node);
  AtlasRole *role = role_id != NULL ? atlas_dataset_lookup_role (self->dataset, role_id) : NULL;
  const char * const *sources = atlas_career_graph_get_node_sources (self->graph, node);
  GString *text = g_string_new (atlas_career_graph_get_node_title (self->graph, node));

  if (role != NULL)
    g_string_append_printf (text, _("\nRole: %s"), atlas_role_get_name (role));
  else
    g_string_append (text, _("\nA title the sources name without a role of its own"));
  for (guint i = 0; sources[i] != NULL; i++)
    {
      g_autofree char *citation = atlas_format_source_citation (atlas_dataset_lookup_source (self->dataset, sources[i]));
      g_string_append_printf (text, _("\nSource: %s"), citation);
    }
  if (role != NULL && series_of_role (self, role_id) < 0)
    g_string_append (text, _("\nClick or press Enter to compare this role"));
  return g_string_free (text, FALSE);
}

static gboolean
edge_on_route (AtlasPathChart *self,
               guint           edge)
{
  for (guint i = 0; self->route != NULL && i < self->route->len; i++)
    if (g_array_index (self->route, guint, i) == edge)
      return TRUE;
  return FALSE;
}

/* A move's time ("1–3 mo"), to be placed on the first segment of its edge once every
 * line and box is in the layout. */
typedef struct
{
  guint line;
  char *text;
  gboolean dimmed;
} EdgeLabel;

static void
edge_label_clear (EdgeLabel *label)
{
  g_free (label->text);
}

static void
add_edge_lines (AtlasPathChart   *self,
                AtlasChartLayout *layout,
                Drawing          *drawing,
                double            fs,
                double            ox,
                double            oy,
                const gboolean   *lit,
                GArray           *labels)
{
  for (guint e = 0; e < drawing->edge_chains->len; e++)
    {
      guint first_line = atlas_chart_layout_get_n_lines (layout);
      GArray *chain = g_array_index (drawing->edge_chains, GArray *, e);
      gboolean back = g_array_index (self->back_edges, gboolean, e);
      gboolean transition = atlas_career_graph_is_transition (self->graph, e);
      gboolean on_route = edge_on_route (self, e);
      guint from = atlas_career_graph_get_edge_from (self->graph, e), to = atlas_career_graph_get_edge_to (self->graph, e);
      gboolean dim = lit != NULL && !(lit[from] && lit[to]);
      EdgeLabel label;

      if (self->route != NULL && self->route->len > 0)
        dim = !on_route;

      for (guint i = 0; i + 1 < chain->len; i++)
        {
          /* Back edges run right to left: their chain is stored in layer order, so it is
           * walked the other way to point the arrow at the real target. */
          Vertex *a = vertex_at (drawing, g_array_index (chain, guint, back ? chain->len - 1 - i : i));
          Vertex *b = vertex_at (drawing, g_array_index (chain, guint, back ? chain->len - 2 - i : i + 1));
          double x1 = ox + (back ? a->x : a->x + a->width), y1 = oy + a->y + a->height / 2;
          double x2 = ox + (back ? b->x + b->width : b->x), y2 = oy + b->y + b->height / 2;
          double bend = fabs (x2 - x1) / 2;
          AtlasChartLine *line;

          if (a->node < 0)
            x1 = ox + a->x;
          if (b->node < 0)
            x2 = ox + b->x;
          line = atlas_chart_layout_add_line (layout, x1, y1, x2, y2, on_route ? ATLAS_CHART_COLOR_HIGHLIGHT : ATLAS_CHART_COLOR_MUTED);
          line->curve = TRUE;
          line->cx1 = x1 + (back ? -bend : bend);
          line->cy1 = y1 + (back ? 30 * fs : 0);
          line->cx2 = x2 - (back ? -bend : bend);
          line->cy2 = y2 + (back ? 30 * fs : 0);
          line->dashed = transition;
          line->line_width = on_route ? 3 : 1.4;
          line->arrow = i + 2 == chain->len;
          line->dimmed = dim;
        }

      label.text = edge_time_label (self, e);
      if (label.text != NULL)
        {
          label.line = first_line;
          label.dimmed = dim;
          g_array_append_val (labels, label);
        }
    }
}

static gboolean
boxes_meet (double ax, double ay, double aw, double ah,
            double bx, double by, double bw, double bh)
{
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

/* Where the moves' times may go: the canvas in square cells, each listing the points
 * (a few pixels apart) of the lines that pass through it and the boxes (titles, texts)
 * that cover it, so that trying a place looks at what is near it only. A diagram with
 * hundreds of timed moves took a quarter of a second a layout when every place was tried
 * against every line. */
typedef struct
{
  float x;
  float y;
  guint line;
} LinePoint;

typedef struct
{
  AtlasChartLayout *layout;
  double cell;
  int columns;
  int rows;
  GArray **points;   /* LinePoint, per cell */
  GArray **boxes;    /* AtlasChartRect, per cell */
  guint *seen;       /* per line: the query that last counted it */
  guint query;
} LabelSpace;

#define LABEL_SPACE_MAX_CELLS 20000
#define LINE_POINT_SPACING 3.0

static int
clamp_cell (double value,
            int    limit)
{
  return CLAMP ((int) floor (value), 0, limit - 1);
}

static void
label_space_add_box (LabelSpace *space,
                     double      x,
                     double      y,
                     double      width,
                     double      height)
{
  AtlasChartRect box = { x, y, width, height };

  for (int r = clamp_cell (y / space->cell, space->rows); r <= clamp_cell ((y + height) / space->cell, space->rows); r++)
    for (int c = clamp_cell (x / space->cell, space->columns); c <= clamp_cell ((x + width) / space->cell, space->columns); c++)
      {
        GArray **cell = &space->boxes[r * space->columns + c];

        if (*cell == NULL)
          *cell = g_array_new (FALSE, FALSE, sizeof (AtlasChartRect));
        g_array_append_val (*cell, box);
      }
}

static void
label_space_add_line (LabelSpace           *space,
                      const AtlasChartLine *line,
                      guint                 index)
{
  /* The control polygon is at least as long as the curve. */
  double length = hypot (line->cx1 - line->x1, line->cy1 - line->y1) + hypot (line->cx2 - line->cx1, line->cy2 - line->cy1) +
                  hypot (line->x2 - line->cx2, line->y2 - line->cy2);
  guint steps;

  if (!line->curve)
    length = hypot (line->x2 - line->x1, line->y2 - line->y1);
  steps = MAX (1, (guint) ceil (length / LINE_POINT_SPACING));
  for (guint i = 0; i <= steps; i++)
    {
      double px, py;
      GArray **cell;
      LinePoint point;

      atlas_chart_line_point (line, (double) i / steps, &px, &py);
      if (px < 0 || py < 0 || px >= space->columns * space->cell || py >= space->rows * space->cell)
        continue;
      point = (LinePoint) { px, py, index };
      cell = &space->points[clamp_cell (py / space->cell, space->rows) * space->columns +
                            clamp_cell (px / space->cell, space->columns)];
      if (*cell == NULL)
        *cell = g_array_new (FALSE, FALSE, sizeof (LinePoint));
      g_array_append_val (*cell, point);
    }
}

static LabelSpace *
label_space_new (AtlasChartLayout *layout)
{
  LabelSpace *space = g_new0 (LabelSpace, 1);
  double width = atlas_chart_layout_get_width (layout), height = atlas_chart_layout_get_height (layout);

  space->layout = layout;
  space->cell = MAX (48.0, sqrt (width * height / LABEL_SPACE_MAX_CELLS));
  space->columns = MAX (1, (int) ceil (width / space->cell));
  space->rows = MAX (1, (int) ceil (height / space->cell));
  space->points = g_new0 (GArray *, space->columns * space->rows);
  space->boxes = g_new0 (GArray *, space->columns * space->rows);
  space->seen = g_new0 (guint, MAX (1, atlas_chart_layout_get_n_lines (layout)));

  for (guint i = 0; i < atlas_chart_layout_get_n_texts (layout); i++)
    {
      AtlasChartText *text = atlas_chart_layout_get_text (layout, i);

      if (text->width > 0)
        label_space_add_box (space, text->x, text->y, text->width, text->height);
    }
  for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
    {
      AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, i);

      if (mark->kind == ATLAS_MARK_NODE)
        label_space_add_box (space, mark->x, mark->y, mark->width, mark->height);
    }
  for (guint i = 0; i < atlas_chart_layout_get_n_lines (layout); i++)
    label_space_add_line (space, atlas_chart_layout_get_line (layout, i), i);
  return space;
}

static void
label_space_free (LabelSpace *space)
{
  for (int i = 0; i < space->columns * space->rows; i++)
    {
      if (space->points[i] != NULL)
        g_array_unref (space->points[i]);
      if (space->boxes[i] != NULL)
        g_array_unref (space->boxes[i]);
    }
  g_free (space->points);
  g_free (space->boxes);
  g_free (space->seen);
  g_free (space);
}

/* Whether a label may go in the box: inside the canvas and clear of every text and title. */
static gboolean
label_space_box_is_free (LabelSpace *space,
                         double x, double y, double width, double height)
{
  if (x < 0 || y < 0 || x + width > atlas_chart_layout_get_width (space->layout) ||
      y + height > atlas_chart_layout_get_height (space->layout))
    return FALSE;
  for (int r = clamp_cell (y / space->cell, space->rows); r <= clamp_cell ((y + height) / space->cell, space->rows); r++)
    for (int c = clamp_cell (x / space->cell, space->columns); c <= clamp_cell ((x + width) / space->cell, space->columns); c++)
      {
        GArray *boxes = space->boxes[r * space->columns + c];

        for (guint i = 0; boxes != NULL && i < boxes->len; i++)
          {
            AtlasChartRect *box = &g_array_index (boxes, AtlasChartRect, i);

            if (boxes_meet (x, y, width, height, box->x, box->y, box->width, box->height))
              return FALSE;
          }
      }
  return TRUE;
}

/* What the box would hide of the lines other than @own: a line from elsewhere counts
 * twice, a line leaving the same title as @own once, as near the title the two run
 * together and neither can be read apart from the other anyway. A line counts when one
 * of its points falls in the box grown by 2.5 px: its points are 3 px apart, so one lies
 * within 1.5 px of any place on it, and the widest line reaches 1.5 px to either side. */
static guint
label_space_count_hidden (LabelSpace *space,
                          guint       own,
                          double x, double y, double width, double height)
{
  AtlasChartLine *own_line = atlas_chart_layout_get_line (space->layout, own);
  double pad = 2.5;
  guint hidden = 0;

  space->query++;
  x -= pad;
  y -= pad;
  width += 2 * pad;
  height += 2 * pad;
  for (int r = clamp_cell (y / space->cell, space->rows); r <= clamp_cell ((y + height) / space->cell, space->rows); r++)
    for (int c = clamp_cell (x / space->cell, space->columns); c <= clamp_cell ((x + width) / space->cell, space->columns); c++)
      {
        GArray *points = space->points[r * space->columns + c];

        for (guint i = 0; points != NULL && i < points->len; i++)
          {
            LinePoint *point = &g_array_index (points, LinePoint, i);
            AtlasChartLine *line;

            if (point->line == own || space->seen[point->line] == space->query ||
                point->x < x || point->x > x + width || point->y < y || point->y > y + height)
              continue;
            space->seen[point->line] = space->query;
            line = atlas_chart_layout_get_line (space->layout, point->line);
            hidden += line->x1 == own_line->x1 && line->y1 == own_line->y1 ? 1 : 2;
          }
      }
  return hidden;
}

/* Each move's time sits on its own line, on a patch of background that breaks the line
 * there, so that it reads as the line's. Several moves into one title meet near it, so
 * the time goes at the first of a few points along the line's first segment, nearer its
 * source first, where it hides no other line, or else where it hides least (see
 * label_space_count_hidden()); never on a title or another text. A time with no such place is
 * left out; it stays in the outline and the description. */
static void
place_edge_labels (AtlasChartLayout *layout,
                   PangoContext     *context,
                   GArray           *labels,
                   double            base_scale,
                   double            fs)
{
  /* Nearer the source first, where moves from other titles have not yet joined it. */
  static const double along[] = { 0.3, 0.35, 0.25, 0.4, 0.2, 0.45, 0.5, 0.55, 0.15, 0.6, 0.65, 0.7, 0.75, 0.8 };
  LabelSpace *space;

  if (labels->len == 0)
    return;
  space = label_space_new (layout);

  for (guint i = 0; i < labels->len; i++)
    {
      EdgeLabel *label = &g_array_index (labels, EdgeLabel, i);
      AtlasChartLine line = *atlas_chart_layout_get_line (layout, label->line);
      double w, h, best_x = 0, best_y = 0;
      guint best = G_MAXUINT;

      atlas_chart_measure_text (context, ATLAS_TEXT_CAPTION, fs, label->text, -1, &w, &h);
      for (guint a = 0; a < G_N_ELEMENTS (along) && best > 0; a++)
        {
          double x, y;
          guint hidden;

          atlas_chart_line_point (&line, along[a], &x, &y);
          x -= w / 2;
          y -= h / 2;
          if (!label_space_box_is_free (space, x, y, w, h))
            continue;
          hidden = label_space_count_hidden (space, label->line, x, y, w, h);
          if (hidden < best)
            {
              best = hidden;
              best_x = x;
              best_y = y;
            }
        }
      if (best != G_MAXUINT)
        {
          AtlasChartText *text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_CAPTION, label->text,
                                                              best_x, best_y, w, h);
          text->dimmed = label->dimmed;
          text->scale = fs / base_scale;
          text->backdrop = TRUE;
          label_space_add_box (space, best_x, best_y, w, h);
        }
    }
  label_space_free (space);
}

static void
add_outline_table (AtlasPathChart   *self,
                   AtlasChartLayout *layout)
{
  const char *columns[] = { _("Kind"), _("Path or move"), _("Step"), _("Title"), _("Time"), _("Source"), NULL };
  GListModel *paths = atlas_dataset_get_paths (self->dataset);

  atlas_chart_layout_set_columns (layout, columns);
  for (guint p = 0; p < g_list_model_get_n_items (paths); p++)
    {
      g_autoptr(AtlasCareerPath) path = g_list_model_get_item (paths, p);
      GListModel *steps = atlas_career_path_get_steps (path);
      AtlasSource *source = atlas_dataset_lookup_source (self->dataset, atlas_career_path_get_source_id (path));

      for (guint s = 0; s < g_list_model_get_n_items (steps); s++)
        {
          g_autoptr(AtlasPathStep) step = g_list_model_get_item (steps, s);
          g_autofree char *position = g_strdup_printf ("%d", atlas_path_step_get_position (step));
          const char *cells[] = {
            _("Career path"), atlas_career_path_get_name (path), position, atlas_path_step_get_title (step), "",
            atlas_format_source_short (source), NULL,
          };
          atlas_chart_layout_add_row (layout, cells);
        }
    }
  for (guint e = 0; e < atlas_career_graph_get_n_edges (self->graph); e++)
    {
      const char * const *sources = atlas_career_graph_get_edge_sources (self->graph, e);
      g_autofree char *move = NULL;
      g_autofree char *time = NULL;
      GString *source_names;
      int min_months, max_months;

      if (!atlas_career_graph_is_transition (self->graph, e))
        continue;
      source_names = g_string_new (NULL);
      move = g_strdup_printf ("%s → %s", atlas_career_graph_get_node_title (self->graph, atlas_career_graph_get_edge_from (self->graph, e)),
                              atlas_career_graph_get_node_title (self->graph, atlas_career_graph_get_edge_to (self->graph, e)));
      atlas_career_graph_get_edge_months (self->graph, e, &min_months, &max_months);
      time = min_months > 0 ? g_strdup_printf (_("%d to %d months"), min_months, max_months) : g_strdup (_("not given"));
      for (guint i = 0; sources[i] != NULL; i++)
        g_string_append_printf (source_names, "%s%s", i > 0 ? ", " : "",
                                atlas_format_source_short (atlas_dataset_lookup_source (self->dataset, sources[i])));
      {
        g_autofree char *names = g_string_free (source_names, FALSE);
        const char *cells[] = { _("Transition"), move, "", "", time, names, NULL };
        atlas_chart_layout_add_row (layout, cells);
      }
    }
}

static char *
describe (AtlasPathChart *self)
{
  GString *text = g_string_new (NULL);
  int selected = atlas_career_graph_find_node (self->graph, self->selected);

  if (selected < 0)
    {
      g_string_printf (text, _("Career paths: %u titles and %u moves between them."),
                       atlas_career_graph_get_n_nodes (self->graph), atlas_career_graph_get_n_edges (self->graph));
      return g_string_free (text, FALSE);
    }

  g_string_printf (text, _("Paths through %s."), self->selected);
  for (guint e = 0; e < atlas_career_graph_get_n_edges (self->graph); e++)
    {
      guint from = atlas_career_graph_get_edge_from (self->graph, e), to = atlas_career_graph_get_edge_to (self->graph, e);
      int min_months, max_months;

      if (from != (guint) selected && to != (guint) selected)
        continue;
      atlas_career_graph_get_edge_months (self->graph, e, &min_months, &max_months);
      g_string_append_printf (text, from == (guint) selected ? _(" Leads to %s") : _(" Reached from %s"),
                              atlas_career_graph_get_node_title (self->graph, from == (guint) selected ? to : from));
      if (min_months > 0)
        g_string_append_printf (text, _(" (%d to %d months)"), min_months, max_months);
      g_string_append_c (text, '.');
    }
  return g_string_free (text, FALSE);
}

static gboolean
graph_has_role (AtlasCareerGraph *graph,
                const char       *role_id)
{
  for (guint n = 0; graph != NULL && n < atlas_career_graph_get_n_nodes (graph); n++)
    if (g_strcmp0 (atlas_career_graph_get_node_role (graph, n), role_id) == 0)
      return TRUE;
  return FALSE;
}

/* Each compared role in its own colour, as its titles are drawn; a role with no title in
 * the diagram says so, rather than leaving the reader to look for its colour. The labels
 * made for that go to @labels. */
static GArray *
chosen_roles_legend (AtlasPathChart *self,
                     GPtrArray      *labels)
{
  GArray *legend = g_array_new (FALSE, TRUE, sizeof (AtlasLegendEntry));

  for (guint i = 0; self->role_ids != NULL && self->role_ids[i] != NULL; i++)
    {
      AtlasLegendEntry entry = {
        self->dataset != NULL ? atlas_dataset_get_role_name (self->dataset, self->role_ids[i])
                              : self->role_ids[i],
        (int) i, 0, FALSE,
      };

      if (self->graph != NULL && atlas_career_graph_get_n_nodes (self->graph) > 0 &&
          !graph_has_role (self->graph, self->role_ids[i]))
        {
          entry.label = g_strdup_printf (_("%s (on no path in the sources)"), entry.label);
          g_ptr_array_add (labels, (char *) entry.label);
        }
      g_array_append_val (legend, entry);
    }
  return legend;
}

static AtlasChartLayout *
atlas_path_chart_build_layout (AtlasChart             *chart,
                               const AtlasChartCanvas *canvas,
                               PangoContext           *context)
{
  AtlasPathChart *self = ATLAS_PATH_CHART (chart);
  AtlasChartLayout *layout = atlas_chart_layout_new (canvas->width, canvas->height);
  Drawing drawing = { NULL };
  double fs = canvas->font_scale, pad = ATLAS_CHART_PADDING * canvas->font_scale;
  double top, bottom, width, height, ox, oy;
  g_autofree gboolean *lit = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GPtrArray) legend_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) legend = chosen_roles_legend (self, legend_labels);
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (EdgeLabel));

  g_array_set_clear_func (labels, (GDestroyNotify) edge_label_clear);
  top = atlas_chart_frame_add_header (layout, context, canvas, _("Career paths"),
                                      _("Left to right by seniority. Solid arrows: steps on a ladder; dashed: moves between roles, with the time a source gives."));
  top = atlas_chart_frame_add_legend (layout, context, canvas, (AtlasLegendEntry *) legend->data,
                                      legend->len, top);
  bottom = atlas_chart_frame_add_footer (layout, context, canvas,
                                         canvas->still
                                           ? _("Sources: the career paths and transitions of every document in the dataset.")
                                           : _("Sources: the career paths and transitions of every document in the dataset; hover a title for its sources."));

  if (self->graph == NULL || !run_layout (self, context, fs, &drawing, &width, &height))
    {
      atlas_chart_frame_add_message (layout, context, canvas, _("The dataset has no career paths."), top, bottom);
      atlas_chart_layout_set_plot_area (layout, pad, top, canvas->width - 2 * pad, MAX (0, bottom - top));
      atlas_chart_layout_set_description (layout, _("No career paths."));
      drawing_clear (&drawing);
      return layout;
    }

  /* Too big for the canvas: lay out again with everything scaled down to fit. */
  if (width > canvas->width - 2 * pad || height > bottom - top)
    {
      double shrink = MIN ((canvas->width - 2 * pad) / width, (bottom - top) / height);

      drawing_clear (&drawing);
      run_layout (self, context, fs * MAX (shrink, 0.05), &drawing, &width, &height);
      fs *= MAX (shrink, 0.05);
    }
  ox = MAX (pad, (canvas->width - width) / 2);
  oy = top + MAX (0, (bottom - top - height) / 2);
  atlas_chart_layout_set_plot_area (layout, ox, oy, width, height);

  {
    int selected = atlas_career_graph_find_node (self->graph, self->selected);
    if (selected >= 0)
      {
        g_autoptr(GArray) marks = atlas_career_graph_nodes_through (self->graph, selected);
        lit = g_memdup2 (marks->data, marks->len * sizeof (gboolean));
      }
  }

  add_outline_table (self, layout);
  add_edge_lines (self, layout, &drawing, fs, ox, oy, lit, labels);

  for (guint v = 0; v < drawing.vertices->len; v++)
    {
      Vertex *vertex = vertex_at (&drawing, v);
      const char *title, *role_id;
      AtlasChartMark *mark;
      AtlasChartText *text;
      gboolean on_route = FALSE;

      if (vertex->node < 0)
        continue;
      title = atlas_career_graph_get_node_title (self->graph, vertex->node);
      role_id = atlas_career_graph_get_node_role (self->graph, vertex->node);
      for (guint i = 0; self->route != NULL && i < self->route->len; i++)
        {
          guint e = g_array_index (self->route, guint, i);
          on_route |= atlas_career_graph_get_edge_from (self->graph, e) == (guint) vertex->node ||
                      atlas_career_graph_get_edge_to (self->graph, e) == (guint) vertex->node;
        }

      mark = atlas_chart_layout_add_mark (layout, ATLAS_MARK_NODE, ox + vertex->x, oy + vertex->y, vertex->width, vertex->height);
      mark->series = series_of_role (self, role_id);
      mark->interactive = TRUE;
      mark->key = g_strdup (title);
      mark->tooltip = node_tooltip (self, vertex->node);
      mark->selected = g_strcmp0 (self->selected, title) == 0 || on_route;
      mark->dimmed = (lit != NULL && !lit[vertex->node]) || (self->route != NULL && self->route->len > 0 && !on_route);

      text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_LABEL, title, ox + vertex->x + NODE_PADDING * fs,
                                          oy + vertex->y + NODE_PADDING * fs, vertex->width - 2 * NODE_PADDING * fs,
                                          vertex->height - 2 * NODE_PADDING * fs);
      text->alignment = PANGO_ALIGN_CENTER;
      text->dimmed = mark->dimmed;
      text->scale = fs / canvas->font_scale;
    }
  place_edge_labels (layout, context, labels, canvas->font_scale, fs);

  description = describe (self);
  atlas_chart_layout_set_description (layout, description);
  drawing_clear (&drawing);
  return layout;
}

void
atlas_path_chart_get_natural_size (AtlasPathChart *self,
                                   double          font_scale,
                                   double         *width,
                                   double         *height)
{
  Drawing drawing = { NULL };
  double w = 0, h = 0;

  g_return_if_fail (ATLAS_IS_PATH_CHART (self));

  if (self->measure_context == NULL)
    self->measure_context = atlas_chart_create_pango_context ();
  if (self->graph != NULL)
    run_layout (self, self->measure_context, font_scale, &drawing, &w, &h);
  drawing_clear (&drawing);
  /* Room for the header, legend and footer around the diagram. */
  *width = w + 2 * ATLAS_CHART_PADDING * font_scale;
  *height = h + 190 * font_scale;
}

static double
atlas_path_chart_get_natural_height (AtlasChart             *chart,
                                     const AtlasChartCanvas *canvas)
{
  double width, height;

  atlas_path_chart_get_natural_size (ATLAS_PATH_CHART (chart), canvas->font_scale, &width, &height);
  return height;
}

static void
atlas_path_chart_class_init (AtlasPathChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_path_chart_finalize;
  ATLAS_CHART_CLASS (klass)->build_layout = atlas_path_chart_build_layout;
  ATLAS_CHART_CLASS (klass)->get_natural_height = atlas_path_chart_get_natural_height;
}

static void
atlas_path_chart_init (AtlasPathChart *self)
{
  self->layers = g_array_new (FALSE, FALSE, sizeof (int));
  self->back_edges = g_array_new (FALSE, FALSE, sizeof (gboolean));
}

AtlasPathChart *
atlas_path_chart_new (AtlasDataset       *dataset,
                      const char * const *role_ids)
{
  AtlasPathChart *self = g_object_new (ATLAS_TYPE_PATH_CHART, NULL);

  atlas_path_chart_set_dataset (self, dataset, role_ids);
  return self;
}

void
atlas_path_chart_set_dataset (AtlasPathChart     *self,
                              AtlasDataset       *dataset,
                              const char * const *role_ids)
{
  g_return_if_fail (ATLAS_IS_PATH_CHART (self));

  if (g_set_object (&self->dataset, dataset))
    {
      g_clear_object (&self->graph);
      g_clear_pointer (&self->ordered, drawing_free);
      if (dataset != NULL)
        self->graph = atlas_career_graph_new (dataset);
      g_clear_pointer (&self->route, g_array_unref);
      g_clear_pointer (&self->selected, g_free);
    }
  g_clear_pointer (&self->role_ids, g_strfreev);
  self->role_ids = atlas_chart_copy_role_ids (role_ids);
  atlas_chart_changed (ATLAS_CHART (self));
}

AtlasCareerGraph *
atlas_path_chart_get_graph (AtlasPathChart *self)
{
  g_return_val_if_fail (ATLAS_IS_PATH_CHART (self), NULL);

  return self->graph;
}

void
atlas_path_chart_set_selected (AtlasPathChart *self,
                               const char     *title)
{
  g_return_if_fail (ATLAS_IS_PATH_CHART (self));

  if (g_strcmp0 (self->selected, title) == 0)
    return;
  g_free (self->selected);
  self->selected = g_strdup (title);
  atlas_chart_changed (ATLAS_CHART (self));
}

const char *
atlas_path_chart_get_selected (AtlasPathChart *self)
{
  g_return_val_if_fail (ATLAS_IS_PATH_CHART (self), NULL);

  return self->selected;
}

void
atlas_path_chart_set_route (AtlasPathChart *self,
                            GArray         *route)
{
  g_return_if_fail (ATLAS_IS_PATH_CHART (self));

  g_clear_pointer (&self->route, g_array_unref);
  if (route != NULL)
    self->route = g_array_ref (route);
  atlas_chart_changed (ATLAS_CHART (self));
}

guint
atlas_path_chart_get_crossings (AtlasPathChart *self)
{
  return self->crossings;
}

guint
atlas_path_chart_get_input_crossings (AtlasPathChart *self)
{
  return self->input_crossings;
}

int
atlas_path_chart_get_node_layer (AtlasPathChart *self,
                                 guint           node)
{
  g_return_val_if_fail (node < self->layers->len, -1);

  return g_array_index (self->layers, int, node);
}

gboolean
atlas_path_chart_is_back_edge (AtlasPathChart *self,
                               guint           edge)
{
  g_return_val_if_fail (edge < self->back_edges->len, FALSE);

  return g_array_index (self->back_edges, gboolean, edge);
}
