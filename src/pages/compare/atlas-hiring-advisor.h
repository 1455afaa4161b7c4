/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "atlas-dataset.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_HIRING_ADVISOR (atlas_hiring_advisor_get_type ())

G_DECLARE_FINAL_TYPE (AtlasHiringAdvisor, atlas_hiring_advisor, ATLAS, HIRING_ADVISOR, AdwBin)

void        atlas_hiring_advisor_set_dataset         (AtlasHiringAdvisor *self,
                                                      AtlasDataset       *dataset);
/* Ticks or unticks the situation at @index (in dataset order), as the user would. */
void        atlas_hiring_advisor_set_ticked          (AtlasHiringAdvisor *self,
                                                      guint               index,
                                                      gboolean            ticked);
/* The recommendation as shown, for tests and the accessible description. */
const char *atlas_hiring_advisor_get_recommendation  (AtlasHiringAdvisor *self);

G_END_DECLS
