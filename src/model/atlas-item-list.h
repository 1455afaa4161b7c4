/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_ITEM_LIST (atlas_item_list_get_type ())

G_DECLARE_FINAL_TYPE (AtlasItemList, atlas_item_list, ATLAS, ITEM_LIST, GObject)

AtlasItemList *atlas_item_list_new        (GType          item_type);
void           atlas_item_list_take_all   (AtlasItemList *self,
                                           gpointer      *items,
                                           guint          n_items);
gpointer      *atlas_item_list_peek_items (AtlasItemList *self,
                                           guint         *n_items);

G_END_DECLS
