/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "atlas-application.h"
#include "atlas-dataset.h"
#include "atlas-selection.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_WINDOW (atlas_window_get_type ())

G_DECLARE_FINAL_TYPE (AtlasWindow, atlas_window, ATLAS, WINDOW, AdwApplicationWindow)

AtlasWindow    *atlas_window_new              (AtlasApplication    *application,
                                               GFile               *data_file);
AtlasDataset   *atlas_window_get_dataset      (AtlasWindow         *self);
AtlasSelection *atlas_window_get_selection    (AtlasWindow         *self);
GtkWidget      *atlas_window_get_page         (AtlasWindow         *self,
                                               const char          *name);
AdwViewStack   *atlas_window_get_stack        (AtlasWindow         *self);
/* Loads @file in a worker thread; on success the window switches to it, on failure it
 * keeps the data it shows and presents the loader's message. */
void            atlas_window_open_file        (AtlasWindow         *self,
                                               GFile               *file,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
/* Reads a salary CSV off the main thread and asks, in a dialog, how to treat duplicates and
 * employment types before adding its cells to the data; finishes once the dialog is up
 * (TRUE) or the file could not be read (FALSE, with the error also shown). */
void            atlas_window_import_salaries  (AtlasWindow         *self,
                                               GFile               *file,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean        atlas_window_import_salaries_finish (AtlasWindow   *self,
                                               GAsyncResult        *result,
                                               GError             **error);
gboolean        atlas_window_open_file_finish (AtlasWindow         *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* Presenter mode (F5): fullscreen, enlarged type, a deck of views stepped with Page Down. */
gboolean        atlas_window_get_presenting   (AtlasWindow         *self);
/* What Page Down (+1) and Page Up (−1) do while presenting. */
void            atlas_window_step_deck        (AtlasWindow         *self,
                                               int                  direction);
/* The deck view shown while presenting, or NULL. */
const char     *atlas_window_get_deck_view    (AtlasWindow         *self);

G_END_DECLS
