"""Badge images with the credential baked in (Open Badges 3.0, 5.3 "Baking").

A PNG carries the compact JWS in an iTXt chunk with the keyword `openbadgecredential`,
uncompressed, so that a badge file alone is the verifiable credential.
"""

import io
import textwrap

from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo

KEYWORD = "openbadgecredential"
SIZE = 512
COLOURS = {"ring": (18, 77, 122), "disc": (236, 243, 249), "text": (18, 43, 66)}


def badge_png(*, title: str, credential: str) -> bytes:
    """A round badge showing the achievement's name, the credential baked in."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, SIZE - 8, SIZE - 8), fill=COLOURS["ring"])
    draw.ellipse((40, 40, SIZE - 40, SIZE - 40), fill=COLOURS["disc"])
    font = ImageFont.load_default(size=30)
    lines = textwrap.wrap(title, width=20)[:5]
    height = 38 * len(lines)
    for number, line in enumerate(lines):
        draw.text(
            (SIZE / 2, SIZE / 2 - height / 2 + 38 * number + 19),
            line,
            fill=COLOURS["text"],
            font=font,
            anchor="mm",
        )
    info = PngInfo()
    info.add_itxt(KEYWORD, credential, lang="", tkey="", zip=False)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()


def unbake_png(data: bytes) -> str | None:
    """The credential baked into a PNG, if any."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        value = image.text.get(KEYWORD) if hasattr(image, "text") else None
    return str(value) if value is not None else None
