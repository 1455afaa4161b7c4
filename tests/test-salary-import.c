/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "atlas-csv-reader.h"
#include "atlas-dataset.h"
#include "atlas-salary-import.h"

/* The salary-record importer: RFC 4180 reading, title rules, numpy-style percentiles, and
 * every kind of bad input reported by line. */

static AtlasDataset *dataset;

static const char header[] =
  "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,"
  "employee_residence,remote_ratio,company_location,company_size\n";

static AtlasSalaryImport *
import_text (const char  *text,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  return atlas_salary_import_new_from_bytes (bytes, "test.csv", dataset, error);
}

static AtlasSalaryImport *
import_rows (const char *rows)
{
  g_autofree char *text = g_strconcat (header, rows, NULL);
  g_autoptr(GError) error = NULL;
  AtlasSalaryImport *import = import_text (text, &error);

  g_assert_no_error (error);
  return import;
}

static GPtrArray *
aggregate (AtlasSalaryImport *import)
{
  AtlasSalaryImportOptions options = { 0 };
  return atlas_salary_import_aggregate (import, &options, NULL);
}

static AtlasSalaryAggregate *
find_cell (GPtrArray  *cells,
           const char *role_id,
           const char *country,
           AtlasLevel  level)
{
  for (guint i = 0; i < cells->len; i++)
    {
      AtlasSalaryAggregate *cell = g_ptr_array_index (cells, i);

      if (g_str_equal (atlas_salary_aggregate_get_role_id (cell), role_id) &&
          g_strcmp0 (atlas_salary_aggregate_get_country (cell), country) == 0 &&
          atlas_salary_aggregate_get_level (cell) == level)
        return cell;
    }
  g_assert_not_reached ();
}

static void
assert_cell (AtlasSalaryAggregate *cell,
             guint                 n,
             gint64                p25,
             gint64                median,
             gint64                p75)
{
  g_assert_cmpuint (atlas_salary_aggregate_get_n (cell), ==, n);
  g_assert_cmpint (atlas_salary_aggregate_round_quarters (atlas_salary_aggregate_get_p25_quarters (cell)), ==, p25);
  g_assert_cmpint (atlas_salary_aggregate_round_quarters (atlas_salary_aggregate_get_median_quarters (cell)), ==, median);
  g_assert_cmpint (atlas_salary_aggregate_round_quarters (atlas_salary_aggregate_get_p75_quarters (cell)), ==, p75);
}

/* numpy.percentile([10, 20, 30, 40], [25, 50, 75]) is [17.5, 25, 32.5]. */
static void
test_percentiles (void)
{
  const gint64 four[] = { 10, 20, 30, 40 };
  const gint64 five[] = { 1, 2, 3, 4, 100 };
  const gint64 one[] = { 7 };

  g_assert_cmpint (atlas_salary_percentile_quarters (four, 4, 1), ==, 70);
  g_assert_cmpint (atlas_salary_percentile_quarters (four, 4, 2), ==, 100);
  g_assert_cmpint (atlas_salary_percentile_quarters (four, 4, 3), ==, 130);
  g_assert_cmpint (atlas_salary_percentile_quarters (five, 5, 1), ==, 8);
  g_assert_cmpint (atlas_salary_percentile_quarters (five, 5, 2), ==, 12);
  g_assert_cmpint (atlas_salary_percentile_quarters (five, 5, 3), ==, 16);
  g_assert_cmpint (atlas_salary_percentile_quarters (one, 1, 1), ==, 28);
  /* 17.5 rounds up to 18, 32.5 to 33. */
  g_assert_cmpint (atlas_salary_aggregate_round_quarters (70), ==, 18);
  g_assert_cmpint (atlas_salary_aggregate_round_quarters (130), ==, 33);
  g_assert_cmpint (atlas_salary_aggregate_round_quarters (129), ==, 32);
}

