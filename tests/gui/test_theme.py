"""The colour schemes: every text readable in each (WCAG), the pick, the sheets made of it."""

from __future__ import annotations

import colorsys

import pytest

from hiptimer.gui import theme
from hiptimer.gui.views import style
from hiptimer.plan import PhaseKind

SCHEMES = list(theme.SCHEMES.values())


@pytest.fixture(autouse=True)
def _todays_scheme():
    yield
    theme.use(theme.DEFAULT)


def low(pairs, least):
    return [(what, round(theme.contrast(text, ground), 2)) for what, text, ground in pairs
            if theme.contrast(text, ground) < least]


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_every_text_of_every_scheme_reads_at_aa(scheme):
    pairs = theme.text_pairs(scheme)
    assert len(pairs) >= 40
    # every screen, with each text and button on it
    assert {what.split(" ")[0] for what in pairs_named(pairs)} >= {"start", "paused", "work"}
    assert low(pairs, 4.5) == []
    assert low(theme.edge_pairs(scheme), 3.0) == []  # focus rim and boxes' edges, WCAG 1.4.11


def pairs_named(pairs):
    return [what for what, _, _ in pairs]


def test_high_contrast_reads_at_aaa():
    assert low(theme.text_pairs(theme.HIGH_CONTRAST), 7.0) == []
    assert theme.HIGH_CONTRAST.start == "#000000"
    assert theme.HIGH_CONTRAST.focus == "#FFFF00"


def hue(colour):
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)[0] * 360


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_each_phase_keeps_its_hue_and_the_phases_stay_apart(scheme):
    for kind in PhaseKind:
        ours, todays = hue(scheme.background(kind)), hue(theme.DARK.background(kind))
        assert min(abs(ours - todays), 360 - abs(ours - todays)) < 25, kind
    colours = {scheme.get_ready, scheme.work, scheme.rest, scheme.done, scheme.start}
    assert len(colours) == 5


@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("system", "dark", theme.DARK), ("system", "light", theme.LIGHT),
    ("system", "unknown", theme.DARK),  # today's palette when the desktop does not say
    ("light", "dark", theme.LIGHT), ("dark", "light", theme.DARK),
    ("high-contrast", "light", theme.HIGH_CONTRAST), ("high-contrast", "unknown",
                                                       theme.HIGH_CONTRAST),
    ("nonsense", "light", theme.LIGHT),
])
def test_the_scheme_follows_the_setting_then_the_desktop(setting, system, expected):
    assert theme.choose_scheme(setting, system) is expected


def test_todays_scheme_is_the_one_the_module_always_had():
    assert theme.current() is theme.DARK
    assert theme.LOOKS[PhaseKind.WORK].background == "#166534"
    assert theme.text_pairs() == theme.text_pairs(theme.DARK)
    assert (theme.START_BACKGROUND, theme.PAUSED_BACKGROUND, theme.TEXT, theme.NOTICE) == (
        "#1F2937", "#374151", "#FFFFFF", "#FDE68A")


def test_using_a_scheme_sets_the_module_colours_and_gives_the_last_one_back():
    assert theme.use(theme.LIGHT) is theme.DARK
    assert theme.current() is theme.LIGHT
    assert theme.LOOKS[PhaseKind.REST] == theme.Look(theme.LIGHT.rest, "REST")
    assert theme.LOOKS[PhaseKind.SWITCH].label == "SWITCH SIDES"
    assert (theme.START_BACKGROUND, theme.TEXT, theme.DIM_TEXT) == (
        theme.LIGHT.start, theme.LIGHT.text, theme.LIGHT.dim_text)
    assert theme.use(theme.DARK) is theme.LIGHT
    assert theme.LOOKS[PhaseKind.REST].background == "#1E3A8A"


def test_a_screens_colour_finds_its_place_in_another_scheme():
    light, dark, high = theme.LIGHT, theme.DARK, theme.HIGH_CONTRAST
    assert theme.same_place(dark.work.lower(), dark, light) == light.work
    assert theme.same_place(dark.paused, dark, high) == high.paused
    assert theme.same_place(high.start, high, dark) == dark.start
    assert theme.same_place("#123456", dark, light) == "#123456"


# The window's sheet as it was before the schemes (white spelled "white").
TODAYS_SHEET_COLOURS = [
    "QLabel { color: #FFFFFF; background: transparent; }",
    "QLabel#suggestion { color: #FDE68A; font-weight: bold; }",
    "QLabel#notice { color: #FDE68A; }",
    "color: #111827; background: #FDE68A; border-radius: 6px;",
    "background: rgba(255, 255, 255, 38); color: white; border: 2px solid\n"
    "            rgba(255, 255, 255, 110);",
    "QPushButton:focus, QToolButton:focus { border-color: #FDE68A; }",
    "QComboBox:focus, QSpinBox:focus { border: 3px solid #FDE68A; }",
    "background: rgba(255, 255, 255, 48);",
    "background: #166534;\n            font-weight: bold; border-color: white;",
    "background: white; color: #111827; padding: 2px;\n            border: 3px solid white;",
    "QComboBox QAbstractItemView { background: white; color: #111827; }",
]


def test_todays_sheet_is_unchanged():
    sheet = style.stylesheet()
    assert sheet == style.stylesheet(theme.DARK)
    for rule in TODAYS_SHEET_COLOURS:
        assert rule.replace("white", "#FFFFFF") in sheet, rule
    assert "rgba(255, 255, 255, 30)" in style.SCROLL_STYLE
    assert "rgba(255, 255, 255, 130)" in style.SCROLL_STYLE
    assert style.SCROLL_STYLE == style.scroll_style(theme.DARK)
    assert "rgba(17, 24, 39, 215); color: #FFFFFF;" in style.run_style()
    assert "QLabel#instructions { color: #E5E7EB; }" in style.run_style()


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_each_sheet_is_drawn_in_its_scheme(scheme):
    sheet = style.stylesheet(scheme)
    assert f"QLabel {{ color: {scheme.text};" in sheet
    assert f"border-color: {scheme.focus};" in sheet
    assert f"background: {scheme.work};" in sheet
    assert "white" not in sheet
    others = {s.notice for s in SCHEMES} - {scheme.notice}
    assert not any(colour in sheet for colour in others - {scheme.focus, scheme.accent})
    assert theme.rgba(scheme.text, 30) in style.scroll_style(scheme)
    assert f"color: {scheme.text};" in style.menu_bar_style(scheme)
    assert f"color: {scheme.dim_text};" in style.run_style(scheme)
    with pytest.raises(KeyError):
        theme.SCHEMES["sepia"]
