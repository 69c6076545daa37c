"""The start screen: the session at a glance, this run's rounds and scale, and Start.

This screen is the window's first frame, so everything here is built before
the runner sees anything, and the module keeps to what that frame needs. In
particular it never touches PySide6's ``Qt`` namespace: the first use of it
from Python builds every one of its enums, about 12 ms (docs/benchmarks.md,
"Start-up"). Focus policies and the text format are set by the window's
style sheet (``qproperty-`` rules) instead; ``NumberBoxKeys`` looks at key
codes only when a key is pressed, long after the first frame.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hiptimer.errors import SessionError
from hiptimer.gui.views.controls import button, described, labelled
from hiptimer.gui.views.labels import WrappedLabel
from hiptimer.gui.views.move_cards import MoveCards
from hiptimer.gui.views.style import COMPACT_TEXT, MAX_TEXT_SCALE, scroll_style, text_sizes
from hiptimer.gui.views.suggestions import Suggestions
from hiptimer.gui.views.week_chart import WeekChart
from hiptimer.i18n import translate
from hiptimer.prefs import MAX_WEEKLY_GOAL
from hiptimer.start_view import AS_WRITTEN, SCALE_STEPS, PickerView, SessionView, Tuning

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QResizeEvent, QShowEvent

    from hiptimer.views import WeekView

# Text sizes (px) on the start screen at its usual height; a taller window
# scales them all up (``StartScreen.resizeEvent``), up to ``MAX_TEXT_SCALE``.
BASE_HEIGHT = 600
# Below this height the move cards leave their pictures out, for the controls.
PICTURES_FROM_HEIGHT = 560
# Below this height the week chart and the description are left out too.
CHART_FROM_HEIGHT = 450
class SessionPicker(QComboBox):
    """A combo box that says when it is about to open, so its list can be filled late.

    Signals:
        about_to_show(): the list is about to pop up.
    """

    about_to_show = Signal()

    def showPopup(self) -> None:  # noqa: N802 - Qt naming
        """Let the list be filled, then pop it up."""
        self.about_to_show.emit()
        super().showPopup()


class NumberBoxKeys(QObject):
    """Lets the window's keys through while a number box has the focus.

    A spin box's text field claims every printable key for itself (Space,
    M, R) and, on X11, Ctrl+E as "end of line", so a runner who had just set
    the rounds could not start with Space, mute with M or open the editor
    with Ctrl+E. A number box needs only the keys that edit a number; its
    claim on any other key is refused, which hands the key to the shortcut.
    """

    # Qt.Key values, kept as numbers: the Qt namespace is built on first use
    # and this is made before the first frame.
    EDITING_KEYS = frozenset({
        *range(0x30, 0x3A),  # the digits
        0x01000003,  # Backspace
        0x01000007,  # Delete
        0x01000010, 0x01000011,  # Home, End
        0x01000012, 0x01000013, 0x01000014, 0x01000015,  # Left, Up, Right, Down
        0x01000016, 0x01000017,  # Page Up, Page Down
        0x01000004, 0x01000005,  # Return, Enter
    })
    # Ctrl+A, C, V, X, Z, Y: select, copy, paste, cut, undo, redo.
    EDITING_CONTROL_KEYS = frozenset({0x41, 0x43, 0x56, 0x58, 0x5A, 0x59})
    CONTROL = 0x04000000  # Qt.KeyboardModifier.ControlModifier
    SHIFT_OR_KEYPAD = 0x02000000 | 0x20000000

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Decline every key but those that edit a number for the watched widget."""
        from PySide6.QtGui import QKeyEvent

        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        modifiers = event.modifiers().value & ~self.SHIFT_OR_KEYPAD
        key = event.key()
        if modifiers == 0 and key in self.EDITING_KEYS:
            return False
        if modifiers == self.CONTROL and key in self.EDITING_CONTROL_KEYS:
            return False
        event.ignore()
        return True

    def watch(self, boxes: tuple[QSpinBox, ...]) -> None:
        """Let the window's keys through ``boxes`` and their text fields."""
        for box in boxes:
            box.installEventFilter(self)
            box.lineEdit().installEventFilter(self)


