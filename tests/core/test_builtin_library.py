"""Check the built-in move library and the built-in sessions as a whole.

Every move in ``assets/moves.toml`` must be usable on its own (``move = "id"``
with nothing else), with instructions short enough to read from a mat. Each
move's equipment and its easier and harder variations are not loader keys
yet: they live as ``# equipment:``, ``# easier:`` and ``# harder:`` comment
lines directly above the move's table, and in ``VARIATIONS`` below, so that
they can become keys later. The two must agree, every link must name a real
move, and the links must form simple chains, easier to harder, without
cycles. Every built-in session must load with its files checked, as
``--check`` does.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from hiptimer import resources
from hiptimer.session import load, move_library

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


VARIATIONS: dict[str, Variation] = {
    # The clam shell family: angles first, then the band, then the reverse clam.
    "clam-shell": Variation("none", harder="clam-shell-hips-bent"),
    "clam-shell-hips-bent": Variation(
        "none", easier="clam-shell", harder="clam-shell-hips-straight"
    ),
    "clam-shell-hips-straight": Variation(
        "none", easier="clam-shell-hips-bent", harder="banded-clam-shell"
    ),
    "banded-clam-shell": Variation(
        "mini-band", easier="clam-shell-hips-straight", harder="reverse-clam-shell"
    ),
    "reverse-clam-shell": Variation("none", easier="banded-clam-shell"),
    # The bridge family: band, one leg at a time, then the ball.
    "glute-bridge": Variation("none", harder="banded-glute-bridge"),
    "banded-glute-bridge": Variation("mini-band", easier="glute-bridge", harder="marching-bridge"),
    "marching-bridge": Variation(
        "none", easier="banded-glute-bridge", harder="single-leg-bridge"
    ),
    "single-leg-bridge": Variation("none", easier="marching-bridge", harder="ball-bridge"),
    "ball-bridge": Variation(
        "stability-ball", easier="single-leg-bridge", harder="ball-hamstring-curl"
    ),
    "ball-hamstring-curl": Variation("stability-ball", easier="ball-bridge"),
    # Lunges.
    "front-lunge": Variation("none", harder="reverse-lunge"),
    "reverse-lunge": Variation("none", easier="front-lunge"),
    "side-lunge": Variation("none"),
    "curtsy-lunge": Variation("none"),
    "cross-curtsy-lunge": Variation("none"),
    # Side-lying, then banded walks.
    "side-lying-leg-raise": Variation("none", harder="lateral-band-walk"),
    "lateral-band-walk": Variation(
        "mini-band", easier="side-lying-leg-raise", harder="monster-walk"
    ),
    "monster-walk": Variation("mini-band", easier="lateral-band-walk"),
    # Stability with no equipment, and the stretches.
    "fire-hydrant": Variation("none"),
    "donkey-kick": Variation("none"),
    "single-leg-balance": Variation("none"),
    "hip-flexor-stretch": Variation("none"),
    "figure-four-stretch": Variation("none"),
    "ninety-ninety-switch": Variation("none"),
    "butterfly-stretch": Variation("none"),
}

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

_COMMENT = re.compile(r"^# (equipment|easier|harder): (\S+)$")
_TABLE = re.compile(r"^\[([a-z0-9-]+)\]$")


def variations_in_file(text: str) -> dict[str, Variation]:
    """Read the ``# equipment:`` / ``# easier:`` / ``# harder:`` lines above each table.

    Only the comment lines directly above a table header count; a blank line
    or any other comment ends the block. A key given twice is an error.
    """
    found: dict[str, Variation] = {}
    pending: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        comment = _COMMENT.match(line)
        table = _TABLE.match(line)
        if comment:
            key, value = comment.groups()
            assert key not in pending, f"moves.toml:{number}: '{key}' given twice"
            pending[key] = value
        elif table:
            assert "equipment" in pending, f"moves.toml:{number}: no '# equipment:' line"
            found[table.group(1)] = Variation(
                pending["equipment"], pending.get("easier"), pending.get("harder")
            )
            pending = {}
        else:
            assert not pending, f"moves.toml:{number}: variation lines not above a table"
    return found


@pytest.fixture(scope="module")
def library() -> dict[str, dict[str, object]]:
    with MOVES_FILE.open("rb") as handle:
        return tomllib.load(handle)


def test_the_library_has_at_least_24_moves(library: dict[str, dict[str, object]]) -> None:
    assert len(library) >= 24
    assert set(library) == set(move_library())


def test_the_comments_and_the_table_agree() -> None:
    assert variations_in_file(MOVES_FILE.read_text(encoding="utf-8")) == VARIATIONS


def test_the_comment_reader_refuses_loose_lines() -> None:
    with pytest.raises(AssertionError, match="not above a table"):
        variations_in_file("# equipment: none\n\n[a]\n")
    with pytest.raises(AssertionError, match="no '# equipment:' line"):
        variations_in_file("# harder: b\n[a]\n")


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
    for equipment in needs:
        assert equipment.replace("-", " ") in (session.description or "").lower(), name


def test_the_wake_up_takes_about_a_minute() -> None:
    from hiptimer.plan import make_plan

    plan = make_plan(load(SESSIONS_DIR / "glute-wake-up.toml"))
    assert 50 <= plan.total <= 75


def test_the_firing_check_holds_a_single_leg_bridge_each_side() -> None:
    session = load(SESSIONS_DIR / "glute-firing-check.toml")
    assert [move.library_id for move in session.moves] == ["single-leg-bridge"]
    move = session.moves[0]
    assert move.hold and move.each_side
    description = (session.description or "").lower()
    for place in ("glute", "hamstring", "lower back"):
        assert place in description
