/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-skills"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "atlas-chart-table.h"
#include "atlas-chart-view.h"
#include "atlas-wrap-box.h"
#include "atlas-format.h"
#include "atlas-queries.h"
#include "atlas-skill-gap.h"
#include "atlas-after-frame.h"
#include "atlas-plain-row.h"
#include "atlas-skills-page.h"
#include "atlas-source-button.h"
#include "atlas-wrap-label.h"

/* The Skills tab: the skill chart (overlap, proficiency matrix or top skills) with its
 * table twin, and the skill gap: what someone in one role, or with the skills they ticked,
 * must learn for another, ordered by how far each level must rise, with the transition
 * times the sources give and, labelled as derived, those times at the user's pace. */

/* The chart's height at normal type: room for a Venn of three with its names. */
#define CHART_HEIGHT 520
struct _AtlasSkillsPage
{
  AdwBin parent_instance;

  /* Data or roles changed while the page was out of view: it reloads when next shown, so
   * a change costs only the tab in view. */
  gboolean reload_pending;
  /* The skill gap, below the chart, follows the chart's frame when the roles change. */
  AtlasAfterFrame gap_after_frame;
  gboolean gap_stale;

  AtlasDataset *dataset;
  AtlasSelection *selection;
  AtlasSkillChart *chart;
  GSettings *settings;
  /* role ids behind the "from" and "to" choosers; "from" has "my skills" (NULL) first */
  GPtrArray *from_ids;
  GPtrArray *to_ids;
  GPtrArray *gap_rows;
  /* The skill gap as text, for Copy: built with its rows. */
  GString *gap_text;
  GString *met_text;
  GPtrArray *my_skill_rows;
  /* "Your Skills" holds a row per skill in the data. A collapsed expander row still has
   * its rows measured (GTK 4.8's revealer measures what it hides), which took 38 ms the
   * first time: they are made when the row is first opened, and again after the data
   * changes. */
  gboolean my_skills_stale;
  gboolean filling;

  GtkToggleButton *overlap_button;
  GtkToggleButton *matrix_button;
  GtkToggleButton *top_button;
  GtkToggleButton *table_toggle;
  GtkButton *copy_button;
  GtkLabel *selected_label;
  GtkButton *clear_selection_button;
  GtkStack *view_stack;
  AtlasChartView *chart_view;
  AtlasChartTable *chart_table;
  /* The table twin is rebuilt only while it is shown: it is a second layout of the chart
   * and a column view's worth of cells. */
  gboolean table_stale;
  AdwComboRow *from_row;
  AdwComboRow *to_row;
  GtkSpinButton *hours_spin;
  AdwPreferencesGroup *gap_group;
  AdwPreferencesGroup *time_group;
  AdwExpanderRow *my_skills_row;
};

G_DEFINE_FINAL_TYPE (AtlasSkillsPage, atlas_skills_page, ADW_TYPE_BIN)

static void flush_pending_reload (AtlasSkillsPage *self);
static gboolean update_stale_gap (gpointer user_data);

static const char *
role_name (AtlasSkillsPage *self,
           const char      *role_id)
{
  return atlas_dataset_get_role_name (self->dataset, role_id);
}

/* ------------------------------------------------------------------ chart */

static void
update_chart_controls (AtlasSkillsPage *self)
{
  const char *selected = atlas_skill_chart_get_selected_skill (self->chart);
  gboolean table = gtk_toggle_button_get_active (self->table_toggle);

  gtk_stack_set_visible_child_name (self->view_stack, table ? "table" : "chart");
  gtk_widget_set_visible (GTK_WIDGET (self->copy_button), table);
  gtk_widget_set_visible (GTK_WIDGET (self->clear_selection_button), selected != NULL);
  if (selected != NULL)
    {
      AtlasSkill *skill = atlas_dataset_lookup_skill (self->dataset, selected);
      g_autofree char *text = g_strdup_printf (_("Selected: %s"), skill != NULL ? atlas_skill_get_name (skill) : selected);
      gtk_label_set_label (self->selected_label, text);
    }
  else
    gtk_label_set_label (self->selected_label, _("Click a skill to mark it in every chart"));
}

static void
update_table_now (AtlasSkillsPage *self)
{
  AtlasChartCanvas canvas = ATLAS_CHART_CANVAS_INIT (1200, 800);

  self->table_stale = FALSE;
  atlas_chart_table_set_layout (self->chart_table, atlas_chart_get_layout (ATLAS_CHART (self->chart), &canvas));
}

