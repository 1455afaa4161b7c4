/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "atlas-path-step.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_CAREER_PATH (atlas_career_path_get_type ())

G_DECLARE_FINAL_TYPE (AtlasCareerPath, atlas_career_path, ATLAS, CAREER_PATH, GObject)

/* The values an AtlasCareerPath is made from; strings are copied. */
typedef struct
{
  const char *id;
  const char *name;
  const char *source_id;
} AtlasCareerPathFields;

AtlasCareerPath *atlas_career_path_new (const AtlasCareerPathFields *fields);
const char *atlas_career_path_get_id (AtlasCareerPath *self);
const char *atlas_career_path_get_name (AtlasCareerPath *self);
const char *atlas_career_path_get_source_id (AtlasCareerPath *self);

/* Steps in order of position; several steps may share a position. */
GListModel *atlas_career_path_get_steps (AtlasCareerPath *self);
void        atlas_career_path_add_step  (AtlasCareerPath *self,
                                         AtlasPathStep   *step);
guint       atlas_career_path_get_n_positions (AtlasCareerPath *self);

G_END_DECLS
