"""The runner's side of the window: what the runner follows from the mat, and the finish.

``RunSide`` owns the ``RunnerAdapter``, the ``RunTracker`` and the run and
finish screens, and keeps the screens in step with the runner. The window
builds it once the start screen's first frame is out (``MainWindow.complete``),
so this module may use anything: the ``Qt`` namespace, the self-fitting text
and the pictures.

The window shows what the runner is doing at a glance from the mat: the
phase's colour, a countdown (or rep counter) at least a third of the window's
height, the move and side, its picture moving in time with the reps, the
instructions, what comes next, the round and the time left. Everything is
read from the runner through the adapter; nothing here keeps time itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hiptimer import views
from hiptimer.gui import theme
from hiptimer.gui.adapter import RunnerAdapter
from hiptimer.gui.start import button
from hiptimer.gui.tracker import Inhibitor, RunTracker
from hiptimer.gui.widgets import FitText, PictureView
from hiptimer.plan import PhaseKind, Plan
from hiptimer.runner import Finished, RunState

if TYPE_CHECKING:
    from hiptimer.history import History

def _spread(widget: QPushButton) -> QPushButton:
    """Let a button of a row share the row's width with the others."""
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return widget


def _size_buttons(buttons: tuple[QPushButton, ...], height: int) -> None:
    """Give a screen's buttons text that grows with the window's ``height``."""
    font = buttons[0].font()
    font.setPixelSize(max(14, int(height * 0.024)))
    for push in buttons:
        push.setFont(font)


class RunScreen(QWidget):
    """What the runner follows during the session.

    Signals:
        back_clicked(), done_clicked(), pause_clicked(), skip_clicked(),
        restart_clicked(), mute_clicked(), fullscreen_clicked(): the runner
        pressed that button.
    """

    back_clicked = Signal()
    done_clicked = Signal()
    pause_clicked = Signal()
    skip_clicked = Signal()
    restart_clicked = Signal()
    mute_clicked = Signal()
    fullscreen_clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 8)
        outer.setSpacing(4)

        top = QHBoxLayout()
        self.round = QLabel()
        self.round.setObjectName("round")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName("Session progress")
        self.left = QLabel()
        self.left.setObjectName("left")
        top.addWidget(self.round)
        top.addWidget(self.progress, 1)
        top.addWidget(self.left)
        outer.addLayout(top)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)

        middle = QHBoxLayout()
        left = QVBoxLayout()
        self.picture = PictureView()
        left.addWidget(self.picture, 1)
        upcoming = QHBoxLayout()
        self.next_picture = PictureView(card=False)
        self.next_picture.setFixedSize(96, 72)
        self.next_label = QLabel()
        self.next_label.setObjectName("next")
        self.next_label.setWordWrap(True)
        upcoming.addWidget(self.next_picture)
        upcoming.addWidget(self.next_label, 1)
        left.addLayout(upcoming)
        middle.addLayout(left, 4)
        side = QVBoxLayout()
        self.kind = FitText(bold=True)
        self.heading = FitText(bold=True)
        self.digits = FitText(bold=True)
        self.digits.setAccessibleDescription("Countdown")
        self.sub = FitText(bold=False)
        side.addWidget(self.kind, 2)
        side.addWidget(self.heading, 3)
        side.addWidget(self.digits, 12)
        side.addWidget(self.sub, 2)
        middle.addLayout(side, 6)
        outer.addLayout(middle, 1)

        self.instructions = QLabel()
        self.instructions.setObjectName("instructions")
        self.instructions.setWordWrap(True)
        outer.addWidget(self.instructions)

        bottom = QHBoxLayout()
        self.back = button("◀ Back", "Restart this phase, or go back one (←)",
                           self.back_clicked.emit)
        self.done = button("Done ✓", "Done with these reps (Space)", self.done_clicked.emit)
        self.done.hide()
        self.pause = button("Pause", "Pause or resume (Space)", self.pause_clicked.emit)
        self.skip = button("Skip ▶", "Skip to the next phase (→)", self.skip_clicked.emit)
        self.restart = button("Restart", "Start the session again (R)",
                              self.restart_clicked.emit)
        self.mute = button("Mute", "Sound on or off (M)", self.mute_clicked.emit)
        self.full = button("Full screen", "Full screen on or off (F11)",
                           self.fullscreen_clicked.emit)
        for widget in (self.back, self.done, self.pause, self.skip, self.restart, self.mute,
                       self.full):
            bottom.addWidget(_spread(widget))
        outer.addLayout(bottom)

        self.paused = QLabel("Paused — Space to resume", self)
        self.paused.setObjectName("paused")
        self.paused.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The dimming lies over everything but lets clicks through to the buttons.
        self.paused.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.paused.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        """Keep the countdown at least a third of the window tall."""
        super().resizeEvent(event)
        height = self.window().height()
        self.digits.setMinimumHeight(int(height * 0.40))
        for widget, share in ((self.kind, 0.06), (self.heading, 0.08), (self.sub, 0.07)):
            widget.setMinimumHeight(int(height * share))
        font = self.instructions.font()
        font.setPixelSize(max(13, int(height * 0.026)))
        self.instructions.setFont(font)
        label_font = self.next_label.font()
        label_font.setPixelSize(max(13, int(height * 0.03)))
        for label in (self.next_label, self.round, self.left):
            label.setFont(label_font)
        self.next_picture.setFixedSize(int(height * 0.12 * 4 / 3), int(height * 0.12))
        _size_buttons((self.back, self.done, self.pause, self.skip, self.restart, self.mute,
                       self.full), height)
        self.paused.setGeometry(self.rect())
        paused_font = self.paused.font()
        paused_font.setPixelSize(max(18, int(height * 0.07)))
        paused_font.setBold(True)
        self.paused.setFont(paused_font)


