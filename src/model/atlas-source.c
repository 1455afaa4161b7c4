/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-source.h"

/* A document or data set that figures and statements in the dataset cite. */
struct _AtlasSource
{
  GObject parent_instance;

  char *id;
  char *title;
  char *publisher;
  char *author;
  char *date;
  char *url;
  char *licence;
  char *kind;
  char *note;
};

G_DEFINE_FINAL_TYPE (AtlasSource, atlas_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_AUTHOR,
  PROP_DATE,
  PROP_URL,
  PROP_LICENCE,
  PROP_KIND,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_source_finalize (GObject *object)
{
  AtlasSource *self = (AtlasSource *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->licence, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (atlas_source_parent_class)->finalize (object);
}

static void
atlas_source_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AtlasSource *self = ATLAS_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;

    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_LICENCE:
      g_value_set_string (value, self->licence);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_source_class_init (AtlasSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_source_finalize;
  object_class->get_property = atlas_source_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_LICENCE] =
    g_param_spec_string ("licence", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_source_init (AtlasSource *self)
{
}

/**
 * atlas_source_new:
 * @fields: the values, copied
 *
 * Returns: (transfer full): a new #AtlasSource
 */
AtlasSource *
atlas_source_new (const AtlasSourceFields *fields)
{
  AtlasSource *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_SOURCE, NULL);
  self->id = g_strdup (fields->id);
  self->title = g_strdup (fields->title);
  self->publisher = g_strdup (fields->publisher);
  self->author = g_strdup (fields->author);
  self->date = g_strdup (fields->date);
  self->url = g_strdup (fields->url);
  self->licence = g_strdup (fields->licence);
  self->kind = g_strdup (fields->kind);
  self->note = g_strdup (fields->note);

  return self;
}

const char *
atlas_source_get_id (AtlasSource *self)
{
  g_return_val_if_fail (ATLAS_IS_SOURCE (self), NULL);

  return self->id;
}

const char *
atlas_source_get_title (AtlasSource *self)
{
  g_return_val_if_fail (ATLAS_IS_SOURCE (self), NULL);

  return self->title;
}

const char *
atlas_source_get_publisher (AtlasSource *self)
{
  g_return_val_if_fail (ATLAS_IS_SOURCE (self), NULL);

  return self->publisher;
}

const char *
atlas_source_get_author (AtlasSource *self)
{
  g_return_val_if_fail (ATLAS_IS_SOURCE (self), NULL);

  return self->author;
}

const char *
atlas_source_get_date (AtlasSource *self)
{
  g_return_val_if_fail (ATLAS_IS_SOURCE (self), NULL);

  return self->date;
}

const char *
atlas_source_get_url (AtlasSource *self)
{
  g_return_val_if_fail (ATLAS_IS_SOURCE (self), NULL);

  return self->url;
}

const char *
atlas_source_get_licence (AtlasSource *self)
{
  g_return_val_if_fail (ATLAS_IS_SOURCE (self), NULL);

  return self->licence;
}

const char *
atlas_source_get_kind (AtlasSource *self)
{
  g_return_val_if_fail (ATLAS_IS_SOURCE (self), NULL);

  return self->kind;
}

const char *
atlas_source_get_note (AtlasSource *self)
{
  g_return_val_if_fail (ATLAS_IS_SOURCE (self), NULL);

  return self->note;
}
