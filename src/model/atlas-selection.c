/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-selection.h"

/* The roles being compared: one piece of state that every tab shows. It always holds
 * 2 to 4 distinct role ids, in the order the user chose them; changes that would break
 * that are refused. */
struct _AtlasSelection
{
  GObject parent_instance;

  GStrv role_ids;
};

G_DEFINE_FINAL_TYPE (AtlasSelection, atlas_selection, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROLE_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_valid_selection (const char * const *role_ids)
{
  guint n = g_strv_length ((char **) role_ids);

  if (n < ATLAS_SELECTION_MIN_ROLES || n > ATLAS_SELECTION_MAX_ROLES)
    return FALSE;
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < i; j++)
      if (g_strcmp0 (role_ids[i], role_ids[j]) == 0)
        return FALSE;
  return TRUE;
}

static void
atlas_selection_finalize (GObject *object)
{
  AtlasSelection *self = (AtlasSelection *) object;

  g_clear_pointer (&self->role_ids, g_strfreev);

  G_OBJECT_CLASS (atlas_selection_parent_class)->finalize (object);
}

static void
atlas_selection_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AtlasSelection *self = ATLAS_SELECTION (object);

  switch (prop_id)
    {
    case PROP_ROLE_IDS:
      g_value_set_boxed (value, self->role_ids);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_selection_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AtlasSelection *self = ATLAS_SELECTION (object);

  switch (prop_id)
    {
    case PROP_ROLE_IDS:
      atlas_selection_set_role_ids (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_selection_class_init (AtlasSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_selection_finalize;
  object_class->get_property = atlas_selection_get_property;
  object_class->set_property = atlas_selection_set_property;

  /* Settable, so that GSettings can bind to it; invalid lists are ignored. */
  properties[PROP_ROLE_IDS] =
    g_param_spec_boxed ("role-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_selection_init (AtlasSelection *self)
{
  self->role_ids = g_new0 (char *, 1);
}

/* Starts empty; the window fills it from the settings or the defaults. */
AtlasSelection *
atlas_selection_new (void)
{
  return g_object_new (ATLAS_TYPE_SELECTION, NULL);
}

const char * const *
atlas_selection_get_role_ids (AtlasSelection *self)
{
  g_return_val_if_fail (ATLAS_IS_SELECTION (self), NULL);

  return (const char * const *) self->role_ids;
}

guint
atlas_selection_get_n_roles (AtlasSelection *self)
{
  g_return_val_if_fail (ATLAS_IS_SELECTION (self), 0);

  return g_strv_length (self->role_ids);
}

/* Returns FALSE, changing nothing, unless @role_ids are 2 to 4 distinct ids. */
gboolean
atlas_selection_set_role_ids (AtlasSelection     *self,
                              const char * const *role_ids)
{
  g_return_val_if_fail (ATLAS_IS_SELECTION (self), FALSE);

  if (role_ids == NULL || !is_valid_selection (role_ids))
    return FALSE;
  if (g_strv_equal ((const char * const *) self->role_ids, role_ids))
    return TRUE;

  /* Copy before freeing: @role_ids may point into the current list. */
  {
    GStrv old_ids = self->role_ids;

    self->role_ids = g_strdupv ((char **) role_ids);
    g_strfreev (old_ids);
  }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE_IDS]);
  return TRUE;
}

gboolean
atlas_selection_contains (AtlasSelection *self,
                          const char     *role_id)
{
  g_return_val_if_fail (ATLAS_IS_SELECTION (self), FALSE);

  return role_id != NULL && g_strv_contains ((const char * const *) self->role_ids, role_id);
}

gboolean
atlas_selection_add (AtlasSelection *self,
                     const char     *role_id)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) role_ids = NULL;

  g_return_val_if_fail (ATLAS_IS_SELECTION (self), FALSE);
  g_return_val_if_fail (role_id != NULL, FALSE);

  if (atlas_selection_contains (self, role_id))
    return TRUE;

  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) self->role_ids);
  g_strv_builder_add (builder, role_id);
  role_ids = g_strv_builder_end (builder);
  return atlas_selection_set_role_ids (self, (const char * const *) role_ids);
}

gboolean
atlas_selection_remove (AtlasSelection *self,
                        const char     *role_id)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) role_ids = NULL;

  g_return_val_if_fail (ATLAS_IS_SELECTION (self), FALSE);
  g_return_val_if_fail (role_id != NULL, FALSE);

  if (!atlas_selection_contains (self, role_id))
    return TRUE;

  builder = g_strv_builder_new ();
  for (guint i = 0; self->role_ids[i] != NULL; i++)
    if (!g_str_equal (self->role_ids[i], role_id))
      g_strv_builder_add (builder, self->role_ids[i]);
  role_ids = g_strv_builder_end (builder);
  return atlas_selection_set_role_ids (self, (const char * const *) role_ids);
}

gboolean
atlas_selection_fits_dataset (AtlasSelection *self,
                              AtlasDataset   *dataset)
{
  g_return_val_if_fail (ATLAS_IS_SELECTION (self), FALSE);
  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), FALSE);

  for (guint i = 0; self->role_ids[i] != NULL; i++)
    if (atlas_dataset_lookup_role (dataset, self->role_ids[i]) == NULL)
      return FALSE;
  return TRUE;
}
