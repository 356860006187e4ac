"""Generic speakers that stand for a body the text names with them: a document of its owner ("the
ministry's statement", "the statement" after "X said in a statement", "a report by X"), a
spokesperson or source of a named body ("a spokeswoman for the foreign ministry", "a GUR
source", still anonymous when unnamed), a state's organ written with its owner.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..cues import ANONYMITY, ORG_NOUNS, PERSON_ROLES, SPEECH_VERBS, TITLES
from .lexicon import (
    _ASKING, _AUTHORING_LEMMAS, _GENERIC_BODY, _OWNING_LEMMAS, _PRESS_OFFICES, _RELEASE_LEMMAS, _SENDING_LEMMAS, DOCUMENT_NOUNS,
    PLACE_BOUND_KINDS, SPOKES_PEOPLE, SPOKES_ROLES, STATE_ORGAN_WORDS,
)
from .names import _describe, _DETS, _name_run, _names_something, clean_name
from .mentions import Mentions
from .state import repeats_a_document


#: How far back (tokens) "the statement" looks for the statement it names.
_DOCUMENT_LOOKBACK = 400


def _asked_before(pronoun: Token) -> Span | None:
    """The body a verb of asking names in the pronoun's own sentence before it ("We asked the
    ministry for the coordinates; it has yet to comment"), as a span, else None."""
    for tok in pronoun.sent:
        if tok.i >= pronoun.i:
            break
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ASKING and tok.pos_ in ("NOUN", "PROPN") \
                and (tok.lemma_.lower() in ORG_NOUNS or tok.ent_type_ == "ORG"):
            return pronoun.doc[tok.left_edge.i : tok.right_edge.i + 1]
    return None


def _body_before_role(span: Span, head: Token) -> str | None:
    """"A Velesian army spokesperson", "Kesmaria's foreign ministry spokeswoman": the body
    written whole before a spokesperson's role (a body's word just before it, and a state, a
    nationality or a name owning it), or None."""
    doc = head.doc
    if head.i == span.start or doc[head.i - 1].lower_ not in ORG_NOUNS or doc[head.i - 1].head.i != head.i:
        return None
    # not the role's own adjectives ("a senior … official")
    lefts = [c for c in head.lefts if c.dep_ in ("poss", "amod", "compound") and not (c.dep_ == "amod" and c.text.islower())]
    if not lefts:
        return None   # "a senior military official": the body's word is the role's own adjective
    lo = min(c.left_edge.i for c in lefts)
    words = [t for t in doc[lo : head.i] if not (t.dep_ == "det" or t.is_punct)]
    if lo < span.start or not any(t.ent_type_ in ("GPE", "NORP", "ORG") or t.pos_ == "PROPN" and t.lower_ not in ORG_NOUNS
                                  for t in words[:-1]):
        return None
    return _DETS.sub("", doc[lo : head.i].text)


