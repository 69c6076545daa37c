"""Pause the other MPRIS players for a session, on a private D-Bus daemon.

The bus is a ``dbus-daemon`` of the test's own (the fixture of
``test_mpris.py``). The other players are fakes made here: each a jeepney
connection of its own (through ``BusLink``, so it answers from the event loop
this test turns) that owns an ``org.mpris.MediaPlayer2.*`` name, says its
``PlaybackStatus`` and writes down the calls it gets. hiptimer's own MPRIS
player is on the bus too, playing while the run does, and must be left alone.
The run is a ``MainWindow``'s, offscreen, on a fake clock.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jeepney import (
    DBusAddress,
    HeaderFields,
    Message,
    MessageType,
    Properties,
    message_bus,
    new_method_return,
)
from PySide6.QtCore import QSettings

from hiptimer.gui import other_players
from hiptimer.gui.bus_link import BusLink
from hiptimer.gui.mpris import MprisPlayer
from hiptimer.gui.other_players import OtherPlayers, add_menu_entry
from hiptimer.gui.window import MainWindow
from hiptimer.history import History
from hiptimer.runner import RunState
from hiptimer.session import loads
from tests.gui.test_mpris import CLIENT_TIMEOUT_MS, bus_address

__all__ = ["bus_address"]  # the private bus's fixture, shared with test_mpris.py

SESSION = """
name = "Quiet test"
get_ready = 5

[[moves]]
move = "clam-shell"
reps = 3
"""
PREFIX = "org.mpris.MediaPlayer2."


class FakePlayer:
    """An MPRIS player with nothing but a status, Play and Pause; ``calls`` is what it got."""

    def __init__(self, qtbot: Any, address: str, name: str, status: str,
                 answers: bool = True) -> None:
        self.name = PREFIX + name
        self.status = status
        self.answers = answers
        self.calls: list[str] = []
        self.owned = False
        self.link = BusLink()
        self.link.greeted.connect(lambda _unique: self.link.send(
            message_bus.RequestName(self.name), self._named))
        self.link.called.connect(self._called)
        assert self.link.start(address, CLIENT_TIMEOUT_MS)
        qtbot.waitUntil(lambda: self.owned, timeout=CLIENT_TIMEOUT_MS)

    def _named(self, reply: Message) -> None:
        assert reply.header.message_type is MessageType.method_return
        self.owned = True

    def _called(self, message: Message) -> None:
        if not self.answers:
            return  # a player that hangs
        member = message.header.fields.get(HeaderFields.member)
        self.calls.append(member)
        if member == "Get" and tuple(message.body) == (other_players.PLAYER, "PlaybackStatus"):
            self.link.send(new_method_return(message, "v", (("s", self.status),)))
            return
        if member == "Pause" and self.status == "Playing":
            self.status = "Paused"
        elif member == "Play":
            self.status = "Playing"
        self.link.send(new_method_return(message))

    @property
    def told(self) -> list[str]:
        """The calls other than the status question."""
        return [call for call in self.calls if call != "Get"]


@pytest.fixture
def window(qtbot: Any, clock: Any) -> Iterator[MainWindow]:
    history = History.in_memory()
    win = MainWindow(loads(SESSION, "quiet.toml"), now=clock, history=history)
    qtbot.addWidget(win)
    win.complete()
    yield win
    win.run.set_plan(win.app.plan)
    history.close()


@pytest.fixture
def hiptimer_player(qtbot: Any, window: MainWindow, bus_address: str) -> Iterator[MprisPlayer]:
    remote = MprisPlayer(window.run, window)
    with qtbot.waitSignal(remote.name_owned, timeout=CLIENT_TIMEOUT_MS):
        remote.start(bus_address)
    yield remote
    remote.close()


@pytest.fixture
def fakes(qtbot: Any, bus_address: str) -> Iterator[tuple[FakePlayer, FakePlayer]]:
    music = FakePlayer(qtbot, bus_address, "music", "Playing")
    podcast = FakePlayer(qtbot, bus_address, "podcast", "Paused")
    yield music, podcast
    music.link.close()
    podcast.link.close()


@pytest.fixture
def others(window: MainWindow, hiptimer_player: MprisPlayer, bus_address: str,
           tmp_path: Path) -> Iterator[OtherPlayers]:
    other = OtherPlayers(window.run, lambda: [hiptimer_player.bus_name], bus_address, window)
    prefs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    action = add_menu_entry(window.view_menu, prefs, other)
    assert not action.isChecked() and not other.enabled  # off by default
    action.setChecked(True)
    assert prefs.value(other_players.SETTINGS_KEY, type=bool) is True
    assert add_menu_entry(window.view_menu, prefs, other).isChecked()  # remembered
    yield other
    other.close()


def _statuses(qtbot: Any, address: str, *names: str) -> list[str]:
    """Ask the players ``names`` their status on a connection of the test's own."""
    probe = BusLink()
    answers: dict[str, str] = {}

    def ask(_unique: str) -> None:
        for name in names:
            probe.send(Properties(DBusAddress(other_players.OBJECT_PATH, name,
                                              other_players.PLAYER)).get("PlaybackStatus"),
                       lambda reply, name=name: answers.__setitem__(name, reply.body[0][1]))

    probe.greeted.connect(ask)
    assert probe.start(address, CLIENT_TIMEOUT_MS)
    try:
        qtbot.waitUntil(lambda: len(answers) == len(names), timeout=CLIENT_TIMEOUT_MS)
    finally:
        probe.close()
    return [answers[name] for name in names]


