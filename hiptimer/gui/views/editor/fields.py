"""The editor's fields: one setting each, with its input, reset button, note and problems.

A ``Field`` shows one value of the session, a block or a move, says where
the value comes from when it is not set right there (the note beside it,
from ``hiptimer.editing``), offers to reset one that is, greys out when it
has no use there, and shows the problems the loader found with it under
it. ``NumberField`` is every count and time in seconds (``none_text`` for
one that may be left out); the others are text, tempo, yes/no, a choice
among fixed values and the library move (``dose.py`` has how much of a
move, ``files.py`` the picture and sounds; ``forms.py`` lays them out in
pages). The fields report changes through ``on_change``/``on_reset``
callbacks set by the editor and never touch the document themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hiptimer.editing import number as _number
from hiptimer.editing import source_note, source_words
from hiptimer.i18n import translate
from hiptimer.session import DEFAULTS, SELF_PACED

ERROR_COLOUR = "#B91C1C"
ERROR_BACKGROUND = "#FEE2E2"
NOTE_COLOUR = "#6B7280"


def coloured(label: QLabel, colour: str) -> QLabel:
    """Draw ``label``'s text in ``colour``.

    Through the label's palette, not a style sheet of its own: an editor has
    some eighty such labels, and a style sheet on each one cost the dialog
    a third of its build time.
    """
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)
    return label


def small(label: QLabel, colour: str) -> QLabel:
    """Make ``label`` a small note in ``colour``."""
    coloured(label, colour)
    font = label.font()
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    label.setFont(font)
    return label


class _WheelGuard(QObject):
    """Let the mouse wheel scroll the form instead of changing a box it passes over.

    Only a spin box or combo box that has the keyboard focus takes wheel turns.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        """Pass wheel turns on to the form unless the box has the focus."""
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) \
                and not watched.hasFocus():
            event.ignore()
            return True
        return False


class _Seconds(QDoubleSpinBox):
    """A spin box for seconds that shows ``30`` rather than ``30.0``."""

    def __init__(self, step: float = 1.0, decimals: int = 1) -> None:
        super().__init__()
        self.setLocale(QLocale.c())
        self.setDecimals(decimals)
        self.setRange(0, 100000)
        self.setSingleStep(step)
        self.setAccelerated(True)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt naming
        """Show whole seconds without a fraction."""
        return f"{round(value, self.decimals()):g}"


class Field:
    """One setting on a form: its input, a reset button, where its value comes from, problems.

    ``keys`` are the document keys whose problems are shown under it.
    """

    def __init__(
        self,
        key: str,
        label: str,
        inputs: list[QWidget],
        tip: str = "",
        resettable: bool = True,
        stretch: bool = False,
    ) -> None:
        self.key = key
        self.keys: tuple[str, ...] = (key,)
        self.label = label
        self.on_change: Callable[[Field, Any], None] = lambda field, value: None
        self.on_reset: Callable[[Field], None] = lambda field: None
        self.loading = False
        self.why_not: str | None = None
        self._note = ("", "")
        self._tips: list[str] = []

        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self._wheel_guard = _WheelGuard(self.widget)
        for number, widget in enumerate(inputs):
            row.addWidget(widget, 1 if stretch and number == 0 else 0)
            if isinstance(widget, QSpinBox | QDoubleSpinBox | QComboBox):
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                widget.installEventFilter(self._wheel_guard)
            if tip:
                widget.setToolTip(tip)
        self.resettable = resettable
        self.reset_button = QToolButton()
        self.reset_button.setText("↺")
        self.reset_button.setAutoRaise(True)
        self.reset_button.clicked.connect(lambda: self.on_reset(self))
        self.reset_button.setVisible(False)
        row.addWidget(self.reset_button)
        self.note = small(QLabel(), NOTE_COLOUR)
        row.addWidget(self.note)
        if not stretch:
            row.addStretch(1)
        column.addLayout(row)
        self.error = coloured(QLabel(), ERROR_COLOUR)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        column.addWidget(self.error)
        self.inputs = inputs

    def changed(self, value: Any) -> None:
        """Pass a change made by the user on to the editor (not while loading)."""
        if not self.loading:
            self.on_change(self, value)

    def load(self, value: Any, explicit: bool, source: str) -> None:
        """Show ``value``; ``source`` says where it comes from when not ``explicit``."""
        self.loading = True
        try:
            self.show_value(value)
        finally:
            self.loading = False
        self.mark(explicit, source)

    def mark(self, explicit: bool, source: str = "") -> None:
        """Show whether the value is set here, or where it comes from.

        A value set here that could come from elsewhere gets a reset button.
        """
        self.reset_button.setVisible(self.resettable and explicit and bool(source))
        words = source_words(source)
        self.reset_button.setToolTip(translate("gui.views.editor.fields",
                                               "Use the value {source} instead").format(
            source=words))
        self._note = ("" if explicit else source_note(source),
                      translate("gui.views.editor.fields",
                                "Not set here: the value {source} applies").format(source=words))
        if self.why_not is None:
            self.note.setText(self._note[0])
            self.note.setToolTip(self._note[1])

    def refuse(self, why: str | None) -> None:
        """Grey the field out, saying ``why`` it has no use here; ``None`` brings it back."""
        if why == self.why_not:
            return
        if self.why_not is None:
            self._tips = [widget.toolTip() for widget in self.inputs]
        for widget, tip in zip(self.inputs, self._tips, strict=True):
            widget.setEnabled(why is None)
            widget.setToolTip(why or tip)
        self.why_not = why
        self.note.setText(translate("gui.views.editor.fields", "not used here") if why
                          else self._note[0])
        self.note.setToolTip(why or self._note[1])

    def show_value(self, value: Any) -> None:
        """Put ``value`` in the input (without telling the editor)."""
        raise NotImplementedError

    def show_problems(self, messages: list[str], parts: Collection[str] = ()) -> None:
        """Show the problems with this field under it, and mark the input red.

        ``parts`` are the keys inside the field's table the problems are
        about (the cues of ``[sounds]``), for a field with one input each.
        """
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))
        for widget in self.inputs:
            tint(widget, bool(messages))


