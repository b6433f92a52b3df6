"""Synthetic corpora for the benchmark and the tests, built from real articles.

Each generated article is one of the source articles (``seeds/`` and any other
folders given) retold by an outlet as part of a *story*: every story has its
own publication date (spread over ten years), its own names (proper nouns are
replaced by invented ones), its own figures (numbers scaled by a factor of the
story) and its own years (every year moved by the same number of years, so the
latest year named is the year of publication); within a story, outlets agree on the figures except that some
numbers are off by 10% (the divergences a checker should find). A seeded
random generator makes the corpus the same on every run.
"""
from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Sequence

OUTLETS = ("CNN", "The New York Times", "AsiaNews", "The Epoch Times", "Reuters", "BBC News", "Al Jazeera",
           "The Guardian", "Le Monde", "Der Spiegel", "Wikinews", "Associated Press")
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])")
_YEAR = re.compile(r"(?<![\w.,])((?:19|20)\d\d)(?![\w,])")
_PROPER = re.compile(r"\b[A-Z][a-z]{3,}\b")
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)
_SYLLABLES = ("ka", "lo", "mi", "ran", "to", "vel", "sa", "dor", "ni", "be", "quo", "zen", "ta", "ri", "mon", "el")


def _sources(folders: Sequence[str | Path]) -> list[str]:
    """Body text of every source article (front matter and header lines left out)."""
    bodies = []
    for folder in folders:
        for p in sorted(Path(folder).rglob("*")):
            if p.suffix not in (".txt", ".md") or p.name.lower().startswith("readme"):
                continue
            text = _FRONT.sub("", p.read_text(encoding="utf-8"))
            lines = [ln for ln in text.splitlines() if not re.match(r"^\s*date \d{4}-\d{2}-\d{2}", ln)]
            bodies.append("\n".join(lines).strip() + "\n")
    return bodies


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _scale_number(token: str, factor: float, years: int = 0) -> str:
    if "," in token:
        value = int(token.replace(",", ""))
        return f"{max(1, round(value * factor)):,}"
    if "." in token:
        decimals = len(token.split(".")[1])
        return f"{float(token) * factor:.{decimals}f}"
    value = int(token)
    if 1900 <= value <= 2100:  # a year: moved with the story
        return str(value + years)
    return str(max(1, round(value * factor)))


class _Story:
    def __init__(self, rng: random.Random, body: str):
        self.body = body
        self.published = date(2014, 1, 1) + timedelta(days=rng.randrange(3650))
        self.factor = rng.uniform(0.5, 2.0)
        names = sorted(set(_PROPER.findall(body)))
        self.names = {n: _name(rng) for n in names if rng.random() < 0.6}
        years = [int(y) for y in _YEAR.findall(body)]
        # the years the article speaks of move with its publication date, so two
        # stories told from one source body are about different years
        self.years = self.published.year - max(years) if years else 0

    def tell(self, rng: random.Random) -> str:
        text = _PROPER.sub(lambda m: self.names.get(m.group(0), m.group(0)), self.body)

        def number(m: re.Match) -> str:
            f = self.factor * (1.1 if rng.random() < 0.05 else 1.0)
            return _scale_number(m.group(1), f, self.years)

        return _NUMBER.sub(number, text)


def make_corpus(out: str | Path, n: int, sources: Sequence[str | Path], seed: int = 7,
                per_story: tuple[int, int] = (2, 8)) -> Path:
    """Write ``n`` articles into ``out`` (front matter: title, outlet, published)."""
    rng = random.Random(seed)
    bodies = _sources(sources)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    i = 0
    story_no = 0
    while i < n:
        story = _Story(rng, bodies[story_no % len(bodies)])
        outlets = rng.sample(OUTLETS, k=min(len(OUTLETS), rng.randint(*per_story)))
        for outlet in outlets:
            if i >= n:
                break
            day = story.published + timedelta(days=rng.randint(0, 2))
            title = f"Story {story_no} as told by {outlet}"
            text = story.tell(rng)
            (out / f"{i:06d}.md").write_text(
                f"---\ntitle: \"{title}\"\noutlet: {outlet}\npublished: {day.isoformat()}\n---\n\n{text}",
                encoding="utf-8")
            i += 1
        story_no += 1
    return out
