/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-charts"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-chart-frame.h"
#include "atlas-format.h"
#include "atlas-queries.h"
#include "atlas-skill-chart.h"
#include "atlas-skill-chart-private.h"
#include "atlas-skill-venn.h"
#include "atlas-skill-overlap.h"
#include "atlas-venn.h"

/* Skill charts: how much the compared roles share (a Venn diagram, or an UpSet chart for
 * four roles, where a four-set Venn would be unreadable), how well each must know each
 * skill, and the sources' ranked top skills. Levels are the sources' own; a skill a source
 * names without a level is shown as listed, never given a level it does not have. */
struct _AtlasSkillChart
{
  AtlasChart parent_instance;

  AtlasDataset *dataset;
  GStrv role_ids;
  AtlasSkillChartMode mode;
  char *selected_skill;
  /* per compared role: skill id -> SkillLevel, built once per dataset and roles */
  GHashTable *levels[ATLAS_CHART_MAX_SERIES];
  /* Also built once per dataset and roles: every layout needs them, whatever its size, and
   * querying the dataset for them again was a tenth of the Venn of 3's frame. */
  GPtrArray *role_skills[ATLAS_CHART_MAX_SERIES];
  AtlasSkillOverlap *overlap;
  GPtrArray *sorted_skills;  /* every skill of the roles, by category then name */
};

G_DEFINE_FINAL_TYPE (AtlasSkillChart, atlas_skill_chart, ATLAS_TYPE_CHART)

static void
clear_role_data (AtlasSkillChart *self)
{
  for (guint i = 0; i < ATLAS_CHART_MAX_SERIES; i++)
    {
      g_clear_pointer (&self->levels[i], g_hash_table_unref);
      g_clear_pointer (&self->role_skills[i], g_ptr_array_unref);
    }
  g_clear_object (&self->overlap);
  g_clear_pointer (&self->sorted_skills, g_ptr_array_unref);
}

static void
atlas_skill_chart_finalize (GObject *object)
{
  AtlasSkillChart *self = (AtlasSkillChart *) object;

  clear_role_data (self);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->role_ids, g_strfreev);
  g_clear_pointer (&self->selected_skill, g_free);

  G_OBJECT_CLASS (atlas_skill_chart_parent_class)->finalize (object);
}

/* ------------------------------------------------------------------ shared helpers */

static guint
n_roles (AtlasSkillChart *self)
{
  return g_strv_length (self->role_ids);
}

static const char *
role_name (AtlasSkillChart *self,
           guint            index)
{
  return atlas_dataset_get_role_name (self->dataset, self->role_ids[index]);
}

static const char *
skill_name (AtlasSkillChart *self,
            const char      *skill_id)
{
  AtlasSkill *skill = atlas_dataset_lookup_skill (self->dataset, skill_id);

  return skill != NULL ? atlas_skill_get_name (skill) : skill_id;
}

static char *
joined_role_names (AtlasSkillChart *self,
                   guint            mask)
{
  GString *names = g_string_new (NULL);
  guint n = 0, total = 0;

  for (guint i = 0; i < n_roles (self); i++)
    total += (mask >> i) & 1;
  for (guint i = 0; i < n_roles (self); i++)
    if ((mask >> i) & 1)
      {
        if (n > 0)
          g_string_append (names, n + 1 == total ? _(" and ") : ", ");
        g_string_append (names, role_name (self, i));
        n++;
      }
  return g_string_free (names, FALSE);
}

static char *
join_skill_names (AtlasSkillChart    *self,
                  const char * const *skill_ids)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; skill_ids[i] != NULL; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", skill_name (self, skill_ids[i]));
  return g_string_free (names, FALSE);
}

/* For the Venn's labelling, in atlas-skill-venn.c. */

guint
atlas_skill_chart_get_n_roles (AtlasSkillChart *self)
{
  return n_roles (self);
}

const char *
atlas_skill_chart_role_name (AtlasSkillChart *self,
                             guint            index)
{
  return role_name (self, index);
}

const char *
atlas_skill_chart_skill_name (AtlasSkillChart *self,
                              const char      *skill_id)
{
  return skill_name (self, skill_id);
}

char *
atlas_skill_chart_joined_role_names (AtlasSkillChart *self,
                                     guint            mask)
{
  return joined_role_names (self, mask);
}

char *
atlas_skill_chart_join_skill_names (AtlasSkillChart    *self,
                                    const char * const *skill_ids)
{
  return join_skill_names (self, skill_ids);
}

/* The highest level any source states for role × skill, the detail of the first source
 * that lists it, and whether the role has the skill at all. */
typedef struct
{
  gboolean listed;
  AtlasProficiency min;
  AtlasProficiency max;
  const char *detail;
  const char *source_id;
} SkillLevel;

static void
merge_level (SkillLevel     *level,
             AtlasRoleSkill *role_skill)
{
  if (!level->listed)
    {
      level->detail = atlas_role_skill_get_detail (role_skill);
      level->source_id = atlas_role_skill_get_source_id (role_skill);
    }
  level->listed = TRUE;
  if (atlas_role_skill_get_max_proficiency (role_skill) > level->max)
    {
      level->min = atlas_role_skill_get_min_proficiency (role_skill);
      level->max = atlas_role_skill_get_max_proficiency (role_skill);
      level->source_id = atlas_role_skill_get_source_id (role_skill);
    }
}

static GPtrArray *
role_skills_of (AtlasSkillChart *self,
                guint            role)
{
  if (self->role_skills[role] == NULL)
    self->role_skills[role] = atlas_query_role_skills (self->dataset, self->role_ids[role]);
  return self->role_skills[role];
}

