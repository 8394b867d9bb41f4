"""Matched words in <mark>, everything else escaped."""

from search.highlight import MARK_END, MARK_START, excerpt, from_headline, marked_words


def test_headline_markers_become_marks_and_the_rest_is_escaped():
    headline = f"<b>Art</b> & {MARK_START}Opera{MARK_END}"

    assert from_headline(headline) == "&lt;b&gt;Art&lt;/b&gt; &amp; <mark>Opera</mark>"


def test_stray_markers_never_leave_a_mark_open_or_unmatched():
    assert from_headline(f"{MARK_END}a{MARK_START}b") == "a<mark>b</mark>"
    assert from_headline(None) == ""


def test_words_are_marked_in_any_case_and_the_text_escaped():
    html = marked_words("Opera & <OPERA> house", ["opera"])

    assert html == "<mark>Opera</mark> &amp; &lt;<mark>OPERA</mark>&gt; house"


def test_cyrillic_words_are_marked_whatever_their_case():
    assert marked_words("Опера и балет", ["опера"]) == "<mark>Опера</mark> и балет"


def test_a_word_that_looks_like_markup_is_only_text():
    assert marked_words("a <mark> b", ["<mark>"]) == "a <mark>&lt;mark&gt;</mark> b"


def test_excerpt_is_cut_around_the_first_match():
    text = "word " * 100 + "opera " + "word " * 100

    html = excerpt(text, ["opera"], length=60)

    assert html.startswith("… ")
    assert html.endswith(" …")
    assert "<mark>opera</mark>" in html
    assert len(html) < 120
