/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-charts"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "atlas-chart-frame.h"
#include "atlas-skill-chart-private.h"
#include "atlas-skill-venn.h"
#include "atlas-venn.h"

/* The skill chart's Venn diagram of two or three roles: circles whose areas follow the
 * roles' skill counts, each circle named, and in each region its count and as many of its
 * skills' names as fit its shape; a region too thin for any lists them outside the
 * diagram, joined to its count by a line. Every region is a hotspot naming all its skills. */

/* What the Venn's labels are placed against: the chart, its layout so far, the circles, and
 * the height the diagram may use. */
typedef struct
{
  AtlasSkillChart *self;
  AtlasChartLayout *layout;
  PangoContext *context;
  const AtlasChartCanvas *canvas;
  const AtlasVennCircle *circles;
  AtlasSkillOverlap *overlap;
  guint n;
  double top;
  double bottom;
} Venn;

/* A row of a region's text: its top and height, and the run of the region it may use. */
typedef struct
{
  double top;
  double height;
  double left;
  double right;
} RegionRow;

/* The run of the region across a row: the narrowest of the row's top, middle and bottom
 * edges, so that no corner of a text on it pokes out of the region. */
static gboolean
find_row_run (const Venn *venn,
              guint       mask,
              double      hint_x,
              RegionRow  *row)
{
  row->left = -G_MAXDOUBLE;
  row->right = G_MAXDOUBLE;
  for (int k = 0; k <= 2; k++)
    {
      double left, right;

      if (!atlas_venn_region_span (venn->n, venn->circles, mask, hint_x, row->top + row->height * k / 2, &left, &right))
        return FALSE;
      row->left = MAX (row->left, left);
      row->right = MIN (row->right, right);
    }
  return row->right > row->left;
}

/* Runs for @n_rows rows stacked from @top. A region may curve (a crescent): each row is
 * looked for from the middle of its neighbour nearer the centre row, which holds @cx. */
static gboolean
find_region_rows (const Venn *venn,
                  guint       mask,
                  double      cx,
                  double      top,
                  RegionRow  *rows,
                  guint       n_rows)
{
  double margin = 3 * venn->canvas->font_scale;
  guint centre = n_rows / 2;

  for (guint r = 0; r < n_rows; r++)
    {
      rows[r].top = top;
      top += rows[r].height;
    }
  if (!find_row_run (venn, mask, cx, &rows[centre]))
    return FALSE;
  for (guint r = centre; r-- > 0;)
    if (!find_row_run (venn, mask, (rows[r + 1].left + rows[r + 1].right) / 2, &rows[r]))
      return FALSE;
  for (guint r = centre + 1; r < n_rows; r++)
    if (!find_row_run (venn, mask, (rows[r - 1].left + rows[r - 1].right) / 2, &rows[r]))
      return FALSE;
  for (guint r = 0; r < n_rows; r++)
    {
      rows[r].left += margin;
      rows[r].right -= margin;
    }
  return TRUE;
}

static gboolean
box_covers_text (AtlasChartLayout *layout,
                 double            x,
                 double            y,
                 double            width,
                 double            height)
{
  for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
    {
      AtlasChartText *text = atlas_chart_layout_get_text (layout, t);

      if (x < text->x + text->width && text->x < x + width && y < text->y + text->height && text->y < y + height)
        return TRUE;
    }
  return FALSE;
}

/* Whether a text @width wide, centred on @row, fits in the region there and covers no text
 * already laid out (a circle's name may sit inside or across a circle). */
static gboolean
row_takes (const Venn      *venn,
           const RegionRow *row,
           double           width)
{
  return row->right - row->left >= width &&
         !box_covers_text (venn->layout, (row->left + row->right - width) / 2, row->top, width, row->height);
}

/* Picks, for each name row, the first skill not yet shown whose name fits on it; FALSE
 * when a row has none. Names keep their order; one too long for the region is left to the
 * "+N more" line and the tooltip. */
