"""Events: documents (and their claims) grouped by what they report — when, where, who, what.

A document is compared only with the events that share one of its keys (a place, an actor, a
distinctive term) inside a date window, found through an index; it joins the best one above a
threshold or founds a new event. Adding a document never recomputes the store.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from datetime import date, timedelta

from .. import countries as C
from ..store import Store
from ..store import links as db
from . import names as N
from .places import area_key, capital_country, compatible, resolve

#: Documents further apart than this are never the same event.
WINDOW_DAYS = 21
#: Similarity (cosine of weighted entities and terms, plus a small date bonus) needed to join an event.
#: Chosen on the demo corpus, the only cross-document gold we have, so not held-out: at 0.065 the
#: real extractor's noisier entities chained the three demo events into one; at 0.075 one gold
#: event splits in two. 0.07 keeps both the gold-entity and the end-to-end runs pure.
JOIN = 0.07
#: A second event scoring at least this share of the best one (and 1.5 x JOIN) is the same event: they
#: merge -- when the document tells them as one story (:meth:`EventLinker._one_story`), as a tie must.
BRIDGE = 0.6
#: ... or, above JOIN alone, at least this share of it: a document that fits two events all but equally
#: (a report of the act joining both the act's first reports and a later report on its toll, founded
#: apart) shows they are one, where a weaker second fit would chain two stories through one report.
TIE = 0.95
#: A tie merges only when the keys the document shares with both events (and at least one of them
#: specific: a name or a town's area, not a word) carry at least this share of its fit to each: a
#: news-in-brief page fits two unrelated stories all but equally too, but through disjoint keys (one
#: line names the ferry, another the earthquake), so it shares nothing with both -- unless the two
#: events fit each other (JOIN) by themselves. Not tuned on a spread: the one real tie seen (dev
#: kakhovka, one place under two names) gives 0.23, the digests of the review 0.
TIE_COMMON = 0.2
#: ... or one sentence of the document names both events: a name only one event shares with it
#: and a name only the other shares with it ("the blast at the Harnlow plant outside Kesswick",
#: where two first reports told the one act under the two names). A digest's paragraph on each
#: story names each story in sentences of its own. The body's first SENTENCE_CHARS characters,
#: each name's first SENTENCE_MENTIONS places there.
SENTENCE_CHARS = 20000
SENTENCE_MENTIONS = 50
#: Weight of the similarity to the closest single document of an event (vs its centroid).
NEAR_W = 0.9
#: None: the better of centroid and closest document; else the share of the closest document.
MIX = None
#: A headline word counts this many times.
HEAD_W = 6
#: Taken off the score when the document's main place is not the event's.
PLACE_CONFLICT = 0.05
#: Taken off the score when the gazetteer says the document's main town or region and the
#: event's cannot be one place (Mariupol and Nova Kakhovka; not Kramatorsk and the Donetsk region).
GAZETTEER_CONFLICT = 0.15
#: Added to the score when the area of the town a document names most is one the event names.
AREA_MATCH = 0.06
#: Weight of a town's area (see _areas) per mention, as a term.
AREA_W = 3
#: At most this many of an event's documents are compared one by one.
MAX_COMPARE = 40
#: Weight of an entity mention relative to a content term.
ENT_W = 2.0
ACTOR_TYPES = {"PERSON", "ORG", "MILITARY_UNIT", "UNIT", "EQUIPMENT", "WEAPON"}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
STOPWORDS = set("""
about above after again against also among another around because been before being below between both
cannot could does doing down during each even every from further have having here hers herself himself
into itself just last later least like many more most much must near never none once only other ours over
same says said should since some still such than that their theirs them then there these they this those
through under until very were what when where which while whom whose will with within without would your
yours according told added reported week weeks month months year years today yesterday monday tuesday
wednesday thursday friday saturday sunday morning evening night hours hour first second third also
statement wrote writes asked time people told just made make makes including include part city area
january february march april june july august september october november december anywhere anything something
nothing everything everyone someone nobody anybody would could should might must shall another however although
news video photo image credit reading read more subscribe advertisement cookies written related page
""".split())
_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"], 1)}


def parse_date(text: str | None) -> date | None:
    if not text:
        return None
    text = str(text).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    m = re.search(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})", text) or None
    if m and m[2].lower()[:3] in {k[:3] for k in _MONTHS}:
        month = next(v for k, v in _MONTHS.items() if k[:3] == m[2].lower()[:3])
        try:
            return date(int(m[3]), month, int(m[1]))
        except ValueError:
            return None
    m = re.search(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", text)
    if m and m[1].lower()[:3] in {k[:3] for k in _MONTHS}:
        month = next(v for k, v in _MONTHS.items() if k[:3] == m[1].lower()[:3])
        try:
            return date(int(m[3]), month, int(m[2]))
        except ValueError:
            return None
    return None


def term(word: str) -> str:
    w = N.strip_accents(word).lower().replace("’", "'").split("'")[0]
    for suf in ("ings", "ing", "ies", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def terms(headline: str | None, body: str | None, names: set[str], top: int = 30) -> dict[str, int]:
    """Distinctive content terms (the headline counts thrice), without the entity names."""
    c: Counter = Counter()
    for weight, text in ((HEAD_W, headline or ""), (1, body or "")):
        for w in _WORD.findall(text):
            t = term(w)
            if t in STOPWORDS or w.lower() in STOPWORDS or t in names or len(t) < 4:
                continue
            c[t] += weight
    return dict(c.most_common(top))


def document_day(meta: dict) -> date | None:
    """The date a document reports on: published, else captured (Telegram, WARC), else its metadata's."""
    return parse_date(meta.get("published")) or parse_date(meta.get("captured_at")) or parse_date(
        (meta.get("metadata") or {}).get("date"))


