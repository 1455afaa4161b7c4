/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-charts"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-chart-frame.h"
#include "atlas-format.h"
#include "atlas-iso-codes.h"
#include "atlas-queries.h"
#include "atlas-salary-chart.h"

/* Salary charts. Every figure is drawn as its source gives it: ranges as bars, other
 * statistics as marks of their own shape, total compensation with a dashed edge, an open
 * upper end with an arrowhead. Figures are never averaged or merged; two sources on the
 * same role, country and level give two bars, each labelled with its source. */
struct _AtlasSalaryChart
{
  AtlasChart parent_instance;

  AtlasDataset *dataset;
  GStrv role_ids;
  AtlasSalaryChartMode mode;
  char *country;
  AtlasLevel level;
  gboolean log_scale;
  gboolean per_month;
  guint grid_role;
  guint min_records;
  gboolean show_too_few;

  /* The figures the current data and options show, in table order. */
  GPtrArray *shown;
  /* role id -> its figures: each layout filters these instead of the whole dataset */
  GHashTable *by_role;
};

G_DEFINE_FINAL_TYPE (AtlasSalaryChart, atlas_salary_chart, ATLAS_TYPE_CHART)

/* One horizontal lane of a bar chart: a figure, and the group (level or country) it is in. */
typedef struct
{
  AtlasSalaryFigure *figure;
  guint group;
  guint series;
} Lane;

static void
atlas_salary_chart_finalize (GObject *object)
{
  AtlasSalaryChart *self = (AtlasSalaryChart *) object;

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->role_ids, g_strfreev);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->by_role, g_hash_table_unref);

  G_OBJECT_CLASS (atlas_salary_chart_parent_class)->finalize (object);
}

/* ------------------------------------------------------------------ amounts */

static char *
format_thousands (gint64 amount)
{
  gint64 hundreds = (amount + 50) / 100;

  if (amount < 1000)
    return g_strdup_printf ("%" G_GINT64_FORMAT, amount);
  /* "243k" rather than "243.0k" when a tenth rounds away. */
  if (hundreds % 10 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT "k", hundreds / 10);
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT "k", hundreds / 10, hundreds % 10);
}

static const char *
currency_prefix (AtlasSalaryFigure *figure)
{
  return g_strcmp0 (atlas_salary_figure_get_currency (figure), "USD") == 0 ? "$" : "";
}

static const char *
currency_suffix (AtlasSalaryFigure *figure)
{
  return g_strcmp0 (atlas_salary_figure_get_currency (figure), "USD") == 0 ? "" : atlas_salary_figure_get_currency (figure);
}

char *
atlas_salary_format_short (AtlasSalaryFigure *figure)
{
  gint64 low = atlas_salary_figure_get_low (figure);
  gint64 high = atlas_salary_figure_get_high (figure);
  gint64 value = atlas_salary_figure_get_value (figure);
  const char *prefix = currency_prefix (figure);
  g_autofree char *suffix = *currency_suffix (figure) ? g_strdup_printf (" %s", currency_suffix (figure)) : g_strdup ("");
  const char *open = atlas_salary_figure_get_high_open (figure) ? "+" : "";

  if (atlas_salary_figure_get_statistic (figure) == ATLAS_STATISTIC_QUARTILES)
    {
      g_autofree char *l = format_thousands (low);
      g_autofree char *h = format_thousands (high);
      g_autofree char *v = format_thousands (value);
      /* Translators: the middle half of salary records, their median and how many there are. */
      return g_strdup_printf (_("%s%s–%s%s, median %s%s · n = %d"), prefix, l, h, suffix, prefix, v,
                              atlas_salary_figure_get_sample_size (figure));
    }
  if (value >= 0)
    {
      g_autofree char *v = format_thousands (value);
      return g_strdup_printf ("%s%s%s", prefix, v, suffix);
    }
  if (low >= 0 && high >= 0)
    {
      g_autofree char *l = format_thousands (low);
      g_autofree char *h = format_thousands (high);
      return g_strdup_printf ("%s%s–%s%s%s", prefix, l, h, open, suffix);
    }
  if (low >= 0)
    {
      g_autofree char *l = format_thousands (low);
      if (*open)
        return g_strdup_printf ("%s%s+%s", prefix, l, suffix);
      return g_strdup_printf (_("from %s%s%s"), prefix, l, suffix);
    }
  {
    g_autofree char *h = format_thousands (high);
    return g_strdup_printf (_("up to %s%s%s"), prefix, h, suffix);
  }
}

/* The amounts a figure spans on the axis. */
static void
figure_extent (AtlasSalaryFigure *figure,
               double            *min,
               double            *max)
{
  gint64 low = atlas_salary_figure_get_low (figure);
  gint64 high = atlas_salary_figure_get_high (figure);
  gint64 value = atlas_salary_figure_get_value (figure);

  if (value >= 0 && atlas_salary_figure_get_statistic (figure) != ATLAS_STATISTIC_QUARTILES)
    *min = *max = value;
  else
    {
      *min = low >= 0 ? low : high;
      *max = high >= 0 ? high : low;
    }
}

/* The midpoint of a two-ended figure, or its value; -1 when it has neither. */
static double
figure_midpoint (AtlasSalaryFigure *figure)
{
  gint64 low = atlas_salary_figure_get_low (figure);
  gint64 high = atlas_salary_figure_get_high (figure);
  gint64 value = atlas_salary_figure_get_value (figure);

  if (value >= 0)
    return value;
  if (low >= 0 && high >= 0)
    return (low + high) / 2.0;
  return -1;
}

/* Ranges, and the middle half of salary records, are bars; single amounts are points. */
static gboolean
is_range_mark (AtlasSalaryFigure *figure)
{
  return atlas_salary_figure_get_value (figure) < 0 ||
         atlas_salary_figure_get_statistic (figure) == ATLAS_STATISTIC_QUARTILES;
}

static AtlasPointShape
statistic_shape (AtlasStatistic statistic)
{
  switch (statistic)
    {
    case ATLAS_STATISTIC_AVERAGE: return ATLAS_POINT_DIAMOND;
    case ATLAS_STATISTIC_MEDIAN: return ATLAS_POINT_CIRCLE;
    case ATLAS_STATISTIC_P25:
    case ATLAS_STATISTIC_P75:
    case ATLAS_STATISTIC_P90: return ATLAS_POINT_TRIANGLE;
    case ATLAS_STATISTIC_TOP: return ATLAS_POINT_SQUARE;
    case ATLAS_STATISTIC_EXAMPLE:
    case ATLAS_STATISTIC_RANGE:
    default: return ATLAS_POINT_CROSS;
    }
}

static const char *
country_label (const char *country)
{
  if (country == NULL || *country == '\0')
    return _("Country not stated");
  return atlas_country_get_name (country) != NULL ? atlas_country_get_name (country) : country;
}