/* Odd and even counts, one record, levels mapped, and the three kinds of cell. */
static void
test_aggregates (void)
{
  g_autoptr(AtlasSalaryImport) import = import_rows (
    "2024,SE,FT,MLOps Engineer,1,USD,100000,US,0,US,M\n"
    "2024,SE,FT,MLOps Engineer,1,USD,200000,US,0,US,M\n"
    "2023,SE,FT,MLOps Engineer,1,USD,120000,US,0,US,M\n"
    "2024,MI,FT,MLOps Engineer,1,USD,90000,US,0,US,M\n"
    "2025,MI,FT,MLOps Engineer,1,USD,95001,US,0,US,M\n"
    "2022,EN,FT,MLOps Engineer,1,USD,60000,DE,0,DE,M\n"
    "2022,EX,FT,MLOps Engineer,1,USD,300000,DE,0,DE,M\n");
  g_autoptr(GPtrArray) cells = aggregate (import);
  AtlasSalaryAggregate *cell;

  g_assert_cmpuint (cells->len, ==, 7);
  /* Role first, then each country by code, each with all levels before the levels. */
  g_assert_null (atlas_salary_aggregate_get_country (g_ptr_array_index (cells, 0)));
  g_assert_cmpstr (atlas_salary_aggregate_get_country (g_ptr_array_index (cells, 1)), ==, "DE");
  g_assert_cmpint (atlas_salary_aggregate_get_level (g_ptr_array_index (cells, 1)), ==, ATLAS_LEVEL_ALL);
  g_assert_cmpint (atlas_salary_aggregate_get_level (g_ptr_array_index (cells, 2)), ==, ATLAS_LEVEL_ENTRY);
  g_assert_cmpint (atlas_salary_aggregate_get_level (g_ptr_array_index (cells, 3)), ==, ATLAS_LEVEL_EXECUTIVE);

  assert_cell (find_cell (cells, "mlops-engineer", "US", ATLAS_LEVEL_SENIOR), 3, 110000, 120000, 160000);
  /* Even count: the median is the mean of the middle two, 92500.5, rounded up. */
  assert_cell (find_cell (cells, "mlops-engineer", "US", ATLAS_LEVEL_MID), 2, 91250, 92501, 93751);
  assert_cell (find_cell (cells, "mlops-engineer", "DE", ATLAS_LEVEL_ENTRY), 1, 60000, 60000, 60000);
  cell = find_cell (cells, "mlops-engineer", NULL, ATLAS_LEVEL_ALL);
  assert_cell (cell, 7, 92501, 100000, 160000);
  g_assert_cmpint (atlas_salary_aggregate_get_min (cell), ==, 60000);
  g_assert_cmpint (atlas_salary_aggregate_get_max (cell), ==, 300000);
  g_assert_cmpint (atlas_salary_aggregate_get_first_year (cell), ==, 2022);
  g_assert_cmpint (atlas_salary_aggregate_get_last_year (cell), ==, 2025);
}

/* Exact titles ignore case and repeated spaces; patterns catch the rest; nothing else is
 * forced onto a role. */
static void
test_title_rules (void)
{
  g_autoptr(AtlasSalaryImport) import = import_rows (
    "2024,SE,FT,mlops   ENGINEER,1,USD,100000,US,0,US,M\n"
    "2024,SE,FT,ML Ops Engineer,1,USD,100000,US,0,US,M\n"
    "2024,SE,FT,Senior MLOps Engineer,1,USD,100000,US,0,US,M\n"
    "2024,SE,FT,Machine Learning Infrastructure Engineer,1,USD,100000,US,0,US,M\n"
    "2024,SE,FT,Engineer,1,USD,100000,US,0,US,M\n"
    "2024,SE,FT,Engineer,1,USD,100000,GB,0,US,M\n"
    "2024,SE,FT,Data Wizard,1,USD,100000,US,0,US,M\n");
  g_autoptr(GPtrArray) cells = aggregate (import);
  g_autoptr(GArray) unmapped = atlas_salary_import_get_unmapped_titles (import);

  g_assert_cmpuint (atlas_salary_aggregate_get_n (find_cell (cells, "mlops-engineer", NULL, ATLAS_LEVEL_ALL)), ==, 3);
  g_assert_cmpuint (atlas_salary_aggregate_get_n (find_cell (cells, "ml-infrastructure-engineer", NULL, ATLAS_LEVEL_ALL)), ==, 1);
  g_assert_cmpuint (atlas_salary_import_get_n_unmapped (import), ==, 3);
  g_assert_cmpuint (unmapped->len, ==, 2);
  g_assert_cmpstr (g_array_index (unmapped, AtlasTitleCount, 0).title, ==, "Engineer");
  g_assert_cmpuint (g_array_index (unmapped, AtlasTitleCount, 0).count, ==, 2);
  g_assert_cmpstr (g_array_index (unmapped, AtlasTitleCount, 1).title, ==, "Data Wizard");
}

