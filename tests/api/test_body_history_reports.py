"""A body's history lists each meeting's reports in the order of their symbols, whatever order
the store gives the rows in, with where each report says which meeting it reports."""

from __future__ import annotations

from fastapi.testclient import TestClient

from mandate_graph.api.app import create_app
from mandate_graph.graph.context import Context


def test_a_meetings_reports_come_in_symbol_order_with_their_quotes(loaded_ctx: Context) -> None:
    client = TestClient(create_app(loaded_ctx))
    for key in ("cop-untoc", "ecosoc/cnd"):
        response = client.get(f"/api/bodies/{key}/history")
        assert response.status_code == 200, response.text
        meetings = [e for e in response.json()["events"] if e["event"] == "meeting"]
        with_reports = [m for m in meetings if len(m["reports"]) > 1]
        assert with_reports, key
        for meeting in with_reports:
            symbols = [r["symbol"] for r in meeting["reports"]]
            assert symbols == sorted(symbols), (key, meeting["id"])
            assert all(r["quote"] for r in meeting["reports"]), (key, meeting["id"])
