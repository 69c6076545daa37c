"""The one place where time passes: a Qt timer that drives the runner.

``RunnerAdapter`` owns a single-shot ``Qt.PreciseTimer`` and re-arms it for
the moment the runner next needs waking (the next cue, the end of the phase,
the next change of the displayed second) or any extra moment a listener asks
for (the next frame of a move's picture). It never counts ticks: every wake-up
asks the runner what is due *now*, so a late timer costs lateness, never
drift. Runner events come out as Qt signals; widgets and the cue player only
listen.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from hiptimer.plan import Plan
from hiptimer.runner import CueDue, Event, Finished, PhaseStarted, Runner, RunState, StateChanged

logger = logging.getLogger(__name__)

WakeSource = Callable[[float], float | None]


class RunnerAdapter(QObject):
    """Drives a ``Runner`` from the Qt event loop.

    Signals:
        phase_started(int): phase with this index began.
        cue(object): a ``CueDue`` event fell due.
        state_changed(object): the runner's ``RunState`` changed.
        finished(object): the session reached its end (a ``Finished`` event).
        runner_event(object): every runner event, in order, for listeners that want all.
        refreshed(): the runner was woken; what is displayed may have changed.
        abandoning(): a run under way is about to be dropped (a new plan or a
            restart); the runner still shows where it stood.
    """

    phase_started = Signal(int)
    cue = Signal(object)
    state_changed = Signal(object)
    finished = Signal(object)
    runner_event = Signal(object)
    refreshed = Signal()
    abandoning = Signal()

    def __init__(
        self, plan: Plan, now: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self.clock = now  # the runner's clock, for listeners that keep time with it
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.wake)
        self._wake_sources: list[WakeSource] = []
        self.runner = self._make_runner(plan)

    def _make_runner(self, plan: Plan) -> Runner:
        runner = Runner(plan, self._now)
        runner.subscribe(self._on_event)
        return runner

    def set_plan(self, plan: Plan) -> None:
        """Replace the plan; the new runner waits for ``start``."""
        self._timer.stop()
        self._warn_abandon()
        self.runner = self._make_runner(plan)
        self.refreshed.emit()

    def add_wake_source(self, source: WakeSource) -> None:
        """Also wake at the time ``source(now)`` returns (``None``: no need)."""
        self._wake_sources.append(source)

    def _on_event(self, event: Event) -> None:
        self.runner_event.emit(event)
        if isinstance(event, PhaseStarted):
            self.phase_started.emit(event.index)
        elif isinstance(event, CueDue):
            self.cue.emit(event)
        elif isinstance(event, StateChanged):
            self.state_changed.emit(event.state)
        elif isinstance(event, Finished):
            self.finished.emit(event)

    def next_wake(self) -> float | None:
        """Return the clock time of the next wake-up, or ``None`` when idle."""
        wake = self.runner.next_wake()
        if wake is None:
            return None
        now = self._now()
        for source in self._wake_sources:
            extra = source(now)
            if extra is not None and extra > now:
                wake = min(wake, extra)
        return wake

    def _arm(self) -> None:
        wake = self.next_wake()
        if wake is None:
            self._timer.stop()
            return
        delay = wake - self._now()
        # Round up: waking a hair early would find nothing due and cost a
        # second wake-up; a millisecond late is within the budget.
        self._timer.start(max(0, math.ceil(delay * 1000)))

    @Slot()
    def wake(self) -> None:
        """Let the runner fire what is due, then sleep until the next moment."""
        self.runner.update()
        self.refreshed.emit()
        self._arm()

    def _act(self, action: Callable[[], bool]) -> bool:
        done = action()
        self.refreshed.emit()
        self._arm()
        return done

    def start(self) -> bool:
        """Start the session."""
        return self._act(self.runner.start)

    def toggle(self) -> bool:
        """Start, pause, resume, or mark self-paced reps done (Space)."""
        return self._act(self.runner.toggle)

    def pause(self) -> bool:
        """Pause if running."""
        return self._act(self.runner.pause)

    def skip(self) -> bool:
        """Go to the next phase."""
        return self._act(self.runner.skip)

    def back(self) -> bool:
        """Restart the phase or go to the previous one."""
        return self._act(self.runner.back)

    def restart(self) -> bool:
        """Start the session again from the beginning."""
        self._warn_abandon()
        return self._act(self.runner.restart)

    def _warn_abandon(self) -> None:
        if self.runner.state in (RunState.RUNNING, RunState.PAUSED):
            self.abandoning.emit()

    def done(self) -> bool:
        """End a self-paced rep phase."""
        return self._act(self.runner.done)

    def is_armed(self) -> bool:
        """Whether a wake-up is scheduled."""
        return self._timer.isActive()
