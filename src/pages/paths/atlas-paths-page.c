/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-paths"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "atlas-chart-table.h"
#include "atlas-chart-view.h"
#include "atlas-wrap-box.h"
#include "atlas-paths-page.h"

/* The Career Paths tab: the career diagram, zoomable (Ctrl+scroll, pinch, Ctrl+plus/minus,
 * Ctrl+0 to fit) and pannable (drag, scroll), its outline twin, and a route finder between
 * two titles. The diagram is laid out again at each zoom, so it stays sharp. */
struct _AtlasPathsPage
{
  AdwBin parent_instance;

  /* Data or roles changed while the page was out of view: it reloads when next shown, so
   * a change costs only the tab in view. */
  gboolean reload_pending;

  AtlasDataset *dataset;
  AtlasSelection *selection;
  AtlasPathChart *chart;
  double zoom;
  /* Until the person zooms, the diagram shrinks to the view's width, down to AUTO_FIT_MIN. */
  gboolean zoom_chosen;
  double drag_start_h;
  double drag_start_v;
  double pinch_start_zoom;
  GPtrArray *titles;
  char *route_text;
  /* The route's ends follow the compared roles until the person picks one; picks made by
   * the page itself do not count. */
  gboolean route_ends_picked;
  gboolean picking_route_ends;

  GtkScrolledWindow *scroller;
  AtlasChartView *chart_view;
  AtlasChartTable *chart_table;
  GtkStack *view_stack;
  GtkToggleButton *outline_toggle;
  GtkDropDown *from_dropdown;
  GtkDropDown *to_dropdown;
  GtkLabel *route_label;
};

G_DEFINE_FINAL_TYPE (AtlasPathsPage, atlas_paths_page, ADW_TYPE_BIN)

static void flush_pending_reload (AtlasPathsPage *self);
static gboolean fit_width_unless_chosen (AtlasPathsPage *self);

#define MIN_ZOOM 0.25
#define MAX_ZOOM 4.0
/* Below three quarters of its size the diagram's text is too small to read: it scrolls. */
#define AUTO_FIT_MIN 0.75

static void
apply_zoom (AtlasPathsPage *self)
{
  double width, height;

  atlas_path_chart_get_natural_size (self->chart, self->zoom, &width, &height);
  atlas_chart_view_set_font_scale (self->chart_view, self->zoom);
  gtk_widget_set_size_request (GTK_WIDGET (self->chart_view), (int) ceil (width), (int) ceil (height));
}

static void
set_zoom (AtlasPathsPage *self,
          double          zoom)
{
  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (fabs (zoom - self->zoom) < 1e-6)
    return;
  self->zoom = zoom;
  apply_zoom (self);
}

/**
 * atlas_paths_page_set_zoom:
 *
 * Zooms as the person asks: from then on the diagram no longer follows the view's width.
 */
void
atlas_paths_page_set_zoom (AtlasPathsPage *self,
                           double          zoom)
{
  g_return_if_fail (ATLAS_IS_PATHS_PAGE (self));

  self->zoom_chosen = TRUE;
  set_zoom (self, zoom);
}

void
atlas_paths_page_reset_zoom (AtlasPathsPage *self)
{
  g_return_if_fail (ATLAS_IS_PATHS_PAGE (self));

  self->zoom_chosen = FALSE;
  if (!fit_width_unless_chosen (self))
    set_zoom (self, 1.0);
}

double
atlas_paths_page_get_zoom (AtlasPathsPage *self)
{
  g_return_val_if_fail (ATLAS_IS_PATHS_PAGE (self), 1);

  return self->zoom;
}

static void
zoom_to_fit (AtlasPathsPage *self)
{
  double width, height;
  int available_w = gtk_widget_get_width (GTK_WIDGET (self->scroller));
  int available_h = gtk_widget_get_height (GTK_WIDGET (self->scroller));

  atlas_path_chart_get_natural_size (self->chart, 1.0, &width, &height);
  if (available_w <= 0 || available_h <= 0 || width <= 0)
    {
      atlas_paths_page_set_zoom (self, 1.0);
      return;
    }
  atlas_paths_page_set_zoom (self, MIN (available_w / width, available_h / height) * 0.98);
}

