/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-skill-chart.h"
#include "atlas-skill-overlap.h"

G_BEGIN_DECLS

/* Lays out the Venn diagram of @self's two or three roles from @top to @bottom of @canvas. */
void atlas_skill_venn_build (AtlasSkillChart        *self,
                             AtlasChartLayout       *layout,
                             PangoContext           *context,
                             const AtlasChartCanvas *canvas,
                             AtlasSkillOverlap      *overlap,
                             double                  top,
                             double                  bottom);

G_END_DECLS
