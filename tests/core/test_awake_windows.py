"""The Windows keep-awake backend, against a fake ``kernel32`` (never run on Windows here).

The fake records every ``SetThreadExecutionState`` call with its flags and
the thread it came from, as the real state belongs to the calling thread.
"""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from hiptimer import awake_windows
from hiptimer.awake_windows import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    ExecutionStateAwake,
)

HOLD = ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED


class FakeKernel32:
    """Records ``(flags, thread ident)`` per call; answers like Windows or with ``answer``."""

    def __init__(self, answer: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.answer = answer
        self.state = ES_CONTINUOUS

    def SetThreadExecutionState(self, flags: int) -> int:  # noqa: N802 - the Win32 name
        self.calls.append((flags, threading.get_ident()))
        if self.answer is not None:
            return self.answer
        previous, self.state = self.state, flags
        return previous

    def flags(self) -> list[int]:
        return [flags for flags, _ in self.calls]


def make(kernel32: FakeKernel32, heard: list[str] | None = None) -> ExecutionStateAwake:
    return ExecutionStateAwake(lambda: kernel32, on_notice=None if heard is None else heard.append)


def test_the_constants_are_windows_own():
    # winbase.h; a typo here would hold nothing on a real Windows.
    assert (ES_SYSTEM_REQUIRED, ES_DISPLAY_REQUIRED, ES_CONTINUOUS) == (1, 2, 0x80000000)
    assert awake_windows.HOLD == HOLD == 0x80000003
    assert awake_windows.RELEASE == ES_CONTINUOUS


def test_inhibit_holds_display_and_system_and_uninhibit_releases_with_continuous_alone():
    kernel32 = FakeKernel32()
    awake = make(kernel32)
    awake.inhibit("A warm-up session is running")
    assert kernel32.flags() == [HOLD]
    assert awake.active
    awake.uninhibit()
    assert kernel32.flags() == [HOLD, ES_CONTINUOUS]
    assert not awake.active
    assert awake.notice is None


def test_both_calls_come_from_the_calling_thread():
    kernel32 = FakeKernel32()
    awake = make(kernel32)
    awake.inhibit("run")
    awake.uninhibit()
    me = threading.get_ident()
    assert [thread for _, thread in kernel32.calls] == [me, me]


def test_inhibit_and_uninhibit_are_idempotent_and_a_second_run_holds_again():
    kernel32 = FakeKernel32()
    awake = make(kernel32)
    awake.uninhibit()  # nothing held: nothing sent
    assert kernel32.calls == []
    awake.inhibit("run")
    awake.inhibit("resumed")
    awake.uninhibit()
    awake.uninhibit()
    awake.inhibit("again")
    awake.close()
    assert kernel32.flags() == [HOLD, ES_CONTINUOUS, HOLD, ES_CONTINUOUS]


def test_kernel32_is_loaded_once_and_only_at_the_first_inhibit():
    kernel32 = FakeKernel32()
    loads = []

    def load() -> FakeKernel32:
        loads.append(1)
        return kernel32

    awake = ExecutionStateAwake(load)
    awake.uninhibit()
    assert loads == []
    awake.inhibit("run")
    awake.uninhibit()
    awake.inhibit("run")
    assert loads == [1]


def test_a_release_from_another_thread_is_refused_with_a_notice_and_the_gui_thread_still_can():
    kernel32 = FakeKernel32()
    heard: list[str] = []
    awake = make(kernel32, heard)
    awake.inhibit("run")
    worker = threading.Thread(target=awake.uninhibit)
    worker.start()
    worker.join()
    # Sent from the worker, it would have cleared the worker's state, not ours.
    assert kernel32.flags() == [HOLD]
    assert awake.active
    assert len(heard) == 1 and "GUI thread" in heard[0]
    awake.uninhibit()
    assert kernel32.calls[-1] == (ES_CONTINUOUS, threading.get_ident())


def test_a_refused_call_gives_one_notice_and_the_release_is_still_sent(
    caplog: pytest.LogCaptureFixture,
):
    kernel32 = FakeKernel32(answer=0)
    heard: list[str] = []
    awake = make(kernel32, heard)
    with caplog.at_level(logging.WARNING, logger="hiptimer.awake_windows"):
        for _ in range(3):
            awake.inhibit("run")
            awake.uninhibit()
    assert heard == [awake.notice]
    assert "refused to keep the screen on" in heard[0]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == heard
    assert kernel32.flags() == [HOLD, ES_CONTINUOUS] * 3


def test_no_kernel32_gives_one_notice_and_no_crash():
    def load() -> FakeKernel32:
        raise OSError("[WinError 126] The specified module could not be found")

    heard: list[str] = []
    awake = ExecutionStateAwake(load, on_notice=heard.append)
    for _ in range(3):
        awake.inhibit("run")
        awake.uninhibit()
    awake.close()
    assert not awake.active
    assert len(heard) == 1 and "kernel32 not available" in heard[0]


@pytest.mark.skipif(sys.platform == "win32", reason="the real kernel32 is there")
def test_the_real_loader_says_no_off_windows():
    with pytest.raises(OSError, match="Windows only"):
        awake_windows.load_kernel32()
    heard: list[str] = []
    awake = ExecutionStateAwake(on_notice=heard.append)  # the real loader
    awake.inhibit("run")
    assert not awake.active and len(heard) == 1
