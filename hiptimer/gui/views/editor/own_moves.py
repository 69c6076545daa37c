"""The editor's "Save to my moves": one move of a session into the runner's own moves.toml.

``save_selected`` asks under which name (``dialogs.ask_move_name``), asks
before replacing a move of that name (``dialogs.ask_replace_move``), and
has the editor's model write it (``SessionModel.save_own_move``); what went
wrong is told in one dialog. The move is then offered by "Add move" and
``move = "NAME"`` in every session.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from hiptimer import store
from hiptimer.editing import MoveRef, SessionModel
from hiptimer.gui import dialogs
from hiptimer.i18n import translate

logger = logging.getLogger(__name__)


def save_selected(parent: QWidget, model: SessionModel, ref: MoveRef) -> str | None:
    """Save move ``ref`` to the runner's own moves; return the line to show, ``None`` if not."""
    name = dialogs.ask_move_name(parent, model.own_move_name(ref))
    if name is None:
        return None
    replace = model.own_move_exists(name)
    if replace and not dialogs.ask_replace_move(parent, name):
        return None
    try:
        file = model.save_own_move(ref, name, replace=replace)
    except store.SaveError as exc:  # MoveExists too: one written since the question
        dialogs.show_message(parent, translate("gui.views.editor.own_moves", "Move not saved"),
                             str(exc))
        return None
    logger.info("move %s saved to %s as %r", ref, file, name)
    return translate("gui.views.editor.own_moves",
                     "✓ Saved to your moves as “{name}” ({file}): use it with "
                     "move = \"{name}\"").format(name=name, file=file.name)
