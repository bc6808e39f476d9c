"""Stores, identifiers, reference data and lineage: everything that knows about the graph."""
