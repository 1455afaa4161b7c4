/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The floor for make bench: a minimal libadwaita window (an AdwViewStack of 4 pages with a
 * switcher in the header bar, one page a cairo bar chart), a copy of the workplace's
 * reference window with one addition: like Role Atlas under ROLE_ATLAS_REPORT_FIRST_FRAME=1,
 * it prints when its first frame is painted, with its peak memory, and quits. */
#include <adwaita.h>
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

static void
report_first_frame (GdkFrameClock *clock,
                    GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, report_first_frame, window);
  g_print ("first-frame-us %" G_GINT64_FORMAT " peak-rss-kib %ld\n", g_get_monotonic_time (),
           peak_resident_kib ());
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
on_map (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (report_first_frame), window);
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
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
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
