/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-charts"

#define _GNU_SOURCE 1 /* O_TMPFILE, linkat() */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "atlas-chart-export.h"
#include "atlas-chart-frame.h"
#include "atlas-compare-chart.h"
#include "atlas-format.h"
#include "atlas-path-chart.h"
#include "atlas-salary-chart.h"
#include "atlas-skill-chart.h"

gboolean
atlas_export_format_for_path (const char        *path,
                              AtlasExportFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = ATLAS_EXPORT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = ATLAS_EXPORT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = ATLAS_EXPORT_PDF;
  else
    return FALSE;
  return TRUE;
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_status (cairo_status_t status,
              GError       **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Drawing the chart failed: %s"),
               cairo_status_to_string (status));
  return FALSE;
}

/* Paints the optional title block, then the chart below it. */
static void
paint_titled (AtlasChart             *chart,
              cairo_t                *cr,
              const AtlasChartCanvas *canvas,
              const char             *title,
              const char             *subtitle)
{
  AtlasChartCanvas below = *canvas;
  double header = 0;

  if (title != NULL && *title != '\0')
    {
      PangoContext *context = atlas_chart_create_pango_context ();
      g_autoptr(AtlasChartLayout) layout = atlas_chart_layout_new (canvas->width, canvas->height);

      header = atlas_chart_frame_add_header (layout, context, canvas, title,
                                             subtitle != NULL && *subtitle != '\0' ? subtitle : NULL);
      atlas_chart_paint_layout (cr, layout, canvas, context, -1);
      g_object_unref (context);
    }
  below.height = MAX (1, canvas->height - header);
  cairo_save (cr);
  cairo_translate (cr, 0, header);
  atlas_chart_paint (chart, cr, &below, -1);
  cairo_restore (cr);
}

GBytes *
atlas_chart_render_titled (AtlasChart        *chart,
                           AtlasExportFormat  format,
                           double             width,
                           double             height,
                           double             scale,
                           const char        *title,
                           const char        *subtitle,
                           GError           **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (width, height);
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (ATLAS_IS_CHART (chart), NULL);
  g_return_val_if_fail (width > 0 && height > 0 && scale > 0, NULL);

  /* Exports are for paper and slides: the print palette, whatever the screen shows. */
  canvas.palette = ATLAS_CHART_PALETTE_PRINT;
  canvas.still = TRUE;
  canvas.scale = scale;

  switch (format)
    {
    case ATLAS_EXPORT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * scale), (int) (height * scale));
      break;
    case ATLAS_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_to_bytes, bytes, width, height);
      break;
    case ATLAS_EXPORT_PDF:
    default:
      surface = cairo_pdf_surface_create_for_stream (append_to_bytes, bytes, width, height);
      break;
    }

  cr = cairo_create (surface);
  if (format == ATLAS_EXPORT_PNG)
    cairo_scale (cr, scale, scale);
  paint_titled (chart, cr, &canvas, title, subtitle);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == ATLAS_EXPORT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_to_bytes, bytes);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!check_status (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

GBytes *
atlas_chart_render (AtlasChart        *chart,
                    AtlasExportFormat  format,
                    double             width,
                    double             height,
                    double             scale,
                    GError           **error)
{
  return atlas_chart_render_titled (chart, format, width, height, scale, NULL, NULL, error);
}

void
atlas_chart_paint_for_print (AtlasChart *chart,
                             cairo_t    *cr,
                             double      width,
                             double      height)
{
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (width, height);

  g_return_if_fail (ATLAS_IS_CHART (chart));

  canvas.palette = ATLAS_CHART_PALETTE_PRINT;
  canvas.still = TRUE;
  atlas_chart_paint (chart, cr, &canvas, -1);
}

/* ------------------------------------------------------------------ report */

/* @lines as paragraphs of @style from @y down; returns the y below them. */
static double
add_paragraphs (AtlasChartLayout       *layout,
                PangoContext           *context,
                const AtlasChartCanvas *canvas,
                AtlasTextStyle          style,
                const char * const     *lines,
                double                  y)
{
  double width = canvas->width - 2 * ATLAS_CHART_PADDING;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      double w, h;
      AtlasChartText *text;

      atlas_chart_measure_text (context, style, 1, lines[i], width, &w, &h);
      text = atlas_chart_layout_add_text (layout, style, lines[i], ATLAS_CHART_PADDING, y, width, h);
      text->color = ATLAS_CHART_COLOR_FOREGROUND;
      y += h + 8;
    }
  return y;
}

