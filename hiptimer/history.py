"""Record every warm-up that starts, and count them against the weekly goal.

``History`` keeps one SQLite row per session run in the user's data folder:
what was run, when it started and ended, finished, stopped or abandoned (and
where), rounds and active time, planned and actual, and how much of the work
was done (``goal.WorkDone``), which decides whether it counts toward the
weekly goal (``RunRecord.counted``). Writes are committed
transactions in write-ahead-log mode, so a crash or ``kill -9`` in the middle
of a session leaves a readable database whose open row reads as abandoned.
They are made by a writer thread with its own connection, so the caller (the
GUI thread) never waits for the disk or a lock; a run the file will not take
(locked, disk full) is kept in memory, counted in ``runs()``, announced by
``notice`` and written when the file takes it again. A file that is not a
usable database is moved aside (never deleted) and a fresh one started,
with a one-time ``notice`` for the window to show; opening never raises.
Times are stored as ISO-8601 UTC text (``2026-12-28T07:30:00+00:00``,
whole seconds, so text order is time order) and handed out as aware
``datetime`` objects in UTC. The weekly-goal helpers (``week_start``,
``weekly_counts``, ``streak``, ``this_week``), the time spent on hip work
(``weekly_time``, ``this_week_time``) and ``export_csv`` are pure functions
over ``RunRecord`` lists. A finished run may be rated afterwards
(``History.rate``: easy, right, hard) and carries the doses it was done at,
which is what ``progression.suggest`` reads. No Qt here: the window passes the path
(``QStandardPaths.AppDataLocation``) and the locale's first day of the week.
"""

from __future__ import annotations

import csv
import json
import logging
import math
import os
import secrets
import sqlite3
import stat
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone, tzinfo
from enum import Enum
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from hiptimer.goal import WorkDone, counts_toward_goal
from hiptimer.i18n import translate
from hiptimer.prefs import DEFAULT_WEEKLY_GOAL
from hiptimer.progression import MoveDose, Rating

logger = logging.getLogger(__name__)

#: The schema this code writes. ``PRAGMA user_version`` holds a file's version.
SCHEMA_VERSION = 3

#: What ``start_run`` returns once the history is closed (the other write
#: methods quietly ignore it, so the session itself goes on), and the ``id``
#: of a run not written to the file yet.
NO_RUN = -1

#: Columns of ``export_csv``, in order.
CSV_COLUMNS = (
    "id",
    "session_name",
    "session_file",
    "started_at",
    "ended_at",
    "outcome",
    "rounds_done",
    "rounds_planned",
    "planned_active_s",
    "actual_active_s",
    "phase_index",
    "where",
    "work_planned_s",
    "work_done_s",
    "work_phases",
    "skipped_phases",
    "counted",
    "rating",
)

# SQLite primary result codes that mean "this file is not a usable database",
# and "someone else holds the lock".
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6

# How long to wait for a lock: when opening (another hiptimer may be
# migrating the file), in the writer thread, and on the caller's thread when
# reading (the GUI's: about a frame).
_BUSY_TIMEOUT_S = 2.0
_WRITE_BUSY_TIMEOUT_S = 1.0
_READ_BUSY_TIMEOUT_MS = 50

# After a failed write the writer tries again after 1 s, then waits twice as
# long each time up to 30 s (a new write, ``flush`` and ``close`` retry at
# once).
_RETRY_FIRST_S = 1.0
_RETRY_MAX_S = 30.0
_FLUSH_POLL_S = 0.1
_JOURNAL_RETRY_S = 0.01

#: How long ``History.close`` waits by default for rows still to be written.
CLOSE_TIMEOUT_S = 2.0

# What ``_connect`` asks for; tests set "DELETE" to play a file system
# without shared memory, where SQLite cannot use a write-ahead log.
_JOURNAL_MODE = "WAL"

# How ``PRAGMA quick_check`` reports rows that break a column rule.
_ROW_RULE_MESSAGES = ("CHECK constraint failed", "NULL value in")

# Every SQLite file starts with these bytes (an empty file is a valid, empty
# database too).
_SQLITE_HEADER = b"SQLite format 3\x00"


class Outcome(Enum):
    """How a run ended, as read back from the history."""

    FINISHED = "finished"
    #: The runner stopped the run (Stop, Esc) and went back to the start.
    STOPPED = "stopped"
    #: Left without a stop: restarted, another session picked, the window
    #: closed, the process killed.
    ABANDONED = "abandoned"
    #: Started by this ``History`` and not ended yet. A row left open by any
    #: other process (one that crashed or was killed) reads as ``ABANDONED``.
    RUNNING = "running"


@dataclass(frozen=True, slots=True)
class RunRecord:
    """One session run as stored in the history.

    ``started_at``/``ended_at`` are aware UTC datetimes; ``ended_at`` is None
    while running and for runs whose process died. ``phase_index``/``where``
    tell where a stopped or abandoned run stopped (the last progress
    written), e.g. 4 and "Glute bridge, round 2"; they are None/"" for
    finished runs. ``rounds_planned`` is 0 when unknown (rows from schema
    version 1). ``work`` is how much of the work was done, None when unknown
    (rows from before schema version 3, and runs still under way).
    ``rating`` is how a finished run felt (``History.rate``), None when the
    runner did not say; ``doses`` the dose of each move it was done at
    (``progression.doses_of``), empty when unknown. Both are None/empty
    for rows written before hiptimer stored them.
    """

    id: int
    session_name: str
    session_file: str
    started_at: datetime
    ended_at: datetime | None
    outcome: Outcome
    rounds_done: int
    rounds_planned: int
    planned_active_s: float
    actual_active_s: float
    phase_index: int | None
    where: str
    work: WorkDone | None = None
    rating: Rating | None = None
    doses: tuple[MoveDose, ...] = ()

    @property
    def finished(self) -> bool:
        """Whether the runner got to the end of the session."""
        return self.outcome is Outcome.FINISHED

    @property
    def counted(self) -> bool:
        """Whether the run counts toward the weekly goal (``goal.counts_toward_goal``).

        Only finished runs count; one without ``work`` (recorded before
        hiptimer measured it) counts as it always did, by being finished.
        """
        return self.finished and (self.work is None or counts_toward_goal(self.work))

    @property
    def skipped(self) -> bool:
        """Whether the run was finished but too much of it skipped to count."""
        return self.finished and not self.counted


