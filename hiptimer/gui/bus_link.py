"""A connection to the session bus that never makes the GUI thread wait.

``BusLink`` speaks D-Bus with ``jeepney``'s sans-I/O parts (the SASL
``Authenticator`` and the message ``Parser``) over a non-blocking Unix socket
that ``QSocketNotifier`` watches, so reading, writing and the handshake all
happen in the event loop as data comes. Connecting is a local ``connect``,
which succeeds or fails at once; from there to being settled (the owner says
when: the MPRIS player once it owns its name) it has ``timeout_ms``, after
which it hangs up. ``hiptimer.gui.mpris`` says why this, and not QtDBus.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable

from jeepney import AuthenticationError, HeaderFields, Message, MessageType, Parser, message_bus
from jeepney.auth import BEGIN, Authenticator
from jeepney.bus import get_connectable_addresses
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal, Slot

logger = logging.getLogger(__name__)

#: Bytes the bus has not taken yet; past this it is wedged and we hang up.
MAX_UNSENT = 1 << 20

OnReply = Callable[[Message], None]


class BusLink(QObject):
    """One connection to a message bus, driven by the event loop.

    Signals:
        greeted(str): the bus let us in, under this unique name.
        called(object): a method call (a jeepney ``Message``) came for us.
        closed(): the connection ended, or never came to be.
    """

    greeted = Signal(str)
    called = Signal(object)
    closed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sock: socket.socket | None = None
        self._notifiers: list[QSocketNotifier] = []
        self._authenticator: Authenticator | None = Authenticator()
        self._parser = Parser()
        self._unsent = bytearray()
        self._serial = 0
        self._awaiting: dict[int, OnReply] = {}
        self._reading = False
        self._done = False
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.timeout.connect(self._too_slow)

    @property
    def open(self) -> bool:
        """Whether the connection is up (or on its way)."""
        return self._sock is not None

    def start(self, address: str | None, timeout_ms: int) -> bool:
        """Connect to the bus at ``address`` (the session bus's by default).

        Returns at once: ``False`` when there is no bus to connect to (said
        in the debug log only), else ``True``; ``greeted`` follows.
        """
        if self._done or self._sock is not None:
            return self._sock is not None
        address = address or os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        try:
            target = next(get_connectable_addresses(address)) if address else None
        except (RuntimeError, ValueError, StopIteration) as error:
            logger.debug("cannot use the bus at %r: %s", address, error)
            target = None
        if target is None:
            return self._end()
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.setblocking(False)
        try:
            # A local socket connects or fails at once (a full backlog says
            # EAGAIN rather than making us wait).
            sock.connect(target)
        except OSError as error:
            sock.close()
            logger.debug("no bus at %r: %s", address, error)
            return self._end()
        self._sock = sock
        for kind, slot in ((QSocketNotifier.Type.Read, self._readable),
                           (QSocketNotifier.Type.Write, self._flush)):
            notifier = QSocketNotifier(sock.fileno(), kind, self)
            notifier.activated.connect(slot)
            self._notifiers.append(notifier)
        self._notifiers[1].setEnabled(False)
        self._give_up.start(timeout_ms)
        assert self._authenticator is not None
        self._write(self._authenticator.data_to_send() or b"")
        return True

    def settle(self) -> None:
        """Say the connection is set up as its owner wants: no more time limit."""
        self._give_up.stop()

    def send(self, message: Message, on_reply: OnReply | None = None) -> int:
        """Send ``message``; ``on_reply`` gets its answer (a return or an error).

        Returns the message's serial (0 when there is no connection), for ``forget``.
        """
        if self._sock is None:
            return 0
        self._serial += 1
        if on_reply is not None:
            self._awaiting[self._serial] = on_reply
        self._write(message.serialise(serial=self._serial))
        return self._serial

    def forget(self, serial: int) -> None:
        """Stop waiting for the answer to message ``serial``: it is dropped if it comes."""
        self._awaiting.pop(serial, None)

    @Slot()
    def close(self) -> None:
        """Hang up; what the bus gave us (names) goes with the connection."""
        self._end()

    def _end(self, why: str = "") -> bool:
        if why:
            logger.info("D-Bus connection closed: %s", why)
        was_done, self._done = self._done, True
        self._give_up.stop()
        for notifier in self._notifiers:
            notifier.setEnabled(False)
            notifier.deleteLater()
        self._notifiers.clear()
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        self._awaiting.clear()
        self._unsent.clear()
        if not was_done:
            self.closed.emit()
        return False

    @Slot()
    def _too_slow(self) -> None:
        self._end(f"the bus did not let us in within {self._give_up.interval()} ms")

    def _write(self, data: bytes) -> None:
        self._unsent += data
        self._flush()

    @Slot()
    def _flush(self) -> None:
        sock = self._sock
        if sock is None:
            return
        while self._unsent:
            try:
                sent = sock.send(self._unsent)
            except BlockingIOError:
                break
            except OSError as error:
                self._end(f"cannot write to the bus: {error}")
                return
            del self._unsent[:sent]
        if len(self._unsent) > MAX_UNSENT:
            self._end("the bus takes nothing we send")
        else:
            self._notifiers[1].setEnabled(bool(self._unsent))

    @Slot()
    def _readable(self) -> None:
        if self._reading:
            # A call we handle runs a nested event loop: read again once it
            # is over (left on, the notifier would fire all the while).
            self._notifiers[0].setEnabled(False)
            return
        self._reading = True
        try:
            self._read()
        finally:
            self._reading = False
            if self._notifiers:
                self._notifiers[0].setEnabled(True)

    def _read(self) -> None:
        while self._sock is not None:
            try:
                data = self._sock.recv(65536)
            except BlockingIOError:
                return
            except OSError as error:
                self._end(f"cannot read from the bus: {error}")
                return
            if not data:
                self._end("the bus hung up")
                return
            if self._authenticator is not None:
                self._authenticate(self._authenticator, data)
                continue
            self._parser.add_data(data)
            while self._sock is not None:
                message = self._parser.get_next_message()
                if message is None:
                    break
                self._dispatch(message)

    def _authenticate(self, authenticator: Authenticator, data: bytes) -> None:
        try:
            authenticator.feed(data)
        except AuthenticationError as error:
            self._end(f"the bus refused us: {error}")
            return
        if not authenticator.authenticated:
            self._write(authenticator.data_to_send() or b"")
            return
        self._authenticator = None
        self._write(BEGIN)
        self.send(message_bus.Hello(), self._hello_answered)

    def _hello_answered(self, reply: Message) -> None:
        if reply.header.message_type is not MessageType.method_return:
            self._end(f"the bus did not greet us: {reply.body!r}")
            return
        self.greeted.emit(str(reply.body[0]))

    def _dispatch(self, message: Message) -> None:
        header = message.header
        if header.message_type in (MessageType.method_return, MessageType.error):
            on_reply = self._awaiting.pop(header.fields.get(HeaderFields.reply_serial, 0), None)
            if on_reply is not None:
                on_reply(message)
        elif header.message_type is MessageType.method_call:
            self.called.emit(message)
        # Signals (the bus's NameAcquired) are not for us to act on.
