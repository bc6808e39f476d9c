"""The one relation table (ontology/relations.py) against the vocabulary, and every table derived
from it against the table.

A relation is added in two places, the table and ``ontology/mandates.ttl`` (docs/relations.md);
these tests fail when the two disagree, when a property of the vocabulary is in neither the table
nor its list of non-relations, or when a module's list of relations (or a SPARQL list built from
one) no longer follows the table.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from mandate_graph import ontology
from mandate_graph.graph import entities, history, lineage, lineage_export, stats, status
from mandate_graph.graph import namespaces
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.loaders import emit, facts
from mandate_graph.loaders.extract.rules import mandate_verbs
from mandate_graph.ontology import relations as table
from mandate_graph.ontology.relations import RELATIONS, Relation

MG = rdflib.Namespace(table.PREFIXES["mg"])
MG_RELATIONS = [r for r in RELATIONS if r.curie.startswith("mg:")]


@pytest.fixture(scope="module")
def vocabulary() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology.VOCABULARY, format="turtle")


def _curie(term: rdflib.term.Node | None) -> str | None:
    if term is None:
        return None
    for prefix, namespace in table.PREFIXES.items():
        if str(term).startswith(namespace):
            return f"{prefix}:{str(term)[len(namespace):]}"
    return str(term)


def _mg_properties(vocabulary: rdflib.Graph) -> set[str]:
    declared = set(vocabulary.subjects(RDF.type, OWL.ObjectProperty)) | set(vocabulary.subjects(RDF.type, OWL.DatatypeProperty))
    return {str(p)[len(str(MG)):] for p in declared if str(p).startswith(str(MG))}


# ------------------------------------------------------------------ the table and the vocabulary


@pytest.mark.parametrize("relation", MG_RELATIONS, ids=lambda r: r.name)
def test_each_relation_is_declared_in_the_vocabulary_with_the_same_domain_and_range(
    vocabulary: rdflib.Graph, relation: Relation
) -> None:
    prop = rdflib.URIRef(relation.iri)
    kind = OWL.ObjectProperty if relation.links_entities else OWL.DatatypeProperty
    assert (prop, RDF.type, kind) in vocabulary, (
        f"{relation.curie} is not an {_curie(kind)} in ontology/mandates.ttl; declare it there "
        "(or fix its range in ontology/relations.py)"
    )
    assert _curie(vocabulary.value(prop, RDFS.domain)) == relation.domain, f"rdfs:domain of {relation.curie}"
    assert _curie(vocabulary.value(prop, RDFS.range)) == relation.range, f"rdfs:range of {relation.curie}"


def test_every_property_of_the_vocabulary_is_a_relation_or_listed_as_not_one(vocabulary: rdflib.Graph) -> None:
    declared = _mg_properties(vocabulary)
    in_table = {r.curie.removeprefix("mg:") for r in MG_RELATIONS}
    assert not in_table & table.NOT_RELATIONS, "a property is both a relation and not one"
    missing = declared - in_table - table.NOT_RELATIONS
    assert not missing, (
        f"mg properties of ontology/mandates.ttl in neither RELATIONS nor NOT_RELATIONS of "
        f"ontology/relations.py: {sorted(missing)}"
    )
    stale = table.NOT_RELATIONS - declared
    assert not stale, f"NOT_RELATIONS names properties the vocabulary does not declare: {sorted(stale)}"


def test_mandate_relations_give_the_action_concepts_of_the_vocabulary(vocabulary: rdflib.Graph) -> None:
    concepts = set(vocabulary.subjects(RDF.type, MG.Action))
    assert {MG[str(r.action)] for r in table.MANDATES} == concepts
    for r in table.MANDATES:
        # The concept names its relation (skos:notation), which named queries and the API use.
        assert str(vocabulary.value(MG[str(r.action)], SKOS.notation)) == r.name


def test_the_instrument_to_body_mandates_are_the_sub_properties_of_mg_mandates(vocabulary: rdflib.Graph) -> None:
    sub_properties = {str(p) for p in vocabulary.subjects(RDFS.subPropertyOf, MG.mandates)}
    assert sub_properties == {r.iri for r in table.BODY_MANDATES}


def test_the_json_ld_context_names_each_relation_by_its_name() -> None:
    context = json.loads(ontology.JSONLD_CONTEXT.read_text())["@context"]
    for term, definition in context.items():
        curie = definition if isinstance(definition, str) else definition.get("@id") if isinstance(definition, dict) else None
        if isinstance(curie, str) and ":" in curie and curie.split(":")[0] in table.PREFIXES:
            known = table.relation_for_iri(table.expand(curie))
            if known is not None:
                assert term == known.name, f"ontology/context.jsonld calls {curie} {term!r}, the table {known.name!r}"


def test_the_table_spells_the_namespaces_as_graph_namespaces_does() -> None:
    for prefix, iri in table.PREFIXES.items():
        assert namespaces.PREFIXES[prefix] == iri


def test_names_and_properties_are_unique() -> None:
    assert len(table.BY_NAME) == len(RELATIONS)
    assert len(table.BY_IRI) == len(RELATIONS)


def test_a_malformed_row_is_refused_with_its_name_and_the_fix() -> None:
    with pytest.raises(ValueError, match=r"relations.py, relation 'leadsTo'.*reads_backward"):
        Relation("leadsTo", "mg:Instrument", "mg:Instrument", "x", arrow="backward")
    with pytest.raises(ValueError, match="both action and mandate_kind"):
        Relation("orders", "mg:Instrument", "mg:Body", "x", action="order")
    with pytest.raises(ValueError, match="prefix:local"):
        Relation("links", "Instrument", None, "x")
    with pytest.raises(KeyError, match="unknown relation 'nope'"):
        table.relation("nope")


# ------------------------------------------------------------------ derived tables: loaders


def _sample(kind: str) -> object:
    return {
        "instrument": InstrumentRef("cop-untoc", "resolution", "7", "1"),
        "body": BodyRef("cop-untoc/wg-firearms"),
        "gathering": GatheringRef("cop-untoc", "session", 11),
        "document": DocumentRef(symbols=("CTOC/COP/2022/9",)),
        "date": dt.date(2022, 10, 21),
        "daterange": facts.DateRange(dt.date(2022, 10, 17), dt.date(2022, 10, 21)),
        "text": "Vienna",
        "any": BodyRef("cop-untoc"),
    }[kind]


EVIDENCE = facts.Evidence(0, 5, "Quote")


@pytest.mark.parametrize("relation", table.EXTRACTED, ids=lambda r: r.name)
def test_a_fact_takes_the_kinds_of_the_relations_domain_and_range(relation: Relation) -> None:
    subject_kind, object_kind = relation.fact_kinds
    facts.Fact(_sample(subject_kind), relation.name, _sample(object_kind), EVIDENCE)  # type: ignore[arg-type]
    wrong = "text" if object_kind != "text" else "body"
    with pytest.raises(ValueError, match=f"{relation.name} needs a {object_kind} object"):
        facts.Fact(_sample(subject_kind), relation.name, _sample(wrong), EVIDENCE)  # type: ignore[arg-type]


def test_facts_accept_exactly_the_extracted_relations() -> None:
    assert set(facts.RELATIONS) == {r.name for r in table.EXTRACTED}
    assert facts.MANDATE_RELATIONS == tuple(r.name for r in table.MANDATES)
    with pytest.raises(ValueError, match="unknown relation 'issuedBy'"):
        facts.Fact(_sample("instrument"), "issuedBy", _sample("body"), EVIDENCE)  # type: ignore[arg-type]


@pytest.mark.parametrize("relation", table.EXTRACTED, ids=lambda r: r.name)
def test_the_emitter_writes_each_fact_with_the_relations_property(registry, relation: Relation) -> None:  # type: ignore[no-untyped-def]
    subject_kind, object_kind = relation.fact_kinds
    fact = facts.Fact(_sample(subject_kind), relation.name, _sample(object_kind), EVIDENCE)  # type: ignore[arg-type]
    emitter = emit.Emitter(Identifiers("https://example.org/id/"), registry)
    triples = list(emitter.fact(fact, "source", emit._iri("https://example.org/id/document/x")))
    predicates = {t.predicate.value for t in triples}
    assert relation.iri in predicates
    actions = {t.object.value for t in triples if t.predicate.value == str(MG.action)}
    assert actions == ({str(MG[str(relation.action)])} if relation.is_mandate else set())


def test_the_mandate_verbs_name_mandate_relations() -> None:
    assert dict(mandate_verbs._RELATION_OF_STEM) == table.verb_relations()
    # A stem is read only if the extractor's verb pattern can match a form of it (alone, with
    # "upon" as in "calls upon", or as the noun of "reiterates its appeal to").
    for stem in table.verb_relations():
        forms = [stem + ending for ending in ("", "s", "es", "d", "ed")]
        forms += [f"{form} upon" for form in forms] + [f"reiterates its {stem} to"]
        assert any(mandate_verbs.MANDATE_VERB.fullmatch(form) for form in forms), (
            f"no form of the verb stem {stem!r} matches MANDATE_VERB in loaders/extract/rules/mandate_verbs.py"
        )
    for verb in ("requests", "requested", "encourages", "encouraged", "invites", "invited", "urges", "calls upon",
                 "establishes", "established", "decided to establish", "decides to establish"):
        assert mandate_verbs.MANDATE_VERB.fullmatch(verb), verb
        assert table.relation(mandate_verbs.relation_of(verb)).is_mandate


# ------------------------------------------------------------------ derived tables: graph


def test_lineage_follows_the_arrows_of_the_table() -> None:
    assert lineage.ALL_RULES == {r.name: r.arrow for r in table.LINEAGE}
    assert set(lineage.MANDATE_RULES) == {r.name for r in table.LINEAGE if r.only_from_mandate_root}
    for r in RELATIONS:
        assert lineage.predicate(r.name) == r.iri and lineage.relation_of(r.iri) == r.name
    # The property paths of the SPARQL engine walk every lineage property, and only those.
    paths = {*re.findall(r"<([^>]+)>", lineage._FIRST)}
    assert paths == {r.iri for r in table.LINEAGE}


def test_the_rule_table_of_docs_lineage_md_gives_each_relation_its_arrow() -> None:
    text = (Path(__file__).resolve().parent.parent.parent / "docs" / "lineage.md").read_text()
    arrows = {"→": "forward", "↔": "two-way"}
    documented: dict[str, str] = {}
    for row in re.findall(r"^\| [sm] (.+?) [a-z] (?:\(mandate\) )?\| (\w) (→|↔) (\w) \|", text, re.MULTILINE):
        names, left, arrow, right = row
        for name in re.split(r" / ", names.split(" (")[0]):
            name = name.split(":")[-1]
            # "o → s" reads the triple backwards; for a mandate link the cause is its object.
            backward = arrow == "→" and (left, right) in {("o", "s"), ("i", "m")}
            documented[name] = "backward" if backward else arrows[arrow]
    assert documented == {r.name: r.arrow for r in table.LINEAGE}, "the rule table of docs/lineage.md (one row per arrow)"


def test_pictures_label_each_arrow_as_it_reads_from_cause_to_effect() -> None:
    for r in table.LINEAGE:
        assert lineage_export.arrow_label(r.name) == (r.reads_backward or r.name)
        if r.arrow == "backward":
            assert lineage_export.arrow_label(r.name) != r.name


def test_entity_pages_name_each_relation_on_both_sides() -> None:
    for r in RELATIONS:
        assert entities.term_name(r.iri) == r.name
        if r.inverse:
            assert entities.inverse_name(r.iri) == r.inverse
            assert r.iri not in entities.HIDDEN_INVERSE
        elif r.links_entities:
            assert r.iri in entities.HIDDEN_INVERSE, f"{r.name}: no inverse name, so its object's page hides it"


_PROPERTY_LIST = re.compile(r"VALUES\s+\?p\s*\{(?P<values>[^}]*)\}|\?p\s+IN\s*\((?P<in>[^)]*)\)")


def _iris_in(query: str) -> set[str]:
    """The properties a query's ``VALUES ?p { ... }`` or ``?p IN (...)`` lists, as full IRIs."""
    found = _PROPERTY_LIST.search(query)
    assert found, f"no list of properties in {query}"
    terms = re.split(r"[\s,]+", (found["values"] or found["in"]).strip())
    return {term[1:-1] if term.startswith("<") else table.expand(term) for term in terms}


