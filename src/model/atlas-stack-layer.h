/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_STACK_LAYER (atlas_stack_layer_get_type ())

G_DECLARE_FINAL_TYPE (AtlasStackLayer, atlas_stack_layer, ATLAS, STACK_LAYER, GObject)

/* The values an AtlasStackLayer is made from; strings are copied. */
typedef struct
{
  int position;
  const char *name;
  const char * const *tools;
  const char *focus;
  const char *source_id;
} AtlasStackLayerFields;

AtlasStackLayer *atlas_stack_layer_new (const AtlasStackLayerFields *fields);
int atlas_stack_layer_get_position (AtlasStackLayer *self);
const char *atlas_stack_layer_get_name (AtlasStackLayer *self);
const char * const *atlas_stack_layer_get_tools (AtlasStackLayer *self);
const char *atlas_stack_layer_get_focus (AtlasStackLayer *self);
const char *atlas_stack_layer_get_source_id (AtlasStackLayer *self);

G_END_DECLS
