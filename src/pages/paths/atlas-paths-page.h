/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "atlas-dataset.h"
#include "atlas-path-chart.h"
#include "atlas-selection.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PATHS_PAGE (atlas_paths_page_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPathsPage, atlas_paths_page, ATLAS, PATHS_PAGE, AdwBin)

void            atlas_paths_page_set_dataset   (AtlasPathsPage *self,
                                                AtlasDataset   *dataset);
void            atlas_paths_page_set_selection (AtlasPathsPage *self,
                                                AtlasSelection *selection);
AtlasPathChart *atlas_paths_page_get_chart     (AtlasPathsPage *self);
/* Chooses a title as a click does: highlights its paths and, for a role not yet
 * compared, adds it to the comparison. */
void            atlas_paths_page_choose_title  (AtlasPathsPage *self,
                                                const char     *title);
/* Finds the shortest routes between two titles, highlights them and says how long they
 * take; returns the text shown. */
const char     *atlas_paths_page_find_route    (AtlasPathsPage *self,
                                                const char     *from_title,
                                                const char     *to_title);
void            atlas_paths_page_get_route_ends (AtlasPathsPage  *self,
                                                 const char     **from_title,
                                                 const char     **to_title);
double          atlas_paths_page_get_zoom      (AtlasPathsPage *self);
/* Back to the default: the diagram follows the view's width until the person zooms. */
void            atlas_paths_page_reset_zoom    (AtlasPathsPage *self);
void            atlas_paths_page_set_zoom      (AtlasPathsPage *self,
                                                double          zoom);

GtkWidget      *atlas_paths_page_get_view (AtlasPathsPage *self);

G_END_DECLS
