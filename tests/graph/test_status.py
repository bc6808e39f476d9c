"""Mandate status rules (docs/lineage.md, graph/status.py), one hand-made graph per rule."""

from __future__ import annotations

import datetime as dt

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.status import compute_statuses, filter_statuses, statuses
from mandate_graph.loaders.facts import DateRange
from tests.graph.test_lineage import CHAIN, WG, context_with, fact, iri, load, inst, meeting, report, session

OTHER_WG = "cop-untoc/wg-smuggling-of-migrants"


def status_of(ctx, instrument, action: str, addressee: str = WG):  # type: ignore[no-untyped-def]
    m = next(
        (s for s in compute_statuses(ctx.store)
         if s.instrument == iri(ctx, instrument) and s.action == action and s.addressee.endswith(addressee)),
        None,
    )
    assert m is not None, f"no {action} mandate of {instrument}"
    return m


def test_fulfilled_by_a_report_pursuant_to_the_instrument() -> None:
    ctx = context_with(*CHAIN)
    requested = status_of(ctx, inst(9, 1), "request")
    assert requested.status == "fulfilled"
    link = requested.fulfilled_by[0]
    assert link.kind == "report" and link.iri == iri(ctx, report("CTOC/COP/WG.6/2019/4"))
    assert link.report_of == iri(ctx, meeting(8))
    quotes = [e.quote for e in link.evidence]
    assert "In accordance with resolution 9/1, the report" in quotes
    assert "the report on the eighth meeting" in quotes
    assert all(e.document and e.paragraph for e in link.evidence)
    # The mandate carries its own evidence and its due session (an extra field, not a status).
    assert requested.evidence[0].quote == "requested the Working Group to report"
    assert requested.due_at == iri(ctx, session(10)) and requested.tasks == ("to report",)
    # And the later endorsement of that meeting also answers it.
    kinds = {f.kind: f for f in requested.fulfilled_by}
    assert kinds["endorsement"].iri == iri(ctx, inst(10, 2))
    assert kinds["endorsement"].evidence[0].quote.startswith("Endorses the recommendations")


def test_a_report_of_another_body_does_not_fulfil() -> None:
    ctx = context_with(
        fact(inst(9, 1), "requests", BodyRef(WG), task="to report"),
        fact(meeting(3, OTHER_WG), "meetingOf", BodyRef(OTHER_WG)),
        fact(report("CTOC/COP/WG.7/2019/4"), "reportOf", meeting(3, OTHER_WG)),
        fact(report("CTOC/COP/WG.7/2019/4"), "pursuantTo", inst(9, 1)),
    )
    assert status_of(ctx, inst(9, 1), "request").status == "open"


def test_fulfilled_by_a_later_endorsement_only_with_dates() -> None:
    facts = [
        fact(inst(9, 1), "requests", BodyRef(WG), task="to hold a thematic discussion"),
        fact(meeting(8), "meetingOf", BodyRef(WG)),
        fact(inst(10, 2), "endorses", meeting(8), "Endorses the recommendations of the eighth meeting"),
        fact(inst(10, 2), "adoptedOn", dt.date(2020, 10, 16)),
    ]
    # Without the dates of the request and the meeting, nothing says the meeting answered it.
    assert status_of(context_with(*facts), inst(9, 1), "request").status == "open"
    dated = context_with(
        *facts,
        fact(inst(9, 1), "adoptedOn", dt.date(2018, 10, 19)),
        fact(meeting(8), "heldOn", DateRange(dt.date(2019, 5, 10), dt.date(2019, 5, 12))),
    )
    answered = status_of(dated, inst(9, 1), "request")
    assert answered.status == "fulfilled"
    assert [(f.kind, f.iri, f.endorses) for f in answered.fulfilled_by] == [
        ("endorsement", iri(dated, inst(10, 2)), iri(dated, meeting(8)))
    ]
    assert answered.fulfilled_by[0].evidence[0].quote == "Endorses the recommendations of the eighth meeting"
    # A meeting held before the request does not answer it.
    early = context_with(
        *facts,
        fact(inst(9, 1), "adoptedOn", dt.date(2018, 10, 19)),
        fact(meeting(8), "heldOn", DateRange(dt.date(2017, 5, 10), dt.date(2017, 5, 12))),
    )
    assert status_of(early, inst(9, 1), "request").status == "open"


def test_fulfilled_by_a_report_to_the_due_session() -> None:
    ctx = context_with(
        fact(inst(9, 1), "requests", BodyRef(WG), task="to report", due_at=session(10)),
        fact(inst(9, 1), "adoptedOn", dt.date(2018, 10, 19)),
        fact(meeting(8), "meetingOf", BodyRef(WG)),
        fact(meeting(8), "heldOn", DateRange(dt.date(2019, 5, 10), dt.date(2019, 5, 12))),
        fact(report("CTOC/COP/WG.6/2019/4"), "reportOf", meeting(8), "the report on the eighth meeting"),
        fact(report("CTOC/COP/WG.6/2019/4"), "submittedTo", session(10), "will be made available to the tenth session"),
    )
    answered = status_of(ctx, inst(9, 1), "request")
    assert answered.status == "fulfilled"
    link = answered.fulfilled_by[0]
    assert link.kind == "due report" and link.submitted_to == iri(ctx, session(10))
    assert {e.quote for e in link.evidence} == {
        "the report on the eighth meeting", "will be made available to the tenth session"}


