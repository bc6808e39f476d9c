"""An instrument named "Resolution N of the <issuer>" as the subject of its verb: "Resolution 77/12 of
the General Assembly requested the Secretary-General to ...", "Decision 2022/5 of the Economic and Social
Council, of 7 June 2022, invites ...", "Resolution 65/182 of the General Assembly established the
Open-ended Working Group on Ageing". "General Assembly resolution 77/12 requested" and "Resolution 77/12
requested" were read; with the issuer's name after the number the verb had no subject (E174, a cell of
the lead's grids; `relate._Resolved.subject_end`). And the issuer's name after "of" is no title: "decision
7/2 of the Conference of the Parties to the Convention on Biological Diversity" was given the title
"Biological Diversity" (`rules/titles._NO_NAME_HEAD_BEFORE`).

Invented sentences in a report of the Secretary-General (the shipped reference data), in a note of the
invented Commission on Coastal Resilience (tests/data/phrasing.ttl) and with an invented treaty's Meeting
of the Parties (tests/data/phrasing_treaty.ttl). Near misses: the instrument is the object of another
subject's verb, two instruments share a verb, a draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import REFERENCE, extracted_with, in_note, in_sg_report

TREATY = Path(REFERENCE).parent / "phrasing_treaty.ttl"
with_treaty = extracted_with(TREATY)


def told(sentence: str, relation: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, relation)


@pytest.mark.parametrize(
    ("sentence", "relation", "fact"),
    [
        ("Resolution 77/12 of the General Assembly requested the Secretary-General to submit a report.",
         "requests", ("ga/res/77/12", "secretary-general")),
        ("Resolution 77/12 of the General Assembly requests the Secretary-General to submit a report.",
         "requests", ("ga/res/77/12", "secretary-general")),
        ("Resolution 77/12 of the Assembly also requested the Secretary-General to submit a report.",
         "requests", ("ga/res/77/12", "secretary-general")),
        ("Resolution 77/12 of the General Assembly, adopted on 7 December 2022, requested the Secretary-General to report.",
         "requests", ("ga/res/77/12", "secretary-general")),
        ("Paragraph 5 of resolution 77/12 of the General Assembly requested the Secretary-General to submit a report.",
         "requests", ("ga/res/77/12", "secretary-general")),
        ("Resolution 77/12 of the General Assembly decided to request the Secretary-General to submit a report.",
         "requests", ("ga/res/77/12", "secretary-general")),
        ("The Secretary-General recalls that resolution 77/12 of the General Assembly requested the Secretary-General to report.",
         "requests", ("ga/res/77/12", "secretary-general")),
        ("Decision 2022/5 of the Economic and Social Council requested the Secretary-General to submit a report.",
         "requests", ("ecosoc/dec/2022/5", "secretary-general")),
        ("Resolution 2022/5 of the Economic and Social Council, of 7 June 2022, requested the Secretary-General to report.",
         "requests", ("ecosoc/res/2022/5", "secretary-general")),
        ("Resolution 52/1 of the Human Rights Council requested the Secretary-General to submit a report.",
         "requests", ("hrc/res/52/1", "secretary-general")),
        ("Resolution 77/12 of the General Assembly invited the United Nations Environment Programme to contribute.",
         "invites", ("ga/res/77/12", "unep")),
        ("Resolution 77/12 of the General Assembly encouraged UNEP to contribute.",
         "encourages", ("ga/res/77/12", "unep")),
        ("Resolution 65/182 of the General Assembly established the Open-ended Working Group on Ageing.",
         "establishes", ("ga/res/65/182", "ga/open-ended-working-group-on-ageing")),
        ("Resolution 65/182 of the General Assembly establishes the Open-ended Working Group on Ageing.",
         "establishes", ("ga/res/65/182", "ga/open-ended-working-group-on-ageing")),
        ("Resolution 77/12 of the General Assembly endorsed the recommendations of the Commission for Social Development at its"
         " sixty-second session.", "endorses", ("ga/res/77/12", "ecosoc/csocd#62")),
    ],
)
def test_the_instrument_named_with_its_issuer_speaks(sentence, relation, fact):
    assert fact in told(sentence, relation)


def test_its_day_set_off_after_the_issuer_is_still_read():
    sentence = "Resolution 77/12 of the General Assembly, adopted on 7 December 2022, requested the Secretary-General to report."
    assert told(sentence, "adoptedOn") == {("ga/res/77/12", "2022-12-07")}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Resolution 11/3 of the Commission on Coastal Resilience requested the secretariat to prepare a report.",
         ("requests", "ccr/res/11/3", "ccr/secretariat")),
        ("Resolution 2031/5 of the Economic and Social Council invited the Commission to consider the matter.",
         ("invites", "ecosoc/res/2031/5", "ccr")),
        ("Resolution 29/3 of the World Coastal Congress established the Committee on Coastal Data.",
         ("establishes", "wcc/res/29/3", "ccr/committee-on-data")),
        ("Decision 7/2 of the Meeting of the Parties to the Convention on Coastal Wetlands requested the Implementation Committee"
         " to prepare a report.", ("requests", "cw-mop/dec/7/2", "cw-mop/implementation-committee")),
        ("Decision 7/2 of the Meeting of the Parties to the Convention on Coastal Wetlands, of 3 May 2030, invites the"
         " secretariat of the Commission on Coastal Resilience to share its data.", ("invites", "cw-mop/dec/7/2", "ccr/secretariat")),
    ],
)
def test_other_bodies_instruments_named_so(sentence, fact):
    assert fact in with_treaty(in_note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the Commission asks, recalling the instrument
        "Recalling resolution 77/12 of the General Assembly, the Commission requested the Secretary-General to submit a report.",
        "The Commission took note of resolution 77/12 of the General Assembly and requested the Secretary-General to report.",
        # two instruments, one verb: which asks is not said
        "Resolution 77/12 of the General Assembly and resolution 77/13 requested the Secretary-General to submit a report.",
        # a draft asks nothing
        "A draft of resolution 77/12 of the General Assembly requested the Secretary-General to submit a report.",
    ],
)
def test_near_misses_give_the_instrument_no_request(sentence):
    assert not {fact for fact in told(sentence, "requests") if fact[0] == "ga/res/77/12"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary-General recalls resolution 2022/5 of the Commission on Crime Prevention and Criminal Justice.",
        "The Secretary-General recalls decision 15/4 of the Conference of the Parties to the Convention on Biological Diversity.",
        "The Secretary-General recalls decision 7/2 of the Conference of the Parties to the Convention on the Rights of the Child.",
        "The Secretary-General recalls resolution 7/2 of the Working Group on Early Warning Systems.",
    ],
)
def test_the_issuers_name_is_no_title(sentence):
    assert told(sentence, "title") == set()


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The Secretary-General recalls decision 7/2 of the Conference of the Parties to the Convention on Biological Diversity"
         " on biodiversity finance.", "biodiversity finance"),
        ("The Secretary-General recalls decision 15/9 of the Conference of the Parties to the Convention on Biological Diversity,"
         " on digital sequence information.", "digital sequence information"),
        ("The Secretary-General recalls decision 12/3 on Cooperation and synergy.", "Cooperation and synergy"),
    ],
)
def test_the_title_after_the_issuers_name_stays(sentence, title):
    assert {t for _, t in told(sentence, "title")} == {title}
