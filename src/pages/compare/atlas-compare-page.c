/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-compare"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-after-frame.h"
#include "atlas-compare-page.h"
#include "atlas-hiring-advisor.h"
#include "atlas-queries.h"
#include "atlas-scroll-content.h"
#include "atlas-format.h"
#include "atlas-source-button.h"
#include "atlas-wrap-label.h"

/* The Compare tab: the chosen roles side by side (a table when the window is wide, one
 * card per dimension when it is narrow), then each role's details in folding lists, then
 * the hiring advisor. Everything is rebuilt from the dataset when the data or the
 * selection changes; every entry carries a button that reveals its source. */
struct _AtlasComparePage
{
  AdwBin parent_instance;

  AtlasDataset *dataset;
  AtlasSelection *selection;
  AtlasComparison *comparison;

  GtkWidget *copy_button;
  /* Given to the copy button when it first opens: a menu's popover is built with its model. */
  GMenuModel *copy_menu;
  AdwSqueezer *squeezer;
  GtkGrid *table_grid;
  GtkBox *cards_box;
  /* The cards are only built while the window is too narrow for the table. */
  gboolean cards_stale;
  guint cards_idle;
  GtkBox *details_box;
  /* The advisor is made with the rest of what is below the fold. */
  AdwBin *advisor_slot;
  AtlasHiringAdvisor *advisor;

  /* Role Details and the hiring advisor sit below the fold: they are built after the
   * frame that shows the table, so a new window or a new choice of roles shows at once,
   * and a piece a frame (each role's details, then the advisor), as laying them all out
   * in one frame held the window for 40–60 ms. details_roles are the roles of the table
   * shown, details_built how many of them have their details. */
  AtlasAfterFrame below_fold;
  gboolean below_fold_stale;
  GStrv details_roles;
  guint details_built;
  gboolean advisor_stale;
  /* Roles or data changed while out of view: rebuilt when next shown. */
  gboolean rebuild_pending;
  /* The replaced table's widgets, let go after the frame that shows the new table:
   * disposing of a few hundred widgets was a tenth of the time new roles took to show. */
  GPtrArray *retired;
  AtlasAfterFrame release_retired;
};

G_DEFINE_FINAL_TYPE (AtlasComparePage, atlas_compare_page, ADW_TYPE_BIN)

static void rebuild_now (AtlasComparePage *self);

typedef struct
{
  const char *topic;
  const char *title;
} DetailTopic;

static const DetailTopic detail_topics[] = {
  { "responsibility", N_("Core responsibilities") },
  { "day-in-the-life", N_("A day in the life") },
  { "hire-when", N_("When to hire") },
  { "certification", N_("Certifications") },
  { "interview-topic", N_("Interview topics") },
  { "career", N_("Career path") },
};

static void
remove_all_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    gtk_widget_unparent (child);
}

/* The table's texts wrap within 12 to 40 characters; see AtlasWrapLabelLayout for why
 * their labels have a layout manager of their own. */
static GtkWidget *
make_text_label (const char *text,
                 const char *css_class)
{
  return atlas_wrap_label_new_filling (text, 12, 40, css_class, TRUE);
}

static GtkWidget *
make_no_data_label (void)
{
  return make_text_label (_("Not covered by the sources"), "dim-label");
}

/* One role's entry in a card: each text with its source button, or a plain "not covered".
 * A grid rather than a box of boxes: GTK 4.8's horizontal box finds its height for a width
 * by trying heights until its children's widths fit, measuring the text again at each
 * try, where a grid gives the text column its width and asks for the height once. */
static GtkWidget *
build_cell (AtlasComparePage *self,
            guint             row,
            guint             column)
{
  GtkWidget *cell = gtk_grid_new ();
  guint n = atlas_comparison_get_n_entries (self->comparison, row, column);

  gtk_grid_set_row_spacing (GTK_GRID (cell), 6);
  gtk_grid_set_column_spacing (GTK_GRID (cell), 2);
  gtk_widget_set_hexpand (cell, TRUE);
  if (n == 0)
    gtk_grid_attach (GTK_GRID (cell), make_no_data_label (), 0, 0, 1, 1);

  for (guint i = 0; i < n; i++)
    {
      const char *source_id = atlas_comparison_get_entry_source_id (self->comparison, row, column, i);
      AtlasSource *source = atlas_dataset_lookup_source (self->dataset, source_id);

      gtk_grid_attach (GTK_GRID (cell),
                       make_text_label (atlas_comparison_get_entry_text (self->comparison, row, column, i),
                                        NULL),
                       0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (cell), atlas_source_button_new (source, NULL), 1, i, 1, 1);
    }
  return cell;
}

