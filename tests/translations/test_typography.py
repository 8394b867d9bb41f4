"""Typography of our own texts: ’ and “ ” in English, ё in Russian, ʻ and ʼ
in Uzbek (the Uzbek catalogue's own check is translations.catalogues).

Third-party msgids (Django's, Rosetta's, import-export's...) are kept in our
catalogues exactly as their libraries spell them, straight quotes included,
or the translation would never be found: they are left out here.
"""

import importlib
import json
import re
from functools import cache
from pathlib import Path

import polib
import pytest
from django.conf import settings

from core.content import content_app_modules
from translations.catalogues import WRONG_UZBEK_APOSTROPHE

CATALOGUES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))

# Packages whose strings our catalogues translate under their own msgids.
THIRD_PARTY_PACKAGES = [
    "django",
    "rosetta",
    "import_export",
    "axes",
    "reversion",
    "adminsortable2",
    "django_countries",
]

# A straight apostrophe after a letter: "department's", "don't", "students'".
STRAIGHT_APOSTROPHE = re.compile(r"[^\W\d_]'")
MARKUP = re.compile(r"<[^>]*>")

# Common words our Russian writes with ё, as they would look with е instead.
# Only forms whose meaning is certain: "все" (all) and "всё" (everything)
# both occur, so neither is here; "учебный" and "приемлемый" take е.
WORDS_THAT_TAKE_YO = [
    r"партнер\w*",  # партнёр, партнёры, партнёрство, партнёрский
    r"еще",
    r"ее",
    r"нее",
    r"отчет\w*",
    r"учет\w*",
    r"зачет\w*",
    r"учеб[аеуы]|учебой",
    r"объем\w*",
    r"счет|счете|счету|счетом",
    r"вперед",
    r"прием|приема|приеме|приему|приемом|приемы|приемов",
    r"во всем",
    r"\w*(?:глаш|дал|хран|вед|ключ|един|твержд)енн\w*",  # приглашённый, удалённый
    r"трех\w*|четырех\w*",
]
WRONG_E = re.compile(r"(?<!\w)(?:" + "|".join(WORDS_THAT_TAKE_YO) + r")(?!\w)", re.IGNORECASE)


@cache
def third_party_messages():
    """(msgctxt, msgid) of every message the libraries translate."""
    messages = set()
    for package in THIRD_PARTY_PACKAGES:
        root = Path(importlib.import_module(package).__file__).parent
        # Django's English catalogues list every msgid; the smaller libraries'
        # catalogues are read in every language, as some lag behind.
        language = "en" if package == "django" else "*"
        for path in root.glob(f"**/locale/{language}/LC_MESSAGES/*.po"):
            messages.update((entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)))
    return frozenset(messages)


def our_english_strings():
    """Our msgids, and the contexts that tell translators what they mean."""
    texts = set()
    for po_path in CATALOGUES:
        for entry in polib.pofile(str(po_path)):
            if entry.obsolete or (entry.msgctxt, entry.msgid) in third_party_messages():
                continue
            texts.update(filter(None, (entry.msgctxt, entry.msgid, entry.msgid_plural)))
    return sorted(texts)


def russian_translations():
    catalogue = polib.pofile(str(Path(settings.BASE_DIR, "locale/ru/LC_MESSAGES/django.po")))
    texts = []
    for entry in catalogue:
        if not entry.obsolete:
            texts.extend([entry.msgstr] if entry.msgstr else entry.msgstr_plural.values())
    return texts


def seed_texts(language):
    """Every `language` text of the content apps' seed.json files."""
    texts = []

    def collect(value):
        if isinstance(value, dict):
            if language in value and isinstance(value[language], str):
                texts.append(value[language])
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for seed in content_app_modules("seed"):
        path = Path(seed.__file__).parent / "seed.json"
        if path.exists():
            collect(json.loads(path.read_text(encoding="utf-8")))
    return texts