static GHashTable *
levels_of_role (AtlasSkillChart *self,
                guint            role)
{
  if (self->levels[role] == NULL)
    {
      GPtrArray *role_skills = role_skills_of (self, role);

      self->levels[role] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      for (guint i = 0; i < role_skills->len; i++)
        {
          AtlasRoleSkill *role_skill = g_ptr_array_index (role_skills, i);
          const char *skill_id = atlas_role_skill_get_skill_id (role_skill);
          SkillLevel *level = g_hash_table_lookup (self->levels[role], skill_id);

          if (level == NULL)
            {
              level = g_new0 (SkillLevel, 1);
              level->min = level->max = ATLAS_PROFICIENCY_UNSTATED;
              g_hash_table_insert (self->levels[role], (char *) skill_id, level);
            }
          merge_level (level, role_skill);
        }
    }
  return self->levels[role];
}

static SkillLevel
level_of (AtlasSkillChart *self,
          guint            role,
          const char      *skill_id)
{
  SkillLevel none = { FALSE, ATLAS_PROFICIENCY_UNSTATED, ATLAS_PROFICIENCY_UNSTATED, NULL, NULL };
  SkillLevel *level = g_hash_table_lookup (levels_of_role (self, role), skill_id);

  return level != NULL ? *level : none;
}

/* "Expert", "Basic–Intermediate", the detail for a level not stated, "—" when not listed. */
static char *
describe_level (const SkillLevel *level)
{
  if (!level->listed)
    return g_strdup ("—");
  if (level->max == ATLAS_PROFICIENCY_UNSTATED)
    return g_strdup (level->detail != NULL ? level->detail : _("Listed, level not stated"));
  if (level->min != level->max)
    return g_strdup_printf ("%s–%s", atlas_proficiency_get_label (level->min),
                            atlas_proficiency_get_label (level->max));
  return g_strdup (atlas_proficiency_get_label (level->max));
}

static double
level_intensity (const SkillLevel *level)
{
  if (!level->listed)
    return -1;
  switch (level->max)
    {
    case ATLAS_PROFICIENCY_NONE: return 0.02;
    case ATLAS_PROFICIENCY_BASIC: return 0.25;
    case ATLAS_PROFICIENCY_INTERMEDIATE: return 0.45;
    case ATLAS_PROFICIENCY_PROFICIENT: return 0.7;
    case ATLAS_PROFICIENCY_EXPERT: return 1.0;
    case ATLAS_PROFICIENCY_UNSTATED:
    default: return 0.08;
    }
}

/* Every skill of the compared roles, by category then name. */
static GPtrArray *
union_skills (AtlasSkillChart *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *skills = g_ptr_array_new ();

  for (guint r = 0; r < n_roles (self); r++)
    {
      g_auto(GStrv) ids = atlas_query_skill_ids_of_role (self->dataset, self->role_ids[r]);

      for (guint i = 0; ids[i] != NULL; i++)
        {
          AtlasSkill *skill = atlas_dataset_lookup_skill (self->dataset, ids[i]);
          if (g_hash_table_add (seen, (char *) atlas_skill_get_id (skill)))
            g_ptr_array_add (skills, skill);
        }
    }
  return skills;
}

static int
compare_skills (gconstpointer a,
                gconstpointer b)
{
  AtlasSkill *x = *(AtlasSkill **) a, *y = *(AtlasSkill **) b;
  int by_category = g_strcmp0 (atlas_skill_get_category (x), atlas_skill_get_category (y));

  return by_category != 0 ? by_category : g_utf8_collate (atlas_skill_get_name (x), atlas_skill_get_name (y));
}

static GPtrArray *
sorted_skills_of (AtlasSkillChart *self)
{
  if (self->sorted_skills == NULL)
    {
      self->sorted_skills = union_skills (self);
      g_ptr_array_sort (self->sorted_skills, compare_skills);
    }
  return self->sorted_skills;
}

static AtlasSkillOverlap *
overlap_of (AtlasSkillChart *self)
{
  if (self->overlap == NULL)
    self->overlap = atlas_skill_overlap_new (self->dataset, (const char * const *) self->role_ids, NULL);
  return self->overlap;
}

/* The table twin, the same for every mode: each skill with each role's level. */
static void
add_skill_table (AtlasSkillChart  *self,
                 AtlasChartLayout *layout,
                 GPtrArray        *skills)
{
  g_autoptr(GStrvBuilder) columns = g_strv_builder_new ();
  g_auto(GStrv) column_strv = NULL;

  g_strv_builder_add (columns, _("Skill"));
  g_strv_builder_add (columns, _("Category"));
  for (guint r = 0; r < n_roles (self); r++)
    g_strv_builder_add (columns, role_name (self, r));
  g_strv_builder_add (columns, _("Held by"));
  g_strv_builder_add (columns, _("Sources"));
  column_strv = g_strv_builder_end (columns);
  atlas_chart_layout_set_columns (layout, (const char * const *) column_strv);

  for (guint s = 0; s < skills->len; s++)
    {
      AtlasSkill *skill = g_ptr_array_index (skills, s);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) sources = g_ptr_array_new ();
      g_autofree char *category = atlas_format_skill_category (atlas_skill_get_category (skill));
      g_autofree char *holders = NULL;
      GString *source_names = g_string_new (NULL);
      guint mask = 0;

      g_ptr_array_add (cells, g_strdup (atlas_skill_get_name (skill)));
      g_ptr_array_add (cells, g_strdup (category));
      for (guint r = 0; r < n_roles (self); r++)
        {
          SkillLevel level = level_of (self, r, atlas_skill_get_id (skill));
          g_ptr_array_add (cells, describe_level (&level));
          if (level.listed)
            {
              mask |= 1u << r;
              if (!g_ptr_array_find_with_equal_func (sources, level.source_id, g_str_equal, NULL))
                g_ptr_array_add (sources, (char *) level.source_id);
            }
        }
      holders = joined_role_names (self, mask);
      g_ptr_array_add (cells, g_steal_pointer (&holders));
      for (guint i = 0; i < sources->len; i++)
        g_string_append_printf (source_names, "%s%s", i > 0 ? ", " : "",
                                atlas_format_source_short (atlas_dataset_lookup_source (self->dataset, g_ptr_array_index (sources, i))));
      g_ptr_array_add (cells, g_string_free (source_names, FALSE));
      g_ptr_array_add (cells, NULL);
      atlas_chart_layout_add_row (layout, (const char * const *) cells->pdata);
    }
}

