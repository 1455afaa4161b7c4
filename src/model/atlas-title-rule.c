/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include <string.h>

#include "atlas-title-rule.h"

struct _AtlasTitleRule
{
  GObject parent_instance;

  char *role_id;
  GStrv titles;
  GStrv patterns;
};

G_DEFINE_FINAL_TYPE (AtlasTitleRule, atlas_title_rule, G_TYPE_OBJECT)

static void
atlas_title_rule_finalize (GObject *object)
{
  AtlasTitleRule *self = (AtlasTitleRule *) object;

  g_clear_pointer (&self->role_id, g_free);
  g_clear_pointer (&self->titles, g_strfreev);
  g_clear_pointer (&self->patterns, g_strfreev);

  G_OBJECT_CLASS (atlas_title_rule_parent_class)->finalize (object);
}

static void
atlas_title_rule_class_init (AtlasTitleRuleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_title_rule_finalize;
}

static void
atlas_title_rule_init (AtlasTitleRule *self)
{
}

static GStrv
copy_strv (const char * const *strings)
{
  static const char * const none[] = { NULL };
  return g_strdupv ((char **) (strings != NULL ? strings : none));
}

AtlasTitleRule *
atlas_title_rule_new (const char         *role_id,
                      const char * const *titles,
                      const char * const *patterns)
{
  AtlasTitleRule *self = g_object_new (ATLAS_TYPE_TITLE_RULE, NULL);

  self->role_id = g_strdup (role_id);
  self->titles = copy_strv (titles);
  self->patterns = copy_strv (patterns);
  return self;
}

const char *
atlas_title_rule_get_role_id (AtlasTitleRule *self)
{
  g_return_val_if_fail (ATLAS_IS_TITLE_RULE (self), NULL);
  return self->role_id;
}

const char * const *
atlas_title_rule_get_titles (AtlasTitleRule *self)
{
  g_return_val_if_fail (ATLAS_IS_TITLE_RULE (self), NULL);
  return (const char * const *) self->titles;
}

const char * const *
atlas_title_rule_get_patterns (AtlasTitleRule *self)
{
  g_return_val_if_fail (ATLAS_IS_TITLE_RULE (self), NULL);
  return (const char * const *) self->patterns;
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

/**
 * atlas_title_rule_normalise:
 * @title: a job title
 *
 * Lower-cases @title and collapses its blanks: leading and trailing ones go, runs of them
 * become one space.
 *
 * Returns: (transfer full): the title as rules and imports compare it
 */
char *
atlas_title_rule_normalise (const char *title)
{
  g_autofree char *lowered = NULL;
  gboolean ascii = is_ascii (title);
  const char *text = title;
  GString *result;
  gboolean space = FALSE;

  /* Most titles are ASCII: those are lowered a byte at a time, as g_utf8_strdown() would
   * lower them, without its walk through Unicode's tables (an import does this for every
   * record). */
  if (!ascii)
    text = lowered = g_utf8_strdown (title, -1);
  result = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = result->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (result, ' ');
      space = FALSE;
      g_string_append_c (result, ascii ? g_ascii_tolower (*p) : *p);
    }
  return g_string_free (result, FALSE);
}
