"""The session editor: change, check live, reorder, add, remove, cancel, and save.

Each test edits a temporary copy of a real session file through the editor's
own widgets and looks at the file that comes out. Questions to the user
(discard changes? save as?) are patched, so no dialog ever waits for a click.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from hiptimer import cli, paths, resources, store
from hiptimer.editing import SESSION, BlockRef, Drop, MoveRef
from hiptimer.gui import dialogs
from hiptimer.gui.views.editor import (
    AmountField,
    NumberField,
    OptionField,
    SessionEditor,
    SoundsField,
)
from hiptimer.gui.views.editor.progression import MoveRuleField, SessionRuleField
from hiptimer.plan import format_seconds, make_plan
from hiptimer.session import SOUND_CUES, load, user_library_path

REPO_ROOT = Path(__file__).resolve().parents[2]
CONFIG = REPO_ROOT / "config.toml"
CIRCUIT = REPO_ROOT / "assets" / "sessions" / "hip-circuit.toml"
BLOCKS = (Path(__file__).resolve().parents[1] / "data" / "blocks.toml").read_text(
    encoding="utf-8"
)


@pytest.fixture(autouse=True)
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Keep every test away from the real config folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return paths.user_sessions_dir()


@pytest.fixture
def no_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fail on any question about saving the test did not expect; always discard on close."""
    asked: list[str] = []

    def unexpected(name: str):
        def ask(*args, **kwargs):
            asked.append(name)
            raise AssertionError(f"unexpected question: {name}")

        return ask

    for name in ("ask_save_as", "ask_save_path", "ask_picture_path", "ask_sound_path",
                 "ask_move_name", "ask_replace_move", "show_message"):
        monkeypatch.setattr(dialogs, name, unexpected(name))
    # Closing an editor with changes at the end of a test asks this; the
    # tests about it patch it again.
    monkeypatch.setattr(dialogs, "ask_discard",
                        (lambda parent: asked.append("ask_discard") or True))
    return asked


@pytest.fixture
def open_editor(qtbot, no_questions):
    def make(file: Path, size: tuple[int, int] = (1000, 700)) -> SessionEditor:
        editor = SessionEditor(store.open_document(file))
        qtbot.addWidget(editor)
        editor.resize(*size)
        editor.show()
        return editor

    return make


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    old, new = before.splitlines(), after.splitlines()
    assert len(old) == len(new), "lines were added or removed"
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


def save(qtbot, editor: SessionEditor) -> Path:
    with qtbot.waitSignal(editor.saved, timeout=2000) as blocker:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def tree_titles(editor: SessionEditor) -> list[str]:
    titles = []
    for key, item in editor.tree.items.items():
        if isinstance(key, MoveRef):
            titles.append(item.text(0).split(". ", 1)[1])
    return titles


