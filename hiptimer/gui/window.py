"""The window: the shell around the screens, and the one place they meet the controllers.

The views (``hiptimer.gui.views``) say what the runner asked for, the
controllers (``hiptimer.gui.controllers``) decide and say what to show, and
the window connects each signal to its slot. It also holds the stack of
screens, the actions, the menus, the phase's colour, full screen and drag
and drop. Only the program's entry point imports it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from hiptimer import resources
from hiptimer.gui import theme
from hiptimer.gui.controllers.app import AppController
from hiptimer.gui.early_keys import EarlyKeys
from hiptimer.gui.shell import fit_to_screen, make_menus, session_file
from hiptimer.gui.views.start import StartScreen
from hiptimer.gui.views.style import stylesheet
from hiptimer.i18n import translate
from hiptimer.session import Session

if TYPE_CHECKING:
    from PySide6 import QtGui  # the event types, for the handlers' signatures
    from PySide6.QtCore import QSettings

    from hiptimer.audio import CuePlayer
    from hiptimer.gui.controllers.run import RunController
    from hiptimer.gui.controllers.tracker import Inhibitor
    from hiptimer.gui.views.finish import FinishScreen
    from hiptimer.gui.views.run import RunScreen
    from hiptimer.history import History


class MainWindow(QMainWindow):
    """hiptimer's main window: ``app`` is the app's controller, ``run`` the run's.

    Signals:
        run_finished(object): a run reached its end (the runner's ``Finished``).
        first_frame_shown(): the first frame has been painted; what it did not
            need (the run side, the history, the audio backend) waits for this.
    """

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
        """Build the start screen; the rest waits for the first frame (``complete``).

        ``history``, ``settings`` and ``wall_clock``: see ``AppController``.
        """
        super().__init__()
        self._now = now
        self._inhibitor = inhibitor
        self._run: RunController | None = None
        self._screens: tuple[RunScreen, FinishScreen] | None = None
        self.background = ""
        self.first_frame_done = False
        self.app = AppController(session, self, settings, history, wall_clock)
        self.stack = QStackedWidget()
        self.start_screen = StartScreen()
        self.stack.addWidget(self.start_screen)
        self.setCentralWidget(self.stack)
        self.setAcceptDrops(True)
        fit_to_screen(self, (1024, 640), (640, 400))
        self._actions: dict[str, QtGui.QAction] = {}
        self.file_menu, self.view_menu = make_menus(self.menuBar())
        self._connect_start()
        # The settings are right in the first frame; the week waits for the history.
        self.app.show_all()
        self.first_frame_shown.connect(self.complete)
        self._early_keys = EarlyKeys(self, self._early_key,
                                     (self, *self.start_screen.focus_widgets()))
        # Styled once the screen is in place: a sheet set earlier is applied again
        # to each widget added or moved under it (2 ms more before the first frame).
        self.stack.setStyleSheet(stylesheet())
        if player is not None:
            self.attach_player(player)
        self.show_start()

    def _connect_start(self) -> None:
        screen, app = self.start_screen, self.app
        screen.start_clicked.connect(self.start_or_toggle)
        for intent, slot in (
            (screen.open_clicked, app.open_session),
            (screen.edit_clicked, app.edit_session),
            (screen.keep_clicked, app.keep_tuning),
            (screen.session_picked, app.load_session),
            (screen.picker_opening, app.list_library),
            (screen.tune_changed, app.tune),
            (screen.goal_changed, app.set_goal),
            (screen.volume_changed, app.set_volume),
            (screen.duplicate_clicked, app.duplicate_session),
            (screen.delete_clicked, app.delete_session),
            (screen.show_folder_clicked, app.show_in_folder),
            (screen.restore_menu_opening, app.list_trash),
            (screen.restore_picked, app.restore_session),
            (app.session_shown, screen.show_session),
            (app.tuning_shown, screen.show_tuning),
            (app.can_keep_changed, screen.show_can_keep),
            (app.rounds_refused, screen.refuse_rounds),
            (app.picker_shown, screen.show_picker),
            (app.trash_shown, screen.show_trash),
            (app.week_shown, screen.show_week),
            (app.goal_shown, screen.show_goal),
            (app.volume_shown, screen.show_volume),
            (app.notices_changed, screen.show_notices),
            (app.muted_changed, screen.show_muted),
        ):
            intent.connect(slot)
        app.session_shown.connect(lambda view: self.setWindowTitle(
            translate("gui.window", "{title} — hiptimer").format(title=view.title)))
        app.start_wanted.connect(self.show_start)
        app.edit_wanted.connect(self._edit)

    # -- the parts the first frame does not show -------------------------

    @Slot()
    def complete(self) -> None:
        """Build, once, what the first frame does not show.

        The run's controller, the run and finish screens, the actions and
        menus, the icon and the week: once the first frame is out, or when
        ``run``, ``run_screen``, ``finish_screen`` or ``actions_by_name`` is used.
        """
        if self._run is not None:
            return
        from PySide6.QtGui import QIcon

        from hiptimer.gui.controllers.run import RunController
        from hiptimer.gui.views.finish import FinishScreen
        from hiptimer.gui.views.run import RunScreen

        app = self.app
        run = RunController(app.plan, self._now, app.history, self._inhibitor, app.wall_now, self)
        screen, finish = RunScreen(), FinishScreen()
        for intent, slot in (
            (run.background_changed, self.paint_background),
            (run.run_screen_wanted, partial(self.stack.setCurrentWidget, screen)),
            (run.finish_wanted, finish.show_finish),
            (run.finish_wanted, lambda *_: self.stack.setCurrentWidget(finish)),
            (run.stopped, self.show_start),
            (run.finished, self.run_finished),
            (run.phase_shown, screen.show_phase),
            (run.moment_shown, screen.show_moment),
            (run.paused_changed, screen.show_paused),
            (run.tracker.changed, app.show_week),
            (app.plan_changed, run.set_plan),
            (app.asking, run.pause_if_running),
            (app.muted_changed, screen.show_muted),
            (app.muted_changed, finish.show_muted),
            (app.week_shown, finish.show_week),
            (screen.back_clicked, run.adapter.back),
            (screen.done_clicked, run.adapter.done),
            (screen.pause_clicked, run.pause_or_resume),
            (screen.skip_clicked, run.adapter.skip),
            (screen.restart_clicked, run.restart),
            (screen.stop_clicked, run.stop),
            (screen.mute_clicked, app.toggle_mute),
            (screen.fullscreen_clicked, self.toggle_fullscreen),
            (finish.again_clicked, run.restart),
            (finish.rated, run.rate),
            (self.start_screen.suggestions.taken, app.progress.take),
            (self.start_screen.suggestions.kept, app.progress.keep),
            (app.progress.suggestions_shown, self.start_screen.suggestions.show_suggestions),
            (finish.start_clicked, self.show_start),
        ):
            intent.connect(slot)
        self.stack.addWidget(screen)
        self.stack.addWidget(finish)
        self._run, self._screens = run, (screen, finish)
        self._make_actions(run)
        self._early_keys.stop()
        self.start_screen.complete()
        app.muted_changed.emit(app.muted)  # to the screens just built
        screen.show_full_screen(self.isFullScreen())
        self.setWindowIcon(QIcon(str(resources.assets_dir() / "icons" / "hiptimer.svg")))
        app.show_week()

    @property
    def run(self) -> RunController:
        """The run's controller: the adapter that drives the runner, the tracker, the sound."""
        self.complete()
        assert self._run is not None
        return self._run

    @property
    def actions_by_name(self) -> dict[str, QtGui.QAction]:
        """The window's actions by name ("open", "skip", ...), with their keys."""
        self.complete()
        return self._actions

    @property
    def run_screen(self) -> RunScreen:
        """The screen followed during the run."""
        self.complete()
        assert self._screens is not None
        return self._screens[0]

    @property
    def finish_screen(self) -> FinishScreen:
        """"Done — go run!"."""
        self.complete()
        assert self._screens is not None
        return self._screens[1]

    # -- actions and menus -------------------------------------------------

    def _make_actions(self, run: RunController) -> None:
        from PySide6.QtGui import QKeySequence

        from hiptimer.gui.shell import fill_menus, make_actions

        app, key = self.app, QKeySequence.StandardKey
        self._actions = make_actions(self, [
            ("toggle", translate("gui.window", "Start / pause / resume / done"), "Space",
             self.start_or_toggle),
            ("skip", translate("gui.window", "Skip"), "Right", run.adapter.skip),
            ("back", translate("gui.window", "Back"), "Left", run.adapter.back),
            ("stop", translate("gui.window", "Stop"), (), run.stop),
            ("restart", translate("gui.window", "Restart"), "R", run.restart),
            ("mute", translate("gui.window", "Mute"), "M", app.toggle_mute),
            ("fullscreen", translate("gui.window", "Full screen"), "F11", self.toggle_fullscreen),
            ("escape", translate("gui.window", "Leave full screen / stop"), "Esc", self.escape),
            ("open", translate("gui.window", "Open…"), key.Open, app.open_session),
            ("edit", translate("gui.window", "Edit…"), "Ctrl+E", app.edit_session),
            ("quit", translate("gui.window", "Quit"), key.Quit, self.close),
        ])
        fill_menus(self.file_menu, self.view_menu, self._actions, app.export_history,
                   app.retry_sound)

    @Slot()
    def start_or_toggle(self) -> None:
        """Space: start, pause, resume, or "done" on self-paced reps."""
        if self.stack.currentWidget() is not self.finish_screen:
            self.run.toggle()

    @Slot()
    def toggle_fullscreen(self) -> None:
        """Full screen on or off."""
        self._set_full_screen(not self.isFullScreen())

    @Slot()
    def escape(self) -> None:
        """Esc: leave full screen, else stop the run, or go from the finish screen to the start."""
        if self.isFullScreen():
            self._set_full_screen(False)
        elif self.run.can_stop():
            self.run.stop()
        elif self.stack.currentWidget() is self.finish_screen:
            self.show_start()

    def _set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()
        self.app.remember_fullscreen(on)
        self.run_screen.show_full_screen(on)

    @Slot()
    def show_start(self) -> None:
        """Show the start screen for the current session, ready to go."""
        if self._run is not None:
            self._run.make_ready(self.app.plan)
        self.paint_background(theme.START_BACKGROUND)
        self.stack.setCurrentWidget(self.start_screen)

    @Slot(object)
    def _edit(self, source: Path) -> None:
        from hiptimer.gui.views.editor import SessionEditor

        self.editor = SessionEditor.open_on(source, self, self.app.load_session)

    def attach_player(self, player: CuePlayer) -> None:
        """Play the cues through ``player`` from now on (done after the first frame)."""
        self.app.attach_player(player)
        self.run.attach_sound(player).notice.connect(self.app.add_notice)

    # -- drag and drop ---------------------------------------------------

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:  # noqa: N802 - Qt naming
        """Accept a dragged session file."""
        if session_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:  # noqa: N802 - Qt naming
        """Load a dropped session file."""
        path = session_file(event.mimeData())
        if path is not None:
            self.app.open_path(path)
            event.acceptProposedAction()

    # -- painting and the first frame -------------------------------------

    def paint_background(self, background: str) -> None:
        """Fill the window with ``background`` (a phase's colour) behind the screens."""
        # The palette's Window colour, behind see-through screens: restyling
        # every widget cost ~4 ms a phase (docs/benchmarks.md, "Timing"), and
        # a QPainter fill would build the ``Qt`` namespace before the first frame.
        if background != self.background:
            self.background = background
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(background))
            self.setPalette(palette)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802 - Qt naming
        """Note the first frame; Qt has filled the window with the phase's colour."""
        if not self.first_frame_done:
            self.first_frame_done = True
            # Posted from inside the paint, so it runs once the frame is out.
            QTimer.singleShot(0, self.first_frame_shown.emit)

    def _early_key(self, event: QtGui.QKeyEvent) -> bool:
        # A key before the shortcuts existed (gui/early_keys.py): act as one would have.
        from hiptimer.gui.shell import trigger_for

        self.complete()
        return trigger_for(self._actions, event)

    def abandon_run(self) -> None:
        """Record the run under way, if any, as abandoned where it stands."""
        if self._run is not None:
            self._run.tracker.abandon()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802 - Qt naming
        """Stop the timer, and record a run under way as abandoned, when the window goes."""
        if self._run is not None:
            self._run.set_plan(self.app.plan)
        self.abandon_run()
        self.app.close()
        super().closeEvent(event)
