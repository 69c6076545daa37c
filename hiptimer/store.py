"""Open, change and save session files without losing a runner's comments or layout.

A ``Document`` keeps the ``tomlkit`` tree of a session file together with the
text and the fingerprint (mtime, size, SHA-256) the file had when it was
opened. The editing helpers change that tree in place, so everything that was
not edited (comments, blank lines, key order, alignment) comes back out byte
for byte. ``save`` checks the result with the same validator as the loader,
refuses to overwrite a file that changed on disk since it was opened, writes
to a temporary file in the same folder, keeps the previous version as
``NAME.toml.bak`` and renames over the original, so a failure at any step
leaves the original whole and raises ``SaveError``, never anything else. The
check and the rename run under a lock of the file, so two saves at once
cannot both win. Built-in sessions are never written: their changes go to the
user's own copy (``save_target``). Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

import tomlkit
from tomlkit.container import Container
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Array, Comment, InlineTable, Item, Table, Whitespace
from tomlkit.toml_document import TOMLDocument

from hiptimer import paths, resources
from hiptimer.errors import SessionError
from hiptimer.i18n import translate
from hiptimer.session import MAX_FILE_BYTES, Session, loads, read_text

logger = logging.getLogger(__name__)

KeyPath: TypeAlias = tuple[str | int, ...]
_Tableish: TypeAlias = "TOMLDocument | Table | InlineTable"
_BLANK_LINES_RE = re.compile(r"^(?:[ \t]*\r?\n)+")
_BOM = "\ufeff"


class StoreError(Exception):
    """A session file could not be opened or saved; the message says why in plain words."""


class OpenError(StoreError):
    """A session file could not be opened for editing (unreadable, or not TOML at all)."""

    def __init__(self, message: str, error: SessionError | None = None) -> None:
        super().__init__(message)
        self.error = error


class SaveError(StoreError):
    """A session was not saved; the file on disk is exactly as it was before."""

    def __init__(self, message: str, error: SessionError | None = None) -> None:
        super().__init__(message)
        self.error = error


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What a file looked like at one moment: enough to notice that it changed."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of_bytes(cls, raw: bytes, info: os.stat_result) -> Fingerprint:
        """Return the fingerprint of ``raw``, read from a file whose ``stat`` was ``info``."""
        return cls(info.st_mtime_ns, info.st_size, hashlib.sha256(raw).hexdigest())


@dataclass(slots=True)
class Document:
    """A session file opened for editing.

    ``toml`` is edited in place; ``text``, ``raw`` and ``fingerprint`` describe
    the file as it was when opened (or last saved), and ``path`` is where it
    was read from (or last saved to). ``bom`` says the file starts with a
    UTF-8 byte-order mark (some Windows editors write one); ``text`` and
    ``toml`` leave it out, ``raw`` has it, and saving writes it back.
    """

    path: Path
    toml: TOMLDocument
    text: str
    raw: bytes
    fingerprint: Fingerprint | None
    bom: bool = False

    def as_string(self) -> str:
        """Return the TOML text of the document as it is now."""
        return self.toml.as_string()

    def unwrap(self) -> dict[str, Any]:
        """Return the document as plain Python values, as ``tomllib`` would read them."""
        return self.toml.unwrap()

    @property
    def modified(self) -> bool:
        """Whether the document differs from the file it was opened from."""
        return self.as_string() != self.text

    def copy(self) -> Document:
        """Return an independent copy to edit (a Cancel then leaves this one alone)."""
        return Document(
            self.path, tomlkit.parse(self.as_string()), self.text, self.raw, self.fingerprint,
            self.bom,
        )

    def check(self, base_dir: Path | None = None) -> Session:
        """Validate the document as it is now; raise ``SessionError`` listing every problem."""
        folder = base_dir if base_dir is not None else self.path.parent
        return loads(self.as_string(), self.path.name, base_dir=folder, source=self.path)


Editable: TypeAlias = "Document | TOMLDocument"


def open_document(path: str | os.PathLike[str]) -> Document:
    """Open the session file at ``path`` for editing.

    The session does not have to be valid (the editor is where it gets
    fixed), but the file has to be readable UTF-8 TOML; otherwise ``OpenError``
    says what is wrong, with the line and column of a syntax error.
    """
    file = Path(path)
    try:
        text = read_text(file)
        info = file.stat()
    except SessionError as exc:
        raise OpenError(str(exc), exc) from None
    except OSError as exc:
        raise OpenError(translate("store", "{file}: cannot be read: {reason}").format(
            file=file, reason=exc.strerror or exc)) from None
    # tomlkit refuses a byte-order mark; it is put back on save.
    bom = text.startswith(_BOM)
    body = text[len(_BOM):] if bom else text
    try:
        toml = tomlkit.parse(body)
    except TOMLKitError:
        # The loader's own message has the line and column in the same words
        # as everywhere else; fall back to tomlkit's if the loader accepts it.
        try:
            loads(text, str(file))
        except SessionError as exc:
            raise OpenError(str(exc), exc) from None
        raise OpenError(translate("store", "{file}: cannot be edited: tomlkit cannot read "
                                  "this TOML").format(file=file)) from None
    raw = text.encode("utf-8")
    logger.debug("opened %s (%d bytes)", file, len(raw))
    return Document(file, toml, body, raw, Fingerprint.of_bytes(raw, info), bom)


# ---------------------------------------------------------------------------
# Where a session may be written


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def is_builtin(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a bundled file (a built-in session, the bundled ``config.toml``)."""
    real = Path(os.path.realpath(path))
    if _inside(real, Path(os.path.realpath(resources.assets_dir()))):
        return True
    return real == Path(os.path.realpath(resources.default_session_path()))


