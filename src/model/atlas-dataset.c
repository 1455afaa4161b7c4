/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"
#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "atlas-dataset-private.h"
#include "atlas-item-list.h"

/* Everything loaded from one dataset document, as list models with indexes by id.
 * A dataset never changes once loaded: a new document makes a new dataset. */
struct _AtlasDataset
{
  GObject parent_instance;

  char *name;
  char *title;

  AtlasItemList *sources;
  AtlasItemList *roles;
  AtlasItemList *skills;
  AtlasItemList *role_skills;
  AtlasItemList *salaries;
  AtlasItemList *paths;
  AtlasItemList *transitions;
  AtlasItemList *statements;
  AtlasItemList *market_figures;
  AtlasItemList *stack_layers;
  AtlasItemList *team_stages;
  AtlasItemList *title_rules;

  /* id -> object, borrowed from the stores above */
  GHashTable *source_index;
  GHashTable *role_index;
  GHashTable *skill_index;
  GHashTable *path_index;

  /* Items added one after another to the same list wait here and go in together: a list
   * announces every addition, and announcing each item was a tenth of loading a dataset. */
  AtlasItemList *pending_store;
  GPtrArray *pending;
};

G_DEFINE_FINAL_TYPE (AtlasDataset, atlas_dataset, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (atlas-dataset-error-quark, atlas_dataset_error)

static void
atlas_dataset_finalize (GObject *object)
{
  AtlasDataset *self = (AtlasDataset *) object;

  /* Items still pending (a load that failed) hold a reference each. */
  for (guint i = 0; self->pending != NULL && i < self->pending->len; i++)
    g_object_unref (g_ptr_array_index (self->pending, i));
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->source_index, g_hash_table_unref);
  g_clear_pointer (&self->role_index, g_hash_table_unref);
  g_clear_pointer (&self->skill_index, g_hash_table_unref);
  g_clear_pointer (&self->path_index, g_hash_table_unref);
  g_clear_object (&self->sources);
  g_clear_object (&self->roles);
  g_clear_object (&self->skills);
  g_clear_object (&self->role_skills);
  g_clear_object (&self->salaries);
  g_clear_object (&self->paths);
  g_clear_object (&self->transitions);
  g_clear_object (&self->statements);
  g_clear_object (&self->market_figures);
  g_clear_object (&self->stack_layers);
  g_clear_object (&self->team_stages);
  g_clear_object (&self->title_rules);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (atlas_dataset_parent_class)->finalize (object);
}

