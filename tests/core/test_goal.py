"""What counts toward the weekly goal: the rule, and the work measured from a run.

A real ``Runner`` walks real plans on a fake clock that moves only when a
test says so; the tally listens to its events as the tracker's would.
"""

from __future__ import annotations

import pytest
from conftest import FakeClock

from hiptimer.goal import (
    MAX_PHASES_SKIPPED,
    MIN_WORK_DONE,
    WorkDone,
    WorkTally,
    counts_toward_goal,
)
from hiptimer.plan import PhaseKind, Plan, make_plan
from hiptimer.runner import Runner, RunState
from hiptimer.session import loads

T0 = 500.0


def plan_of(text: str) -> Plan:
    return make_plan(loads(text, "t.toml"))


# get ready 10 | clams left 4 x 2.5 = 10 | switch 5 | clams right 10 | rest 10 |
# bridge hold 30 | done. Work: 10 + 10 + 30 = 50 s in three phases.
BASIC = plan_of("""\
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
""")

# get ready 5 | lunges, 10 self-paced reps (estimate 30 s) | rest 5 | hold 10 | done.
SELF_PACED = plan_of("""\
name = "Own pace"
get_ready = 5
rest = 5
[[moves]]
name = "Lunges"
reps = 10
tempo = "self"
[[moves]]
name = "Hold"
hold = 10
""")


class Run:
    """A runner on a fake clock with a tally listening, as the tracker wires them."""

    def __init__(self, plan: Plan) -> None:
        self.clock = FakeClock(T0)
        self.runner = Runner(plan, self.clock.now)
        self.tally = WorkTally(plan, self.clock.now)
        self.runner.subscribe(self.tally.on_event)
        assert self.runner.start()

    def wait(self, seconds: float) -> None:
        self.clock.t += seconds
        self.runner.update()

    def skip_to(self, kind: PhaseKind) -> None:
        while self.runner.phase.kind is not kind:
            assert self.runner.skip()


# --------------------------------------------------------------------------
# The rule


@pytest.mark.parametrize(
    ("done", "skipped", "counts"),
    [
        (100.0, 0, True),
        (80.0, 0, True),  # exactly 80 % is enough
        (79.9, 0, False),
        (100.0, 4, True),  # exactly a third of 12 phases
        (100.0, 5, False),
        (0.0, 12, False),
    ],
)
def test_a_run_counts_with_most_of_the_work_and_few_phases_skipped(
    done: float, skipped: int, counts: bool
) -> None:
    assert counts_toward_goal(WorkDone(100.0, done, 12, skipped)) is counts


def test_the_rule_is_the_one_the_issue_asks_for() -> None:
    assert MIN_WORK_DONE == 0.8
    assert MAX_PHASES_SKIPPED == pytest.approx(1 / 3)


def test_a_session_without_timed_work_counts_when_nothing_was_skipped() -> None:
    assert counts_toward_goal(WorkDone(0.0, 0.0, 0, 0))
    assert WorkDone(0.0, 0.0, 0, 0).share_done == 1.0


@pytest.mark.parametrize(
    ("planned", "done", "phases", "skipped"),
    [(-1.0, 0.0, 1, 0), (10.0, float("nan"), 1, 0), (10.0, 5.0, 2, 3), (10.0, 5.0, 2, -1)],
)
def test_impossible_work_is_refused(
    planned: float, done: float, phases: int, skipped: int
) -> None:
    with pytest.raises(ValueError):
        WorkDone(planned, done, phases, skipped)


# --------------------------------------------------------------------------
# The tally


def test_a_run_followed_to_the_end_did_all_its_work() -> None:
    run = Run(BASIC)
    run.wait(200.0)
    assert run.runner.state is RunState.FINISHED
    work = run.tally.result()
    assert work == WorkDone(planned_s=50.0, done_s=50.0, phases=3, skipped=0)
    assert counts_toward_goal(work)


