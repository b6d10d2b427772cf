"""From news sources to typed records of facts: the first stage of the pipeline.

- :mod:`.collect`: inputs -> fetched, decoded, deduplicated :class:`~.records.Article` records;
- :mod:`.nlp`: article text -> entities, roles and events (:class:`~.records.Extraction`);
- :mod:`.records`: the typed records passed between stages (and stable ids);
- :mod:`.corrections`: journalists' corrections and the pure function applying them to facts;
- :mod:`.datafiles`: the knowledge files of ``data/``, validated against their JSON Schemas.
"""
