/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include "atlas-wrap-label.h"

/* A wrapping label that is cheap to measure, for tables of many short texts.
 *
 * A wrapping GtkLabel works out its minimum width by laying its text out at that width,
 * a dozen characters, where most words need a line break and Pango shapes the text again
 * at every break: for the comparison table's sixty labels that was a third of start-up
 * beyond the floor. This widget gives the same sizes without that layout: the minimum is
 * min_chars character widths (words may break anywhere, so no word sets a minimum), the
 * natural width the unwrapped text's, at least the minimum and at most max_chars. Heights
 * are the label's own, for the width it is given. The label inside is an ordinary GtkLabel: it is what is styled,
 * read by screen readers and selected. */
struct _AtlasWrapLabel
{
  GtkWidget parent_instance;

  GtkWidget *label;
  int min_chars;
  int max_chars;

  /* Widths do not depend on the height asked about, yet a horizontal GtkBox asks for them
   * at a dozen heights in one layout (it searches for the height at which its children
   * fit), and each answer took a shaping of the text and of Pango's sample text for the
   * character width. They are kept for the label's layout, its attributes and its font:
   * GtkLabel makes a new layout when its text changes, sets new attributes when its style
   * does, and the context's serial changes with the font. The references keep a new layout
   * or list from taking an old one's address. (The layout's own serial would not do: the
   * label sets its layout's width while it is measured.) */
  PangoLayout *measured_layout;
  PangoAttrList *measured_attrs;
  guint measured_context_serial;
  int one_char;
  int minimum_width;
  int natural_width;
};

G_DEFINE_FINAL_TYPE (AtlasWrapLabel, atlas_wrap_label, GTK_TYPE_WIDGET)

/* The widest a character is taken to be, as GtkLabel takes it for width-chars. */
static int
char_width (PangoContext *context)
{
  PangoFontMetrics *metrics = pango_context_get_metrics (context, pango_context_get_font_description (context),
                                                         pango_context_get_language (context));
  int width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                   pango_font_metrics_get_approximate_digit_width (metrics));

  pango_font_metrics_unref (metrics);
  return width;
}

static void
measure_widths (AtlasWrapLabel *self,
                PangoLayout    *label_layout)
{
  g_autoptr(PangoLayout) layout = pango_layout_copy (label_layout);
  int text_width;

  pango_layout_set_width (layout, -1);
  pango_layout_get_size (layout, &text_width, NULL);
  self->one_char = char_width (pango_layout_get_context (layout));
  /* A text longer than max_chars asks for the width of its lines wrapped there, as a
   * GtkLabel with max-width-chars does; a short one still takes min_chars, as with
   * width-chars. */
  if (text_width > self->max_chars * self->one_char)
    {
      pango_layout_set_width (layout, self->max_chars * self->one_char);
      pango_layout_get_size (layout, &text_width, NULL);
    }
  self->minimum_width = PANGO_PIXELS_CEIL (self->min_chars * self->one_char);
  self->natural_width = MAX (self->minimum_width, PANGO_PIXELS_CEIL (text_width));
}

static void
ensure_widths (AtlasWrapLabel *self)
{
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (self->label));
  PangoAttrList *attrs = pango_layout_get_attributes (layout);
  guint context_serial = pango_context_get_serial (pango_layout_get_context (layout));

  if (layout == self->measured_layout && attrs == self->measured_attrs
      && context_serial == self->measured_context_serial)
    return;
  measure_widths (self, layout);
  g_set_object (&self->measured_layout, layout);
  g_clear_pointer (&self->measured_attrs, pango_attr_list_unref);
  self->measured_attrs = attrs != NULL ? pango_attr_list_ref (attrs) : NULL;
  self->measured_context_serial = context_serial;
}

