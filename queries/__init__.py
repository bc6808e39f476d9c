"""Named SPARQL queries, one `.rq` file each. See `graph.named_queries` for the loader."""

from pathlib import Path

QUERIES_DIR = Path(__file__).parent
