/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "atlas-dataset.h"
#include "atlas-dataset-csv.h"
#include "atlas-dataset-private.h"
#include "atlas-item-list.h"
#include "atlas-career-graph.h"
#include "atlas-format.h"
#include "atlas-queries.h"

static AtlasDataset *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_dataset_new_bundled (&error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static void
test_load_bundled (void)
{
  g_autoptr(AtlasDataset) dataset = load_bundled ();
  static const char * const fixed_role_ids[] = {
    "ml-infrastructure-engineer", "mlops-engineer", "ai-infrastructure-engineer", "ai-ml-engineer",
    "machine-learning-engineer", "llm-inference-engineer", "llmops-engineer", "devops-engineer",
  };

  g_assert_cmpstr (atlas_dataset_get_name (dataset), ==, ATLAS_DATASET_BUNDLED_PATH);
  g_assert_cmpstr (atlas_dataset_get_title (dataset), ==, "ML and AI engineering roles, from five public documents");
  /* The five documents and the aijobs.net salary index. */
  g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_sources (dataset)), ==, 6);
  for (guint i = 0; i < G_N_ELEMENTS (fixed_role_ids); i++)
    {
      AtlasRole *role = atlas_dataset_lookup_role (dataset, fixed_role_ids[i]);

      g_assert_nonnull (role);
      g_assert_true (atlas_role_get_core (role));
      g_assert_nonnull (atlas_role_get_summary (role));
      g_assert_nonnull (atlas_dataset_lookup_source (dataset, atlas_role_get_summary_source_id (role)));
    }
}

/* A preloaded dataset is the same data, taken once; later calls load afresh. */
static void
test_load_preloaded (void)
{
  g_autoptr(AtlasDataset) direct = load_bundled ();
  g_autoptr(AtlasDataset) preloaded = NULL;
  g_autoptr(AtlasDataset) again = NULL;

  atlas_dataset_preload_bundled ();
  atlas_dataset_preload_bundled ();
  preloaded = load_bundled ();
  again = load_bundled ();
  g_assert_true (preloaded != direct && again != preloaded);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_roles (preloaded)), ==,
                    g_list_model_get_n_items (atlas_dataset_get_roles (direct)));
  g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_salaries (preloaded)), ==,
                    g_list_model_get_n_items (atlas_dataset_get_salaries (direct)));
  g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_skills (again)), ==,
                    g_list_model_get_n_items (atlas_dataset_get_skills (direct)));
}

/* A file of a megabyte or more has json-glib's tree freed on a thread once the dataset is
 * built (the bundled data's is freed at once): the dataset must hold nothing of the tree,
 * and loads in a row, each while the last one's tree may still be going, must give the
 * same data. Under valgrind and AddressSanitizer (make check) a text read from a freed
 * tree, or a tree never freed, fails. */
static void
test_load_large_file (void)
{
  g_autoptr(AtlasDataset) bundled = load_bundled ();
  g_autoptr(GBytes) resource = g_resources_lookup_data (ATLAS_DATASET_BUNDLED_PATH, 0, NULL);
  g_autoptr(GByteArray) padded = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *blanks = g_strnfill (1024 * 1024, ' ');

  g_byte_array_append (padded, g_bytes_get_data (resource, NULL), g_bytes_get_size (resource));
  g_byte_array_append (padded, (const guint8 *) blanks, strlen (blanks));
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&padded));

  for (guint run = 0; run < 3; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AtlasDataset) dataset = atlas_dataset_load (bytes, "large.json", &error);
      GListModel *roles, *bundled_roles = atlas_dataset_get_roles (bundled);

      g_assert_no_error (error);
      roles = atlas_dataset_get_roles (dataset);
      g_assert_cmpuint (g_list_model_get_n_items (roles), ==, g_list_model_get_n_items (bundled_roles));
      g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_salaries (dataset)), ==,
                        g_list_model_get_n_items (atlas_dataset_get_salaries (bundled)));
      for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
        {
          g_autoptr(AtlasRole) role = g_list_model_get_item (roles, i);
          g_autoptr(AtlasRole) expected = g_list_model_get_item (bundled_roles, i);

          g_assert_cmpstr (atlas_role_get_name (role), ==, atlas_role_get_name (expected));
          g_assert_cmpstr (atlas_role_get_summary (role), ==, atlas_role_get_summary (expected));
        }
    }
}

/* The UTF-8 check skips ASCII eight bytes at a time: every kind of bad sequence is still
 * found, at every alignment, at the byte where it starts. */
