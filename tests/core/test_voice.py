"""The voice cache: each prompt rendered once, reused, and rebuilt when it changes.

``espeak-ng`` is replaced by a fake that writes a WAV where the real one
would, so the tests see exactly how often it runs and with what arguments
(never a shell, the text after ``--``). One test renders a real prompt when
``espeak-ng`` is installed; in CI it must be, so there the test fails rather
than skips when it is missing.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
import wave
from array import array
from pathlib import Path
from typing import Any

import pytest

from hiptimer import voice as voice_module
from hiptimer.voice import TARGET_PEAK, VOICE_NOTICE, Voice


class FakeEspeak:
    """Stands in for ``subprocess.run``: writes a short WAV to the ``-w`` file."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.fail = False

    def __call__(self, argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        assert isinstance(argv, list), "argv must be a list: no shell"
        assert not kwargs.get("shell")
        self.calls.append(argv)
        if self.fail:
            raise subprocess.CalledProcessError(1, argv, stderr=b"espeak-ng: broken")
        out = Path(argv[argv.index("-w") + 1])
        text = argv[argv.index("--") + 1]
        samples = array("h", (int(8000 * math.sin(i / 5)) for i in range(200 * len(text))))
        if sys.byteorder == "big":
            samples.byteswap()
        with wave.open(str(out), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(22050)
            wav.writeframes(samples.tobytes())
        return subprocess.CompletedProcess(argv, 0, b"", b"")

    def texts(self) -> list[str]:
        return [argv[argv.index("--") + 1] for argv in self.calls]


@pytest.fixture
def espeak(monkeypatch: pytest.MonkeyPatch) -> FakeEspeak:
    fake = FakeEspeak()
    monkeypatch.setattr(voice_module.subprocess, "run", fake)
    monkeypatch.setattr(voice_module.shutil, "which",
                        lambda name: "/usr/bin/espeak-ng" if name == "espeak-ng" else None)
    return fake


def test_a_prompt_is_rendered_once_and_reused(espeak: FakeEspeak, tmp_path: Path) -> None:
    voice = Voice(tmp_path)
    first = voice.get("Clam shell, ten reps, left side")
    assert first is not None and first.is_file()
    assert first.parent == (tmp_path / "voice").resolve()
    assert voice.get("Clam shell, ten reps, left side") == first
    # A new run (a new Voice) finds it in the cache too.
    assert Voice(tmp_path).get("Clam shell, ten reps, left side") == first
    assert espeak.texts() == ["Clam shell, ten reps, left side"]


def test_a_changed_text_or_setting_is_rendered_anew(espeak: FakeEspeak, tmp_path: Path) -> None:
    voice = Voice(tmp_path)
    old = voice.get("rest — next up: glute bridge")
    new = voice.get("rest — next up: side lunge")
    slower = Voice(tmp_path, speed=120).get("rest — next up: side lunge")
    assert len({old, new, slower}) == 3
    assert espeak.texts() == [
        "rest — next up: glute bridge", "rest — next up: side lunge", "rest — next up: side lunge",
    ]
    assert "120" in espeak.calls[-1]
    assert old is not None and old.is_file()  # the old file stays: a cache, not a log


def test_the_cache_name_is_the_hash_of_settings_and_text(tmp_path: Path) -> None:
    voice = Voice(tmp_path, render=lambda text, out: None)
    path = voice.path("switch sides")
    assert len(path.stem) == 64 and all(c in "0123456789abcdef" for c in path.stem)
    assert voice.path("switch sides") == path
    assert voice.path("switch sides!") != path


def test_text_that_looks_like_an_option_is_spoken_not_obeyed(
    espeak: FakeEspeak, tmp_path: Path
) -> None:
    Voice(tmp_path).get("-w /etc/passwd --help")
    argv = espeak.calls[0]
    assert argv[0] == "espeak-ng"
    assert argv[-2:] == ["--", "-w /etc/passwd --help"]
    assert argv[argv.index("-w") + 1].startswith("/")
    assert argv.count("-w") == 1


def test_rendering_is_atomic_and_a_failure_leaves_nothing(
    espeak: FakeEspeak, tmp_path: Path
) -> None:
    voice = Voice(tmp_path)
    espeak.fail = True
    assert voice.get("halfway") is None
    assert voice.get("halfway") is None  # not retried on every cue
    assert len(espeak.calls) == 1
    assert list((tmp_path / "voice").iterdir()) == []  # no torn or temporary file
    voice.refresh()
    espeak.fail = False
    assert voice.get("halfway") is not None
    assert [p.name for p in (tmp_path / "voice").iterdir()] == [voice.path("halfway").name]


def test_rendered_prompts_are_as_loud_as_the_tones(espeak: FakeEspeak, tmp_path: Path) -> None:
    path = Voice(tmp_path).get("go")
    assert path is not None
    with wave.open(str(path), "rb") as wav:
        samples = array("h", wav.readframes(wav.getnframes()))
    assert max(abs(s) for s in samples) == TARGET_PEAK


def test_prepare_renders_a_whole_plan_in_the_background(
    espeak: FakeEspeak, tmp_path: Path
) -> None:
    voice = Voice(tmp_path)
    texts = ["switch sides", "halfway", "switch sides", "", "last one"]
    thread = voice.prepare(texts)
    assert thread is not None and thread.daemon
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert sorted(espeak.texts()) == ["halfway", "last one", "switch sides"]
    assert all(voice.path(t).is_file() for t in ("halfway", "last one", "switch sides"))


def test_without_espeak_there_is_no_voice_and_a_hint(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(voice_module.shutil, "which", lambda name: None)

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("espeak-ng must not be run when it is missing")

    monkeypatch.setattr(voice_module.subprocess, "run", never)
    voice = Voice(tmp_path)
    assert not voice_module.available()
    assert not voice.available
    assert voice.notice == VOICE_NOTICE
    assert voice.get("switch sides") is None
    assert voice.prepare(["switch sides"]) is None


def test_real_espeak_renders_a_valid_spoken_prompt(tmp_path: Path) -> None:
    if shutil.which("espeak-ng") is None:
        if os.environ.get("CI"):
            pytest.fail("espeak-ng is missing in CI: add it to tools/ci-apt-packages.txt")
        pytest.skip("espeak-ng is not installed")
    voice = Voice(tmp_path)
    path = voice.get("Clam shell, ten reps, left side")
    assert path is not None
    with wave.open(str(path), "rb") as wav:
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        rate = wav.getframerate()
        frames = wav.getnframes()
        samples = array("h", wav.readframes(frames))
    if sys.byteorder == "big":
        samples.byteswap()
    assert 1.0 < frames / rate < 5.0
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    assert rms > 0.02 * 32767, "the prompt is silent"
    assert max(abs(s) for s in samples) == TARGET_PEAK
    assert voice.renders == 1
    assert Voice(tmp_path).get("Clam shell, ten reps, left side") == path
