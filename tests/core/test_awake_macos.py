"""The macOS keep-awake backend, against a fake ``Popen`` and a stand-in ``caffeinate``.

Never run on macOS here. The fake ``Popen`` records the command and what
was done to each process; its ``wait`` refuses to block (a wait without a
timeout on a live process fails the test), so nothing can hang the GUI
thread unseen. The watchers that wait for a process to end are run by hand,
after the test has ended the process. Two tests start a real stand-in
``caffeinate`` (a shell script) to see it stopped and reaped for real.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from hiptimer import awake_macos
from hiptimer.awake_macos import QUIT_WAIT_S, CaffeinateAwake

PID = 4242


class FakeProcess:
    """A ``caffeinate`` that never runs: it ends when terminated (unless stubborn) or told to."""

    def __init__(self, argv: list[str], kwargs: dict[str, object], pid: int,
                 stubborn: bool = False) -> None:
        self.argv = argv
        self.kwargs = kwargs
        self.pid = pid
        self.stubborn = stubborn
        self.returncode: int | None = None
        self.done: list[str] = []  # what was done to it: "terminate", "kill", "wait 0.2"

    def poll(self) -> int | None:
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None:
            if timeout is None:
                raise AssertionError("a blocking wait on a live process")
            self.done.append(f"wait {timeout}")
            raise subprocess.TimeoutExpired(self.argv, timeout)
        self.done.append("wait" if timeout is None else f"wait {timeout}")
        return self.returncode

    def terminate(self) -> None:
        self.done.append("terminate")
        if not self.stubborn:
            self.returncode = -15

    def kill(self) -> None:
        self.done.append("kill")
        self.returncode = -9

    def die(self, status: int) -> None:
        self.returncode = status


class FakePopen:
    """Stands in for ``subprocess.Popen``: records every process, or raises ``error``."""

    def __init__(self, error: Exception | None = None, stubborn: bool = False) -> None:
        self.processes: list[FakeProcess] = []
        self.error = error
        self.stubborn = stubborn

    def __call__(self, argv: list[str], **kwargs: object) -> FakeProcess:
        if self.error is not None:
            raise self.error
        process = FakeProcess(argv, kwargs, 9000 + len(self.processes), self.stubborn)
        self.processes.append(process)
        return process


class Rig:
    """A backend with a fake Popen, a stand-in caffeinate on its path, and watchers kept."""

    def __init__(self, tmp_path: Path, popen: FakePopen | None = None,
                 with_caffeinate: bool = True) -> None:
        folder = tmp_path / "bin"
        folder.mkdir()
        self.caffeinate = folder / "caffeinate"
        if with_caffeinate:
            self.caffeinate.write_text("#!/bin/sh\n")
            self.caffeinate.chmod(0o755)
        self.popen = popen or FakePopen()
        self.heard: list[str] = []
        self.watchers: list[Callable[[], None]] = []
        self.awake = CaffeinateAwake(self.popen, pid=PID, search_path=str(folder),
                                     on_notice=self.heard.append, watch=self.watchers.append)

    @property
    def processes(self) -> list[FakeProcess]:
        return self.popen.processes

    def run_watcher(self, index: int) -> None:
        self.watchers[index]()


def test_inhibit_starts_caffeinate_for_the_display_watching_our_pid(tmp_path):
    rig = Rig(tmp_path)
    rig.awake.inhibit("A warm-up session is running")
    [process] = rig.processes
    assert process.argv == [str(rig.caffeinate), "-d", "-w", str(PID)]
    assert process.kwargs["stdin"] is subprocess.DEVNULL
    assert process.kwargs["stdout"] is subprocess.DEVNULL
    assert process.kwargs["stderr"] is subprocess.DEVNULL
    assert process.kwargs["start_new_session"] is True
    assert rig.awake.active and len(rig.watchers) == 1
    assert process.done == []  # started, never waited on


def test_by_default_caffeinate_watches_this_process_and_is_looked_for_in_usr_bin_first(
    monkeypatch,
):
    monkeypatch.setenv("PATH", "/nowhere")
    seen: list[str | None] = []

    def which(name: str, path: str | None = None) -> str | None:
        seen.append(path)
        return "/usr/bin/caffeinate"

    monkeypatch.setattr(awake_macos.shutil, "which", which)
    assert CaffeinateAwake().command() == ["/usr/bin/caffeinate", "-d", "-w", str(os.getpid())]
    assert seen == [os.pathsep.join(["/usr/bin", "/nowhere"])]


def test_uninhibit_terminates_without_waiting_and_inhibit_again_starts_a_fresh_one(tmp_path):
    rig = Rig(tmp_path)
    rig.awake.inhibit("run")
    rig.awake.inhibit("run")  # already held: no second caffeinate
    assert len(rig.processes) == 1
    rig.awake.uninhibit()
    first = rig.processes[0]
    assert first.done == ["terminate"]
    assert not rig.awake.active
    rig.awake.uninhibit()  # nothing held: nothing done
    assert first.done == ["terminate"]
    rig.awake.inhibit("resumed")
    assert len(rig.processes) == 2
    assert rig.processes[1].argv == first.argv and rig.processes[1].returncode is None
    assert rig.awake.active


def test_a_caffeinate_we_stopped_ends_quietly_when_its_watcher_sees_it_go(tmp_path):
    rig = Rig(tmp_path)
    rig.awake.inhibit("run")
    rig.awake.uninhibit()
    rig.run_watcher(0)  # it reaps the process
    assert rig.processes[0].done == ["terminate", "wait"]
    assert rig.heard == [] and rig.awake.notice is None


def test_close_at_quit_stops_caffeinate_and_sees_it_gone_within_the_bound(tmp_path):
    rig = Rig(tmp_path)
    rig.awake.inhibit("run")
    rig.awake.close()
    assert rig.processes[0].done == ["terminate", f"wait {QUIT_WAIT_S}"]
    assert QUIT_WAIT_S <= 0.5
    assert not rig.awake.active


def test_close_kills_a_caffeinate_that_will_not_end(tmp_path):
    rig = Rig(tmp_path, FakePopen(stubborn=True))
    rig.awake.inhibit("run")
    rig.awake.close()
    assert rig.processes[0].done == [
        "terminate", f"wait {QUIT_WAIT_S}", "kill", f"wait {QUIT_WAIT_S}"]
    assert rig.processes[0].returncode == -9


def test_close_also_sees_off_one_stopped_earlier_and_then_does_nothing_more(tmp_path):
    rig = Rig(tmp_path, FakePopen(stubborn=True))
    rig.awake.inhibit("run")
    rig.awake.uninhibit()  # paused: asked to end, still there
    rig.awake.close()
    assert rig.processes[0].done == [
        "terminate", f"wait {QUIT_WAIT_S}", "kill", f"wait {QUIT_WAIT_S}"]
    rig.awake.close()
    assert len(rig.processes[0].done) == 4


def test_a_missing_caffeinate_gives_one_clear_notice_and_no_crash(tmp_path, caplog):
    rig = Rig(tmp_path, with_caffeinate=False)
    with caplog.at_level(logging.WARNING, logger="hiptimer.awake_macos"):
        for _ in range(3):
            rig.awake.inhibit("run")
            rig.awake.uninhibit()
        rig.awake.close()
    assert rig.processes == []
    assert len(rig.heard) == 1 and "caffeinate was not found" in rig.heard[0]
    assert [r.getMessage() for r in caplog.records] == rig.heard
    assert rig.awake.notice == rig.heard[0]


def test_a_caffeinate_that_cannot_start_gives_one_notice_and_no_crash(tmp_path):
    rig = Rig(tmp_path, FakePopen(error=PermissionError(13, "Permission denied")))
    for _ in range(2):
        rig.awake.inhibit("run")
        rig.awake.uninhibit()
    assert not rig.awake.active and rig.watchers == []
    assert len(rig.heard) == 1 and "could not be started" in rig.heard[0]
    assert "Permission denied" in rig.heard[0]


def test_a_caffeinate_that_dies_during_the_run_is_told_once_and_started_again_on_resume(
    tmp_path,
):
    rig = Rig(tmp_path)
    rig.awake.inhibit("run")
    rig.processes[0].die(1)
    rig.run_watcher(0)
    assert not rig.awake.active
    assert len(rig.heard) == 1 and "stopped by itself (exit status 1)" in rig.heard[0]
    rig.awake.inhibit("resumed")
    assert len(rig.processes) == 2 and rig.awake.active
    rig.processes[1].die(2)
    rig.run_watcher(1)
    assert len(rig.heard) == 1  # told once
    assert "exit status 2" in (rig.awake.notice or "")


def test_a_death_first_seen_at_inhibit_is_told_there_and_its_late_watcher_leaves_the_new_one(
    tmp_path,
):
    rig = Rig(tmp_path)
    rig.awake.inhibit("run")
    rig.processes[0].die(5)
    rig.awake.inhibit("resumed")  # the watcher has not run yet
    assert len(rig.processes) == 2
    assert len(rig.heard) == 1 and "exit status 5" in rig.heard[0]
    rig.run_watcher(0)
    assert rig.awake.active  # the new caffeinate is still ours
    rig.awake.uninhibit()
    assert rig.processes[1].done == ["terminate"]


# -- a real stand-in caffeinate ---------------------------------------------

needs_sh = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a shell script")


def stand_in(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "real-bin"
    folder.mkdir()
    script = folder / "caffeinate"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(0o755)
    return folder


class Threads:
    """``watch`` that runs each watcher on a real thread, and keeps the threads to join."""

    def __init__(self) -> None:
        self.started: list[threading.Thread] = []

    def __call__(self, watch: Callable[[], None]) -> None:
        thread = threading.Thread(target=watch, daemon=True)
        self.started.append(thread)
        thread.start()

    def join(self) -> None:
        for thread in self.started:
            thread.join(timeout=10)
            assert not thread.is_alive()


@needs_sh
def test_a_real_process_is_started_stopped_and_reaped(tmp_path):
    processes: list[subprocess.Popen[bytes]] = []

    def popen(argv: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        processes.append(subprocess.Popen(argv, **kwargs))  # type: ignore[call-overload]
        return processes[-1]

    threads = Threads()
    heard: list[str] = []
    awake = CaffeinateAwake(popen, search_path=str(stand_in(tmp_path, "exec sleep 600")),
                            on_notice=heard.append, watch=threads)
    try:
        awake.inhibit("run")
        [process] = processes
        assert process.poll() is None
        awake.uninhibit()
        threads.join()  # its watcher saw it end
        assert process.returncode == -15
        awake.inhibit("resumed")
        assert len(processes) == 2 and processes[1].poll() is None
        awake.close()
        threads.join()
        # Terminated, or killed if it took longer than the bound on a busy machine.
        assert processes[1].returncode in (-15, -9)
        assert heard == []
    finally:
        for leftover in processes:
            if leftover.poll() is None:
                leftover.kill()
                leftover.wait()


@needs_sh
def test_a_real_caffeinate_that_exits_at_once_is_told_from_its_watcher(tmp_path):
    threads = Threads()
    heard: list[str] = []
    awake = CaffeinateAwake(search_path=str(stand_in(tmp_path, "exit 3")),
                            on_notice=heard.append, watch=threads)
    awake.inhibit("run")
    threads.join()
    assert heard == ["caffeinate stopped by itself (exit status 3); the screen may go dark "
                     "until the run is paused and resumed"]
    assert not awake.active
