"""The runner against a fake clock: transitions, events, cues, deadlines.

Time only moves when a test says so (``clock.advance``), and the runner is
woken by calling ``update()`` the way the Qt adapter does when its timer
fires. The property tests at the end drive generated sessions through random
pauses, skips, backs and wake-up delays.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pytest
from conftest import FakeClock
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hiptimer.plan import Cue, CueKind, Plan, make_plan
from hiptimer.runner import (
    BACK_GRACE_SECONDS,
    CueDue,
    Event,
    Finished,
    PhaseStarted,
    Runner,
    RunState,
    StateChanged,
)
from hiptimer.session import Block, Dose, Move, Session, Sides, loads

T0 = 1000.0


@dataclass
class Rig:
    """A runner, its clock and every event it emitted."""

    plan: Plan
    clock: FakeClock
    runner: Runner
    events: list[Event] = field(default_factory=list)

    def step(self, seconds: float, by: float = 0.25) -> None:
        """Advance ``seconds`` in steps of ``by``, waking the runner after each.

        The default step is a power of two so that times add up exactly.
        """
        end = self.clock.t + seconds
        while self.clock.t < end - 1e-9:
            self.clock.advance(min(by, end - self.clock.t))
            self.runner.update()

    def take(self) -> list[Event]:
        taken, self.events[:] = list(self.events), []
        return taken


def rig(plan: Plan, start: float = T0) -> Rig:
    clock = FakeClock(start)
    runner = Runner(plan, now=clock.now)
    r = Rig(plan, clock, runner)
    runner.subscribe(r.events.append)
    return r


def plan_of(text: str) -> Plan:
    return make_plan(loads(text, "t.toml"))


# get ready 10 | clams left 4 x 2.5 = 10 | switch 5 | clams right 10 | rest 10 |
# bridge hold 30 | done.  Starts: 0, 10, 20, 25, 35, 45; total 75.
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


def started(events: list[Event]) -> list[tuple[int, float]]:
    return [(e.index, e.at) for e in events if isinstance(e, PhaseStarted)]


def cue_times(events: list[Event]) -> list[tuple[int, CueKind, int, float]]:
    return [(e.index, e.cue.kind, e.cue.value, e.due) for e in events if isinstance(e, CueDue)]


# -- starting and refusing ----------------------------------------------------------------


def test_before_the_start_everything_but_start_is_refused() -> None:
    r = rig(BASIC)
    for action in (r.runner.pause, r.runner.resume, r.runner.skip, r.runner.back,
                   r.runner.done):
        assert action() is False
    r.runner.update()
    assert r.events == []
    assert r.runner.state is RunState.READY
    assert r.runner.index == 0
    assert r.runner.next_wake() is None
    assert r.runner.elapsed() == 0
    assert r.runner.remaining() == 10
    assert r.runner.time_left() == BASIC.total == 75
    assert r.runner.active_time() == 0


def test_start_emits_state_phase_and_first_cue_in_order() -> None:
    r = rig(BASIC)
    assert r.runner.start() is True
    assert r.events == [
        StateChanged(RunState.RUNNING),
        PhaseStarted(0, BASIC.phases[0], T0),
        CueDue(0, BASIC.phases[0], Cue(0.0, CueKind.START), T0),
    ]
    assert r.runner.state is RunState.RUNNING
    assert r.runner.start() is False
    assert r.runner.resume() is False
    assert r.runner.done() is False  # not a self-paced phase
    assert len(r.events) == 3


def test_a_whole_run_emits_every_event_in_order() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.step(80, by=0.5)
    starts = [T0 + s for s in BASIC.starts()]
    assert started(r.events) == list(enumerate(starts))
    expected_cues = [
        (i, c.kind, c.value, starts[i] + c.offset)
        for i, phase in enumerate(BASIC.phases) for c in phase.cues
    ]
    assert cue_times(r.events) == expected_cues
    assert r.events[-2:] == [StateChanged(RunState.FINISHED), Finished(T0 + 75, 75)]
    assert r.runner.state is RunState.FINISHED
    # Events come in time order, each cue after the start of its phase.
    times = [e.at if isinstance(e, PhaseStarted) else e.due
             for e in r.events if isinstance(e, PhaseStarted | CueDue)]
    assert times == sorted(times)
    for action in (r.runner.pause, r.runner.resume, r.runner.skip, r.runner.back,
                   r.runner.done, r.runner.start, r.runner.toggle):
        assert action() is False
    assert r.runner.time_left() == 0


def test_rep_counter_and_remaining() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.step(10)
    assert r.runner.index == 1
    assert (r.runner.current_rep(), r.runner.remaining()) == (1, 10)
    r.step(2.5)
    assert r.runner.current_rep() == 2
    r.step(7.25)
    assert r.runner.current_rep() == 4
    assert r.runner.remaining() == 0.25
    r.step(0.25)
    assert r.runner.index == 2  # switch
    assert r.runner.current_rep() is None


# -- pause and resume -----------------------------------------------------------------------


def test_pause_freezes_the_phase_and_resume_moves_its_deadline() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.step(4)
    r.take()
    assert r.runner.pause() is True
    assert r.take() == [StateChanged(RunState.PAUSED)]
    assert r.runner.pause() is False
    r.clock.advance(100)
    r.runner.update()
    assert r.take() == []
    assert r.runner.remaining() == pytest.approx(6)
    assert r.runner.time_left() == pytest.approx(71)
    assert r.runner.active_time() == pytest.approx(4)
    assert r.runner.next_wake() is None
    assert r.runner.resume() is True
    assert r.take() == [StateChanged(RunState.RUNNING)]
    r.step(6)
    # The get-ready phase ended 6 s after the resume: 10 s of it plus the 100 s pause.
    assert started(r.take())[0] == (1, T0 + 110)


def test_cues_fire_once_across_pauses() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.step(45)  # into the bridge hold: cues at 0, 15, 27, 28, 29
    r.take()
    for pause_at in (3, 15, 0.5, 9, 1.5, 0.25):  # one of them exactly on the halfway cue
        r.step(pause_at, by=0.25)
        r.runner.pause()
        r.clock.advance(7)
        r.runner.update()
        r.runner.resume()
    r.step(40)
    fired = [(e.index, e.cue) for e in r.events if isinstance(e, CueDue) and e.index == 5]
    assert fired == [(5, c) for c in BASIC.phases[5].cues[1:]]
    # 6 pauses of 7 s moved the end of the hold by 42 s.
    done = [e for e in r.events if isinstance(e, PhaseStarted) and e.index == 6]
    assert done == [PhaseStarted(6, BASIC.phases[6], T0 + 75 + 42)]


def test_active_time_excludes_pauses() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.step(20)
    r.runner.pause()
    r.clock.advance(33)
    assert r.runner.active_time() == pytest.approx(20)
    r.runner.resume()
    r.step(5)
    assert r.runner.active_time() == pytest.approx(25)
    r.step(60)
    finished = [e for e in r.events if isinstance(e, Finished)]
    assert finished == [Finished(T0 + 75 + 33, pytest.approx(75))]
    assert r.runner.active_time() == pytest.approx(75)


def test_time_left_counts_down_with_the_plan() -> None:
    r = rig(BASIC)
    r.runner.start()
    for elapsed in (0, 3, 12.5, 20, 44, 74.5):
        r.clock.t = T0 + elapsed
        r.runner.update()
        assert r.runner.time_left() == pytest.approx(75 - elapsed)
    r.step(1)
    assert r.runner.time_left() == 0


# -- skip, back, restart, done, toggle ---------------------------------------------------------


def test_skip_starts_the_next_phase_now() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.step(3)
    r.take()
    assert r.runner.skip() is True
    assert r.take() == [
        PhaseStarted(1, BASIC.phases[1], T0 + 3),
        CueDue(1, BASIC.phases[1], BASIC.phases[1].cues[0], T0 + 3),
    ]
    r.step(10)
    assert started(r.take()) == [(2, T0 + 13)]


def test_skip_while_paused_stays_paused() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.step(3)
    r.runner.pause()
    r.clock.advance(5)
    r.take()
    assert r.runner.skip() is True
    assert r.take() == [PhaseStarted(1, BASIC.phases[1], T0 + 8)]
    assert r.runner.state is RunState.PAUSED
    assert r.runner.elapsed() == 0
    r.clock.advance(50)
    assert r.runner.remaining() == 10
    r.runner.resume()
    events = r.take()
    assert events[0] == StateChanged(RunState.RUNNING)
    # The skipped-to phase's cues were held back until the resume.
    assert cue_times(events) == [(1, CueKind.START, 1, T0 + 58)]
    r.step(10)
    assert started(r.take()) == [(2, T0 + 68)]


def test_skip_to_the_end_finishes() -> None:
    r = rig(BASIC)
    r.runner.start()
    for _ in range(5):
        assert r.runner.skip() is True
    r.take()
    assert r.runner.skip() is True  # the bridge: the next phase is "done"
    events = r.take()
    assert [type(e) for e in events] == [PhaseStarted, CueDue, StateChanged, Finished]
    assert events[-1] == Finished(T0, 0)
    assert r.runner.skip() is False
    assert r.runner.state is RunState.FINISHED


def test_skip_to_the_end_while_paused_finishes_with_the_same_events() -> None:
    r = rig(BASIC)
    r.runner.start()
    for _ in range(5):
        r.runner.skip()
    r.clock.advance(4)
    r.runner.pause()
    r.clock.advance(10)
    r.take()
    assert r.runner.skip() is True
    events = r.take()
    assert [type(e) for e in events] == [PhaseStarted, CueDue, StateChanged, Finished]
    assert events[-1] == Finished(T0 + 14, pytest.approx(4))


def test_back_late_in_a_phase_restarts_it() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.step(10 + 5)  # 5 s into the clams
    r.take()
    assert r.runner.back() is True
    events = r.take()
    assert started(events) == [(1, T0 + 15)]
    assert cue_times(events) == [(1, CueKind.START, 1, T0 + 15)]
    # Its rep cues fire again from the new start.
    r.step(2.5)
    assert cue_times(r.take()) == [(1, CueKind.REP, 2, T0 + 17.5)]


def test_back_early_in_a_phase_goes_to_the_previous_one() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.step(10 + BACK_GRACE_SECONDS - 0.5)
    r.take()
    assert r.runner.back() is True
    assert started(r.take()) == [(0, T0 + 11.5)]
    assert r.runner.remaining() == 10


def test_back_at_the_first_phase_restarts_it() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.step(1)
    r.take()
    assert r.runner.back() is True
    assert started(r.take()) == [(0, T0 + 1)]


def test_back_while_paused_stays_paused() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.step(15)
    r.runner.pause()
    r.take()
    assert r.runner.back() is True
    assert started(r.take()) == [(1, T0 + 15)]
    assert r.runner.state is RunState.PAUSED
    assert r.runner.back() is True  # now 0 s into it: to the previous phase
    assert started(r.take()) == [(0, T0 + 15)]


def test_restart_starts_over_from_running_paused_or_finished() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.step(30)
    r.take()
    assert r.runner.restart() is True
    assert r.take()[:2] == [StateChanged(RunState.RUNNING), PhaseStarted(0, BASIC.phases[0],
                                                                         T0 + 30)]
    assert r.runner.active_time() == 0
    r.runner.pause()
    assert r.runner.restart() is True
    assert r.runner.state is RunState.RUNNING and r.runner.index == 0
    r.step(100)
    assert r.runner.state is RunState.FINISHED
    assert r.runner.restart() is True
    assert r.runner.state is RunState.RUNNING and r.runner.index == 0
    assert r.runner.time_left() == 75


def test_restart_before_the_start_starts() -> None:
    r = rig(BASIC)
    assert r.runner.restart() is True
    assert r.runner.state is RunState.RUNNING


def test_done_ends_a_self_paced_phase_and_nothing_else() -> None:
    r = rig(SELF_PACED)
    r.runner.start()
    assert r.runner.done() is False  # get ready is timed
    r.step(5)
    assert r.runner.index == 1 and r.runner.phase.self_paced
    assert r.runner.remaining() is None
    assert r.runner.deadline() is None
    r.step(500, by=7)  # the runner takes as long as they need
    assert r.runner.index == 1
    r.take()
    assert r.runner.done() is True
    assert started(r.take()) == [(2, T0 + 505)]
    assert r.runner.done() is False  # a timed rest
    r.runner.pause()
    assert r.runner.done() is False


def test_toggle_is_space() -> None:
    r = rig(SELF_PACED)
    assert r.runner.toggle() is True
    assert r.runner.state is RunState.RUNNING
    assert r.runner.toggle() is True
    assert r.runner.state is RunState.PAUSED
    assert r.runner.toggle() is True
    assert r.runner.state is RunState.RUNNING
    r.step(5)
    assert r.runner.phase.self_paced
    assert r.runner.toggle() is True  # "done", not pause
    assert (r.runner.state, r.runner.index) == (RunState.RUNNING, 2)
    r.step(20)
    assert r.runner.state is RunState.FINISHED
    assert r.runner.toggle() is False


def test_listener_calling_back_into_the_runner_keeps_events_in_order() -> None:
    r = rig(BASIC)
    seen: list[Event] = []

    def skip_the_get_ready(event: Event) -> None:
        seen.append(event)
        if isinstance(event, PhaseStarted) and event.index == 0:
            r.runner.skip()

    r.runner.subscribe(skip_the_get_ready)
    r.runner.start()
    assert [type(e) for e in seen] == [StateChanged, PhaseStarted, CueDue, PhaseStarted, CueDue]
    assert started(seen) == [(0, T0), (1, T0)]


# -- stalls and wake-ups ------------------------------------------------------------------------


def test_a_stall_fires_everything_late_but_at_the_planned_times() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.take()
    r.clock.advance(50)  # the process was frozen for 50 s
    r.runner.update()
    events = r.take()
    starts = [T0 + s for s in BASIC.starts()]
    assert started(events) == [(i, starts[i]) for i in range(1, 6)]
    assert cue_times(events) == [
        (i, c.kind, c.value, starts[i] + c.offset)
        for i in range(6) for c in BASIC.phases[i].cues
        if 0 < starts[i] + c.offset - T0 <= 50
    ]
    # The bridge started at its planned time, so it still ends at 75 s, not at 50 + 30.
    assert r.runner.remaining() == pytest.approx(25)
    r.clock.advance(100)
    r.runner.update()
    assert [e for e in r.take() if isinstance(e, Finished)] == [Finished(T0 + 75, 75)]


def test_a_stall_past_the_end_finishes_at_the_planned_end() -> None:
    r = rig(BASIC)
    r.runner.start()
    r.clock.advance(1000)
    r.runner.update()
    assert started(r.events) == [(i, T0 + s) for i, s in enumerate(BASIC.starts())]
    assert r.events[-1] == Finished(T0 + 75, 75)


def test_next_wake_is_ahead_and_on_a_cue_a_deadline_or_a_second_change() -> None:
    r = rig(BASIC)
    r.runner.start()
    wakes = 0
    while r.runner.state is RunState.RUNNING:
        now = r.clock.t
        wake = r.runner.next_wake()
        assert wake is not None and wake > now
        phase = r.runner.phase
        start = [e.at for e in r.events if isinstance(e, PhaseStarted)][-1]
        deadline = r.runner.deadline()
        assert deadline is not None
        on_cue = any(math.isclose(wake, start + c.offset) for c in phase.cues)
        left = deadline - wake
        on_second = math.isclose(left, round(left), abs_tol=1e-9)
        assert on_cue or on_second, (phase.title, wake - start)
        # The whole seconds shown do not change before the wake-up.
        assert math.ceil(deadline - now - 1e-9) == math.ceil(deadline - wake + 1e-9)
        r.clock.t = wake
        r.runner.update()
        wakes += 1
        assert wakes < 500
    # One wake per displayed second and per cue, give or take the shared ones.
    assert 75 <= wakes <= 75 + sum(len(p.cues) for p in BASIC.phases)


def test_next_wake_in_a_self_paced_phase_is_the_next_whole_second() -> None:
    r = rig(SELF_PACED)
    r.runner.start()
    r.step(5)
    r.clock.advance(3.4)
    r.runner.update()
    assert r.runner.next_wake() == pytest.approx(T0 + 5 + 4)


def test_woken_late_by_a_bit_nothing_drifts() -> None:
    r = rig(BASIC)
    r.runner.start()
    while r.runner.state is RunState.RUNNING:
        wake = r.runner.next_wake()
        assert wake is not None
        r.clock.t = wake + 0.013  # every timer fires 13 ms late
        r.runner.update()
    assert started(r.events) == [(i, T0 + s) for i, s in enumerate(BASIC.starts())]


# -- properties over generated sessions -----------------------------------------------------------

# Multiples of 1/4 s: sums of them are exact in binary floating point, so the
# planned times can be compared exactly with the runner's.
quarters = st.integers(min_value=0, max_value=40).map(lambda n: n / 4)
positive_quarters = st.integers(min_value=2, max_value=40).map(lambda n: n / 4)


@st.composite
def moves(draw: st.DrawFn, self_paced: bool) -> Move:
    work = None
    open_ended = None
    if draw(st.booleans()):
        reps, hold = draw(st.integers(1, 6)), None
        tempo = None if self_paced and draw(st.booleans()) else draw(positive_quarters)
    else:
        reps, hold = None, float(draw(st.integers(1, 15)))
        tempo = draw(positive_quarters)
        kind = draw(st.sampled_from(["hold", "work", "open"] if self_paced else ["hold", "work"]))
        if kind == "work":
            hold, work = None, hold
        elif kind == "open":
            hold, open_ended = None, draw(st.sampled_from([Dose.HOLD, Dose.WORK]))
    return Move(
        name=draw(st.sampled_from(["Clams", "Bridge", "Lunge"])),
        reps=reps, hold=hold, tempo=tempo, work=work, open_ended=open_ended,
        sides=draw(st.sampled_from(list(Sides))), first_side=draw(st.sampled_from(["left",
                                                                                "right"])),
        sets=draw(st.integers(1, 3)), every=draw(st.sampled_from([None, None, 30.0, 45.0])),
        set_rest=draw(quarters), rest=draw(quarters), switch=draw(quarters),
    )


@st.composite
def plans(draw: st.DrawFn, self_paced: bool = True) -> Plan:
    blocks = tuple(
        Block(name=f"B{i}", moves=tuple(draw(st.lists(moves(self_paced), min_size=1,
                                                        max_size=3))),
              rounds=draw(st.integers(1, 2)), round_rest=draw(quarters),
              one_then_other=draw(st.booleans()), switch=draw(quarters))
        for i in range(draw(st.integers(1, 2)))
    )
    session = Session(name="Generated", blocks=blocks,
                      get_ready=draw(st.sampled_from([0.0, 2.0, 3.5, 10.0])))
    return make_plan(session)


actions = st.lists(
    st.tuples(
        st.sampled_from(["update", "update", "update", "pause", "skip", "back", "done",
                         "toggle", "restart"]),
        st.floats(min_value=0, max_value=40, allow_nan=False),
    ),
    max_size=40,
)

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def drive_to_the_end(r: Rig) -> None:
    """Finish the run from wherever it is, waking exactly when asked."""
    for _ in range(20_000):
        runner = r.runner
        if runner.state is RunState.FINISHED:
            return
        if runner.state is RunState.PAUSED:
            assert runner.resume()
        elif runner.phase.self_paced:
            r.clock.advance(1.5)
            runner.update()
            assert runner.done()
        else:
            wake = runner.next_wake()
            assert wake is not None and wake > r.clock.t
            r.clock.t = wake
            runner.update()
    raise AssertionError("the run did not finish")


@PROPERTY_SETTINGS
@given(plan=plans(), steps=actions)
def test_random_use_never_crashes_and_always_finishes(
    plan: Plan, steps: list[tuple[str, float]]
) -> None:
    r = rig(plan)
    assert r.runner.start()
    for action, seconds in steps:
        before = r.runner.state
        r.clock.advance(seconds)
        if action == "update":
            r.runner.update()
        elif action == "pause":
            if before is RunState.PAUSED:
                assert r.runner.pause() is False
                assert r.runner.resume() is True
            else:
                r.runner.pause()
        else:
            getattr(r.runner, action)()
        r.runner.update()
        if r.runner.state is RunState.RUNNING:
            wake = r.runner.next_wake()
            assert wake is not None and wake > r.clock.t
        assert 0 <= r.runner.index < len(plan.phases)
        assert r.runner.time_left() >= 0
    drive_to_the_end(r)
    assert r.runner.state is RunState.FINISHED
    assert isinstance(r.events[-1], Finished)
    assert sum(isinstance(e, Finished) for e in r.events) >= 1


@dataclass
class PausedRun:
    """A run with pauses only, and when each pause began and how long it lasted."""

    rig: Rig
    pauses: list[tuple[float, float]]


def run_with_pauses(plan: Plan, steps: list[tuple[float, float | None]]) -> PausedRun:
    r = rig(plan, start=0.0)
    r.runner.start()
    pauses: list[tuple[float, float]] = []
    for step, pause in steps:
        if r.runner.state is not RunState.RUNNING:
            break
        r.clock.advance(step)
        r.runner.update()
        if pause is not None and r.runner.state is RunState.RUNNING:
            at = r.clock.t
            assert r.runner.pause()
            if r.runner.state is RunState.PAUSED:
                r.clock.advance(pause)
                pauses.append((at, pause))
                assert r.runner.resume()
    drive_to_the_end(r)
    return PausedRun(r, pauses)


pause_steps = st.lists(
    st.tuples(quarters, st.none() | st.integers(0, 60).map(lambda n: n / 4)), max_size=30)


@PROPERTY_SETTINGS
@given(plan=plans(), steps=pause_steps)
def test_without_skips_every_phase_starts_once_in_order(
    plan: Plan, steps: list[tuple[float, float | None]]
) -> None:
    run = run_with_pauses(plan, steps)
    assert [i for i, _ in started(run.rig.events)] == list(range(len(plan.phases)))


@PROPERTY_SETTINGS
@given(plan=plans(self_paced=False), steps=pause_steps)
def test_pauses_shift_later_phases_by_exactly_their_length(
    plan: Plan, steps: list[tuple[float, float | None]]
) -> None:
    run = run_with_pauses(plan, steps)

    def shifted(planned: float) -> float:
        # A pause moves everything that had not happened when it began.
        at = planned
        for paused_at, length in run.pauses:
            if at > paused_at:
                at += length
        return at

    starts = plan.starts()
    assert [at for _, at in started(run.rig.events)] == [shifted(s) for s in starts]
    assert [e.due for e in run.rig.events if isinstance(e, CueDue)] == [
        shifted(start + c.offset) for start, phase in zip(starts, plan.phases, strict=True)
        for c in phase.cues
    ]


@PROPERTY_SETTINGS
@given(plan=plans(self_paced=False), steps=pause_steps)
def test_active_time_is_the_plans_total(
    plan: Plan, steps: list[tuple[float, float | None]]
) -> None:
    run = run_with_pauses(plan, steps)
    finished = [e for e in run.rig.events if isinstance(e, Finished)]
    assert len(finished) == 1
    assert finished[0].active == pytest.approx(plan.total)
    assert run.rig.runner.active_time() == pytest.approx(plan.total)
    assert finished[0].at == pytest.approx(plan.total + sum(length for _, length in run.pauses))


@PROPERTY_SETTINGS
@given(plan=plans(self_paced=False),
       stalls=st.lists(st.floats(min_value=0.001, max_value=200, allow_nan=False), max_size=8))
def test_late_wake_ups_never_shift_later_deadlines(plan: Plan, stalls: list[float]) -> None:
    r = rig(plan, start=0.0)
    r.runner.start()
    for stall in stalls:
        r.clock.advance(stall)
        r.runner.update()
    drive_to_the_end(r)
    assert [at for _, at in started(r.events)] == list(plan.starts())
    assert [e.due for e in r.events if isinstance(e, CueDue)] == [
        start + c.offset for start, phase in zip(plan.starts(), plan.phases, strict=True)
        for c in phase.cues
    ]


def test_pause_after_the_end_has_passed_finishes_instead_and_says_so() -> None:
    from hiptimer.plan import make_plan
    from hiptimer.runner import Runner, RunState
    from hiptimer.session import loads

    now = [0.0]
    plan = make_plan(loads('name = "T"\nget_ready = 0\n[[moves]]\nname = "H"\nhold = 2\n', "t"))
    runner = Runner(plan, lambda: now[0])
    runner.start()
    now[0] = 5.0  # the hold ended while nobody was looking
    assert runner.pause() is False
    assert runner.state is RunState.FINISHED
