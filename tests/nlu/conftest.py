from __future__ import annotations

from collections.abc import Iterator

import pytest

import nlu
from nlu.types import Classifier


@pytest.fixture(scope="session")
def classifier() -> Iterator[Classifier]:
    yield nlu.load()
