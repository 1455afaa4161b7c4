/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "atlas-application.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_WINDOW (atlas_window_get_type ())

G_DECLARE_FINAL_TYPE (AtlasWindow, atlas_window, ATLAS, WINDOW, AdwApplicationWindow)

AtlasWindow *atlas_window_new (AtlasApplication *application,
                               GFile            *data_file);

G_END_DECLS