/* Duplicates are counted and kept unless dropped; part-time records only on request. */
static void
test_options (void)
{
  g_autoptr(AtlasSalaryImport) import = import_rows (
    "2024,SE,FT,MLOps Engineer,1,USD,100000,US,0,US,M\n"
    "2024,SE,FT,MLOps Engineer,1,USD,100000,US,0,US,M\n"
    "2024,SE,FT,MLOps Engineer,1,USD,100000,US,0,US,M\n"
    "2024,SE,PT,MLOps Engineer,1,USD,50000,US,0,US,M\n");
  AtlasSalaryImportOptions keep = { FALSE, FALSE }, drop = { TRUE, FALSE }, all = { FALSE, TRUE };
  g_autoptr(GPtrArray) kept = atlas_salary_import_aggregate (import, &keep, NULL);
  g_autoptr(GPtrArray) dropped = atlas_salary_import_aggregate (import, &drop, NULL);
  g_autoptr(GPtrArray) everyone = atlas_salary_import_aggregate (import, &all, NULL);

  g_assert_cmpuint (atlas_salary_import_get_n_duplicates (import), ==, 2);
  g_assert_cmpuint (atlas_salary_import_get_n_not_full_time (import), ==, 1);
  assert_cell (find_cell (kept, "mlops-engineer", NULL, ATLAS_LEVEL_ALL), 3, 100000, 100000, 100000);
  assert_cell (find_cell (dropped, "mlops-engineer", NULL, ATLAS_LEVEL_ALL), 1, 100000, 100000, 100000);
  assert_cell (find_cell (everyone, "mlops-engineer", NULL, ATLAS_LEVEL_ALL), 4, 87500, 100000, 100000);
}

/* RFC 4180: quoted commas, doubled quotes, a line break inside quotes, CRLF, any column
 * order, extra columns ignored. */
static void
test_csv_forms (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasSalaryImport) import = import_text (
    "extra,employee_residence,salary_in_usd,job_title,work_year,experience_level,employment_type\r\n"
    "\"a, b\",US,100000,\"MLOps Engineer\",2024,SE,FT\r\n"
    "\"say \"\"hi\"\"\",US,200000,MLOps Engineer,2024,SE,FT\r\n"
    "\"two\r\nlines\",US,300000,MLOps Engineer,2024,SE,FT\r\n"
    "x,US,400000,MLOps Engineer,2024,SE,FT", &error);
  g_autoptr(GPtrArray) cells = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (atlas_salary_import_get_n_skipped (import), ==, 0);
  cells = aggregate (import);
  assert_cell (find_cell (cells, "mlops-engineer", "US", ATLAS_LEVEL_SENIOR), 4, 175000, 250000, 325000);
}

static void
test_csv_reader_lines (void)
{
  const char text[] = "a,\"b\nc\",d\r\n\r\ne\n\"open";
  g_autoptr(AtlasCsvReader) reader = atlas_csv_reader_new (text, strlen (text));

  g_assert_true (atlas_csv_reader_next (reader));
  g_assert_cmpuint (atlas_csv_reader_get_n_fields (reader), ==, 3);
  g_assert_cmpstr (atlas_csv_reader_get_field (reader, 1), ==, "b\nc");
  g_assert_cmpuint (atlas_csv_reader_get_line (reader), ==, 1);
  g_assert_true (atlas_csv_reader_next (reader));
  g_assert_true (atlas_csv_reader_record_is_blank (reader));
  g_assert_true (atlas_csv_reader_next (reader));
  g_assert_cmpstr (atlas_csv_reader_get_field (reader, 0), ==, "e");
  g_assert_cmpuint (atlas_csv_reader_get_line (reader), ==, 4);
  g_assert_true (atlas_csv_reader_next (reader));
  g_assert_true (atlas_csv_reader_record_is_unterminated (reader));
  g_assert_cmpuint (atlas_csv_reader_get_line (reader), ==, 5);
  g_assert_false (atlas_csv_reader_next (reader));
}

