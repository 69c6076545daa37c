"""Set up a local virtual environment and run the app or the tests.

Needs only Python 3.10+ with pip and venv. ``python3 tools/dev.py run``
installs hiptimer into ``.venv`` and starts it on ``config.toml``;
``python3 tools/dev.py test`` installs the development tools too and runs
ruff, mypy and the whole test suite. The install is skipped when
``pyproject.toml`` has not changed since the last one.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _run(*argv: str | Path) -> int:
    print("+", " ".join(str(a) for a in argv), flush=True)
    return subprocess.call([str(a) for a in argv], cwd=ROOT)


def ensure_venv(extras: str) -> None:
    """Create ``.venv`` and install hiptimer (with ``extras``) if anything changed."""
    if not PYTHON.exists():
        print(f"+ creating {VENV.relative_to(ROOT)}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'app'}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extras}]" if extras else "."
    code = _run(PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q",
                "-e", target)
    if code != 0:
        raise SystemExit(code)
    stamp.write_text(digest)


def run(args: list[str]) -> int:
    """Start the app on config.toml (or on the given arguments)."""
    ensure_venv("")
    return _run(PYTHON, ROOT / "main.py", *(args or [ROOT / "config.toml"]))


def test(args: list[str]) -> int:
    """Run ruff, mypy and pytest; return non-zero if any of them fails."""
    ensure_venv("dev")
    failed = 0
    sources = [p for p in ("hiptimer", "tests", "tools", "bench", "main.py") if (ROOT / p).exists()]
    failed |= _run(PYTHON, "-m", "ruff", "check", *sources)
    failed |= _run(PYTHON, "-m", "mypy")
    env_note = {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    os.environ.update(env_note)
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
