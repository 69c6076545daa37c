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

from hiptimer import progression, views
from hiptimer.goal import WorkDone, WorkTally
from hiptimer.gui.controllers.adapter import RunnerAdapter
from hiptimer.history import NO_RUN, History, Outcome, RatingRefused, RunEnd
from hiptimer.i18n import translate
from hiptimer.plan import Phase
from hiptimer.progression import Rating
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

    The history writes in the background and says when its ``notice`` comes
    or goes (the file would not take a write, or takes them again); the
    tracker hears that on the GUI thread and says ``changed``, so the window
    shows it at once.

    Signals:
        changed(): the history gained or changed a row, or its notice changed.
    """

    changed = Signal()
    # From the history's writer thread; delivered queued, on the GUI thread.
    _notice_moved = Signal()

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
        # The work done in the run under way (a new tally each run), and in
        # the last one that ended, for the finish screen.
        self._tally: WorkTally | None = None
        self.last_work: WorkDone | None = None
        self.last_finished: int | None = None  # the run a rating is for
        self._notice = history.notice
        self._notice_moved.connect(self._look_at_history)
        history.on_notice_change = self._notice_moved.emit
        adapter.runner_event.connect(self._on_event)
        adapter.abandoning.connect(self.abandon)

    def _rounds(self) -> int:
        return views.planned_rounds(self.adapter.runner.plan)

    def _rounds_done(self, phase: Phase) -> int:
        return views.rounds_done(self.adapter.runner.plan, phase)

    @staticmethod
    def _where(phase: Phase) -> str:
        return views.where(phase)

    @Slot(object)
    def _on_event(self, event: Event) -> None:
        runner = self.adapter.runner
        if (isinstance(event, StateChanged) and event.state is RunState.RUNNING
                and self._tally is None):
            # A run begins: its work is measured from this event on.
            self._tally = WorkTally(runner.plan, self.adapter.clock)
            self.last_work = None
        if self._tally is not None:
            self._tally.on_event(event)
        if isinstance(event, StateChanged):
            if event.state is RunState.RUNNING:
                if self.run_id is None:
                    self._start()
                if self.inhibitor is not None:
                    self.inhibitor.inhibit(
                        translate("gui.controllers.tracker", "A warm-up session is running"))
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
        elif isinstance(event, Finished):
            self._end(RunEnd(Outcome.FINISHED, self._wall(), self._rounds(), event.active,
                             work=self._work()))

    def _progress(
        self, run_id: int, rounds_done: int, active: float, index: int, where: str
    ) -> None:
        # The run may have ended (or been abandoned) before this got its turn.
        if run_id == self.run_id:
            self.history.progress(run_id, rounds_done, active, phase_index=index, where=where)

    def _start(self) -> None:
        plan = self.adapter.runner.plan
        session = plan.session
        # The doses this run is done at: a rating counts for them alone.
        run_id = self.history.start_run(
            session.name, session.source, self._rounds(), plan.total, self._wall(),
            doses=progression.doses_of(session),
        )
        self.run_id = None if run_id == NO_RUN else run_id
        self.changed.emit()

    @Slot()
    def abandon(self) -> None:
        """Mark the run under way (if any) as abandoned where it stands."""
        self._end_here(Outcome.ABANDONED)

    @Slot()
    def stop(self) -> None:
        """Mark the run under way (if any) as stopped by the runner where it stands."""
        self._end_here(Outcome.STOPPED)

    def _end_here(self, outcome: Outcome) -> None:
        if self.inhibitor is not None:
            self.inhibitor.uninhibit()
        if self._tally is None:
            return
        runner = self.adapter.runner
        phase = runner.phase
        self._end(RunEnd(outcome, self._wall(), self._rounds_done(phase), runner.active_time(),
                         work=self._work(), phase_index=runner.index, where=self._where(phase)))

    def rate(self, rating: Rating | None) -> None:
        """Record how the run that just finished felt (``None`` takes it back)."""
        if self.last_finished is None:
            return
        try:
            self.history.rate(self.last_finished, rating)
        except RatingRefused as exc:  # the run is not one the history can rate
            logger.warning("rating not kept: %s", exc)
            return
        self.changed.emit()  # the progression reads the ratings

    def _work(self) -> WorkDone | None:
        return None if self._tally is None else self._tally.result()

    def _end(self, end: RunEnd) -> None:
        """Record how the run ended (if the history took its start) and close its tally."""
        self.last_work = end.work
        self._tally = None
        self.last_finished = self.run_id if end.outcome is Outcome.FINISHED else None
        if self.run_id is None:
            return
        self.history.end_run(self.run_id, end)
        self.run_id = None
        self.changed.emit()

    @Slot()
    def _look_at_history(self) -> None:
        notice = self.history.notice
        if notice != self._notice:
            self._notice = notice
            self.changed.emit()