def type_into(qtbot, line, text: str) -> None:
    """Replace a line edit's text the way a person does (so ``textEdited`` fires)."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(line, text)


# --- changing and saving ---------------------------------------------------------


def test_changing_reps_and_saving_keeps_the_comments(qtbot, open_editor, config_copy) -> None:
    before = config_copy.read_text(encoding="utf-8")
    editor = open_editor(config_copy)
    assert editor.save_button.isEnabled()
    editor.select_move(0)
    amount = editor.field("reps")
    assert isinstance(amount, AmountField)
    assert amount.current_mode == "reps" and amount.reps.value() == 10
    amount.reps.setValue(12)
    assert editor.modified
    assert editor.tree.items[MoveRef(None, 0)].text(1) == "12 reps each side"

    assert save(qtbot, editor) == config_copy
    assert not editor.isVisible()
    after = config_copy.read_text(encoding="utf-8")
    assert changed_lines(before, after) == [
        ("reps = 10        # each side", "reps = 12        # each side")
    ]
    assert (config_copy.parent / "config.toml.bak").read_text(encoding="utf-8") == before


def test_ctrl_s_saves(qtbot, open_editor, config_copy) -> None:
    editor = open_editor(config_copy)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    editor.select(SESSION)
    editor.field("rest").spin.setValue(20)
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load(config_copy).moves[0].rest == 20


def test_an_invalid_value_is_shown_at_its_field_and_blocks_saving(
    qtbot, open_editor, config_copy
) -> None:
    editor = open_editor(config_copy)
    editor.select_move(1)
    amount = editor.field("reps")
    assert amount.current_mode == "hold"
    amount.hold.setValue(0)

    assert not editor.save_button.isEnabled()
    assert amount.error.isVisible()
    assert amount.error.text() == "must be a number of seconds from 1 to 3600, got 0"
    assert "moves[2].hold" in editor.summary_label.text()
    assert editor.total_label.text() == "Total —"
    item = editor.tree.items[MoveRef(None, 1)]
    assert not item.icon(0).isNull()
    assert "from 1 to 3600" in item.toolTip(0)
    # Other fields and moves are not blamed.
    assert not editor.field("name").error.isVisible()
    assert editor.tree.items[MoveRef(None, 0)].icon(0).isNull()

    amount.hold.setValue(40)
    assert editor.save_button.isEnabled()
    assert not amount.error.isVisible()
    assert item.icon(0).isNull()
    assert editor.summary_label.text() == "✓ Ready to save"


def test_an_emptied_name_is_shown_and_fixing_it_allows_saving(
    qtbot, open_editor, config_copy
) -> None:
    editor = open_editor(config_copy)
    editor.select(SESSION)
    name = editor.field("name")
    type_into(qtbot, name.line, "")
    assert name.error.isVisible()
    assert name.error.text() == "must not be empty"
    assert not editor.save_button.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # refused
    assert load(config_copy).name == "Pre-run glute activation"

    type_into(qtbot, name.line, "Morning activation")
    assert not name.error.isVisible()
    assert editor.save_button.isEnabled()
    save(qtbot, editor)
    assert load(config_copy).name == "Morning activation"


def test_problems_of_a_move_not_on_show_are_marked_in_the_list(
    qtbot, open_editor, config_copy
) -> None:
    editor = open_editor(config_copy)
    editor.select_move(2)
    editor.field("reps").reps.setValue(501)
    editor.select(SESSION)
    assert not editor.save_button.isEnabled()
    assert not editor.current_form.problems.isVisible()  # not a session-wide problem
    assert not editor.tree.items[MoveRef(None, 2)].icon(0).isNull()
    editor.select_move(2)
    assert editor.field("reps").error.text() == "must be a whole number from 1 to 500, got 501"


def test_the_total_time_follows_every_change(qtbot, open_editor, config_copy) -> None:
    editor = open_editor(config_copy)
    expected = make_plan(load(config_copy)).total
    assert editor.total_label.text() == f"Total {format_seconds(expected)}"
    editor.select(SESSION)
    editor.field("rounds").spin.setValue(2)
    editor.select_move(1)
    editor.field("reps").hold.setValue(45)
    session = editor.document.check()
    assert session.blocks[0].rounds == 2
    total = make_plan(session).total
    assert total > expected * 2
    assert editor.total_label.text() == f"Total {format_seconds(total)}"


# --- the move list -----------------------------------------------------------------


def test_reordering_with_the_buttons(qtbot, open_editor, circuit_copy) -> None:
    text = circuit_copy.read_text(encoding="utf-8")
    editor = open_editor(circuit_copy)
    editor.select_move(2)  # front lunge, under "# The lunge matrix"
    assert editor.field("name").line.text() == "Front lunge"
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert editor.current == MoveRef(None, 0)
    assert not editor.up_button.isEnabled()
    assert tree_titles(editor)[:3] == ["Front lunge", "Clam shell", "Glute bridge"]
    editor.select_move(3)
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert tree_titles(editor) == [
        "Front lunge", "Clam shell", "Glute bridge", "Curtsy lunge", "Side lunge",
        "Cross-curtsy lunge",
    ]
    save(qtbot, editor)
    saved = circuit_copy.read_text(encoding="utf-8")
    assert sorted(saved.splitlines()) == sorted(text.splitlines())
    lines = saved.splitlines()
    comment = lines.index("# The lunge matrix: every direction, ten each side.")
    assert lines[comment + 2] == 'move = "front-lunge"'
    assert [m.library_id for m in load(circuit_copy).moves][:2] == ["front-lunge", "clam-shell"]


def test_dragging_a_move_reorders_the_session(qtbot, open_editor, circuit_copy) -> None:
    editor = open_editor(circuit_copy)
    editor._dropped(MoveRef(None, 0), MoveRef(None, 2), Drop.BELOW)
    assert tree_titles(editor)[:3] == ["Glute bridge", "Front lunge", "Clam shell"]
    assert editor.current == MoveRef(None, 2)
    editor._dropped(MoveRef(None, 2), SESSION, Drop.ON)
    assert tree_titles(editor)[0] == "Clam shell"


def test_a_real_drop_event_on_the_list_moves_the_move(qtbot, open_editor, circuit_copy) -> None:
    editor = open_editor(circuit_copy)
    tree = editor.tree
    editor.select_move(0)
    target = editor.tree.items[MoveRef(None, 3)]
    rect = tree.visualItemRect(target)
    point = QPointF(rect.center().x(), rect.bottom() - 1)  # the lower edge: below it
    mime = tree.mimeData([tree.currentItem()])
    event = QDropEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(event)
    assert event.dropAction() == Qt.DropAction.IgnoreAction  # Qt must not move items itself
    qtbot.waitUntil(lambda: editor.current == MoveRef(None, 3), timeout=2000)
    assert tree_titles(editor)[:4] == ["Glute bridge", "Front lunge", "Side lunge", "Clam shell"]
    assert [m.library_id for m in editor.document.check().moves][3] == "clam-shell"


def test_adding_a_move_from_the_library(qtbot, open_editor, config_copy) -> None:
    editor = open_editor(config_copy)
    editor.select_move(0)
    action = next(a for a in editor.add_menu.actions() if a.text() == "Curtsy lunge")
    action.trigger()
    assert editor.current == MoveRef(None, 1)
    assert editor.field("name").line.text() == "Curtsy lunge"
    assert editor.field("name").note.text() == "built-in move"
    assert tree_titles(editor) == ["Clam shell", "Curtsy lunge", "Glute bridge", "Side lunge"]
    assert editor.save_button.isEnabled()
    save(qtbot, editor)
    session = load(config_copy)
    assert [m.library_id for m in session.moves] == [
        "clam-shell", "curtsy-lunge", "glute-bridge", "side-lunge"
    ]
    text = config_copy.read_text(encoding="utf-8")
    assert '[[moves]]\nmove = "curtsy-lunge"\n\n[[moves]]\nmove = "glute-bridge"' in text
    assert "# seconds, hips up" in text


def test_adding_a_blank_move_and_naming_it(qtbot, open_editor, config_copy) -> None:
    editor = open_editor(config_copy)
    editor.select(SESSION)
    next(a for a in editor.add_menu.actions() if a.text() == "Blank move").trigger()
    assert editor.current == MoveRef(None, 3)
    type_into(qtbot, editor.field("name").line, "Calf raise")
    editor.field("reps").reps.setValue(20)
    editor.field("sides").choose("both")
    save(qtbot, editor)
    move = load(config_copy).moves[3]
    assert (move.name, move.reps, move.each_side) == ("Calf raise", 20, True)


def test_removing_moves(qtbot, open_editor, config_copy) -> None:
    editor = open_editor(config_copy)
    editor.select_move(1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert tree_titles(editor) == ["Clam shell", "Side lunge"]
    assert editor.current == MoveRef(None, 1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert tree_titles(editor) == ["Clam shell"]
    assert not editor.remove_button.isEnabled()  # a session needs a move
    save(qtbot, editor)
    assert [m.name for m in load(config_copy).moves] == ["Clam shell"]


def test_switching_a_hold_to_reps_and_back(qtbot, open_editor, config_copy) -> None:
    editor = open_editor(config_copy)
    editor.select_move(1)
    amount = editor.field("reps")
    amount.mode.setCurrentIndex(amount.mode.findData("reps"))
    raw = editor.document.unwrap()["moves"][1]
    assert "hold" not in raw and raw["reps"] == 10
    assert editor.save_button.isEnabled()
    amount.mode.setCurrentIndex(amount.mode.findData("hold"))
    raw = editor.document.unwrap()["moves"][1]
    assert "reps" not in raw and raw["hold"] == 30


def test_self_paced_and_resetting_to_the_sessions_value(qtbot, open_editor, config_copy) -> None:
    editor = open_editor(config_copy)
    editor.select_move(2)  # side lunge, tempo = 3 of its own
    tempo = editor.field("tempo")
    assert tempo.spin.value() == 3 and tempo.reset_button.isVisibleTo(editor)
    tempo.self_paced.setChecked(True)
    assert editor.document.unwrap()["moves"][2]["tempo"] == "self"
    assert not tempo.spin.isEnabled()
    tempo.reset_button.click()
    assert "tempo" not in editor.document.unwrap()["moves"][2]
    assert tempo.spin.value() == 2.5 and tempo.note.text() == "from session"
    assert not tempo.self_paced.isChecked()


# --- blocks ---------------------------------------------------------------------------


def test_blocks_are_shown_and_moves_go_between_them(qtbot, open_editor, tmp_path) -> None:
    file = tmp_path / "blocks.toml"
    file.write_text(BLOCKS, encoding="utf-8")
    editor = open_editor(file)
    assert BlockRef(1) in editor.tree.items
    assert editor.tree.items[BlockRef(1)].text(1) == "× 3"
    assert editor.add_block_button.isVisibleTo(editor)
    editor.select(BlockRef(1))
    assert editor.field("rounds").spin.value() == 3
    editor.field("rounds").spin.setValue(2)
    editor.select(MoveRef(0, 1))
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)  # over into the circuit
    assert editor.current == MoveRef(1, 0)
    editor._dropped(BlockRef(1), BlockRef(0), Drop.ABOVE)
    assert editor.current == BlockRef(0)
    qtbot.mouseClick(editor.add_block_button, Qt.MouseButton.LeftButton)
    assert editor.current == BlockRef(2)
    save(qtbot, editor)
    session = load(file)
    assert [(b.name, b.rounds, [m.name for m in b.moves]) for b in session.blocks] == [
        ("Circuit", 2, ["Glute bridge", "Side lunge", "Front lunge"]),
        ("Activation", 1, ["Clam shell"]),
        ("Block 3", 1, ["New move"]),
    ]
    text = file.read_text(encoding="utf-8")
    for comment in ("# Activation first.", "# Then the circuit.", "# clams"):
        assert comment in text


# --- cancel and closing --------------------------------------------------------------


def test_cancel_discards_everything(qtbot, open_editor, config_copy, monkeypatch) -> None:
    before = config_copy.read_bytes()
    editor = open_editor(config_copy)
    asked = []
    monkeypatch.setattr(dialogs, "ask_discard",
                        (lambda parent: asked.append(parent) or True))
    editor.select_move(0)
    editor.field("reps").reps.setValue(15)
    with qtbot.assertNotEmitted(editor.saved):
        qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert asked == [editor]
    assert not editor.isVisible()
    assert config_copy.read_bytes() == before
    assert not (config_copy.parent / "config.toml.bak").exists()


def test_closing_unchanged_asks_nothing(qtbot, open_editor, config_copy) -> None:
    editor = open_editor(config_copy)
    editor.select_move(0)
    editor.field("reps").reps.setValue(15)
    editor.field("reps").reps.setValue(10)  # back as it was: nothing to lose
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


@pytest.mark.parametrize("discard", [True, False])
def test_unsaved_changes_prompt(qtbot, open_editor, config_copy, monkeypatch, discard) -> None:
    before = config_copy.read_bytes()
    editor = open_editor(config_copy)
    asked = []
    monkeypatch.setattr(dialogs, "ask_discard",
                        (lambda parent: asked.append(parent) or discard))
    editor.select(SESSION)
    editor.field("get_ready").spin.setValue(20)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert editor.isVisible() is not discard
    if not discard:
        assert editor.field("get_ready").spin.value() == 20  # still editing
        editor.close()  # the window's close button asks the same question
        assert len(asked) == 2
        assert editor.isVisible()
    assert config_copy.read_bytes() == before


# --- saving fails ----------------------------------------------------------------------


def test_a_failed_save_offers_save_as(qtbot, open_editor, config_copy, monkeypatch) -> None:
    editor = open_editor(config_copy)
    editor.select_move(0)
    editor.field("reps").reps.setValue(12)
    theirs = config_copy.read_text(encoding="utf-8").replace("rest = 10", "rest = 30")
    config_copy.write_text(theirs, encoding="utf-8")
    messages: list[str] = []
    elsewhere = config_copy.parent / "mine-too.toml"
    monkeypatch.setattr(dialogs, "ask_save_as",
                        (lambda parent, message: messages.append(message) or True))
    monkeypatch.setattr(dialogs, "ask_save_path",
                        (lambda parent, suggested: elsewhere))

    assert save(qtbot, editor) == elsewhere
    assert messages == [
        "config.toml changed on disk since you opened it; it was not overwritten. "
        "Save as another file or reload it."
    ]
    assert config_copy.read_text(encoding="utf-8") == theirs
    assert load(elsewhere).moves[0].reps == 12
    assert "# each side" in elsewhere.read_text(encoding="utf-8")


def test_a_failed_save_can_be_left_alone(qtbot, open_editor, config_copy, monkeypatch) -> None:
    editor = open_editor(config_copy)
    editor.select_move(0)
    editor.field("reps").reps.setValue(12)
    config_copy.chmod(0o644)
    theirs = config_copy.read_bytes() + b"\n# edited elsewhere\n"
    config_copy.write_bytes(theirs)
    monkeypatch.setattr(dialogs, "ask_save_as",
                        (lambda parent, message: False))
    with qtbot.assertNotEmitted(editor.saved):
        assert editor.save() is False
    assert editor.isVisible() and editor.modified
    assert config_copy.read_bytes() == theirs



@pytest.fixture
def told(monkeypatch) -> list[str]:
    """Record what a failed save tells the runner, and decline "Save as…"."""
    messages: list[str] = []

    def decline(parent, message: str) -> bool:
        messages.append(message)
        return False

    monkeypatch.setattr(dialogs, "ask_save_as", decline)
    return messages


def test_a_folder_in_place_of_the_file_is_told_and_the_edits_stay(
    qtbot, open_editor, config_copy, told
) -> None:
    editor = open_editor(config_copy)
    editor.select_move(0)
    editor.field("reps").reps.setValue(12)
    edited = editor.document.as_string()
    kept = config_copy.read_bytes()
    config_copy.unlink()
    config_copy.mkdir()
    with qtbot.assertNotEmitted(editor.saved):
        assert editor.save() is False
    assert len(told) == 1 and "is a folder" in told[0]
    assert "Not saved" in editor.summary_label.text()
    assert editor.isVisible() and editor.modified
    assert editor.document.as_string() == edited
    assert list(config_copy.iterdir()) == []
    # Once the folder is out of the way, the same edits save.
    config_copy.rmdir()
    config_copy.write_bytes(kept)
    assert save(qtbot, editor) == config_copy
    assert load(config_copy).moves[0].reps == 12


def test_an_unexpected_error_while_saving_is_told_and_the_edits_stay(
    qtbot, open_editor, config_copy, told, monkeypatch
) -> None:
    editor = open_editor(config_copy)
    editor.select_move(0)
    editor.field("reps").reps.setValue(12)
    before = config_copy.read_bytes()

    def broken(*args, **kwargs):
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(store, "save", broken)
    with qtbot.assertNotEmitted(editor.saved):
        assert editor.save() is False
    assert len(told) == 1
    assert told[0].startswith("config.toml was not saved")
    assert "something nobody foresaw" in told[0]
    assert editor.isVisible() and editor.modified
    assert config_copy.read_bytes() == before


def test_save_as_into_a_folder_says_why_and_asks_again(
    qtbot, open_editor, config_copy, monkeypatch, tmp_path
) -> None:
    editor = open_editor(config_copy)
    editor.select_move(0)
    editor.field("reps").reps.setValue(12)
    config_copy.write_bytes(config_copy.read_bytes() + b"\n# edited elsewhere\n")
    messages: list[str] = []
    places = [tmp_path, tmp_path / "mine-too.toml"]
    monkeypatch.setattr(dialogs, "ask_save_as",
                        (lambda parent, message: messages.append(message) or True))
    monkeypatch.setattr(dialogs, "ask_save_path",
                        (lambda parent, suggested: places.pop(0)))
    assert save(qtbot, editor) == tmp_path / "mine-too.toml"
    assert len(messages) == 2
    assert "changed on disk" in messages[0] and "is a folder" in messages[1]
    assert load(tmp_path / "mine-too.toml").moves[0].reps == 12


def test_a_session_saved_with_a_bom_opens_and_saves(qtbot, open_editor, config_copy) -> None:
    original = config_copy.read_bytes()
    config_copy.write_bytes(b"\xef\xbb\xbf" + original)
    editor = SessionEditor.for_path(config_copy)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.modified
    editor.select(SESSION)
    editor.field("rest").spin.setValue(20)
    save(qtbot, editor)
    assert config_copy.read_bytes() == b"\xef\xbb\xbf" + original.replace(
        b"rest = 10 ", b"rest = 20 ")


# --- a new runner's first edit ---------------------------------------------------------


@pytest.fixture
def bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Temporary copies of the bundled files, with ``resources`` pointing at them."""
    root = tmp_path / "bundle"
    assets = root / "assets"
    shutil.copytree(REPO_ROOT / "assets" / "sessions", assets / "sessions")
    shutil.copy(REPO_ROOT / "assets" / "moves.toml", assets / "moves.toml")
    shutil.copy(CONFIG, root / "config.toml")
    monkeypatch.setattr(resources, "assets_dir", lambda: assets)
    monkeypatch.setattr(resources, "default_session_path", lambda: root / "config.toml")
    return root


