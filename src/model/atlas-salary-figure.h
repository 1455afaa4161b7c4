/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "atlas-enums.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SALARY_FIGURE (atlas_salary_figure_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSalaryFigure, atlas_salary_figure, ATLAS, SALARY_FIGURE, GObject)

/* The values an AtlasSalaryFigure is made from; strings are copied. */
typedef struct
{
  const char *role_id;
  const char *country;
  AtlasLevel level;
  AtlasPayBasis basis;
  AtlasStatistic statistic;
  gint64 low;
  gint64 high;
  gboolean high_open;
  gint64 value;
  const char *currency;
  int year;
  int sample_size;
  const char *source_id;
  const char *cites;
  const char *note;
} AtlasSalaryFigureFields;

AtlasSalaryFigure *atlas_salary_figure_new (const AtlasSalaryFigureFields *fields);
const char *atlas_salary_figure_get_role_id (AtlasSalaryFigure *self);
const char *atlas_salary_figure_get_country (AtlasSalaryFigure *self);
AtlasLevel atlas_salary_figure_get_level (AtlasSalaryFigure *self);
AtlasPayBasis atlas_salary_figure_get_basis (AtlasSalaryFigure *self);
AtlasStatistic atlas_salary_figure_get_statistic (AtlasSalaryFigure *self);
gint64 atlas_salary_figure_get_low (AtlasSalaryFigure *self);
gint64 atlas_salary_figure_get_high (AtlasSalaryFigure *self);
gboolean atlas_salary_figure_get_high_open (AtlasSalaryFigure *self);
gint64 atlas_salary_figure_get_value (AtlasSalaryFigure *self);
const char *atlas_salary_figure_get_currency (AtlasSalaryFigure *self);
int atlas_salary_figure_get_year (AtlasSalaryFigure *self);
int atlas_salary_figure_get_sample_size (AtlasSalaryFigure *self);
const char *atlas_salary_figure_get_source_id (AtlasSalaryFigure *self);
const char *atlas_salary_figure_get_cites (AtlasSalaryFigure *self);
const char *atlas_salary_figure_get_note (AtlasSalaryFigure *self);

G_END_DECLS
