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
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hiptimer import resources
from hiptimer.goal import MIN_WORK_DONE, WorkDone, counts_toward_goal
from hiptimer.i18n import translate
from hiptimer.plan import (
    DONE_TITLE,
    Phase,
    PhaseKind,
    Plan,
    Side,
    format_seconds,
    leg_name,
    side_name,
)
from hiptimer.session import Move, Sides
from hiptimer.start_view import describe_move

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


def heading(phase: Phase) -> str:
    """Return the line under the phase's label: the move, or what comes next.

    A round rest names the round it leads to ("Round 2 of 3 next"): from the
    mat that is what matters, and the move is in "Next up" below.
    """
    if phase.kind is PhaseKind.ROUND_REST and phase.rounds > 1:
        return translate("views", "Round {round} of {rounds} next").format(
            round=phase.round_no, rounds=phase.rounds)
    if phase.kind is PhaseKind.WORK or phase.next_move is None:
        return phase.heading
    if phase.next_side is Side.NONE:
        return translate("views", "Next: {move}").format(move=phase.next_move.name)
    return translate("views", "Next: {move} — {side}").format(
        move=phase.next_move.name, side=side_name(phase.next_side))


def frames_for(phase: Phase) -> tuple[tuple[Path, ...], str]:
    """Return the picture's frames for ``phase`` and the name to show without them.

    Switching sides between moves done lying on the mat shows the runner
    turning over, not the standing figure of a rest.
    """
    if phase.kind is PhaseKind.WORK and phase.move is not None:
        return phase.move.images, phase.move.name
    picture = _PHASE_PICTURES[phase.kind]
    if phase.kind is PhaseKind.SWITCH and phase.next_move is not None and lying(phase.next_move):
        picture = "switch"
    return resources.image_frames(picture), phase.title


# The built-in pictures of moves done lying on the mat.
_LYING_PICTURES = frozenset({"clam-shell", "glute-bridge"})


def lying(move: Move) -> bool:
    """Say whether ``move`` is done lying down (its picture is a built-in lying one)."""
    return any(path.stem.rsplit("-", 1)[0] in _LYING_PICTURES for path in move.images[:1])


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
    move to show). ``block`` is the name of the block the phase is in
    (``""`` in a session without blocks), ``set_line`` "Set 2 of 3" for a
    move done in sets, ``alternate`` whether the legs change on every rep
    (the side of the rep under way is ``Runner.current_side()``).
    """

    kind: PhaseKind
    heading: str
    instructions: str
    round: str
    next_up: str
    next_name: str | None
    next_frames: tuple[Path, ...]
    self_paced: bool
    block: str = ""
    set_line: str = ""
    alternate: bool = False


def _next_work(plan: Plan, index: int) -> Phase | None:
    """Return the first work phase after phase ``index``."""
    return next((p for p in plan.phases[index + 1 :] if p.kind is PhaseKind.WORK), None)


def _next_what(plan: Plan, index: int, phase: Phase, following: Move) -> str:
    """Return what "Next up" says of the next move: its dose, or its side and set."""
    upcoming = _next_work(plan, index)
    set_part = ""
    if upcoming is not None and upcoming.sets > 1 and upcoming.move is following:
        set_part = translate("views", "set {set} of {sets}").format(
            set=upcoming.set_no, sets=upcoming.sets)
    # A set rest is followed by the same move; a switch keeps saying the
    # move's dose, as it always has.
    before = phase if phase.kind is not PhaseKind.REST else next(
        (p for p in reversed(plan.phases[:index]) if p.kind is PhaseKind.WORK), phase)
    if following is before.move:
        # The same move again: on its other side, or its next set.
        side = side_name(phase.next_side)
        return ", ".join(part for part in (side, set_part) if part) or describe_move(following)
    block = plan.session.blocks[upcoming.block_no - 1] if upcoming is not None else None
    if block is not None and block.one_then_other and following.sides is Sides.BOTH:
        # Done on one side in this part of the block, whatever the move says.
        return describe_move(replace(following, sides=Sides(phase.next_side.value)))
    return describe_move(following)


def phase_view(plan: Plan, index: int) -> PhaseView:
    """Return what the run screen shows for phase ``index`` of ``plan``."""
    phases = plan.phases
    phase = phases[index]
    round_line = translate("views", "Round {round} of {rounds}").format(
        round=phase.round_no, rounds=phase.rounds) if phase.rounds > 1 else ""
    following = phase.next_move
    if following is not None:
        next_up = translate("views", "Next up: {move} — {what}").format(
            move=following.name, what=_next_what(plan, index, phase, following))
        next_name: str | None = following.name
        next_frames = following.images[:1]
    else:
        last = (translate("views", "Last one — then go run!")
                if phases[-1].title == translate("plan", DONE_TITLE)
                else translate("views", "Last one"))
        next_up = last if index < len(phases) - 1 else ""
        next_name, next_frames = None, ()
    block = plan.session.blocks[phase.block_no - 1] if plan.session.blocks else None
    shows_block = block is not None and not block.implicit and phase.kind is not PhaseKind.DONE
    return PhaseView(
        kind=phase.kind,
        heading=heading(phase),
        instructions=phase.move.instructions if phase.move else "",
        round=round_line,
        next_up=next_up,
        next_name=next_name,
        next_frames=next_frames,
        self_paced=phase.self_paced,
        block=phase.block_name if shows_block else "",
        set_line=(translate("views", "Set {set} of {sets}").format(set=phase.set_no,
                                                                    sets=phase.sets)
                  if phase.kind is PhaseKind.WORK and phase.sets > 1 else ""),
        alternate=phase.alternate,
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
    """Return what the run screen shows now, read from ``runner``.

    Paced reps count up to the reps ("3/10"), per side when the legs
    alternate ("3/10", "left leg"); reps, holds and work the runner ends
    count the time up; everything else counts down. A set started late
    because the one before ran past its interval says so.
    """
    phase = runner.phase
    remaining = runner.remaining()
    rep = runner.current_rep()
    elapsed = runner.elapsed()
    side = runner.current_side()
    if phase.kind is PhaseKind.WORK and phase.reps is not None:
        per_side = runner.side_count()
        if per_side is not None:
            digits = f"{per_side[0]}/{per_side[1]}"
            sub = translate("views", "{leg} · {time} left").format(
                leg=leg_name(side), time=format_seconds(remaining or 0))
        elif rep is not None:
            digits = f"{rep}/{phase.reps}"
            sub = translate("views", "{time} left").format(time=format_seconds(remaining or 0))
        else:
            digits = str(phase.reps_per_side if phase.alternate and phase.reps_per_side
                         else phase.reps)
            sub = (translate("views", "reps each leg, alternating · Space when done · {time}")
                   if phase.alternate else translate("views", "reps · Space when done · {time}")
                   ).format(time=format_seconds(elapsed))
    elif phase.kind is PhaseKind.WORK and remaining is None:
        # Held or worked for as long as the runner likes: the clock counts up.
        seconds = math.floor(elapsed + 1e-9)
        digits = str(seconds) if seconds < 60 else format_seconds(seconds)
        sub = (translate("views", "hold · Space when done") if phase.is_hold
               else translate("views", "work · Space when done"))
    else:
        seconds = math.ceil(remaining - 1e-9) if remaining is not None else 0
        digits = str(seconds) if seconds < 60 else format_seconds(seconds)
        sub = (translate("views", "hold") if phase.is_hold
               else translate("views", "work") if phase.is_timed_work else "")
    if runner.overrun > 0 and phase.kind is PhaseKind.WORK and elapsed < OVERRUN_SHOWN_S:
        late = translate("views", "{seconds} s over the interval — straight on").format(
            seconds=math.ceil(runner.overrun - 1e-9))
        sub = f"{late} · {sub}" if sub else late
    frames, label = frames_for(phase)
    mirrored = side is Side.RIGHT and phase.move is not None and phase.move.mirror
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
        time_left=translate("views", "{time} left").format(time=format_seconds(left)),
    )


# How long a set started late says that it did.
OVERRUN_SHOWN_S = 5.0


def finish_time(active: float) -> str:
    """Return the finish screen's line with the time the run took."""
    return translate("views", "Time: {time}").format(time=format_seconds(active))


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
    if phase.rounds > 1:
        return translate("views", "{phase}, round {round} of {rounds}").format(
            phase=phase.heading, round=phase.round_no, rounds=phase.rounds)
    return phase.heading


