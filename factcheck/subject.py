"""What a quantity measures, and whether it is worth checking.

``subject_of`` returns a short normalized phrase (lowercase, determiners and
numbers dropped, possessives folded: "Russia's" -> "russia") that another
outlet's wording of the same thing should fuzzy-match.  It uses shallow
syntax only, no lists of topics:

1. a share: "a quarter of Russia's total imports" -> the clause subject, then
   "share of" and the noun phrase after "of";
2. a change: "Russia's exports to China soared by 23%" -> the noun phrase
   before the change verb;
3. a count: "killed 12 people" / "12 people were killed" -> noun + verb;
4. "of": "reconquest ... of 6,000 square kilometers" -> the noun phrase
   before "of";
5. otherwise the noun after the figure ("a $300 million contract"), or the
   clause subject and verb.

Before these: an age in commas after a name ("Daniel Kovac, 41,": "daniel
kovac age"); with a change, what a verb of change with an object changed
("raised its benchmark rate by 25 basis points": "benchmark rate"); with a
count, the named subject of its verb ("Chega won 48 seats").

>>> from factcheck.numbers import find_quantities
>>> s = "China accounted for more than a quarter of Russia's total imports."
>>> subject_of(s, find_quantities(s)[0])
'china share of russia total imports'
>>> s = "Russia's exports to China soared by 23% in the first half."
>>> subject_of(s, find_quantities(s)[0])
'russia exports to china'
>>> s = "The storm killed at least 12 people in the region."
>>> subject_of(s, find_quantities(s)[0])
'person killed'
"""
from __future__ import annotations


from factcheck import regexstore
from factcheck import units as _units
from factcheck.lexicon import CHANGE_NOUNS, NOT_GERUNDS, lemma, lexicon
from factcheck.numparse import FRACTIONS, SCALES, SMALL
from factcheck.numchange import RAISED
from factcheck.when import MONTHS, WEEKDAYS

# an abbreviation's period stays with it when a lowercase word follows ("Apple Inc. rose"); initials
# with dots are one token ("U.S.")
_TOKEN = regexstore.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w'’\-]*(?:\.(?=\s+[a-z]))?|\d(?:\w|[,.](?=\w))*(?:['’]s\b)?%?|[^\w\s]")
_DETERMINERS = frozenset(
    "the a an this that these those its their his her our my your some any such another "
    "only just nearly almost about around roughly more less than over same".split()
)
_STOP = frozenset(
    """is are was were be been being has have had will would could should can may might must do does did
    said says say told according and but or while that which who whom as when after before because since
    if although though than in on at by for from with into during over under about between through against
    until amid among across per whereas where within""".split()
)
_AUX = frozenset("is are was were be been being has have had will would could should can may might did do does "
                 "also still already".split())
_ADVERB_AUX = frozenset({"also", "still", "already"})
#: auxiliaries and modals before a verb: "has won 12 medals", "must sell 210 of its shops"
_VERB_AUX = (_AUX - _ADVERB_AUX) | {"must", "shall"}


def _after_auxiliary(toks, k: int) -> bool:
    """Whether the word at ``k`` follows an auxiliary or a modal, past "also", "still", "already"
    ("will also sell 120 shops"): a verb."""
    j = k - 1
    while j >= 1 and toks[j][0].lower() in _ADVERB_AUX:
        j -= 1
    return j >= 0 and toks[j][0].lower() in _VERB_AUX


#: verbs of having or employing before a count: the count is the named subject's own
_HAVING_VERBS = frozenset("has have employs employ owns operates runs counts numbers houses".split())
_MEASURE_ADJ = frozenset("thick long high tall wide deep old away across deep heavy effective accurate".split())
#: comparatives that state what a figure measures when nothing follows them ("was 38% lower")
_COMPARATIVES = frozenset("lower higher smaller larger bigger greater fewer less more cheaper costlier "
                          "faster slower".split())
#: comparatives that are also "additional" after a count ("dozens more"): of percentages only
_MORE = frozenset("more less fewer".split())
_ADVERBS = frozenset("yesterday today tomorrow respectively each apiece overall annually yearly alone "
                     "now ago earlier later".split())
_TIME_WORDS = frozenset("days weeks months years quarters hours decades day week month year quarter".split())
_SHARE_VERBS = frozenset("accounted account accounts made make makes represented represents represent "
                         "comprised comprise took take takes won win wins got gets received receives secured "
                         "secures captured captures garnered polled held holds".split())


def _tokens(sentence: str) -> list[tuple[str, int, int]]:
    """The tokens of ``sentence`` (not to be modified: the last sentence's are
    kept, as every figure of a sentence asks for them twice)."""
    if _LAST_TOKENS[0] == sentence:
        return _LAST_TOKENS[1]
    toks = [(m[0], *m.span()) for m in _TOKEN.finditer(sentence)]
    _LAST_TOKENS[:] = (sentence, toks)
    return toks


_LAST_TOKENS: list = [None, []]


#: a period written as a modifier of the measured noun ("second-quarter revenue",
#: "full-year profit", "quarterly sales"): the claim's period, not its subject
_PERIOD_MODIFIER = regexstore.compile(r"(?:(?:first|second|third|fourth|final|fiscal|full|half)-)?"
                              r"(?:quarter|half|year|month|week)(?:ly)?|quarterly|annual|q[1-4]")
#: days and months: when a figure was, not what it measures ("may" and "march" are verbs too)
_DAY_WORDS = (frozenset(WEEKDAYS) | {m for m in MONTHS if len(m) > 3 and m not in ("march", "sept")}
              | {"today", "yesterday", "tomorrow", "tonight"})
_LEADING_PREPOSITIONS = frozenset("in on at by for from with into during of to".split())


#: adverbs that never tell what a figure measures ("The region now holds 32% of ..."), left out of a
#: subject that keeps two words or more without them
_FILLER = frozenset("now currently presently still already".split())


def norm_words(words: list[str]) -> str:
    """Words as a subject holds them: lowercased, determiners, figures and days left out."""
    return _norm_words(words)


def _norm_words(words: list[str]) -> str:
    out = []
    prev = ""
    for raw in words:
        w = raw.lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
            if w in ("country", "nation"):
                w = "national"  # "the country's population" is the national population
        w = w.strip("'-.")
        if "." in w and len(w) <= 5:
            w = w.replace(".", "")  # "U.S." is "us"
        label = prev[:1].isupper() and w.isdigit() and raw.endswith(("'s", "’s"))  # "the Pixel 8's price"
        prev = raw
        if not w or w in _DETERMINERS or not w[0].isalnum():
            continue
        if ("-" in w or w in ("quarterly", "annual", "q1", "q2", "q3", "q4")) and _PERIOD_MODIFIER.fullmatch(w):
            continue  # "second-quarter revenue": revenue
        if not out and w in _LEADING_PREPOSITIONS:
            continue  # "in second-quarter revenue"
        if w in _DAY_WORDS:  # "the EU on Thursday fined": the claim's date, not its subject
            if out and out[-1] in ("on", "in", "last", "this", "next", "since", "by"):
                out.pop()
            continue
        if w[0].isdigit() and not label and not (w.isalnum() and any(ch.isalpha() for ch in w)):
            continue  # a figure, but keep model names such as "3gs" or "5g"
        out.append(w)
    if len(out) > 2 and any(w in _FILLER for w in out):
        kept = [w for w in out if w not in _FILLER]
        out = kept if len(kept) >= 2 else out  # "now lasted" keeps its "now": "lasted" alone says nothing
    return " ".join(out[:7])


