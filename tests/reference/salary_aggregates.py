#!/usr/bin/env python3
"""An independent computation of Role Atlas's salary aggregates, for checking its numbers.

Reads salary records in the aijobs.net CSV layout with Python's csv module, maps job titles
to roles with the title rules of a Role Atlas dataset (exact titles, then glob patterns,
compared in lower case with runs of spaces made one), and prints, like
`role-atlas --import-salaries`, per role x country of residence x level, per role x country
and per role: n, the 25th percentile, median and 75th percentile (statistics.quantiles
with method='inclusive', which is numpy's default linear interpolation, and
statistics.median), min, max and the span of work years. Amounts are rounded to the
nearest dollar, halves up. Rows that are not valid records are skipped, as the app skips
them; only full-time records count unless --all-employment-types is given.

    salary_aggregates.py DATASET.json RECORDS.csv [--min-records=N] [--drop-duplicates]
                         [--all-employment-types]
"""
import argparse
import csv
import fnmatch
import json
import math
import statistics
import sys

LEVELS = {'EN': 'entry', 'MI': 'mid', 'SE': 'senior', 'EX': 'executive'}
LEVEL_ORDER = ['all', 'entry', 'mid', 'senior', 'executive']
EMPLOYMENT_TYPES = {'FT', 'PT', 'CT', 'FL'}
REQUIRED = ['work_year', 'experience_level', 'employment_type', 'job_title', 'salary_in_usd',
            'employee_residence']
ISO_3166 = '/usr/share/iso-codes/json/iso_3166-1.json'


def normalise(title):
    return ' '.join(title.lower().split())


def load_rules(dataset_path):
    with open(dataset_path, encoding='utf-8') as f:
        dataset = json.load(f)
    roles = [role['id'] for role in dataset['roles']]
    exact, patterns = {}, []
    for rule in dataset.get('title-rules', []):
        for title in rule.get('titles', []):
            exact[normalise(title)] = rule['role']
        for pattern in rule.get('patterns', []):
            patterns.append((normalise(pattern), rule['role']))
    return roles, exact, patterns


def match(title, exact, patterns):
    key = normalise(title)
    if key in exact:
        return exact[key]
    for pattern, role in patterns:
        if fnmatch.fnmatchcase(key, pattern):
            return role
    return None


def amount(text):
    """Whole dollars, or a decimal rounded to the nearest dollar; None if not an amount."""
    whole, dot, fraction = text.partition('.')
    if not whole.isascii() or not whole.isdigit():
        return None
    if dot and (not fraction or not fraction.isascii() or not fraction.isdigit()):
        return None
    value = int(whole) + (1 if dot and fraction[0] >= '5' else 0)
    return value if int(whole) <= 10**12 else None


def read_records(path, exact, patterns, countries, args):
    records = []
    seen = set()
    with open(path, encoding='utf-8', newline='') as f:
        rows = csv.reader(f)
        header = [name.strip().lower() for name in next(rows)]
        index = {name: header.index(name) for name in REQUIRED}
        salary_column = header.index('salary') if 'salary' in header else None
        for row in rows:
            if row == []:
                continue
            if len(row) != len(header):
                continue
            get = lambda name: row[index[name]]
            usd = amount(get('salary_in_usd'))
            if usd is None:
                continue
            if salary_column is not None and amount(row[salary_column]) is None:
                continue
            if get('experience_level') not in LEVELS:
                continue
            if get('employment_type') not in EMPLOYMENT_TYPES:
                continue
            country = get('employee_residence')
            if country not in countries:
                continue
            year = get('work_year')
            if not (year.isascii() and year.isdigit() and 1990 <= int(year) <= 2100):
                continue
            key = tuple(row)
            duplicate = key in seen
            seen.add(key)
            if duplicate and args.drop_duplicates:
                continue
            if get('employment_type') != 'FT' and not args.all_employment_types:
                continue
            role = match(get('job_title'), exact, patterns)
            if role is None:
                continue
            records.append((role, country, LEVELS[get('experience_level')], int(year), usd))
    return records


def quartiles(values):
    values = sorted(values)
    if len(values) == 1:
        return values[0], values[0], values[0]
    p25, _, p75 = statistics.quantiles(values, n=4, method='inclusive')
    return p25, statistics.median(values), p75


def round_half_up(value):
    return math.floor(value + 0.5)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('dataset')
    parser.add_argument('records')
    parser.add_argument('--min-records', type=int, default=5)
    parser.add_argument('--drop-duplicates', action='store_true')
    parser.add_argument('--all-employment-types', action='store_true')
    args = parser.parse_args()

    roles, exact, patterns = load_rules(args.dataset)
    with open(ISO_3166, encoding='utf-8') as f:
        countries = {entry['alpha_2'] for entry in json.load(f)['3166-1']}
    records = read_records(args.records, exact, patterns, countries, args)

    cells = {}
    for role, country, level, year, usd in records:
        for key in ((role, '', 'all'), (role, country, 'all'), (role, country, level)):
            cells.setdefault(key, []).append((year, usd))

    def order(key):
        role, country, level = key
        return roles.index(role), country, LEVEL_ORDER.index(level)

    out = csv.writer(sys.stdout, lineterminator='\r\n')
    out.writerow(['role', 'country', 'level', 'n', 'p25', 'median', 'p75', 'min', 'max',
                  'first_year', 'last_year'])
    for key in sorted(cells, key=order):
        years = [year for year, _ in cells[key]]
        amounts = [usd for _, usd in cells[key]]
        if len(amounts) < args.min_records:
            continue
        p25, median, p75 = quartiles(amounts)
        out.writerow([*key, len(amounts), round_half_up(p25), round_half_up(median),
                      round_half_up(p75), min(amounts), max(amounts), min(years), max(years)])


if __name__ == '__main__':
    main()
