"""The words the app's controller shows: its dialogs' titles and texts, the week's time.

One function a message, each translated when called (never at import), so
``hiptimer.gui.controllers.app`` stays short and each call there stays one
line. Names, paths and reasons come in already written; the messages put
them where the runner's language wants them.
"""

from __future__ import annotations

from pathlib import Path

from hiptimer.i18n import translate


def week_with_time(summary: str, minutes: int) -> str:
    """Return the week's summary with this week's minutes: "This week: 2 of 3 · 25 min"."""
    return translate("gui.controllers.texts", "{summary} · {minutes} min").format(
        summary=summary, minutes=minutes)


def session_warning(file: str, warning: str) -> str:
    """Return a session's warning as a notice, after the file it is in."""
    return translate("gui.controllers.texts", "{file}, {warning}").format(
        file=file, warning=warning)


def file_problem(path: Path, reason: str | None) -> str:
    """Return why a file could not be written: "/home/…/runs.csv: Permission denied"."""
    return translate("gui.controllers.texts", "{path}: {reason}").format(
        path=path, reason=reason)


def export_failed() -> str:
    """Return the title of the dialog saying the history was not exported."""
    return translate("gui.controllers.texts", "Could not export the history")


def keep_failed() -> str:
    """Return the title of the dialog saying the rounds and scale were not kept."""
    return translate("gui.controllers.texts", "Could not keep these settings")


def still_using(name: str) -> str:
    """Return what follows a session's problems: the session in use stays."""
    return translate("gui.controllers.texts", "Still using “{name}”.").format(name=name)


def nothing_to_edit() -> tuple[str, str]:
    """Return the title and text saying a session not read from a file cannot be edited."""
    return (translate("gui.controllers.texts", "Nothing to edit"),
            translate("gui.controllers.texts", "This session was not read from a file."))


def duplicate_failed() -> str:
    """Return the title of the dialog saying the session was not copied."""
    return translate("gui.controllers.texts", "Could not duplicate")


def delete_failed() -> str:
    """Return the title of the dialog saying the session was not deleted."""
    return translate("gui.controllers.texts", "Could not delete")


def restore_failed() -> str:
    """Return the title of the dialog saying the session was not brought back."""
    return translate("gui.controllers.texts", "Could not restore")


def delete_question(name: str, trash: Path) -> tuple[str, str]:
    """Return the title and text asking whether to move the session ``name`` to ``trash``."""
    return (translate("gui.controllers.texts", "Delete session?"),
            translate("gui.controllers.texts",
                      "Move “{name}” to the trash folder of your library? "
                      "You can get it back from {trash}.").format(name=name, trash=trash))
