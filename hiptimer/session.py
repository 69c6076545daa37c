"""Sessions: what a warm-up is made of, read from TOML and checked.

A ``Session`` is a tuple of ``Block``s, each done for some rounds, each a tuple
of ``Move``s. Every value a move needs (tempo, rests, sides) is resolved here,
from the move, its block, the session and the built-in move library in that
order, so the planner never has to look anything up.

``load(path)`` reads a file and ``validate(data, ...)`` checks an already
parsed mapping (the editor uses it on every keystroke). Both collect *every*
problem into one ``SessionError`` rather than stopping at the first. Nothing in
a session is ever executed.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import logging
import math
import os
import re
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from hiptimer import paths, resources
from hiptimer.errors import (
    KeyPath,
    Problem,
    SessionError,
    control_character,
    shown,
    shown_path,
)
from hiptimer.i18n import QT_TRANSLATE_NOOP, language, translate
from hiptimer.progression import (
    DOSE_KINDS,
    Rules,
    SessionRules,
    Variation,
    parse_rules,
    variation_of,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

if TYPE_CHECKING:
    from hiptimer.locate import Locator, PathKey

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 256 * 1024
MAX_MOVES = 60
MAX_BLOCKS = 12
MAX_PHASES = 2000
MAX_TEXT = 2000
MAX_NAME = 80
SELF_PACED = "self"


class FileKey(NamedTuple):
    """A key whose value can name a file of the runner's own.

    ``tables`` says where the key is written (``"session"``, ``"block"``,
    ``"move"``); a value ending in one of ``suffixes`` is a file, any other
    value a built-in name; ``what`` names the file in messages.
    """

    tables: frozenset[str]
    suffixes: tuple[str, ...]
    what: str


# Every key whose value can name a file. Each is resolved and checked by
# _user_file(), and tests/core/test_user_paths.py checks each one from this
# declaration, so a file key added here is tested without being listed there.
FILE_KEYS: dict[str, FileKey] = {
    "image": FileKey(frozenset({"move"}), resources.IMAGE_SUFFIXES, "picture"),
}

# Keys whose value is a table of files, one per name: ``[sounds]`` maps cue
# names to the runner's own sound files. Resolved and checked by the same
# _user_file(); tests/core/test_format2_files.py checks each from here.
FILE_TABLES: dict[str, FileKey] = {
    "sounds": FileKey(frozenset({"session", "move"}), resources.SOUND_SUFFIXES, "sound"),
}
# The cues a [sounds] table can give a file of its own, as the cue mapper's
# tones name them (``get_ready`` is the tone "get-ready").
SOUND_CUES = ("get_ready", "go", "rest", "switch", "halfway", "countdown", "tick", "round",
              "done")

# A sound of the runner's own: cue name and absolute file, in the order written.
Sounds = tuple[tuple[str, Path], ...]


class Limits(NamedTuple):
    """The sane range of one numeric setting."""

    low: float
    high: float
    whole: bool = False


LIMITS: dict[str, Limits] = {
    "reps": Limits(1, 500, whole=True),
    "hold": Limits(1, 3600),
    "work": Limits(1, 3600),
    "estimate": Limits(1, 3600),
    "every": Limits(5, 3600),
    "tempo": Limits(0.5, 60),
    "sets": Limits(1, 20, whole=True),
    "rounds": Limits(1, 20, whole=True),
    "get_ready": Limits(0, 300),
    "rest": Limits(0, 900),
    "set_rest": Limits(0, 900),
    "round_rest": Limits(0, 900),
    "switch": Limits(0, 120),
}

# Every key a progression table can hold, at any level, and its own.
_RULE_KEYS = frozenset({"progression", "step", "after", "ceiling", "floor", "then", *DOSE_KINDS})

# How many unknown keys of one file get a "did you mean".
MAX_SUGGESTIONS = 50

# The range of customise()'s scale factor (--scale, the start screen's steps).
SCALE_LOW = 0.25
SCALE_HIGH = 4.0

DEFAULTS: dict[str, Any] = {
    "get_ready": 10,
    "tempo": 2.5,
    "rest": 15,
    "set_rest": 15,
    "round_rest": 45,
    "switch": 5,
    "rounds": 1,
    "first_side": "left",
}

# Keys that cascade from session to block to move.
CASCADING = ("tempo", "rest", "set_rest", "switch", "first_side")
SESSION_KEYS = frozenset(
    {
        "name", "description", "say", "finish", "get_ready", "rounds", "round_rest",
        *CASCADING, "moves", "blocks", "sounds", "library", "progression", "question",
    }
)
# A question asked after a finished run, each answer with what it means.
QUESTION_KEYS = frozenset({"ask", "answers"})
MAX_ANSWERS = 4
BLOCK_KEYS = frozenset({"name", "rounds", "round_rest", *CASCADING, "moves", "sides"})
MOVE_KEYS = frozenset(
    {
        "move", "name", "reps", "hold", "work", "estimate", "each_side", "sides", "sets",
        "every", "image", "mirror", "instructions", "say", "sounds", *CASCADING,
        "equipment", "easier", "harder", "progression",
    }
)

# The runner's text a session may also give in other languages, for sharing:
# ``"name.de" = "Muschelübung"`` beside ``name``. The loader shows the one of
# the current language (``hiptimer.i18n.language()``), else the key itself.
TRANSLATED_KEYS = frozenset({"name", "description", "instructions", "say", "finish", "ask",
                             "answers"})
# A language code after the dot: two small letters ("de", "it").
_LANGUAGE_RE = re.compile(r"[a-z]{2}")


def translation_of(key: str) -> str | None:
    """Return the key ``key`` translates (``"name"`` for ``"name.de"``), else ``None``."""
    base, dot, _ = key.partition(".")
    return base if dot and base in TRANSLATED_KEYS else None


def translations(table: Mapping[str, Any], key: str) -> list[tuple[str, str]]:
    """Return the ``(written key, language)`` of every translation of ``key`` in ``table``."""
    prefix = key + "."
    return [(k, k[len(prefix):]) for k in table if isinstance(k, str) and k.startswith(prefix)]


# What ``sides`` may say on a move, and on a block.
FIRST_SIDES = ("left", "right")
ONE_THEN_OTHER = "one-then-other"


class Sides(enum.Enum):
    """Which sides a move is done on.

    ``BOTH`` is one side, then the other (``each_side = true``); ``ALTERNATE``
    changes leg on every rep, in one phase; ``LEFT`` and ``RIGHT`` are
    one-sided moves; ``NONE`` is a move without sides (a bridge).
    """

    NONE = ""
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"
    ALTERNATE = "alternate"


class Dose(enum.Enum):
    """How much of a move is done: a count of reps, a held position, or timed work."""

    REPS = "reps"
    HOLD = "hold"
    WORK = "work"


class Equipment(enum.Enum):
    """What a move needs besides a mat: nothing, a mini band or a stability ball."""

    NONE = "none"
    MINI_BAND = "mini-band"
    STABILITY_BALL = "stability-ball"

    @property
    def label(self) -> str:
        """Return the equipment as a sentence names it: "a mini band", "no equipment"."""
        return translate("session", _EQUIPMENT_LABELS[self])


_EQUIPMENT_LABELS = {
    Equipment.NONE: QT_TRANSLATE_NOOP("session", "no equipment"),
    Equipment.MINI_BAND: QT_TRANSLATE_NOOP("session", "a mini band"),
    Equipment.STABILITY_BALL: QT_TRANSLATE_NOOP("session", "a stability ball"),
}


def equipment_line(equipment: tuple[Equipment, ...]) -> str:
    """Return what the start screen says before the start: "You need: a mini band".

    Empty when nothing is needed. Several read as a list: "You need: a mini
    band and a stability ball".
    """
    labels = [item.label for item in equipment if item is not Equipment.NONE]
    if not labels:
        return ""
    listed = labels[0] if len(labels) == 1 else translate(
        "session", "{items} and {item}", "the last of a list").format(
        items=", ".join(labels[:-1]), item=labels[-1])
    return translate("session", "You need: {equipment}").format(equipment=listed)


@dataclass(frozen=True, slots=True)
class Move:
    """One exercise with every setting resolved.

    ``reps``, ``hold`` and ``work`` are per side and per set; exactly one is
    set, or none for an open-ended hold or work (``open_ended`` says which:
    the clock counts up until the runner says done). ``tempo`` is seconds
    per rep, ``None`` when the runner paces themself. ``estimate`` is what a
    self-paced phase counts for in the plan's total, ``None`` for the default.
    ``sides`` says which sides the move is done on; ``each_side`` is the
    older spelling of ``sides is Sides.BOTH`` and is kept in step with it.
    ``first_side`` (``"left"`` or ``"right"``) starts a both-sided or
    alternating move. With ``every``, each set starts that many seconds
    after the last one did (an interval, EMOM), in place of ``set_rest``.
    ``sounds`` are the move's own cue sounds (see ``Session.sounds``).
    ``equipment`` is what the move needs; ``easier`` and ``harder`` name the
    moves one step before and after it in its family (ids ``move = "..."``
    can name). ``progression`` is the move's own rule (or its library
    move's), with ``then`` already defaulted to ``harder``; None when the
    move has none (the session's rule may still apply, see
    ``Session.rules``).
    """

    name: str
    reps: int | None = None
    hold: float | None = None
    tempo: float | None = 2.5
    each_side: bool = False
    sets: int = 1
    set_rest: float = 15
    rest: float = 15
    switch: float = 5
    images: tuple[Path, ...] = ()
    mirror: bool = True
    instructions: str = ""
    say: str = ""
    library_id: str | None = None
    work: float | None = None
    sides: Sides = Sides.NONE
    first_side: str = "left"
    open_ended: Dose | None = None
    estimate: float | None = None
    every: float | None = None
    sounds: Sounds = ()
    equipment: Equipment = Equipment.NONE
    easier: str | None = None
    harder: str | None = None
    progression: Rules | None = None

    def __post_init__(self) -> None:
        # each_side and sides say the same thing; whichever was given wins.
        if self.each_side and self.sides is Sides.NONE:
            object.__setattr__(self, "sides", Sides.BOTH)
        object.__setattr__(self, "each_side", self.sides is Sides.BOTH)

    @property
    def dose(self) -> Dose:
        """Return whether the move is reps, a hold or timed work."""
        if self.reps is not None:
            return Dose.REPS
        if self.open_ended is not None:
            return self.open_ended
        return Dose.WORK if self.work is not None else Dose.HOLD

    @property
    def self_paced(self) -> bool:
        """Whether the runner says when the move is done (no tempo, or open-ended)."""
        return (self.reps is not None and self.tempo is None) or self.open_ended is not None

    @property
    def spoken_name(self) -> str:
        """Return what the voice says for this move."""
        return self.say or self.name


@dataclass(frozen=True, slots=True)
class Block:
    """Moves done in order, ``rounds`` times, with ``round_rest`` between rounds.

    With ``one_then_other``, each round does the block's both-sided moves on
    ``first_side`` and then all again on the other side, with one
    ``switch`` between the two. ``implicit`` marks the one block of a
    session written without ``[[blocks]]``: its name ("Moves", or
    "Circuit" when it has rounds) is hiptimer's, not the runner's, and need
    not be shown.
    """

    name: str
    moves: tuple[Move, ...]
    rounds: int = 1
    round_rest: float = 45
    one_then_other: bool = False
    first_side: str = "left"
    switch: float = 5
    implicit: bool = False


@dataclass(frozen=True, slots=True)
class Session:
    """A whole warm-up, ready to be planned.

    ``sounds`` are the runner's own files for cues (``("go", path)``), used
    in place of the built-in tones; a move's own ``sounds`` win over these.
    ``warnings`` are the problems that do not stop the session running (a
    picture or sound file that is missing: the window shows a placeholder
    or plays the built-in tone); ``--check`` refuses them instead. Format
    them with ``warning_lines()``.

    ``progression`` is the session's own ``[progression]`` rule (None
    without one); ``rules`` puts it together with every move's, and
    ``variations`` holds the starting dose of every move a rule's ``then``
    goes on to, by id, for ``progression.suggest``. ``equipment`` is what
    the moves need, in the order they first need it (``equipment_line()``
    says it as the start screen does). ``question`` is what the finish
    screen asks after a finished run (the glute firing check's "where did
    you feel it?"), each answer with what it means.
    """

    name: str
    blocks: tuple[Block, ...]
    description: str = ""
    say: str = ""
    get_ready: float = 10
    source: Path | None = field(default=None, compare=False)
    finish: str = ""
    sounds: Sounds = ()
    warnings: tuple[Problem, ...] = field(default=(), compare=False)
    filename: str = field(default="", compare=False)
    names: Mapping[KeyPath, str] = field(default_factory=dict, compare=False)
    progression: Rules | None = None
    variations: Mapping[str, Variation] = field(default_factory=dict,
                                                            compare=False)
    question: Question | None = None

    def warning_lines(self) -> list[str]:
        """Return the warnings as ``file:line:col: path: message`` lines, like errors."""
        return [problem.format(self.filename or self.name) for problem in self.warnings]

    def readable_warnings(self) -> list[str]:
        """Return the warnings as a window lists them: "line 7: move 2 (Bridge): image: ..."."""
        return [problem.readable(self.names) for problem in self.warnings]

    @property
    def moves(self) -> tuple[Move, ...]:
        """Return every move of every block, once each, in order."""
        return tuple(m for b in self.blocks for m in b.moves)

    @property
    def equipment(self) -> tuple[Equipment, ...]:
        """Return what the session's moves need, each once, in the order first needed."""
        found = dict.fromkeys(m.equipment for m in self.moves)
        return tuple(item for item in found if item is not Equipment.NONE)

    @property
    def rules(self) -> SessionRules:
        """Return the session's progression rules, each move's by its key path in the file."""
        moves: dict[KeyPath, Rules] = {}
        for b, block in enumerate(self.blocks):
            for i, move in enumerate(block.moves):
                if move.progression is not None:
                    keys: KeyPath = ("moves", i) if block.implicit else ("blocks", b, "moves", i)
                    moves[keys] = move.progression
        return SessionRules(self.progression, moves)


class Question(NamedTuple):
    """What a session asks after a finished run: ``ask``, and (answer, what it means) pairs."""

    ask: str
    answers: tuple[tuple[str, str], ...]


def format_path(path: PathKey) -> str:
    """Return a key path as people read it: ``blocks[2].moves[1].reps``.

    Array positions are counted from 1, as a runner counts moves.
    """
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else part
    return out


# Words people write for a key that is spelled differently here. Offered
# only where the key they stand for is allowed.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "duration": ("hold", "work"), "time": ("hold", "work"), "length": ("hold", "work"),
    "seconds": ("hold", "work"), "secs": ("hold", "work"),
    "picture": ("image",), "pictures": ("image",), "img": ("image",), "images": ("image",),
    "photo": ("image",), "gif": ("image",),
    "sound": ("sounds",), "audio": ("sounds",),
    "side": ("sides",), "each_sides": ("sides",), "per_side": ("sides",),
    "alternate": ("sides",), "alternating": ("sides",),
    "warmup": ("get_ready",), "warm_up": ("get_ready",), "prepare": ("get_ready",),
    "countdown": ("get_ready",), "lead_in": ("get_ready",),
    "rest_after": ("rest",), "rest_between": ("set_rest",), "pause": ("rest",),
    "repetitions": ("reps",), "count": ("reps",), "times": ("reps",),
    "laps": ("rounds",), "circuits": ("rounds",), "repeat": ("rounds",),
    "pace": ("tempo",), "speed": ("tempo",), "cadence": ("tempo",),
    "interval": ("every",), "emom": ("every",),
    "text": ("instructions",), "notes": ("instructions",), "how": ("instructions",),
    "title": ("name",), "exercise": ("move",), "from": ("move",),
    "end": ("finish",), "done": ("finish",),
}


