"""Drawing helpers for the demo pictures: shapes on a supersampled canvas.

Shapes are given in design pixels (the knee is drawn on 1600 x 1200) and the
picture is made ``output`` pixels wide. Pillow's ImageDraw draws without
anti-aliasing, so it is drawn at twice that size and halved (each pixel the
mean of four): clean edges, and the same bytes every time (no randomness, no
clock, fonts from Debian's fonts-dejavu-core).
"""

import functools
import io
import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SUPERSAMPLE = 2
FONTS = Path("/usr/share/fonts/truetype/dejavu")
INK = "#212b32"  # text and leader lines: 15.4:1 on white
SOFT_INK = "#4c6272"  # secondary text: 6.4:1 on white

Point = tuple[float, float]


@functools.cache
def font(pixels: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), pixels)


def bezier(start: Point, control: Point, end: Point, steps: int = 16) -> list[Point]:
    """A quadratic curve as points (the start left out: it ends the previous piece)."""
    points = []
    for i in range(1, steps + 1):
        t = i / steps
        x = (1 - t) ** 2 * start[0] + 2 * (1 - t) * t * control[0] + t**2 * end[0]
        y = (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * control[1] + t**2 * end[1]
        points.append((x, y))
    return points


def arc(centre: Point, rx: float, ry: float, start: float, end: float, steps=24) -> list[Point]:
    """Points on an ellipse from ``start`` to ``end`` degrees (0 = right, 90 = down)."""
    return [
        (
            centre[0] + rx * math.cos(math.radians(start + (end - start) * i / steps)),
            centre[1] + ry * math.sin(math.radians(start + (end - start) * i / steps)),
        )
        for i in range(steps + 1)
    ]


def band(start: Point, end: Point, width: float) -> list[Point]:
    """A straight band ``width`` wide from ``start`` to ``end``, rounded at both ends."""
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    degrees = math.degrees(angle)
    half = width / 2
    return arc(end, half, half, degrees - 90, degrees + 90, 12) + arc(
        start, half, half, degrees + 90, degrees + 270, 12
    )


def ribbon(centre: list[Point], width: float) -> list[Point]:
    """A band ``width`` wide along the line through ``centre`` (square ends)."""
    left, right = [], []
    for i, (x, y) in enumerate(centre):
        before = centre[max(i - 1, 0)]
        after = centre[min(i + 1, len(centre) - 1)]
        dx, dy = after[0] - before[0], after[1] - before[1]
        length = math.hypot(dx, dy) or 1
        nx, ny = -dy / length * width / 2, dx / length * width / 2
        left.append((x + nx, y + ny))
        right.append((x - nx, y - ny))
    return left + list(reversed(right))


class Canvas:
    """A white picture of ``size`` design pixels, made ``output_width`` pixels wide."""

    def __init__(self, size: tuple[int, int], output_width: int):
        self.output = (output_width, round(size[1] * output_width / size[0]))
        self.factor = SUPERSAMPLE * output_width / size[0]
        self.image = Image.new("RGB", [n * SUPERSAMPLE for n in self.output], "white")
        self.draw = ImageDraw.Draw(self.image)

    def _scaled(self, points) -> list[tuple[float, float]]:
        return [(x * self.factor, y * self.factor) for x, y in points]

    def _font(self, size: int, bold: bool) -> ImageFont.FreeTypeFont:
        return font(round(size * self.factor), bold=bold)

    def shape(self, points, fill: str, outline: str | None = None, width: float = 4) -> None:
        scaled = self._scaled(points)
        self.draw.polygon(scaled, fill=fill)
        if outline:
            self.line(list(points) + [points[0]], outline, width)

    def line(self, points, colour: str, width: float = 3) -> None:
        self.draw.line(
            self._scaled(points), fill=colour, width=round(width * self.factor), joint="curve"
        )
        radius = width * self.factor / 2
        for x, y in self._scaled([points[0], points[-1]]):  # round caps
            self.draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)

    def dot(self, centre: Point, radius: float, fill: str, ring: str | None = "white") -> None:
        (x, y), scale = self._scaled([centre])[0], self.factor
        if ring:
            r = (radius + 3) * scale
            self.draw.ellipse((x - r, y - r, x + r, y + r), fill=ring)
        r = radius * scale
        self.draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)

    def glow(self, centre: Point, rx: float, ry: float, colour: tuple[int, int, int]) -> None:
        """A soft halo around a part (drawn before it): rings of fading colour."""
        layer = Image.new("RGBA", self.image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(layer)
        for step in range(10, 0, -1):
            grow = step * 6
            alpha = int(14 + (10 - step) * 6)
            (left, top), (right, bottom) = self._scaled(
                [
                    (centre[0] - rx - grow, centre[1] - ry - grow),
                    (centre[0] + rx + grow, centre[1] + ry + grow),
                ]
            )
            box = (left, top, right, bottom)
            draw.ellipse(box, fill=(*colour, alpha))
        self.image = Image.alpha_composite(self.image.convert("RGBA"), layer).convert("RGB")
        self.draw = ImageDraw.Draw(self.image)

    def text(self, at: Point, words: str, size: int, *, bold=False, colour=INK, anchor="la"):
        self.draw.text(
            self._scaled([at])[0],
            words,
            font=self._font(size, bold),
            fill=colour,
            anchor=anchor,
        )

    def text_width(self, words: str, size: int, *, bold=False) -> float:
        return self.draw.textlength(words, font=self._font(size, bold)) / self.factor

    def wrapped(self, words: str, size: int, width: float, *, bold=False) -> list[str]:
        """``words`` in lines no wider than ``width``."""
        lines, line = [], ""
        for word in words.split():
            candidate = f"{line} {word}".strip()
            if line and self.text_width(candidate, size, bold=bold) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        return [*lines, line] if line else lines

    def png(self) -> bytes:
        """The finished picture at its output size, as PNG bytes (no metadata)."""
        final = self.image.reduce(SUPERSAMPLE)
        out = io.BytesIO()
        final.save(out, "PNG")
        return out.getvalue()
