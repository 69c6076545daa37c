"""Spoken prompts: text rendered to WAV files by ``espeak-ng``, once, and cached.

A prompt such as "Clam shell, ten reps, left side" is rendered the first time
it is needed into ``<cache>/voice/<sha256>.wav``, where the hash covers the
text and every voice setting, so a changed text or setting simply gets a new
file and an unchanged one is reused across runs. Files are written to a
temporary name and renamed, so a crash never leaves a torn WAV behind, and
their peaks are brought up to the level of the cue tones. ``prepare`` renders
a whole plan's prompts on a background thread at load time so that the first
prompt is not late. Without ``espeak-ng`` every prompt is simply unavailable
(``get`` returns ``None``) and the session runs on tones alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import wave
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path

from hiptimer import paths

logger = logging.getLogger(__name__)

PROGRAM = "espeak-ng"
SPEED = 150  # words per minute: clear from two metres away
RENDER_TIMEOUT = 20.0
# Prompts are peak-normalised to about -1 dBFS, like the tones.
TARGET_PEAK = 29_204
VOICE_NOTICE = "Install espeak-ng for spoken prompts"

Renderer = Callable[[str, Path], None]


def available() -> bool:
    """Return whether ``espeak-ng`` is on ``PATH``."""
    return shutil.which(PROGRAM) is not None


def espeak(text: str, out: Path, speed: int = SPEED, voice: str = "") -> None:
    """Render ``text`` to the WAV file ``out`` with ``espeak-ng``.

    The text goes after ``--``, so words starting with a dash are spoken,
    never read as options; no shell is involved.
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


class Voice:
    """Renders and caches spoken prompts.

    ``render`` is the function that turns text into a WAV (``espeak-ng`` by
    default); ``is_available`` says whether it can run at all.
    """

    def __init__(
        self,
        cache: Path | None = None,
        *,
        speed: int = SPEED,
        voice: str = "",
        render: Renderer | None = None,
        is_available: Callable[[], bool] | None = None,
    ) -> None:
        self.folder = (cache if cache is not None else paths.cache_dir()) / "voice"
        self.speed = speed
        self.voice = voice
        self._render: Renderer = render or (
            lambda text, out: espeak(text, out, speed=self.speed, voice=self.voice)
        )
        self._is_available = is_available or (available if render is None else (lambda: True))
        self._lock = threading.Lock()
        self._available: bool | None = None
        self._failed: set[str] = set()
        self.renders = 0

    @property
    def available(self) -> bool:
        """Whether prompts can be spoken at all (looked up once; see ``refresh``)."""
        if self._available is None:
            self._available = bool(self._is_available())
        return self._available

    def refresh(self) -> None:
        """Look for the renderer again and retry texts that failed (after an install)."""
        self._available = None
        self._failed.clear()

    @property
    def notice(self) -> str | None:
        """Return a one-line hint when prompts cannot be spoken, else ``None``."""
        return None if self.available else VOICE_NOTICE

    def settings(self) -> str:
        """Return everything besides the text that changes how a prompt sounds."""
        return f"{PROGRAM}|speed={self.speed}|voice={self.voice}|z|peak={TARGET_PEAK}"

    def path(self, text: str) -> Path:
        """Return where the WAV of ``text`` is (or will be) cached."""
        digest = hashlib.sha256(f"{self.settings()}\n{text}".encode()).hexdigest()
        return (self.folder / f"{digest}.wav").resolve()

    def get(self, text: str) -> Path | None:
        """Return the WAV of ``text``, rendering it if needed; ``None`` if it cannot be."""
        if not text.strip():
            return None
        target = self.path(text)
        if target.is_file():
            return target
        if text in self._failed or not self.available:
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
                    EOFError) as exc:
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
            normalise(temp)
            os.replace(temp, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
        self.renders += 1

    def prepare(self, texts: Iterable[str]) -> threading.Thread | None:
        """Render every prompt in ``texts`` on a background thread; return the thread.

        Returns ``None`` when there is no voice to render with.
        """
        todo = [t for t in dict.fromkeys(texts) if t.strip()]
        if not todo or not self.available:
            return None

        def work() -> None:
            for text in todo:
                self.get(text)

        thread = threading.Thread(target=work, name="hiptimer-voice", daemon=True)
        thread.start()
        return thread
