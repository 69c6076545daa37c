"""Saving sessions without losing anything, and the session library.

A runner's file must come back exactly as they wrote it except for the
value they changed; every way a save can fail (rename, half-written file,
read-only folder, file changed on disk, invalid session) must leave the
original byte for byte and no temporary file behind; built-in sessions are
never written. Every test that touches the user's folders points
``XDG_CONFIG_HOME`` at a temporary folder, and "bundled" files are temporary
copies, so nothing here touches the checkout or the real home folder.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from hiptimer import cli, library, paths, resources, store
from hiptimer.session import load, loads

REPO_ROOT = Path(__file__).resolve().parents[2]
CONFIG = REPO_ROOT / "config.toml"
CIRCUIT = REPO_ROOT / "assets" / "sessions" / "hip-circuit.toml"

BLOCKS = (Path(__file__).resolve().parents[1] / "data" / "blocks.toml").read_text(
    encoding="utf-8"
)


# --- fixtures ------------------------------------------------------------------


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point the user's config folder at a temporary folder; return the sessions folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return paths.user_sessions_dir()


@pytest.fixture
def bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, home: Path) -> Path:
    """Make temporary copies of the bundled files and point ``resources`` at them."""
    root = tmp_path / "bundle"
    assets = root / "assets"
    # Two built-in sessions are enough to see how the library lists them.
    (assets / "sessions").mkdir(parents=True)
    for name in ("hip-circuit.toml", "lunge-matrix.toml"):
        shutil.copy(REPO_ROOT / "assets" / "sessions" / name, assets / "sessions" / name)
    shutil.copy(REPO_ROOT / "assets" / "moves.toml", assets / "moves.toml")
    shutil.copy(CONFIG, root / "config.toml")
    monkeypatch.setattr(resources, "assets_dir", lambda: assets)
    monkeypatch.setattr(resources, "default_session_path", lambda: root / "config.toml")
    return root


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(old) == len(new), "lines were added or removed"
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


def leftovers(folder: Path) -> list[str]:
    """Return temporary files a save may have left in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(line in it for line in short)


# --- round trip ----------------------------------------------------------------


def test_changing_reps_changes_exactly_one_line(config_copy: Path) -> None:
    before = config_copy.read_bytes()
    doc = store.open_document(config_copy)
    store.set_value(doc, ("moves", 0, "reps"), 12)

    assert store.save(doc) == config_copy
    after = config_copy.read_text(encoding="utf-8")
    assert changed_lines(before.decode(), after) == [
        ("reps = 10        # each side\n", "reps = 12        # each side\n")
    ]
    assert load(config_copy).moves[0].reps == 12
    # The previous version is kept beside it.
    assert (config_copy.parent / "config.toml.bak").read_bytes() == before
    assert leftovers(config_copy.parent) == []


def test_values_keep_their_comment_column_and_unchanged_values_keep_their_text(
    config_copy: Path,
) -> None:
    text = config_copy.read_text(encoding="utf-8")
    doc = store.open_document(config_copy)
    assert store.set_value(doc, ("moves", 2, "tempo"), 3.0) is False  # same value: untouched
    store.set_value(doc, ("rest",), 12.5)
    store.set_value(doc, ("moves", 1, "hold"), 45.0)  # whole seconds are written as such
    assert changed_lines(text, doc.as_string()) == [
        ("rest = 10        # seconds between moves\n",
         "rest = 12.5      # seconds between moves\n"),
        ("hold = 30        # seconds, hips up\n", "hold = 45        # seconds, hips up\n"),
    ]


