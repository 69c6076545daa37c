"""Keep the translations in ``assets/locale`` in step with the code.

    python tools/i18n.py update    # find new strings, write them to every .ts
    python tools/i18n.py release   # build the .qm files from the .ts sources
    python tools/i18n.py status    # count finished and missing strings per language
    python tools/i18n.py todo de todo.json   # the unfinished strings, as JSON to fill in
    python tools/i18n.py fill de todo.json   # write the filled-in JSON into the .ts

``update`` reads ``hiptimer/`` with Python's own parser and finds every
``translate("context", "text")`` and ``QT_TRANSLATE_NOOP("context", "text")``
call; a fourth argument makes the message a plural. (``pyside6-lupdate``
reads Python too, but marks a plural only when the count is a literal and
drops a call whose count is an expression, so it would lose messages.) New
strings are added to every ``.ts`` as unfinished, translations of strings
still in the code are kept, and strings the code no longer has are dropped.
English gets the plural forms only, made from the source's ``(s)``.

``release`` runs ``pyside6-lrelease`` (it ships with PySide6-Essentials). The
``.qm`` files are committed so that a bare clone shows its language, and the
suite fails when one is older than its source. After changing any string:
``update``, translate the new entries (Qt Linguist, or any editor), ``release``.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hiptimer import i18n  # noqa: E402

LOCALE = ROOT / "assets" / "locale"
SOURCES = ROOT / "hiptimer"
FINDERS = ("translate", "QT_TRANSLATE_NOOP")

# English plurals that are not the source with its "(s)" made right.
ENGLISH = {
    "Not counted: %n of {phases} were skipped.": (
        "Not counted: %n of {phases} was skipped.", "Not counted: %n of {phases} were skipped."),
    "last %n run(s) felt easy": ("last run felt easy", "last %n runs felt easy"),
}


class Message(NamedTuple):
    """One string to translate, and where the code has it."""

    context: str
    source: str
    comment: str
    plural: bool
    where: str
    counted: bool = True  # a translate() call gives a count, or a marked constant has %n


def tool(name: str) -> str:
    """Return the path of a PySide6 tool: beside this Python, or on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials into this Python")
    return found


def sources() -> list[Path]:
    """Return the Python files read for strings, in a fixed order."""
    return sorted(path for path in SOURCES.rglob("*.py") if "__pycache__" not in path.parts)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def messages_in(path: Path) -> list[Message]:
    """Return the messages of one file in the order it has them."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    where = path.relative_to(ROOT).as_posix()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else "")
        if name not in FINDERS or len(node.args) < 2:
            continue
        context, source = _literal(node.args[0]), _literal(node.args[1])
        if context is None or source is None:
            continue  # a constant marked where it is defined
        comment = _literal(node.args[2]) if len(node.args) > 2 else None
        counted = len(node.args) > 3
        marked = name == "QT_TRANSLATE_NOOP"
        found.append(Message(context, source, comment or "", counted or (marked and "%n" in source),
                             f"{where}:{node.lineno}", counted or marked))
    return sorted(found, key=lambda m: int(m.where.rsplit(":", 1)[1]))


def extract() -> dict[tuple[str, str, str], Message]:
    """Return every message in ``hiptimer/``, first place first."""
    messages: dict[tuple[str, str, str], Message] = {}
    for path in sources():
        for message in messages_in(path):
            key = (message.context, message.source, message.comment)
            old = messages.get(key)
            if old is None or (message.plural and not old.plural):
                messages[key] = message
    return messages


def _english(source: str) -> tuple[str, str]:
    return ENGLISH.get(source, (source.replace("(s)", ""), source.replace("(s)", "s")))


def write_ts(path: Path, language: str, messages: dict[tuple[str, str, str], Message]) -> None:
    """Write ``messages`` to the ``.ts`` at ``path``, keeping its translations."""
    kept: dict[tuple[str, str, str], ElementTree.Element] = {}
    if path.exists():
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None:
                    kept[(name, message.findtext("source") or "",
                          message.findtext("comment") or "")] = translation
    root = ElementTree.Element("TS", version="2.1", language=language)
    english = language == i18n.DEFAULT
    by_context: dict[str, list[Message]] = {}
    for message in messages.values():
        if message.plural or not english:
            by_context.setdefault(message.context, []).append(message)
    for context_name in sorted(by_context):
        context = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(context, "name").text = context_name
        for message in by_context[context_name]:
            element = ElementTree.SubElement(context, "message")
            if message.plural:
                element.set("numerus", "yes")
            ElementTree.SubElement(element, "location",
                                   filename="../../" + message.where.rsplit(":", 1)[0])
            ElementTree.SubElement(element, "source").text = message.source
            if message.comment:
                ElementTree.SubElement(element, "comment").text = message.comment
            element.append(_translation(message, kept.get(
                (message.context, message.source, message.comment)), english))
    save_ts(root, path)


def save_ts(root: ElementTree.Element, path: Path) -> None:
    """Write the catalogue ``root`` to ``path`` in the layout Qt's tools write."""
    ElementTree.indent(root, space="    ")
    text = ElementTree.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                    encoding="utf-8")


