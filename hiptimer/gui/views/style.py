"""The style of every screen, set once on the window's stack of screens.

The phase's colour is not here: the window paints it (``MainWindow.paint_background``).
"""

from __future__ import annotations

from hiptimer.gui import theme
from hiptimer.gui.views.start import text_sizes
from hiptimer.plan import PhaseKind


def stylesheet() -> str:
    """Return the style of the screens (set once; the phase colour is painted by the window).

    The ``qproperty-`` rules set what would otherwise need the ``Qt`` namespace
    before the first frame (see ``hiptimer.gui.views.start``): buttons never take the
    keyboard focus, so Space always reaches the Start/Pause shortcut instead
    of "clicking" a focused button; the choice boxes take it only when clicked.
    Only what the first frame shows is here: every rule is matched against
    every widget each time one is styled (``RUN_STYLE`` and ``SCROLL_STYLE``
    are set later, on what needs them).
    """
    return f"""
        QPushButton, QToolButton {{ qproperty-focusPolicy: NoFocus; }}
        QComboBox, QSpinBox {{ qproperty-focusPolicy: ClickFocus; }}
        QLabel {{ color: {theme.TEXT}; background: transparent; }}
        {text_sizes()}
        QLabel#title {{ font-weight: bold; }}
        QLabel#card {{ qproperty-textFormat: RichText; }}
        QLabel#blockname {{ font-weight: bold; }}
        QScrollArea#startscroll {{
            background: transparent; qproperty-focusPolicy: NoFocus;
            qproperty-horizontalScrollBarPolicy: ScrollBarAlwaysOff;
            qproperty-frameShape: NoFrame;
        }}
        QComboBox#picker {{ qproperty-sizeAdjustPolicy: AdjustToMinimumContentsLengthWithIcon; }}
        QLabel#total, QLabel#week {{ font-weight: bold; }}
        QLabel#notice {{ color: #FDE68A; }}
        QLabel#muted {{
            color: #111827; background: #FDE68A; border-radius: 6px; padding: 2px 10px;
            font-weight: bold;
        }}
        QPushButton, QToolButton {{
            background: rgba(255, 255, 255, 38); color: white; border: 2px solid
            rgba(255, 255, 255, 110); border-radius: 8px; padding: 8px 14px;
        }}
        QPushButton:hover, QToolButton:hover {{ background: rgba(255, 255, 255, 70); }}
        QToolButton::menu-indicator {{ image: none; }}
        QPushButton#start {{
            background: {theme.LOOKS[PhaseKind.WORK].background};
            font-weight: bold; border-color: white;
        }}
        QComboBox, QSpinBox {{
            background: white; color: #111827; padding: 4px;
            border-radius: 4px;
        }}
        QComboBox QAbstractItemView {{ background: white; color: #111827; }}
    """
