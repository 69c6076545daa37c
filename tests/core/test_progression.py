"""Progression rules and suggestions, on a fake history of plain records.

The runs are ``RunRecord`` objects built by hand at fixed dates, oldest first as
``History.runs()`` gives them; no file, no clock. Each test states the
ratings in order and the suggestion (or none) they must lead to.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from hiptimer.errors import KeyPath, SessionError
from hiptimer.history import Outcome, RunRecord
from hiptimer.progression import (
    Change,
    MoveDose,
    Rating,
    Rule,
    Rules,
    SessionRules,
    Variation,
    doses_of,
    parse_rules,
    runs_of,
    suggest,
    variation_of,
)
from hiptimer.session import load, loads

REPO = Path(__file__).resolve().parents[2]
T0 = datetime(2027, 3, 1, 7, 0, tzinfo=timezone.utc)
CLAMS = MoveDose(("moves", 0), "clam-shell", "reps", 10, "Clam shell", each_side=True)
BRIDGE = MoveDose(("moves", 1), "glute-bridge", "hold", 30, "Glute bridge")
EASY, RIGHT, HARD = Rating.EASY, Rating.RIGHT, Rating.HARD

# Clam shells go up by 2 reps to 14, then on to the banded clam shell.
RULES = SessionRules(moves={CLAMS.keys: Rules(step=2, ceiling=14, then="banded-clam-shell")})


def history(
    *ratings: Rating | None | tuple[Rating | None, Outcome],
    doses: tuple[MoveDose, ...] = (CLAMS, BRIDGE),
    start: int = 1,
) -> list[RunRecord]:
    """Return runs two days apart, oldest first; a tuple gives a run's outcome too."""
    runs = []
    for number, item in enumerate(ratings, start):
        rating, outcome = item if isinstance(item, tuple) else (item, Outcome.FINISHED)
        began = T0 + timedelta(days=2 * number)
        runs.append(RunRecord(
            id=number, session_name="Hips", session_file="/s/hips.toml", started_at=began,
            ended_at=began + timedelta(minutes=5), outcome=outcome, rounds_done=1,
            rounds_planned=1, planned_active_s=300.0, actual_active_s=300.0,
            phase_index=None, where="", rating=rating, doses=doses,
        ))
    return runs


def at(dose: MoveDose, amount: float) -> MoveDose:
    return dose._replace(amount=amount)


def changes(runs: list[RunRecord], now: tuple[MoveDose, ...] = (CLAMS, BRIDGE),
            rules: SessionRules = RULES, **kwargs: Any) -> list[tuple[str, float | None]]:
    return [(s.move, s.new) for s in suggest(rules, runs, now, **kwargs)]


# -- the rules of the issue ---------------------------------------------------------------


def test_two_easy_runs_in_a_row_step_the_dose_up() -> None:
    [found] = suggest(RULES, history(EASY, EASY), (CLAMS, BRIDGE))
    assert (found.keys, found.kind, found.old, found.new, found.change) == (
        ("moves", 0), "reps", 10, 12, Change.UP)
    assert found.why == "last two runs felt easy: clam shell 12 each side, was 10"
    assert found.runs == (2, 1)


def test_one_easy_run_is_not_enough() -> None:
    assert changes(history(EASY)) == []
    assert changes(history(RIGHT, EASY)) == []


def test_a_run_rated_hard_steps_the_dose_down() -> None:
    [found] = suggest(RULES, history(EASY, HARD), (CLAMS,))
    assert (found.new, found.change, found.runs) == (8, Change.DOWN, (2,))
    assert found.why == "last run felt hard: clam shell 8 each side, was 10"


def test_hard_counts_only_as_the_newest_rating() -> None:
    assert changes(history(HARD, EASY)) == []


def test_right_ends_the_count_of_easy_runs() -> None:
    assert changes(history(EASY, RIGHT, EASY)) == []


def test_the_step_up_stops_at_the_ceiling() -> None:
    runs = history(EASY, EASY, doses=(at(CLAMS, 13),))
    assert changes(runs, (at(CLAMS, 13),)) == [("clam-shell", 14)]


