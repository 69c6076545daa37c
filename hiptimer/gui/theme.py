"""Colours and words for each kind of phase, chosen to read from across a room.

Every background is dark enough that white text on it has a contrast ratio
of at least 4.5:1 (WCAG AA), and the hues differ enough (amber, green, blue,
purple) to tell get-ready, work, rest and done apart out of the corner of an
eye.
"""

from __future__ import annotations

from typing import NamedTuple

from hiptimer.plan import PhaseKind


class Look(NamedTuple):
    """How one kind of phase looks (a named tuple: cheaper to define at start-up)."""

    background: str
    label: str


LOOKS: dict[PhaseKind, Look] = {
    PhaseKind.GET_READY: Look("#92400E", "GET READY"),
    PhaseKind.WORK: Look("#166534", "WORK"),
    PhaseKind.SWITCH: Look("#92400E", "SWITCH SIDES"),
    PhaseKind.REST: Look("#1E3A8A", "REST"),
    PhaseKind.ROUND_REST: Look("#1E3A8A", "ROUND REST"),
    PhaseKind.DONE: Look("#581C87", "DONE"),
}

START_BACKGROUND = "#1F2937"
PAUSED_BACKGROUND = "#374151"
TEXT = "#FFFFFF"
DIM_TEXT = "#E5E7EB"
ACCENT = "#F59E0B"


def relative_luminance(hex_colour: str) -> float:
    """Return the WCAG relative luminance of ``#RRGGBB``."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """Return the WCAG contrast ratio between two colours."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)
