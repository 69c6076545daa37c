"""Every kind of bad file ends in a clean ``SessionError``: no other exception, no hang.

A runner may point hiptimer at anything: a half-saved file, a photo, a
folder, a named pipe, a file from another program. Whatever it is, the answer
must be one or more ``file:line:col: message`` lines, quickly, never a
traceback and never a process that waits forever.
"""

from __future__ import annotations

import errno
import os
import random
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hiptimer import session as session_module
from hiptimer.errors import SessionError
from hiptimer.session import (
    BLOCK_KEYS,
    MAX_FILE_BYTES,
    MOVE_KEYS,
    SESSION_KEYS,
    Session,
    load,
    loads,
    validate,
)

REPO = Path(__file__).resolve().parents[2]
# Generous: these loads take milliseconds. The bound only turns a hang into a failure.
HANG_SECONDS = 20.0


def run_with_timeout(action: Callable[[], object], seconds: float = HANG_SECONDS) -> object:
    """Run ``action`` in a thread; fail if it has not returned (or raised) in time."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = action()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("value")


def load_error(path: Path) -> SessionError:
    """Load ``path`` expecting a clean ``SessionError``, and check its lines are well formed."""
    with pytest.raises(SessionError) as caught:
        run_with_timeout(lambda: load(path))
    error = caught.value
    assert error.problems, "a SessionError must say what is wrong"
    for line in error.lines():
        assert line.startswith(f"{path}:") or line.startswith(f"{path} ") or line.startswith(
            str(path)), line
        assert "\n" not in line
        assert "Traceback" not in line
    return error


def write_bytes(tmp_path: Path, data: bytes, name: str = "bad.toml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def only_problem(error: SessionError) -> tuple[int | None, int | None, str]:
    assert len(error.problems) == 1, error.lines()
    problem = error.problems[0]
    return problem.line, problem.column, problem.message


# -- TOML that does not parse ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        pytest.param('name = "x"\nreps = \n', 2, 8, id="missing-value"),
        pytest.param('name = "x\n', 1, 10, id="unterminated-string"),
        pytest.param('name = "x"\n[[moves]\n', 2, 8, id="unclosed-header"),
        pytest.param('name = "x"\nname = "y"\n', 2, 11, id="duplicate-key"),
        pytest.param('a = [1,\nb = 2\n', 2, 1, id="unclosed-array"),
        pytest.param('a = { b = 1\n', 1, 12, id="unclosed-inline-table"),
        pytest.param("a = 1__0\n", 1, 6, id="bad-number"),
        pytest.param('a = "\\q"\n', 1, 8, id="bad-escape"),
        pytest.param('name = "x"\n\n\n  = 3\n', 4, 3, id="missing-key"),
        pytest.param('a = 1\r\nb = = 2\r\n', 2, 5, id="crlf"),
    ],
)
def test_syntax_error_keeps_line_and_column(
    tmp_path: Path, text: str, line: int, column: int
) -> None:
    error = load_error(write_bytes(tmp_path, text.encode()))
    found_line, found_column, message = only_problem(error)
    assert (found_line, found_column) == (line, column)
    assert message.startswith("not valid TOML: ")
    assert error.lines()[0].startswith(f"{tmp_path / 'bad.toml'}:{line}:{column}: not valid TOML")


def test_syntax_error_message_is_the_parsers(tmp_path: Path) -> None:
    error = load_error(write_bytes(tmp_path, b'name = "x"\nname = "y"\n'))
    assert error.lines() == [
        f"{tmp_path / 'bad.toml'}:2:11: not valid TOML: cannot overwrite a value"]


def test_error_at_end_of_document_names_the_last_line(tmp_path: Path) -> None:
    error = load_error(write_bytes(tmp_path, b'name = "x"\nmoves = [\n  {name = "a"},\n'))
    line, _, message = only_problem(error)
    assert line is not None and line >= 3
    assert message.startswith("not valid TOML")


# -- valid TOML, wrong content ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('name = 3\nmoves = "clams"\n', id="moves-is-text"),
        pytest.param("name = []\nmoves = [[1, 2], [3]]\n", id="moves-are-arrays"),
        pytest.param('name = {}\n[moves]\nreps = "a"\n', id="moves-is-a-table"),
        pytest.param('name = 1979-05-27T07:32:00Z\n[[blocks]]\nmoves = 7\n', id="datetime"),
        pytest.param('name = "x"\n[[moves]]\nreps = [1]\nhold = {a = 1}\nimage = [[]]\n',
                     id="nested-values"),
        pytest.param('name = "x"\n[[moves]]\nname = "a"\nreps = 3\n[moves.sub]\nx = 1\n',
                     id="sub-table-in-move"),
        pytest.param('name = "x"\n[[moves]]\nmove = ["clam-shell"]\n', id="move-is-a-list"),
        pytest.param('name = "x"\n[[moves]]\nmove = "clam-shell"\nimage = ["", 3]\n',
                     id="image-list-of-junk"),
        pytest.param('name = "x"\n[[moves]]\nname = "a"\nreps = 3\nimage = "../../etc/passwd"\n',
                     id="image-escapes-assets"),
        pytest.param('[[blocks]]\nname = 5\n[[blocks.moves]]\nname = "a"\nhold = true\n',
                     id="blocks-all-wrong"),
    ],
)
def test_wrong_types_are_reported_not_crashed_on(tmp_path: Path, text: str) -> None:
    error = load_error(write_bytes(tmp_path, text.encode()))
    assert all(p.line is not None for p in error.problems if p.path), error.lines()


@pytest.mark.parametrize(
    "text",
    [
        '[package]\nname = "hiptimer"\nversion = "0.1.0"\n',
        'title = "TOML Example"\n[owner]\nname = "Tom"\n',
        "a = 1\n",
        "[[moves_list]]\nname = 'x'\n",
    ],
)
def test_toml_that_is_not_a_session(tmp_path: Path, text: str) -> None:
    _, _, message = only_problem(load_error(write_bytes(tmp_path, text.encode())))
    assert message.startswith("this is not a hiptimer session")


# -- empty and unreadable content ---------------------------------------------------


@pytest.mark.parametrize("data", [b"", b" ", b"\n\n\n", b" \t\r\n\t "])
def test_empty_or_whitespace_only(tmp_path: Path, data: bytes) -> None:
    _, _, message = only_problem(load_error(write_bytes(tmp_path, data)))
    assert message == "is empty; a session needs a name and moves"


@pytest.mark.parametrize("data", [b"\x0c", b"\x0b\n", b"# only a comment\n"])
def test_not_toml_whitespace_is_not_empty(tmp_path: Path, data: bytes) -> None:
    _, _, message = only_problem(load_error(write_bytes(tmp_path, data)))
    assert message != "is empty; a session needs a name and moves"


@pytest.mark.parametrize("seed", range(12))
def test_binary_garbage(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    data = rng.randbytes(rng.choice([1, 16, 512, 4096, 65536]))
    load_error(write_bytes(tmp_path, data))


@pytest.mark.parametrize("seed", range(6))
def test_random_text(tmp_path: Path, seed: int) -> None:
    rng = random.Random(1000 + seed)
    alphabet = 'ab=[]{}."\'\n #,-_0123456789tfinan\\é\u2028'
    text = "".join(rng.choice(alphabet) for _ in range(rng.choice([10, 200, 5000])))
    path = tmp_path / "text.toml"
    path.write_text(text, encoding="utf-8")
    try:
        session = run_with_timeout(lambda: load(path))
    except SessionError:
        return
    assert isinstance(session, Session)  # vanishingly unlikely, but a clean load is fine


def test_png_header(tmp_path: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    line, column, message = only_problem(load_error(write_bytes(tmp_path, data, "pic.toml")))
    assert message == "not UTF-8 text (byte 0x89); save the file as UTF-8"
    assert (line, column) == (1, 1)


def test_latin_1_text_names_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    text = 'name = "Warm-up"\n[[moves]]\nname = "Café clams"\nreps = 10\n'
    error = load_error(write_bytes(tmp_path, text.encode("latin-1")))
    line, column, message = only_problem(error)
    assert (line, column) == (3, 12)
    assert message == "not UTF-8 text (byte 0xe9); save the file as UTF-8"
    assert error.lines() == [
        f"{tmp_path / 'bad.toml'}:3:12: not UTF-8 text (byte 0xe9); save the file as UTF-8"]


def test_utf_16_is_not_utf_8(tmp_path: Path) -> None:
    text = 'name = "x"\n[[moves]]\nname = "a"\nreps = 1\n'
    _, _, message = only_problem(load_error(write_bytes(tmp_path, text.encode("utf-16"))))
    assert message.startswith("not UTF-8 text")


@pytest.mark.parametrize(
    ("data", "line"),
    [
        pytest.param(b'name = "x"\n\x00\n', 2, id="nul-line"),
        pytest.param(b'name = "a\x00b"\n', 1, id="nul-in-string"),
        pytest.param(b"\x00" * 1000, 1, id="all-nul"),
        pytest.param(b'name = "x"\n# comment \x00\n', 2, id="nul-in-comment"),
    ],
)
def test_nul_bytes(tmp_path: Path, data: bytes, line: int) -> None:
    found_line, _, message = only_problem(load_error(write_bytes(tmp_path, data)))
    assert found_line == line
    assert message.startswith("not valid TOML")


# -- shapes that used to exhaust the parser or the locator -----------------------------


def test_very_deep_arrays(tmp_path: Path) -> None:
    data = b"a = " + b"[" * 100_000 + b"]" * 100_000
    _, _, message = only_problem(load_error(write_bytes(tmp_path, data)))
    assert message == "not usable: arrays or tables are nested too deeply"


def test_very_deep_inline_tables(tmp_path: Path) -> None:
    data = b"a = " + b"{b = " * 40_000 + b"1" + b"}" * 40_000
    _, _, message = only_problem(load_error(write_bytes(tmp_path, data)))
    assert message == "not usable: arrays or tables are nested too deeply"


def test_deep_but_not_too_deep_is_just_not_a_session(tmp_path: Path) -> None:
    data = b"a = " + b"[" * 200 + b"]" * 200 + b"\n"
    _, _, message = only_problem(load_error(write_bytes(tmp_path, data)))
    assert message.startswith("this is not a hiptimer session")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"a" + b".a" * 100_000 + b" = 1\n", id="dotted-key"),
        pytest.param(b"a" + b" . a" * 50_000 + b" = 1\n", id="dotted-key-spaced"),
        pytest.param(b'"a"' + b'."a"' * 50_000 + b" = 1\n", id="dotted-key-quoted"),
        pytest.param(b"[" + b"a." * 100_000 + b"b]\n", id="dotted-header"),
        pytest.param(b"[[" + b"a." * 100_000 + b"b]]\n", id="dotted-array-header"),
        pytest.param(b"x = {" + b"a." * 100_000 + b"b = 1}\n", id="dotted-inline-key"),
    ],
)
def test_long_dotted_keys_are_refused_before_parsing(tmp_path: Path, data: bytes) -> None:
    # tomllib needs quadratic time and memory for these: 200 KB took minutes
    # and gigabytes before they were refused up front.
    line, column, message = only_problem(load_error(write_bytes(tmp_path, data)))
    assert message == "not usable: a dotted key has more than 32 parts"
    assert line == 1 and column is not None


def test_refused_dotted_key_is_placed(tmp_path: Path) -> None:
    data = b'name = "x"\n\n  ' + b"a." * 40 + b"b = 1\n"
    assert only_problem(load_error(write_bytes(tmp_path, data)))[:2] == (3, 3)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"a" * 65 + (b"." + b"a" * 65) * 3_900 + b" = 1\n", id="long-bare-parts"),
        pytest.param(b'"' + b"a" * 500 + b'"' + (b'."' + b"a" * 500 + b'"') * 40 + b" = 1\n",
                     id="long-quoted-parts"),
    ],
)
def test_dotted_key_of_long_parts_is_refused_too(tmp_path: Path, data: bytes) -> None:
    # Parts of any length count. Parts over 64 characters used to be left
    # to the parser: tomllib read 3,900 of them, but tomli >= 2.3.1 (Python
    # 3.10) refuses keys of over 1,000 parts with a RecursionError, which
    # came out as "nested too deeply". Now every Python says the same.
    assert len(data) <= MAX_FILE_BYTES
    line, column, message = only_problem(load_error(write_bytes(tmp_path, data)))
    assert (line, column, message) == (1, 1, "not usable: a dotted key has more than 32 parts")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param((b"a." * 31 + b"a,") * 4_000, id="chains-of-31-parts"),
        pytest.param((b"a" * 100 + b".") * 31 * 80, id="chains-of-long-parts"),
        pytest.param((b'"x".' * 31 + b"x,") * 2_000, id="chains-of-quoted-parts"),
        pytest.param((b"a" + b" " * 1000 + b",") * 250, id="spaces-without-dots"),
        pytest.param(b'"' + b"' " * 120_000 + b'"', id="quotes-in-quotes"),
        pytest.param(b'"' + b"a" * 250_000, id="unterminated-quote"),
    ],
)
def test_dotted_key_search_finishes_on_any_text(data: bytes) -> None:
    # The search runs over every file before parsing; these are the shapes
    # that make a regular expression backtrack the most (about 0.1 s each).
    assert len(data) <= MAX_FILE_BYTES
    text = data.decode()
    run_with_timeout(lambda: session_module._LONG_KEY_RE.search(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('a = { b = 1,\n c = 2 }\n', id="line-break-in-inline-table"),
        pytest.param("a = { b = 1, }\n", id="trailing-comma-in-inline-table"),
        pytest.param("a = 1979-05-27T07:32\n", id="time-without-seconds"),
        pytest.param('a = "\\x41"\n', id="x-escape"),
    ],
)
def test_the_parser_reads_toml_1_0_on_every_python(tmp_path: Path, text: str) -> None:
    # tomllib (3.11-3.13) reads TOML 1.0. tomli 2.4 and later, used on 3.10,
    # read TOML 1.1, which accepts these: a session written that way would
    # run on 3.10 and be refused on 3.11. pyproject.toml keeps tomli below 2.4.
    _, _, message = only_problem(load_error(write_bytes(tmp_path, text.encode())))
    assert message.startswith("not valid TOML: "), (
        f"this TOML parser reads TOML 1.1 ({session_module.tomllib.__name__}); "
        "install tomli<2.4")


class _TomliError(session_module.tomllib.TOMLDecodeError):
    """A decode error as tomli >= 2.1 and Python 3.14 raise it: positions as attributes."""

    def __init__(self, msg: str, doc: str, pos: int) -> None:
        ValueError.__init__(self, msg)  # no "(at line ..., column ...)" to read back
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno = doc.count("\n", 0, pos) + 1
        self.colno = pos - doc.rfind("\n", 0, pos)


@pytest.mark.parametrize(
    ("pos", "line", "column"),
    [
        pytest.param(18, 2, 8, id="inside"),
        pytest.param(19, 3, None, id="end-of-document"),
    ],
)
def test_position_is_read_from_the_errors_attributes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pos: int, line: int, column: int | None
) -> None:
    # tomllib before 3.14 puts the position only in the message; tomli >= 2.1
    # also gives lineno and colno. Either way the same line and column come
    # out, and the end of the document is its last line, as on 3.11.
    text = 'name = "x"\nreps = \n'

    def parse(source: str) -> object:
        raise _TomliError("Invalid value", source, pos)

    monkeypatch.setattr(session_module.tomllib, "loads", parse)
    error = load_error(write_bytes(tmp_path, text.encode()))
    assert only_problem(error) == (line, column, "not valid TOML: invalid value")


def test_a_few_dotted_parts_still_parse(tmp_path: Path) -> None:
    session = load(write_bytes(
        tmp_path, b'name = "x"\n[[moves]]\nname = "a"\nreps = 1\n', "ok.toml"))
    assert session.name == "x"
    error = load_error(write_bytes(tmp_path, b"a.b.c.d.e.f = 1\n"))
    assert only_problem(error)[2].startswith("this is not a hiptimer session")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"[[a]]\n" * 40_000, id="many-array-tables"),
        pytest.param(b"a = [\n[" + b" " * 200_000 + b"\n]]\n", id="long-line-of-spaces"),
        pytest.param(b"".join(b"[t%d]\n" % i for i in range(30_000)), id="many-tables"),
        pytest.param(b'name = "x"\n' + b'[[moves]]\nname = "a"\nreps = 1\n' * 8_000,
                     id="many-moves"),
        pytest.param(b'name = "x"\n[[moves]]\nname = "a"\nreps = 1\n'
                     + b"".join(b"k%d = 1\n" % i for i in range(22_000)),
                     id="many-unknown-keys"),
    ],
)
def test_large_but_legal_shapes_finish(tmp_path: Path, data: bytes) -> None:
    assert len(data) <= MAX_FILE_BYTES
    load_error(write_bytes(tmp_path, data))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("9" * 400, "must be a whole number from 1 to 500, got a number far too large"),
        ("-" + "9" * 40, "must be a whole number from 1 to 500, got a number far too large"),
        ("0x" + "f" * 200, "must be a whole number from 1 to 500, got a number far too large"),
    ],
)
def test_huge_integers(tmp_path: Path, value: str, message: str) -> None:
    data = f'name = "x"\n[[moves]]\nname = "a"\nreps = {value}\n'.encode()
    assert only_problem(load_error(write_bytes(tmp_path, data)))[2] == message


def test_huge_integer_for_seconds(tmp_path: Path) -> None:
    data = f'name = "x"\n[[moves]]\nname = "a"\nhold = {"9" * 400}\n'.encode()
    assert only_problem(load_error(write_bytes(tmp_path, data)))[2] == (
        "must be a number of seconds from 1 to 3600, got a number far too large")


def test_integer_beyond_pythons_digit_limit(tmp_path: Path) -> None:
    data = f'name = "x"\n[[moves]]\nname = "a"\nreps = {"9" * 5000}\n'.encode()
    assert only_problem(load_error(write_bytes(tmp_path, data)))[2] == (
        "not valid TOML: a number has far too many digits")


# -- what the path points at ---------------------------------------------------------


def test_ten_megabyte_file_is_refused_by_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.toml"
    with path.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024)

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a file over the size limit must not be opened or parsed")

    monkeypatch.setattr(session_module.os, "open", never)
    monkeypatch.setattr(session_module.tomllib, "loads", never)
    _, _, message = only_problem(load_error(path))
    assert message == (
        f"is too large for a session (10,485,760 bytes, at most {MAX_FILE_BYTES:,})")


def test_file_just_over_the_limit(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, b"#" * (MAX_FILE_BYTES + 1))
    assert only_problem(load_error(path))[2].startswith("is too large for a session")


def test_a_directory(tmp_path: Path) -> None:
    folder = tmp_path / "sessions.toml"
    folder.mkdir()
    assert only_problem(load_error(folder)) == (None, None, "is a folder, not a session file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_a_fifo_returns_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    # Nobody ever writes to the pipe: opening it for reading would block.
    with pytest.raises(SessionError) as caught:
        run_with_timeout(lambda: load(fifo), seconds=5)
    assert caught.value.lines() == [f"{fifo}: is not a regular file"]


def test_a_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "missing.toml"
    assert load_error(missing).lines() == [f"{missing}: no such file"]


def test_a_path_with_a_nul_character(tmp_path: Path) -> None:
    with pytest.raises(SessionError) as caught:
        load(str(tmp_path / "a\x00b.toml"))
    assert caught.value.problems[0].message == "is not a usable file name"


def test_a_symlink_loop(tmp_path: Path) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.symlink_to(second)
    second.symlink_to(first)
    _, _, message = only_problem(load_error(first))
    assert message == f"cannot be read: {os.strerror(errno.ELOOP)}"


def test_a_dangling_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.toml"
    link.symlink_to(tmp_path / "gone.toml")
    assert load_error(link).lines() == [f"{link}: no such file"]


def test_a_symlink_to_a_good_session_loads(tmp_path: Path) -> None:
    link = tmp_path / "link.toml"
    link.symlink_to(REPO / "config.toml")
    assert load(link).name == "Pre-run glute activation"


def test_permission_denied_when_opening(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_bytes(tmp_path, b'name = "x"\n[[moves]]\nname = "a"\nreps = 1\n')

    def refuse(file: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(file))

    monkeypatch.setattr(session_module.os, "open", refuse)
    assert load_error(path).lines() == [f"{path}: cannot be read: {os.strerror(errno.EACCES)}"]


def test_permission_denied_when_looking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_bytes(tmp_path, b"")

    def refuse(self: Path, *args: Any, **kwargs: Any) -> os.stat_result:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))

    monkeypatch.setattr(Path, "stat", refuse)
    assert load_error(path).lines() == [f"{path}: cannot be read: {os.strerror(errno.EACCES)}"]


def test_unreadable_file_for_real(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, b'name = "x"\n[[moves]]\nname = "a"\nreps = 1\n')
    path.chmod(0)
    try:
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            # Permissions do not stop root; the monkeypatched tests above
            # cover the refusal. Root simply reads the file.
            assert load(path).name == "x"
        else:
            assert load_error(path).lines() == [
                f"{path}: cannot be read: {os.strerror(errno.EACCES)}"]
    finally:
        path.chmod(0o600)


# -- text that reaches another program --------------------------------------------------


def test_a_nul_in_spoken_text_is_not_a_crash_of_the_voice(tmp_path: Path) -> None:
    # The loader refuses a NUL in 'say'; the voice must not raise on one
    # that comes another way. espeak-ng need not be installed: the argument
    # list is refused before any program is looked for.
    from hiptimer.voice import Voice

    voice = Voice(cache=tmp_path, is_available=lambda: True)
    assert voice.get("a\x00b") is None
    assert voice.get("a\x00b") is None  # remembered as failed, not tried again


# -- validate() on anything a parser could return ---------------------------------------

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20),
    st.datetimes(), st.dates(), st.times(),
)
keys = st.one_of(
    st.sampled_from(sorted(SESSION_KEYS | BLOCK_KEYS | MOVE_KEYS)), st.text(max_size=8))
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=25,
)
move_tables = st.dictionaries(keys, values, max_size=6)
documents = st.fixed_dictionaries(
    {},
    optional={
        "name": values,
        "moves": st.lists(move_tables, max_size=4) | values,
        "blocks": st.lists(st.dictionaries(keys, values | st.lists(move_tables, max_size=3),
                                           max_size=5), max_size=3) | values,
        "tempo": values,
        "rounds": values,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_validate_never_raises_anything_but_session_error(data: dict[str, Any]) -> None:
    try:
        result = validate(data, "gen.toml")
    except SessionError as error:
        assert error.lines()
        assert all(line.startswith("gen.toml") for line in error.lines())
    else:
        assert isinstance(result, Session)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_loads_never_raises_anything_but_session_error(text: str) -> None:
    try:
        loads(text, "gen.toml")
    except SessionError as error:
        assert error.lines()


# -- the command line ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("syntax.toml", b'name = "x"\n[[moves]\n'),
        ("types.toml", b'name = 3\n[[moves]]\nname = "a"\nreps = "ten"\nhold = 2\n'),
        ("garbage.toml", random.Random(7).randbytes(2048)),
        ("latin1.toml", 'name = "Café"\n'.encode("latin-1")),
        ("deep.toml", b"a = " + b"[" * 100_000 + b"]" * 100_000),
        ("empty.toml", b""),
        ("other.toml", b'[tool]\nx = 1\n'),
        ("tilde.toml", b'name = "x"\n[[moves]]\nname = "a"\nreps = 1\nimage = "~.svg"\n'),
        ("no-user.toml",
         b'name = "x"\n[[moves]]\nname = "a"\nreps = 1\nimage = "~nosuchuser/pic.png"\n'),
        ("nul-image.toml",
         b'name = "x"\n[[moves]]\nname = "a"\nreps = 1\nimage = "a\\u0000.png"\n'),
        ("nul-say.toml", b'name = "x"\nsay = "a\\u0000b"\n[[moves]]\nname = "a"\nreps = 1\n'),
    ],
    # Named by file: pytest puts the test's id in PYTEST_CURRENT_TEST, and an
    # id holding the 200 KB document made the child's environment too big to
    # start it (E2BIG, seen with pytest 8.0).
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_check_on_a_bad_file_exits_2_without_traceback(
    tmp_path: Path, name: str, data: bytes
) -> None:
    path = write_bytes(tmp_path, data, name)
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--check", str(path)],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith(f"{path}:") for line in lines), lines


@pytest.mark.parametrize("kind", ["missing", "folder", "fifo"])
def test_check_on_a_bad_path_exits_2(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x.toml"
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("named pipes are POSIX only")
        os.mkfifo(path)
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--check", str(path)],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{path}: ")


@pytest.mark.parametrize("text", [
    'instructions = "' + "Slow. " * 40 + '"',
    "instructions = '" + "Slow. " * 40 + "'",
    'instructions = """\n' + "One. Two. " * 40 + '\n"""',
    'say = "Count with me, ' + "a. " * 34 + '"',
    "# " + "a. " * 40 + "\ninstructions = 'x'",
])
def test_a_chain_of_sentences_in_text_is_not_a_dotted_key(tmp_path: Path, text: str) -> None:
    # A spoken count or an instruction of many short sentences reads like
    # "a. b. c." to a key pattern; inside a string or a comment it is prose.
    path = tmp_path / "s.toml"
    path.write_text(f'name = "Counts"\n[[moves]]\nname = "Clam"\nreps = 3\n{text}\n',
                    encoding="utf-8")
    session = load(path)
    assert session.name == "Counts"
