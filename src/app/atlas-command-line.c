/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-app"

#include "config.h"

#include <stdarg.h>

#include <glib/gi18n.h>
#include <gio/gio.h>

#include "atlas-chart-export.h"
#include "atlas-command-line.h"
#include "atlas-compare-chart.h"
#include "atlas-csv.h"
#include "atlas-dataset.h"
#include "atlas-dataset-csv.h"
#include "atlas-iso-codes.h"
#include "atlas-path-chart.h"
#include "atlas-queries.h"
#include "atlas-salary-chart.h"
#include "atlas-salary-import.h"
#include "atlas-skill-chart.h"

static const GOptionEntry entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "data", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use FILE instead of the bundled dataset"), N_("FILE") },
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check a dataset (FILE, or the bundled one) and print a summary or its problems"), NULL },
  { "list", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print the dataset’s roles, skills, salaries, paths or sources as CSV"), N_("WHAT") },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Draw CHART (compare, salary-by-level, salary-by-country, salary-grid, skill-overlap, "
       "skill-matrix, top-skills, career-paths or report) to --output"), N_("CHART") },
  { "roles", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The 2 to 4 roles to compare, as comma-separated ids"), N_("ID,ID") },
  { "country", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The country of the salary-by-level chart (ISO 3166 code)"), N_("CC") },
  { "level", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The level of the salary-by-country chart"), N_("LEVEL") },
  { "width", 0, 0, G_OPTION_ARG_INT, NULL, N_("Width of the exported chart in pixels (default 1600)"), N_("PX") },
  { "height", 0, 0, G_OPTION_ARG_INT, NULL, N_("Height of the exported chart in pixels (default 1000)"), N_("PX") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Paper of the report: a4 or letter (default a4)"), N_("PAPER") },
  { "landscape", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Lay the report out in landscape"), NULL },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("The file to write; .png, .svg or .pdf"), N_("FILE") },
  { "import-salaries", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Read salary records (aijobs.net CSV columns) and print their aggregates by role, country and level as CSV"),
    N_("FILE") },
  { "min-records", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("Print only cells with at least N records (default 5)"), N_("N") },
  { "drop-duplicates", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Drop rows identical in every field to an earlier row (kept by default)"), NULL },
  { "all-employment-types", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Count part-time, contract and freelance records too (by default only full-time ones)"), NULL },
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

static const char * const chart_names[] = {
  "compare", "salary-by-level", "salary-by-country", "salary-grid", "skill-overlap", "skill-matrix",
  "top-skills", "career-paths", "report", NULL
};

static int
usage_error (FILE       *err,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static int
usage_error (FILE       *err,
             const char *format,
             ...)
{
  va_list args;

  fputs ("role-atlas: ", err);
  va_start (args, format);
  vfprintf (err, format, args);
  va_end (args);
  fputc ('\n', err);
  return ATLAS_EXIT_USAGE;
}

static char *
list_role_ids (AtlasDataset *dataset)
{
  GListModel *roles = atlas_dataset_get_roles (dataset);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(AtlasRole) role = g_list_model_get_item (roles, i);
      g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", atlas_role_get_id (role));
    }
  return g_string_free (ids, FALSE);
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The countries the data has salary figures for, as the valid values to offer. */
static char *
list_countries (AtlasDataset *dataset)
{
  g_autoptr(GPtrArray) figures = atlas_query_salaries (dataset, NULL);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < figures->len; i++)
    {
      const char *country = atlas_salary_figure_get_country (g_ptr_array_index (figures, i));
      if (country != NULL && !g_ptr_array_find_with_equal_func (codes, country, g_str_equal, NULL))
        g_ptr_array_add (codes, (char *) country);
    }
  g_ptr_array_sort (codes, compare_codes);
  for (guint i = 0; i < codes->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", (char *) g_ptr_array_index (codes, i));
  return g_string_free (text, FALSE);
}

static AtlasChart *
create_chart (const char         *name,
              AtlasDataset       *dataset,
              const char * const *role_ids,
              const char         *country,
              AtlasLevel          level)
{
  if (g_str_equal (name, "compare"))
    return ATLAS_CHART (atlas_compare_chart_new (dataset, role_ids));
  if (g_str_has_prefix (name, "salary-"))
    {
      AtlasSalaryChart *chart = atlas_salary_chart_new (dataset, role_ids);

      atlas_salary_chart_set_mode (chart, g_str_equal (name, "salary-by-level") ? ATLAS_SALARY_BY_LEVEL
                                          : g_str_equal (name, "salary-by-country") ? ATLAS_SALARY_BY_COUNTRY
                                                                                     : ATLAS_SALARY_GRID);
      atlas_salary_chart_set_country (chart, country);
      atlas_salary_chart_set_level (chart, level);
      return ATLAS_CHART (chart);
    }
  if (g_str_equal (name, "career-paths"))
    return ATLAS_CHART (atlas_path_chart_new (dataset, role_ids));
  {
    AtlasSkillChart *chart = atlas_skill_chart_new (dataset, role_ids);

    atlas_skill_chart_set_mode (chart, g_str_equal (name, "skill-overlap") ? ATLAS_SKILL_CHART_OVERLAP
                                       : g_str_equal (name, "skill-matrix") ? ATLAS_SKILL_CHART_MATRIX
                                                                            : ATLAS_SKILL_CHART_TOP);
    return ATLAS_CHART (chart);
  }
}

/* --export: every argument is checked before anything is drawn, and nothing is written
 * unless the whole file is ready. */
static int
run_export (GVariantDict *options,
            const char   *chart_name,
            FILE         *out,
            FILE         *err)
{
  g_autofree char *roles_text = NULL, *country = NULL, *level_text = NULL, *paper_text = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) role_ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = NULL;
  AtlasLevel level = ATLAS_LEVEL_ALL;
  AtlasExportFormat format;
  AtlasPaper paper = ATLAS_PAPER_A4;
  int width = 1600, height = 1000;

  if (!g_strv_contains (chart_names, chart_name))
    {
      g_autofree char *valid = g_strjoinv (", ", (char **) chart_names);
      return usage_error (err, _("unknown chart “%s”; choose one of %s"), chart_name, valid);
    }
  if (!g_variant_dict_lookup (options, "output", "^ay", &output) || *output == '\0')
    return usage_error (err, _("--export needs --output=FILE (.png, .svg or .pdf)"));
  if (!atlas_export_format_for_path (output, &format))
    return usage_error (err, _("cannot tell the format of “%s”; end the name in .png, .svg or .pdf"), output);
  if (g_str_equal (chart_name, "report") && format != ATLAS_EXPORT_PDF)
    return usage_error (err, _("the report is a PDF; end the output name in .pdf"));

  dataset = load_requested_dataset (options, &error);
  if (dataset == NULL)
    {
      fprintf (err, "%s\n", error->message);
      return ATLAS_EXIT_INVALID_DATA;
    }

  if (!g_variant_dict_lookup (options, "roles", "s", &roles_text))
    roles_text = g_strdup ("ml-infrastructure-engineer,mlops-engineer");
  role_ids = g_strsplit (roles_text, ",", -1);
  for (guint i = 0; role_ids[i] != NULL; i++)
    if (atlas_dataset_lookup_role (dataset, g_strstrip (role_ids[i])) == NULL)
      {
        g_autofree char *valid = list_role_ids (dataset);
        return usage_error (err, _("unknown role “%s”; choose from %s"), role_ids[i], valid);
      }
  if (g_strv_length (role_ids) < 2 || g_strv_length (role_ids) > 4)
    return usage_error (err, _("--roles takes 2 to 4 role ids, not %u"), g_strv_length (role_ids));

  if (!g_variant_dict_lookup (options, "country", "s", &country))
    country = g_strdup ("US");
  if (!atlas_country_is_known (country))
    {
      g_autofree char *valid = list_countries (dataset);
      return usage_error (err, _("unknown country “%s”; use an ISO 3166 code such as %s"), country, valid);
    }
  if (g_variant_dict_lookup (options, "level", "s", &level_text) && !atlas_level_from_string (level_text, &level))
    {
      g_autofree char *valid = atlas_level_list_spellings ();
      return usage_error (err, _("unknown level “%s”; choose one of %s"), level_text, valid);
    }
  if (g_variant_dict_lookup (options, "paper", "s", &paper_text))
    {
      if (g_ascii_strcasecmp (paper_text, "letter") == 0)
        paper = ATLAS_PAPER_LETTER;
      else if (g_ascii_strcasecmp (paper_text, "a4") != 0)
        return usage_error (err, _("unknown paper “%s”; choose one of a4, letter"), paper_text);
    }
  g_variant_dict_lookup (options, "width", "i", &width);
  g_variant_dict_lookup (options, "height", "i", &height);
  if (width < 100 || width > 20000 || height < 100 || height > 20000)
    return usage_error (err, _("--width and --height take 100 to 20000 pixels"));

  if (g_str_equal (chart_name, "report"))
    bytes = atlas_report_render (dataset, (const char * const *) role_ids, paper,
                                 g_variant_dict_contains (options, "landscape"), &error);
  else
    {
      g_autoptr(AtlasChart) chart = create_chart (chart_name, dataset, (const char * const *) role_ids, country, level);
      bytes = atlas_chart_render (chart, format, width, height, 1.0, &error);
    }
  if (bytes == NULL || !atlas_export_write_file (output, bytes, &error))
    {
      fprintf (err, "role-atlas: %s\n", error->message);
      return ATLAS_EXIT_INVALID_DATA;
    }
  return ATLAS_EXIT_OK;
}

static void
append_aggregate_row (GString              *csv,
                      AtlasSalaryAggregate *cell)
{
  g_autofree char *n = g_strdup_printf ("%u", atlas_salary_aggregate_get_n (cell));
  g_autofree char *p25 = g_strdup_printf ("%" G_GINT64_FORMAT, atlas_salary_aggregate_round_quarters (atlas_salary_aggregate_get_p25_quarters (cell)));
  g_autofree char *median = g_strdup_printf ("%" G_GINT64_FORMAT, atlas_salary_aggregate_round_quarters (atlas_salary_aggregate_get_median_quarters (cell)));
  g_autofree char *p75 = g_strdup_printf ("%" G_GINT64_FORMAT, atlas_salary_aggregate_round_quarters (atlas_salary_aggregate_get_p75_quarters (cell)));
  g_autofree char *min = g_strdup_printf ("%" G_GINT64_FORMAT, atlas_salary_aggregate_get_min (cell));
  g_autofree char *max = g_strdup_printf ("%" G_GINT64_FORMAT, atlas_salary_aggregate_get_max (cell));
  g_autofree char *first = g_strdup_printf ("%d", atlas_salary_aggregate_get_first_year (cell));
  g_autofree char *last = g_strdup_printf ("%d", atlas_salary_aggregate_get_last_year (cell));
  const char *country = atlas_salary_aggregate_get_country (cell);
  const char *fields[] = {
    atlas_salary_aggregate_get_role_id (cell), country != NULL ? country : "",
    atlas_level_to_string (atlas_salary_aggregate_get_level (cell)), n, p25, median, p75, min, max,
    first, last,
  };

  atlas_csv_append_row (csv, fields, G_N_ELEMENTS (fields));
}

static int
run_import_salaries (GVariantDict *options,
                     const char   *path,
                     FILE         *out,
                     FILE         *err)
{
  static const char * const header[] = {
    "role", "country", "level", "n", "p25", "median", "p75", "min", "max", "first_year", "last_year",
  };
  AtlasSalaryImportOptions import_options = {
    .drop_duplicates = g_variant_dict_contains (options, "drop-duplicates"),
    .all_employment_types = g_variant_dict_contains (options, "all-employment-types"),
  };
  int min_records = ATLAS_SALARY_IMPORT_DEFAULT_MIN_RECORDS;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasSalaryImport) import = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GPtrArray) cells = NULL;
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autofree char *summary = NULL;
  guint n_left_out = 0;

  g_variant_dict_lookup (options, "min-records", "i", &min_records);
  if (min_records < 1 || min_records > 1000000)
    return usage_error (err, _("--min-records takes 1 to 1000000, not %d"), min_records);

  dataset = load_requested_dataset (options, &error);
  if (dataset == NULL)
    {
      fprintf (err, "%s\n", error->message);
      return ATLAS_EXIT_INVALID_DATA;
    }
  import = atlas_salary_import_new_from_file (file, dataset, NULL, &error);
  if (import == NULL)
    {
      fprintf (err, "%s\n", error->message);
      return ATLAS_EXIT_INVALID_DATA;
    }

  cells = atlas_salary_import_aggregate (import, &import_options, NULL);
  atlas_csv_append_row (csv, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < cells->len; i++)
    {
      AtlasSalaryAggregate *cell = g_ptr_array_index (cells, i);

      if (atlas_salary_aggregate_get_n (cell) < (guint) min_records)
        n_left_out++;
      else
        append_aggregate_row (csv, cell);
    }
  fwrite (csv->str, 1, csv->len, out);

  summary = atlas_salary_import_describe (import, &import_options);
  fprintf (err, "%s\n", summary);
  if (n_left_out > 0)
    {
      fprintf (err, ngettext ("%u cell with fewer than %d records not printed; lower --min-records to see it",
                              "%u cells with fewer than %d records not printed; lower --min-records to see them",
                              n_left_out), n_left_out, min_records);
      fputc ('\n', err);
    }
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

  if (g_variant_dict_lookup (options, "export", "s", &what))
    status = run_export (options, what, out, err);
  else if (g_variant_dict_contains (options, "validate"))
    status = run_validate (options, out, err);
  else if (g_variant_dict_lookup (options, "list", "s", &what))
    status = run_list (options, what, out, err);
  else if (g_variant_dict_lookup (options, "import-salaries", "^ay", &what))
    status = run_import_salaries (options, what, out, err);
  else if (has_positional_file (options))
    {
      fprintf (err, _("role-atlas: a FILE argument goes with --validate; to open a dataset in "
                      "the window, use --data FILE\n"));
      status = ATLAS_EXIT_USAGE;
    }

  fflush (out);
  return status;
}
