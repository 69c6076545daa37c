"""``CuePlayer``: what reaches the speakers, and what happens when nothing can.

The player's play function is replaced by a simulated one in which every
sound lasts as long as its WAV file on a fake clock, so the tests can see
which sounds overlap: prompts must queue behind one another, ticks must give
way to prompts, countdown beeps must not. Other tests take the sound away
altogether (the play function raises, ``playsound3`` finds no backend, the
player keeps exiting with an error) and check that a whole session still runs
and says so exactly once, and that volume copies are scaled and cached.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import types
import wave
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from hiptimer import audio, resources
from hiptimer.audio import NO_BACKEND, CuePlayer, gain, step, wav_seconds
from hiptimer.cues import CueMapper, Priority, Sound
from hiptimer.plan import make_plan
from hiptimer.runner import Runner, RunState
from hiptimer.session import load
from hiptimer.voice import VOICE_NOTICE, Voice

REPO = Path(__file__).resolve().parents[2]
SECONDS_PER_CHARACTER = 0.06  # about how fast espeak-ng speaks at 150 wpm


def write_wav(path: Path, seconds: float, amplitude: int = 20000, rate: int = 22050) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = max(1, int(seconds * rate))
    samples = array("h", (amplitude if i % 40 < 20 else -amplitude for i in range(frames)))
    if sys.byteorder == "big":
        samples.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())


def peak(path: Path) -> int:
    with wave.open(str(path), "rb") as src:
        samples = array("h", src.readframes(src.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return max(abs(s) for s in samples)


def fake_render(text: str, out: Path) -> None:
    write_wav(out, SECONDS_PER_CHARACTER * len(text))


@dataclass
class SimHandle:
    clock: Callable[[], float]
    start: float
    length: float
    returncode: int | None = None
    stopped: bool = False

    def is_alive(self) -> bool:
        return not self.stopped and self.clock() < self.start + self.length

    def stop(self) -> None:
        self.stopped = True


@dataclass
class Played:
    start: float
    path: str
    handle: SimHandle

    @property
    def end(self) -> float:
        return self.start + self.handle.length

    @property
    def spoken(self) -> bool:
        return Path(self.path).parent.name == "voice"


@dataclass
class SimPlayer:
    """Plays nothing, but each sound lasts as long as its WAV on the fake clock."""

    clock: Callable[[], float]
    played: list[Played] = field(default_factory=list)
    exit_code: int | None = None

    def __call__(self, path: str) -> SimHandle:
        handle = SimHandle(self.clock, self.clock(), wav_seconds(Path(path)))
        if self.exit_code is not None:
            handle.length = 0.0
            handle.returncode = self.exit_code
        self.played.append(Played(self.clock(), path, handle))
        return handle

    def names(self) -> list[str]:
        return [Path(p.path).name for p in self.played]


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(autouse=True)
def no_stream_player(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the machine's own stream players (pacat, aplay) out of the tests."""
    monkeypatch.setattr(audio, "stream_command", lambda rate=audio.STREAM_RATE: None)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sim(clock: Clock) -> SimPlayer:
    return SimPlayer(clock)


@pytest.fixture
def voice(tmp_path: Path) -> Voice:
    return Voice(tmp_path / "cache", render=fake_render)


def make_player(sim: SimPlayer, clock: Clock, voice: Voice, tmp_path: Path,
                **options: object) -> CuePlayer:
    return CuePlayer(
        sim, now=clock, voice=voice, cache=tmp_path / "cache", background=False,
        **options,  # type: ignore[arg-type]
    )


def prompt(text: str, tone: str = "go", new_phase: bool = False) -> Sound:
    return Sound(Priority.PROMPT, tone, text, new_phase=new_phase)


TICK = Sound(Priority.TICK, "tick")
BEEP = Sound(Priority.COUNTDOWN, "countdown")


def advance(clock: Clock, player: CuePlayer, seconds: float, step_s: float = 0.01) -> None:
    """Let ``seconds`` pass, polling the player as a worker thread would."""
    end = clock.t + seconds
    while clock.t < end:
        clock.t = min(end, clock.t + step_s)
        player.poll()


def run_until(clock: Clock, player: CuePlayer, end: float) -> None:
    """Let time pass up to ``end``, polling the player whenever it asks."""
    while True:
        wanted = player.poll()
        if wanted is None or wanted >= end:
            clock.t = max(clock.t, end)
            player.poll()
            return
        clock.t = max(wanted, clock.t + 0.001)


def run_session(path: Path, clock: Clock, player: CuePlayer) -> Runner:
    """Run a whole session through runner, mapper and player on the fake clock."""
    plan = make_plan(load(path))
    runner = Runner(plan, clock)
    mapper = CueMapper(plan, clock)
    runner.subscribe(lambda event: player.play(mapper.map(event)))
    runner.start()
    guard = 0
    while runner.state is not RunState.FINISHED:
        guard += 1
        assert guard < 100_000
        if runner.phase.self_paced:
            run_until(clock, player, clock.t + 15.0)
            runner.done()
            continue
        wake = runner.next_wake()
        assert wake is not None
        run_until(clock, player, wake)
        runner.update()
    run_until(clock, player, clock.t + 5.0)
    return runner


