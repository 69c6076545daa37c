"""The run screen: what the runner follows from the mat.

It shows what the runner is doing at a glance: the phase's label, a
countdown (or rep counter) at least a third of the window's height, the move
and side, its picture moving in time with the reps, the instructions, what
comes next, the round and the time left. It is told all of it as view models
(``hiptimer.views.PhaseView`` when a phase starts, ``RunView`` at each
refresh) and keeps no time itself; its buttons only say they were pressed.

Built once the start screen's first frame is out (``MainWindow.complete``),
so this module may use anything: the ``Qt`` namespace, the self-fitting text
and the pictures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hiptimer.gui import theme
from hiptimer.gui.views import style
from hiptimer.gui.views.announce import announce
from hiptimer.gui.views.controls import button
from hiptimer.gui.views.widgets import FitText, PictureView, ProgressLine
from hiptimer.i18n import translate

if TYPE_CHECKING:
    from hiptimer.views import PhaseView, RunView

# How long the flash at a change lasts: seen from the corner of an eye, gone
# before the countdown is read.
FLASH_MS = 180

def spread(widget: QPushButton) -> QPushButton:
    """Let a button of a row share the row's width with the others."""
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return widget


def size_buttons(buttons: tuple[QPushButton, ...], height: int) -> None:
    """Give a screen's buttons text that grows with the window's ``height``."""
    font = buttons[0].font()
    font.setPixelSize(max(14, int(height * 0.024)))
    for push in buttons:
        push.setFont(font)


