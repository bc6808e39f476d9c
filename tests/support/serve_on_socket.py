"""The test server's process: uvicorn serving `api.app.create_app` on a socket it inherits.

``python -m tests.support.serve_on_socket FD``: FD is a TCP socket the parent bound to a free
port (`tests.support.http_server.start_server`). Choosing a free port and letting uvicorn bind
it later leaves the port free meanwhile (seconds on a loaded machine: uvicorn binds after
importing the app), and on a machine shared with other test runs and benchmarks another
process's connection or server can take it; the server then fails to start, or the tests talk
to someone else's. Bound by the parent, the port is this server's from the start.
"""

from __future__ import annotations

import socket
import sys

import uvicorn


def main() -> None:
    sock = socket.socket(fileno=int(sys.argv[1]))  # family and type read from the socket itself
    # As `mandates serve` runs it: no access log (its lines are INFO, under the level: only their
    # arguments were formatted, ~2 µs a request).
    config = uvicorn.Config("mandate_graph.api.app:create_app", factory=True, log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
