"""The JSON Schema for editors and the loader agree on what a session is.

TOML editors (Taplo, Even Better TOML) check files against
``assets/session.schema.json``. A file they accept that hiptimer refuses, or
the other way round, would mislead a runner, so a set of good and bad
documents goes through both. The few things a schema cannot say are listed in
docs/session-format.md and pinned down at the end of this file.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from hiptimer import resources
from hiptimer.errors import SessionError
from hiptimer.session import (
    BLOCK_KEYS,
    LIMITS,
    MAX_BLOCKS,
    MAX_MOVES,
    MOVE_KEYS,
    SESSION_KEYS,
    load,
    move_library,
    validate,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

REPO = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO / "assets" / "session.schema.json"
SESSIONS = [
    REPO / "config.toml",
    *sorted((REPO / "assets" / "sessions").glob("*.toml")),
    REPO / "docs" / "examples" / "everything.toml",
]


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema)


def schema_errors(validator: jsonschema.Draft202012Validator, data: Any) -> list[str]:
    return [error.message for error in validator.iter_errors(data)]


def loader_errors(data: dict[str, Any]) -> list[str]:
    try:
        validate(data, "doc.toml")
    except SessionError as error:
        return error.lines()
    return []


def test_schema_is_a_valid_draft_2020_12_schema(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_resources_find_the_schema() -> None:
    assert resources.schema_path().resolve() == SCHEMA_PATH.resolve()


@pytest.mark.parametrize("path", SESSIONS, ids=lambda p: p.name)
def test_shipped_sessions_pass_both(
    validator: jsonschema.Draft202012Validator, path: Path
) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert schema_errors(validator, data) == []
    assert load(path).name == data["name"]


@pytest.mark.parametrize("path", SESSIONS, ids=lambda p: p.name)
def test_schema_comment_points_at_the_schema(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    found = re.fullmatch(r"#:schema (\S+)", first)
    assert found, f"{path.name} should start with a #:schema comment"
    assert (path.parent / found.group(1)).resolve() == SCHEMA_PATH.resolve()


def _keys(node: dict[str, Any]) -> set[str]:
    return set(node["properties"])


def test_schema_knows_exactly_the_loaders_keys(schema: dict[str, Any]) -> None:
    assert _keys(schema) == SESSION_KEYS
    assert _keys(schema["$defs"]["block"]) == BLOCK_KEYS
    assert _keys(schema["$defs"]["move"]) == MOVE_KEYS
    for node in (schema, schema["$defs"]["block"], schema["$defs"]["move"]):
        assert node["additionalProperties"] is False


def test_move_enum_is_the_library(schema: dict[str, Any]) -> None:
    # Offered for completion; any other name may be a move of the runner's own.
    builtin, other = schema["$defs"]["move"]["properties"]["move"]["anyOf"]
    assert builtin["enum"] == sorted(move_library())
    assert other == {"type": "string", "minLength": 1}


def _all_properties(schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    nodes = [("session", schema), ("block", schema["$defs"]["block"]),
             ("move", schema["$defs"]["move"])]
    return [(f"{level}.{key}", prop) for level, node in nodes
            for key, prop in node["properties"].items()]


def test_every_property_is_described_with_unit_and_default(schema: dict[str, Any]) -> None:
    # Editors show these on hover: what it is, in what unit, and what happens without it.
    no_default = {"moves", "blocks", "move", "name", "reps", "hold", "work"}
    for where, prop in _all_properties(schema):
        text = prop.get("description", "")
        assert len(text) > 20, f"{where} needs a description"
        key = where.split(".")[1]
        if key in LIMITS and not LIMITS[key].whole:
            assert "second" in text.lower(), f"{where} should give its unit"
        if key not in no_default:
            assert "Default" in text, f"{where} should give its default"


def test_ranges_are_the_loaders_limits(schema: dict[str, Any]) -> None:
    for where, prop in _all_properties(schema):
        key = where.split(".")[1]
        if key not in LIMITS:
            continue
        limits = LIMITS[key]
        number = prop if "minimum" in prop else next(
            option for option in prop["anyOf"] if "minimum" in option)
        assert (number["minimum"], number["maximum"]) == (limits.low, limits.high), where
        assert number["type"] == ("integer" if limits.whole else "number"), where
    assert schema["properties"]["moves"]["maxItems"] == MAX_MOVES
    assert schema["properties"]["blocks"]["maxItems"] == MAX_BLOCKS


def test_session_level_defaults_are_the_loaders(schema: dict[str, Any]) -> None:
    from hiptimer.session import DEFAULTS

    for key, value in DEFAULTS.items():
        assert schema["properties"][key]["default"] == value, key


# -- documents both must refuse ----------------------------------------------------------

GOOD_MOVE: dict[str, Any] = {"name": "Clams", "reps": 10}


def doc(**session: Any) -> dict[str, Any]:
    return {"name": "S", "moves": [dict(GOOD_MOVE)], **session}


def with_move(**move: Any) -> dict[str, Any]:
    return {"name": "S", "moves": [{**GOOD_MOVE, **move}]}


def without(mapping: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if k not in keys}


BAD: dict[str, dict[str, Any]] = {
    "unknown-session-key": doc(tempp=2),
    "unknown-move-key": with_move(rep=3),
    "unknown-block-key": {"name": "S", "blocks": [{"moves": [GOOD_MOVE], "round": 2}]},
    "wrong-type": with_move(reps="ten"),
    "out-of-range": with_move(reps=501),
    "negative-rest": doc(rest=-1),
    "both-moves-and-blocks": doc(blocks=[{"moves": [GOOD_MOVE]}]),
    "neither-moves-nor-blocks": {"name": "S"},
    "no-session-name": without(doc(), "name"),
    "blank-name": doc(name="   "),
    "long-name": doc(name="N" * 81),
    "tempo-fast": doc(tempo="fast"),
    "tempo-too-quick": with_move(tempo=0.1),
    "image-number": with_move(image=3),
    "image-empty-list": with_move(image=[]),
    "image-too-many-frames": with_move(image=["a.png"] * 13),
    "rounds-zero": doc(rounds=0),
    "reps-fraction": with_move(reps=1.5),
    "reps-bool": with_move(reps=True),
    "hold-infinite": {"name": "S", "moves": [{"name": "A", "hold": math.inf}]},
    "both-reps-and-hold": with_move(hold=30),
    "library-move-with-both": {"name": "S", "moves": [{"move": "clam-shell", "reps": 3,
                                                       "hold": 3}]},
    "neither-reps-nor-hold": {"name": "S", "moves": [{"name": "A"}]},
    "no-move-name": {"name": "S", "moves": [{"reps": 3}]},
    "library-move-not-a-table": doc(library={"a": 3}),
    "library-move-with-an-unknown-key": doc(library={"a": {"name": "A", "reps": 3, "rpes": 4}}),
    "each-side-text": with_move(each_side="yes"),
    "mirror-number": with_move(mirror=1),
    "sets-zero": with_move(sets=0),
    "switch-too-long": doc(switch=121),
    "get-ready-too-long": doc(get_ready=301),
    "empty-moves": {"name": "S", "moves": []},
    "too-many-moves": {"name": "S", "moves": [GOOD_MOVE] * (MAX_MOVES + 1)},
    "too-many-blocks": {"name": "S", "blocks": [{"moves": [GOOD_MOVE]}] * (MAX_BLOCKS + 1)},
    "block-without-moves": {"name": "S", "blocks": [{"name": "B"}]},
    "move-not-a-table": {"name": "S", "moves": [3]},
    "instructions-number": with_move(instructions=3),
    "say-too-long": with_move(say="x" * 161),
    "description-too-long": doc(description="x" * 2001),
    "sides-unknown": with_move(sides="each"),
    "sides-one-then-other-on-a-move": with_move(sides="one-then-other"),
    "block-sides-both": {"name": "S", "blocks": [{"sides": "both", "moves": [GOOD_MOVE]}]},
    "first-side-up": doc(first_side="up"),
    "block-first-side-number": {"name": "S", "blocks": [{"first_side": 1,
                                                         "moves": [GOOD_MOVE]}]},
    "work-and-reps": with_move(work=30),
    "work-and-hold": {"name": "S", "moves": [{"name": "A", "hold": 3, "work": 3}]},
    "work-zero": {"name": "S", "moves": [{"name": "A", "work": 0}]},
    "work-text": {"name": "S", "moves": [{"name": "A", "work": "long"}]},
    "hold-self-and-reps": with_move(hold="self"),
    "estimate-zero": with_move(tempo="self", estimate=0),
    "progression-step-zero": with_move(progression={"step": 0}),
    "progression-unknown-key": with_move(progression={"stepp": 2}),
    "progression-number": with_move(progression=3),
    "progression-then-on-the-session": doc(progression={"then": "clam-shell"}),
    "progression-kind-ceiling-too-high": doc(progression={"hold": {"ceiling": 3601}}),
    "equipment-unknown": with_move(equipment="kettlebell"),
    "harder-number": with_move(harder=3),
    "easier-empty": with_move(easier=""),
}


@pytest.mark.parametrize("data", list(BAD.values()), ids=list(BAD))
def test_bad_documents_are_refused_by_both(
    validator: jsonschema.Draft202012Validator, data: dict[str, Any]
) -> None:
    assert schema_errors(validator, data), "the schema accepted it"
    assert loader_errors(data), "the loader accepted it"


# -- documents both must accept --------------------------------------------------------------

GOOD: dict[str, dict[str, Any]] = {
    "minimal": doc(),
    "hold": {"name": "S", "moves": [{"name": "Bridge", "hold": 30}]},
    "fractional-hold": {"name": "S", "moves": [{"name": "Bridge", "hold": 12.5}]},
    "library-only": {"name": "S", "moves": [{"move": "glute-bridge"}]},
    "library-hold-for-reps": {"name": "S", "moves": [{"move": "clam-shell", "hold": 20}]},
    "library-reps-for-hold": {"name": "S", "moves": [{"move": "glute-bridge", "reps": 12}]},
    "self-paced-session": doc(tempo="self"),
    "self-paced-move": with_move(tempo="self"),
    "every-session-key": doc(description="d", say="s", get_ready=0, rounds=3, round_rest=0,
                             tempo=0.5, rest=900, set_rest=0, switch=120),
    "every-move-key": with_move(each_side=True, sets=20, image="pics/a.png", mirror=False,
                                instructions="i", say="s", tempo=60, rest=0, set_rest=900,
                                switch=0),
    "image-frames": with_move(image=["a.svg", "b.PNG", "/abs/c.jpeg"]),
    "limits-low": {"name": "S", "moves": [{"name": "A", "reps": 1}, {"name": "B", "hold": 1}]},
    "limits-high": {"name": "S", "moves": [{"name": "A", "reps": 500},
                                           {"name": "B", "hold": 3600}]},
    "blocks": {"name": "S", "rounds": 2, "blocks": [
        {"name": "Once", "rounds": 1, "moves": [GOOD_MOVE]},
        {"rounds": 3, "round_rest": 60, "tempo": "self", "rest": 10, "set_rest": 5,
         "switch": 3, "moves": [{"move": "side-lunge"}, GOOD_MOVE]},
    ]},
    "max-moves": {"name": "S", "moves": [GOOD_MOVE] * MAX_MOVES},
    "long-texts": doc(name="N" * 80, description="d" * 2000, say="s" * 160),
    "sides": {"name": "S", "first_side": "right", "moves": [
        {"name": "A", "reps": 3, "sides": side} for side in ("left", "right", "both", "alternate")
    ]},
    "each-side-and-sides-agree": with_move(each_side=True, sides="both"),
    "one-then-other": {"name": "S", "blocks": [
        {"sides": "one-then-other", "first_side": "right", "moves": [GOOD_MOVE]}]},
    "work": {"name": "S", "moves": [{"name": "Squats", "work": 30}]},
    "open-ended": {"name": "S", "moves": [{"name": "A", "hold": "self", "estimate": 40},
                                          {"name": "B", "work": "self"}]},
    "library-work-for-reps": {"name": "S", "moves": [{"move": "clam-shell", "work": 20}]},
    "estimate-on-self-paced-reps": with_move(tempo="self", estimate=3600),
    "library": {"name": "S", "library": {"wall-sit": {"name": "Wall sit", "hold": 45},
                                         "clams": {"move": "clam-shell", "reps": 15}},
                "moves": [{"move": "wall-sit"}, {"move": "clams", "sets": 2}]},
    "sounds": {"name": "S", "sounds": {"go": "a.wav", "done": "b.OGG"},
               "moves": [{**GOOD_MOVE, "sounds": {"tick": "c.mp3"}}]},
    "finish": doc(finish="Done — well stretched"),
    "every": with_move(every=60, sets=10),
    "progression": {"name": "S", "progression": {"after": 3, "reps": {"step": 1, "ceiling": 20},
                                                 "hold": True},
                    "moves": [{**GOOD_MOVE, "progression": {"step": 2, "then": "clam-shell"}},
                              {"move": "glute-bridge", "progression": False},
                              {"move": "clam-shell", "progression": {"then": False}}]},
    "progression-true": doc(progression=True),
    "equipment-and-links": with_move(equipment="mini-band", easier="clam-shell",
                                     harder="reverse-clam-shell"),
}


@pytest.mark.parametrize("data", list(GOOD.values()), ids=list(GOOD))
def test_good_documents_are_accepted_by_both(
    validator: jsonschema.Draft202012Validator, data: dict[str, Any]
) -> None:
    assert schema_errors(validator, data) == []
    assert loader_errors(data) == []


# -- the documented differences (docs/session-format.md, "Checking in your editor") -----------


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(with_move(reps=10.0), id="whole-number-written-as-float"),
        pytest.param({"name": "S", "moves": [{"name": "A", "hold": math.nan}]}, id="nan"),
        pytest.param(with_move(image="no-such-picture"), id="unknown-built-in-picture"),
        pytest.param({"name": "S", "rounds": 20, "moves": [
            {"name": "A", "reps": 1, "each_side": True, "sets": 20}] * 3}, id="too-many-phases"),
        pytest.param({"name": "S", "moves": [{"move": "clam-shel"}]}, id="unknown-library-move"),
        pytest.param(with_move(harder="clam-shel"), id="link-to-no-move"),
        pytest.param(with_move(progression={"then": "clam-shel"}), id="then-to-no-move"),
        pytest.param(with_move(progression={"floor": 9, "ceiling": 5}), id="floor-above-ceiling"),
        pytest.param(with_move(estimate=40), id="estimate-on-a-paced-move"),
        pytest.param(with_move(each_side=True, sides="left"), id="each-side-against-sides"),
        pytest.param({"name": "S", "blocks": [{"sides": "one-then-other", "moves": [
            {**GOOD_MOVE, "first_side": "right"}]}]}, id="first-side-in-a-one-then-other-block"),
    ],
)
def test_what_only_the_loader_refuses(
    validator: jsonschema.Draft202012Validator, data: dict[str, Any]
) -> None:
    assert schema_errors(validator, data) == []
    assert loader_errors(data)