static gboolean
pick_names (const Venn      *venn,
            const RegionRow *rows,
            guint            n_name_rows,
            const double    *widths,
            guint            n_skills,
            guint           *picked)
{
  guint next = 0;

  for (guint r = 0; r < n_name_rows; r++)
    {
      guint s = next;

      while (s < n_skills && !row_takes (venn, &rows[r], widths[s]))
        s++;
      if (s == n_skills)
        return FALSE;
      picked[r] = s;
      /* Skipped names are not tried again on lower rows: a row's order is the list's. */
      next = s + 1;
    }
  return TRUE;
}

static AtlasChartText *
add_row_text (AtlasChartLayout *layout,
              AtlasTextStyle    style,
              const char       *text,
              const RegionRow  *row,
              double            width)
{
  AtlasChartText *added = atlas_chart_layout_add_text (layout, style, text, (row->left + row->right - width) / 2,
                                                       row->top, width, row->height);

  added->alignment = PANGO_ALIGN_CENTER;
  return added;
}

/* The texts of a region and their sizes: its count, its skills' names, "+N more". */
typedef struct
{
  guint mask;
  const char * const *skills;
  guint n_skills;
  char *count;
  double count_width;
  double count_height;
  double line_height;
  double more_width;        /* of "+N more" at its widest, N = every skill */
  double *widths;           /* of each name on one line */
} RegionTexts;

static void
measure_region_texts (const Venn         *venn,
                      guint               mask,
                      const char * const *skills,
                      RegionTexts        *texts)
{
  double fs = venn->canvas->font_scale, unused;
  g_autofree char *most_more = NULL;

  texts->mask = mask;
  texts->skills = skills;
  texts->n_skills = g_strv_length ((char **) skills);
  texts->count = g_strdup_printf ("%u", texts->n_skills);
  most_more = g_strdup_printf (_("+%u more"), texts->n_skills);
  atlas_chart_measure_text (venn->context, ATLAS_TEXT_HEADING, fs, texts->count, -1, &texts->count_width,
                            &texts->count_height);
  atlas_chart_measure_text (venn->context, ATLAS_TEXT_CAPTION, fs, most_more, -1, &texts->more_width,
                            &texts->line_height);
  texts->widths = g_new (double, texts->n_skills);
  for (guint i = 0; i < texts->n_skills; i++)
    atlas_chart_measure_text (venn->context, ATLAS_TEXT_CAPTION, fs, atlas_skill_chart_skill_name (venn->self, skills[i]), -1,
                              &texts->widths[i], &unused);
}

static void
region_texts_clear (RegionTexts *texts)
{
  g_free (texts->count);
  g_free (texts->widths);
}

/* Rows for the count and @k names (and "+N more" when that leaves some out), centred on
 * (@cx, @cy): FALSE unless each text fits on its row. */
static gboolean
fit_region_rows (const Venn        *venn,
                 const RegionTexts *texts,
                 guint              k,
                 double             cx,
                 double             cy,
                 RegionRow         *rows,
                 guint             *picked)
{
  gboolean more = k > 0 && k < texts->n_skills;
  guint n_rows = 1 + k + (more ? 1 : 0);

  rows[0].height = texts->count_height;
  for (guint r = 1; r < n_rows; r++)
    rows[r].height = texts->line_height;
  return find_region_rows (venn, texts->mask, cx, cy - (texts->count_height + texts->line_height * (n_rows - 1)) / 2,
                           rows, n_rows) &&
         row_takes (venn, &rows[0], texts->count_width) &&
         pick_names (venn, rows + 1, k, texts->widths, texts->n_skills, picked) &&
         (!more || row_takes (venn, &rows[n_rows - 1], texts->more_width));
}

