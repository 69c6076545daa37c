"""The editor's forms: which fields the session, a block and a move have, on one page each.

A ``Form`` is a titled page of fields with a line for the problems that no
field is about; ``session_fields``, ``block_fields`` and ``move_fields``
say what goes on each page. Every key of the session format has a field
on the page of the table it is written in, but the ``[library]`` moves.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from hiptimer.gui.views.editor.dose import AmountField
from hiptimer.gui.views.editor.fields import (
    ERROR_COLOUR,
    ChoiceField,
    Field,
    FlagField,
    LongTextField,
    NumberField,
    OptionField,
    TempoField,
    TextField,
    coloured,
)
from hiptimer.gui.views.editor.files import PictureField, SoundsField
from hiptimer.gui.views.editor.progression import MoveRuleField, SessionRuleField
from hiptimer.plan import DONE_TITLE
from hiptimer.session import ONE_THEN_OTHER

Browse = Callable[[], Path | None]
FIRST_SIDES = [("left", "Left"), ("right", "Right")]
MOVE_SIDES = [
    ("", "No sides (one phase)"),
    ("both", "Both sides, one after the other"),
    ("left", "Left side only"),
    ("right", "Right side only"),
    ("alternate", "Alternating legs, rep by rep"),
]


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
        coloured(self.problems, ERROR_COLOUR)
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


def first_side_field(where: str) -> OptionField:
    """Return the field for the side both-sided and alternating moves start on."""
    return OptionField("first_side", "First side", FIRST_SIDES,
                       f"The side {where} both-sided and alternating moves start on")


def session_fields(browse_sound: Browse) -> list[Field]:
    """Return the fields of the whole session's form; ``browse_sound`` asks for a sound file."""
    return [
        TextField("name", "Name", "e.g. Pre-run activation", required=True),
        LongTextField("description", "Description", lines=2),
        TextField("say", "Spoken at the start", "the name, unless set"),
        TextField("finish", "Finish text", DONE_TITLE,
                  "Shown and spoken at the end, in place of “Done — go run!”"),
        NumberField("rounds", "Rounds", "How many times the moves are done",
                    fallback=1, whole=True),
        NumberField("get_ready", "Get ready (s)", "Time to get onto the mat"),
        TempoField("Tempo (s per rep)"),
        NumberField("rest", "Rest between moves (s)"),
        NumberField("set_rest", "Rest between sets (s)"),
        NumberField("round_rest", "Rest between rounds (s)"),
        NumberField("switch", "Switch sides (s)", "Time to change to the other side"),
        first_side_field("the session's"),
        SoundsField(browse_sound),
        SessionRuleField(),
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
        NumberField("switch", "Switch sides (s)", "Time to change sides (and to turn over)"),
        FlagField("sides", "Sides", "One side, then the other",
                  "Do every both-sided move on the first side, then the whole block again "
                  "on the other, with one switch between", on=ONE_THEN_OTHER, off=None),
        first_side_field("this block's"),
    ]


def move_fields(library: Mapping[str, Mapping[str, Any]], browse: Browse,
                browse_sound: Browse) -> list[Field]:
    """Return the fields of a move's form; ``browse`` asks for a picture, ``browse_sound`` sound."""
    choices = [(key, str(t.get("name", key))) for key, t in library.items()]
    sides = OptionField("sides", "Sides", MOVE_SIDES, "Which sides the move is done on")
    sides.keys = ("sides", "each_side")
    return [
        ChoiceField("move", "Based on", choices,
                    "A library move whose settings this move starts from"),
        TextField("name", "Name", "e.g. Clam shell", required=True),
        AmountField(),
        NumberField("estimate", "Counts as (s)",
                    "What a move you end yourself counts for in the total, per side and "
                    "set (by default 3 s a rep, or 30 s)", none_text="auto"),
        sides,
        first_side_field("this"),
        NumberField("sets", "Sets", "How many times in a row, with a rest between",
                    fallback=1, whole=True),
        NumberField("every", "Every (s)", "Start each set this long after the last one "
                    "started (every minute on the minute: 60)", none_text="off"),
        TempoField("Tempo (s per rep)"),
        NumberField("rest", "Rest after (s)", "Rest after this move"),
        NumberField("set_rest", "Rest between sets (s)"),
        NumberField("switch", "Switch sides (s)"),
        PictureField(browse),
        FlagField("mirror", "Mirror", "Mirrored on the right side",
                  "Show the picture mirrored while the right side is worked"),
        LongTextField("instructions", "Instructions", lines=5),
        TextField("say", "Spoken name", "the name, unless set"),
        SoundsField(browse_sound),
        MoveRuleField(library),
    ]
