"""Other processes that save a session, for the store's concurrency and crash tests.

Not a test module: ``racer`` runs in a process started by ``multiprocessing``
(it must be importable by name there), and running this file as a script
starts a saver that stops half-way through writing, for a test to kill it or
let it go on::

    python store_savers.py pause SESSION.toml REST

It opens ``SESSION.toml``, sets ``rest = REST``, starts saving, and at the
first ``fsync`` (the temporary file is written, nothing is replaced yet)
prints ``writing`` and waits for a line on stdin. Then it finishes and prints
``saved`` or ``not saved: <the message>``.
"""

from __future__ import annotations

import os
import sys
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

from hiptimer import store


def outcome(doc: store.Document) -> str:
    """Save ``doc``; return ``saved``, ``conflict`` (changed on disk) or the message."""
    try:
        store.save(doc)
    except store.SaveError as exc:
        return "conflict" if "changed on disk" in str(exc) else f"not saved: {exc}"
    return "saved"


def racer(number: int, file: str, tries: int, start: Barrier, ready: Barrier,
          results: Queue[tuple[int, int, str]]) -> None:
    """Save ``file`` ``tries`` times at the same moment as the other racer.

    Each try: wait until the test has written a fresh file (``start``), open
    it and set ``rest`` to this racer's own value, wait until the other racer
    has opened it too (``ready``), save, and report the outcome.
    """
    for attempt in range(tries):
        start.wait()
        doc = store.open_document(file)
        store.set_value(doc, ("rest",), 100 + number)
        ready.wait()
        results.put((attempt, number, outcome(doc)))


def _pause(file: str, rest: str) -> None:
    doc = store.open_document(file)
    store.set_value(doc, ("rest",), int(rest))
    real_fsync = os.fsync
    paused: list[int] = []

    def fsync_then_wait(fd: int) -> None:
        real_fsync(fd)
        if not paused:
            paused.append(fd)
            print("writing", flush=True)
            sys.stdin.readline()

    os.fsync = fsync_then_wait
    print(outcome(doc), flush=True)


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    if command != "pause" or len(arguments) != 2 or not Path(arguments[0]).exists():
        sys.exit("usage: store_savers.py pause SESSION.toml REST")
    _pause(*arguments)
