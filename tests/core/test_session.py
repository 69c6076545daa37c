"""Loading sessions: values, cascading defaults, the move library, and every error message.

Good files must come back with every setting resolved the way
docs/session-format.md says; bad files must name every problem at once, each
on its own ``file:line:col: path: message`` line, in words a runner can act on.
"""

from __future__ import annotations

import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from hiptimer import resources
from hiptimer.errors import Problem, SessionError
from hiptimer.session import (
    DEFAULTS,
    MAX_MOVES,
    MAX_TEXT,
    Session,
    customise,
    load,
    move_library,
    validate,
)

REPO = Path(__file__).resolve().parents[2]
# The ids an unknown move's message lists: the whole built-in library.
KNOWN = ", ".join(sorted(move_library()))
CONFIG = REPO / "config.toml"
CIRCUIT = REPO / "assets" / "sessions" / "hip-circuit.toml"
LUNGES = REPO / "assets" / "sessions" / "lunge-matrix.toml"
EVERYTHING = REPO / "docs" / "examples" / "everything.toml"


def write(tmp_path: Path, text: str, name: str = "s.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_lines(tmp_path: Path, text: str, name: str = "s.toml") -> list[str]:
    path = write(tmp_path, text, name)
    with pytest.raises(SessionError) as caught:
        load(path)
    assert caught.value.filename == str(path)
    prefix = str(tmp_path) + "/"
    return [line.removeprefix(prefix) for line in caught.value.lines()]


def one_error(tmp_path: Path, text: str) -> str:
    lines = error_lines(tmp_path, text)
    assert len(lines) == 1, lines
    return lines[0]


# -- good files ------------------------------------------------------------


def test_default_session_loads_with_its_values() -> None:
    session = load(CONFIG)
    assert session.name == "Pre-run glute activation"
    assert session.source == CONFIG.resolve()
    assert session.get_ready == 10
    assert len(session.blocks) == 1
    block = session.blocks[0]
    assert block.rounds == 1
    clam, bridge, lunge = block.moves
    assert (clam.name, clam.reps, clam.hold, clam.each_side, clam.tempo) == (
        "Clam shell", 10, None, True, 2.5)
    assert (bridge.name, bridge.reps, bridge.hold, bridge.each_side) == (
        "Glute bridge", None, 30, False)
    assert (lunge.name, lunge.reps, lunge.tempo, lunge.each_side) == ("Side lunge", 10, 3, True)
    # Session-wide rest and switch reach every move.
    assert {m.rest for m in block.moves} == {10}
    assert {m.switch for m in block.moves} == {5}
    assert clam.library_id == "clam-shell"


def test_built_in_circuit_and_lunge_matrix_load() -> None:
    circuit = load(CIRCUIT)
    assert circuit.blocks[0].rounds == 3
    assert circuit.blocks[0].round_rest == 60
    assert [m.library_id for m in circuit.moves] == [
        "clam-shell", "glute-bridge", "front-lunge", "side-lunge", "curtsy-lunge",
        "cross-curtsy-lunge",
    ]
    lunges = load(LUNGES)
    assert all(m.self_paced and m.tempo is None and m.reps == 10 for m in lunges.moves)


def test_everything_example_loads_and_covers_the_design() -> None:
    session = load(EVERYTHING)
    assert (session.name, session.say, session.get_ready) == (
        "Everything hiptimer can do", "Full hip session", 15)
    activation, circuit = session.blocks
    # 6. one block done once, then a circuit done three times.
    assert (activation.name, activation.rounds) == ("Activation", 1)
    # 4. the circuit: rest between moves, a longer rest between rounds.
    assert (circuit.name, circuit.rounds, circuit.round_rest) == ("Lunge matrix circuit", 3, 60)
    assert {m.rest for m in circuit.moves} == {10}
    clam, bridge, single, side = activation.moves
    # 1. clams, 10 each side at a tempo (the move's own, over the session's 2.5).
    assert (clam.library_id, clam.reps, clam.each_side, clam.tempo) == ("clam-shell", 10, True, 2)
    # 2. a bridge held 30 s.
    assert (bridge.hold, bridge.reps, bridge.each_side, bridge.tempo) == (30, None, False, 2.5)
    # 5. 3 x 30 s per side with 15 s between sets.
    assert (single.sets, single.hold, single.each_side, single.set_rest) == (3, 30, True, 15)
    # 8. a picture (two frames from files), instructions and a spoken name of its own.
    here = EVERYTHING.resolve().parent
    assert single.images == (here / "../../assets/images/glute-bridge-1.svg",
                             here / "../../assets/images/glute-bridge-2.svg")
    assert single.library_id is None
    assert single.say == "Single leg bridge" and single.mirror is False
    assert single.instructions.startswith("Bridge up as usual")
    # 7. self-paced reps; its rest is the rest before the next block.
    assert side.self_paced and side.rest == 30
    # 3. the lunge matrix, 10 each side, slow tempo from the block.
    assert [m.library_id for m in circuit.moves] == [
        "front-lunge", "side-lunge", "curtsy-lunge", "cross-curtsy-lunge"]
    assert all((m.reps, m.each_side, m.tempo) == (10, True, 3) for m in circuit.moves)
    assert circuit.moves[3].spoken_name == "Crossover lunge"


def test_defaults_apply_when_nothing_is_said(tmp_path: Path) -> None:
    session = load(write(tmp_path, """\
        name = "Bare"
        [[moves]]
        name = "Clams"
        reps = 8
        """))
    assert session.get_ready == DEFAULTS["get_ready"] == 10
    (block,) = session.blocks
    assert (block.name, block.implicit) == ("Moves", True)
    assert (block.rounds, block.round_rest) == (1, 45)
    (move,) = block.moves
    assert move == move.__class__(
        name="Clams", reps=8, hold=None, tempo=2.5, each_side=False, sets=1, set_rest=15,
        rest=15, switch=5, images=(), mirror=True, instructions="", say="", library_id=None,
    )
    assert move.spoken_name == "Clams"


def test_values_cascade_session_block_move(tmp_path: Path) -> None:
    session = load(write(tmp_path, """\
        name = "Cascade"
        tempo = 2
        rest = 20
        set_rest = 12
        switch = 4
        rounds = 2
        round_rest = 50

        [[blocks]]
        name = "Inherits everything"
        [[blocks.moves]]
        name = "A"
        reps = 5

        [[blocks]]
        tempo = 3
        rest = 8
        rounds = 4
        [[blocks.moves]]
        name = "B"
        reps = 5
        [[blocks.moves]]
        name = "C"
        reps = 5
        tempo = 1.5
        rest = 0
        switch = 0
        set_rest = 1
        """))
    first, second = session.blocks
    assert (first.name, first.rounds, first.round_rest) == ("Inherits everything", 2, 50)
    assert second.name == "Block 2"
    assert (second.rounds, second.round_rest) == (4, 50)
    a = first.moves[0]
    b, c = second.moves
    assert (a.tempo, a.rest, a.set_rest, a.switch) == (2, 20, 12, 4)
    assert (b.tempo, b.rest, b.set_rest, b.switch) == (3, 8, 12, 4)
    assert (c.tempo, c.rest, c.set_rest, c.switch) == (1.5, 0, 1, 0)


def test_library_move_supplies_everything_and_own_keys_win(tmp_path: Path) -> None:
    library = move_library()["clam-shell"]
    session = load(write(tmp_path, """\
        name = "Library"
        [[moves]]
        move = "clam-shell"
        [[moves]]
        move = "clam-shell"
        name = "Banded clams"
        reps = 15
        each_side = false
        instructions = "With a mini band above the knees."
        say = "Banded clam"
        mirror = false
        """))
    plain, banded = session.moves
    assert plain.name == library["name"]
    assert plain.reps == library["reps"] == 10
    assert plain.each_side is True
    assert plain.say == library["say"]
    assert plain.instructions == " ".join(library["instructions"].split())
    assert plain.library_id == "clam-shell"
    assert (banded.name, banded.reps, banded.each_side) == ("Banded clams", 15, False)
    assert banded.instructions == "With a mini band above the knees."
    assert (banded.say, banded.spoken_name, banded.mirror) == ("Banded clam", "Banded clam", False)
    assert banded.library_id == "clam-shell"


def test_hold_replaces_library_reps_and_reps_replace_library_hold(tmp_path: Path) -> None:
    session = load(write(tmp_path, """\
        name = "Swap"
        [[moves]]
        move = "clam-shell"   # a rep move in the library
        hold = 20
        [[moves]]
        move = "glute-bridge" # a hold in the library
        reps = 12
        """))
    clam, bridge = session.moves
    assert (clam.reps, clam.hold, clam.each_side) == (None, 20, True)
    assert (bridge.reps, bridge.hold) == (12, None)


def test_self_paced_reps_at_each_level(tmp_path: Path) -> None:
    session = load(write(tmp_path, """\
        name = "Own pace"
        tempo = "self"
        [[moves]]
        name = "Lunges"
        reps = 10
        [[moves]]
        name = "Paced"
        reps = 10
        tempo = 2
        [[moves]]
        name = "Bridge"
        hold = 30
        """))
    lunges, paced, bridge = session.moves
    assert lunges.tempo is None and lunges.self_paced
    assert paced.tempo == 2 and not paced.self_paced
    # A hold is timed whatever the tempo says.
    assert bridge.tempo is None and not bridge.self_paced


@pytest.fixture
def picture_assets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give the loader a built-in picture folder of our own: 'knee' (two frames), 'mat' (one)."""
    assets = tmp_path / "assets"
    (assets / "images").mkdir(parents=True)
    for name in ("knee-2.svg", "knee-1.svg", "mat.svg", "knee-x.svg"):
        (assets / "images" / name).write_text("<svg/>", encoding="utf-8")
    (assets / "moves.toml").write_bytes((REPO / "assets" / "moves.toml").read_bytes())
    monkeypatch.setattr(resources, "assets_dir", lambda: assets)
    return assets


def test_pictures_built_in_relative_file_and_frames(
    tmp_path: Path, picture_assets: Path
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    session = load(write(folder, """\
        name = "Pictures"
        [[moves]]
        name = "Built-in frames"
        reps = 3
        image = "knee"
        [[moves]]
        name = "One file"
        reps = 3
        image = "pics/Clam.PNG"
        [[moves]]
        name = "Several"
        reps = 3
        image = ["a.svg", "mat", "/abs/b.jpg"]
        [[moves]]
        name = "None"
        reps = 3
        """))
    knee, one, several, none = session.moves
    images = picture_assets / "images"
    assert knee.images == ((images / "knee-1.svg").resolve(), (images / "knee-2.svg").resolve())
    assert one.images == (folder.resolve() / "pics" / "Clam.PNG",)
    assert several.images == (
        folder.resolve() / "a.svg", (images / "mat.svg").resolve(), Path("/abs/b.jpg"))
    assert none.images == ()


def test_library_picture_missing_is_not_an_error(tmp_path: Path, picture_assets: Path) -> None:
    # The library names "clam-shell", which this picture folder lacks: the
    # window shows a placeholder, the session still loads.
    session = load(write(tmp_path, 'name = "x"\n[[moves]]\nmove = "clam-shell"\n'))
    assert session.moves[0].images == ()


def test_library_picture_comes_from_built_in_frames(tmp_path: Path) -> None:
    session = load(write(tmp_path, 'name = "x"\n[[moves]]\nmove = "clam-shell"\n'))
    expected = resources.image_frames("clam-shell")
    assert session.moves[0].images == expected


def test_unknown_built_in_picture_is_an_error(tmp_path: Path, picture_assets: Path) -> None:
    line = one_error(tmp_path, """\
        name = "x"
        [[moves]]
        name = "Clams"
        reps = 3
        image = "kne"
        """)
    assert line == (
        "s.toml:5:9: moves[1].image: no built-in picture 'kne' and not a "
        ".svg/.png/.jpg/.jpeg/.gif/.webp file (built-in: knee, knee-x, mat)"
    )


@pytest.mark.parametrize(
    ("image", "expected"),
    [
        pytest.param("~.svg",
                     's.toml:5:9: moves[1].image: cannot find the home folder that "~.svg" '
                     'stands for; write "./~.svg" for a file of that name',
                     id="tilde-file-name"),
        pytest.param("~nosuchuser/pic.png",
                     's.toml:5:9: moves[1].image: cannot find the home folder that '
                     '"~nosuchuser" stands for; write "./~nosuchuser/pic.png" for a file of '
                     "that name",
                     id="unknown-user"),
    ],
)
def test_a_home_folder_that_cannot_be_found_is_a_problem(
    tmp_path: Path, image: str, expected: str
) -> None:
    # Path.expanduser() raised RuntimeError here, out of the loader.
    assert one_error(tmp_path, MOVE + f'name = "A"\nreps = 3\nimage = "{image}"\n') == expected


def test_a_tilde_file_is_written_with_dot_slash(tmp_path: Path) -> None:
    session = load(write(tmp_path, MOVE + 'name = "A"\nreps = 3\nimage = "./~.svg"\n'))
    assert session.moves[0].images == (tmp_path.resolve() / "~.svg",)


def test_home_folder_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    session = load(write(tmp_path, MOVE + 'name = "A"\nreps = 3\nimage = "~/p/a.png"\n'))
    assert session.moves[0].images == (tmp_path / "home" / "p" / "a.png",)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('image = "a\\u0000.png"',
                     's.toml:5:9: moves[1].image: must not contain a control '
                     'character, found \\x00 at character 2 of "a\\x00.png"',
                     id="nul-in-image"),
        pytest.param('image = ["a.png", "b\\n.png"]',
                     's.toml:5:9: moves[1].image: must not contain a control '
                     'character, found \\x0a at character 2 of "b\\x0a.png"',
                     id="newline-in-a-frame"),
        pytest.param('image = "clam\\u0000"',
                     's.toml:5:9: moves[1].image: must not contain a control '
                     'character, found \\x00 at character 5 of "clam\\x00"',
                     id="nul-in-built-in-name"),
        pytest.param('say = "a\\u0000b"',
                     "s.toml:5:7: moves[1].say: must not contain a control character, found "
                     "\\x00 at character 2",
                     id="nul-in-say"),
        pytest.param('say = "one\\ntwo"',
                     "s.toml:5:7: moves[1].say: must not contain a control character, found "
                     "\\x0a at character 4",
                     id="newline-in-say"),
        pytest.param('instructions = "Knees \\u001b[2J together"',
                     "s.toml:5:16: moves[1].instructions: must not contain a control "
                     "character, found \\x1b at character 7",
                     id="escape-in-instructions"),
    ],
)
def test_control_characters_are_refused(tmp_path: Path, body: str, expected: str) -> None:
    # A NUL reached the window's paintEvent (image) or espeak-ng (say) and
    # raised there, after --check had passed the file.
    assert one_error(tmp_path, MOVE + f'name = "A"\nreps = 3\n{body}\n') == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('name = "S\\u0000"\n[[moves]]\nname = "A"\nreps = 1\n',
                     "s.toml:1:8: name: must not contain a control character, found \\x00 at "
                     "character 2",
                     id="session-name"),
        pytest.param('name = "S"\nsay = "\\u0007S"\n[[moves]]\nname = "A"\nreps = 1\n',
                     "s.toml:2:7: say: must not contain a control character, found \\x07 at "
                     "character 1",
                     id="session-say"),
        pytest.param('name = "S"\n[[moves]]\nname = "A\\u2028B"\nreps = 1\n',
                     "s.toml:3:8: moves[1].name: must not contain a control character, found "
                     "\\u2028 at character 2",
                     id="move-name-line-separator"),
        pytest.param('name = "S"\n[[blocks]]\nname = "B\\u007f"\n[[blocks.moves]]\n'
                     'name = "A"\nreps = 1\n',
                     "s.toml:3:8: blocks[1].name: must not contain a control character, "
                     "found \\x7f at character 2",
                     id="block-name"),
        pytest.param('name = "S"\ndescription = "a\\u0000"\n[[moves]]\nname = "A"\nreps = 1\n',
                     "s.toml:2:15: description: must not contain a control character, found "
                     "\\x00 at character 2",
                     id="description"),
    ],
)
def test_control_characters_are_refused_everywhere(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert one_error(tmp_path, text) == expected


def test_line_breaks_and_tabs_are_fine_in_long_texts(tmp_path: Path) -> None:
    session = load(write(tmp_path, MOVE + (
        'name = "A"\nreps = 3\n'
        'instructions = """\nOne\tline.\r\nAnother.\\u2028Third."""\n')))
    assert session.moves[0].instructions == "One line. Another. Third."


def test_text_is_tidied(tmp_path: Path) -> None:
    session = load(write(tmp_path, '''\
        name = "  Spaced  "
        description = """
        Two
          lines."""
        [[moves]]
        name = " Clams "
        reps = 3
        instructions = "  a\\n  b  "
        '''))
    assert session.name == "Spaced"
    assert session.description == "Two lines."
    assert session.moves[0].name == "Clams"
    assert session.moves[0].instructions == "a b"


def test_validate_takes_a_parsed_mapping() -> None:
    session = validate({"name": "Dict", "moves": [{"name": "A", "hold": 12.5}]})
    assert isinstance(session, Session)
    assert session.moves[0].hold == 12.5
    with pytest.raises(SessionError) as caught:
        validate({"name": "Dict", "moves": [{"name": "A"}]}, filename="mem")
    assert caught.value.lines() == [
        "mem: moves[1]: needs 'reps' (a count), 'hold' or 'work' (seconds)"]


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbfname = \"BOM\"\n[[moves]]\nname = \"A\"\nreps = 1\n")
    assert load(path).name == "BOM"


# -- every problem at once ---------------------------------------------------


FOUR_MISTAKES = """\
        name = "Four mistakes"
        tempo = "fast"

        [[moves]]
        move = "clam-shell"
        rep = 12

        [[moves]]
        name = "Glute bridge"
        hold = 0

        [[moves]]
        name = "Side lunge"
        reps = 10
        each_side = "yes"
        """


def test_four_mistakes_give_four_lines(tmp_path: Path) -> None:
    lines = error_lines(tmp_path, FOUR_MISTAKES)
    assert lines == [
        's.toml:2:9: tempo: must be seconds per rep from 0.5 to 60, or "self", got "fast"',
        "s.toml:6:1: moves[1]: unknown key 'rep'; did you mean 'reps'?",
        "s.toml:10:8: moves[2].hold: must be a number of seconds from 1 to 3600, got 0",
        's.toml:15:13: moves[3].each_side: must be true or false, got "yes"',
    ]


def test_problems_of_blocks_are_all_reported(tmp_path: Path) -> None:
    lines = error_lines(tmp_path, """\
        name = "Blocks"
        [[blocks]]
        rounds = 0
        [[blocks.moves]]
        name = "A"
        reps = 501
        [[blocks]]
        nmae = "Typo"
        [[blocks.moves]]
        name = "B"
        [[blocks.moves]]
        name = "C"
        hold = 10
        sets = 21
        """)
    assert lines == [
        "s.toml:3:10: blocks[1].rounds: must be a whole number from 1 to 20, got 0",
        "s.toml:6:8: blocks[1].moves[1].reps: must be a whole number from 1 to 500, got 501",
        "s.toml:8:1: blocks[2]: unknown key 'nmae'; did you mean 'name'?",
        "s.toml:9:1: blocks[2].moves[1]: needs 'reps' (a count), 'hold' or 'work' (seconds)",
        "s.toml:14:8: blocks[2].moves[2].sets: must be a whole number from 1 to 20, got 21",
    ]


def test_a_session_level_mistake_is_reported_once(tmp_path: Path) -> None:
    lines = error_lines(tmp_path, """\
        name = "Once"
        rest = -1
        rounds = 0
        [[moves]]
        name = "A"
        reps = 3
        """)
    assert sorted(lines) == [
        "s.toml:2:8: rest: must be a number of seconds from 0 to 900, got -1",
        "s.toml:3:10: rounds: must be a whole number from 1 to 20, got 0",
    ]


# -- exact messages ------------------------------------------------------------

MOVE = 'name = "S"\n[[moves]]\n'


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('name = "A"\nreps = "ten"',
                     's.toml:4:8: moves[1].reps: must be a whole number from 1 to 500, got "ten"',
                     id="wrong-type"),
        pytest.param('name = "A"\nreps = -3',
                     "s.toml:4:8: moves[1].reps: must be a whole number from 1 to 500, got -3",
                     id="out-of-range"),
        pytest.param('name = "A"\nreps = 1.5',
                     "s.toml:4:8: moves[1].reps: must be a whole number from 1 to 500, got 1.5",
                     id="fraction"),
        pytest.param('name = "A"\nreps = 3.0',
                     "s.toml:4:8: moves[1].reps: must be a whole number from 1 to 500, got 3.0",
                     id="float-for-whole"),
        pytest.param('name = "A"\nreps = true',
                     "s.toml:4:8: moves[1].reps: must be a whole number from 1 to 500, got true",
                     id="bool-for-whole"),
        pytest.param('name = "A"\nhold = false',
                     "s.toml:4:8: moves[1].hold: must be a number of seconds from 1 to 3600, "
                     "got false",
                     id="bool-for-seconds"),
        pytest.param('name = "A"\nhold = inf',
                     "s.toml:4:8: moves[1].hold: must be a number of seconds from 1 to 3600, "
                     "got inf",
                     id="inf"),
        pytest.param('name = "A"\nhold = nan',
                     "s.toml:4:8: moves[1].hold: must be a number of seconds from 1 to 3600, "
                     "got nan",
                     id="nan"),
        pytest.param('name = "A"\nhold = 10\ntempo = -inf',
                     "s.toml:5:9: moves[1].tempo: must be a number of seconds from 0.5 to 60, "
                     "got -inf",
                     id="minus-inf"),
        pytest.param('name = "A"\nhold = 1' + "0" * 30,
                     "s.toml:4:8: moves[1].hold: must be a number of seconds from 1 to 3600, "
                     "got a number far too large",
                     id="huge-integer"),
        pytest.param('name = "A"\nreps = 3\nholdd = 3',
                     "s.toml:5:1: moves[1]: unknown key 'holdd'; did you mean 'hold'?",
                     id="unknown-key"),
        pytest.param('name = "A"\nreps = 3\nzzz = 3',
                     "s.toml:5:1: moves[1]: unknown key 'zzz'",
                     id="unknown-key-no-suggestion"),
        pytest.param('move = "glute-brige"',
                     's.toml:3:8: moves[1].move: no built-in move "glute-brige"; did you mean '
                     f"'glute-bridge'? (known: {KNOWN})",
                     id="unknown-library-move"),
        pytest.param("move = 3",
                     f"s.toml:3:8: moves[1].move: no built-in move 3 (known: {KNOWN})",
                     id="library-move-not-text"),
        pytest.param("reps = 3",
                     "s.toml:2:1: moves[1]: a move needs a name (or 'move' naming a built-in "
                     "move)",
                     id="missing-name"),
        pytest.param('name = "   "\nreps = 3',
                     "s.toml:3:8: moves[1].name: must not be empty",
                     id="blank-name"),
        pytest.param('name = "A"\nreps = 3\nhold = 3',
                     "s.toml:2:1: moves[1]: give either 'reps' or 'hold', not both",
                     id="reps-and-hold"),
        pytest.param('name = "A"',
                     "s.toml:2:1: moves[1]: needs 'reps' (a count), 'hold' or 'work' (seconds)",
                     id="neither-reps-nor-hold"),
        pytest.param('name = "A"\nreps = 3\ntempo = "slow"',
                     's.toml:5:9: moves[1].tempo: must be seconds per rep from 0.5 to 60, or '
                     '"self", got "slow"',
                     id="tempo-word"),
        pytest.param('name = "A"\nreps = 3\nimage = 3',
                     "s.toml:5:9: moves[1].image: must be a picture name or file, or a list of "
                     "files",
                     id="image-number"),
        pytest.param('name = "A"\nreps = 3\nimage = []',
                     "s.toml:5:9: moves[1].image: must be a picture name or file, or a list of "
                     "files",
                     id="image-empty-list"),
        pytest.param('name = "A"\nreps = 3\nimage = [' + ", ".join(['"f.png"'] * 13) + "]",
                     "s.toml:5:9: moves[1].image: has 13 frames, at most 12 are allowed",
                     id="image-too-many-frames"),
        pytest.param('name = "A"\nreps = 3\nmirror = 1',
                     "s.toml:5:10: moves[1].mirror: must be true or false, got 1",
                     id="mirror-number"),
        pytest.param('name = "A"\nreps = 3\nsay = ["x"]',
                     "s.toml:5:7: moves[1].say: must be text in quotes, got a list",
                     id="say-list"),
        pytest.param('name = "A"\nreps = 3\ninstructions = {a = 1}',
                     "s.toml:5:16: moves[1].instructions: must be text in quotes, got a table",
                     id="instructions-table"),
        pytest.param('name = "A"\nreps = 3\ninstructions = 1979-05-27',
                     "s.toml:5:16: moves[1].instructions: must be text in quotes, got a date",
                     id="instructions-date"),
        pytest.param(f'name = "A"\nreps = 3\ninstructions = "{"x" * (MAX_TEXT + 1)}"',
                     f"s.toml:5:16: moves[1].instructions: is too long ({MAX_TEXT + 1} "
                     f"characters, at most {MAX_TEXT})",
                     id="text-too-long"),
        pytest.param(f'name = "{"N" * 81}"\nreps = 3',
                     "s.toml:3:8: moves[1].name: is too long (81 characters, at most 80)",
                     id="name-too-long"),
        pytest.param('name = "A"\nreps = "' + "t" * 1000 + '"',
                     f's.toml:4:8: moves[1].reps: must be a whole number from 1 to 500, got '
                     f'"{"t" * 40}\u2026"',
                     id="long-value-cut"),
        pytest.param('name = "A"\nreps = "a\\nb\\u001b[31m"',
                     's.toml:4:8: moves[1].reps: must be a whole number from 1 to 500, got '
                     '"a\\x0ab\\x1b[31m"',
                     id="controls-in-a-value-escaped"),
        pytest.param('name = "A"\nreps = 3\n"' + "k" * 200_000 + '" = 1',
                     f"s.toml:5:1: moves[1]: unknown key '{'k' * 40}\u2026'",
                     id="long-unknown-key-cut"),
        pytest.param('name = "A"\nreps = 3\n"rep\\ns" = 1',
                     "s.toml:2:1: moves[1]: unknown key 'rep\\x0as'; did you mean 'reps'?",
                     id="unknown-key-with-a-newline"),
        pytest.param('move = "' + "m" * 5000 + '"',
                     f's.toml:3:8: moves[1].move: no built-in move "{"m" * 40}\u2026" (known: '
                     f"{KNOWN})",
                     id="long-library-move-cut"),
    ],
)
def test_exact_message(tmp_path: Path, body: str, expected: str) -> None:
    assert one_error(tmp_path, MOVE + body + "\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('[[moves]]\nname = "A"\nreps = 1\n',
                     's.toml: the session needs a name, e.g. name = "Pre-run activation"',
                     id="session-without-name"),
        pytest.param('name = "S"\nmoves = []\n',
                     "s.toml:2:9: moves: must be a list of [[moves]] tables with at least one "
                     "entry",
                     id="empty-moves"),
        pytest.param('name = "S"\n[moves]\nname = "A"\n',
                     "s.toml:2:1: moves: must be a list of [[moves]] tables with at least one "
                     "entry",
                     id="moves-as-table"),
        pytest.param('name = "S"\nmoves = [1, {name = "A", reps = 2}]\n',
                     "s.toml:2:9: moves[1]: must be a table, got 1",
                     id="move-not-a-table"),
        pytest.param('name = "S"\nblocks = 3\n',
                     "s.toml:2:10: blocks: must be a list of [[blocks]] tables with at least "
                     "one entry",
                     id="blocks-not-a-list"),
        pytest.param('name = "S"\n[[blocks]]\nname = "B"\n',
                     "s.toml:2:1: blocks[1].moves: must be a list of [[moves]] tables with at "
                     "least one entry",
                     id="block-without-moves"),
        pytest.param('name = "S"\n[[moves]]\nname = "A"\nreps = 1\n'
                     '[[blocks]]\n[[blocks.moves]]\nname = "B"\nreps = 1\n',
                     "s.toml:5:1: blocks: use either [[moves]] or [[blocks]] at the top level, "
                     "not both",
                     id="moves-and-blocks"),
        pytest.param('name = "S"\nmove = 3\n',
                     "s.toml: this is not a hiptimer session: it needs a [[moves]] or "
                     "[[blocks]] list ('move' here: did you mean 'moves'?)",
                     id="neither-moves-nor-blocks"),
        pytest.param('title = "S"\n[owner]\nname = "Tom"\n',
                     "s.toml: this is not a hiptimer session: it needs a [[moves]] or "
                     "[[blocks]] list",
                     id="other-toml"),
        pytest.param('name = "S"\nget_ready = 301\n[[moves]]\nname = "A"\nreps = 1\n',
                     "s.toml:2:13: get_ready: must be a number of seconds from 0 to 300, got 301",
                     id="session-number"),
        pytest.param('name = "S"\nround_rest = "long"\n[[moves]]\nname = "A"\nreps = 1\n',
                     's.toml:2:14: round_rest: must be a number of seconds from 0 to 900, got '
                     '"long"',
                     id="session-wrong-type"),
        pytest.param('name = "S"\ntempo = true\n[[moves]]\nname = "A"\nreps = 1\n',
                     "s.toml:2:9: tempo: must be a number of seconds from 0.5 to 60, got true",
                     id="session-tempo-bool"),
        pytest.param('name = "S"\ntempp = 2\n[[moves]]\nname = "A"\nreps = 1\n',
                     "s.toml:2:1: unknown key 'tempp'; did you mean 'tempo'?",
                     id="session-unknown-key"),
        pytest.param('name = "S"\n' + '[[moves]]\nname = "A"\nreps = 1\n' * (MAX_MOVES + 1),
                     f"s.toml:2:1: moves: has {MAX_MOVES + 1} entries, at most {MAX_MOVES} are "
                     "allowed",
                     id="too-many-moves"),
        pytest.param('name = "S"\n' + '[[blocks]]\n[[blocks.moves]]\nname = "A"\nreps = 1\n' * 13,
                     "s.toml:2:1: blocks: has 13 entries, at most 12 are allowed",
                     id="too-many-blocks"),
        pytest.param('name = "S"\nmoves = [{name = "A", reps = 1}, {name = "B", reps = 0}]\n',
                     "s.toml:2:9: moves[2].reps: must be a whole number from 1 to 500, got 0",
                     id="inline-table-reported-at-its-key"),
    ],
)
def test_exact_session_message(tmp_path: Path, text: str, expected: str) -> None:
    assert one_error(tmp_path, text) == expected


def test_phase_count_is_limited(tmp_path: Path) -> None:
    moves = '[[moves]]\nname = "A"\nreps = 1\neach_side = true\nsets = 20\n' * 2
    line = one_error(tmp_path, f'name = "S"\nrounds = 20\n{moves}')
    assert line == (
        "s.toml: the session would have about 3222 phases; at most 2000 are allowed "
        "(fewer rounds, sets or moves)"
    )


def test_syntax_error_keeps_line_and_column(tmp_path: Path) -> None:
    line = one_error(tmp_path, 'name = "S"\n[[moves]]\nreps = = 3\n')
    assert line == "s.toml:3:8: not valid TOML: invalid value"


def test_unterminated_string_is_placed(tmp_path: Path) -> None:
    line = one_error(tmp_path, 'name = "S\n')
    assert line.startswith("s.toml:1:")
    assert "not valid TOML" in line


def test_line_numbers_ignore_unicode_line_separators(tmp_path: Path) -> None:
    # U+2028 inside a string is not a new line in TOML.
    # (In a description: a name may not hold one.)
    line = one_error(
        tmp_path, 'name = "a"\ndescription = "a\u2028b"\n[[moves]]\nname = "A"\nreps = 0\n')
    assert line.startswith("s.toml:5:8: moves[1].reps:")


def test_lines_in_multiline_strings_are_not_keys(tmp_path: Path) -> None:
    line = one_error(tmp_path, '''\
        name = "S"
        [[moves]]
        name = "A"
        instructions = """
        reps = 4
        """
        reps = 0
        ''')
    assert line.startswith("s.toml:7:8: moves[1].reps:")


def test_problem_format_without_position() -> None:
    assert Problem("moves[1].reps", "bad").format("f.toml") == "f.toml: moves[1].reps: bad"
    assert Problem("", "bad", 3).format("f.toml") == "f.toml:3: bad"
    assert Problem("x", "bad", 3, 4).format("f.toml") == "f.toml:3:4: x: bad"
    error = SessionError("f.toml", [Problem("a", "one"), Problem("b", "two")])
    assert str(error) == "f.toml: a: one\nf.toml: b: two"


# -- customise --------------------------------------------------------------------


def _plain(tmp_path: Path, rounds: int = 1) -> Session:
    return load(write(tmp_path, f"""\
        name = "Custom"
        rounds = {rounds}
        [[moves]]
        name = "Five"
        reps = 5
        [[moves]]
        name = "Seven"
        reps = 7
        [[moves]]
        name = "Bridge"
        hold = 30
        [[moves]]
        name = "Short"
        hold = 1.5
        """))


def test_customise_reps_sets_every_rep_count_and_leaves_holds(tmp_path: Path) -> None:
    session = customise(_plain(tmp_path), reps=12)
    assert [(m.reps, m.hold) for m in session.moves] == [
        (12, None), (12, None), (None, 30), (None, 1.5)]


def test_customise_nothing_changes_nothing(tmp_path: Path) -> None:
    session = _plain(tmp_path)
    assert customise(session) == session


def test_customise_scale_rounds_halves_up(tmp_path: Path) -> None:
    session = customise(_plain(tmp_path), scale=0.5)
    assert [(m.reps, m.hold) for m in session.moves] == [
        (3, None), (4, None), (None, 15), (None, 1)]


def test_customise_scale_stays_within_limits(tmp_path: Path) -> None:
    session = _plain(tmp_path)
    small = customise(session, scale=0.25)
    assert [(m.reps, m.hold) for m in small.moves] == [(1, None), (2, None), (None, 8), (None, 1)]
    big = customise(customise(session, reps=400), scale=4)
    assert [m.reps for m in big.moves][:2] == [500, 500]
    huge = customise(load(write(tmp_path, 'name = "H"\n[[moves]]\nname = "A"\nhold = 3000\n',
                                "h.toml")), scale=4)
    assert huge.moves[0].hold == 3600


def test_customise_reps_then_scale(tmp_path: Path) -> None:
    session = customise(_plain(tmp_path), reps=10, scale=1.5)
    assert [m.reps for m in session.moves][:2] == [15, 15]


def test_customise_rounds_on_a_plain_session(tmp_path: Path) -> None:
    session = customise(_plain(tmp_path), rounds=3)
    assert [b.rounds for b in session.blocks] == [3]


def test_customise_rounds_on_a_circuit(tmp_path: Path) -> None:
    assert [b.rounds for b in customise(_plain(tmp_path, rounds=3), rounds=2).blocks] == [2]


def test_customise_rounds_changes_only_the_circuit_blocks() -> None:
    session = load(EVERYTHING)
    assert [b.rounds for b in session.blocks] == [1, 3]
    assert [b.rounds for b in customise(session, rounds=5).blocks] == [1, 5]


def _big(tmp_path: Path, rounds: int = 1) -> Session:
    """Return a session of about 480 phases a round: within the limit 4 times, not 20."""
    moves = '[[moves]]\nname = "A"\nreps = 1\neach_side = true\nsets = 10\n' * 12
    return load(write(tmp_path, f'name = "Big"\nrounds = {rounds}\n{moves}', "big.toml"))


def test_customise_refuses_rounds_beyond_the_phase_limit(tmp_path: Path) -> None:
    # --rounds 20 turned an accepted session into 19,200 phases (10 s, 1.3 GB).
    session = _big(tmp_path)
    with pytest.raises(SessionError) as caught:
        customise(session, rounds=20)
    assert caught.value.lines() == [
        f"{tmp_path / 'big.toml'}: with 20 rounds the session would have about 9622 "
        "phases; at most 2000 are allowed (this session fits at most 4 rounds)"]
    assert [b.rounds for b in customise(session, rounds=4).blocks] == [4]


def test_customise_names_the_largest_rounds_of_a_circuit(tmp_path: Path) -> None:
    with pytest.raises(SessionError) as caught:
        customise(_big(tmp_path, rounds=2), rounds=5)
    assert caught.value.problems[0].message.endswith("(this session fits at most 4 rounds)")


def test_customise_says_one_round_in_the_singular(tmp_path: Path) -> None:
    # 24 moves × 20 sets × 2 sides: about 1,920 phases, so one round only.
    moves = '[[moves]]\nname = "A"\nreps = 1\neach_side = true\nsets = 20\n' * 24
    session = load(write(tmp_path, f'name = "Big"\n{moves}', "big.toml"))
    with pytest.raises(SessionError) as caught:
        customise(session, rounds=2)
    assert caught.value.problems[0].message.startswith("with 2 rounds the session")
    assert caught.value.problems[0].message.endswith("(this session fits at most 1 round)")


def test_customise_of_a_session_without_a_file(tmp_path: Path) -> None:
    session = replace(_big(tmp_path), source=None)
    with pytest.raises(SessionError) as caught:
        customise(session, rounds=20)
    assert caught.value.lines()[0].startswith("Big: with 20 rounds")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"reps": 0}, "reps: must be a whole number from 1 to 500, got 0", id="reps-0"),
        pytest.param({"reps": 501}, "reps: must be a whole number from 1 to 500, got 501",
                     id="reps-501"),
        pytest.param({"reps": 2.5}, "reps: must be a whole number from 1 to 500, got 2.5",
                     id="reps-fraction"),
        pytest.param({"rounds": 21}, "rounds: must be a whole number from 1 to 20, got 21",
                     id="rounds-21"),
        pytest.param({"rounds": True}, "rounds: must be a whole number from 1 to 20, got true",
                     id="rounds-bool"),
        pytest.param({"scale": 5.0}, "scale: must be from 0.25 to 4, got 5.0", id="scale-5"),
        pytest.param({"scale": float("nan")}, "scale: must be from 0.25 to 4, got nan",
                     id="scale-nan"),
        pytest.param({"scale": 0}, "scale: must be from 0.25 to 4, got 0", id="scale-0"),
    ],
)
def test_customise_refuses_what_load_would(
    tmp_path: Path, changes: dict[str, float], message: str
) -> None:
    # customise() is called by more than the command line, which checks
    # its arguments itself; the session it returns must still be one
    # load() would accept.
    with pytest.raises(SessionError) as caught:
        customise(_plain(tmp_path), **changes)  # type: ignore[arg-type]
    assert [p.format("") for p in caught.value.problems] == [f": {message}"]


def test_documented_example_is_the_example_file() -> None:
    doc = (REPO / "docs" / "session-format.md").read_text(encoding="utf-8")
    example = EVERYTHING.read_text(encoding="utf-8")
    assert f"```toml\n{example}```\n" in doc


def test_documented_error_example_is_what_the_loader_says(tmp_path: Path) -> None:
    doc = (REPO / "docs" / "session-format.md").read_text(encoding="utf-8")
    lines = error_lines(tmp_path, FOUR_MISTAKES, name="my-warmup.toml")
    assert "```\n" + "\n".join(lines) + "\n```\n" in doc
