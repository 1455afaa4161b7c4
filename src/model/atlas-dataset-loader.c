/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "atlas-dataset-private.h"
#include "atlas-iso-codes.h"

/* The dataset loader: checks the raw bytes (size, encoding, nesting) before json-glib sees
 * them, then walks the JSON tree section by section. Content problems do not stop the walk:
 * every one is collected with its JSON path, so a data maintainer fixes them all in one go. */

#define MAX_REPORTED_PROBLEMS 50
/* The most member names an object may have: each is a bit of Loader.checked_found. */
#define MAX_ALLOWED_MEMBERS 32
/* Above this a yearly amount is a typo (an extra zero), not a salary. */
#define MAX_PLAUSIBLE_AMOUNT G_GINT64_CONSTANT (10000000)
#define MIN_YEAR 1990
#define MAX_YEAR 2100
#define MAX_MONTHS 600

typedef enum
{
  OPTIONAL,
  REQUIRED,
} Need;

typedef enum
{
  REF_SOURCE,
  REF_ROLE,
  REF_SKILL,
  N_REF_KINDS
} RefKind;

typedef struct
{
  const char *name;
  /* Where the value being read is, as steps from the root: written out ("$.roles[3].id")
   * only for a message or a claim, as almost every value has neither. */
  struct _PathStep *path;
  gsize path_length;
  gsize path_size;
  /* Where the path is written out. */
  GString *path_text;
  GPtrArray *problems;
  guint n_unreported;
  AtlasDataset *dataset;
  /* "kind:id" -> JSON path of its first definition, to name both places of a duplicate */
  GHashTable *first_seen;
  /* The keys and paths of first_seen, freed together with the loader. */
  GStringChunk *claims;
  /* Where "kind:id" is put together for a lookup, so that a lookup allocates nothing. */
  GString *id_key;
  /* Whether a string may decode to invalid UTF-8 (the file has an escaped surrogate). */
  gboolean texts_may_be_invalid;
  /* Whether a string may be too long (the file has a string longer than a text may be). */
  gboolean texts_may_be_long;
  /* The id each kind of reference last found, by RefKind: rows of a table come sorted, so
   * most references repeat the one before and need no lookup. */
  const char *last_found[N_REF_KINDS];
  /* The country and currency codes last found known, for the same reason. */
  const char *last_country;
  const char *last_currency;
  /* The user's languages, most preferred first (g_get_language_names()); dataset text
   * translated into one of them replaces the English. */
  const char * const *languages;
  /* The members of the object check_members() last saw, by the place of their names in
   * its allowed names (a bit each in checked_found), so that reading a member needs no hash
   * lookup; checked_cursor is where the last member read was found. */
  JsonObject *checked;
  const char * const *checked_names;
  guint32 checked_found;
  guint checked_cursor;
  JsonNode *checked_nodes[MAX_ALLOWED_MEMBERS];
} Loader;

static void
loader_clear (Loader *loader)
{
  g_clear_pointer (&loader->path, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loader, loader_clear)

static const char * const known_topics[] = {
  "primary-focus", "main-concern", "tools", "collaborates-with", "background", "reports-to",
  "optimises-for", "hiring-priority", "responsibility", "day-in-the-life", "hire-when",
  "certification", "interview-topic", "evaluation", "talent-pool", "market", "compensation",
  "career", "outlook", "analogy", "skills", "trend", "hiring", "team", "premium", "overlap",
  "summary", NULL
};

static const char * const known_metrics[] = {
  "open-positions", "remote-share", "experience-share", "listing-share", NULL
};

static const char * const source_kinds[] = { "article", "dataset", NULL };

/* ------------------------------------------------------------------ reporting */

static void problem (Loader     *loader,
                     const char *format,
                     ...) G_GNUC_PRINTF (2, 3);
static const char *write_path (Loader *loader);

static void
problem (Loader     *loader,
         const char *format,
         ...)
{
  g_autofree char *text = NULL;
  va_list args;

  if (loader->problems->len >= MAX_REPORTED_PROBLEMS)
    {
      loader->n_unreported++;
      return;
    }

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  {
    /* Member names and values quoted from the file may hold escapes that decode to
     * invalid UTF-8 (a lone surrogate); a message must stay printable. */
    g_autofree char *line = g_strdup_printf ("%s: %s: %s", loader->name, write_path (loader), text);
    g_ptr_array_add (loader->problems, g_utf8_make_valid (line, -1));
  }
}

static gboolean
is_plain_key (const char *key)
{
  if (*key == '\0')
    return FALSE;
  for (const char *p = key; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

/* One step of a path: a member's key, or an index when the key is NULL. Keys belong to the
 * parsed tree or are literals; both outlive the loader. */
typedef struct _PathStep
{
  const char *key;
  guint index;
} PathStep;

static inline gsize
path_push (Loader     *loader,
           const char *key,
           guint       index)
{
  gsize saved = loader->path_length;

  if (G_UNLIKELY (loader->path_length == loader->path_size))
    {
      loader->path_size = MAX (2 * loader->path_size, 16);
      loader->path = g_renew (PathStep, loader->path, loader->path_size);
    }
  loader->path[loader->path_length++] = (PathStep) { key, index };
  return saved;
}

static gsize
path_push_member (Loader     *loader,
                  const char *key)
{
  return path_push (loader, key, 0);
}

static gsize
path_push_index (Loader *loader,
                 guint   index)
{
  return path_push (loader, NULL, index);
}

static inline void
path_pop (Loader *loader,
          gsize   saved)
{
  loader->path_length = saved;
}

/* "[index]", written without printf: claims write their paths out too. */
static void
append_index (GString *text,
              guint    index)
{
  char digits[16];
  int start = sizeof digits - 1;

  /* Written backwards from the end: "[", the digits, "]". */
  digits[start] = ']';
  do
    digits[--start] = (char) ('0' + index % 10);
  while ((index /= 10) > 0);
  digits[--start] = '[';
  g_string_append_len (text, digits + start, (gssize) (sizeof digits - start));
}

/* The path written out, valid until the next call: "$", then ".key" for a plain key,
 * ["key"] for any other, and [index]. */
static const char *
write_path (Loader *loader)
{
  GString *text = loader->path_text;

  g_string_assign (text, "$");
  for (gsize i = 0; i < loader->path_length; i++)
    {
      const PathStep *step = &loader->path[i];

      if (step->key == NULL)
        append_index (text, step->index);
      else if (is_plain_key (step->key))
        {
          g_string_append_c (text, '.');
          g_string_append (text, step->key);
        }
      else
        {
          g_autofree char *escaped = g_strescape (step->key, NULL);
          g_string_append_printf (text, "[\"%s\"]", escaped);
        }
    }
  return text->str;
}

static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY: return _("an array");
    case JSON_NODE_NULL: return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING: return _("a string");
    case G_TYPE_BOOLEAN: return _("true or false");
    case G_TYPE_INT64: return _("a whole number");
    default: return _("a number with a fraction");
    }
}

static gboolean
is_kebab_id (const char *text)
{
  gboolean after_dash = TRUE;

  if (text == NULL || *text == '\0')
    return FALSE;
  for (const char *p = text; *p; p++)
    {
      if (*p == '-')
        {
          if (after_dash)
            return FALSE;
          after_dash = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_dash = FALSE;
      else
        return FALSE;
    }
  return !after_dash;
}

static const char *
id_key (Loader     *loader,
        const char *kind,
        const char *id)
{
  g_string_assign (loader->id_key, kind);
  g_string_append_c (loader->id_key, ':');
  g_string_append (loader->id_key, id);
  return loader->id_key->str;
}

/* Marks "kind:id" as defined at the current path; reports a second definition. */
static gboolean
claim_id (Loader     *loader,
          const char *kind,
          const char *id)
{
  const char *key = id_key (loader, kind, id);
  const char *first = g_hash_table_lookup (loader->first_seen, key);

  if (first != NULL)
    {
      problem (loader, _("the %s id “%s” is already used at %s"), kind, id, first);
      return FALSE;
    }
  g_hash_table_insert (loader->first_seen, g_string_chunk_insert (loader->claims, key),
                       g_string_chunk_insert (loader->claims, write_path (loader)));
  return TRUE;
}

/* ------------------------------------------------------------------ member readers */

/* Whether @names holds @name, looked for from *@cursor to the end and then from the start;
 * moves the cursor past the name found. */
static gboolean
find_from (const char * const *names,
           const char         *name,
           guint              *cursor)
{
  guint at;

  /* Names mostly differ in their first letter: no call for those. */
  for (at = *cursor; names[at] != NULL; at++)
    if (names[at][0] == name[0] && strcmp (names[at], name) == 0)
      goto found;
  for (at = 0; at < *cursor; at++)
    if (names[at][0] == name[0] && strcmp (names[at], name) == 0)
      goto found;
  return FALSE;

found:
  *cursor = at + 1;
  return TRUE;
}

/* Reports members not in @allowed: a misspelt key would otherwise be silently ignored. */
static gboolean
check_members (Loader            *loader,
               JsonObject        *object,
               const char * const *allowed)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;
  gboolean ok = TRUE;
  guint cursor = 0;
  gboolean all_known = TRUE;

  /* The members' table is walked as it is, which costs nothing per member; the walk in the
   * file's order, a lookup per member, is only for reporting unknown members in order.
   * The members found are kept for object_member(). */
  loader->checked = object;
  loader->checked_names = allowed;
  loader->checked_found = 0;
  loader->checked_cursor = 0;
  json_object_iter_init (&iter, object);
  while (all_known && json_object_iter_next (&iter, &key, &node))
    {
      all_known = find_from (allowed, key, &cursor);
      if (all_known)
        {
          g_assert (cursor <= MAX_ALLOWED_MEMBERS);
          loader->checked_found |= 1u << (cursor - 1);
          loader->checked_nodes[cursor - 1] = node;
        }
    }
  if (all_known)
    return TRUE;
  loader->checked = NULL;

  /* Members are looked for from where the last one was found: files list them in the order
   * of `allowed`, so each costs one comparison. */
  cursor = 0;
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    {
      if (!find_from (allowed, key, &cursor))
        {
          g_autofree char *expected = g_strjoinv (", ", (char **) allowed);
          gsize saved = path_push_member (loader, key);

          problem (loader, _("unknown member; expected one of %s"), expected);
          path_pop (loader, saved);
          ok = FALSE;
        }
    }
  return ok;
}

/* A value to read: a member of an object, at ".key" in messages, or a cell of a salary
 * table's row, at "[column]". A cell holding null counts as absent. */
typedef struct
{
  JsonNode *node;
  const char *key;
  int column;
} Member;

/* The member @key of @object, or NULL. An object's members are read just after
 * check_members() walked them, mostly in the order of its allowed names: they are taken
 * from what the walk kept, found in one comparison from where the last one was. */
static JsonNode *
object_member (Loader     *loader,
               JsonObject *object,
               const char *key)
{
  guint at = loader->checked_cursor;

  if (object != loader->checked)
    return json_object_get_member (object, key);
  if (!find_from (loader->checked_names, key, &at))
    return NULL;
  loader->checked_cursor = at;
  return (loader->checked_found & (1u << (at - 1))) ? loader->checked_nodes[at - 1] : NULL;
}

/* The member @key of @object, for the take_*() readers. */
#define OBJECT_MEMBER(object, key) \
  (&(Member) { object_member (loader, (object), (key)), (key), -1 })

/* Paths are put together only for a problem: most values have none. */
static gsize
path_push_place (Loader       *loader,
                 const Member *member)
{
  if (member->column >= 0)
    return path_push_index (loader, (guint) member->column);
  return path_push_member (loader, member->key);
}

/* Returns the member's node, or NULL (reporting it when required). */
static JsonNode *
present_node (Loader       *loader,
              const Member *member,
              Need          need)
{
  if (member->node == NULL && need == REQUIRED)
    {
      gsize saved = path_push_place (loader, member);

      if (member->column >= 0)
        problem (loader, _("empty; the “%s” column needs a value in every row"), member->key);
      else
        problem (loader, _("missing; this member is required"));
      path_pop (loader, saved);
    }
  return member->node;
}

static JsonNode *
get_member (Loader     *loader,
            JsonObject *object,
            const char *key,
            Need        need)
{
  return present_node (loader, OBJECT_MEMBER (object, key), need);
}

/* json_node_get_value_type() answers for every kind of node (G_TYPE_INVALID for null,
 * JSON_TYPE_OBJECT and JSON_TYPE_ARRAY for containers): one call per check. */
static gboolean
node_is_string (JsonNode *node)
{
  return json_node_get_value_type (node) == G_TYPE_STRING;
}

/* What every text of a dataset must be: not empty, valid UTF-8 (an escaped lone surrogate
 * decodes to bytes that are not), and short enough for a chart to show. */
static gboolean
check_text (Loader     *loader,
            const char *text)
{
  gsize length = strlen (text);

  if (length == 0)
    problem (loader, _("must not be empty"));
  else if (loader->texts_may_be_invalid && !g_utf8_validate (text, length, NULL))
    problem (loader, _("not valid Unicode text: an escape such as \\ud800 stands for half a character"));
  else if (length > ATLAS_DATASET_MAX_TEXT_BYTES)
    problem (loader, _("%zu bytes of text; a text may have at most %d"), length, ATLAS_DATASET_MAX_TEXT_BYTES);
  else
    return TRUE;
  return FALSE;
}

/* check_text() without reporting, for the common case of a text with no problem. Most
 * files hold no string that could be too long or invalid, and a text then needs no walk. */
static gboolean
is_acceptable_text (Loader     *loader,
                    const char *text)
{
  gsize length;

  if (text[0] == '\0')
    return FALSE;
  if (!loader->texts_may_be_long && !loader->texts_may_be_invalid)
    return TRUE;
  length = strlen (text);
  return length <= ATLAS_DATASET_MAX_TEXT_BYTES &&
         (!loader->texts_may_be_invalid || g_utf8_validate (text, length, NULL));
}

static gboolean
take_string (Loader       *loader,
             const Member *member,
             Need          need,
             const char  **out)
{
  JsonNode *node = present_node (loader, member, need);
  const char *text;
  gsize saved;

  *out = NULL;
  if (node == NULL)
    return need == OPTIONAL;
  /* NULL for any node that is not a string: one call where a type check would be three. */
  text = json_node_get_string (node);
  if (text != NULL && is_acceptable_text (loader, text))
    {
      *out = text;
      return TRUE;
    }

  saved = path_push_place (loader, member);
  if (!node_is_string (node))
    problem (loader, _("expected a string, found %s"), describe_node (node));
  else
    check_text (loader, json_node_get_string (node));
  path_pop (loader, saved);
  return FALSE;
}

/* "de", "es" or "pt_BR": the names gettext and g_get_language_names() use, so that a
 * translation the user's locale asks for is found by plain comparison. */
static gboolean
is_language_tag (const char *tag)
{
  gsize language = 0;

  while (g_ascii_islower (tag[language]))
    language++;
  if (language < 2 || language > 3)
    return FALSE;
  if (tag[language] == '\0')
    return TRUE;
  return tag[language] == '_' && g_ascii_isupper (tag[language + 1]) &&
         g_ascii_isupper (tag[language + 2]) && tag[language + 3] == '\0';
}

/* Optional translations of one text: {"de": "…", "es": "…"}. All are checked; the one in the
 * user's most preferred language replaces *text, which stays English when none matches. */
static gboolean
read_translations (Loader      *loader,
                   JsonObject  *object,
                   const char  *key,
                   const char **text)
{
  JsonNode *node = object_member (loader, object, key);
  JsonObject *translations;
  gsize saved;
  gboolean ok = TRUE;

  if (node == NULL)
    return TRUE;

  saved = path_push_member (loader, key);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (loader, _("expected an object of translations by language, found %s"),
               describe_node (node));
      path_pop (loader, saved);
      return FALSE;
    }
  translations = json_node_get_object (node);

  {
    g_autoptr(GList) tags = json_object_get_members (translations);

    for (GList *l = tags; l != NULL; l = l->next)
      {
        const char *tag = l->data, *translation;

        if (!is_language_tag (tag))
          {
            gsize inner = path_push_member (loader, tag);
            problem (loader, _("“%s” is not a language code; use one such as de, es or pt_BR"),
                     tag);
            path_pop (loader, inner);
            ok = FALSE;
          }
        else
          ok &= take_string (loader, OBJECT_MEMBER (translations, tag), REQUIRED, &translation);
      }
  }

  for (guint i = 0; ok && text != NULL && loader->languages[i] != NULL; i++)
    {
      JsonNode *translation = json_object_get_member (translations, loader->languages[i]);

      if (translation != NULL)
        {
          *text = json_node_get_string (translation);
          break;
        }
    }
  path_pop (loader, saved);
  return ok;
}

