"""Identity rules read from the spent u106 (a treaty body's session page saved as text) and u107 (a
conference's annual report, Word plain text), tested on invented bodies, numbers and wordings:

- an instrument known by a symbol of its body's own series ("decision CSC/118"): the body's, its
  number the symbol's (no session, no year: no numbering template can place one);
- "that decision", "the same decision": the last decision named, never a resolution named since;
- a bare "the Secretary-General" is the Secretary-General, not a body whose full name begins so
  ("Secretary-General of the Conference");
- "the report of the X to the Y, covering its Nth sessions": the report's author's sessions.

Invented bodies, written to a temporary .ttl as a user describes a body the shipped data does not
know."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

# series, key, full name, short name
BODIES = {
    "CSC": ("csc", "Conference on Space Cooperation", "Conference"),
    "ODU/B": ("odu-board", "Board of the Ocean Data Union", "Board"),
}


def _ttl() -> str:
    blocks = ["@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .",
              "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
              "@prefix org:  <http://www.w3.org/ns/org#> .", ""]
    for series, (body, name, short) in BODIES.items():
        blocks.append(
            f'<body/{body}> a mg:Body ;\n    mg:key "{body}" ;\n    skos:prefLabel "{name}"@en ;\n'
            f'    mg:shortName "{short}" ;\n    mg:symbolPrefix "{series}" ;\n    mg:gatheringTerm "session" ;\n'
            "    mg:issuesInstruments true .\n"
        )
        blocks.append(
            f'<body/{body}/secretary-general> a mg:Body ;\n    mg:key "{body}/secretary-general" ;\n'
            f'    skos:prefLabel "Secretary-General of the {name}"@en ;\n'
            f'    skos:altLabel "Secretary-General of the {short}"@en ;\n'
            f"    org:subOrganizationOf <body/{body}> .\n"
        )
    return "\n".join(blocks)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, _ttl())


def facts(text: str, relation: str, registry: BodyRegistry) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


def annual_report(series: str, *paragraphs: str) -> str:
    body, name, short = BODIES[series]
    numbered = "\n\n".join(f"{i}.\t{p}" for i, p in enumerate(paragraphs, start=5))
    return (
        f"{name}\t{series}/2490\n\t14 September 2030\n\tOriginal: English\n\n"
        f"Report of the {name} to the General Assembly of the United Nations\n\n"
        "I.\tOrganization of the work\n\n"
        f"{numbered}\n"
    )


SERIES = sorted(BODIES)


# ------------------------------------------------------------------ instruments known by their symbol


@pytest.mark.parametrize("series", SERIES)
@pytest.mark.parametrize("number", ["118", "2466"])
def test_a_decision_named_by_its_series_symbol_is_the_series_body_s(series: str, number: str, registry: BodyRegistry) -> None:
    body, _, short = BODIES[series]
    text = annual_report(
        series,
        f"At its 1512th plenary meeting, on 4 March 2030, the {short} adopted decision {series}/{number}, entitled"
        ' "Establishment of an expert group on orbital debris".',
    )
    decision = f"{body}/dec/{series}/{number}"
    assert decision in {o for _, o in facts(text, "mentions", registry)}
    assert (decision, "Establishment of an expert group on orbital debris") in facts(text, "title", registry)


@pytest.mark.parametrize("series", SERIES)
@pytest.mark.parametrize("opening", ["By decision {d} of 27 March 2030, the {short}", "In decision {d} of 27 March 2030, the {short}"])
def test_its_date_and_what_it_asks(series: str, opening: str, registry: BodyRegistry) -> None:
    body, _, short = BODIES[series]
    number = f"{series}/121"
    text = annual_report(series, opening.format(d=f"decision {number}", short=short) + " requested the Secretary-General of"
                         f" the {short} to prepare a compilation of proposals.")
    decision = f"{body}/dec/{series}/121"
    assert (decision, "2030-03-27") in facts(text, "adoptedOn", registry)
    assert (decision, f"{body}/secretary-general") in facts(text, "requests", registry)


@pytest.mark.parametrize("series", SERIES)
def test_every_member_of_a_list(series: str, registry: BodyRegistry) -> None:
    body, _, short = BODIES[series]
    text = annual_report(series, f"The {short} recalled decisions {series}/97, {series}/101 and {series}/104 on its methods of work.")
    mentioned = {o for _, o in facts(text, "mentions", registry)}
    assert {f"{body}/dec/{series}/{n}" for n in ("97", "101", "104")} <= mentioned


@pytest.mark.parametrize("series", SERIES)
@pytest.mark.parametrize("shape", ["The report on that meeting ({s}/2471) was circulated to the {short}.",
                                   "The {short} took note of document {s}/2471.",
                                   "The list of documents (decision {s}/2471/Add.1) was issued."])
def test_without_the_kind_word_before_it_the_symbol_stays_a_document(series: str, shape: str, registry: BodyRegistry) -> None:
    body, _, short = BODIES[series]
    text = annual_report(series, shape.format(s=series, short=short))
    assert not any("/dec/" in o for _, o in facts(text, "mentions", registry))


# ------------------------------------------------------------------ a session's list of what it adopted

SESSION_PAGE_BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/ctcm> a mg:Body ; mg:key "ctcm" ; skos:prefLabel "Committee on Tidal Community Monitoring"@en ;
    mg:shortName "Committee" ; mg:symbolPrefix "CTCM/C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/bwr> a mg:Body ; mg:key "bwr" ; skos:prefLabel "Board on Wetland Restoration"@en ;
    mg:shortName "Board" ; mg:symbolPrefix "BWR" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""
PAGE_BODIES = {"ctcm": ("Committee on Tidal Community Monitoring", "Committee"), "bwr": ("Board on Wetland Restoration", "Board")}


@pytest.fixture(scope="module")
def page_registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, SESSION_PAGE_BODIES)


def session_page(body: str, session: int, opening: str, bullet: str, dash: str) -> str:
    name, short = PAGE_BODIES[body]
    entries = [("1", "Working methods", "3 May 2031"), ("2", "Cooperation with regional bodies", "9 May 2031"),
               ("3", "Dates of the next session", "14 May 2031")]
    listed = "\n".join(f"{bullet}Decision {session}/{n} {dash} {title} (adopted on {day})" for n, title, day in entries)
    return (
        f"{name} - {session}th session\n\n"
        f"The {name} held its {session}th session in Geneva from 2 to 14 May 2031.\n\n"
        "Decisions adopted at the session\n\n"
        f"{opening.format(short=short, n=session)}\n\n{listed}\n\n"
        f"Decision {session}/1\n\nBy decision {session}/1, the {short} agreed to review its working methods.\n"
    )


OPENINGS = [
    "At its {n}th session, the {short} adopted the following decisions:",
    "The following decisions were adopted by the {short} at its {n}th session:",
]


@pytest.mark.parametrize("body", sorted(PAGE_BODIES))
@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("bullet", ["  * ", "- ", "• "])
def test_each_entry_of_the_list_below_was_adopted_at_that_session(
    body: str, opening: str, bullet: str, page_registry: BodyRegistry
) -> None:
    text = session_page(body, 47, opening, bullet, "-")
    adopted = facts(text, "adoptedAt", page_registry)
    assert {(f"{body}/dec/47/{n}", f"{body}#47") for n in "123"} <= adopted


@pytest.mark.parametrize("body", sorted(PAGE_BODIES))
@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_the_day_in_brackets_after_an_entry_s_title_is_its_adoption_day(body: str, dash: str, page_registry: BodyRegistry) -> None:
    text = session_page(body, 31, OPENINGS[0], "  * ", dash)
    titles = facts(text, "title", page_registry)
    assert (f"{body}/dec/31/2", "Cooperation with regional bodies") in titles
    assert (f"{body}/dec/31/3", "Dates of the next session") in titles
    days = facts(text, "adoptedOn", page_registry)
    assert {(f"{body}/dec/31/1", "2031-05-03"), (f"{body}/dec/31/3", "2031-05-14")} <= days


def test_a_list_after_another_paragraph_is_not_the_session_s(page_registry: BodyRegistry) -> None:
    text = session_page("bwr", 47, OPENINGS[0], "  * ", "-").replace(
        "\n\n  * Decision 47/1", "\n\nThe decisions earlier adopted on the matter were:\n\n  * Decision 45/1", 1
    ).replace("Decision 47/2", "Decision 45/2").replace("Decision 47/3", "Decision 45/3")
    assert not any(o == "bwr#47" and s.startswith("bwr/dec/45/") for s, o in facts(text, "adoptedAt", page_registry))


# ------------------------------------------------------------------ whose sessions a report covers


@pytest.mark.parametrize("body", sorted(PAGE_BODIES))
@pytest.mark.parametrize("addressee", ["General Assembly", "Economic and Social Council"])
@pytest.mark.parametrize(
    "covering",
    ["The annual report of the {name} to the {to}, covering its 40th and 41st sessions, will be issued as document X/2031/40.",
     "The report of the {short} to the {to} on its fortieth and forty-first sessions is issued as document X/2031/40.",
     "The {short} adopted the report of the {name} to the {to} covering its 40th and 41st sessions (X/2031/40)."],
)
def test_its_after_the_addressee_of_a_report_is_the_report_s_author(
    body: str, addressee: str, covering: str, page_registry: BodyRegistry
) -> None:
    name, short = PAGE_BODIES[body]
    text = session_page(body, 41, OPENINGS[0], "  * ", "-") + "\n" + covering.format(name=name, short=short, to=addressee).replace(
        "X/", "A/" if addressee == "General Assembly" else "E/"
    ) + "\n"
    meetings = facts(text, "meetingOf", page_registry)
    assert {(f"{body}#40", body), (f"{body}#41", body)} <= meetings
    addressee_key = "ga" if addressee == "General Assembly" else "ecosoc"
    assert not any(s.startswith(f"{addressee_key}#4") for s, _ in meetings)


@pytest.mark.parametrize("body", sorted(PAGE_BODIES))
def test_a_report_submitted_to_a_body_at_its_session_is_still_that_body_s(body: str, page_registry: BodyRegistry) -> None:
    name, short = PAGE_BODIES[body]
    text = session_page(body, 41, OPENINGS[0], "  * ", "-") + (
        f"\nThe {short} will submit its report to the General Assembly at its eighty-seventh session.\n"
    )
    assert ("ga#87", "ga") in facts(text, "meetingOf", page_registry)


# ------------------------------------------------------------------ a session's page, titled "Body - Nth session"


def titled_page(body: str, session: int, separator: str, before: str) -> str:
    name, short = PAGE_BODIES[body]
    prefix = "CTCM/C" if body == "ctcm" else "BWR"
    return (
        "Skip to main content\n\n"
        f"{name}{separator} {session}th session\n\n"
        "Date: 2 - 14 May 2031\nLocation: Geneva\n\n"
        "About the session\n\n"
        f"The {name} held its {session}th session in Geneva from 2 to 14 May 2031.\n\n"
        + before.format(short=short, s=f"{prefix}/{session}/4", old=f"{prefix}/{session - 1}/2", n=session - 1) + "\n"
    )


BEFORE_FORMS = [
    "The {short} also had before it a note by the secretariat on its working methods ({s}).",
    "The {short} adopted its agenda as contained in document {s}.",
    "A note by the secretariat on its working methods ({s}) was also before the {short} at the present session.",
    "A note by the secretariat on its working methods ({s}), which was prepared in May 2031, was likewise before the {short}.",
]


@pytest.mark.parametrize("body", sorted(PAGE_BODIES))
@pytest.mark.parametrize("separator", [" -", " –", ":"])
@pytest.mark.parametrize("before", BEFORE_FORMS)
def test_papers_before_the_body_on_a_session_s_page_are_before_that_session(
    body: str, separator: str, before: str, page_registry: BodyRegistry
) -> None:
    text = titled_page(body, 47, separator, before)
    prefix = "CTCM/C" if body == "ctcm" else "BWR"
    assert (f"{prefix}/47/4", f"{body}#47") in facts(text, "submittedTo", page_registry)



# ------------------------------------------------------------------ "Decision 12/1" alone over the page's account of it


def told_decisions(body: str, opening: str, pronoun_first: bool) -> str:
    name, short = PAGE_BODIES[body]
    told = (f"It invited the Office of the United Nations High Commissioner for Human Rights to publish a calendar,"
            f" and asked the secretariat to coordinate the dates.")
    if not pronoun_first:
        told = told.replace("It invited", f"The {short} invited")
    return (
        f"{name} - 47th session\n\n"
        f"The {name} held its 47th session in Geneva from 2 to 14 May 2031.\n\n"
        "Decision 47/1\n\n"
        f"In decision 47/1, the {short} set up a working group on regional monitoring networks.\n\n"
        f"The {short} requested the working group on regional monitoring networks to present its first report.\n\n"
        "Decision 47/2\n\n"
        + opening.format(short=short) + "\n\n"
        f"In that decision, the {short} endorsed the recommendations adopted by the meeting of Chairs.\n\n"
        f"{told}\n"
    )


@pytest.mark.parametrize("body", sorted(PAGE_BODIES))
@pytest.mark.parametrize("opening", [
    "Decision 47/2 recalls General Assembly resolution 68/268 of 9 April 2014 and Human Rights Council resolution 57/3.",
    "Decision 47/2 also recalls General Assembly resolution 68/268 and Human Rights Council resolution 57/3.",
    "By decision 47/2, the {short} recalled General Assembly resolution 68/268 and Human Rights Council resolution 57/3.",
])
@pytest.mark.parametrize("pronoun_first", [True, False])
def test_the_paragraphs_under_a_bare_heading_tell_that_decision(
    body: str, opening: str, pronoun_first: bool, page_registry: BodyRegistry
) -> None:
    text = told_decisions(body, opening, pronoun_first)
    requests = facts(text, "requests", page_registry)
    assert any(s == f"{body}/dec/47/2" and "secretariat" in o for s, o in requests)
    assert (f"{body}/dec/47/2", "ohchr") in facts(text, "invites", page_registry)
    assert any(s == f"{body}/dec/47/1" and "regional-monitoring" in o for s, o in requests)
    cited = facts(text, "cites", page_registry)
    assert (f"{body}/dec/47/2", "ga/res/68/268") in cited
    assert not any(s.startswith("hrc/res/") for s, _ in facts(text, "endorses", page_registry))


# ------------------------------------------------------------------ meetings counted in the thousands; ", which recalls"


@pytest.mark.parametrize("series", SERIES)
@pytest.mark.parametrize("meeting", ["1709th plenary meeting", "4310th meeting", "86th plenary meeting"])
def test_the_day_of_a_meeting_numbered_in_the_thousands_is_the_adoption_day(series: str, meeting: str, registry: BodyRegistry) -> None:
    body, _, short = BODIES[series]
    text = annual_report(series, f"At its {meeting}, on 18 February 2030, the {short} adopted decision {series}/2466.")
    assert (f"{body}/dec/{series}/2466", "2030-02-18") in facts(text, "adoptedOn", registry)


@pytest.mark.parametrize("series", SERIES)
@pytest.mark.parametrize("verb", ["recalls", "recalled", "also reaffirms", "refers to"])
@pytest.mark.parametrize("cited", ["decision {s}/2412", "General Assembly resolution 68/268", "its decision {s}/2412"])
def test_an_instrument_cites_what_its_relative_clause_recalls(series: str, verb: str, cited: str, registry: BodyRegistry) -> None:
    body, _, short = BODIES[series]
    named = cited.format(s=series)
    text = annual_report(
        series,
        f"In decision {series}/2474 of 26 June 2030, which {verb} {named} on the participation of civil society,"
        f" the {short} requested the Secretary-General of the {short} to organize an informal forum.",
    )
    target = "ga/res/68/268" if "68/268" in named else f"{body}/dec/{series}/2412"
    assert (f"{body}/dec/{series}/2474", target) in facts(text, "cites", registry)


@pytest.mark.parametrize(
    "sentence",
    ["In decision CSC/2474, which requested the Secretary-General to report on decision CSC/2412, the Conference met.",
     "In decision CSC/2474, the Conference, which recalls decision CSC/2412, met.",
     "By decision CSC/2474 the Conference took note of the report, which recalls decision CSC/2412."],
)
def test_only_a_relative_clause_right_after_the_instrument_that_recalls_cites(sentence: str) -> None:
    from mandate_graph.loaders.extract.rules.relative_mandates import citing_clause_verb

    first_end = sentence.index("CSC/2474") + len("CSC/2474")
    assert citing_clause_verb(sentence, first_end, sentence.index("decision CSC/2412")) is None


# ------------------------------------------------------------------ a Word text's masthead; the report sending itself


def word_report(series: str, *paragraphs: str, lettered: bool = True) -> str:
    """A report as Word's plain text writes it: the masthead's cells set apart by tabs, each
    numbered paragraph's label and text by a tab, no blank line inside a paragraph."""
    body, name, short = BODIES[series]
    numbered = "\n\n".join(f"{i}.\t{p}" for i, p in enumerate(paragraphs, start=1))
    lettered_part = "A.\t2030 session\n\nB.\tDecisions\n\n" if lettered else ""
    return (
        f"{name}\t{series}/2490\n\t14 September 2030\n\tOriginal: English\n\n"
        f"Report of the {name} to the General Assembly of the United Nations\n\n"
        f"I.\tIntroduction\n\n{numbered}\n\nII.\tOrganization of the work\n\n{lettered_part}"
        f"{len(paragraphs) + 1}.\tThe {short} held 30 plenary meetings.\n\n\t(Signed) Ana Souza\n\tPresident\n"
    )


