"""What a runner hears, cue by cue: ``CueMapper`` driven by a real ``Runner``.

A fake clock drives the runner through each built-in session and a recording
player notes every sound with the moment it was asked for, so each test can
say exactly what is heard when: the start of every phase, every rep tick, the
halfway point of a hold, the last three seconds, switch, rest, rounds and
done, and that nothing is heard twice after pause, resume, back or skip, nor
in a burst after a stall.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from hiptimer import resources
from hiptimer.cues import (
    COUNT_MIN_TEMPO,
    CueMapper,
    Priority,
    Sound,
    duration_words,
    number_words,
)
from hiptimer.plan import Phase, PhaseKind, Plan, make_plan
from hiptimer.runner import Event, PhaseStarted, Runner, RunState
from hiptimer.session import load, loads

START_TONES = {
    PhaseKind.GET_READY: "get-ready",
    PhaseKind.WORK: "go",
    PhaseKind.SWITCH: "switch",
    PhaseKind.REST: "rest",
    PhaseKind.ROUND_REST: "round",
    PhaseKind.DONE: "done",
}


@dataclass
class Heard:
    t: float  # seconds since the start
    sound: Sound

    @property
    def what(self) -> tuple[float, str, str]:
        return (round(self.t, 3), self.sound.tone, self.sound.text)


class Recorder:
    """A player that only writes down what it is asked to play, and when."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.origin = clock()
        self.heard: list[Heard] = []

    def play(self, sounds: list[Sound]) -> None:
        for sound in sounds:
            self.heard.append(Heard(self.clock() - self.origin, sound))

    def whats(self) -> list[tuple[float, str, str]]:
        return [h.what for h in self.heard]

    def texts(self) -> list[str]:
        return [h.sound.text for h in self.heard if h.sound.text]


class Rig:
    """A runner, its mapper and a recorder on one fake clock."""

    def __init__(self, plan: Plan, clock: Callable[[], float] | None = None) -> None:
        self.t = 1000.0
        self.clock = clock or (lambda: self.t)
        self.plan = plan
        self.runner = Runner(plan, self.clock)
        self.mapper = CueMapper(plan, self.clock)
        self.recorder = Recorder(self.clock)
        self.runner.subscribe(self.on_event)

    def on_event(self, event: Event) -> None:
        self.recorder.play(self.mapper.map(event))

    def at(self, seconds: float) -> None:
        """Set the clock to ``seconds`` after the start."""
        self.t = self.recorder.origin + seconds

    def run_until(self, seconds: float) -> None:
        """Wake the runner whenever it asks, up to ``seconds`` after the start."""
        end = self.recorder.origin + seconds
        while True:
            wake = self.runner.next_wake()
            if wake is None or wake > end:
                break
            self.t = wake
            self.runner.update()
        self.t = max(self.t, end)
        self.runner.update()

    def finish(self, self_paced_seconds: float = 20.0) -> None:
        """Run to the end; self-paced reps take ``self_paced_seconds``."""
        guard = 0
        while self.runner.state is not RunState.FINISHED:
            guard += 1
            assert guard < 100_000
            if self.runner.phase.self_paced:
                self.t += self_paced_seconds
                self.runner.done()
                continue
            wake = self.runner.next_wake()
            assert wake is not None
            self.t = wake
            self.runner.update()


def session_plan(path: Path) -> Plan:
    return make_plan(load(path))


def default_plan() -> Plan:
    return session_plan(resources.default_session_path())


def text_plan(text: str) -> Plan:
    return make_plan(loads(text, "test.toml"))


# -- words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "words"),
    [(0, "zero"), (2, "two"), (10, "ten"), (15, "fifteen"), (30, "thirty"), (42, "forty-two"),
     (100, "one hundred"), (115, "one hundred and fifteen"), (500, "five hundred"),
     (3600, "three thousand six hundred"), (1005, "one thousand and five")],
)
def test_numbers_are_spoken_as_words(n: int, words: str) -> None:
    assert number_words(n) == words


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(30, "thirty seconds"), (1, "one second"), (60, "one minute"),
     (90, "one minute thirty seconds"), (125, "two minutes five seconds"),
     (12.4, "twelve seconds")],
)
def test_durations_are_spoken_as_words(seconds: float, words: str) -> None:
    assert duration_words(seconds) == words


