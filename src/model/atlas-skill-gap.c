/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-queries.h"
#include "atlas-skill-gap.h"

typedef struct
{
  char *skill_id;
  AtlasGapKind kind;
  AtlasProficiency have;
  AtlasProficiency need;
  int rise;
} GapItem;

/* What someone in one role must learn for another: every skill of the target role with the
 * level each role needs, ordered for learning. Levels come from the sources as they are;
 * where several sources give a level, the highest stated one counts. */
struct _AtlasSkillGap
{
  GObject parent_instance;

  char *from_id;
  char *to_id;
  GArray *items;
};

G_DEFINE_FINAL_TYPE (AtlasSkillGap, atlas_skill_gap, G_TYPE_OBJECT)

static void
clear_item (gpointer data)
{
  GapItem *item = data;

  g_clear_pointer (&item->skill_id, g_free);
}

static void
atlas_skill_gap_finalize (GObject *object)
{
  AtlasSkillGap *self = (AtlasSkillGap *) object;

  g_clear_pointer (&self->from_id, g_free);
  g_clear_pointer (&self->to_id, g_free);
  g_clear_pointer (&self->items, g_array_unref);

  G_OBJECT_CLASS (atlas_skill_gap_parent_class)->finalize (object);
}

static void
atlas_skill_gap_class_init (AtlasSkillGapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_skill_gap_finalize;
}

static void
atlas_skill_gap_init (AtlasSkillGap *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (GapItem));
  g_array_set_clear_func (self->items, clear_item);
}

/* The highest level any source states for role × skill; UNSTATED when the role has the
 * skill without a level, and FALSE when it does not have the skill at all. */
static gboolean
highest_level (GPtrArray        *role_skills,
               const char       *skill_id,
               AtlasProficiency *level)
{
  gboolean found = FALSE;

  *level = ATLAS_PROFICIENCY_UNSTATED;
  for (guint i = 0; i < role_skills->len; i++)
    {
      AtlasRoleSkill *role_skill = g_ptr_array_index (role_skills, i);

      if (strcmp (atlas_role_skill_get_skill_id (role_skill), skill_id) != 0)
        continue;
      found = TRUE;
      *level = MAX (*level, atlas_role_skill_get_max_proficiency (role_skill));
    }
  return found;
}

static void
classify (GapItem  *item,
          gboolean  from_has)
{
  if (!from_has)
    {
      item->kind = ATLAS_GAP_NEW;
      item->have = ATLAS_PROFICIENCY_NONE;
      item->rise = item->need != ATLAS_PROFICIENCY_UNSTATED ? (int) item->need - ATLAS_PROFICIENCY_NONE : 0;
    }
  else if (item->have == ATLAS_PROFICIENCY_UNSTATED || item->need == ATLAS_PROFICIENCY_UNSTATED)
    item->kind = ATLAS_GAP_UNKNOWN;
  else if (item->need > item->have)
    {
      item->kind = ATLAS_GAP_RISE;
      item->rise = (int) item->need - (int) item->have;
    }
  else
    item->kind = ATLAS_GAP_MET;
}

