/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "atlas-source.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SOURCE_BUTTON (atlas_source_button_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSourceButton, atlas_source_button, ATLAS, SOURCE_BUTTON, GtkButton)

GtkWidget   *atlas_source_button_new        (AtlasSource       *source,
                                             const char        *cites);
AtlasSource *atlas_source_button_get_source (AtlasSourceButton *self);

G_END_DECLS
