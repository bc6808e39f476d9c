"""A resolution recounted in a note or a web page, with its issuer named after it: "In resolution
85/160 on ..., adopted at its eighty-fifth session, the General Assembly, recalling its resolution
61/295, by which it adopted ..., tasked the Commission with ...; the Assembly also invited ...".

- the bare number opening the sentence ("In resolution 85/160") is the act of the subject named
  after it, not of the document's own body (`resolve._IN_BARE`); not after "By", where the subject
  is often what the instrument made ("By resolution 2000/22, the Forum was established"), nor
  before a passive subject;
- "the General Assembly, recalling its resolution 61/295": "its" after a participle is the body just
  before it (`resolve._PARTICIPLE_ITS`);
- ", adopted at its eighty-fifth session" after the number, its date or its unquoted title is the
  session of the instrument's issuer (`resolve._adopting_issuer`, `relate._adopted_after`), and is
  not what a later bare "the thirtieth session" refers back to;
- a relative clause with its own subject and verb ("by which it adopted the Declaration") is closed
  by the comma before the main verb ("…, tasked the Commission with"): the main clause's
  instrument acts (`relate._closed_at`).
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_note

GA_RES = "ga/res/85/160"
RECALLED = "ga/res/61/295"


@pytest.mark.parametrize("sentence", [
    "In resolution 85/160, the General Assembly requested the Commission to prepare a study.",
    "In resolution 85/160 on coastal peoples, the General Assembly tasked the Commission with preparing a study.",
    "In resolution 85/160 of 14 December 2030, the General Assembly, recalling its resolution 61/295, requested "
    "the Commission to prepare a study.",
    "In resolution 85/160 on coastal peoples, adopted at its eighty-fifth session, the General Assembly, recalling "
    "its resolution 61/295, by which it adopted the Declaration on the Rights of Coastal Peoples, tasked the "
    "Commission with preparing a thematic study, to be presented at the thirteenth session.",
    "Also in resolution 85/160, the General Assembly, noting its resolution 61/295, by which the Assembly proclaimed "
    "the Decade, requested the Commission to prepare a study.",
])
def test_the_subject_after_a_bare_opening_issued_the_resolution(sentence: str) -> None:
    text = in_note(sentence)
    assert (GA_RES, "ccr") in facts(text, "requests")
    assert not any(s.startswith("ccr/res/85") for s, _ in facts(text, "requests"))


@pytest.mark.parametrize("sentence", [
    "In resolution 85/160, the General Assembly, recalling its resolution 61/295, requested the Commission to act.",
    "In resolution 85/160, the General Assembly, reaffirming also its resolution 61/295, requested the Commission to act.",
    "In resolution 85/160, the General Assembly, bearing in mind its resolution 61/295, requested the Commission to act.",
])
def test_its_after_a_participle_is_the_body_before_it(sentence: str) -> None:
    text = in_note(sentence)
    assert RECALLED in {o for _, o in facts(text, "mentions")}
    assert "ccr/res/61/295" not in {o for _, o in facts(text, "mentions")}
    if "bearing in mind" not in sentence:  # a citing verb of the recital forms
        assert (GA_RES, RECALLED) in facts(text, "cites")


@pytest.mark.parametrize(("sentence", "session"), [
    ("In resolution 85/160 on coastal peoples, adopted at its eighty-fifth session, the General Assembly requested "
     "the Commission to act.", "ga#85"),
    ("In resolution 85/160, adopted at its eighty-fifth session, the General Assembly requested the Commission to act.",
     "ga#85"),
    ("In resolution 85/160 of 14 December 2030 on coastal peoples, adopted at its eighty-fifth session, the "
     "General Assembly requested the Commission to act.", "ga#85"),
])
def test_adopted_at_its_session_after_the_title_is_the_issuers(sentence: str, session: str) -> None:
    text = in_note(sentence)
    assert (GA_RES, session) in facts(text, "adoptedAt")
    assert not any(g == "ccr#85" for g, _ in facts(text, "meetingOf"))


def test_the_commissions_own_resolution_adopted_at_its_session() -> None:
    text = in_note("The Commission recalled its resolution 10/2 on tides, adopted at its tenth session, held in Suva.")
    assert ("ccr/res/10/2", "ccr#10") in facts(text, "adoptedAt")


def test_a_later_bare_session_is_not_the_issuers() -> None:
    text = in_note(
        "In resolution 85/160, adopted at its eighty-fifth session, the General Assembly requested the Commission "
        "to present a study at the thirteenth session."
    )
    assert not any(g == "ga#13" for g, _ in facts(text, "meetingOf"))


@pytest.mark.parametrize("sentence", [
    # "By": the subject after is what the resolution made, not its issuer
    "By resolution 12/1, the Working Group on Early Warning Systems was established.",
    # a passive subject after "In"
    "In resolution 12/1, the Working Group on Early Warning Systems was requested to report.",
])
def test_no_issuer_from_a_subject_the_resolution_acts_on(sentence: str) -> None:
    text = in_note(sentence)
    instruments = {s for s, _ in facts(text, "requests")} | {s for s, _ in facts(text, "establishes")}
    assert instruments <= {RESOLUTION}


def test_a_relative_clause_without_its_own_verb_keeps_its_instrument() -> None:
    # "by which it requested ...": the relative clause's own mandate, the recalled resolution's
    text = in_note(
        "In resolution 85/160, the General Assembly recalled its resolution 61/295, by which the Assembly "
        "established the Commission, and requested the Commission to prepare a study."
    )
    assert (GA_RES, "ccr") in facts(text, "requests")
    assert (RECALLED, "ccr") not in facts(text, "requests")
