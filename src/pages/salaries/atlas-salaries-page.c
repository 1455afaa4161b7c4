/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-salaries"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-chart-table.h"
#include "atlas-chart-view.h"
#include "atlas-wrap-box.h"
#include "atlas-format.h"
#include "atlas-iso-codes.h"
#include "atlas-salaries-page.h"
#include "atlas-source-button.h"

/* The Salaries tab: the salary chart in one of its three modes with the options that
 * mode takes, its table twin, and a side panel where a clicked figure stays pinned with
 * its full source record. */
struct _AtlasSalariesPage
{
  AdwBin parent_instance;

  /* Data or roles changed while the page was out of view: it reloads when next shown, so
   * a change costs only the tab in view. */
  gboolean reload_pending;

  AtlasDataset *dataset;
  AtlasSelection *selection;
  AtlasSalaryChart *chart;
  GStrv country_codes;

  GtkToggleButton *by_level_button;
  GtkToggleButton *by_country_button;
  GtkToggleButton *grid_button;
  GtkDropDown *country_dropdown;
  GtkDropDown *level_dropdown;
  GtkDropDown *role_dropdown;
  GtkToggleButton *log_toggle;
  GtkToggleButton *month_toggle;
  GtkToggleButton *table_toggle;
  GtkSpinButton *min_records_spin;
  GtkCheckButton *too_few_check;
  GSettings *settings;
  GtkButton *copy_button;
  GtkStack *view_stack;
  AtlasChartView *chart_view;
  AtlasChartTable *chart_table;
  /* The table twin is rebuilt only while it is shown: it is a second layout of the chart
   * and a column view's worth of cells. */
  gboolean table_stale;
  GtkRevealer *pin_revealer;
  GtkLabel *pin_label;
  AdwBin *pin_source;
};

G_DEFINE_FINAL_TYPE (AtlasSalariesPage, atlas_salaries_page, ADW_TYPE_BIN)

static void flush_pending_reload (AtlasSalariesPage *self);

/* The levels of the by-country chart, in the order the chooser lists them. */
static const AtlasLevel level_choices[] = {
  ATLAS_LEVEL_ALL, ATLAS_LEVEL_ENTRY, ATLAS_LEVEL_MID, ATLAS_LEVEL_SENIOR, ATLAS_LEVEL_STAFF,
  ATLAS_LEVEL_LEAD, ATLAS_LEVEL_EXECUTIVE,
};

static void
update_table_now (AtlasSalariesPage *self)
{
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);

  self->table_stale = FALSE;
  /* The table's rows do not depend on the canvas size. */
  if (atlas_chart_view_get_layout (self->chart_view) != NULL)
    atlas_chart_table_set_layout (self->chart_table, atlas_chart_view_get_layout (self->chart_view));
  else
    atlas_chart_table_set_layout (self->chart_table, atlas_chart_get_layout (ATLAS_CHART (self->chart), &canvas));
}

static void
update_table (AtlasSalariesPage *self)
{
  self->table_stale = !gtk_widget_get_mapped (GTK_WIDGET (self->chart_table));
  if (!self->table_stale)
    update_table_now (self);
}

static void
update_stale_table (AtlasSalariesPage *self)
{
  if (self->table_stale)
    update_table_now (self);
}

static void
update_controls (AtlasSalariesPage *self)
{
  AtlasSalaryChartMode mode = atlas_salary_chart_get_mode (self->chart);
  gboolean table = gtk_toggle_button_get_active (self->table_toggle);

  gtk_widget_set_visible (GTK_WIDGET (self->country_dropdown), mode == ATLAS_SALARY_BY_LEVEL);
  gtk_widget_set_visible (GTK_WIDGET (self->level_dropdown), mode == ATLAS_SALARY_BY_COUNTRY);
  gtk_widget_set_visible (GTK_WIDGET (self->log_toggle), mode == ATLAS_SALARY_BY_COUNTRY);
  gtk_widget_set_visible (GTK_WIDGET (self->role_dropdown), mode == ATLAS_SALARY_GRID);
  gtk_widget_set_visible (GTK_WIDGET (self->copy_button), table);
  gtk_stack_set_visible_child_name (self->view_stack, table ? "table" : "chart");
}

static void
on_chart_changed (AtlasSalariesPage *self)
{
  gtk_revealer_set_reveal_child (self->pin_revealer, FALSE);
  update_table (self);
}

static void
on_mode_toggled (AtlasSalariesPage *self)
{
  AtlasSalaryChartMode mode = ATLAS_SALARY_BY_LEVEL;

  if (gtk_toggle_button_get_active (self->by_country_button))
    mode = ATLAS_SALARY_BY_COUNTRY;
  else if (gtk_toggle_button_get_active (self->grid_button))
    mode = ATLAS_SALARY_GRID;
  atlas_salary_chart_set_mode (self->chart, mode);
  update_controls (self);
}

