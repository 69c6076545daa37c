"""Translate the built-in moves and sessions through the session format's own keys.

    python tools/content_i18n.py dump de out.json    # every text still to translate
    python tools/content_i18n.py merge in.json       # write the translations in

The built-in library (``assets/moves.toml``), the sessions in
``assets/sessions`` and ``config.toml`` carry their translations as a
runner's shared session would: ``"name.de" = "…"`` beside ``name``. ``dump``
lists each text without a translation in the language as a JSON entry with
an empty ``"translation"``; fill those in and ``merge`` adds the keys to the
files, as text lines at the end of the table they belong to, so comments and
layout stay as they are. ``merge`` checks each file still parses and reads
back what was written.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hiptimer.session import TRANSLATED_KEYS  # noqa: E402

# The loader's translatable keys that hold one text ("answers" is a table).
TEXT_KEYS = tuple(sorted(TRANSLATED_KEYS - {"answers"}))


def files() -> list[Path]:
    """Return the built-in files with text to translate."""
    return [ROOT / "assets" / "moves.toml", ROOT / "config.toml",
            *sorted((ROOT / "assets" / "sessions").glob("*.toml"))]


def tables(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """Return (header, table) for each table with text in ``path``.

    The header is the table's line in the file ("" for the top level,
    ``[clam-shell]``, ``[[blocks]]#2`` for the second block).
    """
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found: list[tuple[str, dict[str, Any]]] = []
    if path.name == "moves.toml":
        return [(f"[{name}]", table) for name, table in data.items() if isinstance(table, dict)]
    found.append(("", data))
    for index, block in enumerate(data.get("blocks", []), 1):
        found.append((f"[[blocks]]#{index}", block))
    for name, table in data.get("library", {}).items():
        found.append((f"[library.{name}]", table))
    if isinstance(data.get("question"), dict):
        found.append(("[question]", data["question"]))
    return found


def dump(language: str, out: Path) -> int:
    """Write every built-in text without a ``language`` translation to ``out``."""
    entries = []
    for path in files():
        for header, table in tables(path):
            for key in TEXT_KEYS:
                if isinstance(table.get(key), str) and f"{key}.{language}" not in table:
                    entries.append({"file": path.relative_to(ROOT).as_posix(), "table": header,
                                    "key": key, "english": table[key], "translation": ""})
    out.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(entries)} texts to translate into {language} in {out}")
    return 0


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a TOML basic string is JSON's


def _end_of(lines: list[str], header: str) -> int:
    """Return the index to insert at: after the last key line of the table ``header``."""
    if header == "":
        start = 0
    else:
        base, _, number = header.partition("#")
        wanted = int(number or 1)
        seen = 0
        start = -1
        for index, line in enumerate(lines):
            if line.strip() == base:
                seen += 1
                if seen == wanted:
                    start = index + 1
                    break
        if start < 0:
            raise SystemExit(f"table {header} not found")
    end = len(lines)
    for index in range(start, len(lines)):
        if re.match(r"\s*\[", lines[index]):
            end = index
            break
    # Step back over the blank lines and comments that open the next table.
    while end > start and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
        end -= 1
    return end


_TRANSLATION_RE = re.compile(r'^"([a-z_]+)\.([a-z]{2})" = ')
_KEY_RE = re.compile(r"^([a-z_]+)\s*=")


def tidy(text: str) -> str:
    """Return ``text`` with each one-line translation moved to just after its key's value.

    So ``"name.de"`` sits under ``name``, and the keys the editor adds after
    the table's last key land where they did before there were translations.
    """
    lines = text.split("\n")
    out: list[str] = []
    # The index in ``out`` after the value of each key of the table under way.
    after: dict[str, int] = {}
    pending: list[tuple[str, str]] = []

    def place() -> None:
        for key, line in pending:
            at = after.get(key)
            if at is None:
                out.append(line)
                continue
            out.insert(at, line)
            for other, index in after.items():
                if index >= at:
                    after[other] = index + 1
            after[key] = at + 1
        pending.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        if line.lstrip().startswith("["):
            place()
            after.clear()
        found = _TRANSLATION_RE.match(line)
        if found:
            pending.append((found.group(1), line))
            index += 1
            continue
        out.append(line)
        key = _KEY_RE.match(line)
        if key:
            if '"""' in line and line.count('"""') == 1:
                while index + 1 < len(lines):
                    index += 1
                    out.append(lines[index])
                    if '"""' in lines[index]:
                        break
            after[key.group(1)] = len(out)
        index += 1
    place()
    return "\n".join(out)


def merge(source: Path) -> int:
    """Add the translations filled in at ``source`` (``content-de.json``) to the files."""
    entries = json.loads(source.read_text(encoding="utf-8"))
    by_file: dict[str, list[dict[str, str]]] = {}
    for entry in entries:
        if entry["translation"].strip():
            by_file.setdefault(entry["file"], []).append(entry)
    language = source.stem.split("-")[-1]
    for name, found in by_file.items():
        path = ROOT / name
        lines = path.read_text(encoding="utf-8").split("\n")
        # From the bottom up, so the places found first stay right.
        # Several at one place go in backwards, so that they read in their order.
        places = sorted(((_end_of(lines, e["table"]), index, e) for index, e in enumerate(found)),
                        key=lambda place: place[:2], reverse=True)
        for at, _, entry in places:
            key = f'"{entry["key"]}.{language}"'
            lines.insert(at, f"{key} = {_toml_string(entry['translation'].strip())}")
        text = tidy("\n".join(lines))
        tomllib.loads(text)  # still a TOML file
        path.write_text(text, encoding="utf-8")
        print(f"{name}: {len(found)} translations")
    return 0


def main(argv: list[str]) -> int:
    """Run the command ``argv`` names; return the exit status."""
    if len(argv) == 3 and argv[0] == "dump":
        return dump(argv[1], Path(argv[2]))
    if len(argv) == 2 and argv[0] == "merge":
        return merge(Path(argv[1]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
