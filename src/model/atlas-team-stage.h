/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_TEAM_STAGE (atlas_team_stage_get_type ())

G_DECLARE_FINAL_TYPE (AtlasTeamStage, atlas_team_stage, ATLAS, TEAM_STAGE, GObject)

/* The values an AtlasTeamStage is made from; strings are copied. */
typedef struct
{
  const char *id;
  const char *name;
  const char *scale;
  const char *approach;
  const char *source_id;
} AtlasTeamStageFields;

AtlasTeamStage *atlas_team_stage_new (const AtlasTeamStageFields *fields);
const char *atlas_team_stage_get_id (AtlasTeamStage *self);
const char *atlas_team_stage_get_name (AtlasTeamStage *self);
const char *atlas_team_stage_get_scale (AtlasTeamStage *self);
const char *atlas_team_stage_get_approach (AtlasTeamStage *self);
const char *atlas_team_stage_get_source_id (AtlasTeamStage *self);

G_END_DECLS
