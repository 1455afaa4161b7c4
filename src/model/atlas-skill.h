/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_SKILL (atlas_skill_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSkill, atlas_skill, ATLAS, SKILL, GObject)

/* The values an AtlasSkill is made from; strings are copied. */
typedef struct
{
  const char *id;
  const char *name;
  const char *category;
} AtlasSkillFields;

AtlasSkill *atlas_skill_new (const AtlasSkillFields *fields);
const char *atlas_skill_get_id (AtlasSkill *self);
const char *atlas_skill_get_name (AtlasSkill *self);
const char *atlas_skill_get_category (AtlasSkill *self);

G_END_DECLS