static const char *
role_name (AtlasComparePage *self,
           guint             column)
{
  const char *id = atlas_comparison_get_role_id (self->comparison, column);

  return atlas_dataset_get_role_name (self->dataset, id);
}

static gboolean
release_retired (gpointer user_data)
{
  AtlasComparePage *self = user_data;

  if (self->retired != NULL)
    g_ptr_array_set_size (self->retired, 0);
  return G_SOURCE_REMOVE;
}

static void
retire_table (AtlasComparePage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table_grid))) != NULL)
    {
      g_ptr_array_add (self->retired, g_object_ref (child));
      gtk_widget_unparent (child);
    }
  /* A page out of view has no frame to wait for. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    atlas_after_frame_schedule (&self->release_retired, GTK_WIDGET (self), release_retired, self);
  else
    release_retired (self);
}

/* The table is one grid, every text and button a child of it. A grid per cell added
 * twenty widgets to lay out and draw, and as GTK 4.8 reuses a computed style only between
 * siblings, every text and button in a cell of its own had its style worked out afresh.
 * Each role has a column of texts and a narrow one of source buttons beside it; a
 * dimension with several entries in a role takes as many grid rows, its heading spanning
 * them. The gaps between dimensions and between roles are margins on a dimension's first
 * row and on the texts; the grid's own spacing is the one within a cell.
 *
 * Children go in row-major order so that a screen reader reads the table row by row, and
 * a role's entries in a dimension one after another. */
#define TABLE_COLUMN_GAP 24
#define TABLE_ROW_GAP 14
#define CELL_ROW_GAP 6
#define CELL_BUTTON_GAP 2

static guint
dimension_height (AtlasComparePage *self,
                  guint             row)
{
  guint height = 1;

  for (guint column = 0; column < atlas_comparison_get_n_roles (self->comparison); column++)
    height = MAX (height, atlas_comparison_get_n_entries (self->comparison, row, column));
  return height;
}

static void
attach_entry (AtlasComparePage *self,
              GtkWidget        *text,
              GtkWidget        *button,
              guint             column,
              int               grid_row,
              gboolean          first_of_dimension)
{
  int text_column = 1 + 2 * (int) column;

  gtk_widget_set_margin_start (text, TABLE_COLUMN_GAP);
  if (first_of_dimension)
    gtk_widget_set_margin_top (text, TABLE_ROW_GAP - CELL_ROW_GAP);
  gtk_grid_attach (self->table_grid, text, text_column, grid_row, button != NULL ? 1 : 2, 1);
  if (button == NULL)
    return;
  gtk_widget_set_margin_start (button, CELL_BUTTON_GAP);
  if (first_of_dimension)
    gtk_widget_set_margin_top (button, TABLE_ROW_GAP - CELL_ROW_GAP);
  gtk_grid_attach (self->table_grid, button, text_column + 1, grid_row, 1, 1);
}

static void
attach_dimension (AtlasComparePage *self,
                  guint             row,
                  int               grid_row)
{
  guint height = dimension_height (self, row);
  GtkWidget *heading = atlas_wrap_label_new (atlas_comparison_get_row_label (self->comparison, row), 10, 16);

  gtk_label_set_yalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, TABLE_ROW_GAP - CELL_ROW_GAP);
  gtk_grid_attach (self->table_grid, heading, 0, grid_row, 1, (int) height);

  for (guint column = 0; column < atlas_comparison_get_n_roles (self->comparison); column++)
    {
      guint n = atlas_comparison_get_n_entries (self->comparison, row, column);

      if (n == 0)
        attach_entry (self, make_no_data_label (), NULL, column, grid_row, TRUE);
      for (guint i = 0; i < n; i++)
        {
          const char *source_id = atlas_comparison_get_entry_source_id (self->comparison, row, column, i);
          AtlasSource *source = atlas_dataset_lookup_source (self->dataset, source_id);
          const char *text = atlas_comparison_get_entry_text (self->comparison, row, column, i);

          attach_entry (self, make_text_label (text, NULL), atlas_source_button_new (source, NULL), column,
                        grid_row + (int) i, i == 0);
        }
    }
}

