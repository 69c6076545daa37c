"""What the start screen shows, checked without a window."""

from __future__ import annotations

from pathlib import Path

from hiptimer import start_view
from hiptimer.library import Entry, Kind
from hiptimer.plan import make_plan
from hiptimer.session import customise, loads

CIRCUIT = """
name = "Circuit"
description = "Three times round."

[[blocks]]
name = "Warm-up"
[[blocks.moves]]
name = "Clam shell"
reps = 10
each_side = true

[[blocks]]
name = "Strength"
rounds = 3
[[blocks.moves]]
name = "Glute bridge"
hold = 30
[[blocks.moves]]
name = "Curtsy lunge"
reps = 8
tempo = "self"
"""

ONE_MOVE = 'name = "Quick"\n[[moves]]\nname = "Glute bridge"\nhold = 20\n'


def circuit(source: Path | None = None):
    return loads(CIRCUIT, "circuit.toml", source=source)


def test_the_session_at_a_glance_lists_blocks_then_their_moves():
    session = circuit()
    view = start_view.session_view(session, make_plan(session))
    assert view.title == "Circuit"
    assert view.description == "Three times round."
    assert [(line.text, line.heading) for line in view.lines] == [
        ("Warm-up", True),
        ("Clam shell: 10 reps each side", False),
        ("Strength — 3 rounds", True),
        ("Glute bridge: hold 30 s", False),
        ("Curtsy lunge: 8 reps, your pace", False),
    ]
    assert view.total.endswith("(estimated)")  # self-paced reps are a guess
    assert view.rounds == 3


def test_a_single_block_of_one_round_has_no_heading_and_an_exact_total():
    session = loads(ONE_MOVE, "quick.toml")
    view = start_view.session_view(session, make_plan(session))
    assert [line.text for line in view.lines] == ["Glute bridge: hold 20 s"]
    assert view.total.startswith("Total ") and "estimated" not in view.total


def test_tuning_as_written_changes_nothing_and_cannot_be_kept():
    session = circuit()
    tuning = start_view.as_written(session)
    assert tuning == start_view.Tuning(3, start_view.SCALE_STEPS.index(100), can_keep=False)
    assert start_view.tuned_options(session, tuning.rounds, tuning.scale_step) == (None, None)


def test_tuning_passes_on_only_what_differs_from_the_file():
    session = circuit()
    step_110 = start_view.SCALE_STEPS.index(110)
    assert start_view.tuned_options(session, 2, step_110) == (2, 1.1)
    assert start_view.tuned_options(session, 3, step_110) == (None, 1.1)
    rounds, scale = start_view.tuned_options(session, 2, start_view.AS_WRITTEN)
    assert (rounds, scale) == (2, None)
    tuned = customise(session, rounds=rounds, scale=scale)
    assert max(block.rounds for block in tuned.blocks) == 2


def test_the_first_frame_picker_shows_only_the_session_in_use():
    session = circuit(Path("/sessions/circuit.toml"))
    view = start_view.only_current(session)
    assert view.items == (("Circuit", "/sessions/circuit.toml"),)
    assert (view.current, view.can_delete) == (0, False)


def test_the_picker_labels_copies_recent_files_and_broken_ones():
    mine = Path("/config/sessions/config.toml")
    entries = [
        Entry("Pre-run", Path("/install/config.toml"), Kind.BUILTIN),
        Entry("Pre-run", mine, Kind.USER, replaces=Path("/install/config.toml")),
        Entry("Lunges", Path("/home/me/lunges.toml"), Kind.RECENT),
        Entry("Broken", Path("/config/sessions/broken.toml"), Kind.USER, error="line 3: ..."),
    ]
    view = start_view.picker_view(entries, loads(ONE_MOVE, "q", source=mine))
    assert [label for label, _ in view.items] == [
        "Pre-run", "Pre-run  (your copy)", "Lunges  (lunges.toml)", "Broken  — has problems"]
    assert view.current == 1
    assert view.can_delete is True  # the runner's own copy


def test_a_session_from_outside_the_library_is_added_and_picked_but_not_deletable():
    entries = [Entry("Pre-run", Path("/install/config.toml"), Kind.BUILTIN)]
    elsewhere = Path("/tmp/shared.toml")
    view = start_view.picker_view(entries, loads(ONE_MOVE, "q", source=elsewhere))
    assert view.items[-1] == ("Quick", str(elsewhere))
    assert view.current == len(view.items) - 1
    assert view.can_delete is False
    builtin = start_view.picker_view(entries, loads(ONE_MOVE, "q", source=entries[0].path))
    assert (builtin.current, builtin.can_delete, len(builtin.items)) == (0, False, 1)


def test_a_session_not_read_from_a_file_leaves_the_first_entry_shown():
    entries = [Entry("A", Path("/a.toml"), Kind.USER), Entry("B", Path("/b.toml"), Kind.USER)]
    view = start_view.picker_view(entries, loads(ONE_MOVE, "q"))
    assert (view.current, view.can_delete, len(view.items)) == (0, False, 2)
    assert start_view.entry_for(entries, Path("/b.toml")) is entries[1]
    assert start_view.entry_for(entries, None) is None


def test_a_window_opens_at_its_size_or_smaller_to_fit_the_screen():
    wanted, least = (1024, 640), (640, 400)
    assert start_view.fitted_size((1920, 1050), wanted, least) == (wanted, least)
    size, minimum = start_view.fitted_size((800, 480), wanted, least)
    assert size[0] <= 800 and size[1] <= 480
    assert minimum == least and size[0] >= least[0] and size[1] >= least[1]
    # A screen smaller than the least size: the window still fits.
    size, minimum = start_view.fitted_size((600, 360), wanted, least)
    assert size == minimum and size[0] <= 600 and size[1] <= 360


def test_a_session_without_blocks_heads_its_rounds_without_a_made_up_block_name():
    session = loads('name = "Three times"\nrounds = 3\n[[moves]]\nname = "Bridge"\nhold = 20\n',
                    "t.toml")
    view = start_view.session_view(session, make_plan(session))
    assert view.lines[0] == start_view.Line("3 rounds", heading=True)
