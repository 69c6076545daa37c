"""The finish screen: "Done — go run!", the time it took and the week so far."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hiptimer.gui.views.controls import button
from hiptimer.gui.views.run import size_buttons, spread
from hiptimer.gui.views.widgets import FitText
from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.session import Question
from hiptimer.views import WeekView


class FinishScreen(QWidget):
    """"Done — go run!" with the time taken.

    After a finished run it asks once how it felt, with big buttons and the
    keys 1, 2 and 3; the runner may leave it unanswered.

    Signals:
        again_clicked(): do the session again.
        start_clicked(): back to the start screen.
        rated(str): the run felt "easy", "right" or "hard".
    """

    again_clicked = Signal()
    start_clicked = Signal()
    rated = Signal(str)

    # (rating, key, button, tooltip, what is said once answered) of the answers
    # to "How did it feel?"; the words are translated where they are shown.
    FEELINGS = (
        ("easy", "1", QT_TRANSLATE_NOOP("gui.views.finish", "Easy (1)"),
         QT_TRANSLATE_NOOP("gui.views.finish", "It felt easy (1)"),
         QT_TRANSLATE_NOOP("gui.views.finish", "Noted: it felt easy.")),
        ("right", "2", QT_TRANSLATE_NOOP("gui.views.finish", "Just right (2)"),
         QT_TRANSLATE_NOOP("gui.views.finish", "It felt just right (2)"),
         QT_TRANSLATE_NOOP("gui.views.finish", "Noted: it felt just right.")),
        ("hard", "3", QT_TRANSLATE_NOOP("gui.views.finish", "Hard (3)"),
         QT_TRANSLATE_NOOP("gui.views.finish", "It felt hard (3)"),
         QT_TRANSLATE_NOOP("gui.views.finish", "Noted: it felt hard.")),
    )

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.title = FitText(translate("gui.views.finish", "Done — go run!"))
        self.taken = FitText(bold=False)
        # Sized with the window below, so not named "week" like the start
        # screen's fixed-size line.
        self.week = QLabel()
        # Whether this run counted toward the week, and why not.
        self.counted = QLabel()
        for label in (self.week, self.counted):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.counted.hide()
        self.muted = QLabel(translate("gui.views.finish", "Sound is off (M)"))
        self.muted.setObjectName("muted")
        self.muted.hide()
        layout.addWidget(self.muted, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.title, 3)
        layout.addWidget(self.taken, 1)
        layout.addWidget(self.counted)
        layout.addWidget(self.week)
        self.question = QLabel(translate("gui.views.finish", "How did it feel?"))
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        feelings = QHBoxLayout()
        self.feelings = []
        for rating, key, text, tip, noted in self.FEELINGS:
            answer = spread(button(translate("gui.views.finish", text),
                                   translate("gui.views.finish", tip),
                                   partial(self._rate, rating, noted)))
            answer.setShortcut(QKeySequence(key))  # only while the question shows
            self.feelings.append(answer)
            feelings.addWidget(answer)
        layout.addWidget(self.question)
        layout.addLayout(feelings)
        # The session's own question ("Where did you feel it most?"), an
        # answer a button, then what the answer means.
        self.check = QLabel()
        self.check.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.check.setWordWrap(True)
        self.check.hide()
        self.check_row = QHBoxLayout()
        self.check_answers: list[QPushButton] = []
        layout.addWidget(self.check)
        layout.addLayout(self.check_row)
        self._ask(False)
        buttons = QHBoxLayout()
        self.again = spread(button(translate("gui.views.finish", "Again (R)"),
                                   translate("gui.views.finish", "Do the session again (R)"),
                                   self.again_clicked.emit))
        self.to_start = spread(button(translate("gui.views.finish", "Back to start (Esc)"),
                                      translate("gui.views.finish",
                                                "Back to the start screen (Esc)"),
                                      self.start_clicked.emit))
        buttons.addWidget(self.again)
        buttons.addWidget(self.to_start)
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        """Give the first answer (or Again) the keyboard focus."""
        super().showEvent(event)
        (self.feelings[0] if self.feelings[0].isVisibleTo(self) else self.again).setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        """Keep the week's line and the buttons readable at any window size."""
        super().resizeEvent(event)
        height = self.height()
        font = self.week.font()
        font.setPixelSize(max(16, int(height * 0.035)))
        font.setBold(True)
        self.week.setFont(font)
        font.setBold(False)
        self.counted.setFont(font)
        size_buttons((self.again, self.to_start, *self.feelings), height)
        self.question.setFont(font)
        self.check.setFont(font)

    def _ask(self, ask: bool) -> None:
        self.question.setText(translate("gui.views.finish", "How did it feel?"))
        self.question.setVisible(ask)
        for answer in self.feelings:
            answer.setVisible(ask)

    def _ask_session(self, question: Question | None) -> None:
        for old in self.check_answers:
            old.hide()
            old.deleteLater()
        self.check_answers = []
        self.check.setVisible(question is not None)
        if question is None:
            return
        self.check.setText(question.ask)
        for answer, meaning in question.answers:
            push = spread(button(answer, meaning, partial(self._answered, answer, meaning)))
            self.check_row.addWidget(push)
            self.check_answers.append(push)

    def _answered(self, answer: str, meaning: str) -> None:
        for push in self.check_answers:
            push.hide()
        self.check.setText(translate("gui.views.finish", "{answer}: {meaning}").format(
            answer=answer, meaning=meaning))

    def _rate(self, rating: str, noted: str) -> None:
        for answer in self.feelings:
            answer.hide()
        self.question.setText(translate("gui.views.finish", noted))
        self.rated.emit(rating)

    def show_finish(self, title: str, taken: str, counted: str, ask: bool = False,
                    question: Question | None = None) -> None:
        """Show the session's last words, how long it took and whether it counted.

        ``ask``: ask how the run felt (a finished run the history can rate);
        ``question``: the session's own question, asked too.
        """
        self._ask(ask)
        self._ask_session(question)
        self.title.setText(title)
        self.taken.setText(taken)
        self.counted.setText(counted)
        self.counted.setVisible(bool(counted))

    def show_muted(self, muted: bool) -> None:
        """Say whether the sound is off."""
        self.muted.setVisible(muted)

    def show_week(self, view: WeekView) -> None:
        """Show where the week stands now that this run is done."""
        self.week.setText(view.finish_line)
