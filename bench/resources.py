"""Memory and CPU: the real app window while a 30 s hold runs, beside a bare window.

Starts ``main.py --start`` (through ``bench/_first_frame.py app --stay``, which
runs ``main.py`` unchanged and prints a line as each phase starts) on a
session of one long hold. Once the hold has run for a moment, this process
reads the child's CPU time (``/proc/PID/task/*/schedstat``, nanoseconds on a
CPU per thread; ``/proc/PID/stat`` user + system time in 10 ms ticks as a
cross-check) and ``/proc/PID/status`` (``VmRSS``, ``VmHWM``, ``RssAnon``,
``RssFile``, and voluntary context switches of every thread, i.e. how often
it slept and woke), waits 30 s (10 s with ``--quick``), reads them again and
stops the child. CPU use is the CPU time used over that wall time, as a
percentage of one core; RSS is read at the end
of the window, ``VmHWM`` is the peak since the process started, and RSS is
also sampled every second to show any growth.

In the same run and alternating with the app, a bare PySide6 window (a
``QMainWindow`` with a ``QLabel``, same size) is measured the same way, and,
with ``--fullscreen-too``, the app again in full screen (on the offscreen
platform on a 1920×1080 and a 3840×2160 screen, set through the plugin's
``configfile`` option; on a real display, on whatever screen it has). The
table shows each window's size at its first frame. Targets: app RSS ≤ 90 MB,
CPU ≤ 1 % of a core.

Usage: ``python bench/resources.py [--quick] [--repeats N] [--display] [--fullscreen-too]``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import _common

CHILD = Path(__file__).resolve().parent / "_first_frame.py"
RSS_TARGET_MB = 90.0
CPU_TARGET_PERCENT = 1.0
SETTLE_SECONDS = 2.0
# Full-screen variants on the offscreen platform, with the screen size given.
FULL_SCREENS = {
    "app, full screen 1920×1080": (1920, 1080),
    "app, full screen 3840×2160": (3840, 2160),
    "bare, full screen 3840×2160": (3840, 2160),
}
SESSION_TOML = """\
name = "Resources bench"
get_ready = 0

[[moves]]
name = "Glute bridge"
hold = {hold}
"""


@dataclass
class Sample:
    """What one measured window of one process showed."""

    variant: str
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    live_cpu_seconds: float = math.nan
    size: str = ""
    rss_mb: float = 0.0
    hwm_mb: float = 0.0
    anon_mb: float = 0.0
    file_mb: float = 0.0
    rss_growth_mb: float = 0.0
    wakeups: int = 0
    threads: int = 0
    phases: list[str] = field(default_factory=list)

    @property
    def cpu_percent(self) -> float:
        """Return CPU use as a percentage of one core."""
        return 100 * self.cpu_seconds / self.seconds if self.seconds else 0.0


def cpu_seconds(pid: int) -> float:
    """Return user + system CPU seconds used so far by all threads of ``pid``."""
    with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
        text = handle.read()
    # The command name may hold spaces; the fields after it are fixed.
    fields = text[text.rindex(")") + 2:].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def run_time(pid: int) -> float | None:
    """Return seconds on a CPU, in nanosecond resolution, summed over the live threads.

    ``/proc/PID/task/TID/schedstat`` counts in nanoseconds where ``stat``
    counts in clock ticks (10 ms), too coarse for 0.1 % of a core over 10 s.
    Returns ``None`` where the kernel does not provide it.
    """
    total = 0
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return None
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat", encoding="utf-8") as handle:
                total += int(handle.read().split()[0])
        except FileNotFoundError:
            continue  # the thread ended meanwhile
        except (OSError, ValueError, IndexError):
            return None
    return total / 1e9


def status(pid: int) -> dict[str, int]:
    """Return the numeric ``kB`` and count fields of ``/proc/PID/status``."""
    out: dict[str, int] = {}
    with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
        for text in handle:
            key, _, value = text.partition(":")
            parts = value.split()
            if parts and parts[0].isdigit():
                out[key] = int(parts[0])
    return out


def gui_wakeups(pid: int) -> int:
    """Return the main (GUI) thread's voluntary context switches: how often it slept."""
    return status(pid).get("voluntary_ctxt_switches", 0)


