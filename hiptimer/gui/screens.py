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

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
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

from hiptimer import resources
from hiptimer.gui import theme
from hiptimer.gui.adapter import RunnerAdapter
from hiptimer.gui.start import button, describe_move
from hiptimer.gui.tracker import Inhibitor, RunTracker
from hiptimer.gui.widgets import FitText, PictureView
from hiptimer.plan import Phase, PhaseKind, Plan, Side, format_seconds
from hiptimer.runner import Finished, RunState

if TYPE_CHECKING:
    from hiptimer.gui.window import MainWindow
    from hiptimer.history import History

# Self-paced reps still animate the picture, at this many seconds per rep.
SELF_PACED_ANIMATION_TEMPO = 3.0


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
    """What the runner follows during the session."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
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
        self.back = button("◀ Back", "Restart this phase, or go back one (←)", window.back)
        self.done = button("Done ✓", "Done with these reps (Space)", window.done)
        self.done.hide()
        self.pause = button("Pause", "Pause or resume (Space)", window.pause_or_resume)
        self.skip = button("Skip ▶", "Skip to the next phase (→)", window.skip)
        self.restart = button("Restart", "Start the session again (R)", window.restart)
        self.mute = button("Mute", "Sound on or off (M)", window.toggle_mute)
        self.full = button("Full screen", "Full screen on or off (F11)",
                            window.toggle_fullscreen)
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
        height = self.window_.height()
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
    """"Done — go run!" with the time taken."""

    def __init__(self, window: MainWindow) -> None:
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
        self.again = _spread(button("Again (R)", "Do the session again (R)", window.restart))
        self.to_start = _spread(button("Back to start (Esc)", "Back to the start screen (Esc)",
                                       window.show_start))
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


def _heading(phase: Phase) -> str:
    """Return the line under the phase's label: the move, or what comes next."""
    if phase.kind is PhaseKind.WORK or phase.next_move is None:
        return phase.heading
    side = f" — {phase.next_side.value} side" if phase.next_side is not Side.NONE else ""
    return f"Next: {phase.next_move.name}{side}"


