/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-csv-reader.h"
#include "atlas-iso-codes.h"
#include "atlas-salary-import.h"

/* The columns of the aijobs.net salary index. Those marked required are what a cell is
 * made of; the others are checked when present and otherwise ignored, like any column
 * this reader does not know. */
typedef enum
{
  COLUMN_WORK_YEAR,
  COLUMN_EXPERIENCE_LEVEL,
  COLUMN_EMPLOYMENT_TYPE,
  COLUMN_JOB_TITLE,
  COLUMN_SALARY,
  COLUMN_SALARY_CURRENCY,
  COLUMN_SALARY_IN_USD,
  COLUMN_EMPLOYEE_RESIDENCE,
  COLUMN_REMOTE_RATIO,
  COLUMN_COMPANY_LOCATION,
  COLUMN_COMPANY_SIZE,
  N_COLUMNS
} Column;

static const struct
{
  const char *name;
  gboolean required;
} columns[N_COLUMNS] = {
  { "work_year", TRUE },
  { "experience_level", TRUE },
  { "employment_type", TRUE },
  { "job_title", TRUE },
  { "salary", FALSE },
  { "salary_currency", FALSE },
  { "salary_in_usd", TRUE },
  { "employee_residence", TRUE },
  { "remote_ratio", FALSE },
  { "company_location", FALSE },
  { "company_size", FALSE },
};

/* Salaries above this are typos or another unit, not a year's pay in dollars. */
#define MAX_SALARY G_GINT64_CONSTANT (1000000000000)
#define NO_ROLE (-1)

typedef struct
{
  gint64 usd;
  int year;
  int role;
  AtlasLevel level;
  char country[3];
  gboolean full_time;
  gboolean duplicate;
} Record;

struct _AtlasSalaryImport
{
  GObject parent_instance;

  char *name;
  GArray *records;
  /* The dataset's role ids, by the role index records keep. */
  GPtrArray *role_ids;
  guint n_rows;
  guint n_skipped;
  guint skipped_for[ATLAS_N_SKIP_REASONS];
  GPtrArray *problems;
  guint n_duplicates;
  guint n_not_full_time;
  guint n_unmapped;
  GHashTable *unmapped_titles; /* title -> count */
};

G_DEFINE_FINAL_TYPE (AtlasSalaryImport, atlas_salary_import, G_TYPE_OBJECT)

G_DEFINE_QUARK (atlas-salary-import-error-quark, atlas_salary_import_error)

static void
atlas_salary_import_finalize (GObject *object)
{
  AtlasSalaryImport *self = (AtlasSalaryImport *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->records, g_array_unref);
  g_clear_pointer (&self->role_ids, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->unmapped_titles, g_hash_table_unref);

  G_OBJECT_CLASS (atlas_salary_import_parent_class)->finalize (object);
}

static void
atlas_salary_import_class_init (AtlasSalaryImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_salary_import_finalize;
}

static void
atlas_salary_import_init (AtlasSalaryImport *self)
{
  self->records = g_array_new (FALSE, FALSE, sizeof (Record));
  self->role_ids = g_ptr_array_new_with_free_func (g_free);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  self->unmapped_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* ------------------------------------------------------------------ title rules */

typedef struct
{
  GHashTable *exact;    /* normalised title -> role index + 1 */
  GPtrArray *patterns;  /* GPatternSpec, in rule order */
  GArray *pattern_roles;
  GHashTable *seen;     /* raw title -> role index + 2 (1: no role) */
} TitleMatcher;

static void
title_matcher_init (TitleMatcher *matcher,
                    AtlasDataset *dataset,
                    GPtrArray    *role_ids)
{
  GListModel *rules = atlas_dataset_get_title_rules (dataset);
  GListModel *roles = atlas_dataset_get_roles (dataset);
  g_autoptr(GHashTable) role_index = g_hash_table_new (g_str_hash, g_str_equal);

  matcher->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  matcher->patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_pattern_spec_free);
  matcher->pattern_roles = g_array_new (FALSE, FALSE, sizeof (int));
  matcher->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(AtlasRole) role = g_list_model_get_item (roles, i);
      g_ptr_array_add (role_ids, g_strdup (atlas_role_get_id (role)));
      g_hash_table_insert (role_index, (char *) atlas_role_get_id (role), GINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(AtlasTitleRule) rule = g_list_model_get_item (rules, i);
      int role = GPOINTER_TO_INT (g_hash_table_lookup (role_index, atlas_title_rule_get_role_id (rule))) - 1;
      const char * const *titles = atlas_title_rule_get_titles (rule);
      const char * const *patterns = atlas_title_rule_get_patterns (rule);

      if (role < 0)
        continue;
      for (guint t = 0; titles[t] != NULL; t++)
        g_hash_table_insert (matcher->exact, atlas_title_rule_normalise (titles[t]), GINT_TO_POINTER (role + 1));
      for (guint p = 0; patterns[p] != NULL; p++)
        {
          g_autofree char *lower = atlas_title_rule_normalise (patterns[p]);
          g_ptr_array_add (matcher->patterns, g_pattern_spec_new (lower));
          g_array_append_val (matcher->pattern_roles, role);
        }
    }
}

