/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-app"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "atlas-application.h"
#include "atlas-command-line.h"
#include "atlas-format.h"
#include "atlas-window.h"

struct _AtlasApplication
{
  AdwApplication parent_instance;

  /* --data FILE: the dataset the first window opens instead of the bundled one */
  char *data_path;
};

G_DEFINE_FINAL_TYPE (AtlasApplication, atlas_application, ADW_TYPE_APPLICATION)

static int
atlas_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  AtlasApplication *self = ATLAS_APPLICATION (application);
  int status = atlas_command_line_handle (options, stdout, stderr);

  if (status != ATLAS_EXIT_CONTINUE)
    return status;

  g_clear_pointer (&self->data_path, g_free);
  g_variant_dict_lookup (options, "data", "^ay", &self->data_path);
  return G_APPLICATION_CLASS (atlas_application_parent_class)->handle_local_options (application,
                                                                                     options);
}

static void
atlas_application_activate (GApplication *application)
{
  AtlasApplication *self = ATLAS_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      g_autoptr(GFile) data_file = NULL;

      if (self->data_path != NULL)
        data_file = g_file_new_for_commandline_arg (self->data_path);
      window = GTK_WINDOW (atlas_window_new (self, data_file));
    }
  gtk_window_present (window);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static char *
describe_source_for_credits (AtlasSource *source)
{
  g_autofree char *citation = atlas_format_source_citation (source);
  const char *licence = atlas_source_get_licence (source);
  g_autofree char *credit = licence != NULL
                            ? g_strdup_printf (_("%s (licence: %s)"), citation, licence)
                            : g_steal_pointer (&citation);

  /* AdwAboutWindow turns "Name https://…" into a link. */
  if (atlas_source_get_url (source) != NULL)
    return g_strdup_printf ("%s %s", credit, atlas_source_get_url (source));
  return g_steal_pointer (&credit);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (application);
  g_autoptr(GPtrArray) credits = g_ptr_array_new_with_free_func (g_free);
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  adw_about_window_set_application_name (about, _("Role Atlas"));
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Role Atlas developers"));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about, _("Compare ML and AI engineering roles: what they do, what "
                                          "they pay, which skills they share and how careers move "
                                          "between them. Every figure names its source."));

  if (ATLAS_IS_WINDOW (window))
    {
      GListModel *sources = atlas_dataset_get_sources (atlas_window_get_dataset (ATLAS_WINDOW (window)));

      for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
        {
          g_autoptr(AtlasSource) source = g_list_model_get_item (sources, i);
          g_ptr_array_add (credits, describe_source_for_credits (source));
        }
      g_ptr_array_add (credits, NULL);
      adw_about_window_add_acknowledgement_section (about, _("Data Sources"),
                                                    (const char **) credits->pdata);
      adw_about_window_add_legal_section (about, _("Bundled data"), NULL, GTK_LICENSE_CUSTOM,
                                          _("The bundled dataset restates facts and figures from "
                                            "the data sources listed in the credits; each keeps "
                                            "its own terms, and every figure in the app names "
                                            "its source."));
      gtk_window_set_transient_for (GTK_WINDOW (about), window);
    }
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
read_icon_theme (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  /* Any lookup reads the theme first if it has to; lookups are thread-safe. */
  gtk_icon_theme_has_icon (GTK_ICON_THEME (source_object), "help-about-symbolic");
  g_task_return_boolean (task, TRUE);
}

/* Once only: it is what the theme's first change of icon paths calls, and it disconnects
 * itself. */
static void
read_icon_theme_in_thread (GtkIconTheme *theme)
{
  g_autoptr(GTask) task = NULL;

  if (g_signal_handlers_disconnect_by_func (theme, read_icon_theme_in_thread, NULL) == 0)
    return;
  task = g_task_new (theme, NULL, NULL, NULL);
  g_task_run_in_thread (task, read_icon_theme);
}

/* GTK starts reading the display's icon theme on a thread when the theme is first asked
 * for, and every icon path added to the theme afterwards waits for that reading and then
 * throws it away; the first icon shown reads the theme again, on the main thread. In
 * AdwApplication's start-up, GtkApplication asks for the theme and adds the application's
 * icons, and adw_init() adds libadwaita's: in most runs the main thread waited 5-11 ms for
 * GTK's reading at the second and spent 7-12 ms reading the theme again later.
 *
 * So libadwaita is set up first, here: adw_init() asks for the theme and adds its icons at
 * once, before GTK's thread has begun, and GTK reads the theme, with libadwaita's icons,
 * while libadwaita loads its style sheet. GtkApplication's addition then finds the reading
 * done; it throws it away, but the theme is read again on a thread from that moment,
 * while the window is built. (Main-thread waits for the icon theme, timed in a GTK built
 * with timestamps: 5.9 ms a start on average before this, 0.3 after.) Without a display
 * this does nothing; start-up reports it. */
static void
prepare_icon_theme (void)
{
  GtkIconTheme *theme;

  if (!gtk_init_check () || gdk_display_get_default () == NULL)
    return;
  adw_init ();
  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_signal_connect (theme, "notify::resource-path", G_CALLBACK (read_icon_theme_in_thread), NULL);
}

/* Should nothing add icons after libadwaita, the theme is read again all the same (at once,
 * if nothing was thrown away). */
static void
finish_icon_theme (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  if (display != NULL)
    read_icon_theme_in_thread (gtk_icon_theme_get_for_display (display));
}

static void
atlas_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  AtlasApplication *self = ATLAS_APPLICATION (application);

  /* The window needs the bundled data the moment GTK is ready: load it on the other core
   * while GTK opens the display and loads its theme. */
  if (self->data_path == NULL)
    atlas_dataset_preload_bundled ();

  prepare_icon_theme ();
  /* As gtk_init() would in GtkApplication's start-up; it cannot once GTK has tried. */
  if (gdk_display_get_default () == NULL)
    {
      g_warning ("cannot open display: %s", g_getenv ("DISPLAY") != NULL ? g_getenv ("DISPLAY") : "");
      exit (EXIT_FAILURE);
    }
  G_APPLICATION_CLASS (atlas_application_parent_class)->startup (application);
  finish_icon_theme ();

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close", close_accels);
  /* The shortcuts window is not GtkApplication's automatic one (see AtlasWindow), so its
   * accelerator is set here, where the menu finds it. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay", shortcuts_accels);
}

static void
atlas_application_finalize (GObject *object)
{
  AtlasApplication *self = (AtlasApplication *) object;

  g_clear_pointer (&self->data_path, g_free);

  G_OBJECT_CLASS (atlas_application_parent_class)->finalize (object);
}

static void
atlas_application_class_init (AtlasApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = atlas_application_finalize;
  app_class->handle_local_options = atlas_application_handle_local_options;
  app_class->startup = atlas_application_startup;
  app_class->activate = atlas_application_activate;
}

static void
atlas_application_init (AtlasApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), atlas_command_line_get_entries ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Compare ML and AI engineering roles: what they do, "
                                              "what they pay, which skills they share and how "
                                              "careers move between them."));
}

AtlasApplication *
atlas_application_new (void)
{
  return g_object_new (ATLAS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}
