"""The window's language: Qt's translators, and View › Language.

The language itself is chosen before Qt starts (``cli.parse``: ``--lang``,
then the saved choice, then the system's), so that the session, the command
line's messages and the window agree. Here Qt's lookup takes over from the
core's: ``install`` loads hiptimer's ``.qm`` and Qt's own (the buttons of its
dialogs), and hands ``QCoreApplication.translate`` to ``hiptimer.i18n``.

A new language needs a restart: every screen, the plan and the loaded
session were made in the old one. View › Language saves the choice and
offers to start again.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from hiptimer import i18n
from hiptimer.i18n import translate

# Kept alive as long as the application: a collected translator is removed.
_installed: list[QTranslator] = []


def install(app: QCoreApplication, code: str) -> list[str]:
    """Show Qt's and hiptimer's words in ``code``; return the catalogues that failed to load.

    English loads hiptimer's catalogue too, for its plural forms.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    failed = []
    wanted = [(str(i18n.catalogue_path(code, ".qm")), "")]
    if code != i18n.DEFAULT:
        wanted.append((f"qtbase_{code}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            _installed.append(translator)
        else:
            failed.append(name)
    QLocale.setDefault(QLocale(code))
    i18n.use(code, _qt_lookup)
    return failed


def _qt_lookup(context: str, text: str, comment: str | None, n: int) -> str:
    """Return Qt's words for ``text``; a plural no catalogue has is made English, not "(s)"."""
    found = QCoreApplication.translate(context, text, comment, n)
    if n >= 0 and found == text.replace("%n", str(n)):
        return i18n.english_plural(found, n)
    return found


def restart_command(argv: Sequence[str], executable: str) -> list[str]:
    """Return the command that starts hiptimer again as it was started, in its new language.

    ``argv`` is the interpreter's whole command line (``sys.orig_argv``).
    ``--lang`` is left out, or it would win over the new choice, and so is
    ``--start``: a restart waits for Space like any start.
    """
    kept: list[str] = [executable]
    skip = False
    for index, arg in enumerate(argv):
        if index == 0 or skip:
            skip = False
            continue
        if arg == "--lang":
            skip = True
        elif arg.startswith("--lang=") or arg == "--start":
            continue
        else:
            kept.append(arg)
    return kept


def restart(window: QWidget) -> None:
    """Close ``window`` (which may ask about a run under way) and start hiptimer again."""
    from PySide6.QtCore import QProcess

    command = restart_command(getattr(sys, "orig_argv", sys.argv), sys.executable)
    app = QCoreApplication.instance()
    if app is None or not window.close():
        return
    app.aboutToQuit.connect(lambda: QProcess.startDetached(command[0], command[1:]))
    app.quit()


def fill_menu(menu: QMenu, chosen: str | None, pick: Callable[[str | None], None]) -> QActionGroup:
    """Fill ``menu`` with "System language" and each language by its own name.

    ``chosen`` is the saved choice (None: the system's); ``pick`` gets the
    code, or None for the system's, when the runner picks another.
    """
    group = QActionGroup(menu)
    group.setExclusive(True)
    entries: list[tuple[str | None, str]] = [
        (None, translate("gui.language", "System language"))]
    entries.extend(i18n.LANGUAGES.items())
    for code, name in entries:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: pick(action.data()))
    return group


def offer(menu: QMenu, window: QWidget, ask: Callable[[QWidget, str], bool],
          on_restart: Callable[[QWidget], None] = restart,
          notice: Callable[[str], None] | None = None) -> QActionGroup:
    """Add View › Language to ``menu``: a pick is saved, then a restart is offered.

    ``ask`` puts the question (``dialogs.ask_restart``); a choice that
    cannot be saved is said through ``notice``.
    """
    saved = i18n.saved_choice()

    def pick(code: str | None) -> None:
        try:
            i18n.save_choice(code)
        except OSError as exc:
            if notice is not None:
                notice(translate("gui.language", "The language could not be saved: {reason}")
                       .format(reason=exc.strerror or exc))
            return
        name = i18n.LANGUAGES[code] if code else translate("gui.language", "the system language")
        if ask(window, name):
            on_restart(window)

    return fill_menu(menu.addMenu(translate("gui.language", "&Language")), saved, pick)
