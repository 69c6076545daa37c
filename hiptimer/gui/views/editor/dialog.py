"""The session editor (Ctrl+E): change reps, rounds, rests and moves, and keep them.

``SessionEditor`` edits a copy of a ``store.Document`` through its
``SessionModel`` (``hiptimer.editing``), so saving keeps every comment and
the layout. Left, the ``MoveList``; right, the form of what is selected,
each field showing the value that applies and where it comes from. Every
change is checked with the loader's own validator: a problem shows under
its field and Save stays off until the session is valid. "Save to my
moves" is in ``own_moves.py``; questions go through ``hiptimer.gui.dialogs``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hiptimer import store
from hiptimer.editing import (
    SESSION,
    BlockRef,
    Drop,
    MoveRef,
    Ref,
    SessionModel,
    SessionRef,
)
from hiptimer.gui import dialogs
from hiptimer.gui.shell import fit_to_screen
from hiptimer.gui.views.editor.dose import AmountField
from hiptimer.gui.views.editor.fields import ERROR_COLOUR, NOTE_COLOUR, Field, small
from hiptimer.gui.views.editor.files import SoundsField
from hiptimer.gui.views.editor.forms import Form, block_fields, move_fields, session_fields
from hiptimer.gui.views.editor.move_list import MoveList, fill_add_menu
from hiptimer.gui.views.editor.own_moves import save_selected
from hiptimer.i18n import translate

logger = logging.getLogger(__name__)


class SessionEditor(QDialog):
    """Edit a session's settings and moves, checked live, saved keeping comments.

    Signals:
        saved(Path): the session was written to this file (the runner's own
            copy for a built-in, or the file chosen with "Save as…"). The
            window reloads the session from it.

    The editor works on a copy of the ``Document`` it is given: Cancel (or
    Esc) leaves that document and the file alone. What it shows and every
    change it makes come from its ``SessionModel`` (``hiptimer.editing``).
    """

    saved = Signal(Path)

    def __init__(
        self,
        document: store.Document,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        document = document.copy()
        if path is not None:
            document.path = Path(path)
        self.model = SessionModel(document)
        self._current: Ref = SESSION

        self.setWindowTitle(translate("gui.views.editor.dialog", "Edit session"))
        self.setSizeGripEnabled(True)
        fit_to_screen(self, (1000, 700), (560, 380))
        self._build()
        self._rebuild_tree(SESSION)
        self._revalidate()

    @property
    def document(self) -> store.Document:
        """Return the document being edited (a copy of the one the editor was given)."""
        return self.model.document

    # -- opening ---------------------------------------------------------

    @classmethod
    def for_path(cls, path: Path, parent: QWidget | None = None) -> SessionEditor:
        """Open the session file at ``path`` in an editor (``store.OpenError`` if it cannot be)."""
        return cls(store.open_document(path), Path(path), parent)

    @classmethod
    def open_on(cls, path: Path, parent: QWidget,
                saved: Callable[[Path], object]) -> SessionEditor | None:
        """Show an editor on ``path`` (not modal), or say why it cannot be and return ``None``.

        ``saved`` is given each file the editor saves.
        """
        try:
            editor = cls.for_path(path, parent)
        except store.OpenError as exc:
            dialogs.show_message(parent, translate("gui.views.editor.dialog",
                                                   "Cannot edit this session"), str(exc))
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(saved)
        editor.open()
        return editor

    # -- building --------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = MoveList()
        self.tree.setMinimumWidth(200)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.tree.currentItemChanged.connect(self._selected)
        self.tree.dropped = self._dropped
        left_layout.addWidget(self.tree, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.add_button = QToolButton()
        self.add_button.setText(translate("gui.views.editor.dialog", "Add move"))
        self.add_button.setToolTip(translate("gui.views.editor.dialog",
                                             "Add a built-in move or a blank one after the "
                                             "selected move"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        fill_add_menu(self.add_menu, self.model.library, self.add_move)
        self.add_button.setMenu(self.add_menu)
        self.remove_button = self._tool(translate("gui.views.editor.dialog", "Remove"),
                                        translate("gui.views.editor.dialog",
                                                  "Remove the selected move or block"),
                                        self.remove_selected)
        self.up_button = self._tool("↑", translate("gui.views.editor.dialog", "Move up"),
                                    lambda: self.shift_selected(-1))
        self.down_button = self._tool("↓", translate("gui.views.editor.dialog", "Move down"),
                                      lambda: self.shift_selected(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        block_buttons = QHBoxLayout()
        self.add_block_button = self._tool(translate("gui.views.editor.dialog", "Add block"),
                                           translate("gui.views.editor.dialog",
                                                     "Add a block of moves at the end"),
                                           self.add_block)
        block_buttons.addWidget(self.add_block_button)
        self.own_move_button = self._tool(
            translate("gui.views.editor.dialog", "Save to my moves"),
            translate("gui.views.editor.dialog", "Save this move to my moves (moves.toml in "
                      "the config folder), to use in any session"), self.save_own_move)
        block_buttons.addWidget(self.own_move_button)
        block_buttons.addStretch(1)
        left_layout.addLayout(block_buttons)
        splitter.addWidget(left)

        # The questions are looked up when asked (tests replace them).
        def sound() -> Path | None:
            return self._browse(dialogs.ask_sound_path)

        # Each page is built when first shown: the editor opens on the session's.
        self._makers: dict[type, Callable[[], Form]] = {
            SessionRef: lambda: Form(session_fields(sound),
                                     translate("gui.views.editor.dialog", "Whole session")),
            BlockRef: lambda: Form(block_fields(), translate("gui.views.editor.dialog", "Block")),
            MoveRef: lambda: Form(move_fields(
                self.model.library, lambda: self._browse(dialogs.ask_picture_path), sound),
                translate("gui.views.editor.dialog", "Move")),
        }
        self._forms: dict[type, Form] = {}
        self.pages = QStackedWidget()
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.pages)
        splitter.addWidget(self.form_scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])

        status = QHBoxLayout()
        self.summary_label = QLabel()
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)
        status.addWidget(self.summary_label, 1)
        self.total_label = QLabel()
        bold = QFont(self.total_label.font())
        bold.setBold(True)
        self.total_label.setFont(bold)
        status.addWidget(self.total_label)
        outer.addLayout(status)

        bottom = QHBoxLayout()
        self.target_label = small(QLabel(), NOTE_COLOUR)
        self.target_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bottom.addWidget(self.target_label, 1)
        self.cancel_button = QPushButton(translate("gui.views.editor.dialog", "Cancel"))
        self.cancel_button.setToolTip(translate("gui.views.editor.dialog",
                                                "Close without saving (Esc)"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        bottom.addWidget(self.cancel_button)
        self.save_button = QPushButton(translate("gui.views.editor.dialog", "Save"))
        self.save_button.setToolTip(translate("gui.views.editor.dialog", "Save and close (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)

        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        text, tip = self.model.target_note()
        self.target_label.setText(text)
        self.target_label.setToolTip(tip)

    def _tool(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- the move list ---------------------------------------------------

    def _rebuild_tree(self, select: Ref | None = None) -> None:
        self.model.refresh()
        self.tree.show_model(self.model, self.palette().placeholderText())
        self.add_block_button.setVisible(self.model.blocks() is not None)
        wanted = select if select is not None and select in self.tree.items else SESSION
        self.tree.select(wanted)
        self._show_item(wanted)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _selected(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        self._show_item(current.data(0, Qt.ItemDataRole.UserRole))

    def select(self, ref: Ref) -> None:
        """Select a list item: ``SESSION``, a ``BlockRef`` or a ``MoveRef``."""
        self.tree.select(ref)

    def select_move(self, index: int, block: int | None = None) -> None:
        """Select move ``index`` (0-based), in ``block`` for sessions made of blocks."""
        self.select(MoveRef(block, index))

    @property
    def current(self) -> Ref:
        """Return the item whose settings are on show."""
        return self._current

    @property
    def current_form(self) -> Form:
        """Return the form on show."""
        form = self.pages.currentWidget()
        assert isinstance(form, Form)
        return form

    def field(self, key: str) -> Field:
        """Return the field for ``key`` on the form on show."""
        return self.current_form.fields[key]

    # -- the forms -------------------------------------------------------

    def _form(self, kind: type) -> Form:
        form = self._forms.get(kind)
        if form is None:
            form = self._forms[kind] = self._makers[kind]()
            self.pages.addWidget(form)
            for field in form.fields.values():
                field.on_change = self._field_changed
                field.on_reset = self._field_reset
                if isinstance(field, AmountField):
                    field.on_mode = self._amount_mode
        return form

    def _show_item(self, ref: Ref) -> None:
        self._current = ref
        form = self._form(type(ref))
        self.pages.setCurrentWidget(form)
        form.title.setText(self.model.title(ref))
        self._load_form(ref, form)
        self._update_buttons()
        self._show_problems()

    def _load_form(self, ref: Ref, form: Form) -> None:
        for name, field in form.fields.items():
            shown = self.model.amount(ref) if isinstance(field, AmountField) \
                and isinstance(ref, MoveRef) else self.model.shown(ref, name)
            field.load(shown.value, shown.explicit, shown.source)
        self._grey_out(ref, form)

    def _grey_out(self, ref: Ref, form: Form) -> None:
        """Grey out the fields that have no use as the item stands (unless they are set)."""
        table = self.model.table(ref)
        for name, field in form.fields.items():
            why = self.model.not_here(ref, name)
            field.refuse(why if name not in table else None)

    def _field_changed(self, field: Field, value: Any) -> None:
        ref = self._current
        if isinstance(field, SoundsField):
            cue, file = value
            self._apply(self.model.set_sound(ref, cue, file))
            return
        if isinstance(field, AmountField):
            key, amount = value
            self._apply(self.model.set(ref, key, amount))
            field.mark(True, self.model.source(ref, key))
        else:
            self._apply(self.model.set(ref, field.key, value))
            if value is None or field.key in ("move", "sides", "progression"):
                self._load_form(ref, self.current_form)
            else:
                field.mark(True, self.model.source(ref, field.key))
        self._grey_out(ref, self.current_form)

    def _field_reset(self, field: Field) -> None:
        self._apply(self.model.reset(self._current, field.keys))
        self._load_form(self._current, self.current_form)

    def _amount_mode(self, field: AmountField, mode: str) -> None:
        if isinstance(self._current, MoveRef):
            self._apply(self.model.switch_amount(self._current, mode))
        self._load_form(self._current, self.current_form)

    def _browse(self, ask: Callable[[QWidget, Path], Path | None]) -> Path | None:
        chosen = ask(self, self.document.path.parent)
        return None if chosen is None else self.model.picture_path(chosen)

    def save_own_move(self) -> None:
        """Save the selected move to the runner's own moves (``moves.toml``), asking first."""
        if isinstance(self._current, MoveRef):
            said = save_selected(self, self.model, self._current)
            if said is not None:
                fill_add_menu(self.add_menu, self.model.library, self.add_move)
                self._load_form(self._current, self.current_form)
                self.summary_label.setText(said)

    def _apply(self, changed: bool) -> None:
        """After a change to the document: relabel the list and check the session again."""
        if changed:
            self.tree.relabel(self.model)
            self._revalidate()

    # -- structure -------------------------------------------------------

    def add_move(self, library_id: str | None) -> None:
        """Add a built-in move (by id) or a blank one after the selected move."""
        self._structure_changed(self.model.add_move(self._current, library_id))

    def add_block(self) -> None:
        """Add a block with one blank move at the end (sessions made of blocks only)."""
        self._structure_changed(self.model.add_block())

    def remove_selected(self) -> None:
        """Remove the selected move or block."""
        self._structure_changed(self.model.remove(self._current))

    def shift_selected(self, step: int) -> None:
        """Move the selected move or block up (``-1``) or down (``1``).

        A move at the edge of its block goes on into the next block.
        """
        self._structure_changed(self.model.shift(self._current, step))

    def _dropped(self, source: Ref, target: Ref | None, where: Drop) -> None:
        """Carry out a drag and drop in the move list."""
        self._structure_changed(self.model.drop(source, target, where))

    def _structure_changed(self, select: Ref | None) -> None:
        if select is None:
            return
        self._rebuild_tree(select)
        self._revalidate()

    def _update_buttons(self) -> None:
        state = self.model.buttons(self._current)
        self.remove_button.setEnabled(state.remove)
        self.up_button.setEnabled(state.up)
        self.down_button.setEnabled(state.down)
        self.own_move_button.setVisible(isinstance(self._current, MoveRef))
        self.own_move_button.setEnabled(isinstance(self._current, MoveRef)
                                        and not self.model.problems_in(self._current))
        if state.remove_tip is not None:
            self.remove_button.setToolTip(state.remove_tip)

    # -- checking --------------------------------------------------------

    def _revalidate(self) -> None:
        """Check the session as it would be saved, and show what is wrong where it is."""
        status = self.model.check()
        self._show_problems()
        self.tree.mark_problems(self.model)
        self.summary_label.setText(status.summary)
        self.summary_label.setToolTip(status.details)
        self.summary_label.setStyleSheet(
            "color: #15803D;" if status.ok else f"color: {ERROR_COLOUR};")
        self.save_button.setEnabled(status.ok)
        self._update_buttons()
        self.total_label.setText(status.total)
        self.setWindowTitle(status.title)

    def _show_problems(self) -> None:
        self.current_form.show_problems(self.model.problems_at(self._current), self._current)

    @property
    def modified(self) -> bool:
        """Whether there are changes that have not been saved."""
        return self.model.modified

    @property
    def valid(self) -> bool:
        """Whether the session as edited passes the loader's checks."""
        return self.model.valid

    # -- saving and closing ----------------------------------------------

    @Slot()
    def save(self) -> bool:
        """Save (to the runner's own copy for a built-in) and close; ``True`` if written.

        Whatever goes wrong, the runner is told why and the edits stay here:
        the editor closes only once the session is written somewhere.
        """
        if not self.valid:
            return False
        target = store.save_target(self.document.path)
        written = self._save_to(target, overwrite=False)
        if written is None:
            return False
        self.model.mark_saved()
        logger.info("session saved to %s", written)
        self.saved.emit(written)
        self.accept()
        return True

    def _save_to(self, target: Path, overwrite: bool) -> Path | None:
        """Try to save to ``target``; on failure say why and offer "Save as…" until it works."""
        suggested = target.with_name(f"{target.stem}-mine{target.suffix}")
        while True:
            try:
                return store.save(self.document, target, overwrite=overwrite)
            except store.StoreError as exc:
                message = str(exc)
            except Exception as exc:  # a bug in saving must not cost the runner their edits
                logger.exception("saving %s failed", target)
                message = translate("gui.views.editor.dialog", "{file} was not saved because of an "
                                    "unexpected error ({error}: {reason}).").format(
                    file=target.name, error=type(exc).__name__, reason=exc)
            self._show_not_saved(message)
            if not dialogs.ask_save_as(self, message):
                return None
            chosen = dialogs.ask_save_path(self, suggested)
            if chosen is None:
                return None
            target, overwrite, suggested = chosen, True, chosen

    def _show_not_saved(self, message: str) -> None:
        """Keep the reason in the status line after the dialog is gone (until the next edit)."""
        first = (message.splitlines()[0] if message
                 else translate("gui.views.editor.dialog", "the session was not saved"))
        self.summary_label.setText(translate("gui.views.editor.dialog",
                                             "⚠ Not saved — {reason}").format(reason=first))
        self.summary_label.setToolTip(message)
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};")

    def reject(self) -> None:
        """Close without saving (Cancel, Esc, the close button); ask first if something changed."""
        if self.modified and not dialogs.ask_discard(self):
            return
        super().reject()
