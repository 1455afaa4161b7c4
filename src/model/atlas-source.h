/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_SOURCE (atlas_source_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSource, atlas_source, ATLAS, SOURCE, GObject)

/* The values an AtlasSource is made from; strings are copied. */
typedef struct
{
  const char *id;
  const char *title;
  const char *publisher;
  const char *author;
  const char *date;
  const char *url;
  const char *licence;
  const char *kind;
  const char *note;
} AtlasSourceFields;

AtlasSource *atlas_source_new (const AtlasSourceFields *fields);
const char *atlas_source_get_id (AtlasSource *self);
const char *atlas_source_get_title (AtlasSource *self);
const char *atlas_source_get_publisher (AtlasSource *self);
const char *atlas_source_get_author (AtlasSource *self);
const char *atlas_source_get_date (AtlasSource *self);
const char *atlas_source_get_url (AtlasSource *self);
const char *atlas_source_get_licence (AtlasSource *self);
const char *atlas_source_get_kind (AtlasSource *self);
const char *atlas_source_get_note (AtlasSource *self);

G_END_DECLS
