/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdint.h>

#include "atlas-dataset.h"
#include "atlas-salary-import.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Any bytes as a salary CSV: an import or one error, never a crash; an import is
 * aggregated with every combination of options, each cell consistent. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static AtlasDataset *dataset;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasSalaryImport) import = NULL;

  if (dataset == NULL)
    {
      dataset = atlas_dataset_new_bundled (&error);
      g_assert_no_error (error);
    }
  import = atlas_salary_import_new_from_bytes (bytes, "fuzz.csv", dataset, &error);
  g_assert ((import == NULL) != (error == NULL));
  if (import == NULL)
    return 0;

  for (int combination = 0; combination < 4; combination++)
    {
      AtlasSalaryImportOptions options = { combination & 1, combination >> 1 };
      guint n_used = 0;
      g_autoptr(GPtrArray) cells = atlas_salary_import_aggregate (import, &options, &n_used);
      g_autofree char *summary = atlas_salary_import_describe (import, &options);

      for (guint i = 0; i < cells->len; i++)
        {
          AtlasSalaryAggregate *cell = g_ptr_array_index (cells, i);
          g_autoptr(AtlasSalaryFigure) figure = atlas_salary_aggregate_to_figure (cell, "fuzz");

          g_assert (atlas_salary_aggregate_get_n (cell) > 0);
          g_assert (atlas_salary_aggregate_get_min (cell) * 4 <= atlas_salary_aggregate_get_p25_quarters (cell));
          g_assert (atlas_salary_aggregate_get_p25_quarters (cell) <= atlas_salary_aggregate_get_median_quarters (cell));
          g_assert (atlas_salary_aggregate_get_median_quarters (cell) <= atlas_salary_aggregate_get_p75_quarters (cell));
          g_assert (atlas_salary_aggregate_get_p75_quarters (cell) <= atlas_salary_aggregate_get_max (cell) * 4);
        }
      g_assert (g_utf8_validate (summary, -1, NULL));
    }
  return 0;
}