/* Lays out the rows fit_region_rows() found; the hotspot then covers them. */
static void
add_region_rows (const Venn        *venn,
                 const RegionTexts *texts,
                 guint              k,
                 const RegionRow   *rows,
                 const guint       *picked,
                 AtlasChartMark    *hotspot)
{
  gboolean more = k > 0 && k < texts->n_skills;
  guint n_rows = 1 + k + (more ? 1 : 0);
  double left = G_MAXDOUBLE, right = -G_MAXDOUBLE;

  add_row_text (venn->layout, ATLAS_TEXT_HEADING, texts->count, &rows[0], texts->count_width);
  for (guint r = 0; r < k; r++)
    add_row_text (venn->layout, ATLAS_TEXT_CAPTION, atlas_skill_chart_skill_name (venn->self, texts->skills[picked[r]]), &rows[r + 1],
                  texts->widths[picked[r]])->color = ATLAS_CHART_COLOR_FOREGROUND;
  if (more)
    {
      g_autofree char *rest = g_strdup_printf (_("+%u more"), texts->n_skills - k);

      add_row_text (venn->layout, ATLAS_TEXT_CAPTION, rest, &rows[n_rows - 1], texts->more_width);
    }
  for (guint r = 0; r < n_rows; r++)
    {
      left = MIN (left, rows[r].left);
      right = MAX (right, rows[r].right);
    }
  hotspot->x = left;
  hotspot->y = rows[0].top;
  hotspot->width = right - left;
  hotspot->height = rows[n_rows - 1].top + rows[n_rows - 1].height - rows[0].top;
}

/* The region's skill count, and under it as many of its skills' names as fit inside the
 * region's shape (a crescent is followed down its curve), then "+N more" for the rest.
 * Returns how many names it shows, or -1 when not even the count fits; @count_row is where
 * the count went. @clearance is how deep in the region (@cx, @cy) is. */
static int
add_region_text (const Venn         *venn,
                 guint               mask,
                 const char * const *skills,
                 double              cx,
                 double              cy,
                 double              clearance,
                 AtlasChartMark     *hotspot,
                 RegionRow          *count_row)
{
  RegionTexts texts;
  g_autofree guint *picked = NULL;
  g_autofree RegionRow *rows = NULL;
  int shown = -1;

  measure_region_texts (venn, mask, skills, &texts);
  picked = g_new (guint, texts.n_skills);
  rows = g_new0 (RegionRow, texts.n_skills + 2);
  for (guint k = texts.n_skills + 1; k-- > 0 && shown < 0;)
    if (fit_region_rows (venn, &texts, k, cx, cy, rows, picked))
      {
        add_region_rows (venn, &texts, k, rows, picked, hotspot);
        *count_row = (RegionRow) { rows[0].top, rows[0].height, (rows[0].left + rows[0].right - texts.count_width) / 2,
                                   (rows[0].left + rows[0].right + texts.count_width) / 2 };
        shown = (int) k;
      }

  /* A sliver of a region, too small for its count with a margin: the count alone at its
   * deepest point, as long as it is not much bigger than the region is deep there. */
  if (shown < 0 && texts.count_height <= 1.85 * clearance && texts.count_width <= 2.15 * clearance &&
      !box_covers_text (venn->layout, cx - texts.count_width / 2, cy - texts.count_height / 2, texts.count_width,
                        texts.count_height))
    {
      *count_row = (RegionRow) { cy - texts.count_height / 2, texts.count_height, cx - texts.count_width / 2,
                                 cx + texts.count_width / 2 };
      add_row_text (venn->layout, ATLAS_TEXT_HEADING, texts.count, count_row, texts.count_width);
      shown = 0;
    }
  region_texts_clear (&texts);
  return shown;
}

/* Whether a callout's line from (@x1, @y1) to (@x2, @y2) keeps clear: it may run through no
 * text, and cross only the circles of its own region, or it would seem to point into another
 * role's. Sampled every 2 px, enough for texts at least a line high. */