/* @what names the kind of choice in a message, marked with N_(): it is translated only
 * when there is a problem to report. */
static gboolean
read_choice (Loader             *loader,
             JsonObject         *object,
             const char         *key,
             Need                need,
             const char * const *choices,
             const char         *what,
             const char        **out)
{
  gsize saved;

  if (!take_string (loader, OBJECT_MEMBER (object, key), need, out))
    return FALSE;
  if (*out == NULL || g_strv_contains (choices, *out))
    return TRUE;

  saved = path_push_member (loader, key);
  {
    g_autofree char *expected = g_strjoinv (", ", (char **) choices);
    problem (loader, _("unknown %s “%s”; expected one of %s"), _(what), *out, expected);
  }
  path_pop (loader, saved);
  *out = NULL;
  return FALSE;
}

static gboolean
take_id (Loader       *loader,
         const Member *member,
         Need          need,
         const char  **out)
{
  gsize saved;

  if (!take_string (loader, member, need, out))
    return FALSE;
  if (*out == NULL || is_kebab_id (*out))
    return TRUE;

  saved = path_push_place (loader, member);
  problem (loader, _("“%s” is not a valid id: use lower-case letters, digits and single dashes "
                     "(kebab-case)"), *out);
  path_pop (loader, saved);
  *out = NULL;
  return FALSE;
}

/* An id counts as defined once claimed, even when its object had other problems: those
 * are reported where they are, not again at every reference. */
static gboolean
reference_exists (Loader     *loader,
                  RefKind     kind,
                  const char *id)
{
  const char *kind_id;

  if (loader->last_found[kind] != NULL && strcmp (loader->last_found[kind], id) == 0)
    return TRUE;
  switch (kind)
    {
    case REF_SOURCE: kind_id = "source"; break;
    case REF_ROLE: kind_id = "role"; break;
    case REF_SKILL: kind_id = "skill"; break;
    default: g_assert_not_reached ();
    }
  if (!g_hash_table_contains (loader->first_seen, id_key (loader, kind_id, id)))
    return FALSE;
  /* The string belongs to the parsed tree, which outlives the loader. */
  loader->last_found[kind] = id;
  return TRUE;
}

static const char *
reference_kind_name (RefKind kind)
{
  switch (kind)
    {
    case REF_SOURCE: return _("source");
    case REF_ROLE: return _("role");
    case REF_SKILL: return _("skill");
    default: g_assert_not_reached ();
    }
}

static gboolean
check_reference (Loader     *loader,
                 RefKind     kind,
                 const char *id)
{
  if (reference_exists (loader, kind, id))
    return TRUE;
  problem (loader, _("no %s has the id “%s”"), reference_kind_name (kind), id);
  return FALSE;
}

static gboolean
take_reference (Loader       *loader,
                const Member *member,
                Need          need,
                RefKind       kind,
                const char  **out)
{
  gsize saved;

  /* Every id that exists was claimed as a valid id, so only a reference that finds
   * nothing needs the id checked: most references skip that walk over their text. */
  if (!take_string (loader, member, need, out))
    return FALSE;
  if (*out == NULL || reference_exists (loader, kind, *out))
    return TRUE;
  if (!take_id (loader, member, need, out))
    return FALSE;

  saved = path_push_place (loader, member);
  check_reference (loader, kind, *out);
  path_pop (loader, saved);
  *out = NULL;
  return FALSE;
}

