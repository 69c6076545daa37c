"""The app's controller: the session in use, the library, the settings, the week and notices.

``AppController`` holds no widget. The start screen's intents arrive at its
slots; what the screens show leaves as signals carrying view models
(``hiptimer.start_view``, ``hiptimer.views``); the window connects the two.
Questions go through ``hiptimer.gui.dialogs``, looked up when asked. The
library (tomlkit), the history (sqlite3) and the dialogs are imported when
first used, after the first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from hiptimer import prefs, start_view
from hiptimer.errors import SessionError
from hiptimer.gui.controllers import texts
from hiptimer.gui.controllers.progress import ProgressController
from hiptimer.plan import make_plan
from hiptimer.session import Session, customise, load

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from hiptimer import library
    from hiptimer.audio import CuePlayer
    from hiptimer.history import History


T = TypeVar("T")


class AppController(QObject):
    """The session in use and everything around it that is not the run itself.

    ``base_session`` is the session as its file says; ``session`` and
    ``plan`` are what this run does with the start screen's rounds and
    scale. ``asker`` is the widget the dialogs sit on. ``history`` is the
    run history, or a function that opens it once the first frame is out
    (``None``: an in-memory one); ``wall_clock`` dates the runs (``None``:
    the system clock, in UTC).

    Signals:
        session_shown(object): the start screen's ``SessionView`` changed.
        session_changed(object): a new ``Session`` is in use (or customised).
        plan_changed(object): the ``Plan`` to run changed.
        tuning_shown(object): the rounds and scale to show (``Tuning``).
        can_keep_changed(bool): whether "Keep these" has something to save.
        rounds_refused(object): those rounds would make the session too large
            (the ``SessionError`` says why).
        picker_shown(object): the session picker's ``PickerView``.
        trash_shown(object): the deleted sessions to offer back (``list[Path]``).
        week_shown(object): the week's ``WeekView`` after a change.
        goal_shown(int), volume_shown(int): the setting to show.
        notices_changed(object): the notices now in force (``tuple[str, ...]``).
        muted_changed(bool): the sound went off or on.
        start_wanted(): show the start screen (a new session is in use).
        edit_wanted(object): open the editor on this session file (a ``Path``);
            each file it saves goes to ``load_session``.
        asking(): a question is about to be put to the runner (pause the run).
    """

    session_shown = Signal(object)
    session_changed = Signal(object)
    plan_changed = Signal(object)
    tuning_shown = Signal(object)
    can_keep_changed = Signal(bool)
    rounds_refused = Signal(object)
    picker_shown = Signal(object)
    trash_shown = Signal(object)
    week_shown = Signal(object)
    goal_shown = Signal(int)
    volume_shown = Signal(int)
    notices_changed = Signal(object)
    muted_changed = Signal(bool)
    start_wanted = Signal()
    edit_wanted = Signal(object)
    asking = Signal()

    def __init__(
        self,
        session: Session,
        asker: QWidget,
        settings: QSettings | None = None,
        history: History | Callable[[], History] | None = None,
        wall_clock: Callable[[], datetime] | None = None,
    ) -> None:
        """Use ``session``; ``history`` is the history or what opens it when first needed."""
        super().__init__(asker)
        self.asker = asker
        self.settings = settings
        self._history = history
        # The in-memory history made when none was given is this controller's to close.
        self._own_history: History | None = None
        self._history_notice: str | None = None  # the history's notice now shown
        self._wall_clock = wall_clock
        self.base_session = session
        self.session = session
        self.plan = make_plan(session)
        self.muted = False
        self.player: CuePlayer | None = None
        self.notices: list[str] = []
        self._session_notices: list[str] = []  # the session's warnings now shown
        self.entries: list[library.Entry] = []
        self.library_listed = False
        # What the rated runs suggest for the doses (its own controller).
        self.progress = ProgressController(settings, asker, self)
        self.progress.dose_written.connect(self.load_session)

    def show_all(self) -> None:
        """Say everything the start screen shows, as the first frame needs it."""
        self.show_warnings(self.base_session)
        self.picker_shown.emit(start_view.only_current(self.base_session))
        self.tuning_shown.emit(start_view.as_written(self.base_session))
        self.session_shown.emit(start_view.session_view(self.session, self.plan))
        self.volume_shown.emit(self.saved_volume())
        self.goal_shown.emit(self.weekly_goal())

    # -- the history and the week -----------------------------------------

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
            from hiptimer.gui.controllers.tracker import utc_now

            self._wall_clock = utc_now
        return self._wall_clock()

    def weekly_goal(self) -> int:
        """Return the runner's goal of warm-ups per week."""
        return prefs.weekly_goal(None if self.settings is None
                                 else self.settings.value("weekly_goal"))

    def saved_volume(self) -> int:
        """Return the cue volume the runner chose last time (0-100)."""
        return prefs.volume(None if self.settings is None else self.settings.value("volume"))

    def remember_fullscreen(self, on: bool) -> None:
        """Open in full screen next time (``on``) or not."""
        if self.settings is not None:
            self.settings.setValue("fullscreen", on)

    @Slot(int)
    def set_goal(self, goal: int) -> None:
        """Remember a new weekly goal and redraw the week."""
        if self.settings is not None:
            self.settings.setValue("weekly_goal", goal)
        self.show_week()

    @Slot()
    def show_week(self) -> None:
        """Say this week's count, the streak and the chart from the history."""
        from PySide6.QtCore import QLocale

        from hiptimer.history import this_week_time
        from hiptimer.views import week_view

        today = self.wall_now().astimezone().date()
        first = QLocale().firstDayOfWeek().value - 1
        runs = self.history.runs()
        view = week_view(runs, today, first, self.weekly_goal())
        spent = this_week_time(runs, today, first)
        if spent.runs:
            view = replace(view, summary=texts.week_with_time(view.summary, spent.minutes))
        self.week_shown.emit(view)
        self.progress.update(self.base_session, runs)
        notice = self.history.notice
        if notice != self._history_notice:
            # Gone or changed: the file takes writes again, say.
            if self._history_notice is not None:
                self.clear_notice(self._history_notice)
            self._history_notice = notice
        if notice:
            self.add_notice(notice)

    @Slot()
    def export_history(self) -> None:
        """Write the history to a CSV file the runner picks."""
        from hiptimer.gui import dialogs
        from hiptimer.history import export_csv

        path = dialogs.ask_csv_path(self.asker)
        if path is None:
            return
        try:
            export_csv(self.history.runs(), path)
        except OSError as exc:
            dialogs.show_message(self.asker, texts.export_failed(),
                                 texts.file_problem(path, exc.strerror))

    def close(self) -> None:
        """Close what this controller opened (the in-memory history)."""
        if self._own_history is not None:
            # A history handed in (or opened by the callable) is closed by
            # whoever gave it; this one was made here.
            self._own_history.close()

    # -- notices -----------------------------------------------------------

    @Slot(str)
    def add_notice(self, text: str) -> None:
        """Show a one-line notice (no sound, history problems) on the start and run screens."""
        if text not in self.notices:
            self.notices.append(text)
            self.notices_changed.emit(tuple(self.notices))

    def clear_notice(self, text: str) -> None:
        """Take a notice away again (its cause was fixed)."""
        self.notices = [n for n in self.notices if n != text]
        self.notices_changed.emit(tuple(self.notices))

    # -- sound ---------------------------------------------------------------

    @Slot()
    def toggle_mute(self) -> None:
        """Sound on or off."""
        self.set_muted(not self.muted)

    def set_muted(self, muted: bool, remember: bool = True) -> None:
        """Turn sound off (``True``) or on; ``remember`` keeps it for next time."""
        self.muted = muted
        if self.player is not None:
            self.player.muted = muted
        if self.settings is not None and remember:
            self.settings.setValue("mute", muted)
        self.muted_changed.emit(muted)

    @Slot(int)
    def set_volume(self, volume: int) -> None:
        """Set the cue volume (0-100) and remember it."""
        if self.player is not None:
            self.player.volume = volume
        if self.settings is not None:
            self.settings.setValue("volume", volume)

    def attach_player(self, player: CuePlayer) -> None:
        """Play through ``player`` from now on, muted and as loud as set."""
        self.player = player
        player.muted = self.muted
        self.volume_shown.emit(player.volume)

    def sound_started(self) -> None:
        """Load the audio backend now that the window shows, and say what is missing."""
        if self.player is None:
            return
        self.player.warm_up()
        if self.player.voice_notice:
            self.add_notice(self.player.voice_notice)

    @Slot()
    def retry_sound(self) -> None:
        """Try sound again after the runner fixed what stopped it."""
        if self.player is None:
            return
        old = self.player.notice
        if self.player.retry():
            if old:
                self.clear_notice(old)
        elif self.player.notice:
            self.add_notice(self.player.notice)

    # -- the session and this run's tuning -----------------------------------

    def set_session(self, session: Session) -> None:
        """Use ``session`` from now on (the run, if any, is abandoned)."""
        self.base_session = session
        self.show_warnings(session)
        self.tuning_shown.emit(start_view.as_written(session))
        self._apply(session)
        self._fill_picker()
        self.start_wanted.emit()
        if self._history is not None and not callable(self._history):
            # Opened already (the first frame is out): this session's suggestions.
            self.progress.update(session, self.history.runs())

    def show_warnings(self, session: Session) -> None:
        """List, once, what is wrong in ``session`` that does not stop it running.

        A missing picture or sound: the session runs with the placeholder or
        the built-in cue, and the start screen says which file, where.
        """
        for old in self._session_notices:
            self.clear_notice(old)
        name = session.source.name if session.source is not None else session.name
        self._session_notices = [texts.session_warning(name, line)
                                 for line in session.readable_warnings()]
        for text in self._session_notices:
            self.add_notice(text)

    def _apply(self, session: Session) -> None:
        self.session = session
        self.plan = make_plan(session)
        self.plan_changed.emit(self.plan)
        self.session_shown.emit(start_view.session_view(session, self.plan))
        self.session_changed.emit(session)

    @Slot(int, int)
    def tune(self, rounds: int, scale_step: int) -> None:
        """Run the session with these rounds and this scale (an index into ``SCALE_STEPS``).

        ``customise`` refuses rounds whose plan would pass the loader's
        limit; then ``rounds_refused`` says so and the session stays as it was.
        """
        rounds_or_none, scale = start_view.tuned_options(self.base_session, rounds, scale_step)
        try:
            session = customise(self.base_session, rounds=rounds_or_none, scale=scale)
            self._apply(session)
        except SessionError as exc:
            self.rounds_refused.emit(exc)
            return
        self.can_keep_changed.emit(session != self.base_session)

    @Slot()
    def keep_tuning(self) -> None:
        """Save this run's rounds and scale into the session file."""
        from hiptimer import store
        from hiptimer.editing import write_differences
        from hiptimer.gui import dialogs

        source = self.base_session.source
        if source is None or self.session == self.base_session:
            return
        try:
            document = store.open_document(source)
            write_differences(document, self.base_session, self.session)
            written = store.save(document)
        except store.StoreError as exc:
            dialogs.show_message(self.asker, texts.keep_failed(), str(exc))
            return
        self.load_session(written)

    # -- the library -----------------------------------------------------------

    def _fill_picker(self, full: bool = True) -> None:
        """List the sessions in the picker; ``full=False`` lists only the current one.

        Listing the library loads every session in it, so the first frame
        shows just the current session and the rest is listed when needed.
        """
        self.library_listed = full
        if not full:
            self.entries = []
            self.picker_shown.emit(start_view.only_current(self.base_session))
            return
        from hiptimer import library

        self.entries = library.list_sessions()
        self.picker_shown.emit(start_view.picker_view(self.entries, self.base_session))

    @Slot()
    def list_library(self) -> None:
        """Fill the picker with the whole library, once it is wanted."""
        if not self.library_listed:
            self._fill_picker()

    def current_entry(self) -> library.Entry | None:
        """Return the library entry of the session shown, if it is in the library."""
        return start_view.entry_for(self.entries, self.base_session.source)

    @Slot(object)
    def load_session(self, path: Path, remember: bool = False) -> bool:
        """Load the session in ``path``; on problems, say so and keep the current one.

        ``remember`` adds the file to the library's recent files (for files
        the runner opened from elsewhere).
        """
        from hiptimer import library, store
        from hiptimer.gui import dialogs

        try:
            session = load(path)
        except SessionError as exc:
            dialogs.show_problems(self.asker, exc, texts.still_using(self.base_session.name))
            self._fill_picker()
            return False
        if remember and not store.is_builtin(path):
            library.add_recent(path)
        self.set_session(session)
        if self.settings is not None:
            self.settings.setValue("last_session", str(session.source or path))
        return True

    def open_path(self, path: Path) -> None:
        """Load a session file from outside the library (opened or dropped) and remember it."""
        self.load_session(path, remember=True)

    @Slot()
    def open_session(self) -> None:
        """Ask for a session file and load it."""
        from hiptimer.gui import dialogs

        self.asking.emit()
        path = dialogs.ask_open_path(self.asker)
        if path is not None:
            self.open_path(path)

    @Slot()
    def edit_session(self) -> None:
        """Ask for the session's editor (``edit_wanted``), if it was read from a file."""
        from hiptimer.gui import dialogs

        self.asking.emit()
        source = self.base_session.source
        if source is None:
            dialogs.show_message(self.asker, *texts.nothing_to_edit())
        else:
            self.edit_wanted.emit(source)

    def _library_action(self, failed: str, action: Callable[[T], Path], target: T,
                        load_it: bool = True) -> bool:
        """Do ``action`` on ``target``; load the session file it gives back (``load_it``).

        A refusal or a file error is said in one dialog under ``failed``;
        returns whether the action was done.
        """
        from hiptimer import library
        from hiptimer.gui import dialogs

        try:
            result = action(target)
        except (library.LibraryError, OSError) as exc:
            dialogs.show_message(self.asker, failed, str(exc))
            return False
        if load_it:
            self.load_session(result)
        return True

    @Slot()
    def duplicate_session(self) -> None:
        """Copy the session into the runner's library and switch to the copy."""
        from hiptimer import library

        self.list_library()
        entry = self.current_entry()
        if entry is None:
            return
        self._library_action(texts.duplicate_failed(), library.duplicate, entry)

    @Slot()
    def delete_session(self) -> None:
        """Move the runner's session to the library's trash and show the default."""
        from hiptimer import library
        from hiptimer.cli import default_session_file
        from hiptimer.gui import dialogs

        self.list_library()
        entry = self.current_entry()
        if entry is None or entry.kind is not library.Kind.USER:
            return
        if not dialogs.confirm(self.asker, *texts.delete_question(entry.name, library.trash_dir())):
            return
        if self._library_action(texts.delete_failed(), library.delete, entry, load_it=False):
            self.load_session(default_session_file())

    @Slot()
    def list_trash(self) -> None:
        """Say which deleted sessions can be brought back, newest first (at most 20)."""
        from hiptimer import library

        self.trash_shown.emit(library.trashed()[:20])

    @Slot(object)
    def restore_session(self, path: Path) -> None:
        """Bring a deleted session back into the library and show it."""
        from hiptimer import library

        self._library_action(texts.restore_failed(), library.restore, path)

    @Slot()
    def show_in_folder(self) -> None:
        """Open the folder holding the session file in the desktop's file manager."""
        source = self.base_session.source
        if source is not None:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(source.parent)))