def test_a_new_runner_sets_12_reps_and_2_rounds(qtbot, open_editor, bundle, home) -> None:
    bundled = bundle / "config.toml"
    original = bundled.read_text(encoding="utf-8")
    assert cli.default_session_file() == bundled
    editor = open_editor(cli.default_session_file())
    assert "your own copy" in editor.target_label.text()

    editor.select(SESSION)
    editor.field("rounds").spin.setValue(2)
    for index in (0, 2):
        editor.select_move(index)
        editor.field("reps").reps.setValue(12)
    assert save(qtbot, editor) == home / "config.toml"

    # Untouched bundle; the runner's copy has the change and every comment.
    assert bundled.read_text(encoding="utf-8") == original
    own = (home / "config.toml").read_text(encoding="utf-8")
    expected = [
        line.replace("reps = 10 ", "reps = 12 ")
        for line in original.splitlines()
        if not line.startswith("#:schema")  # no schema beside the copy: the line goes
    ]
    switch = expected.index("switch = 5       # seconds to change sides")
    expected.insert(switch + 1, "rounds = 2")
    assert own.splitlines() == expected

    # "Restart": the default is now the runner's copy, with the change.
    assert cli.default_session_file() == home / "config.toml"
    session = load(cli.default_session_file())
    assert session.blocks[0].rounds == 2
    assert [m.reps for m in session.moves] == [12, None, 12]
    again = open_editor(cli.default_session_file())
    again.select_move(0)
    assert again.field("reps").reps.value() == 12
    assert "Saves to ~/" in again.target_label.text() or "Saves to /" in again.target_label.text()



