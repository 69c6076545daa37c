"""Every question the GUI puts to the user, each one small function that tests replace.

A test patches the function (``monkeypatch.setattr(dialogs, "ask_discard",
...)``) and no modal dialog ever waits for a click. Callers (the app
controller, the editor) look them up through this module at the moment they
ask, so a patched function is the one used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from hiptimer.i18n import translate

if TYPE_CHECKING:
    from hiptimer.errors import SessionError


def ask_open_path(parent: QWidget) -> Path | None:
    """Ask which session file to open; ``None`` if the user cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("gui.dialogs", "Open a session"), str(Path.home()),
        translate("gui.dialogs", "Sessions (*.toml);;All files (*)"),
    )
    return Path(name) if name else None


def show_problems(parent: QWidget, error: SessionError, fallback: str) -> None:
    """Tell the user, once, every problem found in a session file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("gui.dialogs", "This session has problems"))
    count = len(error.problems)
    box.setText(translate("gui.dialogs", "{file} could not be used (%n problem(s)).\n{fallback}",
                          None, count).format(file=Path(error.filename).name, fallback=fallback))
    # "line 9: move 2 (Side lunge): reps: …" up front; the exact places below.
    readable = error.readable_lines()
    box.setInformativeText("\n".join(readable[:8]) + ("\n…" if count > 8 else ""))
    box.setDetailedText("\n".join(error.lines()))
    box.exec()


def ask_csv_path(parent: QWidget) -> Path | None:
    """Ask where to export the history; ``None`` if the user cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("gui.dialogs", "Export history"),
        str(Path.home() / "hiptimer-history.csv"), translate("gui.dialogs", "CSV (*.csv)"),
    )
    return Path(name) if name else None


def show_message(parent: QWidget, title: str, text: str) -> None:
    """Tell the user something went wrong, in one dialog."""
    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question; ``True`` means yes."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def ask_restart(parent: QWidget, language: str) -> bool:
    """Say the new ``language`` shows from the next start; whether to start again now."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("gui.dialogs", "Language"),
                      translate("gui.dialogs", "hiptimer will be in {language} from its next "
                                               "start.").format(language=language),
                      QMessageBox.StandardButton.NoButton, parent)
    now = box.addButton(translate("gui.dialogs", "Restart now"),
                        QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("gui.dialogs", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is now


def ask_discard(parent: QWidget) -> bool:
    """Ask whether to throw away unsaved changes to a session; ``True`` means discard them."""
    answer = QMessageBox.question(
        parent,
        translate("gui.dialogs", "Discard changes?"),
        translate("gui.dialogs",
                  "You have changed this session. Close the editor and lose those changes?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def ask_save_as(parent: QWidget, message: str) -> bool:
    """Say why saving failed and offer "Save as…"; ``True`` if the user wants to."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("gui.dialogs", "Not saved"))
    box.setText(message)
    box.setInformativeText(translate("gui.dialogs",
                                     "Your changes are still in the editor. You can save them to "
                                     "another file, or cancel and try again."))
    save_as = box.addButton(translate("gui.dialogs", "Save as…"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is save_as


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save a session; ``None`` if the user cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("gui.dialogs", "Save session as"), str(suggested),
        translate("gui.dialogs", "Sessions (*.toml)"),
    )
    if not name:
        return None
    chosen = Path(name)
    return chosen if chosen.suffix else chosen.with_suffix(".toml")


def ask_picture_path(parent: QWidget, folder: Path) -> Path | None:
    """Ask for a move's picture file; ``None`` if the user cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("gui.dialogs", "Choose a picture"), str(folder),
        translate("gui.dialogs", "Pictures (*.svg *.png *.jpg *.jpeg *.gif *.webp)"),
    )
    return Path(name) if name else None


def ask_sound_path(parent: QWidget, folder: Path) -> Path | None:
    """Ask for a cue's sound file; ``None`` if the user cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("gui.dialogs", "Choose a sound"), str(folder),
        translate("gui.dialogs", "Sounds (*.wav *.ogg *.mp3)"),
    )
    return Path(name) if name else None


def ask_move_name(parent: QWidget, suggested: str) -> str | None:
    """Ask under which name to keep a move in the runner's own moves; ``None`` if cancelled."""
    name, ok = QInputDialog.getText(
        parent, translate("gui.dialogs", "Save to my moves"),
        translate("gui.dialogs", "Name to use it by in any session (move = \"name\"):"),
        text=suggested)
    return name.strip() if ok and name.strip() else None


def ask_replace_move(parent: QWidget, name: str) -> bool:
    """Ask whether to replace the runner's own move called ``name``; ``True`` means replace."""
    answer = QMessageBox.question(
        parent,
        translate("gui.dialogs", "Replace your move?"),
        translate("gui.dialogs", "Your moves already have one called “{name}”. "
                  "Replace it with this one?").format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
