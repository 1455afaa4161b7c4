/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An RFC 4180 reader over bytes in memory: fields separated by commas, optionally quoted
 * with '"' (a doubled quote inside is one quote, and commas and line breaks are kept),
 * records ending in CRLF or LF. It never fails: a quote left open at the end of the data is
 * reported through atlas_csv_reader_record_is_unterminated() and the record ends there. */
typedef struct _AtlasCsvReader AtlasCsvReader;

AtlasCsvReader      *atlas_csv_reader_new                     (const char     *data,
                                                               gsize           length);
void                 atlas_csv_reader_free                    (AtlasCsvReader *reader);

/* Reads the next record; FALSE at the end of the data. The fields stay valid until the
 * next call. */
gboolean             atlas_csv_reader_next                    (AtlasCsvReader *reader);
guint                atlas_csv_reader_get_n_fields            (AtlasCsvReader *reader);
const char          *atlas_csv_reader_get_field               (AtlasCsvReader *reader,
                                                               guint           index);
/* The line the current record starts on, counting from 1. */
guint                atlas_csv_reader_get_line                (AtlasCsvReader *reader);
/* TRUE when the current record is an empty line. */
gboolean             atlas_csv_reader_record_is_blank         (AtlasCsvReader *reader);
gboolean             atlas_csv_reader_record_is_unterminated  (AtlasCsvReader *reader);
/* TRUE when a field of the current record holds a NUL byte (cut short at it). */
gboolean             atlas_csv_reader_record_has_nul          (AtlasCsvReader *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasCsvReader, atlas_csv_reader_free)

G_END_DECLS