static gboolean
callout_line_is_clear (const Venn *venn,
                       guint       mask,
                       double      x1,
                       double      y1,
                       double      x2,
                       double      y2)
{
  guint steps = (guint) ceil (hypot (x2 - x1, y2 - y1) / 2) + 1;

  for (guint k = 0; k <= steps; k++)
    {
      double x = x1 + (x2 - x1) * k / steps, y = y1 + (y2 - y1) * k / steps;

      if (box_covers_text (venn->layout, x, y, 0.01, 0.01))
        return FALSE;
      for (guint i = 0; i < venn->n; i++)
        if (!((mask >> i) & 1) && hypot (x - venn->circles[i].x, y - venn->circles[i].y) < venn->circles[i].r)
          return FALSE;
    }
  return TRUE;
}

/* Where a region's callout goes: beside the diagram (left or right, on the region's side),
 * else under it, else over it. */
typedef enum
{
  CALLOUT_LEFT,
  CALLOUT_RIGHT,
  CALLOUT_BELOW,
  CALLOUT_ABOVE,
} CalloutKind;

/* A callout's place: its list's inner edge is @gap from the diagram's outermost circle on
 * that side, at @edge; @room is the width the list may take. */
typedef struct
{
  CalloutKind kind;
  double edge;
  double gap;
  double room;
} CalloutSide;

static void
find_callout_side (const Venn  *venn,
                   CalloutKind  kind,
                   CalloutSide *side)
{
  double fs = venn->canvas->font_scale, pad = ATLAS_CHART_PADDING * fs;
  gboolean lowest = kind == CALLOUT_LEFT || kind == CALLOUT_ABOVE;

  side->kind = kind;
  side->gap = 10 * fs;
  side->edge = lowest ? G_MAXDOUBLE : -G_MAXDOUBLE;
  for (guint i = 0; i < venn->n; i++)
    {
      const AtlasVennCircle *c = &venn->circles[i];
      double horizontal = kind == CALLOUT_LEFT ? c->x - c->r : c->x + c->r;
      double vertical = kind == CALLOUT_ABOVE ? c->y - c->r : c->y + c->r;
      double edge = kind == CALLOUT_LEFT || kind == CALLOUT_RIGHT ? horizontal : vertical;

      side->edge = lowest ? MIN (side->edge, edge) : MAX (side->edge, edge);
    }
  switch (kind)
    {
    case CALLOUT_LEFT:
      side->room = side->edge - side->gap - pad;
      break;
    case CALLOUT_RIGHT:
      side->room = venn->canvas->width - pad - side->edge - side->gap;
      break;
    case CALLOUT_BELOW:
    case CALLOUT_ABOVE:
    default:
      side->room = venn->canvas->width - 2 * pad;
      break;
    }
}

/* Each name's size in the callout: on one line, or wrapped at the room there is (and laid
 * out in that same width when painted). */
static void
measure_callout_names (const Venn        *venn,
                       const RegionTexts *texts,
                       double             room,
                       double            *widths,
                       double            *heights)
{
  double fs = venn->canvas->font_scale;

  for (guint i = 0; i < texts->n_skills; i++)
    {
      const char *name = atlas_skill_chart_skill_name (venn->self, texts->skills[i]);

      atlas_chart_measure_text (venn->context, ATLAS_TEXT_CAPTION, fs, name, -1, &widths[i], &heights[i]);
      if (widths[i] > room)
        {
          atlas_chart_measure_text (venn->context, ATLAS_TEXT_CAPTION, fs, name, room, &widths[i], &heights[i]);
          widths[i] = room;
        }
    }
}

typedef struct
{
  double x;
  double y;
} Point;

/* The box of a callout's list, @width × @height, and the ends of its line: from the list's
 * side facing the diagram to the count. FALSE when the box does not fit the chart. */
