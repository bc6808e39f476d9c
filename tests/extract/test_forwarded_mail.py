"""A document forwarded in an e-mail: the mail headers and the cover note are no part of it;
the document, from its masthead on, reads as if it stood alone."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.mail import forwarded_document_start

MASTHEAD = (
    "United Nations                                         A/HRC/62/41\n"
    "General Assembly                                       Distr.: General\n"
    "                                                       14 May 2027\n"
    "Human Rights Council\nSixty-second session\n14 June-9 July 2027\nAgenda item 3\n\n"
    "Access to justice\n\nReport of the United Nations High Commissioner for Human Rights\n\n"
    "1. The present report is submitted pursuant to Human Rights Council resolution 59/14.\n"
)

WRAPPERS = [
    "From: Someone <a@example.org>\nSent: Tuesday, 18 May 2027 09:42\nTo: Unit <u@example.org>\n"
    "Subject: FW: A/HRC/62/99 for posting (res. 12/3)\n\nDear colleagues,\n\nPlease post by 25 May 2027.\n\n"
    "-----Original Message-----\nFrom: Section <s@example.org>\nSent: Monday, 17 May 2027 18:05\n"
    "Subject: A/HRC/62/41\n\nADVANCE UNEDITED VERSION\n\n",
    "From: Someone <a@example.org>\nDate: 18 May 2027\nSubject: the report\n\n",
]


@pytest.mark.parametrize("wrapper", WRAPPERS)
def test_the_wrapper_is_left_out(wrapper: str) -> None:
    text = wrapper + MASTHEAD
    lines = text.split("\n")
    assert lines[forwarded_document_start(lines)].startswith("United Nations")
    e = extract(text, source_key="mail", registry=load_registry(DEFAULT_BASE_IRI))
    assert e.document.ref.symbols == ("A/HRC/62/41",)
    assert not any("62/99" in str(f.object) or "12/3" in str(f.object) for f in e.facts)


@pytest.mark.parametrize(
    "text",
    [
        MASTHEAD,  # no mail at all
        "From: Someone <a@example.org>\nSubject: a note\n\nThe meeting is on Monday.\n",  # a mail, no document
        "The report says:\nFrom: the Office, in 2027\n\n" + MASTHEAD,  # "From:" not at the top
    ],
)
def test_no_wrapper(text: str) -> None:
    assert forwarded_document_start(text.split("\n")) == 0
