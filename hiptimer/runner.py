"""The runner: a state machine that walks a plan against a clock.

The clock is injected (``time.monotonic`` in the app, a fake in tests) and
the runner never counts ticks. Each phase has an absolute start; its deadline
is start + duration, and the next phase starts *at that deadline*, not at the
moment somebody noticed it had passed, so a late wake-up or a stalled process
never shifts anything that follows. Pausing remembers how far into the phase
the runner was; resuming moves the phase's start forward by the pause.

A set done on an interval (``every``) is the one place where the plan is
not followed to the second: the rest after the set lasts what is left of
the interval once the set is over (a self-paced set, a skip), so the next
set still starts on the minute; with nothing left, the rest lasts no time
and its ``PhaseStarted``, and the next set's, say by how much the set ran
over (``overrun``, also readable on the runner while the next set runs).

Whoever drives the runner calls ``update()`` when ``next_wake()`` says, and
listens to the events: ``PhaseStarted``, ``CueDue``, ``StateChanged`` and
``Finished``. Transitions that make no sense in the current state (pausing
before the start, skipping past the end) are refused by returning ``False``.
"""

from __future__ import annotations

import enum
import logging
import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

from hiptimer.plan import Cue, Phase, PhaseKind, Plan, Side, timed_cues

logger = logging.getLogger(__name__)

# "Back" within this many seconds of a phase's start goes to the previous
# phase instead of restarting this one, as on a music player.
BACK_GRACE_SECONDS = 2.0


