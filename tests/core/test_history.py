"""Tests for the run history, the weekly goal and the CSV export.

The history must survive what happens on a real desktop: the app killed in
the middle of a session, a file that is not a database, a folder where the file
should be, a file from an older version of the schema. Week counting runs on
given dates and fixed time zones, never the machine's clock or zone.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import select
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hiptimer import history as history_module
from hiptimer.goal import WorkDone
from hiptimer.history import (
    CSV_COLUMNS,
    NO_RUN,
    SCHEMA_VERSION,
    History,
    Outcome,
    RatingRefused,
    RunEnd,
    RunRecord,
    WeekCount,
    WeekTime,
    export_csv,
    streak,
    this_week,
    this_week_time,
    week_start,
    weekly_counts,
    weekly_time,
)
from hiptimer.progression import MoveDose, Rating

REPO_ROOT = Path(__file__).resolve().parents[2]
UTC = timezone.utc
CET = timezone(timedelta(hours=1), "CET")
NEW_YORK_WINTER = timezone(timedelta(hours=-5), "EST")
MONDAY, SUNDAY = 0, 6

T0 = datetime(2027, 1, 4, 7, 0, tzinfo=UTC)


def make_run(
    started_at: datetime,
    outcome: Outcome = Outcome.FINISHED,
    name: str = "Hip circuit",
    run_id: int = 1,
    work: WorkDone | None = None,
) -> RunRecord:
    """Build a record directly, for the pure week functions."""
    return RunRecord(
        id=run_id,
        session_name=name,
        session_file="",
        started_at=started_at,
        ended_at=started_at + timedelta(minutes=12),
        outcome=outcome,
        rounds_done=3,
        rounds_planned=3,
        planned_active_s=600.0,
        actual_active_s=600.0,
        phase_index=None,
        where="",
        work=work,
    )


# A run done in full, and one skipped through (a fifth of the work done).
WORKED = WorkDone(planned_s=500.0, done_s=500.0, phases=12, skipped=0)
SKIPPED = WorkDone(planned_s=500.0, done_s=100.0, phases=12, skipped=10)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Return a history path in a folder that does not exist yet."""
    return tmp_path / "data" / "hiptimer" / "history.sqlite3"


# --------------------------------------------------------------------------
# Rows


def test_finished_and_abandoned_runs_are_recorded(db_path: Path) -> None:
    """A finished and an abandoned session come back with everything stored."""
    with History.open(db_path) as history:
        assert history.notice is None
        assert history.persistent
        done = history.start_run("Hip circuit", "/home/r/hips.toml", 3, 600.0, T0)
        history.progress(done, 1, 200.0, phase_index=5, where="Clam shells, round 2")
        assert history.runs()[0].outcome is Outcome.RUNNING
        history.finish(done, T0 + timedelta(minutes=13), 3, 598.5)

        quit_ = history.start_run("Lunge matrix", None, 1, 300.0, T0 + timedelta(days=1))
        history.abandon(
            quit_,
            T0 + timedelta(days=1, minutes=4),
            0,
            121.0,
            phase_index=4,
            where="Glute bridge, round 2",
        )

    with History.open(db_path) as history:
        first, second = history.runs()
    assert first == RunRecord(
        id=1,  # the first row of a new file
        session_name="Hip circuit",
        session_file="/home/r/hips.toml",
        started_at=T0,
        ended_at=T0 + timedelta(minutes=13),
        outcome=Outcome.FINISHED,
        rounds_done=3,
        rounds_planned=3,
        planned_active_s=600.0,
        actual_active_s=598.5,
        phase_index=None,
        where="",
    )
    assert first.finished
    assert second.outcome is Outcome.ABANDONED
    assert not second.finished
    assert second.session_file == ""
    assert second.ended_at == T0 + timedelta(days=1, minutes=4)
    assert (second.rounds_done, second.actual_active_s) == (0, 121.0)
    assert (second.phase_index, second.where) == (4, "Glute bridge, round 2")


def test_every_ending_goes_through_end_run_with_the_work_done(db_path: Path) -> None:
    """Finished, stopped and abandoned runs keep their work; a finished one no place."""
    with History.open(db_path) as history:
        done = history.start_run("Hip circuit", "hips.toml", 3, 600.0, T0)
        history.end_run(done, RunEnd(
            Outcome.FINISHED, T0 + timedelta(minutes=12), 3, 590.0, work=WORKED,
            phase_index=30, where="ignored for a finished run",
        ))
        raced = history.start_run("Hip circuit", "hips.toml", 3, 600.0, T0 + timedelta(hours=1))
        history.end_run(raced, RunEnd(
            Outcome.FINISHED, T0 + timedelta(hours=1, seconds=33), 3, 33.0, work=SKIPPED,
        ))
        stop = history.start_run("Lunges", "", 1, 300.0, T0 + timedelta(days=1))
        history.end_run(stop, RunEnd(
            Outcome.STOPPED, T0 + timedelta(days=1, minutes=3), 0, 170.0,
            work=WorkDone(240.0, 150.0, 8, 1), phase_index=7, where="Curtsy lunge — left side",
        ))
        left = history.start_run("Lunges", "", 1, 300.0, T0 + timedelta(days=2))
        history.end_run(left, RunEnd(Outcome.ABANDONED, T0 + timedelta(days=2, minutes=1), 0,
                                     50.0, phase_index=3, where="Side lunge"))
        # An ended run stays as it ended.
        history.end_run(stop, RunEnd(Outcome.FINISHED, T0 + timedelta(days=3), 1, 300.0))
        mine = history.runs()

    with History.open(db_path) as history:
        runs = history.runs()
    assert [replace(r, id=NO_RUN) for r in runs] == [replace(r, id=NO_RUN) for r in mine]
    full, skipped, stopped, abandoned = runs
    assert (full.outcome, full.work, full.phase_index, full.where) == (
        Outcome.FINISHED, WORKED, None, "")
    assert full.counted and not full.skipped
    assert skipped.finished and not skipped.counted and skipped.skipped
    assert stopped.outcome is Outcome.STOPPED
    assert (stopped.phase_index, stopped.where) == (7, "Curtsy lunge — left side")
    assert stopped.work == WorkDone(240.0, 150.0, 8, 1)
    assert stopped.actual_active_s == 170.0
    assert not stopped.counted and not stopped.skipped  # stopped, not skipped through
    assert abandoned.work is None and not abandoned.counted


