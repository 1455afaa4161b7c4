/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "atlas-compare-chart.h"
#include "atlas-dataset.h"
#include "atlas-salary-chart.h"
#include "atlas-salary-import.h"
#include "atlas-skill-chart.h"
#include "chart-test-utils.h"

/* Hostile files: each loads within its stated limit or fails with one clear message.
 * (How long the largest accepted files take is measured by make bench.) */

static AtlasDataset *
load_text (const char  *text,
           gsize        length,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);
  return atlas_dataset_new_from_bytes (bytes, "hostile.json", error);
}

static char *
sparse_file (const char *suffix,
             goffset     size)
{
  g_autofree char *dir = g_dir_make_tmp ("role-atlas-hostile-XXXXXX", NULL);
  char *path = g_build_filename (dir, suffix, NULL);
  FILE *file = g_fopen (path, "w");

  /* A hole, not data: the size is refused before a byte is read. */
  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), size), ==, 0);
  fclose (file);
  return path;
}

static void
remove_sparse_file (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_remove (path);
  g_rmdir (dir);
}

static void
test_too_large (void)
{
  g_autofree char *dataset_path = sparse_file ("big.json", ATLAS_DATASET_MAX_BYTES + 1);
  g_autofree char *csv_path = sparse_file ("big.csv", ATLAS_SALARY_IMPORT_MAX_BYTES + 1);
  g_autoptr(GFile) dataset_file = g_file_new_for_path (dataset_path);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) csv_error = NULL;
  g_autoptr(AtlasDataset) bundled = atlas_dataset_new_bundled (NULL);
  g_autofree char *expected = g_strdup_printf ("%s: $: the file is 67108865 bytes; a dataset may be at most 64 MiB",
                                               dataset_path);
  g_autofree char *expected_csv = g_strdup_printf ("%s: the file is 268435457 bytes; a salary CSV file may be at most 256 MiB",
                                                   csv_path);

  g_assert_null (atlas_dataset_new_from_file (dataset_file, NULL, &error));
  g_assert_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_null (atlas_salary_import_new_from_file (csv_file, bundled, NULL, &csv_error));
  g_assert_error (csv_error, ATLAS_SALARY_IMPORT_ERROR, ATLAS_SALARY_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpstr (csv_error->message, ==, expected_csv);
  remove_sparse_file (dataset_path);
  remove_sparse_file (csv_path);
}

/* 100,000 opening brackets: refused before json-glib's recursive parser sees them. */
static void
test_deep_nesting (void)
{
  gsize n = 100000;
  g_autofree char *text = g_malloc (n);
  g_autoptr(GError) error = NULL;

  memset (text, '[', n);
  g_assert_null (load_text (text, n, &error));
  g_assert_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "hostile.json: $: nested deeper than 64 levels at line 1, column 65");
}

/* JSON string content: quotes and backslashes escaped, everything else as it is. */
static char *
json_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* A small valid dataset whose first role's name is @written, as the file spells it. */
static char *
dataset_with_written_role_name (const char *written)
{
  return g_strdup_printf ("{\"format\": \"role-atlas-dataset\", \"version\": 1,"
                          " \"sources\": [{\"id\": \"doc\", \"title\": \"Doc\", \"kind\": \"article\"}],"
                          " \"skills\": [{\"id\": \"python\", \"name\": \"Python\", \"category\": \"code\"}],"
                          " \"roles\": [{\"id\": \"a\", \"name\": \"%s\", \"family\": \"f\"},"
                          "             {\"id\": \"b\", \"name\": \"ML Engineer\", \"family\": \"f\"}],"
                          " \"role-skills\": [{\"role\": \"a\", \"skill\": \"python\", \"source\": \"doc\"},"
                          "                   {\"role\": \"b\", \"skill\": \"python\", \"source\": \"doc\"}],"
                          " \"salaries\": [{\"role\": \"a\", \"country\": \"US\", \"level\": \"all\", \"statistic\": \"range\","
                          "                 \"low\": 100000, \"high\": 150000, \"currency\": \"USD\", \"source\": \"doc\"}]}",
                          written);
}

