"""Tests of the extraction rule modules (`loaders.extract.rules`)."""