static char *
describe_sources (AtlasSkillChart *self)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  GString *text = g_string_new (_("Sources: "));

  for (guint r = 0; r < n_roles (self); r++)
    {
      GPtrArray *role_skills = role_skills_of (self, r);

      for (guint i = 0; i < role_skills->len; i++)
        {
          AtlasRoleSkill *role_skill = g_ptr_array_index (role_skills, i);
          const char *id = atlas_role_skill_get_source_id (role_skill);
          AtlasSource *source;

          /* The top-skills chart shows the ranked lists alone: only their sources. */
          if ((self->mode == ATLAS_SKILL_CHART_TOP && atlas_role_skill_get_rank (role_skill) <= 0) ||
              g_ptr_array_find_with_equal_func (seen, id, g_str_equal, NULL))
            continue;
          g_ptr_array_add (seen, (char *) id);
          source = atlas_dataset_lookup_source (self->dataset, id);
          {
            g_autofree char *date = atlas_format_source_date (source);
            g_string_append_printf (text, "%s%s, %s", seen->len > 1 ? " · " : "",
                                    atlas_format_source_short (source), date);
          }
        }
    }
  if (seen->len == 0)
    g_string_append (text, _("none"));
  return g_string_free (text, FALSE);
}

static double
add_role_legend (AtlasSkillChart        *self,
                 AtlasChartLayout       *layout,
                 PangoContext           *context,
                 const AtlasChartCanvas *canvas,
                 AtlasSkillOverlap      *overlap,
                 double                  top)
{
  AtlasLegendEntry entries[ATLAS_CHART_MAX_SERIES];
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint n = MIN (n_roles (self), ATLAS_CHART_MAX_SERIES);

  for (guint i = 0; i < n; i++)
    {
      guint size = overlap != NULL ? atlas_skill_overlap_get_role_size (overlap, i) : 0;
      char *label = overlap == NULL ? g_strdup (role_name (self, i))
                    : size == 0     ? g_strdup_printf (_("%s (no skills in the sources)"), role_name (self, i))
                                    : g_strdup_printf (ngettext ("%s (%u skill)", "%s (%u skills)", size), role_name (self, i), size);
      g_ptr_array_add (labels, label);
      entries[i] = (AtlasLegendEntry) { label, (int) i, 0, FALSE };
    }
  return atlas_chart_frame_add_legend (layout, context, canvas, entries, n, top);
}

/* ------------------------------------------------------------------ overlap */

static gboolean
has_role_without_skills (AtlasSkillChart   *self,
                         AtlasSkillOverlap *overlap)
{
  for (guint i = 0; i < n_roles (self); i++)
    if (atlas_skill_overlap_get_role_size (overlap, i) == 0)
      return TRUE;
  return FALSE;
}

static char *
describe_overlap (AtlasSkillChart   *self,
                  AtlasSkillOverlap *overlap)
{
  guint n = n_roles (self);
  guint all = (1u << n) - 1;
  g_autofree char *everyone = joined_role_names (self, all);
  guint n_shared = g_strv_length ((char **) atlas_skill_overlap_get_shared (overlap));
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, ngettext ("%s share %u skill", "%s share %u skills", n_shared), everyone, n_shared);
  for (guint mask = all - 1; mask >= 1; mask--)
    {
      const char * const *skills = atlas_skill_overlap_get_region (overlap, mask);
      g_autofree char *names = join_skill_names (self, skills);
      g_autofree char *holders = joined_role_names (self, mask);
      guint count = g_strv_length ((char **) skills);

      if (count == 0)
        continue;
      g_string_append_printf (text, ngettext ("; %u only in %s: %s", "; %u only in %s: %s", count), count, holders, names);
    }
  for (guint i = 0; i < n; i++)
    if (atlas_skill_overlap_get_role_size (overlap, i) == 0)
      g_string_append_printf (text, _("; %s: no skills in the sources"), role_name (self, i));
  g_string_append_printf (text, _("; Jaccard index %.2f"), atlas_skill_overlap_get_jaccard (overlap));
  return g_string_free (text, FALSE);
}

static gboolean
region_has_skill (const char * const *skills,
                  const char         *skill_id)
{
  return skill_id != NULL && g_strv_contains (skills, skill_id);
}

/* ------------------------------------------------------------------ overlap: UpSet */

