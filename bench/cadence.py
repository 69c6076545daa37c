"""Record the real window through a null sink and check every cue's timing and length.

``python bench/cadence.py`` starts a private PulseAudio server with a null
sink (``bench/audio_latency.py``'s, in a runtime folder of its own), an
``Xvfb`` display, and the app itself (``bench/_first_frame.py app --stay``,
which prints a ``PHASE`` line with ``time.monotonic()`` as each phase
starts), with fresh config, data and cache folders. It records the sink's
monitor with ``parec`` for a whole session that has paced reps (tempo 3 and
2.5), self-paced reps (Space pressed with ``xdotool`` after a few seconds),
a hold with its halfway and last three seconds, rests and side switches.
Space is also what starts the run, once the player has had time to warm up,
as a runner would press it.

Where each cue should be heard comes from the app's own core: a ``Runner``
on a clock set to the deadlines, fed the times of the key presses the app
printed, with its events mapped to tones by a ``CueMapper``. Each tone is
then looked for in the recording near its deadline: its onset (a rise out of
silence, or a jump over what was already playing, less the file's own
fade-in) and how much of it was heard (5 ms blocks, aligned at the onset,
each at least half as loud as the same block of the WAV). The report gives,
per cue, the onset error and the length heard against the file's; and in
all, missing and cut cues and the error of each rep-to-rep interval (its
length minus the tempo, between two rep ticks of one phase).

Conditions: ``--load 0`` (idle) and ``--load 2`` (two busy loops, one per
core, ended by their PIDs afterwards). By default both run, one after the
other, and the results go to ``docs/benchmarks.md`` under "## Cadence".
``--voice`` keeps the spoken prompts, which overlap some tones and make
their lengths unreadable (default: tones only, the prompts' players
switched off by hiding ``espeak-ng`` from the app's ``PATH``).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
from array import array
from collections.abc import Sequence
from pathlib import Path

from _common import (
    ROOT,
    CpuHogs,
    VirtualDisplay,
    load_average,
    machine,
    median,
    percentile,
    replace_section,
    setup_path,
    table,
)

setup_path()

from audio_latency import RATE, THRESHOLD, PulseServer, Recorder  # noqa: E402

from hiptimer import resources  # noqa: E402
from hiptimer.cues import CueMapper, Sound  # noqa: E402
from hiptimer.plan import CueKind, Plan, make_plan  # noqa: E402
from hiptimer.runner import CueDue, Event, PhaseStarted, Runner, RunState  # noqa: E402
from hiptimer.session import load  # noqa: E402

SESSION = """\
# Written by bench/cadence.py: every kind of phase whose sounds keep time.
name = "Cadence bench"
get_ready = 5
tempo = 3
rest = 5
switch = 5

[[moves]]
move = "side-lunge"
reps = 8

[[moves]]
move = "glute-bridge"
hold = 15

[[moves]]
move = "front-lunge"
reps = 4
tempo = "self"

[[moves]]
move = "clam-shell"
reps = 8
tempo = 2.5
"""
BLOCK = 220  # 5 ms at 44.1 kHz
FLOOR = int(32767 * 10 ** (-50 / 20))  # blocks of the WAV quieter than this are not checked
HEARD = 0.5  # a block counts as heard at -6 dB of the file's own
SEARCH_BEFORE = 0.15  # how far before its deadline a tone may start (the player's lead)
SEARCH_AFTER = 0.6  # ... and after it, before it counts as missing
WARM_UP = 3.0  # seconds from the first frame to Space: the player loads after the frame
SELF_PACED = 6.0  # seconds of self-paced reps before Space says done
CUT_TOLERANCE = 0.010  # heard this much less than the file: cut
IDLE_TARGET, LOADED_TARGET = 0.020, 0.050


# -- running the app ---------------------------------------------------------------


@dataclasses.dataclass
class Take:
    """What one run of the app left: the recording and the times it printed."""

    samples: array[int]
    t0: float
    period: float
    phases: list[tuple[int, str, float]]
    load_seen: str


def _press(display: str, pid: int) -> None:
    """Press Space in the app's window (there is no window manager to give focus)."""
    env = {**os.environ, "DISPLAY": display}
    found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid)],
                           env=env, capture_output=True, text=True, timeout=20, check=True)
    window = found.stdout.split()[-1]
    subprocess.run(["xdotool", "windowfocus", "--sync", window, "key", "space"],
                   env=env, check=True, timeout=20)


