/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-dataset.h"

G_BEGIN_DECLS

/* Where a skill of the target role stands for someone in the starting role. */
typedef enum
{
  ATLAS_GAP_RISE,          /* both levels known, the target's is higher */
  ATLAS_GAP_NEW,           /* the starting role does not have the skill */
  ATLAS_GAP_UNKNOWN,       /* both have it, but a level is not stated */
  ATLAS_GAP_MET,           /* the starting role's level already reaches the target's */
} AtlasGapKind;

#define ATLAS_TYPE_SKILL_GAP (atlas_skill_gap_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSkillGap, atlas_skill_gap, ATLAS, SKILL_GAP, GObject)

AtlasSkillGap   *atlas_skill_gap_new           (AtlasDataset  *dataset,
                                                const char    *from_role_id,
                                                const char    *to_role_id,
                                                GError       **error);
AtlasSkillGap   *atlas_skill_gap_new_from_skills (AtlasDataset       *dataset,
                                                  const char * const *skill_ids,
                                                  const char         *to_role_id,
                                                  GError            **error);
const char      *atlas_skill_gap_get_from_id   (AtlasSkillGap *self);
const char      *atlas_skill_gap_get_to_id     (AtlasSkillGap *self);
/* Items in learning order: largest known rises first, then new skills (by the level
 * needed), then skills whose levels are not stated, then those already met. */
guint            atlas_skill_gap_get_n_items   (AtlasSkillGap *self);
const char      *atlas_skill_gap_get_skill_id  (AtlasSkillGap *self,
                                                guint          index);
AtlasGapKind     atlas_skill_gap_get_kind      (AtlasSkillGap *self,
                                                guint          index);
AtlasProficiency atlas_skill_gap_get_have      (AtlasSkillGap *self,
                                                guint          index);
AtlasProficiency atlas_skill_gap_get_need      (AtlasSkillGap *self,
                                                guint          index);
/* Levels to climb (need − have) for ATLAS_GAP_RISE and, counting from none, ATLAS_GAP_NEW
 * with a stated need; 0 otherwise. */
int              atlas_skill_gap_get_rise      (AtlasSkillGap *self,
                                                guint          index);
guint            atlas_skill_gap_get_n_to_learn (AtlasSkillGap *self);

G_END_DECLS
