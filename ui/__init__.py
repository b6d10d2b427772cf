"""What readers see: the Streamlit explorer and the weekly digest.

- :mod:`.app`: the explorer's entry point and navigation; :mod:`.views`: its pages;
- :mod:`.components`, :mod:`.event_table`: the pieces pages share (tables, evidence, network drawings);
- :mod:`.corrections`: the buttons that correct entities and facts (the Review page and beside the facts);
- :mod:`.charts`: what keeps charts readable (fixed colours, time axes on the bulk of the data, names that fit);
- :mod:`.vocabulary` (+ ``vocabulary.yaml``): the readers' words in Chinese and English, for the app and
  the digest alike; :mod:`.preferences`: the reader's remembered language;
- :mod:`.digest`: the weekly digest: period, model, assembly and one exporter per format.
"""
