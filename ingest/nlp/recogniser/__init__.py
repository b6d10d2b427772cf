"""The trained entity recogniser: a small spaCy model that tags Chinese text character by character.

It finds people (``name``), companies, organisations, government bodies and titles (``position``),
each with a score, from what the pipeline already knows about every character (LAC's word, tag and
scores, the knowledge files' hits). The entity recogniser (:mod:`newsgraph.ingest.nlp.entities`)
combines its entities with the rules. The model ships in ``ingest/data/models/char_ner`` and is
trained by ``make train`` (``training/README.md``: configuration, data and terms).

- :mod:`.features`: the per-character features, computed the same way for training and at run time;
- :mod:`.layers`: the registered functions the model's config names (embedding layer, corpus
  reader, standalone tokenizer);
- :mod:`.tagger`: the ``newsgraph_char_ner`` component (spaCy's Tagger over BILUO tags) and its
  constrained Viterbi decoder;
- :mod:`.component`: ``newsgraph_model_entities``, the model run inside the project's pipeline.

Importing this package registers everything ``spacy.load`` needs to load the model offline.
"""

import newsgraph.ingest.nlp.recogniser.layers
import newsgraph.ingest.nlp.recogniser.tagger  # noqa: F401
