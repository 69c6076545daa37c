"""Screen readers: every control named and described, phase changes and the countdown said."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QWidget

from hiptimer import resources
from hiptimer.gui.window import MainWindow
from hiptimer.runner import RunState
from hiptimer.session import load, loads


def controls(screen: QWidget) -> list[QWidget]:
    return [w for w in screen.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QAbstractSpinBox | QComboBox)
            and w.isVisibleTo(screen)]


def spoken(widget: QWidget) -> tuple[str, str]:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None and face.isValid()
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_every_control_of_every_screen_has_a_name_and_a_description(qtbot, clock):
    win = MainWindow(load(resources.assets_dir() / "sessions" / "hip-circuit.toml"), now=clock)
    qtbot.addWidget(win)
    win.resize(800, 480)
    win.show()
    win.complete()
    screens = [win.start_screen]
    win.run.adapter.start()
    screens.append(win.run_screen)
    seen = 0
    for screen in screens:
        for widget in controls(screen):
            name, description = spoken(widget)
            assert name.strip() and description.strip(), widget
            seen += 1
    assert seen >= 14
    # The run screen's short labels (an arrow) still say what the button does.
    assert spoken(win.run_screen.back)[0] == "◀ Back"
    assert spoken(win.start_screen.rounds)[0] == "Rounds"
    # The words before each box are tied to it.
    buddies = {label.buddy() for label in win.start_screen.findChildren(QLabel)}
    start = win.start_screen
    assert {start.picker, start.rounds, start.scale, start.goal, start.volume} <= buddies


@pytest.fixture
def said(monkeypatch):
    """Record what would reach a screen reader, as if one were listening."""
    events = []
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        staticmethod(lambda event: events.append(_text(event))))
    return events


def _text(event) -> str:
    message = getattr(event, "message", None)
    if callable(message):
        return message()
    face = event.accessibleInterface()
    return face.text(QAccessible.Text.Name) if face is not None else ""


def test_phase_changes_and_the_last_seconds_are_announced(qtbot, clock, said):
    session = loads('name = "S"\nget_ready = 5\n[[moves]]\nname = "Bridge"\nhold = 8\n', "s")
    win = MainWindow(session, now=clock)
    qtbot.addWidget(win)
    win.show()
    adapter = win.run.adapter
    adapter.start()
    assert said and said[0].startswith("Get ready. Next: Bridge")
    for _ in range(5):
        clock.advance(1)
        adapter.wake()
    assert any(text.startswith("Work. Bridge") for text in said)
    before = len(said)
    for _ in range(8):
        clock.advance(1)
        adapter.wake()
    assert adapter.runner.state is RunState.FINISHED
    countdown = [text for text in said[before:] if text in ("3", "2", "1")]
    assert countdown == ["3", "2", "1"]
