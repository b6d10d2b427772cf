"""Fixtures for the event tests: the real NLP pipeline, built once, and a reader of its events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from newsgraph.ingest.nlp.extract import Extractor
from newsgraph.ingest.records import Event, Extraction

#: Publication date of the test articles (a Wednesday).
PUBLISHED = date(2024, 3, 20)


@dataclass(slots=True)
class Read:
    """What the pipeline read from one text, with entity ids turned back into names for assertions."""

    text: str
    extraction: Extraction

    @property
    def events(self) -> list[Event]:
        return self.extraction.events

    def name(self, entity_id: str | None) -> str | None:
        if entity_id is None:
            return None
        return next((e.name for e in self.extraction.entities if e.id == entity_id), entity_id)

    def names(self, entity_ids: list[str]) -> list[str]:
        return [self.name(i) or "" for i in entity_ids]

    def of_type(self, event_type: str) -> list[Event]:
        return [e for e in self.events if e.type == event_type]

    def one(self, event_type: str) -> Event:
        found = self.of_type(event_type)
        assert len(found) == 1, f"expected one {event_type} event in {self.text!r}, got {found}"
        return found[0]


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def read(extractor: Extractor) -> Callable[..., Read]:
    """Run the full pipeline (entities, roles, events) over one text."""

    def run(text: str, published: date | None = PUBLISHED) -> Read:
        return Read(text, extractor.extract(text, "test-doc", published))

    return run
