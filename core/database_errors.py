"""Telling a database that is away from one that was merely busy.

A lock or a deadlock means another save held the rows: this save can be
shown again and retried. Only a failed connection is an outage.
"""

from django.db import InterfaceError, OperationalError

# PostgreSQL SQLSTATEs of a save that met another: deadlock_detected,
# lock_not_available, serialization_failure.
LOCK_CONFLICT_SQLSTATES = {"40P01", "55P03", "40001"}
SQLITE_LOCK_MESSAGES = ("database is locked", "database table is locked")


def is_lock_conflict(error):
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__
    sqlstate = getattr(cause, "pgcode", None) or getattr(cause, "sqlstate", None)
    if sqlstate in LOCK_CONFLICT_SQLSTATES:
        return True
    return any(message in str(error) for message in SQLITE_LOCK_MESSAGES)


def is_database_unavailable(error):
    """The database could not be reached or the connection broke."""
    if isinstance(error, InterfaceError):
        return True
    return isinstance(error, OperationalError) and not is_lock_conflict(error)
