/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include <string.h>

#include "atlas-queries.h"

#include "atlas-item-list.h"

/* The dataset's lists are AtlasItemLists: a query reads their items in place. */
#define LIST_ITEMS(list, n_items) atlas_item_list_peek_items (ATLAS_ITEM_LIST (list), (n_items))

static gboolean
salary_matches (AtlasSalaryFigure       *figure,
                const AtlasSalaryFilter *filter)
{
  const char *country = atlas_salary_figure_get_country (figure);

  if (filter->role_id != NULL && g_strcmp0 (filter->role_id, atlas_salary_figure_get_role_id (figure)) != 0)
    return FALSE;
  if (filter->country != NULL && strcmp (filter->country, country != NULL ? country : "") != 0)
    return FALSE;
  if (filter->level >= 0 && (int) atlas_salary_figure_get_level (figure) != filter->level)
    return FALSE;
  if (filter->basis >= 0 && (int) atlas_salary_figure_get_basis (figure) != filter->basis)
    return FALSE;
  if (filter->statistic >= 0 && (int) atlas_salary_figure_get_statistic (figure) != filter->statistic)
    return FALSE;
  return TRUE;
}

GPtrArray *
atlas_query_salaries (AtlasDataset            *dataset,
                      const AtlasSalaryFilter *filter)
{
  static const AtlasSalaryFilter any = ATLAS_SALARY_FILTER_ANY;
  GListModel *salaries;
  GPtrArray *result;
  gpointer *items;
  guint n_items;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  if (filter == NULL)
    filter = &any;
  salaries = atlas_dataset_get_salaries (dataset);
  result = g_ptr_array_new ();
  items = LIST_ITEMS (salaries, &n_items);
  for (guint i = 0; i < n_items; i++)
    if (salary_matches (items[i], filter))
      g_ptr_array_add (result, items[i]);
  return result;
}

GPtrArray *
atlas_query_statements (AtlasDataset *dataset,
                        const char   *role_id,
                        const char   *topic)
{
  GListModel *statements;
  GPtrArray *result;
  gpointer *items;
  guint n_items;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  statements = atlas_dataset_get_statements (dataset);
  result = g_ptr_array_new ();
  items = LIST_ITEMS (statements, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      AtlasStatement *statement = items[i];

      if (role_id != NULL && g_strcmp0 (role_id, atlas_statement_get_role_id (statement)) != 0)
        continue;
      if (topic != NULL && g_strcmp0 (topic, atlas_statement_get_topic (statement)) != 0)
        continue;
      g_ptr_array_add (result, statement);
    }
  return result;
}

GPtrArray *
atlas_query_role_skills (AtlasDataset *dataset,
                         const char   *role_id)
{
  GListModel *role_skills;
  GPtrArray *result;
  gpointer *items;
  guint n_items;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  role_skills = atlas_dataset_get_role_skills (dataset);
  result = g_ptr_array_new ();
  items = LIST_ITEMS (role_skills, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      AtlasRoleSkill *role_skill = items[i];

      if (role_id == NULL || g_strcmp0 (role_id, atlas_role_skill_get_role_id (role_skill)) == 0)
        g_ptr_array_add (result, role_skill);
    }
  return result;
}

GPtrArray *
atlas_query_transitions (AtlasDataset *dataset,
                         const char   *from_id,
                         const char   *to_id)
{
  GListModel *transitions;
  GPtrArray *result;
  gpointer *items;
  guint n_items;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  transitions = atlas_dataset_get_transitions (dataset);
  result = g_ptr_array_new ();
  items = LIST_ITEMS (transitions, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      AtlasTransition *transition = items[i];

      if (from_id != NULL && g_strcmp0 (from_id, atlas_transition_get_from_id (transition)) != 0)
        continue;
      if (to_id != NULL && g_strcmp0 (to_id, atlas_transition_get_to_id (transition)) != 0)
        continue;
      g_ptr_array_add (result, transition);
    }
  return result;
}

static gboolean
path_has_role (AtlasCareerPath *path,
               const char      *role_id)
{
  GListModel *steps = atlas_career_path_get_steps (path);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(AtlasPathStep) step = g_list_model_get_item (steps, i);

      if (g_strcmp0 (atlas_path_step_get_role_id (step), role_id) == 0)
        return TRUE;
    }
  return FALSE;
}

GPtrArray *
atlas_query_paths_through (AtlasDataset *dataset,
                           const char   *role_id)
{
  GListModel *paths;
  GPtrArray *result;
  gpointer *items;
  guint n_items;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (role_id != NULL, NULL);

  paths = atlas_dataset_get_paths (dataset);
  result = g_ptr_array_new ();
  items = LIST_ITEMS (paths, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      AtlasCareerPath *path = items[i];

      if (path_has_role (path, role_id))
        g_ptr_array_add (result, path);
    }
  return result;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GStrv
atlas_query_skill_ids_of_role (AtlasDataset *dataset,
                               const char   *role_id)
{
  g_autoptr(GPtrArray) role_skills = NULL;
  g_autoptr(GHashTable) seen = NULL;
  GPtrArray *ids;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (role_id != NULL, NULL);

  role_skills = atlas_query_role_skills (dataset, role_id);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  ids = g_ptr_array_new ();
  for (guint i = 0; i < role_skills->len; i++)
    {
      const char *skill_id = atlas_role_skill_get_skill_id (g_ptr_array_index (role_skills, i));

      if (g_hash_table_add (seen, (char *) skill_id))
        g_ptr_array_add (ids, g_strdup (skill_id));
    }
  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);
  return (GStrv) g_ptr_array_free (ids, FALSE);
}

void
atlas_scale_months_to_hours (int     min_months,
                             int     max_months,
                             double  hours_per_week,
                             double *min_scaled,
                             double *max_scaled)
{
  double factor;

  g_return_if_fail (hours_per_week > 0);

  factor = ATLAS_FULL_TIME_HOURS / hours_per_week;
  *min_scaled = min_months * factor;
  *max_scaled = max_months * factor;
}