_OF_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})


def _np_after(toks, i: int, limit: int = 6) -> list[str]:
    words = []
    while i < len(toks) and len(words) < limit:
        w = toks[i][0]
        lw = w.lower()
        if not w[0].isalnum() or lw in _STOP or (lw in lexicon().up or lw in lexicon().down) and words:
            break
        words.append(w)
        i += 1
    if len(words) >= 2 and words[-2].lower() == "of" and words[-1].lower() in _OF_DETERMINERS:
        words.pop()  # "a 48 per cent share of the (mobile market)": not cut after "of the"
    if words and words[-1].lower() == "of":  # "a 38% lower risk of (dementia)": not cut after "of"
        if i < len(toks) and toks[i][0].lower() in _OF_DETERMINERS:
            i += 1
        more = _np_after(toks, i, 3)
        words = words + more if more else words[:-1]
    return words


#: what may stand between a share's noun and its verb: a place after "in", "across" or "at" ("in the
#: region", "across Aldmoor"), auxiliaries and adverbs
_SHARE_PLACE = frozenset("in across at throughout".split())
_SHARE_GAP = frozenset("have has had are were is was be been being will would now already still only also fully "
                       "not yet".split())


def _share_did(toks, i: int) -> str | None:
    """What the share's noun, its words from token ``i``, did or had done to
    it, told right after it: "81% of children in the region have received
    both doses" -> "received" (a share of children names no measured thing
    of its own); None when no such verb follows."""
    while i < len(toks) and toks[i][0][:1].isalnum() and toks[i][0].lower() not in _STOP:
        i += 1  # past the noun phrase
    lex = lexicon()
    place = False
    for j in range(i, min(len(toks), i + 8)):
        w = toks[j][0].lower()
        if len(w) > 4 and w.endswith("ed") or w in lex.past_verbs:
            return w
        if w in _SHARE_PLACE:
            place = True
        elif w in _SHARE_GAP:
            place = False
        elif not (place and toks[j][0][:1].isalnum()):
            return None
    return None


def _np_before(toks, i: int, limit: int = 6) -> list[str]:
    """Noun phrase ending right before token ``i`` (exclusive), back to an
    indefinite article ("paying the club a fixed fee (of ...)": "fixed fee";
    "the smaller model keeps the same price (of ...)" keeps whose price it is)."""
    words = []
    j = i - 1
    while j >= 0 and len(words) < limit:
        w = toks[j][0]
        lw = w.lower()
        if not w[0].isalnum() or lw in _STOP or lw in lexicon().up or lw in lexicon().down:
            break
        if len(lw) > 4 and lw.endswith("ing") and j > 0 and toks[j - 1][0] == "," and lw not in NOT_GERUNDS:
            break  # "72,300 emigrated, leaving net migration (of 35,100)": the clause's verb
        words.append(w)
        if lw in _NP_OPENERS and len(words) > 1:
            break
        j -= 1
    return words[::-1]


#: articles that open a new noun phrase: nothing before them belongs to it
_NP_OPENERS = frozenset(("a", "an"))


#: nouns that only say how many ("a total of 185 rescuers", "dozens of"): no subject of their own
_AMOUNT_WORDS = frozenset(SMALL) | frozenset("""total number numbers handful dozens hundreds thousands millions tens
lot lots majority minority minimum maximum average estimated estimate upwards excess sum figure count tally a an the some
its their his her our""".split())


#: the words a hedge or an article puts between "of" and its figure ("of more than nine points")
_HEDGE_GLUE = frozenset("""more than less fewer about around roughly some nearly almost over under at least up to
just approximately an a the estimated close as many much only""".split())


def _inside_number(word: str) -> bool:
    lw = word.lower()
    return lw in ("percent", "percentage", "points", "point", "million", "billion", "trillion", "bn", "m",
                  "per", "cent", "dollars", "euros", "yuan")


def _past_figure(toks, i: int) -> int:
    """Where the noun starts after "of" when a figure stands before it: "a quarter of the $4.2 billion cost"
    (the cost's figure is not what the share is of); ``i`` itself when none does."""
    j = i + 1 if i < len(toks) and toks[i][0].lower() in _OF_DETERMINERS else i
    k = j
    while k < len(toks) and (toks[k][0] in ("$", "€", "£", "¥") or toks[k][0][0].isdigit()
                             or _inside_number(toks[k][0])):
        k += 1
    return k if k > j and k < len(toks) and toks[k][0][0].isalpha() else i


def _index_at(toks, pos: int) -> int:
    for k, (_, s, e) in enumerate(toks):
        if s >= pos:
            return k
    return len(toks)


_CLAUSE_STOP = _STOP - frozenset("in on at by for from with into during over under about between through against "
                                  "until amid among across per".split())


def _clause_subject(toks, verb_index: int) -> str:
    """The noun phrase before a verb, prepositional modifiers included."""
    return _norm_words(_clause_subject_words(toks, verb_index)[0])


def _named_subject(toks, verb_index: int) -> str:
    """The subject of a verb when it holds a name ("The Socialist Party, which
    had governed since 2015, won"; "Chega won"), else "": who won the seats
    tells two counts of one kind apart; "The storm killed" and "Floods
    killed", told of one disaster, do not."""
    words, first = _clause_subject_words(toks, verb_index)
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() in _TIME_WORDS), default=0)
    if cut:  # "During the first quarter of the financial year Apple Inc. sold": Apple Inc.
        words, first = words[cut:], first + cut
    if words and words[0].lower() in _PRONOUNS:
        return ""
    named = any(w[:1].isupper() for w in words[1:]) or (
        words and words[0][:1].isupper() and (first > 0 or (len(words) == 1 and not words[0].endswith("s"))))
    return _norm_words(words) if named else ""


#: verbs of a change whose object is the count of what changed: "cut 1,200 jobs", "shed 300 staff"
_COUNT_CHANGES = frozenset("cut cuts cutting slashed slashes slashing shed sheds shedding axed axes axing "
                           "added adds adding lost loses losing gained gains gaining".split())
#: words before a figure that make it a part of what follows "of": "the first three days of the strike"
_PART_ORDINALS = frozenset(("first", "last", "final", "opening", "initial", "past", "next", "remaining"))
#: the prepositions a stretch of time hangs on: "on 87 days", "for 12 hours", "over three weeks"
_SPAN_PREPOSITIONS = frozenset(("on", "for", "over", "during", "in"))


def _of_before_figure(toks, at: int) -> int | None:
    """The index of the "of" that the figure at ``at`` hangs on ("a limit of
    about 50", "a fine of $5,000"), else None."""
    p = at - 1
    while p >= 0 and (toks[p][0] in ("$", "€", "£") or toks[p][0].lower() in _HEDGE_GLUE):
        p -= 1
    if p < 1 or toks[p][0].lower() != "of" or not toks[p - 1][0][:1].isalpha():
        return None
    head = toks[p - 1][0].lower()  # a noun the subject goes on with: not "a rise of", "the end of"
    lex = lexicon()
    if head in _CLAUSE_STOP or head in lex.up or head in lex.down or head in _STOP or head in _AMOUNT_WORDS:
        return None
    return p


def _named_aside(toks, k: int, j: int) -> bool:
    """Whether the words between the commas at ``k`` and ``j`` name who the
    lowercase noun before them is: "the outgoing prime minister, Anton Vessel,"."""
    return k > 0 and toks[k - 1][0][:1].islower() and toks[k - 1][0].isalpha() and j - k - 1 <= 4 \
        and all(t[0][:1].isupper() for t in toks[k + 1:j])