static void
update_table (AtlasSkillsPage *self)
{
  self->table_stale = !gtk_widget_get_mapped (GTK_WIDGET (self->chart_table));
  if (!self->table_stale)
    update_table_now (self);
}

static void
update_stale_table (AtlasSkillsPage *self)
{
  if (self->table_stale)
    update_table_now (self);
}

static void
on_mode_toggled (AtlasSkillsPage *self)
{
  AtlasSkillChartMode mode = ATLAS_SKILL_CHART_OVERLAP;

  if (gtk_toggle_button_get_active (self->matrix_button))
    mode = ATLAS_SKILL_CHART_MATRIX;
  else if (gtk_toggle_button_get_active (self->top_button))
    mode = ATLAS_SKILL_CHART_TOP;
  atlas_skill_chart_set_mode (self->chart, mode);
}

static void
on_table_toggled (AtlasSkillsPage *self)
{
  update_table (self);
  update_chart_controls (self);
}

static void
on_copy_clicked (AtlasSkillsPage *self)
{
  g_autofree char *text = NULL;

  update_stale_table (self);
  text = atlas_chart_table_to_text (self->chart_table);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
on_clear_selection (AtlasSkillsPage *self)
{
  atlas_skill_chart_set_selected_skill (self->chart, NULL);
}

static void
on_activate_item (AtlasSkillsPage *self,
                  int              mark)
{
  AtlasChartLayout *layout = atlas_chart_view_get_layout (self->chart_view);
  const char *key;

  if (layout == NULL || mark < 0)
    return;
  key = atlas_chart_layout_get_mark (layout, mark)->key;
  if (key == NULL)
    return;
  /* Clicking the selected skill again clears the selection. */
  atlas_skill_chart_set_selected_skill (self->chart,
                                        g_strcmp0 (key, atlas_skill_chart_get_selected_skill (self->chart)) == 0
                                          ? NULL : key);
}

static void
on_chart_changed (AtlasSkillsPage *self)
{
  update_chart_controls (self);
  if (gtk_toggle_button_get_active (self->table_toggle))
    update_table (self);
}

/* ------------------------------------------------------------------ skill gap */

/* Removes the gap's rows from whichever group holds each. */
static void
clear_gap_rows (AtlasSkillsPage *self)
{
  for (guint i = 0; i < self->gap_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->gap_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->gap_rows, 0);
  g_string_truncate (self->gap_text, 0);
  g_string_truncate (self->met_text, 0);
}

/* "- Title: subtitle", a line of the copied skill gap. */
static void
append_gap_line (GString    *text,
                 const char *title,
                 const char *subtitle)
{
  g_string_append_printf (text, "- %s%s%s\n", title, subtitle != NULL ? ": " : "", subtitle != NULL ? subtitle : "");
}

/* A row of the skill gap: its title, its details below, the button naming its source
 * beside (an AtlasPlainRow: as AdwActionRows, twenty took 30 ms to lay out the first time,
 * a frame held when the gap changed). The details are kept on the row for
 * atlas_skills_page_describe_gap(). */
static GtkWidget *
make_gap_row (const char  *title,
              const char  *subtitle,
              AtlasSource *source)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *row;

  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_attach (GTK_GRID (grid), atlas_wrap_label_new_filling (title, 12, 80, NULL, TRUE), 0, 0, 1, 1);
  if (subtitle != NULL)
    gtk_grid_attach (GTK_GRID (grid), atlas_wrap_label_new_filling (subtitle, 12, 80, "dim-label", TRUE),
                     0, 1, 1, 1);
  if (source != NULL)
    {
      GtkWidget *button = atlas_source_button_new (source, NULL);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_grid_attach (GTK_GRID (grid), button, 1, 0, 1, subtitle != NULL ? 2 : 1);
    }
  gtk_widget_set_valign (grid, GTK_ALIGN_CENTER);
  row = atlas_plain_row_new (title, grid);
  g_object_set_data_full (G_OBJECT (row), "atlas-gap-subtitle", g_strdup (subtitle), g_free);
  if (subtitle != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  return row;
}

static void
add_row (AtlasSkillsPage     *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         AtlasSource         *source)
{
  GtkWidget *row = make_gap_row (title, subtitle, source);

  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->gap_rows, row);
  append_gap_line (self->gap_text, title, subtitle);
}