static gboolean
place_callout_box (const Venn            *venn,
                   const CalloutSide     *side,
                   const RegionRow       *count_row,
                   double                 width,
                   double                 height,
                   AtlasChartRect        *box,
                   Point                 *from,
                   Point                 *to)
{
  double fs = venn->canvas->font_scale, pad = ATLAS_CHART_PADDING * fs;
  double count_x = (count_row->left + count_row->right) / 2, count_y = count_row->top + count_row->height / 2;
  double x, y;

  switch (side->kind)
    {
    case CALLOUT_LEFT:
    case CALLOUT_RIGHT:
      x = side->kind == CALLOUT_LEFT ? side->edge - side->gap - width : side->edge + side->gap;
      y = CLAMP (count_y - height / 2, venn->top, venn->bottom - height);
      *from = (Point) { side->kind == CALLOUT_LEFT ? side->edge - side->gap / 2 : side->edge + side->gap / 2,
                        y + height / 2 };
      *to = (Point) { side->kind == CALLOUT_LEFT ? count_row->left - 2 * fs : count_row->right + 2 * fs, count_y };
      break;
    case CALLOUT_BELOW:
    case CALLOUT_ABOVE:
    default:
      x = CLAMP (count_x - width / 2, pad, venn->canvas->width - pad - width);
      y = side->kind == CALLOUT_BELOW ? side->edge + side->gap : side->edge - side->gap - height;
      *from = (Point) { x + width / 2, side->kind == CALLOUT_BELOW ? y - side->gap / 2 : y + height + side->gap / 2 };
      *to = (Point) { count_x, side->kind == CALLOUT_BELOW ? count_row->top + count_row->height + 2 * fs
                                                           : count_row->top - 2 * fs };
      break;
    }
  *box = (AtlasChartRect) { x, y, width, height };
  return height <= venn->bottom - venn->top && y >= venn->top && y + height <= venn->bottom;
}

static void
add_callout_text (const Venn            *venn,
                  const CalloutSide     *side,
                  const AtlasChartRect  *box,
                  const char            *text,
                  double                 y,
                  double                 width,
                  double                 height,
                  AtlasChartColor        color)
{
  /* Beside the diagram the lines are aligned to the side that faces it; under or over it,
   * centred. */
  double x = side->kind == CALLOUT_LEFT ? box->x + box->width - width
           : side->kind == CALLOUT_RIGHT ? box->x
                                         : box->x + (box->width - width) / 2;
  AtlasChartText *added = atlas_chart_layout_add_text (venn->layout, ATLAS_TEXT_CAPTION, text, x, y, width, height);

  added->alignment = side->kind == CALLOUT_LEFT ? PANGO_ALIGN_RIGHT
                   : side->kind == CALLOUT_RIGHT ? PANGO_ALIGN_LEFT
                                                 : PANGO_ALIGN_CENTER;
  added->color = color;
}

/* Lists the most names, in their order, that take at most two lines each and fit on
 * @side; FALSE when none fit there. */
static gboolean
add_callout_on_side (const Venn        *venn,
                     const RegionTexts *texts,
                     const RegionRow   *count_row,
                     const CalloutSide *side)
{
  g_autofree double *widths = g_new (double, texts->n_skills);
  g_autofree double *heights = g_new (double, texts->n_skills);
  g_autofree guint *picked = g_new (guint, texts->n_skills);

  if (side->room <= 0)
    return FALSE;
  measure_callout_names (venn, texts, side->room, widths, heights);
  for (guint k = texts->n_skills; k > 0; k--)
    {
      gboolean more = k < texts->n_skills;
      double height = more ? texts->line_height : 0, width = more ? texts->more_width : 0, y;
      AtlasChartRect box;
      Point from, to;
      guint found = 0;

      for (guint i = 0; i < texts->n_skills && found < k; i++)
        if (heights[i] <= 2.5 * texts->line_height)
          {
            picked[found++] = i;
            height += heights[i];
            width = MAX (width, widths[i]);
          }
      if (found < k || width > side->room || !place_callout_box (venn, side, count_row, width, height, &box, &from, &to) ||
          box_covers_text (venn->layout, box.x, box.y, box.width, box.height) ||
          !callout_line_is_clear (venn, texts->mask, from.x, from.y, to.x, to.y))
        continue;

      atlas_chart_layout_add_line (venn->layout, from.x, from.y, to.x, to.y, ATLAS_CHART_COLOR_MUTED);
      y = box.y;
      for (guint r = 0; r < k; r++)
        {
          add_callout_text (venn, side, &box, atlas_skill_chart_skill_name (venn->self, texts->skills[picked[r]]), y, widths[picked[r]],
                            heights[picked[r]], ATLAS_CHART_COLOR_FOREGROUND);
          y += heights[picked[r]];
        }
      if (more)
        {
          g_autofree char *rest = g_strdup_printf (_("+%u more"), texts->n_skills - k);

          add_callout_text (venn, side, &box, rest, y, texts->more_width, texts->line_height, ATLAS_CHART_COLOR_MUTED);
        }
      return TRUE;
    }
  return FALSE;
}