def _this_week(done: int, goal: int, skipped: int) -> str:
    if skipped:
        return translate("views", "This week: {done} of {goal} ({skipped} skipped)").format(
            done=done, goal=goal, skipped=skipped)
    return translate("views", "This week: {done} of {goal}").format(done=done, goal=goal)


def week_summary(done: int, goal: int, streak: int, skipped: int = 0) -> str:
    """Return the start screen's line about the weekly goal.

    ``done`` counts only runs that count toward the goal; ``skipped`` runs
    (finished with too much skipped) are said apart: "This week: 2 of 3
    (1 skipped)".
    """
    text = _this_week(done, goal, skipped)
    if done >= goal:
        text += translate("views", " — goal met")
    if streak:
        text += translate("views", " · streak: %n week(s)", None, streak)
    return text


def cheer(done: int, goal: int, skipped: int = 0) -> str:
    """Return the finish screen's line about the weekly goal."""
    left = goal - done
    more = (translate("views", "Weekly goal met — nice work.") if left <= 0
            else translate("views", "%n more this week to reach your goal of {goal}.", None,
                           left).format(goal=goal))
    return translate("views", "{week}. {more}").format(week=_this_week(done, goal, skipped),
                                                       more=more)


def counted_line(work: WorkDone | None) -> str:
    """Return the finish screen's line on whether this run counted toward the week, and why not.

    ``work`` is the run's ``WorkTally.result()``; None (not measured) says
    nothing. The reason named is the share of the work time skipped when
    that is what failed, else the work phases skipped.
    """
    if work is None:
        return ""
    if counts_toward_goal(work):
        return translate("views", "Counted toward your week.")
    if work.share_done < MIN_WORK_DONE:
        # Rounded down, so a run refused at 79.6 % done never reads "20 % skipped".
        skipped_share = 100 - math.floor(100 * work.share_done + 1e-9)
        return translate("views", "Not counted: {share} % of the work was skipped.").format(
            share=skipped_share)
    phases = translate("views", "%n work phase(s)", None, work.phases)
    # English: "1 of 12 work phases was skipped", "5 of 12 ... were skipped".
    return translate("views", "Not counted: %n of {phases} were skipped.", None,
                     work.skipped).format(phases=phases)


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
