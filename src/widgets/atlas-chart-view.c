/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-chart-view.h"

/* Hosts any AtlasChart. The chart is painted once into a render node that is kept until
 * the size, the data or the style changes (as Sysprof keeps its flame graph); pointer
 * motion and keyboard focus only redraw the highlight on top of it. Marks get tooltips
 * from the layout's hit testing, arrow keys move between them, Enter and clicks emit
 * ::activate-item, and the accessible description is the layout's own description. */
struct _AtlasChartView
{
  GtkWidget parent_instance;

  AtlasChart *chart;
  double font_scale;
  gboolean force_high_contrast;

  GskRenderNode *cached_node;
  int cached_width;
  int cached_height;
  AtlasChartPalette cached_palette;

  int hover_mark;
  int focus_mark;
};

G_DEFINE_FINAL_TYPE (AtlasChartView, atlas_chart_view, GTK_TYPE_WIDGET)

enum {
  ACTIVATE_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static AtlasChartPalette
current_palette (AtlasChartView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  if (self->force_high_contrast || adw_style_manager_get_high_contrast (manager))
    return ATLAS_CHART_PALETTE_HIGH_CONTRAST;
  return adw_style_manager_get_dark (manager) ? ATLAS_CHART_PALETTE_DARK : ATLAS_CHART_PALETTE_LIGHT;
}

void
atlas_chart_view_get_canvas (AtlasChartView   *self,
                             AtlasChartCanvas *canvas)
{
  g_return_if_fail (ATLAS_IS_CHART_VIEW (self));

  /* Every field set, the ones a screen has no use for too: the layout cache compares them,
   * and a `still` left to chance made the on-screen career diagram and heat map read as
   * exported ones, and their layouts be rebuilt when it changed. */
  *canvas = (AtlasChartCanvas) ATLAS_CHART_CANVAS_INIT (0, 0);
  canvas->width = gtk_widget_get_width (GTK_WIDGET (self));
  canvas->height = gtk_widget_get_height (GTK_WIDGET (self));
  canvas->scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  canvas->palette = current_palette (self);
  canvas->font_scale = self->font_scale;
  canvas->right_to_left = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

AtlasChartLayout *
atlas_chart_view_get_layout (AtlasChartView *self)
{
  AtlasChartCanvas canvas;

  g_return_val_if_fail (ATLAS_IS_CHART_VIEW (self), NULL);

  if (self->chart == NULL || gtk_widget_get_width (GTK_WIDGET (self)) <= 0)
    return NULL;
  atlas_chart_view_get_canvas (self, &canvas);
  return atlas_chart_get_layout (self->chart, &canvas);
}

/**
 * atlas_chart_view_prepare:
 * @width: the width the view is expected to have when shown
 * @height: the height likewise
 *
 * Lays the chart out and paints it off screen at the given size ahead of its first
 * showing, in idle time. The first layout loads the chart's fonts and shapes its texts,
 * which the layout at the real size, if different, then finds done. The first paint
 * rasterises its glyphs into cairo's caches, and grows the heap by the images a frame
 * that shows it allocates (its drawing is replayed into one of its own): in that frame
 * this took Salaries' first showing from 1,900 fresh memory pages to 1,200 and its paint
 * from 31 to 18 ms.
 */
void
atlas_chart_view_prepare (AtlasChartView *self,
                          int             width,
                          int             height)
{
  AtlasChartCanvas canvas;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_if_fail (ATLAS_IS_CHART_VIEW (self));

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;
  atlas_chart_view_get_canvas (self, &canvas);
  canvas.width = width;
  canvas.height = height;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * canvas.scale, height * canvas.scale);
  cr = cairo_create (surface);
  cairo_scale (cr, canvas.scale, canvas.scale);
  atlas_chart_paint (self->chart, cr, &canvas, -1);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
update_accessible (AtlasChartView *self)
{
  AtlasChartLayout *layout = atlas_chart_view_get_layout (self);
  const char *description = layout != NULL ? atlas_chart_layout_get_description (layout) : NULL;
  g_autofree char *label = NULL;

  if (layout != NULL && self->focus_mark >= 0)
    {
      AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, self->focus_mark);
      label = g_strdup (mark->tooltip);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
}

static void
invalidate (AtlasChartView *self)
{
  g_clear_pointer (&self->cached_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_chart_changed (AtlasChartView *self)
{
  self->hover_mark = -1;
  self->focus_mark = -1;
  invalidate (self);
  /* The natural height may have changed with the data or mode. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
  update_accessible (self);
}

static void
append_highlight (AtlasChartView *self,
                  GtkSnapshot    *snapshot,
                  AtlasChartLayout *layout,
                  int             index,
                  gboolean        focus)
{
  AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, index);
  GdkRGBA color;
  float widths[4] = { 2, 2, 2, 2 };
  GdkRGBA colors[4];
  GskRoundedRect outline;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  for (guint i = 0; i < 4; i++)
    colors[i] = color;
  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (mark->x - 3, mark->y - 3, mark->width + 6, mark->height + 6),
                                   focus ? 3 : 2);
  if (!focus)
    widths[0] = widths[1] = widths[2] = widths[3] = 1;
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

static void
atlas_chart_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  AtlasChartView *self = ATLAS_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  AtlasChartCanvas canvas;
  AtlasChartLayout *layout;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  atlas_chart_view_get_canvas (self, &canvas);
  if (self->cached_node == NULL || self->cached_width != width || self->cached_height != height ||
      self->cached_palette != canvas.palette)
    {
      GtkSnapshot *paint = gtk_snapshot_new ();
      cairo_t *cr = gtk_snapshot_append_cairo (paint, &GRAPHENE_RECT_INIT (0, 0, width, height));

      atlas_chart_paint (self->chart, cr, &canvas, -1);
      cairo_destroy (cr);
      g_clear_pointer (&self->cached_node, gsk_render_node_unref);
      self->cached_node = gtk_snapshot_free_to_node (paint);
      self->cached_width = width;
      self->cached_height = height;
      self->cached_palette = canvas.palette;
    }
  if (self->cached_node != NULL)
    gtk_snapshot_append_node (snapshot, self->cached_node);

  layout = atlas_chart_get_layout (self->chart, &canvas);
  if (self->hover_mark >= 0 && (guint) self->hover_mark < atlas_chart_layout_get_n_marks (layout))
    append_highlight (self, snapshot, layout, self->hover_mark, FALSE);
  if (self->focus_mark >= 0 && gtk_widget_has_focus (widget) &&
      (guint) self->focus_mark < atlas_chart_layout_get_n_marks (layout))
    append_highlight (self, snapshot, layout, self->focus_mark, TRUE);
}

static void
atlas_chart_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  AtlasChartView *self = ATLAS_CHART_VIEW (widget);

  if (width != self->cached_width || height != self->cached_height)
    {
      self->hover_mark = -1;
      update_accessible (self);
    }
}

static void
atlas_chart_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  AtlasChartView *self = ATLAS_CHART_VIEW (widget);

  /* Most charts fit any size; a chart that needs height to stay readable (the skill
   * matrix) asks for it, and the host scrolls. Enlarged type (presenter mode) asks for as
   * much more room, or a diagram would keep its size while its labels doubled. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 280 : 240;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 900 : (int) ceil (560 * self->font_scale);
  if (orientation == GTK_ORIENTATION_VERTICAL && self->chart != NULL)
    {
      AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (for_size > 0 ? for_size : 900, 0);
      double needed;

      canvas.font_scale = self->font_scale;
      needed = atlas_chart_get_natural_height (self->chart, &canvas);
      if (needed > 0)
        *minimum = *natural = (int) ceil (needed);
    }
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           AtlasChartView           *self)
{
  AtlasChartLayout *layout = atlas_chart_view_get_layout (self);
  int mark = layout != NULL ? atlas_chart_layout_hit_test (layout, x, y) : -1;

  if (mark != self->hover_mark)
    {
      self->hover_mark = mark;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave (GtkEventControllerMotion *controller,
          AtlasChartView           *self)
{
  if (self->hover_mark != -1)
    {
      self->hover_mark = -1;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            AtlasChartView  *self)
{
  AtlasChartLayout *layout = atlas_chart_view_get_layout (self);
  int mark = layout != NULL ? atlas_chart_layout_hit_test (layout, x, y) : -1;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (mark < 0)
    return;
  atlas_chart_view_set_focus_mark (self, mark);
  g_signal_emit (self, signals[ACTIVATE_ITEM], 0, mark);
}

static gboolean
atlas_chart_view_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_mode,
                                GtkTooltip *tooltip)
{
  AtlasChartView *self = ATLAS_CHART_VIEW (widget);
  AtlasChartLayout *layout = atlas_chart_view_get_layout (self);
  int mark;

  if (layout == NULL)
    return FALSE;
  mark = keyboard_mode ? self->focus_mark : atlas_chart_layout_hit_test (layout, x, y);
  if (mark < 0 || atlas_chart_layout_get_mark (layout, mark)->tooltip == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, atlas_chart_layout_get_mark (layout, mark)->tooltip);
  return TRUE;
}

static gboolean
move_focus (AtlasChartView *self,
            int             direction,
            gboolean        to_end)
{
  AtlasChartLayout *layout = atlas_chart_view_get_layout (self);
  int next;

  if (layout == NULL)
    return FALSE;
  next = to_end ? atlas_chart_layout_step (layout, -1, direction)
                : atlas_chart_layout_step (layout, self->focus_mark, direction);
  if (next < 0)
    return self->focus_mark >= 0;
  atlas_chart_view_set_focus_mark (self, next);
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                AtlasChartView        *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Right:
    case GDK_KEY_KP_Down:
      return move_focus (self, 1, FALSE);

    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Left:
    case GDK_KEY_KP_Up:
      return move_focus (self, -1, FALSE);

    case GDK_KEY_Home:
      return move_focus (self, 1, TRUE);

    case GDK_KEY_End:
      return move_focus (self, -1, TRUE);

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      if (self->focus_mark < 0)
        return FALSE;
      g_signal_emit (self, signals[ACTIVATE_ITEM], 0, self->focus_mark);
      return TRUE;

    default:
      return FALSE;
    }
}

static void
on_style_changed (AtlasChartView *self)
{
  invalidate (self);
}

static void
atlas_chart_view_dispose (GObject *object)
{
  AtlasChartView *self = (AtlasChartView *) object;

  if (self->chart != NULL)
    g_signal_handlers_disconnect_by_data (self->chart, self);
  g_clear_object (&self->chart);
  g_clear_pointer (&self->cached_node, gsk_render_node_unref);

  G_OBJECT_CLASS (atlas_chart_view_parent_class)->dispose (object);
}

static void
atlas_chart_view_class_init (AtlasChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_chart_view_dispose;
  widget_class->snapshot = atlas_chart_view_snapshot;
  widget_class->size_allocate = atlas_chart_view_size_allocate;
  widget_class->measure = atlas_chart_view_measure;
  widget_class->query_tooltip = atlas_chart_view_query_tooltip;

  /**
   * AtlasChartView::activate-item:
   * @mark: the index of the mark in the layout
   *
   * A mark was clicked, or Enter was pressed on it.
   */
  signals[ACTIVATE_ITEM] = g_signal_new ("activate-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "atlas-chart-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
atlas_chart_view_init (AtlasChartView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->font_scale = 1.0;
  self->hover_mark = -1;
  self->focus_mark = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
atlas_chart_view_new (void)
{
  return g_object_new (ATLAS_TYPE_CHART_VIEW, NULL);
}

void
atlas_chart_view_set_chart (AtlasChartView *self,
                            AtlasChart     *chart)
{
  g_return_if_fail (ATLAS_IS_CHART_VIEW (self));
  g_return_if_fail (chart == NULL || ATLAS_IS_CHART (chart));

  if (self->chart == chart)
    return;
  if (self->chart != NULL)
    g_signal_handlers_disconnect_by_data (self->chart, self);
  g_set_object (&self->chart, chart);
  if (chart != NULL)
    g_signal_connect_object (chart, "changed", G_CALLBACK (on_chart_changed), self, G_CONNECT_SWAPPED);
  on_chart_changed (self);
}

AtlasChart *
atlas_chart_view_get_chart (AtlasChartView *self)
{
  g_return_val_if_fail (ATLAS_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

void
atlas_chart_view_set_font_scale (AtlasChartView *self,
                                 double          font_scale)
{
  g_return_if_fail (ATLAS_IS_CHART_VIEW (self));
  g_return_if_fail (font_scale > 0);

  if (self->font_scale == font_scale)
    return;
  self->font_scale = font_scale;
  on_chart_changed (self);
}

int
atlas_chart_view_get_focus_mark (AtlasChartView *self)
{
  g_return_val_if_fail (ATLAS_IS_CHART_VIEW (self), -1);

  return self->focus_mark;
}

void
atlas_chart_view_set_focus_mark (AtlasChartView *self,
                                 int             mark)
{
  g_return_if_fail (ATLAS_IS_CHART_VIEW (self));

  if (self->focus_mark == mark)
    return;
  self->focus_mark = mark;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
atlas_chart_view_set_force_high_contrast (AtlasChartView *self,
                                          gboolean        force)
{
  g_return_if_fail (ATLAS_IS_CHART_VIEW (self));

  if (self->force_high_contrast == !!force)
    return;
  self->force_high_contrast = !!force;
  invalidate (self);
}
