"""The session editor's model: what the editor shows of a session document, and its edits.

``SessionModel`` wraps a ``store.Document`` and answers everything the editor
window asks about it without Qt: which moves and blocks there are (named by
the typed references ``SessionRef``, ``BlockRef`` and ``MoveRef``), what a
field shows and where a value that is not set comes from (the session, the
block, the built-in move, hiptimer's default), the labels of the move list,
which problems belong to which field, and the status line. It also makes
every change (set or reset a value, switch between reps, a hold and timed
work, a move's sides and a cue's sound, a move's or the session's
``progression`` rule, add, remove, reorder and drag moves and blocks)
through the ``store`` helpers, so comments and layout survive.
A value equal to the one the field would inherit anyway is not written
(``sets = 1``, a built-in move's own reps): the file stays as small as the
runner wrote it. ``write_differences`` writes
the start screen's rounds, reps and holds back into a document by the same
rule. ``SessionModel.save_own_move`` writes a move into the runner's own
``moves.toml``, keeping that file's comments, atomically. Nothing here
imports Qt.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import Table

from hiptimer import resources, store
from hiptimer.errors import KeyPath, Problem, SessionError
from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.plan import format_seconds, make_plan
from hiptimer.progression import (
    DEFAULT_AFTER,
    DEFAULT_CEILING,
    DEFAULT_FLOOR,
    DEFAULT_STEP,
    DOSE_KINDS,
)
from hiptimer.session import (
    CASCADING,
    DEFAULTS,
    DOSE_KEYS,
    ONE_THEN_OTHER,
    SELF_PACED,
    Move,
    Session,
    known_moves,
    move_library,
    user_library_path,
    user_move_library,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # the same parser, from PyPI, before 3.11
    import tomli as tomllib

logger = logging.getLogger(__name__)

# Its name is translated where a move is added.
BLANK_MOVE: Mapping[str, Any] = {"name": QT_TRANSLATE_NOOP("editing", "New move"), "reps": 10}
DEFAULT_REPS = 10
DEFAULT_HOLD = 30.0
DEFAULT_WORK = 30.0
# What each kind of dose starts at when a move is switched to it.
DEFAULT_DOSES: Mapping[str, float] = {"reps": DEFAULT_REPS, "hold": DEFAULT_HOLD,
                                      "work": DEFAULT_WORK}
# The keys that say which sides a move is done on (``each_side = true`` is
# the older spelling of ``sides = "both"``), and how "no sides" is shown.
SIDE_KEYS = ("sides", "each_side")
NO_SIDES = ""
# How the move list says a move's sides, after its amount ("10 reps each side").
SIDE_WORDS = {"both": QT_TRANSLATE_NOOP("editing", "{amount} each side"),
              "left": QT_TRANSLATE_NOOP("editing", "{amount} left side"),
              "right": QT_TRANSLATE_NOOP("editing", "{amount} right side"),
              "alternate": QT_TRANSLATE_NOOP("editing", "{amount} alternating")}
# Where a value that is not set comes from: the words of a tooltip, and the
# short note beside the field.
SOURCES = {
    "default": QT_TRANSLATE_NOOP("editing", "hiptimer uses by default"),
    "session": QT_TRANSLATE_NOOP("editing", "set for the whole session"),
    "block": QT_TRANSLATE_NOOP("editing", "set for the block"),
    "built-in": QT_TRANSLATE_NOOP("editing", "of the built-in move"),
    "yours": QT_TRANSLATE_NOOP("editing", "of your own move (moves.toml)"),
    "library": QT_TRANSLATE_NOOP("editing", "of the session's library move"),
}
NOTES = {"default": QT_TRANSLATE_NOOP("editing", "default"),
         "session": QT_TRANSLATE_NOOP("editing", "from session"),
         "block": QT_TRANSLATE_NOOP("editing", "from block"),
         "built-in": QT_TRANSLATE_NOOP("editing", "built-in move"),
         "yours": QT_TRANSLATE_NOOP("editing", "your move"),
         "library": QT_TRANSLATE_NOOP("editing", "library move")}
# What a move is without these keys: the defaults of ``session.Move`` itself.
MOVE_DEFAULTS: Mapping[str, Any] = {
    f.name: f.default for f in dataclasses.fields(Move) if f.name in ("sets", "each_side", "mirror")
}
# The keys of a move's own progression rule, and the session's per kind of dose.
PROGRESSION = "progression"
RULE_KEYS = ("step", "after", "ceiling", "floor", "then")
KIND_KEYS = ("step", "ceiling")
# How a move progresses: not at all, by the session's rule, or by its own.
RULE_OFF, RULE_SESSION, RULE_OWN = "off", "session", "own"
# A change the document's structure refuses (say, ``moves`` is not a list):
# the problem is already shown, so there is nothing to do.
_REFUSED = (KeyError, IndexError, ValueError)


@dataclass(frozen=True, slots=True)
class SessionRef:
    """The whole session: the top of the move list."""


@dataclass(frozen=True, slots=True)
class BlockRef:
    """Block ``block`` (0-based) of a session made of ``[[blocks]]``."""

    block: int


@dataclass(frozen=True, slots=True)
class MoveRef:
    """Move ``index`` (0-based) in ``block``, or in the session's ``moves`` when ``None``."""

    block: int | None
    index: int


Ref: TypeAlias = SessionRef | BlockRef | MoveRef
SESSION = SessionRef()


def key_path(ref: Ref) -> KeyPath:
    """Return where ``ref``'s table is in the document."""
    if isinstance(ref, BlockRef):
        return ("blocks", ref.block)
    if isinstance(ref, MoveRef):
        return ("moves", ref.index) if ref.block is None else (
            "blocks", ref.block, "moves", ref.index)
    return ()


class Drop(enum.Enum):
    """Where a dragged item was let go, relative to the item under the pointer."""

    ABOVE = "above"
    BELOW = "below"
    ON = "on"
    VIEWPORT = "viewport"


@dataclass(frozen=True, slots=True)
class Origin:
    """A value that applies where it is not set, and where it comes from (a ``SOURCES`` key)."""

    value: Any
    source: str


@dataclass(frozen=True, slots=True)
class Shown:
    """What a field shows: the value, whether it is set right here, and where it comes from."""

    value: Any
    explicit: bool
    source: str


@dataclass(frozen=True, slots=True)
class ListButtons:
    """Which of the move list's buttons work for the selected item.

    ``remove_tip`` is ``None`` when the remove button's tooltip stays as it is.
    """

    remove: bool
    up: bool
    down: bool
    remove_tip: str | None


