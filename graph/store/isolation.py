"""Cut a process off the network: the kernel's half of the network guard (`graph.store.guard`).

A query worker runs user queries on Oxigraph, whose SERVICE client would fetch any URL. The
parser guard refuses such queries before they are sent; as a second wall the worker moves
itself into a network namespace of its own, where no interface is up, so a query that a parser
disagreement let through still reaches nothing.
"""

from __future__ import annotations

import ctypes
import os

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def isolate_from_network() -> bool:
    """Move this process into a network namespace of its own, with no interface up.

    Called by a query worker before it opens the store; a single-threaded process may do this
    (as root, or through an unprivileged user namespace where the kernel allows one). Returns
    whether it worked: where it does not, the parser guard stands alone.
    """
    if not hasattr(os, "fork") or not os.path.exists("/proc/self/ns/net"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    for flags in (_CLONE_NEWNET, _CLONE_NEWUSER | _CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return True
    return False
