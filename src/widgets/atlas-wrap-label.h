/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *atlas_wrap_label_new         (const char *text,
                                         int         min_chars,
                                         int         max_chars);
GtkWidget *atlas_wrap_label_new_filling (const char *text,
                                         int         min_chars,
                                         int         max_chars,
                                         const char *css_class,
                                         gboolean    selectable);

G_END_DECLS
