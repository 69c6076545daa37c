"""Widgets that stay readable from the mat: self-fitting text and the move's picture.

``FitText`` draws its text as large as its rectangle allows, so the countdown
grows with the window instead of sitting in a fixed point size.
``PictureView`` shows one frame of a move's picture, scaled smoothly and never
stretched, mirrored for the second side, or a plain card with the move's name
when there is no usable picture.
"""

from __future__ import annotations

import logging
import stat
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hiptimer.gui import theme
from hiptimer.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QMovie
    from PySide6.QtSvg import QSvgRenderer

logger = logging.getLogger(__name__)

# Pictures larger than this are refused rather than decoded.
MAX_IMAGE_BYTES = 8 * 1024 * 1024


def _text_colour(alpha: int) -> QColor:
    """Return the scheme's text colour at ``alpha`` (0-255), for outlines and tracks."""
    colour = QColor(theme.TEXT)
    colour.setAlpha(alpha)
    return colour


class FitText(QWidget):
    """Text drawn as large as fits, in one line, centred (or aligned as asked)."""

    def __init__(
        self, text: str = "", bold: bool = True, parent: QWidget | None = None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter, max_px: int = 2000,
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._bold = bold
        self._align = align
        self._max_px = max_px
        self._color = QColor(theme.TEXT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(text)

    def text(self) -> str:
        """Return the text shown."""
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        """Show ``text``; repaints only when it changed."""
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self.update()

    def setColor(self, color: QColor) -> None:  # noqa: N802 - Qt naming
        """Draw the text in ``color``."""
        if color != self._color:
            self._color = QColor(color)
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        """Ask for little; the layout decides how big the text gets."""
        return QSize(40, 20)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        """Allow shrinking to almost nothing."""
        return QSize(10, 10)

    def font_for(self, rect: QRectF) -> QFont:
        """Return the largest font that fits the text into ``rect``."""
        font = QFont(self.font())
        font.setBold(self._bold)
        size = max(6.0, min(rect.height() * 0.92, float(self._max_px)))
        font.setPixelSize(int(size))
        width = QFontMetricsF(font).horizontalAdvance(self._text or " ")
        if width > rect.width() * 0.98:
            size = max(6.0, size * rect.width() * 0.98 / width)
            font.setPixelSize(int(size))
        return font

    def text_pixel_height(self) -> int:
        """Return the pixel size the text is drawn at now."""
        return self.font_for(QRectF(self.rect())).pixelSize()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        """Draw the text fitted to the widget."""
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = QRectF(self.rect())
        painter.setFont(self.font_for(rect))
        painter.setPen(self._color)
        painter.drawText(rect, int(self._align | Qt.AlignmentFlag.AlignVCenter), self._text)


class Picture:
    """A decoded picture frame: an SVG renderer, a bitmap, or an animation that plays itself."""

    def __init__(self, svg: QSvgRenderer | None = None, image: QImage | None = None,
                 movie: QMovie | None = None) -> None:
        self.svg = svg
        self.image = image
        self.movie = movie

    def size(self) -> QSize:
        """Return the natural size, used to keep the aspect ratio."""
        if self.svg is not None:
            return self.svg.defaultSize()
        if self.movie is not None:
            return self.movie.frameRect().size()
        assert self.image is not None
        return self.image.size()

    def frame(self) -> QImage | None:
        """Return the bitmap to draw now (an animation's current frame)."""
        return self.movie.currentImage() if self.movie is not None else self.image


@lru_cache(maxsize=64)
def load_picture(path: Path) -> Picture | None:
    """Decode ``path`` if it is a readable, sane picture file, else ``None``.

    Anything that is not a regular file (a FIFO would block, a device never
    ends) or is larger than ``MAX_IMAGE_BYTES`` is refused without opening it.
    """
    try:
        info = path.stat()
    except OSError as exc:
        logger.warning("picture %s cannot be read: %s", path, exc.strerror)
        return None
    if not stat.S_ISREG(info.st_mode):
        logger.warning("picture %s is not a regular file; showing a placeholder", path)
        return None
    if info.st_size > MAX_IMAGE_BYTES:
        logger.warning("picture %s is too large (%d bytes); showing a placeholder",
                       path, info.st_size)
        return None
    if path.suffix.lower() == ".svg":
        # QtSvg is loaded with the first picture, not before the first frame.
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(path))
        if renderer.isValid():
            renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            return Picture(svg=renderer)
    else:
        movie = _animation(path)
        if movie is not None:
            return Picture(movie=movie)
        image = QImage(str(path))
        if not image.isNull():
            return Picture(image=image)
    logger.warning("picture %s could not be decoded; showing a placeholder", path)
    return None


def _animation(path: Path) -> QMovie | None:
    """Return an animated GIF or WebP as a movie that loops, or ``None`` for a still one."""
    if path.suffix.lower() not in (".gif", ".webp"):
        return None
    from PySide6.QtGui import QImageReader, QMovie

    reader = QImageReader(str(path))
    if not reader.supportsAnimation() or reader.imageCount() == 1:
        return None
    movie = QMovie(str(path))
    if not movie.isValid():
        return None
    movie.setCacheMode(QMovie.CacheMode.CacheAll)  # small files, drawn over and over
    movie.jumpToFrame(0)
    return movie


class PictureView(QWidget):
    """Shows one frame of a move's picture, or a placeholder card with its name."""

    def __init__(self, parent: QWidget | None = None, card: bool = True) -> None:
        super().__init__(parent)
        self._frames: tuple[Path, ...] = ()
        self._index = 0
        self._movie: QMovie | None = None  # the animation shown, if one is
        self._mirrored = False
        self._label = ""
        self._card = card
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        """Prefer the pictures' 4:3 shape."""
        return QSize(480, 360)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        """Allow a small picture on a small window."""
        return QSize(60, 45)

    def show_frames(
        self, frames: tuple[Path, ...], label: str, mirrored: bool = False, index: int = 0
    ) -> None:
        """Show ``frames[index]``; ``label`` names the move for the placeholder and readers."""
        index = index % len(frames) if frames else 0
        if (frames, label, mirrored, index) == (
            self._frames, self._label, self._mirrored, self._index
        ):
            return
        self._frames, self._label, self._mirrored, self._index = frames, label, mirrored, index
        self._follow(self.current_picture())
        self.setAccessibleName(translate("gui.views.widgets", "{name} picture").format(name=label))
        self.setAccessibleDescription(_described(label, index if len(frames) == 2 else None,
                                                 mirrored))
        self.update()

    def _follow(self, picture: Picture | None) -> None:
        # An animated picture plays on its own clock: redraw on each of its frames.
        movie = picture.movie if picture is not None else None
        if movie is self._movie:
            return
        if self._movie is not None:
            self._movie.frameChanged.disconnect(self._next_movie_frame)
        self._movie = movie
        if movie is not None:
            movie.frameChanged.connect(self._next_movie_frame)
            movie.start()

    def _next_movie_frame(self, _frame: int) -> None:
        self.update()

    def frame_index(self) -> int:
        """Return which frame is shown."""
        return self._index

    def is_mirrored(self) -> bool:
        """Whether the picture is drawn mirrored."""
        return self._mirrored

    def current_picture(self) -> Picture | None:
        """Return the decoded frame being shown, or ``None`` for the placeholder."""
        if not self._frames:
            return None
        return load_picture(self._frames[self._index])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        """Draw the frame scaled to fit, or the placeholder card."""
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        picture = self.current_picture()
        if picture is None:
            self._paint_placeholder(painter, area)
            return
        natural = picture.size()
        if natural.isEmpty():
            self._paint_placeholder(painter, area)
            return
        scale = min(area.width() / natural.width(), area.height() / natural.height())
        width, height = natural.width() * scale, natural.height() * scale
        target = QRectF(area.center().x() - width / 2, area.center().y() - height / 2,
                        width, height)
        if self._mirrored:
            painter.translate(target.center().x() * 2, 0)
            painter.scale(-1, 1)
        if picture.svg is not None:
            picture.svg.render(painter, target)
        else:
            frame = picture.frame()
            if frame is not None:
                painter.drawImage(target, frame)

    def _paint_placeholder(self, painter: QPainter, area: QRectF) -> None:
        if not self._label:
            return
        width = min(area.width(), area.height() * 4 / 3)
        height = width * 3 / 4
        card = QRectF(area.center().x() - width / 2, area.center().y() - height / 2,
                      width, height)
        painter.setPen(QPen(_text_colour(160), max(2.0, width / 120)))
        painter.setBrush(_text_colour(40))
        painter.drawRoundedRect(card, width / 20, width / 20)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(10, int(height / 7)))
        painter.setFont(font)
        painter.setPen(QColor(theme.TEXT))
        painter.drawText(card.adjusted(10, 10, -10, -10),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                         self._label)


