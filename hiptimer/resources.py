"""Find the files hiptimer ships: sounds, pictures, the move library and sessions.

A source checkout keeps them in ``assets/`` and ``config.toml`` at the top of
the repository; an installed wheel carries the same tree as
``hiptimer/assets``. This module is the only place that knows both layouts, and
it refuses names that would escape the assets folder.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path

logger = logging.getLogger(__name__)

_PACKAGE_DIR = Path(__file__).resolve().parent
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
# Pictures Qt's own readers show; GIF and WebP may be animated.
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp")
# Sounds of the runner's own: WAV plays everywhere, OGG and MP3 wherever the
# player's backend does (docs/session-format.md says which).
SOUND_SUFFIXES = (".wav", ".ogg", ".mp3")


class ResourceError(ValueError):
    """A resource name is malformed or points outside the assets folder."""


@cache
def assets_dir() -> Path:
    """Return the folder holding ``sounds/``, ``images/`` and ``sessions/``."""
    installed = _PACKAGE_DIR / "assets"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "assets"


def default_session_path() -> Path:
    """Return the bundled default session (``config.toml``)."""
    installed = assets_dir() / "config.toml"
    if installed.is_file():
        return installed
    return _PACKAGE_DIR.parent / "config.toml"


def _checked(name: str) -> str:
    if not _NAME_RE.match(name) or ".." in name:
        raise ResourceError(f"not a valid resource name: {name!r}")
    return name


def sound(name: str) -> Path:
    """Return the absolute path of the cue sound ``name`` (without ``.wav``)."""
    return (assets_dir() / "sounds" / f"{_checked(name)}.wav").resolve()


def image_frames(name: str) -> tuple[Path, ...]:
    """Return the frames of built-in picture ``name`` in order, or ``()``.

    Frames are ``<name>-1.svg``, ``<name>-2.svg`` and so on; a single
    ``<name>.svg`` counts as one frame.
    """
    return _frames_in(assets_dir() / "images", _checked(name))


@cache
def _frames_in(folder: Path, name: str) -> tuple[Path, ...]:
    # Remembered per folder: the window asks on every refresh, and the
    # bundled pictures do not change while it runs.
    frames: list[tuple[int, Path]] = []
    for path in folder.glob(f"{name}-*.svg"):
        suffix = path.stem[len(name) + 1 :]
        if suffix.isdigit():
            frames.append((int(suffix), path.resolve()))
    if frames:
        return tuple(p for _, p in sorted(frames))
    single = folder / f"{name}.svg"
    return (single.resolve(),) if single.is_file() else ()


def builtin_images() -> tuple[str, ...]:
    """Return the names of all built-in pictures."""
    names = set()
    for path in (assets_dir() / "images").glob("*.svg"):
        stem = path.stem
        base, _, num = stem.rpartition("-")
        names.add(base if base and num.isdigit() else stem)
    return tuple(sorted(names))


def move_library_path() -> Path:
    """Return the TOML file describing the built-in moves."""
    return assets_dir() / "moves.toml"


def builtin_sessions() -> tuple[Path, ...]:
    """Return the bundled sessions, the default first."""
    others = sorted((assets_dir() / "sessions").glob("*.toml"))
    return (default_session_path(), *others)


def schema_path() -> Path:
    """Return the JSON Schema of the session format."""
    return assets_dir() / "session.schema.json"
