/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdint.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Runs a fuzz target on files, as `make check` does with the seed and regression corpora,
 * so every input that once crashed stays fixed without libFuzzer or clang.
 *   replay-TARGET FILE-OR-FOLDER… */

static guint
replay_path (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint count = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          if (name[0] != '.')
            count += replay_path (child);
        }
      return count;
    }
  if (!g_file_get_contents (path, &contents, &length, NULL))
    g_error ("cannot read %s", path);
  {
    /* An exact-size copy without the NUL g_file_get_contents adds, as libFuzzer passes
     * data: AddressSanitizer then catches a read past the end here too. */
    g_autofree uint8_t *exact = g_memdup2 (contents, length);
    LLVMFuzzerTestOneInput (exact, length);
  }
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  guint count = 0;

  for (int i = 1; i < argc; i++)
    count += replay_path (argv[i]);
  g_print ("1..1\nok 1 - %u inputs replayed without a crash\n", count);
  return 0;
}
