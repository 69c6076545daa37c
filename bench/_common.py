"""Helpers shared by the benchmark scripts: statistics, tables and the machine.

Not a benchmark itself. The scripts in ``bench/`` put the repository's top
folder on ``sys.path`` through ``setup_path()`` so they run from a plain
checkout (``python bench/timing.py``) without installing hiptimer.
"""

from __future__ import annotations

import datetime
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_path() -> None:
    """Make ``import hiptimer`` find the checkout this script lives in."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def use_offscreen(display: bool = False) -> None:
    """Run Qt without a display unless ``display`` asks for the real one."""
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if not (display and has_display):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def percentile(values: Sequence[float], fraction: float) -> float:
    """Return the nearest-rank percentile (``fraction`` 0.99 for p99) of ``values``."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def median(values: Iterable[float]) -> float:
    """Return the median, or NaN for no values."""
    items = list(values)
    return statistics.median(items) if items else math.nan


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Return ``rows`` as a Markdown table whose columns line up in a terminal too."""
    text_rows = [[str(cell) for cell in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [line(headers), "| " + " | ".join("-" * w for w in widths) + " |"]
    out.extend(line(row) for row in text_rows)
    return "\n".join(out)


def cpu_model() -> str:
    """Return the CPU model named in ``/proc/cpuinfo`` (or what ``platform`` knows)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for text in handle:
                if text.startswith("model name"):
                    return text.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def usable_cpus() -> int:
    """Return how many CPUs this process may run on (what ``nproc`` prints)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def ram_total() -> str:
    """Return the machine's memory from ``/proc/meminfo``, in GiB."""
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            for text in handle:
                if text.startswith("MemTotal:"):
                    return f"{int(text.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def os_name() -> str:
    """Return the operating system's pretty name and kernel."""
    name = platform.system()
    try:
        with open("/etc/os-release", encoding="utf-8") as handle:
            for text in handle:
                if text.startswith("PRETTY_NAME="):
                    name = text.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return f"{name}, kernel {platform.release()}"


def machine() -> str:
    """Return a few lines describing where the benchmark ran."""
    try:
        import PySide6
        from PySide6 import QtCore

        qt = f"PySide6 {PySide6.__version__} (Qt {QtCore.qVersion()})"
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        qt = "PySide6 not installed"
    platform_name = os.environ.get("QT_QPA_PLATFORM", "default")
    return "\n".join([
        f"- date: {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"- CPU: {cpu_model()}, nproc {usable_cpus()}",
        f"- RAM: {ram_total()}",
        f"- OS: {os_name()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), {qt}",
        f"- Qt platform plugin: {platform_name}",
    ])


def load_average() -> str:
    """Return the 1, 5 and 15 minute load averages, as ``/proc/loadavg`` has them."""
    try:
        with open("/proc/loadavg", encoding="utf-8") as handle:
            return " ".join(handle.read().split()[:3])
    except OSError:
        return "unknown"


def ms(seconds: float, digits: int = 1) -> str:
    """Return ``seconds`` in milliseconds with ``digits`` decimals."""
    if math.isnan(seconds):
        return "–"
    return f"{seconds * 1000:.{digits}f}"



class CpuHogs:
    """``count`` processes that each spin on a core, to measure under load.

    Use as a context manager; every hog is ended by its own PID on exit, and
    the load average seen just before that is kept in ``load_seen``.
    """

    def __init__(self, count: int) -> None:
        self.count = count
        self.processes: list[subprocess.Popen[bytes]] = []
        self.load_seen = ""

    def __enter__(self) -> CpuHogs:
        for _ in range(self.count):
            self.processes.append(subprocess.Popen(
                [sys.executable, "-c", "while True: pass"], stdin=subprocess.DEVNULL,
            ))
        return self

    def __exit__(self, *exc: object) -> None:
        self.load_seen = load_average()
        for process in self.processes:
            process.kill()
            process.wait(timeout=10)
        self.processes = []


class VirtualDisplay:
    """An ``Xvfb`` server on a free display number, for a real window and real keys.

    Use as a context manager; ``display`` is the ``DISPLAY`` value to hand
    on. The server is ended by its PID on exit.
    """

    def __init__(self, size: str = "1280x800x24") -> None:
        self.size = size
        self.display = ""
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> VirtualDisplay:
        for number in range(90, 140):
            socket = Path(f"/tmp/.X11-unix/X{number}")
            if socket.exists() or Path(f"/tmp/.X{number}-lock").exists():
                continue
            process = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", self.size, "-nolisten", "tcp"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + 10
            while not socket.exists() and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            if process.poll() is None and socket.exists():
                self.display = f":{number}"
                self.process = process
                return self
            process.kill()
            process.wait(timeout=10)
        raise RuntimeError("could not start Xvfb on any display from :90 to :139")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


def replace_section(path: Path, heading: str, text: str) -> None:
    """Put ``text`` (which starts with the line ``heading``) into ``path`` in place of that section.

    A section runs from its ``## `` heading to the next one; a file without
    it gets it at the end. Other sections are left as they are.
    """
    import re

    old = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    body = text.rstrip("\n") + "\n"
    if pattern.search(old):
        new = pattern.sub(lambda _: body + "\n", old).rstrip("\n") + "\n"
    else:
        new = old.rstrip("\n") + "\n\n" + body
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new, encoding="utf-8")
