"""Bodies that share a head noun and are told apart by a qualifier (E112): the Regional Directors
of two regional committees of one organization ("Regional Director for the Andes", "for the
Sahel"), the Executive Secretaries of two regional commissions ("of the Economic Commission for
Oceania", "for the Arctic"), the subsidiary bodies of two conventions. A user loads every region's
reference data at once; a document of one region's committee that says "the Regional Director"
means its own region's, whichever others the data knows: the one whose qualifier the author's name
carries. A second region's file once cost WHO Europe's resolution (u89) each of its requests to
"the Regional Director". Invented organization, commissions and conventions
(tests/data/qualified_siblings.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "qualified_siblings.ttl")

REGIONS = {
    # region: (its committee's name in capitals, symbol letters, town)
    "andes": ("THE ANDES", "AND", "Quito, Ecuador"),
    "sahel": ("THE SAHEL", "SAH", "Dakar, Senegal"),
}


def committee(region: str) -> str:
    return f"wso/{region}/regional-committee"


def director(region: str) -> str:
    return f"wso/{region}/regional-director"


def masthead(region: str, session: int = 12) -> str:
    name, letters, town = REGIONS[region]
    return (
        f"WORLD SOIL ORGANIZATION\nREGIONAL OFFICE FOR {name}\n\nREGIONAL COMMITTEE FOR {name}\n{session}TH SESSION\n"
        f"{town}, 3-5 September 2031\n\n{letters}/RC{session}/R3\n5 September 2031\n\nResolution\n\nSoil health\n\n"
        "The Regional Committee,\n\n"
    )


def strangers(found: tuple[tuple[str, str, str], ...], region: str) -> list[tuple[str, str, str]]:
    other = next(r for r in REGIONS if r != region)
    return [f for f in found if f[1].startswith(f"wso/{other}/") or f[2].startswith(f"wso/{other}/")]


ASKED = {
    "operative": "1. ADOPTS the plan;\n\n2. REQUESTS the Regional Director to report to the Regional Committee at its thirteenth session.\n",
    "broken over lines": "1. REQUESTS the Regional\n   Director to report on the plan\n   at the thirteenth session.\n",
    "several paragraphs": "1. ADOPTS the plan;\n\n2. URGES Member States to act;\n\n3. REQUESTS the Regional Director:\n\n   (a) to convene a meeting;\n\n   (b) to report on progress.\n",
    "recalled": "Recalling its resolution {letters}/RC10/R2, which requested the Regional Director to present a plan;\n\n1. ADOPTS the plan.\n",
}


@pytest.mark.parametrize("asked", list(ASKED))
@pytest.mark.parametrize("region", list(REGIONS))
def test_the_regional_director_of_a_committees_resolution_is_its_own_regions(region: str, asked: str) -> None:
    letters = REGIONS[region][1]
    found = facts(masthead(region) + ASKED[asked].format(letters=letters))
    assert strangers(found, region) == []
    instrument = f"{committee(region)}/res/{10 if asked == 'recalled' else 12}/{2 if asked == 'recalled' else 3}"
    assert ("requests", instrument, director(region)) in found


@pytest.mark.parametrize("region", list(REGIONS))
@pytest.mark.parametrize("asked", ["Requests the Regional Director to convene a technical meeting;", "The Regional Director is requested to convene a technical meeting;"])
def test_a_committee_named_in_its_opening_formula_asks_its_own_director(region: str, asked: str) -> None:
    letters = REGIONS[region][1]
    place = REGIONS[region][0].title().replace("The ", "the ")
    document = f"Resolution {letters}/RC30/R2\n\nSoil restoration\n\nThe Regional Committee for {place},\n\n1. {asked}\n\n2. Decides to review progress.\n"
    found = facts(document)
    assert strangers(found, region) == []
    if asked.startswith("Requests"):
        assert ("requests", f"{committee(region)}/res/30/2", director(region)) in found


def test_the_other_regions_director_named_in_full_is_still_the_other_ones() -> None:
    # the near miss: a qualifier written out is read as written, not as the author's
    found = facts(masthead("andes") + "1. INVITES the Regional Director for the Sahel to share the experience of the Sahel.\n")
    assert ("invites", f"{committee('andes')}/res/12/3", director("sahel")) in found
    assert ("invites", f"{committee('andes')}/res/12/3", director("andes")) not in found


def test_a_document_of_the_organization_itself_takes_no_regions_director() -> None:
    # the Organization's own Board qualifies no region: "the Regional Director" stays unknown
    found = facts("Executive Board of the World Soil Organization\n\nThe Board requested the Regional Director to report on soil health.\n")
    assert not [f for f in found if f[2] in (director("andes"), director("sahel"))]


@pytest.mark.parametrize(
    ("commission", "key"),
    [("Economic Commission for Oceania", "grc/ecoc"), ("Economic Commission for the Arctic", "grc/ecar")],
)
@pytest.mark.parametrize(
    "layout",
    [
        "Resolution 41/2\n\nOcean data\n\nThe {commission},\n\n1. Requests the Executive Secretary to report to the Commission at its forty-second session.\n",
        "In its resolution 41/2, the {commission} requested the Executive Secretary to report to it at its forty-second session.\n",
    ],
)
def test_a_regional_commission_asks_its_own_executive_secretary(commission: str, key: str, layout: str) -> None:
    # the secretaries are offices of the council's secretariat, not of their commissions, and the
    # phrasing commission's Executive Secretary is known too: three of that title
    found = facts(layout.format(commission=commission))
    secretaries = {o for rel, s, o in found if rel == "requests" and o.endswith("executive-secretary")}
    assert secretaries == {f"{key}/executive-secretary"}


@pytest.mark.parametrize(("convention", "key"), [("Mountain Lakes", "ml-cop"), ("Desert Springs", "ds-cop")])
def test_a_conventions_conference_asks_its_own_subsidiary_body(convention: str, key: str) -> None:
    document = (
        f"Conference of the Parties to the Convention on {convention}\n\nDecision 5/3\n\nThe Conference of the Parties,\n\n"
        "1. Requests the Subsidiary Body to review the guidance at its sixth meeting.\n"
    )
    found = facts(document)
    assert ("requests", f"{key}/dec/5/3", f"{key}/sbsa") in found
    assert not [f for f in found if "sbsa" in f[2] and not f[2].startswith(key)]


@pytest.mark.parametrize(
    ("office", "key"),
    [
        ("the Executive Secretary of ECOC", "grc/ecoc/executive-secretary"),
        ("the Executive Secretary of ECAR", "grc/ecar/executive-secretary"),
    ],
)
def test_an_office_of_an_organization_named_by_its_abbreviation_is_that_office(office: str, key: str) -> None:
    # "the Director-General of WHO": the title, "of" and another name of the organization its
    # full name says it is of ("Executive Secretary of the Economic Commission for Oceania")
    # (in a resolution of the Commission for Oceania: ECAR's Executive Secretary is still ECAR's)
    found = facts(f"Resolution 41/2\n\nOcean data\n\nThe Economic Commission for Oceania,\n\n1. Requests {office} to report on ocean data.\n")
    assert [o for rel, s, o in found if rel == "requests"] == [key]


def test_a_name_written_in_full_is_not_taken_for_an_office() -> None:
    # near miss: "Secretariat of the Global Resources Council" is written out: its own name
    found = facts("Resolution 41/2\n\nOcean data\n\nThe Economic Commission for Oceania,\n\n1. Requests the Secretariat of the Global Resources Council to report.\n")
    assert ("requests", "grc/ecoc/res/41/2", "grc/secretariat") in found