/* A region too thin for any of its names (a crescent where one circle nearly holds the
 * other) lists them outside the diagram, joined to its count by a line: an exported chart
 * has no tooltip to show them. Beside the diagram on the region's side first; a diagram as
 * wide as its page (an upright printed report) has room only under or over it. Returns
 * FALSE when there is no room anywhere. */
static gboolean
add_region_callout (const Venn         *venn,
                    guint               mask,
                    const char * const *skills,
                    const RegionRow    *count_row)
{
  double centre_x = 0;
  CalloutKind kinds[3];
  RegionTexts texts;
  gboolean placed = FALSE;

  for (guint i = 0; i < venn->n; i++)
    centre_x += venn->circles[i].x / venn->n;
  kinds[0] = (count_row->left + count_row->right) / 2 < centre_x ? CALLOUT_LEFT : CALLOUT_RIGHT;
  kinds[1] = CALLOUT_BELOW;
  kinds[2] = CALLOUT_ABOVE;

  measure_region_texts (venn, mask, skills, &texts);
  for (guint k = 0; k < G_N_ELEMENTS (kinds) && !placed; k++)
    {
      CalloutSide side;

      find_callout_side (venn, kinds[k], &side);
      placed = add_callout_on_side (venn, &texts, count_row, &side);
    }
  region_texts_clear (&texts);
  return placed;
}

/* Whether a w × h box at (x, y) stays clear of circle @c. */
static gboolean
box_clears_circle (double                 x,
                   double                 y,
                   double                 w,
                   double                 h,
                   const AtlasVennCircle *c)
{
  double nearest_x = CLAMP (c->x, x, x + w), nearest_y = CLAMP (c->y, y, y + h);

  return hypot (nearest_x - c->x, nearest_y - c->y) > c->r;
}

/* A place for a circle's name inside the circle, near its top, where no other circle
 * reaches: for a circle that fills the diagram's height with no room beside it. */
static gboolean
find_name_room_inside (const Venn *venn,
                       guint       i,
                       double      width,
                       double      height,
                       double      gap,
                       double     *x,
                       double     *y)
{
  const AtlasVennCircle *c = &venn->circles[i];

  for (double top = c->y - c->r + gap; top + height < c->y; top += gap)
    {
      RegionRow row = { top, height, 0, 0 };

      if (find_row_run (venn, 1u << i, c->x, &row) && row.right - row.left >= width + 4 * gap)
        {
          *x = (row.left + row.right - width) / 2;
          *y = top;
          return TRUE;
        }
    }
  return FALSE;
}

/* Each circle's role name, above the circle, else below it, else beside it (right, then
 * left) where no circle is, else inside it at the top: direct labels, so that circles are
 * told apart without colour. A big circle fills the diagram's height, and its name goes
 * beside it. A name with no free place is left to the legend. */
