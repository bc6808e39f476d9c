"""Two tables of a fascicle of the proposed programme budget as `pdftotext -layout` prints them: the
list of legislative mandates (the instrument's number, then its title at a column, the title wrapped
under itself: "56/227        Third United Nations Conference on the Least Developed" / "Countries" set
at the title's column) and the deliverables table (an entry's text in the first column, wrapped under
itself beside its figures: "2. Report of the Secretary-General on X, which      1    1    1" / "the
Assembly, in its resolution 86/219, requested him to prepare annually").

A title wrapped before a capital used to end at the line break (one wrapped before a lower-case word
was joined), the next line became a heading of its own, and every row after it was read under that
heading, not under "General Assembly resolutions" (no title, no mention); the deliverable's text was cut into a heading and a line run into the figures. Now the
lines set at the title's (the first column's) column go on the row, the figures are no text, and an
entry that tells in a relative clause how it was asked for is read as a sentence."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import key, shipped_registry

_FASCICLE = """\
                                                                         A/79/6 (Sect. 24)
 United Nations
 General Assembly                                                        Distr.: General
                                                                         2 April 2024

 Seventy-ninth session
 Item 136 of the preliminary list*
 Proposed programme budget for 2025

         Section 24
         Human rights

                                   Legislative mandates

 24.6    The list below provides all mandates entrusted to the programme.

         General Assembly resolutions

         48/141             High Commissioner for the promotion and protection of all
                            human rights
         60/251             Human Rights Council
         70/1               Transforming our world: the 2030 Agenda for Sustainable
                            Development
         68/268             Strengthening and enhancing the effective functioning of
                            the human rights treaty body system
         77/211             Effective promotion of the Declaration on the Rights of
                            Persons Belonging to National or Ethnic, Religious and
                            Linguistic Minorities

         Human Rights Council resolutions

         52/14              Promotion and protection of human rights in the context
                            of climate change

                                       Deliverables

         Table 24.1
         Deliverables for the period 2023-2025, by category and subcategory

         Category and subcategory                                         2023    2024    2025
                                                                       planned  actual planned

         Parliamentary documentation (number of documents)                   3       3       3

          1. Report of the High Commissioner on the treaty body system,       1       1       1
             which the Assembly, in paragraph 40 of its resolution 68/268,
             requested her to submit biennially
          2. Report of the Secretary-General on the Declaration on the        1       1       1
             Rights of Minorities, which the Assembly, in its resolution
             77/211, requested him to present at its seventy-ninth session
          3. Note by the Secretariat on the meetings of the treaty bodies    -       -       1

         Substantive services for meetings (number of three-hour             12      12      14
         meetings)

 24.7    The proposed resources for 2025 amount to $1,200,000 before recosting.
"""


def _facts(text: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="test", registry=shipped_registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


@pytest.fixture(scope="module")
def fascicle() -> set[tuple[str, str, str]]:
    return _facts(_FASCICLE)


@pytest.mark.parametrize(
    ("instrument", "title"),
    [
        ("ga/res/48/141", "High Commissioner for the promotion and protection of all human rights"),
        ("ga/res/60/251", "Human Rights Council"),
        # the title wrapped before a capital (a heading of its own before)
        ("ga/res/70/1", "Transforming our world: the 2030 Agenda for Sustainable Development"),
        ("ga/res/68/268", "Strengthening and enhancing the effective functioning of the human rights treaty body system"),
        # three lines, the second and third opening with a capital, the last row of its list
        ("ga/res/77/211", "Effective promotion of the Declaration on the Rights of Persons Belonging to National or Ethnic, "
                          "Religious and Linguistic Minorities"),
        # the next list's issuer, its one row wrapped
        ("hrc/res/52/14", "Promotion and protection of human rights in the context of climate change"),
    ],
)
def test_a_mandates_list_title_wrapped_under_its_column_is_the_rows(fascicle, instrument, title):
    assert ("title", instrument, title) in fascicle
    assert ("mentions", "A/79/6 (Sect. 24)", instrument) in fascicle


def test_a_deliverable_wrapped_beside_its_figures_tells_who_was_asked(fascicle):
    requests = {(s, o) for relation, s, o in fascicle if relation == "requests"}
    assert ("ga/res/68/268", "ohchr/high-commissioner") in requests
    assert ("ga/res/77/211", "secretary-general") in requests


def test_the_figures_are_no_text(fascicle):
    # "requested her to submit biennially" reads on, not into the figures "1 1 1"
    assert not any("1 1 1" in o for _, _, o in fascicle)


def test_a_line_below_a_row_at_another_column_is_no_part_of_it():
    text = _FASCICLE.replace(
        "         60/251             Human Rights Council\n",
        "         60/251             Human Rights Council\n"
        "         The Council reviews its work every five years.\n",
    )
    assert ("title", "ga/res/60/251", "Human Rights Council") in _facts(text)


def test_figures_over_a_blank_line_keep_the_row_alone():
    # "Parliamentary documentation (number of documents)   3   3   3" over a blank line: no text run on
    facts = _facts(_FASCICLE)
    assert not any("Parliamentary documentation" in o for _, _, o in facts)


def test_a_titled_entry_that_tells_nothing_stays_a_heading_of_the_table():
    # no relative clause naming an instrument: the entry is no sentence, and gives no request
    text = _FASCICLE.replace(
        "which the Assembly, in paragraph 40 of its resolution 68/268,\n             requested her to submit biennially",
        "as requested\n             in previous years",
    )
    requests = {(s, o) for relation, s, o in _facts(text) if relation == "requests"}
    assert ("ga/res/68/268", "ohchr/high-commissioner") not in requests
