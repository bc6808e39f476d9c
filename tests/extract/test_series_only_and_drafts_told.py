"""Two families of E180 (u220, u221).

A body the document names only by its symbol series ("see the guidelines (E/CN.29/1998/53/Add.2)", a
paper of a former commission cited in a footnote), never by a name, cedes its bare numbers to the
document's own body when both number "{session}/{number}": the Assembly's note saying "In its
resolution 88/196 ..., the General Assembly asked" cites the Assembly's resolution, and a page
footer "2/4" is no resolution of that commission (`own_bare_numbers._named_only_as_issuer`).

The report of a session tells what each draft before it "would" do and then its action: "introduced
draft resolution X. Under the terms of the draft resolution, the Council would extend ..., request
... and request ...", "introduced draft decision X, by which the Council would invite ...", then "At
the same meeting, the Council adopted draft resolution X without a vote (resolution 86/9)". The terms
are the adopted text's once the report gives its number (as a summary record's, E153), each verb
of a series under one "would" included; a draft withdrawn or an amendment rejected gives nothing."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.extract import phrasing as P

SERIES_ONLY = Path(__file__).resolve().parents[1] / "data" / "series_only_e180.ttl"


@lru_cache(maxsize=1)
def _registry() -> BodyRegistry:
    return load_registry(P.BASE, [P.REFERENCE, SERIES_ONLY])


def _facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(P.key(f.subject), P.key(f.object)) for f in extract(text, source_key="t", registry=_registry()).facts if f.relation == relation}


# ------------------------------------------------------------ a body named by its series only

GA_NOTE = (
    "A/89/163\nGeneral Assembly\nDistr.: General\n21 July 2034\nEighty-ninth session\n\n"
    "Note by the Secretary-General\n\n1. {s}\n\n2/4                                  34-11873\n\n"
    "2. {t}\n\n4/4                                  34-11873\n"
)
FOOTNOTE = "See the guidelines on tidal archives (E/CN.29/1998/53/Add.2, annex)."

BARE_IN_A_NOTE = [
    ("In its resolution 88/196 of 18 December 2033, the General Assembly asked the Secretary-General to report to it.", FOOTNOTE),
    ("The Secretary-General will report in accordance with resolution 88/196.", FOOTNOTE),
    # the series in running text, with the Assembly's own series beside it
    ("By resolution 88/196, the Assembly asked the Secretary-General to report to it.", "Document E/CN.29/2001/7 and A/88/215 are relevant."),
]


@pytest.mark.parametrize("first, second", BARE_IN_A_NOTE)
def test_a_bare_number_stays_the_authors_beside_a_series_only_cited(first: str, second: str) -> None:
    text = GA_NOTE.format(s=first, t=second)
    mentioned = {o for _, o in _facts(text, "mentions")}
    assert "ga/res/88/196" in mentioned
    assert not any(o.startswith("cth/") for o in mentioned)  # neither 88/196 nor the page footers "2/4", "4/4"


def test_the_commission_named_before_its_numbers_keeps_them() -> None:
    # near miss: the text names the commission as the issuer (and its series): its year numbers are its own
    text = GA_NOTE.format(
        s="The Commission on Tidal Heritage, in its resolution 1998/41, asked the Secretary-General to keep the archives.",
        t=FOOTNOTE,
    )
    assert ("cth/res/1998/41", "secretary-general") in _facts(text, "requests")


def test_the_commissions_own_report_reads_its_numbers() -> None:
    # near miss: a document of the commission itself (its series is the document's own)
    text = (
        "E/CN.29/2004/9\nCommission on Tidal Heritage\nDistr.: General\n2 April 2004\n\n"
        "Report of the Secretary-General\n\n1. In its resolution 2003/12, the Commission requested the "
        "Secretary-General to report to it.\n"
    )
    assert ("cth/res/2003/12", "secretary-general") in _facts(text, "requests")


# ------------------------------------------------------------ drafts told in a session's report

HRC_REPORT = (
    "United Nations\nA/HRC/90/2\nGeneral Assembly\nDistr.: General\n30 September 2036\n"
    "Human Rights Council\nNinetieth session\n16 June-11 July 2036\n"
    "Report of the Human Rights Council on its ninetieth session\n\n"
    "G. Consideration of and action on draft proposals\n\n{s}\n"
)
CCR_REPORT = P.SESSION_REPORT.split("Chapter I")[0] + "Chapter V\n\nAction taken by the Commission\n\n{s}\n"
FRAMES = {"hrc": (HRC_REPORT, P.shipped_registry), "ccr": (CCR_REPORT, P.registry)}


def _in(frame: str, paragraphs: str, relation: str) -> set[tuple[str, str]]:
    text, registry = FRAMES[frame]
    return {
        (P.key(f.subject), P.key(f.object))
        for f in extract(text.format(s=paragraphs), source_key="t", registry=registry()).facts
        if f.relation == relation
    }


TOLD = [
    # the terms in a sentence of their own, then the adoption with the symbol and the number
    ("hrc", "11. At the 43rd meeting, on 9 July 2036, the representative of Chile introduced draft resolution "
     "A/HRC/90/L.6, sponsored by 30 States. Under the terms of the draft resolution, the Council, recalling its "
     "resolution 8/4, would request the Secretary-General to submit a report to the Council.\n\n"
     "12. At the same meeting, the Council adopted draft resolution A/HRC/90/L.6 without a vote (resolution 90/9).",
     "requests", ("hrc/res/90/9", "secretary-general")),
    # a relative clause on the label, the draft adopted without its symbol
    ("hrc", "16. At the 45th meeting, on 11 July 2036, the representative of Peru introduced draft decision "
     "A/HRC/90/L.30, by which the Council would request the Office of the United Nations High Commissioner for "
     "Human Rights to organize a panel discussion.\n\n"
     "17. At the same meeting, the Council adopted the draft decision without a vote (decision 90/101).",
     "requests", ("hrc/dec/90/101", "ohchr")),
    # verbs of a series under one "would"
    ("hrc", "11. At the 43rd meeting, the representative of Chile introduced draft resolution A/HRC/90/L.6. "
     "By the draft resolution, the Council would extend the mandate for three years, request the Secretary-General "
     "to provide assistance, and invite the Office of the United Nations High Commissioner for Human Rights to contribute.\n\n"
     "12. At its 44th meeting, on 10 July 2036, the Council adopted the draft resolution by a recorded vote of 30 to 9 "
     "(resolution 90/11).",
     "requests", ("hrc/res/90/11", "secretary-general")),
    ("hrc", "11. At the 43rd meeting, the representative of Chile introduced draft resolution A/HRC/90/L.6. "
     "By the draft resolution, the Council would extend the mandate for three years, request the Secretary-General "
     "to provide assistance, and invite the Office of the United Nations High Commissioner for Human Rights to contribute.\n\n"
     "12. At its 44th meeting, on 10 July 2036, the Council adopted the draft resolution by a recorded vote of 30 to 9 "
     "(resolution 90/11).",
     "invites", ("hrc/res/90/11", "ohchr")),
    # a functional commission's report; "Under its terms"
    ("ccr", "20. At the 5th meeting, the representative of Fiji introduced draft resolution E/CN.21/2031/L.3. "
     "Under its terms, the Commission would take note of the study and request the secretariat to prepare guidance.\n\n"
     "21. At the same meeting, the Commission adopted draft resolution E/CN.21/2031/L.3 (resolution 12/3).",
     "requests", ("ccr/res/12/3", "ccr/secretariat")),
    ("ccr", "20. At the 6th meeting, the Chair introduced draft decision E/CN.21/2031/L.5, under which the Commission "
     "would decide to establish an open-ended working group on storm surge data.\n\n"
     "21. At the same meeting, the Commission adopted the draft decision (decision 12/101).",
     "establishes", ("ccr/dec/12/101", "*")),
]


@pytest.mark.parametrize("frame, paragraphs, relation, fact", TOLD)
def test_what_a_draft_would_do_is_the_adopted_texts(frame: str, paragraphs: str, relation: str, fact: tuple[str, str]) -> None:
    found = _in(frame, paragraphs, relation)
    if fact[1] == "*":
        assert any(s == fact[0] for s, _ in found), found
    else:
        assert fact in found


NOTHING = [
    # withdrawn
    ("hrc", "18. At the 45th meeting, the representative of Ecuador withdrew draft resolution A/HRC/90/L.19, by which "
     "the Council would have established a special rapporteur on persons displaced by disasters."),
    # an amendment rejected, then the draft adopted: the amendment's words are no part of it
    ("hrc", "13. At the 44th meeting, the representative of Chile introduced draft resolution A/HRC/90/L.13.\n\n"
     "14. At the same meeting, the representative of Norway introduced an amendment to the draft resolution "
     "(A/HRC/90/L.41), by which the Council would request the Secretary-General to report. The amendment was rejected "
     "by 15 votes to 27.\n\n15. At the same meeting, the Council adopted draft resolution A/HRC/90/L.13 (resolution 90/11)."),
    # no action: the terms stay the draft's
    ("ccr", "20. At the 5th meeting, the representative of Fiji introduced draft resolution E/CN.21/2031/L.3, by which "
     "the Commission would request the secretariat to prepare guidance. The Commission deferred action on the draft."),
    # a series of bare infinitives under no "would"
    ("ccr", "20. Delegations said that States might review their coastal laws, request the secretariat's advice, and "
     "request the Bureau to circulate examples."),
]


@pytest.mark.parametrize("frame, paragraphs", NOTHING)
def test_no_mandate_from_a_draft_not_adopted_or_no_conditional(frame: str, paragraphs: str) -> None:
    assert not _in(frame, paragraphs, "requests")
    assert not _in(frame, paragraphs, "establishes")


# ------------------------------------------------------------ the heading over a draft's account

HEADED = [
    ("hrc", "Protection of journalists in Africa\n\n11. At the 43rd meeting, on 9 July 2036, the representative of Ghana "
     "introduced draft resolution A/HRC/90/L.6.\n\n12. At the same meeting, the Council adopted draft resolution "
     "A/HRC/90/L.6 without a vote (resolution 90/9).", ("hrc/res/90/9", "Protection of journalists in Africa")),
    ("ccr", "Storm surge data\n\n20. At the 6th meeting, the Chair introduced draft decision E/CN.21/2031/L.5.\n\n"
     "21. At the same meeting, the Commission adopted the draft decision (decision 12/101).",
     ("ccr/dec/12/101", "Storm surge data")),
]


@pytest.mark.parametrize("frame, paragraphs, fact", HEADED)
def test_the_heading_over_an_introduced_draft_is_the_adopted_texts_title(frame: str, paragraphs: str, fact: tuple[str, str]) -> None:
    assert fact in _in(frame, paragraphs, "title")


NO_TITLE = [
    # a section's heading (lettered), not a text's
    ("hrc", "H. Follow-up\n\n11. At the 43rd meeting, the representative of Ghana introduced draft resolution "
     "A/HRC/90/L.6.\n\n12. At the same meeting, the Council adopted draft resolution A/HRC/90/L.6 (resolution 90/9)."),
    # the draft withdrawn under its heading
    ("hrc", "Displacement across borders\n\n18. At the 45th meeting, the representative of Ecuador introduced draft "
     "resolution A/HRC/90/L.19, then withdrew it."),
    # the heading over a paragraph that introduces no draft
    ("hrc", "Statements\n\n11. At the 43rd meeting, the Council adopted draft resolution A/HRC/90/L.6 (resolution 90/9)."),
]


@pytest.mark.parametrize("frame, paragraphs", NO_TITLE)
def test_no_title_from_a_section_heading_or_a_draft_not_adopted(frame: str, paragraphs: str) -> None:
    assert not _in(frame, paragraphs, "title")
