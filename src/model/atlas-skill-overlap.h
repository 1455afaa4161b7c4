/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-dataset.h"

G_BEGIN_DECLS

#define ATLAS_SKILL_OVERLAP_MIN_ROLES 2
#define ATLAS_SKILL_OVERLAP_MAX_ROLES 4

#define ATLAS_TYPE_SKILL_OVERLAP (atlas_skill_overlap_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSkillOverlap, atlas_skill_overlap, ATLAS, SKILL_OVERLAP, GObject)

AtlasSkillOverlap  *atlas_skill_overlap_new            (AtlasDataset       *dataset,
                                                        const char * const *role_ids,
                                                        GError            **error);
guint               atlas_skill_overlap_get_n_roles    (AtlasSkillOverlap  *self);
const char         *atlas_skill_overlap_get_role_id    (AtlasSkillOverlap  *self,
                                                        guint               index);
/* The skills held by exactly the roles whose bits are set in @mask (bit i: role i). */
const char * const *atlas_skill_overlap_get_region     (AtlasSkillOverlap  *self,
                                                        guint               mask);
const char * const *atlas_skill_overlap_get_shared     (AtlasSkillOverlap  *self);
const char * const *atlas_skill_overlap_get_unique     (AtlasSkillOverlap  *self,
                                                        guint               index);
guint               atlas_skill_overlap_get_role_size  (AtlasSkillOverlap  *self,
                                                        guint               index);
guint               atlas_skill_overlap_get_union_size (AtlasSkillOverlap  *self);
double              atlas_skill_overlap_get_jaccard    (AtlasSkillOverlap  *self);
double              atlas_skill_overlap_get_pair_jaccard (AtlasSkillOverlap *self,
                                                          guint              a,
                                                          guint              b);

G_END_DECLS