@dataclass(frozen=True, slots=True)
class WeekCount:
    """Runs in the week that starts on ``start`` (local dates).

    ``count`` is the runs that count toward the goal, ``skipped`` those
    finished with too much skipped to count.
    """

    start: date
    count: int
    skipped: int = 0


@dataclass(frozen=True, slots=True)
class RunEnd:
    """How a run ended: what ``History.end_run`` records.

    ``outcome`` is ``FINISHED``, ``STOPPED`` or ``ABANDONED``; ``at`` an aware
    time; ``active_s`` the seconds spent running (pauses excluded).
    ``phase_index`` and ``where`` say where a stopped or abandoned run
    stopped (``views.where(phase)``), and are not stored for a finished one.
    ``work`` is ``WorkTally.result()``; None records it as unknown (the run
    then counts if finished, as before hiptimer measured the work).
    """

    outcome: Outcome
    at: datetime
    rounds_done: int
    active_s: float
    work: WorkDone | None = None
    phase_index: int | None = None
    where: str = ""


class RatingRefused(ValueError):
    """``History.rate`` was asked to rate a run that cannot be rated.

    Only a finished run of this History can be: not one still under way,
    stopped, abandoned, or unknown to it. The message says which.
    """


class _UnusableFile(Exception):
    """The file opened as SQLite but is not a history we can use."""


class _NewerSchema(Exception):
    """The file was written by a newer hiptimer; leave it alone."""


# --------------------------------------------------------------------------
# Schema and migrations


def _migrate_0_to_1(conn: sqlite3.Connection) -> None:
    """Create the first schema: one row per run, outcome NULL while running."""
    conn.execute(
        """
        CREATE TABLE runs (
            id               INTEGER PRIMARY KEY,
            session_name     TEXT    NOT NULL,
            session_file     TEXT    NOT NULL DEFAULT '',
            started_at       TEXT    NOT NULL,
            ended_at         TEXT,
            outcome          TEXT    CHECK (outcome IN ('finished', 'abandoned')),
            planned_active_s REAL    NOT NULL DEFAULT 0,
            actual_active_s  REAL    NOT NULL DEFAULT 0
        )
        """
    )
    conn.execute("CREATE INDEX runs_started_at ON runs (started_at)")


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    """Add rounds and the place where a run stopped; old rows get 0 / unknown."""
    conn.execute(
        "ALTER TABLE runs ADD COLUMN rounds_done INTEGER NOT NULL DEFAULT 0"
        " CHECK (rounds_done >= 0)"
    )
    conn.execute(
        "ALTER TABLE runs ADD COLUMN rounds_planned INTEGER NOT NULL DEFAULT 0"
        " CHECK (rounds_planned >= 0)"
    )
    conn.execute("ALTER TABLE runs ADD COLUMN phase_index INTEGER")
    conn.execute("ALTER TABLE runs ADD COLUMN where_text TEXT NOT NULL DEFAULT ''")


_RUNS_V3 = """
    CREATE TABLE {name} (
        id               INTEGER PRIMARY KEY,
        session_name     TEXT    NOT NULL,
        session_file     TEXT    NOT NULL DEFAULT '',
        started_at       TEXT    NOT NULL,
        ended_at         TEXT,
        outcome          TEXT    CHECK (outcome IN ('finished', 'stopped', 'abandoned')),
        planned_active_s REAL    NOT NULL DEFAULT 0,
        actual_active_s  REAL    NOT NULL DEFAULT 0,
        rounds_done      INTEGER NOT NULL DEFAULT 0 CHECK (rounds_done >= 0),
        rounds_planned   INTEGER NOT NULL DEFAULT 0 CHECK (rounds_planned >= 0),
        phase_index      INTEGER,
        where_text       TEXT    NOT NULL DEFAULT '',
        work_planned_s   REAL    CHECK (work_planned_s >= 0),
        work_done_s      REAL    CHECK (work_done_s >= 0),
        work_phases      INTEGER CHECK (work_phases >= 0),
        skipped_phases   INTEGER CHECK (skipped_phases >= 0)
    )
"""

_COLUMNS_V2_ORDER = (
    "id, session_name, session_file, started_at, ended_at, outcome, planned_active_s,"
    " actual_active_s, rounds_done, rounds_planned, phase_index, where_text"
)


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    """Allow the outcome 'stopped' and add the work done; old rows get NULL (unknown).

    SQLite cannot change a column's CHECK rule in place, so the table is
    built anew and the rows copied over, in the migration's transaction.
    Unknown work means "counts if finished", as every run counted before.
    """
    conn.execute(_RUNS_V3.format(name="runs_v3"))
    # A row edited by hand to break a rule moves over as it is (runs() skips
    # it) instead of failing the whole migration.
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        conn.execute(
            f"INSERT INTO runs_v3 ({_COLUMNS_V2_ORDER}) SELECT {_COLUMNS_V2_ORDER} FROM runs"
        )
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")
    conn.execute("DROP TABLE runs")
    conn.execute("ALTER TABLE runs_v3 RENAME TO runs")
    conn.execute("CREATE INDEX runs_started_at ON runs (started_at)")


#: ``_MIGRATIONS[n]`` takes a file from version n to n + 1. A new file runs them
#: all, so every step is exercised on every fresh history.
_MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _migrate_0_to_1,
    _migrate_1_to_2,
    _migrate_2_to_3,
)
assert len(_MIGRATIONS) == SCHEMA_VERSION

_COLUMNS_V3 = frozenset(
    {
        "id",
        "session_name",
        "session_file",
        "started_at",
        "ended_at",
        "outcome",
        "planned_active_s",
        "actual_active_s",
        "rounds_done",
        "rounds_planned",
        "phase_index",
        "where_text",
        "work_planned_s",
        "work_done_s",
        "work_phases",
        "skipped_phases",
    }
)

#: Columns added to schema 3 without a new version number: how a finished
#: run felt, and the doses it was done at (JSON, see ``_doses_text``). A
#: hiptimer that knows only schema 3 refuses any file whose ``user_version``
#: is higher (it keeps that session's runs in memory and says the file is
#: from a newer hiptimer), so raising it for two columns would cost every
#: older copy its history. These columns need no such refusal: the older
#: code names the columns it inserts, updates and selects, and checks only
#: that its own are there, so it reads and writes such a file as any other
#: of schema 3 (its new runs are unrated, with unknown doses). A column is
#: added when missing, under the write lock, each time a file is opened; a
#: schema 4, when one is needed, starts from a table that has them.
_ADDED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("rating", "TEXT CHECK (rating IN ('easy', 'right', 'hard'))"),
    ("doses", "TEXT"),
)


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    # The connection runs in autocommit mode (isolation_level=None) so that the
    # transactions are exactly the ones written here, DDL included.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite rolls some failures (disk full) back itself
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


