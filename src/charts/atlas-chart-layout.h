/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

#include "atlas-chart-style.h"

G_BEGIN_DECLS

/* A chart's layout: everything it will paint, as plain data. Tests check it (bars inside
 * the plot, labels apart), hit testing and keyboard navigation walk its marks, and the
 * accessible description and the table twin come from it. Painting only reads it. */

typedef enum
{
  ATLAS_TEXT_TITLE,
  ATLAS_TEXT_SUBTITLE,
  ATLAS_TEXT_HEADING,
  ATLAS_TEXT_LABEL,
  ATLAS_TEXT_AXIS,
  ATLAS_TEXT_CAPTION,
} AtlasTextStyle;

/* A rectangle in the chart's logical units, for placing things against each other. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} AtlasChartRect;

typedef struct
{
  char *text;
  double x;
  double y;
  double width;
  double height;
  AtlasTextStyle style;
  AtlasChartColor color;
  PangoAlignment alignment;
  gboolean dimmed;
  double scale;             /* times the canvas font scale; a chart shrunk to fit sets it */
  gboolean backdrop;        /* on a patch of the background, hiding the lines under it */
} AtlasChartText;

typedef struct
{
  double x1;
  double y1;
  double x2;
  double y2;
  double line_width;
  AtlasChartColor color;
  gboolean dashed;
  /* A cubic curve through the control points instead of a straight line. */
  gboolean curve;
  double cx1;
  double cy1;
  double cx2;
  double cy2;
  gboolean arrow;           /* an arrowhead at (x2, y2) */
  gboolean dimmed;          /* drawn faint: not on the highlighted paths */
} AtlasChartLine;

typedef enum
{
  ATLAS_MARK_BAR,      /* a range from x to x + width */
  ATLAS_MARK_POINT,    /* a single value, drawn as a shape centred in its box */
  ATLAS_MARK_CELL,     /* a heat-map cell */
  ATLAS_MARK_SWATCH,   /* a legend key */
  ATLAS_MARK_CIRCLE,   /* a translucent set circle, inscribed in its box */
  ATLAS_MARK_HOTSPOT,  /* not drawn: an area to hover, click or focus */
  ATLAS_MARK_NODE,     /* a rounded box for a node of a diagram */
} AtlasMarkKind;

typedef enum
{
  ATLAS_POINT_DIAMOND,   /* average */
  ATLAS_POINT_CIRCLE,    /* median */
  ATLAS_POINT_TRIANGLE,  /* percentiles */
  ATLAS_POINT_SQUARE,    /* top earners */
  ATLAS_POINT_CROSS,     /* a single reported salary */
} AtlasPointShape;

typedef struct
{
  AtlasMarkKind kind;
  double x;
  double y;
  double width;
  double height;
  int series;               /* colour and pattern; -1 for none */
  AtlasPointShape shape;
  gboolean dashed_outline;  /* total compensation rather than base pay; a Venn circle with no area */
  gboolean open_end;        /* the source gives no upper end ("$200K+") */
  double intensity;         /* heat-map cells: 0 to 1, or -1 for "no data"; points
                             * without a series: -1 draws them as absent (a hollow dot) */
  gboolean selected;        /* outlined as the selection */
  gboolean dimmed;          /* drawn faint: not on the highlighted paths */
  gboolean interactive;     /* reachable by pointer and keyboard */
  char *tooltip;
  int row;                  /* the table-twin row this mark shows, or -1 */
  char *key;                /* what the mark stands for, such as a skill id, or NULL */
} AtlasChartMark;

typedef struct _AtlasChartLayout AtlasChartLayout;

#define ATLAS_TYPE_CHART_LAYOUT (atlas_chart_layout_get_type ())

GType             atlas_chart_layout_get_type       (void) G_GNUC_CONST;
AtlasChartLayout *atlas_chart_layout_new            (double                width,
                                                     double                height);
AtlasChartLayout *atlas_chart_layout_ref            (AtlasChartLayout     *self);
void              atlas_chart_layout_unref          (AtlasChartLayout     *self);