def test_a_run_cannot_end_as_running(db_path: Path) -> None:
    with History.open(db_path) as history:
        run = history.start_run("Hips", "", 1, 60.0, T0)
        with pytest.raises(ValueError, match="running"):
            history.end_run(run, RunEnd(Outcome.RUNNING, T0, 0, 0.0))
        with pytest.raises(ValueError, match="0 or more"):
            history.end_run(run, RunEnd(Outcome.STOPPED, T0, 0, -1.0))
        assert history.runs()[0].outcome is Outcome.RUNNING


def test_times_come_back_aware_in_utc(db_path: Path) -> None:
    """Any aware time goes in; the same instant comes out in UTC."""
    local = datetime(2027, 1, 3, 23, 30, tzinfo=CET)
    with History.open(db_path) as history:
        history.start_run("Hips", "", 1, 60.0, local)
        (run,) = history.runs()
    assert run.started_at == local
    assert run.started_at.tzinfo == UTC


def test_naive_times_are_refused(db_path: Path) -> None:
    """A naive datetime is a programming error, not a guess at the zone."""
    with History.open(db_path) as history, pytest.raises(ValueError, match="aware"):
        history.start_run("Hips", "", 1, 60.0, datetime(2027, 1, 4, 7, 0))


def test_ended_runs_cannot_be_changed(db_path: Path) -> None:
    """Finishing twice, or abandoning a finished run, is refused quietly."""
    with History.open(db_path) as history:
        run = history.start_run("Hips", "", 1, 60.0, T0)
        history.finish(run, T0 + timedelta(minutes=2), 1, 60.0)
        history.abandon(run, T0 + timedelta(minutes=3), 0, 1.0, where="nowhere")
        history.progress(run, 0, 2.0)
        history.finish(run + 100, T0, 1, 1.0)  # no such run
        history.progress(NO_RUN, 1, 1.0)
        (record,) = history.runs()
    assert record.outcome is Outcome.FINISHED
    assert record.ended_at == T0 + timedelta(minutes=2)
    assert (record.rounds_done, record.actual_active_s, record.where) == (1, 60.0, "")


def test_open_row_of_another_history_reads_as_abandoned(db_path: Path) -> None:
    """Only the history that started a run sees it running."""
    with History.open(db_path) as mine, History.open(db_path) as other:
        mine.start_run("Hips", "", 1, 60.0, T0)
        assert [r.outcome for r in mine.runs()] == [Outcome.RUNNING]
        assert mine.flush(timeout=20)
        assert [r.outcome for r in other.runs()] == [Outcome.ABANDONED]


def test_fresh_file_uses_wal_and_current_schema(db_path: Path) -> None:
    """A new file is in WAL mode at the current schema version."""
    History.open(db_path).close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    finally:
        conn.close()


CHILD = textwrap.dedent(
    """
    import sys, time
    from datetime import datetime, timezone
    from hiptimer.history import History

    history = History.open(sys.argv[1])
    start = datetime(2027, 1, 4, 7, 0, tzinfo=timezone.utc)
    run = history.start_run("Hip circuit", "hips.toml", 3, 600.0, start)
    history.progress(run, 1, 200.0, phase_index=7, where="Glute bridge, round 2")
    assert history.flush(timeout=20)
    print(history.runs()[0].id, flush=True)
    time.sleep(60)
    """
)


def test_killed_process_leaves_readable_abandoned_row(db_path: Path) -> None:
    """Killed with SIGKILL mid-session: the row is there and reads as abandoned."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO_ROOT,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        ready, _, _ = select.select([child.stdout], [], [], 20)
        line = child.stdout.readline() if ready else ""
        if not line:
            child.kill()
            pytest.fail(f"child did not start a run: {child.stderr.read()}")
        run_id = int(line)
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL

    # The commit lives in the write-ahead log nobody checkpointed.
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0

    with History.open(db_path) as history:
        assert history.notice is None
        (record,) = history.runs()
    assert record.id == run_id
    assert record.outcome is Outcome.ABANDONED
    assert record.ended_at is None
    assert (record.rounds_done, record.rounds_planned) == (1, 3)
    assert record.actual_active_s == 200.0
    assert (record.phase_index, record.where) == (7, "Glute bridge, round 2")

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


# --------------------------------------------------------------------------
# A file that stops taking writes after a good open

LOCKER = textwrap.dedent(
    """
    import sqlite3, sys

    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    sys.stdin.readline()  # until the test lets go (or closes the pipe)
    conn.execute("ROLLBACK")
    conn.close()
    """
)


@contextmanager
def lock_held(path: Path) -> Iterator[Callable[[], None]]:
    """Hold ``BEGIN EXCLUSIVE`` on ``path`` in another process; yield what lets it go."""
    with subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdin is not None and child.stdout is not None
        stdin = child.stdin

        def release() -> None:
            if not stdin.closed:
                stdin.close()
            assert child.wait(timeout=20) == 0

        try:
            assert child.stdout.readline() == "locked\n"
            yield release
        finally:
            release()


def rows_on_disk(path: Path) -> list[tuple[str, str | None]]:
    """Read (session name, outcome) of every row with a connection of the test's own."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT session_name, outcome FROM runs ORDER BY id").fetchall()
    finally:
        conn.close()


def test_a_write_while_another_process_holds_the_lock_returns_at_once_and_lands_later(
    db_path: Path,
) -> None:
    """Locked by another process: the caller is not held up and the run is written later."""
    with History.open(db_path) as history, lock_held(db_path) as release:
        started = time.monotonic()
        run = history.start_run("Hips", "", 1, 60.0, T0)
        history.progress(run, 0, 30.0, phase_index=1, where="Hold")
        history.finish(run, T0 + timedelta(minutes=1), 1, 60.0)
        took = time.monotonic() - started
        assert took < 0.2  # it was 2 s per write, and the run was lost
        assert [r.outcome for r in history.runs()] == [Outcome.FINISHED]  # kept meanwhile
        assert not history.flush(timeout=0.1)  # cannot be written while the lock is held
        assert rows_on_disk(db_path) == []
        release()
        assert history.flush(timeout=20)
        assert rows_on_disk(db_path) == [("Hips", "finished")]
        assert history.notice is None
        assert history.persistent