static int
compare_masks_by_size (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  AtlasSkillOverlap *overlap = user_data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  guint nx = g_strv_length ((char **) atlas_skill_overlap_get_region (overlap, x));
  guint ny = g_strv_length ((char **) atlas_skill_overlap_get_region (overlap, y));

  if (nx != ny)
    return (int) ny - (int) nx;
  return (int) x - (int) y;
}

/* The first @n_chars of @text, without trailing blanks, and "…". */
static char *
cut_short (const char *text,
           glong       n_chars)
{
  g_autofree char *prefix = g_utf8_substring (text, 0, n_chars);

  return g_strconcat (g_strchomp (prefix), "…", NULL);
}

/* @text on one line no wider than @max_width: whole if it fits, or else cut short at a
 * character with "…" (the legend and tooltips keep the whole name). */
static char *
text_fitting_width (PangoContext  *context,
                    AtlasTextStyle style,
                    double         fs,
                    const char    *text,
                    double         max_width)
{
  glong low = 0, high = g_utf8_strlen (text, -1);
  double w, h;

  atlas_chart_measure_text (context, style, fs, text, -1, &w, &h);
  if (w <= max_width)
    return g_strdup (text);
  /* The longest prefix that fits with its ellipsis: widths grow with the prefix. */
  while (low < high)
    {
      glong mid = (low + high + 1) / 2;
      g_autofree char *candidate = cut_short (text, mid);

      atlas_chart_measure_text (context, style, fs, candidate, -1, &w, &h);
      if (w <= max_width)
        low = mid;
      else
        high = mid - 1;
    }
  return cut_short (text, low);
}

static void
build_upset (AtlasSkillChart        *self,
             AtlasChartLayout       *layout,
             PangoContext           *context,
             const AtlasChartCanvas *canvas,
             AtlasSkillOverlap      *overlap,
             double                  top,
             double                  bottom)
{
  guint n = n_roles (self);
  double fs = canvas->font_scale, pad = ATLAS_CHART_PADDING * fs;
  g_autoptr(GArray) masks = g_array_new (FALSE, FALSE, sizeof (guint));
  double label_column = 0, row_h, matrix_h, bars_top, bars_bottom, column_w, max_count = 1, x0;

  for (guint mask = 1; mask < (1u << n); mask++)
    if (g_strv_length ((char **) atlas_skill_overlap_get_region (overlap, mask)) > 0)
      g_array_append_val (masks, mask);
  g_array_sort_with_data (masks, compare_masks_by_size, overlap);

  for (guint i = 0; i < n; i++)
    {
      double w, h;
      atlas_chart_measure_text (context, ATLAS_TEXT_CAPTION, fs, role_name (self, i), -1, &w, &h);
      label_column = MAX (label_column, w);
    }
  /* Up to half a narrow canvas, so that a long role name still fits on its row. */
  label_column = MIN (label_column, canvas->width * 0.5) + pad;
  row_h = MIN (22 * fs, (bottom - top) * 0.4 / n);
  matrix_h = row_h * n;
  bars_top = top + 18 * fs;
  bars_bottom = bottom - matrix_h - 6 * fs;
  x0 = pad + label_column;
  column_w = masks->len > 0 ? (canvas->width - pad - x0) / masks->len : 0;
  atlas_chart_layout_set_plot_area (layout, x0, top, canvas->width - pad - x0, bottom - top);

  for (guint c = 0; c < masks->len; c++)
    max_count = MAX (max_count, g_strv_length ((char **) atlas_skill_overlap_get_region (overlap, g_array_index (masks, guint, c))));

  for (guint i = 0; i < n; i++)
    {
      double y = bottom - matrix_h + i * row_h, w, h;
      g_autofree char *name = text_fitting_width (context, ATLAS_TEXT_CAPTION, fs, role_name (self, i), label_column - pad);
      AtlasChartText *text;

      /* Every row is named, on one line: a name that wrapped would run into the next. */
      atlas_chart_measure_text (context, ATLAS_TEXT_CAPTION, fs, name, -1, &w, &h);
      if (h <= row_h + 1)
        {
          text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_CAPTION, name, pad, y + (row_h - h) / 2,
                                              label_column - pad, h);
          text->color = ATLAS_CHART_COLOR_FOREGROUND;
        }
    }

  for (guint c = 0; c < masks->len; c++)
    {
      guint mask = g_array_index (masks, guint, c);
      const char * const *skills = atlas_skill_overlap_get_region (overlap, mask);
      guint count = g_strv_length ((char **) skills);
      double cx = x0 + (c + 0.5) * column_w;
      double bar_w = MIN (column_w * 0.6, 40 * fs);
      double bar_h = (bars_bottom - bars_top) * count / max_count;
      g_autofree char *holders = joined_role_names (self, mask);
      g_autofree char *names = join_skill_names (self, skills);
      g_autofree char *count_text = g_strdup_printf ("%u", count);
      AtlasChartMark *bar;
      double first_dot = -1, last_dot = -1, w, h;

      /* No role's colour: the bar counts the skills of the roles dotted below it. */
      bar = atlas_chart_layout_add_mark (layout, ATLAS_MARK_BAR, cx - bar_w / 2, bars_bottom - bar_h, bar_w, bar_h);
      bar->interactive = TRUE;
      bar->selected = region_has_skill (skills, self->selected_skill);
      bar->key = g_strdup (skills[0]);
      bar->tooltip = g_strdup_printf (ngettext ("Only %s (%u skill): %s", "Only %s (%u skills): %s", count),
                                      holders, count, names);
      atlas_chart_measure_text (context, ATLAS_TEXT_CAPTION, fs, count_text, -1, &w, &h);
      if (w <= column_w)
        {
          AtlasChartText *text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_CAPTION, count_text, cx - w / 2,
                                                              bars_bottom - bar_h - h, w, h);
          text->color = ATLAS_CHART_COLOR_FOREGROUND;
        }

      for (guint i = 0; i < n; i++)
        {
          double size = MIN (row_h * 0.7, column_w * 0.7);
          double cy = bottom - matrix_h + (i + 0.5) * row_h;
          AtlasChartMark *dot = atlas_chart_layout_add_mark (layout, ATLAS_MARK_POINT, cx - size / 2, cy - size / 2, size, size);

          dot->shape = ATLAS_POINT_CIRCLE;
          dot->intensity = (mask >> i) & 1 ? 0 : -1;
          if ((mask >> i) & 1)
            {
              /* A member's dot in its role's colour, as in the legend above. */
              dot->series = (int) i;
              if (first_dot < 0)
                first_dot = cy;
              last_dot = cy;
            }
        }
      if (first_dot >= 0 && last_dot > first_dot)
        {
          AtlasChartLine *line = atlas_chart_layout_add_line (layout, cx, first_dot, cx, last_dot, ATLAS_CHART_COLOR_MUTED);
          line->line_width = 2;
        }
    }
}

