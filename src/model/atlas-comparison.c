/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-comparison.h"
#include "atlas-format.h"
#include "atlas-iso-codes.h"
#include "atlas-queries.h"

/* The side-by-side table of the Compare tab: one row a dimension, one column a role, each
 * cell the statements the sources make, never a value they do not give. The page shows it
 * and the clipboard copies it, so both say the same. */

typedef struct
{
  const char *id;
  const char *label;
  const char *topic; /* the statement topic the row shows; NULL for computed rows */
} Dimension;

static const Dimension dimensions[] = {
  { "primary-focus", N_("Primary focus"), "primary-focus" },
  { "main-concern", N_("Main concern"), "main-concern" },
  { "tools", N_("Works with"), "tools" },
  { "collaborates-with", N_("Works closely with"), "collaborates-with" },
  { "background", N_("Background"), "background" },
  { "reports-to", N_("Reports to"), "reports-to" },
  { "optimises-for", N_("Optimises for"), "optimises-for" },
  { "hiring-priority", N_("Hiring priority"), "hiring-priority" },
  { "salary", N_("Salary headline"), NULL },
  { "top-skills", N_("Top skills"), NULL },
};

typedef struct
{
  char *text;
  char *source_id;
} Entry;

struct _AtlasComparison
{
  GObject parent_instance;

  AtlasDataset *dataset;
  GStrv role_ids;
  /* G_N_ELEMENTS (dimensions) × n_roles arrays of Entry, row-major */
  GPtrArray **cells;
};

G_DEFINE_FINAL_TYPE (AtlasComparison, atlas_comparison, G_TYPE_OBJECT)

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->text);
  g_free (entry->source_id);
  g_free (entry);
}

static void
add_entry (GPtrArray  *cell,
           char       *text,
           const char *source_id)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->text = text;
  entry->source_id = g_strdup (source_id);
  g_ptr_array_add (cell, entry);
}

static guint
n_cells (AtlasComparison *self)
{
  return G_N_ELEMENTS (dimensions) * g_strv_length (self->role_ids);
}

static void
atlas_comparison_finalize (GObject *object)
{
  AtlasComparison *self = (AtlasComparison *) object;

  if (self->cells != NULL)
    for (guint i = 0; i < n_cells (self); i++)
      g_clear_pointer (&self->cells[i], g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->role_ids, g_strfreev);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (atlas_comparison_parent_class)->finalize (object);
}

static void
atlas_comparison_class_init (AtlasComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_comparison_finalize;
}

static void
atlas_comparison_init (AtlasComparison *self)
{
}

static void
fill_statements (AtlasComparison *self,
                 GPtrArray       *cell,
                 const char      *role_id,
                 const char      *topic)
{
  g_autoptr(GPtrArray) statements = atlas_query_statements (self->dataset, role_id, topic);

  for (guint i = 0; i < statements->len; i++)
    {
      AtlasStatement *statement = g_ptr_array_index (statements, i);
      add_entry (cell, g_strdup (atlas_statement_get_text (statement)),
                 atlas_statement_get_source_id (statement));
    }
}

/* The headline is the broadest figure a source gives: all levels, the US first (where most
 * figures are), then figures naming no country; ranges before other statistics. */
static AtlasSalaryFigure *
pick_headline_figure (AtlasDataset *dataset,
                      const char   *role_id)
{
  static const char * const countries[] = { "US", "" };

  for (int statistic_pass = 0; statistic_pass < 2; statistic_pass++)
    for (guint c = 0; c < G_N_ELEMENTS (countries); c++)
      {
        AtlasSalaryFilter filter = {
          role_id, countries[c], ATLAS_LEVEL_ALL, -1,
          statistic_pass == 0 ? ATLAS_STATISTIC_RANGE : -1,
        };
        g_autoptr(GPtrArray) figures = atlas_query_salaries (dataset, &filter);

        for (guint i = 0; i < figures->len; i++)
          {
            AtlasSalaryFigure *figure = g_ptr_array_index (figures, i);
            AtlasStatistic statistic = atlas_salary_figure_get_statistic (figure);

            if (statistic == ATLAS_STATISTIC_EXAMPLE || statistic == ATLAS_STATISTIC_TOP)
              continue;
            /* Prefer a range with both ends; a lone end is a weak headline. */
            if (statistic_pass == 0 && (atlas_salary_figure_get_low (figure) < 0 ||
                                        atlas_salary_figure_get_high (figure) < 0))
              continue;
            return figure;
          }
      }
  return NULL;
}

static char *
describe_headline (AtlasSalaryFigure *figure)
{
  g_autofree char *amounts = atlas_format_salary_amounts (figure);
  const char *country = atlas_salary_figure_get_country (figure);
  AtlasStatistic statistic = atlas_salary_figure_get_statistic (figure);
  GString *text = g_string_new (NULL);

  if (statistic != ATLAS_STATISTIC_RANGE)
    g_string_append_printf (text, "%s ", atlas_statistic_get_label (statistic));
  g_string_append (text, amounts);
  g_string_append (text, " (");
  g_string_append (text, country != NULL ? atlas_country_get_name (country) : _("country not stated"));
  if (atlas_salary_figure_get_year (figure) > 0)
    g_string_append_printf (text, ", %d", atlas_salary_figure_get_year (figure));
  g_string_append (text, ")");
  return g_string_free (text, FALSE);
}

