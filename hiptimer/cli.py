"""The command line: arguments, choosing the session, and ``--check``.

Nothing here imports Qt, so ``hiptimer --check`` works on a machine without a
display and answers quickly. ``main()`` in ``hiptimer.app`` hands over to the
window only when there is something to show.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, NoReturn, TextIO

from hiptimer import __version__, i18n, paths, resources
from hiptimer.errors import SessionError, shown, shown_path
from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.plan import Phase, PhaseKind, Plan, format_seconds, make_plan
from hiptimer.session import (
    SCALE_HIGH,
    SCALE_LOW,
    Session,
    check_range,
    customise,
    load,
    whole_number,
)

if TYPE_CHECKING:
    from hiptimer.history import RunRecord

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BAD_INPUT = 2

DESCRIPTION = QT_TRANSLATE_NOOP("cli", """\
Follow-along hip-strength warm-up for runners. Lie on the mat, follow the
big countdown and the cues, and go run.

SESSION is a session file in TOML (see docs/session-format.md). Without it,
your own copy of the default session is used if you saved one, otherwise the
bundled config.toml.""")

EPILOG = QT_TRANSLATE_NOOP("cli", """\
keys in the window:
  Space   start / pause / resume, and "done" on self-paced reps
  Right   skip to the next phase      Left   back (restart or previous phase)
  R       restart the session         M      mute or unmute
  F11     full screen                 Esc    leave full screen
  Ctrl+O  open a session              Ctrl+E edit the session
  Ctrl+Q  quit

