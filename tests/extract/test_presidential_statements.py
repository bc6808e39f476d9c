"""A statement by the President of a council, made on the council's behalf, as an instrument (E160).

- its symbol ("S/PRST/2034/4", "A/HRC/PRST/55/2") names it: one node, an instrument and a document;
- the paragraphs after "the President of the … Council made the following statement on behalf of
  the Council:" are its own text: "The Security Council requests the Secretary-General …" tasks
  the Secretary-General by the statement, "recalls resolution 2519 (2020)" cites the resolution;
- the opening line's meeting and day: adopted at and on;
- "the statement of its President of 14 July 2030 (S/PRST/2030/6)": another statement, cited, and
  the day it was made;
- near misses: a press statement ("to the press", symbol "SC/15123"), a President speaking in his
  national capacity, a document whose symbol is not a statement's.

Bodies, numbers and texts are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef, statement_ref
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract.presidential_statements import statement_opening
from tests.support.extraction import facts

SC = "security-council"
HRC = "hrc"
SG = BodyRef("secretary-general")


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI, [])


def _statement(paragraphs: list[str], *, symbol: str = "S/PRST/2034/4", council: str = "Security Council",
               opening: str | None = None, quoted: bool = True) -> str:
    head = (
        f"United Nations\t{symbol}\n{council}\tDistr.: General\n14 May 2034\n\nOriginal: English\n\n"
        f"Statement by the President of the {council}\n\n"
    )
    opening = opening or (
        f"At the 11050th meeting of the {council}, held on 14 May 2034, in connection with the Council's "
        f'consideration of the item entitled "Youth in conflict", the President of the {council} made the '
        "following statement on behalf of the Council:"
    )
    marks = [('"' if quoted else "") + p for p in paragraphs]
    if quoted:
        marks[-1] += '"'
    return head + opening + "\n\n" + "\n\n".join(marks) + "\n"


PARAGRAPHS = [
    "The Security Council recalls its resolutions 2250 (2015) and 2419 (2018), and the statement of its President "
    "of 14 July 2030 (S/PRST/2030/6).",
    "The Security Council requests the Secretary-General to include in his next report an assessment of the "
    "participation of young people in peace processes.",
    "The Security Council decides to remain seized of the matter.",
]
OWN = InstrumentRef(SC, "statement", "2034", "4", "S/PRST/2034/4")


def test_a_statements_paragraphs_speak_for_it(registry: BodyRegistry) -> None:
    text = _statement(PARAGRAPHS)
    assert (OWN, SG) in facts(text, registry, "requests")
    cites = facts(text, registry, "cites")
    assert {(OWN, InstrumentRef(SC, "resolution", "2015", "2250")), (OWN, InstrumentRef(SC, "resolution", "2018", "2419"))} <= cites
    other = InstrumentRef(SC, "statement", "2030", "6", "S/PRST/2030/6")
    assert (OWN, other) in cites
    assert (other, dt.date(2030, 7, 14)) in facts(text, registry, "adoptedOn")
    assert (OWN, dt.date(2034, 5, 14)) in facts(text, registry, "adoptedOn")
    assert (OWN, GatheringRef(SC, "meeting", 11050)) in facts(text, registry, "adoptedAt")


@pytest.mark.parametrize("quoted", [True, False], ids=["quoted", "unquoted"])
def test_the_statement_reads_with_or_without_its_marks_and_other_verbs(registry: BodyRegistry, quoted: bool) -> None:
    text = _statement(
        [
            "The Security Council encourages the United Nations Office on Drugs and Crime to keep the matter under "
            "review.",
            "The Security Council calls upon the Secretary-General to report to it by 31 December 2034.",
            "The Security Council remains seized.",
        ],
        symbol="S/PRST/2034/11",
        quoted=quoted,
    )
    own = statement_ref(SC, "S/PRST/2034/11")
    assert (own, SG) in facts(text, registry, "requests")
    assert (own, BodyRef("unodc")) in facts(text, registry, "encourages")


def test_a_human_rights_council_presidents_statement(registry: BodyRegistry) -> None:
    text = _statement(
        [
            "The Human Rights Council recalls its resolution 52/4.",
            "The Human Rights Council requests the Office of the United Nations High Commissioner for Human Rights "
            "to prepare a report on the matter.",
            "The Human Rights Council decides to remain seized of the matter.",
        ],
        symbol="A/HRC/PRST/55/2",
        council="Human Rights Council",
        opening="At the 40th meeting of the Human Rights Council, on 4 April 2034, the President of the Human Rights "
        "Council made the following statement on behalf of the Council:",
    )
    own = InstrumentRef(HRC, "statement", "55", "2", "A/HRC/PRST/55/2")
    assert (own, InstrumentRef(HRC, "resolution", "52", "4")) in facts(text, registry, "cites")
    assert (own, dt.date(2034, 4, 4)) in facts(text, registry, "adoptedOn")
    assert (own, BodyRef("ohchr")) in facts(text, registry, "requests")
    assert facts(text, registry, "adoptedAt") == set()  # its meetings are numbered within a session


@pytest.mark.parametrize(
    ("symbol", "opening"),
    [
        ("SC/15123", "On 14 May 2034, the President of the Security Council made the following statement to the press:"),
        ("S/PRST/2034/4", "At the 11050th meeting of the Security Council, held on 14 May 2034, the President of the "
         "Security Council made the following statement in his national capacity:"),
        ("S/2034/310", "At the 11050th meeting of the Security Council, held on 14 May 2034, the President of the "
         "Security Council made the following statement on behalf of the Council:"),
    ],
    ids=["press-statement", "national-capacity", "not-a-statements-symbol"],
)
def test_no_statement_of_the_council_without_both_its_symbol_and_its_formula(
    registry: BodyRegistry, symbol: str, opening: str
) -> None:
    text = _statement(PARAGRAPHS, symbol=symbol, opening=opening)
    subjects = {subject for subject, _ in facts(text, registry, "requests") | facts(text, registry, "adoptedAt")}
    assert not any(isinstance(s, InstrumentRef) and s.kind == "statement" for s in subjects)


def test_the_opening_line_of_another_body_meeting_gives_no_meeting() -> None:
    opening = statement_opening(
        "At the 12th meeting of the Working Group on Youth, held on 2 May 2034, the President of the Security "
        "Council made the following statement on behalf of the Council:"
    )
    assert opening is not None and opening.ordinal is None and opening.day == dt.date(2034, 5, 2)
    assert statement_opening("The President of the Council made the following statement to the press:") is None


def test_a_statement_is_named_by_its_document_symbol() -> None:
    ids = Identifiers(DEFAULT_BASE_IRI)
    assert ids.instrument(OWN) == f"{DEFAULT_BASE_IRI}document/S/PRST/2034/4"
    assert ids.mandate(OWN, "requests", SG) == f"{DEFAULT_BASE_IRI}mandate/security-council/statement/2034/4/requests/body/secretary-general"
    assert statement_ref(SC, "S/2034/310") is None
    with pytest.raises(ValueError):
        InstrumentRef(SC, "statement", "2034", "4")
    with pytest.raises(ValueError):
        InstrumentRef(SC, "resolution", "2034", "4", "S/PRST/2034/4")


def test_a_resolution_cites_a_statement_of_its_president(registry: BodyRegistry) -> None:
    text = (
        "United Nations\tS/RES/2801 (2034)\nSecurity Council\tDistr.: General\n3 June 2034\n\n"
        "Resolution 2801 (2034)\n\nAdopted by the Security Council at its 11060th meeting, on 3 June 2034\n\n"
        "The Security Council,\n\n"
        "Recalling its previous resolutions and the statements of its President, in particular resolution 2349 "
        "(2017) and the statement of its President of 10 December 2033 (S/PRST/2033/9),\n\n"
        "1. Requests the Secretary-General to report on the situation by 1 December 2034;\n"
    )
    resolution = InstrumentRef(SC, "resolution", "2034", "2801")
    other = statement_ref(SC, "S/PRST/2033/9")
    assert (resolution, other) in facts(text, registry, "cites")
    assert (other, dt.date(2033, 12, 10)) in facts(text, registry, "adoptedOn")


def test_a_human_rights_council_resolution_cites_a_presidents_statement_by_its_short_number(registry: BodyRegistry) -> None:
    text = (
        "United Nations\tA/HRC/RES/55/3\nHuman Rights Council\tDistr.: General\n10 April 2034\n\n"
        "Resolution adopted by the Human Rights Council on 4 April 2034\n\n55/3. Youth and human rights\n\n"
        "The Human Rights Council,\n\n"
        "Recalling its resolution 52/4 and President's statement PRST 52/1 of 4 April 2023,\n\n"
        "1. Requests the Office of the United Nations High Commissioner for Human Rights to prepare a report;\n"
    )
    other = InstrumentRef(HRC, "statement", "52", "1", "A/HRC/PRST/52/1")
    assert (InstrumentRef(HRC, "resolution", "55", "3"), other) in facts(text, registry, "cites")
    assert (other, dt.date(2023, 4, 4)) in facts(text, registry, "adoptedOn")


def test_a_statement_named_in_a_report_cites_nothing_but_keeps_its_day(registry: BodyRegistry) -> None:
    # a letter's sentence is no instrument's text: the statement's day, no "cites"
    text = (
        "United Nations\tS/2034/400\nSecurity Council\tDistr.: General\n3 June 2034\n\n"
        "Letter dated 1 June 2034 from the Secretary-General addressed to the President of the Security Council\n\n"
        "I write further to the statement by the President of the Security Council of 10 December 2033 "
        "(S/PRST/2033/9), in which the Council asked me to keep it informed.\n"
    )
    other = statement_ref(SC, "S/PRST/2033/9")
    assert not any(o == other for _, o in facts(text, registry, "cites"))
    assert (other, dt.date(2033, 12, 10)) in facts(text, registry, "adoptedOn")


def test_a_statement_of_two_quoted_paragraphs_reads_without_its_marks(registry: BodyRegistry) -> None:
    # (two paragraphs are no run of the continued-quotation convention the cleaning drops: the
    # statement's own paragraphs lose their opening mark all the same)
    text = _statement(
        [
            "The Security Council recalls its resolution 2250 (2015) and requests the Secretary-General to report "
            "to it by 31 December 2034.",
            "The Security Council decides to remain seized of the matter.",
        ]
    )
    assert (OWN, InstrumentRef(SC, "resolution", "2015", "2250")) in facts(text, registry, "cites")
    assert (OWN, SG) in facts(text, registry, "requests")


@pytest.mark.parametrize("verb", ["recalls", "further recalls", "notes"])
def test_what_an_earlier_resolution_did_told_in_the_statement_is_that_resolutions(registry: BodyRegistry, verb: str) -> None:
    text = _statement(
        [
            f"The Security Council {verb} that, by resolution 2250 (2015), it decided to establish a working group "
            "of the Security Council on youth and peace, and that, by the same resolution, it requested the "
            "Secretary-General to support it.",
            "The Security Council requests the Secretary-General to report on the matter.",
            "The Security Council decides to remain seized of the matter.",
        ]
    )
    resolution = InstrumentRef(SC, "resolution", "2015", "2250")
    established = facts(text, registry, "establishes")
    assert {subject for subject, _ in established} == {resolution}
    assert {(resolution, SG), (OWN, SG)} <= facts(text, registry, "requests")


# E172: a council meeting in sessions prints its statement as a resolution is printed: the session
# in the masthead, "PRST 61/3." over its title, "The Human Rights Council," and preambular and
# numbered operative paragraphs, each opened by a quotation mark (Word's plain text sets a tab after
# the number); a footnote's text follows the paragraph bearing its mark.
def _council_statement(*, layout: str = "word", number_line: str = "PRST 61/3.", session: str = "Sixty-first session") -> str:
    tab = "\t" if layout == "word" else ""
    label = "\t" if layout == "word" else " "
    paragraphs = [
        "“The Human Rights Council,",
        "“Recalling its resolution 52/4 of 4 April 2023,",
        f"“1.{label}Requests the Office of the United Nations High Commissioner for Human Rights to prepare a "
        "compilation of good practices,2 and to make it available before its sixty-third session;",
        f"“2.{label}Encourages the Human Rights Council Advisory Committee to take the compilation into account;",
        f"“3.{label}Requests the Secretary-General to give the Office the resources it needs;",
        f"“4.{label}Decides to remain seized of the matter.”",
    ]
    return (
        "United Nations\tA/HRC/PRST/61/3\nGeneral Assembly\tDistr.: General\n\t9 April 2036\n\n\tOriginal: English\n\n"
        f"Human Rights Council\n{session}\n26 February–3 April 2036\nAgenda item 1\n\n"
        f"{tab}Statement by the President\n\n{tab}{number_line}\n{tab}Young people and the work of the Council\n\n"
        f"{tab}At the 52nd meeting, on 2 April 2036, the President of the Human Rights Council made the following "
        "statement on behalf of the Council:\n\n"
        + "\n\n".join(tab + p for p in paragraphs)
        + "\n\n__________________\n2\tSee the letter dated 1 March 2036 addressed to the President (A/HRC/61/G/2).\n"
    )


COUNCIL_STATEMENT = InstrumentRef(HRC, "statement", "61", "3", "A/HRC/PRST/61/3")


@pytest.mark.parametrize("layout", ["word", "plain"])
def test_a_councils_statement_printed_as_a_resolution(registry: BodyRegistry, layout: str) -> None:
    text = _council_statement(layout=layout)
    requests = facts(text, registry, "requests")
    # (the third paragraph comes after the note of the first: the statement goes on past it)
    assert {(COUNCIL_STATEMENT, BodyRef("ohchr")), (COUNCIL_STATEMENT, SG)} <= requests
    assert (COUNCIL_STATEMENT, InstrumentRef(HRC, "resolution", "52", "4")) in facts(text, registry, "cites")
    assert (COUNCIL_STATEMENT, GatheringRef(HRC, "session", 61)) in facts(text, registry, "adoptedAt")
    assert (COUNCIL_STATEMENT, dt.date(2036, 4, 2)) in facts(text, registry, "adoptedOn")
    assert (COUNCIL_STATEMENT, "Young people and the work of the Council") in facts(text, registry, "title")


def test_a_statements_title_needs_its_own_number_above_it(registry: BodyRegistry) -> None:
    # another statement's number, or none, heads no title of this one
    for line in ("PRST 60/2.", "Statement"):
        assert not any(s == COUNCIL_STATEMENT for s, _ in facts(_council_statement(number_line=line), registry, "title"))
    # the Security Council's statements have none
    assert facts(_statement(PARAGRAPHS), registry, "title") == set()


def test_the_masthead_symbol_on_a_line_of_its_own_heads_no_title(registry: BodyRegistry) -> None:
    # pdftotext -layout sets the masthead one item a line: "A/HRC/PRST/61/3" over "General Assembly" is
    # the symbol over the organ, no number over a title
    text = _council_statement(layout="plain").replace(
        "United Nations\tA/HRC/PRST/61/3\nGeneral Assembly\tDistr.: General\n", "United Nations\nA/HRC/PRST/61/3\nGeneral Assembly\nDistr.: General\n"
    )
    titles = {o for s, o in facts(text, registry, "title") if s == COUNCIL_STATEMENT}
    assert titles == {"Young people and the work of the Council"}


def test_a_statement_is_adopted_at_its_own_numbers_session_only(registry: BodyRegistry) -> None:
    # a masthead naming another session than the statement's number (61) adopted nothing
    text = _council_statement(session="Sixtieth session")
    assert not any(s == COUNCIL_STATEMENT for s, _ in facts(text, registry, "adoptedAt"))
    assert (COUNCIL_STATEMENT, BodyRef("ohchr")) in facts(text, registry, "requests")
