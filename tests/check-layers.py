#!/usr/bin/env python3
# Fails when a lower layer includes a header of a higher one (DESIGN.md, "Layers"):
# model knows no cairo, pango or GTK; charts know cairo and pango but no widgets.
import os
import re
import sys

SRC = sys.argv[1]
FORBIDDEN = {
    "model": re.compile(r'#include\s*[<"](gtk/|adwaita|gdk/|cairo|pango|atlas-(chart|window|application|.*-page|.*-view))'),
    "charts": re.compile(r'#include\s*[<"](gtk/|adwaita|gdk/|atlas-(window|application|.*-page|.*-view))'),
}
problems = []
for layer, pattern in FORBIDDEN.items():
    folder = os.path.join(SRC, layer)
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if not name.endswith((".c", ".h")):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if pattern.search(line):
                    problems.append(f"src/{layer}/{name}:{number}: {line.strip()}")
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
