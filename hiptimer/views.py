"""What the window's screens show, computed from the plan, the runner and the history.

The GUI's screens only put these values on screen; every word, number and
picture choice a test would want to check is made here, without Qt, so it is
tested with a fake clock and no display. ``RunView`` is the run screen at one
moment, ``PhaseView`` what changes when a phase starts, ``WeekView`` the
weekly goal's lines on the start and finish screens, and ``counted_line``
the finish screen's word on whether this run counted toward the week.

The runner and the history are only type-checked here: the start screen (the
window's first frame) imports this module, and neither is needed for it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hiptimer import resources
from hiptimer.goal import MIN_WORK_DONE, WorkDone, counts_toward_goal
from hiptimer.plan import Phase, PhaseKind, Plan, Side, format_seconds
from hiptimer.session import Move
from hiptimer.wording import count

if TYPE_CHECKING:
    from hiptimer.history import RunRecord, WeekCount
    from hiptimer.runner import Runner

# Self-paced reps still animate the picture, at this many seconds per rep.
SELF_PACED_ANIMATION_TEMPO = 3.0

# Built-in pictures for the phases that are not a move.
_PHASE_PICTURES = {
    PhaseKind.GET_READY: "get-ready",
    PhaseKind.SWITCH: "rest",
    PhaseKind.REST: "rest",
    PhaseKind.ROUND_REST: "rest",
    PhaseKind.DONE: "done",
}


def describe_move(move: Move) -> str:
    """Return a move's dose the way a runner says it: "10 each side", "hold 30 s"."""
    side = " each side" if move.each_side else ""
    if move.reps is not None:
        pace = ", your pace" if move.tempo is None else ""
        amount = f"{count(move.reps, 'rep')}{side}{pace}"
    else:
        amount = f"hold {move.hold:g} s{side}"
    if move.sets > 1:
        amount = f"{move.sets} × {amount}"
    return amount


def heading(phase: Phase) -> str:
    """Return the line under the phase's label: the move, or what comes next."""
    if phase.kind is PhaseKind.WORK or phase.next_move is None:
        return phase.heading
    side = f" — {phase.next_side.value} side" if phase.next_side is not Side.NONE else ""
    return f"Next: {phase.next_move.name}{side}"


def frames_for(phase: Phase) -> tuple[tuple[Path, ...], str]:
    """Return the picture's frames for ``phase`` and the name to show without them."""
    if phase.kind is PhaseKind.WORK and phase.move is not None:
        return phase.move.images, phase.move.name
    return resources.image_frames(_PHASE_PICTURES[phase.kind]), phase.title


def animation_step(phase: Phase, frames: int) -> float | None:
    """Return seconds per picture frame for a rep phase, or ``None`` when still."""
    if phase.kind is not PhaseKind.WORK or phase.reps is None or frames < 2:
        return None
    tempo = phase.tempo or SELF_PACED_ANIMATION_TEMPO
    return tempo / frames


def frame_index(phase: Phase, frames: int, elapsed: float) -> int:
    """Return which frame to show ``elapsed`` seconds into ``phase``.

    A rep phase cycles through the frames once per rep; a hold shows its
    last frame (the held position), anything else its first.
    """
    step = animation_step(phase, frames)
    if step is not None:
        return int(elapsed / step + 1e-9) % frames
    if phase.is_hold:
        return frames - 1
    return 0


def next_frame_change(phase: Phase, elapsed: float, now: float) -> float | None:
    """Return the clock time the picture next changes frame, or ``None`` if it is still."""
    frames, _ = frames_for(phase)
    step = animation_step(phase, len(frames))
    if step is None:
        return None
    return now + (math.floor(elapsed / step + 1e-9) + 1) * step - elapsed


@dataclass(frozen=True, slots=True)
class PhaseView:
    """What the run screen shows for a whole phase (set when it starts).

    ``kind`` picks the phase's colour and label; ``next_frames`` is the
    next move's first picture (empty with ``next_name`` ``None``: no next
    move to show).
    """

    kind: PhaseKind
    heading: str
    instructions: str
    round: str
    next_up: str
    next_name: str | None
    next_frames: tuple[Path, ...]
    self_paced: bool


def phase_view(plan: Plan, index: int) -> PhaseView:
    """Return what the run screen shows for phase ``index`` of ``plan``."""
    phases = plan.phases
    phase = phases[index]
    round_line = f"Round {phase.round_no} of {phase.rounds}" if phase.rounds > 1 else ""
    following = phase.next_move
    if following is not None:
        if following is phase.move:
            what = f"{phase.next_side.value} side"  # the same move on its other side
        else:
            what = describe_move(following)
        next_up = f"Next up: {following.name} — {what}"
        next_name: str | None = following.name
        next_frames = following.images[:1]
    else:
        next_up = "Last one — then go run!" if index < len(phases) - 1 else ""
        next_name, next_frames = None, ()
    return PhaseView(
        kind=phase.kind,
        heading=heading(phase),
        instructions=phase.move.instructions if phase.move else "",
        round=round_line,
        next_up=next_up,
        next_name=next_name,
        next_frames=next_frames,
        self_paced=phase.self_paced,
    )


@dataclass(frozen=True, slots=True)
class RunView:
    """The run screen at one moment: countdown, picture and progress.

    ``progress`` is in thousandths of the session.
    """

    digits: str
    sub: str
    frames: tuple[Path, ...]
    picture_label: str
    frame: int
    mirrored: bool
    progress: int
    time_left: str