static void
title_matcher_clear (TitleMatcher *matcher)
{
  g_clear_pointer (&matcher->exact, g_hash_table_unref);
  g_clear_pointer (&matcher->patterns, g_ptr_array_unref);
  g_clear_pointer (&matcher->pattern_roles, g_array_unref);
  g_clear_pointer (&matcher->seen, g_hash_table_unref);
}

/* Exact titles first, then the patterns in the order of the rules; the first match wins. */
static int
title_matcher_match (TitleMatcher *matcher,
                     const char   *title)
{
  gpointer cached = g_hash_table_lookup (matcher->seen, title);
  g_autofree char *normalised = NULL;
  int role = NO_ROLE;

  if (cached != NULL)
    return GPOINTER_TO_INT (cached) - 2;

  normalised = atlas_title_rule_normalise (title);
  role = GPOINTER_TO_INT (g_hash_table_lookup (matcher->exact, normalised)) - 1;
  for (guint p = 0; role == NO_ROLE && p < matcher->patterns->len; p++)
    if (g_pattern_spec_match_string (g_ptr_array_index (matcher->patterns, p), normalised))
      role = g_array_index (matcher->pattern_roles, int, p);

  g_hash_table_insert (matcher->seen, g_strdup (title), GINT_TO_POINTER (role + 2));
  return role;
}

/* ------------------------------------------------------------------ fields */

static gboolean
parse_whole_number (const char *text,
                    gint64      max,
                    gint64     *out)
{
  guint64 value;

  /* g_ascii_string_to_unsigned() takes no sign, space or fraction: plain digits only. */
  if (!g_ascii_string_to_unsigned (text, 10, 0, (guint64) max, &value, NULL))
    return FALSE;
  *out = (gint64) value;
  return TRUE;
}

/* A salary: whole dollars, or with a fraction that is rounded to the nearest dollar. */
static gboolean
parse_salary (const char *text,
              gint64     *out)
{
  const char *point = strchr (text, '.');
  g_autofree char *whole = NULL;
  gint64 dollars;

  if (point == NULL)
    return parse_whole_number (text, MAX_SALARY, out);
  if (point == text || point[1] == '\0' || strspn (point + 1, "0123456789") != strlen (point + 1))
    return FALSE;
  whole = g_strndup (text, point - text);
  if (!parse_whole_number (whole, MAX_SALARY, &dollars))
    return FALSE;
  *out = dollars + (point[1] >= '5' ? 1 : 0);
  return TRUE;
}

