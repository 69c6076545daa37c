"""Every question the GUI puts to the user, each one small function that tests replace.

A test patches the function (``monkeypatch.setattr(dialogs, "ask_discard",
...)``) and no modal dialog ever waits for a click. The editor's questions
are here; callers look them up through this module at the moment they ask,
so a patched function is the one used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def ask_discard(parent: QWidget) -> bool:
    """Ask whether to throw away unsaved changes to a session; ``True`` means discard them."""
    answer = QMessageBox.question(
        parent,
        "Discard changes?",
        "You have changed this session. Close the editor and lose those changes?",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def ask_save_as(parent: QWidget, message: str) -> bool:
    """Say why saving failed and offer "Save as…"; ``True`` if the user wants to."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Not saved")
    box.setText(message)
    box.setInformativeText("Your changes are still in the editor. You can save them to "
                           "another file, or cancel and try again.")
    save_as = box.addButton("Save as…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is save_as


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save a session; ``None`` if the user cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent, "Save session as", str(suggested), "Sessions (*.toml)"
    )
    if not name:
        return None
    chosen = Path(name)
    return chosen if chosen.suffix else chosen.with_suffix(".toml")


def ask_picture_path(parent: QWidget, folder: Path) -> Path | None:
    """Ask for a move's picture file; ``None`` if the user cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent, "Choose a picture", str(folder), "Pictures (*.svg *.png *.jpg *.jpeg)"
    )
    return Path(name) if name else None
