"""Intervals: ``every = 60`` starts each set on the minute (EMOM).

The rest between sets is what the set leaves of its interval. With timed
work the plan knows it in advance; with a set the runner ends, the runner
works it out when Done is pressed, and when the set ran past the interval
the next one starts at once and the runner is told. All on a fake clock.
"""

from __future__ import annotations

import textwrap

import pytest

from hiptimer.cues import OVERRUN_WORDS, CueMapper
from hiptimer.errors import SessionError
from hiptimer.plan import CueKind, PhaseKind, Plan, make_plan
from hiptimer.runner import Event, PhaseStarted, Runner
from hiptimer.session import Session, loads, phase_bound

W, R, S = PhaseKind.WORK, PhaseKind.REST, PhaseKind.SWITCH


def load_text(text: str) -> Session:
    return loads(textwrap.dedent(text), "s.toml")


def plan_of(text: str) -> Plan:
    return make_plan(load_text(text))


def problems(text: str) -> list[str]:
    with pytest.raises(SessionError) as caught:
        load_text(text)
    return caught.value.lines()


def emom(*lines: str) -> str:
    return ('name = "EMOM"\nget_ready = 0\n[[moves]]\nname = "Burpees"\nsets = 3\n'
            + "\n".join(lines) + "\n")


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


class Rig:
    def __init__(self, plan: Plan) -> None:
        self.clock = Clock()
        self.runner = Runner(plan, now=self.clock)
        self.mapper = CueMapper(plan, now=self.clock)
        self.events: list[Event] = []
        self.said: list[str] = []
        self.runner.subscribe(self.events.append)
        self.runner.subscribe(
            lambda e: self.said.extend(s.text for s in self.mapper.map(e) if s.text))

    def wait(self, seconds: float) -> None:
        for _ in range(int(seconds * 4)):
            self.clock.t += 0.25
            self.runner.update()

    def starts(self) -> list[tuple[int, float, float]]:
        """Return (phase index, start from the beginning, overrun) of every phase start."""
        return [(e.index, e.at - 1000.0, e.overrun) for e in self.events
                if isinstance(e, PhaseStarted)]


def test_timed_work_on_the_minute_rests_for_the_rest_of_it() -> None:
    plan = plan_of(emom("work = 20", "every = 60"))
    assert [(p.kind, p.duration, p.every, p.interval_start, p.interval_rest)
            for p in plan.phases[:-1]] == [
        (W, 20, 60, True, False), (R, 40, 60, False, True),
        (W, 20, 60, True, False), (R, 40, 60, False, True),
        (W, 20, 60, True, False)]
    assert plan.total == 140
    rig = Rig(plan)
    rig.runner.start()
    rig.wait(141)
    assert [(i, at) for i, at, _ in rig.starts()] == [(0, 0), (1, 20), (2, 60), (3, 80),
                                                      (4, 120), (5, 140)]


def test_an_interval_covers_both_sides_and_the_switch() -> None:
    plan = plan_of(emom("hold = 20", "each_side = true", "switch = 5", "every = 60"))
    assert [(p.kind, p.duration) for p in plan.phases[:5]] == [
        (W, 20), (S, 5), (W, 20), (R, 15), (W, 20)]


def test_the_rest_of_a_self_paced_set_is_what_its_minute_has_left() -> None:
    rig = Rig(plan_of(emom("reps = 10", 'tempo = "self"', "every = 60", "estimate = 25")))
    plan_rest = rig.runner.plan.phases[1]
    assert (plan_rest.kind, plan_rest.duration) == (R, 35)  # planned from the estimate
    rig.runner.start()
    rig.wait(42)
    assert rig.runner.done()  # 42 s in: 18 s of rest left
    assert (rig.runner.phase.kind, rig.runner.duration, rig.runner.remaining()) == (R, 18, 18)
    assert [c.offset for c in rig.runner.cues if c.kind is CueKind.COUNTDOWN] == [15, 16, 17]
    assert rig.runner.time_left() == 18 + 25 + 35 + 25
    rig.wait(18)
    assert rig.runner.phase.kind is W and rig.starts()[-1][1] == 60


def test_pauses_do_not_eat_into_the_rest() -> None:
    rig = Rig(plan_of(emom("reps = 10", 'tempo = "self"', "every = 60")))
    rig.runner.start()
    rig.wait(10)
    rig.runner.pause()
    rig.wait(100)
    rig.runner.resume()
    rig.wait(20)
    rig.runner.done()  # 30 s of work, 100 s of pause
    assert rig.runner.duration == 30


def test_a_set_that_overruns_its_minute_goes_straight_into_the_next_and_says_so() -> None:
    rig = Rig(plan_of(emom("reps = 10", 'tempo = "self"', "every = 60")))
    rig.runner.start()
    rig.wait(70)
    rig.runner.done()
    assert rig.runner.phase.kind is W and rig.runner.phase.set_no == 2
    assert rig.runner.overrun == 10
    assert rig.starts()[-2:] == [(1, 70, 10), (2, 70, 10)]  # the rest lasted no time
    assert rig.said[-1] == OVERRUN_WORDS + "Burpees, ten reps, set two of three, at your own pace"
    assert OVERRUN_WORDS + "Burpees, ten reps, set two of three, at your own pace" in (
        rig.mapper.texts())
    rig.wait(30)
    rig.runner.done()  # on time again: a rest, and no overrun flag
    assert (rig.runner.phase.kind, rig.runner.overrun, rig.runner.duration) == (R, 0, 30)


def test_skipping_the_work_leaves_the_next_set_on_the_minute() -> None:
    rig = Rig(plan_of(emom("work = 20", "every = 60")))
    rig.runner.start()
    rig.wait(5)
    rig.runner.skip()
    assert (rig.runner.phase.kind, rig.runner.duration) == (R, 55)


@pytest.mark.parametrize(("lines", "message"), [
    (("work = 50", "every = 40"),
     "s.toml:7:9: moves[1].every: is shorter than one set: the work takes 50 s, every is 40 s"),
    (("hold = 20", "each_side = true", "every = 40"),
     "s.toml:8:9: moves[1].every: is shorter than one set: both sides and the switch take "
     "45 s, every is 40 s"),
    (("reps = 10", "tempo = 3", 'sides = "alternate"', "every = 45"),
     "s.toml:9:9: moves[1].every: is shorter than one set: the work takes 60 s, every is 45 s"),
    (("work = 20", "every = 60", "set_rest = 10"),
     "s.toml:8:12: moves[1].set_rest: 'every' already sets the rest between sets (what is "
     "left of each interval); leave 'set_rest' out"),
    (("work = 20", "every = 4"),
     "s.toml:7:9: moves[1].every: must be a number of seconds from 5 to 3600, got 4"),
])
def test_intervals_that_cannot_work_are_refused(lines: tuple[str, ...], message: str) -> None:
    assert problems(emom(*lines)) == [message]


def test_an_interval_that_the_work_fills_exactly_has_no_rest() -> None:
    plan = plan_of(emom("work = 60", "every = 60"))
    assert [p.kind for p in plan.phases] == [W, W, W, PhaseKind.DONE]


def test_interval_rests_stay_within_the_size_bound() -> None:
    session = load_text(emom("reps = 3", 'tempo = "self"', "every = 30", "each_side = true"))
    assert len(make_plan(session).phases) <= phase_bound(session)
