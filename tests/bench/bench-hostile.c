/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-bench"

#include "config.h"

#include <locale.h>
#include <sys/resource.h>

#include "atlas-dataset.h"
#include "atlas-salary-import.h"

/* The largest hostile inputs that are still accepted (or refused only after reading), each
 * timed once against the 5 s bound, with the process's peak memory after it. */

#define LIMIT_S 5.0

static double
peak_rss_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

static gboolean
report (const char *what,
        gint64      start,
        const char *outcome)
{
  double seconds = (g_get_monotonic_time () - start) / 1e6;

  g_print ("%-58s %6.2f s  peak %5.0f MiB  %s  %s\n", what, seconds, peak_rss_mib (), outcome,
           seconds < LIMIT_S ? "met" : "NOT MET");
  return seconds < LIMIT_S;
}

static GBytes *
many_roles (guint n)
{
  GString *text = g_string_new ("{\"format\": \"role-atlas-dataset\", \"version\": 1, \"sources\": "
                                "[{\"id\": \"doc\", \"title\": \"Doc\", \"kind\": \"article\"}], \"roles\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\": \"r%u\", \"name\": \"Role %u\", \"family\": \"f\"}",
                            i > 0 ? "," : "", i, i);
  g_string_append (text, "]}");
  return g_string_free_to_bytes (text);
}

static GBytes *
million_records (gboolean garbage)
{
  GString *text = g_string_new ("work_year,experience_level,employment_type,job_title,salary,"
                                "salary_currency,salary_in_usd,employee_residence,remote_ratio,"
                                "company_location,company_size\r\n");
  static const char * const titles[] = { "MLOps Engineer", "Machine Learning Engineer", "Data Engineer", "Wizard" };
  static const char * const countries[] = { "US", "CA", "DE", "GB", "IN" };
  static const char * const levels[] = { "EN", "MI", "SE", "EX" };

  for (guint i = 0; i < 1000000; i++)
    {
      if (garbage)
        g_string_append (text, "\xff garbage \"line\", with, too, few, fields\r\n");
      else
        g_string_append_printf (text, "%u,%s,FT,%s,%u,USD,%u,%s,0,US,M\r\n", 2020 + i % 5, levels[i % 4],
                                titles[i % 4], 50000 + (i * 7919) % 250000, 50000 + (i * 7919) % 250000,
                                countries[i % 5]);
    }
  return g_string_free_to_bytes (text);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AtlasDataset) bundled = NULL;
  gboolean all_met = TRUE;

  setlocale (LC_ALL, "C.UTF-8");
  bundled = atlas_dataset_new_bundled (NULL);
  g_print ("hostile input (largest accepted)                               time   memory  outcome  < 5 s\n");

  for (guint n = 240000; n <= 1000000; n += 760000)
    {
      g_autoptr(GBytes) bytes = many_roles (n);
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(AtlasDataset) dataset = atlas_dataset_new_from_bytes (bytes, "roles.json", &error);
      g_autofree char *what = g_strdup_printf ("dataset, %u roles (%.0f MB)", n, g_bytes_get_size (bytes) / 1e6);

      all_met &= report (what, start, dataset != NULL ? "loaded" : "refused: too many objects");
    }
  {
    g_autoptr(GBytes) bytes = million_records (FALSE);
    g_autoptr(GError) error = NULL;
    gint64 start = g_get_monotonic_time ();
    g_autoptr(AtlasSalaryImport) import = atlas_salary_import_new_from_bytes (bytes, "records.csv", bundled, &error);
    AtlasSalaryImportOptions options = { 0 };
    g_autoptr(GPtrArray) cells = import != NULL ? atlas_salary_import_aggregate (import, &options, NULL) : NULL;
    g_autofree char *what = g_strdup_printf ("salary CSV, 10^6 records (%.0f MB), imported and aggregated",
                                             g_bytes_get_size (bytes) / 1e6);

    all_met &= report (what, start, cells != NULL ? "imported" : error->message);
  }
  {
    g_autoptr(GBytes) bytes = million_records (TRUE);
    g_autoptr(GError) error = NULL;
    gint64 start = g_get_monotonic_time ();
    g_autoptr(AtlasSalaryImport) import = atlas_salary_import_new_from_bytes (bytes, "garbage.csv", bundled, &error);
    g_autofree char *what = g_strdup_printf ("salary CSV, 10^6 garbage lines (%.0f MB)", g_bytes_get_size (bytes) / 1e6);

    all_met &= report (what, start, import != NULL ? "rows skipped, reported" : error->message);
  }
  return all_met ? 0 : 1;
}
