"""Chinese NLP: article text -> mentions, entities, roles and events, with offsets into the original.

- :mod:`.extract`: the facade (:class:`~.extract.Extractor`), chunking long texts, worker processes;
- :mod:`.language`: the spaCy ``Language`` whose tokenizer runs LAC (words, POS, PER/ORG/LOC/TIME);
- :mod:`.scripts`: Traditional/Simplified and width normalisation that keeps every offset;
- :mod:`.knowledge`, :mod:`.gazetteer`: known organisations, titles and name knowledge, and the
  one-pass dictionary matcher over them;
- :mod:`.candidates`, :mod:`.entities`, :mod:`.people`, :mod:`.teams`: entity recognition;
- :mod:`.resolution`: one id per real-world entity within an article;
- :mod:`.roles`: person-title-organisation statements;
- :mod:`.recogniser`: the trained entity model (characters as tokens), whose entities the rules weigh;
- :mod:`.dates`: Chinese date expressions resolved against the publication date;
- :mod:`.events`: business events (departures, listings, funding, ...).
"""
