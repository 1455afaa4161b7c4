/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-transition.h"

/* A move from one role to another that a source describes; months are 0 when it gives no time. */
struct _AtlasTransition
{
  GObject parent_instance;

  char *from_id;
  char *to_id;
  int min_months;
  int max_months;
  char **learn;
  char *note;
  char *source_id;
};

G_DEFINE_FINAL_TYPE (AtlasTransition, atlas_transition, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FROM_ID,
  PROP_TO_ID,
  PROP_MIN_MONTHS,
  PROP_MAX_MONTHS,
  PROP_LEARN,
  PROP_NOTE,
  PROP_SOURCE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_transition_finalize (GObject *object)
{
  AtlasTransition *self = (AtlasTransition *) object;

  g_clear_pointer (&self->from_id, g_free);
  g_clear_pointer (&self->to_id, g_free);
  g_clear_pointer (&self->learn, g_strfreev);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->source_id, g_free);

  G_OBJECT_CLASS (atlas_transition_parent_class)->finalize (object);
}

static void
atlas_transition_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AtlasTransition *self = ATLAS_TRANSITION (object);

  switch (prop_id)
    {
    case PROP_FROM_ID:
      g_value_set_string (value, self->from_id);
      break;

    case PROP_TO_ID:
      g_value_set_string (value, self->to_id);
      break;

    case PROP_MIN_MONTHS:
      g_value_set_int (value, self->min_months);
      break;

    case PROP_MAX_MONTHS:
      g_value_set_int (value, self->max_months);
      break;

    case PROP_LEARN:
      g_value_set_boxed (value, self->learn);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_transition_class_init (AtlasTransitionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_transition_finalize;
  object_class->get_property = atlas_transition_get_property;

  properties[PROP_FROM_ID] =
    g_param_spec_string ("from-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_TO_ID] =
    g_param_spec_string ("to-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_MIN_MONTHS] =
    g_param_spec_int ("min-months", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_MAX_MONTHS] =
    g_param_spec_int ("max-months", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_LEARN] =
    g_param_spec_boxed ("learn", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_transition_init (AtlasTransition *self)
{
}

/**
 * atlas_transition_new:
 * @fields: the values, copied
 *
 * Returns: (transfer full): a new #AtlasTransition
 */
AtlasTransition *
atlas_transition_new (const AtlasTransitionFields *fields)
{
  AtlasTransition *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_TRANSITION, NULL);
  self->from_id = g_strdup (fields->from_id);
  self->to_id = g_strdup (fields->to_id);
  self->min_months = fields->min_months;
  self->max_months = fields->max_months;
  self->learn = g_strdupv ((char **) fields->learn);
  self->note = g_strdup (fields->note);
  self->source_id = g_strdup (fields->source_id);

  return self;
}

const char *
atlas_transition_get_from_id (AtlasTransition *self)
{
  g_return_val_if_fail (ATLAS_IS_TRANSITION (self), NULL);

  return self->from_id;
}

const char *
atlas_transition_get_to_id (AtlasTransition *self)
{
  g_return_val_if_fail (ATLAS_IS_TRANSITION (self), NULL);

  return self->to_id;
}

int
atlas_transition_get_min_months (AtlasTransition *self)
{
  g_return_val_if_fail (ATLAS_IS_TRANSITION (self), 0);

  return self->min_months;
}

int
atlas_transition_get_max_months (AtlasTransition *self)
{
  g_return_val_if_fail (ATLAS_IS_TRANSITION (self), 0);

  return self->max_months;
}

const char * const *
atlas_transition_get_learn (AtlasTransition *self)
{
  g_return_val_if_fail (ATLAS_IS_TRANSITION (self), NULL);

  return (const char * const *) self->learn;
}

const char *
atlas_transition_get_note (AtlasTransition *self)
{
  g_return_val_if_fail (ATLAS_IS_TRANSITION (self), NULL);

  return self->note;
}

const char *
atlas_transition_get_source_id (AtlasTransition *self)
{
  g_return_val_if_fail (ATLAS_IS_TRANSITION (self), NULL);

  return self->source_id;
}
