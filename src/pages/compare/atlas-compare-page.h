/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "atlas-comparison.h"
#include "atlas-dataset.h"
#include "atlas-selection.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_COMPARE_PAGE (atlas_compare_page_get_type ())

G_DECLARE_FINAL_TYPE (AtlasComparePage, atlas_compare_page, ATLAS, COMPARE_PAGE, AdwBin)

void             atlas_compare_page_set_dataset    (AtlasComparePage *self,
                                                    AtlasDataset     *dataset);
void             atlas_compare_page_set_selection  (AtlasComparePage *self,
                                                    AtlasSelection   *selection);
/* The comparison on screen, for copying; NULL before a dataset and selection are set. */
AtlasComparison *atlas_compare_page_get_comparison (AtlasComparePage *self);

G_END_DECLS
