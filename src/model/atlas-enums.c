/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-enums.h"

/* Each table lists an enum's values in order: the GEnumValue nick is the dataset spelling,
 * so one table serves the GType, parsing, printing and the error messages. */

static const GEnumValue level_values[] = {
  { ATLAS_LEVEL_ENTRY, "ATLAS_LEVEL_ENTRY", "entry" },
  { ATLAS_LEVEL_MID, "ATLAS_LEVEL_MID", "mid" },
  { ATLAS_LEVEL_SENIOR, "ATLAS_LEVEL_SENIOR", "senior" },
  { ATLAS_LEVEL_STAFF, "ATLAS_LEVEL_STAFF", "staff" },
  { ATLAS_LEVEL_LEAD, "ATLAS_LEVEL_LEAD", "lead" },
  { ATLAS_LEVEL_EXECUTIVE, "ATLAS_LEVEL_EXECUTIVE", "executive" },
  { ATLAS_LEVEL_ALL, "ATLAS_LEVEL_ALL", "all" },
  { 0, NULL, NULL }
};

static const GEnumValue proficiency_values[] = {
  { ATLAS_PROFICIENCY_UNSTATED, "ATLAS_PROFICIENCY_UNSTATED", "unstated" },
  { ATLAS_PROFICIENCY_NONE, "ATLAS_PROFICIENCY_NONE", "none" },
  { ATLAS_PROFICIENCY_BASIC, "ATLAS_PROFICIENCY_BASIC", "basic" },
  { ATLAS_PROFICIENCY_INTERMEDIATE, "ATLAS_PROFICIENCY_INTERMEDIATE", "intermediate" },
  { ATLAS_PROFICIENCY_PROFICIENT, "ATLAS_PROFICIENCY_PROFICIENT", "proficient" },
  { ATLAS_PROFICIENCY_EXPERT, "ATLAS_PROFICIENCY_EXPERT", "expert" },
  { 0, NULL, NULL }
};

static const GEnumValue pay_basis_values[] = {
  { ATLAS_PAY_BASIS_UNSTATED, "ATLAS_PAY_BASIS_UNSTATED", "unstated" },
  { ATLAS_PAY_BASIS_BASE, "ATLAS_PAY_BASIS_BASE", "base" },
  { ATLAS_PAY_BASIS_TOTAL, "ATLAS_PAY_BASIS_TOTAL", "total" },
  { 0, NULL, NULL }
};

static const GEnumValue statistic_values[] = {
  { ATLAS_STATISTIC_RANGE, "ATLAS_STATISTIC_RANGE", "range" },
  { ATLAS_STATISTIC_AVERAGE, "ATLAS_STATISTIC_AVERAGE", "average" },
  { ATLAS_STATISTIC_MEDIAN, "ATLAS_STATISTIC_MEDIAN", "median" },
  { ATLAS_STATISTIC_P25, "ATLAS_STATISTIC_P25", "p25" },
  { ATLAS_STATISTIC_P75, "ATLAS_STATISTIC_P75", "p75" },
  { ATLAS_STATISTIC_P90, "ATLAS_STATISTIC_P90", "p90" },
  { ATLAS_STATISTIC_TOP, "ATLAS_STATISTIC_TOP", "top" },
  { ATLAS_STATISTIC_EXAMPLE, "ATLAS_STATISTIC_EXAMPLE", "example" },
  { ATLAS_STATISTIC_QUARTILES, "ATLAS_STATISTIC_QUARTILES", "quartiles" },
  { 0, NULL, NULL }
};

static const GEnumValue unit_values[] = {
  { ATLAS_UNIT_COUNT, "ATLAS_UNIT_COUNT", "count" },
  { ATLAS_UNIT_PERCENT, "ATLAS_UNIT_PERCENT", "percent" },
  { 0, NULL, NULL }
};

#define DEFINE_ENUM_TYPE(func, Name, values)                                \
  GType                                                                     \
  func (void)                                                               \
  {                                                                         \
    static gsize type = 0;                                                  \
    if (g_once_init_enter (&type))                                          \
      g_once_init_leave (&type, g_enum_register_static (Name, values));     \
    return type;                                                            \
  }

DEFINE_ENUM_TYPE (atlas_level_get_type, "AtlasLevel", level_values)
DEFINE_ENUM_TYPE (atlas_proficiency_get_type, "AtlasProficiency", proficiency_values)
DEFINE_ENUM_TYPE (atlas_pay_basis_get_type, "AtlasPayBasis", pay_basis_values)
DEFINE_ENUM_TYPE (atlas_statistic_get_type, "AtlasStatistic", statistic_values)
DEFINE_ENUM_TYPE (atlas_unit_get_type, "AtlasUnit", unit_values)

static const char *
nick_of (const GEnumValue *values,
         int               value)
{
  for (const GEnumValue *v = values; v->value_nick != NULL; v++)
    if (v->value == value)
      return v->value_nick;
  g_return_val_if_reached (NULL);
}

