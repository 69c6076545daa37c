"""The session library: built-in sessions, the runner's own, and recently opened files.

``list_sessions()`` is what the start screen shows. A built-in session is
hidden when the runner has saved their own copy of it (same file name in
``paths.user_sessions_dir()``), which takes its place. Files that do not load
are still listed, with their problem, so they can be opened and fixed.
``duplicate`` copies a session into the runner's folder, ``delete`` moves one
to the library's ``.trash/`` folder (``restore`` brings it back), and recent
files live in a small JSON file in the config folder. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import tomlkit

from hiptimer import paths, resources, store
from hiptimer.errors import SessionError
from hiptimer.i18n import language, translate
from hiptimer.plan import make_plan
from hiptimer.session import MAX_NAME, load, read_text, user_move_library

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

logger = logging.getLogger(__name__)

MAX_RECENT = 10
TRASH_FOLDER = ".trash"
COPY_SUFFIX = " (copy)"


class Kind(enum.Enum):
    """Where a session in the library comes from."""

    BUILTIN = "builtin"
    USER = "user"
    RECENT = "recent"


class LibraryError(Exception):
    """A library action was refused or failed; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One session as the start screen lists it.

    ``total`` is the planned time in seconds, ``None`` when the file does not
    load; ``error`` then holds the problems, one per line. ``replaces`` is the
    built-in session a user's copy stands in for.
    """

    name: str
    path: Path
    kind: Kind
    total: float | None = None
    error: str | None = None
    description: str = ""
    replaces: Path | None = None

    @property
    def builtin(self) -> bool:
        """Whether this is a bundled session (never written, never deleted)."""
        return self.kind is Kind.BUILTIN


def recent_file() -> Path:
    """Return the JSON file that remembers recently opened sessions."""
    return paths.config_dir() / "recent.json"


def trash_dir() -> Path:
    """Return the folder deleted sessions are moved to."""
    return paths.user_sessions_dir() / TRASH_FOLDER


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.realpath(a) == os.path.realpath(b)
    except (OSError, ValueError):  # a NUL, a name too long: it is no file at all
        return os.path.abspath(a) == os.path.abspath(b)


def _is_file(path: Path) -> bool:
    """Return whether ``path`` is a file; ``False`` for a path no system can hold."""
    try:
        return path.is_file()
    except (OSError, ValueError):  # ENAMETOOLONG, ELOOP, a NUL: not a file to list
        return False


def _raw_name(path: Path) -> tuple[str | None, str]:
    """Return the ``name`` and ``description`` keys of a file that may not validate."""
    try:
        data = tomllib.loads(read_text(path))
    except (SessionError, tomllib.TOMLDecodeError, RecursionError):
        return None, ""
    # As the loader shows them: in the current language when the file gives it.
    name, description = (
        data.get(f"{key}.{language()}") if isinstance(data.get(f"{key}.{language()}"), str)
        else data.get(key) for key in ("name", "description"))
    return (
        name.strip() if isinstance(name, str) and name.strip() else None,
        description if isinstance(description, str) else "",
    )


# What ``describe`` found in each file, by what it depends on: the file as it
# is now, the runner's own moves and the language. The start screen lists
# every session again each time the runner picks one; only a changed file
# is loaded again.
_described: dict[tuple[str, int, int, int, str, str],
                 tuple[str, float | None, str | None, str]] = {}
MAX_DESCRIBED = 64


def describe(path: Path, kind: Kind, replaces: Path | None = None) -> Entry:
    """Load ``path`` and return its library entry (with its problems if it does not load)."""
    key = None
    with contextlib.suppress(OSError, ValueError):
        info = path.stat()
        key = (str(path), info.st_ino, info.st_mtime_ns, info.st_size, language(),
               user_move_library().text)
    found = _described.get(key) if key is not None else None
    if found is None:
        found = _describe(path)
        if key is not None:
            if len(_described) >= MAX_DESCRIBED:
                _described.clear()
            _described[key] = found
    name, total, error, description = found
    return Entry(name, path, kind, total, error, description, replaces)


def _describe(path: Path) -> tuple[str, float | None, str | None, str]:
    try:
        session = load(path)
    except SessionError as exc:
        name, description = _raw_name(path)
        return name or path.stem, None, str(exc), description
    return (session.name or path.stem, make_plan(session).total, None,
            " ".join(session.description.split()))


def _user_files() -> list[Path]:
    folder = paths.user_sessions_dir()
    try:
        found = [p for p in folder.glob("*.toml") if p.is_file() and not p.name.startswith(".")]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name.lower())


def list_sessions() -> list[Entry]:
    """Return every session the start screen lists, in the order it lists them.

    Built-in sessions come first (the runner's own copy in place of one they
    saved), then the runner's other sessions by file name, then recent
    files, newest first. Each file appears once.
    """
    entries: list[Entry] = []
    user_files = _user_files()
    own_by_name = {p.name: p for p in user_files}
    shown: list[Path] = []
    for builtin in resources.builtin_sessions():
        own = own_by_name.pop(builtin.name, None)
        if own is not None:
            entries.append(describe(own, Kind.USER, replaces=builtin))
            shown.append(own)
        else:
            entries.append(describe(builtin, Kind.BUILTIN))
            shown.append(builtin)
    for own in own_by_name.values():
        entries.append(describe(own, Kind.USER))
        shown.append(own)
    for recent in recent_files():
        if any(_same(recent, p) for p in shown):
            continue
        entries.append(describe(recent, Kind.RECENT))
        shown.append(recent)
    return entries


# --- recent files ------------------------------------------------------------


def _read_recent() -> list[Path]:
    try:
        data = json.loads(recent_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        logger.warning("ignoring unreadable %s: %s", recent_file(), exc)
        return []
    items = data.get("recent") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    return [Path(p) for p in items if isinstance(p, str) and os.path.isabs(p) and "\0" not in p]


def _write_json(file: Path, data: object) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".tmp", dir=file.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2)
            handle.write("\n")
            # On the disk before the rename, or a crash can leave an empty file.
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, file)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _write_recent(items: list[Path]) -> None:
    try:
        _write_json(recent_file(), {"recent": [str(p) for p in items]})
    except OSError as exc:
        # Forgetting a recent file is no reason to stop the runner.
        logger.warning("cannot remember recent files in %s: %s", recent_file(), exc)


def recent_files() -> list[Path]:
    """Return the recently opened session files that still exist, newest first."""
    return [p for p in _read_recent() if _is_file(p)][:MAX_RECENT]


def add_recent(path: str | os.PathLike[str]) -> None:
    """Remember ``path`` as the most recently opened session (at most ten are kept)."""
    file = Path(os.path.abspath(path))
    if not _is_file(file):
        # Only files that were opened get here; one that cannot be is not kept.
        logger.warning("not remembering %r: not a file", str(file)[:200])
        return
    items = [file] + [p for p in _read_recent() if not _same(p, file) and _is_file(p)]
    _write_recent(items[:MAX_RECENT])


def forget_recent(path: str | os.PathLike[str]) -> None:
    """Drop ``path`` from the recent files (the file itself is left alone)."""
    file = Path(path)
    _write_recent([p for p in _read_recent() if not _same(p, file)])


# --- duplicate, delete, restore ----------------------------------------------


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return slug[:60] or "session"


def _unique(folder: Path, stem: str, suffix: str = ".toml") -> Path:
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def _copy_name(name: str) -> str:
    room = MAX_NAME - len(COPY_SUFFIX)
    return name[:room].rstrip() + COPY_SUFFIX


def duplicate(entry: Entry) -> Path:
    """Copy ``entry`` into the runner's sessions folder as "NAME (copy)"; return the new file.

    The copy keeps the original's comments and layout; its ``#:schema``
    line is made right for the sessions folder (``store.fix_schema_comment``:
    never a path inside the install). A session with problems is copied
    with them (to be fixed in the copy); a file that is not TOML at all is
    copied byte for byte.
    """
    folder = paths.user_sessions_dir()
    try:
        doc: store.Document | None = store.open_document(entry.path)
    except store.OpenError:
        doc = None
    if doc is not None:
        try:
            store.set_value(doc, ("name",), _copy_name(entry.name))
            store.fix_schema_comment(doc, entry.path, folder)
            data = doc.as_string().encode("utf-8")
        except (KeyError, tomlkit.exceptions.TOMLKitError):
            doc = None
    try:
        if doc is None:
            data = entry.path.read_bytes()
        folder.mkdir(parents=True, exist_ok=True)
        while True:
            target = _unique(folder, f"{_slug(entry.path.stem)}-copy")
            try:
                # "x": never overwrite a file that appeared in the meantime.
                with target.open("xb") as handle:
                    try:
                        handle.write(data)
                        handle.flush()
                        os.fsync(handle.fileno())
                    except OSError:
                        target.unlink()
                        raise
                break
            except FileExistsError:
                continue
    except OSError as exc:
        raise LibraryError(translate("library", "cannot copy {file}: {reason}").format(
            file=entry.path.name, reason=exc.strerror or exc)) from None
    logger.info("duplicated %s as %s", entry.path, target)
    return target


def delete(entry: Entry) -> Path:
    """Move a session of the runner's own to the library's trash; return where it went.

    Each deleted file gets its own folder in the trash, so it keeps its
    exact name (and its ``.bak``) for ``restore``. Built-in sessions cannot
    be deleted, and files outside the library are only ever forgotten from
    the recent list (``forget_recent``), never deleted.
    """
    if entry.kind is Kind.BUILTIN or store.is_builtin(entry.path):
        raise LibraryError(translate("library", "{name} is built into hiptimer and cannot be "
                                     "deleted.").format(name=entry.name))
    if not _same(entry.path.parent, paths.user_sessions_dir()):
        raise LibraryError(translate(
            "library", "{file} is not in your session library; it can only be removed from the "
            "recent list.").format(file=entry.path))
    stamp = time.strftime("%Y%m%d-%H%M%S")
    try:
        trash_dir().mkdir(parents=True, exist_ok=True)
        holder = Path(tempfile.mkdtemp(prefix=f"{stamp}-", dir=trash_dir()))
        destination = holder / entry.path.name
        os.replace(entry.path, destination)
    except OSError as exc:
        raise LibraryError(translate("library", "cannot move {file} to the trash: {reason}").format(
            file=entry.path.name, reason=exc.strerror or exc)) from None
    backup = entry.path.with_name(entry.path.name + ".bak")
    with contextlib.suppress(OSError):
        if backup.is_file():
            os.replace(backup, holder / backup.name)
    logger.info("moved %s to %s", entry.path, destination)
    return destination


def trashed() -> list[Path]:
    """Return the sessions in the trash, most recently deleted first."""
    try:
        found = [p for p in trash_dir().glob("*/*.toml") if p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.parent.name, reverse=True)


def restore(path: str | os.PathLike[str]) -> Path:
    """Move a trashed session back into the library; return its path there.

    It gets its old file name back, or ``NAME-restored.toml`` when a session
    of that name exists again.
    """
    file = Path(path)
    if not _same(file.parent.parent, trash_dir()) or not file.is_file():
        raise LibraryError(f"{file} is not a session in the trash")
    folder = paths.user_sessions_dir()
    target = folder / file.name
    if target.exists():
        target = _unique(folder, f"{file.stem}-restored")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        os.replace(file, target)
    except OSError as exc:
        raise LibraryError(translate("library", "cannot restore {file}: {reason}").format(
            file=file.name, reason=exc.strerror or exc)) from None
    backup = file.with_name(file.name + ".bak")
    with contextlib.suppress(OSError):
        if backup.is_file() and not target.with_name(target.name + ".bak").exists():
            os.replace(backup, target.with_name(target.name + ".bak"))
        if not any(file.parent.iterdir()):
            file.parent.rmdir()
    logger.info("restored %s to %s", file, target)
    return target
