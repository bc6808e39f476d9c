"""The member values kept in SQLite files beside the store (graph/member_values.py): the
sorted lists' keys sort as Python sorts them, the entity labels follow every kind of write as a
whole-store read gives them, and a damaged, cut or half-written file is never served."""

from __future__ import annotations

import logging
import random
import sqlite3
from pathlib import Path

import pytest

from mandate_graph.graph import member_values
from mandate_graph.graph.context import Context
from mandate_graph.graph.entities import COLLECTIONS, EntityReader
from mandate_graph.graph.member_values import how_kept
from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.namespaces import MG, RDF, RDFS
from mandate_graph.graph.resolve import (LABELS_FILE, _normal, _possible_names, character_groups, close_matches,
                                         entities_named, entity_labels, label_of, resolve_reference)
from mandate_graph.graph.sort_parts import key_bytes
from mandate_graph.graph.sparql_results import select
from mandate_graph.graph.store.revision import FOLDER
from tests.conftest import CORPUS, loader_for, make_context
from tests.graph.test_lineage import WG, fact, inst, load

CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.is_file())


# ------------------------------------------------------------------------------ key bytes

def _random_key(rng: random.Random) -> tuple[object, ...]:
    """A sort key of the shapes `graph.entities` makes, each part absent ((0,)) or present:
    a text, an integer, an ordinal (number or text), then the IRI; with numbers where floats
    stop telling integers apart, and texts that are prefixes of each other."""
    text = (1, "".join(rng.choice("aAb\0é€𝔸 /-") for _ in range(rng.randrange(4))))
    integer = (1, rng.choice([0, 1, 2, 10, 2**53, 2**53 + 1, 2**64, 10**400, rng.randrange(-1000, 1000)]))
    ordinal = (1, 0, rng.choice([-2.5, 0.0, 0.5, 1, 1.0, 3, 2.0**53, 2**53 + 1, -(2**70), 10**400, -(10**400),
                                 float("inf"), float("-inf"), 7.25]))
    if rng.random() < 0.3:
        ordinal = (1, 1, rng.choice(["", "a", "b", "1"]))
    parts = [part if rng.random() < 0.8 else (0,) for part in (text, integer, ordinal)]
    return (*parts, f"iri{rng.randrange(5)}")


def test_key_bytes_sort_as_python_sorts_the_keys() -> None:
    rng = random.Random(13)
    for _ in range(200):
        keys = [_random_key(rng) for _ in range(60)]
        assert sorted(keys, key=key_bytes) == sorted(keys)


@pytest.mark.parametrize("smaller, larger", [
    ("a", "a\0"), ("a\0", "ab"), ("", "a"), ("z", "é"), ((0,), (1, "")), ((1,), (1, 0)), (2**53, 2**53 + 1),
    (2.5, 3), (-(10**400), -1e300), (10**400, float("inf")), (float("-inf"), -(10**400)), (-1, 0), (0.5, 1),
])
def test_key_bytes_of_neighbours(smaller: object, larger: object) -> None:
    assert key_bytes(smaller) < key_bytes(larger)


def test_equal_numbers_have_equal_bytes() -> None:
    assert key_bytes((1, 0, 3)) == key_bytes((1, 0, 3.0)) and key_bytes(2**60) == key_bytes(float(2**60))


# ------------------------------------------------------------------------------ the labels

def _labels_from_scratch(ctx: Context) -> set[tuple[str, str]]:
    rows = select(ctx.store, """SELECT DISTINCT ?s ?l WHERE {
        ?s rdfs:label|skos:prefLabel|skos:altLabel|dcterms:title|skos:notation ?l .
        ?s a ?t . VALUES ?t { mg:Body mg:Resolution mg:Decision mg:Session mg:Meeting mg:Document } FILTER(isIRI(?s)) }""")
    return {(r["s"].value, r["l"].value) for r in rows}


def _check_labels(ctx: Context, how: str) -> None:
    labels = entity_labels(ctx.store, ctx.ids)
    assert set(labels.read("SELECT member, text FROM labels")) == _labels_from_scratch(ctx)
    assert how_kept(ctx.store)[LABELS_FILE] == how


