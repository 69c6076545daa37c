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
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from hiptimer import prefs, resources
from hiptimer.errors import SessionError
from hiptimer.gui import theme
from hiptimer.gui.early_keys import EarlyKeys
from hiptimer.gui.start import SCALE_STEPS, StartScreen, text_sizes
from hiptimer.plan import PhaseKind, make_plan
from hiptimer.session import Session, customise, load

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QAction,
        QCloseEvent,
        QDragEnterEvent,
        QDropEvent,
        QKeyEvent,
        QPaintEvent,
    )

    # Imported where used: the library and the store bring in tomlkit, the
    # history sqlite3, and the runner's side is built after the first frame.
    from hiptimer import library
    from hiptimer.audio import CuePlayer
    from hiptimer.gui.adapter import RunnerAdapter
    from hiptimer.gui.screens import FinishScreen, RunScreen, RunSide
    from hiptimer.gui.sound import SoundCues
    from hiptimer.gui.tracker import Inhibitor, RunTracker
    from hiptimer.history import History

logger = logging.getLogger(__name__)



def ask_open_path(parent: QWidget) -> Path | None:
    """Ask which session file to open; ``None`` if the user cancelled."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        parent, "Open a session", str(Path.home()), "Sessions (*.toml);;All files (*)"
    )
    return Path(name) if name else None


def show_problems(parent: QWidget, error: SessionError, fallback: str) -> None:
    """Tell the user, once, every problem found in a session file."""
    from PySide6.QtWidgets import QMessageBox

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
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(
        parent, "Export history", str(Path.home() / "hiptimer-history.csv"), "CSV (*.csv)"
    )
    return Path(name) if name else None


def show_message(parent: QWidget, title: str, text: str) -> None:
    """Tell the user something went wrong, in one dialog."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question; ``True`` means yes."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class MainWindow(QMainWindow):
    """hiptimer's main window.

    Signals:
        session_changed(object): a new ``Session`` was loaded (or customised).
        run_finished(object): a run reached its end (the runner's ``Finished``).
        first_frame_shown(): the window's first frame has been painted; what
            that frame did not need (the run screen, the history, the audio
            backend) waits for this.
    """

    session_changed = Signal(object)
    run_finished = Signal(object)
    first_frame_shown = Signal()

    def __init__(
        self,
        session: Session,
        now: Callable[[], float] = time.monotonic,
        settings: QSettings | None = None,
        history: History | Callable[[], History] | None = None,
        inhibitor: Inhibitor | None = None,
        wall_clock: Callable[[], datetime] | None = None,
        player: CuePlayer | None = None,
    ) -> None:
        """Build the start screen; the rest waits for the first frame (see ``complete``).

        ``history`` is the run history, or a function that opens it once the
        first frame is out (``None``: an in-memory one). ``wall_clock``
        dates the runs (``None``: the system clock, in UTC).
        """
        super().__init__()
        self._now = now
        self._wall_clock = wall_clock
        self.settings = settings
        self._history = history
        # The in-memory history made when none was given is the window's to close.
        self._own_history: History | None = None
        self._history_notice: str | None = None  # the history's notice now shown
        self._inhibitor = inhibitor
        self._parts: RunSide | None = None
        self.base_session = session
        self.session = session
        self.plan = make_plan(session)
        self.muted = False
        self.player: CuePlayer | None = None
        self.sound: SoundCues | None = None

        self.background = ""
        self.first_frame_done = False
        self.notices: list[str] = []
        self.entries: list[library.Entry] = []
        self.library_listed = False
        self.stack = QStackedWidget()
        self.start_screen = StartScreen()
        self._wire_start_screen()
        self.stack.addWidget(self.start_screen)
        self.setCentralWidget(self.stack)
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(640, 400))
        self.resize(1024, 640)
        self._actions: dict[str, QAction] = {}
        self._make_menu_bar()
        self.start_screen.picker.about_to_show.connect(self.list_library)
        self.start_screen.more_menu.aboutToShow.connect(self.list_library)
        self._fill_picker(full=False)
        self._reset_tuning()
        self._show_session()
        # What the start screen shows of the settings is right in the first
        # frame; the week's count waits for the history.
        self.show_volume(self.saved_volume())
        self._show_goal(self.weekly_goal())
        self.first_frame_shown.connect(self.complete)
        screen = self.start_screen
        focusable = (screen.rounds, screen.goal, screen.volume)
        self._early_keys = EarlyKeys(self, self._early_key, (
            self, screen.scale, screen.picker, *focusable,
            *(box.lineEdit() for box in focusable)))
        # Styled once the start screen is built and in place: a style sheet
        # set earlier is applied again to every widget each time one is
        # added or moved under it (about 2 ms more before the first frame).
        self.stack.setStyleSheet(_stylesheet())
        if player is not None:
            self.attach_player(player)
        self.show_start()

    def _wire_start_screen(self) -> None:
        screen = self.start_screen
        screen.start_clicked.connect(self.start_or_toggle)
        screen.open_clicked.connect(self.open_session)
        screen.edit_clicked.connect(self.edit_session)
        screen.keep_clicked.connect(self.keep_tuning)
        screen.session_picked.connect(self.load_session)
        screen.tune_changed.connect(self._tune_or_refuse)
        screen.goal_changed.connect(self.goal_changed)
        screen.volume_changed.connect(self.set_volume)
        screen.duplicate_clicked.connect(self.duplicate_session)
        screen.delete_clicked.connect(self.delete_session)
        screen.show_folder_clicked.connect(self.show_in_folder)
        screen.restore_menu_opening.connect(self.fill_restore_menu)

    @Slot()
    def _tune_or_refuse(self) -> None:
        # customise() refuses rounds whose plan would pass the loader's
        # limit; the screen says so and keeps the rounds that fit, rather
        # than the refusal escaping from the slot.
        try:
            self.tune_changed()
        except SessionError as exc:
            self.start_screen.refuse_rounds(exc)

    # -- the parts the first frame does not show -------------------------

    @Slot()
    def complete(self) -> None:
        """Build, once, what the first frame does not show.

        That is the runner's side (``RunSide``), the keys and the menus'
        items, the window icon and the week's summary from the history. Runs
        as soon as the first frame is out, before any key press is handled,
        or earlier when something needs these parts: ``adapter``,
        ``tracker``, ``run_screen``, ``finish_screen`` and
        ``actions_by_name`` build them when first used (and ``history``
        opens the history when first used).
        """
        if self._parts is not None:
            return
        from PySide6.QtGui import QIcon

        from hiptimer.gui.screens import RunSide

        parts = RunSide(self.plan, self._now, self.history, self._inhibitor, self.wall_now,
                        self.stack.currentWidget, self)
        parts.background_changed.connect(self.paint_background)
        parts.screen_wanted.connect(self.stack.setCurrentWidget)
        parts.finished.connect(self.run_finished)
        parts.tracker.changed.connect(self.show_week)
        run, finish = parts.run_screen, parts.finish_screen
        run.back_clicked.connect(self.back)
        run.done_clicked.connect(self.done)
        run.pause_clicked.connect(self.pause_or_resume)
        run.skip_clicked.connect(self.skip)
        run.restart_clicked.connect(self.restart)
        run.mute_clicked.connect(self.toggle_mute)
        run.fullscreen_clicked.connect(self.toggle_fullscreen)
        finish.again_clicked.connect(self.restart)
        finish.start_clicked.connect(self.show_start)
        self.stack.addWidget(parts.run_screen)
        self.stack.addWidget(parts.finish_screen)
        self._parts = parts
        self._make_actions()
        self._early_keys.stop()
        self._fill_menus()
        self.start_screen.add_more_items()
        self.set_muted(self.muted, remember=False)
        self._show_notices()
        screen = self.start_screen
        screen.number_keys.watch((screen.rounds, screen.goal, screen.volume))
        icon = resources.assets_dir() / "icons" / "hiptimer.svg"
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))
        self.show_week()

    @property
    def actions_by_name(self) -> dict[str, QAction]:
        """The window's actions by name ("open", "skip", ...), with their keys."""
        self.complete()
        return self._actions

    def _built(self) -> RunSide:
        self.complete()
        assert self._parts is not None
        return self._parts

    @property
    def adapter(self) -> RunnerAdapter:
        """The adapter that drives the runner."""
        return self._built().adapter

    @property
    def tracker(self) -> RunTracker:
        """What records the runs and keeps the screen awake."""
        return self._built().tracker

    @property
    def run_screen(self) -> RunScreen:
        """The screen followed during the run."""
        return self._built().run_screen

    @property
    def finish_screen(self) -> FinishScreen:
        """"Done — go run!"."""
        return self._built().finish_screen

    @property
    def history(self) -> History:
        """The run history, opened when first needed."""
        history = self._history
        if history is None:
            from hiptimer.history import History

            history = self._own_history = History.in_memory()
        elif callable(history):
            history = history()
        self._history = history
        return history

    def wall_now(self) -> datetime:
        """Return the wall-clock time runs are dated with."""
        if self._wall_clock is None:
            from hiptimer.gui.tracker import utc_now

            self._wall_clock = utc_now
        return self._wall_clock()

    def _running(self) -> bool:
        """Say whether a run is under way and not paused (without building the runner)."""
        return self._parts is not None and self._parts.running()

    # -- set-up ----------------------------------------------------------

    def _make_actions(self) -> None:
        # Made with the rest once the first frame is out: no key press can be
        # handled before then anyway, and the menus show no item until opened.
        from PySide6.QtGui import QAction, QKeySequence

        # Keys as text or a standard key, never an existing QKeySequence:
        # copying one makes PySide6 weigh a ``Qt.Key`` overload, which builds
        # the whole ``Qt`` namespace before the first frame (see start.py).
        bindings: list[tuple[str, str, QKeySequence.StandardKey | str, Callable[[], object]]] = [
            ("toggle", "Start / pause / resume / done", "Space", self.start_or_toggle),
            ("skip", "Skip", "Right", self.skip),
            ("back", "Back", "Left", self.back),
            ("restart", "Restart", "R", self.restart),
            ("mute", "Mute", "M", self.toggle_mute),
            ("fullscreen", "Full screen", "F11", self.toggle_fullscreen),
            ("escape", "Leave full screen", "Esc", self.escape),
            ("open", "Open…", QKeySequence.StandardKey.Open, self.open_session),
            ("edit", "Edit…", "Ctrl+E", self.edit_session),
            ("quit", "Quit", QKeySequence.StandardKey.Quit, self.close),
        ]
        for name, text, keys, slot in bindings:
            action = QAction(text, self)
            shortcuts = [QKeySequence(keys)]
            if name == "fullscreen":
                # The platform's own full-screen key too (Ctrl+Meta+F on macOS).
                native = QKeySequence(QKeySequence.StandardKey.FullScreen)
                if not native.isEmpty() and native != shortcuts[0]:
                    shortcuts.append(native)
            action.setShortcuts(shortcuts)  # for this window (Qt's default context)
            action.triggered.connect(slot)
            self.addAction(action)
            self._actions[name] = action

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
            self.start_screen.set_can_delete(False)
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
        self.start_screen.set_can_delete(shown is not None and shown.kind is library.Kind.USER)

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

    def _make_menu_bar(self) -> None:
        # The bar sits on the phase colour; its menus keep the desktop's look.
        self.menuBar().setStyleSheet(
            "QMenuBar { background: transparent; color: white; }"
            " QMenuBar::item:selected { background: rgba(255, 255, 255, 60); }"
        )
        self.file_menu = self.menuBar().addMenu("&File")
        self.view_menu = self.menuBar().addMenu("&View")

    def _fill_menus(self) -> None:
        actions = self._actions
        file_menu = self.file_menu
        file_menu.addAction(actions["open"])
        file_menu.addAction(actions["edit"])
        export = file_menu.addAction("Export history as CSV…", self.export_history)
        actions["export"] = export
        file_menu.addSeparator()
        file_menu.addAction(actions["quit"])
        view = self.view_menu
        view.addAction(actions["fullscreen"])
        view.addAction(actions["mute"])
        actions["retry_sound"] = view.addAction("Try sound again", self.retry_sound)

    def weekly_goal(self) -> int:
        """Return the runner's goal of warm-ups per week."""
        return prefs.weekly_goal(None if self.settings is None
                                 else self.settings.value("weekly_goal"))

    def saved_volume(self) -> int:
        """Return the cue volume the runner chose last time (0-100)."""
        return prefs.volume(None if self.settings is None else self.settings.value("volume"))

    def _show_goal(self, goal: int) -> None:
        goal_box = self.start_screen.goal
        goal_box.blockSignals(True)
        goal_box.setValue(goal)
        goal_box.blockSignals(False)

    @Slot(int)
    def goal_changed(self, goal: int) -> None:
        """Remember a new weekly goal and redraw the summary."""
        if self.settings is not None:
            self.settings.setValue("weekly_goal", goal)
        self.show_week()

    @Slot()
    def show_week(self) -> None:
        """Show this week's count, the streak and the chart from the history."""
        from PySide6.QtCore import QLocale

        from hiptimer.views import week_view

        today = self.wall_now().astimezone().date()
        first = QLocale().firstDayOfWeek().value - 1
        view = week_view(self.history.runs(), today, first, self.weekly_goal())
        screen = self.start_screen
        self._show_goal(view.goal)
        screen.week.setText(view.summary)
        screen.chart.set_weeks(list(view.weeks), view.goal)
        if self._parts is not None:
            self._parts.finish_screen.week.setText(view.finish_line)
        notice = self.history.notice
        if notice != self._history_notice:
            # Gone or changed: the file takes writes again, say.
            if self._history_notice is not None:
                self.clear_notice(self._history_notice)
            self._history_notice = notice
        if notice:
            self.add_notice(notice)

    def add_notice(self, text: str) -> None:
        """Show a one-line notice (no sound, history problems) on the start and run screens."""
        if text in self.notices:
            return
        self.notices.append(text)
        self._show_notices()

    def clear_notice(self, text: str) -> None:
        """Take a notice away again (its cause was fixed)."""
        self.notices = [n for n in self.notices if n != text]
        self._show_notices()

    def _show_notices(self) -> None:
        labels = [self.start_screen.notice]
        if self._parts is not None:
            labels.append(self._parts.run_screen.notice)
        for label in labels:
            label.setText("\n".join(self.notices))
            label.setVisible(bool(self.notices))

    @Slot()
    def export_history(self) -> None:
        """Write the history to a CSV file the user picks."""
        from hiptimer.history import export_csv

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
        if self._parts is not None:
            self._parts.adapter.set_plan(self.plan)
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
            from hiptimer.editing import write_differences

            write_differences(document, self.base_session, self.session)
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
        if self._running():
            self.adapter.pause()
        path = ask_open_path(self)
        if path is not None:
            self.load_session(path, remember=True)

    @Slot()
    def edit_session(self) -> None:
        """Open the session editor; a saved session is loaded at once."""
        from PySide6.QtCore import Qt

        from hiptimer import store
        from hiptimer.gui.editor import SessionEditor

        if self._running():
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
        if menu is None:
            return
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
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(source.parent)))

    # -- drag and drop ---------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt naming
        """Accept a dragged session file."""
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and urls[0].toLocalFile().endswith(".toml"):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt naming
        """Load a dropped session file."""
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.load_session(Path(urls[0].toLocalFile()), remember=True)
            event.acceptProposedAction()

    # -- actions ---------------------------------------------------------

    @Slot()
    def start_or_toggle(self) -> None:
        """Space: start, pause, resume, or "done" on self-paced reps."""
        if self.stack.currentWidget() is not self.finish_screen:
            self._built().toggle()

    @Slot()
    def pause_or_resume(self) -> None:
        """Pause or resume (the Pause button), never "done" as Space would be."""
        self._built().pause_or_resume()

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
        self._built().restart()

    @Slot()
    def toggle_mute(self) -> None:
        """Sound on or off."""
        self.set_muted(not self.muted)

    def set_muted(self, muted: bool, remember: bool = True) -> None:
        """Turn sound off (``True``) or on; ``remember`` keeps it for next time."""
        self.muted = muted
        if self._parts is not None:
            self._parts.run_screen.mute.setText("Unmute" if muted else "Mute")
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
        if self._parts is not None:
            self._parts.make_ready(self.plan)
        self.paint_background(theme.START_BACKGROUND)
        self.stack.setCurrentWidget(self.start_screen)

    # -- painting --------------------------------------------------------

    def paint_background(self, background: str) -> None:
        """Fill the window with ``background`` (a phase's colour) behind the screens."""
        # Only the window's own fill changes with the phase: restyling every
        # widget with a new style sheet cost ~4 ms per phase change and held
        # up the phase's start cue behind it (docs/benchmarks.md, "Timing").
        # Qt fills a window with its palette's Window colour; the screens
        # are see-through. (Painting it from Python would take a QPainter
        # call whose overloads build the whole ``Qt`` namespace before the
        # first frame; palettes do not reach menus and dialogs, which are
        # windows of their own.)
        if background != self.background:
            self.background = background
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(background))
            self.setPalette(palette)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        """Note the first frame; Qt has filled the window with the phase's colour."""
        if not self.first_frame_done:
            self.first_frame_done = True
            # Posted from inside the paint, so it runs once the frame is out.
            QTimer.singleShot(0, self.first_frame_shown.emit)

    def _early_key(self, event: QKeyEvent) -> bool:
        """Act on a key pressed before the keys were made, as its shortcut would have.

        Qt matches shortcuts before it delivers a key press, so a key that
        came before ``complete`` found no shortcut and went to the widget
        with the focus (see ``hiptimer.gui.early_keys``). Such a key builds
        the rest of the window and triggers the action it is bound to;
        returns whether one was.
        """
        from PySide6.QtGui import QKeySequence

        self.complete()
        pressed = QKeySequence(event.keyCombination())
        for action in self._actions.values():
            if action.isEnabled() and pressed in action.shortcuts():
                action.trigger()
                event.accept()
                return True
        return False

    def abandon_run(self) -> None:
        """Record the run under way, if any, as abandoned where it stands."""
        if self._parts is not None:
            self._parts.tracker.abandon()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        """Stop the timer, and record a run under way as abandoned, when the window goes."""
        if self._parts is not None:
            self._parts.adapter.set_plan(self.plan)
        self.abandon_run()
        if self._own_history is not None:
            # A history handed in (or opened by the callable) is closed by
            # whoever gave it; this one was made here.
            self._own_history.close()
        super().closeEvent(event)


