"""Turn a session into a flat plan of timed phases with their cues.

The plan is everything the runner and the window need, computed once before
the start: every phase (get ready, work on a side, switch sides, rest, round
rest, done) in order, how long it lasts, and the cues that fall inside it at
fixed offsets from its start. Total time is therefore known before the first
second passes; self-paced reps count with an estimate.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import NamedTuple

from hiptimer.session import Move, Session

# How long one self-paced rep is assumed to take, for the total time only.
SELF_PACED_SECONDS_PER_REP = 3.0
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


@dataclass(frozen=True, slots=True)
class Phase:
    """One step of the plan.

    ``duration`` is ``None`` for self-paced reps (the phase lasts until the
    runner says done); ``estimate`` is then used for the total time.
    ``round_no`` is the round this phase belongs to; a round rest belongs to
    the round it leads into.
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

    @property
    def is_hold(self) -> bool:
        """Whether this is a held position rather than reps."""
        return self.kind is PhaseKind.WORK and self.reps is None

    @property
    def self_paced(self) -> bool:
        """Whether the phase waits for the runner to say done."""
        return self.duration is None

    @property
    def heading(self) -> str:
        """Return the title with the side, as the window shows it."""
        if self.side is Side.NONE:
            return self.title
        return f"{self.title} — {self.side.value} side"


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


def _work_cues(move: Move, duration: float | None) -> tuple[Cue, ...]:
    cues = [Cue(0.0, CueKind.START, 1 if move.reps else 0)]
    if move.reps is not None and move.tempo is not None:
        cues.extend(Cue((k - 1) * move.tempo, CueKind.REP, k) for k in range(2, move.reps + 1))
    elif move.hold is not None and duration is not None:
        if duration >= HALFWAY_MIN_SECONDS:
            cues.append(Cue(duration / 2, CueKind.HALFWAY))
        cues.extend(_countdown(duration))
    return tuple(sorted(cues, key=lambda c: c.offset))


def _timed(kind: PhaseKind, title: str, duration: float, **details: object) -> Phase:
    cues = (Cue(0.0, CueKind.START), *_countdown(duration))
    return Phase(kind, title, duration, duration, cues, **details)  # type: ignore[arg-type]


def _work(move: Move, side: Side, **details: object) -> Phase:
    duration: float | None
    if move.reps is None:
        duration = move.hold
        estimate = duration or 0.0
    elif move.tempo is None:
        duration = None
        estimate = move.reps * SELF_PACED_SECONDS_PER_REP
    else:
        duration = move.reps * move.tempo
        estimate = duration
    return Phase(
        PhaseKind.WORK,
        move.name,
        duration,
        estimate,
        _work_cues(move, duration),
        move=move,
        side=side,
        reps=move.reps,
        tempo=move.tempo,
        **details,  # type: ignore[arg-type]
    )


def make_plan(session: Session) -> Plan:
    """Return the plan of ``session``: every phase in order, with cues."""
    phases: list[Phase] = []
    if session.get_ready > 0:
        phases.append(_timed(PhaseKind.GET_READY, "Get ready", session.get_ready))
    for block_no, block in enumerate(session.blocks, start=1):
        last_block = block_no == len(session.blocks)
        for round_no in range(1, block.rounds + 1):
            where = {
                "block_no": block_no,
                "block_name": block.name,
                "round_no": round_no,
                "rounds": block.rounds,
            }
            for move_no, move in enumerate(block.moves, start=1):
                sides = (Side.LEFT, Side.RIGHT) if move.each_side else (Side.NONE,)
                for set_no in range(1, move.sets + 1):
                    for side_no, side in enumerate(sides, start=1):
                        phases.append(_work(move, side, set_no=set_no, sets=move.sets, **where))
                        if side_no < len(sides) and move.switch > 0:
                            phases.append(
                                _timed(PhaseKind.SWITCH, "Switch sides", move.switch, **where)
                            )
                    if set_no < move.sets and move.set_rest > 0:
                        phases.append(_timed(PhaseKind.REST, "Rest", move.set_rest, **where))
                if move_no < len(block.moves):
                    if move.rest > 0:
                        phases.append(_timed(PhaseKind.REST, "Rest", move.rest, **where))
                elif round_no < block.rounds:
                    if block.round_rest > 0:
                        next_round = {**where, "round_no": round_no + 1}
                        phases.append(
                            _timed(PhaseKind.ROUND_REST, "Round rest", block.round_rest,
                                   **next_round)
                        )
                elif not last_block and move.rest > 0:
                    phases.append(_timed(PhaseKind.REST, "Rest", move.rest, **where))
    phases.append(Phase(PhaseKind.DONE, "Done — go run!", 0.0, 0.0, (Cue(0.0, CueKind.START),)))
    return Plan(session, _link_next(phases))


def _link_next(phases: list[Phase]) -> tuple[Phase, ...]:
    """Tell every phase which move comes next, for "Next up"."""
    linked: list[Phase] = []
    upcoming: Phase | None = None
    for phase in reversed(phases):
        if upcoming is not None and upcoming.move is not None:
            phase = replace(phase, next_move=upcoming.move, next_side=upcoming.side)
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