/* ------------------------------------------------------------------ matrix */

static void
build_matrix (AtlasSkillChart        *self,
              AtlasChartLayout       *layout,
              PangoContext           *context,
              const AtlasChartCanvas *canvas,
              GPtrArray              *skills,
              double                  top,
              double                  bottom)
{
  guint n = n_roles (self);
  double fs = canvas->font_scale, pad = ATLAS_CHART_PADDING * fs;
  double label_column = 0, header_h = 0, row_h, column_w, x0, y, line_h;
  guint n_rows = skills->len;
  const char *category = NULL;

  for (guint s = 0; s < skills->len; s++)
    {
      AtlasSkill *skill = g_ptr_array_index (skills, s);
      double w, h;

      if (g_strcmp0 (category, atlas_skill_get_category (skill)) != 0)
        {
          category = atlas_skill_get_category (skill);
          n_rows++;
        }
      atlas_chart_measure_text (context, ATLAS_TEXT_CAPTION, fs, atlas_skill_get_name (skill), -1, &w, &h);
      label_column = MAX (label_column, w);
    }
  label_column = MIN (label_column, canvas->width * 0.34) + pad;
  x0 = pad + label_column;
  column_w = (canvas->width - pad - x0) / MAX (n, 1);
  for (guint r = 0; r < n; r++)
    {
      double w, h;
      atlas_chart_measure_text (context, ATLAS_TEXT_HEADING, fs, role_name (self, r), column_w - 8, &w, &h);
      header_h = MAX (header_h, h);
    }
  header_h += 6 * fs;
  row_h = MIN (26 * fs, (bottom - top - header_h) / MAX (n_rows, 1));
  {
    double w;
    /* Rows lower than a line of text get no text: skip measuring it at all. */
    atlas_chart_measure_text (context, ATLAS_TEXT_CAPTION, fs, "Xg", -1, &w, &line_h);
  }
  atlas_chart_layout_set_plot_area (layout, x0, top + header_h, column_w * n, row_h * n_rows);

  for (guint r = 0; r < n; r++)
    {
      double w, h;
      AtlasChartText *text;

      atlas_chart_measure_text (context, ATLAS_TEXT_HEADING, fs, role_name (self, r), column_w - 8, &w, &h);
      text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_HEADING, role_name (self, r), x0 + r * column_w + 4,
                                          top + header_h - 6 * fs - h, column_w - 8, h);
      text->alignment = PANGO_ALIGN_CENTER;
    }

  y = top + header_h;
  category = NULL;
  for (guint s = 0; s < skills->len; s++)
    {
      AtlasSkill *skill = g_ptr_array_index (skills, s);
      double w, h;

      if (g_strcmp0 (category, atlas_skill_get_category (skill)) != 0)
        {
          g_autofree char *label = NULL;

          category = atlas_skill_get_category (skill);
          label = atlas_format_skill_category (category);
          h = G_MAXDOUBLE;
          if (line_h <= row_h + 1)
            atlas_chart_measure_text (context, ATLAS_TEXT_HEADING, fs, label, -1, &w, &h);
          if (h <= row_h + 1)
            atlas_chart_layout_add_text (layout, ATLAS_TEXT_HEADING, label, pad, y + (row_h - h) / 2,
                                         MIN (w, canvas->width - 2 * pad), h);
          y += row_h;
        }

      h = G_MAXDOUBLE;
      if (line_h <= row_h + 1)
        atlas_chart_measure_text (context, ATLAS_TEXT_CAPTION, fs, atlas_skill_get_name (skill), label_column - pad - 8 * fs, &w, &h);
      if (h <= row_h + 1)
        {
          AtlasChartText *text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_CAPTION, atlas_skill_get_name (skill),
                                                              pad + 8 * fs, y + (row_h - h) / 2, label_column - pad - 8 * fs, h);
          text->color = ATLAS_CHART_COLOR_FOREGROUND;
        }

      for (guint r = 0; r < n; r++)
        {
          SkillLevel level = level_of (self, r, atlas_skill_get_id (skill));
          g_autofree char *label = describe_level (&level);
          double cell_x = x0 + r * column_w;
          AtlasChartMark *cell = atlas_chart_layout_add_mark (layout, ATLAS_MARK_CELL, cell_x + 1, y + 1,
                                                              column_w - 2, row_h - 2);
          AtlasSource *source = level.source_id != NULL ? atlas_dataset_lookup_source (self->dataset, level.source_id) : NULL;
          double lw, lh;

          cell->intensity = level_intensity (&level);
          cell->interactive = TRUE;
          cell->key = g_strdup (atlas_skill_get_id (skill));
          cell->selected = g_strcmp0 (self->selected_skill, atlas_skill_get_id (skill)) == 0;
          cell->row = (int) s;
          if (level.listed)
            cell->tooltip = g_strdup_printf ("%s — %s: %s%s%s%s\n%s", atlas_skill_get_name (skill), role_name (self, r), label,
                                             level.detail != NULL && level.max != ATLAS_PROFICIENCY_UNSTATED ? " (" : "",
                                             level.detail != NULL && level.max != ATLAS_PROFICIENCY_UNSTATED ? level.detail : "",
                                             level.detail != NULL && level.max != ATLAS_PROFICIENCY_UNSTATED ? ")" : "",
                                             source != NULL ? atlas_format_source_short (source) : "");
          else
            cell->tooltip = g_strdup_printf (_("%s — %s: not listed by the sources"), atlas_skill_get_name (skill), role_name (self, r));

          /* The level as words too, so the matrix reads in greyscale and to screen readers. */
          lh = G_MAXDOUBLE;
          if (line_h <= row_h - 2)
            atlas_chart_measure_text (context, ATLAS_TEXT_CAPTION, fs, label, column_w - 8, &lw, &lh);
          if (lh <= row_h - 2)
            {
              AtlasChartText *text = atlas_chart_layout_add_text (layout, ATLAS_TEXT_CAPTION, label, cell_x + 4,
                                                                  y + (row_h - lh) / 2, column_w - 8, lh);
              text->alignment = PANGO_ALIGN_CENTER;
              text->color = cell->intensity > 0.55 && canvas->palette != ATLAS_CHART_PALETTE_DARK
                              ? ATLAS_CHART_COLOR_BACKGROUND : ATLAS_CHART_COLOR_FOREGROUND;
            }
        }
      y += row_h;
    }
}