def _translation(message: Message, old: ElementTree.Element | None,
                 english: bool) -> ElementTree.Element:
    translation = ElementTree.Element("translation")
    if english:
        for form in _english(message.source):
            ElementTree.SubElement(translation, "numerusform").text = form
        return translation
    forms = [] if old is None else [form.text or "" for form in old.iter("numerusform")]
    # Kept as written: a fragment's spaces at either end are part of it.
    text = "" if old is None or forms else (old.text or "")
    if not text.strip():
        text = ""
    if message.plural:
        # A message that became a plural keeps its old words as a guess, to check.
        done = bool(forms) and all(forms)
        forms = (forms + ["", ""])[:2] if forms else [text, text]
        for form in forms:
            ElementTree.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text or (forms[0] if forms else "")
        done = bool(translation.text)
    if not done:  # an entry filled in is finished, whoever filled it
        translation.set("type", "unfinished")
    return translation


def update() -> int:
    """Write every message of the code to each language's ``.ts``."""
    LOCALE.mkdir(parents=True, exist_ok=True)
    messages = extract()
    for language in i18n.LANGUAGES:
        write_ts(LOCALE / f"hiptimer_{language}.ts", language, messages)
    print(f"{len(messages)} strings, "
          f"{sum(m.plural for m in messages.values())} of them plurals")
    return 0


def release_argv(source: Path, target: Path) -> list[str]:
    """Return the lrelease command that builds ``target`` from ``source``."""
    return [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)]


def release() -> int:
    """Build each ``.qm`` from its ``.ts`` with pyside6-lrelease."""
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
    """Print how many messages each language has translated; 1 if any are missing."""
    missing = 0
    for language in i18n.LANGUAGES:
        finished, total = counts(LOCALE / f"hiptimer_{language}.ts")
        missing += total - finished
        print(f"{language}: {finished} of {total} strings translated")
    return 1 if missing else 0


def todo(language: str, out: Path) -> int:
    """Write the unfinished messages of ``language`` to ``out`` as JSON, to fill in."""
    import json

    root = ElementTree.parse(LOCALE / f"hiptimer_{language}.ts").getroot()
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            location = message.find("location")
            plural = message.get("numerus") == "yes"
            entries.append({
                "context": name, "source": message.findtext("source") or "",
                "comment": message.findtext("comment") or "",
                "file": "" if location is None else location.get("filename", "")[6:],
                "plural": plural, "translation": ["", ""] if plural else ""})
    out.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(entries)} unfinished messages of {language} in {out}")
    return 0


def fill(language: str, source: Path) -> int:
    """Write the translations in the JSON at ``source`` (``todo``'s form) into the ``.ts``."""
    import json

    given = {(e["context"], e["source"], e["comment"]): e["translation"]
             for e in json.loads(source.read_text(encoding="utf-8"))}
    path = LOCALE / f"hiptimer_{language}.ts"
    tree = ElementTree.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = given.get((name, message.findtext("source") or "",
                              message.findtext("comment") or ""))
            translation = message.find("translation")
            if not text or translation is None:
                continue
            forms = list(translation.iter("numerusform"))
            if forms:
                if not isinstance(text, list) or not all(text):
                    continue
                for form, value in zip(forms, text, strict=False):
                    form.text = value
            elif isinstance(text, str):
                translation.text = text
            else:
                continue
            translation.attrib.pop("type", None)
            filled += 1
    save_ts(tree.getroot(), path)
    print(f"{filled} messages filled in {path.name}")
    return 0


def main(argv: list[str]) -> int:
    """Run the command ``argv`` names; return the exit status."""
    commands = {"update": update, "release": release, "status": status}
    if len(argv) == 3 and argv[0] in ("todo", "fill"):
        return (todo if argv[0] == "todo" else fill)(argv[1], Path(argv[2]))
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
