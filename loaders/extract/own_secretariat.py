"""A document's own secretariat (E115).

"Requests the Secretariat to ..." in a decision of a treaty's conference, a board or an assembly is
that body's secretariat. The shipped reference data knows one body called "Secretariat" alone,
UNODC's, the secretariat of the crime and drug bodies it ships (its names say whose: "secretariat of
the Conference of the Parties to the United Nations Convention against Transnational Organized
Crime", "secretariat of the Commission on Narcotic Drugs"). A user's file for another body often
declares no secretariat of its own; read as UNODC's, "the Secretariat" of a CITES resolution told
the user that the resolution requests UNODC's secretariat.

Where the document's author has no secretariat in the reference data, and the body the words
"secretariat" and "the secretariat" name is of another organization than the author's, whose name
does not say it serves the author, and which the document never points to (its organization named
in full or by its abbreviation, `kind_words.organization_named`), the words name the author's
organization's own secretariat: a body the document's graph adds under the top of the author's
line ("cites-cop/secretariat"), named "secretariat of the <that body>". A document of no known
author has no such secretariat: `resolve._secretariat_in_place_of_a_strangers` leaves the words
unresolved there.
"""

from __future__ import annotations

from mandate_graph.graph.reference import Body, BodyRegistry
from mandate_graph.loaders.extract.numbering import spaced_lower
from mandate_graph.loaders.extract.per_registry import of_registry
from mandate_graph.loaders.extract.references import BodyMatcher
from mandate_graph.loaders.extract.resolve import Scope, names_as_a_whole
from mandate_graph.loaders.extract.rules import kind_words


def own_secretariat(author: str | None, registry: BodyRegistry, matcher: BodyMatcher, text: str) -> tuple[BodyRegistry, Body | None]:
    """The registry a document (``text``, as cleaned) is read with, and the secretariat of its
    author's organization added to it, where "the secretariat" may need it: the author is known,
    its line has no secretariat in the reference data, and the shipped body called "Secretariat" is
    a stranger's to the document (another organization's, whose names say it serves no body of the
    author's line, and which the document never points to). Which mention takes it `resolve`
    decides (`Scope.own_secretariat`): a user's secretariat the document's words name, or that a
    name of it says is the author's, comes first."""
    if author is None or author not in registry:
        return registry, None
    lowered = spaced_lower(text)
    if "secretariat" not in lowered:
        return registry, None
    top = kind_words.root_of(author, registry)
    key = f"{top}/secretariat"
    if any(_is_a_secretariat(registry.bodies[k]) for k in _lineage_and_children(author, registry)):
        return registry, None
    if top in _PRINCIPAL_ORGANS and top in (author, registry.bodies[author].parent) and (
        organization := _organization_secretariat(registry)
    ) is not None:
        # "The Committee asked the Secretariat to service the group" in a document of a committee
        # of the General Assembly: the Assembly, the Security Council and the Economic and Social
        # Council are organs of the United Nations, whose one Secretariat serves them and their
        # committees, the body a user's file calls "Secretariat of the United Nations" (no organ's
        # own, E229); a body further down (a working group of the Human Rights Council) is served
        # by its own line's secretariat, as before
        return registry, organization
    if key in registry:
        # the key the author's own secretariat would take is the reference data's already (a user's
        # "Secretariat of the Convention on X" filed under the organization that hosts it): none
        # is added; the one secretariat whose name says it serves the author's line is the
        # author's own, in a document of the Committee of the Convention on X as well (E128)
        return registry, _secretariat_named_for(author, registry)
    # the shipped secretariat the document's words would name (a name the author's family has not
    # taken for its own, `BodyMatcher.for_author`)
    shipped = {k for k in (matcher.by_name.get("the secretariat"), matcher.by_name.get("secretariat")) if k is not None}
    if not any(
        k in registry and not registry.bodies[k].added and _is_a_secretariat(registry.bodies[k])
        and _a_stranger(k, author, top, registry, matcher, lowered)
        for k in shipped
    ):
        return registry, None
    added = Body(key=key, name=f"secretariat of the {registry.bodies[top].name.removeprefix('the ')}", aliases=("secretariat",), parent=top)
    return BodyRegistry({**registry.bodies, key: added}, registry.graph), added


# the principal organs of the United Nations (their shipped keys), served by its Secretariat
_PRINCIPAL_ORGANS = frozenset({"ga", "security-council", "ecosoc"})
_ORGANIZATION_SECRETARIAT = frozenset({"secretariat of the united nations", "united nations secretariat"})


def _organization_secretariat_of(bodies: tuple[Body, ...]) -> Body | None:
    """The one body of the reference data, under no other, named "Secretariat of the United
    Nations" or "United Nations Secretariat"; None when none, or several, are."""
    found = [
        body for body in bodies
        if body.parent is None and any(" ".join(name.lower().split()).removeprefix("the ") in _ORGANIZATION_SECRETARIAT for name in body.names)
    ]
    return found[0] if len(found) == 1 else None


# A pure function of the bodies, made once per registry, not for every document of a principal
# organ's line (every name of every body lowered and split: ~1 % of an unseen pass, P7)
_organization_secretariat = of_registry(_organization_secretariat_of)


def _secretariat_named_for(author: str, registry: BodyRegistry) -> Body | None:
    """The one secretariat of the reference data, of no line of the author's, whose name says
    whose it is ("Secretariat of the Convention on the Protection and Promotion of the Diversity of
    Cultural Expressions") in words that a name of the author or of a body above it holds as a
    whole name ("Conference of Parties to the Convention on the Protection ..."); None when no
    secretariat's name, or several, do."""
    lineage: list[str] = []
    key: str | None = author
    while key is not None and key in registry and key not in lineage:
        lineage.append(key)
        key = registry.bodies[key].parent
    names = [" ".join(name.split()) for k in lineage for name in registry.bodies[k].names]
    found: list[Body] = []
    for body in registry.bodies.values():
        if not _is_a_secretariat(body):
            continue
        served = {
            " ".join(org.split()).removeprefix("the ").removeprefix("The ")
            for name in body.names
            for _, of, org in [name.partition(" of ")]
            if of
        }
        # (a whole name of two words or more, not the first words of a longer one: "Secretariat of the
        # United Nations" serves no "... United Nations Convention against Corruption")
        if any(len(org.split()) >= 2 and any(names_as_a_whole(org, name) for name in names) for org in served):
            found.append(body)
    return found[0] if len(found) == 1 else None


def _is_a_secretariat(body: Body) -> bool:
    return (body.short_name or "").lower() == "secretariat" or body.name.lower() in ("secretariat", "the secretariat")


def _lineage_and_children(author: str, registry: BodyRegistry) -> list[str]:
    """The author, the bodies above it, and the children of each."""
    line: list[str] = []
    key: str | None = author
    while key is not None and key in registry and key not in line:
        line.append(key)
        key = registry.bodies[key].parent
    return line + [child.key for k in line for child in registry.children(k)]


def _a_stranger(key: str, author: str, top: str, registry: BodyRegistry, matcher: BodyMatcher, lowered: str) -> bool:
    """Whether the shipped secretariat ``key`` is another organization's than the author's, whose
    names say it serves no body of the author's line ("secretariat of the Commission on Narcotic
    Drugs" in the Commission's documents), and whose organization the document never names."""
    if kind_words.root_of(key, registry) == top:
        return False
    if Scope(registry, matcher, author).of_authors_organization(key, specific=True):
        return False
    return not kind_words.organization_named(key, registry, lowered)