static void
zoom_in_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  AtlasPathsPage *self = ATLAS_PATHS_PAGE (widget);
  atlas_paths_page_set_zoom (self, self->zoom * 1.25);
}

static void
zoom_out_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  AtlasPathsPage *self = ATLAS_PATHS_PAGE (widget);
  atlas_paths_page_set_zoom (self, self->zoom / 1.25);
}

static void
zoom_fit_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  zoom_to_fit (ATLAS_PATHS_PAGE (widget));
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           AtlasPathsPage           *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  /* Ctrl+scroll zooms; plain scrolling pans, which the scrolled window does. */
  if (!(state & GDK_CONTROL_MASK))
    return FALSE;
  atlas_paths_page_set_zoom (self, self->zoom * (dy < 0 ? 1.1 : 1 / 1.1));
  return TRUE;
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               AtlasPathsPage *self)
{
  self->drag_start_h = gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (self->scroller));
  self->drag_start_v = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                AtlasPathsPage *self)
{
  gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (self->scroller), self->drag_start_h - dx);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), self->drag_start_v - dy);
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                AtlasPathsPage   *self)
{
  self->pinch_start_zoom = self->zoom;
}

static void
on_pinch (GtkGestureZoom *gesture,
          double          scale,
          AtlasPathsPage *self)
{
  atlas_paths_page_set_zoom (self, self->pinch_start_zoom * scale);
}

void
atlas_paths_page_choose_title (AtlasPathsPage *self,
                               const char     *title)
{
  AtlasCareerGraph *graph;
  int node;
  const char *role_id;

  g_return_if_fail (ATLAS_IS_PATHS_PAGE (self));

  flush_pending_reload (self);

  graph = atlas_path_chart_get_graph (self->chart);
  node = graph != NULL ? atlas_career_graph_find_node (graph, title) : -1;
  if (node < 0)
    return;
  atlas_path_chart_set_route (self->chart, NULL);
  atlas_path_chart_set_selected (self->chart, title);
  role_id = atlas_career_graph_get_node_role (graph, node);
  /* A full comparison refuses a fifth role; the highlight still shows the paths. */
  if (role_id != NULL && self->selection != NULL)
    atlas_selection_add (self->selection, role_id);
}

static void
on_activate_item (AtlasPathsPage *self,
                  int             mark)
{
  AtlasChartLayout *layout = atlas_chart_view_get_layout (self->chart_view);

  if (layout == NULL || mark < 0)
    return;
  atlas_paths_page_choose_title (self, atlas_chart_layout_get_mark (layout, mark)->key);
}

const char *
atlas_paths_page_find_route (AtlasPathsPage *self,
                             const char     *from_title,
                             const char     *to_title)
{
  AtlasCareerGraph *graph;
  int from, to;
  g_autoptr(GPtrArray) routes = NULL;
  GString *text;

  g_return_val_if_fail (ATLAS_IS_PATHS_PAGE (self), NULL);

  flush_pending_reload (self);
  graph = atlas_path_chart_get_graph (self->chart);
  from = atlas_career_graph_find_node (graph, from_title);
  to = atlas_career_graph_find_node (graph, to_title);

  g_clear_pointer (&self->route_text, g_free);
  if (from < 0 || to < 0 || from == to)
    {
      self->route_text = g_strdup (_("Choose two different titles."));
      gtk_label_set_label (self->route_label, self->route_text);
      atlas_path_chart_set_route (self->chart, NULL);
      return self->route_text;
    }

  routes = atlas_career_graph_find_routes (graph, from, to, 4);
  text = g_string_new (NULL);
  if (routes->len == 0)
    g_string_printf (text, _("The sources describe no route from %s to %s."), from_title, to_title);
  for (guint r = 0; r < routes->len; r++)
    {
      GArray *route = g_ptr_array_index (routes, r);
      int min, max;
      guint untimed;

      atlas_career_graph_route_months (graph, route, &min, &max, &untimed);
      if (r > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, from_title);
      for (guint i = 0; i < route->len; i++)
        g_string_append_printf (text, " → %s",
                                atlas_career_graph_get_node_title (graph, atlas_career_graph_get_edge_to (graph, g_array_index (route, guint, i))));
      if (min > 0)
        g_string_append_printf (text, ngettext (": %d to %d months where the sources give a time; %u move without one",
                                                ": %d to %d months where the sources give a time; %u moves without one", untimed),
                                min, max, untimed);
      else
        g_string_append (text, _(": the sources give no time for these moves"));
    }
  atlas_path_chart_set_selected (self->chart, NULL);
  atlas_path_chart_set_route (self->chart, routes->len > 0 ? g_ptr_array_index (routes, 0) : NULL);
  self->route_text = g_string_free (text, FALSE);
  gtk_label_set_label (self->route_label, self->route_text);
  return self->route_text;
}