static void
test_load_encoding (void)
{
  static const struct { const char *bytes; gboolean valid; } cases[] = {
    { "\xc3\xa9", TRUE },              /* é */
    { "\xe2\x82\xac", TRUE },         /* € */
    { "\xf0\x9f\x98\x80", TRUE },     /* an emoji, four bytes */
    { "\xc0\xaf", FALSE },             /* overlong / */
    { "\xed\xa0\x80", FALSE },         /* a UTF-16 surrogate */
    { "\xf5\x80\x80\x80", FALSE },     /* beyond U+10FFFF */
    { "\xe9t\xe9", FALSE },            /* Latin-1 */
    { "\x80", FALSE },                 /* a lone continuation byte */
    { "\xe2\x82", FALSE },             /* cut short */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint pad = 0; pad < 9; pad++)
      {
        g_autofree char *padding = g_strnfill (pad, 'a');
        g_autofree char *text = g_strdup_printf ("{\"title\": \"%s%s\"}", padding, cases[i].bytes);
        g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
        g_autoptr(GError) error = NULL;
        g_autoptr(AtlasDataset) dataset = atlas_dataset_new_from_bytes (bytes, "t.json", &error);
        g_autofree char *where = g_strdup_printf ("(byte %u)", 11 + pad);

        g_assert_null (dataset);
        if (cases[i].valid)
          g_assert_false (g_error_matches (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_ENCODING));
        else
          {
            g_assert_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_ENCODING);
            g_assert_nonnull (strstr (error->message, where));
          }
      }

  /* A NUL byte, in the fast path's eight-byte stride and out of it. */
  for (guint pad = 0; pad < 17; pad++)
    {
      g_autofree char *text = g_strdup_printf ("{\"title\": \"%*s", pad + 1, "\"}");
      gsize length = strlen (text);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(AtlasDataset) dataset = NULL;

      text[11 + pad / 2] = '\0';
      bytes = g_bytes_new (text, length);
      dataset = atlas_dataset_new_from_bytes (bytes, "t.json", &error);
      g_assert_null (dataset);
      g_assert_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_ENCODING);
      g_assert_nonnull (strstr (error->message, "NUL byte"));
    }
}

static void
assert_source (AtlasDataset *dataset,
               const char   *source_id)
{
  g_assert_nonnull (source_id);
  g_assert_nonnull (atlas_dataset_lookup_source (dataset, source_id));
}

static void
assert_role (AtlasDataset *dataset,
             const char   *role_id)
{
  g_assert_nonnull (role_id);
  g_assert_nonnull (atlas_dataset_lookup_role (dataset, role_id));
}

/* The loader refuses dangling references; this checks the objects it built agree. */
static void
test_load_references (void)
{
  g_autoptr(AtlasDataset) dataset = load_bundled ();
  GListModel *model;

  model = atlas_dataset_get_salaries (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasSalaryFigure) figure = g_list_model_get_item (model, i);
      assert_role (dataset, atlas_salary_figure_get_role_id (figure));
      assert_source (dataset, atlas_salary_figure_get_source_id (figure));
    }

  model = atlas_dataset_get_role_skills (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasRoleSkill) role_skill = g_list_model_get_item (model, i);
      assert_role (dataset, atlas_role_skill_get_role_id (role_skill));
      g_assert_nonnull (atlas_dataset_lookup_skill (dataset, atlas_role_skill_get_skill_id (role_skill)));
      assert_source (dataset, atlas_role_skill_get_source_id (role_skill));
    }

  model = atlas_dataset_get_statements (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasStatement) statement = g_list_model_get_item (model, i);
      if (atlas_statement_get_role_id (statement) != NULL)
        assert_role (dataset, atlas_statement_get_role_id (statement));
      assert_source (dataset, atlas_statement_get_source_id (statement));
    }

  model = atlas_dataset_get_paths (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasCareerPath) path = g_list_model_get_item (model, i);
      GListModel *steps = atlas_career_path_get_steps (path);

      assert_source (dataset, atlas_career_path_get_source_id (path));
      g_assert_cmpuint (atlas_career_path_get_n_positions (path), >=, 2);
      for (guint k = 0; k < g_list_model_get_n_items (steps); k++)
        {
          g_autoptr(AtlasPathStep) step = g_list_model_get_item (steps, k);
          if (atlas_path_step_get_role_id (step) != NULL)
            assert_role (dataset, atlas_path_step_get_role_id (step));
        }
    }

  model = atlas_dataset_get_transitions (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasTransition) transition = g_list_model_get_item (model, i);
      assert_role (dataset, atlas_transition_get_from_id (transition));
      assert_role (dataset, atlas_transition_get_to_id (transition));
      assert_source (dataset, atlas_transition_get_source_id (transition));
    }
}