static void
add_circle_names (const Venn *venn)
{
  const AtlasChartCanvas *canvas = venn->canvas;
  double fs = canvas->font_scale, pad = ATLAS_CHART_PADDING * fs, gap = 2 * fs;
  double placed[3][4];
  guint n_placed = 0;

  for (guint i = 0; i < venn->n; i++)
    {
      const AtlasVennCircle *c = &venn->circles[i];
      double w, h, candidates[5][2];
      AtlasChartText *text;
      guint chosen = G_N_ELEMENTS (candidates), n_candidates = 4;

      atlas_chart_measure_text (venn->context, ATLAS_TEXT_HEADING, fs, atlas_skill_chart_role_name (venn->self, i), -1, &w, &h);
      w = MIN (w, canvas->width - 2 * pad);
      candidates[0][0] = candidates[1][0] = CLAMP (c->x - w / 2, pad, canvas->width - pad - w);
      candidates[0][1] = c->y - c->r - h - gap;
      candidates[1][1] = c->y + c->r + gap;
      candidates[2][0] = c->x + c->r + 4 * gap;
      candidates[3][0] = c->x - c->r - 4 * gap - w;
      candidates[2][1] = candidates[3][1] = c->y - h / 2;
      if (find_name_room_inside (venn, i, w, h, gap, &candidates[4][0], &candidates[4][1]))
        n_candidates = 5;

      for (guint k = 0; k < n_candidates && chosen == G_N_ELEMENTS (candidates); k++)
        {
          double x = candidates[k][0], y = candidates[k][1];
          gboolean free = x >= pad && x + w <= canvas->width - pad && y >= venn->top && y + h <= venn->bottom;

          for (guint j = 0; free && j < n_placed; j++)
            free = !(x < placed[j][0] + placed[j][2] && placed[j][0] < x + w &&
                     y < placed[j][1] + placed[j][3] && placed[j][1] < y + h);
          /* Beside the circle, the name must not lie over another one; nor anywhere over
           * the dashed outline of a role without skills, which overlaps nothing and is
           * small enough for a name to hide. */
          for (guint j = 0; free && j < venn->n; j++)
            if (j != i && (k == 2 || k == 3 || atlas_skill_overlap_get_role_size (venn->overlap, j) == 0))
              free = box_clears_circle (x, y, w, h, &venn->circles[j]);
          if (free)
            chosen = k;
        }
      if (chosen == G_N_ELEMENTS (candidates))
        continue;

      text = atlas_chart_layout_add_text (venn->layout, ATLAS_TEXT_HEADING, atlas_skill_chart_role_name (venn->self, i),
                                          candidates[chosen][0], candidates[chosen][1], w, h);
      text->color = ATLAS_CHART_COLOR_FOREGROUND;
      placed[n_placed][0] = candidates[chosen][0];
      placed[n_placed][1] = candidates[chosen][1];
      placed[n_placed][2] = w;
      placed[n_placed][3] = h;
      n_placed++;
    }
}

/* Places the circles: areas follow the roles' skill counts, overlaps the skills they share. */
static void
place_circles (AtlasSkillOverlap *overlap,
               guint              n,
               double             box_x,
               double             box_y,
               double             box_w,
               double             box_h,
               AtlasVennCircle   *circles)
{
  double sizes[3], pairs[3][3] = { { 0 } };

  for (guint i = 0; i < n; i++)
    sizes[i] = atlas_skill_overlap_get_role_size (overlap, i);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        /* Skills in every region that holds both i and j. */
        double shared = 0;
        for (guint mask = 1; mask < (1u << n); mask++)
          if (((mask >> i) & 1) && ((mask >> j) & 1))
            shared += g_strv_length ((char **) atlas_skill_overlap_get_region (overlap, mask));
        pairs[i][j] = pairs[j][i] = shared;
      }
  atlas_venn_place (n, sizes, pairs, box_x, box_y, box_w, box_h, circles);
}

/* The region's hotspot: hovered, clicked or focused, it names the region's holders and
 * every one of its skills. */