def tint(widget: QWidget, problem: bool) -> None:
    """Mark a box that holds a problem with a red background (or take the mark off)."""
    # A tinted background rather than a style sheet: style sheets turn
    # spin boxes and combo boxes into plain boxes without arrows.
    if isinstance(widget, QLineEdit | QSpinBox | QDoubleSpinBox | QPlainTextEdit):
        palette = QPalette(widget.palette())
        default = QApplication.palette(widget)
        palette.setColor(QPalette.ColorRole.Base, QColor(ERROR_BACKGROUND) if problem
                         else default.color(QPalette.ColorRole.Base))
        widget.setPalette(palette)
        widget.setProperty("problem", problem)


class TextField(Field):
    """A line of text: names and spoken words. Empty text removes an optional key."""

    def __init__(self, key: str, label: str, placeholder: str = "", tip: str = "",
                 required: bool = False) -> None:
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.setMinimumWidth(140)
        super().__init__(key, label, [self.line], tip, stretch=True)
        self.required = required
        self.line.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        self.changed(text if text or self.required else None)

    def show_value(self, value: Any) -> None:
        """Show the text (anything else as it would be written)."""
        self.line.setText(value if isinstance(value, str) else "" if value is None else str(value))


class LongTextField(Field):
    """Several lines of text: a description or instructions."""

    def __init__(self, key: str, label: str, lines: int = 4, tip: str = "") -> None:
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        height = self.text.fontMetrics().lineSpacing() * lines + 12
        self.text.setFixedHeight(height)
        self.text.setMinimumWidth(140)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        super().__init__(key, label, [self.text], tip, stretch=True)
        self.text.textChanged.connect(self._edited)

    def _edited(self) -> None:
        value = self.text.toPlainText()
        self.changed(value if value.strip() else None)

    def show_value(self, value: Any) -> None:
        """Show the text, with the line breaks the file has."""
        self.text.setPlainText(value.strip("\n") if isinstance(value, str) else "")


class NumberField(Field):
    """A number: a whole count (rounds, sets) or seconds (rests, get ready, switch sides).

    ``fallback`` is shown when the value is not a number at all. With
    ``none_text``, the key may be left out: 0 shows that text (``"off"``)
    and stands for no value, which no such key takes.
    """

    def __init__(self, key: str, label: str, tip: str = "", fallback: float = 0,
                 whole: bool = False, none_text: str = "") -> None:
        self.whole = whole
        self.spin: QSpinBox | QDoubleSpinBox
        if whole:
            self.spin = QSpinBox()
            self.spin.setRange(0, 100000)
            self.spin.setAccelerated(True)
        else:
            self.spin = _Seconds()
        self.spin.setMinimumWidth(90)
        self.spin.setSpecialValueText(none_text)
        self.optional = bool(none_text)
        self.fallback = fallback
        super().__init__(key, label, [self.spin], tip)
        self.spin.valueChanged.connect(self._edited)

    def _edited(self, value: float) -> None:
        self.changed(None if self.optional and value == 0 else value)

    def show_value(self, value: Any) -> None:
        """Show the number (``fallback`` for anything else, 0 for none when optional)."""
        found = _number(value)
        shown = found if found is not None else 0 if self.optional and value is None \
            else self.fallback
        if isinstance(self.spin, QSpinBox):
            self.spin.setValue(int(shown))
        else:
            self.spin.setValue(shown)