static char *
describe_item (AtlasSkillGap *gap,
               guint          index)
{
  AtlasProficiency have = atlas_skill_gap_get_have (gap, index);
  AtlasProficiency need = atlas_skill_gap_get_need (gap, index);
  int rise = atlas_skill_gap_get_rise (gap, index);

  switch (atlas_skill_gap_get_kind (gap, index))
    {
    case ATLAS_GAP_RISE:
      return g_strdup_printf (ngettext ("Now %s, needed %s: up %d level", "Now %s, needed %s: up %d levels", rise),
                              atlas_proficiency_get_label (have), atlas_proficiency_get_label (need), rise);
    case ATLAS_GAP_NEW:
      if (need == ATLAS_PROFICIENCY_UNSTATED)
        return g_strdup (_("New skill; the sources state no level"));
      return g_strdup_printf (_("New skill, needed at %s"), atlas_proficiency_get_label (need));
    case ATLAS_GAP_UNKNOWN:
      if (atlas_skill_gap_get_from_id (gap) == NULL)
        return g_strdup (_("You have it; levels not compared"));
      return g_strdup (_("Both roles list it; the sources do not state both levels"));
    case ATLAS_GAP_MET:
    default:
      return g_strdup_printf (_("Already %s, needed %s"), atlas_proficiency_get_label (have),
                              atlas_proficiency_get_label (need));
    }
}

static void
add_time_rows (AtlasSkillsPage *self,
               const char      *from_id,
               const char      *to_id)
{
  g_autoptr(GPtrArray) transitions = from_id != NULL ? atlas_query_transitions (self->dataset, from_id, to_id)
                                                     : g_ptr_array_new ();
  double hours = gtk_spin_button_get_value (self->hours_spin);
  guint n_timed = 0;

  for (guint i = 0; i < transitions->len; i++)
    {
      AtlasTransition *transition = g_ptr_array_index (transitions, i);
      AtlasSource *source = atlas_dataset_lookup_source (self->dataset, atlas_transition_get_source_id (transition));
      int min = atlas_transition_get_min_months (transition), max = atlas_transition_get_max_months (transition);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (min <= 0)
        {
          title = g_strdup (atlas_transition_get_note (transition) != NULL ? atlas_transition_get_note (transition)
                                                                           : _("A move the sources describe"));
          subtitle = g_strdup_printf (_("%s gives no time for it"), atlas_format_source_short (source));
        }
      else
        {
          double scaled_min, scaled_max;

          n_timed++;
          atlas_scale_months_to_hours (min, max, hours, &scaled_min, &scaled_max);
          title = g_strdup_printf (_("%d to %d months, as %s gives it"), min, max, atlas_format_source_short (source));
          subtitle = g_strdup_printf (_("At %.0f hours a week: about %.1f to %.1f months (derived: the source’s months "
                                        "taken as full-time work of %.0f hours a week). %s"),
                                      hours, scaled_min, scaled_max, ATLAS_FULL_TIME_HOURS,
                                      atlas_transition_get_note (transition) != NULL ? atlas_transition_get_note (transition) : "");
        }
      add_row (self, self->time_group, title, subtitle, source);
    }
  if (n_timed == 0 && transitions->len == 0)
    add_row (self, self->time_group,
             from_id != NULL ? _("No source gives a time for this move.")
                             : _("Transition times are given from one role to another; choose a role to start from."),
             NULL, NULL);
}

static const char *
chosen_id (GPtrArray *ids,
           guint      position)
{
  return position < ids->len ? g_ptr_array_index (ids, position) : NULL;
}

/* The documents that give the two roles' skill levels, which the gap compares: the copied
 * text names them, as the app does every figure's source. */
static void
append_gap_sources (AtlasSkillsPage *self,
                    const char      *from_id,
                    const char      *to_id)
{
  const char *role_ids[] = { from_id, to_id };
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint r = 0; r < G_N_ELEMENTS (role_ids); r++)
    {
      g_autoptr(GPtrArray) role_skills = role_ids[r] != NULL ? atlas_query_role_skills (self->dataset, role_ids[r]) : NULL;

      for (guint i = 0; role_skills != NULL && i < role_skills->len; i++)
        {
          const char *id = atlas_role_skill_get_source_id (g_ptr_array_index (role_skills, i));
          AtlasSource *source = atlas_dataset_lookup_source (self->dataset, id);
          g_autofree char *date = NULL;

          if (g_ptr_array_find_with_equal_func (seen, id, g_str_equal, NULL))
            continue;
          date = atlas_format_source_date (source);
          if (seen->len == 0)
            g_string_append_printf (self->gap_text, "\n%s", _("Skill levels from: "));
          else
            g_string_append (self->gap_text, " · ");
          g_string_append_printf (self->gap_text, "%s, %s", atlas_format_source_short (source), date);
          g_ptr_array_add (seen, (char *) id);
        }
    }
  if (seen->len > 0)
    g_string_append_c (self->gap_text, '\n');
}