def test_new_and_removed_keys_touch_only_their_own_lines(circuit_copy: Path) -> None:
    text = circuit_copy.read_text(encoding="utf-8")
    doc = store.open_document(circuit_copy)
    store.set_value(doc, ("moves", 1, "each_side"), True)  # before "# The lunge matrix"
    store.set_value(doc, ("set_rest",), 20)
    store.set_value(doc, ("moves", 0, "instructions"), "Knees together.\nSlowly.")
    assert store.remove_key(doc, ("moves", 5, "tempo")) is True
    assert store.remove_key(doc, ("moves", 5, "tempo")) is False

    new = doc.as_string()
    lines = new.splitlines()
    assert lines[lines.index('hold = 30') + 1] == "each_side = true"
    assert lines[lines.index("each_side = true") + 2] == (
        "# The lunge matrix: every direction, ten each side."
    )
    assert lines[lines.index("round_rest = 60    # longer breather between rounds") + 1] == (
        "set_rest = 20"
    )
    session = loads(new)
    assert session.moves[0].instructions == "Knees together. Slowly."
    assert session.moves[5].tempo == 2.5
    removed = set(text.splitlines()) - set(lines)
    assert removed == set()  # the removed tempo line still exists on the other lunges
    assert lines.count("tempo = 3          # lunges slow and controlled") == 3


def test_reordering_moves_keeps_every_comment_with_its_move(circuit_copy: Path) -> None:
    text = circuit_copy.read_text(encoding="utf-8")
    doc = store.open_document(circuit_copy)
    store.move_move(doc, 2, 0)  # front lunge, with "# The lunge matrix" above it, to the top
    new = doc.as_string()
    assert sorted(new.splitlines()) == sorted(text.splitlines())
    lines = new.splitlines()
    header = lines.index("# The lunge matrix: every direction, ten each side.")
    assert lines[header + 1 : header + 3] == ["[[moves]]", 'move = "front-lunge"']
    assert [m.library_id for m in loads(new).moves] == [
        "front-lunge", "clam-shell", "glute-bridge", "side-lunge", "curtsy-lunge",
        "cross-curtsy-lunge",
    ]
    store.move_move(doc, 0, 2)
    assert doc.as_string() == text  # and back again, byte for byte

    store.move_move(doc, 0, 5)
    store.save(doc)
    saved = circuit_copy.read_text(encoding="utf-8")
    assert sorted(saved.splitlines()) == sorted(text.splitlines())
    assert [m.library_id for m in load(circuit_copy).moves][-1] == "clam-shell"


def test_adding_and_removing_moves_keeps_the_rest(circuit_copy: Path) -> None:
    text = circuit_copy.read_text(encoding="utf-8")
    doc = store.open_document(circuit_copy)
    assert store.add_move(doc, {"move": "clam-shell", "reps": 15}, index=2) == 2
    assert store.add_move(doc, {"name": "Calf raise", "reps": 20}) == 7
    new = doc.as_string()
    assert is_subsequence(text.splitlines(), new.splitlines())
    assert "\n\n[[moves]]\nname = \"Calf raise\"\nreps = 20\n" in new
    assert [m.name for m in loads(new).moves][2] == "Clam shell"

    store.remove_move(doc, 7)
    store.remove_move(doc, 2)
    assert doc.as_string() == text
    store.remove_move(doc, 2)  # the front lunge goes with the comment that introduces it
    assert "# The lunge matrix" not in doc.as_string()
    assert "front-lunge" not in doc.as_string()


def test_the_last_move_cannot_be_removed(tmp_path: Path) -> None:
    file = tmp_path / "one.toml"
    file.write_text('name = "One"\n\n[[moves]]\nmove = "clam-shell"\n', encoding="utf-8")
    doc = store.open_document(file)
    with pytest.raises(ValueError, match="at least one"):
        store.remove_move(doc, 0)


