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
