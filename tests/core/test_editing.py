"""The editor's model: what it shows and changes in a session document, without Qt.

Every test opens a real session file as a ``store.Document``, asks the model
what the editor would show (inherited values, list labels, problems by
field) or makes a change through it, and looks at the document's text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hiptimer.errors import SessionError
from hiptimer.session import customise, format_path, load, loads

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / "config.toml"


def problems_of(text: str) -> list[tuple[str, tuple[str | int, ...]]]:
    with pytest.raises(SessionError) as caught:
        loads(text)
    return [(p.path, p.keys) for p in caught.value.problems]


# --- problems carry their keys ----------------------------------------------------

def test_a_problem_carries_its_key_path_as_keys() -> None:
    text = (
        'name = "x"\n[[blocks]]\n[[blocks.moves]]\nname = "a"\nreps = 1\n'
        '[[blocks]]\n[[blocks.moves]]\nname = "b"\nreps = -3\n'
    )
    assert problems_of(text) == [("blocks[2].moves[1].reps", ("blocks", 1, "moves", 0, "reps"))]


def test_the_shown_path_is_made_from_the_keys() -> None:
    text = 'nam = "x"\n[[moves]]\nname = "a"\nrep = 3\n'
    found = problems_of(text)
    assert found and all(path == format_path(keys) for path, keys in found)
    assert ("moves[1]", ("moves", 0)) in found


def test_a_problem_with_the_whole_file_has_no_keys() -> None:
    assert problems_of('name = "x"\n[[moves]\n') == [("", ())]


def test_a_refused_customisation_names_its_key() -> None:
    session = load(CONFIG)
    with pytest.raises(SessionError) as caught:
        customise(session, reps=0, rounds=0, scale=100.0)
    assert [p.keys for p in caught.value.problems] == [("reps",), ("rounds",), ("scale",)]
