"""The cheap tests that spare extraction a pass over a text hold wherever the pass could find
something: each gate is a superset of what its pattern or detector can match.

Extraction skips a pass (a layout detector's look at every line, a pattern tried at every
position) when a substring test says the pass cannot find anything. A gate that rejected a
text its pass would have matched would drop facts silently, so each test here runs the pass
ungated over the sample corpus, the unseen set, the eval's dev set and invented texts of every
layout, and fails where the pass finds what the gate ruled out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import capitals, dates, export_layouts, numbering, plain_layouts
from mandate_graph.loaders.extract.rules import documents

ROOT = Path(__file__).resolve().parents[2]
BASE = "https://w3id.org/mandate-graph/id/"

# Invented texts in the layouts the gates guard, so that every gate also meets a text it must let
# through (the sample corpus holds few of them).
INVENTED = [
    "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nThe Commission,\n\n2\n00:00:04.500 --> 00:00:08.000\n"
    "Requests the Secretariat to report.\n\n3\n00:00:08.500 --> 00:00:11.000\nat its next session.\n",
    "[12/03/2029 10:02] Ana Ruiz\nThe Board adopted decision 2029/4.\n[12/03/2029 10:05] Li Wei\n"
    "It requests UNDP to report.\n[12/03/2029 10:07] Ana Ruiz\nAgreed.\n",
    "--- a/decision.txt\n+++ b/decision.txt\n@@ -1,3 +1,3 @@\n The Conference,\n-Requests\n+Invites the Secretariat\n",
    ".. title:: Decision 5/2\n\n:Venue: Geneva\n:Date: 3 May 2029\n\n#. Requests the Secretariat to report.\n"
    "#. Invites Parties to submit views.\n\n.. _annex:\n",
    "---\ntitle: Decision 5/2\nbody: Conference of the Parties\nsession: 5\nyear: 2029\nplace: Geneva\n"
    "text: |\n  Requests the Secretariat to report.\nstatus: adopted\n",
    "title: Decision 5/2\nbody: Conference of the Parties\nsession: 5\nyear: 2029\nplace: Geneva\nstatus: adopted\n",
    "<doc>\n<title>Decision 5/2</title>\n<p>The Conference,</p>\n<p>Requests the Secretariat</p>\n"
    "<p>to report</p>\n<p>at its sixth session.</p>\n<p>Adopted.</p>\n<p>End.</p>\n</doc>\n",
    "Fourth plenary meeting\t26 May 2028\n",
    "IDB.56/Dec.3\tReport of the Committee\n\nThe Board took note.\n",
    "TITLE OF THE REPORT\n===================\n\nText.\n\n- 2 -\n\nUNEP/EA.7/1\nMore text.\f\nUNEP/EA.7/1\n",
    "The Assembly recalled resolution 790(XL),[1] by which it acted.\n\nEndnotes\n\n[1] Resolution 790 (XL).\n",
    "The meeting was held in session[a] at Geneva;[b] as agreed.\n\n________________\n"
    "[a]Ana Ruiz: check this\n[b]Li Wei: and this\n",
    "As requested in paragraph 5 of resolution 11/2, the Secretariat has prepared the present note.",
    "The Director-General hereby transmits the report of the Board.",
    "Held from ١٢ to ١٤ May ٢٠٢٩, the meeting adopted its report.",  # Arabic-Indic figures: \d, not [0-9]
]


@lru_cache(maxsize=1)
def texts() -> tuple[str, ...]:
    folders = [ROOT / "corpus", ROOT / "tests" / "data" / "unseen", ROOT.parent / "shared" / "eval" / "dev"]
    found = [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]
    assert len(found) > 50, "the sample corpus and the unseen set are read"
    return (*found, *INVENTED)


def test_export_detectors_gates_let_through_every_text_they_could_match() -> None:
    for text in texts():
        lines = text.split("\n")
        if text.count("-->") < export_layouts._FEWEST_CUES:
            assert not export_layouts._is_captions(lines)
        if text.count("[") < export_layouts._FEWEST_CHAT_STAMPS:
            assert sum(1 for line in lines if export_layouts._CHAT_STAMP.match(line)) < export_layouts._FEWEST_CHAT_STAMPS
        if "@@ -" not in text:
            assert not any(export_layouts._DIFF_HUNK.match(line) for line in lines)
        if text.count("<") < export_layouts._SHARE_OF_TAG_LINES * export_layouts._FEWEST_TAG_LINES:
            assert not export_layouts._is_markup(lines)
        if ".." not in text and "__" not in text:
            assert not export_layouts._is_restructured_text(lines)
        may_open = text.startswith("---") or "\n---" in text
        assert export_layouts._is_yaml_export(lines, may_open=may_open) == export_layouts._is_yaml_export(lines)


def test_invented_exports_pass_their_gates() -> None:
    """The gates are no stricter than the detectors on texts that are exports."""
    detected = [
        finder.__name__
        for text in INVENTED
        for finder in (
            export_layouts.caption_changes, export_layouts.chat_export_changes, export_layouts.unified_diff_changes,
            export_layouts.restructured_text_changes, export_layouts.yaml_export_changes, export_layouts.markup_changes,
        )
        if finder(text)
    ]
    assert set(detected) >= {
        "caption_changes", "chat_export_changes", "unified_diff_changes", "restructured_text_changes",
        "yaml_export_changes", "markup_changes",
    }


def test_plain_layout_gates_let_through_every_text_they_could_change() -> None:
    changed = set()
    for text in texts():
        lines = text.split("\n")
        starts = plain_layouts._line_starts(lines)
        ungated = {
            "meeting": plain_layouts.meeting_date_changes(lines, starts),
            "tabbed": plain_layouts.tabbed_heading_changes(lines, starts),
            "page": plain_layouts.page_mark_changes(lines, starts),
        }
        changed |= {name for name, changes in ungated.items() if changes}
        if "\t" not in text:
            assert ungated["meeting"] == [] and ungated["tabbed"] == []
        if not plain_layouts.may_hold_page_marks(text):
            assert ungated["page"] == []
        # the gates inside the functions: no line of their kind without the character they test
        if "[" not in text:
            assert not any(plain_layouts._ENDNOTE_LINE.match(line) for line in lines)
        if "_" * 8 not in text:
            assert not any(plain_layouts._COMMENT_RULE.match(line) for line in lines)
    assert changed == {"meeting", "tabbed", "page"}, "each pass met a text it changes"
    assert plain_layouts.endnote_marker_changes(INVENTED[10], INVENTED[10].split("\n"), plain_layouts._line_starts(INVENTED[10].split("\n")))
    assert plain_layouts.comment_changes(INVENTED[11], INVENTED[11].split("\n"), plain_layouts._line_starts(INVENTED[11].split("\n")))


def test_dashed_page_number_found_over_the_whole_text_exactly_where_a_line_matches() -> None:
    for text in [*texts(), "a\n - 3 - \nb", "x\f- 12 —\ny", "-\n3\n-"]:
        per_line = any(plain_layouts._DASHED_PAGE_NUMBER.match(line) for line in text.split("\n"))
        assert per_line == (plain_layouts._DASHED_PAGE_NUMBER_LINE.search(text) is not None)


def test_writes_itself_words_hold_every_match() -> None:
    matched = 0
    for text in texts():
        for m in documents._WRITES_ITSELF.finditer(text):
            matched += 1
            assert any(word in m.group(0) for word in documents.WRITES_ITSELF_WORDS), m.group(0)
    assert matched >= 2
    assert documents.mandate_of_itself(INVENTED[12]) and documents.mandate_of_itself(INVENTED[13])
    assert not documents.mandate_of_itself("The Board took note of the report.")


def test_year_test_finds_what_four_figures_find() -> None:
    four = re.compile(r"\d{4}")
    for text in texts():
        for line in text.split("\n"):
            assert (dates._ANY_YEAR.search(line) is None) == (four.search(line) is None)
    assert dates._ANY_YEAR.search("٢٠٢٩") is not None


@pytest.mark.parametrize("folder", ["corpus", "tests/data/unseen"])
def test_series_found_only_where_prefix_and_slash_stand(folder: str) -> None:
    registry = load_registry(BASE)
    prefixes = sorted({body.symbol_prefix for body in registry if body.symbol_prefix})
    found = 0
    for path in sorted((ROOT / folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for prefix in prefixes:
            ungated = re.search(rf"(?<![\w/.-]){re.escape(prefix)}/", text) is not None
            assert numbering.prints_series(prefix + "/", text) == ungated
            assert (numbering._series_pattern(prefix + "/").search(text) is not None) == ungated
            found += ungated
    assert found > 0


def test_recase_gate_holds_every_name_the_pattern_finds() -> None:
    registry = load_registry(BASE)
    names = sorted({n.strip() for body in registry for n in (*body.names, body.short_name or "") if n and n.strip()})
    lowered_texts = [t.lower() for t in texts() if capitals.is_all_capitals(t)] + [t.lower() for t in texts()[:5]]
    hits = 0
    for lowered in lowered_texts:
        for name in names:
            pattern = capitals._name_pattern(name)
            if pattern is not None and pattern.search(lowered):
                hits += 1
                assert all(word.lower() in lowered for word in name.split()), name
    assert hits > 0


def test_said_to_gather_gate_changes_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    from mandate_graph.loaders.extract.rules import new_bodies

    invented = [
        "The Assembly decides to establish a Committee on Tourism, which shall hold its first meeting in 2030.",
        "THE ASSEMBLY ESTABLISHES A COMMITTEE ON TOURISM, WHICH WILL HOLD ITS FIRST SESSION IN MAY.",
        "A committee, which is to hold its first session soon, and a council.",
        "Also decides that the committee on digital government shall hold its first session in Beirut.",
    ]
    cases = [(text, kind) for text in [*texts(), *invented] for kind in sorted(new_bodies.KINDS)[:12] + ["committee"]]
    gated = [new_bodies.said_to_gather(text, kind) for text, kind in cases]
    monkeypatch.setattr(new_bodies, "SAID_TO_GATHER_WORDS", ())  # the gate lets everything through
    assert gated == [new_bodies.said_to_gather(text, kind) for text, kind in cases]
    assert {g for g in gated if g} == {"meeting", "session"}


def test_listing_entry_gate_holds_every_mandate_after_an_entry() -> None:
    from mandate_graph.loaders.extract.segment import _MANDATE_AFTER_ENTRY, _is_listing

    invented = [
        "Report of the Secretary-General on oceans (E/CN.9/2028/2), submitted pursuant to Commission resolution 2024/1",
        "Note by the Secretariat (A/80/12), prepared in accordance with decision 3/2",
        "Report of the Board (UNEP/EA.7/3), issued under resolution 5/1",
        # (E176: the entry answering its mandate)
        "Report of the Secretary-General on ports (A/89/210), answering the request in resolution 88/40",
    ]
    matched = 0
    for text in [*texts(), *invented]:
        for line in text.split("\n"):
            if _MANDATE_AFTER_ENTRY.search(line.rstrip(";.")):
                matched += 1
                assert ")" in line and any(verb in line for verb in ("submitted", "prepared", "issued", "request")), line
    assert matched >= 3
    assert all(_is_listing(text) for text in invented)


def test_said_to_gather_on_the_lowered_document_reads_what_the_pattern_reads_in_any_case() -> None:
    from mandate_graph.graph.model import gathering_kind
    from mandate_graph.loaders.extract.rules import new_bodies

    invented = [
        "The Assembly decides to establish a Committee on Tourism, which shall hold its first meeting in 2030.",
        "THE ASSEMBLY ESTABLISHES A COMMITTEE ON TOURISM, WHICH WILL HOLD ITS FIRST SESSION IN MAY.",
        "A Working\nGroup of experts is to hold its first session.",
    ]
    read = 0
    for text in [*texts(), *invented]:
        for kind in [*sorted(new_bodies.KINDS), "Working Group"]:
            said = re.search(new_bodies._said_to_gather_pattern(kind), text, re.IGNORECASE)
            expected = gathering_kind(said.group(1).lower()) if said else None
            assert new_bodies.said_to_gather(text, kind) == expected, (kind, text[:80])
            read += expected is not None
    assert read >= 3


def test_words_with_digits_read_from_the_digits_are_every_word_the_pattern_finds() -> None:
    """`ocr._words_with_digits` reads the words with a "0" or "1" among their letters from the
    digits alone; the pattern tried at every position must find no other word, on every text and
    on invented runs of letters, digits and other characters."""
    import random

    from mandate_graph.loaders.extract import ocr

    invented = [
        "adopted at the 4th plenary sessi0n and the Counci1, C0mmittee, wh1ch",
        "H1N1 h1n1 B2B a1b CO2 ISO 9001 2031-10-19 ab01cd x0y0z é0a ab1é zab1 c0de 0ab",
        "sessi0n\nC0mmittee\t(wh1ch)annua1ly/Counci1.",
    ]
    shuffled = random.Random(42)
    invented += ["".join(shuffled.choice("aesnrtC01 9.-/\né") for _ in range(shuffled.randint(1, 60))) for _ in range(3000)]
    words = 0
    for text in [*texts(), *invented]:
        expected = [m.span() for m in ocr._WORD_WITH_DIGITS.finditer(text)]
        assert [m.span() for m in ocr._words_with_digits(text)] == expected, text[:80]
        words += len(expected)
    assert words >= 20


def test_later_mentions_find_every_place_a_pattern_of_the_name_finds() -> None:
    """`new_bodies.later_mentions` finds a born body's name by `str.find`: at every place, left to
    right and not overlapping, where a pattern of the lower-cased name finds it, each as written."""
    from mandate_graph.loaders.extract.rules import new_bodies

    invented = [
        "The Expert Group on Plastics met; the expert group on plastics reported. EXPERT GROUP ON PLASTICS",
        "the working group on soils working group on soilsworking group on soils, Working Group On Soils",
        "The Ad Hoc Technical Expert Group on Soils (the AHTEG) and the Group; the group",
    ]
    bodies = [
        ("expert group", "Expert Group on Plastics"),
        ("working group", "Working Group on Soils"),
        ("ad hoc technical expert group", "Ad Hoc Technical Expert Group on Soils"),
        ("working group", "Working Group on Trafficking in Persons"),
    ]
    found = 0
    for text in [*texts(), *invented]:
        lowered = text.lower()
        for kind, core in bodies:
            mentions = {(m.start, m.end, m.written) for m in new_bodies.later_mentions(text, kind, core, core)}
            for m in re.finditer(re.escape(core.lower()), lowered):
                found += 1
                assert (m.start(), m.end(), text[m.start() : m.end()]) in mentions, text[m.start() : m.end() + 20]
    assert found >= 5


def test_a_duty_after_a_bare_name_holds_to() -> None:
    """`BodyMatcher.find` tries `_DUTY_AFTER_A_BARE_NAME` on a text's first 120 characters only
    where they hold "to": every duty the pattern reads does ("Secretariat is to compile",
    "Bureau requested to", "Panel was also invited to")."""
    from mandate_graph.loaders.extract.references import _DUTY_AFTER_A_BARE_NAME

    invented = [
        "Secretariat is to compile the views.", "Bureau requested to report.", "Panel was also invited to meet",
        "Secretariat  were\nasked\tto act", "Group encouraged to share", "Board are to\nreview it",
    ]
    matched = 0
    for text in [*texts(), *invented]:
        for paragraph in text.split("\n\n"):
            if _DUTY_AFTER_A_BARE_NAME.search(paragraph, 0, 120):
                matched += 1
                assert paragraph.find("to", 0, 120) >= 0, paragraph[:120]
    assert matched >= len(invented)
