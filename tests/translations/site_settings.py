"""The site's settings, with the catalogues in a copy a test may write to.

For tests that run the site in other processes (gunicorn, the entrypoint):
LOCALE_PATHS is TEST_LOCALE_PATH, and Rosetta is left no way to the
repository's own locale/.
"""

import os
from pathlib import Path

from iro_site.settings import *  # noqa: F403
from iro_site.settings import BASE_DIR

LOCALE_PATHS = [Path(os.environ["TEST_LOCALE_PATH"])]
ROSETTA_EXCLUDED_PATHS = [str(BASE_DIR / "locale")]