static gboolean
value_of (const GEnumValue *values,
          const char       *nick,
          int              *value)
{
  if (nick == NULL)
    return FALSE;
  /* A first-letter check spares most of the calls: the loader reads several per figure. */
  for (const GEnumValue *v = values; v->value_nick != NULL; v++)
    if (v->value_nick[0] == nick[0] && strcmp (v->value_nick, nick) == 0)
      {
        *value = v->value;
        return TRUE;
      }
  return FALSE;
}

static char *
join_nicks (const GEnumValue *values,
            int               first)
{
  GString *out = g_string_new (NULL);

  for (const GEnumValue *v = values; v->value_nick != NULL; v++)
    {
      if (v->value < first)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, v->value_nick);
    }
  return g_string_free (out, FALSE);
}

const char *
atlas_level_to_string (AtlasLevel level)
{
  return nick_of (level_values, level);
}

gboolean
atlas_level_from_string (const char *text,
                         AtlasLevel *level)
{
  int value;

  if (!value_of (level_values, text, &value))
    return FALSE;
  *level = value;
  return TRUE;
}

const char *
atlas_level_get_label (AtlasLevel level)
{
  switch (level)
    {
    case ATLAS_LEVEL_ENTRY: return _("Entry");
    case ATLAS_LEVEL_MID: return _("Mid");
    case ATLAS_LEVEL_SENIOR: return _("Senior");
    case ATLAS_LEVEL_STAFF: return _("Staff/Principal");
    case ATLAS_LEVEL_LEAD: return _("Lead");
    case ATLAS_LEVEL_EXECUTIVE: return _("Executive");
    case ATLAS_LEVEL_ALL: return _("All levels");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
atlas_proficiency_to_string (AtlasProficiency proficiency)
{
  return nick_of (proficiency_values, proficiency);
}

gboolean
atlas_proficiency_from_string (const char       *text,
                               AtlasProficiency *proficiency)
{
  int value;

  /* "unstated" is how a missing level is printed, never a value a dataset may give. */
  if (!value_of (proficiency_values, text, &value) || value == ATLAS_PROFICIENCY_UNSTATED)
    return FALSE;
  *proficiency = value;
  return TRUE;
}

const char *
atlas_proficiency_get_label (AtlasProficiency proficiency)
{
  switch (proficiency)
    {
    case ATLAS_PROFICIENCY_UNSTATED: return _("Level not stated");
    case ATLAS_PROFICIENCY_NONE: return _("None");
    case ATLAS_PROFICIENCY_BASIC: return _("Basic");
    case ATLAS_PROFICIENCY_INTERMEDIATE: return _("Intermediate");
    case ATLAS_PROFICIENCY_PROFICIENT: return _("Proficient");
    case ATLAS_PROFICIENCY_EXPERT: return _("Expert");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
atlas_pay_basis_to_string (AtlasPayBasis basis)
{
  return nick_of (pay_basis_values, basis);
}

gboolean
atlas_pay_basis_from_string (const char    *text,
                             AtlasPayBasis *basis)
{
  int value;

  if (!value_of (pay_basis_values, text, &value) || value == ATLAS_PAY_BASIS_UNSTATED)
    return FALSE;
  *basis = value;
  return TRUE;
}

const char *
atlas_statistic_to_string (AtlasStatistic statistic)
{
  return nick_of (statistic_values, statistic);
}

gboolean
atlas_statistic_from_string (const char     *text,
                             AtlasStatistic *statistic)
{
  int value;

  if (!value_of (statistic_values, text, &value))
    return FALSE;
  *statistic = value;
  return TRUE;
}

const char *
atlas_statistic_get_label (AtlasStatistic statistic)
{
  switch (statistic)
    {
    case ATLAS_STATISTIC_RANGE: return _("Range");
    case ATLAS_STATISTIC_AVERAGE: return _("Average");
    case ATLAS_STATISTIC_MEDIAN: return _("Median");
    case ATLAS_STATISTIC_P25: return _("25th percentile");
    case ATLAS_STATISTIC_P75: return _("75th percentile");
    case ATLAS_STATISTIC_P90: return _("90th percentile");
    case ATLAS_STATISTIC_TOP: return _("Top earners");
    case ATLAS_STATISTIC_EXAMPLE: return _("Single reported salary");
    case ATLAS_STATISTIC_QUARTILES: return _("Median and middle half of salary records");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
atlas_unit_to_string (AtlasUnit unit)
{
  return nick_of (unit_values, unit);
}

gboolean
atlas_unit_from_string (const char *text,
                        AtlasUnit  *unit)
{
  int value;

  if (!value_of (unit_values, text, &value))
    return FALSE;
  *unit = value;
  return TRUE;
}

char *
atlas_level_list_spellings (void)
{
  return join_nicks (level_values, 0);
}

char *
atlas_proficiency_list_spellings (void)
{
  return join_nicks (proficiency_values, ATLAS_PROFICIENCY_NONE);
}

char *
atlas_pay_basis_list_spellings (void)
{
  return join_nicks (pay_basis_values, ATLAS_PAY_BASIS_BASE);
}

char *
atlas_statistic_list_spellings (void)
{
  return join_nicks (statistic_values, 0);
}

char *
atlas_unit_list_spellings (void)
{
  return join_nicks (unit_values, 0);
}