def child() -> None:
    """Run the app as ``bench/_first_frame.py app --stay`` does, printing each phase's own start.

    ``_first_frame`` prints ``time.monotonic()`` when its listener hears of a
    new phase, after the window's own listeners have redrawn it; here the
    time printed is the runner's (``PhaseStarted.at``): the deadline, or the
    clock reading of the key press that began the phase.
    """
    sys.argv = [str(ROOT / "bench" / "_first_frame.py"), "app", "--stay", *sys.argv[2:]]
    sys.path.insert(0, str(ROOT / "bench"))
    import _first_frame

    def follow(window: object) -> None:
        adapter = window.run.adapter  # type: ignore[attr-defined]

        def heard(event: object) -> None:
            if isinstance(event, PhaseStarted):
                print(f"PHASE {event.index} {event.phase.kind.value} {event.at:.6f}", flush=True)

        adapter.runner_event.connect(heard)

    _first_frame._follow = follow
    _first_frame.main()


def _app_env(server: PulseServer, display: str, home: Path, voice: bool,
             hide: Sequence[str] = ()) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PLAYSOUND3"))}
    env.update({k: server.env[k] for k in ("XDG_RUNTIME_DIR", "PULSE_SERVER")})
    env.update({
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
    })
    hidden = {*hide} | (set() if voice else {"espeak-ng"})
    if hidden:
        # A PATH without them: without espeak-ng the app finds no voice and
        # plays tones only; without pacat and aplay it has no stream player.
        bin_dir = home / "bin"
        bin_dir.mkdir(exist_ok=True)
        for folder in env.get("PATH", "").split(os.pathsep):
            with contextlib.suppress(OSError):
                for entry in os.scandir(folder or "."):
                    target = bin_dir / entry.name
                    if entry.name not in hidden and not target.exists():
                        target.symlink_to(entry.path)
        env["PATH"] = str(bin_dir)
    return env


def run_app(session: Path, plan: Plan, server: PulseServer, display: str, home: Path,
            hogs: int, voice: bool, hide: Sequence[str]) -> Take:
    """Run the app through the whole session, recording the null sink, and return the take."""
    lines: list[tuple[str, float]] = []
    seen = threading.Condition()
    with CpuHogs(hogs) as busy:
        recorder = Recorder(server.env)
        time.sleep(1.0)
        child = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(session)],
            env=_app_env(server, display, home, voice, hide), stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL, text=True,
        )

        def read() -> None:
            assert child.stdout is not None
            for text in child.stdout:
                with seen:
                    lines.append((text.strip(), time.monotonic()))
                    seen.notify_all()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()

        def wait_for(prefix: str, timeout: float) -> str:
            deadline = time.monotonic() + timeout
            with seen:
                while True:
                    for text, _ in lines:
                        if text.startswith(prefix):
                            return text
                    left = deadline - time.monotonic()
                    if left <= 0 or child.poll() is not None:
                        raise RuntimeError(f"the app printed no {prefix!r}")
                    seen.wait(left)

        try:
            wait_for("FIRST_FRAME", 60)
            time.sleep(WARM_UP)
            _press(display, child.pid)
            last_index = len(plan.phases) - 1
            give_up = time.monotonic() + plan.total + 120
            pressed: set[int] = set()
            while time.monotonic() < give_up:
                with seen:
                    phases = [t.split() for t, _ in lines if t.startswith("PHASE ")]
                last = int(phases[-1][1]) if phases else -1
                if last == last_index:
                    break
                if last >= 0 and plan.phases[last].self_paced and last not in pressed:
                    started = float(phases[-1][3])
                    time.sleep(max(0.0, started + SELF_PACED - time.monotonic()))
                    pressed.add(last)
                    _press(display, child.pid)
                    continue
                if child.poll() is not None:
                    raise RuntimeError("the app ended before the session did")
                with seen:
                    seen.wait(0.5)
            else:
                raise RuntimeError("the session did not finish in time")
            time.sleep(2.5)  # the done tone is 1.2 s long
        finally:
            child.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=10)
            if child.poll() is None:
                child.kill()
                child.wait(timeout=10)
            recorder.stop()
    t0, period, _ = recorder.clock()
    phases = []
    for text, _ in lines:
        if text.startswith("PHASE "):
            _, index, kind, at = text.split()
            phases.append((int(index), kind, float(at)))
    return Take(recorder.samples(), t0, period, phases, busy.load_seen)


# -- where each cue belongs ------------------------------------------------------------


@dataclasses.dataclass
class Cue:
    """One tone the app should play: when, which, and what for."""

    due: float
    tone: str
    phase: int
    label: str
    rep: int | None = None  # the rep number, for rep ticks
    countdown: int | None = None  # seconds left, for the last-seconds beeps
    tempo: float | None = None
    onset: float | None = None  # when it was heard (the file's own start), monotonic
    heard: float = 0.0  # seconds of it heard whole


