/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <locale.h>

#include "atlas-comparison.h"
#include "atlas-dataset.h"
#include "atlas-format.h"
#include "atlas-hiring-advice.h"
#include "atlas-queries.h"
#include "atlas-selection.h"

static AtlasDataset *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fixture.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_dataset_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

/* The selection keeps 2 to 4 distinct roles and notifies only on real change. */
static void
test_selection_limits (void)
{
  g_autoptr(AtlasSelection) selection = atlas_selection_new ();
  const char *two[] = { "a", "b", NULL };
  const char *four[] = { "a", "b", "c", "d", NULL };
  const char *one[] = { "a", NULL };
  const char *twice[] = { "a", "a", NULL };
  guint notified = 0;

  g_signal_connect (selection, "notify::role-ids", G_CALLBACK (on_notify), &notified);

  g_assert_false (atlas_selection_set_role_ids (selection, one));
  g_assert_false (atlas_selection_set_role_ids (selection, twice));
  g_assert_cmpuint (notified, ==, 0);
  g_assert_true (atlas_selection_set_role_ids (selection, two));
  g_assert_true (atlas_selection_set_role_ids (selection, two));
  g_assert_cmpuint (notified, ==, 1);

  g_assert_false (atlas_selection_remove (selection, "a"));
  g_assert_cmpstrv (atlas_selection_get_role_ids (selection), two);
  g_assert_true (atlas_selection_add (selection, "c"));
  g_assert_true (atlas_selection_add (selection, "d"));
  g_assert_cmpstrv (atlas_selection_get_role_ids (selection), four);
  g_assert_false (atlas_selection_add (selection, "e"));
  g_assert_true (atlas_selection_remove (selection, "b"));
  g_assert_cmpstrv (atlas_selection_get_role_ids (selection), ((const char *[]) { "a", "c", "d", NULL }));
  g_assert_cmpuint (notified, ==, 4);
}

static void
test_format_amounts (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  g_autoptr(GPtrArray) figures = atlas_query_salaries (dataset, NULL);
  static const char * const expected[] = {
    "$100,000–$120,000", "$150,000–$200,000+", "90,000 EUR", "from $20,000", "$32,000",
  };

  g_assert_cmpuint (figures->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < figures->len; i++)
    {
      g_autofree char *text = atlas_format_salary_amounts (g_ptr_array_index (figures, i));
      g_assert_cmpstr (text, ==, expected[i]);
    }
}

static void
test_comparison_cells (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  const char *roles[] = { "alpha", "beta", NULL };
  g_autoptr(AtlasComparison) comparison = atlas_comparison_new (dataset, roles);
  guint focus = 0, salary = 0, skills = 0;

  for (guint row = 0; row < atlas_comparison_get_n_rows (comparison); row++)
    {
      const char *id = atlas_comparison_get_row_id (comparison, row);

      if (g_str_equal (id, "primary-focus"))
        focus = row;
      else if (g_str_equal (id, "salary"))
        salary = row;
      else if (g_str_equal (id, "top-skills"))
        skills = row;
    }

  g_assert_cmpuint (atlas_comparison_get_n_entries (comparison, focus, 0), ==, 1);
  g_assert_cmpstr (atlas_comparison_get_entry_text (comparison, focus, 0, 0), ==, "Alpha focus");
  g_assert_cmpstr (atlas_comparison_get_entry_source_id (comparison, focus, 0, 0), ==, "fx-doc");
  /* Beta has no primary focus in the data: the cell is empty, not invented. */
  g_assert_cmpuint (atlas_comparison_get_n_entries (comparison, focus, 1), ==, 0);

  /* Alpha's only all-level figure... has none: its figures are by level, so no headline. */
  g_assert_cmpuint (atlas_comparison_get_n_entries (comparison, salary, 0), ==, 0);
  /* Beta's median, with no country named. */
  g_assert_cmpstr (atlas_comparison_get_entry_text (comparison, salary, 1, 0), ==,
                   "Median 90,000 EUR (country not stated)");

  g_assert_cmpstr (atlas_comparison_get_entry_text (comparison, skills, 0, 0), ==, "Rated expert: Skill A");
  g_assert_cmpstr (atlas_comparison_get_entry_text (comparison, skills, 1, 0), ==,
                   "Most asked for, in order: Skill B, Skill D");
}

