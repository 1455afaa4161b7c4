/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "atlas-career-path.h"
#include "atlas-market-figure.h"
#include "atlas-role.h"
#include "atlas-role-skill.h"
#include "atlas-salary-figure.h"
#include "atlas-skill.h"
#include "atlas-source.h"
#include "atlas-stack-layer.h"
#include "atlas-statement.h"
#include "atlas-team-stage.h"
#include "atlas-title-rule.h"
#include "atlas-transition.h"

G_BEGIN_DECLS

#define ATLAS_DATASET_ERROR (atlas_dataset_error_quark ())

typedef enum
{
  ATLAS_DATASET_ERROR_IO,
  ATLAS_DATASET_ERROR_TOO_LARGE,
  ATLAS_DATASET_ERROR_ENCODING,
  ATLAS_DATASET_ERROR_TOO_DEEP,
  ATLAS_DATASET_ERROR_SYNTAX,
  ATLAS_DATASET_ERROR_FORMAT,
  ATLAS_DATASET_ERROR_INVALID,
} AtlasDatasetError;

/* Limits a dataset must keep to; larger or deeper input is refused before parsing. */
#define ATLAS_DATASET_MAX_BYTES (64 * 1024 * 1024)
#define ATLAS_DATASET_MAX_DEPTH 64
/* A name, title or statement longer than this is not text a chart can show. */
#define ATLAS_DATASET_MAX_TEXT_BYTES 10000
/* Far above the bundled data (about 1,200 objects and 12,000 values) times a hundred. */
#define ATLAS_DATASET_MAX_OBJECTS 250000
#define ATLAS_DATASET_MAX_VALUES 2500000
#define ATLAS_DATASET_FORMAT "role-atlas-dataset"
#define ATLAS_DATASET_VERSION 1
/* The bundled dataset inside the application's GResource. */
#define ATLAS_DATASET_BUNDLED_PATH "/io/github/roleatlas/RoleAtlas/dataset/role-atlas.json"

#define ATLAS_TYPE_DATASET (atlas_dataset_get_type ())

G_DECLARE_FINAL_TYPE (AtlasDataset, atlas_dataset, ATLAS, DATASET, GObject)

GQuark        atlas_dataset_error_quark        (void);

AtlasDataset *atlas_dataset_new_from_bytes     (GBytes       *bytes,
                                                const char   *name,
                                                GError      **error);
AtlasDataset *atlas_dataset_new_from_file      (GFile        *file,
                                                GCancellable *cancellable,
                                                GError      **error);
AtlasDataset *atlas_dataset_new_from_resource  (const char   *resource_path,
                                                GError      **error);
AtlasDataset *atlas_dataset_new_bundled        (GError      **error);
void          atlas_dataset_preload_bundled    (void);

const char   *atlas_dataset_get_name           (AtlasDataset *self);
/* The title the dataset gives itself ("title" at its top level), or NULL. */
const char   *atlas_dataset_get_title          (AtlasDataset *self);

GListModel   *atlas_dataset_get_sources        (AtlasDataset *self);
GListModel   *atlas_dataset_get_roles          (AtlasDataset *self);
GListModel   *atlas_dataset_get_skills         (AtlasDataset *self);
GListModel   *atlas_dataset_get_role_skills    (AtlasDataset *self);
GListModel   *atlas_dataset_get_salaries       (AtlasDataset *self);
GListModel   *atlas_dataset_get_paths          (AtlasDataset *self);
GListModel   *atlas_dataset_get_transitions    (AtlasDataset *self);
GListModel   *atlas_dataset_get_statements     (AtlasDataset *self);
GListModel   *atlas_dataset_get_market_figures (AtlasDataset *self);
GListModel   *atlas_dataset_get_stack_layers   (AtlasDataset *self);
GListModel   *atlas_dataset_get_title_rules    (AtlasDataset *self);
GListModel   *atlas_dataset_get_team_stages    (AtlasDataset *self);

AtlasSource  *atlas_dataset_lookup_source      (AtlasDataset *self,
                                                const char   *id);
/* A new dataset: this one's content plus @source and salary @figures (imported salary
 * records, say), which must refer to @source and to roles this dataset has. */
AtlasDataset *atlas_dataset_new_with_salaries  (AtlasDataset *self,
                                                AtlasSource  *source,
                                                GPtrArray    *figures);

AtlasRole    *atlas_dataset_lookup_role        (AtlasDataset *self,
                                                const char   *id);
/* The role's name in the user's language, or the id itself for a role the dataset lacks. */
const char   *atlas_dataset_get_role_name      (AtlasDataset *self,
                                                const char   *id);
AtlasSkill   *atlas_dataset_lookup_skill       (AtlasDataset *self,
                                                const char   *id);
AtlasCareerPath *atlas_dataset_lookup_path     (AtlasDataset *self,
                                                const char   *id);

G_END_DECLS
