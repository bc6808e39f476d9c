"""The title of a text told through its draft: "adopted a draft decision on X (document ...),
which became decision 12/1", "a draft resolution entitled "X" (document ...), which was adopted
as resolution 12/2", "a draft decision on X (document ...), adopting it without a vote as
decision 12/3", "Adopting ... a draft decision on X (document ...), as decision 12/4". A subject
that points back ("on the dates and venue of its thirteenth session") is no title; a draft not
said to become a numbered text titles nothing."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

RELEASE = (
    "Meetings Coverage\n14 March 2031\nENV/DEV/2299\n\nCoastal Commission Ends Session\n\n"
    "NAIROBI, 14 March 2031 — The Commission on Coastal Resilience concluded its twelfth session today.\n\n"
)


@pytest.mark.parametrize("sentence, ref, title", [
    ("The Commission adopted without a vote a draft decision on the programme of work for 2032–2034 (document E/CN.21/2031/L.2), which became decision 12/1, by which it requested the Bureau to report.",
     "ccr/dec/12/1", "the programme of work for 2032–2034"),
    ("Next, it adopted a draft resolution entitled “Storm surge warnings in small islands” (E/CN.21/2031/L.3), which was adopted as resolution 12/2.",
     "ccr/res/12/2", "Storm surge warnings in small islands"),
    ("The Commission then turned to a draft decision on the Committee on Coastal Data (document E/CN.21/2031/L.4), adopting it without a vote as decision 12/3.",
     "ccr/dec/12/3", "the Committee on Coastal Data"),
    ("Adopting by consensus a draft decision on coastal statistics (documents E/CN.21/2031/L.5 and Corr.1), as decision 12/4, the Commission took note of the report.",
     "ccr/dec/12/4", "coastal statistics"),
])
def test_the_draft_gives_the_adopted_text_its_title(sentence: str, ref: str, title: str) -> None:
    assert (ref, title) in facts(RELEASE + sentence + "\n", "title")


@pytest.mark.parametrize("sentence", [
    # the subject points back to what the sentence named: no title of its own
    "Finally, the Commission adopted a draft decision on the dates and venue of its thirteenth session (document E/CN.21/2031/L.6), as decision 12/5.",
    # the draft is not said to become that text
    "The Commission adopted a draft decision on coastal statistics (document E/CN.21/2031/L.6), as orally amended, and recalled decision 12/5.",
])
def test_no_title_from_the_draft(sentence: str) -> None:
    assert not {t for s, t in facts(RELEASE + sentence + "\n", "title") if s == "ccr/dec/12/5"}