static char *
read_expected (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "expected", name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_comparison_markdown (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  const char *roles[] = { "alpha", "beta", NULL };
  g_autoptr(AtlasComparison) comparison = atlas_comparison_new (dataset, roles);
  g_autofree char *markdown = atlas_comparison_to_string (comparison, ATLAS_COMPARISON_MARKDOWN);
  g_autofree char *text = atlas_comparison_to_string (comparison, ATLAS_COMPARISON_TEXT);
  g_autofree char *expected_markdown = read_expected ("compare-alpha-beta.md");
  g_autofree char *expected_text = read_expected ("compare-alpha-beta.tsv");

  g_assert_cmpstr (markdown, ==, expected_markdown);
  g_assert_cmpstr (text, ==, expected_text);
}

static void
test_hiring_advice (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  g_autoptr(GPtrArray) situations = atlas_hiring_advice_list_situations (dataset);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(AtlasHiringAdvice) empty = atlas_hiring_advice_new (none);
  g_autoptr(AtlasHiringAdvice) advice = atlas_hiring_advice_new (situations);

  g_assert_cmpuint (situations->len, ==, 2);
  g_assert_cmpuint (atlas_hiring_advice_get_n_leaders (empty), ==, 0);
  g_assert_cmpuint (atlas_hiring_advice_get_n_roles (advice), ==, 1);
  g_assert_cmpuint (atlas_hiring_advice_get_n_leaders (advice), ==, 1);
  g_assert_cmpstr (atlas_hiring_advice_get_role_id (advice, 0), ==, "alpha");
  g_assert_cmpuint (atlas_hiring_advice_get_reasons (advice, 0)->len, ==, 2);
}

/* A role the dataset does not have is a caller's mistake: one critical, no comparison, and
 * nothing half made (the test's memcheck and ASan runs see to leaks). */
static void
test_comparison_unknown_role (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_bundled (&error);
  const char *roles[] = { "mlops-engineer", "astronaut", NULL };
  AtlasComparison *comparison;

  g_assert_no_error (error);
  g_test_expect_message ("atlas-model", G_LOG_LEVEL_CRITICAL, "*atlas_dataset_lookup_role*");
  comparison = atlas_comparison_new (dataset, roles);
  g_test_assert_expected_messages ();
  g_assert_null (comparison);
}

/* On the bundled data: one MLOps and one ML infrastructure situation tie; adding a second
 * MLOps situation decides it. */
static void
test_hiring_advice_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_bundled (&error);
  g_autoptr(GPtrArray) situations = atlas_hiring_advice_list_situations (dataset);
  g_autoptr(GPtrArray) ticked = g_ptr_array_new ();
  g_autoptr(AtlasHiringAdvice) tie = NULL;
  g_autoptr(AtlasHiringAdvice) decided = NULL;
  AtlasStatement *infra = NULL, *mlops_a = NULL, *mlops_b = NULL;

  for (guint i = 0; i < situations->len; i++)
    {
      AtlasStatement *situation = g_ptr_array_index (situations, i);
      const char *role_id = atlas_statement_get_role_id (situation);

      if (infra == NULL && g_str_equal (role_id, "ml-infrastructure-engineer"))
        infra = situation;
      else if (g_str_equal (role_id, "mlops-engineer"))
        {
          if (mlops_a == NULL)
            mlops_a = situation;
          else if (mlops_b == NULL)
            mlops_b = situation;
        }
    }
  g_assert_cmpstr (atlas_statement_get_text (infra), ==, "Building an ML platform from scratch");
  g_assert_cmpstr (atlas_statement_get_text (mlops_b), ==, "Models need to reach production faster");

  g_ptr_array_add (ticked, infra);
  g_ptr_array_add (ticked, mlops_a);
  tie = atlas_hiring_advice_new (ticked);
  g_assert_cmpuint (atlas_hiring_advice_get_n_leaders (tie), ==, 2);

  g_ptr_array_add (ticked, mlops_b);
  decided = atlas_hiring_advice_new (ticked);
  g_assert_cmpuint (atlas_hiring_advice_get_n_leaders (decided), ==, 1);
  g_assert_cmpstr (atlas_hiring_advice_get_role_id (decided, 0), ==, "mlops-engineer");
  g_assert_cmpuint (atlas_hiring_advice_get_reasons (decided, 0)->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/model/selection/limits", test_selection_limits);
  g_test_add_func ("/atlas/model/format/amounts", test_format_amounts);
  g_test_add_func ("/atlas/model/comparison/cells", test_comparison_cells);
  g_test_add_func ("/atlas/model/comparison/copy", test_comparison_markdown);
  g_test_add_func ("/atlas/model/comparison/unknown-role", test_comparison_unknown_role);
  g_test_add_func ("/atlas/model/hiring-advice/fixture", test_hiring_advice);
  g_test_add_func ("/atlas/model/hiring-advice/bundled", test_hiring_advice_bundled);

  return g_test_run ();
}