def test_one_number_field_holds_counts_and_seconds(open_editor, config_copy) -> None:
    editor = open_editor(config_copy)
    editor.select(SESSION)
    rounds, rest = editor.field("rounds"), editor.field("rest")
    assert isinstance(rounds, NumberField) and isinstance(rest, NumberField)
    assert isinstance(rounds.spin, QSpinBox) and rounds.spin.value() == 1
    assert isinstance(rest.spin, QDoubleSpinBox) and rest.spin.text() == "10"
    rest.spin.setValue(12.5)
    assert editor.document.unwrap()["rest"] == 12.5


# --- format 2: every new key in the editor ---------------------------------------------


def test_a_moves_sides_are_chosen_and_saved(qtbot, open_editor, config_copy) -> None:
    editor = open_editor(config_copy)
    editor.select_move(0)  # the built-in clam shell, done on both sides
    sides = editor.field("sides")
    assert isinstance(sides, OptionField)
    assert sides.value == "both" and sides.note.text() == "built-in move"
    sides.choose("alternate")
    assert editor.tree.items[MoveRef(None, 0)].text(1) == "10 reps alternating"
    first = editor.field("first_side")
    first.choose("right")
    save(qtbot, editor)
    text = config_copy.read_text(encoding="utf-8")
    assert 'sides = "alternate"\nfirst_side = "right"\n' in text
    move = load(config_copy).moves[0]
    assert (move.sides.value, move.first_side) == ("alternate", "right")


