/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "atlas-enums.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_MARKET_FIGURE (atlas_market_figure_get_type ())

G_DECLARE_FINAL_TYPE (AtlasMarketFigure, atlas_market_figure, ATLAS, MARKET_FIGURE, GObject)

/* The values an AtlasMarketFigure is made from; strings are copied. */
typedef struct
{
  const char *role_id;
  const char *metric;
  const char *qualifier;
  double value;
  AtlasUnit unit;
  const char *source_id;
} AtlasMarketFigureFields;

AtlasMarketFigure *atlas_market_figure_new (const AtlasMarketFigureFields *fields);
const char *atlas_market_figure_get_role_id (AtlasMarketFigure *self);
const char *atlas_market_figure_get_metric (AtlasMarketFigure *self);
const char *atlas_market_figure_get_qualifier (AtlasMarketFigure *self);
double atlas_market_figure_get_value (AtlasMarketFigure *self);
AtlasUnit atlas_market_figure_get_unit (AtlasMarketFigure *self);
const char *atlas_market_figure_get_source_id (AtlasMarketFigure *self);

G_END_DECLS
