"""The editor's forms: which fields the session, a block and a move have, on one page each.

A ``Form`` is a titled page of fields with a line for the problems that no
field is about; ``session_fields``, ``block_fields`` and ``move_fields``
say what goes on each page. Every key of the session format has a field
on the page of the table it is written in, but the ``[library]`` moves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from hiptimer.editing import Ref, sub_key
from hiptimer.errors import Problem
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
from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.plan import DONE_TITLE
from hiptimer.session import ONE_THEN_OTHER

Browse = Callable[[], Path | None]
# The choices' words, translated where the box is filled (``_options``).
FIRST_SIDES = [("left", QT_TRANSLATE_NOOP("gui.views.editor.forms", "Left")),
               ("right", QT_TRANSLATE_NOOP("gui.views.editor.forms", "Right"))]
MOVE_SIDES = [
    ("", QT_TRANSLATE_NOOP("gui.views.editor.forms", "No sides (one phase)")),
    ("both", QT_TRANSLATE_NOOP("gui.views.editor.forms", "Both sides, one after the other")),
    ("left", QT_TRANSLATE_NOOP("gui.views.editor.forms", "Left side only")),
    ("right", QT_TRANSLATE_NOOP("gui.views.editor.forms", "Right side only")),
    ("alternate", QT_TRANSLATE_NOOP("gui.views.editor.forms", "Alternating legs, rep by rep")),
]


def _options(options: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return ``options`` with their words in the runner's language."""
    return [(value, translate("gui.views.editor.forms", text)) for value, text in options]


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

    def show_problems(self, problems: Iterable[tuple[str | None, Problem]], ref: Ref) -> None:
        """Show each of ``ref``'s problems under the field of its key, the others above them.

        A problem with a key inside a field's table (a cue of ``[sounds]``)
        names that key and marks it in the field.
        """
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        parts: dict[str, set[str]] = {}
        for key, problem in problems:
            field = self.field_for(key) if key is not None else None
            if field is not None:
                part = sub_key(ref, problem)
                said = translate("gui.views.editor.forms", "{key}: {problem}").format(
                    key=part, problem=problem.message) if part else problem.message
                by_field.setdefault(field.key, []).append(said)
                if part:
                    parts.setdefault(field.key, set()).add(part)
            else:
                general.append(translate("gui.views.editor.forms", "{key}: {problem}").format(
                    key=problem.path, problem=problem.message) if problem.path
                    else problem.message)
        for key, field in self.fields.items():
            field.show_problems(by_field.get(key, []), parts.get(key, set()))
        self.problems.setText("\n".join(general))
        self.problems.setVisible(bool(general))


def first_side_field(tip: str) -> OptionField:
    """Return the field for the side both-sided and alternating moves start on (``tip``)."""
    return OptionField("first_side", translate("gui.views.editor.forms", "First side"),
                       _options(FIRST_SIDES), tip)


def session_fields(browse_sound: Browse) -> list[Field]:
    """Return the fields of the whole session's form; ``browse_sound`` asks for a sound file."""
    return [
        TextField("name", translate("gui.views.editor.forms", "Name"),
                  translate("gui.views.editor.forms", "e.g. Pre-run activation"), required=True),
        LongTextField("description", translate("gui.views.editor.forms", "Description"),
                      lines=2),
        TextField("say", translate("gui.views.editor.forms", "Spoken at the start"),
                  translate("gui.views.editor.forms", "the name, unless set")),
        TextField("finish", translate("gui.views.editor.forms", "Finish text"),
                  translate("plan", DONE_TITLE),
                  translate("gui.views.editor.forms",
                            "Shown and spoken at the end, in place of “Done — go run!”")),
        NumberField("rounds", translate("gui.views.editor.forms", "Rounds"),
                    translate("gui.views.editor.forms", "How many times the moves are done"),
                    fallback=1, whole=True),
        NumberField("get_ready", translate("gui.views.editor.forms", "Get ready (s)"),
                    translate("gui.views.editor.forms", "Time to get onto the mat")),
        TempoField(translate("gui.views.editor.forms", "Tempo (s per rep)")),
        NumberField("rest", translate("gui.views.editor.forms", "Rest between moves (s)")),
        NumberField("set_rest", translate("gui.views.editor.forms", "Rest between sets (s)")),
        NumberField("round_rest", translate("gui.views.editor.forms", "Rest between rounds (s)")),
        NumberField("switch", translate("gui.views.editor.forms", "Switch sides (s)"),
                    translate("gui.views.editor.forms", "Time to change to the other side")),
        first_side_field(translate("gui.views.editor.forms", "The side the session's "
                                   "both-sided and alternating moves start on")),
        SoundsField(browse_sound),
        SessionRuleField(),
    ]


