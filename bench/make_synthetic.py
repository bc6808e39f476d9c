"""A deterministic synthetic mandate graph, shaped like real data, for benchmarks.

    python bench/make_synthetic.py out.nt --triples 1000000 --seed 7

Treaty bodies with subsidiary working groups meet in sessions and adopt instruments; each
instrument cites earlier ones, requests or establishes subsidiary bodies (with an n-ary
mandate node), and endorses meetings; each meeting has a report made pursuant to an
instrument and submitted to a session. Every asserted triple has an evidence node, as the
loaders write them, so the triple mix is the real one. Same seed, same file.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mandate_graph.graph.identifiers import Identifiers  # noqa: E402
from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef  # noqa: E402
from mandate_graph.graph.namespaces import MG, RDF, RDFS, XSD, SKOS  # noqa: E402
from mandate_graph.graph.settings import DEFAULT_BASE_IRI  # noqa: E402

SUBSIDIARIES = 6
SESSIONS = 12
INSTRUMENTS_PER_SESSION = 8
ACTIONS = {  # relation -> action concept, as loaders.emit.ACTION_CONCEPTS
    "establishes": "establish",
    "makesConstantElement": "makeConstantElement",
    "requests": "request",
    "encourages": "encourage",
    "invites": "invite",
}


class Writer:
    def __init__(self, out, ids: Identifiers) -> None:
        self.out = out
        self.ids = ids
        self.count = 0
        self.evidence_count = 0

    def triple(self, s: str, p: str, o: str) -> None:
        self.out.write(f"<{s}> <{p}> {o} .\n")
        self.count += 1

    def fact(self, s: str, p: str, o: str, document: str, quote: str) -> str:
        """An asserted triple and its evidence node, as `loaders.emit` writes them; returns
        the evidence node's IRI."""
        self.triple(s, p, o)
        self.evidence_count += 1
        e = f"{self.ids.base}evidence/synthetic/{self.evidence_count}"
        self.triple(e, str(RDF.type), f"<{MG.Evidence}>")
        self.triple(e, str(RDF.subject), f"<{s}>")
        self.triple(e, str(RDF.predicate), f"<{p}>")
        self.triple(e, str(RDF.object), o)
        self.triple(e, str(MG.document), f"<{document}>")
        self.triple(e, str(MG.quote), lit(quote))
        self.triple(e, str(MG.start), integer(self.evidence_count))
        self.triple(e, str(MG.end), integer(self.evidence_count + len(quote)))
        self.triple(e, str(MG.paragraph), lit(str(self.evidence_count % 40 + 1)))
        return e


def lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def integer(n: int) -> str:
    return f'"{n}"^^<{XSD.integer}>'


def date(year: int, month: int, day: int) -> str:
    return f'"{year:04d}-{month:02d}-{day:02d}"^^<{XSD.date}>'


def iri(value: str) -> str:
    return f"<{value}>"


