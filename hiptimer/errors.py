"""Errors raised when a session file cannot be used.

One ``SessionError`` carries every ``Problem`` found in a file, so a runner
fixes them all in one go instead of meeting them one at a time. Each problem
knows where it is (key path and, when it can be found, line and column) and
formats itself as ``config.toml:12:8: moves[2].reps: must be ...``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class Problem(NamedTuple):
    """One thing wrong with a session, with where it is."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def format(self, filename: str) -> str:
        """Return the problem as one ``file:line:col: path: message`` line."""
        where = filename
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        if self.path:
            return f"{where}: {self.path}: {self.message}"
        return f"{where}: {self.message}"


class SessionError(Exception):
    """A session file could not be used; holds every problem found in it."""

    def __init__(self, filename: str, problems: Sequence[Problem]) -> None:
        self.filename = filename
        self.problems = tuple(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """Return one formatted line per problem."""
        return [p.format(self.filename) for p in self.problems]
