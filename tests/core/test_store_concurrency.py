"""Saving one session from several processes at once, and after a saver was killed.

Real processes, synchronised with barriers and pipes (never with sleeps): two
savers that opened the same version and save at the same moment must never
both be told "saved" while one edit is lost; a saver killed half-way leaves a
temporary file that the next save cleans up, and a saver that is still
writing keeps its own.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import store_savers

from hiptimer import store
from hiptimer.session import load

SAVERS = Path(store_savers.__file__).resolve()
REPO_ROOT = Path(__file__).resolve().parents[2]
TRIES = 200

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals and paths")


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_two_saves_at_the_same_moment_never_lose_an_edit(config_copy: Path) -> None:
    original = config_copy.read_bytes()
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(3, timeout=60)
    ready = context.Barrier(2, timeout=60)
    results: multiprocessing.Queue[tuple[int, int, str]] = context.Queue()
    racers = [
        context.Process(target=store_savers.racer,
                        args=(number, str(config_copy), TRIES, start, ready, results))
        for number in (1, 2)
    ]
    for racer in racers:
        racer.start()
    lost = both_saved = 0
    outcomes: list[list[str]] = []
    try:
        for _ in range(TRIES):
            config_copy.write_bytes(original)
            start.wait()
            reports = [results.get(timeout=60) for _ in racers]
            rest = load(config_copy).moves[0].rest
            told_saved = [number for _, number, said in reports if said == "saved"]
            lost += sum(1 for number in told_saved if rest != 100 + number)
            both_saved += len(told_saved) == 2
            outcomes.append(sorted(said for _, _, said in reports))
    finally:
        for racer in racers:
            racer.join(timeout=60)
            if racer.is_alive():
                racer.kill()
                racer.join()
        results.close()
        results.join_thread()
    assert (lost, both_saved) == (0, 0)
    # The one that came second saw the first one's change and said so.
    assert outcomes == [["conflict", "saved"]] * TRIES
    assert temporaries(config_copy.parent) == []
    assert [p.name for p in config_copy.parent.iterdir() if p.name.endswith(".lock")] == []


@pytest.fixture
def paused_saver(config_copy: Path) -> Iterator[subprocess.Popen[str]]:
    """Start a process saving ``rest = 77``; return it stopped after writing its temporary file."""
    environment = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    process = subprocess.Popen(
        [sys.executable, str(SAVERS), "pause", str(config_copy), "77"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environment,
        cwd=REPO_ROOT,
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        assert process.stdout.readline() == "writing\n"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=60)


def test_a_saver_killed_half_way_leaves_nothing_behind_after_the_next_save(
    config_copy: Path, paused_saver: subprocess.Popen[str]
) -> None:
    folder = config_copy.parent
    left = temporaries(folder)
    assert len(left) == 1 and left[0].startswith(".config.toml.")
    paused_saver.send_signal(signal.SIGKILL)
    paused_saver.wait(timeout=60)
    assert temporaries(folder) == left  # what a killed save leaves
    assert (folder / ".config.toml.lock").exists()  # its lock file too, no longer locked

    # A stale backup staging file and files that only look like ours.
    (folder / ".config.toml.bak.tmp").write_text("half a backup", encoding="utf-8")
    theirs = [".config.toml.notes.tmp", ".other.toml.abcd1234.tmp", "config.toml.abcd1234.tmp",
              ".config.toml.abcd1234.tmp.keep", ".config.toml.abcd1234.efgh5678.tmp"]
    for name in theirs:
        (folder / name).write_text("not hiptimer's", encoding="utf-8")

    doc = store.open_document(config_copy)
    store.set_value(doc, ("rest",), 30)
    store.save(doc)
    assert load(config_copy).moves[0].rest == 30
    assert temporaries(folder) == sorted(n for n in theirs if n.endswith(".tmp"))
    assert not (folder / ".config.toml.lock").exists()
    for name in theirs:
        assert (folder / name).read_text(encoding="utf-8") == "not hiptimer's"


def test_a_saver_still_writing_keeps_its_temporary_file(
    config_copy: Path, paused_saver: subprocess.Popen[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = config_copy.parent
    live = temporaries(folder)
    assert len(live) == 1
    monkeypatch.setattr(store, "LOCK_TIMEOUT", 0.05, raising=False)
    doc = store.open_document(config_copy)
    store.set_value(doc, ("rest",), 30)
    with pytest.raises(store.SaveError, match="another program is saving config.toml"):
        store.save(doc)
    assert temporaries(folder) == live

    assert paused_saver.stdin is not None and paused_saver.stdout is not None
    paused_saver.stdin.write("\n")
    paused_saver.stdin.flush()
    assert paused_saver.stdout.readline() == "saved\n"
    assert load(config_copy).moves[0].rest == 77
    assert temporaries(folder) == []
    # The edit that waited is not lost: it is refused as a conflict now.
    with pytest.raises(store.SaveError, match="changed on disk"):
        store.save(doc)

