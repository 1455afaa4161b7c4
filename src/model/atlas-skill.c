/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-skill.h"

/* A skill, tool or body of knowledge that roles require. */
struct _AtlasSkill
{
  GObject parent_instance;

  char *id;
  char *name;
  char *category;
};

G_DEFINE_FINAL_TYPE (AtlasSkill, atlas_skill, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CATEGORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_skill_finalize (GObject *object)
{
  AtlasSkill *self = (AtlasSkill *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->category, g_free);

  G_OBJECT_CLASS (atlas_skill_parent_class)->finalize (object);
}

static void
atlas_skill_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AtlasSkill *self = ATLAS_SKILL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_skill_class_init (AtlasSkillClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_skill_finalize;
  object_class->get_property = atlas_skill_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_skill_init (AtlasSkill *self)
{
}

/**
 * atlas_skill_new:
 * @fields: the values, copied
 *
 * Returns: (transfer full): a new #AtlasSkill
 */
AtlasSkill *
atlas_skill_new (const AtlasSkillFields *fields)
{
  AtlasSkill *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_SKILL, NULL);
  self->id = g_strdup (fields->id);
  self->name = g_strdup (fields->name);
  self->category = g_strdup (fields->category);

  return self;
}

const char *
atlas_skill_get_id (AtlasSkill *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILL (self), NULL);

  return self->id;
}

const char *
atlas_skill_get_name (AtlasSkill *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILL (self), NULL);

  return self->name;
}

const char *
atlas_skill_get_category (AtlasSkill *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILL (self), NULL);

  return self->category;
}
