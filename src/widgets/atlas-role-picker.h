/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "atlas-dataset.h"
#include "atlas-selection.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_ROLE_PICKER (atlas_role_picker_get_type ())

G_DECLARE_FINAL_TYPE (AtlasRolePicker, atlas_role_picker, ATLAS, ROLE_PICKER, AdwBin)

void atlas_role_picker_set_dataset   (AtlasRolePicker *self,
                                      AtlasDataset    *dataset);
void atlas_role_picker_set_selection (AtlasRolePicker *self,
                                      AtlasSelection  *selection);
void atlas_role_picker_popup         (AtlasRolePicker *self);
/* A short label for a role family id ("ml-infrastructure" → "ML infrastructure"). */
const char *atlas_role_picker_family_label (const char *family);

G_END_DECLS
