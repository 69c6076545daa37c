"""Find the line and column of a key in TOML source text.

``tomllib`` returns plain dicts with no positions, but a runner fixing
``moves[2].reps`` wants to be sent to the right line. This module scans the
text once, following table headers (``[x]``, ``[[moves]]``,
``[[blocks.moves]]``) and ``key = value`` lines, and records where each key
path starts. Inline tables and arrays are not taken apart: a path inside one
is reported at the line of the key that holds it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

PathKey = tuple[str | int, ...]

# Kept free of nested optional whitespace around the name: a line of
# thousands of spaces after "[" (valid inside a multi-line array) made the
# earlier pattern backtrack for minutes.
_HEADER_RE = re.compile(r"^\s*(\[\[?)([^\]]*)\]\]?\s*(#.*)?$")
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_KEY_RE = re.compile(rf"^(\s*)({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=\s*")


def _split_dotted(text: str) -> list[str]:
    parts = re.findall(r"""[A-Za-z0-9_-]+|"[^"]*"|'[^']*'""", text)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


class Locator:
    """Positions of key paths in one TOML text (1-based line and column)."""

    def __init__(self, text: str) -> None:
        self._where: dict[PathKey, tuple[int, int]] = {}
        # Where each key itself starts (``_where`` has where its value does).
        self._keys: dict[PathKey, tuple[int, int]] = {}
        # How many [[array]] tables each path has had so far.
        self._counters: dict[PathKey, int] = {}
        self._scan(text)

    def _scan(self, text: str) -> None:
        current: PathKey = ()
        counters = self._counters
        in_multiline: str | None = None
        # TOML ends lines at "\n" only (tomllib counts lines the same way);
        # str.splitlines() would also split at U+2028 and friends inside strings.
        for lineno, line in enumerate(text.split("\n"), start=1):
            if in_multiline is not None:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = _HEADER_RE.match(line)
            if header and not _KEY_RE.match(line):
                names = _split_dotted(header.group(2))
                if not names:
                    continue
                path = self._resolve(names)
                if header.group(1) == "[[":
                    # The list as a whole ("moves: has 61 entries") is placed
                    # at its first table.
                    self._where.setdefault(path, (lineno, line.index("[") + 1))
                    index = counters.get(path, 0)
                    counters[path] = index + 1
                    path = (*path, index)
                current = path
                self._where.setdefault(current, (lineno, line.index("[") + 1))
                continue
            key = _KEY_RE.match(line)
            if key:
                path = (*current, *_split_dotted(key.group(2)))
                self._where.setdefault(path, (lineno, key.end() + 1))
                self._keys.setdefault(path, (lineno, key.start(2) + 1))
                rest = line[key.end() :]
                for quote in ('"""', "'''"):
                    if rest.count(quote) % 2 == 1:
                        in_multiline = quote
                        break

    def _resolve(self, names: Sequence[str]) -> PathKey:
        """Turn ``blocks.moves`` into ``("blocks", 1, "moves")`` for the latest block."""
        path: list[str | int] = []
        for position, name in enumerate(names):
            path.append(name)
            latest = self._latest_index(tuple(path))
            if latest is not None and position < len(names) - 1:
                path.append(latest)
        return tuple(path)

    def _latest_index(self, prefix: PathKey) -> int | None:
        # Looked up, not searched for: scanning every known path here made a
        # file of many [[tables]] take minutes.
        count = self._counters.get(prefix, 0)
        return count - 1 if count else None

    def find_key(self, path: PathKey) -> tuple[int, int] | None:
        """Return ``(line, column)`` of the key ``path`` ends in, else as ``find()``.

        For a message about the key itself ("unknown key"), where ``find()``
        gives the position of its value.
        """
        found = self._keys.get(path)
        return found if found is not None else self.find(path)

    def find(self, path: PathKey) -> tuple[int, int] | None:
        """Return ``(line, column)`` of ``path`` or of its nearest known parent."""
        for end in range(len(path), 0, -1):
            found = self._where.get(path[:end])
            if found is not None:
                return found
        return None
