"""Progression: how a move's dose grows with runs the runner rated easy.

After a finished run the runner may say how it felt (``Rating``): easy,
right or hard. A session, or one of its moves, may declare in a
``progression`` table how its doses follow those answers: reps or seconds up
by ``step`` after ``after`` runs in a row rated easy, down by a step after a
run rated hard, never above ``ceiling`` or below ``floor``, and at the
ceiling on to the harder variation named by ``then`` (by default the move's
own ``harder``), with that move's starting dose. ``parse_rules`` checks one
such table and returns what it says with every ``Problem`` found; the
session loader calls it for every table and puts the rules together on
``Session.rules``. ``suggest`` is a pure function from the rules, the runs
(plain records with a rating and the doses each run was done at) and the
doses now to a list of suggestions (``Suggestion``), each with the reason in
the runner's words
("last two runs felt easy: clam shell 12 each side, was 10").

A rating counts only for the doses its run was done at: once a dose changes
(a suggestion taken, an edit, ``--reps``), the count starts again. Runs that
were stopped, abandoned or never rated are passed over. Nothing here changes
a file: taking a suggestion is the window's business.

This module imports nothing of hiptimer but ``errors``: the session loader
calls ``parse_rules``, and ``history`` stores ``Rating`` and ``MoveDose``, so
both may import it without an import circle.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from types import MappingProxyType
from typing import Any, NamedTuple, Protocol

from hiptimer import i18n
from hiptimer.errors import KeyPath, Problem, control_character, shown
from hiptimer.i18n import translate

logger = logging.getLogger(__name__)


class Rating(Enum):
    """How a finished run felt to the runner."""

    EASY = "easy"
    RIGHT = "right"
    HARD = "hard"


#: The kinds of dose a rule can change: the move key that holds the amount.
DOSE_KINDS = ("reps", "hold", "work")


class MoveDose(NamedTuple):
    """How much of one move a session has (or a run was done at).

    ``keys`` is the move's table in the session document (``("moves", 0)``,
    ``("blocks", 1, "moves", 2)``); ``move`` what the move is (its library
    name, else its own name), so a move replaced by its harder variation at
    the same place is a different move; ``kind`` is ``"reps"``, ``"hold"`` or
    ``"work"`` (the key the amount is written under) and ``amount`` reps or
    seconds per side and per set. ``name`` and ``each_side`` are for the
    words of a suggestion only.
    """

    keys: KeyPath
    move: str
    kind: str
    amount: float
    name: str = ""
    each_side: bool = False

    def same_dose(self, other: MoveDose) -> bool:
        """Whether ``other`` is the same move at the same place with the same dose."""
        return (self.keys == other.keys and self.move == other.move
                and self.kind == other.kind and self.amount == other.amount)


class RatedRun(Protocol):
    """What ``suggest`` reads of a run (``history.RunRecord`` has it)."""

    @property
    def id(self) -> int:
        """The run's id in the history."""

    @property
    def finished(self) -> bool:
        """Whether the run got to its end (stopped and abandoned runs did not)."""

    @property
    def rating(self) -> Rating | None:
        """How it felt, None when the runner did not say."""

    @property
    def doses(self) -> tuple[MoveDose, ...]:
        """The doses the run was done at (empty when unknown)."""


# --------------------------------------------------------------------------
# Rules


class Rules(NamedTuple):
    """What one ``progression`` table says; None where it says nothing.

    At a move (or a library move): ``step``, ``after``, ``ceiling``,
    ``floor`` and ``then``, in the move's own unit (reps, or seconds for a
    hold or timed work). At the session: ``after`` and one table per kind
    of dose, ``reps``, ``hold`` and ``work``, each with ``step``,
    ``after``, ``ceiling`` and ``floor``, for every move of that kind.
    ``enabled`` is false for ``progression = false``. ``to_harder`` is
    false for ``then = false``: a move rule without ``then`` otherwise goes
    on to the move's own harder variation (the loader fills ``then`` in from
    the move's ``harder``).
    """

    step: int | None = None
    after: int | None = None
    ceiling: int | None = None
    floor: int | None = None
    then: str | None = None
    enabled: bool = True
    reps: Rules | None = None
    hold: Rules | None = None
    work: Rules | None = None
    to_harder: bool = True

    def for_kind(self, kind: str) -> Rules | None:
        """Return the session-level table for moves of ``kind`` (reps, hold, work)."""
        table: Rules | None = getattr(self, kind, None) if kind in DOSE_KINDS else None
        return table


