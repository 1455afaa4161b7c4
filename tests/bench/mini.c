/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The floor for make bench: a minimal libadwaita window (an AdwViewStack of 4 pages with a
 * switcher in the header bar, one page a cairo bar chart), a copy of the workplace's
 * reference window with two additions: like Role Atlas under ROLE_ATLAS_REPORT_FIRST_FRAME=1,
 * it prints when its first frame is painted, with its peak memory, and quits; and with
 * ROLE_ATLAS_BENCH_SWITCH=1 as well, it then switches pages as the app's own benchmark
 * does (src/app/atlas-window-bench.c), printing the same lines, so that the app's switching
 * times have a floor too; ROLE_ATLAS_BENCH_WINDOW_SIZE=WIDTHxHEIGHT then opens it at the
 * app's size, as a repaint's cost grows with the area it covers. */
#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const double values[] = { 3, 7, 4, 9, 6, 2, 8 };

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      double bar_width = (double) width / G_N_ELEMENTS (values);
      double bar_height = values[i] / 10.0 * (height - 20);

      cairo_set_source_rgb (cr, 0.2, 0.35 + 0.08 * i, 0.8);
      cairo_rectangle (cr, i * bar_width + 8, height - 10 - bar_height, bar_width - 16, bar_height);
      cairo_fill (cr);
    }
}

static long
peak_resident_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line != NULL ? strtol (line + strlen ("VmHWM:"), NULL, 10) : -1;
}

/* ------------------------------------------------------------ switching pages */

typedef struct
{
  const char *label;
  const char *page;
} Step;

/* Every page shown for the first time, then the chart shown at start-up, and again. */
static const Step steps[] = {
  { "first", "Data" }, { "first", "Settings" }, { "first", "About" },
  { "again", "Chart" }, { "again", "Data" }, { "again", "Chart" },
};

/* As in the app's benchmark: each change waits until the frame clock has been still for
 * 100 ms, at least 150 ms after the last change was painted. */
#define SETTLE_MS 150
#define STILL_MS 100
#define SETTLE_POLL_MS 20
#define SETTLE_LIMIT_MS 3000

typedef struct
{
  GtkWindow *window;
  AdwViewStack *stack;
  GdkFrameClock *clock;
  guint step;
  gint64 start;
  gint64 step_end;
  gint64 last_frame;
  gboolean in_flight;
} SwitchBench;

static gboolean run_step (gpointer user_data);

static void
note_frame (GdkFrameClock *clock,
            SwitchBench   *bench)
{
  bench->last_frame = g_get_monotonic_time ();
}

static void
on_switch_painted (GdkFrameClock *clock,
                   SwitchBench   *bench)
{
  g_signal_handlers_disconnect_by_func (clock, on_switch_painted, bench);
  g_print ("switch-us tab %s %s %" G_GINT64_FORMAT "\n", steps[bench->step].label, steps[bench->step].page,
           g_get_monotonic_time () - bench->start);
  bench->step++;
  bench->step_end = g_get_monotonic_time ();
  bench->in_flight = FALSE;
}

static gboolean
run_step_when_still (gpointer user_data)
{
  SwitchBench *bench = user_data;
  gint64 now = g_get_monotonic_time ();

  /* One poll runs throughout; it starts a change when the last one has settled. */
  if (bench->in_flight || now - bench->step_end < SETTLE_MS * 1000 ||
      (now - bench->last_frame < STILL_MS * 1000 && now - bench->step_end < SETTLE_LIMIT_MS * 1000))
    return G_SOURCE_CONTINUE;
  return run_step (bench);
}

static gboolean
run_step (gpointer user_data)
{
  SwitchBench *bench = user_data;

  if (bench->step == G_N_ELEMENTS (steps))
    {
      g_signal_handlers_disconnect_by_func (bench->clock, note_frame, bench);
      g_application_quit (G_APPLICATION (gtk_window_get_application (bench->window)));
      return G_SOURCE_REMOVE;
    }
  g_signal_connect (bench->clock, "after-paint", G_CALLBACK (on_switch_painted), bench);
  bench->in_flight = TRUE;
  bench->start = g_get_monotonic_time ();
  adw_view_stack_set_visible_child_name (bench->stack, steps[bench->step].page);
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
  return G_SOURCE_CONTINUE;
}

static gboolean
start_switching (gpointer user_data)
{
  g_timeout_add (SETTLE_POLL_MS, run_step_when_still, user_data);
  return G_SOURCE_REMOVE;
}

static void
start_switch_benchmark (GtkWindow    *window,
                        AdwViewStack *stack,
                        GdkFrameClock *clock)
{
  static SwitchBench bench;

  bench.window = window;
  bench.stack = stack;
  bench.clock = clock;
  g_signal_connect (clock, "after-paint", G_CALLBACK (note_frame), &bench);
  /* A second after the first frame, as in the app. */
  g_timeout_add (1000, start_switching, &bench);
}

static void
report_first_frame (GdkFrameClock *clock,
                    GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, report_first_frame, window);
  g_print ("first-frame-us %" G_GINT64_FORMAT " peak-rss-kib %ld\n", g_get_monotonic_time (),
           peak_resident_kib ());
  if (g_strcmp0 (g_getenv ("ROLE_ATLAS_BENCH_SWITCH"), "1") == 0)
    start_switch_benchmark (window, g_object_get_data (G_OBJECT (window), "stack"), clock);
  else
    g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
on_map (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (report_first_frame), window);
}

/* The window's size: the reference's 800 × 600, or ROLE_ATLAS_BENCH_WINDOW_SIZE's. */
static void
read_window_size (int *width,
                  int *height)
{
  const char *size = g_getenv ("ROLE_ATLAS_BENCH_WINDOW_SIZE");
  int w, h;

  *width = 800;
  *height = 600;
  if (size != NULL && sscanf (size, "%dx%d", &w, &h) == 2 && w > 0 && h > 0)
    {
      *width = w;
      *height = h;
    }
}

static void
activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *switcher = adw_view_switcher_new ();
  GtkWidget *chart = gtk_drawing_area_new ();
  AdwViewStack *stack = ADW_VIEW_STACK (adw_view_stack_new ());
  const char *names[] = { "Chart", "Data", "Settings", "About" };
  const char *icons[] = { "view-grid-symbolic", "view-list-symbolic", "emblem-system-symbolic", "help-about-symbolic" };
  int width, height;

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (chart), draw_chart, NULL, NULL);
  gtk_widget_set_vexpand (chart, TRUE);
  for (int i = 0; i < 4; i++)
    adw_view_stack_page_set_icon_name (adw_view_stack_add_titled (stack, i ? gtk_label_new (names[i]) : chart,
                                                                  names[i], names[i]), icons[i]);
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_SWITCHER_POLICY_WIDE);
  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), stack);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), switcher);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (stack));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Mini Chart");
  read_window_size (&width, &height);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  g_object_set_data (G_OBJECT (window), "stack", stack);
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("org.example.MiniChart", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
