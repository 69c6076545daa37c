"""Pause the music players that were playing while a session runs, and play them again after.

With View › "Pause other players during a session" on (``SETTINGS_KEY``, off
by default), ``OtherPlayers`` looks at the session bus when a run starts (the
first RUNNING after READY; a pause and a resume, or a restart, are the same
session): it lists the names ``org.mpris.MediaPlayer2.*`` other than
hiptimer's own, asks each for its ``PlaybackStatus`` and sends ``Pause`` to
exactly those that say "Playing", and remembers them. When the run finishes,
is stopped or abandoned (a new session picked, the window closed), it asks
each of those again and sends ``Play`` only to the ones still there and still
"Paused": music the runner started again by hand, or stopped, is left alone.

Everything goes through ``BusLink`` from the event loop, so nothing waits on
the desktop: each question has ``ANSWER_TIMEOUT_MS``, and a player that does
not answer in time is left out. No session bus: nothing happens, and nothing
is said. At quit there is no event loop left to wait for answers in, so the
players still paused get ``Play`` unasked (MPRIS says Play on a player that
plays has no effect).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from functools import partial
from typing import TYPE_CHECKING

from jeepney import (
    DBusAddress,
    Message,
    MessageFlag,
    MessageType,
    Properties,
    message_bus,
    new_method_call,
)
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from hiptimer.gui.bus_link import BusLink
from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.runner import RunState

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from hiptimer.gui.controllers.run import RunController

logger = logging.getLogger(__name__)

SETTINGS_KEY = "pause_other_players"
#: The menu entry's English; translated where the entry is made.
MENU_TEXT = QT_TRANSLATE_NOOP("gui.other_players", "Pause other players during a session")
MPRIS_PREFIX = "org.mpris.MediaPlayer2."
OBJECT_PATH = "/org/mpris/MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"

#: From the socket's connect to the bus greeting us.
CONNECT_TIMEOUT_MS = 3000
#: How long a player (or the bus) has to answer one question.
ANSWER_TIMEOUT_MS = 1000

OnAnswer = Callable[[Message | None], None]


class OtherPlayers(QObject):
    """Pauses the other MPRIS players for the length of a run, and plays them again after.

    ``run`` is the run's controller, only listened to; ``own_names`` returns
    hiptimer's own MPRIS names, never paused; ``address`` is the bus's (the
    session bus's by default).

    Signals:
        paused(list): the players just paused (their bus names), once a
            run's start has been dealt with (the list may be empty).
        resumed(list): the players just told to play again, once a run's end
            has been dealt with.
    """

    paused = Signal(list)
    resumed = Signal(list)

    def __init__(self, run: RunController, own_names: Callable[[], Collection[str]],
                 address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self._own_names = own_names
        self._address = address
        self.enabled = False
        self._link: BusLink | None = None
        self._greeted = False
        self._queued: list[tuple[Message, OnAnswer]] = []
        self._under_way = False
        self._session = 0  # counts starts and ends: answers about an earlier start are ignored
        self._remembered: list[str] = []
        self._asking_again: set[str] = set()  # paused ones whose status is being asked
        adapter = run.adapter
        adapter.refreshed.connect(self._follow)
        adapter.state_changed.connect(self._follow)
        run.finished.connect(self._ended)
        run.stopped.connect(self._ended)

    @property
    def remembered(self) -> list[str]:
        """The players paused for the run under way, to play again at its end."""
        return list(self._remembered)

    @Slot(bool)
    def set_enabled(self, on: bool) -> None:
        """Turn pausing on or off, from the next run on (players paused now are still resumed)."""
        self.enabled = on

    @Slot()
    def close(self) -> None:
        """Play again what is still paused, unasked (no time to ask), and leave the bus."""
        if self._greeted:
            for name in [*self._remembered, *self._asking_again]:
                self._send(new_method_call(_player(name), "Play"))
        self._remembered.clear()
        self._asking_again.clear()
        self._session += 1
        if self._link is not None:
            self._link.close()

    # -- following the run -------------------------------------------------

    @Slot()
    @Slot(object)
    def _follow(self, *_: object) -> None:
        state = self._run.adapter.runner.state
        if state is RunState.RUNNING and not self._under_way:
            self._under_way = True
            self._session += 1
            if self.enabled:
                self._pause_others(self._session)
        elif state in (RunState.READY, RunState.FINISHED) and self._under_way:
            self._ended()

    @Slot()
    @Slot(object)
    def _ended(self, *_: object) -> None:
        if not self._under_way:
            return
        self._under_way = False
        self._session += 1  # what is still being asked about the start is ignored
        self._resume()

    # -- at the start ------------------------------------------------------

    def _pause_others(self, session: int) -> None:
        asking = [1]  # questions out: the list of names, then each player's status
        paused: list[str] = []

        def one_answered() -> None:
            asking[0] -= 1
            if not asking[0]:
                self.paused.emit(paused)

        def listed(reply: Message | None) -> None:
            if session != self._session:
                return
            own = set(self._own_names())
            names = [name for name in (reply.body[0] if reply is not None else ())
                     if name.startswith(MPRIS_PREFIX) and name not in own]
            asking[0] += len(names)
            for name in names:
                self._ask_status(name, partial(status_known, name))
            one_answered()

        def status_known(name: str, status: str | None) -> None:
            if session != self._session:
                return  # the run is over already: leave it be
            if status == "Playing":
                self._send(new_method_call(_player(name), "Pause"))
                self._remembered.append(name)
                paused.append(name)
                logger.debug("paused %s for the run", name)
            one_answered()

        self._call(message_bus.ListNames(), listed)

    # -- at the end --------------------------------------------------------

    def _resume(self) -> None:
        names, self._remembered = self._remembered, []
        self._asking_again.update(names)
        asking = [len(names)]
        played: list[str] = []
        if not names:
            self.resumed.emit(played)

        def status_known(name: str, status: str | None) -> None:
            # A player paused again by hand after being started by hand is
            # not told apart from ours: both say "Paused".
            if name not in self._asking_again:
                return  # closed meanwhile: Play went out unasked
            self._asking_again.discard(name)
            if status == "Paused":
                self._send(new_method_call(_player(name), "Play"))
                played.append(name)
                logger.debug("playing %s again after the run", name)
            asking[0] -= 1
            if not asking[0]:
                self.resumed.emit(played)

        for name in names:
            # Asked after our Pause went out on the same connection, so a
            # player that took it says "Paused".
            self._ask_status(name, partial(status_known, name))

    # -- the bus -----------------------------------------------------------

    def _ask_status(self, name: str, then: Callable[[str | None], None]) -> None:
        def answered(reply: Message | None) -> None:
            value = reply.body[0] if reply is not None and reply.body else None
            status = value[1] if isinstance(value, tuple) and value[0] == "s" else None
            then(status)

        self._call(Properties(_player(name)).get("PlaybackStatus"), answered)

    def _call(self, message: Message, on_answer: OnAnswer) -> None:
        """Send ``message`` once connected; ``on_answer`` gets the return, or ``None``.

        ``None`` means an error, no answer within ``ANSWER_TIMEOUT_MS``, or no
        bus; it always comes from the event loop, never from in here.
        """
        link = self._connected()
        if link is None:
            QTimer.singleShot(0, self, lambda: on_answer(None))
        elif not self._greeted:
            self._queued.append((message, on_answer))
        else:
            self._ask(link, message, on_answer)

    def _ask(self, link: BusLink, message: Message, on_answer: OnAnswer) -> None:
        timer = QTimer(self)
        timer.setSingleShot(True)
        answered = False

        def reply(message: Message | None) -> None:
            nonlocal answered
            if answered:
                return
            answered = True
            timer.stop()
            timer.deleteLater()
            if message is not None and message.header.message_type is not MessageType.method_return:
                message = None
            on_answer(message)

        def too_late() -> None:
            link.forget(serial)
            reply(None)

        serial = link.send(message, reply)
        timer.timeout.connect(too_late)
        timer.start(ANSWER_TIMEOUT_MS)

    def _send(self, message: Message) -> None:
        """Send a call whose answer does not matter (Pause, Play)."""
        if self._link is not None:
            message.header.flags |= MessageFlag.no_reply_expected
            self._link.send(message)

    def _connected(self) -> BusLink | None:
        """Return the connection to the bus, opening it if need be; ``None``: no bus."""
        if self._link is not None and self._link.open:
            return self._link
        link = BusLink(self)
        self._link, self._greeted = link, False
        link.greeted.connect(self._greet)
        link.closed.connect(lambda: self._lost(link))
        return link if link.start(self._address, CONNECT_TIMEOUT_MS) else None

    @Slot(str)
    def _greet(self, _unique: str) -> None:
        link = self._link
        assert link is not None
        link.settle()
        self._greeted = True
        queued, self._queued = self._queued, []
        for message, on_answer in queued:
            self._ask(link, message, on_answer)

    def _lost(self, link: BusLink) -> None:
        if link is not self._link:
            return
        self._link, self._greeted = None, False
        queued, self._queued = self._queued, []
        for _message, on_answer in queued:
            QTimer.singleShot(0, self, lambda on_answer=on_answer: on_answer(None))
        link.deleteLater()


def _player(name: str) -> DBusAddress:
    return DBusAddress(OBJECT_PATH, bus_name=name, interface=PLAYER)


def add_menu_entry(menu: QMenu, prefs: QSettings, players: OtherPlayers) -> QAction:
    """Add the checkable "Pause other players during a session" to ``menu``, as last saved."""
    on = bool(prefs.value(SETTINGS_KEY, False, type=bool))
    players.set_enabled(on)
    action = menu.addAction(translate("gui.other_players", MENU_TEXT))
    action.setCheckable(True)
    action.setChecked(on)

    def turned(checked: bool) -> None:
        prefs.setValue(SETTINGS_KEY, checked)
        players.set_enabled(checked)

    action.toggled.connect(turned)
    return action
