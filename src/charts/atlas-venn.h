/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Geometry for area-proportional Venn diagrams of 2 or 3 sets. */

typedef struct
{
  double x;
  double y;
  double r;
} AtlasVennCircle;

/* The area two circles of radii @r1 and @r2 share when their centres are @d apart. */
double   atlas_venn_lens_area       (double                 r1,
                                     double                 r2,
                                     double                 d);
/* The centre distance at which two circles share @overlap_area (clamped to what the radii
 * allow): touching when the area is 0, nested when it is the smaller circle's. */
double   atlas_venn_distance_for    (double                 r1,
                                     double                 r2,
                                     double                 overlap_area);
/* Places @n (2 or 3) circles with areas proportional to @sizes and pairwise overlaps as
 * close to proportional to @pair_overlaps (indexed [i][j]) as the plane allows, then
 * scales and centres them to fit the box. */
void     atlas_venn_place           (guint                  n,
                                     const double          *sizes,
                                     const double           pair_overlaps[3][3],
                                     double                 box_x,
                                     double                 box_y,
                                     double                 box_width,
                                     double                 box_height,
                                     AtlasVennCircle       *circles);
/* The point deepest inside the region of exactly the circles in @mask, and its clearance
 * (distance to the nearest circle edge); FALSE when the region is empty. */
gboolean atlas_venn_region_centre   (guint                  n,
                                     const AtlasVennCircle *circles,
                                     guint                  mask,
                                     double                *x,
                                     double                *y,
                                     double                *clearance);
/* Whether (@x, @y) lies inside exactly the circles in @mask. */
gboolean atlas_venn_in_region       (guint                  n,
                                     const AtlasVennCircle *circles,
                                     guint                  mask,
                                     double                 x,
                                     double                 y);
/* The run, from @left to @right, of the horizontal line at @y that holds (@x, @y) and lies
 * inside exactly the circles in @mask; FALSE when that point is outside the region. */
gboolean atlas_venn_region_span     (guint                  n,
                                     const AtlasVennCircle *circles,
                                     guint                  mask,
                                     double                 x,
                                     double                 y,
                                     double                *left,
                                     double                *right);

G_END_DECLS
