"""Organisations: acronyms tied to the phrase they abbreviate ("military intelligence (GUR)"), a
state's organ named with its state ("Russia's defence ministry", then "the Russian ministry"),
the phrases a later "the ministry" stands for, and the body a generic noun ("the company",
"the label", "the agency") continues.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from ... import countries as C
from .lexicon import (
    _BODY_KIND_OF, _BODY_KINDS, _FACILITY_KIND, _FUNCTION, _OTHER_BODY_WORDS, _OWNED_ORGAN_HEADS, BODY_WORDS,
    PLACE_BOUND_KINDS, STATE_ORGAN_WORDS,
)
from .names import _content_words, _DETS, _head_word, _is_outlet_name, _owner_key, _OWNER_PRONOUN, _POSS, clean_name, members_tail
from .roles import Roles


_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")

#: How many entries before a claim each list gives a spokesperson's body of a kind.
_KIND_LOOKBACK = 64


#: Entity types a body's common noun ("the army", "the agency") never stands for.
_NOT_BODY_TYPES = ("GPE", "NORP", "LOC", "PERSON", "DATE", "FAC")


def _name_words(name: str, capitalised: bool = False) -> set[str]:
    """The words of a name in lower case, without a possessive or brackets ("Kelby Police's" →
    {"kelby", "police"}); with ``capitalised``, only its capitalised words."""
    return {_POSS.sub("", w).lower().strip(".,()") for w in name.split() if not capitalised or w[:1].isupper()}


def _before(entries: list[tuple[int, str]], pos: int) -> list[tuple[int, str]]:
    """At most :data:`_KIND_LOOKBACK` entries of ``entries`` before ``pos`` and within 1500
    characters of it, read backwards from the list's end. Entries at or after ``pos`` are skipped
    and not counted, so what a claim's speaker is never depends on text after it (lists are filled
    for a whole chunk, in the order of the passes, before its speakers are resolved; the entries
    skipped are at most one chunk's)."""
    out: list[tuple[int, str]] = []
    seen = 0
    for p, name in reversed(entries):
        if p >= pos:
            continue
        seen += 1
        if seen > _KIND_LOOKBACK:
            break
        if pos - p < 1500:
            out.append((p, name))
    return out


#: The rest of a body's name, then its acronym in brackets: " in Europe (OSCE)".
_ACRONYM_AFTER = re.compile(r"[\w\s'’-]{0,40}?\(([A-Z][A-Za-z]{1,9})\)")


def _initials_run(words: list[str], acro: str) -> list[str] | None:
    """The shortest run of ``words`` ending the list whose capitalised words' initials spell
    ``acro`` ("Organization for Security and Co-operation in Europe" for OSCE), else None."""
    for k in range(1, min(len(words), 2 * len(acro) + 2) + 1):
        run = words[-k:]
        if run[0].lower() in _FUNCTION or not run[0][:1].isupper():
            continue
        initials = "".join(w[0] for w in run if w[:1].isupper() and w.lower() not in _FUNCTION)
        if initials.upper() == acro.upper():
            if k < len(words) and all(w.lower() in _FACILITY_KIND for w in run) and words[-k - 1][:1].isupper() \
                    and words[-k - 1].lower() not in _FUNCTION and not _POSS.search(words[-k - 1]):
                # "the Kakhovka Hydroelectric Power Plant (HPP)": the initials spell only the kind
                # of plant; the name before it is whose
                return words[-k - 1:]
            return run
    return None


