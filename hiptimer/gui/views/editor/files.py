"""The editor's file fields: a move's picture and the session's own cue sounds.

``PictureField`` takes a built-in picture's name or a picture file;
``SoundsField`` gives each cue of ``[sounds]`` (get ready, go, rest, …) a
sound file of the runner's own, or leaves it the built-in tone. Both ask
for a file through a ``browse`` callable the editor hands them (a question
in ``hiptimer.gui.dialogs``), and never touch the document themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from hiptimer import resources
from hiptimer.gui.views.editor.fields import Field, tint
from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.session import SOUND_CUES

# When each cue plays, as the editor labels its row (translated where shown).
CUE_WORDS = {
    "get_ready": QT_TRANSLATE_NOOP("gui.views.editor.files", "Get ready"),
    "go": QT_TRANSLATE_NOOP("gui.views.editor.files", "Go (a move starts)"),
    "rest": QT_TRANSLATE_NOOP("gui.views.editor.files", "Rest"),
    "switch": QT_TRANSLATE_NOOP("gui.views.editor.files", "Switch sides"),
    "halfway": QT_TRANSLATE_NOOP("gui.views.editor.files", "Halfway"),
    "countdown": QT_TRANSLATE_NOOP("gui.views.editor.files", "Countdown (3-2-1)"),
    "tick": QT_TRANSLATE_NOOP("gui.views.editor.files", "Each rep"),
    "round": QT_TRANSLATE_NOOP("gui.views.editor.files", "New round"),
    "done": QT_TRANSLATE_NOOP("gui.views.editor.files", "Done"),
}


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
            line.setPlaceholderText(translate("gui.views.editor.files", "none"))
        self.browse_button = QPushButton(translate("gui.views.editor.files", "File…"))
        self.browse_button.setAutoDefault(False)
        super().__init__("image", translate("gui.views.editor.files", "Picture"),
                         [self.combo, self.browse_button],
                         tip=translate("gui.views.editor.files",
                                       "A built-in picture, or a .svg, .png, .jpg, .gif "
                                       "or .webp file"),
                         stretch=True)
        self.browse_button.setToolTip(translate("gui.views.editor.files", "Choose a picture file"))
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


class SoundsField(Field):
    """A sound file of the runner's own for each cue, in place of the built-in tone.

    A change goes to ``on_change`` as ``(cue, file)``, ``file`` ``None``
    when the cue's box is emptied.
    """

    def __init__(self, browse: Callable[[], Path | None]) -> None:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.lines: dict[str, QLineEdit] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, cue in enumerate(SOUND_CUES):
            words = translate("gui.views.editor.files", CUE_WORDS[cue]) if cue in CUE_WORDS else cue
            grid.addWidget(QLabel(words), row, 0)
            line = QLineEdit()
            line.setPlaceholderText(translate("gui.views.editor.files", "built-in tone"))
            line.setToolTip(translate("gui.views.editor.files",
                                      "A .wav, .ogg or .mp3 file for '{cue}', "
                                      "relative to the session").format(cue=cue))
            line.setAccessibleName(translate("gui.views.editor.files", "Sound for {cue}").format(
                cue=words))
            line.textEdited.connect(lambda text, c=cue: self.changed((c, text.strip() or None)))
            grid.addWidget(line, row, 1)
            button = QPushButton(translate("gui.views.editor.files", "File…"))
            button.setAutoDefault(False)
            button.setToolTip(translate("gui.views.editor.files",
                                        "Choose a sound file for '{cue}'").format(cue=cue))
            button.clicked.connect(lambda _=False, c=cue: self._browse(c))
            grid.addWidget(button, row, 2)
            self.lines[cue], self.buttons[cue] = line, button
        grid.setColumnStretch(1, 1)
        super().__init__("sounds", translate("gui.views.editor.files", "Your own sounds"), [box],
                         resettable=False, stretch=True)
        self.browse = browse

    def _browse(self, cue: str) -> None:
        chosen = self.browse()
        if chosen is not None:
            self.lines[cue].setText(str(chosen))
            self.changed((cue, str(chosen)))

    def show_value(self, value: Any) -> None:
        """Show each cue's file from the ``[sounds]`` table (empty for the built-in tone)."""
        table = value if isinstance(value, Mapping) else {}
        for cue, line in self.lines.items():
            found = table.get(cue)
            line.setText(found if isinstance(found, str) else "")

    def show_problems(self, messages: list[str], parts: Collection[str] = ()) -> None:
        """Show the problems under the table, and mark the cues they are about."""
        super().show_problems(messages, parts)
        for cue, line in self.lines.items():
            tint(line, cue in parts)