# -- the simulated speakers ----------------------------------------------------


def test_a_whole_session_is_heard_with_prompts_one_after_another(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    player = make_player(sim, clock, voice, tmp_path)
    run_session(resources.default_session_path(), clock, player)
    spoken = [p for p in sim.played if p.spoken]
    tones = [p for p in sim.played if not p.spoken]
    assert len(spoken) == 48  # 11 starts, halfway, and 9 counts in each of 4 rep phases
    for before, after in zip(spoken, spoken[1:], strict=False):
        assert after.start >= before.end - 1e-9, (before, after)
    names = [Path(p.path).stem for p in tones]
    assert names.count("go") == 5
    assert names.count("switch") == 2
    assert names.count("rest") == 2
    assert names.count("countdown") == 18
    assert names.count("halfway") == 1
    assert names.count("done") == 1
    assert names.count("tick") == 36  # every rep after the first, on each side
    # A start's words follow its tone instead of talking over it.
    go = next(p for p in tones if Path(p.path).stem == "go")
    first_words = next(p for p in spoken if p.start >= go.start)
    assert first_words.start == pytest.approx(go.end, abs=0.011)
    assert all(p.path.startswith("/") for p in sim.played)


def test_a_prompt_waits_for_the_one_before_it(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    player = make_player(sim, clock, voice, tmp_path)
    player.play([prompt("a fairly long first prompt", tone="")])
    player.play([prompt("second", tone="")])
    assert len(sim.played) == 1
    first_end = sim.played[0].end
    advance(clock, player, 3.0)
    assert len(sim.played) == 2
    assert sim.played[1].start == pytest.approx(first_end, abs=0.011)
    assert sim.played[1].start >= first_end


def test_a_tick_under_a_prompt_keeps_the_beat_but_not_its_spoken_count(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    player = make_player(sim, clock, voice, tmp_path)
    player.play([prompt("rest — next up: glute bridge", tone="")])
    advance(clock, player, 0.5)
    assert player.busy()
    player.play([Sound(Priority.TICK, "tick", "two")])
    player.play([BEEP])
    assert sim.names() == [sim.names()[0], "tick.wav", "countdown.wav"]
    advance(clock, player, 3.0)
    assert voice.path("two") not in [Path(p.path) for p in sim.played]
    advance(clock, player, 3.0)
    assert not player.busy()
    player.play([TICK])
    assert sim.names()[-1] == "tick.wav"


def test_a_new_phase_drops_prompts_still_waiting_but_never_cuts_one_off(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    player = make_player(sim, clock, voice, tmp_path)
    player.play([prompt("speaking now, do not interrupt", tone="")])
    player.play([prompt("stale news", tone="")])
    player.play([prompt("switch sides", tone="switch", new_phase=True)])
    speaking = sim.played[0]
    advance(clock, player, 5.0)
    assert not speaking.handle.stopped
    texts = [voice.path(t) for t in ("stale news", "switch sides")]
    played = [Path(p.path) for p in sim.played]
    assert texts[0] not in played
    assert texts[1] in played


def test_a_spoken_count_that_cannot_start_in_time_is_dropped(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    player = make_player(sim, clock, voice, tmp_path)
    player.play([Sound(Priority.TICK, "tick", "two")])
    assert sim.names() == ["tick.wav"]
    advance(clock, player, 0.2)
    assert Path(sim.played[-1].path) == voice.path("two")


# -- paths ----------------------------------------------------------------------


def test_files_reach_the_player_by_absolute_path(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "sounds"
    write_wav(folder / "-x.wav", 0.1)
    monkeypatch.chdir(folder)
    player = make_player(sim, clock, voice, tmp_path, tone_path=lambda name: Path(f"{name}.wav"))
    player.play([Sound(Priority.COUNTDOWN, "-x")])
    assert sim.played[0].path == str(folder.resolve() / "-x.wav")
    assert sim.played[0].path.startswith("/")
    player.volume = 40
    player.play([Sound(Priority.COUNTDOWN, "-x")])
    assert sim.played[1].path.startswith("/")
    assert Path(sim.played[1].path).parent == (tmp_path / "cache" / "volume" / "40").resolve()


def test_a_missing_sound_file_is_skipped_without_silencing_the_rest(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    player = make_player(sim, clock, voice, tmp_path,
                         tone_path=lambda name: tmp_path / f"{name}.wav")
    write_wav(tmp_path / "here.wav", 0.1)
    player.play([Sound(Priority.COUNTDOWN, "gone")])
    player.play([Sound(Priority.COUNTDOWN, "here")])
    assert sim.names() == ["here.wav"]
    assert player.enabled


# -- no sound at all ------------------------------------------------------------


def test_without_a_backend_the_session_runs_and_says_so_once(
    clock: Clock, voice: Voice, tmp_path: Path
) -> None:
    calls: list[str] = []
    notices: list[str] = []

    def broken(path: str) -> SimHandle:
        calls.append(path)
        raise OSError("no audio device")

    player = make_player(broken, clock, voice, tmp_path,  # type: ignore[arg-type]
                         on_notice=notices.append)
    runner = run_session(resources.default_session_path(), clock, player)
    assert runner.state is RunState.FINISHED
    assert len(notices) == 1
    assert notices[0] == player.notice
    assert notices[0].startswith("No sound:") and "runs without sound" in notices[0]
    assert len(calls) == 1  # it gave up at once instead of failing on every cue
    assert not player.enabled


def test_playsound3_without_backend_gives_one_notice_and_retry_recovers(
    clock: Clock, voice: Voice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = types.ModuleType("playsound3")
    played: list[str] = []

    def playsound(path: str, block: bool = True, backend: str | None = None) -> SimHandle:
        assert block is False
        assert backend == "alsa"
        played.append(path)
        return SimHandle(clock, clock(), 0.1)

    fake.DEFAULT_BACKEND = None  # type: ignore[attr-defined]
    fake.playsound = playsound  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "playsound3", fake)
    monkeypatch.delitem(sys.modules, "playsound3.playsound3", raising=False)
    notices: list[str] = []
    player = CuePlayer(now=clock, voice=voice, cache=tmp_path / "cache", background=False,
                       on_notice=notices.append)
    player.warm_up()
    assert player.notice == NO_BACKEND
    for _ in range(5):
        player.play([BEEP])
    assert notices == [NO_BACKEND]
    assert played == []
    fake.DEFAULT_BACKEND = "alsa"  # type: ignore[attr-defined]
    assert player.retry()
    assert player.notice is None
    assert player.backend == "alsa"
    assert player.latency_lead == audio.LATENCY_LEAD["alsa"]
    player.play([BEEP])
    assert played == [str(resources.sound("countdown"))]


def test_a_backend_probe_that_crashes_at_import_means_no_sound(
    clock: Clock, voice: Voice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(name: str) -> types.ModuleType:
        raise subprocess.CalledProcessError(1, ["gst-play-1.0", "--version"])

    monkeypatch.setattr(audio.importlib, "import_module", explode)
    notices: list[str] = []
    player = CuePlayer(now=clock, voice=voice, cache=tmp_path / "cache", background=False,
                       on_notice=notices.append)
    player.play([BEEP])
    player.play([prompt("switch sides")])
    assert notices == [NO_BACKEND]


def test_a_player_that_keeps_exiting_with_an_error_means_no_sound(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    sim.exit_code = 1  # what aplay does without a sound card
    notices: list[str] = []
    player = make_player(sim, clock, voice, tmp_path, on_notice=notices.append)
    for _ in range(10):
        player.play([BEEP])
        advance(clock, player, 0.05)
    assert len(notices) == 1
    assert "exit status 1" in notices[0]
    assert len(sim.played) == audio.FAIL_LIMIT


def test_sounds_that_were_stopped_do_not_count_as_failures(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    sim.exit_code = -15
    player = make_player(sim, clock, voice, tmp_path)
    for _ in range(10):
        player.play([BEEP])
        advance(clock, player, 0.05)
    assert player.enabled


# -- mute and volume ---------------------------------------------------------------


def test_mute_plays_nothing_and_silences_what_plays(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    player = make_player(sim, clock, voice, tmp_path)
    player.play([prompt("a long prompt that is still going")])
    advance(clock, player, 0.6)
    speaking = sim.played[-1]
    player.muted = True
    player.poll()
    assert speaking.handle.stopped
    count = len(sim.played)
    player.play([BEEP, TICK, prompt("switch sides")])
    advance(clock, player, 3.0)
    assert len(sim.played) == count
    player.muted = False
    player.play([BEEP])
    assert sim.names()[-1] == "countdown.wav"


def test_muted_from_the_start_plays_nothing(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    player = make_player(sim, clock, voice, tmp_path, muted=True)
    run_session(resources.default_session_path(), clock, player)
    assert sim.played == []


@pytest.mark.parametrize(("given", "level"), [(47, 50), (44, 40), (123, 100), (-5, 0), (10, 10)])
def test_volume_goes_in_steps_of_ten(given: float, level: int) -> None:
    assert step(given) == level


@pytest.mark.parametrize("level", [10, 30, 50, 70, 90])
def test_volume_copies_are_scaled_and_cached(
    level: int, clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scaled: list[Path] = []
    real_scale = audio.scale_wav

    def counting_scale(source: Path, target: Path, factor: float) -> None:
        scaled.append(target)
        real_scale(source, target, factor)

    monkeypatch.setattr(audio, "scale_wav", counting_scale)
    player = make_player(sim, clock, voice, tmp_path, volume=level)
    player.play([BEEP])
    player.play([BEEP])
    copy = Path(sim.played[0].path)
    assert copy.parent == (tmp_path / "cache" / "volume" / str(level)).resolve()
    assert Path(sim.played[1].path) == copy
    assert scaled == [copy]  # made once, then reused
    original = resources.sound("countdown")
    assert peak(copy) / peak(original) == pytest.approx(gain(level), abs=2 / peak(original))
    with wave.open(str(copy), "rb") as a, wave.open(str(original), "rb") as b:
        assert a.getparams() == b.getparams()
    # A new player (the next run) finds the copy already made.
    again = make_player(sim, clock, voice, tmp_path, volume=level)
    again.play([BEEP])
    assert scaled == [copy]


def test_a_new_volume_scales_every_tone_before_the_next_cue(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    player = make_player(sim, clock, voice, tmp_path)
    player.volume = 60
    folder = tmp_path / "cache" / "volume" / "60"
    made = sorted(p.name.rsplit("-", 1)[0] for p in folder.iterdir())
    assert made == sorted(audio.TONES)
    assert sim.played == []


def test_after_close_nothing_plays(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    player = make_player(sim, clock, voice, tmp_path)
    player.close()
    player.play([BEEP])
    assert sim.played == []


def test_spoken_prompts_are_scaled_too(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    player = make_player(sim, clock, voice, tmp_path, volume=50)
    player.play([prompt("switch sides", tone="")])
    copy = Path(sim.played[0].path)
    assert copy.parent.name == "50"
    assert peak(copy) / peak(voice.path("switch sides")) == pytest.approx(0.25, abs=1e-3)


def test_full_volume_plays_the_originals_and_zero_plays_nothing(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    player = make_player(sim, clock, voice, tmp_path)
    player.play([BEEP])
    assert sim.played[0].path == str(resources.sound("countdown"))
    player.volume = 0
    player.play([BEEP, prompt("switch sides")])
    assert len(sim.played) == 1
    assert gain(100) == 1.0 and gain(0) == 0.0


# -- voice -------------------------------------------------------------------------


def test_without_espeak_tones_still_play_and_the_window_gets_a_hint(
    clock: Clock, sim: SimPlayer, tmp_path: Path
) -> None:
    mute_voice = Voice(tmp_path / "cache", render=fake_render, is_available=lambda: False)
    player = make_player(sim, clock, mute_voice, tmp_path)
    assert player.voice_notice == VOICE_NOTICE
    player.play([prompt("Clam shell, ten reps, left side")])
    advance(clock, player, 3.0)
    assert sim.names() == ["go.wav"]
    assert player.enabled and player.notice is None


def test_voice_notice_is_none_with_a_voice(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    assert make_player(sim, clock, voice, tmp_path).voice_notice is None


# -- the real thing, minus the speakers ---------------------------------------------


def test_the_worker_thread_plays_without_blocking_the_caller(
    voice: Voice, tmp_path: Path
) -> None:
    done = threading.Event()
    paths: list[str] = []

    class Quick:
        def is_alive(self) -> bool:
            return False

    def play(path: str) -> Quick:
        paths.append(path)
        if len(paths) == 2:
            done.set()
        return Quick()

    player = CuePlayer(play, voice=voice, cache=tmp_path / "cache")
    try:
        player.warm_up()
        player.play([prompt("switch sides", tone="switch")])
        assert done.wait(timeout=5.0)
    finally:
        player.close()
    assert Path(paths[0]).name == "switch.wav"
    assert Path(paths[1]) == voice.path("switch sides")


#: Far above what handing work to the worker takes, far below a hung probe.
NOT_BLOCKED_S = 0.3


def test_retry_probes_the_players_on_the_worker_not_in_the_caller(
    voice: Voice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Retry from the window returns at once even when probing the players hangs.

    playsound3 probes its backends by running them (``gst-play-1.0 --version``
    and so on) without a timeout; a player that hangs there must hold up the
    audio worker, never the window.
    """
    fake = types.ModuleType("playsound3")
    fake.DEFAULT_BACKEND = None  # type: ignore[attr-defined]
    heard = threading.Event()

    class Quick:
        def is_alive(self) -> bool:
            return False

    def playsound(path: str, block: bool = True, backend: str | None = None) -> Quick:
        heard.set()
        return Quick()

    fake.playsound = playsound  # type: ignore[attr-defined]
    probe_may_end = threading.Event()
    probed_on: list[str] = []

    def import_module(name: str) -> types.ModuleType:
        probed_on.append(threading.current_thread().name)
        if len(probed_on) > 1:  # the retry's probe: hangs until let go
            assert probe_may_end.wait(timeout=30)
        return fake

    monkeypatch.setattr(audio.importlib, "import_module", import_module)
    monkeypatch.delitem(sys.modules, "playsound3.playsound3", raising=False)
    notified = threading.Event()
    player = CuePlayer(voice=voice, cache=tmp_path / "cache", on_notice=lambda _: notified.set())
    try:
        player.warm_up()
        assert notified.wait(timeout=10)
        assert player.notice == NO_BACKEND
        fake.DEFAULT_BACKEND = "alsa"  # type: ignore[attr-defined]

        start = time.perf_counter()
        retried = player.retry()
        took = time.perf_counter() - start
        probe_may_end.set()

        assert took < NOT_BLOCKED_S
        assert retried  # under way; a failure would come through on_notice
        player.play([BEEP])
        assert heard.wait(timeout=10)
        assert player.backend == "alsa"
        assert player.notice is None
        assert probed_on == ["hiptimer-audio", "hiptimer-audio"]
    finally:
        probe_may_end.set()
        player.close()


def test_a_retry_that_fails_in_the_background_says_so_again(
    voice: Voice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = types.ModuleType("playsound3")
    fake.DEFAULT_BACKEND = None  # type: ignore[attr-defined]
    monkeypatch.setattr(audio.importlib, "import_module", lambda name: fake)
    monkeypatch.delitem(sys.modules, "playsound3.playsound3", raising=False)
    notices: list[str] = []
    told = threading.Semaphore(0)

    def notice(text: str) -> None:
        notices.append(text)
        told.release()

    player = CuePlayer(voice=voice, cache=tmp_path / "cache", on_notice=notice)
    try:
        player.warm_up()
        assert told.acquire(timeout=10)
        assert player.retry()
        assert told.acquire(timeout=10)
    finally:
        player.close()
    assert notices == [NO_BACKEND, NO_BACKEND]
    assert player.notice == NO_BACKEND


def test_importing_the_player_does_not_import_playsound3() -> None:
    code = (
        "import sys\n"
        "from hiptimer.audio import CuePlayer\n"
        "CuePlayer(background=False)\n"
        "assert 'playsound3' not in sys.modules, 'imported too early'\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr


def test_latency_lead_is_known_for_every_linux_backend_and_never_negative() -> None:
    assert set(audio.LATENCY_LEAD) == {"gstreamer", "ffplay", "alsa", "stream"}
    assert all(0 <= lead < 0.5 for lead in audio.LATENCY_LEAD.values())
    assert CuePlayer(lambda path: SimHandle(lambda: 0.0, 0.0, 0.0),
                     background=False).latency_lead == 0.0


# -- the mixed stream ------------------------------------------------------------


RATE = audio.STREAM_RATE


class PcmRecorder:
    """Stands in for the stream player: keeps every sample written, and when."""

    name = "pacat"

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.writes: list[tuple[float, int]] = []  # (clock time, samples written so far)
        self.samples = array("h")
        self.closed = False
        self.broken = False

    def write(self, data: bytes) -> None:
        if self.broken:
            raise audio.StreamError("pacat exited")
        chunk = array("h", data)
        if sys.byteorder == "big":
            chunk.byteswap()
        self.samples.extend(chunk)
        self.writes.append((self.clock(), len(self.samples)))

    def alive(self) -> bool:
        return not self.broken

    def close(self) -> None:
        self.closed = True

    def heard_at(self, index: int, latency: float) -> float:
        """Return when sample ``index`` is heard by a player ``latency`` s behind its input.

        A write made after everything before it has been heard starts a new
        run: the player ran dry, and plays this write ``latency`` after it.
        """
        origin, first, before = 0.0, 0, 0
        for k, (at, total) in enumerate(self.writes):
            if k == 0 or at >= origin + (before - first) / RATE:
                origin, first = at + latency, before
            if index < total:
                return origin + (index - first) / RATE
            before = total
        raise IndexError(index)

    def first_sound(self, after: int = 0) -> int:
        return next(i for i in range(after, len(self.samples)) if self.samples[i] != 0)


def tone(count: int, value: int = 1000) -> array[int]:
    return array("h", [value] * count)


def pump_until(clock: Clock, mixer: audio.Mixer, end: float) -> None:
    """Call ``mixer.pump`` whenever it asks, up to clock time ``end``."""
    while True:
        wanted = mixer.pump()
        if wanted is None or wanted >= end:
            clock.t = max(clock.t, end)
            mixer.pump()
            return
        clock.t = max(wanted, clock.t + 0.001)


def test_the_mixer_puts_a_sound_on_its_deadline_to_the_sample(clock: Clock) -> None:
    out = PcmRecorder(clock)
    mixer = audio.Mixer(out, clock, latency=0.02)
    due = clock.t + 1.0
    mixer.add(tone(441), due)
    # Nothing is written until just before it is needed.
    assert mixer.pump() == pytest.approx(due - 0.02 - audio.STREAM_MARGIN)
    assert out.samples == array("h")
    pump_until(clock, mixer, due + 0.5)
    first_write = out.writes[0][0]
    onset = out.first_sound()
    assert first_write + 0.02 + onset / RATE == pytest.approx(due, abs=1 / RATE)
    assert out.samples[onset:onset + 441] == tone(441)
    assert not any(out.samples[onset + 441:])


def test_the_mixer_writes_only_a_little_ahead_and_nothing_between_runs(clock: Clock) -> None:
    out = PcmRecorder(clock)
    mixer = audio.Mixer(out, clock, latency=0.02)
    mixer.add(tone(RATE // 2), clock.t)
    pump_until(clock, mixer, clock.t + 2.0)
    origin = out.writes[0][0] + 0.02
    for at, total in out.writes:
        # Never more than ``ahead`` (and one chunk) past the clock.
        assert origin + total / RATE <= at + audio.STREAM_AHEAD + 1 / RATE
    written = len(out.samples)
    assert written < RATE  # half a second of sound and a little silence, no more
    assert mixer.pump() is None
    assert not mixer.busy()
    # A sound a while later starts a run of its own, timed from its own first write.
    due = clock.t + 3.0
    mixer.add(tone(100), due)
    pump_until(clock, mixer, due + 0.5)
    restart = next(at for at, total in out.writes if total > written)
    onset = out.first_sound(written)
    assert restart + 0.02 + (onset - written) / RATE == pytest.approx(due, abs=1 / RATE)


def test_the_mixer_mixes_overlapping_sounds_and_clips_their_sum(clock: Clock) -> None:
    out = PcmRecorder(clock)
    mixer = audio.Mixer(out, clock, latency=0.02)
    due = clock.t + 0.5
    mixer.add(tone(RATE, 20000), due)
    mixer.add(tone(441, 20000), due + 0.25)
    mixer.add(tone(441, -5000), due + 0.75)
    pump_until(clock, mixer, due + 2.0)
    onset = out.first_sound()
    quarter, three_quarters = onset + RATE // 4, onset + 3 * RATE // 4
    assert out.samples[onset + 10] == 20000
    assert set(out.samples[quarter + 5:quarter + 400]) == {32767}
    assert set(out.samples[three_quarters + 5:three_quarters + 400]) == {15000}


def test_a_sound_asked_for_too_late_is_played_at_once_and_whole(clock: Clock) -> None:
    out = PcmRecorder(clock)
    mixer = audio.Mixer(out, clock, latency=0.02)
    handle = mixer.add(tone(441), clock.t - 0.1)
    assert handle.start == pytest.approx(clock.t + 0.02)
    pump_until(clock, mixer, clock.t + 1.0)
    onset = out.first_sound()
    assert out.samples[onset:onset + 441] == tone(441)
    assert onset <= 1


def test_a_stopped_sound_is_not_written(clock: Clock) -> None:
    out = PcmRecorder(clock)
    mixer = audio.Mixer(out, clock, latency=0.02)
    handle = mixer.add(tone(441), clock.t + 1.0)
    assert handle.is_alive()
    handle.stop()
    assert not handle.is_alive()
    pump_until(clock, mixer, clock.t + 2.0)
    assert not any(out.samples)


def test_wavs_are_decoded_to_the_stream_format(tmp_path: Path) -> None:
    def write(name: str, samples: list[int], rate: int, channels: int = 1,
              width: int = 2) -> Path:
        path = tmp_path / name
        data = array("h", samples)
        if sys.byteorder == "big":
            data.byteswap()
        with wave.open(str(path), "wb") as out:
            out.setnchannels(channels)
            out.setsampwidth(width)
            out.setframerate(rate)
            out.writeframes(data.tobytes() if width == 2 else bytes(len(samples)))
        return path

    assert audio.decode_wav(write("same.wav", [1, 2, 3], RATE)) == array("h", [1, 2, 3])
    assert audio.decode_wav(write("half.wav", [1, 2, 3], RATE // 2)) == array(
        "h", [1, 1, 2, 2, 3, 3])
    assert audio.decode_wav(write("double.wav", [1, 2, 3, 4], RATE * 2)) == array("h", [1, 3])
    assert audio.decode_wav(write("stereo.wav", [10, 20, -10, -30], RATE, channels=2)) == \
        array("h", [15, -20])
    third = audio.decode_wav(write("third.wav", [0, 300, 600], RATE // 3))
    assert third is not None and list(third[:4]) == [0, 100, 200, 300]
    assert audio.decode_wav(write("bytes.wav", [1, 2], RATE, width=1)) is None
    (tmp_path / "song.mp3").write_bytes(b"ID3")
    assert audio.decode_wav(tmp_path / "song.mp3") is None


def stream_player(clock: Clock, voice: Voice, tmp_path: Path, out: PcmRecorder,
                  **options: object) -> CuePlayer:
    return CuePlayer(now=clock, voice=voice, cache=tmp_path / "cache", background=False,
                     stream=lambda: out, **options)  # type: ignore[arg-type]


def lead_in(samples: array[int]) -> int:
    return next(i for i, sample in enumerate(samples) if sample != 0)


def test_the_player_streams_each_tone_onto_its_cue_deadline(
    clock: Clock, tmp_path: Path
) -> None:
    out = PcmRecorder(clock)
    silent = Voice(tmp_path / "v", is_available=lambda: False)
    player = stream_player(clock, silent, tmp_path, out)
    player.warm_up()
    assert player.backend == "stream"
    assert player.latency_lead == audio.LATENCY_LEAD["stream"]
    latency = audio.STREAM_LATENCY["pacat"]
    tick = audio.decode_wav(resources.sound("tick"))
    assert tick is not None
    # Handed over early, as the window does, a little later each time (a
    # busy machine), and once too late.
    dues = [clock.t + 0.5 + 3.0 * k for k in range(5)]
    handed = [due - audio.LATENCY_LEAD["stream"] + 0.02 * k for k, due in enumerate(dues)]
    handed[-1] = dues[-1] + 0.05
    for due, at in zip(dues, handed, strict=True):
        run_until(clock, player, at)
        player.play([Sound(Priority.TICK, "tick", due=due)])
    run_until(clock, player, dues[-1] + 1.0)
    index = 0
    heard = []
    for _ in dues:
        index = out.first_sound(index)
        heard.append(out.heard_at(index, latency) - lead_in(tick) / RATE)
        assert out.samples[index:index + len(tick) - lead_in(tick)] == tick[lead_in(tick):]
        index += len(tick)
    for due, at in zip(dues[:-1], heard[:-1], strict=True):
        assert at == pytest.approx(due, abs=1.5 / RATE)
    # The late one: as soon as the player can.
    assert heard[-1] == pytest.approx(handed[-1] + latency, abs=1.5 / RATE)


def test_a_prompt_follows_its_tone_in_the_stream(
    clock: Clock, voice: Voice, tmp_path: Path
) -> None:
    out = PcmRecorder(clock)
    player = stream_player(clock, voice, tmp_path, out)
    spoken = voice.get("switch sides")  # rendered ahead, as prepare() does
    assert spoken is not None
    due = clock.t + 1.0
    player.play([Sound(Priority.PROMPT, "switch", "switch sides", due=due)])
    run_until(clock, player, due + 5.0)
    switch, speech = audio.decode_wav(resources.sound("switch")), audio.decode_wav(spoken)
    assert switch is not None and speech is not None
    latency = audio.STREAM_LATENCY["pacat"]
    onset = out.first_sound()
    assert out.heard_at(onset, latency) - lead_in(switch) / RATE == pytest.approx(
        due, abs=1.5 / RATE)
    # The words start as the tone ends, in the same run, not a chunk later.
    words = out.samples.tobytes().find(speech[:64].tobytes(), 2 * (onset + len(switch) // 2))
    assert words > 0
    assert out.heard_at(words // 2, latency) == pytest.approx(
        due + len(switch) / RATE, abs=1.5 / RATE)
    assert out.samples[words // 2:words // 2 + len(speech)] == speech


def test_mute_stops_what_the_stream_has_not_written(
    clock: Clock, voice: Voice, tmp_path: Path
) -> None:
    out = PcmRecorder(clock)
    player = stream_player(clock, voice, tmp_path, out)
    player.play([Sound(Priority.COUNTDOWN, "done", due=clock.t + 0.2)])
    run_until(clock, player, clock.t + 0.3)
    written = len(out.samples)
    player.muted = True
    run_until(clock, player, clock.t + 3.0)
    assert len(out.samples) == written
    player.close()
    assert out.closed


def test_a_stream_player_that_dies_hands_over_to_playsound3(
    clock: Clock, voice: Voice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = types.ModuleType("playsound3")
    played: list[str] = []

    def playsound(path: str, block: bool = True, backend: str | None = None) -> SimHandle:
        played.append(Path(path).name)
        return SimHandle(clock, clock(), 0.1)

    fake.DEFAULT_BACKEND = "gstreamer"  # type: ignore[attr-defined]
    fake.playsound = playsound  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "playsound3", fake)
    out = PcmRecorder(clock)
    notices: list[str] = []
    player = stream_player(clock, voice, tmp_path, out, on_notice=notices.append)
    player.play([Sound(Priority.COUNTDOWN, "done")])  # long enough to need more writes
    out.broken = True
    run_until(clock, player, clock.t + 1.0)
    assert player.backend == "gstreamer"
    player.play([BEEP])
    assert played == ["countdown.wav"]
    assert notices == []


def test_a_file_the_mixer_cannot_read_goes_to_playsound3(
    clock: Clock, voice: Voice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = types.ModuleType("playsound3")
    played: list[str] = []

    def playsound(path: str, block: bool = True, backend: str | None = None) -> SimHandle:
        played.append(Path(path).name)
        return SimHandle(clock, clock(), 0.1)

    fake.DEFAULT_BACKEND = "gstreamer"  # type: ignore[attr-defined]
    fake.playsound = playsound  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "playsound3", fake)
    own = tmp_path / "own" / "cheer.mp3"
    own.parent.mkdir()
    own.write_bytes(b"ID3 not a wav")
    out = PcmRecorder(clock)
    player = CuePlayer(now=clock, voice=voice, cache=tmp_path / "cache", background=False,
                       stream=lambda: out,
                       tone_path=lambda name: own if name == "done" else resources.sound(name))
    player.play([Sound(Priority.PROMPT, "done"), BEEP])
    run_until(clock, player, clock.t + 1.0)
    assert played == ["cheer.mp3"]
    assert player.backend == "stream"
    assert any(out.samples)


def test_without_a_stream_player_sounds_go_through_playsound3(
    clock: Clock, voice: Voice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = types.ModuleType("playsound3")
    fake.DEFAULT_BACKEND = "alsa"  # type: ignore[attr-defined]
    fake.playsound = (  # type: ignore[attr-defined]
        lambda path, block=True, backend=None: SimHandle(clock, clock(), 0.1))
    monkeypatch.setitem(sys.modules, "playsound3", fake)
    player = CuePlayer(now=clock, voice=voice, cache=tmp_path / "cache", background=False)
    player.warm_up()
    assert player.backend == "alsa"


def test_the_stream_command_names_a_raw_pcm_player(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real stream_command, on a PATH of our own
    monkeypatch.setattr(audio.sys, "platform", "linux")
    monkeypatch.setattr(audio.shutil, "which",
                        lambda name: "/usr/bin/pacat" if name == "pacat" else None)
    argv = audio.stream_command()
    assert argv is not None and argv[0] == "/usr/bin/pacat" and "--raw" in argv
    monkeypatch.setattr(audio.shutil, "which",
                        lambda name: "/usr/bin/aplay" if name == "aplay" else None)
    argv = audio.stream_command()
    assert argv is not None and argv[0] == "/usr/bin/aplay" and argv[-1] == "-"
    monkeypatch.setattr(audio.shutil, "which", lambda name: None)
    assert audio.stream_command() is None
    monkeypatch.setattr(audio.sys, "platform", "win32")
    assert audio.stream_command() is None


def test_the_runners_own_sound_plays_instead_of_the_tone_and_a_missing_one_falls_back(
    clock: Clock, sim: SimPlayer, voice: Voice, tmp_path: Path
) -> None:
    player = make_player(sim, clock, voice, tmp_path,
                         tone_path=lambda name: tmp_path / f"{name}.wav")
    write_wav(tmp_path / "go.wav", 0.1)
    mine = tmp_path / "mine" / "whistle.wav"
    mine.parent.mkdir()
    write_wav(mine, 0.2)
    player.play([Sound(Priority.COUNTDOWN, "go", file=mine)])
    assert sim.names() == ["whistle.wav"]
    player.play([Sound(Priority.COUNTDOWN, "go", file=tmp_path / "typo.wav")])
    assert sim.names() == ["whistle.wav", "go.wav"]  # the built-in tone, not silence
    assert player.enabled


def test_the_stream_is_tagged_as_an_announcement(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real stream_command, with a pacat that is only looked up
    monkeypatch.setattr(audio.sys, "platform", "linux")
    monkeypatch.setattr(audio.shutil, "which",
                        lambda name: "/usr/bin/pacat" if name == "pacat" else None)
    argv = audio.stream_command()
    assert argv is not None and "--property=media.role=announce" in argv


def test_other_players_are_tagged_through_the_environment() -> None:
    env = audio.announce_env({"PATH": "/usr/bin", "PULSE_PROP": "media.role=music"})
    assert env["PATH"] == "/usr/bin"
    assert env["PULSE_PROP"] == "media.role=music"  # the runner's own choice stays
    assert env["PIPEWIRE_PROPS"] == "{ media.role = announce }"
    assert audio.announce_env({})["PULSE_PROP"] == "media.role=announce"


def test_choosing_a_voice_renders_the_session_for_it(
    sim: SimPlayer, clock: Clock, tmp_path: Path
) -> None:
    rendered: list[str] = []

    def render(text: str, out: Path) -> None:
        rendered.append(text)
        fake_render(text, out)

    voice = Voice(tmp_path / "cache", render=render)
    player = make_player(sim, clock, voice, tmp_path)
    thread = player.prepare(["switch sides", "halfway"])
    assert thread is not None
    thread.join(timeout=10)
    assert player.choose_voice("tones") == "tones"
    player.play([Sound(Priority.PROMPT, "", "switch sides")])
    assert sim.played == []  # tones only: nothing spoken
    (tmp_path / "cache" / "voice" / voice.path("halfway").name).unlink()
    assert player.choose_voice("espeak-ng") == "espeak-ng"
    assert player.preparing is not None
    player.preparing.join(timeout=10)
    assert rendered == ["switch sides", "halfway", "halfway"]
