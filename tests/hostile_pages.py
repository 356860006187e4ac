"""Long and hostile pages, generated from sentences we write: for the bounds tests and
``benchmarks/hostile_cost.py``.

Each generator takes a target size in bytes and returns a page of about that size, always the
same for the same arguments (a seeded generator), so figures can be compared between runs.

* :func:`quotes_page` — a valid HTML article made of attributed quotes by many made-up speakers
  (what once made linking pair every claim of the document with every other);
* :func:`pronoun_page` — plain text whose quotes are attributed by pronouns ("he said", "she
  added", "it said"), each resolved to a person named before (what once made speaker resolution
  pass over every earlier mention of the document for each pronoun);
* :func:`plain_report` — a plain-text report of sentences without quotes, some of them alleging
  acts the legal index knows (what once made the legal index search the whole document again for
  each sentence).
"""

from __future__ import annotations

import random

FIRST = ["Marta", "Ilya", "Oskar", "Lena", "Tomas", "Vera", "Piotr", "Anya", "Jonas", "Hedda", "Emil", "Nadia",
         "Kasimir", "Sofia", "Bruno", "Greta", "Anton", "Irena", "Mikael", "Dora"]
LAST = ["Lindqvist", "Varga", "Koller", "Doubek", "Halvorsen", "Strand", "Mirecki", "Sorensen", "Brandt", "Kovacs",
        "Ostrowski", "Falk", "Novak", "Arden", "Kessler", "Holm", "Petrov", "Radu", "Weiss", "Zeman"]
ROLES = ["a spokeswoman for the Harbour Authority", "the mayor of Korvel", "a commander of the Northern Brigade",
         "an official at the Ministry of Roads", "a doctor at the Regional Hospital", "a resident of Dalby",
         "the head of the Red Cross office in Tarn", "a spokesman for the Border Service"]
PLACES = ["Korvel", "Dalby", "Tarn", "Novy Brod", "Stellin", "Orvik", "the river port", "the northern bridge"]
THINGS = ["the bridge", "the depot", "the school", "the power station", "the hospital", "the ferry", "the dam",
          "the market"]
VERBS = ["was struck overnight", "was rebuilt in a week", "has been closed since Monday", "was hit by two missiles",
         "was evacuated at the request of the council", "will reopen by spring", "was never a military target",
         "was blown up from the inside"]
FIGURES = ["{n} people were killed", "{n} were wounded", "{n} children were evacuated", "the death toll rose to {n}",
           "there were no casualties", "nobody was hurt", "{n} soldiers were killed"]


def _quote(rnd: random.Random) -> tuple[str, str]:
    thing, verb, place = rnd.choice(THINGS), rnd.choice(VERBS), rnd.choice(PLACES)
    figure = rnd.choice(FIGURES).format(n=rnd.randint(2, 90))
    # thousands of different people (a middle initial), as on a page of vox pops
    speaker = f"{rnd.choice(FIRST)} {rnd.choice('ABCDEFGHJKLMNPRSTVW')}. {rnd.choice(LAST)}"
    return f"{thing[0].upper()}{thing[1:]} in {place} {verb}, and {figure}.", f"{speaker}, {rnd.choice(ROLES)}"


def quotes(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """``n`` (quote, "speaker, role") pairs."""
    rnd = random.Random(seed)
    return [_quote(rnd) for _ in range(n)]


def quotes_page(size: int, seed: int = 7) -> str:
    """A valid HTML article of about ``size`` bytes, one attributed quote per paragraph."""
    rnd = random.Random(seed)
    head = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>Voices from the river towns</title><meta property=\"og:site_name\" content=\"Test Wire\">"
            "<meta property=\"article:published_time\" content=\"2026-03-14T09:00:00Z\"></head><body><article>"
            "<h1>Voices from the river towns</h1><p class=\"byline\">By Test Wire staff</p>")
    tail = "</article></body></html>"
    parts = [head]
    n = len(head) + len(tail)
    i = 0
    while n < size:
        quote, who = _quote(rnd)
        form = i % 3
        if form == 0:
            p = f"<p>“{quote}” said {who}.</p>"
        elif form == 1:
            p = f"<p>{who.split(',')[0]} said: “{quote}”</p>"
        else:
            p = f"<p>“{quote}” {who.split(',')[0]} told reporters.</p>"
        parts.append(p)
        n += len(p.encode("utf-8"))
        i += 1
    parts.append(tail)
    return "".join(parts)


def pronoun_page(size: int, seed: int = 5) -> str:
    """Plain text of about ``size`` bytes: paragraphs naming a speaker, then quotes by pronoun."""
    rnd = random.Random(seed)
    out, n = [], 0
    while n < size:
        quote, who = _quote(rnd)
        name = who.split(",")[0]
        p = (f"{name} spoke to reporters in {rnd.choice(PLACES)} on Monday. “{quote}” he said. "
             f"“We will stay here,” she added. It said the road to {rnd.choice(PLACES)} was closed.")
        out.append(p)
        n += len(p.encode("utf-8")) + 2
    return "\n\n".join(out) + "\n"


REPORT_SENTENCES = [
    "The commission visited {place} on {day} March and spoke to {n} residents.",
    "Water supplies in {place} were cut for {n} days after the strike on the pumping station.",
    "Witnesses described prisoners being tortured in the basement of a school in {place}.",
    "The council recorded {n} homes destroyed and {n2} damaged in {place}.",
    "Aid convoys reached {place} only after the road was cleared of mines.",
    "Children from {place} were deported to camps far from the front line.",
    "The report notes a deliberate attack on a hospital in {place} on {day} March.",
    "Schools in {place} reopened in temporary buildings with {n} pupils.",
    "Local officials kept lists of the missing, which now hold {n} names.",
    "The market in {place} was rebuilt with money from the regional fund.",
]


def plain_report(size: int, seed: int = 11) -> str:
    """A plain-text report of about ``size`` bytes: a title line, then paragraphs of plain
    sentences (no quotes, no speakers)."""
    rnd = random.Random(seed)
    out = ["Findings of the river towns commission", ""]
    n = sum(len(x) + 1 for x in out)
    para: list[str] = []
    while n < size:
        s = rnd.choice(REPORT_SENTENCES).format(place=rnd.choice(PLACES), day=rnd.randint(1, 28),
                                                n=rnd.randint(2, 900), n2=rnd.randint(2, 900))
        para.append(s)
        n += len(s) + 1
        if len(para) == 6:
            out.append(" ".join(para))
            out.append("")
            para = []
    if para:
        out.append(" ".join(para))
    return "\n".join(out) + "\n"
