"""The shipped translations: complete, in step with the code, and true to their sources.

A string the code shows but a catalogue lacks, a translation that lost a
placeholder, a ``.qm`` older than its ``.ts`` or a built-in move without its
German name each fail here, so a shipped language never shows English
patches or a ``KeyError`` from ``str.format``.
"""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from hiptimer import i18n
from tools import content_i18n
from tools import i18n as i18n_tool

SHIPPED = [code for code in i18n.LANGUAGES if code != i18n.DEFAULT]


def entries(language: str) -> list[tuple[str, str, str, bool, list[str], str | None]]:
    """Return (context, source, comment, plural, texts, type) of each message in a ``.ts``."""
    root = ElementTree.parse(i18n.catalogue_path(language)).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            plural = message.get("numerus") == "yes"
            found.append((name, message.findtext("source") or "",
                          message.findtext("comment") or "", plural,
                          forms if plural else [translation.text or ""],
                          translation.get("type")))
    return found


def fields(text: str) -> set[str]:
    """Return the ``str.format`` field names in ``text``, and ``%n`` if it has one."""
    names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    return names | ({"%n"} if "%n" in text else set())


def test_every_string_in_the_code_is_in_every_catalogue_and_no_other() -> None:
    in_code = i18n_tool.extract()
    for language in i18n.LANGUAGES:
        in_file = {(c, s, m) for c, s, m, *_ in entries(language)}
        wanted = {key for key, message in in_code.items()
                  if message.plural or language != i18n.DEFAULT}
        assert in_file == wanted, (
            f"{language}: run `python tools/i18n.py update`; missing "
            f"{sorted(wanted - in_file)[:5]}, gone from the code {sorted(in_file - wanted)[:5]}")


def test_a_message_with_a_count_shows_it_and_one_without_has_none() -> None:
    # translate("ctx", "%n move(s)") without its count would show "%n".
    for path in i18n_tool.sources():
        for message in i18n_tool.messages_in(path):
            if message.counted:
                assert ("%n" in message.source) == message.plural, message
            else:
                assert "%n" not in message.source, message


@pytest.mark.parametrize("language", SHIPPED)
def test_every_string_is_translated(language: str) -> None:
    missing = [(context, source) for context, source, _, _, texts, kind in entries(language)
               if kind == "unfinished" or not all(text.strip() for text in texts)]
    assert not missing, f"{len(missing)} untranslated in {language}, e.g. {missing[:5]}"


@pytest.mark.parametrize("language", list(i18n.LANGUAGES))
def test_translations_keep_the_placeholders_and_the_edges_of_their_source(
        language: str) -> None:
    for context, source, _, plural, texts, _ in entries(language):
        for index, text in enumerate(t for t in texts if t):
            where = f"{language} {context}: {source!r} -> {text!r}"
            wanted = fields(source)
            if plural and index == 0 and "%n" not in text:
                wanted = wanted - {"%n"}  # "last run felt easy": no number said
            assert fields(text) == wanted, where
            assert text.startswith(" ") == source.startswith(" "), where
            assert text.endswith(" ") == source.endswith(" "), where
            assert text.count("\n") == source.count("\n"), where
            mnemonic = re.compile(r"&(?=\w)")
            assert len(mnemonic.findall(text)) == len(mnemonic.findall(source)), where


def test_english_spells_out_its_plurals() -> None:
    english = i18n.Catalogue("en")
    assert english("views", " · streak: %n week(s)", None, 1) == " · streak: 1 week"
    assert english("views", " · streak: %n week(s)", None, 2) == " · streak: 2 weeks"
    assert english("views", "Not counted: %n of {phases} were skipped.", None, 1) == (
        "Not counted: 1 of {phases} was skipped.")


@pytest.mark.skipif(shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
                    is None, reason="pyside6-lrelease is not beside this Python")
@pytest.mark.parametrize("language", list(i18n.LANGUAGES))
def test_the_committed_qm_files_are_built_from_the_committed_sources(
        language: str, tmp_path: Path) -> None:
    source = i18n.catalogue_path(language)
    built = tmp_path / "built.qm"
    subprocess.run(i18n_tool.release_argv(source, built), check=True, timeout=60)
    assert built.read_bytes() == source.with_suffix(".qm").read_bytes(), (
        "run `python tools/i18n.py release`")


