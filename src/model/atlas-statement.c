/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-statement.h"

/* One sourced piece of guidance: about a role (role_id set) or about the field as a whole. */
struct _AtlasStatement
{
  GObject parent_instance;

  char *role_id;
  char *topic;
  char *text;
  char *source_id;
  char *cites;
};

G_DEFINE_FINAL_TYPE (AtlasStatement, atlas_statement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROLE_ID,
  PROP_TOPIC,
  PROP_TEXT,
  PROP_SOURCE_ID,
  PROP_CITES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_statement_finalize (GObject *object)
{
  AtlasStatement *self = (AtlasStatement *) object;

  g_clear_pointer (&self->role_id, g_free);
  g_clear_pointer (&self->topic, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->source_id, g_free);
  g_clear_pointer (&self->cites, g_free);

  G_OBJECT_CLASS (atlas_statement_parent_class)->finalize (object);
}

static void
atlas_statement_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AtlasStatement *self = ATLAS_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_ROLE_ID:
      g_value_set_string (value, self->role_id);
      break;

    case PROP_TOPIC:
      g_value_set_string (value, self->topic);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;

    case PROP_CITES:
      g_value_set_string (value, self->cites);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_statement_class_init (AtlasStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_statement_finalize;
  object_class->get_property = atlas_statement_get_property;

  properties[PROP_ROLE_ID] =
    g_param_spec_string ("role-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_TOPIC] =
    g_param_spec_string ("topic", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CITES] =
    g_param_spec_string ("cites", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_statement_init (AtlasStatement *self)
{
}

/**
 * atlas_statement_new:
 * @fields: the values, copied
 *
 * Returns: (transfer full): a new #AtlasStatement
 */
AtlasStatement *
atlas_statement_new (const AtlasStatementFields *fields)
{
  AtlasStatement *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_STATEMENT, NULL);
  self->role_id = g_strdup (fields->role_id);
  self->topic = g_strdup (fields->topic);
  self->text = g_strdup (fields->text);
  self->source_id = g_strdup (fields->source_id);
  self->cites = g_strdup (fields->cites);

  return self;
}

const char *
atlas_statement_get_role_id (AtlasStatement *self)
{
  g_return_val_if_fail (ATLAS_IS_STATEMENT (self), NULL);

  return self->role_id;
}

const char *
atlas_statement_get_topic (AtlasStatement *self)
{
  g_return_val_if_fail (ATLAS_IS_STATEMENT (self), NULL);

  return self->topic;
}

const char *
atlas_statement_get_text (AtlasStatement *self)
{
  g_return_val_if_fail (ATLAS_IS_STATEMENT (self), NULL);

  return self->text;
}

const char *
atlas_statement_get_source_id (AtlasStatement *self)
{
  g_return_val_if_fail (ATLAS_IS_STATEMENT (self), NULL);

  return self->source_id;
}

const char *
atlas_statement_get_cites (AtlasStatement *self)
{
  g_return_val_if_fail (ATLAS_IS_STATEMENT (self), NULL);

  return self->cites;
}