static const char *
role_name (AtlasSalaryChart *self,
           const char       *role_id)
{
  return atlas_dataset_get_role_name (self->dataset, role_id);
}

/* ------------------------------------------------------------------ text for people */

static char *
describe_kind (AtlasSalaryFigure *figure)
{
  AtlasPayBasis basis = atlas_salary_figure_get_basis (figure);
  const char *statistic = atlas_statistic_get_label (atlas_salary_figure_get_statistic (figure));

  if (basis == ATLAS_PAY_BASIS_BASE)
    return g_strdup_printf (_("%s, base pay"), statistic);
  if (basis == ATLAS_PAY_BASIS_TOTAL)
    return g_strdup_printf (_("%s, total compensation"), statistic);
  return g_strdup (statistic);
}

static char *
monthly_amounts (AtlasSalaryFigure *figure)
{
  const char *currency = atlas_salary_figure_get_currency (figure);
  gint64 low = atlas_salary_figure_get_low (figure);
  gint64 high = atlas_salary_figure_get_high (figure);
  gint64 value = atlas_salary_figure_get_value (figure);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (value >= 0)
    return atlas_format_amount ((value + 6) / 12, currency);
  a = low >= 0 ? atlas_format_amount ((low + 6) / 12, currency) : NULL;
  b = high >= 0 ? atlas_format_amount ((high + 6) / 12, currency) : NULL;
  if (a != NULL && b != NULL)
    return g_strdup_printf ("%s–%s", a, b);
  return g_strdup (a != NULL ? a : b);
}

static char *
describe_figure (AtlasSalaryChart  *self,
                 AtlasSalaryFigure *figure)
{
  AtlasSource *source = atlas_dataset_lookup_source (self->dataset, atlas_salary_figure_get_source_id (figure));
  g_autofree char *amounts = atlas_format_salary_amounts (figure);
  g_autofree char *kind = describe_kind (figure);
  g_autofree char *citation = atlas_format_source_citation (source);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s · %s · %s\n",
                          role_name (self, atlas_salary_figure_get_role_id (figure)),
                          country_label (atlas_salary_figure_get_country (figure)),
                          atlas_level_get_label (atlas_salary_figure_get_level (figure)));
  g_string_append_printf (text, _("%s: %s a year"), kind, amounts);
  if (self->per_month)
    {
      g_autofree char *monthly = monthly_amounts (figure);
      g_string_append_printf (text, _(" (%s a month, derived: yearly ÷ 12)"), monthly);
    }
  g_string_append_c (text, '\n');
  if (atlas_salary_figure_get_year (figure) > 0)
    g_string_append_printf (text, _("Year: %d"), atlas_salary_figure_get_year (figure));
  else
    g_string_append (text, _("Year not stated"));
  if (atlas_salary_figure_get_sample_size (figure) > 0)
    g_string_append_printf (text, _(" · %d records"), atlas_salary_figure_get_sample_size (figure));
  g_string_append_printf (text, _("\nSource: %s"), citation);
  if (atlas_salary_figure_get_cites (figure) != NULL)
    g_string_append_printf (text, _(", quoting %s"), atlas_salary_figure_get_cites (figure));
  if (atlas_salary_figure_get_note (figure) != NULL)
    g_string_append_printf (text, "\n%s", atlas_salary_figure_get_note (figure));
  return g_string_free (text, FALSE);
}

static char *
format_optional_amount (gint64 amount)
{
  return amount >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, amount) : g_strdup ("");
}

/* The table twin's row for a figure, with the same amounts as plain numbers. */
static int
add_table_row (AtlasSalaryChart  *self,
               AtlasChartLayout  *layout,
               AtlasSalaryFigure *figure)
{
  AtlasSource *source = atlas_dataset_lookup_source (self->dataset, atlas_salary_figure_get_source_id (figure));
  g_autofree char *kind = describe_kind (figure);
  g_autofree char *low = format_optional_amount (atlas_salary_figure_get_low (figure));
  g_autofree char *high = format_optional_amount (atlas_salary_figure_get_high (figure));
  g_autofree char *value = format_optional_amount (atlas_salary_figure_get_value (figure));
  g_autofree char *year = atlas_salary_figure_get_year (figure) > 0
                            ? g_strdup_printf ("%d", atlas_salary_figure_get_year (figure)) : g_strdup ("");
  g_autofree char *monthly = self->per_month ? monthly_amounts (figure) : g_strdup ("");
  g_autofree char *records = atlas_salary_figure_get_sample_size (figure) > 0
                               ? g_strdup_printf ("%d", atlas_salary_figure_get_sample_size (figure))
                               : g_strdup ("");
  const char *cells[] = {
    role_name (self, atlas_salary_figure_get_role_id (figure)),
    country_label (atlas_salary_figure_get_country (figure)),
    atlas_level_get_label (atlas_salary_figure_get_level (figure)),
    kind, low, high, atlas_salary_figure_get_high_open (figure) ? "+" : "", value,
    atlas_salary_figure_get_currency (figure), monthly, year,
    atlas_format_source_short (source), records, NULL,
  };

  return atlas_chart_layout_add_row (layout, cells);
}

static void
set_table_columns (AtlasChartLayout *layout)
{
  const char *columns[] = {
    _("Role"), _("Country"), _("Level"), _("Kind"), _("Low"), _("High"), _("Open end"),
    _("Value"), _("Currency"), _("Per month (derived)"), _("Year"), _("Source"), _("Records"), NULL,
  };

  atlas_chart_layout_set_columns (layout, columns);
}

/* "Sources: Second Talent, 2026 · …": each source of a shown figure once. */
static char *
describe_sources (AtlasSalaryChart *self,
                  GPtrArray        *figures)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  GString *text = g_string_new (_("Sources: "));

  for (guint i = 0; i < figures->len; i++)
    {
      const char *id = atlas_salary_figure_get_source_id (g_ptr_array_index (figures, i));
      AtlasSource *source;

      if (g_ptr_array_find_with_equal_func (seen, id, g_str_equal, NULL))
        continue;
      g_ptr_array_add (seen, (char *) id);
      source = atlas_dataset_lookup_source (self->dataset, id);
      {
            g_autofree char *date = atlas_format_source_date (source);
            g_string_append_printf (text, "%s%s, %s", seen->len > 1 ? " · " : "",
                                    atlas_format_source_short (source), date);
          }
    }
  if (seen->len == 0)
    g_string_append (text, _("none"));
  return g_string_free (text, FALSE);
}

/* ------------------------------------------------------------------ which figures */

/* The figures of a role, optionally of one country ("" for none named) and level (-1: any),
 * in dataset order; a new array of borrowed figures. */
/* A cell of salary records too small to read much into. */
static gboolean
has_too_few_records (AtlasSalaryChart  *self,
                     AtlasSalaryFigure *figure)
{
  return atlas_salary_figure_get_statistic (figure) == ATLAS_STATISTIC_QUARTILES &&
         (guint) atlas_salary_figure_get_sample_size (figure) < self->min_records;
}

