/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-charts"

#include "config.h"

#include <math.h>

#include "atlas-venn.h"

double
atlas_venn_lens_area (double r1,
                      double r2,
                      double d)
{
  double small = MIN (r1, r2), large = MAX (r1, r2);

  if (d >= r1 + r2)
    return 0;
  if (d <= large - small)
    return G_PI * small * small;

  {
    double a = r1 * r1 * acos (CLAMP ((d * d + r1 * r1 - r2 * r2) / (2 * d * r1), -1, 1));
    double b = r2 * r2 * acos (CLAMP ((d * d + r2 * r2 - r1 * r1) / (2 * d * r2), -1, 1));
    double c = 0.5 * sqrt (MAX (0, (-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2)));
    return a + b - c;
  }
}

/* The lens area falls as the distance grows, so bisection finds it. */
double
atlas_venn_distance_for (double r1,
                         double r2,
                         double overlap_area)
{
  double low = fabs (r1 - r2), high = r1 + r2;

  if (overlap_area <= 0)
    return high;
  if (overlap_area >= atlas_venn_lens_area (r1, r2, low))
    return low;
  for (int i = 0; i < 60; i++)
    {
      double mid = (low + high) / 2;
      if (atlas_venn_lens_area (r1, r2, mid) > overlap_area)
        low = mid;
      else
        high = mid;
    }
  return (low + high) / 2;
}

static void
fit_to_box (guint            n,
            AtlasVennCircle *circles,
            double           box_x,
            double           box_y,
            double           box_width,
            double           box_height)
{
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double scale;

  for (guint i = 0; i < n; i++)
    {
      min_x = MIN (min_x, circles[i].x - circles[i].r);
      max_x = MAX (max_x, circles[i].x + circles[i].r);
      min_y = MIN (min_y, circles[i].y - circles[i].r);
      max_y = MAX (max_y, circles[i].y + circles[i].r);
    }
  scale = MIN (box_width / MAX (max_x - min_x, 1e-9), box_height / MAX (max_y - min_y, 1e-9));
  for (guint i = 0; i < n; i++)
    {
      circles[i].x = box_x + (box_width - (max_x - min_x) * scale) / 2 + (circles[i].x - min_x) * scale;
      circles[i].y = box_y + (box_height - (max_y - min_y) * scale) / 2 + (circles[i].y - min_y) * scale;
      circles[i].r *= scale;
    }
}

void
atlas_venn_place (guint                  n,
                  const double          *sizes,
                  const double           pair_overlaps[3][3],
                  double                 box_x,
                  double                 box_y,
                  double                 box_width,
                  double                 box_height,
                  AtlasVennCircle       *circles)
{
  double d[3][3] = { { 0 } };

  g_return_if_fail (n == 2 || n == 3);

  /* One skill is one unit of area; an empty set still gets a small circle to name. */
  for (guint i = 0; i < n; i++)
    circles[i].r = sqrt (MAX (sizes[i], 0.25) / G_PI);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      d[i][j] = d[j][i] = atlas_venn_distance_for (circles[i].r, circles[j].r, pair_overlaps[i][j]);

  circles[0].x = 0;
  circles[0].y = 0;
  circles[1].x = d[0][1];
  circles[1].y = 0;
  if (n == 3)
    {
      /* Third centre from its two distances; where they cannot form a triangle, the nearest
       * shape that can (the triangle inequality clamps the angle). */
      double a = d[0][1], b = d[0][2], c = d[1][2];
      double cos_angle = a > 0 && b > 0 ? CLAMP ((a * a + b * b - c * c) / (2 * a * b), -1, 1) : 0;
      double angle = acos (cos_angle);

      circles[2].x = b * cos (angle);
      circles[2].y = b * sin (angle);
    }
  fit_to_box (n, circles, box_x, box_y, box_width, box_height);
}

/* sqrt of the sum is enough here; hypot's overflow care costs more in the search loop. */
static inline double
distance (double dx,
          double dy)
{
  return sqrt (dx * dx + dy * dy);
}

