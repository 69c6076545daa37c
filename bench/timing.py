"""Timing: the deadline-based RunnerAdapter against a tick-counting timer.

Runs the real ``RunnerAdapter`` and ``Runner`` (the single-shot
``Qt.PreciseTimer`` re-armed for each deadline) over a session of many short
phases (reps at 0.5 s, 1 s holds, 1 s rests and switches; about 63 s, or 15 s
with ``--quick``) in a real ``QApplication`` event loop on ``time.monotonic``.
In the same event loop and over the same phase durations runs the classic
design it replaces: a ``QTimer`` firing every 100 ms that does
``remaining -= 0.1`` and moves to the next phase when ``remaining`` reaches 0.

Three conditions, each repeated and interleaved so that machine noise hits
them alike:

- ``idle``: nothing else happens on the GUI thread;
- ``stalls``: the GUI thread is blocked by a 250 ms busy loop a few times, at
  seeded random moments;
- ``pauses``: the session is paused for 400 ms a few times (both timers),
  to check that only the pauses move the end.

For every runner event (``PhaseStarted.at``, ``CueDue.due`` and
``Finished.at`` carry the exact due time), *lateness* is the monotonic time
at which the listener ran minus the due time (negative: early). For the tick
counters, the due time of a phase change is its planned start from the plan
(plus the pauses so far). *Accumulated drift* is when the last phase actually
started minus when the plan says it starts (start + plan total + time
paused): for the runner this is the time stamped on ``Finished``, for a tick
counter the moment it moved on. ``--window`` drives the real ``MainWindow``
(shown, offscreen unless ``--display``) instead of a bare adapter, so
restyling and repainting on the GUI thread are included.

Usage: ``python bench/timing.py [--quick] [--repeats N] [--seed N] [--window]``.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import _common

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from hiptimer.plan import Plan

_common.setup_path()

# The session: every phase a multiple of 0.1 s so a 100 ms tick counter can
# hit its ends exactly, reps of 0.5 s so cues come twice a second.
SESSION_TOML = """
name = "Timing bench"
get_ready = 0
tempo = 0.5
rest = 1
switch = 1
rounds = {rounds}
round_rest = 1

[[moves]]
name = "Reps"
reps = 4
each_side = true

[[moves]]
name = "Hold"
hold = 1
"""

TICK_SECONDS = 0.1
# remaining -= 0.1 ten times leaves 1.4e-16, not 0: allow float rounding, so
# the tick counter is judged on its design, not on an extra tick per phase.
TICK_EPSILON = 1e-9
STALL_SECONDS = 0.250
PAUSE_SECONDS = 0.400
CONDITIONS = ("idle", "stalls", "pauses")
DEADLINE = "deadline (RunnerAdapter)"
TICK_COARSE = "tick count, default QTimer"
TICK_PRECISE = "tick count, PreciseTimer"
TIMERS = (DEADLINE, TICK_COARSE, TICK_PRECISE)
P99_TARGET = 0.005
# Drift is a difference of sums of floats in the thousands of seconds
# (monotonic time since boot): under a microsecond is rounding, not drift.
DRIFT_TOLERANCE = 1e-6


class Clock:
    """``time.monotonic`` that can note what it returned while ``recording``."""

    def __init__(self) -> None:
        self.recording: list[float] | None = None

    def __call__(self) -> float:
        """Return ``time.monotonic()``."""
        now = time.monotonic()
        if self.recording is not None:
            self.recording.append(now)
        return now

    def first_read(self, action: Callable[[], object]) -> float:
        """Run ``action`` and return the first time it read from this clock."""
        self.recording = []
        try:
            action()
            return self.recording[0] if self.recording else time.monotonic()
        finally:
            self.recording = None


class TickCounter:
    """The classic drifting design: count 100 ms ticks down through the phases."""

    def __init__(
        self, durations: list[float], on_done: Callable[[], None], kind: Qt.TimerType
    ) -> None:
        from PySide6.QtCore import QTimer

        self.durations = durations
        self.on_done = on_done
        self.timer = QTimer()
        self.timer.setTimerType(kind)
        self.timer.setInterval(round(TICK_SECONDS * 1000))
        self.timer.timeout.connect(self._tick)
        self.index = 0
        self.remaining = 0.0
        self.t0 = 0.0
        self.paused_at = 0.0
        self.paused_total = 0.0
        # (phase index, when it started, pause time before it)
        self.starts: list[tuple[int, float, float]] = []
        self.done = False

    def start(self) -> None:
        """Start phase 0 now."""
        self.t0 = time.monotonic()
        self.index = 0
        self.remaining = self.durations[0]
        self.starts.append((0, self.t0, 0.0))
        self.timer.start()

    def pause(self) -> None:
        """Stop counting."""
        if not self.done:
            self.paused_at = time.monotonic()
            self.timer.stop()

    def resume(self) -> None:
        """Count again (the tick starts afresh, as QTimer.start does)."""
        if not self.done:
            self.paused_total += time.monotonic() - self.paused_at
            self.timer.start()

    def _tick(self) -> None:
        self.remaining -= TICK_SECONDS
        if self.remaining > TICK_EPSILON:
            return
        now = time.monotonic()
        self.index += 1
        self.starts.append((self.index, now, self.paused_total))
        if self.index >= len(self.durations):
            self.timer.stop()
            self.done = True
            self.on_done()
            return
        self.remaining = self.durations[self.index]


@dataclass
class Series:
    """One timer's record in one run: lateness of each event and the final drift."""

    late: list[float] = field(default_factory=list)
    drift: float = math.nan


