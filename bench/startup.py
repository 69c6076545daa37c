"""Start-up: process start to first painted frame, hiptimer against a bare PySide6 window.

Starts, alternately and in the same run, ``main.py`` (the real app on its
default session) and a bare PySide6 window (a ``QMainWindow`` with a
``QLabel``, same size), each through ``bench/_first_frame.py``, which prints
``time.monotonic()`` once the first paint pass has finished. The time is
taken from just before ``subprocess.Popen`` in this process to that moment,
so it includes starting Python. Every child gets fresh, empty user folders
(``XDG_CONFIG_HOME`` and friends) and a shared bytecode cache
(``PYTHONPYCACHEPREFIX``), warmed by one discarded start of each before
timing; a third variant, ``app, no bytecode cache``, starts the app with
``PYTHONDONTWRITEBYTECODE=1`` and no cache prefix, as it runs from a checkout
without ``__pycache__`` folders when that variable is set (Python then
compiles every hiptimer module from source at each start). A fourth,
``bare, collector paused``, is the bare window with Python's cycle collector
paused from the start, as the app pauses it until its first frame: it shows
how much of the app's lead that alone would give any PySide6 program.

Reports medians, the app/bare ratio of medians (target ≤ 1.3) and where the
time goes (marks inside the child: Python ready, ``QApplication`` ready,
window built, first paint). With ``--profile`` (or when the target is
missed) it also shows the heaviest imports from ``python -X importtime`` and
the slowest functions of the app's start-up under ``cProfile``.

Usage: ``python bench/startup.py [--quick] [-n N] [--profile] [--display]``.
"""

from __future__ import annotations

import argparse
import os
import pstats
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import _common

CHILD = Path(__file__).resolve().parent / "_first_frame.py"
TARGET_RATIO = 1.3
VARIANTS = ("app", "bare", "app, no bytecode cache", "bare, collector paused")


@dataclass
class Start:
    """One measured start."""

    total: float
    marks: dict[str, float] = field(default_factory=dict)
    facts: str = ""


