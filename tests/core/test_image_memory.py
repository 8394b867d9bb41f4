"""An upload, accepted or refused, cannot exhaust a worker's memory."""

import pytest

from tests.core.image_memory import WORST_ACCEPTED, measure, write_case


@pytest.mark.parametrize(
    "case",
    [
        WORST_ACCEPTED,
        "1×60000 PNG",
        "12 MP WebP, RGBA",
        "40 MP WebP, RGBA",
    ],
)
def test_upload_grows_a_worker_by_under_300_megabytes(tmp_path, case):
    result = measure(write_case(case, tmp_path))

    assert result["growth_mb"] < 300
