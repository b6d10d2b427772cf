"""What readers see: the Streamlit explorer and the weekly digest.

- :mod:`.app`: the explorer's entry point and navigation; :mod:`.views`: its pages;
- :mod:`.components`, :mod:`.event_table`: the pieces pages share (tables, evidence, network drawings);
- :mod:`.charts`: what keeps charts readable (fixed colours, time axes on the bulk of the data, names that fit);
- :mod:`.digest`: the weekly digest: period, model, assembly and one exporter per format.
"""
