"""Latin names written with a version, an edition or an identifier's number: products, standards and events.

Tech news writes a browser, a system or a language with its version (Firefox 74.0.1, Chrome 80, Swift
5.3), a protocol with its (TLS 1.0), a conference with its year (ICCV 2025) and a virus or a flaw with
its number (COVID-19, CVE-2020-6819). The model, trained on text where brands are tagged as companies,
reads such a name as a firm's; a firm is not written with a version. A name the text once writes so is
the thing throughout the article (Firefox is the browser in every sentence of it). Known organisations
(knowledge) are never touched: their name before a number is their product's model (Nokia 7610), and
a date, a count or an amount after a name (OpenAI 2023年, X 3家) is no version.
"""

from __future__ import annotations

import re
from functools import cache

from newsgraph.ingest.datafiles import load_data_file
from newsgraph.ingest.nlp.candidates import ORG_LABELS, Candidate, Rank

# A name of Latin letters, digits and a few marks only, as a product's is written.
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9 .+#-]*")


def without_versioned_names(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` less the unknown organisations whose Latin name the text writes with a version right
    after it somewhere (see the module docstring)."""
    versioned = {
        name.lower()
        for c in chosen
        if (name := _latin_name(text, c)) is not None and _written_with_version(text, name)
    }
    if not versioned:
        return chosen
    return [c for c in chosen if (name := _latin_name(text, c)) is None or name.lower() not in versioned]


@cache
def _version_after() -> re.Pattern[str]:
    """A version or number right after a name: 74.0.1 (maybe after a space), -19, -2020-6819, or a number after
    a space (Chrome 80, ICCV 2025); a number glued to the name is part of it (WCG2011, a league's season). Not a
    date, a time, a count, a rank, a share or an amount (2023年, 4 月, 3 周, 2 季度, 3家, 10 强, 20亿, 37.5%) nor a
    clock time (10:00): a measure word after the number, as dates.yaml lists them (``units``, ``quantity_units``),
    makes it a quantity."""
    dates = load_data_file("dates")
    measures = "|".join(
        re.escape(w) for w in sorted({*dates["units"], *dates["quantity_units"]}, key=len, reverse=True)
    )
    return re.compile(
        r"(?:\s?[vV]?\d+(?:\.\d+)+|-\d+|\s\d{1,4})"
        rf"(?!\d|\.\d|\s?(?:[年月日号时点分秒亿万千百个名位家款台部条次届人岁元%％倍:：]|{measures}))"
    )


def _latin_name(text: str, candidate: Candidate) -> str | None:
    """The Latin name of an organisation nothing knows (its trailing hyphen off: COVID- of COVID-19)."""
    if candidate.label not in ORG_LABELS or candidate.rank == Rank.KNOWN or candidate.entity_id is not None:
        return None
    name = text[candidate.start : candidate.end].strip().rstrip("-")
    return name if _LATIN.fullmatch(name) else None


def _written_with_version(text: str, name: str) -> bool:
    """Whether ``name`` stands somewhere in ``text`` as a whole word with a version right after it."""
    for match in re.finditer(re.escape(name), text):
        start, end = match.span()
        if start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
            continue
        if _version_after().match(text, end):
            return True
    return False
