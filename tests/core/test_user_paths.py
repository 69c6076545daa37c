"""Every file a session names is checked by ``--check``: it exists, is a file, can be read.

The keys come from the loader's own declaration, ``session.FILE_KEYS``, so a
file key added there later is tested here without anyone listing it (and
fails here if the loader resolves it without checking it). A second test
turns the question round: whatever key of the session format is not
declared there must never leave a file path in the loaded ``Session``.

The move library (``assets/moves.toml``) is part of hiptimer, not a user
path: its pictures are built-in names, and a missing one is a placeholder,
not an error (``test_session.py``). The session file itself is a user path
too and is checked the same way (last tests).

Readability: a file with mode 000 cannot be read, except by root, whom
permissions do not stop. Run as root, these tests run ``--check`` as the
unprivileged user ``nobody`` instead (so the mode really denies the read),
and skip that case only when this machine cannot start Python as another
user.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hiptimer.errors import SessionError
from hiptimer.session import BLOCK_KEYS, FILE_KEYS, MOVE_KEYS, SESSION_KEYS, Session, loads

REPO = Path(__file__).resolve().parents[2]
NOBODY = 65534
TABLE_KEYS = {"session": SESSION_KEYS, "block": BLOCK_KEYS, "move": MOVE_KEYS}
CASES = [
    pytest.param(key, table, id=f"{table}.{key}")
    for key, spec in sorted(FILE_KEYS.items())
    for table in sorted(spec.tables)
]
STATES = ["missing", "folder", "fifo", "unreadable", "dangling-symlink", "inside-a-file"]


def session_text(key: str, table: str, value: str) -> str:
    """Return a small session with ``key = value`` written in a ``table`` of that kind."""
    if table == "session":
        return f'name = "S"\n{key} = {value}\n[[moves]]\nname = "A"\nreps = 1\n'
    if table == "block":
        return (f'name = "S"\n[[blocks]]\n{key} = {value}\n[[blocks.moves]]\nname = "A"\n'
                "reps = 1\n")
    if table == "move":
        return f'name = "S"\n[[moves]]\nname = "A"\nreps = 1\n{key} = {value}\n'
    raise AssertionError(f"no way to write a key of a {table!r} table: teach session_text()")


@pytest.fixture
def folder() -> Iterator[Path]:
    """Return a folder that the user ``nobody`` can enter and read, unlike ``tmp_path``."""
    made = Path(tempfile.mkdtemp(prefix="hiptimer-paths-"))
    made.chmod(0o755)
    yield made
    for path in made.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o700 if path.is_dir() else 0o600)
    shutil.rmtree(made)


def as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def check(session: Path, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    """Run ``main.py --check SESSION``, as ``nobody`` when asked."""
    extra: dict[str, Any] = {}
    if unprivileged:
        extra = {"user": NOBODY, "group": NOBODY, "extra_groups": []}
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1",
           "HOME": str(session.parent)}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--check", str(session)],
        capture_output=True, text=True, timeout=60, env=env, cwd=session.parent, **extra)


def need_unprivileged_python() -> None:
    """Skip unless this machine can run the test interpreter as ``nobody``."""
    try:
        probe = subprocess.run([sys.executable, "-c", "import hiptimer"], user=NOBODY,
                               group=NOBODY, extra_groups=[], capture_output=True, text=True,
                               timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)})
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"running as root and cannot start Python as nobody: {exc}")
    if probe.returncode != 0:
        pytest.skip(f"running as root and Python cannot run as nobody: {probe.stderr[-300:]}")


def make(state: str, target: Path) -> str:
    """Put ``target`` into ``state``; return the message --check must give for it."""
    shown = str(target)
    if state == "missing":
        return f"no such file: {shown}"
    if state == "folder":
        target.mkdir()
        return f"{shown} is a folder, not a picture file"
    if state == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("named pipes are POSIX only")
        os.mkfifo(target)
        return f"{shown} is not a regular file"
    if state == "unreadable":
        target.write_bytes(b"<svg/>")
        target.chmod(0)
        return f"cannot read {shown}: Permission denied"
    if state == "dangling-symlink":
        target.symlink_to(target.with_name("gone" + target.suffix))
        return f"no such file: {shown}"
    if state == "inside-a-file":
        target.parent.mkdir()
        target.parent.rmdir()
        target.parent.write_bytes(b"not a folder")
        return f"cannot read {shown}: Not a directory"
    raise AssertionError(state)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize(("key", "table"), CASES)
def test_check_refuses_a_file_that_cannot_be_used(
    folder: Path, key: str, table: str, state: str
) -> None:
    spec = FILE_KEYS[key]
    name = "pics/pic" + spec.suffixes[0] if state == "inside-a-file" else "pic" + spec.suffixes[0]
    target = folder / name
    expected = make(state, target).replace("picture", spec.what)
    session = folder / "s.toml"
    text = session_text(key, table, f'"{name}"')
    session.write_text(text, encoding="utf-8")
    session.chmod(0o644)
    unprivileged = state == "unreadable" and as_root()
    if unprivileged:
        need_unprivileged_python()
    result = check(session, unprivileged)
    assert "Traceback" not in result.stderr
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith(key))
    column = len(f"{key} = ") + 1
    where = {"move": "moves[1].", "block": "blocks[1].", "session": ""}[table]
    assert result.stderr.splitlines() == [f"{session}:{line}:{column}: {where}{key}: {expected}"]


@pytest.mark.parametrize(("key", "table"), CASES)
def test_check_accepts_a_file_that_can_be_used(folder: Path, key: str, table: str) -> None:
    spec = FILE_KEYS[key]
    (folder / ("pic" + spec.suffixes[0])).write_bytes(b"<svg/>")
    session = folder / "s.toml"
    session.write_text(session_text(key, table, f'"pic{spec.suffixes[0]}"'), encoding="utf-8")
    result = check(session)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_every_frame_of_a_picture_is_checked(folder: Path) -> None:
    (folder / "a.png").write_bytes(b"png")
    session = folder / "s.toml"
    session.write_text(session_text("image", "move", '["a.png", "b.png", "a.png", "c.svg"]'),
                       encoding="utf-8")
    result = check(session)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{session}:5:9: moves[1].image: no such file: {folder / 'b.png'}",
        f"{session}:5:9: moves[1].image: no such file: {folder / 'c.svg'}",
    ]


def test_the_window_still_runs_a_session_whose_picture_is_missing(folder: Path) -> None:
    # Only --check refuses it: the window shows a card with the move's name.
    text = session_text("image", "move", '"gone.png"')
    session = loads(text, "s.toml", base_dir=folder)
    assert session.moves[0].images == (folder / "gone.png",)
    with pytest.raises(SessionError) as caught:
        loads(text, "s.toml", base_dir=folder, check_files=True)
    assert caught.value.lines() == [f"s.toml:5:9: moves[1].image: no such file: {folder}/gone.png"]


def test_every_declared_file_key_belongs_to_its_tables() -> None:
    for key, spec in FILE_KEYS.items():
        assert spec.tables and spec.suffixes and spec.what
        for table in spec.tables:
            assert key in TABLE_KEYS[table], f"{key} is declared for {table} tables"


def _paths_in(value: object) -> list[Path]:
    if isinstance(value, Path):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [p for f in dataclasses.fields(value) if f.name != "source"
                for p in _paths_in(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [p for item in value for p in _paths_in(item)]
    if isinstance(value, dict):
        return [p for item in value.values() for p in _paths_in(item)]
    return []


SUFFIXES = sorted({s for spec in FILE_KEYS.values() for s in spec.suffixes}
                  | {".wav", ".ogg", ".mp3", ".flac", ".gif", ".webp", ".toml", ".txt", ""})


@pytest.mark.parametrize("table", sorted(TABLE_KEYS))
def test_no_undeclared_key_turns_into_a_file(tmp_path: Path, table: str) -> None:
    # A key that makes a file path out of its text without being declared in
    # FILE_KEYS would escape every check above.
    undeclared = sorted(k for k in TABLE_KEYS[table]
                        if k not in FILE_KEYS or table not in FILE_KEYS[k].tables)
    assert undeclared
    for key in undeclared:
        for suffix in SUFFIXES:
            for value in (f'"nothing{suffix}"', f'["nothing{suffix}"]'):
                # (Keys that session_text() writes itself come out twice, which
                # TOML refuses: those are skipped, and cannot be files anyway.)
                text = session_text(key, table, value)
                try:
                    session = loads(text, "s.toml", base_dir=tmp_path)
                except SessionError:
                    continue
                assert isinstance(session, Session)
                assert _paths_in(session) == [], f"{table}.{key} = {value} became a file"


@pytest.mark.parametrize("state", ["missing", "folder", "fifo", "unreadable"])
def test_check_refuses_a_session_file_that_cannot_be_used(folder: Path, state: str) -> None:
    session = folder / "s.toml"
    if state == "unreadable":
        session.write_text(session_text("name", "move", '"x"'), encoding="utf-8")
        session.chmod(0)
        if as_root():
            need_unprivileged_python()
        expected = f"{session}: cannot be read: Permission denied"
    else:
        expected = {"missing": f"{session}: no such file",
                    "folder": f"{session}: is a folder, not a session file",
                    "fifo": f"{session}: is not a regular file"}[state]
        if state == "folder":
            session.mkdir()
        elif state == "fifo":
            os.mkfifo(session)
    result = check(session, unprivileged=state == "unreadable" and as_root())
    assert result.returncode == 2
    assert result.stderr.splitlines() == [expected]
