"""Create the Qt application and the window, and run the event loop."""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from hiptimer import i18n, paths
from hiptimer.cli import Options, fallback_session
from hiptimer.errors import SessionError
from hiptimer.gui import colour_menu, language, theme
from hiptimer.gui.awake import LazyInhibitor
from hiptimer.gui.window import MainWindow
from hiptimer.i18n import translate
from hiptimer.session import Session

if TYPE_CHECKING:
    import socket

    from hiptimer.audio import CuePlayer
    from hiptimer.gui.mpris import MprisPlayer
    from hiptimer.gui.other_players import OtherPlayers
    from hiptimer.history import History

logger = logging.getLogger(__name__)


def settings() -> QSettings:
    """Return the user's preferences (mute, volume, full screen, last session)."""
    return QSettings(str(paths.config_dir() / "settings.ini"), QSettings.Format.IniFormat)


def quit_on_signals(app: QCoreApplication) -> None:
    """Make Ctrl+C and SIGTERM end the event loop cleanly instead of killing the process.

    Installed as soon as the application exists, so that a signal that comes
    while the window is still being built also ends the program through the
    clean path (the run under way recorded, the screen saver let back): the
    quit is posted and happens as soon as the event loop runs.
    """
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: QTimer.singleShot(0, app.quit))


def wake_on_signals(app: QCoreApplication) -> tuple[socket.socket, socket.socket]:
    """Hand Python control the moment a signal arrives while Qt waits for events.

    Python only runs signal handlers when it gets control, which it does not
    while Qt waits for events; a wake-up socket that Qt watches gives it
    control at once, with no polling timer. Returns the two ends of the
    socket, which must stay open as long as the application.
    """
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: reader.recv(64))
    return reader, writer


