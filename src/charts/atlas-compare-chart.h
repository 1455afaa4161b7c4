/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-chart.h"
#include "atlas-dataset.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_COMPARE_CHART (atlas_compare_chart_get_type ())

G_DECLARE_FINAL_TYPE (AtlasCompareChart, atlas_compare_chart, ATLAS, COMPARE_CHART, AtlasChart)

/* The Compare tab's side-by-side table, drawn for export, print and reports. */
AtlasCompareChart *atlas_compare_chart_new (AtlasDataset       *dataset,
                                            const char * const *role_ids);

G_END_DECLS
