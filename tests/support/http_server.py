"""A real server for the HTTP tests: uvicorn in a subprocess on a free port, over an on-disk
store in a temporary folder holding the sample corpus plus a small hand-built graph with every
relation of the domain (so mandates, citations and evidence exist whatever the extraction
currently produces). The query worker pool is really used.

Import the fixtures into a test module with ``from tests.support.http_server import server, sample_ctx``.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from mandate_graph.graph.context import Context
from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.loaders.emit import Emitter, to_ntriples
from mandate_graph.loaders.facts import DateRange, DocumentInfo, Evidence, Extraction, Fact
from tests.conftest import BASE, CORPUS, loader_for, make_context

ROOT = Path(__file__).resolve().parent.parent.parent
TOKEN = "test-secret-token"

COP = "cop-untoc"
WG_TIP = BodyRef("cop-untoc/wg-trafficking-in-persons")
WG_FA = BodyRef("cop-untoc/wg-firearms")
WG_IC = BodyRef("cop-untoc/wg-international-cooperation")
WG_TA = BodyRef("cop-untoc/wg-technical-assistance")
R7_1 = InstrumentRef(COP, "resolution", "7", "1")
D4_4 = InstrumentRef(COP, "decision", "4", "4")
D2_2 = InstrumentRef(COP, "decision", "2", "2")
R10_6 = InstrumentRef(COP, "resolution", "10", "6")
R11_1 = InstrumentRef(COP, "resolution", "11", "1")
R11_3 = InstrumentRef(COP, "resolution", "11", "3")
COP11 = GatheringRef(COP, "session", 11)
TIP11 = GatheringRef(WG_TIP.key, "meeting", 11)
IC12 = GatheringRef(WG_IC.key, "meeting", 12)
REPORT_COP11 = DocumentRef(symbols=("CTOC/COP/2022/9",))
REPORT_TIP11 = DocumentRef(symbols=("CTOC/COP/WG.4/2021/6",))
REPORT_IC12 = DocumentRef(symbols=("CTOC/COP/WG.3/2022/4",))


def _ev(n: int, quote: str, paragraph: str | None = None, verb: str | None = None) -> Evidence:
    return Evidence(n * 100, n * 100 + len(quote), quote, paragraph, verb)


def sample_extractions() -> dict[str, Extraction]:
    """Three documents with every relation of domain.md, facts as the extraction would make them."""
    session_report = Extraction(
        DocumentInfo(REPORT_COP11, title="Report of the Conference of the Parties on its eleventh session",
                     date=dt.date(2022, 11, 2), kind="SessionReport", author=COP),
        [
            Fact(R11_1, "adoptedAt", COP11, _ev(1, "At its 11th meeting, on 21 October 2022, the Conference adopted resolution 11/1.")),
            Fact(R11_1, "adoptedOn", dt.date(2022, 10, 21), _ev(1, "At its 11th meeting, on 21 October 2022, the Conference adopted resolution 11/1.")),
            Fact(R11_1, "containedIn", REPORT_COP11, _ev(1, "Resolution 11/1, adopted by the Conference.")),
            Fact(R11_1, "title", "Implementation of the Convention", _ev(2, "11/1. Implementation of the Convention")),
            Fact(R11_1, "cites", D2_2, _ev(3, "Recalling its decision 2/2,", "preamble", "recalling")),
            Fact(R11_1, "cites", R10_6, _ev(4, "Reaffirming its resolution 10/6,", "preamble", "reaffirming")),
            Fact(R10_6, "cites", R7_1, _ev(5, "Recalling its resolution 7/1,", "preamble", "recalling")),
            Fact(R11_3, "adoptedAt", COP11, _ev(6, "The Conference adopted resolution 11/3.")),
            Fact(R11_3, "cites", R10_6, _ev(7, "Recalling its resolution 10/6,", "preamble", "recalling")),
            Fact(R11_3, "endorses", IC12, _ev(8, "Endorses the recommendations adopted by the Working Group on International Cooperation at its twelfth meeting.", "3")),
            Fact(R10_6, "requests", WG_IC, _ev(9, "Requests the Working Group on International Cooperation to hold a joint thematic discussion and to report to the Conference at its eleventh session.", "8"),
                 task="hold a joint thematic discussion", due_at=COP11),
            Fact(R10_6, "requests", WG_TA, _ev(10, "Requests the Working Group of Government Experts on Technical Assistance to hold a joint thematic discussion.", "8"),
                 task="hold a joint thematic discussion", due_at=COP11),
            Fact(D4_4, "establishes", WG_TIP, _ev(11, "In its decision 4/4, the Conference established an open-ended interim working group on trafficking in persons.", "2")),
            Fact(R7_1, "makesConstantElement", WG_FA, _ev(12, "In its resolution 7/1, the Conference decided that the Working Group on Firearms shall be a constant element of the Conference.", "4")),
            Fact(R7_1, "makesConstantElement", WG_TIP, _ev(13, "In its resolution 7/1, the Conference decided that the Working Group on Trafficking in Persons shall be a constant element of the Conference.", "4")),
            Fact(R7_1, "encourages", WG_TA, _ev(14, "Encourages the Working Group of Government Experts on Technical Assistance to continue its work.", "5")),
            Fact(COP11, "meetingOf", BodyRef(COP), _ev(15, "The Conference held its eleventh session in Vienna from 17 to 21 October 2022.")),
            Fact(COP11, "heldOn", DateRange(dt.date(2022, 10, 17), dt.date(2022, 10, 21)), _ev(15, "The Conference held its eleventh session in Vienna from 17 to 21 October 2022.")),
            Fact(COP11, "heldIn", "Vienna", _ev(15, "The Conference held its eleventh session in Vienna from 17 to 21 October 2022.")),
        ],
    )
    tip_report = Extraction(
        DocumentInfo(REPORT_TIP11, title="Report on the meeting of the Working Group on Trafficking in Persons held in Vienna on 12 and 13 October 2021",
                     date=dt.date(2021, 10, 25), kind="MeetingReport", author=WG_TIP.key),
        [
            Fact(REPORT_TIP11, "reportOf", TIP11, _ev(1, "Report on the meeting of the Working Group on Trafficking in Persons held in Vienna on 12 and 13 October 2021")),
            Fact(REPORT_TIP11, "pursuantTo", R7_1, _ev(2, "In accordance with Conference resolution 7/1, the report will be made available to the Conference.", "1")),
            Fact(REPORT_TIP11, "submittedTo", COP11, _ev(3, "will be made available to the Conference at its eleventh session", "1")),
            Fact(REPORT_TIP11, "mentions", R7_1, _ev(2, "In accordance with Conference resolution 7/1, the report will be made available to the Conference.", "1")),
            Fact(REPORT_TIP11, "mentions", D4_4, _ev(4, "By its decision 4/4, the Conference established the Working Group.", "2")),
            Fact(TIP11, "meetingOf", WG_TIP, _ev(1, "the meeting of the Working Group on Trafficking in Persons held in Vienna on 12 and 13 October 2021")),
            Fact(TIP11, "heldOn", DateRange(dt.date(2021, 10, 12), dt.date(2021, 10, 13)), _ev(1, "held in Vienna on 12 and 13 October 2021")),
            Fact(TIP11, "heldIn", "Vienna", _ev(1, "held in Vienna on 12 and 13 October 2021")),
        ],
    )
    ic_report = Extraction(
        DocumentInfo(REPORT_IC12, title="Report on the meeting of the Working Group on International Cooperation held in Vienna from 23 to 27 May 2022",
                     date=dt.date(2022, 6, 10), kind="MeetingReport", author=WG_IC.key),
        [
            Fact(REPORT_IC12, "reportOf", IC12, _ev(1, "Report on the twelfth meeting of the Working Group on International Cooperation")),
            Fact(REPORT_IC12, "pursuantTo", R10_6, _ev(2, "In accordance with resolution 10/6, the Working Group held a joint thematic discussion.", "2")),
            Fact(REPORT_IC12, "submittedTo", COP11, _ev(3, "made available to the Conference at its eleventh session", "1")),
            Fact(REPORT_IC12, "mentions", R10_6, _ev(2, "In accordance with resolution 10/6, the Working Group held a joint thematic discussion.", "2")),
            Fact(IC12, "meetingOf", WG_IC, _ev(1, "the twelfth meeting of the Working Group on International Cooperation")),
            Fact(IC12, "heldOn", DateRange(dt.date(2022, 5, 23), dt.date(2022, 5, 27)), _ev(1, "from 23 to 27 May 2022")),
            Fact(IC12, "heldIn", "Vienna", _ev(1, "held in Vienna from 23 to 27 May 2022")),
        ],
    )
    return {"sample-cop11-report": session_report, "sample-wg4-report": tip_report, "sample-wg3-report": ic_report}


def load_sample(ctx: Context) -> None:
    """Put the hand-built graph into the context's store (one named graph per document)."""
    emitter = Emitter(ctx.ids, ctx.registry)
    graphs = {}
    for key, extraction in sample_extractions().items():
        triples = emitter.triples(extraction, key, f"{key}.txt", "0" * 64)
        graphs[ctx.ids.source_graph(key)] = to_ntriples(triples)
    ctx.store.replace_graphs(graphs)


