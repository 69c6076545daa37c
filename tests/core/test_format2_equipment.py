"""Equipment, easier and harder variations, and progression rules as keys of the loader.

A move says what it needs (``equipment``) and names the moves one step
easier and harder; the session adds up what its moves need, in order, for
the start screen. ``progression`` tables are checked by the loader like any
other key, placed at their line, and a move's rule without ``then`` goes on
to the move's ``harder`` link. The runner's own ``moves.toml`` is in a fresh
folder for each test (tests/conftest.py).
"""

from __future__ import annotations

import textwrap
from datetime import datetime, timedelta, timezone

import pytest

from hiptimer.errors import SessionError
from hiptimer.history import Outcome, RunRecord
from hiptimer.progression import (
    Change,
    MoveDose,
    Rating,
    Rules,
    Variation,
    doses_of,
    suggest,
)
from hiptimer.session import Equipment, Session, equipment_line, loads, user_library_path


def load_text(text: str) -> Session:
    return loads(textwrap.dedent(text), "s.toml")


def problems(text: str) -> list[str]:
    with pytest.raises(SessionError) as caught:
        load_text(text)
    return caught.value.lines()


# -- equipment ---------------------------------------------------------------------------------


def test_a_move_brings_its_equipment_and_the_session_adds_it_up_in_order() -> None:
    session = load_text("""\
        name = "S"
        [[blocks]]
        [[blocks.moves]]
        move = "glute-bridge"
        [[blocks.moves]]
        move = "banded-glute-bridge"
        [[blocks]]
        [[blocks.moves]]
        name = "Ball squeeze"
        reps = 10
        equipment = "stability-ball"
        [[blocks.moves]]
        move = "monster-walk"
        """)
    assert [m.equipment for m in session.moves] == [
        Equipment.NONE, Equipment.MINI_BAND, Equipment.STABILITY_BALL, Equipment.MINI_BAND]
    assert session.equipment == (Equipment.MINI_BAND, Equipment.STABILITY_BALL)
    assert equipment_line(session.equipment) == (
        "You need: a mini band and a stability ball")


def test_what_the_start_screen_says_about_equipment() -> None:
    assert equipment_line(()) == ""
    assert equipment_line((Equipment.NONE,)) == ""
    assert equipment_line((Equipment.MINI_BAND,)) == "You need: a mini band"
    assert load_text('name = "S"\n[[moves]]\nmove = "clam-shell"\n').equipment == ()


def test_a_move_may_say_it_needs_nothing_over_its_library_move() -> None:
    session = load_text('name = "S"\n[[moves]]\nmove = "banded-clam-shell"\n'
                        'equipment = "none"\n')
    assert session.equipment == ()


@pytest.mark.parametrize(("value", "message"), [
    ('"mini band"', 's.toml:5:13: moves[1].equipment: must be "none", "mini-band" or '
                    '"stability-ball", got "mini band"; did you mean "mini-band"?'),
    ('"ball"', 's.toml:5:13: moves[1].equipment: must be "none", "mini-band" or '
               '"stability-ball", got "ball"'),
    ("true", 's.toml:5:13: moves[1].equipment: must be "none", "mini-band" or '
             '"stability-ball", got true'),
])
def test_equipment_that_is_none_of_the_three_is_refused(value: str, message: str) -> None:
    assert problems(f'name = "S"\n[[moves]]\nname = "A"\nreps = 3\nequipment = {value}\n') == [
        message]


# -- easier and harder -------------------------------------------------------------------------


def test_a_link_names_a_built_in_move_or_one_of_the_sessions_own() -> None:
    session = load_text("""\
        name = "S"
        [library.wall-sit]
        name = "Wall sit"
        hold = 30
        harder = "single-leg-wall-sit"
        [library.single-leg-wall-sit]
        name = "Single-leg wall sit"
        hold = 20
        sides = "both"
        easier = "wall-sit"
        [[moves]]
        move = "wall-sit"
        [[moves]]
        name = "Squat"
        reps = 10
        harder = "reverse-lunge"
        """)
    assert [(m.easier, m.harder) for m in session.moves] == [
        (None, "single-leg-wall-sit"), (None, "reverse-lunge")]


def test_a_link_to_no_move_is_placed_and_offers_the_nearest() -> None:
    assert problems('name = "S"\n[[moves]]\nname = "A"\nreps = 3\nharder = "banded-clam"\n') == [
        "s.toml:5:10: moves[1].harder: no move \"banded-clam\"; did you mean "
        "'banded-clam-shell'?"]


def test_a_link_to_the_move_itself_or_empty_is_refused() -> None:
    assert problems('name = "S"\n[library.a]\nname = "A"\nreps = 3\neasier = "a"\n'
                    '[[moves]]\nmove = "a"\n') == [
        "s.toml:5:10: library.a.easier: names this move itself ('a'); name another move"]
    assert problems('name = "S"\n[[moves]]\nname = "A"\nreps = 3\neasier = " "\n') == [
        's.toml:5:10: moves[1].easier: must name a move, e.g. "banded-clam-shell" (leave it '
        "out when there is none)"]
    assert problems('name = "S"\n[[moves]]\nname = "A"\nreps = 3\neasier = 4\n') == [
        "s.toml:5:10: moves[1].easier: must be text in quotes, got 4"]


