"""A document in an office-holder's own voice (`rules.own_voice`): "the Council requested me to
report" in a report of the Secretary-General gives the mandate to the Secretary-General, as
"requested the Secretary-General to report" would. Only a heading naming an office ("Report of
the Secretary-General", "Letter dated ... from the Secretary-General addressed to ...", "Report
of the Executive Director") gives the text a voice; an annex in another writer's voice ends it."""

from __future__ import annotations

from functools import lru_cache

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.own_voice import first_person, is_office, writer_named_at

SG = BodyRef("secretary-general")


@lru_cache(maxsize=1)
def shipped() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI)


def _masthead(symbol: str, organ: str) -> str:
    return (
        f"United Nations                                          {symbol}\n"
        f"{organ:<56}Distr.: General\n"
        "                                                        14 June 2031\n\n"
    )


def sg_report(body: str, title: str = "Report of the Secretary-General") -> str:
    return _masthead("S/2031/512", "Security Council") + f"The situation in the Sahel\n\n{title}\n\nI. Introduction\n\n{body}\n"


def mandates(text: str) -> set[tuple[object, str, object]]:
    facts = extract(text, source_key="doc", registry=shipped()).facts
    return {(f.subject, f.relation, f.object) for f in facts if f.relation in ("requests", "invites", "encourages", "establishes")}


def sc(year: str, number: str) -> InstrumentRef:
    return InstrumentRef("security-council", "resolution", year, number)


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("1. The present report is submitted pursuant to resolution 2729 (2024), in which the Security Council "
         "extended the mandate of the Mission until 30 April 2025 and requested me to report every 90 days.", "requests"),
        ("1. In its resolution 2729 (2024), the Council asked me to convene a conference of the parties.", "requests"),
        ("1. By paragraph 4 of resolution 2729 (2024), the Council\ncalled upon me to engage with the parties.", "requests"),
        ("1. In resolution 2729 (2024), the Council invited me to keep it informed of developments.", "invites"),
        ("1. The Council, by resolution 2729 (2024), encouraged me to strengthen the good offices of the Office.", "encourages"),
        ("1. Resolution 2729 (2024), by which I was requested to report on its implementation, expires in May.", "requests"),
        ("1. In resolution 2729 (2024), the Council requested that I report every 120 days on the Mission.", "requests"),
        ("1. I was also requested, in resolution 2729 (2024), to keep the Council informed.", "requests"),
    ],
)
def test_me_in_a_report_of_the_secretary_general_is_the_secretary_general(sentence: str, relation: str) -> None:
    assert (sc("2024", "2729"), relation, SG) in mandates(sg_report(sentence))


def test_a_progress_report_and_a_letter_of_the_secretary_general_speak_in_his_voice() -> None:
    sentence = "1. In its resolution 2731 (2024), the Council requested me to submit a progress report."
    assert (sc("2024", "2731"), "requests", SG) in mandates(sg_report(sentence, "Third progress report of the Secretary-General"))
    letter = _masthead("S/2031/600", "Security Council") + (
        "Letter dated 1 July 2031 from the Secretary-General addressed to the President of the Security Council\n\n"
        "I have the honour to refer to resolution 2731 (2024), by which the Council requested me to inform it "
        "of the arrangements made.\n"
    )
    assert (sc("2024", "2731"), "requests", SG) in mandates(letter)


def test_an_annex_in_another_writers_voice_gives_me_to_nobody() -> None:
    letter = _masthead("S/2031/600", "Security Council") + (
        "Letter dated 1 July 2031 from the Secretary-General addressed to the President of the Security Council\n\n"
        "I have the honour to transmit the attached letter.\n\n"
        "Annex\n\n"
        "Letter dated 30 June 2031 from the Permanent Representative of Norway to the United Nations "
        "addressed to the Secretary-General\n\n"
        "By its resolution 2731 (2024), the Council requested me to chair the configuration.\n"
    )
    assert not {m for m in mandates(letter) if m[2] == SG}


def test_a_report_of_a_committee_has_no_voice() -> None:
    text = sg_report(
        "1. In its resolution 2729 (2024), the Council requested me to report, the Chair recalled.",
        title="Report of the Security Council Committee established pursuant to resolution 2127 (2013)",
    )
    assert not {m for m in mandates(text) if m[2] == SG}


def test_the_words_that_tell_the_voice() -> None:
    heading = "Identical letters dated 1 July 2031 from the Secretary-General addressed to the President"
    at = writer_named_at(heading)
    assert at is not None and heading[at:].startswith("Secretary-General")
    assert writer_named_at("Note by the Executive Director") is not None
    assert writer_named_at("The situation in the Sahel") is None
    assert is_office("Special Rapporteur on the right to food") and not is_office("Committee on Conferences")
    # "I" as a subject, never a Roman numeral
    text = (
        "I. Introduction. Annex I was issued, as section I above says. I was requested to report, that I report, "
        "and I have the honour to say so to me."
    )
    assert [text[s:e] for s, e in first_person(text)] == ["I", "I", "I", "me"]


def test_a_web_pages_title_line_gives_the_voice() -> None:
    page = (
        "Skip to main content\nUnited Nations Digital Library\nHome > Documents > Reports\n\n"
        "Report of the Secretary-General on the situation in Libya (S/2031/512)\n"
        "Symbol: S/2031/512\nDate: 14 June 2031\n\n"
        "1. The present report is submitted pursuant to resolution 2755 (2024), in which the Security Council "
        "requested me to report every 120 days.\n"
        "2. The Council, in resolution 2756 (2024), invited me to keep it informed.\n"
    )
    found = mandates(page)
    assert {(sc("2024", "2755"), "requests", SG), (sc("2024", "2756"), "invites", SG)} <= found
