"""What a model's text is, as PostgreSQL full-text search reads it.

A searchable model is decorated, in its models.py, with the text visitors
read and its weights, A (titles) to D:

    from search.indexes import search_indexes, searchable

    @searchable({"title": "A", "summary": "B", "description": "C"})
    class Project(models.Model):
        ...
        class Meta:
            indexes = search_indexes("project")

That adds, per language, a column `search_document_<language>` that
PostgreSQL computes and stores itself on every write (a generated column,
so bulk updates keep it right too), and Meta.indexes a GIN index over each,
named `<prefix>_search_<language>`; makemigrations writes them into the
app's own migrations. The column holds the `to_tsvector` of each translated
field in the language's own column or, where that is empty, the column
modeltranslation falls back to (so a Russian visitor finds the Uzbek text
a Russian page shows), in that language's text-search configuration.

Why stored, not an expression index: ranking needs each match's vector,
and recomputing it (0.2 to 0.5 ms per project of 150 words) made a search
matching most of 10,000 projects take seconds; read from a column it takes
microseconds (bench/search_bench.py). The columns are left out of
serialisation (versions, fixtures) and of the admin's conflict check.

On another database (SQLite in development) the column is always empty and
the index is not created: the search there is a plain `icontains`
(search.matching).
"""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db.models import F, GeneratedField, TextField, Value
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


class SearchDocumentField(GeneratedField):
    """`document(weighted_fields, languages)`, stored by PostgreSQL; empty elsewhere."""

    def __init__(self, *, weighted_fields, languages, **kwargs):
        self.weighted_fields = dict(weighted_fields)
        self.languages = tuple(languages)
        for computed in ("expression", "output_field", "db_persist", "serialize", "null"):
            kwargs.pop(computed, None)
        super().__init__(
            expression=document(self.weighted_fields, self.languages),
            output_field=SearchVectorField(),
            db_persist=True,
            # Versions and fixtures hold what staff wrote, not what follows from it.
            serialize=False,
            # NOT NULL also makes SQLite rebuild the table to add the column
            # (it cannot add a stored column to a table in place).
            null=False,
            **kwargs,
        )

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        for computed in ("expression", "output_field", "db_persist", "serialize", "null"):
            kwargs.pop(computed, None)
        kwargs["weighted_fields"] = self.weighted_fields
        kwargs["languages"] = self.languages
        return name, f"{__name__}.{self.__class__.__name__}", args, kwargs

    def generated_sql(self, connection):
        if connection.vendor != "postgresql":
            return "''", []
        return super().generated_sql(connection)


class SearchIndex(GinIndex):
    """A GIN index; PostgreSQL only. On another database it creates and
    drops nothing (an SQL comment stands in, so migrations and SQLite's
    table rebuilds run through it unchanged)."""

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor != "postgresql":
            return NOT_ON_THIS_DATABASE
        return super().create_sql(model, schema_editor, using=using, **kwargs)

    def remove_sql(self, model, schema_editor, **kwargs):
        if schema_editor.connection.vendor != "postgresql":
            return NOT_ON_THIS_DATABASE
        return super().remove_sql(model, schema_editor, **kwargs)


NOT_ON_THIS_DATABASE = "-- full-text search indexes exist on PostgreSQL only"


def document_field_name(language):
    return f"search_document_{language}"


def searchable(weighted_fields):
    """Class decorator: the model's search document in each language (see
    the module docstring), and `Model.SEARCHED_FIELDS`."""

    def decorate(model):
        model.SEARCHED_FIELDS = dict(weighted_fields)
        for code, _name in settings.LANGUAGES:
            field = SearchDocumentField(
                weighted_fields=weighted_fields,
                languages=reading_order(code),
                verbose_name=f"search document ({code})",
            )
            model.add_to_class(document_field_name(code), field)
        return model

    return decorate


def search_indexes(prefix):
    """For the model's Meta.indexes: a GIN index on each language's
    document, named `<prefix>_search_<language>`."""
    return [
        SearchIndex(fields=[document_field_name(code)], name=f"{prefix}_search_{code}")
        for code, _name in settings.LANGUAGES
    ]
