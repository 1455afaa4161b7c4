/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "atlas-enums.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_ROLE_SKILL (atlas_role_skill_get_type ())

G_DECLARE_FINAL_TYPE (AtlasRoleSkill, atlas_role_skill, ATLAS, ROLE_SKILL, GObject)

/* The values an AtlasRoleSkill is made from; strings are copied. */
typedef struct
{
  const char *role_id;
  const char *skill_id;
  AtlasProficiency min_proficiency;
  AtlasProficiency max_proficiency;
  const char *detail;
  int rank;
  const char *source_id;
} AtlasRoleSkillFields;

AtlasRoleSkill *atlas_role_skill_new (const AtlasRoleSkillFields *fields);
const char *atlas_role_skill_get_role_id (AtlasRoleSkill *self);
const char *atlas_role_skill_get_skill_id (AtlasRoleSkill *self);
AtlasProficiency atlas_role_skill_get_min_proficiency (AtlasRoleSkill *self);
AtlasProficiency atlas_role_skill_get_max_proficiency (AtlasRoleSkill *self);
const char *atlas_role_skill_get_detail (AtlasRoleSkill *self);
int atlas_role_skill_get_rank (AtlasRoleSkill *self);
const char *atlas_role_skill_get_source_id (AtlasRoleSkill *self);

G_END_DECLS
