/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-dataset.h"

G_BEGIN_DECLS

/* The tables `role-atlas --list=WHAT` prints, as RFC 4180 CSV with a header row. */
typedef enum
{
  ATLAS_LIST_ROLES,
  ATLAS_LIST_SKILLS,
  ATLAS_LIST_SALARIES,
  ATLAS_LIST_PATHS,
  ATLAS_LIST_SOURCES,
} AtlasListKind;

gboolean atlas_list_kind_from_string     (const char    *text,
                                          AtlasListKind *kind);
/* "roles, skills, salaries, paths, sources" */
char    *atlas_list_kind_list_spellings  (void);
void     atlas_dataset_append_csv        (AtlasDataset  *self,
                                          AtlasListKind  kind,
                                          GString       *out);
/* "OK: 8 roles, …": the one-line summary `role-atlas --validate` prints. */
char    *atlas_dataset_describe_counts   (AtlasDataset  *self);

G_END_DECLS
