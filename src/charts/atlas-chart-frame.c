/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-charts"

#include "config.h"

#include "atlas-chart-frame.h"

static double
padding (const AtlasChartCanvas *canvas)
{
  return ATLAS_CHART_PADDING * canvas->font_scale;
}

static double
add_wrapped_text (AtlasChartLayout       *layout,
                  PangoContext           *context,
                  const AtlasChartCanvas *canvas,
                  AtlasTextStyle          style,
                  const char             *text,
                  double                  top)
{
  double width = canvas->width - 2 * padding (canvas);
  double text_width, text_height;

  atlas_chart_measure_text (context, style, canvas->font_scale, text, width, &text_width, &text_height);
  atlas_chart_layout_add_text (layout, style, text, padding (canvas), top, width, text_height);
  return top + text_height;
}

double
atlas_chart_frame_add_header (AtlasChartLayout       *layout,
                              PangoContext           *context,
                              const AtlasChartCanvas *canvas,
                              const char             *title,
                              const char             *subtitle)
{
  double y = padding (canvas);

  y = add_wrapped_text (layout, context, canvas, ATLAS_TEXT_TITLE, title, y);
  if (subtitle != NULL)
    y = add_wrapped_text (layout, context, canvas, ATLAS_TEXT_SUBTITLE, subtitle, y + 2) ;
  return y + padding (canvas) / 2;
}

/* Entries flow left to right and wrap onto more lines when the canvas is narrow. */
double
atlas_chart_frame_add_legend (AtlasChartLayout       *layout,
                              PangoContext           *context,
                              const AtlasChartCanvas *canvas,
                              const AtlasLegendEntry *entries,
                              guint                   n_entries,
                              double                  top)
{
  double fs = canvas->font_scale;
  double left = padding (canvas), right = canvas->width - padding (canvas);
  double swatch = 12 * fs, gap = 6 * fs, spacing = 16 * fs;
  double x = left, y = top, line_height = 0;

  for (guint i = 0; i < n_entries; i++)
    {
      double text_width, text_height, entry_width;
      AtlasChartMark *mark;

      atlas_chart_measure_text (context, ATLAS_TEXT_CAPTION, fs, entries[i].label, -1,
                                &text_width, &text_height);
      text_width = MIN (text_width, right - left - swatch - gap);
      entry_width = swatch + gap + text_width;
      if (x > left && x + entry_width > right)
        {
          x = left;
          y += line_height + gap;
          line_height = 0;
        }
      line_height = MAX (line_height, MAX (text_height, swatch));

      mark = atlas_chart_layout_add_mark (layout, ATLAS_MARK_SWATCH, x, y + (text_height - swatch) / 2,
                                          swatch, swatch);
      mark->series = entries[i].series;
      mark->shape = entries[i].shape;
      mark->dashed_outline = entries[i].dashed_outline;
      atlas_chart_layout_add_text (layout, ATLAS_TEXT_CAPTION, entries[i].label, x + swatch + gap, y,
                                   text_width, text_height);
      x += entry_width + spacing;
    }
  return n_entries > 0 ? y + line_height + padding (canvas) / 2 : top;
}

double
atlas_chart_frame_add_footer (AtlasChartLayout       *layout,
                              PangoContext           *context,
                              const AtlasChartCanvas *canvas,
                              const char             *footer)
{
  double width = canvas->width - 2 * padding (canvas);
  double text_width, text_height, top;

  atlas_chart_measure_text (context, ATLAS_TEXT_CAPTION, canvas->font_scale, footer, width,
                            &text_width, &text_height);
  top = canvas->height - padding (canvas) / 2 - text_height;
  atlas_chart_layout_add_text (layout, ATLAS_TEXT_CAPTION, footer, padding (canvas), top, width, text_height);
  return top - padding (canvas) / 2;
}

void
atlas_chart_frame_add_message (AtlasChartLayout       *layout,
                               PangoContext           *context,
                               const AtlasChartCanvas *canvas,
                               const char             *message,
                               double                  top,
                               double                  bottom)
{
  double width = canvas->width - 4 * padding (canvas);
  double text_width, text_height;
  AtlasChartText *text;

  atlas_chart_measure_text (context, ATLAS_TEXT_HEADING, canvas->font_scale, message, width,
                            &text_width, &text_height);
  text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_HEADING, message, 2 * padding (canvas),
                                      MAX (top, (top + bottom - text_height) / 2), width, text_height);
  text->alignment = PANGO_ALIGN_CENTER;
  text->color = ATLAS_CHART_COLOR_MUTED;
}
