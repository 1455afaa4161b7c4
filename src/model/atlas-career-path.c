/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-career-path.h"

/* An ordered career ladder from one source; its steps are AtlasPathStep objects. */
struct _AtlasCareerPath
{
  GObject parent_instance;

  char *id;
  char *name;
  char *source_id;
  GListStore *steps;
};

G_DEFINE_FINAL_TYPE (AtlasCareerPath, atlas_career_path, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SOURCE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_career_path_finalize (GObject *object)
{
  AtlasCareerPath *self = (AtlasCareerPath *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->source_id, g_free);
  g_clear_object (&self->steps);

  G_OBJECT_CLASS (atlas_career_path_parent_class)->finalize (object);
}

static void
atlas_career_path_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AtlasCareerPath *self = ATLAS_CAREER_PATH (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_career_path_class_init (AtlasCareerPathClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_career_path_finalize;
  object_class->get_property = atlas_career_path_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_career_path_init (AtlasCareerPath *self)
{
  self->steps = g_list_store_new (ATLAS_TYPE_PATH_STEP);
}

/**
 * atlas_career_path_new:
 * @fields: the values, copied
 *
 * Returns: (transfer full): a new #AtlasCareerPath
 */
AtlasCareerPath *
atlas_career_path_new (const AtlasCareerPathFields *fields)
{
  AtlasCareerPath *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_CAREER_PATH, NULL);
  self->id = g_strdup (fields->id);
  self->name = g_strdup (fields->name);
  self->source_id = g_strdup (fields->source_id);

  return self;
}

const char *
atlas_career_path_get_id (AtlasCareerPath *self)
{
  g_return_val_if_fail (ATLAS_IS_CAREER_PATH (self), NULL);

  return self->id;
}

const char *
atlas_career_path_get_name (AtlasCareerPath *self)
{
  g_return_val_if_fail (ATLAS_IS_CAREER_PATH (self), NULL);

  return self->name;
}

const char *
atlas_career_path_get_source_id (AtlasCareerPath *self)
{
  g_return_val_if_fail (ATLAS_IS_CAREER_PATH (self), NULL);

  return self->source_id;
}

/**
 * atlas_career_path_get_steps:
 *
 * Returns: (transfer none): the steps, #AtlasPathStep in order of position
 */
GListModel *
atlas_career_path_get_steps (AtlasCareerPath *self)
{
  g_return_val_if_fail (ATLAS_IS_CAREER_PATH (self), NULL);

  return G_LIST_MODEL (self->steps);
}

/* Used while loading: steps must come in order of position. */
void
atlas_career_path_add_step (AtlasCareerPath *self,
                            AtlasPathStep   *step)
{
  guint n;

  g_return_if_fail (ATLAS_IS_CAREER_PATH (self));
  g_return_if_fail (ATLAS_IS_PATH_STEP (step));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  if (n > 0)
    {
      g_autoptr(AtlasPathStep) last = g_list_model_get_item (G_LIST_MODEL (self->steps), n - 1);
      g_return_if_fail (atlas_path_step_get_position (last) <= atlas_path_step_get_position (step));
    }
  g_list_store_append (self->steps, step);
}

guint
atlas_career_path_get_n_positions (AtlasCareerPath *self)
{
  g_autoptr(AtlasPathStep) last = NULL;
  guint n;

  g_return_val_if_fail (ATLAS_IS_CAREER_PATH (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  if (n == 0)
    return 0;
  last = g_list_model_get_item (G_LIST_MODEL (self->steps), n - 1);
  return atlas_path_step_get_position (last);
}
