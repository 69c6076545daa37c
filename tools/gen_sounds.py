"""Synthesise hiptimer's cue sounds into ``assets/sounds/`` as small WAV files.

The cues (get ready, go, rep tick, last-three-seconds beep, halfway, switch
sides, rest, next round, done) are soft bell and marimba tones built from a few
decaying sine partials, so they can be regenerated, tuned and reviewed as code
instead of being opaque binaries. Output is 44.1 kHz, 16-bit, mono.

The files are byte-for-byte reproducible: there is no randomness and no
timestamp, and the synthesis uses only IEEE-754 basic arithmetic (``+ - * /``),
never the platform's ``libm`` (``sin``, ``exp``, ``pow`` may differ in the last
bit between C libraries), so the same WAVs come out on any machine. Run
``python tools/gen_sounds.py`` (or ``--out DIR``) after changing a cue.
"""

from __future__ import annotations

import argparse
import math
import wave
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44_100
FULL_SCALE = 32_767
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"

# 10 ** (-1 / 20) and 10 ** (-12 / 20), written out so no pow() is involved.
MINUS_1_DBFS = 0.8912509381337456
MINUS_12_DBFS = 0.25118864315095796

_PI = 3.141592653589793
_TAU = 6.283185307179586

# Equal-tempered pitches (A4 = 440 Hz), in Hz.
G4 = 392.00
A_SHARP4 = 466.16
B4 = 493.88
C5 = 523.25
D5 = 587.33
E5 = 659.26
F5 = 698.46
G5 = 783.99
A5 = 880.00
B5 = 987.77
C6 = 1046.50
D6 = 1174.66
E6 = 1318.51


@dataclass(frozen=True, slots=True)
class Partial:
    """One sine component of a timbre, relative to the note's fundamental."""

    ratio: float
    level: float
    decay: float  # multiplies the note's decay time; < 1 dies away faster


@dataclass(frozen=True, slots=True)
class Note:
    """One struck tone inside a cue."""

    start: float  # seconds from the start of the cue
    freq: float  # fundamental, Hz
    amp: float  # relative loudness before the cue is normalised
    tau: float  # decay time constant of the fundamental, seconds
    timbre: tuple[Partial, ...]
    attack: float = 0.004  # seconds of smooth rise
    length: float | None = None  # damp the note after this long; None: ring on
    release: float = 0.02  # seconds of smooth fall when the note is damped


@dataclass(frozen=True, slots=True)
class Cue:
    """A whole cue sound: its file name, length, target peak and notes."""

    name: str
    duration: float  # seconds
    peak: float  # target peak as a fraction of full scale
    notes: tuple[Note, ...]
    fade_in: float = 0.004
    fade_out: float = 0.02


# Timbres. The upper partials decay faster than the fundamental, which is what
# makes a struck bar or bell sound mellow rather than buzzy.
BELL = (
    Partial(1.0, 1.0, 1.0),
    Partial(2.0, 0.30, 0.6),
    Partial(3.0, 0.10, 0.4),
    Partial(4.2, 0.05, 0.25),
    Partial(5.4, 0.025, 0.18),
)
SOFT_BELL = (
    Partial(1.0, 1.0, 1.0),
    Partial(2.0, 0.18, 0.5),
    Partial(3.0, 0.05, 0.3),
)
MARIMBA = (
    Partial(1.0, 1.0, 1.0),
    Partial(4.0, 0.22, 0.25),
    Partial(10.0, 0.05, 0.1),
)
BRIGHT = (
    Partial(1.0, 1.0, 1.0),
    Partial(2.0, 0.45, 0.7),
    Partial(3.0, 0.28, 0.5),
    Partial(4.0, 0.14, 0.4),
    Partial(5.0, 0.07, 0.3),
)
WOOD = (
    Partial(1.0, 1.0, 1.0),
    Partial(2.76, 0.45, 0.6),
    Partial(5.4, 0.15, 0.35),
)
BEEP = (
    Partial(1.0, 1.0, 1.0),
    Partial(2.0, 0.12, 1.0),
    Partial(3.0, 0.04, 1.0),
)
HORN = (
    Partial(1.0, 1.0, 1.0),
    Partial(2.0, 0.55, 0.9),
    Partial(3.0, 0.35, 0.8),
    Partial(4.0, 0.18, 0.7),
    Partial(5.0, 0.09, 0.6),
    Partial(6.0, 0.04, 0.5),
)


