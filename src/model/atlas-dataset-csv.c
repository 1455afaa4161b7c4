/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-csv.h"
#include "atlas-dataset-csv.h"

static const char * const list_kind_names[] = {
  [ATLAS_LIST_ROLES] = "roles",
  [ATLAS_LIST_SKILLS] = "skills",
  [ATLAS_LIST_SALARIES] = "salaries",
  [ATLAS_LIST_PATHS] = "paths",
  [ATLAS_LIST_SOURCES] = "sources",
  NULL
};

gboolean
atlas_list_kind_from_string (const char    *text,
                             AtlasListKind *kind)
{
  for (guint i = 0; list_kind_names[i] != NULL; i++)
    if (g_strcmp0 (text, list_kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

char *
atlas_list_kind_list_spellings (void)
{
  return g_strjoinv (", ", (char **) list_kind_names);
}

/* Amounts print as plain integers; absent ones as empty fields. */
static char *
format_amount (gint64 amount)
{
  return amount >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, amount) : NULL;
}

static char *
format_positive (int number)
{
  return number > 0 ? g_strdup_printf ("%d", number) : NULL;
}

static char *
format_proficiency (AtlasRoleSkill *role_skill)
{
  AtlasProficiency min = atlas_role_skill_get_min_proficiency (role_skill);
  AtlasProficiency max = atlas_role_skill_get_max_proficiency (role_skill);

  if (min == ATLAS_PROFICIENCY_UNSTATED)
    return NULL;
  if (min == max)
    return g_strdup (atlas_proficiency_to_string (min));
  return g_strdup_printf ("%s-%s", atlas_proficiency_to_string (min),
                          atlas_proficiency_to_string (max));
}

static void
append_roles (AtlasDataset *self,
              GString      *out)
{
  static const char * const header[] = { "id", "name" };
  GListModel *roles = atlas_dataset_get_roles (self);

  atlas_csv_append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(AtlasRole) role = g_list_model_get_item (roles, i);
      const char *row[] = { atlas_role_get_id (role), atlas_role_get_name (role) };

      atlas_csv_append_row (out, row, G_N_ELEMENTS (row));
    }
}

/* Several sources may give one role × skill the same level; the list shows each
 * distinct row once. */
static void
append_skills (AtlasDataset *self,
               GString      *out)
{
  static const char * const header[] = { "role", "skill", "category", "proficiency" };
  GListModel *role_skills = atlas_dataset_get_role_skills (self);
  g_autoptr(GHashTable) printed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  atlas_csv_append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < g_list_model_get_n_items (role_skills); i++)
    {
      g_autoptr(AtlasRoleSkill) role_skill = g_list_model_get_item (role_skills, i);
      AtlasSkill *skill = atlas_dataset_lookup_skill (self, atlas_role_skill_get_skill_id (role_skill));
      g_autofree char *proficiency = format_proficiency (role_skill);
      const char *row[] = {
        atlas_role_skill_get_role_id (role_skill), atlas_skill_get_id (skill),
        atlas_skill_get_category (skill), proficiency,
      };
      g_autoptr(GString) line = g_string_new (NULL);

      atlas_csv_append_row (line, row, G_N_ELEMENTS (row));
      if (g_hash_table_add (printed, g_strdup (line->str)))
        g_string_append (out, line->str);
    }
}