def _clause_subject_words(toks, verb_index: int) -> tuple[list[str], int]:
    """The words of :func:`_clause_subject`, as written, and the index of the first."""
    words = []
    j = verb_index - 1
    while j >= 0 and toks[j][0].lower() in _AUX:
        j -= 1  # "imports are down": skip the auxiliary
    if j >= 2 and toks[j][0].lower() in ("which", "who", "that") and toks[j - 1][0] == ",":
        j -= 2  # "inflation, which was 2.7 percent": what the relative clause is told of
        while j >= 0 and (toks[j][0][0].isdigit() or _inside_number(toks[j][0]) or toks[j][0] in ("$", "€", "£")):
            j -= 1  # "a fixed fee of 80 million euros, which could rise to 95 million euros": the fee
        if j >= 1 and toks[j][0].lower() == "of":
            j -= 1
    skipped = False
    for _ in range(3):  # "Core inflation, which excludes energy, eased": past the aside;
        # "Marcus Feld, 52, from Weybridge in Surrey, was sentenced": past each
        if not (j > 0 and toks[j][0] == ","):
            break
        k = next((k for k in range(j - 1, max(-1, j - 12), -1) if toks[k][0] == ","), None)
        if k is None or k + 1 >= j or not (_ASIDE_START.match(toks[k + 1][0]) or _named_aside(toks, k, j) or (
                k + 2 == j and toks[k + 1][0].isdigit() and len(toks[k + 1][0]) <= 3) or (
                toks[k + 1][0].lower() in ("from", "of", "aged") and k > 0 and (toks[k - 1][0][:1].isupper()
                                                                              or toks[k - 1][0].isdigit()))):
            break
        j, skipped = k, True  # at the comma that opens the aside
    if skipped:
        j -= 1
    counted = 0  # words of the subject; a day or month and its preposition do not count ("sold in June")
    while j >= 0 and counted < 8:
        w = toks[j][0]
        lw = w.lower()
        if j >= 3 and lw in _AGE_TAIL and toks[j - 1][0].lower() in ("and", "or") and toks[j - 2][0].isdigit() \
                and toks[j - 3][0].lower() in ("aged", "age"):
            words += [toks[k][0] for k in range(j, j - 4, -1)]  # "people aged 65 and over": one phrase
            counted += 4
            j -= 4
            continue
        model_name = w[0].isdigit() and (any(ch.isalpha() for ch in w.rstrip("'’s")) or w.endswith(("'s", "’s"))) \
            and j > 0 and toks[j - 1][0][:1].isupper()  # "the iPhone 3GS's price", "the Pixel 8's price"
        year = not words and len(w) == 4 and w.isdigit() and j > 0 and toks[j - 1][0].lower() in (
            "of", "in", "for", "during") and toks[j + 1][0].lower() not in _CHANGE_NOUNS  # "Sales in 2023 reached"
        if w == "-" and words and words[-1][:1].isalpha() and j > 0 and toks[j - 1][0].isdigit() \
                and toks[j - 1][2] == toks[j][1] and toks[j][2] == toks[j + 1][1]:
            words[-1] = f"{toks[j - 1][0]}-{words[-1]}"  # "a 40-foot container": a modifier of the noun
            j -= 2
            continue
        if w[0].isdigit() and not (model_name or year) and len(words) <= 4 \
                and all(x[:1].islower() for x in words) and (of := _of_before_figure(toks, j)) is not None:
            words, counted, j = [], 0, of - 1  # "The daily limit of 50 micrograms per cubic metre was exceeded",
            continue  # "a fine of $5,000 was imposed": what is of that figure, not its unit
        if not (w[0].isalpha() or model_name or year) or lw in _CLAUSE_STOP \
                or ((lw in lexicon().up or lw in lexicon().down) and lw not in _MEASURE_CHANGES) \
                or (words and lw in _FORECASTS):  # "the report projects inflation falling to 4.9%": inflation
            break
        if (lw in SMALL or lw in SCALES) and j + 1 < len(toks) and toks[j + 1][0].lower() in _TIME_WORDS:
            # "Exports in the first nine months of 2024 totalled": past the period to the noun it is of
            p = next((p for p in range(j - 1, max(-1, j - 4), -1)
                      if toks[p][0].lower() in ("in", "for", "during", "over")), None)
            if p is None or p == 0 or not all(t[0].lower() in _PERIOD_WORDS for t in toks[p + 1:j]) \
                    or _period_phrase([t[0] for t in toks[p:j]] + words[::-1]) != 0:
                break  # "in the first nine months of this year, exports ...": the period opens the clause
            words, j = [], p - 1
            continue
        words.append(w)
        if lw not in _DAY_WORDS and not (lw in ("in", "on") and words[-2:-1] and words[-2].lower() in _DAY_WORDS):
            counted += 1
        j -= 1
    words.reverse()
    if len(words) == 1 and words[0].lower() in ("it", "they") and j >= 1:
        v = j - 1 if toks[j][0].lower() == "that" else j
        if v >= 1 and toks[v][0].lower() in _SAID_OF_ITSELF:  # "The company said it would cut": the company
            said, at = _clause_subject_words(toks, v)
            if said and said[0].lower() not in _PRONOUNS:
                return said, at
    cut = _period_phrase(words)
    if cut is not None:  # "Revenue for the three months to September came in at": revenue
        words = words[:cut]
        if not words and j >= 0 and toks[j][0][0].isalpha() and toks[j][0].lower() not in _CLAUSE_STOP \
                and (j == 0 or not toks[j - 1][0][0].isalpha() or toks[j - 1][0].lower() in _DETERMINERS):
            words, j = [toks[j][0]], j - 1  # "Growth for the first half of the year averaged 4.6%": growth
    return words, j + 1


#: verbs that tell a forecast of what follows them: "projects inflation falling to", "expects prices to rise"
_FORECASTS = frozenset("projects forecasts expects predicts estimates anticipates sees".split())
#: words of change that name the measure a clause is about ("bank lending growth fell to 6.8%"):
#: the subject goes on through them
_MEASURE_CHANGES = frozenset(("growth", "contraction", "acceleration", "slowdown", "deceleration"))
#: what ends an age span in a subject: "aged 65 and over"
_AGE_TAIL = frozenset(("over", "older", "above", "under", "younger", "below"))
#: nouns of change, which a year before them qualifies ("its forecast for 2025 growth")
_CHANGE_NOUNS = frozenset(CHANGE_NOUNS) | {"inflation"}
#: the words of a period told inside a subject: "for the first half of the year", "in the three months to June"
_PERIOD_WORDS = frozenset("the this that last past previous next latest first second third fourth final half of end "
                          "to through ended ending fiscal financial calendar its their".split()) | _TIME_WORDS \
    | frozenset(SMALL) | frozenset(MONTHS)


def _period_phrase(words: list[str]) -> int | None:
    """Where a period told after the subject's noun starts in ``words`` ("in
    the first half of the year"), when the subject's words end with one."""
    for p in range(len(words) - 2, -1, -1):
        if words[p].lower() in ("for", "in", "during", "over", "through"):
            rest = [w.lower() for w in words[p + 1:]]
            if all(w in _PERIOD_WORDS or (w.isdigit() and len(w) == 4) for w in rest) \
                    and any(w in _TIME_WORDS or w == "half" or (w.isdigit() and len(w) == 4) for w in rest):
                return p
            return None
    return None


