"""``python -m newsgraph.cli``: the same as the ``newsgraph`` command."""

from newsgraph.cli.main import main

main()
