"""Caption files (SubRip, WebVTT) read as what was said (`export_layouts.caption_changes`):
cue numbers, timings, voice tags and speaker labels ("CHAIR:", ">> MS ROSSI:", "- Peru:") go,
a sentence spoken across cues is one paragraph again, a new speaker opens a paragraph, an empty
cue is nothing, WebVTT's escapes ("&amp;") are their characters, and a NOTE's lines (a body, a
session, a place) are paragraphs of their own. Prose that speaks of captions stays."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.export_layouts import unwrap_export
from tests.extract.format_readers import BODY, cleaned, points_at
from tests.extract.reference_data import registry_from_turtle

SRT = """1
00:00:01,000 --> 00:00:04,200
CHAIR: Good morning. The Commission on Great Lakes Fisheries,

2
00:00:04,300 --> 00:00:07,900
recalling its resolution GLF/7/11

3
00:00:08,000 --> 00:00:09,000

4
00:00:09,100 --> 00:00:12,000
on the stocking of lake trout, decides to review the quotas.

5
00:00:15,500 --> 00:00:18,000
>> MS ROSSI (Italy): Italy thanks the Chair &amp; the Bureau.

6
00:00:18,100 --> 00:00:20,000
- Peru: We agree.
"""

VTT = """WEBVTT
Kind: captions

NOTE
Commission on Great Lakes Fisheries
Eighth session, Duluth, 3–5 May 2031

00:00:02.000 --> 00:00:05.000 align:start
<v Chair>The Commission, recalling its resolution

00:00:05.100 --> 00:00:08.000
<v Chair>GLF/7/11, decides to review the quotas.</v>

00:00:11.000 --> 00:00:13.000
<v.loud Canada>Canada supports the decision.
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def test_subrip_cues_read_as_sentences_without_labels_or_timings() -> None:
    text = cleaned(SRT)
    assert "Good morning. The Commission on Great Lakes Fisheries, recalling its resolution GLF/7/11 on the stocking of lake trout, decides" in text
    assert "Italy thanks the Chair & the Bureau." in text
    for gone in ("CHAIR:", ">>", "ROSSI", "-->", "00:00", "Peru:"):
        assert gone not in text
    # a new speaker opens a paragraph of their own
    assert "\n\nItaly thanks" in text and "\n\nWe agree." in text


def test_a_webvtt_note_gives_a_line_a_paragraph_and_voices_go() -> None:
    text = cleaned(VTT)
    assert "Commission on Great Lakes Fisheries\n\nEighth session, Duluth, 3–5 May 2031" in text
    assert "The Commission, recalling its resolution GLF/7/11, decides to review the quotas." in text
    assert "<v" not in text and "WEBVTT" not in text and "Kind" not in text


@pytest.mark.parametrize("captions", [SRT, VTT])
def test_a_resolution_cited_across_cues_points_at_its_line(registry: BodyRegistry, captions: str) -> None:
    assert points_at(captions, registry, "GLF/7/11")


@pytest.mark.parametrize(
    "text",
    [
        "WEBVTT is the format of the captions.\nThe timing 00:00:01.000 --> 00:00:04.000 is one cue.\nCHAIR: a word.\n",
        "Minutes\n\nNOTE: the CHAIR: said that -->\n00:01:00,000 --> 00:02:00,000 is one line.\n",
    ],
)
def test_prose_about_captions_stays(text: str) -> None:
    assert unwrap_export(text) == (text, None)