def test_blocks_can_be_reordered_and_moves_moved_between_them(tmp_path: Path) -> None:
    file = tmp_path / "blocks.toml"
    file.write_text(BLOCKS, encoding="utf-8")
    doc = store.open_document(file)
    store.move_move(doc, 0, 1, block=0, to_block=1)  # the clams join the circuit
    store.move_block(doc, 1, 0)
    store.set_value(doc, ("blocks", 1, "rounds"), 2)
    store.add_block(doc, {"name": "Cool-down", "moves": [{"move": "glute-bridge", "hold": 45}]})
    new = doc.as_string()
    assert sorted(set(BLOCKS.splitlines()) - set(new.splitlines())) == []
    session = loads(new)
    assert [b.name for b in session.blocks] == ["Circuit", "Activation", "Cool-down"]
    assert [m.library_id for m in session.blocks[0].moves] == [
        "side-lunge", "clam-shell", "front-lunge"
    ]
    assert session.blocks[1].rounds == 2
    assert session.blocks[2].moves[0].hold == 45
    assert new.count("[[blocks.moves]]") == 5
    assert 'move = "clam-shell"   # clams' in new

    store.remove_block(doc, 2)
    store.move_block(doc, 0, 1)
    store.remove_key(doc, ("blocks", 0, "rounds"))
    store.move_move(doc, 1, 0, block=1, to_block=0)
    assert doc.as_string() == BLOCKS


def test_inline_move_lists_are_edited_too(tmp_path: Path) -> None:
    file = tmp_path / "inline.toml"
    file.write_text(
        'name = "Inline"\nmoves = [\n  { move = "clam-shell" },  # one\n'
        '  { move = "glute-bridge", hold = 20 },\n]\n',
        encoding="utf-8",
    )
    doc = store.open_document(file)
    store.set_value(doc, ("moves", 0, "reps"), 12)
    store.move_move(doc, 1, 0)
    store.add_move(doc, {"name": "Plank", "hold": 30})
    session = doc.check()
    assert [(m.name, m.reps, m.hold) for m in session.moves] == [
        ("Glute bridge", None, 20.0), ("Clam shell", 12, None), ("Plank", None, 30.0)
    ]
    assert "# one" in doc.as_string()


# --- saving safely -------------------------------------------------------------


def test_the_backup_holds_the_previous_version(config_copy: Path) -> None:
    first = config_copy.read_bytes()
    doc = store.open_document(config_copy)
    store.set_value(doc, ("rest",), 20)
    store.save(doc)
    second = config_copy.read_bytes()
    assert (config_copy.parent / "config.toml.bak").read_bytes() == first
    store.set_value(doc, ("rest",), 25)
    store.save(doc)  # the document now describes the saved file, so this is allowed
    assert (config_copy.parent / "config.toml.bak").read_bytes() == second
    assert load(config_copy).moves[0].rest == 25


def test_a_file_keeps_its_permissions(config_copy: Path) -> None:
    config_copy.chmod(0o640)
    doc = store.open_document(config_copy)
    store.set_value(doc, ("rest",), 20)
    store.save(doc)
    assert config_copy.stat().st_mode & 0o777 == 0o640


