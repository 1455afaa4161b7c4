"""Driving the real Role Atlas through the accessibility bus, as a screen reader or a
keyboard user does: shared by the journey test and the soak run.

Expects a display and a D-Bus session bus (make check runs the tests under xvfb-run and
dbus-run-session); starts its own AT-SPI bus and registry, and the app, and stops them.
Run with the system python3, which has python3-gi and gir1.2-atspi-2.0.
"""
import os
import signal
import subprocess
import sys
import time
import warnings

import gi

warnings.filterwarnings("ignore", category=DeprecationWarning)
gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

KEYSYMS = {
    "tab": 0xff09, "return": 0xff0d, "escape": 0xff1b, "space": 0x20, "f5": 0xffc2,
    "f10": 0xffc7, "left": 0xff51, "up": 0xff52, "right": 0xff53, "down": 0xff54,
    "page_down": 0xff56, "page_up": 0xff55, "home": 0xff50, "end": 0xff57,
}
MODIFIERS = {"shift": 1, "ctrl": 4, "alt": 8}


def log(*args):
    print("#", *args, file=sys.stderr, flush=True)


def is_known_gtk_bug(line):
    """GTK 4.8's AT-SPI backend now and then asks GVariant for the object path of an
    accessible that is already gone (a closing file chooser) and logs this critical; it
    happens only with an assistive technology connected and is not the app's."""
    return "g_variant_is_object_path: assertion 'string != NULL' failed" in line


def problems_in(stderr):
    """The criticals and warnings an app logged, but for GTK's known one."""
    return [line for line in stderr.splitlines()
            if ("CRITICAL" in line or "WARNING" in line) and not is_known_gtk_bug(line)]


def safe(function, default=None):
    try:
        return function()
    except (GLib.Error, RuntimeError, TypeError, AttributeError):
        return default