def start_child(variant: str, session: Path, home: Path) -> subprocess.Popen[str]:
    """Start the process measured as ``variant``."""
    env = dict(os.environ)
    for variable, name in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                           ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        env[variable] = str(home / name)
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    if variant.startswith("bare"):
        argv = [sys.executable, str(CHILD), "bare", "--stay"]
        if "full screen" in variant:
            argv.append("--fullscreen")
    else:
        argv = [sys.executable, str(CHILD), "app", "--stay", str(session), "--start"]
        if "full screen" in variant:
            argv.append("--fullscreen")
    size = FULL_SCREENS.get(variant)
    if size is not None and env.get("QT_QPA_PLATFORM") == "offscreen":
        # The offscreen plugin's one screen is 800×800 unless told otherwise.
        config = home / f"screen-{size[0]}x{size[1]}.json"
        screen = {"name": "bench", "x": 0, "y": 0, "width": size[0], "height": size[1]}
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    return subprocess.Popen(argv, env=env, cwd=_common.ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)


def _reader(process: subprocess.Popen[str], lines: queue.Queue[str]) -> None:
    assert process.stdout is not None
    for text in process.stdout:
        lines.put(text.rstrip("\n"))


def wait_for(lines: queue.Queue[str], prefix: str, timeout: float, seen: list[str]) -> str:
    """Return the first line starting with ``prefix``, keeping every line read in ``seen``."""
    for text in seen:
        if text.startswith(prefix):
            return text
    end = time.monotonic() + timeout
    while True:
        left = end - time.monotonic()
        if left <= 0:
            raise RuntimeError(f"no {prefix!r} line within {timeout} s; got {seen}")
        try:
            text = lines.get(timeout=left)
        except queue.Empty:
            continue
        seen.append(text)
        if text.startswith(prefix):
            return text