#: Defaults when a rule leaves them out: the step by kind of dose, the
#: number of easy runs in a row, and the lowest and highest dose (the
#: session loader's own limits, so a suggestion is always a valid session).
DEFAULT_STEP = {"reps": 2, "hold": 5, "work": 5}
DEFAULT_AFTER = 2
DEFAULT_FLOOR = 1
DEFAULT_CEILING = {"reps": 500, "hold": 3600, "work": 3600}


class Rule(NamedTuple):
    """One move's rule with everything resolved: what ``suggest`` applies."""

    step: int
    after: int
    ceiling: int
    floor: int
    then: str | None = None


class SessionRules(NamedTuple):
    """The rules of one session: its own table, and each move's by the move's key path.

    A move's rule is its own table (or its library move's), with what it
    leaves out taken from the session's table for its kind of dose, then
    from the defaults. A move with neither does not progress.
    """

    session: Rules | None = None
    moves: Mapping[KeyPath, Rules] = MappingProxyType({})

    def rule_for(self, dose: MoveDose) -> Rule | None:
        """Return the rule for the move ``dose`` is about, None if it does not progress."""
        own = self.moves.get(dose.keys)
        if own is not None and not own.enabled:
            return None
        session = self.session if self.session is not None and self.session.enabled else None
        by_kind = session.for_kind(dose.kind) if session is not None else None
        if by_kind is not None and not by_kind.enabled:
            by_kind = None
        if own is None and by_kind is None:
            return None
        layers = [r for r in (own, by_kind) if r is not None]

        def first(name: str) -> int | None:
            for layer in layers:
                value = getattr(layer, name)
                if value is not None:
                    return int(value)
            return None

        after = first("after")
        if after is None and session is not None:
            after = session.after
        return Rule(
            step=first("step") or DEFAULT_STEP.get(dose.kind, 1),
            after=after or DEFAULT_AFTER,
            ceiling=first("ceiling") or DEFAULT_CEILING.get(dose.kind, 3600),
            floor=first("floor") or DEFAULT_FLOOR,
            then=own.then if own is not None else None,
        )


# What each key may hold: (low, high) whole numbers.
_RANGES = {"step": (1, 600), "after": (1, 20), "ceiling": (1, 3600), "floor": (1, 3600)}
_MOVE_KEYS = ("step", "after", "ceiling", "floor", "then")
_KIND_KEYS = ("step", "after", "ceiling", "floor")
_SESSION_KEYS = ("after", *DOSE_KINDS)
MAX_THEN = 80


def format_keys(keys: KeyPath) -> str:
    """Return a key path as a message shows it: ``blocks[2].moves[1].progression.step``."""
    out = ""
    for part in keys:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else part
    return out


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{shown(value)}"'
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, Mapping):
        return translate("progression", "a table")
    if isinstance(value, list):
        return translate("progression", "a list")
    return shown(str(value))


def _level(where: KeyPath) -> str:
    """Tell from the table's key path what it belongs to: session, kind or move."""
    if where == ("progression",):
        return "session"
    if len(where) == 2 and where[0] == "progression" and where[1] in DOSE_KINDS:
        return "kind"
    return "move"


