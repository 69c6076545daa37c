"""The one plural helper every counted noun in the core goes through."""

from __future__ import annotations

import pytest

from hiptimer.wording import count, plural


@pytest.mark.parametrize(
    ("number", "expected"),
    [(0, "0 moves"), (1, "1 move"), (2, "2 moves"), (1.0, "1 move"), (1.5, "1.5 moves")],
)
def test_only_exactly_one_takes_the_singular(number: float, expected: str) -> None:
    assert count(number, "move") == expected


def test_nouns_that_do_not_just_take_an_s() -> None:
    assert count(1, "work phase") == "1 work phase"
    assert count(3, "work phase") == "3 work phases"
    assert plural(2, "body", "bodies") == "bodies"
    assert plural(1, "body", "bodies") == "body"
