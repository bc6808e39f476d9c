"""A document's mandate told by reference to what came before, not beside the instrument:

- "In its resolution 84/138, the Assembly requested ... A note (X), prepared in response to that
  request, will be before the Committee": the request of the instrument the sentence before
  named is X's mandate;
- "... has considered the report of the Secretary-General (X). The report was submitted pursuant
  to section XII of resolution 85/263": "the report" is X, named just before;
- "Pursuant to resolution 85/92, the Secretary-General has prepared three reports, which will be
  before the Committee:", then (a), (b), (c): a count of documents announces the list below, as
  "the following documents" does.

Pure functions of a sentence's text; the reader decides which documents and instruments the
words mean."""

from __future__ import annotations

import re

# "(X), prepared in response to that request", "(X), which was submitted pursuant to this
# request", "(X) was prepared in response to the above request": a participle right after a
# symbol whose mandate is the request told before
_SYMBOL_ANSWERS_REQUEST_BEFORE = re.compile(
    r"[)\]]?\s*(?:,\s*(?:which\s+)?|\s+)(?:(?:was|is|were|are|has\s+been|had\s+been|have\s+been)\s+)?(?:also\s+)?"
    # ("had been drawn up in answer to that request", "was compiled in keeping with that request", E145)
    r"(?:(?:prepared|submitted|issued|presented|drawn\s+up|compiled|produced|written)\s+"
    r"(?:in\s+response\s+to|pursuant\s+to|in\s+accordance\s+with|in\s+compliance\s+with|in\s+fulfilment\s+of"
    r"|in\s+answer\s+to|in\s+reply\s+to|in\s+keeping\s+with)"
    # "(X), which responded to the same request", "(X), answering that request": the document's own
    # verb of answering (E176); "(X), which had met (fulfilled) this request" (E177)
    r"|(?:(?:has|had)\s+)?(?:also\s+)?(?:(?:responded|responds|responding|replied|replies|replying)\s+to"
    r"|answered|answers|answering|fulfill?(?:ed|s)|fulfilling|met|meets))\s+"
    r"(?:(?:that|this|the\s+said|the\s+above|the\s+same)\s+(?:request|mandate)\b"
    # "That report (X), prepared in response to the request, will be before …": "the request" with
    # nothing after it that says whose, the one told before (E176)
    r"|the\s+(?:request|mandate)(?=\s*[,;.]|\s*$))"
)
# the sentence before made the request: "requested the Secretary-General to", "the request of",
# "the Assembly had asked the Committee to" (E145)
# ("in which the Council asked me to report": the writer of the report, E176)
_REQUEST_MADE = re.compile(r"\brequest(?:ed|s)?\b|\basked\s+(?:the|its|it|them|me|us)\b")


def answers_request_before(text: str, symbol_end: int) -> bool:
    """Whether the words right after a symbol ending at ``symbol_end`` say that the document was
    prepared in response to the request the text before told ("(X), prepared in response to
    that request")."""
    if "request" not in text[symbol_end : symbol_end + 90] and "mandate" not in text[symbol_end : symbol_end + 90]:
        return False
    return _SYMBOL_ANSWERS_REQUEST_BEFORE.match(text, symbol_end) is not None