def _name_ending(toks, last: int) -> str:
    """The capitalised words (up to four) ending at token ``last``, as a subject holds them."""
    j = last
    while j > 0 and last - j < 3 and toks[j - 1][0][:1].isupper() and toks[j - 1][0].isalpha():
        j -= 1
    return _norm_words([t[0] for t in toks[j:last + 1]])


#: capitalised words that open a sentence before a comma and name nothing ("However, a crowd of")
_NOT_NAMES = frozenset("however meanwhile instead still yet today yesterday tomorrow now then there here also "
                       "overall elsewhere separately nationally locally".split())


def _own_part(toks, after: int) -> bool:
    """Whether the figure ending at ``after`` counts a part of what its
    clause's subject owns: "140 of its own flights", "of their own staff"."""
    return after + 2 < len(toks) and toks[after][0].lower() == "of" \
        and toks[after + 1][0].lower() in ("its", "their", "his", "her", "our") and toks[after + 2][0].lower() == "own"


def _named_before(toks, det: int) -> str | None:
    """The name an appositive that opens at the article ``det`` describes:
    "Dumrel, (a) market town of about 42,000 people" -> "dumrel"; None when the
    article does not follow a capitalised word and a comma."""
    if det < 2 or toks[det][0].lower() not in ("a", "an") or toks[det - 1][0] != "," \
            or not toks[det - 2][0][:1].isupper() or not toks[det - 2][0].isalpha() \
            or toks[det - 2][0].lower() in _NOT_NAMES or toks[det - 2][0].lower() in _STOP:
        return None
    return _name_ending(toks, det - 2)


def _age_of(toks, first: int, after: int, k: int, gov: str) -> str:
    """Whose age a figure is: "Van Dijkstra, a 23-year-old striker" -> "van
    dijkstra age"; "a 34-year-old man", "a man aged 34" -> "man age"; "age"
    alone when it refers back to someone named before ("The 23-year-old
    striker has signed", "died at the age of 56": see extract._whose_age)."""
    det = toks[first - 1][0].lower() if first >= 1 else ""
    named = _named_before(toks, first - 1) if first >= 1 else None
    if named:
        return f"{named} age"  # an appositive after a name
    if gov == "aged" and k >= 2 and toks[k - 1][0] == "," and toks[k - 2][0][:1].isupper():  # "Jobs, aged 55,"
        return f"{_name_ending(toks, k - 2)} age"
    if gov == "aged" and k >= 1:  # "a man aged 34"; "has died aged 100": the person named before
        np = _np_before(toks, k, 3)
        return f"{_norm_words(np)} age".strip() if np and not np[0][:1].isupper() \
            and not np[-1].lower().endswith("ed") else "age"
    if det in ("a", "an") and after < len(toks) and toks[after][0][:1].islower():
        noun = _np_after(toks, after, 2)
        if noun:
            return f"{_norm_words(noun)} age"
    return "age"


def _lead_subject(toks, end: int) -> str:
    """The subject of the clause that ends at token ``end`` (a comma): the
    words before its first verb ("Imports reached $35.1 billion, up 18.4%")."""
    lex = lexicon()
    start = end
    while start > 0 and toks[start - 1][0] not in (",", ";", ":", "(", "—", "–"):
        start -= 1
    for j in range(start + 1, end):
        w = toks[j][0].lower()
        if w in _AUX or w in lex.past_verbs or w in lex.up or w in lex.down or (len(w) > 4 and w.endswith("ed")) \
                or w in LEVEL_VERBS or w == "came":
            return _clause_subject(toks, j)
        if not toks[j][0][0].isalpha():
            break
    return ""


_CHANGE_END = frozenset(("to", "from"))


def _change_verb_before(toks, first: int) -> int | None:
    """The change verb whose level a figure after "to" or "from" states, when
    the change has a figure of its own ("rose as much as 1.8% to $9,740",
    "fell 7.2% in February from a year earlier to 401,300 tonnes"): the
    nearest one back in the clause, within ten tokens."""
    k = first - 1
    while k >= 0 and (toks[k][0] in ("$", "€", "£", "¥") or toks[k][0].lower() in ("a", "an", "record", "new", "fresh")):
        k -= 1  # "to a record $426,900"
    if k < 0 or toks[k][0].lower() not in _CHANGE_END:
        return None
    lex = lexicon()
    if k >= 1 and toks[k - 1][0].lower() in ("down", "up"):  # "fell to 2.3%, down from 3.2% in March"
        return next((j for j in range(k - 2, max(-1, k - 16), -1) if toks[j][0].lower() not in ("down", "up")
                     and (toks[j][0].lower() in lex.up or toks[j][0].lower() in lex.down)), None)
    for j in range(k - 1, max(-1, k - 11), -1):
        w = toks[j][0].lower()
        if (w in lex.up or w in lex.down) and (j == 0 or toks[j - 1][0].lower() not in _DETERMINERS):  # not "its growth"
            # with the change's own figure between ("cut its forecast to 3%": no)
            return j if any(t[0][0].isdigit() or t[0].lower() in _NUMBER_WORDS for t in toks[j + 1:k]) else None
        if not w[0].isalnum() and w not in ("%", "$", "€", "£", "¥", ".") or w in _CLAUSE_BREAK:
            return None
    return None


#: a participle after a comma that gives the level the clause before reached: "grew 5.9%, reaching 6,482,310"
_REACHING = frozenset("reaching hitting topping totalling totaling".split())
#: "is home to": a place's people
_HOME_VERBS = frozenset("is are was were remains".split())
#: verbs that state a level and say nothing of what it measures: "Paid subscribers totalled 12.3 million"
#: counts the subscribers, as "12.3 million paid subscribers" does
LEVEL_VERBS = frozenset("reached reaches reach totalled totaled totals stood stands numbered amounted amounts".split())
#: words between a figure and the word that governs it ("by a cumulative 300", "to just 5%")
_GLUE = frozenset(("by", "to", "for", "of", "a", "an", "some", "the", "just", "only", "at", "%", "$", "€", "£",
                   "cumulative", "combined", "further", "additional", "total", "whopping", "modest", "mere"))
_POSSESSIVES = frozenset("its their his her our my your".split())
#: a pronoun between a verb and the amount it governs: "will cost it 58 million euros", "paid them $4,000"
_OBJECT_PRONOUNS = frozenset("it them us him her me".split())
#: the verbs that take whom an amount is for before it: "will cost it 58 million euros", "gave Civic Renewal
#: 31.4% of the vote"
_TWO_OBJECT_VERBS = frozenset("""cost costs costing save saves saved saving pay pays paid paying owe owes owed
charge charges charged earn earns earned give gives gave given giving hand hands handed lend lends lent offer
offers offered award awards awarded""".split())
#: what a count of people or things may be in: "are on evacuation alert", "were without power"
_STATE_PREPOSITIONS = frozenset("on under without in at".split())
_PHYSICAL = frozenset(("area", "length", "mass", "volume", "energy", "power"))
_PASSIVE_AUX = frozenset("have has had were was been are is".split())
#: the verbs of a forecast before "to" and a verb of change: "is projected to climb"
_FORECAST = frozenset("projected expected forecast set likely due seen estimated predicted".split())
#: verbs after which "it" or "they" is the one that spoke: "The company reiterated that it would"
_SAID_OF_ITSELF = frozenset("said says reiterated reiterates announced announces confirmed confirms added stated "
                            "warned warns expects expected hopes believes estimated estimates predicted predicts "
                            "promised pledged insisted maintained".split())
