/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-charts"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "atlas-chart.h"

typedef struct
{
  PangoContext *context;
  AtlasChartLayout *layout;
  AtlasChartCanvas layout_canvas;
} AtlasChartPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (AtlasChart, atlas_chart, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
atlas_chart_finalize (GObject *object)
{
  AtlasChartPrivate *priv = atlas_chart_get_instance_private (ATLAS_CHART (object));

  g_clear_pointer (&priv->layout, atlas_chart_layout_unref);
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (atlas_chart_parent_class)->finalize (object);
}

static void
atlas_chart_class_init (AtlasChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_chart_finalize;

  /* Emitted when what the chart shows changes: hosts repaint, exports rebuild. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
atlas_chart_init (AtlasChart *self)
{
}

static gboolean
same_geometry (const AtlasChartCanvas *a,
               const AtlasChartCanvas *b)
{
  /* The palette does not move anything, so a theme change reuses the layout. */
  return a->width == b->width && a->height == b->height && a->font_scale == b->font_scale &&
         a->right_to_left == b->right_to_left && a->still == b->still;
}

AtlasChartLayout *
atlas_chart_get_layout (AtlasChart             *self,
                        const AtlasChartCanvas *canvas)
{
  AtlasChartPrivate *priv;

  g_return_val_if_fail (ATLAS_IS_CHART (self), NULL);
  g_return_val_if_fail (canvas != NULL, NULL);

  priv = atlas_chart_get_instance_private (self);
  if (priv->layout != NULL && same_geometry (&priv->layout_canvas, canvas))
    return priv->layout;

  if (priv->context == NULL)
    priv->context = atlas_chart_create_pango_context ();
  g_clear_pointer (&priv->layout, atlas_chart_layout_unref);
  priv->layout = ATLAS_CHART_GET_CLASS (self)->build_layout (self, canvas, priv->context);
  priv->layout_canvas = *canvas;
  return priv->layout;
}

void
atlas_chart_paint (AtlasChart             *self,
                   cairo_t                *cr,
                   const AtlasChartCanvas *canvas,
                   int                     highlight)
{
  AtlasChartPrivate *priv;
  AtlasChartLayout *layout;

  g_return_if_fail (ATLAS_IS_CHART (self));
  g_return_if_fail (cr != NULL);

  layout = atlas_chart_get_layout (self, canvas);
  priv = atlas_chart_get_instance_private (self);
  atlas_chart_paint_layout (cr, layout, canvas, priv->context, highlight);
}

double
atlas_chart_get_natural_height (AtlasChart             *self,
                                const AtlasChartCanvas *canvas)
{
  g_return_val_if_fail (ATLAS_IS_CHART (self), 0);

  if (ATLAS_CHART_GET_CLASS (self)->get_natural_height == NULL)
    return 0;
  return ATLAS_CHART_GET_CLASS (self)->get_natural_height (self, canvas);
}

GStrv
atlas_chart_copy_role_ids (const char * const *role_ids)
{
  GStrv copy;
  guint n;

  if (role_ids == NULL)
    return NULL;
  n = MIN (g_strv_length ((char **) role_ids), ATLAS_CHART_MAX_SERIES);
  copy = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    copy[i] = g_strdup (role_ids[i]);
  return copy;
}

void
atlas_chart_changed (AtlasChart *self)
{
  AtlasChartPrivate *priv;

  g_return_if_fail (ATLAS_IS_CHART (self));

  priv = atlas_chart_get_instance_private (self);
  g_clear_pointer (&priv->layout, atlas_chart_layout_unref);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* ------------------------------------------------------------------ painting */

static void
paint_point_shape (cairo_t        *cr,
                   AtlasPointShape shape,
                   double          cx,
                   double          cy,
                   double          r)
{
  switch (shape)
    {
    case ATLAS_POINT_DIAMOND:
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r, cy);
      cairo_line_to (cr, cx, cy + r);
      cairo_line_to (cr, cx - r, cy);
      cairo_close_path (cr);
      break;

    case ATLAS_POINT_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r * 0.85, 0, 2 * G_PI);
      break;

    case ATLAS_POINT_TRIANGLE:
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r, cy + r * 0.8);
      cairo_line_to (cr, cx - r, cy + r * 0.8);
      cairo_close_path (cr);
      break;

    case ATLAS_POINT_SQUARE:
      cairo_rectangle (cr, cx - r * 0.75, cy - r * 0.75, r * 1.5, r * 1.5);
      break;

    case ATLAS_POINT_CROSS:
    default:
      {
        double w = r * 0.35;
        cairo_move_to (cr, cx - r, cy - r + w);
        cairo_line_to (cr, cx - r + w, cy - r);
        cairo_line_to (cr, cx, cy - w);
        cairo_line_to (cr, cx + r - w, cy - r);
        cairo_line_to (cr, cx + r, cy - r + w);
        cairo_line_to (cr, cx + w, cy);
        cairo_line_to (cr, cx + r, cy + r - w);
        cairo_line_to (cr, cx + r - w, cy + r);
        cairo_line_to (cr, cx, cy + w);
        cairo_line_to (cr, cx - r + w, cy + r);
        cairo_line_to (cr, cx - r, cy + r - w);
        cairo_line_to (cr, cx - w, cy);
        cairo_close_path (cr);
      }
      break;
    }
}

