"""Tests of the cli code."""
