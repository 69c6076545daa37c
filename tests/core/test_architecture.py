"""The layers hold: no import circle, views and controllers apart, the window a shell.

Read from the source with ``ast`` (nothing is imported), counting every
import: at the top, inside functions (the lazy ones that keep the first
frame light) and under ``TYPE_CHECKING``. See docs/architecture.md.
"""

from __future__ import annotations

import ast
import sys
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "hiptimer"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


@cache
def imported_by(name: str) -> frozenset[str]:
    """Return the hiptimer modules (and PySide6, as "PySide6") that ``name`` imports."""
    found = set()
    for node in ast.walk(ast.parse(modules()[name].read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    known = modules()
    result = {m for m in found if m in known and m != name}
    if any(m == "PySide6" or m.startswith("PySide6.") for m in found):
        result.add("PySide6")
    return frozenset(result)


def cycles() -> list[list[str]]:
    """Return the groups of modules that import each other, round a circle (Tarjan)."""
    graph = {name: sorted(imported_by(name) - {"PySide6"}) for name in modules()}
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups = []

    def visit(name: str) -> None:
        order[name] = low[name] = len(order)
        stack.append(name)
        for other in graph[name]:
            if other not in order:
                visit(other)
                low[name] = min(low[name], low[other])
            elif other in stack:
                low[name] = min(low[name], order[other])
        if low[name] == order[name]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == name:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for name in sorted(graph):
        if name not in order:
            visit(name)
    return groups


def test_no_module_of_hiptimer_imports_itself_round_a_circle():
    assert cycles() == []


def test_the_cycle_finder_sees_a_circle(monkeypatch):
    # The check above would pass with a finder that finds nothing.
    fake = {"a": frozenset({"b"}), "b": frozenset({"c"}), "c": frozenset({"a"}), "d": frozenset()}
    here = sys.modules[__name__]
    monkeypatch.setattr(here, "modules", lambda: dict.fromkeys(fake, None))
    monkeypatch.setattr(here, "imported_by", lambda name: fake[name])
    assert cycles() == [["a", "b", "c"]]


def test_the_core_never_imports_qt():
    core = [name for name in modules() if not name.startswith("hiptimer.gui")]
    assert len(core) > 20
    assert [name for name in core if "PySide6" in imported_by(name)] == []


def test_only_the_entry_point_imports_the_window():
    importers = sorted(name for name in modules() if "hiptimer.gui.window" in imported_by(name))
    assert importers == ["hiptimer.gui.main"]


def test_views_import_no_controller_and_controllers_no_view():
    views = [name for name in modules() if name.startswith("hiptimer.gui.views")]
    controllers = [name for name in modules() if name.startswith("hiptimer.gui.controllers")]
    assert len(views) >= 8 and len(controllers) >= 5
    assert [(view, other) for view in views for other in imported_by(view)
            if other.startswith("hiptimer.gui.controllers")] == []
    assert [(controller, other) for controller in controllers for other in imported_by(controller)
            if other.startswith("hiptimer.gui.views")] == []


def test_the_window_is_a_shell_and_no_gui_file_is_long():
    lines = {name: len(path.read_text(encoding="utf-8").splitlines())
             for name, path in modules().items() if name.startswith("hiptimer.gui")}
    assert lines["hiptimer.gui.window"] < 350
    assert {name: count for name, count in lines.items() if count > 500} == {}
