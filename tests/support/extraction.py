"""What the extraction tests share: the invented texts they build on, the reference data they
load, and one way of asking which facts a text states."""

from __future__ import annotations

from pathlib import Path

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
UNCAC_REFERENCE = Path(__file__).resolve().parent.parent / "data" / "uncac.ttl"

# Invented openings in the layout of the samples: a session report whose chapter I holds the
# resolutions adopted, and a note by the Secretariat for a session.
COP_NOTE = (
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
    "Distr.: General\n3 March 2033\n\nOriginal: English\n\nSixteenth session\n\nVienna, 3–7 October 2033\n\n"
    "Note by the Secretariat\n\n"
)


def cop_report(resolution: str = "16/2", title: str = "Ports and borders") -> str:
    """The opening of a report of the Conference's sixteenth session, up to the preamble of
    ``resolution``."""
    return (
        "United Nations CTOC/COP/2033/4\n\nDistr.: General 2 November 2033\n\n"
        "Report of the Conference of the Parties to the United Nations Convention against Transnational "
        "Organized Crime on its sixteenth session, held in Vienna from 3 to 7 October 2033\n\n"
        "I. Resolutions and decisions adopted by the Conference\n\n"
        "1. At its sixteenth session, the Conference adopted the following resolutions:\n\n"
        f"Resolution {resolution}\n\n{title}\n\n"
        "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n\n"
    )


def registry_with_uncac() -> BodyRegistry:
    """The shipped reference data and a second treaty body's (tests/data/uncac.ttl)."""
    return load_registry(BASE, [UNCAC_REFERENCE])


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[object, object]]:
    """(subject, object) of every fact of ``relation`` the text states."""
    extraction = extract(text, source_key="test", registry=registry)
    return {(f.subject, f.object) for f in extraction.facts if f.relation == relation}
