"""A UN document saved from an office tool reads as the plain text does: Word's "Save as plain
text" (one paragraph a line, CR LF, tabs after labels, non-breaking spaces, soft hyphens, with
or without its automatic numbering), antiword (wrapped at 76 columns, hanging labels, "[pic]",
|tables|), LaTeX source (lists, emphasis, ties, a paragraph wrapped over source lines) and RTF a
naive tool stripped (``\\par`` lines, ``\\tab``, the font table, ``\\'e9``, ``\\u8220?``).

The documents are invented (the Commission on Coastal Resilience of tests/data/phrasing.ttl);
each layout is made by tests/variants/office.py, and a few are written out by hand below."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.loaders.sources import decode_text
from tests.extract import phrasing
from tests.variants.office import VARIANTS


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    """The facts of the text as the loader reads it from a file (its line ends made LF)."""
    return phrasing.facts(decode_text(Path("saved.txt"), text.encode("utf-8")), relation)

REPORT = """United Nations                                          E/CN.21/2031/9

Economic and Social Council                             Distr.: General
                                                        20 March 2031

Commission on Coastal Resilience
Twelfth session
New York, 10–14 March 2031

Report of the Commission on Coastal Resilience on its twelfth session

Resolution 12/1

Strengthening early warning for coastal communities

The Commission on Coastal Resilience,

Recalling its resolution 10/4 of 12 March 2029 on coastal data, by which it
established the Working Group on Early Warning Systems,

Taking note of the report of the Secretariat on coastal hazards
(E/CN.21/2031/4), prepared pursuant to resolution 10/4,

1. Decides to establish an expert group on tide gauges, which shall hold
its first meeting in Geneva from 3 to 5 June 2031;

2. Requests the Bureau of the Commission to support the expert group and
the Working Group on Early Warning Systems in their work;

3. Invites the Working Group on Early Warning Systems to contribute to the
“Coastal data for decision-making” programme of the Commission;

4. Requests the Executive Secretary to report to the Commission at its
thirteenth session.
"""

NOTE = """E/CN.21/2032/4

Commission on Coastal Resilience
Thirteenth session
New York, 8–12 March 2032

Note by the Secretariat

1. The present note is submitted pursuant to Commission resolution 12/1,
in which the Commission requested the Executive Secretary to report to it
at its thirteenth session.

2. By its resolution 12/1, the Commission decided to establish an expert
group on tide gauges, and invited the Working Group on Early Warning
Systems to contribute to its programme.

3. The expert group held its first meeting in Geneva from 3 to 5 June 2031
and adopted its programme of work.

4. The Working Group on Early Warning Systems considered the contribution
requested of it at its meeting in September 2031.

5. The Executive Secretary consulted the members of the Bureau on the
arrangements for the thirteenth session.

6. The Commission may wish to take note of the present note.
"""

RELATIONS = ("cites", "requests", "invites", "establishes", "pursuantTo", "submittedTo", "meetingOf", "heldIn")


def all_facts(text: str) -> dict[str, set[tuple[str, str]]]:
    return {relation: facts(text, relation) for relation in RELATIONS}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("document", [REPORT, NOTE], ids=["report", "note"])
def test_an_office_layout_gives_the_plain_texts_facts(variant: str, document: str) -> None:
    plain = all_facts(document)
    assert any(plain.values())
    assert all_facts(VARIANTS[variant](document)) == plain


def test_the_report_states_its_mandates_in_every_layout() -> None:
    for variant in VARIANTS.values():
        text = variant(REPORT)
        assert ("ccr/res/12/1", "ccr/bureau") in facts(text, "requests")
        assert ("ccr/res/12/1", "ccr/wg-early-warning") in facts(text, "invites")
        assert ("ccr/res/12/1", "ccr/res/10/4") in facts(text, "cites")


def test_soft_hyphens_and_non_breaking_spaces_are_what_word_meant() -> None:
    typed = (
        REPORT.replace("Requests the Bureau", "Requests the Bu\u00adreau")
        .replace("the Working Group on Early", "the Working\u00a0Group on\u202fEarly")
        .replace("resolution 10/4 of", "resolution\u00a010/4\u200b of")
    )
    assert facts(typed, "requests") >= {("ccr/res/12/1", "ccr/bureau")}
    assert ("ccr/res/12/1", "ccr/res/10/4") in facts(typed, "cites")


# Word's plain text: one paragraph a line, no blank lines, a table whose cells wrap in their rows
WORD_WITH_TABLE = "\r\n".join([
    "E/CN.21/2031/9",
    "Commission on Coastal Resilience",
    "Twelfth session",
    "Resolution 12/1",
    "Strengthening early warning for coastal communities",
    "The Commission on Coastal Resilience,",
    "Recalling its resolution 10/4 of 12 March 2029 on coastal data,",
    "Requests the Bureau of the Commission to support the Working Group on Early Warning Systems;",
    "Invites the Working Group on Early Warning Systems to contribute to the programme;",
    "Annex",
    "Station\tRegion and arrangements",
    "Tide gauge network of the\tAtlantic; hosted by the",
    "western coast\tCommittee on Coastal Data",
    "Buoy array of the eastern\tPacific; hosted by the",
    "islands\tsecretariat",
]) + "\r\n"


def test_a_word_export_without_numbering_keeps_its_paragraphs_beside_a_wrapped_table() -> None:
    assert ("ccr/res/12/1", "ccr/bureau") in facts(WORD_WITH_TABLE, "requests")
    assert ("ccr/res/12/1", "ccr/wg-early-warning") in facts(WORD_WITH_TABLE, "invites")


STRIPPED_RTF = (
    "{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}}\r\n"
    "{\\colortbl ;\\red0\\green0\\blue0;}\r\n"
    "\\par E/CN.21/2031/9\r\n"
    "\\par Commission on Coastal Resilience\r\n"
    "\\par Twelfth session\r\n"
    "\\par Resolution 12/1\r\n"
    "\\par Strengthening early warning for coastal communities\r\n"
    "\\par The Commission on Coastal Resilience,\r\n"
    "\\par Recalling its resolution 10/4 of 12\\'a0March 2029 on coastal data,\r\n"
    "\\par 1.\\tab Requests the Bureau of the Commission to support the \\u8220?Coastal data\\u8221? programme;\r\n"
    "\\par 2.\\tab Invites the Working Group on Early Warning Systems to contribute to it.\r\n"
    "\\par }\r\n"
)


def test_rtf_whose_control_words_a_naive_tool_stripped_is_read_as_rtf() -> None:
    assert ("ccr/res/12/1", "ccr/bureau") in facts(STRIPPED_RTF, "requests")
    assert ("ccr/res/12/1", "ccr/wg-early-warning") in facts(STRIPPED_RTF, "invites")
    # without its font table, the \par lines alone tell it
    no_table = STRIPPED_RTF.split("\r\n", 2)[2]
    assert ("ccr/res/12/1", "ccr/bureau") in facts(no_table, "requests")


def test_a_text_that_mentions_par_is_not_rtf() -> None:
    text = REPORT.replace("in their work;", "in their work (see the \\par command of the style guide);")
    assert ("ccr/res/12/1", "ccr/bureau") in facts(text, "requests")


ANTIWORD = """[pic]

