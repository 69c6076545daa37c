"""Every way saving a session can fail says so as a ``SaveError`` and changes nothing.

Each fault is put in the path of a real save (a folder where the file was,
a full disk half-way through a write, a refused rename, a backup that cannot
be written, a tomlkit that breaks): the save raises ``SaveError`` and never
anything else, the file on disk is byte for byte what it was, no temporary
file is left, and the document still holds the edit, so the same save works
once the fault is gone. Then the files that are not plain: a UTF-8 BOM, hard
links, symlinks into another folder, a file's mode, a read-only file.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
import tomlkit.exceptions

from hiptimer import store
from hiptimer.session import load

BOM = b"\xef\xbb\xbf"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".lock")))


def _fail(error: int, message: str) -> OSError:
    return OSError(error, message)


# --- faults: each one installs itself and returns how to undo what it did to the disk ---

Fault = Callable[[pytest.MonkeyPatch, Path], Callable[[], None]]


def folder_in_place(monkeypatch: pytest.MonkeyPatch, file: Path) -> Callable[[], None]:
    kept = file.read_bytes()
    file.unlink()
    file.mkdir()
    (file / "inside.txt").write_text("kept", encoding="utf-8")

    def undo() -> None:
        assert [p.name for p in file.iterdir()] == ["inside.txt"]
        shutil.rmtree(file)
        file.write_bytes(kept)

    return undo


def _patch_os(monkeypatch: pytest.MonkeyPatch, name: str, when: Callable[..., bool],
              error: OSError) -> None:
    real = getattr(os, name)

    def faulty(*args, **kwargs):
        if when(*args, **kwargs):
            raise error
        return real(*args, **kwargs)

    monkeypatch.setattr(os, name, faulty)


def _is(file: Path) -> Callable[[object], bool]:
    return lambda candidate: os.fspath(candidate) == os.fspath(file)  # type: ignore[arg-type]


def disk_full_on_fsync(monkeypatch: pytest.MonkeyPatch, file: Path) -> Callable[[], None]:
    _patch_os(monkeypatch, "fsync", lambda fd: True, _fail(errno.ENOSPC, "No space left"))
    return lambda: None


def io_error_on_every_write(monkeypatch: pytest.MonkeyPatch, file: Path) -> Callable[[], None]:
    _patch_os(monkeypatch, "write", lambda fd, data: fd > 2, _fail(errno.EIO, "I/O error"))
    return lambda: None


def rename_refused(monkeypatch: pytest.MonkeyPatch, file: Path) -> Callable[[], None]:
    _patch_os(monkeypatch, "replace", lambda src, dst: _is(file)(dst),
              PermissionError(errno.EACCES, "Permission denied"))
    return lambda: None


def backup_cannot_be_kept(monkeypatch: pytest.MonkeyPatch, file: Path) -> Callable[[], None]:
    # No hard links on this disk, and no room for a copy.
    _patch_os(monkeypatch, "link", lambda *a, **k: True,
              PermissionError(errno.EPERM, "Operation not permitted"))
    _patch_os(monkeypatch, "open", lambda path, *a, **k: os.fspath(path).endswith(".bak.tmp"),
              _fail(errno.ENOSPC, "No space left"))
    return lambda: None


def mode_cannot_be_set(monkeypatch: pytest.MonkeyPatch, file: Path) -> Callable[[], None]:
    for name in ("chmod", "fchmod"):
        if hasattr(os, name):
            _patch_os(monkeypatch, name, lambda *a, **k: True,
                      PermissionError(errno.EPERM, "Operation not permitted"))
    return lambda: None


def read_only_disk(monkeypatch: pytest.MonkeyPatch, file: Path) -> Callable[[], None]:
    def refused(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    real_open = os.open

    def no_new_files(path, flags, *args, **kwargs):
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", no_new_files)
    return lambda: None


def file_unreadable_now(monkeypatch: pytest.MonkeyPatch, file: Path) -> Callable[[], None]:
    real_open, real_read_bytes = os.open, Path.read_bytes

    def refused(path, flags, *args, **kwargs):
        if _is(file)(path):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    def read_bytes(self: Path) -> bytes:
        if self == file:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(os, "open", refused)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return lambda: None


def folder_while_writing(monkeypatch: pytest.MonkeyPatch, file: Path) -> Callable[[], None]:
    kept = file.read_bytes()
    aside = file.with_name("moved-away.toml")
    real_fsync = os.fsync
    done: list[int] = []

    def replace_with_a_folder(fd: int) -> None:
        real_fsync(fd)
        if not done:
            done.append(fd)
            file.rename(aside)
            file.mkdir()

    monkeypatch.setattr(os, "fsync", replace_with_a_folder)

    def undo() -> None:
        file.rmdir()
        aside.rename(file)
        assert file.read_bytes() == kept

    return undo


def tomlkit_breaks(monkeypatch: pytest.MonkeyPatch, file: Path) -> Callable[[], None]:
    def broken(self: object) -> str:
        raise tomlkit.exceptions.TOMLKitError("internal error")

    monkeypatch.setattr(tomlkit.TOMLDocument, "as_string", broken)
    return lambda: None


FAULTS: dict[str, tuple[Fault, str]] = {
    "a folder where the file was": (folder_in_place, "is a folder"),
    "disk full at fsync": (disk_full_on_fsync, "the disk is full"),
    "every write fails": (io_error_on_every_write, "i/o error"),
    "rename refused": (rename_refused, "could not replace the file .permission denied"),
    "backup cannot be kept": (backup_cannot_be_kept, "backup .*the disk is full"),
    "mode cannot be set": (mode_cannot_be_set, "permission denied"),
    "read-only disk": (read_only_disk, "the disk is read-only"),
    "file unreadable": (file_unreadable_now, "cannot read it .*permission denied"),
    "a folder appears while writing": (folder_while_writing, "is a folder"),
    "tomlkit breaks": (tomlkit_breaks, "could not be written as TOML"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_every_failed_save_is_a_save_error_and_changes_nothing(
    config_copy: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    install, message = FAULTS[fault]
    folder = config_copy.parent
    doc = store.open_document(config_copy)
    store.set_value(doc, ("moves", 0, "reps"), 12)
    edited = doc.toml.as_string()
    before = {p.name: (p.read_bytes() if p.is_file() else None) for p in folder.iterdir()}
    backup = config_copy.with_name("config.toml.bak")
    backup.write_text("the previous backup", encoding="utf-8")

    undo_disk = install(monkeypatch, config_copy)
    try:
        store.save(doc)
    except store.SaveError as exc:
        text = str(exc)
        assert text.startswith("config.toml was not saved"), text
        assert re.search(message, text, re.IGNORECASE), text
        assert re.search(r"(Your file was not changed|Nothing was changed)\.$", text), text
    else:
        pytest.fail("the save did not fail")
    finally:
        monkeypatch.undo()
    assert leftovers(folder) == []
    undo_disk()
    # Nothing of the runner's was lost: the file and the old backup are as they were.
    after = {p.name: (p.read_bytes() if p.is_file() else None) for p in folder.iterdir()}
    assert after == before | {"config.toml.bak": b"the previous backup"}
    assert doc.as_string() == edited and doc.modified
    # And once the fault is gone, the same document saves.
    assert store.save(doc) == config_copy
    assert load(config_copy).moves[0].reps == 12


def test_a_backup_that_cannot_be_renamed_still_saves(config_copy: Path, monkeypatch,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    backup = config_copy.with_name("config.toml.bak")
    backup.write_text("the previous backup", encoding="utf-8")
    doc = store.open_document(config_copy)
    store.set_value(doc, ("rest",), 30)
    _patch_os(monkeypatch, "replace", lambda src, dst: _is(backup)(dst),
              _fail(errno.ENOSPC, "No space left"))
    # The session itself was written; only the courtesy copy is missing, and the log says so.
    assert store.save(doc) == config_copy
    assert load(config_copy).moves[0].rest == 30
    assert backup.read_text(encoding="utf-8") == "the previous backup"
    assert leftovers(config_copy.parent) == []
    assert "could not keep the previous version" in caplog.text


def test_an_unusable_save_as_name_is_a_save_error(config_copy: Path, tmp_path: Path) -> None:
    doc = store.open_document(config_copy)
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x", encoding="utf-8")
    for where, words in ((tmp_path / "a\0b.toml", "not a usable file name"),
                         (a_file / "inside.toml", "cannot create"),
                         (tmp_path, "is a folder")):
        with pytest.raises(store.SaveError, match=words):
            store.save(doc, where, overwrite=True)
    assert a_file.read_text(encoding="utf-8") == "x"


def test_a_vanished_file_is_written_again(config_copy: Path) -> None:
    doc = store.open_document(config_copy)
    store.set_value(doc, ("rest",), 30)
    config_copy.unlink()
    assert store.save(doc) == config_copy
    assert load(config_copy).moves[0].rest == 30


def test_a_read_only_file_is_not_replaced(config_copy: Path, monkeypatch) -> None:
    original = config_copy.read_bytes()
    config_copy.chmod(0o444)
    real_access = os.access
    # Root may write anything; what matters is that the file says read-only.
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if (
        os.fspath(path) == os.fspath(config_copy) and mode & os.W_OK) else real_access(
        path, mode, **kw))
    doc = store.open_document(config_copy)
    store.set_value(doc, ("rest",), 30)
    with pytest.raises(store.SaveError, match="config.toml is read-only"):
        store.save(doc)
    assert config_copy.read_bytes() == original
    assert stat.S_IMODE(config_copy.stat().st_mode) == 0o444


# --- files that are not plain ------------------------------------------------------------


def test_a_session_with_a_bom_opens_and_keeps_its_bom(config_copy: Path) -> None:
    original = config_copy.read_bytes()
    config_copy.write_bytes(BOM + original)
    doc = store.open_document(config_copy)
    assert not doc.modified
    store.set_value(doc, ("rest",), 30)
    store.save(doc)
    saved = config_copy.read_bytes()
    assert saved == BOM + original.replace(b"rest = 10 ", b"rest = 30 ")
    assert load(config_copy).moves[0].rest == 30
    # Saving again works: the fingerprint is of the bytes on disk, BOM and all.
    store.set_value(doc, ("rest",), 40)
    store.save(doc)
    assert config_copy.read_bytes().startswith(BOM)


def test_a_hard_linked_session_keeps_its_link(config_copy: Path, tmp_path: Path) -> None:
    original = config_copy.read_bytes()
    config_copy.chmod(0o640)
    elsewhere = tmp_path / "dotfiles" / "warmup.toml"
    elsewhere.parent.mkdir()
    os.link(config_copy, elsewhere)
    doc = store.open_document(config_copy)
    store.set_value(doc, ("rest",), 30)
    store.save(doc)
    assert os.path.samefile(config_copy, elsewhere)
    assert config_copy.stat().st_nlink == 2
    assert load(elsewhere).moves[0].rest == 30
    assert stat.S_IMODE(config_copy.stat().st_mode) == 0o640
    backup = config_copy.with_name("config.toml.bak")
    assert backup.read_bytes() == original
    assert not os.path.samefile(backup, config_copy)
    assert leftovers(config_copy.parent) == []
    # A second save of the same document is not taken for a change on disk.
    store.set_value(doc, ("rest",), 35)
    store.save(doc)
    assert load(elsewhere).moves[0].rest == 35


@pytest.mark.parametrize("shorter", [False, True])
def test_a_hard_linked_session_that_fails_half_way_is_put_back(
    config_copy: Path, tmp_path: Path, monkeypatch, shorter: bool
) -> None:
    original = config_copy.read_bytes()
    elsewhere = tmp_path / "warmup.toml"
    os.link(config_copy, elsewhere)
    inode = config_copy.stat().st_ino
    doc = store.open_document(config_copy)
    if shorter:
        store.set_value(doc, ("description",), "Short.")
    else:
        store.set_value(doc, ("description",), " ".join(["Slow and long"] * 100))
    real_write = os.write
    failed: list[int] = []

    def disk_fills_up(fd, data):
        if not failed and os.fstat(fd).st_ino == inode:
            failed.append(real_write(fd, bytes(data[:100])))
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", disk_fills_up)
    with pytest.raises(store.SaveError, match="the disk is full.*Your file was not changed"):
        store.save(doc)
    assert failed == [100]
    assert config_copy.read_bytes() == original
    assert os.path.samefile(config_copy, elsewhere)
    monkeypatch.undo()
    store.save(doc)
    assert load(elsewhere).description == doc.unwrap()["description"]


def test_a_symlink_into_another_folder_writes_through(config_copy: Path, tmp_path: Path) -> None:
    links = tmp_path / "links"
    links.mkdir()
    link = links / "warmup.toml"
    link.symlink_to(os.path.relpath(config_copy, links))
    config_copy.chmod(0o600)
    doc = store.open_document(link)
    store.set_value(doc, ("rest",), 30)
    assert store.save(doc) == link
    assert link.is_symlink() and os.readlink(link) == os.path.relpath(config_copy, links)
    assert load(config_copy).moves[0].rest == 30
    assert stat.S_IMODE(config_copy.stat().st_mode) == 0o600
    # The backup and any temporary files live beside the real file, not the link.
    assert sorted(p.name for p in links.iterdir()) == ["warmup.toml"]
    assert (config_copy.parent / "config.toml.bak").exists()


def test_on_a_disk_without_locks_only_old_leftovers_go(config_copy: Path, monkeypatch,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    folder = config_copy.parent
    old, fresh = folder / ".config.toml.aaaa1111.tmp", folder / ".config.toml.bbbb2222.tmp"
    for leftover in (old, fresh):
        leftover.write_text("half a save", encoding="utf-8")
    an_hour_ago = os.stat(old).st_mtime - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))

    def no_locks(fd: int) -> bool:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(store, "_try_lock", no_locks)
    doc = store.open_document(config_copy)
    store.set_value(doc, ("rest",), 30)
    store.save(doc)
    assert load(config_copy).moves[0].rest == 30
    # A fresh one may be another saver's, still writing: it stays.
    assert leftovers(folder) == [fresh.name]
    assert "without a lock" in caplog.text
