"""A label for the start screen's first frame: wrapped text that keeps its lines."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel


class WrappedLabel(QLabel):
    """A word-wrapped label that a crowded layout never squeezes below its lines.

    Qt's layouts give a wrapped label in a row its one-line height when room
    is short; this one asks for the height its text wraps to at its width.
    With ``shrink`` (0.7: to 70 %) a text too long for one line is first
    set smaller, down to that share of its size, and wraps only after that:
    a long session name, or one in a longer language, keeps one line.
    """

    def __init__(self, shrink: float = 1.0) -> None:
        super().__init__()
        self._shrink = shrink
        self._fitted_for: tuple[str, int] | None = None

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        """Show ``text``, smaller if that keeps it on one line."""
        super().setText(text)
        self.fit()

    def restyled(self) -> None:
        """Fit again after the screen's style changed the text's size."""
        self._fitted_for = None
        self.fit()

    def fit(self) -> None:
        """Set the text as large as its style says, or smaller to keep one line."""
        width = self.width()
        if self._shrink >= 1.0 or width <= 0 or self._fitted_for == (self.text(), width):
            return
        self._fitted_for = (self.text(), width)
        if self.styleSheet():  # measured at the size the screen's style gives
            self.setStyleSheet("")  # (restyling is slow: only when it was shrunk)
        self.ensurePolished()
        font = self.font()
        size = font.pixelSize()
        advance = QFontMetricsF(font).horizontalAdvance(self.text())
        if size > 0 and advance > width:
            smaller = max(int(size * self._shrink), int(size * width / advance))
            self.setStyleSheet(f"font-size: {smaller}px;")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        """Return at least the height of the text wrapped at the label's width."""
        hint = super().minimumSizeHint()
        if self.wordWrap() and self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        """Ask the layout again when the width changes: another width wraps to other lines."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()
            self.updateGeometry()
