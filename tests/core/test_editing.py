"""The editor's model: what it shows and changes in a session document, without Qt.

Every test opens a real session file as a ``store.Document``, asks the model
what the editor would show (inherited values, list labels, problems by
field) or makes a change through it, and looks at the document's text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hiptimer import store
from hiptimer.editing import (
    BLANK_MOVE,
    DEFAULT_HOLD,
    DEFAULT_REPS,
    SESSION,
    BlockRef,
    Drop,
    ListButtons,
    MoveRef,
    SessionModel,
    SessionRef,
    Shown,
    describe,
    key_path,
    number,
    source_note,
    source_words,
    write_differences,
)
from hiptimer.errors import Problem, SessionError
from hiptimer.plan import format_seconds, make_plan
from hiptimer.session import customise, format_path, load, loads

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / "config.toml"
BLOCKS = (REPO / "tests" / "data" / "blocks.toml").read_text(encoding="utf-8")


def problems_of(text: str) -> list[tuple[str, tuple[str | int, ...]]]:
    with pytest.raises(SessionError) as caught:
        loads(text)
    return [(p.path, p.keys) for p in caught.value.problems]


# --- problems carry their keys ----------------------------------------------------

def test_a_problem_carries_its_key_path_as_keys() -> None:
    text = (
        'name = "x"\n[[blocks]]\n[[blocks.moves]]\nname = "a"\nreps = 1\n'
        '[[blocks]]\n[[blocks.moves]]\nname = "b"\nreps = -3\n'
    )
    assert problems_of(text) == [("blocks[2].moves[1].reps", ("blocks", 1, "moves", 0, "reps"))]


def test_the_shown_path_is_made_from_the_keys() -> None:
    text = 'nam = "x"\n[[moves]]\nname = "a"\nrep = 3\n'
    found = problems_of(text)
    assert found and all(path == format_path(keys) for path, keys in found)
    assert ("moves[1]", ("moves", 0)) in found


def test_a_problem_with_the_whole_file_has_no_keys() -> None:
    assert problems_of('name = "x"\n[[moves]\n') == [("", ())]


def test_a_refused_customisation_names_its_key() -> None:
    session = load(CONFIG)
    with pytest.raises(SessionError) as caught:
        customise(session, reps=0, rounds=0, scale=100.0)
    assert [p.keys for p in caught.value.problems] == [("reps",), ("rounds",), ("scale",)]


# --- the model over a document ------------------------------------------------------

@pytest.fixture(autouse=True)
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep every test away from the real config folder (built-ins save there)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


def model_of(tmp_path: Path, text: str | None = None, source: Path = CONFIG) -> SessionModel:
    file = tmp_path / "session.toml"
    file.write_text(source.read_text(encoding="utf-8") if text is None else text,
                    encoding="utf-8")
    model = SessionModel(store.open_document(file))
    model.check()
    return model


def test_references_name_tables_in_the_document() -> None:
    assert key_path(SESSION) == ()
    assert key_path(BlockRef(1)) == ("blocks", 1)
    assert key_path(MoveRef(None, 2)) == ("moves", 2)
    assert key_path(MoveRef(1, 0)) == ("blocks", 1, "moves", 0)
    # Frozen and compared by value, so they can key the move list's items.
    assert {MoveRef(None, 0): 1}[MoveRef(None, 0)] == 1
    assert SessionRef() == SESSION and MoveRef(0, 0) != MoveRef(None, 0)


def test_the_list_holds_the_session_its_blocks_and_their_moves(tmp_path: Path) -> None:
    flat = model_of(tmp_path)
    assert flat.refs() == [SESSION, MoveRef(None, 0), MoveRef(None, 1), MoveRef(None, 2)]
    blocks = model_of(tmp_path, BLOCKS)
    assert blocks.refs() == [SESSION, BlockRef(0), MoveRef(0, 0), MoveRef(0, 1),
                             BlockRef(1), MoveRef(1, 0), MoveRef(1, 1)]


def test_what_a_move_inherits_and_from_where(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    first = MoveRef(None, 0)  # clam shell, reps = 10 of its own
    assert model.shown(first, "reps") == Shown(10, True, "built-in")
    assert model.shown(first, "name") == Shown("Clam shell", False, "built-in")
    assert model.shown(first, "rest") == Shown(10, False, "session")
    assert model.shown(first, "set_rest") == Shown(15, False, "default")
    assert model.shown(MoveRef(None, 2), "tempo") == Shown(3, True, "session")
    assert model.shown(SESSION, "tempo") == Shown(2.5, True, "default")
    assert model.source(first, "switch") == "session"


def test_a_block_passes_its_settings_to_its_moves(tmp_path: Path) -> None:
    text = BLOCKS.replace('name = "Circuit"\n', 'name = "Circuit"\ntempo = 4\n')
    model = model_of(tmp_path, text)
    assert model.shown(MoveRef(1, 0), "tempo") == Shown(4, False, "block")
    assert model.shown(MoveRef(0, 0), "tempo").source != "block"
    assert model.shown(BlockRef(1), "rest") == Shown(10, False, "session")


def test_the_amount_is_reps_or_a_hold(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    assert model.amount(MoveRef(None, 0)) == Shown(("reps", 10), True, "built-in")
    assert model.amount(MoveRef(None, 1)) == Shown(("hold", 30), True, "built-in")
    model.set(MoveRef(None, 1), "hold", None)  # the built-in's hold applies again
    assert model.amount(MoveRef(None, 1)).explicit is False
    assert model.amount(MoveRef(None, 1)).value[0] == "hold"


def test_list_labels_and_form_titles(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    assert model.label(MoveRef(None, 0)) == ("1. Clam shell", "10 reps each side")
    assert model.label(MoveRef(None, 1)) == ("2. Glute bridge", "30 s")
    assert model.title(MoveRef(None, 1)) == "Move 2 of 3"
    assert model.title(SESSION) == "Whole session"
    blocks = model_of(tmp_path, BLOCKS)
    assert blocks.label(BlockRef(1)) == ("Circuit", "× 3")
    assert blocks.label(BlockRef(0)) == ("Activation", "")
    assert blocks.title(MoveRef(1, 0)) == "Move 1 of 2 in block 2"
    assert blocks.title(BlockRef(0)) == "Block 1"


def test_setting_and_resetting_a_value_keeps_the_comments(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    before = model.document.as_string()
    assert model.set(MoveRef(None, 0), "reps", 12)
    assert model.shown(MoveRef(None, 0), "reps") == Shown(12, True, "built-in")
    assert "reps = 12        # each side" in model.document.as_string()
    assert model.modified
    assert model.reset(MoveRef(None, 0), ("reps",))
    assert model.shown(MoveRef(None, 0), "reps") == Shown(10, False, "built-in")
    # Typing the built-in's own 10 again writes nothing: it applies already.
    assert model.set(MoveRef(None, 0), "reps", 10)
    assert model.document.as_string().count("\n") == before.count("\n") - 1
    assert model.shown(MoveRef(None, 0), "reps") == Shown(10, False, "built-in")


CUSTOM = 'name = "Mine"\nrest = 20\n\n[[moves]]\nname = "Clam"\nreps = 10\n'


@pytest.mark.parametrize(
    ("ref", "key", "value"),
    [
        (MoveRef(None, 0), "sets", 1),  # the example: sets default to one
        (MoveRef(None, 0), "sets", 1.0),  # a spin box's float
        (MoveRef(None, 0), "each_side", False),
        (MoveRef(None, 0), "mirror", True),
        (MoveRef(None, 0), "rest", 20),  # the session's
        (MoveRef(None, 0), "tempo", 2.5),  # hiptimer's default
        (SESSION, "get_ready", 10),
        (SESSION, "rounds", 1),
    ],
)
def test_a_value_equal_to_what_it_inherits_is_not_written(
    tmp_path: Path, ref: SessionRef | MoveRef, key: str, value: object
) -> None:
    model = model_of(tmp_path, CUSTOM)
    assert model.set(ref, key, value)
    assert model.document.as_string() == CUSTOM
    assert not model.modified


def test_a_value_of_another_kind_is_written(tmp_path: Path) -> None:
    """``true`` is not ``1``: only the same value in the same kind is left out."""
    model = model_of(tmp_path, CUSTOM)
    assert model.set(MoveRef(None, 0), "sets", True)
    assert "sets = true" in model.document.as_string()


def test_typing_back_the_default_takes_the_line_out_again(tmp_path: Path) -> None:
    model = model_of(tmp_path, CUSTOM)
    clam = MoveRef(None, 0)
    assert model.set(clam, "sets", 2)
    assert model.set(clam, "rest", 30)
    assert "sets = 2\n" in model.document.as_string()
    assert model.set(clam, "sets", 1)
    assert model.set(clam, "rest", 20)
    assert model.document.as_string() == CUSTOM
    assert model.shown(clam, "sets") == Shown(1, False, "default")


def test_a_commented_line_keeps_its_comment_when_set_back_to_the_default(
    tmp_path: Path
) -> None:
    model = model_of(tmp_path)  # config.toml: "reps = 10        # each side"
    clam = MoveRef(None, 0)
    before = model.document.as_string()
    assert model.set(clam, "reps", 12)
    assert model.set(clam, "reps", 10)
    assert model.document.as_string() == before


def test_a_change_the_structure_refuses_is_reported(tmp_path: Path) -> None:
    model = model_of(tmp_path, 'name = "x"\nmoves = 3\n')
    assert model.set(MoveRef(None, 0), "reps", 4) is False
    assert model.add_move(SESSION, None) is None


def test_switching_between_reps_and_a_hold(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    bridge = MoveRef(None, 1)
    assert model.switch_amount(bridge, "reps")
    assert model.table(bridge).get("reps") == DEFAULT_REPS and "hold" not in model.table(bridge)
    assert model.switch_amount(bridge, "hold")
    assert model.table(bridge)["hold"] == 30  # the built-in glute bridge's hold
    assert model.switch_amount(MoveRef(None, 0), "hold")
    assert model.table(MoveRef(None, 0))["hold"] == DEFAULT_HOLD  # clams have none


def test_one_rep_and_one_problem_are_singular(tmp_path: Path) -> None:
    model = model_of(tmp_path, CUSTOM)
    assert model.set(MoveRef(None, 0), "reps", 1)
    assert model.label(MoveRef(None, 0)) == ("1. Clam", "1 rep")
    assert model.set(MoveRef(None, 0), "reps", 0)
    status = model.check()
    assert status.summary.startswith("⚠ 1 problem to fix before saving — ")
    assert "more)" not in status.summary
    assert not status.ok


def test_checking_finds_problems_by_field(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    assert model.status().ok and model.status().summary == "✓ Ready to save"
    model.set(MoveRef(None, 2), "reps", 501)
    model.set(SESSION, "name", "")
    status = model.check()
    assert not status.ok and not model.valid
    assert status.summary.startswith("⚠ 2 problems to fix before saving — ")
    assert status.total == "Total —"
    assert status.title == "Edit session*"
    assert [key for key, _ in model.problems_at(MoveRef(None, 2))] == ["reps"]
    assert model.problems_at(MoveRef(None, 0)) == []
    # The session's form shows its own problems, not its moves'.
    assert [key for key, _ in model.problems_at(SESSION)] == ["name"]
    assert len(model.problems_in(MoveRef(None, 2))) == 1
    assert [p.keys for p in model.problems_in(SESSION)] == [("name",)]


def test_a_valid_session_shows_its_total(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    status = model.check()
    session = model.document.check()
    assert status.total == f"Total {format_seconds(make_plan(session).total)}"
    assert status.title == "Edit “Pre-run glute activation”"


def test_adding_removing_and_shifting_moves(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    assert model.add_move(MoveRef(None, 0), "curtsy-lunge") == MoveRef(None, 1)
    assert model.table(MoveRef(None, 1)) == {"move": "curtsy-lunge"}
    assert model.add_move(SESSION, None) == MoveRef(None, 4)
    assert model.table(MoveRef(None, 4)) == dict(BLANK_MOVE)
    assert model.remove(MoveRef(None, 4)) == MoveRef(None, 3)
    assert model.shift(MoveRef(None, 0), -1) is None  # already first
    assert model.shift(MoveRef(None, 0), 1) == MoveRef(None, 1)
    assert model.table(MoveRef(None, 0)) == {"move": "curtsy-lunge"}
    assert model.buttons(MoveRef(None, 0)) == ListButtons(True, False, True, "Remove this move")
    assert model.buttons(SESSION) == ListButtons(False, False, False, None)


def test_the_last_move_cannot_go(tmp_path: Path) -> None:
    model = model_of(tmp_path, 'name = "x"\n[[moves]]\nname = "a"\nreps = 3\n')
    assert model.buttons(MoveRef(None, 0)) == ListButtons(
        False, False, False, "A session needs at least one move")


def test_moves_cross_blocks_and_blocks_reorder(tmp_path: Path) -> None:
    model = model_of(tmp_path, BLOCKS)
    assert model.shift(MoveRef(0, 1), 1) == MoveRef(1, 0)  # over into the circuit
    assert len(model.moves_of(0)) == 1 and len(model.moves_of(1)) == 3
    assert model.shift(MoveRef(0, 0), 1) is None  # a block keeps one move
    assert model.drop(BlockRef(1), BlockRef(0), Drop.ABOVE) == BlockRef(0)
    assert model.label(BlockRef(0))[0] == "Circuit"
    assert model.add_block() == BlockRef(2)
    assert model.label(BlockRef(2))[0] == "Block 3"
    assert model.remove(BlockRef(2)) == BlockRef(1)
    assert model.buttons(BlockRef(0)) == ListButtons(True, False, True,
                                                     "Remove this block and its moves")
    assert model_of(tmp_path).add_block() is None  # a session of moves has no blocks


def test_dropping_moves(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    names = lambda: [model.label(r)[0].split(". ", 1)[1] for r in model.refs()[1:]]  # noqa: E731
    assert model.drop(MoveRef(None, 0), MoveRef(None, 2), Drop.BELOW) == MoveRef(None, 2)
    assert names() == ["Glute bridge", "Side lunge", "Clam shell"]
    assert model.drop(MoveRef(None, 2), SESSION, Drop.ON) == MoveRef(None, 0)
    assert names() == ["Clam shell", "Glute bridge", "Side lunge"]
    assert model.drop(MoveRef(None, 0), None, Drop.VIEWPORT) == MoveRef(None, 2)
    assert names() == ["Glute bridge", "Side lunge", "Clam shell"]
    assert model.drop(MoveRef(None, 2), MoveRef(None, 0), Drop.ABOVE) == MoveRef(None, 0)
    assert model.drop(SESSION, MoveRef(None, 0), Drop.ON) is None


def test_dropping_a_move_on_a_block(tmp_path: Path) -> None:
    model = model_of(tmp_path, BLOCKS)
    assert model.drop(MoveRef(1, 1), BlockRef(0), Drop.ON) == MoveRef(0, 2)
    assert model.drop(MoveRef(0, 0), BlockRef(1), Drop.ABOVE) == MoveRef(0, 2)


def test_a_saved_model_is_not_modified(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    model.set(SESSION, "rest", 20)
    assert model.modified
    model.mark_saved()
    assert not model.modified


def test_where_save_writes(tmp_path: Path) -> None:
    text, tip = model_of(tmp_path).target_note()
    assert text.startswith("Saves to ") and tip == str(tmp_path / "session.toml")
    builtin = SessionModel(store.open_document(CONFIG))
    assert builtin.target_note()[0].startswith("Built-in session: saves to your own copy, ")


def test_a_picture_beside_the_session_is_named_relative_to_it(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    assert model.picture_path(tmp_path / "pics" / "a.png") == Path("pics/a.png")
    assert model.picture_path(Path("/elsewhere/a.png")) == Path("/elsewhere/a.png")


def test_values_and_problems_in_words() -> None:
    assert number(3) == 3.0 and number(True) is None and number("3") is None
    assert source_words("block") == "set for the block"
    assert source_note("built-in") == "built-in move"
    assert describe(Problem("moves[1].reps", "bad", 4)) == "line 4: moves[1].reps: bad"
    assert describe(Problem("", "bad")) == "bad"


def test_writing_the_start_screens_changes_back(tmp_path: Path) -> None:
    file = tmp_path / "session.toml"
    file.write_text(CONFIG.read_text(encoding="utf-8"), encoding="utf-8")
    before = load(file)
    after = customise(before, reps=12, rounds=2)
    document = store.open_document(file)
    write_differences(document, before, after)
    again = document.check()
    assert again.blocks[0].rounds == 2
    assert [m.reps for m in again.moves] == [12, None, 12]
    assert "# each side" in document.as_string()


def test_the_start_screens_changes_back_to_the_defaults_leave_the_file_minimal(
    tmp_path: Path
) -> None:
    file = tmp_path / "blocks.toml"
    file.write_text(BLOCKS, encoding="utf-8")
    before = load(file)
    document = store.open_document(file)
    write_differences(document, before, customise(before, rounds=1))
    # The circuit's "rounds = 3" goes: one round is what a block does anyway.
    assert document.as_string() == BLOCKS.replace("rounds = 3\n", "")
    assert [b.rounds for b in document.check().blocks] == [1, 1]


def test_writing_differences_into_blocks(tmp_path: Path) -> None:
    file = tmp_path / "blocks.toml"
    file.write_text(BLOCKS, encoding="utf-8")
    before = load(file)
    after = customise(before, rounds=4)
    document = store.open_document(file)
    write_differences(document, before, after)
    assert [b.rounds for b in document.check().blocks] == [b.rounds for b in after.blocks]
    assert "rounds = 4" in document.as_string()
    changed = [b for b, (old, new) in enumerate(zip(before.blocks, after.blocks, strict=True))
               if old.rounds != new.rounds]
    assert changed
    for b in changed:
        assert document.unwrap()["blocks"][b]["rounds"] == after.blocks[b].rounds


def test_a_broken_structure_shows_only_the_session(tmp_path: Path) -> None:
    model = model_of(tmp_path, 'name = "x"\nmoves = 3\n')
    assert model.refs() == [SESSION]
    assert model.table(MoveRef(None, 0)) == {}
    assert [key for key, _ in model.problems_at(SESSION)] == ["moves"]
    assert model.shift(MoveRef(None, 0), 1) is None
    assert model.remove(MoveRef(None, 0)) is None


def test_a_blocks_form_leaves_its_moves_problems_to_them(tmp_path: Path) -> None:
    model = model_of(tmp_path, BLOCKS.replace('rounds = 3\n', 'rounds = 0\n'))
    model.set(MoveRef(1, 0), "reps", 0)
    model.check()
    assert [key for key, _ in model.problems_at(BlockRef(1))] == ["rounds"]
    assert [key for key, _ in model.problems_at(MoveRef(1, 0))] == ["reps"]
    # The block's mark in the list counts its moves' problems too.
    assert len(model.problems_in(BlockRef(1))) == 2
    assert model.problems_in(BlockRef(0)) == []