static void
update_gap (AtlasSkillsPage *self)
{
  g_autoptr(AtlasSkillGap) gap = NULL;
  g_auto(GStrv) my_skills = NULL;
  const char *from_id, *to_id;
  guint from_position, to_position;
  GtkWidget *met_expander = NULL;

  self->gap_stale = FALSE;
  if (self->dataset == NULL || self->filling)
    return;
  clear_gap_rows (self);

  from_position = adw_combo_row_get_selected (self->from_row);
  to_position = adw_combo_row_get_selected (self->to_row);
  if (to_position >= self->to_ids->len || from_position >= self->from_ids->len)
    return;
  from_id = chosen_id (self->from_ids, from_position);
  to_id = chosen_id (self->to_ids, to_position);
  gtk_widget_set_visible (GTK_WIDGET (self->my_skills_row), from_id == NULL);

  if (from_id != NULL)
    gap = atlas_skill_gap_new (self->dataset, from_id, to_id, NULL);
  else
    {
      my_skills = g_settings_get_strv (self->settings, "my-skills");
      gap = atlas_skill_gap_new_from_skills (self->dataset, (const char * const *) my_skills, to_id, NULL);
    }
  if (gap == NULL)
    return;

  {
    guint n = atlas_skill_gap_get_n_to_learn (gap);
    g_autofree char *description = g_strdup_printf (ngettext ("%u skill to learn or deepen for %s, the largest rise first.",
                                                              "%u skills to learn or deepen for %s, the largest rise first.", n),
                                                    n, role_name (self, to_id));
    g_autofree char *heading = from_id != NULL
                                 ? g_strdup_printf (_("What to learn to move from %s to %s"), role_name (self, from_id),
                                                    role_name (self, to_id))
                                 : g_strdup_printf (_("What to learn for %s, from the skills you ticked"),
                                                    role_name (self, to_id));

    adw_preferences_group_set_description (self->gap_group, description);
    g_string_append_printf (self->gap_text, "%s\n%s\n\n", heading, description);
  }

  for (guint i = 0; i < atlas_skill_gap_get_n_items (gap); i++)
    {
      AtlasSkill *skill = atlas_dataset_lookup_skill (self->dataset, atlas_skill_gap_get_skill_id (gap, i));
      g_autofree char *subtitle = describe_item (gap, i);

      if (atlas_skill_gap_get_kind (gap, i) == ATLAS_GAP_MET)
        {
          GtkWidget *row;

          if (met_expander == NULL)
            {
              met_expander = adw_expander_row_new ();
              adw_preferences_row_set_title (ADW_PREFERENCES_ROW (met_expander), _("Already at the level needed"));
              adw_preferences_group_add (self->gap_group, met_expander);
              g_ptr_array_add (self->gap_rows, met_expander);
            }
          row = make_gap_row (atlas_skill_get_name (skill), subtitle, NULL);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (met_expander), row);
          append_gap_line (self->met_text, atlas_skill_get_name (skill), subtitle);
          continue;
        }
      add_row (self, self->gap_group, atlas_skill_get_name (skill), subtitle, NULL);
    }
  if (self->met_text->len > 0)
    g_string_append_printf (self->gap_text, "\n%s:\n%s", _("Already at the level needed"), self->met_text->str);

  g_string_append_printf (self->gap_text, "\n%s:\n", _("How long it takes"));
  add_time_rows (self, from_id, to_id);
  append_gap_sources (self, from_id, to_id);
}

char *
atlas_skills_page_describe_gap (AtlasSkillsPage *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (ATLAS_IS_SKILLS_PAGE (self), NULL);

  flush_pending_reload (self);
  update_stale_gap (self);

  for (guint i = 0; i < self->gap_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->gap_rows, i);
      const char *subtitle;

      if (ADW_IS_EXPANDER_ROW (row))
        continue;
      subtitle = g_object_get_data (G_OBJECT (row), "atlas-gap-subtitle");
      g_string_append_printf (text, "%s | %s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              subtitle != NULL ? subtitle : "");
    }
  return g_string_free (text, FALSE);
}

