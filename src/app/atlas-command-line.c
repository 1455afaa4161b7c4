/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-app"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>

#include "atlas-command-line.h"
#include "atlas-dataset.h"
#include "atlas-dataset-csv.h"

static const GOptionEntry entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "data", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use FILE instead of the bundled dataset"), N_("FILE") },
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check a dataset (FILE, or the bundled one) and print a summary or its problems"), NULL },
  { "list", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print the dataset’s roles, skills, salaries, paths or sources as CSV"), N_("WHAT") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE]") },
  { NULL }
};

const GOptionEntry *
atlas_command_line_get_entries (void)
{
  return entries;
}

/* The dataset a command works on: a positional FILE, else --data FILE, else the bundled one. */
static AtlasDataset *
load_requested_dataset (GVariantDict *options,
                        GError      **error)
{
  g_autofree char *data_path = NULL;
  g_autofree const char **remaining = NULL;

  g_variant_dict_lookup (options, "data", "^ay", &data_path);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining);

  if (remaining != NULL && remaining[0] != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (remaining[0]);
      return atlas_dataset_new_from_file (file, NULL, error);
    }
  if (data_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (data_path);
      return atlas_dataset_new_from_file (file, NULL, error);
    }
  return atlas_dataset_new_bundled (error);
}

static int
run_validate (GVariantDict *options,
              FILE         *out,
              FILE         *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = load_requested_dataset (options, &error);
  g_autofree char *summary = NULL;

  if (dataset == NULL)
    {
      fprintf (out, "%s\n", error->message);
      return ATLAS_EXIT_INVALID_DATA;
    }
  summary = atlas_dataset_describe_counts (dataset);
  fprintf (out, "%s\n", summary);
  return ATLAS_EXIT_OK;
}

static int
run_list (GVariantDict *options,
          const char   *what,
          FILE         *out,
          FILE         *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GString) csv = NULL;
  AtlasListKind kind;

  if (!atlas_list_kind_from_string (what, &kind))
    {
      g_autofree char *valid = atlas_list_kind_list_spellings ();
      fprintf (err, _("role-atlas: unknown list “%s”; choose one of %s\n"), what, valid);
      return ATLAS_EXIT_USAGE;
    }

  dataset = load_requested_dataset (options, &error);
  if (dataset == NULL)
    {
      fprintf (err, "%s\n", error->message);
      return ATLAS_EXIT_INVALID_DATA;
    }

  csv = g_string_new (NULL);
  atlas_dataset_append_csv (dataset, kind, csv);
  fwrite (csv->str, 1, csv->len, out);
  return ATLAS_EXIT_OK;
}

static gboolean
has_positional_file (GVariantDict *options)
{
  g_autofree const char **remaining = NULL;

  return g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining) &&
         remaining != NULL && remaining[0] != NULL;
}

int
atlas_command_line_handle (GVariantDict *options,
                           FILE         *out,
                           FILE         *err)
{
  g_autofree char *what = NULL;
  int status = ATLAS_EXIT_CONTINUE;

  g_return_val_if_fail (options != NULL, ATLAS_EXIT_USAGE);

  if (g_variant_dict_contains (options, "version"))
    {
      fprintf (out, "role-atlas %s\n", PACKAGE_VERSION);
      return ATLAS_EXIT_OK;
    }

  if (g_variant_dict_contains (options, "validate"))
    status = run_validate (options, out, err);
  else if (g_variant_dict_lookup (options, "list", "s", &what))
    status = run_list (options, what, out, err);
  else if (has_positional_file (options))
    {
      fprintf (err, _("role-atlas: a FILE argument goes with --validate; to open a dataset in "
                      "the window, use --data FILE\n"));
      status = ATLAS_EXIT_USAGE;
    }

  fflush (out);
  return status;
}
