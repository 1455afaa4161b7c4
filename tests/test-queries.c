/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <locale.h>

#include "atlas-dataset.h"
#include "atlas-queries.h"
#include "atlas-skill-gap.h"
#include "atlas-skill-overlap.h"

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
assert_strv (const char * const *actual,
             const char * const *expected)
{
  g_assert_cmpstrv (actual, expected);
}

static void
test_overlap_two (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  const char *roles[] = { "alpha", "beta", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasSkillOverlap) overlap = atlas_skill_overlap_new (dataset, roles, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (atlas_skill_overlap_get_n_roles (overlap), ==, 2);
  assert_strv (atlas_skill_overlap_get_shared (overlap), (const char *[]) { "skill-a", "skill-b", NULL });
  assert_strv (atlas_skill_overlap_get_unique (overlap, 0), (const char *[]) { "skill-c", NULL });
  assert_strv (atlas_skill_overlap_get_unique (overlap, 1), (const char *[]) { "skill-d", NULL });
  g_assert_cmpuint (atlas_skill_overlap_get_role_size (overlap, 0), ==, 3);
  g_assert_cmpuint (atlas_skill_overlap_get_role_size (overlap, 1), ==, 3);
  g_assert_cmpuint (atlas_skill_overlap_get_union_size (overlap), ==, 4);
  g_assert_cmpfloat_with_epsilon (atlas_skill_overlap_get_jaccard (overlap), 0.5, 1e-12);
}

static void
test_overlap_three (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  const char *roles[] = { "alpha", "beta", "gamma", NULL };
  g_autoptr(AtlasSkillOverlap) overlap = atlas_skill_overlap_new (dataset, roles, NULL);

  assert_strv (atlas_skill_overlap_get_shared (overlap), (const char *[]) { "skill-a", NULL });
  assert_strv (atlas_skill_overlap_get_region (overlap, 0x3), (const char *[]) { "skill-b", NULL });
  assert_strv (atlas_skill_overlap_get_region (overlap, 0x5), (const char *[]) { NULL });
  assert_strv (atlas_skill_overlap_get_region (overlap, 0x4), (const char *[]) { "skill-e", NULL });
  g_assert_cmpuint (atlas_skill_overlap_get_union_size (overlap), ==, 5);
  g_assert_cmpfloat_with_epsilon (atlas_skill_overlap_get_jaccard (overlap), 0.2, 1e-12);
  /* alpha and gamma share skill-a out of a, b, c, e */
  g_assert_cmpfloat_with_epsilon (atlas_skill_overlap_get_pair_jaccard (overlap, 0, 2), 0.25, 1e-12);
}

/* Two roles without skills overlap in nothing, with a Jaccard index of 0, not NaN. */
static void
test_overlap_empty (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  const char *roles[] = { "empty-role", "delta", NULL };
  g_autoptr(AtlasSkillOverlap) overlap = atlas_skill_overlap_new (dataset, roles, NULL);

  assert_strv (atlas_skill_overlap_get_shared (overlap), (const char *[]) { NULL });
  g_assert_cmpuint (atlas_skill_overlap_get_union_size (overlap), ==, 1);
  g_assert_cmpfloat (atlas_skill_overlap_get_jaccard (overlap), ==, 0.0);
}

static void
test_overlap_bad_roles (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  const char *one[] = { "alpha", NULL };
  const char *unknown[] = { "alpha", "omega", NULL };
  const char *twice[] = { "alpha", "alpha", NULL };
  const char *five[] = { "alpha", "beta", "gamma", "delta", "empty-role", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_null (atlas_skill_overlap_new (dataset, one, &error));
  g_assert_cmpstr (error->message, ==, "Compare 2 to 4 roles, not 1");
  g_clear_error (&error);
  g_assert_null (atlas_skill_overlap_new (dataset, unknown, &error));
  g_assert_cmpstr (error->message, ==, "No role has the id “omega”");
  g_clear_error (&error);
  g_assert_null (atlas_skill_overlap_new (dataset, twice, &error));
  g_assert_cmpstr (error->message, ==, "The role “alpha” is named twice");
  g_clear_error (&error);
  g_assert_null (atlas_skill_overlap_new (dataset, five, &error));
  g_assert_cmpstr (error->message, ==, "Compare 2 to 4 roles, not 5");
}

static void
test_gap_alpha_to_beta (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  g_autoptr(AtlasSkillGap) gap = atlas_skill_gap_new (dataset, "alpha", "beta", NULL);

  g_assert_cmpuint (atlas_skill_gap_get_n_items (gap), ==, 3);
  g_assert_cmpuint (atlas_skill_gap_get_n_to_learn (gap), ==, 2);

  /* Proficient to expert: one level up. */
  g_assert_cmpstr (atlas_skill_gap_get_skill_id (gap, 0), ==, "skill-b");
  g_assert_cmpint (atlas_skill_gap_get_kind (gap, 0), ==, ATLAS_GAP_RISE);
  g_assert_cmpint (atlas_skill_gap_get_have (gap, 0), ==, ATLAS_PROFICIENCY_PROFICIENT);
  g_assert_cmpint (atlas_skill_gap_get_need (gap, 0), ==, ATLAS_PROFICIENCY_EXPERT);
  g_assert_cmpint (atlas_skill_gap_get_rise (gap, 0), ==, 1);

  /* New to alpha, and beta's source states no level. */
  g_assert_cmpstr (atlas_skill_gap_get_skill_id (gap, 1), ==, "skill-d");
  g_assert_cmpint (atlas_skill_gap_get_kind (gap, 1), ==, ATLAS_GAP_NEW);
  g_assert_cmpint (atlas_skill_gap_get_have (gap, 1), ==, ATLAS_PROFICIENCY_NONE);
  g_assert_cmpint (atlas_skill_gap_get_need (gap, 1), ==, ATLAS_PROFICIENCY_UNSTATED);

  /* Alpha is already expert where beta needs proficient. */
  g_assert_cmpstr (atlas_skill_gap_get_skill_id (gap, 2), ==, "skill-a");
  g_assert_cmpint (atlas_skill_gap_get_kind (gap, 2), ==, ATLAS_GAP_MET);
}

static void
test_gap_delta_to_gamma (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  g_autoptr(AtlasSkillGap) gap = atlas_skill_gap_new (dataset, "delta", "gamma", NULL);

  g_assert_cmpuint (atlas_skill_gap_get_n_items (gap), ==, 2);
  g_assert_cmpstr (atlas_skill_gap_get_skill_id (gap, 0), ==, "skill-e");
  g_assert_cmpint (atlas_skill_gap_get_kind (gap, 0), ==, ATLAS_GAP_RISE);
  g_assert_cmpint (atlas_skill_gap_get_rise (gap, 0), ==, 3);
  g_assert_cmpstr (atlas_skill_gap_get_skill_id (gap, 1), ==, "skill-a");
  g_assert_cmpint (atlas_skill_gap_get_kind (gap, 1), ==, ATLAS_GAP_NEW);
}

static void
test_gap_unknown_role (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  g_autoptr(GError) error = NULL;

  g_assert_null (atlas_skill_gap_new (dataset, "alpha", "omega", &error));
  g_assert_cmpstr (error->message, ==, "No role has the id “omega”");
}

static void
test_salary_filter (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  AtlasSalaryFilter by_country = { NULL, "VN", -1, -1, -1 };
  AtlasSalaryFilter no_country = { NULL, "", -1, -1, -1 };
  AtlasSalaryFilter alpha_senior_total = { "alpha", NULL, ATLAS_LEVEL_SENIOR, ATLAS_PAY_BASIS_TOTAL, -1 };
  AtlasSalaryFilter medians = { NULL, NULL, -1, -1, ATLAS_STATISTIC_MEDIAN };
  g_autoptr(GPtrArray) all = atlas_query_salaries (dataset, NULL);
  g_autoptr(GPtrArray) vn = atlas_query_salaries (dataset, &by_country);
  g_autoptr(GPtrArray) none = atlas_query_salaries (dataset, &no_country);
  g_autoptr(GPtrArray) senior = atlas_query_salaries (dataset, &alpha_senior_total);
  g_autoptr(GPtrArray) median = atlas_query_salaries (dataset, &medians);

  g_assert_cmpuint (all->len, ==, 5);
  g_assert_cmpuint (vn->len, ==, 2);
  g_assert_cmpuint (none->len, ==, 1);
  g_assert_cmpuint (senior->len, ==, 1);
  g_assert_cmpint (atlas_salary_figure_get_low (g_ptr_array_index (senior, 0)), ==, 150000);
  g_assert_cmpuint (median->len, ==, 1);
  g_assert_cmpint (atlas_salary_figure_get_sample_size (g_ptr_array_index (median, 0)), ==, 42);
}

static void
test_statements_and_paths (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  g_autoptr(GPtrArray) hire = atlas_query_statements (dataset, "alpha", "hire-when");
  g_autoptr(GPtrArray) trends = atlas_query_statements (dataset, NULL, "trend");
  g_autoptr(GPtrArray) through_gamma = atlas_query_paths_through (dataset, "gamma");
  g_autoptr(GPtrArray) through_beta = atlas_query_paths_through (dataset, "beta");
  g_autoptr(GPtrArray) from_delta = atlas_query_transitions (dataset, "delta", NULL);
  AtlasCareerPath *path;

  g_assert_cmpuint (hire->len, ==, 2);
  g_assert_cmpstr (atlas_statement_get_cites (g_ptr_array_index (hire, 1)), ==, "Someone");
  g_assert_cmpuint (trends->len, ==, 1);
  g_assert_cmpstr (atlas_statement_get_role_id (g_ptr_array_index (trends, 0)), ==, "alpha");
  g_assert_cmpuint (through_gamma->len, ==, 1);
  g_assert_cmpuint (through_beta->len, ==, 0);

  path = g_ptr_array_index (through_gamma, 0);
  g_assert_cmpuint (atlas_career_path_get_n_positions (path), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_career_path_get_steps (path)), ==, 5);

  g_assert_cmpuint (from_delta->len, ==, 1);
  g_assert_cmpint (atlas_transition_get_min_months (g_ptr_array_index (from_delta, 0)), ==, 1);
  g_assert_cmpint (atlas_transition_get_max_months (g_ptr_array_index (from_delta, 0)), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/model/overlap/two-roles", test_overlap_two);
  g_test_add_func ("/atlas/model/overlap/three-roles", test_overlap_three);
  g_test_add_func ("/atlas/model/overlap/no-skills", test_overlap_empty);
  g_test_add_func ("/atlas/model/overlap/bad-roles", test_overlap_bad_roles);
  g_test_add_func ("/atlas/model/gap/rise-new-met", test_gap_alpha_to_beta);
  g_test_add_func ("/atlas/model/gap/order-by-rise", test_gap_delta_to_gamma);
  g_test_add_func ("/atlas/model/gap/unknown-role", test_gap_unknown_role);
  g_test_add_func ("/atlas/model/salaries/filter", test_salary_filter);
  g_test_add_func ("/atlas/model/statements-and-paths", test_statements_and_paths);

  return g_test_run ();
}