def run_gui(
    options: Options, session: Session | None, problem: SessionError | None, argv: Sequence[str],
    first_frame_out: Callable[[], None] | None = None, notices: Sequence[str] = (),
) -> int:
    """Show the window for ``session`` (or the default, after showing ``problem``) and run.

    ``first_frame_out`` is called once the window's first frame has been
    drawn and the window has built what that frame did not show.
    ``notices`` are shown in the window from its first frame on (start-up
    warnings found before Qt existed).
    """
    QCoreApplication.setApplicationName(paths.APP_NAME)
    QCoreApplication.setOrganizationName("")
    app = QApplication.instance() or QApplication(list(argv))
    quit_on_signals(app)
    for name in language.install(app, i18n.language()):
        logger.warning("could not load the translations in %s", name)
    QApplication.setApplicationDisplayName("hiptimer")
    QApplication.setDesktopFileName("io.github.hiptimer")
    prefs = settings()
    theme.use(colour_menu.startup_scheme(prefs))
    # The runner's own copy of the default, as --help says, before the bundled one.
    fallback = session if session is not None else fallback_session(options.session)
    histories: list[History] = []

    def open_history() -> History:
        # Read once the first frame is out (sqlite3 is not needed to draw it).
        from hiptimer.history import History

        histories.append(History.open(paths.data_dir() / "history.sqlite3"))
        return histories[-1]

    muted = bool(prefs.value("mute", False, type=bool))
    inhibitor = LazyInhibitor(paths.APP_NAME)
    window = MainWindow(fallback, settings=prefs, history=open_history, inhibitor=inhibitor)
    # Windows and macOS: a screen that may blank is said once, with the others.
    inhibitor.noticed.connect(window.app.add_notice)
    window.app.set_muted(muted or options.mute, remember=not options.mute)
    for text in notices:
        window.app.add_notice(text)
    players: list[CuePlayer] = []
    wakeup: list[socket.socket] = []
    remotes: list[MprisPlayer] = []
    others: list[OtherPlayers] = []

    def offer_remote() -> None:
        # Media keys, the desktop's media controls and a paired phone reach
        # the run through MPRIS. jeepney and the bus are not needed for the
        # first frame; connecting returns at once, and no bus means no player.
        from hiptimer.gui.mpris import MprisPlayer

        remote = MprisPlayer(window.run, window, window)
        if remote.start():
            remotes.append(remote)
        else:
            remote.deleteLater()

    def offer_pause_others() -> None:
        # View › Pause other players during a session: off unless the runner
        # turned it on. The bus is only reached when a run starts with it on.
        from hiptimer.gui.other_players import OtherPlayers, add_menu_entry

        other = OtherPlayers(window.run, lambda: [remote.bus_name for remote in remotes],
                             parent=window)
        add_menu_entry(window.view_menu, prefs, other)
        others.append(other)

    def offer_voices(player: CuePlayer) -> None:
        # View › Voice: Piper, espeak-ng or tones, as the runner chose last time.
        from hiptimer.gui.voice_menu import fill_voice_menu, saved_engine

        player.choose_voice(saved_engine(prefs))
        sound = window.run.sound
        if sound is not None:  # a broken voice is told once, from any thread, queued
            player.voice.on_notice = sound.notice.emit

        def choose(engine: str) -> None:
            player.choose_voice(engine)

        fill_voice_menu(window.view_menu.addMenu(translate("gui.main", "&Voice")), prefs, choose,
                        player.voice.engines())

    def offer_language() -> None:
        # View › Language: the system's or one picked, from the next start.
        from hiptimer.gui import dialogs

        language.offer(window.view_menu, window, dialogs.ask_restart,
                       notice=window.app.add_notice)

    def offer_colours() -> None:
        # View › Colours: the desktop's, light, dark or high contrast.
        colour_menu.offer_colours(window.view_menu, prefs,
                                  lambda scheme: colour_menu.restyle(window, scheme))
        scheme = colour_menu.settled(prefs)  # the desktop's, now that the first frame is out
        if scheme is not theme.current():
            colour_menu.restyle(window, scheme)

    def offer_pulse() -> None:
        # View › Flash at every change: on unless the runner turned it off.
        on = bool(prefs.value("visual_pulse", True, type=bool))
        window.run_screen.set_pulse(on)
        action = window.view_menu.addAction(translate("gui.main", "Flash at every change"))
        action.setCheckable(True)
        action.setChecked(on)

        def turned(checked: bool) -> None:
            prefs.setValue("visual_pulse", checked)
            window.run_screen.set_pulse(checked)

        action.toggled.connect(turned)

    def after_first_frame() -> None:
        # The audio modules and playsound3's probing of players are not
        # needed for the first frame: they load once it is out, after the
        # window has built the rest of itself (connected first).
        from hiptimer.audio import CuePlayer

        wakeup.extend(wake_on_signals(app))
        player = CuePlayer(muted=window.app.muted, volume=window.app.saved_volume())
        players.append(player)
        window.attach_player(player)
        window.app.sound_started()
        offer_voices(player)
        offer_pulse()
        offer_colours()
        offer_language()
        # Once the sound is set up and Qt is idle again.
        QTimer.singleShot(0, inhibitor.prepare)
        QTimer.singleShot(0, offer_remote)
        QTimer.singleShot(0, offer_pause_others)

    if first_frame_out is not None:
        # Runs after the window has built the rest of itself (its own
        # receiver was connected first), before the sound starts.
        window.first_frame_shown.connect(first_frame_out)
    window.first_frame_shown.connect(after_first_frame)
    if options.fullscreen or prefs.value("fullscreen", False, type=bool):
        window.showFullScreen()
    else:
        window.show()
    if problem is not None:
        # Shown once the window is up, so the dialog has a parent to sit on.
        QTimer.singleShot(0, lambda: _show_problems(window, problem, fallback))
    if options.start:
        QTimer.singleShot(0, lambda: window.run.adapter.start())
    try:
        return app.exec()
    finally:
        # Quitting on a signal skips the window's closeEvent: record the run
        # under way as abandoned here, and let the screen saver back.
        window.abandon_run()
        for other in others:  # what is still paused plays again
            other.close()
        for remote in remotes:
            remote.close()
        for player in players:
            player.close()
        for history in histories:
            history.close()
        if wakeup:
            signal.set_wakeup_fd(-1)
        for end in wakeup:
            end.close()


def _show_problems(window: MainWindow, problem: SessionError, fallback: Session) -> None:
    from hiptimer.gui import dialogs  # not needed for the first frame

    dialogs.show_problems(window, problem, translate("gui.main", "Using “{name}” instead.")
                          .format(name=fallback.name))
