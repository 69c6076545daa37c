"""Progression computed from ten years of history: how long ``suggest`` takes.

The target (DESIGN.md, issue 16): well under 10 ms for ten years of three
runs a week, about 1,600 runs. This script builds such a history for one
session of six moves with a seeded random runner: most runs finished and
rated (mostly "right", some "easy", a few "hard"), some left unrated, some
stopped or abandoned, and every suggestion taken at once, so the doses
change over the years as a real runner's would. Then it times:

- ``suggest`` on the records in memory (what the start screen does with the
  runs it already has), and the same with every run unrated (nothing
  counts; each move's count ends within ``after`` rated runs anyway, so
  the cost is the one pass that keeps the finished, rated runs);
- reading the runs back from an SQLite history (``History.runs()``, doses
  parsed) followed by ``runs_of`` and ``suggest``: the whole path from the
  file, as ``hiptimer --history`` does it once the file is open.

Each is repeated and the median and the slowest reported, with the load
average before and after. Usage: ``python bench/progression.py [--repeats N]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from _common import load_average, machine, median, ms, percentile, setup_path, table

setup_path()

from hiptimer.history import History, Outcome, RunEnd, RunRecord  # noqa: E402
from hiptimer.progression import (  # noqa: E402
    Change,
    MoveDose,
    Rating,
    Rules,
    SessionRules,
    runs_of,
    suggest,
)

SESSION_FILE = "/bench/hips.toml"
YEARS = 10
PER_WEEK = 3
START = datetime(2017, 1, 2, 7, 0, tzinfo=timezone.utc)

DOSES = (
    MoveDose(("blocks", 0, "moves", 0), "clam-shell", "reps", 10, "Clam shell", True),
    MoveDose(("blocks", 0, "moves", 1), "glute-bridge", "hold", 30, "Glute bridge"),
    MoveDose(("blocks", 1, "moves", 0), "front-lunge", "reps", 10, "Front lunge", True),
    MoveDose(("blocks", 1, "moves", 1), "side-lunge", "reps", 10, "Side lunge", True),
    MoveDose(("blocks", 1, "moves", 2), "curtsy-lunge", "reps", 10, "Curtsy lunge", True),
    MoveDose(("blocks", 1, "moves", 3), "fire-hydrant", "reps", 12, "Fire hydrant", True),
)
RULES = SessionRules(
    session=Rules(after=2, reps=Rules(step=2, ceiling=20), hold=Rules(step=5, ceiling=60)),
    moves={DOSES[0].keys: Rules(ceiling=20, then="banded-clam-shell")},
)


def ten_years(seed: int = 16) -> tuple[list[RunRecord], tuple[MoveDose, ...]]:
    """Return the runs, oldest first, and the doses they ended at, taking every suggestion."""
    rng = random.Random(seed)
    doses = DOSES
    runs: list[RunRecord] = []
    for number in range(YEARS * 52 * PER_WEEK):
        began = START + timedelta(days=7 * (number // PER_WEEK) + 2 * (number % PER_WEEK))
        roll = rng.random()
        outcome = (Outcome.STOPPED if roll < 0.04 else Outcome.ABANDONED if roll < 0.06
                   else Outcome.FINISHED)
        rating = None
        if outcome is Outcome.FINISHED and rng.random() > 0.15:
            rating = rng.choices([Rating.EASY, Rating.RIGHT, Rating.HARD], [3, 6, 1])[0]
        runs.append(RunRecord(
            id=number + 1, session_name="Hips", session_file=SESSION_FILE, started_at=began,
            ended_at=began + timedelta(minutes=8), outcome=outcome, rounds_done=3,
            rounds_planned=3, planned_active_s=480.0, actual_active_s=470.0,
            phase_index=None, where="", rating=rating, doses=doses,
        ))
        for found in suggest(RULES, runs, doses):
            doses = tuple(
                d if d.keys != found.keys else
                (replace(d, amount=found.new) if found.change is not Change.NEXT
                 else replace(d, move=found.new_move or d.move, amount=10.0))
                for d in doses)
    return runs, doses


def timed(work: Callable[[], object], repeats: int) -> list[float]:
    work()  # warm-up: first-call costs (caches, imports) are not the steady state
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times


def to_file(runs: list[RunRecord], path: Path) -> None:
    with History.open(path) as history:
        for run in runs:
            handle = history.start_run(run.session_name, run.session_file, 3, 480.0,
                                       run.started_at, doses=run.doses)
            history.end_run(handle, RunEnd(run.outcome, run.started_at + timedelta(minutes=8),
                                           3, 470.0))
            if run.rating is not None:
                history.rate(handle, run.rating)
        assert history.flush(timeout=120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args()
    load_before = load_average()
    runs, doses = ten_years()
    changed = sum(1 for a, b in zip(DOSES, doses, strict=True) if not a.same_dose(b))
    unrated = [replace(run, rating=None) for run in runs]
    rows = []

    def report(what: str, times: list[float]) -> None:
        rows.append((what, ms(median(times), 3), ms(percentile(times, 0.95), 3),
                     ms(max(times), 3)))

    found = suggest(RULES, runs, doses)
    report(f"suggest, {len(runs)} records in memory",
           timed(lambda: suggest(RULES, runs, doses), args.repeats))
    report("suggest, every run unrated (nothing counts)",
           timed(lambda: suggest(RULES, unrated, doses), args.repeats))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        to_file(runs, path)
        with History.open(path) as history:
            assert len(history.runs()) == len(runs)

            def from_file() -> object:
                return suggest(RULES, runs_of(history.runs(), SESSION_FILE), doses)

            report("History.runs() + runs_of + suggest, from the SQLite file",
                   timed(from_file, max(20, args.repeats // 4)))
    load_after = load_average()
    print("# Progression from ten years of history\n")
    print(machine())
    print(f"- load average before: {load_before}; after: {load_after}")
    print(f"- history: {len(runs)} runs ({YEARS} years, {PER_WEEK} a week), "
          f"{sum(r.rating is not None for r in runs)} rated; {changed} of "
          f"{len(DOSES)} doses changed over the years; suggestions now: {len(found)}")
    print(f"- repeats: {args.repeats} (from the file: {max(20, args.repeats // 4)}), "
          "after one warm-up call\n")
    print(table(("what", "median (ms)", "p95 (ms)", "slowest (ms)"), rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