def parse_rules(table: Any, where: KeyPath) -> tuple[Rules | None, list[Problem]]:
    """Check one ``progression`` value and return what it says, with every problem.

    ``where`` is the key path of the value itself: ``("progression",)`` for
    the session's, ``("moves", 1, "progression")`` or
    ``("library", "wall-sit", "progression")`` for a move's (the path tells
    which keys are allowed). ``true`` is a rule with every default,
    ``false`` turns the session's rules off for a move. The rules are None
    when anything in the table is wrong, so a half-understood rule never
    changes a dose; each problem carries its ``keys`` and no line (the
    loader places it).
    """
    level = _level(where)
    problems: list[Problem] = []

    def problem(keys: KeyPath, message: str) -> None:
        problems.append(Problem(format_keys(keys), message, keys=keys))

    if isinstance(table, bool):
        if level == "session" and table:
            return Rules(reps=Rules(), hold=Rules(), work=Rules()), []
        return Rules(enabled=table), []
    if not isinstance(table, Mapping):
        example = ("{ after = 2, reps = { step = 2, ceiling = 20 } }" if level == "session"
                   else "{ step = 2, after = 2, ceiling = 20 }")
        problem(where, translate("progression", "must be a table like {example}, or true or "
                                                "false, got {value}").format(
            example=example, value=_describe(table)))
        return None, problems
    allowed = {"session": _SESSION_KEYS, "kind": _KIND_KEYS, "move": _MOVE_KEYS}[level]
    values: dict[str, Any] = {}
    for key, value in table.items():
        keys = (*where, key)
        if key not in allowed:
            problem(keys, _unknown(key, allowed, level))
            continue
        if key in DOSE_KINDS:
            rules, found = parse_rules(value, keys)
            problems.extend(found)
            values[key] = rules
        elif key == "then" and isinstance(value, bool):
            values["to_harder"] = value
        elif key == "then":
            checked = _variation_name(value)
            if checked.startswith("!"):
                problem(keys, checked[1:])
            else:
                values[key] = checked
        else:
            number = _whole(value)
            low, high = _RANGES[key]
            if number is None or not low <= number <= high:
                what = (translate("progression", "easy runs in a row") if key == "after"
                        else translate("progression", "reps or seconds"))
                problem(keys, translate("progression", "must be a whole number from {low} to "
                                                       "{high} ({what}), got {value}").format(
                    low=low, high=high, what=what, value=_describe(value)))
            else:
                values[key] = number
    floor, ceiling = values.get("floor"), values.get("ceiling")
    if floor is not None and ceiling is not None and floor > ceiling:
        problem((*where, "floor"), translate(
            "progression", "must not be above the ceiling ({ceiling}), got {floor}").format(
            ceiling=ceiling, floor=floor))
    if problems:
        return None, problems
    return Rules(**values), []


def _unknown(key: str, allowed: Sequence[str], level: str) -> str:
    import difflib  # only a file with a mistake needs it

    key = shown(key)
    close = difflib.get_close_matches(key, list(allowed), n=1, cutoff=0.6)
    if close:
        return translate("progression", "unknown key '{key}'; did you mean '{close}'?").format(
            key=key, close=close[0])
    if level == "session" and key in ("step", "ceiling", "floor"):
        return translate("progression", "unknown key '{key}' here: the session's rules are per "
                                        "kind of move, e.g. reps = {{ {key} = 2 }} or hold = "
                                        "{{ {key} = 5 }}").format(key=key)
    if level == "session" and key == "then":
        return translate("progression", "unknown key '{key}' here: the harder variation is a "
                                        "move's own (on the move)").format(key=key)
    return translate("progression", "unknown key '{key}'; a progression table may have "
                                    "{keys}").format(key=key, keys=", ".join(allowed))


