"""JSON payloads as an API returns them, read as the text their strings carry
(`loaders/extract/json_payloads.py`): minified on one line, an object a line, JSON Lines; text
fields (``text``, ``body_html``, ``content`` ...) are paragraphs, other string fields "Field<tab>
value", machine codes, numbers and keys go; escapes are their characters (``\\n\\n`` a paragraph
break) and HTML inside a string is read as a page (blocks are paragraphs, an ``<ol>``'s items
keep their numbers, an attribute's escaped quotes go with its tag). Text that is no JSON stays."""

from __future__ import annotations

import json

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.export_layouts import unwrap_export
from tests.extract.format_readers import BODY, cleaned, points_at
from tests.extract.reference_data import registry_from_turtle

RECORD = {
    "id": 4821,
    "type": "press_release",
    "lang": "en",
    "title": "Commission reviews lake trout quotas",
    "body_html": '<p class=\"lead\">DULUTH, 5 May \u2014 The Commission on Great Lakes Fisheries today closed its eighth session.</p>'
    '<p>It recalled its resolution GLF/7/11 on lake trout.</p><ol><li>Quotas are reviewed;</li><li>A report is due.</li></ol>',
    "summary": "First line.\n\nSecond paragraph \u2019quoted\u2019.",
    "venue_note": "Duluth\nMinnesota",
    "tags": ["fisheries", "Great Lakes"],
}
MINIFIED = json.dumps(RECORD)
ASCII = json.dumps(RECORD, ensure_ascii=True)
OBJECT_A_LINE = '{"items": [\n  ' + ",\n  ".join(json.dumps({"n": i, "text": t}) for i, t in enumerate(
    ["The Commission on Great Lakes Fisheries,", "Recalling its resolution GLF/7/11 on lake trout,", "1. Decides to review the quotas."]
)) + "\n]}\n"
JSON_LINES = "\n".join(json.dumps({"para": i, "text": t}) for i, t in enumerate(
    ["The Commission on Great Lakes Fisheries,", "Recalling its resolution GLF/7/11 on lake trout,", "1. Decides to review the quotas."]
)) + "\n"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


@pytest.mark.parametrize("payload", [MINIFIED, ASCII])
def test_a_minified_payload_reads_as_its_text(payload: str) -> None:
    text = cleaned(payload)
    paragraphs = text.split("\n\n")
    assert "DULUTH, 5 May \u2014 The Commission on Great Lakes Fisheries today closed its eighth session." in paragraphs
    assert "It recalled its resolution GLF/7/11 on lake trout." in paragraphs
    assert "1. Quotas are reviewed;" in paragraphs and "2. A report is due." in paragraphs
    assert "First line." in paragraphs and "Second paragraph \u2019quoted\u2019." in paragraphs
    # another field's line end is a space: the field is one row
    assert "Venue note Duluth Minnesota" in paragraphs
    assert any(p.startswith("Title") and p.endswith("Commission reviews lake trout quotas") for p in paragraphs)
    for gone in ("press_release", "4821", "<p", "class", "lead", '"', "body_html", "\\n"):
        assert gone not in text


@pytest.mark.parametrize("payload", [OBJECT_A_LINE, JSON_LINES])
def test_objects_a_line_and_json_lines_read_as_paragraphs(payload: str) -> None:
    paragraphs = cleaned(payload).split("\n\n")
    assert paragraphs[:3] == [
        "The Commission on Great Lakes Fisheries,",
        "Recalling its resolution GLF/7/11 on lake trout,",
        "1. Decides to review the quotas.",
    ]


@pytest.mark.parametrize("payload", [MINIFIED, OBJECT_A_LINE, JSON_LINES])
def test_a_resolution_in_a_payload_points_at_its_line(registry: BodyRegistry, payload: str) -> None:
    assert points_at(payload, registry, "GLF/7/11")


@pytest.mark.parametrize(
    "text",
    [
        "[Draft] The Commission on Great Lakes Fisheries,\nRecalling {its} resolution GLF/7/11,\n",
        '{"not": "closed",\n"text": "a broken export"\n',
        "{The Commission} met.\n[1] A note: {\"text\": \"quoted JSON in prose\"}\n",
        # nested deeper than the parser goes: no payload, and no error
        "[" * 3000 + "\n" + "]" * 3000,
    ],
)
def test_text_that_is_no_json_stays(text: str) -> None:
    assert unwrap_export(text) == (text, None)


def test_html_in_a_long_string_costs_time_in_proportion() -> None:
    # every escaped quotation mark is checked against the tags once, in order (was: against all)
    import time

    payload = '{"text": "' + '<p class=\\"x\\">GLF/7/11 a</p>' * 4000 + '"}'
    started = time.process_time()
    fixed, _ = unwrap_export(payload)
    assert fixed.count("GLF/7/11") == 4000 and '\\"' not in fixed
    assert time.process_time() - started < 2.0