class StartScreen(QWidget):
    """The session at a glance, with this run's rounds and scale, and Start.

    Signals:
        start_clicked(), open_clicked(), edit_clicked(), keep_clicked():
            the runner pressed that button.
        session_picked(object): a session (its ``Path``) was picked in the list.
        picker_opening(): the list is about to pop up (fill it now).
        tune_changed(int, int): the rounds or the scale changed: the rounds
            and the index into ``SCALE_STEPS`` (``refuse_rounds`` puts the
            rounds back if the session cannot have that many).
        goal_changed(int), volume_changed(int): the runner set a new value.
        duplicate_clicked(), delete_clicked(), show_folder_clicked(): the ⋯
            menu's items.
        restore_menu_opening(): the "restore a deleted session" menu opens
            (``show_trash`` lists what it offers).
        restore_picked(object): a deleted session (its ``Path``) was picked
            to bring back.
    """

    start_clicked = Signal()
    open_clicked = Signal()
    edit_clicked = Signal()
    keep_clicked = Signal()
    session_picked = Signal(object)
    picker_opening = Signal()
    tune_changed = Signal(int, int)
    goal_changed = Signal(int)
    volume_changed = Signal(int)
    duplicate_clicked = Signal()
    delete_clicked = Signal()
    show_folder_clicked = Signal()
    restore_menu_opening = Signal()
    restore_picked = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)

        top = QHBoxLayout()
        self.picker = SessionPicker()
        described(self.picker, translate("gui.views.start", "Session"),
                  translate("gui.views.start", "Pick a session: built-in, your own, or recent"))
        # A long session name is cut short in the box, not allowed to widen the
        # row (the size policy is set by the style sheet: reading the enum from
        # Python would build it before the first frame).
        self.picker.setObjectName("picker")
        self.picker.setMinimumContentsLength(12)
        self.picker.activated.connect(self._picked)
        self.picker.about_to_show.connect(self.picker_opening)
        top.addWidget(labelled(translate("gui.views.start", "Session:"), self.picker))
        top.addWidget(self.picker, 1)
        top.addWidget(button(translate("gui.views.start", "Open…"),
                             translate("gui.views.start", "Open a session file (Ctrl+O)"),
                             self.open_clicked.emit))
        top.addWidget(button(translate("gui.views.start", "Edit…"),
                             translate("gui.views.start", "Edit this session (Ctrl+E)"),
                             self.edit_clicked.emit))
        # The menu's items are added once the first frame is out
        # (``add_more_items``); a deleted session can be deleted only when
        # the library says it is the user's own (``can_delete``).
        self.more_menu = QMenu(self)
        self.more_menu.aboutToShow.connect(self.picker_opening)
        self.can_delete = False
        self.duplicate_action: QAction | None = None
        self.delete_action: QAction | None = None
        self.restore_menu: QMenu | None = None
        more = QToolButton()
        more.setText("⋯")
        described(more, translate("gui.views.start", "More session actions"),
                  translate("gui.views.start", "More: duplicate, delete, show in folder"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setMenu(self.more_menu)
        top.addWidget(more)
        layout.addLayout(top)

        # A long name (or a longer language) takes two lines; the moves scroll instead.
        self.title = WrappedLabel(shrink=0.7)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        # The moves scroll when there are more than the window has room for
        # (an 800×480 screen); the controls below them never do.
        self.moves = MoveCards()
        self.moves.setObjectName("startcontent")  # see-through, as the screen is
        self.scroller = QScrollArea()
        self.scroller.setObjectName("startscroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.moves)
        self.total = QLabel()
        self.total.setObjectName("total")
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.total)
        layout.addLayout(heading)
        layout.addWidget(self.description)
        layout.addWidget(self.scroller, 1)

        tune = QHBoxLayout()
        self.rounds = QSpinBox()
        self.rounds.setRange(1, 20)
        described(self.rounds, translate("gui.views.start", "Rounds"),
                  translate("gui.views.start", "Rounds for this run"))
        self.rounds.valueChanged.connect(self._tune)
        self.scale = QComboBox()
        described(self.scale, translate("gui.views.start", "Reps and holds"),
                  translate("gui.views.start", "Reps and hold times for this run"))
        self.scale.addItems([translate("gui.views.start", "{percent} %").format(percent=percent)
                             for percent in SCALE_STEPS])
        self.scale.setCurrentIndex(AS_WRITTEN)
        self.scale.currentIndexChanged.connect(self._tune)
        self.less = button("−", translate("gui.views.start", "Fewer reps and shorter holds"),
                           lambda: self.step_scale(-1))
        self.more = button("+", translate("gui.views.start", "More reps and longer holds"),
                           lambda: self.step_scale(1))
        tune.addWidget(labelled(translate("gui.views.start", "Rounds"), self.rounds))
        tune.addWidget(self.rounds)
        tune.addSpacing(16)
        tune.addWidget(labelled(translate("gui.views.start", "Reps and holds"), self.scale))
        tune.addWidget(self.less)
        tune.addWidget(self.scale)
        tune.addWidget(self.more)
        tune.addStretch(1)
        self.keep = button(translate("gui.views.start", "Keep these"),
                           translate("gui.views.start",
                                     "Save these rounds and reps into the session"),
                           self.keep_clicked.emit)
        self.keep.setEnabled(False)
        tune.addWidget(self.keep)
        layout.addLayout(tune)
        # Says why the rounds box went back: more rounds than the session may have.
        self.tune_note = QLabel()
        self.tune_note.setObjectName("notice")
        self.tune_note.setWordWrap(True)
        self.tune_note.hide()
        layout.addWidget(self.tune_note)
        # What the rated runs suggest for the doses (hidden until there is some).
        self.suggestions = Suggestions()
        layout.addWidget(self.suggestions)
        self.rounds_shown = 1

        goal_row = QHBoxLayout()
        self.week = QLabel()
        self.week.setObjectName("week")
        self.week.setWordWrap(True)  # a long streak wraps, never runs into the goal
        self.goal = QSpinBox()
        self.goal.setRange(1, MAX_WEEKLY_GOAL)
        described(self.goal, translate("gui.views.start", "Goal per week"),
                  translate("gui.views.start", "Your goal: warm-ups per week"))
        self.goal.valueChanged.connect(self.goal_changed)
        self.volume = QSpinBox()
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(10)
        self.volume.setSuffix(translate("gui.views.start", " %"))
        described(self.volume, translate("gui.views.start", "Volume"),
                  translate("gui.views.start", "Volume of the cues and the voice"))
        self.volume.valueChanged.connect(self.volume_changed)
        goal_row.addWidget(self.week, 1)
        goal_row.addWidget(labelled(translate("gui.views.start", "Goal per week"), self.goal))
        goal_row.addWidget(self.goal)
        goal_row.addSpacing(16)
        goal_row.addWidget(labelled(translate("gui.views.start", "Volume"), self.volume))
        goal_row.addWidget(self.volume)
        layout.addLayout(goal_row)
        self.chart = WeekChart()
        layout.addWidget(self.chart)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

        # Installed with the rest of the window once the first frame is out:
        # until then no box can have the focus, and a Python filter would be
        # called for every event of the boxes while they are first shown.
        self.number_keys = NumberBoxKeys(self)

        # The sound is off (remembered from last time, or --mute): said before
        # the run starts, not found out on the mat.
        self.muted = QLabel(translate("gui.views.start", "Sound is off — press M to turn it on"))
        self.muted.setObjectName("muted")
        self.muted.hide()
        layout.addWidget(self.muted)

        self.start = button(translate("gui.views.start", "Start  (Space)"),
                            translate("gui.views.start", "Start the session (Space)"),
                            self.start_clicked.emit)
        self.start.setObjectName("start")
        self.start.setMinimumHeight(64)
        layout.addWidget(self.start)
        self.text_scale = 1.0
        self.compact = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        """Grow the text with a taller window (full screen on a large monitor)."""
        super().resizeEvent(event)
        # In tenths, so that dragging the window's edge restyles it rarely.
        height = self.height()
        scale = min(MAX_TEXT_SCALE, max(1.0, round(height / BASE_HEIGHT, 1)))
        compact = height < CHART_FROM_HEIGHT
        if (scale, compact) != (self.text_scale, self.compact):
            self.text_scale, self.compact = scale, compact
            self.setStyleSheet(text_sizes(scale) if scale > 1.0
                               else COMPACT_TEXT if compact else "")
            self.chart.set_scale(scale)
            self.title.restyled()
        # A card takes about 480 px of text and picture at a scale of 1.
        columns = max(1, min(3, int(self.width() / (480 * scale))))
        self.moves.set_room(columns, pictures=height >= PICTURES_FROM_HEIGHT, scale=scale)
        # On a short screen the week's line says it all; the chart and the
        # description give their room to the moves.
        self.chart.setVisible(height >= CHART_FROM_HEIGHT)
        self.description.setVisible(bool(self.description.text())
                                    and height >= CHART_FROM_HEIGHT)
        self.start.setMinimumHeight(64 if height >= CHART_FROM_HEIGHT else 44)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        """Give Start the keyboard focus, so Return starts and Tab goes on from there."""
        super().showEvent(event)
        self.start.setFocus()

    def complete(self) -> None:
        """Add what the first frame did not need: the menu's items, pictures, number keys."""
        self.add_more_items()
        self.scroller.setStyleSheet(scroll_style())
        self.moves.show_pictures()
        self.watch_number_keys()

    def add_more_items(self) -> None:
        """Fill the ⋯ menu: duplicate, delete, show in folder, restore."""
        menu = self.more_menu
        self.duplicate_action = menu.addAction(translate("gui.views.start", "Duplicate"),
                                               self.duplicate_clicked.emit)
        self.delete_action = menu.addAction(translate("gui.views.start", "Delete (to trash)"),
                                            self.delete_clicked.emit)
        self.delete_action.setEnabled(self.can_delete)
        menu.addAction(translate("gui.views.start", "Show in folder"),
                       self.show_folder_clicked.emit)
        self.restore_menu = menu.addMenu(translate("gui.views.start",
                                                   "Restore a deleted session"))
        self.restore_menu.aboutToShow.connect(self.restore_menu_opening)

    def focus_widgets(self) -> tuple[QWidget, ...]:
        """Return the widgets that can have the keyboard focus (they see keys first)."""
        boxes = (self.rounds, self.goal, self.volume)
        return (self.scale, self.picker, *boxes, *(box.lineEdit() for box in boxes))

    def watch_number_keys(self) -> None:
        """Let the window's keys through the number boxes from now on."""
        self.number_keys.watch((self.rounds, self.goal, self.volume))

    def step_scale(self, step: int) -> None:
        """Move the rep/hold scale one step down or up."""
        index = max(0, min(len(SCALE_STEPS) - 1, self.scale.currentIndex() + step))
        self.scale.setCurrentIndex(index)

    def _tune(self) -> None:
        self.tune_changed.emit(self.rounds.value(), self.scale.currentIndex())

    def refuse_rounds(self, error: SessionError) -> None:
        """Put the rounds back to those shown last and say why (``error``)."""
        self.rounds.blockSignals(True)
        self.rounds.setValue(self.rounds_shown)
        self.rounds.blockSignals(False)
        text = " ".join(p.message for p in error.problems)
        self.tune_note.setText(text[:1].upper() + text[1:])
        self.tune_note.show()

    def _picked(self, index: int) -> None:
        path = self.picker.itemData(index)
        if path:
            self.session_picked.emit(Path(path))

    # -- what the screen is told to show ---------------------------------
    # Setting a box from here is not the runner's choice, so it says nothing.

    def show_session(self, view: SessionView) -> None:
        """Show the session at a glance (``view``)."""
        self.rounds_shown = view.rounds
        self.tune_note.hide()
        self.title.setText(view.title)
        description = " ".join(p for p in (view.description, view.equipment) if p)
        self.description.setText(description)
        self.description.setVisible(bool(description) and self.height() >= CHART_FROM_HEIGHT)
        self.moves.show_lines(view.lines)
        self.total.setText(view.total)

    def show_tuning(self, tuning: Tuning) -> None:
        """Show this run's rounds and scale, and whether they can be kept."""
        for widget in (self.rounds, self.scale):
            widget.blockSignals(True)
        self.rounds.setValue(tuning.rounds)
        self.scale.setCurrentIndex(tuning.scale_step)
        for widget in (self.rounds, self.scale):
            widget.blockSignals(False)
        self.show_can_keep(tuning.can_keep)

    def show_can_keep(self, can: bool) -> None:
        """Say whether "Keep these" has anything to save."""
        self.keep.setEnabled(can)

    def show_goal(self, goal: int) -> None:
        """Show the weekly goal."""
        _quietly_set(self.goal, goal)

    def show_volume(self, volume: int) -> None:
        """Show the cue volume (0-100)."""
        _quietly_set(self.volume, volume)

    def show_week(self, view: WeekView) -> None:
        """Show this week's count against the goal and the last weeks' chart."""
        self.show_goal(view.goal)
        self.week.setText(view.summary)
        self.chart.set_weeks(list(view.weeks), view.goal)

    def show_muted(self, muted: bool) -> None:
        """Say whether the sound is off."""
        self.muted.setVisible(muted)

    def show_notices(self, notices: tuple[str, ...]) -> None:
        """Show the notices (no sound, history problems), one a line; none hides them."""
        self.notice.setText("\n".join(notices))
        self.notice.setVisible(bool(notices))

    def show_picker(self, view: PickerView) -> None:
        """List the sessions in the picker, with the one in use picked."""
        picker = self.picker
        picker.blockSignals(True)
        picker.clear()
        for label, path in view.items:
            picker.addItem(label, path)
        if view.current >= 0:
            picker.setCurrentIndex(view.current)
        picker.blockSignals(False)
        self.can_delete = view.can_delete
        if self.delete_action is not None:
            self.delete_action.setEnabled(view.can_delete)

    def show_trash(self, found: list[Path]) -> None:
        """List the deleted sessions (newest first) in the restore menu."""
        menu = self.restore_menu
        if menu is None:
            return
        menu.clear()
        if not found:
            menu.addAction(translate("gui.views.start", "(the trash is empty)")).setEnabled(False)
        for path in found:
            menu.addAction(path.name, partial(self.restore_picked.emit, path))


def _quietly_set(box: QSpinBox, value: int) -> None:
    box.blockSignals(True)
    box.setValue(value)
    box.blockSignals(False)
