/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-charts"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-chart-frame.h"
#include "atlas-compare-chart.h"
#include "atlas-comparison.h"
#include "atlas-format.h"

/* The comparison as a drawn table: one column a role, one row a dimension, every entry
 * with its source's short name. When the table is taller than the canvas, the type is
 * scaled down until it fits. */
struct _AtlasCompareChart
{
  AtlasChart parent_instance;

  AtlasDataset *dataset;
  AtlasComparison *comparison;
};

G_DEFINE_FINAL_TYPE (AtlasCompareChart, atlas_compare_chart, ATLAS_TYPE_CHART)

static void
atlas_compare_chart_finalize (GObject *object)
{
  AtlasCompareChart *self = (AtlasCompareChart *) object;

  g_clear_object (&self->comparison);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (atlas_compare_chart_parent_class)->finalize (object);
}

static char *
cell_text (AtlasCompareChart *self,
           guint              row,
           guint              column)
{
  guint n = atlas_comparison_get_n_entries (self->comparison, row, column);
  GString *text = g_string_new (NULL);

  if (n == 0)
    g_string_append (text, _("Not covered by the sources"));
  for (guint i = 0; i < n; i++)
    {
      AtlasSource *source = atlas_dataset_lookup_source (self->dataset,
                                                         atlas_comparison_get_entry_source_id (self->comparison, row, column, i));
      g_string_append_printf (text, "%s%s [%s]", i > 0 ? "\n" : "",
                              atlas_comparison_get_entry_text (self->comparison, row, column, i),
                              atlas_format_source_short (source));
    }
  return g_string_free (text, FALSE);
}

/* Lays the table out at @scale; returns its height. */
static double
add_table (AtlasCompareChart      *self,
           AtlasChartLayout       *layout,
           PangoContext           *context,
           const AtlasChartCanvas *canvas,
           double                  scale,
           double                  top,
           gboolean                measure_only)
{
  guint n_roles = atlas_comparison_get_n_roles (self->comparison);
  double fs = canvas->font_scale * scale, pad = ATLAS_CHART_PADDING * canvas->font_scale;
  double label_w = MIN (160 * fs, canvas->width * 0.22), gap = 12 * fs;
  double column_w = (canvas->width - 2 * pad - label_w - gap * n_roles) / MAX (n_roles, 1);
  double y = top;

  for (int row = -1; row < (int) atlas_comparison_get_n_rows (self->comparison); row++)
    {
      double row_h = 0, w, h;
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      for (guint c = 0; c < n_roles; c++)
        {
          char *text = row < 0
                         ? g_strdup (atlas_dataset_get_role_name (self->dataset, atlas_comparison_get_role_id (self->comparison, c)))
                         : cell_text (self, row, c);
          atlas_chart_measure_text (context, row < 0 ? ATLAS_TEXT_HEADING : ATLAS_TEXT_CAPTION, fs, text, column_w, &w, &h);
          row_h = MAX (row_h, h);
          g_ptr_array_add (cells, text);
        }
      if (row >= 0)
        {
          atlas_chart_measure_text (context, ATLAS_TEXT_HEADING, fs, atlas_comparison_get_row_label (self->comparison, row),
                                    label_w, &w, &h);
          row_h = MAX (row_h, h);
        }

      if (!measure_only)
        {
          AtlasChartText *text;

          if (row >= 0)
            {
              text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_HEADING, atlas_comparison_get_row_label (self->comparison, row),
                                                  pad, y, label_w, row_h);
              text->scale = scale;
            }
          for (guint c = 0; c < n_roles; c++)
            {
              text = atlas_chart_layout_add_text (layout, row < 0 ? ATLAS_TEXT_HEADING : ATLAS_TEXT_CAPTION,
                                                  g_ptr_array_index (cells, c), pad + label_w + gap + c * (column_w + gap), y,
                                                  column_w, row_h);
              text->scale = scale;
              text->color = ATLAS_CHART_COLOR_FOREGROUND;
            }
          atlas_chart_layout_add_line (layout, pad, y + row_h + gap / 2, canvas->width - pad, y + row_h + gap / 2,
                                       ATLAS_CHART_COLOR_GRID);
        }
      y += row_h + gap;
    }
  return y - top;
}

static AtlasChartLayout *
atlas_compare_chart_build_layout (AtlasChart             *chart,
                                  const AtlasChartCanvas *canvas,
                                  PangoContext           *context)
{
  AtlasCompareChart *self = ATLAS_COMPARE_CHART (chart);
  AtlasChartLayout *layout = atlas_chart_layout_new (canvas->width, canvas->height);
  double top, bottom, scale = 1.0;
  GString *names = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  for (guint c = 0; c < atlas_comparison_get_n_roles (self->comparison); c++)
    g_string_append_printf (names, "%s%s", c > 0 ? ", " : "",
                            atlas_dataset_get_role_name (self->dataset, atlas_comparison_get_role_id (self->comparison, c)));
  title = g_strdup_printf (_("Side by side: %s"), names->str);
  g_string_free (names, TRUE);

  top = atlas_chart_frame_add_header (layout, context, canvas, title,
                                      _("What each source says, with the source in brackets; an empty cell is one no source covers."));
  bottom = atlas_chart_frame_add_footer (layout, context, canvas,
                                         _("Sources: the documents named in brackets; see the list of sources for titles and dates."));

  /* Shrink the type until the table fits the page. */
  while (scale > 0.3 && add_table (self, layout, context, canvas, scale, top, TRUE) > bottom - top)
    scale *= 0.9;
  add_table (self, layout, context, canvas, scale, top, FALSE);
  atlas_chart_layout_set_plot_area (layout, ATLAS_CHART_PADDING, top, canvas->width - 2 * ATLAS_CHART_PADDING, bottom - top);

  description = atlas_comparison_to_string (self->comparison, ATLAS_COMPARISON_TEXT);
  atlas_chart_layout_set_description (layout, description);
  return layout;
}

static void
atlas_compare_chart_class_init (AtlasCompareChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_compare_chart_finalize;
  ATLAS_CHART_CLASS (klass)->build_layout = atlas_compare_chart_build_layout;
}

static void
atlas_compare_chart_init (AtlasCompareChart *self)
{
}

AtlasCompareChart *
atlas_compare_chart_new (AtlasDataset       *dataset,
                         const char * const *role_ids)
{
  AtlasCompareChart *self;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (role_ids != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_COMPARE_CHART, NULL);
  self->dataset = g_object_ref (dataset);
  self->comparison = atlas_comparison_new (dataset, role_ids);
  return self;
}
