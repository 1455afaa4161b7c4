/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "atlas-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AtlasApplication) app = NULL;

  /* The command line runs before GTK would set the locale, and its messages are translated. */
  setlocale (LC_ALL, "");
  /* `meson devenv` and the tests point this at the catalogues in the build tree, so the
   * uninstalled app speaks the user's language too. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("ROLE_ATLAS_LOCALEDIR") != NULL
                                   ? g_getenv ("ROLE_ATLAS_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = atlas_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