@pytest.mark.parametrize("series", SERIES)
@pytest.mark.parametrize("lettered", [True, False])
def test_a_word_text_masthead_is_no_table_of_records(series: str, lettered: bool, registry: BodyRegistry) -> None:
    from mandate_graph.loaders.extract import clean

    body, name, short = BODIES[series]
    text = word_report(series, f"The {short} adopted its agenda.", lettered=lettered)
    cleaned = clean(text).text
    assert cleaned.startswith(f"{name} {series}/2490")
    assert f"{series}/2490 14 September" not in cleaned


@pytest.mark.parametrize("series", SERIES)
@pytest.mark.parametrize("verb", ["submits", "transmits"])
@pytest.mark.parametrize("kind", ["annual report", "report"])
def test_the_author_sending_its_report_sends_the_document_being_read(series: str, verb: str, kind: str, registry: BodyRegistry) -> None:
    body, name, short = BODIES[series]
    text = word_report(
        series,
        f"The {name} {verb} its {kind} on its 2030 session to the General Assembly at its eighty-fifth session, in"
        " accordance with General Assembly resolution 84/72 of 7 December 2029.",
    )
    assert (f"{series}/2490", "ga#85") in facts(text, "submittedTo", registry)
    assert (f"{series}/2490", "ga/res/84/72") in facts(text, "pursuantTo", registry)


