/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-dataset.h"

G_BEGIN_DECLS

/* Building a dataset: only the loader (atlas-dataset-loader.c) adds to one, so that every
 * dataset the rest of the application sees has been validated whole. */
AtlasDataset *atlas_dataset_new_empty (const char *name);
void          atlas_dataset_finish_building (AtlasDataset *self);
void          atlas_dataset_set_title       (AtlasDataset *self,
                                             const char   *title);

void atlas_dataset_add_source        (AtlasDataset      *self,
                                      AtlasSource       *source);
void atlas_dataset_add_role          (AtlasDataset      *self,
                                      AtlasRole         *role);
void atlas_dataset_add_skill         (AtlasDataset      *self,
                                      AtlasSkill        *skill);
void atlas_dataset_add_role_skill    (AtlasDataset      *self,
                                      AtlasRoleSkill    *role_skill);
void atlas_dataset_add_salary        (AtlasDataset      *self,
                                      AtlasSalaryFigure *figure);
void atlas_dataset_add_path          (AtlasDataset      *self,
                                      AtlasCareerPath   *path);
void atlas_dataset_add_transition    (AtlasDataset      *self,
                                      AtlasTransition   *transition);
void atlas_dataset_add_statement     (AtlasDataset      *self,
                                      AtlasStatement    *statement);
void atlas_dataset_add_market_figure (AtlasDataset      *self,
                                      AtlasMarketFigure *figure);
void atlas_dataset_add_stack_layer   (AtlasDataset      *self,
                                      AtlasStackLayer   *layer);
void atlas_dataset_add_team_stage    (AtlasDataset      *self,
                                      AtlasTeamStage    *stage);
void atlas_dataset_add_title_rule    (AtlasDataset      *self,
                                      AtlasTitleRule    *rule);

AtlasDataset *atlas_dataset_load (GBytes     *bytes,
                                  const char *name,
                                  GError    **error);

G_END_DECLS