static void
paint_bar (cairo_t           *cr,
           AtlasChartMark    *mark,
           AtlasChartPalette  palette)
{
  cairo_pattern_t *pattern;

  if (mark->series < 0)
    {
      /* A count of no one series (an UpSet chart's intersections): in the plain colour
       * of the chart's other neutral marks, so that it reads as no role's. */
      cairo_rectangle (cr, mark->x, mark->y, mark->width, mark->height);
      atlas_chart_set_source (cr, palette, ATLAS_CHART_COLOR_MUTED, 0);
      cairo_fill (cr);
      return;
    }

  pattern = atlas_chart_series_pattern (palette, mark->series, mark->dashed_outline ? 0.45 : 1.0);

  cairo_rectangle (cr, mark->x, mark->y, mark->width, mark->height);
  cairo_set_source (cr, pattern);
  if (mark->dashed_outline)
    {
      /* Total compensation: a paler fill with a dashed edge, named so in the legend. */
      static const double dashes[] = { 4, 3 };

      cairo_fill_preserve (cr);
      atlas_chart_set_source (cr, palette, ATLAS_CHART_COLOR_SERIES, MAX (mark->series, 0));
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  else
    cairo_fill (cr);
  cairo_pattern_destroy (pattern);

  if (mark->open_end)
    {
      /* An open upper end: an arrowhead past the last known amount. */
      double tip = mark->x + mark->width + mark->height * 0.6;
      atlas_chart_set_source (cr, palette, ATLAS_CHART_COLOR_SERIES, MAX (mark->series, 0));
      cairo_move_to (cr, mark->x + mark->width, mark->y);
      cairo_line_to (cr, tip, mark->y + mark->height / 2);
      cairo_line_to (cr, mark->x + mark->width, mark->y + mark->height);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
}

/* The look of a "no data" cell as one opaque 8×8 tile: the chart's background, tinted,
 * with a hatching line. A cell is one fill with it: filling the tint and then the hatching
 * over it blended every pixel of the cell twice, which made the salary grid, mostly such
 * cells, a third slower, and slower still on a busy host. Cells lie on the chart's
 * background, so the tile looks as the two fills did. */
static cairo_pattern_t *
create_no_data_tile (AtlasChartPalette palette)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 8, 8);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;

  atlas_chart_set_source (cr, palette, ATLAS_CHART_COLOR_BACKGROUND, 0);
  cairo_paint (cr);
  atlas_chart_set_source (cr, palette, ATLAS_CHART_COLOR_NO_DATA, 0);
  cairo_paint (cr);
  atlas_chart_set_source (cr, palette, ATLAS_CHART_COLOR_GRID, 0);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, -1, 9);
  cairo_line_to (cr, 9, -1);
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return pattern;
}

