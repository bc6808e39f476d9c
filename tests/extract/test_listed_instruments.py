"""Instruments listed one a line under a heading that gives their kind and the session (and body)
that adopted them (A1's families 3 and 8 of the first-sight misses, E244): "Resolutions adopted by
the Environment Assembly at its eighth session" over "8/1<tab>Reef restoration". Each line opens with
a number the issuer uses (the default "8/1", a convention's "14.1" or "CFA 31/1"), perhaps after a
bullet and the kind word, then a tab or spaces, a colon, a stop, a dash or a table's bar, the title,
and perhaps the day: each line is that issuer's instrument, with its title, the document's mention,
`adoptedAt` the heading's session and `adoptedOn` the line's day
(`rules.annexed_adoption_lists`, `relate.Reader.annexed_adoption_list_facts`). A report's contents,
an agenda, paragraph numbers, documents or drafts listed by symbol, meetings and sentences under
the same heading give no instrument."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

from .phrasing import BASE, REFERENCE, stated

OWN = Path(__file__).resolve().parents[1] / "data" / "listed_instruments_e244.ttl"


@lru_cache(maxsize=1)
def registry() -> BodyRegistry:
    return load_registry(BASE, [REFERENCE, OWN])


# (the frame up to the list's heading, the kind word of the lines, the two numbers, the two
# instruments' keys, the session's key)
ISSUERS = {
    "assembly": (
        "United Nations Environment Assembly of the United Nations Environment Programme\n\nUNEP/EA.8/INF/2\n\n"
        "Distr.: General\n6 March 2031\n\nEighth session\nNairobi, 26 February–2 March 2031\n\n"
        "Resolutions adopted by the Environment Assembly at its eighth session",
        "Resolution", ("8/1", "8/2"), ("unea/res/8/1", "unea/res/8/2"), "unea#8",
    ),
    "functional commission": (
        "Commission on the Status of Women\n\nDecisions adopted by the Commission at its seventy-fifth session",
        "Decision", ("75/101", "75/102"), ("ecosoc/csw/dec/75/101", "ecosoc/csw/dec/75/102"), "ecosoc/csw#75",
    ),
    "treaty COP": (
        "Convention on Migratory Seabirds\n\nDecisions adopted by the Conference of the Parties to the Convention on "
        "Migratory Seabirds at its fourteenth meeting",
        "Decision", ("14.1", "14.2"), ("seabirds-cop/dec/14/1", "seabirds-cop/dec/14/2"), "seabirds-cop#14",
    ),
    "agency's board": (
        "Coastal Food Agency\n\nExecutive Board\n\nDecisions adopted by the Executive Board of the Coastal Food Agency at its "
        "thirty-first session",
        "Decision", ("CFA 31/1", "CFA 31/2"), ("cfa/executive-board/dec/31/1", "cfa/executive-board/dec/31/2"), "cfa/executive-board#31",
    ),
    "regional commission": (
        "Economic Commission for the Coral Seas\n\nResolutions adopted by the Economic Commission for the Coral Seas at its twelfth session",
        "Resolution", ("12/1", "12/2"), ("eccs/res/12/1", "eccs/res/12/2"), "eccs#12",
    ),
}
TITLES = ("Reef restoration", "Coastal data partnerships")
DAY = "2 March 2031"

# one line per instrument: {k} the kind word, {n} the number, {t} the title, {d} the day
LAYOUTS = {
    "tab": "{n}\t{t}",
    "spaces": "   {n}   {t}",
    "colon": "{k} {n}: {t}",
    "dot": "{k} {n}. {t}",
    "dash": "{n} – {t}",
    "markdown list": "- {k} {n}: {t}",
    "pipe table": "| {n} | {t} |",
}
DATED_LAYOUTS = {
    "tab and a date cell": "{n}\t{t}\t{d}",
    "adopted on in brackets": "{k} {n}: {t} (adopted on {d})",
    "pipe table with a date column": "| {n} | {t} | {d} |",
}
PIPE_HEADER = "| Number | Title | Date of adoption |\n|---|---|---|\n"


def document(issuer: str, layout: str, with_day: bool = False) -> str:
    frame, kind, numbers, _, _ = ISSUERS[issuer]
    lines = "\n".join(layout.format(k=kind, n=n, t=t, d=DAY) for n, t in zip(numbers, TITLES))
    if layout.startswith("|"):
        lines = PIPE_HEADER + lines if with_day else PIPE_HEADER.replace(" Date of adoption |", "").replace("---|\n", "\n", 1) + lines
    return f"{frame}\n\n{lines}\n"


def facts(text: str) -> set[tuple[str, str, str]]:
    return {f for f in stated(extract(text, source_key="t", registry=registry())) if f[0] != "containedIn"}


def expected(issuer: str, with_day: bool) -> set[tuple[str, str, str]]:
    _, _, _, keys, session = ISSUERS[issuer]
    out = set()
    for key, title in zip(keys, TITLES):
        out |= {("title", key, title), ("adoptedAt", key, session)}
        if with_day:
            out.add(("adoptedOn", key, "2031-03-02"))
    return out


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("issuer", ISSUERS)
def test_one_instrument_a_line(issuer, layout):
    found = facts(document(issuer, LAYOUTS[layout]))
    assert expected(issuer, False) <= found
    mentioned = {o for r, _, o in found if r == "mentions"}
    assert set(ISSUERS[issuer][3]) <= mentioned
    assert not {f for f in found if f[0] == "adoptedOn" and f[1] in ISSUERS[issuer][3]}


@pytest.mark.parametrize("layout", DATED_LAYOUTS)
@pytest.mark.parametrize("issuer", ISSUERS)
def test_the_day_on_the_line(issuer, layout):
    # ("14.1<tab>Title<tab>2 March 2031" near the top: a list's row, not the masthead's columns, E248)
    assert expected(issuer, True) <= facts(document(issuer, DATED_LAYOUTS[layout], with_day=True))


def test_the_day_in_the_heading():
    frame, _, _, _, _ = ISSUERS["regional commission"]
    text = frame + f", on {DAY}\n\n12/1\tReef restoration\n12/2\tCoastal data partnerships\n"
    assert expected("regional commission", True) <= facts(text)


def test_a_note_of_the_day_under_the_heading():
    frame, _, _, _, _ = ISSUERS["assembly"]
    text = frame + f"\n(all adopted on {DAY})\n\n8/1\tReef restoration\n8/2\tCoastal data partnerships\n"
    assert expected("assembly", True) <= facts(text)


def test_the_heading_names_the_session_first():
    text = (
        "Convention on Migratory Seabirds\n\nDecisions adopted at the fourteenth meeting of the Conference of the Parties to the "
        "Convention on Migratory Seabirds\n\n14.1\tReef restoration\n14.2\tCoastal data partnerships\n"
    )
    assert expected("treaty COP", False) <= facts(text)


def test_a_heading_of_both_kinds_takes_the_lines_kind_word():
    frame = ISSUERS["assembly"][0].replace("Resolutions adopted", "Resolutions and decisions adopted")
    text = frame + "\n\nResolution 8/1: Reef restoration\nDecision 8/2: Coastal data partnerships\n"
    found = facts(text)
    assert {("title", "unea/res/8/1", "Reef restoration"), ("title", "unea/dec/8/2", "Coastal data partnerships")} <= found
    assert ("adoptedAt", "unea/dec/8/2", "unea#8") in found


NEAR_MISSES = {
    "a report's contents": "1.\tIntroduction\t3\nII.\tOrganizational matters\t5\nIII.\tAdoption of the report\t9",
    "an agenda": "Item 8: Reef restoration\nItem 9: Coastal data partnerships",
    "paragraph numbers": "8.1\tReef restoration\n8.2\tCoastal data partnerships",
    "documents by symbol": "UNEP/EA.8/1\tReport of the Executive Director on reef restoration\nUNEP/EA.8/2\tCoastal data partnerships",
    "drafts": "UNEP/EA.8/L.12\tReef restoration\nUNEP/EA.8/L.13\tCoastal data partnerships",
    "meetings": "8th meeting\t2 March 2031\n9th meeting\t3 March 2031",
    "a sentence": "8/1 The Assembly adopted the resolution on reef restoration without a vote.",
}


@pytest.mark.parametrize("items", NEAR_MISSES.values(), ids=list(NEAR_MISSES))
def test_near_misses_give_no_instrument(items):
    found = facts(f"{ISSUERS['assembly'][0]}\n\n{items}\n")
    assert not {f for f in found if f[0] in ("title", "adoptedAt", "adoptedOn", "mentions") and ("/res/" in f[1] + f[2] or "/dec/" in f[1] + f[2])}


@pytest.mark.parametrize("line", ["{n}\t{t}", "Resolution {n}: {t}", "- Resolution {n}. {t}"])
def test_a_list_of_another_bodys_session(line):
    """A list in one body's document of another's session: "Resolutions adopted by the General
    Assembly at its eighty-fifth session" in a regional commission's report names the Assembly's
    (the kind word's "Resolution 85/1" no longer the commission's own either)."""
    lines = "\n".join(line.format(n=n, t=t) for n, t in zip(("85/1", "85/2"), TITLES))
    text = f"Economic Commission for the Coral Seas\n\nResolutions adopted by the General Assembly at its eighty-fifth session\n\n{lines}\n"
    found = facts(text)
    assert {("title", "ga/res/85/1", "Reef restoration"), ("adoptedAt", "ga/res/85/2", "ga#85")} <= found
    assert not {f for f in found if "eccs/res" in f[1] or "eccs/res" in f[2]}
