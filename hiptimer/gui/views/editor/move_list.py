"""The editor's move list: the session, its blocks and moves, reordered by dragging.

Each item holds its reference (``SESSION``, ``BlockRef``, ``MoveRef`` from
``hiptimer.editing``). A drop is reported through ``dropped`` as the dragged
item's reference, the target's and where it was let go (``Drop``); the
editor's model does the moving. ``fill_add_menu`` lists the moves the
"Add move" button offers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QPoint, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QBrush, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
)

from hiptimer.editing import SESSION, BlockRef, Drop, MoveRef, Ref, SessionModel, SessionRef
from hiptimer.i18n import translate

_WHERE = QAbstractItemView.DropIndicatorPosition
_DROPS = {_WHERE.AboveItem: Drop.ABOVE, _WHERE.BelowItem: Drop.BELOW,
          _WHERE.OnItem: Drop.ON, _WHERE.OnViewport: Drop.VIEWPORT}


def fill_add_menu(menu: QMenu, library: Mapping[str, Mapping[str, Any]],
                  add: Callable[[str | None], None]) -> None:
    """List a blank move and every library move in the "Add move" menu; ``add`` adds one."""
    menu.clear()
    menu.addAction(translate("gui.views.editor.move_list", "Blank move")).triggered.connect(
        lambda: add(None))
    menu.addSeparator()
    for move_id, table in library.items():
        action = menu.addAction(str(table.get("name", move_id)))
        action.setData(move_id)
        action.triggered.connect(lambda _=False, m=move_id: add(m))


class MoveList(QTreeWidget):
    """The moves (in their blocks), reordered by dragging; the editor does the moving.

    The drop itself never moves the tree's items: it tells the editor what
    went where, the editor changes the document, and the list is rebuilt
    from it (``show``). ``items`` maps each reference to its item.
    """

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[Ref, QTreeWidgetItem] = {}
        self.dropped: Callable[[Ref, Ref | None, Drop], None] = \
            lambda source, target, where: None
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

    def show_model(self, model: SessionModel, dim: QBrush) -> None:
        """Rebuild the items from ``model`` (without signals); ``dim`` paints the amounts."""
        with QSignalBlocker(self):
            self.clear()
            self.items = {}
            top = QTreeWidgetItem([translate("gui.views.editor.move_list", "Whole session"), ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, Qt.ItemDataRole.UserRole, SESSION)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.addTopLevelItem(top)
            self.items[SESSION] = top
            self.setRootIsDecorated(model.blocks() is not None)
            movable = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                       | Qt.ItemFlag.ItemIsDragEnabled)
            blocks: dict[int, QTreeWidgetItem] = {}
            for ref in model.refs():
                if isinstance(ref, BlockRef):
                    blocks[ref.block] = self._add(
                        model, None, ref, movable | Qt.ItemFlag.ItemIsDropEnabled, dim)
                elif isinstance(ref, MoveRef):
                    parent = blocks[ref.block] if ref.block is not None else None
                    self._add(model, parent, ref, movable, dim)
            for block in blocks.values():
                block.setExpanded(True)

    def _add(self, model: SessionModel, parent: QTreeWidgetItem | None,
             ref: BlockRef | MoveRef, flags: Qt.ItemFlag, dim: QBrush) -> QTreeWidgetItem:
        item = QTreeWidgetItem(list(model.label(ref)))
        item.setData(0, Qt.ItemDataRole.UserRole, ref)
        item.setFlags(flags)
        item.setForeground(1, dim)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self.items[ref] = item
        return item

    def relabel(self, model: SessionModel) -> None:
        """Show every block's and move's label again (after a value changed)."""
        for ref, item in self.items.items():
            if not isinstance(ref, SessionRef):
                title, amount = model.label(ref)
                item.setText(0, title)
                item.setText(1, amount)

    def mark_problems(self, model: SessionModel) -> None:
        """Put a warning sign on each item with problems, the problems in its tooltip."""
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for ref, item in self.items.items():
            mine = model.problems_in(ref)
            item.setIcon(0, warning if mine else QIcon())
            item.setToolTip(0, "\n".join(p.message for p in mine))

    def select(self, ref: Ref) -> None:
        """Make ``ref``'s item the current one."""
        self.setCurrentItem(self.items[ref])

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
        where = _DROPS[position]
        QTimer.singleShot(0, self, lambda: self.dropped(source_key, target_key, where))