static void
append_salaries (AtlasDataset *self,
                 GString      *out)
{
  static const char * const header[] = {
    "role", "country", "level", "basis", "statistic", "low", "high", "value", "currency",
    "year", "source", "sample_size", "high_open", "note",
  };
  GListModel *salaries = atlas_dataset_get_salaries (self);

  atlas_csv_append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < g_list_model_get_n_items (salaries); i++)
    {
      g_autoptr(AtlasSalaryFigure) figure = g_list_model_get_item (salaries, i);
      g_autofree char *low = format_amount (atlas_salary_figure_get_low (figure));
      g_autofree char *high = format_amount (atlas_salary_figure_get_high (figure));
      g_autofree char *value = format_amount (atlas_salary_figure_get_value (figure));
      g_autofree char *year = format_positive (atlas_salary_figure_get_year (figure));
      g_autofree char *sample_size = format_positive (atlas_salary_figure_get_sample_size (figure));
      AtlasPayBasis basis = atlas_salary_figure_get_basis (figure);
      const char *row[] = {
        atlas_salary_figure_get_role_id (figure),
        atlas_salary_figure_get_country (figure),
        atlas_level_to_string (atlas_salary_figure_get_level (figure)),
        basis != ATLAS_PAY_BASIS_UNSTATED ? atlas_pay_basis_to_string (basis) : NULL,
        atlas_statistic_to_string (atlas_salary_figure_get_statistic (figure)),
        low, high, value,
        atlas_salary_figure_get_currency (figure),
        year,
        atlas_salary_figure_get_source_id (figure),
        sample_size,
        atlas_salary_figure_get_high_open (figure) ? "yes" : NULL,
        atlas_salary_figure_get_note (figure),
      };

      atlas_csv_append_row (out, row, G_N_ELEMENTS (row));
    }
}

static void
append_paths (AtlasDataset *self,
              GString      *out)
{
  static const char * const header[] = { "path", "step", "title", "role" };
  GListModel *paths = atlas_dataset_get_paths (self);

  atlas_csv_append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < g_list_model_get_n_items (paths); i++)
    {
      g_autoptr(AtlasCareerPath) path = g_list_model_get_item (paths, i);
      GListModel *steps = atlas_career_path_get_steps (path);

      for (guint k = 0; k < g_list_model_get_n_items (steps); k++)
        {
          g_autoptr(AtlasPathStep) step = g_list_model_get_item (steps, k);
          g_autofree char *position = g_strdup_printf ("%d", atlas_path_step_get_position (step));
          const char *row[] = {
            atlas_career_path_get_id (path), position, atlas_path_step_get_title (step),
            atlas_path_step_get_role_id (step),
          };

          atlas_csv_append_row (out, row, G_N_ELEMENTS (row));
        }
    }
}

static void
append_sources (AtlasDataset *self,
                GString      *out)
{
  static const char * const header[] = { "id", "title", "publisher", "date", "url" };
  GListModel *sources = atlas_dataset_get_sources (self);

  atlas_csv_append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(AtlasSource) source = g_list_model_get_item (sources, i);
      const char *row[] = {
        atlas_source_get_id (source), atlas_source_get_title (source),
        atlas_source_get_publisher (source), atlas_source_get_date (source),
        atlas_source_get_url (source),
      };

      atlas_csv_append_row (out, row, G_N_ELEMENTS (row));
    }
}

void
atlas_dataset_append_csv (AtlasDataset  *self,
                          AtlasListKind  kind,
                          GString       *out)
{
  g_return_if_fail (ATLAS_IS_DATASET (self));
  g_return_if_fail (out != NULL);

  switch (kind)
    {
    case ATLAS_LIST_ROLES: append_roles (self, out); break;
    case ATLAS_LIST_SKILLS: append_skills (self, out); break;
    case ATLAS_LIST_SALARIES: append_salaries (self, out); break;
    case ATLAS_LIST_PATHS: append_paths (self, out); break;
    case ATLAS_LIST_SOURCES: append_sources (self, out); break;
    default: g_return_if_reached ();
    }
}

char *
atlas_dataset_describe_counts (AtlasDataset *self)
{
  guint roles, skills, salaries, paths, sources;

  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  roles = g_list_model_get_n_items (atlas_dataset_get_roles (self));
  skills = g_list_model_get_n_items (atlas_dataset_get_skills (self));
  salaries = g_list_model_get_n_items (atlas_dataset_get_salaries (self));
  paths = g_list_model_get_n_items (atlas_dataset_get_paths (self));
  sources = g_list_model_get_n_items (atlas_dataset_get_sources (self));

  /* The machine-readable summary stays in English so that scripts can parse it. */
  return g_strdup_printf ("OK: %u roles, %u skills, %u salary figures, %u career paths, "
                          "%u sources", roles, skills, salaries, paths, sources);
}
