/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    atlas_country_is_known  (const char *alpha2);
const char *atlas_country_get_name  (const char *alpha2);
gboolean    atlas_currency_is_known (const char *alpha3);

G_END_DECLS
