"""What is searched of what a visitor types, and which searches are stored."""

import pytest

from search.query import MAX_LENGTH, is_storable, search_text


def test_white_space_and_control_characters_are_collapsed():
    searched = search_text("  opera\x00\tand\u200bballet \n")

    assert searched.text == "opera and ballet"
    assert searched.words == ["opera", "and", "ballet"]


def test_query_syntax_is_not_a_word():
    assert search_text("&|!():* <>").words == []
    assert not search_text("&|!():*")


def test_uzbek_words_keep_their_apostrophe_letters():
    assert search_text("oʻzbek sanʼati").words == ["oʻzbek", "sanʼati"]


def test_long_text_is_cut_at_a_word_and_marked_shortened():
    searched = search_text("opera " * 100)

    assert searched.shortened
    assert len(searched.text) <= MAX_LENGTH
    assert searched.text.endswith("opera")


def test_kilobytes_of_spaces_still_count_as_shortened():
    searched = search_text("opera" + " " * 5000 + "ballet")

    assert searched.text == "opera"
    assert searched.shortened


def test_short_text_is_not_shortened():
    assert not search_text("opera").shortened


@pytest.mark.parametrize(
    "value", ["opera", "Seoul opera", "oʻzbek sanʼati", "UzDOC 2", "co-operation"]
)
def test_plain_searches_are_stored(value):
    assert is_storable(value)


@pytest.mark.parametrize(
    "value",
    ["", " opera", "opera ", "opera  ballet", "<b>", "a&b", "x" * 61, "opera\x00", "a:*"],
)
def test_other_searches_are_not_stored(value):
    assert not is_storable(value)