_PRONOUNS = frozenset("there it this that these those they he she we i you".split())
#: words after "waiting for", "living in" that name no thing the count is of ("for more than a year")
_NOT_WHAT_FOR = _DETERMINERS | _TIME_WORDS
#: words after "$3 billion in" that name no thing the money is of ("in the quarter", "in its budget")
#: what a sum is paid in, not what it is: "demanded $8.5 million in bitcoin", "paying €3.1bn in cash"
_PAID_IN = frozenset("cash bitcoin bitcoins cryptocurrency cryptocurrencies crypto stock shares gold".split())
#: what follows "in" after a sum and is not what the sum is ("worth €7 billion in total")
_NOT_WHAT_IN = _STOP | _DETERMINERS | _POSSESSIVES | _TIME_WORDS | _PAID_IN | {"total", "sum"}


def _possessed(toks, k: int) -> str:
    """The noun phrase ending at token ``k`` when a possessive or "the" opens
    it after a word that is no preposition: "taking its benchmark (to 3.5%)",
    "put the death toll (at 48)"; "" otherwise."""
    j = k
    while j >= 1 and k - j < 4 and toks[j][0][0].isalpha() and toks[j][0].lower() not in _STOP:
        if toks[j - 1][0].lower() in _POSSESSIVES or toks[j - 1][0].lower() == "the":
            if j >= 5 and toks[j - 2][0].lower() == "of" and toks[j - 3][0].isalpha() \
                    and toks[j - 3][0].lower() not in _STOP and toks[j - 4][0].lower() in ("the", *_POSSESSIVES) \
                    and toks[j - 5][0].isalpha() and toks[j - 5][0].lower() not in _STOP \
                    and toks[j - 5][0].lower() not in _LEADING_PREPOSITIONS:
                # "put the cost of the satellite (at €285m)": the cost of the satellite
                return _norm_words([t[0] for t in toks[j - 3:k + 1]])
            if j >= 2 and toks[j - 2][0][0].isalpha() and toks[j - 2][0].lower() not in _STOP and (
                    toks[j - 2][0].lower() not in _LEADING_PREPOSITIONS  # "half of the year averaged": no noun
                    or toks[k][0].endswith(("'s", "’s", "'", "’"))):  # "ahead of the Socialists' 28 percent"
                return _norm_words([t[0] for t in toks[j:k + 1]])
            return ""
        j -= 1
    return ""


def _object_changed(toks, verb: int, first: int) -> str:
    """What a verb of change with an object changed, when its figure follows
    "by": "raised its benchmark rate by 25 basis points (to 3.5%)" -> the
    rate, not the bank that raised it ("" when there is no such object)."""
    words = []
    for j in range(verb + 1, min(first, verb + 8)):
        w = toks[j][0]
        if w.lower() == "by":
            return _norm_words(words) if words and words[0].lower() not in _STOP else ""
        if not w[0].isalpha() or w.lower() in _STOP:
            return ""
        words.append(w)
    return ""


def _object_to(toks, first: int) -> str:
    """What a verb of change a few words before a count's "to" changed: "widening
    Calderra's trade surplus with its northern neighbour to 3.41 billion calders"
    -> "calderra trade surplus" ("" when no such verb or object)."""
    k = first - 1
    if k < 1 or toks[k][0].lower() != "to":
        return ""
    lex = lexicon()
    for j in range(k - 1, max(-1, k - 10), -1):
        w = toks[j][0].lower()
        if not toks[j][0][0].isalnum() or w in _CLAUSE_BREAK:
            return ""
        if (w in lex.up or w in lex.down) and j + 1 < k and (j == 0 or toks[j - 1][0].lower() not in _DETERMINERS):
            words = []
            for t in toks[j + 1:k]:
                if t[0].lower() in _STOP and words:
                    break
                if t[0].lower() not in _DETERMINERS and t[0].lower() not in _POSSESSIVES:
                    words.append(t[0])
            return _norm_words(words) if words and words[0].lower() not in _STOP else ""
    return ""


_NUMBER_WORDS = frozenset(SMALL) | frozenset(SCALES) | frozenset(FRACTIONS) | {"half", "twice", "double"}
#: how an aside in commas between a subject and its verb opens: a relative
#: pronoun or a participle ("which excludes", "capped by the regulator")
_ASIDE_START = regexstore.compile(r"(?i)(?:which|who|whose|whom|however|meanwhile|though|nonetheless|[a-z]+ed|[a-z]+ing|"
                          r"led|run|known|a|an|the)$")  # "a city of 150,000", "the co-founder of": an appositive
_CLAUSE_BREAK = frozenset("and but while whereas said says told according which who that".split())


_OF_THE_SUM = frozenset({"it", "that", "which", "this", "them", "those"})


def _named_giver(toks, after: int) -> str:
    """The name after "from" right after a sum ("of it from the National
    Research Council", "came from the National Research Council"), normalised;
    "" when no capitalised name follows."""
    j = after
    if j + 1 < len(toks) and toks[j][0].lower() == "of" and toks[j + 1][0].lower() in _OF_THE_SUM:
        j += 2
    elif j < len(toks) and toks[j][0].lower() in ("came", "comes", "coming"):
        j += 1
    if j >= len(toks) or toks[j][0].lower() != "from":
        return ""
    j += 1
    if j < len(toks) and toks[j][0].lower() == "the":
        j += 1
    words = []
    while j < len(toks) and toks[j][0][:1].isupper() and len(words) < 5:
        words.append(toks[j][0])
        j += 1
    return _norm_words(words) if words else ""


def subject_of(sentence: str, q) -> str:
    """A short normalized phrase naming what ``q`` measures (may be ``""``)."""
    last = _LAST_SUBJECT
    if last[0] is q and last[1] == sentence:  # the extractor and checkworthiness ask in turn
        return last[2]
    aside = _ASIDE_BEFORE.search(sentence, max(0, q.start - 100), q.start) if ", " in sentence else None
    if aside is not None:  # read past it, the offsets kept
        sentence = sentence[:aside.start()] + " " * (aside.end(1) - aside.start()) + sentence[aside.end(1):]
    if q.unit == "rank":  # "38th in the FIFA world ranking": the ranking is what a place is told of
        m = _RANKING_AFTER.match(sentence.lower(), q.end)
        subject = " ".join(m.group(1).split()) if m else "ranking"
        last[:] = (q, sentence, subject)
        return subject
    subject = _subject_of(sentence, q)
    if " to " in subject:
        subject = _HEARSAY.sub("", subject).strip()  # "is reported to earn about £210,000 a week": what is earned
    last[:] = (q, sentence if aside is None else None, subject)
    return subject


#: a list in commas between a phrase and the preposition of the figure it ends with: "phase out its tariffs
#: on farm goods, including olive oil, wine and citrus fruit, over seven years"
_ASIDE_BEFORE = regexstore.compile(r",\s+(?:including|such\s+as|notably|among\s+them)\s+[^,;:()]{1,60}?(?:,\s+"
                           r"[^,;:()]{1,30}?)*(,)\s+(?:over|for|in|during|within|by|to)\s+$")
