"""Play cue sounds and spoken prompts without ever holding up the timer.

``CuePlayer`` receives ``Sound`` requests from ``hiptimer.cues`` and plays
them, always by absolute path, in one of three ways. With an injected play
function, through that. Otherwise, where a long-lived player of raw PCM is
installed (``pacat``, or ALSA's ``aplay``), through one ``Mixer``: every WAV
is mixed into a single stream that this process keeps written a little ahead
of the clock, so a sound lands on its deadline (``Sound.due``) to the
sample, with no process to start per sound. Else, and for files the mixer
cannot read, through ``playsound3``, each sound as its own non-blocking
player process. ``bench/cadence.py`` measured why the stream comes first: on
a two-core machine with both cores busy, starting ``gst-play-1.0`` for each
sound put cues up to 0.38 s late and rep-to-rep gaps 0.18 s off at p99
(docs/benchmarks.md, "Cadence"). ``playsound3`` probes its backends when
imported, which takes a noticeable fraction of a second, so it is imported
only when it is needed, in ``warm_up()`` (called once the window shows) or
on the first sound. Prompts share one voice: a prompt waits for the one
before it to finish instead of cutting it off, and a rep tick that lands on
a prompt plays its quiet tone but not its spoken count. Mute is a flag;
volume (0-100, in steps of ten) works with every backend because the player
plays copies of the WAVs scaled once and kept in ``<cache>/volume/<level>/``.
When there is no backend, the player raises, or its processes keep exiting
with an error (``aplay`` without a sound device; ``gst-play-1.0`` and
``ffplay`` exit cleanly even then), the player switches itself off and says
so once (``notice`` and ``on_notice``); a stream player that dies hands over
to ``playsound3``. The session goes on silently until ``retry()``. Every
player is tagged as an announcement for PulseAudio and PipeWire
(``media.role``), so a desktop that lowers music under announcements does so
under the cues. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import logging
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
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Literal, Protocol

from hiptimer import paths, resources
from hiptimer.cues import Priority, Sound
from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.voice import Voice

logger = logging.getLogger(__name__)

# The notices, in English as logged; the runner sees them translated
# (``CuePlayer._fail``). playsound3's "alsa" backend needs both aplay and
# mpg123, so the hint names the two players that work on their own.
NO_BACKEND = QT_TRANSLATE_NOOP(
    "audio",
    "No sound: no audio player was found (install GStreamer's gst-play-1.0 "
    "or FFmpeg's ffplay). The session runs without sound.",
)
PLAYER_FAILED = QT_TRANSLATE_NOOP(
    "audio",
    "No sound: the audio player keeps failing ({detail}). The session runs without sound.",
)
PLAYER_EXITED = QT_TRANSLATE_NOOP(
    "audio",
    "No sound: the audio player keeps failing (exit status {code}). The session runs "
    "without sound.",
)
# How many seconds before a cue's deadline to start its sound, per playsound3
# backend: the median delay from asking to hearing plus 5 ms (or p95 - 20 ms
# when that is more), as measured by bench/audio_latency.py; the numbers and
# the machine are in docs/benchmarks.md, "Audio latency". Rerun the bench and
# copy its leads here when a backend changes. Backends not measured get none.
LATENCY_LEAD: dict[str, float] = {
    "gstreamer": 0.032,
    "ffplay": 0.110,
    "alsa": 0.015,
    # The stream places each sound on its own deadline; this is only how
    # early the sounds must be handed over for it to have them in time.
    "stream": 0.300,
}
# The mixed stream: its format, how far ahead of the clock it is kept
# written while something plays (what a late worker may lose without a gap),
# how often it is topped up, how long a silence it bridges rather than
# letting the stream run dry, and how early a run is started before its
# first sound (leading silence, for a worker that wakes late).
STREAM_RATE = 44100
STREAM_AHEAD = 0.250
STREAM_CHUNK = 0.020
STREAM_BRIDGE = 0.300
STREAM_MARGIN = 0.050
# From writing a new run's first sample to hearing it, per stream player:
# ``bench/cadence.py``'s idle onsets with the null sink (docs/benchmarks.md,
# "Cadence"). A real sound card's buffer adds its own on top.
STREAM_LATENCY: dict[str, float] = {"pacat": 0.020, "aplay": 0.050}
# What the sounds are to PulseAudio and PipeWire: announcements, which a
# desktop that lowers music under them does. pacat is told on its command
# line; other players (aplay through the sound server's ALSA plugin,
# playsound3's) through the environment they inherit.
MEDIA_ROLE = "announce"
ROLE_ENV = {
    "PULSE_PROP": f"media.role={MEDIA_ROLE}",
    "PIPEWIRE_PROPS": f"{{ media.role = {MEDIA_ROLE} }}",
}
# How long a stream player may take to fail at start (no sound server).
STREAM_PROBE = 0.25
# Decoded sounds kept for the mixer.
DECODED_MAX = 64
VOLUME_STEP = 10
# Every tone a cue may ask for (assets/sounds/README.md).
TONES = ("get-ready", "go", "tick", "countdown", "halfway", "switch", "rest", "round", "done")
# A prompt that could not start this long after it was due is no longer news.
PROMPT_MAX_WAIT = 4.0
# A spoken rep count that cannot start at once would be counting the wrong rep.
COUNT_MAX_WAIT = 0.5
# While a prompt plays or waits, the worker looks at it this often.
POLL_INTERVAL = 0.02
# This many player processes in a row ending in an error mean no sound.
FAIL_LIMIT = 3
# How long close() waits for the worker to stop. It only waits on its
# condition between sounds; a worker that is busy longer (a prompt being
# rendered, a player being probed) is left to end with the process, and the
# players it started get SIGTERM from the kernel when we exit (playsound3).
CLOSE_WAIT = 0.5


class Handle(Protocol):
    """A sound being played (``playsound3.Sound`` has this shape)."""

    def is_alive(self) -> bool:
        """Return whether the sound is still playing."""
        ...


PlayFunction = Callable[[str], Handle]


def gain(level: int) -> float:
    """Return the amplitude factor of volume ``level`` (0-100).

    The square follows loudness better than a straight line: 50 is about
    12 dB down, 10 about 40 dB down.
    """
    level = max(0, min(100, level))
    return (level / 100) ** 2


def step(level: float) -> int:
    """Return ``level`` clamped to 0-100 and rounded to a step of ``VOLUME_STEP``."""
    clamped = max(0.0, min(100.0, float(level)))
    return int(round(clamped / VOLUME_STEP) * VOLUME_STEP)


def scale_wav(source: Path, target: Path, factor: float) -> None:
    """Write ``source`` to ``target`` with every sample multiplied by ``factor``.

    Only 16-bit PCM is scaled; the file is written to a temporary name and
    renamed into place.
    """
    with wave.open(str(source), "rb") as src:
        params = src.getparams()
        frames = src.readframes(params.nframes)
    if params.sampwidth != 2:
        raise wave.Error(f"{source.name}: only 16-bit WAV can be scaled")
    samples = array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    scaled = array("h", (max(-32768, min(32767, round(s * factor))) for s in samples))
    if sys.byteorder == "big":
        scaled.byteswap()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".scale-", suffix=".wav", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        with wave.open(str(temp), "wb") as dst:
            dst.setparams(params)
            dst.writeframes(scaled.tobytes())
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def wav_seconds(path: Path) -> float:
    """Return the length of a WAV file in seconds (0 if it cannot be read)."""
    try:
        with wave.open(str(path), "rb") as src:
            return src.getnframes() / float(src.getframerate())
    except (OSError, wave.Error, EOFError):
        return 0.0


# -- the mixed stream --------------------------------------------------------


class StreamError(Exception):
    """The stream player is gone."""


def decode_wav(path: Path, rate: int = STREAM_RATE) -> array[int] | None:
    """Return ``path`` as 16-bit mono samples at ``rate``, or ``None`` if the mixer cannot.

    Only 16-bit PCM WAV is read; stereo is folded to mono, and other rates
    are brought to ``rate`` (twice or half exactly, otherwise by linear
    interpolation). Anything else is left to ``playsound3``.
    """
    try:
        with wave.open(str(path), "rb") as src:
            channels, width = src.getnchannels(), src.getsampwidth()
            source_rate = src.getframerate()
            frames = src.readframes(src.getnframes())
    except (OSError, wave.Error, EOFError):
        return None
    if width != 2 or channels not in (1, 2) or source_rate <= 0:
        return None
    samples = array("h", frames[: len(frames) - len(frames) % 2])
    if sys.byteorder == "big":
        samples.byteswap()
    if channels == 2:
        samples = array("h", ((a + b) // 2 for a, b in zip(samples[0::2], samples[1::2],
                                                            strict=False)))
    if source_rate == rate:
        return samples
    if source_rate * 2 == rate:
        doubled = array("h", bytes(4 * len(samples)))
        doubled[0::2] = samples
        doubled[1::2] = samples
        return doubled
    if source_rate == rate * 2:
        return samples[0::2]
    count = int(len(samples) * rate / source_rate)
    last = len(samples) - 1
    out = array("h", bytes(2 * count))
    for i in range(count):
        x = i * source_rate / rate
        k = int(x)
        frac = x - k
        a = samples[min(k, last)]
        b = samples[min(k + 1, last)]
        out[i] = int(a + (b - a) * frac)
    return out


def announce_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """Return ``base`` (the environment) with the announcement role added.

    A value the runner set themselves is kept.
    """
    env = dict(os.environ if base is None else base)
    for key, value in ROLE_ENV.items():
        env.setdefault(key, value)
    return env


def tag_environment() -> None:
    """Put the announcement role in this process's environment, for players it starts.

    ``playsound3`` starts its players without an environment of their own.
    """
    for key, value in ROLE_ENV.items():
        os.environ.setdefault(key, value)


def stream_command(rate: int = STREAM_RATE) -> list[str] | None:
    """Return the command line of a long-lived player of raw PCM on stdin, or ``None``.

    ``pacat`` talks to PulseAudio (or PipeWire's PulseAudio server);
    ``aplay`` to ALSA's default device, which on a desktop is routed to
    whichever of the two runs. Only on Linux: elsewhere ``playsound3`` has
    the system's own player.
    """
    if not sys.platform.startswith("linux"):
        return None
    pacat = shutil.which("pacat")
    if pacat is not None:
        # The server's buffer is what pacat may fall behind by on a busy
        # machine before a sound has a gap; it does not delay a sound's start.
        return [pacat, "--playback", "--raw", "--format=s16le", f"--rate={rate}",
                "--channels=1", "--latency-msec=100", "--client-name=hiptimer",
                "--stream-name=cues", f"--property=media.role={MEDIA_ROLE}"]
    aplay = shutil.which("aplay")
    if aplay is not None:
        return [aplay, "-q", "-t", "raw", "-f", "S16_LE", "-r", str(rate), "-c", "1",
                "--buffer-time=100000", "-"]
    return None


class PcmOut(Protocol):
    """Where the mixed stream goes (a player process's stdin, or a test's recorder)."""

    name: str

    def write(self, data: bytes) -> None:
        """Write 16-bit mono samples; raise ``StreamError`` if the player is gone."""
        ...

    def alive(self) -> bool:
        """Return whether the player still runs."""
        ...

    def close(self) -> None:
        """Let what was written play out, and end the player."""
        ...


class ProcessOut:
    """A player process that plays the raw PCM written to its stdin."""

    def __init__(self, argv: list[str]) -> None:
        self.name = Path(argv[0]).name
        self._process = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=announce_env(),
        )

    def probe(self, timeout: float = STREAM_PROBE) -> bool:
        """Return whether the player is still running ``timeout`` seconds after its start."""
        try:
            self._process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return True
        return False

    def write(self, data: bytes) -> None:
        """Write samples to the player."""
        stdin = self._process.stdin
        if stdin is None or self._process.poll() is not None:
            raise StreamError(f"{self.name} exited")
        try:
            stdin.write(data)
            stdin.flush()
        except (BrokenPipeError, ValueError, OSError) as exc:
            raise StreamError(f"{self.name}: {exc}") from exc

    def alive(self) -> bool:
        """Return whether the player still runs."""
        return self._process.poll() is None

    def close(self) -> None:
        """Close the player's stdin (it plays what it has) and end it."""
        with contextlib.suppress(OSError, ValueError):
            if self._process.stdin is not None:
                self._process.stdin.close()
        try:
            self._process.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            self._process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(timeout=1.0)


@dataclass(slots=True, eq=False)
class _Voice:
    samples: array[int]
    start: float  # clock time of its first sample
    end: float
    stopped: bool = False


class MixHandle:
    """A sound placed in the mixed stream (the ``Handle`` shape)."""

    def __init__(self, voice: _Voice, now: Callable[[], float]) -> None:
        self._voice = voice
        self._now = now

    @property
    def start(self) -> float:
        """Return the clock time at which the sound is heard."""
        return self._voice.start

    def is_alive(self) -> bool:
        """Return whether the sound is still to be heard or playing."""
        return not self._voice.stopped and self._now() < self._voice.end

    def stop(self) -> None:
        """Take the sound out of the stream (what is already written still plays)."""
        self._voice.stopped = True


class Mixer:
    """Mixes sounds into one stream of raw PCM, each at its own clock time.

    While something plays (a *run*), the stream is kept written up to
    ``ahead`` seconds past the clock; sample k of a run is heard at
    ``origin + k / rate``, where ``origin`` is when the run's first write
    was made plus the player's ``latency``. Between runs nothing is
    written: the player runs dry and waits, so the sound card's clock and
    ours never drift apart for longer than a run. ``pump()`` does the
    writing and says when it wants to be called again; nothing here sleeps.
    """

    def __init__(
        self, out: PcmOut, now: Callable[[], float], latency: float, *,
        rate: int = STREAM_RATE, ahead: float = STREAM_AHEAD, chunk: float = STREAM_CHUNK,
        bridge: float = STREAM_BRIDGE, margin: float = STREAM_MARGIN,
    ) -> None:
        self.out = out
        self._now = now
        self.latency = latency
        self.rate = rate
        self.ahead, self.chunk, self.bridge, self.margin = ahead, chunk, bridge, margin
        self._voices: list[_Voice] = []
        self._origin: float | None = None
        self._written = 0

    def _written_until(self) -> float:
        assert self._origin is not None
        return self._origin + self._written / self.rate

    def add(self, samples: array[int], at: float) -> MixHandle:
        """Play ``samples`` from clock time ``at``, or as soon as can be."""
        now = self._now()
        soonest = now + self.latency if self._origin is None else self._written_until()
        start = max(at, soonest)
        voice = _Voice(samples, start, start + len(samples) / self.rate)
        self._voices.append(voice)
        return MixHandle(voice, self._now)

    def clear(self) -> None:
        """Drop every sound not yet written."""
        for voice in self._voices:
            voice.stopped = True
        self._voices = []

    def busy(self) -> bool:
        """Whether a run is under way or a sound waits for one."""
        return self._origin is not None or bool(self._voices)

    def pump(self) -> float | None:
        """Write what is due now; return when to be called again (``None``: when told).

        Raises ``StreamError`` when the player is gone.
        """
        now = self._now()
        self._voices = [v for v in self._voices if not v.stopped]
        if self._origin is not None and not self._voices and self._written_until() <= now:
            self._origin = None  # the run has played out
        if self._origin is None:
            if not self._voices:
                return None
            first = min(v.start for v in self._voices)
            begin = first - self.latency - self.margin
            if begin > now:
                return begin
            self._origin = now + self.latency
            self._written = 0
            for voice in self._voices:
                if voice.start < self._origin:  # asked for sooner than can be
                    voice.end += self._origin - voice.start
                    voice.start = self._origin
        written_until = self._written_until()
        pending = [v for v in self._voices if v.end > written_until]
        if not pending or min(v.start for v in pending) > now + self.ahead + self.bridge:
            # Nothing more soon: let the run play out and end.
            self._voices = pending
            return max(now, written_until) if pending or written_until > now else None
        target = math.ceil((now + self.ahead - self._origin) * self.rate)
        count = target - self._written
        if count > 0:
            self.out.write(self._mix(self._written, count, pending))
            self._written += count
        written_until = self._written_until()
        self._voices = [v for v in pending if v.end > written_until]
        return now + self.chunk

    def _mix(self, first: int, count: int, voices: list[_Voice]) -> bytes:
        """Return samples ``first`` to ``first + count`` of the run, mixed."""
        assert self._origin is not None
        out = array("h", bytes(2 * count))
        parts = []
        for voice in voices:
            offset = round((voice.start - self._origin) * self.rate)  # its sample 0 in the run
            lo, hi = max(first, offset), min(first + count, offset + len(voice.samples))
            if lo < hi:
                parts.append((lo - first, voice.samples[lo - offset:hi - offset]))
        if len(parts) == 1:
            at, piece = parts[0]
            out[at:at + len(piece)] = piece
        elif parts:
            mixed = [0] * count
            for at, piece in parts:
                for i, sample in enumerate(piece, at):
                    mixed[i] += sample
            out = array("h", (max(-32768, min(32767, s)) for s in mixed))
        if sys.byteorder == "big":
            out.byteswap()
        return out.tobytes()

    def close(self) -> None:
        """End the player; what was written still plays."""
        self.clear()
        self._origin = None
        self.out.close()


def _exit_code(handle: Handle) -> int | None:
    process = getattr(handle, "subprocess", handle)
    code = getattr(process, "returncode", None)
    return code if isinstance(code, int) else None


@dataclass(slots=True)
class _Prompt:
    path: Path
    not_before: float
    expires: float


class CuePlayer:
    """Plays ``Sound`` requests; see the module docstring for the rules.

    ``play`` plays one absolute path and returns a handle with ``is_alive()``;
    given, it is the only way sounds are played. Without it, ``stream``
    says where a mixed stream goes: ``"auto"`` (the default) starts the
    player ``stream_command()`` names, a function returns a ``PcmOut``, and
    ``None`` means no stream; what the stream cannot play goes to
    ``playsound3.playsound(path, block=False)``, imported lazily.
    ``now`` is the clock. ``background=False`` does the work in ``poll()``,
    called by the owner, instead of on a worker thread (tests do this).
    ``on_notice(text)`` is called once when sound gives up; it may be called
    from the worker thread.
    """

    def __init__(
        self,
        play: PlayFunction | None = None,
        *,
        now: Callable[[], float] = time.monotonic,
        voice: Voice | None = None,
        cache: Path | None = None,
        tone_path: Callable[[str], Path] = resources.sound,
        on_notice: Callable[[str], None] | None = None,
        muted: bool = False,
        volume: float = 100,
        background: bool = True,
        stream: Callable[[], PcmOut] | Literal["auto"] | None = "auto",
    ) -> None:
        self._given_play = play
        self._play: PlayFunction | None = play
        self._stream = None if play is not None else stream
        self._stream_tried = False
        self._mixer: Mixer | None = None
        self._decoded: dict[Path, array[int] | None] = {}
        self._now = now
        self._cache = cache if cache is not None else paths.cache_dir()
        self.voice = voice if voice is not None else Voice.auto(self._cache)
        self._tone_path = tone_path
        self.on_notice = on_notice
        self._muted = muted
        self._volume = step(volume)
        self._background = background
        self.backend: str | None = None if play is None else "custom"
        self.notice: str | None = None
        self._inbox: deque[Sound] = deque()
        self._prompts: deque[_Prompt] = deque()
        self._speaking: Handle | None = None
        self._live: list[Handle] = []
        self._failures = 0
        self._lengths: dict[Path, float] = {}
        self._digests: dict[Path, str] = {}
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closing = False
        self._closed = False
        self._rescale = False
        self._stop_all = False
        self._retrying = False
        self._work = threading.Lock()
        self._prepared: list[str] = []
        # The thread rendering the prompts last handed to prepare(), if any.
        self.preparing: threading.Thread | None = None

    # -- settings ----------------------------------------------------------

    @property
    def muted(self) -> bool:
        """Whether nothing is played; sounds asked for meanwhile are dropped, not kept."""
        return self._muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self._muted = bool(value)
        if self._muted:
            self._stop_all = True
            self._wake()

    @property
    def volume(self) -> int:
        """Return the volume, 0-100 in steps of ten."""
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        level = step(value)
        if level == self._volume:
            return
        self._volume = level
        # Scale the tones for the new level now, not on the next cue's deadline.
        self._rescale = True
        if self._background:
            self._wake()
        else:
            self.poll()

    @property
    def enabled(self) -> bool:
        """Whether sound is working (not switched off by a failure)."""
        return self._working()

    def _working(self) -> bool:
        # A method, not the property: a sound can fail in the middle of a poll.
        return self.notice is None

    @property
    def voice_notice(self) -> str | None:
        """Return a one-line hint on how to get spoken prompts, or ``None``."""
        return self.voice.notice

    @property
    def latency_lead(self) -> float:
        """Return how many seconds early to trigger cues for the backend in use."""
        return LATENCY_LEAD.get(self.backend or "", 0.0)

    # -- life --------------------------------------------------------------

    def warm_up(self) -> None:
        """Get ready to play: load the backend and scale the tones, off the caller's thread.

        Call it once the window shows. Without a background worker this
        happens right here.
        """
        if not self._background:
            self._prewarm()
            return
        with self._cond:
            self._closed = False
            if self._thread is not None and self._thread.is_alive():
                return
            self._closing = False
            self._thread = threading.Thread(target=self._run, name="hiptimer-audio", daemon=True)
            self._thread.start()

    def prepare(self, texts: Iterable[str]) -> threading.Thread | None:
        """Render the spoken prompts ``texts`` in the background (see ``CueMapper.texts``)."""
        self._prepared = list(texts)
        self.preparing = self.voice.prepare(self._prepared)
        return self.preparing

    def choose_voice(self, engine: str) -> str:
        """Speak with ``engine`` (``voice.ENGINES`` or ``"auto"``) from now on.

        The prompts last handed to ``prepare`` are rendered for it in the
        background; until each is ready the fallback speaks it. Returns the
        engine that speaks (the next one down when the chosen one is missing).
        """
        used = self.voice.choose(engine)
        if self._prepared:
            self.preparing = self.voice.prepare(self._prepared)
        return used

    def close(self) -> None:
        """Stop the worker and every sound still playing; ``play`` does nothing after it.

        Waits at most ``CLOSE_WAIT`` for the worker.
        """
        with self._cond:
            self._closed = True
            self._closing = True
            self._cond.notify_all()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=CLOSE_WAIT)
            if thread.is_alive():
                # Its sounds are its own to touch: they end with the process.
                logger.info("audio worker still busy after %.1f s; not waiting for it",
                            CLOSE_WAIT)
                return
        self._thread = None
        self._stop_live()
        self._prompts.clear()
        self._inbox.clear()
        mixer, self._mixer = self._mixer, None
        if mixer is not None:
            with contextlib.suppress(Exception):
                mixer.close()
        self._stream_tried = False

    def retry(self) -> bool:
        """Try sound again after its cause was fixed; return whether it may now work.

        This probes the players again (playsound3 runs each one once, with no
        time limit) and looks for ``espeak-ng`` again. With the worker thread,
        as in the app, that is done there and this returns ``True`` at once:
        sounds asked for meanwhile wait for the probe, and a retry that fails
        drops them and calls ``on_notice`` again, as the first failure did.
        Without a worker it is done here, and the answer is final.
        """
        if not self._background:
            with self._work:
                self._reprobe()
            return self.enabled
        with self._cond:
            # The worker probes before it plays anything more (_poll).
            self._retrying = True
            self.notice = None
            self._cond.notify_all()
        if self._thread is None or not self._thread.is_alive():
            self.warm_up()
        return True

    def _reprobe(self) -> None:
        self._retrying = False
        self.notice = None
        self._failures = 0
        self.voice.refresh()
        if self._given_play is None:
            self._play = None
            self.backend = None
            if self._mixer is not None:
                with contextlib.suppress(Exception):
                    self._mixer.close()
            self._mixer = None
            self._stream_tried = False
            module = sys.modules.get("playsound3.playsound3")
            if module is not None:
                # Probing happens at import: look at the backends afresh.
                with contextlib.suppress(Exception):
                    importlib.reload(module)
                    importlib.reload(sys.modules["playsound3"])
        self._load()

    # -- playing -----------------------------------------------------------

    def play(self, sounds: Iterable[Sound]) -> None:
        """Play ``sounds`` now; returns at once."""
        if not self.enabled or self._muted or self._volume == 0 or self._closed:
            return
        added = False
        for sound in sounds:
            self._inbox.append(sound)
            added = True
        if not added:
            return
        if self._background:
            if self._thread is None:
                self.warm_up()
            self._wake()
        else:
            self.poll()

    __call__ = play

    def busy(self) -> bool:
        """Whether a prompt is being spoken or waits to be."""
        return self._speaking is not None or bool(self._prompts)

    def poll(self) -> float | None:
        """Do whatever is due now; return when to be polled again (``None``: when told).

        The worker calls this; without one, the owner does.
        """
        with self._work:
            return self._poll()

    def _poll(self) -> float | None:
        if self._retrying:
            self._reprobe()
        now = self._now()
        self._reap()
        if self._stop_all:
            self._stop_all = False
            self._stop_live()
            self._prompts.clear()
        if self._rescale:
            self._scale_tones()
        if not self.enabled or self._muted or self._volume == 0:
            self._inbox.clear()
            self._prompts.clear()
            return None
        while self._inbox and self._working():
            self._handle(self._inbox.popleft(), now)
        self._next_prompt(now)
        stream_wake = self._pump()
        if not self._working():
            return None
        wake: float | None = None
        if self._prompts and self._speaking is None:
            wake = max(now, self._prompts[0].not_before - self._prompt_lead())
        elif self._speaking is not None or self._live:
            wake = now + POLL_INTERVAL
        if stream_wake is not None:
            wake = stream_wake if wake is None else min(wake, stream_wake)
        return wake

    def _pump(self) -> float | None:
        """Keep the mixed stream written; a dead stream player hands over to playsound3."""
        mixer = self._mixer
        if mixer is None:
            return None
        try:
            return mixer.pump()
        except StreamError as exc:
            logger.warning("the stream player stopped (%s); playing through playsound3", exc)
            self._mixer = None
            self.backend = None
            with contextlib.suppress(Exception):
                mixer.out.close()
            self._load()
            return None

    def _handle(self, sound: Sound, now: float) -> None:
        if sound.priority <= Priority.TICK and self.busy():
            # The soft tick still keeps the beat under a prompt; only its
            # spoken count would talk over the prompt, so that alone goes.
            sound = replace(sound, text="")
        if sound.new_phase:
            self._prompts.clear()  # what was still waiting is about the phase before
        tone_length = 0.0
        # The stream plays a sound on its deadline; a player process, at once.
        start = now
        if sound.tone:
            # The runner's own sound for this cue ([sounds] in the session), or
            # the built-in tone when there is none or theirs will not play.
            path = sound.file if sound.file is not None else self._tone_path(sound.tone)
            handle = self._start(path, sound.due)
            if handle is None and sound.file is not None and self.enabled:
                path = self._tone_path(sound.tone)
                handle = self._start(path, sound.due)
            if handle is not None:
                tone_length = self._length(path)
                start = handle.start if isinstance(handle, MixHandle) else now
        if sound.text and self.enabled and self.voice.available:
            spoken = self.voice.get(sound.text)
            if spoken is not None:
                wait = COUNT_MAX_WAIT if sound.priority <= Priority.TICK else PROMPT_MAX_WAIT
                start = max(start, now) + tone_length
                self._prompts.append(_Prompt(spoken, start, start + wait))

    def _prompt_lead(self) -> float:
        # The stream is written this far ahead: a prompt handed to it any
        # later than that would start behind what is already written.
        return STREAM_AHEAD if self._mixer is not None else 0.0

    def _next_prompt(self, now: float) -> None:
        while self._speaking is None and self._prompts and self.enabled:
            prompt = self._prompts[0]
            if now < prompt.not_before - self._prompt_lead():
                return
            self._prompts.popleft()
            if now > prompt.expires:
                logger.debug("dropped a prompt that waited too long: %s", prompt.path.name)
                continue
            self._speaking = self._start(prompt.path, prompt.not_before)

    def _reap(self) -> None:
        if self._speaking is not None and not self._alive(self._speaking):
            self._speaking = None
        still: list[Handle] = []
        for handle in self._live:
            if self._alive(handle):
                still.append(handle)
                continue
            code = _exit_code(handle)
            if code is None:
                continue
            if code == 0:
                self._failures = 0
            elif code > 0:
                self._failures += 1
                if self._failures >= FAIL_LIMIT:
                    self._fail(PLAYER_EXITED, code=code)
        self._live = still

    def _alive(self, handle: Handle) -> bool:
        try:
            return bool(handle.is_alive())
        except Exception:  # noqa: BLE001 - a broken handle is a finished one
            return False

    def _start(self, source: Path, at: float | None = None) -> Handle | None:
        """Start playing ``source`` at the current volume (at clock time ``at`` if it can).

        Return its handle.
        """
        if self._play is None and self._mixer is None:
            self._load()
        if not self.enabled:
            return None
        if not source.is_file():
            # One missing file is a packaging slip, not a reason to go silent.
            logger.warning("no such sound file: %s", source)
            return None
        path = self._scaled(source)
        if path is None:
            return None
        mixer = self._mixer
        if mixer is not None:
            samples = self._decode(path)
            if samples is not None:
                mix = mixer.add(samples, self._now() if at is None else at)
                self._live.append(mix)
                return mix
            if self._play is None:
                # Not a WAV the mixer reads: playsound3 plays it, if it can.
                self._load_playsound(give_up=False)
        play = self._play
        if play is None:
            return None
        try:
            handle = play(str(path.resolve()))
        except Exception as exc:  # noqa: BLE001 - any failure of the player means no sound
            logger.warning("cannot play %s: %s", path, exc)
            self._fail(PLAYER_FAILED, detail=str(exc) or type(exc).__name__)
            return None
        self._live.append(handle)
        return handle

    def _decode(self, path: Path) -> array[int] | None:
        if path not in self._decoded:
            if len(self._decoded) >= DECODED_MAX:
                self._decoded.pop(next(iter(self._decoded)))
            self._decoded[path] = decode_wav(path)
        return self._decoded[path]

    def _stop_live(self) -> None:
        if self._mixer is not None:
            self._mixer.clear()
        for handle in [*self._live]:
            stop = getattr(handle, "stop", None)
            if callable(stop):
                with contextlib.suppress(Exception):
                    stop()
        self._live = []
        self._speaking = None

    # -- backend -----------------------------------------------------------

    def _load(self) -> None:
        """Open the stream, or else import ``playsound3`` and pick its backend.

        With neither, give up with a notice.
        """
        if self._play is not None or self._given_play is not None:
            self._play = self._play or self._given_play
            return
        if self._mixer is None and not self._stream_tried:
            self._open_stream()
        if self._mixer is not None:
            return
        self._load_playsound(give_up=True)

    def _open_stream(self) -> None:
        self._stream_tried = True
        factory = self._stream
        if factory is None:
            return
        try:
            if factory == "auto":
                argv = stream_command()
                if argv is None:
                    return
                process = ProcessOut(argv)
                if not process.probe():
                    logger.info("%s exited at once; no mixed stream", process.name)
                    return
                out: PcmOut = process
            else:
                out = factory()
        except (OSError, StreamError) as exc:
            logger.info("no mixed stream: %s", exc)
            return
        self._mixer = Mixer(out, self._now, STREAM_LATENCY.get(out.name, 0.020))
        self.backend = "stream"
        logger.info("sound through a mixed stream to %s", out.name)

    def _load_playsound(self, give_up: bool) -> None:
        """Import ``playsound3``; without a backend, ``give_up`` says whether sound is off."""
        tag_environment()
        try:
            module: ModuleType = importlib.import_module("playsound3")
        except Exception as exc:  # noqa: BLE001 - probing runs programs that may fail
            logger.warning("playsound3 cannot be used: %s", exc)
            if give_up:
                self._fail(NO_BACKEND)
            return
        backend = getattr(module, "DEFAULT_BACKEND", None)
        if not backend:
            if give_up:
                self._fail(NO_BACKEND)
            return
        playsound = module.playsound

        def play(path: str) -> Handle:
            handle: Handle = playsound(path, block=False, backend=backend)
            return handle

        if self._mixer is None:
            self.backend = str(backend)
        self._play = play
        logger.info("sound through playsound3 backend %s", backend)

    def _fail(self, message: str, **fields: object) -> None:
        """Switch sound off and tell why once: ``message`` is a notice above, with its fields."""
        if self.notice is not None:
            return
        text = translate("audio", message).format(**fields)
        self.notice = text
        self._prompts.clear()
        self._inbox.clear()
        logger.warning("%s", message.format(**fields))
        if self.on_notice is not None:
            try:
                self.on_notice(text)
            except Exception:  # noqa: BLE001 - a broken listener must not stop the timer
                logger.exception("on_notice failed")

    # -- files -------------------------------------------------------------

    def _length(self, path: Path) -> float:
        if path not in self._lengths:
            self._lengths[path] = wav_seconds(path)
        return self._lengths[path]

    def _scaled(self, source: Path) -> Path | None:
        """Return the copy of ``source`` at the current volume (``source`` itself at 100)."""
        level = self._volume
        if level >= 100:
            return source
        if level <= 0:
            return None
        try:
            digest = self._digests.get(source)
            if digest is None:
                digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
                self._digests[source] = digest
            target = self._cache / "volume" / str(level) / f"{source.stem}-{digest}.wav"
            if not target.is_file():
                scale_wav(source, target, gain(level))
            return target
        except (OSError, wave.Error, EOFError) as exc:
            logger.warning("cannot scale %s to volume %d: %s", source, level, exc)
            return source

    def scaled_path(self, source: Path) -> Path | None:
        """Return the file actually played for ``source`` at the current volume."""
        return self._scaled(source)

    # -- worker ------------------------------------------------------------

    def _prewarm(self) -> None:
        with self._work:
            self._load()
            self._scale_tones()

    def _scale_tones(self) -> None:
        """Make the tones' copies for the current volume before any cue needs one."""
        self._rescale = False
        if not self._working() or self._volume in (0, 100):
            return
        for name in TONES:
            with contextlib.suppress(resources.ResourceError, OSError):
                self._scaled(self._tone_path(name))

    def _wake(self) -> None:
        with self._cond:
            self._cond.notify_all()

    def _run(self) -> None:
        self._prewarm()
        while True:
            try:
                wake_at = self.poll()
            except Exception:  # noqa: BLE001 - the worker must outlive one bad sound
                logger.exception("audio worker")
                wake_at = None
            with self._cond:
                if self._closing:
                    return
                if self._inbox or self._stop_all or self._rescale or self._retrying:
                    continue
                timeout = None if wake_at is None else max(0.0, wake_at - self._now())
                # close() and play() notify; the loop looks at _closing first.
                self._cond.wait(timeout)
