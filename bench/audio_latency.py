"""Measure how late each playsound3 backend's sound starts after its cue's deadline.

The script starts a private PulseAudio server (its own runtime folder, so a
desktop's own server is never touched) with a null sink, records the sink's
monitor with ``parec`` while it triggers cues at known ``time.monotonic``
deadlines through every playsound3 backend present (gstreamer, ffplay,
alsa), finds each sound's onset in the recording and reports, per backend,
the latency from deadline to onset (p50, p95, max). The series take turns
cue by cue, so that the machine's slow and fast spells hit them alike. From
those it sets a lead per backend (``hiptimer.audio.LATENCY_LEAD``: trigger
that much early) and measures again in a new recording: every backend with
its lead, ``CuePlayer.play()``, and then the whole path (``Runner`` on the
monotonic clock, ``CueMapper.early`` and a ``CuePlayer`` with its worker
thread). Results go to ``docs/benchmarks.md`` under "## Audio latency" (only
that section is replaced); copy the leads it prints into
``hiptimer/audio.py``.

How the recording is put on the monotonic clock: ``parec`` runs with a 2 ms
capture latency and a reader thread timestamps every chunk as it arrives. A
sample cannot arrive before it was recorded, so sample k's time lies on a
line fitted through the earliest arrival of each second (the two clocks
drift apart by a few hundred ppm) and lowered until no chunk is early; chunks
delayed by the scheduler or the GIL do not move it. The remaining error is
the smallest capture delay, which makes every latency look *later* by at
most about one capture block (a few ms). The null sink plays pure digital
silence, so the onset is the first sample above -60 dBFS, minus the cue
file's own lead-in (its fade-in) at that threshold.

Run it on an otherwise idle machine: ``python bench/audio_latency.py``
(needs pulseaudio, pulseaudio-utils and the players to measure).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import wave
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from hiptimer import audio, resources  # noqa: E402
from hiptimer.cues import CueMapper, Priority, Sound  # noqa: E402
from hiptimer.plan import make_plan  # noqa: E402
from hiptimer.runner import Runner, RunState  # noqa: E402
from hiptimer.session import loads  # noqa: E402
from hiptimer.voice import Voice  # noqa: E402

RATE = 44100
THRESHOLD = int(32767 * 10 ** (-60 / 20))  # -60 dBFS: the null sink is digital silence
TARGET = 0.020  # onset at most this long after the deadline, at p95
CUE = "countdown"
BENCH_SESSION = """
name = "Latency"
get_ready = 0
[[moves]]
name = "Ticks"
reps = {reps}
tempo = {tempo}
"""


def choose_lead(latencies: list[float]) -> float:
    """Return how early to trigger a backend with these latencies, in seconds.

    The median plus 5 ms, or p95 - TARGET if that is more. Medians wander by
    about 5 ms over minutes on this machine; a sound a few ms early goes
    unnoticed (the picture it belongs to shows only at the next frame, up to
    16 ms after the deadline), a late one is what the target is about.
    """
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    return round(max(0.0, p50 + 0.005, p95 - TARGET), 3)


def sleep_until(when: float) -> None:
    """Sleep until monotonic time ``when``.

    No busy-waiting: a spinning thread would take a core from the players
    starting up on this two-core machine, and the app's Qt timer does not
    spin either. Linux wakes a sleeper within about 0.1 ms.
    """
    while True:
        left = when - time.monotonic()
        if left <= 0:
            return
        time.sleep(left)


def percentile(values: list[float], q: float) -> float:
    """Return the ``q``-th percentile (0-100) by linear interpolation."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


# -- the private sound server ---------------------------------------------------------


