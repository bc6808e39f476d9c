"""A reStructuredText source page reads as the page it renders: targets, comments, adornments and
directives that render no text go, admonitions keep their content, fields become record rows,
"#." items are numbered per list, inline markup keeps its text (`loaders/extract/export_layouts.py`);
and a name two organizations' bodies share ("General Assembly") is the body whose convention
numbers the page's headings, when only a symbol prefix ("A/") speaks for the other
(`references.py`). Invented bodies and wording."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.export_layouts import restructured_text_changes, unwrap_export
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/rail> a mg:Body ; mg:key "rail" ; skos:prefLabel "International Railway Organization"@en .
<body/rail/ga> a mg:Body ; mg:key "rail/ga" ;
    skos:prefLabel "General Assembly of the International Railway Organization"@en ;
    mg:shortName "General Assembly" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "A/RES/{number}({session})" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/rail> .
<body/rail/council> a mg:Body ; mg:key "rail/council" ;
    skos:prefLabel "Railway Safety Council"@en ; org:subOrganizationOf <body/rail> .
"""

PAGE = """.. _rail-{session}:

{over}
Resolutions adopted at the {ordinal} session
{over}

:Symbol: ``A/{session}/REP``
:Venue: Lyon, France

.. contents:: On this page
   :local:

.. note::
   The report of the session prevails.

.. This comment is no text.

Resolution A/RES/{number}({roman})
{under}

**Safety of night trains**

The General Assembly,

*Recalling* its resolution `A/RES/{old}({old_roman}) <https://example.org/res>`_ [#]_,

#. *Requests* the :doc:`Railway Safety Council </council>` to report on night trains;
#. *Invites* the International Railway Organization to publish
   the ``report`` in 2032.

.. [#] See the study (``A/{session}/INF/2``).

.. seealso:: :ref:`rail-{old_session}`
"""


def _page(number: int = 41, session: int = 19, roman: str = "XIX") -> str:
    return PAGE.format(
        session=session, over="=" * 50, ordinal="nineteenth", number=number, roman=roman,
        under="-" * 26, old=number - 12, old_roman="XVIII", old_session=session - 1,
    )


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def test_the_page_reads_as_rendered() -> None:
    text = _page()
    fixed, offsets = unwrap_export(text)
    assert offsets is not None
    for gone in (".. ", "``", "**", "*Recalling*", "[#]", ":doc:", "<https", "=====", "-----", ":local:", "comment is no text", "seealso"):
        assert gone not in fixed, gone
    assert "Symbol\tA/19/REP" in fixed and "Venue\tLyon, France" in fixed
    assert "The report of the session prevails." in fixed
    assert "1. Requests the Railway Safety Council to report" in fixed
    assert "2. Invites the International Railway Organization" in fixed
    # the footnote's reference is its number raised, as a page prints it, the footnote opens with it
    assert "Recalling its resolution A/RES/29(XVIII) ¹," in fixed
    assert "¹ See the study (A/19/INF/2)." in fixed
    at = fixed.index("Requests")
    assert text[offsets[at] : offsets[at] + 8] == "Requests"


def test_each_list_is_numbered_from_one() -> None:
    text = ".. _x:\n\n:Symbol: X/1\n\n#. First item;\n#. second item.\n\nA paragraph.\n\n#. Another list.\n"
    fixed, _ = unwrap_export(text)
    assert "1. First item;\n2. second item." in fixed and "1. Another list." in fixed


@pytest.mark.parametrize(
    "text",
    [
        "# Markdown heading\n\n1. Decides to meet;\n2. Requests the secretariat.\n\n**Bold** and *emphasis*.\n",
        "Report of the session\n=====================\n\nThe Council met in Lyon.\n\nSee note 2 ... and more.\n",
        ":Symbol: A/1\n:Venue: Lyon\n\nText.\n",
    ],
)
def test_text_without_explicit_markup_is_no_restructured_text(text: str) -> None:
    assert restructured_text_changes(text) == []


@pytest.mark.parametrize("number, session, roman", [(41, 19, "XIX"), (812, 26, "XXVI")])
def test_the_pages_general_assembly_is_the_one_numbering_its_headings(
    registry: BodyRegistry, number: int, session: int, roman: str
) -> None:
    text = _page(number, session, roman).replace(
        "The General Assembly,", "The General Assembly,\n\n*Recalling* United Nations General Assembly resolution 78/171,"
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    resolution = InstrumentRef("rail/ga", "resolution", str(session), str(number))
    assert (resolution, "requests", BodyRef("rail/council")) in {(f.subject, f.relation, f.object) for f in facts}
    assert not any(isinstance(f.subject, InstrumentRef) and f.subject.issuer == "ga" and f.subject.number == str(number) for f in facts)


# A report's source with substitutions: names given once and used in the text (the name may hold
# spaces, its case may differ where it is used, its text may run on over an indented line)
SUBSTITUTED = """.. Source of {symbol}, kept by the drafting team.

:Symbol: {symbol}
:Date: 2032-07-20

.. |{short}| replace:: {body}
.. |Res one| replace:: resolution {number}
   of {day}

Summary
=========

The present report is submitted pursuant to General Assembly |res one| [#adopted]_. It covers
the work of the |{short}|.

#. By |Res one|, entitled *Work of the {body}*, the Assembly requested the |{short}|_ to report.

.. [#adopted] Adopted at the {ordinal} session of the General Assembly.
"""


@pytest.mark.parametrize(
    "short, body, number, day, ordinal",
    [
        ("ABDM", "Advisory Board on Disarmament Matters", "86/54", "7 December 2031", "eighty-sixth"),
        ("Panel", "Panel of Experts on Coastal Shipping", "79/12", "3 March 2024", "seventy-ninth"),
    ],
)
def test_substitutions_read_as_their_text(short: str, body: str, number: str, day: str, ordinal: str) -> None:
    text = SUBSTITUTED.format(symbol="A/87/210", short=short, body=body, number=number, day=day, ordinal=ordinal)
    fixed, offsets = unwrap_export(text)
    assert offsets is not None
    assert "replace::" not in fixed and "|" not in fixed
    assert f"pursuant to General Assembly resolution {number} of {day} ¹. It covers" in fixed
    assert f"the work of the {body}." in fixed
    assert f"1. By resolution {number} of {day}, entitled \u201cWork of the {body}\u201d, the Assembly requested the {body} to report." in fixed
    assert f"¹ Adopted at the {ordinal} session of the General Assembly." in fixed
    # the replaced text points at the reference it stands for
    at = fixed.index(f"resolution {number}")
    assert text[offsets[at] :].startswith("|res one|")


def test_footnotes_are_numbered_as_the_page_prints_them() -> None:
    text = (
        ".. _x:\n\n:Symbol: X/1\n\nFirst [#b]_ and second [3]_ and third [#]_.\n\n"
        ".. [#] An anonymous note.\n.. [3] A numbered note.\n.. [#b] A labelled note.\n"
    )
    fixed, _ = unwrap_export(text)
    # the auto-numbered notes take 1 and 2 in the order they stand (3 is taken)
    assert "First ² and second ³ and third ¹." in fixed
    assert "¹ An anonymous note." in fixed and "³ A numbered note." in fixed and "² A labelled note." in fixed


def test_bars_without_a_definition_stay() -> None:
    text = ".. _x:\n\n:Symbol: X/1\n:Venue: Lyon\n\nThe |Board| met; a | b | c.\n"
    fixed, _ = unwrap_export(text)
    assert "The |Board| met; a | b | c." in fixed
