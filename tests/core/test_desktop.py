"""The desktop entry: ``--install-desktop-entry``, ``--uninstall-desktop-entry`` and the metainfo.

After ``pip``/``pipx install`` nothing puts hiptimer in the desktop's menu;
these flags write (and take back) exactly two files of ours. The written
entry, the shipped one and the AppStream metainfo pass the freedesktop
validators: present in CI (a test fails there without them), skipped
elsewhere.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hiptimer import __version__, desktop

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "assets" / "linux"


def tool(name: str, package: str) -> str:
    """Return the path of a validator, failing in CI and skipping elsewhere when it is absent."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing; CI installs {package} (tools/ci-apt-packages.txt)")
        pytest.skip(f"{name} is not installed (Debian, Ubuntu: apt-get install {package})")
    return path


def fake_launcher(folder: Path) -> Path:
    """Make an executable ``hiptimer`` that writes the arguments it was given to a file."""
    folder.mkdir(parents=True)
    launcher = folder / "hiptimer"
    launcher.write_text('#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done > "$0.args"\n')
    launcher.chmod(0o755)
    return launcher


def run(action: str, environ: dict[str, str], argv0: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = desktop.run(action, argv0=argv0, environ=environ, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def entry_values(path: Path) -> dict[str, str]:
    """Return the keys of the [Desktop Entry] group (raw values, escapes kept)."""
    values: dict[str, str] = {}
    group = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line
        elif "=" in line and group == "[Desktop Entry]" and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


def exec_argv(value: str) -> list[str]:
    """Turn an ``Exec`` value into the argument list a launcher would run.

    Undoes the string escapes of the Desktop Entry spec, lets a real POSIX
    shell undo the quoting (the spec's quoting is a subset of the shell's
    double quotes), drops the ``%f`` field code and turns ``%%`` into ``%``.
    """
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    unescaped = re.sub(r"\\(.)", lambda m: escapes.get(m[1], "\\" + m[1]), value)
    result = subprocess.run(["sh", "-c", 'printf "%s\\0" ' + unescaped], capture_output=True,
                            check=True)
    args = result.stdout.decode().split("\0")[:-1]
    return [a.replace("%%", "%") for a in args if a != "%f"]


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    return {"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data")}


def written(environ: dict[str, str]) -> tuple[Path, Path]:
    data = Path(environ["XDG_DATA_HOME"])
    return (data / "applications" / "io.github.hiptimer.desktop",
            data / "icons" / "hicolor" / "scalable" / "apps" / "io.github.hiptimer.svg")


# -- install -------------------------------------------------------------------------------


def test_install_writes_the_entry_and_the_icon_named_after_the_app_id(home, tmp_path):
    launcher = fake_launcher(tmp_path / "venv" / "bin")
    status, out, err = run("install", home, str(launcher))
    assert (status, err) == (0, "")
    entry, icon = written(home)
    assert entry.is_file() and icon.is_file()
    assert f"wrote {entry}" in out and f"wrote {icon}" in out
    values = entry_values(entry)
    assert values["Icon"] == "io.github.hiptimer"
    assert exec_argv(values["Exec"]) == [str(launcher)]
    assert values["Exec"].endswith(" %f")
    assert values["TryExec"] == str(launcher)
    assert "<svg" in icon.read_text(encoding="utf-8")


def test_the_rest_of_the_entry_comes_from_the_shipped_one(home, tmp_path):
    run("install", home, str(fake_launcher(tmp_path / "bin")))
    shipped = entry_values(LINUX / "io.github.hiptimer.desktop")
    mine = entry_values(written(home)[0])
    for key in ("Name", "GenericName", "Comment", "Categories", "Keywords", "MimeType", "Type"):
        assert mine[key] == shipped[key]


def test_a_launcher_path_with_spaces_and_shell_characters_runs_as_written(home, tmp_path):
    folder = tmp_path / "my apps" / 'odd "$name" `x` 100% \\ back' / "bin"
    launcher = fake_launcher(folder)
    status, _, err = run("install", home, str(launcher))
    assert status == 0, err
    entry = written(home)[0]
    tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    argv = exec_argv(entry_values(entry)["Exec"])
    assert argv == [str(launcher)]
    # And what a launcher makes of it really starts the program, with a session.
    subprocess.run([*argv, "/tmp/session one.toml"], check=True, timeout=30)
    assert Path(f"{launcher}.args").read_text() == "/tmp/session one.toml\n"


def test_without_the_launcher_script_the_entry_runs_this_python_with_dash_m(home, tmp_path):
    status, _, err = run("install", home, str(REPO / "main.py"))
    assert status == 0, err
    values = entry_values(written(home)[0])
    assert exec_argv(values["Exec"]) == [sys.executable, "-m", "hiptimer"]
    assert values["TryExec"] == sys.executable


def test_from_a_source_checkout_the_entry_starts_in_the_checkout():
    launcher = desktop.find_launcher(str(REPO / "main.py"), executable="/usr/bin/python3",
                                     package_dir=REPO / "hiptimer", site_dirs=())
    assert launcher.command == ("/usr/bin/python3", "-m", "hiptimer")
    assert launcher.work_dir == str(REPO)
    installed = desktop.find_launcher("/x/main.py", executable="/usr/bin/python3",
                                      package_dir=Path("/site/hiptimer"), site_dirs=("/site",))
    assert installed.work_dir is None


def test_the_written_entry_passes_desktop_file_validate(home, tmp_path):
    validate = tool("desktop-file-validate", "desktop-file-utils")
    run("install", home, str(fake_launcher(tmp_path / "bin")))
    result = subprocess.run([validate, str(written(home)[0])], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower() and "warning" not in result.stdout.lower()


def test_install_again_replaces_our_own_entry(home, tmp_path):
    run("install", home, str(fake_launcher(tmp_path / "old" / "bin")))
    new = fake_launcher(tmp_path / "new" / "bin")
    status, _, err = run("install", home, str(new))
    assert (status, err) == (0, "")
    assert exec_argv(entry_values(written(home)[0])["Exec"]) == [str(new)]


def test_install_leaves_a_file_of_the_users_alone_and_says_so(home, tmp_path):
    entry, icon = written(home)
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nName=My own\nExec=mine\n")
    status, out, err = run("install", home, str(fake_launcher(tmp_path / "bin")))
    assert status == 2
    assert str(entry) in err and "not written by hiptimer" in err
    assert "Traceback" not in err
    assert entry.read_text() == "[Desktop Entry]\nType=Application\nName=My own\nExec=mine\n"
    assert not icon.exists()


def test_install_into_a_folder_that_cannot_be_made_exits_2_without_a_traceback(home, tmp_path):
    data = Path(home["XDG_DATA_HOME"])
    data.mkdir(parents=True)
    (data / "applications").write_text("a file where the folder should be")
    status, out, err = run("install", home, str(fake_launcher(tmp_path / "bin")))
    assert status == 2
    assert err.startswith("hiptimer: cannot install the desktop entry:")
    assert str(data / "applications") in err
    assert "Traceback" not in err
    assert not written(home)[1].exists(), "half an install was left behind"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root writes into read-only folders")
def test_install_into_a_read_only_folder_exits_2(home, tmp_path):
    data = Path(home["XDG_DATA_HOME"])
    data.mkdir(parents=True)
    data.chmod(0o500)
    try:
        status, _, err = run("install", home, str(fake_launcher(tmp_path / "bin")))
    finally:
        data.chmod(0o700)
    assert status == 2 and "Permission denied" in err


def test_a_write_refused_midway_leaves_no_icon_behind(home, tmp_path, monkeypatch):
    # Root writes into read-only folders, so the refusal is made here: the
    # icon goes in first, then the entry's rename is refused.
    replace = os.replace

    def refuse_entries(source: str, target: str) -> None:
        if str(target).endswith(".desktop"):
            raise PermissionError(13, "Permission denied", str(target))
        replace(source, target)

    monkeypatch.setattr(os, "replace", refuse_entries)
    status, _, err = run("install", home, str(fake_launcher(tmp_path / "bin")))
    assert status == 2
    assert "Permission denied" in err and "Traceback" not in err
    entry, icon = written(home)
    assert not entry.exists() and not icon.exists()
    assert list(entry.parent.iterdir()) == [], "a temporary file was left behind"


def test_desktop_entries_are_refused_where_desktops_do_not_read_them(home, tmp_path):
    for platform in ("win32", "darwin"):
        out, err = io.StringIO(), io.StringIO()
        status = desktop.run("install", argv0=str(fake_launcher(tmp_path / platform)),
                             environ=home, out=out, err=err, platform=platform)
        assert status == 2 and "Linux" in err.getvalue()
    assert not any(path.exists() for path in written(home))


def test_the_data_folder_defaults_to_local_share(tmp_path):
    environ = {"HOME": str(tmp_path), "XDG_DATA_HOME": "relative/is/ignored"}
    entry, icon = desktop.targets(environ)
    assert entry == tmp_path / ".local" / "share" / "applications" / "io.github.hiptimer.desktop"
    assert icon.parent == tmp_path / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps"


def test_a_control_character_in_the_launcher_path_is_refused(home, tmp_path):
    status, _, err = run("install", home, str(fake_launcher(tmp_path / "a\nb")))
    assert status == 2 and "control character" in err
    assert not any(path.exists() for path in written(home))


# -- quoting -------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "value"), [
    (["/usr/bin/hiptimer"], "/usr/bin/hiptimer"),
    (["/opt/my apps/hiptimer"], '"/opt/my apps/hiptimer"'),
    (['/a"b'], '"/a\\\\"b"'),
    (["/a$b`c"], '"/a\\\\$b\\\\`c"'),
    (["/a\\b"], '"/a\\\\\\\\b"'),
    (["/100%/x"], "/100%%/x"),
    (["/usr/bin/python3", "-m", "hiptimer"], "/usr/bin/python3 -m hiptimer"),
])
def test_exec_quoting_follows_the_spec(args, value):
    assert desktop.exec_value(args) == value


