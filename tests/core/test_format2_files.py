"""The runner's own files: sounds per cue, animated pictures, and how a bad one is reported.

Every file a session names is checked: it exists, is a regular readable
file, and is not plainly some other kind of file (a web page saved as
``.png``). ``--check`` (``check_files``) refuses a bad one with file, line,
column and key; loaded for the window, the session still loads and carries
the same lines as ``warnings``. ``[sounds]`` tables are declared in
``session.FILE_TABLES`` and checked here from that declaration, the way
``test_user_paths.py`` checks ``FILE_KEYS``.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from hiptimer.cues import CueMapper
from hiptimer.errors import SessionError
from hiptimer.plan import PhaseKind, make_plan
from hiptimer.runner import Runner
from hiptimer.session import FILE_TABLES, SOUND_CUES, Session, loads

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16
WAV = b"RIFF\x24\0\0\0WAVEfmt " + b"\0" * 16
GIF = b"GIF89a" + b"\0" * 16
WEBP = b"RIFF\x24\0\0\0WEBPVP8 " + b"\0" * 16
HTML = b"\n  <!DOCTYPE html><html><body>Not found</body></html>"


def load_in(folder: Path, text: str, check_files: bool = False) -> Session:
    return loads(textwrap.dedent(text), "s.toml", base_dir=folder, check_files=check_files)


def check_lines(folder: Path, text: str) -> list[str]:
    with pytest.raises(SessionError) as caught:
        load_in(folder, text, check_files=True)
    return caught.value.lines()


SOUNDS = """\
    name = "S"
    get_ready = 3

    [sounds]
    go = "whistle.wav"
    done = "~/sounds/bell.ogg"

    [[moves]]
    name = "Squats"
    work = 5

    [[moves]]
    name = "Bridge"
    hold = 5

    [moves.sounds]
    go = "bridge.mp3"
    """


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    (folder / "sounds").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    return folder


def test_sounds_are_found_beside_the_session_and_in_the_home_folder(
        tmp_path: Path, home: Path) -> None:
    for name, data in (("whistle.wav", WAV), ("bridge.mp3", b"ID3\x03"),):
        (tmp_path / name).write_bytes(data)
    (home / "sounds" / "bell.ogg").write_bytes(b"OggS\0")
    session = load_in(tmp_path, SOUNDS, check_files=True)
    assert session.sounds == (("go", tmp_path / "whistle.wav"),
                              ("done", home / "sounds" / "bell.ogg"))
    assert session.moves[1].sounds == (("go", tmp_path / "bridge.mp3"),)
    assert session.warnings == ()
    plan = make_plan(session)
    squats, bridge = (p for p in plan.phases if p.kind is PhaseKind.WORK)
    assert plan.sound_for(squats, "go") == tmp_path / "whistle.wav"
    assert plan.sound_for(bridge, "go") == tmp_path / "bridge.mp3"  # the move's own wins
    assert plan.sound_for(bridge, "tick") is None
    assert all(file.is_absolute() for _, file in session.sounds)


def test_the_cue_mapper_hands_the_player_the_runners_own_file(tmp_path: Path, home: Path) -> None:
    plan = make_plan(load_in(tmp_path, SOUNDS))
    now = [0.0]
    runner = Runner(plan, now=lambda: now[0])
    mapper = CueMapper(plan, now=lambda: now[0])
    heard = []
    runner.subscribe(lambda event: heard.extend(mapper.map(event)))
    runner.start()
    for _ in range(30):  # get ready 3, squats 5, rest 15, bridge 5
        now[0] += 1
        runner.update()
    starts = [(s.tone, s.file) for s in heard if s.new_phase]
    assert starts == [
        ("get-ready", None),
        ("go", tmp_path / "whistle.wav"),
        ("rest", None),
        ("go", tmp_path / "bridge.mp3"),
        ("done", home / "sounds" / "bell.ogg"),
    ]
    countdown = [s for s in heard if s.tone == "countdown"]
    assert countdown and all(s.file is None for s in countdown)


def test_a_missing_sound_is_refused_by_check_and_a_warning_in_the_window(tmp_path: Path,
                                                                         home: Path) -> None:
    (tmp_path / "whistle.wav").write_bytes(WAV)
    expected = [
        f"s.toml:6:8: sounds.done: no such file: {home}/sounds/bell.ogg",
        f"s.toml:17:6: moves[2].sounds.go: no such file: {tmp_path}/bridge.mp3",
    ]
    assert check_lines(tmp_path, SOUNDS) == expected
    session = load_in(tmp_path, SOUNDS)
    assert session.warning_lines() == expected
    assert [w.keys for w in session.warnings] == [("sounds", "done"),
                                                  ("moves", 1, "sounds", "go")]
    # The path is kept: the player falls back to the built-in tone when it fails.
    assert session.moves[1].sounds == (("go", tmp_path / "bridge.mp3"),)


@pytest.mark.parametrize(("table", "message"), [
    ('go = "whistle.txt"',
     's.toml:4:6: sounds.go: must be a .wav/.ogg/.mp3 file, got "whistle.txt"'),
    ("go = 3", "s.toml:4:6: sounds.go: must be a sound file name in quotes, got 3"),
    ('goo = "a.wav"', "s.toml:4:1: sounds: unknown key 'goo'; did you mean 'go'?"),
    ('cowntdown = "a.wav"',
     "s.toml:4:1: sounds: unknown key 'cowntdown'; did you mean 'countdown'?"),
])
def test_bad_sound_tables_are_reported(tmp_path: Path, table: str, message: str) -> None:
    text = f'name = "S"\n\n[sounds]\n{table}\n\n[[moves]]\nname = "A"\nreps = 1\n'
    with pytest.raises(SessionError) as caught:
        load_in(tmp_path, text)
    assert caught.value.lines() == [message]


def test_sounds_must_be_a_table(tmp_path: Path) -> None:
    with pytest.raises(SessionError) as caught:
        load_in(tmp_path, 'name = "S"\nsounds = "a.wav"\n[[moves]]\nname = "A"\nreps = 1\n')
    assert caught.value.lines() == [
        's.toml:2:10: sounds: must be a table of cue names and sound files, e.g. [sounds] '
        'with go = "sounds/whistle.wav"']


def test_every_cue_the_mapper_plays_can_be_given_a_file() -> None:
    tones = {"get-ready", "go", "rest", "switch", "halfway", "countdown", "tick", "round",
             "done"}
    assert {cue.replace("_", "-") for cue in SOUND_CUES} == tones
    assert sorted(p.name for p in (Path(__file__).parents[2] / "assets" / "sounds").glob(
        "*.wav")) == sorted(f"{tone}.wav" for tone in tones)


# -- every file table, in every state a file can be in ------------------------------------


def text_with(table: str, key: str, value: str) -> str:
    if table == "session":
        return f'name = "S"\n[{key}]\ngo = {value}\n[[moves]]\nname = "A"\nreps = 1\n'
    if table == "move":
        return f'name = "S"\n[[moves]]\nname = "A"\nreps = 1\n[moves.{key}]\ngo = {value}\n'
    raise AssertionError(f"no way to write a {table} table: teach text_with()")


CASES = [pytest.param(key, table, id=f"{table}.{key}")
         for key, spec in sorted(FILE_TABLES.items()) for table in sorted(spec.tables)]


def make(state: str, target: Path) -> str:
    if state == "missing":
        return f"no such file: {target}"
    if state == "folder":
        target.mkdir()
        return f"{target} is a folder, not a sound file"
    if state == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("named pipes are POSIX only")
        os.mkfifo(target)
        return f"{target} is not a regular file"
    if state == "dangling-symlink":
        target.symlink_to(target.with_name("gone.wav"))
        return f"no such file: {target}"
    if state == "a-picture":
        target.write_bytes(PNG)
        return f"{target} is a PNG picture, not a sound file"
    if state == "a-web-page":
        target.write_bytes(HTML)
        return f"{target} is a web page, not a sound file"
    raise AssertionError(state)


@pytest.mark.parametrize("state", ["missing", "folder", "fifo", "dangling-symlink",
                                   "a-picture", "a-web-page"])
@pytest.mark.parametrize(("key", "table"), CASES)
def test_check_refuses_a_sound_that_cannot_be_used(tmp_path: Path, key: str, table: str,
                                                   state: str) -> None:
    suffix = FILE_TABLES[key].suffixes[0]
    expected = make(state, tmp_path / f"a{suffix}")
    text = text_with(table, key, f'"a{suffix}"')
    line = text.splitlines().index(f'go = "a{suffix}"') + 1
    where = {"session": "", "move": "moves[1]."}[table]
    lines = check_lines(tmp_path, text)
    assert lines == [f"s.toml:{line}:6: {where}{key}.go: {expected}"]
    assert load_in(tmp_path, text).warning_lines() == lines


@pytest.mark.parametrize(("key", "table"), CASES)
def test_a_sound_that_can_be_used_passes(tmp_path: Path, key: str, table: str) -> None:
    for suffix in FILE_TABLES[key].suffixes:
        (tmp_path / f"a{suffix}").write_bytes(b"\0\0\0\0")  # unknown bytes: benefit of doubt
        session = load_in(tmp_path, text_with(table, key, f'"a{suffix}"'), check_files=True)
        assert session.warnings == ()


# -- pictures -------------------------------------------------------------------------------


def test_gif_webp_and_jpeg_pictures_are_accepted(tmp_path: Path) -> None:
    for name, data in (("a.gif", GIF), ("b.webp", WEBP), ("c.jpeg", b"\xff\xd8\xff\xe0"),
                       ("d.GIF", GIF)):
        (tmp_path / name).write_bytes(data)
    session = load_in(tmp_path, 'name = "S"\n[[moves]]\nname = "A"\nreps = 1\n'
                      'image = ["a.gif", "b.webp", "c.jpeg", "d.GIF"]\n', check_files=True)
    assert session.moves[0].images == tuple(
        tmp_path / n for n in ("a.gif", "b.webp", "c.jpeg", "d.GIF"))


@pytest.mark.parametrize(("data", "what"), [(HTML, "web page"), (WAV, "WAV sound"),
                                            (b"%PDF-1.4", "PDF document")])
def test_a_picture_that_is_something_else_is_reported(tmp_path: Path, data: bytes,
                                                      what: str) -> None:
    (tmp_path / "photo.png").write_bytes(data)
    text = 'name = "S"\n[[moves]]\nname = "A"\nreps = 1\nimage = "photo.png"\n'
    expected = [f"s.toml:5:9: moves[1].image: {tmp_path}/photo.png is a {what}, "
                "not a picture file"]
    assert check_lines(tmp_path, text) == expected
    session = load_in(tmp_path, text)
    assert session.warning_lines() == expected
    assert session.moves[0].images == (tmp_path / "photo.png",)  # shown as a placeholder


def test_a_session_that_names_only_good_files_has_no_warnings(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(PNG)
    session = load_in(tmp_path, 'name = "S"\n[[moves]]\nname = "A"\nreps = 1\n'
                      'image = "a.png"\n')
    assert session.warnings == () and session.warning_lines() == []
