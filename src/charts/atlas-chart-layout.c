/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-charts"

#include "config.h"

#include <pango/pangocairo.h>

#include <math.h>

#include "atlas-chart-layout.h"

struct _AtlasChartLayout
{
  gatomicrefcount ref_count;

  double width;
  double height;
  double plot_x;
  double plot_y;
  double plot_width;
  double plot_height;

  GArray *texts;
  GArray *lines;
  GArray *marks;
  GStrv columns;
  GPtrArray *rows;
  char *description;
};

G_DEFINE_BOXED_TYPE (AtlasChartLayout, atlas_chart_layout, atlas_chart_layout_ref, atlas_chart_layout_unref)

static void
clear_text (gpointer data)
{
  g_free (((AtlasChartText *) data)->text);
}

static void
clear_mark (gpointer data)
{
  g_free (((AtlasChartMark *) data)->tooltip);
  g_free (((AtlasChartMark *) data)->key);
}

AtlasChartLayout *
atlas_chart_layout_new (double width,
                        double height)
{
  AtlasChartLayout *self = g_new0 (AtlasChartLayout, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->width = width;
  self->height = height;
  self->texts = g_array_new (FALSE, TRUE, sizeof (AtlasChartText));
  g_array_set_clear_func (self->texts, clear_text);
  self->lines = g_array_new (FALSE, TRUE, sizeof (AtlasChartLine));
  self->marks = g_array_new (FALSE, TRUE, sizeof (AtlasChartMark));
  g_array_set_clear_func (self->marks, clear_mark);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return self;
}

AtlasChartLayout *
atlas_chart_layout_ref (AtlasChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
atlas_chart_layout_unref (AtlasChartLayout *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_array_unref (self->texts);
  g_array_unref (self->lines);
  g_array_unref (self->marks);
  g_strfreev (self->columns);
  g_ptr_array_unref (self->rows);
  g_free (self->description);
  g_free (self);
}

double
atlas_chart_layout_get_width (AtlasChartLayout *self)
{
  return self->width;
}

double
atlas_chart_layout_get_height (AtlasChartLayout *self)
{
  return self->height;
}

void
atlas_chart_layout_set_plot_area (AtlasChartLayout *self,
                                  double            x,
                                  double            y,
                                  double            width,
                                  double            height)
{
  self->plot_x = x;
  self->plot_y = y;
  self->plot_width = width;
  self->plot_height = height;
}

void
atlas_chart_layout_get_plot_area (AtlasChartLayout *self,
                                  double           *x,
                                  double           *y,
                                  double           *width,
                                  double           *height)
{
  *x = self->plot_x;
  *y = self->plot_y;
  *width = self->plot_width;
  *height = self->plot_height;
}

AtlasChartText *
atlas_chart_layout_add_text (AtlasChartLayout *self,
                             AtlasTextStyle    style,
                             const char       *text,
                             double            x,
                             double            y,
                             double            width,
                             double            height)
{
  AtlasChartText item = {
    .text = g_strdup (text), .x = x, .y = y, .width = width, .height = height, .style = style,
    .color = style == ATLAS_TEXT_AXIS || style == ATLAS_TEXT_CAPTION ? ATLAS_CHART_COLOR_MUTED
                                                                     : ATLAS_CHART_COLOR_FOREGROUND,
    .alignment = PANGO_ALIGN_LEFT,
    .scale = 1.0,
  };

  g_array_append_val (self->texts, item);
  return &g_array_index (self->texts, AtlasChartText, self->texts->len - 1);
}

AtlasChartLine *
atlas_chart_layout_add_line (AtlasChartLayout *self,
                             double            x1,
                             double            y1,
                             double            x2,
                             double            y2,
                             AtlasChartColor   color)
{
  AtlasChartLine line = { .x1 = x1, .y1 = y1, .x2 = x2, .y2 = y2, .line_width = 1.0, .color = color };

  g_array_append_val (self->lines, line);
  return &g_array_index (self->lines, AtlasChartLine, self->lines->len - 1);
}

AtlasChartMark *
atlas_chart_layout_add_mark (AtlasChartLayout *self,
                             AtlasMarkKind     kind,
                             double            x,
                             double            y,
                             double            width,
                             double            height)
{
  AtlasChartMark mark = {
    .kind = kind, .x = x, .y = y, .width = width, .height = height, .series = -1,
    .intensity = 0, .row = -1,
  };

  g_array_append_val (self->marks, mark);
  return &g_array_index (self->marks, AtlasChartMark, self->marks->len - 1);
}

guint
atlas_chart_layout_get_n_texts (AtlasChartLayout *self)
{
  return self->texts->len;
}

AtlasChartText *
atlas_chart_layout_get_text (AtlasChartLayout *self,
                             guint             index)
{
  g_return_val_if_fail (index < self->texts->len, NULL);

  return &g_array_index (self->texts, AtlasChartText, index);
}

guint
atlas_chart_layout_get_n_lines (AtlasChartLayout *self)
{
  return self->lines->len;
}

AtlasChartLine *
atlas_chart_layout_get_line (AtlasChartLayout *self,
                             guint             index)
{
  g_return_val_if_fail (index < self->lines->len, NULL);

  return &g_array_index (self->lines, AtlasChartLine, index);
}

void
atlas_chart_line_point (const AtlasChartLine *line,
                        double                t,
                        double               *x,
                        double               *y)
{
  double u = 1 - t;

  g_return_if_fail (line != NULL);

  if (!line->curve)
    {
      *x = u * line->x1 + t * line->x2;
      *y = u * line->y1 + t * line->y2;
      return;
    }
  /* The cubic Bézier curve cairo_curve_to() draws. */
  *x = u * u * u * line->x1 + 3 * u * u * t * line->cx1 + 3 * u * t * t * line->cx2 + t * t * t * line->x2;
  *y = u * u * u * line->y1 + 3 * u * u * t * line->cy1 + 3 * u * t * t * line->cy2 + t * t * t * line->y2;
}

guint
atlas_chart_layout_get_n_marks (AtlasChartLayout *self)
{
  return self->marks->len;
}

AtlasChartMark *
atlas_chart_layout_get_mark (AtlasChartLayout *self,
                             guint             index)
{
  g_return_val_if_fail (index < self->marks->len, NULL);

  return &g_array_index (self->marks, AtlasChartMark, index);
}

int
atlas_chart_layout_hit_test (AtlasChartLayout *self,
                             double            x,
                             double            y)
{
  /* Later marks paint over earlier ones, so they win. */
  for (guint i = self->marks->len; i > 0; i--)
    {
      AtlasChartMark *mark = &g_array_index (self->marks, AtlasChartMark, i - 1);

      if (mark->interactive &&
          x >= mark->x && x <= mark->x + mark->width &&
          y >= mark->y && y <= mark->y + mark->height)
        return (int) i - 1;
    }
  return -1;
}

int
atlas_chart_layout_step (AtlasChartLayout *self,
                         int               from,
                         int               direction)
{
  int n = (int) self->marks->len;
  int i = from;

  g_return_val_if_fail (direction == 1 || direction == -1, -1);

  if (from < 0)
    i = direction > 0 ? -1 : n;
  for (i += direction; i >= 0 && i < n; i += direction)
    if (g_array_index (self->marks, AtlasChartMark, i).interactive)
      return i;
  return -1;
}

void
atlas_chart_layout_set_columns (AtlasChartLayout   *self,
                                const char * const *columns)
{
  g_strfreev (self->columns);
  self->columns = g_strdupv ((char **) columns);
}

const char * const *
atlas_chart_layout_get_columns (AtlasChartLayout *self)
{
  return (const char * const *) self->columns;
}

int
atlas_chart_layout_add_row (AtlasChartLayout   *self,
                            const char * const *cells)
{
  g_ptr_array_add (self->rows, g_strdupv ((char **) cells));
  return (int) self->rows->len - 1;
}

guint
atlas_chart_layout_get_n_rows (AtlasChartLayout *self)
{
  return self->rows->len;
}

const char * const *
atlas_chart_layout_get_row (AtlasChartLayout *self,
                            guint             index)
{
  g_return_val_if_fail (index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}

void
atlas_chart_layout_set_description (AtlasChartLayout *self,
                                    const char       *description)
{
  g_free (self->description);
  self->description = g_strdup (description);
}

const char *
atlas_chart_layout_get_description (AtlasChartLayout *self)
{
  return self->description;
}

PangoContext *
atlas_chart_create_pango_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 96);
  cairo_font_options_destroy (options);
  return context;
}

static void
style_font (AtlasTextStyle style,
            double        *size,
            PangoWeight   *weight)
{
  *weight = PANGO_WEIGHT_NORMAL;
  switch (style)
    {
    case ATLAS_TEXT_TITLE: *size = 17; *weight = PANGO_WEIGHT_BOLD; break;
    case ATLAS_TEXT_SUBTITLE: *size = 12; break;
    case ATLAS_TEXT_HEADING: *size = 12; *weight = PANGO_WEIGHT_BOLD; break;
    case ATLAS_TEXT_LABEL: *size = 11; break;
    case ATLAS_TEXT_AXIS: *size = 10; break;
    case ATLAS_TEXT_CAPTION: *size = 10; break;
    default: g_assert_not_reached ();
    }
}

static PangoLayout *
new_text_layout (PangoContext  *context,
                 AtlasTextStyle style,
                 double         font_scale,
                 const char    *text,
                 double         max_width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  PangoWeight weight;
  double size;

  style_font (style, &size, &weight);
  pango_font_description_set_absolute_size (font, size * font_scale * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_text (layout, text, -1);
  if (max_width > 0)
    {
      /* Rounded up: a text laid out in the width it was measured at, give or take the last
       * bit of a double, must not wrap again. */
      pango_layout_set_width (layout, (int) ceil (max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

/* Shaped text is kept per Pango context, so that a label measured while laying out is not
 * shaped again to paint it, nor on the next layout of the same chart. */
#define TEXT_CACHE_LIMIT 4096

PangoLayout *
atlas_chart_create_text_layout (PangoContext  *context,
                                AtlasTextStyle style,
                                double         font_scale,
                                const char    *text,
                                double         max_width)
{
  /* One cache for all contexts, keyed by the context too. Hung on the context itself it
   * made a cycle (each cached layout holds its context), and neither was ever freed. A
   * context lives while a cached layout holds it; the cache's size bounds them. */
  static GHashTable *cache;
  g_autofree char *key = g_strdup_printf ("%p|%d|%g|%g|%s", (void *) context, style, font_scale,
                                          max_width > 0 ? max_width : -1, text);
  PangoLayout *layout;

  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  layout = g_hash_table_lookup (cache, key);
  if (layout != NULL)
    return g_object_ref (layout);

  if (g_hash_table_size (cache) >= TEXT_CACHE_LIMIT)
    g_hash_table_remove_all (cache);
  layout = new_text_layout (context, style, font_scale, text, max_width);
  g_hash_table_insert (cache, g_steal_pointer (&key), g_object_ref (layout));
  return layout;
}

void
atlas_chart_measure_text (PangoContext  *context,
                          AtlasTextStyle style,
                          double         font_scale,
                          const char    *text,
                          double         max_width,
                          double        *width,
                          double        *height)
{
  g_autoptr(PangoLayout) layout = atlas_chart_create_text_layout (context, style, font_scale,
                                                                  text, max_width);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}
