"""The weekly goal at a glance: "This week: 2 of 3", the streak, and a small chart.

The chart draws one bar per week for the last weeks, the goal as a line,
and the current week in the accent colour, in the window's own palette so it
reads on the dark start screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from hiptimer.gui import theme

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    # The history module brings in sqlite3; the chart only needs its counts.
    from hiptimer.history import WeekCount


HEIGHT = 64  # px at a text scale of 1
LABEL_PX = 10


class WeekChart(QWidget):
    """Bars of finished sessions per week, with the goal drawn across them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[WeekCount] = []
        self.goal = 3
        self.scale = 1.0
        self.setFixedHeight(HEIGHT)
        self.setAccessibleName("Sessions per week")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        """Ask for a short strip."""
        return QSize(360, self.height())

    def set_scale(self, scale: float) -> None:
        """Draw the strip and its labels ``scale`` times their usual size."""
        self.scale = scale
        self.setFixedHeight(round(HEIGHT * scale))
        self.update()

    def set_weeks(self, weeks: list[WeekCount], goal: int) -> None:
        """Show ``weeks`` (oldest first, this week last) against ``goal``."""
        self.weeks, self.goal = list(weeks), goal
        counts = ", ".join(f"{w.start:%d %b}: {w.count}" for w in weeks[-4:])
        self.setAccessibleDescription(f"Finished sessions in recent weeks: {counts}")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        """Draw the bars and the goal line."""
        if not self.weeks:
            return
        # The chart is part of the first frame but empty in it (the history
        # is read once the frame is out): what it paints with, the Qt
        # namespace included, is not needed until now.
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor, QFont, QPainter, QPen

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        k = self.scale
        label_h = (LABEL_PX + 2) * k
        area = QRectF(self.rect()).adjusted(2, 4 * k, -2, -(label_h + 2))
        top = max([self.goal, *(w.count for w in self.weeks)]) or 1
        slot = area.width() / len(self.weeks)
        font = QFont(self.font())
        font.setPixelSize(round(LABEL_PX * k))
        painter.setFont(font)
        for i, week in enumerate(self.weeks):
            height = area.height() * week.count / top
            bar = QRectF(area.left() + i * slot + slot * 0.15, area.bottom() - height,
                         slot * 0.7, height)
            current = i == len(self.weeks) - 1
            met = week.count >= self.goal
            colour = QColor(theme.ACCENT) if current else QColor("#22C55E" if met else "#9CA3AF")
            painter.fillRect(bar, colour)
            if current or i % 4 == 3:
                painter.setPen(QColor(theme.DIM_TEXT))
                painter.drawText(QRectF(area.left() + i * slot - slot, area.bottom() + 1,
                                        slot * 3, label_h),
                                 int(Qt.AlignmentFlag.AlignCenter),
                                 "now" if current else f"{week.start:%d %b}")
        y = area.bottom() - area.height() * self.goal / top
        painter.setPen(QPen(QColor("white"), 1.5 * k, Qt.PenStyle.DashLine))
        painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