# -- the default session, second by second -----------------------------------


def _countdown(end: float) -> list[tuple[float, str, str]]:
    return [(end - 3, "countdown", ""), (end - 2, "countdown", ""), (end - 1, "countdown", "")]


def _reps(start: float, tempo: float, reps: int) -> list[tuple[float, str, str]]:
    out = []
    for k in range(2, reps + 1):
        text = "last one" if k == reps else number_words(k)
        out.append((start + (k - 1) * tempo, "tick", text))
    return out


def test_default_session_is_heard_cue_by_cue() -> None:
    rig = Rig(default_plan())
    rig.runner.start()
    rig.finish()
    expected = [
        (0.0, "get-ready", "Pre-run glute activation, get ready"),
        *_countdown(10),
        (10.0, "go", "Clam shell, ten reps, left side"),
        *_reps(10, 2.5, 10),
        (35.0, "switch", "switch sides"),
        *_countdown(40),
        (40.0, "go", "Clam shell, ten reps, right side"),
        *_reps(40, 2.5, 10),
        (65.0, "rest", "rest — next up: glute bridge"),
        *_countdown(75),
        (75.0, "go", "Glute bridge, hold thirty seconds"),
        (90.0, "halfway", "halfway"),
        *_countdown(105),
        (105.0, "rest", "rest — next up: side lunge"),
        *_countdown(115),
        (115.0, "go", "Side lunge, ten reps, left side"),
        *_reps(115, 3, 10),
        (145.0, "switch", "switch sides"),
        *_countdown(150),
        (150.0, "go", "Side lunge, ten reps, right side"),
        *_reps(150, 3, 10),
        (180.0, "done", "done — go run!"),
    ]
    assert rig.recorder.whats() == expected
    # Every spoken text was known in advance, for rendering at load time.
    assert set(rig.recorder.texts()) <= set(rig.mapper.texts())


def test_priorities_put_prompts_over_countdown_over_ticks() -> None:
    rig = Rig(default_plan())
    rig.runner.start()
    rig.finish()
    by_tone: dict[str, set[Priority]] = {}
    for heard in rig.recorder.heard:
        by_tone.setdefault(heard.sound.tone, set()).add(heard.sound.priority)
    assert by_tone["countdown"] == {Priority.COUNTDOWN}
    assert by_tone["go"] == by_tone["rest"] == by_tone["halfway"] == {Priority.PROMPT}
    # Plain ticks are the least important; "last one" is a prompt.
    assert by_tone["tick"] == {Priority.TICK, Priority.PROMPT}
    assert Priority.PROMPT > Priority.COUNTDOWN > Priority.TICK
    starts = [h.sound for h in rig.recorder.heard if h.sound.tone in START_TONES.values()]
    assert all(s.new_phase for s in starts)


# -- every built-in session ----------------------------------------------------


def expected_for(plan: Plan, starts: list[float]) -> list[tuple[float, str]]:
    """Return (time, tone) of every sound the plan should make, from its phases."""
    out: list[tuple[float, str]] = []
    for phase, start in zip(plan.phases, starts, strict=True):
        out.append((start, START_TONES[phase.kind]))
        duration = phase.duration
        if phase.kind is PhaseKind.WORK and phase.reps is not None:
            if phase.tempo is not None:
                out += [(start + k * phase.tempo, "tick") for k in range(1, phase.reps)]
            continue
        if duration is None or phase.kind is PhaseKind.DONE:
            continue
        if phase.is_hold and duration >= 10:
            out.append((start + duration / 2, "halfway"))
        if duration > 3:
            out += [(start + duration - n, "countdown") for n in (3, 2, 1)]
    return sorted(out)