def _earlier_owner(head: Token) -> Span | None:
    """The owner of the document a definite "the report" repeats, from its earlier mention in the
    chunk: "X said in a report", "X released a report", "X's report", "a report by X"."""
    doc = head.doc
    lemma = head.lemma_.lower()
    for prev in reversed(doc[max(0, head.i - _DOCUMENT_LOOKBACK) : head.i]):
        if prev.lemma_.lower() != lemma or prev.pos_ != "NOUN":
            continue
        poss = next((c for c in prev.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
        if poss is not None:
            return doc[poss.left_edge.i : poss.i + 1]
        # "a report by X", and "a report released on Friday by X" (the agent of its release)
        preps = [t for t in prev.children if t.dep_ == "prep"] + [
            t for acl in prev.rights if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in _AUTHORING_LEMMAS
            for t in acl.children if t.dep_ in ("agent", "prep") and t.i > acl.i and t.lower_ == "by"]
        for prep in preps:
            if prep.lower_ in ("by", "of"):
                # "a report by X", "the preliminary report of the mission" (a body, not "of the attack")
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and (_names_something(doc[pobj.left_edge.i : pobj.right_edge.i + 1]) or (
                        pobj.lemma_.lower() in ORG_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in pobj.children))):
                    return doc[pobj.left_edge.i : pobj.right_edge.i + 1]
        verb = None
        if prev.dep_ == "pobj" and prev.head.lower_ in ("in", "through", "via"):
            verb = prev.head.head
        elif prev.dep_ == "dobj":
            verb = prev.head
        elif prev.i >= 2 and prev.dep_ != "compound" and doc[prev.i - 1].dep_ == "det" \
                and doc[prev.i - 2].dep_ == "prep" and doc[prev.i - 2].lower_ in ("in", "through", "via"):
            # "announced in a communique read on the news": the parser may hang the document under
            # a word after it; "in a <document>" on the surface is what the verb was said in. Not
            # when the word only modifies the noun after it ("in a video call", "in a site visit"):
            # then the verb was said in that other thing, not in the document
            verb = doc[prev.i - 2].head
        if verb is not None and verb.pos_ == "VERB" and (
                verb.lemma_.lower() in SPEECH_VERBS or verb.lemma_.lower() in _RELEASE_LEMMAS):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() not in DOCUMENT_NOUNS:
                return doc[subj.left_edge.i : subj.right_edge.i + 1]
        if repeats_a_document(prev):
            continue   # a bare "the report" repeats the one before ("According to the report, …")
        return None   # else the latest mention decides, owned or not
    return None


def document_sender(noun: Token) -> Token | None:
    """The agent that put out ``noun`` when it is a document it published, issued, released, posted,
    sent or wrote ("The company published a blog post", "the union sent a letter"), else None.
    A document someone else found or quoted ("Reporters found a blog post") is its own source."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _SENDING_LEMMAS:
        return None
    verb = noun.head
    for _ in range(3):   # "formed last month and sent a letter": the conjunct's subject
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            break
        if verb.dep_ == "conj" or verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.dep_ == "ROOT":
            verb = verb.head
        else:
            break
    if subj is None and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "ROOT":
        subj = verb   # "The group, X, formed … and sent a letter …" parsed as a noun heading the sentence
    if subj is None or subj.pos_ == "PRON" and subj.lower_ not in ("it", "they"):
        return None
    lemma = subj.lemma_.lower()
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or lemma in ORG_NOUNS \
            or lemma in _GENERIC_BODY or lemma in PERSON_ROLES or subj.lower_ in ("it", "they"):
        return subj
    return None


def _spokes_body_noun(head: Token) -> str | None:
    """The lower-case body noun a spokesperson speaks for: its modifier ("a police spokesman", "a
    military spokeswoman", "a company spokesperson") or a bare "for / of the <noun>" after it ("a
    spokesperson for the army"), else None ("a group spokesman for X" names X elsewhere)."""
    mods = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod") and c.text.islower()
            and c.lemma_.lower() in ORG_NOUNS and c.i == head.i - 1]
    if len(mods) == 1:
        return mods[0].lemma_.lower()
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.text.islower() and pobj.lemma_.lower() in ORG_NOUNS \
                    and [c.lower_ for c in pobj.children] == ["the"]:
                return pobj.lemma_.lower()
            return None
    return None


def _earlier_spokesperson(head: Token) -> Token | None:
    """The mention a bare "the spokesperson" repeats: the latest spokesperson before it in the chunk
    that said more of who it is ("a spokesperson for X", "an X spokesman"), or None when the latest
    is named ("the spokesperson, Alma Reid,") or there is none within reach."""
    doc = head.doc
    for prev in reversed(doc[max(0, head.i - _DOCUMENT_LOOKBACK) : head.i]):
        if prev.lemma_.lower() not in SPOKES_PEOPLE or prev.pos_ != "NOUN":
            continue
        if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in prev.children) or (
                prev.dep_ in ("appos", "compound") and (prev.head.ent_type_ == "PERSON" or prev.head.pos_ == "PROPN")):
            # that one has a name ("the spokesman, Alma Reid,"; "Alma Reid, a spokesman for X";
            # "X spokesman Alma Reid"): the person, left to the person rules
            return None
        if [c.lower_ for c in prev.children if c.dep_ == "det"] == ["the"] and not any(
                c.dep_ != "det" and c.dep_ != "punct" for c in prev.children):
            continue   # another bare repeat
        return prev
    return None


