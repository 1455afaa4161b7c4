/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-role.h"

/* A job title the dataset knows. Core roles are the ones the documents compare in depth;
 * the others are steps on career paths and transitions. */
struct _AtlasRole
{
  GObject parent_instance;

  char *id;
  char *name;
  char *family;
  gboolean core;
  char *summary;
  char *summary_source_id;
};

G_DEFINE_FINAL_TYPE (AtlasRole, atlas_role, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_FAMILY,
  PROP_CORE,
  PROP_SUMMARY,
  PROP_SUMMARY_SOURCE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_role_finalize (GObject *object)
{
  AtlasRole *self = (AtlasRole *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->family, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->summary_source_id, g_free);

  G_OBJECT_CLASS (atlas_role_parent_class)->finalize (object);
}

static void
atlas_role_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  AtlasRole *self = ATLAS_ROLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_FAMILY:
      g_value_set_string (value, self->family);
      break;

    case PROP_CORE:
      g_value_set_boolean (value, self->core);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_SUMMARY_SOURCE_ID:
      g_value_set_string (value, self->summary_source_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_role_class_init (AtlasRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_role_finalize;
  object_class->get_property = atlas_role_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_FAMILY] =
    g_param_spec_string ("family", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CORE] =
    g_param_spec_boolean ("core", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUMMARY_SOURCE_ID] =
    g_param_spec_string ("summary-source-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_role_init (AtlasRole *self)
{
}

/**
 * atlas_role_new:
 * @fields: the values, copied
 *
 * Returns: (transfer full): a new #AtlasRole
 */
AtlasRole *
atlas_role_new (const AtlasRoleFields *fields)
{
  AtlasRole *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_ROLE, NULL);
  self->id = g_strdup (fields->id);
  self->name = g_strdup (fields->name);
  self->family = g_strdup (fields->family);
  self->core = fields->core;
  self->summary = g_strdup (fields->summary);
  self->summary_source_id = g_strdup (fields->summary_source_id);

  return self;
}

const char *
atlas_role_get_id (AtlasRole *self)
{
  g_return_val_if_fail (ATLAS_IS_ROLE (self), NULL);

  return self->id;
}

const char *
atlas_role_get_name (AtlasRole *self)
{
  g_return_val_if_fail (ATLAS_IS_ROLE (self), NULL);

  return self->name;
}

const char *
atlas_role_get_family (AtlasRole *self)
{
  g_return_val_if_fail (ATLAS_IS_ROLE (self), NULL);

  return self->family;
}

gboolean
atlas_role_get_core (AtlasRole *self)
{
  g_return_val_if_fail (ATLAS_IS_ROLE (self), 0);

  return self->core;
}

const char *
atlas_role_get_summary (AtlasRole *self)
{
  g_return_val_if_fail (ATLAS_IS_ROLE (self), NULL);

  return self->summary;
}

const char *
atlas_role_get_summary_source_id (AtlasRole *self)
{
  g_return_val_if_fail (ATLAS_IS_ROLE (self), NULL);

  return self->summary_source_id;
}
