"""Quotes (first version: none extracted yet)."""
from __future__ import annotations


def find_quotes(sentence, previous=None):
    return []
