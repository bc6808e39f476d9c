"""The project's vocabulary, SHACL shapes, JSON-LD context and reference data, as files;
and the one relation table (`ontology.relations`), the vocabulary's relations as data for code.

Mostly data, not code: the paths below are how the rest of the project finds the files.
"""

from pathlib import Path

HERE = Path(__file__).parent
VOCABULARY = HERE / "mandates.ttl"
SHAPES = HERE / "shapes.ttl"
JSONLD_CONTEXT = HERE / "context.jsonld"
REFERENCE_DIR = HERE / "reference"


def reference_files() -> list[Path]:
    """The reference data shipped with the product (bodies and their names)."""
    return sorted(REFERENCE_DIR.glob("*.ttl"))
