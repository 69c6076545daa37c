"""The progression's controller: what the rated runs suggest for the doses, taken or kept.

``ProgressController`` holds no widget. After every change to the history
the app's controller hands it the session and the runs (``update``); it
says what ``hiptimer.progression.suggest`` finds (``suggestions_shown``),
leaving out what the runner chose to keep. Taking one writes the new dose
into the runner's own copy of the session, comments kept, and nothing
else ever writes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from hiptimer.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from hiptimer.history import RunRecord
    from hiptimer.progression import Suggestion
    from hiptimer.session import Session

# The settings key of the suggestions the runner answered "keep the old dose" to.
KEPT_KEY = "kept_doses"


class ProgressController(QObject):
    """Suggests dose changes from the rated runs; takes or keeps them on the runner's word.

    Signals:
        suggestions_shown(object): one line for each suggestion now
            (``tuple[str, ...]``; empty: nothing to suggest).
        dose_written(object): a suggestion was taken into this file (a ``Path``).
    """

    suggestions_shown = Signal(object)
    dose_written = Signal(object)

    def __init__(self, settings: QSettings | None, asker: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.asker = asker
        self.source: Path | None = None
        self.suggestions: list[Suggestion] = []

    def update(self, session: Session, runs: Sequence[RunRecord]) -> None:
        """Say what the rated runs of ``session`` suggest, leaving out what was kept."""
        from hiptimer import progression

        self.source = session.source
        found: list[Suggestion] = []
        if session.source is not None:
            found = progression.suggest(
                session.rules, progression.runs_of(runs, str(session.source)),
                progression.doses_of(session), session.variations)
        kept = self._kept()
        self.suggestions = [s for s in found if suggestion_id(self.source, s) not in kept]
        self._say()

    def _say(self) -> None:
        self.suggestions_shown.emit(tuple(s.why for s in self.suggestions))

    def _kept(self) -> set[str]:
        value = None if self.settings is None else self.settings.value(KEPT_KEY)
        if isinstance(value, str):  # QSettings gives a list of one back as its item
            value = [value]
        return {str(v) for v in value} if isinstance(value, list) else set()

    @Slot(int)
    def keep(self, index: int) -> None:
        """Keep the dose as it is: the ``index``-th suggestion is not made again for it."""
        if not 0 <= index < len(self.suggestions):
            return
        kept = self._kept() | {suggestion_id(self.source, self.suggestions[index])}
        if self.settings is not None:
            self.settings.setValue(KEPT_KEY, sorted(kept))
        del self.suggestions[index]
        self._say()

    @Slot(int)
    def take(self, index: int) -> None:
        """Write the ``index``-th suggestion into the runner's own copy of the session.

        Comments and layout are kept; a built-in session is saved as the
        runner's own copy, as any edit of it is. ``dose_written`` says where.
        """
        from hiptimer import store
        from hiptimer.gui import dialogs
        from hiptimer.progression import Change

        if self.source is None or not 0 <= index < len(self.suggestions):
            return
        chosen = self.suggestions[index]
        try:
            document = store.open_document(self.source)
            if chosen.change is Change.NEXT and chosen.new_move is not None:
                store.set_value(document, (*chosen.keys, "move"), chosen.new_move)
                if chosen.new is not None and chosen.new_kind is not None:
                    store.set_value(document, (*chosen.keys, chosen.new_kind), chosen.new)
            elif chosen.new is not None:
                store.set_value(document, (*chosen.keys, chosen.kind), chosen.new)
            written = store.save(document)
        except store.StoreError as exc:
            dialogs.show_message(
                self.asker, translate("gui.controllers.progress", "Could not change the dose"),
                str(exc))
            return
        self.dose_written.emit(written)


def suggestion_id(source: Path | None, suggestion: Suggestion) -> str:
    """Return what names a suggestion the runner kept the old dose against.

    The same change from the same dose of the same move is not suggested
    again; a dose changed since (by hand, or by taking another suggestion)
    may be. The runs' ids are left out on purpose: a run's id is only
    final once the history's writer has put it in the file.
    """
    keys = ".".join(str(key) for key in suggestion.keys)
    return "|".join((str(source), keys, suggestion.kind, f"{suggestion.old:g}",
                     suggestion.change.value))