def test_timed_work_open_ended_and_its_estimate(qtbot, open_editor, config_copy) -> None:
    editor = open_editor(config_copy)
    editor.select_move(1)  # the glute bridge hold
    amount = editor.field("reps")
    estimate = editor.field("estimate")
    assert not estimate.spin.isEnabled() and estimate.note.text() == "not used here"
    amount.mode.setCurrentIndex(amount.mode.findData("work"))
    assert amount.work.isVisibleTo(editor) and not amount.hold.isVisibleTo(editor)
    assert editor.document.unwrap()["moves"][1]["work"] == 30
    amount.open_ended.setChecked(True)
    assert not amount.work.isEnabled()
    assert estimate.spin.isEnabled() and estimate.spin.text() == "auto"
    estimate.spin.setValue(40)
    assert editor.tree.items[MoveRef(None, 1)].text(1) == "until done"
    save(qtbot, editor)
    move = load(config_copy).moves[1]
    assert (move.work, move.open_ended.value, move.estimate) == (None, "work", 40)


def test_an_interval_too_short_is_a_live_problem_under_every(qtbot, open_editor,
                                                             config_copy) -> None:
    editor = open_editor(config_copy)
    editor.select_move(1)
    amount = editor.field("reps")
    amount.mode.setCurrentIndex(amount.mode.findData("work"))
    every = editor.field("every")
    assert every.spin.text() == "off"
    every.spin.setValue(10)
    assert every.error.isVisible()
    assert every.error.text() == "is shorter than one set: the work takes 30 s, every is 10 s"
    assert not editor.save_button.isEnabled()
    assert not editor.own_move_button.isEnabled()
    every.spin.setValue(60)
    assert not every.error.isVisible() and editor.save_button.isEnabled()
    assert not editor.field("set_rest").spin.isEnabled()  # the interval sets the rest
    save(qtbot, editor)
    assert load(config_copy).moves[1].every == 60


