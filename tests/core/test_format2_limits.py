"""Too large after any combination of keys: refused before a plan is built.

The phase bound (``phase_bound``) must hold for every combination of
``sets``, ``rounds``, ``sides`` (both, alternate, one-then-other) and
``every``, at load and after this run's changes (``customise``), so that
``--check`` of the largest accepted session stays within its budget.
"""

from __future__ import annotations

import itertools
import textwrap

import pytest

from hiptimer.errors import SessionError
from hiptimer.plan import make_plan
from hiptimer.session import MAX_PHASES, Session, customise, loads, phase_bound

SIDES = ["", 'sides = "left"', 'sides = "both"', 'sides = "alternate"']
DOSES = ["reps = 3\ntempo = 1", 'reps = 3\ntempo = "self"', "hold = 4", "work = 4",
         'work = "self"']


def session_of(sides: str, dose: str, every: bool, turn: bool, rounds: int, sets: int) -> str:
    interval = "every = 30\n" if every else "set_rest = 2\n"
    block = 'sides = "one-then-other"\n' if turn else ""
    move = f"[[blocks.moves]]\nname = \"A\"\n{dose}\n{sides}\nsets = {sets}\n{interval}"
    return (f'name = "S"\nget_ready = 3\nrest = 1\nround_rest = 5\n[[blocks]]\n{block}'
            f"rounds = {rounds}\n{move}{move.replace('A', 'B')}"
            '[[blocks]]\n[[blocks.moves]]\nname = "C"\nhold = 3\n')


@pytest.mark.parametrize(("sides", "dose", "every", "turn"),
                         list(itertools.product(SIDES, DOSES, [False, True], [False, True])))
def test_the_bound_holds_for_every_combination(sides: str, dose: str, every: bool,
                                               turn: bool) -> None:
    for rounds, sets in ((1, 1), (2, 3)):
        session = loads(session_of(sides, dose, every, turn, rounds, sets), "s.toml")
        assert len(make_plan(session).phases) <= phase_bound(session)


def big(sides: str, sets: int = 10) -> str:
    move = f'[[moves]]\nname = "A"\nreps = 50\ntempo = 0.5\n{sides}\nsets = {sets}\n'
    return 'name = "Big"\nrounds = 2\n' + move * 50


@pytest.mark.parametrize("sides", ['sides = "both"', 'sides = "alternate"'])
def test_a_session_too_large_with_its_sides_is_refused_at_load(sides: str) -> None:
    with pytest.raises(SessionError) as caught:
        loads(big(sides), "s.toml")
    (line,) = caught.value.lines()
    assert line.startswith("s.toml: the session would have about 4004 phases; at most 2000")
    loads(big('sides = "left"', sets=4), "s.toml")  # one side: half as many


def test_alternating_counts_as_two_sides_so_its_cues_stay_bounded() -> None:
    session = loads(big('sides = "alternate"', sets=4), "s.toml")
    plan = make_plan(session)
    cues = sum(len(p.cues) for p in plan.phases)
    assert phase_bound(session) <= MAX_PHASES
    assert cues <= 500 * phase_bound(session) // 2


def test_rounds_on_the_command_line_are_refused_with_the_sides_counted() -> None:
    session = loads(big('sides = "alternate"', sets=1), "s.toml")
    with pytest.raises(SessionError) as caught:
        customise(session, rounds=20)
    (line,) = caught.value.lines()
    assert "this session fits at most 9 rounds" in line


def interval(**changes: float) -> Session:
    text = textwrap.dedent("""\
        name = "EMOM"
        [[moves]]
        name = "Squats"
        work = 40
        every = 60
        sets = 5
        [[moves]]
        name = "Lunges"
        reps = 10
        tempo = 2
        sides = "alternate"
        every = 60
        sets = 2
        """)
    return customise(loads(text, "s.toml"), **changes)  # type: ignore[arg-type]


def test_scale_changes_timed_work_too() -> None:
    squats, lunges = interval(scale=1.25).moves
    assert (squats.work, lunges.reps) == (50, 13)  # 12.5 rounds up


def test_a_change_that_no_longer_fits_the_interval_is_refused() -> None:
    with pytest.raises(SessionError) as caught:
        interval(scale=2)
    assert caught.value.lines() == [
        "EMOM: Squats: one set would take 80 s, longer than its interval (every = 60); use "
        "fewer reps or a smaller scale",
        "EMOM: Lunges: one set would take 80 s, longer than its interval (every = 60); use "
        "fewer reps or a smaller scale",
    ]
    with pytest.raises(SessionError):
        interval(reps=16)  # 16 reps each leg at 2 s is 64 s
