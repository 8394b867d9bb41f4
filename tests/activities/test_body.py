"""An activity's body: paragraphs, links, lists and emphasis, nothing else,
whoever typed it and however."""

import pytest

from activities.body import render_body
from activities.models import Activity
from tests.core.admin_forms import form_values

pytestmark = pytest.mark.django_db

HOSTILE_BODIES = [
    "<script>alert('x')</script>Text",
    "<img src=x onerror=alert(1)>Text",
    "<p onclick='alert(1)'>Text</p>",
    '<p style="position:fixed;top:0">Text</p>',
    "[Text](javascript:alert(1))",
    "[Text](JaVaScRiPt:alert(1))",
    '<a href="javascript:alert(1)">Text</a>',
    '<a href="java&#x09;script:alert(1)">Text</a>',
    "[Text](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<a href="vbscript:msgbox(1)" style="color:red">Text</a>',
    "<iframe src='https://evil.example'></iframe>Text",
    "<style>body{display:none}</style>Text",
    "<svg><script>alert(1)</script></svg>Text",
    '<form action="https://evil.example"><input name=q></form>Text',
    "<object data='x'></object>Text",
    "Text<!-- <script>alert(1)</script> -->",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style>"
    "</mglyph></table></mtext></math>Text",
]
FORBIDDEN = [
    "<script",
    "onerror",
    "onclick",
    "javascript:",
    "style=",
    "<img",
    "<iframe",
    "<svg",
    "<form",
    "<object",
    "<style",
    "vbscript",
    "data:",
    "<!--",
    "<math",
]


@pytest.mark.parametrize("body", HOSTILE_BODIES)
def test_hostile_body_keeps_its_text_and_loses_everything_else(body):
    html = render_body(body).lower()

    assert [word for word in FORBIDDEN if word in html] == []
    assert "text" in html


def test_allowed_markup_survives():
    html = render_body(
        "A *stress*, **strong** and [a link](https://example.org/a?b=c).\n\n"
        "- one\n- two\n\n"
        "Mail [us](mailto:ird@example.uz)."
    )

    assert "<em>stress</em>" in html
    assert "<strong>strong</strong>" in html
    assert '<a href="https://example.org/a?b=c" rel="noopener noreferrer">a link</a>' in html
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in html
    assert '<a href="mailto:ird@example.uz" rel="noopener noreferrer">us</a>' in html


def test_headings_code_and_images_stay_plain_text_in_a_paragraph():
    html = render_body("# Big title\n\n`code` and ![photo](https://example.org/a.png)")

    assert html.startswith("<p># Big title</p>")
    assert "<h1" not in html
    assert "<code" not in html
    assert "<img" not in html


def test_relative_links_lose_their_address():
    assert "href" not in render_body("[home](/uz/) and [there](//evil.example/)")


@pytest.mark.parametrize("lang", ["uz", "ru", "en"])
def test_each_languages_body_is_sanitised_on_save(make_activity, lang):
    activity = make_activity(**{f"body_{lang}": "<script>alert(1)</script>Hello *there*"})

    stored = Activity.objects.values_list(f"body_html_{lang}", flat=True).get(pk=activity.pk)

    assert stored == "<p>Hello <em>there</em></p>"


def test_a_body_written_past_save_is_cleaned_again_on_the_page(client, make_activity):
    activity = make_activity(slug="raw", body_en="Fine.")
    Activity.objects.filter(pk=activity.pk).update(
        body_html_en='<p onclick="x()">Fine.</p><script>alert(1)</script>'
    )

    page = client.get("/en/activities/raw/").content.decode()

    assert '<div class="prose"><p>Fine.</p></div>' in page
    assert "alert(1)" not in page


def test_a_translator_cannot_get_markup_in_through_the_admin(client, translator, make_activity):
    activity = make_activity(slug="translated")
    client.force_login(translator)
    url = f"/en/admin/activities/activity/{activity.pk}/change/"

    values = form_values(client.get(url))
    values["body_ru"] = (
        '<a href="javascript:alert(1)" style="x">Ссылка</a><script>alert(1)</script>'
    )
    response = client.post(url, values)

    assert response.status_code == 302
    page = client.get("/ru/activities/translated/").content.decode()
    assert '<p><a rel="noopener noreferrer">Ссылка</a></p>' in page
    assert "javascript:" not in page
    assert "alert(1)" not in page


def test_every_language_has_a_column_for_its_sanitised_body():
    from django.conf import settings

    for code, _name in settings.LANGUAGES:
        assert Activity._meta.get_field(f"body_html_{code}").editable is False


def test_translation_status_counts_the_body_once(client, editor, make_activity):
    make_activity(body_uz="Matn.", body_ru="", body_en="Text.")
    client.force_login(editor)

    page = client.get("/en/admin/translation-status/").content.decode()

    assert "body_html" not in page
    assert "text as shown" not in page
