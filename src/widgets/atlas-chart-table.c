/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "atlas-chart-table.h"

/* A chart's table twin: the same figures as rows and columns, for screen readers and for
 * copying. Columns sort as numbers when both cells are numbers, as text otherwise. */
struct _AtlasChartTable
{
  GtkWidget parent_instance;

  AtlasChartLayout *layout;
  GtkStringList *row_ids;
  GtkSortListModel *sorted;
  GtkScrolledWindow *scroller;
  GtkColumnView *view;
};

G_DEFINE_FINAL_TYPE (AtlasChartTable, atlas_chart_table, GTK_TYPE_WIDGET)

typedef struct
{
  AtlasChartTable *table;
  guint column;
} ColumnData;

static const char *
cell_text (AtlasChartTable *self,
           GObject         *item,
           guint            column)
{
  guint row = (guint) atoi (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  const char * const *cells;

  if (self->layout == NULL || row >= atlas_chart_layout_get_n_rows (self->layout))
    return "";
  cells = atlas_chart_layout_get_row (self->layout, row);
  return column < g_strv_length ((char **) cells) ? cells[column] : "";
}

static gboolean
parse_number (const char *text,
              double     *number)
{
  char *end = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  *number = g_ascii_strtod (text, &end);
  return end != NULL && *end == '\0';
}

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ColumnData *data = user_data;
  const char *x = cell_text (data->table, (GObject *) a, data->column);
  const char *y = cell_text (data->table, (GObject *) b, data->column);
  double nx, ny;

  if (parse_number (x, &nx) && parse_number (y, &ny))
    return nx < ny ? GTK_ORDERING_SMALLER : nx > ny ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
  /* Empty cells sort last, whichever the direction of the text. */
  if (*x == '\0' || *y == '\0')
    return (*x == '\0') - (*y == '\0');
  return g_utf8_collate (x, y) < 0 ? GTK_ORDERING_SMALLER : g_utf8_collate (x, y) > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  ColumnData *data = user_data;

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       cell_text (data->table, gtk_list_item_get_item (item), data->column));
}

static void
remove_columns (AtlasChartTable *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->view, column);
    }
}

static void
add_columns (AtlasChartTable *self)
{
  const char * const *titles = atlas_chart_layout_get_columns (self->layout);

  for (guint c = 0; titles != NULL && titles[c] != NULL; c++)
    {
      ColumnData *data = g_new0 (ColumnData, 1);
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      GtkSorter *sorter;

      data->table = self;
      data->column = c;
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
      g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cell), data, NULL, 0);
      column = gtk_column_view_column_new (titles[c], factory);
      /* The sorter owns the column data. */
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cells, data, g_free));
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->view, column);
    }
}

static void
atlas_chart_table_dispose (GObject *object)
{
  AtlasChartTable *self = (AtlasChartTable *) object;

  if (self->view != NULL)
    remove_columns (self);
  g_clear_pointer ((GtkWidget **) &self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->layout, atlas_chart_layout_unref);
  g_clear_object (&self->row_ids);

  G_OBJECT_CLASS (atlas_chart_table_parent_class)->dispose (object);
}

static void
atlas_chart_table_class_init (AtlasChartTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_chart_table_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "atlas-chart-table");
}

static void
atlas_chart_table_init (AtlasChartTable *self)
{
  GtkNoSelection *selection;

  self->row_ids = gtk_string_list_new (NULL);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->row_ids)),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  selection = gtk_no_selection_new (G_LIST_MODEL (self->sorted));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart figures as a table"), -1);

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->view));
  gtk_widget_set_parent (GTK_WIDGET (self->scroller), GTK_WIDGET (self));
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
atlas_chart_table_new (void)
{
  return g_object_new (ATLAS_TYPE_CHART_TABLE, NULL);
}

void
atlas_chart_table_set_layout (AtlasChartTable  *self,
                              AtlasChartLayout *layout)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  guint n_old;

  g_return_if_fail (ATLAS_IS_CHART_TABLE (self));

  if (layout == self->layout)
    return;
  remove_columns (self);
  g_clear_pointer (&self->layout, atlas_chart_layout_unref);
  if (layout != NULL)
    self->layout = atlas_chart_layout_ref (layout);

  for (guint i = 0; layout != NULL && i < atlas_chart_layout_get_n_rows (layout); i++)
    g_ptr_array_add (ids, g_strdup_printf ("%u", i));
  g_ptr_array_add (ids, NULL);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->row_ids));
  gtk_string_list_splice (self->row_ids, 0, n_old, (const char * const *) ids->pdata);

  if (layout != NULL)
    add_columns (self);
}

guint
atlas_chart_table_get_n_rows (AtlasChartTable *self)
{
  g_return_val_if_fail (ATLAS_IS_CHART_TABLE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}

char *
atlas_chart_table_to_text (AtlasChartTable *self)
{
  GString *text = g_string_new (NULL);
  const char * const *titles;

  g_return_val_if_fail (ATLAS_IS_CHART_TABLE (self), NULL);

  if (self->layout == NULL)
    return g_string_free (text, FALSE);
  titles = atlas_chart_layout_get_columns (self->layout);
  for (guint c = 0; titles != NULL && titles[c] != NULL; c++)
    g_string_append_printf (text, "%s%s", c > 0 ? "\t" : "", titles[c]);
  g_string_append_c (text, '\n');
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sorted)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      for (guint c = 0; titles != NULL && titles[c] != NULL; c++)
        g_string_append_printf (text, "%s%s", c > 0 ? "\t" : "", cell_text (self, item, c));
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}