def measure(variant: str, seconds: float, session: Path, home: Path) -> Sample:
    """Run ``variant`` and measure it for ``seconds`` while the hold runs."""
    process = start_child(variant, session, home)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_reader, args=(process, lines), daemon=True).start()
    sample = Sample(variant)
    seen: list[str] = []
    try:
        wait_for(lines, "FIRST_FRAME", 60, seen)
        facts = wait_for(lines, "FACTS", 1, seen)
        sample.size = next((f[5:] for f in facts.split() if f.startswith("size=")), "?")
        if not variant.startswith("bare"):
            line = wait_for(lines, "PHASE 0 work", 30, seen)
            hold_start = float(line.split()[-1])
            time.sleep(max(0.0, hold_start + SETTLE_SECONDS - time.monotonic()))
        else:
            time.sleep(SETTLE_SECONDS)
        pid = process.pid
        before = status(pid)
        cpu_before = cpu_seconds(pid)
        run_before = run_time(pid)
        switches_before = gui_wakeups(pid)
        began = time.monotonic()
        rss = [before["VmRSS"]]
        while time.monotonic() < began + seconds:
            time.sleep(min(1.0, max(0.0, began + seconds - time.monotonic())))
            rss.append(status(pid)["VmRSS"])
        after = status(pid)
        run_after = run_time(pid)
        sample.cpu_seconds = cpu_seconds(pid) - cpu_before
        if run_before is not None and run_after is not None:
            sample.live_cpu_seconds = run_after - run_before
        sample.seconds = time.monotonic() - began
        sample.wakeups = gui_wakeups(pid) - switches_before
        if process.poll() is not None:
            raise RuntimeError(f"{variant}: the process ended during the measurement")
        sample.rss_mb = after["VmRSS"] / 1024
        sample.hwm_mb = after["VmHWM"] / 1024
        sample.anon_mb = after.get("RssAnon", 0) / 1024
        sample.file_mb = after.get("RssFile", 0) / 1024
        sample.rss_growth_mb = (rss[-1] - rss[0]) / 1024
        sample.threads = after.get("Threads", 0)
        while not lines.empty():
            seen.append(lines.get())
        sample.phases = [text.split()[2] for text in seen if text.startswith("PHASE")]
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if not variant.startswith("bare") and sample.phases != ["work"]:
        raise RuntimeError(f"{variant}: expected to measure inside the hold, saw {sample.phases}")
    return sample


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 s windows, one repeat")
    parser.add_argument("--seconds", type=float, help="length of each window (default 30)")
    parser.add_argument("--repeats", type=int, help="runs of each variant (default 3, quick 1)")
    parser.add_argument("--display", action="store_true",
                        help="use the real display instead of Qt's offscreen platform")
    parser.add_argument("--fullscreen-too", action="store_true",
                        help="also measure the app in full screen")
    args = parser.parse_args(argv)
    _common.use_offscreen(args.display)
    seconds = args.seconds or (10.0 if args.quick else 30.0)
    repeats = args.repeats or (1 if args.quick else 3)
    variants = ["app", "bare"]
    if args.fullscreen_too:
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            variants = ["app", *(v for v in FULL_SCREENS if v.startswith("app")), "bare",
                        *(v for v in FULL_SCREENS if v.startswith("bare"))]
        else:
            # A real display: the screen (and a window manager) decide the size.
            variants.insert(1, "app, full screen")

    with tempfile.TemporaryDirectory(prefix="hiptimer-resources-") as folder:
        home = Path(folder)
        session = home / "hold.toml"
        # The hold outlasts the window: the start-up, the settling time and
        # a margin so the countdown to its end falls outside.
        session.write_text(SESSION_TOML.format(hold=round(seconds + SETTLE_SECONDS + 5)),
                           encoding="utf-8")
        print(f"{repeats} runs of each of: {', '.join(variants)}; {seconds:g} s windows "
              f"inside a {round(seconds + SETTLE_SECONDS + 5)} s hold; "
              f"load average before: {_common.load_average()}", flush=True)
        samples: list[Sample] = []
        for repeat in range(repeats):
            for variant in variants:
                sample = measure(variant, seconds, session, home)
                samples.append(sample)
                print(f"  run {repeat + 1} {variant}: CPU {sample.cpu_percent:.2f} %, "
                      f"RSS {sample.rss_mb:.1f} MB (peak {sample.hwm_mb:.1f}), "
                      f"{sample.wakeups / sample.seconds:.1f} wake-ups/s",
                      file=sys.stderr, flush=True)
        print(f"load average after: {_common.load_average()}\n")

    rows = []
    for variant in variants:
        mine = [s for s in samples if s.variant == variant]

        def med(values: list[float]) -> float:
            return _common.median(values)

        rows.append([
            variant, mine[0].size, len(mine), f"{med([s.seconds for s in mine]):.1f}",
            f"{med([s.cpu_percent for s in mine]):.2f}",
            f"{max(s.cpu_percent for s in mine):.2f}",
            f"{med([100 * s.live_cpu_seconds / s.seconds for s in mine]):.2f}",
            f"{med([s.wakeups / s.seconds for s in mine]):.1f}",
            f"{med([s.rss_mb for s in mine]):.1f}",
            f"{med([s.hwm_mb for s in mine]):.1f}",
            f"{med([s.anon_mb for s in mine]):.1f}",
            f"{med([s.file_mb for s in mine]):.1f}",
            f"{med([s.rss_growth_mb for s in mine]):+.2f}",
            f"{med([float(s.threads) for s in mine]):.0f}",
        ])
    print(_common.table(
        ["variant", "size", "runs", "window s", "CPU % of a core (median)", "CPU % (worst)",
         "CPU % (ns, live threads)", "GUI thread wake-ups/s", "RSS MB",
         "peak RSS (VmHWM) MB", "anon MB", "file-backed MB", "RSS growth MB", "threads"],
        rows,
    ))
    app = [s for s in samples if s.variant == "app"]
    bare = [s for s in samples if s.variant == "bare"]
    cpu = _common.median(s.cpu_percent for s in app)
    rss = _common.median(s.rss_mb for s in app)
    peak = max(s.hwm_mb for s in app)
    bare_rss = _common.median(s.rss_mb for s in bare)
    cpu_ok = cpu <= CPU_TARGET_PERCENT
    rss_ok = peak <= RSS_TARGET_MB
    print(f"\ntarget: CPU ≤ {CPU_TARGET_PERCENT:g} % of a core during the hold: "
          f"{cpu:.2f} % — {'met' if cpu_ok else 'MISSED'}")
    print(f"target: RSS ≤ {RSS_TARGET_MB:g} MB: {rss:.1f} MB at the end of the window, "
          f"peak {peak:.1f} MB — {'met' if rss_ok else 'MISSED'} "
          f"(bare PySide6 window: {bare_rss:.1f} MB, app ÷ bare {rss / bare_rss:.2f}×)")
    return 0 if cpu_ok and rss_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
