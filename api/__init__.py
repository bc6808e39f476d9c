"""The HTTP service (`api.app`): SPARQL, the JSON API, lineage and linked data. The command line is the `cli` package."""
