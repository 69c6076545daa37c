"""The runner's preferences as stored values, read back within their ranges.

Settings files are the user's to edit, so a stored goal or volume may be
missing, not a number or out of range; each reader here returns a usable
value whatever it finds. No Qt here: the window reads the values from its
``QSettings`` and hands them over.
"""

from __future__ import annotations

# The coach's advice: a warm-up "3 times a week before 3 runs".
DEFAULT_WEEKLY_GOAL = 3
MAX_WEEKLY_GOAL = 14
DEFAULT_VOLUME = 100


def _whole(value: object, default: int, low: int, high: int) -> int:
    if value is None:
        return default
    try:
        number = int(str(value))
    except ValueError:
        return default
    return max(low, min(high, number))


def weekly_goal(value: object) -> int:
    """Return the stored weekly goal ``value`` as 1 to ``MAX_WEEKLY_GOAL`` warm-ups."""
    return _whole(value, DEFAULT_WEEKLY_GOAL, 1, MAX_WEEKLY_GOAL)


def volume(value: object) -> int:
    """Return the stored cue volume ``value`` as 0 to 100 per cent."""
    return _whole(value, DEFAULT_VOLUME, 0, 100)
