"""Chats exported from a phone (WhatsApp on iOS "[date, time] Name: text", on Android "date,
time - Name: text") read as their messages (`export_layouts.chat_export_changes`): the stamp
and the writer's name go and the message on the stamp's line stays (it was dropped whole when
short), a message over several lines keeps its lines, the export's own lines ("Messages and
calls are end-to-end encrypted", "<Media omitted>", "This message was deleted") go, every
message is a paragraph. Prose with a time or two stays."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.export_layouts import unwrap_export
from tests.extract.format_readers import BODY, cleaned, points_at
from tests.extract.reference_data import registry_from_turtle

IOS = """[03/05/2031, 09:02:11] Ana Ruiz: Session opened in Duluth.
[03/05/2031, 11:40:05] Ben Osei: Adopted just now, text from the screen:
The Commission on Great Lakes Fisheries,
Recalling its resolution GLF/7/11 on lake trout,
1. Decides to review the quotas.
[03/05/2031, 11:41:00] Ana Ruiz: ok
[03/05/2031, 11:41:30] Ana Ruiz: <attached: 00000012-PHOTO-2031-05-03.jpg>
[03/05/2031, 11:42:00] Ben Osei: This message was deleted
"""

ANDROID = """03/05/2031, 08:59 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
03/05/2031, 09:02 - Ana Ruiz: Session opened in Duluth.
03/05/2031, 11:40 - Ben Osei: The Commission on Great Lakes Fisheries, recalling its resolution GLF/7/11, decides to review the quotas.
03/05/2031, 11:41 - Ana Ruiz: <Media omitted>
03/05/2031, 11:42 - Ana Ruiz: thanks
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


@pytest.mark.parametrize("chat", [IOS, ANDROID])
def test_messages_on_their_stamp_lines_stay_and_the_rest_goes(chat: str) -> None:
    text = cleaned(chat)
    assert text.startswith("Session opened in Duluth.")
    for gone in ("Ana Ruiz", "Ben Osei", "03/05/2031", "attached", "Media omitted", "deleted", "encrypted"):
        assert gone not in text
    assert "GLF/7/11" in text


def test_the_lines_of_a_message_and_each_message_are_paragraphs() -> None:
    paragraphs = cleaned(IOS).split("\n\n")
    assert "The Commission on Great Lakes Fisheries," in paragraphs
    assert "1. Decides to review the quotas." in paragraphs
    # a short message is one of its own, not joined to the text above it
    assert "ok" in paragraphs


@pytest.mark.parametrize("chat", [IOS, ANDROID])
def test_a_resolution_in_a_message_points_at_its_line(registry: BodyRegistry, chat: str) -> None:
    assert points_at(chat, registry, "GLF/7/11")


@pytest.mark.parametrize(
    "text",
    [
        # minutes with times: a stamp or two, not a chat
        "Minutes\n\n[09:02] Opening: the Chair opened the session.\n[11:40] Item 3: adopted.\nThe session closed.\n",
        "Timeline - 03/05/2031, 09:02 - Ana Ruiz: a note.\nThe Commission met; at 11:40 - Ben: it closed.\n",
    ],
)
def test_prose_with_times_stays(text: str) -> None:
    assert unwrap_export(text) == (text, None)


TEAMS = """[03/05/2031 11:52] Ruiz, Ana
Is para 3 new?

[03/05/2031 11:53] Osei, Ben
yes, new. Same wording as resolution GLF/7/11 🙂

[03/05/2031 11:54] Ruiz, Ana
noted, thanks!

[03/05/2031 11:55] Osei, Ben
and the Bureau agreed
"""


def test_a_message_in_lower_case_is_no_run_on_of_a_finished_one() -> None:
    # a question, an emoji or an exclamation ends a message: the next one, in lower case, is a
    # paragraph of its own (across a page break a sentence runs on; a chat's messages do not)
    paragraphs = cleaned(TEAMS).split("\n\n")
    assert paragraphs == ["Is para 3 new?", "yes, new. Same wording as resolution GLF/7/11 \U0001f642", "noted, thanks!", "and the Bureau agreed"]


def test_a_paragraph_cut_by_a_page_break_still_runs_on() -> None:
    page = "The Commission decided to review the\n\n\f\nquotas of the lower basin.\n"
    assert "The Commission decided to review the quotas of the lower basin." in cleaned(page)
