"""The session editor (Ctrl+E): change reps, rounds, rests and moves, and keep them.

``SessionEditor`` edits a ``store.Document`` in place through the helpers in
``hiptimer.store``, so saving keeps every comment and the layout of the file.
On the left is the list of moves (inside their blocks, when the session has
``[[blocks]]``); on the right, the settings of what is selected, each shown
with the value that applies and where it comes from (the session, the block,
the built-in move) when the move does not set it itself. Every change is
checked at once with the loader's own validator: a problem appears under the
field it is about, the list marks the move it is in, and Save stays disabled
until the session is valid. Every question to the user goes through one
patchable classmethod (``ask_discard``, ``ask_save_as``, ``ask_save_path``,
``ask_picture_path``) so tests never block on a dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QDropEvent, QFont, QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hiptimer import resources, store
from hiptimer.editing import (
    DEFAULT_HOLD,
    DEFAULT_REPS,
    SESSION,
    BlockRef,
    Drop,
    MoveRef,
    Ref,
    SessionModel,
    SessionRef,
    source_note,
    source_words,
)
from hiptimer.editing import number as _number
from hiptimer.session import DEFAULTS, SELF_PACED

logger = logging.getLogger(__name__)

ERROR_COLOUR = "#B91C1C"
ERROR_BACKGROUND = "#FEE2E2"
NOTE_COLOUR = "#6B7280"
_WHERE = QAbstractItemView.DropIndicatorPosition
_DROPS = {_WHERE.AboveItem: Drop.ABOVE, _WHERE.BelowItem: Drop.BELOW,
          _WHERE.OnItem: Drop.ON, _WHERE.OnViewport: Drop.VIEWPORT}


def _small(label: QLabel, colour: str) -> QLabel:
    label.setStyleSheet(f"color: {colour};")
    font = label.font()
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    label.setFont(font)
    return label


class _WheelGuard(QObject):
    """Let the mouse wheel scroll the form instead of changing a box it passes over.

    Only a spin box or combo box that has the keyboard focus takes wheel turns.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        """Pass wheel turns on to the form unless the box has the focus."""
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) \
                and not watched.hasFocus():
            event.ignore()
            return True
        return False


class _Seconds(QDoubleSpinBox):
    """A spin box for seconds that shows ``30`` rather than ``30.0``."""

    def __init__(self, step: float = 1.0, decimals: int = 1) -> None:
        super().__init__()
        self.setLocale(QLocale.c())
        self.setDecimals(decimals)
        self.setRange(0, 100000)
        self.setSingleStep(step)
        self.setAccelerated(True)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt naming
        """Show whole seconds without a fraction."""
        return f"{round(value, self.decimals()):g}"