static void
atlas_dataset_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AtlasDataset *self = ATLAS_DATASET (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_dataset_class_init (AtlasDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_dataset_finalize;
  object_class->get_property = atlas_dataset_get_property;

  /* The file name or resource the data came from, as shown in messages. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* What the dataset calls itself, or NULL when it gives no title. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_dataset_init (AtlasDataset *self)
{
  self->sources = atlas_item_list_new (ATLAS_TYPE_SOURCE);
  self->roles = atlas_item_list_new (ATLAS_TYPE_ROLE);
  self->skills = atlas_item_list_new (ATLAS_TYPE_SKILL);
  self->role_skills = atlas_item_list_new (ATLAS_TYPE_ROLE_SKILL);
  self->salaries = atlas_item_list_new (ATLAS_TYPE_SALARY_FIGURE);
  self->paths = atlas_item_list_new (ATLAS_TYPE_CAREER_PATH);
  self->transitions = atlas_item_list_new (ATLAS_TYPE_TRANSITION);
  self->statements = atlas_item_list_new (ATLAS_TYPE_STATEMENT);
  self->market_figures = atlas_item_list_new (ATLAS_TYPE_MARKET_FIGURE);
  self->stack_layers = atlas_item_list_new (ATLAS_TYPE_STACK_LAYER);
  self->team_stages = atlas_item_list_new (ATLAS_TYPE_TEAM_STAGE);
  self->title_rules = atlas_item_list_new (ATLAS_TYPE_TITLE_RULE);
  /* No free function: finish_building() hands the references over to the lists. */
  self->pending = g_ptr_array_new ();
  self->source_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->role_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->skill_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->path_index = g_hash_table_new (g_str_hash, g_str_equal);
}

AtlasDataset *
atlas_dataset_new_empty (const char *name)
{
  AtlasDataset *self = g_object_new (ATLAS_TYPE_DATASET, NULL);

  self->name = g_strdup (name);
  return self;
}

/**
 * atlas_dataset_new_from_bytes:
 * @bytes: a dataset JSON document
 * @name: the name to use in error messages, usually the file's basename
 * @error: return location for an %ATLAS_DATASET_ERROR
 *
 * Parses and validates a whole dataset. Every problem found is reported in the error's
 * message, one line each, as "NAME: $.json.path: what is wrong".
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 */
AtlasDataset *
atlas_dataset_new_from_bytes (GBytes     *bytes,
                              const char *name,
                              GError    **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return atlas_dataset_load (bytes, name, error);
}

AtlasDataset *
atlas_dataset_new_from_file (GFile        *file,
                             GCancellable *cancellable,
                             GError      **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);

  /* Refuse an oversized file before reading it into memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_IO,
                   "%s: %s", name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_IO,
                   _("%s: is a folder, not a dataset file"), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > ATLAS_DATASET_MAX_BYTES)
    {
      g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_TOO_LARGE,
                   _("%s: $: the file is %" PRId64 " bytes; a dataset may be at most 64 MiB"),
                   name, g_file_info_get_size (info));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_IO,
                   "%s: %s", name, local_error->message);
      return NULL;
    }
  bytes = g_bytes_new_take (contents, length);

  return atlas_dataset_load (bytes, name, error);
}

AtlasDataset *
atlas_dataset_new_from_resource (const char *resource_path,
                                 GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_IO,
                   "%s: %s", resource_path, local_error->message);
      return NULL;
    }

  return atlas_dataset_load (bytes, resource_path, error);
}

/**
 * atlas_dataset_new_bundled:
 *
 * Loads the dataset compiled into the application.
 *
 * Returns: (transfer full) (nullable): the bundled dataset
 */
typedef struct
{
  AtlasDataset *dataset;
  GError *error;
} BundledLoad;

G_LOCK_DEFINE_STATIC (bundled_preload);
static GThread *bundled_preload;

static gpointer
load_bundled_in_thread (gpointer user_data)
{
  BundledLoad *load = g_new0 (BundledLoad, 1);

  load->dataset = atlas_dataset_new_from_resource (ATLAS_DATASET_BUNDLED_PATH, &load->error);
  return load;
}

/**
 * atlas_dataset_preload_bundled:
 *
 * Starts loading the bundled dataset on a thread of its own; the next
 * atlas_dataset_new_bundled() takes the result, waiting for it if need be. The
 * application calls this before it sets up GTK, so that the two overlap.
 */
void
atlas_dataset_preload_bundled (void)
{
  G_LOCK (bundled_preload);
  if (bundled_preload == NULL)
    bundled_preload = g_thread_new ("atlas-preload", load_bundled_in_thread, NULL);
  G_UNLOCK (bundled_preload);
}

/**
 * atlas_dataset_new_bundled:
 *
 * Loads the dataset compiled into the application, or takes the one
 * atlas_dataset_preload_bundled() started loading.
 *
 * Returns: (transfer full) (nullable): the bundled dataset
 */
AtlasDataset *
atlas_dataset_new_bundled (GError **error)
{
  GThread *preload;
  BundledLoad *load;
  AtlasDataset *dataset;

  G_LOCK (bundled_preload);
  preload = g_steal_pointer (&bundled_preload);
  G_UNLOCK (bundled_preload);
  if (preload == NULL)
    return atlas_dataset_new_from_resource (ATLAS_DATASET_BUNDLED_PATH, error);

  load = g_thread_join (preload);
  dataset = load->dataset;
  if (load->error != NULL)
    g_propagate_error (error, load->error);
  g_free (load);
  return dataset;
}

const char *
atlas_dataset_get_name (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  return self->name;
}

const char *
atlas_dataset_get_title (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  return self->title;
}

void
atlas_dataset_set_title (AtlasDataset *self,
                         const char   *title)
{
  g_return_if_fail (ATLAS_IS_DATASET (self));

  g_free (self->title);
  self->title = g_strdup (title);
}

#define DEFINE_LIST_GETTER(field)                                  \
  GListModel *                                                     \
  atlas_dataset_get_##field (AtlasDataset *self)                   \
  {                                                                \
    g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);          \
    atlas_dataset_finish_building (self);                          \
    return G_LIST_MODEL (self->field);                             \
  }