static void
on_country_selected (AtlasSalariesPage *self)
{
  guint position = gtk_drop_down_get_selected (self->country_dropdown);

  if (self->country_codes != NULL && position < g_strv_length (self->country_codes))
    atlas_salary_chart_set_country (self->chart, self->country_codes[position]);
}

static void
on_level_selected (AtlasSalariesPage *self)
{
  guint position = gtk_drop_down_get_selected (self->level_dropdown);

  if (position < G_N_ELEMENTS (level_choices))
    atlas_salary_chart_set_level (self->chart, level_choices[position]);
}

static void
on_role_selected (AtlasSalariesPage *self)
{
  guint position = gtk_drop_down_get_selected (self->role_dropdown);

  if (position != GTK_INVALID_LIST_POSITION)
    atlas_salary_chart_set_grid_role (self->chart, position);
}

static void
on_options_toggled (AtlasSalariesPage *self)
{
  atlas_salary_chart_set_log_scale (self->chart, gtk_toggle_button_get_active (self->log_toggle));
  atlas_salary_chart_set_per_month (self->chart, gtk_toggle_button_get_active (self->month_toggle));
  update_controls (self);
  if (gtk_toggle_button_get_active (self->table_toggle))
    update_table (self);
}

static void
on_samples_changed (AtlasSalariesPage *self)
{
  atlas_salary_chart_set_min_records (self->chart, (guint) gtk_spin_button_get_value_as_int (self->min_records_spin),
                                      gtk_check_button_get_active (self->too_few_check));
}

static void
on_copy_clicked (AtlasSalariesPage *self)
{
  g_autofree char *text = NULL;

  update_stale_table (self);
  text = atlas_chart_table_to_text (self->chart_table);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
on_pin_closed (AtlasSalariesPage *self)
{
  gtk_revealer_set_reveal_child (self->pin_revealer, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->chart_view));
}

void
atlas_salaries_page_pin_mark (AtlasSalariesPage *self,
                              int                mark)
{
  AtlasChartLayout *layout = atlas_chart_view_get_layout (self->chart_view);
  AtlasSalaryFigure *figure;
  AtlasSource *source;
  g_autofree char *text = NULL;

  g_return_if_fail (ATLAS_IS_SALARIES_PAGE (self));

  flush_pending_reload (self);

  if (layout == NULL)
    return;
  figure = atlas_salary_chart_get_mark_figure (self->chart, layout, mark);
  if (figure == NULL)
    return;

  source = atlas_dataset_lookup_source (self->dataset, atlas_salary_figure_get_source_id (figure));
  {
    /* The tooltip already names the source; the panel adds what the tooltip leaves out. */
    const char *note = atlas_source_get_note (source);
    const char *url = atlas_source_get_url (source);

    text = g_strdup_printf ("%s%s%s%s%s", atlas_chart_layout_get_mark (layout, mark)->tooltip,
                            note != NULL ? "\n\n" : "", note != NULL ? note : "",
                            url != NULL ? "\n" : "", url != NULL ? url : "");
  }
  gtk_label_set_label (self->pin_label, text);
  adw_bin_set_child (self->pin_source, atlas_source_button_new (source, atlas_salary_figure_get_cites (figure)));
  gtk_revealer_set_reveal_child (self->pin_revealer, TRUE);
}

const char *
atlas_salaries_page_get_pinned_text (AtlasSalariesPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARIES_PAGE (self), NULL);

  flush_pending_reload (self);

  if (!gtk_revealer_get_reveal_child (self->pin_revealer))
    return NULL;
  return gtk_label_get_label (self->pin_label);
}

static void
on_activate_item (AtlasSalariesPage *self,
                  int                mark)
{
  atlas_salaries_page_pin_mark (self, mark);
}

static void
fill_country_dropdown (AtlasSalariesPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  g_clear_pointer (&self->country_codes, g_strfreev);
  self->country_codes = atlas_salary_chart_list_countries (self->chart);
  for (guint i = 0; self->country_codes[i] != NULL; i++)
    {
      const char *code = self->country_codes[i];

      gtk_string_list_append (names, *code ? atlas_country_get_name (code) : _("Country not stated"));
      /* The US is where most document figures are, so it is the default. */
      if (g_str_equal (code, "US"))
        selected = i;
    }
  g_signal_handlers_block_by_func (self->country_dropdown, on_country_selected, self);
  gtk_drop_down_set_model (self->country_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->country_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->country_dropdown, on_country_selected, self);
  on_country_selected (self);
}

static void
fill_role_dropdown (AtlasSalariesPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char * const *role_ids = atlas_selection_get_role_ids (self->selection);

  for (guint i = 0; role_ids[i] != NULL; i++)
    gtk_string_list_append (names, atlas_dataset_get_role_name (self->dataset, role_ids[i]));
  g_signal_handlers_block_by_func (self->role_dropdown, on_role_selected, self);
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->role_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->role_dropdown, on_role_selected, self);
  on_role_selected (self);
}