def save_target(path: str | os.PathLike[str]) -> Path:
    """Return where changes to ``path`` are saved: the user's own copy for a built-in."""
    file = Path(path)
    if is_builtin(file):
        return paths.user_sessions_dir() / file.name
    return file


# ---------------------------------------------------------------------------
# Editing helpers


def _toml(doc: Editable) -> TOMLDocument:
    return doc.toml if isinstance(doc, Document) else doc


def _step(node: Any, key: str | int) -> Any:
    if isinstance(key, int):
        if not isinstance(node, AoT | Array) or not -len(node) <= key < len(node):
            raise KeyError(key)
        return node[key]
    if not isinstance(node, TOMLDocument | Table | InlineTable) or key not in node:
        raise KeyError(key)
    return node[key]


def _resolve(doc: Editable, path: KeyPath) -> Any:
    """Return the tomlkit item at ``path`` (``KeyError`` naming the missing step)."""
    node: Any = _toml(doc)
    for key in path:
        node = _step(node, key)
    return node


def _table_at(doc: Editable, path: KeyPath) -> _Tableish:
    node = _resolve(doc, path)
    if not isinstance(node, TOMLDocument | Table | InlineTable):
        raise KeyError(f"{path} is not a table")
    return node


def _same(old: Any, new: Any) -> bool:
    """Whether two TOML values are equal and of the same kind (``true`` is not ``1``)."""
    if isinstance(old, bool) or isinstance(new, bool):
        return isinstance(old, bool) and isinstance(new, bool) and old == new
    if isinstance(old, int | float) and isinstance(new, int | float):
        return old == new
    return type(old) is type(new) and bool(old == new)


def _plain(value: Any) -> Any:
    unwrap = getattr(value, "unwrap", None)
    return unwrap() if callable(unwrap) else value