@pytest.mark.parametrize("series", SERIES)
def test_another_body_sending_its_report_sends_its_own(series: str, registry: BodyRegistry) -> None:
    text = word_report(series, "The Economic and Social Council transmits its report to the General Assembly at its eighty-fifth session.")
    assert not any(s == f"{series}/2490" for s, _ in facts(text, "submittedTo", registry))


@pytest.mark.parametrize("series", SERIES)
@pytest.mark.parametrize("modifier", ["informal", "open-ended"])
def test_a_group_continued_as_a_standing_group_of_that_kind(series: str, modifier: str, registry: BodyRegistry) -> None:
    body, name, short = BODIES[series]
    text = annual_report(
        series,
        f"By decision {series}/2466 of 3 March 2029, the {short} established an expert group on orbital debris.",
        f"By decision {series}/2470 of 27 March 2030, the {short} decided that the expert group on orbital debris would"
        f" continue as a standing {modifier} working group of the {short}.",
    )
    made = facts(text, "makesConstantElement", registry)
    assert any(s == f"{body}/dec/{series}/2470" and "orbital-debris" in o for s, o in made)


@pytest.mark.parametrize("series", SERIES)
@pytest.mark.parametrize("said", [
    "The present report is also issued as document A/85/27.",
    "The present report has also been circulated under the symbol A/85/27.",
    "This report is issued also as A/85/27.",
])
def test_the_document_also_issued_under_another_symbol_has_both(series: str, said: str, registry: BodyRegistry) -> None:
    text = word_report(series, "The Conference held its session in Geneva.", said)
    extraction = extract(text, source_key="test", registry=registry)
    assert extraction.document.ref.symbols == (f"{series}/2490", "A/85/27")


