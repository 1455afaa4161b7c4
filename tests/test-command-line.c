/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#define _GNU_SOURCE 1

#include <locale.h>
#include <signal.h>
#include <sys/resource.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>

#include <gio/gio.h>

#include "chart-test-utils.h"

/* Runs the real role-atlas executable, as a recruiter's script would, and compares what it
 * prints byte for byte. */

typedef struct
{
  char *out;
  char *err;
  int status;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* @language: (nullable): the LANGUAGE the program runs in, or NULL for the tests' own */
static void
run_role_atlas_in (Run                *run,
                   const char         *language,
                   const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("ROLE_ATLAS");

  g_assert_nonnull (program);
  g_ptr_array_add (argv, (char *) program);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (language != NULL)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
}

static void
run_role_atlas (Run                *run,
                const char * const *args)
{
  run_role_atlas_in (run, NULL, args);
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static char *
read_expected (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "expected", name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_list (gconstpointer data)
{
  const char *what = data;
  g_autofree char *fixture = data_path ("fixture.json");
  g_autofree char *list_arg = g_strdup_printf ("--list=%s", what);
  g_autofree char *expected_name = g_strdup_printf ("list-%s.csv", what);
  g_autofree char *expected = read_expected (expected_name);
  const char *args[] = { list_arg, "--data", fixture, NULL };
  g_auto(Run) run = { 0 };

  run_role_atlas (&run, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, expected);
}

/* Without a display the program says so and stops; it must not go on without one, as it
 * did when it opened the display itself before GTK would (GTK does not try twice). The
 * session bus is out of reach so that the program cannot hand over to another instance. */
static void
test_no_display (void)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus", TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("ROLE_ATLAS"), NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run.out, &run.err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "cannot open display"));
  g_assert_null (strstr (run.err, "CRITICAL"));
}

static void
test_validate_fixture (void)
{
  g_autofree char *fixture = data_path ("fixture.json");
  const char *args[] = { "--validate", fixture, NULL };
  g_auto(Run) run = { 0 };

  run_role_atlas (&run, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "OK: 5 roles, 5 skills, 5 salary figures, 1 career paths, 2 sources\n");
}

static void
test_validate_bundled (void)
{
  const char *args[] = { "--validate", NULL };
  g_auto(Run) run = { 0 };

  run_role_atlas (&run, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "OK: 27 roles, 35 skills, 667 salary figures, 6 career paths, 6 sources\n");
}

/* One line a problem, each naming the file and the JSON path, then exit status 1. */
static void
test_validate_bad (void)
{
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", "several-problems.json", NULL);
  g_autofree char *expected = g_strdup_printf (
    "%s: $.roles[0].name: expected a string, found a whole number\n"
    "%s: $.salaries[0].currency: “EURO” is not an ISO 4217 currency code (such as USD or EUR)\n",
    bad, bad);
  const char *args[] = { "--validate", bad, NULL };
  g_auto(Run) run = { 0 };

  run_role_atlas (&run, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, expected);
}

/* A German user gets German messages, from the catalogue and from the dataset. */
static void
test_german (void)
{
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", "several-problems.json", NULL);
  g_autofree char *expected = g_strdup_printf (
    "%s: $.roles[0].name: Zeichenkette erwartet, eine ganze Zahl gefunden\n"
    "%s: $.salaries[0].currency: „EURO“ ist kein Währungscode nach ISO 4217 (wie USD oder EUR)\n",
    bad, bad);
  const char *validate[] = { "--validate", bad, NULL };
  const char *list[] = { "--list=roles", NULL };
  g_auto(Run) run = { 0 };
  g_auto(Run) roles = { 0 };

  run_role_atlas_in (&run, "de", validate);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, expected);

  run_role_atlas_in (&roles, "de", list);
  g_assert_cmpint (roles.status, ==, 0);
  g_assert_true (g_str_has_prefix (roles.out, "id,name\r\n"
                                              "ml-infrastructure-engineer,ML-Infrastruktur-Engineer\r\n"
                                              "mlops-engineer,MLOps-Engineer\r\n"));
}

/* Spanish help text, and the English fallback for a language the app does not have. */
static void
test_spanish_and_fallback (void)
{
  const char *help[] = { "--help", NULL };
  g_auto(Run) spanish = { 0 };
  g_auto(Run) french = { 0 };

  run_role_atlas_in (&spanish, "es", help);
  g_assert_cmpint (spanish.status, ==, 0);
  g_assert_nonnull (strstr (spanish.out, "Mostrar la versión y salir"));
  g_assert_nonnull (strstr (spanish.out, "Usar ARCHIVO en lugar del conjunto de datos incluido"));

  run_role_atlas_in (&french, "fr", help);
  g_assert_cmpint (french.status, ==, 0);
  g_assert_nonnull (strstr (french.out, "Print the version and exit"));
}

/* --import-salaries prints the cells as CSV and what it did on stderr. */
static void
test_import_salaries (void)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "salaries", "fixture.csv", NULL);
  g_autofree char *file_arg = g_strdup_printf ("--import-salaries=%s", fixture);
  g_autofree char *expected = read_expected ("import-fixture.csv");
  g_autofree char *summary = g_strdup_printf (
    "%s: 9 records read\n"
    "7 records used, in 7 cells\n"
    "0 rows skipped\n"
    "1 exact duplicate row kept\n"
    "1 part-time, contract or freelance record left out\n"
    "1 record with a title no rule maps to a role\n"
    "  Data Wizard: 1\n", fixture);
  const char *all_cells[] = { file_arg, "--min-records=1", NULL };
  const char *default_cells[] = { file_arg, NULL };
  const char *dropped[] = { file_arg, "--drop-duplicates", "--min-records=1", NULL };
  g_auto(Run) run = { 0 };
  g_auto(Run) small = { 0 };
  g_auto(Run) drop = { 0 };

  run_role_atlas (&run, all_cells);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, summary);

  /* By default cells of fewer than 5 records are left out, and the summary says so. */
  run_role_atlas (&small, default_cells);
  g_assert_cmpint (small.status, ==, 0);
  g_assert_cmpstr (small.out, ==, "role,country,level,n,p25,median,p75,min,max,first_year,last_year\r\n"
                                  "mlops-engineer,,all,6,95001,97501,115000,90000,200000,2023,2025\r\n"
                                  "mlops-engineer,US,all,6,95001,97501,115000,90000,200000,2023,2025\r\n");
  g_assert_true (g_str_has_suffix (small.err, "5 cells with fewer than 5 records not printed; lower "
                                              "--min-records to see them\n"));

  run_role_atlas (&drop, dropped);
  g_assert_nonnull (strstr (drop.out, "mlops-engineer,US,mid,2,91250,92501,93751,90000,95001,2024,2025\r\n"));
  g_assert_nonnull (strstr (drop.err, "1 exact duplicate row dropped\n"));
}