class RunScreen(QWidget):
    """What the runner follows during the session.

    Signals:
        back_clicked(), done_clicked(), pause_clicked(), skip_clicked(),
        restart_clicked(), stop_clicked(), mute_clicked(), fullscreen_clicked():
        the runner pressed that button.
    """

    back_clicked = Signal()
    done_clicked = Signal()
    pause_clicked = Signal()
    skip_clicked = Signal()
    restart_clicked = Signal()
    stop_clicked = Signal()
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
        self.progress = ProgressLine()
        self.progress.setAccessibleName(translate("gui.views.run", "Session progress"))
        self.left = QLabel()
        self.left.setObjectName("left")
        # Says the sound is off, so a muted run is never a surprise.
        self.muted = QLabel(translate("gui.views.run", "SOUND OFF"))
        self.muted.setObjectName("muted")
        self.muted.setAccessibleName(translate("gui.views.run", "Sound is off"))
        self.muted.hide()
        top.addWidget(self.round)
        top.addWidget(self.progress, 1)
        top.addWidget(self.muted)
        top.addWidget(self.left)
        outer.addLayout(top)

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
        self.digits.setAccessibleDescription(translate("gui.views.run", "Countdown"))
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
        self.back = button(translate("gui.views.run", "◀ Back"),
                           translate("gui.views.run", "Restart this phase, or go back one (←)"),
                           self.back_clicked.emit)
        self.done = button(translate("gui.views.run", "Done ✓"),
                           translate("gui.views.run", "Done with these reps (Space)"),
                           self.done_clicked.emit)
        self.done.hide()
        self.pause = button(translate("gui.views.run", "Pause"),
                            translate("gui.views.run", "Pause or resume (Space)"),
                            self.pause_clicked.emit)
        self.skip = button(translate("gui.views.run", "Skip ▶"),
                           translate("gui.views.run", "Skip to the next phase (→)"),
                           self.skip_clicked.emit)
        self.restart = button(translate("gui.views.run", "Restart"),
                              translate("gui.views.run", "Start the session again (R)"),
                              self.restart_clicked.emit)
        self.stop = button(translate("gui.views.run", "■ Stop"),
                           translate("gui.views.run", "Stop and go back to the start (Esc)"),
                           self.stop_clicked.emit)
        self.mute = button(translate("gui.views.run", "Mute"),
                           translate("gui.views.run", "Sound on or off (M)"),
                           self.mute_clicked.emit)
        self.full = button(translate("gui.views.run", "Full screen"),
                           translate("gui.views.run", "Full screen on or off (F11)"),
                           self.fullscreen_clicked.emit)
        # What the buttons' labels depend on: paused, muted, full screen.
        self._state = {"paused": False, "muted": False, "full": False}
        self.buttons = (self.back, self.done, self.pause, self.skip, self.restart, self.stop,
                        self.mute, self.full)
        for widget in self.buttons:
            bottom.addWidget(spread(widget))
        outer.addLayout(bottom)

        self.paused = QLabel(translate("gui.views.run", "Paused — Space to resume"), self)
        self.paused.setObjectName("paused")
        self.paused.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The dimming lies over everything but lets clicks through to the buttons.
        self.paused.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.paused.hide()
        # A flash over the whole screen at every change and on 3-2-1, for a
        # runner who cannot hear the cues over loud music.
        self.flash = QLabel(self)
        self.flash.setObjectName("flash")
        self.flash.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.flash.hide()
        self.pulse_on = True
        self._flash_off = QTimer(self)
        self._flash_off.setSingleShot(True)
        self._flash_off.setInterval(FLASH_MS)
        self._flash_off.timeout.connect(self.flash.hide)
        self.setStyleSheet(style.run_style())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        """Give Pause the keyboard focus: Return pauses, Tab goes on from there."""
        super().showEvent(event)
        self.pause.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        """Keep the countdown at least a third of the window tall."""
        super().resizeEvent(event)
        height = self.window().height()
        # A third of the window at the least; more where the screen has room.
        self.digits.setMinimumHeight(int(height * (0.40 if height >= 500 else 0.34)))
        for widget, share in ((self.kind, 0.06), (self.heading, 0.08), (self.sub, 0.07)):
            widget.setMinimumHeight(int(height * share))
        font = self.instructions.font()
        font.setPixelSize(max(13, int(height * 0.026)))
        self.instructions.setFont(font)
        label_font = self.next_label.font()
        label_font.setPixelSize(max(13, int(height * 0.03)))
        for label in (self.next_label, self.left):
            label.setFont(label_font)
        # The round and the muted mark are read from the mat: larger, bold.
        label_font.setPixelSize(max(16, int(height * 0.045)))
        label_font.setBold(True)
        for label in (self.round, self.muted):
            label.setFont(label_font)
        self.next_picture.setFixedSize(int(height * 0.12 * 4 / 3), int(height * 0.12))
        size_buttons(self.buttons, height)
        self._label_buttons()
        self.paused.setGeometry(self.rect())
        self.flash.setGeometry(self.rect())
        paused_font = self.paused.font()
        paused_font.setPixelSize(max(18, int(height * 0.07)))
        paused_font.setBold(True)
        self.paused.setFont(paused_font)

    # -- what the screen is told to show ---------------------------------

    def show_phase(self, view: PhaseView) -> None:
        """Show what stays the same for the whole phase that just started, and say it."""
        self.done.setVisible(view.self_paced)
        # The phase's word is marked in ``hiptimer.gui.theme`` and looked up here.
        label = translate("gui.theme", theme.LOOKS[view.kind].label)
        announce(self, ". ".join(part for part in (label.capitalize(), view.heading,
                                                    view.next_up) if part))
        self.pulse()
        self.kind.setText(label)
        self.heading.setText(view.heading)
        self.instructions.setText(view.instructions)
        self.instructions.setVisible(bool(view.instructions))
        self.round.setText(" · ".join(part for part in (view.block, view.round, view.set_line)
                                      if part))
        self.next_label.setText(view.next_up)
        if view.next_name is not None:
            self.next_picture.show_frames(view.next_frames, view.next_name)
            self.next_picture.show()
        else:
            self.next_picture.hide()

    def show_moment(self, view: RunView) -> None:
        """Show the countdown or reps, the picture's frame and the progress now."""
        if view.digits != self.digits.text() and view.digits in ("3", "2", "1"):
            announce(self.digits, view.digits)
            self.pulse()
        self.digits.setText(view.digits)
        self.sub.setText(view.sub)
        self.picture.show_frames(view.frames, view.picture_label, view.mirrored, view.frame)
        self.progress.setValue(view.progress)
        self.left.setText(view.time_left)

    def set_pulse(self, on: bool) -> None:
        """Flash at every change and on 3-2-1 (``True``), or never."""
        self.pulse_on = on
        if not on:
            self.flash.hide()

    def pulse(self) -> None:
        """Flash the screen for a moment, if the runner wants that."""
        if self.pulse_on and self.isVisible():
            self.flash.raise_()
            self.flash.show()
            self._flash_off.start()

    def show_paused(self, paused: bool) -> None:
        """Dim the screen and say how to go on while the run is paused."""
        self.paused.setVisible(paused)
        if paused:
            self.paused.raise_()
        self._state["paused"] = paused
        self._label_buttons()

    def show_muted(self, muted: bool) -> None:
        """Mark the screen, and say on the Mute button, whether the sound is off."""
        self._state["muted"] = muted
        self._label_buttons()
        self.muted.setVisible(muted)

    def show_full_screen(self, on: bool) -> None:
        """Name what the full-screen button does now."""
        self._state["full"] = on
        self._label_buttons()

    def _label_buttons(self) -> None:
        # The long labels need about 900 px; a narrower window gets the short ones.
        short = int(self.width() < 900)
        state = self._state
        stop = translate("gui.views.run", "■ Stop")
        resume, pause = translate("gui.views.run", "Resume"), translate("gui.views.run", "Pause")
        unmute, mute = translate("gui.views.run", "Unmute"), translate("gui.views.run", "Mute")
        for widget, labels in (
            (self.back, (translate("gui.views.run", "◀ Back"), "◀")),
            (self.skip, (translate("gui.views.run", "Skip ▶"), "▶")),
            (self.restart, (translate("gui.views.run", "Restart"), "↻")),
            (self.stop, (stop, stop)),
            (self.pause, (resume, resume) if state["paused"] else (pause, pause)),
            (self.mute, (unmute, unmute) if state["muted"] else (mute, mute)),
            (self.full, (translate("gui.views.run", "Leave full screen"),
                         translate("gui.views.run", "Exit full")) if state["full"]
             else (translate("gui.views.run", "Full screen"),
                   translate("gui.views.run", "Full"))),
        ):
            widget.setText(labels[short])
            widget.setAccessibleName(labels[0])
