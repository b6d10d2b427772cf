"""One vocabulary for readers, in Chinese and English: the explorer and the digest say the same words.

The words are data (``vocabulary.yaml``): groups of keys, each key with its ``zh`` and ``en``
text (a test checks that every key has both, with the same ``{placeholders}``). Two kinds of
groups:

- sentences and labels of the pages and the digest (``app.*``, ``entity.*``, ``digest.*`` ...),
  looked up with ``words("entity.titles")``;
- the readers' words for the graph's raw values (``modality.rumored``, ``status.filed``,
  ``relationship.HOLDS_ROLE``, ``label.Person``), looked up with ``words.value("modality", raw)``,
  which falls back to the raw value when the vocabulary has no word for it (a type added
  from another folder still shows).

Names of event types, of their participant roles and the headline templates come from the
event type files (:mod:`newsgraph.ingest.event_types`), which already hold them in both
languages. Analysts keep the raw values: the Cypher console, CSV downloads and exports never
go through this module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from newsgraph.graph.queries import SHOWN_CONFIDENCE
from newsgraph.ingest.event_types import LANGUAGES, event_types

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.yaml")
#: The readers' language when nobody chose one: the news and most readers are Chinese.
DEFAULT_LANGUAGE = "zh"
#: Confidence from this value up reads "high"; from :data:`SHOWN_CONFIDENCE` up "medium"; below, "low".
HIGH_CONFIDENCE = 0.8
#: How a headline joins several names of one role, per language.
NAME_JOINERS = {"zh": "、", "en": ", "}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class VocabularyError(ValueError):
    """The vocabulary file lacks a language for a key, or its languages disagree on placeholders."""


@cache
def entries() -> dict[str, dict[str, str]]:
    """Every key (``group.key``) with its text per language, checked once per process."""
    data: dict[str, dict[str, Any]] = yaml.safe_load(VOCABULARY_FILE.read_text(encoding="utf-8"))
    flat = {f"{group}.{key}": texts for group, keys in data.items() for key, texts in keys.items()}
    for key, texts in flat.items():
        problem = entry_problem(texts)
        if problem:
            raise VocabularyError(f"{VOCABULARY_FILE.name}: {key}: {problem}")
    return flat


def entry_problem(texts: object) -> str | None:
    """What is wrong with one key's texts, or None: each language present, non-empty, same placeholders."""
    if not isinstance(texts, dict) or set(texts) != set(LANGUAGES):
        return f"needs exactly the languages {', '.join(LANGUAGES)}"
    if not all(isinstance(t, str) and t.strip() for t in texts.values()):
        return "a text is empty"
    placeholders = {lang: sorted(_PLACEHOLDER.findall(text)) for lang, text in texts.items()}
    if len({tuple(p) for p in placeholders.values()}) > 1:
        return f"the languages name different placeholders: {placeholders}"
    return None


def confidence_band(value: float | None) -> str:
    """``high``, ``medium`` or ``low``: the words readers get instead of 0.571."""
    if value is None:
        return "low"
    if value >= HIGH_CONFIDENCE:
        return "high"
    return "medium" if value >= SHOWN_CONFIDENCE else "low"


@dataclass(frozen=True)
class Words:
    """The vocabulary in one language: ``words("key", name=...)``, ``words.value(group, raw)``."""

    lang: str

    def __call__(self, key: str, **values: object) -> str:
        return entries()[key][self.lang].format(**values)

    @property
    def joiner(self) -> str:
        """How names in a list are joined: 、 in Chinese, a comma in English."""
        return NAME_JOINERS[self.lang]

    def value(self, group: str, raw: object) -> str:
        """The readers' word for a raw graph value (the value itself when there is none; '' for None)."""
        if raw in (None, ""):
            return ""
        known = entries().get(f"{group}.{raw}")
        return known[self.lang] if known else str(raw)

    def confidence(self, value: float | None) -> str:
        return self.value("confidence", confidence_band(value))

    def type_title(self, event_type: str) -> str:
        """The readers' name of an event type (the name itself for a type this process does not know)."""
        known = event_types().types.get(event_type)
        return known.title[self.lang] if known else event_type

    def role_title(self, event_type: str, role: str) -> str:
        known = event_types().types.get(event_type)
        return known.role_title(role, self.lang) if known else role

    def headline(self, event_type: str, names: Mapping[str, Sequence[str]], values: Mapping[str, Any]) -> str:
        """``颜水成 离开 依图科技，加入 雪湖科技``: the type's headline template filled in.

        ``names`` holds the participants' names by role, ``values`` the event's value slots
        (``role``, ``amount``, ``round``...). A type this process does not know reads as its
        name followed by the names.
        """
        known = event_types().types.get(event_type)
        joiner = NAME_JOINERS[self.lang]
        if known is None:
            return f"{event_type}: {joiner.join(n for ns in names.values() for n in ns)}"
        filled = {k: str(v) for k, v in values.items() if v not in (None, "")}
        for slot in known.entity_slots:
            filled[slot.name] = joiner.join(names.get(slot.role, ()))
        return known.headline[self.lang].render(filled, self("common.unknown"))


def words(lang: str | None = None) -> Words:
    """The vocabulary in ``lang`` (the default language for None or a language it does not have)."""
    return Words(lang if lang in LANGUAGES else DEFAULT_LANGUAGE)
