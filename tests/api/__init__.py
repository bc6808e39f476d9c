"""Tests of the api code."""
