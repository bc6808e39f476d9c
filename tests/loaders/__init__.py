"""Tests of the loaders code."""