static char *
dataset_with_role_name (const char *name)
{
  g_autofree char *escaped = json_escape (name);

  return dataset_with_written_role_name (escaped);
}

static void
test_long_text (void)
{
  g_autofree char *name = g_strnfill (1000000, 'x');
  g_autofree char *text = dataset_with_role_name (name);
  g_autoptr(GError) error = NULL;

  g_assert_null (load_text (text, strlen (text), &error));
  g_assert_cmpstr (error->message, ==,
                   "hostile.json: $.roles[0].name: 1000000 bytes of text; a text may have at most 10000");
}

/* Parsing costs per value: a million roles are refused before json-glib builds them. */
static void
test_too_many_objects (void)
{
  GString *text = g_string_new ("{\"roles\": [");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 250001; i++)
    g_string_append (text, i > 0 ? ",{}" : "{}");
  g_string_append (text, "]}");
  g_assert_null (load_text (text->str, text->len, &error));
  g_assert_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "hostile.json: $: 250002 objects; a dataset may have at most 250000");
  g_string_free (text, TRUE);
}

/* Values cost even without objects: a flat array of 2.5 million numbers is refused too.
 * Every comma is counted: one value fewer passes the count. */
static void
test_too_many_values (void)
{
  gsize n_values = ATLAS_DATASET_MAX_VALUES + 2;
  GString *text = g_string_sized_new (2 * n_values + 64);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  g_string_append (text, "{\"roles\": [0");
  for (gsize i = 1; i < n_values; i++)
    g_string_append (text, ",0");
  g_string_append (text, "]}");
  g_assert_null (load_text (text->str, text->len, &error));
  g_assert_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_TOO_LARGE);
  /* The count is of commas: n values in an array, one before each but the first. */
  expected = g_strdup_printf ("hostile.json: $: %zu values; a dataset may have at most %d",
                              n_values - 1, ATLAS_DATASET_MAX_VALUES);
  g_assert_cmpstr (error->message, ==, expected);

  /* One value fewer gets past the count to the format check. */
  g_clear_error (&error);
  g_string_truncate (text, text->len - strlen (",0]}"));
  g_string_append (text, "]}");
  g_assert_null (load_text (text->str, text->len, &error));
  g_assert_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_FORMAT);
  g_string_free (text, TRUE);
}

/* The longest text a dataset may hold loads; one byte more is refused, also when the file
 * spells the last character as an escape (six bytes written, one decoded). */