def run_view(runner: Runner) -> RunView:
    """Return what the run screen shows now, read from ``runner``."""
    phase = runner.phase
    remaining = runner.remaining()
    rep = runner.current_rep()
    elapsed = runner.elapsed()
    if phase.kind is PhaseKind.WORK and phase.reps is not None:
        if rep is not None:
            digits = f"{rep}/{phase.reps}"
            sub = f"{format_seconds(remaining or 0)} left"
        else:
            digits = str(phase.reps)
            sub = f"reps · Space when done · {format_seconds(elapsed)}"
    else:
        seconds = math.ceil(remaining - 1e-9) if remaining is not None else 0
        digits = str(seconds) if seconds < 60 else format_seconds(seconds)
        sub = "hold" if phase.is_hold else ""
    frames, label = frames_for(phase)
    mirrored = phase.side is Side.RIGHT and phase.move is not None and phase.move.mirror
    total = runner.plan.total or 1.0
    left = runner.time_left()
    return RunView(
        digits=digits,
        sub=sub,
        frames=frames,
        picture_label=label,
        frame=frame_index(phase, len(frames), elapsed),
        mirrored=mirrored,
        progress=int(1000 * (1 - left / total)),
        time_left=f"{format_seconds(left)} left",
    )


def finish_time(active: float) -> str:
    """Return the finish screen's line with the time the run took."""
    return f"Time: {format_seconds(active)}"


def planned_rounds(plan: Plan) -> int:
    """Return the rounds the session plans (its largest block's)."""
    return max(b.rounds for b in plan.session.blocks)


def rounds_done(plan: Plan, phase: Phase) -> int:
    """Return the rounds of the circuit finished once the runner has reached ``phase``.

    Blocks before the circuit count as none done, blocks after it as all.
    """
    planned = planned_rounds(plan)
    if phase.kind is PhaseKind.DONE:
        return planned
    if phase.rounds == planned:
        return phase.round_no - 1
    circuit = next((p.block_no for p in plan.phases if p.rounds == planned), 1)
    return 0 if phase.block_no < circuit else planned


def where(phase: Phase) -> str:
    """Return where in the session ``phase`` is, as the history records it."""
    rounds = f", round {phase.round_no} of {phase.rounds}" if phase.rounds > 1 else ""
    return f"{phase.heading}{rounds}"


def _this_week(done: int, goal: int, skipped: int) -> str:
    apart = f" ({skipped} skipped)" if skipped else ""
    return f"This week: {done} of {goal}{apart}"


def week_summary(done: int, goal: int, streak: int, skipped: int = 0) -> str:
    """Return the start screen's line about the weekly goal.

    ``done`` counts only runs that count toward the goal; ``skipped`` runs
    (finished with too much skipped) are said apart: "This week: 2 of 3
    (1 skipped)".
    """
    text = _this_week(done, goal, skipped)
    if done >= goal:
        text += " — goal met"
    if streak:
        text += f" · streak: {count(streak, 'week')}"
    return text


def cheer(done: int, goal: int, skipped: int = 0) -> str:
    """Return the finish screen's line about the weekly goal."""
    left = goal - done
    more = ("Weekly goal met — nice work." if left <= 0
            else f"{left} more this week to reach your goal of {goal}.")
    return f"{_this_week(done, goal, skipped)}. {more}"


def counted_line(work: WorkDone | None) -> str:
    """Return the finish screen's line on whether this run counted toward the week, and why not.

    ``work`` is the run's ``WorkTally.result()``; None (not measured) says
    nothing. The reason named is the share of the work time skipped when
    that is what failed, else the work phases skipped.
    """
    if work is None:
        return ""
    if counts_toward_goal(work):
        return "Counted toward your week."
    if work.share_done < MIN_WORK_DONE:
        # Rounded down, so a run refused at 79.6 % done never reads "20 % skipped".
        skipped_share = 100 - math.floor(100 * work.share_done + 1e-9)
        return f"Not counted: {skipped_share} % of the work was skipped."
    verb = "was" if work.skipped == 1 else "were"
    return (f"Not counted: {work.skipped} of {count(work.phases, 'work phase')} "
            f"{verb} skipped.")


@dataclass(frozen=True, slots=True)
class WeekView:
    """The weekly goal: the start screen's line and chart, the finish screen's line.

    ``done`` is this week's runs that count toward ``goal``; ``skipped`` this
    week's runs finished with too much skipped to count (stopped and
    abandoned runs are in neither). Each of ``weeks`` (oldest first, this
    week last) has its ``count`` and ``skipped`` too.
    """

    goal: int
    summary: str
    finish_line: str
    weeks: tuple[WeekCount, ...]
    done: int = 0
    skipped: int = 0


def week_view(runs: Iterable[RunRecord], today: date, first_weekday: int, goal: int) -> WeekView:
    """Return the weekly goal's view from the history's ``runs`` on ``today``."""
    from hiptimer.history import streak, weekly_counts

    runs = list(runs)
    weeks = tuple(weekly_counts(runs, today, first_weekday, 12))
    done, skipped = weeks[-1].count, weeks[-1].skipped
    in_a_row = streak(runs, today, first_weekday, goal)
    return WeekView(
        goal=goal,
        summary=week_summary(done, goal, in_a_row, skipped),
        finish_line=cheer(done, goal, skipped),
        weeks=weeks,
        done=done,
        skipped=skipped,
    )
