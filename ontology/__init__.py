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
# Shipped reference data read on evidence: loaded by default, but its bodies are read as a user's
# reference file's are, by their short names, abbreviations and series only in a document that
# gives evidence of their organisation (E152). The principal organs and the crime convention's
# bodies (``REFERENCE_DIR`` itself) are read everywhere.
ON_EVIDENCE_DIR = REFERENCE_DIR / "on-evidence"


def core_reference_files() -> list[Path]:
    """The shipped reference data read in every document (the principal organs, UNTOC's bodies,
    the shipped addressees and numbering)."""
    return sorted(REFERENCE_DIR.glob("*.ttl"))


def on_evidence_reference_files() -> list[Path]:
    """The shipped reference data read, like a user's file, only on evidence of its organisation."""
    return sorted(ON_EVIDENCE_DIR.glob("*.ttl"))


def reference_files() -> list[Path]:
    """The reference data shipped with the product (bodies and their names), loaded by default:
    the core first, then the data read on evidence."""
    return core_reference_files() + on_evidence_reference_files()
