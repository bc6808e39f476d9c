"""Documents that arrive as their source markup, read as the text a reader sees (E122, from the
spent u136, u137, u139): a reStructuredText report whose instrument is named through a
substitution and whose footnote says where it was adopted; on the invented commission of
tests/data/phrasing.ttl and invented wording."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.export_layouts import front_matter_changes, unwrap_export
from tests.extract.phrasing import NOTE_SYMBOL, facts, in_note

# --------------------------------------------------------------------------- notes saying where

_CITED = "In the period under review, the Commission implemented resolution 11/4 of 14 March 2031{mark} and reported on it."


@pytest.mark.parametrize(
    ("mark", "note"),
    [
        (" ¹", "¹ Adopted at the eleventh session of the Commission, 5th plenary meeting."),
        (",¹", "¹ Adopted without a vote at the eleventh session of the Commission."),
        ("[2]", "[2] Adopted by consensus at the eleventh session of the Commission on Coastal Resilience."),
    ],
)
def test_a_note_on_an_instrument_says_at_which_session_it_was_adopted(mark: str, note: str) -> None:
    text = in_note(_CITED.format(mark=mark)) + "\n__________________\n" + note + "\n"
    assert ("ccr/res/11/4", "ccr#11") in facts(text, "adoptedAt")


@pytest.mark.parametrize(
    "note",
    [
        "¹ Adopted at the twelfth session of the Commission.",  # 11/4 is the eleventh session's
        "¹ Adopted at the eleventh session of the Economic and Social Council.",  # not its issuer
    ],
)
def test_a_note_naming_a_session_the_instrument_was_not_adopted_at_adopts_nothing(note: str) -> None:
    text = in_note(_CITED.format(mark=" ¹")) + "\n__________________\n" + note + "\n"
    assert not facts(text, "adoptedAt")


def test_a_note_on_other_words_says_nothing_of_the_instrument() -> None:
    text = in_note("In the period under review, the Commission implemented resolution 11/4 and reported on its progress.¹") + (
        "\n__________________\n¹ Adopted at the eleventh session of the Commission.\n"
    )
    assert ("ccr/res/11/4", "ccr#11") not in facts(text, "adoptedAt")


# --------------------------------------------------------------------------- reStructuredText

_REPORT = """.. Source of {symbol} as kept by the secretariat.

:Symbol: {symbol}
:Date: 2031-07-20

.. |{name}| replace:: {replaced}

Report of the Secretary-General
===============================

#. The present note is submitted pursuant to {before}|{name}| of 14 March 2031 [#f1]_. By
   |{name}|, the Commission requested the Bureau to report on tidal data.

.. rubric:: Footnotes

