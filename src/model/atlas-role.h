/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_ROLE (atlas_role_get_type ())

G_DECLARE_FINAL_TYPE (AtlasRole, atlas_role, ATLAS, ROLE, GObject)

/* The values an AtlasRole is made from; strings are copied. */
typedef struct
{
  const char *id;
  const char *name;
  const char *family;
  gboolean core;
  const char *summary;
  const char *summary_source_id;
} AtlasRoleFields;

AtlasRole *atlas_role_new (const AtlasRoleFields *fields);
const char *atlas_role_get_id (AtlasRole *self);
const char *atlas_role_get_name (AtlasRole *self);
const char *atlas_role_get_family (AtlasRole *self);
gboolean atlas_role_get_core (AtlasRole *self);
const char *atlas_role_get_summary (AtlasRole *self);
const char *atlas_role_get_summary_source_id (AtlasRole *self);

G_END_DECLS