char *
atlas_skills_page_gap_to_text (AtlasSkillsPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILLS_PAGE (self), NULL);

  flush_pending_reload (self);
  update_stale_gap (self);
  return g_strdup (self->gap_text->str);
}

static void
on_copy_gap_clicked (AtlasSkillsPage *self)
{
  g_autofree char *text = atlas_skills_page_gap_to_text (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
on_my_skill_toggled (GtkCheckButton  *check,
                     AtlasSkillsPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) skills = NULL;

  if (self->filling)
    return;
  for (guint i = 0; i < self->my_skill_rows->len; i++)
    {
      GtkCheckButton *other = g_ptr_array_index (self->my_skill_rows, i);
      if (gtk_check_button_get_active (other))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (other), "atlas-skill-id"));
    }
  skills = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "my-skills", (const char * const *) skills);
  update_gap (self);
}

static void
remove_my_skills (AtlasSkillsPage *self)
{
  /* Expander rows keep their rows in an internal list box; remove what we added. */
  for (guint i = 0; i < self->my_skill_rows->len; i++)
    {
      GtkWidget *row = gtk_widget_get_ancestor (g_ptr_array_index (self->my_skill_rows, i), ADW_TYPE_ACTION_ROW);

      if (row != NULL)
        adw_expander_row_remove (self->my_skills_row, row);
    }
  g_ptr_array_set_size (self->my_skill_rows, 0);
}

static void
fill_my_skills (AtlasSkillsPage *self)
{
  GListModel *skills = atlas_dataset_get_skills (self->dataset);
  g_auto(GStrv) mine = g_settings_get_strv (self->settings, "my-skills");

  remove_my_skills (self);
  self->my_skills_stale = FALSE;
  self->filling = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
    {
      g_autoptr(AtlasSkill) skill = g_list_model_get_item (skills, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), atlas_skill_get_name (skill));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, atlas_skill_get_name (skill), -1);
      g_object_set_data_full (G_OBJECT (check), "atlas-skill-id", g_strdup (atlas_skill_get_id (skill)), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_strv_contains ((const char * const *) mine, atlas_skill_get_id (skill)));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_my_skill_toggled), self, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (self->my_skills_row, row);
      g_ptr_array_add (self->my_skill_rows, check);
    }
  self->filling = FALSE;
}

static void
on_my_skills_expanded (AtlasSkillsPage *self)
{
  if (adw_expander_row_get_expanded (self->my_skills_row) && self->my_skills_stale && self->dataset != NULL)
    fill_my_skills (self);
}

/* Roles with skills in the data, compared roles first: the gap choosers. */
static void
fill_gap_choosers (AtlasSkillsPage *self)
{
  const char * const *selected = atlas_selection_get_role_ids (self->selection);
  GListModel *roles = atlas_dataset_get_roles (self->dataset);
  g_autoptr(GtkStringList) from_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) to_names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();

  for (guint i = 0; selected[i] != NULL; i++)
    g_ptr_array_add (ordered, (char *) selected[i]);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(AtlasRole) role = g_list_model_get_item (roles, i);
      g_auto(GStrv) skills = atlas_query_skill_ids_of_role (self->dataset, atlas_role_get_id (role));
      const char *id = atlas_role_get_id (atlas_dataset_lookup_role (self->dataset, atlas_role_get_id (role)));

      if (skills[0] != NULL && !g_strv_contains (selected, id))
        g_ptr_array_add (ordered, (char *) id);
    }

  g_ptr_array_set_size (self->from_ids, 0);
  g_ptr_array_set_size (self->to_ids, 0);
  g_ptr_array_add (self->from_ids, NULL);
  gtk_string_list_append (from_names, _("My current skills"));
  for (guint i = 0; i < ordered->len; i++)
    {
      g_ptr_array_add (self->from_ids, g_ptr_array_index (ordered, i));
      g_ptr_array_add (self->to_ids, g_ptr_array_index (ordered, i));
      gtk_string_list_append (from_names, role_name (self, g_ptr_array_index (ordered, i)));
      gtk_string_list_append (to_names, role_name (self, g_ptr_array_index (ordered, i)));
    }

  self->filling = TRUE;
  adw_combo_row_set_model (self->from_row, G_LIST_MODEL (from_names));
  adw_combo_row_set_model (self->to_row, G_LIST_MODEL (to_names));
  /* From the first compared role to the second. */
  adw_combo_row_set_selected (self->from_row, 1);
  adw_combo_row_set_selected (self->to_row, MIN (1, self->to_ids->len - 1));
  self->filling = FALSE;
}