static void
fill_salary (AtlasComparison *self,
             GPtrArray       *cell,
             const char      *role_id)
{
  AtlasSalaryFigure *figure = pick_headline_figure (self->dataset, role_id);

  if (figure != NULL)
    add_entry (cell, describe_headline (figure), atlas_salary_figure_get_source_id (figure));
}

static int
compare_rank (gconstpointer a,
              gconstpointer b)
{
  AtlasRoleSkill *x = *(AtlasRoleSkill **) a, *y = *(AtlasRoleSkill **) b;

  return atlas_role_skill_get_rank (x) - atlas_role_skill_get_rank (y);
}

static char *
join_skill_names (AtlasDataset *dataset,
                  GPtrArray    *role_skills)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < role_skills->len; i++)
    {
      AtlasSkill *skill = atlas_dataset_lookup_skill (dataset,
                                                      atlas_role_skill_get_skill_id (g_ptr_array_index (role_skills, i)));
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, atlas_skill_get_name (skill));
    }
  return g_string_free (names, FALSE);
}

/* A source's ranked top-skills list where there is one; otherwise the skills a source rates
 * expert, said as such. One entry per source. */
static void
fill_top_skills (AtlasComparison *self,
                 GPtrArray       *cell,
                 const char      *role_id)
{
  g_autoptr(GPtrArray) role_skills = atlas_query_role_skills (self->dataset, role_id);
  g_autoptr(GPtrArray) ranked = g_ptr_array_new ();
  g_autoptr(GPtrArray) expert = g_ptr_array_new ();

  for (guint i = 0; i < role_skills->len; i++)
    {
      AtlasRoleSkill *role_skill = g_ptr_array_index (role_skills, i);

      if (atlas_role_skill_get_rank (role_skill) > 0)
        g_ptr_array_add (ranked, role_skill);
      else if (atlas_role_skill_get_max_proficiency (role_skill) == ATLAS_PROFICIENCY_EXPERT)
        g_ptr_array_add (expert, role_skill);
    }

  if (ranked->len > 0)
    {
      g_autofree char *names = NULL;

      g_ptr_array_sort (ranked, compare_rank);
      names = join_skill_names (self->dataset, ranked);
      add_entry (cell, g_strdup_printf (_("Most asked for, in order: %s"), names),
                 atlas_role_skill_get_source_id (g_ptr_array_index (ranked, 0)));
    }
  else if (expert->len > 0)
    {
      g_autofree char *names = join_skill_names (self->dataset, expert);
      add_entry (cell, g_strdup_printf (_("Rated expert: %s"), names),
                 atlas_role_skill_get_source_id (g_ptr_array_index (expert, 0)));
    }
}

/**
 * atlas_comparison_new:
 * @role_ids: the roles to compare, all known to @dataset
 *
 * Returns: (transfer full) (nullable): the comparison table, or %NULL (with a critical)
 *   when a role is not in @dataset
 */
AtlasComparison *
atlas_comparison_new (AtlasDataset       *dataset,
                      const char * const *role_ids)
{
  AtlasComparison *self;
  guint n_roles;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (role_ids != NULL, NULL);
  /* Checked before anything is made: a half-made comparison leaked its first cell and had
   * empty ones to free. */
  for (guint i = 0; role_ids[i] != NULL; i++)
    g_return_val_if_fail (atlas_dataset_lookup_role (dataset, role_ids[i]) != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_COMPARISON, NULL);
  self->dataset = g_object_ref (dataset);
  self->role_ids = g_strdupv ((char **) role_ids);
  n_roles = g_strv_length (self->role_ids);
  self->cells = g_new0 (GPtrArray *, n_cells (self));

  for (guint row = 0; row < G_N_ELEMENTS (dimensions); row++)
    for (guint column = 0; column < n_roles; column++)
      {
        GPtrArray *cell = g_ptr_array_new_with_free_func (entry_free);
        const char *role_id = self->role_ids[column];

        self->cells[row * n_roles + column] = cell;
        if (dimensions[row].topic != NULL)
          fill_statements (self, cell, role_id, dimensions[row].topic);
        else if (g_str_equal (dimensions[row].id, "salary"))
          fill_salary (self, cell, role_id);
        else
          fill_top_skills (self, cell, role_id);
      }
  return self;
}

guint
atlas_comparison_get_n_roles (AtlasComparison *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), 0);

  return g_strv_length (self->role_ids);
}

const char *
atlas_comparison_get_role_id (AtlasComparison *self,
                              guint            column)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (column < atlas_comparison_get_n_roles (self), NULL);

  return self->role_ids[column];
}

guint
atlas_comparison_get_n_rows (AtlasComparison *self)
{
  return G_N_ELEMENTS (dimensions);
}