# "The present report is submitted accordingly.", "…, and the present report has been prepared in
# response.", "is presented in response thereto": the verb of the document's making with an adverb
# that points back, no request named (E178)
_ANSWERS_UNNAMED = re.compile(
    r"\b(?:is|are|was|were|(?:has|have|had)\s+(?:therefore\s+|also\s+)?been)\s+(?:therefore\s+|also\s+|hereby\s+)?"
    r"(?:prepared|submitted|issued|presented|transmitted)\s+"
    r"(?:accordingly|in\s+response(?:\s+there\s*to)?|pursuant\s+there\s*to|in\s+accordance\s+therewith|in\s+compliance\s+therewith"
    # "This note has been prepared to that end.", "for that purpose": the end the request told (E209)
    r"|to\s+(?:that|this)\s+end|for\s+(?:that|this)\s+purpose)"
    r"(?=\s*(?:[.;]|$))"
    # "The present report is the Secretary-General's response.", "… constitutes his response
    # thereto", "is the response of the Secretariat": the paper named as the answer, no request
    # named (E192)
    r"|\b(?:is|constitutes|represents)\s+(?:therefore\s+|also\s+|hereby\s+)?"
    r"(?:(?:the|a|his|her|its|their|my|our)\s+|(?:the\s+)?[A-Z][\w.-]*(?:[-\s][A-Z][\w.-]*){0,4}['’]s\s+)"
    r"(?:(?:formal|first|initial|further|full|written|comprehensive)\s+)?response"
    r"(?:\s+there\s*to|\s+to\s+(?:it|them|that|this)|\s+of\s+(?:the\s+)?[A-Z][\w.-]*(?:[-\s][A-Z][\w.-]*){0,4})?"
    r"(?=\s*(?:[.;]|$))"
    # "…; this note is that report.", "The present report constitutes the report so requested",
    # "is the requested study": the paper named as the thing the request asked for (E220)
    r"|\b(?:is|constitutes|represents)\s+(?:therefore\s+|also\s+|hereby\s+)?"
    r"(?:that|this|the\s+said|the\s+requested|the\s+(?=(?:[a-z]+\s+){1,2}(?:so\s+)?requested\b))\s*"
    r"(?:(?:annual|progress|written|comprehensive|interim|final)\s+)?(?:report|note|study|paper|document|update|review|assessment|analysis)"
    r"(?:\s+(?:so\s+)?requested)?"
    r"(?=\s*(?:[.;]|$))"
)


def answers_unnamed_request(text: str, start: int, previous: str | None) -> re.Match[str] | None:
    """Where the clause from ``start`` says the document was made "accordingly" or "in response",
    naming no request: only when the words before it in the sentence, or the sentence before,
    told a request ("… requested the Secretary-General to report … The present report is
    submitted accordingly")."""
    if "accordingly" not in text and "response" not in text and "there" not in text and " end" not in text and "purpose" not in text and (
        "is " not in text and "constitutes" not in text and "represents" not in text
    ):
        return None
    found = _ANSWERS_UNNAMED.search(text, start)
    if found is None:
        return None
    if tells_a_request(text[: found.start()]) or previous is not None and tells_a_request(previous):
        return found
    return None


def answers_request_earlier_in_sentence(text: str, symbol_start: int, symbol_end: int) -> bool:
    """Whether the symbol at ``symbol_start``-``symbol_end`` answers a request the same sentence
    told before it: "The Assembly, in its resolution 68/167, had asked the High Commissioner to
    report ...; the first report (X), which answered that request, was before the Council" (E177)."""
    return answers_request_before(text, symbol_end) and tells_a_request(text[:symbol_start])


def tells_a_request(text: str) -> bool:
    """Whether a sentence tells a request ("requested the Secretary-General to report")."""
    return ("request" in text or "asked" in text) and _REQUEST_MADE.search(text) is not None


# "The report was submitted pursuant to", "The note has been prepared in accordance with", "That
# study was issued in response to": a sentence that opens with a document named just before (not
# "the present report" or "this report", the one being read, nor "the report of the Board")
# ("The evaluation report was prepared in response to General Assembly resolution 89/246", a note
# on "the report of OIOS on the evaluation of … (X)": the paper named again by the word of its kind,
# `kind_word`, which the sentence that named it holds)
_KIND_WORDS = (
    r"evaluation|progress|annual|interim|final|background|synthesis|assessment|audit|review|analytical|technical|"
    r"thematic|information|concept|options|discussion|compilation|consolidated|oversight|inspection|feasibility|study"
)
_DOCUMENT_BEFORE_UNDER_MANDATE = re.compile(
    rf"^(?P<head>The|That)\s+(?:(?P<kind_word>{_KIND_WORDS})\s+)?(?P<kind>report|note|document|paper|study)\s+(?:was|is|had\s+been|has\s+been)\s+(?:also\s+)?"
    r"(?:prepared|submitted|issued|presented)\s"
    # the mandate in any of the words `documents.under_mandate` reads, which the callers ask of each
    # instrument ("The note is submitted as mandated by the Commission in paragraph 3 of its
    # resolution 11/2", "The report was prepared in follow-up to", "was submitted to the Council at
    # its twelfth session pursuant to": E209)
)


