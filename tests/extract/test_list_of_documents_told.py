"""A paragraph that tells of the list of a gathering's documents and names them in its next
sentence (E202): "The list of documents before the Council at its sixtieth session is available on
its extranet. It includes the report ... (X) and the note ... (Y)": X and Y were before that session
(`submittedTo`). Near misses: the next sentence in another paragraph, a list of speakers, a list
said without a gathering."""

from __future__ import annotations

from tests.extract.phrasing import in_sg_report


def _before(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "submittedTo") - {("A/79/400", "ga#79")}


def test_it_includes_names_the_lists_documents() -> None:
    found = _before(
        "The list of documents before the Human Rights Council at its sixtieth session is available on its "
        "extranet. It includes the report of the High Commissioner on the session's theme (A/HRC/60/12) and "
        "the note by the secretariat on its programme of work (A/HRC/60/1)."
    )
    assert {("A/HRC/60/12", "hrc#60"), ("A/HRC/60/1", "hrc#60")} <= found


def test_other_words_for_the_list_and_its_contents() -> None:
    found = _before(
        "The full list of the documents considered by the Economic and Social Council at its 2031 management "
        "segment and at its seventy-second session is posted online. It also comprised the report of the "
        "Committee for Programme and Coordination (E/2031/16)."
    )
    assert ("E/2031/16", "ecosoc#72") in found


def test_no_list_of_documents_no_fact() -> None:
    found = _before(
        "The list of speakers before the Human Rights Council at its sixtieth session is available on its "
        "extranet. It includes the author of the report (A/HRC/60/12)."
    )
    assert ("A/HRC/60/12", "hrc#60") not in found


def test_a_list_without_a_gathering_names_no_receiver() -> None:
    found = _before(
        "The list of documents before the Human Rights Council is available on its extranet. It includes the "
        "report of the High Commissioner (A/HRC/60/12)."
    )
    assert not any(doc == "A/HRC/60/12" for doc, _ in found)


def test_it_in_the_next_paragraph_is_no_list() -> None:
    found = _before(
        "The list of documents before the Human Rights Council at its sixtieth session is available on its "
        "extranet.\n\n2. It includes the report of the High Commissioner (A/HRC/60/12)."
    )
    assert ("A/HRC/60/12", "hrc#60") not in found
