"""The follow-along window: start screen, the run itself, and the finish screen.

The window shows what the runner is doing at a glance from the mat: the
phase's colour, a countdown (or rep counter) at least a third of the window's
height, the move and side, its picture moving in time with the reps, the
instructions, what comes next, the round and the time left. It reads
everything from the runner through the ``RunnerAdapter`` and never keeps time
itself.

Every question put to the user goes through one small function
(``ask_open_path``, ``show_problems``) so tests can replace it.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hiptimer import resources
from hiptimer.errors import SessionError
from hiptimer.gui import theme
from hiptimer.gui.adapter import RunnerAdapter
from hiptimer.gui.tracker import Inhibitor, RunTracker, utc_now
from hiptimer.gui.week import WeekChart, week_summary
from hiptimer.gui.widgets import FitText, PictureView
from hiptimer.history import (
    DEFAULT_WEEKLY_GOAL,
    History,
    export_csv,
    streak,
    this_week,
    weekly_counts,
)
from hiptimer.plan import Phase, PhaseKind, Plan, Side, format_seconds, make_plan
from hiptimer.runner import Finished, RunState
from hiptimer.session import Move, Session, customise, load

if TYPE_CHECKING:
    # The library and the store bring in tomlkit; they are imported where
    # used so they cost nothing before the first frame.
    from hiptimer import library, store
    from hiptimer.audio import CuePlayer
    from hiptimer.gui.sound import SoundCues

logger = logging.getLogger(__name__)

# Self-paced reps still animate the picture, at this many seconds per rep.
SELF_PACED_ANIMATION_TEMPO = 3.0
SCALE_STEPS = (50, 60, 70, 80, 90, 100, 110, 120, 130, 150, 175, 200)


def ask_open_path(parent: QWidget) -> Path | None:
    """Ask which session file to open; ``None`` if the user cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent, "Open a session", str(Path.home()), "Sessions (*.toml);;All files (*)"
    )
    return Path(name) if name else None


def show_problems(parent: QWidget, error: SessionError, fallback: str) -> None:
    """Tell the user, once, every problem found in a session file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("This session has problems")
    count = len(error.problems)
    box.setText(
        f"{Path(error.filename).name} could not be used "
        f"({count} problem{'s' if count != 1 else ''}).\n{fallback}"
    )
    box.setDetailedText("\n".join(error.lines()))
    box.setInformativeText("\n".join(error.lines()[:8]) + ("\n…" if count > 8 else ""))
    box.exec()


def ask_csv_path(parent: QWidget) -> Path | None:
    """Ask where to export the history; ``None`` if the user cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent, "Export history", str(Path.home() / "hiptimer-history.csv"), "CSV (*.csv)"
    )
    return Path(name) if name else None


def show_message(parent: QWidget, title: str, text: str) -> None:
    """Tell the user something went wrong, in one dialog."""
    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question; ``True`` means yes."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def describe_move(move: Move) -> str:
    """Return a move's dose the way a runner says it: "10 each side", "hold 30 s"."""
    side = " each side" if move.each_side else ""
    if move.reps is not None:
        pace = ", your pace" if move.tempo is None else ""
        amount = f"{move.reps} reps{side}{pace}"
    else:
        amount = f"hold {move.hold:g} s{side}"
    if move.sets > 1:
        amount = f"{move.sets} × {amount}"
    return amount


