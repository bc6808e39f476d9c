"""The project's vocabulary, SHACL shapes, JSON-LD context and reference data, as files.

This package holds data, not code: the paths below are how the rest of the project finds it.
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
