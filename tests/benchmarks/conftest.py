import logging

import pytest


@pytest.fixture(autouse=True)
def _only_the_tables():
    """Benchmarks print their tables and nothing else: no "Page created" lines from
    Wagtail's logging while the data is built."""
    logging.disable(logging.INFO)
    yield
    logging.disable(logging.NOTSET)
