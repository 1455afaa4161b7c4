/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-market-figure.h"

/* A job-market number for a role: open positions, remote share, share of a level. */
struct _AtlasMarketFigure
{
  GObject parent_instance;

  char *role_id;
  char *metric;
  char *qualifier;
  double value;
  AtlasUnit unit;
  char *source_id;
};

G_DEFINE_FINAL_TYPE (AtlasMarketFigure, atlas_market_figure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROLE_ID,
  PROP_METRIC,
  PROP_QUALIFIER,
  PROP_VALUE,
  PROP_UNIT,
  PROP_SOURCE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_market_figure_finalize (GObject *object)
{
  AtlasMarketFigure *self = (AtlasMarketFigure *) object;

  g_clear_pointer (&self->role_id, g_free);
  g_clear_pointer (&self->metric, g_free);
  g_clear_pointer (&self->qualifier, g_free);
  g_clear_pointer (&self->source_id, g_free);

  G_OBJECT_CLASS (atlas_market_figure_parent_class)->finalize (object);
}

static void
atlas_market_figure_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasMarketFigure *self = ATLAS_MARKET_FIGURE (object);

  switch (prop_id)
    {
    case PROP_ROLE_ID:
      g_value_set_string (value, self->role_id);
      break;

    case PROP_METRIC:
      g_value_set_string (value, self->metric);
      break;

    case PROP_QUALIFIER:
      g_value_set_string (value, self->qualifier);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;

    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_market_figure_class_init (AtlasMarketFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_market_figure_finalize;
  object_class->get_property = atlas_market_figure_get_property;

  properties[PROP_ROLE_ID] =
    g_param_spec_string ("role-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_METRIC] =
    g_param_spec_string ("metric", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_QUALIFIER] =
    g_param_spec_string ("qualifier", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL, ATLAS_TYPE_UNIT, ATLAS_UNIT_COUNT,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_market_figure_init (AtlasMarketFigure *self)
{
}

/**
 * atlas_market_figure_new:
 * @fields: the values, copied
 *
 * Returns: (transfer full): a new #AtlasMarketFigure
 */
AtlasMarketFigure *
atlas_market_figure_new (const AtlasMarketFigureFields *fields)
{
  AtlasMarketFigure *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_MARKET_FIGURE, NULL);
  self->role_id = g_strdup (fields->role_id);
  self->metric = g_strdup (fields->metric);
  self->qualifier = g_strdup (fields->qualifier);
  self->value = fields->value;
  self->unit = fields->unit;
  self->source_id = g_strdup (fields->source_id);

  return self;
}

const char *
atlas_market_figure_get_role_id (AtlasMarketFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_MARKET_FIGURE (self), NULL);

  return self->role_id;
}

const char *
atlas_market_figure_get_metric (AtlasMarketFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_MARKET_FIGURE (self), NULL);

  return self->metric;
}

const char *
atlas_market_figure_get_qualifier (AtlasMarketFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_MARKET_FIGURE (self), NULL);

  return self->qualifier;
}

double
atlas_market_figure_get_value (AtlasMarketFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_MARKET_FIGURE (self), 0);

  return self->value;
}

AtlasUnit
atlas_market_figure_get_unit (AtlasMarketFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_MARKET_FIGURE (self), 0);

  return self->unit;
}

const char *
atlas_market_figure_get_source_id (AtlasMarketFigure *self)
{
  g_return_val_if_fail (ATLAS_IS_MARKET_FIGURE (self), NULL);

  return self->source_id;
}