static void
test_import_salaries_bad (void)
{
  g_autofree char *not_csv = g_test_build_filename (G_TEST_DIST, "data", "fixture.json", NULL);
  g_autofree char *not_csv_arg = g_strdup_printf ("--import-salaries=%s", not_csv);
  g_autofree char *expected = g_strdup_printf (
    "%s: not a salary CSV file: its first line should name columns such as work_year, "
    "experience_level, job_title and salary_in_usd\n", not_csv);
  const char *bad_file[] = { not_csv_arg, NULL };
  /* GApplication cannot tell --min-records=0 from no option, so a negative number stands in. */
  const char *bad_option[] = { "--import-salaries=x.csv", "--min-records=-3", NULL };
  g_auto(Run) run = { 0 };
  g_auto(Run) option = { 0 };

  run_role_atlas (&run, bad_file);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, expected);

  run_role_atlas (&option, bad_option);
  g_assert_cmpint (option.status, ==, 2);
  g_assert_cmpstr (option.err, ==, "role-atlas: --min-records takes 1 to 1000000, not -3\n");
}

static void
limit_file_size (gpointer user_data)
{
  struct rlimit limit = { 20000, 20000 };

  /* Past 20 kB the kernel kills the writer with SIGXFSZ: an export dying midway. */
  setrlimit (RLIMIT_FSIZE, &limit);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* An export killed while it writes leaves the old file as it was and no partial file. */
static void
test_export_killed_midway (void)
{
  g_autofree char *dir = g_dir_make_tmp ("role-atlas-killed-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *output_arg = g_strdup_printf ("--output=%s", path);
  g_autofree char *contents = NULL;

  for (int existing = 1; existing >= 0; existing--)
    {
      g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE);
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GError) error = NULL;
      const char *argv[] = { g_getenv ("ROLE_ATLAS"), "--export=salary-grid", "--width=1600", output_arg, NULL };

      if (existing)
        g_assert_true (g_file_set_contents (path, "the chart of last week", -1, NULL));
      g_subprocess_launcher_set_child_setup (launcher, limit_file_size, NULL, NULL);
      process = g_subprocess_launcher_spawnv (launcher, argv, &error);
      g_assert_no_error (error);
      g_subprocess_wait (process, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (process));
      g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGXFSZ);

      if (existing)
        {
          g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
          g_assert_cmpstr (contents, ==, "the chart of last week");
          g_assert_cmpuint (count_files (dir), ==, 1);
          g_remove (path);
        }
      else
        g_assert_cmpuint (count_files (dir), ==, 0);
    }
  g_rmdir (dir);
}

