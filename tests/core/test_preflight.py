"""Checks made before Qt starts: the platform plugin's libraries and the PySide6 hazard.

A missing ``libxcb-cursor0`` used to end the first start on a bare Linux in
Qt's own abort (exit 250). The check finds such libraries before Qt is
imported; here a library is hidden through the loader seam, never uninstalled.
"""

from __future__ import annotations

import importlib.util
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from hiptimer import preflight

REPO = Path(__file__).resolve().parents[2]
X11 = {"DISPLAY": ":0"}


REAL_HAS_PLUGIN = preflight.has_platform_plugin


@pytest.fixture(autouse=True)
def _every_plugin_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer as a PySide6 with every platform plugin would (6.7 has no wayland)."""
    monkeypatch.setattr(preflight, "has_platform_plugin", lambda name: True)


def hiding(*names: str):
    """Return a loader that reports ``names`` as missing and finds everything else."""

    def load(name: str) -> str | None:
        return name if name in names else None

    return load


def finds_all(name: str) -> str | None:
    return None


# -- which platform Qt would pick ----------------------------------------------------------


@pytest.mark.parametrize(("environ", "expected"), [
    ({"DISPLAY": ":0"}, ("xcb",)),
    ({}, ("xcb",)),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, ("wayland", "xcb")),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, ("wayland", "xcb")),
    ({"WAYLAND_DISPLAY": "wayland-0"}, ("wayland", "xcb")),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, ("offscreen",)),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, ("xcb",)),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, ("wayland", "xcb")),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": ""}, ("xcb",)),
])
def test_platforms_follow_qt6s_order(environ, expected):
    assert preflight.platforms_to_try(environ) == expected


# -- the xcb check -------------------------------------------------------------------------


def test_nothing_to_say_when_every_library_loads():
    assert preflight.check_platform(X11, platform="linux", load=finds_all) is None


def test_a_missing_xcb_cursor_is_named_with_its_packages():
    message = preflight.check_platform(X11, platform="linux", load=hiding("libxcb-cursor.so.0"))
    assert message is not None
    assert "libxcb-cursor.so.0" in message
    assert "sudo apt-get install libxcb-cursor0" in message
    assert "sudo dnf install xcb-util-cursor" in message
    assert "QT_QPA_PLATFORM=wayland" in message
    assert "QT_QPA_PLATFORM=offscreen" in message


def test_every_missing_library_is_named_once_in_one_install_line():
    load = hiding("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-randr.so.0")
    message = preflight.check_platform(X11, platform="linux", load=load)
    assert message is not None
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1 libxcb-randr0\n" in message
    # Several sonames come from one Fedora package: it is named once.
    assert "dnf install xcb-util-wm xcb-util-keysyms libxcb\n" in message
    assert "libxcb-cursor" not in message


def test_no_check_on_other_platforms_or_systems():
    load = hiding("libxcb-cursor.so.0")
    assert preflight.check_platform({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},
                                    platform="linux", load=load) is None
    assert preflight.check_platform(X11, platform="darwin", load=load) is None
    assert preflight.check_platform(X11, platform="win32", load=load) is None


def test_the_xcb_libraries_are_not_tried_at_all_on_a_working_wayland():
    tried: list[str] = []

    def load(name: str) -> str | None:
        tried.append(name)
        return name if name == "libxcb-cursor.so.0" else None

    environ = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    assert preflight.check_platform(environ, platform="linux", load=load) is None
    assert tried and not any(name.startswith("libxcb") for name in tried)


def test_wayland_without_its_libraries_falls_back_to_xcb_and_both_are_reported():
    environ = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    load = hiding("libwayland-cursor.so.0", "libxcb-cursor.so.0")
    message = preflight.check_platform(environ, platform="linux", load=load)
    assert message is not None
    assert "libwayland-cursor.so.0" in message and "libxcb-cursor.so.0" in message
    assert "libwayland-cursor0" in message and "libxcb-cursor0" in message


def test_a_wayland_session_type_without_a_compositor_socket_still_needs_xcb(tmp_path):
    # XDG_SESSION_TYPE=wayland makes Qt try wayland first, but with no
    # socket to connect to it falls back to xcb, which then must load.
    environ = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland", "XDG_RUNTIME_DIR": str(tmp_path)}
    message = preflight.check_platform(environ, platform="linux", load=hiding("libxcb-cursor.so.0"))
    assert message is not None and "libxcb-cursor0" in message
    (tmp_path / "wayland-0").touch()
    assert preflight.check_platform(
        environ, platform="linux", load=hiding("libxcb-cursor.so.0")) is None


def test_a_pyside6_without_the_wayland_plugin_falls_back_to_xcb():
    # PySide6-Essentials 6.7 ships no libqwayland.so: Qt then says it cannot
    # find "wayland" and goes on to xcb, whose libraries must load.
    environ = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    message = preflight.check_platform(environ, platform="linux",
                                       load=hiding("libxcb-cursor.so.0"),
                                       has_plugin=lambda name: name != "wayland")
    assert message is not None and "libxcb-cursor0" in message
    assert preflight.check_platform(environ, platform="linux", load=hiding("libxcb-cursor.so.0"),
                                    has_plugin=lambda name: True) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_installed_pyside6s_plugins_are_found_in_its_wheel():
    _qt_dir()  # skips unless PySide6 is a Linux wheel
    assert REAL_HAS_PLUGIN("xcb") is True
    assert REAL_HAS_PLUGIN("no-such-platform") is False


def test_a_library_the_table_does_not_know_is_still_named():
    def load(name: str) -> str | None:
        # libxcb-image loads only if its own dependency does, and that one is gone.
        return "libfancy-dep.so.3" if name == "libxcb-image.so.0" else None

    message = preflight.check_platform(X11, platform="linux", load=load)
    assert message is not None
    assert "libfancy-dep.so.3" in message
    assert "libxcb-image0" not in message


def test_the_real_loader_finds_libc_and_names_what_is_missing():
    assert preflight.dlopen_check("libc.so.6") is None
    assert preflight.dlopen_check("libhiptimer-no-such-thing.so.0") == (
        "libhiptimer-no-such-thing.so.0")


# -- an import of Qt that fails on a missing library ---------------------------------------


def test_an_import_error_for_a_missing_library_is_explained():
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    message = preflight.explain_import_error(error)
    assert message is not None
    assert "libegl1" in message and "libglvnd-egl" in message


def test_other_import_errors_are_not_explained():
    assert preflight.explain_import_error(ImportError("No module named 'nothing'")) is None


# -- the table matches the plugin PySide6 really ships -------------------------------------


def _needed(path: Path) -> list[str]:
    """Return the DT_NEEDED entries of a 64-bit little-endian ELF shared object."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1, "only ELF64 LE is read here"
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
                for i in range(shnum)]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC
    strtab = sections[dynamic[6]]  # sh_link names the string table
    names = []
    for offset in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, offset)
        if tag == 0:
            break
        if tag == 1:  # DT_NEEDED
            start = strtab[4] + value
            names.append(data[start:data.index(b"\0", start)].decode())
    return names