def _button(text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAccessibleName(text)
    # Buttons never take the keyboard focus, so Space always reaches the
    # window's Start/Pause shortcut instead of "clicking" a focused button.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(slot)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return button


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


class SpaceStarts(QObject):
    """Lets Space reach the Start shortcut while a number box has the focus.

    A spin box's text field claims every printable key for itself, Space
    included, so a runner who had just set the rounds could not start with
    Space. Refusing the box's claim on Space hands the key to the shortcut.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Decline Space for the watched widget."""
        if (event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space):
            event.ignore()
            return True
        return False


class StartScreen(QWidget):
    """The session at a glance, with this run's rounds and scale, and Start."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)

        top = QHBoxLayout()
        self.picker = SessionPicker()
        self.picker.setToolTip("Pick a session: built-in, your own, or recent")
        self.picker.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.picker.activated.connect(self._picked)
        top.addWidget(QLabel("Session:"))
        top.addWidget(self.picker, 1)
        top.addWidget(_button("Open…", "Open a session file (Ctrl+O)", window.open_session))
        top.addWidget(_button("Edit…", "Edit this session (Ctrl+E)", window.edit_session))
        self.more_menu = QMenu(self)
        self.duplicate_action = self.more_menu.addAction("Duplicate", window.duplicate_session)
        self.delete_action = self.more_menu.addAction("Delete (to trash)",
                                                      window.delete_session)
        self.more_menu.addAction("Show in folder", window.show_in_folder)
        self.restore_menu = self.more_menu.addMenu("Restore a deleted session")
        self.restore_menu.aboutToShow.connect(window.fill_restore_menu)
        more = QToolButton()
        more.setText("⋯")
        more.setToolTip("More: duplicate, delete, show in folder")
        more.setAccessibleName("More session actions")
        more.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setMenu(self.more_menu)
        top.addWidget(more)
        layout.addLayout(top)

        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.moves = QLabel()
        self.moves.setObjectName("moves")
        self.moves.setWordWrap(True)
        self.moves.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.moves, 1)

        tune = QHBoxLayout()
        self.rounds = QSpinBox()
        self.rounds.setRange(1, 20)
        self.rounds.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.rounds.setToolTip("Rounds for this run")
        self.rounds.valueChanged.connect(window.tune_changed)
        self.scale = QComboBox()
        self.scale.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.scale.setToolTip("Reps and hold times for this run")
        for percent in SCALE_STEPS:
            self.scale.addItem(f"{percent} %", percent)
        self.scale.setCurrentIndex(SCALE_STEPS.index(100))
        self.scale.currentIndexChanged.connect(window.tune_changed)
        self.less = _button("−", "Fewer reps and shorter holds", lambda: self.step_scale(-1))
        self.more = _button("+", "More reps and longer holds", lambda: self.step_scale(1))
        self.total = QLabel()
        self.total.setObjectName("total")
        tune.addWidget(QLabel("Rounds"))
        tune.addWidget(self.rounds)
        tune.addSpacing(16)
        tune.addWidget(QLabel("Reps and holds"))
        tune.addWidget(self.less)
        tune.addWidget(self.scale)
        tune.addWidget(self.more)
        tune.addStretch(1)
        self.keep = _button("Keep these", "Save these rounds and reps into the session",
                            window.keep_tuning)
        self.keep.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.keep.setEnabled(False)
        tune.addWidget(self.keep)
        tune.addWidget(self.total)
        layout.addLayout(tune)

        goal_row = QHBoxLayout()
        self.week = QLabel()
        self.week.setObjectName("week")
        self.goal = QSpinBox()
        self.goal.setRange(1, 14)
        self.goal.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.goal.setToolTip("Your goal: warm-ups per week")
        self.goal.valueChanged.connect(window.goal_changed)
        self.volume = QSpinBox()
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(10)
        self.volume.setSuffix(" %")
        self.volume.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.volume.setToolTip("Volume of the cues and the voice")
        self.volume.valueChanged.connect(window.set_volume)
        goal_row.addWidget(self.week, 1)
        goal_row.addWidget(QLabel("Goal per week"))
        goal_row.addWidget(self.goal)
        goal_row.addSpacing(16)
        goal_row.addWidget(QLabel("Volume"))
        goal_row.addWidget(self.volume)
        layout.addLayout(goal_row)
        self.chart = WeekChart()
        layout.addWidget(self.chart)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.space_starts = SpaceStarts(self)
        for box in (self.rounds, self.goal, self.volume):
            box.installEventFilter(self.space_starts)
            box.lineEdit().installEventFilter(self.space_starts)

        self.start = _button("Start  (Space)", "Start the session (Space)", window.start_or_toggle)
        self.start.setObjectName("start")
        self.start.setMinimumHeight(64)
        layout.addWidget(self.start)

    def step_scale(self, step: int) -> None:
        """Move the rep/hold scale one step down or up."""
        index = max(0, min(len(SCALE_STEPS) - 1, self.scale.currentIndex() + step))
        self.scale.setCurrentIndex(index)

    def scale_factor(self) -> float:
        """Return the chosen scale as a factor (1.0 = as written)."""
        return float(self.scale.currentData()) / 100

    def _picked(self, index: int) -> None:
        path = self.picker.itemData(index)
        if path:
            self.window_.load_session(Path(path))

    def show_session(self, session: Session, plan: Plan) -> None:
        """Fill the screen from ``session`` and its current plan."""
        self.title.setText(session.name)
        self.description.setText(session.description)
        self.description.setVisible(bool(session.description))
        lines = []
        for block in session.blocks:
            if len(session.blocks) > 1 or block.rounds > 1:
                rounds = f" — {block.rounds} rounds" if block.rounds > 1 else ""
                lines.append(f"<b>{_escape(block.name)}{rounds}</b>")
            for move in block.moves:
                lines.append(f"&nbsp;&nbsp;• {_escape(move.name)}: {describe_move(move)}")
        self.moves.setText("<br>".join(lines))
        estimate = " (estimated)" if plan.has_self_paced else ""
        self.total.setText(f"Total {format_seconds(plan.total)}{estimate}")


def _write_differences(document: store.Document, before: Session, after: Session) -> None:
    """Write into ``document`` the rounds, reps and holds that differ between two sessions."""
    from hiptimer import store

    has_blocks = "blocks" in document.unwrap()
    for b, (old_block, new_block) in enumerate(zip(before.blocks, after.blocks, strict=True)):
        prefix: tuple[str | int, ...] = ("blocks", b) if has_blocks else ()
        if old_block.rounds != new_block.rounds:
            store.set_value(document, (*prefix, "rounds"), new_block.rounds)
        for m, (old, new) in enumerate(zip(old_block.moves, new_block.moves, strict=True)):
            where = (*prefix, "moves", m)
            if old.reps != new.reps and new.reps is not None:
                store.set_value(document, (*where, "reps"), new.reps)
            if old.hold != new.hold and new.hold is not None:
                store.set_value(document, (*where, "hold"), new.hold)


def _heading(phase: Phase) -> str:
    """Return the line under the phase's label: the move, or what comes next."""
    if phase.kind is PhaseKind.WORK or phase.next_move is None:
        return phase.heading
    side = f" — {phase.next_side.value} side" if phase.next_side is not Side.NONE else ""
    return f"Next: {phase.next_move.name}{side}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RunScreen(QWidget):
    """What the runner follows during the session."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 8)
        outer.setSpacing(4)

        top = QHBoxLayout()
        self.round = QLabel()
        self.round.setObjectName("round")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName("Session progress")
        self.left = QLabel()
        self.left.setObjectName("left")
        top.addWidget(self.round)
        top.addWidget(self.progress, 1)
        top.addWidget(self.left)
        outer.addLayout(top)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)

        middle = QHBoxLayout()
        left = QVBoxLayout()
        self.picture = PictureView()
        left.addWidget(self.picture, 1)
        upcoming = QHBoxLayout()
        self.next_picture = PictureView(card=False)
        self.next_picture.setFixedSize(96, 72)
        self.next_label = QLabel()
        self.next_label.setObjectName("next")
        self.next_label.setWordWrap(True)
        upcoming.addWidget(self.next_picture)
        upcoming.addWidget(self.next_label, 1)
        left.addLayout(upcoming)
        middle.addLayout(left, 4)
        side = QVBoxLayout()
        self.kind = FitText(bold=True)
        self.heading = FitText(bold=True)
        self.digits = FitText(bold=True)
        self.digits.setAccessibleDescription("Countdown")
        self.sub = FitText(bold=False)
        side.addWidget(self.kind, 2)
        side.addWidget(self.heading, 3)
        side.addWidget(self.digits, 12)
        side.addWidget(self.sub, 2)
        middle.addLayout(side, 6)
        outer.addLayout(middle, 1)

        self.instructions = QLabel()
        self.instructions.setObjectName("instructions")
        self.instructions.setWordWrap(True)
        outer.addWidget(self.instructions)

        bottom = QHBoxLayout()
        self.back = _button("◀ Back", "Restart this phase, or go back one (←)", window.back)
        self.done = _button("Done ✓", "Done with these reps (Space)", window.done)
        self.done.hide()
        self.pause = _button("Pause", "Pause or resume (Space)", window.pause_or_resume)
        self.skip = _button("Skip ▶", "Skip to the next phase (→)", window.skip)
        self.restart = _button("Restart", "Start the session again (R)", window.restart)
        self.mute = _button("Mute", "Sound on or off (M)", window.toggle_mute)
        self.full = _button("Full screen", "Full screen on or off (F11)",
                            window.toggle_fullscreen)
        for button in (self.back, self.done, self.pause, self.skip, self.restart, self.mute,
                       self.full):
            bottom.addWidget(button)
        outer.addLayout(bottom)

        self.paused = QLabel("Paused — Space to resume", self)
        self.paused.setObjectName("paused")
        self.paused.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The dimming lies over everything but lets clicks through to the buttons.
        self.paused.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.paused.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        """Keep the countdown at least a third of the window tall."""
        super().resizeEvent(event)
        height = self.window_.height()
        self.digits.setMinimumHeight(int(height * 0.40))
        for widget, share in ((self.kind, 0.06), (self.heading, 0.08), (self.sub, 0.07)):
            widget.setMinimumHeight(int(height * share))
        font = self.instructions.font()
        font.setPixelSize(max(13, int(height * 0.026)))
        self.instructions.setFont(font)
        label_font = self.next_label.font()
        label_font.setPixelSize(max(13, int(height * 0.03)))
        for label in (self.next_label, self.round, self.left):
            label.setFont(label_font)
        self.next_picture.setFixedSize(int(height * 0.12 * 4 / 3), int(height * 0.12))
        button_font = self.back.font()
        button_font.setPixelSize(max(14, int(height * 0.024)))
        for button in (self.back, self.done, self.pause, self.skip, self.restart, self.mute,
                       self.full):
            button.setFont(button_font)
        self.paused.setGeometry(self.rect())
        paused_font = self.paused.font()
        paused_font.setPixelSize(max(18, int(height * 0.07)))
        paused_font.setBold(True)
        self.paused.setFont(paused_font)


class FinishScreen(QWidget):
    """"Done — go run!" with the time taken."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.title = FitText("Done — go run!")
        self.taken = FitText(bold=False)
        self.week = QLabel()
        self.week.setObjectName("week")
        self.week.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title, 3)
        layout.addWidget(self.taken, 1)
        layout.addWidget(self.week)
        buttons = QHBoxLayout()
        buttons.addWidget(_button("Again (R)", "Do the session again (R)", window.restart))
        buttons.addWidget(_button("Back to start (Esc)", "Back to the start screen (Esc)",
                                  window.show_start))
        layout.addLayout(buttons)