def features(meta: dict, entities: list[dict], canon: dict[int, int]) -> dict:
    """What an event is recognised by, for one document: its date, the entities it names (with
    how often, a name in the headline counting extra) and its content terms."""
    day = document_day(meta)
    head = (meta.get("headline") or "").lower()
    ents: dict[str, int] = {}
    labels: dict[str, str] = {}
    name_words: set[str] = set()
    for e in entities:
        cid = canon.get(e["id"])
        if cid is None or e["type"] not in N.PLACE_TYPES | ACTOR_TYPES:
            continue
        for w in _WORD.findall(e["name"]):
            name_words.add(term(w))
        key = _entity_key(e, cid)
        tf = max(1, len(e.get("mentions") or []))
        if any(m and m.lower() in head for m in [e["name"], *(e.get("mentions") or [])] if len(m or "") > 3):
            tf += 3
        ents[key] = ents.get(key, 0) + tf
        labels.setdefault(key, e["name"])
    found_terms = terms(meta.get("headline"), meta.get("body"), name_words)
    found_terms.update(_areas(ents, labels, _countries_named(meta.get("body") or "")))
    return {
        "date": day.isoformat() if day else None,
        "script": script(meta.get("body") or ""),
        "entities": ents,
        "labels": labels,
        "terms": found_terms,
        "headline": meta.get("headline") or meta.get("title") or "",
    }


#: The body's first this many characters tell its script.
SCRIPT_CHARS = 5000
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def script(body: str) -> str:
    """The script most of a body's letters are written in: "cyrillic" (a Russian or Ukrainian report) or "latin"."""
    head = body[:SCRIPT_CHARS]
    return "cyrillic" if len(_CYRILLIC_LETTER.findall(head)) > len(_LATIN_LETTER.findall(head)) else "latin"


def language_independent(vec: dict[str, float]) -> dict[str, float]:
    """The keys of a vector that mean the same in any language: canonical entities (the entity linker merges one
    name across scripts) and the areas of the towns named (the gazetteer's), not the words."""
    return {k: v for k, v in vec.items() if not k.startswith("t:") or k.startswith("t:@")}


def _beyond_organisation(a: dict[str, float], b: dict[str, float]) -> bool:
    """Two language-independent vectors share a key other than an organisation ("o:"): a person, a place or a town
    area. One ministry or emergency service reports many happenings in many towns, so sharing it alone is no sign of
    one event; without words beside it, it would lift the fit of any two of its reports."""
    if len(a) > len(b):
        a, b = b, a
    return any(k in b and not k.startswith("o:") for k in a)


