"""Plans: the phases a session turns into, their lengths, cues and the total time.

The built-in sessions are checked phase by phase, because the window, the
voice and ``--check`` all read the plan and a runner notices a missing rest
or a wrong side at once.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from hiptimer.plan import (
    SELF_PACED_SECONDS_PER_REP,
    Cue,
    CueKind,
    Phase,
    PhaseKind,
    Plan,
    Side,
    format_seconds,
    make_plan,
)
from hiptimer.session import load, loads, phase_bound

REPO = Path(__file__).resolve().parents[2]
G, W, S, R, RR, D = (PhaseKind.GET_READY, PhaseKind.WORK, PhaseKind.SWITCH, PhaseKind.REST,
                     PhaseKind.ROUND_REST, PhaseKind.DONE)
L, RI, N = Side.LEFT, Side.RIGHT, Side.NONE


def plan_of(text: str) -> Plan:
    return make_plan(loads(textwrap.dedent(text), "t.toml"))


def shape(plan: Plan) -> list[tuple[PhaseKind, str, Side, float | None]]:
    return [(p.kind, p.title, p.side, p.duration) for p in plan.phases]


def cues(phase: Phase) -> list[tuple[float, CueKind, int]]:
    return [(c.offset, c.kind, c.value) for c in phase.cues]


# -- the built-in sessions -------------------------------------------------------------


def test_default_session_phases_in_order() -> None:
    plan = make_plan(load(REPO / "config.toml"))
    assert shape(plan) == [
        (G, "Get ready", N, 10),
        (W, "Clam shell", L, 25),
        (S, "Switch sides", N, 5),
        (W, "Clam shell", RI, 25),
        (R, "Rest", N, 10),
        (W, "Glute bridge", N, 30),
        (R, "Rest", N, 10),
        (W, "Side lunge", L, 30),
        (S, "Switch sides", N, 5),
        (W, "Side lunge", RI, 30),
        (D, "Done — go run!", N, 0),
    ]
    assert plan.total == 180
    assert format_seconds(plan.total) == "3:00"
    assert plan.starts() == (0, 10, 35, 40, 65, 75, 105, 115, 145, 150, 180)
    assert plan.work_phases == 5
    assert not plan.has_self_paced
    clam = plan.phases[1]
    assert (clam.reps, clam.tempo, clam.is_hold) == (10, 2.5, False)
    bridge = plan.phases[5]
    assert (bridge.reps, bridge.tempo, bridge.is_hold) == (None, 2.5, True)
    assert {p.round_no for p in plan.phases} == {1}
    assert {p.rounds for p in plan.phases} == {1}


def test_default_session_next_up() -> None:
    plan = make_plan(load(REPO / "config.toml"))
    nexts = [(p.next_move.name if p.next_move else None, p.next_side) for p in plan.phases]
    assert nexts == [
        ("Clam shell", L),       # get ready
        ("Clam shell", RI),      # clams left: the right side is next
        ("Clam shell", RI),      # switch
        ("Glute bridge", N),     # clams right
        ("Glute bridge", N),     # rest
        ("Side lunge", L),       # bridge
        ("Side lunge", L),       # rest
        ("Side lunge", RI),
        ("Side lunge", RI),
        (None, N),               # the last move: nothing next
        (None, N),               # done
    ]


def test_circuit_has_three_rounds_with_round_rests() -> None:
    plan = make_plan(load(REPO / "assets" / "sessions" / "hip-circuit.toml"))
    round_rests = [(i, p) for i, p in enumerate(plan.phases) if p.kind is RR]
    assert len(round_rests) == 2
    for number, (index, phase) in enumerate(round_rests, start=2):
        # Announced as "round 2 of 3", "round 3 of 3": it leads into that round.
        assert (phase.title, phase.duration, phase.round_no, phase.rounds) == (
            "Round rest", 60, number, 3)
        assert phase.next_move is not None and phase.next_move.name == "Clam shell"
        # It replaces the usual rest after the round's last move.
        before = plan.phases[index - 1]
        assert (before.kind, before.title, before.side) == (W, "Cross-curtsy lunge", RI)
        after = plan.phases[index + 1]
        assert (after.kind, after.title, after.side, after.round_no) == (
            W, "Clam shell", L, number)
    one_round = [p for p in plan.phases if p.round_no == 1 and p.kind not in (G, D)]
    assert [(p.kind, p.title, p.side) for p in one_round] == [
        (W, "Clam shell", L), (S, "Switch sides", N), (W, "Clam shell", RI), (R, "Rest", N),
        (W, "Glute bridge", N), (R, "Rest", N),
        (W, "Front lunge", L), (S, "Switch sides", N), (W, "Front lunge", RI), (R, "Rest", N),
        (W, "Side lunge", L), (S, "Switch sides", N), (W, "Side lunge", RI), (R, "Rest", N),
        (W, "Curtsy lunge", L), (S, "Switch sides", N), (W, "Curtsy lunge", RI), (R, "Rest", N),
        (W, "Cross-curtsy lunge", L), (S, "Switch sides", N), (W, "Cross-curtsy lunge", RI),
    ]
    assert all(p.duration == 15 for p in one_round if p.kind is R)
    assert [p.round_no for p in plan.phases[1:-1]] == sorted(p.round_no for p in plan.phases[1:-1])
    assert plan.phases[-2].kind is W and plan.phases[-1].kind is D
    # 10 s get ready, 3 rounds of 420 s, 2 round rests of 60 s.
    assert plan.total == 10 + 3 * 420 + 2 * 60
    assert plan.work_phases == 3 * 11


def test_lunge_matrix_is_self_paced_with_an_estimate() -> None:
    plan = make_plan(load(REPO / "assets" / "sessions" / "lunge-matrix.toml"))
    work = [p for p in plan.phases if p.kind is W]
    assert [(p.title, p.side) for p in work] == [
        (name, side) for name in ("Front lunge", "Side lunge", "Curtsy lunge",
                                  "Cross-curtsy lunge") for side in (L, RI)]
    for phase in work:
        assert phase.duration is None and phase.self_paced
        assert phase.tempo is None and phase.reps == 10
        assert phase.estimate == 10 * SELF_PACED_SECONDS_PER_REP == 30
        assert cues(phase) == [(0.0, CueKind.START, 1)]
    assert plan.has_self_paced
    assert plan.total == 10 + 4 * (30 + 5 + 30) + 3 * 10 == 300


# -- cues ------------------------------------------------------------------------------


def test_rep_cues_fall_on_every_rep() -> None:
    plan = plan_of("""\
        name = "x"
        get_ready = 0
        [[moves]]
        name = "Clams"
        reps = 4
        tempo = 2.5
        """)
    (phase, done) = plan.phases
    assert phase.duration == 10
    assert cues(phase) == [
        (0.0, CueKind.START, 1), (2.5, CueKind.REP, 2), (5.0, CueKind.REP, 3),
        (7.5, CueKind.REP, 4)]
    assert cues(done) == [(0.0, CueKind.START, 0)]


def test_one_rep_has_only_its_start() -> None:
    plan = plan_of('name = "x"\nget_ready = 0\n[[moves]]\nname = "A"\nreps = 1\n')
    assert cues(plan.phases[0]) == [(0.0, CueKind.START, 1)]


@pytest.mark.parametrize(
    ("hold", "expected"),
    [
        (30, [(0.0, CueKind.START, 0), (15.0, CueKind.HALFWAY, 0), (27, CueKind.COUNTDOWN, 3),
              (28, CueKind.COUNTDOWN, 2), (29, CueKind.COUNTDOWN, 1)]),
        (10, [(0.0, CueKind.START, 0), (5.0, CueKind.HALFWAY, 0), (7, CueKind.COUNTDOWN, 3),
              (8, CueKind.COUNTDOWN, 2), (9, CueKind.COUNTDOWN, 1)]),
        (9.5, [(0.0, CueKind.START, 0), (6.5, CueKind.COUNTDOWN, 3),
               (7.5, CueKind.COUNTDOWN, 2), (8.5, CueKind.COUNTDOWN, 1)]),
        (3.5, [(0.0, CueKind.START, 0), (0.5, CueKind.COUNTDOWN, 3),
               (1.5, CueKind.COUNTDOWN, 2), (2.5, CueKind.COUNTDOWN, 1)]),
        (3, [(0.0, CueKind.START, 0)]),
        (1, [(0.0, CueKind.START, 0)]),
    ],
)
def test_hold_cues(hold: float, expected: list[tuple[float, CueKind, int]]) -> None:
    plan = plan_of(f'name = "x"\nget_ready = 0\n[[moves]]\nname = "Bridge"\nhold = {hold}\n')
    assert cues(plan.phases[0]) == expected


def test_timed_phases_count_down_their_last_three_seconds() -> None:
    plan = plan_of("""\
        name = "x"
        get_ready = 10
        switch = 2
        rest = 6
        [[moves]]
        name = "A"
        reps = 2
        each_side = true
        [[moves]]
        name = "B"
        reps = 2
        """)
    kinds = {p.kind: p for p in plan.phases}
    assert cues(kinds[G]) == [(0.0, CueKind.START, 0), (7, CueKind.COUNTDOWN, 3),
                              (8, CueKind.COUNTDOWN, 2), (9, CueKind.COUNTDOWN, 1)]
    assert cues(kinds[S]) == [(0.0, CueKind.START, 0)]
    assert cues(kinds[R]) == [(0.0, CueKind.START, 0), (3, CueKind.COUNTDOWN, 3),
                              (4, CueKind.COUNTDOWN, 2), (5, CueKind.COUNTDOWN, 1)]


def test_every_cue_lies_inside_its_phase_in_order() -> None:
    for path in (REPO / "config.toml", *sorted((REPO / "assets" / "sessions").glob("*.toml")),
                 REPO / "docs" / "examples" / "everything.toml"):
        for phase in make_plan(load(path)).phases:
            offsets = [c.offset for c in phase.cues]
            assert offsets == sorted(offsets)
            assert phase.cues[0] == Cue(0.0, CueKind.START, phase.cues[0].value)
            if phase.duration is not None:
                assert all(0 <= o < phase.duration or o == phase.duration == 0 for o in offsets)


# -- structure ------------------------------------------------------------------------------


def test_sets_with_set_rest_on_each_side() -> None:
    plan = plan_of("""\
        name = "x"
        get_ready = 0
        [[moves]]
        name = "Single-leg bridge"
        hold = 30
        each_side = true
        sets = 3
        set_rest = 15
        switch = 5
        """)
    assert [(p.kind, p.side, p.duration, p.set_no) for p in plan.phases] == [
        (W, L, 30, 1), (S, N, 5, 1), (W, RI, 30, 1), (R, N, 15, 1),
        (W, L, 30, 2), (S, N, 5, 1), (W, RI, 30, 2), (R, N, 15, 1),
        (W, L, 30, 3), (S, N, 5, 1), (W, RI, 30, 3),
        (D, N, 0, 1),
    ]
    assert {p.sets for p in plan.phases if p.kind is W} == {3}
    assert plan.total == 3 * 65 + 2 * 15


def test_zero_rests_and_switches_leave_no_phase() -> None:
    plan = plan_of("""\
        name = "x"
        get_ready = 0
        rest = 0
        switch = 0
        set_rest = 0
        rounds = 2
        round_rest = 0
        [[moves]]
        name = "A"
        reps = 2
        each_side = true
        sets = 2
        [[moves]]
        name = "B"
        hold = 5
        """)
    assert [(p.kind, p.title, p.side) for p in plan.phases] == [
        (W, "A", L), (W, "A", RI), (W, "A", L), (W, "A", RI), (W, "B", N),
    ] * 2 + [(D, "Done — go run!", N)]
    assert [p.round_no for p in plan.phases[:-1]] == [1] * 5 + [2] * 5


def test_get_ready_zero_starts_with_the_first_move() -> None:
    plan = plan_of('name = "x"\nget_ready = 0\n[[moves]]\nname = "A"\nreps = 2\n')
    assert [p.kind for p in plan.phases] == [W, D]
    assert plan.starts() == (0, 5)


def test_no_rest_after_the_last_move() -> None:
    plan = plan_of('name = "x"\nrest = 20\n[[moves]]\nname = "A"\nreps = 2\n'
                   '[[moves]]\nname = "B"\nhold = 5\n')
    assert [p.kind for p in plan.phases] == [G, W, R, W, D]


def test_blocks_rest_between_blocks_and_keep_their_rounds() -> None:
    plan = plan_of("""\
        name = "x"
        get_ready = 5
        [[blocks]]
        name = "Warm-up"
        [[blocks.moves]]
        name = "A"
        reps = 2
        rest = 10
        [[blocks.moves]]
        name = "B"
        hold = 5
        rest = 25            # the last move's rest is the rest between blocks
        [[blocks]]
        name = "Circuit"
        rounds = 2
        round_rest = 40
        rest = 7
        [[blocks.moves]]
        name = "C"
        reps = 2
        [[blocks.moves]]
        name = "D"
        reps = 2
        """)
    assert [(p.kind, p.title, p.duration, p.block_no, p.block_name, p.round_no, p.rounds)
            for p in plan.phases] == [
        (G, "Get ready", 5, 1, "", 1, 1),
        (W, "A", 5, 1, "Warm-up", 1, 1),
        (R, "Rest", 10, 1, "Warm-up", 1, 1),
        (W, "B", 5, 1, "Warm-up", 1, 1),
        (R, "Rest", 25, 1, "Warm-up", 1, 1),
        (W, "C", 5, 2, "Circuit", 1, 2),
        (R, "Rest", 7, 2, "Circuit", 1, 2),
        (W, "D", 5, 2, "Circuit", 1, 2),
        (RR, "Round rest", 40, 2, "Circuit", 2, 2),
        (W, "C", 5, 2, "Circuit", 2, 2),
        (R, "Rest", 7, 2, "Circuit", 2, 2),
        (W, "D", 5, 2, "Circuit", 2, 2),
        (D, "Done — go run!", 0, 1, "", 1, 1),
    ]
    assert plan.total == 5 + 5 + 10 + 5 + 25 + 2 * (5 + 7 + 5) + 40
    assert plan.phases[4].next_move is not None and plan.phases[4].next_move.name == "C"


def test_self_paced_estimate_counts_in_the_total() -> None:
    plan = plan_of("""\
        name = "x"
        get_ready = 0
        [[moves]]
        name = "Own pace"
        reps = 7
        tempo = "self"
        [[moves]]
        name = "Timed"
        hold = 4
        """)
    own = plan.phases[0]
    assert (own.duration, own.estimate) == (None, 7 * SELF_PACED_SECONDS_PER_REP)
    assert plan.total == 21 + 15 + 4
    assert plan.starts() == (0, 21, 36, 40)


def test_done_is_last_and_takes_no_time() -> None:
    plan = make_plan(load(REPO / "config.toml"))
    done = plan.phases[-1]
    assert (done.kind, done.duration, done.estimate, done.move) == (D, 0, 0, None)
    assert [p.kind for p in plan.phases].count(D) == 1


def test_heading_names_the_side() -> None:
    plan = make_plan(load(REPO / "config.toml"))
    assert plan.phases[1].heading == "Clam shell — left side"
    assert plan.phases[3].heading == "Clam shell — right side"
    assert plan.phases[5].heading == "Glute bridge"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (-3, "0:00"), (0.2, "0:01"), (59.01, "1:00"), (60, "1:00"), (125, "2:05"),
     (3600, "1:00:00"), (3725, "1:02:05")],
)
def test_format_seconds_rounds_up(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('name = "S"\nswitch = 5\nset_rest = 5\nrest = 5\nround_rest = 5\nrounds = 3\n'
                     '[[moves]]\nname = "A"\nreps = 2\neach_side = true\nsets = 3\n'
                     '[[moves]]\nname = "B"\nhold = 10\nsets = 2\n', id="every-pause"),
        pytest.param('name = "S"\nget_ready = 0\nswitch = 0\nset_rest = 0\nrest = 0\n'
                     '[[moves]]\nname = "A"\nreps = 2\neach_side = true\nsets = 3\n',
                     id="no-pauses"),
        pytest.param('name = "S"\n[[blocks]]\nrounds = 2\n[[blocks.moves]]\nname = "A"\n'
                     'reps = 1\n[[blocks]]\n[[blocks.moves]]\nname = "B"\nhold = 5\n'
                     'each_side = true\n', id="blocks"),
    ],
)
def test_the_phase_limit_bounds_the_real_plan(text: str) -> None:
    # The loader and customise() limit a session by phase_bound(), without
    # planning it; that only limits the plan if the bound is never beaten.
    session = loads(text, "t.toml")
    assert len(make_plan(session).phases) <= phase_bound(session)
    for path in [REPO / "config.toml", *sorted((REPO / "assets" / "sessions").glob("*.toml"))]:
        built_in = load(path)
        assert len(make_plan(built_in).phases) <= phase_bound(built_in)