class PulseServer:
    """A PulseAudio server with a null sink, in a runtime folder of its own."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="hiptimer-pulse-"))
        self.pid: int | None = None
        self.env = {
            **os.environ,
            "XDG_RUNTIME_DIR": str(self.folder / "run"),
            "HOME": str(self.folder / "home"),
            "PULSE_SERVER": f"unix:{self.folder / 'run' / 'pulse' / 'native'}",
        }
        self.env.pop("PULSE_SINK", None)

    def start(self) -> None:
        """Start the server and make the null sink the default."""
        (self.folder / "run").mkdir(mode=0o700)
        (self.folder / "home").mkdir()
        subprocess.run(
            ["pulseaudio", "--daemonize=yes", "--system=false", "--exit-idle-time=-1",
             "--disallow-exit", "-n", "--load=module-native-protocol-unix",
             "--log-target=stderr", "--log-level=error"],
            env=self.env, check=True, stdin=subprocess.DEVNULL, timeout=30,
        )
        pid_file = self.folder / "run" / "pulse" / "pid"
        for _ in range(100):
            if pid_file.is_file() and pid_file.read_text().strip():
                break
            time.sleep(0.05)
        self.pid = int(pid_file.read_text().strip())
        self.pactl("load-module", "module-null-sink", "sink_name=nullsink")
        self.pactl("set-default-sink", "nullsink")

    def pactl(self, *args: str) -> str:
        """Run ``pactl`` against this server."""
        done = subprocess.run(["pactl", *args], env=self.env, check=True, capture_output=True,
                              text=True, timeout=30)
        return done.stdout

    def stop(self) -> None:
        """Stop the server by its PID and remove its folder."""
        if self.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGTERM)
            for _ in range(100):
                try:
                    os.kill(self.pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.05)
            else:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, signal.SIGKILL)
            self.pid = None
        shutil.rmtree(self.folder, ignore_errors=True)


class Recorder:
    """``parec`` on the null sink's monitor, each chunk stamped on arrival."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            ["parec", "-d", "nullsink.monitor", "--raw", "--format=s16le", f"--rate={RATE}",
             "--channels=1", "--latency-msec=2", "--process-time-msec=1"],
            env=env, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL,
        )
        self.data = bytearray()
        self.stamps: list[tuple[int, float]] = []  # (bytes so far, arrival time)
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while True:
            chunk = os.read(fd, 65536)
            now = time.monotonic()
            if not chunk:
                return
            self.data += chunk
            self.stamps.append((len(self.data), now))

    def stop(self) -> None:
        """Stop recording."""
        self.process.terminate()
        self.process.wait(timeout=10)
        self.thread.join(timeout=10)

    def samples(self) -> array[int]:
        """Return the recording as 16-bit samples."""
        usable = len(self.data) - len(self.data) % 2
        out = array("h", bytes(self.data[:usable]))
        if sys.byteorder == "big":
            out.byteswap()
        return out

    def clock(self) -> tuple[float, float, list[float]]:
        """Return ``t0`` and ``period`` (sample k is at ``t0 + k * period``) and the spread.

        The null sink's clock and ``time.monotonic`` drift apart by a few
        hundred ppm here, several ms over a series, so the mapping is a line
        fitted through the earliest arrival of each second, then lowered
        until no chunk arrives before its samples. The spread is each
        chunk's delay above that line.
        """
        points = [((n // 2), t) for n, t in self.stamps]
        start = points[0][1]
        lows: dict[int, tuple[int, float]] = {}
        for index, arrival in points:
            second = int(arrival - start)
            best = lows.get(second)
            if best is None or arrival - index / RATE < best[1] - best[0] / RATE:
                lows[second] = (index, arrival)
        xs = [float(i) for i, _ in lows.values()]
        ys = [a for _, a in lows.values()]
        mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
        var = sum((x - mean_x) ** 2 for x in xs)
        period = (sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / var
                  if var > 0 else 1 / RATE)
        t0 = min(a - i * period for i, a in points)
        return t0, period, [a - (t0 + i * period) for i, a in points]


def lead_in(path: Path) -> float:
    """Return how far into ``path`` the sound first crosses the threshold, in seconds."""
    with wave.open(str(path), "rb") as src:
        rate = src.getframerate()
        samples = array("h", src.readframes(src.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    for i, s in enumerate(samples):
        if abs(s) > THRESHOLD:
            return i / rate
    return 0.0


@dataclass
class Run:
    """One series of cues: their deadlines, and the onsets found for them."""

    name: str
    deadlines: list[float] = field(default_factory=list)
    lead: float = 0.0
    latencies: list[float] = field(default_factory=list)
    missed: int = 0

    def row(self) -> str:
        """Return the series as a Markdown table row."""
        ms = [x * 1000 for x in self.latencies]
        if not ms:
            return f"| {self.name} | {self.lead * 1000:.0f} | 0 | – | – | – | – | {self.missed} |"
        return (
            f"| {self.name} | {self.lead * 1000:.0f} | {len(ms)} | {min(ms):.1f} | "
            f"{percentile(ms, 50):.1f} | {percentile(ms, 95):.1f} | {max(ms):.1f} | {self.missed} |"
        )


def find_onsets(run: Run, samples: array[int], t0: float, period: float, offset: float,
                window: float) -> None:
    """Fill ``run.latencies``: first loud sample after each deadline's trigger."""
    last_end = 0
    for deadline in run.deadlines:
        start = max(last_end, int((deadline - run.lead - 0.05 - t0) / period))
        stop = min(len(samples), int((deadline + window - t0) / period))
        onset = None
        for i in range(max(0, start), stop):
            if abs(samples[i]) > THRESHOLD:
                onset = i
                break
        if onset is None:
            run.missed += 1
            continue
        run.latencies.append(t0 + onset * period - offset - deadline)
        last_end = onset + int(0.25 * RATE)  # past this cue (0.15 s long)


# -- what is measured ---------------------------------------------------------------


Fire = Callable[[], object]


def trigger_interleaved(series: list[tuple[str, Fire, float]], count: int, gap: float
                        ) -> list[Run]:
    """Trigger ``count`` cues of every series in turn, each ``lead`` s before its deadline.

    ``series`` holds (name, fire, lead). Taking turns cue by cue means that a
    slow spell of the machine (they last minutes here) hits every series
    alike instead of the one that happened to run then.
    """
    runs = [Run(name, lead=lead) for name, _, lead in series]
    handles = []
    for _, fire, _ in series:  # first runs load each player from disk; not measured
        handles.append(fire())
        time.sleep(gap)
    deadline = time.monotonic() + 0.5
    for _ in range(count):
        for run, (_, fire, lead) in zip(runs, series, strict=True):
            sleep_until(deadline - lead)
            handles.append(fire())
            run.deadlines.append(deadline)
            deadline += gap + random.uniform(0, 0.2)
    sleep_until(deadline + 0.5)
    for handle in handles:
        wait = getattr(handle, "wait", None)
        if callable(wait):
            wait()
    return runs


def analyse(recorder: Recorder, runs: list[Run], offset: float,
            drifts: list[float], spread: list[float]) -> None:
    """Stop ``recorder`` and find every run's onsets in what it recorded."""
    recorder.stop()
    samples = recorder.samples()
    t0, period, chunk_delays = recorder.clock()
    drifts.append((period * RATE - 1) * 1e6)
    spread.extend(chunk_delays)
    for run in runs:
        find_onsets(run, samples, t0, period, offset, window=1.0)


def through_player(backend: str, count: int, tempo: float) -> Run:
    """Run a session of ``count`` ticks through Runner, CueMapper.early and CuePlayer.

    ``backend`` is playsound3's default, which the player picks by itself.
    """
    cache = Path(tempfile.mkdtemp(prefix="hiptimer-bench-cache-"))
    silent_voice = Voice(cache, render=lambda text, out: None, is_available=lambda: False)
    player = audio.CuePlayer(voice=silent_voice, cache=cache,
                             tone_path=lambda _: resources.sound(CUE))
    player.warm_up()
    deadline = time.monotonic() + 5
    while player.backend is None and player.notice is None and time.monotonic() < deadline:
        time.sleep(0.01)
    lead = player.latency_lead
    run = Run(f"{backend}, whole path", lead=lead)
    plan = make_plan(loads(BENCH_SESSION.format(reps=count + 1, tempo=tempo)))
    runner = Runner(plan, time.monotonic)
    mapper = CueMapper(plan, time.monotonic)
    dues: list[Sound] = []

    def hear(sounds: list[Sound]) -> None:
        dues.extend(sounds)
        player.play(sounds)

    runner.subscribe(lambda event: hear(mapper.map(event)))
    time.sleep(0.5)
    runner.start()
    while runner.state is not RunState.FINISHED:
        wake = runner.next_wake()
        if wake is None:
            break
        due = mapper.next_due(runner)
        early = due is not None and due - lead < wake
        sleep_until(due - lead if early and due is not None else wake)
        if early:
            hear(mapper.early(runner, lead))
        else:
            runner.update()
    time.sleep(1.0)
    player.close()
    shutil.rmtree(cache, ignore_errors=True)
    if player.backend != backend:
        print(f"the player chose {player.backend}, not {backend}", file=sys.stderr)
    # Every cue uses the same file here. The first one comes with the start
    # itself, which nothing can anticipate: it is left out.
    run.deadlines = [s.due for s in dues[1:]]
    return run


def machine() -> list[str]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "not installed"
    import playsound3

    versions = []
    for tool, argv in (("GStreamer", ["gst-play-1.0", "--version"]),
                       ("ffplay", ["ffplay", "-version"]), ("aplay", ["aplay", "--version"]),
                       ("PulseAudio", ["pulseaudio", "--version"])):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(argv, capture_output=True, text=True, timeout=10).stdout
            match = re.search(r"\d+\.\d+\.\d+", out) or re.search(r"\d+\.\d+", out)
            if match:
                versions.append(f"{tool} {match.group(0)}")
    return [
        f"- Date: {dt.date.today().isoformat()}",
        f"- Machine: {os.cpu_count()} cores (`nproc`: {len(os.sched_getaffinity(0))}), {cpu}",
        f"- OS: {platform.platform()}",
        f"- Python {platform.python_version()}, PySide6 {pyside}, "
        f"playsound3 {playsound3.__version__}",
        f"- Players: {', '.join(versions)}",
    ]


def write_section(path: Path, text: str) -> None:
    """Put ``text`` (starting with "## Audio latency") into ``path``, replacing that section."""
    old = path.read_text() if path.is_file() else "# Benchmarks\n"
    pattern = re.compile(r"^## Audio latency\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(old):
        new = pattern.sub(lambda _: text.rstrip("\n") + "\n\n", old).rstrip("\n") + "\n"
    else:
        new = old.rstrip("\n") + "\n\n" + text.rstrip("\n") + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40, help="cues per series (default 40)")
    parser.add_argument("--gap", type=float, default=1.0,
                        help="seconds between cues (default 1, as the last-seconds beeps)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "benchmarks.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    for tool in ("pulseaudio", "pactl", "parec"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing: apt-get install pulseaudio pulseaudio-utils",
                  file=sys.stderr)
            return 2
    random.seed(4)
    path = resources.sound(CUE)
    offset = lead_in(path)
    server = PulseServer()
    recorder: Recorder | None = None
    runs: list[Run] = []
    try:
        server.start()
        os.environ.update({k: server.env[k] for k in ("XDG_RUNTIME_DIR", "HOME", "PULSE_SERVER")})
        playsound3 = importlib.import_module("playsound3")
        present = playsound3.AVAILABLE_BACKENDS
        backends = [b for b in ("gstreamer", "ffplay", "alsa") if b in present]
        default = playsound3.DEFAULT_BACKEND
        print(f"backends: {backends}, default {default}", file=sys.stderr)
        drifts: list[float] = []
        spread: list[float] = []

        def fire_raw(backend: str) -> Fire:
            return lambda: playsound3.playsound(str(path), block=False, backend=backend)

        recorder = Recorder(server.env)
        time.sleep(1.0)
        raw = trigger_interleaved([(b, fire_raw(b), 0.0) for b in backends], args.count,
                                  args.gap)
        analyse(recorder, raw, offset, drifts, spread)
        runs += raw
        leads = {run.name: choose_lead(run.latencies) for run in raw if run.latencies}
        audio.LATENCY_LEAD.update(leads)

        recorder = Recorder(server.env)
        time.sleep(1.0)
        cache = Path(tempfile.mkdtemp(prefix="hiptimer-bench-cache-"))
        player = audio.CuePlayer(
            voice=Voice(cache, render=lambda text, out: None, is_available=lambda: False),
            cache=cache, tone_path=lambda _: path,
        )
        player.warm_up()
        series = [(b, fire_raw(b), leads.get(b, 0.0)) for b in backends]
        if default:
            series.append((f"{default} via CuePlayer.play()",
                           lambda: player.play([Sound(Priority.COUNTDOWN, CUE)]),
                           leads.get(default, 0.0)))
        again = trigger_interleaved(series, args.count, args.gap)
        player.close()
        shutil.rmtree(cache, ignore_errors=True)
        tempo = max(0.5, args.gap)
        if default:
            again.append(through_player(default, args.count, tempo))
        analyse(recorder, again, offset, drifts, spread)
        runs += again
    finally:
        if recorder is not None and recorder.process.poll() is None:
            recorder.stop()
        server.stop()
    header = ("| Series | Lead (ms) | Cues | min (ms) | p50 (ms) | p95 (ms) | max (ms) | missed |\n"
              "|---|---:|---:|---:|---:|---:|---:|---:|")
    first = "\n".join(run.row() for run in runs[: len(raw)])
    second = "\n".join(run.row() for run in runs[len(raw):])
    tempo = max(0.5, args.gap)
    ms = [s * 1000 for s in spread]
    table_leads = ", ".join(f'"{k}": {v:.3f}' for k, v in leads.items())
    default_run = next((r for r in runs[len(raw):] if r.name.endswith("whole path")), None)
    verdict = ""
    if default_run is not None and default_run.latencies:
        p95 = percentile(default_run.latencies, 95)
        verdict = (f"\nDefault backend ({default}), whole path, with its lead: p95 "
                   f"{p95 * 1000:+.1f} ms after the deadline, target ≤ {TARGET * 1000:.0f} ms: "
                   f"{'met' if p95 <= TARGET else 'NOT met'}.\n")
    text = f"""## Audio latency

Measured by `bench/audio_latency.py`: a private PulseAudio server with a null
sink, its monitor recorded by `parec`, {args.count} `{CUE}.wav` cues per series
at known `time.monotonic()` deadlines, {args.gap:.1f}–{args.gap + 0.2:.1f} s apart
(the densest the built-in sessions get is the last-seconds beeps, 1 s apart).
Latency is from the cue's deadline to the first sample above -60 dBFS in the
recording, less the file's own {offset * 1000:.1f} ms fade-in. Negative: the
sound started before its deadline.

{chr(10).join(machine())}

Method and error. Every chunk from `parec` (2 ms capture latency) is stamped
with `time.monotonic()` as it arrives. The null sink's sample clock and the
monotonic clock drift apart ({", ".join(f"{d:+.0f}" for d in drifts)} ppm in
the recordings, several ms over a series), so sample *k* is placed on a line
fitted through the earliest arrival of each second and lowered until no chunk
arrives before its samples. That makes each latency look later than it is by
the smallest capture delay, at most about one capture block (~2 ms). A
chunk's delay above the line was p50 {percentile(ms, 50):.1f} ms, p95
{percentile(ms, 95):.1f} ms. The null sink takes the capture's 2 ms latency as
its own, so a real sound card's buffer adds its own delay on top of these
numbers. The machine itself has slow and fast spells lasting minutes (the
median of gstreamer moved between about 23 and 31 ms across runs of this
script), so the series take turns cue by cue and share every spell.

Each backend, triggered at the deadline (playsound3 starts one player process
per sound; the time includes `fork`/`exec` and the player's start-up):

{header}
{first}

The leads (`hiptimer.audio.LATENCY_LEAD`), each backend's median plus 5 ms,
or p95 − {TARGET * 1000:.0f} ms if that is more: `{{{table_leads}}}`. A sound a
few ms early goes unnoticed (the picture it belongs to only shows at the next
frame, up to 16 ms after the deadline); a late one is what the target is
about. Measured again with them in a new recording, the backends and
`CuePlayer.play()` (its worker thread) taking turns, then the whole path on
its own: `Runner` on the monotonic clock waking the player through
`CueMapper.early()`, cues {tempo:.2f} s apart:

{header}
{second}
{verdict}
Cues closer together cost more: each sound is a new player process and
`gst-play-1.0` lives about 0.6 s, so with cues 0.75 s apart the processes
overlap on the two cores; in one run that moved the median through the
player about 6 ms later.
"""
    print(text)
    if not args.no_write:
        write_section(args.out, text)
        print(f"written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
