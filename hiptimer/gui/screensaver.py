"""Keep the screen awake while a session runs, through the desktop's D-Bus API.

A runner on the mat does not touch the keyboard for minutes, and a blank screen
hides the countdown. ``ScreenSaverInhibitor`` asks the session bus's
``org.freedesktop.ScreenSaver`` service (KDE, GNOME, Xfce and others provide
it) to hold off: ``Inhibit(app_name, reason)`` returns a ``uint32`` cookie that
``UnInhibit(cookie)`` hands back. The window calls ``inhibit`` on start and
resume and ``uninhibit`` on pause, finish and quit; both are idempotent. Where
there is no session bus or no such service, it logs one line and does nothing
else. ``Inhibit`` is sent asynchronously, so starting never waits on the
desktop. ``UnInhibit`` must carry its cookie as an unsigned 32-bit integer,
which PySide6 can only send through the typed call of a ``QDBusInterface``; that
call is synchronous, so it is bounded by a short timeout.
"""

from __future__ import annotations

import enum
import logging

from PySide6.QtCore import Q_ARG, QCoreApplication, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusError,
    QDBusInterface,
    QDBusMessage,
    QDBusPendingCallWatcher,
)

logger = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
#: Tried in order: the freedesktop path, then the older one some desktops use.
PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")

#: Inhibit is asynchronous; this only bounds how long an answer is awaited.
INHIBIT_TIMEOUT_MS = 3000
#: UnInhibit blocks the caller (see the module docstring), so keep it short.
UNINHIBIT_TIMEOUT_MS = 500

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
    ACTIVE = "active"  # holding a cookie


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
        self._path = PATHS[0]
        self._reason = ""
        self._told_unavailable = False
        # The one Inhibit call in flight, and the path it went to. The path is
        # kept here rather than bound into a lambda: with PySide6 6.11, a
        # lambda connected to a watcher that is then deleteLater()'d crashes
        # the interpreter once the watcher goes.
        self._pending: QDBusPendingCallWatcher | None = None
        self._pending_path_index = 0
        app = QCoreApplication.instance()
        if app is not None:
            # Belt and braces: the window uninhibits on quit, but an inhibition
            # must never outlive the app.
            app.aboutToQuit.connect(self.uninhibit)

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
        # REQUESTING: released as soon as the cookie arrives (_on_inhibit_reply).

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

    def _request(self, path_index: int) -> None:
        bus = self._bus()
        if not bus.isConnected():
            self._unavailable(f"no D-Bus session bus ({bus.lastError().message() or 'none'})")
            return
        path = PATHS[path_index]
        message = QDBusMessage.createMethodCall(SERVICE, path, INTERFACE, "Inhibit")
        message.setArguments([self._app_name, self._reason])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(message, INHIBIT_TIMEOUT_MS), self)
        watcher.finished.connect(self._on_inhibit_reply)
        self._pending = watcher
        self._pending_path_index = path_index
        self._state = _State.REQUESTING

    @Slot(QDBusPendingCallWatcher)
    def _on_inhibit_reply(self, watcher: QDBusPendingCallWatcher) -> None:
        path_index = self._pending_path_index
        self._pending = None
        watcher.deleteLater()
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
            self._state = _State.IDLE
            self._unavailable(f"{error.name()}: {error.message()}")
            return
        arguments = watcher.reply().arguments()
        if not arguments or not isinstance(arguments[0], int):
            self._state = _State.IDLE
            self._unavailable(f"unexpected Inhibit reply {arguments!r}")
            return
        self._cookie = int(arguments[0])
        self._path = PATHS[path_index]
        self._state = _State.ACTIVE
        logger.debug("screen saver inhibited at %s, cookie %d", self._path, self._cookie)
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

    def _send_uninhibit(self, cookie: int) -> None:
        # The cookie is a D-Bus uint32. A Python int in a QDBusMessage goes out
        # as int32 ('i'), which the desktops reject (PySide6 has no way to type
        # it), so call through an interface built from the service's
        # introspection, whose UnInhibit slot takes a 'uint'. Building it asks
        # the bus for the name's owner and, the first time only (Qt caches it
        # per interface name), the service for its introspection: both
        # synchronous, both fast from a service that has just answered Inhibit.
        interface = QDBusInterface(SERVICE, self._path, INTERFACE, self._bus())
        if not interface.isValid():
            logger.info(
                "screen saver service gone, cookie %d dropped: %s",
                cookie,
                interface.lastError().message(),
            )
            return
        interface.setTimeout(UNINHIBIT_TIMEOUT_MS)
        sent = QMetaObject.invokeMethod(
            interface, "UnInhibit", Qt.ConnectionType.DirectConnection, Q_ARG("uint", cookie)
        )
        if not sent:
            logger.info(
                "UnInhibit(%d) not sent: the service does not describe UnInhibit(u)", cookie
            )
            return
        error = interface.lastError()
        if error.isValid():
            logger.info("UnInhibit(%d) failed: %s: %s", cookie, error.name(), error.message())
        else:
            logger.debug("screen saver uninhibited, cookie %d", cookie)
