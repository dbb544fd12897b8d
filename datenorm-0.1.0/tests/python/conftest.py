"""Shared by the binding's tests (tests/python/): the pinned reference instant, and the
checks that the package under test is the build tree's, not an installed copy.

tests/python.test runs pytest with PYTHONPATH set to the build's python/stage, where the
package's .py files and the built extension sit side by side.
"""
import os

import pytest

import datenorm

# The instant every test pins, as SQLite's tests pin the current time (tests/suites.h has
# the same): a Thursday.
NOW = "2026-11-26T12:00:00Z"
NOW_UNIX = 1795694400


def pytest_report_header(config):
    return "datenorm %s (ICU %s) from %s" % (datenorm.__version__, datenorm.icu_version(),
                                               os.path.dirname(datenorm.__file__))


@pytest.fixture(scope="session")
def parser():
    return datenorm.Parser()