/* Each bad row is skipped with its line and why; the good ones still count. */
static void
test_bad_rows (void)
{
  g_autoptr(AtlasSalaryImport) import = import_rows (
    "2024,SE,FT,MLOps Engineer,1,USD,100000,US,0,US,M\n"
    "2024,SE,FT,MLOps Engineer\n"
    "2024,SE,FT,MLOps Engineer,1,USD,-5,US,0,US,M\n"
    "2024,SE,FT,MLOps Engineer,1,USD,lots,US,0,US,M\n"
    "2024,XX,FT,MLOps Engineer,1,USD,100000,US,0,US,M\n"
    "2024,SE,FT,MLOps Engineer,1,USD,100000,ZZ,0,US,M\n"
    "20x4,SE,FT,MLOps Engineer,1,USD,100000,US,0,US,M\n"
    "2024,SE,XT,MLOps Engineer,1,USD,100000,US,0,US,M\n"
    "2024,SE,FT,MLOps Engineer,-1,USD,100000,US,0,US,M\n"
    "2024,SE,FT,\"MLOps Engineer,1,USD,100000,US,0,US,M\n");
  static const char * const expected[] = {
    "line 3: 4 fields where the header has 11",
    "line 4: salary_in_usd “-5” is negative",
    "line 5: salary_in_usd “lots” is not an amount",
    "line 6: experience_level “XX” is not one of EN, MI, SE, EX",
    "line 7: employee_residence “ZZ” is not an ISO 3166 country code",
    "line 8: work_year “20x4” is not a year",
    "line 9: employment_type “XT” is not one of FT, PT, CT, FL",
    "line 10: salary “-1” is negative",
    "line 11: a quoted field is never closed",
    NULL,
  };
  GPtrArray *problems = atlas_salary_import_get_problems (import);
  g_autoptr(GPtrArray) cells = aggregate (import);

  g_assert_cmpuint (atlas_salary_import_get_n_rows (import), ==, 10);
  g_assert_cmpuint (atlas_salary_import_get_n_skipped (import), ==, 9);
  g_assert_cmpuint (atlas_salary_import_get_n_skipped_for (import, ATLAS_SKIP_SALARY), ==, 3);
  g_ptr_array_add (problems, NULL);
  g_assert_cmpstrv ((const char * const *) problems->pdata, expected);
  g_ptr_array_remove_index (problems, problems->len - 1);
  assert_cell (find_cell (cells, "mlops-engineer", NULL, ATLAS_LEVEL_ALL), 1, 100000, 100000, 100000);
}

/* Only the first 20 bad rows are listed; the summary counts the rest. */
static void
test_many_bad_rows (void)
{
  g_autoptr(GString) rows = g_string_new (NULL);
  g_autoptr(AtlasSalaryImport) import = NULL;
  AtlasSalaryImportOptions options = { 0 };
  g_autofree char *summary = NULL;

  for (guint i = 0; i < 25; i++)
    g_string_append (rows, "garbage\n");
  import = import_rows (rows->str);
  g_assert_cmpuint (atlas_salary_import_get_n_skipped (import), ==, 25);
  g_assert_cmpuint (atlas_salary_import_get_problems (import)->len, ==, 20);
  summary = atlas_salary_import_describe (import, &options);
  g_assert_nonnull (strstr (summary, "25 rows skipped\n  wrong number of fields: 25\n  line 2: 1 fields"));
  g_assert_nonnull (strstr (summary, "line 21: 1 fields where the header has 11\n  and 5 more skipped rows\n"));
}

typedef struct
{
  const char *name;
  const char *text;
  gsize length;
  int code;
  const char *message;
} BadFile;