def _cues() -> tuple[Cue, ...]:
    """Return every cue the player looks up, in the order they are written."""
    return (
        Cue(
            "get-ready",
            0.50,
            MINUS_1_DBFS,
            (
                Note(0.00, G4, 0.80, 0.28, BELL, attack=0.008),
                Note(0.18, C5, 1.00, 0.30, BELL, attack=0.008),
            ),
        ),
        Cue(
            "go",
            0.45,
            MINUS_1_DBFS,
            (
                # Quick staccato run up to a ringing top note: energetic.
                Note(0.000, C5, 0.80, 0.09, BRIGHT),
                Note(0.050, E5, 0.80, 0.09, BRIGHT),
                Note(0.100, G5, 0.85, 0.09, BRIGHT),
                Note(0.150, C6, 1.00, 0.22, BRIGHT),
            ),
        ),
        Cue(
            "tick",
            0.06,
            MINUS_12_DBFS,
            (Note(0.0, 1000.0, 1.0, 0.012, WOOD, attack=0.003),),
            fade_in=0.003,
            fade_out=0.01,
        ),
        Cue(
            "countdown",
            0.15,
            MINUS_1_DBFS,
            (Note(0.0, A5, 1.0, 0.2, BEEP, attack=0.005, length=0.15, release=0.03),),
            fade_out=0.01,
        ),
        Cue(
            "halfway",
            0.40,
            MINUS_1_DBFS,
            (
                Note(0.00, E6, 0.85, 0.12, SOFT_BELL, attack=0.006),
                Note(0.15, E6, 0.85, 0.14, SOFT_BELL, attack=0.006),
            ),
        ),
        Cue(
            "switch",
            0.40,
            MINUS_1_DBFS,
            (
                Note(0.00, F5, 0.9, 0.09, MARIMBA, length=0.12),
                Note(0.12, A_SHARP4, 1.0, 0.09, MARIMBA, length=0.12),
                Note(0.24, F5, 0.9, 0.10, MARIMBA),
            ),
        ),
        Cue(
            "rest",
            0.60,
            MINUS_1_DBFS,
            (
                Note(0.00, G5, 0.80, 0.30, SOFT_BELL, attack=0.012),
                Note(0.14, E5, 0.80, 0.30, SOFT_BELL, attack=0.012),
                Note(0.28, C5, 0.85, 0.35, SOFT_BELL, attack=0.012),
            ),
            fade_in=0.006,
            fade_out=0.04,
        ),
        Cue(
            "round",
            0.70,
            MINUS_1_DBFS,
            (
                Note(0.00, D5, 0.75, 0.40, HORN, attack=0.012, length=0.10),
                Note(0.12, D5, 0.75, 0.40, HORN, attack=0.012, length=0.10),
                Note(0.24, A5, 1.00, 0.35, HORN, attack=0.015),
            ),
            fade_out=0.04,
        ),
        Cue(
            "done",
            1.20,
            MINUS_1_DBFS,
            (
                Note(0.00, G4, 0.70, 0.30, BELL),
                Note(0.10, B4, 0.70, 0.30, BELL),
                Note(0.20, D5, 0.70, 0.30, BELL),
                Note(0.30, G5, 0.75, 0.30, BELL),
                Note(0.40, B5, 0.80, 0.30, BELL),
                # Final chord, rung a touch softer per voice so it sums evenly.
                Note(0.55, G5, 0.45, 0.45, BELL),
                Note(0.55, B5, 0.45, 0.45, BELL),
                Note(0.55, D6, 0.50, 0.45, BELL),
            ),
            fade_out=0.08,
        ),
    )


CUES: tuple[Cue, ...] = _cues()
CUE_NAMES: tuple[str, ...] = tuple(cue.name for cue in CUES)


def _sin(x: float) -> float:
    """Return sin(x) using only basic arithmetic (reduced to [-pi, pi])."""
    x -= _TAU * math.floor((x + _PI) / _TAU)
    term = x
    total = x
    x2 = x * x
    for k in range(1, 15):
        term *= -x2 / ((2 * k) * (2 * k + 1))
        total += term
    return total


