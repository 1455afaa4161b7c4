/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-chart.h"
#include "atlas-window.h"

G_BEGIN_DECLS

typedef void (*AtlasFileChosenFunc) (AtlasWindow *self,
                                     GFile       *file);

/* Shared between atlas-window.c and atlas-window-export.c. */
AtlasChart *atlas_window_dup_current_chart (AtlasWindow    *self);
void        atlas_window_show_toast        (AtlasWindow    *self,
                                            const char     *title);
void        atlas_window_show_error        (AtlasWindow    *self,
                                            const char     *heading,
                                            const char     *message);
void        atlas_window_class_add_export_actions (GtkWidgetClass *widget_class);
/* The print operation of the report on the selected roles, ready to run. */
GtkPrintOperation *atlas_window_new_report_print (AtlasWindow *self);
/* A modal file chooser for one kind of file (and all files); calls @chosen on a choice. */
void        atlas_window_choose_file       (AtlasWindow         *self,
                                            const char          *title,
                                            const char          *filter_name,
                                            const char          *mime_type,
                                            const char          *suffix,
                                            AtlasFileChosenFunc  chosen);
void        atlas_window_class_add_import_actions (GtkWidgetClass *widget_class);
/* Replaces the data every tab shows. */
void        atlas_window_set_dataset       (AtlasWindow    *self,
                                            AtlasDataset   *dataset);
void        atlas_window_show_tab          (AtlasWindow    *self,
                                            const char     *name);
/* ROLE_ATLAS_BENCH_SWITCH=1: times tab and role switches after the first frame. */
void        atlas_window_start_switch_benchmark (AtlasWindow *self);

G_END_DECLS
