"""Colours and words for each kind of phase, chosen to read from across a room.

The colours come in schemes (:class:`Scheme`): today's dark one, where every
background is dark enough that white text on it has a contrast ratio of at
least 4.5:1 (WCAG AA), a light one with dark text, and a high-contrast one
(pure black behind the start screen, deep phase colours, white text and a
yellow focus, 7:1 or more: WCAG AAA). In each the hues differ enough (amber,
green, blue, purple) to tell get-ready, work, rest and done apart out of the
corner of an eye, and each phase keeps its hue from scheme to scheme.

:func:`choose_scheme` picks one from the runner's setting and the desktop's
colour scheme; :func:`use` makes it the one the screens are drawn in. The
module's names (``LOOKS``, ``START_BACKGROUND``, ``TEXT``, ...) are the scheme
in use, read when something is drawn; they start as :data:`DARK`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from hiptimer.i18n import QT_TRANSLATE_NOOP
from hiptimer.plan import PhaseKind


class Look(NamedTuple):
    """How one kind of phase looks (a named tuple: cheaper to define at start-up)."""

    background: str
    label: str


@dataclass(frozen=True)
class Scheme:
    """One set of colours for every screen, as ``#RRGGBB`` (alphas 0-255).

    ``overlay`` is laid over the screen's colour at ``button_alpha`` for a
    button at rest and at ``hover_alpha`` under the pointer; ``border`` at
    ``border_alpha`` rims the buttons. ``notice`` is the colour of notices and
    the background of the muted mark's badge (its text ``badge_text``);
    ``focus`` rims what has the keyboard focus. ``box`` and ``box_text`` are
    the boxes (choices, numbers), rimmed with ``box_border``. ``tile`` at
    ``tile_alpha`` is behind the "paused" word, in ``tile_text``.
    """

    name: str
    get_ready: str
    work: str
    rest: str
    done: str
    start: str
    paused: str
    text: str
    dim_text: str
    accent: str
    notice: str
    badge_text: str
    focus: str
    box: str
    box_text: str
    box_border: str
    overlay: str
    button_alpha: int
    hover_alpha: int
    border: str
    border_alpha: int
    tile: str = "#111827"
    tile_alpha: int = 215
    tile_text: str = "#FFFFFF"

    def background(self, kind: PhaseKind) -> str:
        """Return the colour of a ``kind`` phase's screen."""
        return {
            PhaseKind.GET_READY: self.get_ready, PhaseKind.SWITCH: self.get_ready,
            PhaseKind.WORK: self.work,
            PhaseKind.REST: self.rest, PhaseKind.ROUND_REST: self.rest,
            PhaseKind.DONE: self.done,
        }[kind]

    def screens(self) -> dict[str, str]:
        """Return every screen's colour by name: start, paused and each kind of phase."""
        return {"start": self.start, "paused": self.paused,
                **{kind.value: self.background(kind) for kind in PhaseKind}}


# Today's look: dark screens, white text.
DARK = Scheme(
    name="dark", get_ready="#92400E", work="#166534", rest="#1E3A8A", done="#581C87",
    start="#1F2937", paused="#374151", text="#FFFFFF", dim_text="#E5E7EB", accent="#F59E0B",
    notice="#FDE68A", badge_text="#111827", focus="#FDE68A",
    box="#FFFFFF", box_text="#111827", box_border="#FFFFFF",
    overlay="#FFFFFF", button_alpha=38, hover_alpha=48,  # 48: the most on amber or green at AA
    border="#FFFFFF", border_alpha=110,
)

# The same hues, pale, with dark text; buttons are shaded rather than lit.
LIGHT = Scheme(
    name="light", get_ready="#FED7AA", work="#86EFAC", rest="#BFDBFE", done="#E9D5FF",
    start="#F3F4F6", paused="#D1D5DB", text="#111827", dim_text="#374151", accent="#B45309",
    notice="#7C2D12", badge_text="#FFFFFF", focus="#7C2D12",
    box="#FFFFFF", box_text="#111827", box_border="#6B7280",
    overlay="#000000", button_alpha=20, hover_alpha=34,
    border="#111827", border_alpha=140,
)

# Black behind the start screen, deep phase colours, white text, yellow focus.
# Buttons are not lit (that would cost contrast): a solid white rim marks
# them, and the pointer darkens them.
HIGH_CONTRAST = Scheme(
    name="high-contrast", get_ready="#7C2D12", work="#14532D", rest="#172554", done="#3B0764",
    start="#000000", paused="#1A1A1A", text="#FFFFFF", dim_text="#FFFFFF", accent="#FFFF00",
    notice="#FFFF00", badge_text="#000000", focus="#FFFF00",
    box="#FFFFFF", box_text="#000000", box_border="#FFFFFF",
    overlay="#000000", button_alpha=0, hover_alpha=110,
    border="#FFFFFF", border_alpha=255,
    tile="#000000", tile_alpha=255,
)

SCHEMES: dict[str, Scheme] = {s.name: s for s in (DARK, LIGHT, HIGH_CONTRAST)}
SETTINGS = ("system", "light", "dark", "high-contrast")  # what the runner can pick
DEFAULT = DARK  # today's palette, also when the desktop does not say