def test_a_block_done_one_side_then_the_other(qtbot, open_editor, tmp_path) -> None:
    file = tmp_path / "blocks.toml"
    file.write_text(BLOCKS, encoding="utf-8")
    editor = open_editor(file)
    editor.select(BlockRef(0))
    editor.field("sides").box.setChecked(True)
    editor.field("first_side").choose("right")
    editor.select(MoveRef(0, 0))
    assert not editor.field("first_side").combo.isEnabled()  # the block says
    save(qtbot, editor)
    block = load(file).blocks[0]
    assert (block.one_then_other, block.first_side) == (True, "right")


def test_the_finish_text_and_the_runners_own_sounds(qtbot, open_editor, config_copy,
                                                    monkeypatch) -> None:
    editor = open_editor(config_copy)
    editor.select(SESSION)
    type_into(qtbot, editor.field("finish").line, "Done, well stretched")
    sounds = editor.field("sounds")
    assert isinstance(sounds, SoundsField) and list(sounds.lines) == list(SOUND_CUES)
    whistle = config_copy.parent / "whistle.wav"
    monkeypatch.setattr(dialogs, "ask_sound_path", lambda parent, folder: whistle)
    qtbot.mouseClick(sounds.buttons["go"], Qt.MouseButton.LeftButton)
    assert sounds.lines["go"].text() == "whistle.wav"
    type_into(qtbot, sounds.lines["done"], "gong.txt")
    assert sounds.error.text().startswith("done: must be a .wav")
    assert sounds.lines["done"].property("problem") and not sounds.lines["go"].property("problem")
    assert not editor.save_button.isEnabled()
    type_into(qtbot, sounds.lines["done"], "")
    save(qtbot, editor)
    text = config_copy.read_text(encoding="utf-8")
    # A table of its own, before the moves (the session's tables come first).
    assert '\n[sounds]\ngo = "whistle.wav"\n' in text
    assert text.index("[sounds]") < text.index("[[moves]]")
    session = load(config_copy)
    assert session.finish == "Done, well stretched"
    assert session.sounds == (("go", whistle),)