/* A page of text: a title and paragraphs, then, when @heading is given, a section under it
 * (the cover's contents). */
static void
paint_text_page (cairo_t                *cr,
                 const AtlasChartCanvas *canvas,
                 PangoContext           *context,
                 const char             *title,
                 const char * const     *lines,
                 const char             *heading,
                 const char * const     *section)
{
  g_autoptr(AtlasChartLayout) layout = atlas_chart_layout_new (canvas->width, canvas->height);
  double y = atlas_chart_frame_add_header (layout, context, canvas, title, NULL);

  y = add_paragraphs (layout, context, canvas, ATLAS_TEXT_LABEL, lines, y);
  if (heading != NULL)
    {
      const char *heading_lines[] = { heading, NULL };

      y = add_paragraphs (layout, context, canvas, ATLAS_TEXT_HEADING, heading_lines, y + 16);
      add_paragraphs (layout, context, canvas, ATLAS_TEXT_LABEL, section, y);
    }
  atlas_chart_paint_layout (cr, layout, canvas, context, -1);
}

static char *
joined_role_names (AtlasDataset       *dataset,
                   const char * const *role_ids)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; role_ids[i] != NULL; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                            atlas_dataset_get_role_name (dataset, role_ids[i]));
  return g_string_free (names, FALSE);
}

static GPtrArray *
report_charts (AtlasDataset       *dataset,
               const char * const *role_ids)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func (g_object_unref);
  AtlasSalaryChart *salary;
  AtlasSkillChart *skills;

  g_ptr_array_add (charts, atlas_compare_chart_new (dataset, role_ids));
  salary = atlas_salary_chart_new (dataset, role_ids);
  g_ptr_array_add (charts, salary);
  salary = atlas_salary_chart_new (dataset, role_ids);
  atlas_salary_chart_set_mode (salary, ATLAS_SALARY_BY_COUNTRY);
  g_ptr_array_add (charts, salary);
  salary = atlas_salary_chart_new (dataset, role_ids);
  atlas_salary_chart_set_mode (salary, ATLAS_SALARY_GRID);
  g_ptr_array_add (charts, salary);
  for (int mode = ATLAS_SKILL_CHART_OVERLAP; mode <= ATLAS_SKILL_CHART_TOP; mode++)
    {
      skills = atlas_skill_chart_new (dataset, role_ids);
      atlas_skill_chart_set_mode (skills, mode);
      g_ptr_array_add (charts, skills);
    }
  g_ptr_array_add (charts, atlas_path_chart_new (dataset, role_ids));
  return charts;
}

/* The report's pages: the cover, one page per chart, the sources. */
struct _AtlasReport
{
  AtlasDataset *dataset;
  GStrv role_ids;
  GPtrArray *charts;
  PangoContext *context;
};

AtlasReport *
atlas_report_new (AtlasDataset       *dataset,
                  const char * const *role_ids)
{
  AtlasReport *self = g_new0 (AtlasReport, 1);

  self->dataset = g_object_ref (dataset);
  self->role_ids = g_strdupv ((char **) role_ids);
  self->charts = report_charts (dataset, role_ids);
  self->context = atlas_chart_create_pango_context ();
  return self;
}

void
atlas_report_free (AtlasReport *self)
{
  g_object_unref (self->dataset);
  g_strfreev (self->role_ids);
  g_ptr_array_unref (self->charts);
  g_object_unref (self->context);
  g_free (self);
}

/* A chart's title as its page shows it: the first title text of its layout. */
static char *
chart_title (AtlasChart             *chart,
             const AtlasChartCanvas *canvas)
{
  AtlasChartLayout *layout = atlas_chart_get_layout (chart, canvas);

  for (guint t = 0; t < atlas_chart_layout_get_n_texts (layout); t++)
    if (atlas_chart_layout_get_text (layout, t)->style == ATLAS_TEXT_TITLE)
      return g_strdup (atlas_chart_layout_get_text (layout, t)->text);
  return g_strdup ("");
}