static gboolean
holds_integer (JsonNode *node)
{
  return json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
take_integer (Loader       *loader,
              const Member *member,
              Need          need,
              gint64        min,
              gint64        max,
              gint64       *out)
{
  JsonNode *node = present_node (loader, member, need);
  gsize saved;

  if (node == NULL)
    return need == OPTIONAL;
  if (holds_integer (node))
    {
      gint64 value = json_node_get_int (node);

      if (value >= min && value <= max)
        {
          *out = value;
          return TRUE;
        }
    }

  saved = path_push_place (loader, member);
  if (!holds_integer (node))
    problem (loader, _("expected a whole number, found %s"), describe_node (node));
  else
    problem (loader, _("%" PRId64 " is out of range; expected %" PRId64 " to %" PRId64),
             json_node_get_int (node), min, max);
  path_pop (loader, saved);
  return FALSE;
}

/* A yearly amount in whole currency units: above zero and plausibly a salary. */
static gboolean
take_amount (Loader       *loader,
             const Member *member,
             gint64       *out)
{
  JsonNode *node = member->node;
  gint64 amount;
  gsize saved;

  *out = -1;
  if (node == NULL)
    return TRUE;
  amount = holds_integer (node) ? json_node_get_int (node) : 0;
  if (amount > 0 && amount <= MAX_PLAUSIBLE_AMOUNT)
    {
      *out = amount;
      return TRUE;
    }

  saved = path_push_place (loader, member);
  if (!holds_integer (node))
    problem (loader, _("expected an amount as a whole number, found %s"), describe_node (node));
  else if (json_node_get_int (node) <= 0)
    problem (loader, _("%" PRId64 " is not a valid amount; amounts must be above zero"),
             json_node_get_int (node));
  else
    problem (loader, _("%" PRId64 " is not a plausible yearly amount; the limit is "
                       "10000000"), json_node_get_int (node));
  path_pop (loader, saved);
  return FALSE;
}

static gboolean
take_boolean (Loader       *loader,
              const Member *member,
              gboolean     *out)
{
  JsonNode *node = member->node;
  gsize saved;

  *out = FALSE;
  if (node == NULL)
    return TRUE;
  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    {
      *out = json_node_get_boolean (node);
      return TRUE;
    }

  saved = path_push_place (loader, member);
  problem (loader, _("expected true or false, found %s"), describe_node (node));
  path_pop (loader, saved);
  return FALSE;
}

static JsonArray *
read_array (Loader     *loader,
            JsonObject *object,
            const char *key,
            Need        need,
            gboolean   *ok)
{
  JsonNode *node = get_member (loader, object, key, need);
  gsize saved;

  if (node == NULL)
    {
      if (need == REQUIRED)
        *ok = FALSE;
      return NULL;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);

  saved = path_push_member (loader, key);
  problem (loader, _("expected an array, found %s"), describe_node (node));
  path_pop (loader, saved);
  *ok = FALSE;
  return NULL;
}

/* Reads an array of non-empty strings into a NULL-terminated vector. */
static gboolean
read_string_list (Loader     *loader,
                  JsonObject *object,
                  const char *key,
                  Need        need,
                  GStrvBuilder *builder)
{
  gboolean ok = TRUE;
  JsonArray *array = read_array (loader, object, key, need, &ok);
  gsize saved;

  if (array == NULL)
    return ok;

  saved = path_push_member (loader, key);
  for (guint i = 0, n = json_array_get_length (array); i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize item_saved = path_push_index (loader, i);

      if (!node_is_string (node))
        {
          problem (loader, _("expected a string, found %s"), describe_node (node));
          ok = FALSE;
        }
      else if (!check_text (loader, json_node_get_string (node)))
        ok = FALSE;
      else
        g_strv_builder_add (builder, json_node_get_string (node));
      path_pop (loader, item_saved);
    }
  path_pop (loader, saved);
  return ok;
}

static JsonObject *
element_object (Loader   *loader,
                JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);
  problem (loader, _("expected an object, found %s"), describe_node (node));
  return NULL;
}

static gboolean
is_http_url (const char *text)
{
  return g_str_has_prefix (text, "https://") || g_str_has_prefix (text, "http://");
}

/* YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
static gboolean
is_partial_date (const char *text)
{
  int year = 0, month = 1, day = 1;
  gsize length = strlen (text);

  if (length != 4 && length != 7 && length != 10)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      gboolean dash_here = (i == 4 || i == 7);
      if (dash_here ? text[i] != '-' : !g_ascii_isdigit (text[i]))
        return FALSE;
    }
  year = atoi (text);
  if (length >= 7)
    month = atoi (text + 5);
  if (length == 10)
    day = atoi (text + 8);
  return g_date_valid_dmy (day, month, year);
}

/* ------------------------------------------------------------------ sections */

typedef gboolean (*ElementParser) (Loader     *loader,
                                   JsonObject *object,
                                   guint       index);

static void
parse_section (Loader        *loader,
               JsonObject    *root,
               const char    *key,
               Need           need,
               ElementParser  parse_element)
{
  gboolean ok = TRUE;
  JsonArray *array = read_array (loader, root, key, need, &ok);
  gsize saved;

  if (array == NULL)
    return;

  saved = path_push_member (loader, key);
  for (guint i = 0, n = json_array_get_length (array); i < n; i++)
    {
      gsize item_saved = path_push_index (loader, i);
      JsonObject *object = element_object (loader, json_array_get_element (array, i));

      if (object != NULL)
        parse_element (loader, object, i);
      path_pop (loader, item_saved);
    }
  path_pop (loader, saved);
}

static gboolean
parse_source (Loader     *loader,
              JsonObject *object,
              guint       index)
{
  static const char * const members[] = {
    "id", "title", "publisher", "author", "date", "url", "licence", "kind", "note", NULL
  };
  const char *id, *title, *publisher, *author, *date, *url, *licence, *kind, *note;
  gboolean ok = TRUE;

  ok &= check_members (loader, object, members);
  ok &= take_id (loader, OBJECT_MEMBER (object, "id"), REQUIRED, &id);
  ok &= take_string (loader, OBJECT_MEMBER (object, "title"), REQUIRED, &title);
  ok &= take_string (loader, OBJECT_MEMBER (object, "publisher"), OPTIONAL, &publisher);
  ok &= take_string (loader, OBJECT_MEMBER (object, "author"), OPTIONAL, &author);
  ok &= take_string (loader, OBJECT_MEMBER (object, "date"), OPTIONAL, &date);
  ok &= take_string (loader, OBJECT_MEMBER (object, "url"), OPTIONAL, &url);
  ok &= take_string (loader, OBJECT_MEMBER (object, "licence"), OPTIONAL, &licence);
  ok &= read_choice (loader, object, "kind", REQUIRED, source_kinds, N_("source kind"), &kind);
  ok &= take_string (loader, OBJECT_MEMBER (object, "note"), OPTIONAL, &note);

  if (date != NULL && !is_partial_date (date))
    {
      gsize saved = path_push_member (loader, "date");
      problem (loader, _("“%s” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"), date);
      path_pop (loader, saved);
      ok = FALSE;
    }
  if (url != NULL && !is_http_url (url))
    {
      gsize saved = path_push_member (loader, "url");
      problem (loader, _("“%s” is not a web address; only http and https addresses are allowed"),
               url);
      path_pop (loader, saved);
      ok = FALSE;
    }
  if (id != NULL)
    {
      gsize saved = path_push_member (loader, "id");
      ok &= claim_id (loader, "source", id);
      path_pop (loader, saved);
    }

  if (ok)
    {
      AtlasSourceFields fields = {
        .id = id, .title = title, .publisher = publisher, .author = author, .date = date,
        .url = url, .licence = licence, .kind = kind, .note = note,
      };
      g_autoptr(AtlasSource) source = atlas_source_new (&fields);
      atlas_dataset_add_source (loader->dataset, source);
    }
  return ok;
}

static gboolean
parse_skill (Loader     *loader,
             JsonObject *object,
             guint       index)
{
  static const char * const members[] = { "id", "name", "name-translations", "category", NULL };
  const char *id, *name, *category;
  gboolean ok = TRUE;

  ok &= check_members (loader, object, members);
  ok &= take_id (loader, OBJECT_MEMBER (object, "id"), REQUIRED, &id);
  ok &= take_string (loader, OBJECT_MEMBER (object, "name"), REQUIRED, &name);
  ok &= read_translations (loader, object, "name-translations", &name);
  ok &= take_id (loader, OBJECT_MEMBER (object, "category"), REQUIRED, &category);
  if (id != NULL)
    {
      gsize saved = path_push_member (loader, "id");
      ok &= claim_id (loader, "skill", id);
      path_pop (loader, saved);
    }

  if (ok)
    {
      AtlasSkillFields fields = { .id = id, .name = name, .category = category };
      g_autoptr(AtlasSkill) skill = atlas_skill_new (&fields);
      atlas_dataset_add_skill (loader->dataset, skill);
    }
  return ok;
}

/* One sourced statement: {"text": …, "source": …, "cites": …}. */
static gboolean
parse_statement (Loader     *loader,
                 JsonObject *object,
                 const char *role_id,
                 const char *topic)
{
  static const char * const members[] = {
    "text", "translations", "source", "cites", "role", "topic", NULL
  };
  const char *text, *source, *cites, *fact_role = NULL, *fact_topic = NULL;
  gboolean ok = TRUE;

  ok &= check_members (loader, object, members);
  ok &= take_string (loader, OBJECT_MEMBER (object, "text"), REQUIRED, &text);
  ok &= read_translations (loader, object, "translations", &text);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "source"), REQUIRED, REF_SOURCE, &source);
  ok &= take_string (loader, OBJECT_MEMBER (object, "cites"), OPTIONAL, &cites);

  /* Facts (top-level statements) carry their own topic and, optionally, a role. */
  if (topic == NULL)
    {
      ok &= read_choice (loader, object, "topic", REQUIRED, known_topics, N_("topic"), &fact_topic);
      ok &= take_reference (loader, OBJECT_MEMBER (object, "role"), OPTIONAL, REF_ROLE, &fact_role);
      topic = fact_topic;
      role_id = fact_role;
    }
  else if (object_member (loader, object, "role") != NULL || object_member (loader, object, "topic") != NULL)
    {
      problem (loader, _("a role’s guidance takes its role and topic from where it stands; "
                         "remove “role” and “topic”"));
      ok = FALSE;
    }

  if (ok)
    {
      AtlasStatementFields fields = {
        .role_id = role_id, .topic = topic, .text = text, .source_id = source, .cites = cites,
      };
      g_autoptr(AtlasStatement) statement = atlas_statement_new (&fields);
      atlas_dataset_add_statement (loader->dataset, statement);
    }
  return ok;
}