@pytest.mark.parametrize("path", resources.builtin_sessions(), ids=lambda p: p.name)
def test_each_builtin_session_sounds_every_cue_once_at_its_moment(path: Path) -> None:
    plan = session_plan(path)
    rig = Rig(plan)
    phase_starts: list[float] = []

    def note_start(event: Event) -> None:
        if isinstance(event, PhaseStarted):
            phase_starts.append(rig.t - rig.recorder.origin)

    rig.runner.subscribe(note_start)
    rig.runner.start()
    rig.finish(self_paced_seconds=17.0)
    heard = sorted((round(h.t, 6), h.sound.tone) for h in rig.recorder.heard)
    want = sorted((round(t, 6), tone) for t, tone in expected_for(plan, phase_starts))
    assert heard == want
    if not plan.has_self_paced:
        assert phase_starts == pytest.approx(list(plan.starts()))
    texts = rig.recorder.texts()
    assert texts[0].endswith("get ready")
    assert texts[-1] == "done — go run!"
    assert rig.recorder.heard[-1].sound.tone == "done"
    assert set(texts) <= set(rig.mapper.texts())
    rep_phases = [p for p in plan.phases if p.reps is not None and p.tempo is not None]
    assert texts.count("last one") == len(rep_phases)
    for phase in rep_phases:
        if phase.tempo is not None and phase.tempo >= COUNT_MIN_TEMPO:
            assert "two" in texts


def test_circuit_announces_each_round() -> None:
    plan = session_plan(resources.assets_dir() / "sessions" / "hip-circuit.toml")
    rig = Rig(plan)
    rig.runner.start()
    rig.finish()
    rounds = [h for h in rig.recorder.heard if h.sound.tone == "round"]
    assert [h.sound.text for h in rounds] == [
        "round two of three — next up: clam shell",
        "last round — next up: clam shell",
    ]
    round_rests = [i for i, p in enumerate(plan.phases) if p.kind is PhaseKind.ROUND_REST]
    assert [h.t for h in rounds] == pytest.approx([plan.starts()[i] for i in round_rests])


def test_round_is_named_at_the_move_when_there_is_no_round_rest() -> None:
    plan = text_plan(
        'name = "Quick"\nget_ready = 0\nrounds = 2\nround_rest = 0\n'
        '[[moves]]\nmove = "glute-bridge"\nhold = 12\n'
    )
    rig = Rig(plan)
    rig.runner.start()
    rig.finish()
    assert rig.recorder.texts() == [
        "round one of two. Glute bridge, hold twelve seconds", "halfway",
        "last round. Glute bridge, hold twelve seconds", "halfway",
        "done — go run!",
    ]


def test_move_and_session_say_their_own_words() -> None:
    plan = text_plan(
        'name = "Morning"\nsay = "Good morning"\nget_ready = 5\n'
        '[[moves]]\nname = "Clams"\nsay = "Clamshells please"\nreps = 3\ntempo = 1.5\n'
        'each_side = true\nsets = 2\nset_rest = 4\n'
    )
    rig = Rig(plan)
    rig.runner.start()
    rig.finish()
    texts = rig.recorder.texts()
    assert texts[0] == "Good morning, get ready"
    assert texts[1] == "Clamshells please, three reps, left side, set one of two"
    # At 1.5 s a rep, only ticks and "last one": no time to count out loud.
    ticks = [h.sound for h in rig.recorder.heard if h.sound.tone == "tick"]
    assert [t.text for t in ticks[:2]] == ["", "last one"]
    # The rest between two sets of one move says which set comes.
    assert "rest — next: set two of two" in texts
    assert "Clamshells please, three reps, left side, set two of two" in texts


def test_self_paced_reps_say_so_and_never_tick() -> None:
    plan = session_plan(resources.assets_dir() / "sessions" / "lunge-matrix.toml")
    rig = Rig(plan)
    rig.runner.start()
    rig.finish()
    assert "Front lunge, ten reps, left side, at your own pace" in rig.recorder.texts()
    assert not [h for h in rig.recorder.heard if h.sound.tone == "tick"]


# -- controls never double a sound ---------------------------------------------


def count(rig: Rig, text: str) -> int:
    return sum(1 for h in rig.recorder.heard if h.sound.text == text)


