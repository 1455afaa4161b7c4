/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include "atlas-plain-row.h"

/* A row for a boxed list that holds what the caller lays out, for lists of many wrapping
 * texts (the hiring advisor's situations, the skill gap). AdwActionRow lays its title and
 * subtitle out in a box that asks a wrapping text for its width again at every height it
 * tries: twenty such rows took 30–55 ms the first time, where texts in a grid are measured
 * once. An AdwPreferencesRow all the same, so that a preferences group puts it in its
 * boxed list; styled as "row.atlas-row" (data/style.css) to the size and spacing of an
 * action row. */

/**
 * atlas_plain_row_new:
 * @title: what the row is, for assistive technologies and for the group's search
 * @child: (transfer floating): the row's content
 *
 * Returns: (transfer floating): a row that is not activatable by itself
 */
GtkWidget *
atlas_plain_row_new (const char *title,
                     GtkWidget  *child)
{
  GtkWidget *row;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (child), NULL);

  row = adw_preferences_row_new ();
  gtk_widget_add_css_class (row, "atlas-row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  return row;
}
