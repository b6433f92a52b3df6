"""Event claims (first version: none extracted yet)."""
from __future__ import annotations


def extract_events(sentence, published, entities, event_types, *, context_actors=()):
    return []


def resolve_entities(text, entities):
    return []
