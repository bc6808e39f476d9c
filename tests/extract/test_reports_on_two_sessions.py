"""E285: a body's report on two sessions told in its own text. "The present report, which is the
report of the Commission on its 125th and 126th sessions" (each session's `reportOf`); "The 125th
session was held in Vienna …, and the 126th session at … New York …" (each its place and days, the
sessions in figures being the report's own once it said so); "At its 126th session, it considered a
further note (X) … requested by the Assembly" (the subject "it" is the body the sentence before spoke
of, not the Assembly named further on); "(b) To request its secretariat to present, at its 14th session"
(the secretariat's owner's). And where the report names itself: a supplement of the Assembly's Official
Records under its own symbol (`submittedTo` that session), a message pasting a report's paragraphs
below ("The present report is submitted …" is that report's)."""

from __future__ import annotations

from mandate_graph.loaders.extract import extract

from tests.extract.phrasing import registry, stated

# a report of the Commission on Coastal Resilience (tests/data/phrasing.ttl) with no session in its title
HEAD = "E/CN.21/2031/4\nEconomic and Social Council\nDistr.: General\n2 August 2031\n\nAnnual report of the Commission on Coastal Resilience\n\n"


def facts(*paragraphs: str, head: str = HEAD) -> set[tuple[str, str, str]]:
    text = head + "\n\n".join(f"{i}. {p}" if not p.startswith("(") else p for i, p in enumerate(paragraphs, start=1)) + "\n"
    return stated(extract(text, source_key="test", registry=registry()))


def test_the_present_report_is_the_report_of_two_sessions():
    for opening in (
        "The present report, which is the report of the Commission on Coastal Resilience on its 125th and 126th sessions, is submitted to the Economic and Social Council.",
        "The present report is the report of the Commission on Coastal Resilience on the work of its 125th and 126th sessions.",
        "The present document constitutes the report of the Commission on Coastal Resilience on its 125th and 126th sessions.",
    ):
        got = facts(opening)
        assert ("reportOf", "E/CN.21/2031/4", "ccr#125") in got, opening
        assert ("reportOf", "E/CN.21/2031/4", "ccr#126") in got, opening


def test_two_sessions_held_in_one_sentence_each_get_their_place_and_days():
    opening = "The present report, which is the report of the Commission on Coastal Resilience on its 125th and 126th sessions, is submitted to the Council."
    for held in (
        "The 125th session was held at the headquarters of the World Meteorological Organization in Geneva from 8 to 19 March 2031, "
        "and the 126th session at United Nations Headquarters in New York from 12 to 23 July 2031.",
        "The 125th session was held in Geneva from 8 to 19 March 2031 and the 126th session in New York from 12 to 23 July 2031.",
    ):
        got = facts(opening, held)
        assert ("heldIn", "ccr#125", "Geneva") in got and ("heldIn", "ccr#126", "New York") in got, held
        assert ("heldOn", "ccr#125", "2031-03-08/2031-03-19") in got and ("heldOn", "ccr#126", "2031-07-12/2031-07-23") in got, held


def test_a_report_naming_no_sessions_leaves_sessions_in_figures_unowned():
    # near miss: the present report is about a topic, not the report of sessions
    got = facts("The present report, which is the report of the Commission on Coastal Resilience on coastal erosion, is submitted to the Council.",
                "The 125th session was held in Geneva from 8 to 19 March 2031.")
    assert not any(o == "ccr#125" for _, _, o in got), got


def test_at_its_session_it_considered_is_the_body_of_the_sentence_before():
    for second in (
        "At its 90th session, it considered a further note (E/CN.21/2031/8) containing the results of the assessment requested by the General Assembly.",
        "At its thirteenth session, it considered a further note (E/CN.21/2031/8) on the study requested by the General Assembly.",
        "At its 90th session, held in Nairobi from 3 to 7 May 2032, it took up a further note (E/CN.21/2031/8) prepared for the General Assembly.",
    ):
        got = facts("The Commission had before it, at its twelfth session, a note prepared by its secretariat (E/CN.21/2031/7). " + second)
        sent = {o for r, s, o in got if r == "submittedTo" and s == "E/CN.21/2031/8"}
        assert sent and all(o.startswith("ccr#") for o in sent), (second, sent)
    # near miss: the opening's subject is named, and it is the Assembly
    got = facts("The Commission had before it, at its twelfth session, a note (E/CN.21/2031/7). At its 90th session, the General Assembly considered a further note (E/CN.21/2031/8).")
    assert ("submittedTo", "E/CN.21/2031/8", "ga#90") in got


def test_a_session_after_its_secretariat_is_the_owners():
    for item in (
        "(b) To request its secretariat to present, at its 14th session, a methodology for weighting the classification;",
        "(b) To request its secretariat to submit to it, at its fourteenth session, a note on the classification;",
    ):
        got = facts("The Commission decided:", item)
        assert ("meetingOf", "ccr#14", "ccr") in got, item


def test_an_official_records_supplement_is_submitted_to_its_session():
    for series in (
        ":Series: Official Records of the General Assembly, Ninety-second Session, Supplement No. 30",
        "Official Records of the General Assembly, Ninety-second Session, Supplement No. 30",
    ):
        head = f"A/92/30\n\nReport of the International Civil Service Commission for 2037\n\n{series}\n\n"
        got = facts("The Commission met twice in 2037.", head=head)
        assert ("submittedTo", "A/92/30", "ga#92") in got, series
    # near miss: a chapter's note that the final text will be issued in the Official Records
    got = facts("The present chapter is reproduced from the advance version; the final text will be issued in the "
                "Official Records of the General Assembly, Ninety-second Session, Supplement No. 30 (A/92/30).",
                head="A/92/30\n\nChapter IV. Conditions of service\n\n")
    assert ("submittedTo", "A/92/30", "ga#92") not in got
    # near miss: another supplement's number (the series line names another report)
    head = "A/92/30\n\nReport of the Commission\n\nOfficial Records of the General Assembly, Ninety-second Session, Supplement No. 31\n\n"
    assert not any(r == "submittedTo" and s == "A/92/30" for r, s, _ in facts("The Commission met twice.", head=head))


DIGEST = (
    "CONF-L Digest - 14 Sep 2037\n\nDate: Mon, 14 Sep 2037 16:02:11 -0400\nFrom: Secretariat <s@example.org>\n"
    "Subject: advance text\n\nDear colleagues,\n\n{lead}\n\n"
    "   1. The present report is submitted to the General Assembly at its ninety-second session pursuant to "
    "paragraph 3 of General Assembly resolution 91/248.\n"
)


def test_a_message_pasting_a_report_below_speaks_of_that_report():
    for lead in (
        "The advance unedited text of the report of the Committee on Conferences for 2037 (A/92/32) is now posted. "
        "The main paragraphs are reproduced below for convenience.",
        "The report of the Committee on Conferences (A/92/32) has been issued; its introduction is reproduced below.",
    ):
        got = stated(extract(DIGEST.format(lead=lead), source_key="test", registry=registry()))
        assert ("submittedTo", "A/92/32", "ga#92") in got, lead
        assert ("pursuantTo", "A/92/32", "ga/res/91/248") in got, lead
    # near miss: two reports named before "reproduced below": which one is pasted, the text does not say
    lead = ("The reports of the Committee on Conferences (A/92/32) and of the Committee on Contributions "
            "(A/92/11) are out. The main paragraphs of both are reproduced below.")
    got = stated(extract(DIGEST.format(lead=lead), source_key="test", registry=registry()))
    assert not any(s in ("A/92/32", "A/92/11") and r == "submittedTo" for r, s, _ in got), got