@pytest.mark.parametrize("language", SHIPPED)
def test_every_built_in_move_and_session_text_has_a_translation(language: str) -> None:
    missing = []
    for path in content_i18n.files():
        for header, table in content_i18n.tables(path):
            for key in content_i18n.TEXT_KEYS:
                if isinstance(table.get(key), str) and not table.get(f"{key}.{language}"):
                    missing.append(f"{path.name} {header or 'top'} {key}")
            answers = table.get("answers")
            if isinstance(answers, dict) and len(table.get(f"answers.{language}", {})) != len(
                    answers):
                missing.append(f"{path.name} {header} answers")
    assert not missing, f"{len(missing)} untranslated in {language}, e.g. {missing[:5]}"


# -- choosing the language ----------------------------------------------------------------


@pytest.mark.parametrize(("names", "code"), [
    (["de_AT.UTF-8"], "de"), (["fr_CA"], "fr"), (["es-419"], "es"), (["pt_BR", "es_ES"], "es"),
    (["C.UTF-8"], "en"), (["POSIX"], "en"), (["ja_JP"], None), ([], None), (["sr@latin"], None),
])
def test_a_locale_name_picks_the_first_shipped_language(names: list[str], code: str | None
                                                         ) -> None:
    assert i18n.match(names) == code


def test_the_environment_is_read_in_gettexts_order() -> None:
    env = {"LANGUAGE": "fr:de", "LC_ALL": "es_ES.UTF-8", "LANG": "de_DE.UTF-8"}
    assert i18n.system_languages(env) == ["fr", "de", "es_ES.UTF-8"]
    assert i18n.system_languages({"LANG": "de_DE.UTF-8"}) == ["de_DE.UTF-8"]
    assert i18n.system_languages({}) == []


def test_lang_wins_over_the_saved_choice_which_wins_over_the_system() -> None:
    assert i18n.choose("fr", "de", ["es_ES"]) == "fr"
    assert i18n.choose(None, "de", ["es_ES"]) == "de"
    assert i18n.choose(None, None, ["es_ES"]) == "es"
    assert i18n.choose(None, None, ["ja_JP"]) == "en"
    assert i18n.choose("xx", None, ["de"]) == "de"  # nonsense falls through


def test_the_saved_choice_survives_and_a_broken_file_means_the_system(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "language"
    assert i18n.saved_choice(path) is None
    i18n.save_choice("de", path)
    assert i18n.saved_choice(path) == "de"
    path.write_bytes(b"\xff\xfe rubbish")
    assert i18n.saved_choice(path) is None
    path.write_text("klingon\n", encoding="utf-8")
    assert i18n.saved_choice(path) is None
    i18n.save_choice(None, path)
    assert not path.exists()


def test_french_counts_zero_as_singular_and_german_does_not() -> None:
    assert [i18n.plural_form("fr", n) for n in (0, 1, 2)] == [0, 0, 1]
    assert [i18n.plural_form("de", n) for n in (0, 1, 2)] == [1, 0, 1]


def test_a_missing_or_broken_catalogue_shows_english(tmp_path: Path) -> None:
    broken = tmp_path / "hiptimer_de.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    for path in (broken, tmp_path / "absent.ts"):
        words = i18n.Catalogue("de", path)
        assert words("cli", "Total {time}: {phases}, {moves}") == "Total {time}: {phases}, {moves}"
        assert words("cli", "%n move(s)", None, 1) == "1 move"


def test_german_words_come_from_the_german_catalogue() -> None:
    i18n.use("de")
    assert i18n.language() == "de"
    german = {source: texts for context, source, _, _, texts, _ in entries("de")
              if context == "plan"}
    assert i18n.translate("plan", "Rest") == german["Rest"][0]
    i18n.use("xx")
    assert i18n.language() == "en"
    assert i18n.translate("plan", "Rest") == "Rest"


def test_a_move_name_inside_a_sentence_loses_its_capital_except_in_german() -> None:
    assert i18n.in_sentence("Clam shell") == "clam shell"
    assert i18n.in_sentence("SL bridge") == "SL bridge"
    i18n.use("de")
    assert i18n.in_sentence("Beckenheben") == "Beckenheben"