def child_env(home: Path, cache: Path | None) -> dict[str, str]:
    """Return the environment of a child: clean user folders and the chosen bytecode cache."""
    env = dict(os.environ)
    for variable, name in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                           ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        env[variable] = str(home / name)
    env.pop("PYTHONPYCACHEPREFIX", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if cache is None:
        # The standard library and site-packages keep their installed
        # bytecode; only what has no __pycache__ (a checkout) is compiled.
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    # Quiet the offscreen plugin's "does not support propagateSizeHints()".
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    return env


def command(variant: str, extra: list[str] | None = None) -> list[str]:
    """Return the child's command line for ``variant``."""
    what = "bare" if variant.startswith("bare") else "app"
    return [sys.executable, *(extra or []), str(CHILD), what]


def start_once(variant: str, home: Path, cache: Path, extra: list[str] | None = None,
               env_extra: dict[str, str] | None = None) -> tuple[Start, str]:
    """Start ``variant`` once; return its timing and what it wrote on stderr."""
    env = child_env(home, None if variant.endswith("no bytecode cache") else cache)
    if variant.endswith("collector paused"):
        env["FIRST_FRAME_PAUSE_GC"] = "1"
    env.update(env_extra or {})
    began = time.monotonic()
    process = subprocess.Popen(
        command(variant, extra), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, cwd=_common.ROOT,
    )
    try:
        out, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise RuntimeError(f"{variant}: no first frame within 60 s\n{err}") from None
    start = None
    marks: dict[str, float] = {}
    facts = ""
    for text in out.splitlines():
        parts = text.split()
        if text.startswith("FIRST_FRAME "):
            start = Start(float(parts[1]) - began)
        elif text.startswith("MARK "):
            marks[parts[1]] = float(parts[2]) - began
        elif text.startswith("FACTS "):
            facts = text[len("FACTS "):]
    if start is None:
        raise RuntimeError(f"{variant}: the child reported no frame (exit {process.returncode})"
                           f"\n{out}\n{err}")
    start.marks = marks
    start.facts = facts
    return start, err


def breakdown(starts: list[Start]) -> list[str]:
    """Return median times to each mark, as "mark ms" cells."""
    names = ("python_ready", "qapplication_ready", "window_built", "first_paint_event")
    cells = []
    for name in names:
        values = [s.marks[name] for s in starts if name in s.marks]
        cells.append(_common.ms(_common.median(values), 0) if values else "–")
    return cells


def import_profile(home: Path, cache: Path, variant: str) -> dict[str, tuple[int, int]]:
    """Return ``{module: (self µs, cumulative µs)}`` from one ``-X importtime`` start."""
    _, err = start_once(variant, home, cache, ["-X", "importtime"])
    modules: dict[str, tuple[int, int]] = {}
    for text in err.splitlines():
        if not text.startswith("import time:") or "self [us]" in text:
            continue
        own, cumulative, name = text[len("import time:"):].split("|")
        modules[name.strip()] = (int(own), int(cumulative))
    return modules


def group(name: str) -> str:
    """Return the group a module's import time is counted in."""
    top = name.split(".")[0]
    if top in ("PySide6", "shiboken6", "shibokensupport"):
        return "PySide6 + shiboken6"
    if top == "hiptimer":
        return "hiptimer"
    return "standard library and others"


def show_profile(home: Path, cache: Path) -> None:
    """Print where the app's start-up time goes: imports, then functions."""
    app = import_profile(home, cache, "app")
    bare = import_profile(home, cache, "bare")
    print("\n### Imports (`python -X importtime`, bytecode cached; one start each)\n")
    totals: dict[str, list[float]] = {}
    for column, modules in enumerate((app, bare)):
        for name, (own, _) in modules.items():
            totals.setdefault(group(name), [0.0, 0.0])[column] += own / 1e6
    rows = [[g, _common.ms(a, 1), _common.ms(b, 1), _common.ms(a - b, 1)]
            for g, (a, b) in sorted(totals.items(), key=lambda item: -item[1][0])]
    rows.append(["all imports", _common.ms(sum(v[0] for v in totals.values()), 1),
                 _common.ms(sum(v[1] for v in totals.values()), 1),
                 _common.ms(sum(v[0] - v[1] for v in totals.values()), 1)])
    print(_common.table(["group (self time)", "app ms", "bare ms", "extra ms"], rows))
    print(f"\nmodules imported: app {len(app)}, bare {len(bare)}\n")
    heavy = sorted(app.items(), key=lambda item: -item[1][0])[:15]
    print(_common.table(
        ["module (app)", "self ms", "cumulative ms", "also in bare"],
        [[name, _common.ms(own / 1e6, 1), _common.ms(cum / 1e6, 1),
          "yes" if name in bare else "no"] for name, (own, cum) in heavy],
    ))
    ours = sorted(((n, v) for n, v in app.items() if n.startswith("hiptimer")),
                  key=lambda item: -item[1][0])
    print()
    print(_common.table(
        ["hiptimer module", "self ms", "cumulative ms"],
        [[name, _common.ms(own / 1e6, 1), _common.ms(cum / 1e6, 1)] for name, (own, cum) in ours],
    ))

    stats_file = home / "startup.prof"
    start_once("app", home, cache, env_extra={"FIRST_FRAME_PROFILE": str(stats_file)})
    print("\n### Functions (`cProfile` over the whole start, to the first frame)\n")
    stats = pstats.Stats(str(stats_file))
    entries = []
    for (filename, line, function), row in stats.stats.items():  # type: ignore[attr-defined]
        _, calls, own, cumulative, _ = row
        entries.append((cumulative, own, calls, f"{Path(filename).name}:{line}({function})",
                        filename))
    interesting = [e for e in entries if "hiptimer" in e[4] or "{" in e[3]]
    interesting.sort(reverse=True)
    print(_common.table(
        ["function", "calls", "own ms", "cumulative ms"],
        [[name, calls, _common.ms(own, 1), _common.ms(cum, 1)]
         for cum, own, calls, name, _ in interesting[:25]],
    ))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="5 starts of each instead of 15")
    parser.add_argument("-n", type=int, help="starts of each variant (default 15, quick 5)")
    parser.add_argument("--profile", action="store_true",
                        help="always show the import and function profile")
    parser.add_argument("--display", action="store_true",
                        help="use the real display instead of Qt's offscreen platform")
    args = parser.parse_args(argv)
    _common.use_offscreen(args.display)
    count = args.n or (5 if args.quick else 15)

    with tempfile.TemporaryDirectory(prefix="hiptimer-startup-") as folder:
        home = Path(folder)
        cache = home / "pycache"
        print(f"{count} starts of each of: {', '.join(VARIANTS)} (alternating, after one "
              f"discarded start of each); load average before: {_common.load_average()}",
              flush=True)
        for variant in VARIANTS:
            start_once(variant, home, cache)
        results: dict[str, list[Start]] = {v: [] for v in VARIANTS}
        for round_no in range(count):
            order = VARIANTS if round_no % 2 == 0 else tuple(reversed(VARIANTS))
            for variant in order:
                start, _ = start_once(variant, home, cache)
                results[variant].append(start)
            line = ", ".join(f"{v} {results[v][-1].total * 1000:.0f} ms" for v in VARIANTS)
            print(f"  round {round_no + 1}: {line}", file=sys.stderr, flush=True)
        print(f"load average after: {_common.load_average()}\n")

        bare = _common.median(s.total for s in results["bare"])
        rows = []
        for variant in VARIANTS:
            totals = [s.total for s in results[variant]]
            value = _common.median(totals)
            rows.append([variant, len(totals), _common.ms(value, 0),
                         _common.ms(min(totals), 0), _common.ms(max(totals), 0),
                         f"{value / bare:.2f}×", *breakdown(results[variant])])
        print(_common.table(
            ["variant", "starts", "median ms", "min ms", "max ms", "÷ bare",
             "python ready", "QApplication ready", "window built", "first paint event"],
            rows,
        ))
        pairs = [a.total / b.total for a, b in zip(results["app"], results["bare"], strict=True)]
        ratio = _common.median(s.total for s in results["app"]) / bare
        verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
        print(f"\nratio of medians app/bare: {ratio:.2f}× (median of per-round ratios "
              f"{_common.median(pairs):.2f}×); target ≤ {TARGET_RATIO}× — {verdict}")
        print(f"app at its first frame: {results['app'][-1].facts}")
        print(f"bare at its first frame: {results['bare'][-1].facts}")
        if args.profile or ratio > TARGET_RATIO:
            show_profile(home, cache)
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    raise SystemExit(main())
