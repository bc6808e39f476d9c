"""``python -m mandate_graph.cli``: the `mandates` command."""

from mandate_graph.cli.main import main

main()
