"""Check the committed cue sounds in ``assets/sounds/`` and their generator.

Every cue the player looks up must be a sane 44.1 kHz 16-bit mono WAV of the
right length and level, free of clicks at its ends, distinct from the others,
and exactly what ``tools/gen_sounds.py`` produces today, so the WAVs in git
never drift from the code that describes them.
"""

from __future__ import annotations

import importlib.util
import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SOUNDS_DIR = REPO_ROOT / "assets" / "sounds"
GENERATOR = REPO_ROOT / "tools" / "gen_sounds.py"

# Cue name -> accepted duration range in seconds.
EXPECTED_DURATIONS: dict[str, tuple[float, float]] = {
    "get-ready": (0.40, 0.60),
    "go": (0.35, 0.55),
    "tick": (0.03, 0.09),
    "countdown": (0.10, 0.20),
    "halfway": (0.30, 0.50),
    "switch": (0.30, 0.50),
    "rest": (0.50, 0.75),
    "round": (0.55, 0.85),
    "done": (1.00, 1.40),
}
FULL_SCALE = 32767
MIN_RMS = 0.01 * FULL_SCALE  # about -40 dBFS: anything quieter is "silent"
EDGE_LIMIT = 64  # first/last sample magnitude allowed (about -54 dBFS)
EDGE_WINDOW = 44  # about 1 ms at each end must stay small too
EDGE_WINDOW_LIMIT = 0.1 * FULL_SCALE


def _load_generator() -> ModuleType:
    """Import ``tools/gen_sounds.py`` by path; ``tools/`` is not a package."""
    spec = importlib.util.spec_from_file_location("gen_sounds", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered so dataclasses can resolve the module while it executes.
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


@dataclass(frozen=True)
class WavFile:
    """What the tests need from one WAV file: its header and its samples."""

    framerate: int
    sampwidth: int
    nchannels: int
    comptype: str
    nframes: int
    samples: array[int]


def _read(path: Path) -> WavFile:
    """Return the header fields and the 16-bit samples of a WAV file."""
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        frames = wav.readframes(params.nframes)
    samples = array("h")
    # wave hands back native byte order (it swaps on big-endian machines).
    if params.sampwidth == 2:
        samples.frombytes(frames)
    return WavFile(
        framerate=params.framerate,
        sampwidth=params.sampwidth,
        nchannels=params.nchannels,
        comptype=params.comptype,
        nframes=params.nframes,
        samples=samples,
    )


def _dbfs(value: float) -> float:
    """Return ``value`` (in sample units) in dB relative to full scale."""
    return 20 * math.log10(value / FULL_SCALE)


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    """Provide the generator module, imported once for this file."""
    return _load_generator()


def test_generator_knows_exactly_the_expected_cues(generator: ModuleType) -> None:
    """The generator writes the same set of cues the tests expect."""
    assert set(generator.CUE_NAMES) == set(EXPECTED_DURATIONS)


@pytest.mark.parametrize("name", sorted(EXPECTED_DURATIONS))
def test_cue_file_is_a_clean_wav(name: str) -> None:
    """Each cue exists, has the right format and length, and is clean."""
    path = SOUNDS_DIR / f"{name}.wav"
    assert path.is_file(), f"missing {path}"
    params = _read(path)
    samples = params.samples

    assert params.framerate == 44100
    assert params.sampwidth == 2
    assert params.nchannels == 1
    assert params.comptype == "NONE"
    assert len(samples) == params.nframes > 0

    low, high = EXPECTED_DURATIONS[name]
    duration = params.nframes / params.framerate
    assert low <= duration <= high, f"{name}: {duration:.3f} s"

    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    assert rms > MIN_RMS, f"{name}: RMS {rms:.0f} is too quiet"

    peak = max(abs(s) for s in samples)
    assert peak < FULL_SCALE, f"{name}: clipped"
    target = -12.0 if name == "tick" else -1.0
    assert abs(_dbfs(peak) - target) < 1.0, f"{name}: peak {_dbfs(peak):.1f} dBFS"

    assert abs(samples[0]) <= EDGE_LIMIT, f"{name}: starts with a click"
    assert abs(samples[-1]) <= EDGE_LIMIT, f"{name}: ends with a click"
    head = max(abs(s) for s in samples[:EDGE_WINDOW])
    tail = max(abs(s) for s in samples[-EDGE_WINDOW:])
    assert head < EDGE_WINDOW_LIMIT, f"{name}: no fade-in"
    assert tail < EDGE_WINDOW_LIMIT, f"{name}: no fade-out"


def test_cues_are_all_different() -> None:
    """No two cues share the same audio."""
    contents = {name: (SOUNDS_DIR / f"{name}.wav").read_bytes() for name in EXPECTED_DURATIONS}
    assert len(set(contents.values())) == len(contents)


def test_regenerating_reproduces_committed_files(
    generator: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Running the generator again yields the committed files byte for byte."""
    assert generator.main(["--out", str(tmp_path)]) == 0
    capsys.readouterr()
    for name in EXPECTED_DURATIONS:
        fresh = (tmp_path / f"{name}.wav").read_bytes()
        committed = (SOUNDS_DIR / f"{name}.wav").read_bytes()
        assert fresh == committed, f"{name}.wav is stale: run `python tools/gen_sounds.py`"