def _stylesheet() -> str:
    """Return the style of the screens (set once; the phase colour is painted by the window).

    The ``qproperty-`` rules set what would otherwise need the ``Qt`` namespace
    before the first frame (see ``hiptimer.gui.start``): buttons never take the
    keyboard focus, so Space always reaches the Start/Pause shortcut instead
    of "clicking" a focused button; the choice boxes take it only when clicked.
    """
    return f"""
        QPushButton, QToolButton {{ qproperty-focusPolicy: NoFocus; }}
        QComboBox, QSpinBox {{ qproperty-focusPolicy: ClickFocus; }}
        QLabel {{ color: {theme.TEXT}; background: transparent; }}
        {text_sizes()}
        QLabel#title {{ font-weight: bold; }}
        QLabel#moves {{
            qproperty-textFormat: RichText;
            qproperty-alignment: 'AlignLeft | AlignTop';
        }}
        QLabel#total, QLabel#week {{ font-weight: bold; }}
        QLabel#instructions {{ color: {theme.DIM_TEXT}; }}
        QLabel#notice {{ color: #FDE68A; }}
        QLabel#paused {{ background: rgba(17, 24, 39, 215); color: white; }}
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
        QProgressBar {{
            background: rgba(255, 255, 255, 45); border: none; border-radius: 5px;
            min-height: 10px; max-height: 10px;
        }}
        QProgressBar::chunk {{ background: white; border-radius: 5px; }}
    """
