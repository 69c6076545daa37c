"""The editor's dose field: how much of a move, as reps, a hold or timed work.

``AmountField`` offers exactly one of the three keys a move counts in
(``reps``, ``hold`` in seconds, ``work`` in seconds); a hold or timed work
may also be open-ended ("until I say done", written ``"self"``). Changing
the kind goes through ``on_mode``, so the editor's model can drop the
other two keys and start the new one at the library move's or hiptimer's
amount; a changed amount goes through ``on_change`` as ``(key, value)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox

from hiptimer.editing import DEFAULT_DOSES, DEFAULT_REPS
from hiptimer.editing import number as _number
from hiptimer.gui.views.editor.fields import Field, _Seconds
from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.session import SELF_PACED

# The kinds of dose, each with its words (translated where the box is filled).
MODES = (("reps", QT_TRANSLATE_NOOP("gui.views.editor.dose", "Reps")),
         ("hold", QT_TRANSLATE_NOOP("gui.views.editor.dose", "Hold (s)")),
         ("work", QT_TRANSLATE_NOOP("gui.views.editor.dose", "Work (s)")))


class AmountField(Field):
    """How much of a move: reps, a hold or timed work in seconds, or open-ended."""

    def __init__(self) -> None:
        self.mode = QComboBox()
        for key, text in MODES:
            self.mode.addItem(translate("gui.views.editor.dose", text), key)
        self.mode.setToolTip(translate("gui.views.editor.dose",
                                       "Count reps, hold a position, or work for a time "
                                       "(squats, jumps, a run)"))
        self.reps = QSpinBox()
        self.reps.setRange(0, 100000)
        self.reps.setMinimumWidth(90)
        self.reps.setToolTip(translate("gui.views.editor.dose", "Reps per side and per set"))
        self.hold = _Seconds()
        self.hold.setMinimumWidth(90)
        self.hold.setToolTip(translate("gui.views.editor.dose",
                                       "Seconds to hold, per side and per set"))
        self.work = _Seconds()
        self.work.setMinimumWidth(90)
        self.work.setToolTip(translate("gui.views.editor.dose",
                                       "Seconds of work, per side and per set"))
        self.open_ended = QCheckBox(translate("gui.views.editor.dose", "Until I say done"))
        self.open_ended.setToolTip(translate(
            "gui.views.editor.dose", "No clock: it counts up and you press Space when done"))
        super().__init__("reps", translate("gui.views.editor.dose", "Reps, hold or work"),
                         [self.mode, self.reps, self.hold, self.work, self.open_ended])
        self.keys = ("reps", "hold", "work")
        self.on_mode: Callable[[AmountField, str], None] = lambda field, mode: None
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.reps.valueChanged.connect(lambda value: self.changed(("reps", value)))
        self.hold.valueChanged.connect(lambda value: self.changed(("hold", value)))
        self.work.valueChanged.connect(lambda value: self.changed(("work", value)))
        self.open_ended.toggled.connect(self._open_ended_toggled)

    @property
    def current_mode(self) -> str:
        """Return ``"reps"``, ``"hold"`` or ``"work"``."""
        return str(self.mode.currentData())

    def _seconds(self) -> _Seconds:
        return self.work if self.current_mode == "work" else self.hold

    def _mode_changed(self) -> None:
        self._show_mode()
        if not self.loading:
            self.on_mode(self, self.current_mode)

    def _open_ended_toggled(self, ticked: bool) -> None:
        self._show_mode()
        self.changed((self.current_mode, SELF_PACED if ticked else self._seconds().value()))

    def _show_mode(self) -> None:
        mode = self.current_mode
        timed = mode != "reps"
        self.reps.setVisible(not timed)
        self.hold.setVisible(mode == "hold")
        self.work.setVisible(mode == "work")
        self.open_ended.setVisible(timed)
        self._seconds().setEnabled(not (timed and self.open_ended.isChecked()))

    def show_value(self, value: Any) -> None:
        """Show ``(mode, amount)``; the amount of a hold or work may be ``"self"``."""
        mode, amount = value
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode)))
        number = _number(amount)
        self.open_ended.setChecked(amount == SELF_PACED and mode != "reps")
        if mode == "reps":
            self.reps.setValue(int(number) if number is not None else DEFAULT_REPS)
        else:
            self._seconds().setValue(number if number is not None else DEFAULT_DOSES[mode])
        self._show_mode()