examples:
  hiptimer --check                 print the default session's plan
  hiptimer --reps 12 --rounds 2    12 reps of everything, two rounds
  hiptimer my-warmup.toml --scale 0.5 --mute""")


class Options(NamedTuple):
    """What the command line asked for."""

    session: Path | None
    reps: int | None
    rounds: int | None
    scale: float | None
    check: bool
    mute: bool
    fullscreen: bool
    start: bool
    desktop_entry: str | None = None  # "install" or "uninstall"
    language: str | None = None  # --lang: a code of i18n.LANGUAGES


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """The help layout, with argparse's own "usage: " in the runner's language."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:
        if prefix is None:
            prefix = translate("cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """An argument parser in the runner's language that never echoes a long argument whole."""

    def error(self, message: str) -> NoReturn:
        """Print usage and ``message`` (long words cut short) and exit with status 2."""
        # argparse quotes the arguments it did not understand as they are;
        # one of 200 KB filled the terminal.
        message = _LONG_WORD_RE.sub(lambda found: shown(found.group()), message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, translate("cli", "{program}: error: {message}\n").format(
            program=self.prog, message=shown(message, MAX_MESSAGE)))


# Longer than twice what shown() keeps, so a word already cut is left alone.
_LONG_WORD_RE = re.compile(r"\S{81,}")
MAX_MESSAGE = 400


def _not_a_number(text: str) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(
        translate("cli", "'{text}' is not a number").format(text=shown(text)))


def _ranged(key: str, kind: type[int] | type[float]) -> Callable[[str], float]:
    def convert(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            if kind is int and _is_float(text):
                raise argparse.ArgumentTypeError(translate("cli", "{problem}, got {text}").format(
                    problem=whole_number(key), text=shown(text.strip()))) from None
            raise _not_a_number(text) from None
        problem = check_range(key, value)
        if problem is not None:
            raise argparse.ArgumentTypeError(problem)
        return value

    return convert


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise _not_a_number(text) from None
    if not SCALE_LOW <= value <= SCALE_HIGH:
        raise argparse.ArgumentTypeError(
            translate("cli", "must be from 0.25 to 4, got {text}").format(text=shown(text)))
    return value


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (also used to print ``--help``), in the chosen language."""
    parser = _Parser(
        prog="hiptimer",
        description=translate("cli", DESCRIPTION),
        epilog=translate("cli", EPILOG),
        formatter_class=_Formatter,
        add_help=False,
    )
    parser._positionals.title = translate("cli", "positional arguments")
    parser._optionals.title = translate("cli", "options")
    parser.add_argument("-h", "--help", action="help",
                        help=translate("cli", "show this help and exit"))
    parser.add_argument("session", nargs="?", type=Path, metavar="SESSION",
                        help=translate("cli", "session file to run (default: config.toml)"))
    parser.add_argument("--reps", type=_ranged("reps", int), metavar="N",
                        help=translate("cli", "set every move's rep count to N for this run"))
    parser.add_argument("--rounds", type=_ranged("rounds", int), metavar="N",
                        help=translate("cli", "do the circuit N times for this run"))
    parser.add_argument("--scale", type=_scale, metavar="F",
                        help=translate("cli", "multiply reps and hold times by F for this run "
                                              "(0.25 to 4)"))
    parser.add_argument("--check", action="store_true",
                        help=translate("cli", "check the session, print its plan and total "
                                              "time, and exit"))
    parser.add_argument("--mute", action="store_true",
                        help=translate("cli", "start with sound off"))
    parser.add_argument("--fullscreen", action="store_true",
                        help=translate("cli", "start in full screen"))
    parser.add_argument("--start", action="store_true",
                        help=translate("cli", "start the session straight away instead of on "
                                              "Space"))
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), metavar="LANG",
                        help=translate("cli", "show and speak hiptimer in LANG ({codes}) "
                                              "instead of the system's language").format(
                            codes=", ".join(i18n.LANGUAGES)))
    parser.add_argument("--history", action=_ShowHistory,
                        help=translate("cli", "print the last weeks of warm-ups and what to "
                                              "change in the session used last, and exit"))
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument("--install-desktop-entry", dest="desktop_entry", action="store_const",
                       const="install",
                       help=translate("cli", "put hiptimer in your desktop's menu (for this "
                                             "user) and exit"))
    entry.add_argument("--uninstall-desktop-entry", dest="desktop_entry", action="store_const",
                       const="uninstall",
                       help=translate("cli", "take hiptimer out of the menu again and exit"))
    parser.add_argument("--version", action="version", version=f"hiptimer {__version__}",
                        help=translate("cli", "show the version and exit"))
    return parser


def early_language(argv: Sequence[str]) -> str | None:
    """Return the ``--lang`` code in ``argv`` before it is parsed, or None.

    The help and the errors of parsing are already in the chosen language,
    so the language is picked before the parser is built.
    """
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def parse(argv: Sequence[str] | None = None) -> Options:
    """Parse the command line (exits with status 2 and a message on misuse).

    The messages are in ``--lang``'s language, else the system's.
    """
    words = list(sys.argv[1:] if argv is None else argv)
    i18n.use(i18n.choose(early_language(words), i18n.saved_choice(), i18n.system_languages()))
    args = build_parser().parse_args(words)
    return Options(
        session=args.session,
        reps=args.reps,
        rounds=args.rounds,
        scale=args.scale,
        check=args.check,
        mute=args.mute,
        fullscreen=args.fullscreen,
        start=args.start,
        desktop_entry=args.desktop_entry,
        language=args.lang,
    )


def default_session_file() -> Path:
    """Return the session to run when none is named: the user's copy, else the bundled one."""
    own = paths.user_default_session()
    return own if own.is_file() else resources.default_session_path()


def fallback_session(failed: Path | None = None) -> Session:
    """Return the session to show instead of one that would not load.

    That is the default as ``--help`` describes it: the runner's own copy
    of it if they saved one and it loads (and is not the file that just
    failed), else the bundled ``config.toml``. ``failed`` is the file that
    would not load (None: the default itself). Raises ``SessionError`` only
    if the bundled default is broken too.
    """
    own = paths.user_default_session()
    tried = failed if failed is not None else default_session_file()
    if own.is_file() and not _same_file(own, tried):
        try:
            return load(own)
        except SessionError as exc:
            first = next(iter(exc.lines()), str(exc))
            logger.warning("your copy of the default session does not load either: %s", first)
    return load(resources.default_session_path())


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False


def load_for_run(options: Options, check_files: bool = False) -> Session:
    """Load the session the options name and apply this run's changes to it.

    ``check_files`` (``--check``) makes a missing or unreadable file named in
    the session a problem; the window shows a placeholder instead.
    """
    session = load(options.session or default_session_file(), check_files=check_files)
    return customise(session, reps=options.reps, rounds=options.rounds, scale=options.scale)


def _amount(phase: Phase) -> str:
    if phase.kind is PhaseKind.DONE:
        return ""
    if phase.kind is PhaseKind.WORK and phase.reps is not None:
        about = (translate("cli", " (about {seconds:g} s)").format(seconds=phase.estimate)
                 if phase.move is not None and phase.move.estimate is not None else "")
        if phase.alternate:
            each = translate("cli", "{reps} each side, alternating").format(
                reps=phase.reps_per_side)
            if phase.tempo is None:
                return translate("cli", "{each}, self-paced{about}").format(each=each, about=about)
            return f"{each} × {phase.tempo:g} s"
        if phase.tempo is None:
            return translate("cli", "%n rep(s), self-paced", None, phase.reps) + about
        return f"{phase.reps} × {phase.tempo:g} s"
    if phase.kind is PhaseKind.WORK and phase.self_paced:
        return translate("cli", "until done (about {seconds:g} s)").format(seconds=phase.estimate)
    if phase.interval_rest and phase.every is not None:
        return translate("cli", "{seconds:g} s (rest of every {every:g} s)").format(
            seconds=phase.estimate, every=phase.every)
    return f"{phase.estimate:g} s"


# The phase column of ``--check``, translated where it is printed.
PHASE_NAMES = {
    PhaseKind.GET_READY: QT_TRANSLATE_NOOP("cli", "get ready"),
    PhaseKind.SWITCH: QT_TRANSLATE_NOOP("cli", "switch"),
    PhaseKind.REST: QT_TRANSLATE_NOOP("cli", "rest"),
    PhaseKind.ROUND_REST: QT_TRANSLATE_NOOP("cli", "round rest"),
    PhaseKind.DONE: QT_TRANSLATE_NOOP("cli", "done"),
}
SIDE_NAMES = {
    "left": QT_TRANSLATE_NOOP("cli", "left"),
    "right": QT_TRANSLATE_NOOP("cli", "right"),
}


def _phase_name(phase: Phase) -> str:
    if phase.is_timed_work:
        return translate("cli", "work")
    if phase.kind is PhaseKind.WORK:
        return translate("cli", "hold") if phase.is_hold else translate("cli", "reps")
    return translate("cli", PHASE_NAMES[phase.kind])


def _side_name(side: str) -> str:
    return translate("cli", SIDE_NAMES[side]) if side in SIDE_NAMES else side


def _block_line(plan: Plan, phase: Phase) -> str:
    """Return the heading printed where ``phase``'s block starts ("Circuit: 3 rounds")."""
    block = plan.session.blocks[phase.block_no - 1]
    how = [translate("cli", "%n round(s)", None, block.rounds)] if block.rounds > 1 else []
    if block.one_then_other:
        how.append(translate("cli", "one side then the other, {side} first").format(
            side=_side_name(block.first_side)))
    return f"{block.name}: {', '.join(how)}" if how else block.name


def format_plan(plan: Plan, source: str) -> str:
    """Return the plan as a table a person can read, with the total time.

    A session written in blocks gets a line naming each block where it
    starts; a "set" column appears when a move is done in sets.
    """
    session = plan.session
    with_sets = any(p.sets > 1 for p in plan.phases)
    named = any(not b.implicit for b in session.blocks)
    header = ("#", translate("cli", "at"), translate("cli", "phase"), translate("cli", "move"),
              translate("cli", "side"), translate("cli", "round"),
              *((translate("cli", "set"),) if with_sets else ()), translate("cli", "amount"))
    rows = [header]
    headings: dict[int, str] = {}
    block_no = 0
    for number, (phase, start) in enumerate(zip(plan.phases, plan.starts(), strict=True), 1):
        if named and phase.kind not in (PhaseKind.GET_READY, PhaseKind.DONE) and (
                phase.block_no != block_no):
            block_no = phase.block_no
            headings[len(rows)] = _block_line(plan, phase)
        move = phase.title if phase.kind is PhaseKind.WORK else ""
        if phase.kind in (PhaseKind.REST, PhaseKind.ROUND_REST) and phase.next_move:
            move = translate("cli", "(next: {move})").format(move=phase.next_move.name)
        rounds = f"{phase.round_no}/{phase.rounds}" if phase.rounds > 1 else ""
        side = translate("cli", "alternate") if phase.alternate else _side_name(phase.side.value)
        sets = (f"{phase.set_no}/{phase.sets}" if phase.kind is PhaseKind.WORK
                and phase.sets > 1 else "")
        rows.append((str(number), format_seconds(start), _phase_name(phase), move,
                     side, rounds, *((sets,) if with_sets else ()), _amount(phase)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [f"{session.name}  ({source})"]
    if session.description:
        lines.append(session.description)
    lines.append("")
    for index, row in enumerate(rows):
        if index in headings:
            lines.append(f"-- {headings[index]}")
        cells = [cell.rjust(w) if i < 2 else cell.ljust(w) for i, (cell, w) in
                 enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
    lines.append("")
    total = (translate("cli", "Total {time} (self-paced reps estimated): {phases}, {moves}")
             if plan.has_self_paced else translate("cli", "Total {time}: {phases}, {moves}"))
    lines.append(total.format(
        time=format_seconds(plan.total),
        phases=translate("cli", "%n work phase(s)", None, plan.work_phases),
        moves=translate("cli", "%n move(s)", None, len(session.moves))))
    return "\n".join(lines)


def run_check(options: Options, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Check the session and print its plan; return the exit status."""
    source = options.session or default_session_file()
    try:
        session = load_for_run(options, check_files=True)
    except SessionError as exc:
        for line in exc.lines():
            print(line, file=err)
        return EXIT_BAD_INPUT
    print(format_plan(make_plan(session), str(source)), file=out)
    return EXIT_OK


# -- --history ----------------------------------------------------------------------------


class _ShowHistory(argparse.Action):
    """``--history``: print the history and exit, as ``--version`` prints the version."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=str(kwargs.get("help", "")))

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        parser.exit(run_history())


HISTORY_WEEKS = 8


def run_history(
    out: TextIO | None = None,
    err: TextIO | None = None,
    history_file: Path | None = None,
    today: date | None = None,
    first_weekday: int = 0,
    weeks: int = HISTORY_WEEKS,
) -> int:
    """Print the last ``weeks`` weeks and the suggestions for the session used last.

    Weeks start on ``first_weekday`` (0: Monday; the window follows the
    locale, the terminal does not know it) in this machine's time zone.
    The session used last is the one of the newest run in the history; its
    suggestions come from ``progression.suggest``. A history file that does
    not exist is not created. Returns the exit status (0).
    """
    from hiptimer import history as runs_history

    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    path = history_file or paths.data_dir() / "history.sqlite3"
    if not path.exists():
        print(translate("cli", "No warm-ups recorded yet (no history at {path}).").format(
            path=path), file=out)
        return EXIT_OK
    with runs_history.History.open(path) as history:
        if history.notice:
            print(history.notice, file=err)
        runs = history.runs()
    today = today or date.today()
    print(translate("cli", "History: {path}").format(path=path), file=out)
    print("", file=out)
    rows = [(translate("cli", "week of"), translate("cli", "runs"), translate("cli", "skipped"),
             translate("cli", "hip work"))]
    for week in runs_history.weekly_time(runs, today, first_weekday, weeks):
        rows.append((week.start.isoformat(), str(week.runs), str(week.skipped),
                     translate("cli", "{minutes} min").format(minutes=week.minutes)))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                        for i, (cell, w) in enumerate(zip(row, widths, strict=True))), file=out)
    this_week = runs_history.this_week_time(runs, today, first_weekday)
    print("\n" + translate("cli", "this week: {summary}").format(summary=this_week.summary()),
          file=out)
    if runs:
        print("", file=out)
        _print_suggestions(runs, out, err)
    return EXIT_OK


def _print_suggestions(runs: Sequence[RunRecord], out: TextIO, err: TextIO) -> None:
    from hiptimer import progression

    last = max(runs, key=lambda run: run.started_at)
    when = last.started_at.astimezone().date().isoformat()
    if not last.session_file:
        print(translate("cli", "{session}, used last on {when}, is not a file: no suggestions.")
              .format(session=shown(last.session_name), when=when), file=out)
        return
    try:
        session = load(Path(last.session_file))
    except SessionError as exc:
        print(translate("cli", "Suggestions for {file}: the session cannot be read now:")
              .format(file=shown_path(last.session_file)), file=out)
        for line in exc.lines():
            print(line, file=err)
        return
    print(translate("cli", "{session} ({file}), used last on {when}:").format(
        session=session.name, file=shown_path(last.session_file), when=when), file=out)
    doses = progression.doses_of(session)
    rules = session.rules
    if not any(rules.rule_for(dose) is not None for dose in doses):
        print("  " + translate("cli", "no progression rules in this session (see "
                                     "docs/session-format.md, \"Progression\")"), file=out)
        return
    found = progression.suggest(rules, progression.runs_of(runs, last.session_file), doses,
                                session.variations)
    for suggestion in found:
        print(f"  - {suggestion.why}", file=out)
    if not found:
        print("  " + translate("cli", "no change suggested yet: rate your runs when you "
                                     "finish them"), file=out)
