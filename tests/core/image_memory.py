"""How much an image upload grows a worker's memory, measured.

Each case is an upload of at most 5 MB, written to disk first; a fresh
Python process then loads Django, warms up on a small image, and runs what
saving it in the admin runs: the form field's checks and re-encoding, the
storage write and the resized variants. It reports the growth of its peak
resident memory (VmHWM), the figure the README gives.

    .venv/bin/python -m tests.core.image_memory     # every case, as a table
"""

import json
import os
import subprocess
import sys
import tempfile
from io import BytesIO
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
# The widest variants of any field (department photos).
VARIANT_WIDTHS = (88, 176, 264)


def _solid(mode, size):
    colour = {"RGBA": (200, 30, 30, 255), "CMYK": (0, 200, 200, 0), "P": 3, "1": 1}
    return Image.new(mode, size, colour.get(mode, (200, 30, 30)))


def _turned_jpeg_cmyk(size):
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate on display
    return _solid("CMYK", size), {"exif": exif}


def _palette_with_transparency(size):
    return _solid("P", size), {"transparency": 0}


# name: (format, how the image is made, what should happen to it)
CASES = {
    "40 MP PNG, RGBA": ("PNG", lambda: (_solid("RGBA", (6325, 6324)), {}), "accepted"),
    "40 MP PNG, palette with transparency": (
        "PNG",
        lambda: _palette_with_transparency((6325, 6324)),
        "accepted",
    ),
    "40 MP JPEG, CMYK, turned by EXIF": (
        "JPEG",
        lambda: _turned_jpeg_cmyk((7745, 5164)),
        "accepted",
    ),
    "12 MP WebP, RGBA": ("WEBP", lambda: (_solid("RGBA", (4000, 3000)), {}), "accepted"),
    "40 MP WebP, RGBA": ("WEBP", lambda: (_solid("RGBA", (6400, 6250)), {}), "too_many_pixels"),
    "40 MP PNG, 1:20": ("PNG", lambda: (_solid("RGBA", (1414, 28280)), {}), "accepted"),
    "1×60000 PNG": ("PNG", lambda: (_solid("1", (1, 60000)), {}), "too_long_and_narrow"),
    "3×5000 PNG": ("PNG", lambda: (_solid("1", (3, 5000)), {}), "too_long_and_narrow"),
    "decompression bomb, 144 MP PNG": (
        "PNG",
        lambda: (_solid("1", (12000, 12000)), {}),
        "too_many_pixels",
    ),
}
# The worst accepted upload measured (see the README).
WORST_ACCEPTED = "40 MP PNG, RGBA"


def write_case(name, folder):
    """Write the upload of case `name` into `folder` and return its path."""
    image_format, make, _outcome = CASES[name]
    image, options = make()
    buffer = BytesIO()
    image.save(buffer, format=image_format, **options)
    if len(buffer.getvalue()) > 5 * 1024 * 1024:
        raise ValueError(f"{name} is over 5 MB; it must be an upload we accept")
    path = Path(folder) / f"upload.{image_format.lower()}"
    path.write_bytes(buffer.getvalue())
    return path


def measure(path):
    """Peak memory growth in MB, and the outcome, of uploading `path` in a
    fresh process."""
    completed = subprocess.run(
        [sys.executable, "-m", "tests.core.image_memory", "--measure", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "iro_site.settings"},
    )
    return json.loads(completed.stdout.splitlines()[-1])


def _peak_mb():
    """This process's peak resident memory. Not getrusage's ru_maxrss: Linux
    carries that over from the parent across fork and exec, so the memory of
    the process that wrote a large test image would hide the growth."""
    status = Path("/proc/self/status").read_text()
    line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024  # kB


def _upload_as_the_admin_does(name, content, media_root):
    from django.core.exceptions import ValidationError
    from django.core.files.storage import default_storage
    from django.core.files.uploadedfile import SimpleUploadedFile

    from core.fields import CleanImageFormField
    from core.images import make_variants

    try:
        cleaned = CleanImageFormField().clean(SimpleUploadedFile(name, content))
    except ValidationError as error:
        return error.error_list[0].code
    stored_name = default_storage.save(f"measure/{cleaned.name}", cleaned)

    class StoredFile:
        storage = default_storage
        name = stored_name

    make_variants(StoredFile, VARIANT_WIDTHS)
    return "accepted"


def _measure_in_this_process(path):
    import django
    from django.conf import settings

    django.setup()
    with tempfile.TemporaryDirectory() as media_root:
        settings.MEDIA_ROOT = media_root
        content = Path(path).read_bytes()
        # Warm up: modules, codecs and colour profiles load on first use.
        warm_up = BytesIO()
        image_format = Image.registered_extensions()[path.suffix]
        Image.new("RGB", (300, 300)).save(warm_up, format=image_format)
        _upload_as_the_admin_does(path.name, warm_up.getvalue(), media_root)
        before = _peak_mb()
        outcome = _upload_as_the_admin_does(path.name, content, media_root)
        growth = _peak_mb() - before
    print(json.dumps({"outcome": outcome, "growth_mb": round(growth)}))


def main():
    print(f"{'upload':40} {'bytes':>9} {'outcome':>20} {'growth':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for name in CASES:
            path = write_case(name, folder)
            result = measure(path)
            size = path.stat().st_size
            print(f"{name:40} {size:9} {result['outcome']:>20} {result['growth_mb']:>5} MB")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        _measure_in_this_process(Path(sys.argv[2]))
    else:
        main()