def test_saving_a_move_to_my_moves(qtbot, open_editor, config_copy, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_move_name",
                        lambda parent, suggested: asked.append(suggested) or suggested)
    monkeypatch.setattr(dialogs, "ask_replace_move",
                        lambda parent, name: asked.append(f"replace {name}") or True)
    editor = open_editor(config_copy)
    editor.select(SESSION)
    assert not editor.own_move_button.isVisibleTo(editor)
    editor.select_move(2)
    editor.field("reps").reps.setValue(12)
    qtbot.mouseClick(editor.own_move_button, Qt.MouseButton.LeftButton)
    assert asked == ["side-lunge"]
    file = user_library_path()
    assert file.read_text(encoding="utf-8") == (
        '[side-lunge]\nmove = "side-lunge"\nreps = 12\ntempo = 3\n')
    assert "Saved to your moves" in editor.summary_label.text()
    assert "side-lunge" in [a.data() for a in editor.add_menu.actions()]
    editor.field("reps").reps.setValue(14)
    qtbot.mouseClick(editor.own_move_button, Qt.MouseButton.LeftButton)
    assert asked == ["side-lunge", "side-lunge", "replace side-lunge"]
    assert "reps = 14\n" in file.read_text(encoding="utf-8")


# --- progression ------------------------------------------------------------------