/* Finds exactly one figure with these properties; -1 matches any amount. */
static AtlasSalaryFigure *
find_figure (AtlasDataset  *dataset,
             const char    *role_id,
             const char    *country,
             AtlasLevel     level,
             AtlasStatistic statistic,
             gint64         low,
             gint64         high,
             gint64         value)
{
  AtlasSalaryFilter filter = { role_id, country, level, -1, statistic };
  g_autoptr(GPtrArray) figures = atlas_query_salaries (dataset, &filter);
  AtlasSalaryFigure *found = NULL;

  for (guint i = 0; i < figures->len; i++)
    {
      AtlasSalaryFigure *figure = g_ptr_array_index (figures, i);

      if ((low < 0 || atlas_salary_figure_get_low (figure) == low) &&
          (high < 0 || atlas_salary_figure_get_high (figure) == high) &&
          (value < 0 || atlas_salary_figure_get_value (figure) == value))
        {
          g_assert_null (found);
          found = figure;
        }
    }
  g_assert_nonnull (found);
  return found;
}

static guint
count_figures_of (AtlasDataset *dataset,
                  const char   *source_id)
{
  GListModel *salaries = atlas_dataset_get_salaries (dataset);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (salaries); i++)
    {
      g_autoptr(AtlasSalaryFigure) figure = g_list_model_get_item (salaries, i);
      count += g_strcmp0 (atlas_salary_figure_get_source_id (figure), source_id) == 0;
    }
  return count;
}

/* Figures from the five documents, each with the kind of number it is. */
static void
test_bundled_salaries (void)
{
  g_autoptr(AtlasDataset) dataset = load_bundled ();
  AtlasSalaryFigure *figure;

  g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_salaries (dataset)) -
                    count_figures_of (dataset, "aijobs-2025-01-19"), ==, 41);

  /* 000 gives Vietnam two ways; both stay, each with where it comes from. */
  figure = find_figure (dataset, "ml-infrastructure-engineer", "VN", ATLAS_LEVEL_ALL,
                        ATLAS_STATISTIC_RANGE, 25000, 45000, -1);
  g_assert_cmpstr (atlas_salary_figure_get_source_id (figure), ==, "second-talent-2026");
  figure = find_figure (dataset, "ml-infrastructure-engineer", "VN", ATLAS_LEVEL_ALL,
                        ATLAS_STATISTIC_RANGE, 80000, -1, -1);
  g_assert_cmpint (atlas_salary_figure_get_high (figure), ==, -1);
  g_assert_nonnull (strstr (atlas_salary_figure_get_note (figure), "$80K in Vietnam"));

  figure = find_figure (dataset, "mlops-engineer", "US", ATLAS_LEVEL_STAFF, ATLAS_STATISTIC_RANGE,
                        230000, 310000, -1);
  g_assert_cmpint (atlas_salary_figure_get_year (figure), ==, 2026);

  /* Glassdoor averages and top earners, quoted by 000. */
  figure = find_figure (dataset, "mlops-engineer", "", ATLAS_LEVEL_ALL, ATLAS_STATISTIC_AVERAGE,
                        -1, -1, 161281);
  g_assert_cmpstr (atlas_salary_figure_get_cites (figure), ==, "Glassdoor");
  find_figure (dataset, "mlops-engineer", "", ATLAS_LEVEL_SENIOR, ATLAS_STATISTIC_TOP, -1, -1, 307750);

  /* 002: senior base and total compensation are different numbers. */
  figure = find_figure (dataset, "mlops-engineer", "", ATLAS_LEVEL_SENIOR, ATLAS_STATISTIC_RANGE,
                        190000, 260000, -1);
  g_assert_cmpint (atlas_salary_figure_get_basis (figure), ==, ATLAS_PAY_BASIS_BASE);
  figure = find_figure (dataset, "mlops-engineer", "", ATLAS_LEVEL_SENIOR, ATLAS_STATISTIC_RANGE,
                        260000, 520000, -1);
  g_assert_cmpint (atlas_salary_figure_get_basis (figure), ==, ATLAS_PAY_BASIS_TOTAL);

  /* 004: average range, median and 75th percentile. */
  find_figure (dataset, "ai-ml-engineer", "", ATLAS_LEVEL_ALL, ATLAS_STATISTIC_AVERAGE, 93000, 148000, -1);
  find_figure (dataset, "mlops-engineer", "", ATLAS_LEVEL_ALL, ATLAS_STATISTIC_MEDIAN, -1, -1, 173000);
  find_figure (dataset, "mlops-engineer", "", ATLAS_LEVEL_ALL, ATLAS_STATISTIC_P75, -1, -1, 238000);

  /* 000's "$130K-200K+" keeps its open upper end. */
  figure = find_figure (dataset, "mlops-engineer", "", ATLAS_LEVEL_ALL, ATLAS_STATISTIC_RANGE,
                        130000, 200000, -1);
  g_assert_true (atlas_salary_figure_get_high_open (figure));
}

/* The aijobs.net cells: one per role, country and level the title rules cover. Their
 * numbers are checked against an independent computation by check-aijobs-aggregates. */
