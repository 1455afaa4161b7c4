/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include <libintl.h>
#include <string.h>

#include "atlas-iso-codes.h"

typedef struct
{
  const char *code;
  const char *name;
} AtlasIsoEntry;

#include "atlas-iso-codes-table.h"

/* strcmp() for codes of a few ASCII letters, inlined: the loader checks a code per salary
 * figure, and a library call per comparison was most of the cost. */
static inline int
compare_codes (const char *a,
               const char *b)
{
  while (*a != '\0' && *a == *b)
    {
      a++;
      b++;
    }
  return (guchar) *a - (guchar) *b;
}

static const AtlasIsoEntry *
find_entry (const AtlasIsoEntry *table,
            gsize                n_entries,
            const char          *code)
{
  gsize low = 0, high = n_entries;

  if (code == NULL)
    return NULL;
  while (low < high)
    {
      gsize middle = low + (high - low) / 2;
      int order = compare_codes (code, table[middle].code);

      if (order == 0)
        return &table[middle];
      if (order < 0)
        high = middle;
      else
        low = middle + 1;
    }
  return NULL;
}

gboolean
atlas_country_is_known (const char *alpha2)
{
  return find_entry (atlas_countries, G_N_ELEMENTS (atlas_countries), alpha2) != NULL;
}

/* The short name from iso-codes ("Vietnam"), in the user's language where the iso-codes
 * package has it (its iso_3166-1 gettext domain; GNOME runtimes ship it), else English. */
const char *
atlas_country_get_name (const char *alpha2)
{
  static gsize domain_bound = 0;
  const AtlasIsoEntry *entry = find_entry (atlas_countries, G_N_ELEMENTS (atlas_countries), alpha2);

  if (entry == NULL)
    return NULL;
  if (g_once_init_enter (&domain_bound))
    {
      bind_textdomain_codeset ("iso_3166-1", "UTF-8");
      g_once_init_leave (&domain_bound, 1);
    }
  return dgettext ("iso_3166-1", entry->name);
}

gboolean
atlas_currency_is_known (const char *alpha3)
{
  return find_entry (atlas_currencies, G_N_ELEMENTS (atlas_currencies), alpha3) != NULL;
}
