/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-skill-chart.h"

G_BEGIN_DECLS

/* What the skill chart's parts in other files (the Venn) need of it. */
guint       atlas_skill_chart_get_n_roles       (AtlasSkillChart    *self);
const char *atlas_skill_chart_role_name         (AtlasSkillChart    *self,
                                                 guint               index);
/* The skill's name in the dataset, or its id when the dataset has no such skill. */
const char *atlas_skill_chart_skill_name        (AtlasSkillChart    *self,
                                                 const char         *skill_id);
/* "A, B and C" for the roles in @mask. */
char       *atlas_skill_chart_joined_role_names (AtlasSkillChart    *self,
                                                 guint               mask);
/* "X, Y, Z" for the skills. */
char       *atlas_skill_chart_join_skill_names  (AtlasSkillChart    *self,
                                                 const char * const *skill_ids);

G_END_DECLS
