"""Put hiptimer in the desktop's menu: ``--install-desktop-entry`` and its undoing.

``pip install`` and ``pipx install`` give a ``hiptimer`` command but nothing a
desktop's menu can see. ``install`` writes two files, named after the
application id ``io.github.hiptimer`` as the freedesktop specs ask: the
desktop entry (based on the shipped ``assets/linux/io.github.hiptimer.desktop``,
with an absolute ``Exec`` of the launcher running now) into
``$XDG_DATA_HOME/applications``, and the icon into the hicolor theme's
scalable apps folder. Both carry a marker (an ``X-Hiptimer-Installed-By``
key; an XML comment in the icon) so ``uninstall`` removes exactly what
``install`` wrote, and neither ever overwrites or removes a file of the
same name that the user wrote.

No Qt here: this runs before any QApplication exists.
"""

from __future__ import annotations

import os
import site
import sys
import sysconfig
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from hiptimer import __version__, resources
from hiptimer.i18n import translate

APP_ID = "io.github.hiptimer"
MARKER_KEY = "X-Hiptimer-Installed-By"
MARKER = f"hiptimer {__version__} --install-desktop-entry"
_ICON_MARKER = f"<!-- {MARKER_KEY}: {MARKER} -->"

EXIT_OK = 0
EXIT_FAILED = 2

# Characters that make the Desktop Entry spec require an argument of Exec
# to be quoted, and the ones to escape with a backslash inside the quotes.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = set('"`$\\')


class DesktopEntryError(Exception):
    """The entry cannot be written or removed; the message says why, for the runner."""


@dataclass(frozen=True, slots=True)
class Launcher:
    """How the desktop should start hiptimer.

    ``command`` is the argument list before the session file, ``try_exec``
    the program that must exist for the entry to show in the menu, and
    ``work_dir`` the folder to start in (``None``: wherever the desktop
    likes), needed when ``python -m hiptimer`` only finds the package there.
    """

    command: tuple[str, ...]
    try_exec: str
    work_dir: str | None = None


def find_launcher(
    argv0: str, executable: str = sys.executable, package_dir: Path | None = None,
    site_dirs: Iterable[str] | None = None,
) -> Launcher:
    """Return how to start the hiptimer that is running now.

    The ``hiptimer`` script of a venv or pipx install when that is what runs
    (kept as its path, not resolved, so pipx's link in ``~/.local/bin``
    survives an upgrade); otherwise this Python with ``-m hiptimer``, started
    in the checkout when the package is not installed in a site folder.
    """
    script = Path(os.path.abspath(argv0)) if argv0 else None
    if script is not None and script.name == "hiptimer" and script.is_file() \
            and os.access(script, os.X_OK):
        return Launcher((str(script),), str(script))
    package_dir = package_dir or Path(__file__).resolve().parent
    if site_dirs is None:
        site_dirs = _site_dirs()
    home = package_dir.parent
    installed = any(_same(home, Path(folder)) for folder in site_dirs)
    return Launcher((executable, "-m", "hiptimer"), executable,
                    None if installed else str(home))


def _site_dirs() -> list[str]:
    folders = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    try:
        folders.append(site.getusersitepackages())
    except AttributeError:  # pragma: no cover - some embedded Pythons lack it
        pass
    return folders


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _quote_argument(arg: str) -> str:
    if arg == "" or any(c in _RESERVED for c in arg):
        arg = '"' + "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in arg) + '"'
    # A literal percent sign is written twice, so it is not taken for a field code.
    return arg.replace("%", "%%")


def _escape_string(value: str) -> str:
    # The string escapes of the spec apply after quoting, so a backslash
    # inside quotes ends up written four times.
    return value.replace("\\", "\\\\")


def _check_text(value: str) -> None:
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        raise DesktopEntryError(translate(
            "desktop", "the path {path} has a control character, which a desktop entry cannot "
            "hold").format(path=repr(value)))


def exec_value(command: Sequence[str]) -> str:
    """Return ``command`` as the value of an ``Exec`` key (quoted and escaped per the spec)."""
    for arg in command:
        _check_text(arg)
    return _escape_string(" ".join(_quote_argument(arg) for arg in command))


def entry_text(template: str, launcher: Launcher) -> str:
    """Return the desktop entry to write: ``template`` with this launcher, icon and marker."""
    for value in (launcher.try_exec, launcher.work_dir or ""):
        _check_text(value)
    replaced = {
        "Exec": exec_value(launcher.command) + " %f",
        "TryExec": _escape_string(launcher.try_exec),
        "Icon": APP_ID,
    }
    if launcher.work_dir is not None:
        replaced["Path"] = _escape_string(launcher.work_dir)
    replaced[MARKER_KEY] = MARKER
    lines: list[str] = []
    group = ""
    done: set[str] = set()
    for line in template.splitlines():
        if line.startswith("["):
            if group == "[Desktop Entry]":
                lines += _missing_keys(replaced, done)
            group = line.strip()
        elif group == "[Desktop Entry]" and "=" in line and not line.lstrip().startswith("#"):
            key = line.partition("=")[0].strip()
            if key in replaced:
                if key not in done:
                    lines.append(f"{key}={replaced[key]}")
                    done.add(key)
                continue
        lines.append(line)
    if group == "[Desktop Entry]":
        lines += _missing_keys(replaced, done)
    if "Exec" not in done:
        raise DesktopEntryError(translate(
            "desktop", "the shipped desktop entry has no {group} group with {key}").format(
            group="[Desktop Entry]", key="Exec"))
    return "\n".join(lines).rstrip("\n") + "\n"


