"""The words hiptimer shows, in the runner's language, without Qt.

Every user-visible string, in the core and in the window, is written as
``translate("context", "English text")``, or with a count as
``translate("context", "%n move(s)", None, n)``. ``pyside6-lupdate`` finds these
calls by their name and writes them to the ``.ts`` sources in
``assets/locale``; ``tools/i18n.py`` builds the ``.qm`` files from them.

The core cannot use Qt, so this module looks words up itself: it reads the
``.ts`` file of the chosen language (an XML file, parsed once, on first use).
The window installs Qt's own lookup instead with :func:`install`, so that its
widgets and the core share one ``QTranslator``; the suite checks that both give
the same words. English needs a catalogue too, for its plural forms only.

Placeholders are ``str.format`` names (``"Round {round} of {rounds}"``), kept
as they are by the translators; ``%n`` is the count.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from hiptimer import resources

# The languages hiptimer ships, each named in its own language for the menu.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}
DEFAULT = "en"

Lookup = Callable[[str, str, "str | None", int], str]
_Key = tuple[str, str, str]


def locale_dir() -> Path:
    """Return the folder of the ``.ts`` sources and the ``.qm`` files."""
    return resources.assets_dir() / "locale"


def catalogue_path(language: str, suffix: str = ".ts") -> Path:
    """Return the path of ``language``'s catalogue, ``hiptimer_de.ts`` or ``.qm``."""
    return locale_dir() / f"hiptimer_{language}{suffix}"


def plural_form(language: str, n: int) -> int:
    """Return which of a message's plural forms ``n`` takes in ``language``.

    These are Qt's rules for the shipped languages: French counts 0 and 1 as
    singular, German, Spanish and English only 1.
    """
    if language == "fr":
        return 0 if n < 2 else 1
    return 0 if n == 1 else 1


def read_catalogue(path: Path) -> dict[_Key, str | tuple[str, ...]]:
    """Return the finished translations in the ``.ts`` file at ``path``.

    Keys are (context, source, comment); a plural message maps to its forms.
    Unfinished and obsolete entries are left out, so their source shows.
    """
    found: dict[_Key, str | tuple[str, ...]] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                  "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if all(forms):
                    found[key] = forms
            elif translation.text:
                found[key] = translation.text
    return found


class Catalogue:
    """The words of one language, read from its ``.ts`` file when first needed."""

    def __init__(self, language: str, path: Path | None = None) -> None:
        self.language = language
        self._path = path if path is not None else catalogue_path(language)
        self._words: dict[_Key, str | tuple[str, ...]] | None = None

    def _loaded(self) -> dict[_Key, str | tuple[str, ...]]:
        if self._words is None:
            try:
                self._words = read_catalogue(self._path)
            except (OSError, ElementTree.ParseError):
                # A missing or broken catalogue shows English, not a traceback.
                self._words = {}
        return self._words

    def __call__(self, context: str, text: str, comment: str | None = None,
                 n: int = -1) -> str:
        """Return ``text`` of ``context`` in this language, the source if it has none."""
        found = self._loaded().get((context, text, comment or ""))
        if isinstance(found, tuple):
            found = found[min(plural_form(self.language, n), len(found) - 1)]
        if found is None:
            found = english_plural(text, n) if n >= 0 else text
        return found.replace("%n", str(n)) if n >= 0 else found


def english_plural(text: str, n: int) -> str:
    """Return ``text`` with its ``(s)`` made right for ``n``, when no catalogue has it."""
    return text.replace("(s)", "" if n == 1 else "s")


_lookup: Lookup = Catalogue(DEFAULT)
_language = DEFAULT


def translate(context: str, text: str, comment: str | None = None, n: int = -1) -> str:
    """Return ``text`` from ``context`` in the chosen language; ``n`` is a count for ``%n``."""
    return _lookup(context, text, comment, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate finds this name)
    """Return ``text`` unchanged: marks a constant that is translated where it is shown."""
    return text


# Languages whose nouns keep their capital inside a sentence.
_CAPITAL_NOUNS = frozenset({"de"})


def in_sentence(name: str) -> str:
    """Return a move's name as it reads inside a sentence: "clam shell", "SL bridge".

    The first letter goes small unless the name starts with an abbreviation
    (two capitals) or the language writes nouns with a capital (German).
    """
    if _language in _CAPITAL_NOUNS:
        return name
    if len(name) > 1 and name[0].isupper() and not name[1].isupper():
        return name[0].lower() + name[1:]
    return name


def language() -> str:
    """Return the code of the language the words are shown in, such as ``"de"``."""
    return _language


def use(language_code: str, lookup: Lookup | None = None) -> None:
    """Show words in ``language_code``, looked up by ``lookup`` (the window gives Qt's).

    Without ``lookup`` the language's ``.ts`` catalogue is read on first use.
    An unknown code falls back to English.
    """
    global _lookup, _language
    code = language_code if language_code in LANGUAGES else DEFAULT
    _language = code
    _lookup = lookup if lookup is not None else Catalogue(code)


def match(wanted: Iterable[str]) -> str | None:
    """Return the first shipped language among locale names like ``de_AT.UTF-8``, or None."""
    for name in wanted:
        code = name.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
        if code in ("c", "posix"):
            return DEFAULT
    return None


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """Return the locale names the environment asks for, most wanted first.

    This is gettext's order: ``LANGUAGE`` (a colon list), then ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG``.
    """
    env = os.environ if environ is None else environ
    names: list[str] = []
    if env.get("LANGUAGE"):
        names.extend(part for part in env["LANGUAGE"].split(":") if part)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(variable):
            names.append(env[variable])
            break
    if not names and environ is None:
        names.extend(_platform_languages())
    return names


# Windows names its locales in English words ("German_Germany").
_WINDOWS_NAMES = {"english": "en", "german": "de", "french": "fr", "spanish": "es"}


def _platform_languages() -> list[str]:
    """Return the system's language where no variable says it (Windows, macOS apps)."""
    import locale

    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        return []
    word = name.split("_")[0].lower()
    return [_WINDOWS_NAMES.get(word, name)] if name else []


def choice_file() -> Path:
    """Return the file that keeps the language picked in View › Language."""
    from hiptimer import paths

    return paths.config_dir() / "language"


def saved_choice(path: Path | None = None) -> str | None:
    """Return the language picked in View › Language, or None to follow the system.

    The file is the runner's to delete or edit: anything but a shipped code
    in it means "the system's language".
    """
    try:
        text = (path or choice_file()).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if text in LANGUAGES else None


def save_choice(code: str | None, path: Path | None = None) -> None:
    """Keep ``code`` as the language to use from now on (None: follow the system again).

    Raises ``OSError`` when the file cannot be written, for the window to say.
    """
    target = path or choice_file()
    if code is None:
        target.unlink(missing_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(code + "\n", encoding="utf-8")
    os.replace(temporary, target)


def choose(override: str | None, saved: str | None, system: Iterable[str]) -> str:
    """Return the language to use: ``--lang``, then the saved choice, then the system's."""
    for picked in (override, saved):
        if picked:
            found = match([picked])
            if found is not None:
                return found
    return match(system) or DEFAULT