def opens_with_document_before(text: str) -> re.Match[str] | None:
    """Whether the sentence's subject is a document named before it and its verb gives that
    document a mandate ("The report was submitted pursuant to section XII of resolution ..."); the
    match, whose ``kind_word`` group holds the word of the paper's kind when one stands before the
    noun ("The evaluation report")."""
    return _DOCUMENT_BEFORE_UNDER_MANDATE.match(text)


# "introduced the policy, which had been prepared pursuant to decision 2033/EB.2/4": a paper taken
# up by its kind, the relative clause on it giving its mandate
_PAPER_TAKEN_UP_BY_A_RELATIVE = re.compile(
    r"\bthe\s+(?P<kind>policy|strategy|plan|framework|report|note|evaluation|review|study|paper|proposal|budget|programme)"
    r"\s*,\s*which\s+(?:had|has)\s+been\s+(?:\w+ly\s+)?(?:prepared|drawn\s+up|developed|submitted|presented)\s"
)


def paper_taken_up_by_a_relative(text: str) -> re.Match[str] | None:
    """"the policy, which had been prepared pursuant to ...": the match (its ``kind`` group the
    paper's kind word, its end where the mandate's words start), else None."""
    return _PAPER_TAKEN_UP_BY_A_RELATIVE.search(text) if "which" in text else None


def bare_kind_opening(text: str) -> str | None:
    """"report" for "The report is presented in response to …" (the kind word alone, after "The",
    in the sentence `opens_with_document_before` reads): when the text named no document before
    it, the document being read, if its title is of that kind (E192); else None."""
    found = _DOCUMENT_BEFORE_UNDER_MANDATE.match(text)
    return found["kind"] if found is not None and found["head"] == "The" and found["kind_word"] is None else None


# "has prepared three reports", "issued two notes", "2 information documents": a count of
# documents, which the list below the sentence gives one by one
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])"
_COUNTED_DOCUMENTS = re.compile(
    rf"\b{_COUNT}\s+(?:\w+\s+){{0,2}}?(?:[Nn]otes|documents|reports|papers|studies|publications)\b"
)


def counts_documents(text: str, end: int | None = None) -> bool:
    """Whether the text (up to ``end``) gives a number of documents that a list below it names."""
    return _COUNTED_DOCUMENTS.search(text, 0, len(text) if end is None else end) is not None


# In one sentence (E153): "By the same resolution, the Assembly requested the Secretary-General to
# update ...; the note prepared pursuant to that request (A/87/377) was before ...": the symbol in
# brackets right after "that request", the request told earlier in the sentence
_THAT_REQUEST_THEN_SYMBOL = re.compile(
    r"\b(?:prepared|submitted|issued|presented|drawn\s+up|compiled|produced|written)\s+"
    r"(?:in\s+response\s+to|pursuant\s+to|in\s+accordance\s+with|in\s+compliance\s+with|in\s+fulfilment\s+of"
    r"|in\s+answer\s+to|in\s+reply\s+to)\s+(?:that|this|the\s+said|the\s+above)\s+(?:request|mandate)\s*\(\s*$"
)
# "Its report, submitted in accordance with paragraph 27 of that resolution, is contained in document
# A/87/902", "The note, prepared pursuant to resolution 12/4, is issued as X": a paper set off with its
# mandate, then where it is printed (the mandate is the words between the participle and the comma)
_SET_OFF_UNDER_THEN_PRINTED_IN = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|[Tt]he|[Tt]hat)\s+(?:[\w-]+\s+){0,3}?(?:report|note|study|review|inventory)\s*,\s*"
    r"(?:which\s+(?:was|is|has\s+been)\s+)?(?:prepared|submitted|issued|presented|drawn\s+up|compiled)\s+"
    r"(?:in\s+accordance\s+with|pursuant\s+to|in\s+response\s+to|in\s+compliance\s+with|in\s+fulfilment\s+of|under)\s+"
    r"(?P<mandate>[^,;()]{3,120}?)\s*,\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:contained|issued|reproduced|set\s+out)\s+"
    r"(?:in|as)\s+(?:documents?\s+)?$"
)


