"""Remake the site's default icon and link-preview image from its mark.

    .venv/bin/python docs/brand_images.py

Writes static/img/apple-touch-icon.png (180×180, opaque: iOS paints
transparent corners black) from static/favicon.svg, and
static/img/social-preview.png (1200×630, the size link previews crop to)
with the department's names in the three languages, set in the site's own
display face. Both are drawn by Debian's Chromium, so they match the pages.
Once staff upload the institute's emblem, the site makes both from it
instead (departments.site_icons).
"""

from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

STATIC = Path(__file__).resolve().parent.parent / "static"
CHROMIUM = "/usr/bin/chromium"

PREVIEW = """<!doctype html><html><head><meta charset="utf-8"><style>
@font-face {{ font-family: Display; font-weight: 700;
  src: url("{fonts}/playfair-display-latin-700-normal.woff2"); }}
@font-face {{ font-family: Display; font-weight: 700; unicode-range: U+0400-045F;
  src: url("{fonts}/playfair-display-cyrillic-700-normal.woff2"); }}
body {{ margin: 0; width: 1200px; height: 630px; display: flex; align-items: center;
  gap: 64px; padding: 0 96px; box-sizing: border-box; color: #fff;
  background: #1a3170 url("{img}/girih.svg"); border-bottom: 16px solid #e0a43a;
  font-family: system-ui, "DejaVu Sans", sans-serif; }}
svg {{ flex: none; width: 240px; height: 240px; }}
h1 {{ font: 700 58px/1.1 Display, serif; margin: 0 0 20px; }}
p {{ margin: 0; font-size: 34px; line-height: 1.35; color: #dbe4ff; }}
p.institute {{ margin-top: 28px; font-size: 28px; color: #fff; }}
</style></head><body>{mark}<div>
<h1>Xalqaro aloqalar boʻlimi</h1>
<p>Отдел международных связей</p><p>International Relations Department</p>
<p class="institute">Oʻzbekiston davlat sanʼat va madaniyat instituti</p>
</div></body></html>"""


def main():
    mark = (STATIC / "favicon.svg").read_text()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page(viewport={"width": 180, "height": 180})
        square_mark = mark.replace(' rx="6"', "").replace(
            "<svg ", '<svg width="180" height="180" '
        )
        page.set_content(f'<body style="margin:0">{square_mark}</body>')
        save_png(page, STATIC / "img" / "apple-touch-icon.png")
        page.set_viewport_size({"width": 1200, "height": 630})
        html = PREVIEW.format(
            fonts=(STATIC / "fonts").as_uri(), img=(STATIC / "img").as_uri(), mark=mark
        )
        page.goto("about:blank")
        preview_file = STATIC.parent / ".preview.html"
        preview_file.write_text(html)
        try:
            page.goto(preview_file.as_uri())
            page.evaluate("document.fonts.ready")
            save_png(page, STATIC / "img" / "social-preview.png")
        finally:
            preview_file.unlink()
        browser.close()


def save_png(page, path):
    page.screenshot(path=path)
    with Image.open(path) as image:
        image.convert("RGB").save(path, optimize=True)
    print(path.relative_to(STATIC.parent))


if __name__ == "__main__":
    main()