def generate(path: Path, triples: int = 1_000_000, seed: int = 7, base: str = DEFAULT_BASE_IRI) -> int:
    """Write at least ``triples`` triples of synthetic data as N-Triples; return the count."""
    rng = random.Random(seed)
    ids = Identifiers(base)
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        w = Writer(out, ids)
        treaty = 0
        while w.count < triples:
            treaty += 1
            parent = f"treaty-{treaty}"
            parent_iri = ids.body(BodyRef(parent))
            w.triple(parent_iri, str(RDF.type), iri(MG.Body))
            w.triple(parent_iri, str(MG.key), lit(parent))
            w.triple(parent_iri, str(SKOS.prefLabel), lit(f"Conference of the Parties to Treaty {treaty}"))
            subsidiaries = []
            for k in range(1, SUBSIDIARIES + 1):
                key = f"{parent}/wg-{k}"
                node = ids.body(BodyRef(key))
                subsidiaries.append(key)
                w.triple(node, str(RDF.type), iri(MG.Body))
                w.triple(node, str(MG.key), lit(key))
                w.triple(node, str(SKOS.prefLabel), lit(f"Working Group {k} of Treaty {treaty}"))
                w.triple(node, "http://www.w3.org/ns/org#subOrganizationOf", iri(parent_iri))
            instruments: list[InstrumentRef] = []
            meeting_ordinal = {key: 0 for key in subsidiaries}
            for session in range(1, SESSIONS + 1):
                year = 2000 + session * 2
                session_ref = GatheringRef(parent, "session", session)
                session_iri = ids.gathering(session_ref)
                report = ids.document(DocumentRef(symbols=(f"T{treaty}/COP/{year}/{session}",)))
                w.triple(session_iri, str(RDF.type), iri(MG.Session))
                w.triple(session_iri, str(MG.meetingOf), iri(parent_iri))
                w.triple(session_iri, str(MG.ordinal), integer(session))
                w.fact(session_iri, str(MG.heldOn), date(year, 10, 10), report, f"held on 10 October {year}")
                w.triple(report, str(RDF.type), iri(MG.Document))
                w.triple(report, str(SKOS.notation), lit(f"T{treaty}/COP/{year}/{session}"))
                new_instruments = []
                for number in range(1, INSTRUMENTS_PER_SESSION + 1):
                    ref = InstrumentRef(parent, rng.choice(["resolution", "decision"]), str(session), str(number))
                    node = ids.instrument(ref)
                    new_instruments.append(ref)
                    w.triple(node, str(RDF.type), iri(MG.Resolution if ref.kind == "resolution" else MG.Decision))
                    w.triple(node, str(RDFS.label), lit(ref.label))
                    w.triple(node, str(MG.issuedBy), iri(parent_iri))
                    w.triple(node, str(MG.number), lit(f"{session}/{number}"))
                    w.triple(node, str(MG.sessionNumber), lit(str(session)))
                    w.fact(node, str(MG.adoptedAt), iri(session_iri), report, f"adopted {ref.label}")
                    w.fact(node, str(MG.adoptedOn), date(year, 10, 14), report, f"adopted on 14 October {year}")
                    w.fact(node, str(MG.containedIn), iri(report), report, f"{ref.label} in the report")
                    for cited in rng.sample(instruments, min(len(instruments), rng.randint(1, 4))):
                        w.fact(node, str(MG.cites), iri(ids.instrument(cited)), report, f"Recalling its {cited.label}")
                    body = rng.choice(subsidiaries)
                    action = "establishes" if session == 1 and number <= SUBSIDIARIES else rng.choice(
                        ["requests", "requests", "encourages", "invites", "makesConstantElement"]
                    )
                    if action == "establishes":
                        body = subsidiaries[number - 1]
                    body_iri = ids.body(BodyRef(body))
                    evidence = w.fact(node, str(MG[action]), iri(body_iri), report, f"{action} the working group")
                    mandate = ids.mandate(ref, action, BodyRef(body))
                    w.triple(mandate, str(RDF.type), iri(MG.Mandate))
                    w.triple(mandate, str(MG.instrument), iri(node))
                    w.triple(mandate, str(MG.addressee), iri(body_iri))
                    w.triple(mandate, str(MG.action), iri(MG[ACTIONS[action]]))
                    w.triple(mandate, str(MG.evidence), iri(evidence))
                    w.triple(mandate, str(RDFS.label), lit(f"{ref.label} {action} working group"))
                    w.triple(mandate, str(MG.task), lit("to report to the next session"))
                    if session < SESSIONS:
                        w.triple(mandate, str(MG.dueAt), iri(ids.gathering(GatheringRef(parent, "session", session + 1))))
                # Between sessions each working group meets; its report serves the next session.
                for body in subsidiaries:
                    meeting_ordinal[body] += 1
                    meeting = GatheringRef(body, "meeting", meeting_ordinal[body])
                    meeting_iri = ids.gathering(meeting)
                    symbol = f"T{treaty}/COP/WG.{body.rsplit('-', 1)[1]}/{year + 1}/{meeting.ordinal}"
                    doc = ids.document(DocumentRef(symbols=(symbol,)))
                    w.triple(meeting_iri, str(RDF.type), iri(MG.Meeting))
                    w.triple(meeting_iri, str(MG.meetingOf), iri(ids.body(BodyRef(body))))
                    w.triple(meeting_iri, str(MG.ordinal), integer(meeting.ordinal))
                    w.fact(meeting_iri, str(MG.heldOn), date(year + 1, 5, 3), doc, f"held on 3 May {year + 1}")
                    w.fact(meeting_iri, str(MG.heldIn), lit("Vienna"), doc, "held in Vienna")
                    w.triple(doc, str(RDF.type), iri(MG.Document))
                    w.triple(doc, str(SKOS.notation), lit(symbol))
                    w.fact(doc, str(MG.reportOf), iri(meeting_iri), doc, f"report of meeting {meeting.ordinal}")
                    w.fact(doc, str(MG.pursuantTo), iri(ids.instrument(rng.choice(new_instruments))), doc, "in accordance with")
                    if session < SESSIONS:
                        next_session = ids.gathering(GatheringRef(parent, "session", session + 1))
                        w.fact(doc, str(MG.submittedTo), iri(next_session), doc, "made available to the next session")
                instruments.extend(new_instruments)
                # The next session endorses some recommendations of the meetings just held.
                if session > 1:
                    endorsing = ids.instrument(rng.choice(new_instruments))
                    body = rng.choice(subsidiaries)
                    previous = GatheringRef(body, "meeting", max(1, meeting_ordinal[body] - 1))
                    w.fact(endorsing, str(MG.endorses), iri(ids.gathering(previous)), report, "endorses the recommendations")
        return w.count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    count = generate(args.output, args.triples, args.seed)
    print(f"wrote {count} triples to {args.output} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
