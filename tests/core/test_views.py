"""What the screens show, computed without Qt from a runner on a fake clock."""

from __future__ import annotations

from datetime import date

from hiptimer import views
from hiptimer.plan import PhaseKind, Plan, make_plan
from hiptimer.runner import Runner
from hiptimer.session import loads

T0 = 1000.0


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.t = T0

    def now(self) -> float:
        return self.t


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
    clock = FakeClock()
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
