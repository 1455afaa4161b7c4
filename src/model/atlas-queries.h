/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-dataset.h"

G_BEGIN_DECLS

/* Which salary figures to return; a negative enum value or NULL string matches anything. */
typedef struct
{
  const char *role_id;
  const char *country;   /* "" matches figures that name no country */
  int         level;     /* an AtlasLevel, or -1 */
  int         basis;     /* an AtlasPayBasis, or -1 */
  int         statistic; /* an AtlasStatistic, or -1 */
} AtlasSalaryFilter;

#define ATLAS_SALARY_FILTER_ANY { NULL, NULL, -1, -1, -1 }

/* Each returns a new array (free it with g_ptr_array_unref) of borrowed objects, in
 * dataset order. */
GPtrArray *atlas_query_salaries          (AtlasDataset            *dataset,
                                          const AtlasSalaryFilter *filter);
GPtrArray *atlas_query_statements        (AtlasDataset            *dataset,
                                          const char              *role_id,
                                          const char              *topic);
GPtrArray *atlas_query_role_skills       (AtlasDataset            *dataset,
                                          const char              *role_id);
GPtrArray *atlas_query_transitions       (AtlasDataset            *dataset,
                                          const char              *from_id,
                                          const char              *to_id);
GPtrArray *atlas_query_paths_through     (AtlasDataset            *dataset,
                                          const char              *role_id);
/* The distinct skill ids a role requires according to any source, sorted. */
GStrv      atlas_query_skill_ids_of_role (AtlasDataset            *dataset,
                                          const char              *role_id);

/* A source's transition time in months, taken as full-time work of
 * ATLAS_FULL_TIME_HOURS a week, scaled to @hours_per_week. The result is derived, not a
 * figure of the source, and must be shown as such. */
#define ATLAS_FULL_TIME_HOURS 40.0
void       atlas_scale_months_to_hours   (int                      min_months,
                                          int                      max_months,
                                          double                   hours_per_week,
                                          double                  *min_scaled,
                                          double                  *max_scaled);

G_END_DECLS