static void
test_bad_files (void)
{
  static const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0";
  const BadFile cases[] = {
    { "empty", "", 0, ATLAS_SALARY_IMPORT_ERROR_EMPTY, "test.csv: the file is empty" },
    { "blank", " \r\n\n", 4, ATLAS_SALARY_IMPORT_ERROR_EMPTY, "test.csv: the file is empty" },
    { "binary", binary, sizeof binary - 1, ATLAS_SALARY_IMPORT_ERROR_NOT_SALARY_CSV,
      "test.csv: not a salary CSV file: its first line should name columns such as work_year, "
      "experience_level, job_title and salary_in_usd" },
    { "other-csv", "name,age\nAda,36\n", 16, ATLAS_SALARY_IMPORT_ERROR_NOT_SALARY_CSV,
      "test.csv: not a salary CSV file: its first line should name columns such as work_year, "
      "experience_level, job_title and salary_in_usd" },
    { "missing-columns", "work_year,job_title,experience_level,employment_type\n2024,MLOps Engineer,SE,FT\n", 0,
      ATLAS_SALARY_IMPORT_ERROR_MISSING_COLUMNS,
      "test.csv: line 1: missing columns: salary_in_usd, employee_residence" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = cases[i].length > 0 || cases[i].text[0] == '\0' ? cases[i].length : strlen (cases[i].text);
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].text, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(AtlasSalaryImport) import = atlas_salary_import_new_from_bytes (bytes, "test.csv", dataset, &error);

      g_test_message ("%s", cases[i].name);
      g_assert_null (import);
      g_assert_error (error, ATLAS_SALARY_IMPORT_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* Cells become quartile figures of their source, with the sample size and a note. */
static void
test_to_figure (void)
{
  g_autoptr(AtlasSalaryImport) import = import_rows (
    "2023,SE,FT,MLOps Engineer,1,USD,100000,US,0,US,M\n"
    "2024,SE,FT,MLOps Engineer,1,USD,200001,US,0,US,M\n");
  g_autoptr(GPtrArray) cells = aggregate (import);
  g_autoptr(AtlasSalaryFigure) figure =
    atlas_salary_aggregate_to_figure (find_cell (cells, "mlops-engineer", "US", ATLAS_LEVEL_SENIOR), "mine");

  g_assert_cmpint (atlas_salary_figure_get_statistic (figure), ==, ATLAS_STATISTIC_QUARTILES);
  g_assert_cmpint (atlas_salary_figure_get_low (figure), ==, 125000);
  g_assert_cmpint (atlas_salary_figure_get_value (figure), ==, 150001);
  g_assert_cmpint (atlas_salary_figure_get_high (figure), ==, 175001);
  g_assert_cmpint (atlas_salary_figure_get_sample_size (figure), ==, 2);
  g_assert_cmpint (atlas_salary_figure_get_year (figure), ==, 2024);
  g_assert_cmpstr (atlas_salary_figure_get_source_id (figure), ==, "mine");
  g_assert_cmpstr (atlas_salary_figure_get_note (figure), ==, "Work years 2023–2024; lowest $100,000, highest $200,001");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  dataset = atlas_dataset_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/atlas/salary-import/percentiles", test_percentiles);
  g_test_add_func ("/atlas/salary-import/aggregates", test_aggregates);
  g_test_add_func ("/atlas/salary-import/title-rules", test_title_rules);
  g_test_add_func ("/atlas/salary-import/options", test_options);
  g_test_add_func ("/atlas/salary-import/csv-forms", test_csv_forms);
  g_test_add_func ("/atlas/salary-import/csv-reader-lines", test_csv_reader_lines);
  g_test_add_func ("/atlas/salary-import/bad-rows", test_bad_rows);
  g_test_add_func ("/atlas/salary-import/many-bad-rows", test_many_bad_rows);
  g_test_add_func ("/atlas/salary-import/bad-files", test_bad_files);
  g_test_add_func ("/atlas/salary-import/to-figure", test_to_figure);

  status = g_test_run ();
  g_clear_object (&dataset);
  return status;
}
