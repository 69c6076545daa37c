"""``tools/dev.py run`` starts hiptimer as the installed launcher would."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from hiptimer import paths

REPO = Path(__file__).resolve().parents[2]


def load_dev_tool():
    spec = importlib.util.spec_from_file_location("dev_tool", REPO / "tools" / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_run_without_arguments_opens_the_runners_own_copy_of_the_default(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    own = paths.user_default_session()
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text('name = "My own morning routine"\n[[moves]]\nmove = "clam-shell"\nreps = 4\n')
    dev = load_dev_tool()
    # The launcher of the environment running the tests, already installed.
    monkeypatch.setattr(dev, "BIN", Path(sys.executable).parent)
    monkeypatch.setattr(dev, "ensure_venv", lambda extras: None)
    # Whatever it starts is asked for its plan instead of a window.
    start = dev._run
    monkeypatch.setattr(dev, "_run", lambda *argv: start(*argv, "--check"))

    assert dev.run([]) == 0

    out = capfd.readouterr().out
    assert "My own morning routine" in out
    assert "Pre-run glute activation" not in out
