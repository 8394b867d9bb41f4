"""Where each translated model's text shows on the public site.

The translation workflow asks, never imports, the content apps: each app
declares in its translation.py, beside modeltranslation's registration,
which public pages show a model's text and where staff edit it:

    @public_pages(Partner)
    class PartnerPages(PublicPages):
        list_pages = ["partners:list"]
        own_page = True

        def is_public(self, partner):
            return partner.is_active

A translated model that declares nothing shows on no public page and is
edited on its own admin form.
"""

from django.urls import reverse


class PublicPages:
    # URL names of the pages that list every public object of the model.
    list_pages = ()
    # Whether the object's get_absolute_url() shows its text.
    own_page = False
    # The field naming the parent whose admin form edits this model inline.
    edited_on = None
    # What pages() and the admin link read, loaded with the objects.
    related = ()

    def is_public(self, obj):
        return True

    def pages(self, obj):
        """The paths of the public pages that show `obj`'s text, in the active language."""
        if self.edited_on:
            parent = getattr(obj, self.edited_on)
            return pages_of(type(parent)).pages(parent)
        if not self.is_public(obj):
            return []
        pages = [reverse(name) for name in self.list_pages]
        if self.own_page:
            pages.append(obj.get_absolute_url())
        return pages

    def select_related(self):
        return [*self.related, *([self.edited_on] if self.edited_on else [])]


_declared = {}


def public_pages(model):
    """Class decorator: declare `model`'s PublicPages."""

    def declare(pages_class):
        _declared[model] = pages_class()
        return pages_class

    return declare


def pages_of(model):
    return _declared.get(model) or PublicPages()