static gboolean
parse_level (const char *code,
             AtlasLevel *level)
{
  static const struct { const char *code; AtlasLevel level; } levels[] = {
    { "EN", ATLAS_LEVEL_ENTRY }, { "MI", ATLAS_LEVEL_MID },
    { "SE", ATLAS_LEVEL_SENIOR }, { "EX", ATLAS_LEVEL_EXECUTIVE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    if (strcmp (code, levels[i].code) == 0)
      {
        *level = levels[i].level;
        return TRUE;
      }
  return FALSE;
}

static gboolean
is_employment_type (const char *code)
{
  return strcmp (code, "FT") == 0 || strcmp (code, "PT") == 0 || strcmp (code, "CT") == 0 ||
         strcmp (code, "FL") == 0;
}

/* ------------------------------------------------------------------ reading */

typedef struct
{
  int index[N_COLUMNS];
  guint n_fields;
} Header;

static void G_GNUC_PRINTF (4, 5)
skip_row (AtlasSalaryImport *self,
          AtlasSkipReason    reason,
          guint              line,
          const char        *format,
          ...)
{
  self->n_skipped++;
  self->skipped_for[reason]++;
  if (self->problems->len < ATLAS_SALARY_IMPORT_MAX_REPORTED)
    {
      g_autofree char *text = NULL;
      va_list args;

      va_start (args, format);
      text = g_strdup_vprintf (format, args);
      va_end (args);
      /* Translators: the line number of a skipped row of a salary CSV, then why. */
      g_ptr_array_add (self->problems, g_strdup_printf (_("line %u: %s"), line, text));
    }
}

static gboolean
read_header (AtlasSalaryImport *self,
             AtlasCsvReader    *reader,
             Header            *header,
             GError           **error)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n_known = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    header->index[c] = -1;

  while (atlas_csv_reader_next (reader) && atlas_csv_reader_record_is_blank (reader))
    ;
  header->n_fields = atlas_csv_reader_get_n_fields (reader);
  for (guint f = 0; f < header->n_fields && !atlas_csv_reader_record_has_nul (reader); f++)
    {
      g_autofree char *name = g_strstrip (g_ascii_strdown (atlas_csv_reader_get_field (reader, f), -1));

      for (guint c = 0; c < N_COLUMNS; c++)
        if (header->index[c] < 0 && strcmp (name, columns[c].name) == 0)
          {
            header->index[c] = (int) f;
            n_known++;
          }
    }

  if (n_known == 0)
    {
      g_set_error (error, ATLAS_SALARY_IMPORT_ERROR, ATLAS_SALARY_IMPORT_ERROR_NOT_SALARY_CSV,
                   _("%s: not a salary CSV file: its first line should name columns such as "
                     "work_year, experience_level, job_title and salary_in_usd"), self->name);
      return FALSE;
    }
  for (guint c = 0; c < N_COLUMNS; c++)
    if (columns[c].required && header->index[c] < 0)
      g_string_append_printf (missing, "%s%s", missing->len > 0 ? ", " : "", columns[c].name);
  if (missing->len > 0)
    {
      g_set_error (error, ATLAS_SALARY_IMPORT_ERROR, ATLAS_SALARY_IMPORT_ERROR_MISSING_COLUMNS,
                   _("%s: line %u: missing columns: %s"), self->name,
                   atlas_csv_reader_get_line (reader), missing->str);
      return FALSE;
    }
  return TRUE;
}

static const char *
field (AtlasCsvReader *reader,
       const Header   *header,
       Column          column)
{
  return header->index[column] >= 0 ? atlas_csv_reader_get_field (reader, header->index[column]) : NULL;
}

/* Checks one row and turns it into a record; FALSE (and the row counted as skipped) when
 * it is not a usable salary record. */
static gboolean
read_record (AtlasSalaryImport *self,
             AtlasCsvReader    *reader,
             const Header      *header,
             Record            *record)
{
  guint line = atlas_csv_reader_get_line (reader);
  guint n_fields = atlas_csv_reader_get_n_fields (reader);
  const char *year_text, *level_text, *type_text, *usd_text, *salary_text, *country_text;
  gint64 year, salary;

  if (atlas_csv_reader_record_is_unterminated (reader))
    {
      skip_row (self, ATLAS_SKIP_UNTERMINATED, line, _("a quoted field is never closed"));
      return FALSE;
    }
  if (n_fields != header->n_fields)
    {
      skip_row (self, ATLAS_SKIP_FIELD_COUNT, line, _("%u fields where the header has %u"),
                n_fields, header->n_fields);
      return FALSE;
    }
  for (guint f = 0; f < n_fields; f++)
    if (atlas_csv_reader_record_has_nul (reader) ||
        !g_utf8_validate (atlas_csv_reader_get_field (reader, f), -1, NULL))
      {
        skip_row (self, ATLAS_SKIP_ENCODING, line, _("not valid UTF-8 text"));
        return FALSE;
      }

  year_text = field (reader, header, COLUMN_WORK_YEAR);
  level_text = field (reader, header, COLUMN_EXPERIENCE_LEVEL);
  type_text = field (reader, header, COLUMN_EMPLOYMENT_TYPE);
  usd_text = field (reader, header, COLUMN_SALARY_IN_USD);
  salary_text = field (reader, header, COLUMN_SALARY);
  country_text = field (reader, header, COLUMN_EMPLOYEE_RESIDENCE);

  if (!parse_salary (usd_text, &record->usd))
    {
      skip_row (self, ATLAS_SKIP_SALARY, line, usd_text[0] == '-'
                ? _("salary_in_usd “%s” is negative") : _("salary_in_usd “%s” is not an amount"),
                usd_text);
      return FALSE;
    }
  if (salary_text != NULL && !parse_salary (salary_text, &salary))
    {
      skip_row (self, ATLAS_SKIP_SALARY, line, salary_text[0] == '-'
                ? _("salary “%s” is negative") : _("salary “%s” is not an amount"), salary_text);
      return FALSE;
    }
  if (!parse_level (level_text, &record->level))
    {
      skip_row (self, ATLAS_SKIP_LEVEL, line,
                _("experience_level “%s” is not one of EN, MI, SE, EX"), level_text);
      return FALSE;
    }
  if (!is_employment_type (type_text))
    {
      skip_row (self, ATLAS_SKIP_EMPLOYMENT_TYPE, line,
                _("employment_type “%s” is not one of FT, PT, CT, FL"), type_text);
      return FALSE;
    }
  if (strlen (country_text) != 2 || !atlas_country_is_known (country_text))
    {
      skip_row (self, ATLAS_SKIP_COUNTRY, line,
                _("employee_residence “%s” is not an ISO 3166 country code"), country_text);
      return FALSE;
    }
  if (!parse_whole_number (year_text, 9999, &year) || year < 1990 || year > 2100)
    {
      skip_row (self, ATLAS_SKIP_YEAR, line, _("work_year “%s” is not a year"), year_text);
      return FALSE;
    }

  record->year = (int) year;
  memcpy (record->country, country_text, 3);
  record->full_time = strcmp (type_text, "FT") == 0;
  return TRUE;
}

/* Every field, in file order, as one key: rows are duplicates only when all of them match. */
static char *
row_key (AtlasCsvReader *reader)
{
  GString *key = g_string_new (NULL);

  for (guint f = 0; f < atlas_csv_reader_get_n_fields (reader); f++)
    {
      if (f > 0)
        g_string_append_c (key, '\x1f');
      g_string_append (key, atlas_csv_reader_get_field (reader, f));
    }
  return g_string_free (key, FALSE);
}

static gboolean
read_rows (AtlasSalaryImport *self,
           const char        *data,
           gsize              length,
           AtlasDataset      *dataset,
           GError           **error)
{
  g_autoptr(AtlasCsvReader) reader = atlas_csv_reader_new (data, length);
  g_autoptr(GHashTable) seen_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  TitleMatcher matcher = { 0 };
  Header header;

  if (!read_header (self, reader, &header, error))
    return FALSE;

  title_matcher_init (&matcher, dataset, self->role_ids);
  while (atlas_csv_reader_next (reader))
    {
      Record record = { 0 };
      char *key;

      if (atlas_csv_reader_record_is_blank (reader))
        continue;
      self->n_rows++;
      if (!read_record (self, reader, &header, &record))
        continue;

      key = row_key (reader);
      record.duplicate = !g_hash_table_add (seen_rows, key);
      self->n_duplicates += record.duplicate;
      self->n_not_full_time += !record.full_time;

      record.role = title_matcher_match (&matcher, field (reader, &header, COLUMN_JOB_TITLE));
      if (record.role == NO_ROLE)
        {
          const char *title = field (reader, &header, COLUMN_JOB_TITLE);
          gpointer count = g_hash_table_lookup (self->unmapped_titles, title);

          self->n_unmapped++;
          g_hash_table_replace (self->unmapped_titles, g_strdup (title),
                                GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
          continue;
        }
      g_array_append_val (self->records, record);
    }
  title_matcher_clear (&matcher);
  return TRUE;
}

/* Only spaces and line breaks; the bytes need not end in a NUL. */
static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (data[i] != ' ' && data[i] != '\t' && data[i] != '\r' && data[i] != '\n')
      return FALSE;
  return TRUE;
}

AtlasSalaryImport *
atlas_salary_import_new_from_bytes (GBytes       *bytes,
                                    const char   *name,
                                    AtlasDataset *dataset,
                                    GError      **error)
{
  g_autoptr(AtlasSalaryImport) self = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (ATLAS_TYPE_SALARY_IMPORT, NULL);
  self->name = g_strdup (name);
  data = g_bytes_get_data (bytes, &length);
  if (length > ATLAS_SALARY_IMPORT_MAX_BYTES)
    {
      g_set_error (error, ATLAS_SALARY_IMPORT_ERROR, ATLAS_SALARY_IMPORT_ERROR_TOO_LARGE,
                   _("%s: the file is %zu bytes; a salary CSV file may be at most 256 MiB"),
                   name, length);
      return NULL;
    }
  if (is_blank (data, length))
    {
      g_set_error (error, ATLAS_SALARY_IMPORT_ERROR, ATLAS_SALARY_IMPORT_ERROR_EMPTY,
                   _("%s: the file is empty"), name);
      return NULL;
    }
  if (!read_rows (self, data, length, dataset, error))
    return NULL;
  return g_steal_pointer (&self);
}

AtlasSalaryImport *
atlas_salary_import_new_from_file (GFile         *file,
                                   AtlasDataset  *dataset,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, ATLAS_SALARY_IMPORT_ERROR, ATLAS_SALARY_IMPORT_ERROR_IO, "%s: %s", name,
                   local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, ATLAS_SALARY_IMPORT_ERROR, ATLAS_SALARY_IMPORT_ERROR_IO,
                   _("%s: is a folder, not a salary CSV file"), name);
      return NULL;
    }
  /* Refused before reading, so a huge file costs no memory. */
  if (g_file_info_get_size (info) > ATLAS_SALARY_IMPORT_MAX_BYTES)
    {
      g_set_error (error, ATLAS_SALARY_IMPORT_ERROR, ATLAS_SALARY_IMPORT_ERROR_TOO_LARGE,
                   _("%s: the file is %" PRId64 " bytes; a salary CSV file may be at most 256 MiB"),
                   name, (gint64) g_file_info_get_size (info));
      return NULL;
    }
  bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, ATLAS_SALARY_IMPORT_ERROR, ATLAS_SALARY_IMPORT_ERROR_IO, "%s: %s", name,
                   local_error->message);
      return NULL;
    }
  return atlas_salary_import_new_from_bytes (bytes, name, dataset, error);
}