static void
test_bundled_salary_index (void)
{
  g_autoptr(AtlasDataset) dataset = load_bundled ();
  AtlasSalaryFigure *figure;

  g_assert_cmpuint (count_figures_of (dataset, "aijobs-2025-01-19"), ==, 626);
  figure = find_figure (dataset, "machine-learning-engineer", "CA", ATLAS_LEVEL_SENIOR,
                        ATLAS_STATISTIC_QUARTILES, 128300, 210000, 170000);
  g_assert_cmpint (atlas_salary_figure_get_sample_size (figure), ==, 153);
  g_assert_cmpint (atlas_salary_figure_get_year (figure), ==, 2025);
  g_assert_cmpstr (atlas_salary_figure_get_currency (figure), ==, "USD");
  figure = find_figure (dataset, "machine-learning-engineer", "GB", ATLAS_LEVEL_ALL,
                        ATLAS_STATISTIC_QUARTILES, 88640, 183530, 132870);
  g_assert_cmpint (atlas_salary_figure_get_sample_size (figure), ==, 107);
  figure = find_figure (dataset, "machine-learning-engineer", "DE", ATLAS_LEVEL_SENIOR,
                        ATLAS_STATISTIC_QUARTILES, 117283, 210444, 165555);
  g_assert_cmpint (atlas_salary_figure_get_sample_size (figure), ==, 19);
}

static AtlasRoleSkill *
find_role_skill (AtlasDataset *dataset,
                 const char   *role_id,
                 const char   *skill_id,
                 const char   *source_id)
{
  g_autoptr(GPtrArray) role_skills = atlas_query_role_skills (dataset, role_id);

  for (guint i = 0; i < role_skills->len; i++)
    {
      AtlasRoleSkill *role_skill = g_ptr_array_index (role_skills, i);

      if (g_str_equal (atlas_role_skill_get_skill_id (role_skill), skill_id) &&
          g_str_equal (atlas_role_skill_get_source_id (role_skill), source_id))
        return role_skill;
    }
  g_assert_not_reached ();
}

static void
assert_levels (AtlasDataset    *dataset,
               const char      *role_id,
               const char      *skill_id,
               AtlasProficiency min,
               AtlasProficiency max)
{
  AtlasRoleSkill *role_skill = find_role_skill (dataset, role_id, skill_id, "second-talent-2026");

  g_assert_cmpint (atlas_role_skill_get_min_proficiency (role_skill), ==, min);
  g_assert_cmpint (atlas_role_skill_get_max_proficiency (role_skill), ==, max);
}

/* The seed's skills table, ML Infrastructure Engineer against MLOps Engineer. */
static void
test_bundled_skill_table (void)
{
  g_autoptr(AtlasDataset) dataset = load_bundled ();
  const char *mli = "ml-infrastructure-engineer", *mlo = "mlops-engineer";

  assert_levels (dataset, mli, "kubernetes", ATLAS_PROFICIENCY_EXPERT, ATLAS_PROFICIENCY_EXPERT);
  assert_levels (dataset, mlo, "kubernetes", ATLAS_PROFICIENCY_PROFICIENT, ATLAS_PROFICIENCY_PROFICIENT);
  assert_levels (dataset, mli, "terraform-iac", ATLAS_PROFICIENCY_EXPERT, ATLAS_PROFICIENCY_EXPERT);
  assert_levels (dataset, mlo, "terraform-iac", ATLAS_PROFICIENCY_BASIC, ATLAS_PROFICIENCY_INTERMEDIATE);
  assert_levels (dataset, mli, "python", ATLAS_PROFICIENCY_PROFICIENT, ATLAS_PROFICIENCY_PROFICIENT);
  assert_levels (dataset, mlo, "python", ATLAS_PROFICIENCY_EXPERT, ATLAS_PROFICIENCY_EXPERT);
  assert_levels (dataset, mli, "ml-frameworks", ATLAS_PROFICIENCY_BASIC, ATLAS_PROFICIENCY_BASIC);
  assert_levels (dataset, mlo, "ml-frameworks", ATLAS_PROFICIENCY_PROFICIENT, ATLAS_PROFICIENCY_PROFICIENT);
  assert_levels (dataset, mli, "ci-cd", ATLAS_PROFICIENCY_UNSTATED, ATLAS_PROFICIENCY_UNSTATED);
  g_assert_cmpstr (atlas_role_skill_get_detail (find_role_skill (dataset, mli, "ci-cd", "second-talent-2026")),
                   ==, "Infrastructure pipelines");
  assert_levels (dataset, mli, "docker", ATLAS_PROFICIENCY_EXPERT, ATLAS_PROFICIENCY_EXPERT);
  assert_levels (dataset, mlo, "docker", ATLAS_PROFICIENCY_EXPERT, ATLAS_PROFICIENCY_EXPERT);
  assert_levels (dataset, mli, "cloud", ATLAS_PROFICIENCY_EXPERT, ATLAS_PROFICIENCY_EXPERT);
  assert_levels (dataset, mlo, "cloud", ATLAS_PROFICIENCY_PROFICIENT, ATLAS_PROFICIENCY_PROFICIENT);
}

