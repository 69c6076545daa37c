"""Connects the runner's events to the cue player, in time with the screen.

``SoundCues`` listens to the adapter: every runner event is mapped to tones
and prompts by a ``CueMapper`` (made afresh whenever the plan changes) and
handed to the ``CuePlayer``. The player's backend needs a few tens of
milliseconds from being asked to being heard, so the adapter is also asked
to wake that long before each sound's deadline, and the mapper's ``early``
sounds are started then; the sound and the visual change land together.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot

from hiptimer.audio import CuePlayer
from hiptimer.cues import CueMapper
from hiptimer.gui.controllers.adapter import RunnerAdapter
from hiptimer.runner import Event

logger = logging.getLogger(__name__)


class SoundCues(QObject):
    """Plays the cues of whatever plan the adapter runs.

    Signals:
        notice(str): sound stopped working (may come from the player's thread;
            Qt queues it to the receiver's thread).
    """

    notice = Signal(str)

    def __init__(self, adapter: RunnerAdapter, player: CuePlayer,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.adapter = adapter
        self.player = player
        self._mapper = CueMapper(adapter.runner.plan, adapter.clock)
        player.on_notice = self.notice.emit
        adapter.runner_event.connect(self._on_event)
        adapter.refreshed.connect(self._on_refresh)
        adapter.add_wake_source(self._next_due)
        self.prepare()
        # The run may have started before the player was there (--start).
        sounds = self._mapper.join(adapter.runner)
        if sounds:
            player.play(sounds)

    def mapper(self) -> CueMapper:
        """Return the mapper for the plan being run (a new plan gets a new one)."""
        plan = self.adapter.runner.plan
        if self._mapper.plan is not plan:
            self._mapper = CueMapper(plan, self.adapter.clock)
            self.prepare()
        return self._mapper

    def prepare(self) -> None:
        """Render the plan's spoken prompts in the background, ahead of need."""
        self.player.prepare(self._mapper.texts())

    @Slot(object)
    def _on_event(self, event: Event) -> None:
        sounds = self.mapper().map(event)
        if sounds:
            self.player.play(sounds)

    @Slot()
    def _on_refresh(self) -> None:
        lead = self.player.latency_lead
        if lead > 0:
            sounds = self.mapper().early(self.adapter.runner, lead)
            if sounds:
                self.player.play(sounds)

    def _next_due(self, now: float) -> float | None:
        lead = self.player.latency_lead
        if lead <= 0:
            return None
        due = self.mapper().next_due(self.adapter.runner)
        return None if due is None else due - lead