double            atlas_chart_layout_get_width      (AtlasChartLayout     *self);
double            atlas_chart_layout_get_height     (AtlasChartLayout     *self);
void              atlas_chart_layout_set_plot_area  (AtlasChartLayout     *self,
                                                     double                x,
                                                     double                y,
                                                     double                width,
                                                     double                height);
void              atlas_chart_layout_get_plot_area  (AtlasChartLayout     *self,
                                                     double               *x,
                                                     double               *y,
                                                     double               *width,
                                                     double               *height);

AtlasChartText   *atlas_chart_layout_add_text       (AtlasChartLayout     *self,
                                                     AtlasTextStyle        style,
                                                     const char           *text,
                                                     double                x,
                                                     double                y,
                                                     double                width,
                                                     double                height);
AtlasChartLine   *atlas_chart_layout_add_line       (AtlasChartLayout     *self,
                                                     double                x1,
                                                     double                y1,
                                                     double                x2,
                                                     double                y2,
                                                     AtlasChartColor       color);
AtlasChartMark   *atlas_chart_layout_add_mark       (AtlasChartLayout     *self,
                                                     AtlasMarkKind         kind,
                                                     double                x,
                                                     double                y,
                                                     double                width,
                                                     double                height);

guint             atlas_chart_layout_get_n_texts    (AtlasChartLayout     *self);
AtlasChartText   *atlas_chart_layout_get_text       (AtlasChartLayout     *self,
                                                     guint                 index);
guint             atlas_chart_layout_get_n_lines    (AtlasChartLayout     *self);
AtlasChartLine   *atlas_chart_layout_get_line       (AtlasChartLayout     *self,
                                                     guint                 index);
guint             atlas_chart_layout_get_n_marks    (AtlasChartLayout     *self);
AtlasChartMark   *atlas_chart_layout_get_mark       (AtlasChartLayout     *self,
                                                     guint                 index);

/* The point of @line at @t, from 0 at its start to 1 at its end, as it is painted. */
void              atlas_chart_line_point            (const AtlasChartLine *line,
                                                     double                t,
                                                     double               *x,
                                                     double               *y);

/* The interactive mark under a point, or -1. */
int               atlas_chart_layout_hit_test       (AtlasChartLayout     *self,
                                                     double                x,
                                                     double                y);
/* The next interactive mark after @from (-1: the first) in @direction (+1 or −1), or -1. */
int               atlas_chart_layout_step           (AtlasChartLayout     *self,
                                                     int                   from,
                                                     int                   direction);

/* The table twin: a header and rows of cells, all strings. */
void              atlas_chart_layout_set_columns    (AtlasChartLayout     *self,
                                                     const char * const   *columns);
const char * const *atlas_chart_layout_get_columns  (AtlasChartLayout     *self);
int               atlas_chart_layout_add_row        (AtlasChartLayout     *self,
                                                     const char * const   *cells);
guint             atlas_chart_layout_get_n_rows     (AtlasChartLayout     *self);
const char * const *atlas_chart_layout_get_row      (AtlasChartLayout     *self,
                                                     guint                 index);

void              atlas_chart_layout_set_description (AtlasChartLayout    *self,
                                                      const char          *description);
const char       *atlas_chart_layout_get_description (AtlasChartLayout    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasChartLayout, atlas_chart_layout_unref)

/* ---- text measuring, shared by every chart's layout code ---- */

/* A Pango context with fixed resolution and unhinted metrics, so that a layout measured
 * once paints the same on screen, PNG, SVG and PDF. */
PangoContext     *atlas_chart_create_pango_context  (void);
PangoLayout      *atlas_chart_create_text_layout    (PangoContext         *context,
                                                     AtlasTextStyle        style,
                                                     double                font_scale,
                                                     const char           *text,
                                                     double                max_width);
void              atlas_chart_measure_text          (PangoContext         *context,
                                                     AtlasTextStyle        style,
                                                     double                font_scale,
                                                     const char           *text,
                                                     double                max_width,
                                                     double               *width,
                                                     double               *height);

G_END_DECLS