gboolean
atlas_venn_in_region (guint                  n,
                      const AtlasVennCircle *circles,
                      guint                  mask,
                      double                 x,
                      double                 y)
{
  for (guint i = 0; i < n; i++)
    {
      gboolean inside = distance (x - circles[i].x, y - circles[i].y) < circles[i].r;
      if (inside != (gboolean) ((mask >> i) & 1))
        return FALSE;
    }
  return TRUE;
}

/* Distance from (x, y) to the nearest edge of the region, positive inside it; or, once
 * that is known to be no more than @threshold, some value no more than @threshold. The
 * search below wants only points deeper than its best so far, and most of its points are
 * outside the region, which the first circle or two tell. */
static double
region_depth (guint                  n,
              const AtlasVennCircle *circles,
              guint                  mask,
              double                 x,
              double                 y,
              double                 threshold)
{
  double depth = G_MAXDOUBLE;

  for (guint i = 0; i < n && depth > threshold; i++)
    {
      double dist = distance (x - circles[i].x, y - circles[i].y);
      double edge = (mask >> i) & 1 ? circles[i].r - dist : dist - circles[i].r;
      depth = MIN (depth, edge);
    }
  return depth;
}

/* A grid search over the circles' bounding box, refined around the best cell: enough for
 * placing labels, and deterministic. */
gboolean
atlas_venn_region_centre (guint                  n,
                          const AtlasVennCircle *circles,
                          guint                  mask,
                          double                *x,
                          double                *y,
                          double                *clearance)
{
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double best = -G_MAXDOUBLE, best_x = 0, best_y = 0, step;
  const int steps = 32;

  for (guint i = 0; i < n; i++)
    if ((mask >> i) & 1)
      {
        min_x = MIN (min_x, circles[i].x - circles[i].r);
        max_x = MAX (max_x, circles[i].x + circles[i].r);
        min_y = MIN (min_y, circles[i].y - circles[i].r);
        max_y = MAX (max_y, circles[i].y + circles[i].r);
      }
  if (min_x > max_x)
    return FALSE;

  step = MAX (max_x - min_x, max_y - min_y) / steps;
  for (int round = 0; round < 2; round++)
    {
      double cx = best_x, cy = best_y;
      for (int i = 0; i <= steps; i++)
        for (int j = 0; j <= steps; j++)
          {
            double px = round == 0 ? min_x + i * step : cx + (i - steps / 2) * step;
            double py = round == 0 ? min_y + j * step : cy + (j - steps / 2) * step;
            double depth = region_depth (n, circles, mask, px, py, best);

            if (depth > best)
              {
                best = depth;
                best_x = px;
                best_y = py;
              }
          }
      step /= steps / 2.0;
    }

  *x = best_x;
  *y = best_y;
  *clearance = best;
  return best > 0;
}

gboolean
atlas_venn_region_span (guint                  n,
                        const AtlasVennCircle *circles,
                        guint                  mask,
                        double                 x,
                        double                 y,
                        double                *left,
                        double                *right)
{
  double from = -G_MAXDOUBLE, to = G_MAXDOUBLE;

  /* Inside every circle of the mask: the chords at @y, intersected. */
  for (guint i = 0; i < n; i++)
    {
      double dy = y - circles[i].y, half;

      if (!((mask >> i) & 1))
        continue;
      if (fabs (dy) >= circles[i].r)
        return FALSE;
      half = sqrt (circles[i].r * circles[i].r - dy * dy);
      from = MAX (from, circles[i].x - half);
      to = MIN (to, circles[i].x + half);
    }
  if (x <= from || x >= to)
    return FALSE;

  /* Outside every other circle: its chord cuts the run on the side away from @x. */
  for (guint i = 0; i < n; i++)
    {
      double dy = y - circles[i].y, half;

      if ((mask >> i) & 1 || fabs (dy) >= circles[i].r)
        continue;
      half = sqrt (circles[i].r * circles[i].r - dy * dy);
      if (x > circles[i].x - half && x < circles[i].x + half)
        return FALSE;
      if (circles[i].x + half <= x)
        from = MAX (from, circles[i].x + half);
      else
        to = MIN (to, circles[i].x - half);
    }
  *left = from;
  *right = to;
  return TRUE;
}
