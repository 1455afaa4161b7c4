/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_WRAP_LABEL (atlas_wrap_label_get_type ())

G_DECLARE_FINAL_TYPE (AtlasWrapLabel, atlas_wrap_label, ATLAS, WRAP_LABEL, GtkWidget)

GtkWidget *atlas_wrap_label_new       (const char     *text,
                                       int             min_chars,
                                       int             max_chars);
GtkWidget *atlas_wrap_label_new_filling (const char  *text,
                                         int          min_chars,
                                         int          max_chars,
                                         const char  *css_class,
                                         gboolean     selectable);
GtkLabel  *atlas_wrap_label_get_label (AtlasWrapLabel *self);

G_END_DECLS
