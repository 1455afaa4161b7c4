/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include "atlas-scroll-content.h"

/* The content of a vertically scrolled page: a bin that spares the page a layout of all its
 * text that nobody uses.
 *
 * To measure its own height, GTK 4.8's scrolled window asks its child for the height the
 * child would need at its natural width, and then, unless its vertical scrollbar is turned
 * off or it propagates its natural height, throws the answer away. For a page of wrapped
 * text that question lays every label out at a width it is never given: on the Compare
 * tab, the table's forty labels, about 2 ms of start-up on the project's machine. This bin
 * answers that question, and only that one, with nothing when the answer would be thrown
 * away; every size that is used (widths, and the height for the width the page is given)
 * is its child's. */
struct _AtlasScrollContent
{
  GtkWidget parent_instance;

  GtkWidget *child;
};

enum
{
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AtlasScrollContent, atlas_scroll_content, GTK_TYPE_WIDGET)

/* The scrolled window around this, through the viewport it adds, if the height it asks for
 * at no width is one it does not use. */
static gboolean
height_is_discarded (AtlasScrollContent *self)
{
  GtkWidget *ancestor = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkScrolledWindow *scrolled;
  GtkPolicyType vertical_policy;

  if (GTK_IS_VIEWPORT (ancestor))
    ancestor = gtk_widget_get_parent (ancestor);
  if (!GTK_IS_SCROLLED_WINDOW (ancestor))
    return FALSE;
  scrolled = GTK_SCROLLED_WINDOW (ancestor);
  gtk_scrolled_window_get_policy (scrolled, NULL, &vertical_policy);
  return vertical_policy != GTK_POLICY_NEVER && !gtk_scrolled_window_get_propagate_natural_height (scrolled);
}

static void
atlas_scroll_content_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  AtlasScrollContent *self = ATLAS_SCROLL_CONTENT (widget);

  *minimum = *natural = 0;
  if (self->child == NULL || !gtk_widget_get_visible (self->child))
    return;
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size < 0 && height_is_discarded (self))
    return;
  gtk_widget_measure (self->child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
atlas_scroll_content_get_request_mode (GtkWidget *widget)
{
  AtlasScrollContent *self = ATLAS_SCROLL_CONTENT (widget);

  return self->child != NULL ? gtk_widget_get_request_mode (self->child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
atlas_scroll_content_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  AtlasScrollContent *self = ATLAS_SCROLL_CONTENT (widget);

  if (self->child != NULL && gtk_widget_get_visible (self->child))
    gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

/* GtkWidget has no default: a bin expands where its child does, as AdwBin does. */
static void
atlas_scroll_content_compute_expand (GtkWidget *widget,
                                     gboolean  *hexpand,
                                     gboolean  *vexpand)
{
  AtlasScrollContent *self = ATLAS_SCROLL_CONTENT (widget);

  *hexpand = self->child != NULL && gtk_widget_compute_expand (self->child, GTK_ORIENTATION_HORIZONTAL);
  *vexpand = self->child != NULL && gtk_widget_compute_expand (self->child, GTK_ORIENTATION_VERTICAL);
}

static void
atlas_scroll_content_dispose (GObject *object)
{
  AtlasScrollContent *self = ATLAS_SCROLL_CONTENT (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (atlas_scroll_content_parent_class)->dispose (object);
}

static void
atlas_scroll_content_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AtlasScrollContent *self = ATLAS_SCROLL_CONTENT (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_scroll_content_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AtlasScrollContent *self = ATLAS_SCROLL_CONTENT (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      atlas_scroll_content_set_child (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_scroll_content_class_init (AtlasScrollContentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_scroll_content_dispose;
  object_class->get_property = atlas_scroll_content_get_property;
  object_class->set_property = atlas_scroll_content_set_property;
  widget_class->measure = atlas_scroll_content_measure;
  widget_class->get_request_mode = atlas_scroll_content_get_request_mode;
  widget_class->size_allocate = atlas_scroll_content_size_allocate;
  widget_class->compute_expand = atlas_scroll_content_compute_expand;
  gtk_widget_class_set_css_name (widget_class, "atlasscrollcontent");
  /* Only layout: assistive technologies see straight through to the page. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_scroll_content_init (AtlasScrollContent *self)
{
}

GtkWidget *
atlas_scroll_content_new (void)
{
  return g_object_new (ATLAS_TYPE_SCROLL_CONTENT, NULL);
}

GtkWidget *
atlas_scroll_content_get_child (AtlasScrollContent *self)
{
  g_return_val_if_fail (ATLAS_IS_SCROLL_CONTENT (self), NULL);

  return self->child;
}

void
atlas_scroll_content_set_child (AtlasScrollContent *self,
                                GtkWidget          *child)
{
  g_return_if_fail (ATLAS_IS_SCROLL_CONTENT (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}
