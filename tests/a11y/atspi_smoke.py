#!/usr/bin/env python3
"""Screen-reader smoke test for Draagwijzer over AT-SPI (issue 20, point 3).

Drives the running app the way a screen reader user would, only through the accessibility tree:
log in if the login dialog is shown, type a ref in "Zoeken in de caseload", wait until
"Caseload: inwoners" has exactly one row, open it with Return, and read the cell "Kwadrant inwoner"
of row 0 of "Meetmomenten met kwadranten en scores" through the Table interface.

    atspi_smoke.py REF [--expect-code CODE] [--dump FILE] [--timeout S]

Login: DRAAGWIJZER_GEBRUIKER and DRAAGWIJZER_WACHTWOORD (the same variables as draagwijzer-cli).
Exit code 0 when everything was found and the quadrant is valid, 1 with a one-line reason otherwise.
Usually started by run_atspi_smoke.sh, which provides Xvfb, a D-Bus session and a demo database.
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

try:
    import pyatspi
except ImportError:  # the wrapper checks this first and skips (77)
    print("FAIL: python-module pyatspi ontbreekt / pyatspi is not installed")
    sys.exit(1)

APP_NAME = "draagwijzer"
MAX_DEPTH = 30
# Containers whose children are cells/items: not descended into when looking for widgets.
ITEM_CONTAINERS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST}
XK_RETURN = 0xFF0D

T0 = time.monotonic()


class SmokeFailure(Exception):
    pass


def log(msg):
    print(f"[{time.monotonic() - T0:5.1f}s] {msg}", flush=True)


def poll(what, fn, timeout, interval=0.1):
    """Calls fn until it returns something truthy; raises SmokeFailure(what) after timeout seconds."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            result = fn()
            if result:
                return result
        except SmokeFailure:  # fn knows the answer already
            raise
        except Exception as e:  # objects disappear while the UI changes; try again
            last_error = e
        if time.monotonic() >= deadline:
            suffix = f" (laatste fout: {last_error})" if last_error else ""
            raise SmokeFailure(f"{what} (na {timeout:g} s){suffix}")
        time.sleep(interval)


def safe(fn, default=None):
    try:
        return fn()
    except Exception:
        return default


def children(acc):
    n = safe(lambda: acc.childCount, 0) or 0
    for i in range(n):
        child = safe(lambda: acc.getChildAtIndex(i))
        if child is not None:
            yield child


def find_all(root, pred, max_depth=MAX_DEPTH, into_items=False):
    """Breadth-first search below root (depth-limited); item containers are not entered unless into_items."""
    found = []
    queue = [(root, 0)]
    while queue:
        acc, depth = queue.pop(0)
        if safe(lambda: pred(acc), False):
            found.append(acc)
        if depth >= max_depth:
            continue
        if not into_items and acc is not root and safe(lambda: acc.getRole()) in ITEM_CONTAINERS:
            continue
        queue.extend((c, depth + 1) for c in children(acc))
    return found


def find_one(root, role, name, **kw):
    hits = find_all(root, lambda a: a.getRole() == role and a.name == name, **kw)
    return hits[0] if hits else None


def has_state(acc, state):
    return safe(lambda: acc.getState().contains(state), False)


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        if safe(lambda: app.name) == APP_NAME:
            return app
    return None


def press_return(app, expectation, check, timeout=4.0):
    """Return as a synthesized key event: first through AT-SPI, then through xdotool if nothing happened."""
    try:
        pyatspi.Registry.generateKeyboardEvent(XK_RETURN, None, pyatspi.KEY_SYM)
        return poll(expectation, check, timeout)
    except SmokeFailure:
        if not shutil.which("xdotool"):
            raise
    except Exception as e:  # no registry daemon for key synthesis
        log(f"  AT-SPI-toetsaanslag mislukt ({e}); xdotool")
    log("  Return via AT-SPI had geen effect; nog een keer via xdotool")
    activate_window(app)
    subprocess.run(["xdotool", "key", "Return"], check=False, timeout=10)
    return poll(expectation, check, timeout)


