"""The whole toml-test conformance corpus goes through the session loader cleanly.

Every file under ``tests/invalid`` must give a ``SessionError`` (with the
parser's line when the parser names one), and every ``.toml`` under
``tests/valid`` must give a ``SessionError`` too, normally "not a hiptimer
session", since none of them is a warm-up. Any other exception is a bug.

The corpus lives beside the repository in ``shared/corpora/toml-test`` (CI
copies ``shared/`` next to its fresh clone), or wherever ``HIPTIMER_TOML_TEST``
points. In CI (``CI`` set) a missing corpus fails these tests, so that it
cannot look like a pass; in a bare clone elsewhere they are skipped with a
reason that says where to put it.
"""

from __future__ import annotations

import os
import re
import sys
import traceback
from pathlib import Path

import pytest

from hiptimer.errors import SessionError
from hiptimer.session import load

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

CORPUS = Path(
    os.environ.get("HIPTIMER_TOML_TEST")
    or Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "toml-test"
)
POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")

# What a valid TOML file that is not a session may be told. Besides "not a
# session": the corpus's empty documents, and TOML 1.1 features that the
# TOML 1.0 parser in Python refuses (the corpus README allows for both).
VALID_OUTCOMES = (
    "this is not a hiptimer session",
    "is empty; a session needs a name and moves",
    "not valid TOML: ",
)


def corpus_files(kind: str) -> list[Path]:
    folder = CORPUS / "tests" / kind
    if not folder.is_dir():
        where = (
            f"the toml-test corpus is missing: expected {folder}. Put the shared/ folder "
            "(with corpora/toml-test) beside the repository checkout, or point "
            "HIPTIMER_TOML_TEST at a copy of https://github.com/toml-lang/toml-test."
        )
        if os.environ.get("CI"):
            pytest.fail(where)
        pytest.skip(where)
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return files if kind == "invalid" else [p for p in files if p.suffix == ".toml"]


def parser_line(path: Path) -> int | None:
    """Return the line tomllib itself blames in ``path``, if it parses as UTF-8 text at all."""
    try:
        text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomli 2.1+ (and tomllib from 3.14) carry the position as attributes;
        # older parsers only write it into the message.
        line = getattr(exc, "lineno", None)
        if isinstance(line, int):
            return line
        found = POSITION.search(str(exc))
        return int(found.group(1)) if found else None
    except (RecursionError, ValueError):
        return None
    return None


def outcome(path: Path) -> SessionError | str:
    """Load ``path``: return the SessionError, or a description of what went wrong instead."""
    try:
        load(path)
    except SessionError as error:
        return error
    except BaseException:  # noqa: BLE001 - every other outcome is reported as a failure
        return "raised " + traceback.format_exc(limit=-3)
    return "loaded as a session"


def test_corpus_is_all_there() -> None:
    # Guards the two tests below against a corpus that is present but emptied.
    assert len(corpus_files("invalid")) > 500
    assert len(corpus_files("valid")) > 250


def test_every_invalid_file_gives_a_clean_error_with_its_line() -> None:
    failures = []
    files = corpus_files("invalid")
    for path in files:
        name = path.relative_to(CORPUS)
        result = outcome(path)
        if isinstance(result, str):
            failures.append(f"{name}: {result}")
            continue
        lines = result.lines()
        if not lines or not all(line.startswith(str(path)) for line in lines):
            failures.append(f"{name}: badly formed error {lines!r}")
            continue
        first = result.problems[0]
        if first.line is None:
            failures.append(f"{name}: no line number in {lines[0]!r}")
            continue
        expected = parser_line(path)
        if expected is not None and first.line != expected:
            failures.append(f"{name}: line {first.line}, the parser says {expected}")
    assert not failures, f"{len(failures)} of {len(files)} invalid files:\n" + "\n".join(failures)


def test_every_valid_file_is_cleanly_not_a_session() -> None:
    failures = []
    not_a_session = 0
    files = corpus_files("valid")
    for path in files:
        name = path.relative_to(CORPUS)
        result = outcome(path)
        if isinstance(result, str):
            failures.append(f"{name}: {result}")
            continue
        messages = [p.message for p in result.problems]
        if not messages[0].startswith(VALID_OUTCOMES):
            failures.append(f"{name}: unexpected {result.lines()!r}")
        elif messages[0].startswith(VALID_OUTCOMES[0]):
            not_a_session += 1
    assert not failures, f"{len(failures)} of {len(files)} valid files:\n" + "\n".join(failures)
    # Nearly all of the corpus is TOML 1.0: the usual answer must be "not a session".
    assert not_a_session >= 0.9 * len(files)


@pytest.mark.parametrize(("ci", "verdict"), [("1", "1 failed"), ("", "1 skipped")])
def test_a_missing_corpus_fails_in_ci_and_is_skipped_elsewhere(
    tmp_path: Path, ci: str, verdict: str
) -> None:
    import subprocess

    env = dict(os.environ, HIPTIMER_TOML_TEST=str(tmp_path / "nowhere"), CI=ci)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs",
         f"{__file__}::test_corpus_is_all_there"],
        capture_output=True, text=True, env=env, timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert verdict in result.stdout, result.stdout
    assert "the toml-test corpus is missing" in result.stdout
    assert "HIPTIMER_TOML_TEST" in result.stdout
