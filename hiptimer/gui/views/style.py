"""The style of the screens: the window's one sheet and the start screen's text sizes.

The phase's colour is not here: the window paints it (``MainWindow.paint_background``).
The colours are a ``theme.Scheme``'s; each function takes one, or draws in
the scheme in use (``theme.current()``). With today's scheme the sheets are
the ones the window always had.
"""

from __future__ import annotations

from hiptimer.gui import theme
from hiptimer.gui.theme import Scheme, rgba

# On a short screen (see ``views.start.CHART_FROM_HEIGHT``) the larger text
# shrinks a little, so the title and the moves still fit.
COMPACT_TEXT = """
    QLabel#title { font-size: 22px; }
    QLabel#card, QLabel#blockname, QLabel#total, QLabel#week { font-size: 16px; }
    QPushButton#start { font-size: 22px; }
"""


def scroll_style(scheme: Scheme | None = None) -> str:
    """Return a slim scroll bar that reads on the start screen, for the list of moves.

    Set on it once the first frame is out (the list rarely needs one at first).
    """
    text = (scheme or theme.current()).text
    return f"""
    QScrollBar:vertical {{
        background: {rgba(text, 30)}; width: 10px; border: none; margin: 0;
    }}
    QScrollBar::handle:vertical {{
        background: {rgba(text, 130)}; border-radius: 5px; min-height: 24px;
    }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
    QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""


SCROLL_STYLE = scroll_style(theme.DEFAULT)  # today's, for who has not moved to scroll_style()


def run_style(scheme: Scheme | None = None) -> str:
    """Return the run screen's own rules, set on it when it is built (after the first frame)."""
    s = scheme or theme.current()
    return f"""
    QLabel#instructions {{ color: {s.dim_text}; }}
    QLabel#paused {{ background: {rgba(s.tile, s.tile_alpha)}; color: {s.tile_text}; }}
    QLabel#flash {{ background: {rgba(s.text, 110)}; }}
"""


def menu_bar_style(scheme: Scheme | None = None) -> str:
    """Return the menu bar's rules: it sits on the phase's colour, its menus keep the desktop's.

    The item under the pointer is tinted like a hovered button (the most
    that keeps its text at AA on amber and green).
    """
    s = scheme or theme.current()
    return (f"QMenuBar {{ background: transparent; color: {s.text}; }}"
            f" QMenuBar::item:selected {{ background: {rgba(s.overlay, s.hover_alpha)}; }}")

MAX_TEXT_SCALE = 3.5
PLAIN_TEXT_PX = 12  # labels and buttons without a size of their own
TEXT_PX = (
    ("QLabel#title", 30),
    ("QLabel#card, QLabel#blockname", 20),
    ("QLabel#total, QLabel#week", 20),
    ("QLabel#notice", 15),
    ("QPushButton#start", 28),
    ("QComboBox, QSpinBox", 16),
)


def text_sizes(scale: float = 1.0) -> str:
    """Return style sheet rules sizing the start screen's text and boxes times ``scale``.

    At a scale of 1 only the sizes of named widgets and of the boxes' arrow
    buttons are set (this goes into the window's style sheet); scaled, plain
    labels and buttons grow too (this becomes the start screen's own sheet,
    which wins over the window's).
    """
    rules = [f"{selector} {{ font-size: {round(px * scale)}px; }}" for selector, px in TEXT_PX]
    # The boxes' arrow buttons: a styled spin box otherwise draws its arrows
    # in a sliver too narrow to see, and neither grows with the text.
    rules.append(f"QSpinBox::up-button, QSpinBox::down-button {{ width: {round(16 * scale)}px; }}")
    rules.append(f"QComboBox::drop-down {{ width: {round(20 * scale)}px; }}")
    if scale != 1.0:
        plain = round(PLAIN_TEXT_PX * scale)
        rules.insert(0, f"QLabel, QPushButton, QToolButton {{ font-size: {plain}px; }}")
    return "\n".join(rules)


def stylesheet(scheme: Scheme | None = None) -> str:
    """Return the style of the screens (set once; the phase colour is painted by the window).

    The ``qproperty-`` rules set what would otherwise need the ``Qt`` namespace
    before the first frame (see ``hiptimer.gui.views.start``): buttons take the
    keyboard focus from Tab, never from a click, and Return or Enter presses
    the one that has it (Space stays the Start/Pause shortcut, which Qt
    matches before a button sees the key); the boxes take it from either,
    and the focus shows as an amber border.
    Only what the first frame shows is here: every rule is matched against
    every widget each time one is styled (``RUN_STYLE`` and ``SCROLL_STYLE``
    are set later, on what needs them). Without a ``scheme``, the one in use.
    """
    s = scheme or theme.current()
    return f"""
        QPushButton, QToolButton {{ qproperty-focusPolicy: TabFocus; }}
        QPushButton {{ qproperty-autoDefault: true; }}
        QComboBox, QSpinBox {{ qproperty-focusPolicy: StrongFocus; }}
        QLabel {{ color: {s.text}; background: transparent; }}
        {text_sizes()}
        QLabel#title {{ font-weight: bold; }}
        QLabel#card {{ qproperty-textFormat: RichText; }}
        QLabel#blockname {{ font-weight: bold; }}
        QScrollArea#startscroll {{
            background: transparent; qproperty-focusPolicy: NoFocus;
            qproperty-horizontalScrollBarPolicy: ScrollBarAlwaysOff;
            qproperty-frameShape: NoFrame;
        }}
        QWidget#startcontent {{ background: transparent; }}
        QLabel#suggestion {{ color: {s.notice}; font-weight: bold; }}
        QComboBox#picker {{ qproperty-sizeAdjustPolicy: AdjustToMinimumContentsLengthWithIcon; }}
        QLabel#total, QLabel#week {{ font-weight: bold; }}
        QLabel#notice {{ color: {s.notice}; }}
        QLabel#muted {{
            color: {s.badge_text}; background: {s.notice}; border-radius: 6px;
            padding: 2px 10px;
            font-weight: bold;
        }}
        QPushButton, QToolButton {{
            background: {rgba(s.overlay, s.button_alpha)}; color: {s.text}; border: 2px solid
            {rgba(s.border, s.border_alpha)}; border-radius: 8px; padding: 8px 14px;
        }}
        QPushButton:focus, QToolButton:focus {{ border-color: {s.focus}; }}
        QComboBox:focus, QSpinBox:focus {{ border: 3px solid {s.focus}; }}
        QPushButton:hover, QToolButton:hover {{
            background: {rgba(s.overlay, s.hover_alpha)};
        }}
        QToolButton::menu-indicator {{ image: none; }}
        QPushButton#start {{
            background: {s.work};
            font-weight: bold; border-color: {s.border};
        }}
        QComboBox, QSpinBox {{
            background: {s.box}; color: {s.box_text}; padding: 2px;
            border: 3px solid {s.box_border};
            border-radius: 4px;
        }}
        QComboBox QAbstractItemView {{ background: {s.box}; color: {s.box_text}; }}
    """
