"""Announcements to screen readers: what a runner who can see it notices change, said.

A phase's start and the last three seconds of a countdown are announced as
they happen, politely (after what the reader is saying). Qt 6.8 and later
have an announcement event for this; before it, the text becomes the
widget's accessible name with an alert. Nothing is built while no screen
reader listens (``QAccessible.isActive``).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say ``text``, as coming from ``widget``."""
    if not text or not QAccessible.isActive():
        return
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # Qt before 6.8
        widget.setAccessibleName(text)
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
        return
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