static void
build_table (AtlasComparePage *self)
{
  guint n_roles = atlas_comparison_get_n_roles (self->comparison);
  int grid_row = 1;

  retire_table (self);

  for (guint column = 0; column < n_roles; column++)
    {
      GtkWidget *header = make_text_label (role_name (self, column), "title-4");

      /* A name that wraps makes the header row taller: the others sit on the same line
       * as its last, just above their column, rather than centred beside it. */
      gtk_label_set_yalign (GTK_LABEL (header), 1);
      gtk_widget_set_margin_start (header, TABLE_COLUMN_GAP);
      gtk_grid_attach (self->table_grid, header, 1 + 2 * (int) column, 0, 2, 1);
    }

  for (guint row = 0; row < atlas_comparison_get_n_rows (self->comparison); row++)
    {
      attach_dimension (self, row, grid_row);
      grid_row += (int) dimension_height (self, row);
    }
}

/* The narrow layout: one card per dimension, the roles one under another. */
static void
build_cards (AtlasComparePage *self)
{
  guint n_roles = atlas_comparison_get_n_roles (self->comparison);

  remove_all_children (GTK_WIDGET (self->cards_box));

  for (guint row = 0; row < atlas_comparison_get_n_rows (self->comparison); row++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *heading = gtk_label_new (atlas_comparison_get_row_label (self->comparison, row));

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "atlas-compare-card");
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_box_append (GTK_BOX (card), heading);

      for (guint column = 0; column < n_roles; column++)
        {
          GtkWidget *name = gtk_label_new (role_name (self, column));

          gtk_label_set_xalign (GTK_LABEL (name), 0);
          gtk_label_set_wrap (GTK_LABEL (name), TRUE);
          gtk_widget_add_css_class (name, "caption-heading");
          gtk_widget_add_css_class (name, "dim-label");
          gtk_box_append (GTK_BOX (card), name);
          gtk_box_append (GTK_BOX (card), build_cell (self, row, column));
        }
      gtk_box_append (self->cards_box, card);
    }
}

static gboolean
cards_in_view (AtlasComparePage *self)
{
  return adw_squeezer_get_visible_child (self->squeezer) == GTK_WIDGET (self->cards_box);
}

static gboolean
build_stale_cards (gpointer user_data)
{
  AtlasComparePage *self = user_data;

  self->cards_idle = 0;
  if (self->cards_stale && self->comparison != NULL)
    {
      build_cards (self);
      self->cards_stale = FALSE;
    }
  return G_SOURCE_REMOVE;
}

/* The squeezer turns to the (empty) cards when the table no longer fits; they are built
 * then, after the frame in which the squeezer found out. */
static void
on_squeezer_child_changed (AtlasComparePage *self)
{
  if (self->cards_stale && self->cards_idle == 0 && cards_in_view (self))
    self->cards_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, build_stale_cards, self, NULL);
}

/* The narrow layout is built when in view; otherwise it is emptied, so that nobody lays
 * out a second copy of every entry for nothing. */
static void
refresh_cards (AtlasComparePage *self)
{
  if (cards_in_view (self))
    {
      build_cards (self);
      self->cards_stale = FALSE;
    }
  else
    {
      remove_all_children (GTK_WIDGET (self->cards_box));
      self->cards_stale = TRUE;
    }
}

static GtkWidget *
make_statement_row (AtlasComparePage *self,
                    const char       *text,
                    const char       *source_id,
                    const char       *cites)
{
  AtlasSource *source = atlas_dataset_lookup_source (self->dataset, source_id);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), atlas_format_source_short (source));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), atlas_source_button_new (source, cites));
  return row;
}

/* "Software Engineer / Data Engineer → MLOps Engineer → …" */
static char *
describe_path (AtlasCareerPath *path)
{
  GListModel *steps = atlas_career_path_get_steps (path);
  GString *text = g_string_new (NULL);
  int position = 0;

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(AtlasPathStep) step = g_list_model_get_item (steps, i);

      if (position == atlas_path_step_get_position (step))
        g_string_append (text, " / ");
      else if (position > 0)
        g_string_append (text, " → ");
      position = atlas_path_step_get_position (step);
      g_string_append (text, atlas_path_step_get_title (step));
    }
  return g_string_free (text, FALSE);
}

/* What one folded list of Role Details shows, kept on its expander until first opened. */
typedef struct
{
  AtlasComparePage *page;
  char *role_id;
  const DetailTopic *topic;
} TopicRows;

static void
topic_rows_free (TopicRows *rows)
{
  g_free (rows->role_id);
  g_free (rows);
}

static GPtrArray *
query_topic_paths (AtlasComparePage  *self,
                   const char        *role_id,
                   const DetailTopic *topic)
{
  if (!g_str_equal (topic->topic, "career"))
    return g_ptr_array_new ();
  return atlas_query_paths_through (self->dataset, role_id);
}