void
atlas_skills_page_set_gap (AtlasSkillsPage *self,
                           const char      *from_role_id,
                           const char      *to_role_id)
{
  g_return_if_fail (ATLAS_IS_SKILLS_PAGE (self));

  flush_pending_reload (self);

  self->filling = TRUE;
  for (guint i = 0; i < self->from_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->from_ids, i), from_role_id) == 0)
      adw_combo_row_set_selected (self->from_row, i);
  for (guint i = 0; i < self->to_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->to_ids, i), to_role_id) == 0)
      adw_combo_row_set_selected (self->to_row, i);
  self->filling = FALSE;
  update_gap (self);
}

/* ------------------------------------------------------------------ life cycle */

static gboolean
update_stale_gap (gpointer user_data)
{
  AtlasSkillsPage *self = user_data;

  if (self->gap_stale)
    update_gap (self);
  return G_SOURCE_REMOVE;
}

static void
reload_now (AtlasSkillsPage *self)
{
  const char * const *role_ids;

  self->reload_pending = FALSE;
  if (self->dataset == NULL || self->selection == NULL)
    return;
  if (!atlas_selection_fits_dataset (self->selection, self->dataset))
    return;
  role_ids = atlas_selection_get_role_ids (self->selection);

  atlas_skill_chart_set_dataset (self->chart, self->dataset, role_ids);
  fill_gap_choosers (self);
  self->gap_stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    atlas_after_frame_schedule (&self->gap_after_frame, GTK_WIDGET (self), update_stale_gap, self);
  else
    update_gap (self);
}

/* Out of view, the work waits until the page is shown (or asked for its chart). */
static void
reload (AtlasSkillsPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload_now (self);
  else
    self->reload_pending = TRUE;
}

static void
flush_pending_reload (AtlasSkillsPage *self)
{
  if (self->reload_pending)
    reload_now (self);
}

static void
atlas_skills_page_map (GtkWidget *widget)
{
  AtlasSkillsPage *self = ATLAS_SKILLS_PAGE (widget);

  GTK_WIDGET_CLASS (atlas_skills_page_parent_class)->map (widget);
  flush_pending_reload (self);
  if (self->gap_stale)
    atlas_after_frame_schedule (&self->gap_after_frame, widget, update_stale_gap, self);
}

static void
atlas_skills_page_unmap (GtkWidget *widget)
{
  AtlasSkillsPage *self = ATLAS_SKILLS_PAGE (widget);

  atlas_after_frame_cancel (&self->gap_after_frame);
  GTK_WIDGET_CLASS (atlas_skills_page_parent_class)->unmap (widget);
}

static void
atlas_skills_page_dispose (GObject *object)
{
  AtlasSkillsPage *self = (AtlasSkillsPage *) object;

  atlas_after_frame_cancel (&self->gap_after_frame);
  if (self->chart != NULL)
    g_signal_handlers_disconnect_by_data (self->chart, self);
  g_clear_object (&self->chart);
  g_clear_object (&self->dataset);
  g_clear_object (&self->selection);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->from_ids, g_ptr_array_unref);
  g_clear_pointer (&self->to_ids, g_ptr_array_unref);
  g_clear_pointer (&self->gap_rows, g_ptr_array_unref);
  if (self->gap_text != NULL)
    g_string_free (g_steal_pointer (&self->gap_text), TRUE);
  if (self->met_text != NULL)
    g_string_free (g_steal_pointer (&self->met_text), TRUE);
  g_clear_pointer (&self->my_skill_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_SKILLS_PAGE);

  G_OBJECT_CLASS (atlas_skills_page_parent_class)->dispose (object);
}

