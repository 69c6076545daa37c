"""Every worked example in docs/examples/ loads, passes --check and plans what its comments say.

docs/session-format.md points at these files, one per capability of the
format; a file that stopped loading, or a plan that stopped matching what
the example explains, would teach the wrong thing.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import jsonschema
import pytest

from hiptimer import cli
from hiptimer.plan import PhaseKind, Side, make_plan
from hiptimer.session import load

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "docs" / "examples").glob("*.toml"))


def check_output(path: Path) -> str:
    out, err = io.StringIO(), io.StringIO()
    status = cli.run_check(cli.parse(["--check", str(path)]), out=out, err=err)
    assert (status, err.getvalue()) == (cli.EXIT_OK, ""), err.getvalue()
    return out.getvalue()


def test_there_is_an_example_of_each_capability() -> None:
    assert {p.stem for p in EXAMPLES} >= {
        "everything", "sides", "one-then-other", "tabata", "emom", "open-ended",
        "own-sounds", "library", "cool-down"}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_passes_check_and_the_schema(path: Path) -> None:
    session = load(path, check_files=True)
    assert session.warnings == ()
    assert "Total " in check_output(path)
    schema = json.loads((REPO / "assets" / "session.schema.json").read_text(encoding="utf-8"))
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(data)] == []
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "#:schema ../../assets/session.schema.json"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_is_linked_from_the_format_docs(path: Path) -> None:
    docs = (REPO / "docs" / "session-format.md").read_text(encoding="utf-8")
    assert f"examples/{path.name}" in docs


def example(name: str) -> Path:
    return REPO / "docs" / "examples" / f"{name}.toml"


def rows(text: str) -> list[list[str]]:
    """Return the plan table's rows split at runs of two spaces."""
    return [re.split(r"\s{2,}", line.strip()) for line in text.splitlines()
            if re.match(r"\s*\d+\s+\d+:\d\d", line)]


def test_sides_example() -> None:
    plan = make_plan(load(example("sides")))
    lunge = plan.phases[1]
    assert (lunge.alternate, lunge.first_side, lunge.reps_per_side) == (True, Side.RIGHT, 8)
    assert [p.side for p in plan.phases if p.title == "Single-leg bridge"] == [
        Side.LEFT, Side.RIGHT]
    assert [p.side for p in plan.phases if p.title == "Step-down"] == [Side.RIGHT]
    assert ["reps", "Reverse lunge", "alternate", "8 each side, alternating × 3 s"] == rows(
        check_output(example("sides")))[1][2:]


def test_one_then_other_example() -> None:
    text = check_output(example("one-then-other"))
    assert "-- Lying on one side: one side then the other, left first" in text
    assert "-- On your back" in text
    switches = [p for p in make_plan(load(example("one-then-other"))).phases
                if p.kind is PhaseKind.SWITCH]
    assert [s.duration for s in switches] == [10]


def test_tabata_example() -> None:
    plan = make_plan(load(example("tabata")))
    work = [p for p in plan.phases if p.kind is PhaseKind.WORK]
    assert len(work) == 8 and all(p.is_timed_work and p.duration == 20 for p in work)
    assert plan.phases[-1].title == "Done — walk it off"
    assert work[0].move is not None and work[0].move.images[0].suffix == ".gif"
    assert rows(check_output(example("tabata")))[1][2:] == ["work", "Squat jumps", "1/8", "20 s"]


def test_emom_example() -> None:
    plan = make_plan(load(example("emom")))
    lunges = [i for i, p in enumerate(plan.phases) if p.title == "Front lunge"]
    starts = plan.starts()
    assert [starts[i] - starts[lunges[0]] for i in lunges] == [0, 60, 120, 180, 240]
    assert "24 s (rest of every 60 s)" in check_output(example("emom"))


def test_open_ended_example() -> None:
    text = check_output(example("open-ended"))
    assert "work       Jog across and back" in text
    assert "until done (about 40 s)" in text and "until done (about 45 s)" in text


def test_own_sounds_example() -> None:
    plan = make_plan(load(example("own-sounds")))
    squats = next(p for p in plan.phases if p.title == "Squats")
    clams = next(p for p in plan.phases if p.title == "Clam shell")
    sounds = REPO / "assets" / "sounds"
    go, tick = plan.sound_for(squats, "go"), plan.sound_for(clams, "tick")
    assert go is not None and go.is_absolute() and go.resolve() == sounds / "round.wav"
    assert tick is not None and tick.resolve() == sounds / "countdown.wav"
    assert plan.sound_for(squats, "tick") is None


def test_library_example() -> None:
    session = load(example("library"))
    assert [m.name for m in session.moves] == [
        "Nordic hamstring lower", "Copenhagen plank", "Clam shell", "Copenhagen plank"]
    assert [m.hold for m in session.moves if m.name == "Copenhagen plank"] == [20, 15]
    assert session.moves[2].reps == 15
    assert "-- Circuit: 2 rounds" in check_output(example("library"))


def test_cool_down_example() -> None:
    plan = make_plan(load(example("cool-down")))
    assert plan.phases[-1].title == "Done — well stretched"
