/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "atlas-enums.h"
#include "atlas-salary-figure.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SALARY_AGGREGATE (atlas_salary_aggregate_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSalaryAggregate, atlas_salary_aggregate, ATLAS, SALARY_AGGREGATE, GObject)

/* One cell of imported salary records: a role in a country (or all countries) at a level
 * (or all levels). Percentiles are kept exactly, in quarters of a dollar: interpolating
 * between closest ranks at 25 %, 50 % and 75 % only ever makes quarters. */
typedef struct
{
  const char *role_id;
  const char *country;
  AtlasLevel level;
  guint n;
  gint64 p25_quarters;
  gint64 median_quarters;
  gint64 p75_quarters;
  gint64 min;
  gint64 max;
  int first_year;
  int last_year;
} AtlasSalaryAggregateFields;

AtlasSalaryAggregate *atlas_salary_aggregate_new               (const AtlasSalaryAggregateFields *fields);
const char           *atlas_salary_aggregate_get_role_id       (AtlasSalaryAggregate *self);
/* NULL for all countries */
const char           *atlas_salary_aggregate_get_country       (AtlasSalaryAggregate *self);
/* ATLAS_LEVEL_ALL for all levels */
AtlasLevel            atlas_salary_aggregate_get_level         (AtlasSalaryAggregate *self);
guint                 atlas_salary_aggregate_get_n             (AtlasSalaryAggregate *self);
gint64                atlas_salary_aggregate_get_p25_quarters    (AtlasSalaryAggregate *self);
gint64                atlas_salary_aggregate_get_median_quarters (AtlasSalaryAggregate *self);
gint64                atlas_salary_aggregate_get_p75_quarters    (AtlasSalaryAggregate *self);
gint64                atlas_salary_aggregate_get_min           (AtlasSalaryAggregate *self);
gint64                atlas_salary_aggregate_get_max           (AtlasSalaryAggregate *self);
int                   atlas_salary_aggregate_get_first_year    (AtlasSalaryAggregate *self);
int                   atlas_salary_aggregate_get_last_year     (AtlasSalaryAggregate *self);

/* Quarters of a dollar to whole dollars, halves rounded up. */
gint64                atlas_salary_aggregate_round_quarters    (gint64 quarters);

/* The linear-interpolation percentile (numpy's default) of sorted @values at @quarter
 * quarters (1: 25th, 2: median, 3: 75th), in quarters of a dollar. */
gint64                atlas_salary_percentile_quarters         (const gint64 *sorted_values,
                                                                gsize         n_values,
                                                                guint         quarter);

/* The cell as a salary figure of @source_id: quartiles in US dollars with their sample
 * size and a note giving the span of years and the extremes. */
AtlasSalaryFigure    *atlas_salary_aggregate_to_figure         (AtlasSalaryAggregate *self,
                                                                const char           *source_id);

G_END_DECLS
