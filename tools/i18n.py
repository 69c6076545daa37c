"""Keep the translations in ``assets/locale`` in step with the code.

    python tools/i18n.py update    # find new strings, write them to every .ts
    python tools/i18n.py release   # build the .qm files from the .ts sources
    python tools/i18n.py status    # count finished and missing strings per language

``update`` runs ``pyside6-lupdate`` (it ships with PySide6-Essentials) over
``hiptimer/``: it finds every ``translate("context", "text")`` call, adds new
strings as unfinished and drops those the code no longer has. English gets the
plural forms only. ``release`` runs ``pyside6-lrelease``; the ``.qm`` files are
committed so that a bare clone shows its language, and the suite fails when
one is older than its source. Run ``update`` then ``release`` after changing
any string, translate the new entries (Qt Linguist, or any editor), and run
``release`` again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hiptimer import i18n  # noqa: E402

LOCALE = ROOT / "assets" / "locale"
SOURCES = ROOT / "hiptimer"


def tool(name: str) -> str:
    """Return the path of a PySide6 tool: beside this Python, or on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials into this Python")
    return found


def sources() -> list[str]:
    """Return the Python files lupdate reads, in a fixed order."""
    return sorted(str(path) for path in SOURCES.rglob("*.py") if "__pycache__" not in path.parts)


def update_argv(language: str, target: Path) -> list[str]:
    """Return the lupdate command that refreshes ``target`` for ``language``."""
    argv = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
            "-target-language", language, *sources(), "-ts", str(target)]
    if language == i18n.DEFAULT:
        argv.insert(2, "-pluralonly")
    return argv


def update() -> int:
    LOCALE.mkdir(parents=True, exist_ok=True)
    for language in i18n.LANGUAGES:
        code = subprocess.call(update_argv(language, LOCALE / f"hiptimer_{language}.ts"))
        if code:
            return code
    return 0


def release_argv(source: Path, target: Path) -> list[str]:
    """Return the lrelease command that builds ``target`` from ``source``."""
    return [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)]


def release() -> int:
    for language in i18n.LANGUAGES:
        source = LOCALE / f"hiptimer_{language}.ts"
        code = subprocess.call(release_argv(source, source.with_suffix(".qm")))
        if code:
            return code
    return 0


def counts(path: Path) -> tuple[int, int]:
    """Return (finished, all) messages in the ``.ts`` file at ``path``."""
    text = path.read_text(encoding="utf-8")
    total = text.count("<message")
    return total - text.count('type="unfinished"'), total


def status() -> int:
    missing = 0
    for language in i18n.LANGUAGES:
        finished, total = counts(LOCALE / f"hiptimer_{language}.ts")
        missing += total - finished
        print(f"{language}: {finished} of {total} strings translated")
    return 1 if missing else 0


def main(argv: list[str]) -> int:
    commands = {"update": update, "release": release, "status": status}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
