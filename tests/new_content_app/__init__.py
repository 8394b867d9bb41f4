"""A content app as a developer would add one: events, with one page each.

It exists to prove that adding a content app touches only the app,
INSTALLED_APPS and the root URLconf (settings.py and root_urls.py here
stand in for those two edits): the staff groups, the sitemap, the seed
loader and the translation status pick it up by themselves.
"""
