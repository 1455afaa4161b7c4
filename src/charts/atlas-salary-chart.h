/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-chart.h"
#include "atlas-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  ATLAS_SALARY_BY_LEVEL,    /* one country, a group per level, a bar per role and figure */
  ATLAS_SALARY_BY_COUNTRY,  /* one level, a group per country */
  ATLAS_SALARY_GRID,        /* one role, a heat map of countries × levels */
} AtlasSalaryChartMode;

#define ATLAS_TYPE_SALARY_CHART (atlas_salary_chart_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSalaryChart, atlas_salary_chart, ATLAS, SALARY_CHART, AtlasChart)

AtlasSalaryChart  *atlas_salary_chart_new            (AtlasDataset         *dataset,
                                                      const char * const   *role_ids);
void               atlas_salary_chart_set_dataset    (AtlasSalaryChart     *self,
                                                      AtlasDataset         *dataset,
                                                      const char * const   *role_ids);
void               atlas_salary_chart_set_mode       (AtlasSalaryChart     *self,
                                                      AtlasSalaryChartMode  mode);
AtlasSalaryChartMode atlas_salary_chart_get_mode     (AtlasSalaryChart     *self);
/* The country of the by-level chart: ISO 3166 alpha-2, or "" for figures naming none. */
void               atlas_salary_chart_set_country    (AtlasSalaryChart     *self,
                                                      const char           *country);
/* The level of the by-country chart; ATLAS_LEVEL_ALL for figures not split by level. */
void               atlas_salary_chart_set_level      (AtlasSalaryChart     *self,
                                                      AtlasLevel            level);
void               atlas_salary_chart_set_log_scale  (AtlasSalaryChart     *self,
                                                      gboolean              log_scale);
/* Adds monthly amounts (yearly ÷ 12, marked as derived) to tooltips and the table. */
void               atlas_salary_chart_set_per_month  (AtlasSalaryChart     *self,
                                                      gboolean              per_month);
/* Cells of salary records (quartiles) with fewer records than @min_records are left out,
 * unless @show_too_few, which draws them faded and labelled "too few records". */
void               atlas_salary_chart_set_min_records (AtlasSalaryChart    *self,
                                                       guint                min_records,
                                                       gboolean             show_too_few);
/* Which of the roles the grid shows. */
void               atlas_salary_chart_set_grid_role  (AtlasSalaryChart     *self,
                                                      guint                 index);
/* The figure a mark shows, or NULL. */
AtlasSalaryFigure *atlas_salary_chart_get_mark_figure (AtlasSalaryChart    *self,
                                                       AtlasChartLayout    *layout,
                                                       int                  mark);
/* The countries with figures for the roles (alpha-2 codes, "" for none named), sorted by
 * name, for the country chooser. */
GStrv              atlas_salary_chart_list_countries (AtlasSalaryChart     *self);

/* "$130k", "$130k–150k", "$130k–200k+", "from $80k", "up to $180k": chart labels. */
char              *atlas_salary_format_short         (AtlasSalaryFigure    *figure);

G_END_DECLS