def test_a_symlinked_session_stays_a_symlink(config_copy: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.toml"
    link.symlink_to(config_copy)
    doc = store.open_document(link)
    store.set_value(doc, ("rest",), 20)
    store.save(doc)
    assert link.is_symlink()
    assert load(config_copy).moves[0].rest == 20


def _broken_save(doc: store.Document, original: bytes, file: Path, match: str) -> None:
    with pytest.raises(store.SaveError, match=match):
        store.save(doc)
    assert file.read_bytes() == original
    assert leftovers(file.parent) == []


def test_a_failed_rename_leaves_the_original(config_copy: Path, monkeypatch) -> None:
    original = config_copy.read_bytes()
    doc = store.open_document(config_copy)
    store.set_value(doc, ("moves", 0, "reps"), 12)
    real_replace = os.replace

    def failing_replace(src, dst):
        if Path(dst) == config_copy:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    _broken_save(doc, original, config_copy, "could not replace the file")
    monkeypatch.undo()
    # The document still holds the change, and a later save works.
    assert store.save(doc) == config_copy
    assert load(config_copy).moves[0].reps == 12


def test_a_write_that_fails_half_way_leaves_the_original(config_copy: Path, monkeypatch) -> None:
    original = config_copy.read_bytes()
    doc = store.open_document(config_copy)
    store.set_value(doc, ("moves", 0, "reps"), 12)
    real_mkstemp, real_write = tempfile.mkstemp, os.write
    temp_fds: list[int] = []
    written: list[int] = []

    def spying_mkstemp(*args, **kwargs):
        fd, name = real_mkstemp(*args, **kwargs)
        temp_fds.append(fd)
        return fd, name

    def disk_fills_up(fd, data):
        if fd not in temp_fds:
            return real_write(fd, data)
        if not written:
            written.append(real_write(fd, bytes(data[:100])))
            return written[-1]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", spying_mkstemp)
    monkeypatch.setattr(os, "write", disk_fills_up)
    _broken_save(doc, original, config_copy, "writing failed \\(the disk is full\\)")
    assert written == [100]
    assert not (config_copy.parent / "config.toml.bak").exists()


def test_a_read_only_folder_leaves_the_original(config_copy: Path, monkeypatch) -> None:
    original = config_copy.read_bytes()
    doc = store.open_document(config_copy)
    store.set_value(doc, ("moves", 0, "reps"), 12)
    config_copy.parent.chmod(0o555)
    try:
        # As root the mode is not enforced; the refusal is what matters.
        def refused(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refused)
        _broken_save(doc, original, config_copy, "cannot write in .*permission denied")
    finally:
        config_copy.parent.chmod(0o755)


def test_a_file_changed_on_disk_is_not_overwritten(config_copy: Path) -> None:
    doc = store.open_document(config_copy)
    store.set_value(doc, ("moves", 0, "reps"), 12)
    theirs = config_copy.read_text(encoding="utf-8").replace("rest = 10", "rest = 30")
    config_copy.write_text(theirs, encoding="utf-8")
    with pytest.raises(store.SaveError) as caught:
        store.save(doc)
    assert str(caught.value) == (
        "config.toml changed on disk since you opened it; it was not overwritten. "
        "Save as another file or reload it."
    )
    assert config_copy.read_text(encoding="utf-8") == theirs
    assert leftovers(config_copy.parent) == []
    assert not (config_copy.parent / "config.toml.bak").exists()
    # "Save as…" another file is the way out.
    other = config_copy.parent / "mine.toml"
    assert store.save(doc, other) == other
    assert load(other).moves[0].reps == 12


def test_a_change_on_disk_while_writing_is_caught_before_the_rename(
    config_copy: Path, monkeypatch
) -> None:
    doc = store.open_document(config_copy)
    store.set_value(doc, ("moves", 0, "reps"), 12)
    theirs = config_copy.read_bytes().replace(b"rest = 10", b"rest = 30")
    real_fsync = os.fsync

    def someone_else_saves(fd):
        real_fsync(fd)
        config_copy.write_bytes(theirs)

    monkeypatch.setattr(os, "fsync", someone_else_saves)
    _broken_save(doc, theirs, config_copy, "changed on disk since you opened it")


def test_a_touched_but_unchanged_file_is_saved(config_copy: Path) -> None:
    doc = store.open_document(config_copy)
    os.utime(config_copy, ns=(1, 1))
    store.set_value(doc, ("moves", 0, "reps"), 12)
    store.save(doc)
    assert load(config_copy).moves[0].reps == 12


def test_an_invalid_session_is_never_written(config_copy: Path) -> None:
    original = config_copy.read_bytes()
    doc = store.open_document(config_copy)
    store.set_value(doc, ("moves", 1, "hold"), 0)
    store.set_value(doc, ("name",), "  ")
    with pytest.raises(store.SaveError) as caught:
        store.save(doc)
    message = str(caught.value)
    assert message.startswith("config.toml was not saved: the session has 2 problems:")
    assert "moves[2].hold: must be a number of seconds from 1 to 3600, got 0" in message
    assert "name: must not be empty" in message
    assert caught.value.error is not None and len(caught.value.error.problems) == 2
    assert config_copy.read_bytes() == original
    assert leftovers(config_copy.parent) == []


def test_saving_as_over_an_existing_file_needs_permission(config_copy: Path) -> None:
    other = config_copy.parent / "other.toml"
    other.write_text("precious", encoding="utf-8")
    doc = store.open_document(config_copy)
    with pytest.raises(store.SaveError, match="already exists"):
        store.save(doc, other)
    assert other.read_text(encoding="utf-8") == "precious"
    store.save(doc, other, overwrite=True)
    assert other.read_bytes() == config_copy.read_bytes()
    assert (config_copy.parent / "other.toml.bak").read_text(encoding="utf-8") == "precious"


def test_files_that_cannot_be_edited_say_why(tmp_path: Path) -> None:
    with pytest.raises(store.OpenError, match="no such file"):
        store.open_document(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text('name = "x"\nreps = = 3\n', encoding="utf-8")
    with pytest.raises(store.OpenError, match=r"broken.toml:2:\d+: not valid TOML"):
        store.open_document(broken)
    # A valid TOML file with session problems opens: the editor is where it gets fixed.
    wrong = tmp_path / "wrong.toml"
    wrong.write_text('name = "x"\n\n[[moves]]\nname = "Clam"\nreps = 0\n', encoding="utf-8")
    doc = store.open_document(wrong)
    assert doc.modified is False
    store.set_value(doc, ("moves", 0, "reps"), 10)
    assert doc.modified is True
    assert doc.check().moves[0].reps == 10


# --- built-in sessions are never written ----------------------------------------


def test_builtins_map_to_the_users_own_copy(bundle: Path, home: Path, tmp_path: Path) -> None:
    assert store.is_builtin(bundle / "config.toml")
    assert store.is_builtin(bundle / "assets" / "sessions" / "hip-circuit.toml")
    assert not store.is_builtin(tmp_path / "elsewhere.toml")
    assert store.save_target(bundle / "config.toml") == home / "config.toml"
    assert home / "config.toml" == paths.user_default_session()
    assert store.save_target(bundle / "assets" / "sessions" / "hip-circuit.toml") == (
        home / "hip-circuit.toml"
    )
    assert store.save_target(tmp_path / "elsewhere.toml") == tmp_path / "elsewhere.toml"


def test_saving_the_bundled_default_creates_the_users_copy(bundle: Path, home: Path) -> None:
    bundled = bundle / "config.toml"
    original = bundled.read_bytes()
    schema = bundle / "assets" / "session.schema.json"
    schema.write_text("{}", encoding="utf-8")
    assert cli.default_session_file() == bundled

    doc = store.open_document(bundled)
    store.set_value(doc, ("moves", 0, "reps"), 12)
    store.set_value(doc, ("moves", 2, "reps"), 12)
    assert store.save(doc) == home / "config.toml"

    assert bundled.read_bytes() == original
    own = (home / "config.toml").read_text(encoding="utf-8")
    # The install's schema is no path for a file that lives (and is shared)
    # elsewhere: without a public address for it, the line goes.
    assert str(bundle) not in own
    assert changed_lines(original.decode().split("\n", 1)[1], own) == [
        ("reps = 10        # each side\n", "reps = 12        # each side\n"),
        ("reps = 10        # each side\n", "reps = 12        # each side\n"),
    ]
    assert cli.default_session_file() == home / "config.toml"
    assert [m.reps for m in load(cli.default_session_file()).moves] == [12, None, 12]
    assert doc.path == home / "config.toml"
    assert not (home / "config.toml.bak").exists()

    # Saving the bundled file again, over a copy that now exists, is refused.
    again = store.open_document(bundled)
    store.set_value(again, ("rest",), 5)
    with pytest.raises(store.SaveError, match="already exists"):
        store.save(again)
    with pytest.raises(store.SaveError, match="built into hiptimer"):
        store.save(again, bundled)
    assert bundled.read_bytes() == original


def test_a_schema_comment_is_dropped_when_there_is_no_schema(bundle: Path, home: Path) -> None:
    circuit = bundle / "assets" / "sessions" / "hip-circuit.toml"
    original = circuit.read_text(encoding="utf-8")
    doc = store.open_document(circuit)
    store.set_value(doc, ("rounds",), 2)
    store.save(doc)
    own = (home / "hip-circuit.toml").read_text(encoding="utf-8")
    assert "#:schema" not in own
    assert own.splitlines() == [
        line.replace("rounds = 3", "rounds = 2") for line in original.splitlines()[1:]
    ]
    assert circuit.read_text(encoding="utf-8") == original


@pytest.fixture
def schema(bundle: Path) -> Path:
    """Put a schema file where the bundled one lives; return it."""
    path = bundle / "assets" / "session.schema.json"
    path.write_text("{}", encoding="utf-8")
    return path


def schema_line(path: Path) -> str | None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    return first if first.startswith("#:schema") else None


def test_a_built_in_saved_inside_the_checkout_names_the_schema_relatively(
    bundle: Path, home: Path, schema: Path
) -> None:
    """An example kept in the repository keeps a schema path that works in any clone."""
    examples = bundle / "docs" / "examples"
    examples.mkdir(parents=True)
    doc = store.open_document(bundle / "assets" / "sessions" / "hip-circuit.toml")
    store.set_value(doc, ("rounds",), 2)
    target = store.save(doc, examples / "two-rounds.toml")
    assert schema_line(target) == "#:schema ../../assets/session.schema.json"
    assert (examples / "../../assets/session.schema.json").resolve() == schema.resolve()


def test_a_public_schema_address_is_written_when_there_is_one(
    bundle: Path, home: Path, schema: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "https://schemas.example.org/hiptimer/session.schema.json"
    monkeypatch.setattr(store, "SCHEMA_URL", url)
    doc = store.open_document(bundle / "config.toml")
    store.set_value(doc, ("rest",), 20)
    assert schema_line(store.save(doc)) == f"#:schema {url}"
    copy = library.duplicate(library.describe(bundle / "config.toml", library.Kind.BUILTIN))
    assert schema_line(copy) == f"#:schema {url}"


def test_an_install_path_written_by_an_older_version_goes_on_the_next_save(
    bundle: Path, home: Path, schema: Path
) -> None:
    own = home / "config.toml"
    home.mkdir(parents=True)
    text = (bundle / "config.toml").read_text(encoding="utf-8")
    own.write_text(text.replace("./assets/session.schema.json", str(schema.resolve()), 1),
                   encoding="utf-8")
    doc = store.open_document(own)
    store.set_value(doc, ("rest",), 20)
    store.save(doc)
    assert schema_line(own) is None
    assert str(bundle) not in own.read_text(encoding="utf-8")


def test_the_runners_own_schema_is_followed_and_their_absolute_paths_kept(
    home: Path, tmp_path: Path
) -> None:
    warmups = tmp_path / "warmups"
    (warmups / "old").mkdir(parents=True)
    (warmups / "my.schema.json").write_text("{}", encoding="utf-8")
    mine = warmups / "mine.toml"
    mine.write_text('#:schema ./my.schema.json\nname = "Mine"\n\n[[moves]]\nname = "Clam"\n'
                    "reps = 10\n", encoding="utf-8")
    doc = store.open_document(mine)
    saved = store.save(doc, warmups / "old" / "mine.toml")
    assert schema_line(saved) == "#:schema ../my.schema.json"
    # Saved again where it lives, the line stays as it is.
    store.set_value(doc, ("rest",), 20)
    store.save(doc)
    assert schema_line(saved) == "#:schema ../my.schema.json"

    pinned = warmups / "pinned.toml"
    pinned.write_text(mine.read_text(encoding="utf-8").replace(
        "./my.schema.json", "/opt/schemas/session.json"), encoding="utf-8")
    doc = store.open_document(pinned)
    assert schema_line(store.save(doc, warmups / "old" / "pinned.toml")) == (
        "#:schema /opt/schemas/session.json")


def test_a_duplicated_built_in_names_no_install_path(
    bundle: Path, home: Path, schema: Path
) -> None:
    circuit = next(e for e in library.list_sessions() if e.path.name == "hip-circuit.toml")
    copy = library.duplicate(circuit)
    assert schema_line(copy) is None
    assert str(bundle) not in copy.read_text(encoding="utf-8")


# --- the library -----------------------------------------------------------------


def test_the_library_lists_builtins_then_own_sessions_then_recent(
    bundle: Path, home: Path, tmp_path: Path
) -> None:
    entries = library.list_sessions()
    assert [(e.name, e.kind) for e in entries] == [
        ("Pre-run glute activation", library.Kind.BUILTIN),
        ("Hip strength circuit — 3 rounds", library.Kind.BUILTIN),
        ("Lunge matrix", library.Kind.BUILTIN),
    ]
    assert all(e.total and e.error is None for e in entries)
    assert entries[0].path == bundle / "config.toml"

    # The runner's own copy of the default takes its place.
    doc = store.open_document(bundle / "config.toml")
    store.set_value(doc, ("name",), "My activation")
    store.save(doc)
    (home / "zz-broken.toml").write_text('name = "Half done"\n[[moves]]\nreps = -1\n',
                                         encoding="utf-8")
    (home / "a-plain.toml").write_text('[[moves]]\nname = "Plank"\nhold = 30\n',
                                       encoding="utf-8")
    elsewhere = tmp_path / "elsewhere.toml"
    shutil.copy(CIRCUIT, elsewhere)
    library.add_recent(elsewhere)
    library.add_recent(home / "a-plain.toml")  # already listed: shown once

    entries = library.list_sessions()
    assert [(e.name, e.kind) for e in entries] == [
        ("My activation", library.Kind.USER),
        ("Hip strength circuit — 3 rounds", library.Kind.BUILTIN),
        ("Lunge matrix", library.Kind.BUILTIN),
        ("a-plain", library.Kind.USER),
        ("Half done", library.Kind.USER),
        ("Hip strength circuit — 3 rounds", library.Kind.RECENT),
    ]
    assert entries[0].replaces == bundle / "config.toml"
    assert entries[0].path == home / "config.toml"
    plain, broken = entries[3], entries[4]
    assert plain.total is None and "the session needs a name" in (plain.error or "")
    assert broken.total is None and "moves[1]" in (broken.error or "")
    assert entries[5].path == elsewhere and entries[5].total is not None


def test_recent_files_are_capped_deduplicated_and_pruned(home: Path, tmp_path: Path) -> None:
    files = []
    for number in range(12):
        file = tmp_path / f"s{number}.toml"
        shutil.copy(CONFIG, file)
        files.append(file)
        library.add_recent(file)
    library.add_recent(files[5])
    recent = library.recent_files()
    assert recent[0] == files[5]
    assert len(recent) == library.MAX_RECENT
    assert files[0] not in recent and files[1] not in recent
    files[11].unlink()
    assert files[11] not in library.recent_files()
    library.forget_recent(files[5])
    assert files[5] not in library.recent_files()
    data = json.loads(library.recent_file().read_text(encoding="utf-8"))
    assert all(os.path.isabs(p) for p in data["recent"])

    library.recent_file().write_text("{not json", encoding="utf-8")
    assert library.recent_files() == []
    library.add_recent(files[2])
    assert library.recent_files() == [files[2]]


def test_duplicate_makes_a_named_copy_with_its_comments(bundle: Path, home: Path) -> None:
    circuit = next(e for e in library.list_sessions() if e.path.name == "hip-circuit.toml")
    first = library.duplicate(circuit)
    second = library.duplicate(circuit)
    assert first.parent == home and second.parent == home and first != second
    text = first.read_text(encoding="utf-8")
    assert 'name = "Hip strength circuit — 3 rounds (copy)"' in text
    assert "# The lunge matrix: every direction, ten each side." in text
    assert load(first).name == "Hip strength circuit — 3 rounds (copy)"
    names = [e.name for e in library.list_sessions() if e.kind is library.Kind.USER]
    assert names.count("Hip strength circuit — 3 rounds (copy)") == 2
    # The built-in is still listed: a duplicate is not the runner's copy of it.
    assert any(e.kind is library.Kind.BUILTIN and e.path == circuit.path
               for e in library.list_sessions())


def test_a_broken_session_is_duplicated_as_it_is(home: Path) -> None:
    home.mkdir(parents=True)
    broken = home / "broken.toml"
    broken.write_text("name = [unclosed\n", encoding="utf-8")
    entry = library.describe(broken, library.Kind.USER)
    assert entry.error and "not valid TOML" in entry.error
    copy = library.duplicate(entry)
    assert copy.read_bytes() == broken.read_bytes()
    # A session with problems is copied with them, renamed, to be fixed in the copy.
    wrong = home / "wrong.toml"
    wrong.write_text('name = "Wrong"  # mine\n\n[[moves]]\nname = "Clam"\nreps = 0\n',
                     encoding="utf-8")
    copy = library.duplicate(library.describe(wrong, library.Kind.USER))
    assert copy.read_text(encoding="utf-8") == wrong.read_text(encoding="utf-8").replace(
        '"Wrong"  #', '"Wrong (copy)" #'  # the comment moves only as far as it must
    )


def test_delete_moves_to_the_trash_and_restore_brings_it_back(bundle: Path, home: Path) -> None:
    doc = store.open_document(bundle / "config.toml")
    store.set_value(doc, ("rest",), 20)
    store.save(doc)
    store.set_value(doc, ("rest",), 25)
    store.save(doc)  # now there is a .bak too
    mine = next(e for e in library.list_sessions() if e.kind is library.Kind.USER)
    content = mine.path.read_bytes()

    trashed = library.delete(mine)
    assert not mine.path.exists()
    assert trashed.read_bytes() == content
    assert trashed.parent.parent == home / ".trash"
    assert library.trashed() == [trashed]
    # With the runner's copy gone, the built-in default is back.
    assert library.list_sessions()[0].kind is library.Kind.BUILTIN
    assert cli.default_session_file() == bundle / "config.toml"

    restored = library.restore(trashed)
    assert restored == home / "config.toml"
    assert restored.read_bytes() == content
    assert (home / "config.toml.bak").is_file()
    assert library.trashed() == []
    assert library.list_sessions()[0].kind is library.Kind.USER

    # Deleting again and restoring over a new file of the same name keeps both.
    trashed = library.delete(library.list_sessions()[0])
    shutil.copy(CONFIG, home / "config.toml")
    restored = library.restore(trashed)
    assert restored == home / "config-restored.toml"
    assert (home / "config.toml").read_bytes() == CONFIG.read_bytes()


def test_builtins_and_outside_files_cannot_be_deleted(
    bundle: Path, home: Path, tmp_path: Path
) -> None:
    builtin = library.list_sessions()[0]
    with pytest.raises(library.LibraryError, match="built into hiptimer"):
        library.delete(builtin)
    assert builtin.path.is_file()
    outside = tmp_path / "outside.toml"
    shutil.copy(CONFIG, outside)
    library.add_recent(outside)
    recent = library.list_sessions()[-1]
    assert recent.kind is library.Kind.RECENT
    with pytest.raises(library.LibraryError, match="not in your session library"):
        library.delete(recent)
    assert outside.is_file()
