/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-path-step.h"

/* One title on a career path. Alternatives at one step ("Software Engineer / Data Engineer")
 * are several steps that share a position. */
struct _AtlasPathStep
{
  GObject parent_instance;

  int position;
  char *title;
  char *role_id;
  AtlasLevel level;
};

G_DEFINE_FINAL_TYPE (AtlasPathStep, atlas_path_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_TITLE,
  PROP_ROLE_ID,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_path_step_finalize (GObject *object)
{
  AtlasPathStep *self = (AtlasPathStep *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->role_id, g_free);

  G_OBJECT_CLASS (atlas_path_step_parent_class)->finalize (object);
}

static void
atlas_path_step_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AtlasPathStep *self = ATLAS_PATH_STEP (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_ROLE_ID:
      g_value_set_string (value, self->role_id);
      break;

    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_path_step_class_init (AtlasPathStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_path_step_finalize;
  object_class->get_property = atlas_path_step_get_property;

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 1, G_MAXINT, 1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROLE_ID] =
    g_param_spec_string ("role-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, ATLAS_TYPE_LEVEL, ATLAS_LEVEL_ALL,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_path_step_init (AtlasPathStep *self)
{
}

/**
 * atlas_path_step_new:
 * @fields: the values, copied
 *
 * Returns: (transfer full): a new #AtlasPathStep
 */
AtlasPathStep *
atlas_path_step_new (const AtlasPathStepFields *fields)
{
  AtlasPathStep *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_PATH_STEP, NULL);
  self->position = fields->position;
  self->title = g_strdup (fields->title);
  self->role_id = g_strdup (fields->role_id);
  self->level = fields->level;

  return self;
}

int
atlas_path_step_get_position (AtlasPathStep *self)
{
  g_return_val_if_fail (ATLAS_IS_PATH_STEP (self), 0);

  return self->position;
}

const char *
atlas_path_step_get_title (AtlasPathStep *self)
{
  g_return_val_if_fail (ATLAS_IS_PATH_STEP (self), NULL);

  return self->title;
}

const char *
atlas_path_step_get_role_id (AtlasPathStep *self)
{
  g_return_val_if_fail (ATLAS_IS_PATH_STEP (self), NULL);

  return self->role_id;
}

AtlasLevel
atlas_path_step_get_level (AtlasPathStep *self)
{
  g_return_val_if_fail (ATLAS_IS_PATH_STEP (self), 0);

  return self->level;
}
