"""The command line in the runner's language: --lang, the saved choice, the system's."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from hiptimer import cli, i18n, resources


def help_text(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as ended:
        cli.parse([*argv, "--help"])
    assert ended.value.code == 0
    return capsys.readouterr().out


def test_lang_puts_the_help_in_that_language(capsys: pytest.CaptureFixture[str]) -> None:
    german = i18n.Catalogue("de")
    text = help_text(["--lang", "de"], capsys)
    assert i18n.language() == "de"
    assert german("cli", "usage: ") in text
    assert german("cli", "start with sound off") in text
    assert german("cli", "start with sound off") != "start with sound off"


@pytest.mark.parametrize(("environment", "saved", "argv", "code"), [
    ({"LANGUAGE": "fr"}, None, [], "fr"),
    ({"LANGUAGE": "", "LANG": "es_ES.UTF-8"}, None, [], "es"),
    ({"LANGUAGE": "fr"}, "de", [], "de"),
    ({"LANGUAGE": "fr"}, "de", ["--lang=es"], "es"),
    ({"LANGUAGE": "ja_JP"}, None, [], "en"),
])
def test_the_language_comes_from_lang_then_the_saved_choice_then_the_system(
        monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], saved: str | None,
        argv: list[str], code: str) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    i18n.save_choice(saved)
    options = cli.parse([*argv, "--mute"])
    assert i18n.language() == code
    assert options.mute


def test_an_unknown_lang_is_refused_with_the_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        cli.parse(["--lang", "xx"])
    assert ended.value.code == cli.EXIT_BAD_INPUT
    error = capsys.readouterr().err
    assert "--lang" in error and "'xx'" in error
    assert all(code in error for code in i18n.LANGUAGES)


def test_check_prints_the_plan_and_the_built_in_session_in_german() -> None:
    options = cli.parse(["--lang", "de", "--check",
                         str(resources.assets_dir() / "sessions" / "hip-circuit.toml")])
    out, err = io.StringIO(), io.StringIO()
    assert cli.run_check(options, out, err) == cli.EXIT_OK
    text = out.getvalue()
    german = i18n.Catalogue("de")
    assert german("cli", "get ready") in text and german("cli", "get ready") != "get ready"
    assert "Hip strength circuit" not in text  # the session's own German name
    assert text.splitlines()[-1].startswith(german("cli", "Total {time}: {phases}, {moves}")
                                            .split("{")[0])


def test_problems_of_a_session_are_said_in_french(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('name = "x"\n[[moves]]\nname = "Clam"\nreps = "ten"\n', encoding="utf-8")
    options = cli.parse(["--lang", "fr", "--check", str(broken)])
    out, err = io.StringIO(), io.StringIO()
    assert cli.run_check(options, out, err) == cli.EXIT_BAD_INPUT
    assert "reps" in err.getvalue()
    english = cli.parse(["--lang", "en", "--check", str(broken)])
    english_err = io.StringIO()
    cli.run_check(english, io.StringIO(), english_err)
    assert err.getvalue() != english_err.getvalue()
