"""The session editor (Ctrl+E): its dialog, its fields and forms, and its move list.

``dialog.py`` holds ``SessionEditor``, ``fields.py`` the fields (with
``dose.py`` for how much of a move, ``files.py`` for the picture and
sounds, ``progression.py`` for the ``progression`` rules), ``forms.py``
the pages they are laid out on, ``move_list.py`` the list of blocks and
moves, ``own_moves.py`` "Save this move to my moves". What the editor shows and
changes is worked out by ``hiptimer.editing.SessionModel``, without Qt; its
questions to the user are in ``hiptimer.gui.dialogs``. The names other
modules use are re-exported here.
"""

from hiptimer.gui.views.editor.dialog import SessionEditor
from hiptimer.gui.views.editor.dose import AmountField
from hiptimer.gui.views.editor.fields import (
    ChoiceField,
    Field,
    FlagField,
    LongTextField,
    NumberField,
    OptionField,
    TempoField,
    TextField,
)
from hiptimer.gui.views.editor.files import PictureField, SoundsField
from hiptimer.gui.views.editor.forms import Form
from hiptimer.gui.views.editor.move_list import MoveList
from hiptimer.gui.views.editor.progression import MoveRuleField, SessionRuleField

__all__ = [
    "AmountField",
    "ChoiceField",
    "Field",
    "FlagField",
    "Form",
    "LongTextField",
    "MoveList",
    "MoveRuleField",
    "NumberField",
    "OptionField",
    "PictureField",
    "SessionEditor",
    "SessionRuleField",
    "SoundsField",
    "TempoField",
    "TextField",
]
