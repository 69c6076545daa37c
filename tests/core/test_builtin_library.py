"""Check the built-in move library and the built-in sessions as a whole.

Every move in ``assets/moves.toml`` must be usable on its own (``move = "id"``
with nothing else), with instructions short enough to read from a mat. Each
move names its ``equipment`` and its ``easier`` and ``harder`` variations as
keys; ``VARIATIONS`` below is read from them. Every link must name a real
move and be returned by it, and the links must form simple chains, easier to
harder, without cycles. Every built-in session must load with its files
checked, as ``--check`` does.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from hiptimer import resources
from hiptimer.session import Equipment, load, loads, move_library

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

REPO_ROOT = Path(__file__).resolve().parents[2]
MOVES_FILE = REPO_ROOT / "assets" / "moves.toml"
SESSIONS_DIR = REPO_ROOT / "assets" / "sessions"

EQUIPMENT = ("none", "mini-band", "stability-ball")
# Read from a mat two metres away: a few short sentences at most.
MAX_INSTRUCTIONS = 300


class Variation(NamedTuple):
    """What a move needs, and the moves one step easier and one step harder."""

    equipment: str
    easier: str | None = None
    harder: str | None = None


def variations_in(library: dict[str, dict[str, object]]) -> dict[str, Variation]:
    """Read each move's ``equipment``, ``easier`` and ``harder``; each must give equipment."""
    found = {}
    for move, table in library.items():
        assert "equipment" in table, f"{move}: no 'equipment' key"
        easier, harder = table.get("easier"), table.get("harder")
        found[move] = Variation(str(table["equipment"]),
                                None if easier is None else str(easier),
                                None if harder is None else str(harder))
    return found


with MOVES_FILE.open("rb") as _handle:
    VARIATIONS: dict[str, Variation] = variations_in(tomllib.load(_handle))

# The sessions that came first; screenshots and other tests depend on them.
FIRST_SESSIONS = ("hip-circuit.toml", "lunge-matrix.toml")
NEW_SESSIONS = (
    "glute-wake-up.toml",
    "hip-mobility.toml",
    "mini-band-activation.toml",
    "stability-ball.toml",
    "hip-stability.toml",
    "glute-firing-check.toml",
)


@pytest.fixture(scope="module")
def library() -> dict[str, dict[str, object]]:
    with MOVES_FILE.open("rb") as handle:
        return tomllib.load(handle)


def test_the_library_has_at_least_24_moves(library: dict[str, dict[str, object]]) -> None:
    assert len(library) >= 24
    assert set(library) == set(move_library())


def test_the_reader_wants_equipment_on_every_move() -> None:
    with pytest.raises(AssertionError, match="no 'equipment' key"):
        variations_in({"a": {"name": "A", "reps": 3}})
    assert variations_in({"a": {"equipment": "none", "harder": "b"}}) == {
        "a": Variation("none", None, "b")}


def test_the_loader_reads_the_keys_onto_each_move() -> None:
    """What the file says is what a session's move carries, and the session adds it up."""
    for move, variation in VARIATIONS.items():
        loaded = loads(f'name = "One"\n[[moves]]\nmove = "{move}"\n', "one.toml").moves[0]
        assert (loaded.equipment.value, loaded.easier, loaded.harder) == variation, move
    session = loads('name = "S"\n[[moves]]\nmove = "ball-bridge"\n[[moves]]\nmove = "clam-shell"'
                    '\n[[moves]]\nmove = "monster-walk"\n[[moves]]\nmove = "ball-hamstring-curl"\n',
                    "s.toml")
    assert session.equipment == (Equipment.STABILITY_BALL, Equipment.MINI_BAND)


def test_every_move_names_its_equipment() -> None:
    for move, variation in VARIATIONS.items():
        assert variation.equipment in EQUIPMENT, move


def test_every_link_names_a_real_move_and_is_returned() -> None:
    """A harder move names this one as easier, and back: the links are one chain."""
    for move, variation in VARIATIONS.items():
        if variation.harder is not None:
            assert variation.harder in VARIATIONS, f"{move}: no move {variation.harder!r}"
            assert VARIATIONS[variation.harder].easier == move, (move, variation.harder)
        if variation.easier is not None:
            assert variation.easier in VARIATIONS, f"{move}: no move {variation.easier!r}"
            assert VARIATIONS[variation.easier].harder == move, (move, variation.easier)
        assert move not in (variation.easier, variation.harder), move