static void
paint_cell (cairo_t          *cr,
            AtlasChartMark   *mark,
            AtlasChartPalette palette,
            cairo_pattern_t **no_data_tile)
{
  /* A table's cells, on whole units: their edges are sharp, and cairo fills a rectangle on
   * whole pixels without working out the coverage of its edges. The gaps between them stay
   * as they were; a cell may come out a pixel wider or narrower than the next. */
  double left = round (mark->x), top = round (mark->y);

  cairo_rectangle (cr, left, top, round (mark->x + mark->width) - left, round (mark->y + mark->height) - top);
  if (mark->intensity >= 0)
    {
      atlas_chart_set_source (cr, palette, ATLAS_CHART_COLOR_HEAT, mark->intensity);
      cairo_fill (cr);
      return;
    }

  /* "No data" is hatched, never a colour that could be read as a low value. One tile, made
   * once a paint, fills every such cell. */
  if (*no_data_tile == NULL)
    *no_data_tile = create_no_data_tile (palette);
  cairo_set_source (cr, *no_data_tile);
  cairo_fill (cr);
}

/* A rectangle with corners rounded to @radius, as a closed sub-path. */
static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
paint_mark (cairo_t          *cr,
            AtlasChartMark   *mark,
            AtlasChartPalette palette,
            cairo_pattern_t **no_data_tile)
{
  double r = MIN (mark->width, mark->height) / 2;

  switch (mark->kind)
    {
    case ATLAS_MARK_BAR:
      paint_bar (cr, mark, palette);
      break;

    case ATLAS_MARK_CELL:
      paint_cell (cr, mark, palette, no_data_tile);
      break;

    case ATLAS_MARK_SWATCH:
      /* A legend key: a series swatch, or (without a series) the shape of a statistic. */
      if (mark->series >= 0)
        {
          paint_bar (cr, mark, palette);
          break;
        }
      G_GNUC_FALLTHROUGH;

    case ATLAS_MARK_POINT:
      paint_point_shape (cr, mark->shape, mark->x + mark->width / 2, mark->y + mark->height / 2, r);
      if (mark->series >= 0)
        atlas_chart_set_source (cr, palette, ATLAS_CHART_COLOR_SERIES, mark->series);
      else if (mark->intensity < 0)
        atlas_chart_set_source (cr, palette, ATLAS_CHART_COLOR_GRID, 0);
      else
        atlas_chart_set_source (cr, palette, ATLAS_CHART_COLOR_MUTED, 0);
      cairo_fill_preserve (cr);
      atlas_chart_set_source (cr, palette, mark->intensity < 0 ? ATLAS_CHART_COLOR_GRID
                                                              : ATLAS_CHART_COLOR_FOREGROUND, 0);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      break;

    case ATLAS_MARK_CIRCLE:
      {
        AtlasChartRgba color = atlas_chart_palette_color (palette, ATLAS_CHART_COLOR_SERIES, MAX (mark->series, 0));

        /* A coarser flattening tolerance: a quarter pixel is invisible on an arc, and it
         * halves the segments cairo strokes and fills on circles this large. */
        cairo_save (cr);
        cairo_set_tolerance (cr, 0.25);
        cairo_new_sub_path (cr);
        cairo_arc (cr, mark->x + mark->width / 2, mark->y + mark->height / 2, r, 0, 2 * G_PI);
        if (mark->dashed_outline)
          {
            /* A set with no members: its circle only marks where its name goes, and an
             * area would read as skills it does not have. */
            static const double dashes[] = { 4, 3 };

            cairo_set_source_rgba (cr, color.red, color.green, color.blue, 1);
            cairo_set_line_width (cr, 1.5);
            cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
            cairo_stroke (cr);
            cairo_restore (cr);
            break;
          }
        /* A translucent solid fill, so that overlaps read as overlaps. Patterned fills and
         * dashed outlines of areas this large cost milliseconds a frame; in greyscale the
         * sets stay apart by the direct labels the chart puts on each circle. */
        cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.22);
        /* The outline covers the fill's edge, so the fill needs no antialiasing, which
         * is most of its cost at this size. */
        cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
        cairo_fill (cr);
        /* The outline takes the coarser antialiasing of the lines: 44.5 dB PSNR on the
         * Venn of 3, and a thirteenth of its frame. */
        cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
        cairo_new_path (cr);
        /* The outline as a filled ring: cheaper than stroking an arc this long. */
        cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
        cairo_arc (cr, mark->x + mark->width / 2, mark->y + mark->height / 2, r + 1.5, 0, 2 * G_PI);
        cairo_new_sub_path (cr);
        cairo_arc (cr, mark->x + mark->width / 2, mark->y + mark->height / 2, MAX (r - 1.5, 0), 0, 2 * G_PI);
        cairo_set_source_rgba (cr, color.red, color.green, color.blue, 1);
        cairo_fill (cr);
        cairo_restore (cr);
      }
      break;

    case ATLAS_MARK_HOTSPOT:
      break;

    case ATLAS_MARK_NODE:
      {
        double radius = MIN (6, mark->height / 3);
        double alpha = mark->dimmed ? 0.3 : 1.0;
        AtlasChartRgba fill = mark->series >= 0
                                ? atlas_chart_palette_color (palette, ATLAS_CHART_COLOR_SERIES, mark->series)
                                : atlas_chart_palette_color (palette, ATLAS_CHART_COLOR_BACKGROUND, 0);
        AtlasChartRgba edge = atlas_chart_palette_color (palette, ATLAS_CHART_COLOR_FOREGROUND, 0);

        rounded_rectangle (cr, mark->x, mark->y, mark->width, mark->height, radius);
        /* Chosen roles are filled with their series colour, lightened so text stays legible.
         * The outline covers the fill's edge, so the fill needs no antialiasing, and the
         * outline takes the coarser antialiasing of the diagram's lines: the two were a
         * fifth of the diagram's paint, and the difference does not show. */
        cairo_set_source_rgba (cr, fill.red, fill.green, fill.blue, (mark->series >= 0 ? 0.35 : 1.0) * alpha);
        cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
        cairo_fill_preserve (cr);
        cairo_set_source_rgba (cr, edge.red, edge.green, edge.blue, (mark->series >= 0 ? 1.0 : 0.6) * alpha);
        cairo_set_line_width (cr, mark->series >= 0 ? 2 : 1);
        cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
        cairo_stroke (cr);
        cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
paint_text (cairo_t          *cr,
            AtlasChartText   *text,
            const AtlasChartCanvas *canvas,
            PangoContext     *context)
{
  g_autoptr(PangoLayout) layout = atlas_chart_create_text_layout (context, text->style,
                                                                  canvas->font_scale * text->scale,
                                                                  text->text, text->width);

  /* The layout may be shared through the text cache: alignment is set at each use. */
  pango_layout_set_alignment (layout, text->alignment);
  if (text->backdrop)
    {
      double pad = 2 * canvas->font_scale * text->scale;

      atlas_chart_set_source (cr, canvas->palette, ATLAS_CHART_COLOR_BACKGROUND, 0);
      cairo_rectangle (cr, text->x - pad, text->y, text->width + 2 * pad, text->height);
      cairo_fill (cr);
    }
  {
    AtlasChartRgba color = atlas_chart_palette_color (canvas->palette, text->color, 0);
    cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * (text->dimmed ? 0.35 : 1.0));
  }
  cairo_move_to (cr, text->x, text->y);
  pango_cairo_show_layout (cr, layout);
}

/* Whether @b may go in one stroke with @a: drawn alike, and both curves. Straight lines
 * (a chart's grid and whiskers) are each a stroke of their own: cairo fills a straight
 * line along the axes as a box, and boxes that cross in one stroke must first be merged,
 * which made the salary charts a fifth slower. */
static gboolean
same_line_style (const AtlasChartLine *a,
                 const AtlasChartLine *b)
{
  return a->curve && b->curve && a->color == b->color && a->dimmed == b->dimmed &&
         a->line_width == b->line_width && a->dashed == b->dashed;
}

static void
add_arrowhead (cairo_t              *cr,
               const AtlasChartLine *line)
{
  /* Along the curve's last tangent. */
  double from_x = line->curve ? line->cx2 : line->x1, from_y = line->curve ? line->cy2 : line->y1;
  double angle = atan2 (line->y2 - from_y, line->x2 - from_x);
  double size = 4 + 2 * line->line_width;

  cairo_move_to (cr, line->x2, line->y2);
  cairo_line_to (cr, line->x2 - size * cos (angle - 0.45), line->y2 - size * sin (angle - 0.45));
  cairo_line_to (cr, line->x2 - size * cos (angle + 0.45), line->y2 - size * sin (angle + 0.45));
  cairo_close_path (cr);
}

/* Paints the lines from @first on that are drawn alike, as one stroke, and their arrowheads,
 * as one fill; returns the index after them. The career diagram has dozens of lines in a
 * few styles, and every cairo_stroke() has a cost of its own. (A dash pattern starts again
 * at each sub-path, so every dashed line still starts with a dash.) */
static guint
paint_line_run (cairo_t           *cr,
                AtlasChartLayout  *layout,
                guint              first,
                AtlasChartPalette  palette)
{
  static const double dashes[] = { 5, 4 };
  AtlasChartLine *head = atlas_chart_layout_get_line (layout, first);
  AtlasChartRgba color = atlas_chart_palette_color (palette, head->color, 0);
  guint n = atlas_chart_layout_get_n_lines (layout);
  guint end = first;

  do
    end++;
  while (end < n && same_line_style (atlas_chart_layout_get_line (layout, end), head));

  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * (head->dimmed ? 0.25 : 1.0));
  cairo_set_line_width (cr, head->line_width);
  cairo_set_dash (cr, dashes, head->dashed ? 2 : 0, 0);
  for (guint i = first; i < end; i++)
    {
      AtlasChartLine *line = atlas_chart_layout_get_line (layout, i);

      cairo_move_to (cr, line->x1, line->y1);
      if (line->curve)
        cairo_curve_to (cr, line->cx1, line->cy1, line->cx2, line->cy2, line->x2, line->y2);
      else
        cairo_line_to (cr, line->x2, line->y2);
    }
  cairo_stroke (cr);

  for (guint i = first; i < end; i++)
    {
      AtlasChartLine *line = atlas_chart_layout_get_line (layout, i);

      if (line->arrow)
        add_arrowhead (cr, line);
    }
  cairo_fill (cr);
  return end;
}

