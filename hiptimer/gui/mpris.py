"""hiptimer as an MPRIS media player, so earbuds, media keys, the desktop and a phone drive a run.

While the app is open, ``MprisPlayer`` owns ``org.mpris.MediaPlayer2.hiptimer``
on the session bus (a second instance takes
``org.mpris.MediaPlayer2.hiptimer.instance<PID>``, as MPRIS asks) and serves
``/org/mpris/MediaPlayer2`` with the ``org.mpris.MediaPlayer2`` and
``org.mpris.MediaPlayer2.Player`` interfaces. Play, Pause and PlayPause pause
and resume the run (PlayPause also says "done" on self-paced reps, as Space
does), Next skips, Previous goes back, Stop stops it; the current phase is the
"track". Everything goes through the run's controller, and a call that makes
no sense now (Next on the finish screen, Play while playing) is ignored.

It speaks D-Bus through ``jeepney``, not QtDBus. Tried with playerctl,
PySide6's ``QDBusAbstractAdaptor`` does export properties, but the types MPRIS
asks for are out of reach from Python: ``mpris:length`` inside ``Metadata``
must be an ``int64``, and PySide6 turns every Python int that fits in 32 bits
into an ``int32`` with no way to say otherwise (playerctl then refuses it:
"function duration can only be called on track position values"); and
``PropertiesChanged``, which QtDBus does not send for adaptors, built by hand
sends its empty list of invalidated names as ``av``, not ``as``, so GDBus
clients (playerctl, and GNOME Shell and GSConnect use the same code) drop
every change with a warning, unless that list is hand-built as a
``QDBusArgument``. jeepney is pure Python, small and kept up, and every body
it writes carries the D-Bus signature we give it.
``hiptimer.gui.bus_link`` drives it from the event loop over a non-blocking
socket: the desktop is never waited for, no thread is needed, and the
handshake up to owning the name is bounded by ``CONNECT_TIMEOUT_MS``, after
which the player gives up without a word. No session bus at all: nothing
happens, and the app runs as before.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    Message,
    MessageFlag,
    MessageType,
    message_bus,
    new_error,
    new_method_return,
    new_signal,
)
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from hiptimer import views
from hiptimer.gui.bus_link import BusLink
from hiptimer.plan import PhaseKind
from hiptimer.runner import RunState

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hiptimer.gui.controllers.run import RunController

logger = logging.getLogger(__name__)

BUS_NAME = "org.mpris.MediaPlayer2.hiptimer"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
ROOT = "org.mpris.MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
PROPERTIES = "org.freedesktop.DBus.Properties"
INTROSPECTABLE = "org.freedesktop.DBus.Introspectable"
PEER = "org.freedesktop.DBus.Peer"
IDENTITY = "hiptimer"
DESKTOP_ENTRY = "io.github.hiptimer"
#: Each phase of the plan is a track; its id is this and the phase's index.
TRACK_PREFIX = "/io/github/hiptimer/phase/"

#: From the socket's connect to owning the name: past this, the player gives up.
CONNECT_TIMEOUT_MS = 3000

_DO_NOT_QUEUE = 4
_PRIMARY_OWNER, _ALREADY_OWNER = 1, 4

_STATUS = {
    RunState.READY: "Stopped",
    RunState.RUNNING: "Playing",
    RunState.PAUSED: "Paused",
    RunState.FINISHED: "Stopped",
}

# The arguments each player method takes; any other call of it is refused.
_PLAYER_METHODS = {"Next": "", "Previous": "", "Pause": "", "PlayPause": "", "Stop": "",
                   "Play": "", "Seek": "x", "SetPosition": "ox", "OpenUri": "s"}

_INTROSPECTION = """<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
  <interface name="org.mpris.MediaPlayer2">
    <method name="Raise"/>
    <method name="Quit"/>
    <property name="CanQuit" type="b" access="read"/>
    <property name="CanRaise" type="b" access="read"/>
    <property name="HasTrackList" type="b" access="read"/>
    <property name="Identity" type="s" access="read"/>
    <property name="DesktopEntry" type="s" access="read"/>
    <property name="SupportedUriSchemes" type="as" access="read"/>
    <property name="SupportedMimeTypes" type="as" access="read"/>
  </interface>
  <interface name="org.mpris.MediaPlayer2.Player">
    <method name="Next"/>
    <method name="Previous"/>
    <method name="Pause"/>
    <method name="PlayPause"/>
    <method name="Stop"/>
    <method name="Play"/>
    <method name="Seek"><arg name="Offset" type="x" direction="in"/></method>
    <method name="SetPosition">
      <arg name="TrackId" type="o" direction="in"/>
      <arg name="Position" type="x" direction="in"/>
    </method>
    <method name="OpenUri"><arg name="Uri" type="s" direction="in"/></method>
    <signal name="Seeked"><arg name="Position" type="x"/></signal>
    <property name="PlaybackStatus" type="s" access="read"/>
    <property name="Rate" type="d" access="read"/>
    <property name="Metadata" type="a{sv}" access="read"/>
    <property name="Volume" type="d" access="read"/>
    <property name="Position" type="x" access="read"/>
    <property name="MinimumRate" type="d" access="read"/>
    <property name="MaximumRate" type="d" access="read"/>
    <property name="CanGoNext" type="b" access="read"/>
    <property name="CanGoPrevious" type="b" access="read"/>
    <property name="CanPlay" type="b" access="read"/>
    <property name="CanPause" type="b" access="read"/>
    <property name="CanSeek" type="b" access="read"/>
    <property name="CanControl" type="b" access="read"/>
  </interface>
  <interface name="org.freedesktop.DBus.Properties">
    <method name="Get">
      <arg name="interface_name" type="s" direction="in"/>
      <arg name="property_name" type="s" direction="in"/>
      <arg name="value" type="v" direction="out"/>
    </method>
    <method name="GetAll">
      <arg name="interface_name" type="s" direction="in"/>
      <arg name="properties" type="a{sv}" direction="out"/>
    </method>
    <method name="Set">
      <arg name="interface_name" type="s" direction="in"/>
      <arg name="property_name" type="s" direction="in"/>
      <arg name="value" type="v" direction="in"/>
    </method>
    <signal name="PropertiesChanged">
      <arg name="interface_name" type="s"/>
      <arg name="changed_properties" type="a{sv}"/>
      <arg name="invalidated_properties" type="as"/>
    </signal>
  </interface>
  <interface name="org.freedesktop.DBus.Introspectable">
    <method name="Introspect"><arg name="xml_data" type="s" direction="out"/></method>
  </interface>
  <interface name="org.freedesktop.DBus.Peer">
    <method name="Ping"/>
  </interface>
