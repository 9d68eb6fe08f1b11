"""Real pictures for tests, made with Pillow: each different (a seed drawn
into it), so their content hashes never collide."""

import io

from PIL import Image, ImageDraw


def picture(width: int = 800, height: int = 600, *, seed: int = 0, mode: str = "RGB"):
    """A Pillow image: a coloured field, a shape and the seed as a row of pixels."""
    colour = (seed * 53 % 256, seed * 101 % 256, 180)
    fill = (*colour, 255) if mode == "RGBA" else colour
    image = Image.new(mode, (width, height), fill if mode in ("RGB", "RGBA") else 128)
    draw = ImageDraw.Draw(image)
    draw.ellipse((width // 4, height // 4, width * 3 // 4, height * 3 // 4), fill="white")
    for i, bit in enumerate(f"{seed:032b}"):
        if i < width:
            image.putpixel((i, 0), (0, 0, 0) if bit == "1" else (255, 255, 255))
    return image


def encoded(image, fmt: str = "JPEG", **options) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def picture_bytes(
    width: int = 800, height: int = 600, *, seed: int = 0, fmt: str = "JPEG"
) -> bytes:
    return encoded(picture(width, height, seed=seed), fmt)


def transparent_png(width: int = 500, height: int = 400, *, seed: int = 0) -> bytes:
    image = picture(width, height, seed=seed, mode="RGBA")
    ImageDraw.Draw(image).rectangle((0, 0, width // 3, height), fill=(0, 0, 0, 0))
    return encoded(image, "PNG")


def jpeg_with_gps(
    width: int = 1000, height: int = 750, *, seed: int = 0, orientation: int = 1
) -> bytes:
    """A JPEG carrying a camera's EXIF: a GPS position (the clinic's street), and
    an orientation."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0112] = orientation
    gps = {1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)}
    exif[0x8825] = gps  # GPSInfo
    return encoded(picture(width, height, seed=seed), "JPEG", exif=exif.tobytes())


def files_under(path) -> list[str]:
    """Every file below a folder (the test's media), as paths relative to it."""
    return sorted(str(p.relative_to(path)) for p in path.rglob("*") if p.is_file())