def test_the_notice_coming_and_going_is_told_from_the_writer_once_each(
    db_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window hears of a file that takes no writes when it happens, and of its end."""
    monkeypatch.setattr(history_module, "_WRITE_BUSY_TIMEOUT_S", 0.2)
    told: list[str | None] = []
    with History.open(db_path) as history, lock_held(db_path) as release:
        def listener() -> None:
            told.append(history.notice)
            raise RuntimeError("a listener gone")  # logged; the writer goes on

        history.on_notice_change = listener
        run = history.start_run("Hips", "", 1, 60.0, T0)
        history.finish(run, T0 + timedelta(minutes=1), 1, 60.0)
        assert not history.flush(timeout=0.5)
        assert len(told) == 1 and told[0] is not None and str(db_path) in told[0]
        release()
        assert history.flush(timeout=20)
        assert told[1:] == [None]
        assert rows_on_disk(db_path) == [("Hips", "finished")]


def test_a_lock_held_at_quit_costs_a_bounded_wait(db_path: Path) -> None:
    """Closing while the file is locked gives up after its timeout instead of hanging."""
    history = History.open(db_path)
    with lock_held(db_path):
        history.start_run("Hips", "", 1, 60.0, T0)
        started = time.monotonic()
        history.close(timeout=0.3)
        assert time.monotonic() - started < 3  # the timeout and at most one busy wait
    assert rows_on_disk(db_path) == []


def test_runs_left_unwritten_by_a_full_disk_are_kept_and_written_later(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disk full after a good open: nothing lost, one notice, written once there is room."""
    History.open(db_path).close()
    full = True
    connect = sqlite3.connect

    def capped(database: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        # Every connection to the history made while the "disk" is full may
        # not grow the file past the pages it has now.
        conn = connect(database, *args, **kwargs)
        if full and Path(database) == db_path:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(sqlite3, "connect", capped)
    with History.open(db_path) as history:
        for n in range(200):
            run = history.start_run(f"Run {n}", "", 1, 60.0, T0 + timedelta(hours=n))
            history.finish(run, T0 + timedelta(hours=n, minutes=1), 1, 60.0)
        assert not history.flush(timeout=0.1)
        assert len(history.runs()) == 200  # 200 lost before
        assert all(r.finished for r in history.runs())
        assert history.notice is not None and "full" in history.notice
        assert not history.persistent
        on_disk = len(rows_on_disk(db_path))
        assert on_disk < 200

        full = False
        assert history.flush(timeout=20)
        assert history.notice is None
        assert history.persistent
        assert len(rows_on_disk(db_path)) == 200
        assert len(history.runs()) == 200


def test_a_run_read_just_as_it_is_committed_is_not_counted_twice(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the writer's commit and its noting the row id, ``runs()`` shows the run once."""
    import threading

    committed, go_on = threading.Event(), threading.Event()

    class PausingAfterCommit(sqlite3.Connection):
        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            cursor = super().execute(sql, *args)
            if sql == "COMMIT" and threading.current_thread().name == "hiptimer-history":
                committed.set()
                go_on.wait(timeout=20)
            return cursor

    connect = sqlite3.connect

    def pausing(database: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        return connect(database, *args, factory=PausingAfterCommit, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", pausing)
    with History.open(db_path) as history:
        try:
            history.start_run("Hips", "", 1, 60.0, T0)
            assert committed.wait(timeout=20)
            assert [r.session_name for r in history.runs()] == ["Hips"]  # twice before
        finally:
            go_on.set()
        assert history.flush(timeout=20)
        assert [r.id for r in history.runs()] == [1]


BRIEF_WRITER = textwrap.dedent(
    """
    import sqlite3, sys, time

    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("writing", flush=True)
    time.sleep(0.2)  # another program's write, taking its time
    conn.execute("ROLLBACK")
    conn.close()
    """
)


def test_opening_a_new_file_another_process_is_writing_waits_for_it(db_path: Path) -> None:
    """Two programs starting on a new file at once: the second must not give up at once.

    SQLite answers "locked" to the switch to WAL without waiting when another
    connection is writing (found as a run of the app the e2e test never saw).
    """
    db_path.parent.mkdir(parents=True)
    db_path.touch()  # as another hiptimer has just created it
    with subprocess.Popen(
        [sys.executable, "-c", BRIEF_WRITER, str(db_path)], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline() == "writing\n"
        with History.open(db_path) as history:
            assert history.notice is None
            assert history.persistent
        assert child.wait(timeout=20) == 0


def test_close_writes_what_is_still_waiting(db_path: Path) -> None:
    """A run abandoned just before quitting is on disk once ``close`` returns."""
    history = History.open(db_path)
    run = history.start_run("Hips", "", 1, 60.0, T0)
    history.abandon(run, T0 + timedelta(minutes=1), 0, 10.0, phase_index=1, where="Hold")
    history.close()
    assert rows_on_disk(db_path) == [("Hips", "abandoned")]


@pytest.fixture
def without_wal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open histories as on a file system without WAL, where a writer's lock keeps readers out."""
    import hiptimer.history

    monkeypatch.setattr(hiptimer.history, "_JOURNAL_MODE", "DELETE")


@pytest.mark.usefixtures("without_wal")
def test_a_locked_file_gives_the_last_runs_read_at_once(db_path: Path) -> None:
    """Reading the week's runs while another process locks the file does not freeze."""
    with History.open(db_path) as writer:
        run = writer.start_run("Hips", "", 1, 60.0, T0)
        writer.finish(run, T0 + timedelta(minutes=1), 1, 60.0)
    with History.open(db_path) as history:
        before = history.runs()
        assert [r.session_name for r in before] == ["Hips"]
        with lock_held(db_path):
            started = time.monotonic()
            during = history.runs()
            assert time.monotonic() - started < 0.2  # 2 s, and no runs at all, before
        assert during == before


# --------------------------------------------------------------------------
# Recovery


def test_garbage_file_is_moved_aside_and_a_new_history_started(db_path: Path) -> None:
    """A file that is not SQLite is kept under another name, never deleted."""
    garbage = b"this is not a database\x00\xff" * 400
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(garbage)
    db_path.with_name(db_path.name + "-wal").write_bytes(b"stale log")

    with History.open(db_path) as history:
        assert history.notice is not None
        assert "moved to" in history.notice
        assert history.persistent
        assert history.runs() == []
        history.start_run("Hips", "", 1, 60.0, T0)

    (aside,) = db_path.parent.glob("history.sqlite3.corrupt-*[0-9]")
    assert aside.read_bytes() == garbage
    assert aside.name in (history.notice or "")
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"stale log"
    with History.open(db_path) as again:
        assert again.notice is None
        assert len(again.runs()) == 1


def test_damaged_database_pages_are_moved_aside(db_path: Path) -> None:
    """A real database with its table pages overwritten is treated as corrupt."""
    with History.open(db_path) as history:
        for n in range(200):
            history.start_run(f"Session {n}", "", 1, 60.0, T0 + timedelta(hours=n))
    size = db_path.stat().st_size
    page = 4096
    assert size > 3 * page
    with db_path.open("r+b") as f:
        f.seek(page)
        f.write(b"\xa5" * (size - page))

    with History.open(db_path) as history:
        assert history.notice is not None
        assert history.runs() == []
    assert len(list(db_path.parent.glob("history.sqlite3.corrupt-*"))) == 1


def test_folder_at_the_path_is_left_alone(db_path: Path) -> None:
    """A folder where the file should be: history in memory, a notice, no raise."""
    db_path.mkdir(parents=True)
    (db_path / "keep.txt").write_text("mine")
    with History.open(db_path) as history:
        assert history.notice is not None
        assert "folder" in history.notice
        assert not history.persistent
        run = history.start_run("Hips", "", 1, 60.0, T0)
        history.finish(run, T0 + timedelta(minutes=1), 1, 60.0)
        assert [r.outcome for r in history.runs()] == [Outcome.FINISHED]
    assert (db_path / "keep.txt").read_text() == "mine"


def test_unreachable_path_does_not_raise(tmp_path: Path) -> None:
    """A path below a regular file cannot be created: memory instead, no raise."""
    blocker = tmp_path / "data"
    blocker.write_text("a file, not a folder")
    with History.open(blocker / "hiptimer" / "history.sqlite3") as history:
        assert history.notice is not None
        assert not history.persistent
        assert history.runs() == []
    assert blocker.read_text() == "a file, not a folder"


def test_file_from_a_newer_version_is_not_touched(db_path: Path) -> None:
    """A schema newer than this code knows is left as it is."""
    History.open(db_path).close()
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = db_path.read_bytes()
    with History.open(db_path) as history:
        assert history.notice is not None
        assert "newer" in history.notice
        assert not history.persistent
    assert db_path.read_bytes() == before
    assert list(db_path.parent.glob("*.corrupt-*")) == []


def test_rows_edited_into_nonsense_are_skipped(db_path: Path) -> None:
    """A row with a time or outcome nobody can read is left out, not raised."""
    with History.open(db_path) as history:
        history.start_run("Good", "", 1, 60.0, T0)
        history.start_run("Bad time", "", 1, 60.0, T0)
        history.start_run("Bad outcome", "", 1, 60.0, T0)
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("UPDATE runs SET started_at = 'yesterday' WHERE session_name = 'Bad time'")
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE runs SET outcome = 'maybe' WHERE session_name = 'Bad outcome'")
        conn.commit()
    with History.open(db_path) as history:
        assert [r.session_name for r in history.runs()] == ["Good"]


def test_path_with_a_nul_byte_does_not_raise() -> None:
    """Even a path no file system accepts gives a working, in-memory history."""
    with History.open("bad\0name.sqlite3") as history:
        assert history.notice is not None
        assert not history.persistent


# The version-1 schema as it shipped, written out here so that a change to the
# migration code cannot silently change what "a version-1 file" means.
V1_SCHEMA = """
CREATE TABLE runs (
    id               INTEGER PRIMARY KEY,
    session_name     TEXT    NOT NULL,
    session_file     TEXT    NOT NULL DEFAULT '',
    started_at       TEXT    NOT NULL,
    ended_at         TEXT,
    outcome          TEXT    CHECK (outcome IN ('finished', 'abandoned')),
    planned_active_s REAL    NOT NULL DEFAULT 0,
    actual_active_s  REAL    NOT NULL DEFAULT 0
);
CREATE INDEX runs_started_at ON runs (started_at);
PRAGMA user_version = 1;
"""


def test_version_1_file_is_migrated_and_keeps_its_rows(db_path: Path) -> None:
    """Opening a version-1 file adds the new columns and keeps every row."""
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.executescript(V1_SCHEMA)
    conn.executemany(
        "INSERT INTO runs (session_name, session_file, started_at, ended_at, outcome,"
        " planned_active_s, actual_active_s) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                "Hips",
                "hips.toml",
                "2026-12-29T07:00:00+00:00",
                "2026-12-29T07:12:00+00:00",
                "finished",
                600.0,
                600.0,
            ),
            (
                "Lunges",
                "",
                "2026-12-30T07:00:00+00:00",
                "2026-12-30T07:03:00+00:00",
                "abandoned",
                300.0,
                90.0,
            ),
            ("Killed", "", "2026-12-31T07:00:00+00:00", None, None, 300.0, 30.0),
        ],
    )
    conn.commit()
    conn.close()

    with History.open(db_path) as history:
        assert history.notice is None
        runs = history.runs()
        new = history.start_run("After upgrade", "", 3, 600.0, T0)
        history.abandon(new, T0 + timedelta(minutes=1), 0, 20.0, phase_index=2, where="Clams")

    assert [(r.session_name, r.outcome) for r in runs] == [
        ("Hips", Outcome.FINISHED),
        ("Lunges", Outcome.ABANDONED),
        ("Killed", Outcome.ABANDONED),
    ]
    assert runs[0].started_at == datetime(2026, 12, 29, 7, 0, tzinfo=UTC)
    assert runs[1].actual_active_s == 90.0
    assert all(r.rounds_done == 0 and r.rounds_planned == 0 for r in runs)
    assert all(r.phase_index is None and r.where == "" for r in runs)

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 4
    finally:
        conn.close()
    assert list(db_path.parent.glob("*.corrupt-*")) == []


# The version-2 schema as it shipped: version 1 and its migration, unchanged.
V2_MIGRATION = """
ALTER TABLE runs ADD COLUMN rounds_done INTEGER NOT NULL DEFAULT 0 CHECK (rounds_done >= 0);
ALTER TABLE runs ADD COLUMN rounds_planned INTEGER NOT NULL DEFAULT 0 CHECK (rounds_planned >= 0);
ALTER TABLE runs ADD COLUMN phase_index INTEGER;
ALTER TABLE runs ADD COLUMN where_text TEXT NOT NULL DEFAULT '';
PRAGMA user_version = 2;
"""


def test_version_2_file_is_migrated_and_old_runs_count_as_they_did(db_path: Path) -> None:
    """Old finished runs still count (their work is unknown); the new outcome fits."""
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.executescript(V1_SCHEMA + V2_MIGRATION)
    rows = [
        # Mon 28 Dec .. Wed 30 Dec 2026: two finished, one abandoned.
        ("Hips", "2026-12-28T07:00:00+00:00", "finished", 3, None, ""),
        ("Hips", "2026-12-29T07:00:00+00:00", "finished", 3, None, ""),
        ("Lunges", "2026-12-30T07:00:00+00:00", "abandoned", 0, 4, "Glute bridge, round 2"),
        ("Nonsense", "2026-12-30T08:00:00+00:00", "maybe", 0, None, ""),
    ]
    conn.execute("PRAGMA ignore_check_constraints = ON")  # the last row, edited by hand
    conn.executemany(
        "INSERT INTO runs (session_name, started_at, ended_at, outcome, rounds_done,"
        " rounds_planned, phase_index, where_text, planned_active_s, actual_active_s)"
        " VALUES (?, ?, ?, ?, ?, 3, ?, ?, 600, 600)",
        [(name, start, start, outcome, rounds, index, where)
         for name, start, outcome, rounds, index, where in rows],
    )
    conn.commit()
    conn.close()

    with History.open(db_path) as history:
        assert history.notice is None
        old = history.runs()
        run = history.start_run("After upgrade", "", 3, 600.0, T0)
        history.end_run(run, RunEnd(Outcome.STOPPED, T0 + timedelta(minutes=2), 0, 100.0,
                                    work=WorkDone(500.0, 90.0, 12, 0), phase_index=6,
                                    where="Clam shells — left side"))
    with History.open(db_path) as history:
        runs = history.runs()

    assert [(r.session_name, r.outcome, r.work) for r in old] == [
        ("Hips", Outcome.FINISHED, None),
        ("Hips", Outcome.FINISHED, None),
        ("Lunges", Outcome.ABANDONED, None),
    ]
    assert [r.counted for r in old] == [True, True, False]
    assert (old[2].phase_index, old[2].where, old[2].rounds_planned) == (
        4, "Glute bridge, round 2", 3)
    assert this_week(runs, date(2026, 12, 31), MONDAY, 3) == (2, 3)
    assert runs[-1].outcome is Outcome.STOPPED
    assert runs[-1].work == WorkDone(500.0, 90.0, 12, 0)
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        # The row edited by hand moved over as it was: skipped, not lost.
        assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 5
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(runs)")}
        assert "runs_started_at" in indexes
    assert list(db_path.parent.glob("*.corrupt-*")) == []


# --------------------------------------------------------------------------
# Weeks


YEAR_END = [date(2026, 12, 28) + timedelta(days=n) for n in range(7)]  # Mon .. Sun


@pytest.mark.parametrize("day", YEAR_END, ids=str)
def test_week_start_across_the_year_end(day: date) -> None:
    """Monday weeks hold Mon 28 Dec to Sun 3 Jan; Sunday weeks split on the 3rd."""
    assert week_start(day, MONDAY) == date(2026, 12, 28)
    expected_sunday = date(2027, 1, 3) if day == date(2027, 1, 3) else date(2026, 12, 27)
    assert week_start(day, SUNDAY) == expected_sunday


def test_week_start_for_every_first_weekday() -> None:
    """The week starts on the requested weekday, at most six days back."""
    day = date(2027, 1, 1)  # a Friday
    for first in range(7):
        start = week_start(day, first)
        assert start.weekday() == first
        assert 0 <= (day - start).days <= 6


@pytest.mark.parametrize("first", [-1, 7])
def test_week_start_refuses_bad_weekday(first: int) -> None:
    """Weekdays are 0 (Monday) to 6 (Sunday)."""
    with pytest.raises(ValueError, match="first_weekday"):
        week_start(date(2027, 1, 1), first)


def test_weekly_counts_across_the_year_end_in_local_time() -> None:
    """A Sunday-night session counts in the week of its local date."""
    runs = [
        make_run(datetime(2026, 12, 28, 6, 0, tzinfo=UTC)),  # Mon
        make_run(datetime(2026, 12, 31, 18, 0, tzinfo=UTC)),  # Thu
        # Sun 3 Jan 23:30 in CET, 22:30 UTC.
        make_run(datetime(2027, 1, 3, 22, 30, tzinfo=UTC)),
        # Sun 3 Jan 23:30 UTC: already Mon 4 Jan in CET, still Sun in New York.
        make_run(datetime(2027, 1, 3, 23, 30, tzinfo=UTC)),
        make_run(datetime(2027, 1, 1, 9, 0, tzinfo=UTC), Outcome.ABANDONED),
        make_run(datetime(2027, 1, 2, 9, 0, tzinfo=UTC), Outcome.RUNNING),
    ]
    today = date(2027, 1, 5)

    assert weekly_counts(runs, today, MONDAY, weeks=3, tz=CET) == [
        WeekCount(date(2026, 12, 21), 0),
        WeekCount(date(2026, 12, 28), 3),
        WeekCount(date(2027, 1, 4), 1),
    ]
    assert weekly_counts(runs, today, SUNDAY, weeks=2, tz=CET) == [
        WeekCount(date(2026, 12, 27), 2),
        WeekCount(date(2027, 1, 3), 2),
    ]
    assert weekly_counts(runs, today, MONDAY, weeks=2, tz=NEW_YORK_WINTER) == [
        WeekCount(date(2026, 12, 28), 4),
        WeekCount(date(2027, 1, 4), 0),
    ]


def test_weekly_counts_default_to_twelve_weeks_ending_this_week() -> None:
    """Twelve weeks, oldest first, the last one holding today."""
    counts = weekly_counts([], date(2027, 1, 5), MONDAY, tz=UTC)
    assert len(counts) == 12
    assert counts[-1].start == date(2027, 1, 4)
    assert counts[0].start == date(2026, 10, 19)
    assert all(c.count == 0 for c in counts)


def weekly_runs(per_week: list[int], this_monday: date) -> list[RunRecord]:
    """Finished runs: per_week[-1] in this week, per_week[-2] last week, ..."""
    runs = []
    for back, count in enumerate(reversed(per_week)):
        monday = this_monday - timedelta(weeks=back)
        for n in range(count):
            start = datetime.combine(monday + timedelta(days=n), datetime.min.time(), UTC)
            runs.append(make_run(start + timedelta(hours=7), run_id=len(runs) + 1))
    return runs


THIS_MONDAY = date(2027, 1, 4)
TODAY = date(2027, 1, 7)  # Thursday


@pytest.mark.parametrize(
    ("per_week", "expected"),
    [
        ([3, 3, 3], 3),  # met, this week included
        ([3, 4, 3, 1], 3),  # this week not met yet: ends with last week
        ([3, 3, 0], 2),  # nothing yet this week
        ([3, 2, 3, 3], 2),  # this week met, broken two weeks ago
        ([3, 3, 2, 1], 0),  # last week missed, this week not met yet
        ([], 0),
    ],
)
def test_streak(per_week: list[int], expected: int) -> None:
    """Consecutive weeks meeting a goal of 3."""
    runs = weekly_runs(per_week, THIS_MONDAY)
    assert streak(runs, TODAY, MONDAY, goal=3, tz=UTC) == expected


def test_streak_ignores_abandoned_runs() -> None:
    """Only finished sessions count towards the goal."""
    runs = weekly_runs([3, 3], THIS_MONDAY)
    runs[0] = make_run(runs[0].started_at, Outcome.ABANDONED)  # one of this week's
    assert streak(runs, TODAY, MONDAY, goal=3, tz=UTC) == 1
    assert this_week(runs, TODAY, MONDAY, goal=3, tz=UTC) == (2, 3)


def test_runs_skipped_through_are_counted_apart_and_break_no_streak_of_their_own() -> None:
    """Seven skipped runs are not "7 of 3 — goal met"."""
    monday = datetime(2026, 12, 28, 7, 0, tzinfo=UTC)
    last_week = [make_run(monday - timedelta(days=7 - n), work=WORKED) for n in range(3)]
    this = [make_run(monday + timedelta(hours=n), work=SKIPPED) for n in range(7)]
    this.append(make_run(monday + timedelta(days=1), work=WORKED))
    this.append(make_run(monday + timedelta(days=2), Outcome.STOPPED, work=WORKED))
    runs = [*last_week, *this]
    today = date(2026, 12, 31)
    assert this_week(runs, today, MONDAY, 3) == (1, 3)
    assert weekly_counts(runs, today, MONDAY, weeks=2) == [
        WeekCount(date(2026, 12, 21), 3, 0),
        WeekCount(date(2026, 12, 28), 1, 7),
    ]
    assert streak(runs, today, MONDAY, 3) == 1  # last week's, this week still open
    assert streak(runs, today + timedelta(days=7), MONDAY, 3) == 0


def test_this_week() -> None:
    """Count this week's finished runs against the goal; a goal below 1 is refused."""
    runs = weekly_runs([5, 2], THIS_MONDAY)
    assert this_week(runs, TODAY, MONDAY, tz=UTC) == (2, 3)
    assert this_week(runs, TODAY, MONDAY, goal=2, tz=UTC) == (2, 2)
    with pytest.raises(ValueError, match="goal"):
        this_week(runs, TODAY, MONDAY, goal=0, tz=UTC)


ZONES = st.sampled_from(
    [timezone(timedelta(minutes=m)) for m in (-720, -300, -210, 0, 60, 330, 525, 840)]
)


@settings(max_examples=200, deadline=None)
@given(
    offsets=st.lists(
        st.tuples(st.integers(-200 * 24 * 60, 30 * 24 * 60), st.booleans()), max_size=60
    ),
    today_shift=st.integers(-30, 30),
    first=st.integers(0, 6),
    weeks=st.integers(1, 20),
    tz=ZONES,
)
def test_weekly_counts_sum_to_finished_runs_in_the_window(
    offsets: list[tuple[int, bool]],
    today_shift: int,
    first: int,
    weeks: int,
    tz: timezone,
) -> None:
    """Every finished run inside the window is counted exactly once."""
    base = datetime(2026, 12, 31, 12, 0, tzinfo=UTC)
    runs = [
        make_run(base + timedelta(minutes=m), Outcome.FINISHED if ok else Outcome.ABANDONED)
        for m, ok in offsets
    ]
    today = base.date() + timedelta(days=today_shift)

    counts = weekly_counts(runs, today, first, weeks=weeks, tz=tz)

    assert len(counts) == weeks
    assert all(c.start.weekday() == first for c in counts)
    assert all((b.start - a.start).days == 7 for a, b in itertools.pairwise(counts))
    assert 0 <= (today - counts[-1].start).days <= 6
    window = (counts[0].start, counts[-1].start + timedelta(days=6))
    inside = [
        r
        for r in runs
        if r.finished and window[0] <= r.started_at.astimezone(tz).date() <= window[1]
    ]
    assert sum(c.count for c in counts) == len(inside)


# --------------------------------------------------------------------------
# CSV


AWKWARD_NAMES = [
    "Clams, bridges & lunges",
    'The "hip" circuit',
    "Two\nlines",
    "  padded  ",
    "Ünïcödé 🏃",
    "=1+1",
    "",
]


def test_csv_export_round_trip(tmp_path: Path) -> None:
    """Names with commas, quotes and newlines survive; times are ISO-8601."""
    with History.open(tmp_path / "h.sqlite3") as history:
        for n, name in enumerate(AWKWARD_NAMES):
            start = T0 + timedelta(days=n)
            run = history.start_run(name, f"/tmp/{name}.toml", 3, 600.0, start)
            if n % 2:
                history.abandon(run, start + timedelta(minutes=5), 1, 250.4, where=f"at {name}")
            else:
                history.finish(run, start + timedelta(minutes=12), 3, 600.0)
        history.start_run("still, running", "", 1, 60.0, T0 + timedelta(days=30))
        runs = history.runs()

    target = tmp_path / "export.csv"
    assert export_csv(runs, target, tz=CET) == len(runs)

    with target.open(newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
        f.seek(0)
        rows = list(csv.DictReader(f))
    assert tuple(header) == CSV_COLUMNS
    # Only "=1+1" changes: a spreadsheet would run it (see the formula test).
    names = [("'" + n if n.startswith("=") else n) for n in AWKWARD_NAMES]
    assert [row["session_name"] for row in rows] == [*names, "still, running"]
    assert [row["session_file"] for row in rows[:-1]] == [f"/tmp/{n}.toml" for n in AWKWARD_NAMES]
    assert rows[0]["started_at"] == "2027-01-04T08:00:00+01:00"
    assert rows[0]["ended_at"] == "2027-01-04T08:12:00+01:00"
    assert rows[-1]["ended_at"] == ""
    assert rows[-1]["outcome"] == "running"
    for row, run in zip(rows, runs, strict=True):
        assert datetime.fromisoformat(row["started_at"]) == run.started_at
        assert row["outcome"] == run.outcome.value
        assert int(row["rounds_done"]) == run.rounds_done
        assert float(row["actual_active_s"]) == pytest.approx(run.actual_active_s, abs=0.05)
        assert row["where"] == run.where
    assert rows[1]["where"] == 'at The "hip" circuit'
    assert list(tmp_path.glob(".export.csv.*")) == []  # no temporary file left


def test_csv_export_to_an_open_file() -> None:
    """A text stream gets the same header and rows."""
    out = io.StringIO(newline="")
    assert export_csv([make_run(T0, name='a, "b"')], out, tz=UTC) == 1
    lines = out.getvalue().split("\r\n")
    assert lines[0] == ",".join(CSV_COLUMNS)
    assert lines[1].startswith('1,"a, ""b""",,2027-01-04T07:00:00+00:00,')


def test_csv_export_says_how_much_work_was_done_and_whether_the_run_counted() -> None:
    out = io.StringIO(newline="")
    runs = [make_run(T0, work=WORKED), make_run(T0, work=SKIPPED), make_run(T0),
            make_run(T0, Outcome.STOPPED, work=WORKED)]
    assert export_csv(runs, out, tz=UTC) == 4
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["outcome"], r["work_planned_s"], r["work_done_s"], r["work_phases"],
             r["skipped_phases"], r["counted"]) for r in rows] == [
        ("finished", "500.0", "500.0", "12", "0", "yes"),
        ("finished", "500.0", "100.0", "12", "10", "no"),
        ("finished", "", "", "", "", "yes"),  # from before the work was measured
        ("stopped", "500.0", "500.0", "12", "0", "no"),
    ]


@pytest.mark.parametrize("name", [
    "=HYPERLINK(\"http://example.com\")", "+1+2", "-2+3", "@SUM(A1)", "\tindented", "\rreturn",
])
def test_csv_export_keeps_formulas_from_running_in_a_spreadsheet(name: str) -> None:
    """A name that starts like a formula is written with a leading apostrophe."""
    out = io.StringIO(newline="")
    run = replace(make_run(T0, name=name), where=name, session_file=name)
    export_csv([run], out, tz=UTC)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    for column in ("session_name", "session_file", "where"):
        assert row[column] == "'" + name


def test_csv_export_leaves_ordinary_names_alone() -> None:
    out = io.StringIO(newline="")
    export_csv([make_run(T0, name="Hip circuit - 3 rounds")], out, tz=UTC)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["session_name"] == "Hip circuit - 3 rounds"


def test_csv_export_writes_through_a_symlink_and_keeps_modes(tmp_path: Path) -> None:
    runs = [make_run(T0)]
    real = tmp_path / "kept" / "runs.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    real.chmod(0o640)
    link = tmp_path / "runs.csv"
    link.symlink_to(real)
    assert export_csv(runs, link, tz=UTC) == 1
    assert link.is_symlink(), "the runner's link was replaced by a plain file"
    assert real.read_text().startswith("id,session_name,")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert [p.name for p in real.parent.iterdir()] == ["runs.csv"]

    fresh = tmp_path / "new.csv"
    umask = os.umask(0o022)
    try:
        export_csv(runs, fresh, tz=UTC)
    finally:
        os.umask(umask)
    # As any new file, not the private 0600 of a temporary file.
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


# --------------------------------------------------------------------------
# Ratings and doses

CLAMS = MoveDose(("moves", 0), "clam-shell", "reps", 10.0, "Clam shell", each_side=True)
BRIDGE = MoveDose(("blocks", 1, "moves", 2), "glute-bridge", "hold", 30.0, "Glute bridge")


def finished_run(history: History, start: datetime = T0) -> int:
    run = history.start_run("Hips", "/s/hips.toml", 1, 300.0, start, doses=(CLAMS, BRIDGE))
    history.end_run(run, RunEnd(Outcome.FINISHED, start + timedelta(minutes=5), 1, 300.0))
    return run


def test_a_finished_run_is_rated_and_keeps_its_doses_in_the_file(db_path: Path) -> None:
    with History.open(db_path) as history:
        run = finished_run(history)
        assert history.runs()[0].rating is None
        history.rate(run, Rating.EASY)
        [record] = history.runs()
        assert (record.rating, record.doses) == (Rating.EASY, (CLAMS, BRIDGE))
    with History.open(db_path) as again:
        [record] = again.runs()
    assert (record.rating, record.doses, record.outcome) == (
        Rating.EASY, (CLAMS, BRIDGE), Outcome.FINISHED)
    assert export_csv([record], io.StringIO()) == 1


def test_a_rating_can_be_changed_and_taken_back(db_path: Path) -> None:
    with History.open(db_path) as history:
        run = finished_run(history)
        history.rate(run, Rating.EASY)
        assert history.flush(timeout=20)
        history.rate(run, Rating.HARD)
        assert history.flush(timeout=20)
        with closing(sqlite3.connect(db_path)) as conn:
            assert conn.execute("SELECT rating FROM runs").fetchall() == [("hard",)]
        history.rate(run, None)
        assert history.runs()[0].rating is None
    with History.open(db_path) as again:
        assert again.runs()[0].rating is None


def test_only_a_finished_run_can_be_rated(db_path: Path) -> None:
    with History.open(db_path) as history:
        running = history.start_run("Hips", "", 1, 60.0, T0)
        with pytest.raises(RatingRefused, match="still under way"):
            history.rate(running, Rating.EASY)
        history.end_run(running, RunEnd(Outcome.STOPPED, T0 + timedelta(minutes=1), 0, 30.0))
        with pytest.raises(RatingRefused, match="was stopped: only a finished run can be rated"):
            history.rate(running, Rating.EASY)
        left = history.start_run("Hips", "", 1, 60.0, T0 + timedelta(hours=1))
        history.abandon(left, T0 + timedelta(hours=1, minutes=1), 0, 30.0)
        with pytest.raises(RatingRefused, match="was abandoned"):
            history.rate(left, Rating.HARD)
        with pytest.raises(RatingRefused, match="not started by this history"):
            history.rate(99, Rating.EASY)
        history.rate(NO_RUN, Rating.EASY)  # a run the history never took: quietly nothing
        assert [r.rating for r in history.runs()] == [None, None]
    history.rate(finished_run(History.in_memory()), Rating.EASY)  # sanity: a finished one can


def test_a_closed_history_ignores_a_rating(db_path: Path) -> None:
    history = History.open(db_path)
    run = finished_run(history)
    history.close()
    history.rate(run, Rating.EASY)  # logged, not raised: the finish screen goes on
    with History.open(db_path) as again:
        assert again.runs()[0].rating is None


def test_the_in_memory_history_keeps_ratings() -> None:
    history = History.in_memory()
    run = finished_run(history)
    history.rate(run, Rating.RIGHT)
    assert [(r.rating, r.doses) for r in history.runs()] == [(Rating.RIGHT, (CLAMS, BRIDGE))]


def test_rating_while_another_process_holds_the_lock_returns_at_once(db_path: Path) -> None:
    with History.open(db_path) as history:
        run = finished_run(history)
        assert history.flush(timeout=20)
        with lock_held(db_path) as release:
            started = time.monotonic()
            history.rate(run, Rating.EASY)
            assert time.monotonic() - started < 0.2
            assert history.runs()[0].rating is Rating.EASY  # known meanwhile
            assert not history.flush(timeout=0.1)
            release()
            assert history.flush(timeout=20)
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT rating FROM runs").fetchall() == [("easy",)]


# What a hiptimer that knows only schema 3 runs against the file (its own
# statements, as they were when ratings came): the columns it names.
V3_INSERT = (
    "INSERT INTO runs (session_name, session_file, started_at, ended_at, outcome,"
    " rounds_done, rounds_planned, planned_active_s, actual_active_s, phase_index,"
    " where_text, work_planned_s, work_done_s, work_phases, skipped_phases)"
    " VALUES ('Old', '', '2027-01-05T07:00:00+00:00', '2027-01-05T07:05:00+00:00',"
    " 'finished', 1, 1, 300, 300, NULL, '', NULL, NULL, NULL, NULL)"
)
V3_COLUMNS = {
    "id", "session_name", "session_file", "started_at", "ended_at", "outcome",
    "planned_active_s", "actual_active_s", "rounds_done", "rounds_planned", "phase_index",
    "where_text", "work_planned_s", "work_done_s", "work_phases", "skipped_phases",
}


def test_a_file_with_ratings_stays_one_an_older_hiptimer_opens_as_schema_3(
    db_path: Path,
) -> None:
    """An older hiptimer refuses a higher user_version (in memory, "newer hiptimer")."""
    with History.open(db_path) as history:
        history.rate(finished_run(history), Rating.EASY)
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
        columns = {row[1] for row in conn.execute("PRAGMA table_info(runs)")}
        assert V3_COLUMNS <= columns
        conn.execute(V3_INSERT)
        conn.commit()
    with History.open(db_path) as again:
        assert again.notice is None
        assert [(r.session_name, r.rating, r.doses, r.counted) for r in again.runs()] == [
            ("Hips", Rating.EASY, (CLAMS, BRIDGE), True), ("Old", None, (), True)]


def test_a_schema_3_file_gains_the_new_columns_and_keeps_its_runs(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute(
            "CREATE TABLE runs (id INTEGER PRIMARY KEY, session_name TEXT NOT NULL,"
            " session_file TEXT NOT NULL DEFAULT '', started_at TEXT NOT NULL, ended_at TEXT,"
            " outcome TEXT CHECK (outcome IN ('finished', 'stopped', 'abandoned')),"
            " planned_active_s REAL NOT NULL DEFAULT 0, actual_active_s REAL NOT NULL DEFAULT 0,"
            " rounds_done INTEGER NOT NULL DEFAULT 0, rounds_planned INTEGER NOT NULL DEFAULT 0,"
            " phase_index INTEGER, where_text TEXT NOT NULL DEFAULT '', work_planned_s REAL,"
            " work_done_s REAL, work_phases INTEGER, skipped_phases INTEGER)")
        conn.execute(V3_INSERT)
        # A row edited by hand to break a rule must not stop the columns being added.
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute(V3_INSERT.replace("'finished'", "'maybe'"))
        conn.execute("PRAGMA user_version = 3")
        conn.commit()
    with History.open(db_path) as history:
        assert history.notice is None
        [old] = history.runs()
        assert (old.session_name, old.rating, old.doses) == ("Old", None, ())
        run = finished_run(history, T0 + timedelta(days=3))
        history.rate(run, Rating.HARD)
    with History.open(db_path) as again:
        assert [r.rating for r in again.runs()] == [None, Rating.HARD]
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3


def test_a_hand_edited_rating_or_doses_leave_the_run_counting(db_path: Path) -> None:
    with History.open(db_path) as history:
        finished_run(history)
        finished_run(history, T0 + timedelta(days=1))
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE runs SET rating = 'meh', doses = '[[\"x\"]]' WHERE id = 1")
        conn.execute("UPDATE runs SET doses = 'not json' WHERE id = 2")
        conn.commit()
    with History.open(db_path) as again:
        runs = again.runs()
    assert [(r.rating, r.doses, r.counted) for r in runs] == [(None, (), True), (None, (), True)]


# --------------------------------------------------------------------------
# Time spent on hip work


def timed_run(started_at: datetime, active_s: float, outcome: Outcome = Outcome.FINISHED,
              work: WorkDone | None = None) -> RunRecord:
    return replace(make_run(started_at, outcome, work=work), actual_active_s=active_s)


def test_the_weeks_hip_work_counts_the_active_time_of_runs_that_count() -> None:
    monday = date(2027, 1, 4)
    runs = [
        timed_run(datetime(2027, 1, 4, 7, tzinfo=UTC), 290.0),
        timed_run(datetime(2027, 1, 6, 7, tzinfo=UTC), 280.0),
        timed_run(datetime(2027, 1, 8, 7, tzinfo=UTC), 270.0),
        timed_run(datetime(2027, 1, 9, 7, tzinfo=UTC), 500.0, Outcome.STOPPED),
        timed_run(datetime(2027, 1, 9, 8, tzinfo=UTC), 400.0, Outcome.ABANDONED),
        # Finished with most of it skipped: in "skipped", not in the time.
        timed_run(datetime(2027, 1, 10, 7, tzinfo=UTC), 60.0, work=WorkDone(300, 20, 5, 4)),
        timed_run(datetime(2026, 12, 30, 7, tzinfo=UTC), 600.0),  # the week before
    ]
    week = this_week_time(runs, date(2027, 1, 10), MONDAY, tz=UTC)
    assert week == WeekTime(monday, 3, 1, 840.0)
    assert week.summary() == "3 runs, 14 min"
    weeks = weekly_time(runs, date(2027, 1, 10), MONDAY, weeks=3, tz=UTC)
    assert [(w.start, w.runs, w.minutes) for w in weeks] == [
        (date(2026, 12, 21), 0, 0), (date(2026, 12, 28), 1, 10), (monday, 3, 14)]


@pytest.mark.parametrize(("runs", "active_s", "summary"), [
    (0, 0.0, "0 runs, 0 min"), (1, 20.0, "1 run, 1 min"), (1, 89.0, "1 run, 1 min"),
    (2, 90.0, "2 runs, 2 min"),
])
def test_week_summary_words(runs: int, active_s: float, summary: str) -> None:
    assert WeekTime(date(2027, 1, 4), runs, 0, active_s).summary() == summary


def test_the_weeks_hip_work_follows_the_local_day_and_first_weekday() -> None:
    # Sunday 23:30 in New York is Monday in UTC: the run belongs to the Sunday.
    late = timed_run(datetime(2027, 1, 11, 4, 30, tzinfo=UTC), 300.0)
    assert this_week_time([late], date(2027, 1, 10), MONDAY, tz=NEW_YORK_WINTER).runs == 1
    assert this_week_time([late], date(2027, 1, 11), MONDAY, tz=NEW_YORK_WINTER).runs == 0
    # Seen on Saturday the 16th: in this week only if weeks start on Sunday.
    assert this_week_time([late], date(2027, 1, 16), SUNDAY, tz=NEW_YORK_WINTER).runs == 1
    assert this_week_time([late], date(2027, 1, 16), MONDAY, tz=NEW_YORK_WINTER).runs == 0