const char *
atlas_comparison_get_row_id (AtlasComparison *self,
                             guint            row)
{
  g_return_val_if_fail (row < G_N_ELEMENTS (dimensions), NULL);

  return dimensions[row].id;
}

const char *
atlas_comparison_get_row_label (AtlasComparison *self,
                                guint            row)
{
  g_return_val_if_fail (row < G_N_ELEMENTS (dimensions), NULL);

  return _(dimensions[row].label);
}

static GPtrArray *
get_cell (AtlasComparison *self,
          guint            row,
          guint            column)
{
  return self->cells[row * atlas_comparison_get_n_roles (self) + column];
}

guint
atlas_comparison_get_n_entries (AtlasComparison *self,
                                guint            row,
                                guint            column)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), 0);
  g_return_val_if_fail (row < G_N_ELEMENTS (dimensions), 0);
  g_return_val_if_fail (column < atlas_comparison_get_n_roles (self), 0);

  return get_cell (self, row, column)->len;
}

static Entry *
get_entry (AtlasComparison *self,
           guint            row,
           guint            column,
           guint            entry)
{
  GPtrArray *cell;

  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (row < G_N_ELEMENTS (dimensions), NULL);
  g_return_val_if_fail (column < atlas_comparison_get_n_roles (self), NULL);

  cell = get_cell (self, row, column);
  g_return_val_if_fail (entry < cell->len, NULL);
  return g_ptr_array_index (cell, entry);
}

const char *
atlas_comparison_get_entry_text (AtlasComparison *self,
                                 guint            row,
                                 guint            column,
                                 guint            entry)
{
  Entry *e = get_entry (self, row, column, entry);

  return e != NULL ? e->text : NULL;
}

const char *
atlas_comparison_get_entry_source_id (AtlasComparison *self,
                                      guint            row,
                                      guint            column,
                                      guint            entry)
{
  Entry *e = get_entry (self, row, column, entry);

  return e != NULL ? e->source_id : NULL;
}

/* Cell text for the clipboard: every entry with its source, or a plain "no data". */
static void
append_cell (AtlasComparison      *self,
             GString              *out,
             guint                 row,
             guint                 column,
             AtlasComparisonFormat format)
{
  GPtrArray *cell = get_cell (self, row, column);
  g_autoptr(GString) text = g_string_new (NULL);

  if (cell->len == 0)
    g_string_append (text, _("Not covered by the sources"));
  for (guint i = 0; i < cell->len; i++)
    {
      Entry *entry = g_ptr_array_index (cell, i);
      AtlasSource *source = atlas_dataset_lookup_source (self->dataset, entry->source_id);

      if (i > 0)
        g_string_append (text, format == ATLAS_COMPARISON_MARKDOWN ? "<br>" : "; ");
      g_string_append_printf (text, "%s [%s]", entry->text, atlas_format_source_short (source));
    }

  /* Keep the table's structure: no separators inside a cell. */
  if (format == ATLAS_COMPARISON_MARKDOWN)
    g_string_replace (text, "|", "\\|", 0);
  else
    g_strdelimit (text->str, "\t\r\n", ' ');
  g_string_append (out, text->str);
}

static void
append_sources (AtlasComparison *self,
                GString         *out)
{
  GListModel *sources = atlas_dataset_get_sources (self->dataset);

  g_string_append (out, _("Sources:"));
  g_string_append_c (out, '\n');
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(AtlasSource) source = g_list_model_get_item (sources, i);
      g_autofree char *citation = atlas_format_source_citation (source);

      g_string_append_printf (out, "- %s\n", citation);
    }
}

char *
atlas_comparison_to_string (AtlasComparison      *self,
                            AtlasComparisonFormat format)
{
  gboolean markdown = format == ATLAS_COMPARISON_MARKDOWN;
  const char *separator = markdown ? " | " : "\t";
  guint n_roles;
  GString *out;

  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), NULL);

  n_roles = atlas_comparison_get_n_roles (self);
  out = g_string_new (markdown ? "| " : "");
  g_string_append (out, _("Dimension"));
  for (guint column = 0; column < n_roles; column++)
    {
      AtlasRole *role = atlas_dataset_lookup_role (self->dataset, self->role_ids[column]);
      g_string_append_printf (out, "%s%s", separator, atlas_role_get_name (role));
    }
  g_string_append (out, markdown ? " |\n" : "\n");
  if (markdown)
    {
      g_string_append (out, "|---");
      for (guint column = 0; column < n_roles; column++)
        g_string_append (out, "|---");
      g_string_append (out, "|\n");
    }

  for (guint row = 0; row < G_N_ELEMENTS (dimensions); row++)
    {
      g_string_append (out, markdown ? "| " : "");
      g_string_append (out, _(dimensions[row].label));
      for (guint column = 0; column < n_roles; column++)
        {
          g_string_append (out, separator);
          append_cell (self, out, row, column, format);
        }
      g_string_append (out, markdown ? " |\n" : "\n");
    }

  g_string_append_c (out, '\n');
  append_sources (self, out);
  return g_string_free (out, FALSE);
}
