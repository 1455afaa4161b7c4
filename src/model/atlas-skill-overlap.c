/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-queries.h"
#include "atlas-skill-overlap.h"

#define N_REGIONS (1u << ATLAS_SKILL_OVERLAP_MAX_ROLES)

/* The skill sets of 2 to 4 roles split into exclusive regions: region[mask] holds the
 * skills that exactly the roles in mask share. Venn and UpSet charts draw these regions;
 * shared, unique and Jaccard figures are sums over them. */
struct _AtlasSkillOverlap
{
  GObject parent_instance;

  GStrv role_ids;
  guint n_roles;
  GStrv regions[N_REGIONS];
};

G_DEFINE_FINAL_TYPE (AtlasSkillOverlap, atlas_skill_overlap, G_TYPE_OBJECT)

static void
atlas_skill_overlap_finalize (GObject *object)
{
  AtlasSkillOverlap *self = (AtlasSkillOverlap *) object;

  g_clear_pointer (&self->role_ids, g_strfreev);
  for (guint i = 0; i < N_REGIONS; i++)
    g_clear_pointer (&self->regions[i], g_strfreev);

  G_OBJECT_CLASS (atlas_skill_overlap_parent_class)->finalize (object);
}

static void
atlas_skill_overlap_class_init (AtlasSkillOverlapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_skill_overlap_finalize;
}

static void
atlas_skill_overlap_init (AtlasSkillOverlap *self)
{
}

static gboolean
check_roles (AtlasDataset       *dataset,
             const char * const *role_ids,
             GError            **error)
{
  guint n = g_strv_length ((char **) role_ids);

  if (n < ATLAS_SKILL_OVERLAP_MIN_ROLES || n > ATLAS_SKILL_OVERLAP_MAX_ROLES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Compare 2 to 4 roles, not %u"), n);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      if (atlas_dataset_lookup_role (dataset, role_ids[i]) == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("No role has the id “%s”"), role_ids[i]);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (g_str_equal (role_ids[i], role_ids[j]))
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                         _("The role “%s” is named twice"), role_ids[i]);
            return FALSE;
          }
    }
  return TRUE;
}

/**
 * atlas_skill_overlap_new:
 * @role_ids: 2 to 4 distinct role ids
 *
 * Returns: (transfer full) (nullable): the overlap, or %NULL for bad role ids
 */
AtlasSkillOverlap *
atlas_skill_overlap_new (AtlasDataset       *dataset,
                         const char * const *role_ids,
                         GError            **error)
{
  g_autoptr(AtlasSkillOverlap) self = NULL;
  g_autoptr(GHashTable) masks = NULL;
  GPtrArray *region_builders[N_REGIONS];
  g_autoptr(GList) skills = NULL;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (role_ids != NULL, NULL);

  if (!check_roles (dataset, role_ids, error))
    return NULL;

  self = g_object_new (ATLAS_TYPE_SKILL_OVERLAP, NULL);
  self->role_ids = g_strdupv ((char **) role_ids);
  self->n_roles = g_strv_length (self->role_ids);

  /* skill id -> bit mask of the roles that require it */
  masks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < self->n_roles; i++)
    {
      g_auto(GStrv) ids = atlas_query_skill_ids_of_role (dataset, role_ids[i]);

      for (guint k = 0; ids[k] != NULL; k++)
        {
          guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (masks, ids[k]));
          g_hash_table_insert (masks, g_strdup (ids[k]), GUINT_TO_POINTER (mask | (1u << i)));
        }
    }

  for (guint m = 0; m < N_REGIONS; m++)
    region_builders[m] = g_ptr_array_new_with_free_func (g_free);

  /* Sorted, so regions list their skills in a stable order. */
  skills = g_list_sort (g_hash_table_get_keys (masks), (GCompareFunc) g_strcmp0);
  for (GList *l = skills; l != NULL; l = l->next)
    {
      guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (masks, l->data));
      g_ptr_array_add (region_builders[mask], g_strdup (l->data));
    }

  for (guint m = 0; m < N_REGIONS; m++)
    {
      g_ptr_array_add (region_builders[m], NULL);
      self->regions[m] = (GStrv) g_ptr_array_free (region_builders[m], FALSE);
    }

  return g_steal_pointer (&self);
}

guint
atlas_skill_overlap_get_n_roles (AtlasSkillOverlap *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_OVERLAP (self), 0);

  return self->n_roles;
}

const char *
atlas_skill_overlap_get_role_id (AtlasSkillOverlap *self,
                                 guint              index)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_OVERLAP (self), NULL);
  g_return_val_if_fail (index < self->n_roles, NULL);

  return self->role_ids[index];
}

const char * const *
atlas_skill_overlap_get_region (AtlasSkillOverlap *self,
                                guint              mask)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_OVERLAP (self), NULL);
  g_return_val_if_fail (mask > 0 && mask < (1u << self->n_roles), NULL);

  return (const char * const *) self->regions[mask];
}

const char * const *
atlas_skill_overlap_get_shared (AtlasSkillOverlap *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_OVERLAP (self), NULL);

  return (const char * const *) self->regions[(1u << self->n_roles) - 1];
}

const char * const *
atlas_skill_overlap_get_unique (AtlasSkillOverlap *self,
                                guint              index)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_OVERLAP (self), NULL);
  g_return_val_if_fail (index < self->n_roles, NULL);

  return (const char * const *) self->regions[1u << index];
}

static guint
count_in_masks (AtlasSkillOverlap *self,
                guint              required_bits,
                gboolean           all_required)
{
  guint count = 0;

  for (guint m = 1; m < (1u << self->n_roles); m++)
    {
      gboolean selected = all_required ? (m & required_bits) == required_bits
                                       : (m & required_bits) != 0;
      if (selected)
        count += g_strv_length (self->regions[m]);
    }
  return count;
}

guint
atlas_skill_overlap_get_role_size (AtlasSkillOverlap *self,
                                   guint              index)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_OVERLAP (self), 0);
  g_return_val_if_fail (index < self->n_roles, 0);

  return count_in_masks (self, 1u << index, TRUE);
}

guint
atlas_skill_overlap_get_union_size (AtlasSkillOverlap *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_OVERLAP (self), 0);

  return count_in_masks (self, (1u << self->n_roles) - 1, FALSE);
}

/* Skills all roles share over skills any role has; 0 when no role has any skill. */
double
atlas_skill_overlap_get_jaccard (AtlasSkillOverlap *self)
{
  guint union_size;

  g_return_val_if_fail (ATLAS_IS_SKILL_OVERLAP (self), 0);

  union_size = atlas_skill_overlap_get_union_size (self);
  if (union_size == 0)
    return 0;
  return (double) g_strv_length (self->regions[(1u << self->n_roles) - 1]) / union_size;
}

double
atlas_skill_overlap_get_pair_jaccard (AtlasSkillOverlap *self,
                                      guint              a,
                                      guint              b)
{
  guint pair, union_size;

  g_return_val_if_fail (ATLAS_IS_SKILL_OVERLAP (self), 0);
  g_return_val_if_fail (a < self->n_roles && b < self->n_roles && a != b, 0);

  pair = (1u << a) | (1u << b);
  union_size = count_in_masks (self, pair, FALSE);
  if (union_size == 0)
    return 0;
  return (double) count_in_masks (self, pair, TRUE) / union_size;
}