|United Nations  |E/CN.21/2031/9 |
|Economic and    |Distr.: General|
|Social Council  |               |

Commission on Coastal Resilience

Twelfth session

Resolution 12/1

Strengthening early warning for coastal communities

The Commission on Coastal Resilience,

Recalling its resolution 10/4 of 12 March 2029 on coastal data,

|Body           |Task                          |
|Bureau of the  |support the Working Group on  |
|Commission     |Early Warning Systems         |

1.  Requests the Bureau of the Commission to support the Working Group on
    Early Warning Systems in its work;

2.  Invites the Working Group on Early Warning Systems to contribute to the
    programme of the Commission.
"""


def test_antiwords_tables_are_read_as_rows_and_its_hanging_paragraphs_whole() -> None:
    assert ("ccr/res/12/1", "ccr/bureau") in facts(ANTIWORD, "requests")
    assert ("ccr/res/12/1", "ccr/wg-early-warning") in facts(ANTIWORD, "invites")


def test_bar_tables_become_tab_rows_with_wrapped_cells_joined() -> None:
    from mandate_graph.loaders.extract.bar_tables import bar_table_export

    exported = bar_table_export(ANTIWORD)
    assert exported is not None
    text, offsets = exported
    assert "United Nations\tE/CN.21/2031/9\nEconomic and Social Council\tDistr.: General" in text
    assert "Bureau of the Commission\tsupport the Working Group on Early Warning Systems" in text
    assert len(offsets) == len(text) + 1
    # a Markdown pipe table (its "|---|" row) is left to its own reader
    assert bar_table_export("|Symbol|Title|\n|---|---|\n|E/CN.21/1|Agenda|\n") is None


LATEX = r"""\documentclass{article}
\usepackage{enumitem}
\begin{document}
E/CN.21/2031/9 \\
Commission on Coastal Resilience \\
Twelfth session

\section*{Resolution 12/1}

The Commission on Coastal Resilience,

\textit{Recalling} its resolution 10/4 of 12~March 2029 on coastal data,

