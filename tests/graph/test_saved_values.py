"""A list's sorted members are kept beside an on-disk store, so that a restart on the same
store finds them (15 s to sort at 10 M triples), and never taken for a store that changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.entities import EntityReader
from mandate_graph.graph.generations import derived
from mandate_graph.graph.member_values import how_kept
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.store import OxigraphStore, StoreError
from mandate_graph.graph.store.revision import FOLDER

BASE = "https://example.org/id/"
IDS = Identifiers(BASE)


def _resolutions(*numbers: str) -> str:
    lines = []
    for n in numbers:
        iri = f"<{BASE}instrument/x/resolution/{n}>"
        lines += [f"{iri} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{MG.Resolution}> .",
                  f'{iri} <{MG.number}> "{n}" .']
    return "\n".join(lines) + "\n"


def _members(folder: Path) -> tuple[list[str], str]:
    """The instruments in list order read by a freshly opened store, and how their sort
    values were found beside the store (read back, updated or built: `graph.member_values`)."""
    store = OxigraphStore(folder)
    try:
        members = list(EntityReader(store, IDS).members("instruments"))
        return members, how_kept(store)["sort-values-instruments"]
    finally:
        store.close()


def _ids(members: list[str]) -> list[str]:
    return [m.removeprefix(BASE + "instrument/x/resolution/") for m in members]


def test_a_restart_on_the_same_store_reads_the_sorted_members_back(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs({IDS.source_graph("a"): _resolutions("2/1", "1/10", "1/2")})
    store.close()
    first, how = _members(tmp_path / "store")
    assert _ids(first) == ["1/2", "1/10", "2/1"] and how == "built"
    again, how = _members(tmp_path / "store")
    assert again == first and how == "read back"


def test_a_write_between_two_runs_is_never_served_the_old_order(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs({IDS.source_graph("a"): _resolutions("1/1")})
    store.close()
    assert _ids(_members(tmp_path / "store")[0]) == ["1/1"]
    store = OxigraphStore(tmp_path / "store")  # another process: `mandates load`
    store.replace_graphs({IDS.source_graph("b"): _resolutions("1/3")})
    store.drop_graphs([IDS.source_graph("a")])
    store.close()
    members, how = _members(tmp_path / "store")
    assert _ids(members) == ["1/3"] and how == "updated"  # the sort values, from the two graphs written


def test_a_write_that_failed_half_way_leaves_nothing_to_read_back(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs({IDS.source_graph("a"): _resolutions("1/1")})
    assert _ids(EntityReader(store, IDS).members("instruments")) == ["1/1"]  # saved under this content
    with pytest.raises(StoreError):
        store.bulk_load_quads(tmp_path / "missing.nq")  # not all or nothing: no revision after it
    assert not (tmp_path / "store" / FOLDER / "revision").exists()
    store.close()
    # built again, under a new revision: no record of what the failed write changed
    assert _members(tmp_path / "store")[1] == "built"


def test_a_value_computed_before_a_write_is_not_saved_after_it(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs({IDS.source_graph("a"): _resolutions("1/1")})
    assert store.revision is not None
    before = store.generation
    store.replace_graphs({IDS.source_graph("b"): _resolutions("1/2")})
    assert not store.revision.save("anything", ["old"], before)
    assert store.revision.load("anything", before) is None
    assert store.revision.save("anything", ["new"], store.generation)
    assert store.revision.load("anything", store.generation) == ["new"]
    store.close()


def test_the_home_pages_lists_and_the_statistics_come_back_equal_after_a_restart(tmp_path: Path) -> None:
    from mandate_graph.graph import overview, stats, stats_kept
    from tests.conftest import CORPUS, loader_for, make_context

    ctx = make_context(str(tmp_path / "store"))
    loader_for(ctx).load([CORPUS])
    before = (overview.current_sessions(ctx.store, ctx.ids), overview.current_documents(ctx.store, ctx.ids),
              stats.current(ctx.store))
    ctx.close()
    ctx = make_context(str(tmp_path / "store"))
    try:
        after = (overview.current_sessions(ctx.store, ctx.ids), overview.current_documents(ctx.store, ctx.ids),
                 stats.current(ctx.store))
        # the statistics read back from their file beside the store (graph/stats_kept.py); the
        # lists as shown read back from the values saved beside it for this content, their
        # files not even opened (graph/overview.py)
        lists = how_kept(ctx.store)
        assert stats_kept.how_kept(ctx.store) == "read back"
        assert overview.INSTRUMENTS_FILE not in lists and overview.DOCUMENTS_FILE not in lists
        assert derived.counts(ctx.store).loaded >= 2
    finally:
        ctx.close()
    assert after == before and len(before[0].groups) >= 2 and before[1]


def test_a_value_made_otherwise_replaces_the_file_the_older_code_left(tmp_path: Path) -> None:
    """A saved value's name holds a hash of what makes it (its template, the code's version, a
    page's size): a change of any is a new file, and the old one, which no run reads again, is
    deleted when the new one is saved, not left to pile up beside the store at every upgrade."""
    from mandate_graph.graph.generations import saved_for

    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs({IDS.source_graph("a"): _resolutions("1/1")})
    views = tmp_path / "store" / FOLDER
    other_family = views / f"{saved_for('first-rows-choices', 1).name}.json"
    other_family.write_text("{}")  # another family, whose name starts like this one's: kept
    names = []
    for page_size in (100, 50, 25):
        saved = saved_for("first-rows", "template", page_size)
        names.append(saved.name)
        assert derived.get(store, ("first rows", page_size), lambda s: list(range(page_size)), saved_as=saved) == list(range(page_size))
        assert sorted(p.name for p in views.glob("first-rows-*.json") if p != other_family) == [f"{saved.name}.json"]
    assert len(set(names)) == 3 and other_family.exists()
    store.close()
    again = OxigraphStore(tmp_path / "store")  # a restart reads the value the last code saved
    try:
        assert derived.get(again, ("first rows", 25), lambda s: [], saved_as=saved_for("first-rows", "template", 25)) == list(range(25))
    finally:
        again.close()