#: what tells a figure as hearsay, not what it measures: "reported to", "said to", "believed to"
_HEARSAY = regexstore.compile(r"\b(?:reported|said|believed|thought|understood|rumou?red|alleged|estimated)\s+to\b\s*")
#: the ranking a place is told in: "38th in the FIFA world ranking", "12th on the index"
_RANKING_AFTER = regexstore.compile(r"[^.;:]{0,60}?\b(?:in|on|of)\s+(?:the\s+|its\s+|their\s+)?((?:[\w’'-]+\s+){0,4}?"
                                    r"(?:rankings?|standings|table|index|league|list|chart))\b")
#: the last figure asked about (figure, sentence, subject)
_LAST_SUBJECT: list = [None, None, ""]


#: words that open no place after "on", "at", "in": a clause or a pronoun follows
_NO_PLACE = frozenset("what which who whom whose where when how this that these those it".split())
#: nouns of places whose people are counted ("the largest city with 2,184,500 residents")
_PLACE_NOUNS = frozenset("city cities town towns village villages region regions country countries state states "
                         "province provinces district districts capital county counties island islands".split())
#: verbs after a figure set in commas after its noun ("The previous record, 45.1C, was set in 2009")
_VERB_AFTER_APPOSED = frozenset("was is were are had has have stood stands remains remained came comes".split())


#: nouns of a measure that a thing "has" or is "with": "a zone with a radius of 20 kilometres"
_MEASURE_NOUNS = frozenset("radius diameter length width depth height area circumference perimeter altitude "
                           "capacity span".split())


def _noun_next(nxt: str, lex) -> bool:
    """Whether the word right after a figure is a noun the figure is told of ("a $300 million contract")."""
    return bool(nxt) and nxt[0].isalpha() and nxt not in _STOP and nxt not in lex.not_nouns \
        and not nxt.endswith("ly") and nxt not in _TIME_WORDS and nxt not in _ADVERBS


