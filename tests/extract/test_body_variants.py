"""The "bodies" and "prefix" rewordings (tests/variants/wording.py): a document's own body renamed
in its text, gold and reference data together, on invented text and reference data; and the
unseen documents renamed keep their gold true to its lines (no line break added)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.variants import need_the_scorer, runner, wording

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ROOT / "tests" / "data" / "unseen"

_TTL = '''<body/sea-council> a mg:Body ;
    mg:key "sea-council" ;
    skos:prefLabel "Council of the Maritime Lantern Agency"@en ;
    skos:altLabel "MLA Council"@en , "MLAC"@en ;
    mg:shortName "Council" ;
    mg:symbolPrefix "MLA/C" ;
    mg:gatheringTerm "session" ;
    mg:instrumentNumbering [ mg:numberTemplate "MLAC{session}.{number}" ; mg:instrumentKind "decision" ] .

<body/sea-council/bureau> a mg:Body ;
    mg:key "sea-council/bureau" ;
    skos:prefLabel "Bureau of the Council of the Maritime Lantern Agency"@en ;
    org:subOrganizationOf <body/sea-council> .

<body/river-board> a mg:Body ;
    mg:key "river-board" ;
    skos:prefLabel "Executive Board of the River Gauge Fund"@en ;
    skos:altLabel "Executive Board"@en ;
    mg:symbolPrefix "C" .
'''

_GOLD: list[wording.Row] = [
    {"s": "NEW:MLAC#12", "p": "meeting_of", "o": "NEW:MLAC", "src": "t1", "line": 1, "quote": "x"},
]


def _reference() -> wording.Reference:
    return wording.Reference({"NEW:MLAC": ["Council of the Maritime Lantern Agency", "MLA Council"]},
                             {"sea.ttl": _TTL}, frozenset())


def test_the_own_body_is_renamed_to_one_of_its_kind_with_its_acronym_and_series() -> None:
    body, table, why = wording.body_table(_GOLD, _reference(), "bodies")
    assert not why and body is not None
    new_name = table["Council of the Maritime Lantern Agency"]
    assert new_name.startswith("Council of the ")  # a council stays a council
    text = wording.rename_with(table, wording.prefix_keys(body, table, "bodies")).text(
        "The MLA Council adopted decision MLAC12.4 (MLA/C/12/7) at its twelfth session.")
    assert "Maritime Lantern" not in text and "MLA" not in text
    assert text.endswith("at its twelfth session.")


def test_a_symbol_prefix_changes_only_where_a_symbol_goes_on() -> None:
    table = {"C": "IRU/C"}
    sub = wording.rename_with(table, {"C": wording._SYMBOL_GOES_ON}).text
    assert sub("see C/114/3 and C 114/4, Annex C.") == "see IRU/C/114/3 and IRU/C 114/4, Annex C."


def test_a_name_that_goes_on_as_another_bodys_is_left_alone() -> None:
    table = {"Conference of the Parties to the Convention": "Conference of the Parties to the Convention on Tidal Energy"}
    follows = {k: wording._NAME_ENDS for k in table}
    sub = wording.rename_with(table, follows).text
    assert sub("the Conference of the Parties to the Convention on Biological Diversity") == \
        "the Conference of the Parties to the Convention on Biological Diversity"
    assert sub("the Conference of the Parties to the Convention on its tenth session").endswith(
        "on Tidal Energy on its tenth session")


def test_the_reference_data_is_renamed_in_the_bodys_block_and_its_subsidiaries_only() -> None:
    body, table, _ = wording.body_table(_GOLD, _reference(), "bodies")
    assert body is not None
    ttl = wording.reference_sub(table, body, wording.prefix_keys(body, table, "bodies"))(_TTL)
    assert "Maritime Lantern" not in ttl
    assert 'mg:symbolPrefix "C" .' in ttl  # another body's series "C" is not this one's
    assert 'skos:altLabel "Executive Board"@en' in ttl


def test_the_prefix_variant_changes_the_series_only() -> None:
    assert wording._changed_prefix("E/CN.7") == "E/CN.19"
    assert wording._changed_prefix("UNEP/CPR") == "UNXP/CPR"
    assert wording._changed_prefix("E/ECA/CM") == "E/ECX/CM"
    body, table, why = wording.body_table(_GOLD, _reference(), "prefix")
    assert not why and table == {"MLA/C": "MLX/C"}


def test_renamed_unseen_documents_keep_their_gold_on_its_lines() -> None:
    import json
    names = json.loads((UNSEEN / "keys.json").read_text(encoding="utf-8"))
    reference = wording.Reference(names, {t.name: t.read_text(encoding="utf-8") for t in UNSEEN.glob("*.ttl")},
                                  wording.shipped_labels(ROOT))
    renamed = 0
    for src in ("u33", "u59", "u66", "u70", "u84"):
        doc = next(UNSEEN.glob(f"{src}_*.txt"))
        text = doc.read_text(encoding="utf-8")
        gold = wording.read_gold(doc.with_suffix(".jsonl"))
        body, table, why = wording.body_table(gold, reference, "bodies")
        assert not why, (src, why)
        new_text, new_gold, _ = wording.reworded(
            text, gold, "bodies", wording.rename_with(table, wording.prefix_keys(body, table, "bodies")))
        assert new_text.count("\n") == text.count("\n")
        assert wording.gold_problems(new_text, new_gold, src) == []
        renamed += new_text != text
    assert renamed == 5


def test_renamed_bodies_and_series_find_what_the_originals_find(tmp_path: Path) -> None:
    """u11 (the UNFCCC COP, its "7/CP.30" numbering shipped under its old name), u33 (ESCAP, its
    acronym also its series), u66 (CPC, series "E/AC.51") renamed and re-series'd in their text,
    gold and reference data lose at most one fact (the runner, about 15 s)."""
    need_the_scorer()
    summary = tmp_path / "summary.json"
    runner("vary_wording").main(["--variants", "bodies,prefix", "--docs", "u11,u33,u66", "--json", str(summary)])
    figures = json.loads(summary.read_text(encoding="utf-8"))
    original = figures["original"]["by_src"]
    for name, docs in (("bodies", {"u11", "u33", "u66"}), ("prefix", {"u11", "u66"})):
        by_src = figures[name]["by_src"]
        assert set(by_src) == docs, name
        found = sum(r["strict"] for r in by_src.values())
        before = sum(original[s]["strict"] for s in docs)
        assert found >= before - 1, (name, found, before)