static gboolean
parse_guidance (Loader     *loader,
                JsonObject *role_object,
                const char *role_id)
{
  JsonNode *node = object_member (loader, role_object, "guidance");
  JsonObjectIter iter;
  const char *topic;
  JsonNode *topic_node;
  gboolean ok = TRUE;
  gsize saved;

  if (node == NULL)
    return TRUE;

  saved = path_push_member (loader, "guidance");
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (loader, _("expected an object of topics, found %s"), describe_node (node));
      path_pop (loader, saved);
      return FALSE;
    }

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &topic, &topic_node))
    {
      gsize topic_saved = path_push_member (loader, topic);

      if (!g_strv_contains (known_topics, topic))
        {
          g_autofree char *expected = g_strjoinv (", ", (char **) known_topics);
          problem (loader, _("unknown topic; expected one of %s"), expected);
          ok = FALSE;
        }
      else if (!JSON_NODE_HOLDS_ARRAY (topic_node))
        {
          problem (loader, _("expected an array of statements, found %s"),
                   describe_node (topic_node));
          ok = FALSE;
        }
      else
        {
          JsonArray *array = json_node_get_array (topic_node);

          for (guint i = 0, n = json_array_get_length (array); i < n; i++)
            {
              gsize item_saved = path_push_index (loader, i);
              JsonObject *object = element_object (loader, json_array_get_element (array, i));

              ok &= object != NULL && parse_statement (loader, object, role_id, topic);
              path_pop (loader, item_saved);
            }
        }
      path_pop (loader, topic_saved);
    }
  path_pop (loader, saved);
  return ok;
}

/* A role and its guidance; guidance statements refer to sources only, so a role's own
 * object holds all it needs. */
static gboolean
parse_role (Loader     *loader,
            JsonObject *object,
            guint       index)
{
  static const char * const members[] = {
    "id", "name", "name-translations", "family", "core", "summary", "guidance", NULL
  };
  const char *id, *name, *family, *summary_text = NULL, *summary_source = NULL;
  gboolean core, ok = TRUE;
  JsonNode *summary;

  ok &= check_members (loader, object, members);
  ok &= take_id (loader, OBJECT_MEMBER (object, "id"), REQUIRED, &id);
  ok &= take_string (loader, OBJECT_MEMBER (object, "name"), REQUIRED, &name);
  ok &= read_translations (loader, object, "name-translations", &name);
  ok &= take_id (loader, OBJECT_MEMBER (object, "family"), REQUIRED, &family);
  ok &= take_boolean (loader, OBJECT_MEMBER (object, "core"), &core);

  summary = object_member (loader, object, "summary");
  if (summary != NULL)
    {
      gsize saved = path_push_member (loader, "summary");
      JsonObject *summary_object = element_object (loader, summary);

      if (summary_object != NULL)
        {
          static const char * const summary_members[] = {
            "text", "translations", "source", NULL
          };
          ok &= check_members (loader, summary_object, summary_members);
          ok &= take_string (loader, OBJECT_MEMBER (summary_object, "text"),
                             REQUIRED, &summary_text);
          ok &= read_translations (loader, summary_object, "translations", &summary_text);
          ok &= take_reference (loader, OBJECT_MEMBER (summary_object, "source"),
                                REQUIRED, REF_SOURCE,
                                &summary_source);
        }
      else
        ok = FALSE;
      path_pop (loader, saved);
    }

  if (id != NULL)
    {
      gsize saved = path_push_member (loader, "id");
      ok &= claim_id (loader, "role", id);
      path_pop (loader, saved);
    }
  ok &= parse_guidance (loader, object, id);

  if (ok)
    {
      AtlasRoleFields fields = {
        .id = id, .name = name, .family = family, .core = core, .summary = summary_text,
        .summary_source_id = summary_source,
      };
      g_autoptr(AtlasRole) role = atlas_role_new (&fields);
      atlas_dataset_add_role (loader->dataset, role);
    }
  return ok;
}

static gboolean
parse_fact (Loader     *loader,
            JsonObject *object,
            guint       index)
{
  return parse_statement (loader, object, NULL, NULL);
}

/* "expert", or a range "basic-intermediate" from its lower to its upper end. */
static gboolean
parse_proficiency (const char       *text,
                   AtlasProficiency *min,
                   AtlasProficiency *max)
{
  g_auto(GStrv) ends = g_strsplit (text, "-", 0);

  if (g_strv_length (ends) == 1)
    {
      if (!atlas_proficiency_from_string (ends[0], min))
        return FALSE;
      *max = *min;
      return TRUE;
    }
  return g_strv_length (ends) == 2 &&
         atlas_proficiency_from_string (ends[0], min) &&
         atlas_proficiency_from_string (ends[1], max) &&
         *min < *max;
}

static gboolean
parse_role_skill (Loader     *loader,
                  JsonObject *object,
                  guint       index)
{
  static const char * const members[] = {
    "role", "skill", "level", "detail", "rank", "source", NULL
  };
  const char *role, *skill, *level, *detail, *source;
  AtlasProficiency min = ATLAS_PROFICIENCY_UNSTATED, max = ATLAS_PROFICIENCY_UNSTATED;
  gint64 rank = 0;
  gboolean ok = TRUE;

  ok &= check_members (loader, object, members);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "role"), REQUIRED, REF_ROLE, &role);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "skill"), REQUIRED, REF_SKILL, &skill);
  ok &= take_string (loader, OBJECT_MEMBER (object, "level"), OPTIONAL, &level);
  ok &= take_string (loader, OBJECT_MEMBER (object, "detail"), OPTIONAL, &detail);
  ok &= take_integer (loader, OBJECT_MEMBER (object, "rank"), OPTIONAL, 1, 1000, &rank);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "source"), REQUIRED, REF_SOURCE, &source);

  if (level != NULL && !parse_proficiency (level, &min, &max))
    {
      g_autofree char *expected = atlas_proficiency_list_spellings ();
      gsize saved = path_push_member (loader, "level");

      problem (loader, _("unknown proficiency “%s”; expected one of %s, or a rising range such "
                         "as basic-intermediate"), level, expected);
      path_pop (loader, saved);
      ok = FALSE;
    }
  if (ok)
    {
      g_autoptr(GString) key = g_string_new (role);

      g_string_append_c (key, '/');
      g_string_append (key, skill);
      g_string_append_c (key, '/');
      g_string_append (key, source);
      ok &= claim_id (loader, "role-skill", key->str);
    }

  if (ok)
    {
      AtlasRoleSkillFields fields = {
        .role_id = role, .skill_id = skill, .min_proficiency = min, .max_proficiency = max,
        .detail = detail, .rank = (int) rank, .source_id = source,
      };
      g_autoptr(AtlasRoleSkill) role_skill = atlas_role_skill_new (&fields);
      atlas_dataset_add_role_skill (loader->dataset, role_skill);
    }
  return ok;
}

static gboolean
check_salary_amounts (Loader        *loader,
                      AtlasStatistic statistic,
                      gint64         low,
                      gint64         high,
                      gint64         value,
                      gboolean       high_open,
                      gint64         sample_size)
{
  if (statistic == ATLAS_STATISTIC_QUARTILES)
    {
      if (low < 0 || value < 0 || high < 0 || sample_size <= 0 || high_open)
        {
          problem (loader, _("quartiles take “low” (25th percentile), “value” (median), "
                             "“high” (75th percentile) and “sample-size”, and no “high-open”"));
          return FALSE;
        }
      if (low > value || value > high)
        {
          problem (loader, _("quartiles must rise: low %" PRId64 ", value %" PRId64
                             ", high %" PRId64), low, value, high);
          return FALSE;
        }
      return TRUE;
    }
  if (value >= 0 && (low >= 0 || high >= 0))
    {
      problem (loader, _("give either “value” or “low”/“high”, not both"));
      return FALSE;
    }
  if (value < 0 && low < 0 && high < 0)
    {
      problem (loader, _("no amount; give “value”, or “low” and/or “high”"));
      return FALSE;
    }
  if (statistic == ATLAS_STATISTIC_RANGE && value >= 0)
    {
      problem (loader, _("a range takes “low” and/or “high”, not “value”"));
      return FALSE;
    }
  if (low >= 0 && high >= 0 && low > high)
    {
      problem (loader, _("low (%" PRId64 ") is above high (%" PRId64 ")"),
               low, high);
      return FALSE;
    }
  if (high_open && low < 0 && high < 0)
    {
      problem (loader, _("“high-open” needs “low” or “high”"));
      return FALSE;
    }
  return TRUE;
}

/* Whether @code is in an ISO list, asking the list only when @code differs from the one
 * last found there (*@last, a string of the parsed tree). */
static gboolean
is_known_code (const char  **last,
               const char   *code,
               gboolean    (*is_known) (const char *code))
{
  if (*last != NULL && strcmp (*last, code) == 0)
    return TRUE;
  if (!is_known (code))
    return FALSE;
  *last = code;
  return TRUE;
}

/* The members of a salary figure, in the order files give them. */
typedef enum
{
  SALARY_ROLE,
  SALARY_COUNTRY,
  SALARY_LEVEL,
  SALARY_BASIS,
  SALARY_STATISTIC,
  SALARY_LOW,
  SALARY_HIGH,
  SALARY_HIGH_OPEN,
  SALARY_VALUE,
  SALARY_CURRENCY,
  SALARY_YEAR,
  SALARY_SAMPLE_SIZE,
  SALARY_SOURCE,
  SALARY_CITES,
  SALARY_NOTE,
  N_SALARY_MEMBERS
} SalaryMember;

static const char * const salary_members[N_SALARY_MEMBERS + 1] = {
  "role", "country", "level", "basis", "statistic", "low", "high", "high-open", "value",
  "currency", "year", "sample-size", "source", "cites", "note", NULL
};

/* One salary figure, from the members of an object in "salaries" or from a row of a table in
 * "salary-tables"; a table gives its source once for all its rows (@table_source, NULL when
 * that source has a problem of its own). */
