"""Checks made before Qt starts, for failures Qt itself reports badly or too late.

On a bare Linux the first start most often fails inside Qt: a library its
xcb platform plugin needs (``libxcb-cursor.so.0`` above all) is missing, and
Qt aborts with "could not load the Qt platform plugin" (exit 134 or 250),
naming no package. ``check_platform`` works out which platform plugin Qt 6
would pick, tries to load the system libraries that plugin needs (the
sonames come from the ``DT_NEEDED`` entries of the plugin PySide6's wheel
ships; a test keeps the table in step with the installed plugin) and, when
some are missing, returns a message naming them with the Debian/Ubuntu and
Fedora packages to install.

It also recognises the one PySide6 release known to crash this program
(6.12.0 on Python 3.11 and older, DESIGN.md "Known hazard"), from the
version PySide6 declares, so the runner is warned before it bites.

No Qt here: only the standard library, ctypes' loader and ``hiptimer.i18n``
(the messages are in the runner's language; package names and commands are
left as they are).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from hiptimer.i18n import QT_TRANSLATE_NOOP, translate

logger = logging.getLogger(__name__)


class Package(NamedTuple):
    """The packages that ship a library, on Debian/Ubuntu and on Fedora."""

    debian: str
    fedora: str


# What libQt6Core, libQt6Gui and libQt6DBus load whatever the platform.
_QT_BASE = {
    "libEGL.so.1": Package("libegl1", "libglvnd-egl"),
    "libGL.so.1": Package("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": Package("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": Package("libfreetype6", "freetype"),
    "libxkbcommon.so.0": Package("libxkbcommon0", "libxkbcommon"),
    "libX11.so.6": Package("libx11-6", "libX11"),
    "libdbus-1.so.3": Package("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": Package("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": Package("libglib2.0-0", "glib2"),
    "libzstd.so.1": Package("libzstd1", "libzstd"),
    "libz.so.1": Package("zlib1g", "zlib"),
}

# What the xcb plugin (libqxcb.so and libQt6XcbQpa.so.6) adds, in the order
# of its DT_NEEDED entries.
_XCB = {
    "libxkbcommon-x11.so.0": Package("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxcb-cursor.so.0": Package("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": Package("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-util.so.1": Package("libxcb-util1", "xcb-util"),
    "libxcb-image.so.0": Package("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": Package("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": Package("libxcb-randr0", "libxcb"),
    "libxcb-render-util.so.0": Package("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shm.so.0": Package("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": Package("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": Package("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": Package("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": Package("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": Package("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": Package("libxcb1", "libxcb"),
    "libX11-xcb.so.1": Package("libx11-xcb1", "libX11-xcb"),
}

# What the wayland plugin (libqwayland.so and libQt6WaylandClient.so.6) adds.
_WAYLAND = {
    "libwayland-client.so.0": Package("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": Package("libwayland-cursor0", "libwayland-cursor"),
}

PACKAGES: Mapping[str, Package] = {**_XCB, **_WAYLAND, **_QT_BASE}
XCB_LIBRARIES: tuple[str, ...] = (*_XCB, *_QT_BASE)
WAYLAND_LIBRARIES: tuple[str, ...] = (*_WAYLAND, *_QT_BASE)

EXIT_MISSING_LIBRARIES = 2

# A loader check: load the library, return None when it loads, else the name
# of the library that is missing (the one asked for, or one it needs).
Loader = Callable[[str], "str | None"]

_NOT_FOUND = re.compile(r"^(?:.*/)?([^/:\s]+\.so[.\d]*): cannot open shared object file")


def dlopen_check(name: str) -> str | None:
    """Load the shared library ``name`` as the system loader would; return what is missing.

    ``_ctypes.dlopen`` is the loader ``ctypes.CDLL`` calls, without the
    1.2 ms it takes to import ``ctypes`` itself. A library that loads stays
    loaded: Qt's plugin loads the same ones a moment later, so the time
    spent here is moved, not added. Measured on X11 (Xvfb, 2 cores): the
    whole xcb check takes 2.8–3.1 ms, and the first frame came 0.8 ms later
    than without it (medians of 30 alternating starts, 147.4 against
    146.6 ms), within the noise.
    """
    try:
        from _ctypes import dlopen
    except ImportError:  # pragma: no cover - a Python built without ctypes
        return None  # nothing to check with: let Qt speak for itself
    try:
        dlopen(name, os.RTLD_LAZY)
    except OSError as exc:
        found = _NOT_FOUND.match(str(exc))
        return found.group(1) if found else name
    return None


def missing_libraries(names: Iterable[str], load: Loader | None = None) -> tuple[str, ...]:
    """Return the libraries among ``names`` (or ones they need) that do not load, in order."""
    load = load or dlopen_check
    missing: dict[str, None] = {}
    for name in names:
        lacking = load(name)
        if lacking is not None:
            missing[lacking] = None
    return tuple(missing)


def platforms_to_try(environ: Mapping[str, str]) -> tuple[str, ...]:
    """Return the Qt platform plugins Qt 6 will try, in its order, options stripped.

    ``QT_QPA_PLATFORM`` decides when set (a ``;``-separated fallback list);
    otherwise Qt puts wayland first when ``WAYLAND_DISPLAY`` is set or the
    session type is wayland, and xcb after it (xcb is the default even with
    no ``DISPLAY``: it then fails to connect, after loading its libraries).
    """
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return tuple(entry.split(":")[0] for entry in chosen.split(";") if entry)
    order = []
    if "WAYLAND_DISPLAY" in environ or environ.get("XDG_SESSION_TYPE") == "wayland":
        order.append("wayland")
    order.append("xcb")
    return tuple(order)


def _compositor_reachable(environ: Mapping[str, str]) -> bool:
    # Without WAYLAND_DISPLAY the Wayland client library connects to
    # "wayland-0" in the runtime folder; no socket there, no compositor, and
    # Qt goes on to the next platform.
    if environ.get("WAYLAND_DISPLAY"):
        return True
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and (Path(runtime) / "wayland-0").exists()


# Translated where the message is made (QT_TRANSLATE_NOOP only marks them).
_PLATFORM_NAMES = {"xcb": QT_TRANSLATE_NOOP("preflight", "X11 (Qt's xcb platform plugin)"),
                   "wayland": QT_TRANSLATE_NOOP("preflight",
                                                "Wayland (Qt's wayland platform plugin)")}


def has_platform_plugin(name: str) -> bool:
    """Tell whether the installed PySide6 has Qt's platform plugin ``name``.

    Looked up in the wheel's ``PySide6/Qt/plugins/platforms`` along
    ``sys.path`` (a few ``stat`` calls, nothing imported). A PySide6 laid out
    otherwise, as a distribution packages it, keeps its plugins with the
    system's Qt: then the answer is yes, and Qt will tell if not.
    """
    for entry in sys.path:
        package = Path(entry or os.curdir) / "PySide6"
        if (package / "__init__.py").is_file():
            platforms = package / "Qt" / "plugins" / "platforms"
            return not platforms.is_dir() or (platforms / f"libq{name}.so").is_file()
    return True


def check_platform(
    environ: Mapping[str, str] | None = None, platform: str | None = None,
    load: Loader | None = None, has_plugin: Callable[[str], bool] | None = None,
) -> str | None:
    """Return why Qt would fail to load its platform plugin here, or ``None``.

    Only the xcb and wayland plugins of Linux are checked, and only the
    ones Qt would try: a working Wayland means the xcb libraries are not
    even looked at, and any other ``QT_QPA_PLATFORM`` (offscreen, eglfs…)
    is left to Qt.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    load = load or dlopen_check
    has_plugin = has_plugin or has_platform_plugin
    if not platform.startswith("linux"):
        return None
    tried: list[str] = []
    missing: dict[str, None] = {}
    for name in platforms_to_try(environ):
        if name == "xcb":
            libraries = XCB_LIBRARIES
        elif name.startswith("wayland"):
            libraries = WAYLAND_LIBRARIES
        else:
            return None
        if not has_plugin(name):
            continue  # Qt says it cannot find this one and goes on to the next
        lacking = missing_libraries(libraries, load)
        if not lacking:
            if name == "xcb" or _compositor_reachable(environ):
                return None
            continue
        tried.append(translate("preflight", _PLATFORM_NAMES["xcb" if name == "xcb" else "wayland"]))
        missing.update(dict.fromkeys(lacking))
    if not missing:
        return None
    platforms = tried[0]
    for other in tried[1:]:
        platforms = translate("preflight", "{first} or {second}").format(first=platforms,
                                                                         second=other)
    heading = translate("preflight", "hiptimer: Qt cannot open the window on {platforms}: "
                        "these libraries are missing:").format(platforms=platforms)
    return _missing_message(heading, tuple(missing))