def _cos(x: float) -> float:
    """Return cos(x) using only basic arithmetic."""
    return _sin(x + _PI / 2)


def _exp_small(x: float) -> float:
    """Return exp(x) for |x| <= 1 from its Taylor series."""
    if abs(x) > 1.0:
        raise ValueError(f"_exp_small needs |x| <= 1, got {x}")
    term = 1.0
    total = 1.0
    for k in range(1, 25):
        term *= x / k
        total += term
    return total


def _smoothstep(t: float) -> float:
    """Return a smooth 0-to-1 ramp for t in [0, 1] (zero slope at both ends)."""
    return t * t * (3.0 - 2.0 * t)


def _render_note(note: Note, buffer: list[float]) -> None:
    """Add one note's decaying partials into ``buffer`` (in place)."""
    first = round(note.start * SAMPLE_RATE)
    end = len(buffer)
    if note.length is not None:
        end = min(end, first + round(note.length * SAMPLE_RATE))
    count = end - first
    if count <= 0:
        return

    # Shape shared by all partials: smooth attack, and a smooth damping at the
    # end when the note is cut short, so neither edge clicks.
    shape = [1.0] * count
    attack = max(1, round(note.attack * SAMPLE_RATE))
    for i in range(min(attack, count)):
        shape[i] = _smoothstep(i / attack)
    if note.length is not None:
        release = max(1, round(note.release * SAMPLE_RATE))
        for i in range(max(0, count - release), count):
            shape[i] *= _smoothstep((count - 1 - i) / release)

    for partial in note.timbre:
        freq = note.freq * partial.ratio
        if freq >= 0.45 * SAMPLE_RATE:
            continue
        omega = _TAU * freq / SAMPLE_RATE
        r = _exp_small(-1.0 / (SAMPLE_RATE * note.tau * partial.decay))
        # Damped oscillator: y[n] = r**n * sin(omega * n) from one recurrence,
        # two multiplications per sample and nothing from libm.
        a1 = 2.0 * r * _cos(omega)
        a2 = r * r
        level = note.amp * partial.level
        prev = 0.0
        cur = r * _sin(omega)
        for i in range(1, count):
            buffer[first + i] += level * cur * shape[i]
            prev, cur = cur, a1 * cur - a2 * prev


def render(cue: Cue) -> array[int]:
    """Return the 16-bit samples of ``cue``, faded at both ends and normalised."""
    total = round(cue.duration * SAMPLE_RATE)
    buffer = [0.0] * total
    for note in cue.notes:
        _render_note(note, buffer)

    fade_in = max(1, round(cue.fade_in * SAMPLE_RATE))
    for i in range(min(fade_in, total)):
        buffer[i] *= _smoothstep(i / fade_in)
    fade_out = max(1, round(cue.fade_out * SAMPLE_RATE))
    for i in range(max(0, total - fade_out), total):
        buffer[i] *= _smoothstep((total - 1 - i) / fade_out)

    peak = max(abs(v) for v in buffer)
    if peak == 0.0:
        raise ValueError(f"cue {cue.name!r} rendered to silence")
    scale = cue.peak * FULL_SCALE / peak
    # round() is half-to-even on every platform, so quantising is reproducible.
    return array("h", (max(-FULL_SCALE, min(FULL_SCALE, round(v * scale))) for v in buffer))


def write_wav(path: Path, samples: array[int]) -> None:
    """Write mono 16-bit ``samples`` to ``path`` as a WAV file."""
    # wave stores 16-bit frames little-endian and swaps them itself on
    # big-endian machines, so native-order bytes are what it expects.
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(samples.tobytes())


def main(argv: Sequence[str] | None = None) -> int:
    """Render every cue into the output folder and return the exit status."""
    parser = argparse.ArgumentParser(
        description="Synthesise hiptimer's cue sounds as 44.1 kHz 16-bit mono WAVs."
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"folder to write the WAV files to (default: {DEFAULT_OUT})",
    )
    args = parser.parse_args(argv)
    out_dir: Path = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    for cue in CUES:
        path = out_dir / f"{cue.name}.wav"
        write_wav(path, render(cue))
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
