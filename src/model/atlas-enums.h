/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Career levels, in ascending seniority; ALL marks a figure not split by level. */
typedef enum
{
  ATLAS_LEVEL_ENTRY,
  ATLAS_LEVEL_MID,
  ATLAS_LEVEL_SENIOR,
  ATLAS_LEVEL_STAFF,
  ATLAS_LEVEL_LEAD,
  ATLAS_LEVEL_EXECUTIVE,
  ATLAS_LEVEL_ALL,
} AtlasLevel;

#define ATLAS_N_LEVELS (ATLAS_LEVEL_ALL + 1)

/* How well a role must know a skill; UNSTATED when a document names the skill
 * (or describes its use) without a level. */
typedef enum
{
  ATLAS_PROFICIENCY_UNSTATED,
  ATLAS_PROFICIENCY_NONE,
  ATLAS_PROFICIENCY_BASIC,
  ATLAS_PROFICIENCY_INTERMEDIATE,
  ATLAS_PROFICIENCY_PROFICIENT,
  ATLAS_PROFICIENCY_EXPERT,
} AtlasProficiency;

typedef enum
{
  ATLAS_PAY_BASIS_UNSTATED,
  ATLAS_PAY_BASIS_BASE,
  ATLAS_PAY_BASIS_TOTAL,
} AtlasPayBasis;

/* What kind of number a salary figure is. EXAMPLE is one reported salary (an anecdote),
 * kept apart so that it is never read as a statistic. QUARTILES summarises salary records:
 * low is the 25th percentile, value the median, high the 75th percentile, with its sample
 * size. */
typedef enum
{
  ATLAS_STATISTIC_RANGE,
  ATLAS_STATISTIC_AVERAGE,
  ATLAS_STATISTIC_MEDIAN,
  ATLAS_STATISTIC_P25,
  ATLAS_STATISTIC_P75,
  ATLAS_STATISTIC_P90,
  ATLAS_STATISTIC_TOP,
  ATLAS_STATISTIC_EXAMPLE,
  ATLAS_STATISTIC_QUARTILES,
} AtlasStatistic;

#define ATLAS_N_STATISTICS (ATLAS_STATISTIC_QUARTILES + 1)

typedef enum
{
  ATLAS_UNIT_COUNT,
  ATLAS_UNIT_PERCENT,
} AtlasUnit;

GType atlas_level_get_type (void) G_GNUC_CONST;
GType atlas_proficiency_get_type (void) G_GNUC_CONST;
GType atlas_pay_basis_get_type (void) G_GNUC_CONST;
GType atlas_statistic_get_type (void) G_GNUC_CONST;
GType atlas_unit_get_type (void) G_GNUC_CONST;

#define ATLAS_TYPE_LEVEL (atlas_level_get_type ())
#define ATLAS_TYPE_PROFICIENCY (atlas_proficiency_get_type ())
#define ATLAS_TYPE_PAY_BASIS (atlas_pay_basis_get_type ())
#define ATLAS_TYPE_STATISTIC (atlas_statistic_get_type ())
#define ATLAS_TYPE_UNIT (atlas_unit_get_type ())

/* Dataset spellings ("entry", "basic", "total", "p75", "percent"): *_to_string returns
 * the spelling, *_from_string returns FALSE for anything else. */
const char *atlas_level_to_string       (AtlasLevel        level);
gboolean    atlas_level_from_string     (const char       *text,
                                         AtlasLevel       *level);
const char *atlas_level_get_label       (AtlasLevel        level);
const char *atlas_proficiency_to_string (AtlasProficiency  proficiency);
gboolean    atlas_proficiency_from_string (const char     *text,
                                           AtlasProficiency *proficiency);
const char *atlas_proficiency_get_label (AtlasProficiency  proficiency);
const char *atlas_pay_basis_to_string   (AtlasPayBasis     basis);
gboolean    atlas_pay_basis_from_string (const char       *text,
                                         AtlasPayBasis    *basis);
const char *atlas_statistic_to_string   (AtlasStatistic    statistic);
gboolean    atlas_statistic_from_string (const char       *text,
                                         AtlasStatistic   *statistic);
const char *atlas_statistic_get_label   (AtlasStatistic    statistic);
const char *atlas_unit_to_string        (AtlasUnit         unit);
gboolean    atlas_unit_from_string      (const char       *text,
                                         AtlasUnit        *unit);

/* The accepted spellings joined by ", ", for error messages. */
char       *atlas_level_list_spellings       (void);
char       *atlas_proficiency_list_spellings (void);
char       *atlas_pay_basis_list_spellings   (void);
char       *atlas_statistic_list_spellings   (void);
char       *atlas_unit_list_spellings        (void);

G_END_DECLS