def test_the_labels_follow_each_kind_of_write(tmp_path: Path) -> None:
    ctx = make_context(store=str(tmp_path / "store"))
    try:
        assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:2]))
        _check_labels(ctx, "built")
        assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[2:]))
        _check_labels(ctx, "updated")
        load(ctx, "hand", [fact(inst(9, 1), "requests", BodyRef(WG))])
        _check_labels(ctx, "updated")
        ctx.store.drop_graphs([ctx.ids.source_graph("hand")])
        _check_labels(ctx, "updated")
        # an entity typed in one graph, named in another written before: named once typed, unnamed once untyped
        thing = f"{ctx.ids.base}document/x-late"
        ctx.store.replace_graphs({"urn:x:name": f'<{thing}> <{RDFS.label}> "Quarterly ledger of quails" .\n'})
        _check_labels(ctx, "updated")
        assert entities_named(ctx.store, ctx.ids, "quarterly ledger of quails") == []
        ctx.store.replace_graphs({"urn:x:type": f"<{thing}> <{RDF.type}> <{MG.Document}> .\n"})
        _check_labels(ctx, "updated")
        assert entities_named(ctx.store, ctx.ids, "quarterly ledger of quails") == [thing]
        found = resolve_reference("Quarterly  ledger of QUAILS", ctx.store, ctx.ids, ctx.registry)
        assert found.status == "found" and found.iri == thing
        assert thing in [iri for iri, _ in close_matches("quarterly ledger of quail", ctx.store, ctx.ids, ctx.registry)]
        ctx.store.drop_graphs(["urn:x:type"])
        _check_labels(ctx, "updated")
        ctx.store.update(f"INSERT {{ GRAPH ?g {{ <{thing}> a <{MG.Body}> }} }} WHERE {{ BIND(<urn:x:type> AS ?g) }}")  # not known
        _check_labels(ctx, "built")
    finally:
        ctx.close()


def _close_from_every_name(text: str, ctx: Context, n: int = 8) -> list[tuple[str, str]]:
    """The close matches as they were found before the file: difflib and substrings over
    every name held in memory (the entities' names in name order, then the registry's)."""
    import difflib

    labels = _labels_from_scratch(ctx)
    pool: dict[str, list[str]] = {}
    for normal in sorted({_normal(label) for _, label in labels}):
        pool[normal] = sorted({iri for iri, label in labels if _normal(label) == normal})
    for body in ctx.registry:
        for name in body.names:
            pool.setdefault(_normal(name), []).append(ctx.ids.body(body.key))
    wanted, names = _normal(text), list(pool)
    picked = difflib.get_close_matches(wanted, names, n=n, cutoff=0.6)
    if len(picked) < n and len(wanted) >= 3:
        picked += [name for name in names if wanted in name and name not in picked][: n - len(picked)]
    out: dict[str, str] = {}
    for name in picked:
        for iri in pool[name]:
            out.setdefault(iri, name)
    return [(iri, label_of(ctx.store, iri)) for iri in list(out)[:n]]


def test_close_matches_read_from_the_file_are_those_of_every_name(tmp_path: Path) -> None:
    """Reading only the names of a length difflib can keep, and the first names containing
    the text, gives what difflib and the substring rule give over every name."""
    ctx = make_context(store=str(tmp_path / "store"))
    try:
        assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES))
        for text in ["firearms", "working group on firearm", "conference of the parties", "cop", "xq", "session",
                     "Protocol against the Smuggling of Migrants by Land, Sea and Air", "resolution 5/4", "",
                     "Report of the Conference of the Parties to the United Nations Convention",
                     # names nothing: the groups' bound drops most names of a possible length
                     "zzyzx quorum of kiwis", "Conférence des Parties à la Convention", "CTOC/COP/WG.4/2021/6",
                     "ctoc cop wg 4 2021", "12345 67890", "Wrking Grop on Fireams", "ΣΥΝΕΔΡΙΟ ΤΩΝ ΜΕΡΩΝ",
                     "the the the the", "quails-quails/quails.quails"]:
            assert close_matches(text, ctx.store, ctx.ids, ctx.registry) == _close_from_every_name(text, ctx), text
        # Every name whose shared characters difflib would count as enough is read, and the
        # bound spares names: of those of a possible length, few share enough characters.
        import difflib

        labels = entity_labels(ctx.store, ctx.ids)
        every = [str(row[0]) for row in labels.read("SELECT DISTINCT normal FROM labels")]
        for text in ["working group on firearm", "conference of the partys", "zzyzx quorum of kiwis", "ctoc/cop/2020/1"]:
            wanted = _normal(text)
            matcher = difflib.SequenceMatcher(None, "", wanted)
            enough = set()
            for name in every:
                matcher.set_seq1(name)
                if matcher.quick_ratio() >= 0.6:
                    enough.add(name)
            kept = {str(row[0]) for row in labels.read(*_possible_names(wanted, 0, 10**6))}
            assert enough <= kept and enough, text
        wanted = _normal("zzyzx quorum of kiwis")
        sql, parameters = _possible_names(wanted, 0, 10**6)
        assert len(labels.read(sql, parameters)) < len(labels.read("SELECT DISTINCT normal FROM labels")) / 10
    finally:
        ctx.close()


