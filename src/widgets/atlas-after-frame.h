/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Work for after a widget's next painted frame: what is below the fold waits until what a
 * change shows at once is on screen. Embed one in the widget's instance struct. */
typedef struct
{
  GtkWidget *widget;
  GdkFrameClock *clock;
  gulong after_paint_id;
  guint idle_id;
  GSourceFunc func;
  gpointer data;
} AtlasAfterFrame;

void     atlas_after_frame_schedule (AtlasAfterFrame *self,
                                     GtkWidget       *widget,
                                     GSourceFunc      func,
                                     gpointer         data);
gboolean atlas_after_frame_pending  (AtlasAfterFrame *self);
void     atlas_after_frame_cancel   (AtlasAfterFrame *self);

G_END_DECLS