static GPtrArray *
figures_for (AtlasSalaryChart *self,
             const char       *role_id,
             const char       *country,
             int               level)
{
  GPtrArray *all = g_hash_table_lookup (self->by_role, role_id);
  GPtrArray *result = g_ptr_array_new ();

  if (all == NULL)
    {
      AtlasSalaryFilter filter = { role_id, NULL, -1, -1, -1 };
      all = atlas_query_salaries (self->dataset, &filter);
      g_hash_table_insert (self->by_role, g_strdup (role_id), all);
    }
  for (guint i = 0; i < all->len; i++)
    {
      AtlasSalaryFigure *figure = g_ptr_array_index (all, i);
      const char *figure_country = atlas_salary_figure_get_country (figure);

      if (country != NULL && g_strcmp0 (country, figure_country != NULL ? figure_country : "") != 0)
        continue;
      if (level >= 0 && (int) atlas_salary_figure_get_level (figure) != level)
        continue;
      if (has_too_few_records (self, figure) && !self->show_too_few)
        continue;
      g_ptr_array_add (result, figure);
    }
  return result;
}

static char *
joined_role_names (AtlasSalaryChart *self)
{
  GString *names = g_string_new (NULL);
  guint n = g_strv_length (self->role_ids);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (names, i + 1 == n ? _(" and ") : ", ");
      g_string_append (names, role_name (self, self->role_ids[i]));
    }
  return g_string_free (names, FALSE);
}

/* By level: groups in level order, "all levels" last. */
static GArray *
collect_level_lanes (AtlasSalaryChart *self,
                     GPtrArray        *group_labels)
{
  GArray *lanes = g_array_new (FALSE, FALSE, sizeof (Lane));
  static const AtlasLevel order[] = {
    ATLAS_LEVEL_ENTRY, ATLAS_LEVEL_MID, ATLAS_LEVEL_SENIOR, ATLAS_LEVEL_STAFF, ATLAS_LEVEL_LEAD,
    ATLAS_LEVEL_EXECUTIVE, ATLAS_LEVEL_ALL,
  };

  for (guint l = 0; l < G_N_ELEMENTS (order); l++)
    {
      gboolean any = FALSE;

      for (guint r = 0; self->role_ids[r] != NULL; r++)
        {
          g_autoptr(GPtrArray) figures = figures_for (self, self->role_ids[r], self->country, order[l]);

          for (guint f = 0; f < figures->len; f++)
            {
              Lane lane = { g_ptr_array_index (figures, f), group_labels->len, r };
              g_array_append_val (lanes, lane);
              any = TRUE;
            }
        }
      if (any)
        g_ptr_array_add (group_labels, g_strdup (atlas_level_get_label (order[l])));
    }
  return lanes;
}

typedef struct
{
  char *country;
  double key;
} CountryKey;

static int
compare_country_keys (gconstpointer a,
                      gconstpointer b)
{
  const CountryKey *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? 1 : -1;
  return g_strcmp0 (x->country, y->country);
}

/* The largest midpoint a role has in a country, or -1. */
static double
best_midpoint (AtlasSalaryChart *self,
               const char       *role_id,
               const char       *country)
{
  g_autoptr(GPtrArray) figures = figures_for (self, role_id, country, self->level);
  double best = -1;

  for (guint i = 0; i < figures->len; i++)
    best = MAX (best, figure_midpoint (g_ptr_array_index (figures, i)));
  return best;
}

/* By country: countries sorted by the first role's midpoint (highest first); countries
 * where it has none follow, by the others' midpoints. */
static GArray *
collect_country_lanes (AtlasSalaryChart *self,
                       GPtrArray        *group_labels)
{
  GArray *lanes = g_array_new (FALSE, FALSE, sizeof (Lane));
  g_autoptr(GHashTable) countries = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (CountryKey));

  for (guint r = 0; self->role_ids[r] != NULL; r++)
    {
      g_autoptr(GPtrArray) figures = figures_for (self, self->role_ids[r], NULL, self->level);

      for (guint f = 0; f < figures->len; f++)
        {
          const char *country = atlas_salary_figure_get_country (g_ptr_array_index (figures, f));
          if (country != NULL)
            g_hash_table_add (countries, (char *) country);
        }
    }

  {
    GHashTableIter iter;
    gpointer country;

    g_hash_table_iter_init (&iter, countries);
    while (g_hash_table_iter_next (&iter, &country, NULL))
      {
        CountryKey key = { country, best_midpoint (self, self->role_ids[0], country) };

        if (key.key < 0)
          {
            /* Below every country the first role has figures for. */
            double other = -1;
            for (guint r = 1; self->role_ids[r] != NULL; r++)
              other = MAX (other, best_midpoint (self, self->role_ids[r], country));
            key.key = -1e12 + other;
          }
        g_array_append_val (keys, key);
      }
  }
  g_array_sort (keys, compare_country_keys);

  for (guint c = 0; c < keys->len; c++)
    {
      const char *country = g_array_index (keys, CountryKey, c).country;

      for (guint r = 0; self->role_ids[r] != NULL; r++)
        {
          g_autoptr(GPtrArray) figures = figures_for (self, self->role_ids[r], country, self->level);

          for (guint f = 0; f < figures->len; f++)
            {
              Lane lane = { g_ptr_array_index (figures, f), group_labels->len, r };
              g_array_append_val (lanes, lane);
            }
        }
      g_ptr_array_add (group_labels, g_strdup (country_label (country)));
    }
  return lanes;
}

/* ------------------------------------------------------------------ axis */

typedef struct
{
  gboolean log;
  double min;
  double max;
  double x;
  double width;
} Axis;

static double
axis_position (const Axis *axis,
               double      amount)
{
  double t;

  if (axis->log)
    t = (log10 (MAX (amount, axis->min)) - log10 (axis->min)) / (log10 (axis->max) - log10 (axis->min));
  else
    t = (amount - axis->min) / (axis->max - axis->min);
  return axis->x + CLAMP (t, 0, 1) * axis->width;
}

static double
nice_step (double span,
           int    target_ticks)
{
  double raw = span / MAX (target_ticks, 1);
  double magnitude = pow (10, floor (log10 (raw)));
  double residual = raw / magnitude;

  if (residual > 5)
    return 10 * magnitude;
  if (residual > 2)
    return 5 * magnitude;
  if (residual > 1)
    return 2 * magnitude;
  return magnitude;
}

