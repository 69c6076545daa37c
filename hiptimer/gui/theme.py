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
NOTICE = "#FDE68A"  # notices and the muted mark's badge
BADGE_TEXT = "#111827"  # on the badge, and in the white boxes
BUTTON_ALPHA = 38  # of white over the screen's colour, for a button at rest
HOVER_ALPHA = 48  # the most white text on an amber or green button still reads at AA

# Every pair of a text colour and what it is drawn on, the white of a button
# laid over each screen's colour (``blend``): a test holds each to WCAG AA.
def text_pairs() -> list[tuple[str, str, str]]:
    """Return ``(what, text colour, background)`` for every text the screens draw."""
    screens = {"start": START_BACKGROUND, "paused": PAUSED_BACKGROUND,
               **{kind.value: look.background for kind, look in LOOKS.items()}}
    pairs = []
    for name, background in screens.items():
        pairs += [(f"{name} text", TEXT, background), (f"{name} dim text", DIM_TEXT, background),
                  (f"{name} notice", NOTICE, background),
                  (f"{name} button", TEXT, blend(background, TEXT, BUTTON_ALPHA)),
                  (f"{name} button, hovered", TEXT, blend(background, TEXT, HOVER_ALPHA))]
    pairs += [("badge", BADGE_TEXT, NOTICE), ("boxes", BADGE_TEXT, "#FFFFFF")]
    return pairs


def blend(background: str, colour: str, alpha: int) -> str:
    """Return ``colour`` laid over ``background`` at ``alpha`` (0-255), as ``#RRGGBB``."""
    mixed = [round(int(background[i:i + 2], 16) * (255 - alpha) / 255
                   + int(colour[i:i + 2], 16) * alpha / 255) for i in (1, 3, 5)]
    return "#" + "".join(f"{c:02X}" for c in mixed)


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