def _subject_of(sentence: str, q) -> str:
    lex = lexicon()
    toks = _tokens(sentence)
    first = _index_at(toks, q.start)
    after = _index_at(toks, q.end if q.rate_start is None else q.rate_start)
    if after < len(toks) and toks[after][0] == ")" and first > 0 and toks[first - 1][0] == "(":
        after += 1  # "0.68 in (1.73 cm) thick": the figure is an aside; what follows it is still its subject
    nxt = toks[after][0].lower() if after < len(toks) else ""
    # walk back over glue words to the verb or noun that governs the figure
    k = first - 1
    by = None  # where "by" stands before the figure: "raised rates by a cumulative 300 basis points"
    while k >= 0 and (toks[k][0].lower() in _GLUE or toks[k][0][0].isdigit() or _inside_number(toks[k][0])
                      or (toks[k][0].lower() == "in" and k + 1 < len(toks) and toks[k + 1][0].lower() == "at")):
        # "came in at"; the figure may hold no word token ("in ²¼")
        if toks[k][0].lower() == "by":
            by = k
        k -= 1
    if k >= 1 and toks[k][0].lower() in _OBJECT_PRONOUNS and toks[k - 1][0].lower() in _TWO_OBJECT_VERBS:
        k -= 1  # "the recall will cost it 58 million euros": the verb's, not the pronoun's
    if k >= 1 and toks[k][0].lower() in _DAY_WORDS:  # "was sentenced (on) Thursday to 12 years": past the day
        k -= 2 if toks[k - 1][0].lower() == "on" else 1
    if k >= 2 and toks[k][0] == ")":  # "buy Activision Blizzard (ATVI.O) for $68.7 billion": past the brackets
        opening = next((j for j in range(k - 1, max(-1, k - 6), -1) if toks[j][0] == "("), None)
        if opening is not None and opening >= 1 and toks[opening - 1][0][0].isalpha():
            k = opening - 1
    gov = toks[k][0].lower() if k >= 0 else ""
    if q.dimension == "duration" and gov in _SPAN_PREPOSITIONS and k >= 1 and toks[k - 1][0].isalpha() \
            and (toks[k - 1][0].endswith("ed") or toks[k - 1][0].lower() in lex.past_verbs):
        k -= 1  # "the limit was exceeded on 87 days", "the line was closed for 12 hours": the verb's measure
        gov = toks[k][0].lower()
    # 0. a sum from a named giver: "4.2 million pounds of it from the National Research Council", "GBP 4.2m
    # came from the National Research Council": whose money it is tells it from the rest of the total
    if q.dimension == "currency":
        giver = _named_giver(toks, after)
        if giver:
            return f"from {giver}"
    # 0. an age in commas after a name: "Daniel Kovac, 41, was sentenced"
    if q.unit == "age" and first >= 2 and toks[first - 1][0] == "," and toks[first - 2][0][:1].isupper() \
            and (after >= len(toks) or toks[after][0] in (",", ".", ";")):
        return f"{_name_ending(toks, first - 2)} age"
    if q.unit == "age":
        return _age_of(toks, first, after, k, gov)
    # 0b. a figure in commas after the noun it gives: "The previous record, 45.1C, was recorded in 2009"
    if first >= 2 and toks[first - 1][0] == "," and after + 1 < len(toks) and toks[after][0] == "," \
            and toks[after + 1][0].lower() in _VERB_AFTER_APPOSED and toks[first - 2][0][:1].islower():
        what = _norm_words(_np_before(toks, first - 1, 3))
        if what:
            return what
    # 1. a share of something
    if q.unit == "percent" and nxt == "of":
        what = _norm_words(_np_after(toks, _past_figure(toks, after + 1)))
        verb = k if gov in _SHARE_VERBS else k - 1 if k >= 1 and toks[k - 1][0].lower() in _SHARE_VERBS else None
        if verb is None and gov[:1].isalpha() and toks[k][0][:1].isupper():
            # "gave Civic Renewal 31.4% of the vote": the share of whom it was given to
            name = k
            while name >= 1 and toks[name - 1][0][:1].isupper() and k - name < 3:
                name -= 1
            if name >= 1 and toks[name - 1][0].lower() in _TWO_OBJECT_VERBS:
                return f"{_norm_words([t[0] for t in toks[name:k + 1]])} share of {what}".strip()
        if verb is None and gov == "with":  # "won the election by a whisker, with 29.5% of the vote"
            verb = next((j for j in range(k - 1, max(-1, k - 10), -1) if toks[j][0].lower() in _SHARE_VERBS), None)
        if verb is not None:
            who = _clause_subject(toks, verb)
            return f"{who} share of {what}".strip()
        whose = []
        if 0 <= k and k + 1 < first and toks[k + 1][0].lower() == "of":  # "a deficit of 3.1% of GDP": the deficit's
            whose = _np_before(toks, k + 1, 3)
        elif k >= 1 and (gov in lex.up or gov in lex.down):  # "Public debt is projected to climb to 71.2% of GDP"
            j = k - 2 if k >= 3 and toks[k - 1][0].lower() == "to" and toks[k - 2][0].lower() in _FORECAST else k
            whose = _clause_subject_words(toks, j)[0]
        if whose and whose[0].lower() not in _PRONOUNS:
            return f"{_norm_words(whose)} share of {what}".strip()
        done = _share_did(toks, after + 1) if what else None
        return f"share of {what} {done}".strip() if done else f"share of {what}".strip()
    # 2. a change, or where a change went: "fell 7.2% in February to 401,300 tonnes"
    change = k if gov in lex.up or gov in lex.down else _change_verb_before(toks, first)
    if change == k and gov in RAISED and not q.direction:
        change = None  # "has raised about 210 million crowns from investors": money raised, no change
    if change == k and q.dimension == "count" and gov in _COUNT_CHANGES:
        change = None  # "would cut more than 1,200 jobs": the jobs cut, counted (see 3.)
    if change is None and by is not None:
        change = next((j for j in range(k, max(-1, k - 8), -1)
                       if (toks[j][0].lower() in lex.up or toks[j][0].lower() in lex.down)
                       and (j == 0 or toks[j - 1][0].lower() not in _DETERMINERS)  # a verb: not "its growth"
                       and _object_changed(toks, j, by + 1)), None)
    if change is not None:
        subj = _object_changed(toks, change, first) or _clause_subject(toks, change)
        if not subj and gov in ("up", "down") and k >= 1 and toks[k - 1][0] == ",":
            subj = _lead_subject(toks, k - 1)  # "Imports reached $35.1 billion, up 18.4%": imports
        if subj:
            return subj
    # 3. a count of things
    counted = q.unit if q.dimension == "count" else None
    if q.dimension == "rate" and q.unit:  # "one million visitors a week": a count per unit of time
        top = q.unit.split("/")[0]
        counted = top if _units.dimension_of(top) is None else None
    if counted:
        noun = counted
        be = k - 1
        while be >= 1 and toks[be][0].lower() in ("now", "still", "also", "already"):
            be -= 1
        if gov == "home" and be >= 1 and toks[be][0].lower() in _HOME_VERBS and noun in ("person", "resident"):
            who = _clause_subject(toks, be)  # "Marenland is now home to more than 6.5 million people"
            if who:  # whose people: without it, any population
                return f"{who} population"
        changed = _object_to(toks, first)
        if changed:  # "widening its trade surplus to 3.41 billion calders", "cut its workforce to 12,000 people"
            return f"{changed} {noun}"
        if nxt in ("will", "would", "could", "may", "might") and after + 2 < len(toks) \
                and toks[after + 1][0].lower() == "be":  # "about 1,140 jobs will be cut"
            verb = toks[after + 2][0].lower()
            if verb in _COUNT_CHANGES:
                return f"{noun} {verb}"
        if nxt in ("were", "was", "have", "had", "are", "been") and after + 1 < len(toks):
            verb = toks[after + 1][0].lower()
            been = verb == "been" and after + 2 < len(toks)
            if been:
                verb = toks[after + 2][0].lower()
            if verb.endswith("ed") or verb in ("hurt", "killed", "left", "held", "taken"):
                return f"{noun} {verb}"
            if (been or nxt in ("were", "was", "are")) and len(verb) > 5 and verb.endswith("ing") \
                    and verb not in NOT_GERUNDS:
                at = after + (3 if been else 2)
                if at + 1 < len(toks) and toks[at][0].lower() in ("for", "in", "on", "at", "without"):
                    np = _np_after(toks, at + 1, 3)  # "were waiting for diagnostic tests"
                    if np and np[0][:1].islower() and np[0].lower() not in _NOT_WHAT_FOR:
                        return f"{noun} {verb} {_norm_words(np)}"
                return f"{noun} {verb}"  # "38,412 patients had been waiting", "2,000 people were living"
            if nxt in ("had", "have") and verb in _POSSESSIVES:  # "41,200 passengers had their trips disrupted"
                end = next((j for j in range(after + 3, min(after + 5, len(toks)))
                            if toks[j][0].lower().endswith("ed")), None)
                np = [t[0] for t in toks[after + 2:end]] if end is not None else []
                if np and all(w[:1].isalpha() and w.lower() not in _STOP for w in np):
                    return f"{noun} {_norm_words(np)} {toks[end][0].lower()}"
            if nxt in ("were", "was", "are") and verb in _STATE_PREPOSITIONS:  # "36,000 people are on evacuation alert"
                np = _np_after(toks, after + 2, 3)
                if np:
                    return f"{noun} {verb} {_norm_words(np)}"
        if nxt.endswith("ed") and nxt not in ("used",):
            return f"{noun} {nxt}"
        if nxt == "the":  # "brings to 446 the total number of prisoners freed in swaps": prisoners freed
            j = after + 1 + (after + 1 < len(toks) and toks[after + 1][0].lower() in ("total", "overall"))
            if j + 2 < len(toks) and toks[j][0].lower() == "number" and toks[j + 1][0].lower() == "of":
                verb = next((toks[i][0].lower() for i in range(j + 3, min(j + 5, len(toks)))
                             if toks[i][0].lower().endswith("ed") or toks[i][0].lower() in lex.past_verbs), None)
                if verb:
                    return f"{noun} {verb}"
        if nxt in _STATE_PREPOSITIONS and gov in ("were", "was", "are", "is") and k >= 1 \
                and toks[k - 1][0].lower() == "there":  # "There were 24 workers on site": as "24 workers were on site"
            np = _np_after(toks, after + 1, 3)
            if np and np[0].lower() not in _NO_PLACE:  # not "There are 500 engineers at what is their largest"
                return f"{noun} {nxt} {_norm_words(np)}"
        if gov == "with" and k >= 1 and nxt in ("", ",", ".", ";", "and") and noun == "person":
            # "the largest city with 2,184,500 residents, followed by the port city of Port Anselm with 1,162,900":
            # the place of a ranking each count of people is of
            np = _np_before(toks, k, 5)
            if np and not np[-1][:1].isdigit() and any(w[:1].isupper() or w.lower() in _PLACE_NOUNS for w in np):
                return f"{_norm_words(np)} {noun}".strip()
        if gov in _HAVING_VERBS:  # "Verrano employs about 23,400 people", "Kestrel, which has 17,600 employees":
            who = _named_subject(toks, k)  # whose they are tells two such counts apart
            if who:
                return f"{who} {noun}"
        if gov.endswith("ed") or gov in ("kill", "kills", "hold", "holds", "lost", "left") or gov in _COUNT_CHANGES \
                or gov in lex.past_verbs or (gov.isalpha() and gov not in _STOP and k >= 1
                                             and _after_auxiliary(toks, k)):
            who = _named_subject(toks, k)
            if not who and (gov in _COUNT_CHANGES or _own_part(toks, after)):
                # "U.S. employers added 175,000 jobs": whose change it is; "the national carrier had cancelled
                # 140 of its own flights": whose flights they are
                who = _clause_subject(toks, k)
            return f"{who} {noun} {gov}" if who else f"{noun} {gov}"  # "sold 3 billion songs", "has won 12 medals"
        of = k if gov == "of" else k + 1 if k + 1 < first and toks[k + 1][0].lower() == "of" else None
        if of is not None and of >= 1 and nxt != "of" \
                and all(t[0].lower() in _HEDGE_GLUE for t in toks[of + 1:first]):  # "a lead of nine points",
            # "a crowd of 15,000 people"; not past another figure ("attendance of 52,318 at the 54,200-capacity")
            np = _np_before(toks, of, 4)
            whole = [w for w in np if w.lower() not in _AMOUNT_WORDS]
            if whole:
                # "Dumrel, a market town of about 42,000 people": which town tells two such counts apart
                named = _named_before(toks, of - len(np))
                return f"{named} {_norm_words(whole)} {noun}" if named else f"{_norm_words(whole)} {noun}"
        # "five of the seven board members", "30 of the state's 120 counties": the whole's figure is no word
        figure = next((j for j in range(after + 1, min(after + 5, len(toks)))
                       if toks[j][0].lower() in SMALL or toks[j][0][0].isdigit()), None) if nxt == "of" else None
        of_np = _np_after(toks, after + 1, 3 if figure is None else 4) if nxt == "of" else []
        if of_np and of_np[0].lower() in ("them", "those", "these", "whom", "which", "us", "it"):
            of_np = []
        if figure is not None:
            last = noun.rsplit(" ", 1)[-1]
            cut = next((i + 1 for i, w in enumerate(of_np) if lemma(w.lower()) == last), len(of_np))
            of_np = [w for w in of_np[:cut] if w.lower() not in SMALL]
        elif of_np and lemma(of_np[-1].lower()) == noun.rsplit(" ", 1)[-1]:
            of_np = of_np[:-1]  # "must sell 210 of its shops": the shops are the counted noun already
            of_np = [] if all(w.lower() in _OF_DETERMINERS or w.lower() in _PRONOUNS for w in of_np) else of_np
        if not of_np and len(gov) > 5 and gov.endswith("ing") and gov not in NOT_GERUNDS:
            return f"{noun} {gov}"  # "killing at least 48 people"
        return " ".join([noun] + ([_norm_words(of_np)] if of_np else []))
    # 4. "X of <figure>"; not "in the face of a $62 million shortfall": a figure after "a" that a noun follows
    # is that noun's (see 5.)
    of_at = k if gov == "of" else k + 1 if k + 1 < first and toks[k + 1][0].lower() == "of" else None
    if of_at is not None and of_at + 1 < first and toks[of_at + 1][0].lower() in ("a", "an") \
            and _noun_next(nxt, lex):
        of_at = None
    if of_at is not None:
        j = of_at
        words = _np_before(toks, j)
        start = j - len(words)
        if len(words) == 2 and words[1].lower() in _MEASURE_NOUNS and words[0].lower() in ("a", "an") \
                and start >= 1 and toks[start - 1][0].lower() in ("with", "has", "had", "have"):
            whose = _np_before(toks, start - 1, 3)  # "an exclusion zone with a radius of 20 kilometres"
            if whose and whose[-1][:1].islower():
                return _norm_words(whose + words[1:])
        if words and all(w[:1].isupper() for w in words) and start >= 2 \
                and toks[start - 1][0].lower() in ("from", "by", "for"):
            head = _np_before(toks, start - 1, 3)  # "a pay offer from Health New Zealand of 4.5 percent"
            words = head + [toks[start - 1][0]] + words if head else words
        np = _norm_words(words)
        if np:
            return np
    # an amount that was acted on, told as the subject: "more than 137,000 sq km have burned"
    if q.dimension in _PHYSICAL and nxt in _PASSIVE_AUX and after + 1 < len(toks):
        verb = toks[after + 1][0].lower()
        if verb == "been" and after + 2 < len(toks):
            verb = toks[after + 2][0].lower()
        if verb.endswith("ed") or verb in lex.past_verbs:
            return verb
    # 5. a measure adjective ("9.3 mm thick", "the risk of dementia was 38% lower") or a noun right
    # after the figure ("a $300 million contract", "a 38% lower risk of dementia")
    if nxt in _MEASURE_ADJ or (nxt in _COMPARATIVES and (nxt not in _MORE or q.unit == "percent") and (
            after + 1 >= len(toks) or not toks[after + 1][0][0].isalpha() or toks[after + 1][0].lower() in _STOP)):
        who = _clause_subject(toks, first)
        return f"{who} {nxt}".strip()
    if _noun_next(nxt, lex):
        np = _norm_words(_np_after(toks, after, 3))
        if np:
            return np
    if nxt == "of":
        np = _norm_words(_np_after(toks, after + 1, 4))
        if np and first >= 1 and toks[first - 1][0].lower() in _PART_ORDINALS:
            return f"{toks[first - 1][0].lower()} {np}"  # "the first three days of the strike": a part of it
        if np:
            return np
    if nxt == "in" and q.dimension == "currency" and after + 1 < len(toks) and toks[after + 1][0][:1].islower() \
            and toks[after + 1][0].lower() not in _NOT_WHAT_IN \
            and not any(t[0].lower() in ("cost", "costs", "costing") for t in toks[max(0, k - 2):k + 1]):
        # not what a cost was made of: "cost it about 96 million euros in lost revenue"
        np = _np_after(toks, after + 1, 3)  # "pledged €250 million in emergency aid", "$3 billion in loans"
        while np and (np[-1].lower() in ("to", "of") or np[-1].lower() in _DETERMINERS):
            np.pop()
        if np:
            return _norm_words(np)
    if gov in _REACHING and k >= 1 and toks[k - 1][0] == ",":
        subj = _lead_subject(toks, k - 1)  # "The population grew 5.9% in the decade, reaching 6,482,310"
        if subj:
            return subj
    np = _possessed(toks, k)  # "taking its benchmark to 3.5%": a noun, not a verb
    if np:
        return np
    if k >= 0 and toks[k][0][0].isalpha():
        subj = _clause_subject(toks, k)
        verb = gov if gov not in _STOP else ""
        if subj and verb and subj.endswith(verb):
            return subj
        return f"{subj} {verb}".strip() if subj else verb
    if q.unit == "percent" and (k < 0 or toks[k][0] in (",", ";", ":")) and after < len(toks) \
            and toks[after][0][0].isalpha() and toks[after][0].lower() not in _CLAUSE_BREAK:
        # a share that opens its clause: what the clause says of it ("one in five adults in the UK
        # has high blood pressure")
        words = []
        for w, _, _ in toks[after:after + 10]:
            if not w[0].isalnum() or len(words) >= 6:
                break
            if w.lower() not in _AUX and w.lower() not in _DETERMINERS:
                words.append(w)
        return _norm_words(words)
    return ""


