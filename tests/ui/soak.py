#!/usr/bin/python3
"""The soak run (make soak): 2,000 random user actions through the accessibility bus.

Tabs, view and option buttons, chart keys, the export dialog opened and closed, presenter
mode in and out, in a random order (seeded, so a failure can be replayed). Fails if the app
crashes, logs a critical or warning, or if its resident memory grows by 10 MB or more
between action 200 and the last one. Prints the figures.
    soak.py ROLE_ATLAS_BINARY [ACTIONS] [SEED]
"""
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_session import Session, log, problems_in, safe  # noqa: E402

TAB_NAMES = ["Compare", "Salaries", "Skills", "Career Paths"]
BUTTON_NAMES = ["By Level", "By Country", "Country × Level", "Per Month", "Show as Table",
                "Log Scale", "Overlap", "Proficiency", "Top Skills", "Show as Outline"]


def collect(session):
    """Handles to what the actions press, found once (walking the tree is slow)."""
    tabs = {}
    for tab in session.find_all("page tab"):
        tabs.setdefault(safe(tab.get_name, ""), tab)
    buttons = {}
    for tab_name in ("Salaries", "Skills", "Career Paths"):
        session.select_tab(tab_name)
        time.sleep(0.5)
        for button in session.find_all("push button"):
            name = (safe(button.get_name, "") or "").replace("_", "")
            for wanted in BUTTON_NAMES:
                if name in (wanted, f"{wanted} {wanted}"):
                    buttons.setdefault(wanted, button)
    return tabs, buttons


def select(tab):
    parent = safe(tab.get_parent)
    selection = safe(parent.get_selection_iface) if parent else None
    index = safe(tab.get_index_in_parent, -1)
    return selection is not None and safe(lambda: selection.select_child(index), False)


def main():
    program = sys.argv[1]
    n_actions = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 2026
    rng = random.Random(seed)
    session = Session(program, {"G_DEBUG": ""})
    rss_at = {}
    started = time.monotonic()
    try:
        tabs, buttons = collect(session)
        log(f"tabs {sorted(tabs)}, buttons {sorted(buttons)}")
        session.point_at_window()
        for number in range(1, n_actions + 1):
            choice = rng.random()
            if choice < 0.3:
                select(tabs[rng.choice(TAB_NAMES)])
            elif choice < 0.6 and buttons:
                session.activate(buttons[rng.choice(sorted(buttons))])
            elif choice < 0.85:
                session.key(rng.choice(["right", "left", "down", "up", "tab", "page_down"]), pause=0.02)
            elif choice < 0.93:
                session.key("e", "ctrl", pause=0.2)
                session.key("escape", pause=0.1)
            else:
                session.key("f5", pause=0.2)
                session.key("escape", pause=0.1)
            time.sleep(0.02)
            if not session.alive():
                raise RuntimeError(f"the app exited during action {number}")
            if number in (200, n_actions) or number % 500 == 0:
                rss_at[number] = session.rss_kib()
                log(f"action {number}: resident {rss_at[number] / 1024:.1f} MiB, "
                    f"{time.monotonic() - started:.0f} s")
    finally:
        session.close()
    stderr = session.stderr_text()
    problems = problems_in(stderr)
    growth = (rss_at[n_actions] - rss_at[200]) / 1024
    print(f"soak: {n_actions} actions (seed {seed}) in {time.monotonic() - started:.0f} s; "
          f"resident memory at action 200: {rss_at[200] / 1024:.1f} MiB, at action {n_actions}: "
          f"{rss_at[n_actions] / 1024:.1f} MiB, growth {growth:+.1f} MiB (limit < 10 MiB); "
          f"criticals and warnings: {len(problems)}")
    for line in problems[:20]:
        print(f"  {line}")
    return 0 if growth < 10 and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