static void
test_list_unknown (void)
{
  const char *args[] = { "--list=everything", NULL };
  g_auto(Run) run = { 0 };

  run_role_atlas (&run, args);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "role-atlas: unknown list “everything”; choose one of roles, "
                                "skills, salaries, paths, sources\n");
}

static void
test_list_bad_data (void)
{
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", "salary-negative.json", NULL);
  g_autofree char *expected = g_strdup_printf (
    "%s: $.salaries[0].low: -5 is not a valid amount; amounts must be above zero\n", bad);
  const char *args[] = { "--list=salaries", "--data", bad, NULL };
  g_auto(Run) run = { 0 };

  run_role_atlas (&run, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, expected);
}

static void
test_version (void)
{
  const char *args[] = { "--version", NULL };
  g_auto(Run) run = { 0 };

  run_role_atlas (&run, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "role-atlas " PACKAGE_VERSION "\n");
}

/* Every salary figure of the bundled data is listed: 41 from the documents, 626 cells of the
 * aijobs.net index, and the header. */
static void
test_list_bundled_salaries (void)
{
  const char *args[] = { "--list=salaries", NULL };
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;

  run_role_atlas (&run, args);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 41 + 626 + 1);
  g_assert_cmpstr (lines[0], ==, "role,country,level,basis,statistic,low,high,value,currency,year,"
                                 "source,sample_size,high_open,note");
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "ml-infrastructure-engineer,VN,all,,range,25000,45000,,USD,2026,"
                                  "second-talent-2026,,,Asia salary comparison table"));
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "mlops-engineer,,senior,total,range,260000,520000,,USD,2026,"
                                  "mlengineersalary-2026,,,Senior (L5); depends on employer tier"));
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "machine-learning-engineer,CA,senior,,quartiles,128300,210000,170000,USD,"
                                  "2025,aijobs-2025-01-19,153,,\"Work years 2022–2025; lowest $74,270, "
                                  "highest $500,000\""));
}

static const char * const chart_kinds[] = {
  "compare", "salary-by-level", "salary-by-country", "salary-grid", "skill-overlap", "skill-matrix",
  "top-skills", "career-paths",
};

