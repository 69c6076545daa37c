"""Fuzzing the whole core at once: loader, ``customise()``, planner and runner.

Hypothesis writes session files that look like the ones people write, with
hostile values mixed in (wrong types, bounds and one past them, nan and
huge numbers, control characters, ``~`` paths, unknown keys, a stray byte
in the TOML), and this run's changes (``--reps``, ``--rounds``, ``--scale``).
Whatever it writes:

- ``load`` returns a ``Session`` or raises ``SessionError``, nothing else;
- so does ``customise()``, and what it returns is within the loader's limits;
- the plan is no larger than the loader's bound, its total time is finite
  and not negative, and every cue falls inside its phase;
- a runner on a fake clock, pushed around by pauses, skips and backs, then
  left to run (with "done" on self-paced reps), finishes without an error.

Bounded to stay well under 30 s: 200 small examples (about 5 s of CPU),
no deadline; ``HIPTIMER_FUZZ_EXAMPLES=5000`` for a longer hunt. Not
derandomised, so every run tries new ones.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

import pytest
import tomlkit
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from hiptimer import resources
from hiptimer.errors import SessionError
from hiptimer.plan import Plan, make_plan
from hiptimer.runner import Finished, Runner, RunState
from hiptimer.session import (
    LIMITS,
    MAX_PHASES,
    SCALE_HIGH,
    SCALE_LOW,
    Session,
    customise,
    load,
    move_library,
    phase_bound,
)

EXAMPLES = int(os.environ.get("HIPTIMER_FUZZ_EXAMPLES", "200"))
FILES = ("a.png", "b.svg", "pics/c.jpg", "folder.png")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a session folder holding a few pictures (and a folder named like one)."""
    made = tmp_path_factory.mktemp("fuzz")
    (made / "pics").mkdir()
    for name in FILES[:3]:
        (made / name).write_bytes(b"<svg/>")
    (made / "folder.png").mkdir()
    return made


def _good(key: str) -> st.SearchStrategy[Any]:
    """Return values of ``key`` a person would write: within its limits, the top rarely.

    The top (500 reps, 20 rounds) is kept rare because a plan of them can
    hold a million cues: fine for the limits, but slow for every example.
    """
    low, high = LIMITS[key].low, LIMITS[key].high
    if LIMITS[key].whole:
        usual: st.SearchStrategy[Any] = st.integers(int(low), 15 if key == "reps" else 4)
    else:
        usual = st.one_of(st.integers(int(math.ceil(low)), min(int(high), 60)),
                          st.floats(low, min(high, 60.0)).map(lambda x: round(x, 1)))
    top = int(high) if LIMITS[key].whole else high
    return st.integers(0, 15).flatmap(lambda n: st.just(top) if n == 0 else usual)


def _bad(key: str) -> st.SearchStrategy[Any]:
    """Return values of ``key`` at and past its edges, and of the wrong kinds."""
    low, high = LIMITS[key].low, LIMITS[key].high
    return st.sampled_from([low - 1, high + 1, -1, math.nan, math.inf, -math.inf, 10**30,
                            -(10**19), 2.5, 3.0, True, "10", "self", "", [1], {"a": 1}])


GOOD_TEXTS = st.sampled_from(["Clam shell", "Glute bridge", "  Side lunge ", "ITB stretch",
                              "Étirement", "Clams — slow", "x" * 80])
BAD_TEXTS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "   ", "a\x00b", "two\nlines", "\x1b[31mred", "x" * 81, "\u2028",
                     "x" * 5000, 3, ["a"], {"a": 1}]),
)
GOOD_PICTURES = st.sampled_from([*(resources.builtin_images() or ("clam-shell",)), *FILES[:3],
                                 "missing.png", "./~.svg", "/abs/x.jpg", "UPPER.PNG"])
BAD_PICTURES = st.one_of(
    st.sampled_from(["~.svg", "~nosuchuser/p.png", "~/p.png", "a\x00.png", "../x.svg",
                     "folder.png", "kne", "", "x.gif", "a\nb.png", 3, [], ["a.png"] * 13]),
    st.text(max_size=8).map(lambda t: t + ".svg"),
)
SETTINGS = ("tempo", "rest", "set_rest", "switch")


