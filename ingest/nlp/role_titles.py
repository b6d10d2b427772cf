"""The title a role states: what the text says, with its core word normalised.

A title mention is the title word and the prefixes the entity component
attaches to it (副, 首席, 研发: ``研发高级总监``). Before it the text often
says more: a field or unit (芯片设计中心副总裁, 海外市场负责人, 数据平台团队的
首席架构师) or a modifier (联合首席执行官). A role keeps all of it, because "the
head of the commercial team" and "the head" are different facts, but its core
is normalised so that one title reads the same whatever the spelling:
``联合首席执行长`` -> ``联席CEO``, ``芯片设计中心副總裁`` -> ``芯片设计中心副总裁``.

The words before a title belong to it when they are nouns or noun-like (LAC
tags in ``qualifier_tags``): ``宣布首席执行官张伟`` keeps no ``宣布``. Only the
part after the last 的 counts, and tense words (前, 原, 时任) are no part of
the title: they say the role is a past one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsgraph.ingest.nlp.candidates import doc_text
from newsgraph.ingest.nlp.knowledge import Knowledge
from spacy.tokens import Doc, Span

STOP, NOMINAL, FORMER, DROPPED = 0, 1, 2, 3
# Punctuation LAC may glue into a noun (潮。 + CTO陈立新): it ends a qualifier whatever the word's tag.
_BREAKS = frozenset('。！？!?；;，,、：:（）()“”"「」《》\n')


@dataclass(frozen=True, slots=True)
class Qualifier:
    """Where the words written before a title that belong to it begin, and whether they mark a past role."""

    start: int
    former: bool


class TitleNamer:
    """Names a role's title from its mention and the qualifier before it."""

    def __init__(self, data: dict[str, Any], knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.tags = frozenset(data["qualifier_tags"])
        self.verbs = frozenset(data["qualifier_verbs"])
        self.max_chars = data["qualifier_max_chars"]
        self.numbered_unit = re.compile(data["numbered_unit"])
        self.former_words = frozenset(data["former_before"])
        # A company name's legal ending the recogniser left out of the name (青禾投资 + 控股有限公司 +
        # 董事长) is no part of the title either: the post is 董事长 at the firm before it.
        self.dropped_words = frozenset(data["qualifier_dropped"]) | frozenset(knowledge.legal_forms)
        # Those LAC may glue to the noun after them, longest first (旗下 + 云计算事业部).
        self._glued_dropped = tuple(
            sorted((w for w in self.dropped_words if len(w) > 1), key=len, reverse=True)
        )

    def nominal_mask(self, doc: Doc) -> bytearray:
        """Per character of the doc: whether its word may stand in a title's qualifier.

        ``NOMINAL`` for nouns and noun-like words, ``FORMER`` for a tense word (前, 原)
        and ``DROPPED`` for a word that separates but adds nothing (的, 旗下, 现任);
        ``STOP`` (0) for anything else, which ends a qualifier.
        """
        mask = bytearray(len(doc_text(doc)))
        for token in doc:
            word = token.text
            if word in self.former_words:
                kind = FORMER
            elif word in self.dropped_words:
                kind = DROPPED
            elif (
                token.tag_ in self.tags
                or word in self.verbs
                or word.isspace()
                or self.numbered_unit.match(word)
            ):
                kind = NOMINAL
            else:
                continue
            dropped = len(self._dropped_prefix(word)) if kind == NOMINAL else 0
            mask[token.idx : token.idx + len(word)] = bytes(
                STOP if char in _BREAKS else DROPPED if at < dropped else kind for at, char in enumerate(word)
            )
        return mask

    def _dropped_prefix(self, word: str) -> str:
        """A separating word LAC glued to the noun after it (旗下 + 云计算事业部): it separates all the same."""
        if not word.startswith(self._glued_dropped):
            return ""
        return next(w for w in self._glued_dropped if word.startswith(w))

    def qualifier(self, mask: bytearray, start: int) -> Qualifier:
        """Where the qualifier of the title mention at ``start`` begins: the words back to a stop,
        after the last tense or separating word; past when a tense word is among them."""
        first = start
        while first > 0 and start - first < self.max_chars and mask[first - 1]:
            first -= 1
        run = mask[first:start]
        cut = max(run.rfind(FORMER), run.rfind(DROPPED)) + 1
        return Qualifier(first + cut, FORMER in run)

    def name(self, mention: Span, qualifier: str) -> tuple[str, str] | None:
        """(title, core label) of a mention with its qualifier, or None when no known title ends it.

        The longest known title ending the written words is replaced by its label
        (``联合首席执行长`` -> ``联席CEO``); the words before it stay as written.
        """
        written = qualifier + mention.text
        for start in range(len(written)):
            label = self.knowledge.titles.get(written[start:].strip())
            if label is not None:
                return _joined(written[:start].strip(), label), label
        return None


def _joined(words: str, label: str) -> str:
    """``words`` before ``label``, a space between where both sides are Latin (终端BG CEO)."""
    latin = bool(words) and _is_latin(words[-1]) and _is_latin(label[0])
    return f"{words} {label}" if latin else words + label


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalnum()
