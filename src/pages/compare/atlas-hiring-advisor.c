/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-compare"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-format.h"
#include "atlas-hiring-advice.h"
#include "atlas-hiring-advisor.h"
#include "atlas-plain-row.h"
#include "atlas-source-button.h"
#include "atlas-wrap-label.h"

/* "Which role do you need?": the situations the sources give as reasons to hire a role,
 * as check boxes. The role most of the ticked situations point to is recommended, with
 * those situations as its reasons; below, the team the sources suggest for a company stage. */
struct _AtlasHiringAdvisor
{
  AdwBin parent_instance;

  AtlasDataset *dataset;
  GPtrArray *situations;    /* AtlasStatement, borrowed from the dataset */
  GPtrArray *check_buttons; /* parallel to situations */

  AdwPreferencesGroup *situations_group;
  GtkLabel *recommendation_label;
  GtkLabel *reasons_label;
  AdwComboRow *stage_row;
  AdwActionRow *approach_row;
  GtkWidget *approach_source;
  GList *situation_rows;
};

G_DEFINE_FINAL_TYPE (AtlasHiringAdvisor, atlas_hiring_advisor, ADW_TYPE_BIN)

static const char *
role_name (AtlasHiringAdvisor *self,
           const char         *role_id)
{
  return atlas_dataset_get_role_name (self->dataset, role_id);
}

static char *
list_reasons (GPtrArray *reasons)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < reasons->len; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "",
                            atlas_statement_get_text (g_ptr_array_index (reasons, i)));
  return g_string_free (text, FALSE);
}

static void
update_recommendation (AtlasHiringAdvisor *self)
{
  g_autoptr(GPtrArray) ticked = g_ptr_array_new ();
  g_autoptr(AtlasHiringAdvice) advice = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *reasons = NULL;
  guint n_leaders;

  for (guint i = 0; i < self->check_buttons->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->check_buttons, i)))
      g_ptr_array_add (ticked, g_ptr_array_index (self->situations, i));

  advice = atlas_hiring_advice_new (ticked);
  n_leaders = atlas_hiring_advice_get_n_leaders (advice);

  if (n_leaders == 0)
    {
      headline = g_strdup (_("Tick the situations that match your team to get a recommendation."));
      reasons = g_strdup ("");
    }
  else if (n_leaders == 1)
    {
      GPtrArray *leader_reasons = atlas_hiring_advice_get_reasons (advice, 0);

      headline = g_strdup_printf (ngettext ("Recommended: %s. %u of the %u situations you ticked points to this role.",
                                            "Recommended: %s. %u of the %u situations you ticked point to this role.",
                                            leader_reasons->len),
                                  role_name (self, atlas_hiring_advice_get_role_id (advice, 0)),
                                  leader_reasons->len, ticked->len);
      reasons = list_reasons (leader_reasons);
    }
  else
    {
      GString *names = g_string_new (NULL);
      GString *all_reasons = g_string_new (NULL);

      for (guint i = 0; i < n_leaders; i++)
        {
          const char *name = role_name (self, atlas_hiring_advice_get_role_id (advice, i));
          g_autofree char *role_reasons = list_reasons (atlas_hiring_advice_get_reasons (advice, i));

          g_string_append_printf (names, "%s%s", i > 0 ? (i + 1 == n_leaders ? _(" and ") : ", ") : "", name);
          g_string_append_printf (all_reasons, "%s%s\n%s", i > 0 ? "\n\n" : "", name, role_reasons);
        }
      headline = g_strdup_printf (_("A tie: %s each match %u of your situations. Many teams need both; "
                                    "see the team for your company stage below."),
                                  names->str, atlas_hiring_advice_get_reasons (advice, 0)->len);
      g_string_free (names, TRUE);
      reasons = g_string_free (all_reasons, FALSE);
    }

  gtk_label_set_label (self->recommendation_label, headline);
  gtk_label_set_label (self->reasons_label, reasons);
  gtk_widget_set_visible (GTK_WIDGET (self->reasons_label), *reasons != '\0');
}

static void
clear_situations (AtlasHiringAdvisor *self)
{
  for (GList *l = self->situation_rows; l != NULL; l = l->next)
    adw_preferences_group_remove (self->situations_group, l->data);
  g_clear_pointer (&self->situation_rows, g_list_free);
  g_ptr_array_set_size (self->check_buttons, 0);
  g_clear_pointer (&self->situations, g_ptr_array_unref);
}

/* A situation's row: a check box whose label is the situation, with its source below it
 * (an AtlasPlainRow: as AdwActionRows, twenty took 55 ms to build and lay out the first
 * time; these take 16). The whole row toggles the box, as an action row's activatable
 * widget does. */
