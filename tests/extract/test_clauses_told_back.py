"""E182: clauses that name again, in their own words, what the sentence named before.

- A clause after a semicolon that opens on its own instrument ("...; on the same day, by resolution
  69/12, the Assembly established ...") acts by that instrument, not by the one the sentence or the
  paragraph opened on; "on the same day" dates it as the instrument dated before it in the sentence.
- "; under the latter, X is tasked with ...": of the two instruments named before the semicolon, the
  second ("the former": the first).
- An object fronted in a relative clause: "..., whose recommendations, adopted at its third session,
  held at Geneva, the Assembly endorsed in resolution 71/8": the instrument endorses that session
  (and "held at Geneva", the town alone after "at", says where it sat).
- "Decision 4/1 provides that the Bureau shall meet ... and requests X to ...": the verb in the
  present after a provision told with its modal is the instrument's.
- "..., recalled that the session had been held in Vienna from ...": "the session" names again the
  one session of the clause.
- "at its 10811th meeting, on 19 March 2032, when it considered my previous report": the report was
  before that meeting; "my previous report" is the writer's one earlier report the text named by symbol.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import SG_REPORT, extracted_with, in_sg_report, key, shipped_registry


def _facts(sentence: str, relation: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, relation)


# ---------------------------------------------------------------- a clause's own instrument


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Framework was endorsed by resolution 69/283 of 3 June 2015; on the same day, by resolution 69/284, the Assembly "
         "established an open-ended intergovernmental expert working group on indicators.",
         {("ga/res/69/284", "ga/working-group-on-indicators")}),
        ("In its resolution 86/195 of 20 December 2031, the Assembly requested the Secretary-General to report; in 2033, through "
         "resolution 88/14, the General Assembly set up an open-ended working group on indicators.",
         {("ga/res/88/14", "ga/working-group-on-indicators")}),
        ("In its resolution 86/195, the Assembly requested the Secretary-General to report; by resolution 69/284, the Assembly "
         "established an open-ended working group on indicators.",
         {("ga/res/69/284", "ga/working-group-on-indicators")}),
    ],
)
def test_a_clause_after_a_semicolon_acts_by_its_own_instrument(sentence, expected):
    assert _facts(sentence, "establishes") == expected


def test_the_clause_of_the_paragraphs_opening_instrument_is_not_given_the_later_act():
    sentence = (
        "In its resolution 86/195 of 20 December 2031, the Assembly requested the Secretary-General to report. The Framework was "
        "endorsed by resolution 69/283 of 3 June 2015; on the same day, by resolution 69/284, the Assembly established an "
        "open-ended intergovernmental expert working group on indicators."
    )
    assert _facts(sentence, "establishes") == {("ga/res/69/284", "ga/working-group-on-indicators")}
    assert ("ga/res/86/195", "secretary-general") in _facts(sentence, "requests")


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("The Framework was endorsed by resolution 69/283 of 3 June 2015; on the same day, by resolution 69/284, the Assembly "
         "established a working group.", {("ga/res/69/283", "2015-06-03"), ("ga/res/69/284", "2015-06-03")}),
        ("The Assembly adopted resolution 70/1 of 25 September 2015, and on that day, in resolution 70/2, the General Assembly "
         "requested the Secretary-General to report.", {("ga/res/70/1", "2015-09-25"), ("ga/res/70/2", "2015-09-25")}),
        # near miss: another day named between, "the same day" is that one, not the instrument's
        ("The Framework was endorsed by resolution 69/283 of 3 June 2015 and, on 9 July, by resolution 69/284, the Assembly "
         "established a working group; on the same day, in resolution 69/290, it requested the Secretary-General to report.",
         {("ga/res/69/283", "2015-06-03")}),
        # near miss: no instrument dated before it in the sentence
        ("On the same day, by resolution 69/284, the Assembly established a working group.", set()),
    ],
)
def test_on_the_same_day_dates_the_clause_as_the_instrument_before(sentence, days):
    assert _facts(sentence, "adoptedOn") == days


# ---------------------------------------------------------------- "the latter", "the former"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The tasks first set out in Security Council resolution 2452 (2019) were reaffirmed in resolution 2968 (2031); under "
         "the latter, the Secretary-General is tasked with leading the review.", {("security-council/res/2031/2968", "secretary-general")}),
        ("The tasks first set out in Security Council resolution 2452 (2019) were reaffirmed in resolution 2968 (2031); under "
         "the former, the Secretary-General is requested to lead the review.", {("security-council/res/2019/2452", "secretary-general")}),
        ("The Commission adopted Economic and Social Council decision 2031/5 and resolution 2031/7; by the latter resolution, "
         "the Secretary-General was requested to report.", {("ecosoc/res/2031/7", "secretary-general")}),
        # near misses: the kind word fits not the one meant; three instruments named, "the latter" of which two?
        ("The Commission adopted Economic and Social Council decision 2031/5 and resolution 2031/7; by the latter decision, "
         "the Secretary-General was requested to report.", set()),
        ("The tasks set out in Security Council resolutions 2452 (2019), 2500 (2020) and 2968 (2031) were reaffirmed; under "
         "the latter, the Secretary-General is requested to lead the review.", set()),
    ],
)
def test_the_latter_of_the_two_instruments_before_the_semicolon(sentence, expected):
    assert _facts(sentence, "requests") == expected


# ---------------------------------------------------------------- a fronted relative object


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Assembly welcomed the work of the Commission on Narcotic Drugs, whose recommendations, adopted at its sixty-fifth "
         "session, held at Vienna, the Economic and Social Council endorsed in resolution 2022/5 of 3 June 2022.",
         {("ecosoc/res/2022/5", "ecosoc/cnd#65")}),
        ("The Assembly welcomed the work of the Commission on Narcotic Drugs, whose conclusions, adopted at its sixty-fifth "
         "session, the Economic and Social Council subsequently approved in decision 2022/205.",
         {("ecosoc/dec/2022/205", "ecosoc/cnd#65")}),
        # near misses: another verb; no instrument; no session named
        ("The Assembly welcomed the work of the Commission on Narcotic Drugs, whose recommendations, adopted at its sixty-fifth "
         "session, the Economic and Social Council noted in resolution 2022/5.", set()),
        ("The Assembly welcomed the work of the Commission on Narcotic Drugs, whose recommendations, adopted at its sixty-fifth "
         "session, the Economic and Social Council endorsed in a draft resolution.", set()),
        ("The Assembly welcomed the work of the Commission on Narcotic Drugs, whose recommendations the Economic and Social "
         "Council endorsed in resolution 2022/5.", set()),
    ],
)
def test_an_endorsement_of_an_object_fronted_in_a_relative_clause(sentence, expected):
    assert _facts(sentence, "endorses") == expected


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("The Commission on Narcotic Drugs endorsed the recommendations adopted at its sixty-fifth session, held at Vienna.", {("ecosoc/cnd#65", "Vienna")}),
        ("The sixty-fifth session of the Commission on Narcotic Drugs, held at Vienna, adopted three resolutions.", {("ecosoc/cnd#65", "Vienna")}),
        # near misses: a venue's name, the host's invitation
        ("The Commission on Narcotic Drugs endorsed the recommendations adopted at its sixty-fifth session, held at Palais des Nations.", set()),
        ("The sixty-fifth session of the Commission on Narcotic Drugs, held at the invitation of Austria, adopted three resolutions.", set()),
    ],
)
def test_held_at_a_town_alone(sentence, town):
    assert _facts(sentence, "heldIn") == town


# ---------------------------------------------------------------- "provides that ... and requests"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Decision 4/1 provides that the Bureau shall meet before the next session and requests the Secretary-General to "
         "report on its implementation.", {("requests", "ga/dec/4/1", "secretary-general")}),
        ("Resolution 12/3 stipulates that the Bureau is to meet twice a year, and invites the Secretary-General to support it.",
         {("invites", "ga/res/12/3", "secretary-general")}),
        ("Economic and Social Council resolution 2031/4 lays down that the Commission on Narcotic Drugs will meet in Vienna and "
         "encourages the United Nations Environment Programme to take part.", {("encourages", "ecosoc/res/2031/4", "unep")}),
        # near misses: no modal in the provision ("meets" may have "requests" for its sibling); a clause of its own
        ("Decision 4/1 provides that the Bureau meets twice a year and requests the Secretary-General to report.", set()),
        ("Decision 4/1 provides that the Bureau shall meet twice a year; the Bureau requests the Secretary-General to report.", set()),
    ],
)
def test_an_instruments_verb_after_what_it_provides(sentence, expected):
    extraction = extract(
        "A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\nSeventy-ninth session\n"
        f"Item 70 of the provisional agenda\n\nReport of the Secretary-General\n\n1. {sentence}\n",
        source_key="test", registry=shipped_registry(),
    )
    found = {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts if f.relation in ("requests", "invites", "encourages")}
    assert found == expected


# ---------------------------------------------------------------- "the session" told back


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("The Chair of the Commission on Narcotic Drugs, introducing the report of the Commission on its sixty-fifth session, "
         "recalled that the session had been held in Vienna from 14 to 18 March 2022.",
         {("heldIn", "ecosoc/cnd#65", "Vienna"), ("heldOn", "ecosoc/cnd#65", "2022-03-14/2022-03-18")}),
        ("The Commission on Narcotic Drugs took up the report (E/CN.7/2022/4) on its sixty-fifth session; the session was held "
         "at the United Nations Office at Vienna from 14 to 18 March 2022.",
         {("heldIn", "ecosoc/cnd#65", "Vienna"), ("heldOn", "ecosoc/cnd#65", "2022-03-14/2022-03-18")}),
        # near miss: "the next session" is another one
        ("The Chair recalled that the Commission on Narcotic Drugs had planned its sixty-fifth session in detail and that the "
         "next session would be held in Vienna from 14 to 18 March 2022.", set()),
    ],
)
def test_the_session_named_again_by_its_kind_word(sentence, held):
    found = {("heldIn", s, o) for s, o in _facts(sentence, "heldIn")} | {("heldOn", s, o) for s, o in _facts(sentence, "heldOn")}
    assert found == held


# ---------------------------------------------------------------- "when it considered my previous report"

_SC_REPORT = (
    "S/2032/418\nSecurity Council\nDistr.: General\n2 June 2032\n\n"
    "Report of the Secretary-General on the United Nations Verification Mission\n\n"
    "1. The present report is submitted pursuant to Security Council resolution 2968 (2031), in which the Council asked me "
    "to report to it every four months. {earlier}\n\n"
    "2. The Council was briefed on the work of the Mission at its 10811th meeting, on 19 March 2032, when it considered {which}.\n"
)


def _sent(earlier: str, which: str) -> set[tuple[str, str]]:
    extraction = extract(_SC_REPORT.format(earlier=earlier, which=which), source_key="test", registry=shipped_registry())
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "submittedTo"}


@pytest.mark.parametrize(
    ("earlier", "which", "expected"),
    [
        ("It follows my report of 4 February 2032 (S/2032/87).", "my previous report", {("S/2032/87", "security-council#10811")}),
        ("It follows my last report (S/2032/87).", "my last report", {("S/2032/87", "security-council#10811")}),
        ("It covers the period since 1 February 2032.", "my report (S/2032/87)", {("S/2032/87", "security-council#10811")}),
        # near misses: two earlier reports named (which one?); none named; a report of another's
        ("It follows my reports of 4 February 2032 (S/2032/87) and of 3 October 2031 (S/2031/800), my report (S/2031/800) "
         "and my report (S/2032/87).", "my previous report", set()),
        ("It covers the period since 1 February 2032.", "my previous report", set()),
        ("It follows the report of the Panel of Experts (S/2032/87).", "my previous report", set()),
    ],
)
def test_a_report_considered_at_a_meeting_told_by_when(earlier, which, expected):
    assert _sent(earlier, which) == expected


# ---------------------------------------------------------------- a name in its other order

_TOPIC_FIRST = """\
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<body/test/ocean-panel> a mg:Body ;
    mg:key "test/ocean-panel" ;
    skos:prefLabel "Ocean Acidification Outlook scientific review panel"@en ;
    mg:gatheringTerm "meeting" .
