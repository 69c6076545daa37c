"""Decide what a runner on the mat should hear as a session runs.

``CueMapper`` turns the runner's events into ``Sound`` requests: a tone (the
name of a WAV in ``assets/sounds/``) and/or words to speak, each with a
priority (spoken prompts above the last-seconds countdown above the rep tick).
It owns the rules, and only the rules: which tone a phase starts with, what
the voice says ("Clam shell, ten reps, left side", "round two of three",
"last round", "rest — next up: glute bridge", "rest — next: set two of
three", "done — go run!"), when rep numbers are counted out loud, that a phase's start
is announced once even though the runner reports it twice (``PhaseStarted``
and its ``START`` cue), and that cues gone stale after a stall are dropped
instead of bursting out late. Playing the sounds is ``hiptimer.audio``'s job.
The mapper can also hand out a cue's sounds a little *before* its deadline
(``early``), so a player with a known start-up latency is heard on time.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from hiptimer import i18n
from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.plan import Cue, CueKind, Phase, PhaseKind, Plan, Side, side_name
from hiptimer.runner import CueDue, Event, PhaseStarted, Runner, RunState, StateChanged

logger = logging.getLogger(__name__)

# A cue whose deadline is further than this in the past when it reaches the
# mapper belongs to a stall (a suspended laptop, a frozen process): playing
# it now would only add to a burst of old beeps.
STALE_AFTER = 0.4
# Rep numbers are spoken only when a rep leaves time to say them.
COUNT_MIN_TEMPO = 2.0
# Said before a set that starts at once because the one before ran past
# its interval (``every``).
OVERRUN_WORDS = "over time, straight on. "


class Priority(enum.IntEnum):
    """How much a sound matters when sounds compete (higher wins)."""

    TICK = 1
    COUNTDOWN = 2
    PROMPT = 3


@dataclass(frozen=True, slots=True)
class Sound:
    """One thing to hear at clock time ``due``.

    ``tone`` names a WAV in ``assets/sounds`` (``""`` for none) and ``text`` is
    what the voice says (``""`` for nothing). ``new_phase`` marks the start of
    a phase: prompts still waiting from before it are out of date. ``file``
    is the runner's own sound for this tone (``[sounds]`` in the session,
    absolute), to be played instead of the built-in one; ``None`` for none.
    """

    priority: Priority
    tone: str = ""
    text: str = ""
    due: float = 0.0
    new_phase: bool = False
    file: Path | None = None


_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_words(n: int) -> str:
    """Return ``n`` (0 to 999,999) in English words: ``42`` -> ``"forty-two"``."""
    if n < 0 or n > 999_999:
        return str(n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {number_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    tail = ""
    if rest:
        tail = f" and {number_words(rest)}" if rest < 100 else f" {number_words(rest)}"
    return f"{number_words(thousands)} thousand{tail}"


def spoken(n: int) -> str:
    """Return ``n`` as the voice should read it: English words, or digits.

    English prompts spell numbers out; other languages give the voice the
    digits, which espeak-ng, Piper and the system voices read in their own
    language ("drei", "trois").
    """
    return number_words(n) if i18n.language() == "en" else str(n)


def _counted(message: str, n: int) -> str:
    """Return the ``%n`` plural ``message`` for ``n`` with the number as spoken."""
    return translate("cues", message, None, n).replace(str(n), spoken(n), 1)


def duration_words(seconds: float) -> str:
    """Return a duration as spoken: ``90`` -> ``"one minute thirty seconds"``."""
    whole = max(0, round(seconds))
    minutes, secs = divmod(whole, 60)
    parts = []
    if minutes:
        parts.append(_counted(QT_TRANSLATE_NOOP("cues", "%n minute(s)"), minutes))
    if secs or not minutes:
        parts.append(_counted(QT_TRANSLATE_NOOP("cues", "%n second(s)"), secs))
    return " ".join(parts)


class CueMapper:
    """Turns runner events of one plan into ``Sound`` requests.

    Feed it every event (``map``); it remembers just enough to announce each
    start of a phase once. ``now`` is the runner's clock.
    """

    def __init__(self, plan: Plan, now: Callable[[], float] = time.monotonic) -> None:
        self.plan = plan
        self._now = now
        self._state = RunState.READY
        # The phase entry under way: which phase, whether its start was
        # announced, and which of its cues have been handled (by their event
        # or ahead of it by ``early``).
        self._entry_index = -1
        self._announced = False
        self._handled: set[Cue] = set()
        # The next phase's start, when ``early`` already played it.
        self._early_start: int | None = None

    # -- texts -------------------------------------------------------------

    def _move_prompt(self, index: int, phase: Phase) -> str:
        move = phase.move
        name = move.spoken_name if move is not None else phase.title
        parts = [name]
        if phase.reps is not None and phase.alternate:
            parts.append(_counted(QT_TRANSLATE_NOOP("cues", "%n rep(s) each side"),
                                  phase.reps_per_side or 0))
            parts.append(translate("cues", "alternating legs, left first")
                         if phase.first_side is Side.LEFT
                         else translate("cues", "alternating legs, right first"))
        elif phase.reps is not None:
            parts.append(_counted(QT_TRANSLATE_NOOP("cues", "%n rep(s)"), phase.reps))
        elif phase.duration is not None:
            # Timed work is said as a duration: "squats, thirty seconds".
            seconds = duration_words(phase.duration)
            parts.append(seconds if phase.is_timed_work
                         else translate("cues", "hold {seconds}").format(seconds=seconds))
        elif phase.is_hold:
            parts.append(translate("cues", "hold"))
        if phase.side is not Side.NONE:
            parts.append(side_name(phase.side))
        if phase.sets > 1:
            parts.append(translate("cues", "set {set} of {sets}").format(
                set=spoken(phase.set_no), sets=spoken(phase.sets)))
        if phase.self_paced:
            parts.append(translate("cues", "at your own pace"))
        text = translate("cues", ", ", "between the parts of a spoken prompt").join(parts)
        if self._opens_round(index, phase):
            # Without a round rest to announce it, the round is named here.
            text = translate("cues", "{round}. {prompt}").format(round=self._round(phase),
                                                                 prompt=text)
        return text

    def _opens_round(self, index: int, phase: Phase) -> bool:
        """Whether ``phase`` is the first of a round of several that no round rest announced."""
        if phase.rounds < 2:
            return False
        if index == 0:
            return True
        before = self.plan.phases[index - 1]
        if before.kind is PhaseKind.ROUND_REST:
            return False
        return before.kind is PhaseKind.GET_READY or (before.block_no, before.round_no) != (
            phase.block_no, phase.round_no)

    @staticmethod
    def _round(phase: Phase) -> str:
        if phase.round_no == phase.rounds:
            return translate("cues", "last round")
        return translate("cues", "round {round} of {rounds}").format(
            round=spoken(phase.round_no), rounds=spoken(phase.rounds))

    def _next_work(self, index: int) -> Phase | None:
        for phase in self.plan.phases[index + 1:]:
            if phase.kind is PhaseKind.WORK:
                return phase
        return None

    def _next_up(self, index: int, phase: Phase) -> str:
        upcoming = self._next_work(index)
        if upcoming is None or upcoming.move is None:
            return ""
        if (phase.kind is PhaseKind.REST and upcoming.sets > 1 and upcoming.set_no > 1
                and upcoming.move == self._work_before(index)):
            # A rest between sets of one move: what comes is the next set.
            return translate("cues", " — next: set {set} of {sets}").format(
                set=spoken(upcoming.set_no), sets=spoken(upcoming.sets))
        return translate("cues", " — next up: {move}").format(
            move=i18n.in_sentence(upcoming.move.spoken_name))

    def _work_before(self, index: int) -> object:
        for phase in reversed(self.plan.phases[:index]):
            if phase.kind is PhaseKind.WORK:
                return phase.move
        return None

    def _start_sound(self, index: int, phase: Phase, due: float) -> Sound:
        kind = phase.kind
        if kind is PhaseKind.WORK:
            tone, text = "go", self._move_prompt(index, phase)
        elif kind is PhaseKind.SWITCH:
            tone, text = "switch", translate("cues", "switch sides")
        elif kind is PhaseKind.REST:
            tone, text = "rest", translate("cues", "rest") + self._next_up(index, phase)
        elif kind is PhaseKind.ROUND_REST:
            tone, text = "round", self._round(phase) + self._next_up(index, phase)
        elif kind is PhaseKind.GET_READY:
            session = self.plan.session
            tone, text = "get-ready", translate("cues", "{session}, get ready").format(
                session=session.say or session.name)
        else:
            finish = self.plan.session.finish
            tone, text = "done", finish or translate("cues", "done — go run!")
        return self._own(Sound(Priority.PROMPT, tone, text, due, new_phase=True), phase)

    def _own(self, sound: Sound, phase: Phase) -> Sound:
        """Return ``sound`` with the runner's own file for its tone, if they gave one."""
        file = self.plan.sound_for(phase, sound.tone.replace("-", "_")) if sound.tone else None
        return sound if file is None else replace(sound, file=file)

    def _cue_sound(self, phase: Phase, cue: Cue, due: float) -> Sound | None:
        sound = self._builtin_cue_sound(phase, cue, due)
        return None if sound is None else self._own(sound, phase)

    @staticmethod
    def _builtin_cue_sound(phase: Phase, cue: Cue, due: float) -> Sound | None:
        if cue.kind is CueKind.REP:
            if phase.reps is not None and cue.value >= phase.reps:
                return Sound(Priority.PROMPT, "tick", translate("cues", "last one"), due)
            tempo = phase.tempo or 0.0
            text = spoken(cue.value) if tempo >= COUNT_MIN_TEMPO else ""
            return Sound(Priority.TICK, "tick", text, due)
        if cue.kind is CueKind.HALFWAY:
            return Sound(Priority.PROMPT, "halfway", translate("cues", "halfway"), due)
        if cue.kind is CueKind.COUNTDOWN:
            return Sound(Priority.COUNTDOWN, "countdown", "", due)
        return None  # START: announced from PhaseStarted

    def texts(self) -> list[str]:
        """Return every text the voice may say during this plan, without repeats.

        Hand them to the voice at load time so the first prompt is ready.
        """
        seen: dict[str, None] = {}
        for index, phase in enumerate(self.plan.phases):
            start = self._start_sound(index, phase, 0.0).text
            seen[start] = None
            if phase.interval_start and phase.set_no > 1:
                seen[OVERRUN_WORDS + start] = None
            for cue in phase.cues:
                sound = self._cue_sound(phase, cue, 0.0)
                if sound is not None and sound.text:
                    seen[sound.text] = None
        seen.pop("", None)
        return list(seen)

    # -- events ------------------------------------------------------------

    def map(self, event: Event) -> list[Sound]:
        """Return what to play for ``event`` now (often nothing)."""
        if isinstance(event, StateChanged):
            self._state = event.state
            return []
        if isinstance(event, PhaseStarted):
            return self._phase_started(event)
        if isinstance(event, CueDue):
            return self._cue_due(event)
        return []  # Finished: the DONE phase already said so

    __call__ = map

    def _phase_started(self, event: PhaseStarted) -> list[Sound]:
        early = self._early_start
        self._early_start = None
        self._entry_index = event.index
        self._handled = set()
        self._announced = False
        if early == event.index:
            self._announced = True  # already heard, ahead of its deadline
            return []
        phase = event.phase
        if phase.kind is not PhaseKind.DONE and self._state is not RunState.RUNNING:
            # Entered while paused (skip/back): the START cue announces it on resume.
            return []
        self._announced = True
        if self._over(phase, event.at):
            return []  # a stall carried the runner past this whole phase
        if event.overrun > 0 and phase.interval_rest:
            return []  # a rest that lasts no time: the next set says why
        sound = self._start_sound(event.index, phase, event.at)
        if event.overrun > 0:
            sound = replace(sound, text=OVERRUN_WORDS + sound.text)
        return [sound]

    def _over(self, phase: Phase, start: float) -> bool:
        """Whether a late-reported phase has already ended: a later start supersedes it."""
        if phase.duration is None or phase.kind is PhaseKind.DONE:
            return False
        now = self._now()
        return start < now - STALE_AFTER and start + phase.duration <= now

    def _cue_due(self, event: CueDue) -> list[Sound]:
        if event.index != self._entry_index:
            return []
        cue = event.cue
        if cue.kind is CueKind.START:
            if self._announced:
                return []
            self._announced = True
            return [self._start_sound(event.index, event.phase, event.due)]
        if cue in self._handled:
            return []
        self._handled.add(cue)
        if event.due < self._now() - STALE_AFTER:
            return []
        sound = self._cue_sound(event.phase, cue, event.due)
        return [sound] if sound is not None else []

    def join(self, runner: Runner) -> list[Sound]:
        """Pick up a run already under way, and return what to play for it now.

        A mapper made after the run started (the player attached late, as
        when ``--start`` starts the run before the window's first frame) has
        missed the events that tell it where the run is; it takes them from
        ``runner`` instead. The phase's start is announced when it began less
        than ``STALE_AFTER`` ago; its later cues follow as usual either way.
        """
        self._state = runner.state
        if runner.state is RunState.READY or runner.state is RunState.FINISHED:
            return []
        self._entry_index = runner.index
        self._handled = set()
        self._early_start = None
        # Paused: the phase's START cue announces it on resume, as after a skip.
        self._announced = runner.state is RunState.RUNNING
        start = self._now() - runner.elapsed()
        if not self._announced or start < self._now() - STALE_AFTER:
            return []
        return [self._start_sound(runner.index, runner.phase, start)]

    # -- ahead of time -----------------------------------------------------

    def _upcoming(self, runner: Runner) -> list[tuple[float, Cue | None]]:
        """Return (due, cue) of what is still to sound in this phase and the next start."""
        if runner.state is not RunState.RUNNING or runner.index != self._entry_index:
            return []
        now = self._now()
        start = now - runner.elapsed()
        out: list[tuple[float, Cue | None]] = [
            (start + cue.offset, cue)
            for cue in runner.cues
            if cue.kind is not CueKind.START and cue not in self._handled
            and start + cue.offset > now
        ]
        deadline = runner.deadline()
        if (
            deadline is not None
            and runner.index + 1 < len(self.plan.phases)
            and self._early_start is None
        ):
            out.append((deadline, None))
        return sorted(out, key=lambda item: item[0])

    def next_due(self, runner: Runner) -> float | None:
        """Return the clock time of the next sound ``runner`` will cause, if known."""
        upcoming = self._upcoming(runner)
        return upcoming[0][0] if upcoming else None

    def early(self, runner: Runner, lead: float) -> list[Sound]:
        """Return the sounds due within ``lead`` seconds, to be started now.

        Whatever is returned here is not returned again when its event comes.
        With ``lead`` set to the player's start-up latency, the sound starts
        on its deadline instead of that much after it.
        """
        horizon = self._now() + lead
        sounds: list[Sound] = []
        for due, cue in self._upcoming(runner):
            if due > horizon:
                break
            if cue is None:
                index = runner.index + 1
                self._early_start = index
                sounds.append(self._start_sound(index, self.plan.phases[index], due))
            else:
                self._handled.add(cue)
                sound = self._cue_sound(runner.phase, cue, due)
                if sound is not None:
                    sounds.append(sound)
        return sounds
