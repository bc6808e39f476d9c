"""Where the command line writes: results to standard output, messages and progress to
standard error, and `fail` for an error that ends the command."""

from __future__ import annotations

from typing import NoReturn

import typer
from rich.console import Console

console = Console()
err = Console(stderr=True)


def print_error(message: str) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``error: message`` on standard error and end the command with ``code``."""
    print_error(message)
    raise typer.Exit(code)