def _user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def _migrate(conn: sqlite3.Connection) -> None:
    version = _user_version(conn)
    if version > SCHEMA_VERSION:
        raise _NewerSchema(version)
    while version < SCHEMA_VERSION:
        with _transaction(conn):
            # Read again under the write lock: another hiptimer may have just
            # migrated the same file.
            version = _user_version(conn)
            if version >= SCHEMA_VERSION:
                break
            _MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        logger.info("history schema migrated from version %d to %d", version, version + 1)
        version += 1


def _columns(conn: sqlite3.Connection) -> set[str]:
    return {str(row[1]) for row in conn.execute("PRAGMA table_info(runs)")}


def _add_columns(conn: sqlite3.Connection) -> None:
    """Add the columns of ``_ADDED_COLUMNS`` a file of schema 3 does not have yet."""
    if all(name in _columns(conn) for name, _ in _ADDED_COLUMNS):
        return
    with _transaction(conn):
        # Looked at again under the write lock: another hiptimer may have
        # just added them.
        present = _columns(conn)
        # Adding a column with a CHECK rule checks every rule on every row:
        # a row edited by hand to break one (runs() skips it) must not stop
        # the whole file from opening.
        conn.execute("PRAGMA ignore_check_constraints = ON")
        try:
            for name, definition in _ADDED_COLUMNS:
                if name not in present:
                    conn.execute(f"ALTER TABLE runs ADD COLUMN {name} {definition}")
                    logger.info("history: added the column %s", name)
        finally:
            conn.execute("PRAGMA ignore_check_constraints = OFF")


def _check_schema(conn: sqlite3.Connection) -> None:
    columns = _columns(conn)
    missing = (_COLUMNS_V3 | {name for name, _ in _ADDED_COLUMNS}) - columns
    if missing:
        raise _UnusableFile(f"table 'runs' lacks {', '.join(sorted(missing))}")


