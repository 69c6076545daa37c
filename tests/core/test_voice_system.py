"""The systems' own voices (SAPI, ``say``) and the language prompts are spoken in.

Neither Windows nor macOS is here, so the programs are faked: a fake runner
records the argv, stdin, environment and time limit each process is given
and writes the WAV files the real one would (or hangs, fails, writes
garbage). What is checked is what is sent, that a runner's text never
reaches anything parsed as code or options, that the files end up in the
cache (and the scratch folder is gone), and the order Piper, espeak-ng,
system voice, tones.
"""

from __future__ import annotations

import base64
import math
import shutil
import subprocess
import sys
import wave
from array import array
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from hiptimer import i18n, voice_system
from hiptimer import voice as voice_module
from hiptimer.voice import VOICE_NOTICE, Piper, Voice, find_voice, model_language
from hiptimer.voice_system import (
    ENV_LANGUAGE,
    ENV_OUT,
    ENV_TEXTS,
    ENV_VOICE,
    SAPI_SCRIPT,
    SYSTEM_TIMEOUT,
    SYSTEM_TIMEOUT_PER_PROMPT,
    Sapi,
    Say,
    parse_say_voices,
    pick_say_voice,
    system_voice,
)

HOSTILE = "Say \"hi\"; $(Remove-Item C:\\ -Recurse) `whoami` & -v Zarvox"


def write_wav(path: Path, seconds: float = 0.2, rate: int = 22050) -> None:
    samples = array("h", (int(6000 * math.sin(i / 7)) for i in range(int(seconds * rate))))
    if sys.byteorder == "big":
        samples.byteswap()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(samples.tobytes())


