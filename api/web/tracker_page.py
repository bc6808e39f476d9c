"""A page of the mandate tracker's rows as `/mandates` shows them: their table rows (HTML,
`mandate_rows.html`) and their JSON for the page's script, each made once per row set.

The unfiltered first page (what a user opening the tracker sees) is made once per store
generation by the background refresh and kept beside an on-disk store for its content
(`saved_first_page`), so that a first `/mandates` after a restart reads it back, where it built
its 100 rows, their JSON and their HTML (~16 ms of CPU at 10 M triples, 50-140 ms on a loaded
machine); with it the numbers and choices the page shows whatever its rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from jinja2 import Environment
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from mandate_graph.graph import tracker_table
from mandate_graph.graph.generations import Saved, saved_for

ROWS_TEMPLATE = "mandate_rows.html"


@dataclass(frozen=True)
class ShownRows:
    """Rows of the tracker as the page shows them: how many, their ``<tr>``s, and their JSON
    as the page's script reads it (what ``rows|tojson`` wrote)."""

    count: int
    html: Markup
    json: Markup


def shown_rows(env: Environment, rows: Sequence[dict[str, Any]]) -> ShownRows:
    dumps = env.policies["json.dumps_function"]
    return ShownRows(len(rows), Markup(env.get_template(ROWS_TEMPLATE).render(rows=rows)),
                     htmlsafe_json_dumps(rows, dumps=dumps, **env.policies["json.dumps_kwargs"]))


@dataclass(frozen=True)
class FirstPage:
    """The unfiltered first page's rows and what the page shows whatever its rows: the number
    of mandates, the actions and the addressees offered."""

    total: int
    actions: list[str]
    addressees: list[str]
    rows: ShownRows


def saved_first_page(env: Environment, base: str, limit: int, addressee_choices: int) -> Saved:
    """The first page kept beside the store, named for what makes it (the rows' template, the
    tracker's code, the base, the page's size), so a change to any is not read back."""
    assert env.loader is not None
    source = env.loader.get_source(env, ROWS_TEMPLATE)[0]
    return saved_for("mandates-page-first", source, tracker_table.CODE, base, limit, addressee_choices,
                     to_json=_as_json, from_json=_from_json)


def _as_json(page: FirstPage) -> dict[str, Any]:
    return {"total": page.total, "actions": page.actions, "addressees": page.addressees, "count": page.rows.count,
            "html": str(page.rows.html), "json": str(page.rows.json)}


def _from_json(value: dict[str, Any]) -> FirstPage:
    return FirstPage(int(value["total"]), list(value["actions"]), list(value["addressees"]),
                     ShownRows(int(value["count"]), Markup(value["html"]), Markup(value["json"])))
