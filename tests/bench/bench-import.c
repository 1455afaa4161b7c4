/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-bench"

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "atlas-dataset.h"
#include "atlas-salary-import.h"
#include "bench-median.h"

/* Imports and aggregates the aijobs.net snapshot (74,301 records) 10 times and prints the
 * median against the 0.25 s target, beside the same work done by the Python reference
 * (tests/reference/salary_aggregates.py) when given its command.
 *   bench-import SNAPSHOT.csv [PYTHON REFERENCE.py DATASET.json] */

#define RUNS 10
#define TARGET_S 0.25

static double
time_import (AtlasDataset *dataset,
             GFile        *file,
             guint        *n_cells)
{
  AtlasSalaryImportOptions options = { 0 };
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasSalaryImport) import = atlas_salary_import_new_from_file (file, dataset, NULL, &error);
  g_autoptr(GPtrArray) cells = NULL;

  g_assert_no_error (error);
  cells = atlas_salary_import_aggregate (import, &options, NULL);
  *n_cells = cells->len;
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
time_reference (const char * const *argv)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GFile) file = NULL;
  double ours[RUNS], theirs[RUNS];
  guint n_cells = 0;
  double result;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc < 2)
    {
      g_printerr ("usage: bench-import SNAPSHOT.csv [PYTHON REFERENCE.py DATASET.json]\n");
      return 2;
    }
  dataset = atlas_dataset_new_bundled (&error);
  g_assert_no_error (error);
  file = g_file_new_for_commandline_arg (argv[1]);

  for (guint i = 0; i < RUNS; i++)
    ours[i] = time_import (dataset, file, &n_cells);
  result = bench_median (ours, RUNS);
  g_print ("salary import, aijobs.net snapshot (%u cells): median of %d runs %.3f s, target < %.2f s: %s\n",
           n_cells, RUNS, result, TARGET_S, result < TARGET_S ? "met" : "NOT MET");

  if (argc >= 5)
    {
      const char *reference[] = { argv[2], argv[3], argv[4], argv[1], "--min-records=1", NULL };

      for (guint i = 0; i < RUNS; i++)
        theirs[i] = time_reference (reference);
      g_print ("  the same work by the Python reference (csv + statistics, process included): "
               "median of %d runs %.3f s\n", RUNS, bench_median (theirs, RUNS));
    }
  return result < TARGET_S ? 0 : 1;
}