\begin{enumerate}
\item[1.] \emph{Requests} the Bureau of the Commission to support the Working
Group on Early Warning Systems in its work; % agreed text
\item[2.] \emph{Invites} the Working Group on Early Warning Systems to contribute
to the ``Coastal data'' programme of the Commission.
\end{enumerate}
\end{document}
"""


def test_a_latex_paragraph_wrapped_before_a_capital_goes_on() -> None:
    assert ("ccr/res/12/1", "ccr/bureau") in facts(LATEX, "requests")
    assert ("ccr/res/12/1", "ccr/wg-early-warning") in facts(LATEX, "invites")


# a masthead Word set in a table: its rows saved as tab-separated cells
TABBED_MASTHEAD = "\r\n".join([
    "United Nations\tE/CN.21/2032/4",
    "Economic and Social Council\tDistr.: General",
    "\t2 January 2032",
    "\tOriginal: English",
    "Commission on Coastal Resilience\tEconomic and Social Council",
    "Thirteenth session\t2032 session",
    "New York, 8–12 March 2032",
    "Item 3 of the provisional agenda*",
    "Early warning for coastal communities",
    "Note by the Secretariat",
    "1.\tThe present note is submitted pursuant to Commission resolution 12/1, in which the Commission "
    "requested the Executive Secretary to report to it at its thirteenth session.",
    "2.\tBy its resolution 12/1, the Commission decided to establish an expert group on tide gauges, and "
    "invited the Working Group on Early Warning Systems to contribute to its programme.",
    "3.\tThe note will be before the Commission at its thirteenth session.",
    "4.\tThe Commission may wish to take note of the present note.",]) + "\r\n"


def test_a_masthead_set_in_a_word_table_names_the_session() -> None:
    plain = TABBED_MASTHEAD.replace("\tEconomic and Social Council\r\n", "\r\n").replace("\t2032 session", "")
    assert ("ccr#13", "ccr") in facts(plain, "meetingOf")
    # read column after column: the Council's cell is not over the Commission's session
    assert facts(TABBED_MASTHEAD, "meetingOf") == {("ccr#13", "ccr")}
    assert ("E/CN.21/2032/4", "ccr/res/12/1") in facts(TABBED_MASTHEAD, "pursuantTo")


# a decision whose clauses Word numbers "a)", "b)" (a letter with its closing bracket only)
LETTERED = (
    "E/CN.21/2031/9\nCommission on Coastal Resilience\nTwelfth session\nNew York, 10–14 March 2031\n"
    "Report of the Commission on its twelfth session\nDecisions adopted by the Commission\n"
    "Decision 12/1. Coastal data for decision-making\nThe Commission:\n"
    "a){sep}Recalling its resolution 10/4 on coastal data;\n"
    "b){sep}Decides to establish an expert group on tide gauges;\n"
    "c){sep}Requests the Bureau to support the expert group;\n"
    "d){sep}Invites the Working Group on Early Warning Systems to contribute.\n"
    "Decision 12/2. Dates of the thirteenth session\nThe Commission:\n"
    "a){sep}Requests the Executive Secretary to report on the arrangements;\n"
    "b){sep}Decides to hold its thirteenth session in New York.\n"
)


@pytest.mark.parametrize("sep", [" ", "\t"], ids=["space", "tab"])
@pytest.mark.parametrize("blank", [False, True], ids=["one-a-line", "blank-lines"])
def test_clauses_lettered_with_a_closing_bracket_open_their_lines(sep: str, blank: bool) -> None:
    text = LETTERED.format(sep=sep)
    if blank:
        text = text.replace("\n", "\n\n")
    assert ("ccr/dec/12/1", "ccr/bureau") in facts(text, "requests")
    assert ("ccr/dec/12/1", "ccr/wg-early-warning") in facts(text, "invites")
    assert ("ccr/dec/12/2", "ccr/executive-secretary") in facts(text, "requests")


# A convention's emblem printed as words above the symbol, a paragraph each once a tool sets
# paragraphs apart ("CONVENTION ON" / "MIGRATORY" / "SPECIES"), and antiword's "[pic]" for the
# picture: the masthead's instrument number is still read below them. (Reference data of a real
# convention, tests/data/unseen/cms.ttl, whose resolutions are numbered "Resolution 16.2"; the
# resolution itself is invented.)
EMBLEM = (
    "{top}CONVENTION ON\n\nMIGRATORY\n\nSPECIES\n\nUNEP/CMS/Resolution 16.2\n\nOriginal: English\n\n"
    "COASTAL FLYWAYS AND A TASK FORCE ON STOPOVER SITES\n\n"
    "Adopted by the Conference of the Parties at its 16th Meeting (Samarkand, 9 – 14 February 2029)\n\n"
    "The Conference of the Parties to the Convention on the Conservation of Migratory Species of Wild Animals,\n\n"
    "Recalling Resolution 15.4 on ecological connectivity,\n\n"
    "1.\tRequests the Scientific Council to review the stopover sites of coastal flyways;\n\n"
    "2.\tRequests the Secretariat to support the Scientific Council in that review.\n"
)


@pytest.mark.parametrize("top", ["", "[pic]\n\n"], ids=["emblem", "antiword-picture"])
def test_the_instrument_below_a_convention_emblem_in_words(top: str) -> None:
    from mandate_graph.graph.reference import load_registry
    from mandate_graph.loaders.extract import extract

    registry = load_registry(phrasing.BASE, [Path(__file__).resolve().parents[1] / "data" / "unseen" / "cms.ttl"])
    extraction = extract(EMBLEM.format(top=top), source_key="test", registry=registry)
    found = {(f.relation, phrasing.key(f.subject), phrasing.key(f.object)) for f in extraction.facts}
    assert ("requests", "cms-cop/res/16/2", "cms-cop/scientific-council") in found
    assert ("cites", "cms-cop/res/16/2", "cms-cop/res/15/4") in found
