"""The pages' templates compiled while the server starts, not by the first request that shows each.

Jinja compiles a template to Python the first time it is asked for it: 3-35 ms of CPU a page
(the entity page ~33 ms, the home page and a body's timeline ~17, search ~10, measured in a
fresh process), paid by that page's first request in every process, on top of its own work,
against the 100 ms a page is allowed (issue 13). The layout and the tracker page are compiled
when `api.web.routes` is imported; the others by the background refresh (`graph.generations`),
first of its values and one template at a time, stepping aside between them for the requests
in flight (`step_aside`): so neither ``/health`` nor the first requests wait for them.

No page is rendered ahead: once its template is compiled, the tracker page's first render cost
what the next did (15-17 ms of CPU for 100 rows at 1 M triples, measured in a fresh process).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from jinja2 import Environment

from mandate_graph.graph.generations import step_aside
from mandate_graph.graph.store import GraphStore

TEMPLATE_FOLDER = Path(__file__).parent / "templates"
# The pages a first request most likely asks for first; then every other template, by name.
FIRST_PAGES = ("layout.html", "mandates.html", "home.html", "entity.html", "search.html", "browse.html", "message.html")
# Before every other background value (the lists' orders are rank 10): a page needs its template
# whatever the store, and the whole set is ~0.1 s of CPU.
TEMPLATES_RANK = 1


def template_names(folder: Path = TEMPLATE_FOLDER) -> list[str]:
    """Every page template, those of `FIRST_PAGES` first."""
    names = sorted(p.name for p in folder.glob("*.html"))
    return [n for n in FIRST_PAGES if n in names] + [n for n in names if n not in FIRST_PAGES]


def compile_templates(env: Environment, names: list[str] | None = None) -> Callable[[GraphStore], int]:
    """The background value that compiles ``names`` (every template) into ``env``'s cache, one
    at a time, stepping aside between them; its value is how many there are. (Kept per store
    generation like any value: after a write the templates are found compiled and unchanged,
    Jinja's check of each file's time only.)"""
    wanted = list(names if names is not None else template_names())

    def compiled(store: GraphStore) -> int:
        for name in wanted:
            step_aside()
            env.get_template(name)
        return len(wanted)
    return compiled
