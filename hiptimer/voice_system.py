"""The systems' own voices, SAPI on Windows and ``say`` on macOS: after Piper and espeak-ng.

Both are run as programs, never through a shell, with the runner's text
kept out of anything that is parsed as code or options:

- Windows: Windows PowerShell (``powershell``, the one with .NET Framework
  and so ``System.Speech``) runs ``SAPI_SCRIPT``, handed over base64-encoded
  with ``-EncodedCommand``. The texts, the output folder, the language and
  the voice are in environment variables (``HIPTIMER_SAY_*``), which the
  script reads as data: a quote or ``$`` in a text is spoken, not run. One
  process renders a batch of prompts (PowerShell takes a second to start),
  ``0.wav``, ``1.wav``, … in a scratch folder, and releases each file
  (``SetOutputToNull``) as soon as it is written.
- macOS: ``say -o <file> --data-format=LEI16@22050 -r <speed> [-v <voice>]
  -- <text>``, one process a prompt; the voice is the first one of the
  language that ``say -v '?'`` lists (novelty voices left out).

Each process is killed when it outlives its time. A failure is a
``VoiceError`` (defined here, and the one ``hiptimer.voice`` raises too), so
the caller handles these engines as it does Piper. Neither was run on
Windows or macOS where this was written: the tests fake the programs and
check what is sent to them.
"""

from __future__ import annotations

import base64
import logging
import os
import re
import shutil
import subprocess
import sys
import wave
from array import array
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from hiptimer.i18n import translate

logger = logging.getLogger(__name__)

SYSTEM = "system"
SPEED = 150  # words per minute, as for espeak-ng
SYSTEM_TIMEOUT = 20.0  # to start (PowerShell loading System.Speech is slow)
SYSTEM_TIMEOUT_PER_PROMPT = 5.0
LIST_TIMEOUT = 10.0
SAPI_BATCH = 10
SAY_FORMAT = "--data-format=LEI16@22050"
# Environment variables the PowerShell script reads its input from.
ENV_TEXTS = "HIPTIMER_SAY_TEXTS"
ENV_OUT = "HIPTIMER_SAY_OUT"
ENV_LANGUAGE = "HIPTIMER_SAY_LANGUAGE"
ENV_VOICE = "HIPTIMER_SAY_VOICE"

# Reads everything from the environment: nothing of the runner's is in it.
SAPI_SCRIPT = """\
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Add-Type -AssemblyName System.Speech
$synth = New-Object System.Speech.Synthesis.SpeechSynthesizer
try {
    $voices = @($synth.GetInstalledVoices() | Where-Object { $_.Enabled } |
        ForEach-Object { $_.VoiceInfo })
    $pick = $null
    if ($env:HIPTIMER_SAY_VOICE) {
        $pick = $voices | Where-Object { $_.Name -eq $env:HIPTIMER_SAY_VOICE } |
            Select-Object -First 1
    }
    if (-not $pick -and $env:HIPTIMER_SAY_LANGUAGE) {
        $pick = $voices | Where-Object {
            $_.Culture.TwoLetterISOLanguageName -eq $env:HIPTIMER_SAY_LANGUAGE
        } | Select-Object -First 1
    }
    if ($pick) { $synth.SelectVoice($pick.Name) }
    $format = New-Object System.Speech.AudioFormat.SpeechAudioFormatInfo(22050,
        [System.Speech.AudioFormat.AudioBitsPerSample]::Sixteen,
        [System.Speech.AudioFormat.AudioChannel]::Mono)
    $texts = @($env:HIPTIMER_SAY_TEXTS -split "`n")
    for ($i = 0; $i -lt $texts.Count; $i++) {
        $synth.SetOutputToWaveFile((Join-Path $env:HIPTIMER_SAY_OUT ('{0}.wav' -f $i)), $format)
        try { $synth.Speak($texts[$i]) } finally { $synth.SetOutputToNull() }
    }
} finally {
    $synth.Dispose()
}
"""

