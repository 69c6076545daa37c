"""The program's one entry point, shared by ``main.py``, ``python -m hiptimer`` and the launcher."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Sequence

from hiptimer import cli
from hiptimer.errors import SessionError
from hiptimer.session import Session

logger = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Run hiptimer and return its exit status.

    Start-up order:

    1. parse the command line (misuse exits with status 2);
    2. load and check the session, before any Qt exists; with ``--check``,
       print the plan or the problems and stop here;
    3. create the Qt application and the window (Qt is imported only now);
    4. show the session's problems once, in one dialog, falling back to the
       bundled default so the runner is never left with nothing;
    5. run the event loop.
    """
    logging.basicConfig(level=logging.WARNING, format="hiptimer: %(levelname)s: %(message)s")
    options = cli.parse(argv)
    if options.check:
        return cli.run_check(options)

    session: Session | None = None
    problem: SessionError | None = None
    try:
        session = cli.load_for_run(options)
    except SessionError as exc:
        problem = exc

    # Ctrl+C in the terminal ends the program even while Qt is still
    # starting; once the event loop runs, the GUI takes over the signal to
    # quit cleanly and record the run under way.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    from hiptimer.gui.main import run_gui

    return run_gui(options, session, problem, sys.argv[:1])