/* A line per page after the cover: its number and what it shows. */
static void
add_contents_lines (AtlasReport            *self,
                    const AtlasChartCanvas *canvas,
                    GPtrArray              *lines)
{
  for (guint i = 0; i < self->charts->len; i++)
    {
      g_autofree char *title = chart_title (g_ptr_array_index (self->charts, i), canvas);

      /* Translators: a line of the report's contents: the page number, then its title. */
      g_ptr_array_add (lines, g_strdup_printf (_("%u. %s"), i + 2, title));
    }
  g_ptr_array_add (lines, g_strdup_printf (_("%u. %s"), self->charts->len + 2, _("Sources")));
}

guint
atlas_report_get_n_pages (AtlasReport *self)
{
  return self->charts->len + 2;
}

static void
paint_cover (AtlasReport            *self,
             cairo_t                *cr,
             const AtlasChartCanvas *canvas)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *names = joined_role_names (self->dataset, (const char * const *) self->role_ids);
  g_autofree char *date = g_date_time_format (now, C_("date", "%Y-%m-%d"));
  g_autofree char *roles_line = g_strdup_printf (_("Roles compared: %s"), names);
  /* The dataset as its makers title it; a file without a title by its file name, not the
   * path it was read from. */
  g_autofree char *file_name = g_path_get_basename (atlas_dataset_get_name (self->dataset));
  const char *title = atlas_dataset_get_title (self->dataset);
  g_autofree char *made = g_strdup_printf (_("Made with Role Atlas %s on %s from the dataset “%s”. Every figure names its source; the last page lists them all."),
                                           PACKAGE_VERSION, date, title != NULL ? title : file_name);
  const char *cover[] = { roles_line, made, NULL };
  g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func (g_free);

  add_contents_lines (self, canvas, contents);
  g_ptr_array_add (contents, NULL);
  paint_text_page (cr, canvas, self->context, _("Role comparison report"), cover, _("Contents"),
                   (const char * const *) contents->pdata);
}

static void
paint_sources_page (AtlasReport            *self,
                    cairo_t                *cr,
                    const AtlasChartCanvas *canvas)
{
  GListModel *sources = atlas_dataset_get_sources (self->dataset);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(AtlasSource) source = g_list_model_get_item (sources, i);
      g_autofree char *citation = atlas_format_source_citation (source);
      const char *url = atlas_source_get_url (source), *note = atlas_source_get_note (source);

      g_ptr_array_add (lines, g_strdup_printf ("%u. %s%s%s%s%s", i + 1, citation, url != NULL ? " — " : "",
                                               url != NULL ? url : "", note != NULL ? "\n" : "", note != NULL ? note : ""));
    }
  g_ptr_array_add (lines, NULL);
  paint_text_page (cr, canvas, self->context, _("Sources"), (const char * const *) lines->pdata, NULL, NULL);
}

/* "Page 3 of 10", centred in a band @band high under the page's content at @y, so that the
 * cover's contents lead somewhere on paper. */
static void
paint_page_number (AtlasReport            *self,
                   cairo_t                *cr,
                   const AtlasChartCanvas *page_canvas,
                   guint                   page,
                   double                  y,
                   double                  band)
{
  AtlasChartCanvas canvas = *page_canvas;
  g_autoptr(AtlasChartLayout) layout = atlas_chart_layout_new (canvas.width, band);
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, atlas_report_get_n_pages (self));
  double width, height;

  canvas.height = band;
  atlas_chart_measure_text (self->context, ATLAS_TEXT_CAPTION, 1, number, -1, &width, &height);
  atlas_chart_layout_add_text (layout, ATLAS_TEXT_CAPTION, number, (canvas.width - width) / 2, (band - height) / 2,
                               width, height);
  cairo_save (cr);
  cairo_translate (cr, 0, y);
  atlas_chart_paint_layout (cr, layout, &canvas, self->context, -1);
  cairo_restore (cr);
}

/* Room under each page's content for its number, in points. */
#define PAGE_NUMBER_BAND 20

void
atlas_report_paint_page (AtlasReport *self,
                         guint        page,
                         cairo_t     *cr,
                         double       width,
                         double       height)
{
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (width, height - PAGE_NUMBER_BAND);

  g_return_if_fail (page < atlas_report_get_n_pages (self));

  canvas.palette = ATLAS_CHART_PALETTE_PRINT;
  canvas.still = TRUE;
  if (page == 0)
    {
      /* The cover is the whole page, and goes unnumbered. */
      canvas.height = height;
      paint_cover (self, cr, &canvas);
      return;
    }
  if (page <= self->charts->len)
    atlas_chart_paint (g_ptr_array_index (self->charts, page - 1), cr, &canvas, -1);
  else
    paint_sources_page (self, cr, &canvas);
  paint_page_number (self, cr, &canvas, page, height - PAGE_NUMBER_BAND, PAGE_NUMBER_BAND);
}

