"""hiptimer: a follow-along hip-strength warm-up timer for runners.

The package is split in two: the core modules here (session loading, the
plan, the runner, history, cues) are plain Python with no Qt, and
``hiptimer.gui`` holds everything that needs PySide6.
"""

__version__ = "0.1.0"