@dataclass
class RunResult:
    """What one run of one condition measured."""

    condition: str
    series: dict[str, Series] = field(default_factory=dict)
    # The deadline timer's lateness by kind of event.
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    wakes: int = 0
    paused: float = 0.0
    stalls: int = 0
    busy_cpu: float = 0.0
    preempted: int = 0


def make_plan(rounds: int) -> Plan:
    """Return the plan of the bench session with ``rounds`` rounds."""
    from hiptimer.plan import make_plan as plan_of
    from hiptimer.session import loads

    return plan_of(loads(SESSION_TOML.format(rounds=rounds), "<timing bench>"))


def involuntary_switches() -> int:
    """Return how often the kernel has preempted this process (0 if unknown)."""
    try:
        with open("/proc/self/status", encoding="utf-8") as handle:
            for text in handle:
                if text.startswith("nonvoluntary_ctxt_switches:"):
                    return int(text.split()[1])
    except OSError:
        pass
    return 0


def run_once(condition: str, rounds: int, seed: int, window: bool) -> RunResult:
    """Run the session once under ``condition`` and return what was measured."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from hiptimer.gui.controllers.adapter import RunnerAdapter
    from hiptimer.runner import CueDue, Event, Finished, PhaseStarted, RunState

    plan = make_plan(rounds)
    clock = Clock()
    result = RunResult(condition)
    runner_series = result.series.setdefault(DEADLINE, Series())
    loop = QEventLoop()
    main_window = None
    if window:
        from hiptimer.gui.window import MainWindow

        main_window = MainWindow(plan.session, now=clock)
        main_window.show()
        adapter = main_window.run.adapter
    else:
        adapter = RunnerAdapter(plan, clock)
    finished: list[Finished] = []
    started: list[float] = []

    def maybe_quit() -> None:
        if finished and all(t.done for t in tickers.values()):
            QTimer.singleShot(50, loop.quit)

    def on_event(event: Event) -> None:
        seen = time.monotonic()
        if isinstance(event, PhaseStarted):
            kind, late = "phase started", seen - event.at
        elif isinstance(event, CueDue):
            kind, late = f"cue: {event.cue.kind.value}", seen - event.due
        elif isinstance(event, Finished):
            kind, late = "finished", seen - event.at
            finished.append(event)
            maybe_quit()
        else:
            return
        runner_series.late.append(late)
        result.by_kind.setdefault(kind, []).append(late)

    def on_wake() -> None:
        result.wakes += 1

    adapter.runner_event.connect(on_event)
    adapter.refreshed.connect(on_wake)
    durations = [p.duration or 0.0 for p in plan.phases[:-1]]
    tickers = {
        TICK_COARSE: TickCounter(durations, maybe_quit, Qt.TimerType.CoarseTimer),
        TICK_PRECISE: TickCounter(durations, maybe_quit, Qt.TimerType.PreciseTimer),
    }

    rng = random.Random(f"{seed}-{condition}")
    total = plan.total
    count = max(2, round(total / 10))
    moments = sorted(rng.uniform(1.0, total - 2.0) for _ in range(count))
    pauses: list[tuple[float, float]] = []

    def stall() -> None:
        end = time.perf_counter() + STALL_SECONDS
        while time.perf_counter() < end:
            pass
        result.stalls += 1

    def pause() -> None:
        if adapter.runner.state is not RunState.RUNNING:
            return
        at = clock.first_read(adapter.pause)
        for ticker in tickers.values():
            ticker.pause()
        QTimer.singleShot(round(PAUSE_SECONDS * 1000), lambda: resume(at))

    def resume(at: float) -> None:
        back = clock.first_read(adapter.toggle)
        for ticker in tickers.values():
            ticker.resume()
        pauses.append((at, back))

    for moment in moments:
        if condition == "stalls":
            QTimer.singleShot(round(moment * 1000), stall)
        elif condition == "pauses":
            QTimer.singleShot(round(moment * 1000), pause)

    def begin() -> None:
        started.append(clock.first_read(adapter.start))
        for ticker in tickers.values():
            ticker.start()

    cpu_before = time.process_time()
    switches_before = involuntary_switches()
    QTimer.singleShot(0, begin)
    # A safety net: never hang if something goes wrong.
    QTimer.singleShot(round((total * 3 + 30) * 1000), loop.quit)
    loop.exec()
    result.busy_cpu = time.process_time() - cpu_before
    result.preempted = involuntary_switches() - switches_before
    adapter.pause()
    for ticker in tickers.values():
        ticker.timer.stop()
    if not finished or not all(t.done for t in tickers.values()):
        raise RuntimeError(f"{condition}: the session did not finish in time")

    starts = plan.starts()
    result.paused = sum(back - at for at, back in pauses)
    # The plan's clock starts at the clock read that started the runner; the
    # end is checked against it, not against anything the runner computed.
    runner_series.drift = finished[0].at - (started[0] + total + result.paused)
    for name, ticker in tickers.items():
        series = result.series.setdefault(name, Series())
        # Phase 0 starts by definition at the tick counter's own t0.
        for index, when, paused_before in ticker.starts[1:]:
            series.late.append(when - (ticker.t0 + starts[index] + paused_before))
        index, when, paused_before = ticker.starts[-1]
        series.drift = when - (ticker.t0 + starts[index] + paused_before)
    if main_window is not None:
        main_window.close()
        main_window.deleteLater()
    else:
        adapter.deleteLater()
    return result


def summarise(results: list[RunResult]) -> list[list[object]]:
    """Return the table rows: per condition and timer, medians over the runs."""
    rows: list[list[object]] = []
    for condition in CONDITIONS:
        runs = [r for r in results if r.condition == condition]
        if not runs:
            continue
        injected = "–"
        if condition == "stalls":
            injected = f"{runs[0].stalls} × {STALL_SECONDS * 1000:.0f} ms busy"
        elif condition == "pauses":
            injected = f"{_common.median(r.paused for r in runs):.3f} s paused"
        for name in TIMERS:
            late = [r.series[name].late for r in runs]
            drift = [r.series[name].drift for r in runs]
            rows.append([
                condition,
                name,
                len(runs),
                round(_common.median(len(x) for x in late)),
                _common.ms(_common.median(_common.percentile(x, 0.50) for x in late), 2),
                _common.ms(_common.median(_common.percentile(x, 0.99) for x in late), 2),
                _common.ms(_common.median(max(x) for x in late), 2),
                _common.ms(_common.median(drift), 3),
                _common.ms(max(drift, key=abs), 3),
                injected,
            ])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a 15 s session, 2 repeats")
    parser.add_argument("--repeats", type=int, help="runs per condition (default 3, quick 2)")
    parser.add_argument("--seed", type=int, default=20240601, help="seed for stall moments")
    parser.add_argument("--window", action="store_true",
                        help="drive the real MainWindow (offscreen) instead of a bare adapter")
    parser.add_argument("--display", action="store_true",
                        help="use the real display instead of Qt's offscreen platform")
    parser.add_argument("--conditions", default=",".join(CONDITIONS),
                        help="comma-separated subset of: " + ", ".join(CONDITIONS))
    args = parser.parse_args(argv)
    _common.use_offscreen(args.display)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    rounds = 2 if args.quick else 8
    repeats = args.repeats or (2 if args.quick else 3)
    conditions = [c for c in args.conditions.split(",") if c]
    for condition in conditions:
        if condition not in CONDITIONS:
            parser.error(f"unknown condition {condition!r}")
    plan = make_plan(rounds)
    print(f"session: {len(plan.phases)} phases, {plan.total:g} s planned; "
          f"{repeats} runs of each condition ({', '.join(conditions)}), interleaved; "
          f"{'MainWindow' if args.window else 'bare RunnerAdapter'}; "
          f"load average before: {_common.load_average()}", flush=True)
    results: list[RunResult] = []
    for repeat in range(repeats):
        for condition in conditions:
            result = run_once(condition, rounds, args.seed + repeat, args.window)
            app.processEvents()
            results.append(result)
            parts = [
                f"{name.split(',')[-1].split(' (')[0].strip()}: p99 "
                f"{_common.ms(_common.percentile(result.series[name].late, 0.99), 2)} ms, "
                f"drift {_common.ms(result.series[name].drift, 3)} ms"
                for name in TIMERS
            ]
            print(f"  run {repeat + 1} {condition:6} | " + " | ".join(parts)
                  + f" | {result.wakes} wakes, {result.preempted} preemptions, "
                  f"CPU {result.busy_cpu:.2f} s", file=sys.stderr, flush=True)
    print(f"load average after: {_common.load_average()}")
    print()
    print(_common.table(
        ["condition", "timer", "runs", "events/run", "p50 late ms", "p99 late ms",
         "max late ms", "drift ms (median)", "drift ms (worst)", "injected"],
        summarise(results),
    ))
    print()
    print(_common.table(
        ["condition", "runner wake-ups/run", "preemptions/run", "process CPU s/run"],
        [[c,
          f"{_common.median(r.wakes for r in results if r.condition == c):.0f}",
          f"{_common.median(r.preempted for r in results if r.condition == c):.0f}",
          f"{_common.median(r.busy_cpu for r in results if r.condition == c):.2f}"]
         for c in conditions],
    ))
    print()
    for condition in conditions:
        kinds: dict[str, list[float]] = {}
        for result in results:
            if result.condition == condition:
                for kind, values in result.by_kind.items():
                    kinds.setdefault(kind, []).extend(values)
        print(f"deadline timer, {condition}, every run pooled, by kind of event:")
        print(_common.table(
            ["event", "count", "p50 late ms", "p99 late ms", "max late ms"],
            [[kind, len(values), _common.ms(_common.percentile(values, 0.5), 2),
              _common.ms(_common.percentile(values, 0.99), 2), _common.ms(max(values), 2)]
             for kind, values in sorted(kinds.items())],
        ))
        print()
    idle = [r for r in results if r.condition == "idle"]
    if idle:
        p99 = _common.median(_common.percentile(r.series[DEADLINE].late, 0.99) for r in idle)
        verdict = "met" if p99 <= P99_TARGET else "MISSED"
        print(f"target: p99 lateness ≤ 5 ms idle: {_common.ms(p99, 2)} ms — {verdict}")
    worst = max(abs(r.series[DEADLINE].drift) for r in results)
    verdict = "met" if worst < DRIFT_TOLERANCE else "MISSED"
    print(f"target: 0 ms accumulated drift, every run of every condition: worst "
          f"{worst * 1e6:.3f} µs — {verdict}")
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    raise SystemExit(main())