gboolean
atlas_report_page_is_wide (AtlasReport *self,
                           guint        page)
{
  AtlasChart *chart;
  double width, height;

  g_return_val_if_fail (page < atlas_report_get_n_pages (self), FALSE);

  if (page == 0 || page > self->charts->len)
    return FALSE;
  chart = g_ptr_array_index (self->charts, page - 1);
  /* The other charts fill whatever page they are given; the career diagram keeps its
   * proportions and shrinks to fit, so on an upright page its titles become too small to
   * read. */
  if (!ATLAS_IS_PATH_CHART (chart))
    return FALSE;
  atlas_path_chart_get_natural_size (ATLAS_PATH_CHART (chart), 1, &width, &height);
  return width > height;
}

GBytes *
atlas_report_render (AtlasDataset       *dataset,
                     const char * const *role_ids,
                     AtlasPaper          paper,
                     gboolean            landscape,
                     GError            **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  AtlasReport *report;
  double width = paper == ATLAS_PAPER_A4 ? 595.28 : 612, height = paper == ATLAS_PAPER_A4 ? 841.89 : 792;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  if (landscape)
    {
      double swap = width;
      width = height;
      height = swap;
    }
  report = atlas_report_new (dataset, role_ids);
  surface = cairo_pdf_surface_create_for_stream (append_to_bytes, bytes, width, height);
  cr = cairo_create (surface);
  for (guint page = 0; page < atlas_report_get_n_pages (report); page++)
    {
      gboolean turned = !landscape && atlas_report_page_is_wide (report, page);
      double page_width = turned ? height : width, page_height = turned ? width : height;

      cairo_pdf_surface_set_size (surface, page_width, page_height);
      atlas_report_paint_page (report, page, cr, page_width, page_height);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  atlas_report_free (report);

  if (!check_status (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return FALSE;
      data += written;
      length -= (gsize) written;
    }
  return TRUE;
}

static void
set_write_error (GError    **error,
                 const char *path,
                 int         saved_errno)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Failed to write “%s”: %s"), path, g_strerror (saved_errno));
}

/* Writes into an unnamed file (O_TMPFILE) in @path's folder and gives it a name only once
 * it is complete and synced: if the process dies midway, the kernel drops the data and no
 * partial file is ever seen. Returns -1 (nothing written) where the file system has no
 * unnamed files, 0 with @error set on failure, 1 on success. */
static int
write_unnamed_then_link (const char *path,
                         const char *data,
                         gsize       length,
                         GError    **error)
{
#ifdef O_TMPFILE
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *proc_path = NULL;
  g_autofree char *temporary = NULL;
  int fd = open (folder, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
  int saved;

  if (fd < 0)
    {
      if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)
        return -1;
      set_write_error (error, path, errno);
      return 0;
    }
  if (!write_all (fd, data, length) || fsync (fd) != 0)
    {
      saved = errno;
      close (fd);
      set_write_error (error, path, saved);
      return 0;
    }
  proc_path = g_strdup_printf ("/proc/self/fd/%d", fd);
  /* linkat() cannot replace a file: link under a fresh name, then rename over @path. */
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_free (temporary);
      temporary = g_strdup_printf ("%s.%08x~", path, g_random_int ());
      if (linkat (AT_FDCWD, proc_path, AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0)
        break;
      if (errno != EEXIST)
        {
          saved = errno;
          close (fd);
          set_write_error (error, path, saved);
          return 0;
        }
    }
  close (fd);
  if (rename (temporary, path) != 0)
    {
      saved = errno;
      g_unlink (temporary);
      set_write_error (error, path, saved);
      return 0;
    }
  return 1;
#else
  return -1;
#endif
}

gboolean
atlas_export_write_file (const char *path,
                         GBytes     *bytes,
                         GError    **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  int written;

  g_return_val_if_fail (path != NULL, FALSE);

  written = write_unnamed_then_link (path, data, length, error);
  if (written >= 0)
    return written == 1;

  /* No unnamed files here: GLib writes a named temporary file in the same folder, syncs
   * it and renames it over @path, so @path itself is never partial. */
  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0644, error);
}
