"""What the screens show, computed without Qt from a runner on a fake clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from conftest import FakeClock

from hiptimer import views
from hiptimer.goal import WorkDone
from hiptimer.history import Outcome, RunRecord
from hiptimer.plan import PhaseKind, Plan, make_plan
from hiptimer.runner import Runner
from hiptimer.session import loads

T0 = 1000.0


# get ready 10 | clams left 4 x 2.5 = 10 | switch 5 | clams right 10 | rest 10 |
# bridge hold 30 | done.  Starts: 0, 10, 20, 25, 35, 45; total 75.
BASIC = make_plan(loads("""\
name = "Basic"
get_ready = 10
rest = 10
switch = 5
[[moves]]
name = "Clams"
reps = 4
tempo = 2.5
each_side = true
[[moves]]
name = "Bridge"
hold = 30
""", "t.toml"))

CIRCUIT = make_plan(loads("""\
name = "Circuit"
[[blocks]]
name = "Warm"
[[blocks.moves]]
name = "March"
hold = 20
[[blocks]]
name = "Loop"
rounds = 3
[[blocks.moves]]
name = "Bridge"
hold = 10
""", "t.toml"))


def started(plan: Plan) -> tuple[Runner, FakeClock]:
    clock = FakeClock(T0)
    runner = Runner(plan, clock.now)
    runner.start()
    return runner, clock


def test_the_countdown_rounds_up_and_the_progress_grows() -> None:
    runner, clock = started(BASIC)
    clock.t += 0.5
    view = views.run_view(runner)
    assert (view.digits, view.sub) == ("10", "")
    assert view.time_left == "1:15 left"
    clock.t += 9.6
    runner.update()
    view = views.run_view(runner)
    assert view.digits == "1/4"
    assert view.sub.endswith(" left")
    assert 0 < view.progress < 1000


def test_the_picture_steps_through_its_frames_in_time_with_the_reps() -> None:
    phase = BASIC.phases[1]
    assert views.animation_step(phase, 1) is None
    assert views.animation_step(phase, 2) == 1.25
    assert [views.frame_index(phase, 2, t) for t in (0, 1.2, 1.25, 2.5)] == [0, 0, 1, 0]
    assert views.next_frame_change(phase, 0.0, 100.0) in (None, 101.25)
    hold = BASIC.phases[5]
    assert views.frame_index(hold, 3, 7.0) == 2


def test_a_phase_says_what_comes_next() -> None:
    view = views.phase_view(BASIC, 1)
    assert view.kind is PhaseKind.WORK
    assert view.heading.startswith("Clams")
    assert view.next_up == "Next up: Clams — right side"
    last = views.phase_view(BASIC, 5)
    assert last.next_up == "Last one — then go run!"
    assert last.next_name is None and last.next_frames == ()


def test_moves_are_described_the_way_a_runner_says_them() -> None:
    clams, bridge = BASIC.session.blocks[0].moves
    assert views.describe_move(clams) == "4 reps each side"
    assert views.describe_move(bridge) == "hold 30 s"


def test_new_doses_and_sides_are_described_too() -> None:
    session = loads("""\
name = "S"
[[moves]]
name = "Plank"
hold = "self"
[[moves]]
name = "Squats"
work = 30
sets = 2
[[moves]]
name = "Lunge"
reps = 5
sides = "alternate"
[[moves]]
name = "Leg lift"
reps = 8
sides = "right"
""", "t.toml")
    assert [views.describe_move(m) for m in session.moves] == [
        "hold, your pace", "2 × 30 s work", "5 reps each side, alternating",
        "8 reps, right side"]


def test_next_up_names_the_set_or_side_of_the_same_move() -> None:
    # A move without sides done in sets read "Next up: Bridge — side" before.
    plan = make_plan(loads("""\
name = "S"
get_ready = 0
[[moves]]
name = "Bridge"
hold = 10
sets = 3
[[moves]]
name = "Side plank"
hold = 10
sides = "left"
sets = 2
""", "t.toml"))
    lines = [(views.phase_view(plan, i).next_up, views.phase_view(plan, i).set_line)
             for i, p in enumerate(plan.phases) if p.kind is not PhaseKind.DONE]
    assert lines == [
        ("Next up: Bridge — set 2 of 3", "Set 1 of 3"),
        ("Next up: Bridge — set 2 of 3", ""),
        ("Next up: Bridge — set 3 of 3", "Set 2 of 3"),
        ("Next up: Bridge — set 3 of 3", ""),
        ("Next up: Side plank — 2 × hold 10 s, left side", "Set 3 of 3"),
        ("Next up: Side plank — 2 × hold 10 s, left side", ""),
        ("Next up: Side plank — left side, set 2 of 2", "Set 1 of 2"),
        ("Next up: Side plank — left side, set 2 of 2", ""),
        ("Last one — then go run!", "Set 2 of 2"),
    ]


def test_next_up_in_a_block_done_one_side_then_the_other_says_the_side() -> None:
    plan = make_plan(loads("""\