class Field:
    """One setting on a form: its input, a reset button, where its value comes from, problems.

    ``keys`` are the document keys whose problems are shown under it.
    """

    def __init__(
        self,
        key: str,
        label: str,
        inputs: list[QWidget],
        tip: str = "",
        resettable: bool = True,
        stretch: bool = False,
    ) -> None:
        self.key = key
        self.keys: tuple[str, ...] = (key,)
        self.label = label
        self.on_change: Callable[[Field, Any], None] = lambda field, value: None
        self.on_reset: Callable[[Field], None] = lambda field: None
        self.loading = False

        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self._wheel_guard = _WheelGuard(self.widget)
        for number, widget in enumerate(inputs):
            row.addWidget(widget, 1 if stretch and number == 0 else 0)
            if isinstance(widget, QSpinBox | QDoubleSpinBox | QComboBox):
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                widget.installEventFilter(self._wheel_guard)
            if tip:
                widget.setToolTip(tip)
        self.resettable = resettable
        self.reset_button = QToolButton()
        self.reset_button.setText("↺")
        self.reset_button.setAutoRaise(True)
        self.reset_button.clicked.connect(lambda: self.on_reset(self))
        self.reset_button.setVisible(False)
        row.addWidget(self.reset_button)
        self.note = _small(QLabel(), NOTE_COLOUR)
        row.addWidget(self.note)
        if not stretch:
            row.addStretch(1)
        column.addLayout(row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setVisible(False)
        column.addWidget(self.error)
        self.inputs = inputs

    def changed(self, value: Any) -> None:
        """Pass a change made by the user on to the editor (not while loading)."""
        if not self.loading:
            self.on_change(self, value)

    def load(self, value: Any, explicit: bool, source: str) -> None:
        """Show ``value``; ``source`` says where it comes from when not ``explicit``."""
        self.loading = True
        try:
            self.show_value(value)
        finally:
            self.loading = False
        self.mark(explicit, source)

    def mark(self, explicit: bool, source: str = "") -> None:
        """Show whether the value is set here, or where it comes from.

        A value set here that could come from elsewhere gets a reset button.
        """
        self.reset_button.setVisible(self.resettable and explicit and bool(source))
        self.reset_button.setToolTip(f"Use the value {source_words(source)} instead")
        self.note.setText("" if explicit else source_note(source))
        self.note.setToolTip(f"Not set here: the value {source_words(source)} applies")

    def show_value(self, value: Any) -> None:
        """Put ``value`` in the input (without telling the editor)."""
        raise NotImplementedError

    def show_problems(self, messages: list[str]) -> None:
        """Show the problems with this field under it, and mark the input red."""
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))
        # A tinted background rather than a style sheet: style sheets turn
        # spin boxes and combo boxes into plain boxes without arrows.
        for widget in self.inputs:
            if isinstance(widget, QLineEdit | QSpinBox | QDoubleSpinBox | QPlainTextEdit):
                palette = QPalette(widget.palette())
                default = QApplication.palette(widget)
                palette.setColor(QPalette.ColorRole.Base, QColor(ERROR_BACKGROUND) if messages
                                 else default.color(QPalette.ColorRole.Base))
                widget.setPalette(palette)
                widget.setProperty("problem", bool(messages))


class TextField(Field):
    """A line of text: names and spoken words. Empty text removes an optional key."""

    def __init__(self, key: str, label: str, placeholder: str = "", tip: str = "",
                 required: bool = False) -> None:
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.setMinimumWidth(140)
        super().__init__(key, label, [self.line], tip, stretch=True)
        self.required = required
        self.line.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        self.changed(text if text or self.required else None)

    def show_value(self, value: Any) -> None:
        """Show the text (anything else as it would be written)."""
        self.line.setText(value if isinstance(value, str) else "" if value is None else str(value))


class LongTextField(Field):
    """Several lines of text: a description or instructions."""

    def __init__(self, key: str, label: str, lines: int = 4, tip: str = "") -> None:
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        height = self.text.fontMetrics().lineSpacing() * lines + 12
        self.text.setFixedHeight(height)
        self.text.setMinimumWidth(140)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        super().__init__(key, label, [self.text], tip, stretch=True)
        self.text.textChanged.connect(self._edited)

    def _edited(self) -> None:
        value = self.text.toPlainText()
        self.changed(value if value.strip() else None)

    def show_value(self, value: Any) -> None:
        """Show the text, with the line breaks the file has."""
        self.text.setPlainText(value.strip("\n") if isinstance(value, str) else "")


class CountField(Field):
    """A whole number: rounds, sets, reps."""

    def __init__(self, key: str, label: str, tip: str = "", fallback: int = 1) -> None:
        self.spin = QSpinBox()
        self.spin.setRange(0, 100000)
        self.spin.setAccelerated(True)
        self.spin.setMinimumWidth(90)
        self.fallback = fallback
        super().__init__(key, label, [self.spin], tip)
        self.spin.valueChanged.connect(self.changed)

    def show_value(self, value: Any) -> None:
        """Show the count."""
        number = _number(value)
        self.spin.setValue(int(number) if number is not None else self.fallback)


class SecondsField(Field):
    """A time in seconds: rests, get ready, switch sides."""

    def __init__(self, key: str, label: str, tip: str = "", fallback: float = 0) -> None:
        self.spin = _Seconds()
        self.spin.setMinimumWidth(90)
        self.fallback = fallback
        super().__init__(key, label, [self.spin], tip)
        self.spin.valueChanged.connect(self.changed)

    def show_value(self, value: Any) -> None:
        """Show the seconds."""
        number = _number(value)
        self.spin.setValue(number if number is not None else self.fallback)