def test_the_runners_own_moves_may_link_to_each_other() -> None:
    file = user_library_path()
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text('[step-up]\nname = "Step-up"\nreps = 8\nharder = "box-jump"\n'
                    '[box-jump]\nname = "Box jump"\nreps = 5\neasier = "step-up"\n',
                    encoding="utf-8")
    session = load_text('name = "S"\n[[moves]]\nmove = "step-up"\nprogression = true\n')
    assert session.moves[0].harder == "box-jump"
    assert session.moves[0].progression == Rules(then="box-jump")
    assert session.variations == {"box-jump": Variation("Box jump", "reps", 5)}


# -- progression -------------------------------------------------------------------------------


def test_progression_was_an_unknown_key_and_is_a_rule_now() -> None:
    session = load_text("""\
        name = "S"
        progression = true
        [[moves]]
        move = "glute-bridge"
        progression = { step = 5, ceiling = 45, then = false }
        """)
    assert session.progression == Rules(reps=Rules(), hold=Rules(), work=Rules())
    assert session.moves[0].progression == Rules(step=5, ceiling=45, to_harder=False)


def test_a_rule_without_then_goes_on_to_the_moves_harder_variation() -> None:
    session = load_text("""\
        name = "S"
        [[moves]]
        move = "clam-shell"
        progression = { ceiling = 14 }
        """)
    assert session.moves[0].harder == "clam-shell-hips-bent"
    assert session.moves[0].progression == Rules(ceiling=14, then="clam-shell-hips-bent")
    assert set(session.variations) == {"clam-shell-hips-bent"}
    variation = session.variations["clam-shell-hips-bent"]
    assert (variation.kind, variation.amount, variation.each_side) == ("reps", 10, True)
    # Two easy runs at the ceiling: on to the harder variation, at its own dose.
    (top,) = [replace_amount(dose, 14) for dose in doses_of(session)]
    runs = [finished(number, Rating.EASY, (top,)) for number in (1, 2)]
    (found,) = suggest(session.rules, runs, [top], session.variations)
    assert (found.change, found.new_move, found.new) == (Change.NEXT, "clam-shell-hips-bent", 10)
    assert found.why.startswith("last two runs felt easy at the top dose of clam shell")


def test_the_sessions_rule_for_a_kind_of_dose_never_changes_the_move() -> None:
    session = load_text("""\
        name = "S"
        [progression]
        reps = { ceiling = 10 }
        [[moves]]
        move = "clam-shell"
        """)
    assert session.moves[0].progression is None
    (dose,) = doses_of(session)
    rule = session.rules.rule_for(dose)
    assert rule is not None and rule.then is None
    runs = [finished(number, Rating.EASY, (dose,)) for number in (1, 2)]
    assert suggest(session.rules, runs, [dose], session.variations) == []


def test_then_false_stays_at_the_ceiling() -> None:
    session = load_text('name = "S"\n[[moves]]\nmove = "clam-shell"\n'
                        "progression = { ceiling = 10, then = false }\n")
    assert session.moves[0].progression == Rules(ceiling=10, to_harder=False)
    assert session.variations == {}


def test_a_then_that_names_no_move_is_placed_at_the_key() -> None:
    assert problems('name = "S"\n[[moves]]\nmove = "clam-shell"\n'
                    'progression = { then = "banded-clam" }\n') == [
        "s.toml:4:15: moves[1].progression.then: no move \"banded-clam\"; did you mean "
        "'banded-clam-shell'?"]


def test_every_problem_of_a_rule_comes_with_the_others_in_file_order() -> None:
    lines = problems("""\
        name = "S"
        [progression]
        reps = { stpe = 2 }
        [[moves]]
        name = "A"
        reps = -1
        progression = { floor = 9, ceiling = 5 }
        """)
    assert lines == [
        "s.toml:3:8: progression.reps.stpe: unknown key 'stpe'; did you mean 'step'?",
        "s.toml:6:8: moves[1].reps: must be a whole number from 1 to 500, got -1",
        "s.toml:7:15: moves[1].progression.floor: must not be above the ceiling (5), got 9",
    ]


def replace_amount(dose: MoveDose, amount: float) -> MoveDose:
    return dose._replace(amount=amount)


def finished(number: int, rating: Rating, doses: tuple[MoveDose, ...]) -> RunRecord:
    start = datetime(2027, 3, 1, 7, tzinfo=timezone.utc) + timedelta(days=2 * number)
    return RunRecord(
        id=number, session_name="S", session_file="s.toml", started_at=start,
        ended_at=start + timedelta(minutes=5), outcome=Outcome.FINISHED, rounds_done=1,
        rounds_planned=1, planned_active_s=300.0, actual_active_s=300.0, phase_index=None,
        where="", rating=rating, doses=doses,
    )
