"""The editor's progression fields: how a move's dose follows the runner's ratings.

``MoveRuleField`` is a move's "Progression" group: off (``progression =
false``), the session's rule, or a rule of its own with ``step``,
``after``, ``ceiling``, ``floor`` and ``then`` (the move it goes on to at
the ceiling: its harder variation unless chosen, or none). ``SessionRuleField``
is the session's ``[progression]``: ``after``, and ``step`` and ``ceiling``
for each kind of dose (reps, hold, work); a kind left empty has no rule.
Both show what a key is when it is not set (the session's, the default)
beside it, and send every change to ``on_change`` as a
``hiptimer.editing.RuleEdit``; the editor's model writes it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSpinBox, QToolButton, QWidget

from hiptimer.editing import (
    KIND_KEYS,
    RULE_OFF,
    RULE_OWN,
    RULE_SESSION,
    RuleEdit,
    RuleView,
    Shown,
    source_note,
    source_words,
)
from hiptimer.gui.views.editor.fields import NOTE_COLOUR, Field, small, tint
from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.progression import DOSE_KINDS

# The words of these tables are translated where they are shown.
MODES = ((RULE_OFF, QT_TRANSLATE_NOOP("gui.views.editor.progression", "Off: keeps its dose")),
         (RULE_SESSION, QT_TRANSLATE_NOOP("gui.views.editor.progression", "The session's rule")),
         (RULE_OWN, QT_TRANSLATE_NOOP("gui.views.editor.progression", "Its own rule")))
# The "then" choice: the move's harder variation (nothing written) or staying put.
HARDER, STAY = "", "!stay"
RULE_WORDS = {
    "step": (QT_TRANSLATE_NOOP("gui.views.editor.progression", "Step"),
             QT_TRANSLATE_NOOP("gui.views.editor.progression",
                               "How much the dose goes up or down: reps, or seconds"),
             (1, 600)),
    "after": (QT_TRANSLATE_NOOP("gui.views.editor.progression", "Easy runs"),
              QT_TRANSLATE_NOOP("gui.views.editor.progression",
                                "How many runs in a row rated easy before a step up"),
              (1, 20)),
    "ceiling": (QT_TRANSLATE_NOOP("gui.views.editor.progression", "Ceiling"),
                QT_TRANSLATE_NOOP("gui.views.editor.progression", "The highest dose"),
                (1, 3600)),
    "floor": (QT_TRANSLATE_NOOP("gui.views.editor.progression", "Floor"),
              QT_TRANSLATE_NOOP("gui.views.editor.progression",
                                "The lowest dose a hard run steps down to"),
              (1, 3600)),
}
KIND_WORDS = {"reps": QT_TRANSLATE_NOOP("gui.views.editor.progression", "Reps"),
              "hold": QT_TRANSLATE_NOOP("gui.views.editor.progression", "Hold (s)"),
              "work": QT_TRANSLATE_NOOP("gui.views.editor.progression", "Work (s)")}


class _Row:
    """One number of a rule: its spin box, where the value comes from, and a reset button."""

    def __init__(self, field: Field, key: str, tip: str, low: int, high: int,
                 none_text: str = "") -> None:
        self.key = key
        self.spin = QSpinBox()
        self.spin.setRange(0 if none_text else low, high)
        self.spin.setSpecialValueText(none_text)
        self.spin.setToolTip(tip)
        self.spin.setMinimumWidth(80)
        self.spin.setAccessibleName(key)
        self.note = small(QLabel(), NOTE_COLOUR)
        self.reset = QToolButton()
        self.reset.setText("↺")
        self.reset.setAutoRaise(True)
        self.reset.setVisible(False)
        self.spin.valueChanged.connect(
            lambda value: field.changed(RuleEdit(key, value or None)))
        self.reset.clicked.connect(lambda: field.changed(RuleEdit(key, None)))

    def show(self, shown: Shown) -> None:
        value = shown.value
        self.spin.setValue(value if isinstance(value, int) and not isinstance(value, bool)
                           else 0)
        self.note.setText("" if shown.explicit or value is None else source_note(shown.source))
        self.reset.setVisible(shown.explicit)
        self.reset.setToolTip(translate("gui.views.editor.progression",
                                        "Take this out: the value hiptimer uses by default, "
                                        "or the session's, applies"))
        if not shown.explicit and value is not None:
            self.note.setToolTip(translate("gui.views.editor.progression",
                                           "Not set here: the value {source}").format(
                source=source_words(shown.source)))

    def place(self, grid: QGridLayout, row: int, column: int) -> None:
        grid.addWidget(self.spin, row, column)
        grid.addWidget(self.reset, row, column + 1)
        grid.addWidget(self.note, row, column + 2)


class MoveRuleField(Field):
    """A move's progression: off, the session's rule, or its own rule."""

    def __init__(self, library: Mapping[str, Mapping[str, Any]]) -> None:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.mode = QComboBox()
        for value, text in MODES:
            self.mode.addItem(translate("gui.views.editor.progression", text), value)
        self.mode.setToolTip(translate("gui.views.editor.progression",
                                       "Whether this move's dose follows your ratings of "
                                       "finished runs"))
        self.mode.setAccessibleName(translate("gui.views.editor.progression", "Progression"))
        grid.addWidget(self.mode, 0, 0, 1, 4)
        self.rows: dict[str, _Row] = {}
        for number, (key, (text, tip, (low, high))) in enumerate(RULE_WORDS.items(), 1):
            row = _Row(self, key, translate("gui.views.editor.progression", tip), low, high)
            grid.addWidget(QLabel(translate("gui.views.editor.progression", text)), number, 0)
            row.place(grid, number, 1)
            self.rows[key] = row
        self.then = QComboBox()
        self.then.addItem(translate("gui.views.editor.progression", "Its harder variation"), HARDER)
        self.then.addItem(translate("gui.views.editor.progression", "Stay at the ceiling"), STAY)
        for key, table in library.items():
            self.then.addItem(str(table.get("name", key)), key)
        self.then.setToolTip(translate("gui.views.editor.progression",
                                       "The move to go on to once the ceiling is reached"))
        self.then.setAccessibleName("then")  # the key's name, as the numbers' are
        grid.addWidget(QLabel(translate("gui.views.editor.progression", "Then")),
                       len(RULE_WORDS) + 1, 0)
        grid.addWidget(self.then, len(RULE_WORDS) + 1, 1, 1, 3)
        grid.setColumnStretch(4, 1)
        super().__init__("progression", translate("gui.views.editor.progression", "Progression"),
                         [box], resettable=False, stretch=True)
        self.mode.activated.connect(
            lambda _: self.changed(RuleEdit("mode", self.mode.currentData())))
        self.then.activated.connect(lambda _: self._then_chosen())

    def _then_chosen(self) -> None:
        data = self.then.currentData()
        self.changed(RuleEdit("then", None if data == HARDER else False if data == STAY
                              else data))

    def choose(self, mode: str) -> None:
        """Choose the mode as the user does (the editor is told)."""
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self.mode.activated.emit(self.mode.currentIndex())

    def choose_then(self, move: str | bool | None) -> None:
        """Choose the move the rule goes on to: a name, ``False`` (stay), ``None`` (harder)."""
        data = HARDER if move is None else STAY if move is False else move
        self.then.setCurrentIndex(self.then.findData(data))
        self.then.activated.emit(self.then.currentIndex())

    def show_value(self, value: Any) -> None:
        """Show a ``RuleView``: the mode, each number, and the move it goes on to."""
        if not isinstance(value, RuleView) or value.mode is None:
            return
        self.mode.setCurrentIndex(max(0, self.mode.findData(value.mode.value)))
        own = value.mode.value == RULE_OWN
        for key, row in self.rows.items():
            row.show(value.values[key])
            row.spin.setEnabled(own)
            row.reset.setEnabled(own)
        then = value.values["then"]
        harder = self.then.findData(value.harder) if value.harder is not None else -1
        if harder >= 0 or value.harder:
            self.then.setItemText(0, translate("gui.views.editor.progression",
                                               "Its harder variation ({move})").format(
                move=self.then.itemText(harder) if harder >= 0 else value.harder))
        else:
            self.then.setItemText(0, translate("gui.views.editor.progression",
                                               "Its harder variation (none: stays at the "
                                               "ceiling)"))
        data = HARDER if not then.explicit else STAY if then.value is False else then.value
        index = self.then.findData(data)
        if index < 0:
            self.then.addItem(translate("gui.views.editor.progression", "{move} (unknown)").format(
                move=data), data)
            index = self.then.count() - 1
        self.then.setCurrentIndex(index)
        self.then.setEnabled(own)

    def show_problems(self, messages: list[str], parts: Collection[str] = ()) -> None:
        """Show the problems under the group, and mark the numbers they are about."""
        super().show_problems(messages, parts)
        for key, row in self.rows.items():
            tint(row.spin, key in parts)


class SessionRuleField(Field):
    """The session's ``[progression]``: ``after``, and a step and ceiling for each kind of dose."""

    def __init__(self) -> None:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        text, tip, (low, high) = RULE_WORDS["after"]
        self.rows: dict[str, _Row] = {
            "after": _Row(self, "after", translate("gui.views.editor.progression", tip), low, high)}
        grid.addWidget(QLabel(translate("gui.views.editor.progression", text)), 0, 0)
        self.rows["after"].place(grid, 0, 1)
        for column, key in enumerate(KIND_KEYS):
            word = translate("gui.views.editor.progression", RULE_WORDS[key][0])
            grid.addWidget(small(QLabel(word), NOTE_COLOUR), 1, 1 + 3 * column)
        for number, kind in enumerate(DOSE_KINDS, 2):
            grid.addWidget(QLabel(translate("gui.views.editor.progression", KIND_WORDS[kind])),
                           number, 0)
            for column, key in enumerate(KIND_KEYS):
                _, tip, (low, high) = RULE_WORDS[key]
                # ``kind`` is the key a move's dose is written in: reps, hold or work.
                said = translate("gui.views.editor.progression",
                                 "{tip}, for every move counted in {kind} "
                                 "(none: no rule for them)").format(
                    tip=translate("gui.views.editor.progression", tip), kind=kind)
                row = _Row(self, f"{kind}.{key}", said, low, high,
                           none_text=translate("gui.views.editor.progression", "none"))
                row.place(grid, number, 1 + 3 * column)
                self.rows[row.key] = row
        grid.setColumnStretch(7, 1)
        super().__init__("progression", translate("gui.views.editor.progression", "Progression"),
                         [box], resettable=False, stretch=True)

    def show_value(self, value: Any) -> None:
        """Show a ``RuleView`` of the session: ``after``, then each kind's numbers."""
        if isinstance(value, RuleView):
            for key, row in self.rows.items():
                row.show(value.values[key])

    def show_problems(self, messages: list[str], parts: Collection[str] = ()) -> None:
        """Show the problems under the group, and mark the numbers they are about."""
        super().show_problems(messages, parts)
        for key, row in self.rows.items():
            tint(row.spin, key in parts)