# macOS's joke voices, which ``say -v '?'`` lists beside the real ones.
NOVELTY = frozenset({
    "albert", "bad news", "bahh", "bells", "boing", "bubbles", "cellos", "deranged",
    "good news", "hysterical", "jester", "organ", "pipe organ", "superstar", "trinoids",
    "whisper", "wobble", "zarvox",
})
# "Anna                de_DE    # Hallo, ich heiße Anna."; names may hold spaces.
SAY_VOICE_LINE = re.compile(r"^(?P<name>\S.*?)\s+(?P<locale>[A-Za-z]{2,3}(?:[_-]\w+)*)\s+#")


# Prompts are peak-normalised to about -1 dBFS, like the tones.
TARGET_PEAK = 29_204
# A WAV outside these bounds is garbage, whatever its header says.
MIN_RATE, MAX_RATE = 8000, 96000
MAX_PROMPT_SECONDS = 60.0


class VoiceError(Exception):
    """An engine gave something that is not a usable prompt."""


class ProcessRunner(Protocol):
    """Runs argv with ``stdin`` as its input, a time limit and, if given, ``env``.

    Returns the exit status. It must kill the process when the time runs out
    (and raise ``subprocess.TimeoutExpired``).
    """

    def __call__(self, argv: Sequence[str], stdin: bytes, timeout: float,
                 env: Mapping[str, str] | None = None) -> int:
        """Run ``argv`` and return its exit status."""


