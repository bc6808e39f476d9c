"""Issuers: only a body that issues instruments is one. A working group's note cites the
Conference's decisions; a shared short name ("Commission") means the one named last;
year-numbered instruments of the Economic and Social Council."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
UNCAC = Path(__file__).resolve().parents[1] / "data" / "uncac.ttl"
WG_NOTE = (
    "United Nations CTOC/COP/WG.3/2033/2\n\n"
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
    "Distr.: General\n3 March 2033\n\n"
    "Working Group on International Cooperation\n\nVienna, 2–3 June 2033\n\n"
    "Note by the Secretariat\n\n"
)
COP_NOTE = (
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
    "Distr.: General\n3 March 2033\n\nNote by the Secretariat\n\n"
)


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    # With a second treaty's reference data: "the Conference" is then ambiguous by name alone.
    return load_registry(BASE, [UNCAC])


def mentioned(text: str, registry: BodyRegistry) -> list[InstrumentRef]:
    e = extract(text, source_key="test", registry=registry)
    return [f.object for f in e.facts if f.relation == "mentions"]  # type: ignore[misc]


def test_a_working_groups_note_cites_the_conferences_instruments(registry: BodyRegistry) -> None:
    found = mentioned(WG_NOTE + "2. Pursuant to decision 3/2 of the Conference, and to resolution 9/4, the group met.\n", registry)
    assert set(found) == {
        InstrumentRef("cop-untoc", "decision", "3", "2"),
        InstrumentRef("cop-untoc", "resolution", "9", "4"),
    }
    assert not any(i.issuer.startswith("cop-untoc/") for i in found)


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "1. The Commission on Narcotic Drugs met.\n\n2. Commission resolution 66/3 was noted.\n",
            InstrumentRef("ecosoc/cnd", "resolution", "66", "3"),
        ),
        (
            "1. The Commission on Crime Prevention and Criminal Justice met.\n\n3. Recalling Commission resolution 31/1,\n",
            InstrumentRef("ecosoc/ccpcj", "resolution", "31", "1"),
        ),
        (
            "2. Economic and Social Council resolution 2004/28 and decision 2021/223 were noted.\n",
            InstrumentRef("ecosoc", "decision", "2021", "223"),
        ),
    ],
)
def test_issuers_named_before_the_number(body: str, expected: InstrumentRef, registry: BodyRegistry) -> None:
    assert expected in mentioned(COP_NOTE + body, registry)


def test_an_issuer_nobody_named_is_unknown_not_the_author(registry: BodyRegistry) -> None:
    found = mentioned(COP_NOTE + "2. Commission resolution 31/1 was noted, as was resolution 10/6.\n", registry)
    assert found == [InstrumentRef("cop-untoc", "resolution", "10", "6")]


def test_brackets_cite_what_the_body_named_before_adopted(registry: BodyRegistry) -> None:
    text = COP_NOTE + (
        "2. In its resolution 10/3, the Conference, recalling the outcome adopted by the General Assembly at "
        "its sixtieth session (resolution 60/1), requested the secretariat to report.\n"
    )
    found = mentioned(text, registry)
    assert InstrumentRef("ga", "resolution", "60", "1") in found
    assert InstrumentRef("cop-untoc", "resolution", "60", "1") not in found


@pytest.mark.parametrize(
    ("subject", "issuer"),
    [
        ("the Conference of the States Parties to the United Nations Convention against Corruption", "cosp-uncac"),
        ("the Commission on Narcotic Drugs", "ecosoc/cnd"),
        ("the General Assembly also", "ga"),
    ],
)
def test_the_body_that_adopted_a_resolution_issued_it(registry: BodyRegistry, subject: str, issuer: str) -> None:
    text = COP_NOTE + f"1. At its tenth session, held in Vienna in 2030, {subject} adopted resolution 10/4, on ports.\n"
    assert {ref.issuer for ref in mentioned(text, registry)} == {issuer}
