"""A library's record page copied as text (E277): the site's menus, a breadcrumb, the file list,
the record's fields one label a line and its value the next (Title, Authors, Symbol, Vote, Date,
Notes ...), then "Full text" and the document itself, its masthead first ("United Nations
E/CN.21/RES/12/1" / "Economic and Social Council" / "Commission on Coastal Resilience" / "Twelfth
session" / "10–14 March 2031"). The masthead is read where the full text opens it: the
resolution was adopted at that session, held on those days. Near misses: a page with no "Full
text" line over a masthead reads as before; a "Full text" line over a paragraph is no masthead."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

CHROME = (
    "Skip to main content\nDigital Library\nLog in\nSearch\nBrowse\nHelp\nHome\n>\nResolutions and Decisions\n>\n"
    "Commission resolutions\n"
    "Early warning for coastal communities : resolution / adopted by the Commission on Coastal Resilience\n"
    "Download\nEnglish   E_CN.21_RES_12_1-EN.pdf   PDF   180 KB\nCite\nExport\nShare\nDetails\n"
    "Title\nEarly warning for coastal communities : resolution / adopted by the Commission on Coastal Resilience\n"
    "Authors\nUN. Commission on Coastal Resilience (12th sess. : 2031 : New York)\n"
    "Symbol\nE/CN.21/RES/12/1\nVote\nAdopted without vote, 9th meeting\nDate\n2031\nDescription\n3 p.\n"
    "Notes\nAdopted at the 9th meeting, 14 March 2031.\nSubjects\nCOASTAL ZONES | EARLY WARNING\n"
    "Record appears in\nCommission on Coastal Resilience, 12th session\n"
)
MASTHEAD = (
    "United Nations E/CN.21/RES/12/1\nEconomic and Social Council Distr.: General 20 March 2031\n"
    "Commission on Coastal Resilience\nTwelfth session\n10–14 March 2031\nAgenda item 3\n"
    "Resolution adopted by the Commission on Coastal Resilience on 14 March 2031\n"
    "12/1. Early warning for coastal communities\nThe Commission on Coastal Resilience,\n"
    "Having considered the note by the Secretariat (E/CN.21/2031/4),\n"
    "1. Requests the Secretariat to compile national early warning plans;\n"
)


@pytest.mark.parametrize("line", ["Full text", "Full Text", "Full-text"])
def test_the_masthead_under_full_text_is_read(line: str) -> None:
    text = CHROME + f"{line}\n" + MASTHEAD + "Related\nE/CN.21/2031/4 Note by the Secretariat\nBack to top\nTerms of use | Privacy notice\n"
    assert ("ccr/res/12/1", "ccr#12") in facts(text, "adoptedAt")
    assert ("ccr#12", "2031-03-10/2031-03-14") in facts(text, "heldOn")
    assert ("E/CN.21/2031/4", "ccr#12") in facts(text, "submittedTo")
    assert ("ccr/res/12/1", "ccr/secretariat") in facts(text, "requests")


def test_full_text_over_a_paragraph_is_no_masthead() -> None:
    from mandate_graph.loaders.extract.web_chrome import full_text_start

    assert full_text_start(["Details", "Full text", "The full text is available in PDF only."]) is None
    assert full_text_start(["Details", "Full text", "United Nations E/CN.21/RES/12/1"]) == 2
    assert full_text_start(["Full text", "A/HRC/RES/95/14"]) == 1