def test_at_the_ceiling_easy_runs_lead_to_the_harder_variation() -> None:
    top = at(CLAMS, 14)
    banded = Variation("Banded clam shell", "reps", 10, each_side=True)
    [found] = suggest(RULES, history(EASY, EASY, doses=(top,)), (top,),
                      {"banded-clam-shell": banded})
    assert (found.change, found.new_move, found.new_kind, found.new) == (
        Change.NEXT, "banded-clam-shell", "reps", 10)
    assert found.why == ("last two runs felt easy at the top dose of clam shell "
                         "(14 each side): on to banded clam shell, 10 each side")


def test_the_harder_variation_without_its_starting_dose_known() -> None:
    top = at(CLAMS, 14)
    [found] = suggest(RULES, history(EASY, EASY, doses=(top,)), (top,))
    assert (found.change, found.new_move, found.new) == (Change.NEXT, "banded-clam-shell", None)


def test_at_the_ceiling_without_a_variation_nothing_changes() -> None:
    rules = SessionRules(moves={CLAMS.keys: Rules(ceiling=10)})
    assert changes(history(EASY, EASY), rules=rules) == []


def test_hard_at_the_floor_goes_no_lower() -> None:
    rules = SessionRules(moves={CLAMS.keys: Rules(step=4, floor=8)})
    assert changes(history(HARD), rules=rules) == [("clam-shell", 8)]
    low = at(CLAMS, 8)
    assert changes(history(HARD, doses=(low,)), (low,), rules=rules) == []


@pytest.mark.parametrize("outcome", [Outcome.STOPPED, Outcome.ABANDONED])
def test_stopped_and_abandoned_runs_are_passed_over(outcome: Outcome) -> None:
    # Even one carrying a rating (a row edited by hand) neither counts nor breaks the count.
    assert changes(history(EASY, (None, outcome), (HARD, outcome), EASY)) == [("clam-shell", 12)]
    assert changes(history((EASY, outcome), (EASY, outcome))) == []


def test_unrated_runs_are_passed_over() -> None:
    assert changes(history(EASY, None, None, EASY)) == [("clam-shell", 12)]
    assert changes(history(None, None, None)) == []


def test_after_a_change_the_count_starts_again() -> None:
    then_12 = at(CLAMS, 12)
    runs = history(EASY, EASY) + history(EASY, doses=(then_12, BRIDGE), start=3)
    # Two easy runs at 10 led to 12; the one easy run at 12 is not enough yet.
    assert changes(runs, (then_12, BRIDGE)) == []
    runs += history(EASY, doses=(then_12, BRIDGE), start=4)
    assert changes(runs, (then_12, BRIDGE)) == [("clam-shell", 14)]


def test_runs_of_unknown_doses_end_the_count() -> None:
    # Rows from before doses were stored: their ratings were for some dose, not known.
    assert changes(history(EASY, doses=()) + history(EASY, start=2)) == []


def test_a_harder_variation_at_the_same_place_counts_afresh() -> None:
    banded = CLAMS._replace(move="banded-clam-shell", name="Banded clam shell")
    runs = history(EASY, EASY) + history(EASY, doses=(banded,), start=3)
    assert changes(runs, (banded,)) == []


def test_runs_of_other_sessions_are_left_out_by_runs_of() -> None:
    other = [replace(run, session_file="/s/other.toml") for run in history(EASY, EASY)]
    assert runs_of([*other, *history(RIGHT, start=3)], "/s/hips.toml") == history(RIGHT, start=3)


def test_each_move_follows_its_own_rule_and_comes_in_the_sessions_order() -> None:
    rules = SessionRules(
        session=Rules(after=3, hold=Rules(step=10, ceiling=60)),
        moves={CLAMS.keys: Rules(after=2)},
    )
    runs = history(EASY, EASY, EASY)
    assert changes(runs, (BRIDGE, CLAMS), rules=rules) == [("glute-bridge", 40),
                                                           ("clam-shell", 12)]
    # The bridge waits for three easy runs (the session's ``after``), the clams for two.
    assert changes(runs[1:], (BRIDGE, CLAMS), rules=rules) == [("clam-shell", 12)]
    [bridge] = suggest(rules, runs, (BRIDGE,))
    assert bridge.why == "last three runs felt easy: glute bridge 40 s, was 30 s"


def test_moves_without_a_rule_do_not_progress() -> None:
    assert changes(history(EASY, EASY), rules=SessionRules()) == []
    off = SessionRules(session=Rules(reps=Rules()), moves={CLAMS.keys: Rules(enabled=False)})
    assert changes(history(EASY, EASY), rules=off) == []


