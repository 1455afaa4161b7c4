/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_STATEMENT (atlas_statement_get_type ())

G_DECLARE_FINAL_TYPE (AtlasStatement, atlas_statement, ATLAS, STATEMENT, GObject)

/* The values an AtlasStatement is made from; strings are copied. */
typedef struct
{
  const char *role_id;
  const char *topic;
  const char *text;
  const char *source_id;
  const char *cites;
} AtlasStatementFields;

AtlasStatement *atlas_statement_new (const AtlasStatementFields *fields);
const char *atlas_statement_get_role_id (AtlasStatement *self);
const char *atlas_statement_get_topic (AtlasStatement *self);
const char *atlas_statement_get_text (AtlasStatement *self);
const char *atlas_statement_get_source_id (AtlasStatement *self);
const char *atlas_statement_get_cites (AtlasStatement *self);

G_END_DECLS