/* ------------------------------------------------------------------ top skills */

static int
compare_rank (gconstpointer a,
              gconstpointer b)
{
  return atlas_role_skill_get_rank (*(AtlasRoleSkill **) a) - atlas_role_skill_get_rank (*(AtlasRoleSkill **) b);
}

static GPtrArray *
ranked_skills (AtlasSkillChart *self,
               guint            role)
{
  GPtrArray *role_skills = role_skills_of (self, role);
  GPtrArray *ranked = g_ptr_array_new ();

  for (guint i = 0; i < role_skills->len; i++)
    if (atlas_role_skill_get_rank (g_ptr_array_index (role_skills, i)) > 0)
      g_ptr_array_add (ranked, g_ptr_array_index (role_skills, i));
  g_ptr_array_sort (ranked, compare_rank);
  return ranked;
}

static gboolean
in_ranked (GPtrArray  *ranked,
           const char *skill_id)
{
  for (guint i = 0; i < ranked->len; i++)
    if (g_str_equal (atlas_role_skill_get_skill_id (g_ptr_array_index (ranked, i)), skill_id))
      return TRUE;
  return FALSE;
}

static char *
build_top (AtlasSkillChart        *self,
           AtlasChartLayout       *layout,
           PangoContext           *context,
           const AtlasChartCanvas *canvas,
           double                  top,
           double                  bottom)
{
  guint n = n_roles (self), n_lists = 0;
  double fs = canvas->font_scale, pad = ATLAS_CHART_PADDING * fs;
  double column_w = (canvas->width - 2 * pad) / MAX (n, 1), header_h = 0;
  GPtrArray *lists[ATLAS_CHART_MAX_SERIES] = { NULL };
  guint shared = 0, list_size = 0;
  GString *description = g_string_new (NULL);

  for (guint r = 0; r < n; r++)
    {
      double w, h;

      lists[r] = ranked_skills (self, r);
      n_lists += lists[r]->len > 0;
      atlas_chart_measure_text (context, ATLAS_TEXT_HEADING, fs, role_name (self, r), column_w - 8, &w, &h);
      header_h = MAX (header_h, h);
    }
  header_h += 8 * fs;
  atlas_chart_layout_set_plot_area (layout, pad, top, canvas->width - 2 * pad, bottom - top);

  /* The share: skills on every ranked list, out of the length of the first list. */
  for (guint r = 0; r < n; r++)
    if (lists[r]->len > 0)
      {
        list_size = lists[r]->len;
        for (guint i = 0; i < lists[r]->len; i++)
          {
            const char *id = atlas_role_skill_get_skill_id (g_ptr_array_index (lists[r], i));
            gboolean everywhere = TRUE;

            for (guint o = 0; o < n; o++)
              if (lists[o]->len > 0 && !in_ranked (lists[o], id))
                everywhere = FALSE;
            shared += everywhere;
          }
        break;
      }

  for (guint r = 0; r < n; r++)
    {
      double x = pad + r * column_w, y = top + header_h, w, h;
      AtlasChartText *heading;
      double row_h;

      atlas_chart_measure_text (context, ATLAS_TEXT_HEADING, fs, role_name (self, r), column_w - 8, &w, &h);
      heading = atlas_chart_layout_add_text (layout, ATLAS_TEXT_HEADING, role_name (self, r), x + 4, top, column_w - 8, h);
      heading->alignment = PANGO_ALIGN_CENTER;

      if (lists[r]->len == 0)
        {
          const char *none = _("No ranked list in the sources");
          atlas_chart_measure_text (context, ATLAS_TEXT_CAPTION, fs, none, column_w - 8, &w, &h);
          atlas_chart_layout_add_text (layout, ATLAS_TEXT_CAPTION, none, x + 4, y, column_w - 8, h);
          continue;
        }

      row_h = MIN (30 * fs, (bottom - y) / lists[r]->len);
      g_string_append_printf (description, "%s%s:", description->len > 0 ? "; " : "", role_name (self, r));
      for (guint i = 0; i < lists[r]->len; i++)
        {
          AtlasRoleSkill *role_skill = g_ptr_array_index (lists[r], i);
          const char *id = atlas_role_skill_get_skill_id (role_skill);
          gboolean everywhere = n_lists > 1;
          g_autofree char *label = NULL;
          AtlasChartMark *mark;
          AtlasSource *source = atlas_dataset_lookup_source (self->dataset, atlas_role_skill_get_source_id (role_skill));

          for (guint o = 0; o < n; o++)
            if (lists[o]->len > 0 && !in_ranked (lists[o], id))
              everywhere = FALSE;

          label = g_strdup_printf ("%d. %s%s", atlas_role_skill_get_rank (role_skill), skill_name (self, id),
                                   everywhere ? _(" ✓ shared") : "");
          mark = atlas_chart_layout_add_mark (layout, ATLAS_MARK_CELL, x + 4, y + 1, column_w - 8, row_h - 2);
          /* Shared skills get a tint as well as the ✓, so both colour and text say it. */
          mark->intensity = everywhere ? 0.3 : -1;
          if (!everywhere)
            mark->kind = ATLAS_MARK_HOTSPOT;
          mark->interactive = TRUE;
          mark->key = g_strdup (id);
          mark->selected = g_strcmp0 (self->selected_skill, id) == 0;
          mark->tooltip = g_strdup_printf (_("%s: rank %d of %u for %s%s\nSource: %s"), skill_name (self, id),
                                           atlas_role_skill_get_rank (role_skill), lists[r]->len, role_name (self, r),
                                           everywhere ? _(", on every list") : "", atlas_format_source_short (source));
          atlas_chart_measure_text (context, ATLAS_TEXT_LABEL, fs, label, column_w - 16, &w, &h);
          if (h <= row_h)
            atlas_chart_layout_add_text (layout, ATLAS_TEXT_LABEL, label, x + 10 * fs, y + (row_h - h) / 2, column_w - 16, h);
          g_string_append_printf (description, " %s%s", i > 0 ? ", " : "", skill_name (self, id));
          y += row_h;
        }
    }

  for (guint r = 0; r < n; r++)
    g_ptr_array_unref (lists[r]);

  if (n_lists > 1 && list_size > 0)
    {
      g_autofree char *share = g_strdup_printf (_("Shared by every list: %u of %u, %.0f %%"), shared, list_size,
                                                100.0 * shared / list_size);
      g_string_prepend (description, "; ");
      g_string_prepend (description, share);
    }
  else if (n_lists == 0)
    g_string_assign (description, _("The sources give no ranked top-skill list for these roles."));
  return g_string_free (description, FALSE);
}

