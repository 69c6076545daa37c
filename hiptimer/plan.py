"""Turn a session into a flat plan of timed phases with their cues.

The plan is everything the runner and the window need, computed once before
the start: every phase (get ready, work on a side, switch sides, rest, round
rest, done) in order, how long it lasts, and the cues that fall inside it at
fixed offsets from its start. Total time is therefore known before the first
second passes; self-paced reps count with an estimate.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.session import Block, Dose, Move, Session, Sides

# How long one self-paced rep is assumed to take, for the total time only.
SELF_PACED_SECONDS_PER_REP = 3.0
# What an open-ended hold or work (``hold = "self"``) counts for without an
# ``estimate``.
OPEN_ENDED_SECONDS = 30.0
DONE_TITLE = QT_TRANSLATE_NOOP("plan", "Done — go run!")
# Holds at least this long get a "halfway" cue.
HALFWAY_MIN_SECONDS = 10.0
COUNTDOWN_FROM = 3


class PhaseKind(enum.Enum):
    """What the runner is doing during a phase."""

    GET_READY = "get_ready"
    WORK = "work"
    SWITCH = "switch"
    REST = "rest"
    ROUND_REST = "round_rest"
    DONE = "done"


class Side(enum.Enum):
    """Which side a move is worked on."""

    NONE = ""
    LEFT = "left"
    RIGHT = "right"


def side_name(side: Side) -> str:
    """Return "left side" or "right side" in the runner's language ("" for none)."""
    if side is Side.LEFT:
        return translate("plan", "left side")
    if side is Side.RIGHT:
        return translate("plan", "right side")
    return ""


def leg_name(side: Side) -> str:
    """Return "left leg" or "right leg" in the runner's language ("" for none)."""
    if side is Side.LEFT:
        return translate("plan", "left leg")
    if side is Side.RIGHT:
        return translate("plan", "right leg")
    return ""


class CueKind(enum.Enum):
    """A moment inside a phase that deserves a sound or a word."""

    START = "start"
    REP = "rep"
    HALFWAY = "halfway"
    COUNTDOWN = "countdown"


class Cue(NamedTuple):
    """A cue at ``offset`` seconds into its phase; ``value`` is the rep or seconds left."""

    offset: float
    kind: CueKind
    value: int = 0


class Phase(NamedTuple):
    """One step of the plan.

    ``duration`` is ``None`` for self-paced reps (the phase lasts until the
    runner says done); ``estimate`` is then used for the total time.
    ``round_no`` is the round this phase belongs to; a round rest belongs to
    the round it leads into.

    ``dose`` says whether a work phase is reps, a hold or timed work. In an
    ``alternate`` phase the legs change on every rep, starting with
    ``first_side``; ``reps`` is then the count of both legs together and
    ``reps_per_side`` what the session said (``rep_side()`` and
    ``side_rep()`` say where rep *n* falls). ``side`` is ``NONE`` there.

    A set of a move with ``every`` (an interval, EMOM) starts every
    ``every`` seconds: its phases carry ``every``, the first of them has
    ``interval_start``, and the rest after it (``interval_rest``) lasts
    what is left of the interval; the runner works that out as the set goes.
    """

    kind: PhaseKind
    title: str
    duration: float | None
    estimate: float
    cues: tuple[Cue, ...] = ()
    move: Move | None = None
    side: Side = Side.NONE
    reps: int | None = None
    tempo: float | None = None
    set_no: int = 1
    sets: int = 1
    block_no: int = 1
    block_name: str = ""
    round_no: int = 1
    rounds: int = 1
    next_move: Move | None = None
    next_side: Side = Side.NONE
    dose: Dose = Dose.REPS
    alternate: bool = False
    first_side: Side = Side.LEFT
    every: float | None = None
    interval_start: bool = False
    interval_rest: bool = False

    @property
    def is_hold(self) -> bool:
        """Whether this is a held position rather than reps or timed work."""
        return self.kind is PhaseKind.WORK and self.reps is None and self.dose is not Dose.WORK

    @property
    def is_timed_work(self) -> bool:
        """Whether this is timed work that is not a hold (``work = 30``)."""
        return self.kind is PhaseKind.WORK and self.dose is Dose.WORK

    @property
    def reps_per_side(self) -> int | None:
        """Return the reps on each side: half of ``reps`` when the legs alternate."""
        if self.reps is None or not self.alternate:
            return self.reps
        return self.reps // 2

    def rep_side(self, rep: int) -> Side:
        """Return the side rep ``rep`` (from 1) is done on; ``side`` unless alternating."""
        if not self.alternate:
            return self.side
        other = Side.RIGHT if self.first_side is Side.LEFT else Side.LEFT
        return self.first_side if rep % 2 == 1 else other

    def side_rep(self, rep: int) -> int:
        """Return which rep of its side rep ``rep`` is: 1, 1, 2, 2, ... when alternating."""
        return (rep + 1) // 2 if self.alternate else rep

    @property
    def self_paced(self) -> bool:
        """Whether the phase waits for the runner to say done."""
        return self.duration is None

    @property
    def heading(self) -> str:
        """Return the title with the side, as the window shows it."""
        if self.alternate:
            return translate("plan", "{move} — alternating legs").format(move=self.title)
        if self.side is Side.NONE:
            return self.title
        return translate("plan", "{move} — {side}").format(move=self.title,
                                                          side=side_name(self.side))