/* 004's top-8 lists share 6 skills. */
static void
test_bundled_top_skills (void)
{
  g_autoptr(AtlasDataset) dataset = load_bundled ();
  g_autoptr(GPtrArray) aiml = atlas_query_role_skills (dataset, "ai-ml-engineer");
  g_autoptr(GPtrArray) mlops = atlas_query_role_skills (dataset, "mlops-engineer");
  g_autoptr(GHashTable) aiml_top = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_mlops_top = 0, n_shared = 0;

  for (guint i = 0; i < aiml->len; i++)
    if (atlas_role_skill_get_rank (g_ptr_array_index (aiml, i)) > 0)
      g_hash_table_add (aiml_top, (char *) atlas_role_skill_get_skill_id (g_ptr_array_index (aiml, i)));
  for (guint i = 0; i < mlops->len; i++)
    if (atlas_role_skill_get_rank (g_ptr_array_index (mlops, i)) > 0)
      {
        n_mlops_top++;
        n_shared += g_hash_table_contains (aiml_top, atlas_role_skill_get_skill_id (g_ptr_array_index (mlops, i)));
      }

  g_assert_cmpuint (g_hash_table_size (aiml_top), ==, 8);
  g_assert_cmpuint (n_mlops_top, ==, 8);
  g_assert_cmpuint (n_shared, ==, 6);
}

static void
test_load_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/role-atlas.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_from_file (file, NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/role-atlas.json: "));
}

static void
test_load_folder (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_dir (G_TEST_DIST));
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_from_file (file, NULL, &error);
  g_autofree char *expected = g_strdup_printf ("%s: is a folder, not a dataset file",
                                               g_test_get_dir (G_TEST_DIST));

  g_assert_null (dataset);
  g_assert_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_IO);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Over 64 MiB is refused before parsing, whatever the content. */
static void
test_load_too_large (void)
{
  gsize size = ATLAS_DATASET_MAX_BYTES + 1;
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 (size), size);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_from_bytes (bytes, "huge.json", &error);

  g_assert_null (dataset);
  g_assert_error (error, ATLAS_DATASET_ERROR, ATLAS_DATASET_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "huge.json: $: the file is 67108865 bytes; a dataset may be at most 64 MiB");
}