def test_the_links_form_chains_without_cycles() -> None:
    """Following 'harder' from the easiest of a family visits each move once and ends."""
    seen: set[str] = set()
    for start, variation in VARIATIONS.items():
        if variation.easier is not None:
            continue
        move: str | None = start
        chain: list[str] = []
        while move is not None:
            assert move not in chain, f"cycle: {' -> '.join([*chain, move])}"
            chain.append(move)
            move = VARIATIONS[move].harder
        assert not seen & set(chain), chain
        seen |= set(chain)
    # A cycle has no easiest move and so would not be visited at all.
    assert seen == set(VARIATIONS)


def test_the_families_progress_as_the_coaching_says() -> None:
    def chain(start: str) -> list[str]:
        out, move = [], start
        while move is not None:
            out.append(move)
            move = VARIATIONS[move].harder
        return out

    assert chain("glute-bridge")[-3:] == ["single-leg-bridge", "ball-bridge",
                                          "ball-hamstring-curl"]
    assert chain("clam-shell")[-2:] == ["banded-clam-shell", "reverse-clam-shell"]
    assert chain("side-lying-leg-raise") == ["side-lying-leg-raise", "lateral-band-walk",
                                             "monster-walk"]
    assert chain("front-lunge") == ["front-lunge", "reverse-lunge"]


@pytest.mark.parametrize("move", sorted(VARIATIONS))
def test_every_move_stands_on_its_own(
    library: dict[str, dict[str, object]], move: str, tmp_path: Path
) -> None:
    """``move = "id"`` alone loads, with a name, a spoken name, a dose and two frames."""
    table = library[move]
    text = table["instructions"]
    assert isinstance(text, str) and text.strip(), move
    assert len(text) <= MAX_INSTRUCTIONS, f"{move}: {len(text)} characters of instructions"
    assert table.get("say"), move
    file = tmp_path / "one.toml"
    file.write_text(f'name = "One"\n[[moves]]\nmove = "{move}"\n', encoding="utf-8")
    loaded = load(file, check_files=True).moves[0]
    assert loaded.name == table["name"]
    assert loaded.library_id == move
    assert (loaded.reps is None) != (loaded.hold is None), move
    assert len(loaded.images) == 2, move
    assert all(path.is_file() for path in loaded.images), move


def test_equipment_is_in_the_name_or_the_instructions(
    library: dict[str, dict[str, object]],
) -> None:
    """A runner who reads only the card knows a band or a ball is needed."""
    words = {"mini-band": "band", "stability-ball": "ball"}
    for move, variation in VARIATIONS.items():
        if variation.equipment in words:
            table = library[move]
            said = f"{table['name']} {table['instructions']}".lower()
            assert words[variation.equipment] in said, move


def test_there_are_at_least_8_builtin_sessions() -> None:
    names = {path.name for path in resources.builtin_sessions()}
    assert len(names) >= 8
    assert {*FIRST_SESSIONS, *NEW_SESSIONS} <= names


@pytest.mark.parametrize("path", resources.builtin_sessions(), ids=lambda p: p.name)
def test_every_builtin_session_loads_with_its_files_checked(path: Path) -> None:
    session = load(path, check_files=True)
    assert not session.warnings, session.warning_lines()
    assert session.name
    assert session.description
    for move in session.moves:
        assert move.library_id in VARIATIONS, f"{path.name}: {move.name} is not a library move"


@pytest.mark.parametrize("name", NEW_SESSIONS)
def test_a_session_that_needs_equipment_says_so(name: str) -> None:
    """The description names the band or the ball before the runner starts."""
    session = load(SESSIONS_DIR / name)
    needs = {VARIATIONS[move.library_id or ""].equipment for move in session.moves} - {"none"}
    assert {item.value for item in session.equipment} == needs, name
    for equipment in session.equipment:
        assert equipment.value.replace("-", " ") in (session.description or "").lower(), name


def test_the_wake_up_takes_about_a_minute() -> None:
    from hiptimer.plan import make_plan

    plan = make_plan(load(SESSIONS_DIR / "glute-wake-up.toml"))
    assert 50 <= plan.total <= 75


def test_the_firing_check_holds_a_single_leg_bridge_each_side() -> None:
    session = load(SESSIONS_DIR / "glute-firing-check.toml")
    assert [move.library_id for move in session.moves] == ["single-leg-bridge"]
    move = session.moves[0]
    assert move.hold and move.each_side
    # It asks, afterwards, where it was felt, and says what each answer means.
    assert session.question is not None
    meanings = " ".join(f"{answer} {meaning}" for answer, meaning in session.question.answers)
    for place in ("glute", "hamstring", "lower back"):
        assert place in meanings.lower()