@dataclass(frozen=True, slots=True)
class Plan:
    """The phases of one run of a session, and what they add up to."""

    session: Session
    phases: tuple[Phase, ...]

    @property
    def total(self) -> float:
        """Return the expected total time in seconds (self-paced reps estimated)."""
        return sum(p.estimate for p in self.phases)

    @property
    def work_phases(self) -> int:
        """Return how many work phases there are."""
        return sum(1 for p in self.phases if p.kind is PhaseKind.WORK)

    @property
    def has_self_paced(self) -> bool:
        """Whether any phase waits for the runner."""
        return any(p.self_paced for p in self.phases)

    def sound_for(self, phase: Phase, cue: str) -> Path | None:
        """Return the runner's own file for ``cue`` in ``phase`` (``"go"``, ``"tick"``...).

        The move's ``[sounds]`` win over the session's; ``None`` means the
        built-in tone. The names are ``session.SOUND_CUES``.
        """
        own = phase.move.sounds if phase.move is not None else ()
        for name, file in (*own, *self.session.sounds):
            if name == cue:
                return file
        return None

    def starts(self) -> tuple[float, ...]:
        """Return each phase's planned start, in seconds from the beginning."""
        out = []
        clock = 0.0
        for phase in self.phases:
            out.append(clock)
            clock += phase.estimate
        return tuple(out)


def _countdown(duration: float) -> tuple[Cue, ...]:
    if duration <= COUNTDOWN_FROM:
        return ()
    return tuple(
        Cue(duration - n, CueKind.COUNTDOWN, n) for n in range(COUNTDOWN_FROM, 0, -1)
    )


def _work_cues(move: Move, reps: int | None, duration: float | None) -> tuple[Cue, ...]:
    cues = [Cue(0.0, CueKind.START, 1 if reps else 0)]
    if reps is not None and move.tempo is not None:
        cues.extend(Cue((k - 1) * move.tempo, CueKind.REP, k) for k in range(2, reps + 1))
    elif reps is None and duration is not None:
        if duration >= HALFWAY_MIN_SECONDS:
            cues.append(Cue(duration / 2, CueKind.HALFWAY))
        cues.extend(_countdown(duration))
    return tuple(sorted(cues, key=lambda c: c.offset))


def timed_cues(duration: float) -> tuple[Cue, ...]:
    """Return the cues of a timed phase that is not work: its start and the last seconds."""
    return (Cue(0.0, CueKind.START), *_countdown(duration))


def _timed(kind: PhaseKind, title: str, duration: float, **details: object) -> Phase:
    cues = timed_cues(duration)
    return Phase(kind, title, duration, duration, cues, **details)  # type: ignore[arg-type]


def _work(move: Move, side: Side, **details: object) -> Phase:
    duration: float | None
    alternate = move.sides is Sides.ALTERNATE
    reps = move.reps * 2 if alternate and move.reps is not None else move.reps
    if move.open_ended is not None:
        duration = None
        estimate = move.estimate or OPEN_ENDED_SECONDS
    elif reps is None:
        duration = move.hold if move.work is None else move.work
        estimate = duration or 0.0
    elif move.tempo is None:
        duration = None
        estimate = move.estimate or reps * SELF_PACED_SECONDS_PER_REP
    else:
        duration = reps * move.tempo
        estimate = duration
    return Phase(
        PhaseKind.WORK,
        move.name,
        duration,
        estimate,
        _work_cues(move, reps, duration),
        move=move,
        side=side,
        reps=reps,
        tempo=move.tempo,
        dose=move.dose,
        alternate=alternate,
        first_side=Side(move.first_side),
        **details,  # type: ignore[arg-type]
    )


def _other(side: Side) -> Side:
    return Side.RIGHT if side is Side.LEFT else Side.LEFT


def _sides(move: Move) -> tuple[Side, ...]:
    """Return the sides a move's work phases are done on, in order."""
    if move.sides is Sides.BOTH:
        first = Side(move.first_side)
        return (first, _other(first))
    if move.sides in (Sides.LEFT, Sides.RIGHT):
        return (Side(move.sides.value),)
    return (Side.NONE,)


