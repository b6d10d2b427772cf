"""The domain knowledge the entity and role components read, loaded once and validated.

Everything comes from YAML files under ``ingest/data`` checked against their
JSON Schemas (:mod:`ingest.datafiles`): known companies and organisations
with their aliases, titles, organisation suffixes, words referring back to
an organisation, name heuristics and money words. Lookups are built in
Simplified form because the NLP doc's text is the Simplified twin of the
article, so 依圖 and 依图 find the same entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ingest.datafiles import load_data_file
from ingest.gazetteer import Gazetteer
from ingest.scripts import normalise_width, to_simplified


def simplified_key(text: str) -> str:
    """The form of a name used for lookups: half-width, Simplified, trimmed."""
    return to_simplified(normalise_width(text)).strip()


@dataclass(frozen=True, slots=True)
class KnownEntity:
    """A company, organisation, regulator or exchange from companies.yaml."""

    id: str
    label: str
    name: str
    name_en: str = ""
    aliases: tuple[str, ...] = ()
    tickers: tuple[str, ...] = ()
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class OrgSuffix:
    label: str
    descriptive: bool


@dataclass(frozen=True, slots=True)
class Reference:
    """A word such as 该公司 that points back to an earlier organisation."""

    text: str
    labels: frozenset[str]
    standalone: bool
    requires_suffix: str | None = None


@dataclass(slots=True)
class Knowledge:
    """All lookups used by the pipeline, each built once per process."""

    entities: dict[str, KnownEntity]
    entity_names: Gazetteer[str]
    titles: Gazetteer[str]
    title_prefixes: tuple[str, ...]
    suffixes: dict[str, OrgSuffix]
    legal_forms: tuple[str, ...]
    references: dict[str, Reference]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    never_in_name: frozenset[str]
    money: re.Pattern[str]
    _suffix_lengths: tuple[int, ...] = field(default=())

    def __post_init__(self) -> None:
        self._suffix_lengths = tuple(sorted({len(s) for s in self.suffixes}, reverse=True))

    def suffix_of(self, name: str) -> tuple[str, OrgSuffix] | None:
        """The longest organisation suffix ``name`` ends with (but is not only)."""
        for length in self._suffix_lengths:
            if len(name) > length and name[-length:] in self.suffixes:
                return name[-length:], self.suffixes[name[-length:]]
        return None

    def strip_legal_form(self, name: str) -> str:
        """``name`` without a trailing legal form (有限公司, Inc.)."""
        for form in self.legal_forms:
            if len(name) > len(form) and name.lower().endswith(form.lower()):
                return name[: -len(form)].rstrip(" ,")
        return name

    def core_name(self, name: str) -> str:
        """``name`` without legal forms and descriptive suffixes: 依图科技有限公司 -> 依图.

        Used as the key that joins long and short forms of one organisation.
        """
        previous = None
        while previous != name:
            previous = name
            name = self.strip_legal_form(name)
            found = self.suffix_of(name)
            if found and found[1].descriptive and len(name) - len(found[0]) >= 2:
                name = name[: -len(found[0])]
        return name


@cache
def load_knowledge() -> Knowledge:
    """The validated knowledge of ``ingest/data``, loaded once per process."""
    entities = _known_entities(load_data_file("companies"))
    titles, prefixes = _titles(load_data_file("titles"))
    suffix_data = load_data_file("org_suffixes")
    names = load_data_file("person_names")
    return Knowledge(
        entities=entities,
        entity_names=Gazetteer(_entity_aliases(entities)),
        titles=Gazetteer(titles),
        title_prefixes=prefixes,
        suffixes={s["suffix"]: OrgSuffix(s["label"], s["descriptive"]) for s in suffix_data["suffixes"]},
        legal_forms=tuple(sorted(suffix_data["legal_forms"], key=len, reverse=True)),
        references=_references(load_data_file("references")),
        surnames=frozenset(names["surnames"]),
        compound_surnames=frozenset(names["compound_surnames"]),
        never_in_name=frozenset(names["never_in_name"]),
        money=_money_pattern(load_data_file("money")),
    )


def _known_entities(data: dict[str, Any]) -> dict[str, KnownEntity]:
    entities = {}
    for item in data["companies"]:
        entities[item["id"]] = KnownEntity(
            id=item["id"],
            label=item.get("label", "Company"),
            name=item["name"],
            name_en=item.get("name_en", ""),
            aliases=tuple(item.get("aliases", [])),
            tickers=tuple(item.get("tickers", [])),
            parent=item.get("parent"),
        )
    return entities


def _entity_aliases(entities: dict[str, KnownEntity]) -> dict[str, str]:
    """Every spelling of every known entity, in Simplified form, mapped to its id.

    An alias claimed by two entities is ambiguous and left out rather than
    guessed.
    """
    owners: dict[str, set[str]] = {}
    for entity in entities.values():
        for alias in (entity.name, entity.name_en, *entity.aliases):
            if alias:
                owners.setdefault(simplified_key(alias), set()).add(entity.id)
    return {alias: next(iter(ids)) for alias, ids in owners.items() if len(ids) == 1}


def _titles(data: dict[str, Any]) -> tuple[dict[str, str], tuple[str, ...]]:
    """Alias -> canonical title, and the prefixes (副, 首席) a title may carry."""
    aliases: dict[str, str] = {}
    for item in data["titles"]:
        for alias in (item["canonical"], *item.get("aliases", [])):
            aliases[simplified_key(alias)] = item["canonical"]
    return aliases, tuple(data.get("prefixes", []))


def _references(data: dict[str, Any]) -> dict[str, Reference]:
    return {
        r["text"]: Reference(r["text"], frozenset(r["labels"]), r["standalone"], r.get("requires_suffix"))
        for r in data["references"]
    }


def _money_pattern(data: dict[str, Any]) -> re.Pattern[str]:
    """qualifier? number magnitude* currency, e.g. 近10亿美元, 数千万元, 2.5亿元人民币."""

    def alternation(words: Any) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    number = rf"(?:\d[\d,]*(?:\.\d+)?|[{re.escape(data['numerals'])}]+)"
    return re.compile(
        rf"(?:{alternation(data['qualifiers'])})?{number}\s?(?:{alternation(data['magnitudes'])})*"
        rf"\s?(?:{alternation(data['currencies'])})"
    )
