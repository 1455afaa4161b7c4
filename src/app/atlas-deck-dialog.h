/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Lets a trainer choose which views presenter mode steps through, and in which order;
 * saved to the presenter-deck setting. Returns the dialog, already shown. */
GtkWidget *atlas_deck_dialog_present (GtkWindow *parent,
                                      GSettings *settings);
/* The views the dialog's rows name, in their current order, ticked ones only. */
GStrv      atlas_deck_dialog_get_deck (GtkWidget *dialog);

G_END_DECLS