/* ------------------------------------------------------------------ build */

static AtlasChartLayout *
atlas_skill_chart_build_layout (AtlasChart             *chart,
                                const AtlasChartCanvas *canvas,
                                PangoContext           *context)
{
  AtlasSkillChart *self = ATLAS_SKILL_CHART (chart);
  AtlasChartLayout *layout = atlas_chart_layout_new (canvas->width, canvas->height);
  AtlasSkillOverlap *overlap;
  GPtrArray *skills;
  g_autofree char *names = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *footer = NULL;
  double top, bottom;

  if (self->dataset == NULL || self->role_ids == NULL || n_roles (self) < 2)
    {
      top = atlas_chart_frame_add_header (layout, context, canvas, _("Skills"), NULL);
      atlas_chart_frame_add_message (layout, context, canvas, _("Choose 2 to 4 roles to compare."), top, canvas->height);
      atlas_chart_layout_set_description (layout, _("No roles chosen."));
      return layout;
    }

  names = joined_role_names (self, (1u << n_roles (self)) - 1);
  overlap = overlap_of (self);
  skills = sorted_skills_of (self);
  add_skill_table (self, layout, skills);

  switch (self->mode)
    {
    case ATLAS_SKILL_CHART_OVERLAP:
      title = g_strdup_printf (_("Shared skills: %s"), names);
      subtitle = g_strdup_printf (n_roles (self) <= 3
                                    ? _("Jaccard index %.2f: %u of %u skills are held by every role. Circle areas follow skill counts.")
                                    : _("Jaccard index %.2f: %u of %u skills are held by every role. Each bar counts the skills held by exactly the roles dotted below it."),
                                  atlas_skill_overlap_get_jaccard (overlap),
                                  g_strv_length ((char **) atlas_skill_overlap_get_shared (overlap)),
                                  atlas_skill_overlap_get_union_size (overlap));
      if (n_roles (self) <= 3 && has_role_without_skills (self, overlap))
        {
          char *with_note = g_strconcat (subtitle, " ", _("A dashed circle: a role the sources list no skills for."), NULL);

          g_free (subtitle);
          subtitle = with_note;
        }
      break;
    case ATLAS_SKILL_CHART_MATRIX:
      title = g_strdup_printf (_("Proficiency by skill: %s"), names);
      subtitle = g_strdup (_("Each cell is the level the sources ask for; hatched: not listed for the role."));
      break;
    case ATLAS_SKILL_CHART_TOP:
    default:
      title = g_strdup_printf (_("Top skills in job postings: %s"), names);
      subtitle = g_strdup (_("The sources’ ranked lists; ✓ marks skills on every list."));
      break;
    }

  top = atlas_chart_frame_add_header (layout, context, canvas, title, subtitle);
  if (self->mode != ATLAS_SKILL_CHART_TOP)
    top = add_role_legend (self, layout, context, canvas, overlap, top);
  footer = describe_sources (self);
  bottom = atlas_chart_frame_add_footer (layout, context, canvas, footer);

  if (skills->len == 0)
    {
      atlas_chart_frame_add_message (layout, context, canvas, _("The sources list no skills for these roles."), top, bottom);
      atlas_chart_layout_set_plot_area (layout, ATLAS_CHART_PADDING, top, canvas->width - 2 * ATLAS_CHART_PADDING, MAX (0, bottom - top));
      atlas_chart_layout_set_description (layout, _("The sources list no skills for these roles."));
      return layout;
    }

  switch (self->mode)
    {
    case ATLAS_SKILL_CHART_OVERLAP:
      {
        g_autofree char *description = describe_overlap (self, overlap);
        if (n_roles (self) <= 3)
          atlas_skill_venn_build (self, layout, context, canvas, overlap, top, bottom);
        else
          build_upset (self, layout, context, canvas, overlap, top, bottom);
        atlas_chart_layout_set_description (layout, description);
      }
      break;
    case ATLAS_SKILL_CHART_MATRIX:
      build_matrix (self, layout, context, canvas, skills, top, bottom);
      {
        g_autofree char *description = g_strdup_printf (_("Proficiency matrix of %u skills for %s"), skills->len, names);
        atlas_chart_layout_set_description (layout, description);
      }
      break;
    case ATLAS_SKILL_CHART_TOP:
    default:
      {
        g_autofree char *description = build_top (self, layout, context, canvas, top, bottom);
        atlas_chart_layout_set_description (layout, description);
      }
      break;
    }
  return layout;
}

