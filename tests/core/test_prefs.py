"""Preferences read back from a settings file the user may have edited."""

from __future__ import annotations

import pytest

from hiptimer import prefs


@pytest.mark.parametrize(("stored", "goal"), [
    (None, 3), ("5", 5), (5, 5), ("0", 1), ("-2", 1), ("99", 14), ("three", 3), ("", 3),
    ("2.5", 3),
])
def test_weekly_goal_is_always_usable(stored: object, goal: int) -> None:
    assert prefs.weekly_goal(stored) == goal


@pytest.mark.parametrize(("stored", "level"), [
    (None, 100), ("40", 40), (0, 0), ("-5", 0), ("250", 100), ("loud", 100),
])
def test_volume_is_always_usable(stored: object, level: int) -> None:
    assert prefs.volume(stored) == level
