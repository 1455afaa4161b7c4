#!/usr/bin/env python3
# Writes the bad-input corpus: for each case NAME, NAME.json (the broken dataset) and
# NAME.expected (the exact message the loader must give). The messages are written here by
# hand, never captured from the loader, so test-bad-input fails when a message regresses.
#   cd tests/data/bad && python3 make-bad-corpus.py
import copy
import json

BASE = {
    "format": "role-atlas-dataset",
    "version": 1,
    "sources": [{"id": "doc", "title": "Doc", "kind": "article"}],
    "skills": [{"id": "python", "name": "Python", "category": "programming"}],
    "roles": [{"id": "mlops-engineer", "name": "MLOps Engineer", "family": "mlops"}],
}

SALARY = {"role": "mlops-engineer", "level": "all", "statistic": "range", "low": 100,
          "high": 200, "currency": "USD", "source": "doc"}

cases = []


def raw(name, data, message):
    cases.append((name, data, message))


def doc(name, change, message):
    document = copy.deepcopy(BASE)
    change(document)
    raw(name, json.dumps(document, indent=1).encode(), message)


def salary(name, change, message):
    def apply(document):
        figure = dict(SALARY)
        change(figure)
        document["salaries"] = [figure]
    doc(name, apply, message)


def setter(key, value):
    def change(obj):
        obj[key] = value
    return change


def deleter(key):
    def change(obj):
        del obj[key]
    return change


raw("empty-file", b"", "$: the file is empty")
raw("not-json", b"role atlas\n", "$: not valid JSON at line 1, column 4: unexpected identifier `role', expected value")
raw("truncated", b'{"format": "role-atlas-dataset", "version": 1, "sources": [',
    "$: not valid JSON at line 1, column 59: unexpected end of file, expected character `]'")
raw("latin1", '{"format": "role-atlas-dataset", "note": "caf\xe9"}'.encode("latin-1"),
    "$: not valid UTF-8 at line 1, column 46 (byte 45); save the file as UTF-8")
raw("nul-byte", b'{"format": "role-atlas-dataset",\n\x00}',
    "$: contains a NUL byte at line 2, column 1; a dataset is UTF-8 text")
raw("too-deep", b'{"format": "role-atlas-dataset", "x": ' + b"[" * 70 + b"]" * 70 + b"}",
    "$: nested deeper than 64 levels at line 1, column 102")
raw("top-level-array", b"[1, 2]", "$: expected an object at the top level, found an array")
doc("missing-format", deleter("format"),
    '$.format: not a Role Atlas dataset; it must start with "format": "role-atlas-dataset"')
doc("wrong-format", setter("format", "geojson"),
    '$.format: not a Role Atlas dataset; it must start with "format": "role-atlas-dataset"')
doc("future-version", setter("version", 2),
    "$.version: version 2 is not supported; this Role Atlas reads version 1")
doc("version-string", setter("version", "1"),
    "$.version: missing or not a whole number; this Role Atlas reads version 1")
doc("roles-not-array", setter("roles", {"id": "x"}), "$.roles: expected an array, found an object")
doc("missing-roles", deleter("roles"), "$.roles: missing; this member is required")
doc("source-missing-title", lambda d: d["sources"][0].pop("title"),
    "$.sources[0].title: missing; this member is required")
doc("source-bad-kind", lambda d: d["sources"][0].update(kind="blog"),
    "$.sources[0].kind: unknown source kind “blog”; expected one of article, dataset")
doc("source-bad-url", lambda d: d["sources"][0].update(url="javascript:alert(1)"),
    "$.sources[0].url: “javascript:alert(1)” is not a web address; only http and https addresses are allowed")
