/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "atlas-enums.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PATH_STEP (atlas_path_step_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPathStep, atlas_path_step, ATLAS, PATH_STEP, GObject)

/* The values an AtlasPathStep is made from; strings are copied. */
typedef struct
{
  int position;
  const char *title;
  const char *role_id;
  AtlasLevel level;
} AtlasPathStepFields;

AtlasPathStep *atlas_path_step_new (const AtlasPathStepFields *fields);
int atlas_path_step_get_position (AtlasPathStep *self);
const char *atlas_path_step_get_title (AtlasPathStep *self);
const char *atlas_path_step_get_role_id (AtlasPathStep *self);
AtlasLevel atlas_path_step_get_level (AtlasPathStep *self);

G_END_DECLS
