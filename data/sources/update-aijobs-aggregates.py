#!/usr/bin/env python3
"""Regenerates the dataset's aijobs.net salary figures from the snapshot in this folder.

Runs `role-atlas --import-salaries` (the app's own importer, with the dataset's title rules)
on the snapshot and replaces every salary figure of the source aijobs-2025-01-19 in
data/dataset/role-atlas.json with one "quartiles" figure per cell, small cells included:
the app hides cells below its "too few records" threshold, which the user can lower.

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


def figure(cell):
    first, last = int(cell['first_year']), int(cell['last_year'])
    years = f'Work year {last}' if first == last else f'Work years {first}–{last}'
    result = {'role': cell['role']}
    if cell['country']:
        result['country'] = cell['country']
    result.update({
        'level': cell['level'],
        'statistic': 'quartiles',
        'low': int(cell['p25']),
        'high': int(cell['p75']),
        'value': int(cell['median']),
        'currency': 'USD',
        'year': last,
        'sample-size': int(cell['n']),
        'source': SOURCE_ID,
        'note': f'{years}; lowest {dollars(int(cell["min"]))}, highest {dollars(int(cell["max"]))}',
    })
    return result


def main(role_atlas):
    output = subprocess.run([role_atlas, '--data', DATASET, '--import-salaries', SNAPSHOT,
                             '--min-records=1'], check=True, capture_output=True, text=True,
                            env={**os.environ, 'LC_ALL': 'C.UTF-8', 'LANGUAGE': ''}).stdout
    cells = list(csv.DictReader(io.StringIO(output, newline='')))
    with open(DATASET, encoding='utf-8') as f:
        dataset = json.load(f)
    dataset['salaries'] = [entry for entry in dataset['salaries'] if entry['source'] != SOURCE_ID]
    dataset['salaries'].extend(figure(cell) for cell in cells)
    with open(DATASET, 'w', encoding='utf-8') as f:
        f.write(json.dumps(dataset, indent=2, ensure_ascii=False) + '\n')
    print(f'{len(cells)} cells written to {os.path.relpath(DATASET)}')


if __name__ == '__main__':
    main(sys.argv[1])