def _cross_script(a: dict, b: dict) -> bool:
    """Two documents' features written in different scripts (unknown for features stored before the script was)."""
    return bool(a.get("script")) and bool(b.get("script")) and a["script"] != b["script"]


def _entity_key(e: dict, cid: int) -> str:
    """An event's key of a canonical entity: "p:" a place, "a:" a person, "o:" any other actor."""
    return f"{'p' if e['type'] in N.PLACE_TYPES else ('a' if e['type'] == 'PERSON' else 'o')}:{cid}"


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na, nb = _norm(a), _norm(b)
    return dot / (na * nb) if na and nb else 0.0


def _norm(v: dict[str, float]) -> float:
    return math.sqrt(sum(x * x for x in v.values()))


class EventLinker:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._linked: int | None = None   # documents linked (read when first needed)
        self._df: dict[str, float] = {}
        self._window: tuple[str, str] | None = None
        self._n_window = 0
        self._seen: dict[str, bool] = {}   # key -> named by some document in the window already
        self._edf: dict[int, int] = {}   # canonical id -> documents naming it (in the window, when set)
        self._months: list[str] = []
        #: the entity keys of each sentence of the linked document (:func:`sentence_keys`), read when a
        #: bridge first asks (most documents fit one event at most), from its (body, entities, canon)
        self._sentence_keys: list[set[str]] | None = None
        self._sentence_doc: tuple[str, list[dict], dict[int, int]] = ("", [], {})
        self._n_months = 0
        self.merged: list[int] = []
        self._events: dict[int, dict] = {}             # candidate events read for one link ...
        self._event_docs: dict[int, list[dict]] = {}   # ... and their documents (the first MAX_COMPARE)
        self.cross: list[tuple[list[dict], list[dict]]] = []
        self._shared: dict[int, dict[str, float]] = {}   # per candidate event: what each shared key adds to the fit
        self._centroids: dict[int, dict[str, float]] = {}

    @property
    def _n(self) -> int:
        if self._linked is None:
            self._linked = max(1, db.linked_count(self.store))
        return self._linked

    def _idf(self, keys, ranges: list[tuple[str, str]] | None = None) -> dict[str, float]:
        """Inverse document frequency, over the documents of the date window when the date is
        known (a country, or its adjective, is common in its own war's reporting, however rare it
        is in the store at large): entities over the window itself, terms over the months it
        spans (their counts are kept per month). Else over the whole store. The counts are read
        in one round trip; ``ranges`` (the window and its months, when a new window starts) are
        counted in the same one."""
        missing = [k for k in keys if k not in self._df]
        terms_ = [k[2:] for k in missing if k.startswith("t:")]
        ids = [int(k[2:]) for k in missing if not k.startswith("t:")]
        uncounted = [i for i in ids if i not in self._edf]
        lo, hi = self._window or (None, None)
        found, counted, in_ranges = db.document_frequencies(
            self.store, [f"{m}|{t}" for m in self._months for t in terms_] if self._months else terms_, uncounted,
            lo=lo, hi=hi, ranges=ranges)
        self._edf.update(counted)
        if in_ranges is not None:
            self._n_window, self._n_months = in_ranges
        if self._months:
            tdf: dict[str, int] = {}
            for mt, df in found.items():
                tdf[mt[8:]] = tdf.get(mt[8:], 0) + df
            n_terms = self._n_months
        else:
            tdf, n_terms = found, self._n
        edf = {i: self._edf[i] for i in ids}
        for k in missing:
            if k.startswith("t:"):
                df, n = tdf.get(k[2:], 0), n_terms
            else:
                df, n = edf[int(k[2:])], (self._n_window if self._window else self._n)
            self._df[k] = math.log((n + 1) / (df + 0.5)) + 0.2
            # named elsewhere already (the document's own entities are counted by now, its terms not yet)
            self._seen[k] = df > (0 if k.startswith("t:") else 1)
        return {k: self._df[k] for k in keys}

    def _entity_dfs(self, ids: list[int]) -> dict[int, int]:
        """Documents naming each entity, in the date window when there is one: one statement for
        those not counted yet (counts are kept while the window stays)."""
        missing = [i for i in ids if i not in self._edf]
        if missing:
            self._edf.update(db.entity_dfs(self.store, missing, *(self._window or (None, None))))
        return {i: self._edf[i] for i in ids}

    def _main_place(self, ents: dict[str, float]) -> str | None:
        """The most mentioned place, when it is salient and specific (not the country every report names)."""
        places = sorted(((v, k) for k, v in ents.items() if k.startswith("p:")), reverse=True)
        if not places or places[0][0] < 2:
            return None
        key = places[0][1]
        if self._window and self._n_window >= 4:
            if self._entity_dfs([int(key[2:])])[int(key[2:])] / self._n_window > 0.5:
                return None
        return key

    @staticmethod
    def _raw(ents: dict[str, float], terms_: dict[str, float]) -> dict[str, float]:
        return {**{k: ENT_W * v for k, v in ents.items()}, **{f"t:{k}": float(v) for k, v in terms_.items()}}

    def vector(self, ents: dict[str, float], terms_: dict[str, float], ranges: list[tuple[str, str]] | None = None) -> dict[str, float]:
        raw = self._raw(ents, terms_)
        idf = self._idf(raw, ranges)
        return {k: math.sqrt(v) * idf[k] for k, v in raw.items()}

    def _read_candidates(self, event_ids: list[int]) -> None:
        """The candidate events and their documents in two statements, and the weights of every
        key their vectors use in (at most) two more, before any is scored."""
        self._events, documents = db.events_with_documents(self.store, event_ids)
        self._event_docs = {eid: docs[:MAX_COMPARE] for eid, docs in documents.items()}
        keys: set[str] = set()
        for eid in event_ids:
            for fe in [self._events[eid]["profile"], *(d["features"] for d in self._event_docs[eid])]:
                keys.update(self._raw(fe.get("entities", {}), fe.get("terms", {})))
        self._idf(keys)

    def score(self, f: dict, vec: dict[str, float], event_id: int) -> tuple[float, str]:
        ev = self._events.get(event_id) or db.event(self.store, event_id)
        assert ev is not None
        prof = ev["profile"]
        evec = self.vector(prof.get("entities", {}), prof.get("terms", {}))
        docs = self._event_docs[event_id] if event_id in self._event_docs else db.event_documents(self.store, event_id)[:MAX_COMPARE]
        # A report in another script shares no words with the event's reports, only what means the same in any
        # language: an event all of whose reports are in another script is compared on that alone, as is each such
        # report below (a Russian report of the act an English story tells shares its names and places, not its words).
        other = bool(docs) and all(_cross_script(f, d["features"]) for d in docs)
        # Only when they share more than an organisation: otherwise the full vectors, as within one script.
        neutral = language_independent(vec)
        eneutral = language_independent(evec) if other else {}
        s = _cos(neutral, eneutral) if _beyond_organisation(neutral, eneutral) else _cos(vec, evec)
        self._centroids[event_id] = evec
        self._shared[event_id] = {k: vec[k] * evec[k] for k in vec if k in evec}
        # the closest single document counts too: a small event's centroid is noisy
        near = 0.0
        for d in docs:
            fe = d["features"]
            dvec = self.vector(fe.get("entities", {}), fe.get("terms", {}))
            dneutral = language_independent(dvec) if _cross_script(f, fe) else {}
            near = max(near, _cos(neutral, dneutral) if _beyond_organisation(neutral, dneutral) else _cos(vec, dvec))
        s = max(s, NEAR_W * near) if MIX is None else (1 - MIX) * s + MIX * near
        # a document centred on one specific place does not belong to an event centred on another
        mine, theirs = self._main_place(f["entities"]), self._main_place(prof.get("entities", {}))
        if mine and theirs and mine != theirs and prof.get("entities", {}).get(mine, 0) < 2:
            s -= PLACE_CONFLICT
        here, there = specific_place(f["entities"], f["labels"]), specific_place(prof.get("places", {}))
        if here is not None and there is not None and not compatible(here, there):
            s -= GAZETTEER_CONFLICT
        areas = {k: v for k, v in f["terms"].items() if k.startswith("@")}
        if areas and prof.get("terms", {}).get(max(areas, key=areas.__getitem__)):
            s += AREA_MATCH   # the town the report is most about is one the event's reports name
        d = f["date"]
        if d and ev["date_min"]:
            gap = min(abs((date.fromisoformat(d) - date.fromisoformat(x)).days) for x in (ev["date_min"], ev["date_max"]))
            if gap > WINDOW_DAYS:
                return -1.0, "outside the date window"
            s += 0.02 if gap <= 2 else (0.0 if gap <= 7 else -0.1)
        shared = sorted(((vec[k] * evec[k], k) for k in vec if k in evec and not k.startswith("t:")), reverse=True)
        names = [f["labels"].get(k, k) for _w, k in shared[:3]]
        words = [k[2:] for _w, k in sorted(((vec[k] * evec[k], k) for k in vec if k in evec and k.startswith("t:")), reverse=True)[:4]]
        reason = "; ".join(x for x in (("shares " + ", ".join(names)) if names else "", ("about " + ", ".join(words)) if words else "",
                                       f"similarity {s:.2f}") if x)
        return s, reason

    def link(self, document_id: int, meta: dict, entities: list[dict], canon: dict[int, int], claim_ids: list[int]) -> int:
        f = features(meta, entities, canon)
        self._sentence_keys, self._sentence_doc = None, (meta.get("body") or "", entities, canon)
        lo = hi = None
        ranges = None
        if f["date"]:
            d = date.fromisoformat(f["date"])
            lo, hi = (d - timedelta(days=WINDOW_DAYS)).isoformat(), (d + timedelta(days=WINDOW_DAYS)).isoformat()
            self._months = _months(lo, hi)
            # the documents of the window and of its months are counted with the vector's weights
            ranges = [(lo, hi), (self._months[0] + "-01", self._months[-1] + "-31")]
            self._window, self._df, self._seen, self._edf = (lo, hi), {}, {}, {}
        vec = self.vector(f["entities"], f["terms"], ranges)
        top = sorted(vec, key=lambda k: -vec[k])
        keys = [k for k in top if not k.startswith("t:")][:12] + [k for k in top if k.startswith("t:")][:10]
        # Look up by the strongest keys that some document of the window already has: a name no
        # one else used yet is the rarest, so it would rank first, yet it cannot find anything.
        # Keys carry the month, so a term every report uses ("hospital") only finds the events
        # of the months in the window, however large the store grows.
        seen = [k for k in top if self._seen.get(k, True)]
        find = [k for k in seen if not k.startswith("t:")][:12] + [k for k in seen if k.startswith("t:")][:10]
        lookup = [f"{k}@{m}" for k in find for m in _months(lo, hi)] if lo and hi else find
        # An undated report (no publication date, no dateline) has no month: its specific keys
        # (names, a town's area; not common words) are filed as undated, where dated reports look
        # too (with all their strongest specific keys: the window's counts do not see undated reports).
        if lo and hi:
            lookup += [f"{k}{UNDATED}" for k in top if _specific_key(k)][:12]
        stored = keys + ([f"{k}@{f['date'][:7]}" for k in keys] if f["date"] else [f"{k}{UNDATED}" for k in keys if _specific_key(k)])
        best, best_s, best_why = None, JOIN, ""
        scored = []
        self._shared, self._centroids = {}, {}
        candidates = db.event_candidates(self.store, lookup, lo, hi)
        self._read_candidates(candidates)
        undated: set[int] = set()   # events of undated reports only: joined, never bridged (no date says they are one)
        for eid in candidates:
            if lo and (self._events.get(eid) or {}).get("date_min") is None:
                undated.add(eid)
            s, why = self.score(f, vec, eid)
            scored.append((s, eid))
            if s >= best_s:
                best, best_s, best_why = eid, s, why
        read = self._events
        self._events, self._event_docs = {}, {}   # merges below change them
        self.merged, self.cross = [], []
        if best is not None:
            # one document that fits two events well shows they are one event
            for s, eid in sorted(scored, reverse=True):
                # either bridge asks the same question: a digest page fits two stories strongly
                # (one full paragraph on each) yet through disjoint keys, and shows nothing
                if eid != best and (s >= 1.5 * JOIN and s >= BRIDGE * best_s or s >= JOIN and s >= TIE * best_s) \
                        and self._one_story(best, eid) \
                        and not (undated & {eid, best}):
                    self.merge_events(best, eid)
                    self.merged.append(eid)
        if best is None:
            profile = {"entities": f["entities"], "terms": f["terms"], "places": {}, "headline": f["headline"], "documents": 1}
            _add_places(profile, f)
            eid = db.new_event(self.store, _label(profile, f["date"]), f["date"], f["date"], profile)
            db.add_event_document(self.store, document_id, eid, 0.0, "founded this event", f)
        else:
            eid = best
            ev = read[eid] if not self.merged else db.event(self.store, eid)
            assert ev is not None
            prof = ev["profile"]
            prof["entities"] = _top(Counter(prof.get("entities", {})) + Counter(f["entities"]), 80)
            prof["terms"] = _top(Counter(prof.get("terms", {})) + Counter(f["terms"]), 80)
            _add_places(prof, f)
            prof["documents"] = prof.get("documents", 0) + 1
            dates = [x for x in (ev["date_min"], ev["date_max"], f["date"]) if x]
            dmin, dmax = (min(dates), max(dates)) if dates else (None, None)
            db.update_event(self.store, eid, _label(prof, dmin), dmin, dmax, prof)
            db.add_event_document(self.store, document_id, eid, round(best_s, 3), best_why, f)
        db.add_event_keys(self.store, eid, stored)
        db.add_term_df(self.store, _term_keys(f))
        db.add_event_claims(self.store, eid, claim_ids)
        return eid

    def _one_story(self, a: int, b: int) -> bool:
        """The document that fits events a and b all but equally fits them through the same keys
        (a good part of what it shares with each, it shares with both), or the two events fit each other."""
        sa, sb = self._shared.get(a, {}), self._shared.get(b, {})
        both = sa.keys() & sb.keys()
        ta, tb = sum(sa.values()), sum(sb.values())
        if ta > 0 and tb > 0 and any(_specific_key(k) for k in both) \
                and min(sum(sa[k] for k in both) / ta, sum(sb[k] for k in both) / tb) >= TIE_COMMON:
            return True
        only_a, only_b = sa.keys() - sb.keys(), sb.keys() - sa.keys()
        if self._sentence_keys is None:
            self._sentence_keys = sentence_keys(*self._sentence_doc)
        if any(keys & only_a and keys & only_b for keys in self._sentence_keys):
            return True
        return _cos(self._centroids.get(a, {}), self._centroids.get(b, {})) >= JOIN

    def merge_events(self, keep: int, drop: int) -> None:
        # the two events' claims were never compared: the caller relates these pairs
        self.cross.append((db.event_claims(self.store, keep), db.event_claims(self.store, drop)))
        db.merge_events(self.store, keep, drop)
        self.refresh(keep)

    def forget(self, features_: dict | None) -> None:
        """A document leaves: its terms no longer count in the document frequencies."""
        if features_:
            db.add_term_df(self.store, _term_keys(features_), -1)

    def refresh(self, event_id: int) -> None:
        """Rebuild an event's profile from its remaining documents (after one left)."""
        docs = db.event_documents(self.store, event_id)
        if not docs:
            return
        ents: Counter = Counter()
        t: Counter = Counter()
        dates: list[str] = []
        prof = {"places": {}, "headline": docs[0]["features"].get("headline", ""), "documents": len(docs)}
        for d in docs:
            ents.update(d["features"].get("entities", {}))
            t.update(d["features"].get("terms", {}))
            _add_places(prof, d["features"])
            if d["features"].get("date"):
                dates.append(d["features"]["date"])
        prof["entities"], prof["terms"] = _top(ents, 80), _top(t, 80)
        dmin, dmax = (min(dates), max(dates)) if dates else (None, None)
        db.update_event(self.store, event_id, _label(prof, dmin), dmin, dmax, prof)


