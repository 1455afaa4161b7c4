/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-role-skill.h"

/* How well one role must know one skill, according to one source. A range such as
 * "Basic to Intermediate" keeps both ends; rank is the position in a ranked top-skills list
 * (0 when the source does not rank). */
struct _AtlasRoleSkill
{
  GObject parent_instance;

  char *role_id;
  char *skill_id;
  AtlasProficiency min_proficiency;
  AtlasProficiency max_proficiency;
  char *detail;
  int rank;
  char *source_id;
};

G_DEFINE_FINAL_TYPE (AtlasRoleSkill, atlas_role_skill, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROLE_ID,
  PROP_SKILL_ID,
  PROP_MIN_PROFICIENCY,
  PROP_MAX_PROFICIENCY,
  PROP_DETAIL,
  PROP_RANK,
  PROP_SOURCE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_role_skill_finalize (GObject *object)
{
  AtlasRoleSkill *self = (AtlasRoleSkill *) object;

  g_clear_pointer (&self->role_id, g_free);
  g_clear_pointer (&self->skill_id, g_free);
  g_clear_pointer (&self->detail, g_free);
  g_clear_pointer (&self->source_id, g_free);

  G_OBJECT_CLASS (atlas_role_skill_parent_class)->finalize (object);
}

static void
atlas_role_skill_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AtlasRoleSkill *self = ATLAS_ROLE_SKILL (object);

  switch (prop_id)
    {
    case PROP_ROLE_ID:
      g_value_set_string (value, self->role_id);
      break;

    case PROP_SKILL_ID:
      g_value_set_string (value, self->skill_id);
      break;

    case PROP_MIN_PROFICIENCY:
      g_value_set_enum (value, self->min_proficiency);
      break;

    case PROP_MAX_PROFICIENCY:
      g_value_set_enum (value, self->max_proficiency);
      break;

    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;

    case PROP_RANK:
      g_value_set_int (value, self->rank);
      break;

    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_role_skill_class_init (AtlasRoleSkillClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_role_skill_finalize;
  object_class->get_property = atlas_role_skill_get_property;

  properties[PROP_ROLE_ID] =
    g_param_spec_string ("role-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SKILL_ID] =
    g_param_spec_string ("skill-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_MIN_PROFICIENCY] =
    g_param_spec_enum ("min-proficiency", NULL, NULL, ATLAS_TYPE_PROFICIENCY, ATLAS_PROFICIENCY_UNSTATED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_MAX_PROFICIENCY] =
    g_param_spec_enum ("max-proficiency", NULL, NULL, ATLAS_TYPE_PROFICIENCY, ATLAS_PROFICIENCY_UNSTATED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_RANK] =
    g_param_spec_int ("rank", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_role_skill_init (AtlasRoleSkill *self)
{
}

/**
 * atlas_role_skill_new:
 * @fields: the values, copied
 *
 * Returns: (transfer full): a new #AtlasRoleSkill
 */
AtlasRoleSkill *
atlas_role_skill_new (const AtlasRoleSkillFields *fields)
{
  AtlasRoleSkill *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_ROLE_SKILL, NULL);
  self->role_id = g_strdup (fields->role_id);
  self->skill_id = g_strdup (fields->skill_id);
  self->min_proficiency = fields->min_proficiency;
  self->max_proficiency = fields->max_proficiency;
  self->detail = g_strdup (fields->detail);
  self->rank = fields->rank;
  self->source_id = g_strdup (fields->source_id);

  return self;
}

const char *
atlas_role_skill_get_role_id (AtlasRoleSkill *self)
{
  g_return_val_if_fail (ATLAS_IS_ROLE_SKILL (self), NULL);

  return self->role_id;
}

const char *
atlas_role_skill_get_skill_id (AtlasRoleSkill *self)
{
  g_return_val_if_fail (ATLAS_IS_ROLE_SKILL (self), NULL);

  return self->skill_id;
}

AtlasProficiency
atlas_role_skill_get_min_proficiency (AtlasRoleSkill *self)
{
  g_return_val_if_fail (ATLAS_IS_ROLE_SKILL (self), 0);

  return self->min_proficiency;
}

AtlasProficiency
atlas_role_skill_get_max_proficiency (AtlasRoleSkill *self)
{
  g_return_val_if_fail (ATLAS_IS_ROLE_SKILL (self), 0);

  return self->max_proficiency;
}

const char *
atlas_role_skill_get_detail (AtlasRoleSkill *self)
{
  g_return_val_if_fail (ATLAS_IS_ROLE_SKILL (self), NULL);

  return self->detail;
}

int
atlas_role_skill_get_rank (AtlasRoleSkill *self)
{
  g_return_val_if_fail (ATLAS_IS_ROLE_SKILL (self), 0);

  return self->rank;
}

const char *
atlas_role_skill_get_source_id (AtlasRoleSkill *self)
{
  g_return_val_if_fail (ATLAS_IS_ROLE_SKILL (self), NULL);

  return self->source_id;
}
