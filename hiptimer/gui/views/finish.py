"""The finish screen: "Done — go run!", the time it took and the week so far."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hiptimer.gui.views.run import size_buttons, spread
from hiptimer.gui.views.start import button
from hiptimer.gui.views.widgets import FitText
from hiptimer.views import WeekView


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
        # Whether this run counted toward the week, and why not.
        self.counted = QLabel()
        for label in (self.week, self.counted):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.counted.hide()
        self.muted = QLabel("Sound is off (M)")
        self.muted.setObjectName("muted")
        self.muted.hide()
        layout.addWidget(self.muted, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.title, 3)
        layout.addWidget(self.taken, 1)
        layout.addWidget(self.counted)
        layout.addWidget(self.week)
        buttons = QHBoxLayout()
        self.again = spread(button("Again (R)", "Do the session again (R)",
                                     self.again_clicked.emit))
        self.to_start = spread(button("Back to start (Esc)", "Back to the start screen (Esc)",
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
        font.setBold(False)
        self.counted.setFont(font)
        size_buttons((self.again, self.to_start), height)

    def show_finish(self, title: str, taken: str, counted: str) -> None:
        """Show the session's last words, how long it took and whether it counted."""
        self.title.setText(title)
        self.taken.setText(taken)
        self.counted.setText(counted)
        self.counted.setVisible(bool(counted))

    def show_muted(self, muted: bool) -> None:
        """Say whether the sound is off."""
        self.muted.setVisible(muted)

    def show_week(self, view: WeekView) -> None:
        """Show where the week stands now that this run is done."""
        self.week.setText(view.finish_line)
