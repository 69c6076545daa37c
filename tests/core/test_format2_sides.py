"""Sides beyond "each side": one side only, alternating legs, a block done one side then the other.

Session format 2 (issue 14) lets a move say ``sides = "left" | "right" |
"both" | "alternate"`` and a block ``sides = "one-then-other"``, with
``first_side`` at any level. These tests follow each one from the file to
the plan, the runner (on a fake clock) and the voice.
"""

from __future__ import annotations

import textwrap

import pytest

from hiptimer.cues import CueMapper
from hiptimer.errors import SessionError
from hiptimer.plan import CueKind, Phase, PhaseKind, Plan, Side, make_plan
from hiptimer.runner import PhaseStarted, Runner
from hiptimer.session import Session, Sides, loads

W, S, R, RR = PhaseKind.WORK, PhaseKind.SWITCH, PhaseKind.REST, PhaseKind.ROUND_REST
L, RI, N = Side.LEFT, Side.RIGHT, Side.NONE


def load_text(text: str) -> Session:
    return loads(textwrap.dedent(text), "s.toml")


def plan_of(text: str) -> Plan:
    return make_plan(load_text(text))


def problems(text: str) -> list[str]:
    with pytest.raises(SessionError) as caught:
        load_text(text)
    return caught.value.lines()


def work_and_turns(plan: Plan) -> list[tuple[PhaseKind, str, Side]]:
    """Return the phases before done, without their durations (no get ready here)."""
    assert plan.phases[0].kind is not PhaseKind.GET_READY
    return [(p.kind, p.title, p.side) for p in plan.phases[:-1]]


class Clock:
    def __init__(self) -> None:
        self.t = 500.0

    def __call__(self) -> float:
        return self.t


# -- one side, both sides, first side ---------------------------------------------------


def test_each_side_true_is_the_same_move_as_sides_both() -> None:
    old = load_text('name = "S"\n[[moves]]\nname = "A"\nreps = 3\neach_side = true\n')
    new = load_text('name = "S"\n[[moves]]\nname = "A"\nreps = 3\nsides = "both"\n')
    assert old == new
    assert new.moves[0].sides is Sides.BOTH and new.moves[0].each_side
    assert make_plan(old).phases == make_plan(new).phases


def test_a_one_sided_move_is_planned_on_its_side_only() -> None:
    plan = plan_of("""\
        name = "S"
        get_ready = 0
        [[moves]]
        name = "Side plank"
        hold = 20
        sides = "right"
        sets = 2
        set_rest = 5
        """)
    assert [(p.kind, p.side, p.duration) for p in plan.phases[:-1]] == [
        (W, RI, 20), (R, N, 5), (W, RI, 20)]
    assert plan.phases[0].heading == "Side plank — right side"


def test_first_side_cascades_from_session_to_block_to_move() -> None:
    session = load_text("""\
        name = "S"
        first_side = "right"
        [[blocks]]
        [[blocks.moves]]
        name = "A"
        reps = 2
        each_side = true
        [[blocks]]
        first_side = "left"
        [[blocks.moves]]
        name = "B"
        reps = 2
        each_side = true
        [[blocks.moves]]
        name = "C"
        reps = 2
        each_side = true
        first_side = "right"
        """)
    assert [m.first_side for m in session.moves] == ["right", "left", "right"]
    sides = [(p.title, p.side) for p in make_plan(session).phases if p.kind is W]
    assert sides == [("A", RI), ("A", L), ("B", L), ("B", RI), ("C", RI), ("C", L)]


def test_a_library_move_keeps_only_the_sides_the_session_gives() -> None:
    # clam-shell says each_side = true; sides = "left" replaces it instead of clashing.
    session = load_text('name = "S"\n[[moves]]\nmove = "clam-shell"\nsides = "left"\n')
    assert (session.moves[0].sides, session.moves[0].each_side) == (Sides.LEFT, False)


