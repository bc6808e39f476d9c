"""E291: what earlier rounds left in reports that tell a history.

- "The terms of reference of X were revised in resolution N, by which the Assembly requested A ...,
  and asked B ...": the sentence's main clause, a passive whose agent or place is the instrument, is
  said before the relative clause; the verb after ", and" goes on with the relative clause (it was
  taken for the main clause's own verb, whose instrument none).
- "The report of X on its fifth session is contained in document N; it was considered by the
  Commission at its twelfth session": the clause after the semicolon tells of the paper the symbol
  closes.
- "the Committee" after the text named, in another part, the one bearer of that short name it names
  in full: that body, not the author's own body of that short name the text never names.
- "The Commission welcomes the consideration by the General Assembly, at its seventy-ninth session,
  of its report on its eleventh session (N)": the report and its session are the subject's.
"""

from __future__ import annotations

from tests.extract.phrasing import SG_REPORT, facts


def in_sg_report(sentence: str, relation: str) -> set[tuple[str, str]]:
    return facts(SG_REPORT.format(s=sentence), relation)


def test_second_verb_after_a_relative_clause_on_a_passive_main_clause():
    for sentence in (
        "The terms of reference of the Working Group on Early Warning Systems were revised in resolution 78/270 of 22 December 2023, "
        "by which the Assembly also requested the Working Group to report annually, and asked the Committee on Coastal Data to evaluate its work.",
        "The mandate of the Working Group on Early Warning Systems was extended by General Assembly resolution 78/270, by which "
        "the Assembly requested the Secretary-General to support it, and requested the Committee on Coastal Data to review its methods.",
        "The programme has been reviewed under resolution 78/270, whereby the Assembly invited the Working Group on Early Warning Systems "
        "to share its findings, and asked the Committee on Coastal Data to evaluate them by 2027.",
    ):
        got = in_sg_report(sentence, "requests") | in_sg_report(sentence, "invites")
        assert ("ga/res/78/270", "ccr/committee-on-data") in got, (sentence, got)


def test_second_verb_near_misses():
    # the main clause's own verb after the relative clause: no instrument asks
    sentence = (
        "The Working Group on Early Warning Systems, recalling resolution 78/270, by which the Assembly adopted the Strategy, "
        "asked the Committee on Coastal Data to evaluate its work."
    )
    assert ("ga/res/78/270", "ccr/committee-on-data") not in in_sg_report(sentence, "requests"), sentence
    # a passive main clause with no relative clause asks nothing of a body named after it
    sentence = "The terms of reference were revised in resolution 78/270, and the Committee on Coastal Data asked the secretariat for a note."
    assert ("ga/res/78/270", "ccr/committee-on-data") not in in_sg_report(sentence, "requests"), sentence


def test_it_was_considered_after_a_semicolon():
    for sentence, session in (
        ("The report of the Committee on Coastal Data on its third session is contained in document E/CN.21/2031/9; "
         "it was considered by the Commission at its 12th session.", "ccr#12"),
        ("The Committee on Coastal Data issued its report (E/CN.21/2031/9); it will be considered by the Commission at its 13th session.", "ccr#13"),
        ("The note is contained in document E/CN.21/2031/9; it was considered at the 12th session of the Commission.", "ccr#12"),
    ):
        got = in_sg_report(sentence, "submittedTo")
        assert ("E/CN.21/2031/9", session) in got, (sentence, got)


def test_it_was_considered_near_misses():
    for sentence in (
        # the Commission did something else with it
        "The report of the Committee on Coastal Data is contained in document E/CN.21/2031/9; the Commission was informed of it at its 12th session.",
        # "it" is no paper after a body's act
        "The Committee on Coastal Data adopted document E/CN.21/2031/9 and the Commission met; it then approved its programme at its 12th session.",
    ):
        got = in_sg_report(sentence, "submittedTo")
        assert not any(s == "E/CN.21/2031/9" for s, _ in got), (sentence, got)


def test_short_name_of_the_one_body_named_in_full():
    text = SG_REPORT.format(
        s="The Committee on Coastal Data held its third session in Nairobi from 3 to 7 February 2031.\n\n"
        "2. The Commission on Coastal Resilience met twice in 2031.\n\n"
        "3. The report of the Committee on its third session is contained in document E/CN.21/2031/9."
    )
    got = facts(text, "reportOf")
    assert ("E/CN.21/2031/9", "ccr/committee-on-data#3") in got, got


def test_consideration_by_another_body_of_its_report():
    for sentence, reporter in (
        ("The Commission on Coastal Resilience welcomes the consideration by the General Assembly, at its seventy-ninth session, "
         "of its report on its eleventh session (E/CN.21/2031/5), and looks forward to the debate.", "ccr#11"),
        ("The Committee on Coastal Data welcomed the consideration by the Commission on Coastal Resilience of its report on its "
         "third session (E/CN.21/2031/5).", "ccr/committee-on-data#3"),
    ):
        got = in_sg_report(sentence, "reportOf")
        assert got == {("E/CN.21/2031/5", reporter)}, (sentence, got)


def test_consideration_near_miss_keeps_the_named_reporter():
    # no "consideration by … of its report": the body named with the report holds its session
    for sentence, reporter in (
        ("The Committee on Coastal Data welcomed the report of the Commission on Coastal Resilience on its eleventh session "
         "(E/CN.21/2031/5).", "ccr#11"),
    ):
        assert in_sg_report(sentence, "reportOf") == {("E/CN.21/2031/5", reporter)}, sentence
