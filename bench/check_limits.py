"""``--check`` of the largest session the loader and ``customise()`` accept.

The loader refuses a session whose plan could pass ``MAX_PHASES`` phases, and
``customise()`` (``--reps``, ``--rounds``, ``--scale``, the start screen)
applies the same limit. This script builds the largest sessions those limits
let through, checks in-process that they really are at the edge (one more set
or round is refused), then runs ``python main.py --check`` on each as a
subprocess several times and reports the median wall time and the largest
peak RSS. The target (DESIGN.md): at most 1 s and 200 MB.

The sessions are the most expensive shapes within the limit: every work
phase is 500 reps at 0.5 s a rep (a cue per rep, the most a phase can hold),
done on each side with a switch, set rest and rest after it, so the plan has
as many phases, and as many cues, as the bound allows; names are 80
characters, the longest allowed, so the printed table is as wide as it gets.

- ``one round``: 998 work phases in one round, as written in the file.
- ``--rounds 20``: a circuit of 49 work phases written with 10 reps, run
  with ``--rounds 20 --reps 125 --scale 4`` (500 reps).
- ``default``: the bundled ``config.toml``, for the cost of starting Python
  and importing hiptimer.

Peak RSS is each child's own ``ru_maxrss`` (``os.wait4``), and, as a
cross-check, ``resource.getrusage(RUSAGE_CHILDREN)`` after all runs (the
largest of any child). Linux counts in a child's ``ru_maxrss`` the memory
its parent had when it forked, so the process that starts the checks stays
lean: it never imports hiptimer, and the sessions are built and checked at
the edge (``--describe``) in a process of their own.

Usage: ``python bench/check_limits.py [--repeats N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, load_average, median, setup_path, table

NAME = "Side-lying clam shell with a band above the knees, slow and controlled, hips st"


def _move(sets: int, reps: int, each_side: bool = True) -> str:
    side = "true" if each_side else "false"
    return (f'[[moves]]\nname = "{NAME}"\nreps = {reps}\neach_side = {side}\nsets = {sets}\n'
            f'instructions = "{"Knees together, heels together, lift the top knee. " * 30}"\n')


def _header(rounds: int = 1) -> str:
    return (f'name = "{NAME}"\nget_ready = 10\ntempo = 0.5\nswitch = 1\nset_rest = 1\n'
            f"rest = 1\nround_rest = 1\nrounds = {rounds}\n")


def one_round() -> str:
    """Return 998 work phases in one round: 49 moves × 10 sets × 2 sides, and 9 sets more."""
    return _header() + _move(10, 500) * 49 + _move(9, 500)


def circuit() -> str:
    """Return a circuit of 49 work phases a round (24 moves on each side, one not)."""
    return _header(rounds=2) + _move(1, 10) * 24 + _move(1, 10, each_side=False)


def _at_the_edge(path: Path, args: dict[str, float]) -> str:
    """Check that ``path`` with ``args`` is accepted and one move more is not; describe it."""
    setup_path()
    from hiptimer.errors import SessionError
    from hiptimer.plan import make_plan
    from hiptimer.session import MAX_PHASES, customise, load, phase_bound

    session = customise(load(path), **args)  # type: ignore[arg-type]
    plan = make_plan(session)
    bound = phase_bound(session)
    assert bound <= MAX_PHASES
    text = path.read_text(encoding="utf-8")
    more = path.with_name("more-" + path.name)
    more.write_text(text + _move(1, 10, each_side=False), encoding="utf-8")
    try:
        customise(load(more), **args)  # type: ignore[arg-type]
    except SessionError:
        pass
    else:
        raise AssertionError(f"{more.name} with {args} is accepted too: not the largest")
    cues = sum(len(p.cues) for p in plan.phases)
    return (f"{len(plan.phases)} phases ({plan.work_phases} work, bound {bound}), "
            f"{cues:,} cues, file {len(text.encode()):,} bytes")


def machine_lines() -> str:
    """Return the machine's description, read in a child (it imports PySide6)."""
    code = "import sys; sys.path.insert(0, sys.argv[1]); import _common; print(_common.machine())"
    result = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent)],
                            capture_output=True, text=True, check=True)
    return result.stdout.strip()


def run_check(argv: list[str]) -> tuple[float, float]:
    """Run ``main.py --check`` once; return wall seconds and the child's peak RSS in MB."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--check", *argv],
                                 stdout=subprocess.PIPE, stderr=err, cwd=ROOT)
        assert child.stdout is not None
        out = child.stdout.read()
        child.stdout.close()
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            err.seek(0)
            raise SystemExit(f"--check {argv} exited {child.returncode}: {err.read()[:2000]!r}")
    assert b"Total " in out
    # ru_maxrss is in KiB on Linux.
    return wall, usage.ru_maxrss / 1024


def describe(path: Path, args: dict[str, float]) -> str:
    """Return ``_at_the_edge(path, args)``, worked out in a process of its own."""
    result = subprocess.run(
        [sys.executable, __file__, "--describe", str(path), json.dumps(args)],
        capture_output=True, text=True, check=True)
    return result.stdout.strip()


def main() -> int:
    """Build the sessions, run the checks, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--describe", nargs=2, metavar=("SESSION", "JSON"),
                        help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.describe:
        print(_at_the_edge(Path(options.describe[0]), json.loads(options.describe[1])))
        return 0
    load_before = load_average()
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "one-round.toml"
        big.write_text(one_round(), encoding="utf-8")
        small = Path(folder) / "circuit.toml"
        small.write_text(circuit(), encoding="utf-8")
        cases = [
            ("one round", [str(big)], {}),
            ("--rounds 20", [str(small), "--rounds", "20", "--reps", "125", "--scale", "4"],
             {"rounds": 20, "reps": 125, "scale": 4.0}),
            ("default", [str(ROOT / "config.toml")], None),
        ]
        rows = []
        for label, argv, args in cases:
            what = "config.toml" if args is None else describe(Path(argv[0]), args)
            walls, peaks = [], []
            run_check(argv)  # warm the file cache and the bytecode
            for _ in range(options.repeats):
                wall, peak = run_check(argv)
                walls.append(wall)
                peaks.append(peak)
            rows.append((label, what, f"{median(walls):.3f}", f"{max(walls):.3f}",
                         f"{max(peaks):.1f}"))
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(machine_lines())
    print(f"- load average before: {load_before}, after: {load_average()}")
    print(f"- uptime: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}")
    print(f"- runs: {options.repeats} of each, after one warm-up run")
    print()
    print(table(("session", "plan", "median wall (s)", "slowest (s)", "peak RSS (MB)"), rows))
    print()
    print(f"RUSAGE_CHILDREN peak RSS over every run: {children:.1f} MB "
          f"(this process: {own:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
