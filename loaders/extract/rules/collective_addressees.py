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
"""

from __future__ import annotations

from mandate_graph.graph.reference import BodyRegistry

SHIPPED_STATES_PARTIES = "states-parties"


def addresses_shipped_parties(issuer: str, registry: BodyRegistry) -> bool:
    """Whether an instrument of ``issuer`` addressing "States parties" means the shipped group:
    the issuer and the bodies it belongs to are shipped (a body of a user's file under a shipped
    organ is the file's, and its treaty is the file's too)."""
    body = registry.bodies.get(issuer)
    return body is not None and not body.added