name = "S"
get_ready = 0
[[blocks]]
name = "Lying on one side"
sides = "one-then-other"
[[blocks.moves]]
name = "Clams"
reps = 4
each_side = true
""", "t.toml"))
    first, turn, _ = plan.phases[:3]
    assert views.phase_view(plan, 0).next_up == "Next up: Clams — right side"
    assert (first.side.value, turn.kind) == ("left", PhaseKind.SWITCH)
    assert views.phase_view(plan, 1).next_up == "Next up: Clams — 4 reps, right side"
    # A switch inside a both-sided move still gives the dose, as before.
    assert views.phase_view(BASIC, 2).next_up == "Next up: Clams — 4 reps each side"


def test_a_block_is_named_while_it_runs_but_not_the_block_of_a_plain_session() -> None:
    assert [views.phase_view(CIRCUIT, i).block for i in range(len(CIRCUIT.phases))] == [
        "", "Warm", "Warm", *["Loop"] * 5, ""]
    assert CIRCUIT.phases[1].title == "March"
    assert {views.phase_view(BASIC, i).block for i in range(len(BASIC.phases))} == {""}


def test_a_finish_text_replaces_go_run() -> None:
    plan = make_plan(loads('name = "Cool-down"\nfinish = "Done — well stretched"\n'
                           '[[moves]]\nname = "Calf stretch"\nhold = 30\n', "t.toml"))
    assert plan.phases[-1].title == "Done — well stretched"
    assert views.phase_view(plan, 1).next_up == "Last one"
    assert views.phase_view(BASIC, 5).next_up == "Last one — then go run!"


def test_rounds_done_count_the_circuit_only() -> None:
    phases = CIRCUIT.phases
    assert views.planned_rounds(CIRCUIT) == 3
    warm = next(p for p in phases if p.block_no == phases[0].block_no and p.rounds == 1)
    assert views.rounds_done(CIRCUIT, warm) == 0
    second = next(p for p in phases if p.rounds == 3 and p.round_no == 2)
    assert views.rounds_done(CIRCUIT, second) == 1
    assert views.where(second).endswith(", round 2 of 3")
    assert views.rounds_done(CIRCUIT, phases[-1]) == 3


def test_the_week_lines_cheer_until_the_goal_is_met() -> None:
    assert views.week_summary(1, 3, 0) == "This week: 1 of 3"
    assert views.week_summary(3, 3, 2) == "This week: 3 of 3 — goal met · streak: 2 weeks"
    assert views.cheer(1, 3) == "This week: 1 of 3. 2 more this week to reach your goal of 3."
    assert views.cheer(4, 3) == "This week: 4 of 3. Weekly goal met — nice work."
    assert views.finish_time(75) == "Time: 1:15"


def test_an_empty_history_shows_twelve_empty_weeks_and_the_goal_to_reach() -> None:
    view = views.week_view([], date(2026, 12, 1), 0, 3)
    assert view.summary == "This week: 0 of 3"
    assert view.finish_line.endswith("3 more this week to reach your goal of 3.")
    assert len(view.weeks) == 12 and all(w.count == 0 for w in view.weeks)
    assert view.weeks[-1].start == date(2026, 11, 30)  # the Monday of that week
    assert (view.done, view.skipped) == (0, 0)


def test_one_rep_is_a_rep() -> None:
    one = replace(BASIC.session.moves[0], reps=1)
    assert views.describe_move(one) == "1 rep each side"
    assert views.week_summary(0, 3, 1) == "This week: 0 of 3 · streak: 1 week"


WORKED = WorkDone(500.0, 500.0, 12, 0)
SKIPPED = WorkDone(500.0, 16.0, 12, 12)


def recorded(day: int, outcome: Outcome = Outcome.FINISHED,
             work: WorkDone | None = WORKED) -> RunRecord:
    start = datetime(2026, 11, 30, 7, tzinfo=timezone.utc) + timedelta(days=day)
    return RunRecord(1, "Hip circuit", "", start, start + timedelta(minutes=23), outcome, 3, 3,
                     1380.0, 1380.0, None, "", work)


def test_runs_skipped_through_are_shown_apart_not_as_goal_met() -> None:
    """The issue's week: one run done, six skipped through, one stopped, one from before."""
    runs = [recorded(0), *(recorded(1, work=SKIPPED) for _ in range(6)), recorded(2, work=None),
            recorded(3, Outcome.STOPPED), recorded(3, Outcome.ABANDONED, work=None)]
    view = views.week_view(runs, date(2026, 12, 3), 0, 3)
    assert (view.done, view.skipped) == (2, 6)
    assert view.summary == "This week: 2 of 3 (6 skipped)"
    assert view.finish_line == (
        "This week: 2 of 3 (6 skipped). 1 more this week to reach your goal of 3.")
    assert (view.weeks[-1].count, view.weeks[-1].skipped) == (2, 6)
    assert views.week_summary(3, 3, 2, skipped=1) == (
        "This week: 3 of 3 (1 skipped) — goal met · streak: 2 weeks")


