"""The institute's mark in the header, the home-screen icon and the link
preview: typographic and static until staff upload the emblem, then drawn
from it."""

from io import BytesIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from departments.models import Department
from tests.images import image_bytes
from tests.languages import LANGUAGES

INITIALS = {"uz": "OʻzDSMI", "ru": "ГИИКУз", "en": "UzSIAC"}


def header(client, path):
    page = client.get(path).content.decode()
    return page.split('<header class="site-header">')[1].split("</header>")[0]


def head(client, path):
    return client.get(path).content.decode().split("</head>")[0]


@pytest.fixture
def emblem(seeded):
    """A wide transparent emblem, uploaded as staff would."""
    department = Department.objects.get()
    department.emblem = SimpleUploadedFile("emblem.png", image_bytes("PNG", (400, 200)))
    department.save()
    return department.emblem


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_sets_the_institutes_initials_until_an_emblem_is_uploaded(client, seeded, language):
    shown = header(client, f"/{language}/")

    assert f'<span class="brand__mark" aria-hidden="true">{INITIALS[language]}</span>' in shown
    assert "<img" not in shown


def test_header_shows_the_uploaded_emblem_instead_of_the_initials(client, emblem):
    shown = header(client, "/en/partners/")

    assert "brand__mark" not in shown
    assert 'class="brand__emblem"' in shown
    # Decoration beside the names it stands for, and never lazy at the top.
    assert 'alt=""' in shown and 'loading="lazy"' not in shown
    webp = Path(emblem.path).with_name(Path(emblem.name).stem + "-w96.webp")
    assert webp.name in shown and webp.exists()


def test_pages_link_the_static_touch_icon_and_preview_until_an_emblem_is_uploaded(client, seeded):
    shown = head(client, "/uz/")

    assert '<link rel="apple-touch-icon" href="/static/img/apple-touch-icon.png">' in shown
    assert 'content="http://testserver/static/img/social-preview.png"' in shown
    # Browsers ask for the root address anyway: they get the same file.
    response = client.get("/apple-touch-icon.png")
    assert response.status_code == 302
    assert response["Location"] == "/static/img/apple-touch-icon.png"
    for name in ("apple-touch-icon.png", "social-preview.png"):
        with Image.open(Path(__file__).parents[2] / "static" / "img" / name) as image:
            assert image.mode == "RGB"  # opaque


def test_touch_icon_is_drawn_from_the_emblem_square_and_opaque(client, emblem):
    version = emblem.name.replace("/", "").replace(".", "")
    assert f'<link rel="apple-touch-icon" href="/apple-touch-icon.png?v={version}">' in head(
        client, "/ru/"
    )

    response = client.get("/apple-touch-icon.png")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "max-age=86400" in response["Cache-Control"]
    with Image.open(BytesIO(response.content)) as icon:
        assert icon.size == (180, 180) and icon.mode == "RGB"
        # The emblem's red, scaled to fit, on the site's paper.
        assert icon.getpixel((90, 90)) == (200, 30, 30)
        assert icon.getpixel((2, 2)) == (248, 244, 236)


def test_link_preview_is_drawn_from_the_emblem(client, emblem):
    shown = head(client, "/en/")

    # A new emblem is a new address, so link previews fetch it afresh.
    version = emblem.name.replace("/", "").replace(".", "")
    assert f'content="http://testserver/social-preview.png?v={version}">' in shown
    assert '<meta property="og:image:width" content="1200">' in shown
    response = client.get(f"/social-preview.png?v={version}")
    with Image.open(BytesIO(response.content)) as preview:
        assert preview.size == (1200, 630)
        assert preview.getpixel((600, 315)) == (200, 30, 30)


def test_a_lost_emblem_file_falls_back_to_the_static_icon_not_a_500(client, emblem):
    Path(emblem.path).unlink()

    response = client.get("/apple-touch-icon.png")

    assert response.status_code == 302
    assert response["Location"] == "/static/img/apple-touch-icon.png"
    assert client.get("/social-preview.png").status_code == 302


def test_icons_answer_get_only(client, seeded):
    assert client.post("/apple-touch-icon.png").status_code == 405