def _distance(a: str, b: str) -> int:
    """Return the edits between ``a`` and ``b``, a swap of two letters counting as one."""
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


def suggest(word: str, choices: frozenset[str] | set[str]) -> str:
    """Return the "; did you mean ...?" for a key not in ``choices``, or ``""``.

    A synonym people actually write comes first ("duration": "hold" or
    "work"); then the closest spelling by edits, with two swapped letters as
    one edit ("rpes" is "reps", not "rest"); then, as before, the closest by
    difflib's measure.
    """
    if len(word) > MAX_NAME:
        return ""  # nobody means a key that long; comparing it would only cost time
    key = re.sub(r"[\s-]+", "_", word.strip().lower())
    if key in choices and key != word:
        return translate("session", "; did you mean {keys}?").format(keys=f"'{key}'")
    if key in SYNONYMS:
        # A word people use for a key: offered where that key is allowed,
        # and elsewhere no guess at all ("duration" is no "description").
        meant = [name for name in SYNONYMS[key] if name in choices]
    else:
        meant = _nearest(key, choices)
    if not meant:
        return ""
    return translate("session", "; did you mean {keys}?").format(keys=_or(meant))


def _did_you_mean(name: str | None) -> str:
    """Return "; did you mean 'name'?" for a close ``name``, or ``""`` without one."""
    return translate("session", "; did you mean {keys}?").format(keys=f"'{name}'") if name else ""


def _or(names: list[str]) -> str:
    """Return ``["hold", "work"]`` as "'hold' or 'work'"."""
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return translate("session", "{choices} or {choice}").format(
        choices=", ".join(quoted[:-1]), choice=quoted[-1])


def _nearest(key: str, choices: frozenset[str] | set[str]) -> list[str]:
    """Return the choice fewest edits from ``key`` (ties: most alike), else difflib's pick."""
    import difflib

    limit = max(1, len(key) // 4)
    near = [(d, name) for name in choices if (d := _distance(key, name)) <= limit]
    if near:
        best = min(d for d, _ in near)
        ties = sorted(name for d, name in near if d == best)
        return [max(ties, key=lambda name: difflib.SequenceMatcher(None, key, name).ratio())]
    close = _closest(key, sorted(choices), cutoff=0.6)
    return [close] if close else []


def _closest(word: str, choices: list[str], cutoff: float) -> str | None:
    """Return the choice most like ``word`` (for "did you mean"), or ``None``."""
    # Only a file with a mistake needs this, so difflib loads only then.
    import difflib

    found = difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)
    return found[0] if found else None


