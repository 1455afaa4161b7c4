/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-app"

#include "config.h"

#include "atlas-window-private.h"

/* ROLE_ATLAS_BENCH_SWITCH=1, for make bench: once the window is on screen, switch tabs and
 * compared roles the way a person would, and print how long each change takes to be
 * painted: from the change to the end of the frame that shows it. */

typedef enum
{
  STEP_TAB,
  STEP_ROLES,
} StepKind;

typedef struct
{
  StepKind kind;
  const char *label;
  const char *tab;
  const char * const *roles;
} Step;

static const char * const default_roles[] = { "ml-infrastructure-engineer", "mlops-engineer", NULL };
static const char * const other_roles[] = {
  "ai-infrastructure-engineer", "llm-inference-engineer", "devops-engineer", NULL
};

/* Each tab first as a first visit, then again; then new roles, and back, on every tab. */
static const Step steps[] = {
  { STEP_TAB, "first", "salaries", NULL }, { STEP_TAB, "first", "skills", NULL },
  { STEP_TAB, "first", "paths", NULL }, { STEP_TAB, "again", "compare", NULL },
  { STEP_TAB, "again", "salaries", NULL }, { STEP_TAB, "again", "skills", NULL },
  { STEP_TAB, "again", "paths", NULL }, { STEP_TAB, "again", "compare", NULL },
  { STEP_ROLES, "other", "compare", other_roles }, { STEP_ROLES, "back", "compare", default_roles },
  { STEP_TAB, "again", "salaries", NULL },
  { STEP_ROLES, "other", "salaries", other_roles }, { STEP_ROLES, "back", "salaries", default_roles },
  { STEP_TAB, "again", "skills", NULL },
  { STEP_ROLES, "other", "skills", other_roles }, { STEP_ROLES, "back", "skills", default_roles },
  { STEP_TAB, "again", "paths", NULL },
  { STEP_ROLES, "other", "paths", other_roles }, { STEP_ROLES, "back", "paths", default_roles },
};

/* A person's next click comes after the last one has settled: the work a change leaves for
 * after its frame is done, and the frame clock has stopped. Adwaita animates a clicked
 * button's colours for 200 ms; while such an animation runs, the clock paints at its own
 * 60 Hz cadence and a change waits for its next tick, which would be timed as the change's
 * own cost. */
#define SETTLE_MS 150
#define STILL_MS 100
#define SETTLE_POLL_MS 20
#define SETTLE_LIMIT_MS 3000

typedef struct
{
  AtlasWindow *window;
  GdkFrameClock *clock;
  guint step;
  gint64 start;
  gint64 step_end;
  gint64 last_frame;
} SwitchBench;

static gboolean run_step (gpointer user_data);

static void
note_frame (GdkFrameClock *clock,
            SwitchBench   *bench)
{
  bench->last_frame = g_get_monotonic_time ();
}

/* Polls until the clock has painted nothing for STILL_MS; an animation that never ends
 * cannot hold the benchmark up for longer than SETTLE_LIMIT_MS. */
static gboolean
run_step_when_still (gpointer user_data)
{
  SwitchBench *bench = user_data;
  gint64 now = g_get_monotonic_time ();

  if (now - bench->last_frame < STILL_MS * 1000 && now - bench->step_end < SETTLE_LIMIT_MS * 1000)
    return G_SOURCE_CONTINUE;
  run_step (bench);
  return G_SOURCE_REMOVE;
}

static gboolean
wait_until_still (gpointer user_data)
{
  g_timeout_add (SETTLE_POLL_MS, run_step_when_still, user_data);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint (GdkFrameClock *clock,
                SwitchBench   *bench)
{
  const Step *step = &steps[bench->step];

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, bench);
  g_print ("switch-us %s %s %s %" G_GINT64_FORMAT "\n", step->kind == STEP_TAB ? "tab" : "roles",
           step->label, step->tab, g_get_monotonic_time () - bench->start);
  bench->step++;
  bench->step_end = g_get_monotonic_time ();
  g_timeout_add (SETTLE_MS, wait_until_still, bench);
}

static gboolean
run_step (gpointer user_data)
{
  SwitchBench *bench = user_data;
  const Step *step;

  if (bench->step == G_N_ELEMENTS (steps))
    {
      g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (bench->window))));
      g_signal_handlers_disconnect_by_func (bench->clock, note_frame, bench);
      g_object_unref (bench->clock);
      g_free (bench);
      return G_SOURCE_REMOVE;
    }

  step = &steps[bench->step];
  g_signal_connect (bench->clock, "after-paint", G_CALLBACK (on_after_paint), bench);
  bench->start = g_get_monotonic_time ();
  if (step->kind == STEP_TAB)
    atlas_window_show_tab (bench->window, step->tab);
  else
    atlas_selection_set_role_ids (atlas_window_get_selection (bench->window), step->roles);
  /* A change that needs no new layout still gets the frame it is timed by. */
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
  return G_SOURCE_REMOVE;
}

void
atlas_window_start_switch_benchmark (AtlasWindow *self)
{
  SwitchBench *bench = g_new0 (SwitchBench, 1);

  bench->window = self;
  bench->clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  g_signal_connect (bench->clock, "after-paint", G_CALLBACK (note_frame), bench);
  /* A second, as a person takes before the first click: the other tabs are built by then. */
  g_timeout_add (1000, run_step, bench);
}
