"""Finding what matches a search, ranked, a page at a time.

Every source (search.sources) is asked with the same few queries whatever
the number of matches: one finds each source's newest matches (at most
RANKED_PER_SOURCE), one ranks those of all sources at once and takes the
page's (source, pk, rank) rows, and one per source present on the page
loads its objects with the text to show. On PostgreSQL a source matches
through its stored full-text document in the page's language
(search.indexes, GIN-indexed) and is ranked with ts_rank; elsewhere each
word must occur in one of its fields (icontains: on SQLite, letters outside
ASCII match in their own case only), titles first. Equal ranks list the
newer first.
"""

from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, F, FloatField, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Concat

from search.highlight import MARK_END, MARK_START, excerpt, from_headline, marked_words
from search.indexes import document_field_name, shown_text, text_search_configuration

# Of each source, the newest this many matches are ranked and paged through.
# Ranking reads each candidate's document: for a word on thousands of pages
# that alone took hundreds of milliseconds (bench/search_bench.py), and
# nobody pages past the twentieth page of results; a visitor who sees
# "more match" adds a word.
RANKED_PER_SOURCE = 100
DOCUMENT_FIELDS = [document_field_name(code) for code, _name in settings.LANGUAGES]


@dataclass
class Result:
    label: object
    url: str
    title: str
    excerpt: str


def is_full_text():
    return connection.vendor == "postgresql"


class Matches:
    """The ranked results of `search_text` in `language`, as a paginator reads them."""

    def __init__(self, sources, search_text, language):
        self.sources = sources
        self.search_text = search_text
        self.language = language
        matching = FullTextMatching if is_full_text() else PlainMatching
        self.matching = matching(search_text, language)
        self._candidates = None
        self.truncated = False

    def _newest_matches(self, index, source):
        """The pks of the source's newest matches, marked with its index."""
        newest = (
            self.matching.filter(source, source.queryset().order_by())
            .order_by(*source.newest_first)
            .values("pk")[:RANKED_PER_SOURCE]
        )
        return (
            source.queryset()
            .order_by()
            .filter(pk__in=newest)
            .annotate(search_source=Value(index, output_field=IntegerField()))
            .values_list("search_source", "pk")
        )

    def candidates(self):
        """{source index: [pk]}: what is ranked, found once for counting and ranking."""
        if self._candidates is None:
            found = {}
            matched = _union(
                self._newest_matches(index, source) for index, source in enumerate(self.sources)
            )
            for index, pk in matched if matched is not None else []:
                found.setdefault(index, []).append(pk)
            # As many as are ranked: more may match (one more would be
            # cheap to ask for, but not which one it was to leave out).
            self.truncated = any(len(pks) >= RANKED_PER_SOURCE for pks in found.values())
            self._candidates = found
        return self._candidates

    def counts(self):
        """[(source, number of results listed)] in the sources' order."""
        return [
            (source, len(self.candidates().get(index, [])))
            for index, source in enumerate(self.sources)
        ]

    def count(self):
        return sum(number for _source, number in self.counts())

    def __len__(self):
        return self.count()

    def __getitem__(self, page):
        """The Results of a slice of the ranking (a paginator asks for one page)."""
        ranked = _union(
            self.matching.ranked(
                source,
                source.queryset()
                .order_by()
                .filter(pk__in=self.candidates()[index])
                .annotate(search_source=Value(index, output_field=IntegerField())),
            ).values_list("search_source", "pk", "search_rank")
            for index, source in enumerate(self.sources)
            if index in self.candidates()
        )
        if ranked is None:
            return []
        rows = list(ranked.order_by("-search_rank", "search_source", "-pk")[page])
        wanted = {}
        for index, pk, _rank in rows:
            wanted.setdefault(index, []).append(pk)
        loaded = {}
        for index, pks in wanted.items():
            source = self.sources[index]
            # The stored search documents are long, and not shown.
            shown = source.queryset().filter(pk__in=pks).defer(*DOCUMENT_FIELDS)
            objects = self.matching.shown(source, shown)
            for obj in objects:
                loaded[index, obj.pk] = self.matching.result(source, obj)
        return [loaded[index, pk] for index, pk, _rank in rows if (index, pk) in loaded]


def _union(querysets):
    querysets = list(querysets)
    if not querysets:
        return None
    return querysets[0].union(*querysets[1:], all=True)


class FullTextMatching:
    """PostgreSQL: websearch_to_tsquery against each source's indexed document."""

    def __init__(self, search_text, language):
        self.language = language
        self.config = text_search_configuration(language)
        self.query = SearchQuery(search_text.text, config=self.config, search_type="websearch")
        self.document = document_field_name(language)

    def filter(self, source, queryset):
        return queryset.filter(**{self.document: self.query})

    def ranked(self, source, queryset):
        return queryset.annotate(search_rank=SearchRank(F(self.document), self.query))

    def _headline(self, expression, **options):
        return SearchHeadline(
            expression,
            self.query,
            config=self.config,
            start_sel=MARK_START,
            stop_sel=MARK_END,
            **options,
        )

    def shown(self, source, queryset):
        annotations = {
            "search_title": self._headline(
                shown_text(source.title_field, self.language), highlight_all=True
            )
        }
        if source.excerpt_fields:
            texts = [shown_text(field, self.language) for field in source.excerpt_fields]
            joined = reduce(
                lambda left, right: Concat(left, Value(" "), right, output_field=TextField()),
                texts,
            )
            annotations["search_excerpt"] = self._headline(
                joined, max_words=35, min_words=15, max_fragments=2, fragment_delimiter=" … "
            )
        return queryset.annotate(**annotations)

    def result(self, source, obj):
        return Result(
            label=source.label,
            url=source.url(obj),
            title=from_headline(obj.search_title),
            excerpt=from_headline(getattr(obj, "search_excerpt", "")),
        )


class PlainMatching:
    """Any other database: every word in one of the source's fields."""

    def __init__(self, search_text, language):
        self.language = language
        self.words = search_text.words

    def _texts(self, source):
        return {
            f"search_text_{field}": shown_text(field, self.language)
            for field in source.weighted_fields
        }

    def filter(self, source, queryset):
        texts = self._texts(source)
        each_word = [
            reduce(or_, (Q(**{f"{name}__icontains": word}) for name in texts))
            for word in self.words
        ]
        return queryset.alias(**texts).filter(reduce(and_, each_word))

    def ranked(self, source, queryset):
        # A match in the title ranks above one only in the text.
        title = f"search_text_{source.title_field}"
        in_title = reduce(and_, (Q(**{f"{title}__icontains": word}) for word in self.words))
        return queryset.alias(**self._texts(source)).annotate(
            search_rank=Case(
                When(in_title, then=Value(1.0)), default=Value(0.5), output_field=FloatField()
            )
        )

    def shown(self, source, queryset):
        return queryset

    def result(self, source, obj):
        text = " ".join(getattr(obj, field) or "" for field in source.excerpt_fields)
        return Result(
            label=source.label,
            url=source.url(obj),
            title=marked_words(getattr(obj, source.title_field), self.words),
            excerpt=excerpt(text, self.words) if text.strip() else "",
        )
