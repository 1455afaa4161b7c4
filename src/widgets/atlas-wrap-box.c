/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include "atlas-wrap-box.h"

/* A row of controls that wraps onto further rows when the window is too narrow for it, as
 * the words of a paragraph do: a page's toolbar stays whole on a phone-sized window, where
 * a horizontally scrolled one hid its last controls with no visible sign they were there.
 * Children keep their natural widths (at most the box's), in order, aligned to the start
 * in the text direction; each row is as tall as its tallest child. Libadwaita 1.2 has no
 * wrap box of its own. */
struct _AtlasWrapBox
{
  GtkWidget parent_instance;

  int spacing;
  int row_spacing;
};

enum
{
  PROP_0,
  PROP_SPACING,
  PROP_ROW_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void atlas_wrap_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AtlasWrapBox, atlas_wrap_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, atlas_wrap_box_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

/* The width a child takes in a box @width wide: its natural width, unless that is wider than
 * the box, where it shrinks as far as its minimum allows. */
static int
child_width (GtkWidget *child,
             int        width)
{
  int minimum, natural;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return width < 0 ? natural : MAX (minimum, MIN (natural, width));
}

static int
child_height (GtkWidget *child,
              int        width)
{
  int minimum, natural;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  return natural;
}

/* Lays the children out in rows for @width (or one row for -1); when @allocate, gives each
 * its place. Returns the height the rows take. */
static int
flow (AtlasWrapBox *self,
      int           width,
      gboolean      allocate)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkWidget *row_start = gtk_widget_get_first_child (widget);
  int y = 0;

  while (row_start != NULL)
    {
      GtkWidget *child, *row_end = NULL;
      int x = 0, row_height = 0, n_in_row = 0;

      /* Which children fit on this row: at least one, however wide. */
      for (child = row_start; child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int w;

          if (!gtk_widget_should_layout (child))
            continue;
          w = child_width (child, width);
          if (n_in_row > 0 && width >= 0 && x + self->spacing + w > width)
            break;
          x += (n_in_row > 0 ? self->spacing : 0) + w;
          row_height = MAX (row_height, child_height (child, w));
          n_in_row++;
        }
      row_end = child;
      if (n_in_row == 0)
        break;

      if (allocate)
        {
          x = 0;
          for (child = row_start; child != row_end; child = gtk_widget_get_next_sibling (child))
            {
              int w;

              if (!gtk_widget_should_layout (child))
                continue;
              w = child_width (child, width);
              gtk_widget_size_allocate (child,
                                        &(GtkAllocation) { rtl ? width - x - w : x, y, w, row_height }, -1);
              x += w + self->spacing;
            }
        }
      y += row_height + self->row_spacing;
      row_start = row_end;
    }
  return MAX (0, y - self->row_spacing);
}

static void
atlas_wrap_box_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  AtlasWrapBox *self = ATLAS_WRAP_BOX (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int n = 0;

      /* At least the widest child's minimum; at best everything on one row. */
      *minimum = *natural = 0;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_minimum, child_natural;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum, &child_natural, NULL, NULL);
          *minimum = MAX (*minimum, child_minimum);
          *natural += (n++ > 0 ? self->spacing : 0) + child_natural;
        }
    }
  else
    *minimum = *natural = flow (self, for_size, FALSE);
}

static void
atlas_wrap_box_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  flow (ATLAS_WRAP_BOX (widget), width, TRUE);
}

static GtkSizeRequestMode
atlas_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
atlas_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (atlas_wrap_box_parent_class)->dispose (object);
}

static void
atlas_wrap_box_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AtlasWrapBox *self = ATLAS_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_ROW_SPACING:
      g_value_set_int (value, self->row_spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_wrap_box_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AtlasWrapBox *self = ATLAS_WRAP_BOX (object);
  int *field;

  switch (prop_id)
    {
    case PROP_SPACING:
      field = &self->spacing;
      break;
    case PROP_ROW_SPACING:
      field = &self->row_spacing;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (*field == g_value_get_int (value))
    return;
  *field = g_value_get_int (value);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (object, pspec);
}

static void
atlas_wrap_box_buildable_add_child (GtkBuildable *buildable,
                                    GtkBuilder   *builder,
                                    GObject      *child,
                                    const char   *type)
{
  if (GTK_IS_WIDGET (child) && type == NULL)
    atlas_wrap_box_append (ATLAS_WRAP_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
atlas_wrap_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = atlas_wrap_box_buildable_add_child;
}

static void
atlas_wrap_box_class_init (AtlasWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_wrap_box_dispose;
  object_class->get_property = atlas_wrap_box_get_property;
  object_class->set_property = atlas_wrap_box_set_property;
  widget_class->measure = atlas_wrap_box_measure;
  widget_class->size_allocate = atlas_wrap_box_size_allocate;
  widget_class->get_request_mode = atlas_wrap_box_get_request_mode;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROW_SPACING] =
    g_param_spec_int ("row-spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_wrap_box_init (AtlasWrapBox *self)
{
}

GtkWidget *
atlas_wrap_box_new (int spacing,
                    int row_spacing)
{
  return g_object_new (ATLAS_TYPE_WRAP_BOX, "spacing", spacing, "row-spacing", row_spacing, NULL);
}

void
atlas_wrap_box_append (AtlasWrapBox *self,
                       GtkWidget    *child)
{
  g_return_if_fail (ATLAS_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}