@pytest.mark.parametrize("series", SERIES)
def test_another_document_issued_as_a_symbol_is_not_the_one_being_read(series: str, registry: BodyRegistry) -> None:
    text = word_report(series, "The report of the Secretary-General is also issued as document A/85/27.")
    extraction = extract(text, source_key="test", registry=registry)
    assert extraction.document.ref.symbols == (f"{series}/2490",)


# ------------------------------------------------------------------ a bare title of office


@pytest.mark.parametrize("series", SERIES)
@pytest.mark.parametrize("verb", ["invited", "requested"])
def test_the_secretary_general_another_organisation_s_instrument_addresses_is_its_own(series: str, verb: str, registry: BodyRegistry) -> None:
    body, name, short = BODIES[series]
    text = annual_report(
        series,
        f"The {short} acts in accordance with General Assembly resolution 84/72 of 7 December 2029.",
        f"In paragraph 4 of resolution 84/72, the General Assembly requested the {short} to intensify its efforts, and {verb}"
        f" the Secretary-General to continue to ensure the provision to the {short} of conference services.",
    )
    relation = "invites" if verb == "invited" else "requests"
    addressed = {o for s, o in facts(text, relation, registry) if s == "ga/res/84/72"}
    assert f"{body}/secretary-general" not in addressed
    assert any(o in ("sg", "secretary-general") for o in addressed), addressed


