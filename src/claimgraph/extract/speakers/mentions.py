"""One parsed chunk read into the registry (:meth:`Mentions.feed`): the tagger's entities, mended
where the small model slips (a cut name, a rank tagged a body, a surname tagged a place), names
it missed recovered from the parse, and the votes that decide whether a name is a place, a
person or a body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..cues import EVIDENCE_SUBJECTS, ORG_NOUNS, PERSON_ROLES, SPEECH_VERBS, TITLES
from .. import ENTITY_TYPES
from ..nlp import check_parsed, with_coarse_tags
from .lexicon import _LOCATIVE, _PERSON_ACTS, _PLACE_HEADS, _PLACE_OF, _STATE_OWNED, DESCRIBING_NOUNS
from .names import (
    _AGE, _cut_name, _describe, _DETS, _lone_places_after, _name_run, _np_head, _POSS, _ranked_person, _seat,
    _UNIT_NUMBER, _with_of_phrase, clean_name, mend_cut_bodies, mention_tokens, names_a_point_in_time,
)
from .organisations import Organisations


class Mentions(Organisations):
    """Reading a chunk's entities, roles and subjects into the registry."""

    def feed(self, doc: Doc, offset: int, text: str | None = None, tokens: list[Token] | None = None) -> None:
        """Collect entities, roles and acronyms from one parsed chunk (``offset`` into the body;
        ``text``: the chunk's text when the caller has it, as Doc.text rebuilds it on each access;
        ``tokens``: ``list(doc)`` when the caller has built it; either from another parse is a
        ``ValueError``, see :func:`~claimgraph.extract.nlp.check_parsed`)."""
        text = text if text is not None else doc.text
        check_parsed(doc, text, tokens)   # a string or list from another parse would shift every offset
        self._acronyms(text, offset)
        # Words the model tags as places or nationalities somewhere in the chunk; a PERSON
        # made of them ("Russian Genocide", "Kyiv") is an NER slip, not a person.
        ents = mend_cut_bodies(doc, list(doc.ents))
        # doc.ents rebuilds every Span on each access (and Span.ents calls it): keep one list.
        self._doc, self._ents, self._text = doc, ents, text
        placey = {t.lower_ for e in ents if e.label_ in ("GPE", "NORP", "LOC") for t in e}
        # words tagged a place only when they stand alone after a person's full name ending in
        # them: the small model often calls a repeated surname a place ("Viktor Halden … Halden
        # said"), which is no reason to doubt the full name
        lone_after = _lone_places_after(ents)
        persons_here: list[tuple[int, int, str]] = []
        # every walk below reads this one list: iterating a Doc builds a new Token object per token
        # on each pass, and five passes over every chunk were the registry's largest cost (issue #15)
        tokens = tokens if tokens is not None else list(doc)
        organ_of = self._owned_organs(doc, tokens, ents, offset)
        for ent in ents:
            if ent.label_ not in ENTITY_TYPES:
                continue
            if ent.label_ == "ORG" and ent.start > 0 and _UNIT_NUMBER.match(doc[ent.start - 1].text) and doc[ent.start - 1].whitespace_:
                # "41st" tagged ORDINAL apart from "Rifle Brigade": without it the 41st brigade is
                # any rifle brigade, and links to the 141st
                ent = Span(doc, ent.start - 1, ent.end, label="ORG")
            label = ent.label_
            name = clean_name(ent.text, titles=label == "PERSON", person=label == "PERSON")
            if not name or not any(ch.isalpha() for ch in name):
                continue
            if label != "DATE" and name[:1].isdigit() and not any(w[:1].isupper() for w in name.split()[1:]):
                continue  # "319th" tagged NORP: numbers are not names ("41st Rifle Brigade" is)
            if label != "DATE" and not any(ch.isupper() for ch in name):
                continue  # "fed" in "warm, fed and smiling" tagged ORG: a name has a capital
            if label == "DATE" and _AGE.search(name):
                continue  # "28-year-old" is an age, not a date
            if label == "DATE" and not names_a_point_in_time(ent):
                continue  # "two days", "months", "weekly": a length or frequency of time, not a date
            if label in ("PERSON", "GPE", "LOC") and _cut_name(doc, ent):
                continue  # "Hugh" of "Hugh Carrow", "Novyi" of "Novyi Veles": a name the tagger cut in two
            if label == "PERSON" and any(w.lower() in ORG_NOUNS for w in name.split()):
                # a body's word makes it a body ("Azov Regiment"), and the tagger may have cut its
                # of-phrase ("State Bureau" of "State Bureau of Verification")
                ent = _with_of_phrase(doc, ent)
                label, name = "ORG", clean_name(ent.text)
            if label == "ORG" and ent.root.lemma_.lower() in ORG_NOUNS and any(t.lower_ == "of" for t in ent):
                where = _seat(ent.root, doc[ent.start : ent.sent.end])
                if where is not None:
                    name = f"{_DETS.sub('', name)} in {where}"   # "the Ministry of Health in Gaza"
            if label == "ORG" and _ranked_person(name):
                # "Major-General Igor Konashenkov" tagged a body for its rank: the person
                label, name = "PERSON", clean_name(name)
            if label == "PERSON":
                words = name.split()
                # a lower-case word or a place/nationality word is never part of a person's name
                if not all(w[:1].isupper() for w in words) or any(w.lower() in placey for w in words[:-1]) or (
                        words[-1].lower() in placey and not (len(words) >= 2 and (ent.end, words[-1].lower()) in lone_after)):
                    continue
                if ent.root.pos_ not in ("PROPN",):
                    continue
            if label == "ORG" and ent.start in organ_of:
                if not organ_of[ent.start]:
                    continue
                name = organ_of[ent.start]   # "the Russian ministry" after "Russia's Defence Ministry"
            if label in ("ORG", "NORP", "GPE") and name.upper() in self.acronyms:
                name, label = self.acronyms[name.upper()], "ORG"
            elif label in ("ORG", "GPE") and " " not in name and self._surname_of_person(name):
                label = "PERSON"  # "Gordeeva said …" tagged ORG after "Svetlana Gordeeva" was named
            lo, hi = mention_tokens(doc, ent)
            written = doc[lo : hi]
            # a nationality written as an adjective ("Kesmarian troops") keeps its mention: the
            # linker's government origin reads an unknown nation from its NORP entity (link/origins.py)
            canon = self.add_entity(name, label, ent.text, offset + ent.start_char, offset + ent.end_char,
                                    (written.text, offset + written.start_char, offset + written.end_char))
            # a place may come tagged PERSON, or ORG when none of its words names a body ("Vardo Brisk")
            if label == "PERSON" or (label == "ORG" and not any(_POSS.sub("", w).lower() in ORG_NOUNS for w in canon.split())):
                self._vote_place_or_person(doc, ent, canon)
            if label == "PERSON":
                persons_here.append((ent.start, ent.end, canon))
                for tok in ent:
                    if tok.dep_ in ("nsubj", "nsubjpass") or (tok.head.dep_ in ("nsubj",) and tok.head in ent):
                        self.note_subject_person(offset + ent.start_char, canon, tok)
                        break
                self._collect_roles(doc, ent, canon, offset, person=True)
            if label in ("ORG", "GPE") and ent.root.dep_ in ("nsubj", "nsubjpass"):
                # "Russia … has blamed the West. But it had not …": a body or state as the subject
                # is what a later "it" most likely continues
                self.body_subjects.append((offset + ent.start_char, canon))
            if label == "ORG":
                self.note_org_phrase(name, name, offset + ent.start_char)
                # "the rights group Amnesty International", "Meridian, a watchdog": what a later
                # "the rights group" / "the watchdog" stands for
                self._collect_roles(doc, ent, canon, offset, person=False)
        # the walks below pass only nouns or proper nouns (each tests its tag first): read them from
        # the Doc's tag array once instead of a ``pos_`` look-up per token per walk (issue #15)
        nominal = with_coarse_tags(doc, tokens, ("NOUN", "PROPN"))
        for tok in nominal:
            # things that can be "it" later: "The report identifies … It warns …"
            # (a lower-case noun the tagger called a proper one, "the coastal defence ministry", too)
            common = tok.pos_ == "NOUN" and tok.tag_ == "NN" or tok.pos_ == "PROPN" and tok.text.islower()
            if tok.dep_ == "nsubj" and common and (
                tok.lemma_.lower() in EVIDENCE_SUBJECTS or tok.lemma_.lower() in ORG_NOUNS
            ):
                self.thing_subjects.append((offset + tok.idx, _DETS.sub("", clean_name(_describe(_np_head(tok))))))
                if tok.lemma_.lower() in ORG_NOUNS and (
                    any(c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() for c in tok.lefts)
                    or any(c.dep_ in ("compound", "poss") and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and c.text.islower())
                           for c in tok.lefts)
                    or any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
                           for c in tok.rights)
                ):
                    # "The Velesian interior ministry published …", "the ministry of emergency
                    # situations said …": a body the tagger did not name, which a later "the
                    # ministry" stands for
                    phrase = self.thing_subjects[-1][1]
                    self.note_org_phrase(phrase, phrase)
        self._unlabelled_names(doc, with_coarse_tags(doc, tokens, ("PROPN",)), offset, persons_here, placey)
        self._surname_mentions(nominal, offset, persons_here)
        self._described_bodies(doc, with_coarse_tags(doc, tokens, ("NOUN",)), offset)

    def _described_bodies(self, doc: Doc, tokens: list[Token], offset: int) -> None:
        """Names the text describes with a body's common noun: a title compound ("the rights group
        Lantern Watch", "the daily newspaper Kelby Courier", the noun just before the name), an
        apposition ("the broadcaster, Kanal Sever"; "Harrow Relief, a charity"). Each is remembered
        under the noun (:meth:`note_described`), so a later "the rights group", "the paper", "the
        watchdog" stands for it, whatever body type the tagger gave the name (its type is left as
        tagged). A name the tagger
        typed PERSON, a known person's or a ranked person's ("Gen. Ivo Marn") is not remembered: a
        person never stands for "the charity". One pass over ``tokens``, the chunk's tokens tagged NOUN
        (:func:`~claimgraph.extract.nlp.with_coarse_tags`; any other fails the first test)."""
        for tok in tokens:
            if tok.pos_ != "NOUN" or not tok.text.islower() or tok.lemma_.lower() not in DESCRIBING_NOUNS:
                continue
            if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
                # "the watchdog Clearwater Civic"
                run = [t for t in _name_run(tok.head, of_chain=False) if t.i > tok.i]
                if not run or run[0].i != tok.i + 1:
                    continue   # a title only just before the name ("company CEO Tim Cook" is no company)
            elif tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
                run = _name_run(tok.head, of_chain=False)   # "Harrow Relief, a charity"
            elif (appos := next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)) is not None:
                run = _name_run(appos, of_chain=False)   # "the newspaper, Morning Ledger"
            else:
                # the parser split the title from its name ("The children's charity Bright Steps
                # said", two subjects): the capitalised proper nouns just after the noun
                run = []
                for t in doc[tok.i + 1 : min(len(doc), tok.i + 6)]:
                    if t.pos_ != "PROPN" or not t.text[:1].isupper():
                        break
                    run.append(t)
                if not run or run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].pos_ == "PROPN":
                    continue
            if not run or not all(t.text[:1].isupper() for t in run) or any(
                    t.ent_type_ == "DATE" or t.lower_ in ORG_NOUNS and t.text.islower() for t in run):
                continue
            name = self._org_canonical(clean_name(" ".join(t.text for t in run)))
            if not name:
                continue
            if any(t.dep_ == "nsubj" and t.head.dep_ in ("relcl", "acl") for t in run):
                continue   # "the firm Ivan Petrov founded": side by side, one not describing the other
            if any(t.ent_type_ == "PERSON" for t in run) or self.is_person(name) or _ranked_person(name) \
                    or self._surname_of_person(name.split()[-1]):
                continue   # a person ("the charity Ivo Marn supports", however it parses) is no body
            self.note_described(tok.lemma_.lower(), offset + run[0].idx, name)

    def _vote_place_or_person(self, doc: Doc, ent: Span, canon: str) -> None:
        """The small model tags some cities PERSON ("Novy Veles"); how the text uses the name decides
        (see :meth:`entities`): after "in", "near", "the city of" it is a place; as the subject of a
        verb, after a title or a first name it is a person."""
        e = self.ents.get(canon)
        if e is None:
            return
        prev = doc[ent.start - 1] if ent.start > 0 else None
        prev2 = doc[ent.start - 2] if ent.start > 1 else None
        nxt = doc[ent.end] if ent.end < len(doc) else None
        dateline = ent.text.isupper() and (prev is None or "\n" in prev.text) and nxt is not None and nxt.text == ","
        root = ent.root
        # a person may own a ministry ("Olena Marchenko's ministry"): only a name tagged ORG is a state by it
        owner_of_state = ent.label_ == "ORG" and root.dep_ == "poss" and root.head.lemma_.lower() in _STATE_OWNED
        place_head = root.dep_ == "compound" and root.head.lemma_.lower() in _PLACE_HEADS
        # "X, a Telegram channel": an apposition naming a body
        body_appos = any(c.dep_ == "appos" and c.lemma_.lower() in ORG_NOUNS and c.lemma_.lower() not in PERSON_ROLES
                         for c in root.children)
        if dateline or owner_of_state or place_head or (prev is not None and (
                prev.lower_ in _LOCATIVE or (prev.lower_ == "of" and prev2 is not None and prev2.lower_ in _PLACE_OF))):
            e.place_votes += 1   # "NOVYI VELES, Kesmaria —" opening a report is a dateline
        elif body_appos or (prev is not None and prev.lower_ == "the" and len(ent) == 1 and ent.label_ == "PERSON"):
            e.body_votes += 1
        elif any(t.dep_ in ("nsubj", "nsubjpass", "appos") for t in ent) or (prev is not None and prev.lower_.rstrip(".") in TITLES):
            e.person_votes += 1

    def _unlabelled_names(self, doc: Doc, tokens: list[Token], offset: int, persons_here: list[tuple[int, int, str]],
                          placey: set[str]) -> None:
        """Names the NER missed or mislabelled, recovered from the parse.

        A run of two or three capitalised proper nouns that is a speech verb's subject, carries a
        role title, or stands in apposition to a person role ("Nadia Kovalenko, a nurse", "the
        pilot, Maksim Orlov") is a person's name whatever the NER said — unless the NER called it
        a place, nationality or date. ``tokens``: the chunk's tokens tagged PROPN
        (:func:`~claimgraph.extract.nlp.with_coarse_tags`; any other fails the first test).
        """
        covered = {i for s, e, _ in persons_here for i in range(s, e)}
        for tok in tokens:
            if tok.pos_ != "PROPN" or tok.i in covered or tok.dep_ in ("compound", "flat"):
                continue
            run = _name_run(tok, of_chain=False)
            if not 2 <= len(run) <= 3 or not all(t.text[:1].isupper() and t.text.isalpha() for t in run):
                continue
            if any(t.ent_type_ in ("NORP", "FAC", "DATE", "PERSON") for t in run):
                continue
            after = run[-1].i + 1
            if run[-1].ent_type_ == "ORG" and after < len(doc) and doc[after].ent_iob_ == "I":
                continue   # "Vantry Guild" of the tagger's "Vantry Guild of Porters": part of a body's name
            roleish = tok.dep_ == "appos" and tok.head.lemma_.lower() in PERSON_ROLES
            roleish = roleish or any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_ROLES for c in tok.children)
            titled = any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_ROLES for c in tok.lefts)
            subject = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS | _PERSON_ACTS
            if not (roleish or titled or subject):
                continue
            if any(t.ent_type_ in ("GPE", "LOC") or t.lower_ in placey for t in run):
                # The small model tags unfamiliar names as places ("Mika Sand, the foreign
                # minister"); a whole LOC span that a role names, or one that speaks, is a person.
                # GPE only with a role: "New Zealand said" is a state.
                tagged = self._ents_covering(run)
                if tagged is None or tagged.label_ not in ("GPE", "LOC") or (tagged.label_ == "GPE" and not (roleish or titled)):
                    continue
                if any(t.lower_ in {w.lower_ for e in self._ents if e is not tagged and e.label_ in ("GPE", "NORP", "LOC")
                                    for w in e} for t in run):
                    continue   # a word another entity makes a place
            if any(t.lower_ in ORG_NOUNS for t in run):
                continue
            name = " ".join(t.text for t in run)
            s, e = run[0].idx, run[-1].idx + len(run[-1])
            canon = self.add_entity(name, "PERSON", self._text[s:e], offset + s, offset + e)
            persons_here.append((run[0].i, run[-1].i + 1, canon))
            covered.update(t.i for t in run)
            if tok.dep_ in ("nsubj", "nsubjpass"):
                self.note_subject_person(offset + s, canon, tok)
            self._collect_roles(doc, doc[run[0].i : run[-1].i + 1], canon, offset, person=True)