static gboolean
take_salary (Loader       *loader,
             const Member *members,
             gboolean      from_table,
             const char   *table_source)
{
  const char *role, *country, *level_text, *basis_text, *statistic_text, *currency, *source;
  const char *cites, *note;
  AtlasLevel level = ATLAS_LEVEL_ALL;
  AtlasPayBasis basis = ATLAS_PAY_BASIS_UNSTATED;
  AtlasStatistic statistic = ATLAS_STATISTIC_RANGE;
  gint64 low, high, value, year = 0, sample_size = 0;
  gboolean high_open, ok = TRUE, amounts_ok = TRUE;

  ok &= take_reference (loader, &members[SALARY_ROLE], REQUIRED, REF_ROLE, &role);
  ok &= take_string (loader, &members[SALARY_COUNTRY], OPTIONAL, &country);
  ok &= take_string (loader, &members[SALARY_LEVEL], REQUIRED, &level_text);
  ok &= take_string (loader, &members[SALARY_BASIS], OPTIONAL, &basis_text);
  ok &= take_string (loader, &members[SALARY_STATISTIC], REQUIRED, &statistic_text);
  amounts_ok &= take_amount (loader, &members[SALARY_LOW], &low);
  amounts_ok &= take_amount (loader, &members[SALARY_HIGH], &high);
  amounts_ok &= take_amount (loader, &members[SALARY_VALUE], &value);
  ok &= take_boolean (loader, &members[SALARY_HIGH_OPEN], &high_open);
  ok &= take_string (loader, &members[SALARY_CURRENCY], REQUIRED, &currency);
  ok &= take_integer (loader, &members[SALARY_YEAR], OPTIONAL, MIN_YEAR, MAX_YEAR, &year);
  ok &= take_integer (loader, &members[SALARY_SAMPLE_SIZE], OPTIONAL, 1, G_MAXINT, &sample_size);
  if (from_table)
    {
      source = table_source;
      ok &= source != NULL;
    }
  else
    ok &= take_reference (loader, &members[SALARY_SOURCE], REQUIRED, REF_SOURCE, &source);
  ok &= take_string (loader, &members[SALARY_CITES], OPTIONAL, &cites);
  ok &= take_string (loader, &members[SALARY_NOTE], OPTIONAL, &note);

  if (country != NULL && !is_known_code (&loader->last_country, country, atlas_country_is_known))
    {
      gsize saved = path_push_place (loader, &members[SALARY_COUNTRY]);
      problem (loader, _("“%s” is not an ISO 3166-1 alpha-2 country code (such as US or VN)"),
               country);
      path_pop (loader, saved);
      ok = FALSE;
    }
  if (level_text != NULL && !atlas_level_from_string (level_text, &level))
    {
      g_autofree char *expected = atlas_level_list_spellings ();
      gsize saved = path_push_place (loader, &members[SALARY_LEVEL]);
      problem (loader, _("unknown level “%s”; expected one of %s"), level_text, expected);
      path_pop (loader, saved);
      ok = FALSE;
    }
  if (basis_text != NULL && !atlas_pay_basis_from_string (basis_text, &basis))
    {
      g_autofree char *expected = atlas_pay_basis_list_spellings ();
      gsize saved = path_push_place (loader, &members[SALARY_BASIS]);
      problem (loader, _("unknown pay basis “%s”; expected one of %s"), basis_text, expected);
      path_pop (loader, saved);
      ok = FALSE;
    }
  if (statistic_text != NULL && !atlas_statistic_from_string (statistic_text, &statistic))
    {
      g_autofree char *expected = atlas_statistic_list_spellings ();
      gsize saved = path_push_place (loader, &members[SALARY_STATISTIC]);
      problem (loader, _("unknown statistic “%s”; expected one of %s"), statistic_text, expected);
      path_pop (loader, saved);
      ok = FALSE;
    }
  if (currency != NULL && !is_known_code (&loader->last_currency, currency, atlas_currency_is_known))
    {
      gsize saved = path_push_place (loader, &members[SALARY_CURRENCY]);
      problem (loader, _("“%s” is not an ISO 4217 currency code (such as USD or EUR)"), currency);
      path_pop (loader, saved);
      ok = FALSE;
    }
  if (amounts_ok)
    amounts_ok = check_salary_amounts (loader, statistic, low, high, value, high_open, sample_size);

  if (ok && amounts_ok)
    {
      AtlasSalaryFigureFields fields = {
        .role_id = role, .country = country, .level = level, .basis = basis,
        .statistic = statistic, .low = low, .high = high, .high_open = high_open,
        .value = value, .currency = currency, .year = (int) year,
        .sample_size = (int) sample_size, .source_id = source, .cites = cites, .note = note,
      };
      g_autoptr(AtlasSalaryFigure) figure = atlas_salary_figure_new (&fields);

      atlas_dataset_add_salary (loader->dataset, figure);
    }
  return ok && amounts_ok;
}

static gboolean
parse_salary (Loader     *loader,
              JsonObject *object,
              guint       index)
{
  Member members[N_SALARY_MEMBERS];
  gboolean ok = check_members (loader, object, salary_members);

  for (guint i = 0; i < N_SALARY_MEMBERS; i++)
    members[i] = *OBJECT_MEMBER (object, salary_members[i]);
  return take_salary (loader, members, FALSE, NULL) && ok;
}

static int
salary_member_from_name (const char *name)
{
  for (int i = 0; i < N_SALARY_MEMBERS; i++)
    if (strcmp (salary_members[i], name) == 0)
      return i;
  return -1;
}

static char *
list_salary_columns (void)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (int i = 0; i < N_SALARY_MEMBERS; i++)
    if (i != SALARY_SOURCE)
      g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "", salary_members[i]);
  return g_string_free (g_steal_pointer (&list), FALSE);
}

/* Maps each salary member to its column (-1 if the table has none), reporting unknown and
 * repeated columns and required members without one. */
static gboolean
read_salary_columns (Loader     *loader,
                     JsonObject *table,
                     int        *column_of,
                     guint      *n_columns)
{
  static const SalaryMember required[] = {
    SALARY_ROLE, SALARY_LEVEL, SALARY_STATISTIC, SALARY_CURRENCY
  };
  gboolean ok = TRUE;
  JsonArray *columns = read_array (loader, table, "columns", REQUIRED, &ok);
  gsize saved;

  for (guint i = 0; i < N_SALARY_MEMBERS; i++)
    column_of[i] = -1;
  if (columns == NULL)
    return FALSE;

  saved = path_push_member (loader, "columns");
  *n_columns = json_array_get_length (columns);
  for (guint i = 0; i < *n_columns; i++)
    {
      JsonNode *node = json_array_get_element (columns, i);
      gsize item_saved = path_push_index (loader, i);
      const char *name = node_is_string (node) ? json_node_get_string (node) : NULL;
      int member = name != NULL ? salary_member_from_name (name) : -1;

      if (name == NULL)
        problem (loader, _("expected a string, found %s"), describe_node (node));
      else if (member < 0 || member == SALARY_SOURCE)
        {
          g_autofree char *expected = list_salary_columns ();

          problem (loader, _("unknown column “%s”; expected one of %s (a table gives its "
                             "source once, beside its columns)"), name, expected);
        }
      else if (column_of[member] >= 0)
        problem (loader, _("“%s” is already column %d"), name, column_of[member]);
      else
        column_of[member] = (int) i;
      ok &= member >= 0 && member != SALARY_SOURCE && column_of[member] == (int) i;
      path_pop (loader, item_saved);
    }
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (column_of[required[i]] < 0)
      {
        problem (loader, _("no “%s” column; every salary figure needs one"),
                 salary_members[required[i]]);
        ok = FALSE;
      }
  path_pop (loader, saved);
  return ok;
}

static gboolean
parse_salary_row (Loader     *loader,
                  JsonNode   *node,
                  const int  *column_of,
                  guint       n_columns,
                  const char *source)
{
  Member members[N_SALARY_MEMBERS];
  JsonArray *row;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      problem (loader, _("expected an array of cells, one per column, found %s"),
               describe_node (node));
      return FALSE;
    }
  row = json_node_get_array (node);
  if (json_array_get_length (row) != n_columns)
    {
      problem (loader, _("%u cells; the table has %u columns"), json_array_get_length (row),
               n_columns);
      return FALSE;
    }

  for (guint i = 0; i < N_SALARY_MEMBERS; i++)
    {
      JsonNode *cell = column_of[i] >= 0 ? json_array_get_element (row, column_of[i]) : NULL;

      if (cell != NULL && JSON_NODE_HOLDS_NULL (cell))
        cell = NULL;
      members[i] = (Member) { cell, salary_members[i], column_of[i] };
    }
  return take_salary (loader, members, TRUE, source);
}

/* A salary table: the figures of one source as rows of cells under one list of columns.
 * Bulk data such as a salary survey's cells is several times faster to parse this way than
 * as objects that repeat every member's name, and a third smaller. */
static gboolean
parse_salary_table (Loader     *loader,
                    JsonObject *object,
                    guint       index)
{
  static const char * const members[] = { "source", "columns", "rows", NULL };
  int column_of[N_SALARY_MEMBERS];
  guint n_columns = 0;
  const char *source;
  JsonArray *rows;
  gboolean ok = TRUE, columns_ok;
  gsize saved;

  ok &= check_members (loader, object, members);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "source"), REQUIRED, REF_SOURCE, &source);
  columns_ok = read_salary_columns (loader, object, column_of, &n_columns);
  rows = read_array (loader, object, "rows", REQUIRED, &ok);
  /* Rows are not read without their columns: each would repeat the columns' problem. */
  if (rows == NULL || !columns_ok)
    return FALSE;

  saved = path_push_member (loader, "rows");
  for (guint i = 0, n = json_array_get_length (rows); i < n; i++)
    {
      gsize row_saved = path_push_index (loader, i);

      ok &= parse_salary_row (loader, json_array_get_element (rows, i), column_of, n_columns,
                              source);
      path_pop (loader, row_saved);
    }
  path_pop (loader, saved);
  return ok;
}

