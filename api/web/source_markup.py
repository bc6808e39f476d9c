"""A document's text as HTML with every fact's span marked, for the source view.

Spans may nest or overlap (one sentence states several facts), so the text is cut at every
span boundary and each piece is marked with the spans covering it (``data-ev``, the anchors
of their evidence) and its depth (how many cover it, for a darker shade). An empty
``<a id="ev-…">`` at each span's start lets a link land on it without JavaScript.
"""

from __future__ import annotations

from html import escape
from typing import Any

from markupsafe import Markup


def mark_text(text: str, spans: list[dict[str, Any]]) -> Markup:
    valid = [s for s in spans if 0 <= s["start"] < s["end"] <= len(text)]
    cuts = sorted({0, len(text), *(s["start"] for s in valid), *(s["end"] for s in valid)})
    starts: dict[int, list[dict[str, Any]]] = {}
    for s in valid:
        starts.setdefault(s["start"], []).append(s)
    active: list[dict[str, Any]] = []
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [s for s in active if s["end"] > a] + starts.get(a, [])
        for s in starts.get(a, []):
            out.append(f'<a id="{escape(s["anchor"])}" class="anchor"></a>')
        piece = escape(text[a:b])
        if active:
            anchors = " ".join(dict.fromkeys(s["anchor"] for s in active))
            depth = min(len(active), 3)
            out.append(f'<mark class="fact d{depth}" data-ev="{escape(anchors)}" tabindex="0">{piece}</mark>')
        else:
            out.append(piece)
    return Markup("".join(out))