DEFINE_LIST_GETTER (sources)
DEFINE_LIST_GETTER (roles)
DEFINE_LIST_GETTER (skills)
DEFINE_LIST_GETTER (role_skills)
DEFINE_LIST_GETTER (salaries)
DEFINE_LIST_GETTER (paths)
DEFINE_LIST_GETTER (transitions)
DEFINE_LIST_GETTER (statements)
DEFINE_LIST_GETTER (market_figures)
DEFINE_LIST_GETTER (stack_layers)
DEFINE_LIST_GETTER (team_stages)
DEFINE_LIST_GETTER (title_rules)

AtlasSource *
atlas_dataset_lookup_source (AtlasDataset *self,
                             const char   *id)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->source_index, id) : NULL;
}

AtlasRole *
atlas_dataset_lookup_role (AtlasDataset *self,
                           const char   *id)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->role_index, id) : NULL;
}

const char *
atlas_dataset_get_role_name (AtlasDataset *self,
                             const char   *id)
{
  AtlasRole *role = atlas_dataset_lookup_role (self, id);

  return role != NULL ? atlas_role_get_name (role) : id;
}

AtlasSkill *
atlas_dataset_lookup_skill (AtlasDataset *self,
                            const char   *id)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->skill_index, id) : NULL;
}

AtlasCareerPath *
atlas_dataset_lookup_path (AtlasDataset *self,
                           const char   *id)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->path_index, id) : NULL;
}

static void
append_to_store (AtlasDataset  *self,
                 AtlasItemList *store,
                 gpointer       item)
{
  if (self->pending_store != store)
    {
      atlas_dataset_finish_building (self);
      self->pending_store = store;
    }
  g_ptr_array_add (self->pending, g_object_ref (item));
}

/**
 * atlas_dataset_finish_building:
 *
 * Puts the items still waiting into their lists. The loader calls it when it is done;
 * every list getter calls it too, so that no reader sees a list short of items.
 */
void
atlas_dataset_finish_building (AtlasDataset *self)
{
  if (self->pending->len == 0)
    return;
  atlas_item_list_take_all (self->pending_store, self->pending->pdata, self->pending->len);
  g_ptr_array_set_size (self->pending, 0);
}

/* The add functions keep the index keys pointing into the objects, which the stores own. */

void
atlas_dataset_add_source (AtlasDataset *self,
                          AtlasSource  *source)
{
  append_to_store (self, self->sources, source);
  g_hash_table_insert (self->source_index, (char *) atlas_source_get_id (source), source);
}

void
atlas_dataset_add_role (AtlasDataset *self,
                        AtlasRole    *role)
{
  append_to_store (self, self->roles, role);
  g_hash_table_insert (self->role_index, (char *) atlas_role_get_id (role), role);
}

void
atlas_dataset_add_skill (AtlasDataset *self,
                         AtlasSkill   *skill)
{
  append_to_store (self, self->skills, skill);
  g_hash_table_insert (self->skill_index, (char *) atlas_skill_get_id (skill), skill);
}

