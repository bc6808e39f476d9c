"""``python -m cli``: the `mandates` command."""

from cli.main import main

main()
