/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"
#include <stdio.h>

#include <langinfo.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-format.h"

/* The locale's thousands separator; the C locale has none, and there amounts read as
 * the documents print them, with commas. */
static const char *
thousands_separator (void)
{
  const char *separator = nl_langinfo (THOUSEP);

  return separator != NULL && *separator != '\0' ? separator : ",";
}

static char *
group_digits (gint64 amount)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GINT64_FORMAT, amount);
  const char *separator = thousands_separator ();
  gsize start = plain[0] == '-' ? 1 : 0;
  gsize n_digits = strlen (plain) - start;
  GString *grouped = g_string_new_len (plain, start);

  for (gsize i = 0; i < n_digits; i++)
    {
      if (i > 0 && (n_digits - i) % 3 == 0)
        g_string_append (grouped, separator);
      g_string_append_c (grouped, plain[start + i]);
    }
  return g_string_free (grouped, FALSE);
}

char *
atlas_format_amount (gint64      amount,
                     const char *currency)
{
  g_autofree char *digits = group_digits (amount);

  if (g_strcmp0 (currency, "USD") == 0)
    return g_strdup_printf ("$%s", digits);
  return g_strdup_printf ("%s %s", digits, currency);
}

char *
atlas_format_salary_amounts (AtlasSalaryFigure *figure)
{
  const char *currency;
  gint64 low, high, value;
  const char *open;

  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (figure), NULL);

  currency = atlas_salary_figure_get_currency (figure);
  low = atlas_salary_figure_get_low (figure);
  high = atlas_salary_figure_get_high (figure);
  value = atlas_salary_figure_get_value (figure);
  open = atlas_salary_figure_get_high_open (figure) ? "+" : "";

  if (atlas_salary_figure_get_statistic (figure) == ATLAS_STATISTIC_QUARTILES)
    {
      g_autofree char *low_text = atlas_format_amount (low, currency);
      g_autofree char *value_text = atlas_format_amount (value, currency);
      g_autofree char *high_text = atlas_format_amount (high, currency);
      /* Translators: the middle half of salary records, then their median. */
      return g_strdup_printf (_("%s–%s, median %s"), low_text, high_text, value_text);
    }
  if (value >= 0)
    return atlas_format_amount (value, currency);
  if (low >= 0 && high >= 0)
    {
      g_autofree char *low_text = atlas_format_amount (low, currency);
      g_autofree char *high_text = atlas_format_amount (high, currency);
      return g_strdup_printf ("%s–%s%s", low_text, high_text, open);
    }
  if (low >= 0)
    {
      g_autofree char *low_text = atlas_format_amount (low, currency);
      /* An open end after a lone low amount reads "$200,000+"; without one, the source
       * only gave the bottom of a range. */
      if (*open != '\0')
        return g_strdup_printf ("%s+", low_text);
      return g_strdup_printf (_("from %s"), low_text);
    }
  {
    g_autofree char *high_text = atlas_format_amount (high, currency);
    return g_strdup_printf (_("up to %s"), high_text);
  }
}

const char *
atlas_format_source_short (AtlasSource *source)
{
  g_return_val_if_fail (ATLAS_IS_SOURCE (source), NULL);

  if (atlas_source_get_publisher (source) != NULL)
    return atlas_source_get_publisher (source);
  return atlas_source_get_title (source);
}

char *
atlas_format_source_date (AtlasSource *source)
{
  const char *date;
  int year = 0, month = 0, day = 0;
  g_autoptr(GDateTime) moment = NULL;

  g_return_val_if_fail (ATLAS_IS_SOURCE (source), NULL);

  date = atlas_source_get_date (source);
  if (date == NULL)
    return g_strdup (_("undated"));
  /* The loader accepts only YYYY, YYYY-MM and YYYY-MM-DD. */
  if (sscanf (date, "%4d-%2d-%2d", &year, &month, &day) < 2)
    return g_strdup (date);
  moment = g_date_time_new_utc (year, month, day > 0 ? day : 1, 0, 0, 0);
  if (moment == NULL)
    return g_strdup (date);
  if (day == 0)
    /* Translators: a month and year, in g_date_time_format() notation; "%B %Y" gives "March 2026". */
    return g_date_time_format (moment, C_("date", "%Y-%m"));
  /* Translators: a full date, in g_date_time_format() notation; "%-d %B %Y" gives "10 March 2026". */
  return g_date_time_format (moment, C_("date", "%Y-%m-%d"));
}

char *
atlas_format_source_citation (AtlasSource *source)
{
  GString *citation;

  g_return_val_if_fail (ATLAS_IS_SOURCE (source), NULL);

  citation = g_string_new (atlas_source_get_title (source));
  if (atlas_source_get_publisher (source) != NULL)
    g_string_append_printf (citation, " — %s", atlas_source_get_publisher (source));
  if (atlas_source_get_author (source) != NULL)
    g_string_append_printf (citation, ", %s", atlas_source_get_author (source));
  if (atlas_source_get_date (source) != NULL)
    {
      g_autofree char *date = atlas_format_source_date (source);
      g_string_append_printf (citation, ", %s", date);
    }
  else
    g_string_append (citation, _(", undated"));
  return g_string_free (citation, FALSE);
}

typedef struct
{
  const char *id;
  const char *name;
} Spelling;

/* The bundled dataset's categories, by id. */
static const Spelling known_categories[] = {
  { "cloud", N_("Cloud") },
  { "data", N_("Data") },
  { "infrastructure", N_("Infrastructure") },
  { "llm", N_("LLM") },
  { "machine-learning", N_("Machine learning") },
  { "ml-infrastructure", N_("ML infrastructure") },
  { "mlops", N_("MLOps") },
  { "operations", N_("Operations") },
  { "programming", N_("Programming") },
};

/* Words of an id that are acronyms or brands in this field, as they are written. */
static const Spelling field_words[] = {
  { "ai", "AI" }, { "api", "API" }, { "aws", "AWS" }, { "cd", "CD" }, { "ci", "CI" },
  { "devops", "DevOps" }, { "gcp", "GCP" }, { "gpu", "GPU" }, { "llm", "LLM" },
  { "llmops", "LLMOps" }, { "ml", "ML" }, { "mlops", "MLOps" }, { "sql", "SQL" },
};

static const char *
find_spelling (const Spelling *spellings,
               gsize           n,
               const char     *id)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (spellings[i].id, id))
      return spellings[i].name;
  return NULL;
}

char *
atlas_format_skill_category (const char *category)
{
  const char *known = find_spelling (known_categories, G_N_ELEMENTS (known_categories), category);
  g_auto(GStrv) words = NULL;
  GString *name;

  g_return_val_if_fail (category != NULL, NULL);

  if (known != NULL)
    return g_strdup (_(known));
  words = g_strsplit (category, "-", -1);
  name = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *spelled = find_spelling (field_words, G_N_ELEMENTS (field_words), words[i]);

      if (i > 0)
        g_string_append_c (name, ' ');
      if (spelled != NULL)
        g_string_append (name, spelled);
      else if (i == 0 && words[i][0] != '\0')
        {
          /* Ids are ASCII (kebab case): the first letter up, as a heading begins. */
          g_string_append_c (name, g_ascii_toupper (words[i][0]));
          g_string_append (name, words[i] + 1);
        }
      else
        g_string_append (name, words[i]);
    }
  return g_string_free (name, FALSE);
}
