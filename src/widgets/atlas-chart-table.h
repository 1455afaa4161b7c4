/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "atlas-chart-layout.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_CHART_TABLE (atlas_chart_table_get_type ())

G_DECLARE_FINAL_TYPE (AtlasChartTable, atlas_chart_table, ATLAS, CHART_TABLE, GtkWidget)

GtkWidget *atlas_chart_table_new       (void);
/* Shows the layout's table twin: its columns and rows, sortable by any column. */
void       atlas_chart_table_set_layout (AtlasChartTable  *self,
                                         AtlasChartLayout *layout);
/* The rows in their current order as tab-separated text with a header, for the clipboard. */
char      *atlas_chart_table_to_text   (AtlasChartTable  *self);
guint      atlas_chart_table_get_n_rows (AtlasChartTable *self);

G_END_DECLS
