/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_TITLE_RULE (atlas_title_rule_get_type ())

G_DECLARE_FINAL_TYPE (AtlasTitleRule, atlas_title_rule, ATLAS, TITLE_RULE, GObject)

/* Which free-text job titles of salary records count as a role: exact titles, compared
 * without regard to case or repeated spaces, and glob patterns ('*' any run, '?' one
 * character), compared in lower case. */
AtlasTitleRule     *atlas_title_rule_new          (const char         *role_id,
                                                   const char * const *titles,
                                                   const char * const *patterns);
const char         *atlas_title_rule_get_role_id  (AtlasTitleRule     *self);
const char * const *atlas_title_rule_get_titles   (AtlasTitleRule     *self);
const char * const *atlas_title_rule_get_patterns (AtlasTitleRule     *self);

/* The form titles are compared in: lower case, spaces trimmed and runs of them made one. */
char               *atlas_title_rule_normalise    (const char         *title);

G_END_DECLS
