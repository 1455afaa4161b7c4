/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-app"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-deck-dialog.h"

typedef struct
{
  const char *id;
  const char *label;
} DeckView;

static const DeckView views[] = {
  { "compare", N_("Compare: side by side") },
  { "salaries-by-level", N_("Salaries by level") },
  { "salaries-by-country", N_("Salaries by country") },
  { "salaries-grid", N_("Salaries: country × level") },
  { "skills-overlap", N_("Skills: overlap") },
  { "skills-matrix", N_("Skills: proficiency") },
  { "skills-top", N_("Skills: top skills") },
  { "paths", N_("Career paths") },
};

static const char *
label_of (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (g_str_equal (views[i].id, id))
      return _(views[i].label);
  return NULL;
}

static void
move_row (GtkButton *button,
          gpointer   user_data)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (row));
  int direction = GPOINTER_TO_INT (user_data);
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + direction;

  if (index < 0 || gtk_list_box_get_row_at_index (list, index) == NULL)
    return;
  g_object_ref (row);
  gtk_list_box_remove (list, row);
  gtk_list_box_insert (list, row, index);
  g_object_unref (row);
  gtk_widget_grab_focus (GTK_WIDGET (button));
}

static GtkWidget *
make_row (const char *id,
          gboolean    included)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *up = gtk_button_new_from_icon_name ("go-up-symbolic");
  GtkWidget *down = gtk_button_new_from_icon_name ("go-down-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label_of (id));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), included);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *button = i == 0 ? up : down;
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, i == 0 ? _("Earlier in the Deck") : _("Later in the Deck"));
      g_signal_connect (button, "clicked", G_CALLBACK (move_row), GINT_TO_POINTER (i == 0 ? -1 : 1));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  g_object_set_data (G_OBJECT (row), "atlas-view", (gpointer) id);
  g_object_set_data (G_OBJECT (row), "atlas-check", check);
  return row;
}

GStrv
atlas_deck_dialog_get_deck (GtkWidget *dialog)
{
  GtkListBox *list = g_object_get_data (G_OBJECT (dialog), "atlas-list");
  g_autoptr(GStrvBuilder) deck = g_strv_builder_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (gtk_check_button_get_active (g_object_get_data (G_OBJECT (row), "atlas-check")))
      g_strv_builder_add (deck, g_object_get_data (G_OBJECT (row), "atlas-view"));
  return g_strv_builder_end (deck);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             GSettings        *settings)
{
  g_auto(GStrv) deck = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;
  deck = atlas_deck_dialog_get_deck (GTK_WIDGET (dialog));
  g_settings_set_strv (settings, "presenter-deck", (const char * const *) deck);
}

GtkWidget *
atlas_deck_dialog_present (GtkWindow *parent,
                           GSettings *settings)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Presenter Deck"),
                                              _("Tick the views presenter mode shows and put them in order."));
  GtkWidget *list = gtk_list_box_new ();
  g_auto(GStrv) deck = g_settings_get_strv (settings, "presenter-deck");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  /* The deck's views first, in its order; the others after, unticked. */
  for (guint i = 0; deck[i] != NULL; i++)
    if (label_of (deck[i]) != NULL)
      gtk_list_box_append (GTK_LIST_BOX (list), make_row (g_intern_string (deck[i]), TRUE));
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (!g_strv_contains ((const char * const *) deck, views[i].id))
      gtk_list_box_append (GTK_LIST_BOX (list), make_row (views[i].id, FALSE));

  g_object_set_data (G_OBJECT (dialog), "atlas-list", list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response), settings, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
