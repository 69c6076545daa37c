"""Timed work that is not a hold, and phases the runner ends: ``work``, ``"self"``, ``estimate``.

``work = 30`` is squats or a Tabata interval: a countdown, spoken as a
duration and never as "hold". ``hold = "self"`` and ``work = "self"`` count
up until the runner says done, and ``estimate`` says what such a move counts
for in the planned total.
"""

from __future__ import annotations

import textwrap

import pytest

from hiptimer.cues import CueMapper
from hiptimer.errors import SessionError
from hiptimer.plan import (
    OPEN_ENDED_SECONDS,
    CueKind,
    PhaseKind,
    Plan,
    make_plan,
)
from hiptimer.runner import Runner
from hiptimer.session import Dose, Session, loads


def load_text(text: str) -> Session:
    return loads(textwrap.dedent(text), "s.toml")


def plan_of(text: str) -> Plan:
    return make_plan(load_text(text))


def problems(text: str) -> list[str]:
    with pytest.raises(SessionError) as caught:
        load_text(text)
    return caught.value.lines()


def one_move(*lines: str) -> str:
    return 'name = "S"\nget_ready = 0\n[[moves]]\nname = "Squats"\n' + "\n".join(lines) + "\n"


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def heard(plan: Plan, seconds: int, done_at: float | None = None) -> list[str]:
    """Return what the voice says over ``seconds`` (the runner says done at ``done_at``)."""
    clock = Clock()
    runner = Runner(plan, now=clock)
    mapper = CueMapper(plan, now=clock)
    out: list[str] = []
    runner.subscribe(lambda event: out.extend(s.text or s.tone for s in mapper.map(event)))
    runner.start()
    for second in range(1, seconds + 1):
        clock.t += 1
        runner.update()
        if done_at is not None and second == done_at:
            runner.done()
    return out


# -- timed work --------------------------------------------------------------------------


def test_timed_work_is_a_countdown_that_is_not_a_hold() -> None:
    plan = plan_of(one_move("work = 20"))
    squats = plan.phases[0]
    assert (squats.kind, squats.duration, squats.reps, squats.dose) == (
        PhaseKind.WORK, 20, None, Dose.WORK)
    assert squats.is_timed_work and not squats.is_hold and not squats.self_paced
    assert [(c.offset, c.kind) for c in squats.cues] == [
        (0, CueKind.START), (10, CueKind.HALFWAY), (17, CueKind.COUNTDOWN),
        (18, CueKind.COUNTDOWN), (19, CueKind.COUNTDOWN)]


def test_timed_work_is_spoken_as_a_duration_never_as_hold() -> None:
    said = heard(plan_of(one_move("work = 30")), 31)
    assert said[0] == "Squats, thirty seconds"
    assert not any("hold" in text for text in said)
    assert heard(plan_of(one_move("hold = 30")), 1)[0] == "Squats, hold thirty seconds"


@pytest.mark.parametrize(("lines", "message"), [
    (("work = 20", "reps = 3"), "s.toml:3:1: moves[1]: give only one of 'reps', 'hold' and "
                                "'work', not 'reps' and 'work'"),
    (("work = 20", "hold = 3"), "s.toml:3:1: moves[1]: give only one of 'reps', 'hold' and "
                                "'work', not 'hold' and 'work'"),
    (("work = 0",), "s.toml:5:8: moves[1].work: must be a number of seconds from 1 to 3600, "
                    "got 0"),
    (('work = "long"',), 's.toml:5:8: moves[1].work: must be a number of seconds from 1 to '
                         '3600, or "self", got "long"'),
    (('hold = "Self"',), 's.toml:5:8: moves[1].hold: must be a number of seconds from 1 to '
                         '3600, or "self", got "Self"'),
])
def test_bad_work_is_reported(lines: tuple[str, ...], message: str) -> None:
    assert problems(one_move(*lines)) == [message]


def test_a_library_rep_move_given_work_becomes_timed_work() -> None:
    session = load_text('name = "S"\n[[moves]]\nmove = "clam-shell"\nwork = 20\n')
    clams = session.moves[0]
    assert (clams.reps, clams.work, clams.dose, clams.each_side) == (None, 20, Dose.WORK, True)


# -- open-ended phases and estimates ----------------------------------------------------------


@pytest.mark.parametrize("key", ["hold", "work"])
def test_an_open_ended_phase_counts_up_until_done(key: str) -> None:
    plan = plan_of(one_move(f'{key} = "self"'))
    phase = plan.phases[0]
    assert (phase.duration, phase.estimate, phase.self_paced) == (None, OPEN_ENDED_SECONDS, True)
    assert phase.is_hold is (key == "hold") and phase.is_timed_work is (key == "work")
    clock = Clock()
    runner = Runner(plan, now=clock)
    runner.start()
    clock.t += 95
    runner.update()
    assert (runner.phase is phase, runner.remaining(), runner.elapsed()) == (True, None, 95)
    assert runner.toggle()  # Space says done
    assert runner.phase.kind is PhaseKind.DONE


def test_an_estimate_sets_what_a_self_paced_move_counts_for() -> None:
    assert plan_of(one_move('work = "self"', "estimate = 40")).total == 40
    assert plan_of(one_move('hold = "self"', "estimate = 12.5")).total == 12.5
    reps = plan_of(one_move("reps = 10", 'tempo = "self"', "estimate = 45", "each_side = true"))
    assert [p.estimate for p in reps.phases if p.kind is PhaseKind.WORK] == [45, 45]
    assert plan_of(one_move("reps = 10", 'tempo = "self"')).total == 30  # 3 s a rep


def test_an_estimate_follows_a_tempo_inherited_from_the_session() -> None:
    plan = plan_of('name = "S"\nget_ready = 0\ntempo = "self"\n[[moves]]\nname = "A"\n'
                   "reps = 4\nestimate = 20\n")
    assert plan.total == 20


def test_an_estimate_on_a_move_with_a_clock_is_refused() -> None:
    assert problems(one_move("reps = 10", "estimate = 40")) == [
        's.toml:6:12: moves[1].estimate: is only for a move the runner ends: reps with '
        'tempo = "self", hold = "self" or work = "self"']


def test_the_voice_says_an_open_hold_is_at_the_runners_pace() -> None:
    said = heard(plan_of(one_move('hold = "self"')), 5, done_at=3)
    assert said == ["Squats, hold, at your own pace", "done — go run!"]
