"""What the start screen shows: the session at a glance, this run's tuning, the picker.

Like ``hiptimer.views`` for the run, these are the start screen's words and
choices made without Qt, so a test checks them with no window. The start
screen is the window's first frame, so the values are named tuples (cheaper
to define at start-up than dataclasses) and the library is only imported
when the picker lists it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.plan import Plan, format_seconds
from hiptimer.session import Dose, Move, Session, Sides, equipment_line

if TYPE_CHECKING:
    from hiptimer.library import Entry

# The start screen's "reps and holds" choices, in per cent of the session as written.
SCALE_STEPS = (50, 60, 70, 80, 90, 100, 110, 120, 130, 150, 175, 200)
AS_WRITTEN = SCALE_STEPS.index(100)


def describe_move(move: Move) -> str:
    """Return a move's dose the way a runner says it: "10 each side", "hold 30 s"."""
    side = translate("start_view", SIDE_SUFFIXES[move.sides]) if move.sides in SIDE_SUFFIXES else ""
    pace = translate("start_view", ", your pace")
    if move.reps is not None:
        amount = translate("start_view", "%n rep(s)", None, move.reps) + side + (
            pace if move.tempo is None else "")
    elif move.open_ended is not None:
        what = (translate("start_view", "hold") if move.open_ended is Dose.HOLD
                else translate("start_view", "work"))
        amount = what + side + pace
    elif move.work is not None:
        amount = translate("start_view", "{seconds:g} s work").format(seconds=move.work) + side
    else:
        amount = translate("start_view", "hold {seconds:g} s").format(seconds=move.hold) + side
    if move.sets > 1:
        amount = f"{move.sets} × {amount}"
    return amount


# What follows a move's dose for its sides: "10 reps each side".
SIDE_SUFFIXES = {
    Sides.BOTH: QT_TRANSLATE_NOOP("start_view", " each side"),
    Sides.ALTERNATE: QT_TRANSLATE_NOOP("start_view", " each side, alternating"),
    Sides.LEFT: QT_TRANSLATE_NOOP("start_view", ", left side"),
    Sides.RIGHT: QT_TRANSLATE_NOOP("start_view", ", right side"),
}



class Line(NamedTuple):
    """One line of the start screen's list of moves: a block's heading or a move.

    ``text`` is the line as a plain list shows it; a move's line also has
    its ``name``, its ``dose`` ("10 reps each side") and its picture's
    ``images``, for the cards shown when there is room.
    """

    text: str
    heading: bool
    name: str = ""
    dose: str = ""
    images: tuple[Path, ...] = ()


class SessionView(NamedTuple):
    """The session at a glance: its name, what it is, its moves and how long it takes."""

    title: str
    description: str
    lines: tuple[Line, ...]
    total: str
    rounds: int  # the most rounds of any block, as the rounds box shows them
    equipment: str = ""  # "You need: a mini band.", said before the start


def session_view(session: Session, plan: Plan) -> SessionView:
    """Return what the start screen shows of ``session`` as ``plan`` will run it."""
    lines = []
    for block in session.blocks:
        if len(session.blocks) > 1 or block.rounds > 1:
            rounds = (translate("start_view", "%n round(s)", None, block.rounds)
                      if block.rounds > 1 else "")
            # A session without [[blocks]] has one block with no name of its own.
            name = rounds if block.implicit else " — ".join(p for p in (block.name, rounds) if p)
            lines.append(Line(name, heading=True))
        for move in block.moves:
            dose = describe_move(move)
            lines.append(Line(f"{move.name}: {dose}", False, move.name, dose, move.images))
    total = (translate("start_view", "Total {time} (estimated)") if plan.has_self_paced
             else translate("start_view", "Total {time}")).format(time=format_seconds(plan.total))
    return SessionView(
        title=session.name,
        description=session.description,
        lines=tuple(lines),
        total=total,
        rounds=most_rounds(session),
        equipment=f"{equipment_line(session.equipment)}." if session.equipment else "",
    )


def most_rounds(session: Session) -> int:
    """Return the rounds of the session's longest-repeated block (what "Rounds" sets)."""
    return max(block.rounds for block in session.blocks)


class Tuning(NamedTuple):
    """The rounds and scale of this run, as the start screen shows them.

    ``scale_step`` indexes ``SCALE_STEPS``; ``can_keep`` says whether they
    differ from the session file, so "Keep these" has something to save.
    """

    rounds: int
    scale_step: int
    can_keep: bool


def as_written(session: Session) -> Tuning:
    """Return the tuning that runs ``session`` exactly as its file says."""
    return Tuning(most_rounds(session), AS_WRITTEN, can_keep=False)


def tuned_options(
    session: Session, rounds: int, scale_step: int
) -> tuple[int | None, float | None]:
    """Return ``customise``'s rounds and scale for the start screen's choices.

    ``None`` stands for "as written", so a choice equal to the file changes
    nothing (and "Keep these" stays off).
    """
    scale = SCALE_STEPS[scale_step] / 100
    return (rounds if rounds != most_rounds(session) else None,
            scale if scale != 1.0 else None)


class PickerView(NamedTuple):
    """The session picker: each entry's label and file, which is shown, and whether it may go.

    ``can_delete`` is false until the library has been listed: the first
    frame shows only the current session, and whose it is is not known yet.
    """

    items: tuple[tuple[str, str], ...]
    current: int
    can_delete: bool


def only_current(session: Session) -> PickerView:
    """Return the picker as the first frame shows it: just the session in use."""
    return PickerView(((session.name, str(session.source or "")),), 0, can_delete=False)


def picker_view(entries: Sequence[Entry], session: Session) -> PickerView:
    """Return the picker listing the library's ``entries`` with ``session`` picked.

    A session opened from outside the library is added at the end, so the
    picker always shows what is in use.
    """
    from hiptimer.library import Kind

    items = []
    for entry in entries:
        label = entry.name
        if entry.replaces is not None:
            label += translate("start_view", "  (your copy)")
        elif entry.kind is Kind.RECENT:
            label += f"  ({entry.path.name})"
        if entry.error is not None:
            label += translate("start_view", "  — has problems")
        items.append((label, str(entry.path)))
    current = 0 if items else -1
    source = session.source
    if source is not None:
        paths = [path for _, path in items]
        if str(source) in paths:
            current = paths.index(str(source))
        else:
            items.append((session.name, str(source)))
            current = len(items) - 1
    shown = entry_for(entries, source)
    return PickerView(tuple(items), current,
                      can_delete=shown is not None and shown.kind is Kind.USER)


def entry_for(entries: Sequence[Entry], source: Path | None) -> Entry | None:
    """Return the library entry read from ``source``, if the library has one."""
    if source is None:
        return None
    for entry in entries:
        if entry.path == source:
            return entry
    return None


def fitted_size(available: tuple[int, int], wanted: tuple[int, int],
                least: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]]:
    """Return a window's size and minimum size for a screen with ``available`` room (w, h).

    The window opens at ``wanted``, or smaller to fit the screen with room
    for its frame and the desktop's panels (5 % of the width, 10 % of the
    height); its minimum is ``least``, or less on a screen smaller than that.
    """
    room = (available[0] * 95 // 100, available[1] * 90 // 100)
    minimum = (min(least[0], room[0]), min(least[1], room[1]))
    size = (max(minimum[0], min(wanted[0], room[0])), max(minimum[1], min(wanted[1], room[1])))
    return size, minimum
