"""Compare two folders of screenshots pixel by pixel, for changes that must not show.

``python tools/compare_screenshots.py BEFORE_DIR AFTER_DIR [--diff-dir DIR]``
pairs the PNG files of both folders by name and says, for each, whether it
is identical, how many pixels differ and where (the bounding box of the
difference), that its size changed, or that it is missing on one side. With
``--diff-dir`` it writes, for each pair that differs, a picture of the
"after" image faded to white with every differing pixel in red. The exit
status is 0 only when every file is present on both sides and identical.

Made for issue 13 (rebuilding ``hiptimer/gui/`` with its behaviour
unchanged): render with ``tools/screenshots.py`` before and after, then
compare. Images are converted to one pixel format first, so a PNG saved
with or without an alpha channel compares by what it shows.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter

# Every image is compared as 8-bit RGBA, not premultiplied: 4 bytes a pixel.
FORMAT = QImage.Format.Format_RGBA8888
BYTES_PER_PIXEL = 4
DIFF_COLOUR = QColor(255, 0, 0)
FADE = QColor(255, 255, 255, 190)  # what is the same shows faintly under the red


@dataclass(frozen=True, slots=True)
class Box:
    """The smallest rectangle holding every differing pixel (inclusive bounds)."""

    left: int
    top: int
    right: int
    bottom: int

    def __str__(self) -> str:
        """Say where the box is, the way one reads it off an image viewer."""
        return (f"x {self.left}-{self.right}, y {self.top}-{self.bottom} "
                f"({self.right - self.left + 1}×{self.bottom - self.top + 1})")


@dataclass(frozen=True, slots=True)
class Result:
    """What comparing one file name across both folders found."""

    name: str
    status: str  # "identical", "differs", "size", "missing-before", "missing-after", "unreadable"
    pixels: int = 0
    box: Box | None = None
    detail: str = ""
    diff: Path | None = None

    @property
    def identical(self) -> bool:
        """Whether the two files show the same pixels."""
        return self.status == "identical"

    def __str__(self) -> str:
        """Return the line printed for this file."""
        if self.status == "identical":
            what = "identical"
        elif self.status == "differs":
            what = f"{self.pixels} pixel{'s' if self.pixels != 1 else ''} differ, {self.box}"
            if self.diff is not None:
                what += f"; diff in {self.diff}"
        elif self.status == "missing-before":
            what = "missing in BEFORE (new file)"
        elif self.status == "missing-after":
            what = "missing in AFTER"
        else:
            what = self.detail
        return f"{self.name}: {what}"


def _rows(image: QImage) -> list[bytes]:
    """Return each scanline's pixel bytes (without the line's padding)."""
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    width = image.width() * BYTES_PER_PIXEL
    return [data[y * stride:y * stride + width] for y in range(image.height())]


def differing_pixels(before: QImage, after: QImage) -> list[tuple[int, int]]:
    """Return (x, y) of every pixel that differs between two images of one size."""
    if before.size() != after.size():
        raise ValueError(f"sizes differ: {before.width()}×{before.height()} and "
                         f"{after.width()}×{after.height()}")
    before = before.convertToFormat(FORMAT)
    after = after.convertToFormat(FORMAT)
    found = []
    for y, (old, new) in enumerate(zip(_rows(before), _rows(after), strict=True)):
        if old == new:  # most lines: one comparison of bytes
            continue
        for x in range(before.width()):
            start = x * BYTES_PER_PIXEL
            if old[start:start + BYTES_PER_PIXEL] != new[start:start + BYTES_PER_PIXEL]:
                found.append((x, y))
    return found


def bounding_box(pixels: list[tuple[int, int]]) -> Box | None:
    """Return the box around ``pixels``; ``None`` when there are none."""
    if not pixels:
        return None
    xs = [x for x, _ in pixels]
    ys = [y for _, y in pixels]
    return Box(min(xs), min(ys), max(xs), max(ys))


def diff_image(after: QImage, pixels: list[tuple[int, int]]) -> QImage:
    """Return ``after`` faded to white, with each of ``pixels`` in red."""
    image = after.convertToFormat(QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.fillRect(image.rect(), FADE)
    painter.end()
    red = DIFF_COLOUR.rgba()
    for x, y in pixels:
        image.setPixel(x, y, red)
    return image


def compare_files(before: Path, after: Path, diff_dir: Path | None = None) -> Result:
    """Compare one pair of images; write a diff picture into ``diff_dir`` if they differ."""
    name = after.name
    old, new = QImage(str(before)), QImage(str(after))
    for path, image in ((before, old), (after, new)):
        if image.isNull():
            return Result(name, "unreadable", detail=f"cannot read {path} as an image")
    if old.size() != new.size():
        return Result(name, "size", detail=(
            f"size changed from {old.width()}×{old.height()} to {new.width()}×{new.height()}"))
    pixels = differing_pixels(old, new)
    if not pixels:
        return Result(name, "identical")
    written = None
    if diff_dir is not None:
        diff_dir.mkdir(parents=True, exist_ok=True)
        written = diff_dir / f"{after.stem}-diff.png"
        if not diff_image(new, pixels).save(str(written)):
            raise OSError(f"could not write {written}")
    return Result(name, "differs", len(pixels), bounding_box(pixels), diff=written)


def compare_dirs(before: Path, after: Path, diff_dir: Path | None = None) -> list[Result]:
    """Compare every PNG of two folders by name, in name order."""
    old = {p.name: p for p in before.glob("*.png")}
    new = {p.name: p for p in after.glob("*.png")}
    results = []
    for name in sorted(old.keys() | new.keys()):
        if name not in new:
            results.append(Result(name, "missing-after"))
        elif name not in old:
            results.append(Result(name, "missing-before"))
        else:
            results.append(compare_files(old[name], new[name], diff_dir))
    return results


def main(argv: list[str] | None = None) -> int:
    """Print one line per screenshot; 0 when all are identical, 1 otherwise, 2 on bad use."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path, help="folder of the screenshots made before")
    parser.add_argument("after", type=Path, help="folder of the screenshots made after")
    parser.add_argument("--diff-dir", type=Path,
                        help="write a picture of each difference into this folder")
    args = parser.parse_args(argv)
    for folder in (args.before, args.after):
        if not folder.is_dir():
            print(f"{folder}: not a folder", file=sys.stderr)
            return 2
    results = compare_dirs(args.before, args.after, args.diff_dir)
    if not results:
        print(f"no PNG files in {args.before} or {args.after}", file=sys.stderr)
        return 1
    for result in results:
        print(result)
    same = sum(result.identical for result in results)
    print(f"{same} of {len(results)} identical")
    return 0 if same == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
