/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-hiring-advice.h"
#include "atlas-queries.h"

/* The hiring advisor: each ticked situation is a vote for the role its source says to hire.
 * The advice is only a count of the sources' own reasons, so it can show every one. */

typedef struct
{
  const char *role_id;
  GPtrArray *reasons;
  guint first_seen;
} Candidate;

struct _AtlasHiringAdvice
{
  GObject parent_instance;

  GArray *candidates;
};

G_DEFINE_FINAL_TYPE (AtlasHiringAdvice, atlas_hiring_advice, G_TYPE_OBJECT)

static void
clear_candidate (gpointer data)
{
  Candidate *candidate = data;

  g_clear_pointer (&candidate->reasons, g_ptr_array_unref);
}

static void
atlas_hiring_advice_finalize (GObject *object)
{
  AtlasHiringAdvice *self = (AtlasHiringAdvice *) object;

  g_clear_pointer (&self->candidates, g_array_unref);

  G_OBJECT_CLASS (atlas_hiring_advice_parent_class)->finalize (object);
}

static void
atlas_hiring_advice_class_init (AtlasHiringAdviceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_hiring_advice_finalize;
}

static void
atlas_hiring_advice_init (AtlasHiringAdvice *self)
{
  self->candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  g_array_set_clear_func (self->candidates, clear_candidate);
}

GPtrArray *
atlas_hiring_advice_list_situations (AtlasDataset *dataset)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  return atlas_query_statements (dataset, NULL, "hire-when");
}

/* More votes first; ties keep the order in which their first reason was ticked. */
static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->reasons->len != y->reasons->len)
    return (int) y->reasons->len - (int) x->reasons->len;
  return (int) x->first_seen - (int) y->first_seen;
}

/**
 * atlas_hiring_advice_new:
 * @ticked: (element-type AtlasStatement): the situations the user ticked
 *
 * Returns: (transfer full): the advice
 */
AtlasHiringAdvice *
atlas_hiring_advice_new (GPtrArray *ticked)
{
  AtlasHiringAdvice *self;

  g_return_val_if_fail (ticked != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_HIRING_ADVICE, NULL);
  for (guint i = 0; i < ticked->len; i++)
    {
      AtlasStatement *statement = g_ptr_array_index (ticked, i);
      const char *role_id = atlas_statement_get_role_id (statement);
      Candidate *candidate = NULL;

      if (role_id == NULL)
        continue;
      for (guint k = 0; k < self->candidates->len && candidate == NULL; k++)
        if (g_str_equal (g_array_index (self->candidates, Candidate, k).role_id, role_id))
          candidate = &g_array_index (self->candidates, Candidate, k);
      if (candidate == NULL)
        {
          Candidate new_candidate = { role_id, g_ptr_array_new (), i };
          g_array_append_val (self->candidates, new_candidate);
          candidate = &g_array_index (self->candidates, Candidate, self->candidates->len - 1);
        }
      g_ptr_array_add (candidate->reasons, statement);
    }
  g_array_sort (self->candidates, compare_candidates);
  return self;
}

guint
atlas_hiring_advice_get_n_roles (AtlasHiringAdvice *self)
{
  g_return_val_if_fail (ATLAS_IS_HIRING_ADVICE (self), 0);

  return self->candidates->len;
}

const char *
atlas_hiring_advice_get_role_id (AtlasHiringAdvice *self,
                                 guint              index)
{
  g_return_val_if_fail (ATLAS_IS_HIRING_ADVICE (self), NULL);
  g_return_val_if_fail (index < self->candidates->len, NULL);

  return g_array_index (self->candidates, Candidate, index).role_id;
}

GPtrArray *
atlas_hiring_advice_get_reasons (AtlasHiringAdvice *self,
                                 guint              index)
{
  g_return_val_if_fail (ATLAS_IS_HIRING_ADVICE (self), NULL);
  g_return_val_if_fail (index < self->candidates->len, NULL);

  return g_array_index (self->candidates, Candidate, index).reasons;
}

guint
atlas_hiring_advice_get_n_leaders (AtlasHiringAdvice *self)
{
  guint n = 0;

  g_return_val_if_fail (ATLAS_IS_HIRING_ADVICE (self), 0);

  for (guint i = 0; i < self->candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (self->candidates, Candidate, i);
      Candidate *first = &g_array_index (self->candidates, Candidate, 0);

      if (candidate->reasons->len == first->reasons->len)
        n++;
    }
  return n;
}