static void
atlas_wrap_label_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  AtlasWrapLabel *self = ATLAS_WRAP_LABEL (widget);
  int one_char;

  ensure_widths (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->minimum_width;
      *natural = self->natural_width;
      return;
    }

  /* Heights are asked for widths below the minimum too (a squeezer tries its children at
   * any width), and at no width at all. Below the minimum the text would stand a letter a
   * line, the costliest layout there is, for a width it is never given: the minimum's
   * height is the answer. At no width, the height of the natural width, which is the
   * height at max_chars, and needs no unwrapped layout to find. */
  one_char = self->one_char;
  if (for_size < 0)
    for_size = PANGO_PIXELS_CEIL (self->max_chars * one_char);
  else
    for_size = MAX (for_size, PANGO_PIXELS_CEIL (self->min_chars * one_char));
  gtk_widget_measure (self->label, GTK_ORIENTATION_VERTICAL, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
atlas_wrap_label_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
atlas_wrap_label_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  gtk_widget_allocate (ATLAS_WRAP_LABEL (widget)->label, width, height, baseline, NULL);
}

static void
atlas_wrap_label_dispose (GObject *object)
{
  AtlasWrapLabel *self = ATLAS_WRAP_LABEL (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_object (&self->measured_layout);
  g_clear_pointer (&self->measured_attrs, pango_attr_list_unref);

  G_OBJECT_CLASS (atlas_wrap_label_parent_class)->dispose (object);
}

static void
atlas_wrap_label_class_init (AtlasWrapLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_wrap_label_dispose;
  widget_class->measure = atlas_wrap_label_measure;
  widget_class->get_request_mode = atlas_wrap_label_get_request_mode;
  widget_class->size_allocate = atlas_wrap_label_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "atlaswraplabel");
  /* The label inside is what assistive technologies read. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
atlas_wrap_label_init (AtlasWrapLabel *self)
{
}

/**
 * atlas_wrap_label_new:
 * @text: the text
 * @min_chars: the narrowest it may be, in characters
 * @max_chars: the widest it asks to be, in characters
 *
 * Returns: (transfer floating): a label that wraps at word boundaries, or within a word
 *   too long for its line
 */
GtkWidget *
atlas_wrap_label_new (const char *text,
                      int         min_chars,
                      int         max_chars)
{
  AtlasWrapLabel *self;

  g_return_val_if_fail (min_chars > 0 && min_chars <= max_chars, NULL);

  self = g_object_new (ATLAS_TYPE_WRAP_LABEL, NULL);
  self->min_chars = min_chars;
  self->max_chars = max_chars;
  self->label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  /* GTK asks the label for its minimum width before its height for a width, to keep the
   * width at or above it. Without width-chars a wrapping label lays its text out at no
   * width at all for that, a character a line; at min_chars it is one ordinary layout. */
  gtk_label_set_width_chars (GTK_LABEL (self->label), min_chars);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  return GTK_WIDGET (self);
}

/**
 * atlas_wrap_label_new_filling:
 * @css_class: (nullable): a style class for the label, such as "dim-label"
 * @selectable: whether its text can be selected (for copying)
 *
 * A text for a table or a row: as atlas_wrap_label_new(), expanding to fill its width.
 *
 * Returns: (transfer floating): the label
 */
GtkWidget *
atlas_wrap_label_new_filling (const char *text,
                              int         min_chars,
                              int         max_chars,
                              const char *css_class,
                              gboolean    selectable)
{
  GtkWidget *self = atlas_wrap_label_new (text, min_chars, max_chars);
  GtkLabel *label = atlas_wrap_label_get_label (ATLAS_WRAP_LABEL (self));

  gtk_label_set_selectable (label, selectable);
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), css_class);
  gtk_widget_set_hexpand (self, TRUE);
  return self;
}

GtkLabel *
atlas_wrap_label_get_label (AtlasWrapLabel *self)
{
  g_return_val_if_fail (ATLAS_IS_WRAP_LABEL (self), NULL);

  return GTK_LABEL (self->label);
}
