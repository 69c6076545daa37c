"""Moves defined once: ``[library.NAME]`` in a session, and the runner's own ``moves.toml``.

``move = "NAME"`` looks in the session's library first, then in the
runner's own (``moves.toml`` in their config folder, which the test set-up
points at a fresh folder), then in the built-in one. A mistake in a library
move is reported once, where it is written.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from hiptimer.errors import SessionError
from hiptimer.session import (
    Dose,
    Session,
    Sides,
    known_moves,
    loads,
    move_library,
    user_library_path,
)


def load_text(text: str, folder: Path | None = None, check_files: bool = False) -> Session:
    return loads(textwrap.dedent(text), "s.toml", base_dir=folder, check_files=check_files)


def problems(text: str, folder: Path | None = None, check_files: bool = False) -> list[str]:
    with pytest.raises(SessionError) as caught:
        load_text(text, folder, check_files)
    return caught.value.lines()


def own_moves(text: str) -> Path:
    file = user_library_path()
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(textwrap.dedent(text), encoding="utf-8")
    return file


LIBRARY = """\
    name = "Football warm-up"

    [library.wall-sit]
    name = "Wall sit"
    hold = 45
    instructions = "Back flat on the wall, thighs level."

    [library.clam-shell]
    move = "clam-shell"
    reps = 15

    [[blocks]]
    name = "Strength"
    [[blocks.moves]]
    move = "wall-sit"
    [[blocks.moves]]
    move = "clam-shell"
    [[blocks.moves]]
    move = "wall-sit"
    hold = 30
    sides = "left"
    """


def test_a_session_defines_a_move_once_and_uses_it_anywhere() -> None:
    sit, clams, short = load_text(LIBRARY).moves
    assert (sit.name, sit.hold, sit.instructions, sit.library_id) == (
        "Wall sit", 45, "Back flat on the wall, thighs level.", "wall-sit")
    assert (short.name, short.hold, short.sides) == ("Wall sit", 30, Sides.LEFT)
    # The session's clam-shell stands in for the built-in one it starts from.
    assert (clams.name, clams.reps, clams.each_side, clams.images[0].name) == (
        "Clam shell", 15, True, "clam-shell-1.svg")


def test_a_mistake_in_a_library_move_is_reported_once_where_it_is_written() -> None:
    text = LIBRARY.replace("hold = 45", "hold = -1").replace('reps = 15', 'rpes = 15')
    assert problems(text) == [
        "s.toml:5:8: library.wall-sit.hold: must be a number of seconds from 1 to 3600, got -1",
        "s.toml:10:1: library.clam-shell: unknown key 'rpes'; did you mean 'reps'?",
    ]


def test_a_library_move_of_the_session_cannot_start_from_another_of_its_own() -> None:
    text = 'name = "S"\n[library.a]\nname = "A"\nreps = 3\n[library.b]\nmove = "a"\n' \
           '[[moves]]\nmove = "b"\n'
    assert problems(text) == [
        "s.toml:6:8: library.b.move: 'a' is another move of this session's [library]: a "
        "library move may start from a built-in move or one of your own only"]


def test_an_unknown_move_names_the_sessions_own_among_the_known() -> None:
    (line,) = problems(LIBRARY.replace('move = "wall-sit"\n    [[blocks.moves]]\n'
                                       '    move = "clam-shell"', 'move = "wal-sit"'))
    assert line.startswith('s.toml:15:8: blocks[1].moves[1].move: no move "wal-sit"; '
                           "did you mean 'wall-sit'? (known: ")
    assert "wall-sit" in line


@pytest.mark.parametrize(("library", "message"), [
    ("library = 3", "s.toml:2:11: library: must be tables of moves, e.g. [library.wall-sit] "
                    "with a name and hold = 45"),
    ("library.a = 3", "s.toml:2:13: library.a: must be a table of move keys, got 3"),
])
def test_a_library_that_is_not_tables_is_refused(library: str, message: str) -> None:
    assert problems(f'name = "S"\n{library}\n[[moves]]\nname = "B"\nreps = 1\n') == [message]


# -- the runner's own moves.toml ---------------------------------------------------------


def test_the_runners_own_moves_add_to_the_built_in_ones(tmp_path: Path) -> None:
    folder = own_moves("""\
        [copenhagen]
        name = "Copenhagen plank"
        hold = 20
        each_side = true
        image = "pics/copenhagen.png"

        [clam-shell]
        move = "clam-shell"
        reps = 12
        """).parent
    (folder / "pics").mkdir()
    (folder / "pics" / "copenhagen.png").write_bytes(b"\x89PNG\r\n")
    session = load_text('name = "S"\n[[moves]]\nmove = "copenhagen"\n[[moves]]\n'
                        'move = "clam-shell"\n[[moves]]\nmove = "glute-bridge"\n',
                        tmp_path, check_files=True)
    plank, clams, bridge = session.moves
    assert (plank.name, plank.hold, plank.dose, plank.each_side) == (
        "Copenhagen plank", 20, Dose.HOLD, True)
    assert plank.images == (folder / "pics" / "copenhagen.png",)  # beside moves.toml
    assert (clams.reps, clams.name) == (12, "Clam shell")
    assert bridge.hold == 30


def test_the_sessions_library_wins_over_the_runners_own() -> None:
    own_moves('[wall-sit]\nname = "My wall sit"\nhold = 60\n')
    assert load_text(LIBRARY).moves[0].name == "Wall sit"
    assert load_text('name = "S"\n[[moves]]\nmove = "wall-sit"\n').moves[0].hold == 60


def test_a_mistake_in_the_runners_own_move_is_shown_where_it_is_used() -> None:
    file = own_moves('[wall-sit]\nname = "Wall sit"\nhold = 0\n')
    text = 'name = "S"\n[[moves]]\nmove = "wall-sit"\n[[moves]]\nmove = "wall-sit"\n'
    assert problems(text) == [
        f"s.toml:3:8: moves[1].move: your move 'wall-sit' ({file}:3): wall-sit.hold: must be "
        "a number of seconds from 1 to 3600, got 0",
        "s.toml:5:8: moves[2].move: your move 'wall-sit' has problems (above)",
    ]


def test_a_broken_moves_toml_is_a_warning_and_the_built_in_moves_still_work() -> None:
    file = own_moves("[wall-sit\n")
    session = load_text('name = "S"\n[[moves]]\nmove = "glute-bridge"\n')
    (line,) = session.warning_lines()
    assert line.startswith(f"s.toml: your own moves in {file} were not read: not valid TOML")


def test_moves_toml_is_read_again_when_it_changes() -> None:
    file = own_moves('[a]\nname = "A"\nreps = 3\n')
    text = 'name = "S"\n[[moves]]\nmove = "a"\n'
    assert load_text(text).moves[0].reps == 3
    file.write_text('[a]\nname = "A"\nreps = 14\n', encoding="utf-8")
    stat = file.stat()
    os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert load_text(text).moves[0].reps == 14


def test_a_missing_picture_of_a_library_move_is_one_warning(tmp_path: Path) -> None:
    text = ('name = "S"\n[library.a]\nname = "A"\nreps = 3\nimage = "gone.png"\n'
            '[[moves]]\nmove = "a"\n[[moves]]\nmove = "a"\n')
    session = load_text(text, tmp_path)
    assert session.warning_lines() == [
        f"s.toml:5:9: library.a.image: no such file: {tmp_path}/gone.png"]
    assert problems(text, tmp_path, check_files=True) == session.warning_lines()


def test_the_editor_can_list_every_move_a_session_can_name() -> None:
    own_moves('[wall-sit]\nname = "My wall sit"\nhold = 60\n[mine]\nname = "Mine"\nreps = 2\n')
    data = {"library": {"wall-sit": {"name": "Wall sit", "hold": 45}, "bad": 3}}
    known = known_moves(data)
    assert set(known) == {*move_library(), "wall-sit", "mine"}
    assert known["wall-sit"]["hold"] == 45 and known["mine"]["reps"] == 2
    assert set(known_moves()) == {*move_library(), "wall-sit", "mine"}


def test_a_library_move_is_judged_by_the_tempo_of_the_block_that_uses_it() -> None:
    text = """\
        name = "S"
        [library.slow-clams]
        name = "Slow clams"
        reps = 10
        estimate = 40
        [[blocks]]
        tempo = "self"
        [[blocks.moves]]
        move = "slow-clams"
        [[blocks]]
        [[blocks.moves]]
        move = "slow-clams"
        """
    assert problems(text) == [
        "s.toml:11:1: blocks[2].moves[1].estimate: is only for a move the runner ends: reps "
        'with tempo = "self", hold = "self" or work = "self"']
    session = load_text(textwrap.dedent(text).rsplit("[[blocks]]", 1)[0])
    assert session.moves[0].estimate == 40 and session.moves[0].tempo is None


def test_the_runners_own_move_is_judged_by_each_block_that_uses_it() -> None:
    own_moves('[slow-clams]\nname = "Slow clams"\nreps = 10\nestimate = 40\n')
    session = load_text('name = "S"\n[[blocks]]\ntempo = "self"\n[[blocks.moves]]\n'
                        'move = "slow-clams"\n')
    assert session.moves[0].estimate == 40
    assert problems('name = "S"\n[[blocks]]\ntempo = "self"\n[[blocks.moves]]\n'
                    'move = "slow-clams"\n[[blocks]]\n[[blocks.moves]]\nmove = "slow-clams"\n'
                    ) == [
        "s.toml:7:1: blocks[2].moves[1].estimate: is only for a move the runner ends: reps "
        'with tempo = "self", hold = "self" or work = "self"']
