/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include "atlas-wrap-label-layout.h"

#include <pango/pangocairo.h>

/* The layout manager of a wrapping GtkLabel that gives the label's widths in characters
 * without laying its text out at them; heights and allocation are the label's own.
 *
 * A wrapping GtkLabel works out its minimum width by laying its text out at that width,
 * a dozen characters, where most words need a line break, after working out the width of
 * a character from Pango's sample text. GTK asks for that minimum before every height, to
 * keep the width it asks about at or above it. For the comparison table's labels that was
 * a third of the start-up beyond the floor, and a quarter of the work when new roles are
 * compared. Here the minimum is min_chars character widths (words may break anywhere, so
 * no word sets a minimum) and the natural width the unwrapped text's, at least the
 * minimum and at most max_chars: the sizes the label gives with width-chars and
 * max-width-chars, without that layout.
 *
 * A label is a leaf, but GTK asks a widget's layout manager, when it has one, instead of
 * the widget; this one answers the widths and hands heights and allocation back to the
 * label's own class. */
struct _AtlasWrapLabelLayout
{
  GtkLayoutManager parent_instance;

  int min_chars;
  int max_chars;

  /* Widths do not depend on the height asked about, yet a horizontal GtkBox asks for them
   * at a dozen heights in one layout (it searches for the height at which its children
   * fit), and each answer took a shaping of the text. They are kept for the label's
   * layout, its attributes and its font: GtkLabel makes a new layout when its text
   * changes, sets new attributes when its style does, and the context's serial changes
   * with the font. The references keep a new layout or list from taking an old one's
   * address. (The layout's own serial would not do: the label sets its layout's width
   * while it is measured.) */
  PangoLayout *measured_layout;
  PangoAttrList *measured_attrs;
  guint measured_context_serial;
  int minimum_width;
  int natural_width;
};

G_DEFINE_FINAL_TYPE (AtlasWrapLabelLayout, atlas_wrap_label_layout, GTK_TYPE_LAYOUT_MANAGER)

/* The widest a character is taken to be, as GtkLabel takes it for width-chars. */
static int
measure_char_width (PangoContext *context)
{
  PangoFontMetrics *metrics = pango_context_get_metrics (context, pango_context_get_font_description (context),
                                                         pango_context_get_language (context));
  int width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                   pango_font_metrics_get_approximate_digit_width (metrics));

  pango_font_metrics_unref (metrics);
  return width;
}

/* Pango 1.50 keeps a context's font metrics on the context, and every widget has a context
 * of its own: each new label would work the character width out anew, by shaping Pango's
 * sample text, which takes longer than laying out a label's own text. The width depends
 * only on what the context makes its fonts from, so it is kept for that, for all labels:
 * a few fonts, a few entries. */
typedef struct
{
  PangoFontMap *font_map;
  guint font_map_serial;
  PangoFontDescription *font;
  PangoLanguage *language;
  double resolution;
  unsigned long font_options;
  gboolean round_glyph_positions;
  PangoDirection base_dir;
  PangoGravity gravity;
  PangoGravityHint gravity_hint;
  int width;
} CharWidth;

#define N_CHAR_WIDTHS 8

static CharWidth char_widths[N_CHAR_WIDTHS];
static guint next_char_width;

static CharWidth
char_width_key (PangoContext *context)
{
  PangoFontMap *font_map = pango_context_get_font_map (context);

  return (CharWidth) {
    .font_map = font_map,
    .font_map_serial = font_map != NULL ? pango_font_map_get_serial (font_map) : 0,
    .font = pango_context_get_font_description (context),
    .language = pango_context_get_language (context),
    .resolution = pango_cairo_context_get_resolution (context),
    .font_options = cairo_font_options_hash (pango_cairo_context_get_font_options (context)),
    .round_glyph_positions = pango_context_get_round_glyph_positions (context),
    .base_dir = pango_context_get_base_dir (context),
    .gravity = pango_context_get_base_gravity (context),
    .gravity_hint = pango_context_get_gravity_hint (context),
  };
}

static gboolean
same_char_width_key (const CharWidth *a,
                     const CharWidth *b)
{
  return a->font_map == b->font_map && a->font_map_serial == b->font_map_serial &&
         a->language == b->language && a->resolution == b->resolution &&
         a->font_options == b->font_options && a->round_glyph_positions == b->round_glyph_positions &&
         a->base_dir == b->base_dir && a->gravity == b->gravity && a->gravity_hint == b->gravity_hint &&
         pango_font_description_equal (a->font, b->font);
}