def block_fields() -> list[Field]:
    """Return the fields of a block's form."""
    return [
        TextField("name", translate("gui.views.editor.forms", "Block name"),
                  translate("gui.views.editor.forms", "e.g. Circuit")),
        NumberField("rounds", translate("gui.views.editor.forms", "Rounds"),
                    translate("gui.views.editor.forms",
                              "How many times this block's moves are done"),
                    fallback=1, whole=True),
        NumberField("round_rest", translate("gui.views.editor.forms", "Rest between rounds (s)")),
        TempoField(translate("gui.views.editor.forms", "Tempo (s per rep)")),
        NumberField("rest", translate("gui.views.editor.forms", "Rest between moves (s)")),
        NumberField("set_rest", translate("gui.views.editor.forms", "Rest between sets (s)")),
        NumberField("switch", translate("gui.views.editor.forms", "Switch sides (s)"),
                    translate("gui.views.editor.forms",
                              "Time to change sides (and to turn over)")),
        FlagField("sides", translate("gui.views.editor.forms", "Sides"),
                  translate("gui.views.editor.forms", "One side, then the other"),
                  translate("gui.views.editor.forms",
                            "Do every both-sided move on the first side, then the whole block "
                            "again on the other, with one switch between"),
                  on=ONE_THEN_OTHER, off=None),
        first_side_field(translate("gui.views.editor.forms", "The side this block's "
                                   "both-sided and alternating moves start on")),
    ]


def move_fields(library: Mapping[str, Mapping[str, Any]], browse: Browse,
                browse_sound: Browse) -> list[Field]:
    """Return the fields of a move's form; ``browse`` asks for a picture, ``browse_sound`` sound."""
    choices = [(key, str(t.get("name", key))) for key, t in library.items()]
    sides = OptionField("sides", translate("gui.views.editor.forms", "Sides"),
                        _options(MOVE_SIDES),
                        translate("gui.views.editor.forms", "Which sides the move is done on"))
    sides.keys = ("sides", "each_side")
    return [
        ChoiceField("move", translate("gui.views.editor.forms", "Based on"), choices,
                    translate("gui.views.editor.forms",
                              "A library move whose settings this move starts from")),
        TextField("name", translate("gui.views.editor.forms", "Name"),
                  translate("gui.views.editor.forms", "e.g. Clam shell"), required=True),
        AmountField(),
        NumberField("estimate", translate("gui.views.editor.forms", "Counts as (s)"),
                    translate("gui.views.editor.forms",
                              "What a move you end yourself counts for in the total, per side "
                              "and set (by default 3 s a rep, or 30 s)"),
                    none_text=translate("gui.views.editor.forms", "auto")),
        sides,
        first_side_field(translate("gui.views.editor.forms", "The side this "
                                   "both-sided and alternating moves start on")),
        NumberField("sets", translate("gui.views.editor.forms", "Sets"),
                    translate("gui.views.editor.forms",
                              "How many times in a row, with a rest between"),
                    fallback=1, whole=True),
        NumberField("every", translate("gui.views.editor.forms", "Every (s)"),
                    translate("gui.views.editor.forms",
                              "Start each set this long after the last one started (every "
                              "minute on the minute: 60)"),
                    none_text=translate("gui.views.editor.forms", "off")),
        TempoField(translate("gui.views.editor.forms", "Tempo (s per rep)")),
        NumberField("rest", translate("gui.views.editor.forms", "Rest after (s)"),
                    translate("gui.views.editor.forms", "Rest after this move")),
        NumberField("set_rest", translate("gui.views.editor.forms", "Rest between sets (s)")),
        NumberField("switch", translate("gui.views.editor.forms", "Switch sides (s)")),
        PictureField(browse),
        FlagField("mirror", translate("gui.views.editor.forms", "Mirror"),
                  translate("gui.views.editor.forms", "Mirrored on the right side"),
                  translate("gui.views.editor.forms",
                            "Show the picture mirrored while the right side is worked")),
        LongTextField("instructions", translate("gui.views.editor.forms", "Instructions"),
                      lines=5),
        TextField("say", translate("gui.views.editor.forms", "Spoken name"),
                  translate("gui.views.editor.forms", "the name, unless set")),
        SoundsField(browse_sound),
        MoveRuleField(library),
    ]
