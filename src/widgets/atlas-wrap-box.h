/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_WRAP_BOX (atlas_wrap_box_get_type ())

G_DECLARE_FINAL_TYPE (AtlasWrapBox, atlas_wrap_box, ATLAS, WRAP_BOX, GtkWidget)

GtkWidget *atlas_wrap_box_new    (int           spacing,
                                  int           row_spacing);
void       atlas_wrap_box_append (AtlasWrapBox *self,
                                  GtkWidget    *child);

G_END_DECLS