def test_resolved_rules_take_the_move_then_the_session_then_the_defaults() -> None:
    rules = SessionRules(session=Rules(after=4, reps=Rules(step=3, ceiling=30)),
                         moves={CLAMS.keys: Rules(ceiling=20, then="banded-clam-shell")})
    assert rules.rule_for(CLAMS) == Rule(step=3, after=4, ceiling=20, floor=1,
                                         then="banded-clam-shell")
    assert rules.rule_for(BRIDGE) is None  # no hold table at the session
    assert SessionRules(moves={BRIDGE.keys: Rules()}).rule_for(BRIDGE) == Rule(
        step=5, after=2, ceiling=3600, floor=1)


# -- parse_rules ---------------------------------------------------------------------------


def test_a_move_table_is_read() -> None:
    rules, problems = parse_rules(
        {"step": 2, "after": 3, "ceiling": 20, "floor": 6, "then": "banded-clam-shell"},
        ("moves", 0, "progression"))
    assert problems == []
    assert rules == Rules(step=2, after=3, ceiling=20, floor=6, then="banded-clam-shell")


def test_a_session_table_is_read_per_kind_of_dose() -> None:
    rules, problems = parse_rules({"after": 3, "reps": {"step": 2}, "hold": {"ceiling": 60}},
                                  ("progression",))
    assert problems == []
    assert rules == Rules(after=3, reps=Rules(step=2), hold=Rules(ceiling=60))


@pytest.mark.parametrize(("value", "expected"), [
    (True, Rules()), (False, Rules(enabled=False)),
])
def test_true_and_false_on_a_move(value: bool, expected: Rules) -> None:
    assert parse_rules(value, ("moves", 2, "progression")) == (expected, [])


def test_true_on_the_session_turns_on_every_kind() -> None:
    rules, _ = parse_rules(True, ("progression",))
    assert rules is not None and rules.reps == rules.hold == rules.work == Rules()


def test_bad_values_are_all_reported_with_their_keys() -> None:
    where: KeyPath = ("blocks", 1, "moves", 2, "progression")
    rules, problems = parse_rules(
        {"step": 0, "after": 2.5, "ceiling": "20", "floor": 30, "then": "", "stpe": 1,
         "reps": 2},
        where)
    assert rules is None
    by_key = {p.keys: p for p in problems}
    assert set(by_key) == {(*where, key) for key in ("step", "after", "ceiling", "then",
                                                      "stpe", "reps")}
    step = by_key[(*where, "step")]
    assert step.path == "blocks[2].moves[3].progression.step"
    assert step.message == "must be a whole number from 1 to 600 (reps or seconds), got 0"
    assert by_key[(*where, "after")].message == (
        "must be a whole number from 1 to 20 (easy runs in a row), got 2.5")
    assert by_key[(*where, "ceiling")].message.endswith('got "20"')
    assert by_key[(*where, "then")].message.startswith("must not be empty")
    assert by_key[(*where, "stpe")].message == "unknown key 'stpe'; did you mean 'step'?"
    assert all(p.line is None for p in problems)


def test_a_floor_above_the_ceiling_is_a_problem() -> None:
    rules, [problem] = parse_rules({"floor": 30, "ceiling": 20}, ("moves", 0, "progression"))
    assert rules is None
    assert problem.keys == ("moves", 0, "progression", "floor")
    assert problem.message == "must not be above the ceiling (20), got 30"


def test_a_step_at_the_session_level_says_where_it_goes() -> None:
    _, [problem] = parse_rules({"step": 2}, ("progression",))
    assert problem.keys == ("progression", "step")
    assert "reps = { step = 2 }" in problem.message


def test_a_progression_that_is_not_a_table() -> None:
    rules, [problem] = parse_rules(3, ("moves", 0, "progression"))
    assert rules is None
    assert problem.message == (
        "must be a table like { step = 2, after = 2, ceiling = 20 }, or true or false, got 3")


def test_a_problem_in_a_kind_table_is_placed_in_it() -> None:
    _, [problem] = parse_rules({"hold": {"then": "x"}}, ("progression",))
    assert problem.keys == ("progression", "hold", "then")


# -- whole documents -----------------------------------------------------------------------