@pytest.mark.parametrize(
    ("work", "line"),
    [
        (WORKED, "Counted toward your week."),
        (WorkDone(500.0, 400.0, 12, 4), "Counted toward your week."),
        (WorkDone(500.0, 300.0, 12, 2), "Not counted: 40 % of the work was skipped."),
        # 79.6 % done reads as 21 % skipped, never as the 20 % the rule allows.
        (WorkDone(500.0, 398.0, 12, 0), "Not counted: 21 % of the work was skipped."),
        (WorkDone(500.0, 450.0, 12, 5), "Not counted: 5 of 12 work phases were skipped."),
        (WorkDone(100.0, 90.0, 2, 1), "Not counted: 1 of 2 work phases was skipped."),
        (None, ""),
    ],
)
def test_the_finish_screen_says_whether_the_run_counted_and_why_not(
    work: WorkDone | None, line: str
) -> None:
    assert views.counted_line(work) == line


def test_a_round_rest_says_the_coming_round_large_and_the_move_below() -> None:
    index, rest = next((i, p) for i, p in enumerate(CIRCUIT.phases)
                       if p.kind is PhaseKind.ROUND_REST)
    view = views.phase_view(CIRCUIT, index)
    assert view.heading == "Round 2 of 3 next"
    assert view.next_up.startswith("Next up: Bridge")
    assert views.heading(rest) == "Round 2 of 3 next"
    work = next(p for p in CIRCUIT.phases if p.kind is PhaseKind.WORK and p.rounds == 3)
    assert views.heading(work) == "Bridge"


def test_switching_sides_lying_down_shows_a_turn_over_and_standing_a_rest() -> None:
    switch = next(p for p in BASIC.phases if p.kind is PhaseKind.SWITCH)
    assert switch.next_move is not None and switch.next_move.name == "Clams"
    frames, _ = views.frames_for(switch)
    assert [f.name for f in frames] == ["rest-1.svg"]  # no picture: not known to lie down
    lying = make_plan(loads(
        'name = "L"\nswitch = 5\n[[moves]]\nmove = "clam-shell"\n'
        '[[moves]]\nmove = "side-lunge"\n', "t.toml"))
    switches = [p for p in lying.phases if p.kind is PhaseKind.SWITCH]
    assert [views.frames_for(p)[0][0].name for p in switches] == ["switch-1.svg", "rest-1.svg"]


def _run_to(plan: Plan, kind: PhaseKind, **wanted: object) -> tuple[Runner, FakeClock]:
    runner, clock = started(plan)
    while runner.phase.kind is not kind or any(
            getattr(runner.phase, key) != value for key, value in wanted.items()):
        runner.skip()
    return runner, clock


def test_alternating_reps_show_the_side_and_the_count_of_that_leg() -> None:
    plan = make_plan(loads('name = "A"\n[[moves]]\nname = "Lunge"\nreps = 3\ntempo = 2\n'
                           'sides = "alternate"\n', "t.toml"))
    runner, clock = _run_to(plan, PhaseKind.WORK)
    seen = []
    for _ in range(6):
        view = views.run_view(runner)
        seen.append((view.digits, view.sub.split(" · ")[0], view.mirrored))
        clock.t += 2
        runner.update()
    sides = [side for _, side, _ in seen]
    assert sides[:2] == ["left leg", "right leg"] or sides[:2] == ["right leg", "left leg"]
    assert [digits for digits, _, _ in seen] == ["1/3", "1/3", "2/3", "2/3", "3/3", "3/3"]
    assert all(mirrored is (side == "right leg") for _, side, mirrored in seen)


def test_a_hold_the_runner_ends_counts_up_and_timed_work_says_work() -> None:
    plan = make_plan(loads('name = "O"\nget_ready = 0\n[[moves]]\nname = "Plank"\nhold = "self"\n'
                           '[[moves]]\nname = "Squats"\nwork = 30\n', "t.toml"))
    runner, clock = _run_to(plan, PhaseKind.WORK)
    clock.t += 75.2
    runner.update()
    view = views.run_view(runner)
    assert (view.digits, view.sub) == ("1:15", "hold · Space when done")
    runner.done()
    runner, clock = _run_to(plan, PhaseKind.WORK, is_timed_work=True)
    view = views.run_view(runner)
    assert (view.digits, view.sub) == ("30", "work")


def test_a_set_started_late_after_an_overrun_interval_says_so() -> None:
    plan = make_plan(loads('name = "E"\nget_ready = 0\n[[moves]]\nname = "Burpees"\n'
                           'reps = 10\ntempo = "self"\nsets = 2\nevery = 40\n', "t.toml"))
    runner, clock = _run_to(plan, PhaseKind.WORK)
    clock.t += 46  # self-paced reps: the set runs 6 s past its interval
    runner.done()
    while runner.phase.kind is not PhaseKind.WORK:
        runner.update()
    assert runner.overrun > 0
    view = views.run_view(runner)
    assert view.sub.startswith("6 s over the interval — straight on")
    clock.t += views.OVERRUN_SHOWN_S
    runner.update()
    assert "over the interval" not in views.run_view(runner).sub