def _to_item(value: Any) -> Any:
    """Turn a Python value into what tomlkit should write for it."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, str) and "\n" in value:
        return tomlkit.string(value, multiline=True)
    return value


def _item_of(table: _Tableish, key: str) -> Item | None:
    try:
        found = table.item(key)
    except (KeyError, TOMLKitError):
        return None
    return found if isinstance(found, Item) else None


def set_value(doc: Editable, path: KeyPath, value: Any) -> bool:
    """Set the value at ``path`` (e.g. ``("moves", 0, "reps")``) in place.

    The line keeps its comment, at the same column when there is room. A
    float with no fraction is written as a whole number and text with line
    breaks as a multi-line string. A new key goes after the table's last
    key, before any comment that leads into the next table. Returns whether
    anything changed (setting an equal value leaves the text alone).
    """
    if not path or not isinstance(path[-1], str):
        raise KeyError(f"not a key path: {path!r}")
    key = path[-1]
    table = _table_at(doc, path[:-1])
    new = _to_item(value)
    old = _item_of(table, key)
    if old is not None and _same(_plain(old), _plain(new)):
        return False
    if old is None and isinstance(table, TOMLDocument | Table):
        _insert_key(table, key, new)
        return True
    old_text = old.as_string() if old is not None else ""
    table[key] = new
    fresh = _item_of(table, key)
    if old is not None and fresh is not None and old.trivia.comment:
        _keep_comment_column(fresh, len(fresh.as_string()) - len(old_text))
    return True


def _insert_key(table: TOMLDocument | Table, key: str, value: Any) -> None:
    """Add ``key`` right after the table's last plain key.

    tomlkit would put it after any comment that leads into a following
    ``[[moves]]`` header (and sometimes indent it), which reads as if the
    comment described the new key.
    """
    container = table if isinstance(table, TOMLDocument) else table.value
    body = container.body
    first_sub = next(
        (i for i, (k, v) in enumerate(body) if k is not None and isinstance(v, Table | AoT)),
        None,
    )
    if first_sub is None:
        trailer = _pop_trailer(container, everything=True)
        table[key] = value
        body.extend(trailer)
        return
    last_plain = max((i for i, (k, _) in enumerate(body[:first_sub]) if k is not None), default=-1)
    item = tomlkit.item(value)
    container._insert_at(last_plain + 1, key, item)
    if isinstance(table, Table):
        # A Table mirrors its keys in its own dict as well as in its container.
        dict.__setitem__(table, key, item)


def _keep_comment_column(item: Item, grown: int) -> None:
    spacing = item.trivia.comment_ws
    if spacing and set(spacing) == {" "}:
        item.trivia.comment_ws = " " * max(1, len(spacing) - grown)


def same_value(old: Any, new: Any) -> bool:
    """Whether two values would be written the same way (``10`` is ``10.0``, ``true`` not ``1``)."""
    return _same(_plain(_to_item(old)), _plain(_to_item(new)))


def has_comment(doc: Editable, path: KeyPath) -> bool:
    """Whether the key at ``path`` is there with a comment at the end of its line."""
    if not path or not isinstance(path[-1], str):
        raise KeyError(f"not a key path: {path!r}")
    item = _item_of(_table_at(doc, path[:-1]), path[-1])
    return item is not None and bool(item.trivia.comment)


def remove_key(doc: Editable, path: KeyPath) -> bool:
    """Remove the key at ``path`` if it is there; return whether it was."""
    if not path or not isinstance(path[-1], str):
        raise KeyError(f"not a key path: {path!r}")
    table = _table_at(doc, path[:-1])
    if path[-1] not in table:
        return False
    del table[path[-1]]
    return True


# --- lists of tables: moves and blocks ---------------------------------------
#
# In a tomlkit tree, the blank line and comments written just above a
# ``[[moves]]`` header belong to the body of the table *before* it. To move a
# table together with the comment that introduces it, those lines are first
# taken off the previous table and put in front of the table's own header
# (its ``trivia.indent``, rendered verbatim); the lines after the last table
# stay at the end of the list.


def _pop_trailer(container: Container, everything: bool = False) -> list[tuple[Any, Item]]:
    """Take the trailing blank lines and comments off ``container``.

    Comments right under the last key (no blank line between) belong to that
    table and stay, unless ``everything`` is asked for.
    """
    body = container.body
    start = len(body)
    while start > 0 and body[start - 1][0] is None and isinstance(
        body[start - 1][1], Whitespace | Comment
    ):
        start -= 1
    trailer = body[start:]
    if not everything:
        for offset, (_, item) in enumerate(trailer):
            if isinstance(item, Whitespace) and "\n" in item.as_string():
                trailer = trailer[offset:]
                break
        else:
            trailer = []
    del body[len(body) - len(trailer) :]
    return trailer


def _tail_holder(table: Table) -> Table:
    """Return the table whose body ends the text of ``table`` (its last sub-table, if any)."""
    for key, item in reversed(table.value.body):
        if key is None:
            continue
        if isinstance(item, AoT) and len(item):
            return _tail_holder(item[-1])
        if isinstance(item, Table):
            return _tail_holder(item)
        break
    return table


def _text(items: list[tuple[Any, Item]]) -> str:
    return "".join(item.as_string() for _, item in items)


def _detach_leads(aot: AoT) -> list[tuple[Any, Item]]:
    """Move each header's lead-in lines onto its own table; return the list's tail."""
    tables = list(aot.body)
    for before, after in zip(tables, tables[1:], strict=False):
        lead = _pop_trailer(_tail_holder(before).value)
        after.trivia.indent = _text(lead) + after.trivia.indent
    if not tables:
        return []
    return _pop_trailer(_tail_holder(tables[-1]).value)


def _relayout(aot: AoT, tables: list[Table], tail: list[tuple[Any, Item]]) -> None:
    """Put ``tables`` into ``aot`` in this order, with tidy blank lines between them."""
    indents = [t.trivia.indent for t in tables]
    # Blank lines at the very top of the list belong to the position, not
    # to whichever table happens to be first.
    found = _BLANK_LINES_RE.match(aot[0].trivia.indent) if len(aot) else None
    top = found.group(0) if found else ""
    while len(aot):
        del aot[-1]
    for table in tables:
        aot.append(table)
    for position, (table, indent) in enumerate(zip(tables, indents, strict=True)):
        if position == 0:
            indent = top + _BLANK_LINES_RE.sub("", indent)
        elif not _BLANK_LINES_RE.match(indent):
            indent = "\n" + indent
        table.trivia.indent = indent
    if tables:
        _tail_holder(tables[-1]).value.body.extend(tail)


def _new_table(values: Mapping[str, Any], inline: bool) -> Table | InlineTable:
    table: Table | InlineTable = tomlkit.inline_table() if inline else tomlkit.table()
    for key, value in values.items():
        if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            sub = tomlkit.aot()
            for entry in value:
                made = _new_table(entry, inline=False)
                assert isinstance(made, Table)
                made.trivia.indent = "\n"
                sub.append(made)
            table.append(key, sub)
        else:
            table.append(key, _to_item(value))
    return table


def _list_at(doc: Editable, path: KeyPath) -> AoT | Array:
    node = _resolve(doc, path)
    if not isinstance(node, AoT | Array):
        raise KeyError(f"{path} is not a list of tables")
    return node


def _moves_path(block: int | None) -> KeyPath:
    return ("moves",) if block is None else ("blocks", block, "moves")


def _insert(items: AoT | Array, values: Mapping[str, Any], index: int | None) -> int:
    position = len(items) if index is None else max(0, min(index, len(items)))
    if isinstance(items, Array):
        items.insert(position, _new_table(values, inline=True))
        return position
    tail = _detach_leads(items)
    tables = list(items.body)
    made = _new_table(values, inline=False)
    assert isinstance(made, Table)
    made.trivia.indent = "\n"
    tables.insert(position, made)
    _relayout(items, tables, tail)
    return position


def _remove(items: AoT | Array, index: int, what: str) -> None:
    if not -len(items) <= index < len(items):
        raise IndexError(f"there is no {what} {index + 1}")
    if len(items) == 1:
        raise ValueError(f"the last {what} cannot be removed; a session needs at least one")
    if isinstance(items, Array):
        del items[index]
        return
    tail = _detach_leads(items)
    tables = list(items.body)
    del tables[index]
    _relayout(items, tables, tail)


def _reorder(items: AoT | Array, source: int, target: int) -> None:
    count = len(items)
    if not (0 <= source < count and 0 <= target < count):
        raise IndexError(f"positions {source + 1} and {target + 1} are not both in 1..{count}")
    if source == target:
        return
    if isinstance(items, Array):
        moving = items[source]
        del items[source]
        items.insert(target, moving)
        return
    tail = _detach_leads(items)
    tables = list(items.body)
    tables.insert(target, tables.pop(source))
    _relayout(items, tables, tail)


def add_move(
    doc: Editable, table: Mapping[str, Any], index: int | None = None, block: int | None = None
) -> int:
    """Insert a move (a mapping of move keys) at ``index`` (default: last); return its index.

    ``block`` is the 0-based block for sessions made of ``[[blocks]]``.
    """
    return _insert(_list_at(doc, _moves_path(block)), table, index)


def remove_move(doc: Editable, index: int, block: int | None = None) -> None:
    """Remove move ``index`` (0-based), with the comment lines that introduce it."""
    _remove(_list_at(doc, _moves_path(block)), index, "move")


def move_move(
    doc: Editable,
    source: int,
    target: int,
    block: int | None = None,
    to_block: int | None = None,
) -> None:
    """Move move ``source`` so that it ends up at position ``target`` (0-based).

    With ``to_block`` (blocks only) the move goes into another block, at
    ``target`` in that block's list. Comments travel with their move.
    """
    if to_block is None or to_block == block:
        _reorder(_list_at(doc, _moves_path(block)), source, target)
        return
    if block is None:
        raise ValueError("moving between blocks needs the source block")
    origin = _list_at(doc, _moves_path(block))
    destination = _list_at(doc, _moves_path(to_block))
    if not 0 <= source < len(origin):
        raise IndexError(f"there is no move {source + 1} in block {block + 1}")
    if len(origin) == 1:
        raise ValueError("a block needs at least one move; remove the block instead")
    if isinstance(origin, Array) or isinstance(destination, Array):
        value = _plain(origin[source])
        _remove(origin, source, "move")
        _insert(destination, value, target)
        return
    tail = _detach_leads(origin)
    tables = list(origin.body)
    moving = tables.pop(source)
    _relayout(origin, tables, tail)
    tail = _detach_leads(destination)
    tables = list(destination.body)
    tables.insert(max(0, min(target, len(tables))), moving)
    _relayout(destination, tables, tail)


def add_block(doc: Editable, table: Mapping[str, Any], index: int | None = None) -> int:
    """Insert a block (with its ``moves`` list) at ``index`` (default: last); return its index."""
    return _insert(_list_at(doc, ("blocks",)), table, index)


def remove_block(doc: Editable, index: int) -> None:
    """Remove block ``index`` and its moves."""
    _remove(_list_at(doc, ("blocks",)), index, "block")


def move_block(doc: Editable, source: int, target: int) -> None:
    """Move block ``source`` to position ``target`` (0-based), its moves with it."""
    _reorder(_list_at(doc, ("blocks",)), source, target)


#: Where the session format's JSON Schema is served for anyone to fetch, to
#: write into copies that leave the install; None until there is such an
#: address (the schema's ``$id`` names a GitHub page, which serves HTML, not
#: the schema, so it is no use to an editor).
SCHEMA_URL: str | None = None


def _schema_reference(schema: Path, folder: Path) -> str | None:
    """Return how a file in ``folder`` should name ``schema``, or None for no ``#:schema`` line.

    The bundled schema lies inside the install (or the source checkout): a
    file in that same tree (an example kept in the repository) names it by
    a relative path, which keeps working wherever the tree is cloned; a
    file anywhere else gets ``SCHEMA_URL``, never the install's path, which
    breaks as soon as the file is shared, kept in git or hiptimer upgraded.
    Any other schema file (the runner's own) is named relative to ``folder``.
    """
    real = Path(os.path.realpath(schema))
    assets = Path(os.path.realpath(resources.assets_dir()))
    if _inside(real, assets) and not _inside(Path(os.path.realpath(folder)), assets.parent):
        return SCHEMA_URL
    try:
        return Path(os.path.relpath(real, os.path.realpath(folder))).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return None if _inside(real, assets) else str(real)


def _in_install(where: str) -> bool:
    path = Path(where)
    return path.is_absolute() and _inside(
        Path(os.path.realpath(path)), Path(os.path.realpath(resources.assets_dir())))


def fix_schema_comment(doc: Editable, origin: Path, folder: Path | None = None) -> None:
    """Make the ``#:schema`` comment of ``origin``'s document right for a file in ``folder``.

    ``folder`` defaults to ``origin``'s own. A URL is kept. A relative path
    is written anew from ``folder`` when the file moves (to the schema it
    named, or, for a built-in, to the bundled schema), by the rules of
    ``_schema_reference``; a path into the install, which earlier versions
    wrote into the runner's copies, is replaced by the same rules even when
    the file stays. Any other absolute path is the runner's choice and
    stays. When no reference fits, the comment line is dropped.
    """
    origin = Path(origin)
    folder = origin.parent if folder is None else Path(folder)
    for key, item in _toml(doc).body:
        if key is not None or not isinstance(item, Comment):
            continue
        comment = item.trivia.comment
        if not comment.startswith("#:schema"):
            continue
        where = comment[len("#:schema") :].strip()
        if not where or "://" in where:
            continue
        if Path(where).is_absolute():
            if not _in_install(where):
                continue
            schema: Path | None = Path(where)
        else:
            moved = os.path.realpath(origin.parent) != os.path.realpath(folder)
            if not moved:
                continue
            schema = origin.parent / where
            if not schema.is_file():
                schema = resources.schema_path() if is_builtin(origin) else None
        reference = None
        if schema is not None and schema.is_file():
            reference = _schema_reference(schema, folder)
        if reference is not None:
            item.trivia.comment = f"#:schema {reference}"
        else:
            item.trivia.indent = item.trivia.comment = item.trivia.trail = ""


# ---------------------------------------------------------------------------
# Saving
#
# Every save of a file runs under a lock of its own (``.NAME.lock`` beside
# the real file, removed again afterwards), so the check that the file is
# still as it was opened and the rename that replaces it happen as one step
# for every hiptimer process: of two saves at the same moment, the second
# sees the first one's change and refuses, instead of overwriting it. Under
# that lock no other save of the file is writing, so any temporary file of
# ours still lying beside it was left by a save that was killed, and goes.

LOCK_TIMEOUT = 2.0  # seconds a save (on the GUI thread) waits for another save of the same file
_LOCK_POLL = 0.01
# Without locks (a network share that has none), a temporary file is taken
# for a leftover only once it is this old.
_STALE_AGE = 600.0
# A file this large is not a session; "Save as" over it is refused.
_MAX_REPLACED_BYTES = 16 * 1024 * 1024
_NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, getattr(errno, "ENOTSUP", errno.EOPNOTSUPP),
             errno.ENOSYS, errno.EINVAL}
_NO_FALLOCATE = _NO_LOCKS - {errno.ENOLCK}
_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
               | getattr(os, "O_BINARY", 0))
_WRITE_FLAGS = os.O_RDWR | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        pass  # closing the file releases the lock


@dataclass(frozen=True, slots=True)
class _OnDisk:
    """What a file to be replaced holds right now."""

    raw: bytes
    info: os.stat_result


class _NoLocks(Exception):
    """The disk cannot lock files."""


def _why(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return translate("store", "the disk is full")
    if exc.errno == getattr(errno, "EDQUOT", -1):
        return translate("store", "your disk quota is used up")
    if isinstance(exc, PermissionError):
        return translate("store", "permission denied")
    if exc.errno == errno.EROFS:
        return translate("store", "the disk is read-only")
    return (exc.strerror or str(exc) or type(exc).__name__).rstrip(".").lower()


def _not_saved(label: str, what: str, exc: OSError | None = None) -> SaveError:
    if exc is None:
        return SaveError(translate("store", "{file} was not saved: {what}. Your file was not "
                                   "changed.").format(file=label, what=what))
    return SaveError(translate("store", "{file} was not saved: {what} ({reason}). Your file was "
                               "not changed.").format(file=label, what=what, reason=_why(exc)))


def _is_a_folder(label: str, real: Path) -> SaveError:
    return SaveError(translate("store", "{file} was not saved: {path} is a folder, not a file. "
                               "Nothing was changed.").format(file=label, path=real))


def _busy(label: str) -> SaveError:
    return SaveError(translate(
        "store", "{file} was not saved: another program is saving {file} right now; try again "
        "in a moment. Your file was not changed.").format(file=label))


def _wait_for(attempt: Callable[[], bool], label: str) -> None:
    """Call ``attempt`` until it gets its lock, for at most ``LOCK_TIMEOUT`` seconds."""
    deadline = time.monotonic() + LOCK_TIMEOUT
    while not attempt():
        if time.monotonic() >= deadline:
            raise _busy(label)
        time.sleep(_LOCK_POLL)


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


@contextlib.contextmanager
def _save_lock(real: Path, label: str) -> Iterator[bool]:
    """Hold the lock on saving ``real``; yield whether it is really held.

    On POSIX the lock file is removed on release. Whoever locked it just
    before it was removed notices that the name no longer leads to the file
    they locked, and tries again with a fresh one.
    """
    lock_path = real.with_name(f".{real.name}.lock")
    held: list[int] = []

    def attempt() -> bool:
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as exc:
            raise _not_saved(label, translate("store", "cannot write in {folder}").format(
                folder=real.parent), exc) from None
        try:
            locked = _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _NO_LOCKS:
                # Of no use to anyone on this disk: do not leave it behind.
                with contextlib.suppress(OSError):
                    os.unlink(lock_path)
                raise _NoLocks from None
            raise _not_saved(label, translate("store", "cannot lock it for saving"), exc) from None
        if locked and (sys.platform == "win32" or _same_file(fd, lock_path)):
            held.append(fd)
            return True
        os.close(fd)
        return False

    try:
        _wait_for(attempt, label)
    except _NoLocks:
        logger.warning("cannot lock %s on this disk; saving %s without a lock", lock_path, real)
    if not held:
        yield False
        return
    try:
        yield True
    finally:
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.unlink(lock_path)
        _unlock(held[0])
        with contextlib.suppress(OSError):
            os.close(held[0])


def _temporary_name(name: str) -> re.Pattern[str]:
    # ``tempfile.mkstemp``'s names for NAME (8 characters between our
    # prefix and suffix) and the backup's staging file; nothing else.
    return re.compile(rf"\.{re.escape(name)}\.(?:[a-z0-9_]{{8}}|bak)\.tmp")


def _remove_leftovers(real: Path, locked: bool) -> None:
    """Remove temporary files that interrupted saves of ``real`` left beside it."""
    ours = _temporary_name(real.name)
    oldest = time.time() - _STALE_AGE
    try:
        entries = list(os.scandir(real.parent))
    except OSError:
        return
    for entry in entries:
        if not ours.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or (not locked and info.st_mtime > oldest):
                continue
            os.unlink(entry.path)
        except OSError as exc:
            logger.debug("cannot remove %s: %s", entry.path, exc)
            continue
        logger.info("removed %s, left by a save that was interrupted", entry.path)


def _read_fd(fd: int, real: Path, label: str) -> _OnDisk:
    info = os.fstat(fd)
    if stat.S_ISDIR(info.st_mode):
        raise _is_a_folder(label, real)
    if not stat.S_ISREG(info.st_mode):
        raise SaveError(translate(
            "store", "{file} was not saved: {path} is not a regular file. Nothing was changed.")
            .format(file=label, path=real))
    if info.st_size > _MAX_REPLACED_BYTES:
        raise SaveError(translate(
            "store", "{file} was not saved: {path} is far too large to be a session; it was left "
            "alone. Nothing was changed.").format(file=label, path=real))
    chunks: list[bytes] = []
    offset = 0
    while True:
        chunk = os.pread(fd, 1 << 16, offset) if hasattr(os, "pread") else os.read(fd, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
        if offset > _MAX_REPLACED_BYTES:
            raise SaveError(translate(
                "store", "{file} was not saved: {path} is far too large to be a session. "
                "Nothing was changed.").format(file=label, path=real))
    return _OnDisk(b"".join(chunks), info)


def _read_current(real: Path, label: str) -> _OnDisk | None:
    """Return what ``real`` holds now (``None`` if there is no such file)."""
    try:
        fd = os.open(real, _READ_FLAGS)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if os.path.isdir(real):  # Windows refuses to open folders
            raise _is_a_folder(label, real) from None
        raise _not_saved(label, translate(
            "store", "cannot read it to check that it did not change"), exc) from None
    try:
        return _read_fd(fd, real, label)
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise _is_a_folder(label, real) from None
        raise _not_saved(label, translate(
            "store", "cannot read it to check that it did not change"), exc) from None
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)


def _check(current: _OnDisk | None, expected: Fingerprint | None, overwrite: bool,
           real: Path, label: str) -> None:
    """Refuse to replace a file that is not the one the document was opened from."""
    if current is None:
        return
    if expected is None:
        if not overwrite:
            raise SaveError(translate(
                "store", "{file} already exists in {folder}; it was not overwritten. Save as "
                "another file, or open that one to change it.").format(file=label,
                                                                      folder=real.parent))
        return
    if hashlib.sha256(current.raw).hexdigest() != expected.sha256:
        raise SaveError(translate(
            "store", "{file} changed on disk since you opened it; it was not overwritten. Save "
            "as another file or reload it.").format(file=label))


def _hard_linked(real: Path, current: _OnDisk) -> bool:
    """Whether ``real`` has other names (hard links) that a rename would cut off."""
    links = current.info.st_nlink
    # A backup staged as a link by a save that was killed (or by an older
    # hiptimer) is a name of ours, not the runner's.
    for ours in (real.with_name(real.name + ".bak"), real.with_name(f".{real.name}.bak.tmp")):
        if links > 1:
            with contextlib.suppress(OSError):
                links -= os.path.samefile(ours, real)
    return links > 1


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.EIO, "nothing was written")
        view = view[written:]


def _set_mode(fd: int, path: Path, mode: int) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)
    else:
        os.chmod(path, mode)


def _fsync_folder(folder: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return  # Windows cannot open folders; the rename is all there is.
    try:
        os.fsync(fd)
    except OSError:
        logger.debug("cannot fsync folder %s", folder)
    finally:
        os.close(fd)


def _copy_for_backup(real: Path, current: _OnDisk) -> Path:
    """Write ``current`` to the backup's staging file (a copy: never a link to ``real``)."""
    staging = real.with_name(f".{real.name}.bak.tmp")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 0o600)
    try:
        _write_all(fd, current.raw)
        _set_mode(fd, staging, current.info.st_mode & 0o7777)
        os.fsync(fd)
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            staging.unlink()
        raise
    os.close(fd)
    with contextlib.suppress(OSError):
        os.utime(staging, ns=(current.info.st_atime_ns, current.info.st_mtime_ns))
    return staging


