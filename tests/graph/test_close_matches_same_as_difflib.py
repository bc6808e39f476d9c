"""The close matches a failed resolution offers are difflib's (`difflib.get_close_matches`),
computed with fewer ratios (`graph.resolve._close_matches`): the same names, in the same order,
for texts and names that vary in length, letters, repeats and ties."""

from __future__ import annotations

import difflib
import random

from mandate_graph.graph.resolve import _close_matches


def test_the_same_names_as_difflib_in_the_same_order() -> None:
    rng = random.Random(32)
    for letters in ("ab", "abcde fg", "working group on firearms/0123"):
        for _ in range(800):
            word = "".join(rng.choice(letters) for _ in range(rng.randint(0, 14)))
            names = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 18))) for _ in range(rng.randint(0, 80))]
            n = rng.randint(1, 8)
            assert _close_matches(word, names, n) == difflib.get_close_matches(word, names, n=n, cutoff=0.6), (word, n)
