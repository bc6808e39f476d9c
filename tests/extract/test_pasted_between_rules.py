"""A document pasted into a working tool's page between rules: a ticket's description, a wiki's
page, a shared note ("----", "---", "_____", "* * *" above the masthead "United Nations
A/RES/81/290"). The masthead opens under the rule, as it does under a record page's "Full text"
(E277): the document's session, symbol and issuer are read there, not from the tool's fields above
it (`web_chrome.full_text_start`, E296). A rule over text that opens on no masthead changes nothing."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import shipped_registry, stated

TICKET = (
    "Projects / Documentation / DOC-412\n"
    "Record resolution 81/290 in the registry\n"
    "Details\n"
    "Type:\tTask\n"
    "Priority:\tHigh\n"
    "Labels:\tplenary registry\n"
    "Description\n"
    "Please record the text below and check the addressees.\n"
    "{rule}\n"
    "{masthead}\n"
    "General Assembly    Distr.: General\n"
    "20 September 2027\n"
    "Eighty-first session\n"
    "Agenda item 118\n"
    "Resolution adopted by the General Assembly on 12 September 2027\n"
    "81/290. Strengthening of the coordination of humanitarian assistance\n"
    "The General Assembly,\n"
    "Recalling its resolution 80/301 of 9 September 2026,\n"
    "1. Requests the Secretary-General to submit a report at its eighty-second session;\n"
    "2. Invites the United Nations Environment Programme to contribute to the report.\n"
    "{rule}\n"
    "Comments\n"
    "Ana Lind added a comment - 21/Sep/27 9:12 AM\n"
    "Done.\n"
)


def facts(text: str) -> set[tuple[str, str, str]]:
    return stated(extract(text, source_key="test", registry=shipped_registry()))


@pytest.mark.parametrize("rule", ["----", "---", "_____", "=====", "* * *"])
def test_the_masthead_under_the_rule_is_the_documents(rule):
    found = facts(TICKET.format(rule=rule, masthead="United Nations    A/RES/81/290"))
    assert ("adoptedAt", "ga/res/81/290", "ga#81") in found
    assert ("requests", "ga/res/81/290", "secretary-general") in found


def test_a_symbol_alone_under_the_rule():
    found = facts(TICKET.format(rule="----", masthead="A/RES/81/290"))
    assert ("adoptedAt", "ga/res/81/290", "ga#81") in found


@pytest.mark.parametrize(
    "masthead",
    [
        # a rule over a line that opens on no symbol: the page's text goes on, no masthead there
        "United Nations Environment Programme staff checked the text.",
        "Text as circulated:",
    ],
)
def test_a_rule_over_no_masthead_reads_none_there(masthead):
    ruled = facts(TICKET.format(rule="----", masthead=masthead))
    assert ruled == facts(TICKET.format(rule="", masthead=masthead))
