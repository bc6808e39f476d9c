"""The renewal rule's reads kept per `graph.status._Graph` (each mandate's evidence, each pair of
instruments compared): the statuses are those read without keeping them, and a fact added after
a reading is not hidden by what was kept."""

from __future__ import annotations

import pytest

from mandate_graph.graph import status as rules
from mandate_graph.graph.context import Context
from mandate_graph.graph.status import compute_statuses


def test_the_kept_renewal_reads_give_the_statuses_read_each_time(loaded_ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = compute_statuses(loaded_ctx.store)
    assert any(s.renewed_by for s in kept)  # the corpus has renewals (else this compares nothing)
    monkeypatch.setattr(rules._Graph, "renewal_later", lambda self, a, b: self.later(a, b))
    monkeypatch.setattr(rules._Graph, "renewal_evidence", lambda self, m, row: rules._own_evidence(self, row))
    assert compute_statuses(loaded_ctx.store) == kept


def test_a_fact_added_after_a_reading_is_read() -> None:
    g = rules._Graph()
    row = rules._MandateRow("https://example.org/i1", "https://example.org/body", "request", evidence_nodes={"https://example.org/ev"})
    assert g.renewal_evidence("https://example.org/m", row) == ()
    assert not g.renewal_later("https://example.org/i1", "https://example.org/i2")
    g.instruments.update({"https://example.org/i1": {"issuer": "x", "session": "1"}, "https://example.org/i2": {"issuer": "x", "session": "2"}})
    g.add_instruments([])  # any filling forgets what was kept
    assert g.renewal_later("https://example.org/i1", "https://example.org/i2")
    g.by_iri["https://example.org/ev"] = rules.StatusEvidence("request", "https://example.org/doc", "1", "quote")
    g.add_evidence([])
    assert g.renewal_evidence("https://example.org/m", row) == (g.by_iri["https://example.org/ev"],)


def test_the_renewal_comparison_is_later_for_every_kind_of_instrument() -> None:
    """`renewal_later` (compared on what is kept of each instrument) answers `later` for every
    pair: issuers equal or not, sessions numbered, named, equal or missing, dates or none, and
    an instrument not known at all."""
    g = rules._Graph()
    kinds = [{"issuer": issuer, "session": session, "date": date}
             for issuer in ("x", "y", None) for session in ("3", "12", "A/75", None, "") for date in ("2020-01-02", "2021-05-06", None)]
    kinds += [{}, {"issuer": "x"}]
    iris = [f"https://example.org/i{n}" for n in range(len(kinds))]
    g.instruments.update({iri: {k: v for k, v in kind.items()} for iri, kind in zip(iris, kinds)})
    iris.append("https://example.org/unknown")
    answers = {(a, b): g.later(a, b) for a in iris for b in iris}
    assert any(answers.values()) and not all(answers.values())
    assert {(a, b): g.renewal_later(a, b) for a in iris for b in iris} == answers