def expected_cues(plan: Plan, phases: Sequence[tuple[int, str, float]]) -> list[Cue]:
    """Return the tones the app should play, at their deadlines.

    A ``Runner`` walks the plan on a clock that jumps from deadline to
    deadline, so the deadlines are the app's own (absolute, never counted
    in ticks); a phase entered by a key press (the start, the end of
    self-paced reps) starts when the app printed it, which it does in the
    same call that read the clock. Its events go through a ``CueMapper`` as
    in the app.
    """
    pressed = {index: at for index, _, at in phases}
    now = [pressed[0]]
    runner = Runner(plan, lambda: now[0])
    mapper = CueMapper(plan, lambda: now[0])
    cues: list[Cue] = []

    def hear(event: Event) -> None:
        sounds: list[Sound] = mapper.map(event)
        for sound in sounds:
            if not sound.tone:
                continue
            if isinstance(event, PhaseStarted):
                index, what = event.index, "start"
                cue = Cue(sound.due, sound.tone, index, "")
            elif isinstance(event, CueDue):
                index = event.index
                cue = Cue(sound.due, sound.tone, index, "")
                if event.cue.kind is CueKind.REP:
                    what, cue.rep, cue.tempo = f"rep {event.cue.value}", event.cue.value, \
                        event.phase.tempo
                elif event.cue.kind is CueKind.COUNTDOWN:
                    what, cue.countdown = f"{event.cue.value} s left", event.cue.value
                else:
                    what = event.cue.kind.value
            else:
                continue
            phase = plan.phases[index]
            name = phase.move.name if phase.move is not None else phase.title
            side = f" {phase.side.value}" if phase.side.value != "none" else ""
            cue.label = f"{index + 1} {name}{side}: {what}"
            cues.append(cue)

    runner.subscribe(hear)
    runner.start()
    while runner.state is RunState.RUNNING:
        if runner.phase.self_paced:
            following = runner.index + 1
            if following not in pressed:
                break
            now[0] = pressed[following]
            runner.toggle()
            continue
        wake = runner.next_wake()
        if wake is None:
            break
        now[0] = wake
        runner.update()
    return cues


# -- finding the tones in the recording ------------------------------------------------


@dataclasses.dataclass
class Tone:
    """A cue's WAV as the recording should show it."""

    samples: array[int]
    onset: int  # first sample above THRESHOLD
    envelope: list[int]  # peak of each BLOCK from the onset on
    length: float  # seconds from the onset to the last block above FLOOR

    @classmethod
    def read(cls, path: Path) -> Tone:
        """Read a 16-bit mono WAV."""
        with wave.open(str(path), "rb") as src:
            if src.getframerate() != RATE or src.getnchannels() != 1 or src.getsampwidth() != 2:
                raise ValueError(f"{path.name}: not 16-bit mono at {RATE} Hz")
            samples = array("h", src.readframes(src.getnframes()))
        if sys.byteorder == "big":
            samples.byteswap()
        onset = next((i for i, s in enumerate(samples) if abs(s) > THRESHOLD), 0)
        envelope = _envelope(samples, onset, len(samples))
        loud = [k for k, peak in enumerate(envelope) if peak >= FLOOR]
        length = ((loud[-1] + 1) * BLOCK / RATE) if loud else 0.0
        return cls(samples, onset, envelope, min(length, (len(samples) - onset) / RATE))

    def lead_in(self, level: int) -> float:
        """Return how far into the file the sound first rises above ``level``, in seconds."""
        for i, s in enumerate(self.samples):
            if abs(s) > level:
                return i / RATE
        return 0.0


def _envelope(samples: array[int], start: int, stop: int) -> list[int]:
    out = []
    for i in range(max(0, start), min(stop, len(samples)), BLOCK):
        block = samples[i:i + BLOCK]
        out.append(max(max(block), -min(block)))
    return out


def heard_length(samples: array[int], onset: int, tone: Tone) -> float:
    """Return how many seconds of ``tone`` the recording holds whole from ``onset``.

    Block by block, the recording must be at least ``HEARD`` as loud as the
    file; what else plays at the time can only add to it, so a tone is
    called cut only where the recording falls quieter than the tone itself.
    """
    for k, peak in enumerate(tone.envelope):
        if k * BLOCK / RATE >= tone.length:
            break
        if peak < FLOOR:
            continue
        start = onset + k * BLOCK
        block = samples[start:start + BLOCK]
        got = max(max(block), -min(block)) if block else 0
        if got < HEARD * peak:
            return k * BLOCK / RATE
    return tone.length