#: Adjectives that pick one of several bodies out of the text or time ("the same company", "the
#: other party", "the new company", "the local police" of any town), not which body it is.
_POINTING_ADJECTIVES = frozenset(
    "same other new old former latter respective current present previous local main such".split())


def _classifies(mod: Token) -> bool:
    """Does ``mod`` say what kind of body it is: a noun ("the port authority") or a plain adjective
    ("the regional police"), not a participle ("the affected company") nor a pointing word?"""
    if mod.dep_ == "compound":
        return mod.pos_ == "NOUN"
    # the tagger calls "affected", "concerned", "ruling" JJ: a participle's ending gives them away
    return mod.tag_ == "JJ" and mod.lower_ not in _POINTING_ADJECTIVES and not mod.lower_.endswith(("ed", "ing"))


def _described_body(pobj: Token) -> bool:
    """"the port authority", "the regional police", "the district council": a definite body noun
    its own lower-case words qualify (which one it is is written out), not a bare "the company"
    nor one with a relative or prepositional tail of its own."""
    kids = list(pobj.children)
    dets = [c for c in kids if c.dep_ == "det"]
    mods = [c for c in kids if c.dep_ in ("amod", "compound") and c.i < pobj.i]
    return (pobj.lemma_.lower() in ORG_NOUNS and pobj.text.islower() and [d.lower_ for d in dets] == ["the"]
            and bool(mods) and all(m.text.islower() and m.is_alpha and _classifies(m) for m in mods)
            and len(kids) == len(dets) + len(mods))


#: Links that carry a word into what is said, not into who says it or where.
_CONTENT_DEPS = frozenset("ccomp xcomp advcl relcl acl conj dobj parataxis csubj".split())


