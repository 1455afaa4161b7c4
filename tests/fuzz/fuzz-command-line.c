/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "atlas-command-line.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Any command line: the input, split at line breaks, is argv. Options are parsed with the
 * app's own entries and handed over as GApplication does; the handler must answer with an
 * exit status and never crash. Files named on the line are replaced by known ones (and
 * output goes to a scratch folder), so a fuzzer never reads or writes outside them. */

#define MAX_ARGS 24

typedef union
{
  gboolean flag;
  int number;
  char *string;
  char **strings;
} Value;

static char *scratch_folder;

/* The scratch folder goes when the process ends: a fuzzer or a replay makes one a run. */
static void
remove_scratch_folder (void)
{
  g_autoptr(GDir) dir = g_dir_open (scratch_folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (scratch_folder, name, NULL);
      g_remove (path);
    }
  g_rmdir (scratch_folder);
  g_clear_pointer (&scratch_folder, g_free);
}

static const char *
scratch_path (const char *requested)
{
  static char path[4096];
  const char *dot = requested != NULL ? strrchr (requested, '.') : NULL;

  if (scratch_folder == NULL)
    {
      g_autoptr(GError) error = NULL;

      /* Without it, charts would be written wherever the fuzzer runs: stop instead. */
      scratch_folder = g_dir_make_tmp ("role-atlas-fuzz-XXXXXX", &error);
      if (scratch_folder == NULL)
        g_error ("cannot make a scratch folder: %s", error->message);
      atexit (remove_scratch_folder);
    }
  g_snprintf (path, sizeof path, "%s/out%.5s", scratch_folder, dot != NULL ? dot : "");
  return path;
}

/* The known files, built once: a fuzzer calls this a million times. */
static const char *
known_file (const char *name)
{
  static GHashTable *paths;
  const char *root = g_getenv ("ROLE_ATLAS_FUZZ_FILES") != NULL ? g_getenv ("ROLE_ATLAS_FUZZ_FILES") : ".";
  char *path;

  if (paths == NULL)
    paths = g_hash_table_new (g_str_hash, g_str_equal);
  path = g_hash_table_lookup (paths, name);
  if (path == NULL)
    {
      path = g_build_filename (root, name, NULL);
      g_hash_table_insert (paths, (char *) name, path);
    }
  return path;
}

static void
pack (GVariantDict      *dict,
      const GOptionEntry *entry,
      Value             *value)
{
  const char *name = entry->long_name;

  switch (entry->arg)
    {
    case G_OPTION_ARG_NONE:
      if (value->flag)
        g_variant_dict_insert (dict, name, "b", TRUE);
      break;
    case G_OPTION_ARG_INT:
      if (value->number != 0)
        {
          /* Keep drawings small: the fuzzer explores options, not memory limits. */
          int number = value->number;
          if (g_str_equal (name, "width") || g_str_equal (name, "height"))
            number = CLAMP (number, -5, 400);
          g_variant_dict_insert (dict, name, "i", number);
        }
      break;
    case G_OPTION_ARG_STRING:
      if (value->string != NULL)
        g_variant_dict_insert (dict, name, "s", value->string);
      break;
    case G_OPTION_ARG_FILENAME:
      if (value->string != NULL)
        {
          const char *path = g_str_equal (name, "output") ? scratch_path (value->string)
                           : g_str_equal (name, "import-salaries") ? known_file ("salaries/fixture.csv")
                           : known_file ("fixture.json");
          g_variant_dict_insert (dict, name, "^ay", path);
        }
      break;
    case G_OPTION_ARG_FILENAME_ARRAY:
      if (value->strings != NULL && value->strings[0] != NULL)
        {
          const char *paths[] = { known_file ("fixture.json"), NULL };
          g_variant_dict_insert (dict, G_OPTION_REMAINING, "^aay", paths);
        }
      break;
    default:
      break;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const GOptionEntry *entries = atlas_command_line_get_entries ();
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", MAX_ARGS);
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GPtrArray) copies = g_ptr_array_new ();
  g_autoptr(GVariantDict) dict = g_variant_dict_new (NULL);
  g_autofree char **argv = g_new0 (char *, MAX_ARGS + 2);
  Value values[64] = { { 0 } };
  GOptionEntry patched[64];
  int argc = 1, n_entries = 0;
  FILE *sink;

  argv[0] = (char *) "role-atlas";
  for (guint i = 0; lines[i] != NULL && argc <= MAX_ARGS; i++)
    argv[argc++] = lines[i];

  for (; entries[n_entries].long_name != NULL && n_entries < 63; n_entries++)
    {
      patched[n_entries] = entries[n_entries];
      patched[n_entries].arg_data = &values[n_entries];
    }
  memset (&patched[n_entries], 0, sizeof patched[n_entries]);
  g_option_context_add_main_entries (context, patched, NULL);
  g_option_context_set_help_enabled (context, FALSE);
  {
    char **parse_argv = argv;
    if (!g_option_context_parse (context, &argc, &parse_argv, NULL))
      goto out;
  }

  for (int i = 0; i < n_entries; i++)
    pack (dict, &patched[i], &values[i]);
  sink = fopen ("/dev/null", "w");
  {
    int status = atlas_command_line_handle (dict, sink, sink);
    g_assert (status == ATLAS_EXIT_OK || status == ATLAS_EXIT_INVALID_DATA ||
              status == ATLAS_EXIT_USAGE || status == ATLAS_EXIT_CONTINUE);
  }
  fclose (sink);

out:
  for (int i = 0; i < n_entries; i++)
    {
      if (patched[i].arg == G_OPTION_ARG_STRING || patched[i].arg == G_OPTION_ARG_FILENAME)
        g_free (values[i].string);
      else if (patched[i].arg == G_OPTION_ARG_FILENAME_ARRAY)
        g_strfreev (values[i].strings);
    }
  return 0;
}
