/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-bench"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "atlas-dataset.h"

/* Start to first frame, and peak memory at the first frame, of Role Atlas against the
 * minimal libadwaita window (tests/bench/mini.c), measured alternately, 10 runs each; then
 * loading and validating the bundled dataset against json-glib parsing the same bytes.
 * Needs a display (make bench runs it under xvfb-run with GSK_RENDERER=cairo).
 *   bench-startup ROLE_ATLAS MINI */

#define RUNS 10

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Milliseconds from exec to the child's first painted frame, and its peak RSS in MiB. */
static gboolean
time_first_frame (const char *program,
                  double     *ms,
                  double     *mib)
{
  const char *argv[] = { program, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time (), frame = 0;
  long rss = 0;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                     &status, &error) ||
      sscanf (out, "first-frame-us %" G_GINT64_FORMAT " peak-rss-kib %ld", &frame, &rss) != 2)
    return FALSE;
  *ms = (frame - start) / 1000.0;
  *mib = rss / 1024.0;
  return TRUE;
}

static void
bench_startup (const char *role_atlas,
               const char *mini,
               gboolean   *all_met)
{
  double atlas_ms[RUNS], mini_ms[RUNS], atlas_mib[RUNS], mini_mib[RUNS];
  double atlas_median, mini_median, atlas_rss, mini_rss;

  g_setenv ("ROLE_ATLAS_REPORT_FIRST_FRAME", "1", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* Warm the page cache once for each, then alternate. */
  time_first_frame (mini, &mini_ms[0], &mini_mib[0]);
  time_first_frame (role_atlas, &atlas_ms[0], &atlas_mib[0]);
  for (guint i = 0; i < RUNS; i++)
    {
      if (!time_first_frame (mini, &mini_ms[i], &mini_mib[i]) ||
          !time_first_frame (role_atlas, &atlas_ms[i], &atlas_mib[i]))
        {
          g_print ("startup: a program did not report its first frame (is there a display?)\n");
          *all_met = FALSE;
          return;
        }
    }
  atlas_median = median (atlas_ms, RUNS);
  mini_median = median (mini_ms, RUNS);
  atlas_rss = median (atlas_mib, RUNS);
  mini_rss = median (mini_mib, RUNS);
  g_print ("start to first frame, median of %d alternating runs: Role Atlas %.0f ms, minimal window %.0f ms, "
           "ratio %.2f (target <= 1.15): %s\n", RUNS, atlas_median, mini_median, atlas_median / mini_median,
           atlas_median <= 1.15 * mini_median ? "met" : "NOT MET");
  g_print ("peak resident memory at first frame: Role Atlas %.1f MiB, minimal window %.1f MiB, "
           "difference %+.1f MiB (target <= +15): %s\n", atlas_rss, mini_rss, atlas_rss - mini_rss,
           atlas_rss - mini_rss <= 15 ? "met" : "NOT MET");
  *all_met &= atlas_median <= 1.15 * mini_median && atlas_rss - mini_rss <= 15;
}

static void
bench_dataset_load (gboolean *all_met)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (ATLAS_DATASET_BUNDLED_PATH, 0, NULL);
  double load_ms[RUNS * 2], parse_ms[RUNS * 2];
  double load, parse;

  for (guint i = 0; i < RUNS * 2; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();

      json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
      parse_ms[i] = (g_get_monotonic_time () - start) / 1000.0;

      start = g_get_monotonic_time ();
      {
        g_autoptr(AtlasDataset) dataset = atlas_dataset_new_bundled (NULL);
        g_assert_nonnull (dataset);
      }
      load_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  load = median (load_ms, RUNS * 2);
  parse = median (parse_ms, RUNS * 2);
  g_print ("bundled dataset (%zu bytes): load and validate %.2f ms, json-glib parse alone %.2f ms, "
           "ratio %.2f (target <= 1.3): %s\n", g_bytes_get_size (bytes), load, parse, load / parse,
           load <= 1.3 * parse ? "met" : "NOT MET");
  *all_met &= load <= 1.3 * parse;
}

int
main (int   argc,
      char *argv[])
{
  gboolean all_met = TRUE;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc < 3)
    {
      g_printerr ("usage: bench-startup ROLE_ATLAS MINI\n");
      return 2;
    }
  bench_startup (argv[1], argv[2], &all_met);
  bench_dataset_load (&all_met);
  return all_met ? 0 : 1;
}