def _qt_dir() -> Path:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("PySide6 is not installed")
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    if not (qt / "plugins" / "platforms" / "libqxcb.so").is_file():
        pytest.skip("this PySide6 has no xcb plugin (not a Linux wheel)")
    return qt


def _system(names: list[str], qt: Path) -> set[str]:
    base = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libpthread.so.0",
            "libdl.so.2", "librt.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1"}
    return {n for n in names if n not in base and not (qt / "lib" / n).exists()}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_xcb_table_covers_what_the_real_plugin_needs():
    qt = _qt_dir()
    needed = _needed(qt / "plugins" / "platforms" / "libqxcb.so")
    needed += _needed(qt / "lib" / "libQt6XcbQpa.so.6")
    for name in ("libQt6Gui.so.6", "libQt6Core.so.6", "libQt6DBus.so.6"):
        needed += _needed(qt / "lib" / name)
    checked = set(preflight.XCB_LIBRARIES)
    assert _system(needed, qt) <= checked
    assert all(name in preflight.PACKAGES for name in checked)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the wayland plugin is Linux's")
def test_the_wayland_table_covers_what_the_real_plugin_needs():
    qt = _qt_dir()
    plugin = qt / "plugins" / "platforms" / "libqwayland.so"
    if not plugin.is_file():
        pytest.skip("this PySide6 has no wayland plugin")
    needed = _needed(plugin) + _needed(qt / "lib" / "libQt6WaylandClient.so.6")
    for name in ("libQt6Gui.so.6", "libQt6Core.so.6", "libQt6DBus.so.6"):
        needed += _needed(qt / "lib" / name)
    checked = set(preflight.WAYLAND_LIBRARIES)
    assert _system(needed, qt) <= checked
    assert all(name in preflight.PACKAGES for name in checked)


# -- the PySide6 6.12.0 hazard -------------------------------------------------------------


@pytest.mark.parametrize(("pyside", "python", "hazard"), [
    ("6.12.0", (3, 11), True),
    ("6.12.0", (3, 10), True),
    ("6.12.0a1", (3, 11), True),
    ("6.12.0", (3, 12), False),
    ("6.12.0", (3, 13), False),
    ("6.11.3", (3, 11), False),
    ("6.12.1", (3, 11), False),
    ("6.1.20", (3, 11), False),
    (None, (3, 11), False),
    ("garbage", (3, 11), False),
])
def test_the_hazard_is_the_one_pair(pyside, python, hazard):
    message = preflight.pyside_hazard(pyside, python)
    assert (message is not None) is hazard
    if hazard:
        assert "known to crash" in message
        assert "pip install 'PySide6-Essentials!=6.12.0'" in message
        assert "Python 3.12" in message


def test_the_installed_version_is_read_without_importing_pyside():
    # In a child: this process may have imported PySide6 already.
    child = (
        "import sys\n"
        "from hiptimer import preflight\n"
        "version = preflight.pyside_version()\n"
        "print('PySide6' in sys.modules)\n"
        "import PySide6\n"
        "print(version == PySide6.__version__)\n"
    )
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                            timeout=60, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]


def test_the_warning_reads_the_running_pair(monkeypatch):
    monkeypatch.setattr(preflight, "pyside_version", lambda: "6.12.0")
    monkeypatch.setattr(preflight, "python_version", lambda: (3, 11))
    assert preflight.pyside_warning() is not None
    monkeypatch.setattr(preflight, "python_version", lambda: (3, 12))
    assert preflight.pyside_warning() is None