class FakePowerShell:
    """Stands in for powershell: one WAV per line of HIPTIMER_SAY_TEXTS in HIPTIMER_SAY_OUT."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], bytes, float, dict[str, str]]] = []
        self.mode = "ok"  # or "hang", "crash", "garbage", "one-then-crash"

    def __call__(self, argv: Sequence[str], stdin: bytes, timeout: float,
                 env: Mapping[str, str] | None = None) -> int:
        assert env is not None
        self.calls.append((list(argv), stdin, timeout, dict(env)))
        if self.mode == "hang":
            raise subprocess.TimeoutExpired(list(argv), timeout)
        if self.mode == "crash":
            return 1
        folder = Path(env[ENV_OUT])
        for index, _line in enumerate(env[ENV_TEXTS].split("\n")):
            out = folder / f"{index}.wav"
            if self.mode == "garbage":
                out.write_bytes(b"RIFF nothing")
            else:
                write_wav(out)
            if self.mode == "one-then-crash":
                return 2
        return 0

    def texts(self) -> list[str]:
        return [line for *_, env in self.calls for line in env[ENV_TEXTS].split("\n")]


class FakeSay:
    """Stands in for ``say``: writes a WAV to the ``-o`` file; lists voices for ``-v ?``."""

    LISTING = (
        "Albert              en_US    # Hello! My name is Albert.\n"
        "Alex                en_US    # Most people recognize me by my voice.\n"
        "Anna                de_DE    # Hallo, ich heiße Anna.\n"
        "Eddy (German (Germany)) de_DE    # Hallo! Ich heiße Eddy.\n"
        "Amélie              fr_CA    # Bonjour, je m’appelle Amélie.\n"
        "Mónica              es_ES    # Hola, me llamo Mónica.\n"
        "garbage line without a locale\n"
    )

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], bytes, float, Mapping[str, str] | None]] = []
        self.queries: list[tuple[list[str], float]] = []
        self.status = 0

    def __call__(self, argv: Sequence[str], stdin: bytes, timeout: float,
                 env: Mapping[str, str] | None = None) -> int:
        self.calls.append((list(argv), stdin, timeout, env))
        if self.status == 0:
            write_wav(Path(argv[argv.index("-o") + 1]))
        return self.status

    def query(self, argv: Sequence[str], timeout: float) -> str:
        self.queries.append((list(argv), timeout))
        return self.LISTING


@pytest.fixture
def no_espeak(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("espeak-ng must not be run when it is missing")

    monkeypatch.setattr(voice_module.shutil, "which", lambda name: None)
    monkeypatch.setattr(voice_module.subprocess, "run", never)


def sapi_voice(tmp_path: Path, **kwargs: Any) -> tuple[Voice, FakePowerShell]:
    fake = FakePowerShell()
    engine = Sapi(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe", run=fake)
    return Voice(tmp_path, system=engine, **kwargs), fake


# -- which system voice ------------------------------------------------------


def test_each_platform_tries_only_its_own_voice() -> None:
    asked: list[str] = []

    def which(name: str) -> str | None:
        asked.append(name)
        return f"/found/{name}"

    windows = system_voice("win32", which)
    assert isinstance(windows, Sapi) and windows.program == "/found/powershell"
    mac = system_voice("darwin", which)
    assert isinstance(mac, Say) and mac.program == "/found/say"
    assert system_voice("linux", which) is None
    assert asked == ["powershell", "say"]  # Linux asks for neither
    assert system_voice("win32", lambda name: None) is None
    assert system_voice("darwin", lambda name: None) is None


def test_auto_finds_the_system_voice_of_the_platform(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(voice_system.shutil, "which",
                        lambda name: "/usr/bin/say" if name == "say" else None)
    assert isinstance(Voice.auto(tmp_path, platform="darwin").system, Say)
    assert Voice.auto(tmp_path, platform="win32").system is None
    assert Voice.auto(tmp_path, platform="linux").system is None


# -- SAPI through PowerShell ---------------------------------------------------


def test_sapi_gets_the_texts_as_data_never_as_code(no_espeak: None, tmp_path: Path) -> None:
    voice, fake = sapi_voice(tmp_path, language="de")
    assert voice.engine == "system" and voice.engines() == ["system", "tones"]
    texts = ["Muschel, zehn\nWiederholungen", HOSTILE, "Halbzeit"]
    assert voice.render_system(texts) == 3
    [(argv, stdin, timeout, env)] = fake.calls
    assert argv[:5] == [r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                        "-NoProfile", "-NonInteractive", "-NoLogo", "-EncodedCommand"]
    assert len(argv) == 6
    # The script is the fixed one, whatever the texts: they are only in the environment.
    assert base64.b64decode(argv[5]).decode("utf-16-le") == SAPI_SCRIPT
    assert not any("Remove-Item" in a or "Halbzeit" in a for a in argv)
    assert stdin == b""
    assert env[ENV_TEXTS] == f"Muschel, zehn Wiederholungen\n{HOSTILE}\nHalbzeit"
    assert env[ENV_LANGUAGE] == "de" and env[ENV_VOICE] == ""
    assert Path(env[ENV_OUT]).parent == (tmp_path / "voice").resolve()
    assert "PATH" in env or "Path" in env  # the rest of the environment is kept
    assert timeout == pytest.approx(SYSTEM_TIMEOUT + 3 * SYSTEM_TIMEOUT_PER_PROMPT)
    for text in texts:
        assert voice.get(text) == voice.path(text, "system")
        assert voice.path(text, "system").is_file()
    # Released: the scratch folder the script wrote into is gone.
    assert not Path(env[ENV_OUT]).exists()
    assert not list((tmp_path / "voice").glob(".system-*"))
    assert voice.render_system(texts) == 0 and len(fake.calls) == 1  # cached


def test_the_script_reads_its_input_from_the_environment_and_releases_each_file() -> None:
    script = SAPI_SCRIPT
    assert "Add-Type -AssemblyName System.Speech" in script
    for name in (ENV_TEXTS, ENV_OUT, ENV_LANGUAGE, ENV_VOICE):
        assert f"$env:{name}" in script
    assert "TwoLetterISOLanguageName -eq $env:HIPTIMER_SAY_LANGUAGE" in script
    # Each file is let go (SetOutputToNull) right after its Speak, even when it fails.
    speak = script.index("$synth.Speak($texts[$i])")
    assert script.index("SetOutputToWaveFile") < speak < script.index("SetOutputToNull()")
    assert "finally { $synth.SetOutputToNull() }" in script
    assert script.rstrip().endswith("$synth.Dispose()\n}")
    # Nothing is expanded from a text: no Invoke-Expression, no SSML.
    assert "Invoke-Expression" not in script and "iex" not in script.lower().split()
    assert "SpeakSsml" not in script


def test_a_runners_own_sapi_voice_is_passed_by_name(no_espeak: None, tmp_path: Path) -> None:
    fake = FakePowerShell()
    voice = Voice(tmp_path, system=Sapi("powershell", voice="Microsoft Hedda Desktop",
                                        run=fake), language="de")
    voice.render_system(["los"])
    assert fake.calls[0][3][ENV_VOICE] == "Microsoft Hedda Desktop"


def test_sapi_renders_long_plans_in_batches(no_espeak: None, tmp_path: Path) -> None:
    voice, fake = sapi_voice(tmp_path)
    many = [f"prompt {i}" for i in range(voice_system.SAPI_BATCH + 2)]
    assert voice.render_system(many) == len(many)
    assert [len(env[ENV_TEXTS].split("\n")) for *_, env in fake.calls] == [
        voice_system.SAPI_BATCH, 2]


@pytest.mark.parametrize("mode", ["hang", "crash", "garbage"])
def test_a_system_voice_that_fails_is_given_up_with_one_notice(
    no_espeak: None, tmp_path: Path, mode: str
) -> None:
    notices: list[str] = []
    voice, fake = sapi_voice(tmp_path, on_notice=notices.append)
    fake.mode = mode
    assert voice.render_system(["go", "halfway"]) == 0
    assert voice.render_system(["switch sides"]) == 0
    assert len(fake.calls) == 1  # not tried again this session
    assert len(notices) == 1 and notices[0].startswith("The system's voice does not work (")
    assert notices[0].endswith("); tones only.")
    assert voice.notice == notices[0]
    assert voice.engine == "tones" and voice.get("go") is None
    assert not list((tmp_path / "voice").iterdir())  # nothing torn, no scratch left
    voice.refresh()
    assert voice.engine == "system" and voice.notice is None


def test_a_hung_sapi_says_how_long_it_was_waited_for(no_espeak: None, tmp_path: Path) -> None:
    notices: list[str] = []
    voice, fake = sapi_voice(tmp_path, on_notice=notices.append)
    fake.mode = "hang"
    voice.render_system(["go"])
    assert notices == [f"The system's voice does not work (no answer after "
                       f"{SYSTEM_TIMEOUT + SYSTEM_TIMEOUT_PER_PROMPT:.0f} s); tones only."]


def test_what_sapi_made_before_it_crashed_is_kept(no_espeak: None, tmp_path: Path) -> None:
    voice, fake = sapi_voice(tmp_path)
    fake.mode = "one-then-crash"
    assert voice.render_system(["go", "halfway"]) == 1
    assert voice.notice is None
    assert voice.get("go") == voice.path("go", "system")
    assert voice.get("halfway") is None
    assert voice.render_system(["halfway"]) == 0 and len(fake.calls) == 1  # not retried


# -- say on macOS --------------------------------------------------------------


def test_say_voices_are_read_from_its_listing() -> None:
    voices = parse_say_voices(FakeSay.LISTING)
    assert ("Eddy (German (Germany))", "de_DE") in voices
    assert ("Anna", "de_DE") in voices and len(voices) == 6
    assert pick_say_voice(voices, "de") == "Anna"
    assert pick_say_voice(voices, "en") == "Alex"  # Albert is a joke voice
    assert pick_say_voice(voices, "fr") == "Amélie"
    assert pick_say_voice(voices, "es") == "Mónica"
    assert pick_say_voice(voices, "it") == ""
    assert parse_say_voices("") == []


def test_say_gets_the_text_after_a_double_dash(no_espeak: None, tmp_path: Path) -> None:
    fake = FakeSay()
    engine = Say("/usr/bin/say", run=fake, query=fake.query)
    voice = Voice(tmp_path, system=engine, language="de")
    assert voice.engine == "system"
    assert voice.render_system(["-v Zarvox los", "[[rate 900]] Halbzeit"]) == 2
    assert fake.queries == [(["/usr/bin/say", "-v", "?"], voice_system.LIST_TIMEOUT)]
    (first, stdin, timeout, env), (second, *_) = fake.calls
    out = first[2]
    assert first == ["/usr/bin/say", "-o", out, "--data-format=LEI16@22050", "-r", "150",
                     "-v", "Anna", "--", "-v Zarvox los"]
    assert Path(out).is_absolute() and Path(out).parent.parent == (tmp_path / "voice").resolve()
    assert stdin == b"" and env is None and timeout == SYSTEM_TIMEOUT
    assert second[-2:] == ["--", "[ [rate 900]] Halbzeit"]  # no embedded command
    assert voice.get("-v Zarvox los") == voice.path("-v Zarvox los", "system")
    assert not Path(out).exists()  # moved into the cache, scratch folder gone
    # The voice list is asked for once; in another language another voice speaks.
    voice._language = "es"
    voice.render_system(["vamos"])
    assert fake.calls[-1][0][-4:] == ["-v", "Mónica", "--", "vamos"]
    assert len(fake.queries) == 1


def test_say_without_a_voice_of_the_language_uses_the_default(tmp_path: Path) -> None:
    fake = FakeSay()
    engine = Say("/usr/bin/say", run=fake, query=fake.query)
    argv = engine.command("andiamo", tmp_path / "0.wav", "it")
    assert "-v" not in argv and argv[-2:] == ["--", "andiamo"]
    own = Say("/usr/bin/say", voice="Zarvox", run=fake, query=fake.query)
    assert own.command("go", tmp_path / "0.wav", "de")[-4:] == ["-v", "Zarvox", "--", "go"]


def test_a_failing_say_costs_its_prompt_and_all_failing_gives_up(
    no_espeak: None, tmp_path: Path
) -> None:
    fake = FakeSay()
    fake.status = 1
    notices: list[str] = []
    voice = Voice(tmp_path, system=Say("say", run=fake, query=fake.query),
                  on_notice=notices.append)
    assert voice.render_system(["go"]) == 0
    assert notices == ["The system's voice does not work (exit status 1); tones only."]


# -- the order of engines ------------------------------------------------------


def test_espeak_comes_before_the_system_voice(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(voice_module.shutil, "which",
                        lambda name: "/usr/bin/espeak-ng" if name == "espeak-ng" else None)
    voice, fake = sapi_voice(tmp_path, render=lambda text, out: write_wav(out))
    assert voice.engines() == ["espeak-ng", "system", "tones"]
    assert voice.engine == "espeak-ng"
    thread = voice.prepare(["go"])
    assert thread is not None
    thread.join(timeout=10)
    assert fake.calls == []  # espeak-ng speaks: the system voice is not run
    assert voice.choose("system") == "system"
    # Chosen, it renders ahead; until then espeak-ng speaks at once.
    assert voice.get("halfway") == voice.path("halfway", "espeak-ng")
    thread = voice.prepare(["halfway"])
    assert thread is not None
    thread.join(timeout=10)
    assert voice.get("halfway") == voice.path("halfway", "system")


def test_without_any_engine_the_system_voice_falls_through_to_tones(
    no_espeak: None, tmp_path: Path
) -> None:
    voice = Voice(tmp_path, system=None)
    assert voice.engines() == ["tones"] and voice.notice == VOICE_NOTICE
    gone = Voice(tmp_path, system=Sapi("", run=FakePowerShell()))
    assert gone.engines() == ["tones"] and gone.prepare(["go"]) is None
    assert gone.choose("system") == "tones"


def test_the_system_voice_alone_speaks_only_what_it_has_made(
    no_espeak: None, tmp_path: Path
) -> None:
    voice, fake = sapi_voice(tmp_path)
    assert voice.get("go") is None  # never rendered on the cue's own time
    assert fake.calls == []
    thread = voice.prepare(["go", "go", ""])
    assert thread is not None
    thread.join(timeout=10)
    assert fake.texts() == ["go"]
    assert voice.ready("go") == voice.get("go") == voice.path("go", "system")


class FakePiper:
    def __init__(self, mode: str = "ok") -> None:
        self.mode = mode
        self.calls = 0

    def __call__(self, argv: Sequence[str], stdin: bytes, timeout: float,
                 env: Mapping[str, str] | None = None) -> int:
        self.calls += 1
        if self.mode == "crash":
            return 1
        folder = Path(argv[argv.index("--output-dir") + 1])
        for index, _ in enumerate(stdin.decode().splitlines()):
            write_wav(folder / f"{1000 + index}.wav")
        return 0


def piper_model(folder: Path, name: str, config: str = "{}") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    model = folder / name
    model.write_bytes(b"onnx")
    model.with_name(name + ".json").write_text(config)
    return model


def test_without_espeak_the_system_voice_stands_in_for_piper(
    no_espeak: None, tmp_path: Path
) -> None:
    model = piper_model(tmp_path / "voices", "en_US-test-medium.onnx")
    piper = Piper(model, ["piper"], run=FakePiper())
    voice, fake = sapi_voice(tmp_path, piper=piper)
    assert voice.engines() == ["piper", "system", "tones"]
    thread = voice.prepare(["go"])
    assert thread is not None
    thread.join(timeout=10)
    assert fake.texts() == ["go"]  # the stand-in first, then Piper
    assert voice.get("go") == voice.path("go", "piper")
    assert voice.get("halfway") is None
    voice.render_system(["halfway"])
    assert voice.get("halfway") == voice.path("halfway", "system")


def test_a_broken_piper_says_the_system_voice_takes_over(
    no_espeak: None, tmp_path: Path
) -> None:
    model = piper_model(tmp_path / "voices", "en_US-test-medium.onnx")
    notices: list[str] = []
    voice, _ = sapi_voice(tmp_path, piper=Piper(model, ["piper"], run=FakePiper("crash")),
                          on_notice=notices.append)
    voice.render_piper(["go"])
    assert notices == ["The Piper voice en_US-test-medium does not work (exit status 1); "
                       "the prompts are spoken by the system's voice."]
    assert voice.engine == "system"


# -- the language --------------------------------------------------------------


class RecordingEspeak:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        self.calls.append(argv)
        write_wav(Path(argv[argv.index("-w") + 1]))
        return subprocess.CompletedProcess(argv, 0, b"", b"")


@pytest.fixture
def espeak(monkeypatch: pytest.MonkeyPatch) -> RecordingEspeak:
    fake = RecordingEspeak()
    monkeypatch.setattr(voice_module.subprocess, "run", fake)
    monkeypatch.setattr(voice_module.shutil, "which",
                        lambda name: "/usr/bin/espeak-ng" if name == "espeak-ng" else None)
    return fake


def test_espeak_speaks_the_language_of_the_words(
    espeak: RecordingEspeak, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    voice = Voice(tmp_path)
    english = voice.get("10")
    monkeypatch.setattr(voice_module.i18n, "language", lambda: "de")
    german = voice.get("10")
    assert english != german  # never the English prompt for German words
    first, second = espeak.calls
    assert first[first.index("-v") + 1] == "en"
    assert second[second.index("-v") + 1] == "de"
    assert second[-2:] == ["--", "10"]
    # A voice the runner chose wins over the language.
    chosen = Voice(tmp_path, voice="de+f3")
    chosen.get("10")
    assert espeak.calls[-1][espeak.calls[-1].index("-v") + 1] == "de+f3"


def test_every_cache_key_holds_the_language(tmp_path: Path) -> None:
    sapi = Sapi("powershell", run=FakePowerShell())
    keys = {(engine, language): Voice(tmp_path, render=lambda text, out: None, system=sapi,
                                      language=language).path("go", engine)
            for engine in ("espeak-ng", "system") for language in ("en", "de", "fr", "es")}
    assert len(set(keys.values())) == 8


def test_a_piper_voice_of_the_language_is_picked(tmp_path: Path) -> None:
    folder = tmp_path / "voices"
    english = piper_model(folder, "en_US-lessac-medium.onnx")
    german = piper_model(folder, "de_DE-thorsten-medium.onnx")
    french = piper_model(folder, "voix.onnx", '{"language": {"code": "fr_FR"}}')
    spanish = piper_model(folder, "voz.onnx", '{"espeak": {"voice": "es"}}')
    assert [model_language(m) for m in (english, german, french, spanish)] == [
        "en", "de", "fr", "es"]
    assert find_voice([folder], "de") == german.resolve()
    assert find_voice([folder], "fr") == french.resolve()
    assert find_voice([folder], "es") == spanish.resolve()
    assert find_voice([folder], "en") == english.resolve()
    # None of the language: one whose language is unknown, else none at all
    # (espeak-ng speaks then, rather than an English voice reading German).
    assert find_voice([folder], "it") is None
    unknown = piper_model(folder, "mystery.onnx", "not json")
    assert model_language(unknown) is None
    assert find_voice([folder], "it") == unknown.resolve()


def test_piper_looks_for_the_voice_again_when_the_language_changes(tmp_path: Path) -> None:
    folder = tmp_path / "voices"
    piper_model(folder, "en_US-lessac-medium.onnx")
    german = piper_model(folder, "de_DE-thorsten-medium.onnx")
    language = ["en"]
    asked: list[str] = []

    def find() -> Path | None:
        asked.append(language[0])
        return find_voice([folder], language[0])

    piper = Piper(None, ["piper"], find_model=find, language=lambda: language[0])
    assert piper.voice_name == "en_US-lessac-medium"
    assert piper.voice_name == "en_US-lessac-medium"
    language[0] = "de"
    assert piper.voice_name == "de_DE-thorsten-medium"
    assert piper.resolve() == (["piper"], german.resolve())
    assert asked == ["en", "de"]
    language[0] = "it"
    assert not piper.available()


def test_piper_follows_the_shown_language_by_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "voices"
    german = piper_model(folder, "de_DE-thorsten-medium.onnx")
    monkeypatch.setattr(voice_module, "voice_folders", lambda: [folder])
    piper = Piper(None, ["piper"])
    assert i18n.language() == "en"
    assert not piper.available()
    monkeypatch.setattr(voice_module.i18n, "language", lambda: "de")
    assert piper.resolve() == (["piper"], german.resolve())
    # The runner's own model wins whatever the language.
    own = piper_model(tmp_path / "mine", "en_US-joe-medium.onnx")
    assert Piper(own, ["piper"]).voice_name == "en_US-joe-medium"


def test_real_espeak_speaks_german(tmp_path: Path) -> None:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    voice = Voice(tmp_path, language="de")
    path = voice.get("Runde 2 von 3")
    assert path is not None
    voice_system.check_wav(path)
    assert path != Voice(tmp_path, language="en").get("Runde 2 von 3")