static void
assert_valid_file (const char *path,
                   const char *extension)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  if (g_str_equal (extension, "png"))
    {
      const guchar *data = (const guchar *) contents;
      guint32 width = (guint32) data[16] << 24 | data[17] << 16 | data[18] << 8 | data[19];
      g_assert_true (memcmp (contents, "\x89PNG\r\n\x1a\n", 8) == 0);
      g_assert_cmpuint (width, ==, 1200);
    }
  else if (g_str_equal (extension, "svg"))
    {
      g_assert_nonnull (g_strstr_len (contents, MIN (length, 300), "<svg"));
      g_assert_nonnull (g_strrstr (contents, "</svg>"));
    }
  else
    g_assert_true (g_str_has_prefix (contents, "%PDF"));
}

/* Every chart kind to PNG, SVG and PDF from the command line. */
static void
test_export_every_chart (void)
{
  g_autofree char *dir = g_dir_make_tmp ("role-atlas-export-XXXXXX", NULL);
  static const char * const extensions[] = { "png", "svg", "pdf" };

  for (guint c = 0; c < G_N_ELEMENTS (chart_kinds); c++)
    for (guint e = 0; e < G_N_ELEMENTS (extensions); e++)
      {
        g_autofree char *path = g_strdup_printf ("%s/%s.%s", dir, chart_kinds[c], extensions[e]);
        g_autofree char *export_arg = g_strdup_printf ("--export=%s", chart_kinds[c]);
        g_autofree char *output_arg = g_strdup_printf ("--output=%s", path);
        const char *args[] = { export_arg, "--roles=mlops-engineer,ml-infrastructure-engineer",
                               "--width=1200", "--height=800", output_arg, NULL };
        g_auto(Run) run = { 0 };

        run_role_atlas (&run, args);
        g_assert_cmpstr (run.err, ==, "");
        g_assert_cmpint (run.status, ==, 0);
        assert_valid_file (path, extensions[e]);
        g_remove (path);
      }
  g_rmdir (dir);
}

static guint
count_pdf_pages (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint pages = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* The PDF holds binary streams: memmem, which does not stop at NUL bytes. */
  for (const char *p = contents; (p = memmem (p, contents + length - p, "/Type /Page", 11)) != NULL; p++)
    pages += p[11] != 's';
  return pages;
}

/* Renders each page with pdftoppm, as a reader would, and checks it has ink on it. */
static void
assert_pages_not_blank (const char *pdf,
                        const char *dir,
                        guint       n_pages)
{
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  const char *argv[] = { "pdftoppm", "-r", "30", "-png", pdf, prefix, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *png = g_strdup_printf ("%s-%02u.png", prefix, page);
      cairo_surface_t *surface = cairo_image_surface_create_from_png (png);
      int width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);
      int stride = cairo_image_surface_get_stride (surface);
      const guint8 *data = cairo_image_surface_get_data (surface);
      guint64 dark = 0;

      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          dark += (data[y * stride + 4 * x + 1]) < 160;
      g_assert_cmpuint (dark, >, (guint64) (width * height) / 500);
      cairo_surface_destroy (surface);
      g_remove (png);
    }
}

/* Exports the report with @options (at most four) into a new temporary folder, @dir, and
 * returns the PDF's path. */
static char *
export_report (const char * const *options,
               char              **dir)
{
  const char *args[7] = { "--export=report" };
  g_autofree char *output_arg = NULL;
  g_auto(Run) run = { 0 };
  guint n = 1;
  char *path;

  *dir = g_dir_make_tmp ("role-atlas-report-XXXXXX", NULL);
  path = g_build_filename (*dir, "report.pdf", NULL);
  output_arg = g_strdup_printf ("--output=%s", path);
  for (guint i = 0; options[i] != NULL; i++)
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (args) - 2);
      args[n++] = options[i];
    }
  args[n] = output_arg;
  run_role_atlas (&run, args);
  g_assert_cmpint (run.status, ==, 0);
  return path;
}

static void
remove_report (const char *path,
               const char *dir)
{
  g_remove (path);
  g_rmdir (dir);
}

