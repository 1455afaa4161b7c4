/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-dataset.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_HIRING_ADVICE (atlas_hiring_advice_get_type ())

G_DECLARE_FINAL_TYPE (AtlasHiringAdvice, atlas_hiring_advice, ATLAS, HIRING_ADVICE, GObject)

/* Every situation the sources list as a reason to hire a role ("hire-when" statements),
 * in dataset order: a new array of borrowed statements. */
GPtrArray         *atlas_hiring_advice_list_situations (AtlasDataset      *dataset);

AtlasHiringAdvice *atlas_hiring_advice_new             (GPtrArray         *ticked);
/* Roles that at least one ticked situation points to, most votes first. */
guint              atlas_hiring_advice_get_n_roles     (AtlasHiringAdvice *self);
const char        *atlas_hiring_advice_get_role_id     (AtlasHiringAdvice *self,
                                                        guint              index);
/* The ticked situations that point to role @index, borrowed. */
GPtrArray         *atlas_hiring_advice_get_reasons     (AtlasHiringAdvice *self,
                                                        guint              index);
/* The roles sharing the most votes: 0 when nothing is ticked, above 1 for a tie. */
guint              atlas_hiring_advice_get_n_leaders   (AtlasHiringAdvice *self);

G_END_DECLS