def run_process(argv: Sequence[str], stdin: bytes, timeout: float,
                env: Mapping[str, str] | None = None) -> int:
    """Run ``argv`` with ``stdin`` as its input; kill it after ``timeout`` seconds.

    Returns the exit status. Its output is thrown away but for the end of
    what it said on stderr, which is logged when it fails. ``env`` is its
    whole environment (``None``: this one's). On Windows no console window
    opens for it.
    """
    process = subprocess.Popen(
        list(argv), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env=dict(env) if env is not None else None,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    try:
        _, err = process.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    except BaseException:
        process.kill()
        process.wait()
        raise
    if process.returncode != 0:
        logger.info("%s exited with %s: %s", Path(argv[0]).name, process.returncode,
                    err[-300:].decode(errors="replace").strip())
    return process.returncode


def check_wav(path: Path) -> None:
    """Raise ``VoiceError`` unless ``path`` is a whole 16-bit PCM WAV with some sound in it."""
    try:
        with wave.open(str(path), "rb") as src:
            channels, width = src.getnchannels(), src.getsampwidth()
            rate, frames = src.getframerate(), src.getnframes()
            data = src.readframes(frames)
    except (OSError, wave.Error, EOFError) as exc:
        raise VoiceError(f"not a WAV file: {exc}") from exc
    if width != 2 or channels not in (1, 2) or not MIN_RATE <= rate <= MAX_RATE:
        raise VoiceError(f"not a usable WAV ({channels} ch, {8 * width} bit, {rate} Hz)")
    if frames == 0 or len(data) != frames * width * channels:
        raise VoiceError("an empty or cut-off WAV")
    if frames / rate > MAX_PROMPT_SECONDS:
        raise VoiceError(f"a prompt of {frames / rate:.0f} s")


def normalise(path: Path, peak: int = TARGET_PEAK) -> None:
    """Scale a 16-bit WAV in place so its loudest sample is ``peak``."""
    with wave.open(str(path), "rb") as src:
        params = src.getparams()
        frames = src.readframes(params.nframes)
    if params.sampwidth != 2:
        return
    samples = array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    loudest = max((abs(s) for s in samples), default=0)
    if loudest == 0:
        return
    gain = peak / loudest
    scaled = array("h", (max(-32768, min(32767, round(s * gain))) for s in samples))
    if sys.byteorder == "big":
        scaled.byteswap()
    with wave.open(str(path), "wb") as dst:
        dst.setparams(params)
        dst.writeframes(scaled.tobytes())


def checked(path: Path, text: str) -> Path | None:
    """Return ``path`` if it is a usable WAV (``check_wav``), else ``None``."""
    try:
        check_wav(path)
    except VoiceError as exc:
        logger.info("the system's voice made no usable prompt of %r: %s", text, exc)
        return None
    return path


def no_answer(seconds: float) -> str:
    """Return the problem of an engine that was killed after ``seconds``, as shown."""
    return translate("voice_system", "no answer after {seconds:.0f} s").format(seconds=seconds)


def exit_status(status: int | None) -> str:
    """Return the problem of an engine that exited with ``status``, as shown."""
    return translate("voice_system", "exit status {status}").format(status=status)


def read_output(argv: Sequence[str], timeout: float) -> str:
    """Return what ``argv`` prints, run without a shell and killed after ``timeout``."""
    done = subprocess.run(list(argv), check=True, stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=timeout)
    return done.stdout.decode("utf-8", errors="replace")


class SystemVoice:
    """A system's voice: renders a batch of prompts into WAV files in a folder.

    ``program`` is the full path of what is run, ``voice`` the runner's own
    pick of a voice by name ("": one of the language), ``run`` what runs it
    (tests record argv, stdin and the environment there).
    """

    name = SYSTEM
    batch = SAPI_BATCH

    def __init__(self, program: str, *, voice: str = "", run: ProcessRunner = run_process,
                 speed: int = SPEED, timeout: float = SYSTEM_TIMEOUT,
                 per_prompt: float = SYSTEM_TIMEOUT_PER_PROMPT) -> None:
        self.program = program
        self.voice = voice
        self._run = run
        self.speed = speed
        self.timeout = timeout
        self.per_prompt = per_prompt

    def available(self) -> bool:
        """Return whether the program is there (it was found on ``PATH``)."""
        return bool(self.program)

    def refresh(self) -> None:
        """Forget what was looked up about the installed voices."""

    def voice_name(self, language: str) -> str:
        """Return the name of the voice that speaks ``language`` ("" when the system picks)."""
        return self.voice

    def settings(self, language: str) -> str:
        """Return what, besides the text, makes a prompt in ``language`` sound as it does."""
        return (f"{self.name}|{Path(self.program).name}|lang={language}"
                f"|voice={self.voice_name(language)}|speed={self.speed}")

    def render_many(self, texts: Sequence[str], folder: Path,
                    language: str) -> list[Path | None]:
        """Render ``texts`` in ``language`` into the empty ``folder``; return each one's file.

        ``None`` for a text it did not make, or made garbage of (``check_wav``).
        Raises ``VoiceError`` (or ``OSError``, ``subprocess.SubprocessError``)
        when nothing could be made.
        """
        raise NotImplementedError


class Sapi(SystemVoice):
    """Windows' voice (SAPI), through Windows PowerShell's ``System.Speech``."""

    def command(self) -> list[str]:
        """Return the argv that runs ``SAPI_SCRIPT`` (the script is base64 of UTF-16LE)."""
        encoded = base64.b64encode(SAPI_SCRIPT.encode("utf-16-le")).decode("ascii")
        return [self.program, "-NoProfile", "-NonInteractive", "-NoLogo",
                "-EncodedCommand", encoded]

    def environment(self, lines: Sequence[str], folder: Path,
                    language: str) -> dict[str, str]:
        """Return the process's environment: this one's and the script's input."""
        return {**os.environ, ENV_TEXTS: "\n".join(lines), ENV_OUT: str(folder.resolve()),
                ENV_LANGUAGE: language, ENV_VOICE: self.voice}

    def render_many(self, texts: Sequence[str], folder: Path,
                    language: str) -> list[Path | None]:
        """Render all of ``texts`` with one PowerShell process (see ``SystemVoice``)."""
        lines = [" ".join(t.split()) for t in texts]
        timeout = self.timeout + self.per_prompt * len(lines)
        error: VoiceError | None = None
        status: int | None = None
        try:
            status = self._run(self.command(), b"", timeout,
                               self.environment(lines, folder, language))
        except subprocess.TimeoutExpired as exc:
            error = VoiceError(no_answer(exc.timeout))
        if status not in (None, 0):
            error = VoiceError(exit_status(status))
        out: list[Path | None] = []
        for index, line in enumerate(lines):
            out.append(checked(folder / f"{index}.wav", line))
        if error is not None and not any(out):
            raise error
        if error is not None:
            logger.warning("the Windows voice stopped part way (%s)", error)
        return out


class Say(SystemVoice):
    """macOS's voice, the ``say`` program, one process a prompt."""

    batch = 1

    def __init__(self, program: str, *, voice: str = "", run: ProcessRunner = run_process,
                 query: Callable[[Sequence[str], float], str] = read_output,
                 speed: int = SPEED, timeout: float = SYSTEM_TIMEOUT) -> None:
        super().__init__(program, voice=voice, run=run, speed=speed, timeout=timeout,
                         per_prompt=0.0)
        self._query = query
        self._voices: list[tuple[str, str]] | None = None

    def refresh(self) -> None:
        """Ask ``say`` for its voices again next time."""
        self._voices = None

    def installed(self) -> list[tuple[str, str]]:
        """Return (name, locale) of each voice ``say -v '?'`` lists (asked once)."""
        if self._voices is None:
            try:
                listing = self._query([self.program, "-v", "?"], LIST_TIMEOUT)
            except (OSError, subprocess.SubprocessError) as exc:
                logger.info("cannot list the voices of say: %s", exc)
                listing = ""
            self._voices = parse_say_voices(listing)
        return self._voices

    def voice_name(self, language: str) -> str:
        """Return the runner's voice, else the first real one of ``language``, else ""."""
        if self.voice:
            return self.voice
        return pick_say_voice(self.installed(), language)

    def command(self, text: str, out: Path, language: str) -> list[str]:
        """Return the argv that says ``text`` into ``out``; the text comes after ``--``."""
        argv = [self.program, "-o", str(out.resolve()), SAY_FORMAT, "-r", str(self.speed)]
        name = self.voice_name(language)
        if name:
            argv += ["-v", name]
        # "[[" starts one of say's embedded commands (rate, voice...): say it as text.
        return [*argv, "--", text.replace("[[", "[ [")]

    def render_many(self, texts: Sequence[str], folder: Path,
                    language: str) -> list[Path | None]:
        """Render each of ``texts`` with its own ``say`` (see ``SystemVoice``)."""
        out: list[Path | None] = []
        errors: list[VoiceError] = []
        for index, text in enumerate(texts):
            path = folder / f"{index}.wav"
            try:
                status = self._run(self.command(text, path, language), b"", self.timeout)
            except subprocess.TimeoutExpired as exc:
                errors.append(VoiceError(no_answer(exc.timeout)))
                out.append(None)
                continue
            if status != 0:
                errors.append(VoiceError(exit_status(status)))
            out.append(checked(path, text) if status == 0 else None)
        if errors and not any(out):
            raise errors[0]
        return out


def parse_say_voices(listing: str) -> list[tuple[str, str]]:
    """Return (name, locale) from ``say -v '?'``'s lines, ``"Anna  de_DE  # Hallo"``."""
    found = []
    for line in listing.splitlines():
        match = SAY_VOICE_LINE.match(line.strip())
        if match:
            found.append((match["name"].strip(), match["locale"]))
    return found


def pick_say_voice(voices: Sequence[tuple[str, str]], language: str) -> str:
    """Return the first voice of ``language`` in ``voices`` that is not a joke, else ""."""
    for name, locale in voices:
        code = locale.replace("-", "_").split("_")[0].lower()
        if code == language.lower() and name.lower() not in NOVELTY:
            return name
    return ""


def system_voice(platform: str | None = None,
                 which: Callable[[str], str | None] | None = None) -> SystemVoice | None:
    """Return this system's own voice, if it has one: SAPI on Windows, ``say`` on macOS.

    ``platform`` is ``sys.platform`` and ``which`` ``shutil.which`` unless given.
    """
    platform = sys.platform if platform is None else platform
    which = shutil.which if which is None else which
    if platform == "win32":
        program = which("powershell")
        return Sapi(program) if program else None
    if platform == "darwin":
        program = which("say")
        return Say(program) if program else None
    return None