DOCUMENT = """\
name = "Hips"

[progression]
after = 2
hold = { step = 5, ceiling = 60 }

[library.wall-sit]
name = "Wall sit"
hold = 30
progression = { step = 10 }

[[moves]]
move = "clam-shell"
progression = { step = 2, ceiling = 20, then = "banded-clam-shell" }

[[moves]]
move = "glute-bridge"

[[moves]]
move = "wall-sit"

[[moves]]
name = "Squat"
reps = 10
progression = false
"""


def test_the_loader_puts_the_rules_on_the_session_and_its_moves() -> None:
    session = loads(DOCUMENT, "hips.toml")
    doses = doses_of(session)
    assert [(d.keys, d.move, d.kind, d.amount, d.each_side) for d in doses] == [
        (("moves", 0), "clam-shell", "reps", 10, True),
        (("moves", 1), "glute-bridge", "hold", 30, False),
        (("moves", 2), "wall-sit", "hold", 30, False),
        (("moves", 3), "Squat", "reps", 10, False),
    ]
    assert session.progression == Rules(after=2, hold=Rules(step=5, ceiling=60))
    assert [m.progression for m in session.moves] == [
        Rules(step=2, ceiling=20, then="banded-clam-shell"),
        None,  # the session's hold rule applies
        Rules(step=10),  # the library move's own
        Rules(enabled=False),
    ]
    resolved = [session.rules.rule_for(d) for d in doses]
    assert resolved == [
        Rule(step=2, after=2, ceiling=20, floor=1, then="banded-clam-shell"),
        Rule(step=5, after=2, ceiling=60, floor=1),
        Rule(step=10, after=2, ceiling=60, floor=1),  # the library move's own step
        None,
    ]
    # Where a rule goes on to, the session knows the starting dose.
    assert session.variations == {
        "banded-clam-shell": Variation("Banded clam shell", "reps", 10, each_side=True)}


def test_a_session_in_blocks_keys_its_rules_as_the_file_does() -> None:
    text = ('name = "B"\n[[blocks]]\n[[blocks.moves]]\nmove = "glute-bridge"\n'
            "[[blocks]]\n[[blocks.moves]]\nmove = \"clam-shell\"\nprogression = true\n")
    rules = loads(text, "b.toml").rules
    assert set(rules.moves) == {("blocks", 1, "moves", 0)}


def test_problems_in_a_document_get_their_lines() -> None:
    text = DOCUMENT.replace("step = 2, ceiling = 20", "step = -2, ceiling = 20")
    with pytest.raises(SessionError) as caught:
        loads(text, "hips.toml")
    [problem] = caught.value.problems
    assert problem.keys == ("moves", 0, "progression", "step")
    assert problem.line == 14  # the inline table holding it
    assert caught.value.lines() == [
        "hips.toml:14:15: moves[1].progression.step: must be a whole number from 1 to 600 "
        "(reps or seconds), got -2"]


def test_an_unknown_key_in_a_rule_is_placed_at_the_key() -> None:
    text = ('name = "S"\n[progression]\nreps = { step = 2 }\naftre = 2\n'
            '[[moves]]\nname = "A"\nreps = 3\n')
    with pytest.raises(SessionError) as caught:
        loads(text, "s.toml")
    assert caught.value.lines() == [
        "s.toml:4:1: progression.aftre: unknown key 'aftre'; did you mean 'after'?"]


def test_a_library_move_with_a_bad_rule_is_reported_once_where_it_is_written() -> None:
    text = DOCUMENT.replace("progression = { step = 10 }", "progression = { step = 0 }")
    with pytest.raises(SessionError) as caught:
        loads(text, "hips.toml")
    assert [p.keys for p in caught.value.problems] == [
        ("library", "wall-sit", "progression", "step")]


def test_doses_of_a_session_in_blocks_use_the_blocks_key_paths() -> None:
    session = load(REPO / "docs" / "examples" / "everything.toml")
    doses = doses_of(session)
    assert doses and all(d.keys[0] == "blocks" and len(d.keys) == 4 for d in doses)
    assert len({d.keys for d in doses}) == len(doses)


def test_variation_from_a_library_table() -> None:
    assert variation_of("x", {"name": "Clam shell", "reps": 10, "each_side": True}) == (
        Variation("Clam shell", "reps", 10, each_side=True))
    assert variation_of("x", {"hold": "self"}) is None