static AtlasChartMark *
add_region_hotspot (AtlasSkillChart    *self,
                    AtlasChartLayout   *layout,
                    guint               n,
                    guint               mask,
                    const char * const *skills,
                    double              cx,
                    double              cy,
                    double              clearance)
{
  guint count = g_strv_length ((char **) skills);
  g_autofree char *holders = atlas_skill_chart_joined_role_names (self, mask);
  g_autofree char *names = atlas_skill_chart_join_skill_names (self, skills);
  g_autofree char *only = g_strdup_printf (_("Only %s"), holders);
  const char *selected = atlas_skill_chart_get_selected_skill (self);
  AtlasChartMark *hotspot = atlas_chart_layout_add_mark (layout, ATLAS_MARK_HOTSPOT, cx - clearance / 2,
                                                         cy - clearance / 2, clearance, clearance);

  hotspot->interactive = TRUE;
  hotspot->selected = selected != NULL && g_strv_contains (skills, selected);
  hotspot->key = g_strdup (skills[0]);
  hotspot->tooltip = g_strdup_printf (ngettext ("%s (%u skill): %s", "%s (%u skills): %s", count),
                                      mask == (1u << n) - 1 ? _("Shared by all") : only, count, names);
  return hotspot;
}

void
atlas_skill_venn_build (AtlasSkillChart        *self,
                        AtlasChartLayout       *layout,
                        PangoContext           *context,
                        const AtlasChartCanvas *canvas,
                        AtlasSkillOverlap      *overlap,
                        double                  top,
                        double                  bottom)
{
  guint n = atlas_skill_chart_get_n_roles (self);
  double fs = canvas->font_scale, pad = ATLAS_CHART_PADDING * fs;
  AtlasVennCircle circles[3];
  Venn venn = { self, layout, context, canvas, circles, overlap, n, top, bottom };
  /* Regions whose names go outside: at most the 7 regions of 3 circles. */
  struct { guint mask; RegionRow count_row; } callouts[7];
  guint n_callouts = 0;
  double box_w = MIN (canvas->width - 2 * pad, 820 * fs), box_h = MIN (MAX (1, bottom - top), 620 * fs);
  /* A diagram bigger than this reads no better, and costs more to paint. */
  double box_x = (canvas->width - box_w) / 2, box_y = top + (MAX (1, bottom - top) - box_h) / 2;

  place_circles (overlap, n, box_x, box_y, box_w, box_h, circles);
  atlas_chart_layout_set_plot_area (layout, box_x, box_y, box_w, box_h);
  for (guint i = 0; i < n; i++)
    {
      AtlasChartMark *mark = atlas_chart_layout_add_mark (layout, ATLAS_MARK_CIRCLE,
                                                          circles[i].x - circles[i].r, circles[i].y - circles[i].r,
                                                          2 * circles[i].r, 2 * circles[i].r);
      mark->series = (int) i;
      mark->dashed_outline = atlas_skill_overlap_get_role_size (overlap, i) == 0;
    }
  add_circle_names (&venn);

  for (guint mask = (1u << n) - 1; mask >= 1; mask--)
    {
      const char * const *skills = atlas_skill_overlap_get_region (overlap, mask);
      double cx, cy, clearance;
      AtlasChartMark *hotspot;
      RegionRow count_row;

      if (skills[0] == NULL || !atlas_venn_region_centre (n, circles, mask, &cx, &cy, &clearance))
        continue;
      hotspot = add_region_hotspot (self, layout, n, mask, skills, cx, cy, clearance);
      if (add_region_text (&venn, mask, skills, cx, cy, clearance, hotspot, &count_row) == 0)
        {
          callouts[n_callouts].mask = mask;
          callouts[n_callouts].count_row = count_row;
          n_callouts++;
        }
    }
  /* Once every region's text is in place, so that no callout line crosses one. */
  for (guint c = 0; c < n_callouts; c++)
    add_region_callout (&venn, callouts[c].mask, atlas_skill_overlap_get_region (overlap, callouts[c].mask),
                        &callouts[c].count_row);
}