</node>
"""

# A D-Bus value with its signature, as jeepney writes a variant.
Variant = tuple[str, Any]


class _Refused(Exception):
    """A call answered with a D-Bus error."""

    def __init__(self, name: str, text: str) -> None:
        super().__init__(text)
        self.name = f"org.freedesktop.DBus.Error.{name}"
        self.text = text


class MprisPlayer(QObject):
    """The run, offered to the desktop as an MPRIS media player.

    ``run`` is the run's controller, read and driven through its slots;
    ``window`` is what Raise brings forward and Quit closes.

    Signals:
        name_owned(str): the bus name is ours (``BUS_NAME`` or an instance name).
        closed(): the connection to the bus ended (or never came to be).
    """

    name_owned = Signal(str)
    closed = Signal()

    def __init__(self, run: RunController, window: QWidget, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._run = run
        self._window = window
        self._link = BusLink(self)
        self._link.greeted.connect(lambda _unique: self._ask_for(BUS_NAME))
        self._link.called.connect(self._handle)
        self._link.closed.connect(self._closed)
        self._asking = False  # a Stop's question is on screen
        self.bus_name = ""
        self._shown: tuple[object, RunState, int] | None = None
        self._sent: dict[str, Variant] = {}
        run.adapter.refreshed.connect(self._follow)

    @property
    def serving(self) -> bool:
        """Whether the player is on the bus under its name."""
        return bool(self.bus_name) and self._link.open

    def start(self, address: str | None = None) -> bool:
        """Connect to the bus at ``address`` (the session bus by default) and take the name.

        Returns at once: ``False`` when there is no bus to connect to (and
        then nothing is said), else ``True``; the handshake and the name
        follow from the event loop, and ``name_owned`` says when they are done.
        """
        return self._link.start(address, CONNECT_TIMEOUT_MS)

    @Slot()
    def close(self) -> None:
        """Leave the bus (the name goes with the connection)."""
        self._link.close()

    @Slot()
    def _closed(self) -> None:
        self.bus_name = ""
        self.closed.emit()

    def _ask_for(self, name: str) -> None:
        self._link.send(message_bus.RequestName(name, _DO_NOT_QUEUE),
                        lambda reply: self._named(name, reply))

    def _named(self, name: str, reply: Message) -> None:
        code = reply.body[0] if reply.header.message_type is MessageType.method_return else 0
        if code in (_PRIMARY_OWNER, _ALREADY_OWNER):
            self._link.settle()
            self.bus_name = name
            self._shown = None
            self._follow(announce=False)  # clients ask for everything when we appear
            logger.debug("MPRIS player on the session bus as %s", name)
            self.name_owned.emit(name)
        elif name == BUS_NAME:
            # Another hiptimer has it: MPRIS's name for a second instance.
            self._ask_for(f"{BUS_NAME}.instance{os.getpid()}")
        else:
            logger.info("not an MPRIS player: cannot own %s (answer %r)", name, reply.body)
            self._link.close()

    # -- calls from the bus -----------------------------------------------

    @Slot(object)
    def _handle(self, message: Message) -> None:
        try:
            reply = self._answer(message)
        except _Refused as refusal:
            reply = new_error(message, refusal.name, "s", (refusal.text,))
        except Exception:
            # A bug here must not leave the caller waiting for an answer, nor
            # take the run down with it.
            logger.exception("MPRIS call %s failed", message.header.fields)
            reply = new_error(message, "org.freedesktop.DBus.Error.Failed", "s",
                              ("hiptimer could not do that",))
        if not message.header.flags & MessageFlag.no_reply_expected:
            self._link.send(reply)

    def _answer(self, message: Message) -> Message:
        fields = message.header.fields
        path = fields.get(HeaderFields.path, "")
        interface = fields.get(HeaderFields.interface, "")
        member = fields.get(HeaderFields.member, "")
        signature = fields.get(HeaderFields.signature, "")
        if path != OBJECT_PATH:
            if interface in ("", INTROSPECTABLE) and member == "Introspect":
                return new_method_return(message, "s", (_ancestor_node(path),))
            raise _Refused("UnknownObject", f"no object at {path}")
        if not interface:
            interface = _interface_of(member)
        if interface == PROPERTIES:
            return self._properties_call(message, member, signature)
        if interface == INTROSPECTABLE and member == "Introspect":
            return new_method_return(message, "s", (_INTROSPECTION,))
        if interface == PEER and member == "Ping":
            return new_method_return(message)
        if interface == ROOT and member in ("Raise", "Quit") and not signature:
            self._root_call(member)
            return new_method_return(message)
        if interface == PLAYER and _PLAYER_METHODS.get(member) == signature:
            self._player_call(member)
            return new_method_return(message)
        raise _Refused("UnknownMethod", f"no method {interface}.{member}({signature})")

    def _properties_call(self, message: Message, member: str, signature: str) -> Message:
        if member == "Get" and signature == "ss":
            interface, name = message.body
            value = self._properties(interface).get(name)
            if value is None:
                raise _Refused("UnknownProperty", f"no property {interface}.{name}")
            return new_method_return(message, "v", (value,))
        if member == "GetAll" and signature == "s":
            return new_method_return(message, "a{sv}", (self._properties(message.body[0]),))
        if member == "Set" and signature == "ssv":
            raise _Refused("PropertyReadOnly", "hiptimer's properties cannot be set")
        raise _Refused("UnknownMethod", f"no method {PROPERTIES}.{member}({signature})")

    def _properties(self, interface: str) -> dict[str, Variant]:
        if interface == ROOT:
            return {
                "CanQuit": ("b", True),
                "CanRaise": ("b", True),
                "HasTrackList": ("b", False),
                "Identity": ("s", IDENTITY),
                "DesktopEntry": ("s", DESKTOP_ENTRY),
                "SupportedUriSchemes": ("as", []),
                "SupportedMimeTypes": ("as", []),
            }
        if interface == PLAYER:
            return self._player_properties()
        raise _Refused("UnknownInterface", f"no interface {interface}")

    def _root_call(self, member: str) -> None:
        window = self._window
        if member == "Raise":
            if window.isMinimized():
                window.showNormal()
            window.raise_()
            window.activateWindow()
        else:
            # After the answer has gone: closing the window ends the app.
            QTimer.singleShot(0, window.close)

    def _player_call(self, member: str) -> None:
        run = self._run
        if self._asking:
            return  # the runner is being asked whether to stop: the screen decides
        state = run.adapter.runner.state
        if member == "PlayPause":
            run.toggle()  # as Space: start, pause, resume, or "done" on self-paced reps
        elif member == "Play" and state in (RunState.READY, RunState.PAUSED):
            run.toggle()
        elif member == "Pause":
            run.pause_if_running()
        elif member == "Next" and run.can_stop():
            run.adapter.skip()
        elif member == "Previous" and run.can_stop():
            run.adapter.back()
        elif member == "Stop" and run.can_stop():
            # Stopping after a minute asks first, in a dialog with its own
            # event loop: asked from the event loop, after the answer has gone.
            QTimer.singleShot(0, self, self._stop)
        # Seek, SetPosition, OpenUri: CanSeek is false and no URI is played.

    @Slot()
    def _stop(self) -> None:
        self._asking = True
        try:
            self._run.stop()
        finally:
            self._asking = False

    # -- what the desktop shows --------------------------------------------

    def _player_properties(self) -> dict[str, Variant]:
        runner = self._run.adapter.runner
        state = runner.state
        under_way = state in (RunState.RUNNING, RunState.PAUSED)
        return {
            "PlaybackStatus": ("s", _STATUS[state]),
            "Rate": ("d", 1.0),
            "MinimumRate": ("d", 1.0),
            "MaximumRate": ("d", 1.0),
            "Volume": ("d", 1.0),
            "Metadata": ("a{sv}", self._metadata()),
            "Position": ("x", round(runner.elapsed() * 1_000_000)),
            "CanGoNext": ("b", under_way and runner.phase.kind is not PhaseKind.DONE),
            "CanGoPrevious": ("b", under_way),
            "CanPlay": ("b", state is not RunState.FINISHED),
            "CanPause": ("b", under_way),
            "CanSeek": ("b", False),
            "CanControl": ("b", True),
        }

    def _metadata(self) -> dict[str, Variant]:
        runner = self._run.adapter.runner
        plan, index = runner.plan, runner.index
        metadata: dict[str, Variant] = {
            "mpris:trackid": ("o", f"{TRACK_PREFIX}{index}"),
            "xesam:title": ("s", views.phase_view(plan, index).heading),
            "xesam:album": ("s", plan.session.name),
        }
        if runner.duration is not None:
            metadata["mpris:length"] = ("x", round(runner.duration * 1_000_000))
        move = runner.phase.move
        if move is not None and move.images and Path(move.images[0]).is_absolute():
            metadata["mpris:artUrl"] = ("s", Path(move.images[0]).as_uri())
        return metadata

    @Slot()
    def _follow(self, announce: bool = True) -> None:
        """Tell the desktop what changed: the state, the phase, the plan."""
        if not self.serving:
            return
        runner = self._run.adapter.runner
        # The runner itself is in the key (a new plan makes a new runner);
        # this runs at every refresh, so it is a cheap comparison first.
        shown = (runner, runner.state, runner.index)
        if shown == self._shown:
            return
        self._shown = shown
        now = self._player_properties()
        del now["Position"]  # never announced: clients ask for it
        changed = {name: value for name, value in now.items() if self._sent.get(name) != value}
        self._sent = now
        if changed and announce:
            emitter = DBusAddress(OBJECT_PATH, interface=PROPERTIES)
            self._link.send(new_signal(emitter, "PropertiesChanged", "sa{sv}as",
                                  (PLAYER, changed, [])))


def _interface_of(member: str) -> str:
    """Return the interface a call without one means (D-Bus allows leaving it out)."""
    if member in _PLAYER_METHODS:
        return PLAYER
    if member in ("Raise", "Quit"):
        return ROOT
    if member in ("Get", "GetAll", "Set"):
        return PROPERTIES
    if member == "Introspect":
        return INTROSPECTABLE
    return PEER if member == "Ping" else ""


def _ancestor_node(path: str) -> str:
    """Return the introspection of a path above ours: the next step down towards it."""
    prefix = "/" if path == "/" else path + "/"
    if not OBJECT_PATH.startswith(prefix):
        raise _Refused("UnknownObject", f"no object at {path}")
    child = OBJECT_PATH[len(prefix):].split("/", 1)[0]
    return f'<node><node name="{child}"/></node>'