/* The statements are only built into rows when the list is first opened: two roles have
 * some 150 of them, and most people never open most lists, so start-up need not lay
 * them out. */
static void
fill_topic_rows (AdwExpanderRow *expander,
                 GParamSpec     *pspec,
                 TopicRows      *rows)
{
  AtlasComparePage *self = rows->page;
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GPtrArray) paths = NULL;

  if (!adw_expander_row_get_expanded (expander))
    return;
  g_signal_handlers_disconnect_by_func (expander, fill_topic_rows, rows);

  statements = atlas_query_statements (self->dataset, rows->role_id, rows->topic->topic);
  paths = query_topic_paths (self, rows->role_id, rows->topic);
  for (guint i = 0; i < paths->len; i++)
    {
      AtlasCareerPath *path = g_ptr_array_index (paths, i);
      g_autofree char *line = describe_path (path);

      adw_expander_row_add_row (expander,
                                make_statement_row (self, line, atlas_career_path_get_source_id (path), NULL));
    }
  for (guint i = 0; i < statements->len; i++)
    {
      AtlasStatement *statement = g_ptr_array_index (statements, i);

      adw_expander_row_add_row (expander,
                                make_statement_row (self, atlas_statement_get_text (statement),
                                                    atlas_statement_get_source_id (statement),
                                                    atlas_statement_get_cites (statement)));
    }
}

static GtkWidget *
build_topic_row (AtlasComparePage  *self,
                 const char        *role_id,
                 const DetailTopic *topic)
{
  g_autoptr(GPtrArray) statements = atlas_query_statements (self->dataset, role_id, topic->topic);
  g_autoptr(GPtrArray) paths = query_topic_paths (self, role_id, topic);
  guint n_items = statements->len + paths->len;
  GtkWidget *expander;
  TopicRows *rows;
  g_autofree char *subtitle = NULL;

  if (n_items == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(topic->title));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not covered by the sources"));
      return row;
    }

  expander = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _(topic->title));
  subtitle = g_strdup_printf (ngettext ("%u item", "%u items", n_items), n_items);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);

  rows = g_new0 (TopicRows, 1);
  rows->page = self;
  rows->role_id = g_strdup (role_id);
  rows->topic = topic;
  g_object_set_data_full (G_OBJECT (expander), "atlas-topic-rows", rows, (GDestroyNotify) topic_rows_free);
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (fill_topic_rows), rows);
  return expander;
}

static void
append_role_details (AtlasComparePage *self,
                     const char       *role_id)
{
  AtlasRole *role = atlas_dataset_lookup_role (self->dataset, role_id);
  GtkWidget *group;

  /* Data opened since the table was built may lack the role: it gets no details. */
  if (role == NULL)
    return;
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), atlas_role_get_name (role));
  if (atlas_role_get_summary (role) != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (atlas_role_get_summary (role), -1);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), escaped);
      adw_preferences_group_set_header_suffix (
        ADW_PREFERENCES_GROUP (group),
        atlas_source_button_new (atlas_dataset_lookup_source (self->dataset, atlas_role_get_summary_source_id (role)),
                                 NULL));
    }
  for (guint t = 0; t < G_N_ELEMENTS (detail_topics); t++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), build_topic_row (self, role_id, &detail_topics[t]));
  gtk_box_append (self->details_box, group);
}

static gboolean
below_fold_pending (AtlasComparePage *self)
{
  return self->below_fold_stale || self->advisor == NULL || self->advisor_stale ||
         (self->details_roles != NULL && self->details_roles[self->details_built] != NULL);
}

static void schedule_below_fold (AtlasComparePage *self);

/* One piece of what is below the fold, and the next after the next frame. */
static gboolean
build_below_fold (gpointer user_data)
{
  AtlasComparePage *self = user_data;

  if (self->below_fold_stale)
    {
      remove_all_children (GTK_WIDGET (self->details_box));
      self->details_built = 0;
      self->below_fold_stale = FALSE;
    }
  if (self->details_roles != NULL && self->details_roles[self->details_built] != NULL)
    append_role_details (self, self->details_roles[self->details_built++]);
  else if (self->advisor == NULL || self->advisor_stale)
    {
      if (self->advisor == NULL)
        {
          self->advisor = g_object_new (ATLAS_TYPE_HIRING_ADVISOR, NULL);
          adw_bin_set_child (self->advisor_slot, GTK_WIDGET (self->advisor));
        }
      atlas_hiring_advisor_set_dataset (self->advisor, self->dataset);
      self->advisor_stale = FALSE;
    }
  if (below_fold_pending (self))
    schedule_below_fold (self);
  return G_SOURCE_REMOVE;
}

