/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-team-stage.h"

/* A company stage and the ML team a source recommends for it. */
struct _AtlasTeamStage
{
  GObject parent_instance;

  char *id;
  char *name;
  char *scale;
  char *approach;
  char *source_id;
};

G_DEFINE_FINAL_TYPE (AtlasTeamStage, atlas_team_stage, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SCALE,
  PROP_APPROACH,
  PROP_SOURCE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_team_stage_finalize (GObject *object)
{
  AtlasTeamStage *self = (AtlasTeamStage *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->scale, g_free);
  g_clear_pointer (&self->approach, g_free);
  g_clear_pointer (&self->source_id, g_free);

  G_OBJECT_CLASS (atlas_team_stage_parent_class)->finalize (object);
}

static void
atlas_team_stage_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AtlasTeamStage *self = ATLAS_TEAM_STAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SCALE:
      g_value_set_string (value, self->scale);
      break;

    case PROP_APPROACH:
      g_value_set_string (value, self->approach);
      break;

    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_team_stage_class_init (AtlasTeamStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_team_stage_finalize;
  object_class->get_property = atlas_team_stage_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCALE] =
    g_param_spec_string ("scale", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_APPROACH] =
    g_param_spec_string ("approach", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_team_stage_init (AtlasTeamStage *self)
{
}

/**
 * atlas_team_stage_new:
 * @fields: the values, copied
 *
 * Returns: (transfer full): a new #AtlasTeamStage
 */
AtlasTeamStage *
atlas_team_stage_new (const AtlasTeamStageFields *fields)
{
  AtlasTeamStage *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_TEAM_STAGE, NULL);
  self->id = g_strdup (fields->id);
  self->name = g_strdup (fields->name);
  self->scale = g_strdup (fields->scale);
  self->approach = g_strdup (fields->approach);
  self->source_id = g_strdup (fields->source_id);

  return self;
}

const char *
atlas_team_stage_get_id (AtlasTeamStage *self)
{
  g_return_val_if_fail (ATLAS_IS_TEAM_STAGE (self), NULL);

  return self->id;
}

const char *
atlas_team_stage_get_name (AtlasTeamStage *self)
{
  g_return_val_if_fail (ATLAS_IS_TEAM_STAGE (self), NULL);

  return self->name;
}

const char *
atlas_team_stage_get_scale (AtlasTeamStage *self)
{
  g_return_val_if_fail (ATLAS_IS_TEAM_STAGE (self), NULL);

  return self->scale;
}

const char *
atlas_team_stage_get_approach (AtlasTeamStage *self)
{
  g_return_val_if_fail (ATLAS_IS_TEAM_STAGE (self), NULL);

  return self->approach;
}

const char *
atlas_team_stage_get_source_id (AtlasTeamStage *self)
{
  g_return_val_if_fail (ATLAS_IS_TEAM_STAGE (self), NULL);

  return self->source_id;
}