def _whole(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    # As in the loader: a whole number is written without a decimal point.
    return value if isinstance(value, int) else None


def _variation_name(value: Any) -> str:
    """Return the checked move name, or "!" and why it is not one."""
    if not isinstance(value, str):
        return "!" + translate("progression", "must be the name of a move, e.g. "
                                              "\"banded-clam-shell\", got {value}").format(
            value=_describe(value))
    name = value.strip()
    if not name:
        return "!" + translate("progression", "must not be empty (leave it out when the move "
                                              "has no harder variation)")
    if len(name) > MAX_THEN:
        return "!" + translate("progression", "must be at most {limit} characters, got "
                                              "{length}").format(limit=MAX_THEN, length=len(name))
    control = control_character(name)
    if control is not None:
        return "!" + translate("progression", "must not hold a control character ({character} "
                                              "at {where})").format(character=control[0],
                                                                    where=control[1])
    return name


# --------------------------------------------------------------------------
# Doses of a session


class _Sides(Protocol):
    @property
    def value(self) -> str: ...


class _Move(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def library_id(self) -> str | None: ...
    @property
    def reps(self) -> int | None: ...
    @property
    def hold(self) -> float | None: ...
    @property
    def work(self) -> float | None: ...
    @property
    def sides(self) -> _Sides: ...


class _Block(Protocol):
    @property
    def moves(self) -> Sequence[_Move]: ...
    @property
    def implicit(self) -> bool: ...


class _Session(Protocol):
    @property
    def blocks(self) -> Sequence[_Block]: ...


def move_dose(keys: KeyPath, move: _Move) -> MoveDose | None:
    """Return the dose of one ``session.Move`` at ``keys``; None for an open-ended one."""
    for kind in DOSE_KINDS:
        amount = getattr(move, kind)
        if amount is not None:
            return MoveDose(keys, move.library_id or move.name, kind, float(amount), move.name,
                            move.sides.value in ("both", "alternate"))
    return None


def doses_of(session: _Session) -> tuple[MoveDose, ...]:
    """Return the dose of every move of a ``session.Session`` with a fixed amount.

    The key paths are the document's: ``("moves", i)`` for a session written
    without blocks, ``("blocks", b, "moves", i)`` otherwise. Hand the
    session as run (after ``customise``) to ``History.start_run``, and the
    session as written to ``suggest``.
    """
    found: list[MoveDose] = []
    for b, block in enumerate(session.blocks):
        for i, move in enumerate(block.moves):
            keys: KeyPath = ("moves", i) if block.implicit else ("blocks", b, "moves", i)
            dose = move_dose(keys, move)
            if dose is not None:
                found.append(dose)
    return tuple(found)


# --------------------------------------------------------------------------
# Suggestions


class Change(Enum):
    """What a suggestion does to a move."""

    UP = "up"
    DOWN = "down"
    #: On to the move's harder variation (``then``), at its starting dose.
    NEXT = "next"


class Variation(NamedTuple):
    """The harder variation a rule's ``then`` names: its name and starting dose."""

    name: str
    kind: str
    amount: float
    each_side: bool = False


class Suggestion(NamedTuple):
    """One change to a move's dose that the runs suggest.

    ``keys`` is the move's table in the session document and ``kind`` the
    key its amount is under, so taking the suggestion is writing ``new``
    there (for ``NEXT``: ``move = new_move`` and ``new_kind = new``, the
    variation's starting dose, or the library's own when ``new`` is None).
    ``old`` is the dose now. ``why`` is one line for the runner;
    ``runs`` the ids of the runs it rests on, newest first.
    """

    keys: KeyPath
    move: str
    name: str
    kind: str
    old: float
    new: float | None
    change: Change
    why: str
    new_move: str | None = None
    new_name: str = ""
    new_kind: str | None = None
    runs: tuple[int, ...] = ()


_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten")


def _felt_easy(runs: int) -> str:
    """Return "last run felt easy" or "last two runs felt easy" (words to ten in English)."""
    text = translate("progression", "last %n run(s) felt easy", None, runs)
    if i18n.language() == "en" and runs < len(_NUMBERS):
        text = text.replace(f" {runs} ", f" {_NUMBERS[runs]} ", 1)
    return text


def amount_text(kind: str, amount: float, each_side: bool) -> str:
    """Return a dose as the runner reads it: "12 each side", "12 reps", "35 s"."""
    if kind == "reps":
        return (translate("progression", "{amount:g} each side") if each_side
                else translate("progression", "{amount:g} reps")).format(amount=amount)
    return (translate("progression", "{amount:g} s each side") if each_side
            else "{amount:g} s").format(amount=amount)


def _was(kind: str, amount: float) -> str:
    return f"{amount:g}" if kind == "reps" else f"{amount:g} s"


def runs_of(runs: Iterable[Any], session_file: str) -> list[Any]:
    """Return the runs of one session file (``RunRecord.session_file``), in their order."""
    return [run for run in runs if run.session_file == session_file]


def suggest(
    session_rules: SessionRules,
    runs: Iterable[RatedRun],
    current_doses: Iterable[MoveDose],
    variations: Mapping[str, Variation] | None = None,
) -> list[Suggestion]:
    """Return what the rated runs suggest for each move of ``current_doses``, in its order.

    ``runs`` are one session's runs (``runs_of``), oldest first as
    ``History.runs()`` gives them; only finished, rated runs done at a
    move's current dose count for it, newest first: the newest rated
    "hard" steps it down, ``after`` "easy" in a row step it up (up to the
    ceiling; at the ceiling, on to ``then``), and anything else, a "right"
    or a run at another dose, ends the count. ``variations`` gives the
    harder variations' names and starting doses, by move name; without one
    a ``NEXT`` suggestion has ``new`` None. Pure: no clock, no file.
    """
    doses = [dose for dose in current_doses if session_rules.rule_for(dose) is not None]
    if not doses:
        return []
    newest_first = [run for run in reversed(list(runs))
                    if run.finished and run.rating is not None]
    # Each distinct tuple of doses indexed once: runs at the same doses share it.
    index: dict[int, dict[KeyPath, MoveDose]] = {}

    def done_at(run: RatedRun, keys: KeyPath) -> MoveDose | None:
        run_doses = run.doses
        table = index.get(id(run_doses))
        if table is None:
            table = index[id(run_doses)] = {d.keys: d for d in run_doses}
        return table.get(keys)

    out = []
    for dose in doses:
        rule = session_rules.rule_for(dose)
        assert rule is not None
        found = _one(rule, dose, newest_first, done_at, variations or {})
        if found is not None:
            out.append(found)
    return out


def _one(rule: Rule, dose: MoveDose, newest_first: Sequence[RatedRun],
         done_at: Any, variations: Mapping[str, Variation]) -> Suggestion | None:
    easy: list[int] = []
    for run in newest_first:
        done = done_at(run, dose.keys)
        if done is None or not done.same_dose(dose):
            break  # a rating counts for the dose it was done at
        if run.rating is Rating.HARD:
            if easy:
                break
            return _down(rule, dose, run.id)
        if run.rating is not Rating.EASY:
            break
        easy.append(run.id)
        if len(easy) >= rule.after:
            return _up(rule, dose, tuple(easy), variations)
    return None


def _up(rule: Rule, dose: MoveDose, runs: tuple[int, ...],
        variations: Mapping[str, Variation]) -> Suggestion | None:
    felt = _felt_easy(len(runs))
    name = i18n.in_sentence(dose.name or dose.move)
    if dose.amount < rule.ceiling:
        new = float(min(dose.amount + rule.step, rule.ceiling))
        return Suggestion(
            dose.keys, dose.move, dose.name, dose.kind, dose.amount, new, Change.UP,
            translate("progression", "{felt}: {move} {amount}, was {was}").format(
                felt=felt, move=name, amount=amount_text(dose.kind, new, dose.each_side),
                was=_was(dose.kind, dose.amount)), runs=runs)
    if rule.then is None or rule.then == dose.move:
        return None
    variation = variations.get(rule.then)
    top = amount_text(dose.kind, dose.amount, dose.each_side)
    if variation is None:
        return Suggestion(
            dose.keys, dose.move, dose.name, dose.kind, dose.amount, None, Change.NEXT,
            translate("progression", "{felt} at the top dose of {move} ({top}): on to "
                                     "{next}").format(felt=felt, move=name, top=top,
                                                      next=rule.then),
            new_move=rule.then, new_name=rule.then, runs=runs)
    start = amount_text(variation.kind, variation.amount, variation.each_side)
    return Suggestion(
        dose.keys, dose.move, dose.name, dose.kind, dose.amount, variation.amount, Change.NEXT,
        translate("progression", "{felt} at the top dose of {move} ({top}): on to {next}, "
                                 "{start}").format(felt=felt, move=name, top=top,
                                                   next=i18n.in_sentence(variation.name),
                                                   start=start),
        new_move=rule.then, new_name=variation.name, new_kind=variation.kind, runs=runs)


def _down(rule: Rule, dose: MoveDose, run_id: int) -> Suggestion | None:
    if dose.amount <= rule.floor:
        return None
    new = float(max(dose.amount - rule.step, rule.floor))
    name = i18n.in_sentence(dose.name or dose.move)
    return Suggestion(
        dose.keys, dose.move, dose.name, dose.kind, dose.amount, new, Change.DOWN,
        translate("progression", "last run felt hard: {move} {amount}, was {was}").format(
            move=name, amount=amount_text(dose.kind, new, dose.each_side),
            was=_was(dose.kind, dose.amount)), runs=(run_id,))


def variation_of(name: str, table: Mapping[str, Any]) -> Variation | None:
    """Return a library move's starting dose from its raw table (``[clam-shell]``), if fixed."""
    for kind in DOSE_KINDS:
        amount = table.get(kind)
        if isinstance(amount, int | float) and not isinstance(amount, bool):
            sides = table.get("sides")
            each = bool(table.get("each_side")) or sides in ("both", "alternate")
            shown_name = table.get(f"name.{i18n.language()}", table.get("name"))
            return Variation(shown_name if isinstance(shown_name, str) else name, kind,
                             float(amount), each)
    return None
