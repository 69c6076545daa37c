"""The editor's fields: one setting each, with its input, reset button, note and problems.

A ``Field`` shows one value of the session, a block or a move, says where
the value comes from when it is not set right there (the note beside it,
from ``hiptimer.editing``), offers to reset one that is, and shows the
problems the loader found with it under it. ``NumberField`` is every count
and time in seconds; the others are text, tempo, reps-or-hold, yes/no, the
built-in move and the picture (``forms.py`` lays them out in pages). The
fields report changes through ``on_change``/``on_reset`` callbacks set by
the editor and never touch the document themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
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
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hiptimer import resources
from hiptimer.editing import DEFAULT_HOLD, DEFAULT_REPS, source_note, source_words
from hiptimer.editing import number as _number
from hiptimer.session import DEFAULTS, SELF_PACED

ERROR_COLOUR = "#B91C1C"
ERROR_BACKGROUND = "#FEE2E2"
NOTE_COLOUR = "#6B7280"


def small(label: QLabel, colour: str) -> QLabel:
    """Make ``label`` a small note in ``colour``."""
    label.setStyleSheet(f"color: {colour};")
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
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
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
        self.reset_button.setToolTip(f"Use the value {source_words(source)} instead")
        self.note.setText("" if explicit else source_note(source))
        self.note.setToolTip(f"Not set here: the value {source_words(source)} applies")

    def show_value(self, value: Any) -> None:
        """Put ``value`` in the input (without telling the editor)."""
        raise NotImplementedError

    def show_problems(self, messages: list[str]) -> None:
        """Show the problems with this field under it, and mark the input red."""
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))
        # A tinted background rather than a style sheet: style sheets turn
        # spin boxes and combo boxes into plain boxes without arrows.
        for widget in self.inputs:
            if isinstance(widget, QLineEdit | QSpinBox | QDoubleSpinBox | QPlainTextEdit):
                palette = QPalette(widget.palette())
                default = QApplication.palette(widget)
                palette.setColor(QPalette.ColorRole.Base, QColor(ERROR_BACKGROUND) if messages
                                 else default.color(QPalette.ColorRole.Base))
                widget.setPalette(palette)
                widget.setProperty("problem", bool(messages))


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

    ``fallback`` is shown when the value is not a number at all.
    """

    def __init__(self, key: str, label: str, tip: str = "", fallback: float = 0,
                 whole: bool = False) -> None:
        self.whole = whole
        self.spin: QSpinBox | QDoubleSpinBox
        if whole:
            self.spin = QSpinBox()
            self.spin.setRange(0, 100000)
            self.spin.setAccelerated(True)
        else:
            self.spin = _Seconds()
        self.spin.setMinimumWidth(90)
        self.fallback = fallback
        super().__init__(key, label, [self.spin], tip)
        self.spin.valueChanged.connect(self.changed)

    def show_value(self, value: Any) -> None:
        """Show the number (``fallback`` for anything else)."""
        found = _number(value)
        shown = found if found is not None else self.fallback
        if isinstance(self.spin, QSpinBox):
            self.spin.setValue(int(shown))
        else:
            self.spin.setValue(shown)


class TempoField(Field):
    """Seconds per rep, or self-paced (the runner presses Space when the reps are done)."""

    def __init__(self, label: str) -> None:
        self.spin = _Seconds(step=0.5)
        self.spin.setMinimumWidth(90)
        self.self_paced = QCheckBox("Self-paced")
        self.self_paced.setToolTip("No beat: press Space when you have done your reps")
        super().__init__("tempo", label, [self.spin, self.self_paced],
                         tip="How long one rep takes, in seconds")
        self.self_paced.setToolTip("No beat: press Space when you have done your reps")
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