class TempoField(Field):
    """Seconds per rep, or self-paced (the runner presses Space when the reps are done)."""

    def __init__(self, label: str) -> None:
        self.spin = _Seconds(step=0.5)
        self.spin.setMinimumWidth(90)
        self.self_paced = QCheckBox("Self-paced")
        self.self_paced.setToolTip("No beat: press Space when you have done your reps")
        super().__init__("tempo", label, [self.spin, self.self_paced],
                         tip="How long one rep takes, in seconds")
        self.self_paced.setToolTip("No beat: press Space when you have done your reps")
        self.spin.valueChanged.connect(self._edited)
        self.self_paced.toggled.connect(self._edited)

    def _edited(self, *_: object) -> None:
        self.spin.setEnabled(not self.self_paced.isChecked())
        self.changed(SELF_PACED if self.self_paced.isChecked() else self.spin.value())

    def show_value(self, value: Any) -> None:
        """Show the tempo, or tick "self-paced"."""
        self.self_paced.setChecked(value == SELF_PACED)
        number = _number(value)
        if number is not None:
            self.spin.setValue(number)
        elif value != SELF_PACED:
            self.spin.setValue(DEFAULTS["tempo"])
        self.spin.setEnabled(value != SELF_PACED)


class AmountField(Field):
    """How much of a move: a number of reps, or a hold in seconds (a toggle between the two)."""

    def __init__(self) -> None:
        self.mode = QComboBox()
        self.mode.addItem("Reps", "reps")
        self.mode.addItem("Hold (s)", "hold")
        self.mode.setToolTip("Count reps, or hold the position for a number of seconds")
        self.reps = QSpinBox()
        self.reps.setRange(0, 100000)
        self.reps.setMinimumWidth(90)
        self.reps.setToolTip("Reps per side and per set")
        self.hold = _Seconds()
        self.hold.setMinimumWidth(90)
        self.hold.setToolTip("Seconds to hold, per side and per set")
        super().__init__("reps", "Reps or hold", [self.mode, self.reps, self.hold])
        self.keys = ("reps", "hold")
        self.on_mode: Callable[[AmountField, str], None] = lambda field, mode: None
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.reps.valueChanged.connect(lambda value: self.changed(("reps", value)))
        self.hold.valueChanged.connect(lambda value: self.changed(("hold", value)))

    @property
    def current_mode(self) -> str:
        """Return ``"reps"`` or ``"hold"``."""
        return str(self.mode.currentData())

    def _mode_changed(self) -> None:
        self._show_mode()
        if not self.loading:
            self.on_mode(self, self.current_mode)

    def _show_mode(self) -> None:
        holding = self.current_mode == "hold"
        self.reps.setVisible(not holding)
        self.hold.setVisible(holding)

    def show_value(self, value: Any) -> None:
        """Show ``(mode, amount)``."""
        mode, amount = value
        self.mode.setCurrentIndex(1 if mode == "hold" else 0)
        number = _number(amount)
        if mode == "hold":
            self.hold.setValue(number if number is not None else DEFAULT_HOLD)
        else:
            self.reps.setValue(int(number) if number is not None else DEFAULT_REPS)
        self._show_mode()


class FlagField(Field):
    """A yes/no setting: each side."""

    def __init__(self, key: str, label: str, text: str, tip: str = "") -> None:
        self.box = QCheckBox(text)
        super().__init__(key, label, [self.box], tip)
        self.box.toggled.connect(self.changed)

    def show_value(self, value: Any) -> None:
        """Tick the box for ``true``."""
        self.box.setChecked(value is True)


