/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include <string.h>

#include "atlas-csv-reader.h"

struct _AtlasCsvReader
{
  const char *data;
  gsize length;
  gsize position;
  guint next_line;

  /* The current record: its fields, NUL-terminated one after another in text. */
  GString *text;
  GArray *starts;
  guint line;
  gboolean unterminated;
  gboolean has_nul;
};

AtlasCsvReader *
atlas_csv_reader_new (const char *data,
                      gsize       length)
{
  AtlasCsvReader *reader = g_new0 (AtlasCsvReader, 1);

  reader->data = data;
  reader->length = length;
  reader->next_line = 1;
  reader->text = g_string_sized_new (256);
  reader->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  /* A byte-order mark is not part of the first field's name. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    reader->position = 3;
  return reader;
}

void
atlas_csv_reader_free (AtlasCsvReader *reader)
{
  if (reader == NULL)
    return;
  g_string_free (reader->text, TRUE);
  g_array_unref (reader->starts);
  g_free (reader);
}

static void
end_field (AtlasCsvReader *reader)
{
  g_string_append_c (reader->text, '\0');
}

static void
start_field (AtlasCsvReader *reader)
{
  gsize start = reader->text->len;
  g_array_append_val (reader->starts, start);
}

static void
append_byte (AtlasCsvReader *reader,
             char            c)
{
  if (c == '\0')
    reader->has_nul = TRUE;
  g_string_append_c (reader->text, c);
}

/* Consumes a line end (CRLF, LF or a lone CR) at the position, if there is one. */
static gboolean
take_line_end (AtlasCsvReader *reader)
{
  const char *data = reader->data;

  if (reader->position >= reader->length)
    return FALSE;
  if (data[reader->position] == '\n')
    {
      reader->position++;
      reader->next_line++;
      return TRUE;
    }
  if (data[reader->position] == '\r')
    {
      reader->position++;
      if (reader->position < reader->length && data[reader->position] == '\n')
        reader->position++;
      reader->next_line++;
      return TRUE;
    }
  return FALSE;
}

/* A quoted field, from just after its opening quote to just after its closing one. */
static void
read_quoted (AtlasCsvReader *reader)
{
  const char *data = reader->data;

  while (reader->position < reader->length)
    {
      char c = data[reader->position++];

      if (c == '"')
        {
          if (reader->position < reader->length && data[reader->position] == '"')
            {
              append_byte (reader, '"');
              reader->position++;
              continue;
            }
          return;
        }
      if (c == '\n' || (c == '\r' && (reader->position >= reader->length || data[reader->position] != '\n')))
        reader->next_line++;
      append_byte (reader, c);
    }
  reader->unterminated = TRUE;
}

gboolean
atlas_csv_reader_next (AtlasCsvReader *reader)
{
  const char *data = reader->data;

  g_string_truncate (reader->text, 0);
  g_array_set_size (reader->starts, 0);
  reader->unterminated = FALSE;
  reader->has_nul = FALSE;
  if (reader->position >= reader->length)
    return FALSE;

  reader->line = reader->next_line;
  start_field (reader);
  while (reader->position < reader->length)
    {
      char c = data[reader->position];

      if (c == '\n' || c == '\r')
        {
          take_line_end (reader);
          break;
        }
      reader->position++;
      if (c == ',')
        {
          end_field (reader);
          start_field (reader);
        }
      else if (c == '"' && reader->text->len == g_array_index (reader->starts, gsize, reader->starts->len - 1))
        /* A quote opens a quoted field only at the field's start; elsewhere it is a
         * character of the field, as lenient readers take it. */
        read_quoted (reader);
      else
        append_byte (reader, c);
    }
  end_field (reader);
  return TRUE;
}

guint
atlas_csv_reader_get_n_fields (AtlasCsvReader *reader)
{
  return reader->starts->len;
}

const char *
atlas_csv_reader_get_field (AtlasCsvReader *reader,
                            guint           index)
{
  g_return_val_if_fail (index < reader->starts->len, NULL);
  return reader->text->str + g_array_index (reader->starts, gsize, index);
}

guint
atlas_csv_reader_get_line (AtlasCsvReader *reader)
{
  return reader->line;
}

gboolean
atlas_csv_reader_record_is_blank (AtlasCsvReader *reader)
{
  return reader->starts->len == 1 && reader->text->len == 1 && !reader->unterminated;
}

gboolean
atlas_csv_reader_record_is_unterminated (AtlasCsvReader *reader)
{
  return reader->unterminated;
}

gboolean
atlas_csv_reader_record_has_nul (AtlasCsvReader *reader)
{
  return reader->has_nul;
}
