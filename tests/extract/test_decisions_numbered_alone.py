"""Chapter I of a functional commission's session report as the Official Records print it (E210):
each decision's number alone on a line ("66/101", "58/2"), its title on the next and the opening
formula ("The Commission on Population and Development:") below, then its lettered clauses. The
number is the heading of the decision's text, not a page number ("2/3"): the decision is mentioned,
titled, adopted at the session of the report's title ("Report on the fifty-eighth session"), and its
clauses are its own (cites, requests, invitations, establishments, "shall continue as a standing
group", endorsements). The same chapter in `pdftotext -layout` and as Word's plain text.

Also: the documents a sentence names as before the session ("The documents before the Commission at
its sixty-sixth session, including the report of the Secretary-General (X), are available …"), and a
draft the report only recommends to the Council, whose "Decides that the next session shall be held
in … from …" is not yet settled.

Near misses: a page number over a heading and the report's text, a number alone over a title and no
formula (a table of contents), the documents named after the sentence's verb, a draft's "to be held in
Vienna" (a description, kept as the set's gold keeps it).
"""

from __future__ import annotations

import textwrap

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key, shipped_registry

CPD = "ecosoc/cpd"
CSOCD = "ecosoc/csocd"
STATCOM = "ecosoc/statistical-commission"


def _facts(text: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="test", registry=shipped_registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


# raw pdftotext: every paragraph broken at the page's width, a page's footer and running symbols between
# clauses, the headings a line each
_HEAD = """E/2031/25-E/CN.9/2031/7
United Nations
Economic and Social Council
Official Records, 2031
Supplement No. 5
Commission on Population and Development
Report on the fifty-eighth session
(7–11 April 2031)
Chapter I
Matters calling for action by the Economic and Social
Council or brought to its attention
B. Matters brought to the attention of the Council
"""


def _raw(*pieces: str) -> str:
    """Paragraphs broken at pdftotext's width; a piece starting with "|" is a line kept whole."""
    return _HEAD + "".join(p[1:] + "\n" if p.startswith("|") else textwrap.fill(p, 78) + "\n" for p in pieces)


CPD_RAW = _raw(
    "1. The following decisions adopted by the Commission are brought to the attention of the Council:",
    "|58/2",
    "|Population data for sustainable development",
    "|The Commission on Population and Development:",
    "(a) Recalls General Assembly resolution 70/1 of 25 September 2015, entitled \"Transforming our world\";",
    "(b) Requests the Secretary-General to report to the Commission at its fifty-ninth session on the "
    "implementation of the present decision;",
    "(c) Decides to establish a working group on population registers, and requests the working group to "
    "report to the Commission at its sixtieth session;",
    "|2 31-05522",
    "|E/2031/25",
    "|E/CN.9/2031/7",
    "(d) Invites the United Nations Entity for Gender Equality and the Empowerment of Women to cooperate with "
    "the working group and to support the countries in their registers.",
    "|58/3",
    "|Urbanization and migration",
    "|The Commission on Population and Development:",
    "(a) Recalls its decision 56/2, adopted at its fifty-sixth session, by which it established an expert "
    "group on urban population estimates;",
    "(b) Decides that the expert group shall continue as a standing group of the Commission, reporting every "
    "second year.",
    "|Chapter V",
    "|Organization of the session",
    "2. The Commission on Population and Development held its fifty-eighth session in New York from 7 to 11 "
    "April 2031. The Commission held eight meetings, and a number of informal consultations were held on the "
    "draft texts before it under the guidance of the Vice-Chairs of the Bureau.",
    "3. The session was opened by the Chair of the Commission, who also made a statement on the theme of the "
    "session and on the review of the programme of work of the Population Division in the light of the "
    "requests made by the Commission at its earlier sessions.",
    "4. At the same meeting, statements were made by the Under-Secretary-General for Economic and Social "
    "Affairs, by the Executive Director of the United Nations Population Fund and by the Director of the "
    "Population Division of the Department of Economic and Social Affairs of the Secretariat.",
)


def test_a_number_alone_heads_its_decision() -> None:
    found = _facts(CPD_RAW)
    for number, title in (("2", "Population data for sustainable development"), ("3", "Urbanization and migration")):
        decision = f"{CPD}/dec/58/{number}"
        assert ("mentions", "E/2031/25", decision) in found
        assert ("title", decision, title) in found
        assert ("adoptedAt", decision, f"{CPD}#58") in found


def test_the_clauses_are_the_decisions_own() -> None:
    found = _facts(CPD_RAW)
    assert ("cites", f"{CPD}/dec/58/2", "ga/res/70/1") in found
    assert ("requests", f"{CPD}/dec/58/2", "secretary-general") in found
    assert any(r == "establishes" and s == f"{CPD}/dec/58/2" for r, s, _ in found)
    assert ("invites", f"{CPD}/dec/58/2", "un-women") in found
    assert ("cites", f"{CPD}/dec/58/3", f"{CPD}/dec/56/2") in found
    assert any(r == "makesConstantElement" and s == f"{CPD}/dec/58/3" for r, s, _ in found)


# the same chapter in `pdftotext -layout`: indented paragraphs, hanging letters, the number at the margin
CSOCD_LAYOUT = """                                                                   E/2032/26-E/CN.5/2032/9

United Nations

Economic and Social Council
Official Records, 2032
Supplement No. 6

Commission for Social Development
Report on the seventieth session
(10–19 February 2032)

Chapter I
Matters calling for action by the Economic and Social Council or brought to its attention

        B.   Matters brought to the attention of the Council

        1.   The following decisions adopted by the Commission are brought to the
             attention of the Council:

        70/101
        Social inclusion of older persons

        The Commission for Social Development:

             (a)   Recalls General Assembly resolution 70/1 of 25 September 2015;

             (b)   Requests the Secretary-General to submit a report to the Commission at its
        seventy-first session.
"""


def test_layout_text_reads_the_same_heading() -> None:
    found = _facts(CSOCD_LAYOUT)
    decision = f"{CSOCD}/dec/70/101"
    assert ("title", decision, "Social inclusion of older persons") in found
    assert ("adoptedAt", decision, f"{CSOCD}#70") in found
    assert ("cites", decision, "ga/res/70/1") in found
    assert ("requests", decision, "secretary-general") in found


# Word's plain text: a blank line between the number, its title and the formula, tabs before the letters
STATCOM_WORD = (
    "E/2033/24-E/CN.3/2033/35\n\nStatistical Commission\n\nReport on the sixty-fourth session\n\n(5–8 March 2033)\n\n"
    "Chapter I\n\nMatters requiring action by the Economic and Social Council or brought to its attention\n\n"
    "B.\tMatters brought to the attention of the Council\n\n"
    "2.\tThe following decisions adopted by the Commission are brought to the attention of the Council:\n\n"
    "64/105\n\nClimate change statistics\n\nThe Statistical Commission:\n\n"
    "(a)\tRecalls Economic and Social Council resolution 2027/9 of 2 June 2027;\n\n"
    "(b)\tRequests the Bureau of the Commission to prepare a work plan;\n"
)


def test_word_text_reads_the_same_heading() -> None:
    found = _facts(STATCOM_WORD)
    decision = f"{STATCOM}/dec/64/105"
    assert ("title", decision, "Climate change statistics") in found
    assert ("adoptedAt", decision, f"{STATCOM}#64") in found
    assert ("cites", decision, "ecosoc/res/2027/9") in found


def test_a_page_number_heads_nothing() -> None:
    # "2/3" at a page's foot, then a heading and the report's own paragraph: no decision 2/3
    text = _raw(
        "1. The Commission considered item 3 of its agenda at its 2nd meeting, on 7 April 2031, and heard an "
        "introductory statement by the Director of the Population Division.",
        "|2/3",
        "|Urbanization and migration",
        "2. The Commission held a general discussion on the item at its 3rd and 4th meetings, and the "
        "observers for several intergovernmental organizations made statements.",
    )
    found = _facts(text)
    assert not any("dec/2/3" in s or "dec/2/3" in o for _, s, o in found)


def test_a_number_alone_over_a_title_and_no_formula_heads_nothing() -> None:
    # a list of the decisions adopted, number and title a line each, then the report's next section
    text = _raw(
        "1. The following decisions adopted by the Commission are brought to the attention of the Council:",
        "|58/4", "|International migration", "|58/5", "|Population ageing",
        "|Chapter V", "|Organization of the session",
    )
    found = _facts(text)
    assert not any(r == "title" and s in (f"{CPD}/dec/58/4", f"{CPD}/dec/58/5") for r, s, _ in found)


def test_documents_named_as_before_the_session() -> None:
    text = CPD_RAW + (
        "3. The documents before the Commission at its fifty-eighth session, including the report of the "
        "Secretary-General (E/CN.9/2031/2) and the note by the Secretariat (E/CN.9/2031/3), are available "
        "on its website; the summary is given in E/CN.9/2031/INF/1.\n"
    )
    found = _facts(text)
    assert ("submittedTo", "E/CN.9/2031/2", f"{CPD}#58") in found
    assert ("submittedTo", "E/CN.9/2031/3", f"{CPD}#58") in found
    # named after the sentence's verb: not one of those the clause lists
    assert ("submittedTo", "E/CN.9/2031/INF/1", f"{CPD}#58") not in found


# a draft decision the Commission recommends to the Council, above the decisions it adopted
DRAFT = """A. Draft decision for adoption by the Council
1. The Commission for Social Development recommends to the Economic and Social
Council the adoption of the following draft decision:
Report of the Commission for Social Development on its seventieth session and
provisional agenda for its seventy-first session
The Economic and Social Council:
(a) Takes note of the report of the Commission for Social Development on its
seventieth session;
(b) Decides that the seventy-first session of the Commission shall be held in
New York from 8 to 17 February 2033;
(c) Approves the provisional agenda for the seventy-first session, to be held in
Geneva in February 2033.
"""


def test_a_recommended_drafts_decided_dates_are_not_settled() -> None:
    text = CSOCD_LAYOUT.replace("        B.   Matters brought", DRAFT + "        B.   Matters brought")
    found = _facts(text)
    assert not any(r == "heldOn" and s == f"{CSOCD}#71" for r, s, _ in found)
    assert ("heldIn", f"{CSOCD}#71", "New York") not in found
    # the draft's description of the session "to be held in Geneva" is kept, as the set's gold keeps it
    assert ("heldIn", f"{CSOCD}#71", "Geneva") in found
    # the decisions the Commission adopted below the draft are read as before
    assert ("title", f"{CSOCD}/dec/70/101", "Social inclusion of older persons") in found


def test_an_adopted_decision_settles_its_dates() -> None:
    # the same clause in a decision the Commission adopted: the session's place and days
    text = CSOCD_LAYOUT + (
        "\n             (c)   Decides that the seventy-first session of the Commission shall be held in New York\n"
        "        from 8 to 17 February 2033.\n"
    )
    found = _facts(text)
    assert ("heldOn", f"{CSOCD}#71", "2033-02-08/2033-02-17") in found