def explain_import_error(error: ImportError, load: Loader | None = None) -> str | None:
    """Return a message for an import of Qt that failed on a missing library, else ``None``."""
    found = _NOT_FOUND.match(str(error))
    if found is None:
        return None
    missing = dict.fromkeys([found.group(1), *missing_libraries(_QT_BASE, load)])
    heading = translate("preflight", "hiptimer: Qt cannot start: these libraries are missing:")
    return _missing_message(heading, tuple(missing))


def _missing_message(heading: str, missing: Sequence[str]) -> str:
    # The package names and the commands stay as they are in every language.
    known = [PACKAGES[name] for name in missing if name in PACKAGES]
    unknown = [name for name in missing if name not in PACKAGES]
    lines = [heading]
    lines += [f"  {name}" for name in missing]
    if known:
        debian = " ".join(dict.fromkeys(p.debian for p in known))
        fedora = " ".join(dict.fromkeys(p.fedora for p in known))
        lines += [translate("preflight", "Install them, then start hiptimer again:"),
                  "  " + translate("preflight", "Debian, Ubuntu:  {command}").format(
                      command=f"sudo apt-get install {debian}"),
                  "  " + translate("preflight", "Fedora:          {command}").format(
                      command=f"sudo dnf install {fedora}")]
    for name in unknown:
        lines.append(translate("preflight", "No package is known here for {name}: {apt} or "
                               "{dnf} finds it.").format(
            name=name, apt=f"`apt-file search {name}`", dnf=f"`dnf provides '*/{name}'`"))
    lines += [translate("preflight", "Or choose another Qt platform: on a Wayland desktop, "
                        "{wayland} uses Wayland instead of X11; {offscreen} runs with no window "
                        "at all (for scripts and tests).").format(
        wayland="QT_QPA_PLATFORM=wayland", offscreen="QT_QPA_PLATFORM=offscreen")]
    return "\n".join(lines) + "\n"