@dataclass(frozen=True, slots=True)
class Status:
    """The editor's status line and title after a check."""

    summary: str
    details: str
    ok: bool
    total: str
    title: str


def number(value: Any) -> float | None:
    """Return ``value`` as a float if it is a number (not a bool), else ``None``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def describe(problem: Problem) -> str:
    """Return a problem as one line of the status line's tooltip."""
    path = f"{problem.path}: " if problem.path else ""
    if problem.line is None:
        return f"{path}{problem.message}"
    return translate("editing", "line {line}: {problem}").format(
        line=problem.line, problem=f"{path}{problem.message}")


def source_words(source: str) -> str:
    """Return where a value comes from, in words (``"set for the block"``)."""
    return translate("editing", SOURCES[source]) if source in SOURCES else source


def source_note(source: str) -> str:
    """Return the short note shown beside a value that is not set here."""
    return translate("editing", NOTES[source]) if source in NOTES else source


def _blank_move() -> dict[str, Any]:
    """Return a new move's table, named in the runner's language."""
    return {**BLANK_MOVE, "name": translate("editing", BLANK_MOVE["name"])}


def lay_over(base: Mapping[str, Any], own: Mapping[str, Any]) -> dict[str, Any]:
    """Return a library move's ``base`` with a move's ``own`` keys laid over it, as the loader does.

    A move that gives one of ``reps``, ``hold`` and ``work`` drops the
    library's others, and one that gives ``sides`` or ``each_side`` the other.
    """
    merged = dict(base)
    for group in (DOSE_KEYS, SIDE_KEYS):
        if any(key in own for key in group):
            for key in group:
                if key not in own:
                    merged.pop(key, None)
    merged.update(own)
    return merged


def sides_value(table: Mapping[str, Any]) -> str | None:
    """Return which sides ``table`` says (``"both"`` for ``each_side = true``), or ``None``."""
    if "sides" in table:
        value = table["sides"]
        return value if isinstance(value, str) else None
    if "each_side" in table:
        return "both" if table["each_side"] is True else NO_SIDES
    return None


def moved_file(name: str, old: Path, new: Path) -> str:
    """Return a file name written relative to ``old`` as it reads from ``new``.

    A file inside ``new`` gets a name relative to it, any other an absolute
    one; names from the home folder (``~``) stay as written.
    """
    if name.startswith("~"):
        return name
    file = Path(os.path.normpath(old / name))
    try:
        return file.relative_to(new).as_posix()
    except ValueError:
        return name if Path(name).is_absolute() else str(file)


class MoveExists(store.SaveError):
    """The runner's own moves already have a move of that name, and replacing it was not asked."""


def sub_key(ref: Ref, problem: Problem) -> str | None:
    """Return the key inside the field's table a problem is about (``go`` of ``[sounds]``).

    A key deeper down is dotted: ``reps.step`` of the session's ``[progression]``.
    """
    rest = problem.keys[len(key_path(ref)):]
    parts: list[str] = []
    for part in rest[1:]:
        if not isinstance(part, str):
            break
        parts.append(part)
    return ".".join(parts) or None


@dataclass(frozen=True, slots=True)
class RuleEdit:
    """One change to a ``progression`` rule, as the editor's progression fields make it.

    ``key`` is ``"mode"`` (a move's ``RULE_OFF``/``RULE_SESSION``/``RULE_OWN``),
    one of ``RULE_KEYS`` for a move, or ``"after"`` and ``"reps.step"``-like
    dotted keys for the session; ``value`` ``None`` removes the key.
    """

    key: str
    value: Any


@dataclass(frozen=True, slots=True)
class RuleView:
    """What a progression group shows: a move's mode (``None`` for the session), and each key.

    ``values`` are by the keys ``RuleEdit`` takes; a session's kind without
    a rule shows ``None`` for its keys. ``harder`` is the move's harder
    variation, where its own rule goes on to unless ``then`` says otherwise.
    """

    mode: Shown | None
    values: Mapping[str, Shown]
    harder: str | None = None


def rule_default(kind: str, key: str) -> Any:
    """Return what a rule's ``key`` is for a dose of ``kind`` when nothing says it."""
    return {"step": DEFAULT_STEP.get(kind, 1), "after": DEFAULT_AFTER,
            "ceiling": DEFAULT_CEILING.get(kind, 3600), "floor": DEFAULT_FLOOR,
            "then": False}[key]


def inline(values: Mapping[str, Any]) -> Any:
    """Return ``values`` as a TOML inline table written ``{ step = 2, ceiling = 20 }``."""
    if not values:
        return tomlkit.inline_table()
    body = ", ".join(f"{k} = {tomlkit.item(v).as_string()}" for k, v in values.items())
    return tomlkit.parse(f"x = {{ {body} }}\n")["x"]


def write_differences(document: store.Document, before: Session, after: Session) -> None:
    """Write into ``document`` the rounds, reps and holds that differ between two sessions.

    As ``SessionModel.set`` does: a value equal to what the key would
    inherit is not added, and an uncommented line holding it goes.
    """
    model = SessionModel(document)
    has_blocks = "blocks" in model.raw
    for b, (old_block, new_block) in enumerate(zip(before.blocks, after.blocks, strict=True)):
        holder: Ref = BlockRef(b) if has_blocks else SESSION
        if old_block.rounds != new_block.rounds:
            model.set(holder, "rounds", new_block.rounds)
        for m, (old, new) in enumerate(zip(old_block.moves, new_block.moves, strict=True)):
            move = MoveRef(b if has_blocks else None, m)
            if old.reps != new.reps and new.reps is not None:
                model.set(move, "reps", new.reps)
            if old.hold != new.hold and new.hold is not None:
                model.set(move, "hold", new.hold)