class FinishScreen(QWidget):
    """"Done — go run!" with the time taken.

    Signals:
        again_clicked(): do the session again.
        start_clicked(): back to the start screen.
    """

    again_clicked = Signal()
    start_clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.title = FitText("Done — go run!")
        self.taken = FitText(bold=False)
        # Sized with the window below, so not named "week" like the start
        # screen's fixed-size line.
        self.week = QLabel()
        self.week.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.week.setWordWrap(True)
        layout.addWidget(self.title, 3)
        layout.addWidget(self.taken, 1)
        layout.addWidget(self.week)
        buttons = QHBoxLayout()
        self.again = _spread(button("Again (R)", "Do the session again (R)",
                                     self.again_clicked.emit))
        self.to_start = _spread(button("Back to start (Esc)", "Back to the start screen (Esc)",
                                       self.start_clicked.emit))
        buttons.addWidget(self.again)
        buttons.addWidget(self.to_start)
        layout.addLayout(buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        """Keep the week's line and the buttons readable at any window size."""
        super().resizeEvent(event)
        height = self.height()
        font = self.week.font()
        font.setPixelSize(max(16, int(height * 0.035)))
        font.setBold(True)
        self.week.setFont(font)
        _size_buttons((self.again, self.to_start), height)


class RunSide(QObject):
    """The runner's side of the window: the adapter, the tracker and the two screens.

    Keeps the run and finish screens in step with the runner: the phase's
    colour, label, countdown or rep counter, picture, what comes next and
    the progress. Built by ``MainWindow.complete`` once the start screen's
    first frame is out; ``shown`` says which screen the window shows now.

    Signals:
        background_changed(str): paint the window in this colour.
        screen_wanted(object): show this screen (the run or the finish one).
        finished(object): the run reached its end (the runner's ``Finished``).
    """

    background_changed = Signal(str)
    screen_wanted = Signal(object)
    finished = Signal(object)

    def __init__(
        self, plan: Plan, now: Callable[[], float], history: History,
        inhibitor: Inhibitor | None, wall_now: Callable[[], datetime],
        shown: Callable[[], QWidget | None], parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._shown = shown
        self.adapter = RunnerAdapter(plan, now, self)
        self.adapter.refreshed.connect(self.refresh)
        self.adapter.phase_started.connect(self._phase_started)
        self.adapter.state_changed.connect(self._state_changed)
        self.adapter.finished.connect(self._finished)
        self.adapter.add_wake_source(self._next_frame_change)
        self.tracker = RunTracker(self.adapter, history, inhibitor, wall_now, self)
        self.run_screen = RunScreen()
        self.finish_screen = FinishScreen()

    # -- what the window's keys and buttons ask of the runner ------------

    def running(self) -> bool:
        """Say whether a run is under way and not paused."""
        return self.adapter.runner.state is RunState.RUNNING

    def toggle(self) -> None:
        """Start, pause, resume, or end self-paced reps; nothing once finished."""
        if self.adapter.runner.state is not RunState.FINISHED:
            self.adapter.toggle()

    def pause_or_resume(self) -> None:
        """Pause or resume, never "done" as ``toggle`` would be on self-paced reps."""
        if self.adapter.runner.state is RunState.PAUSED:
            self.adapter.toggle()
        else:
            self.adapter.pause()

    def restart(self) -> None:
        """Start the session again, unless it has not started yet."""
        if self.adapter.runner.state is not RunState.READY:
            self.adapter.restart()

    def make_ready(self, plan: Plan) -> None:
        """Put the runner at the start of ``plan``, unless it is there already."""
        if self.adapter.runner.state is not RunState.READY:
            self.adapter.set_plan(plan)

    # -- following the runner --------------------------------------------

    @Slot(int)
    def _phase_started(self, index: int) -> None:
        view = views.phase_view(self.adapter.runner.plan, index)
        screen = self.run_screen
        if self._shown() is not screen and view.kind is not PhaseKind.DONE:
            self.screen_wanted.emit(screen)
        look = theme.LOOKS[view.kind]
        screen.done.setVisible(view.self_paced)
        if self.adapter.runner.state is not RunState.PAUSED:
            self.background_changed.emit(look.background)
        screen.kind.setText(look.label)
        screen.heading.setText(view.heading)
        screen.instructions.setText(view.instructions)
        screen.instructions.setVisible(bool(view.instructions))
        screen.round.setText(view.round)
        screen.next_label.setText(view.next_up)
        if view.next_name is not None:
            screen.next_picture.show_frames(view.next_frames, view.next_name)
            screen.next_picture.show()
        else:
            screen.next_picture.hide()

    @Slot(object)
    def _state_changed(self, state: RunState) -> None:
        screen = self.run_screen
        paused = state is RunState.PAUSED
        screen.paused.setVisible(paused)
        if paused:
            screen.paused.raise_()
            self.background_changed.emit(theme.PAUSED_BACKGROUND)
        elif state is RunState.RUNNING:
            self.background_changed.emit(
                theme.LOOKS[self.adapter.runner.phase.kind].background)
        screen.pause.setText("Resume" if paused else "Pause")

    @Slot(object)
    def _finished(self, event: Finished) -> None:
        self.background_changed.emit(theme.LOOKS[PhaseKind.DONE].background)
        self.finish_screen.taken.setText(views.finish_time(event.active))
        self.screen_wanted.emit(self.finish_screen)
        self.finished.emit(event)

    def _next_frame_change(self, now: float) -> float | None:
        runner = self.adapter.runner
        if runner.state is not RunState.RUNNING:
            return None
        return views.next_frame_change(runner.phase, runner.elapsed(), now)

    @Slot()
    def refresh(self) -> None:
        """Show what the runner says now: countdown, reps, picture, progress."""
        runner = self.adapter.runner
        screen = self.run_screen
        if runner.state is RunState.READY or self._shown() is not screen:
            return
        view = views.run_view(runner)
        screen.digits.setText(view.digits)
        screen.sub.setText(view.sub)
        screen.picture.show_frames(view.frames, view.picture_label, view.mirrored, view.frame)
        screen.progress.setValue(view.progress)
        screen.left.setText(view.time_left)
