/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command-line requests. */
#define ATLAS_EXIT_OK 0
#define ATLAS_EXIT_INVALID_DATA 1
#define ATLAS_EXIT_USAGE 2
/* atlas_command_line_handle returns this when the request is for the window. */
#define ATLAS_EXIT_CONTINUE (-1)

const GOptionEntry *atlas_command_line_get_entries (void);

/* Answers the requests that need no display (--version, --validate, --list) from the
 * parsed @options, writing to @out and @err; uses only the model layer, so it works
 * before GTK is initialised and with no display at all. */
int                 atlas_command_line_handle      (GVariantDict *options,
                                                    FILE         *out,
                                                    FILE         *err);

G_END_DECLS