def _missing_keys(replaced: Mapping[str, str], done: set[str]) -> list[str]:
    keys = [f"{key}={value}" for key, value in replaced.items() if key not in done]
    done.update(replaced)
    return keys


def icon_text(svg: str) -> str:
    """Return the icon to write: the shipped SVG with our marker comment."""
    if svg.startswith("<?xml"):
        end = svg.index("?>") + 2
        return f"{svg[:end]}\n{_ICON_MARKER}{svg[end:]}"
    return f"{_ICON_MARKER}\n{svg}"


def targets(environ: Mapping[str, str] | None = None) -> tuple[Path, Path]:
    """Return where the desktop entry and the icon go, for this user."""
    environ = os.environ if environ is None else environ
    data = environ.get("XDG_DATA_HOME", "")
    if not (data and os.path.isabs(data)):
        home = environ.get("HOME") or str(Path.home())
        data = os.path.join(home, ".local", "share")
    base = Path(data)
    return (base / "applications" / f"{APP_ID}.desktop",
            base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")


def _is_ours(path: Path) -> bool:
    """Tell whether ``path`` is a file that ``install`` wrote (raises OSError if unreadable)."""
    with path.open("rb") as file:
        head = file.read(64 * 1024).decode("utf-8", errors="replace")
    if path.suffix == ".svg":
        return _ICON_MARKER.split(":")[0] in head
    return any(line.partition("=")[0].strip() == MARKER_KEY for line in head.splitlines())


def _write(path: Path, text: str) -> None:
    # Written beside the target and renamed over it: a desktop watching the
    # folder never reads half a file.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("x", encoding="utf-8", newline="\n") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def install(launcher: Launcher, environ: Mapping[str, str] | None = None) -> tuple[Path, Path]:
    """Write the desktop entry and the icon; return their paths.

    Raises ``DesktopEntryError`` (nothing half-written is left) when a file
    of the user's holds one of the names, or a folder cannot be written.
    """
    entry, icon = targets(environ)
    template = (resources.assets_dir() / "linux" / f"{APP_ID}.desktop").read_text(
        encoding="utf-8")
    svg = (resources.assets_dir() / "icons" / "hiptimer.svg").read_text(encoding="utf-8")
    texts = {icon: icon_text(svg), entry: entry_text(template, launcher)}
    try:
        for path in texts:
            if (path.exists() or path.is_symlink()) and not (path.is_file() and _is_ours(path)):
                raise DesktopEntryError(translate(
                    "desktop", "{path} is already there and was not written by hiptimer; "
                    "move it away to install hiptimer's").format(path=path))
        for path in texts:
            path.parent.mkdir(parents=True, exist_ok=True)
        new_icon = not icon.exists()
        _write(icon, texts[icon])
        try:
            _write(entry, texts[entry])
        except OSError:
            if new_icon:
                icon.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DesktopEntryError(_describe(exc)) from exc
    return entry, icon


def uninstall(environ: Mapping[str, str] | None = None) -> tuple[list[Path], list[Path]]:
    """Remove the files ``install`` wrote; return those removed and those left (not ours)."""
    removed: list[Path] = []
    left: list[Path] = []
    try:
        for path in targets(environ):
            if not (path.exists() or path.is_symlink()):
                continue
            if path.is_file() and not path.is_symlink() and _is_ours(path):
                os.unlink(path)
                removed.append(path)
            else:
                left.append(path)
    except OSError as exc:
        raise DesktopEntryError(_describe(exc)) from exc
    return removed, left


def _describe(exc: OSError) -> str:
    if isinstance(exc, (FileExistsError, NotADirectoryError)):
        return translate("desktop", "cannot make the folder {folder}: a file of that name, or "
                         "of a folder above it, is in the way").format(folder=exc.filename)
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"


def run(
    action: str, argv0: str | None = None, environ: Mapping[str, str] | None = None,
    out: TextIO | None = None, err: TextIO | None = None, platform: str | None = None,
) -> int:
    """Carry out ``install`` or ``uninstall`` for the command line; return the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    argv0 = sys.argv[0] if argv0 is None else argv0
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "cygwin", "darwin"):
        print(translate("desktop", "hiptimer: desktop entries are for Linux and other "
                        "freedesktop desktops; this system's menus do not read them"), file=err)
        return EXIT_FAILED
    if action == "install":
        try:
            launcher = find_launcher(argv0)
            entry, icon = install(launcher, environ)
        except DesktopEntryError as exc:
            print(translate("desktop", "hiptimer: cannot install the desktop entry: {error}")
                  .format(error=exc), file=err)
            return EXIT_FAILED
        print(translate("desktop", "wrote {path} (it runs {command})").format(
            path=entry, command=" ".join(launcher.command)), file=out)
        print(translate("desktop", "wrote {path}").format(path=icon), file=out)
        print(translate("desktop", "hiptimer is in your desktop's menu now; {command} takes it "
                        "out again.").format(command="`hiptimer --uninstall-desktop-entry`"),
              file=out)
        return EXIT_OK
    if action != "uninstall":
        raise ValueError(f"unknown desktop entry action {action!r}")
    try:
        removed, left = uninstall(environ)
    except DesktopEntryError as exc:
        print(translate("desktop", "hiptimer: cannot remove the desktop entry: {error}")
              .format(error=exc), file=err)
        return EXIT_FAILED
    for path in removed:
        print(translate("desktop", "removed {path}").format(path=path), file=out)
    for path in left:
        print(translate("desktop", "left {path} alone: hiptimer did not write it").format(
            path=path), file=out)
    if not removed and not left:
        entry, icon = targets(environ)
        print(translate("desktop", "nothing to remove: no desktop entry of hiptimer in {folder}")
              .format(folder=entry.parent), file=out)
    return EXIT_OK