class RunState(enum.Enum):
    """Where the runner is in its life."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class PhaseStarted:
    """Phase ``index`` began at clock time ``at``.

    ``overrun`` is how many seconds the set before ran past its interval
    (``every``): set on the rest, which then lasts no time, and on the set
    that follows it at once.
    """

    index: int
    phase: Phase
    at: float
    overrun: float = 0.0


@dataclass(frozen=True, slots=True)
class CueDue:
    """A cue of phase ``index`` fell due at clock time ``due``."""

    index: int
    phase: Phase
    cue: Cue
    due: float


@dataclass(frozen=True, slots=True)
class StateChanged:
    """The runner moved to ``state``."""

    state: RunState


@dataclass(frozen=True, slots=True)
class Finished:
    """The last phase was reached at clock time ``at`` after ``active`` seconds of running."""

    at: float
    active: float


Event = PhaseStarted | CueDue | StateChanged | Finished
Listener = Callable[[Event], None]


class Runner:
    """Walks through a ``Plan``; see the module docstring for the rules."""

    def __init__(self, plan: Plan, now: Callable[[], float] = time.monotonic) -> None:
        self.plan = plan
        self._now = now
        self._listeners: list[Listener] = []
        # A deque: after a long stall one update can queue half a million
        # events, and taking each from the front of a list cost 35 s.
        self._pending: deque[Event] = deque()
        self._dispatching = False
        self.state = RunState.READY
        self.index = 0
        self._phase_start = 0.0
        self._next_cue = 0
        self._paused_at = 0.0
        self._running_since = 0.0
        self._active = 0.0
        # The current phase's length and cues: the plan's, except for the
        # rest of an interval, which gets what the set left of it.
        self._duration: float | None = plan.phases[0].duration
        self._cues: tuple[Cue, ...] = plan.phases[0].cues
        self._interval_used = 0.0
        self.overrun = 0.0
        estimates = [p.estimate for p in plan.phases]
        # _after[i] is the planned time of every phase after phase i.
        totals = list(accumulate(reversed(estimates), initial=0.0))
        self._after = list(reversed(totals[:-1]))

    # -- listening -------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with every event from now on."""
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        self._pending.append(event)

    def _flush(self) -> None:
        # Listeners may call back into the runner; their events queue behind
        # the current ones instead of interleaving with them.
        if self._dispatching:
            return
        self._dispatching = True
        try:
            while self._pending:
                event = self._pending.popleft()
                for listener in list(self._listeners):
                    listener(event)
        finally:
            self._dispatching = False

    # -- reading ---------------------------------------------------------

    @property
    def phase(self) -> Phase:
        """Return the current phase (the first one before the start)."""
        return self.plan.phases[self.index]

    def _clock(self) -> float:
        return self._paused_at if self.state is RunState.PAUSED else self._now()

    def elapsed(self) -> float:
        """Return seconds spent in the current phase (pauses excluded)."""
        if self.state is RunState.READY:
            return 0.0
        if self.state is RunState.FINISHED:
            return 0.0
        return max(0.0, self._clock() - self._phase_start)

    @property
    def duration(self) -> float | None:
        """Return how long the current phase lasts, ``None`` when the runner ends it.

        The plan's duration, except for the rest of an interval (see the
        module docstring).
        """
        return self._duration

    @property
    def cues(self) -> tuple[Cue, ...]:
        """Return the cues of the current phase (of its actual length)."""
        return self._cues

    def remaining(self) -> float | None:
        """Return seconds left in the current phase, or ``None`` when self-paced."""
        duration = self._duration
        if duration is None:
            return None
        return max(0.0, duration - self.elapsed())

    def current_rep(self) -> int | None:
        """Return the rep under way (from 1) in a paced rep phase, else ``None``."""
        phase = self.phase
        if phase.reps is None or phase.tempo is None or phase.kind is not PhaseKind.WORK:
            return None
        return min(phase.reps, int(self.elapsed() // phase.tempo) + 1)

    def current_side(self) -> Side:
        """Return the side worked now: the current rep's when the legs alternate.

        ``Side.NONE`` for a phase without a side, and for alternating reps the
        runner paces themself (the runner cannot know which leg is down).
        """
        phase = self.phase
        if not phase.alternate:
            return phase.side
        rep = self.current_rep()
        return phase.rep_side(rep) if rep is not None else Side.NONE

    def side_count(self) -> tuple[int, int] | None:
        """Return (rep on the current side, reps per side) while the legs alternate.

        ``None`` in any other phase, and for self-paced alternating reps.
        """
        phase = self.phase
        rep = self.current_rep()
        if not phase.alternate or rep is None or phase.reps_per_side is None:
            return None
        return phase.side_rep(rep), phase.reps_per_side

    def time_left(self) -> float:
        """Return the expected time to the end of the session."""
        if self.state is RunState.FINISHED:
            return 0.0
        phase = self.phase
        planned = self._duration if phase.interval_rest else phase.estimate
        left = max(0.0, (planned or 0.0) - self.elapsed())
        return left + self._after[self.index]

    def active_time(self) -> float:
        """Return seconds spent running (not paused) since the start."""
        if self.state is RunState.RUNNING:
            return self._active + self._now() - self._running_since
        return self._active

    def deadline(self) -> float | None:
        """Return the clock time the current phase ends, if it has a duration."""
        duration = self._duration
        if duration is None or self.state is not RunState.RUNNING:
            return None
        return self._phase_start + duration

    def next_wake(self) -> float | None:
        """Return the clock time of the next thing worth waking for, or ``None``.

        That is the next cue, the end of the phase, or the next change of the
        displayed whole second, whichever comes first.
        """
        if self.state is not RunState.RUNNING:
            return None
        now = self._now()
        cues = self._cues
        candidates = []
        if self._next_cue < len(cues):
            candidates.append(self._phase_start + cues[self._next_cue].offset)
        deadline = self.deadline()
        if deadline is not None:
            candidates.append(deadline)
            shown = math.ceil(deadline - now)
            change = deadline - (shown - 1)
            if change <= now:
                # deadline - now a hair over a whole number: the subtraction
                # rounds back onto now, which would wake at once, forever.
                change += 1
            candidates.append(change)
        else:
            candidates.append(self._phase_start + math.floor(now - self._phase_start) + 1)
        return max(now, min(candidates))

    # -- moving ----------------------------------------------------------

    def _enter(self, index: int, at: float) -> None:
        # Straight on from a rest an overrun left out: this phase says so too.
        carried = self.overrun if index == self.index + 1 and self.phase.interval_rest else 0.0
        if self.state is not RunState.READY and self.phase.every is not None:
            # What the set has used of its interval, pauses left out.
            end = self._paused_at if self.state is RunState.PAUSED else at
            self._interval_used += max(0.0, end - self._phase_start)
        phase = self.plan.phases[index]
        if phase.interval_start:
            self._interval_used = 0.0
        duration, cues = phase.duration, phase.cues
        overrun = carried
        if phase.interval_rest and phase.every is not None:
            left = phase.every - self._interval_used
            # Over time: no rest, the next set starts now.
            overrun = max(0.0, -left)
            duration = max(0.0, left)
            cues = timed_cues(duration)
        self.overrun = overrun
        self.index = index
        self._duration, self._cues = duration, cues
        self._phase_start = at
        self._next_cue = 0
        if self.state is RunState.PAUSED:
            self._paused_at = at
        self._emit(PhaseStarted(index, phase, at, overrun))

    def _advance(self, until: float) -> None:
        """Fire everything due up to ``until``, moving through phases by their deadlines."""
        while self.state is RunState.RUNNING:
            phase = self.phase
            cues = self._cues
            while (
                self._next_cue < len(cues)
                and self._phase_start + cues[self._next_cue].offset <= until
            ):
                cue = cues[self._next_cue]
                self._emit(CueDue(self.index, phase, cue, self._phase_start + cue.offset))
                self._next_cue += 1
            if phase.kind is PhaseKind.DONE:
                self._finish(self._phase_start)
                return
            duration = self._duration
            if duration is None or until < self._phase_start + duration:
                return
            self._enter(self.index + 1, self._phase_start + duration)

    def _finish(self, at: float) -> None:
        self._active += max(0.0, at - self._running_since)
        self.state = RunState.FINISHED
        self._emit(StateChanged(RunState.FINISHED))
        self._emit(Finished(at, self._active))

    def _finished(self) -> bool:
        # A method rather than a comparison in place: mypy keeps self.state
        # narrowed across the call that changed it and calls the branch dead.
        return self.state is RunState.FINISHED

    def _set_state(self, state: RunState) -> None:
        self.state = state
        self._emit(StateChanged(state))

    def update(self) -> None:
        """Fire every event that has fallen due by now."""
        if self.state is RunState.RUNNING:
            self._advance(self._now())
        self._flush()

    def start(self) -> bool:
        """Start from the first phase; only before the start."""
        if self.state is not RunState.READY:
            return False
        now = self._now()
        self._running_since = now
        self._active = 0.0
        self._set_state(RunState.RUNNING)
        self._enter(0, now)
        self.update()
        return True

    def pause(self) -> bool:
        """Pause a running session."""
        if self.state is not RunState.RUNNING:
            return False
        now = self._now()
        self._advance(now)
        finished = self.state is not RunState.RUNNING  # catching up reached the end
        if not finished:
            self._active += now - self._running_since
            self._paused_at = now
            self._set_state(RunState.PAUSED)
        self._flush()
        return not finished

    def resume(self) -> bool:
        """Resume a paused session where it stopped."""
        if self.state is not RunState.PAUSED:
            return False
        now = self._now()
        self._phase_start += now - self._paused_at
        self._running_since = now
        self._set_state(RunState.RUNNING)
        self.update()
        return True

    def toggle(self) -> bool:
        """Do what Space does: start, pause or resume, or "done" on self-paced reps."""
        if self.state is RunState.READY:
            return self.start()
        if self.state is RunState.PAUSED:
            return self.resume()
        if self.state is RunState.RUNNING:
            if self.phase.self_paced:
                return self.done()
            return self.pause()
        return False

    def _jump(self, index: int) -> None:
        """Start phase ``index`` now, keeping the running or paused state."""
        now = self._now()
        if self.state is RunState.RUNNING:
            self._advance(now)
            if self._finished():
                return
        self._enter(index, now)
        if self.state is RunState.PAUSED and self.phase.kind is PhaseKind.DONE:
            # Skipping to the end while paused ends the run, with the same
            # events (the end's cue included) as when running.
            self._running_since = now
            self.state = RunState.RUNNING
        if self.state is RunState.RUNNING:
            self._advance(now)

    def skip(self) -> bool:
        """Move on to the next phase now."""
        if self.state not in (RunState.RUNNING, RunState.PAUSED):
            return False
        if self.phase.kind is PhaseKind.DONE:
            return False
        self._jump(self.index + 1)
        self._flush()
        return True

    def back(self) -> bool:
        """Restart the current phase, or go to the previous one if it has just begun."""
        if self.state not in (RunState.RUNNING, RunState.PAUSED):
            return False
        target = self.index
        if self.elapsed() < BACK_GRACE_SECONDS and self.index > 0:
            target = self.index - 1
        self._jump(target)
        self._flush()
        return True

    def done(self) -> bool:
        """End a self-paced rep phase now (the runner pressed Space)."""
        if self.state is not RunState.RUNNING or not self.phase.self_paced:
            return False
        self._jump(self.index + 1)
        self._flush()
        return True

    def restart(self) -> bool:
        """Start the whole session again from the first phase."""
        if self.state is RunState.READY:
            return self.start()
        self.state = RunState.READY
        return self.start()