def _stage_backup(real: Path, current: _OnDisk, label: str) -> Path:
    """Keep the version about to be replaced under a temporary name, to become ``NAME.bak``."""
    staging = real.with_name(f".{real.name}.bak.tmp")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    try:
        # A second name for the old file costs nothing, and it still holds
        # the old text after the rename.
        os.link(real, staging)
        return staging
    except OSError:
        pass  # no hard links on this disk: copy what was checked
    try:
        return _copy_for_backup(real, current)
    except OSError as exc:
        raise _not_saved(label, translate(
            "store", "could not keep a backup of the previous version"), exc) from None


def _keep_backup(staging: Path, real: Path) -> None:
    backup = real.with_name(real.name + ".bak")
    try:
        os.replace(staging, backup)
    except OSError as exc:
        # The session is saved; only the copy of the version before is missing.
        logger.warning("saved %s but could not keep the previous version as %s: %s",
                       real, backup.name, exc)
        with contextlib.suppress(OSError):
            staging.unlink()


def _replace(real: Path, label: str, data: bytes, mode: int,
             recheck: Callable[[], _OnDisk | None]) -> os.stat_result:
    """Write ``data`` to a temporary file beside ``real``, back ``real`` up, rename over it."""
    folder = real.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _not_saved(label, translate("store", "cannot write in {folder}").format(
            folder=folder), exc) from None
    temp = Path(temp_name)
    staging: Path | None = None
    try:
        try:
            try:
                _write_all(fd, data)
                _set_mode(fd, temp, mode)
                os.fsync(fd)
                info = os.fstat(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise _not_saved(label, translate("store", "writing failed"), exc) from None
        current = recheck()
        if current is not None:
            staging = _stage_backup(real, current, label)
        try:
            os.replace(temp, real)
        except OSError as exc:
            if exc.errno == errno.EISDIR or os.path.isdir(real):
                raise _is_a_folder(label, real) from None
            raise _not_saved(label, translate("store", "could not replace the file"), exc) from None
        if staging is not None:
            _keep_backup(staging, real)
            staging = None
        return info
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
        if staging is not None:
            with contextlib.suppress(OSError):
                staging.unlink()


def _overwrite(fd: int, data: bytes, old: bytes, label: str, backup: Path) -> os.stat_result:
    """Write ``data`` over the open file ``fd``; on failure put ``old`` back."""
    try:
        if len(data) > len(old) and hasattr(os, "posix_fallocate"):
            # Claim the room first: a full disk then fails before a byte changed.
            try:
                os.posix_fallocate(fd, 0, len(data))
            except OSError as exc:
                if exc.errno not in _NO_FALLOCATE:
                    raise
        os.lseek(fd, 0, os.SEEK_SET)
        _write_all(fd, data)
        os.ftruncate(fd, len(data))
        os.fsync(fd)
        return os.fstat(fd)
    except OSError as exc:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            _write_all(fd, old)
            os.ftruncate(fd, len(old))
            os.fsync(fd)
        except OSError:
            raise SaveError(translate(
                "store", "{file} was not saved: writing failed ({reason}) and the file may now "
                "be incomplete. The previous version is kept in {backup}.").format(
                file=label, reason=_why(exc), backup=backup.name)) from None
        raise _not_saved(label, translate("store", "writing failed"), exc) from None


def _write_in_place(real: Path, label: str, data: bytes, expected: Fingerprint | None,
                    overwrite: bool) -> os.stat_result:
    """Write over a hard-linked file itself, so that all its names see the change.

    A rename would give this name a new file and leave the other names with
    the old text. The previous version is copied to ``NAME.bak`` first, and
    the file itself is locked too (its other names have other lock files).
    """
    try:
        fd = os.open(real, _WRITE_FLAGS)
    except OSError as exc:
        raise _not_saved(label, translate("store", "cannot open it for writing"), exc) from None
    try:
        if sys.platform != "win32":
            # Windows locks keep other programs from even reading; skip it there.
            try:
                _wait_for(lambda: _try_lock(fd), label)
            except OSError as exc:
                if exc.errno not in _NO_LOCKS:
                    raise _not_saved(label, translate(
                        "store", "cannot lock it for saving"), exc) from None
        try:
            current = _read_fd(fd, real, label)
        except OSError as exc:
            raise _not_saved(label, translate(
                "store", "cannot read it to check that it did not change"), exc) from None
        _check(current, expected, overwrite, real, label)
        try:
            staging = _copy_for_backup(real, current)
        except OSError as exc:
            raise _not_saved(label, translate(
                "store", "could not keep a backup of the previous version"), exc) from None
        backup = real.with_name(real.name + ".bak")
        try:
            os.replace(staging, backup)
        except OSError as exc:
            with contextlib.suppress(OSError):
                staging.unlink()
            raise _not_saved(label, translate(
                "store", "could not keep a backup of the previous version"), exc) from None
        return _overwrite(fd, data, current.raw, label, backup)
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)


