/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "atlas-salary-figure.h"
#include "atlas-source.h"

G_BEGIN_DECLS

/* "$150,000" for US dollars, "90,000 EUR" otherwise; digits grouped as the locale does. */
char       *atlas_format_amount          (gint64             amount,
                                          const char        *currency);
/* The amounts of a figure as its source gives them: "$150,000–$220,000", "$130,000–$200,000+",
 * "from $80,000", "up to $180,000" or "$161,281". */
char       *atlas_format_salary_amounts  (AtlasSalaryFigure *figure);
/* The name to show beside a figure: the publisher, or the title when it has none. */
const char *atlas_format_source_short    (AtlasSource       *source);
/* A source's date as the locale writes it ("10 March 2026", "March 2026", "2026"), or "undated".
 * In English the dataset's own ISO form is kept. */
char       *atlas_format_source_date     (AtlasSource       *source);
/* "Title — Publisher, Author, 2026-03-10" with whatever parts the source has. */
char       *atlas_format_source_citation (AtlasSource       *source);
/* A skill category's name from its id: "ML infrastructure" for "ml-infrastructure",
 * translated for the bundled dataset's categories; another dataset's are spelled out from
 * their ids, with the field's acronyms ("llm", "mlops") written as such. */
char       *atlas_format_skill_category  (const char        *category);

G_END_DECLS
