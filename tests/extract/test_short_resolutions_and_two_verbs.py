"""Two shapes every resolution may take, found by a grid of addressees × verbs:

- A short resolution as Word's plain text gives it, one paragraph a line and no blank line: the
  operative paragraph right under the preamble's last line ("Recalling its resolution 77/12," /
  "Requests the Secretary-General ...") ran into the preamble, and the last paragraph ran into the
  closing "45th plenary meeting" and was read as a heading: its mandate was lost either way
  (`layout.operative_openings`, `layout.closing_meeting_lines`).
- Two verbs of one operative paragraph, each with its addressees: "Invites the Human Rights Council
  and requests the Secretary-General to report" had the Secretary-General invited too, and
  "Requests the Secretary-General, and invites the Human Rights Council, to report" the Council
  requested; the shared task after the second verb's addressees still belongs to both
  (`relate._ADDRESSEE_END`, `relate._SHARED_TASK_AFTER_SECOND_VERB`)."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
OPENING = "Resolution adopted by the General Assembly on 12 December 2030\n85/40. Coastal fisheries\nThe General Assembly,\n"
CLOSING = "45th plenary meeting\n12 December 2030\n"


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _mandates(text: str, registry) -> list[tuple[str, str, str | None]]:
    e = extract(text, source_key="res", registry=registry)
    return sorted(
        (f.relation, f.object.key, f.task)
        for f in e.facts
        if f.relation in ("requests", "invites", "encourages", "establishes") and isinstance(f.object, BodyRef)
    )


@pytest.mark.parametrize(
    "body, relation, key",
    [
        ("Recalling its resolution 77/12,\n1. Requests the Secretary-General to report to it at its eighty-sixth session;\n", "requests", "secretary-general"),
        ("Recalling its resolution 77/12,\nRequests the Secretary-General to report to it at its eighty-sixth session.\n", "requests", "secretary-general"),
        ("Noting the report of the Secretary-General,\nInvites the Human Rights Council to consider the question.\n", "invites", "hrc"),
    ],
)
def test_the_one_operative_paragraph_of_a_short_resolution_is_read(body: str, relation: str, key: str, registry) -> None:
    assert [(rel, k) for rel, k, _ in _mandates(OPENING + body + CLOSING, registry)] == [(relation, key)]


def test_a_wrapped_sentence_ending_on_a_meeting_is_not_cut(registry) -> None:
    text = OPENING + "Recalling its resolution 77/12, adopted at the\n45th plenary meeting.\n1. Requests the Secretary-General to report;\n2. Decides to include the item;\n" + CLOSING
    assert [(rel, k) for rel, k, _ in _mandates(text, registry)] == [("requests", "secretary-general")]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Invites the Human Rights Council and requests the Secretary-General to report to the Assembly",
         [("invites", "hrc"), ("requests", "secretary-general")]),
        ("Requests the Secretary-General, and invites the Human Rights Council, to report to the Assembly",
         [("invites", "hrc"), ("requests", "secretary-general")]),
    ],
)
def test_each_verb_has_its_own_addressees(paragraph: str, expected: list[tuple[str, str]], registry) -> None:
    text = OPENING + "Recalling its resolution 77/12,\n1. Takes note of the report;\n2. " + paragraph + ";\n" + CLOSING
    assert [(rel, k) for rel, k, _ in _mandates(text, registry)] == expected


def test_the_task_after_the_second_verbs_addressees_is_shared(registry) -> None:
    text = OPENING + "Recalling its resolution 77/12,\n1. Takes note of the report;\n2. Requests the Secretary-General, and invites the Human Rights Council, also to report to the Assembly;\n" + CLOSING
    assert ("requests", "secretary-general", "to report to the Assembly") in _mandates(text, registry)
