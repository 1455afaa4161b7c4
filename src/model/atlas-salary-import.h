/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "atlas-dataset.h"
#include "atlas-salary-aggregate.h"

G_BEGIN_DECLS

#define ATLAS_SALARY_IMPORT_ERROR (atlas_salary_import_error_quark ())

typedef enum
{
  ATLAS_SALARY_IMPORT_ERROR_IO,
  ATLAS_SALARY_IMPORT_ERROR_TOO_LARGE,
  ATLAS_SALARY_IMPORT_ERROR_EMPTY,
  ATLAS_SALARY_IMPORT_ERROR_NOT_SALARY_CSV,
  ATLAS_SALARY_IMPORT_ERROR_MISSING_COLUMNS,
} AtlasSalaryImportError;

/* Why a row was skipped. */
typedef enum
{
  ATLAS_SKIP_FIELD_COUNT,
  ATLAS_SKIP_UNTERMINATED,
  ATLAS_SKIP_ENCODING,
  ATLAS_SKIP_SALARY,
  ATLAS_SKIP_LEVEL,
  ATLAS_SKIP_EMPLOYMENT_TYPE,
  ATLAS_SKIP_COUNTRY,
  ATLAS_SKIP_YEAR,
} AtlasSkipReason;

#define ATLAS_N_SKIP_REASONS (ATLAS_SKIP_YEAR + 1)
/* Salary CSV files above this are refused before reading. */
#define ATLAS_SALARY_IMPORT_MAX_BYTES (256 * 1024 * 1024)
/* How many skipped rows are reported one by one; the rest are counted. */
#define ATLAS_SALARY_IMPORT_MAX_REPORTED 20
/* Cells with fewer records than this are marked "too few records" unless set otherwise. */
#define ATLAS_SALARY_IMPORT_DEFAULT_MIN_RECORDS 5

typedef struct
{
  /* Drop rows identical in every field to an earlier row. */
  gboolean drop_duplicates;
  /* Count part-time, contract and freelance records too, not only full-time ones. */
  gboolean all_employment_types;
} AtlasSalaryImportOptions;

typedef struct
{
  char *title;
  guint count;
} AtlasTitleCount;

#define ATLAS_TYPE_SALARY_IMPORT (atlas_salary_import_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSalaryImport, atlas_salary_import, ATLAS, SALARY_IMPORT, GObject)

GQuark              atlas_salary_import_error_quark        (void);

/* Reads salary records in the aijobs.net column layout and maps their titles to roles with
 * @dataset's title rules. Bad rows are skipped and reported; only a file that cannot be
 * read as salary records at all is an error. */
AtlasSalaryImport  *atlas_salary_import_new_from_bytes     (GBytes            *bytes,
                                                            const char        *name,
                                                            AtlasDataset      *dataset,
                                                            GError           **error);
AtlasSalaryImport  *atlas_salary_import_new_from_file      (GFile             *file,
                                                            AtlasDataset      *dataset,
                                                            GCancellable      *cancellable,
                                                            GError           **error);

const char         *atlas_salary_import_get_name           (AtlasSalaryImport *self);
/* Data rows in the file (blank lines aside). */
guint               atlas_salary_import_get_n_rows         (AtlasSalaryImport *self);
guint               atlas_salary_import_get_n_skipped      (AtlasSalaryImport *self);
guint               atlas_salary_import_get_n_skipped_for  (AtlasSalaryImport *self,
                                                            AtlasSkipReason    reason);
/* One line per skipped row, "line 12: …", for the first ATLAS_SALARY_IMPORT_MAX_REPORTED. */
GPtrArray          *atlas_salary_import_get_problems       (AtlasSalaryImport *self);
/* Good rows identical in every field to an earlier one. */
guint               atlas_salary_import_get_n_duplicates   (AtlasSalaryImport *self);
/* Good rows whose employment type is not full-time. */
guint               atlas_salary_import_get_n_not_full_time (AtlasSalaryImport *self);
/* Good rows whose title no rule maps to a role. */
guint               atlas_salary_import_get_n_unmapped     (AtlasSalaryImport *self);
/* The unmapped titles with their counts, the most frequent first. */
GArray             *atlas_salary_import_get_unmapped_titles (AtlasSalaryImport *self);

/* The cells, role by role in the dataset's order: all countries first, then each country
 * by code, each with all levels first and then entry, mid, senior and executive. */
GPtrArray          *atlas_salary_import_aggregate          (AtlasSalaryImport *self,
                                                            const AtlasSalaryImportOptions *options,
                                                            guint             *n_used);
/* What was read, used and skipped and why, for people, one fact a line. */
char               *atlas_salary_import_describe           (AtlasSalaryImport *self,
                                                            const AtlasSalaryImportOptions *options);

G_END_DECLS