def activate_window(app):
    """Raises the app's window (only needed without a window manager that focuses new windows)."""
    pid = safe(lambda: app.get_process_id())
    if pid and shutil.which("xdotool"):
        subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid), "windowactivate"],
                       check=False, timeout=10, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def focus(app, acc, label):
    def focused():
        return has_state(acc, pyatspi.STATE_FOCUSED)

    if focused():
        return
    safe(lambda: acc.queryComponent().grabFocus())
    try:
        poll(f"'{label}' krijgt geen focus", focused, 2.0)
    except SmokeFailure:
        activate_window(app)
        safe(lambda: acc.queryComponent().grabFocus())
        poll(f"'{label}' krijgt geen focus", focused, 3.0)


def quadrant_names(instrument_dir):
    names = {}
    for path in sorted(glob.glob(os.path.join(instrument_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for k in data.get("kwadranten", []) if isinstance(data, dict) else []:
            names[k["code"]] = k["naam"]
    if len(names) < 4:
        raise SmokeFailure(f"geen vier kwadranten gevonden in {instrument_dir}/*.json")
    return names


def login_if_asked(app, timeout):
    """Waits for either the main window (caseload table) or the login dialog, and fills the latter in."""

    def state():
        for window in children(app):
            if find_one(window, pyatspi.ROLE_TABLE, "Caseload: inwoners") is not None:
                return ("main", window)
            password = find_all(window, lambda a: a.getRole() == pyatspi.ROLE_PASSWORD_TEXT)
            if password and has_state(password[0], pyatspi.STATE_SHOWING):
                return ("login", window)
        return None

    kind, window = poll("hoofdvenster noch aanmelddialoog verschijnt", state, timeout, 0.25)
    if kind == "main":
        log("Geen aanmelddialoog; hoofdvenster staat open")
        return window
    log(f"Aanmelddialoog: '{window.name}'")
    user = os.environ.get("DRAAGWIJZER_GEBRUIKER")
    password = os.environ.get("DRAAGWIJZER_WACHTWOORD")
    if not user or not password:
        raise SmokeFailure("aanmelddialoog maar DRAAGWIJZER_GEBRUIKER/DRAAGWIJZER_WACHTWOORD niet gezet")
    naam = find_one(window, pyatspi.ROLE_TEXT, "Naam:")
    wachtwoord = find_one(window, pyatspi.ROLE_PASSWORD_TEXT, "Wachtwoord:")
    knop = find_one(window, pyatspi.ROLE_PUSH_BUTTON, "Inloggen")
    if naam is None or wachtwoord is None or knop is None:
        raise SmokeFailure(f"aanmelddialoog '{window.name}' zonder Naam:/Wachtwoord:/Inloggen (eerste beheerder?)")
    naam.queryEditableText().setTextContents(user)
    wachtwoord.queryEditableText().setTextContents(password)
    action = knop.queryAction()
    press = [i for i in range(action.nActions) if action.getName(i) in ("Press", "press", "click")]
    action.doAction(press[0] if press else 0)
    log(f"  ingevuld als '{user}' en 'Inloggen' ingedrukt")

    def logged_in():
        s = state()
        return s[1] if s and s[0] == "main" else None

    try:
        return poll("na inloggen geen hoofdvenster", logged_in, min(timeout, 15.0), 0.25)
    except SmokeFailure as e:
        # The dialog is still there: its message label says why (wrong password, blocked account...).
        labels = [a.name for a in find_all(window, lambda a: a.getRole() == pyatspi.ROLE_LABEL)
                  if safe(lambda: a.name) and has_state(a, pyatspi.STATE_SHOWING)
                  and not a.name.endswith(":") and not a.name.startswith("Inloggen")]
        raise SmokeFailure(f"inloggen mislukt: {labels[-1]}" if labels else str(e)) from None


def table_rows(table):
    return table.queryTable().nRows


def open_dossier(app, main, ref, timeout):
    zoek = find_one(main, pyatspi.ROLE_TEXT, "Zoeken in de caseload")
    if zoek is None:
        raise SmokeFailure("zoekveld 'Zoeken in de caseload' niet gevonden")
    caseload = find_one(main, pyatspi.ROLE_TABLE, "Caseload: inwoners")
    log(f"Caseload-tabel 'Caseload: inwoners' gevonden: {table_rows(caseload)} rij(en); zoekveld gevonden")

    zoek.queryEditableText().setTextContents(ref)
    log(f"'{ref}' in het zoekveld gezet (EditableText)")

    empty_since = []

    def one_row():
        rows = safe(lambda: table_rows(caseload))
        # An empty caseload for 3 s is the answer (the search waits 120 ms after typing): no need to wait longer.
        if rows == 0:
            empty_since.append(time.monotonic())
            if empty_since[-1] - empty_since[0] >= 3.0:
                raise SmokeFailure("leeg")
        else:
            empty_since.clear()
        return rows == 1 and safe(lambda: caseload.queryTable().getAccessibleAt(0, 0).name) == ref

    try:
        poll("", one_row, timeout)
    except SmokeFailure:
        rows = safe(lambda: table_rows(caseload), "?")
        raise SmokeFailure(f"caseload toont {rows} rij(en) voor '{ref}', verwacht 1 met die ref")
    log(f"  caseload heeft 1 rij: {caseload.queryTable().getAccessibleAt(0, 0).name}")

    focus(app, zoek, "Zoeken in de caseload")
    log("Return in het zoekveld (focus naar de tabel)")
    press_return(app, "focus gaat niet naar de caseload-tabel",
                 lambda: has_state(caseload, pyatspi.STATE_FOCUSED) or find_all(
                     caseload, lambda a: a.getRole() == pyatspi.ROLE_TABLE_CELL and has_state(a, pyatspi.STATE_FOCUSED),
                     max_depth=1, into_items=True))

    def dossier():
        for tabs in find_all(main, lambda a: a.getRole() != pyatspi.ROLE_PAGE_TAB and a.name == "Tabbladen van het dossier"):
            if has_state(tabs, pyatspi.STATE_SHOWING) and find_all(
                    tabs, lambda a: a.getRole() == pyatspi.ROLE_LABEL and a.name == ref):
                return tabs
        return None

    log("Return in de caseload-tabel (dossier openen)")
    return press_return(app, f"dossier van {ref} gaat niet open", dossier, timeout=6.0)


def show_meetmomenten_tab(tabs, table):
    """Chooses the tab "Meetmomenten" as a user would; the table is readable without, so this only logs."""
    if has_state(table, pyatspi.STATE_SHOWING):
        return
    tab = find_one(tabs, pyatspi.ROLE_PAGE_TAB, "Meetmomenten", into_items=True)
    if tab is None:
        log("  tabblad 'Meetmomenten' niet gevonden; de tabel wordt verborgen gelezen")
        return
    action = safe(lambda: tab.queryAction())
    names = [action.getName(i) for i in range(action.nActions)] if action else []
    if "Press" in names:
        action.doAction(names.index("Press"))
    else:
        safe(lambda: tab.parent.querySelection().selectChild(tab.getIndexInParent()))
    try:
        poll("", lambda: has_state(table, pyatspi.STATE_SHOWING), 3.0)
        log("  tabblad 'Meetmomenten' gekozen; de tabel is zichtbaar")
    except SmokeFailure:
        log("  tabblad 'Meetmomenten' liet zich niet kiezen; de tabel wordt verborgen gelezen")


def read_quadrant(tabs):
    table = poll("tabel 'Meetmomenten met kwadranten en scores' niet gevonden",
                 lambda: find_one(tabs, pyatspi.ROLE_TABLE, "Meetmomenten met kwadranten en scores"), 5.0)
    show_meetmomenten_tab(tabs, table)
    iface = table.queryTable()
    rows = poll("tabel 'Meetmomenten met kwadranten en scores' heeft geen rijen", lambda: iface.nRows, 5.0)
    headers = []
    for c in range(iface.nColumns):
        header = safe(lambda: iface.getColumnHeader(c))
        text = safe(lambda: header.name) if header is not None else None
        headers.append(text if text else safe(lambda: iface.getColumnDescription(c), ""))
    log(f"Tabel 'Meetmomenten met kwadranten en scores': {rows} rij(en), kolommen: {headers}")
    if "Kwadrant inwoner" not in headers:
        raise SmokeFailure(f"geen kolomkop 'Kwadrant inwoner' in {headers}")
    column = headers.index("Kwadrant inwoner")
    cell = iface.getAccessibleAt(0, column)
    if cell is None:
        raise SmokeFailure(f"cel (0, {column}) niet bereikbaar via de Table-interface")
    first = safe(lambda: iface.getAccessibleAt(0, 0).name, "?")
    return first, cell.name


def dump_tree(root, path, max_depth=40, max_items=80):
    """role, name, description per node; item containers are cut off after max_items children."""
    nameless = []
    lines = []

    def walk(acc, depth, trail):
        role = safe(lambda: acc.getRoleName(), "?")
        name = safe(lambda: acc.name, "") or ""
        desc = safe(lambda: acc.description, "") or ""
        states = safe(lambda: acc.getState(), None)
        flags = []
        for st, flag in ((pyatspi.STATE_FOCUSABLE, "focusable"), (pyatspi.STATE_SHOWING, "showing"),
                         (pyatspi.STATE_FOCUSED, "focused")):
            if states is not None and states.contains(st):
                flags.append(flag)
        lines.append(f"{'  ' * depth}[{role}] name={name!r} description={desc!r} {' '.join(flags)}".rstrip())
        if "focusable" in flags and not name.strip():
            nameless.append(" > ".join(trail + [f"[{role}]"]) + ("" if "showing" in flags else " (niet zichtbaar)"))
        if depth >= max_depth:
            return
        label = f"[{role}] {name[:40]!r}" if name else f"[{role}]"
        n = safe(lambda: acc.childCount, 0) or 0
        limit = max_items if safe(lambda: acc.getRole()) in ITEM_CONTAINERS else n
        for i, child in enumerate(children(acc)):
            if i >= limit:
                lines.append(f"{'  ' * (depth + 1)}… {n - limit} kinderen meer")
                break
            walk(child, depth + 1, trail + [label])

    walk(root, 0, [])
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"\n# Focusable nodes without a name ({len(nameless)}):\n")
        for n in nameless:
            f.write(f"#   {n}\n")
    return nameless


def main():
    repo = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ref", help="ref van de inwoner, bv. WSL-000003")
    parser.add_argument("--expect-code", help="kwadrantcode die de cel moet tonen (bv. zwak), uit draagwijzer-cli")
    parser.add_argument("--instruments", default=str(repo / "resources" / "instruments"),
                        help="map met de instrument-JSON (de kwadrantnamen)")
    parser.add_argument("--dump", help="schrijf de toegankelijkheidsboom van het hoofdvenster hierheen")
    parser.add_argument("--timeout", type=float, default=30.0, help="wachttijd op de app (s)")
    args = parser.parse_args()

    try:
        names = quadrant_names(args.instruments)
        valid = list(names.values()) + ["niet gemeten"]

        app = poll(f"applicatie '{APP_NAME}' niet op de AT-SPI-desktop", find_app, args.timeout, 0.25)
        log(f"Applicatie '{APP_NAME}' gevonden (pid {safe(lambda: app.get_process_id(), '?')})")
        main_window = login_if_asked(app, args.timeout)
        log(f"Hoofdvenster: '{main_window.name}'")

        tabs = open_dossier(app, main_window, args.ref, 10.0)
        log(f"Dossier van {args.ref} geopend")
        first, value = read_quadrant(tabs)
        log(f"Rij 0 ('{first}'), Kwadrant inwoner: '{value}'")

        if args.dump:
            nameless = dump_tree(main_window, args.dump)
            log(f"Boom geschreven naar {args.dump}; {len(nameless)} focusbare knoop/knopen zonder naam")

        # "X · zelf ingevuld (n min)" is X, filled in by the inwoner (MeetmomentenModel).
        base = value.split(" · ", 1)[0]
        if base not in valid:
            raise SmokeFailure(f"Kwadrant inwoner is '{value}', niet een van {valid}")
        if args.expect_code:
            expected = names.get(args.expect_code, args.expect_code)
            if base != expected:
                raise SmokeFailure(f"Kwadrant inwoner is '{value}', verwacht '{expected}' (draagwijzer-cli)")
        log(f"GESLAAGD / PASS: {args.ref} — Kwadrant inwoner '{value}'")
        return 0
    except SmokeFailure as e:
        print(f"FAIL: {e}", flush=True)
        return 1
    except Exception as e:  # a D-Bus error or the app went away
        print(f"FAIL: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}", flush=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())