@pytest.mark.parametrize("series", SERIES)
def test_the_secretary_general_the_author_s_own_decision_addresses_is_the_author_s(series: str, registry: BodyRegistry) -> None:
    body, name, short = BODIES[series]
    text = annual_report(
        series,
        f"By decision {series}/2474 of 26 June 2030, the {short} requested the Secretary-General to organize an informal forum.",
    )
    assert (f"{body}/dec/{series}/2474", f"{body}/secretary-general") in facts(text, "requests", registry)


# ------------------------------------------------------------------ a body named again by the head of its name

HEADED = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/csc> a mg:Body ; mg:key "csc" ; skos:prefLabel "Conference on Space Cooperation"@en ;
    mg:shortName "Conference" ; mg:symbolPrefix "CSC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/csc/iwg> a mg:Body ; mg:key "csc/iwg" ; skos:prefLabel "informal working group on orbital traffic"@en ;
    org:subOrganizationOf <body/csc> .
<body/csc/eg> a mg:Body ; mg:key "csc/eg" ; skos:prefLabel "expert group of the Conference on Space Cooperation"@en ;
    org:subOrganizationOf <body/csc> .
"""


@pytest.fixture(scope="module")
def headed_registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, HEADED)


@pytest.mark.parametrize("verb", ["requested", "invited", "asked"])
@pytest.mark.parametrize("body, full, head", [
    ("csc/iwg", "informal working group on orbital traffic", "informal working group"),
    ("csc/eg", "expert group of the Conference on Space Cooperation", "expert group"),
])
def test_the_head_of_a_name_the_paragraph_gave_in_full_is_that_body(
    verb: str, body: str, full: str, head: str, headed_registry: BodyRegistry
) -> None:
    text = annual_report(
        "CSC",
        f"By decision CSC/2470 of 27 March 2030, the Conference decided that the {full} would meet twice a year."
        f" The Conference {verb} the {head} to present a draft programme of work.",
    )
    relation = "invites" if verb == "invited" else "requests"
    assert ("csc/dec/CSC/2470", body) in facts(text, relation, headed_registry)


def test_a_head_two_bodies_share_names_neither(headed_registry: BodyRegistry) -> None:
    from mandate_graph.loaders.extract.rules.named_by_head import body_of_head

    named = [("a", ["working group on orbital traffic"]), ("b", ["working group on debris"])]
    assert body_of_head("working group", named) is None
    assert body_of_head("working group", named[:1]) == "a"


# ------------------------------------------------------------------ "that decision": the last decision named


@pytest.mark.parametrize("opening", ["In that decision", "By the same decision", "In the said decision, the Board", "that decision"])
def test_a_back_reference_by_kind_means_the_last_named_of_that_kind(opening: str) -> None:
    from mandate_graph.graph.model import InstrumentRef
    from mandate_graph.loaders.extract.rules.back_references import named_again

    decision = InstrumentRef("odu-board", "decision", "47", "2")
    named = [decision, InstrumentRef("ga", "resolution", "68", "268"), InstrumentRef("hrc", "resolution", "57", "3")]
    assert named_again(opening, named) == [decision]
    assert named_again(opening.replace("decision", "resolution"), named) == [named[-1]]
    # none of that kind named: the last one, as a release calling a resolution "that decision" means
    assert named_again(opening, named[1:]) == [named[-1]]


@pytest.mark.parametrize("body", sorted(PAGE_BODIES))
@pytest.mark.parametrize("bullet, indent", [("   * ", "     "), ("• ", "  "), ("  * ", "")])
def test_an_entry_wrapped_before_its_adoption_day_keeps_it(body: str, bullet: str, indent: str, page_registry: BodyRegistry) -> None:
    text = session_page(body, 31, OPENINGS[0], bullet, "-").replace(
        " (adopted on 3 May 2031)", f"\n{indent}(adopted on 3 May 2031)"
    )
    assert (f"{body}/dec/31/1", "2031-05-03") in facts(text, "adoptedOn", page_registry)
    assert (f"{body}/dec/31/1", f"{body}#31") in facts(text, "adoptedAt", page_registry)
    assert (f"{body}/dec/31/3", "2031-05-14") in facts(text, "adoptedOn", page_registry)
