/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "atlas-dataset.h"
#include "atlas-selection.h"
#include "atlas-skill-chart.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SKILLS_PAGE (atlas_skills_page_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSkillsPage, atlas_skills_page, ATLAS, SKILLS_PAGE, AdwBin)

void             atlas_skills_page_set_dataset   (AtlasSkillsPage *self,
                                                  AtlasDataset    *dataset);
void             atlas_skills_page_set_selection (AtlasSkillsPage *self,
                                                  AtlasSelection  *selection);
AtlasSkillChart *atlas_skills_page_get_chart     (AtlasSkillsPage *self);
/* Chooses the gap's starting point and target: a role id, or NULL for "my current skills". */
void             atlas_skills_page_set_gap       (AtlasSkillsPage *self,
                                                  const char      *from_role_id,
                                                  const char      *to_role_id);
/* The gap as shown, one line per item, then the time lines; for tests. */
char            *atlas_skills_page_describe_gap  (AtlasSkillsPage *self);
/* The skill gap as Copy puts it on the clipboard: what to learn, what is already met, how
 * long the move takes, and the documents the levels come from. */
char            *atlas_skills_page_gap_to_text  (AtlasSkillsPage *self);
void             atlas_skills_page_set_mode      (AtlasSkillsPage    *self,
                                                  AtlasSkillChartMode mode);
void             atlas_skills_page_set_font_scale (AtlasSkillsPage   *self,
                                                   double             font_scale);

GtkWidget      *atlas_skills_page_get_view (AtlasSkillsPage *self);

G_END_DECLS