class MainWindow(QMainWindow):
    """hiptimer's main window.

    Signals:
        session_changed(object): a new ``Session`` was loaded (or customised).
        run_finished(object): a run reached its end (the runner's ``Finished``).
        first_frame_shown(): the window's first frame has been painted; work
            not needed to show it (loading the audio backend) waits for this.
    """

    session_changed = Signal(object)
    run_finished = Signal(object)
    first_frame_shown = Signal()

    def __init__(
        self,
        session: Session,
        now: Callable[[], float] = time.monotonic,
        settings: QSettings | None = None,
        history: History | None = None,
        inhibitor: Inhibitor | None = None,
        wall_clock: Callable[[], datetime] = utc_now,
        player: CuePlayer | None = None,
    ) -> None:
        super().__init__()
        self._now = now
        self._wall = wall_clock
        self.settings = settings
        self.history = history if history is not None else History.in_memory()
        self.base_session = session
        self.session = session
        self.plan = make_plan(session)
        self.muted = False
        self.adapter = RunnerAdapter(self.plan, now, self)
        self.adapter.refreshed.connect(self.refresh)
        self.adapter.phase_started.connect(self._phase_started)
        self.adapter.state_changed.connect(self._state_changed)
        self.adapter.finished.connect(self._finished)
        self.adapter.add_wake_source(self._next_frame_change)
        self.tracker = RunTracker(self.adapter, self.history, inhibitor, wall_clock, self)
        self.tracker.changed.connect(self.show_week)
        self.player: CuePlayer | None = None
        self.sound: SoundCues | None = None

        self.background = QColor(theme.START_BACKGROUND)
        self.first_frame_done = False
        self.notices: list[str] = []
        self.entries: list[library.Entry] = []
        self.library_listed = False
        self.stack = QStackedWidget()
        self.stack.setStyleSheet(_stylesheet())
        self.start_screen = StartScreen(self)
        self.run_screen = RunScreen(self)
        self.finish_screen = FinishScreen(self)
        for screen in (self.start_screen, self.run_screen, self.finish_screen):
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(640, 400))
        self.resize(1024, 640)
        icon = resources.assets_dir() / "icons" / "hiptimer.svg"
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))
        self._make_actions()
        self._make_menus()
        self.start_screen.picker.about_to_show.connect(self.list_library)
        self.start_screen.more_menu.aboutToShow.connect(self.list_library)
        self._fill_picker(full=False)
        self._reset_tuning()
        self._show_session()
        self.show_volume(100)
        self.show_week()
        if player is not None:
            self.attach_player(player)
        self.show_start()

    # -- set-up ----------------------------------------------------------

    def _make_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        bindings: list[tuple[str, str, QKeySequence | str, Callable[[], object]]] = [
            ("toggle", "Start / pause / resume / done", "Space", self.start_or_toggle),
            ("skip", "Skip", "Right", self.skip),
            ("back", "Back", "Left", self.back),
            ("restart", "Restart", "R", self.restart),
            ("mute", "Mute", "M", self.toggle_mute),
            ("fullscreen", "Full screen", "F11", self.toggle_fullscreen),
            ("escape", "Leave full screen", "Esc", self.escape),
            ("open", "Open…", QKeySequence(QKeySequence.StandardKey.Open), self.open_session),
            ("edit", "Edit…", "Ctrl+E", self.edit_session),
            ("quit", "Quit", QKeySequence(QKeySequence.StandardKey.Quit), self.close),
        ]
        for name, text, keys, slot in bindings:
            action = QAction(text, self)
            shortcuts = [QKeySequence(keys)]
            if name == "fullscreen":
                # The platform's own full-screen key too (Ctrl+Meta+F on macOS).
                native = QKeySequence(QKeySequence.StandardKey.FullScreen)
                if not native.isEmpty() and native != shortcuts[0]:
                    shortcuts.append(native)
            action.setShortcuts(shortcuts)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action

    def _fill_picker(self, full: bool = True) -> None:
        """List the sessions in the picker; ``full=False`` lists only the current one.

        Listing the library loads every session in it, so the first frame
        shows just the current session and the rest is listed when needed.
        """
        picker = self.start_screen.picker
        self.library_listed = full
        if not full:
            picker.clear()
            picker.addItem(self.base_session.name, str(self.base_session.source or ""))
            self.entries = []
            # Known only once the library is listed (when the menu opens).
            self.start_screen.delete_action.setEnabled(False)
            return
        from hiptimer import library

        picker.blockSignals(True)
        picker.clear()
        self.entries = library.list_sessions()
        for entry in self.entries:
            label = entry.name
            if entry.replaces is not None:
                label += "  (your copy)"
            elif entry.kind is library.Kind.RECENT:
                label += f"  ({entry.path.name})"
            if entry.error is not None:
                label += "  — has problems"
            picker.addItem(label, str(entry.path))
        source = self.base_session.source
        if source is not None:
            index = picker.findData(str(source))
            if index < 0:
                picker.addItem(self.base_session.name, str(source))
                index = picker.count() - 1
            picker.setCurrentIndex(index)
        picker.blockSignals(False)
        shown = self.current_entry()
        self.start_screen.delete_action.setEnabled(
            shown is not None and shown.kind is library.Kind.USER
        )

    def list_library(self) -> None:
        """Fill the picker with the whole library, once it is wanted."""
        if not self.library_listed:
            self._fill_picker()

    def current_entry(self) -> library.Entry | None:
        """Return the library entry of the session shown, if it is in the library."""
        source = self.base_session.source
        for entry in self.entries:
            if source is not None and entry.path == source:
                return entry
        return None

    def _show_session(self) -> None:
        self.setWindowTitle(f"{self.session.name} — hiptimer")
        self.start_screen.show_session(self.session, self.plan)

    def _reset_tuning(self) -> None:
        screen = self.start_screen
        for widget in (screen.rounds, screen.scale):
            widget.blockSignals(True)
        screen.rounds.setValue(max(b.rounds for b in self.base_session.blocks))
        screen.scale.setCurrentIndex(SCALE_STEPS.index(100))
        for widget in (screen.rounds, screen.scale):
            widget.blockSignals(False)
        screen.keep.setEnabled(False)

    def _make_menus(self) -> None:
        actions = self.actions_by_name
        # The bar sits on the phase colour; its menus keep the desktop's look.
        self.menuBar().setStyleSheet(
            "QMenuBar { background: transparent; color: white; }"
            " QMenuBar::item:selected { background: rgba(255, 255, 255, 60); }"
        )
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(actions["open"])
        file_menu.addAction(actions["edit"])
        export = file_menu.addAction("Export history as CSV…", self.export_history)
        actions["export"] = export
        file_menu.addSeparator()
        file_menu.addAction(actions["quit"])
        view = self.menuBar().addMenu("&View")
        view.addAction(actions["fullscreen"])
        view.addAction(actions["mute"])
        actions["retry_sound"] = view.addAction("Try sound again", self.retry_sound)

    def weekly_goal(self) -> int:
        """Return the runner's goal of warm-ups per week."""
        if self.settings is None:
            return DEFAULT_WEEKLY_GOAL
        value = self.settings.value("weekly_goal", DEFAULT_WEEKLY_GOAL)
        try:
            goal = int(str(value))
        except ValueError:
            goal = DEFAULT_WEEKLY_GOAL
        return max(1, min(14, goal))

    @Slot(int)
    def goal_changed(self, goal: int) -> None:
        """Remember a new weekly goal and redraw the summary."""
        if self.settings is not None:
            self.settings.setValue("weekly_goal", goal)
        self.show_week()

    @Slot()
    def show_week(self) -> None:
        """Show this week's count, the streak and the chart from the history."""
        runs = self.history.runs()
        goal = self.weekly_goal()
        today = self._wall().astimezone().date()
        first = QLocale().firstDayOfWeek().value - 1
        done, _ = this_week(runs, today, first, goal)
        weeks = streak(runs, today, first, goal)
        screen = self.start_screen
        screen.goal.blockSignals(True)
        screen.goal.setValue(goal)
        screen.goal.blockSignals(False)
        screen.week.setText(week_summary(done, goal, weeks))
        screen.chart.set_weeks(weekly_counts(runs, today, first, 12), goal)
        left = goal - done
        cheer = "Weekly goal met — nice work." if left <= 0 else (
            f"{left} more this week to reach your goal of {goal}.")
        self.finish_screen.week.setText(f"This week: {done} of {goal}. {cheer}")
        if self.history.notice:
            self.add_notice(self.history.notice)

    def add_notice(self, text: str) -> None:
        """Show a one-line notice (no sound, history problems) on the start and run screens."""
        if text in self.notices:
            return
        self.notices.append(text)
        for label in (self.start_screen.notice, self.run_screen.notice):
            label.setText("\n".join(self.notices))
            label.show()

    def clear_notice(self, text: str) -> None:
        """Take a notice away again (its cause was fixed)."""
        self.notices = [n for n in self.notices if n != text]
        for label in (self.start_screen.notice, self.run_screen.notice):
            label.setText("\n".join(self.notices))
            label.setVisible(bool(self.notices))

    @Slot()
    def export_history(self) -> None:
        """Write the history to a CSV file the user picks."""
        path = ask_csv_path(self)
        if path is None:
            return
        try:
            export_csv(self.history.runs(), path)
        except OSError as exc:
            show_message(self, "Could not export the history", f"{path}: {exc.strerror}")

    # -- sessions --------------------------------------------------------

    def set_session(self, session: Session) -> None:
        """Use ``session`` from now on (the run, if any, is abandoned)."""
        self.base_session = session
        self._reset_tuning()
        self._apply(session)
        self._fill_picker()
        self.show_start()

    def _apply(self, session: Session) -> None:
        self.session = session
        self.plan = make_plan(session)
        self.adapter.set_plan(self.plan)
        self._show_session()
        self.session_changed.emit(session)

    @Slot()
    def tune_changed(self) -> None:
        """Apply the start screen's rounds and scale to this run."""
        screen = self.start_screen
        rounds = screen.rounds.value()
        base_rounds = max(b.rounds for b in self.base_session.blocks)
        scale = screen.scale_factor()
        session = customise(
            self.base_session,
            rounds=rounds if rounds != base_rounds else None,
            scale=scale if scale != 1.0 else None,
        )
        self._apply(session)
        screen.keep.setEnabled(session != self.base_session)

    @Slot()
    def keep_tuning(self) -> None:
        """Save the start screen's rounds and scale into the session file."""
        from hiptimer import store

        source = self.base_session.source
        if source is None or self.session == self.base_session:
            return
        try:
            document = store.open_document(source)
            _write_differences(document, self.base_session, self.session)
            written = store.save(document)
        except store.StoreError as exc:
            show_message(self, "Could not keep these settings", str(exc))
            return
        self.load_session(written)

    def load_session(self, path: Path, remember: bool = False) -> bool:
        """Load the session in ``path``; on problems, say so and keep the current one.

        ``remember`` adds the file to the library's recent files (for files
        the user opened from elsewhere).
        """
        from hiptimer import library, store

        try:
            session = load(path)
        except SessionError as exc:
            show_problems(self, exc, f"Still using “{self.base_session.name}”.")
            self._fill_picker()
            return False
        if remember and not store.is_builtin(path):
            library.add_recent(path)
        self.set_session(session)
        if self.settings is not None:
            self.settings.setValue("last_session", str(session.source or path))
        return True

    @Slot()
    def open_session(self) -> None:
        """Ask for a session file and load it."""
        if self.adapter.runner.state is RunState.RUNNING:
            self.adapter.pause()
        path = ask_open_path(self)
        if path is not None:
            self.load_session(path, remember=True)

    @Slot()
    def edit_session(self) -> None:
        """Open the session editor; a saved session is loaded at once."""
        from hiptimer import store
        from hiptimer.gui.editor import SessionEditor

        if self.adapter.runner.state is RunState.RUNNING:
            self.adapter.pause()
        source = self.base_session.source
        if source is None:
            show_message(self, "Nothing to edit", "This session was not read from a file.")
            return
        try:
            editor = SessionEditor.for_path(source, parent=self)
        except store.OpenError as exc:
            show_message(self, "Cannot edit this session", str(exc))
            return
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self.load_session)
        self.editor = editor
        editor.open()

    @Slot()
    def duplicate_session(self) -> None:
        """Copy the session into the user's library and switch to the copy."""
        from hiptimer import library

        self.list_library()
        entry = self.current_entry()
        if entry is None:
            return
        try:
            copy = library.duplicate(entry)
        except (library.LibraryError, OSError) as exc:
            show_message(self, "Could not duplicate", str(exc))
            return
        self.load_session(copy)

    @Slot()
    def delete_session(self) -> None:
        """Move the user's session to the library's trash and show the default."""
        from hiptimer import library

        self.list_library()
        entry = self.current_entry()
        if entry is None or entry.kind is not library.Kind.USER:
            return
        if not confirm(self, "Delete session?",
                       f"Move “{entry.name}” to the trash folder of your library? "
                       f"You can get it back from {library.trash_dir()}."):
            return
        try:
            library.delete(entry)
        except (library.LibraryError, OSError) as exc:
            show_message(self, "Could not delete", str(exc))
            return
        from hiptimer.cli import default_session_file

        self.load_session(default_session_file())

    @Slot()
    def fill_restore_menu(self) -> None:
        """List the sessions in the library's trash, newest first, to bring one back."""
        from hiptimer import library

        menu = self.start_screen.restore_menu
        menu.clear()
        found = library.trashed()
        if not found:
            menu.addAction("(the trash is empty)").setEnabled(False)
        for path in found[:20]:
            action = menu.addAction(path.name)
            action.triggered.connect(partial(self.restore_session, path))

    def restore_session(self, path: Path) -> None:
        """Bring a deleted session back into the library and show it."""
        from hiptimer import library

        try:
            restored = library.restore(path)
        except (library.LibraryError, OSError) as exc:
            show_message(self, "Could not restore", str(exc))
            return
        self.load_session(restored)

    @Slot()
    def show_in_folder(self) -> None:
        """Open the folder holding the session file in the desktop's file manager."""
        source = self.base_session.source
        if source is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(source.parent)))

    # -- drag and drop ---------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt naming
        """Accept a dragged session file."""
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and urls[0].toLocalFile().endswith(".toml"):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt naming
        """Load a dropped session file."""
        urls: list[QUrl] = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.load_session(Path(urls[0].toLocalFile()), remember=True)
            event.acceptProposedAction()

    # -- actions ---------------------------------------------------------

    @Slot()
    def start_or_toggle(self) -> None:
        """Space: start, pause, resume, or "done" on self-paced reps."""
        if self.stack.currentWidget() is self.finish_screen:
            return
        if self.adapter.runner.state is RunState.FINISHED:
            return
        self.adapter.toggle()

    @Slot()
    def pause_or_resume(self) -> None:
        """Pause or resume (the Pause button), never "done" as Space would be."""
        if self.adapter.runner.state is RunState.PAUSED:
            self.adapter.toggle()
        else:
            self.adapter.pause()

    @Slot()
    def done(self) -> None:
        """End self-paced reps (the Done button)."""
        self.adapter.done()

    @Slot()
    def skip(self) -> None:
        """Skip to the next phase."""
        self.adapter.skip()

    @Slot()
    def back(self) -> None:
        """Restart the phase, or go back one if it has just begun."""
        self.adapter.back()

    @Slot()
    def restart(self) -> None:
        """Start the session again from the beginning."""
        if self.adapter.runner.state is RunState.READY:
            return
        self.adapter.restart()

    @Slot()
    def toggle_mute(self) -> None:
        """Sound on or off."""
        self.set_muted(not self.muted)

    def set_muted(self, muted: bool, remember: bool = True) -> None:
        """Turn sound off (``True``) or on; ``remember`` keeps it for next time."""
        self.muted = muted
        self.run_screen.mute.setText("Unmute" if muted else "Mute")
        if self.player is not None:
            self.player.muted = muted
        if self.settings is not None and remember:
            self.settings.setValue("mute", muted)

    def show_volume(self, volume: int) -> None:
        """Show ``volume`` in the start screen's control without saving it again."""
        self.start_screen.volume.blockSignals(True)
        self.start_screen.volume.setValue(volume)
        self.start_screen.volume.blockSignals(False)

    @Slot(int)
    def set_volume(self, volume: int) -> None:
        """Set the cue volume (0-100) and remember it."""
        if self.player is not None:
            self.player.volume = volume
        if self.settings is not None:
            self.settings.setValue("volume", volume)

    @Slot()
    def retry_sound(self) -> None:
        """Try sound again after the user fixed what stopped it."""
        if self.player is None:
            return
        old = self.player.notice
        if self.player.retry():
            if old:
                self.clear_notice(old)
        elif self.player.notice:
            self.add_notice(self.player.notice)

    def attach_player(self, player: CuePlayer) -> None:
        """Play the cues through ``player`` from now on (done after the first frame)."""
        from hiptimer.gui.sound import SoundCues

        self.player = player
        player.muted = self.muted
        self.sound = SoundCues(self.adapter, player, self)
        self.sound.notice.connect(self.add_notice)
        self.show_volume(player.volume)

    def sound_started(self) -> None:
        """Load the audio backend now that the window shows, and say what is missing."""
        if self.player is None:
            return
        self.player.warm_up()
        if self.player.voice_notice:
            self.add_notice(self.player.voice_notice)

    @Slot()
    def toggle_fullscreen(self) -> None:
        """Full screen on or off."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        if self.settings is not None:
            self.settings.setValue("fullscreen", self.isFullScreen())

    @Slot()
    def escape(self) -> None:
        """Esc: leave full screen, or go from the finish screen back to the start."""
        if self.isFullScreen():
            self.showNormal()
            if self.settings is not None:
                self.settings.setValue("fullscreen", False)
        elif self.stack.currentWidget() is self.finish_screen:
            self.show_start()

    @Slot()
    def show_start(self) -> None:
        """Show the start screen for the current session, ready to go."""
        if self.adapter.runner.state is not RunState.READY:
            self.adapter.set_plan(self.plan)
        self._paint(theme.START_BACKGROUND)
        self.stack.setCurrentWidget(self.start_screen)

    # -- following the runner --------------------------------------------

    def _paint(self, background: str) -> None:
        # Only the window's own fill changes with the phase: restyling every
        # widget with a new style sheet cost ~4 ms per phase change and held
        # up the phase's start cue behind it (docs/benchmarks.md, "Timing").
        colour = QColor(background)
        if colour != self.background:
            self.background = colour
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        """Fill the window with the colour of the phase; the screens are see-through."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.background)
        if not self.first_frame_done:
            self.first_frame_done = True
            # Posted from inside the paint, so it runs once the frame is out.
            QTimer.singleShot(0, self.first_frame_shown.emit)

    @Slot(int)
    def _phase_started(self, index: int) -> None:
        phase = self.plan.phases[index]
        screen = self.run_screen
        if self.stack.currentWidget() is not screen and phase.kind is not PhaseKind.DONE:
            self.stack.setCurrentWidget(screen)
        look = theme.LOOKS[phase.kind]
        screen.done.setVisible(phase.self_paced)
        if self.adapter.runner.state is not RunState.PAUSED:
            self._paint(look.background)
        screen.kind.setText(look.label)
        screen.heading.setText(_heading(phase))
        screen.instructions.setText(phase.move.instructions if phase.move else "")
        screen.instructions.setVisible(bool(phase.move and phase.move.instructions))
        if phase.rounds > 1:
            screen.round.setText(f"Round {phase.round_no} of {phase.rounds}")
        else:
            screen.round.setText("")
        if phase.next_move is not None:
            if phase.next_move is phase.move:
                what = f"{phase.next_side.value} side"  # the same move on its other side
            else:
                what = describe_move(phase.next_move)
            screen.next_label.setText(f"Next up: {phase.next_move.name} — {what}")
            screen.next_picture.show_frames(phase.next_move.images[:1], phase.next_move.name)
            screen.next_picture.show()
        else:
            screen.next_label.setText("Last one — then go run!" if index < len(
                self.plan.phases) - 1 else "")
            screen.next_picture.hide()

    @Slot(object)
    def _state_changed(self, state: RunState) -> None:
        screen = self.run_screen
        paused = state is RunState.PAUSED
        screen.paused.setVisible(paused)
        if paused:
            screen.paused.raise_()
            self._paint(theme.PAUSED_BACKGROUND)
        elif state is RunState.RUNNING:
            self._paint(theme.LOOKS[self.adapter.runner.phase.kind].background)
        screen.pause.setText("Resume" if paused else "Pause")

    @Slot(object)
    def _finished(self, event: Finished) -> None:
        self._paint(theme.LOOKS[PhaseKind.DONE].background)
        self.finish_screen.taken.setText(f"Time: {format_seconds(event.active)}")
        self.stack.setCurrentWidget(self.finish_screen)
        self.run_finished.emit(event)

    def _frames_for(self, phase: Phase) -> tuple[tuple[Path, ...], str]:
        if phase.kind is PhaseKind.WORK and phase.move is not None:
            return phase.move.images, phase.move.name
        name = {
            PhaseKind.GET_READY: "get-ready",
            PhaseKind.SWITCH: "rest",
            PhaseKind.REST: "rest",
            PhaseKind.ROUND_REST: "rest",
            PhaseKind.DONE: "done",
        }[phase.kind]
        return resources.image_frames(name), phase.title

    def _animation_step(self, phase: Phase, frames: int) -> float | None:
        """Return seconds per picture frame for a rep phase, or ``None`` when still."""
        if phase.kind is not PhaseKind.WORK or phase.reps is None or frames < 2:
            return None
        tempo = phase.tempo or SELF_PACED_ANIMATION_TEMPO
        return tempo / frames

    def _next_frame_change(self, now: float) -> float | None:
        runner = self.adapter.runner
        if runner.state is not RunState.RUNNING:
            return None
        phase = runner.phase
        frames, _ = self._frames_for(phase)
        step = self._animation_step(phase, len(frames))
        if step is None:
            return None
        elapsed = runner.elapsed()
        return now + (math.floor(elapsed / step + 1e-9) + 1) * step - elapsed

    @Slot()
    def refresh(self) -> None:
        """Show what the runner says now: countdown, reps, picture, progress."""
        runner = self.adapter.runner
        if runner.state is RunState.READY or self.stack.currentWidget() is not self.run_screen:
            return
        screen = self.run_screen
        phase = runner.phase
        remaining = runner.remaining()
        rep = runner.current_rep()
        if phase.kind is PhaseKind.WORK and phase.reps is not None:
            if rep is not None:
                screen.digits.setText(f"{rep}/{phase.reps}")
                screen.sub.setText(f"{format_seconds(remaining or 0)} left")
            else:
                screen.digits.setText(str(phase.reps))
                screen.sub.setText(f"reps · Space when done · {format_seconds(runner.elapsed())}")
        else:
            seconds = math.ceil(remaining - 1e-9) if remaining is not None else 0
            screen.digits.setText(str(seconds) if seconds < 60 else format_seconds(seconds))
            screen.sub.setText("hold" if phase.is_hold else "")
        frames, label = self._frames_for(phase)
        step = self._animation_step(phase, len(frames))
        if step is not None:
            index = int(runner.elapsed() / step + 1e-9) % len(frames)
        elif phase.is_hold:
            index = len(frames) - 1
        else:
            index = 0
        mirrored = phase.side is Side.RIGHT and phase.move is not None and phase.move.mirror
        screen.picture.show_frames(frames, label, mirrored, index)
        total = self.plan.total or 1.0
        left = runner.time_left()
        screen.progress.setValue(int(1000 * (1 - left / total)))
        screen.left.setText(f"{format_seconds(left)} left")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        """Stop the timer, and record a run under way as abandoned, when the window goes."""
        self.adapter.set_plan(self.plan)
        self.tracker.abandon()
        super().closeEvent(event)


