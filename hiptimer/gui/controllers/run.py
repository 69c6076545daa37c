"""The run's controller: the runner's adapter, the history's tracker and the sound.

``RunController`` holds no widget. The run screen's intents (Pause, Skip,
Done, …) and the window's keys arrive at its slots; what the run and finish
screens show leaves as signals carrying ``hiptimer.views`` view models. The
window builds it once the start screen's first frame is out, with the run
and finish screens, and connects them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from hiptimer import views
from hiptimer.gui import theme
from hiptimer.gui.controllers.adapter import RunnerAdapter
from hiptimer.gui.controllers.tracker import Inhibitor, RunTracker
from hiptimer.i18n import translate
from hiptimer.plan import PhaseKind, Plan, format_seconds
from hiptimer.runner import Finished, RunState

# A run stopped with less work than this behind it goes without a question:
# nothing much is lost if the key was pressed by mistake.
ASK_BEFORE_STOPPING_AFTER_S = 60.0

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hiptimer.audio import CuePlayer
    from hiptimer.gui.controllers.sound import SoundCues
    from hiptimer.history import History


class RunController(QObject):
    """Drives a run and says what the run and finish screens show of it.

    Signals:
        phase_shown(object): a phase started; its ``PhaseView``.
        moment_shown(object): the run screen now (``RunView``), at each refresh.
        paused_changed(bool): the run was paused (``True``) or goes on.
        background_changed(str): paint the window in this colour.
        run_screen_wanted(): show the run screen (a run started or restarted).
        finish_wanted(str, str, str, bool, object): show the finish screen,
            with the session's finish text ("Done — go run!"), the time the
            run took, whether it counted toward the week (and why not),
            whether to ask how it felt (the history has the run to rate), and
            the session's own question (a ``session.Question``, or None).
        finished(object): the run reached its end (the runner's ``Finished``).
        stopped(): the runner stopped the run (recorded as stopped); show the
            start screen.
    """

    phase_shown = Signal(object)
    moment_shown = Signal(object)
    paused_changed = Signal(bool)
    background_changed = Signal(str)
    run_screen_wanted = Signal()
    finish_wanted = Signal(str, str, str, bool, object)
    finished = Signal(object)
    stopped = Signal()

    def __init__(
        self, plan: Plan, now: Callable[[], float], history: History,
        inhibitor: Inhibitor | None, wall_now: Callable[[], datetime],
        asker: QWidget,
    ) -> None:
        """Run ``plan`` on the clock ``now``; ``asker`` is the widget questions sit on."""
        super().__init__(asker)
        self.asker = asker
        # Whether the run screen is the one shown: it is told nothing
        # while the start or finish screen is.
        self.showing_run = False
        self.sound: SoundCues | None = None
        self.adapter = RunnerAdapter(plan, now, self)
        self.adapter.refreshed.connect(self.refresh)
        self.adapter.phase_started.connect(self._phase_started)
        self.adapter.state_changed.connect(self._state_changed)
        self.adapter.finished.connect(self._finished)
        self.adapter.add_wake_source(self._next_frame_change)
        self.tracker = RunTracker(self.adapter, history, inhibitor, wall_now, self)

    def attach_sound(self, player: CuePlayer) -> SoundCues:
        """Play the run's cues through ``player`` from now on."""
        from hiptimer.gui.controllers.sound import SoundCues

        self.sound = SoundCues(self.adapter, player, self)
        return self.sound

    # -- what the window's keys and buttons ask of the runner ------------

    def running(self) -> bool:
        """Say whether a run is under way and not paused."""
        return self.adapter.runner.state is RunState.RUNNING

    @Slot()
    def toggle(self) -> None:
        """Start, pause, resume, or end self-paced reps; nothing once finished."""
        if self.adapter.runner.state is not RunState.FINISHED:
            self.adapter.toggle()

    @Slot()
    def pause_or_resume(self) -> None:
        """Pause or resume, never "done" as ``toggle`` would be on self-paced reps."""
        if self.adapter.runner.state is RunState.PAUSED:
            self.adapter.toggle()
        else:
            self.adapter.pause()

    @Slot()
    def pause_if_running(self) -> None:
        """Pause a run under way (a question is about to be asked)."""
        if self.running():
            self.adapter.pause()

    @Slot()
    def restart(self) -> None:
        """Start the session again, unless it has not started yet."""
        if self.adapter.runner.state is not RunState.READY:
            self.adapter.restart()

    def can_stop(self) -> bool:
        """Say whether there is a run under way (running or paused) to stop."""
        return self.adapter.runner.state in (RunState.RUNNING, RunState.PAUSED)

    @Slot()
    def stop(self) -> None:
        """Stop the run under way and record it as stopped where it stands.

        After a minute of work (``ASK_BEFORE_STOPPING_AFTER_S``) the runner is
        asked first, with the run paused; a "no" carries on as it was.
        """
        if not self.can_stop():
            return
        runner = self.adapter.runner
        active = runner.active_time()
        if active >= ASK_BEFORE_STOPPING_AFTER_S:
            from hiptimer.gui import dialogs

            was_running = runner.state is RunState.RUNNING
            self.adapter.pause()
            if not dialogs.confirm(
                self.asker, translate("gui.controllers.run", "Stop this session?"),
                translate("gui.controllers.run",
                          "You have done {time} of it. Stop now and go back to the start? "
                          "It is kept in your history as stopped.").format(
                              time=format_seconds(active)),
            ):
                if was_running:
                    self.adapter.toggle()
                return
        self.tracker.stop()
        self.stopped.emit()

    @Slot(str)
    def rate(self, rating: str) -> None:
        """Keep how the run that just finished felt: "easy", "right" or "hard"."""
        from hiptimer.progression import Rating

        self.tracker.rate(Rating(rating))

    def make_ready(self, plan: Plan) -> None:
        """Put the runner at the start of ``plan``, unless it is there already."""
        self.showing_run = False
        if self.adapter.runner.state is not RunState.READY:
            self.adapter.set_plan(plan)

    @Slot(object)
    def set_plan(self, plan: Plan) -> None:
        """Run ``plan`` from now on (the run under way, if any, is abandoned)."""
        self.adapter.set_plan(plan)

    # -- following the runner --------------------------------------------

    @Slot(int)
    def _phase_started(self, index: int) -> None:
        view = views.phase_view(self.adapter.runner.plan, index)
        if not self.showing_run and view.kind is not PhaseKind.DONE:
            self.showing_run = True
            self.run_screen_wanted.emit()
        if self.adapter.runner.state is not RunState.PAUSED:
            self.background_changed.emit(theme.LOOKS[view.kind].background)
        self.phase_shown.emit(view)

    @Slot(object)
    def _state_changed(self, state: RunState) -> None:
        paused = state is RunState.PAUSED
        if paused:
            self.background_changed.emit(theme.PAUSED_BACKGROUND)
        elif state is RunState.RUNNING:
            self.background_changed.emit(
                theme.LOOKS[self.adapter.runner.phase.kind].background)
        self.paused_changed.emit(paused)

    @Slot(object)
    def _finished(self, event: Finished) -> None:
        self.showing_run = False
        self.background_changed.emit(theme.LOOKS[PhaseKind.DONE].background)
        self.finish_wanted.emit(self.adapter.runner.plan.phases[-1].title,
                                views.finish_time(event.active),
                                views.counted_line(self.tracker.last_work),
                                self.tracker.last_finished is not None,
                                self.adapter.runner.plan.session.question)
        self.finished.emit(event)

    def _next_frame_change(self, now: float) -> float | None:
        runner = self.adapter.runner
        if runner.state is not RunState.RUNNING:
            return None
        return views.next_frame_change(runner.phase, runner.elapsed(), now)

    @Slot()
    def refresh(self) -> None:
        """Say what the runner shows now: countdown, reps, picture, progress."""
        runner = self.adapter.runner
        if runner.state is RunState.READY or not self.showing_run:
            return
        self.moment_shown.emit(views.run_view(runner))
