/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  ATLAS_COMPARISON_TEXT,     /* tab-separated, pastes into a spreadsheet */
  ATLAS_COMPARISON_MARKDOWN,
} AtlasComparisonFormat;

#define ATLAS_TYPE_COMPARISON (atlas_comparison_get_type ())

G_DECLARE_FINAL_TYPE (AtlasComparison, atlas_comparison, ATLAS, COMPARISON, GObject)

AtlasComparison *atlas_comparison_new                 (AtlasDataset       *dataset,
                                                       const char * const *role_ids);
guint            atlas_comparison_get_n_roles         (AtlasComparison    *self);
const char      *atlas_comparison_get_role_id         (AtlasComparison    *self,
                                                       guint               column);
guint            atlas_comparison_get_n_rows          (AtlasComparison    *self);
const char      *atlas_comparison_get_row_id          (AtlasComparison    *self,
                                                       guint               row);
const char      *atlas_comparison_get_row_label       (AtlasComparison    *self,
                                                       guint               row);
/* What the sources say for one row and role: zero or more entries, each with its source. */
guint            atlas_comparison_get_n_entries       (AtlasComparison    *self,
                                                       guint               row,
                                                       guint               column);
const char      *atlas_comparison_get_entry_text      (AtlasComparison    *self,
                                                       guint               row,
                                                       guint               column,
                                                       guint               entry);
const char      *atlas_comparison_get_entry_source_id (AtlasComparison    *self,
                                                       guint               row,
                                                       guint               column,
                                                       guint               entry);
char            *atlas_comparison_to_string           (AtlasComparison    *self,
                                                       AtlasComparisonFormat format);

G_END_DECLS
