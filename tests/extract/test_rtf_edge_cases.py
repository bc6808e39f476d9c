"""RTF source's harder corners, read as the document (`export_layouts.rtf_changes`): groups
nested in groups keep their text, ignorable groups (``{\\*\\generator ...}``) and tables of
fonts and colours go, ``\\'e8`` and ``\\u8220?`` are their characters (the fallback character
after ``\\uN`` skipped as ``\\uc`` says), ``\\line`` a line break and ``\\tab`` a tab; evidence
keeps the source's line."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.export_layouts import unwrap_export
from tests.extract.format_readers import BODY, cleaned, points_at
from tests.extract.reference_data import registry_from_turtle

RTF = r"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1 Times;}}{\colortbl;\red0\green0\blue0;}
{\*\generator Writer 7.1;}{\info{\title Resolution}{\author Secretariat}}
\pard\qc{\b Resolution GLF/8/4}\par
\pard The Commission on Great Lakes Fisheries, meeting in Gen\'e8ve,\par
{\i Recalling} its resolution GLF/7/11 {\b\i on the {\ul caf\'e9} network}, and the \uc1\u8220?green\u8221? plan,\par
1.\tab {\i Decides} to review the quotas\line of the lower basin.\par
}"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def test_nested_groups_escapes_and_unicode_read_as_text() -> None:
    text = cleaned(RTF)
    assert "The Commission on Great Lakes Fisheries, meeting in Genève," in text
    assert "Recalling its resolution GLF/7/11 on the café network, and the \u201cgreen\u201d plan," in text
    assert "Decides to review the quotas of the lower basin." in text
    for gone in ("Arial", "Writer", "Secretariat", "\\", "{", "}", "?green"):
        assert gone not in text


def test_a_resolution_in_rtf_points_at_its_line(registry: BodyRegistry) -> None:
    assert points_at(RTF, registry, "GLF/7/11")


@pytest.mark.parametrize("text", ["A path C:\\rtf1\\docs and {braces} in prose.\nNothing else.\n", "The file opens with {\\rtf1 and a brace.\n"])
def test_prose_with_backslashes_stays(text: str) -> None:
    assert unwrap_export(text) == (text, None)