static AtlasPathStep *
parse_path_step (Loader     *loader,
                 JsonObject *object,
                 guint       position)
{
  static const char * const members[] = { "title", "role", "level", NULL };
  const char *title, *role, *level_text;
  AtlasLevel level = ATLAS_LEVEL_ALL;
  gboolean ok = TRUE;

  ok &= check_members (loader, object, members);
  ok &= take_string (loader, OBJECT_MEMBER (object, "title"), REQUIRED, &title);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "role"), OPTIONAL, REF_ROLE, &role);
  ok &= take_string (loader, OBJECT_MEMBER (object, "level"), OPTIONAL, &level_text);
  if (level_text != NULL && !atlas_level_from_string (level_text, &level))
    {
      g_autofree char *expected = atlas_level_list_spellings ();
      gsize saved = path_push_member (loader, "level");
      problem (loader, _("unknown level “%s”; expected one of %s"), level_text, expected);
      path_pop (loader, saved);
      ok = FALSE;
    }
  if (!ok)
    return NULL;

  {
    AtlasPathStepFields fields = {
      .position = (int) position, .title = title, .role_id = role, .level = level,
    };
    return atlas_path_step_new (&fields);
  }
}

/* A step is a title ({"title": …, "role": …}) or alternatives ({"any-of": [titles]}). */
static gboolean
parse_path_position (Loader          *loader,
                     JsonObject      *object,
                     guint            position,
                     AtlasCareerPath *path)
{
  JsonNode *any_of = object_member (loader, object, "any-of");
  gboolean ok = TRUE;

  if (any_of == NULL)
    {
      g_autoptr(AtlasPathStep) step = parse_path_step (loader, object, position);

      if (step == NULL)
        return FALSE;
      atlas_career_path_add_step (path, step);
      return TRUE;
    }

  if (json_object_get_size (object) != 1)
    {
      problem (loader, _("a step with “any-of” takes no other members"));
      return FALSE;
    }

  {
    gsize saved = path_push_member (loader, "any-of");

    if (!JSON_NODE_HOLDS_ARRAY (any_of) || json_array_get_length (json_node_get_array (any_of)) < 2)
      {
        problem (loader, _("expected an array of at least two titles"));
        ok = FALSE;
      }
    else
      {
        JsonArray *array = json_node_get_array (any_of);

        for (guint i = 0, n = json_array_get_length (array); i < n; i++)
          {
            gsize item_saved = path_push_index (loader, i);
            JsonObject *alternative = element_object (loader, json_array_get_element (array, i));
            g_autoptr(AtlasPathStep) step = NULL;

            if (alternative != NULL)
              step = parse_path_step (loader, alternative, position);
            if (step != NULL)
              atlas_career_path_add_step (path, step);
            else
              ok = FALSE;
            path_pop (loader, item_saved);
          }
      }
    path_pop (loader, saved);
  }
  return ok;
}

static gboolean
parse_path (Loader     *loader,
            JsonObject *object,
            guint       index)
{
  static const char * const members[] = { "id", "name", "source", "steps", NULL };
  const char *id, *name, *source;
  g_autoptr(AtlasCareerPath) path = NULL;
  JsonArray *steps;
  gboolean ok = TRUE;

  ok &= check_members (loader, object, members);
  ok &= take_id (loader, OBJECT_MEMBER (object, "id"), REQUIRED, &id);
  ok &= take_string (loader, OBJECT_MEMBER (object, "name"), REQUIRED, &name);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "source"), REQUIRED, REF_SOURCE, &source);
  steps = read_array (loader, object, "steps", REQUIRED, &ok);
  if (id != NULL)
    {
      gsize saved = path_push_member (loader, "id");
      ok &= claim_id (loader, "path", id);
      path_pop (loader, saved);
    }

  {
    AtlasCareerPathFields fields = { .id = id, .name = name, .source_id = source };
    path = atlas_career_path_new (&fields);
  }

  if (steps != NULL)
    {
      gsize saved = path_push_member (loader, "steps");

      if (json_array_get_length (steps) < 2)
        {
          problem (loader, _("a career path needs at least two steps"));
          ok = FALSE;
        }
      for (guint i = 0, n = json_array_get_length (steps); i < n; i++)
        {
          gsize item_saved = path_push_index (loader, i);
          JsonObject *step = element_object (loader, json_array_get_element (steps, i));

          ok &= step != NULL && parse_path_position (loader, step, i + 1, path);
          path_pop (loader, item_saved);
        }
      path_pop (loader, saved);
    }

  if (ok)
    atlas_dataset_add_path (loader->dataset, path);
  return ok;
}

static gboolean
parse_transition (Loader     *loader,
                  JsonObject *object,
                  guint       index)
{
  static const char * const members[] = { "from", "to", "months", "learn", "note", "source", NULL };
  const char *from, *to, *note, *source;
  g_autoptr(GStrvBuilder) learn = g_strv_builder_new ();
  g_auto(GStrv) learn_strv = NULL;
  gint64 min_months = 0, max_months = 0;
  JsonNode *months;
  gboolean ok = TRUE;

  ok &= check_members (loader, object, members);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "from"), REQUIRED, REF_ROLE, &from);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "to"), REQUIRED, REF_ROLE, &to);
  ok &= read_string_list (loader, object, "learn", OPTIONAL, learn);
  ok &= take_string (loader, OBJECT_MEMBER (object, "note"), OPTIONAL, &note);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "source"), REQUIRED, REF_SOURCE, &source);

  if (from != NULL && to != NULL && strcmp (from, to) == 0)
    {
      gsize saved = path_push_member (loader, "to");
      problem (loader, _("a transition must lead to another role, not back to “%s”"), from);
      path_pop (loader, saved);
      ok = FALSE;
    }

  months = object_member (loader, object, "months");
  if (months != NULL)
    {
      gsize saved = path_push_member (loader, "months");
      JsonObject *range = element_object (loader, months);

      if (range != NULL)
        {
          static const char * const range_members[] = { "min", "max", NULL };
          ok &= check_members (loader, range, range_members);
          ok &= take_integer (loader, OBJECT_MEMBER (range, "min"),
                              REQUIRED, 1, MAX_MONTHS, &min_months);
          ok &= take_integer (loader, OBJECT_MEMBER (range, "max"),
                              REQUIRED, 1, MAX_MONTHS, &max_months);
          if (min_months > 0 && max_months > 0 && min_months > max_months)
            {
              problem (loader, _("min (%" PRId64 ") is above max (%" PRId64 ")"),
                       min_months, max_months);
              ok = FALSE;
            }
        }
      else
        ok = FALSE;
      path_pop (loader, saved);
    }

  learn_strv = g_strv_builder_end (learn);
  if (ok)
    {
      AtlasTransitionFields fields = {
        .from_id = from, .to_id = to, .min_months = (int) min_months,
        .max_months = (int) max_months, .learn = (const char * const *) learn_strv,
        .note = note, .source_id = source,
      };
      g_autoptr(AtlasTransition) transition = atlas_transition_new (&fields);
      atlas_dataset_add_transition (loader->dataset, transition);
    }
  return ok;
}

static gboolean
parse_market_figure (Loader     *loader,
                     JsonObject *object,
                     guint       index)
{
  static const char * const members[] = {
    "role", "metric", "qualifier", "value", "unit", "source", NULL
  };
  const char *role, *metric, *qualifier, *unit_text, *source;
  AtlasUnit unit = ATLAS_UNIT_COUNT;
  JsonNode *value_node;
  double value = 0;
  gboolean ok = TRUE;

  ok &= check_members (loader, object, members);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "role"), REQUIRED, REF_ROLE, &role);
  ok &= read_choice (loader, object, "metric", REQUIRED, known_metrics, N_("metric"), &metric);
  ok &= take_string (loader, OBJECT_MEMBER (object, "qualifier"), OPTIONAL, &qualifier);
  ok &= take_string (loader, OBJECT_MEMBER (object, "unit"), REQUIRED, &unit_text);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "source"), REQUIRED, REF_SOURCE, &source);

  if (unit_text != NULL && !atlas_unit_from_string (unit_text, &unit))
    {
      g_autofree char *expected = atlas_unit_list_spellings ();
      gsize saved = path_push_member (loader, "unit");
      problem (loader, _("unknown unit “%s”; expected one of %s"), unit_text, expected);
      path_pop (loader, saved);
      ok = FALSE;
    }

  value_node = get_member (loader, object, "value", REQUIRED);
  if (value_node == NULL)
    ok = FALSE;
  else
    {
      gsize saved = path_push_member (loader, "value");
      GType type = JSON_NODE_HOLDS_VALUE (value_node) ? json_node_get_value_type (value_node) : 0;

      if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
        {
          problem (loader, _("expected a number, found %s"), describe_node (value_node));
          ok = FALSE;
        }
      else
        {
          value = json_node_get_double (value_node);
          if (value < 0 || (unit == ATLAS_UNIT_PERCENT && value > 100))
            {
              problem (loader, _("%g is out of range for a %s"), value,
                       unit == ATLAS_UNIT_PERCENT ? _("percentage") : _("count"));
              ok = FALSE;
            }
        }
      path_pop (loader, saved);
    }

  if (ok)
    {
      AtlasMarketFigureFields fields = {
        .role_id = role, .metric = metric, .qualifier = qualifier, .value = value,
        .unit = unit, .source_id = source,
      };
      g_autoptr(AtlasMarketFigure) figure = atlas_market_figure_new (&fields);
      atlas_dataset_add_market_figure (loader->dataset, figure);
    }
  return ok;
}

static gboolean
parse_stack_layer (Loader     *loader,
                   JsonObject *object,
                   guint       index)
{
  static const char * const members[] = { "name", "tools", "focus", "source", NULL };
  const char *name, *focus, *source;
  g_autoptr(GStrvBuilder) tools = g_strv_builder_new ();
  g_auto(GStrv) tools_strv = NULL;
  gboolean ok = TRUE;

  ok &= check_members (loader, object, members);
  ok &= take_string (loader, OBJECT_MEMBER (object, "name"), REQUIRED, &name);
  ok &= read_string_list (loader, object, "tools", REQUIRED, tools);
  ok &= take_string (loader, OBJECT_MEMBER (object, "focus"), OPTIONAL, &focus);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "source"), REQUIRED, REF_SOURCE, &source);

  tools_strv = g_strv_builder_end (tools);
  if (ok)
    {
      AtlasStackLayerFields fields = {
        .position = (int) index + 1, .name = name,
        .tools = (const char * const *) tools_strv, .focus = focus, .source_id = source,
      };
      g_autoptr(AtlasStackLayer) layer = atlas_stack_layer_new (&fields);
      atlas_dataset_add_stack_layer (loader->dataset, layer);
    }
  return ok;
}

