from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language

from core.public import PAGE_NUMBER, public_page
from search.matching import Matches
from search.query import MAX_LENGTH, is_storable, search_text
from search.sources import search_sources

RESULTS_PER_PAGE = 10


# The query, stored only when a few plain words; the results' pages.
@public_page(query_parameters={"q": is_storable, "page": PAGE_NUMBER})
def search_results(request):
    """Results for ?q= in the page's language, ranked, ten a page (?page=)."""
    searched = search_text(request.GET.get("q", ""))
    context = {
        "searched": searched,
        "search_query": searched.text,
        "max_length": MAX_LENGTH,
        # No canonical address: results are for visitors, not for indexes.
        "noindex": True,
    }
    if searched:
        matches = Matches(search_sources(), searched, get_language())
        paginator = Paginator(matches, RESULTS_PER_PAGE)
        context["page"] = paginator.get_page(request.GET.get("page"))
        context["more_match"] = matches.truncated
    response = render(request, "search/results.html", context)
    # Results pages are for visitors, not for search engines' indexes.
    response["X-Robots-Tag"] = "noindex"
    return response
