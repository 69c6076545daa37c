"""Generated sessions with format 2's keys, good and bad, through the whole core.

Whatever mix of sides, doses, intervals, sounds and library moves a file
has, the loader either refuses it with a ``SessionError`` or returns a
session whose plan stays within the phase bound, whose voice has a text for
every start, and that a runner on a fake clock takes to the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hiptimer.cues import CueMapper
from hiptimer.errors import SessionError
from hiptimer.plan import make_plan
from hiptimer.runner import Runner, RunState
from hiptimer.session import customise, phase_bound, validate

ODD = st.sampled_from([0, -1, 1.5, "x", "self", True, [], {}, 10**30, float("nan"), ""])


@st.composite
def maybe(draw: st.DrawFn, values: st.SearchStrategy[Any]) -> Any:
    """Mostly a good value, one time in twenty-five a hostile one."""
    return draw(ODD) if draw(st.integers(0, 24)) == 0 else draw(values)


@st.composite
def move_tables(draw: st.DrawFn, library: list[str]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    if library and draw(st.booleans()):
        table["move"] = draw(st.sampled_from(library))
    else:
        table["name"] = draw(st.sampled_from(["Clams", "Squats", "Plank"]))
        dose = draw(st.sampled_from(["reps", "hold", "work"]))
        table[dose] = draw(maybe(st.sampled_from([3, 10, 20, 45, "self"])
                                 if dose != "reps" else st.integers(1, 12)))
    for key, values in (
        ("sides", st.sampled_from(["left", "right", "both", "alternate"])),
        ("first_side", st.sampled_from(["left", "right"])),
        ("tempo", st.sampled_from([0.5, 1, 2.5, "self"])),
        ("sets", st.integers(1, 4)),
        ("every", st.sampled_from([30, 60, 120])),
        ("switch", st.sampled_from([0, 2])),
        ("sounds", st.sampled_from([{"go": "a.wav"}, {"tick": "b.mp3", "done": "c.ogg"},
                                    {"gone": "x.wav"}])),
        ("image", st.sampled_from(["a.gif", ["a.webp", "b.png"], "clam-shell"])),
    ):
        if draw(st.integers(0, 3)) == 0:
            table[key] = draw(maybe(values))
    if table.get("tempo") == "self" or "self" in (table.get("hold"), table.get("work")):
        if draw(st.booleans()):
            table["estimate"] = draw(maybe(st.sampled_from([5, 40])))
    return table


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    doc: dict[str, Any] = {"name": "Generated", "get_ready": draw(st.sampled_from([0, 3]))}
    library: list[str] = ["clam-shell", "glute-bridge"]
    if draw(st.booleans()):
        doc["library"] = {name: draw(move_tables([])) for name in ("a", "b")}
        library += ["a", "b"]
    if draw(st.booleans()):
        doc["finish"] = draw(maybe(st.just("Done — stretch")))
    if draw(st.booleans()):
        doc["sounds"] = {"go": "whistle.wav"}
    blocks = []
    for _ in range(draw(st.integers(1, 2))):
        block: dict[str, Any] = {
            "moves": draw(st.lists(move_tables(library), min_size=1, max_size=3)),
            "rounds": draw(st.integers(1, 3)),
        }
        if draw(st.booleans()):
            block["sides"] = draw(maybe(st.just("one-then-other")))
        blocks.append(block)
    doc["blocks"] = blocks
    return doc


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents(), rounds=st.sampled_from([None, 2]),
       scale=st.sampled_from([None, 0.5, 2.0]))
def test_any_mix_of_the_new_keys_loads_or_is_refused_and_then_runs(
        doc: dict[str, Any], rounds: int | None, scale: float | None) -> None:
    try:
        session = validate(doc, "gen.toml", base_dir=Path("/nonexistent"))
        session = customise(session, rounds=rounds, scale=scale)
    except SessionError as error:
        # The file's name, or for this run's changes the session's (it has no file).
        assert error.lines() and all(line.startswith(("gen.toml", "Generated"))
                                     for line in error.lines())
        assert len(error.readable_lines()) == len(error.problems)
        return
    plan = make_plan(session)
    assert len(plan.phases) <= phase_bound(session)
    clock = Clock()
    runner = Runner(plan, now=clock)
    mapper = CueMapper(plan, now=clock)
    heard: list[str] = []
    runner.subscribe(lambda event: heard.extend(s.text for s in mapper.map(event)))
    assert all(text for text in mapper.texts())
    runner.start()
    for _ in range(5000):
        if runner.state is RunState.FINISHED:
            break
        if runner.phase.self_paced:
            clock.t += 7  # a little over some intervals, under others
            runner.update()
            runner.done()
            continue
        wake = runner.next_wake()
        assert wake is not None and wake >= clock.t
        clock.t = wake
        runner.update()
    assert runner.state is RunState.FINISHED
    assert heard[-1] == (session.finish or "done — go run!")
