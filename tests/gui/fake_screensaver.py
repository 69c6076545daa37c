"""A stand-in ``org.freedesktop.ScreenSaver`` service that records its calls.

Run as ``python fake_screensaver.py BUS_ADDRESS LOG_FILE PATH [PATH ...]``: it
connects to the bus, exports the interface at each PATH with the real
signatures (``Inhibit(ss) -> u``, ``UnInhibit(u)``), owns the service name,
prints ``ready`` and then appends one JSON line per call to LOG_FILE. It runs
in its own process so that the code under test talks to it over a real bus,
blocking calls included. Cookies start above 2**31, so a cookie sent back as a
signed int32 would not even reach the ``UnInhibit`` slot.
"""

from __future__ import annotations

import itertools
import json
import sys

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

SERVICE = "org.freedesktop.ScreenSaver"
FIRST_COOKIE = 3_000_000_001

_cookies = itertools.count(FIRST_COOKIE)


class FakeScreenSaver(QObject):
    """The interface at one object path."""

    def __init__(self, path: str, log_file: str) -> None:
        """Record calls at ``path`` into ``log_file``."""
        super().__init__()
        self.path = path
        self.log_file = log_file

    def _record(self, **call: object) -> None:
        with open(self.log_file, "a", encoding="utf-8") as log:
            log.write(json.dumps({"path": self.path, **call}) + "\n")

    @Slot(str, str, result="uint")
    def Inhibit(self, app_name: str, reason: str) -> int:
        """Grant an inhibition and hand out a fresh cookie."""
        cookie = next(_cookies)
        self._record(call="Inhibit", app=app_name, reason=reason, cookie=cookie)
        return cookie

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        """Take an inhibition back."""
        self._record(call="UnInhibit", cookie=cookie)


def main(argv: list[str]) -> int:
    """Serve until killed."""
    address, log_file, *paths = argv
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, "fake-screensaver")
    objects = [FakeScreenSaver(path, log_file) for path in paths]
    for obj in objects:
        if not bus.registerObject(
            obj.path, SERVICE, obj, QDBusConnection.RegisterOption.ExportAllSlots
        ):
            print(f"cannot register {obj.path}", flush=True)
            return 1
    if not bus.registerService(SERVICE):
        print(f"cannot own {SERVICE}: {bus.lastError().message()}", flush=True)
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
