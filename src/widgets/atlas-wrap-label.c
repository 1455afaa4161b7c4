/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include "atlas-wrap-label.h"

#include "atlas-wrap-label-layout.h"

/* Wrapping labels that are cheap to measure, for tables of many short texts: GtkLabels that
 * wrap at words, or within a word too long for its line, sized by AtlasWrapLabelLayout (see
 * there for why). */

/**
 * atlas_wrap_label_new:
 * @text: the text
 * @min_chars: the narrowest it may be, in characters
 * @max_chars: the widest it asks to be, in characters
 *
 * Returns: (transfer floating): a GtkLabel that wraps at word boundaries, or within a word
 *   too long for its line
 */
GtkWidget *
atlas_wrap_label_new (const char *text,
                      int         min_chars,
                      int         max_chars)
{
  GtkWidget *label;

  g_return_val_if_fail (min_chars > 0 && min_chars <= max_chars, NULL);

  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_layout_manager (label, atlas_wrap_label_layout_new (min_chars, max_chars));
  return label;
}

/**
 * atlas_wrap_label_new_filling:
 * @css_class: (nullable): a style class for the label, such as "dim-label"
 * @selectable: whether its text can be selected (for copying)
 *
 * A text for a table or a row: as atlas_wrap_label_new(), expanding to fill its width.
 *
 * Returns: (transfer floating): the GtkLabel
 */
GtkWidget *
atlas_wrap_label_new_filling (const char *text,
                              int         min_chars,
                              int         max_chars,
                              const char *css_class,
                              gboolean    selectable)
{
  GtkWidget *label = atlas_wrap_label_new (text, min_chars, max_chars);

  gtk_label_set_selectable (GTK_LABEL (label), selectable);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}