def _passes(block: Block) -> list[list[tuple[Move, tuple[Side, ...]]]]:
    """Return the block's moves with their sides, in one pass or, one side then the other, two.

    In a block done one side then the other, a both-sided move is done on
    the first side in the first pass and on the other in the second; a
    one-sided move in the pass of its side; a move without sides (or
    alternating) once, in the first pass.
    """
    if not block.one_then_other:
        return [[(move, _sides(move)) for move in block.moves]]
    first = Side(block.first_side)
    passes: list[list[tuple[Move, tuple[Side, ...]]]] = [[], []]
    for move in block.moves:
        if move.sides is Sides.BOTH:
            passes[0].append((move, (first,)))
            passes[1].append((move, (_other(first),)))
        elif move.sides in (Sides.LEFT, Sides.RIGHT):
            passes[0 if Side(move.sides.value) is first else 1].append((move, _sides(move)))
        else:
            passes[0].append((move, _sides(move)))
    return [done for done in passes if done]


def make_plan(session: Session) -> Plan:
    """Return the plan of ``session``: every phase in order, with cues."""
    phases: list[Phase] = []
    rest, switch = translate("plan", "Rest"), translate("plan", "Switch sides")
    if session.get_ready > 0:
        phases.append(_timed(PhaseKind.GET_READY, translate("plan", "Get ready"),
                             session.get_ready))
    for block_no, block in enumerate(session.blocks, start=1):
        last_block = block_no == len(session.blocks)
        for round_no in range(1, block.rounds + 1):
            where = {
                "block_no": block_no,
                "block_name": block.name,
                "round_no": round_no,
                "rounds": block.rounds,
            }
            passes = _passes(block)
            items = [(pass_no, move, sides) for pass_no, done in enumerate(passes)
                     for move, sides in done]
            for move_no, (pass_no, move, sides) in enumerate(items, start=1):
                for set_no in range(1, move.sets + 1):
                    interval = {"every": move.every} if move.every is not None else {}
                    set_start = len(phases)
                    for side_no, side in enumerate(sides, start=1):
                        phases.append(_work(move, side, set_no=set_no, sets=move.sets,
                                            interval_start=bool(interval) and side_no == 1,
                                            **interval, **where))
                        if side_no < len(sides) and move.switch > 0:
                            phases.append(
                                _timed(PhaseKind.SWITCH, switch, move.switch,
                                       **interval, **where)
                            )
                    if set_no < move.sets and move.every is not None:
                        phases.extend(_interval_rest(move, phases[set_start:], where))
                    elif set_no < move.sets and move.set_rest > 0:
                        phases.append(_timed(PhaseKind.REST, rest, move.set_rest, **where))
                if move_no < len(items) and items[move_no][0] != pass_no:
                    # The block turns over: one switch, in place of a rest.
                    if block.switch > 0:
                        phases.append(
                            _timed(PhaseKind.SWITCH, switch, block.switch, **where)
                        )
                elif move_no < len(items):
                    if move.rest > 0:
                        phases.append(_timed(PhaseKind.REST, rest, move.rest, **where))
                elif round_no < block.rounds:
                    if block.round_rest > 0:
                        next_round = {**where, "round_no": round_no + 1}
                        phases.append(
                            _timed(PhaseKind.ROUND_REST, translate("plan", "Round rest"),
                                   block.round_rest, **next_round)
                        )
                elif not last_block and move.rest > 0:
                    phases.append(_timed(PhaseKind.REST, rest, move.rest, **where))
    title = session.finish or translate("plan", DONE_TITLE)
    phases.append(Phase(PhaseKind.DONE, title, 0.0, 0.0, (Cue(0.0, CueKind.START),)))
    return Plan(session, _link_next(phases))


def _interval_rest(move: Move, done: list[Phase], where: dict[str, object]) -> list[Phase]:
    """Return the rest that fills a set's interval (``every``), or nothing if none is left.

    The plan counts the work at its duration (or estimate); when the runner
    ends the work, the runner stretches or shrinks this rest so the next set
    still starts on the interval.
    """
    assert move.every is not None
    used = sum(p.estimate for p in done)
    left = max(0.0, move.every - used)
    if left <= 0 and all(p.duration is not None for p in done):
        return []
    return [_timed(PhaseKind.REST, translate("plan", "Rest"), left, every=move.every,
                   interval_rest=True, **where)]


def _link_next(phases: list[Phase]) -> tuple[Phase, ...]:
    """Tell every phase which move comes next, for "Next up"."""
    linked: list[Phase] = []
    upcoming: Phase | None = None
    for phase in reversed(phases):
        if upcoming is not None and upcoming.move is not None:
            phase = phase._replace(next_move=upcoming.move, next_side=upcoming.side)
        linked.append(phase)
        if phase.kind is PhaseKind.WORK:
            upcoming = phase
    return tuple(reversed(linked))


def format_seconds(seconds: float) -> str:
    """Return ``seconds`` as ``m:ss`` (or ``h:mm:ss``), rounded up to whole seconds."""
    whole = int(-(-seconds // 1)) if seconds > 0 else 0
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
