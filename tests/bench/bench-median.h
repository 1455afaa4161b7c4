/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

/* The median of @n timings, sorting @values in place. */
double bench_median (double *values,
                     guint   n);