static void
add_axis (AtlasChartLayout       *layout,
          PangoContext           *context,
          const AtlasChartCanvas *canvas,
          const Axis             *axis,
          double                  top,
          double                  bottom)
{
  double fs = canvas->font_scale;
  double previous_right = -G_MAXDOUBLE;
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (double));

  if (axis->log)
    {
      static const double mantissas[] = { 1, 2, 5 };
      for (double decade = pow (10, floor (log10 (axis->min))); decade <= axis->max; decade *= 10)
        for (guint m = 0; m < G_N_ELEMENTS (mantissas); m++)
          {
            double tick = decade * mantissas[m];
            if (tick >= axis->min && tick <= axis->max)
              g_array_append_val (ticks, tick);
          }
    }
  else
    {
      double step = nice_step (axis->max - axis->min, (int) MAX (2, axis->width / (90 * fs)));
      for (double tick = ceil (axis->min / step) * step; tick <= axis->max + 1e-6; tick += step)
        g_array_append_val (ticks, tick);
    }

  for (guint i = 0; i < ticks->len; i++)
    {
      double amount = g_array_index (ticks, double, i);
      double x = axis_position (axis, amount);
      g_autofree char *thousands = format_thousands ((gint64) amount);
      g_autofree char *label = g_strdup_printf ("$%s", thousands);
      double w, h;
      AtlasChartText *text;

      atlas_chart_layout_add_line (layout, x, top, x, bottom, ATLAS_CHART_COLOR_GRID);
      atlas_chart_measure_text (context, ATLAS_TEXT_AXIS, fs, label, -1, &w, &h);
      /* Tick labels that would touch their neighbour are left out. */
      if (x - w / 2 < previous_right + 6 * fs)
        continue;
      text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_AXIS, label, x - w / 2, bottom + 4 * fs, w, h);
      text->alignment = PANGO_ALIGN_CENTER;
      previous_right = x + w / 2;
    }
  g_array_unref (ticks);
}

/* ------------------------------------------------------------------ legends */

static gboolean
lanes_have_series (GArray *lanes,
                   guint   series)
{
  for (guint i = 0; i < lanes->len; i++)
    if (g_array_index (lanes, Lane, i).series == series)
      return TRUE;
  return FALSE;
}

static void
add_bar_legend (AtlasSalaryChart       *self,
                AtlasChartLayout       *layout,
                PangoContext           *context,
                const AtlasChartCanvas *canvas,
                GArray                 *lanes,
                const char             *scope,
                double                 *top)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (AtlasLegendEntry));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  gboolean statistics[ATLAS_N_STATISTICS] = { FALSE };
  gboolean total = FALSE, open_end = FALSE;

  for (guint i = 0; self->role_ids[i] != NULL; i++)
    {
      AtlasLegendEntry entry = { role_name (self, self->role_ids[i]), (int) i, 0, FALSE };

      /* A compared role with no bar says so where its colour is keyed, rather than
       * leaving the reader to look for it (when no role has one, the plot says so). */
      if (lanes->len > 0 && !lanes_have_series (lanes, i))
        {
          entry.label = g_strdup_printf (_("%s (no figures, %s)"), entry.label, scope);
          g_ptr_array_add (labels, (char *) entry.label);
        }
      g_array_append_val (entries, entry);
    }
  for (guint i = 0; i < lanes->len; i++)
    {
      AtlasSalaryFigure *figure = g_array_index (lanes, Lane, i).figure;

      if (!is_range_mark (figure))
        statistics[atlas_salary_figure_get_statistic (figure)] = TRUE;
      if (atlas_salary_figure_get_statistic (figure) == ATLAS_STATISTIC_QUARTILES)
        statistics[ATLAS_STATISTIC_MEDIAN] = TRUE;
      total |= atlas_salary_figure_get_basis (figure) == ATLAS_PAY_BASIS_TOTAL;
      open_end |= atlas_salary_figure_get_high_open (figure);
    }
  for (guint s = 0; s < G_N_ELEMENTS (statistics); s++)
    if (statistics[s])
      {
        AtlasLegendEntry entry = { atlas_statistic_get_label (s), -1, statistic_shape (s), FALSE };
        g_array_append_val (entries, entry);
      }
  if (total)
    {
      AtlasLegendEntry entry = { _("Total compensation (dashed edge)"), 0, 0, TRUE };
      g_array_append_val (entries, entry);
    }
  if (open_end)
    {
      AtlasLegendEntry entry = { _("Arrowhead: no upper end given (“+”)"), -1, ATLAS_POINT_TRIANGLE, FALSE };
      g_array_append_val (entries, entry);
    }

  *top = atlas_chart_frame_add_legend (layout, context, canvas, (AtlasLegendEntry *) entries->data,
                                       entries->len, *top);
}

/* ------------------------------------------------------------------ bar charts */

/* Whether the bars come from more than one source. Then every bar's label names its
 * source: naming it only where two sources give the same role and level left the other
 * bars to be guessed at from the footer. */
static gboolean
lanes_have_several_sources (GArray *lanes)
{
  for (guint i = 1; i < lanes->len; i++)
    if (g_strcmp0 (atlas_salary_figure_get_source_id (g_array_index (lanes, Lane, i).figure),
                   atlas_salary_figure_get_source_id (g_array_index (lanes, Lane, 0).figure)) != 0)
      return TRUE;
  return FALSE;
}

static void
describe_lanes (AtlasSalaryChart *self,
                AtlasChartLayout *layout,
                GArray           *lanes,
                GPtrArray        *group_labels,
                const char       *scope)
{
  GString *text = g_string_new (NULL);

  for (guint r = 0; self->role_ids[r] != NULL; r++)
    {
      guint n = 0;

      g_string_append_printf (text, "%s%s, %s:", r > 0 ? "; " : "", role_name (self, self->role_ids[r]), scope);
      for (guint i = 0; i < lanes->len; i++)
        {
          Lane *lane = &g_array_index (lanes, Lane, i);
          g_autofree char *amounts = NULL;

          if (lane->series != r)
            continue;
          amounts = atlas_salary_format_short (lane->figure);
          g_string_append_printf (text, "%s %s %s", n++ > 0 ? "," : "",
                                  (char *) g_ptr_array_index (group_labels, lane->group), amounts);
          if (atlas_salary_figure_get_statistic (lane->figure) != ATLAS_STATISTIC_RANGE)
            g_string_append_printf (text, " (%s)", atlas_statistic_get_label (atlas_salary_figure_get_statistic (lane->figure)));
        }
      if (n == 0)
        g_string_append (text, _(" no figures"));
    }
  atlas_chart_layout_set_description (layout, text->str);
  g_string_free (text, TRUE);
}

/* A bar's direct label, right of the bar or else left of it, only where its lane is tall
 * enough to keep labels apart. Returns whether it found room. */