class TempoField(Field):
    """Seconds per rep, or self-paced (the runner presses Space when the reps are done)."""

    def __init__(self, label: str) -> None:
        self.spin = _Seconds(step=0.5)
        self.spin.setMinimumWidth(90)
        self.self_paced = QCheckBox(translate("gui.views.editor.fields", "Self-paced"))
        super().__init__("tempo", label, [self.spin, self.self_paced],
                         tip=translate("gui.views.editor.fields",
                                       "How long one rep takes, in seconds"))
        self.self_paced.setToolTip(translate(
            "gui.views.editor.fields", "No beat: press Space when you have done your reps"))
        self.spin.valueChanged.connect(self._edited)
        self.self_paced.toggled.connect(self._edited)

    def _edited(self, *_: object) -> None:
        self.spin.setEnabled(not self.self_paced.isChecked())
        self.changed(SELF_PACED if self.self_paced.isChecked() else self.spin.value())

    def show_value(self, value: Any) -> None:
        """Show the tempo, or tick "self-paced"."""
        self.self_paced.setChecked(value == SELF_PACED)
        number = _number(value)
        if number is not None:
            self.spin.setValue(number)
        elif value != SELF_PACED:
            self.spin.setValue(DEFAULTS["tempo"])
        self.spin.setEnabled(value != SELF_PACED)


class FlagField(Field):
    """A yes/no setting: a picture mirrored, a block done one side then the other.

    ``on`` is written when the box is ticked, ``off`` when not (``None``
    leaves the key out).
    """

    def __init__(self, key: str, label: str, text: str, tip: str = "",
                 on: Any = True, off: Any = False) -> None:
        self.box = QCheckBox(text)
        self.on, self.off = on, off
        super().__init__(key, label, [self.box], tip)
        self.box.toggled.connect(lambda ticked: self.changed(self.on if ticked else self.off))

    def show_value(self, value: Any) -> None:
        """Tick the box for the ``on`` value (``true`` itself, not 1)."""
        ticked = value is True if self.on is True else value == self.on
        self.box.setChecked(ticked)


class OptionField(Field):
    """One of a few fixed values: which sides a move is done on, the side to start on."""

    def __init__(self, key: str, label: str, options: list[tuple[str, str]],
                 tip: str = "") -> None:
        self.combo = QComboBox()
        for value, text in options:
            self.combo.addItem(text, value)
        super().__init__(key, label, [self.combo], tip)
        self.combo.activated.connect(lambda _: self.changed(self.combo.currentData()))

    @property
    def value(self) -> Any:
        """Return the value chosen."""
        return self.combo.currentData()

    def choose(self, value: Any) -> None:
        """Choose ``value`` as the user does (the editor is told)."""
        self.combo.setCurrentIndex(self.combo.findData(value))
        self.combo.activated.emit(self.combo.currentIndex())

    def show_value(self, value: Any) -> None:
        """Select ``value`` (adding it when it is not one of the options)."""
        index = self.combo.findData(value)
        if index < 0:
            self.combo.addItem(translate("gui.views.editor.fields", "{value} (unknown)").format(
                value=value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


class ChoiceField(Field):
    """The built-in move a move is based on (or none)."""

    def __init__(self, key: str, label: str, choices: list[tuple[str, str]], tip: str = "") -> None:
        self.combo = QComboBox()
        self.combo.addItem(translate("gui.views.editor.fields", "None (all settings here)"), None)
        for value, text in choices:
            self.combo.addItem(text, value)
        super().__init__(key, label, [self.combo], tip, resettable=False)
        self.combo.activated.connect(lambda _: self.changed(self.combo.currentData()))

    def show_value(self, value: Any) -> None:
        """Select ``value`` (adding it when it is not a known choice)."""
        index = self.combo.findData(value)
        if index < 0 and isinstance(value, str):
            self.combo.addItem(translate("gui.views.editor.fields", "{value} (unknown)").format(
                value=value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))