def _countries_named(body: str) -> set[str]:
    """The known countries a text names, by name or adjective (keys of data/countries.json)."""
    return {k for w in set(re.findall(r"\b[A-Z][a-z]{2,}\b", body)) if (k := C.known(w))}


def _areas(ents: dict[str, int], labels: dict[str, str], countries: set[str]) -> dict[str, int]:
    """The areas a document's towns lie in, as terms ("@46.5_33": Kakhovka, Nova Kakhovka, the
    Kakhovka dam), weighted by how often they are named: one place under several names, which
    the entity linker keeps apart, still makes two reports about it meet. Only towns of a
    country the document names count (a "Tarnov" in a report about invented countries is not
    the Polish town)."""
    out: dict[str, int] = {}
    for k, n in ents.items():
        if not k.startswith("p:"):
            continue
        try:
            p = resolve(labels.get(k, ""))
        except Exception:   # the gazetteer missing is no reason to fail a link
            return {}
        # a capital stands for its government ("Moscow said"), a dateline for the newsroom
        key = (area_key(p) if p is not None and p.kind == "city" and p.country in countries and not capital_country(p.name)
               else None)
        if key:
            out["@" + key] = out.get("@" + key, 0) + AREA_W * n
    return out


def specific_place(counts: dict, labels: dict | None = None):
    """The most named place of a document (entity keys with ``labels``) or of an event (its
    ``places``: label -> count) that the gazetteer knows as a town or region, when it is named at
    least twice and its country is named too (a "Tarnov" in a report about invented countries is
    not the Polish town); else None."""
    named = sorted(((v, labels.get(k, k) if labels is not None else k) for k, v in counts.items()
                    if labels is None or k.startswith("p:")), reverse=True)
    try:
        found = [(n, resolve(label)) for n, label in named[:12]]
    except Exception:   # the gazetteer missing is no reason to fail a link
        return None
    countries = {p.country for _n, p in found if p is not None and p.kind == "country"}
    for n, p in found[:6]:
        if n < 2:
            break
        if p is not None and p.kind == "city" and capital_country(p.name):
            continue   # a capital stands for its government ("Moscow said"), as in _areas
        if p is not None and p.kind != "country" and p.country in countries:
            return p
    return None


