#!/usr/bin/env python3
"""Regenerates the dataset's aijobs.net salary figures from the snapshot in this folder.

Runs `role-atlas --import-salaries` (the app's own importer, with the dataset's title rules)
on the snapshot and writes the salary table of the source aijobs-2025-01-19 in
data/dataset/role-atlas.json ("salary-tables"): one "quartiles" figure per cell, small cells
included (the app hides cells below its "too few records" threshold, which the user can
lower). Each row is written on a line of its own.

    python3 data/sources/update-aijobs-aggregates.py _build/src/role-atlas
"""
import csv
import io
import json
import os
import subprocess
import sys

SOURCE_ID = 'aijobs-2025-01-19'
HERE = os.path.dirname(os.path.abspath(__file__))
SNAPSHOT = os.path.join(HERE, 'aijobs_salaries_2025-01-19.csv')
DATASET = os.path.join(HERE, '..', 'dataset', 'role-atlas.json')


def dollars(amount):
    return '${:,}'.format(amount)


COLUMNS = ['role', 'country', 'level', 'statistic', 'low', 'high', 'value', 'currency', 'year',
           'sample-size', 'note']


def row(cell):
    first, last = int(cell['first_year']), int(cell['last_year'])
    years = f'Work year {last}' if first == last else f'Work years {first}–{last}'
    return [cell['role'], cell['country'] or None, cell['level'], 'quartiles', int(cell['p25']),
            int(cell['p75']), int(cell['median']), 'USD', last, int(cell['n']),
            f'{years}; lowest {dollars(int(cell["min"]))}, highest {dollars(int(cell["max"]))}']


def dumps(dataset):
    """JSON with two-space indents, but each table row on one line: a row is one figure."""
    rows = {}
    for index, table in enumerate(dataset.get('salary-tables', [])):
        marker = f'@rows-{index}@'
        rows[marker] = table['rows']
        table['rows'] = marker
    text = json.dumps(dataset, indent=2, ensure_ascii=False)
    for marker, table_rows in rows.items():
        lines = ',\n'.join('        ' + json.dumps(r, ensure_ascii=False, separators=(', ', ': '))
                           for r in table_rows)
        text = text.replace(json.dumps(marker), '[\n' + lines + '\n      ]')
    for index, table_rows in enumerate(rows.values()):
        dataset['salary-tables'][index]['rows'] = table_rows
    return text + '\n'


def main(role_atlas):
    output = subprocess.run([role_atlas, '--data', DATASET, '--import-salaries', SNAPSHOT,
                             '--min-records=1'], check=True, capture_output=True, text=True,
                            env={**os.environ, 'LC_ALL': 'C.UTF-8', 'LANGUAGE': ''}).stdout
    cells = list(csv.DictReader(io.StringIO(output, newline='')))
    with open(DATASET, encoding='utf-8') as f:
        dataset = json.load(f)
    dataset['salaries'] = [entry for entry in dataset['salaries'] if entry['source'] != SOURCE_ID]
    tables = [table for table in dataset.get('salary-tables', []) if table['source'] != SOURCE_ID]
    tables.append({'source': SOURCE_ID, 'columns': COLUMNS, 'rows': [row(cell) for cell in cells]})
    dataset['salary-tables'] = tables
    with open(DATASET, 'w', encoding='utf-8') as f:
        f.write(dumps(dataset))
    print(f'{len(cells)} cells written to {os.path.relpath(DATASET)}')


if __name__ == '__main__':
    main(sys.argv[1])
