"""Small helpers for the words hiptimer shows: a count with its noun in the right number.

Every line in the core that puts a count before a noun ("1 work phase",
"3 moves", "1 round") goes through ``count`` so that "1 moves" cannot come
back one f-string at a time. English only for now: a translation will
replace this with Qt's own plural forms (``QCoreApplication.translate`` with
``n``), which is why it is one function and not a rule spread out.
"""

from __future__ import annotations


def plural(number: float, singular: str, plural_form: str | None = None) -> str:
    """Return ``singular`` or its plural for ``number``: "move"/"moves", "rep"/"reps".

    Only exactly one takes the singular (``0 moves``, ``1.5 rounds``).
    ``plural_form`` is for nouns that do not just take an "s".
    """
    if number == 1:
        return singular
    return plural_form if plural_form is not None else singular + "s"


def count(number: float, singular: str, plural_form: str | None = None) -> str:
    """Return the number with its noun: "1 work phase", "12 work phases", "1 second".

    Whole numbers are written without a decimal point; others as ``:g``.
    """
    shown = str(int(number)) if float(number).is_integer() else f"{number:g}"
    return f"{shown} {plural(number, singular, plural_form)}"
