"""The start screen's suggestions: what the rated runs say about the doses, to take or keep.

"Last two runs felt easy: clam shell 12 each side, was 10", with one
button to take the new dose and one to keep the old. Nothing changes in
the runner's file until they take it.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hiptimer.gui.views.controls import button
from hiptimer.i18n import translate


class Suggestions(QWidget):
    """The dose changes the runs suggest, each with "Take it" and "Keep the old dose".

    Signals:
        taken(int), kept(int): the runner took, or declined, suggestion ``i``.
    """

    taken = Signal(int)
    kept = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.lines: list[QLabel] = []
        self.hide()

    def show_suggestions(self, lines: tuple[str, ...]) -> None:
        """Show the first suggestion, saying how many more wait (none: the panel goes).

        One at a time keeps the start screen's controls in view on a small
        screen; answering it brings the next.
        """
        while self.rows.count():
            item = self.rows.takeAt(0)
            row = item.layout() if item is not None else None
            while row is not None and row.count():
                child = row.takeAt(0)
                widget = child.widget() if child is not None else None
                if widget is not None:
                    widget.deleteLater()
        self.lines = []
        for index, text in enumerate(lines[:1]):
            row = QHBoxLayout()
            said = text[:1].upper() + text[1:]
            if len(lines) > 1:
                said = translate("gui.views.suggestions", "{suggestion} (and %n more)", None,
                                 len(lines) - 1).format(suggestion=said)
            label = QLabel(said)
            label.setObjectName("suggestion")
            label.setWordWrap(True)
            row.addWidget(label, 1)
            row.addWidget(button(translate("gui.views.suggestions", "Take it"),
                                 translate("gui.views.suggestions",
                                           "Use this dose from now on (saved in your copy)"),
                                 partial(self.taken.emit, index)))
            row.addWidget(button(translate("gui.views.suggestions", "Keep the old dose"),
                                 translate("gui.views.suggestions", "Leave the dose as it is"),
                                 partial(self.kept.emit, index)))
            self.rows.addLayout(row)
            self.lines.append(label)
        self.setVisible(bool(lines))
