"""``spacy train --code`` module: importing the recogniser registers the functions the config names."""

import newsgraph.ingest.nlp.recogniser  # noqa: F401
