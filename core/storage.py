"""Media storage that leaves no partial file behind when the disk is full."""

import errno
import os

from django.core.files.storage import FileSystemStorage


class MediaFullError(OSError):
    """The media disk could not take a file; nothing of it was kept."""


class CleanFileSystemStorage(FileSystemStorage):
    def _save(self, name, content):
        path = self.path(name)
        existed = os.path.exists(path)
        try:
            return super()._save(name, content)
        except OSError as error:
            if error.errno not in (errno.ENOSPC, errno.EDQUOT):
                raise
            # Django leaves whatever it had written; never touch a file that
            # was there before (Django then wrote under another name).
            if not existed and os.path.exists(path):
                os.remove(path)
            raise MediaFullError(error.errno, error.strerror or str(error)) from error
