"""Keep the screen awake while a session runs, through the desktop's D-Bus API.

A runner on the mat does not touch the keyboard for minutes, and a blank screen
hides the countdown. ``ScreenSaverInhibitor`` asks the session bus's
``org.freedesktop.ScreenSaver`` service (KDE, GNOME, Xfce and others provide
it) to hold off: ``Inhibit(app_name, reason)`` returns a ``uint32`` cookie that
``UnInhibit(cookie)`` hands back. The window calls ``inhibit`` on start and
resume and ``uninhibit`` on pause, finish and quit; both are idempotent. Where
there is no session bus or no such service, it logs one line and does nothing
else.

Nothing here waits for the desktop on the GUI thread: a wedged screen-saver
service must never freeze the countdown. ``Inhibit`` is sent asynchronously and
its answer is listened for for as long as it takes, because a cookie granted
late and then ignored would keep the screen from ever blanking; after
``INHIBIT_TIMEOUT_MS`` the runner is only told that the screen may blank. Then
the bus is asked (asynchronously too) which connection owns the service, so
that ``UnInhibit`` goes to the one that gave the cookie and never needs a
synchronous name lookup. ``UnInhibit`` must carry its cookie as a D-Bus
``uint32``, which PySide6 can only send through the typed slot of a
``QDBusInterface``; that call is synchronous, so it is made with a zero reply
timeout: it returns as soon as Qt's D-Bus thread has written the message, and
the answer (there is none worth having) is not waited for. The interface's
description, which Qt would otherwise fetch from the service with a blocking
``Introspect`` call, is taken from a local stand-in instead (see
``_teach_signature``). On quit, an ``Inhibit`` still on its way is waited for
at most ``QUIT_WAIT_MS``, so that its cookie can be handed back before exit.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QDeadlineTimer,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusError,
    QDBusInterface,
    QDBusMessage,
    QDBusPendingCall,
    QDBusPendingCallWatcher,
)

logger = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
#: Tried in order: the freedesktop path, then the older one some desktops use.
PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")

#: After this long without an answer to Inhibit, the runner is told the
#: screen may blank. The answer is still listened for, and handled when it comes.
INHIBIT_TIMEOUT_MS = 3000
#: The longest quitting waits for an answer still on its way, to give its cookie back.
QUIT_WAIT_MS = 250

# D-Bus's "no timeout" for a call; asyncCall's -1 would mean its 25 s default,
# after which a cookie that is still granted would be thrown away.
_NO_TIMEOUT = 0x7FFFFFFF

_BUS_SERVICE = "org.freedesktop.DBus"
_BUS_PATH = "/org/freedesktop/DBus"
_BUS_INTERFACE = "org.freedesktop.DBus"

# Where the stand-in describing the interface is shown, for an instant, on our
# own connection.
_SIGNATURE_PATH = "/io/github/hiptimer/ScreenSaverSignature"

# With no service on the bus at all, the other path cannot help either.
_SERVICE_GONE = frozenset(
    {
        "org.freedesktop.DBus.Error.ServiceUnknown",
        "org.freedesktop.DBus.Error.NameHasNoOwner",
        "org.freedesktop.DBus.Error.Disconnected",
    }
)


class _State(enum.Enum):
    IDLE = "idle"
    REQUESTING = "requesting"  # Inhibit sent, cookie not back yet
    LOCATING = "locating"  # cookie back, asking the bus who gave it
    ACTIVE = "active"  # holding a cookie


class _Signature(QObject):
    """The ScreenSaver interface's methods, with their D-Bus types, and nothing else.

    Exported for an instant on our own connection so that QtDBus learns the
    interface from it (a local call) instead of asking the desktop.
    """

    @Slot(str, str, result="uint")
    def Inhibit(self, app_name: str, reason: str) -> int:  # noqa: N802 - D-Bus naming
        """Never called: only its signature, ``(ss) -> u``, is used."""
        return 0

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:  # noqa: N802 - D-Bus naming
        """Never called: only its signature, ``(u)``, is used."""


class ScreenSaverInhibitor(QObject):
    """Ask the desktop not to blank the screen, and to stop asking.

    Signals:
        active_changed(bool): the desktop granted the inhibition (True) or it
            was given back (False). Not emitted when nothing was granted.
    """

    active_changed = Signal(bool)

    def __init__(
        self,
        app_name: str = "hiptimer",
        connection: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Prepare; the bus is not touched until the first ``inhibit``.

        ``connection`` defaults to the session bus; tests pass their own.
        """
        super().__init__(parent)
        self._app_name = app_name
        self._connection = connection
        self._state = _State.IDLE
        self._wanted = False
        self._cookie: int | None = None
        self._owner = ""
        self._path = PATHS[0]
        self._reason = ""
        self._told_unavailable = False
        self._signature_known = False
        # The one call in flight (Inhibit or the owner's lookup), what handles
        # its answer, and the path Inhibit went to. They are kept here rather
        # than bound into a lambda: with PySide6 6.11, a lambda connected to a
        # watcher that is then deleteLater()'d crashes the interpreter once the
        # watcher goes.
        self._pending: QDBusPendingCallWatcher | None = None
        self._on_answer: Callable[[QDBusPendingCallWatcher], None] | None = None
        self._pending_path_index = 0
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.timeout.connect(self._on_slow)
        app = QCoreApplication.instance()
        if app is not None:
            # Belt and braces: the window uninhibits on quit, but an inhibition
            # must never outlive the app.
            app.aboutToQuit.connect(self.release_before_exit)

    @property
    def active(self) -> bool:
        """Whether the desktop currently holds an inhibition for us."""
        return self._state is _State.ACTIVE

    @property
    def cookie(self) -> int | None:
        """The cookie the desktop gave, while one is held."""
        return self._cookie

    @Slot(str)
    def inhibit(self, reason: str) -> None:
        """Ask the desktop to keep the screen on; again while asked is a no-op."""
        self._wanted = True
        self._reason = reason
        if self._state is _State.IDLE:
            self._request(0)

    @Slot()
    def uninhibit(self) -> None:
        """Let the screen blank again; without an inhibition this does nothing."""
        self._wanted = False
        if self._state is _State.ACTIVE:
            self._release()
        # REQUESTING, LOCATING: released as soon as the answer arrives.

    @Slot()
    def release_before_exit(self) -> None:
        """Give the screen back before the app exits, waiting at most ``QUIT_WAIT_MS``.

        An answer still on its way is waited for (a granted cookie must go
        back), but not past the bound: a desktop that does not answer lets go
        of what it granted anyway once our connection to the bus closes.
        """
        self._wanted = False
        deadline = QDeadlineTimer(QUIT_WAIT_MS)
        while self._pending is not None and not deadline.hasExpired():
            watcher = self._pending
            if watcher.isFinished():
                # The event loop will not run again to deliver it: handle it
                # here (its queued signal, if ever delivered, is then ignored).
                self._answered(watcher)
            else:
                QThread.msleep(1)
        if self._pending is not None:
            logger.info(
                "screen saver did not answer within %d ms of quitting; not waiting longer",
                QUIT_WAIT_MS,
            )
        self.uninhibit()

    # -- internals ----------------------------------------------------------

    def _bus(self) -> QDBusConnection:
        if self._connection is None:
            self._connection = QDBusConnection.sessionBus()
        return self._connection

    def _unavailable(self, why: str) -> None:
        if self._told_unavailable:
            logger.debug("screen saver not inhibited: %s", why)
        else:
            logger.info("screen saver cannot be inhibited, the screen may blank: %s", why)
            self._told_unavailable = True

    def _call(
        self, pending: QDBusPendingCall, on_answer: Callable[[QDBusPendingCallWatcher], None]
    ) -> None:
        watcher = QDBusPendingCallWatcher(pending, self)
        watcher.finished.connect(self._answered)
        self._pending = watcher
        self._on_answer = on_answer

    @Slot(QDBusPendingCallWatcher)
    def _answered(self, watcher: QDBusPendingCallWatcher) -> None:
        if watcher is not self._pending or self._on_answer is None:
            return  # already handled (by release_before_exit)
        on_answer = self._on_answer
        self._pending = None
        self._on_answer = None
        watcher.deleteLater()
        on_answer(watcher)

    def _request(self, path_index: int) -> None:
        bus = self._bus()
        if not bus.isConnected():
            self._unavailable(f"no D-Bus session bus ({bus.lastError().message() or 'none'})")
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATHS[path_index], INTERFACE, "Inhibit")
        message.setArguments([self._app_name, self._reason])
        self._call(bus.asyncCall(message, _NO_TIMEOUT), self._on_inhibit_reply)
        self._pending_path_index = path_index
        self._state = _State.REQUESTING
        self._slow.start(INHIBIT_TIMEOUT_MS)

    @Slot()
    def _on_slow(self) -> None:
        if self._state is _State.REQUESTING:
            self._unavailable(
                f"no answer to Inhibit after {INHIBIT_TIMEOUT_MS} ms (still listening for one)"
            )

    def _on_inhibit_reply(self, watcher: QDBusPendingCallWatcher) -> None:
        path_index = self._pending_path_index
        if watcher.isError():
            error: QDBusError = watcher.error()
            if error.name() not in _SERVICE_GONE and path_index + 1 < len(PATHS):
                logger.debug(
                    "Inhibit at %s failed (%s); trying the next path",
                    PATHS[path_index],
                    error.name(),
                )
                self._request(path_index + 1)
                return
            self._slow.stop()
            self._state = _State.IDLE
            self._unavailable(f"{error.name()}: {error.message()}")
            return
        self._slow.stop()
        arguments = watcher.reply().arguments()
        if not arguments or not isinstance(arguments[0], int):
            self._state = _State.IDLE
            self._unavailable(f"unexpected Inhibit reply {arguments!r}")
            return
        self._cookie = int(arguments[0])
        self._path = PATHS[path_index]
        # Who gave it: UnInhibit goes to that connection by its unique name,
        # which needs no lookup when the call is made.
        lookup = QDBusMessage.createMethodCall(_BUS_SERVICE, _BUS_PATH, _BUS_INTERFACE,
                                               "GetNameOwner")
        lookup.setArguments([SERVICE])
        self._call(self._bus().asyncCall(lookup, _NO_TIMEOUT), self._on_owner_reply)
        self._state = _State.LOCATING

    def _on_owner_reply(self, watcher: QDBusPendingCallWatcher) -> None:
        arguments = [] if watcher.isError() else watcher.reply().arguments()
        if not arguments or not isinstance(arguments[0], str) or not arguments[0]:
            # The service left the bus since it answered: its inhibitions went with it.
            logger.info(
                "screen saver service gone since it answered, cookie %s dropped: %s",
                self._cookie,
                watcher.error().message() if watcher.isError() else repr(arguments),
            )
            self._cookie = None
            self._state = _State.IDLE
            return
        self._owner = arguments[0]
        self._state = _State.ACTIVE
        logger.debug(
            "screen saver inhibited by %s at %s, cookie %d", self._owner, self._path, self._cookie
        )
        if self._wanted:
            self.active_changed.emit(True)
        else:
            # uninhibit() came while the request was on its way.
            self._release(announce=False)

    def _release(self, announce: bool = True) -> None:
        cookie, self._cookie = self._cookie, None
        self._state = _State.IDLE
        if cookie is not None:
            self._send_uninhibit(cookie)
        if announce:
            self.active_changed.emit(False)

    def _teach_signature(self) -> bool:
        """Let QtDBus know the interface's types without asking the desktop.

        A ``QDBusInterface`` needs the interface's description to type its
        calls, and fetches it from the service with a blocking ``Introspect``
        (25 s against a hung desktop) unless the connection already has it;
        the connection keeps one description per interface name, whoever it
        came from. Introspecting a stand-in on our own connection is a local
        call, so it fills that cache at once. The stand-in is withdrawn
        straight away.
        """
        if self._signature_known:
            return True
        bus = self._bus()
        stand_in = _Signature(self)
        if not bus.registerObject(
            _SIGNATURE_PATH, INTERFACE, stand_in, QDBusConnection.RegisterOption.ExportAllSlots
        ):
            logger.info("cannot describe %s locally: %s", INTERFACE, bus.lastError().message())
            stand_in.deleteLater()
            return False
        local = QDBusInterface(bus.baseService(), _SIGNATURE_PATH, INTERFACE, bus)
        bus.unregisterObject(_SIGNATURE_PATH)
        stand_in.deleteLater()
        self._signature_known = (
            local.isValid() and local.metaObject().indexOfMethod("UnInhibit(uint)") >= 0
        )
        if not self._signature_known:
            logger.info("cannot describe %s locally: %s", INTERFACE, local.lastError().message())
        return self._signature_known

    def _send_uninhibit(self, cookie: int) -> None:
        # The cookie is a D-Bus uint32. A Python int in a QDBusMessage goes out
        # as int32 or int64, which the desktops reject (PySide6 has no way to
        # type it), so call through the typed UnInhibit slot of an interface.
        # Its description is already known (_teach_signature) and its service
        # is a unique name, so making it asks nothing of the bus; the call is
        # sent with a zero reply timeout, so it waits only for Qt's own D-Bus
        # thread to write it, not for the desktop to answer.
        if not self._teach_signature():
            logger.info("UnInhibit(%d) not sent: its argument type is unknown", cookie)
            return
        interface = QDBusInterface(self._owner, self._path, INTERFACE, self._bus())
        interface.setTimeout(0)
        sent = QMetaObject.invokeMethod(
            interface, "UnInhibit", Qt.ConnectionType.DirectConnection, Q_ARG("uint", cookie)
        )
        if sent:
            logger.debug("UnInhibit(%d) sent to %s at %s", cookie, self._owner, self._path)
        else:
            logger.info("UnInhibit(%d) not sent to %s", cookie, self._owner)
