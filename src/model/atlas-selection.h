/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "atlas-dataset.h"

G_BEGIN_DECLS

#define ATLAS_SELECTION_MIN_ROLES 2
#define ATLAS_SELECTION_MAX_ROLES 4

#define ATLAS_TYPE_SELECTION (atlas_selection_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSelection, atlas_selection, ATLAS, SELECTION, GObject)

AtlasSelection     *atlas_selection_new          (void);
const char * const *atlas_selection_get_role_ids (AtlasSelection     *self);
guint               atlas_selection_get_n_roles  (AtlasSelection     *self);
gboolean            atlas_selection_set_role_ids (AtlasSelection     *self,
                                                  const char * const *role_ids);
gboolean            atlas_selection_contains     (AtlasSelection     *self,
                                                  const char         *role_id);
gboolean            atlas_selection_add          (AtlasSelection     *self,
                                                  const char         *role_id);
gboolean            atlas_selection_remove       (AtlasSelection     *self,
                                                  const char         *role_id);
/* Whether @dataset knows every selected role: not so for a moment while the window swaps
 * datasets, when pages wait for both to agree. */
gboolean            atlas_selection_fits_dataset (AtlasSelection     *self,
                                                  AtlasDataset       *dataset);

G_END_DECLS