def _shown(path: str | os.PathLike[str]) -> str:
    return os.path.basename(os.fspath(path)).replace("\0", "\\0") or os.fspath(path)


def save(
    doc: Document,
    path: str | os.PathLike[str] | None = None,
    expected: Fingerprint | None = None,
    overwrite: bool = False,
) -> Path:
    """Write ``doc`` to ``path`` (default ``save_target(doc.path)``) safely; return the path.

    ``expected`` is the fingerprint the file must still have; it defaults to
    the document's own when saving back to the file it came from. Saving to
    another file that already exists needs ``overwrite`` (the user confirmed
    it). The ``#:schema`` comment is made right for where the file goes
    (``fix_schema_comment``): never a path inside the install.

    Every failure raises ``SaveError`` (never another exception) with the
    file on disk as it was: the session is invalid, the file changed on disk
    or is read-only, another save of it is under way, or writing, backing up
    or renaming fails; a temporary file is never left behind. A symlink is
    written through (it stays a symlink), a hard-linked file is written in
    place (it keeps its links), a UTF-8 byte-order mark is kept, and the file
    keeps its mode. On success the document now describes the saved file
    (path, text, fingerprint).
    """
    target = save_target(doc.path) if path is None else Path(path)
    if "\0" in os.fspath(target):
        raise SaveError(translate("store", "{file} was not saved: it is not a usable file name. "
                                  "Nothing was changed.").format(file=_shown(target)))
    label = target.name
    if is_builtin(target):
        raise SaveError(translate("store", "{file} is built into hiptimer and is never changed; "
                                  "save a copy.").format(file=label))
    same_file = os.path.realpath(target) == os.path.realpath(doc.path)
    if expected is None and same_file:
        expected = doc.fingerprint
    try:
        fix_schema_comment(doc, doc.path, target.parent)
        text = doc.as_string()
    except (TOMLKitError, ValueError, TypeError) as exc:
        raise SaveError(translate("store", "{file} was not saved: the session could not be "
                                  "written as TOML ({error}). Your file was not changed.").format(
            file=label, error=exc)) from None
    try:
        loads(text, label, base_dir=target.parent, source=target)
    except SessionError as exc:
        count = len(exc.problems)
        raise SaveError(
            translate("store", "{file} was not saved: the session has %n problem(s):", None,
                      count).format(file=label) + "\n" + "\n".join(exc.lines()),
            exc,
        ) from None
    data = text.encode("utf-8")
    if doc.bom:
        data = _BOM.encode("utf-8") + data
    if len(data) > MAX_FILE_BYTES:
        raise SaveError(translate("store", "{file} was not saved: it would be too large to "
                                  "open again.").format(file=label))

    # Write beside the real file, so a symlinked session stays a symlink.
    real = Path(os.path.realpath(target))
    folder = real.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _not_saved(label, translate("store", "cannot create {folder}").format(
            folder=folder), exc) from None
    permitted = overwrite or same_file
    with _save_lock(real, label) as locked:
        _remove_leftovers(real, locked)
        current = _read_current(real, label)
        _check(current, expected, permitted, real, label)
        if current is not None and not os.access(real, os.W_OK):
            raise SaveError(translate("store", "{file} is read-only; it was not changed. Save "
                                      "as another file, or make it writable first.").format(
                file=label))
        if current is not None and _hard_linked(real, current):
            info = _write_in_place(real, label, data, expected, permitted)
        else:
            mode = current.info.st_mode & 0o7777 if current is not None else _new_file_mode()

            def recheck() -> _OnDisk | None:
                now = _read_current(real, label)
                _check(now, expected, permitted, real, label)
                return now

            info = _replace(real, label, data, mode, recheck)
        _fsync_folder(folder)
    doc.path, doc.text, doc.raw = target, text, data
    doc.fingerprint = Fingerprint.of_bytes(data, info)
    logger.info("saved %s (%d bytes)", target, len(data))
    return target
