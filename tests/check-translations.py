#!/usr/bin/env python3
"""Fails when a translation in po/LINGUAS is incomplete or broken.

Extracts a fresh template from po/POTFILES.in with the same keywords meson's 'glib' preset
uses, merges every catalogue with it, and requires each one to pass `msgfmt --check` with
no untranslated and no fuzzy messages. So a new string in the code fails this test until
German and Spanish carry it too (`ninja -C _build role-atlas-update-po` merges them).
"""
import os
import re
import subprocess
import sys
import tempfile

KEYWORDS = ['--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
            '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3',
            '--keyword=g_dpgettext2:2c,3', '--flag=N_:1:pass-c-format',
            '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
            '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
            '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
            '--flag=g_set_error:4:c-format', '--flag=g_printerr:1:c-format',
            '--flag=g_print:1:c-format']


def main(source_root):
    po_dir = os.path.join(source_root, 'po')
    with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as linguas:
        languages = [word for line in linguas for word in line.split('#')[0].split()]
    if not languages:
        print('po/LINGUAS lists no languages')
        return 1

    failures = []
    with tempfile.TemporaryDirectory() as work:
        template = os.path.join(work, 'role-atlas.pot')
        subprocess.run(['xgettext', '--from-code=UTF-8', '--add-comments', *KEYWORDS,
                        '--directory', source_root,
                        '--files-from', os.path.join(po_dir, 'POTFILES.in'),
                        '--output', template], check=True)
        for language in languages:
            merged = os.path.join(work, language + '.po')
            subprocess.run(['msgmerge', '--quiet', '--output-file', merged,
                            os.path.join(po_dir, language + '.po'), template], check=True)
            result = subprocess.run(['msgfmt', '--check', '--statistics', '--output-file',
                                     os.devnull, merged],
                                    capture_output=True, text=True, env={**os.environ,
                                                                         'LC_ALL': 'C'})
            report = (result.stdout + result.stderr).strip()
            if result.returncode != 0:
                failures.append(f'po/{language}.po: msgfmt --check failed:\n{report}')
            elif re.search(r'untranslated|fuzzy', report):
                failures.append(f'po/{language}.po: incomplete: {report}')
            else:
                print(f'po/{language}.po: {report}')
            with open(os.path.join(po_dir, language + '.po'), encoding='utf-8') as po:
                head = po.read(2000)
            if 'Plural-Forms: nplurals=' not in head:
                failures.append(f'po/{language}.po: the header has no Plural-Forms')

    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