doc("source-bad-date", lambda d: d["sources"][0].update(date="2026-02-30"),
    "$.sources[0].date: “2026-02-30” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
doc("duplicate-role", lambda d: d["roles"].append({"id": "mlops-engineer", "name": "Again", "family": "mlops"}),
    "$.roles[1].id: the role id “mlops-engineer” is already used at $.roles[0].id")
doc("duplicate-skill", lambda d: d["skills"].append({"id": "python", "name": "Py", "category": "programming"}),
    "$.skills[1].id: the skill id “python” is already used at $.skills[0].id")
doc("id-not-kebab", lambda d: d["roles"][0].update(id="MLOps_Engineer"),
    "$.roles[0].id: “MLOps_Engineer” is not a valid id: use lower-case letters, digits and single dashes (kebab-case)")
doc("misspelt-member", lambda d: d["roles"][0].update(nmae="MLOps"),
    "$.roles[0].nmae: unknown member; expected one of id, name, name-translations, family, core, "
    "summary, guidance")
salary("quartiles-incomplete", lambda f: f.update(statistic="quartiles"),
       "$.salaries[0]: quartiles take “low” (25th percentile), “value” (median), “high” (75th "
       "percentile) and “sample-size”, and no “high-open”")
salary("quartiles-not-rising", lambda f: f.update(statistic="quartiles", low=100, value=300, high=200,
                                                  **{"sample-size": 7}),
       "$.salaries[0]: quartiles must rise: low 100, value 300, high 200")
doc("title-rule-empty", lambda d: d.update(**{"title-rules": [{"role": "mlops-engineer"}]}),
    "$.title-rules[0]: a title rule needs “titles” or “patterns”")
doc("title-rule-twice", lambda d: d.update(**{"title-rules": [
        {"role": "mlops-engineer", "titles": ["MLOps Engineer"]},
        {"role": "mlops-engineer", "titles": ["mlops  engineer"]}]}),
    "$.title-rules[1].titles[0]: the title “mlops  engineer” is already mapped at "
    "$.title-rules[0].titles[0]")
doc("title-rule-unknown-role", lambda d: d.update(**{"title-rules": [{"role": "astronaut", "titles": ["Astronaut"]}]}),
    "$.title-rules[0].role: no role has the id “astronaut”")
raw("lone-surrogate", json.dumps({"format": "role-atlas-dataset", "version": 1,
                                  "sources": [{"id": "doc", "title": "Doc", "kind": "article"}],
                                  "roles": [{"id": "r", "name": "R \udc80 x", "family": "f"}]}).encode(),
    "$.roles[0].name: not valid Unicode text: an escape such as \\ud800 stands for half a character")
doc("translations-not-object", lambda d: d["roles"][0].update(**{"name-translations": "MLOps"}),
    "$.roles[0].name-translations: expected an object of translations by language, found a string")
doc("translation-bad-language", lambda d: d["skills"][0].update(**{"name-translations": {"German": "Python"}}),
    "$.skills[0].name-translations.German: “German” is not a language code; use one such as de, es "
    "or pt_BR")
doc("translation-empty", lambda d: d["roles"][0].update(**{"name-translations": {"de": ""}}),
    "$.roles[0].name-translations.de: must not be empty")
doc("name-is-number", lambda d: d["roles"][0].update(name=42),
    "$.roles[0].name: expected a string, found a whole number")
doc("empty-name", lambda d: d["roles"][0].update(name=""), "$.roles[0].name: must not be empty")
doc("unknown-topic", lambda d: d["roles"][0].update(guidance={"hobbies": []}),
    "$.roles[0].guidance.hobbies: unknown topic; expected one of primary-focus, main-concern, tools, "
    "collaborates-with, background, reports-to, optimises-for, hiring-priority, responsibility, "
    "day-in-the-life, hire-when, certification, interview-topic, evaluation, talent-pool, market, "
    "compensation, career, outlook, analogy, skills, trend, hiring, team, premium, overlap, summary")
doc("statement-unknown-source", lambda d: d["roles"][0].update(
        guidance={"tools": [{"text": "MLflow", "source": "blog"}]}),
    "$.roles[0].guidance.tools[0].source: no source has the id “blog”")
doc("fact-missing-text", setter("facts", [{"topic": "trend", "source": "doc"}]),
    "$.facts[0].text: missing; this member is required")
salary("salary-unknown-role", setter("role", "astronaut"), "$.salaries[0].role: no role has the id “astronaut”")
salary("salary-unknown-source", setter("source", "rumour"), "$.salaries[0].source: no source has the id “rumour”")
salary("salary-negative", setter("low", -5),
       "$.salaries[0].low: -5 is not a valid amount; amounts must be above zero")
salary("salary-absurd", setter("high", 50000000000),
       "$.salaries[0].high: 50000000000 is not a plausible yearly amount; the limit is 10000000")
salary("salary-low-above-high", lambda f: f.update(low=300, high=200),
       "$.salaries[0]: low (300) is above high (200)")
salary("salary-unknown-level", setter("level", "junior"),
       "$.salaries[0].level: unknown level “junior”; expected one of entry, mid, senior, staff, lead, executive, all")
salary("salary-unknown-country", setter("country", "XX"),
       "$.salaries[0].country: “XX” is not an ISO 3166-1 alpha-2 country code (such as US or VN)")
salary("salary-lower-case-country", setter("country", "us"),
       "$.salaries[0].country: “us” is not an ISO 3166-1 alpha-2 country code (such as US or VN)")
salary("salary-unknown-currency", setter("currency", "DOLLARS"),
       "$.salaries[0].currency: “DOLLARS” is not an ISO 4217 currency code (such as USD or EUR)")
salary("salary-fractional-amount", setter("low", 100.5),
       "$.salaries[0].low: expected an amount as a whole number, found a number with a fraction")
salary("salary-no-amount", lambda f: (f.pop("low"), f.pop("high")),
       "$.salaries[0]: no amount; give “value”, or “low” and/or “high”")
salary("salary-value-and-range", setter("value", 150),
       "$.salaries[0]: give either “value” or “low”/“high”, not both")
salary("salary-unknown-statistic", setter("statistic", "mode"),
       "$.salaries[0].statistic: unknown statistic “mode”; expected one of range, average, median, p25, p75, p90, top, example, quartiles")
salary("salary-unknown-basis", setter("basis", "equity"),
       "$.salaries[0].basis: unknown pay basis “equity”; expected one of base, total")
salary("salary-year-out-of-range", setter("year", 26),
       "$.salaries[0].year: 26 is out of range; expected 1990 to 2100")
doc("role-skill-unknown-skill", setter("role-skills", [{"role": "mlops-engineer", "skill": "juggling", "source": "doc"}]),
    "$.role-skills[0].skill: no skill has the id “juggling”")
doc("role-skill-bad-level", setter("role-skills", [{"role": "mlops-engineer", "skill": "python", "level": "guru", "source": "doc"}]),
    "$.role-skills[0].level: unknown proficiency “guru”; expected one of none, basic, intermediate, proficient, expert, or a rising range such as basic-intermediate")
doc("role-skill-falling-range", setter("role-skills", [{"role": "mlops-engineer", "skill": "python", "level": "expert-basic", "source": "doc"}]),
    "$.role-skills[0].level: unknown proficiency “expert-basic”; expected one of none, basic, intermediate, proficient, expert, or a rising range such as basic-intermediate")
doc("path-one-step", setter("paths", [{"id": "p", "name": "P", "source": "doc", "steps": [{"title": "MLOps Engineer"}]}]),
    "$.paths[0].steps: a career path needs at least two steps")
doc("path-unknown-role", setter("paths", [{"id": "p", "name": "P", "source": "doc", "steps": [
        {"title": "MLOps Engineer", "role": "mlops-engineer"}, {"title": "Wizard", "role": "wizard"}]}]),
    "$.paths[0].steps[1].role: no role has the id “wizard”")
doc("transition-to-itself", setter("transitions", [{"from": "mlops-engineer", "to": "mlops-engineer", "source": "doc"}]),
    "$.transitions[0].to: a transition must lead to another role, not back to “mlops-engineer”")


TABLE_COLUMNS = ["role", "country", "level", "statistic", "low", "high", "value", "currency",
                 "sample-size"]
TABLE_ROW = ["mlops-engineer", "US", "senior", "quartiles", 100, 300, 200, "USD", 12]


def table(name, change, message):
    """A salary table with one good row, changed by @change(table)."""
    def apply(document):
        salary_table = {"source": "doc", "columns": list(TABLE_COLUMNS), "rows": [list(TABLE_ROW)]}
        change(salary_table)
        document["salary-tables"] = [salary_table]
    doc(name, apply, message)


def cell(column, value):
    def change(salary_table):
        salary_table["rows"][0][TABLE_COLUMNS.index(column)] = value
    return change


table("table-unknown-column", lambda t: t["columns"].__setitem__(8, "records"),
      "$.salary-tables[0].columns[8]: unknown column “records”; expected one of role, country, "
      "level, basis, statistic, low, high, high-open, value, currency, year, sample-size, cites, "
      "note (a table gives its source once, beside its columns)")
table("table-source-column", lambda t: t["columns"].__setitem__(8, "source"),
      "$.salary-tables[0].columns[8]: unknown column “source”; expected one of role, country, "
      "level, basis, statistic, low, high, high-open, value, currency, year, sample-size, cites, "
      "note (a table gives its source once, beside its columns)")
table("table-repeated-column", lambda t: t["columns"].__setitem__(5, "low"),
      "$.salary-tables[0].columns[5]: “low” is already column 4")
table("table-no-role-column", lambda t: (t["columns"].pop(0), t["rows"][0].pop(0)),
      "$.salary-tables[0].columns: no “role” column; every salary figure needs one")
table("table-unknown-source", setter("source", "rumour"),
      "$.salary-tables[0].source: no source has the id “rumour”")
table("table-row-not-array", lambda t: t["rows"].append({"role": "mlops-engineer"}),
      "$.salary-tables[0].rows[1]: expected an array of cells, one per column, found an object")
table("table-row-short", lambda t: t["rows"][0].pop(),
      "$.salary-tables[0].rows[0]: 8 cells; the table has 9 columns")
table("table-empty-required-cell", cell("level", None),
      "$.salary-tables[0].rows[0][2]: empty; the “level” column needs a value in every row")
table("table-bad-cell", cell("high", "lots"),
      "$.salary-tables[0].rows[0][5]: expected an amount as a whole number, found a string")


def second_row(column, value):
    """A second row, a copy of the good one with @column set to @value."""
    def change(salary_table):
        row = list(TABLE_ROW)
        row[TABLE_COLUMNS.index(column)] = value
        salary_table["rows"].append(row)
    return change


# The loader remembers the last code and reference it found: a row after a good one is
# still checked in full.
table("table-unknown-country-after-known", second_row("country", "ZZ"),
      "$.salary-tables[0].rows[1][1]: “ZZ” is not an ISO 3166-1 alpha-2 country code (such as US "
      "or VN)")
table("table-unknown-currency-after-known", second_row("currency", "USDX"),
      "$.salary-tables[0].rows[1][7]: “USDX” is not an ISO 4217 currency code (such as USD or EUR)")
table("table-unknown-role-after-known", second_row("role", "mlops-engineer-2"),
      "$.salary-tables[0].rows[1][0]: no role has the id “mlops-engineer-2”")
# A reference is looked up before its spelling is checked; one that finds nothing and is
# not an id at all says so.
salary("salary-role-not-an-id", setter("role", "MLOps Engineer"),
       "$.salaries[0].role: “MLOps Engineer” is not a valid id: use lower-case letters, digits and "
       "single dashes (kebab-case)")
table("table-unknown-country", cell("country", "XX"),
      "$.salary-tables[0].rows[0][1]: “XX” is not an ISO 3166-1 alpha-2 country code (such as US "
      "or VN)")
table("table-unknown-role", cell("role", "astronaut"),
      "$.salary-tables[0].rows[0][0]: no role has the id “astronaut”")
table("table-quartiles-not-rising", cell("value", 400),
      "$.salary-tables[0].rows[0]: quartiles must rise: low 100, value 400, high 300")
table("table-misspelt-member", setter("colums", []),
      "$.salary-tables[0].colums: unknown member; expected one of source, columns, rows")


def reversed_months(document):
    document["roles"].append({"id": "devops-engineer", "name": "DevOps Engineer", "family": "devops"})
    document["transitions"] = [{"from": "devops-engineer", "to": "mlops-engineer", "source": "doc",
                                "months": {"min": 12, "max": 6}}]


doc("transition-months-reversed", reversed_months, "$.transitions[0].months: min (12) is above max (6)")
doc("market-percent-over-100", setter("market", [{"role": "mlops-engineer", "metric": "remote-share", "value": 120,
                                                    "unit": "percent", "source": "doc"}]),
    "$.market[0].value: 120 is out of range for a percentage")
doc("element-not-object", setter("sources", ["doc"]), "$.sources[0]: expected an object, found a string")
doc("title-is-number", setter("title", 7), "$.title: expected a string, found a whole number")
doc("empty-title", setter("title", ""), "$.title: must not be empty")
doc("title-translations-not-object", setter("title-translations", "Titel"),
    "$.title-translations: expected an object of translations by language, found a string")


# A role with a bad name is still known by its id: no follow-on "no role" problem.
raw("several-problems", json.dumps(dict(copy.deepcopy(BASE), roles=[{"id": "mlops-engineer", "name": 1, "family": "mlops"}],
                                        salaries=[dict(SALARY, currency="EURO")]), indent=1).encode(),
    "$.roles[0].name: expected a string, found a whole number\n"
    "$.salaries[0].currency: “EURO” is not an ISO 4217 currency code (such as USD or EUR)")

for name, data, message in cases:
    with open(name + ".json", "wb") as f:
        f.write(data)
    # Each line of the message starts with the file name, as the loader reports it.
    lines = [name + ".json: " + line for line in message.split("\n")]
    with open(name + ".expected", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
print(len(cases), "cases")