def _described(name: str, position: int | None, mirrored: bool) -> str:
    """Return what a reader says of move ``name``'s picture: which of two frames, mirrored."""
    if position == 0 and mirrored:
        text = translate("gui.views.widgets",
                         "{name}, start position, mirrored for the other side")
    elif position == 0:
        text = translate("gui.views.widgets", "{name}, start position")
    elif position == 1 and mirrored:
        text = translate("gui.views.widgets", "{name}, end position, mirrored for the other side")
    elif position == 1:
        text = translate("gui.views.widgets", "{name}, end position")
    elif mirrored:
        text = translate("gui.views.widgets", "{name}, mirrored for the other side")
    else:
        return name
    return text.format(name=name)


class ProgressLine(QWidget):
    """A slim bar of how much of the session is done, in thousandths.

    A ``QProgressBar`` repaints itself at once when its value changes, and
    a see-through one takes the whole window with it: the run screen was
    painted inside the handler of every phase's start, which held up the
    cues behind it. This one only asks to be painted, with the rest.
    """

    HEIGHT = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0
        self.setFixedHeight(self.HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def value(self) -> int:
        """Return how much is done, 0 to 1000."""
        return self._value

    def setValue(self, value: int) -> None:  # noqa: N802 - as QProgressBar's
        """Show ``value`` thousandths done; painted with the next frame."""
        value = max(0, min(1000, value))
        if value != self._value:
            self._value = value
            self.setAccessibleDescription(translate("gui.views.widgets", "{percent} % done")
                                          .format(percent=value // 10))
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        """Draw the track and, over it, the part done."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QRectF(self.rect())
        radius = track.height() / 2
        painter.setBrush(_text_colour(45))
        painter.drawRoundedRect(track, radius, radius)
        if self._value:
            done = QRectF(track.left(), track.top(), track.width() * self._value / 1000,
                          track.height())
            painter.setBrush(QColor(theme.TEXT))
            painter.drawRoundedRect(done, radius, radius)
