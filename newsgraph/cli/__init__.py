"""The ``newsgraph`` command: :mod:`.main` assembles the subcommands of the modules beside it.

- :mod:`.common`: consoles, ``--data-dir``, connecting to the graph, reading dates;
- :mod:`.db`: ``db start|stop|status``, ``stats``, ``settings``;
- :mod:`.ingest`: ``ingest``; :mod:`.extract` (+ :mod:`.extract_format`): ``extract``;
- :mod:`.digest`: ``digest``; :mod:`.export`: ``export``; :mod:`.review`: ``search`` and ``review ...``;
  the ``ui`` command is in :mod:`.main`.
"""
