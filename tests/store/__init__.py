"""Tests of the store code."""