static gboolean
place_bar_label (AtlasChartLayout     *layout,
                 PangoContext         *context,
                 const char           *label,
                 const AtlasChartMark *mark,
                 const Axis           *axis,
                 double                y,
                 double                lane_height,
                 double                bar_height,
                 double                fs,
                 double                right_limit)
{
  double lw, lh, after, ly;

  atlas_chart_measure_text (context, ATLAS_TEXT_LABEL, fs, label, -1, &lw, &lh);
  if (lh > lane_height)
    return FALSE;
  after = mark->x + mark->width + (mark->open_end ? bar_height * 0.6 : 0) + 4 * fs;
  ly = y + (lane_height - lh) / 2;
  if (after + lw <= right_limit)
    {
      atlas_chart_layout_add_text (layout, ATLAS_TEXT_LABEL, label, after, ly, lw, lh);
      return TRUE;
    }
  if (mark->x - 4 * fs - lw >= axis->x)
    {
      AtlasChartText *text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_LABEL, label,
                                                          mark->x - 4 * fs - lw, ly, lw, lh);
      text->alignment = PANGO_ALIGN_RIGHT;
      return TRUE;
    }
  return FALSE;
}

/* A bar's label: its amounts and, when @with_source or for figures other than plain
 * ranges, its source; where that does not fit, the amounts alone (the tooltip and the
 * footer still give the source). */
static void
add_bar_label (AtlasSalaryChart     *self,
               AtlasChartLayout     *layout,
               PangoContext         *context,
               AtlasSalaryFigure    *figure,
               const AtlasChartMark *mark,
               const Axis           *axis,
               gboolean              with_source,
               double                y,
               double                lane_height,
               double                bar_height,
               double                fs,
               double                right_limit)
{
  g_autofree char *amounts = atlas_salary_format_short (figure);
  g_autofree char *plain = NULL;
  AtlasStatistic statistic = atlas_salary_figure_get_statistic (figure);
  const char *too_few = has_too_few_records (self, figure) ? _(" · too few records") : "";

  if (statistic == ATLAS_STATISTIC_QUARTILES)
    plain = g_strdup_printf ("%s%s", amounts, too_few);
  else if (statistic != ATLAS_STATISTIC_RANGE)
    plain = g_strdup_printf ("%s %s", amounts, atlas_statistic_get_label (statistic));
  else
    plain = g_strdup (amounts);

  if (with_source || statistic != ATLAS_STATISTIC_RANGE)
    {
      const char *source = atlas_format_source_short (
        atlas_dataset_lookup_source (self->dataset, atlas_salary_figure_get_source_id (figure)));
      g_autofree char *sourced = statistic == ATLAS_STATISTIC_QUARTILES
                                   ? g_strdup_printf ("%s · %s%s", amounts, source, too_few)
                                   : g_strdup_printf ("%s · %s", plain, source);

      if (place_bar_label (layout, context, sourced, mark, axis, y, lane_height, bar_height, fs, right_limit))
        return;
    }
  place_bar_label (layout, context, plain, mark, axis, y, lane_height, bar_height, fs, right_limit);
}

