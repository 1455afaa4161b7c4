/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_WRAP_LABEL_LAYOUT (atlas_wrap_label_layout_get_type ())

G_DECLARE_FINAL_TYPE (AtlasWrapLabelLayout, atlas_wrap_label_layout, ATLAS, WRAP_LABEL_LAYOUT, GtkLayoutManager)

GtkLayoutManager *atlas_wrap_label_layout_new (int min_chars,
                                               int max_chars);

G_END_DECLS
