#!/usr/bin/env python3
"""Role Atlas's salary aggregates must equal an independent computation, cell for cell.

Runs `role-atlas --import-salaries` and tests/reference/salary_aggregates.py on the
aijobs.net snapshot and on the fixture, with each option, and compares their output byte
for byte; then checks that the dataset's bundled aijobs.net figures are those cells.
    check-salary-reference.py ROLE_ATLAS SOURCE_ROOT
"""
import csv
import io
import json
import os
import subprocess
import sys

OPTION_SETS = [[], ['--min-records=1'], ['--drop-duplicates', '--min-records=1'],
               ['--all-employment-types', '--min-records=3']]


def salary_figures(dataset):
    """Every salary figure as a dict, from "salaries" and from the rows of "salary-tables"."""
    figures = list(dataset.get('salaries', []))
    for table in dataset.get('salary-tables', []):
        for row in table['rows']:
            figure = {column: cell for column, cell in zip(table['columns'], row) if cell is not None}
            figure['source'] = table['source']
            figures.append(figure)
    return figures


def main(role_atlas, root):
    dataset = os.path.join(root, 'data', 'dataset', 'role-atlas.json')
    reference = os.path.join(root, 'tests', 'reference', 'salary_aggregates.py')
    inputs = [os.path.join(root, 'data', 'sources', 'aijobs_salaries_2025-01-19.csv'),
              os.path.join(root, 'tests', 'data', 'salaries', 'fixture.csv')]
    env = {**os.environ, 'LC_ALL': 'C.UTF-8', 'LANGUAGE': ''}
    failures = 0

    for records in inputs:
        for options in OPTION_SETS:
            ours = subprocess.run([role_atlas, '--data', dataset, '--import-salaries', records,
                                   *options], capture_output=True, check=True, env=env).stdout
            theirs = subprocess.run([sys.executable, reference, dataset, records, *options],
                                    capture_output=True, check=True, env=env).stdout
            name = f'{os.path.basename(records)} {" ".join(options)}'
            if ours != theirs:
                failures += 1
                print(f'DIFFERENT: {name}')
                for a, b in zip(ours.splitlines(), theirs.splitlines()):
                    if a != b:
                        print(f'  role-atlas: {a.decode()}\n  reference:  {b.decode()}')
                        break
            else:
                print(f'same: {name} ({len(ours.splitlines()) - 1} cells)')

    cells = subprocess.run([sys.executable, reference, dataset, inputs[0], '--min-records=1'],
                           capture_output=True, check=True, text=True, env=env).stdout
    expected = {(c['role'], c['country'], c['level']): c
                for c in csv.DictReader(io.StringIO(cells, newline=''))}
    with open(dataset, encoding='utf-8') as f:
        bundled = [figure for figure in salary_figures(json.load(f))
                   if figure['source'] == 'aijobs-2025-01-19']
    found = {}
    for figure in bundled:
        found[(figure['role'], figure.get('country', ''), figure['level'])] = figure
    if set(found) != set(expected) or len(found) != len(bundled):
        failures += 1
        print(f'bundled cells: {len(bundled)}, reference cells: {len(expected)}; '
              f'missing {sorted(set(expected) - set(found))[:5]}, '
              f'extra {sorted(set(found) - set(expected))[:5]}')
    for key, figure in found.items():
        cell = expected.get(key)
        if cell is None:
            continue
        got = (figure['sample-size'], figure['low'], figure['value'], figure['high'], figure['year'])
        want = (int(cell['n']), int(cell['p25']), int(cell['median']), int(cell['p75']),
                int(cell['last_year']))
        if got != want:
            failures += 1
            print(f'bundled {key}: {got}, reference {want}')
    print(f'bundled aijobs.net figures checked: {len(bundled)}')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
