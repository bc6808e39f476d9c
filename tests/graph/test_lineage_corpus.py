"""Lineage, history and status end to end on the sample corpus, with the evidence quotes.

These depend on the real extractor (loaders/extract/): they state what the corpus says, and
fail until the extraction yields it (e.g. the joint report CTOC/COP/WG.2/2022/4 made pursuant
to resolution 10/6). They are deliberately not skipped."""

from __future__ import annotations

from mandate_graph.graph.history import body_history
from mandate_graph.graph.lineage import SparqlLineage, view_for
from mandate_graph.graph.status import statuses
from tests.conftest import BASE

R = f"{BASE}instrument/cop-untoc/resolution/"
D = f"{BASE}instrument/cop-untoc/decision/"
WG_IC = f"{BASE}body/cop-untoc/wg-international-cooperation"
WG_TA = f"{BASE}body/cop-untoc/wg-technical-assistance"
JOINT_MEETING_IC = f"{BASE}meeting/cop-untoc/wg-international-cooperation/13"
JOINT_REPORT = f"{BASE}document/CTOC/COP/WG.2/2022/4"


def edge(lineage, source: str, relation: str, target: str):  # type: ignore[no-untyped-def]
    found = [e for e in lineage.edges if (e.source, e.relation, e.target) == (source, relation, target)]
    assert found, f"no {relation} edge {source} -> {target}"
    return found[0]


def quotes(e) -> str:  # type: ignore[no-untyped-def]
    return " | ".join(ev.quote for ev in e.evidence)


def test_how_the_conference_arrived_at_resolution_11_3(loaded_ctx) -> None:  # type: ignore[no-untyped-def]
    lineage = view_for(loaded_ctx.store, loaded_ctx.ids).lineage(R + "11/3", "up", depth=5)
    # 11/3 <- endorses the joint meeting of May 2022
    endorse = edge(lineage, JOINT_MEETING_IC, "endorses", R + "11/3")
    assert "Endorses the recommendations" in quotes(endorse)
    # <- whose report CTOC/COP/WG.2/2022/4 was made pursuant to resolution 10/6
    edge(lineage, JOINT_REPORT, "reportOf", JOINT_MEETING_IC)
    pursuant = edge(lineage, R + "10/6", "pursuantTo", JOINT_REPORT)
    assert "10/6" in quotes(pursuant)
    # <- which requested the two working groups
    requested = edge(lineage, R + "10/6", "requests", WG_IC)
    assert "requested the Working Group of Government Experts on Technical Assistance and the Working Group on International Cooperation" in quotes(requested)
    edge(lineage, R + "10/6", "requests", WG_TA)
    # <- established by decisions 2/6 and 3/2
    established = edge(lineage, D + "2/6", "establishes", WG_TA)
    assert "established an open-ended interim working group of government experts on technical assistance" in quotes(established)
    assert {D + "3/2", R + "10/6", JOINT_REPORT} <= set(lineage.nodes)
    # Dated nodes come in time order: 3/2 (2006) before 10/6 (2020) before the meeting (2022).
    dated = [n for n in lineage.ordered_nodes() if lineage.nodes[n].date]
    assert dated.index(R + "10/6") < dated.index(JOINT_MEETING_IC) < dated.index(R + "11/3")


def test_what_came_of_resolution_10_6(loaded_ctx) -> None:  # type: ignore[no-untyped-def]
    lineage = view_for(loaded_ctx.store, loaded_ctx.ids).lineage(R + "10/6", "down", depth=3)
    assert {WG_IC, WG_TA, JOINT_REPORT, R + "11/3"} <= set(lineage.nodes)
    request = next(s for s in statuses.get(loaded_ctx.store) if s.instrument == R + "10/6" and s.addressee == WG_IC)
    assert request.status == "fulfilled"
    assert request.due_at == f"{BASE}session/cop-untoc/11"
    assert any("requested the Working Group of Government Experts on Technical Assistance and the Working Group on International Cooperation" in str(e.quote) for e in request.evidence)
    # The joint report, made pursuant to 10/6, is the link, with its words.
    report = next(f for f in request.fulfilled_by if f.iri == JOINT_REPORT and f.kind == "report")
    assert any("in accordance with Conference resolution 10/6" in str(e.quote) for e in report.evidence)
    # And resolution 11/3's endorsement of the joint meeting answers it too.
    endorsement = next(f for f in request.fulfilled_by if f.kind == "endorsement" and f.iri == R + "11/3")
    assert any("Endorses the recommendations" in str(e.quote) for e in endorsement.evidence)


def test_both_engines_agree_on_the_corpus(loaded_ctx) -> None:  # type: ignore[no-untyped-def]
    view = view_for(loaded_ctx.store, loaded_ctx.ids)
    sparql = SparqlLineage(loaded_ctx.store, loaded_ctx.ids)
    for root in (R + "11/3", R + "10/6", WG_IC, JOINT_REPORT, JOINT_MEETING_IC):
        for direction in ("up", "down", "both"):
            a, b = view.lineage(root, direction, 4), sparql.lineage(root, direction, 4)
            assert a.nodes == b.nodes
            assert [(e.source, e.relation, e.target) for e in a.edges] == [(e.source, e.relation, e.target) for e in b.edges]


def test_history_of_the_working_group_on_trafficking_in_persons(loaded_ctx) -> None:  # type: ignore[no-untyped-def]
    events = body_history(loaded_ctx.store, f"{BASE}body/cop-untoc/wg-trafficking-in-persons")
    kinds = [(e.kind, e.subject.removeprefix(BASE)) for e in events]
    assert ("established by", "instrument/cop-untoc/decision/4/4") in kinds
    assert ("made a constant element by", "instrument/cop-untoc/resolution/7/1") in kinds
    established = next(e for e in events if e.kind == "established by")
    assert any("decision 4/4" in str(ev.quote) for ev in established.evidence)
    constant = next(e for e in events if e.kind == "made a constant element by")
    assert any("would be a constant element of the Conference" in str(ev.quote) for ev in constant.evidence)
    meetings = {e.subject.removeprefix(BASE): e for e in events if e.kind == "meeting"}
    reports = {
        9: ("2019-09-09", "CTOC/COP/WG.4/2019/6"),
        10: ("2020-09-10", "CTOC/COP/WG.4/2020/4"),
        11: ("2021-10-12", "CTOC/COP/WG.4/2021/6"),
        12: ("2022-06-29", "CTOC/COP/WG.4/2022/4"),
    }
    for ordinal, (start, symbol) in reports.items():
        meeting = meetings[f"meeting/cop-untoc/wg-trafficking-in-persons/{ordinal}"]
        assert meeting.date == start
        assert symbol in {r.symbol for r in meeting.reports}
    assert meetings["meeting/cop-untoc/wg-trafficking-in-persons/11"].end == "2021-10-13"
    eleventh = meetings["meeting/cop-untoc/wg-trafficking-in-persons/11"]
    assert any("eleventh meeting on 12 and 13 October 2021" in str(ev.quote) for ev in eleventh.evidence)
    assert any("CTOC/COP/WG.4/2021/6" in str(r.quote) for r in eleventh.reports)
    # Established (4/4, undated in the corpus, placed by its session) before made constant (7/1).
    kinds_in_order = [e.kind for e in events]
    assert kinds_in_order.index("established by") < kinds_in_order.index("made a constant element by") < kinds_in_order.index("meeting")
    # In date order: the meetings run 9, 10, 11, 12.
    order = [e.subject for e in events if e.kind == "meeting" and "trafficking" in e.subject]
    assert order == sorted(order, key=lambda s: int(s.rsplit("/", 1)[1]))
