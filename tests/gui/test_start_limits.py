"""The start screen's rounds box cannot ask for more than a session may have.

``customise()`` refuses a run whose plan would pass the loader's phase
limit; the start screen must say so and keep the last rounds that fit,
instead of letting the refusal escape from a Qt slot.
"""

from __future__ import annotations

from pathlib import Path

from hiptimer.gui.window import MainWindow
from hiptimer.session import load

BIG = 'name = "Big"\n' + '[[moves]]\nname = "A"\nreps = 1\neach_side = true\nsets = 10\n' * 12


def test_too_many_rounds_are_said_and_the_last_that_fit_kept(qtbot, clock, tmp_path: Path):
    big = tmp_path / "big.toml"
    big.write_text(BIG, encoding="utf-8")
    win = MainWindow(load(big), now=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    screen = win.start_screen
    phases = len(win.app.plan.phases)

    screen.rounds.setValue(3)
    assert len(win.app.plan.phases) > 2 * phases
    screen.rounds.setValue(20)  # about 9,600 phases: refused
    assert screen.rounds.value() == 3
    assert max(b.rounds for b in win.app.session.blocks) == 3
    assert screen.tune_note.isVisible()
    assert screen.tune_note.text() == (
        "With 20 rounds the session would have about 9622 phases; at most 2000 are allowed "
        "(this session fits at most 4 rounds)")

    screen.rounds.setValue(4)
    assert max(b.rounds for b in win.app.session.blocks) == 4
    assert not screen.tune_note.isVisible()
