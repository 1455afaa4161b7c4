/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include <string.h>

#include "atlas-salary-figure.h"

/* One salary figure exactly as a source gives it. Amounts are whole currency units per year;
 * -1 marks an amount the source does not give. high_open marks an open upper end ("$200K+").
 * Year and sample size are 0 when unknown. */
struct _AtlasSalaryFigure
{
  GObject parent_instance;

  char *role_id;
  char *country;
  AtlasLevel level;
  AtlasPayBasis basis;
  AtlasStatistic statistic;
  gint64 low;
  gint64 high;
  gboolean high_open;
  gint64 value;
  char *currency;
  int year;
  int sample_size;
  char *source_id;
  char *cites;
  char *note;
  /* The texts above, one after the other in one allocation: a dataset may hold tens of
   * thousands of figures, and six allocations each were a good part of loading them. */
  char *texts;
};

G_DEFINE_FINAL_TYPE (AtlasSalaryFigure, atlas_salary_figure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROLE_ID,
  PROP_COUNTRY,
  PROP_LEVEL,
  PROP_BASIS,
  PROP_STATISTIC,
  PROP_LOW,
  PROP_HIGH,
  PROP_HIGH_OPEN,
  PROP_VALUE,
  PROP_CURRENCY,
  PROP_YEAR,
  PROP_SAMPLE_SIZE,
  PROP_SOURCE_ID,
  PROP_CITES,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_salary_figure_finalize (GObject *object)
{
  AtlasSalaryFigure *self = (AtlasSalaryFigure *) object;

  g_clear_pointer (&self->texts, g_free);

  G_OBJECT_CLASS (atlas_salary_figure_parent_class)->finalize (object);
}

static void
atlas_salary_figure_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasSalaryFigure *self = ATLAS_SALARY_FIGURE (object);

  switch (prop_id)
    {
    case PROP_ROLE_ID:
      g_value_set_string (value, self->role_id);
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;

    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;

    case PROP_BASIS:
      g_value_set_enum (value, self->basis);
      break;

    case PROP_STATISTIC:
      g_value_set_enum (value, self->statistic);
      break;

    case PROP_LOW:
      g_value_set_int64 (value, self->low);
      break;

    case PROP_HIGH:
      g_value_set_int64 (value, self->high);
      break;

    case PROP_HIGH_OPEN:
      g_value_set_boolean (value, self->high_open);
      break;

    case PROP_VALUE:
      g_value_set_int64 (value, self->value);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_SAMPLE_SIZE:
      g_value_set_int (value, self->sample_size);
      break;

    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;

    case PROP_CITES:
      g_value_set_string (value, self->cites);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_salary_figure_class_init (AtlasSalaryFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_salary_figure_finalize;
  object_class->get_property = atlas_salary_figure_get_property;

  properties[PROP_ROLE_ID] =
    g_param_spec_string ("role-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, ATLAS_TYPE_LEVEL, ATLAS_LEVEL_ALL,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_BASIS] =
    g_param_spec_enum ("basis", NULL, NULL, ATLAS_TYPE_PAY_BASIS, ATLAS_PAY_BASIS_UNSTATED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATISTIC] =
    g_param_spec_enum ("statistic", NULL, NULL, ATLAS_TYPE_STATISTIC, ATLAS_STATISTIC_RANGE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_LOW] =
    g_param_spec_int64 ("low", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_HIGH] =
    g_param_spec_int64 ("high", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_HIGH_OPEN] =
    g_param_spec_boolean ("high-open", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_VALUE] =
    g_param_spec_int64 ("value", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 9999, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SAMPLE_SIZE] =
    g_param_spec_int ("sample-size", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CITES] =
    g_param_spec_string ("cites", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_salary_figure_init (AtlasSalaryFigure *self)
{
}

static gsize
text_size (const char *text)
{
  return text != NULL ? strlen (text) + 1 : 0;
}

static char *
place_text (char       **cursor,
            const char  *text)
{
  char *placed = *cursor;
  gsize size = text_size (text);

  if (text == NULL)
    return NULL;
  memcpy (placed, text, size);
  *cursor += size;
  return placed;
}

static void
copy_texts (AtlasSalaryFigure             *self,
            const AtlasSalaryFigureFields *fields)
{
  gsize size = text_size (fields->role_id) + text_size (fields->country) +
               text_size (fields->currency) + text_size (fields->source_id) +
               text_size (fields->cites) + text_size (fields->note);
  char *cursor;

  cursor = self->texts = g_malloc (MAX (size, 1));
  self->role_id = place_text (&cursor, fields->role_id);
  self->country = place_text (&cursor, fields->country);
  self->currency = place_text (&cursor, fields->currency);
  self->source_id = place_text (&cursor, fields->source_id);
  self->cites = place_text (&cursor, fields->cites);
  self->note = place_text (&cursor, fields->note);
}

/**
 * atlas_salary_figure_new:
 * @fields: the values, copied
 *
 * Returns: (transfer full): a new #AtlasSalaryFigure
 */
AtlasSalaryFigure *
atlas_salary_figure_new (const AtlasSalaryFigureFields *fields)
{
  AtlasSalaryFigure *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_SALARY_FIGURE, NULL);
  copy_texts (self, fields);
  self->level = fields->level;
  self->basis = fields->basis;
  self->statistic = fields->statistic;
  self->low = fields->low;
  self->high = fields->high;
  self->high_open = fields->high_open;
  self->value = fields->value;
  self->year = fields->year;
  self->sample_size = fields->sample_size;

  return self;
}

const char *
atlas_salary_figure_get_role_id (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), NULL);

  return self->role_id;
}

const char *
atlas_salary_figure_get_country (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), NULL);

  return self->country;
}

AtlasLevel
atlas_salary_figure_get_level (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), 0);

  return self->level;
}

AtlasPayBasis
atlas_salary_figure_get_basis (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), 0);

  return self->basis;
}

AtlasStatistic
atlas_salary_figure_get_statistic (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), 0);

  return self->statistic;
}

gint64
atlas_salary_figure_get_low (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), 0);

  return self->low;
}

gint64
atlas_salary_figure_get_high (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), 0);

  return self->high;
}

gboolean
atlas_salary_figure_get_high_open (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), 0);

  return self->high_open;
}

gint64
atlas_salary_figure_get_value (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), 0);

  return self->value;
}

const char *
atlas_salary_figure_get_currency (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), NULL);

  return self->currency;
}

int
atlas_salary_figure_get_year (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), 0);

  return self->year;
}

int
atlas_salary_figure_get_sample_size (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), 0);

  return self->sample_size;
}

const char *
atlas_salary_figure_get_source_id (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), NULL);

  return self->source_id;
}

const char *
atlas_salary_figure_get_cites (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), NULL);

  return self->cites;
}

const char *
atlas_salary_figure_get_note (AtlasSalaryFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_FIGURE (self), NULL);

  return self->note;
}
