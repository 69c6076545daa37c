"""Where a user's own files live: sessions, history, cached sounds.

The window asks Qt's ``QStandardPaths`` for these folders; the command line
(``--check``) must work without Qt, so this module computes the same places
the same way Qt does on each platform, with the application name
``hiptimer`` and no organisation. A test in ``tests/gui`` keeps the two in step.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "hiptimer"


def _xdg(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / fallback


def config_dir() -> Path:
    """Return the user's hiptimer configuration folder (``AppConfigLocation``)."""
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Preferences" / APP_NAME
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / APP_NAME
    return _xdg("XDG_CONFIG_HOME", ".config") / APP_NAME


def data_dir() -> Path:
    """Return the user's hiptimer data folder (``AppDataLocation``)."""
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / APP_NAME
    return _xdg("XDG_DATA_HOME", ".local/share") / APP_NAME


def cache_dir() -> Path:
    """Return the user's hiptimer cache folder (``CacheLocation``)."""
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / APP_NAME / "cache"
    return _xdg("XDG_CACHE_HOME", ".cache") / APP_NAME


def user_sessions_dir() -> Path:
    """Return the folder holding the user's own sessions."""
    return config_dir() / "sessions"


def user_default_session() -> Path:
    """Return the user's own copy of the default session (may not exist)."""
    return user_sessions_dir() / "config.toml"
