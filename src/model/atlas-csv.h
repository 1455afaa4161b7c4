/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* RFC 4180 output: fields quoted only when they hold a comma, quote or line break;
 * records end with CRLF. */
void atlas_csv_append_field (GString            *out,
                             const char         *field);
void atlas_csv_append_row   (GString            *out,
                             const char * const *fields,
                             guint               n_fields);

G_END_DECLS
