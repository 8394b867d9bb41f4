"""Agreements with partner institutions: their lifecycle, signed scans,
expiry alerts and the yearly report.

A separate app rather than a part of `partners`: a partner is the
institution (its name, country, logo and page); an agreement is a document
with a life of its own (signed, in force, expiring, expired), any number per
partner, a private file that only some staff may open, its own permissions,
an alert command and a yearly report for the rector. Kept apart, the
partners app stays what visitors read, and everything about documents,
dates and who may see a scan lives here. Partners only asks, through
QuerySet methods on its own models, which agreements are in force.
"""