# -- uninstall -----------------------------------------------------------------------------


def test_uninstall_removes_exactly_our_two_files(home, tmp_path):
    run("install", home, str(fake_launcher(tmp_path / "bin")))
    entry, icon = written(home)
    neighbour = entry.parent / "someone-else.desktop"
    neighbour.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    status, out, err = run("uninstall", home, "hiptimer")
    assert (status, err) == (0, "")
    assert not entry.exists() and not icon.exists()
    assert f"removed {entry}" in out and f"removed {icon}" in out
    assert neighbour.exists()
    assert entry.parent.is_dir(), "folders the desktop uses are not ours to remove"


def test_uninstall_leaves_files_the_user_wrote_under_our_names(home):
    entry, icon = written(home)
    entry.parent.mkdir(parents=True)
    icon.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nName=Mine\nExec=mine\n")
    icon.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>\n')
    status, out, err = run("uninstall", home, "hiptimer")
    assert status == 0
    assert entry.exists() and icon.exists()
    assert f"left {entry} alone" in out and f"left {icon} alone" in out


def test_uninstall_with_nothing_installed_says_so(home):
    status, out, err = run("uninstall", home, "hiptimer")
    assert (status, err) == (0, "")
    assert "nothing to remove" in out


def test_uninstall_that_cannot_remove_exits_2(home, tmp_path, monkeypatch):
    run("install", home, str(fake_launcher(tmp_path / "bin")))

    def refuse(path: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "unlink", refuse)
    status, _, err = run("uninstall", home, "hiptimer")
    assert status == 2
    assert err.startswith("hiptimer: cannot remove the desktop entry:")
    assert "Permission denied" in err