def test_pause_and_resume_repeat_nothing_and_shift_what_follows() -> None:
    rig = Rig(default_plan())
    rig.runner.start()
    rig.run_until(16.0)  # clam shell left, rep three at 15 s
    rig.runner.pause()
    rig.at(46.0)  # a 30 s pause
    rig.runner.resume()
    rig.runner.update()
    rig.finish()
    whats = rig.recorder.whats()
    assert len(whats) == len(set(whats))
    assert count(rig, "Clam shell, ten reps, left side") == 1
    assert count(rig, "four") == 4  # once per rep phase, the first one late by the pause
    four = [h.t for h in rig.recorder.heard if h.sound.text == "four"]
    assert four[0] == pytest.approx(17.5 + 30)
    assert rig.recorder.heard[-1].t == pytest.approx(180 + 30)
    assert len(whats) == 66  # as many as without the pause


def test_back_restarts_the_phase_and_replays_only_its_start() -> None:
    rig = Rig(default_plan())
    rig.runner.start()
    rig.run_until(80.0)  # five seconds into the bridge hold
    rig.runner.back()
    assert count(rig, "Glute bridge, hold thirty seconds") == 2
    rig.run_until(80.5)
    rig.runner.back()  # within two seconds: back to the rest before
    assert count(rig, "rest — next up: glute bridge") == 2
    assert count(rig, "Glute bridge, hold thirty seconds") == 2
    rig.finish()
    assert count(rig, "Glute bridge, hold thirty seconds") == 3
    assert count(rig, "halfway") == 1
    whats = rig.recorder.whats()
    assert len(whats) == len(set(whats))  # nothing ever sounds twice at one moment


def test_skip_moves_on_and_drops_the_rest_of_the_phase() -> None:
    rig = Rig(default_plan())
    rig.runner.start()
    rig.run_until(12.0)
    rig.runner.skip()  # out of clam shell left at 12 s, into the switch
    rig.finish()
    assert count(rig, "switch sides") == 2  # the clam shells' and the lunges'
    switch = next(h for h in rig.recorder.heard if h.sound.text == "switch sides")
    assert switch.t == pytest.approx(12.0)
    # Ticks of the skipped clam shells (left side) never sound: only the right side's.
    assert count(rig, "two") == 3  # clam shell right and both lunge sides
    assert count(rig, "last one") == 3


def test_skip_while_paused_announces_the_new_phase_once_on_resume() -> None:
    rig = Rig(default_plan())
    rig.runner.start()
    rig.run_until(20.0)
    rig.runner.pause()
    rig.runner.skip()
    rig.runner.skip()  # past the switch, to clam shell right
    before = len(rig.recorder.heard)
    assert count(rig, "switch sides") == 0
    assert count(rig, "Clam shell, ten reps, right side") == 0
    rig.at(25.0)
    rig.runner.resume()
    assert len(rig.recorder.heard) == before + 1
    assert rig.recorder.heard[-1].what == (25.0, "go", "Clam shell, ten reps, right side")
    rig.finish()
    assert count(rig, "Clam shell, ten reps, right side") == 1
    assert count(rig, "switch sides") == 1  # the lunges' switch


def test_skip_to_the_end_while_paused_says_done_once() -> None:
    plan = text_plan('name = "S"\nget_ready = 0\n[[moves]]\nmove = "glute-bridge"\n')
    rig = Rig(plan)
    rig.runner.start()
    rig.run_until(3.0)
    rig.runner.pause()
    rig.runner.skip()
    assert rig.runner.state is RunState.FINISHED
    assert count(rig, "done — go run!") == 1


def test_restart_announces_the_start_again() -> None:
    rig = Rig(default_plan())
    rig.runner.start()
    rig.run_until(12.0)
    rig.runner.pause()
    rig.runner.restart()
    assert count(rig, "Pre-run glute activation, get ready") == 2
    assert count(rig, "Clam shell, ten reps, left side") == 1


# -- stalls --------------------------------------------------------------------