def _clause_place(head: Token) -> str | None:
    """A place the speaker's own clause names: in the subject ("a police spokesman in Kelby") or on
    its verb ("In Kelby, a police spokesman said"; "said in Kelby"), not in what is said ("said
    Brellan police had caught him"): a place entity, or a proper noun after "in" / "at"."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else head
    for tok in head.sent:
        if tok.ent_type_ in ("GPE", "LOC"):
            name = next((e for e in head.sent.ents if e.start <= tok.i < e.end), None)
        elif tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at"):
            name = None
        else:
            continue
        x = tok
        for _ in range(len(head.sent)):   # up the tree to the verb or the subject (tokens compare by index)
            if x.i in (verb.i, head.i) or x.head.i == x.i or x.dep_ in _CONTENT_DEPS:
                break
            x = x.head
        if x.i in (verb.i, head.i):
            return clean_name(name.text if name is not None else " ".join(t.text for t in _name_run(tok, of_chain=False)))
    return None


class GenericSpeakers(Mentions):
    """Documents, spokespeople and sources resolved to the body they speak for."""

    def _through(self, span: Span, head: Token, cue_pos: int, offset: int,
                 outer_speaker: str | None) -> tuple[str | None, str | None] | None:
        """A generic speaker standing for the body the text names with it, or None.

        * a document of its owner: "the Defence Ministry's statement", "the UN's report",
          "evidence from an Associated Press investigation", "an AP investigation";
        * a spokesperson or source of a named body: "a spokeswoman for the Russian foreign
          ministry", "a source at the GUR" (still marked anonymous when unnamed);
        * a state's organ written with its owner: "Russia's defence ministry" (kept as written,
          and what a later "the ministry" stands for).
        """
        doc = head.doc
        lemma = head.lemma_.lower()
        poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
        if lemma in DOCUMENT_NOUNS:
            if poss is not None:
                return self.resolve(doc[poss.left_edge.i : poss.i + 1], cue_pos, offset, outer_speaker)
            # "figures from the UN", "a report by X"; "data published by X", "information received by X"
            preps = [t for t in head.rights if t.dep_ == "prep"] + [
                t for acl in head.rights if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in _OWNING_LEMMAS
                for t in acl.children if t.dep_ in ("agent", "prep") and t.i > acl.i]
            for prep in preps:
                if prep.lower_ in ("from", "by", "of"):
                    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if pobj is not None and (_names_something(doc[pobj.left_edge.i : pobj.right_edge.i + 1]) or (
                            pobj.lemma_.lower() in ORG_NOUNS and pobj.left_edge.lower_ == "the")):
                        # a name, or "the ministry", "the regional prosecutor's office" (a body)
                        return self.resolve(doc[pobj.left_edge.i : pobj.right_edge.i + 1], cue_pos, offset, outer_speaker)
            run = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            if run and head.pos_ == "PROPN" and head.text[:1].isupper():
                # the document's own name ("the American Community Survey"), whole
                return clean_name(" ".join(t.text for t in _name_run(head, of_chain=False))), None
            if run:
                name = clean_name(" ".join(t.text for t in _name_run(run[-1], of_chain=False)))
                return self._org_canonical(name), None
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
                # "the statement read …" after "X said in a statement": the document named last
                owner_span = _earlier_owner(head)
                if owner_span is not None:
                    return self.resolve(owner_span, cue_pos, offset, outer_speaker)
                owner_name = self.document_owner(lemma, offset + head.idx, doc, offset)
                if owner_name is not None:
                    return owner_name, None
            return None
        press = lemma in _PRESS_OFFICES and any(c.lower_ == "press" and c.dep_ in ("compound", "amod") for c in head.lefts)
        if (lemma in SPOKES_ROLES or press) and not any(e.label_ == "PERSON" for e in self._ents_in(span)):
            unnamed = lemma in ("source", "sources", "official", "officials") or bool(ANONYMITY.search(span.text))
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            if not (definite and self._role_before(lemma, offset + span.start_char)) and (body_name := _body_before_role(span, head)) is not None:
                return self._org_canonical(body_name), ("anonymous" if unnamed else None)
            owner_of = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner_of is not None and owner_of.i >= span.start and owner_of.ent_type_ != "PERSON" \
                    and owner_of.pos_ in ("PROPN", "NOUN") and not self._role_before(lemma, offset + span.start_char) \
                    and owner_of.lemma_.lower() not in PERSON_ROLES and owner_of.lower_ not in TITLES:
                # "the army's spokesperson", "the mission's press office": the body whose voice it is
                # (a person's spokesman is another person: left to the roles below)
                named, _ = self.resolve(doc[owner_of.left_edge.i : owner_of.i + 1], cue_pos, offset, outer_speaker)
                if named and not self.is_person(named):
                    return named, ("anonymous" if unnamed else None)
            for prep in head.rights:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from", "in", "with"):
                    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if pobj is None:
                        continue
                    body = doc[pobj.left_edge.i : pobj.right_edge.i + 1]
                    if prep.lower_ == "in" and all(t.ent_type_ in ("GPE", "LOC", "") and t.pos_ != "NOUN" or t.dep_ == "det"
                                                   for t in body):
                        continue   # "health officials in Gaza": officials of a place, not the place
                    # a name, or a body named before ("a spokesman for the company" after "Halvik
                    # Lines"; with none named, the description stays as written)
                    body_named = _names_something(body)
                    # "a spokesman for the mayor" after "Mayor Tomas Everett": the role's holder
                    holder = pobj.lemma_.lower() in PERSON_ROLES and pobj.left_edge.lower_ == "the" \
                        and pobj.lemma_.lower() not in SPOKES_ROLES and self._sole_holder(pobj, cue_pos)
                    if body_named or holder or pobj.lemma_.lower() in ORG_NOUNS and pobj.left_edge.lower_ == "the":
                        named, _ = self.resolve(body, cue_pos, offset, outer_speaker)
                        if named and (body_named or named != _DETS.sub("", clean_name(_describe(body)))
                                      or prep.lower_ in ("for", "of", "at") and _described_body(pobj)):
                            # a name, a body named before, or one the words themselves describe
                            # ("a spokesperson for the port authority" with none named: the
                            # port authority; a bare "for the company" names no body)
                            unnamed = lemma in ("source", "sources", "official", "officials") or bool(ANONYMITY.search(span.text))
                            return named, ("anonymous" if unnamed else None)
            names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
            if names and not (definite and lemma in self.roles):
                # "a GUR source", "a Pentagon official", "a White House spokesman": the body named
                # before the role ("the Kremlin spokesman" after "Kremlin spokesman Dmitry Peskov"
                # is Peskov: the role's holder, below)
                name = clean_name(" ".join(t.text for t in _name_run(names[-1], of_chain=False)))
                if name.upper() in self.acronyms:
                    return self.acronyms[name.upper()], ("anonymous" if unnamed else None)
                # a body's name, not a state's ("U.S. officials" stay officials of no named body)
                if all(t.ent_type_ in ("ORG", "FAC") for t in _name_run(names[-1], of_chain=False)):
                    return self._org_canonical(name), ("anonymous" if unnamed else None)
            kinds = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in ORG_NOUNS]
            if not names and len(kinds) == 1 and kinds[0].lemma_.lower() in self.roles and not definite:
                # "a ministry spokesman" after "the Ministry of Defence of X": that ministry's
                body_name = self._recent(self.roles[kinds[0].lemma_.lower()], cue_pos)
                if body_name is not None and not self.is_person(body_name):
                    return body_name, ("anonymous" if unnamed else None)
            noun = _spokes_body_noun(head) if lemma in SPOKES_PEOPLE and not names and not definite else None
            if noun is not None:
                # "a police spokesman", "an army spokesperson", "a spokesperson for the army": the
                # nearest body of that kind named before ("Police in Kelsk", "the Velesian army"),
                # else a state's institution by its noun ("police", "army"); "a spokesman for the
                # company" with no company named names no body and stays as written
                place = _clause_place(head) if noun in PLACE_BOUND_KINDS else None
                body_name = self._body_of_kind(noun, offset + span.start_char, place)
                if body_name is not None or noun in STATE_ORGAN_WORDS and place is None:
                    # ("In Kelby, a police spokesman said" with no Kelby police named: as written)
                    return (body_name or noun), ("anonymous" if unnamed else None)
            if lemma in ("spokesman", "spokeswoman", "spokesperson") and not list(head.rights) and not names \
                    and all(c.dep_ in ("det", "amod", "punct") for c in head.lefts):
                # "a spokesperson said": for the body asked in its sentence ("Reuters contacted
                # the ministry …, and a spokesman said"), else the one that spoke or acted just before
                if definite and (earlier := _earlier_spokesperson(head)) is not None:
                    # "A spokesperson for X said … '…,' the spokesperson said": the body the first
                    # mention spoke for (read from the text, whatever order the claims are found in)
                    through = self._through(doc[earlier.left_edge.i : earlier.right_edge.i + 1], earlier,
                                            cue_pos, offset, outer_speaker)
                    if through is not None and through[0]:
                        return through[0], None
                asked = _asked_before(head)
                if asked is not None:
                    named, _ = self.resolve(asked, cue_pos, offset, outer_speaker)
                    if named:
                        return named, None
                recent = [(p, n) for p, n, person in self.claim_speakers if not person] + self.body_subjects
                body_name = self._recent([(p, n) for p, n in recent
                                          if 0 < cue_pos - p < 600 and not n.startswith("anonymous")], cue_pos)
                if body_name is not None:
                    return body_name, None
            return None
        if lemma in ORG_NOUNS and poss is not None and poss.ent_type_ in ("GPE", "NORP") and poss.i >= span.start:
            # with the name's of-phrase: "Russia's Ministry of Defence", not "Russia's Ministry"
            end = max(head.i, _name_run(head)[-1].i) + 1 if head.pos_ == "PROPN" else head.i + 1
            phrase = _DETS.sub("", doc[poss.left_edge.i : end].text)
            self.note_org_phrase(phrase, phrase)
            return phrase, None
        state = next((c for c in head.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP")), None)
        if lemma in ORG_NOUNS and state is not None and state.i >= span.start and not list(head.rights):
            # "the Russian defense ministry": kept whole, and what a later "the ministry" stands for
            phrase = _DETS.sub("", doc[state.left_edge.i : head.i + 1].text)
            self.note_org_phrase(phrase, phrase)
            return phrase, None
        return None
