/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_TRANSITION (atlas_transition_get_type ())

G_DECLARE_FINAL_TYPE (AtlasTransition, atlas_transition, ATLAS, TRANSITION, GObject)

/* The values an AtlasTransition is made from; strings are copied. */
typedef struct
{
  const char *from_id;
  const char *to_id;
  int min_months;
  int max_months;
  const char * const *learn;
  const char *note;
  const char *source_id;
} AtlasTransitionFields;

AtlasTransition *atlas_transition_new (const AtlasTransitionFields *fields);
const char *atlas_transition_get_from_id (AtlasTransition *self);
const char *atlas_transition_get_to_id (AtlasTransition *self);
int atlas_transition_get_min_months (AtlasTransition *self);
int atlas_transition_get_max_months (AtlasTransition *self);
const char * const *atlas_transition_get_learn (AtlasTransition *self);
const char *atlas_transition_get_note (AtlasTransition *self);
const char *atlas_transition_get_source_id (AtlasTransition *self);

G_END_DECLS
