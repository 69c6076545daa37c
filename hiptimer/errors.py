"""Errors raised when a session file cannot be used.

One ``SessionError`` carries every ``Problem`` found in a file, so a runner
fixes them all in one go instead of meeting them one at a time. Each problem
knows where it is (key path and, when it can be found, line and column) and
formats itself as ``config.toml:12:8: moves[2].reps: must be ...``. The key
path comes twice: ``path`` as people read it, ``keys`` as the document's own
keys (``("moves", 1, "reps")``, positions from 0), so the editor can find the
field a problem is about without reading the text back.

Whatever a runner wrote that a message quotes back (a key, a value, a file
name) goes through ``shown()`` first: long text is cut, and control
characters are written as escapes, so one problem stays one short line and a
file cannot send a terminal its own escape sequences.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple, TypeAlias

from hiptimer.i18n import QT_TRANSLATE_NOOP, translate

# How much of a runner's own text a message quotes back.
MAX_ECHO = 40
# File names are kept longer (the end says which file), but not without end.
MAX_ECHO_PATH = 240
ELLIPSIS = "\u2026"

# A key path in a session: table keys and 0-based array positions.
KeyPath: TypeAlias = tuple[str | int, ...]

# C0 and C1 controls, DEL, the Unicode line and paragraph separators and the
# bidirectional overrides: none of them may reach a terminal as they are.
_UNSAFE_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# What text in a session may not hold: the bidirectional marks are left out,
# since right-to-left names can need them.
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str, limit: int = MAX_ECHO) -> str:
    """Return ``text`` as a message may quote it: controls escaped, cut after ``limit``."""
    # Cut first: escaping all of a 200 KB key only to throw it away costs time.
    cut = text[:limit]
    return _UNSAFE_RE.sub(_escape, cut) + (ELLIPSIS if len(text) > limit else "")


def shown_path(name: str, limit: int = MAX_ECHO_PATH) -> str:
    """Return a file name as a message may quote it: its start and its end when too long."""
    if len(name) <= limit:
        return _UNSAFE_RE.sub(_escape, name)
    half = limit // 2
    return (_UNSAFE_RE.sub(_escape, name[:half]) + ELLIPSIS
            + _UNSAFE_RE.sub(_escape, name[-half:]))


def control_character(text: str, allowed: str = "") -> tuple[str, int] | None:
    """Return the first control character in ``text`` and its position (from 1), if any.

    ``allowed`` lists the ones that are fine here (line breaks in a text of
    several lines).
    """
    for found in _CONTROL_RE.finditer(text):
        if found.group() not in allowed:
            return _escape(found), found.start() + 1
    return None


# What a list of tables in a session is called, one entry at a time.
_ENTRY_WORDS = {"moves": QT_TRANSLATE_NOOP("errors", "move {number}"),
                "blocks": QT_TRANSLATE_NOOP("errors", "block {number}")}


def place(keys: KeyPath, names: Mapping[KeyPath, str] | None = None) -> str:
    """Return where ``keys`` points as a runner says it: "block 2 (Circuit), move 3 (Clams): reps".

    Positions count from 1; ``names`` gives the name of a move or block by
    its key path (``("moves", 2)``), shown in brackets when known. A move of
    the session's library is "library move 'wall-sit'". Empty for the whole
    file.
    """
    names = names or {}
    parts: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(keys):
        key = keys[index]
        following = keys[index + 1] if index + 1 < len(keys) else None
        if isinstance(key, str) and key in _ENTRY_WORDS and isinstance(following, int):
            where = keys[: index + 2]
            name = names.get(where)
            label = translate("errors", _ENTRY_WORDS[key]).format(number=following + 1)
            parts.append(translate("errors", "{entry} ({name})").format(
                entry=label, name=shown(name)) if name else label)
            index += 2
            continue
        if key == "library" and isinstance(following, str) and not rest:
            parts.append(translate("errors", "library move '{move}'").format(
                move=shown(following)))
            index += 2
            continue
        rest.append(str(key + 1) if isinstance(key, int) else shown(key))
        index += 1
    if rest:
        parts.append(".".join(rest))
    return ", ".join(parts[:-1]) + (": " if len(parts) > 1 else "") + parts[-1] if parts else ""


class Problem(NamedTuple):
    """One thing wrong with a session, with where it is.

    ``path`` is the key path as a message shows it (``moves[2].reps``) and
    ``keys`` the same path as keys (``("moves", 1, "reps")``); both are
    empty for a problem with the whole file.
    """

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    keys: KeyPath = ()

    def format(self, filename: str) -> str:
        """Return the problem as one ``file:line:col: path: message`` line."""
        where = shown_path(filename)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        if self.path:
            return f"{where}: {self.path}: {self.message}"
        return f"{where}: {self.message}"

    def readable(self, names: Mapping[KeyPath, str] | None = None) -> str:
        """Return the problem for a window: "line 12: move 3 (Side lunge): reps: must be ...".

        ``names`` as for ``place()`` (``SessionError.names`` has them).
        """
        where = place(self.keys, names) if self.keys else self.path
        if self.line is None:
            return f"{where}: {self.message}" if where else self.message
        if where:
            return translate("errors", "line {line}: {place}: {problem}").format(
                line=self.line, place=where, problem=self.message)
        return translate("errors", "line {line}: {problem}").format(line=self.line,
                                                                   problem=self.message)


class SessionError(Exception):
    """A session file could not be used; holds every problem found in it.

    ``names`` are the names of the moves and blocks the file gives, by key
    path, for ``readable_lines()``.
    """

    def __init__(self, filename: str, problems: Sequence[Problem],
                 names: Mapping[KeyPath, str] | None = None) -> None:
        self.filename = filename
        self.problems = tuple(problems)
        self.names: Mapping[KeyPath, str] = dict(names or {})
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """Return one formatted line per problem."""
        return [p.format(self.filename) for p in self.problems]

    def readable_lines(self) -> list[str]:
        """Return one line per problem as a window shows it ("move 3 (Side lunge): reps ...")."""
        return [p.readable(self.names) for p in self.problems]
