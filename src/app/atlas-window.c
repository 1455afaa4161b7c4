/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-app"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-dataset.h"
#include "atlas-window.h"

struct _AtlasWindow
{
  AdwApplicationWindow parent_instance;

  AtlasDataset *dataset;

  AdwViewStack *stack;
  AdwToastOverlay *toast_overlay;
};

G_DEFINE_FINAL_TYPE (AtlasWindow, atlas_window, ADW_TYPE_APPLICATION_WINDOW)

static void
atlas_window_dispose (GObject *object)
{
  AtlasWindow *self = (AtlasWindow *) object;

  g_clear_object (&self->dataset);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_WINDOW);

  G_OBJECT_CLASS (atlas_window_parent_class)->dispose (object);
}

static void
atlas_window_class_init (AtlasWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/atlas-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, toast_overlay);
}

static void
atlas_window_init (AtlasWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
show_load_error (AtlasWindow *self,
                 const char  *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Opens @data_file when given; when it cannot be loaded the window starts on the bundled
 * dataset and says why. */
AtlasWindow *
atlas_window_new (AtlasApplication *application,
                  GFile            *data_file)
{
  AtlasWindow *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ATLAS_IS_APPLICATION (application), NULL);

  self = g_object_new (ATLAS_TYPE_WINDOW, "application", application, NULL);

  if (data_file != NULL)
    self->dataset = atlas_dataset_new_from_file (data_file, NULL, &error);
  if (self->dataset == NULL)
    {
      g_autoptr(GError) bundled_error = NULL;

      if (error != NULL)
        show_load_error (self, error->message);
      self->dataset = atlas_dataset_new_bundled (&bundled_error);
      /* The bundled dataset is checked by the test suite; failing here is a build bug. */
      if (self->dataset == NULL)
        g_critical ("The bundled dataset does not load: %s", bundled_error->message);
    }
  return self;
}