class AmountField(Field):
    """How much of a move: a number of reps, or a hold in seconds (a toggle between the two)."""

    def __init__(self) -> None:
        self.mode = QComboBox()
        self.mode.addItem("Reps", "reps")
        self.mode.addItem("Hold (s)", "hold")
        self.mode.setToolTip("Count reps, or hold the position for a number of seconds")
        self.reps = QSpinBox()
        self.reps.setRange(0, 100000)
        self.reps.setMinimumWidth(90)
        self.reps.setToolTip("Reps per side and per set")
        self.hold = _Seconds()
        self.hold.setMinimumWidth(90)
        self.hold.setToolTip("Seconds to hold, per side and per set")
        super().__init__("reps", "Reps or hold", [self.mode, self.reps, self.hold])
        self.keys = ("reps", "hold")
        self.on_mode: Callable[[AmountField, str], None] = lambda field, mode: None
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.reps.valueChanged.connect(lambda value: self.changed(("reps", value)))
        self.hold.valueChanged.connect(lambda value: self.changed(("hold", value)))

    @property
    def current_mode(self) -> str:
        """Return ``"reps"`` or ``"hold"``."""
        return str(self.mode.currentData())

    def _mode_changed(self) -> None:
        self._show_mode()
        if not self.loading:
            self.on_mode(self, self.current_mode)

    def _show_mode(self) -> None:
        holding = self.current_mode == "hold"
        self.reps.setVisible(not holding)
        self.hold.setVisible(holding)

    def show_value(self, value: Any) -> None:
        """Show ``(mode, amount)``."""
        mode, amount = value
        self.mode.setCurrentIndex(1 if mode == "hold" else 0)
        number = _number(amount)
        if mode == "hold":
            self.hold.setValue(number if number is not None else DEFAULT_HOLD)
        else:
            self.reps.setValue(int(number) if number is not None else DEFAULT_REPS)
        self._show_mode()


class FlagField(Field):
    """A yes/no setting: each side."""

    def __init__(self, key: str, label: str, text: str, tip: str = "") -> None:
        self.box = QCheckBox(text)
        super().__init__(key, label, [self.box], tip)
        self.box.toggled.connect(self.changed)

    def show_value(self, value: Any) -> None:
        """Tick the box for ``true``."""
        self.box.setChecked(value is True)


class ChoiceField(Field):
    """The built-in move a move is based on (or none)."""

    def __init__(self, key: str, label: str, choices: list[tuple[str, str]], tip: str = "") -> None:
        self.combo = QComboBox()
        self.combo.addItem("None (all settings here)", None)
        for value, text in choices:
            self.combo.addItem(text, value)
        super().__init__(key, label, [self.combo], tip, resettable=False)
        self.combo.activated.connect(lambda _: self.changed(self.combo.currentData()))

    def show_value(self, value: Any) -> None:
        """Select ``value`` (adding it when it is not a known choice)."""
        index = self.combo.findData(value)
        if index < 0 and isinstance(value, str):
            self.combo.addItem(f"{value} (unknown)", value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))


class PictureField(Field):
    """A built-in picture's name or a picture file next to the session."""

    def __init__(self, browse: Callable[[], Path | None]) -> None:
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.addItem("")
        self.combo.addItems(list(resources.builtin_images()))
        self.combo.setMinimumWidth(110)
        line = self.combo.lineEdit()
        if line is not None:
            line.setPlaceholderText("none")
        self.browse_button = QPushButton("File…")
        self.browse_button.setAutoDefault(False)
        super().__init__("image", "Picture", [self.combo, self.browse_button],
                         tip="A built-in picture, or a .svg, .png or .jpg file", stretch=True)
        self.browse_button.setToolTip("Choose a picture file")
        self.browse = browse
        self.combo.editTextChanged.connect(self._edited)
        self.browse_button.clicked.connect(self._browse)

    def _edited(self, text: str) -> None:
        names = [part.strip() for part in text.split(",") if part.strip()]
        if not names:
            self.changed(None)
        else:
            self.changed(names[0] if len(names) == 1 else names)

    def _browse(self) -> None:
        chosen = self.browse()
        if chosen is not None:
            self.combo.setEditText(str(chosen))

    def show_value(self, value: Any) -> None:
        """Show a name, a file, or a list of frame files separated by commas."""
        if isinstance(value, list):
            text = ", ".join(str(v) for v in value)
        else:
            text = value if isinstance(value, str) else ""
        self.combo.setEditText(text)