def test_a_moves_own_progression_rule_is_edited_checked_and_saved(qtbot, open_editor,
                                                                  config_copy) -> None:
    editor = open_editor(config_copy)
    editor.select_move(0)
    group = editor.field("progression")
    assert isinstance(group, MoveRuleField)
    assert group.mode.currentData() == "session"
    assert group.rows["ceiling"].spin.value() == 20 and not group.rows["ceiling"].spin.isEnabled()
    assert group.rows["ceiling"].note.text() == "from session"
    assert group.then.itemText(0) == "Its harder variation (Clam shell, hips bent)"
    group.choose("own")
    ceiling, floor = group.rows["ceiling"].spin, group.rows["floor"].spin
    assert ceiling.isEnabled() and group.then.isEnabled()
    ceiling.setValue(16)
    floor.setValue(18)
    assert group.error.isVisible()
    assert group.error.text() == "floor: must not be above the ceiling (16), got 18"
    assert floor.property("problem") and not ceiling.property("problem")
    assert not editor.save_button.isEnabled()
    floor.setValue(4)
    assert not group.error.isVisible() and editor.save_button.isEnabled()
    group.choose_then(False)
    assert group.then.currentText() == "Stay at the ceiling"
    editor.select_move(2)
    editor.field("progression").choose("off")
    save(qtbot, editor)
    text = config_copy.read_text(encoding="utf-8")
    assert "reps = 10        # each side\nprogression = { ceiling = 16, floor = 4, " \
        "then = false }\n" in text
    assert "tempo = 3        # lunges go slower\nprogression = false\n" in text
    moves = load(config_copy).moves
    assert moves[0].progression is not None and moves[0].progression.floor == 4
    assert moves[2].progression is not None and not moves[2].progression.enabled


def test_the_sessions_progression_is_edited_and_saved(qtbot, open_editor, config_copy) -> None:
    editor = open_editor(config_copy)
    editor.select(SESSION)
    group = editor.field("progression")
    assert isinstance(group, SessionRuleField)
    rows = group.rows
    assert rows["after"].spin.value() == 2 and rows["reps.ceiling"].spin.value() == 20
    assert rows["work.step"].spin.text() == "none"
    rows["work.step"].spin.setValue(10)
    assert rows["work.ceiling"].spin.value() == 3600
    assert rows["work.ceiling"].note.text() == "default"
    rows["after"].spin.setValue(3)
    qtbot.mouseClick(rows["hold.ceiling"].reset, Qt.MouseButton.LeftButton)
    assert rows["hold.ceiling"].spin.value() == 3600
    save(qtbot, editor)
    text = config_copy.read_text(encoding="utf-8")
    assert "[progression]\nafter = 3\nreps = { step = 2, ceiling = 20 }\nhold = { step = 5 }\n" \
        "work = { step = 10 }\n\n[[moves]]" in text
    rules = load(config_copy).progression
    assert rules is not None and rules.after == 3 and rules.work is not None


def test_clearing_the_sessions_progression_takes_the_table_out(qtbot, open_editor,
                                                               config_copy) -> None:
    editor = open_editor(config_copy)
    editor.select(SESSION)
    rows = editor.field("progression").rows
    for key in ("reps.step", "reps.ceiling", "hold.step", "hold.ceiling"):
        rows[key].spin.setValue(0)
    qtbot.mouseClick(rows["after"].reset, Qt.MouseButton.LeftButton)
    assert rows["reps.step"].spin.text() == "none"
    rows["hold.step"].spin.setValue(700)  # above the step's range: held at 600
    assert rows["hold.step"].spin.value() == 600
    rows["hold.step"].spin.setValue(0)
    save(qtbot, editor)
    assert "progression" not in config_copy.read_text(encoding="utf-8")
    assert load(config_copy).progression is None
