"""A session's own translations ("name.de" = "…"): shown in the runner's language, checked.

The text a runner wrote stays as written; a session shared with others may
give its name, description, instructions, say and question again in other
languages, each under the key with a language code after a dot, in quotes.
The loader picks the current language's and falls back to the key itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hiptimer import i18n, store
from hiptimer.editing import MoveRef, SessionModel
from hiptimer.errors import SessionError
from hiptimer.session import Question, loads, translation_of

SHARED = '''\
name = "Clam practice"
"name.de" = "Muschelübung"
"name.it" = "Esercizio della conchiglia"
description = "Wake the glutes up."
"description.de" = "Weckt die Gesäßmuskeln."
say = "Clams"
"say.de" = "Muscheln"

[question]
ask = "Where did you feel it?"
"ask.de" = "Wo hast du es gespürt?"
answers = { "Glutes" = "Good.", "Lower back" = "Not yet." }
"answers.de" = { "Gesäß" = "Gut.", "Unterer Rücken" = "Noch nicht." }

[library.wall]
name = "Wall sit"
"name.de" = "Wandsitzen"
hold = 30

[[blocks]]
name = "Circuit"
"name.de" = "Zirkel"

[[blocks.moves]]
name = "Clam shell"
"name.de" = "Muschel"
instructions = "Knees bent."
"instructions.de" = "Knie gebeugt."
reps = 10

[[blocks.moves]]
move = "wall"

[[blocks.moves]]
move = "wall"
name = "My own wall sit"
'''


@pytest.fixture
def german() -> Iterator[None]:
    """Show everything in German for one test, and English again after it."""
    i18n.use("de")
    try:
        yield
    finally:
        i18n.use("en")


@pytest.fixture(autouse=True)
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep the runner's real moves.toml out of these sessions."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


def test_the_current_languages_text_is_shown(german: None) -> None:
    session = loads(SHARED, "s.toml")
    assert session.name == "Muschelübung"
    assert session.description == "Weckt die Gesäßmuskeln."
    assert session.say == "Muscheln"
    block = session.blocks[0]
    assert block.name == "Zirkel"
    clam, wall, own = block.moves
    assert (clam.name, clam.instructions) == ("Muschel", "Knie gebeugt.")
    assert wall.name == "Wandsitzen"  # the library move's translation
    # A move's own name wins over its library move's, in every language.
    assert own.name == "My own wall sit"
    assert session.question == Question("Wo hast du es gespürt?",
                                        (("Gesäß", "Gut."), ("Unterer Rücken", "Noch nicht.")))


def test_english_shows_the_text_as_written() -> None:
    session = loads(SHARED, "s.toml")
    assert session.name == "Clam practice"
    assert session.blocks[0].moves[0].name == "Clam shell"
    assert session.question is not None and session.question.ask == "Where did you feel it?"


def test_a_language_without_a_translation_falls_back_to_the_key() -> None:
    i18n.use("fr")
    try:
        session = loads(SHARED, "s.toml")
    finally:
        i18n.use("en")
    assert session.name == "Clam practice"
    assert session.blocks[0].name == "Circuit"
    assert session.blocks[0].moves[0].instructions == "Knees bent."


def test_the_same_text_loads_again_in_another_language(german: None) -> None:
    assert loads(SHARED, "s.toml").name == "Muschelübung"
    i18n.use("en")
    assert loads(SHARED, "s.toml").name == "Clam practice"


def test_the_runners_own_moves_may_be_translated(german: None, tmp_path: Path) -> None:
    own = tmp_path / "xdg" / "hiptimer" / "moves.toml"
    own.parent.mkdir(parents=True)
    own.write_text('[side-plank]\nname = "Side plank"\n"name.de" = "Seitstütz"\nhold = 20\n',
                   encoding="utf-8")
    session = loads('name = "S"\n[[moves]]\nmove = "side-plank"\n', "s.toml")
    assert session.moves[0].name == "Seitstütz"


def problems(text: str) -> list[str]:
    with pytest.raises(SessionError) as caught:
        loads(text, "s.toml")
    return caught.value.lines()


MOVE = '\n[[moves]]\nname = "Bridge"\nhold = 20\n'


@pytest.mark.parametrize(("text", "message"), [
    pytest.param('name = "S"\n[[moves]]\n"name.de" = "Brücke"\nhold = 20\n',
                 "s.toml:3:1: moves[1].name.de: `name.de` needs `name` too", id="no-base"),
    pytest.param('"description.de" = "Text"\nname = "S"' + MOVE,
                 "s.toml:1:1: description.de: `description.de` needs `description` too",
                 id="no-base-session"),
    pytest.param('name = "S"\nname.de = "Übung"' + MOVE,
                 "s.toml:2:18: not valid TOML: cannot overwrite a value; for a translation, put "
                 'the whole key in quotes: write "name.de" = "…"', id="bare-dotted-key"),
    pytest.param('name.de = "Übung"' + MOVE,
                 "s.toml:1:11: name: must be text in quotes, got a table; for a translation, "
                 'put the whole key in quotes: write "name.de" = "…"', id="bare-dotted-alone"),
    pytest.param('name = { de = "Übung" }' + MOVE,
                 's.toml:1:8: name: must be text in quotes, got a table; for a translation, '
                 'put the whole key in quotes: write "name.de" = "…"', id="inline-table"),
    pytest.param('name = "S"\n"name.deutsch" = "Übung"' + MOVE,
                 "s.toml:2:1: name.deutsch: unknown key 'name.deutsch': a translation is "
                 'written "name.de", with a language code of two small letters after the dot',
                 id="unknown-suffix"),
    pytest.param('name = "S"\n"name.DE" = "Übung"' + MOVE,
                 "s.toml:2:1: name.DE: unknown key 'name.DE'", id="capital-code"),
    pytest.param('name = "S"\n"name.de" = 3' + MOVE,
                 "s.toml:2:13: name.de: must be text in quotes, got 3", id="not-text"),
    pytest.param('name = "S"\n"name.de" = "   "' + MOVE,
                 "s.toml:2:13: name.de: must not be empty", id="empty-name"),
    pytest.param('name = "S"\n"name.de" = "' + "x" * 81 + '"' + MOVE,
                 "s.toml:2:13: name.de: is too long (81 characters, at most 80)",
                 id="too-long"),
    pytest.param('name = "S"\nsay = "Go"\n"say.de" = "a\\u0007b"' + MOVE,
                 "s.toml:3:12: say.de: must not contain a control character, found \\x07 at "
                 "character 2", id="control-character"),
    pytest.param('name = "S"\n[[blocks]]\n"say.de" = "x"\n[[blocks.moves]]\nname = "B"\n'
                 'reps = 3\n',
                 "s.toml:3:1: blocks[1]: unknown key 'say.de'", id="not-on-a-block"),
    pytest.param('name = "S"\n[question]\nask = "Where?"\nanswers = { a = "x", b = "y" }\n'
                 '"answers.de" = { a = "x" }' + MOVE,
                 "question.answers.de: must be a table of 2 to 4 answers",
                 id="answers-too-few"),
    pytest.param('name = "S"\n[question]\nask = "Where?"\nanswers = { a = "x", b = "y" }\n'
                 '"answers.de" = { a = "x", b = "y", c = "z" }' + MOVE,
                 "question.answers.de: must give as many answers as `answers` (2)",
                 id="answers-other-count"),
])
def test_a_translation_written_wrong_is_a_problem(text: str, message: str) -> None:
    found = problems(text)
    assert any(message in line for line in found), found


def test_an_unknown_key_still_gets_its_suggestion() -> None:
    found = problems('name = "S"\n"name.de" = "Ü"\n[[moves]]\nname = "B"\nrpes = 3\n')
    assert any("unknown key 'rpes'; did you mean 'reps'?" in line for line in found), found


def test_only_text_keys_translate() -> None:
    assert translation_of("name.de") == "name"
    assert translation_of("instructions.it") == "instructions"
    assert translation_of("reps.de") is None
    assert translation_of("name") is None


def test_saving_in_the_editor_keeps_the_translations(tmp_path: Path) -> None:
    file = tmp_path / "shared.toml"
    file.write_text(SHARED, encoding="utf-8")
    model = SessionModel(store.open_document(file))
    assert model.check().ok
    clam = MoveRef(0, 0)
    assert model.set(clam, "reps", 12)
    assert model.set(clam, "name", "Clam shells")
    store.save(model.document)
    saved = file.read_text(encoding="utf-8")
    for line in ('"name.de" = "Muschelübung"', '"name.it" = "Esercizio della conchiglia"',
                 '"name.de" = "Muschel"', '"instructions.de" = "Knie gebeugt."',
                 '"answers.de" = { "Gesäß" = "Gut.", "Unterer Rücken" = "Noch nicht." }'):
        assert line in saved, saved
    assert 'name = "Clam shells"' in saved and "reps = 12" in saved
    assert loads(saved, "s.toml").blocks[0].moves[0].name == "Clam shells"