static AtlasChartLayout *
build_bar_chart (AtlasSalaryChart       *self,
                 const AtlasChartCanvas *canvas,
                 PangoContext           *context)
{
  AtlasChartLayout *layout = atlas_chart_layout_new (canvas->width, canvas->height);
  g_autoptr(GPtrArray) group_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) lanes = NULL;
  g_autoptr(GPtrArray) drawn = g_ptr_array_new ();
  g_autofree char *names = joined_role_names (self);
  g_autofree char *title = NULL;
  g_autofree char *footer = NULL;
  const char *scope;
  double fs = canvas->font_scale, pad = ATLAS_CHART_PADDING * fs;
  double top, bottom, label_column = 0, axis_height, lane_height, group_gap, y;
  double tick_height, caption_height;
  const char *caption;
  double min_amount = G_MAXDOUBLE, max_amount = 0;
  double previous_group_bottom = -G_MAXDOUBLE;
  Axis axis = { self->log_scale };
  gboolean several_sources;

  if (self->mode == ATLAS_SALARY_BY_LEVEL)
    {
      lanes = collect_level_lanes (self, group_labels);
      scope = country_label (self->country);
      title = g_strdup_printf (_("Pay by level: %s, %s"), names, scope);
    }
  else
    {
      lanes = collect_country_lanes (self, group_labels);
      scope = atlas_level_get_label (self->level);
      title = g_strdup_printf (_("Pay by country: %s, %s"), names, scope);
    }
  set_table_columns (layout);
  several_sources = lanes_have_several_sources (lanes);

  for (guint i = 0; i < lanes->len; i++)
    {
      Lane *lane = &g_array_index (lanes, Lane, i);
      double lo, hi;

      g_ptr_array_add (drawn, lane->figure);
      g_ptr_array_add (self->shown, lane->figure);
      figure_extent (lane->figure, &lo, &hi);
      min_amount = MIN (min_amount, lo);
      max_amount = MAX (max_amount, hi);
    }

  top = atlas_chart_frame_add_header (layout, context, canvas, title,
                                      _("Yearly pay as the sources give it; each bar or mark is one figure."));
  add_bar_legend (self, layout, context, canvas, lanes, scope, &top);
  footer = describe_sources (self, drawn);
  bottom = atlas_chart_frame_add_footer (layout, context, canvas, footer);

  if (lanes->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("The sources give no salary figures for these roles here (%s)."), scope);
      atlas_chart_frame_add_message (layout, context, canvas, message, top, bottom);
      atlas_chart_layout_set_plot_area (layout, pad, top, canvas->width - 2 * pad, MAX (0, bottom - top));
      atlas_chart_layout_set_description (layout, message);
      return layout;
    }

  for (guint g = 0; g < group_labels->len; g++)
    {
      double w, h;
      atlas_chart_measure_text (context, ATLAS_TEXT_HEADING, fs, g_ptr_array_index (group_labels, g), -1, &w, &h);
      label_column = MAX (label_column, w);
    }
  label_column = MIN (label_column, canvas->width * 0.3) + pad;

  axis.x = pad + label_column;
  axis.width = MAX (1, canvas->width - pad - axis.x - 24 * fs);
  caption = axis.log ? _("Yearly pay, in US dollars unless marked (logarithmic scale)")
                     : _("Yearly pay, in US dollars unless marked");
  {
    double w;
    atlas_chart_measure_text (context, ATLAS_TEXT_AXIS, fs, "$0k", -1, &w, &tick_height);
    atlas_chart_measure_text (context, ATLAS_TEXT_AXIS, fs, caption, axis.width, &w, &caption_height);
    /* Tick labels, then the axis caption (which may wrap on a narrow canvas) under them. */
    axis_height = tick_height + caption_height + 10 * fs;
  }
  if (axis.log)
    {
      axis.min = pow (10, floor (log10 (MAX (min_amount, 1000) / 1.5)));
      axis.max = max_amount * 1.15;
    }
  else
    {
      double step = nice_step (max_amount, 5);
      axis.min = 0;
      axis.max = ceil (max_amount * 1.08 / step) * step;
    }

  bottom -= axis_height;
  group_gap = MIN (10 * fs, (bottom - top) * 0.3 / MAX (1, group_labels->len));
  lane_height = MIN (30 * fs, (bottom - top - group_gap * (group_labels->len - 1)) / lanes->len);
  lane_height = MAX (lane_height, 0.5);
  /* A few lanes leave the plot taller than they need: the axis then goes right under the
   * last one, where it is read against the bars, not at the foot of the canvas. */
  bottom = MIN (bottom, top + lane_height * lanes->len + group_gap * (group_labels->len - 1) + 4 * fs);
  atlas_chart_layout_set_plot_area (layout, axis.x, top, axis.width, bottom - top);
  add_axis (layout, context, canvas, &axis, top, bottom);
  {
    AtlasChartText *text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_AXIS, caption, axis.x,
                                                        bottom + tick_height + 8 * fs, axis.width, caption_height);
    text->alignment = PANGO_ALIGN_CENTER;
  }

  y = top;
  for (guint i = 0; i < lanes->len; i++)
    {
      Lane *lane = &g_array_index (lanes, Lane, i);
      AtlasSalaryFigure *figure = lane->figure;
      double lo, hi, bar_height = lane_height * 0.72, bar_y, x1, x2;
      AtlasChartMark *mark;

      if (i > 0 && lane->group != g_array_index (lanes, Lane, i - 1).group)
        y += group_gap;

      if (i == 0 || lane->group != g_array_index (lanes, Lane, i - 1).group)
        {
          const char *group = g_ptr_array_index (group_labels, lane->group);
          double gw, gh;

          atlas_chart_measure_text (context, ATLAS_TEXT_HEADING, fs, group, label_column - pad, &gw, &gh);
          if (y >= previous_group_bottom)
            {
              atlas_chart_layout_add_text (layout, ATLAS_TEXT_HEADING, group, pad, y, label_column - pad, gh);
              previous_group_bottom = y + gh;
            }
          if (i > 0)
            atlas_chart_layout_add_line (layout, pad, y - group_gap / 2, canvas->width - pad,
                                         y - group_gap / 2, ATLAS_CHART_COLOR_GRID);
        }

      figure_extent (figure, &lo, &hi);
      bar_y = y + (lane_height - bar_height) / 2;
      x1 = axis_position (&axis, lo);
      x2 = axis_position (&axis, hi);

      if (is_range_mark (figure) && x2 - x1 >= 1)
        {
          mark = atlas_chart_layout_add_mark (layout, ATLAS_MARK_BAR, x1, bar_y, x2 - x1, bar_height);
          mark->open_end = atlas_salary_figure_get_high_open (figure) ||
                           atlas_salary_figure_get_high (figure) < 0;
        }
      else
        {
          /* A single amount (or a range end alone): a mark centred on it. */
          double size = MIN (lane_height, MIN (bar_height + 2, 14 * fs));
          mark = atlas_chart_layout_add_mark (layout, ATLAS_MARK_POINT, x1 - size / 2, y + (lane_height - size) / 2,
                                              size, size);
          mark->shape = is_range_mark (figure) ? ATLAS_POINT_TRIANGLE
                                               : statistic_shape (atlas_salary_figure_get_statistic (figure));
          mark->open_end = FALSE;
        }
      mark->series = lane->series;
      mark->dimmed = has_too_few_records (self, figure);
      mark->dashed_outline = atlas_salary_figure_get_basis (figure) == ATLAS_PAY_BASIS_TOTAL;
      mark->interactive = TRUE;
      mark->tooltip = describe_figure (self, figure);
      mark->row = add_table_row (self, layout, figure);
      if (atlas_salary_figure_get_statistic (figure) == ATLAS_STATISTIC_QUARTILES)
        {
          /* The median, as a median is drawn everywhere else: a circle, here on the bar of
           * the middle half. Not a target of its own: the bar carries the tooltip. */
          double size = MIN (lane_height, MIN (bar_height + 2, 14 * fs));
          double xm = axis_position (&axis, atlas_salary_figure_get_value (figure));
          AtlasChartMark *median = atlas_chart_layout_add_mark (layout, ATLAS_MARK_POINT, xm - size / 2,
                                                                y + (lane_height - size) / 2, size, size);
          median->shape = ATLAS_POINT_CIRCLE;
          median->series = lane->series;
          median->dimmed = has_too_few_records (self, figure);
          median->row = -1;
          mark = atlas_chart_layout_get_mark (layout, atlas_chart_layout_get_n_marks (layout) - 2);
        }

      add_bar_label (self, layout, context, figure, mark, &axis, several_sources, y, lane_height, bar_height, fs,
                     canvas->width - pad / 2);
      y += lane_height;
    }

  describe_lanes (self, layout, lanes, group_labels, scope);
  return layout;
}

/* ------------------------------------------------------------------ heat map */

static int
compare_country_names (gconstpointer a,
                       gconstpointer b)
{
  return g_utf8_collate (country_label (*(const char **) a), country_label (*(const char **) b));
}


