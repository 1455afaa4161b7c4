/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdint.h>

#include "atlas-career-graph.h"
#include "atlas-dataset.h"
#include "atlas-dataset-csv.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Any bytes as a dataset: either a dataset or an error, never both, never a crash; a
 * dataset that loads is used the way the app uses one. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_from_bytes (bytes, "fuzz.json", &error);

  g_assert ((dataset == NULL) != (error == NULL));
  if (dataset != NULL)
    {
      g_autoptr(GString) csv = g_string_new (NULL);
      g_autoptr(AtlasCareerGraph) graph = atlas_career_graph_new (dataset);
      g_autofree char *counts = atlas_dataset_describe_counts (dataset);

      for (int kind = 0; kind <= ATLAS_LIST_SOURCES; kind++)
        atlas_dataset_append_csv (dataset, kind, csv);
    }
  else
    g_assert (g_utf8_validate (error->message, -1, NULL));
  return 0;
}
