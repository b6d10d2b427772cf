"""Fixtures of the NLP tests: one pipeline per test session (loading the model takes a second)."""

from __future__ import annotations

import pytest
from newsgraph.ingest.nlp.extract import Extractor
from newsgraph.ingest.nlp.knowledge import Knowledge, load_knowledge
from spacy.language import Language


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def rules_extractor() -> Extractor:
    """The rules alone, where a test is about one rule and the model may find the same name by itself."""
    return Extractor(recogniser="rules")


@pytest.fixture(scope="session")
def nlp(extractor: Extractor) -> Language:
    return extractor.nlp


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load_knowledge()