.. [#f1] Adopted at the eleventh session of the Commission.
"""


@pytest.mark.parametrize(
    ("name", "replaced", "before"),
    [
        ("R4", "resolution 11/4", "Commission "),
        ("res 11-4", "Commission resolution 11/4", ""),
        ("CRES", "resolution 11/4", ""),
    ],
)
def test_a_restructured_text_report_names_its_mandate_through_a_substitution(name: str, replaced: str, before: str) -> None:
    text = _REPORT.format(symbol=NOTE_SYMBOL, name=name, replaced=replaced, before=before)
    assert ("ccr/res/11/4", "2031-03-14") in facts(text, "adoptedOn")
    assert ("ccr/res/11/4", "ccr#11") in facts(text, "adoptedAt")
    assert ("ccr/res/11/4", "ccr/bureau") in facts(text, "requests")


# --------------------------------------------------------------------------- YAML front matter

_FRONT = """---
layout: session-record
record_id: ccr-{session}
body: "Commission on Coastal Resilience"
session: {session}
venue: "Palais des Nations, Geneva"
dates:
  start: 2032-06-28
  end: 2032-07-07
mandate_refs:
  - "Commission resolution 11/4"
documents{suffix}:
  - symbol: {q}E/CN.21/2032/{n}{q}
    title: {q}Provisional agenda for the {ordinal} session{q}
  - symbol: {q}E/CN.21/2032/{m}{q}
    {title_key}: {q}Tidal data standards: proposal of the Bureau{q}
    note: {q}submitted pursuant to Commission resolution 11/4, paragraph 6{q}
  - symbol: {q}E/CN.21/2031/9{q}
    title: {q}Report of the Commission on Coastal Resilience on its twelfth session{q}
    held: {q}Nairobi, 2-6 March 2031{q}
tags: [coastal, tides]
draft: false
---

# {Ordinal} session of the Commission

The Commission meets for its {ordinal} session in Geneva from 28 June to 7 July 2032.
"""


def _front(session: int = 13, ordinal: str = "thirteenth", q: str = '"', suffix: str = "", title_key: str = "title", n: int = 1, m: int = 14) -> str:
    return _FRONT.format(session=session, ordinal=ordinal, Ordinal=ordinal.capitalize(), q=q, suffix=suffix, title_key=title_key, n=n, m=m)


@pytest.mark.parametrize("q", ['"', "'", ""])
@pytest.mark.parametrize("suffix, title_key", [("", "title"), ("_before_the_session", "description"), ("", "name")])
def test_front_matter_lists_read_one_entry_a_line(q: str, suffix: str, title_key: str) -> None:
    text = _front(q=q, suffix=suffix, title_key=title_key)
    fixed, offsets = unwrap_export(text)
    assert offsets is not None
    assert "E/CN.21/2032/1 \u2013 Provisional agenda for the thirteenth session\n" in fixed
    assert (
        "E/CN.21/2032/14 \u2013 Tidal data standards: proposal of the Bureau, submitted pursuant to Commission resolution 11/4, paragraph 6\n"
    ) in fixed
    assert "E/CN.21/2031/9 \u2013 Report of the Commission on Coastal Resilience on its twelfth session (Nairobi, 2-6 March 2031)\n" in fixed
    assert "\nCommission resolution 11/4\n" in fixed
    # the single fields and the page's text stay as they are
    assert 'venue: "Palais des Nations, Geneva"' in fixed and "tags: [coastal, tides]" in fixed
    assert "# Thirteenth session of the Commission" in fixed
    at = fixed.index("(Nairobi")
    assert text[offsets[at + 1] :].startswith("Nairobi, 2-6 March 2031")


def test_front_matter_entries_state_what_their_lines_say() -> None:
    text = _front()
    assert ("E/CN.21/2032/14", "ccr/res/11/4") in facts(text, "pursuantTo")
    assert ("E/CN.21/2031/9", "ccr#12") in facts(text, "reportOf")
    assert ("ccr#12", "Nairobi") in facts(text, "heldIn")
    assert ("ccr#12", "2031-03-02/2031-03-06") in facts(text, "heldOn")


@pytest.mark.parametrize(
    "text",
    [
        # a page's title and symbol: its masthead follows
        "---\ntitle: Report of the Commission\nsymbol: E/CN.21/2032/4\n---\n\n# Report\n\nText.\n",
        # single fields only, however many: the template prints the page
        "---\ntitle: A\nlayout: page\npermalink: /a/\ndate: 2032-01-09\nsession: 81\nvenue: Tokyo\nsymbol: X/1\n---\n\n# A\n\nText.\n",
        # a list, but no front matter closed before a text
        "---\nlayout: page\nrecord_id: a\nbody: B\nsession: 1\nvenue: Geneva\ndocuments:\n  - symbol: X/1\n    title: T\n",
    ],
)
def test_a_front_matter_without_lists_or_text_is_left(text: str) -> None:
    assert front_matter_changes(text) == []


# --------------------------------------------------------------------------- HTML fields

_HTML = """<!DOCTYPE html>
<html lang="en">
<head><title>{name} | Sessions</title></head>
<body>
<main>
<h1>{name} &ndash; {ordinal} session</h1>
<div class="meeting-meta">
  {open}Dates{close} <time datetime="2032-04-12">12</time>&ndash;<time datetime="2032-04-15">15 April 2032</time><br>
  {open}Venue{close} Palais des Nations, {town}<br>
  {open}Theme{close} &ldquo;Tidal data in practice&rdquo;
</div>
<p>The Commission met to discuss coastal data.</p>
<p><strong>Note:</strong> The Commission decided to meet again in Nairobi.</p>
</main>
</body>
</html>
"""

_LABELS = [
    ('<span class="label">', ":</span>"),
    ("<strong>", ":</strong>"),
    ("<b>", "</b>:"),
    ('<label for="v">', ":</label>"),
]


@pytest.mark.parametrize("open_tag, close_tag", _LABELS)
def test_a_pages_labelled_fields_read_as_record_rows(open_tag: str, close_tag: str) -> None:
    text = _HTML.format(name="Commission on Coastal Resilience", ordinal="thirteenth", open=open_tag, close=close_tag, town="Geneva")
    fixed, offsets = unwrap_export(text)
    assert offsets is not None
    assert "\n\nDates\t12\u201315 April 2032\n\nVenue\tPalais des Nations, Geneva\n\nTheme\t\u201cTidal data in practice\u201d" in fixed
    # a paragraph's lead-in is no field
    assert "Note: The Commission decided to meet again in Nairobi." in fixed
    at = fixed.index("Palais")
    assert text[offsets[at] :].startswith("Palais des Nations")


@pytest.mark.parametrize("open_tag, close_tag", _LABELS[:2])
@pytest.mark.parametrize("ordinal, town, key", [("thirteenth", "Geneva", "ccr#13"), ("ninth", "Nairobi", "ccr#9")])
def test_the_session_a_pages_heading_names_was_held_where_and_when_its_fields_say(
    open_tag: str, close_tag: str, ordinal: str, town: str, key: str
) -> None:
    text = _HTML.format(name="Commission on Coastal Resilience", ordinal=ordinal, open=open_tag, close=close_tag, town=town)
    assert (key, town) in facts(text, "heldIn")
    assert (key, "2032-04-12/2032-04-15") in facts(text, "heldOn")


@pytest.mark.parametrize(
    "shown, read",
    [("Monday", "Monday 12 April 2032"), ("", "12 April 2032"), ("12", "12"), ("12 April 2032", "12 April 2032")],
)
def test_a_time_elements_machine_date_is_said_when_it_shows_no_figure(shown: str, read: str) -> None:
    text = _HTML.replace("<p>The Commission met", f'<p>The Commission met on <time datetime="2032-04-12T10:00">{shown}</time>').format(
        name="Commission on Coastal Resilience", ordinal="ninth", open="<strong>", close=":</strong>", town="Geneva"
    )
    fixed, _ = unwrap_export(text)
    assert f"The Commission met on {read} to discuss coastal data." in fixed


# --------------------------------------------------------------------------- titles in italics

@pytest.mark.parametrize(
    "text",
    [
        # reStructuredText's emphasis
        ".. _x:\n\n:Symbol: {symbol}\n:Date: 2032-07-20\n\n#. By resolution 11/4, {lead} *{title}*, the Commission requested the Bureau to report.\n",
        # an HTML page's <em>, <i>, <cite>
        "<!DOCTYPE html><html><body><h1>Note</h1>\n<p>By resolution 11/4, {lead} <em>{title}</em>, the Commission requested the Bureau to report.</p></body></html>\n",
        "<!DOCTYPE html><html><body><h1>Note</h1>\n<p>By resolution 11/4, {lead} <i>{title}</i>, the Commission requested the Bureau to report.</p></body></html>\n",
    ],
)
@pytest.mark.parametrize("lead", ["entitled", "titled"])
@pytest.mark.parametrize("title", ["Coastal data for all", "Tides, storms and shores: a programme of work"])
def test_a_title_in_italics_after_entitled_reads_as_quoted(text: str, lead: str, title: str) -> None:
    fixed, _ = unwrap_export(text.format(symbol=NOTE_SYMBOL, lead=lead, title=title))
    assert f"resolution 11/4, {lead} \u201c{title}\u201d, the Commission" in fixed


def test_other_italics_are_plain_text() -> None:
    fixed, _ = unwrap_export(
        "<!DOCTYPE html><html><body><h1>Note</h1>\n<p><em>Recalling</em> resolution 11/4 on <i>coastal data</i>,</p><p>x</p></body></html>\n"
    )
    assert "Recalling resolution 11/4 on coastal data," in fixed
    fixed, _ = unwrap_export(".. _x:\n\n:Symbol: X/1\n:Date: 2032\n\n*Recalling* its resolution 11/4 on *coastal data*,\n")
    assert "Recalling its resolution 11/4 on coastal data," in fixed
