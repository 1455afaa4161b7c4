/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-stack-layer.h"

/* One layer of the MLOps tool stack, with the tools a source names for it. */
struct _AtlasStackLayer
{
  GObject parent_instance;

  int position;
  char *name;
  char **tools;
  char *focus;
  char *source_id;
};

G_DEFINE_FINAL_TYPE (AtlasStackLayer, atlas_stack_layer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_NAME,
  PROP_TOOLS,
  PROP_FOCUS,
  PROP_SOURCE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_stack_layer_finalize (GObject *object)
{
  AtlasStackLayer *self = (AtlasStackLayer *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->tools, g_strfreev);
  g_clear_pointer (&self->focus, g_free);
  g_clear_pointer (&self->source_id, g_free);

  G_OBJECT_CLASS (atlas_stack_layer_parent_class)->finalize (object);
}

static void
atlas_stack_layer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AtlasStackLayer *self = ATLAS_STACK_LAYER (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_TOOLS:
      g_value_set_boxed (value, self->tools);
      break;

    case PROP_FOCUS:
      g_value_set_string (value, self->focus);
      break;

    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_stack_layer_class_init (AtlasStackLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_stack_layer_finalize;
  object_class->get_property = atlas_stack_layer_get_property;

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 1, G_MAXINT, 1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_TOOLS] =
    g_param_spec_boxed ("tools", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_FOCUS] =
    g_param_spec_string ("focus", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_stack_layer_init (AtlasStackLayer *self)
{
}

/**
 * atlas_stack_layer_new:
 * @fields: the values, copied
 *
 * Returns: (transfer full): a new #AtlasStackLayer
 */
AtlasStackLayer *
atlas_stack_layer_new (const AtlasStackLayerFields *fields)
{
  AtlasStackLayer *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_STACK_LAYER, NULL);
  self->position = fields->position;
  self->name = g_strdup (fields->name);
  self->tools = g_strdupv ((char **) fields->tools);
  self->focus = g_strdup (fields->focus);
  self->source_id = g_strdup (fields->source_id);

  return self;
}

int
atlas_stack_layer_get_position (AtlasStackLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_STACK_LAYER (self), 0);

  return self->position;
}

const char *
atlas_stack_layer_get_name (AtlasStackLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_STACK_LAYER (self), NULL);

  return self->name;
}

const char * const *
atlas_stack_layer_get_tools (AtlasStackLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_STACK_LAYER (self), NULL);

  return (const char * const *) self->tools;
}

const char *
atlas_stack_layer_get_focus (AtlasStackLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_STACK_LAYER (self), NULL);

  return self->focus;
}

const char *
atlas_stack_layer_get_source_id (AtlasStackLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_STACK_LAYER (self), NULL);

  return self->source_id;
}