def choose_scheme(setting: str, system: str) -> Scheme:
    """Return the scheme for the runner's ``setting`` on a desktop that is ``system``.

    ``setting`` is one of :data:`SETTINGS` (anything else counts as
    ``"system"``); ``system`` is ``"light"``, ``"dark"`` or ``"unknown"``, as
    Qt's ``styleHints().colorScheme()`` tells. Following an unknown system
    gives today's palette.
    """
    if setting in SCHEMES:
        return SCHEMES[setting]
    return SCHEMES.get(system, DEFAULT)


LOOKS: dict[PhaseKind, Look] = {
    PhaseKind.GET_READY: Look("#92400E", QT_TRANSLATE_NOOP("gui.theme", "GET READY")),
    PhaseKind.WORK: Look("#166534", QT_TRANSLATE_NOOP("gui.theme", "WORK")),
    PhaseKind.SWITCH: Look("#92400E", QT_TRANSLATE_NOOP("gui.theme", "SWITCH SIDES")),
    PhaseKind.REST: Look("#1E3A8A", QT_TRANSLATE_NOOP("gui.theme", "REST")),
    PhaseKind.ROUND_REST: Look("#1E3A8A", QT_TRANSLATE_NOOP("gui.theme", "ROUND REST")),
    PhaseKind.DONE: Look("#581C87", QT_TRANSLATE_NOOP("gui.theme", "DONE")),
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

_current = DEFAULT


def current() -> Scheme:
    """Return the scheme the screens are drawn in."""
    return _current


def use(scheme: Scheme) -> Scheme:
    """Draw in ``scheme`` from now on: set this module's colours to it; return the last one.

    Whoever reads ``LOOKS`` or the other names when drawing gets the new
    colours; a style sheet already set keeps the old ones until set again
    (``hiptimer.gui.colour_menu.restyle``).
    """
    global _current, START_BACKGROUND, PAUSED_BACKGROUND, TEXT, DIM_TEXT, ACCENT, NOTICE
    global BADGE_TEXT, BUTTON_ALPHA, HOVER_ALPHA
    last, _current = _current, scheme
    for kind, look in LOOKS.items():
        LOOKS[kind] = look._replace(background=scheme.background(kind))
    START_BACKGROUND, PAUSED_BACKGROUND = scheme.start, scheme.paused
    TEXT, DIM_TEXT, ACCENT, NOTICE = scheme.text, scheme.dim_text, scheme.accent, scheme.notice
    BADGE_TEXT, BUTTON_ALPHA = scheme.badge_text, scheme.button_alpha
    HOVER_ALPHA = scheme.hover_alpha
    return last


def same_place(colour: str, old: Scheme, new: Scheme) -> str:
    """Return the colour in ``new`` of the screen that is ``colour`` in ``old``.

    A colour that is no screen's in ``old`` comes back as it is.
    """
    for name, background in old.screens().items():
        if background.upper() == colour.upper():
            return new.screens()[name]
    return colour


# Every pair of a text colour and what it is drawn on, a button's tint laid
# over each screen's colour (``blend``): a test holds each to WCAG AA.
def text_pairs(scheme: Scheme | None = None) -> list[tuple[str, str, str]]:
    """Return ``(what, text colour, background)`` for every text the screens draw.

    Without a ``scheme``, the one in use.
    """
    s = scheme or _current
    pairs = []
    for name, background in s.screens().items():
        pairs += [(f"{name} text", s.text, background),
                  (f"{name} dim text", s.dim_text, background),
                  (f"{name} notice", s.notice, background),
                  (f"{name} button", s.text, blend(background, s.overlay, s.button_alpha)),
                  # also the menu bar's item under the pointer
                  (f"{name} button, hovered", s.text, blend(background, s.overlay, s.hover_alpha)),
                  (f"{name} paused word", s.tile_text, blend(background, s.tile, s.tile_alpha))]
    pairs += [("badge", s.badge_text, s.notice), ("boxes", s.box_text, s.box),
              ("start button", s.text, s.work),
              ("start button, hovered", s.text, blend(s.work, s.overlay, s.hover_alpha))]
    return pairs


# What is not text but must be seen (WCAG 1.4.11: 3:1): the focus rim and
# the boxes' edges against the screens.
def edge_pairs(scheme: Scheme | None = None) -> list[tuple[str, str, str]]:
    """Return ``(what, colour, next to)`` for the focus rim and the boxes' edges."""
    s = scheme or _current
    pairs = []
    for name, background in s.screens().items():
        pairs += [(f"{name} focus", s.focus, background),
                  (f"{name} box edge", s.box_border, background)]
    return pairs


def blend(background: str, colour: str, alpha: int) -> str:
    """Return ``colour`` laid over ``background`` at ``alpha`` (0-255), as ``#RRGGBB``."""
    mixed = [round(int(background[i:i + 2], 16) * (255 - alpha) / 255
                   + int(colour[i:i + 2], 16) * alpha / 255) for i in (1, 3, 5)]
    return "#" + "".join(f"{c:02X}" for c in mixed)


def rgba(colour: str, alpha: int) -> str:
    """Return ``#RRGGBB`` at ``alpha`` as a style sheet's ``rgba(r, g, b, a)``."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha})"


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