def test_a_bodys_history_lists_the_mandates_it_receives() -> None:
    assert _iris_in(history._RECEIVED) == {r.iri for r in table.BODY_MANDATES}
    assert history._EVENT_NAMES == {r.iri: r.history_phrase for r in table.BODY_MANDATES}
    assert all(history._EVENT_NAMES.values()) and history._ENDORSED_EVENT


def test_stats_count_the_extracted_relations_of_the_vocabulary_in_table_order() -> None:
    assert stats.RELATIONS == [r.name for r in RELATIONS if r.extracted and r.curie.startswith("mg:")]


def test_mandate_status_reads_actions_and_links_from_the_table() -> None:
    assert status.ACTIONS == tuple(r.action for r in table.MANDATES)
    assert status.CREATING | status.TASKING | {"endorse"} == set(status.ACTIONS)
    assert status.CREATING == {"establish", "makeConstantElement"}
    assert _iris_in(status._LINKS) == {r.iri for r in status._LINK_RELATIONS}
    assert _iris_in(status._EVIDENCE) == {r.iri for r in status._EVIDENCE_RELATIONS}
    # Every mandate's own evidence is read, whatever mandates the table gains.
    assert {r.iri for r in table.MANDATES} <= _iris_in(status._EVIDENCE)


def test_no_sparql_list_of_properties_is_typed_by_hand() -> None:
    """Every `VALUES ?p { ... }` or `?p IN (...)` of the queries these modules hold lists
    relation properties as the table builds them (full IRIs): a hand-typed ``mg:x`` would
    escape the table."""
    queries = [
        value
        for module in (history, lineage, stats, status, entities)
        for value in vars(module).values()
        if isinstance(value, str) and _PROPERTY_LIST.search(value)
    ]
    assert len(queries) >= 4  # history's, status's two, lineage's templates
    for query in queries:
        found = _PROPERTY_LIST.search(query)
        listed = (found["values"] or found["in"]).strip()  # type: ignore[index]
        if listed == "%s":
            continue  # a template the module fills from the table (lineage's)
        terms = re.split(r"[\s,]+", listed)
        assert all(t.startswith("<") and table.relation_for_iri(t[1:-1]) for t in terms), f"typed by hand: {query}"


