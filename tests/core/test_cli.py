"""The command line: ``--check`` tables, run options, bad arguments, and no Qt.

``--check`` is how a runner tests an edited session and how CI checks the
built-in ones, so its output is pinned down here; it must also work on a
machine with no display, which means never importing Qt.
"""

from __future__ import annotations

import ast
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hiptimer import cli, paths
from hiptimer.progression import Rating

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / "config.toml"
BUILT_IN = [CONFIG, *sorted((REPO / "assets" / "sessions").glob("*.toml"))]
CIRCUIT = REPO / "assets" / "sessions" / "hip-circuit.toml"
ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def check(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = cli.run_check(cli.parse(["--check", *argv]), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def run(*argv: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *argv], capture_output=True, text=True, timeout=120, cwd=cwd, env=ENV)


# -- --check ------------------------------------------------------------------------------


def test_check_prints_the_default_session_as_a_table() -> None:
    status, out, err = check(str(CONFIG))
    assert (status, err) == (0, "")
    assert out == f"""\
Pre-run glute activation  ({CONFIG})
Wake the glutes up before you head out: clams, a bridge hold and side lunges.

 #    at  phase      move                  side   round  amount
 1  0:00  get ready                                      10 s
 2  0:10  reps       Clam shell            left          10 × 2.5 s
 3  0:35  switch                                         5 s
 4  0:40  reps       Clam shell            right         10 × 2.5 s
 5  1:05  rest       (next: Glute bridge)                10 s
 6  1:15  hold       Glute bridge                        30 s
 7  1:45  rest       (next: Side lunge)                  10 s
 8  1:55  reps       Side lunge            left          10 × 3 s
 9  2:25  switch                                         5 s
10  2:30  reps       Side lunge            right         10 × 3 s
11  3:00  done

Total 3:00: 5 work phases, 3 moves
"""


def test_check_without_a_session_uses_the_bundled_default() -> None:
    status, out, _ = check()
    assert status == 0
    assert out.splitlines()[0].endswith("config.toml)")
    assert "Total 3:00" in out


def test_check_prefers_the_users_own_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "config" / "hiptimer" / "sessions" / "config.toml"
    monkeypatch.setattr(paths, "user_default_session", lambda: own)
    own.parent.mkdir(parents=True)
    own.write_text('name = "Mine"\n[[moves]]\nname = "A"\nhold = 20\n', encoding="utf-8")
    status, out, _ = check()
    assert status == 0
    assert out.startswith(f"Mine  ({own})")
    assert "Total 0:30" in out


@pytest.mark.parametrize("path", BUILT_IN, ids=lambda p: p.name)
def test_every_built_in_session_passes_check(path: Path) -> None:
    result = run("main.py", "--check", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "\nTotal " in result.stdout


def test_check_of_the_circuit_shows_rounds_and_the_self_paced_estimate() -> None:
    _, circuit, _ = check(str(CIRCUIT))
    assert "round rest  (next: Clam shell)" in circuit
    assert " 2/3 " in circuit and " 3/3 " in circuit
    assert "Total 23:10: 33 work phases, 6 moves" in circuit
    _, lunges, _ = check(str(REPO / "assets" / "sessions" / "lunge-matrix.toml"))
    assert "10 reps, self-paced" in lunges
    assert "Total 5:00 (self-paced reps estimated): 8 work phases, 4 moves" in lunges


def test_check_counts_one_of_a_kind_in_the_singular(tmp_path: Path) -> None:
    one = tmp_path / "one.toml"
    one.write_text('name = "One"\n[[moves]]\nname = "A"\nreps = 1\ntempo = "self"\n',
                   encoding="utf-8")
    status, out, _ = check(str(one))
    assert status == 0
    assert "1 rep, self-paced" in out
    assert out.rstrip().endswith("1 work phase, 1 move")


def test_check_of_a_bad_session_prints_the_problems_on_stderr(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\n[[moves]]\nname = "A"\nreps = -3\nrep = 1\n', encoding="utf-8")
    status, out, err = check(str(bad))
    assert (status, out) == (2, "")
    assert err == (
        f"{bad}:4:8: moves[1].reps: must be a whole number from 1 to 500, got -3\n"
        f"{bad}:5:1: moves[1]: unknown key 'rep'; did you mean 'reps'?\n"
    )


# -- run options ------------------------------------------------------------------------------


def test_reps_changes_every_rep_count() -> None:
    _, out, _ = check(str(CONFIG), "--reps", "12")
    assert "12 × 2.5 s" in out and "12 × 3 s" in out
    assert "10 × " not in out
    assert "30 s" in out  # the hold is unchanged
    assert "Total 3:22" in out  # 180 + 2 sides × 2 reps × 2.5 s + 2 × 2 × 3 s


def test_scale_changes_reps_and_holds() -> None:
    _, out, _ = check(str(CONFIG), "--scale", "0.5")
    assert "5 × 2.5 s" in out and "5 × 3 s" in out
    assert "hold       Glute bridge                        15 s" in out
    assert "Total 1:50" in out  # 10 + 12.5 + 5 + 12.5 + 10 + 15 + 10 + 15 + 5 + 15


def test_rounds_turns_a_plain_session_into_a_circuit() -> None:
    _, out, _ = check(str(CONFIG), "--rounds", "2")
    assert "round rest" in out
    assert " 1/2 " in out and " 2/2 " in out
    assert "Total 6:35" in out  # 10 + 2 rounds × 170 + 45 s round rest


def test_rounds_on_a_circuit() -> None:
    _, out, _ = check(str(CIRCUIT), "--rounds", "1")
    assert "round rest" not in out
    assert "Total 7:10" in out  # 10 + 420


def test_rounds_beyond_the_phase_limit_exit_2_without_a_plan(tmp_path: Path) -> None:
    # 12 moves × 10 sets × 2 sides: accepted once; --rounds 20 made 19,200
    # phases in 10 s and 1.3 GB before customise() kept to the limit.
    big = tmp_path / "big.toml"
    big.write_text('name = "Big"\n'
                   + '[[moves]]\nname = "A"\nreps = 1\neach_side = true\nsets = 10\n' * 12,
                   encoding="utf-8")
    assert check(str(big))[0] == 0
    status, out, err = check(str(big), "--rounds", "20")
    assert (status, out) == (2, "")
    assert err.splitlines() == [
        f"{big}: with 20 rounds the session would have about 9622 phases; at most 2000 are "
        "allowed (this session fits at most 4 rounds)"]
    assert check(str(big), "--rounds", "4")[0] == 0


def test_options_reach_the_loaded_session() -> None:
    options = cli.parse([str(CONFIG), "--reps", "3", "--rounds", "4", "--scale", "2"])
    session = cli.load_for_run(options)
    assert [m.reps for m in session.moves] == [6, None, 6]
    assert session.moves[1].hold == 60
    assert [b.rounds for b in session.blocks] == [4]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--reps", "0"], "argument --reps: must be from 1 to 500, got 0"),
        (["--reps", "501"], "argument --reps: must be from 1 to 500, got 501"),
        (["--reps", "ten"], "argument --reps: 'ten' is not a number"),
        (["--reps", "1.5"], "argument --reps: must be a whole number from 1 to 500, got 1.5"),
        (["--reps", "1e1"], "argument --reps: must be a whole number from 1 to 500, got 1e1"),
        (["--rounds", "2.0"], "argument --rounds: must be a whole number from 1 to 20, got 2.0"),
        (["--rounds", "nan"], "argument --rounds: must be a whole number from 1 to 20, got nan"),
        (["--reps", "x" * 200_000], f"argument --reps: '{'x' * 40}\u2026' is not a number"),
        (["--scale", "9" * 200_000],
         f"argument --scale: must be from 0.25 to 4, got {'9' * 40}\u2026"),
        (["--scale", "y\x1b[2J"], "argument --scale: 'y\\x1b[2J' is not a number"),
        (["--" + "z" * 200_000], f"unrecognized arguments: --{'z' * 38}\u2026"),
        (["--rounds", "0"], "argument --rounds: must be from 1 to 20, got 0"),
        (["--rounds", "21"], "argument --rounds: must be from 1 to 20, got 21"),
        (["--scale", "5"], "argument --scale: must be from 0.25 to 4, got 5"),
        (["--scale", "0.1"], "argument --scale: must be from 0.25 to 4, got 0.1"),
        (["--scale", "nan"], "argument --scale: must be from 0.25 to 4, got nan"),
        (["--scale", "inf"], "argument --scale: must be from 0.25 to 4, got inf"),
        (["--scale", "big"], "argument --scale: 'big' is not a number"),
        (["--no-such-option"], "unrecognized arguments: --no-such-option"),
        (["a.toml", "b.toml"], "unrecognized arguments: b.toml"),
    ],
)
def test_bad_arguments_exit_2_with_a_message(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.parse(["--check", *argv])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: hiptimer")
    assert err.rstrip().endswith(f"hiptimer: error: {message}")


def test_a_very_long_session_path_is_not_echoed_whole() -> None:
    status, out, err = check("p" * 200_000 + ".toml")
    assert status == 2 and out == ""
    [line] = err.splitlines()
    assert len(line) < 400, len(line)
    assert line.startswith("p" * 120 + "\u2026") and line.endswith("p.toml: cannot be read: "
                                                                   "File name too long")


def test_bad_argument_through_main_py_exits_2() -> None:
    result = run("main.py", "--check", "--reps", "-1")
    assert result.returncode == 2
    assert "hiptimer: error: argument --reps" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


# -- entry points and no Qt ------------------------------------------------------------------------

NO_QT_PROBE = """\
import runpy, sys
sys.argv = ["main.py", "--check"]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit as exc:
    status = exc.code
banned = ("PySide6", "shiboken6", "playsound3")
qt = sorted(m for m in sys.modules
            if m.split(".")[0] in banned or m.startswith("hiptimer.gui"))
print("status", status, "qt", qt, file=sys.stderr)
"""


def test_check_does_not_import_qt() -> None:
    result = run("-c", NO_QT_PROBE)
    assert result.returncode == 0, result.stderr
    assert "Total 3:00" in result.stdout
    assert result.stderr.strip().splitlines()[-1] == "status 0 qt []"


def test_python_m_hiptimer_help() -> None:
    result = run("-m", "hiptimer", "--help", cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: hiptimer")
    for option in ("--check", "--reps", "--rounds", "--scale", "--mute", "--fullscreen"):
        assert option in result.stdout
    assert "docs/session-format.md" in result.stdout


def test_python_m_hiptimer_check_from_elsewhere(tmp_path: Path) -> None:
    result = run("-m", "hiptimer", "--check", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Total 3:00" in result.stdout


def _core_modules() -> list[Path]:
    package = REPO / "hiptimer"
    return sorted(p for p in package.rglob("*.py") if "gui" not in p.relative_to(package).parts)


def test_no_core_module_imports_qt() -> None:
    qt = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")
    offenders = []
    modules = _core_modules()
    assert len(modules) >= 8
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                if name.split(".")[0] in qt:
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno}: {name}")
        # The GUI itself may only be imported inside a function, after --check
        # has had its chance to return.
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("hiptimer.gui"):
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno}: {node.module}")
            if isinstance(node, ast.Import) and any(
                    a.name.startswith("hiptimer.gui") for a in node.names):
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno}: hiptimer.gui")
    assert offenders == []


# -- falling back from a session that will not load ----------------------------------------


@pytest.fixture
def own_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point the config folder at a temporary one; return where the runner's default goes."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    own = paths.user_default_session()
    own.parent.mkdir(parents=True)
    return own


def test_a_bad_session_falls_back_to_the_runners_own_default(
    own_default: Path, tmp_path: Path
) -> None:
    """As --help says: your own copy of the default, not the bundled one."""
    own_default.write_text(CONFIG.read_text(encoding="utf-8").replace(
        'name = "Pre-run glute activation"', 'name = "My activation"'), encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text("reps = = 3\n", encoding="utf-8")
    with pytest.raises(cli.SessionError):
        cli.load_for_run(cli.parse([str(bad)]))
    assert cli.fallback_session(bad).name == "My activation"
    assert "your own copy of the default" in cli.DESCRIPTION.replace("\n", " ")


def test_a_broken_own_default_falls_back_to_the_bundled_one(
    own_default: Path, caplog: pytest.LogCaptureFixture
) -> None:
    own_default.write_text('name = "Mine"\n', encoding="utf-8")  # no moves
    bundled = cli.load_for_run(cli.parse([str(CONFIG)])).name
    # The runner's copy is the default that failed: do not try it twice.
    assert cli.fallback_session(None).name == bundled
    assert caplog.records == []
    # After some other file failed, it is tried, and fails too.
    assert cli.fallback_session(own_default.with_name("other.toml")).name == bundled
    assert "does not load either" in caplog.text


def test_without_an_own_default_the_bundled_one_is_the_fallback(own_default: Path) -> None:
    assert not own_default.exists()
    assert cli.fallback_session(None).name == cli.load_for_run(cli.parse([str(CONFIG)])).name


# -- --history ----------------------------------------------------------------------------

HIPS = """\
name = "Hips"

[[moves]]
move = "clam-shell"
progression = { step = 2, ceiling = 12, then = "glute-bridge" }

[[moves]]
move = "glute-bridge"
"""


def record_runs(history_file: Path, session_file: Path, ratings: list[Rating | None]) -> None:
    """Record finished runs of ``session_file``, one every other day from 4 Jan 2027, rated."""
    from datetime import datetime, timedelta, timezone

    from hiptimer.history import History, Outcome, RunEnd
    from hiptimer.progression import doses_of
    from hiptimer.session import load

    doses = doses_of(load(session_file))
    with History.open(history_file) as history:
        for number, rating in enumerate(ratings):
            start = datetime(2027, 1, 4, 7, tzinfo=timezone.utc) + timedelta(days=2 * number)
            run = history.start_run("Hips", session_file, 1, 300.0, start, doses=doses)
            history.end_run(run, RunEnd(Outcome.FINISHED, start + timedelta(minutes=5), 1,
                                        280.0 + 10 * number))
            if rating is not None:
                history.rate(run, rating)


def history_output(history_file: Path, day: int) -> tuple[int, str, str]:
    from datetime import date

    out, err = io.StringIO(), io.StringIO()
    status = cli.run_history(out, err, history_file, today=date(2027, 1, day), weeks=3)
    return status, out.getvalue(), err.getvalue()


def test_history_prints_the_weeks_and_the_suggestions(tmp_path: Path) -> None:
    session_file = tmp_path / "hips.toml"
    session_file.write_text(HIPS, encoding="utf-8")
    history_file = tmp_path / "history.sqlite3"
    record_runs(history_file, session_file, [Rating.HARD, None, Rating.EASY, Rating.EASY])
    status, out, err = history_output(history_file, 10)
    assert (status, err) == (0, "")
    used = "2027-01-10"  # the newest run's local day: started at 07:00 UTC
    assert out == f"""\
History: {history_file}

week of     runs  skipped  hip work
2026-12-21     0        0     0 min
2026-12-28     0        0     0 min
2027-01-04     4        0    20 min

this week: 4 runs, 20 min

Hips ({session_file}), used last on {used}:
  - last two runs felt easy: clam shell 12 each side, was 10
"""


def test_history_without_rules_or_ratings_says_why_nothing_is_suggested(tmp_path: Path) -> None:
    session_file = tmp_path / "hips.toml"
    session_file.write_text(HIPS, encoding="utf-8")
    history_file = tmp_path / "history.sqlite3"
    record_runs(history_file, session_file, [Rating.EASY, Rating.RIGHT])
    assert history_output(history_file, 10)[1].endswith(
        "  no change suggested yet: rate your runs when you finish them\n")
    session_file.write_text(HIPS.replace("progression", "# progression"), encoding="utf-8")
    assert "  no progression rules in this session" in history_output(history_file, 10)[1]


def test_history_with_a_broken_progression_table_says_where(tmp_path: Path) -> None:
    session_file = tmp_path / "hips.toml"
    session_file.write_text(HIPS, encoding="utf-8")
    history_file = tmp_path / "history.sqlite3"
    record_runs(history_file, session_file, [None])
    # Broken since: a rule is checked like every other key, and refused the same way.
    session_file.write_text(HIPS.replace("step = 2", "step = 0"), encoding="utf-8")
    status, out, err = history_output(history_file, 10)
    assert status == 0
    assert err == (f"{session_file}:5:15: moves[1].progression.step: must be a whole number "
                   "from 1 to 600 (reps or seconds), got 0\n")
    assert f"Suggestions for {session_file}: the session cannot be read now:" in out


def test_history_of_a_session_file_gone_since(tmp_path: Path) -> None:
    session_file = tmp_path / "hips.toml"
    session_file.write_text(HIPS, encoding="utf-8")
    history_file = tmp_path / "history.sqlite3"
    record_runs(history_file, session_file, [None])
    session_file.unlink()
    status, out, err = history_output(history_file, 10)
    assert status == 0
    assert "the session cannot be read now" in out
    assert err == f"{session_file}: no such file\n"


def test_history_without_a_history_file_creates_none(tmp_path: Path) -> None:
    status, out, _ = history_output(tmp_path / "none" / "history.sqlite3", 10)
    assert status == 0
    assert out.startswith("No warm-ups recorded yet")
    assert not (tmp_path / "none").exists()


def test_history_through_main_py_does_not_import_qt(tmp_path: Path) -> None:
    probe = NO_QT_PROBE.replace('"--check"', '"--history"')
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, cwd=REPO,
        env={**ENV, "XDG_DATA_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"No warm-ups recorded yet (no history at {tmp_path / 'hiptimer' / 'history.sqlite3'}).\n")
    assert result.stderr.strip().splitlines()[-1] == "status 0 qt []"
