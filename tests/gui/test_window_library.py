"""The start screen's library, "Keep these", and the editor opened from the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from hiptimer import cli, library, paths, resources
from hiptimer.gui import dialogs
from hiptimer.gui.views.editor import SessionEditor
from hiptimer.gui.window import MainWindow
from hiptimer.session import load


def make(qtbot, clock, path: Path | None = None) -> MainWindow:
    win = MainWindow(load(path or cli.default_session_file()), now=clock)
    qtbot.addWidget(win)
    # The ⋯ menu's items, like the keys, come with the rest once the first
    # frame is out.
    with qtbot.waitSignal(win.first_frame_shown):
        win.show()
    return win


def test_keep_these_saves_the_users_copy_and_it_wins_next_time(qtbot, clock):
    bundled = resources.default_session_path()
    original = bundled.read_bytes()
    win = make(qtbot, clock)
    screen = win.start_screen
    assert not screen.keep.isEnabled()
    screen.rounds.setValue(2)
    screen.step_scale(+2)  # 120 %: 10 reps become 12
    assert screen.keep.isEnabled()
    qtbot.mouseClick(screen.keep, Qt.MouseButton.LeftButton)

    own = paths.user_default_session()
    assert own.is_file()
    assert bundled.read_bytes() == original
    text = own.read_text()
    assert "# seconds between moves" in text  # comments kept
    assert cli.default_session_file() == own

    again = make(qtbot, clock)  # "restart the app"
    again.app.list_library()  # as when the picker opens
    clams = again.app.session.moves[0]
    assert clams.reps == 12
    assert again.app.session.blocks[0].rounds == 2
    assert again.app.session.moves[1].hold == 36
    assert "(your copy)" in again.start_screen.picker.currentText()


def test_opened_files_become_recent_and_can_be_picked(qtbot, clock, tmp_path, monkeypatch):
    mine = tmp_path / "mine.toml"
    mine.write_text('name = "Mine"\n[[moves]]\nmove = "glute-bridge"\n')
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent: mine)
    win = make(qtbot, clock)
    win.actions_by_name["open"].trigger()
    assert mine in library.recent_files()
    picker = win.start_screen.picker
    default = picker.findData(str(resources.default_session_path()))
    picker.setCurrentIndex(default)
    picker.activated.emit(default)
    assert win.app.session.name == "Pre-run glute activation"
    index = picker.findData(str(mine))
    assert index >= 0
    picker.activated.emit(index)
    assert win.app.session.name == "Mine"


def test_duplicate_then_delete_to_trash(qtbot, clock, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    win = make(qtbot, clock)
    assert not win.start_screen.delete_action.isEnabled()  # built-ins cannot be deleted
    win.app.duplicate_session()
    copy = win.app.base_session.source
    assert copy is not None and copy.parent == paths.user_sessions_dir()
    assert win.app.session.name.endswith("(copy)")
    assert win.start_screen.delete_action.isEnabled()
    win.app.delete_session()
    assert not copy.exists()
    assert any(p.name == copy.name for p in library.trashed())
    assert win.app.session.name == "Pre-run glute activation"

    win.app.list_trash()
    actions = win.start_screen.restore_menu.actions()
    assert [a.text() for a in actions] == [copy.name]
    actions[0].trigger()
    assert copy.exists()
    assert win.app.session.name.endswith("(copy)")
    win.app.list_trash()
    assert win.start_screen.restore_menu.actions()[0].text() == "(the trash is empty)"


def test_ctrl_e_opens_the_editor_and_a_save_reloads_the_session(qtbot, clock, tmp_path):
    mine = tmp_path / "mine.toml"
    mine.write_text('# my own\nname = "Mine"\n\n[[moves]]\nmove = "clam-shell"\nreps = 8\n')
    win = make(qtbot, clock, mine)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = win.editor
    assert isinstance(editor, SessionEditor)
    qtbot.waitUntil(editor.isVisible)
    assert editor.document.unwrap()["moves"][0]["reps"] == 8
    from hiptimer import store

    store.set_value(editor.document, ("moves", 0, "reps"), 14)
    assert editor.save()
    assert win.app.session.moves[0].reps == 14
    assert mine.read_text().startswith("# my own\n")
    assert "Clam shell: 14 reps each side" in win.start_screen.moves.text()


def test_library_is_listed_when_the_picker_opens_not_before(qtbot, clock):
    win = MainWindow(load(cli.default_session_file()), now=clock)
    qtbot.addWidget(win)
    picker = win.start_screen.picker
    assert picker.count() == 1  # only the current session before the first frame
    with qtbot.waitSignal(win.first_frame_shown, timeout=2000):
        win.show()
    picker.showPopup()
    picker.hidePopup()
    names = [picker.itemText(i) for i in range(picker.count())]
    assert "Hip strength circuit — 3 rounds" in names
    assert "Lunge matrix" in names