class SessionModel:
    """A session document as the editor sees and changes it.

    The model edits ``document`` in place (the editor hands it a copy, so a
    Cancel leaves the caller's alone) and keeps the plain values of it for
    the questions it answers. ``check()`` validates the document as it
    would be saved; ``session`` and ``problems`` hold the answer.
    """

    def __init__(self, document: store.Document,
                 library: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self.document = document
        self._given_library = library
        self.baseline = document.as_string()
        self.session: Session | None = None
        self.problems: tuple[Problem, ...] = ()
        self._raw: dict[str, Any] = document.unwrap()
        self.library: Mapping[str, Mapping[str, Any]] = {}
        self._layers: list[tuple[str, Mapping[str, Any]]] = []
        self._read_library()

    def _read_library(self) -> None:
        """Take the moves ``move = "..."`` can name: the session's, the runner's, built-in.

        ``library`` lists them all as written; ``_layers`` keeps them apart,
        nearest first, so a library move that starts from another is laid
        over the one below it, as the loader does.
        """
        if self._given_library is not None:
            self.library = self._given_library
            self._layers = [("built-in", self._given_library)]
            return
        self.library = known_moves(self._raw)
        own = self._raw.get("library")
        session = {k: v for k, v in own.items() if isinstance(v, Mapping)} \
            if isinstance(own, Mapping) else {}
        self._layers = [("library", session), ("yours", user_move_library().moves),
                        ("built-in", move_library())]

    # -- the document as plain values -----------------------------------

    @property
    def raw(self) -> Mapping[str, Any]:
        """Return the document as plain values."""
        return self._raw

    def refresh(self) -> None:
        """Read the plain values again after the document changed from outside the model."""
        self._raw = self.document.unwrap()
        self._read_library()

    def _find(self, name: str, below: int = 0) -> tuple[int, str, Mapping[str, Any]] | None:
        """Return the library move ``name`` from the nearest library at ``below`` or under.

        The answer is the library's depth, its source (a ``SOURCES`` key) and
        the move's table as written.
        """
        for depth in range(below, len(self._layers)):
            source, layer = self._layers[depth]
            table = layer.get(name)
            if isinstance(table, Mapping):
                return depth, source, table
        return None

    def library_move(self, name: str, below: int = 0) -> dict[str, Origin] | None:
        """Return what library move ``name`` sets, each key with where it comes from.

        A move that starts from another (``[library.x]`` with ``move = "y"``)
        is laid over it, looked up from the next library down.
        """
        found = self._find(name, below)
        if found is None:
            return None
        depth, source, table = found
        out = {k: Origin(v, source) for k, v in table.items() if k != "move"}
        base = table.get("move")
        under = self.library_move(base, depth + 1) if isinstance(base, str) else None
        if under is None:
            return out
        own = {k: o.value for k, o in out.items()}
        kept = lay_over({k: o.value for k, o in under.items()}, own)
        return {k: out[k] if k in own else under[k] for k in kept}

    def blocks(self) -> list[Any] | None:
        """Return the blocks, or ``None`` for a session of ``moves`` without blocks."""
        blocks = self._raw.get("blocks")
        return blocks if isinstance(blocks, list) and "moves" not in self._raw else None

    def moves_of(self, block: int | None) -> list[Any]:
        """Return the moves of ``block`` (of the session when ``None``)."""
        holder: Any = self._raw if block is None else (self.blocks() or [])[block]
        moves = holder.get("moves") if isinstance(holder, Mapping) else None
        return moves if isinstance(moves, list) else []

    def refs(self) -> list[Ref]:
        """Return every item of the move list, in order: the session, blocks, moves."""
        out: list[Ref] = [SESSION]
        blocks = self.blocks()
        if blocks is None:
            out.extend(MoveRef(None, i) for i in range(len(self.moves_of(None))))
            return out
        for b in range(len(blocks)):
            out.append(BlockRef(b))
            out.extend(MoveRef(b, i) for i in range(len(self.moves_of(b))))
        return out

    def table(self, ref: Ref) -> Mapping[str, Any]:
        """Return the plain values of ``ref``'s table (empty when it is not a table)."""
        node: Any = self._raw
        for part in key_path(ref):
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return {}
        return node if isinstance(node, Mapping) else {}

    def inherited(self, ref: Ref) -> dict[str, Origin]:
        """Return what each setting of ``ref`` is when not set there, and where it comes from."""
        out = {k: Origin(v, "default") for k, v in DEFAULTS.items()}
        if isinstance(ref, SessionRef):
            return out
        for name in ("rounds", "round_rest", *CASCADING):
            if name in self._raw:
                out[name] = Origin(self._raw[name], "session")
        if not isinstance(ref, MoveRef):
            return out
        out.update((k, Origin(v, "default")) for k, v in MOVE_DEFAULTS.items())
        if ref.block is not None:
            block = self.table(BlockRef(ref.block))
            for name in CASCADING:
                if name in block:
                    out[name] = Origin(block[name], "block")
        raw = self.table(ref)
        base = raw.get("move")
        library = self.library_move(base) if isinstance(base, str) else None
        if library is not None:
            out.update(library)
            # As the loader lays a move over its library move: a dose or a
            # side written here replaces the library's others.
            for group in (DOSE_KEYS, SIDE_KEYS):
                if any(key in raw for key in group):
                    for key in group:
                        if key not in raw and key in library:
                            out.pop(key)
        return out

    def source(self, ref: Ref, key: str) -> str:
        """Return where ``key`` of ``ref`` would come from if it were not set there."""
        found = self.inherited(ref).get(key)
        return found.source if found is not None else ""

    def shown(self, ref: Ref, key: str) -> Shown:
        """Return what the field for ``key`` of ``ref`` shows.

        A move's ``sides`` also reads ``each_side`` (``true`` shows as
        ``"both"``, ``false`` as no sides).
        """
        if key == "sides" and isinstance(ref, MoveRef):
            return self._sides(ref)
        if key == PROGRESSION and not isinstance(ref, BlockRef):
            view = self.move_rule(ref) if isinstance(ref, MoveRef) else self.session_rule()
            return Shown(view, PROGRESSION in self.table(ref), "")
        table = self.table(ref)
        found = self.inherited(ref).get(key, Origin(None, ""))
        if key in table:
            return Shown(table[key], True, found.source)
        return Shown(found.value, False, found.source)

    def _library_sides(self, ref: MoveRef) -> Origin | None:
        """Return the sides ``ref``'s library move says, and where from (``None``: no sides)."""
        base = self.table(ref).get("move")
        library = self.library_move(base) if isinstance(base, str) else None
        if not library:
            return None
        value = sides_value({k: o.value for k, o in library.items() if k in SIDE_KEYS})
        source = next((library[k].source for k in SIDE_KEYS if k in library), "")
        return Origin(value, source) if value is not None else None

    def _sides(self, ref: MoveRef) -> Shown:
        below = self._library_sides(ref)
        own = sides_value(self.table(ref))
        if own is not None:
            return Shown(own, True, below.source if below is not None else "")
        if below is not None:
            return Shown(below.value, False, below.source)
        return Shown(NO_SIDES, False, "default")

    def dose(self, ref: MoveRef) -> str:
        """Return which of ``reps``, ``hold`` and ``work`` a move counts in (``reps`` if none)."""
        table = self.table(ref)
        inherited = self.inherited(ref)
        return next((k for k in DOSE_KEYS if k in table),
                    next((k for k in DOSE_KEYS if k in inherited), "reps"))

    def amount(self, ref: MoveRef) -> Shown:
        """Return a move's amount as ``(mode, value)``: ``("reps", 10)``, ``("work", "self")``."""
        mode = self.dose(ref)
        table = self.table(ref)
        found = self.inherited(ref).get(mode, Origin(None, ""))
        explicit = mode in table
        value = table[mode] if explicit else found.value
        return Shown((mode, value), explicit, found.source)

    def self_paced(self, ref: MoveRef) -> bool:
        """Whether the runner ends the move: reps at their own pace, or an open-ended dose."""
        mode, value = self.amount(ref).value
        if mode == "reps":
            return bool(self.shown(ref, "tempo").value == SELF_PACED)
        return bool(value == SELF_PACED)

    def not_here(self, ref: Ref, key: str) -> str | None:
        """Return why ``key`` has no use on ``ref`` as it stands, or ``None``."""
        if not isinstance(ref, MoveRef):
            return None
        if key == "estimate" and not self.self_paced(ref):
            return translate("editing", "Only for a move you end yourself: reps at your own "
                             "pace, or a hold or work until you say done")
        if key == "first_side" and ref.block is not None \
                and self.table(BlockRef(ref.block)).get("sides") == ONE_THEN_OTHER:
            return translate("editing", "The block is done one side, then the other: its "
                             "first side applies")
        if key == "set_rest" and "every" in self.table(ref):
            return translate("editing",
                             "With an interval, the rest is what is left of each interval")
        if key == PROGRESSION and self.amount(ref).value[1] == SELF_PACED:
            return translate("editing", "A move you end yourself has no dose to change")
        return None

    # -- what the move list and the forms show --------------------------

    def label(self, ref: BlockRef | MoveRef) -> tuple[str, str]:
        """Return the two columns of ``ref`` in the move list: its name, and how much."""
        table = self.table(ref)
        if isinstance(ref, BlockRef):
            name = table.get("name") if isinstance(table.get("name"), str) else None
            rounds = table.get("rounds", self._raw.get("rounds", 1))
            rounds_text = f"× {rounds}" if isinstance(rounds, int) and rounds > 1 else ""
            return (name or translate("editing", "Block {number}").format(number=ref.block + 1),
                    rounds_text)
        inherited = self.inherited(ref)

        def get(name: str) -> Any:
            return table[name] if name in table else inherited.get(name, Origin(None, "")).value

        name = get("name")
        shown_name = (name if isinstance(name, str) and name
                      else translate("editing", "Unnamed move"))
        title = f"{ref.index + 1}. {shown_name}"
        mode, value = self.amount(ref).value
        amount = ""
        if mode == "reps" and number(value) is not None:
            amount = translate("editing", "%n rep(s)", None, int(value))
        elif number(value) is not None:
            amount = (translate("editing", "{seconds:g} s work") if mode == "work"
                      else translate("editing", "{seconds:g} s")).format(seconds=value)
        elif value == SELF_PACED:
            amount = translate("editing", "until done")
        sides = self._sides(ref).value
        if amount and sides in SIDE_WORDS:
            amount = translate("editing", SIDE_WORDS[sides]).format(amount=amount)
        sets = get("sets")
        if isinstance(sets, int) and sets > 1 and amount:
            amount = translate("editing", "{sets} × {amount}").format(sets=sets, amount=amount)
        return title, amount

    def title(self, ref: Ref) -> str:
        """Return the heading of ``ref``'s form."""
        if isinstance(ref, MoveRef):
            count = len(self.moves_of(ref.block))
            if ref.block is not None:
                return translate("editing", "Move {number} of {count} in block {block}").format(
                    number=ref.index + 1, count=count, block=ref.block + 1)
            return translate("editing", "Move {number} of {count}").format(
                number=ref.index + 1, count=count)
        if isinstance(ref, BlockRef):
            return translate("editing", "Block {number}").format(number=ref.block + 1)
        return translate("editing", "Whole session")

    def buttons(self, ref: Ref) -> ListButtons:
        """Return which list buttons (remove, up, down) work for ``ref``."""
        blocks = self.blocks()
        if isinstance(ref, MoveRef):
            count = len(self.moves_of(ref.block))
            first_block = ref.block in (None, 0)
            last_block = ref.block is None or ref.block == len(blocks or []) - 1
            return ListButtons(
                remove=count > 1,
                up=ref.index > 0 or (not first_block and count > 1),
                down=ref.index < count - 1 or (not last_block and count > 1),
                remove_tip=translate("editing", "Remove this move") if count > 1 else
                translate("editing", "A session needs at least one move"),
            )
        if isinstance(ref, BlockRef):
            count = len(blocks or [])
            return ListButtons(count > 1, ref.block > 0, ref.block < count - 1,
                               translate("editing", "Remove this block and its moves"))
        return ListButtons(False, False, False, None)

    def target_note(self) -> tuple[str, str]:
        """Return the line saying where Save writes, and the full path for its tooltip."""
        source = self.document.path
        target = store.save_target(source)
        home = Path.home()
        shown = f"~/{target.relative_to(home)}" if target.is_relative_to(home) else str(target)
        if target != source:
            return translate("editing", "Built-in session: saves to your own copy, {file}").format(
                file=shown), str(target)
        return translate("editing", "Saves to {file}").format(file=shown), str(target)

    def picture_path(self, chosen: Path) -> Path:
        """Return a chosen picture or sound file as the session names it: relative if beside it."""
        try:
            return chosen.relative_to(store.save_target(self.document.path).parent)
        except ValueError:
            return chosen

    # -- checking --------------------------------------------------------

    def check(self) -> Status:
        """Check the session as it would be saved; keep the answer and return the status."""
        try:
            self.session = self.document.check(store.save_target(self.document.path).parent)
            self.problems = ()
        except SessionError as exc:
            self.session = None
            self.problems = exc.problems
        return self.status()

    @property
    def valid(self) -> bool:
        """Whether the session as edited passed the last check."""
        return self.session is not None

    @property
    def modified(self) -> bool:
        """Whether there are changes that have not been saved."""
        return self.document.as_string() != self.baseline

    def mark_saved(self) -> None:
        """Take the document as it is now as the saved version."""
        self.baseline = self.document.as_string()

    def status(self) -> Status:
        """Return the status line for the last check, and the window title."""
        problems = self.problems
        if problems:
            first = problems[0]
            where = f"{first.path}: " if first.path else ""
            problem = f"{where}{first.message}"
            if len(problems) > 1:
                problem = translate("editing", "{problem} (and %n more)", None,
                                    len(problems) - 1).format(problem=problem)
            summary = translate("editing", "⚠ %n problem(s) to fix before saving — {problem}",
                                None, len(problems)).format(problem=problem)
            details = "\n".join(describe(p) for p in problems)
        else:
            summary, details = translate("editing", "✓ Ready to save"), ""
        if self.session is not None:
            plan = make_plan(self.session)
            total = (translate("editing", "Total {time} (self-paced reps estimated)")
                     if plan.has_self_paced else translate("editing", "Total {time}")).format(
                time=format_seconds(plan.total))
        else:
            total = translate("editing", "Total —")
        name = self._raw.get("name")
        changed = "*" if self.modified else ""
        title = (translate("editing", "Edit “{name}”").format(name=name)
                 if isinstance(name, str) and name.strip()
                 else translate("editing", "Edit session"))
        return Status(summary, details, not problems, total, f"{title}{changed}")

    def problems_at(self, ref: Ref) -> list[tuple[str | None, Problem]]:
        """Return the problems shown on ``ref``'s form, each with the key it is about.

        The key is the first key below ``ref`` (``None`` when the problem is
        with the table itself); problems inside a block's or the session's
        moves belong to those moves and are left out.
        """
        prefix = key_path(ref)
        out: list[tuple[str | None, Problem]] = []
        for problem in self.problems:
            path = problem.keys
            if path[: len(prefix)] != prefix:
                continue
            rest = path[len(prefix):]
            if isinstance(ref, SessionRef) and rest and rest[0] in ("moves", "blocks") \
                    and len(rest) > 1:
                continue
            if isinstance(ref, BlockRef) and rest and rest[0] == "moves" and len(rest) > 1:
                continue
            out.append((rest[0] if rest and isinstance(rest[0], str) else None, problem))
        return out

    def problems_in(self, ref: Ref) -> list[Problem]:
        """Return the problems that mark ``ref`` in the move list (a block's include its moves)."""
        if isinstance(ref, SessionRef):
            return [p for p in self.problems
                    if not (len(p.keys) > 1 and p.keys[0] in ("moves", "blocks"))]
        prefix = key_path(ref)
        return [p for p in self.problems if p.keys[: len(prefix)] == prefix]

    # -- changing values -------------------------------------------------

    def _change(self, what: object, change: Callable[[], object]) -> bool:
        """Make one change to the document; ``False`` if its structure refused it."""
        try:
            change()
        except _REFUSED as exc:
            logger.info("cannot change %s: %s", what, exc)
            return False
        finally:
            self.refresh()
        return True

    def set(self, ref: Ref, key: str, value: Any) -> bool:
        """Set ``key`` of ``ref`` to ``value``; ``None`` removes the key.

        A value equal to the one ``key`` inherits there (``sets = 1``, the
        session's rest, the built-in move's reps) is not written: the field
        shows it all the same, and the file stays minimal. A line already
        holding the key then goes too, unless it carries a comment, which
        would go with it (the line is updated in place instead).
        """
        if key == "sides" and isinstance(ref, MoveRef):
            return self._set_sides(ref, value)
        if key == PROGRESSION and isinstance(value, RuleEdit):
            return self.set_move_rule(ref, value) if isinstance(ref, MoveRef) \
                else self.set_session_rule(value)
        path = (*key_path(ref), key)
        if value is None:
            return self._change(ref, lambda: store.remove_key(self.document, path))
        found = self.inherited(ref).get(key)
        if found is not None and store.same_value(found.value, value):
            if key not in self.table(ref):
                return True
            if not self._has_comment(path):
                return self._change(ref, lambda: store.remove_key(self.document, path))
        return self._change(ref, lambda: store.set_value(self.document, path, value))

    def _has_comment(self, path: KeyPath) -> bool:
        try:
            return store.has_comment(self.document, path)
        except _REFUSED:
            return False

    def reset(self, ref: Ref, keys: tuple[str, ...]) -> bool:
        """Remove ``keys`` from ``ref``, so the values they inherit apply again."""
        def remove() -> None:
            for key in keys:
                store.remove_key(self.document, (*key_path(ref), key))

        return self._change(ref, remove)

    def switch_amount(self, ref: MoveRef, mode: str) -> bool:
        """Make a move count reps (``mode="reps"``), hold (``"hold"``) or time work (``"work"``).

        The other two go; the new amount is the library move's, or
        hiptimer's default (``DEFAULT_DOSES``).
        """
        base = self.table(ref).get("move")
        library = (self.library_move(base) or {}) if isinstance(base, str) else {}
        found = library.get(mode)
        amount: Any = found.value if found is not None and (
            number(found.value) is not None or found.value == SELF_PACED) else None
        if amount is None:
            amount = DEFAULT_DOSES.get(mode, DEFAULT_REPS)

        def switch() -> None:
            for other in DOSE_KEYS:
                if other != mode:
                    store.remove_key(self.document, (*key_path(ref), other))
            store.set_value(self.document, (*key_path(ref), mode), amount)

        return self._change(ref, switch)

    def _set_sides(self, ref: MoveRef, value: str | None) -> bool:
        """Set a move's sides: ``"both"``, ``"left"``, ``"right"``, ``"alternate"``, or none.

        What the move already says is left as written (``each_side = true``
        is "both"); otherwise ``each_side`` goes and ``sides`` is written,
        unless the library move says the same. No sides, over a library move
        with sides, is written ``each_side = false``.
        """
        wanted = value or NO_SIDES
        shown = self._sides(ref)
        if shown.explicit and shown.value == wanted:
            return True
        found = self._library_sides(ref)
        below = found.value if found is not None else NO_SIDES
        path = key_path(ref)

        def change() -> None:
            if wanted == below:
                for key in SIDE_KEYS:
                    store.remove_key(self.document, (*path, key))
            elif wanted == NO_SIDES:
                store.remove_key(self.document, (*path, "sides"))
                store.set_value(self.document, (*path, "each_side"), False)
            else:
                # In place when it is there, so the line keeps its comment.
                store.set_value(self.document, (*path, "sides"), wanted)
                store.remove_key(self.document, (*path, "each_side"))

        return self._change(ref, change)

    def set_sound(self, ref: Ref, cue: str, file: str | None) -> bool:
        """Give ``cue`` a sound file of the runner's own in ``ref``'s ``[sounds]`` (``None``: none).

        The ``[sounds]`` table is made on the first cue and goes with the last.
        """
        path = (*key_path(ref), "sounds")
        table = self.table(ref).get("sounds")

        def change() -> None:
            if file is None:
                if isinstance(table, Mapping) and cue in table:
                    store.remove_key(self.document, (*path, cue))
                    if len(table) == 1:
                        store.remove_key(self.document, path)
                return
            if not isinstance(table, Mapping):
                holder = tomlkit.table()
                holder.trivia.indent = "\n"  # a blank line before [sounds]
                store.set_value(self.document, path, holder)
            store.set_value(self.document, (*path, cue), file)

        return self._change(ref, change)

    # -- progression -------------------------------------------------------

    def _session_rules(self) -> dict[str, Any]:
        """Return the session's ``[progression]`` as plain values (``true``: every kind)."""
        raw = self._raw.get(PROGRESSION)
        if raw is True:
            return dict.fromkeys(DOSE_KINDS, True)
        return dict(raw) if isinstance(raw, Mapping) else {}

    def _own_rule(self, ref: MoveRef) -> tuple[Mapping[str, Any] | bool | None, str]:
        """Return a move's rule as it applies (its own, or its library move's) and whence.

        The source is ``""`` for the move's own, a ``SOURCES`` key for a
        library move's; the rule is ``None`` when neither has one.
        """
        table = self.table(ref)
        if PROGRESSION in table:
            return table[PROGRESSION], ""
        base = table.get("move")
        library = self.library_move(base) if isinstance(base, str) else None
        found = (library or {}).get(PROGRESSION)
        return (found.value, found.source) if found is not None else (None, "")

    def rule_inherited(self, ref: MoveRef, key: str) -> Origin:
        """Return what ``key`` of a move's own rule is when the rule leaves it out, and whence.

        The session's rule for the move's kind of dose, then the session's
        ``after``, then hiptimer's default; ``then`` is the move's ``harder``
        variation (``False``, staying at the ceiling, when it has none).
        """
        kind = self.dose(ref)
        session = self._session_rules()
        by_kind = session.get(kind)
        if key == "then":
            harder = self.shown(ref, "harder")
            if isinstance(harder.value, str) and harder.value:
                return Origin(harder.value, harder.source if not harder.explicit else "")
            return Origin(False, "default")
        if isinstance(by_kind, Mapping) and key in by_kind:
            return Origin(by_kind[key], "session")
        if key == "after" and "after" in session:
            return Origin(session["after"], "session")
        return Origin(rule_default(kind, key), "default")

    def move_rule(self, ref: MoveRef) -> RuleView:
        """Return what a move's progression group shows: off, the session's rule, or its own."""
        rule, source = self._own_rule(ref)
        explicit = PROGRESSION in self.table(ref)
        mode = RULE_OFF if rule is False else RULE_SESSION if rule is None else RULE_OWN
        own = rule if isinstance(rule, Mapping) else {}
        values = {}
        for key in RULE_KEYS:
            found = self.rule_inherited(ref, key)
            values[key] = Shown(own[key], not source, source) if key in own \
                else Shown(found.value, False, found.source)
        harder = self.rule_inherited(ref, "then").value
        return RuleView(Shown(mode, explicit, source or "session"), values,
                        harder if isinstance(harder, str) else None)

    def set_move_rule(self, ref: MoveRef, edit: RuleEdit) -> bool:
        """Change a move's progression: its mode, or one key of its own rule.

        Off writes ``progression = false``, the session's rule takes the key
        out; a rule of its own with nothing of its own is ``progression =
        true``. A key equal to what the rule would take anyway (the
        session's, the default, the move's ``harder``) is not written.
        """
        path = (*key_path(ref), PROGRESSION)
        rule, source = self._own_rule(ref)
        if edit.key == "mode":
            return self._set_rule_mode(ref, edit.value)
        own = dict(rule) if isinstance(rule, Mapping) else {}
        found = self.rule_inherited(ref, edit.key)
        if edit.value is None or store.same_value(found.value, edit.value):
            own.pop(edit.key, None)
        else:
            own[edit.key] = edit.value
        if isinstance(rule, Mapping) and not source and own == dict(rule):
            return True
        written = inline(own) if own else True
        return self._change(ref, lambda: store.set_value(self.document, path, written))

    def _set_rule_mode(self, ref: MoveRef, mode: str) -> bool:
        path = (*key_path(ref), PROGRESSION)
        own = self.table(ref).get(PROGRESSION)
        base = self.table(ref).get("move")
        library = self.library_move(base) if isinstance(base, str) else None
        found = (library or {}).get(PROGRESSION)
        below = found.value if found is not None else None
        wanted: bool | None = {RULE_OFF: False, RULE_OWN: True}.get(mode)
        if wanted is True and (own is True or isinstance(own, Mapping)):
            return True
        # What the library move says anyway is not written.
        below_own = below is True or isinstance(below, Mapping)
        if wanted is None or (wanted is False and below is False) or (wanted and below_own):
            return self._change(ref, lambda: store.remove_key(self.document, path))
        return self._change(ref, lambda: store.set_value(self.document, path, wanted))

    def session_rule(self) -> RuleView:
        """Return what the session's progression group shows: ``after``, and each kind's keys."""
        session = self._session_rules()
        values = {"after": Shown(session["after"], True, "default") if "after" in session
                  else Shown(DEFAULT_AFTER, False, "default")}
        for kind in DOSE_KINDS:
            rule = session.get(kind)
            table = rule if isinstance(rule, Mapping) else {}
            for key in KIND_KEYS:
                values[f"{kind}.{key}"] = (
                    Shown(None, False, "") if rule is None or rule is False
                    else Shown(table[key], True, "default") if key in table
                    else Shown(rule_default(kind, key), False, "default"))
        return RuleView(None, values)

    def set_session_rule(self, edit: RuleEdit) -> bool:
        """Change the session's ``after``, or a kind's ``step`` or ``ceiling`` (``"reps.step"``).

        A kind with nothing left goes (no rule for that kind), and so does
        the ``[progression]`` table with nothing left. A default value is
        not written, unless the kind would then have no rule at all.
        """
        session = self._session_rules()
        raw = self._raw.get(PROGRESSION)
        kind, _, key = edit.key.rpartition(".")
        new = dict(session)
        if not kind:
            if edit.value is None or store.same_value(DEFAULT_AFTER, edit.value):
                new.pop(key, None)
            else:
                new[key] = edit.value
        else:
            rule = session.get(kind)
            had = rule is not None and rule is not False
            table = dict(rule) if isinstance(rule, Mapping) else {}
            if edit.value is None:
                table.pop(key, None)
            elif had and store.same_value(rule_default(kind, key), edit.value) and \
                    any(k != key for k in table):
                table.pop(key, None)
            else:
                table[key] = edit.value
            if table:
                new[kind] = table
            elif rule is True and edit.value is not None:
                new[kind] = True
            else:
                new.pop(kind, None)
        if new == session and isinstance(raw, Mapping):
            return True
        path: KeyPath = (PROGRESSION,)

        def change() -> None:
            if not new:
                store.remove_key(self.document, path)
                return
            if not isinstance(raw, Mapping):
                store.remove_key(self.document, path)
                holder = tomlkit.table()
                holder.trivia.indent = "\n"  # a blank line before [progression]
                store.set_value(self.document, path, holder)
            for name in [k for k in session if k not in new]:
                store.remove_key(self.document, (*path, name))
            for name, value in new.items():
                if value == session.get(name) and isinstance(raw, Mapping):
                    continue
                store.set_value(self.document, (*path, name),
                                inline(value) if isinstance(value, dict) else value)

        return self._change(PROGRESSION, change)

    # -- the runner's own moves -------------------------------------------

    def own_move(self, ref: MoveRef) -> dict[str, Any]:
        """Return the move as a table of the runner's own ``moves.toml``.

        A move there may start only from a built-in move, so one that starts
        from the session's ``[library]`` or from another of the runner's
        moves is laid over it. Its files (picture, sounds) are renamed for
        ``moves.toml``'s folder, where they are looked for.
        """
        table = dict(self.table(ref))
        origins = dict.fromkeys(table, "session")
        below = 0
        while isinstance(table.get("move"), str):
            found = self._find(table["move"], below)
            if found is None or found[1] == "built-in":
                break
            below, source, base = found
            below += 1
            own = {k: v for k, v in table.items() if k != "move"}
            table = lay_over(base, own)
            origins = {k: origins[k] if k in own else source for k in table}
        here = store.save_target(self.document.path).parent
        there = user_library_path().parent

        def rename(name: Any, suffixes: tuple[str, ...]) -> Any:
            if isinstance(name, str) and Path(name).suffix.lower() in suffixes:
                return moved_file(name, here, there)
            return name

        if "image" in table and origins.get("image") in ("session", "library"):
            image = table["image"]
            table["image"] = [rename(i, resources.IMAGE_SUFFIXES) for i in image] \
                if isinstance(image, list) else rename(image, resources.IMAGE_SUFFIXES)
        sounds = table.get("sounds")
        if isinstance(sounds, Mapping) and origins.get("sounds") in ("session", "library"):
            table["sounds"] = {cue: rename(f, resources.SOUND_SUFFIXES)
                               for cue, f in sounds.items()}
        return table

    def own_move_name(self, ref: MoveRef) -> str:
        """Return the name a move is suggested under in ``moves.toml`` (``"side-lunge"``)."""
        name = self.shown(ref, "name").value
        words = "".join(c if c.isalnum() else " " for c in str(name or "").lower()).split()
        return "-".join(words) or "my-move"

    @staticmethod
    def own_move_exists(name: str) -> bool:
        """Whether the runner's own ``moves.toml`` already has a move called ``name``."""
        return name in user_move_library().moves

    def save_own_move(self, ref: MoveRef, name: str, replace: bool = False) -> Path:
        """Write the move into the runner's own ``moves.toml`` as ``[name]``; return the file.

        The file keeps its comments and layout; a move of that name is
        changed in place (keeping comments on the lines that stay) only with
        ``replace``, else ``MoveExists``. It is saved as a session is: under
        the save lock, to a temporary file renamed over the old one, with
        ``moves.toml.bak``. Anything else that goes wrong raises
        ``store.SaveError`` and leaves the file as it was.
        """
        if self.problems_in(ref):
            raise store.SaveError(translate("editing", "This move has problems to fix before "
                                            "it can be kept in your moves."))
        return save_to_own_moves(name, self.own_move(ref), replace)
    # -- changing the structure -----------------------------------------
    # Each returns the item to select afterwards, or None when nothing changed.

    def add_move(self, after: Ref, library_id: str | None) -> MoveRef | None:
        """Add a built-in move (by id) or a blank one after ``after`` (or at the end)."""
        table: dict[str, Any] = {"move": library_id} if library_id else _blank_move()
        blocks = self.blocks()
        block: int | None
        if isinstance(after, MoveRef):
            block, index = after.block, after.index + 1
        elif isinstance(after, BlockRef):
            block, index = after.block, len(self.moves_of(after.block))
        else:
            block = len(blocks) - 1 if blocks else None
            index = len(self.moves_of(block))
        try:
            position = store.add_move(self.document, table, index, block)
        except (KeyError, ValueError) as exc:
            logger.info("cannot add a move: %s", exc)
            return None
        finally:
            self.refresh()
        return MoveRef(block, position)

    def add_block(self) -> BlockRef | None:
        """Add a block with one blank move at the end (sessions made of blocks only)."""
        blocks = self.blocks()
        if blocks is None:
            return None
        table = {"name": translate("editing", "Block {number}").format(number=len(blocks) + 1),
                 "moves": [_blank_move()]}
        try:
            position = store.add_block(self.document, table)
        finally:
            self.refresh()
        return BlockRef(position)

    def remove(self, ref: Ref) -> Ref | None:
        """Remove a move or a block."""
        try:
            if isinstance(ref, MoveRef):
                last = len(self.moves_of(ref.block)) - 2  # the last index once it is gone
                store.remove_move(self.document, ref.index, ref.block)
                return MoveRef(ref.block, max(0, min(ref.index, last)))
            if isinstance(ref, BlockRef):
                store.remove_block(self.document, ref.block)
                return BlockRef(max(0, ref.block - 1))
        except _REFUSED as exc:
            logger.info("cannot remove %s: %s", ref, exc)
        finally:
            self.refresh()
        return None

    def shift(self, ref: Ref, step: int) -> Ref | None:
        """Move a move or block up (``-1``) or down (``1``).

        A move at the edge of its block goes on into the next block.
        """
        try:
            return self._shift(ref, step)
        except _REFUSED as exc:
            logger.info("cannot move %s: %s", ref, exc)
            return None
        finally:
            self.refresh()

    def _shift(self, ref: Ref, step: int) -> Ref | None:
        if isinstance(ref, BlockRef):
            target = ref.block + step
            if 0 <= target < len(self.blocks() or []):
                store.move_block(self.document, ref.block, target)
                return BlockRef(target)
            return None
        if not isinstance(ref, MoveRef):
            return None
        block, index = ref.block, ref.index
        target = index + step
        count = len(self.moves_of(block))
        if 0 <= target < count:
            store.move_move(self.document, index, target, block)
            return MoveRef(block, target)
        if block is None or count == 1:
            return None
        other = block + step
        if not 0 <= other < len(self.blocks() or []):
            return None
        position = len(self.moves_of(other)) if step < 0 else 0
        store.move_move(self.document, index, position, block, other)
        return MoveRef(other, position)

    def drop(self, source: Ref, target: Ref | None, where: Drop) -> Ref | None:
        """Carry out a drag and drop of ``source`` at ``where`` of ``target``.

        ``target`` is ``None`` for the empty space below the list.
        """
        above, on = where is Drop.ABOVE, where is Drop.ON
        try:
            if isinstance(source, MoveRef):
                return self._drop_move(source, target, above, on)
            if isinstance(source, BlockRef):
                return self._drop_block(source, target, above)
        except _REFUSED as exc:
            logger.info("cannot drop %s on %s: %s", source, target, exc)
        finally:
            self.refresh()
        return None

    def _drop_move(self, source: MoveRef, target: Ref | None, above: bool, on: bool) -> MoveRef:
        block, index = source.block, source.index
        blocks = self.blocks()
        to_block: int | None
        if target is None or isinstance(target, SessionRef):
            # On the session: to the very top; on the empty space below: the very end.
            to_block = None if blocks is None else (0 if target is not None else len(blocks) - 1)
            destination = 0 if target is not None else len(self.moves_of(to_block))
        elif isinstance(target, BlockRef):
            to_block = target.block
            if above and to_block > 0:
                to_block -= 1
                destination = len(self.moves_of(to_block))
            elif above:
                destination = 0
            else:
                destination = len(self.moves_of(to_block))
        else:
            to_block = target.block
            destination = target.index if above or on else target.index + 1
        if to_block == block and destination > index:
            destination -= 1
        if to_block == block:
            destination = min(destination, len(self.moves_of(block)) - 1)
            store.move_move(self.document, index, destination, block)
        else:
            store.move_move(self.document, index, destination, block, to_block)
        return MoveRef(to_block, destination)

    def _drop_block(self, source: BlockRef, target: Ref | None, above: bool) -> BlockRef:
        count = len(self.blocks() or [])
        if target is None:
            destination = count
        elif isinstance(target, SessionRef):
            destination = 0
        else:
            target_block = target.block if target.block is not None else 0
            destination = target_block if above and isinstance(target, BlockRef) \
                else target_block + 1
        if destination > source.block:
            destination -= 1
        destination = max(0, min(destination, count - 1))
        store.move_block(self.document, source.block, destination)
        return BlockRef(destination)


def save_to_own_moves(name: str, table: Mapping[str, Any], replace: bool = False) -> Path:
    """Write ``table`` as ``[name]`` into the runner's own ``moves.toml``; return the file.

    See ``SessionModel.save_own_move``. The file is read, changed and
    written under ``store``'s save lock, so a save of it from another
    hiptimer at the same moment cannot be lost; if the file changes
    between reading and renaming, nothing is written.
    """
    file = user_library_path()
    label = file.name
    real = Path(os.path.realpath(file))
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise store._not_saved(label, translate("editing", "cannot create {folder}").format(
            folder=real.parent), exc) from None
    # store's own steps of a save: there is no public one for a file that
    # is not a session (store.save checks the text as a session).
    with store._save_lock(real, label) as locked:
        store._remove_leftovers(real, locked)
        current = store._read_current(real, label)
        data = _own_moves_text(current.raw if current is not None else b"", name, table,
                               replace, label)
        if current is not None and store._hard_linked(real, current):
            store._write_in_place(real, label, data,
                                  store.Fingerprint.of_bytes(current.raw, current.info), True)
        else:
            mode = current.info.st_mode & 0o7777 if current is not None \
                else store._new_file_mode()

            def recheck() -> Any:
                now = store._read_current(real, label)
                if (now.raw if now is not None else None) != \
                        (current.raw if current is not None else None):
                    raise store.SaveError(translate(
                        "editing", "{file} changed while your move was being saved; it was not "
                        "overwritten. Try again.").format(file=label))
                return now

            store._replace(real, label, data, mode, recheck)
        store._fsync_folder(real.parent)
    logger.info("saved move %r to %s", name, file)
    return file


def _own_moves_text(raw: bytes, name: str, table: Mapping[str, Any], replace: bool,
                    label: str) -> bytes:
    """Return ``moves.toml`` (as ``raw`` holds it) with ``[name]`` set to ``table``."""
    bom = raw.startswith(b"\xef\xbb\xbf")
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
        doc = tomlkit.parse(text)
    except (UnicodeDecodeError, TOMLKitError, ValueError) as exc:
        raise store.SaveError(translate(
            "editing", "{file} was not saved: it cannot be read as TOML ({error}); fix it in a "
            "text editor first. Nothing was changed.").format(file=label, error=exc)) from None
    if name in doc and not replace:
        raise MoveExists(translate(
            "editing", "{file} already has a move called '{name}'; it was not replaced.").format(
            file=label, name=name))
    old = doc.get(name)
    if not isinstance(old, Table):
        if name in doc:
            del doc[name]
        if doc.body:
            doc.add(tomlkit.nl())
        doc.add(name, tomlkit.table())
    else:
        for key in [k for k in old if k not in table]:
            store.remove_key(doc, (name, key))
    for key, value in table.items():
        store.set_value(doc, (name, key), value)
    out = doc.as_string()
    try:
        tomllib.loads(out)
    except tomllib.TOMLDecodeError as exc:  # a tomlkit slip must not break the file
        raise store.SaveError(translate(
            "editing", "{file} was not saved: the move could not be written as TOML ({error}). "
            "Nothing was changed.").format(file=label, error=exc)) from None
    return ("\ufeff" + out if bom else out).encode("utf-8")
