/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_SCROLL_CONTENT (atlas_scroll_content_get_type ())

G_DECLARE_FINAL_TYPE (AtlasScrollContent, atlas_scroll_content, ATLAS, SCROLL_CONTENT, GtkWidget)

GtkWidget *atlas_scroll_content_new       (void);
GtkWidget *atlas_scroll_content_get_child (AtlasScrollContent *self);
void       atlas_scroll_content_set_child (AtlasScrollContent *self,
                                           GtkWidget          *child);

G_END_DECLS