/* Each tests/data/bad/NAME.json must fail with exactly the text of NAME.expected. */
static void
test_bad_input (gconstpointer data)
{
  const char *name = data;
  g_autofree char *json_path = g_test_build_filename (G_TEST_DIST, "data", "bad", name, NULL);
  g_autofree char *stem = g_strndup (json_path, strlen (json_path) - strlen (".json"));
  g_autofree char *expected_path = g_strconcat (stem, ".expected", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *basename = g_path_get_basename (json_path);
  g_autoptr(GFile) file = g_file_new_for_path (json_path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_strchomp (expected);

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  dataset = atlas_dataset_new_from_bytes (bytes, basename, &error);
  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_assert_true (error->domain == ATLAS_DATASET_ERROR);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Returns the file names, which must outlive g_test_run (). */
static GPtrArray *
add_bad_input_tests (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  /* The issue asks for at least 30 distinct bad inputs. */
  g_assert_cmpuint (names->len, >=, 30);

  for (guint i = 0; i < names->len; i++)
    {
      char *name_i = g_ptr_array_index (names, i);
      g_autofree char *stem = g_strndup (name_i, strlen (name_i) - strlen (".json"));
      g_autofree char *test_path = g_strdup_printf ("/atlas/model/bad-input/%s", stem);

      g_test_add_data_func (test_path, name_i, test_bad_input);
    }
  return names;
}

static const char translated_dataset[] =
  "{\"format\": \"role-atlas-dataset\", \"version\": 1,"
  " \"sources\": [{\"id\": \"doc\", \"title\": \"Doc\", \"kind\": \"article\"},"
  "   {\"id\": \"month\", \"title\": \"Month\", \"date\": \"2026-05\", \"kind\": \"article\"},"
  "   {\"id\": \"day\", \"title\": \"Day\", \"date\": \"2026-03-10\", \"kind\": \"article\"}],"
  " \"skills\": [{\"id\": \"monitoring\", \"name\": \"Monitoring\", \"category\": \"ops\","
  "   \"name-translations\": {\"de\": \"Überwachung\", \"pt_BR\": \"Monitoramento\"}}],"
  " \"roles\": [{\"id\": \"mlops-engineer\", \"name\": \"MLOps Engineer\", \"family\": \"mlops\","
  "   \"name-translations\": {\"es\": \"Ingeniero de MLOps\"},"
  "   \"summary\": {\"text\": \"Runs models.\", \"source\": \"doc\","
  "     \"translations\": {\"de\": \"Betreibt Modelle.\"}},"
  "   \"guidance\": {\"responsibility\": [{\"text\": \"Deploys\", \"source\": \"doc\","
  "     \"translations\": {\"de\": \"Liefert aus\"}}]}}]}";

/* The same three figures, as objects and as a salary table whose rows leave optional cells
 * null: both forms must give the very same figures, in the same order. */
#define SALARY_TABLE_BASE \
  "{\"format\": \"role-atlas-dataset\", \"version\": 1," \
  " \"sources\": [{\"id\": \"doc\", \"title\": \"Doc\", \"kind\": \"dataset\"}]," \
  " \"roles\": [{\"id\": \"mlops-engineer\", \"name\": \"MLOps\", \"family\": \"mlops\"}],"

static const char salaries_as_objects[] = SALARY_TABLE_BASE
  " \"salaries\": ["
  "  {\"role\": \"mlops-engineer\", \"level\": \"all\", \"statistic\": \"range\", \"low\": 90,"
  "   \"high\": 120, \"high-open\": true, \"currency\": \"EUR\", \"source\": \"doc\"},"
  "  {\"role\": \"mlops-engineer\", \"country\": \"US\", \"level\": \"senior\","
  "   \"statistic\": \"quartiles\", \"low\": 100, \"high\": 300, \"value\": 200,"
  "   \"currency\": \"USD\", \"year\": 2024, \"sample-size\": 12, \"source\": \"doc\","
  "   \"note\": \"Work year 2024\"},"
  "  {\"role\": \"mlops-engineer\", \"level\": \"mid\", \"basis\": \"base\","
  "   \"statistic\": \"median\", \"value\": 150, \"currency\": \"USD\", \"source\": \"doc\"}]}";

static const char salaries_as_table[] = SALARY_TABLE_BASE
  " \"salary-tables\": [{\"source\": \"doc\","
  "  \"columns\": [\"role\", \"country\", \"level\", \"basis\", \"statistic\", \"low\", \"high\","
  "   \"high-open\", \"value\", \"currency\", \"year\", \"sample-size\", \"note\"],"
  "  \"rows\": ["
  "   [\"mlops-engineer\", null, \"all\", null, \"range\", 90, 120, true, null, \"EUR\", null,"
  "    null, null],"
  "   [\"mlops-engineer\", \"US\", \"senior\", null, \"quartiles\", 100, 300, null, 200, \"USD\","
  "    2024, 12, \"Work year 2024\"],"
  "   [\"mlops-engineer\", null, \"mid\", \"base\", \"median\", null, null, false, 150, \"USD\","
  "    null, null, null]]}]}";

static char *
list_salaries_of (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_dataset_new_from_bytes (bytes, "test.json", &error);
  g_autoptr(GString) csv = g_string_new (NULL);

  g_assert_no_error (error);
  atlas_dataset_append_csv (dataset, ATLAS_LIST_SALARIES, csv);
  return g_string_free (g_steal_pointer (&csv), FALSE);
}

static void
test_load_salary_tables (void)
{
  g_autofree char *from_objects = list_salaries_of (salaries_as_objects);
  g_autofree char *from_table = list_salaries_of (salaries_as_table);
  g_auto(GStrv) lines = g_strsplit (from_table, "\r\n", -1);

  g_assert_cmpstr (from_table, ==, from_objects);
  /* A header, three figures and the empty rest after the last line end. */
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GString    *log)
{
  g_string_append_printf (log, "%u-%u+%u;", position, removed, added);
}

/* The dataset's lists grow in batches: one announcement per batch, items in order. */
static void
test_item_list (void)
{
  g_autoptr(AtlasItemList) list = atlas_item_list_new (ATLAS_TYPE_DATASET);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(AtlasDataset) first = atlas_dataset_new_empty ("first");
  g_autoptr(AtlasDataset) second = atlas_dataset_new_empty ("second");
  g_autoptr(AtlasDataset) third = atlas_dataset_new_empty ("third");
  gpointer batch[] = { first, second };
  g_autoptr(AtlasDataset) item = NULL;

  g_signal_connect (list, "items-changed", G_CALLBACK (count_items_changed), log);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == ATLAS_TYPE_DATASET);
  atlas_item_list_take_all (list, batch, G_N_ELEMENTS (batch));
  atlas_item_list_take_all (list, (gpointer *) &third, 1);
  atlas_item_list_take_all (list, NULL, 0);
  /* The list took the references the datasets were created with. */
  g_steal_pointer (&first);
  g_steal_pointer (&second);
  g_steal_pointer (&third);

  g_assert_cmpstr (log->str, ==, "0-0+2;2-0+1;");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  item = g_list_model_get_item (G_LIST_MODEL (list), 2);
  g_assert_cmpstr (atlas_dataset_get_name (item), ==, "third");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 3));
}

