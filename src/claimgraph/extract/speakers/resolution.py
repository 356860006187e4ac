"""The resolution order: a claim's subject span to one canonical speaker (or an anonymous
description). First person is the quoting speaker; pronouns continue the claim or subject just
before; then names inside the subject (a person first), a known person the tagger missed, a
generic speaker through its body (``generic``), a name the tagger missed, anonymous sources,
a generic body, a role tied to a name, and last the description as written.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..cues import ANONYMITY, FIRST_PERSON, ORG_NOUNS, ORG_PRONOUNS, PERSON_PRONOUNS, PERSON_ROLES, TITLES
from .lexicon import (
    _BODY_MEMBERS, _GENERIC_BODY, _QUANTITY_HEADS, _ROLE_PREFIXES, _WORK_OF_BODY, DESCRIBING_KIN, DESCRIBING_NOUNS,
    DOCUMENT_NOUNS, OUTLET_NOUNS, SPOKES_ROLES,
)
from .names import (
    _aside, _content_words, _describe, _DETS, _head_word, _is_outlet_name, _is_role_word, _name_run,
    _names_something, _np_head, _seat, _served, _told, clean_name,
)
from .organisations import _ACRONYM_AFTER
from .generic import _asked_before, document_sender, GenericSpeakers


def _quote_opening(doc: Doc, tok: Token, text: str | None = None) -> int | None:
    """Character offset (in ``doc``, whose text may be given: Doc.text rebuilds it on each call)
    of the quotation that closes just before ``tok`` ('"…,” it said'), or None when ``tok`` does
    not follow a closing quote mark."""
    text = text if text is not None else doc.text
    k = tok.idx - 1
    while k >= 0 and text[k] in " ,—–-":
        k -= 1
    if k < 0 or text[k] not in "”\"’'":
        return None
    opener = {"”": "“", "’": "‘"}.get(text[k], text[k])
    start = text.rfind(opener, max(0, k - _QUOTE_REACH), k)   # a quotation, not the page
    return start if start >= 0 else None


#: How far back (characters) the opening of a quotation closed before "it said" is looked for.
_QUOTE_REACH = 3000


#: How far back (characters) a body as a sentence's subject is what "it" continues.
_SUBJECT_REACH = 400


def _described_between(head: Token, lemma: str) -> bool:
    """Whether, between the body's name carrying ``lemma`` (a capitalised "Guardian") and ``head``
    ("the guardian"), within 1500 characters, the text describes someone else with that noun ("the
    child's guardian", "a guardian"): then "the guardian" is that one, not the body."""
    doc = head.doc
    for i in range(head.i - 1, -1, -1):
        t = doc[i]
        if t.idx < head.idx - 1500 or t.lower_ == lemma and t.text[:1].isupper():
            return False
        if t.lemma_.lower() == lemma and t.text.islower() and [c.lower_ for c in t.lefts] != ["the"]:
            return True
    return False


class Registry(GenericSpeakers):
    """Document-wide entities and speaker resolution; fed one Doc at a time (:meth:`feed`), then asked to :meth:`resolve` each claim's subject."""

    def resolve(self, span: Span | None, cue_pos: int, offset: int, outer_speaker: str | None = None) -> tuple[str | None, str | None]:
        """(canonical, anonymous-or-None) for a subject ``span`` of a parsed chunk."""
        if span is None or len(span) == 0:
            return None, None
        head = span.root
        low = head.lower_
        pos = offset + span.start_char
        if low in FIRST_PERSON:
            return outer_speaker, None
        if low in PERSON_PRONOUNS and len(span) == 1:
            person = self._pronoun_person(pos, low)
            # "a spokesman for the company told …. He declined to say …": the unnamed one who
            # spoke just before, unless a named person was mentioned since
            unnamed = self._unnamed_role_before(pos, 400)
            if unnamed is not None and (person is None or self.person_mentions.latest_of(person, pos) < unnamed[0]):
                return unnamed[2], ("anonymous" if unnamed[3] else None)
            return person, None
        if low in ("who", "that", "which") and head.head is not None:
            # relative pronoun: its antecedent is the noun the clause hangs from
            ante = head.head.head if head.head.dep_ == "relcl" else None
            if ante is not None and (sender := document_sender(ante)) is not None:
                # "The company published a blog post that said …": the body that put it out
                return self.resolve(sender.doc[sender.left_edge.i : sender.right_edge.i + 1], cue_pos, offset, outer_speaker)
            if ante is not None:
                return self.resolve(_np_head(ante), cue_pos, offset, outer_speaker)
        if low in ("these", "those") and len(span) == 1 and head.pos_ == "PRON":
            # "Media in X reported clues. According to these, …": the source that spoke just before
            last = self._claim_speaker_before(pos)
            if last is not None:
                return (last[1], None) if pos - last[0] < 600 else (None, None)
            return None, None
        if low in ORG_PRONOUNS and len(span) == 1:
            # "it"/"they" most often continues the previous claim's non-person speaker
            # ("The report identifies … It emphasizes …"); else the latest organisation.
            last = self._claim_speaker_before(pos)
            if last is None or last[0] < offset + head.sent.start_char:
                # "We asked the ministry for the coordinates; it has yet to comment": the body asked
                # in the pronoun's own sentence, after the last claim, comes first
                asked = _asked_before(head)
                if asked is not None:
                    return self.resolve(asked, cue_pos, offset, outer_speaker)
            if last is not None and not last[2] and pos - last[0] < 800:
                return last[1], None
            # '"…,” it said': not a name inside the quotation it closes
            opening = _quote_opening(span.doc, head, self._text if self._doc is span.doc else None)
            before = offset + opening if opening is not None else pos
            subject = self._recent(self.body_subjects, before)
            if subject is not None and pos - max(p for p, n in self.body_subjects if n == subject and p < before) < _SUBJECT_REACH:
                return subject, None   # the body or state that was the subject just before
            thing = self._recent(self.thing_subjects + self.org_mentions, before)
            if thing is not None and _head_word(thing) in ORG_NOUNS:
                thing = self._org_canonical(thing)   # "the ministry": the body's name the text gave
            elif thing is not None and thing.lower() in DOCUMENT_NOUNS:
                # "X said in a report …. The report recalls A, which it says …": "it" stands for the
                # document, and a bare document speaks for whoever put it out, as "the report" does
                thing = self.document_owner(thing.lower(), before, span.doc, offset) or thing
            return thing or (self._pronoun_person(pos) if low == "they" else None), None
        if low in _QUANTITY_HEADS and head.pos_ == "NOUN":
            # "a number of Telegram channels", "a handful of residents": the ones counted speak
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)
            counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if counted is not None and counted.i < span.end:
                return self.resolve(span.doc[counted.left_edge.i : counted.right_edge.i + 1], cue_pos, offset, outer_speaker)
        joint = self._joint_names(span, cue_pos, offset, outer_speaker)
        if joint is not None:
            return joint, None
        if head.pos_ == "PROPN" and head.text[:1].isupper() and head.dep_ not in ("compound", "flat"):
            # "Hersh, a former staff writer of the Gazette, …": a person named in full before
            # heads the subject, whatever the tagger makes of the names in the apposition
            known = self._person_canonical(clean_name(" ".join(t.text for t in _name_run(head, of_chain=False))), pos)
            if " " in known and self.is_person(known):
                return known, None
        if head.pos_ == "NOUN" and (head.lemma_.lower() in ORG_NOUNS or head.lemma_.lower() in _GENERIC_BODY
                                    or head.lemma_.lower() in OUTLET_NOUNS):
            # "The firm behind her first albums, Silver Harrow, says": an untagged name in
            # apposition to the body's generic head, after its relative clause
            named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper()
                          and c.i in range(span.start, span.end) and (c.ent_type_ in ("", "ORG") or c.ent_type_ == "PERSON" and (
                      head.lemma_.lower() in _GENERIC_BODY or head.lemma_.lower() in OUTLET_NOUNS))), None)
            if named is not None:
                run = [t for t in _name_run(named, of_chain=False) if t in span]
                if 1 <= len(run) <= 5 and all(t.text[:1].isupper() for t in run):
                    name = clean_name(" ".join(t.text for t in run))
                    self.add_entity(name, "ORG", name, offset + run[0].idx, offset + run[-1].idx + len(run[-1]))
                    self.ents[name].type = "ORG"   # the text said what it is, whatever the tagger says
                    self._bodies[name] = head.lemma_.lower()
                    return self._org_canonical(name), None
        # Names inside the subject: the first PERSON wins (appositions come after the name).
        span_ents = self._ents_in(span)
        # the name the subject is headed by comes first ("Novaya Kakhovka city mayor Vladimir
        # Leontyev": the tagger may call the town a person too)
        span_ents = sorted(span_ents, key=lambda e: head not in e)
        for ent in span_ents:
            # not a name that only owns something ("Meridian’s work") or sits in a relative clause
            # ("a diplomat from a government that funds X"): that person is not the one speaking
            if _aside(ent.root, span):
                continue
            if ent.root.i != head.i and ent.root.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in ORG_NOUNS:
                continue  # "the Veltran defence ministry": a name modifying a body is not a person speaking
            if ent.label_ == "PERSON" and _served(ent.root, head):
                continue  # "a senior aide to President X": X is whom the speaker serves, not the speaker
            if ent.label_ == "PERSON" and clean_name(ent.text)[:1].isupper():
                text = clean_name(ent.text, person=True)
                run = [t for t in _name_run(ent.root, of_chain=False) if t in span]
                if len(run) > len(ent) and run[-1].i == ent.root.i and all(t.text[:1].isupper() for t in run):
                    # "Veltra CEO Dario Penn": a job written as a title ends what comes before the name
                    job = max((k for k, t in enumerate(run) if t.i < ent.start and t.lower_.rstrip(".") in _ROLE_PREFIXES), default=-1)
                    run = run[job + 1:]
                    text = clean_name(" ".join(t.text for t in run), person=True)  # "Mayor Oleksandr Honcharenko": the tagger cut the name
                name = self._person_canonical(text, pos)
                if " " not in name and (org := self._org_canonical(name)) != name:
                    return org, None   # "Maxar" tagged a person, after "Maxar Technologies"
                if self.is_person(name) or len(name.split()) >= 2:
                    return name, None
        # A known person's name the NER did not label here ("The mayor, Taras Bondar").
        for tok in span:
            if (tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN") and tok.dep_ not in ("compound", "flat")
                    and not _aside(tok, span) and not _served(tok, head)
                    and not (tok.dep_ in ("amod", "nmod") and tok.head.i == head.i and head.lemma_.lower() in ORG_NOUNS)):
                name = clean_name(" ".join(t.text for t in _name_run(tok, of_chain=False) if t in span))
                known = self._person_canonical(name, pos)
                if self.is_person(known):
                    return known, None
        if head.lemma_.lower() in PERSON_ROLES:
            # "The mayor of Vilkhove, Taras Bondar": a role headed subject carrying a two- or
            # three-word proper name names that person, whatever the NER made of the name.
            for tok in span:
                if tok.pos_ == "PROPN" and tok.dep_ not in ("compound", "flat") and not _aside(tok, span) \
                        and not _served(tok, head) and not _told(tok, span):
                    run = [t for t in _name_run(tok, of_chain=False) if t in span]
                    if 2 <= len(run) <= 3 and head not in run and all(t.text[:1].isupper() for t in run) and not any(
                        t.ent_type_ in ("GPE", "NORP", "LOC", "DATE") or t.lower_ in ORG_NOUNS for t in run
                    ):
                        name = clean_name(" ".join(t.text for t in run))
                        self.add_entity(name, "PERSON", name, offset + run[0].idx, offset + run[-1].idx + len(run[-1]))
                        return name, None
        if head.pos_ == "NOUN":
            lemma_of_head = head.lemma_.lower()
            # "the rights group Amnesty International", "the news agency Reuters": the name in
            # apposition to a generic head is the speaker
            for ent in span_ents:
                if ent.label_ in ("ORG", "NORP") and ent.root.dep_ == "appos" and ent.root.head.i == head.i:
                    return self._org_canonical(clean_name(ent.text)), None
            trailing = [t for t in span if t.i > head.i]
            if (lemma_of_head in OUTLET_NOUNS or lemma_of_head in ORG_NOUNS) and trailing and all(
                    t.pos_ == "PROPN" and t.text[:1].isupper() for t in trailing) and len(trailing) <= 4:
                # "the state news agency Varta" (the parser hung the name elsewhere): the name
                return self._org_canonical(clean_name(" ".join(t.text for t in trailing))), None
            if lemma_of_head in OUTLET_NOUNS or lemma_of_head == "agency" and any(c.lower_ == "news" for c in head.lefts):
                # "the TASS news agency", "the group's Amaq news agency": the outlet's name
                names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
                if names:
                    return self._org_canonical(clean_name(" ".join(t.text for t in _name_run(names[-1], of_chain=False)))), None
        through = self._through(span, head, cue_pos, offset, outer_speaker)
        if through is not None:
            return through
        # NER missed the name: proper nouns heading the subject.
        propn = [t for t in span if t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in TITLES]
        # (a lower-case head tagged PROPN, "the Brenna regional council", is a common noun)
        if head.pos_ == "PROPN" and head.text[:1].isupper() and propn:
            name = clean_name(" ".join(t.text for t in _name_run(head)))
            if name.upper() in self.acronyms:
                return self.acronyms[name.upper()], None
            known = self._person_canonical(name, pos)
            if known != name or any(e.label_ == "PERSON" for e in span_ents):
                return known, None
            run = _name_run(head, of_chain=False)
            if run[0].i > 0 and (_is_role_word(doc_prev := run[0].doc[run[0].i - 1]) or doc_prev.lower_ in ORG_NOUNS) \
                    and doc_prev.pos_ == "PROPN" and doc_prev.dep_ == "compound":
                # "Security Service Artem Dekhtyarenko": a name after the body's name is a person
                self.add_entity(name, "PERSON", name, offset + run[0].idx, offset + run[-1].idx + len(run[-1]))
                return name, None
            whole = _name_run(head)
            for ent in span_ents:
                if ent.label_ == "ORG" and head in ent and whole[-1].i < span.end and len(whole) > len(ent) \
                        and {t.i for t in ent if t.tag_ != "DT"} < {t.i for t in whole}:
                    # "The Office of the UN" tagged, "High Commissioner for Human Rights" left out: the
                    # parse's name (the body's noun with its whole of-phrase) is the longer one
                    return self._org_canonical(name), None
                if ent.label_ in ("ORG", "GPE", "NORP") and head in ent:
                    # "Organization for Security and Co-operation in Europe (OSCE)" that the tagger
                    # cut before "in Europe": the bracketed acronym just after names the whole body
                    # (the chunk's kept text: Doc.text rebuilds the whole chunk on each access)
                    written = self._text if self._doc is span.doc else span.doc.text
                    after = _ACRONYM_AFTER.match(written[ent.end_char : span.end_char + 2])
                    if after and after[1] in self.acronyms:
                        return self.acronyms[after[1]], None
                    name = clean_name(ent.text)
                    where = _seat(head, span) if head.lemma_.lower() in ORG_NOUNS else None
                    if where is not None:   # "the Ministry of Health in Gaza", whole
                        return self._org_canonical(f"{_DETS.sub('', name)} in {where}"), None
                    return self._org_canonical(name), None
            return self._org_canonical(name), None
        if ANONYMITY.search(span.text) or (
            head.lemma_.lower() in ("source", "official", "officer", "person", "people", "insider", "diplomat")
            and (head.tag_ == "NNS" or any(c.lower_ in ("a", "an", "one", "two", "several", "some") for c in head.lefts))
        ):
            return "anonymous: " + _describe(span), "anonymous"
        lemma = head.lemma_.lower()
        if lemma in _GENERIC_BODY and head.tag_ == "NN" and not list(head.rights) and [
                c.lower_ for c in head.lefts] == ["the"] and not self._role_before(lemma, pos):
            # "the organization said": the body the text named last (not a newspaper), the one
            # that was a subject first ("Veltra Seismic said its stations recorded a blast
            # near the weir, the organization said"); first, a body that spoke just before ("Big
            # Machine says … But the company says …"), not a newspaper nor a person
            body = self._generic_body(pos, lemma)
            if body is not None:
                return body, None
        if lemma in _BODY_MEMBERS and head.tag_ in ("NN", "NNS") and not list(head.rights):
            # "Company management said", "Zelmora executives said", "its leadership said": the
            # people who run a body speak for it; a nationality or a place before them stays as
            # written ("Chinese leaders")
            owner = next((c for c in head.lefts if c.dep_ in ("compound", "poss", "nmod")), None)
            if owner is not None and (owner.lower_ in _GENERIC_BODY or owner.lower_ in ("its", "their")):
                body = self._generic_body(pos)
                if body is not None:
                    return body, None
            elif owner is not None and owner.pos_ in ("PROPN", "NOUN") and owner.text[:1].isupper() \
                    and owner.ent_type_ not in ("PERSON", "NORP", "GPE", "LOC") and owner.lower_ not in TITLES:
                run = [t for t in _name_run(owner, of_chain=False) if t in span and t.i < head.i]
                if run and all(t.text[:1].isupper() for t in run):
                    name = clean_name(" ".join(t.text for t in run))
                    org = self._org_canonical(name)
                    # a capitalised common noun ("Union leaders") only when it names a body met before
                    if owner.pos_ == "PROPN" or org != name:
                        return org, None
        if lemma in _WORK_OF_BODY and head.tag_ == "NNS" and not list(head.rights) and [
                c.lower_ for c in head.lefts] == ["the"]:
            # "according to the researchers": the body named last, whose work the text reports
            body = self._recent([(p, n) for p, n in self.org_mentions if pos - p < 1500 and not _is_outlet_name(n)], pos)
            if body is not None:
                return body, None
        if lemma in DESCRIBING_NOUNS and [c.lower_ for c in head.children if c.dep_ == "det"] == ["the"] \
                and not list(head.rights) and head.tag_ == "NN":
            # "the rights group", "the paper", "the watchdog": the body the page last described
            # so ("the rights group Lantern Watch", "X, a charity", "the daily newspaper X")
            kin = DESCRIBING_KIN.get(lemma, (lemma,))
            described = self.described_before(kin, pos)
            if described is not None:
                # the nearest wins: a body named after the described one whose own name carries
                # the noun ("X Agency"), or for a newspaper's noun an outlet ("the Ostrim Herald"),
                # is the one the text turned to last
                rival = self._named_with_noun(kin, lemma in OUTLET_NOUNS, described[0], pos)
                return (rival or described[1]), None
            mods = {c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod") and c.text.islower()}
            if mods and lemma in ("group", "organisation", "organization"):
                # described by its work alone ("the rights group" after "Lantern Watch"): a body
                # whose name carries the work or is a non-state body's
                body = self._named_body_like(pos, mods)
                if body is not None:
                    return body, None
        # A role tied to a name earlier in the document ("the 28-year-old pilot"); "a pilot",
        # "another aide" bring in someone new.
        if lemma in self.roles and not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children):
            best = self._recent(self.roles[lemma], pos)
            if best:
                return best, None
        if (lemma in SPOKES_ROLES or lemma in ("person", "people")) and [c.lower_ for c in head.lefts] == ["the"] \
                and not list(head.rights):
            # "A senior military official said … The official said …": the same unnamed one
            same_role = self._unnamed_role_before(pos, 1500, lemma)
            if same_role is not None:
                return same_role[2], ("anonymous" if same_role[3] else None)
        if lemma in PERSON_ROLES and head.tag_ == "NN" and [c.lower_ for c in head.children if c.dep_ == "det"] == ["the"] \
                and not any(t.ent_type_ in ("ORG", "GPE", "PERSON") or t.pos_ == "PROPN" and t.ent_type_ != "NORP" for t in span) \
                and (same := self._continuing_person(pos, lemma)) is not None:
            # "Volodymyr Zelensky said … Addressing the summit, the Ukrainian president said …"
            return same, None
        if lemma in OUTLET_NOUNS and not _names_something(span):
            # "the newspaper" with nothing tying it: the outlet the text named last
            outlet = self._recent([(p, n) for p, n in self.org_mentions if _is_outlet_name(n)], pos)
            if outlet:
                return outlet, None
        if lemma in ORG_NOUNS and [c.lower_ for c in head.lefts] == ["the"] and all(c.dep_ == "case" for c in head.rights):
            # "the brigade": the body of that kind the text last made its subject, before any
            # other of the kind it named in passing ("not to be confused with X's brigade")
            body = self._recent([(p, n) for p, n in self.body_subjects
                                 if pos - p < 1500 and _head_word(n) == lemma], pos)
            if body is not None:
                return self._org_canonical(body), None
        if lemma not in ORG_NOUNS and head.pos_ == "NOUN" and head.tag_ == "NN" and [c.lower_ for c in head.lefts] == ["the"] \
                and not list(head.rights) and (by_noun := self._named_with_noun((lemma,), False, pos - 1500, pos)) is not None \
                and _head_word(by_noun) == lemma and not _is_outlet_name(by_noun) and not _described_between(head, lemma):
            # "the observatory", "the tribunal": a definite description is the body the page named
            # with that head noun ("the Ketter Rights Observatory"), the latest so named within
            # 1500 characters; not an outlet ("the guardian" is not "The Guardian")
            return by_noun, None
        if lemma in ORG_NOUNS or any(e.label_ in ("ORG", "NORP", "GPE") for e in span_ents):
            phrase = self._org_canonical(clean_name(_describe(span)), pos)
            if lemma in ORG_NOUNS and len(_content_words(phrase)) > 1 and head.tag_ == "NN":
                # "the prosecutor general's office said …": what a later "the office" stands for
                self.note_org_phrase(phrase, phrase)
            return phrase, None
        # An unlinked role or other description stands as its own speaker ("the pilot").
        return _DETS.sub("", clean_name(_describe(span))) or None, None

    def _joint_names(self, span: Span, cue_pos: int, offset: int, outer_speaker: str | None) -> str | None:
        """"The United States and NATO called …": names joined by "and" speak together; each
        resolved as a subject of its own, then joined (None unless every conjunct is a name)."""
        head = span.root
        conjs = [c for c in head.children if c.dep_ == "conj" and span.start <= c.i < span.end]
        if not conjs or not head.ent_type_ or any(c.dep_ == "cc" and c.lower_ != "and" for c in head.children):
            return None
        parts = []
        for tok in (head, *conjs):
            if (tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC") or tok.pos_ != "PROPN") and not (
                    tok.text == "West" and tok.i > 0 and span.doc[tok.i - 1].lower_ == "the"):
                return None   # names only, and "the West" (which the tagger often leaves unnamed)
            own = span.doc[max(tok.left_edge.i, span.start) : tok.i + 1]
            name, anonymous = self.resolve(own, cue_pos, offset, outer_speaker)
            if not name or anonymous:
                return None
            parts.append("the West" if name == "West" else name)
        return " and ".join(parts) if len(set(parts)) == len(parts) else None