def symbol_after_that_request(text: str, symbol_start: int) -> bool:
    """Whether the symbol at ``symbol_start`` is bracketed right after "prepared pursuant to that
    request" and the same sentence told the request before it."""
    if "request" not in text[max(0, symbol_start - 60) : symbol_start] and "mandate" not in text[max(0, symbol_start - 60) : symbol_start]:
        return False
    said = _THAT_REQUEST_THEN_SYMBOL.search(text, max(0, symbol_start - 120), symbol_start)
    return said is not None and said.end() == symbol_start and tells_a_request(text[: said.start()])


def mandate_set_off_before_symbol(text: str, symbol_start: int) -> tuple[int, int] | None:
    """Where the mandate of a paper set off by commas before "is contained in document X" is told
    (start, end), X starting at ``symbol_start``; None when the sentence is not so shaped."""
    if "," not in text[:symbol_start]:
        return None
    found = _SET_OFF_UNDER_THEN_PRINTED_IN.search(text, max(0, symbol_start - 260), symbol_start)
    if found is None or found.end() != symbol_start:
        return None
    return found.start("mandate"), found.end("mandate")


# "(A/89/175), submitted pursuant to resolution 88/254, and … (A/89/176), which responds to paragraph
# 20 of the same resolution": a symbol, then the paper's participle or verb of answering and an
# instrument named back ("the same resolution", "that decision"), the instrument the sentence named
# before the symbol (E200; "this resolution" is left: in a resolution's text it is the resolution)
_SYMBOL_UNDER_INSTRUMENT_NAMED_BACK = re.compile(
    r"[)\]]?\s*,\s*(?:which\s+(?:(?:was|is|were|are|has\s+been|had\s+been|have\s+been)\s+)?)?(?:also\s+)?"
    r"(?:(?:prepared|submitted|issued|presented|drawn\s+up|compiled|produced|written)\s+(?:also\s+)?"
    r"(?:in\s+response\s+to|pursuant\s+to|in\s+accordance\s+with|in\s+compliance\s+with|in\s+fulfilment\s+of"
    r"|in\s+answer\s+to|in\s+reply\s+to|in\s+keeping\s+with|under)"
    r"|(?:responds|responded|responding|replies|replied|replying)\s+to|answers|answered|answering"
    r"|follows\s+up(?:\s+on)?|followed\s+up(?:\s+on)?|gives\s+effect\s+to)\s+"
    r"(?:(?:operative\s+)?(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?(?:\s+(?:and|to)\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?)?\s+of\s+)?"
    r"(?:that\s+same|that|the\s+same|the\s+said|the\s+above-mentioned)\s+(?P<kind>resolution|decision)\b"
)


def instrument_named_back_after_symbol(text: str, symbol_end: int) -> str | None:
    """The kind of instrument ("resolution", "decision") named back as the mandate of the paper
    whose symbol ends at ``symbol_end`` ("(X), which responds to paragraph 20 of the same
    resolution"), or None."""
    if "same" not in text and "that" not in text and "said" not in text and "above" not in text:
        return None
    found = _SYMBOL_UNDER_INSTRUMENT_NAMED_BACK.match(text, symbol_end)
    return found["kind"] if found is not None else None
