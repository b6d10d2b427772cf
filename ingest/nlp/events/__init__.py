"""Business events read from trigger words and the names around them, sentence by sentence.

- :mod:`.component`: the ``newsgraph_events`` spaCy component: drafts -> scored, dated, merged events;
- :mod:`.rules`: ``data/events.yaml`` as typed, compiled rules;
- :mod:`.sentences`: sentences and clauses with the mentions inside them;
- :mod:`.reader`: a sentence's triggers and the slot look-ups every event type shares;
- :mod:`.frames`: per-frame argument orders (who left, who acquired whom, who invested);
- :mod:`.args`: positional argument finding (groups of coordinated names, agent and patient);
- :mod:`.modality`: asserted, rumoured, planned or denied.
"""