/* The matrix has a row per skill and category; it asks for the height that keeps each
 * row readable, and hosts scroll. */
static double
atlas_skill_chart_get_natural_height (AtlasChart             *chart,
                                      const AtlasChartCanvas *canvas)
{
  AtlasSkillChart *self = ATLAS_SKILL_CHART (chart);
  GPtrArray *skills;
  g_autoptr(GHashTable) categories = NULL;

  if (self->mode != ATLAS_SKILL_CHART_MATRIX || self->dataset == NULL || self->role_ids == NULL)
    return 0;
  skills = sorted_skills_of (self);
  categories = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < skills->len; i++)
    g_hash_table_add (categories, (char *) atlas_skill_get_category (g_ptr_array_index (skills, i)));
  return (240 + 22 * (skills->len + g_hash_table_size (categories))) * canvas->font_scale;
}

static void
atlas_skill_chart_class_init (AtlasSkillChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_skill_chart_finalize;
  ATLAS_CHART_CLASS (klass)->build_layout = atlas_skill_chart_build_layout;
  ATLAS_CHART_CLASS (klass)->get_natural_height = atlas_skill_chart_get_natural_height;
}

static void
atlas_skill_chart_init (AtlasSkillChart *self)
{
}

AtlasSkillChart *
atlas_skill_chart_new (AtlasDataset       *dataset,
                       const char * const *role_ids)
{
  AtlasSkillChart *self = g_object_new (ATLAS_TYPE_SKILL_CHART, NULL);

  atlas_skill_chart_set_dataset (self, dataset, role_ids);
  return self;
}

void
atlas_skill_chart_set_dataset (AtlasSkillChart    *self,
                               AtlasDataset       *dataset,
                               const char * const *role_ids)
{
  g_return_if_fail (ATLAS_IS_SKILL_CHART (self));

  g_set_object (&self->dataset, dataset);
  clear_role_data (self);
  g_clear_pointer (&self->role_ids, g_strfreev);
  self->role_ids = atlas_chart_copy_role_ids (role_ids);
  atlas_chart_changed (ATLAS_CHART (self));
}

void
atlas_skill_chart_set_mode (AtlasSkillChart     *self,
                            AtlasSkillChartMode  mode)
{
  g_return_if_fail (ATLAS_IS_SKILL_CHART (self));

  if (self->mode == mode)
    return;
  self->mode = mode;
  atlas_chart_changed (ATLAS_CHART (self));
}

AtlasSkillChartMode
atlas_skill_chart_get_mode (AtlasSkillChart *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_CHART (self), ATLAS_SKILL_CHART_OVERLAP);

  return self->mode;
}

void
atlas_skill_chart_set_selected_skill (AtlasSkillChart *self,
                                      const char      *skill_id)
{
  g_return_if_fail (ATLAS_IS_SKILL_CHART (self));

  if (g_strcmp0 (self->selected_skill, skill_id) == 0)
    return;
  g_free (self->selected_skill);
  self->selected_skill = g_strdup (skill_id);
  atlas_chart_changed (ATLAS_CHART (self));
}

const char *
atlas_skill_chart_get_selected_skill (AtlasSkillChart *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILL_CHART (self), NULL);

  return self->selected_skill;
}