static void
on_find_route (AtlasPathsPage *self)
{
  guint from = gtk_drop_down_get_selected (self->from_dropdown);
  guint to = gtk_drop_down_get_selected (self->to_dropdown);

  if (from < self->titles->len && to < self->titles->len)
    atlas_paths_page_find_route (self, g_ptr_array_index (self->titles, from), g_ptr_array_index (self->titles, to));
}

static void
on_outline_toggled (AtlasPathsPage *self)
{
  gboolean outline = gtk_toggle_button_get_active (self->outline_toggle);
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);

  if (outline)
    atlas_chart_table_set_layout (self->chart_table, atlas_chart_get_layout (ATLAS_CHART (self->chart), &canvas));
  gtk_stack_set_visible_child_name (self->view_stack, outline ? "outline" : "diagram");
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
fill_titles (AtlasPathsPage *self)
{
  AtlasCareerGraph *graph = atlas_path_chart_get_graph (self->chart);
  g_autoptr(GtkStringList) from = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) to = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->titles, 0);
  for (guint i = 0; graph != NULL && i < atlas_career_graph_get_n_nodes (graph); i++)
    g_ptr_array_add (self->titles, (char *) atlas_career_graph_get_node_title (graph, i));
  g_ptr_array_sort (self->titles, compare_titles);
  for (guint i = 0; i < self->titles->len; i++)
    {
      gtk_string_list_append (from, g_ptr_array_index (self->titles, i));
      gtk_string_list_append (to, g_ptr_array_index (self->titles, i));
    }
  gtk_drop_down_set_model (self->from_dropdown, G_LIST_MODEL (from));
  gtk_drop_down_set_model (self->to_dropdown, G_LIST_MODEL (to));
}

/* The position in the title list of @role_id's title: the one named as the role if there
 * is one, else its first; GTK_INVALID_LIST_POSITION if the diagram does not show it. */
static guint
find_title_of_role (AtlasPathsPage *self,
                    const char     *role_id)
{
  AtlasCareerGraph *graph = atlas_path_chart_get_graph (self->chart);
  const char *name = atlas_dataset_get_role_name (self->dataset, role_id);
  guint found = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < self->titles->len; i++)
    {
      const char *title = g_ptr_array_index (self->titles, i);
      int node = atlas_career_graph_find_node (graph, title);

      if (g_strcmp0 (atlas_career_graph_get_node_role (graph, node), role_id) != 0)
        continue;
      if (g_strcmp0 (title, name) == 0)
        return i;
      if (found == GTK_INVALID_LIST_POSITION)
        found = i;
    }
  return found;
}

/* Route from the first compared role to the second: the question someone comparing two
 * roles asks first, and never the same title twice. */