def test_the_character_groups_bound_what_difflib_counts_as_shared() -> None:
    """The shared characters difflib's `quick_ratio` counts are never more than the groups'
    bound, whatever the texts' characters (letters of each group, digits, others)."""
    import difflib

    rng = random.Random(5)
    alphabet = "etaoin srhldcumfpgywbv/.-0123456789kqxzjéß,()Σς"
    for _ in range(2000):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        b = "".join(rng.choice(alphabet[rng.randrange(10):]) for _ in range(rng.randrange(1, 30)))
        shared = round(difflib.SequenceMatcher(None, a, b).quick_ratio() * (len(a) + len(b)) / 2) if a else 0
        bound = sum(min(x, y) for x, y in zip(character_groups(a), character_groups(b)))
        assert shared <= bound, (a, b)
        assert sum(character_groups(a)) == len(a)


# ------------------------------------------------------------------------------ damaged files

def _sorted(ctx: Context) -> dict[str, list[str]]:
    return {c: list(EntityReader(ctx.store, ctx.ids).members(c)) for c in COLLECTIONS}


def _loaded_store(tmp_path: Path) -> tuple[Path, dict[str, list[str]]]:
    ctx = make_context(store=str(tmp_path / "store"))
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES))
    lists = _sorted(ctx)
    entity_labels(ctx.store, ctx.ids)
    ctx.close()
    return tmp_path / "store" / FOLDER, lists


@pytest.mark.parametrize("damage", ["garbage", "cut short", "another format"])
def test_a_damaged_file_is_rebuilt_with_a_log_line(tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture) -> None:
    folder, lists = _loaded_store(tmp_path)
    for name in ("sort-values-instruments", LABELS_FILE):
        path = folder / f"{name}.sqlite"
        if damage == "garbage":
            path.write_bytes(b"not a database at all " * 50)
        elif damage == "cut short":
            path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        else:
            with sqlite3.connect(path) as db:
                db.execute("UPDATE meta SET value = 'old' WHERE name = 'format'")
    caplog.set_level(logging.WARNING, logger=member_values.__name__)
    ctx = make_context(store=str(tmp_path / "store"))
    try:
        assert _sorted(ctx) == lists
        assert set(entity_labels(ctx.store, ctx.ids).read("SELECT member, text FROM labels")) == _labels_from_scratch(ctx)
        kept = how_kept(ctx.store)
        assert kept["sort-values-instruments"] == kept[LABELS_FILE] == "built"
        assert kept["sort-values-bodies"] == "read back"  # the others untouched
        if damage != "another format":
            assert sum("rebuilding" in r.getMessage() for r in caplog.records) == 2
    finally:
        ctx.close()


def test_an_update_that_fails_half_way_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = make_context(store=str(tmp_path / "store"))
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:3]))
    before = list(EntityReader(ctx.store, ctx.ids).members("instruments"))
    ctx.close()
    ctx = make_context(store=str(tmp_path / "store"))  # `mandates load`: nothing computed after it
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[3:]))
    ctx.close()

    ctx = make_context(store=str(tmp_path / "store"))
    try:
        def fail(*_: object) -> None:
            raise RuntimeError("killed")

        monkeypatch.setattr(member_values.MemberValues, "_set_meta", staticmethod(fail))  # the last step of the transaction
        with pytest.raises(RuntimeError):
            EntityReader(ctx.store, ctx.ids).members("instruments")
        path = tmp_path / "store" / FOLDER / "sort-values-instruments.sqlite"
        with sqlite3.connect(path) as db:  # as another process would find it
            assert [r[0] for r in db.execute("SELECT member FROM ordered ORDER BY key, member")] == before
    finally:
        ctx.close()
    monkeypatch.undo()
    ctx = make_context(store=str(tmp_path / "store"))
    try:
        assert list(EntityReader(ctx.store, ctx.ids).members("instruments")) != before
        assert how_kept(ctx.store)["sort-values-instruments"] == "updated"  # from the old content and the graphs written
        classes = " ".join(f"<{c}>" for c in COLLECTIONS["instruments"][1])
        assert list(EntityReader(ctx.store, ctx.ids).members("instruments")) == EntityReader(ctx.store, ctx.ids)._sorted_members(
            "instruments", f"VALUES ?t {{ {classes} }} ?s a ?t . FILTER(isIRI(?s))")
    finally:
        ctx.close()


def test_a_store_in_memory_keeps_its_files_in_memory() -> None:
    ctx = make_context()
    try:
        assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:1]))
        members = EntityReader(ctx.store, ctx.ids).members("instruments")
        assert len(members) == len(list(members)) > 0 and members[0] == list(members)[0]
        assert members[-1] == list(members)[-1] and members[1:3] == list(members)[1:3]
        assert members[10**20:10**20 + 5] == [] and members[-2:] == list(members)[-2:]  # past SQLite's integers
        assert EntityReader(ctx.store, ctx.ids).list("instruments", offset=10**20, limit=10**20) == (len(members), [])
        assert all(values.path is None for values in member_values._files[ctx.store].values())
    finally:
        ctx.close()
