"""Set up a local virtual environment and run the app or the tests.

Needs only Python 3.10+ with pip and venv. ``python3 tools/dev.py run``
installs hiptimer into ``.venv`` and starts it through the installed
``hiptimer`` launcher, exactly as a runner's own install would (so the
runner's saved copy of the default session wins over the repository's
``config.toml``); ``python3 tools/dev.py test`` installs the development
tools too and runs ruff, mypy and the whole test suite. The install is
skipped when ``pyproject.toml`` has not changed since the last one.

Two environment variables serve CI (``.ci/run``), which runs the suite once
per Python:

- ``HIPTIMER_VENV``: the virtual environment to use instead of ``.venv``;
- ``HIPTIMER_LOWEST=1``: install the lowest versions ``pyproject.toml``
  allows for every direct dependency (uv's ``--resolution lowest-direct``),
  to prove that the declared floors really work.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("HIPTIMER_VENV") or ROOT / ".venv").resolve()
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
EXE = ".exe" if os.name == "nt" else ""
PYTHON = BIN / f"python{EXE}"
LOWEST = os.environ.get("HIPTIMER_LOWEST", "") not in ("", "0")


def _run(*argv: str | Path) -> int:
    print("+", " ".join(str(a) for a in argv), flush=True)
    return subprocess.call([str(a) for a in argv], cwd=ROOT)


def _check(*argv: str | Path) -> None:
    code = _run(*argv)
    if code != 0:
        raise SystemExit(code)


def ensure_venv(extras: str) -> None:
    """Create the venv and install hiptimer (with ``extras``) if anything changed."""
    if not PYTHON.exists():
        print(f"+ creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    mode = "lowest" if LOWEST else "newest"
    digest = hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes() + f"{extras}:{mode}".encode()
    ).hexdigest()
    stamp = VENV / f".installed-{extras or 'app'}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extras}]" if extras else "."
    pip = (PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q")
    if LOWEST:
        # pip has no "lowest" resolution; uv has, and is itself a wheel on PyPI.
        _check(*pip, "uv")
        _check(BIN / f"uv{EXE}", "pip", "install", "-q", "--python", PYTHON,
               "--resolution", "lowest-direct", "--reinstall-package", "hiptimer",
               "-e", target)
    else:
        _check(*pip, "-e", target)
    stamp.write_text(digest)


def run(args: list[str]) -> int:
    """Start the installed launcher, with the given hiptimer options if any."""
    ensure_venv("")
    return _run(BIN / f"hiptimer{EXE}", *args)


def test(args: list[str]) -> int:
    """Run ruff, mypy and pytest; return non-zero if any of them fails."""
    ensure_venv("dev")
    failed = 0
    sources = [p for p in ("hiptimer", "tests", "tools", "bench", "main.py") if (ROOT / p).exists()]
    failed |= _run(PYTHON, "-m", "ruff", "check", *sources)
    if LOWEST:
        # PySide6 6.7.0's own QtGui.pyi does not parse (mypy: "unexpected
        # indent"), so with the lowest versions only the modules that never
        # reach Qt are type-checked; the newest runs check all of hiptimer.
        core = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "hiptimer").glob("*.py")
                      if p.name != "app.py")
        failed |= _run(PYTHON, "-m", "mypy", *core)
    else:
        failed |= _run(PYTHON, "-m", "mypy")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failed |= _run(PYTHON, "-m", "pytest", *args)
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    """Dispatch ``run`` or ``test``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in ("run", "test"):
        print("usage: python3 tools/dev.py run [hiptimer options] | test [pytest options]")
        return 2
    return {"run": run, "test": test}[args[0]](args[1:])


if __name__ == "__main__":
    raise SystemExit(main())