static gboolean
parse_team_stage (Loader     *loader,
                  JsonObject *object,
                  guint       index)
{
  static const char * const members[] = { "id", "name", "scale", "approach", "source", NULL };
  const char *id, *name, *scale, *approach, *source;
  gboolean ok = TRUE;

  ok &= check_members (loader, object, members);
  ok &= take_id (loader, OBJECT_MEMBER (object, "id"), REQUIRED, &id);
  ok &= take_string (loader, OBJECT_MEMBER (object, "name"), REQUIRED, &name);
  ok &= take_string (loader, OBJECT_MEMBER (object, "scale"), OPTIONAL, &scale);
  ok &= take_string (loader, OBJECT_MEMBER (object, "approach"), REQUIRED, &approach);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "source"), REQUIRED, REF_SOURCE, &source);
  if (id != NULL)
    {
      gsize saved = path_push_member (loader, "id");
      ok &= claim_id (loader, "team stage", id);
      path_pop (loader, saved);
    }

  if (ok)
    {
      AtlasTeamStageFields fields = {
        .id = id, .name = name, .scale = scale, .approach = approach, .source_id = source,
      };
      g_autoptr(AtlasTeamStage) stage = atlas_team_stage_new (&fields);
      atlas_dataset_add_team_stage (loader->dataset, stage);
    }
  return ok;
}

/* Each title may belong to one role only, or a record would count twice. */
static gboolean
claim_titles (Loader             *loader,
              const char * const *titles)
{
  gboolean ok = TRUE;
  gsize saved = path_push_member (loader, "titles");

  for (guint i = 0; titles[i] != NULL; i++)
    {
      g_autofree char *normalised = atlas_title_rule_normalise (titles[i]);
      const char *key = id_key (loader, "title", normalised);
      const char *first = g_hash_table_lookup (loader->first_seen, key);
      gsize item_saved = path_push_index (loader, i);

      if (first != NULL)
        {
          problem (loader, _("the title “%s” is already mapped at %s"), titles[i], first);
          ok = FALSE;
        }
      else
        g_hash_table_insert (loader->first_seen, g_string_chunk_insert (loader->claims, key),
                             g_string_chunk_insert (loader->claims, write_path (loader)));
      path_pop (loader, item_saved);
    }
  path_pop (loader, saved);
  return ok;
}

static gboolean
parse_title_rule (Loader     *loader,
                  JsonObject *object,
                  guint       index)
{
  static const char * const members[] = { "role", "titles", "patterns", NULL };
  g_autoptr(GStrvBuilder) titles_builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) patterns_builder = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;
  g_auto(GStrv) patterns = NULL;
  const char *role;
  gboolean ok = TRUE;

  ok &= check_members (loader, object, members);
  ok &= take_reference (loader, OBJECT_MEMBER (object, "role"), REQUIRED, REF_ROLE, &role);
  ok &= read_string_list (loader, object, "titles", OPTIONAL, titles_builder);
  ok &= read_string_list (loader, object, "patterns", OPTIONAL, patterns_builder);
  titles = g_strv_builder_end (titles_builder);
  patterns = g_strv_builder_end (patterns_builder);
  if (ok && titles[0] == NULL && patterns[0] == NULL)
    {
      problem (loader, _("a title rule needs “titles” or “patterns”"));
      ok = FALSE;
    }
  ok &= claim_titles (loader, (const char * const *) titles);

  if (ok)
    {
      g_autoptr(AtlasTitleRule) rule = atlas_title_rule_new (role, (const char * const *) titles,
                                                             (const char * const *) patterns);
      atlas_dataset_add_title_rule (loader->dataset, rule);
    }
  return ok;
}

/* ------------------------------------------------------------------ raw checks */

static void
locate_offset (const char *data,
               gsize       offset,
               guint      *line,
               guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

#define EVERY_BYTE(b) (G_GUINT64_CONSTANT (0x0101010101010101) * (guchar) (b))

/* The high bit of each zero byte of @word: exact for the lowest zero byte, which is all
 * that is asked of it (borrows may mark bytes above it too). */
static inline guint64
zero_bytes (guint64 word)
{
  return (word - EVERY_BYTE (0x01)) & ~word & EVERY_BYTE (0x80);
}

/* How many of the next eight bytes inside a string are plain, that is ASCII and neither
 * NUL, quote nor backslash. Most of a dataset is such text: it is crossed eight bytes at a
 * time, and the first byte that needs a look is found without a loop. */
static inline guint
plain_string_run (const char *data)
{
  guint64 word, special;

  memcpy (&word, data, sizeof word);
  word = GUINT64_FROM_LE (word);
  special = (word & EVERY_BYTE (0x80)) | zero_bytes (word) |
            zero_bytes (word ^ EVERY_BYTE ('"')) | zero_bytes (word ^ EVERY_BYTE ('\\'));
  return special == 0 ? 8 : (guint) __builtin_ctzll (special) / 8;
}

static gboolean
is_surrogate_escape (const char *data,
                     gsize       length,
                     gsize       backslash)
{
  /* \uD800 to \uDFFF */
  return backslash + 3 < length && data[backslash + 1] == 'u' &&
         (data[backslash + 2] == 'd' || data[backslash + 2] == 'D') &&
         data[backslash + 3] != '\0' && strchr ("89abcdefABCDEF", data[backslash + 3]) != NULL;
}

/* What check_bytes() does with each byte outside strings: most are passed over, commas
 * are only counted, and the rest stop the scan for a look. */
enum
{
  PASS_OVER = 0,
  COUNT_VALUE = 1,
  NEEDS_A_LOOK = 2,
};

static const guint8 outside_string[256] = {
  [','] = COUNT_VALUE,
  [0] = NEEDS_A_LOOK, ['"'] = NEEDS_A_LOOK, ['{'] = NEEDS_A_LOOK, ['['] = NEEDS_A_LOOK,
  [']'] = NEEDS_A_LOOK, ['}'] = NEEDS_A_LOOK, [0x80 ... 0xFF] = NEEDS_A_LOOK,
};

typedef enum
{
  STRUCTURE_FINE,
  STRUCTURE_NUL_ESCAPE,
  STRUCTURE_TOO_DEEP,
} StructureProblem;

/* What one pass over a file's bytes found. */
typedef struct
{
  StructureProblem structure;
  gsize structure_at;
  /* G_MAXSIZE when the encoding is fine. */
  gsize encoding_at;
  gboolean has_surrogate_escapes;
  gsize longest_string;
  gsize n_objects;
  gsize n_values;
} ByteScan;

/* Whether the UTF-8 character at @i (a NUL byte or a byte above 0x7F) is valid; if it is,
 * moves @i past it, and if not, notes where the encoding fails. */
static gboolean
skip_character (const char *data,
                gsize       length,
                gsize      *i,
                ByteScan   *scan)
{
  guchar c = (guchar) data[*i];
  gunichar ch = c == '\0' ? (gunichar) -1 : g_utf8_get_char_validated (data + *i, length - *i);

  if (ch == (gunichar) -1 || ch == (gunichar) -2)
    {
      scan->encoding_at = *i;
      return FALSE;
    }
  *i += g_utf8_skip[c];
  return TRUE;
}

/* Scans a string from @i, just after its opening quote, and returns where it ends: just
 * after its closing quote, at the end of the data, or at a byte that is not UTF-8. Most of
 * a dataset is strings: their plain bytes are crossed eight at a time, and what ends a run
 * is dealt with here, without a return to the caller's loop. */
static gsize
scan_string (const char *data,
             gsize       length,
             gsize       i,
             ByteScan   *scan)
{
  gsize start = i;

  for (;;)
    {
      guchar c;

      while (i + 8 <= length)
        {
          guint run = plain_string_run (data + i);

          i += run;
          if (run < 8)
            break;
        }
      /* The last few bytes of the data, one at a time. */
      while (i < length && i + 8 > length && data[i] != '"' && data[i] != '\\' &&
             data[i] != '\0' && (guchar) data[i] < 0x80)
        i++;
      if (i >= length)
        return length;

      c = (guchar) data[i];
      if (c == '"')
        {
          scan->longest_string = MAX (scan->longest_string, i - start);
          return i + 1;
        }
      if (c == '\\')
        {
          /* json-glib would decode \u0000 and C strings would end there, silently. */
          if (scan->structure == STRUCTURE_FINE && i + 5 < length &&
              memcmp (data + i + 1, "u0000", 5) == 0)
            {
              scan->structure = STRUCTURE_NUL_ESCAPE;
              scan->structure_at = i;
            }
          scan->has_surrogate_escapes |= is_surrogate_escape (data, length, i);
          i++;
          /* The escaped character is skipped, unless it needs the encoding check. */
          if (i < length && data[i] != '\0' && (guchar) data[i] < 0x80)
            i++;
          continue;
        }
      if (!skip_character (data, length, &i, scan))
        return i;
    }
}

/* One pass over the raw bytes before json-glib sees them: they must be UTF-8 without NUL
 * bytes; nesting is bounded, as json-glib parses recursively; no string may hold \u0000;
 * and objects and values are counted. It also notes whether any string holds an escaped
 * surrogate, as only such a string can decode to text that is not valid UTF-8, and the
 * length of the longest string as written, which no decoded text exceeds. Encoding
 * problems are reported before any other, wherever they are. */
static gboolean
check_bytes (const char *data,
             gsize       length,
             const char *name,
             gboolean   *has_surrogate_escapes,
             gsize      *longest_string,
             GError    **error)
{
  ByteScan scan = { .structure = STRUCTURE_FINE, .encoding_at = G_MAXSIZE };
  guint depth = 0;
  gsize i = 0;
  guint line, column;

  while (i < length && scan.encoding_at == G_MAXSIZE)
    {
      guint8 kind;
      guchar c;

      /* Outside strings, digits, letters of literals and blanks need no look; a comma
       * (salary rows have one every few bytes) is counted without leaving the loop. */
      while (i < length && (kind = outside_string[(guchar) data[i]]) != NEEDS_A_LOOK)
        {
          scan.n_values += kind;
          i++;
        }
      if (i >= length)
        break;

      c = (guchar) data[i];
      if (c == '"')
        i = scan_string (data, length, i + 1, &scan);
      else if (c == '\0' || c >= 0x80)
        skip_character (data, length, &i, &scan);
      else if (c == '{' || c == '[')
        {
          scan.n_objects += c == '{';
          if (++depth > ATLAS_DATASET_MAX_DEPTH && scan.structure == STRUCTURE_FINE)
            {
              scan.structure = STRUCTURE_TOO_DEEP;
              scan.structure_at = i;
            }
          i++;
        }
      else
        {
          /* A closing bracket or brace. */
          if (depth > 0)
            depth--;
          i++;
        }
    }

  *has_surrogate_escapes = scan.has_surrogate_escapes;
  *longest_string = scan.longest_string;

  if (scan.encoding_at != G_MAXSIZE)
    {
      locate_offset (data, scan.encoding_at, &line, &column);
      if (data[scan.encoding_at] == '\0')
        g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_ENCODING,
                     _("%s: $: contains a NUL byte at line %u, column %u; a dataset is UTF-8 text"),
                     name, line, column);
      else
        g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_ENCODING,
                     _("%s: $: not valid UTF-8 at line %u, column %u (byte %zu); "
                       "save the file as UTF-8"),
                     name, line, column, scan.encoding_at);
      return FALSE;
    }
  if (scan.structure != STRUCTURE_FINE)
    {
      locate_offset (data, scan.structure_at, &line, &column);
      if (scan.structure == STRUCTURE_NUL_ESCAPE)
        g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_ENCODING,
                     _("%s: $: a NUL character (\\u0000) at line %u, column %u; text may not contain one"),
                     name, line, column);
      else
        g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_TOO_DEEP,
                     _("%s: $: nested deeper than %d levels at line %u, column %u"),
                     name, ATLAS_DATASET_MAX_DEPTH, line, column);
      return FALSE;
    }

  /* json-glib builds a node for every value, so their number, not the bytes, sets how
   * long parsing takes and how much memory it needs: a million roles would take seconds
   * and a gigabyte before the first check. */
  if (scan.n_objects > ATLAS_DATASET_MAX_OBJECTS)
    {
      g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_TOO_LARGE,
                   _("%s: $: %zu objects; a dataset may have at most %d"), name, scan.n_objects,
                   ATLAS_DATASET_MAX_OBJECTS);
      return FALSE;
    }
  if (scan.n_values > ATLAS_DATASET_MAX_VALUES)
    {
      g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_TOO_LARGE,
                   _("%s: $: %zu values; a dataset may have at most %d"), name, scan.n_values,
                   ATLAS_DATASET_MAX_VALUES);
      return FALSE;
    }
  return TRUE;
}