static void
pick_route_ends (AtlasPathsPage     *self,
                 const char * const *role_ids)
{
  guint from = GTK_INVALID_LIST_POSITION, to = GTK_INVALID_LIST_POSITION;

  if (self->route_ends_picked || self->titles->len < 2)
    return;
  if (role_ids[0] != NULL)
    {
      from = find_title_of_role (self, role_ids[0]);
      if (role_ids[1] != NULL)
        to = find_title_of_role (self, role_ids[1]);
    }
  if (from == GTK_INVALID_LIST_POSITION)
    from = 0;
  if (to == GTK_INVALID_LIST_POSITION || to == from)
    to = from == 0 ? 1 : 0;

  self->picking_route_ends = TRUE;
  gtk_drop_down_set_selected (self->from_dropdown, from);
  gtk_drop_down_set_selected (self->to_dropdown, to);
  self->picking_route_ends = FALSE;
}

static void
on_route_end_selected (AtlasPathsPage *self)
{
  if (!self->picking_route_ends)
    self->route_ends_picked = TRUE;
}

static void
reload_now (AtlasPathsPage *self)
{
  const char * const *role_ids;
  gboolean new_dataset;

  self->reload_pending = FALSE;
  if (self->dataset == NULL || self->selection == NULL)
    return;
  if (!atlas_selection_fits_dataset (self->selection, self->dataset))
    return;
  role_ids = atlas_selection_get_role_ids (self->selection);

  new_dataset = atlas_path_chart_get_graph (self->chart) == NULL;
  atlas_path_chart_set_dataset (self->chart, self->dataset, role_ids);
  if (new_dataset || self->titles->len == 0)
    {
      /* New lists reset the choices: that is not the person picking. */
      self->picking_route_ends = TRUE;
      fill_titles (self);
      self->picking_route_ends = FALSE;
    }
  pick_route_ends (self, role_ids);
  fit_width_unless_chosen (self);
  apply_zoom (self);
}

/* Out of view, the work waits until the page is shown (or asked for its chart). */
static void
reload (AtlasPathsPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload_now (self);
  else
    self->reload_pending = TRUE;
}

static void
flush_pending_reload (AtlasPathsPage *self)
{
  if (self->reload_pending)
    reload_now (self);
}

/* A diagram a little wider than the view, as at the default window size, is shown whole
 * rather than cut at the right edge; a much wider one keeps a readable size and scrolls.
 * Worked out from the tab stack's width (the page's, less its margins) before the page is
 * laid out: when its data is loaded, which for a tab not in view happens in idle time, and
 * whenever it is shown again, in case the window was resized meanwhile. */
#define PAGE_MARGINS 24

/* Returns whether it could: not before the window has a size. */
static gboolean
fit_width_unless_chosen (AtlasPathsPage *self)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_VIEW_STACK);
  double width, height;
  int available;

  if (self->zoom_chosen || self->chart == NULL || stack == NULL)
    return FALSE;
  available = gtk_widget_get_width (stack) - PAGE_MARGINS;
  atlas_path_chart_get_natural_size (self->chart, 1.0, &width, &height);
  if (available <= 0 || width <= 0)
    return FALSE;
  set_zoom (self, CLAMP (available / width * 0.98, AUTO_FIT_MIN, 1.0));
  return TRUE;
}

static void
atlas_paths_page_map (GtkWidget *widget)
{
  AtlasPathsPage *self = ATLAS_PATHS_PAGE (widget);

  GTK_WIDGET_CLASS (atlas_paths_page_parent_class)->map (widget);
  flush_pending_reload (self);
  fit_width_unless_chosen (self);
}

static void
atlas_paths_page_dispose (GObject *object)
{
  AtlasPathsPage *self = (AtlasPathsPage *) object;

  g_clear_object (&self->chart);
  g_clear_object (&self->dataset);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->titles, g_ptr_array_unref);
  g_clear_pointer (&self->route_text, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PATHS_PAGE);

  G_OBJECT_CLASS (atlas_paths_page_parent_class)->dispose (object);
}

