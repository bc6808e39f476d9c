"""The sample corpus extracted end to end: the facts the documents state, with real spans."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange, Extraction

BASE = "https://w3id.org/mandate-graph/id/"
CORPUS = Path(__file__).resolve().parent.parent.parent / "corpus"
COP = "cop-untoc"
WG_TIP, WG_SOM, WG_FA = "cop-untoc/wg-trafficking-in-persons", "cop-untoc/wg-smuggling-of-migrants", "cop-untoc/wg-firearms"
WG_IC, WG_TA = "cop-untoc/wg-international-cooperation", "cop-untoc/wg-technical-assistance"
REPORT = DocumentRef(symbols=("CTOC/COP/2022/9",))


def res(s: str, n: str, issuer: str = COP) -> InstrumentRef:
    return InstrumentRef(issuer, "resolution", s, n)


def dec(s: str, n: str, issuer: str = COP) -> InstrumentRef:
    return InstrumentRef(issuer, "decision", s, n)


def meeting(body: str, n: int) -> GatheringRef:
    return GatheringRef(body, "meeting", n)


COP11 = GatheringRef(COP, "session", 11)


@pytest.fixture(scope="module")
def corpus() -> dict[str, tuple[str, Extraction]]:
    registry = load_registry(BASE)
    out = {}
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out[path.name[:3]] = (text, extract(text, source_key=path.stem, registry=registry))
    return out


@pytest.fixture(scope="module")
def facts(corpus):
    return {(f.subject, f.relation, f.object) for _, e in corpus.values() for f in e.facts}


def find(corpus, subject, relation, obj, doc: str | None = None):
    return [
        (text, f)
        for name, (text, e) in corpus.items()
        if doc is None or name == doc
        for f in e.facts
        if (f.subject, f.relation, f.object) == (subject, relation, obj)
    ]


@pytest.mark.parametrize(
    "subject, relation, obj",
    [
        (dec("4", "4"), "establishes", BodyRef(WG_TIP)),
        (res("5", "3"), "establishes", BodyRef(WG_SOM)),
        (res("5", "4"), "establishes", BodyRef(WG_FA)),
        (dec("2", "6"), "establishes", BodyRef(WG_TA)),
        (res("9", "1"), "establishes", BodyRef("cop-untoc/implementation-review-mechanism")),
        (res("9", "1"), "requests", BodyRef("unodc")),
        (res("7", "1"), "makesConstantElement", BodyRef(WG_TIP)),
        (res("7", "1"), "makesConstantElement", BodyRef(WG_SOM)),
        (res("7", "1"), "makesConstantElement", BodyRef(WG_FA)),
        (dec("3", "2"), "makesConstantElement", BodyRef(WG_IC)),
        (dec("4", "3"), "makesConstantElement", BodyRef(WG_TA)),
        (res("7", "1"), "encourages", BodyRef(WG_IC)),
        (res("7", "1"), "encourages", BodyRef(WG_TA)),
        (res("10", "6"), "requests", BodyRef(WG_IC)),
        (res("10", "6"), "requests", BodyRef(WG_TA)),
        (res("65", "2", "ecosoc/cnd"), "requests", BodyRef("unodc/executive-director")),
        (res("11", "2"), "endorses", meeting(WG_TA, 13)),
        (res("11", "3"), "endorses", meeting(WG_IC, 13)),
        (res("11", "3"), "endorses", meeting(WG_TA, 13)),
        (res("9", "3"), "endorses", meeting(WG_IC, 8)),
        (dec("11", "2"), "requests", BodyRef("unodc/secretariat")),
        (dec("10", "1"), "adoptedAt", GatheringRef(COP, "session", 10)),
    ],
)
def test_corpus_states(facts, subject, relation, obj) -> None:
    assert (subject, relation, obj) in facts


def test_request_of_10_6_has_task_due_session_and_evidence(corpus) -> None:
    found = find(corpus, res("10", "6"), "requests", BodyRef(WG_TA), "000")
    assert found
    text, fact = found[0]
    assert "requested the Working Group of Government Experts on Technical Assistance" in fact.evidence.quote
    assert fact.task.startswith("to hold a joint thematic discussion")
    assert fact.due_at == COP11
    assert fact.evidence.paragraph == "12"


def test_reports_of_the_working_group_on_trafficking_in_persons(corpus, facts) -> None:
    report = DocumentRef(symbols=("CTOC/COP/WG.4/2021/6",))
    m11 = meeting(WG_TIP, 11)
    assert {(report, "reportOf", m11), (report, "submittedTo", COP11), (report, "pursuantTo", res("7", "1"))} <= facts
    assert (m11, "heldOn", DateRange(dt.date(2021, 10, 12), dt.date(2021, 10, 13))) in facts
    assert (m11, "heldIn", "Vienna") in facts
    assert (m11, "meetingOf", BodyRef(WG_TIP)) in facts
    assert (DocumentRef(symbols=("CTOC/COP/WG.4/2022/4",)), "reportOf", meeting(WG_TIP, 12)) in facts


def test_joint_report_of_the_thirteenth_meetings(facts) -> None:
    joint = DocumentRef(symbols=("CTOC/COP/WG.2/2022/4", "CTOC/COP/WG.3/2022/4"))
    assert (joint, "reportOf", meeting(WG_IC, 13)) in facts
    assert (joint, "reportOf", meeting(WG_TA, 13)) in facts
    assert (meeting(WG_IC, 13), "jointWith", meeting(WG_TA, 13)) in facts
    assert not any(isinstance(s, DocumentRef) and s.symbols in {("CTOC/COP/WG.2/2022/4",), ("CTOC/COP/WG.3/2022/4",)} for s, _, _ in facts)


def test_resolution_11_1(corpus, facts) -> None:
    r = res("11", "1")
    cites = {f.object: f.evidence.characterization for _, e in corpus.values() for f in e.facts
             if f.subject == r and f.relation == "cites"}
    assert cites[dec("2", "2")] == "recalling"
    assert cites[dec("3", "2")] == "reaffirming"
    expected = {dec("4", "2"), res("5", "8"), res("6", "1"), res("7", "4"), res("8", "1"), res("9", "3"), res("10", "4")}
    assert expected <= set(cites)
    assert (r, "endorses", meeting(WG_IC, 12)) in facts and (r, "endorses", meeting(WG_IC, 13)) in facts
    assert (dec("2", "2"), "adoptedOn", dt.date(2005, 10, 19)) in facts
    # A session report holds many resolutions, each numbered from 1: evidence names the one.
    where = {(f.relation, f.evidence.paragraph) for _, e in corpus.values() for f in e.facts if f.subject == r}
    assert ("cites", "resolution 11/1, preamble") in where and ("endorses", "resolution 11/1, para. 1") in where


def test_resolutions_of_the_eleventh_session(facts) -> None:
    for n in "123456":
        r = res("11", n)
        assert (r, "containedIn", REPORT) in facts
        assert (r, "adoptedAt", COP11) in facts
        assert (r, "adoptedOn", dt.date(2022, 10, 21)) in facts
    assert (res("11", "3"), "cites", res("10", "6")) in facts
    assert (res("10", "6"), "adoptedOn", dt.date(2020, 10, 16)) in facts
    assert any(s == res("10", "6") and r == "title" and o.startswith("Preventing and combating crimes that affect") for s, r, o in facts)
    assert (res("11", "3"), "cites", res("76", "185", "ga")) in facts
    assert (REPORT, "reportOf", COP11) in facts
    assert (COP11, "heldOn", DateRange(dt.date(2022, 10, 17), dt.date(2022, 10, 21))) in facts


def test_outside_issuers_are_kept_apart(facts) -> None:
    mentioned = {o for s, r, o in facts if r == "mentions"}
    assert res("55", "25", "ga") in mentioned and res("55", "25") not in mentioned
    assert res("65", "2", "ecosoc/cnd") in mentioned and res("65", "2") not in mentioned
    assert res("31", "1", "ecosoc/ccpcj") in mentioned and res("31", "1") not in mentioned
    assert res("70", "1", "ga") in mentioned and res("70", "1") not in mentioned


def test_no_false_edges_we_know_of(facts) -> None:
    gatherings = {x for s, _, o in facts for x in (s, o) if isinstance(x, GatheringRef)}
    # Plenary meetings ("At its 11th meeting") are not meetings of the Conference.
    assert not any(g.body == COP and g.kind == "meeting" for g in gatherings)
    assert not any(isinstance(o, InstrumentRef) and o.session in {"22", "17", "36", "53"} for _, _, o in facts)
    # The annexed draft decision was not adopted. Recommendations that resolution 11/1 endorses
    # "which are set out in annex I to the present resolution" are its own: "States parties are
    # encouraged" there is the resolution's; Member States are no addressee by default.
    assert (res("11", "1"), "encourages", BodyRef("states-parties")) in facts
    assert not any(r == "encourages" and s == res("11", "1") and o == BodyRef("member-states") for s, r, o in facts)
    assert not any(r == "adoptedAt" and s.kind == "decision" and s.session == "11" and s.number not in {"1", "2"} for s, r, _ in facts)
    # "The twelfth meeting of the [TA group] ..., back-to-back with the eleventh meeting of the
    # [IC group]. The report on the twelfth meeting (CTOC/COP/WG.2/2020/3)": TA's, not IC's.
    ta_report = DocumentRef(symbols=("CTOC/COP/WG.2/2020/3",))
    assert (ta_report, "reportOf", meeting(WG_TA, 12)) in facts
    assert (ta_report, "reportOf", meeting(WG_IC, 12)) not in facts


def test_documents_describe_themselves(corpus) -> None:
    kinds = {name: (e.document.kind, e.document.ref, e.document.author) for name, (_, e) in corpus.items()}
    assert kinds["003"] == ("SessionReport", REPORT, COP)
    assert kinds["000"][0] == kinds["001"][0] == "NoteBySecretariat"
    assert kinds["000"][1] == DocumentRef(source="000_d44268bbfd2a0297")
    assert kinds["002"][0] == kinds["004"][0] == "AnnotatedProvisionalAgenda"
    note = corpus["000"][1].document
    assert note.date == dt.date(2022, 7, 4)
    assert note.title.startswith("Reports on the meetings of the subsidiary bodies")
    assert "Reports on the meetings of the Working Group on Trafficking in Persons held in Vienna on 12 and 13 October 2021 and on 29 and 30 June 2022" in note.headings
    prepared = {f.object for f in corpus["004"][1].facts if f.relation == "preparedFor"}
    assert prepared == {meeting(WG_IC, 13), meeting(WG_TA, 13)}


def test_listed_documents_carry_titles_for_matching(facts) -> None:
    note = DocumentRef(symbols=("CTOC/COP/2022/5",))
    titles = [o for s, r, o in facts if s == note and r == "title"]
    assert any(t.startswith("Note by the Secretariat transmitting the reports on the meetings of the subsidiary bodies") for t in titles)


_WORD = re.compile(r"[A-Za-z]{4,}")


def test_every_span_is_real(corpus) -> None:
    for name, (text, e) in corpus.items():
        for f in e.facts:
            ev = f.evidence
            assert 0 <= ev.start < ev.end <= len(text), (name, f)
            original = " ".join(text[ev.start : ev.end].split())
            words = _WORD.findall(ev.quote)
            for w in words[:3] + words[-3:]:
                assert w in original, (name, w, ev.quote[:80])
