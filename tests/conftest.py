"""Shared test set-up: Qt offscreen, and user folders kept inside the test's tmp dir."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Must be set before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                  ) -> Iterator[Path]:
    """Point the user's config, data and cache folders at a fresh temporary home."""
    home = tmp_path_factory.mktemp("home")
    for variable, name in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                           ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(variable, str(home / name))
    yield home


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
