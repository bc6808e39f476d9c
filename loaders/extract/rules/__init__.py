"""Sentence rules, one module per family of facts: pure functions of a sentence's text that
say where a relation is stated; the reader (`loaders.extract.relate`) decides which entities
the words mean."""
