"""The editor's model: what it shows and changes in a session document, without Qt.

Every test opens a real session file as a ``store.Document``, asks the model
what the editor would show (inherited values, list labels, problems by
field) or makes a change through it, and looks at the document's text.
Saving a move to the runner's own ``moves.toml`` writes into the config
folder the ``home`` fixture points at a temporary one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hiptimer import store
from hiptimer.editing import (
    BLANK_MOVE,
    DEFAULT_HOLD,
    DEFAULT_REPS,
    DEFAULT_WORK,
    RULE_OFF,
    RULE_OWN,
    RULE_SESSION,
    SESSION,
    BlockRef,
    Drop,
    ListButtons,
    MoveExists,
    MoveRef,
    RuleEdit,
    SessionModel,
    SessionRef,
    Shown,
    describe,
    key_path,
    moved_file,
    number,
    source_note,
    source_words,
    sub_key,
    write_differences,
)
from hiptimer.errors import Problem, SessionError
from hiptimer.plan import format_seconds, make_plan
from hiptimer.session import customise, format_path, load, loads, user_library_path

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


# --- format 2: every new key set, reset and inherited ---------------------------------

FORMAT2 = '''name = "Mine"
rest = 20

[[moves]]
name = "Side lunge"
reps = 8
each_side = true     # both legs

[[moves]]
move = "clam-shell"
'''


def test_each_side_reads_as_both_and_stays_as_written(tmp_path: Path) -> None:
    model = model_of(tmp_path, FORMAT2)
    lunge, clam = MoveRef(None, 0), MoveRef(None, 1)
    assert model.shown(lunge, "sides") == Shown("both", True, "")
    assert model.shown(clam, "sides") == Shown("both", False, "built-in")
    assert model.set(lunge, "sides", "both")
    assert model.document.as_string() == FORMAT2  # each_side = true already says it
    assert model.set(clam, "sides", "both")
    assert not model.modified  # the built-in clam shell is done on both sides anyway


def test_sides_replace_each_side_and_go_back_to_the_library_moves(tmp_path: Path) -> None:
    model = model_of(tmp_path, FORMAT2)
    lunge, clam = MoveRef(None, 0), MoveRef(None, 1)
    assert model.set(lunge, "sides", "alternate")
    assert model.table(lunge) == {"name": "Side lunge", "reps": 8, "sides": "alternate"}
    assert model.label(lunge) == ("1. Side lunge", "8 reps alternating")
    assert model.set(clam, "sides", "right")
    assert model.shown(clam, "sides") == Shown("right", True, "built-in")
    assert model.check().ok and model.session is not None
    assert model.session.moves[1].sides.value == "right"
    # No sides, over a library move done on both: written as each_side = false.
    assert model.set(clam, "sides", "")
    assert model.table(clam) == {"move": "clam-shell", "each_side": False}
    assert model.label(clam) == ("2. Clam shell", "10 reps")
    assert model.set(clam, "sides", "both")
    assert model.table(clam) == {"move": "clam-shell"}
    assert model.set(lunge, "sides", "left") and model.reset(lunge, ("sides", "each_side"))
    assert model.shown(lunge, "sides") == Shown("", False, "default")


def test_first_side_cascades_and_the_default_is_not_written(tmp_path: Path) -> None:
    model = model_of(tmp_path, BLOCKS)
    move = MoveRef(1, 0)
    assert model.shown(move, "first_side") == Shown("left", False, "default")
    assert model.set(SESSION, "first_side", "left")
    assert not model.modified
    assert model.set(BlockRef(1), "first_side", "right")
    assert model.shown(move, "first_side") == Shown("right", False, "block")
    assert model.set(move, "first_side", "right")  # the block's: nothing written
    assert "first_side" not in model.table(move)
    assert model.set(move, "first_side", "left")
    assert model.table(move)["first_side"] == "left"
    assert model.check().ok


def test_a_one_then_other_block_and_the_first_side_it_keeps_to_itself(tmp_path: Path) -> None:
    model = model_of(tmp_path, BLOCKS)
    move = MoveRef(1, 0)
    assert model.not_here(move, "first_side") is None
    assert model.set(BlockRef(1), "sides", "one-then-other")
    assert model.table(BlockRef(1))["sides"] == "one-then-other"
    assert model.check().ok and model.session is not None
    assert model.session.blocks[1].one_then_other
    assert model.not_here(move, "first_side") is not None
    assert model.not_here(MoveRef(0, 0), "first_side") is None
    assert model.set(move, "first_side", "right")
    model.check()
    assert [key for key, _ in model.problems_at(move)] == ["first_side"]
    assert model.set(BlockRef(1), "sides", None)
    assert "sides" not in model.table(BlockRef(1))


def test_switching_to_timed_work_drops_reps_and_hold(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    clam, bridge = MoveRef(None, 0), MoveRef(None, 1)
    assert model.switch_amount(clam, "work")
    assert model.table(clam) == {"move": "clam-shell", "work": DEFAULT_WORK}
    assert model.amount(clam) == Shown(("work", DEFAULT_WORK), True, "")
    assert model.label(clam) == ("1. Clam shell", "30 s work each side")
    # The library's reps no longer apply once the move says work.
    assert "reps" not in model.inherited(clam) and "hold" not in model.inherited(clam)
    assert model.switch_amount(bridge, "work")
    assert "hold" not in model.table(bridge)
    assert model.check().ok
    assert model.switch_amount(clam, "reps")
    assert model.amount(clam).value == ("reps", 10)


def test_an_open_ended_dose_and_its_estimate(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    bridge = MoveRef(None, 1)
    assert not model.self_paced(bridge)
    assert model.not_here(bridge, "estimate") is not None
    assert model.set(bridge, "hold", "self")
    assert model.self_paced(bridge) and model.not_here(bridge, "estimate") is None
    assert model.label(bridge) == ("2. Glute bridge", "until done")
    assert model.set(bridge, "estimate", 40)
    assert model.check().ok and model.session is not None
    assert model.session.moves[1].estimate == 40
    assert model.set(bridge, "estimate", None)
    assert "estimate" not in model.table(bridge)
    # Self-paced reps take an estimate too: the tempo cascades from the session.
    assert model.set(SESSION, "tempo", "self")
    assert model.self_paced(MoveRef(None, 0))


def test_an_estimate_on_a_move_with_a_clock_is_a_problem_at_its_field(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    assert model.set(MoveRef(None, 1), "estimate", 40)
    model.check()
    assert [key for key, _ in model.problems_at(MoveRef(None, 1))] == ["estimate"]


def test_an_interval_too_short_for_its_work_is_a_problem_at_every(tmp_path: Path) -> None:
    model = model_of(tmp_path, CUSTOM)
    move = MoveRef(None, 0)
    assert model.switch_amount(move, "work") and model.set(move, "every", 10)
    assert not model.check().ok
    assert [(key, p.message) for key, p in model.problems_at(move)] == [
        ("every", "is shorter than one set: the work takes 30 s, every is 10 s")]
    assert model.set(move, "every", 60) and model.check().ok
    assert model.not_here(move, "set_rest") is not None  # every sets the rest
    assert model.set(move, "every", None)
    assert "every" not in model.table(move) and model.not_here(move, "set_rest") is None


def test_the_finish_text(tmp_path: Path) -> None:
    model = model_of(tmp_path, CUSTOM)
    assert model.set(SESSION, "finish", "Done — well stretched")
    assert model.check().ok and model.session is not None
    assert model.session.finish == "Done — well stretched"
    assert model.set(SESSION, "finish", None)
    assert model.document.as_string() == CUSTOM


def test_sounds_are_a_table_made_on_the_first_cue_and_gone_with_the_last(tmp_path: Path) -> None:
    model = model_of(tmp_path, CUSTOM)
    assert model.set_sound(SESSION, "go", "whistle.wav")
    assert model.set_sound(SESSION, "done", "gong.ogg")
    text = model.document.as_string()
    assert 'rest = 20\n\n[sounds]\ngo = "whistle.wav"\ndone = "gong.ogg"\n\n[[moves]]' in text
    assert model.shown(SESSION, "sounds").value == {"go": "whistle.wav", "done": "gong.ogg"}
    assert model.check().ok  # a missing sound file is a warning, not a problem
    assert model.set_sound(SESSION, "go", "whistle.txt")
    model.check()
    [(key, problem)] = model.problems_at(SESSION)
    assert key == "sounds" and sub_key(SESSION, problem) == "go"
    assert model.set_sound(SESSION, "go", None) and model.set_sound(SESSION, "done", None)
    assert model.document.as_string() == CUSTOM


def test_a_moves_own_sounds(tmp_path: Path) -> None:
    model = model_of(tmp_path, CUSTOM)
    assert model.set_sound(MoveRef(None, 0), "tick", "click.wav")
    assert model.table(MoveRef(None, 0))["sounds"] == {"tick": "click.wav"}
    assert model.check().ok


# --- library moves: the session's, the runner's own, the built-in ones ------------------

LIBRARY = '''name = "Mine"

[library.wall-sit]
name = "Wall sit"
hold = 45

[library.clam-shell]
move = "clam-shell"
reps = 15

[[moves]]
move = "wall-sit"

[[moves]]
move = "clam-shell"

[[moves]]
move = "copenhagen"
'''


def own_moves(text: str) -> Path:
    file = user_library_path()
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")
    return file


def test_the_model_knows_every_move_the_session_can_name(tmp_path: Path) -> None:
    own_moves('[copenhagen]\nname = "Copenhagen plank"\nhold = 20\neach_side = true\n')
    model = model_of(tmp_path, LIBRARY)
    assert {"wall-sit", "copenhagen", "clam-shell", "glute-bridge"} <= set(model.library)
    wall, clam, plank = MoveRef(None, 0), MoveRef(None, 1), MoveRef(None, 2)
    assert model.shown(wall, "hold") == Shown(45, False, "library")
    # The session's clam shell is laid over the built-in one.
    assert model.shown(clam, "reps") == Shown(15, False, "library")
    assert model.shown(clam, "name") == Shown("Clam shell", False, "built-in")
    assert model.shown(plank, "sides") == Shown("both", False, "yours")
    assert model.label(plank) == ("3. Copenhagen plank", "20 s each side")
    assert model.set(clam, "reps", 15) and not model.modified
    assert model.check().ok


# --- saving a move to the runner's own moves.toml ----------------------------------------

MINE = '''# My own moves.

# hard one
[copenhagen]
name = "Copenhagen plank"   # side plank, top leg on a bench
hold = 20
each_side = true
'''


def test_a_move_is_saved_to_moves_toml_keeping_its_comments(tmp_path: Path) -> None:
    file = own_moves(MINE)
    model = model_of(tmp_path, FORMAT2)
    assert model.own_move_name(MoveRef(None, 0)) == "side-lunge"
    assert not model.own_move_exists("side-lunge")
    assert model.save_own_move(MoveRef(None, 0), "side-lunge") == file
    text = file.read_text(encoding="utf-8")
    assert text == MINE + '\n[side-lunge]\nname = "Side lunge"\nreps = 8\neach_side = true\n'
    assert (file.parent / "moves.toml.bak").read_text(encoding="utf-8") == MINE
    assert not [p for p in file.parent.iterdir() if p.name.endswith(".tmp")]
    assert model.own_move_exists("side-lunge")
    # Usable from any session, and offered by the editor from then on.
    used = loads('name = "x"\n[[moves]]\nmove = "side-lunge"\n')
    assert (used.moves[0].name, used.moves[0].reps, used.moves[0].each_side) == (
        "Side lunge", 8, True)
    model.refresh()
    assert "side-lunge" in model.library


def test_moves_toml_is_made_when_there_is_none(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    file = model.save_own_move(MoveRef(None, 1), "my-bridge")
    assert file.read_text(encoding="utf-8") == '[my-bridge]\nmove = "glute-bridge"\nhold = 30\n'


def test_an_existing_move_is_replaced_only_when_asked(tmp_path: Path) -> None:
    file = own_moves(MINE)
    model = model_of(tmp_path, CUSTOM)
    with pytest.raises(MoveExists):
        model.save_own_move(MoveRef(None, 0), "copenhagen")
    assert file.read_text(encoding="utf-8") == MINE
    model.set(MoveRef(None, 0), "name", "Copenhagen plank")
    model.save_own_move(MoveRef(None, 0), "copenhagen", replace=True)
    text = file.read_text(encoding="utf-8")
    # Changed in place: the comments above and on the lines that stay are kept.
    assert text == ('# My own moves.\n\n# hard one\n[copenhagen]\n'
                    'name = "Copenhagen plank"   # side plank, top leg on a bench\nreps = 10\n')


def test_a_library_move_is_laid_out_and_its_files_renamed_for_moves_toml(
    tmp_path: Path
) -> None:
    own_moves("")
    text = LIBRARY.replace('hold = 45\n', 'hold = 45\nimage = "pics/wall.png"\n'
                           '[library.wall-sit.sounds]\ngo = "sounds/go.wav"\n')
    model = model_of(tmp_path, text.replace('move = "copenhagen"', 'move = "glute-bridge"'))
    folder = tmp_path.resolve()
    table = model.own_move(MoveRef(None, 0))
    assert table == {"name": "Wall sit", "hold": 45, "image": str(folder / "pics" / "wall.png"),
                     "sounds": {"go": str(folder / "sounds" / "go.wav")}}
    # A move of the session's library that starts from a built-in one keeps starting there.
    assert model.own_move(MoveRef(None, 1)) == {"move": "clam-shell", "reps": 15}
    # A file beside moves.toml is named relative to it.
    picture = user_library_path().parent / "pics" / "mine.png"
    model.set(MoveRef(None, 2), "image", str(picture))
    assert model.own_move(MoveRef(None, 2))["image"] == "pics/mine.png"


def test_a_move_with_problems_or_a_broken_moves_toml_is_not_saved(tmp_path: Path) -> None:
    file = own_moves("[broken\n")
    model = model_of(tmp_path, CUSTOM)
    with pytest.raises(store.SaveError, match="cannot be read as TOML"):
        model.save_own_move(MoveRef(None, 0), "clam")
    assert file.read_text(encoding="utf-8") == "[broken\n"
    model.set(MoveRef(None, 0), "reps", 0)
    model.check()
    with pytest.raises(store.SaveError, match="problems"):
        model.save_own_move(MoveRef(None, 0), "clam")


def test_moved_file_names() -> None:
    here, there = Path("/s"), Path("/c/hiptimer")
    assert moved_file("a.png", here, there) == "/s/a.png"
    assert moved_file("../c/hiptimer/p/a.png", here, there) == "p/a.png"
    assert moved_file("~/a.png", here, there) == "~/a.png"
    assert moved_file("/x/a.png", here, there) == "/x/a.png"


# --- progression --------------------------------------------------------------------

NO_RULES = CONFIG.read_text(encoding="utf-8").replace(
    "[progression]\nafter = 2\nreps = { step = 2, ceiling = 20 }\n"
    "hold = { step = 5, ceiling = 60 }\n\n", "")


def rule(model: SessionModel, ref: MoveRef, key: str) -> Shown:
    return model.move_rule(ref).values[key]


def test_a_move_follows_the_sessions_rule_until_it_has_its_own(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    clam = MoveRef(None, 0)
    view = model.shown(clam, "progression").value
    assert view.mode == Shown(RULE_SESSION, False, "session")
    assert rule(model, clam, "ceiling") == Shown(20, False, "session")
    assert rule(model, clam, "floor") == Shown(1, False, "default")
    assert rule(model, clam, "then") == Shown("clam-shell-hips-bent", False, "built-in")
    assert view.harder == "clam-shell-hips-bent"
    # The bridge holds: the session's hold rule.
    assert rule(model, MoveRef(None, 1), "step") == Shown(5, False, "session")

    assert model.set(clam, "progression", RuleEdit("mode", RULE_OWN))
    assert model.table(clam)["progression"] is True
    assert model.move_rule(clam).mode == Shown(RULE_OWN, True, "session")
    assert model.check().ok


def test_each_key_of_a_moves_own_rule_is_set_and_reset(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    clam = MoveRef(None, 0)
    before = model.document.as_string()
    for key, value in (("step", 3), ("after", 4), ("ceiling", 30), ("floor", 6)):
        assert model.set(clam, "progression", RuleEdit(key, value))
        assert rule(model, clam, key) == Shown(value, True, "")
    assert model.set(clam, "progression", RuleEdit("then", "banded-clam-shell"))
    assert model.set(clam, "progression", RuleEdit("ceiling", 20))  # the session's: not written
    text = model.document.as_string()
    assert ('reps = 10        # each side\nprogression = { step = 3, after = 4, floor = 6, '
            'then = "banded-clam-shell" }\n') in text
    assert model.check().ok
    assert load(model.document.path).moves[0].progression is None  # nothing saved yet
    for key in ("step", "after", "floor", "then"):
        assert model.set(clam, "progression", RuleEdit(key, None))
    assert model.table(clam)["progression"] is True  # a rule of its own, every default
    assert model.set(clam, "progression", RuleEdit("mode", RULE_SESSION))
    assert model.document.as_string() == before


def test_then_false_stays_at_the_ceiling_and_the_harder_move_is_not_written(
        tmp_path: Path) -> None:
    model = model_of(tmp_path)
    clam = MoveRef(None, 0)
    assert model.set(clam, "progression", RuleEdit("then", False))
    assert model.table(clam)["progression"] == {"then": False}
    assert rule(model, clam, "then") == Shown(False, True, "")
    assert model.set(clam, "progression", RuleEdit("then", "clam-shell-hips-bent"))
    assert model.table(clam)["progression"] is True
    # A move with no harder variation stays at the ceiling anyway.
    lunge = MoveRef(None, 2)
    assert rule(model, lunge, "then") == Shown(False, False, "default")
    assert model.set(lunge, "progression", RuleEdit("then", False))
    assert model.table(lunge)["progression"] is True


def test_turning_a_rule_off_writes_false_and_its_problems_are_placed(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    lunge = MoveRef(None, 2)
    assert model.set(lunge, "progression", RuleEdit("mode", RULE_OFF))
    assert "tempo = 3        # lunges go slower\nprogression = false\n" in \
        model.document.as_string()
    assert model.move_rule(lunge).mode == Shown(RULE_OFF, True, "session")
    assert model.check().ok and model.session is not None
    assert model.session.moves[2].progression is not None
    assert not model.session.moves[2].progression.enabled
    # Its own rule again: true, then a floor above the ceiling.
    assert model.set(lunge, "progression", RuleEdit("mode", RULE_OWN))
    assert model.set(lunge, "progression", RuleEdit("ceiling", 12))
    assert model.set(lunge, "progression", RuleEdit("floor", 14))
    assert not model.check().ok
    [(key, problem)] = model.problems_at(lunge)
    assert key == "progression" and sub_key(lunge, problem) == "floor"
    assert problem.message == "must not be above the ceiling (12), got 14"


def test_an_open_ended_move_has_no_progression(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    bridge = MoveRef(None, 1)
    assert model.not_here(bridge, "progression") is None
    model.set(bridge, "hold", "self")
    assert model.not_here(bridge, "progression") == \
        "A move you end yourself has no dose to change"


def test_the_sessions_rule_is_set_and_reset_key_by_key(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    view = model.shown(SESSION, "progression")
    assert view.explicit and view.value.mode is None
    values = view.value.values
    assert values["after"] == Shown(2, True, "default")
    assert values["reps.ceiling"] == Shown(20, True, "default")
    assert values["work.step"] == Shown(None, False, "")  # no rule for timed work
    before = model.document.as_string()
    assert model.set(SESSION, "progression", RuleEdit("work.step", 10))
    assert model.set(SESSION, "progression", RuleEdit("hold.ceiling", 90))
    assert model.set(SESSION, "progression", RuleEdit("after", 3))
    assert model.set(SESSION, "progression", RuleEdit("reps.step", None))
    text = model.document.as_string()
    assert ("[progression]\nafter = 3\nreps = { ceiling = 20 }\nhold = { step = 5, "
            "ceiling = 90 }\nwork = { step = 10 }\n\n[[moves]]") in text
    assert "# How the doses grow with you" in text
    assert model.session_rule().values["reps.step"] == Shown(2, False, "default")
    assert model.session_rule().values["work.ceiling"] == Shown(3600, False, "default")
    assert model.check().ok
    # A default is not written where the kind keeps a rule of other keys.
    assert model.set(SESSION, "progression", RuleEdit("after", 2))
    assert model.set(SESSION, "progression", RuleEdit("reps.step", 2))
    assert model.set(SESSION, "progression", RuleEdit("hold.ceiling", 60))
    assert model.set(SESSION, "progression", RuleEdit("work.step", None))
    assert model.document.as_string() == before.replace(
        "after = 2\nreps = { step = 2, ceiling = 20 }", "reps = { ceiling = 20 }")


def test_clearing_every_session_key_removes_the_table(tmp_path: Path) -> None:
    model = model_of(tmp_path)
    for key in ("after", "reps.step", "reps.ceiling", "hold.step", "hold.ceiling"):
        assert model.set(SESSION, "progression", RuleEdit(key, None))
    assert "progression" not in model.raw
    assert model.document.as_string() == NO_RULES
    assert model.check().ok


def test_a_session_rule_starts_a_table_before_the_moves(tmp_path: Path) -> None:
    model = model_of(tmp_path, NO_RULES)
    assert model.shown(SESSION, "progression").value.values["reps.step"].value is None
    assert model.set(SESSION, "progression", RuleEdit("reps.step", 2))  # the default, but
    text = model.document.as_string()                                   # the only key
    assert "switch = 5       # seconds to change sides\n\n[progression]\n" \
        "reps = { step = 2 }\n\n# How the doses" in text
    assert model.check().ok and model.session is not None
    assert model.session.progression is not None and model.session.progression.reps is not None
    assert model.set(SESSION, "progression", RuleEdit("reps.step", None))
    assert model.document.as_string() == NO_RULES
