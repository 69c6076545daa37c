"""Shared test set-up: Qt offscreen, user folders in the tmp dir, copies of built-in sessions."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Must be set before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Keep the compiled modules and the rewritten test modules between runs even
# where PYTHONDONTWRITEBYTECODE says not to: without them every run compiles
# all of hiptimer and rewrites every test's asserts again, and so does every
# copy of the program a test starts (2 s and more of the window and
# end-to-end suites' 25). A test about bytecode sets the variable itself.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

REPO = Path(__file__).resolve().parent.parent


def _wait_until(self: Any, callback: Callable[[], bool | None], *, timeout: int = 5000) -> None:
    """pytest-qt's ``waitUntil``, looking every millisecond instead of every ten.

    The window tests wait some 300 times for what is true one event loop
    pass later (a window active, a queued signal handled); a 10 ms poll made
    each of those cost 10 ms, a second and a half of the suite. What is
    waited for and the timeout are the same.
    """
    __tracebackhide__ = True
    deadline = time.monotonic() + timeout / 1000
    while True:
        try:
            result = callback()
        except AssertionError as error:
            if time.monotonic() > deadline:
                raise TimeoutError(f"waitUntil timed out in {timeout} milliseconds") from error
        else:
            if result not in (None, True, False):
                raise ValueError(f"waitUntil() callback must return None, True or False, "
                                 f"returned {result!r}")
            if result is None or result:
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"waitUntil timed out in {timeout} milliseconds")
        self.wait(1)


with contextlib.suppress(ImportError):  # the core's tests run without Qt too
    from pytestqt.qtbot import QtBot

    QtBot.waitUntil = QtBot.wait_until = _wait_until  # type: ignore[method-assign]
CONFIG = REPO / "config.toml"
CIRCUIT = REPO / "assets" / "sessions" / "hip-circuit.toml"


@pytest.fixture(autouse=True)
def _user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                  ) -> Iterator[Path]:
    """Point the user's config, data and cache folders at a fresh temporary home."""
    home = tmp_path_factory.mktemp("home")
    for variable, name in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                           ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(variable, str(home / name))
    # English whatever the machine's locale, for this process and the copies
    # of the program a test starts; a test of another language sets its own.
    monkeypatch.setenv("LANGUAGE", "en")
    yield home
    from hiptimer import i18n

    i18n.use(i18n.DEFAULT)


class FakeClock:
    """A monotonic clock that moves only when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def now(self) -> float:
        """Return the current time."""
        return self.t

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        self.t += seconds


@pytest.fixture
def clock() -> FakeClock:
    """Return a fake clock starting at t = 1000 s."""
    return FakeClock()


@pytest.fixture
def config_copy(tmp_path: Path) -> Path:
    """Return a copy of the default session in a folder of the user's own."""
    folder = tmp_path / "mine"
    folder.mkdir(exist_ok=True)
    return Path(shutil.copy(CONFIG, folder / "config.toml"))


@pytest.fixture
def circuit_copy(tmp_path: Path) -> Path:
    """Return a copy of the built-in hip circuit (rounds, blocks) beside it."""
    folder = tmp_path / "mine"
    folder.mkdir(exist_ok=True)
    return Path(shutil.copy(CIRCUIT, folder / "circuit.toml"))
