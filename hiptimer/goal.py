"""What counts toward the weekly goal: how much of a run's work the runner did.

The article's goal is "3 times a week before 3 runs", and a run skipped
through in half a minute is not one of them. ``WorkTally`` listens to the
runner's events during one run and measures, for every work phase, the time
the runner spent in it (pauses left out); ``WorkTally.result()`` sums that up
as a ``WorkDone``, which the history stores with the run. ``counts_toward_goal``
is the rule, in one place: the history's week counts and the finish screen's
"Counted toward your week." both ask it. Rests, switches and the get-ready
phase do not matter: skipping a rest is the runner's business, skipping the
strength work is what the goal is about. Nothing here imports Qt or reads a
clock of its own; the clock is the runner's, handed in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hiptimer.plan import PhaseKind, Plan

if TYPE_CHECKING:
    from hiptimer.runner import Event

logger = logging.getLogger(__name__)

#: A run counts when the runner did at least this share of the planned work time…
MIN_WORK_DONE = 0.8
#: …and skipped at most this share of the work phases.
MAX_PHASES_SKIPPED = 1 / 3
#: A timed work phase (a hold, paced reps, timed work) left with less than this
#: share of its time done was skipped.
TIMED_SKIPPED_BELOW = 0.5
#: A self-paced phase ends when the runner says so, and their pace is their own:
#: it counts as done in full, unless it was left within this share of its
#: estimate (0.75 s a rep at the estimated 3 s: no clam shell is that fast),
#: which is a skip.
SELF_PACED_SKIPPED_BELOW = 0.25
# Float sums of phase times may fall a hair short of the plan's.
_SLACK_S = 1e-6


@dataclass(frozen=True, slots=True)
class WorkDone:
    """How much of a run's work the runner did.

    ``planned_s`` is the planned time of every work phase (self-paced ones at
    their estimate) and ``done_s`` the part of it done, each phase counting
    at most its planned time. ``phases`` is the number of work phases in the
    plan and ``skipped`` how many of them the runner reached and left early
    (phases never reached, in a stopped run, are not done but not skipped).
    """

    planned_s: float
    done_s: float
    phases: int
    skipped: int

    def __post_init__(self) -> None:
        """Refuse numbers no run can have."""
        if not (self.planned_s >= 0 and self.done_s >= 0):  # also refuses NaN
            raise ValueError(f"work seconds must be 0 or more, got {self.planned_s}, {self.done_s}")
        if self.phases < 0 or not 0 <= self.skipped <= self.phases:
            raise ValueError(
                f"skipped phases must be from 0 to {self.phases}, got {self.skipped}"
            )

    @property
    def share_done(self) -> float:
        """Return the share of the planned work time done, from 0 to 1 (1 with no work planned)."""
        if self.planned_s <= 0:
            return 1.0
        return min(1.0, self.done_s / self.planned_s)


def counts_toward_goal(work: WorkDone) -> bool:
    """Say whether a finished run with this work counts toward the weekly goal.

    It counts when the runner did at least ``MIN_WORK_DONE`` (80 %) of the
    planned work time and skipped no more than ``MAX_PHASES_SKIPPED`` (a
    third) of the work phases. Both are needed: skipping the two longest
    holds of a circuit can lose a third of the time in two phases out of
    twelve, and skipping every short rep phase can skip half the phases and
    little of the time. A stopped or abandoned run never counts; that is the
    caller's side of the rule (``RunRecord.counted``).
    """
    enough_time = work.done_s + _SLACK_S >= MIN_WORK_DONE * work.planned_s
    few_skipped = work.skipped <= MAX_PHASES_SKIPPED * work.phases + _SLACK_S
    return enough_time and few_skipped


class WorkTally:
    """Measures the work done in one run, from the runner's events.

    Make one when the run starts and hand it every event of that run
    (``on_event``, a runner listener) from its first ``StateChanged(RUNNING)``
    on; ``result()`` may be asked at any time. ``now`` must be the runner's
    own clock: pauses carry no time, so their moments are read from it when
    the events come (the runner hands out pause and resume events at once).
    Phase changes carry their time, so a burst of events after a stalled
    process is measured exactly.
    """

    def __init__(self, plan: Plan, now: Callable[[], float]) -> None:
        self.plan = plan
        self._now = now
        self._spent = [0.0] * len(plan.phases)
        self._reached = [False] * len(plan.phases)
        self._index: int | None = None
        # When the current stretch of running in the current phase began;
        # None while paused or before the first phase.
        self._since: float | None = None
        self._over = False

    def on_event(self, event: Event) -> None:
        """Take one runner event into account."""
        # Imported here: the start screen's view models import this module
        # for the rule, and the runner is not needed for the first frame.
        from hiptimer.runner import Finished, PhaseStarted, RunState, StateChanged

        if self._over:
            return
        if isinstance(event, PhaseStarted):
            running = self._index is None or self._since is not None
            self._close(event.at)
            self._index = event.index
            self._reached[event.index] = True
            # A skip while paused enters the next phase paused.
            self._since = event.at if running else None
        elif isinstance(event, StateChanged):
            if event.state is RunState.PAUSED:
                self._close(self._now())
                self._since = None
            elif event.state is RunState.RUNNING and self._index is not None:
                if self._since is None:
                    self._since = self._now()
        elif isinstance(event, Finished):
            self._close(event.at)
            self._since = None
            self._index = None
            self._over = True

    def _close(self, at: float) -> None:
        if self._index is not None and self._since is not None:
            self._spent[self._index] += max(0.0, at - self._since)
            self._since = at

    def result(self) -> WorkDone:
        """Return the work done so far (the phase under way counts what it has, unskipped)."""
        spent = list(self._spent)
        if self._index is not None and self._since is not None:
            spent[self._index] += max(0.0, self._now() - self._since)
        planned = done = 0.0
        phases = skipped = 0
        for i, phase in enumerate(self.plan.phases):
            if phase.kind is not PhaseKind.WORK:
                continue
            phases += 1
            planned += phase.estimate
            if not self._reached[i]:
                continue
            under_way = i == self._index
            if phase.duration is None:
                left_early = spent[i] < SELF_PACED_SKIPPED_BELOW * phase.estimate
                if under_way or left_early:
                    done += min(spent[i], phase.estimate)
                else:
                    done += phase.estimate
            else:
                done_here = min(spent[i], phase.duration)
                done += done_here
                left_early = done_here < TIMED_SKIPPED_BELOW * phase.duration
            if left_early and not under_way:
                skipped += 1
        return WorkDone(planned_s=planned, done_s=min(done, planned), phases=phases,
                        skipped=skipped)
