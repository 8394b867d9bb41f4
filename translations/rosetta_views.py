"""Rosetta, the browser editor of interface strings, as we let Translators use it.

Rosetta's own views, with three changes:
- only our catalogues (its "project" filter), never Django's or a third
  party's (its other tabs lead back to ours), and paths inside the project,
  not on the server;
- a save is checked first (translations.catalogue_safety): a translation with
  markup or placeholders its source lacks is refused, naming the entry, and
  nothing is written;
- after a save we compile the .mo ourselves (ROSETTA_AUTO_COMPILE is off, so
  Rosetta never writes one unchecked) and move the catalogues and content
  versions: every worker serves the new text on its next request.
"""

import logging
import re
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from rosetta import views as rosetta

from core.content_version import mark_content_changed
from core.translated_text import fill_in
from translations.catalogue_safety import unsafe_entries
from translations.catalogue_version import mark_catalogues_changed
from translations.compilation import CatalogueRefused, compile_catalogue

logger = logging.getLogger(__name__)

OUR_CATALOGUES = "project"
# Rosetta's form names a translation m_<hash of the entry>, plural forms
# m_<hash>_<form index> (see rosetta.views.TranslationFormView.post).
SINGULAR_FIELD = re.compile(r"^m_([0-9a-f]+)$")
PLURAL_FIELD = re.compile(r"^m_([0-9a-f]+)_([0-9]+)$")


class OurCataloguesOnly:
    @cached_property
    def po_filter(self):
        if self.kwargs.get("po_filter") != OUR_CATALOGUES:
            raise Http404
        return OUR_CATALOGUES


class TranslationFileListView(OurCataloguesOnly, rosetta.TranslationFileListView):
    def get(self, request, *args, **kwargs):
        # Rosetta's page still offers its Third party / Django / All tabs.
        if kwargs.get("po_filter") != OUR_CATALOGUES:
            return HttpResponseRedirect(reverse("rosetta-file-list", args=[OUR_CATALOGUES]))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = [
            (code, name, [(app, _relative(path), po) for app, path, po in catalogues])
            for code, name, catalogues in context["languages"]
        ]
        return context


class TranslationFileDownload(OurCataloguesOnly, rosetta.TranslationFileDownload):
    pass


class TranslationFormView(OurCataloguesOnly, rosetta.TranslationFormView):
    def post(self, request, *args, **kwargs):
        submitted = self._submitted_translations(request.POST)
        # The whole catalogue as it would be written: a save also compiles
        # what a hand edit may have left in other entries.
        refused = unsafe_entries(self.po_file, submitted)
        if refused:
            for entry in refused:
                messages.error(
                    request,
                    fill_in(
                        _("Not saved: “%(entry)s”: %(fault)s. Nothing was written."),
                        {"entry": entry.name, "fault": entry.description},
                    ),
                )
            return HttpResponseRedirect(request.get_full_path())
        response = super().post(request, *args, **kwargs)
        if submitted and self.po_file_is_writable:
            self._publish(request)
        return response

    def _submitted_translations(self, form):
        """{entry: its translations as they would be saved}, read as Rosetta reads them."""
        submitted = {}
        for field_name, value in form.items():
            if match := PLURAL_FIELD.match(field_name):
                entry_hash, plural_form = match[1], int(match[2])
            elif match := SINGULAR_FIELD.match(field_name):
                entry_hash, plural_form = match[1], None
            else:
                continue
            entry = self.po_file.find(entry_hash, "md5hash")
            if entry is None:
                continue
            forms = submitted.setdefault(
                entry, dict(entry.msgstr_plural) if entry.msgid_plural else {None: entry.msgstr}
            )
            if plural_form is None:
                forms[None] = self.fix_nls(entry.msgid, value)
            else:
                forms[plural_form] = self.fix_nls(entry.msgid_plural, value)
        return submitted

    def _publish(self, request):
        try:
            compile_catalogue(self.po_file_path)
        except CatalogueRefused as refusal:
            logger.error("Rosetta save not compiled: %s", refusal)
            messages.error(
                request, _("Saved, but not yet live: the catalogue could not be compiled.")
            )
            return
        # Catalogues first: a worker that sees the new content version must
        # already see the new catalogues, or it would cache an old page anew.
        mark_catalogues_changed()
        mark_content_changed()
        logger.info("%s saved %s", request.user.get_username(), _relative(self.po_file_path))
        messages.success(request, _("Saved. The change is live on the site now, on every page."))


def log_entry_change(sender, user, old_msgstr, language_code, **_signal_arguments):
    """Who changed which interface string, for the record (Rosetta's entry_changed)."""
    new = dict(sender.msgstr_plural) if sender.msgid_plural else sender.msgstr
    logger.info(
        "%s changed %s translation of %r: %r -> %r",
        user.get_username(),
        language_code,
        sender.msgid,
        old_msgstr,
        new,
    )


def _relative(path):
    """locale/uz/LC_MESSAGES/django.po, not where the server keeps it."""
    try:
        return str(Path(path).resolve().relative_to(Path(settings.BASE_DIR).resolve()))
    except ValueError:
        return str(Path(*Path(path).parts[-4:]))