static AtlasChartLayout *
build_grid_chart (AtlasSalaryChart       *self,
                  const AtlasChartCanvas *canvas,
                  PangoContext           *context)
{
  AtlasChartLayout *layout = atlas_chart_layout_new (canvas->width, canvas->height);
  const char *role_id = self->role_ids[MIN (self->grid_role, g_strv_length (self->role_ids) - 1)];
  g_autoptr(GPtrArray) figures = figures_for (self, role_id, NULL, -1);
  g_autoptr(GPtrArray) countries = g_ptr_array_new ();
  g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (AtlasLevel));
  g_autofree char *title = g_strdup_printf (_("Midpoint of pay by country and level: %s"), role_name (self, role_id));
  g_autofree char *footer = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  double fs = canvas->font_scale, pad = ATLAS_CHART_PADDING * fs;
  double top, bottom, label_column = 0, header_height, cell_w, cell_h, max_mid = 0;
  AtlasLegendEntry legend[] = {
    { canvas->still ? _("Stronger colour: higher midpoint · * the first of several figures")
                    : _("Stronger colour: higher midpoint · * several figures (hover for all)"),
      -1, ATLAS_POINT_SQUARE, FALSE },
  };

  set_table_columns (layout);
  for (guint i = 0; i < figures->len; i++)
    {
      AtlasSalaryFigure *figure = g_ptr_array_index (figures, i);
      const char *country = atlas_salary_figure_get_country (figure);
      AtlasLevel level = atlas_salary_figure_get_level (figure);

      country = country != NULL ? country : "";
      if (!g_ptr_array_find_with_equal_func (countries, country, g_str_equal, NULL))
        g_ptr_array_add (countries, (char *) country);
      {
        gboolean known = FALSE;
        for (guint l = 0; l < levels->len; l++)
          known |= g_array_index (levels, AtlasLevel, l) == level;
        if (!known)
          g_array_append_val (levels, level);
      }
      max_mid = MAX (max_mid, figure_midpoint (figure));
      g_ptr_array_add (self->shown, figure);
    }
  g_ptr_array_sort (countries, compare_country_names);
  {
    /* Levels in career order. */
    for (guint a = 0; a < levels->len; a++)
      for (guint b = a + 1; b < levels->len; b++)
        if (g_array_index (levels, AtlasLevel, b) < g_array_index (levels, AtlasLevel, a))
          {
            AtlasLevel swap = g_array_index (levels, AtlasLevel, a);
            g_array_index (levels, AtlasLevel, a) = g_array_index (levels, AtlasLevel, b);
            g_array_index (levels, AtlasLevel, b) = swap;
          }
  }

  top = atlas_chart_frame_add_header (layout, context, canvas, title,
                                      _("Midpoint of each range (derived: (low + high) ÷ 2) or the figure itself; hatched cells have no data."));
  top = atlas_chart_frame_add_legend (layout, context, canvas, legend, G_N_ELEMENTS (legend), top);
  footer = describe_sources (self, figures);
  bottom = atlas_chart_frame_add_footer (layout, context, canvas, footer);

  if (figures->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("The sources give no salary figures for %s."), role_name (self, role_id));
      atlas_chart_frame_add_message (layout, context, canvas, message, top, bottom);
      atlas_chart_layout_set_plot_area (layout, pad, top, canvas->width - 2 * pad, MAX (0, bottom - top));
      atlas_chart_layout_set_description (layout, message);
      return layout;
    }

  for (guint c = 0; c < countries->len; c++)
    {
      double w, h;
      atlas_chart_measure_text (context, ATLAS_TEXT_HEADING, fs, country_label (g_ptr_array_index (countries, c)), -1, &w, &h);
      label_column = MAX (label_column, w);
    }
  label_column = MIN (label_column, canvas->width * 0.3) + pad;
  {
    double w;
    atlas_chart_measure_text (context, ATLAS_TEXT_HEADING, fs, "Staff/Principal", -1, &w, &header_height);
    header_height += 6 * fs;
  }

  cell_w = (canvas->width - 2 * pad - label_column) / levels->len;
  cell_h = MIN (48 * fs, (bottom - top - header_height) / countries->len);
  atlas_chart_layout_set_plot_area (layout, pad + label_column, top + header_height,
                                    cell_w * levels->len, cell_h * countries->len);

  for (guint l = 0; l < levels->len; l++)
    {
      const char *name = atlas_level_get_label (g_array_index (levels, AtlasLevel, l));
      double w, h;
      AtlasChartText *text;

      atlas_chart_measure_text (context, ATLAS_TEXT_HEADING, fs, name, cell_w - 4, &w, &h);
      text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_HEADING, name, pad + label_column + l * cell_w + 2,
                                          top, cell_w - 4, MIN (h, header_height));
      text->alignment = PANGO_ALIGN_CENTER;
    }

  for (guint c = 0; c < countries->len; c++)
    {
      const char *country = g_ptr_array_index (countries, c);
      double y = top + header_height + c * cell_h, lw, lh;

      atlas_chart_measure_text (context, ATLAS_TEXT_HEADING, fs, country_label (country), label_column - pad, &lw, &lh);
      if (lh <= cell_h + 1)
        atlas_chart_layout_add_text (layout, ATLAS_TEXT_HEADING, country_label (country), pad,
                                     y + (cell_h - lh) / 2, label_column - pad, lh);

      for (guint l = 0; l < levels->len; l++)
        {
          AtlasLevel level = g_array_index (levels, AtlasLevel, l);
          g_autoptr(GPtrArray) cell_figures = figures_for (self, role_id, country, level);
          AtlasSalaryFigure *chosen = NULL;
          double x = pad + label_column + l * cell_w, mid = -1;
          AtlasChartMark *mark;
          GString *tooltip = g_string_new (NULL);

          for (guint f = 0; f < cell_figures->len; f++)
            {
              AtlasSalaryFigure *figure = g_ptr_array_index (cell_figures, f);
              g_autofree char *text = describe_figure (self, figure);

              g_string_append_printf (tooltip, "%s%s", f > 0 ? "\n\n" : "", text);
              /* The first figure with a midpoint colours the cell; the tooltip lists all. */
              if (chosen == NULL && figure_midpoint (figure) >= 0)
                {
                  chosen = figure;
                  mid = figure_midpoint (figure);
                }
            }

          mark = atlas_chart_layout_add_mark (layout, ATLAS_MARK_CELL, x + 1, y + 1, cell_w - 2, cell_h - 2);
          mark->intensity = mid >= 0 && max_mid > 0 ? mid / max_mid : -1;
          mark->interactive = cell_figures->len > 0;
          if (cell_figures->len == 0)
            g_string_append_printf (tooltip, _("%s, %s: no data in the sources"), country_label (country),
                                    atlas_level_get_label (level));
          mark->tooltip = g_string_free (tooltip, FALSE);
          for (guint f = 0; f < cell_figures->len; f++)
            {
              int row = add_table_row (self, layout, g_ptr_array_index (cell_figures, f));
              if (g_ptr_array_index (cell_figures, f) == chosen || (chosen == NULL && f == 0))
                mark->row = row;
            }

          {
            g_autofree char *value = NULL;
            double vw, vh;
            AtlasChartText *text;

            if (mid >= 0)
              {
                g_autofree char *thousands = format_thousands ((gint64) mid);
                value = g_strdup_printf ("$%s%s", thousands, cell_figures->len > 1 ? "*" : "");
                g_string_append_printf (description, "%s%s %s %s", description->len > 0 ? ", " : "",
                                        country_label (country), atlas_level_get_label (level), value);
              }
            else
              value = g_strdup (cell_figures->len > 0 ? _("no midpoint") : _("no data"));
            atlas_chart_measure_text (context, ATLAS_TEXT_LABEL, fs, value, -1, &vw, &vh);
            if (vw <= cell_w - 4 && vh <= cell_h - 2)
              {
                text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_LABEL, value, x + (cell_w - vw) / 2,
                                                    y + (cell_h - vh) / 2, vw, vh);
                text->color = mark->intensity > 0.55 ? ATLAS_CHART_COLOR_BACKGROUND : ATLAS_CHART_COLOR_FOREGROUND;
                if (mark->intensity < 0)
                  text->color = ATLAS_CHART_COLOR_MUTED;
                /* Dark backgrounds invert the heat scale's lightness; white text stays legible. */
                if (canvas->palette == ATLAS_CHART_PALETTE_DARK && mark->intensity >= 0)
                  text->color = ATLAS_CHART_COLOR_FOREGROUND;
              }
          }
        }
    }

  {
    g_autofree char *full = g_strdup_printf (_("%s, midpoints: %s"), role_name (self, role_id), description->str);
    atlas_chart_layout_set_description (layout, full);
  }
  return layout;
}