def test_establishment_is_fulfilled_when_the_body_meets_after_it() -> None:
    ctx = context_with(*CHAIN)
    established = status_of(ctx, inst(5, 4), "establish")
    assert established.status == "fulfilled"
    assert established.fulfilled_by[0].kind in {"meeting", "endorsement"}
    # Without the adoption date nothing is claimed.
    undated = context_with(
        fact(inst(5, 4), "establishes", BodyRef(WG)),
        fact(meeting(8), "meetingOf", BodyRef(WG)),
        fact(meeting(8), "heldOn", DateRange(dt.date(2019, 5, 10), dt.date(2019, 5, 12)), "held its eighth meeting"),
    )
    assert status_of(undated, inst(5, 4), "establish").status == "open"
    dated = context_with(
        fact(inst(5, 4), "establishes", BodyRef(WG)),
        fact(inst(5, 4), "adoptedOn", dt.date(2010, 10, 22)),
        fact(meeting(8), "meetingOf", BodyRef(WG)),
        fact(meeting(8), "heldOn", DateRange(dt.date(2019, 5, 10), dt.date(2019, 5, 12)), "held its eighth meeting"),
    )
    met = status_of(dated, inst(5, 4), "establish")
    assert met.status == "fulfilled" and met.fulfilled_by[0].kind == "meeting"
    assert met.fulfilled_by[0].held_on == "2019-05-10"
    assert met.fulfilled_by[0].evidence[0].quote == "held its eighth meeting"


def test_an_endorsement_is_an_act() -> None:
    ctx = context_with(*CHAIN)
    endorsed = next(s for s in compute_statuses(ctx.store) if s.action == "endorse")
    assert endorsed.status == "fulfilled"
    assert endorsed.fulfilled_by[0].kind == "act" and endorsed.fulfilled_by[0].iri == iri(ctx, meeting(8))
    assert endorsed.fulfilled_by[0].evidence[0].quote.startswith("Endorses the recommendations")


def test_renewed_by_a_later_instrument_of_the_same_issuer() -> None:
    ctx = context_with(
        fact(inst(9, 3), "encourages", BodyRef(WG), task="to meet annually"),
        fact(inst(11, 3), "encourages", BodyRef(WG), "Encourages the Working Group to meet annually", task="to meet annually"),
        # same session: not later
        fact(inst(9, 4), "encourages", BodyRef(WG), task="to meet annually"),
        # another action: not a renewal of the encouragement
        fact(inst(12, 1), "requests", BodyRef(WG), task="to meet annually"),
        # another issuer's numbering: not comparable
        fact(InstrumentRef_ga(), "encourages", BodyRef(WG), task="to meet"),
    )
    renewed = status_of(ctx, inst(9, 3), "encourage")
    assert renewed.status == "renewed"
    assert [r.iri for r in renewed.renewed_by] == [iri(ctx, inst(11, 3))]
    assert renewed.renewed_by[0].evidence[0].quote == "Encourages the Working Group to meet annually"
    assert status_of(ctx, inst(11, 3), "encourage").status == "open"  # the latest is not renewed
    assert status_of(ctx, inst(12, 1), "request").status == "open"


def InstrumentRef_ga():  # type: ignore[no-untyped-def]
    from mandate_graph.graph.model import InstrumentRef

    return InstrumentRef("ga", "resolution", "75", "1")


def test_fulfilment_wins_over_renewal() -> None:
    ctx = context_with(*CHAIN, fact(inst(11, 1), "requests", BodyRef(WG), task="to report"))
    assert status_of(ctx, inst(9, 1), "request").status == "fulfilled"
    assert status_of(ctx, inst(9, 1), "request").renewed_by  # still reported as a link


def test_open_due_and_overdue() -> None:
    tip = "cop-untoc/wg-trafficking-in-persons"
    ctx = context_with(  # one addressee each, so that none renews another
        fact(inst(9, 2), "requests", BodyRef(OTHER_WG), task="to study the tracing of firearms"),
        fact(inst(11, 1), "requests", BodyRef(WG), task="to prepare a report on marking", due_at=session(12)),
        fact(inst(10, 1), "requests", BodyRef(tip), task="to prepare a report on brokering", due_at=session(11)),
        fact(inst(11, 1), "adoptedAt", session(11)),  # so COP 11 was held
    )
    plain = status_of(ctx, inst(9, 2), "request", OTHER_WG)
    assert (plain.status, plain.due_at, plain.overdue) == ("open", None, False)
    due = status_of(ctx, inst(11, 1), "request")
    assert (due.status, due.due_at, due.overdue) == ("open", iri(ctx, session(12)), False)
    late = status_of(ctx, inst(10, 1), "request", tip)
    assert (late.status, late.due_at, late.overdue) == ("open", iri(ctx, session(11)), True)
    # Filters
    everything = compute_statuses(ctx.store)
    assert len(filter_statuses(everything, status="open", due_at=iri(ctx, session(12)))) == 1
    assert len(filter_statuses(everything, addressee=ctx.ids.body(WG), action="request")) == 1
    assert len(filter_statuses(everything, status="open", action="request")) == 3
    assert filter_statuses(everything, instrument=iri(ctx, inst(9, 2)))[0].tasks == ("to study the tracing of firearms",)


def test_statuses_are_cached_per_store_generation() -> None:
    ctx = context_with(fact(inst(9, 2), "requests", BodyRef(WG), task="to study"))
    first = statuses.get(ctx.store)
    assert statuses.get(ctx.store) is first
    load(ctx, "more", [
        fact(inst(9, 2), "adoptedOn", dt.date(2018, 10, 19)),
        fact(meeting(8), "meetingOf", BodyRef(WG)),
        fact(meeting(8), "heldOn", DateRange(dt.date(2019, 5, 10), dt.date(2019, 5, 12))),
        fact(report("X/1"), "reportOf", meeting(8)),
        fact(report("X/1"), "pursuantTo", inst(9, 2)),
    ])
    assert statuses.get(ctx.store) is not first
    assert statuses.get(ctx.store)[0].status == "fulfilled"
