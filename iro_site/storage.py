"""Media storage that leaves no partial file behind when a write fails."""

import os

from django.core.files.storage import FileSystemStorage


class MediaFullError(OSError):
    """The media disk could not take a file; nothing of it was kept."""


class CleanFileSystemStorage(FileSystemStorage):
    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except OSError as error:
            # Django leaves whatever was written so far (a full disk, say).
            partial = self.path(name)
            if os.path.exists(partial):
                os.remove(partial)
            raise MediaFullError(error.errno, error.strerror or str(error)) from error