@st.composite
def good_move(draw: st.DrawFn) -> dict[str, Any]:
    """Return a move as people write them: from the library, or with a name and a dose."""
    move: dict[str, Any] = {}
    if draw(st.booleans()):
        move["move"] = draw(st.sampled_from(sorted(move_library())))
    else:
        move["name"] = draw(GOOD_TEXTS)
    dose = draw(st.sampled_from(["reps", "hold", "none" if "move" in move else "reps"]))
    if dose != "none":
        move[dose] = draw(_good(dose))
    for key in ("each_side", "mirror"):
        if draw(st.booleans()):
            move[key] = draw(st.booleans())
    for key in ("sets", *SETTINGS):
        if draw(st.integers(0, 3)) == 0:
            move[key] = "self" if key == "tempo" and draw(st.booleans()) else draw(_good(key))
    if draw(st.integers(0, 2)) == 0:
        pictures = st.lists(GOOD_PICTURES, min_size=1, max_size=3)
        move["image"] = draw(st.one_of(GOOD_PICTURES, pictures))
    for key in ("say", "instructions"):
        if draw(st.integers(0, 3)) == 0:
            move[key] = draw(GOOD_TEXTS)
    return move


def _settings(draw: st.DrawFn, table: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in keys:
        if draw(st.integers(0, 3)) == 0:
            table[key] = "self" if key == "tempo" and draw(st.booleans()) else draw(_good(key))


@st.composite
def good_session(draw: st.DrawFn) -> dict[str, Any]:
    """Return a session as people write them: loose moves, or blocks of moves."""
    session: dict[str, Any] = {"name": draw(GOOD_TEXTS)}
    _settings(draw, session, ("get_ready", "rounds", "round_rest", *SETTINGS))
    if draw(st.integers(0, 2)) == 0:
        session["say"] = draw(GOOD_TEXTS)
    if draw(st.booleans()):
        session["moves"] = draw(st.lists(good_move(), min_size=1, max_size=4))
    else:
        session["blocks"] = []
        for _ in range(draw(st.integers(1, 3))):
            block: dict[str, Any] = {"moves": draw(st.lists(good_move(), min_size=1,
                                                            max_size=3))}
            if draw(st.booleans()):
                block["name"] = draw(GOOD_TEXTS)
            _settings(draw, block, ("rounds", "round_rest", *SETTINGS))
            session["blocks"].append(block)
    return session


def _tables(session: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    # A hostile value may already stand where a list of tables was.
    def listed(table: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = table.get(key)
        return [t for t in value if isinstance(t, dict)] if isinstance(value, list) else []

    found = [("session", session)]
    for block in listed(session, "blocks"):
        found.append(("block", block))
        found.extend(("move", move) for move in listed(block, "moves"))
    found.extend(("move", move) for move in listed(session, "moves"))
    return found


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """Return a good session, often with one or two hostile values put in."""
    session = draw(good_session())
    for _ in range(draw(st.sampled_from([0, 0, 1, 1, 2]))):
        kind, table = draw(st.sampled_from(_tables(session)))
        key = draw(st.sampled_from(sorted({
            "session": {"name", "say", "description", "get_ready", "rounds", "round_rest",
                        *SETTINGS, "moves", "blocks", "rep"},
            "block": {"name", "rounds", "round_rest", *SETTINGS, "moves", "sets"},
            "move": {"move", "name", "reps", "hold", "each_side", "sets", "image", "mirror",
                     "instructions", "say", *SETTINGS, "holdd", "picture"},
        }[kind])))
        if key == "image":
            table[key] = draw(BAD_PICTURES)
        elif key in LIMITS:
            table[key] = draw(_bad(key))
        else:
            table[key] = draw(BAD_TEXTS)
    return session


@st.composite
def session_files(draw: st.DrawFn) -> bytes:
    """Return the bytes of a session file: written by tomlkit, sometimes damaged after."""
    text = tomlkit.dumps(draw(documents()))
    damage = draw(st.sampled_from(["none"] * 12 + ["insert", "delete", "bom", "bytes"]))
    data = text.encode("utf-8")
    if damage == "insert" and text:
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(["[", "]", '"', "=", "\n", ".", "{", "\x00"])) + \
            text[at:]
        data = text.encode("utf-8")
    elif damage == "delete" and text:
        at = draw(st.integers(0, len(text) - 1))
        data = (text[:at] + text[at + 1:]).encode("utf-8")
    elif damage == "bom":
        data = b"\xef\xbb\xbf" + data
    elif damage == "bytes":
        data = data + draw(st.binary(min_size=1, max_size=4))
    return data


changes = st.fixed_dictionaries({}, optional={
    "reps": st.one_of(st.integers(1, 30), st.sampled_from([0, 500, 501, 2.5, True])),
    "rounds": st.one_of(st.integers(1, 4), st.sampled_from([20, 0, 21, 1.5, True])),
    "scale": st.one_of(st.sampled_from([0.5, 1.0, 1.5, 2.0, 4.0, 0.25]),
                       st.floats(0, 5), st.sampled_from([math.nan, math.inf])),
})
ACTIONS = ("pause", "resume", "skip", "back", "done", "toggle", "wait", "wait", "wait")
actions = st.lists(st.tuples(st.sampled_from(ACTIONS), st.floats(0, 120)), max_size=12)


def _within_limits(session: Session) -> None:
    for move in session.moves:
        if move.reps is not None:
            assert LIMITS["reps"].low <= move.reps <= LIMITS["reps"].high
        if move.hold is not None:
            assert LIMITS["hold"].low <= move.hold <= LIMITS["hold"].high
    for block in session.blocks:
        assert LIMITS["rounds"].low <= block.rounds <= LIMITS["rounds"].high
    assert phase_bound(session) <= MAX_PHASES


def _run_to_the_end(plan: Plan, steps: list[tuple[str, float]]) -> None:
    clock = [1000.0]
    runner = Runner(plan, now=lambda: clock[0])
    events: list[object] = []
    runner.subscribe(events.append)
    assert runner.start()
    for action, seconds in steps:
        if action == "wait":
            clock[0] += seconds
            runner.update()
        else:
            getattr(runner, action)()
    if runner.state is RunState.PAUSED:
        assert runner.resume()
    # Every timed phase ends by its deadline and every self-paced one is
    # ended by "done", so this takes at most one round per phase.
    for _ in range(2 * len(plan.phases) + 2):
        if runner.state is RunState.FINISHED:
            break
        if runner.phase.self_paced:
            assert runner.done()
        else:
            wake = runner.next_wake()
            assert wake is not None and math.isfinite(wake)
            clock[0] = max(clock[0], runner.deadline() or wake)
            runner.update()
    assert runner.state is RunState.FINISHED
    finished = [e for e in events if isinstance(e, Finished)]
    assert len(finished) == 1
    assert math.isfinite(finished[0].active) and finished[0].active >= 0


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=session_files(), run=changes, steps=actions, check_files=st.booleans())
def test_loader_customise_planner_and_runner_never_break(
    folder: Path, data: bytes, run: dict[str, Any], steps: list[tuple[str, float]],
    check_files: bool,
) -> None:
    path = folder / "fuzz.toml"
    path.write_bytes(data)
    try:
        session = load(path, check_files=check_files)
    except SessionError as error:
        assert error.lines() and all(line.startswith(str(path)) for line in error.lines())
        assert all("\n" not in line for line in error.lines())
        event("refused by the loader")
        return
    assert isinstance(session, Session)
    _within_limits(session)
    try:
        session = customise(session, **run)
    except SessionError as error:
        assert error.lines()
        event("refused by customise()")
        return
    assert isinstance(session, Session)
    if "scale" in run:
        assert SCALE_LOW <= run["scale"] <= SCALE_HIGH
    _within_limits(session)

    plan = make_plan(session)
    assert len(plan.phases) <= phase_bound(session)
    assert math.isfinite(plan.total) and plan.total >= 0
    for phase in plan.phases:
        assert math.isfinite(phase.estimate) and phase.estimate >= 0
        for cue in phase.cues:
            assert cue.offset >= 0
            if phase.duration is not None:
                assert cue.offset <= phase.duration
    event(f"planned and run ({'self-paced' if plan.has_self_paced else 'timed'})")
    _run_to_the_end(plan, steps)
