"""The editor's forms: which fields the session, a block and a move have, on one page each.

A ``Form`` is a titled page of fields with a line for the problems that no
field is about; ``session_fields``, ``block_fields`` and ``move_fields``
say what goes on each page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from hiptimer.gui.views.editor.fields import (
    ERROR_COLOUR,
    AmountField,
    ChoiceField,
    Field,
    FlagField,
    LongTextField,
    NumberField,
    PictureField,
    TempoField,
    TextField,
)


class Form(QWidget):
    """A page of fields for the session, a block or a move, with problems that have no field."""

    def __init__(self, fields: list[Field], title: str) -> None:
        super().__init__()
        self.fields = {f.key: f for f in fields}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problems.setVisible(False)
        layout.addWidget(self.problems)
        grid = QFormLayout()
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        grid.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.setVerticalSpacing(6)
        for field in fields:
            label = QLabel(field.label)
            label.setBuddy(field.inputs[0])
            grid.addRow(label, field.widget)
        layout.addLayout(grid)
        layout.addStretch(1)

    def field_for(self, key: str) -> Field | None:
        """Return the field showing problems with ``key``."""
        for field in self.fields.values():
            if key in field.keys:
                return field
        return None


def session_fields() -> list[Field]:
    """Return the fields of the whole session's form."""
    return [
        TextField("name", "Name", "e.g. Pre-run activation", required=True),
        LongTextField("description", "Description", lines=2),
        TextField("say", "Spoken at the start", "the name, unless set"),
        NumberField("rounds", "Rounds", "How many times the moves are done",
                    fallback=1, whole=True),
        NumberField("get_ready", "Get ready (s)", "Time to get onto the mat"),
        TempoField("Tempo (s per rep)"),
        NumberField("rest", "Rest between moves (s)"),
        NumberField("set_rest", "Rest between sets (s)"),
        NumberField("round_rest", "Rest between rounds (s)"),
        NumberField("switch", "Switch sides (s)", "Time to change to the other side"),
    ]


def block_fields() -> list[Field]:
    """Return the fields of a block's form."""
    return [
        TextField("name", "Block name", "e.g. Circuit"),
        NumberField("rounds", "Rounds", "How many times this block's moves are done",
                    fallback=1, whole=True),
        NumberField("round_rest", "Rest between rounds (s)"),
        TempoField("Tempo (s per rep)"),
        NumberField("rest", "Rest between moves (s)"),
        NumberField("set_rest", "Rest between sets (s)"),
        NumberField("switch", "Switch sides (s)"),
    ]


def move_fields(library: Mapping[str, Mapping[str, Any]],
                browse: Callable[[], Path | None]) -> list[Field]:
    """Return the fields of a move's form; ``browse`` asks for a picture file."""
    choices = [(key, str(t.get("name", key))) for key, t in library.items()]
    return [
        ChoiceField("move", "Based on", choices,
                    "A built-in move whose settings this move starts from"),
        TextField("name", "Name", "e.g. Clam shell", required=True),
        AmountField(),
        FlagField("each_side", "Sides", "Each side (left, then right)"),
        NumberField("sets", "Sets", "How many times in a row, with a rest between",
                    fallback=1, whole=True),
        TempoField("Tempo (s per rep)"),
        NumberField("rest", "Rest after (s)", "Rest after this move"),
        NumberField("set_rest", "Rest between sets (s)"),
        NumberField("switch", "Switch sides (s)"),
        PictureField(browse),
        LongTextField("instructions", "Instructions", lines=5),
        TextField("say", "Spoken name", "the name, unless set"),
    ]