class Organisations(Roles):
    """Bodies' names, acronyms and owned organs, and what a generic body noun stands for."""

    def _owned_organs(self, doc: Doc, tokens: list[Token], ents: list[Span], offset: int) -> dict[int, str]:
        """A state's ministry the tagger left unnamed after its state ("the Russian defence
        ministry", "Russia's foreign ministry": only "Russian" / "Russia" tagged) is a body named
        with its state: without it the page's mentions of that ministry are lost, and a later bare
        "the Defence Ministry" has nothing to continue. A state's ministry named later by its state
        alone ("the Russian ministry", tagged or not) is the latest one of that state named before.
        Returns {start token of a tagged name: the entity it names, "" for none} for :meth:`feed`. One pass
        over ``tokens`` (``list(doc)``, shared by the passes of :meth:`feed`)."""
        owner_of = {}   # token index just after a state's name (or its "'s") -> the name's span
        for e in ents:
            if e.label_ in ("NORP", "GPE"):
                after = e.end + (1 if e.end < len(doc) and doc[e.end].lower_ in ("'s", "’s") else 0)
                owner_of[after] = e
        # a name all in lower case ("health ministry" tagged ORG) is dropped in feed: untagged here
        named = {t.i for e in ents if any(ch.isupper() for ch in e.text) for t in e}
        tagged = {e[-1].i: e for e in ents if e.label_ == "ORG" and e[-1].lower_ in _OWNED_ORGAN_HEADS and e.start in named}
        redirect: dict[int, str] = {}
        for tok in tokens:
            head = tok.lower_
            organ = tagged.get(tok.i)
            if organ is not None:
                words = [t for t in organ if t.dep_ != "det"]
                if organ.start in owner_of:   # "Russia's" + "Defence Ministry"
                    self._owned_organ_last[head] = (_owner_key(owner_of[organ.start].text), _DETS.sub("", clean_name(organ.text)))
                elif len(words) == 2 and words[0].text[:1].isupper():   # "The Russian ministry" tagged whole
                    last = self._owned_organ_last.get(head)
                    if last is not None and last[0] == _owner_key(words[0].text) and tok.dep_ != "compound":
                        redirect[organ.start] = last[1]
                    elif C.known(words[0].text):
                        # a known state's "ministry" continuing none ("A Ukrainian Ministry official
                        # said"): it names no ministry, and as an entity it joins any of that state's
                        redirect[organ.start] = ""
                continue
            if head not in _OWNED_ORGAN_HEADS or tok.i in named:
                continue
            i = tok.i
            # up to three untagged field words before the head: "defence", "foreign", "Interior"
            while i not in owner_of and i > tok.i - 3 and i > 0 and doc[i - 1].is_alpha and doc[i - 1].i not in named \
                    and doc[i - 1].pos_ in ("ADJ", "NOUN", "PROPN"):
                i -= 1
            owner = owner_of.get(i)
            if owner is None:
                continue
            span = doc[owner.start : tok.i + 1]
            name = clean_name(span.text)
            if not name:
                continue
            owner_key = _owner_key(owner.text)
            if i == tok.i:
                # no field word: "the Russian ministry" names no ministry by itself. It continues
                # the latest one of that state named before ("Russia's defence ministry") or
                # nothing; "a Ukrainian ministry official", "ministry buildings" name none at all
                last = self._owned_organ_last.get(head)
                if tok.dep_ == "compound" or last is None or last[0] != owner_key:
                    continue
                name = last[1]
            name = self.add_entity(name, "ORG", span.text, offset + span.start_char, offset + span.end_char)
            self._owned_organ_last[head] = (owner_key, name)
        return redirect

    def _acronyms(self, text: str, offset: int) -> None:
        # "Ukrainian military intelligence (GUR)": the words before the bracket that the acronym
        # abbreviates. We keep as many words as the acronym has letters (at least two), dropping
        # leading function words — enough to match later mentions like "Ukrainian intelligence".
        for m in _ACRONYM.finditer(text):
            acro = m.group(1)
            before = text[max(0, m.start() - 120) : m.start()].rstrip()
            # only this sentence's words: "STOCKHOLM, June 10. The Norwegian Seismic Array (NORSAR)"
            before = re.split(r"[.!?]\s+(?=[A-Z])|\n", before)[-1]
            words = before.split()
            tail = _initials_run(words, acro) or words[-min(len(words), max(2, len(acro))) :]
            while tail and (tail[0].lower() in _FUNCTION or not tail[0][:1].isalpha()):
                tail = tail[1:]
            if not tail:
                continue
            phrase = " ".join(tail)
            end2 = m.start()
            while end2 > 0 and text[end2 - 1].isspace():
                end2 -= 1
            start = end2 - len(phrase)
            if text[start:end2] != phrase:
                # words separated by more than one space: the raw stretch from the first word
                start = max(0, text.rfind(tail[0], max(0, end2 - 200), end2))
            full = f"{phrase} ({acro})"
            self.acronyms[acro] = full
            self.note_org_phrase(phrase, full)
            self.add_entity(full, "ORG", text[start : m.end()], offset + start, offset + m.end())

    def note_org_phrase(self, phrase: str, full: str, pos: int | None = None) -> None:
        """Remember ``full`` as the body a later phrase with ``phrase``'s words stands for (from
        ``pos``, where the text first names it, when known)."""
        key = (phrase, full)
        if pos is not None:
            self.org_phrase_from[key] = min(pos, self.org_phrase_from.get(key, pos))
        if key in self.org_phrases:
            self.org_phrases[key] = self.org_phrases.pop(key)   # noted again: now the latest
        else:
            self.org_phrases[key] = (_content_words(phrase), _head_word(full))

    def _org_canonical(self, phrase: str, pos: int | None = None) -> str:
        """The body's fullest name for ``phrase``; with ``pos``, only a body named before it ("The
        company confirmed …" is not "Kestrel Company", whose report the text cites further on)."""
        words = _content_words(phrase)
        for acro, full in self.acronyms.items():
            if acro.lower() in words:
                return full
        best, best_words = None, set()
        head = _head_word(phrase)
        # "Vantry Guild of Porters" for "Vantry Guild of Porters and Allied Trades": a name the page
        # also gives with a coordinated tail ("and" + a capital: not "and the Weavers Guild") is cut
        cut = _DETS.sub("", phrase.strip()).lower() + " and "
        of_word = (cut.split()[:-1] or [""])[-1]
        for key, (cw, full_head) in self.org_phrases.items():
            full = key[1]
            if pos is not None and self.org_phrase_from.get(key, -1) > pos:
                continue
            # every word of the phrase in the body's name, and the same kind of body: "the ministry"
            # is "Russia's defence ministry", but "Russia" alone is the state, not its ministry
            bare = _DETS.sub("", full)
            extends = bare.lower().startswith(cut) and bare[len(cut) : len(cut) + 1].isupper() \
                and members_tail(of_word, bare[len(cut) :].split())
            if words and words <= cw and (head in (full_head, None) or extends):
                # the most complete name of the body, the latest among equals ("Wagner" is "the
                # Wagner Group" even when "Wagner" alone was met since)
                if best is None or len(cw) >= len(best_words):
                    best, best_words = full, cw
        return _OWNER_PRONOUN.sub("", _DETS.sub("", best or phrase))

    def _of_kind(self, name: str, noun: str) -> bool:
        """Can ``the <noun>`` ("the label", "the company", "the agency") be the body ``name``: one
        the text set beside a generic noun of that kind, or whose name carries a word of that kind
        ("Silver Harrow Records", "Kelm State Police"), and for a company any name with no word of
        another kind of body ("Apple", not "Kelm Artists Guild"). Other generic nouns take any body."""
        kind = _BODY_KIND_OF.get(noun)
        if kind is None:
            return True
        intro = self._bodies.get(name)
        if intro is not None:
            return _BODY_KIND_OF.get(intro, kind) == kind
        words = {w.lower().strip(".,") for w in name.split()}
        if words & _BODY_KINDS[kind]:
            return True
        if kind == "agency" and len(name) >= 3 and name.isalpha() and name.isupper():
            return True   # "NASA", "FEMA"
        return kind == "company" and not words & _OTHER_BODY_WORDS

    def _body_claim_before(self, pos: int, reach: int, noun: str = "organization") -> str | None:
        """The organisation (not an outlet) that spoke in one of the few claims just before ``pos``,
        within ``reach`` characters, of the kind ``the <noun>`` can be (:meth:`_of_kind`)."""
        k = bisect_left(self._claims_in_order, (pos, -1))
        for _ in range(8):
            if k == 0:
                return None
            k -= 1
            at, name, person = self.claim_speakers[self._claims_in_order[k][1]]
            if pos - at >= reach:
                return None
            if not person and not name.startswith("anonymous") and (name not in self.ents or self.ents[name].type == "ORG") \
                    and not _is_outlet_name(name) and self._of_kind(name, noun):
                return name
        return None

    def _generic_body(self, pos: int, lemma: str | None = None) -> str | None:
        """What "the company" / "the group" stands for at ``pos``: a body that spoke just before
        (not a newspaper nor a person), else the body last made a subject, else the last named;
        "the label" / "the agency" only a body of that kind."""
        spoke = self._body_claim_before(pos, 600, lemma or "organization")
        if spoke is not None:
            return spoke
        kind = lemma if lemma in ("label", "agency") else None

        def fits(name: str) -> bool:
            return kind is None or self._of_kind(name, kind)
        return self._recent([(p, n) for p, n in self.body_subjects if pos - p < 1500 and not _is_outlet_name(n)
                             and fits(n)], pos) \
            or self._recent([(p, n) for p, n in self.org_mentions if pos - p < 1500 and not _is_outlet_name(n)
                             and fits(n)], pos)

    def _body_of_kind(self, noun: str, pos: int, place: str | None = None) -> str | None:
        """The nearest body of ``noun``'s kind named before ``pos`` (within 1500 characters), for a
        spokesperson owned by that noun ("a police spokesman", "a spokesperson for the army"): one
        described with the noun ("the army of X", "the company X"), or a body that spoke, was a
        subject or was named whose name carries it ("Police in Kelsk", "the Velesian army"); for
        "company" / "firm" any body that can be a company (:meth:`_of_kind`). The nearest wins when
        two are named (the spokesperson follows the body the text turned to last). A body of a
        place's kind (:data:`PLACE_BOUND_KINDS`: police, council, court …) when the spokesperson's
        own clause names ``place`` ("In Kelby, a police spokesman said"): only one whose name
        carries that place. Each list is read as :func:`_before` does."""
        company = _BODY_KIND_OF.get(noun) == "company"
        where = {w.lower() for w in place.split()} if place and noun in PLACE_BOUND_KINDS else None

        def fits(name: str) -> bool:
            if not name or name.startswith("anonymous") or _is_outlet_name(name) or self.is_person(name):
                return False
            ent = self.ents.get(name)
            if ent is not None and ent.type in _NOT_BODY_TYPES:
                return False
            words = _name_words(name)
            if where is not None and not where <= words:
                return False
            if company:
                return self._of_kind(name, "company") and any(w[:1].isupper() for w in name.split())
            return noun in words

        best, best_p = None, -1
        # bodies' common nouns as subjects ("The Velesian army said"), headed by the noun itself
        # (not "the army's report")
        things = [(p, n) for p, n in _before(self.thing_subjects, pos) if n.split()[-1:] == [noun]]
        described = self.described.get(noun, [])
        lists = [self.roles.get(noun, []), described[max(0, bisect_left(described, (pos, "")) - _KIND_LOOKBACK):],
                 self.body_subjects, self.org_mentions]
        speakers = [(p, n) for p, n, person in self.claim_speakers if not person]
        for entries in [*[_before(e, pos) for e in lists], things, _before(speakers, pos)]:
            for p, name in entries:
                if best_p < p < pos and pos - p < 1500 and fits(name):
                    best, best_p = name, p
        return best

    def _named_with_noun(self, nouns: tuple[str, ...], outlet: bool, after: int, pos: int) -> str | None:
        """The body named latest between ``after`` and ``pos`` whose name carries one of ``nouns``
        ("Kelby Agency" for "the agency") or, with ``outlet``, any news outlet ("the Ostrim Herald"
        for "the newspaper"): what beats a body described earlier. Not a person nor a place; the
        lists read as :func:`_before` does."""
        best, best_p = None, after
        for entries in (self.org_mentions, self.body_subjects):
            for p, name in _before(entries, pos):
                if p <= best_p or not name or self.is_person(name):
                    continue
                ent = self.ents.get(name)
                if ent is not None and ent.type in _NOT_BODY_TYPES:
                    continue
                words = _name_words(name)
                if outlet and _is_outlet_name(name) or words & set(nouns):
                    best, best_p = name, p
        return best

    def _named_body_like(self, pos: int, words: set[str]) -> str | None:
        """The nearest body named before ``pos`` (within 1500 characters) that a modified "the rights
        group" / "the mining group" can be: one whose name carries the modifier ("Velmont Mining"
        for "the mining group") or a word of a non-state body's name ("Lantern Watch", "X
        Foundation"); not a person, a place, an outlet nor a state's organ. Lists read as
        :func:`_before` does."""
        best, best_p = None, -1
        speakers = [(p, n) for p, n, person in self.claim_speakers if not person]
        for entries in (self.org_mentions, self.body_subjects, speakers):
            for p, name in _before(entries, pos):
                if not (best_p < p < pos and pos - p < 1500) or name.startswith("anonymous") or _is_outlet_name(name):
                    continue
                ent = self.ents.get(name)
                if ent is not None and ent.type != "ORG":
                    continue
                own = _name_words(name, capitalised=True)
                if own & words or own & BODY_WORDS and not own & STATE_ORGAN_WORDS:
                    best, best_p = name, p
        return best