static void
atlas_skills_page_class_init (AtlasSkillsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_skills_page_dispose;
  widget_class->map = atlas_skills_page_map;
  widget_class->unmap = atlas_skills_page_unmap;

  g_type_ensure (ATLAS_TYPE_CHART_VIEW);
  g_type_ensure (ATLAS_TYPE_CHART_TABLE);
  g_type_ensure (ATLAS_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/atlas-skills-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, overlap_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, matrix_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, top_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, table_toggle);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, copy_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, selected_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, clear_selection_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, chart_table);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, from_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, to_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, gap_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, time_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasSkillsPage, my_skills_row);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_table_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_copy_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_copy_gap_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_selection);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_item);
  gtk_widget_class_bind_template_callback (widget_class, update_gap);
}

static void
atlas_skills_page_init (AtlasSkillsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->chart_table, "map", G_CALLBACK (update_stale_table), self);
  gtk_widget_set_size_request (GTK_WIDGET (self->chart_view), -1, CHART_HEIGHT);
  gtk_widget_set_size_request (GTK_WIDGET (self->chart_table), -1, CHART_HEIGHT);

  self->from_ids = g_ptr_array_new ();
  self->to_ids = g_ptr_array_new ();
  self->gap_rows = g_ptr_array_new ();
  self->gap_text = g_string_new (NULL);
  self->met_text = g_string_new (NULL);
  self->my_skill_rows = g_ptr_array_new ();
  g_signal_connect_swapped (self->my_skills_row, "notify::expanded", G_CALLBACK (on_my_skills_expanded), self);
  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "study-hours", self->hours_spin, "value", G_SETTINGS_BIND_DEFAULT);

  self->chart = g_object_new (ATLAS_TYPE_SKILL_CHART, NULL);
  g_signal_connect_object (self->chart, "changed", G_CALLBACK (on_chart_changed), self, G_CONNECT_SWAPPED);
  atlas_chart_view_set_chart (self->chart_view, ATLAS_CHART (self->chart));
  update_chart_controls (self);
}

void
atlas_skills_page_set_dataset (AtlasSkillsPage *self,
                               AtlasDataset    *dataset)
{
  g_return_if_fail (ATLAS_IS_SKILLS_PAGE (self));
  g_return_if_fail (ATLAS_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;
  remove_my_skills (self);
  self->my_skills_stale = TRUE;
  on_my_skills_expanded (self);
  reload (self);
}

void
atlas_skills_page_set_selection (AtlasSkillsPage *self,
                                 AtlasSelection  *selection)
{
  g_return_if_fail (ATLAS_IS_SKILLS_PAGE (self));
  g_return_if_fail (ATLAS_IS_SELECTION (selection));

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  g_signal_connect_object (selection, "notify::role-ids", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
}

AtlasSkillChart *
atlas_skills_page_get_chart (AtlasSkillsPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILLS_PAGE (self), NULL);

  flush_pending_reload (self);

  return self->chart;
}

void
atlas_skills_page_set_mode (AtlasSkillsPage    *self,
                            AtlasSkillChartMode mode)
{
  g_return_if_fail (ATLAS_IS_SKILLS_PAGE (self));

  gtk_toggle_button_set_active (mode == ATLAS_SKILL_CHART_OVERLAP ? self->overlap_button
                                : mode == ATLAS_SKILL_CHART_MATRIX ? self->matrix_button
                                                                   : self->top_button, TRUE);
}

/* The chart's floor grows with its type: enlarged labels in a diagram of the same size
 * would crowd it, as presenter mode's did. It stays within four fifths of the screen the
 * window is on, so that the toolbar above and the sources under it stay in view. */
static int
chart_height_for (AtlasSkillsPage *self,
                  double           font_scale)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  GdkMonitor *monitor = NULL;
  double height = CHART_HEIGHT * font_scale;

  if (surface != NULL)
    monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)), surface);
  if (monitor != NULL)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      height = MIN (height, 0.8 * geometry.height);
    }
  return (int) ceil (MAX (height, CHART_HEIGHT));
}

void
atlas_skills_page_set_font_scale (AtlasSkillsPage *self,
                                  double           font_scale)
{
  int height;

  g_return_if_fail (ATLAS_IS_SKILLS_PAGE (self));

  atlas_chart_view_set_font_scale (self->chart_view, font_scale);
  height = chart_height_for (self, font_scale);
  gtk_widget_set_size_request (GTK_WIDGET (self->chart_view), -1, height);
  gtk_widget_set_size_request (GTK_WIDGET (self->chart_table), -1, height);
}

GtkWidget *
atlas_skills_page_get_view (AtlasSkillsPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SKILLS_PAGE (self), NULL);

  return GTK_WIDGET (self->chart_view);
}
