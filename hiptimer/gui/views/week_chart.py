"""The weekly goal at a glance: "This week: 2 of 3", the streak, and a small chart.

The chart draws one bar per week for the last weeks, each with its count
above it, the goal as a labelled line, and the current week in the accent
colour, in the window's own palette so it reads on the dark start screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSize
from PySide6.QtWidgets import QWidget

from hiptimer.gui import theme
from hiptimer.i18n import translate

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtGui import QPaintEvent

    # The history module brings in sqlite3; the chart only needs its counts.
    from hiptimer.history import WeekCount


HEIGHT = 64  # px at a text scale of 1
LABEL_PX = 10



def _day(day: date) -> str:
    """Return "05 Jan" in the window's language ("05 janv.", "05 ene")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd MMM")

class WeekChart(QWidget):
    """Bars of counted sessions per week, with the goal drawn across them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[WeekCount] = []
        self.goal = 3
        self.scale = 1.0
        self.setFixedHeight(HEIGHT)
        self.setAccessibleName(translate("gui.views.week_chart", "Sessions per week"))

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
        counts = ", ".join(
            (translate("gui.views.week_chart", "week of {date}: %n run(s) and {skipped} skipped",
                       None, w.count) if w.skipped
             else translate("gui.views.week_chart", "week of {date}: %n run(s)", None, w.count)
             ).format(date=_day(w.start), skipped=w.skipped)
            for w in weeks[-4:])
        self.setAccessibleDescription(translate(
            "gui.views.week_chart",
            "Goal: %n run(s) a week. Counted runs in recent weeks: {counts}",
            None, goal).format(counts=counts))
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
        font = QFont(self.font())
        font.setPixelSize(round(LABEL_PX * k))
        painter.setFont(font)
        goal_label = translate("gui.views.week_chart", "goal {goal}").format(goal=self.goal)
        # Room above the bars for their counts, and at the right for the goal's label.
        goal_w = painter.fontMetrics().horizontalAdvance(goal_label) + 6 * k
        area = QRectF(self.rect()).adjusted(2, label_h, -(2 + goal_w), -(label_h + 2))
        top = max([self.goal, *(w.count for w in self.weeks)]) or 1
        slot = area.width() / len(self.weeks)
        centred = int(Qt.AlignmentFlag.AlignCenter)
        for i, week in enumerate(self.weeks):
            height = area.height() * week.count / top
            bar = QRectF(area.left() + i * slot + slot * 0.15, area.bottom() - height,
                         slot * 0.7, height)
            current = i == len(self.weeks) - 1
            met = week.count >= self.goal
            colour = QColor(theme.ACCENT) if current else QColor("#22C55E" if met else "#9CA3AF")
            painter.fillRect(bar, colour)
            painter.setPen(QColor(theme.DIM_TEXT))
            if week.count or current:
                painter.drawText(QRectF(bar.left() - slot * 0.15, bar.top() - label_h,
                                        slot, label_h), centred, str(week.count))
            if current or i % 4 == 3:
                painter.drawText(QRectF(area.left() + i * slot - slot, area.bottom() + 1,
                                        slot * 3, label_h),
                                 centred, translate("gui.views.week_chart", "now") if current
                                 else _day(week.start))
        y = area.bottom() - area.height() * self.goal / top
        painter.setPen(QPen(QColor(theme.TEXT), 1.5 * k, Qt.PenStyle.DashLine))
        painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
        painter.setPen(QColor(theme.TEXT))
        painter.drawText(QRectF(area.right() + 4 * k, y - label_h / 2, goal_w, label_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         goal_label)