def _finish(window: MainWindow) -> None:
    adapter = window.run.adapter
    while adapter.runner.state is not RunState.FINISHED:
        adapter.skip()


def test_pauses_only_what_plays_and_plays_it_again_at_the_finish(
    qtbot: Any, window: MainWindow, others: OtherPlayers, fakes: tuple[FakePlayer, FakePlayer],
    hiptimer_player: MprisPlayer, clock: Any,
    bus_address: str
) -> None:
    music, podcast = fakes
    with qtbot.waitSignal(others.paused, timeout=CLIENT_TIMEOUT_MS) as paused:
        window.start_or_toggle()
    assert paused.args == [[music.name]]
    qtbot.waitUntil(lambda: music.told == ["Pause"], timeout=CLIENT_TIMEOUT_MS)
    assert music.status == "Paused"
    assert podcast.told == [] and podcast.status == "Paused"
    # hiptimer's own player plays too, and is left to play.
    assert _statuses(qtbot, bus_address, hiptimer_player.bus_name) == ["Playing"]
    assert window.run.running()

    # Pausing and resuming the run, or restarting it, is the same session.
    window.run.pause_or_resume()
    window.run.pause_or_resume()
    window.run.restart()
    clock.advance(3)
    window.run.adapter.wake()
    assert others.remembered == [music.name]

    with qtbot.waitSignal(others.resumed, timeout=CLIENT_TIMEOUT_MS) as resumed:
        _finish(window)
    assert resumed.args == [[music.name]]
    qtbot.waitUntil(lambda: music.status == "Playing", timeout=CLIENT_TIMEOUT_MS)
    assert music.told == ["Pause", "Play"] and podcast.told == []


def test_a_stop_plays_it_again_unless_the_runner_did_already(
    qtbot: Any, window: MainWindow, others: OtherPlayers, fakes: tuple[FakePlayer, FakePlayer],
    bus_address: str
) -> None:
    music, podcast = fakes
    radio = FakePlayer(qtbot, bus_address, "radio", "Playing")
    with qtbot.waitSignal(others.paused, timeout=CLIENT_TIMEOUT_MS) as paused:
        window.start_or_toggle()
    assert sorted(paused.args[0]) == [music.name, radio.name]
    qtbot.waitUntil(lambda: radio.told == ["Pause"], timeout=CLIENT_TIMEOUT_MS)
    radio.status = "Playing"  # the runner put the radio back on by hand

    with qtbot.waitSignal(others.resumed, timeout=CLIENT_TIMEOUT_MS) as resumed:
        window.run.stop()  # under a minute in: no question
    assert resumed.args == [[music.name]]
    qtbot.waitUntil(lambda: music.told == ["Pause", "Play"], timeout=CLIENT_TIMEOUT_MS)
    assert radio.told == ["Pause"] and podcast.told == []
    assert window.run.adapter.runner.state is RunState.READY
    radio.link.close()


def test_a_player_that_does_not_answer_or_has_gone_is_skipped(
    qtbot: Any, window: MainWindow, others: OtherPlayers, fakes: tuple[FakePlayer, FakePlayer],
    bus_address: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(other_players, "ANSWER_TIMEOUT_MS", 150)
    music, _podcast = fakes
    hung = FakePlayer(qtbot, bus_address, "hung", "Playing", answers=False)
    with qtbot.waitSignal(others.paused, timeout=CLIENT_TIMEOUT_MS) as paused:
        window.start_or_toggle()
    assert paused.args == [[music.name]]
    music.link.close()  # quit while paused

    with qtbot.waitSignal(others.resumed, timeout=CLIENT_TIMEOUT_MS) as resumed:
        window.run.set_plan(window.app.plan)  # abandoned: another session picked
    assert resumed.args == [[]]
    hung.link.close()


def test_off_nothing_is_asked_or_sent(
    qtbot: Any, window: MainWindow, others: OtherPlayers, fakes: tuple[FakePlayer, FakePlayer],
    bus_address: str
) -> None:
    others.set_enabled(False)
    music, podcast = fakes
    window.start_or_toggle()
    with qtbot.waitSignal(others.resumed, timeout=CLIENT_TIMEOUT_MS) as resumed:
        _finish(window)
    assert resumed.args == [[]]
    # A question of the test's own goes round: anything sent before it is in.
    assert _statuses(qtbot, bus_address, music.name, podcast.name) == ["Playing", "Paused"]
    assert music.calls == podcast.calls == ["Get"]
    assert music.status == "Playing"


def test_no_bus_is_nothing_and_no_word(
    qtbot: Any, window: MainWindow, caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    caplog.set_level(logging.INFO)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    for address in (None, f"unix:path={tmp_path / 'no-bus'}"):
        other = OtherPlayers(window.run, list, address, window)
        other.set_enabled(True)
        with qtbot.waitSignal(other.paused, timeout=CLIENT_TIMEOUT_MS) as paused:
            window.start_or_toggle()
        assert paused.args == [[]]
        with qtbot.waitSignal(other.resumed, timeout=CLIENT_TIMEOUT_MS):
            window.run.stop()
        other.close()
    assert window.run.adapter.runner.state is RunState.READY
    assert caplog.records == []
