/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *atlas_plain_row_new (const char *title,
                                GtkWidget  *child);

G_END_DECLS
