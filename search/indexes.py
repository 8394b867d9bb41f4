"""What a model's text is, as PostgreSQL full-text search reads it.

A searchable model declares in its Meta one GIN index per language over
the text a visitor of that language reads:

    from search.indexes import search_indexes

    class Meta:
        indexes = search_indexes("programs_project", {"title": "A", "summary": "B"})

Each index is over an expression: `to_tsvector` of each translated field
in the language's own column, or, where that is empty, the column
modeltranslation falls back to (so a Russian visitor finds the Uzbek text
a Russian page shows), weighted A (titles) to D. The search runs the very
same expression (`document`), which is how PostgreSQL knows to use the
index. On another database (SQLite in development) the indexes are not
created: the search there is a plain `icontains` (search.matching).
"""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db.models import F, TextField, Value
from django.db.models.functions import Coalesce, NullIf

# PostgreSQL's text-search configuration for each language: stemming and
# stop words for Russian and English; PostgreSQL has none for Uzbek, whose
# words are then matched whole, lower-cased.
TEXT_SEARCH_CONFIGURATIONS = {"uz": "simple", "ru": "russian", "en": "english"}


def text_search_configuration(language):
    return TEXT_SEARCH_CONFIGURATIONS.get(language, "simple")


def reading_order(language):
    """`language`, then the languages its pages fall back to, in order."""
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    chain = fallbacks.get(language, fallbacks["default"])
    return (language, *(code for code in chain if code != language))


def shown_text(field, language):
    """The text of translated `field` a page in `language` shows: its own
    column, or the first non-empty one of the languages it falls back to."""
    return _first_filled(field, reading_order(language))


def _first_filled(field, languages):
    columns = [f"{field}_{code}" for code in languages]
    text = TextField()
    return Coalesce(
        *(NullIf(F(column), Value(""), output_field=text) for column in columns),
        Value(""),
        output_field=text,
    )


def document(weighted_fields, languages):
    """The tsvector of a model's text as read in `languages` (the page's
    language and its fallbacks, as reading_order gives them), with
    `weighted_fields` {field: weight}. The fields go in a fixed order, so an
    index built from a migration (which sorts the dict) is the same
    expression as the one a search runs."""
    config = text_search_configuration(languages[0])
    vectors = [
        SearchVector(_first_filled(field, languages), config=config, weight=weight)
        for field, weight in sorted(weighted_fields.items(), key=lambda item: (item[1], item[0]))
    ]
    combined = vectors[0]
    for vector in vectors[1:]:
        combined = combined + vector
    return combined


class SearchIndex(GinIndex):
    """A GIN index over `document(weighted_fields, languages)`; PostgreSQL only.

    The languages are part of the index, so a change to the fallback
    settings makes a migration. On another database it creates and drops
    nothing (an SQL comment stands in, so migrations and SQLite's table
    rebuilds run through it unchanged).
    """

    def __init__(self, *, weighted_fields, languages, name):
        self.weighted_fields = dict(weighted_fields)
        self.languages = tuple(languages)
        super().__init__(document(self.weighted_fields, self.languages), name=name)

    def deconstruct(self):
        path = f"{self.__class__.__module__}.{self.__class__.__name__}"
        kwargs = {
            "weighted_fields": self.weighted_fields,
            "languages": self.languages,
            "name": self.name,
        }
        return path, (), kwargs

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor != "postgresql":
            return NOT_ON_THIS_DATABASE
        return super().create_sql(model, schema_editor, using=using, **kwargs)

    def remove_sql(self, model, schema_editor, **kwargs):
        if schema_editor.connection.vendor != "postgresql":
            return NOT_ON_THIS_DATABASE
        return super().remove_sql(model, schema_editor, **kwargs)


NOT_ON_THIS_DATABASE = "-- full-text search indexes exist on PostgreSQL only"


def search_indexes(prefix, weighted_fields):
    """One SearchIndex per language, named `<prefix>_search_<language>`."""
    return [
        SearchIndex(
            weighted_fields=weighted_fields,
            languages=reading_order(code),
            name=f"{prefix}_search_{code}",
        )
        for code, _name in settings.LANGUAGES
    ]