static void
test_text_at_limit (void)
{
  g_autofree char *name = g_strnfill (ATLAS_DATASET_MAX_TEXT_BYTES, 'x');
  g_autofree char *at_limit = dataset_with_written_role_name (name);
  g_autofree char *over = g_strconcat (name, "\\u0078", NULL);
  g_autofree char *over_limit = dataset_with_written_role_name (over);
  g_autofree char *expected = g_strdup_printf ("hostile.json: $.roles[0].name: %d bytes of text; a text may have at most %d",
                                               ATLAS_DATASET_MAX_TEXT_BYTES + 1, ATLAS_DATASET_MAX_TEXT_BYTES);
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = load_text (at_limit, strlen (at_limit), &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_null (load_text (over_limit, strlen (over_limit), &error));
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_nul_escape (void)
{
  const char text[] = "{\"format\": \"role-atlas-dataset\", \"version\": 1, \"sources\": "
                      "[{\"id\": \"doc\", \"title\": \"A\\u0000B\", \"kind\": \"article\"}], \"roles\": []}";
  g_autoptr(GError) error = NULL;

  g_assert_null (load_text (text, strlen (text), &error));
  g_assert_cmpstr (error->message, ==,
                   "hostile.json: $: a NUL character (\\u0000) at line 1, column 85; text may not contain one");
}

/* Right-to-left text, combining marks and emoji load, and every chart lays them out with
 * nothing outside the canvas and no labels on top of each other. */
static void
test_every_script (void)
{
  const char *names[] = {
    "مهندس عمليات التعلم الآلي",                 /* Arabic, right to left */
    "מהנדס תשתיות",                               /* Hebrew */
    "Ingénieur Z̷̢͓̈́a̴̧̛l̶g̵o̸ ML",                  /* stacked combining marks */
    "🤖 LLM 👩🏽‍💻 Engineer 🇩🇪",                  /* emoji, skin tones, ZWJ, flags */
    "工程师 エンジニア 엔지니어",                 /* CJK */
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *text = dataset_with_role_name (names[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(AtlasDataset) dataset = load_text (text, strlen (text), &error);
      const char *roles[] = { "a", "b", NULL };
      AtlasChart *charts[3];

      g_assert_no_error (error);
      g_assert_cmpstr (atlas_role_get_name (atlas_dataset_lookup_role (dataset, "a")), ==, names[i]);
      charts[0] = ATLAS_CHART (atlas_salary_chart_new (dataset, roles));
      charts[1] = ATLAS_CHART (atlas_skill_chart_new (dataset, roles));
      charts[2] = ATLAS_CHART (atlas_compare_chart_new (dataset, roles));
      for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
        {
          AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (800, 500);
          AtlasChartLayout *layout = atlas_chart_get_layout (charts[c], &canvas);

          chart_test_assert_texts_in_canvas (layout);
          chart_test_assert_labels_apart (layout);
          g_object_unref (charts[c]);
        }
    }
}

/* A salary CSV with a 1 MB title, NUL bytes, and 10,000 lines of garbage: read, with the
 * bad rows counted and the first 20 listed. */
static void
test_hostile_csv (void)
{
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_bundled (NULL);
  g_autoptr(GString) text = g_string_new ("work_year,experience_level,employment_type,job_title,"
                                          "salary_in_usd,employee_residence\n");
  g_autofree char *long_title = g_strnfill (1000000, 'T');
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasSalaryImport) import = NULL;

  g_string_append_printf (text, "2024,SE,FT,%s,100000,US\n", long_title);
  g_string_append_len (text, "2024,SE,FT,ML\0Ops Engineer,100000,US\n", 37);
  g_string_append (text, "2024,SE,FT,مهندس 🤖,100000,US\n");
  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "\xff\xfe garbage, \"unclosed\n");
  bytes = g_bytes_new (text->str, text->len);
  import = atlas_salary_import_new_from_bytes (bytes, "hostile.csv", dataset, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (atlas_salary_import_get_n_unmapped (import), ==, 2);
  g_assert_cmpuint (atlas_salary_import_get_n_skipped_for (import, ATLAS_SKIP_ENCODING), ==, 1);
  g_assert_cmpuint (atlas_salary_import_get_n_skipped (import), ==, 10001);
  g_assert_cmpuint (atlas_salary_import_get_problems (import)->len, ==, ATLAS_SALARY_IMPORT_MAX_REPORTED);
  g_assert_cmpstr (g_ptr_array_index (atlas_salary_import_get_problems (import), 0), ==,
                   "line 3: not valid UTF-8 text");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/hostile/too-large", test_too_large);
  g_test_add_func ("/atlas/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/atlas/hostile/long-text", test_long_text);
  g_test_add_func ("/atlas/hostile/too-many-objects", test_too_many_objects);
  g_test_add_func ("/atlas/hostile/too-many-values", test_too_many_values);
  g_test_add_func ("/atlas/hostile/text-at-limit", test_text_at_limit);
  g_test_add_func ("/atlas/hostile/nul-escape", test_nul_escape);
  g_test_add_func ("/atlas/hostile/every-script", test_every_script);
  g_test_add_func ("/atlas/hostile/csv", test_hostile_csv);

  return g_test_run ();
}
