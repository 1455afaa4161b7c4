/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "atlas-dataset.h"
#include "atlas-salary-chart.h"
#include "atlas-selection.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SALARIES_PAGE (atlas_salaries_page_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSalariesPage, atlas_salaries_page, ATLAS, SALARIES_PAGE, AdwBin)

void              atlas_salaries_page_set_dataset   (AtlasSalariesPage *self,
                                                     AtlasDataset      *dataset);
void              atlas_salaries_page_set_selection (AtlasSalariesPage *self,
                                                     AtlasSelection    *selection);
AtlasSalaryChart *atlas_salaries_page_get_chart     (AtlasSalariesPage *self);
GtkWidget        *atlas_salaries_page_get_view      (AtlasSalariesPage *self);
/* Pins the figure of @mark in the side panel, as a click or Enter does. */
void              atlas_salaries_page_pin_mark      (AtlasSalariesPage *self,
                                                     int                mark);
const char       *atlas_salaries_page_get_pinned_text (AtlasSalariesPage *self);
/* Shows a chart mode as its toggle button does. */
void              atlas_salaries_page_set_mode      (AtlasSalariesPage   *self,
                                                     AtlasSalaryChartMode mode);
/* Enlarges chart type (presenter mode); 1 is normal. */
void              atlas_salaries_page_set_font_scale (AtlasSalariesPage  *self,
                                                      double              font_scale);

G_END_DECLS
