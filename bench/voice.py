"""How long the spoken prompts of the default session take to render, per engine.

The target (issue 17): every prompt of the default session (``config.toml``)
ready before its get-ready ends, on this two-core machine. For each engine
that is there (``espeak-ng``; Piper when ``--piper PROGRAM`` names it, or
``piper`` is on ``PATH`` or beside hiptimer, with a voice found on disk or
given by ``--model``) this renders the session's prompts into an empty cache
and reports the time per prompt, the real-time factor (render time over the
length of the speech) and the total. For Piper it also times what the app
does after the first frame, ``Voice.prepare`` (espeak-ng's fallbacks, then
Piper in batches of ``PIPER_BATCH``), and, with ``--single``, one process
per prompt, which is what batching saves. Each measurement is repeated
``--repeats`` times in a fresh cache and the median reported.

Usage: ``python bench/voice.py [--piper PROGRAM] [--model VOICE.onnx] [--single]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, load_average, machine, median, ms, setup_path, table

setup_path()

from hiptimer import voice as voice_module  # noqa: E402
from hiptimer.audio import wav_seconds  # noqa: E402
from hiptimer.cues import CueMapper  # noqa: E402
from hiptimer.plan import PhaseKind, make_plan  # noqa: E402
from hiptimer.session import load  # noqa: E402
from hiptimer.voice import Piper, Voice  # noqa: E402


def default_texts() -> tuple[list[str], float]:
    """Return the default session's prompts and the length of its get-ready."""
    plan = make_plan(load(ROOT / "config.toml"))
    ready = sum(p.duration or 0.0 for p in plan.phases if p.kind is PhaseKind.GET_READY)
    return CueMapper(plan).texts(), ready


def espeak_run(texts: list[str]) -> tuple[list[float], list[float]]:
    """Render every text with espeak-ng in a fresh cache; return times and speech lengths."""
    with tempfile.TemporaryDirectory() as cache:
        voice = Voice(Path(cache), choice="espeak-ng")
        times, lengths = [], []
        for text in texts:
            start = time.perf_counter()
            path = voice.get(text)
            times.append(time.perf_counter() - start)
            lengths.append(wav_seconds(path) if path is not None else 0.0)
        return times, lengths


def piper_run(texts: list[str], piper: Piper, batch: int) -> tuple[float, float]:
    """Render every text with Piper, ``batch`` a process; return (total time, speech)."""
    old = voice_module.PIPER_BATCH
    voice_module.PIPER_BATCH = batch
    try:
        with tempfile.TemporaryDirectory() as cache:
            voice = Voice(Path(cache), piper=piper, choice="piper")
            start = time.perf_counter()
            made = voice.render_piper(texts)
            took = time.perf_counter() - start
            if made != len(texts):
                raise SystemExit(f"Piper made {made} of {len(texts)} prompts: {voice.notice}")
            speech = sum(wav_seconds(voice.path(t, "piper")) for t in texts)
            return took, speech
    finally:
        voice_module.PIPER_BATCH = old


def prepare_run(texts: list[str], piper: Piper) -> tuple[float, float]:
    """Time ``prepare`` as the app runs it: (all espeak-ng fallbacks ready, all ready)."""
    with tempfile.TemporaryDirectory() as cache:
        voice = Voice(Path(cache), piper=piper, choice="piper")
        start = time.perf_counter()
        thread = voice.prepare(texts)
        assert thread is not None
        fallback = None
        while thread.is_alive():
            if fallback is None and all(voice.path(t, "espeak-ng").is_file() for t in texts):
                fallback = time.perf_counter() - start
            thread.join(0.005)
        total = time.perf_counter() - start
        missing = [t for t in texts if not voice.path(t, "piper").is_file()]
        if missing:
            raise SystemExit(f"prepare left {len(missing)} prompts without Piper")
        return (fallback if fallback is not None else total), total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--piper", help="the piper program (default: as the app finds it)")
    parser.add_argument("--model", type=Path, help="a Piper voice (.onnx)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--single", action="store_true",
                        help="also time one Piper process per prompt")
    args = parser.parse_args()
    texts, ready = default_texts()
    load_before = load_average()
    rows = []
    if voice_module.available():
        runs = [espeak_run(texts) for _ in range(args.repeats)]
        per = [median(r[0][i] for r in runs) for i in range(len(texts))]
        speech = sum(runs[0][1])
        rows.append(["espeak-ng", "one process a prompt", len(texts), ms(median(per)),
                     ms(max(per)), f"{sum(per) / speech:.3f}", f"{sum(per):.2f}"])
    command = [args.piper] if args.piper else voice_module.piper_command()
    model = args.model or voice_module.find_voice()
    prepared = None
    if command and model is not None:
        piper = Piper(model, command)
        batches = ((voice_module.PIPER_BATCH, f"batches of {voice_module.PIPER_BATCH}"),
                   (1, "one process a prompt"))
        for batch, label in batches:
            if batch == 1 and not args.single:
                continue
            runs_p = [piper_run(texts, piper, batch) for _ in range(args.repeats)]
            took = median(r[0] for r in runs_p)
            rows.append([f"Piper ({model.stem})", label, len(texts),
                         ms(took / len(texts)), "–", f"{took / runs_p[0][1]:.3f}",
                         f"{took:.2f}"])
        prepared = [prepare_run(texts, piper) for _ in range(args.repeats)]
    load_after = load_average()
    print(machine())
    print(f"Load average before {load_before}, after {load_after}.")
    print(f"Default session: {len(texts)} prompts, get-ready {ready:.0f} s.\n")
    print(table(["engine", "how", "prompts", "ms a prompt (median)", "slowest ms",
                 "real-time factor", "total s"], rows))
    if prepared is not None:
        fallback = median(p[0] for p in prepared)
        total = median(p[1] for p in prepared)
        verdict = "within" if total < ready else "NOT within"
        print(f"\nprepare() with Piper: every espeak-ng fallback ready after {fallback:.2f} s, "
              f"every Piper prompt after {total:.2f} s: {verdict} the {ready:.0f} s get-ready.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