static void
add_situation_row (AtlasHiringAdvisor *self,
                   AtlasStatement     *situation)
{
  AtlasSource *source = atlas_dataset_lookup_source (self->dataset, atlas_statement_get_source_id (situation));
  const char *source_name = atlas_format_source_short (source);
  GtkWidget *row;
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *texts = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (texts), 2);
  gtk_grid_attach (GTK_GRID (texts),
                   atlas_wrap_label_new_filling (atlas_statement_get_text (situation), 12, 80, NULL, FALSE),
                   0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (texts), atlas_wrap_label_new_filling (source_name, 12, 80, "dim-label", FALSE),
                   0, 1, 1, 1);
  /* The texts are the check box's name and description: read once, not again as labels. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (texts), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  atlas_statement_get_text (situation), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  source_name, -1);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), texts);
  g_signal_connect_object (check, "toggled", G_CALLBACK (update_recommendation), self, G_CONNECT_SWAPPED);

  row = atlas_plain_row_new (atlas_statement_get_text (situation), check);
  /* The check box takes the focus, not the row around it. */
  gtk_widget_set_focusable (row, FALSE);
  adw_preferences_group_add (self->situations_group, row);
  self->situation_rows = g_list_append (self->situation_rows, row);
  g_ptr_array_add (self->check_buttons, check);
}

/* Returns a new reference, or NULL. */
static AtlasTeamStage *
selected_stage (AtlasHiringAdvisor *self)
{
  GListModel *stages = atlas_dataset_get_team_stages (self->dataset);
  guint position = adw_combo_row_get_selected (self->stage_row);

  if (position == GTK_INVALID_LIST_POSITION || position >= g_list_model_get_n_items (stages))
    return NULL;
  return g_list_model_get_item (stages, position);
}

static void
update_stage (AtlasHiringAdvisor *self)
{
  g_autoptr(AtlasTeamStage) stage = selected_stage (self);

  if (self->approach_source != NULL)
    {
      adw_action_row_remove (self->approach_row, self->approach_source);
      self->approach_source = NULL;
    }
  if (stage == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->approach_row),
                                     _("The sources describe no company stages."));
      return;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->approach_row), atlas_team_stage_get_approach (stage));
  self->approach_source = atlas_source_button_new (
    atlas_dataset_lookup_source (self->dataset, atlas_team_stage_get_source_id (stage)), NULL);
  adw_action_row_add_suffix (self->approach_row, self->approach_source);
}

static void
fill_stages (AtlasHiringAdvisor *self)
{
  GListModel *stages = atlas_dataset_get_team_stages (self->dataset);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(AtlasTeamStage) stage = g_list_model_get_item (stages, i);
      g_autofree char *name = NULL;

      if (atlas_team_stage_get_scale (stage) != NULL)
        name = g_strdup_printf ("%s (%s)", atlas_team_stage_get_name (stage), atlas_team_stage_get_scale (stage));
      else
        name = g_strdup (atlas_team_stage_get_name (stage));
      gtk_string_list_append (names, name);
    }
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (names));
  update_stage (self);
}

static void
atlas_hiring_advisor_dispose (GObject *object)
{
  AtlasHiringAdvisor *self = (AtlasHiringAdvisor *) object;

  g_clear_pointer (&self->situation_rows, g_list_free);
  g_clear_pointer (&self->situations, g_ptr_array_unref);
  g_clear_pointer (&self->check_buttons, g_ptr_array_unref);
  g_clear_object (&self->dataset);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_HIRING_ADVISOR);

  G_OBJECT_CLASS (atlas_hiring_advisor_parent_class)->dispose (object);
}

static void
atlas_hiring_advisor_class_init (AtlasHiringAdvisorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_hiring_advisor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/atlas-hiring-advisor.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasHiringAdvisor, situations_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasHiringAdvisor, recommendation_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasHiringAdvisor, reasons_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasHiringAdvisor, stage_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasHiringAdvisor, approach_row);
  gtk_widget_class_bind_template_callback (widget_class, update_stage);
}

static void
atlas_hiring_advisor_init (AtlasHiringAdvisor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->check_buttons = g_ptr_array_new ();
}

void
atlas_hiring_advisor_set_dataset (AtlasHiringAdvisor *self,
                                  AtlasDataset       *dataset)
{
  g_return_if_fail (ATLAS_IS_HIRING_ADVISOR (self));
  g_return_if_fail (ATLAS_IS_DATASET (dataset));

  clear_situations (self);
  g_set_object (&self->dataset, dataset);

  self->situations = atlas_hiring_advice_list_situations (dataset);
  for (guint i = 0; i < self->situations->len; i++)
    add_situation_row (self, g_ptr_array_index (self->situations, i));
  fill_stages (self);
  update_recommendation (self);
}

void
atlas_hiring_advisor_set_ticked (AtlasHiringAdvisor *self,
                                 guint               index,
                                 gboolean            ticked)
{
  g_return_if_fail (ATLAS_IS_HIRING_ADVISOR (self));
  g_return_if_fail (index < self->check_buttons->len);

  gtk_check_button_set_active (g_ptr_array_index (self->check_buttons, index), ticked);
}

const char *
atlas_hiring_advisor_get_recommendation (AtlasHiringAdvisor *self)
{
  g_return_val_if_fail (ATLAS_IS_HIRING_ADVISOR (self), NULL);

  return gtk_label_get_label (self->recommendation_label);
}
