"""Chats saved from Zoom ("10:02:11 From Ana Ruiz to Everyone:" over a tab-indented message, or
"10:02:11 From  Ana Ruiz : message" on one line) and copied from Slack ("Ana Ruiz  [9:14 AM]"
over the message) read as their messages (`export_layouts.chat_export_changes`): stamps and
names go, each message is a paragraph, a text pasted in a message keeps its lines. A programme
with a time or two "From" stays prose."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.export_layouts import chat_export_changes
from tests.extract.format_readers import BODY, cleaned, points_at
from tests.extract.reference_data import registry_from_turtle

ZOOM = """09:58:02 From Ana Ruiz to Everyone:
\tGood morning all, plenary starts at ten.
10:31:40 From Ben Osei to Everyone:
\tAdopted just now, text as shown on screen:
\tThe Commission on Great Lakes Fisheries,
\tRecalling its resolution GLF/7/11 on lake trout,
\t1. Decides to review the quotas.
10:32:05 From Ana Ruiz to Everyone:
\tThanks.
"""

ZOOM_ONE_LINE = """09:58:02\t From  Ana Ruiz : Good morning all, plenary starts at ten.
10:31:40\t From  Ben Osei : The Commission on Great Lakes Fisheries, recalling its resolution GLF/7/11, decides to review the quotas.
10:32:05\t From  Ana Ruiz : Thanks.
"""

SLACK = """Ana Ruiz  [9:14 AM]
Good morning all, plenary starts at ten.

Ben Osei  [11:02 AM]
Adopted just now:
The Commission on Great Lakes Fisheries,
Recalling its resolution GLF/7/11 on lake trout,
1. Decides to review the quotas.

Ana Ruiz  [11:05 AM]
Thanks.
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


@pytest.mark.parametrize("chat", [ZOOM, ZOOM_ONE_LINE, SLACK], ids=["zoom", "zoom-one-line", "slack"])
def test_stamps_and_names_go_and_messages_stay(chat: str) -> None:
    text = cleaned(chat)
    assert text.startswith("Good morning all, plenary starts at ten.")
    for gone in ("Ana Ruiz", "Ben Osei", "From", "Everyone", "AM]", "09:58"):
        assert gone not in text
    assert "GLF/7/11" in text


@pytest.mark.parametrize("chat", [ZOOM, SLACK], ids=["zoom", "slack"])
def test_a_pasted_text_keeps_its_lines(chat: str) -> None:
    paragraphs = cleaned(chat).split("\n\n")
    assert "The Commission on Great Lakes Fisheries," in paragraphs
    assert "1. Decides to review the quotas." in paragraphs


@pytest.mark.parametrize("chat", [ZOOM, ZOOM_ONE_LINE, SLACK], ids=["zoom", "zoom-one-line", "slack"])
def test_a_resolution_in_a_message_points_at_its_line(registry: BodyRegistry, chat: str) -> None:
    assert points_at(chat, registry, "GLF/7/11")


def test_a_programme_with_times_is_no_chat() -> None:
    programme = (
        "Programme of the visit\n\n"
        "10:00 From Geneva to Bern: transfer by train.\n"
        "12:30 Lunch offered by the Commission on Great Lakes Fisheries.\n"
        "15:00 From the station: visit of the hatchery [1].\n"
    )
    assert chat_export_changes(programme) == []