@pytest.mark.parametrize(("line", "message"), [
    ('sides = "each"',
     's.toml:5:9: moves[1].sides: must be "left", "right", "both" or "alternate", got "each"'),
    ('sides = "one-then-other"',
     's.toml:5:9: moves[1].sides: must be "left", "right", "both" or "alternate", got '
     '"one-then-other"; \'one-then-other\' goes on a [[blocks]] table'),
    ('sides = 2',
     's.toml:5:9: moves[1].sides: must be "left", "right", "both" or "alternate", got 2'),
    ('first_side = "up"', 's.toml:5:14: moves[1].first_side: must be "left" or "right", got "up"'),
    ('each_side = true\nsides = "left"',
     's.toml:5:13: moves[1].each_side: says true but sides = "left"; keep only \'sides\''),
])
def test_bad_sides_are_reported_where_they_are(line: str, message: str) -> None:
    assert problems(f'name = "S"\n[[moves]]\nname = "A"\nreps = 3\n{line}\n') == [message]


def test_a_block_refuses_a_move_side_and_a_move_refuses_the_blocks_first_side() -> None:
    assert problems("""\
        name = "S"
        [[blocks]]
        sides = "left"
        [[blocks.moves]]
        name = "A"
        reps = 3
        [[blocks]]
        sides = "one-then-other"
        [[blocks.moves]]
        name = "B"
        reps = 3
        each_side = true
        first_side = "right"
        """) == [
        's.toml:3:9: blocks[1].sides: must be "one-then-other", got "left"; on a block, sides '
        'can only be "one-then-other" (give a move\'s own sides on the move)',
        "s.toml:13:14: blocks[2].moves[1].first_side: the block is done one side then the "
        "other: give 'first_side' on the block",
    ]


# -- alternating legs ------------------------------------------------------------------------


ALTERNATE = """\
    name = "S"
    get_ready = 0
    [[moves]]
    name = "Reverse lunge"
    reps = 3
    tempo = 2
    sides = "alternate"
    first_side = "right"
    """


def test_alternating_reps_are_one_phase_of_both_legs_counted_per_side() -> None:
    plan = plan_of(ALTERNATE)
    lunge = plan.phases[0]
    assert (lunge.kind, lunge.side, lunge.alternate, lunge.first_side) == (W, N, True, RI)
    assert (lunge.reps, lunge.reps_per_side, lunge.duration) == (6, 3, 12)
    assert [c.value for c in lunge.cues if c.kind is CueKind.REP] == [2, 3, 4, 5, 6]
    assert [lunge.rep_side(n) for n in range(1, 7)] == [RI, L, RI, L, RI, L]
    assert [lunge.side_rep(n) for n in range(1, 7)] == [1, 1, 2, 2, 3, 3]
    assert lunge.heading == "Reverse lunge — alternating legs"


def test_the_runner_tells_the_side_and_the_count_of_the_rep_under_way() -> None:
    clock = Clock()
    runner = Runner(plan_of(ALTERNATE), now=clock)
    runner.start()
    seen = []
    for _ in range(6):
        seen.append((runner.current_rep(), runner.current_side(), runner.side_count()))
        clock.t += 2
        runner.update()
    assert seen == [(1, RI, (1, 3)), (2, L, (1, 3)), (3, RI, (2, 3)), (4, L, (2, 3)),
                    (5, RI, (3, 3)), (6, L, (3, 3))]
    assert runner.phase.kind is PhaseKind.DONE
    assert (runner.current_side(), runner.side_count()) == (N, None)


def test_self_paced_alternating_reps_have_no_side_to_tell() -> None:
    clock = Clock()
    runner = Runner(plan_of(ALTERNATE.replace("tempo = 2", 'tempo = "self"')), now=clock)
    runner.start()
    assert runner.phase.estimate == 18  # six reps at three seconds
    assert (runner.current_side(), runner.side_count()) == (N, None)