def _stylesheet() -> str:
    """Return the style of the screens (set once; the phase colour is painted by the window)."""
    return f"""
        QLabel {{ color: {theme.TEXT}; background: transparent; }}
        QLabel#title {{ font-size: 30px; font-weight: bold; }}
        QLabel#moves {{ font-size: 20px; }}
        QLabel#total, QLabel#week {{ font-size: 20px; font-weight: bold; }}
        QLabel#instructions {{ color: {theme.DIM_TEXT}; }}
        QLabel#notice {{ color: #FDE68A; font-size: 15px; }}
        QLabel#paused {{ background: rgba(17, 24, 39, 215); color: white; }}
        QPushButton, QToolButton {{
            background: rgba(255, 255, 255, 38); color: white; border: 2px solid
            rgba(255, 255, 255, 110); border-radius: 8px; padding: 8px 14px;
        }}
        QPushButton:hover, QToolButton:hover {{ background: rgba(255, 255, 255, 70); }}
        QToolButton::menu-indicator {{ image: none; }}
        QPushButton#start {{
            background: {theme.LOOKS[PhaseKind.WORK].background}; font-size: 28px;
            font-weight: bold; border-color: white;
        }}
        QComboBox, QSpinBox {{
            background: white; color: #111827; font-size: 16px; padding: 4px;
            border-radius: 4px;
        }}
        QComboBox QAbstractItemView {{ background: white; color: #111827; }}
        QProgressBar {{
            background: rgba(255, 255, 255, 45); border: none; border-radius: 5px;
            min-height: 10px; max-height: 10px;
        }}
        QProgressBar::chunk {{ background: white; border-radius: 5px; }}
    """