# -- the shipped files pass the validators -------------------------------------------------


@pytest.mark.parametrize("entry", sorted(LINUX.glob("*.desktop")), ids=lambda p: p.name)
def test_shipped_desktop_entries_pass_desktop_file_validate(entry):
    validate = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate_pedantic():
    appstreamcli = tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--pedantic", "--no-net",
         str(LINUX / "io.github.hiptimer.metainfo.xml")],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    # --pedantic prints its hints and still exits 0: none are allowed either,
    # except that AppStream before 1.0 (Debian 12 has 0.16) does not know
    # the <developer> tag that 1.0 asks for instead of <developer_name>.
    issues = re.findall(r"^([IWEP]): \S+ (.*)$", result.stdout, re.MULTILINE)
    assert [i for i in issues if i != ("I", "unknown-tag developer")] == [], result.stdout


def test_metainfo_says_what_a_software_centre_needs():
    root = ET.parse(LINUX / "io.github.hiptimer.metainfo.xml").getroot()
    assert root.findtext("id") == "io.github.hiptimer"
    developer = root.find("developer")
    assert developer is not None and developer.get("id") and developer.findtext("name")
    urls = {u.get("type"): u.text for u in root.findall("url")}
    assert urls["homepage"] == "https://github.com/hiptimer/hiptimer"
    assert urls["bugtracker"] == "https://github.com/hiptimer/hiptimer/issues"
    assert root.findtext("provides/binary") == "hiptimer"
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("launchable").text == "io.github.hiptimer.desktop"
    shots = root.findall("screenshots/screenshot")
    assert shots and shots[0].get("type") == "default"
    for shot in shots:
        assert shot.findtext("caption")
        url = shot.findtext("image")
        prefix = "https://raw.githubusercontent.com/hiptimer/hiptimer/main/"
        assert url.startswith(prefix)
        assert (REPO / url[len(prefix):]).is_file(), f"{url} is not in the repository"


def test_metainfo_release_is_the_package_version():
    root = ET.parse(LINUX / "io.github.hiptimer.metainfo.xml").getroot()
    assert root.find("releases/release").get("version") == __version__