static int
char_width (PangoContext *context)
{
  CharWidth key = char_width_key (context);
  CharWidth *entry;

  /* A transformed context (GTK makes none) is measured every time. */
  if (pango_context_get_matrix (context) != NULL || key.font_map == NULL || key.font == NULL)
    return measure_char_width (context);
  for (guint i = 0; i < N_CHAR_WIDTHS; i++)
    if (char_widths[i].font != NULL && same_char_width_key (&char_widths[i], &key))
      return char_widths[i].width;

  entry = &char_widths[next_char_width];
  next_char_width = (next_char_width + 1) % N_CHAR_WIDTHS;
  g_clear_object (&entry->font_map);
  g_clear_pointer (&entry->font, pango_font_description_free);
  *entry = key;
  /* The reference keeps another font map from taking this one's address. */
  entry->font_map = g_object_ref (key.font_map);
  entry->font = pango_font_description_copy (key.font);
  entry->width = measure_char_width (context);
  return entry->width;
}

static void
measure_widths (AtlasWrapLabelLayout *self,
                PangoLayout          *label_layout)
{
  g_autoptr(PangoLayout) layout = pango_layout_copy (label_layout);
  int one_char = char_width (pango_layout_get_context (layout));
  int text_width;

  pango_layout_set_width (layout, -1);
  pango_layout_get_size (layout, &text_width, NULL);
  /* A text longer than max_chars asks for the width of its lines wrapped there, as a
   * GtkLabel with max-width-chars does; a short one still takes min_chars, as with
   * width-chars. */
  if (text_width > self->max_chars * one_char)
    {
      pango_layout_set_width (layout, self->max_chars * one_char);
      pango_layout_get_size (layout, &text_width, NULL);
    }
  self->minimum_width = PANGO_PIXELS_CEIL (self->min_chars * one_char);
  self->natural_width = MAX (self->minimum_width, PANGO_PIXELS_CEIL (text_width));
}

static void
ensure_widths (AtlasWrapLabelLayout *self,
               GtkLabel             *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
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
atlas_wrap_label_layout_measure (GtkLayoutManager *manager,
                                 GtkWidget        *widget,
                                 GtkOrientation    orientation,
                                 int               for_size,
                                 int              *minimum,
                                 int              *natural,
                                 int              *minimum_baseline,
                                 int              *natural_baseline)
{
  AtlasWrapLabelLayout *self = ATLAS_WRAP_LABEL_LAYOUT (manager);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      ensure_widths (self, GTK_LABEL (widget));
      *minimum = self->minimum_width;
      *natural = self->natural_width;
      *minimum_baseline = *natural_baseline = -1;
      return;
    }
  /* At no width, the height of the natural width: the label's own answer would lay the
   * text out unwrapped as well. */
  if (for_size < 0)
    {
      ensure_widths (self, GTK_LABEL (widget));
      for_size = self->natural_width;
    }
  GTK_WIDGET_GET_CLASS (widget)->measure (widget, orientation, for_size, minimum, natural, minimum_baseline,
                                          natural_baseline);
}

static void
atlas_wrap_label_layout_allocate (GtkLayoutManager *manager,
                                  GtkWidget        *widget,
                                  int               width,
                                  int               height,
                                  int               baseline)
{
  GTK_WIDGET_GET_CLASS (widget)->size_allocate (widget, width, height, baseline);
}

static GtkSizeRequestMode
atlas_wrap_label_layout_get_request_mode (GtkLayoutManager *manager,
                                          GtkWidget        *widget)
{
  return GTK_WIDGET_GET_CLASS (widget)->get_request_mode (widget);
}

static void
atlas_wrap_label_layout_dispose (GObject *object)
{
  AtlasWrapLabelLayout *self = ATLAS_WRAP_LABEL_LAYOUT (object);

  g_clear_object (&self->measured_layout);
  g_clear_pointer (&self->measured_attrs, pango_attr_list_unref);

  G_OBJECT_CLASS (atlas_wrap_label_layout_parent_class)->dispose (object);
}

static void
atlas_wrap_label_layout_class_init (AtlasWrapLabelLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->dispose = atlas_wrap_label_layout_dispose;
  manager_class->measure = atlas_wrap_label_layout_measure;
  manager_class->allocate = atlas_wrap_label_layout_allocate;
  manager_class->get_request_mode = atlas_wrap_label_layout_get_request_mode;
}

static void
atlas_wrap_label_layout_init (AtlasWrapLabelLayout *self)
{
}

/**
 * atlas_wrap_label_layout_new:
 * @min_chars: the narrowest the label may be, in characters
 * @max_chars: the widest it asks to be, in characters
 *
 * Returns: (transfer full): a layout manager for one wrapping GtkLabel
 */
GtkLayoutManager *
atlas_wrap_label_layout_new (int min_chars,
                             int max_chars)
{
  AtlasWrapLabelLayout *self;

  g_return_val_if_fail (min_chars > 0 && min_chars <= max_chars, NULL);

  self = g_object_new (ATLAS_TYPE_WRAP_LABEL_LAYOUT, NULL);
  self->min_chars = min_chars;
  self->max_chars = max_chars;
  return GTK_LAYOUT_MANAGER (self);
}