class Session:
    """The AT-SPI bus, the registry and one running Role Atlas."""

    def __init__(self, program, extra_env=None, args=()):
        self.processes = []
        self.env = dict(os.environ)
        self.env.pop("NO_AT_BRIDGE", None)
        self.env.update({"GTK_A11Y": "atspi", "GDK_BACKEND": "x11", "GSK_RENDERER": "cairo",
                         "GSETTINGS_BACKEND": "memory"})
        self._start_accessibility_bus()
        self.env.update(extra_env or {})
        self.app_process = subprocess.Popen([program, *args], env=self.env,
                                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.processes.append(self.app_process)
        self.app = self._wait_for_app()

    def _start_accessibility_bus(self):
        launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately",
                                     "--a11y=1"], env=self.env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
        self.processes.append(launcher)
        address = ""
        for _ in range(100):
            result = subprocess.run(["gdbus", "call", "--session", "-d", "org.a11y.Bus", "-o",
                                     "/org/a11y/bus", "-m", "org.a11y.Bus.GetAddress"],
                                    env=self.env, capture_output=True, text=True)
            if result.returncode == 0 and "'" in result.stdout:
                address = result.stdout.split("'")[1]
                break
            time.sleep(0.1)
        if not address:
            raise RuntimeError("the AT-SPI bus did not start")
        self.env["AT_SPI_BUS_ADDRESS"] = address
        os.environ["AT_SPI_BUS_ADDRESS"] = address
        registry = subprocess.Popen(["/usr/libexec/at-spi2-registryd"], env=self.env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.processes.append(registry)
        time.sleep(0.5)

    def _wait_for_app(self, timeout=30):
        deadline = time.monotonic() + timeout
        pid = self.app_process.pid
        while time.monotonic() < deadline:
            desktop = Atspi.get_desktop(0)
            safe(desktop.clear_cache)
            for i in range(safe(desktop.get_child_count, 0) or 0):
                app = safe(lambda: desktop.get_child_at_index(i))
                if app is not None and safe(app.get_process_id, -1) == pid and \
                        (safe(app.get_child_count, 0) or 0) > 0:
                    return app
            if self.app_process.poll() is not None:
                raise RuntimeError(f"the app exited with {self.app_process.returncode}")
            time.sleep(0.2)
        raise RuntimeError("the app never appeared on the accessibility bus")

    def close(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in reversed(self.processes):
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()

    def stderr_text(self):
        """What the app wrote to stderr; only once it has exited."""
        return self.app_process.stderr.read().decode("utf-8", "replace")

    # ---------------------------------------------------------------- finding

    def walk(self, root=None, max_depth=60):
        """Depth first, skipping hidden subtrees (the tabs not shown hold most of the tree,
        and every step down is a D-Bus call)."""
        stack = [(root or self.app, 0)]
        while stack:
            node, depth = stack.pop()
            if depth > 1 and not self.has_state(node, Atspi.StateType.VISIBLE):
                continue
            yield node
            if depth >= max_depth:
                continue
            count = safe(node.get_child_count, 0) or 0
            for i in reversed(range(count)):
                child = safe(lambda: node.get_child_at_index(i))
                if child is not None:
                    stack.append((child, depth + 1))

    def find_all(self, role=None, name=None, root=None, showing=False):
        found = []
        for node in self.walk(root):
            if role is not None and safe(node.get_role_name, "") != role:
                continue
            if name is not None and not self.name_matches(node, name):
                continue
            if showing and not self.on_screen(node):
                continue
            found.append(node)
        return found

    @staticmethod
    def name_matches(node, wanted):
        """GTK 4.8 and libadwaita 1.2 name some buttons "_Cancel Cancel" and check boxes
        "Text Text" (the label twice, once with its mnemonic); either form matches."""
        name = (safe(node.get_name, "") or "").replace("_", "")
        return name in (wanted, f"{wanted} {wanted}")

    def find(self, role=None, name=None, root=None, timeout=10, showing=False):
        deadline = time.monotonic() + timeout
        while True:
            safe(self.app.clear_cache)
            found = self.find_all(role, name, root, showing)
            if found:
                return found[0]
            if time.monotonic() >= deadline:
                raise LookupError(f"no {role or 'element'} named {name!r}")
            time.sleep(0.2)

    def windows(self):
        safe(self.app.clear_cache)
        return [safe(lambda: self.app.get_child_at_index(i))
                for i in range(safe(self.app.get_child_count, 0) or 0)]

    def window_named(self, title, timeout=10):
        deadline = time.monotonic() + timeout
        while True:
            for window in self.windows():
                if window is not None and (safe(window.get_name, "") or "") == title:
                    return window
            if time.monotonic() >= deadline:
                names = [safe(w.get_name, "") for w in self.windows() if w is not None]
                raise LookupError(f"no window {title!r}; open: {names}")
            time.sleep(0.2)

    def wait_window_gone(self, title, timeout=10):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            names = [safe(w.get_name, "") for w in self.windows() if w is not None]
            if title not in names:
                return
            time.sleep(0.2)
        raise AssertionError(f"window {title!r} is still open")

    def on_screen(self, node):
        """GTK 4.8 reports no SHOWING state: a node is on screen when it and every
        ancestor up to its window are VISIBLE."""
        while node is not None and safe(node.get_role_name, "") not in ("frame", "dialog", "window", "application"):
            if not self.has_state(node, Atspi.StateType.VISIBLE):
                return False
            node = safe(node.get_parent)
        return True

    @staticmethod
    def has_state(node, state):
        safe(node.clear_cache)
        states = safe(node.get_state_set)
        return states is not None and states.contains(state)

    # ---------------------------------------------------------------- acting

    def activate(self, node):
        """The element's own action (click, press, toggle), as a screen reader invokes it."""
        actions = safe(node.get_action_iface)
        if actions is not None:
            for i in range(safe(actions.get_n_actions, 0) or 0):
                name = safe(lambda: actions.get_action_name(i), "")
                if name and "." not in name:
                    if safe(lambda: actions.do_action(i), False):
                        return True
        return False

    def select_tab(self, name):
        """Selects a view switcher tab through its list's Selection interface."""
        for tab in self.find_all("page tab", name):
            parent = safe(tab.get_parent)
            selection = safe(parent.get_selection_iface) if parent else None
            index = safe(tab.get_index_in_parent, -1)
            if selection is not None and index >= 0 and safe(lambda: selection.select_child(index), False):
                return True
        tab = self.find("page tab", name)
        return self.activate(tab)

    def x_windows(self):
        """The app's mapped X windows as (id, width × height), largest first."""
        ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.app_process.pid)],
                             capture_output=True, text=True, env=self.env).stdout.split()
        windows = []
        for wid in ids:
            geometry = subprocess.run(["xdotool", "getwindowgeometry", wid], capture_output=True,
                                      text=True, env=self.env).stdout
            for line in geometry.splitlines():
                if "Geometry:" in line:
                    width, height = line.split()[-1].split("x")
                    windows.append((wid, int(width) * int(height)))
        return sorted(windows, key=lambda window: -window[1])

    def focus_main_window(self):
        """Without a window manager nobody gives the main window the keyboard back after a
        dialog or popover: do it as a window manager would."""
        windows = self.x_windows()
        if not windows:
            return False
        wid = windows[0][0]
        return subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=self.env,
                              capture_output=True).returncode == 0

    def point_at_window(self):
        """Keyboard input goes to the main window."""
        Atspi.generate_mouse_event(300, 300, "abs")
        self.focus_main_window()
        time.sleep(0.1)

    def _window_geometry(self, wid):
        """(x, y, width, height) of an X window."""
        geometry = subprocess.run(["xdotool", "getwindowgeometry", wid], capture_output=True,
                                  text=True, env=self.env).stdout
        x = y = width = height = 0
        for line in geometry.splitlines():
            if "Position:" in line:
                x, y = (int(v) for v in line.split()[1].split(","))
            elif "Geometry:" in line:
                width, height = (int(v) for v in line.split()[-1].split("x"))
        return x, y, width, height

    def click(self, node, popup=False):
        """A left click on @node, in the main window or (@popup) the smallest other window of
        the app, such as an open popover. Scrolls the window until the node is in view."""
        windows = self.x_windows()
        wid = windows[-1][0] if popup and len(windows) > 1 else windows[0][0]
        left, top, width, height = self._window_geometry(wid)
        component = safe(node.get_component_iface)
        for _ in range(80):
            extents = safe(lambda: component.get_extents(Atspi.CoordType.WINDOW))
            if extents is None or extents.width <= 0:
                return False
            # In view, clear of the bottom edge (and of a bottom bar, if any).
            if 0 <= extents.y and extents.y + extents.height <= height - 40:
                break
            # The wheel over the middle of the window brings the node towards the view.
            Atspi.generate_mouse_event(left + width // 2, top + height // 2, "abs")
            Atspi.generate_mouse_event(left + width // 2, top + height // 2, "b5c" if extents.y > 0 else "b4c")
            time.sleep(0.05)
        x = left + extents.x + extents.width // 2
        y = top + extents.y + extents.height // 2
        ok = bool(safe(lambda: Atspi.generate_mouse_event(x, y, "b1c"), False))
        time.sleep(0.3)
        return ok

    def key(self, name, *modifiers, pause=0.3):
        mask = sum(MODIFIERS[m] for m in modifiers)
        keysym = KEYSYMS.get(name.lower(), ord(name) if len(name) == 1 else None)
        if mask:
            Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.LOCKMODIFIERS)
        Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
        if mask:
            Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
        time.sleep(pause)

    def type_text(self, text):
        Atspi.generate_keyboard_event(0, text, Atspi.KeySynthType.STRING)
        time.sleep(0.3)

    def hover(self, node):
        component = safe(node.get_component_iface)
        extents = safe(lambda: component.get_extents(Atspi.CoordType.WINDOW)) if component else None
        if extents is None or extents.width <= 0:
            return False
        x, y = extents.x + extents.width // 2, extents.y + extents.height // 2
        return bool(safe(lambda: Atspi.generate_mouse_event(x, y, "abs"), False))

    def rss_kib(self):
        with open(f"/proc/{self.app_process.pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def alive(self):
        return self.app_process.poll() is None
