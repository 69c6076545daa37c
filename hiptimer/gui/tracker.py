"""Records each run in the history and keeps the screen awake while one runs.

``RunTracker`` listens to the runner's events through the adapter: the first
time a run starts it adds a history row, every phase start updates how far
the runner got (so a killed process leaves a useful row), and the end marks
the row finished. The window tells it when a run is abandoned (restart, a
new session, going back to the start screen, closing). While the runner is
running (not paused, not finished) it asks the desktop not to blank the
screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timezone
from functools import partial
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from hiptimer.gui.adapter import RunnerAdapter
from hiptimer.history import NO_RUN, History
from hiptimer.plan import Phase, PhaseKind
from hiptimer.runner import Event, Finished, PhaseStarted, RunState, StateChanged

logger = logging.getLogger(__name__)


class Inhibitor(Protocol):
    """What the tracker needs of a screen-saver inhibitor."""

    def inhibit(self, reason: str) -> None:
        """Ask the desktop not to blank the screen."""

    def uninhibit(self) -> None:
        """Let the desktop blank the screen again."""


def utc_now() -> datetime:
    """Return the current wall-clock time, aware, in UTC."""
    return datetime.now(timezone.utc)


class RunTracker(QObject):
    """Writes runs to the ``History`` and inhibits the screen saver during them.

    Signals:
        changed(): the history gained or changed a row.
    """

    changed = Signal()

    def __init__(
        self,
        adapter: RunnerAdapter,
        history: History,
        inhibitor: Inhibitor | None = None,
        wall_clock: Callable[[], datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.adapter = adapter
        self.history = history
        self.inhibitor = inhibitor
        self._wall = wall_clock
        self.run_id: int | None = None
        adapter.runner_event.connect(self._on_event)
        adapter.abandoning.connect(self.abandon)

    def _rounds(self) -> int:
        return max(b.rounds for b in self.adapter.runner.plan.session.blocks)

    def _rounds_done(self, phase: Phase) -> int:
        planned = self._rounds()
        if phase.kind is PhaseKind.DONE:
            return planned
        if phase.rounds == planned:
            return phase.round_no - 1
        circuit = next(
            (p.block_no for p in self.adapter.runner.plan.phases if p.rounds == planned), 1
        )
        return 0 if phase.block_no < circuit else planned

    @staticmethod
    def _where(phase: Phase) -> str:
        rounds = f", round {phase.round_no} of {phase.rounds}" if phase.rounds > 1 else ""
        return f"{phase.heading}{rounds}"

    @Slot(object)
    def _on_event(self, event: Event) -> None:
        runner = self.adapter.runner
        if isinstance(event, StateChanged):
            if event.state is RunState.RUNNING:
                if self.run_id is None:
                    self._start()
                if self.inhibitor is not None:
                    self.inhibitor.inhibit("A warm-up session is running")
            elif self.inhibitor is not None:
                self.inhibitor.uninhibit()
        elif isinstance(event, PhaseStarted) and self.run_id is not None:
            # Written once the event loop is free again: the phase's start cue
            # and the screen come first, the disk write after them.
            QTimer.singleShot(0, partial(
                self._progress,
                self.run_id, self._rounds_done(event.phase), runner.active_time(),
                event.index, self._where(event.phase),
            ))
        elif isinstance(event, Finished) and self.run_id is not None:
            self.history.finish(self.run_id, self._wall(), self._rounds(), event.active)
            self.run_id = None
            self.changed.emit()

    def _progress(
        self, run_id: int, rounds_done: int, active: float, index: int, where: str
    ) -> None:
        # The run may have ended (or been abandoned) before this got its turn.
        if run_id == self.run_id:
            self.history.progress(run_id, rounds_done, active, phase_index=index, where=where)

    def _start(self) -> None:
        plan = self.adapter.runner.plan
        session = plan.session
        run_id = self.history.start_run(
            session.name, session.source, self._rounds(), plan.total, self._wall()
        )
        self.run_id = None if run_id == NO_RUN else run_id
        self.changed.emit()

    @Slot()
    def abandon(self) -> None:
        """Mark the run under way (if any) as abandoned where it stands."""
        if self.inhibitor is not None:
            self.inhibitor.uninhibit()
        if self.run_id is None:
            return
        runner = self.adapter.runner
        phase = runner.phase
        self.history.abandon(
            self.run_id, self._wall(), self._rounds_done(phase), runner.active_time(),
            phase_index=runner.index, where=self._where(phase),
        )
        self.run_id = None
        self.changed.emit()