def test_skipping_through_the_whole_session_counts_nothing() -> None:
    """The issue's 23-minute circuit "finished" in 33 s must not count."""
    run = Run(BASIC)
    while run.runner.skip():
        run.wait(0.5)
    assert run.runner.state is RunState.FINISHED
    work = run.tally.result()
    assert (work.phases, work.skipped) == (3, 3)
    assert work.done_s == pytest.approx(1.5)
    assert not counts_toward_goal(work)


def test_skipping_the_long_hold_loses_most_of_the_time_in_one_phase() -> None:
    run = Run(BASIC)
    run.skip_to(PhaseKind.WORK)  # skip the get-ready: not work, no loss
    run.wait(10.0)  # clams, left
    run.wait(5.0)  # switch
    run.wait(10.0)  # clams, right
    run.skip_to(PhaseKind.WORK)  # skip the rest: no loss either
    assert run.runner.phase.is_hold
    run.wait(3.0)
    assert run.runner.skip()
    work = run.tally.result()
    assert work == WorkDone(50.0, 23.0, 3, 1)
    assert not counts_toward_goal(work)  # 46 % done; 1 of 3 phases would be allowed


def test_a_pause_is_not_work_done() -> None:
    run = Run(BASIC)
    run.skip_to(PhaseKind.WORK)
    run.wait(2.0)
    assert run.runner.pause()
    run.wait(600.0)  # ten minutes on the phone
    assert run.runner.skip()  # skipped while paused: entered paused
    run.wait(30.0)
    assert run.runner.resume()
    run.wait(1.0)
    assert run.tally.result().done_s == pytest.approx(2.0)  # the switch is not work
    run.wait(4.5)  # 5.5 s after the switch began: 0.5 s into the right side's clams
    work = run.tally.result()
    # The phase under way counts what it has and is not a skip.
    assert (work.done_s, work.skipped) == (pytest.approx(2.5), 1)


def test_a_stall_that_delivers_many_phases_at_once_measures_each_by_its_deadline() -> None:
    run = Run(BASIC)
    run.wait(74.0)  # the process slept: one update walks through every phase
    run.wait(1.0)
    assert run.runner.state is RunState.FINISHED
    assert run.tally.result() == WorkDone(50.0, 50.0, 3, 0)


def test_going_back_to_redo_a_phase_adds_up_but_never_beyond_its_time() -> None:
    run = Run(BASIC)
    run.skip_to(PhaseKind.WORK)
    run.wait(4.0)
    assert run.runner.skip()  # left the left side's clams after 4 s of 10
    assert run.runner.back()  # within 2 s of the switch: back to the clams
    run.wait(10.0)  # and done in full this time
    run.wait(200.0)
    work = run.tally.result()
    assert work.skipped == 0
    assert work.done_s == pytest.approx(50.0)


def test_self_paced_reps_count_whole_at_the_runners_pace_but_not_when_skipped() -> None:
    quick = Run(SELF_PACED)
    quick.wait(5.0)
    assert quick.runner.phase.self_paced
    quick.wait(12.0)  # ten lunges in 12 s, well under the 30 s estimate
    assert quick.runner.done()
    quick.wait(100.0)
    assert quick.tally.result() == WorkDone(40.0, 40.0, 2, 0)

    skipper = Run(SELF_PACED)
    skipper.wait(5.0)
    skipper.wait(1.0)  # a second: not ten lunges
    assert skipper.runner.skip()
    skipper.wait(100.0)
    work = skipper.tally.result()
    assert work == WorkDone(40.0, 11.0, 2, 1)
    assert not counts_toward_goal(work)


def test_a_stopped_run_leaves_the_phases_it_never_reached_undone_not_skipped() -> None:
    run = Run(BASIC)
    run.wait(22.0)  # through get ready and the left side, into the switch
    work = run.tally.result()
    assert work == WorkDone(50.0, 10.0, 3, 0)


def test_events_after_the_end_change_nothing() -> None:
    run = Run(BASIC)
    run.wait(200.0)
    assert run.runner.restart()  # the tracker makes a new tally for the new run
    run.wait(5.0)
    assert run.tally.result() == WorkDone(50.0, 50.0, 3, 0)