#: The month of an undated report's keys (see EventLinker.link).
UNDATED = "@undated"


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def sentence_keys(body: str, entities: list[dict], canon: dict[int, int]) -> list[set[str]]:
    """The entity keys (as :func:`features` names them) each sentence of the body's first
    :data:`SENTENCE_CHARS` characters names, by the entities' names and mentions (each one's first
    :data:`SENTENCE_MENTIONS` places); sentences naming none are left out."""
    text = body[:SENTENCE_CHARS]
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    found: dict[int, set[str]] = {}
    for e in entities:
        cid = canon.get(e["id"])
        if cid is None or e["type"] not in N.PLACE_TYPES | ACTOR_TYPES:
            continue
        key = _entity_key(e, cid)
        for m in {x for x in [e["name"], *(e.get("mentions") or [])] if len(x or "") > 3}:
            at, n = text.find(m), 0
            while at >= 0 and n < SENTENCE_MENTIONS:
                found.setdefault(bisect_right(ends, at), set()).add(key)
                at, n = text.find(m, at + len(m)), n + 1
    return list(found.values())


def _specific_key(key: str) -> bool:
    """A key specific enough to find undated events by: an entity, or a town's area (not a word)."""
    return not key.startswith("t:") or key.startswith("t:@")


def _months(lo: str, hi: str) -> list[str]:
    out, y, m = [], int(lo[:4]), int(lo[5:7])
    while f"{y:04d}-{m:02d}" <= hi[:7]:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _term_keys(f: dict) -> list[str]:
    """A document's terms as counted for document frequencies: in the store, and in its month."""
    terms_ = list(f.get("terms", {}))
    return terms_ + ([f"{f['date'][:7]}|{t}" for t in terms_] if f.get("date") else [])


def _top(c: Counter, n: int) -> dict:
    return dict(c.most_common(n))


def _add_places(profile: dict, f: dict) -> None:
    places = Counter(profile.get("places", {}))
    for k, v in f["entities"].items():
        if k.startswith("p:"):
            places[f["labels"][k]] += v
    profile["places"] = dict(places)


def _label(profile: dict, day: str | None) -> str:
    places = Counter(profile.get("places", {}))
    place = places.most_common(1)[0][0] if places else None
    top = [t for t, _n in Counter(profile.get("terms", {})).most_common(3)]
    head = " ".join((profile.get("headline") or "").split())
    head = head if len(head) <= 70 else head[:69] + "…"
    parts = [p for p in (place, day) if p]
    return " · ".join(parts + [head or ", ".join(top)])