def find_cues(take: Take, cues: list[Cue], tones: dict[str, Tone]) -> None:
    """Fill each cue's ``onset`` and ``heard`` from the recording."""
    samples = take.samples
    envelope = _envelope(samples, 0, len(samples))
    used: set[int] = set()

    def sample_at(when: float) -> int:
        return int((when - take.t0) / take.period)

    for cue in sorted(cues, key=lambda c: c.due):
        tone = tones[cue.tone]
        first = max(1, sample_at(cue.due - SEARCH_BEFORE) // BLOCK)
        last = min(len(envelope), sample_at(cue.due + SEARCH_AFTER) // BLOCK + 1)
        for b in range(first, last):
            before, peak = envelope[b - 1], envelope[b]
            if peak <= THRESHOLD:
                continue
            if before <= THRESHOLD:
                level = THRESHOLD  # out of silence
            elif peak > 2 * before:
                level = before  # over a sound already playing
            else:
                continue
            start = b * BLOCK
            onset = next(i for i in range(start, start + BLOCK) if abs(samples[i]) > level)
            if onset in used:
                continue
            # The first 10 ms must be this tone, at its own loudness at least.
            if heard_length(samples, onset, tone) < min(tone.length, 0.010):
                continue
            used.add(onset)
            cue.onset = take.t0 + onset * take.period - tone.lead_in(level)
            cue.heard = heard_length(samples, onset, tone)
            break


# -- the report ------------------------------------------------------------------------


@dataclasses.dataclass
class Result:
    """One condition's cues, found or not, and what they add up to."""

    name: str
    hogs: int
    cues: list[Cue]
    load_seen: str

    def missing(self) -> list[Cue]:
        """Return the cues not heard at all."""
        return [c for c in self.cues if c.onset is None]

    def cut(self, tones: dict[str, Tone]) -> list[Cue]:
        """Return the cues heard, but not whole."""
        return [c for c in self.cues
                if c.onset is not None and c.heard < tones[c.tone].length - CUT_TOLERANCE]

    def errors(self) -> list[float]:
        """Return every heard cue's onset minus its deadline."""
        return [c.onset - c.due for c in self.cues if c.onset is not None]

    def intervals(self, countdown: bool = False) -> list[float]:
        """Return each gap between neighbouring rep ticks (or 3-2-1 beeps) less its due gap."""
        out = []
        for a, b in zip(self.cues, self.cues[1:], strict=False):
            if a.phase != b.phase or a.onset is None or b.onset is None:
                continue
            same = (a.countdown is not None and b.countdown is not None) if countdown \
                else (a.rep is not None and b.rep is not None)
            if same:
                out.append((b.onset - a.onset) - (b.due - a.due))
        return out


def _ms(value: float) -> str:
    return "–" if math.isnan(value) else f"{value * 1000:+.1f}"


def _p99_abs(values: list[float]) -> float:
    return percentile([abs(v) for v in values], 0.99)


def summary(results: list[Result], tones: dict[str, Tone]) -> str:
    """Return one Markdown row per condition."""
    rows = []
    for r in results:
        errors, reps, beeps = r.errors(), r.intervals(), r.intervals(countdown=True)
        target = IDLE_TARGET if r.hogs == 0 else LOADED_TARGET
        met = (not r.missing() and not r.cut(tones) and reps and _p99_abs(reps) <= target)
        rows.append([
            r.name, r.load_seen, len(r.cues), len(r.missing()), len(r.cut(tones)),
            _ms(median(errors)), _ms(percentile(errors, 0.99)), _ms(max(errors, default=math.nan)),
            len(reps), _ms(median(reps)), f"{_p99_abs(reps) * 1000:.1f}",
            f"{_p99_abs(beeps) * 1000:.1f}",
            f"≤ {target * 1000:.0f}: {'met' if met else 'NOT met'}",
        ])
    return table(
        ["Condition", "load avg", "cues", "missing", "cut", "onset p50 (ms)", "onset p99 (ms)",
         "onset max (ms)", "rep gaps", "rep gap err p50 (ms)", "rep gap |err| p99 (ms)",
         "3-2-1 gap |err| p99 (ms)", "target (rep gaps, p99)"],
        rows,
    )


def per_cue(result: Result, tones: dict[str, Tone]) -> str:
    """Return a Markdown table of every cue of one condition."""
    rows = []
    for c in result.cues:
        length = tones[c.tone].length
        heard = "missing" if c.onset is None else f"{c.heard * 1000:.0f} / {length * 1000:.0f}"
        error = "–" if c.onset is None else _ms(c.onset - c.due)
        rows.append([c.label, c.tone, error, heard])
    return table(["Cue", "tone", "onset − deadline (ms)", "heard / file (ms)"], rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--load", default="0,2",
                        help="busy loops to run beside the app, one run each (default 0,2)")
    parser.add_argument("--session", type=Path, help="session to run (default: the bench's own)")
    parser.add_argument("--voice", action="store_true", help="keep the spoken prompts")
    parser.add_argument("--players", default="stream,playsound3",
                        help="how the app plays: its mixed stream, and/or playsound3 alone "
                        "(pacat and aplay hidden from it); one run each (default both)")
    parser.add_argument("--keep", type=Path, help="save each recording as a WAV in this folder")
    parser.add_argument("--note", default="", help="a line to put under the results")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    for tool in ("pulseaudio", "pactl", "parec", "Xvfb", "xdotool", "gst-play-1.0"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing: apt-get install pulseaudio pulseaudio-utils xvfb xdotool "
                  "gstreamer1.0-plugins-base-apps", file=sys.stderr)
            return 2
    folder = Path(tempfile.mkdtemp(prefix="hiptimer-cadence-"))
    session = args.session
    if session is None:
        session = folder / "cadence.toml"
        session.write_text(SESSION, encoding="utf-8")
    plan = make_plan(load(session))
    tones = {name: Tone.read(resources.sound(name)) for name in
             ("get-ready", "go", "tick", "countdown", "halfway", "switch", "rest", "round", "done")}
    results: list[Result] = []
    server = PulseServer()
    try:
        server.start()
        with VirtualDisplay() as screen:
            conditions = [(p, int(n)) for p in args.players.split(",")
                          for n in args.load.split(",")]
            for players, hogs in conditions:
                name = f"{players}, " + ("idle" if hogs == 0 else f"{hogs} busy loops")
                home = folder / f"home-{players}-{hogs}"
                home.mkdir()
                print(f"running the session, {name}…", file=sys.stderr)
                hide = ("pacat", "aplay") if players == "playsound3" else ()
                take = run_app(session, plan, server, screen.display, home, hogs, args.voice,
                               hide)
                if args.keep is not None:
                    _save(args.keep / f"cadence-{players}-{hogs}.wav", take.samples)
                cues = expected_cues(plan, take.phases)
                find_cues(take, cues, tones)
                results.append(Result(name, hogs, cues, take.load_seen or load_average()))
                print(per_cue(results[-1], tones), file=sys.stderr)
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    text = report(results, tones, plan, args)
    print(text)
    if not args.no_write:
        replace_section(args.out, "## Cadence", text)
        print(f"written to {args.out}", file=sys.stderr)
    return 0


def _save(path: Path, samples: array[int]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(data.tobytes())


def report(results: list[Result], tones: dict[str, Tone], plan: Plan,
           args: argparse.Namespace) -> str:
    """Return the "## Cadence" section."""
    details = "\n\n".join(
        f"<details><summary>Every cue, {r.name}</summary>\n\n{per_cue(r, tones)}\n\n</details>"
        for r in results
    )
    voice = "with spoken prompts" if args.voice else "tones only (no espeak-ng on its PATH)"
    session = args.session.name if args.session is not None else "the bench's own session"
    return f"""## Cadence

Measured by `bench/cadence.py`: the real window (`bench/_first_frame.py app
--stay`, under Xvfb, {voice}) runs {session}
({len(plan.phases)} phases: paced reps at 3 s and 2.5 s, self-paced reps ended
with Space after {SELF_PACED:.0f} s, a hold with its halfway and last three
seconds, rests and switches), started with Space {WARM_UP:.0f} s after its
first frame; a private PulseAudio null sink's monitor is recorded by `parec`.
Deadlines come from the app's own `Runner` and `CueMapper`, anchored on the
phase starts the app's runner reported (`PhaseStarted.at`: its deadline, or
the clock reading of the Space press). Onset: the tone rising out of silence (or
over what was playing), less the file's fade-in; heard: 5 ms blocks from the
onset at least half as loud as the file's. Cut: more than
{CUT_TOLERANCE * 1000:.0f} ms short. A rep gap is the time between two rep
ticks of one phase; its error is that less the tempo.

{machine()}
- CPU load beside the app: busy loops (`python -c "while True: pass"`) as
  named; the load average is read at the end of each run

{summary(results, tones)}
{args.note}
{details}
"""


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child()
    else:
        raise SystemExit(main())
