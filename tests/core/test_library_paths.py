"""The session library never trips over a path it remembered: recent files that cannot be.

``recent.json`` lives in the user's config folder, where anything may end up
in it (an old version, a hand edit, a disk error). A path in it that no file
system can hold (a NUL, a name past the system's limit, something that is
not text) is forgotten, not raised on, so the start screen can always list
the sessions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hiptimer import library

REPO = Path(__file__).resolve().parents[2]
HOSTILE = ["/a\u0000b.toml", "/" + "x" * 5000 + ".toml", "/tmp/" + "y" * 300 + "/s.toml",
           "relative.toml", 3, None, ["/x.toml"], "/tmp/a\nb.toml"]


@pytest.fixture
def remembered(tmp_path: Path) -> Path:
    """Write a recent.json holding a real session among paths that cannot be used."""
    good = tmp_path / "good.toml"
    good.write_bytes((REPO / "config.toml").read_bytes())
    library.recent_file().parent.mkdir(parents=True, exist_ok=True)
    library.recent_file().write_text(json.dumps({"recent": [*HOSTILE, str(good)]}),
                                     encoding="utf-8")
    return good


def test_recent_files_skip_paths_that_cannot_be(remembered: Path) -> None:
    assert library.recent_files() == [remembered]


def test_adding_and_forgetting_survive_them(remembered: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.toml"
    other.write_bytes(remembered.read_bytes())
    library.add_recent(other)
    assert library.recent_files() == [other, remembered]
    library.forget_recent(remembered)
    assert library.recent_files() == [other]
    library.forget_recent("/a\u0000b.toml")
    library.add_recent("/a\u0000b.toml")  # refused quietly: it cannot be a file
    assert library.recent_files() == [other]


def test_the_start_screen_list_survives_them(remembered: Path) -> None:
    entries = library.list_sessions()
    assert [e.path for e in entries if e.kind is library.Kind.RECENT] == [remembered]


def test_a_session_is_loaded_again_only_when_it_or_what_it_depends_on_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hiptimer import i18n

    session = tmp_path / "mine.toml"
    session.write_text('name = "Mine"\n"name.de" = "Meins"\n[[moves]]\nmove = "clam-shell"\n',
                       encoding="utf-8")
    loads: list[Path] = []
    real = library.load

    def counted(path: Path, *args: object, **kwargs: object) -> object:
        loads.append(path)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(library, "load", counted)
    first = library.describe(session, library.Kind.RECENT)
    again = library.describe(session, library.Kind.RECENT)
    assert (first.name, again.name, len(loads)) == ("Mine", "Mine", 1)
    # Rewritten as the editor saves (a new file in its place): read again.
    replacement = tmp_path / "new.toml"
    replacement.write_text(session.read_text(encoding="utf-8") + "reps = 30\n",
                           encoding="utf-8")
    replacement.replace(session)
    changed = library.describe(session, library.Kind.RECENT)
    assert len(loads) == 2 and changed.total is not None and changed.total > first.total
    # Another language shows the session's own German name.
    i18n.use("de")
    assert library.describe(session, library.Kind.RECENT).name == "Meins"
    assert len(loads) == 3
    # The runner's own moves.toml changes what a library move is.
    from hiptimer import session as sessions

    own = sessions.user_library_path()
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text('[clam-shell]\nname = "My clam"\nreps = 30\neach_side = true\n',
                   encoding="utf-8")
    library.describe(session, library.Kind.RECENT)
    assert len(loads) == 4