/* ------------------------------------------------------------------ getters */

const char *
atlas_salary_import_get_name (AtlasSalaryImport *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_IMPORT (self), NULL);
  return self->name;
}

guint
atlas_salary_import_get_n_rows (AtlasSalaryImport *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_IMPORT (self), 0);
  return self->n_rows;
}

guint
atlas_salary_import_get_n_skipped (AtlasSalaryImport *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_IMPORT (self), 0);
  return self->n_skipped;
}

guint
atlas_salary_import_get_n_skipped_for (AtlasSalaryImport *self,
                                       AtlasSkipReason    reason)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_IMPORT (self), 0);
  g_return_val_if_fail (reason < ATLAS_N_SKIP_REASONS, 0);
  return self->skipped_for[reason];
}

GPtrArray *
atlas_salary_import_get_problems (AtlasSalaryImport *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_IMPORT (self), NULL);
  return self->problems;
}

guint
atlas_salary_import_get_n_duplicates (AtlasSalaryImport *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_IMPORT (self), 0);
  return self->n_duplicates;
}

guint
atlas_salary_import_get_n_not_full_time (AtlasSalaryImport *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_IMPORT (self), 0);
  return self->n_not_full_time;
}

guint
atlas_salary_import_get_n_unmapped (AtlasSalaryImport *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_IMPORT (self), 0);
  return self->n_unmapped;
}

