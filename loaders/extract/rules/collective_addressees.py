"""Whose States parties an instrument addresses: "Calls upon States parties to ...".

The shipped addressee `states-parties` (ontology/reference/addressees.ttl) stands for the
States parties to the conventions whose bodies the shipped reference data describes (the
United Nations Convention against Transnational Organized Crime and its Protocols, whose
Conference of the Parties and the United Nations organs that address its parties ship with the
product). A body another reference file adds (the Committee against Torture, the Meeting of
States Parties to the Law of the Sea Convention, a conference of the parties to a chemical
weapons or disability convention) speaks to the parties of its own treaty: another group of
States, which the shipped node does not stand for and which has no node of its own, so that
instrument names no known addressee. Recording the shipped node there would merge the parties
of every treaty into one.

A user's file may describe a body the shipped data names without describing it: the shipped
secretariat of UNODC is "the secretariat of the Conference of the States Parties to the United
Nations Convention against Corruption" too, the other crime convention (the gold's convention,
E90: the States parties to the crime conventions are `STATES-PARTIES`). A body so named by a
shipped secretariat's label is a shipped convention's conference, whichever file describes it
(E252).
"""

from __future__ import annotations

from mandate_graph.graph.reference import BodyRegistry

SHIPPED_STATES_PARTIES = "states-parties"


def addresses_shipped_parties(issuer: str, registry: BodyRegistry) -> bool:
    """Whether an instrument of ``issuer`` addressing "States parties" means the shipped group:
    the issuer and the bodies it belongs to are shipped (a body of a user's file under a shipped
    organ is the file's, and its treaty is the file's too)."""
    body = registry.bodies.get(issuer)
    if body is None:
        return False
    return not body.added or bool({_without_the(name) for name in body.names} & _shipped_secretariats_of(registry))


_SECRETARIAT_OF = "secretariat of "


def _shipped_secretariats_of(registry: BodyRegistry) -> set[str]:
    """The bodies a shipped secretariat's other names "secretariat of <body>" say it serves, in lower
    case, without "the". (Its other names only: the secretariat a document's author is given where
    the data has none, `own_secretariat`, is named "secretariat of <the author>" itself, which says
    nothing of the shipped data.)"""
    return {
        _without_the(name[len(_SECRETARIAT_OF) :]) for body in registry.bodies.values() if not body.added
        for name in body.aliases if name.lower().startswith(_SECRETARIAT_OF)
    }


def _without_the(name: str) -> str:
    lowered = name.lower().strip()
    return lowered[4:] if lowered.startswith("the ") else lowered
