"""The real program as a subprocess: --check, bad input, and a run killed mid-session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from hiptimer.history import History, Outcome

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 60):
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        capture_output=True, text=True, timeout=timeout, cwd=REPO, env=env,
    )


def wait_for_run_at(database: Path, where: str, timeout: float = 30) -> bool:
    """Poll the app's history until a run stands at ``where``; say whether one did."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if database.exists():
            with History.open(database) as history:
                runs = history.runs()
            if runs and runs[0].where == where:
                return True
        time.sleep(0.05)  # polling interval, not a wait for the app
    return False


def test_check_prints_the_default_plan():
    result = run("--check", "config.toml")
    assert result.returncode == 0, result.stderr
    assert "Pre-run glute activation" in result.stdout
    assert "Total 3:00" in result.stdout
    assert result.stderr == ""


def test_check_on_a_bad_file_exits_2_with_located_problems(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "Bad"\n\n[[moves]]\nname = "Clams"\nrep = 10\n')
    result = run("--check", str(bad))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{bad}:5:1: moves[1]: unknown key 'rep'; did you mean 'reps'?" in result.stderr


def test_killed_mid_session_leaves_a_readable_abandoned_row(tmp_path):
    session = tmp_path / "long.toml"
    session.write_text(
        'name = "Long hold"\nget_ready = 0\n[[moves]]\nname = "Bridge"\nhold = 600\n'
    )
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    database = tmp_path / "data" / "hiptimer" / "history.sqlite3"
    process = subprocess.Popen(
        [sys.executable, str(REPO / "main.py"), str(session), "--start", "--mute"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert wait_for_run_at(database, "Bridge"), "the app never reached the hold"
    finally:
        process.send_signal(signal.SIGKILL)
        _, stderr = process.communicate(timeout=10)
    assert "Traceback" not in stderr
    with History.open(database) as history:
        runs = history.runs()
        assert history.notice is None
    assert len(runs) == 1
    assert runs[0].outcome is Outcome.ABANDONED
    assert runs[0].session_name == "Long hold"


def test_sigterm_mid_session_quits_cleanly_and_records_the_abandon(tmp_path):
    session = tmp_path / "long.toml"
    session.write_text('name = "Long"\nget_ready = 0\n[[moves]]\nname = "Bridge"\nhold = 600\n')
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    database = tmp_path / "data" / "hiptimer" / "history.sqlite3"
    process = subprocess.Popen(
        [sys.executable, str(REPO / "main.py"), str(session), "--start", "--mute"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        # Sent as soon as the run is under way, which may be before the window
        # has finished building itself: the clean quit must already be in place.
        assert wait_for_run_at(database, "Bridge"), "the app never reached the hold"
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=15)
    finally:
        if process.poll() is None:  # the test failed: leave no app (and no pipes) behind
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    with History.open(database) as history:
        runs = history.runs()
    assert len(runs) == 1
    assert runs[0].outcome is Outcome.ABANDONED
    assert runs[0].ended_at is not None  # closed by the app itself, not read as killed