void
atlas_dataset_add_path (AtlasDataset    *self,
                        AtlasCareerPath *path)
{
  append_to_store (self, self->paths, path);
  g_hash_table_insert (self->path_index, (char *) atlas_career_path_get_id (path), path);
}

void
atlas_dataset_add_role_skill (AtlasDataset   *self,
                              AtlasRoleSkill *role_skill)
{
  append_to_store (self, self->role_skills, role_skill);
}

void
atlas_dataset_add_salary (AtlasDataset      *self,
                          AtlasSalaryFigure *figure)
{
  append_to_store (self, self->salaries, figure);
}

void
atlas_dataset_add_transition (AtlasDataset    *self,
                              AtlasTransition *transition)
{
  append_to_store (self, self->transitions, transition);
}

void
atlas_dataset_add_statement (AtlasDataset   *self,
                             AtlasStatement *statement)
{
  append_to_store (self, self->statements, statement);
}

void
atlas_dataset_add_market_figure (AtlasDataset      *self,
                                 AtlasMarketFigure *figure)
{
  append_to_store (self, self->market_figures, figure);
}

void
atlas_dataset_add_stack_layer (AtlasDataset    *self,
                               AtlasStackLayer *layer)
{
  append_to_store (self, self->stack_layers, layer);
}

void
atlas_dataset_add_team_stage (AtlasDataset   *self,
                              AtlasTeamStage *stage)
{
  append_to_store (self, self->team_stages, stage);
}

void
atlas_dataset_add_title_rule (AtlasDataset   *self,
                              AtlasTitleRule *rule)
{
  append_to_store (self, self->title_rules, rule);
}

typedef void (*AddFunc) (AtlasDataset *self, gpointer item);

static void
copy_items (AtlasDataset  *copy,
            AtlasItemList *from,
            AddFunc        add)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (from)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (from), i);
      add (copy, item);
    }
}

AtlasDataset *
atlas_dataset_new_with_salaries (AtlasDataset *self,
                                 AtlasSource  *source,
                                 GPtrArray    *figures)
{
  AtlasDataset *copy;

  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);
  g_return_val_if_fail (ATLAS_IS_SOURCE (source), NULL);

  /* The records are immutable, so the copy shares them. */
  copy = atlas_dataset_new_empty (self->name);
  copy_items (copy, self->sources, (AddFunc) atlas_dataset_add_source);
  copy_items (copy, self->roles, (AddFunc) atlas_dataset_add_role);
  copy_items (copy, self->skills, (AddFunc) atlas_dataset_add_skill);
  copy_items (copy, self->role_skills, (AddFunc) atlas_dataset_add_role_skill);
  copy_items (copy, self->salaries, (AddFunc) atlas_dataset_add_salary);
  copy_items (copy, self->paths, (AddFunc) atlas_dataset_add_path);
  copy_items (copy, self->transitions, (AddFunc) atlas_dataset_add_transition);
  copy_items (copy, self->statements, (AddFunc) atlas_dataset_add_statement);
  copy_items (copy, self->market_figures, (AddFunc) atlas_dataset_add_market_figure);
  copy_items (copy, self->stack_layers, (AddFunc) atlas_dataset_add_stack_layer);
  copy_items (copy, self->team_stages, (AddFunc) atlas_dataset_add_team_stage);
  copy_items (copy, self->title_rules, (AddFunc) atlas_dataset_add_title_rule);

  atlas_dataset_add_source (copy, source);
  for (guint i = 0; i < figures->len; i++)
    {
      AtlasSalaryFigure *figure = g_ptr_array_index (figures, i);

      g_return_val_if_fail (atlas_dataset_lookup_role (copy, atlas_salary_figure_get_role_id (figure)) != NULL, copy);
      atlas_dataset_add_salary (copy, figure);
    }
  atlas_dataset_finish_building (copy);
  return copy;
}