static void
test_export_report (void)
{
  const char *options[] = { "--roles=mlops-engineer,ml-infrastructure-engineer,ai-infrastructure-engineer",
                            "--paper=letter", "--landscape", NULL };
  g_autofree char *dir = NULL;
  g_autofree char *path = export_report (options, &dir);

  assert_valid_file (path, "pdf");
  /* A cover, the comparison, 3 salary, 3 skill and 1 career chart, and the sources. */
  g_assert_cmpuint (count_pdf_pages (path), ==, 10);
  assert_pages_not_blank (path, dir, 10);
  remove_report (path, dir);
}

/* The text of page @page of the PDF at @path, as pdftotext reads it, lines joined by spaces. */
static char *
pdf_page_text (const char *path,
               guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-f", number, "-l", number, path, "-", NULL };
  char *text = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return g_strdelimit (text, "\n", ' ');
}

/* The cover names the dataset by its title, not by the resource path it was read from, and
 * lists what each page holds; every page after it says which it is. */
static void
test_export_report_cover (void)
{
  const char *options[] = { NULL };
  g_autofree char *dir = NULL;
  g_autofree char *path = export_report (options, &dir);
  g_autofree char *text = pdf_page_text (path, 1);

  g_assert_null (strstr (text, "Page 1"));
  for (guint page = 2; page <= 10; page++)
    {
      g_autofree char *page_text = pdf_page_text (path, page);
      g_autofree char *number = g_strdup_printf ("Page %u of 10", page);

      g_assert_nonnull (strstr (page_text, number));
    }
  g_assert_nonnull (strstr (text, "“ML and AI engineering roles, from five public documents”"));
  g_assert_null (strstr (text, "/io/github"));
  g_assert_nonnull (strstr (text, " Contents 2. Side by side: ML Infrastructure Engineer, MLOps Engineer "
                                  "3. Pay by level: ML Infrastructure Engineer and MLOps Engineer, United States "));
  g_assert_nonnull (strstr (text, " 9. Career paths 10. Sources "));
  remove_report (path, dir);
}

/* On upright paper the career diagram's page alone is turned sideways; in a landscape
 * report every page is landscape. */
static void
test_export_report_turns_career_page (void)
{
  const char *portrait[] = { NULL };
  const char *landscape[] = { "--landscape", NULL };
  g_autofree char *dir = NULL, *other_dir = NULL;
  g_autofree char *path = export_report (portrait, &dir);
  g_autofree char *other_path = export_report (landscape, &other_dir);
  g_autofree char *upright = chart_test_pdf_page_orientations (path);
  g_autofree char *sideways = chart_test_pdf_page_orientations (other_path);

  g_assert_cmpstr (upright, ==, "portrait portrait portrait portrait portrait portrait portrait portrait "
                                "landscape portrait");
  g_assert_cmpstr (sideways, ==, "landscape landscape landscape landscape landscape landscape landscape "
                                 "landscape landscape landscape");
  remove_report (path, dir);
  remove_report (other_path, other_dir);
}

typedef struct
{
  const char *args[4];
  const char *message;
} BadExport;

/* Unknown chart, role, country or level: one line naming the valid values, exit 2, and no
 * file written. */
