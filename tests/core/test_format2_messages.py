"""Messages a runner understands: right suggestions, synonyms, file order, readable places.

"Did you mean" must guess what people meant (``rpes`` is ``reps``, not
``rest``; ``duration`` is ``hold`` or ``work``), and a window shows "move 3
(Side lunge): reps" rather than ``moves[2].reps``.
"""

from __future__ import annotations

import textwrap

import pytest

from hiptimer.errors import Problem, SessionError, place
from hiptimer.locate import Locator
from hiptimer.session import BLOCK_KEYS, MOVE_KEYS, SESSION_KEYS, loads, suggest


def error_of(text: str) -> SessionError:
    with pytest.raises(SessionError) as caught:
        loads(textwrap.dedent(text), "s.toml")
    return caught.value


@pytest.mark.parametrize(("word", "keys", "hint"), [
    ("rpes", MOVE_KEYS, "; did you mean 'reps'?"),
    ("rep", MOVE_KEYS, "; did you mean 'reps'?"),
    ("holdd", MOVE_KEYS, "; did you mean 'hold'?"),
    ("tmepo", MOVE_KEYS, "; did you mean 'tempo'?"),
    ("Reps", MOVE_KEYS, "; did you mean 'reps'?"),
    ("each-side", MOVE_KEYS, "; did you mean 'each_side'?"),
    ("set-rest", SESSION_KEYS, "; did you mean 'set_rest'?"),
    ("duration", MOVE_KEYS, "; did you mean 'hold' or 'work'?"),
    ("time", MOVE_KEYS, "; did you mean 'hold' or 'work'?"),
    ("length", MOVE_KEYS, "; did you mean 'hold' or 'work'?"),
    ("picture", MOVE_KEYS, "; did you mean 'image'?"),
    ("sound", MOVE_KEYS, "; did you mean 'sounds'?"),
    ("sound", SESSION_KEYS, "; did you mean 'sounds'?"),
    ("side", MOVE_KEYS, "; did you mean 'sides'?"),
    ("each_sides", MOVE_KEYS, "; did you mean 'sides'?"),
    ("side", BLOCK_KEYS, "; did you mean 'sides'?"),
    ("warmup", SESSION_KEYS, "; did you mean 'get_ready'?"),
    ("prepare", SESSION_KEYS, "; did you mean 'get_ready'?"),
    ("rest_after", MOVE_KEYS, "; did you mean 'rest'?"),
    ("round", BLOCK_KEYS, "; did you mean 'rounds'?"),
    ("xyzzy", MOVE_KEYS, ""),
    ("q" * 200, MOVE_KEYS, ""),
])
def test_suggestions_are_what_people_meant(word: str, keys: frozenset[str], hint: str) -> None:
    assert suggest(word, keys) == hint


def test_a_synonym_is_offered_only_where_its_key_is_allowed() -> None:
    # get_ready is a session key: a move's "warmup" is not sent there.
    assert "get_ready" not in suggest("warmup", MOVE_KEYS)
    assert suggest("duration", SESSION_KEYS) == ""


def test_the_suggestion_reaches_the_message() -> None:
    error = error_of('name = "S"\n[[moves]]\nname = "A"\nrpes = 3\nduration = 30\n')
    assert [p.message for p in error.problems] == [
        "needs 'reps' (a count), 'hold' or 'work' (seconds)",  # at [[moves]], line 2
        "unknown key 'rpes'; did you mean 'reps'?",
        "unknown key 'duration'; did you mean 'hold' or 'work'?",
    ]


# -- where a problem is, in words -------------------------------------------------------------


@pytest.mark.parametrize(("keys", "names", "text"), [
    (("moves", 2, "reps"), {("moves", 2): "Side lunge"}, "move 3 (Side lunge): reps"),
    (("moves", 2, "reps"), {}, "move 3: reps"),
    (("blocks", 1, "moves", 0, "image"),
     {("blocks", 1): "Circuit", ("blocks", 1, "moves", 0): "Clams"},
     "block 2 (Circuit), move 1 (Clams): image"),
    (("blocks", 0, "rounds"), {}, "block 1: rounds"),
    (("moves", 0), {("moves", 0): "Clams"}, "move 1 (Clams)"),
    (("library", "wall-sit", "hold"), {}, "library move 'wall-sit': hold"),
    (("moves", 1, "sounds", "go"), {}, "move 2: sounds.go"),
    (("get_ready",), {}, "get_ready"),
    ((), {}, ""),
])
def test_a_key_path_reads_as_a_runner_says_it(keys: tuple[str | int, ...],
                                              names: dict[tuple[str | int, ...], str],
                                              text: str) -> None:
    assert place(keys, names) == text


def test_a_window_lists_the_problems_with_move_names() -> None:
    error = error_of("""\
        name = "S"
        [[blocks]]
        name = "Circuit"
        [[blocks.moves]]
        name = "Clams"
        reps = 3
        [[blocks.moves]]
        name = "Side lunge"
        reps = -3
        """)
    assert error.readable_lines() == [
        "line 9: block 1 (Circuit), move 2 (Side lunge): reps: must be a whole number from "
        "1 to 500, got -3"]
    assert Problem("", "no such file").readable() == "no such file"


def test_a_window_lists_warnings_with_move_names_too(tmp_path: object) -> None:
    session = loads('name = "S"\n[[moves]]\nname = "Bridge"\nhold = 3\nimage = "gone.png"\n',
                    "s.toml", base_dir=None)
    (line,) = session.readable_warnings()
    assert line.startswith("line 5: move 1 (Bridge): image: no such file: ")


# -- in file order, at the key --------------------------------------------------------------


ORDER = 'name = "x"\n[[moves]]\nname = "A"\nreps = -3\nrep = 1\n'


def test_problems_come_in_file_order() -> None:
    # Checked in the other order: the move's keys before its values.
    assert [p.line for p in error_of(ORDER).problems] == [4, 5]
    whole_file = error_of('[[moves]]\nname = "A"\nreps = -3\n').problems
    assert [p.line for p in whole_file] == [None, 3]  # about the whole file: first


def test_an_unknown_key_is_placed_at_the_key() -> None:
    (problem,) = [p for p in error_of(ORDER).problems if "unknown" in p.message]
    assert (problem.line, problem.column) == (5, 1)
    indented = error_of('name = "x"\n[[moves]]\nname = "A"\nreps = 3\n  holdd = 1\n')
    assert (indented.problems[0].line, indented.problems[0].column) == (5, 3)


def test_the_locator_knows_where_keys_and_values_start() -> None:
    locator = Locator('name = "x"\n[[moves]]\n  reps   = 3\n[moves.sounds]\ngo = "a.wav"\n')
    assert locator.find(("moves", 0, "reps")) == (3, 12)
    assert locator.find_key(("moves", 0, "reps")) == (3, 3)
    assert locator.find_key(("moves", 0, "sounds", "go")) == (5, 1)
    assert locator.find_key(("moves", 0, "nothing")) == (2, 1)  # the nearest parent