class _Checker:
    """Collects problems while a parsed session is checked.

    ``text`` is the TOML source; it is scanned for line numbers only once a
    problem needs one, so a good file costs no scan. Every file the session
    names must exist, be a regular file, be readable and not be some other
    kind of file; with ``files`` one that is not is a problem, without it a
    warning (the session still runs).
    """

    def __init__(self, text: str | None, files: bool = False) -> None:
        self.source = text
        self.files = files
        self._locator: Locator | None = None
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.unknown = 0
        # The names of moves and blocks by key path, for readable messages.
        self.names: dict[KeyPath, str] = {}
        # The moves ``move = "..."`` can name, by id; session library moves
        # whose own table has a problem (already reported) are in ``bad``.
        self.builtin: dict[str, LibraryMove] = {
            key: LibraryMove(table, BUILTIN) for key, table in move_library().items()}
        self.yours: dict[str, LibraryMove] = {}
        self.library: dict[str, LibraryMove] = dict(self.builtin)
        self.bad: set[str] = set()
        self.session_names: frozenset[str] = frozenset()
        # Moves a link (easier, harder, a rule's then) may name besides those.
        self.also_linkable: frozenset[str] = frozenset()
        self.checked: dict[str, Mapping[str, Any] | None] = {}

    def error(self, filename: str) -> SessionError:
        """Return the problems found as one error, in the order they are in the file."""
        return SessionError(filename, _in_file_order(self.problems), self.names)

    def locator(self) -> Locator | None:
        """Return the line finder for the source text (``None`` without one)."""
        if self._locator is None and self.source is not None:
            from hiptimer.locate import Locator

            self._locator = Locator(self.source)
        return self._locator

    def add(self, path: PathKey, message: str, at: PathKey | None = None,
            key: bool = False) -> None:
        """Note a problem with ``path``, placed at the line of ``at`` (default ``path``).

        With ``key``, the column is that of the key ``at`` itself, not of its value.
        """
        self.problems.append(self._problem(path, message, at, key))

    def file(self, path: PathKey, message: str) -> None:
        """Note a file that cannot be used: a problem for ``--check``, else a warning."""
        (self.problems if self.files else self.warnings).append(self._problem(path, message))

    def _problem(self, path: PathKey, message: str, at: PathKey | None = None,
                 key: bool = False) -> Problem:
        line = column = None
        locator = self.locator()
        if locator is not None:
            where = path if at is None else at
            found = locator.find_key(where) if key else locator.find(where)
            if found is not None:
                line, column = found
        return Problem(format_path(path), message, line, column, tuple(path))

    def keys(self, table: Mapping[str, Any], allowed: frozenset[str], path: PathKey) -> None:
        for key in table:
            if key in allowed:
                continue
            if translation_of(key) in allowed:
                continue  # checked with the key it translates
            # Past a few dozen, suggestions help nobody and cost time.
            self.unknown += 1
            suggestion = suggest(key, allowed) if self.unknown <= MAX_SUGGESTIONS else ""
            # Placed at the key itself: its value may be far away or fine.
            self.add(path, translate("session", "unknown key '{key}'{suggestion}").format(
                key=shown(key), suggestion=suggestion), at=(*path, key), key=True)

    def number(self, table: Mapping[str, Any], key: str, path: PathKey) -> float | None:
        """Return ``table[key]`` if it is a number within its limits, else note why."""
        if key not in table:
            return None
        value = table[key]
        limits = LIMITS[key]
        low, high = _fmt(limits.low), _fmt(limits.high)
        if limits.whole:
            ok = isinstance(value, int) and not isinstance(value, bool)
            what = translate("session", "must be a whole number from {low} to {high}, "
                             "got {value}")
        else:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
            # Not math.isfinite(value): it overflows on a TOML integer with
            # hundreds of digits, which compares fine against the limits.
            ok = ok and not (isinstance(value, float) and not math.isfinite(value))
            what = translate("session", "must be a number of seconds from {low} to {high}, "
                             "got {value}")
        if not ok or not limits.low <= value <= limits.high:
            self.add((*path, key), what.format(low=low, high=high, value=_describe(value)))
            return None
        return float(value) if not limits.whole else int(value)

    def text(
        self, table: Mapping[str, Any], key: str, path: PathKey, limit: int = MAX_TEXT,
        lines: bool = False, own: bool = True,
    ) -> str | None:
        """Return ``table[key]`` if it is usable text, else note why.

        Control characters are refused: names and ``say`` reach the window
        title and ``espeak-ng``, where a NUL raised. ``lines`` texts may hold
        line breaks and tabs, which are tidied into spaces. A text key of the
        session's own (``own``, not an answer of its question) may be given in
        other languages too (``"name.de"``): the current language's is returned.
        """
        chosen = (self.translated(table, key, path, limit, lines)
                  if own and key in TRANSLATED_KEYS else None)
        if key not in table:
            return None
        value = self._text(table, key, key, path, limit, lines)
        return value if value is None or chosen is None else chosen

    def translated(self, table: Mapping[str, Any], key: str, path: PathKey,
                   limit: int = MAX_TEXT, lines: bool = False) -> str | None:
        """Check the translations of ``key`` (``"name.de"``); return the current language's.

        ``None`` when the file gives none for the current language (or it has
        a problem, already noted).
        """
        chosen = None
        for written, code in self.translation_keys(table, key, path):
            value = self._text(table, written, key, path, limit, lines)
            if value is not None and code == language():
                chosen = value
        return chosen

    def translation_keys(self, table: Mapping[str, Any], key: str,
                         path: PathKey) -> list[tuple[str, str]]:
        """Return the usable translations of ``key`` as (written key, language); note the rest."""
        usable = []
        for written, code in translations(table, key):
            where = (*path, written)
            if not _LANGUAGE_RE.fullmatch(code):
                self.add(where, translate(
                    "session", "unknown key '{key}': a translation is written \"{base}.de\", "
                    "with a language code of two small letters after the dot").format(
                    key=shown(written), base=key), key=True)
            elif key not in table:
                self.add(where, translate("session", "`{key}` needs `{base}` too").format(
                    key=shown(written), base=key), key=True)
            else:
                usable.append((written, code))
        return usable

    def _text(self, table: Mapping[str, Any], key: str, base: str, path: PathKey,
              limit: int, lines: bool) -> str | None:
        """Return ``table[key]`` if it is usable as the text ``base`` (``key`` may translate it)."""
        value = table[key]
        code = next((k for k in value if isinstance(k, str) and _LANGUAGE_RE.fullmatch(k)),
                    None) if isinstance(value, Mapping) else None
        if code is not None and base == key and key in TRANSLATED_KEYS:
            # ``name.de = "..."`` without quotes is the table ``name = {de = ...}``.
            self.add((*path, key), translate(
                "session", "must be text in quotes, got a table; for a translation, put the "
                "whole key in quotes: write \"{key}.{code}\" = \"…\"").format(
                key=key, code=code), at=(*path, key, code))
            return None
        if not isinstance(value, str):
            self.add((*path, key), translate("session", "must be text in quotes, got {value}")
                     .format(value=_describe(value)))
            return None
        if len(value) > limit:
            self.add((*path, key), translate(
                "session", "is too long ({length} characters, at most {limit})").format(
                length=len(value), limit=limit))
            return None
        bad = control_character(value, "\t\n\r\u2028\u2029" if lines else "")
        if bad is not None:
            self.add((*path, key), _control_message(bad))
            return None
        if base == "name" and not value.strip():
            self.add((*path, key), translate("session", "must not be empty"))
            return None
        return value

    def rules(self, table: Mapping[str, Any], path: PathKey) -> Rules | None:
        """Return the ``progression`` rule of ``table`` (None without one), noting its problems."""
        if "progression" not in table:
            return None
        rules, found = parse_rules(table["progression"], (*path, "progression"))
        for problem in found:
            # parse_rules gives each problem its keys; the place is found here.
            # Told by the key, not the (translated) message: an unknown key
            # is none that a progression table has.
            last = problem.keys[-1] if problem.keys else None
            unknown = (isinstance(last, str) and last not in _RULE_KEYS) or (
                problem.message.startswith("unknown key"))
            self.add(problem.keys, problem.message, key=unknown)
        return rules

    def knows(self, name: str) -> bool:
        """Whether ``name`` is a move this session can name (built-in, yours or its own)."""
        return name in self.library or name in self.session_names or name in self.also_linkable

    def known_names(self) -> list[str]:
        """Return every move a link may name, sorted."""
        return sorted({*self.library, *self.session_names, *self.also_linkable})

    def flag(self, table: Mapping[str, Any], key: str, path: PathKey) -> bool | None:
        if key not in table:
            return None
        value = table[key]
        if not isinstance(value, bool):
            self.add((*path, key), translate("session", "must be true or false, got {value}")
                     .format(value=_describe(value)))
            return None
        return value

    def tables(self, table: Mapping[str, Any], key: str, path: PathKey, limit: int) -> list[Any]:
        value = table.get(key)
        if not isinstance(value, list) or not value:
            kind = "[[moves]]" if key == "moves" else f"[[{key}]]"
            self.add((*path, key), translate(
                "session", "must be a list of {kind} tables with at least one entry").format(
                kind=kind))
            return []
        if len(value) > limit:
            self.add((*path, key), translate(
                "session", "has {count} entries, at most {limit} are allowed").format(
                count=len(value), limit=limit))
            return []
        good = []
        for index, item in enumerate(value):
            if isinstance(item, Mapping):
                good.append((index, item))
            else:
                self.add((*path, key, index), translate(
                    "session", "must be a table, got {value}").format(value=_describe(item)))
        return good


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` as they come in the file; those about the whole file first."""
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def _control_message(found: tuple[str, int], value: str | None = None) -> str:
    character, position = found
    if value is None:
        return translate("session", "must not contain a control character, found {character} "
                         "at character {position}").format(character=character,
                                                           position=position)
    return translate("session", "must not contain a control character, found {character} "
                     "at character {position} of \"{value}\"").format(
        character=character, position=position, value=shown(value))


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{shown(value)}"'
    if isinstance(value, int):
        # str() of a huge int is slow and, past 4300 digits, refused.
        return str(value) if abs(value) < 10**18 else translate("session",
                                                                "a number far too large")
    if isinstance(value, float):
        # repr keeps "3.0" distinct from 3, which matters for "a whole number".
        return repr(value)
    if isinstance(value, Mapping):
        return translate("session", "a table")
    if isinstance(value, list):
        return translate("session", "a list")
    return translate("session", "a {type}").format(type=type(value).__name__)


@cache
def move_library() -> dict[str, Mapping[str, Any]]:
    """Return the built-in moves by id, as raw move tables."""
    with resources.move_library_path().open("rb") as handle:
        data = tomllib.load(handle)
    return {key: value for key, value in data.items() if isinstance(value, Mapping)}


# Marks the settings a session's library move is checked with, on its own.
LIBRARY_ENTRY = "library entry"

# Where a library move comes from: hiptimer's own, the runner's moves.toml,
# or the session's [library]. Files it names are looked for beside it.
BUILTIN, YOURS, SESSION = "built-in", "yours", "session"


class LibraryMove(NamedTuple):
    """A move ``move = "..."`` can start from: its raw table and where it comes from."""

    table: Mapping[str, Any]
    origin: str


def user_library_path() -> Path:
    """Return the runner's own move library, ``moves.toml`` in their config folder."""
    return paths.config_dir() / "moves.toml"


class UserLibrary(NamedTuple):
    """The runner's own moves as read from ``moves.toml``: raw tables, text, and why not."""

    moves: dict[str, Mapping[str, Any]]
    text: str
    problem: str | None = None


_user_cache: dict[tuple[str, int, int], UserLibrary] = {}


def user_move_library() -> UserLibrary:
    """Return the runner's own moves (none when they have no ``moves.toml``).

    A file that cannot be read or is not TOML gives no moves and says why in
    ``problem``; it is read again only once it changes.
    """
    file = user_library_path()
    try:
        info = file.stat()
    except (OSError, ValueError):
        return UserLibrary({}, "")
    key = (str(file), info.st_mtime_ns, info.st_size)
    found = _user_cache.get(key)
    if found is not None:
        return found
    try:
        text = read_text(file)
        data = tomllib.loads(text.removeprefix("\ufeff"))
    except SessionError as exc:
        result = UserLibrary({}, "", exc.problems[0].message)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError) as exc:
        result = UserLibrary({}, "", translate("session", "not valid TOML: {error}").format(
            error=exc))
    else:
        moves = {k: v for k, v in data.items() if isinstance(v, Mapping)}
        result = UserLibrary(moves, text)
    _user_cache.clear()
    _user_cache[key] = result
    return result


def known_moves(data: Mapping[str, Any] | None = None) -> dict[str, Mapping[str, Any]]:
    """Return every move ``move = "..."`` can name, as raw tables, for the session ``data``.

    The session's ``[library]`` over the runner's own ``moves.toml`` over the
    built-in moves, as the loader looks them up (the editor lists these). A
    library move that starts from another is returned as written.
    """
    out = dict(move_library())
    out.update(user_move_library().moves)
    library = data.get("library") if data is not None else None
    if isinstance(library, Mapping):
        out.update((k, v) for k, v in library.items() if isinstance(v, Mapping))
    return out


def _library_from_user(check: _Checker) -> None:
    """Add the runner's own moves to the library the checker looks ``move`` up in."""
    own = user_move_library()
    if own.problem is not None:
        check.warnings.append(Problem("", translate(
            "session", "your own moves in {file} were not read: {problem}").format(
            file=shown_path(str(user_library_path())), problem=own.problem)))
    for key, table in own.moves.items():
        check.yours[key] = check.library[key] = LibraryMove(table, YOURS)


def _library_from_session(data: Mapping[str, Any], inherited: Mapping[str, Any],
                          check: _Checker, base_dir: Path | None) -> None:
    """Check the session's ``[library.NAME]`` moves and add them to the library.

    Each is checked as a move of its own, at its own lines, so a mistake in
    it is reported once, there, and not again at every move that uses it.
    It may start from a built-in move or one of the runner's own, not from
    another of the session's.
    """
    if "library" not in data:
        return
    value = data["library"]
    if not isinstance(value, Mapping):
        check.add(("library",), translate("session", "must be tables of moves, e.g. "
                                          "[library.wall-sit] with a name and hold = 45"))
        return
    check.session_names = frozenset(value)
    for key, table in value.items():
        path: PathKey = ("library", key)
        if not isinstance(table, Mapping):
            check.add(path, translate("session", "must be a table of move keys, got {value}")
                      .format(value=_describe(table)))
            check.bad.add(key)
            continue
        before = len(check.problems)
        # Checks that hang on where the move is used (the tempo a block
        # gives it, decides whether an estimate or an interval fits) are
        # made where it is used.
        _move(table, path, {**inherited, LIBRARY_ENTRY: True}, check, base_dir)
        if len(check.problems) != before:
            check.bad.add(key)
    for key, table in value.items():
        if isinstance(table, Mapping):
            check.library[key] = LibraryMove(table, SESSION)


def _own_move(ref: str, path: PathKey, inherited: Mapping[str, Any],
              check: _Checker) -> Mapping[str, Any] | None:
    """Check one of the runner's own moves where it is used; ``None`` if it has a problem.

    Its problems are in ``moves.toml``, not in the session: they are reported
    at the move that uses it, with the place in ``moves.toml``.
    """
    if ref in check.checked:
        table = check.checked[ref]
        if table is None:
            check.add((*path, "move"), translate(
                "session", "your move '{move}' has problems (above)").format(move=shown(ref)))
        return table
    own = user_move_library()
    table = own.moves[ref]
    inner = _Checker(own.text, check.files)
    inner.library = dict(check.builtin)
    # A link may name another of the runner's own moves, as ``move`` may not.
    inner.also_linkable = frozenset(own.moves)
    # As for the session's [library]: what hangs on where it is used is
    # checked there, so one check serves every use.
    _move(table, (ref,), {**inherited, LIBRARY_ENTRY: True}, inner, user_library_path().parent)
    where = shown_path(str(user_library_path()))
    for problem in inner.problems:
        line = f":{problem.line}" if problem.line is not None else ""
        check.add((*path, "move"), translate(
            "session", "your move '{move}' ({file}{line}): {path}: {problem}").format(
            move=shown(ref), file=where, line=line, path=problem.path, problem=problem.message))
    check.warnings.extend(
        problem._replace(path=format_path(path), keys=tuple(path),
                         message=translate("session", "your move '{move}': {problem}").format(
                             move=shown(ref), problem=problem.message),
                         line=None, column=None)
        for problem in inner.warnings)
    result = None if inner.problems else table
    check.checked[ref] = result
    return result


Origins = dict[str, str]


def _merge_library(
    raw: Mapping[str, Any], path: PathKey, inherited: Mapping[str, Any], check: _Checker,
    under: str | None = None,
) -> tuple[Mapping[str, Any], Origins] | None:
    """Lay a move's own keys over the library move it names with ``move``.

    Return the merged table and where each of its keys comes from (the
    library move's origin, or ``SESSION`` for the move's own), or ``None``
    (after noting the problem) when ``move`` names no usable library move, so
    the caller does not also complain about what that move would have
    supplied. ``under`` is the origin of a library move that itself starts
    from another: a session's may start from a built-in move or one of the
    runner's own, one of the runner's own from a built-in move only (so no
    chain comes back to where it began).
    """
    if "move" not in raw:
        return raw, dict.fromkeys(raw, SESSION)
    ref = raw["move"]
    library = check.library
    if under == SESSION:
        library = {**check.builtin, **check.yours}
    elif under == YOURS:
        library = check.builtin
    if isinstance(ref, str) and ref not in library and ref in check.session_names:
        check.add((*path, "move"), translate(
            "session", "'{move}' is another move of this session's [library]: a library move "
            "may start from a built-in move or one of your own only").format(move=shown(ref)))
        return None
    if not isinstance(ref, str) or ref not in library:
        # Only text is worth comparing (str() of a huge integer raises).
        hint = _closest(ref, sorted(library), cutoff=0.5) if isinstance(ref, str) else None
        suggestion = _did_you_mean(hint)
        known = ", ".join(sorted(library))
        only_builtin = all(found.origin == BUILTIN for found in library.values())
        message = (translate("session", "no built-in move {value}{suggestion} (known: {known})")
                   if only_builtin else
                   translate("session", "no move {value}{suggestion} (known: {known})"))
        check.add((*path, "move"), message.format(value=_describe(ref), suggestion=suggestion,
                                                  known=known))
        return None
    found = library[ref]
    if found.origin == SESSION and ref in check.bad:
        return None  # its own problems are reported where it is written
    table: Mapping[str, Any] | None = found.table
    if found.origin == YOURS:
        table = _own_move(ref, path, inherited, check)
        if table is None:
            return None
    assert table is not None
    origins = dict.fromkeys(table, found.origin)
    if found.origin != BUILTIN and "move" in table:
        # Laid over the move it starts from (even one it stands in for, of
        # the same name: [library.clam-shell] with move = "clam-shell").
        base = _merge_library(table, path, inherited, check, under=found.origin)
        if base is None:
            return None
        table, origins = base
        origins = {k: (found.origin if v == SESSION else v) for k, v in origins.items()}
    own = {k: v for k, v in raw.items() if k != "move"}
    merged = _lay_over(table, own)
    origins.update(dict.fromkeys(own, SESSION))
    return merged, {k: v for k, v in origins.items() if k in merged}


def _files_dir(origin: str, base_dir: Path | None) -> Path | None:
    """Return where files named by a key of this origin are looked for."""
    # Files in the runner's own moves.toml are beside it; the built-in
    # library's are hiptimer's (trusted, resolved by _images itself).
    return user_library_path().parent if origin == YOURS else base_dir


def _lay_over(base: Mapping[str, Any], raw: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``base`` with ``raw``'s keys laid over it.

    A move that says how long to hold stops being a rep move, and back; one
    that gives ``sides`` drops the library's ``each_side``, and back.
    """
    merged = dict(base)
    for group in (DOSE_KEYS, ("sides", "each_side")):
        if any(key in raw for key in group):
            for key in group:
                merged.pop(key, None)
    for key in TRANSLATED_KEYS.intersection(raw):
        # A move's own name is not the library move's in German.
        for written, _ in translations(base, key):
            merged.pop(written, None)
    merged.update(raw)
    return merged


DOSE_KEYS = ("reps", "hold", "work")


def _images(
    value: Any, path: PathKey, check: _Checker, base_dir: Path | None, trusted: bool = False
) -> tuple[Path, ...]:
    """Resolve a move's ``image`` to frame files.

    A name with a picture suffix is a file relative to the session; any other
    name is a built-in picture. ``trusted`` names come from the move library:
    if their files are missing the window shows a placeholder instead of the
    session being refused.
    """
    names = value if isinstance(value, list) else [value]
    if not names or not all(isinstance(n, str) and n for n in names):
        check.add((*path, "image"), translate(
            "session", "must be a picture name or file, or a list of files"))
        return ()
    if len(names) > 12:
        check.add((*path, "image"), translate(
            "session", "has {count} frames, at most {limit} are allowed").format(
            count=len(names), limit=12))
        return ()
    frames: list[Path] = []
    key_path = (*path, "image")
    spec = FILE_KEYS["image"]
    for name in names:
        bad = control_character(name)
        if bad is not None:
            check.add(key_path, _control_message(bad, name))
            continue
        if Path(name).suffix.lower() in spec.suffixes:
            if trusted:
                # A file named by the move library is one of hiptimer's own.
                frames.append(resources.move_library_path().parent / name)
                continue
            file = _user_file(name, key_path, spec, check, base_dir)
            if file is not None:
                frames.append(file)
            continue
        try:
            builtin = resources.image_frames(name)
        except resources.ResourceError:
            builtin = ()
        if not builtin and not trusted:
            known = ", ".join(resources.builtin_images())
            check.add(key_path, translate(
                "session", "no built-in picture '{name}' and not a {suffixes} file "
                "(built-in: {known})").format(name=shown(name),
                                              suffixes=_suffixes(spec.suffixes), known=known))
        frames.extend(builtin)
    return tuple(frames)


def _suffixes(suffixes: tuple[str, ...]) -> str:
    """Return ``(".svg", ".png", ".gif")`` as ".svg/.png/.gif"."""
    return "/".join(suffixes)


# The first bytes of the kinds of file a runner might name by mistake, and
# what each is: a picture that is really a web page (saved from a browser),
# a sound that is really a picture. A file none of them matches is given the
# benefit of the doubt: the player or Qt's reader says more when it runs.
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\x89PNG", 0, "picture", QT_TRANSLATE_NOOP("session", "a PNG picture")),
    (b"\xff\xd8\xff", 0, "picture", QT_TRANSLATE_NOOP("session", "a JPEG picture")),
    (b"GIF8", 0, "picture", QT_TRANSLATE_NOOP("session", "a GIF picture")),
    (b"WEBP", 8, "picture", QT_TRANSLATE_NOOP("session", "a WebP picture")),
    (b"<svg", 0, "picture", QT_TRANSLATE_NOOP("session", "a SVG picture")),
    (b"WAVE", 8, "sound", QT_TRANSLATE_NOOP("session", "a WAV sound")),
    (b"OggS", 0, "sound", QT_TRANSLATE_NOOP("session", "a OGG sound")),
    (b"ID3", 0, "sound", QT_TRANSLATE_NOOP("session", "a MP3 sound")),
    (b"fLaC", 0, "sound", QT_TRANSLATE_NOOP("session", "a FLAC sound")),
    (b"<!doctype html", 0, "", QT_TRANSLATE_NOOP("session", "a web page")),
    (b"<html", 0, "", QT_TRANSLATE_NOOP("session", "a web page")),
    (b"%PDF", 0, "", QT_TRANSLATE_NOOP("session", "a PDF document")),
    (b"PK\x03\x04", 0, "", QT_TRANSLATE_NOOP("session", "a zip archive")),
)


def _kind_of(head: bytes) -> tuple[str, str] | None:
    """Return (what, description) of a file that starts with ``head``, if it is known."""
    text = head.lstrip().lower()
    for signature, offset, what, description in _SIGNATURES:
        data = text if signature.startswith(b"<") else head
        if data[offset : offset + len(signature)] == signature:
            return what, description
    return None


def _file_problem(file: Path, what: str) -> str | None:
    """Return why ``file`` cannot be used as a ``what`` file, or ``None`` when it can."""
    name = shown_path(str(file))
    try:
        info = file.stat()
    except FileNotFoundError:
        return translate("session", "no such file: {file}").format(file=name)
    except OSError as exc:
        return _cannot_read(name, exc)
    if stat.S_ISDIR(info.st_mode):
        folder = (translate("session", "{file} is a folder, not a picture file")
                  if what == "picture" else
                  translate("session", "{file} is a folder, not a sound file"))
        return folder.format(file=name)
    if not stat.S_ISREG(info.st_mode):
        return translate("session", "{file} is not a regular file").format(file=name)
    # Opened, not os.access(): that asks with the real user id, and root
    # passes it for a file the effective user cannot read.
    try:
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return _cannot_read(name, exc)
    try:
        head = os.read(fd, 64)
    except OSError as exc:
        return _cannot_read(name, exc)
    finally:
        os.close(fd)
    found = _kind_of(head)
    if found is not None and found[0] != what:
        other = (translate("session", "{file} is {kind}, not a picture file")
                 if what == "picture" else
                 translate("session", "{file} is {kind}, not a sound file"))
        return other.format(file=name, kind=translate("session", found[1]))
    return None


def _cannot_read(name: str, exc: OSError) -> str:
    return translate("session", "cannot read {file}: {reason}").format(file=name,
                                                                      reason=exc.strerror)


def _user_file(name: str, key_path: PathKey, spec: FileKey, check: _Checker,
               base_dir: Path | None) -> Path | None:
    """Resolve a file named in a session (``~`` is the home folder); ``None`` after a problem.

    A relative name is taken from ``base_dir``, the session's folder. A file
    that cannot be used is a problem for ``--check`` and a warning otherwise
    (then its path is still returned: the window shows a placeholder).
    """
    if name.startswith("~"):
        # os.path, not Path.expanduser(): that raised RuntimeError for "~.svg"
        # (the home of a user ".svg") and "~nosuchuser/pic.png".
        expanded = os.path.expanduser(name)
        if expanded.startswith("~"):
            user = re.split(r"[\\/]", name, maxsplit=1)[0]
            message = (translate("session", "cannot find the home folder that \"{user}\" "
                                 "stands for; write \"./{name}\" for a file of that name")
                       if user != "~" else
                       translate("session", "cannot find the home folder that \"{user}\" "
                                 "stands for"))
            check.add(key_path, message.format(user=shown(user), name=shown(name)))
            return None
        name = expanded
    file = Path(name)
    if not file.is_absolute():
        if base_dir is None:
            try:
                base_dir = Path.cwd()
            except OSError:  # the folder we were started in is gone
                return file
        file = base_dir / file
    problem = _file_problem(file, spec.what)
    if problem is not None:
        check.file(key_path, problem)
        if check.files:
            return None
    return file


def _sounds(table: Mapping[str, Any], path: PathKey, check: _Checker,
            base_dir: Path | None) -> Sounds:
    """Resolve a ``[sounds]`` table: cue names to the runner's own sound files."""
    if "sounds" not in table:
        return ()
    value = table["sounds"]
    key_path = (*path, "sounds")
    if not isinstance(value, Mapping):
        check.add(key_path, translate("session", "must be a table of cue names and sound "
                                      "files, e.g. [sounds] with go = \"sounds/whistle.wav\""))
        return ()
    spec = FILE_TABLES["sounds"]
    check.keys(value, frozenset(SOUND_CUES), key_path)
    out: list[tuple[str, Path]] = []
    for cue, name in value.items():
        if cue not in SOUND_CUES:
            continue
        where = (*key_path, cue)
        if not isinstance(name, str) or not name:
            check.add(where, translate("session", "must be a sound file name in quotes, "
                                       "got {value}").format(value=_describe(name)))
            continue
        bad = control_character(name)
        if bad is not None:
            check.add(where, _control_message(bad, name))
            continue
        if Path(name).suffix.lower() not in spec.suffixes:
            check.add(where, translate("session", "must be a {suffixes} file, got {value}")
                      .format(suffixes=_suffixes(spec.suffixes), value=_describe(name)))
            continue
        file = _user_file(name, where, spec, check, base_dir)
        if file is not None:
            out.append((cue, file))
    return tuple(out)


def _move(
    raw: Mapping[str, Any],
    path: PathKey,
    inherited: Mapping[str, Any],
    check: _Checker,
    base_dir: Path | None,
) -> Move | None:
    before = len(check.problems)
    check.keys(raw, MOVE_KEYS, path)
    from_library = _merge_library(raw, path, inherited, check)
    # With an unknown library move, what it would have supplied is unknown.
    complete = from_library is not None
    merged, origins = (raw, {}) if from_library is None else from_library
    name = check.text(merged, "name", path, MAX_NAME)
    if name is not None:
        check.names[tuple(path)] = name.strip()
    if "name" not in merged and complete:
        check.add(path, translate("session",
                                  "a move needs a name (or 'move' naming a built-in move)"))
    reps = check.number(merged, "reps", path)
    hold = _seconds_or_self(merged, "hold", path, check)
    work = _seconds_or_self(merged, "work", path, check)
    given = [key for key in DOSE_KEYS if key in merged]
    if given == ["reps", "hold"]:
        check.add(path, translate("session", "give either 'reps' or 'hold', not both"))
    elif len(given) > 1:
        check.add(path, translate("session", "give only one of 'reps', 'hold' and 'work', "
                                  "not {keys}").format(keys=_and(given)))
    elif not given and complete:
        check.add(path, translate("session",
                                  "needs 'reps' (a count), 'hold' or 'work' (seconds)"))

    settings = _cascade(merged, inherited, path, check)
    sets = check.number(merged, "sets", path)
    each_side = check.flag(merged, "each_side", path)
    sides = _move_sides(merged, each_side, path, check)
    mirror = check.flag(merged, "mirror", path)
    instructions = check.text(merged, "instructions", path, lines=True)
    say = check.text(merged, "say", path, MAX_NAME * 2)
    estimate = check.number(merged, "estimate", path)
    open_ended = (Dose.HOLD if hold == SELF_PACED else Dose.WORK if work == SELF_PACED
                  else None)
    self_paced = open_ended is not None or ("reps" in merged and settings["tempo"] is None)
    in_use = not inherited.get(LIBRARY_ENTRY)
    if estimate is not None and not self_paced and in_use:
        check.add((*path, "estimate"), translate(
            "session", "is only for a move the runner ends: reps with tempo = \"self\", "
            "hold = \"self\" or work = \"self\""))
    every = check.number(merged, "every", path)
    if every is not None and in_use:
        _check_interval(raw, every, (reps, hold, work), sides, settings, path, check)
    if inherited.get("one_then_other") and "first_side" in raw:
        check.add((*path, "first_side"), translate(
            "session",
            "the block is done one side then the other: give 'first_side' on the block"))
    images: tuple[Path, ...] = ()
    if "image" in merged:
        origin = origins.get("image", SESSION)
        images = _images(merged["image"], path, check, _files_dir(origin, base_dir),
                         trusted=origin == BUILTIN)
    sounds = _sounds(merged, path, check, _files_dir(origins.get("sounds", SESSION), base_dir))
    equipment = _equipment(merged, path, check)
    own_id = path[-1] if inherited.get(LIBRARY_ENTRY) else raw.get("move")
    easier = _link(merged, "easier", path, check, own_id)
    harder = _link(merged, "harder", path, check, own_id)
    rules = _move_rules(merged, path, check, harder)
    if len(check.problems) != before or name is None:
        return None
    return Move(
        name=name.strip(),
        reps=int(reps) if reps is not None else None,
        hold=hold if isinstance(hold, float) else None,
        tempo=settings["tempo"],
        sides=sides,
        sets=int(sets) if sets is not None else 1,
        set_rest=settings["set_rest"],
        rest=settings["rest"],
        switch=settings["switch"],
        images=images,
        mirror=True if mirror is None else mirror,
        instructions=" ".join((instructions or "").split()),
        say=say or "",
        library_id=raw.get("move") if isinstance(raw.get("move"), str) else None,
        work=work if isinstance(work, float) else None,
        first_side=settings["first_side"],
        open_ended=open_ended,
        estimate=estimate,
        every=every,
        sounds=sounds,
        equipment=equipment,
        easier=easier,
        harder=harder,
        progression=rules,
    )


_EQUIPMENT = {item.value: item for item in Equipment}


def _equipment(table: Mapping[str, Any], path: PathKey, check: _Checker) -> Equipment:
    """Return what the move needs (``equipment``), noting a value that is none of them."""
    if "equipment" not in table:
        return Equipment.NONE
    value = table["equipment"]
    found = _EQUIPMENT.get(value) if isinstance(value, str) else None
    if found is None:
        spelled = re.sub(r"[\s_]+", "-", value.strip().lower()) if isinstance(value, str) else ""
        close = spelled if spelled in _EQUIPMENT else (
            _closest(spelled, sorted(_EQUIPMENT), cutoff=0.6) if spelled else None)
        hint = (translate("session", "; did you mean {keys}?").format(keys=f'"{close}"')
                if close else "")
        check.add((*path, "equipment"), translate(
            "session", "must be \"none\", \"mini-band\" or \"stability-ball\", "
            "got {value}{suggestion}").format(value=_describe(value), suggestion=hint))
        return Equipment.NONE
    return found


def _link(table: Mapping[str, Any], key: str, path: PathKey, check: _Checker,
          own_id: object) -> str | None:
    """Return the move ``table[key]`` names (``easier``, ``harder``), noting one that is no move."""
    text = check.text(table, key, path, MAX_NAME)
    if text is None:
        return None
    name = text.strip()
    where = (*path, key)
    if not name:
        check.add(where, translate("session", "must name a move, e.g. \"banded-clam-shell\" "
                                   "(leave it out when there is none)"))
        return None
    if name == own_id:
        check.add(where, translate("session", "names this move itself ('{move}'); name "
                                   "another move").format(move=shown(name)))
        return None
    if not check.knows(name):
        check.add(where, _no_move(name, check))
        return None
    return name


def _no_move(name: str, check: _Checker) -> str:
    hint = _closest(name, check.known_names(), cutoff=0.5)
    return translate("session", "no move {value}{suggestion}").format(
        value=_describe(name), suggestion=_did_you_mean(hint))


def _move_rules(table: Mapping[str, Any], path: PathKey, check: _Checker,
                harder: str | None) -> Rules | None:
    """Return the move's own ``progression`` rule, its ``then`` defaulted to ``harder``."""
    rules = check.rules(table, path)
    if rules is None or not rules.enabled:
        return rules
    if rules.then is not None:
        if not check.knows(rules.then):
            check.add((*path, "progression", "then"), _no_move(rules.then, check))
            return None
        return rules
    if rules.to_harder and harder is not None:
        return rules._replace(then=harder)
    return rules


def _library_table(name: str, check: _Checker) -> Mapping[str, Any] | None:
    """Return the move ``name`` as its starting dose is known: laid over what it starts from."""
    found = check.library.get(name)
    if found is None:
        return None
    table, origin = found.table, found.origin
    for _ in range(3):  # session over yours over built-in: no deeper chain is allowed
        ref = table.get("move")
        if origin == BUILTIN or not isinstance(ref, str):
            break
        below = check.builtin if origin == YOURS else {**check.builtin, **check.yours}
        base = below.get(ref)
        if base is None:
            break
        table = _lay_over(base.table, {k: v for k, v in table.items() if k != "move"})
        origin = base.origin
    return table


def _variations(blocks: list[Block], check: _Checker) -> dict[str, Variation]:
    """Return the starting dose of every move a rule of these blocks goes on to."""
    out: dict[str, Variation] = {}
    for block in blocks:
        for move in block.moves:
            then = move.progression.then if move.progression is not None else None
            if then is None or then in out:
                continue
            table = _library_table(then, check)
            variation = variation_of(then, table) if table is not None else None
            if variation is not None:
                out[then] = variation
    return out


def _check_interval(raw: Mapping[str, Any], every: float,
                    dose: tuple[float | None, float | str | None, float | str | None],
                    sides: Sides, settings: Mapping[str, Any], path: PathKey,
                    check: _Checker) -> None:
    """Note an interval that a set of timed work cannot fit in, or a set rest beside it.

    ``dose`` is the move's checked ``reps``, ``hold`` and ``work``.
    """
    if "set_rest" in raw:
        check.add((*path, "set_rest"), translate(
            "session", "'every' already sets the rest between sets (what is left of each "
            "interval); leave 'set_rest' out"))
    reps, hold, work = dose
    needed = _set_seconds(reps, hold if isinstance(hold, float) else None,
                          work if isinstance(work, float) else None, settings["tempo"], sides,
                          settings["switch"])
    if needed is None:
        return  # the runner ends it: an overrun is told at the time
    if needed > every:
        message = (translate("session", "is shorter than one set: both sides and the switch "
                             "take {seconds} s, every is {every} s")
                   if sides is Sides.BOTH else
                   translate("session", "is shorter than one set: the work takes {seconds} s, "
                             "every is {every} s"))
        check.add((*path, "every"), message.format(seconds=_fmt(needed), every=_fmt(every)))



def _and(words: list[str]) -> str:
    quoted = [f"'{word}'" for word in words]
    return translate("session", "{items} and {item}", "the last of a list").format(
        items=", ".join(quoted[:-1]), item=quoted[-1])


def _seconds_or_self(table: Mapping[str, Any], key: str, path: PathKey,
                     check: _Checker) -> float | str | None:
    """Return ``table[key]`` as seconds, or ``"self"`` for an open-ended phase."""
    value = table.get(key)
    if value == SELF_PACED:
        return SELF_PACED
    if isinstance(value, str):
        low, high = _fmt(LIMITS[key].low), _fmt(LIMITS[key].high)
        check.add((*path, key), translate(
            "session", "must be a number of seconds from {low} to {high}, or \"self\", "
            "got {value}").format(low=low, high=high, value=_describe(value)))
        return None
    number = check.number(table, key, path)
    return None if number is None else float(number)


_MOVE_SIDES = {sides.value: sides for sides in Sides if sides is not Sides.NONE}


def _move_sides(table: Mapping[str, Any], each_side: bool | None, path: PathKey,
                check: _Checker) -> Sides:
    """Return the move's ``sides`` (or ``each_side``), noting a value that is neither."""
    if "sides" not in table:
        return Sides.BOTH if each_side else Sides.NONE
    value = table["sides"]
    sides = _MOVE_SIDES.get(value) if isinstance(value, str) else None
    if sides is None:
        message = (translate("session", "must be \"left\", \"right\", \"both\" or "
                             "\"alternate\", got {value}; '{sides}' goes on a [[blocks]] table")
                   if value == ONE_THEN_OTHER else
                   translate("session", "must be \"left\", \"right\", \"both\" or "
                             "\"alternate\", got {value}"))
        check.add((*path, "sides"), message.format(value=_describe(value), sides=ONE_THEN_OTHER))
        return Sides.NONE
    if each_side is not None and each_side != (sides is Sides.BOTH):
        check.add((*path, "each_side"), translate(
            "session", "says {value} but sides = \"{sides}\"; keep only 'sides'").format(
            value=_describe(each_side), sides=sides.value))
    return sides


def _cascade(table: Mapping[str, Any], inherited: Mapping[str, Any], path: PathKey,
             check: _Checker) -> dict[str, Any]:
    settings = dict(inherited)
    for key in CASCADING:
        if key == "first_side":
            if key in table:
                value = table[key]
                if value in FIRST_SIDES:
                    settings[key] = value
                else:
                    check.add((*path, key), translate(
                        "session", "must be \"left\" or \"right\", got {value}").format(
                        value=_describe(value)))
            continue
        if key == "tempo" and table.get(key) == SELF_PACED:
            settings[key] = None
            continue
        if key == "tempo" and isinstance(table.get(key), str):
            check.add((*path, key), translate(
                "session", "must be seconds per rep from 0.5 to 60, or \"self\", got {value}")
                .format(value=_describe(table[key])))
            continue
        value = check.number(table, key, path)
        if value is not None:
            settings[key] = value
    return settings


def _block(
    raw: Mapping[str, Any],
    path: PathKey,
    inherited: Mapping[str, Any],
    check: _Checker,
    base_dir: Path | None,
    default_name: str,
    own_table: bool = True,
) -> Block | None:
    """Check one block; ``own_table`` is false when ``raw`` is the session itself."""
    before = len(check.problems)
    name = rounds = round_rest = None
    settings = dict(inherited)
    # For a session without blocks, ``raw`` is the session itself: validate()
    # has already checked its keys and folded them into ``inherited``, and
    # checking them again listed every session-level problem twice.
    if own_table:
        check.keys(raw, BLOCK_KEYS, path)
        name = check.text(raw, "name", path, MAX_NAME)
        if name is not None:
            check.names[tuple(path)] = name.strip()
        rounds = check.number(raw, "rounds", path)
        round_rest = check.number(raw, "round_rest", path)
        settings = _cascade(raw, inherited, path, check)
        if "sides" in raw:
            if raw["sides"] == ONE_THEN_OTHER:
                settings["one_then_other"] = True
            else:
                message = (
                    translate("session", "must be \"{sides}\", got {value}; on a block, sides "
                              "can only be \"one-then-other\" (give a move's own sides on the "
                              "move)")
                    if isinstance(raw["sides"], str) and raw["sides"] in _MOVE_SIDES
                    else translate("session", "must be \"{sides}\", got {value}"))
                check.add((*path, "sides"), message.format(sides=ONE_THEN_OTHER,
                                                           value=_describe(raw["sides"])))
    moves = []
    for index, item in check.tables(raw, "moves", path, MAX_MOVES):
        move = _move(item, (*path, "moves", index), settings, check, base_dir)
        if move is not None:
            moves.append(move)
    if len(check.problems) != before:
        return None
    return Block(
        name=(name or default_name).strip(),
        moves=tuple(moves),
        rounds=int(rounds if rounds is not None else inherited["rounds"]),
        round_rest=round_rest if round_rest is not None else inherited["round_rest"],
        one_then_other=bool(settings.get("one_then_other")),
        first_side=settings["first_side"],
        switch=settings["switch"],
        implicit=not own_table,
    )


def _not_a_session(data: Mapping[str, Any], check: _Checker) -> None:
    hint = ""
    for key in data:
        close = _closest(key, ["moves", "blocks"], cutoff=0.6)
        if close:
            hint = translate("session", " ('{key}' here: did you mean '{close}'?)").format(
                key=shown(key), close=close)
            break
    check.add((), translate("session", "this is not a hiptimer session: it needs a [[moves]] "
                            "or [[blocks]] list{hint}").format(hint=hint))


def validate(
    data: Mapping[str, Any],
    filename: str = "<session>",
    text: str | None = None,
    base_dir: Path | None = None,
    source: Path | None = None,
    check_files: bool = False,
) -> Session:
    """Check a parsed session and return it, or raise ``SessionError`` with every problem.

    ``text`` is the TOML source, used only to find line numbers; ``base_dir``
    is where picture files named in the session are looked for. With
    ``check_files`` (``--check``), a file named in the session that is
    missing, not a regular file or unreadable is a problem; without it the
    window shows a placeholder for it.
    """
    check = _Checker(text, check_files)
    if "moves" not in data and "blocks" not in data:
        _not_a_session(data, check)
        raise check.error(filename)
    check.keys(data, SESSION_KEYS, ())
    if "moves" in data and "blocks" in data:
        check.add(("blocks",), translate(
            "session", "use either [[moves]] or [[blocks]] at the top level, not both"))
    if "name" not in data:
        check.add((), translate("session",
                                "the session needs a name, e.g. name = \"Pre-run activation\""))
    name = check.text(data, "name", (), MAX_NAME)
    description = check.text(data, "description", (), lines=True)
    say = check.text(data, "say", (), MAX_NAME * 2)
    finish = check.text(data, "finish", (), MAX_NAME * 2)
    sounds = _sounds(data, (), check, base_dir)
    if finish is not None and not finish.strip():
        check.add(("finish",), translate(
            "session", "must not be empty (leave it out for \"{finish}\")").format(
            finish=translate("session", "Done — go run!")))
    get_ready = check.number(data, "get_ready", ())
    question = _question(data, check)
    session_rules = check.rules(data, ())
    settings = dict(DEFAULTS)
    for key in ("rounds", "round_rest"):
        value = check.number(data, key, ())
        if value is not None:
            settings[key] = value
    settings = _cascade(data, settings, (), check)
    _library_from_user(check)
    _library_from_session(data, settings, check, base_dir)

    blocks: list[Block] = []
    if "moves" in data and "blocks" not in data:
        # Not the session's name: the start screen writes "<block> — 3 rounds"
        # under the session's name, and "Hip circuit — 3 rounds — 3 rounds" it read.
        implicit = (translate("session", "Circuit") if settings["rounds"] > 1
                    else translate("session", "Moves"))
        block = _block(data, (), settings, check, base_dir, implicit, own_table=False)
        if block is not None:
            blocks.append(block)
    elif "blocks" in data:
        # With blocks, a session-wide rounds or round_rest is the default for
        # blocks that do not say.
        for index, item in check.tables(data, "blocks", (), MAX_BLOCKS):
            default = translate("session", "Block {number}").format(number=index + 1)
            block = _block(item, ("blocks", index), settings, check, base_dir, default)
            if block is not None:
                blocks.append(block)
    if check.problems:
        raise check.error(filename)
    session = Session(
        name=(name or "").strip(),
        blocks=tuple(blocks),
        description=" ".join((description or "").split()),
        say=say or "",
        get_ready=DEFAULTS["get_ready"] if get_ready is None else get_ready,
        source=source,
        finish=(finish or "").strip(),
        sounds=sounds,
        # A library move's missing picture is met at every move using it.
        warnings=tuple(_in_file_order(list(
            {w.message: w for w in reversed(check.warnings)}.values())[::-1])),
        filename=filename,
        names=check.names,
        progression=session_rules,
        variations=_variations(blocks, check),
        question=question,
    )
    _check_size(session, filename)
    return session


def _question(data: Mapping[str, Any], check: _Checker) -> Question | None:
    """Return the session's ``[question]``, asked after a finished run, or note what is wrong.

    ``ask`` is the question; ``answers`` maps each answer (2 to 4 of them,
    a button each) to what it means for the runner.
    """
    if "question" not in data:
        return None
    table = data["question"]
    if not isinstance(table, Mapping):
        check.add(("question",), translate("session",
                                           "must be a table: [question] with ask and answers"))
        return None
    check.keys(table, QUESTION_KEYS, ("question",))
    ask = check.text(table, "ask", ("question",), MAX_NAME * 2)
    if ask is None or not ask.strip():
        if "ask" not in table or (ask is not None and not ask.strip()):
            check.add(("question", "ask"), translate(
                "session", "needs the question, e.g. ask = \"Where did you feel it?\""))
        return None
    pairs = _answers(table.get("answers"), ("question", "answers"), check)
    # "answers.de" gives them all again, in German, as many and in the same order.
    for written, code in check.translation_keys(table, "answers", ("question",)):
        translated = _answers(table[written], ("question", written), check)
        if translated is not None and pairs is not None and len(translated) != len(pairs):
            check.add(("question", written), translate(
                "session", "must give as many answers as `answers` ({count})").format(
                count=len(pairs)))
        elif translated is not None and code == language():
            pairs = translated
    return Question(ask.strip(), pairs) if pairs is not None else None


def _answers(answers: Any, path: PathKey, check: _Checker) -> tuple[tuple[str, str], ...] | None:
    """Return a question's answers, each with what it means; ``None`` after noting a problem."""
    if not isinstance(answers, Mapping) or not 2 <= len(answers) <= MAX_ANSWERS:
        check.add(path, translate("session", "must be a table of 2 to {limit} answers, each "
                                  "with what it means").format(limit=MAX_ANSWERS))
        return None
    pairs = []
    for answer in answers:
        meaning = check.text(answers, answer, path, MAX_TEXT, own=False)
        if meaning is not None and answer.strip() and len(answer) <= MAX_NAME:
            pairs.append((answer.strip(), " ".join(meaning.split())))
        elif meaning is not None:
            check.add((*path, answer), translate(
                "session", "an answer must be 1 to {limit} characters").format(limit=MAX_NAME))
    return tuple(pairs) if len(pairs) == len(answers) else None


def _round_bound(block: Block) -> int:
    """Return at least the number of phases one round of ``block`` plans."""
    # Every side of every set is a work phase, followed by at most one
    # switch, set rest (or the rest of an interval), rest or round rest; one
    # more for the switch of a block done one side then the other, and one
    # for good measure.
    # An alternating set is one phase but holds the cues of two (a rep on
    # each side), so it counts as two: the plan's cues stay within what
    # --check can print in a second.
    turn = 1 if block.one_then_other else 0
    return sum(m.sets * (2 if m.sides in _TWO_SIDED else 1) * 2 for m in block.moves) + 1 + turn


_TWO_SIDED = (Sides.BOTH, Sides.ALTERNATE)


def phase_bound(session: Session) -> int:
    """Return an upper bound of the phases ``make_plan(session)`` has, without planning."""
    return 2 + sum(block.rounds * _round_bound(block) for block in session.blocks)


def _check_size(session: Session, filename: str) -> None:
    phases = phase_bound(session)
    if phases > MAX_PHASES:
        raise SessionError(
            filename,
            [Problem("", translate("session", "the session would have about {phases} phases; "
                                   "at most {limit} are allowed (fewer rounds, sets or moves)")
                     .format(phases=phases, limit=MAX_PHASES))],
        )


_POSITION_RE = re.compile(r"\(at line (\d+), column (\d+)\)")

# tomllib needs time and memory that grow with the square of the parts of a
# dotted key (``a.a.a...``): a 200 KB key took minutes and gigabytes. No
# session needs more than a few parts, so longer chains are refused before
# parsing, whatever the length of their parts: tomli >= 2.3.1 (Python 3.10)
# refuses keys of over 1,000 parts itself, tomllib does not, and a file must
# read the same on every Python. The search stays linear: a match can start
# only where a part can (the look-behind), and tries at most 32 parts.
MAX_KEY_PARTS = 32
_LONG_KEY_RE = re.compile(
    r"(?<![A-Za-z0-9_-])"
    r"""(?:(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')[ \t]*\.[ \t]*)"""
    rf"{{{MAX_KEY_PARTS}}}"
)

# Strings and comments, where "word. word. word." is text, not a key.
_TEXT_SPAN_RE = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'[^\'\n]*\'|#[^\n]*'
)


def _long_dotted_key(text: str) -> int | None:
    """Return where a key of more than ``MAX_KEY_PARTS`` parts starts, if one does.

    A chain of "Slow. Slow. …" inside a string or a comment is prose (a
    spoken count, an instruction), not a key: such matches are skipped.
    """
    matches = _LONG_KEY_RE.finditer(text)
    first = next(matches, None)
    if first is None:
        return None
    spans = [(m.start(), m.end()) for m in _TEXT_SPAN_RE.finditer(text)]
    starts = [start for start, _ in spans]
    for match in itertools.chain((first,), matches):
        at = match.start()
        index = bisect.bisect_right(starts, at) - 1
        if index >= 0 and spans[index][0] < at < spans[index][1]:
            continue
        return at
    return None


def _syntax_problem(exc: ValueError, text: str) -> Problem:
    """Return the problem of a TOML decode error, at the parser's line and column.

    tomli >= 2.1 (and tomllib from Python 3.14) give the position as
    ``pos``/``lineno``/``colno`` beside the bare ``msg``; tomllib before 3.14
    and older tomli only write "(at line X, column Y)" into the message.
    Both come out the same, and so does an error at the end of the document:
    its last line, no column.
    """
    message = str(exc)
    found = _POSITION_RE.search(message)
    at_end = "(at end of document)" in message
    line = column = None
    pos, lineno, colno = (getattr(exc, name, None) for name in ("pos", "lineno", "colno"))
    if isinstance(pos, int) and isinstance(lineno, int) and isinstance(colno, int):
        # ``pos`` counts in the parser's copy of the text, whose CRLFs are LFs.
        doc = getattr(exc, "doc", None)
        at_end = pos >= len(doc if isinstance(doc, str) else text)
        line, column = lineno, colno
    elif found:
        line, column = int(found.group(1)), int(found.group(2))
    if at_end:
        line, column = text.count("\n") + 1, None
    bare = getattr(exc, "msg", None)
    if isinstance(bare, str) and bare:
        message = bare
    elif found:
        message = message[: found.start()]
    message = message.replace("(at end of document)", "").strip()
    error = f"{message[:1].lower()}{message[1:]}"
    bare = _bare_translation(text, line)
    if bare is not None:
        # name = "…" and then name.de = "…": TOML reads the second as a table in name.
        return Problem("", translate(
            "session", "not valid TOML: {error}; for a translation, put the whole key in "
            "quotes: write \"{key}\" = \"…\"").format(error=error, key=bare), line, column)
    return Problem("", translate("session", "not valid TOML: {error}").format(error=error),
                   line, column)


_BARE_TRANSLATION_RE = re.compile(r"\s*([a-z]+)\s*\.\s*([a-z]{2})\s*=")


def _bare_translation(text: str, line: int | None) -> str | None:
    """Return ``name.de`` when line ``line`` writes that translation key without quotes."""
    if line is None:
        return None
    lines = text.split("\n")
    found = _BARE_TRANSLATION_RE.match(lines[line - 1]) if 0 < line <= len(lines) else None
    if found is None or found.group(1) not in TRANSLATED_KEYS:
        return None
    return f"{found.group(1)}.{found.group(2)}"


def loads(
    text: str, filename: str = "<session>", base_dir: Path | None = None,
    source: Path | None = None, check_files: bool = False,
) -> Session:
    """Parse and check session TOML text (``check_files`` as for ``validate``)."""
    # Some Windows editors start UTF-8 files with a byte-order mark, which
    # tomllib refuses as an invalid statement.
    text = text.removeprefix("\ufeff")
    too_long = _long_dotted_key(text)
    if too_long is not None:
        start = too_long
        at_line = text.count("\n", 0, start) + 1
        at_column = start - (text.rfind("\n", 0, start) + 1) + 1
        raise SessionError(
            filename,
            [Problem("", translate("session", "not usable: a dotted key has more than {limit} "
                                   "parts").format(limit=MAX_KEY_PARTS), at_line, at_column)],
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SessionError(filename, [_syntax_problem(exc, text)]) from None
    except RecursionError:
        raise SessionError(
            filename, [Problem("", translate(
                "session", "not usable: arrays or tables are nested too deeply"))]
        ) from None
    except ValueError:
        # tomllib lets int() refuse a number of more than 4300 digits.
        raise SessionError(
            filename, [Problem("", translate(
                "session", "not valid TOML: a number has far too many digits"))]
        ) from None
    return validate(data, filename, text, base_dir, source, check_files)


def _decode(raw: bytes, filename: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SessionError(
            filename,
            [Problem("", translate("session", "not UTF-8 text (byte 0x{byte:02x}); save the "
                                   "file as UTF-8").format(byte=raw[exc.start]), line, column)],
        ) from None


def read_text(path: Path) -> str:
    """Read a session file's text safely, or raise ``SessionError`` saying why not.

    Only regular files are opened (a FIFO or device would block or never
    end), and only up to ``MAX_FILE_BYTES``.
    """
    filename = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _file_error(filename, translate("session", "no such file")) from None
    except OSError as exc:
        raise _file_error(filename, translate("session", "cannot be read: {reason}").format(
            reason=exc.strerror)) from None
    except ValueError:  # a NUL character in the path
        raise _file_error(filename, translate("session", "is not a usable file name")) from None
    if stat.S_ISDIR(info.st_mode):
        raise _file_error(filename, translate("session", "is a folder, not a session file"))
    if not stat.S_ISREG(info.st_mode):
        raise _file_error(filename, translate("session", "is not a regular file"))
    if info.st_size > MAX_FILE_BYTES:
        raise _file_error(filename, translate(
            "session", "is too large for a session ({size:,} bytes, at most {limit:,})").format(
            size=info.st_size, limit=MAX_FILE_BYTES))
    try:
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _file_error(filename, translate("session", "cannot be read: {reason}").format(
            reason=exc.strerror)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise _file_error(filename, translate("session", "is too large for a session"))
    # Only TOML's own whitespace: a lone form feed is a syntax error, not "empty".
    if not raw.strip(b" \t\r\n"):
        raise _file_error(filename, translate("session",
                                              "is empty; a session needs a name and moves"))
    return _decode(raw, filename)


def _file_error(filename: str, message: str) -> SessionError:
    """Return the error of a session file that cannot be read at all."""
    return SessionError(filename, [Problem("", message)])


def load(path: str | os.PathLike[str], check_files: bool = False) -> Session:
    """Read and check the session in ``path``; raise ``SessionError`` listing every problem.

    ``check_files`` as for ``validate``.
    """
    file = Path(path)
    text = read_text(file)
    return loads(text, str(path), base_dir=file.resolve().parent, source=file.resolve(),
                 check_files=check_files)


def _whole_within(key: str, value: object) -> bool:
    limits = LIMITS[key]
    return (isinstance(value, int) and not isinstance(value, bool)
            and limits.low <= value <= limits.high)


def _check_changes(reps: object, rounds: object, scale: object, filename: str) -> None:
    problems = [
        Problem(key, translate("session", "must be a whole number from {low} to {high}, "
                               "got {value}").format(low=_fmt(LIMITS[key].low),
                                                      high=_fmt(LIMITS[key].high),
                                                      value=_describe(value)), keys=(key,))
        for key, value in (("reps", reps), ("rounds", rounds))
        if value is not None and not _whole_within(key, value)
    ]
    if scale is not None:
        # Written so that nan, which compares false with everything, fails.
        number = isinstance(scale, int | float) and not isinstance(scale, bool)
        if not (number and SCALE_LOW <= scale <= SCALE_HIGH):  # type: ignore[operator]
            problems.append(Problem("scale", _out_of_range(SCALE_LOW, SCALE_HIGH,
                                                           _describe(scale)), keys=("scale",)))
    if problems:
        raise SessionError(filename, problems)


def customise(
    session: Session,
    reps: int | None = None,
    rounds: int | None = None,
    scale: float | None = None,
) -> Session:
    """Return the session with this run's changes applied.

    ``reps`` sets every rep count; ``scale`` multiplies reps and hold times
    (never below 1); ``rounds`` sets the rounds of every circuit (blocks done
    more than once), or of every block when none is a circuit.

    The same limits as ``load()`` apply, the size of the plan included:
    raise ``SessionError`` rather than return a session it would refuse.
    """
    filename = str(session.source) if session.source is not None else session.name
    _check_changes(reps, rounds, scale, filename)

    def seconds(value: float | None) -> float | None:
        if value is None or scale is None:
            return value
        # Halves round up: round() would turn 5 reps × 0.5 into 2 but
        # 7 × 0.5 into 4.
        return float(max(1, min(3600, math.floor(value * scale + 0.5))))

    def adjust(move: Move) -> Move:
        new_reps = move.reps
        if new_reps is not None and reps is not None:
            new_reps = reps
        if scale is not None and new_reps is not None:
            new_reps = max(1, min(500, math.floor(new_reps * scale + 0.5)))
        return replace(move, reps=new_reps, hold=seconds(move.hold), work=seconds(move.work))

    circuits = any(b.rounds > 1 for b in session.blocks)
    blocks = []
    fixed = 2  # phases of the blocks whose rounds stay, and get ready and done
    per_round = 0  # phases of one round of the blocks that take ``rounds``
    for block in session.blocks:
        new_rounds = block.rounds
        if rounds is not None and (block.rounds > 1 or not circuits):
            new_rounds = rounds
            per_round += _round_bound(block)
        else:
            fixed += block.rounds * _round_bound(block)
        moves = tuple(adjust(m) for m in block.moves)
        blocks.append(replace(block, rounds=new_rounds, moves=moves))
    result = replace(session, blocks=tuple(blocks))
    _check_intervals(result, filename)
    phases = phase_bound(result)
    if rounds is not None and phases > MAX_PHASES:
        fit = max(0, min(int(LIMITS["rounds"].high), (MAX_PHASES - fixed) // per_round))
        hint = (translate("session", "this session fits at most %n round(s)", None, fit) if fit
                else translate("session", "fewer sets or moves"))
        raise SessionError(filename, [Problem("", translate(
            "session", "with %n round(s) the session would have about {phases} phases; at most "
            "{limit} are allowed ({hint})", None, rounds).format(
            phases=phases, limit=MAX_PHASES, hint=hint))])
    _check_size(result, filename)
    return result


def _set_seconds(reps: float | None, hold: float | None, work: float | None,
                 tempo: float | None, sides: Sides, switch: float) -> float | None:
    """Return how long one set takes, sides and switch included; ``None`` if the runner ends it."""
    if reps is not None:
        if tempo is None:
            return None
        one = reps * tempo * (2 if sides is Sides.ALTERNATE else 1)
    elif hold is not None:
        one = hold
    elif work is not None:
        one = work
    else:
        return None
    return one * 2 + switch if sides is Sides.BOTH else one


def _check_intervals(session: Session, filename: str) -> None:
    """Refuse a run whose changed reps or times no longer fit a move's interval (``every``)."""
    problems = []
    for move in session.moves:
        if move.every is None:
            continue
        needed = _set_seconds(move.reps, move.hold, move.work, move.tempo, move.sides,
                              move.switch)
        if needed is not None and needed > move.every:
            problems.append(Problem("", translate(
                "session", "{move}: one set would take {seconds} s, longer than its interval "
                "(every = {every}); use fewer reps or a smaller scale").format(
                move=shown(move.name), seconds=_fmt(needed), every=_fmt(move.every))))
    if problems:
        raise SessionError(filename, problems)


def whole_number(key: str) -> str:
    """Return what a whole-number setting must be: "must be a whole number from 1 to 500"."""
    limits = LIMITS[key]
    return translate("session", "must be a whole number from {low} to {high}").format(
        low=_fmt(limits.low), high=_fmt(limits.high))


def check_range(key: str, value: float) -> str | None:
    """Return why ``value`` is out of range for ``key``, or ``None`` when it is fine."""
    limits = LIMITS[key]
    if limits.whole and not float(value).is_integer():
        return whole_number(key)
    if not limits.low <= value <= limits.high:
        return _out_of_range(limits.low, limits.high, _fmt(value))
    return None


def _out_of_range(low: float, high: float, value: str) -> str:
    return translate("session", "must be from {low} to {high}, got {value}").format(
        low=_fmt(low), high=_fmt(high), value=value)