static void
clear_title_count (gpointer data)
{
  g_free (((AtlasTitleCount *) data)->title);
}

static int
compare_title_counts (gconstpointer a,
                      gconstpointer b)
{
  const AtlasTitleCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return strcmp (x->title, y->title);
}

GArray *
atlas_salary_import_get_unmapped_titles (AtlasSalaryImport *self)
{
  GArray *titles;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (ATLAS_IS_SALARY_IMPORT (self), NULL);

  titles = g_array_new (FALSE, FALSE, sizeof (AtlasTitleCount));
  g_array_set_clear_func (titles, clear_title_count);
  g_hash_table_iter_init (&iter, self->unmapped_titles);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      AtlasTitleCount entry = { g_strdup (key), GPOINTER_TO_UINT (value) };
      g_array_append_val (titles, entry);
    }
  g_array_sort (titles, compare_title_counts);
  return titles;
}

/* ------------------------------------------------------------------ aggregation */

static int
level_rank (AtlasLevel level)
{
  return level == ATLAS_LEVEL_ALL ? -1 : (int) level;
}

static int
compare_records (gconstpointer a,
                 gconstpointer b)
{
  const Record *x = a, *y = b;
  int order;

  if (x->role != y->role)
    return x->role < y->role ? -1 : 1;
  if ((order = strcmp (x->country, y->country)) != 0)
    return order;
  if (x->level != y->level)
    return level_rank (x->level) < level_rank (y->level) ? -1 : 1;
  return 0;
}