def test_a_stall_does_not_burst_old_cues() -> None:
    rig = Rig(default_plan())
    rig.runner.start()
    rig.run_until(11.0)
    before = len(rig.recorder.heard)
    rig.at(52.0)  # the process froze for 41 s; now 12 s into clam shell right
    rig.runner.update()
    late = rig.recorder.heard[before:]
    # Only the phase that is under way now is announced (late); its ticks
    # and everything of the phases that went by unheard are dropped.
    assert [h.what for h in late] == [(52.0, "go", "Clam shell, ten reps, right side")]
    assert late[0].sound.due == pytest.approx(rig.recorder.origin + 40.0)
    rig.finish()
    assert count(rig, "switch sides") == 1  # the lunges' switch only
    assert rig.recorder.texts()[-1] == "done — go run!"


def test_a_stall_that_ends_just_after_a_phase_announces_only_the_next() -> None:
    rig = Rig(default_plan())
    rig.runner.start()
    rig.run_until(11.0)
    before = len(rig.recorder.heard)
    rig.at(40.2)  # the switch (35-40 s) went by during the stall
    rig.runner.update()
    assert [h.what for h in rig.recorder.heard[before:]] == [
        (40.2, "go", "Clam shell, ten reps, right side"),
    ]


def test_a_slightly_late_wake_still_plays_its_cue() -> None:
    rig = Rig(default_plan())
    rig.runner.start()
    rig.run_until(10.0)
    rig.at(12.5 + 0.3)  # 300 ms late: still worth hearing
    rig.runner.update()
    assert rig.recorder.heard[-1].what == (12.8, "tick", "two")


def test_a_stall_past_the_end_still_says_done() -> None:
    rig = Rig(default_plan())
    rig.runner.start()
    rig.run_until(1.0)
    rig.at(500.0)
    rig.runner.update()
    assert rig.runner.state is RunState.FINISHED
    assert [h.sound.tone for h in rig.recorder.heard] == ["get-ready", "done"]


# -- ahead of the deadline -----------------------------------------------------


def test_early_plays_each_sound_lead_seconds_before_its_deadline_and_only_then() -> None:
    lead = 0.03
    plan = default_plan()
    rig = Rig(plan)
    rig.runner.start()
    guard = 0
    while rig.runner.state is not RunState.FINISHED:
        guard += 1
        assert guard < 10_000
        wake = rig.runner.next_wake()
        assert wake is not None
        due = rig.mapper.next_due(rig.runner)
        if due is not None and due - lead < wake:
            rig.t = max(rig.t, due - lead)
            rig.recorder.play(rig.mapper.early(rig.runner, lead))
        else:
            rig.t = wake
            rig.runner.update()
    on_time = Rig(plan)
    on_time.runner.start()
    on_time.finish()
    assert len(rig.recorder.heard) == len(on_time.recorder.heard)
    for early, timed in zip(rig.recorder.heard, on_time.recorder.heard, strict=True):
        assert (early.sound.tone, early.sound.text) == (timed.sound.tone, timed.sound.text)
        if timed.t > 0:  # the very first sound comes with the start button
            assert early.t == pytest.approx(timed.t - lead)
            assert early.sound.due - rig.recorder.origin == pytest.approx(timed.t)


def test_next_due_is_none_when_nothing_runs() -> None:
    rig = Rig(default_plan())
    assert rig.mapper.next_due(rig.runner) is None
    rig.runner.start()
    assert rig.mapper.next_due(rig.runner) == pytest.approx(rig.recorder.origin + 7.0)
    rig.runner.pause()
    assert rig.mapper.next_due(rig.runner) is None
    assert rig.mapper.early(rig.runner, 1.0) == []


def test_phase_start_after_an_early_start_is_not_repeated() -> None:
    rig = Rig(default_plan())
    rig.runner.start()
    rig.run_until(9.99)
    sounds = rig.mapper.early(rig.runner, 0.02)
    assert [s.tone for s in sounds] == ["go"]
    rig.at(10.0)
    rig.runner.update()
    assert count(rig, "Clam shell, ten reps, left side") == 0  # the recorder never got it
    assert [h.sound.tone for h in rig.recorder.heard][-1] == "countdown"


def _phases(plan: Plan, kind: PhaseKind) -> list[Phase]:
    return [p for p in plan.phases if p.kind is kind]