def sample_context(with_corpus: bool = False) -> Context:
    ctx = make_context()
    if with_corpus:
        loader_for(ctx).load([CORPUS])
    else:
        loader_for(ctx).ensure_reference()
    load_sample(ctx)
    return ctx


@pytest.fixture(scope="session")
def sample_ctx() -> Context:
    """The hand-built graph only (plus reference data), in memory. Read it; never write."""
    return sample_context()


# ------------------------------------------------------------------------------ the server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    store_path: Path
    process: subprocess.Popen

    @property
    def sparql(self) -> str:
        return self.url + "/sparql"


def start_server(store_path: Path, env_overrides: dict[str, str] | None = None, port: int | None = None) -> Server:
    """uvicorn serving the app over ``store_path`` on ``port`` (a free one by default), once
    ``/health`` answers. The port is bound here and the socket handed to the server process
    (`tests.support.serve_on_socket`), so that no other process can take it in between."""
    env = dict(os.environ)
    env.update({
        "MANDATES_STORE": str(store_path),
        "MANDATES_BASE_IRI": BASE,
        "MANDATES_QUERY_TIMEOUT": "1",
        "MANDATES_MAX_ROWS": "1000",
        "MANDATES_UPDATE_TOKEN": TOKEN,
        "MANDATES_QUERY_WORKERS": "2",
        **(env_overrides or {}),
    })
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port or 0))
        port = sock.getsockname()[1]
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.serve_on_socket", str(sock.fileno())],
            cwd=str(ROOT), env=env, pass_fds=[sock.fileno()],
        )
    # Connections are refused until the server listens (it does once the app is loaded).
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60  # imports and a lifespan, on a machine loaded ten times over
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("the server did not start within 60 s")
        time.sleep(0.1)
    return Server(url, store_path, process)


def stop_server(server: Server) -> None:
    server.process.terminate()  # uvicorn shuts down; the lifespan stops the query workers
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


def build_store(path: Path) -> None:
    """The corpus plus the hand-built graph, on disk."""
    ctx = make_context(store=str(path))
    results = loader_for(ctx).load([CORPUS])
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    load_sample(ctx)
    ctx.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("http") / "store"
    build_store(path)
    running = start_server(path)
    yield running
    stop_server(running)
