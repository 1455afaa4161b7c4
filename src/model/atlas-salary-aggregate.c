/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-format.h"
#include "atlas-salary-aggregate.h"

struct _AtlasSalaryAggregate
{
  GObject parent_instance;

  char *role_id;
  char *country;
  AtlasLevel level;
  guint n;
  gint64 p25_quarters;
  gint64 median_quarters;
  gint64 p75_quarters;
  gint64 min;
  gint64 max;
  int first_year;
  int last_year;
};

G_DEFINE_FINAL_TYPE (AtlasSalaryAggregate, atlas_salary_aggregate, G_TYPE_OBJECT)

static void
atlas_salary_aggregate_finalize (GObject *object)
{
  AtlasSalaryAggregate *self = (AtlasSalaryAggregate *) object;

  g_clear_pointer (&self->role_id, g_free);
  g_clear_pointer (&self->country, g_free);

  G_OBJECT_CLASS (atlas_salary_aggregate_parent_class)->finalize (object);
}

static void
atlas_salary_aggregate_class_init (AtlasSalaryAggregateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_salary_aggregate_finalize;
}

static void
atlas_salary_aggregate_init (AtlasSalaryAggregate *self)
{
}

AtlasSalaryAggregate *
atlas_salary_aggregate_new (const AtlasSalaryAggregateFields *fields)
{
  AtlasSalaryAggregate *self = g_object_new (ATLAS_TYPE_SALARY_AGGREGATE, NULL);

  self->role_id = g_strdup (fields->role_id);
  self->country = g_strdup (fields->country);
  self->level = fields->level;
  self->n = fields->n;
  self->p25_quarters = fields->p25_quarters;
  self->median_quarters = fields->median_quarters;
  self->p75_quarters = fields->p75_quarters;
  self->min = fields->min;
  self->max = fields->max;
  self->first_year = fields->first_year;
  self->last_year = fields->last_year;
  return self;
}

#define DEFINE_GETTER(type, field)                                          \
  type                                                                      \
  atlas_salary_aggregate_get_##field (AtlasSalaryAggregate *self)           \
  {                                                                         \
    g_return_val_if_fail (ATLAS_IS_SALARY_AGGREGATE (self), (type) 0);      \
    return self->field;                                                     \
  }

DEFINE_GETTER (const char *, role_id)
DEFINE_GETTER (const char *, country)
DEFINE_GETTER (AtlasLevel, level)
DEFINE_GETTER (guint, n)
DEFINE_GETTER (gint64, p25_quarters)
DEFINE_GETTER (gint64, median_quarters)
DEFINE_GETTER (gint64, p75_quarters)
DEFINE_GETTER (gint64, min)
DEFINE_GETTER (gint64, max)
DEFINE_GETTER (int, first_year)
DEFINE_GETTER (int, last_year)

gint64
atlas_salary_aggregate_round_quarters (gint64 quarters)
{
  /* Amounts are never negative, so halves round up by plain integer division. */
  return (quarters + 2) / 4;
}

gint64
atlas_salary_percentile_quarters (const gint64 *sorted_values,
                                  gsize         n_values,
                                  guint         quarter)
{
  gsize rank, remainder;

  g_return_val_if_fail (n_values > 0 && quarter <= 4, 0);

  /* Position quarter × (n − 1) / 4 between closest ranks, in exact integers: the rank
   * below, and how many quarters of the way to the next one. */
  rank = quarter * (n_values - 1) / 4;
  remainder = quarter * (n_values - 1) - 4 * rank;
  if (remainder == 0)
    return 4 * sorted_values[rank];
  return sorted_values[rank] * (gint64) (4 - remainder) + sorted_values[rank + 1] * (gint64) remainder;
}

AtlasSalaryFigure *
atlas_salary_aggregate_to_figure (AtlasSalaryAggregate *self,
                                  const char           *source_id)
{
  g_autofree char *lowest = NULL;
  g_autofree char *highest = NULL;
  g_autofree char *note = NULL;
  AtlasSalaryFigureFields fields = { 0 };

  g_return_val_if_fail (ATLAS_IS_SALARY_AGGREGATE (self), NULL);

  lowest = atlas_format_amount (self->min, "USD");
  highest = atlas_format_amount (self->max, "USD");
  if (self->first_year == self->last_year)
    note = g_strdup_printf (_("Work year %d; lowest %s, highest %s"), self->last_year, lowest, highest);
  else
    note = g_strdup_printf (_("Work years %d–%d; lowest %s, highest %s"), self->first_year,
                            self->last_year, lowest, highest);

  fields.role_id = self->role_id;
  fields.country = self->country;
  fields.level = self->level;
  fields.basis = ATLAS_PAY_BASIS_UNSTATED;
  fields.statistic = ATLAS_STATISTIC_QUARTILES;
  fields.low = atlas_salary_aggregate_round_quarters (self->p25_quarters);
  fields.value = atlas_salary_aggregate_round_quarters (self->median_quarters);
  fields.high = atlas_salary_aggregate_round_quarters (self->p75_quarters);
  fields.currency = "USD";
  fields.year = self->last_year;
  fields.sample_size = (int) MIN (self->n, (guint) G_MAXINT);
  fields.source_id = source_id;
  fields.note = note;
  return atlas_salary_figure_new (&fields);
}