static int
kind_order (const GapItem *item)
{
  switch (item->kind)
    {
    case ATLAS_GAP_RISE: return 0;
    case ATLAS_GAP_NEW: return 1;
    case ATLAS_GAP_UNKNOWN: return 2;
    case ATLAS_GAP_MET: return 3;
    default: g_assert_not_reached ();
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const GapItem *x = a, *y = b;

  if (kind_order (x) != kind_order (y))
    return kind_order (x) - kind_order (y);
  if (x->rise != y->rise)
    return y->rise - x->rise;
  if (x->need != y->need)
    return (int) y->need - (int) x->need;
  return strcmp (x->skill_id, y->skill_id);
}

/* How the starting point knows a skill: whether it has it, and at what level. */
typedef gboolean (*HaveFunc) (const char       *skill_id,
                              AtlasProficiency *level,
                              gpointer          user_data);

static AtlasSkillGap *
build_gap (AtlasDataset *dataset,
           const char   *from_id,
           const char   *to_role_id,
           HaveFunc      have,
           gpointer      user_data)
{
  AtlasSkillGap *self = g_object_new (ATLAS_TYPE_SKILL_GAP, NULL);
  g_autoptr(GPtrArray) to_skills = atlas_query_role_skills (dataset, to_role_id);
  g_auto(GStrv) target_ids = atlas_query_skill_ids_of_role (dataset, to_role_id);

  self->from_id = g_strdup (from_id);
  self->to_id = g_strdup (to_role_id);
  for (guint i = 0; target_ids[i] != NULL; i++)
    {
      GapItem item = { .skill_id = g_strdup (target_ids[i]) };
      gboolean from_has;

      highest_level (to_skills, target_ids[i], &item.need);
      from_has = have (target_ids[i], &item.have, user_data);
      classify (&item, from_has);
      g_array_append_val (self->items, item);
    }
  g_array_sort (self->items, compare_items);
  return self;
}

static gboolean
role_has_skill (const char       *skill_id,
                AtlasProficiency *level,
                gpointer          user_data)
{
  return highest_level (user_data, skill_id, level);
}

static gboolean
set_has_skill (const char       *skill_id,
               AtlasProficiency *level,
               gpointer          user_data)
{
  /* A ticked skill has no level: the gap says it is there, not whether it is enough. */
  *level = ATLAS_PROFICIENCY_UNSTATED;
  return g_strv_contains (user_data, skill_id);
}

static gboolean
check_role (AtlasDataset  *dataset,
            const char    *role_id,
            GError       **error)
{
  if (atlas_dataset_lookup_role (dataset, role_id) != NULL)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No role has the id “%s”"), role_id);
  return FALSE;
}

/**
 * atlas_skill_gap_new:
 *
 * Returns: (transfer full) (nullable): the gap from one role to another
 */
AtlasSkillGap *
atlas_skill_gap_new (AtlasDataset  *dataset,
                     const char    *from_role_id,
                     const char    *to_role_id,
                     GError       **error)
{
  g_autoptr(GPtrArray) from_skills = NULL;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (from_role_id != NULL && to_role_id != NULL, NULL);

  if (!check_role (dataset, from_role_id, error) || !check_role (dataset, to_role_id, error))
    return NULL;
  from_skills = atlas_query_role_skills (dataset, from_role_id);
  return build_gap (dataset, from_role_id, to_role_id, role_has_skill, from_skills);
}

/**
 * atlas_skill_gap_new_from_skills:
 * @skill_ids: the skills someone has, without levels
 *
 * The gap from a set of skills (the user's own) to a role; its from id is %NULL.
 *
 * Returns: (transfer full) (nullable): the gap
 */
AtlasSkillGap *
atlas_skill_gap_new_from_skills (AtlasDataset       *dataset,
                                 const char * const *skill_ids,
                                 const char         *to_role_id,
                                 GError            **error)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (to_role_id != NULL, NULL);

  if (!check_role (dataset, to_role_id, error))
    return NULL;
  return build_gap (dataset, NULL, to_role_id, set_has_skill,
                    (gpointer) (skill_ids != NULL ? skill_ids : none));
}

const char *
atlas_skill_gap_get_from_id (AtlasSkillGap *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_GAP (self), NULL);

  return self->from_id;
}

const char *
atlas_skill_gap_get_to_id (AtlasSkillGap *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_GAP (self), NULL);

  return self->to_id;
}

guint
atlas_skill_gap_get_n_items (AtlasSkillGap *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_GAP (self), 0);

  return self->items->len;
}

static const GapItem *
get_item (AtlasSkillGap *self,
          guint          index)
{
  return &g_array_index (self->items, GapItem, index);
}

const char *
atlas_skill_gap_get_skill_id (AtlasSkillGap *self,
                              guint          index)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_GAP (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return get_item (self, index)->skill_id;
}

AtlasGapKind
atlas_skill_gap_get_kind (AtlasSkillGap *self,
                          guint          index)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_GAP (self), ATLAS_GAP_MET);
  g_return_val_if_fail (index < self->items->len, ATLAS_GAP_MET);

  return get_item (self, index)->kind;
}

AtlasProficiency
atlas_skill_gap_get_have (AtlasSkillGap *self,
                          guint          index)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_GAP (self), ATLAS_PROFICIENCY_UNSTATED);
  g_return_val_if_fail (index < self->items->len, ATLAS_PROFICIENCY_UNSTATED);

  return get_item (self, index)->have;
}

AtlasProficiency
atlas_skill_gap_get_need (AtlasSkillGap *self,
                          guint          index)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_GAP (self), ATLAS_PROFICIENCY_UNSTATED);
  g_return_val_if_fail (index < self->items->len, ATLAS_PROFICIENCY_UNSTATED);

  return get_item (self, index)->need;
}

int
atlas_skill_gap_get_rise (AtlasSkillGap *self,
                          guint          index)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_GAP (self), 0);
  g_return_val_if_fail (index < self->items->len, 0);

  return get_item (self, index)->rise;
}

/* Everything but the skills already met. */
guint
atlas_skill_gap_get_n_to_learn (AtlasSkillGap *self)
{
  guint n = 0;

  g_return_val_if_fail (ATLAS_IS_SKILL_GAP (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    if (get_item (self, i)->kind != ATLAS_GAP_MET)
      n++;
  return n;
}