"""


@pytest.fixture(scope="module")
def with_topic_first(tmp_path_factory: pytest.TempPathFactory):
    ttl = tmp_path_factory.mktemp("e182") / "topic-first.ttl"
    ttl.write_text(_TOPIC_FIRST, encoding="utf-8")
    return extracted_with(ttl)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In resolution 79/3, the General Assembly endorsed the recommendations adopted by the scientific review panel on the "
         "Ocean Acidification Outlook at its second meeting.", {("endorses", "ga/res/79/3", "test/ocean-panel#2")}),
        ("In resolution 79/3, the General Assembly endorsed the recommendations adopted by the Ocean Acidification Outlook "
         "scientific review panel at its second meeting.", {("endorses", "ga/res/79/3", "test/ocean-panel#2")}),
        ("In resolution 79/3, the General Assembly requested the scientific review panel on Ocean Acidification Outlook to report.",
         {("requests", "ga/res/79/3", "test/ocean-panel")}),
        # near miss: another topic, no body of the file's
        ("In resolution 79/3, the General Assembly requested the scientific review panel on the Ocean Floor to report.", set()),
    ],
)
def test_a_name_written_with_its_topic_after_the_kind(with_topic_first, sentence, expected):
    text = SG_REPORT.format(s=sentence)
    found = {f for f in with_topic_first(text) if f[0] in ("endorses", "requests") and f[2].startswith("test/")}
    assert found == expected


# ---------------------------------------------------------------- "the present proceedings"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Assembly entrusted the Rapporteur with the preparation of the present proceedings, which will also be transmitted "
         "to the General Assembly at its eightieth session.", {("A/79/400", "ga#79"), ("A/79/400", "ga#80")}),
        ("The present proceedings will be transmitted to the General Assembly at its eightieth session.", {("A/79/400", "ga#79"), ("A/79/400", "ga#80")}),
        # near miss: legal proceedings are no document
        ("The Assembly noted that the proceedings before the tribunal would be concluded at its eightieth session.", {("A/79/400", "ga#79")}),
    ],
)
def test_the_present_proceedings_speak_of_the_document_itself(sentence, expected):
    assert _facts(sentence, "submittedTo") == expected
