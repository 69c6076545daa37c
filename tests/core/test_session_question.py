"""A session's own question, asked after a finished run: read, checked, refused where wrong."""

from __future__ import annotations

import pytest

from hiptimer.errors import SessionError
from hiptimer.session import Question, loads

MOVES = '\n[[moves]]\nname = "Bridge"\nhold = 20\n'


def test_a_question_with_its_answers_is_read_in_order() -> None:
    session = loads('name = "Check"\n[question]\nask = "Where did you feel it?"\n'
                    '[question.answers]\n"Glutes" = "Good."\n"Lower back" = "Not yet."\n'
                    + MOVES, "q.toml")
    assert session.question == Question("Where did you feel it?",
                                        (("Glutes", "Good."), ("Lower back", "Not yet.")))
    assert loads('name = "No question"' + MOVES, "n.toml").question is None


@pytest.mark.parametrize(("table", "message"), [
    ('question = "Where?"', "q.toml:2:12: question: must be a table"),
    ('[question]\nanswers = { a = "x", b = "y" }', "q.toml:2:1: question.ask: needs the question"),
    ('[question]\nask = "Where?"\nanswers = { a = "x" }',
     "question.answers: must be a table of 2 to 4 answers"),
    ('[question]\nask = "Where?"\nanswers = { a = "x", b = 3 }',
     "q.toml:4:11: question.answers.b: must be text in quotes, got 3"),
    ('[question]\nask = "Where?"\nanwsers = { a = "x", b = "y" }',
     "unknown key 'anwsers'; did you mean 'answers'?"),
])
def test_a_question_written_wrong_is_refused_where_it_is(table: str, message: str) -> None:
    text = 'name = "Check"\n' + table + MOVES
    with pytest.raises(SessionError) as caught:
        loads(text, "q.toml")
    assert any(message in line for line in caught.value.lines()), caught.value.lines()