def _set_journal_mode(conn: sqlite3.Connection) -> str:
    """Ask for ``_JOURNAL_MODE``; return the mode the file is in.

    While another connection is writing a file in rollback mode (another
    hiptimer creating the same new history), SQLite refuses the switch to
    WAL at once instead of calling the busy handler: wait here as the busy
    timeout would.
    """
    deadline = time.monotonic() + _BUSY_TIMEOUT_S
    while True:
        try:
            return str(conn.execute(f"PRAGMA journal_mode = {_JOURNAL_MODE}").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(_JOURNAL_RETRY_S)


def _connect(database: str) -> sqlite3.Connection:
    """Open, configure, check and migrate; close again on any failure."""
    conn = sqlite3.connect(database, timeout=_BUSY_TIMEOUT_S, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        # WAL + synchronous=NORMAL: each commit is an append to the log with no
        # fsync. A killed process loses nothing committed; only a power cut can
        # lose the last commits, and never tears the file.
        mode = _set_journal_mode(conn)
        if mode.lower() not in ("wal", "memory"):
            logger.info("history: journal mode is %s, not WAL (file system?)", mode)
        conn.execute("PRAGMA synchronous = NORMAL")
        damage = [
            message
            for (message,) in conn.execute("PRAGMA quick_check")
            # A row that breaks a CHECK or NOT NULL rule (edited by hand) is
            # no reason to put the whole history aside; runs() skips it.
            if message != "ok" and not str(message).startswith(_ROW_RULE_MESSAGES)
        ]
        if damage:
            raise _UnusableFile(f"integrity check failed: {damage[0]}")
        _migrate(conn)
        _add_columns(conn)
        _check_schema(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _has_foreign_header(path: Path) -> bool:
    """Tell whether ``path`` exists and is plainly not an SQLite file.

    Checked before SQLite opens it: SQLite would otherwise delete a ``-wal``
    file lying next to the garbage when the failed connection closes.
    """
    try:
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return head != b"" and head != _SQLITE_HEADER


def _is_busy(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)  # Python >= 3.11
    if isinstance(code, int):
        return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    return "locked" in str(exc).lower()


def _is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)  # Python >= 3.11
    if isinstance(code, int):
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def _aside_name(path: Path, stamp: str) -> Path:
    candidate = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    return candidate


def _move_aside(path: Path) -> Path:
    """Rename the database and its -wal/-shm files to ``NAME.corrupt-STAMP``."""
    aside = _aside_name(path, datetime.now().strftime("%Y%m%d-%H%M%S"))
    path.replace(aside)
    for suffix in ("-wal", "-shm", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    return aside


# --------------------------------------------------------------------------
# Time conversion


def _to_text(moment: datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"history times must be timezone-aware, got {moment!r}")
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def _from_text(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _local_date(moment: datetime, tz: tzinfo | None) -> date:
    """Return the calendar date of ``moment`` in ``tz`` (None: this machine's zone)."""
    return moment.astimezone(tz).date()


# --------------------------------------------------------------------------
# The history


@dataclass(frozen=True, slots=True)
class _Row:
    """One run of this process as it should be in the file (times as stored text)."""

    session_name: str
    session_file: str
    started_at: str
    rounds_planned: int
    planned_active_s: float
    ended_at: str | None = None
    outcome: str | None = None
    rounds_done: int = 0
    actual_active_s: float = 0.0
    phase_index: int | None = None
    where: str = ""
    work: WorkDone | None = None
    rating: str | None = None
    doses: tuple[MoveDose, ...] = ()


_SELECT_RUNS = (
    "SELECT id, session_name, session_file, started_at, ended_at, outcome,"
    " rounds_done, rounds_planned, planned_active_s, actual_active_s,"
    " phase_index, where_text, work_planned_s, work_done_s, work_phases,"
    " skipped_phases, rating, doses FROM runs"
)


def _doses_text(doses: tuple[MoveDose, ...]) -> str | None:
    """Return doses as stored: a JSON list of [keys, move, kind, amount, name, each side]."""
    if not doses:
        return None
    return json.dumps(
        [[list(d.keys), d.move, d.kind, d.amount, d.name, d.each_side] for d in doses],
        ensure_ascii=False, separators=(",", ":"),
    )


@lru_cache(maxsize=256)
def _doses_from(text: str | None) -> tuple[MoveDose, ...]:
    """Read stored doses back; unknown (empty) if they are not what ``_doses_text`` writes.

    Cached by text: the runs of one session at the same doses share one
    tuple, and reading ten years of runs parses each distinct text once.
    """
    if text is None:
        return ()
    try:
        items = json.loads(text)
        doses = []
        for keys, move, kind, amount, name, each_side in items:
            if not (isinstance(keys, list) and all(isinstance(k, str | int) for k in keys)
                    and isinstance(move, str) and isinstance(kind, str)
                    and isinstance(amount, int | float) and isinstance(name, str)):
                raise ValueError("not a dose")
            doses.append(MoveDose(tuple(keys), move, kind, float(amount), name,
                                  bool(each_side)))
    except (ValueError, TypeError) as exc:
        # A hand-edited row keeps counting for the week; only its doses are lost.
        logger.debug("history: unreadable doses %r: %s", text[:80], exc)
        return ()
    return tuple(doses)


# Looked up rather than ``Rating(text)``: an Enum call per row was a tenth
# of reading ten years of runs.
_RATINGS = {rating.value: rating for rating in Rating}


def _rating_from(text: Any) -> Rating | None:
    """Return a stored rating; None for none, or for text no hiptimer writes."""
    return _RATINGS.get(text) if isinstance(text, str) else None


def _work_columns(work: WorkDone | None) -> tuple[float | None, float | None, int | None,
                                                  int | None]:
    if work is None:
        return None, None, None, None
    return work.planned_s, work.done_s, work.phases, work.skipped


def _work_from(planned: Any, done: Any, phases: Any, skipped: Any) -> WorkDone | None:
    if planned is None or done is None or phases is None or skipped is None:
        return None
    return WorkDone(float(planned), float(done), int(phases), int(skipped))


def _writer_connection(database: str) -> sqlite3.Connection:
    """Open the writer thread's own connection to a file ``_connect`` has checked."""
    conn = sqlite3.connect(database, timeout=_WRITE_BUSY_TIMEOUT_S, isolation_level=None)
    try:
        # Per connection, like the busy timeout (see ``_connect`` for why).
        conn.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        conn.close()
        raise
    return conn


class History:
    """The run history in one SQLite file.

    Use ``History.open(path)``; it never raises. ``notice`` is a sentence for
    the user when the file had to be moved aside or could not be used (then
    the history lives in memory for this run and ``persistent`` is False),
    and while runs cannot be written to it (see below). Passing naive
    datetimes or negative counts is a programming error and raises
    ``ValueError``.

    The write methods never wait for the disk: they update what this
    History knows of its own runs and hand the row to a writer thread with
    its own connection, which writes it in the background (runs that are
    waiting are merged into ``runs()``, so the caller never sees the
    difference). When the file will not take a write (locked by another
    process, disk full, read-only), the rows wait in memory, ``notice``
    says so, ``persistent`` is False, and the writer tries again on the next
    write, every so often, and on ``flush``/``close``; once it works the
    notice goes away. ``close`` waits a bounded time for what is left.

    Reads wait at most a few milliseconds for a lock; a file that stays
    locked gives the rows read last time.
    """

    def __init__(
        self,
        conn: sqlite3.Connection | None,
        path: Path | None,
        notice: str | None = None,
    ) -> None:
        """Wrap an open, migrated connection (None: in memory); prefer ``History.open``."""
        self._reader = conn
        if conn is not None:
            # Reads run on the caller's (the GUI's) thread: wait for a lock
            # only as long as a frame.
            conn.execute(f"PRAGMA busy_timeout = {_READ_BUSY_TIMEOUT_MS}")
        self.path = path
        self._open_notice = notice
        self._closed = False
        # What this History knows of its own runs, by handle; the file
        # catches up with it (GUI thread only).
        self._rows: dict[int, _Row] = {}
        self._next_handle = 1
        self._last_read: list[tuple[Any, ...]] = []
        # Shared with the writer thread, under ``_cond``.
        self._cond = threading.Condition()
        self._pending: dict[int, _Row] = {}
        self._row_ids: dict[int, int] = {}
        # Row ids inserted but not yet known committed: ``runs()`` counts them
        # as this History's too, so a row it reads just after the commit is
        # never shown twice.
        self._in_flight: dict[int, int] = {}
        self._failure: str | None = None
        # Called from the writer thread when ``notice`` comes or goes (the
        # window shows it at once); it must not block, and what it raises is
        # logged, never the writer's end.
        self.on_notice_change: Callable[[], None] | None = None
        self._retry_now = False
        self._stopping = False
        # The writer thread under way, if any; and every one not yet seen
        # to end, for ``close`` to wait for.
        self._writer: threading.Thread | None = None
        self._writers: list[threading.Thread] = []

    # -- opening ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str) -> History:
        """Open (or create) the history at ``path``; recover instead of failing."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_dir():
                return cls._in_memory_instead(path, translate("history", "it is a folder"))
            if _has_foreign_header(path):
                return cls._recover(path, translate("history", "file is not a database"))
            return cls(_connect(str(path)), path)
        except _NewerSchema as exc:
            return cls._in_memory_instead(
                path, translate("history", "it was written by a newer hiptimer (schema version "
                                "{version})").format(version=exc.args[0]))
        except _UnusableFile as exc:
            return cls._recover(path, str(exc))
        except sqlite3.Error as exc:
            if _is_corruption(exc):
                return cls._recover(path, str(exc))
            return cls._in_memory_instead(path, str(exc))
        except OSError as exc:
            return cls._in_memory_instead(path, exc.strerror or str(exc))
        except ValueError as exc:  # e.g. a NUL byte in the path
            return cls._in_memory_instead(path, str(exc))

    @classmethod
    def in_memory(cls, notice: str | None = None) -> History:
        """Return a history that lives only as long as this object (no file, no thread)."""
        return cls(None, None, notice)

    @classmethod
    def _recover(cls, path: Path, reason: str) -> History:
        try:
            aside = _move_aside(path)
        except OSError as exc:
            return cls._in_memory_instead(path, translate(
                "history", "{reason}, and it could not be moved aside: {error}").format(
                reason=reason, error=exc.strerror or exc))
        logger.warning("history %s unusable (%s); moved to %s", path, reason, aside)
        notice = translate(
            "history", "The history file {file} could not be read ({reason}). It was moved to "
            "{aside} and a new history was started.").format(file=path, reason=reason,
                                                             aside=aside.name)
        try:
            return cls(_connect(str(path)), path, notice)
        except (sqlite3.Error, OSError, _UnusableFile, _NewerSchema) as exc:
            return cls._in_memory_instead(path, translate(
                "history", "{reason}; a new file failed too: {error}").format(reason=reason,
                                                                             error=exc))

    @classmethod
    def _in_memory_instead(cls, path: Path, reason: str) -> History:
        logger.warning("history %s cannot be used (%s); keeping it in memory", path, reason)
        notice = translate(
            "history", "The history file {file} cannot be used ({reason}). Sessions this time "
            "will not be remembered.").format(file=path, reason=reason)
        return cls.in_memory(notice)

    @property
    def persistent(self) -> bool:
        """Whether runs are being saved to a file (False after a fallback, or while writes fail)."""
        return self.path is not None and self._failure is None

    @property
    def notice(self) -> str | None:
        """A sentence for the user about a problem with the history, or None."""
        failure = self._failure
        if failure is not None:
            return translate(
                "history", "Runs cannot be written to the history file {file} right now "
                "({reason}). They are kept while hiptimer is open and written as soon as the "
                "file takes them.").format(file=self.path, reason=failure)
        return self._open_notice

    @property
    def pending(self) -> int:
        """How many runs have changes not yet in the file."""
        with self._cond:
            return len(self._pending)

    @property
    def closed(self) -> bool:
        """Whether ``close`` was called."""
        return self._closed

    # -- writing ------------------------------------------------------------

    def start_run(
        self,
        session_name: str,
        session_file: str | os.PathLike[str] | None,
        rounds_planned: int,
        planned_active_s: float,
        now: datetime,
        *,
        doses: Iterable[MoveDose] = (),
    ) -> int:
        """Record that a session started; return its handle (``NO_RUN`` once closed).

        The handle names the run in the other write methods of this History;
        it is not the run's ``id`` in the file (known only once written).
        ``doses`` are the doses of the session as run
        (``progression.doses_of``): a rating counts for those.
        """
        _check_counts(rounds_planned, planned_active_s)
        row = _Row(
            session_name=session_name,
            session_file=os.fspath(session_file) if session_file is not None else "",
            started_at=_to_text(now),
            rounds_planned=rounds_planned,
            planned_active_s=float(planned_active_s),
            doses=tuple(doses),
        )
        if self._closed:
            logger.warning("history is closed; run not recorded")
            return NO_RUN
        handle = self._next_handle
        self._next_handle += 1
        self._rows[handle] = row
        self._write(handle, row)
        return handle

    def progress(
        self,
        run_id: int,
        rounds_done: int,
        actual_active_s: float,
        *,
        phase_index: int | None = None,
        where: str = "",
    ) -> None:
        """Store how far a running session got, so a kill leaves the latest state."""
        _check_counts(rounds_done, actual_active_s)
        self._change(
            run_id, "progress", rounds_done=rounds_done,
            actual_active_s=float(actual_active_s), phase_index=phase_index, where=where,
        )

    def end_run(self, run_id: int, end: RunEnd) -> None:
        """Record how the run ``run_id`` (a handle from ``start_run``) ended.

        The one call for every ending: finished, stopped by the runner, or
        abandoned; see ``RunEnd``. A run already ended is left as it is.
        """
        if end.outcome is Outcome.RUNNING:
            raise ValueError("a run cannot end as running")
        _check_counts(end.rounds_done, end.active_s)
        finished = end.outcome is Outcome.FINISHED
        self._change(
            run_id, f"end ({end.outcome.value})", ended_at=_to_text(end.at),
            outcome=end.outcome.value,
            rounds_done=end.rounds_done, actual_active_s=float(end.active_s),
            phase_index=None if finished else end.phase_index,
            where="" if finished else end.where, work=end.work,
        )

    def finish(
        self,
        run_id: int,
        now: datetime,
        rounds_done: int,
        actual_active_s: float,
    ) -> None:
        """Record that the session ran to its end (``end_run`` without the work done)."""
        self.end_run(run_id, RunEnd(Outcome.FINISHED, now, rounds_done, actual_active_s))

    def abandon(
        self,
        run_id: int,
        now: datetime,
        rounds_done: int,
        actual_active_s: float,
        *,
        phase_index: int | None = None,
        where: str = "",
    ) -> None:
        """Record that the run was left early, and where (e.g. "Glute bridge, round 2").

        ``end_run`` with ``Outcome.ABANDONED`` and no work done.
        """
        self.end_run(run_id, RunEnd(Outcome.ABANDONED, now, rounds_done, actual_active_s,
                                    phase_index=phase_index, where=where))

    def rate(self, run_id: int, rating: Rating | None) -> None:
        """Record how the finished run ``run_id`` (a handle from ``start_run``) felt.

        Queued for the writer like every write; it never waits for the
        disk. Rating again replaces the answer, and None takes it back.
        ``NO_RUN`` is ignored, as by the other write methods, and so is
        everything once the history is closed. Raises ``RatingRefused`` for
        a run still under way, stopped or abandoned (only a finished run can
        be rated), or one this History did not start.
        """
        if run_id == NO_RUN:
            return
        if self._closed:
            logger.warning("history is closed; rating not recorded")
            return
        row = self._rows.get(run_id)
        if row is None:
            raise RatingRefused(f"run {run_id} was not started by this history")
        if row.outcome is None:
            raise RatingRefused(f"run {run_id} is still under way: rate it once it has finished")
        if row.outcome != Outcome.FINISHED.value:
            raise RatingRefused(
                f"run {run_id} was {row.outcome}: only a finished run can be rated")
        row = replace(row, rating=None if rating is None else rating.value)
        self._rows[run_id] = row
        self._write(run_id, row)

    def _change(self, run_id: int, what: str, **changes: Any) -> None:
        if run_id == NO_RUN:
            return
        if self._closed:
            logger.warning("history is closed; %s not recorded", what)
            return
        row = self._rows.get(run_id)
        if row is None or row.ended_at is not None:
            # An ended (or unknown) run cannot be changed: refuse, don't crash.
            logger.warning("history: %s refused, run %d is not running", what, run_id)
            return
        row = replace(row, **changes)
        self._rows[run_id] = row
        self._write(run_id, row)

    def _write(self, handle: int, row: _Row) -> None:
        """Hand the row to the writer thread (started on the first write)."""
        if self._reader is None:
            return  # in memory: ``_rows`` is all there is
        with self._cond:
            self._pending[handle] = row
            self._retry_now = True  # a new write is also the moment to retry old ones
            if self._writer is None:
                # The thread ends once everything is written, so a History
                # nobody closes holds no thread (and is collected, with a
                # ResourceWarning for its connection, like any other).
                self._writer = threading.Thread(
                    target=self._write_loop, name="hiptimer-history", daemon=True
                )
                self._writer.start()
                self._writers = [t for t in self._writers if t.is_alive()]
                self._writers.append(self._writer)
            self._cond.notify_all()

    def flush(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds until every run is in the file; say if it is.

        Asks the writer to try again at once (and every 0.1 s), even if it
        was waiting before a retry.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._retry_now = True
                self._cond.notify_all()
                self._cond.wait(min(left, _FLUSH_POLL_S))
            return True

    # -- the writer thread --------------------------------------------------

    def _next_batch(self, retry_in: float) -> dict[int, _Row] | None:
        """Return the rows to write now; None when there is none (the thread ends).

        After a failure, wait ``retry_in`` before trying again, unless asked
        to retry sooner.
        """
        with self._cond:
            while True:
                if self._stopping or not self._pending:
                    self._writer = None  # decided under the lock: ``_write`` starts another
                    return None
                if self._failure is None or self._retry_now:
                    self._retry_now = False
                    return dict(self._pending)
                if not self._cond.wait(retry_in):
                    self._retry_now = True

    def _write_loop(self) -> None:
        assert self.path is not None
        conn: sqlite3.Connection | None = None
        retry_in = _RETRY_FIRST_S
        try:
            while (batch := self._next_batch(retry_in)) is not None:
                done: dict[int, _Row] = {}
                error: Exception | None = None
                try:
                    if conn is None:
                        conn = _writer_connection(str(self.path))
                    for handle, row in batch.items():
                        try:
                            self._write_row(conn, handle, row)
                        except Exception as exc:  # whatever went wrong, the row stays pending
                            error = exc
                            if _is_busy(exc):
                                break  # each other row would wait as long again
                            continue  # full: a smaller row may still fit
                        done[handle] = row
                except Exception as exc:  # could not even connect
                    error = exc
                self._written(done, all_of_them=error is None)
                if error is None:
                    retry_in = _RETRY_FIRST_S
                    continue
                if conn is not None and not _is_busy(error):
                    # Full, read-only, I/O error: start from a fresh
                    # connection next time, as after a restart.
                    conn.close()
                    conn = None
                self._failed(error)
                retry_in = min(retry_in * 2, _RETRY_MAX_S)
        finally:
            if conn is not None:
                conn.close()

    def _write_row(self, conn: sqlite3.Connection, handle: int, row: _Row) -> None:
        """Write one run in its own transaction."""
        # Only this thread changes ``_row_ids``, so it may read it unlocked.
        row_id = self._row_ids.get(handle)
        conn.execute("BEGIN IMMEDIATE")
        try:
            if row_id is None:
                cur = conn.execute(
                    "INSERT INTO runs (session_name, session_file, started_at, ended_at,"
                    " outcome, rounds_done, rounds_planned, planned_active_s,"
                    " actual_active_s, phase_index, where_text, work_planned_s,"
                    " work_done_s, work_phases, skipped_phases, rating, doses)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (row.session_name, row.session_file, row.started_at, row.ended_at,
                     row.outcome, row.rounds_done, row.rounds_planned,
                     row.planned_active_s, row.actual_active_s, row.phase_index, row.where,
                     *_work_columns(row.work), row.rating, _doses_text(row.doses)),
                )
                assert cur.lastrowid is not None
                with self._cond:
                    self._in_flight[handle] = int(cur.lastrowid)
            else:
                # Open, or ended as this row says (a rating after the end
                # was written); a row ended by anyone else is left alone.
                cur = conn.execute(
                    "UPDATE runs SET ended_at = ?, outcome = ?, rounds_done = ?,"
                    " actual_active_s = ?, phase_index = ?, where_text = ?,"
                    " work_planned_s = ?, work_done_s = ?, work_phases = ?,"
                    " skipped_phases = ?, rating = ? WHERE id = ?"
                    " AND (ended_at IS NULL OR (ended_at = ? AND outcome = ?))",
                    (row.ended_at, row.outcome, row.rounds_done, row.actual_active_s,
                     row.phase_index, row.where, *_work_columns(row.work), row.rating,
                     row_id, row.ended_at, row.outcome),
                )
                if cur.rowcount != 1:
                    logger.warning("history: run %d was ended or removed elsewhere", row_id)
            conn.execute("COMMIT")
        except BaseException:
            # Forgotten while the row is still invisible to others, before the
            # rollback lets another process take the same id.
            with self._cond:
                self._in_flight.pop(handle, None)
            if conn.in_transaction:  # SQLite rolls some failures (disk full) back itself
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise
        if row_id is None:
            with self._cond:
                self._row_ids[handle] = self._in_flight.pop(handle)

    def _failed(self, exc: Exception) -> None:
        reason = str(exc) or type(exc).__name__
        with self._cond:
            first = self._failure is None
            if first:
                # The first reason stays until a write works: one notice, not one per retry.
                self._failure = reason
            waiting = len(self._pending)
            self._cond.notify_all()
        if first:
            logger.warning(
                "history %s: write failed (%s); %d run(s) kept until it works",
                self.path, reason, waiting,
            )
            self._notice_changed()
        else:
            logger.debug("history: write failed again: %s", reason)

    def _written(self, done: dict[int, _Row], all_of_them: bool) -> None:
        with self._cond:
            for handle, row in done.items():
                if self._pending.get(handle) is row:  # not changed again meanwhile
                    del self._pending[handle]
            recovered = all_of_them and self._failure is not None
            if all_of_them:
                self._failure = None
            self._cond.notify_all()
        if recovered:
            logger.info("history %s: writes work again", self.path)
            self._notice_changed()

    def _notice_changed(self) -> None:
        listener = self.on_notice_change
        if listener is not None:
            try:
                listener()
            except Exception:  # a listener gone or broken must not stop the writing
                logger.exception("on_notice_change failed")

    # -- reading ------------------------------------------------------------

    def runs(self) -> list[RunRecord]:
        """Return every recorded run, oldest first, with this History's own runs as they stand.

        A run not in the file yet has ``id`` ``NO_RUN``.
        """
        rows = self._read()
        # Looked at after the read: a row committed before it is known here
        # by then, as written or in flight.
        with self._cond:
            row_ids = dict(self._row_ids)
            mine = {*row_ids.values(), *self._in_flight.values()}
        keyed: list[tuple[str, int, int, RunRecord]] = []
        for row in rows:
            if row[0] in mine:
                continue  # this History knows it better
            try:
                record = self._record(row)
            except (TypeError, ValueError) as exc:
                # Edited by hand or by another program: skip, don't fail the window.
                logger.warning("history: skipping unreadable run %r: %s", row[0], exc)
                continue
            keyed.append((row[3], 0, record.id, record))
        for handle, own in self._rows.items():
            row_id = row_ids.get(handle)
            record = self._own_record(own, NO_RUN if row_id is None else row_id)
            # Runs not written yet come after written ones started at the same second.
            keyed.append((own.started_at, row_id is None, row_id or handle, record))
        if self._rows:  # the file's rows come in this order already
            keyed.sort(key=lambda item: item[:3])
        return [record for *_, record in keyed]

    def _read(self) -> list[tuple[Any, ...]]:
        if self._reader is None:
            return []
        try:
            rows = self._reader.execute(f"{_SELECT_RUNS} ORDER BY started_at, id").fetchall()
        except sqlite3.Error as exc:
            logger.warning("history read failed (%s); using the runs read before", exc)
            return self._last_read
        self._last_read = rows
        return rows

    @staticmethod
    def _record(row: tuple[Any, ...]) -> RunRecord:
        (run_id, name, file, started, ended, outcome, rounds_done, rounds_planned,
         planned, actual, phase_index, where, *work, rating, doses) = row  # fmt: skip
        # An open row of this History is merged in from ``_rows``; any other
        # open row was left by a process that died.
        state = Outcome.ABANDONED if outcome is None else Outcome(outcome)
        return RunRecord(
            id=int(run_id),
            session_name=str(name),
            session_file=str(file),
            started_at=_from_text(started),
            ended_at=None if ended is None else _from_text(ended),
            outcome=state,
            rounds_done=int(rounds_done),
            rounds_planned=int(rounds_planned),
            planned_active_s=float(planned),
            actual_active_s=float(actual),
            phase_index=None if phase_index is None else int(phase_index),
            where=str(where),
            work=_work_from(*work),
            rating=_rating_from(rating),
            doses=_doses_from(doses if isinstance(doses, str) else None),
        )

    @staticmethod
    def _own_record(row: _Row, run_id: int) -> RunRecord:
        return RunRecord(
            id=run_id,
            session_name=row.session_name,
            session_file=row.session_file,
            started_at=_from_text(row.started_at),
            ended_at=None if row.ended_at is None else _from_text(row.ended_at),
            outcome=Outcome.RUNNING if row.outcome is None else Outcome(row.outcome),
            rounds_done=row.rounds_done,
            rounds_planned=row.rounds_planned,
            planned_active_s=row.planned_active_s,
            actual_active_s=row.actual_active_s,
            phase_index=row.phase_index,
            where=row.where,
            work=row.work,
            rating=_rating_from(row.rating),
            doses=row.doses,
        )

    # -- closing ------------------------------------------------------------

    def close(self, timeout: float = CLOSE_TIMEOUT_S) -> None:
        """Write what is waiting (for up to about ``timeout`` s), then close the file.

        Runs still open stay open and read as abandoned later. Rows the file
        would still not take by then are lost, with a warning in the log.
        """
        if self._closed:
            return
        self._closed = True
        if self._writers:
            self.flush(timeout)
            with self._cond:
                self._stopping = True
                self._cond.notify_all()
            for writer in self._writers:
                # At most the end of a busy wait already under way.
                writer.join(_WRITE_BUSY_TIMEOUT_S + 1.0)
            if self.pending:
                logger.warning(
                    "history %s: %d run(s) could not be written (%s) and are lost",
                    self.path, self.pending, self._failure,
                )
        if self._reader is not None:
            try:
                self._reader.execute("PRAGMA optimize")
            except sqlite3.Error as exc:
                logger.debug("history: optimize failed: %s", exc)
            self._reader.close()
            self._reader = None

    def __enter__(self) -> History:
        """Use the history in a ``with`` block that closes it."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the history."""
        self.close()


def _check_counts(rounds: int, seconds: float) -> None:
    if rounds < 0:
        raise ValueError(f"rounds must be 0 or more, got {rounds}")
    if not seconds >= 0:  # also refuses NaN
        raise ValueError(f"seconds must be 0 or more, got {seconds}")


# --------------------------------------------------------------------------
# The weekly goal


def _check_first_weekday(first_weekday: int) -> None:
    if not 0 <= first_weekday <= 6:
        raise ValueError(f"first_weekday must be 0 (Monday) to 6 (Sunday), got {first_weekday}")


def _check_goal(goal: int) -> None:
    if goal < 1:
        raise ValueError(f"the weekly goal must be at least 1, got {goal}")


def week_start(day: date, first_weekday: int) -> date:
    """Return the first day of the week holding ``day``.

    ``first_weekday`` counts like ``date.weekday()``: 0 is Monday, 6 is Sunday
    (Qt's ``QLocale.firstDayOfWeek()`` is that plus one).
    """
    _check_first_weekday(first_weekday)
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def _per_week(
    runs: Iterable[RunRecord], first_weekday: int, tz: tzinfo | None
) -> tuple[Counter[date], Counter[date]]:
    """Count the runs that count toward the goal, and the skipped ones, per week."""
    counted: Counter[date] = Counter()
    skipped: Counter[date] = Counter()
    for run in runs:
        if not run.finished:
            continue
        # A run counts for the local day it started on: a warm-up begun on
        # Sunday at 23:55 belongs to that week even if it ends on Monday.
        week = week_start(_local_date(run.started_at, tz), first_weekday)
        (counted if run.counted else skipped)[week] += 1
    return counted, skipped


def weekly_counts(
    runs: Iterable[RunRecord],
    today: date,
    first_weekday: int,
    weeks: int = 12,
    tz: tzinfo | None = None,
) -> list[WeekCount]:
    """Count the runs that count (and the skipped ones) per week, up to today's week.

    ``weeks`` weeks, oldest first; the last entry is the current week. Days
    are local dates in ``tz`` (None: this machine's time zone). Stopped and
    abandoned runs are in neither count.
    """
    _check_first_weekday(first_weekday)
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, got {weeks}")
    counts, skipped = _per_week(runs, first_weekday, tz)
    current = week_start(today, first_weekday)
    starts = [current - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    return [WeekCount(start, counts.get(start, 0), skipped.get(start, 0)) for start in starts]


def streak(
    runs: Iterable[RunRecord],
    today: date,
    first_weekday: int,
    goal: int = DEFAULT_WEEKLY_GOAL,
    tz: tzinfo | None = None,
) -> int:
    """Return how many weeks in a row met the goal (with runs that count).

    The streak ends with the current week if it already meets the goal, else
    with last week: a week still in progress does not break it.
    """
    _check_goal(goal)
    counts, _ = _per_week(runs, first_weekday, tz)
    week = week_start(today, first_weekday)
    if counts.get(week, 0) < goal:
        week -= timedelta(weeks=1)
    length = 0
    while counts.get(week, 0) >= goal:
        length += 1
        week -= timedelta(weeks=1)
    return length


def this_week(
    runs: Iterable[RunRecord],
    today: date,
    first_weekday: int,
    goal: int = DEFAULT_WEEKLY_GOAL,
    tz: tzinfo | None = None,
) -> tuple[int, int]:
    """Return (runs that count this week, goal), for "This week: 2 of 3"."""
    _check_goal(goal)
    current = weekly_counts(runs, today, first_weekday, weeks=1, tz=tz)[0]
    return current.count, goal


@dataclass(frozen=True, slots=True)
class WeekTime:
    """The time spent on hip work in the week that starts on ``start`` (local dates).

    ``runs`` counts the runs that count toward the goal and ``skipped``
    the finished ones with too much skipped to count; ``active_s`` adds up
    the active time of the runs that count (``RunRecord.actual_active_s``:
    the session's clock running, get-ready, work, switches and rests
    included, pauses not). Skipped, stopped and abandoned runs add nothing.
    """

    start: date
    runs: int
    skipped: int
    active_s: float

    @property
    def minutes(self) -> int:
        """The active time in whole minutes, to the nearest (at least 1 when there was any)."""
        if self.active_s <= 0:
            return 0
        return max(1, math.floor(self.active_s / 60 + 0.5))

    def summary(self) -> str:
        """Return the week as a runner reads it: "3 runs, 14 min"."""
        return translate("history", "%n run(s), {minutes} min", None, self.runs).format(
            minutes=self.minutes)


def weekly_time(
    runs: Iterable[RunRecord],
    today: date,
    first_weekday: int,
    weeks: int = 12,
    tz: tzinfo | None = None,
) -> list[WeekTime]:
    """Return each week's hip work (see ``WeekTime``), ``weeks`` weeks up to today's.

    Oldest first, the last entry the current week; a run belongs to the
    local day it started on, as in ``weekly_counts``.
    """
    _check_first_weekday(first_weekday)
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, got {weeks}")
    current = week_start(today, first_weekday)
    first = current - timedelta(weeks=weeks - 1)
    counted: Counter[date] = Counter()
    skipped: Counter[date] = Counter()
    seconds: dict[date, float] = {}
    for run in runs:
        if not run.finished:
            continue
        week = week_start(_local_date(run.started_at, tz), first_weekday)
        if not first <= week <= current:
            continue
        if run.counted:
            counted[week] += 1
            seconds[week] = seconds.get(week, 0.0) + run.actual_active_s
        else:
            skipped[week] += 1
    starts = [current - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    return [WeekTime(start, counted[start], skipped[start], seconds.get(start, 0.0))
            for start in starts]


def this_week_time(
    runs: Iterable[RunRecord],
    today: date,
    first_weekday: int,
    tz: tzinfo | None = None,
) -> WeekTime:
    """Return this week's hip work, for "this week: 3 runs, 14 min" (``WeekTime.summary``)."""
    return weekly_time(runs, today, first_weekday, weeks=1, tz=tz)[0]


# --------------------------------------------------------------------------
# Export


# What a spreadsheet takes for the start of a formula (OWASP, "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text_cell(text: str) -> str:
    """Return ``text`` so that a spreadsheet shows it instead of running it.

    Session names, file names and where a run stopped are the user's (or a
    shared session file's) text; one starting like a formula (``=HYPERLINK(…)``)
    gets a leading apostrophe, which spreadsheets hide and treat as "text".
    """
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _csv_row(run: RunRecord, tz: tzinfo | None) -> list[str]:
    def stamp(moment: datetime | None) -> str:
        return "" if moment is None else moment.astimezone(tz).isoformat(timespec="seconds")

    work = run.work

    return [
        "" if run.id == NO_RUN else str(run.id),  # not in the file yet
        _text_cell(run.session_name),
        _text_cell(run.session_file),
        stamp(run.started_at),
        stamp(run.ended_at),
        run.outcome.value,
        str(run.rounds_done),
        str(run.rounds_planned),
        f"{run.planned_active_s:.1f}",
        f"{run.actual_active_s:.1f}",
        "" if run.phase_index is None else str(run.phase_index),
        _text_cell(run.where),
        "" if work is None else f"{work.planned_s:.1f}",
        "" if work is None else f"{work.done_s:.1f}",
        "" if work is None else str(work.phases),
        "" if work is None else str(work.skipped),
        "yes" if run.counted else "no",
        "" if run.rating is None else run.rating.value,
    ]


def _write_csv(runs: Iterable[RunRecord], out: TextIO, tz: tzinfo | None) -> int:
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for run in runs:
        writer.writerow(_csv_row(run, tz))
        count += 1
    return count


def export_csv(
    runs: Iterable[RunRecord],
    destination: Path | str | TextIO,
    tz: tzinfo | None = None,
) -> int:
    """Write runs as CSV with a header row; return how many runs were written.

    Times are ISO-8601 with their UTC offset, in ``tz`` (None: this machine's
    zone); durations in seconds. A path is written to a temporary file first
    and renamed, so an existing export is never left half-written (``OSError``
    is raised for the caller to show); an open text file should have been
    opened with ``newline=""``.
    """
    if not isinstance(destination, (str, Path)):
        return _write_csv(runs, destination, tz)
    # Through a symlink to the file it names, so the link stays a link.
    target = Path(os.path.realpath(destination))
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    # Made with os.open rather than mkstemp, whose 0600 would leave a new
    # export unreadable to anyone else: 0666 less the umask, as any new file.
    tmp_name = str(target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            count = _write_csv(runs, out, tz)
            out.flush()
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(out.fileno(), mode)  # an existing export keeps its mode
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return count
