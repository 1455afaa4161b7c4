/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-chart.h"
#include "atlas-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  ATLAS_SKILL_CHART_OVERLAP,  /* Venn diagram for 2 or 3 roles, UpSet chart for 4 */
  ATLAS_SKILL_CHART_MATRIX,   /* skills by category × roles, each cell a proficiency */
  ATLAS_SKILL_CHART_TOP,      /* the sources' ranked top-skill lists side by side */
} AtlasSkillChartMode;

#define ATLAS_TYPE_SKILL_CHART (atlas_skill_chart_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSkillChart, atlas_skill_chart, ATLAS, SKILL_CHART, AtlasChart)

AtlasSkillChart    *atlas_skill_chart_new                (AtlasDataset        *dataset,
                                                          const char * const  *role_ids);
void                atlas_skill_chart_set_dataset        (AtlasSkillChart     *self,
                                                          AtlasDataset        *dataset,
                                                          const char * const  *role_ids);
void                atlas_skill_chart_set_mode           (AtlasSkillChart     *self,
                                                          AtlasSkillChartMode  mode);
AtlasSkillChartMode atlas_skill_chart_get_mode           (AtlasSkillChart     *self);
/* The skill every mode highlights, or NULL. */
void                atlas_skill_chart_set_selected_skill (AtlasSkillChart     *self,
                                                          const char          *skill_id);
const char         *atlas_skill_chart_get_selected_skill (AtlasSkillChart     *self);

G_END_DECLS