class ChoiceField(Field):
    """The built-in move a move is based on (or none)."""

    def __init__(self, key: str, label: str, choices: list[tuple[str, str]], tip: str = "") -> None:
        self.combo = QComboBox()
        self.combo.addItem("None (all settings here)", None)
        for value, text in choices:
            self.combo.addItem(text, value)
        super().__init__(key, label, [self.combo], tip, resettable=False)
        self.combo.activated.connect(lambda _: self.changed(self.combo.currentData()))

    def show_value(self, value: Any) -> None:
        """Select ``value`` (adding it when it is not a known choice)."""
        index = self.combo.findData(value)
        if index < 0 and isinstance(value, str):
            self.combo.addItem(f"{value} (unknown)", value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))


class PictureField(Field):
    """A built-in picture's name or a picture file next to the session."""

    def __init__(self, browse: Callable[[], Path | None]) -> None:
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.addItem("")
        self.combo.addItems(list(resources.builtin_images()))
        self.combo.setMinimumWidth(110)
        line = self.combo.lineEdit()
        if line is not None:
            line.setPlaceholderText("none")
        self.browse_button = QPushButton("File…")
        self.browse_button.setAutoDefault(False)
        super().__init__("image", "Picture", [self.combo, self.browse_button],
                         tip="A built-in picture, or a .svg, .png or .jpg file", stretch=True)
        self.browse_button.setToolTip("Choose a picture file")
        self.browse = browse
        self.combo.editTextChanged.connect(self._edited)
        self.browse_button.clicked.connect(self._browse)

    def _edited(self, text: str) -> None:
        names = [part.strip() for part in text.split(",") if part.strip()]
        if not names:
            self.changed(None)
        else:
            self.changed(names[0] if len(names) == 1 else names)

    def _browse(self) -> None:
        chosen = self.browse()
        if chosen is not None:
            self.combo.setEditText(str(chosen))

    def show_value(self, value: Any) -> None:
        """Show a name, a file, or a list of frame files separated by commas."""
        if isinstance(value, list):
            text = ", ".join(str(v) for v in value)
        else:
            text = value if isinstance(value, str) else ""
        self.combo.setEditText(text)


class Form(QWidget):
    """A page of fields for the session, a block or a move, with problems that have no field."""

    def __init__(self, fields: list[Field], title: str) -> None:
        super().__init__()
        self.fields = {f.key: f for f in fields}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problems.setVisible(False)
        layout.addWidget(self.problems)
        grid = QFormLayout()
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        grid.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.setVerticalSpacing(6)
        for field in fields:
            label = QLabel(field.label)
            label.setBuddy(field.inputs[0])
            grid.addRow(label, field.widget)
        layout.addLayout(grid)
        layout.addStretch(1)

    def field_for(self, key: str) -> Field | None:
        """Return the field showing problems with ``key``."""
        for field in self.fields.values():
            if key in field.keys:
                return field
        return None


