"""A resolution's operative part parted into sections under chapter-like headings ("I. Role and
authority", "B. Follow-up"), as the General Assembly's revitalization and omnibus texts, a
commission's resolutions and a COP's long decisions print them: the clauses numbered on under each
heading are still the text's (`segment._next_clause_under`). A report's next chapter after the text
it reproduces ("II. Organization of the session" over "12. The Commission held ...") ends it, and so
does a heading over a clause numbered afresh, or over a paragraph of the report that opens on no verb
of a clause (E296)."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import shipped_registry, stated

GA_TEXT = (
    "A/RES/81/290\nGeneral Assembly\nDistr.: General\n20 September 2027\nEighty-first session\nAgenda item 118\n"
    "Resolution adopted by the General Assembly on 12 September 2027\n"
    "81/290. Revitalization of the work of the General Assembly\n"
    "The General Assembly,\n"
    "Recalling its resolution 80/301 of 9 September 2026,\n"
    "{head1}\n"
    "1. Welcomes the work of the Ad Hoc Working Group;\n"
    "2. Requests the Secretary-General to submit a report at its eighty-second session;\n"
    "{head2}\n"
    "{clause3}\n"
    "4. Decides to include the item in the provisional agenda of its eighty-second session.\n"
)

def facts(text: str, relation: str) -> set[tuple[str, str]]:
    found = stated(extract(text, source_key="test", registry=shipped_registry()))
    return {(s, o) for r, s, o in found if r == relation}


@pytest.mark.parametrize(
    ("head1", "head2", "clause3", "relation", "expected"),
    [
        ("I. Role and authority of the General Assembly", "II. Working methods",
         "3. Requests the Economic and Social Council to align its agenda;", "requests", ("ga/res/81/290", "ecosoc")),
        ("A. General", "B. Follow-up", "3. Also requests the Economic and Social Council to review its methods of work;",
         "requests", ("ga/res/81/290", "ecosoc")),
        ("I. Role and authority", "II. Working methods", "3. Invites the United Nations Environment Programme to contribute;",
         "invites", ("ga/res/81/290", "unep")),
        ("I. Role and authority", "II. Working methods", "3. Encourages the United Nations Environment Programme to contribute;",
         "encourages", ("ga/res/81/290", "unep")),
    ],
)
def test_clauses_numbered_on_under_a_section_heading_are_the_texts(head1, head2, clause3, relation, expected):
    text = GA_TEXT.format(head1=head1, head2=head2, clause3=clause3)
    assert expected in facts(text, relation)
    assert ("ga/res/81/290", "secretary-general") in facts(text, "requests")


def test_sections_right_after_the_preamble():
    text = GA_TEXT.format(head1="I. Role and authority", head2="II. Working methods", clause3="3. Stresses the role of the Assembly;")
    assert facts(text, "requests") == {("ga/res/81/290", "secretary-general")}


@pytest.mark.parametrize(
    ("head", "para"),
    [
        # the next chapter of a report that reproduced the text, its paragraphs its own
        ("II. Organization of the session", "3. The Commission held its session in April 2027; the Economic and Social Council was requested to align its agenda."),
        # a number that does not follow the text's last clause
        ("II. Matters brought to the attention of the Council", "14. Requests the Economic and Social Council to align its agenda;"),
        # a clause numbered afresh: another text, not a section of this one
        ("B. Other matters", "1. Requests the Economic and Social Council to align its agenda;"),
        # a preamble's participle under the heading
        ("II. Working methods", "3. Noting the request of the Economic and Social Council to align its agenda;"),
    ],
)
def test_a_heading_over_no_next_clause_ends_the_text(head, para):
    text = GA_TEXT.format(head1="I. Role and authority", head2=head, clause3=para)
    requested = facts(text, "requests")
    assert ("ga/res/81/290", "ecosoc") not in requested
    assert ("ga/res/81/290", "secretary-general") in requested
