"""Which CLUENER2020 training sentences the trained model never learnt from: its holdout.

``training/scripts/convert.py`` keeps one sentence in ten (by a CRC-32 of its text) out of the
training set, as the set ``spacy train`` picks its checkpoint on; ``bench.eval_ner`` scores the same
sentences as text no rule and no weight was tuned on. One function, so both read the same split.
"""

from __future__ import annotations

import zlib

HOLDOUT_BUCKETS = 10


def in_holdout(text: str) -> bool:
    """Whether a CLUENER2020 training sentence belongs to the holdout (bucket 0 of ten by its hash)."""
    return zlib.crc32(text.encode("utf-8")) % HOLDOUT_BUCKETS == 0
