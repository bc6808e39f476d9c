"""The HTTP tests' server owns its port from the moment it is chosen.

Before, `tests.support.http_server.start_server` chose a free port, closed it, and uvicorn bound
it seconds later (after importing the app); on a machine shared with other test runs and
benchmarks, any process could take the port in between, and the server failed to start or the
tests talked to another server.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

import pytest

from tests.support import http_server


class Spawned(Exception):
    pass


def _port_given(args: list[str], kwargs: dict[str, Any]) -> int:
    """The port the server process is to serve on: an inherited socket's, or ``--port``."""
    for fd in kwargs.get("pass_fds") or ():
        with socket.socket(fileno=os.dup(fd)) as inherited:
            return int(inherited.getsockname()[1])
    return int(args[args.index("--port") + 1])


def test_no_other_process_can_take_the_port_while_the_server_starts(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[bool] = []

    def popen(args: list[str], **kwargs: Any) -> None:
        with socket.socket() as other:  # another process's connection or server, meanwhile
            try:
                other.bind(("127.0.0.1", _port_given(args, kwargs)))
                taken.append(True)
            except OSError:
                taken.append(False)
        raise Spawned

    monkeypatch.setattr(http_server.subprocess, "Popen", popen)
    with pytest.raises(Spawned):
        http_server.start_server(tmp_path / "store")
    assert taken == [False]
