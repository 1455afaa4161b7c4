/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include "atlas-after-frame.h"

static gboolean
run_in_idle (gpointer user_data)
{
  AtlasAfterFrame *self = user_data;

  self->idle_id = 0;
  self->func (self->data);
  return G_SOURCE_REMOVE;
}

static void
disconnect_clock (AtlasAfterFrame *self)
{
  /* A window destroyed before it painted takes its frame clock's handlers with it. */
  if (self->after_paint_id != 0 && g_signal_handler_is_connected (self->clock, self->after_paint_id))
    g_signal_handler_disconnect (self->clock, self->after_paint_id);
  self->after_paint_id = 0;
  g_clear_object (&self->clock);
}

static void
on_after_paint (GdkFrameClock   *clock,
                AtlasAfterFrame *self)
{
  disconnect_clock (self);
  if (self->idle_id == 0)
    self->idle_id = g_idle_add (run_in_idle, self);
}

/**
 * atlas_after_frame_schedule:
 * @widget: a mapped widget; an unmapped one has no frames, and nothing is scheduled
 * @func: called once, in the idle time after @widget's next painted frame; its return
 *   value is ignored
 *
 * Does nothing if a call is already pending.
 */
void
atlas_after_frame_schedule (AtlasAfterFrame *self,
                            GtkWidget       *widget,
                            GSourceFunc      func,
                            gpointer         data)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (atlas_after_frame_pending (self) || !gtk_widget_get_mapped (widget))
    return;
  self->widget = widget;
  self->func = func;
  self->data = data;
  self->clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->after_paint_id = g_signal_connect (self->clock, "after-paint", G_CALLBACK (on_after_paint), self);
  /* A change that needs no new layout still gets the frame this waits for. */
  gtk_widget_queue_draw (widget);
}

gboolean
atlas_after_frame_pending (AtlasAfterFrame *self)
{
  return self->after_paint_id != 0 || self->idle_id != 0;
}

void
atlas_after_frame_cancel (AtlasAfterFrame *self)
{
  disconnect_clock (self);
  g_clear_handle_id (&self->idle_id, g_source_remove);
}