def test_a_one_sided_phase_tells_its_own_side() -> None:
    clock = Clock()
    runner = Runner(plan_of('name = "S"\nget_ready = 0\n[[moves]]\nname = "A"\nhold = 5\n'
                            'sides = "left"\n'), now=clock)
    runner.start()
    assert (runner.current_side(), runner.side_count()) == (L, None)


def test_the_voice_announces_alternating_legs_and_counts_every_rep() -> None:
    plan = plan_of(ALTERNATE)
    clock = Clock()
    runner = Runner(plan, now=clock)
    mapper = CueMapper(plan, now=clock)
    heard: list[str] = []
    runner.subscribe(lambda event: heard.extend(s.text for s in mapper.map(event) if s.text))
    runner.start()
    for _ in range(12):
        clock.t += 1
        runner.update()
    assert heard == ["Reverse lunge, three reps each side, alternating legs, right first",
                     "two", "three", "four", "five", "last one", "done — go run!"]


# -- a block done one side, then the other -----------------------------------------------------


ONE_THEN_OTHER = """\
    name = "Side-lying hips"
    get_ready = 0
    rest = 5
    rounds = 2
    round_rest = 30
    [[blocks]]
    name = "Lying on one side"
    sides = "one-then-other"
    first_side = "right"
    switch = 8
    [[blocks.moves]]
    name = "Clams"
    reps = 2
    each_side = true
    [[blocks.moves]]
    name = "Bridge"
    hold = 10
    [[blocks.moves]]
    name = "Leg lift"
    reps = 2
    sides = "left"
    [[blocks.moves]]
    name = "Side plank"
    hold = 10
    each_side = true
    """


def test_a_one_then_other_block_does_every_move_on_one_side_then_turns_over_once() -> None:
    plan = plan_of(ONE_THEN_OTHER)
    one_round = [
        (W, "Clams", RI), (R, "Rest", N), (W, "Bridge", N), (R, "Rest", N),
        (W, "Side plank", RI), (S, "Switch sides", N),
        (W, "Clams", L), (R, "Rest", N), (W, "Leg lift", L), (R, "Rest", N),
        (W, "Side plank", L),
    ]
    assert work_and_turns(plan) == [*one_round, (RR, "Round rest", N), *one_round]
    turn = next(p for p in plan.phases if p.kind is S)
    assert turn.duration == 8
    assert [p.round_no for p in plan.phases if p.kind is S] == [1, 2]


def test_a_one_then_other_block_without_moves_for_the_other_side_does_not_turn() -> None:
    plan = plan_of('name = "S"\nget_ready = 0\n[[blocks]]\nsides = "one-then-other"\n'
                   '[[blocks.moves]]\nname = "A"\nhold = 5\n')
    assert [p.kind for p in plan.phases] == [W, PhaseKind.DONE]


def test_a_one_then_other_block_counts_its_switch_in_the_size_bound() -> None:
    from hiptimer.session import phase_bound

    for rounds in (1, 3):
        session = load_text(ONE_THEN_OTHER.replace("rounds = 2", f"rounds = {rounds}"))
        assert len(make_plan(session).phases) <= phase_bound(session)


def test_next_up_names_the_side_of_the_move_after_the_turn() -> None:
    plan = plan_of(ONE_THEN_OTHER)
    turn: Phase = next(p for p in plan.phases if p.kind is S)
    assert (turn.next_move is not None and turn.next_move.name, turn.next_side) == ("Clams", L)


def test_alternating_phases_start_events_carry_the_phase() -> None:
    # The window learns that the legs alternate from the phase it is handed.
    clock = Clock()
    runner = Runner(plan_of(ALTERNATE), now=clock)
    started: list[Phase] = []
    runner.subscribe(lambda e: started.append(e.phase) if isinstance(e, PhaseStarted) else None)
    runner.start()
    assert started[0].alternate
