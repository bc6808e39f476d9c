"""A document's words go into the store whatever characters they hold: the load hands each file's
graph to the writer as N-Triples rewritten into N-Quads, and text that looks like N-Triples syntax
inside a literal ("programmes. #+END_QUOTE" of an Org file, a press release's ". #UNTOC", a quote
'" .' or '> .') must neither fail the file nor be read as a comment after a statement."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandate_graph.graph.store.nquads import is_line_per_statement
from mandate_graph.loaders.pipeline import Loader
from tests.conftest import make_context

RESOLUTION = (
    "United Nations CTOC/COP/2033/4\n\nReport of the Conference of the Parties to the United Nations "
    "Convention against Transnational Organized Crime on its sixteenth session\n\n"
    "Resolution 16/2\n\nPorts and borders\n\n"
    "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n\n"
    "Recalling its resolution 9/1,\n\n"
    "1. Requests the secretariat to report to the Conference at its seventeenth session{tail}\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        ". #+END_QUOTE",  # an Org-mode block's end joined to the paragraph it closes
        ". #UNTOC #ports",  # a press release's hashtags
        '. "quoted" . # not a comment',
        ". <https://example.org/a.#b> .",
    ],
)
def test_a_paragraph_ending_in_what_looks_like_a_comment_loads(tail: str, tmp_path: Path) -> None:
    ctx = make_context()
    path = tmp_path / "report.txt"
    path.write_text(RESOLUTION.format(tail=tail), encoding="utf-8")
    result = Loader(ctx.store, ctx.ids, ctx.registry).load([path])[0]
    assert result.ok, result.error
    exported = ctx.store.export("nquads").decode()
    assert "#ports" in exported or "END_QUOTE" in exported or "not a comment" in exported or "a.#b" in exported


def test_a_real_comment_after_a_statement_is_still_refused() -> None:
    # the rewrite would put the graph name into the comment: the writer parses such a text instead
    assert not is_line_per_statement('<a:s> <a:p> "o" . # a comment .\n')
    assert is_line_per_statement('<a:s> <a:p> "o. # no comment" .\n<a:s> <a:p> <a:x.#y> .\n')


_PIECES = st.sampled_from(['"', "\\", ".", " ", "#", "<", ">", " .", ". #", "\n", "x", "Requests the secretariat"])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=30).map("".join))
def test_any_run_of_ntriples_syntax_in_a_paragraph_loads(tmp_path_factory: pytest.TempPathFactory, tail: str) -> None:
    ctx = make_context()
    path = tmp_path_factory.mktemp("nt") / "report.txt"
    path.write_text(RESOLUTION.format(tail=tail), encoding="utf-8")
    result = Loader(ctx.store, ctx.ids, ctx.registry).load([path])[0]
    assert result.ok, result.error
