#!/usr/bin/python3
"""The user-journey test: the real application, driven through the accessibility bus.

Switches to every tab by its name, picks a role, ticks a situation in the hiring advisor,
focuses and hovers a chart, opens and cancels each dialog, enters and leaves presenter
mode, opens a bad dataset and reads the message; then checks that the app still answers
and that its accessible tree still has the four tabs. TAP output.
    journey.py ROLE_ATLAS_BINARY BAD_DATASET
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_session import Atspi, Session, log, problems_in, safe  # noqa: E402

TABS = ["Compare", "Salaries", "Skills", "Career Paths"]
results = []


def step(name):
    def wrap(function):
        def run(session):
            log(time.strftime("%H:%M:%S"), name)
            try:
                function(session)
                results.append((True, name, ""))
            except Exception as error:  # noqa: BLE001 - every failure is reported as TAP
                results.append((False, name, f"{type(error).__name__}: {error}"))
        run.__name__ = function.__name__
        return run
    return wrap


def visible_tab(session):
    for tab in session.find_all("page tab"):
        if session.has_state(tab, Atspi.StateType.SELECTED):
            return safe(tab.get_name, "")
    return None


@step("every tab can be chosen by its name")
def switch_tabs(session):
    for name in TABS + ["Compare"]:
        assert session.select_tab(name), f"could not select {name}"
        deadline = time.monotonic() + 5
        while visible_tab(session) != name and time.monotonic() < deadline:
            time.sleep(0.1)
        assert visible_tab(session) == name, f"{name} not shown, {visible_tab(session)} is"


@step("a role picked in the role picker joins the comparison")
def pick_role(session):
    session.activate(session.find("push button", "2 Roles"))
    try:
        box = session.find("check box", "DevOps Engineer", timeout=20)
        assert session.click(box, popup=True), "could not click DevOps Engineer"
        session.find("push button", "3 Roles", timeout=10)
    finally:
        session.key("escape")
        session.point_at_window()


@step("ticking a situation in the hiring advisor gives a recommendation")
def hiring_advisor(session):
    session.select_tab("Compare")
    # Role Details, above the advisor, are built just after the tab's first frame.
    time.sleep(0.5)
    boxes = [b for b in session.find_all("check box") if "Models keep breaking in production" in (safe(b.get_name, "") or "")]
    assert boxes, "no situation check box"
    assert session.click(boxes[0]), "could not click the situation"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        labels = [safe(l.get_name, "") or "" for l in session.find_all("label")]
        if any(text.startswith("Recommended: ") for text in labels):
            return
        time.sleep(0.2)
    raise AssertionError("no recommendation appeared")


@step("a chart can be hovered and read by a screen reader")
def chart(session):
    session.select_tab("Salaries")
    time.sleep(0.5)
    charts = [n for n in session.find_all("image", "Chart")
              if "United States" in (safe(n.get_description, "") or "")]
    assert charts, "no salary chart whose description reads its figures"
    chart_node = charts[0]
    assert session.hover(chart_node), "could not move the pointer over the chart"
    time.sleep(0.3)


def open_and_cancel(session, keys, title, cancel="Cancel"):
    session.point_at_window()
    session.key(*keys)
    window = session.window_named(title)
    button = session.find("push button", cancel, root=window)
    assert session.activate(button), f"could not press {cancel} in {title}"
    session.wait_window_gone(title)


@step("every dialog opens and cancels")
def dialogs(session):
    session.select_tab("Salaries")
    open_and_cancel(session, ("e", "ctrl"), "Export Chart")
    open_and_cancel(session, ("E", "ctrl", "shift"), "Export Report")
    open_and_cancel(session, ("f5", "shift"), "Presenter Deck")
    open_and_cancel(session, ("o", "ctrl"), "Open Dataset")
    open_and_cancel(session, ("i", "ctrl"), "Import Salary Data")


@step("presenter mode is entered and left")
def presenter(session):
    session.point_at_window()
    session.key("f5")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and session.find_all("push button", "Main menu", showing=True):
        time.sleep(0.2)
    assert not session.find_all("push button", "Main menu", showing=True), "header still shown"
    session.key("page_down")
    session.key("escape")
    session.find("push button", "Main menu", showing=True, timeout=5)


@step("a bad dataset is refused with a message and the data stays")
def bad_dataset(session):
    session.point_at_window()
    session.key("o", "ctrl")
    session.window_named("Open Dataset")
    session.key("l", "ctrl")
    session.type_text(BAD_DATASET)
    session.key("return")
    message = session.window_named("The Dataset Could Not Be Opened", timeout=10)
    texts = " ".join(safe(n.get_name, "") or "" for n in session.find_all("label", root=message))
    assert "is not a valid amount" in texts, texts[:300]
    session.activate(session.find("push button", "Close", root=message))
    session.wait_window_gone("The Dataset Could Not Be Opened")


@step("the app still answers, with its four tabs")
def still_alive(session):
    assert session.alive(), "the app has exited"
    session.select_tab("Skills")
    deadline = time.monotonic() + 5
    while visible_tab(session) != "Skills" and time.monotonic() < deadline:
        time.sleep(0.1)
    assert visible_tab(session) == "Skills", "the app no longer switches tabs"
    names = {safe(t.get_name, "") for t in session.find_all("page tab")}
    assert set(TABS) <= names, f"tabs now: {names}"


BAD_DATASET = sys.argv[2] if len(sys.argv) > 2 else ""


def main():
    program = sys.argv[1]
    session = Session(program, {"G_DEBUG": ""})
    try:
        for test in (switch_tabs, pick_role, hiring_advisor, chart, dialogs, presenter,
                     bad_dataset, still_alive):
            test(session)
    finally:
        session.close()
    stderr = session.stderr_text()
    problems = problems_in(stderr)
    results.append((not problems, "no critical or warning on stderr", "\n".join(problems)[:800]))
    print(f"1..{len(results)}")
    for number, (ok, name, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {number} - {name}")
        if detail:
            for line in detail.splitlines():
                print(f"# {line}")
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
