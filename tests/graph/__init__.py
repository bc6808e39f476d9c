"""Tests of the graph code."""
