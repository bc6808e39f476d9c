"""Which of the bodies sharing a symbol prefix a symbol's shape fits.

Two organizations may print the same letters: the Conference on Disarmament's papers are
"CD/2481", the PAHO Directing Council's "CD63/11" and its resolutions "CD63.R7". The letters
alone say neither; the shape does. A body whose every numbering convention glues its session to
its prefix ("CD{session}.R{number}", "EB{session}.R{number}") prints its documents so as well
("CD63/...", "EB158/3"): a symbol with a slash right after the letters ("CD/2466") is not its.
A symbol with the session glued on is, before a body of those letters that numbers otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

from mandate_graph.graph.reference import Body


def glues_session(body: Body) -> bool:
    """Does ``body`` print its session glued to its symbol prefix: has it numbering conventions,
    each of which writes the prefix with the session right after it ("CD{session}.R{number}")?"""
    prefix = body.symbol_prefix
    if not prefix or not body.numbering:
        return False
    return all(n.template.startswith(prefix + "{session") for n in body.numbering)


def fitting_shape(bodies: Sequence[Body], symbol: str) -> list[Body]:
    """Those of ``bodies`` (sharing one symbol prefix) whose symbols take ``symbol``'s shape: after
    the prefix a slash is no glued session's body's, a digit is a glued session's body's where one
    of them glues it. All of ``bodies`` where the shape says nothing (or would leave none)."""
    if len(bodies) <= 1:
        return list(bodies)
    prefix = bodies[0].symbol_prefix or ""
    after = symbol[len(prefix) : len(prefix) + 1]
    if after == "/":
        kept = [b for b in bodies if not glues_session(b)]
    elif after.isdigit():
        kept = [b for b in bodies if glues_session(b)]
    else:
        return list(bodies)
    return kept or list(bodies)