def test_the_third_party_msgids_are_found():
    # Without them every test below would wrongly pass or fail.
    rosettas = (
        "You haven't specified any languages in your settings file, "
        "or haven't yet generated a batch of translation catalogs."
    )

    assert (None, rosettas) in third_party_messages()
    assert (None, "Select all") in third_party_messages()


def test_english_interface_strings_use_typographic_apostrophes():
    straight = [text for text in our_english_strings() if STRAIGHT_APOSTROPHE.search(text)]

    assert straight == [], "write ’ (U+2019): department’s, don’t"


def test_english_interface_strings_quote_with_typographic_quotes():
    # Attribute quotes inside markup (<a href="...">) are HTML, not text.
    straight = [text for text in our_english_strings() if '"' in MARKUP.sub("", text)]

    assert straight == [], "write “ ” around quoted words"


def test_english_seed_content_uses_typographic_apostrophes_and_quotes():
    texts = seed_texts("en")
    straight = [text for text in texts if STRAIGHT_APOSTROPHE.search(text) or '"' in text]

    assert texts
    assert straight == []


@pytest.mark.parametrize(
    "text",
    ["The department's page", "our students' results", 'the "Confirm" button'],
)
def test_a_straight_apostrophe_or_quote_is_noticed(text):
    assert STRAIGHT_APOSTROPHE.search(text) or '"' in MARKUP.sub("", text)


def test_markup_quotes_and_typographic_apostrophes_are_not_noticed():
    text = 'The department’s <a href="%(url)s">page</a>'

    assert not STRAIGHT_APOSTROPHE.search(text)
    assert '"' not in MARKUP.sub("", text)


def test_russian_translations_write_yo_where_it_belongs():
    texts = russian_translations()
    wrong = [(WRONG_E.search(text).group(), text) for text in texts if WRONG_E.search(text)]

    assert texts
    assert wrong == [], "write ё: партнёр, ещё, её, отчёт"


def test_russian_seed_content_writes_yo_where_it_belongs():
    texts = seed_texts("ru")
    wrong = [(WRONG_E.search(text).group(), text) for text in texts if WRONG_E.search(text)]

    assert texts
    assert wrong == []


@pytest.mark.parametrize(
    "text",
    [
        "Партнеры",
        "вузами-партнерами",
        "ещё не подписано, еще не в силе",
        "проверьте ее",
        "годовой отчет",
        "учетная запись",
        "В конечном счете",
        "программ их приема",
        "приглашенных специалистов",
        "удаленные объекты",
        "Непереведенное содержимое",
        "Организации Объединенных Наций",
        "во всем мире",
        "при четырехкратном увеличении",
    ],
)
def test_a_russian_word_missing_its_yo_is_noticed(text):
    assert WRONG_E.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Все мероприятия отдела",
        "учебный процесс",
        "приемлемый срок",
        "Ничего не сохранено",
        "Эта форма уже была сохранена",
        "перед сохранением",
        "Партнёры и проекты",
        "всё ещё показан",
        "Удалено",
    ],
)
def test_russian_words_rightly_written_with_e_are_not_noticed(text):
    assert not WRONG_E.search(text)


def test_uzbek_seed_content_writes_oʻ_gʻ_and_the_tutuq_belgisi_with_its_own_letters():
    texts = seed_texts("uz")
    wrong = [text for text in texts if WRONG_UZBEK_APOSTROPHE.search(text) or '"' in text]

    assert texts
    assert wrong == []


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_translations_quote_with_the_languages_own_quotes(po_path):
    # “ ” or « », never ASCII quotes: those belong to markup only.
    wrong = []
    for entry in polib.pofile(str(po_path)):
        translations = [entry.msgstr] if entry.msgstr else entry.msgstr_plural.values()
        for text in translations:
            if "'" in MARKUP.sub("", text) or '"' in MARKUP.sub("", text):
                wrong.append(text)

    assert wrong == []