static void
test_export_bad_arguments (void)
{
  g_autofree char *dir = g_dir_make_tmp ("role-atlas-bad-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *output_arg = g_strdup_printf ("--output=%s", path);
  const BadExport cases[] = {
    { { "--export=pie", NULL }, "role-atlas: unknown chart “pie”; choose one of compare, salary-by-level, "
                                "salary-by-country, salary-grid, skill-overlap, skill-matrix, top-skills, career-paths, report\n" },
    { { "--export=compare", "--roles=mlops-engineer,wizard", NULL }, "role-atlas: unknown role “wizard”; choose from " },
    { { "--export=salary-by-level", "--country=XX", NULL }, "role-atlas: unknown country “XX”; use an ISO 3166 code such as AD, AE, AM, " },
    { { "--export=salary-by-country", "--level=junior", NULL }, "role-atlas: unknown level “junior”; choose one of entry, mid, senior, staff, lead, executive, all\n" },
    { { "--export=compare", "--roles=mlops-engineer", NULL }, "role-atlas: --roles takes 2 to 4 role ids, not 1\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[6] = { NULL };
      g_auto(Run) run = { 0 };
      guint n = 0;

      for (; cases[i].args[n] != NULL; n++)
        args[n] = cases[i].args[n];
      args[n] = output_arg;
      run_role_atlas (&run, args);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, cases[i].message));
      g_assert_null (strchr (run.err, '\n') == run.err + strlen (run.err) - 1 ? NULL : "more than one line");
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  g_rmdir (dir);
}

/* A folder that cannot be written fails cleanly and leaves nothing; an existing file is
 * replaced whole. */
static void
test_export_atomic (void)
{
  g_autofree char *dir = g_dir_make_tmp ("role-atlas-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *output_arg = g_strdup_printf ("--output=%s", path);
  const char *unwritable[] = { "--export=salary-grid", "--output=/proc/role-atlas-test/chart.png", NULL };
  const char *over[] = { "--export=salary-grid", "--width=1200", output_arg, NULL };
  g_auto(Run) failed = { 0 };
  g_auto(Run) replaced = { 0 };
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  run_role_atlas (&failed, unwritable);
  g_assert_cmpint (failed.status, ==, 1);
  g_assert_true (g_str_has_prefix (failed.err, "role-atlas: Failed to "));
  g_assert_false (g_file_test ("/proc/role-atlas-test/chart.png", G_FILE_TEST_EXISTS));

  g_assert_true (g_file_set_contents (path, "not a picture at all", -1, NULL));
  run_role_atlas (&replaced, over);
  g_assert_cmpint (replaced.status, ==, 0);
  assert_valid_file (path, "png");

  /* No temporary file is left beside it. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const lists[] = { "roles", "skills", "salaries", "paths", "sources" };

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *path = g_strdup_printf ("/atlas/command-line/list/%s", lists[i]);
      g_test_add_data_func (path, lists[i], test_list);
    }
  g_test_add_func ("/atlas/command-line/list/unknown", test_list_unknown);
  g_test_add_func ("/atlas/command-line/list/bad-data", test_list_bad_data);
  g_test_add_func ("/atlas/command-line/list/bundled-salaries", test_list_bundled_salaries);
  g_test_add_func ("/atlas/command-line/validate/fixture", test_validate_fixture);
  g_test_add_func ("/atlas/command-line/validate/bundled", test_validate_bundled);
  g_test_add_func ("/atlas/command-line/validate/bad", test_validate_bad);
  g_test_add_func ("/atlas/command-line/version", test_version);
  g_test_add_func ("/atlas/command-line/no-display", test_no_display);
  g_test_add_func ("/atlas/command-line/import-salaries/fixture", test_import_salaries);
  g_test_add_func ("/atlas/command-line/import-salaries/bad", test_import_salaries_bad);
  g_test_add_func ("/atlas/command-line/translations/german", test_german);
  g_test_add_func ("/atlas/command-line/translations/spanish-and-fallback", test_spanish_and_fallback);
  g_test_add_func ("/atlas/command-line/export/every-chart", test_export_every_chart);
  g_test_add_func ("/atlas/command-line/export/report", test_export_report);
  g_test_add_func ("/atlas/command-line/export/report-turns-career-page", test_export_report_turns_career_page);
  g_test_add_func ("/atlas/command-line/export/report-cover", test_export_report_cover);
  g_test_add_func ("/atlas/command-line/export/bad-arguments", test_export_bad_arguments);
  g_test_add_func ("/atlas/command-line/export/atomic", test_export_atomic);
  g_test_add_func ("/atlas/command-line/export/killed-midway", test_export_killed_midway);

  return g_test_run ();
}
