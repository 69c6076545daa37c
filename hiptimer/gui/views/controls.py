"""The controls every screen builds the same way: buttons, named boxes, labels tied to them.

A button names its key in the tooltip and screen readers read both; it is
part of the first frame, so this module keeps to what that frame needs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def described(widget: QWidget, name: str, tip: str) -> None:
    """Give ``widget`` the name a screen reader says and the tooltip it also reads."""
    widget.setToolTip(tip)
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(tip)


def labelled(text: str, widget: QWidget) -> QLabel:
    """Return the label shown before ``widget``, tied to it for screen readers."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def button(text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    """Return a button that names its key in the tooltip and never takes the focus.

    The window's style sheet lets buttons take the focus from Tab only, and
    Space stays the window's Start/Pause shortcut even on a focused button.
    """
    widget = QPushButton(text)
    widget.setToolTip(tip)
    widget.setAccessibleName(text)
    widget.setAccessibleDescription(tip)
    widget.clicked.connect(slot)
    return widget
