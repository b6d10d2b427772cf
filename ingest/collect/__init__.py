"""Collecting articles: what to read, fetching it safely, its main text, and whether it is new.

- :mod:`.sources`: what the user typed -> work items (feeds, pages, files, URL lists, folders);
- :mod:`.fetch`: the bounded, SSRF-safe, conditional HTTP client;
- :mod:`.feeds`: RSS/Atom and OPML parsed from fetched bytes;
- :mod:`.text`: decoding (BOM, headers, meta, detection) and main-text extraction;
- :mod:`.articles`: what a file says about its article (front matter, headline, page metadata,
  JSONL fields), read the same way by ``ingest`` and ``extract``;
- :mod:`.timestamps`: publication dates as written by feeds and pages;
- :mod:`.dedup`: canonical URLs, content hashes and simhash for syndicated copies;
- :mod:`.state`: the SQLite state (validators, articles, failures, spool, stored facts, corrections);
- :mod:`.collector`: the stage's entry point, yielding articles, duplicates and failures.
"""