# -- the PySide6 hazard --------------------------------------------------------------------

_HAZARD_RELEASE = (6, 12, 0)
_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")
_DECLARED = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)


def python_version() -> tuple[int, int]:
    """Return the running Python's major and minor version."""
    return sys.version_info[0], sys.version_info[1]


def pyside_version() -> str | None:
    """Return the installed PySide6's version without importing it (``None``: not found).

    Read from the module when it is already imported, else from the
    ``__version__`` line of its ``__init__.py`` (what a wheel and a
    distribution package both have; ``importlib.metadata`` would cost about
    25 ms and knows nothing of a distribution's package).
    """
    module = sys.modules.get("PySide6")
    if module is not None:
        version = getattr(module, "__version__", None)
        return version if isinstance(version, str) else None
    import importlib.util

    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    try:
        text = Path(spec.origin).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    found = _DECLARED.search(text)
    return found.group(1) if found else None


def pyside_hazard(pyside: str | None, python: tuple[int, int]) -> str | None:
    """Return the warning for a PySide6 / Python pair known to crash, or ``None``."""
    if pyside is None or python >= (3, 12):
        return None
    found = _VERSION.match(pyside)
    if found is None or tuple(int(part) for part in found.groups()) != _HAZARD_RELEASE:
        return None
    return translate(
        "preflight",
        "PySide6 {pyside} on Python {python} is known to crash: the interpreter aborts after "
        "a few thousand updates of the window. Install another PySide6 with {command}, or run "
        "hiptimer on Python {newer} or newer.",
    ).format(pyside=pyside, python=f"{python[0]}.{python[1]}",
             command="pip install 'PySide6-Essentials!=6.12.0'", newer="3.12")


def pyside_warning() -> str | None:
    """Return the hazard warning for the PySide6 and Python running now, or ``None``."""
    return pyside_hazard(pyside_version(), python_version())
