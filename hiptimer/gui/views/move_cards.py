"""The start screen's list of moves: a card for each, with its picture when there is room.

Each card names the move and its dose ("10 reps each side"); blocks head
their moves. Where the window is tall enough, a card also shows the move's
first picture, so the runner sees what is coming; where it is wide enough,
the cards sit in two or three columns.

The cards are part of the first frame, the pictures not: drawing one needs
QtSvg and PySide6's ``Qt`` namespace (see ``hiptimer.gui.views.start``), so
the first frame keeps each picture's place empty and ``show_pictures``
fills it once the frame is out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hiptimer.i18n import translate

if TYPE_CHECKING:
    from hiptimer.start_view import Line

# A picture's size (px) at a text scale of 1; it grows with the text.
PICTURE_W, PICTURE_H = 96, 72


def escape(text: str) -> str:
    """Return ``text`` safe to put into a rich-text label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MoveCard(QWidget):
    """One move: its picture's place, its name and its dose."""

    def __init__(self, line: Line) -> None:
        super().__init__()
        self.line = line
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.slot = QWidget()
        self.slot.setObjectName("picture_slot")
        QVBoxLayout(self.slot).setContentsMargins(0, 0, 0, 0)
        self.picture: QWidget | None = None
        self.text = QLabel()
        self.text.setObjectName("card")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(translate("gui.views.move_cards", "{name}: {dose}").format(
            name=line.name, dose=line.dose))
        row.addWidget(self.slot)
        row.addWidget(self.text, 1)

    def set_picture_size(self, width: int, height: int, shown: bool) -> None:
        """Give the picture ``width`` × ``height`` px, or no room at all (``shown`` false).

        Without the picture the card is one line, to fit a short screen.
        """
        self.slot.setFixedSize(width, height)
        self.slot.setVisible(shown)
        name, dose = escape(self.line.name), escape(self.line.dose)
        self.text.setText(f"<b>{name}</b><br>{dose}" if shown else f"<b>{name}</b> — {dose}")

    def show_picture(self) -> None:
        """Draw the move's first picture in its place (after the first frame)."""
        if self.picture is not None:
            return
        from hiptimer.gui.views.widgets import PictureView

        picture = PictureView(card=False)
        picture.show_frames(self.line.images[:1], self.line.name)
        layout = self.slot.layout()
        assert layout is not None
        layout.addWidget(picture)
        self.picture = picture


class MoveCards(QWidget):
    """The session's moves, block by block, as cards in one to three columns."""

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(6)
        self.lines: tuple[Line, ...] = ()
        self.headings: list[QLabel] = []
        self.cards: list[MoveCard] = []
        self.columns = 1
        self.scale = 1.0
        self.pictures_shown = False
        self.pictures_allowed = False

    def text(self) -> str:
        """Return the moves as a plain list, a line each (what a screen reader is told)."""
        return "\n".join(line.text for line in self.lines)

    def show_lines(self, lines: tuple[Line, ...]) -> None:
        """Show these headings and moves, in place of those shown before."""
        self.lines = lines
        self.setAccessibleDescription(self.text())
        for widget in (*self.headings, *self.cards):
            widget.hide()
            widget.deleteLater()
        self.headings = [self._heading(line) for line in lines if line.heading]
        self.cards = [MoveCard(line) for line in lines if not line.heading]
        self._place()
        self._size_pictures()
        if self.pictures_allowed:
            for card in self.cards:
                card.show_picture()

    @staticmethod
    def _heading(line: Line) -> QLabel:
        label = QLabel(line.text)
        label.setObjectName("blockname")
        label.setWordWrap(True)
        return label

    def _place(self) -> None:
        headings, cards = iter(self.headings), iter(self.cards)
        row = column = 0
        for line in self.lines:
            if line.heading:
                if column:
                    row, column = row + 1, 0
                self.grid.addWidget(next(headings), row, 0, 1, self.columns)
                row += 1
            else:
                self.grid.addWidget(next(cards), row, column)
                column += 1
                if column == self.columns:
                    row, column = row + 1, 0
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < self.columns else 0)
        # The cards keep together at the top; any room left stays below them.
        for spare in range(self.grid.rowCount()):
            self.grid.setRowStretch(spare, 0)
        self.grid.setRowStretch(row + 1, 1)

    def _size_pictures(self) -> None:
        width, height = round(PICTURE_W * self.scale), round(PICTURE_H * self.scale)
        for card in self.cards:
            card.set_picture_size(width, height, self.pictures_shown)

    def set_room(self, columns: int, pictures: bool, scale: float) -> None:
        """Lay the cards out in ``columns``, with pictures or without, at a text ``scale``."""
        if (columns, pictures, scale) == (self.columns, self.pictures_shown, self.scale):
            return
        self.scale, self.pictures_shown = scale, pictures
        if columns != self.columns:
            self.columns = columns
            for widget in (*self.headings, *self.cards):
                self.grid.removeWidget(widget)
            self._place()
        self._size_pictures()

    def show_pictures(self) -> None:
        """Draw the pictures from now on (the first frame is out)."""
        self.pictures_allowed = True
        for card in self.cards:
            card.show_picture()
