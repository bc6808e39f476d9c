"""Documents in, triples out: reading files, extracting facts, emitting RDF, loading the store."""