/* What atlas_title_rule_normalise() must give: g_utf8_strdown(), then blanks (as
 * g_ascii_isspace() has them) dropped at the ends and collapsed to one space within. */
static char *
normalise_reference (const char *title)
{
  g_autofree char *lower = g_utf8_strdown (title, -1);
  g_autoptr(GString) result = g_string_new (NULL);
  gboolean blank_before = FALSE;

  for (const char *p = lower; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        blank_before = TRUE;
      else
        {
          if (blank_before && result->len > 0)
            g_string_append_c (result, ' ');
          blank_before = FALSE;
          g_string_append_c (result, *p);
        }
    }
  return g_string_free (g_steal_pointer (&result), FALSE);
}

/* Titles compare lower-cased with blanks collapsed; ASCII titles take a shorter way to the
 * same result, checked here for every ASCII character. */
static void
test_title_normalise (void)
{
  static const char * const titles[] = {
    "  Senior   ML\tEngineer \n", "MLOPS", "", "   ", "ÉQUIPE Données", "Machine Learning İnfra",
    "STRASSE Straße", "AI/ML Engineer (LLM)",
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *normalised = atlas_title_rule_normalise (titles[i]);
      g_autofree char *expected = normalise_reference (titles[i]);

      g_assert_cmpstr (normalised, ==, expected);
    }
  for (int c = 1; c < 0x80; c++)
    {
      g_autofree char *title = g_strdup_printf ("A%cb", c);
      g_autofree char *normalised = atlas_title_rule_normalise (title);
      g_autofree char *expected = normalise_reference (title);

      g_assert_cmpstr (normalised, ==, expected);
    }
  {
    g_autofree char *normalised = atlas_title_rule_normalise ("  Senior   ML\tEngineer \n");
    g_assert_cmpstr (normalised, ==, "senior ml engineer");
  }
}

static AtlasDataset *
load_translated_in (const char *language)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (translated_dataset, strlen (translated_dataset));
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset;

  /* GLib reads LANGUAGE again whenever it changes, as gettext does. */
  g_setenv ("LANGUAGE", language, TRUE);
  dataset = atlas_dataset_new_from_bytes (bytes, "translated.json", &error);
  g_unsetenv ("LANGUAGE");
  g_assert_no_error (error);
  return dataset;
}

static const char *
first_statement_text (AtlasDataset *dataset)
{
  g_autoptr(AtlasStatement) statement = g_list_model_get_item (atlas_dataset_get_statements (dataset), 0);
  return atlas_statement_get_text (statement);
}

/* Each text takes the user's first language that has it, field by field, else English. */
static void
test_dataset_translations (void)
{
  g_autoptr(AtlasDataset) german = load_translated_in ("de");
  g_autoptr(AtlasDataset) spanish = load_translated_in ("es:de");
  g_autoptr(AtlasDataset) brazilian = load_translated_in ("pt_BR");
  g_autoptr(AtlasDataset) french = load_translated_in ("fr");
  AtlasRole *role;

  role = atlas_dataset_lookup_role (german, "mlops-engineer");
  g_assert_cmpstr (atlas_role_get_name (role), ==, "MLOps Engineer");
  g_assert_cmpstr (atlas_role_get_summary (role), ==, "Betreibt Modelle.");
  g_assert_cmpstr (atlas_skill_get_name (atlas_dataset_lookup_skill (german, "monitoring")), ==, "Überwachung");
  g_assert_cmpstr (first_statement_text (german), ==, "Liefert aus");

  /* Spanish first, German second: the name is Spanish, the rest falls to German. */
  role = atlas_dataset_lookup_role (spanish, "mlops-engineer");
  g_assert_cmpstr (atlas_role_get_name (role), ==, "Ingeniero de MLOps");
  g_assert_cmpstr (atlas_role_get_summary (role), ==, "Betreibt Modelle.");

  g_assert_cmpstr (atlas_skill_get_name (atlas_dataset_lookup_skill (brazilian, "monitoring")), ==, "Monitoramento");

  role = atlas_dataset_lookup_role (french, "mlops-engineer");
  g_assert_cmpstr (atlas_role_get_name (role), ==, "MLOps Engineer");
  g_assert_cmpstr (atlas_role_get_summary (role), ==, "Runs models.");
  g_assert_cmpstr (first_statement_text (french), ==, "Deploys");
}