/* A page that is not on screen waits until it is (see map). */
static void
schedule_below_fold (AtlasComparePage *self)
{
  atlas_after_frame_schedule (&self->below_fold, GTK_WIDGET (self), build_below_fold, self);
}

static void
atlas_compare_page_map (GtkWidget *widget)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);

  GTK_WIDGET_CLASS (atlas_compare_page_parent_class)->map (widget);
  if (self->rebuild_pending)
    rebuild_now (self);
  if (self->dataset != NULL && below_fold_pending (self))
    schedule_below_fold (self);
}

static void
atlas_compare_page_unmap (GtkWidget *widget)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);

  atlas_after_frame_cancel (&self->below_fold);
  atlas_after_frame_cancel (&self->release_retired);
  release_retired (self);
  GTK_WIDGET_CLASS (atlas_compare_page_parent_class)->unmap (widget);
}

static void
rebuild_now (AtlasComparePage *self)
{
  const char * const *role_ids;

  self->rebuild_pending = FALSE;
  if (self->dataset == NULL || self->selection == NULL)
    return;
  role_ids = atlas_selection_get_role_ids (self->selection);
  if (g_strv_length ((char **) role_ids) < ATLAS_SELECTION_MIN_ROLES)
    return;
  if (!atlas_selection_fits_dataset (self->selection, self->dataset))
    return;

  g_clear_object (&self->comparison);
  self->comparison = atlas_comparison_new (self->dataset, role_ids);
  build_table (self);
  refresh_cards (self);
  g_strfreev (self->details_roles);
  self->details_roles = g_strdupv ((char **) role_ids);
  self->below_fold_stale = TRUE;
  schedule_below_fold (self);
}

static void
rebuild (AtlasComparePage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild_now (self);
  else
    self->rebuild_pending = TRUE;
}

static void
atlas_compare_page_dispose (GObject *object)
{
  AtlasComparePage *self = (AtlasComparePage *) object;

  g_clear_handle_id (&self->cards_idle, g_source_remove);
  atlas_after_frame_cancel (&self->below_fold);
  atlas_after_frame_cancel (&self->release_retired);
  g_clear_pointer (&self->retired, g_ptr_array_unref);
  g_clear_object (&self->comparison);
  g_clear_object (&self->dataset);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->details_roles, g_strfreev);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_COMPARE_PAGE);

  G_OBJECT_CLASS (atlas_compare_page_parent_class)->dispose (object);
}

static void
atlas_compare_page_class_init (AtlasComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_compare_page_dispose;
  widget_class->map = atlas_compare_page_map;
  widget_class->unmap = atlas_compare_page_unmap;

  g_type_ensure (ATLAS_TYPE_SCROLL_CONTENT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/atlas-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, copy_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, copy_menu);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, squeezer);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, table_grid);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, details_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, advisor_slot);
}

static void
create_copy_menu (GtkMenuButton *button,
                  gpointer       user_data)
{
  AtlasComparePage *self = user_data;

  gtk_menu_button_set_menu_model (button, self->copy_menu);
}

static void
atlas_compare_page_init (AtlasComparePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The template hides it while setting its tooltip (see there). */
  gtk_widget_set_visible (self->copy_button, TRUE);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->copy_button), create_copy_menu, self, NULL);
  self->retired = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect_swapped (self->squeezer, "notify::visible-child", G_CALLBACK (on_squeezer_child_changed), self);
}

void
atlas_compare_page_set_dataset (AtlasComparePage *self,
                                AtlasDataset     *dataset)
{
  g_return_if_fail (ATLAS_IS_COMPARE_PAGE (self));
  g_return_if_fail (ATLAS_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;
  self->advisor_stale = TRUE;
  rebuild (self);
  schedule_below_fold (self);
}

void
atlas_compare_page_set_selection (AtlasComparePage *self,
                                  AtlasSelection   *selection)
{
  g_return_if_fail (ATLAS_IS_COMPARE_PAGE (self));
  g_return_if_fail (ATLAS_IS_SELECTION (selection));

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  g_signal_connect_object (selection, "notify::role-ids", G_CALLBACK (rebuild), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
}

AtlasComparison *
atlas_compare_page_get_comparison (AtlasComparePage *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), NULL);

  if (self->rebuild_pending)
    rebuild_now (self);
  return self->comparison;
}
