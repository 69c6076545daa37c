"""The window in German, French and Spanish: Qt's words, the core's, and room for them.

Each shipped language is installed as the program installs it (Qt's
translators, the core handed ``QCoreApplication.translate``), the session is
loaded after it as at start-up, and the screens are checked for what a
runner would see: their words, and nothing cut at 800×480.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from test_start_layout import layout_problems

from hiptimer import i18n, resources
from hiptimer.gui import language
from hiptimer.gui.window import MainWindow
from hiptimer.runner import RunState
from hiptimer.session import load

SHIPPED = [code for code in i18n.LANGUAGES if code != i18n.DEFAULT]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Return a function that puts the program in a language; English again afterwards."""

    def put(code: str) -> None:
        assert language.install(qapp, code) == []

    yield put
    language.install(qapp, i18n.DEFAULT)
    i18n.use(i18n.DEFAULT)


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_qt_and_the_core_give_the_same_words_for_every_message(speak, code: str) -> None:
    speak(code)
    own = i18n.Catalogue(code)
    root = ElementTree.parse(i18n.catalogue_path(code)).getroot()
    checked = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or None
            counts = (0, 1, 2, 5) if message.get("numerus") == "yes" else (-1,)
            for n in counts:
                assert i18n.translate(name, source, comment, n) == own(
                    name, source, comment, n), (name, source, n)
                checked += 1
    assert checked > (40 if code == i18n.DEFAULT else 600)


@pytest.mark.parametrize("code", SHIPPED)
@pytest.mark.parametrize("size", [(800, 480), (1280, 800)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_is_in_the_language_and_nothing_is_cut(qtbot, clock, speak, code: str,
                                                            size: tuple[int, int]) -> None:
    speak(code)
    path = resources.assets_dir() / "sessions" / "hip-circuit.toml"
    win = MainWindow(load(path), now=clock)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.complete()
    win.app.set_muted(True, remember=False)
    qtbot.wait(1)
    start = win.start_screen
    assert start.start.text() == i18n.translate("gui.views.start", "Start  (Space)")
    assert start.start.text() != "Start  (Space)"
    assert layout_problems(start) == []
    # The built-in session and its moves come in the language too.
    assert win.app.session.name != "Hip strength circuit — 3 rounds"
    assert win.app.session.moves[0].name != "Clam shell"
    adapter = win.run.adapter
    adapter.start()
    clock.advance(12)
    adapter.wake()
    screen = win.run_screen
    screen.show_full_screen(True)
    adapter.pause()
    qtbot.wait(1)
    assert layout_problems(screen, overlays=(screen.paused, screen.flash)) == []
    while adapter.runner.state is not RunState.FINISHED:
        adapter.skip()
    qtbot.wait(1)
    assert win.stack.currentWidget() is win.finish_screen
    assert layout_problems(win.finish_screen) == []


def test_the_language_menu_saves_the_pick_and_offers_a_restart(qtbot, tmp_path: Path) -> None:
    menu = QMenu()
    qtbot.addWidget(menu)
    asked: list[str] = []
    restarted: list[object] = []
    answer = {"now": False}

    def ask(_parent: object, name: str) -> bool:
        asked.append(name)
        return answer["now"]

    group = language.offer(menu, menu, ask, on_restart=restarted.append)
    entries = group.actions()
    assert [a.text() for a in entries][1:] == list(i18n.LANGUAGES.values())
    assert entries[0].isChecked()  # nothing saved: the system's language
    entries[2].trigger()  # Deutsch, later
    assert i18n.saved_choice() == "de" and asked == ["Deutsch"] and restarted == []
    answer["now"] = True
    entries[0].trigger()  # back to the system's, now
    assert i18n.saved_choice() is None and restarted == [menu]
    # The next menu shows what was saved.
    i18n.save_choice("es")
    other = QMenu()
    qtbot.addWidget(other)
    again = language.offer(other, menu, ask, on_restart=restarted.append)
    assert [a.isChecked() for a in again.actions()] == [False, False, False, False, True]


def test_a_pick_that_cannot_be_saved_is_said_and_nothing_restarts(qtbot, monkeypatch) -> None:
    def refuse(code: str | None, path: Path | None = None) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(i18n, "save_choice", refuse)
    said: list[str] = []
    menu = QMenu()
    qtbot.addWidget(menu)
    group = language.offer(menu, menu, lambda *_: pytest.fail("asked"),
                           on_restart=lambda _: pytest.fail("restarted"), notice=said.append)
    group.actions()[3].trigger()
    assert said == ["The language could not be saved: Permission denied"]


@pytest.mark.parametrize(("argv", "command"), [
    (["python3", "main.py", "--lang", "de", "s.toml"], ["/py", "main.py", "s.toml"]),
    (["python3", "-m", "hiptimer", "--lang=fr", "--start", "--mute"],
     ["/py", "-m", "hiptimer", "--mute"]),
    (["/venv/bin/python", "/venv/bin/hiptimer"], ["/py", "/venv/bin/hiptimer"]),
])
def test_a_restart_starts_the_program_as_it_was_started_but_without_lang(
        argv: list[str], command: list[str]) -> None:
    assert language.restart_command(argv, "/py") == command
