"""A page's own symbol given as a field row below its title ("**Symbol:** [X](https://…)" in a
Markdown export, its fields ended by two spaces; "Symbol: X" in a Word table's row), after a
breadcrumb, the title's heading and a note: a line of the masthead, like "Date:" beside the symbol
(E281). The report is then the one the title's session is of, and what "the present report" is
said to be submitted to is that symbol's.

Near misses: a "Symbol:" row far down the page, under the body's text (another document's), gives
the page no symbol."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import extracted_with

extracted = extracted_with()

TITLE = "# Report of the Commission on Coastal Resilience on its twelfth session"
BODY = (
    "## I. Introduction\n\n1. The Commission held its twelfth session in Bangkok from 10 to 14 March 2031.\n\n"
    "2. The present report will be submitted to the General Assembly at its eighty-sixth session.\n"
)


def page(fields: str, note: str = "") -> str:
    crumbs = "[Home](https://example.org/Home.aspx) > [Sessions](https://example.org/Sessions.aspx) > Twelfth session\n\n"
    note = f"> {note}\n\n" if note else ""
    return f"---\ntitle: \"CCR twelfth session\"\nsite: \"secretariat\"\n---\n\n{crumbs}{TITLE}\n\n{note}{fields}\n\n{BODY}"


@pytest.mark.parametrize(
    "fields, note",
    [
        ("**Symbol:** [E/CN.21/2031/9](https://undocs.org/E/CN.21/2031/9)  \n**Session:** Twelfth session  \n**Agenda item:** 7", "**Note:** Working copy, kept for the team."),
        ("**Symbol:** E/CN.21/2031/9  \n**Date:** 14 March 2031", ""),
        ("Symbol: E/CN.21/2031/9  \nStatus: adopted", "Draft as adopted; do not circulate."),
    ],
)
def test_the_field_row_is_the_pages_symbol(fields: str, note: str) -> None:
    facts = set(extracted(page(fields, note)))
    assert ("reportOf", "E/CN.21/2031/9", "ccr#12") in facts
    assert ("submittedTo", "E/CN.21/2031/9", "ga#86") in facts


def test_a_symbol_row_down_the_page_is_not_the_pages() -> None:
    late = page("**Session:** Twelfth session") + "\n\n3. The Bureau met twice.\n\n4. Its notes are kept.\n\n" + (
        "5. Summary.\n\n6. Other.\n\n7. More.\n\n8. Further.\n\n9. And.\n\n**Symbol:** E/CN.21/2031/10  \n**Date:** 2 May 2031\n"
    )
    assert not any(f[1] == "E/CN.21/2031/10" and f[0] == "reportOf" for f in extracted(late))