void
atlas_chart_paint_layout (cairo_t                *cr,
                          AtlasChartLayout       *layout,
                          const AtlasChartCanvas *canvas,
                          PangoContext           *context,
                          int                     highlight)
{
  cairo_pattern_t *no_data_tile = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);

  cairo_save (cr);
  atlas_chart_set_source (cr, canvas->palette, ATLAS_CHART_COLOR_BACKGROUND, 0);
  cairo_rectangle (cr, 0, 0, atlas_chart_layout_get_width (layout), atlas_chart_layout_get_height (layout));
  cairo_fill (cr);

  /* Curves are flattened to within a quarter pixel rather than a tenth: it looks the same
   * and strokes the career diagram's many curved moves in less time. Vector output keeps
   * the curves as they are. Lines are antialiased with fewer coverage levels, too: the
   * difference does not show (42.9 dB PSNR on the career diagram), and its strokes, half
   * of that diagram's paint, take about 40 % less time. */
  cairo_set_tolerance (cr, 0.25);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  for (guint first = 0; first < atlas_chart_layout_get_n_lines (layout);)
    first = paint_line_run (cr, layout, first, canvas->palette);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);

  for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
    paint_mark (cr, atlas_chart_layout_get_mark (layout, i), canvas->palette, &no_data_tile);
  g_clear_pointer (&no_data_tile, cairo_pattern_destroy);

  for (guint i = 0; i < atlas_chart_layout_get_n_marks (layout); i++)
    {
      AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, i);

      if (!mark->selected)
        continue;
      atlas_chart_set_source (cr, canvas->palette, ATLAS_CHART_COLOR_HIGHLIGHT, 0);
      cairo_set_line_width (cr, 2.5);
      cairo_rectangle (cr, mark->x - 1.5, mark->y - 1.5, mark->width + 3, mark->height + 3);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < atlas_chart_layout_get_n_texts (layout); i++)
    paint_text (cr, atlas_chart_layout_get_text (layout, i), canvas, context);

  if (highlight >= 0 && (guint) highlight < atlas_chart_layout_get_n_marks (layout))
    {
      AtlasChartMark *mark = atlas_chart_layout_get_mark (layout, highlight);

      atlas_chart_set_source (cr, canvas->palette, ATLAS_CHART_COLOR_HIGHLIGHT, 0);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, mark->x - 2, mark->y - 2, mark->width + 4, mark->height + 4);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}