# ------------------------------------------------------------------ named queries (queries/*.rq)
# The named queries are SPARQL files an analyst reads and edits, so their lists stay written
# out; these checks name the file to update when the table changes.


def _pairs(sparql: str) -> dict[str, str]:
    """``(mg:x "text")`` rows of a two-column VALUES block, as full IRI -> text."""
    return {table.expand(curie): text for curie, text in re.findall(r'\((mg:\w+)\s+"([^"]+)"\)', sparql)}


def _evidence_predicates(registry) -> set[str]:  # type: ignore[no-untyped-def]
    """The properties whose triples the emitter writes with evidence, one sample fact each."""
    emitter = emit.Emitter(Identifiers("https://example.org/id/"), registry)
    found = set()
    for r in table.EXTRACTED:
        subject_kind, object_kind = r.fact_kinds
        fact = facts.Fact(_sample(subject_kind), r.name, _sample(object_kind), EVIDENCE)  # type: ignore[arg-type]
        triples = list(emitter.fact(fact, "source", emit._iri("https://example.org/id/document/x")))
        found |= {t.object.value for t in triples if t.predicate.value == str(RDF.predicate)}
    return found


def test_named_queries_list_the_relations_of_the_table(registry) -> None:  # type: ignore[no-untyped-def]
    from mandate_graph.graph.named_queries import load_named_queries

    queries = load_named_queries()

    def choices(query: str, parameter: str) -> tuple[str, ...]:
        return next(p.choices for p in queries[query].parameters if p.name == parameter)

    body_mandates = {r.iri: r.name for r in table.BODY_MANDATES}
    assert choices("mandates-of-body", "action") == tuple(body_mandates.values()), "queries/mandates-of-body.rq"
    assert _pairs(queries["mandates-of-body"].sparql) == body_mandates, "queries/mandates-of-body.rq"
    assert _pairs(queries["body-history"].sparql) == history._EVENT_NAMES, "queries/body-history.rq"
    creating = {r.iri: r.name for r in table.MANDATES if r.mandate_kind == "creates"}
    assert _pairs(queries["bodies-established"].sparql) == creating, "queries/bodies-established.rq"
    with_evidence = _evidence_predicates(registry)
    expected = tuple(r.name for r in RELATIONS if r.iri in with_evidence and r.curie.startswith("mg:"))
    assert choices("evidence-for", "relation") == expected, "queries/evidence-for.rq"


@pytest.mark.parametrize("quote", ["", " ", "\n\t\u00a0", "\u2028"])
def test_evidence_without_a_quote_is_refused(quote: str) -> None:
    from mandate_graph.loaders.facts import Evidence

    with pytest.raises(ValueError, match="evidence needs a quote"):
        Evidence(0, 1, quote)


def test_evidence_with_a_quote_is_kept() -> None:
    from mandate_graph.loaders.facts import Evidence

    assert Evidence(0, 3, " x ").quote == " x "
