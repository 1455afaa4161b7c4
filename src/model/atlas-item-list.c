/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include "atlas-item-list.h"

/* A list model that only grows, at its end: what a dataset's lists are. GListStore keeps
 * its items in a balanced tree so that it can insert anywhere; an array is a fraction of
 * the memory and of the time to fill, and finds an item by position in one step. */
struct _AtlasItemList
{
  GObject parent_instance;

  GType item_type;
  GPtrArray *items;
};

static void atlas_item_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AtlasItemList, atlas_item_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, atlas_item_list_model_init))

static GType
atlas_item_list_get_item_type (GListModel *model)
{
  return ATLAS_ITEM_LIST (model)->item_type;
}

static guint
atlas_item_list_get_n_items (GListModel *model)
{
  return ATLAS_ITEM_LIST (model)->items->len;
}

static gpointer
atlas_item_list_get_item (GListModel *model,
                          guint       position)
{
  AtlasItemList *self = ATLAS_ITEM_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
atlas_item_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = atlas_item_list_get_item_type;
  iface->get_n_items = atlas_item_list_get_n_items;
  iface->get_item = atlas_item_list_get_item;
}

static void
atlas_item_list_finalize (GObject *object)
{
  AtlasItemList *self = (AtlasItemList *) object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_item_list_parent_class)->finalize (object);
}

static void
atlas_item_list_class_init (AtlasItemListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_item_list_finalize;
}

static void
atlas_item_list_init (AtlasItemList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * atlas_item_list_new:
 * @item_type: the #GType of the items, a #GObject type
 *
 * Returns: (transfer full): a new, empty list
 */
AtlasItemList *
atlas_item_list_new (GType item_type)
{
  AtlasItemList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (ATLAS_TYPE_ITEM_LIST, NULL);
  self->item_type = item_type;
  return self;
}

/**
 * atlas_item_list_take_all:
 * @items: (array length=n_items) (transfer full): the items to add, each of the list's item
 *   type; the list takes over the caller's reference to each
 * @n_items: how many
 *
 * Adds the items at the end, with one #GListModel::items-changed for all of them. The
 * dataset adds a thousand items a load: taking its references saves a ref and an unref
 * each.
 */
void
atlas_item_list_take_all (AtlasItemList *self,
                          gpointer      *items,
                          guint          n_items)
{
  guint position;

  g_return_if_fail (ATLAS_IS_ITEM_LIST (self));
  g_return_if_fail (items != NULL || n_items == 0);

  if (n_items == 0)
    return;
  for (guint i = 0; i < n_items; i++)
    g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (items[i]), self->item_type));
  position = self->items->len;
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (self->items, items[i]);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, n_items);
}

/**
 * atlas_item_list_peek_items:
 * @n_items: (out): how many
 *
 * The items in place, for a loop over all of them: valid while the list lives and is not
 * added to. g_list_model_get_item() takes a reference for each, which the dataset's
 * queries, scanning hundreds of items, would only give back.
 *
 * Returns: (transfer none) (array length=n_items): the items
 */
gpointer *
atlas_item_list_peek_items (AtlasItemList *self,
                            guint         *n_items)
{
  g_return_val_if_fail (ATLAS_IS_ITEM_LIST (self), NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  *n_items = self->items->len;
  return self->items->pdata;
}