static int
compare_amounts (gconstpointer a,
                 gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
  return x < y ? -1 : x > y;
}

/* One cell from the records in [start, end) of @records, whatever their country or level. */
static AtlasSalaryAggregate *
make_cell (AtlasSalaryImport *self,
           const Record      *records,
           gsize              start,
           gsize              end,
           const char        *country,
           AtlasLevel         level,
           gint64            *scratch)
{
  AtlasSalaryAggregateFields fields = { 0 };
  gsize n = end - start;

  fields.first_year = G_MAXINT;
  for (gsize i = 0; i < n; i++)
    {
      scratch[i] = records[start + i].usd;
      fields.first_year = MIN (fields.first_year, records[start + i].year);
      fields.last_year = MAX (fields.last_year, records[start + i].year);
    }
  qsort (scratch, n, sizeof (gint64), compare_amounts);

  fields.role_id = g_ptr_array_index (self->role_ids, records[start].role);
  fields.country = country;
  fields.level = level;
  fields.n = (guint) n;
  fields.p25_quarters = atlas_salary_percentile_quarters (scratch, n, 1);
  fields.median_quarters = atlas_salary_percentile_quarters (scratch, n, 2);
  fields.p75_quarters = atlas_salary_percentile_quarters (scratch, n, 3);
  fields.min = scratch[0];
  fields.max = scratch[n - 1];
  return atlas_salary_aggregate_new (&fields);
}