static void
atlas_paths_page_class_init (AtlasPathsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_paths_page_dispose;
  widget_class->map = atlas_paths_page_map;

  g_type_ensure (ATLAS_TYPE_CHART_VIEW);
  g_type_ensure (ATLAS_TYPE_CHART_TABLE);
  g_type_ensure (ATLAS_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/atlas-paths-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasPathsPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, AtlasPathsPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasPathsPage, chart_table);
  gtk_widget_class_bind_template_child (widget_class, AtlasPathsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasPathsPage, outline_toggle);
  gtk_widget_class_bind_template_child (widget_class, AtlasPathsPage, from_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasPathsPage, to_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasPathsPage, route_label);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_item);
  gtk_widget_class_bind_template_callback (widget_class, on_find_route);
  gtk_widget_class_bind_template_callback (widget_class, on_outline_toggled);

  gtk_widget_class_install_action (widget_class, "paths.zoom-in", NULL, zoom_in_activated);
  gtk_widget_class_install_action (widget_class, "paths.zoom-out", NULL, zoom_out_activated);
  gtk_widget_class_install_action (widget_class, "paths.zoom-fit", NULL, zoom_fit_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "paths.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "paths.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "paths.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "paths.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "paths.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "paths.zoom-fit", NULL);
}

static void
atlas_paths_page_init (AtlasPathsPage *self)
{
  GtkEventController *scroll;
  GtkGesture *drag, *pinch;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->zoom = 1.0;
  self->titles = g_ptr_array_new ();
  self->chart = g_object_new (ATLAS_TYPE_PATH_CHART, NULL);
  atlas_chart_view_set_chart (self->chart_view, ATLAS_CHART (self->chart));
  g_signal_connect_swapped (self->from_dropdown, "notify::selected", G_CALLBACK (on_route_end_selected), self);
  g_signal_connect_swapped (self->to_dropdown, "notify::selected", G_CALLBACK (on_route_end_selected), self);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scroller), scroll);

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart_view), GTK_EVENT_CONTROLLER (drag));

  pinch = gtk_gesture_zoom_new ();
  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch), self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart_view), GTK_EVENT_CONTROLLER (pinch));
}

void
atlas_paths_page_set_dataset (AtlasPathsPage *self,
                              AtlasDataset   *dataset)
{
  g_return_if_fail (ATLAS_IS_PATHS_PAGE (self));

  if (!g_set_object (&self->dataset, dataset))
    return;
  g_ptr_array_set_size (self->titles, 0);
  self->route_ends_picked = FALSE;
  atlas_path_chart_set_dataset (self->chart, NULL, NULL);
  reload (self);
}

void
atlas_paths_page_set_selection (AtlasPathsPage *self,
                                AtlasSelection *selection)
{
  g_return_if_fail (ATLAS_IS_PATHS_PAGE (self));

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  g_signal_connect_object (selection, "notify::role-ids", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
}

AtlasPathChart *
atlas_paths_page_get_chart (AtlasPathsPage *self)
{
  g_return_val_if_fail (ATLAS_IS_PATHS_PAGE (self), NULL);

  flush_pending_reload (self);

  return self->chart;
}

/**
 * atlas_paths_page_get_route_ends:
 * @from_title: (out) (transfer none) (nullable): the title the route finder starts from
 * @to_title: (out) (transfer none) (nullable): the title it goes to
 */
void
atlas_paths_page_get_route_ends (AtlasPathsPage  *self,
                                 const char     **from_title,
                                 const char     **to_title)
{
  guint from, to;

  g_return_if_fail (ATLAS_IS_PATHS_PAGE (self));

  flush_pending_reload (self);
  from = gtk_drop_down_get_selected (self->from_dropdown);
  to = gtk_drop_down_get_selected (self->to_dropdown);
  *from_title = from < self->titles->len ? g_ptr_array_index (self->titles, from) : NULL;
  *to_title = to < self->titles->len ? g_ptr_array_index (self->titles, to) : NULL;
}

GtkWidget *
atlas_paths_page_get_view (AtlasPathsPage *self)
{
  g_return_val_if_fail (ATLAS_IS_PATHS_PAGE (self), NULL);

  return GTK_WIDGET (self->chart_view);
}