static void
reload_now (AtlasSalariesPage *self)
{
  const char * const *role_ids;

  self->reload_pending = FALSE;
  if (self->dataset == NULL || self->selection == NULL)
    return;
  if (!atlas_selection_fits_dataset (self->selection, self->dataset))
    return;
  role_ids = atlas_selection_get_role_ids (self->selection);

  atlas_salary_chart_set_dataset (self->chart, self->dataset, role_ids);
  fill_country_dropdown (self);
  fill_role_dropdown (self);
}

/* Out of view, the work waits until the page is shown (or asked for its chart). */
static void
reload (AtlasSalariesPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload_now (self);
  else
    self->reload_pending = TRUE;
}

static void
flush_pending_reload (AtlasSalariesPage *self)
{
  if (self->reload_pending)
    reload_now (self);
}

static void
atlas_salaries_page_map (GtkWidget *widget)
{
  AtlasSalariesPage *self = ATLAS_SALARIES_PAGE (widget);

  GTK_WIDGET_CLASS (atlas_salaries_page_parent_class)->map (widget);
  flush_pending_reload (self);
}

static void
atlas_salaries_page_dispose (GObject *object)
{
  AtlasSalariesPage *self = (AtlasSalariesPage *) object;

  if (self->chart != NULL)
    g_signal_handlers_disconnect_by_data (self->chart, self);
  g_clear_object (&self->chart);
  g_clear_object (&self->settings);
  g_clear_object (&self->dataset);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->country_codes, g_strfreev);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_SALARIES_PAGE);

  G_OBJECT_CLASS (atlas_salaries_page_parent_class)->dispose (object);
}

static void
atlas_salaries_page_class_init (AtlasSalariesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_salaries_page_dispose;
  widget_class->map = atlas_salaries_page_map;

  g_type_ensure (ATLAS_TYPE_CHART_VIEW);
  g_type_ensure (ATLAS_TYPE_CHART_TABLE);
  g_type_ensure (ATLAS_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/atlas-salaries-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, by_level_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, by_country_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, grid_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, country_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, log_toggle);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, month_toggle);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, table_toggle);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, copy_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, min_records_spin);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, too_few_check);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, chart_table);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, pin_revealer);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, pin_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSalariesPage, pin_source);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_country_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_level_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_role_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_options_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_copy_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_samples_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_pin_closed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_item);
}

static void
atlas_salaries_page_init (AtlasSalariesPage *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->chart_table, "map", G_CALLBACK (update_stale_table), self);

  self->chart = g_object_new (ATLAS_TYPE_SALARY_CHART, NULL);
  g_signal_connect_object (self->chart, "changed", G_CALLBACK (on_chart_changed), self, G_CONNECT_SWAPPED);
  atlas_chart_view_set_chart (self->chart_view, ATLAS_CHART (self->chart));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "min-records", gtk_spin_button_get_adjustment (self->min_records_spin),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-too-few", self->too_few_check, "active", G_SETTINGS_BIND_DEFAULT);
  on_samples_changed (self);

  for (guint i = 0; i < G_N_ELEMENTS (level_choices); i++)
    gtk_string_list_append (levels, atlas_level_get_label (level_choices[i]));
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (levels));
  update_controls (self);
}

void
atlas_salaries_page_set_dataset (AtlasSalariesPage *self,
                                 AtlasDataset      *dataset)
{
  g_return_if_fail (ATLAS_IS_SALARIES_PAGE (self));
  g_return_if_fail (ATLAS_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;
  reload (self);
}

void
atlas_salaries_page_set_selection (AtlasSalariesPage *self,
                                   AtlasSelection    *selection)
{
  g_return_if_fail (ATLAS_IS_SALARIES_PAGE (self));
  g_return_if_fail (ATLAS_IS_SELECTION (selection));

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  g_signal_connect_object (selection, "notify::role-ids", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
}

AtlasSalaryChart *
atlas_salaries_page_get_chart (AtlasSalariesPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARIES_PAGE (self), NULL);

  flush_pending_reload (self);

  return self->chart;
}

GtkWidget *
atlas_salaries_page_get_view (AtlasSalariesPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARIES_PAGE (self), NULL);

  return GTK_WIDGET (self->chart_view);
}

void
atlas_salaries_page_set_mode (AtlasSalariesPage   *self,
                              AtlasSalaryChartMode mode)
{
  g_return_if_fail (ATLAS_IS_SALARIES_PAGE (self));

  gtk_toggle_button_set_active (mode == ATLAS_SALARY_BY_LEVEL ? self->by_level_button
                                : mode == ATLAS_SALARY_BY_COUNTRY ? self->by_country_button
                                                                  : self->grid_button, TRUE);
}

void
atlas_salaries_page_set_font_scale (AtlasSalariesPage *self,
                                    double             font_scale)
{
  g_return_if_fail (ATLAS_IS_SALARIES_PAGE (self));

  atlas_chart_view_set_font_scale (self->chart_view, font_scale);
}