class RunSide(QObject):
    """The runner's side of the window: the adapter, the tracker and the two screens.

    Keeps the run and finish screens in step with the runner: the phase's
    colour, label, countdown or rep counter, picture, what comes next and
    the progress. Built by ``MainWindow.complete`` once the start screen's
    first frame is out.
    """

    def __init__(
        self, window: MainWindow, now: Callable[[], float], history: History,
        inhibitor: Inhibitor | None,
    ) -> None:
        super().__init__(window)
        self.window_ = window
        self.adapter = RunnerAdapter(window.plan, now, self)
        self.adapter.refreshed.connect(self.refresh)
        self.adapter.phase_started.connect(self._phase_started)
        self.adapter.state_changed.connect(self._state_changed)
        self.adapter.finished.connect(self._finished)
        self.adapter.add_wake_source(self._next_frame_change)
        self.tracker = RunTracker(self.adapter, history, inhibitor, window.wall_now, self)
        self.run_screen = RunScreen(window)
        self.finish_screen = FinishScreen(window)

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
        window = self.window_
        phases = self.adapter.runner.plan.phases
        phase = phases[index]
        screen = self.run_screen
        if window.stack.currentWidget() is not screen and phase.kind is not PhaseKind.DONE:
            window.stack.setCurrentWidget(screen)
        look = theme.LOOKS[phase.kind]
        screen.done.setVisible(phase.self_paced)
        if self.adapter.runner.state is not RunState.PAUSED:
            window.paint_background(look.background)
        screen.kind.setText(look.label)
        screen.heading.setText(_heading(phase))
        screen.instructions.setText(phase.move.instructions if phase.move else "")
        screen.instructions.setVisible(bool(phase.move and phase.move.instructions))
        if phase.rounds > 1:
            screen.round.setText(f"Round {phase.round_no} of {phase.rounds}")
        else:
            screen.round.setText("")
        if phase.next_move is not None:
            if phase.next_move is phase.move:
                what = f"{phase.next_side.value} side"  # the same move on its other side
            else:
                what = describe_move(phase.next_move)
            screen.next_label.setText(f"Next up: {phase.next_move.name} — {what}")
            screen.next_picture.show_frames(phase.next_move.images[:1], phase.next_move.name)
            screen.next_picture.show()
        else:
            screen.next_label.setText("Last one — then go run!" if index < len(phases) - 1
                                      else "")
            screen.next_picture.hide()

    @Slot(object)
    def _state_changed(self, state: RunState) -> None:
        screen = self.run_screen
        paused = state is RunState.PAUSED
        screen.paused.setVisible(paused)
        if paused:
            screen.paused.raise_()
            self.window_.paint_background(theme.PAUSED_BACKGROUND)
        elif state is RunState.RUNNING:
            self.window_.paint_background(theme.LOOKS[self.adapter.runner.phase.kind].background)
        screen.pause.setText("Resume" if paused else "Pause")

    @Slot(object)
    def _finished(self, event: Finished) -> None:
        window = self.window_
        window.paint_background(theme.LOOKS[PhaseKind.DONE].background)
        self.finish_screen.taken.setText(f"Time: {format_seconds(event.active)}")
        window.stack.setCurrentWidget(self.finish_screen)
        window.run_finished.emit(event)

    @staticmethod
    def _frames_for(phase: Phase) -> tuple[tuple[Path, ...], str]:
        if phase.kind is PhaseKind.WORK and phase.move is not None:
            return phase.move.images, phase.move.name
        name = {
            PhaseKind.GET_READY: "get-ready",
            PhaseKind.SWITCH: "rest",
            PhaseKind.REST: "rest",
            PhaseKind.ROUND_REST: "rest",
            PhaseKind.DONE: "done",
        }[phase.kind]
        return resources.image_frames(name), phase.title

    @staticmethod
    def _animation_step(phase: Phase, frames: int) -> float | None:
        """Return seconds per picture frame for a rep phase, or ``None`` when still."""
        if phase.kind is not PhaseKind.WORK or phase.reps is None or frames < 2:
            return None
        tempo = phase.tempo or SELF_PACED_ANIMATION_TEMPO
        return tempo / frames

    def _next_frame_change(self, now: float) -> float | None:
        runner = self.adapter.runner
        if runner.state is not RunState.RUNNING:
            return None
        phase = runner.phase
        frames, _ = self._frames_for(phase)
        step = self._animation_step(phase, len(frames))
        if step is None:
            return None
        elapsed = runner.elapsed()
        return now + (math.floor(elapsed / step + 1e-9) + 1) * step - elapsed

    @Slot()
    def refresh(self) -> None:
        """Show what the runner says now: countdown, reps, picture, progress."""
        runner = self.adapter.runner
        screen = self.run_screen
        if runner.state is RunState.READY or self.window_.stack.currentWidget() is not screen:
            return
        phase = runner.phase
        remaining = runner.remaining()
        rep = runner.current_rep()
        if phase.kind is PhaseKind.WORK and phase.reps is not None:
            if rep is not None:
                screen.digits.setText(f"{rep}/{phase.reps}")
                screen.sub.setText(f"{format_seconds(remaining or 0)} left")
            else:
                screen.digits.setText(str(phase.reps))
                screen.sub.setText(f"reps · Space when done · {format_seconds(runner.elapsed())}")
        else:
            seconds = math.ceil(remaining - 1e-9) if remaining is not None else 0
            screen.digits.setText(str(seconds) if seconds < 60 else format_seconds(seconds))
            screen.sub.setText("hold" if phase.is_hold else "")
        frames, label = self._frames_for(phase)
        step = self._animation_step(phase, len(frames))
        if step is not None:
            index = int(runner.elapsed() / step + 1e-9) % len(frames)
        elif phase.is_hold:
            index = len(frames) - 1
        else:
            index = 0
        mirrored = phase.side is Side.RIGHT and phase.move is not None and phase.move.mirror
        screen.picture.show_frames(frames, label, mirrored, index)
        total = runner.plan.total or 1.0
        left = runner.time_left()
        screen.progress.setValue(int(1000 * (1 - left / total)))
        screen.left.setText(f"{format_seconds(left)} left")
