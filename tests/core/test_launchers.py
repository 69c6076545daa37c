"""The two launchers: ``hiptimer`` (a gui script) and ``hiptimer-cli`` (a console script).

On Windows a gui script runs without a console, so ``hiptimer --check`` and
``--help`` print nothing there; ``hiptimer-cli`` is the same program with
one. Both must start the same ``main``, in ``pyproject.toml`` and in the
installed metadata alike (``tools/dev.py`` reinstalls when pyproject changes).
"""

from __future__ import annotations

import importlib
import json
import sys
from importlib import metadata
from pathlib import Path

import pytest

from hiptimer.app import main

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - 3.10
    import tomli as tomllib

REPO = Path(__file__).resolve().parents[2]
ENTRY = "hiptimer.app:main"


def resolve(value: str) -> object:
    module, _, name = value.partition(":")
    return getattr(importlib.import_module(module), name)


def test_pyproject_has_a_gui_launcher_and_a_console_one_for_the_same_main():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"] == {"hiptimer": ENTRY}
    assert project["scripts"] == {"hiptimer-cli": ENTRY}
    assert resolve(project["gui-scripts"]["hiptimer"]) is main
    assert resolve(project["scripts"]["hiptimer-cli"]) is main


def test_the_installed_launchers_are_the_same():
    try:
        dist = metadata.distribution("hiptimer")
    except metadata.PackageNotFoundError:
        pytest.skip("hiptimer is not installed (run python3 tools/dev.py test)")
    direct = dist.read_text("direct_url.json")
    if direct is None or Path(json.loads(direct).get("url", "").removeprefix("file://")) != REPO:
        pytest.skip("the installed hiptimer is not this checkout")
    points = {(point.group, point.name): point for point in dist.entry_points}
    gui = points[("gui_scripts", "hiptimer")]
    console = points.get(("console_scripts", "hiptimer-cli"))
    assert console is not None, "reinstall: python3 tools/dev.py test does it"
    assert gui.value == console.value == ENTRY
    assert gui.load() is console.load() is main