static AtlasChartLayout *
atlas_salary_chart_build_layout (AtlasChart             *chart,
                                 const AtlasChartCanvas *canvas,
                                 PangoContext           *context)
{
  AtlasSalaryChart *self = ATLAS_SALARY_CHART (chart);

  g_ptr_array_set_size (self->shown, 0);
  if (self->dataset == NULL || self->role_ids == NULL || self->role_ids[0] == NULL)
    {
      AtlasChartLayout *layout = atlas_chart_layout_new (canvas->width, canvas->height);
      double top = atlas_chart_frame_add_header (layout, context, canvas, _("Salaries"), NULL);
      atlas_chart_frame_add_message (layout, context, canvas, _("Choose roles to compare."), top, canvas->height);
      atlas_chart_layout_set_description (layout, _("No roles chosen."));
      set_table_columns (layout);
      return layout;
    }
  if (self->mode == ATLAS_SALARY_GRID)
    return build_grid_chart (self, canvas, context);
  return build_bar_chart (self, canvas, context);
}

static void
atlas_salary_chart_class_init (AtlasSalaryChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_salary_chart_finalize;
  ATLAS_CHART_CLASS (klass)->build_layout = atlas_salary_chart_build_layout;
}

static void
atlas_salary_chart_init (AtlasSalaryChart *self)
{
  self->country = g_strdup ("US");
  self->level = ATLAS_LEVEL_ALL;
  self->min_records = 5;
  self->shown = g_ptr_array_new ();
  self->by_role = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
}

AtlasSalaryChart *
atlas_salary_chart_new (AtlasDataset       *dataset,
                        const char * const *role_ids)
{
  AtlasSalaryChart *self = g_object_new (ATLAS_TYPE_SALARY_CHART, NULL);

  atlas_salary_chart_set_dataset (self, dataset, role_ids);
  return self;
}

/* Roles beyond the palette's four series are not drawn: the selection allows four. */
void
atlas_salary_chart_set_dataset (AtlasSalaryChart   *self,
                                AtlasDataset       *dataset,
                                const char * const *role_ids)
{
  g_return_if_fail (ATLAS_IS_SALARY_CHART (self));
  g_return_if_fail (dataset == NULL || ATLAS_IS_DATASET (dataset));

  g_set_object (&self->dataset, dataset);
  g_hash_table_remove_all (self->by_role);
  g_clear_pointer (&self->role_ids, g_strfreev);
  self->role_ids = atlas_chart_copy_role_ids (role_ids);
  g_ptr_array_set_size (self->shown, 0);
  atlas_chart_changed (ATLAS_CHART (self));
}

void
atlas_salary_chart_set_mode (AtlasSalaryChart     *self,
                             AtlasSalaryChartMode  mode)
{
  g_return_if_fail (ATLAS_IS_SALARY_CHART (self));

  if (self->mode == mode)
    return;
  self->mode = mode;
  atlas_chart_changed (ATLAS_CHART (self));
}

AtlasSalaryChartMode
atlas_salary_chart_get_mode (AtlasSalaryChart *self)
{
  g_return_val_if_fail (ATLAS_IS_SALARY_CHART (self), ATLAS_SALARY_BY_LEVEL);

  return self->mode;
}

void
atlas_salary_chart_set_country (AtlasSalaryChart *self,
                                const char       *country)
{
  g_return_if_fail (ATLAS_IS_SALARY_CHART (self));

  if (g_strcmp0 (self->country, country) == 0)
    return;
  g_free (self->country);
  self->country = g_strdup (country != NULL ? country : "");
  atlas_chart_changed (ATLAS_CHART (self));
}

void
atlas_salary_chart_set_level (AtlasSalaryChart *self,
                              AtlasLevel        level)
{
  g_return_if_fail (ATLAS_IS_SALARY_CHART (self));

  if (self->level == level)
    return;
  self->level = level;
  atlas_chart_changed (ATLAS_CHART (self));
}

void
atlas_salary_chart_set_log_scale (AtlasSalaryChart *self,
                                  gboolean          log_scale)
{
  g_return_if_fail (ATLAS_IS_SALARY_CHART (self));

  if (self->log_scale == !!log_scale)
    return;
  self->log_scale = !!log_scale;
  atlas_chart_changed (ATLAS_CHART (self));
}

void
atlas_salary_chart_set_per_month (AtlasSalaryChart *self,
                                  gboolean          per_month)
{
  g_return_if_fail (ATLAS_IS_SALARY_CHART (self));

  if (self->per_month == !!per_month)
    return;
  self->per_month = !!per_month;
  atlas_chart_changed (ATLAS_CHART (self));
}

void
atlas_salary_chart_set_min_records (AtlasSalaryChart *self,
                                    guint             min_records,
                                    gboolean          show_too_few)
{
  g_return_if_fail (ATLAS_IS_SALARY_CHART (self));

  if (self->min_records == min_records && self->show_too_few == !!show_too_few)
    return;
  self->min_records = min_records;
  self->show_too_few = !!show_too_few;
  atlas_chart_changed (ATLAS_CHART (self));
}

void
atlas_salary_chart_set_grid_role (AtlasSalaryChart *self,
                                  guint             index)
{
  g_return_if_fail (ATLAS_IS_SALARY_CHART (self));

  if (self->grid_role == index)
    return;
  self->grid_role = index;
  atlas_chart_changed (ATLAS_CHART (self));
}

AtlasSalaryFigure *
atlas_salary_chart_get_mark_figure (AtlasSalaryChart *self,
                                    AtlasChartLayout *layout,
                                    int               mark)
{
  AtlasChartMark *m;

  g_return_val_if_fail (ATLAS_IS_SALARY_CHART (self), NULL);

  if (mark < 0 || (guint) mark >= atlas_chart_layout_get_n_marks (layout))
    return NULL;
  m = atlas_chart_layout_get_mark (layout, mark);
  if (m->row < 0 || (guint) m->row >= self->shown->len)
    return NULL;
  return g_ptr_array_index (self->shown, m->row);
}

GStrv
atlas_salary_chart_list_countries (AtlasSalaryChart *self)
{
  g_autoptr(GPtrArray) countries = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (ATLAS_IS_SALARY_CHART (self), NULL);

  if (self->dataset != NULL && self->role_ids != NULL)
    for (guint r = 0; self->role_ids[r] != NULL; r++)
      {
        g_autoptr(GPtrArray) figures = figures_for (self, self->role_ids[r], NULL, -1);

        for (guint f = 0; f < figures->len; f++)
          {
            const char *country = atlas_salary_figure_get_country (g_ptr_array_index (figures, f));
            country = country != NULL ? country : "";
            if (!g_ptr_array_find_with_equal_func (countries, country, g_str_equal, NULL))
              g_ptr_array_add (countries, g_strdup (country));
          }
      }
  g_ptr_array_sort (countries, compare_country_names);
  g_ptr_array_add (countries, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&countries), FALSE);
}
