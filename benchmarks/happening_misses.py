"""Happening misses, by class (development data only): for each system happening that holds claims
of two or more gold happenings, which gold happenings it mixes, and for each claim placed on the
wrong one (its gold happening is not the happening's majority), why, read from the claim as the
placement reads it (:mod:`claimgraph.link.happenings`):

- ``no-date``          no date in the claim's words nor in its sentence's opening, no follow-up kind read
- ``relative-unread``  a relative time word ("days later", "last week", "yesterday", "earlier") but no date read
- ``date-read``        a date was read (in its words or its sentence's opening) and still placed wrong
- ``other-step``       the claim's words name another step (arrest, charge, inquiry, funeral, rescue, a toll
                       rising, an earlier incident) that no follow-up kind read
- ``kind-read``        a follow-up kind was read and the claim still landed on the wrong happening
- ``neighbour``        no date and no kind, and a claim in the same sentence sits on the same system happening
                       with the claim's own gold happening different from that neighbour's
- ``cyrillic-*``       the same classes for a Cyrillic claim

Usage (development data only)::

    benchmarks/happening_misses.py [--set tune|cyrillic-dev|real-news-dev|real-news-dev-xlang|all] [--verbose]

Each set also prints its events' **anchors**: an event's main happening takes its days from the first
report linked (documents are linked in the order they were ingested, :func:`claimgraph.link.link_pending`),
so an event whose first-linked report is dated more than ``RECAP_DAYS`` after its earliest report has
its act's days set by a later report (an arrest's, a charge's, the fire put out), and that report's
lead is read as the act; the line counts those events and the misplaced claims in them. The
``split`` line is the inverse-purity side: claims away from the system happening that holds most of
their gold happening, by where they went (:func:`split_off`).

``--set real-news-dev-xlang`` (session 22) is the cross-language tally instead: the real-news dev home with its
Russian and Ukrainian pages (``linking.py --real-news dev --with-cyrillic``), each Cyrillic page's event read from
its file name (:func:`linking.page_event`), and each of its claims not on the happening holding most of its English
pages' claims counted once, by why (the first that holds):

- ``no-shared-entity``   another event, and the page shares no canonical entity (place, person, other actor) with
                         its English pages after canonicalisation
- ``words-not-shared``   another event although it shares canonical entities: its fit to the English pages is
                         weighed with their words, which a page in another script cannot share (act words compared
                         as words, not across languages)
- ``own-happening-first`` the English pages' event, but on a happening the page founded itself
- ``other-happening``    the English pages' event, on a happening founded by another page

and, apart (a claim may carry both): ``date-unread`` (the page has no date its event can use while an English page
of its event has one) and ``place-unmatched`` (its English pages name a town of the gazetteer, as an area, and the
page names none it could be matched by).

``tune`` is the pair-train tune half (the held half is never read here); ``real-news-dev`` the
real-news dev events (skipped when absent). No option reads the blind sets (own-events, own-cyrillic,
own-events-16).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(REPO)   # this checkout's src first, said when PYTHONPATH names another

from linking import REAL_NEWS, REAL_NEWS_SPLITS, load_real_news, real_news_home  # noqa: E402

from claimgraph.link.happenings import RECAP_DAYS, claim_kind, claim_when, document_time, sentence_of  # noqa: E402
from claimgraph.store import links as db  # noqa: E402

TUNE = ("market-drone-ansongo", "school-shelling-malynivka", "cargo-plane-tine", "boat-seizure-natuna",
        "landslide-ukhiya", "depot-fire-poti", "cholera-chitungwiza", "wildfire-malko-tarnovo")
DATA = REPO / "benchmarks" / "data"

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_RELATIVE = re.compile(r"\b(?:yesterday|today|tonight|overnight|last\s+(?:week|month|year|night|\w+day)|"
                       r"earlier\s+(?:this|that|in\s+the)\s+\w+|(?:days?|weeks?|months?|years?|hours?)\s+(?:later|earlier|ago|before|after)|"
                       r"(?:on|by|since)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                       r"the\s+(?:next|following|previous)\s+(?:day|week|morning|night)|"
                       r"вчера|сегодня|позавчера|накануне|на\s+прошлой\s+неделе|неделю\s+назад|днями|"
                       r"вчора|сьогодні|напередодні|минулого\s+тижня|тиждень\s+тому|"
                       r"(?:дн\w+|недел\w+|тижн\w+|месяц\w*|місяц\w*)\s+(?:назад|тому|спустя|по\s+тому))\b", re.I)
_STEP = re.compile(r"\b(?:arrest\w*|detain\w*|charg\w+|indict\w*|inquir\w+|investigat\w+|probe\w*|commission|"
                   r"funeral\w*|buried|burial|mourn\w*|rescu\w+|evacuat\w+|toll\s+(?:rose|has\s+risen|climbed)|"
                   r"rose\s+to|earlier|previous|last\s+(?:year|month)|in\s+(?:19|20)\d\d|"
                   r"задерж\w+|арест\w*|обвин\w+|расслед\w+|розслід\w+|похорон\w*|спас\w+|рятув\w+|евакуа\w+|эвакуа\w+|"
                   r"ранее|раніше|суд\w*)\b", re.I)


def classify(claim: dict, body: str, ref, same_sentence_wrong: bool) -> str:
    content = claim.get("content") or ""
    when, _in_words = claim_when(claim, body, ref)
    kind = claim_kind(claim, body)
    if kind is not None:
        cls = "kind-read"
    elif when is not None:
        cls = "date-read"
    elif _RELATIVE.search(content):
        cls = "relative-unread"
    elif _STEP.search(content):
        cls = "other-step"
    elif same_sentence_wrong:
        cls = "neighbour"
    else:
        cls = "no-date"
    return ("cyrillic-" if _CYRILLIC.search(content) else "") + cls


def late_anchors(doc_of: dict, bodies: dict, event_of: dict[str, str]) -> dict[str, int]:
    """Event -> days between its earliest dated report and the report linked first (lowest document
    id), for the events whose first-linked report is dated more than RECAP_DAYS after the earliest."""
    by_event: dict[str, list[tuple[int, object]]] = defaultdict(list)
    for doc_id, gid in doc_of.items():
        by_event[event_of[gid]].append((doc_id, bodies[doc_id][1]))
    out = {}
    for ev, docs in by_event.items():
        first_time = min(docs, key=lambda d: d[0])[1]
        dated = [t for _i, t in docs if t is not None]
        if first_time is not None and dated and (first_time - min(dated)).days > RECAP_DAYS:
            out[ev] = (first_time - min(dated)).days
    return out


def split_off(items: list[tuple[int, str]], happening_of: dict[int, int], gold_h: dict[str, str],
              found: dict[int, dict]) -> Counter:
    """The inverse-purity side: for each gold happening, its claims away from the system happening that
    holds most of them, by where they went: ``other-event`` (a happening of another event: the story
    was split into two events), ``main`` (the event's main happening, while most are on another),
    ``dated`` (a happening founded by a date read: a recap, a later act), ``<kind>`` (an undated
    happening of a kind: a follow-up, a structure, background)."""
    by_gold: dict[str, Counter] = defaultdict(Counter)
    for cid, gid in items:
        by_gold[gold_h[gid]][happening_of[cid]] += 1
    out: Counter = Counter()
    for _g, homes in by_gold.items():
        major = homes.most_common(1)[0][0]
        for h, n in homes.items():
            if h == major:
                continue
            d, m = found.get(h, {}), found.get(major, {})
            where = "other-event" if d.get("event_id") != m.get("event_id") else "main" if d.get("main") else \
                "dated" if d.get("first_day") else (d.get("label") or "?").split(" · ")[0]
            out[where] += n
    return out


def misses(root: Path, names, verbose: bool) -> tuple[Counter, int, int]:
    """(class tally of misplaced claims, misplaced claims, matched claims with a happening)."""
    events, golds, links, page_of = load_real_news(root, names)
    if not events:
        return Counter(), 0, 0
    tally: Counter = Counter()
    late_wrong = 0
    with real_news_home(page_of, golds) as (store, to_gold, doc_of, _n):
        happening_of = db.claim_happenings(store, to_gold)
        gold_h = {gid: f"{ev}/{h}" for ev in events for gid, h in links[ev].get("claim_happening", {}).items() if h}
        claims: dict[int, dict] = {}
        bodies: dict[int, tuple[str, object]] = {}
        for doc_id in doc_of:
            meta = db.document_meta(store, doc_id) or {}
            bodies[doc_id] = (meta.get("body") or "", document_time(meta))
            for c in db.document_claims(store, doc_id):
                claims[c["id"]] = c
        items = [(cid, gid) for cid, gid in to_gold.items() if gid in gold_h and happening_of.get(cid) is not None]
        by_pred: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for cid, gid in items:
            by_pred[happening_of[cid]].append((cid, gid))
        found = db.happenings_by_id(store, by_pred)
        labels = {h: d.get("label") for h, d in found.items()}
        late = late_anchors(doc_of, bodies, {gid: g["event"] for gid, g in golds.items()})
        n_wrong = 0
        for h, members in sorted(by_pred.items()):
            golds_here = Counter(gold_h[gid] for _c, gid in members)
            if len(golds_here) < 2:
                continue
            major = golds_here.most_common(1)[0][0]
            if verbose:
                print(f"system happening {h} [{(labels.get(h) or '')[:60]}] mixes " +
                      ", ".join(f"{g} ×{n}" for g, n in golds_here.most_common()))
            for cid, gid in members:
                if gold_h[gid] == major:
                    continue
                c = claims[cid]
                body, ref = bodies[c["document_id"]]
                sent = sentence_of(c, body)
                neighbour = any(o != cid and claims[o]["document_id"] == c["document_id"] and gold_h[og] != gold_h[gid]
                                and sentence_of(claims[o], body) == sent for o, og in members)
                cls = classify(c, body, ref, neighbour)
                tally[cls] += 1
                n_wrong += 1
                late_wrong += gold_h[gid].split("/")[0] in late
                if verbose:
                    when = claim_when(c, body, ref)[0]
                    print(f"    {cls:<18} gold {gold_h[gid]:<34} {gid:<30} when={when.label() if when else '-'} "
                          f"kind={claim_kind(c, body)}  {(c.get('content') or '')[:110]!r}")
        splits = split_off(items, happening_of, gold_h, found)
    print("split: " + ", ".join(f"{k} {v}" for k, v in splits.most_common()) +
          f" ({sum(splits.values())} claims away from the system happening holding most of their gold happening)")
    print(f"anchors: {len(late)} of {len(events)} events have their act's days from a report linked first and dated more "
          f"than {RECAP_DAYS} days after their earliest report ({', '.join(f'{ev} +{d}' for ev, d in sorted(late.items()))}); "
          f"{late_wrong} of the {n_wrong} misplaced claims are in them")
    return tally, n_wrong, len(items)


def cross_language_misses(split: str = "dev") -> tuple[Counter, Counter, int]:
    """(class tally, flag tally, Cyrillic claims with an English event) of the cross-language home of ``split``'s dev
    events (see the module's docstring)."""
    from linking import load_real_news_cyrillic, page_event

    events, golds, _links, page_of = load_real_news_cyrillic(split)
    tally: Counter = Counter()
    flags: Counter = Counter()
    n = 0
    with real_news_home(page_of, golds) as (store, _to_gold, doc_of, _n):
        every_event = [e["id"] for e in db.list_events(store)]
        features = {doc_of[d["document_id"]]: d["features"] for docs in db.documents_of_events(store, every_event).values()
                    for d in docs if d["document_id"] in doc_of}
        claims_of = {doc_of[d]: [c["id"] for c in db.document_claims(store, d)] for d in doc_of}
        every = [c for cs in claims_of.values() for c in cs]
        event_of, happening_of = db.claim_events(store, every), db.claim_happenings(store, every)
        # the page each happening was founded by: the page of its lowest claim id (claims are stored in link order)
        founder: dict[int, str] = {}
        for page, cs in sorted(claims_of.items(), key=lambda kv: min(kv[1] or [10 ** 12])):
            for c in sorted(cs):
                h = happening_of.get(c)
                if h is not None and (h not in founder or min(cs) < min(claims_of[founder[h]])):
                    founder.setdefault(h, page)
        cyrillic = {p: page_event(p, events) for p, g in golds.items() if g["event"].endswith("-pages")}
        for page, story in sorted(cyrillic.items()):
            if story is None or page not in claims_of:
                continue
            english = [q for q, g in golds.items() if g["event"] == story and q in claims_of]
            theirs = [c for q in english for c in claims_of[q]]
            ev = Counter(event_of[c] for c in theirs if c in event_of).most_common(1)
            hap = Counter(happening_of[c] for c in theirs if c in happening_of).most_common(1)
            f = features.get(page, {})
            keys = set(f.get("entities", {}))
            english_keys = {k for q in english for k in features.get(q, {}).get("entities", {})}
            english_areas = {k for q in english for k in features.get(q, {}).get("terms", {}) if k.startswith("@")}
            areas = {k for k in f.get("terms", {}) if k.startswith("@")}
            for c in claims_of[page]:
                n += 1
                if hap and happening_of.get(c) == hap[0][0]:
                    continue
                if not ev or event_of.get(c) != ev[0][0]:
                    cls = "words-not-shared" if keys & english_keys else "no-shared-entity"
                else:
                    cls = "own-happening-first" if founder.get(happening_of.get(c, -1)) == page else "other-happening"
                tally[cls] += 1
                if not f.get("date") and any(features.get(q, {}).get("date") for q in english):
                    flags["date-unread"] += 1
                if english_areas and not areas & english_areas:
                    flags["place-unmatched"] += 1
    return tally, flags, n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=("tune", "cyrillic-dev", "real-news-dev", "real-news-dev-xlang", "all"), default="all")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args(argv)
    if a.set == "real-news-dev-xlang":
        if not REAL_NEWS.exists():
            print(f"real-news-dev-xlang: skipped ({REAL_NEWS} absent)")
            return 0
        tally, flags, n = cross_language_misses()
        print(f"real-news-dev-xlang: {sum(tally.values())} of {n} Cyrillic claims not on the happening holding most of their "
              "English pages' claims: " + (", ".join(f"{k} {v}" for k, v in tally.most_common()) or "none") +
              "; of them " + (", ".join(f"{k} {v}" for k, v in flags.most_common()) or "no flag"))
        return 0
    from own_events import CYRILLIC, check_gold

    sets = {"tune": lambda: (DATA / "pair-train", list(TUNE)),
            "cyrillic-dev": lambda: (DATA / "cyrillic-dev", check_gold(DATA / "cyrillic-dev", CYRILLIC)),
            "real-news-dev": lambda: (REAL_NEWS, list(REAL_NEWS_SPLITS["dev"]))}
    total: Counter = Counter()
    for name, get in sets.items():
        if a.set not in (name, "all"):
            continue
        root, names = get()
        if not root.exists():
            print(f"{name}: skipped ({root} absent)")
            continue
        tally, wrong, n = misses(root, names, a.verbose)
        total.update(tally)
        print(f"{name}: {wrong} of {n} claims on a happening whose majority is another gold happening: " +
              ", ".join(f"{k} {v}" for k, v in tally.most_common()))
    if a.set == "all":
        print("all: " + ", ".join(f"{k} {v}" for k, v in total.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