GPtrArray *
atlas_salary_import_aggregate (AtlasSalaryImport              *self,
                               const AtlasSalaryImportOptions *options,
                               guint                          *n_used)
{
  g_autoptr(GArray) used = NULL;
  g_autofree gint64 *scratch = NULL;
  GPtrArray *cells;
  const Record *records;
  gsize role_start = 0;

  g_return_val_if_fail (ATLAS_IS_SALARY_IMPORT (self), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  used = g_array_sized_new (FALSE, FALSE, sizeof (Record), self->records->len);
  for (guint i = 0; i < self->records->len; i++)
    {
      const Record *record = &g_array_index (self->records, Record, i);

      if ((record->full_time || options->all_employment_types) &&
          !(record->duplicate && options->drop_duplicates))
        g_array_append_val (used, *record);
    }
  g_array_sort (used, compare_records);
  if (n_used != NULL)
    *n_used = used->len;

  cells = g_ptr_array_new_with_free_func (g_object_unref);
  records = (const Record *) used->data;
  scratch = g_new (gint64, MAX (used->len, 1));

  while (role_start < used->len)
    {
      gsize role_end = role_start, country_start = role_start;

      while (role_end < used->len && records[role_end].role == records[role_start].role)
        role_end++;
      g_ptr_array_add (cells, make_cell (self, records, role_start, role_end, NULL, ATLAS_LEVEL_ALL, scratch));

      while (country_start < role_end)
        {
          gsize country_end = country_start, level_start = country_start;
          const char *country = records[country_start].country;

          while (country_end < role_end && strcmp (records[country_end].country, country) == 0)
            country_end++;
          g_ptr_array_add (cells, make_cell (self, records, country_start, country_end, country,
                                             ATLAS_LEVEL_ALL, scratch));
          while (level_start < country_end)
            {
              gsize level_end = level_start;

              while (level_end < country_end && records[level_end].level == records[level_start].level)
                level_end++;
              g_ptr_array_add (cells, make_cell (self, records, level_start, level_end, country,
                                                 records[level_start].level, scratch));
              level_start = level_end;
            }
          country_start = country_end;
        }
      role_start = role_end;
    }
  return cells;
}

static const char *
describe_skip_reason (AtlasSkipReason reason)
{
  switch (reason)
    {
    case ATLAS_SKIP_FIELD_COUNT: return _("wrong number of fields");
    case ATLAS_SKIP_UNTERMINATED: return _("quoted field never closed");
    case ATLAS_SKIP_ENCODING: return _("not UTF-8 text");
    case ATLAS_SKIP_SALARY: return _("salary not an amount, or negative");
    case ATLAS_SKIP_LEVEL: return _("unknown experience level");
    case ATLAS_SKIP_EMPLOYMENT_TYPE: return _("unknown employment type");
    case ATLAS_SKIP_COUNTRY: return _("unknown country code");
    case ATLAS_SKIP_YEAR: return _("work year not a year");
    default: g_return_val_if_reached (NULL);
    }
}

char *
atlas_salary_import_describe (AtlasSalaryImport              *self,
                              const AtlasSalaryImportOptions *options)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GPtrArray) cells = NULL;
  g_autoptr(GArray) titles = NULL;
  guint n_used = 0;

  g_return_val_if_fail (ATLAS_IS_SALARY_IMPORT (self), NULL);

  cells = atlas_salary_import_aggregate (self, options, &n_used);
  g_string_append_printf (text, ngettext ("%s: %u record read", "%s: %u records read", self->n_rows),
                          self->name, self->n_rows);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, ngettext ("%u record used, in %u cells", "%u records used, in %u cells",
                                          n_used), n_used, cells->len);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, ngettext ("%u row skipped", "%u rows skipped", self->n_skipped),
                          self->n_skipped);
  for (guint r = 0; r < ATLAS_N_SKIP_REASONS; r++)
    if (self->skipped_for[r] > 0)
      g_string_append_printf (text, "\n  %s: %u", describe_skip_reason (r), self->skipped_for[r]);
  for (guint i = 0; i < self->problems->len; i++)
    g_string_append_printf (text, "\n  %s", (const char *) g_ptr_array_index (self->problems, i));
  if (self->n_skipped > self->problems->len)
    g_string_append_printf (text, ngettext ("\n  and %u more skipped row", "\n  and %u more skipped rows",
                                            self->n_skipped - self->problems->len),
                            self->n_skipped - self->problems->len);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, options->drop_duplicates
                                ? ngettext ("%u exact duplicate row dropped", "%u exact duplicate rows dropped", self->n_duplicates)
                                : ngettext ("%u exact duplicate row kept", "%u exact duplicate rows kept", self->n_duplicates),
                          self->n_duplicates);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, options->all_employment_types
                                ? ngettext ("%u part-time, contract or freelance record counted",
                                            "%u part-time, contract or freelance records counted", self->n_not_full_time)
                                : ngettext ("%u part-time, contract or freelance record left out",
                                            "%u part-time, contract or freelance records left out", self->n_not_full_time),
                          self->n_not_full_time);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, ngettext ("%u record with a title no rule maps to a role",
                                          "%u records with a title no rule maps to a role", self->n_unmapped),
                          self->n_unmapped);
  titles = atlas_salary_import_get_unmapped_titles (self);
  for (guint i = 0; i < titles->len; i++)
    {
      AtlasTitleCount *entry = &g_array_index (titles, AtlasTitleCount, i);
      g_string_append_printf (text, "\n  %s: %u", entry->title, entry->count);
    }
  return g_string_free (text, FALSE);
}