/* json-glib says "<data>:3:15: Parse error: unexpected character"; keep the position and
 * the reason, in the loader's "NAME: $: …" form. */
static void
set_syntax_error (const char *name,
                  GError     *parse_error,
                  GError    **error)
{
  const char *message = parse_error->message;
  const char *reason = strstr (message, "Parse error: ");
  guint line = 0, column = 0;

  if (g_str_has_prefix (message, "<data>:"))
    sscanf (message + strlen ("<data>:"), "%u:%u", &line, &column);
  reason = reason != NULL ? reason + strlen ("Parse error: ") : message;

  /* json-glib quotes the offending token, which may decode to invalid UTF-8. */
  g_autofree char *printable = g_utf8_make_valid (reason, -1);

  if (line > 0)
    g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_SYNTAX,
                 _("%s: $: not valid JSON at line %u, column %u: %s"), name, line, column, printable);
  else
    g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_SYNTAX,
                 _("%s: $: not valid JSON: %s"), name, printable);
}

static gboolean
check_format (Loader     *loader,
              JsonNode   *root,
              GError    **error)
{
  JsonObject *object;
  JsonNode *format, *version;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_FORMAT,
                   _("%s: $: expected an object at the top level, found %s"), loader->name,
                   root != NULL ? describe_node (root) : _("nothing"));
      return FALSE;
    }

  object = json_node_get_object (root);
  format = json_object_get_member (object, "format");
  if (format == NULL || !node_is_string (format) ||
      strcmp (json_node_get_string (format), ATLAS_DATASET_FORMAT) != 0)
    {
      g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_FORMAT,
                   _("%s: $.format: not a Role Atlas dataset; it must start with "
                     "\"format\": \"%s\""), loader->name, ATLAS_DATASET_FORMAT);
      return FALSE;
    }

  version = json_object_get_member (object, "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64)
    {
      g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_FORMAT,
                   _("%s: $.version: missing or not a whole number; this Role Atlas reads "
                     "version %d"), loader->name, ATLAS_DATASET_VERSION);
      return FALSE;
    }
  if (json_node_get_int (version) != ATLAS_DATASET_VERSION)
    {
      g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_FORMAT,
                   _("%s: $.version: version %" PRId64 " is not supported; this Role "
                     "Atlas reads version %d"), loader->name, json_node_get_int (version),
                   ATLAS_DATASET_VERSION);
      return FALSE;
    }
  return TRUE;
}

static void
parse_root (Loader     *loader,
            JsonObject *root)
{
  static const char * const members[] = {
    "format", "version", "title", "title-translations", "sources", "skills", "roles", "facts", "role-skills",
    "salaries", "salary-tables", "paths", "transitions", "market", "stack-layers",
    "team-stages", "title-rules", NULL
  };
  const char *title;

  check_members (loader, root, members);
  if (take_string (loader, OBJECT_MEMBER (root, "title"), OPTIONAL, &title) &&
      read_translations (loader, root, "title-translations", &title) && title != NULL)
    atlas_dataset_set_title (loader->dataset, title);

  /* Sources, skills and roles first: everything after refers to them. */
  parse_section (loader, root, "sources", REQUIRED, parse_source);
  parse_section (loader, root, "skills", OPTIONAL, parse_skill);
  parse_section (loader, root, "roles", REQUIRED, parse_role);
  parse_section (loader, root, "facts", OPTIONAL, parse_fact);
  parse_section (loader, root, "role-skills", OPTIONAL, parse_role_skill);
  parse_section (loader, root, "salaries", OPTIONAL, parse_salary);
  parse_section (loader, root, "salary-tables", OPTIONAL, parse_salary_table);
  parse_section (loader, root, "paths", OPTIONAL, parse_path);
  parse_section (loader, root, "transitions", OPTIONAL, parse_transition);
  parse_section (loader, root, "market", OPTIONAL, parse_market_figure);
  parse_section (loader, root, "stack-layers", OPTIONAL, parse_stack_layer);
  parse_section (loader, root, "team-stages", OPTIONAL, parse_team_stage);
  parse_section (loader, root, "title-rules", OPTIONAL, parse_title_rule);
}

static void
set_problems_error (Loader  *loader,
                    GError **error)
{
  g_autoptr(GString) message = g_string_new (NULL);

  for (guint i = 0; i < loader->problems->len; i++)
    {
      if (i > 0)
        g_string_append_c (message, '\n');
      g_string_append (message, g_ptr_array_index (loader->problems, i));
    }
  if (loader->n_unreported > 0)
    g_string_append_printf (message,
                            ngettext ("\n%s: and %u more problem", "\n%s: and %u more problems",
                                      loader->n_unreported),
                            loader->name, loader->n_unreported);

  g_set_error_literal (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_INVALID, message->str);
}

/* Checks the parsed document and builds the dataset from it. */
static AtlasDataset *
load_from_tree (JsonNode   *root,
                const char *name,
                gboolean    has_surrogate_escapes,
                gsize       longest_string,
                GError    **error)
{
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_empty (name);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) first_seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStringChunk) claims = g_string_chunk_new (4096);
  g_autoptr(GString) path_text = g_string_new (NULL);
  g_autoptr(GString) id_key = g_string_new (NULL);
  g_auto(Loader) loader = {
    .name = name, .path_text = path_text, .problems = problems, .dataset = dataset,
    .first_seen = first_seen, .claims = claims, .id_key = id_key,
    .texts_may_be_invalid = has_surrogate_escapes,
    .texts_may_be_long = longest_string > ATLAS_DATASET_MAX_TEXT_BYTES, .languages = g_get_language_names (),
  };

  if (!check_format (&loader, root, error))
    return NULL;

  parse_root (&loader, json_node_get_object (root));
  atlas_dataset_finish_building (dataset);
  if (problems->len > 0)
    {
      set_problems_error (&loader, error);
      return NULL;
    }
  return g_steal_pointer (&dataset);
}

static gpointer
release_parser (gpointer parser)
{
  g_object_unref (parser);
  return NULL;
}

/* Freeing json-glib's tree goes a node at a time: for a 16 MB file it takes 100–250 ms, a
 * fifth of the load, and nothing waits for it, so a large file's tree is freed on a thread
 * of its own once the dataset is built. Only a file the user opens is that large; the
 * bundled data (150 KB) loads at start-up on the second core, beside GTK, and its tree is
 * freed at once. */
#define RELEASE_IN_BACKGROUND_FROM (1024 * 1024)

static void
release_tree (JsonParser *parser,
              gsize       length)
{
  if (length >= RELEASE_IN_BACKGROUND_FROM)
    g_thread_unref (g_thread_new ("atlas-json-release", release_parser, parser));
  else
    g_object_unref (parser);
}

AtlasDataset *
atlas_dataset_load (GBytes     *bytes,
                    const char *name,
                    GError    **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  AtlasDataset *dataset;
  const char *data;
  gsize length;
  gboolean has_surrogate_escapes;
  gsize longest_string;

  data = g_bytes_get_data (bytes, &length);

  if (length > ATLAS_DATASET_MAX_BYTES)
    {
      g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_TOO_LARGE,
                   _("%s: $: the file is %zu bytes; a dataset may be at most 64 MiB"),
                   name, length);
      return NULL;
    }
  if (length == 0)
    {
      g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_SYNTAX,
                   _("%s: $: the file is empty"), name);
      return NULL;
    }
  if (!check_bytes (data, length, name, &has_surrogate_escapes, &longest_string, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      set_syntax_error (name, parse_error, error);
      return NULL;
    }

  dataset = load_from_tree (json_parser_get_root (parser), name, has_surrogate_escapes,
                            longest_string, error);
  release_tree (g_steal_pointer (&parser), length);
  return dataset;
}