_INCIDENTAL = regexstore.compile(r"\bone of the\b|\bat the time\b|\bthe (?:two|three) (?:leaders|countries|sides|men|women)\b")


def checkworthiness(sentence: str, q) -> float:
    """0..1: how much ``q`` looks like a statistic worth checking.

    A figure with a unit, a subject and a stated change scores high; a bare or
    incidental number ("one of the largest", "the two leaders", "at the time")
    scores low.

    >>> from factcheck.numbers import find_quantities
    >>> s = "Russia's exports to China soared by 23% in the first half."
    >>> checkworthiness(s, find_quantities(s)[0]) >= 0.8
    True
    >>> s = "He said 12 were enough."
    >>> checkworthiness(s, find_quantities(s)[0]) < 0.4
    True
    """
    score = 0.2
    dim = q.dimension
    if dim in ("ratio", "ratio_change", "currency", "rate"):
        score += 0.35
    elif dim in ("area", "length", "mass", "volume", "energy", "power", "speed", "temperature", "magnitude",
                 "density", "concentration", "level", "information", "frequency", "rank"):
        score += 0.3
    elif dim == "count":
        score += 0.25
    elif dim in ("duration", "multiplier", "age"):
        score += 0.15
    else:
        score -= 0.1
    subj = subject_of(sentence, q)
    score += 0.15 if len(subj.split()) >= 2 else (0.05 if subj else -0.05)
    if q.value is None and q.low is None and q.high is None:
        score -= 0.25  # "a small percentage": no figure to check
    if q.direction:
        score += 0.2
    if q.hedge:
        score += 0.05
    if q.value is not None and abs(q.value) >= 100 or q.hedge == "range":
        score += 0.05
    if dim is None and _INCIDENTAL.search(sentence.lower()):
        score -= 0.2
    return round(max(0.0, min(1.0, score)), 3)