class MoveList(QTreeWidget):
    """The moves (in their blocks), reordered by dragging; the editor does the moving.

    The drop itself never moves the tree's items: it tells the editor what
    went where, the editor changes the document, and the list is rebuilt
    from it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.dropped: Callable[[Ref, Ref | None, QAbstractItemView.DropIndicatorPosition],
                               None] = lambda source, target, position: None
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def drop_position(self, target: QTreeWidgetItem | None,
                      point: QPoint) -> QAbstractItemView.DropIndicatorPosition:
        """Return where a drop at ``point`` goes relative to ``target``, as Qt draws it."""
        where = QAbstractItemView.DropIndicatorPosition
        if target is None:
            return where.OnViewport
        rect = self.visualItemRect(target)
        margin = max(2.0, min(12.0, rect.height() / 5.5))
        if point.y() - rect.top() < margin:
            return where.AboveItem
        if rect.bottom() - point.y() < margin:
            return where.BelowItem
        if target.flags() & Qt.ItemFlag.ItemIsDropEnabled:
            return where.OnItem
        return where.AboveItem if point.y() < rect.center().y() else where.BelowItem

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt naming
        """Report the drop to the editor instead of moving items around."""
        source = self.currentItem()
        point = event.position().toPoint()
        target = self.itemAt(point)
        position = self.drop_position(target, point)
        # Ignoring the action keeps Qt from removing the dragged item itself.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source is None:
            return
        source_key = source.data(0, Qt.ItemDataRole.UserRole)
        target_key = target.data(0, Qt.ItemDataRole.UserRole) if target is not None else None
        # After the drag has finished: the list is rebuilt, its items deleted.
        QTimer.singleShot(0, self, lambda: self.dropped(source_key, target_key, position))


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
        self._items: dict[Ref, QTreeWidgetItem] = {}

        self.setWindowTitle("Edit session")
        self.setSizeGripEnabled(True)
        self.resize(1000, 700)
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

    # -- questions (patched in tests) ------------------------------------

    @classmethod
    def ask_discard(cls, parent: QWidget) -> bool:
        """Ask whether to throw away unsaved changes; ``True`` means discard them."""
        answer = QMessageBox.question(
            parent,
            "Discard changes?",
            "You have changed this session. Close the editor and lose those changes?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    @classmethod
    def ask_save_as(cls, parent: QWidget, message: str) -> bool:
        """Say why saving failed and offer "Save as…"; ``True`` if the user wants to."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Not saved")
        box.setText(message)
        box.setInformativeText("Your changes are still in the editor. You can save them to "
                               "another file, or cancel and try again.")
        save_as = box.addButton("Save as…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is save_as

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        """Ask where to save the session; ``None`` if the user cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            parent, "Save session as", str(suggested), "Sessions (*.toml)"
        )
        if not name:
            return None
        chosen = Path(name)
        return chosen if chosen.suffix else chosen.with_suffix(".toml")

    @classmethod
    def ask_picture_path(cls, parent: QWidget, folder: Path) -> Path | None:
        """Ask for a picture file; ``None`` if the user cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            parent, "Choose a picture", str(folder), "Pictures (*.svg *.png *.jpg *.jpeg)"
        )
        return Path(name) if name else None

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
        self.add_button.setText("Add move")
        self.add_button.setToolTip("Add a built-in move or a blank one after the selected move")
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        blank = self.add_menu.addAction("Blank move")
        blank.triggered.connect(lambda: self.add_move(None))
        self.add_menu.addSeparator()
        for move_id, table in self.model.library.items():
            action = self.add_menu.addAction(str(table.get("name", move_id)))
            action.setData(move_id)
            action.triggered.connect(lambda _=False, m=move_id: self.add_move(m))
        self.add_button.setMenu(self.add_menu)
        buttons.addWidget(self.add_button)
        self.remove_button = self._tool("Remove", "Remove the selected move or block",
                                        self.remove_selected)
        buttons.addWidget(self.remove_button)
        self.up_button = self._tool("↑", "Move up", lambda: self.shift_selected(-1))
        buttons.addWidget(self.up_button)
        self.down_button = self._tool("↓", "Move down", lambda: self.shift_selected(1))
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        block_buttons = QHBoxLayout()
        self.add_block_button = self._tool("Add block", "Add a block of moves at the end",
                                           self.add_block)
        block_buttons.addWidget(self.add_block_button)
        block_buttons.addStretch(1)
        left_layout.addLayout(block_buttons)
        splitter.addWidget(left)

        self.session_form = Form(self._session_fields(), "Whole session")
        self.block_form = Form(self._block_fields(), "Block")
        self.move_form = Form(self._move_fields(), "Move")
        self.pages = QStackedWidget()
        for form in (self.session_form, self.block_form, self.move_form):
            self.pages.addWidget(form)
            for field in form.fields.values():
                field.on_change = self._field_changed
                field.on_reset = self._field_reset
        amount = self.move_form.fields["reps"]
        assert isinstance(amount, AmountField)
        amount.on_mode = self._amount_mode
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
        self.target_label = _small(QLabel(), NOTE_COLOUR)
        self.target_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bottom.addWidget(self.target_label, 1)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Close without saving (Esc)")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        bottom.addWidget(self.cancel_button)
        self.save_button = QPushButton("Save")
        self.save_button.setToolTip("Save and close (Ctrl+S)")
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

    def _session_fields(self) -> list[Field]:
        return [
            TextField("name", "Name", "e.g. Pre-run activation", required=True),
            LongTextField("description", "Description", lines=2),
            TextField("say", "Spoken at the start", "the name, unless set"),
            CountField("rounds", "Rounds", "How many times the moves are done"),
            SecondsField("get_ready", "Get ready (s)", "Time to get onto the mat"),
            TempoField("Tempo (s per rep)"),
            SecondsField("rest", "Rest between moves (s)"),
            SecondsField("set_rest", "Rest between sets (s)"),
            SecondsField("round_rest", "Rest between rounds (s)"),
            SecondsField("switch", "Switch sides (s)", "Time to change to the other side"),
        ]

    def _block_fields(self) -> list[Field]:
        return [
            TextField("name", "Block name", "e.g. Circuit"),
            CountField("rounds", "Rounds", "How many times this block's moves are done"),
            SecondsField("round_rest", "Rest between rounds (s)"),
            TempoField("Tempo (s per rep)"),
            SecondsField("rest", "Rest between moves (s)"),
            SecondsField("set_rest", "Rest between sets (s)"),
            SecondsField("switch", "Switch sides (s)"),
        ]

    def _move_fields(self) -> list[Field]:
        choices = [(key, str(t.get("name", key))) for key, t in self.model.library.items()]
        return [
            ChoiceField("move", "Based on", choices,
                        "A built-in move whose settings this move starts from"),
            TextField("name", "Name", "e.g. Clam shell", required=True),
            AmountField(),
            FlagField("each_side", "Sides", "Each side (left, then right)"),
            CountField("sets", "Sets", "How many times in a row, with a rest between"),
            TempoField("Tempo (s per rep)"),
            SecondsField("rest", "Rest after (s)", "Rest after this move"),
            SecondsField("set_rest", "Rest between sets (s)"),
            SecondsField("switch", "Switch sides (s)"),
            PictureField(self._browse_picture),
            LongTextField("instructions", "Instructions", lines=5),
            TextField("say", "Spoken name", "the name, unless set"),
        ]

    # -- the move list ---------------------------------------------------

    def _rebuild_tree(self, select: Ref | None = None) -> None:
        self.model.refresh()
        with QSignalBlocker(self.tree):
            self.tree.clear()
            self._items = {}
            top = QTreeWidgetItem(["Whole session", ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, Qt.ItemDataRole.UserRole, SESSION)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(top)
            self._items[SESSION] = top
            has_blocks = self.model.blocks() is not None
            self.tree.setRootIsDecorated(has_blocks)
            movable = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                       | Qt.ItemFlag.ItemIsDragEnabled)
            blocks: dict[int, QTreeWidgetItem] = {}
            for ref in self.model.refs():
                if isinstance(ref, BlockRef):
                    blocks[ref.block] = self._add_item(
                        None, ref, movable | Qt.ItemFlag.ItemIsDropEnabled)
                elif isinstance(ref, MoveRef):
                    parent = blocks[ref.block] if ref.block is not None else None
                    self._add_item(parent, ref, movable)
            for block in blocks.values():
                block.setExpanded(True)
            self.add_block_button.setVisible(has_blocks)
        wanted = select if select is not None and select in self._items else SESSION
        self.tree.setCurrentItem(self._items[wanted])
        self._show_item(wanted)

    def _add_item(self, parent: QTreeWidgetItem | None, ref: BlockRef | MoveRef,
                  flags: Qt.ItemFlag) -> QTreeWidgetItem:
        item = QTreeWidgetItem(list(self.model.label(ref)))
        item.setData(0, Qt.ItemDataRole.UserRole, ref)
        item.setFlags(flags)
        item.setForeground(1, self.palette().placeholderText())
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self._items[ref] = item
        return item

    def _relabel(self) -> None:
        for ref, item in self._items.items():
            if not isinstance(ref, SessionRef):
                title, amount = self.model.label(ref)
                item.setText(0, title)
                item.setText(1, amount)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _selected(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        self._show_item(current.data(0, Qt.ItemDataRole.UserRole))

    def select(self, ref: Ref) -> None:
        """Select a list item: ``SESSION``, a ``BlockRef`` or a ``MoveRef``."""
        self.tree.setCurrentItem(self._items[ref])

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

    def _show_item(self, ref: Ref) -> None:
        self._current = ref
        form = (self.session_form if isinstance(ref, SessionRef)
                else self.block_form if isinstance(ref, BlockRef) else self.move_form)
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

    def _field_changed(self, field: Field, value: Any) -> None:
        ref = self._current
        if isinstance(field, AmountField):
            key, amount = value
            self._apply(self.model.set(ref, key, amount))
            field.mark(True, self.model.source(ref, key))
            return
        self._apply(self.model.set(ref, field.key, value))
        if value is None or field.key == "move":
            self._load_form(ref, self.current_form)
        else:
            field.mark(True, self.model.source(ref, field.key))

    def _field_reset(self, field: Field) -> None:
        self._apply(self.model.reset(self._current, field.keys))
        self._load_form(self._current, self.current_form)

    def _amount_mode(self, field: AmountField, mode: str) -> None:
        if isinstance(self._current, MoveRef):
            self._apply(self.model.switch_amount(self._current, mode))
        self._load_form(self._current, self.current_form)

    def _browse_picture(self) -> Path | None:
        chosen = self.ask_picture_path(self, self.document.path.parent)
        return None if chosen is None else self.model.picture_path(chosen)

    def _apply(self, changed: bool) -> None:
        """After a change to the document: relabel the list and check the session again."""
        if changed:
            self._relabel()
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

    def _dropped(self, source: Ref, target: Ref | None,
                 position: QAbstractItemView.DropIndicatorPosition) -> None:
        """Carry out a drag and drop in the move list."""
        self._structure_changed(self.model.drop(source, target, _DROPS[position]))

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
        if state.remove_tip is not None:
            self.remove_button.setToolTip(state.remove_tip)

    # -- checking --------------------------------------------------------

    def _revalidate(self) -> None:
        """Check the session as it would be saved, and show what is wrong where it is."""
        status = self.model.check()
        self._show_problems()
        self._mark_items()
        self.summary_label.setText(status.summary)
        self.summary_label.setToolTip(status.details)
        self.summary_label.setStyleSheet(
            "color: #15803D;" if status.ok else f"color: {ERROR_COLOUR};")
        self.save_button.setEnabled(status.ok)
        self.total_label.setText(status.total)
        self.setWindowTitle(status.title)

    def _show_problems(self) -> None:
        form = self.current_form
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for key, problem in self.model.problems_at(self._current):
            field = form.field_for(key) if key is not None else None
            if field is not None:
                by_field.setdefault(field.key, []).append(problem.message)
            else:
                general.append(f"{problem.path}: {problem.message}" if problem.path
                               else problem.message)
        for key, field in form.fields.items():
            field.show_problems(by_field.get(key, []))
        form.problems.setText("\n".join(general))
        form.problems.setVisible(bool(general))

    def _mark_items(self) -> None:
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for ref, item in self._items.items():
            mine = self.model.problems_in(ref)
            item.setIcon(0, warning if mine else QIcon())
            item.setToolTip(0, "\n".join(p.message for p in mine))

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
                message = (f"{target.name} was not saved because of an unexpected error "
                           f"({type(exc).__name__}: {exc}).")
            self._show_not_saved(message)
            if not self.ask_save_as(self, message):
                return None
            chosen = self.ask_save_path(self, suggested)
            if chosen is None:
                return None
            target, overwrite, suggested = chosen, True, chosen

    def _show_not_saved(self, message: str) -> None:
        """Keep the reason in the status line after the dialog is gone (until the next edit)."""
        first = message.splitlines()[0] if message else "the session was not saved"
        self.summary_label.setText(f"⚠ Not saved — {first}")
        self.summary_label.setToolTip(message)
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};")

    def reject(self) -> None:
        """Close without saving (Cancel, Esc, the close button); ask first if something changed."""
        if self.modified and not self.ask_discard(self):
            return
        super().reject()
