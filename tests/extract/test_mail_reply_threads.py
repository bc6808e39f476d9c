"""A board's decisions in an e-mail reply thread (E98, from the spent u121): the reply quotes the
earlier message ("> "), which itself quotes a summary ("> > Decision F.12/03 - Title (adopted 3 May
2031)"), and answers inline under each quoted question, its answers marked with the writer's
initials ("[AB] Yes. ..."). A user loading such a mail gets the summary's entries (title, day and
meeting of adoption) and what the answers tell, and no entry of the list is read as the text of
the mail below it."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.mail import quote_marker_changes
from mandate_graph.loaders.extract.characters import apply_changes

from .phrasing import key
from .reference_data import registry_from_turtle

# Invented bodies: a fund whose board numbers decisions "F.{session}/{number}" (meetings), a
# council numbering "C.{session}/{number}" (sessions), each with a committee and a secretariat.
BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/rff> a mg:Body ; mg:key "rff" ; skos:prefLabel "Resilience Finance Facility"@en .
<body/rff/board> a mg:Body ; mg:key "rff/board" ;
    skos:prefLabel "Board of the Resilience Finance Facility"@en ; mg:shortName "Board" ;
    mg:symbolPrefix "RFF/B" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "F.{session}/{number}" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/rff> .
<body/rff/board/risk-committee> a mg:Body ; mg:key "rff/board/risk-committee" ;
    skos:prefLabel "Risk Committee of the Board of the Resilience Finance Facility"@en ;
    skos:altLabel "Risk Committee"@en ; org:subOrganizationOf <body/rff/board> .
<body/rff/secretariat> a mg:Body ; mg:key "rff/secretariat" ;
    skos:prefLabel "Secretariat of the Resilience Finance Facility"@en ; mg:shortName "Secretariat" ;
    org:subOrganizationOf <body/rff> .
<body/wlc> a mg:Body ; mg:key "wlc" ;
    skos:prefLabel "Wetlands Loss Council"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "WLC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "C.{session}/{number}" ; mg:instrumentKind "resolution" ] .
<body/wlc/panel> a mg:Body ; mg:key "wlc/panel" ;
    skos:prefLabel "Scientific Panel of the Wetlands Loss Council"@en ; skos:altLabel "Scientific Panel"@en ;
    org:subOrganizationOf <body/wlc> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _thread(kind: str, prefix: str, dash: str, adopted: str, sender: str, committee: str, gap: str) -> str:
    """A reply quoting a question that quotes a summary of three entries; ``gap``: a quoted blank
    line between the quoting line and the summary, or none."""
    return (
        f"From: {sender}\nSent: Thursday, 11 March 2032 09:14\nTo: Observer <obs@example.org>\n"
        "Subject: RE: outcomes - which texts task whom?\n\n"
        "Dear colleague,\n\nMy answers are inline below.\n\nBest regards,\nAnna\n\n"
        "-----Original Message-----\nFrom: Observer <obs@example.org>\nSubject: outcomes\n\n"
        "> Dear Anna,\n>\n> Could you confirm the points below? I quote the summary we received.\n"
        f"{gap}"
        f"> > {kind} {prefix}.12/03 {dash} Budget for the biennium (adopted{adopted} 3 May 2031)\n"
        f"> > {kind} {prefix}.12/07 {dash} Guidance on safeguards (adopted{adopted} 4 May 2031)\n"
        f"> > {kind} {prefix}.12/11 {dash} Evaluation policy (adopted{adopted} 4 May 2031)\n"
        "> > Documents considered under item 4: XYZ/12/08 (budget).\n>\n"
        f"> 1. Budget. Does {prefix}.12/03 build on {kind.lower()} {prefix}.11/14?\n"
        f"[AL] Yes. {kind} {prefix}.12/03 requests the {committee} to review the budget.\n\n"
        f"> 2. Safeguards. Which texts does {prefix}.12/07 respond to?\n\n"
        f"[AL] {kind} {prefix}.12/07 requests the {committee} to report on the guidance.\n\n"
        "> Many thanks,\n> Observer\n"
    )


CASES = [
    ("Decision", "F", "-", "", '"RFF secretariat" <sec@rff.example>', "Risk Committee", "rff/board", "rff/board/risk-committee", "meeting"),
    ("Decision", "F", "–", " on", '"RFF secretariat" <sec@rff.example>', "Risk Committee", "rff/board", "rff/board/risk-committee", "meeting"),
    ("Resolution", "C", "-", "", "Secretariat of the Wetlands Loss Council <wlc@wlc.example>", "Scientific Panel", "wlc", "wlc/panel", "session"),
]


@pytest.mark.parametrize("gap", ["", ">\n"])
@pytest.mark.parametrize(("kind", "prefix", "dash", "adopted", "sender", "committee", "issuer", "addressee", "gathering"), CASES)
def test_a_quoted_summary_and_the_inline_answers(
    registry: BodyRegistry, gap: str, kind: str, prefix: str, dash: str, adopted: str, sender: str, committee: str,
    issuer: str, addressee: str, gathering: str,
) -> None:
    text = _thread(kind, prefix, dash, adopted, sender, committee, gap)
    extraction = extract(text, source_key="mail", registry=registry)
    facts = {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}
    short = "dec" if kind == "Decision" else "res"
    first, second, third = (f"{issuer}/{short}/12/{n}" for n in (3, 7, 11))
    # each entry of the summary: its title without the note, its day and meeting of adoption
    assert ("title", first, "Budget for the biennium") in facts
    assert ("title", third, "Evaluation policy") in facts
    assert ("adoptedOn", second, "2031-05-04") in facts
    assert ("adoptedAt", first, f"{issuer}#12") in facts
    # what the answers say each text asks
    assert ("requests", first, addressee) in facts
    assert ("requests", second, addressee) in facts
    # the list's last entry is no text of the mail below it: it cites nothing, asks nothing
    assert not any(s == third and r in ("cites", "requests") for r, s, _ in facts), facts
    # the padded numbers are the plain ones
    assert not any("/0" in s or "/0" in o for _, s, o in facts)


def _unquoted(text: str) -> str:
    lines = text.split("\n")
    starts = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return apply_changes(text, quote_marker_changes(lines, starts))[0]


def test_a_quote_inside_a_quote_is_a_paragraph_of_its_own() -> None:
    text = "From: A <a@example.org>\nSubject: Re: x\n\n> I quote the note:\n> > First line of the note\n> > second line.\n> Thanks.\n"
    assert _unquoted(text).split("\n\n")[1:] == ["I quote the note:", "First line of the note\nsecond line.", "Thanks.\n"]


def test_an_answer_right_under_the_question_is_no_part_of_it() -> None:
    text = "From: A <a@example.org>\nSubject: Re: x\n\n> Hello,\n> Is it adopted?\n> Which one?\n[KM] Yes, it is.\n> Thanks\n"
    unquoted = _unquoted(text)
    assert "Which one?\n\nYes, it is.\n\nThanks" in unquoted


def test_a_lone_quoted_line_is_quoted_only_in_a_mail_that_quotes_a_passage() -> None:
    # a web page's breadcrumb ("Home > Meetings") or a lone ">" line is no quotation
    text = "Home\n> Meetings\n\nThe Board met.\n"
    assert _unquoted(text) == text
    mail = "From: A <a@example.org>\nSubject: Re: x\n\n> One\n> Two\n> Three\n\nAnswer.\n\n> Question?\n\nReply.\n"
    assert "> " not in _unquoted(mail)


@pytest.mark.parametrize("second_line", ["Conference discussion", "Technical Review"])
def test_a_title_wrapped_after_a_hyphen_stays_one_title(registry: BodyRegistry, second_line: str) -> None:
    # a web page's text dump: "F.12/5 - Title ... of the" / "Conference discussion" is one heading,
    # no list of entries ended by a list heading
    text = (
        "Decisions of the twelfth meeting of the Board of the Resilience Finance Facility\n\n"
        f"F.12/5 - Follow-up to the review of the risk framework: outcome of the\n{second_line}\n\n"
        "The Board,\n\nRequests the Risk Committee to report at its thirteenth meeting.\n"
    )
    extraction = extract(text, source_key="page", registry=registry)
    titles = {key(f.object) for f in extraction.facts if f.relation == "title" and key(f.subject) == "rff/board/dec/12/5"}
    assert titles == {f"Follow-up to the review of the risk framework: outcome of the {second_line}"}