def test_texts_cover_every_prompt_of_every_builtin_session() -> None:
    for path in resources.builtin_sessions():
        plan = session_plan(path)
        mapper = CueMapper(plan)
        texts = mapper.texts()
        assert len(texts) == len(set(texts))
        assert "done — go run!" in texts
        assert len(_phases(plan, PhaseKind.WORK)) >= 1


# -- a player that joins a run under way -------------------------------------


class LateRig(Rig):
    """A rig whose player is not there yet: events go unheard until ``join``."""

    listening = False

    def on_event(self, event: Event) -> None:
        if self.listening:
            super().on_event(event)

    def join(self) -> None:
        """Attach a new mapper to the run under way, as the window does (``SoundCues``)."""
        self.mapper = CueMapper(self.plan, self.clock)
        self.listening = True
        self.recorder.play(self.mapper.join(self.runner))


def late_rig(seconds: float, pause: bool = False) -> Rig:
    """Return a rig whose mapper starts listening ``seconds`` into the run (``--start``)."""
    rig = LateRig(default_plan())
    rig.runner.start()
    rig.run_until(seconds)
    if pause:
        rig.runner.pause()
    rig.join()
    return rig


def test_a_mapper_that_joins_just_after_the_start_hears_the_rest_of_the_run() -> None:
    rig = late_rig(0.1)
    rig.finish()
    whats = rig.recorder.whats()
    # The start is announced as soon as the player is there, then all goes on.
    assert whats[0] == (0.1, "get-ready", "Pre-run glute activation, get ready")
    assert whats[1:4] == _countdown(10)
    assert whats[4] == (10.0, "go", "Clam shell, ten reps, left side")
    assert len(whats) == 66  # as many as from the start


def test_a_mapper_that_joins_late_skips_the_stale_announcement_only() -> None:
    rig = late_rig(5.0)
    rig.finish()
    whats = rig.recorder.whats()
    assert "Pre-run glute activation, get ready" not in rig.recorder.texts()
    assert whats[:3] == _countdown(10)
    assert len(whats) == 65


def test_a_mapper_that_joins_a_paused_run_waits_for_the_resume() -> None:
    rig = late_rig(12.0, pause=True)  # paused 2 s into the first clam shells
    assert rig.recorder.whats() == []
    rig.at(20.0)
    rig.runner.resume()
    rig.runner.update()
    rig.run_until(26.0)
    # The rep counting goes on from where the pause held it (rep two was due
    # at 12.5 s, 0.5 s after the pause), nothing said twice.
    assert rig.recorder.whats() == [(20.5, "tick", "two"), (23.0, "tick", "three"),
                                    (25.5, "tick", "four")]


def test_the_last_round_and_the_first_are_named() -> None:
    plan = session_plan(resources.assets_dir() / "sessions" / "hip-circuit.toml")
    texts = CueMapper(plan).texts()
    assert "round one of three. Clam shell, ten reps, left side" in texts
    assert "last round — next up: clam shell" in texts
    assert not any("three of three" in t for t in texts)
    # Only the first move of a round names it.
    assert "Clam shell, ten reps, right side" in texts


def test_a_rest_between_sets_says_the_next_set_and_a_rest_between_moves_the_move() -> None:
    plan = text_plan(
        'name = "Sets"\nget_ready = 0\n'
        '[[moves]]\nmove = "glute-bridge"\nhold = 10\nsets = 3\nset_rest = 5\nrest = 5\n'
        '[[moves]]\nmove = "clam-shell"\nreps = 2\n'
    )
    rests = [CueMapper(plan)._start_sound(i, p, 0.0).text
             for i, p in enumerate(plan.phases) if p.kind is PhaseKind.REST]
    assert rests == ["rest — next: set two of three", "rest — next: set three of three",
                     "rest — next up: clam shell"]


def test_the_new_words_keep_every_cue_on_its_moment() -> None:
    plan = session_plan(resources.assets_dir() / "sessions" / "hip-circuit.toml")
    rig = Rig(plan)
    rig.runner.start()
    rig.finish()
    starts = [h.t for h in rig.recorder.heard if h.sound.new_phase]
    assert starts == pytest.approx(list(plan.starts()))