/* Translated role names must not split a title in two: transitions attach to the path step
 * that names the role by id, not by its (translated) name. */
static void
test_career_graph_in_german (void)
{
  g_autoptr(AtlasDataset) english = load_bundled ();
  g_autoptr(AtlasDataset) german = NULL;
  g_autoptr(AtlasCareerGraph) english_graph = atlas_career_graph_new (english);
  g_autoptr(AtlasCareerGraph) german_graph = NULL;

  g_setenv ("LANGUAGE", "de", TRUE);
  german = load_bundled ();
  g_unsetenv ("LANGUAGE");
  g_assert_cmpstr (atlas_role_get_name (atlas_dataset_lookup_role (german, "mlops-engineer")), ==,
                   "MLOps-Engineer");
  g_assert_cmpstr (atlas_dataset_get_title (german), ==, "ML- und KI-Engineering-Rollen, nach fünf öffentlichen Dokumenten");
  german_graph = atlas_career_graph_new (german);
  g_assert_cmpuint (atlas_career_graph_get_n_nodes (german_graph), ==,
                    atlas_career_graph_get_n_nodes (english_graph));
  g_assert_cmpuint (atlas_career_graph_get_n_edges (german_graph), ==,
                    atlas_career_graph_get_n_edges (english_graph));
}

/* In English (and in the C locale the tests run in) dates keep the dataset's ISO form. */
static void
test_source_dates (void)
{
  g_autoptr(AtlasDataset) dataset = load_translated_in ("en");
  const char *ids[] = { "doc", "month", "day" };
  const char *expected[] = { "undated", "2026-05", "2026-03-10" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *date = atlas_format_source_date (atlas_dataset_lookup_source (dataset, ids[i]));
      g_assert_cmpstr (date, ==, expected[i]);
    }
}

/* Category headings spell the field's acronyms as they are written: "LLM", not "Llm", for
 * the bundled dataset's categories and for another dataset's, spelled out from their ids. */
static void
test_skill_categories (void)
{
  g_autoptr(AtlasDataset) dataset = load_bundled ();
  GListModel *skills = atlas_dataset_get_skills (dataset);
  static const char * const cases[][2] = {
    { "llm", "LLM" },
    { "ml-infrastructure", "ML infrastructure" },
    { "mlops", "MLOps" },
    { "machine-learning", "Machine learning" },
    { "cloud", "Cloud" },
    { "edge-ai-tooling", "Edge AI tooling" },
    { "gpu-scheduling", "GPU scheduling" },
    { "data-llmops", "Data LLMOps" },
    { "x", "X" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = atlas_format_skill_category (cases[i][0]);

      g_assert_cmpstr (name, ==, cases[i][1]);
    }
  /* Every bundled category reads as a heading: capitalised, words apart. */
  for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
    {
      g_autoptr(AtlasSkill) skill = g_list_model_get_item (skills, i);
      g_autofree char *name = atlas_format_skill_category (atlas_skill_get_category (skill));

      g_assert_true (g_ascii_isupper (name[0]));
      g_assert_null (strchr (name, '-'));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) bad_inputs = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  /* Report every bad-input case that fails, not just the first. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/atlas/model/load/bundled", test_load_bundled);
  g_test_add_func ("/atlas/model/load/preloaded", test_load_preloaded);
  g_test_add_func ("/atlas/model/load/large-file", test_load_large_file);
  g_test_add_func ("/atlas/model/load/encoding", test_load_encoding);
  g_test_add_func ("/atlas/model/load/references", test_load_references);
  g_test_add_func ("/atlas/model/load/salary-tables", test_load_salary_tables);
  g_test_add_func ("/atlas/model/item-list", test_item_list);
  g_test_add_func ("/atlas/model/load/missing-file", test_load_missing_file);
  g_test_add_func ("/atlas/model/load/folder", test_load_folder);
  g_test_add_func ("/atlas/model/load/too-large", test_load_too_large);
  g_test_add_func ("/atlas/model/load/translations", test_dataset_translations);
  g_test_add_func ("/atlas/model/format/source-dates", test_source_dates);
  g_test_add_func ("/atlas/model/format/skill-categories", test_skill_categories);
  g_test_add_func ("/atlas/model/career-graph/german", test_career_graph_in_german);
  g_test_add_func ("/atlas/model/title-normalise", test_title_normalise);
  g_test_add_func ("/atlas/model/bundled/salaries", test_bundled_salaries);
  g_test_add_func ("/atlas/model/bundled/salary-index", test_bundled_salary_index);
  g_test_add_func ("/atlas/model/bundled/skill-table", test_bundled_skill_table);
  g_test_add_func ("/atlas/model/bundled/top-skills", test_bundled_top_skills);
  bad_inputs = add_bad_input_tests ();

  return g_test_run ();
}
