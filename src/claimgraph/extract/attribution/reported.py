"""Reported speech: a cue verb with its content clause or object, stance and claim nouns, labels,
passives with an agent, and "according to"."""

from __future__ import annotations

import bisect
import re

from ..cues import (
    ORG_NOUNS,
    PERSON_ROLES,
    ABOUT_PREPS,
    ABOUT_VERBS,
    AS_VIEW_VERBS,
    CLAIM_NOUNS,
    COGNITION_VERBS,
    INTENT_VERBS,
    STANCE_VERBS,
    EVIDENCE_SUBJECTS,
    NEEDS_AS,
    OBJECT_VERBS,
    PREP_CUES,
    RELEASE_VERBS,
    SHOW_VERBS,
    SEEM_VERBS,
    SPEECH_OBJECT_OK,
    SPEECH_VERBS,
    STANCE_NOUNS,
)
from ..dates import WEEKDAYS
from ..nlp import with_coarse_tags
from ..speakers import DOCUMENT_NOUNS, SPOKES_ROLES
from .model import MAX_SPEAKER_TOKENS, Claim
from .refusals import denying_subject
from .reader import (
    _agentive, _as_put_it, _own_subject, _puts_at, _trim_concessive, _verb_like, not_ruled_out, possibility_clause,
    written_speaker,
)
from .unattributed import Unattributed

#: Where a source speaks or writes ("writing on Telegram"), never what about.
_PLATFORMS = frozenset("telegram facebook twitter x instagram vkontakte vk youtube tiktok website site channel "
                       "account page television tv radio air media".split())
#: Verbs whose object may be an act told as a gerund ("denied firing at the town").
_GERUND_OBJECT_VERBS = frozenset("deny admit acknowledge confirm report mention".split())
#: Whom a source cites: people, not what they said ("cited one anonymous source").
_CITED_PEOPLE = frozenset("source official officer witness expert analyst person people insider diplomat".split())
#: Nouns of manner and degree, never a source ("in a way that suggests …").
_MANNER_NOUNS = frozenset("way manner fashion form sense extent degree".split())
#: Putting pictures out ("posted a video of …"): the source's claim is what they show.
_PUBLISHING_VERBS = frozenset("share post publish release circulate distribute".split())
_MEDIA_NOUNS = frozenset("photo photograph video footage image picture clip recording".split())

#: The adjunct frames between a cue and its that-clause ("said during a briefing that …").
_ADJUNCT_HEADS = frozenset("conference briefing interview statement visit hearing meeting session speech address "
                           "appearance call summit rally tour".split())
_TIME_NOUNS = frozenset(WEEKDAYS) | frozenset("day week weekend month year morning afternoon evening today yesterday"
                                              .split())

#: "was quick to point out that …": a manner of saying it, not a reluctance or a wish.
#: Not "keen" nor "eager": a wish to say it, no saying.
_PROMPT_ADJECTIVES = frozenset("quick swift fast careful first".split())

#: What joins a clause to a refusal after it ("A, and", "A but"), trimmed from A.
_JOINERS = ("and", "but", "yet", "while", "although", "though")


def _without_joined_tail(text: str) -> str:
    """``text`` without what joins it to a refusal after it ("A, and" -> "A"), by hand: a regex
    anchored at the end backtracks over every run of spaces on hostile pages."""
    text = text.rstrip(" \t\n,;")
    word = text.rsplit(None, 1)[-1] if text else ""
    if word.lower() in _JOINERS:
        text = text[: len(text) - len(word)].rstrip(" \t\n,;")
    return text


#: Parts of speech of the words of a speaker phrase ("Ukrainian state railway company head X").
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"})

#: Verbs of saying whose negation leaves nothing said ("did not say that …").
UNSAID_IF_NEGATED = frozenset(
    "say claim state tell confirm announce assert allege report write declare insist deny admit acknowledge mention "
    # what a source has not disputed or blamed is no stance it took ("has not disputed the findings")
    "speak address dispute contest challenge reject dismiss refute criticize criticise blame accuse condemn".split())

#: Cognition verbs that, with a first-person subject inside a quote, only hedge the quote.
HEDGES = frozenset("think believe fear feel guess suppose know hope".split())


def _relays_according(clause) -> bool:
    """Does the clause carry "according to" ("A, according to B, the paper reported")? Then the
    trailing cue relays B's claim, which the according pass reads."""
    return any(t.lower_ == "according" and t.i + 1 < clause.end and t.nbor().lower_ == "to" for t in clause)


def _evidence_head(subj):
    # a relative pronoun stands for its antecedent ("a video that showed …")
    if subj.lower_ in ("that", "which") and subj.head.dep_ == "relcl":
        return subj.head.head
    return subj


#: Words that open a count ("between 10 and 15", "at least 12", "more than 60", "up to 300").
_QUANTIFIER_WORDS = frozenset("between about around nearly almost roughly approximately some over under at least "
                              "more fewer less than up to as many much".split())


def _quantifying(tok) -> bool:
    """A quantifier word counting, not placing: "at" only in "at least" / "at most"."""
    return tok.lower_ != "at" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("least", "most"))


def _to_infinitive(tok) -> bool:
    return any(a.lower_ == "to" and a.dep_ == "aux" for a in tok.children)


#: Prepositions whose phrase, after a speech verb's nominal object, is part of what was said
#: ("reiterated his support for the bill").
_OBJECT_PREPS = frozenset("as to for about on against".split())


#: Head words of buildings and places (the tagger may take "Orlivka Drama Theatre" for a person):
#: "attacked" one of them is an act of war, not words against someone.
_PLACE_HEADS = frozenset("theatre theater hospital station plant dam bridge school building port airport base factory "
                         "church mall hall centre center market prison camp".split())

#: People who come upon a scene in person ("rangers found a boy crying"): what they found is no finding.
_FINDERS = frozenset("""guard police officer policeman policewoman deputy trooper rescuer firefighter crew paramedic medic
diver searcher soldier passerby neighbour neighbor hiker resident worker driver ranger man woman boy girl family
friend witness sailor fisherman climber""".split())

#: Verbs of telling someone something ("told reporters that …").
_TELLING_VERBS = frozenset("tell inform assure remind notify brief".split())
#: Whom one tells: a that-clause after these is what was told, not a relative clause.
_ADDRESSEES = frozenset("""reporter reporters journalist journalists paper newspaper outlet press audience crowd
jury court committee lawmaker lawmakers investigator investigators police agency""".split())
#: Where a source says something: "in a statement that …", "in a post that …".
#: A subject that relays rather than speaks ("The Courier reported …, according to X": X's).
_RELAYING_VERBS = frozenset("report write publish print broadcast air".split())

_MEDIUM_NOUNS = frozenset("statement post interview letter message tweet video briefing report article blog "
                          "communique release update address speech column op-ed call note email filing podcast broadcast".split())


class ReportedSpeech(Unattributed):
    """Reported speech and "according to" (an agentless passive falls through to ``Unattributed``)."""

    # -- reported speech --------------------------------------------------------------------
    def reported(self) -> None:
        doc = self.doc
        later = []
        around = []   # "according to" phrases around a reported clause of their own (``_around_reported``)
        for tok in self.tokens:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                if tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in ("these", "those", "them"):
                    later.append(tok)   # "According to these": after the claims before it are known
                elif (verb := self._reporting_verb_around(tok)) is not None:
                    around.append((tok, verb))
                else:
                    self._according(tok)
        # a claim noun, a stance noun, a seeming or publishing verb or a cue: only a noun, verb or auxiliary
        for tok in with_coarse_tags(doc, self.tokens, ("NOUN", "VERB", "AUX")):
            if tok.pos_ == "NOUN":
                noun = tok.lemma_.lower()
                if noun in CLAIM_NOUNS:
                    self._claim_noun(tok)
                if noun in STANCE_NOUNS:
                    self._stance_noun(tok)
                continue
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SEEM_VERBS:
                self._seems(tok)
                continue
            if tok.pos_ == "VERB" and tok.lemma_.lower() in _PUBLISHING_VERBS:
                self._published_media(tok)
            if not self.is_reported_cue(tok):
                continue
            if tok.lemma_.lower() in NEEDS_AS and self._what_called(tok):
                continue
            self._reported_one(tok)
        for tok in later:
            self._according(tok)
        for tok, verb in around:
            self._around_reported(tok, verb)

    def _published_media(self, tok) -> None:
        """"The governor posted a video of the burning depot", "officials shared photos of the
        wreckage": what a source puts out as its evidence is its claim (the pictures, as
        described); "released a video that showed …" is read by the showing clause instead."""
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in _MEDIA_NOUNS or self.in_quote(tok.idx) is not None:
            return
        if any(c.dep_ in ("relcl", "acl") for c in obj.children) or tok.i in self.used_cues or tok.dep_ == "relcl":
            return
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in obj.children):
            return   # "published the landing video": one the text has already told of
        if not any(c.dep_ == "prep" and c.lower_ == "of" for o in (obj, *obj.conjuncts) for c in o.children):
            return   # "released a video clip, asserting …": pictures of nothing said are no claim
        subj = self.subject_of(tok)
        if subj is None or not _agentive(subj) or subj.lower_ in ("i", "we", "you"):
            return
        lo, hi = obj.left_edge.i, obj.right_edge.i + 1
        while hi > lo and self.doc[hi - 1].is_punct:
            hi -= 1
        if any(c.start <= self.doc[lo].idx < c.end for c in self.claims):
            return
        self.make_claim(kind="indirect", start=self.doc[lo].idx, end=self.doc[hi - 1].idx + len(self.doc[hi - 1]),
                        cue_tokens=[tok], subj=subj)

    def _stance_noun(self, tok) -> None:
        """"Pence's call for a special prosecutor", "her criticism of the deal": a stance noun
        with an owner and the prepositional object it is about (the owner is the speaker)."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or self.in_quote(tok.idx) is not None or tok.i in self.used_cues:
            return
        if owner.lower_ in ("my", "our", "your", "its") or not _agentive(owner):
            return
        preps = STANCE_NOUNS[tok.lemma_.lower()]
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i), None)
        obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if obj is None:
            inf = next((c for c in tok.children if c.dep_ == "acl" and c.i > tok.i and _to_infinitive(c)), None)
            if inf is None or "to" not in preps:
                return
            obj = inf
        if any(c.start <= tok.idx < c.end for c in self.claims):
            return
        self._owned_claim(tok, owner, obj)

    def _owned_claim(self, tok, owner, head, skip_that: bool = False) -> None:
        """A claim whose content is ``head``'s subtree and whose speaker is ``owner``'s ("her call
        for …", "Trump's claim that …"), cued by the noun ``tok``."""
        doc = self.doc
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        hi = _trim_concessive(doc, head, lo, hi)
        if skip_that and doc[lo].lower_ == "that":
            lo += 1
        while hi > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in "”’\"":
            hi -= 1
        if hi <= lo:
            return
        q_in = self.quotes_between(doc[lo].idx - 1, doc[hi - 1].idx + 1)
        kind = "mixed" if any(self.quotes[qi].words(self.text) >= 2 for qi in q_in) else "indirect"
        span = doc[owner.left_edge.i : owner.right_edge.i + 1]
        if len(span) > 1 and span[-1].tag_ == "POS":
            span = span[:-1]
        self.make_claim(kind=kind, start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                        cue_tokens=[tok], speaker_span=span)

    def _claim_noun(self, tok) -> None:
        """"Trump's claim that …", "her view that …": a claim noun with an owner and a that-clause."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        by = None
        if owner is None:
            # "accusations by Kyiv and the West that …": the agent named after the noun, a
            # claim of theirs even inside another's (the one who rejects the accusations)
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > tok.i), None)
            by = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            owner = by if by is not None and by.pos_ == "PROPN" else None
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > tok.i
                       and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
        if owner is None or clause is None or self.in_quote(tok.idx) is not None:
            return
        if owner.lower_ in ("my", "our", "your", "its") or not _agentive(owner) and owner.pos_ != "PRON":
            return
        if by is None and any(c.start <= tok.idx < c.end for c in self.claims):
            return
        self._owned_claim(tok, owner, clause, skip_that=True)

    def _finds_in_person(self, tok) -> bool:
        """Is the subject of "found" someone who can come upon a scene (a pronoun, a named person,
        guards, a crew), not a body or a piece of work (an audit, an inquiry, investigators)?"""
        subj = self.subject_of(tok)
        if subj is None:
            return False
        head = subj.lemma_.lower()
        return (subj.lower_ in ("he", "she", "they", "we", "i") or subj.ent_type_ == "PERSON"
                or head in _FINDERS) and head not in EVIDENCE_SUBJECTS

    @staticmethod
    def _told_as_relative(tok):
        """"told journalists outside the depot that X", "tells the paper that X": the parser may
        hang the that-clause on the addressee, or on a noun after it, as a relative clause; after a
        verb of telling with no clause of its own it is what is told. A "that" the parser calls a
        complementizer is one wherever it hangs; one it calls a pronoun only right after an
        addressee ("told the story that his father told" stays a relative clause)."""
        if any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
            return None
        addressee = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i > tok.i), None)
        if addressee is None:
            return None
        nouns = [addressee] + [g for p in tok.children if p.dep_ == "prep" and p.i > addressee.i
                               for g in p.children if g.dep_ == "pobj"]
        for noun in nouns[:4]:
            for c in noun.children:
                if c.dep_ not in ("relcl", "acl") or c.i < noun.i:
                    continue
                that = c.left_edge
                if that.lower_ != "that" or that.i <= noun.i:
                    continue
                if that.dep_ == "mark" or (noun is addressee and (
                        noun.lemma_.lower() in _ADDRESSEES or noun.ent_type_ in ("PERSON", "ORG"))):
                    return c
        return None

    def _content_children(self, tok):
        lemma = tok.lemma_.lower()
        kids = [c for c in tok.children if c.dep_ == "ccomp"]
        if not kids and lemma == "rule" and not_ruled_out(tok):
            kids = [possibility_clause(tok)]   # "did not rule out the possibility that C": C
        if len(kids) > 1 and kids[0].i < tok.i < kids[-1].i:
            # "It's unlikely; Clinton's team says she'll continue": a clause on each side of the
            # cue — the one after it is what is said
            kids = [c for c in kids if c.i > tok.i]
        if len(kids) > 1 and self.in_quote(tok.idx) is None:
            # "told the radio that the slide struck at 2 a.m. “The rain …,” he said": a quotation
            # run into the cue's sentence (the splitter does not end it after "a.m.") is hung on
            # the cue as a second clause; it is the quote's own claim, not part of this one
            outside = [c for c in kids if self.in_quote(c.idx) is None or not self._quote_after_stop(c)]
            if outside:
                kids = outside
        if kids and lemma in ("find", "discover") and self._finds_in_person(tok):
            # "the ranger found a hiker shivering": people who came upon a scene, not a finding;
            # "found that X was …" is one, and so is anything an audit or an inquiry "found"
            # (nor is "…, who was the victim" a clause of its own: a relative clause the parser hung here)
            kids = [c for c in kids if (c.tag_ not in ("VBG", "VBN") or any(
                a.dep_ in ("aux", "auxpass", "mark") for a in c.children)) and not any(
                a.dep_ in ("nsubj", "nsubjpass") and a.lower_ in ("who", "which") for a in c.children)]
            if not kids:
                return []
        if kids:
            if lemma in SPEECH_VERBS or lemma in COGNITION_VERBS or lemma in INTENT_VERBS or not_ruled_out(tok):
                return kids
            return []
        if lemma == "put":
            return _puts_at(tok)   # "puts the death toll at 41": the figure, object and "at" phrase
        if lemma in SPEECH_VERBS:
            # "claimed in a statement that …", "wrote in a post that …": the parser hangs the
            # that-clause on the document; it is still what the cue says
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "on") or prep.i < tok.i:
                    continue
                for doc_noun in prep.children:
                    if doc_noun.dep_ == "pobj" and doc_noun.lemma_.lower() in _MEDIUM_NOUNS:
                        said = [c for c in doc_noun.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > doc_noun.i
                                and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)]
                        if said:
                            return said[:1]
            said = self._stray_that_clause(tok)
            if said is not None:
                return [said]
        if lemma in _TELLING_VERBS:
            told = self._told_as_relative(tok)
            if told is not None:
                return [told]
        if lemma in INTENT_VERBS:
            # "wants to triple …", "urged Congress to act": the infinitive, with the addressee
            inf = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.i > tok.i
                   and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
            if inf:
                # the addressee: "urged Congress to act", "called on the council to investigate"
                objs = [c for c in tok.children if c.i < inf[0].i and (
                    c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i > tok.i)]
                # "wants to triple X, grow Y and create Z": the parser hangs the later bare
                # infinitives on the cue, as its conjuncts
                more = [c for c in tok.children if c.dep_ == "conj" and c.tag_ in ("VB", "VBP") and c.i > inf[0].i
                        and _own_subject(c) is None]
                return objs + inf[:1] + more
        if lemma in ABOUT_VERBS:
            # "spoke about his health", "complained about the microphone": the topic
            about = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS and c.i > tok.i
                     and not any(c2.dep_ == "dobj" for c2 in tok.children)
                     and any(g.dep_ in ("pobj", "pcomp") and g.pos_ != "PRON" for g in c.children)]
            who = self.subject_of(tok)
            if about and about[0].lower_ == "on" and any(
                    g.dep_ == "pobj" and (g.lower_ in _PLATFORMS or g.lemma_.lower() in _MEDIUM_NOUNS) for g in about[0].children):
                about = []   # "writing on Telegram", "spoke on television": where, not what about
            if about and (lemma != "speak" or about[0].lower_ != "on") and \
                    (who is None or who.lower_ not in ("i", "we", "you")) and self.in_quote(tok.idx) is None:
                return [g for g in about[0].children if g.dep_ in ("pobj", "pcomp")][:1]
        if lemma in AS_VIEW_VERBS:
            # "sees the deal as a betrayal": the object with its "as" phrase
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.pos_ != "PRON"]
            as_ = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and objs and c.i > objs[0].i
                   and any(g.dep_ in ("pobj", "pcomp") for g in c.children)]
            return objs[:1] + as_[:1] if objs and as_ else []
        if lemma in PREP_CUES and not any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
            # "referred to the memo", "railed against the deal": the prepositional object
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in PREP_CUES[lemma]
                         and c.i > tok.i), None)
            if prep is not None:
                objs = [g for g in prep.children if g.dep_ in ("pobj", "pcomp") and g.tag_ not in ("WP", "WDT")
                        and g.pos_ != "PRON"]
                own = _own_subject(tok) or self.subject_of(tok)
                if objs and own is not None and _agentive(own) and own.lemma_.lower() not in EVIDENCE_SUBJECTS \
                        and self._thought_ok(tok, objs):
                    return objs[:1]
        if lemma in STANCE_VERBS and lemma not in OBJECT_VERBS:
            # "cited the remarks", "proposes doing away with …": the object, with what goes with it
            objs = [c for c in tok.children if c.dep_ in ("dobj",) and c.i > tok.i and c.tag_ not in ("WP", "WDT")]
            if lemma == "attack" and objs and all(o.ent_type_ in ("GPE", "LOC", "FAC") or o.lower_ in _PLACE_HEADS
                                                  for o in objs):
                return []   # "Russia attacked the theatre": an act of war, not words against someone
            if lemma == "cite" and objs and (objs[0].lemma_.lower() in _CITED_PEOPLE or objs[0].ent_type_ == "PERSON"):
                return []   # "cited one anonymous source, whom he said had …": whom, not a claim
            if not objs:
                objs = [c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > tok.i]
            if objs:
                extra = [c for c in tok.children if c.i > objs[0].i and (
                    c.dep_ in ("oprd",) or (c.dep_ == "prep" and c.lower_ in ("as", "to", "for")))]
                return objs + extra
            return []
        if lemma not in SPEECH_VERBS:
            return []
        if lemma == "call":
            # "calls for X (to halt Y)", "called on X to do Y"
            inf = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.i > tok.i
                   and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
            # "called on X to do Y" needs its infinitive ("called the office on Monday" is a call)
            fors = [c for c in tok.children if c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "on" and inf)]
            if fors:
                return fors + inf
        if lemma in OBJECT_VERBS:
            objs = [c for c in tok.children if c.dep_ in ("dobj",)]
            if objs and objs[0].tag_ in ("WP", "WDT"):
                return []
            if not objs and lemma in _GERUND_OBJECT_VERBS:
                # "denied firing at the town", "admitted shelling the hospital": the act, as a gerund
                objs = [c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > tok.i]
                if objs:
                    return objs
            if lemma == "estimate" and objs and not any(t.like_num for t in objs[0].subtree):
                return []   # "estimated around 300 dead" is a claim; "estimated the cost" is not
            # what goes with the object: "accused X of Y", "blamed X for Y", "called X a liar",
            # "urged X to act"
            extra = [c for c in tok.children if c.i > tok.i and (
                c.dep_ in ("oprd", "xcomp")
                or (c.dep_ == "prep" and c.lower_ in ("as", "of", "for"))
                or (c.dep_ == "advcl" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)))]
            if lemma in NEEDS_AS and not extra and objs and (
                    any(c.dep_ == "appos" and c.i > objs[0].i for c in objs[0].children)
                    or any(c.dep_ == "dative" and c.i > tok.i for c in tok.children)):
                # "called the plan “a gift to the rich”" (the parser makes the label an
                # apposition of the object, or the object a dative): object and label
                return [c for c in tok.children if c.dep_ == "dative" and c.i > tok.i] + objs
            if lemma in NEEDS_AS and not extra:
                if lemma == "call":
                    fors = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]
                    # "calls for X to halt Y": the infinitive is part of what is called for
                    inf = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.i > tok.i
                           and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
                    return fors + inf if fors else []
                return []
            if objs:
                return objs + extra
        if lemma in SPEECH_OBJECT_OK:
            # "tweeted a chart of …", "reiterated the premise of …": a speech verb's nominal object
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")
                    and c.tag_ not in ("WP", "WDT")]
            if objs and self._thought_ok(tok, objs):
                extra = [c for c in tok.children if c.i > objs[0].i and c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS]
                return objs + extra
        # "said the firm hid losses" misparsed: the clause's verb taken for an adjective and its
        # subject buried in the cue's object — an object phrase that holds a subject is the clause
        objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
        if objs and any(t.dep_ in ("nsubj", "nsubjpass") for t in objs[0].subtree):
            return objs[:1]
        return []

    def _run_on_end(self, end: int, close: int) -> int:
        """Where a quote opened in a reported clause and run on past its sentence ends: at its
        closing mark, but at most three sentences on, and before the first sentence in which
        someone else speaks or is told of ('“unsafe. Vance, who runs the ferry, disagreed.”': a
        cue with a subject of its own other than "I"/"we"), as a dropped closing mark would
        otherwise pull narration into the claim."""
        text = self.text
        first = self.tok_at(end)
        if first is None:
            return end
        new_end, n = end, 0
        for sent in self._sents_from(first):
            if sent.start_char < end:
                continue
            if sent.start_char >= close or n >= 3:
                break
            if any(t.lemma_.lower() in SPEECH_VERBS and _verb_like(t) and (s := _own_subject(t)) is not None
                   and s.lower_ not in ("i", "we") for t in sent):
                break   # another speaker's sentence
            if any(ch in text[sent.start_char : min(sent.end_char, close)] for ch in "\u201c\u201d\"\u00ab\u00bb"):
                break   # a quote mark of its own: the marks are not paired as the run-on assumes
            new_end, n = min(sent.end_char, close), n + 1
        if new_end != end:
            new_end = len(text[:new_end].rstrip())
        return new_end

    def _sents_from(self, tok):
        """The sentences from the one holding ``tok`` on, from the bounds the reader cached."""
        k = bisect.bisect_right(self.sent_starts, tok.i) - 1
        return iter(self.sents[max(k, 0):])

    @staticmethod
    def _stray_that_clause(tok):
        """'told the council on Tuesday at a hearing in the town hall that the dam would hold',
        'told reporters during a visit to the port that the ferry was safe': a that-clause
        (``that`` as a complementiser, so not a relative pronoun) the parser hung on a noun of an
        adjunct between the cue and the clause. Only through a closed set of adjunct frames (a
        day or time, a news conference, briefing, interview, statement, visit, the addressee, and
        a place of such an event), at most three steps down, after the cue, in its sentence:
        "under an agreement that …", "to the point that …" are the nouns' own clauses."""
        frontier = [(c, False) for c in tok.children if c.i > tok.i and c.dep_ in ("prep", "npadvmod", "dative", "dobj")]
        for _ in range(3):
            nxt = []
            for node, place_ok in frontier:
                if node.dep_ == "dobj" and node.lemma_.lower() not in _ADDRESSEES:
                    continue   # "denied the report that …": a clause of the object's own
                lemma = node.lemma_.lower()
                event = lemma in _ADJUNCT_HEADS
                if node.pos_ != "ADP" and not (event or lemma in _ADDRESSEES or lemma in _TIME_NOUNS
                                               or node.ent_type_ in ("DATE", "TIME") or place_ok):
                    continue   # any other noun may own the clause ("an agreement that …")
                for c in node.children:
                    if c.i < node.i:
                        continue
                    if c.dep_ in ("relcl", "acl", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
                            m.lower_ == "that" and m.dep_ == "mark" and m.i < c.i for m in c.children) and any(
                            m.dep_ in ("nsubj", "nsubjpass", "expl") for m in c.children):
                        return c
                    if c.dep_ == "prep":
                        # "a visit to the port", "a briefing in the town hall": the event's place
                        nxt.append((c, event and c.lower_ in ("to", "in", "at")))
                    elif c.dep_ == "pobj":
                        nxt.append((c, place_ok))
            frontier = nxt
        return None

    def _label_fallback(self, tok) -> bool:
        """"called Hale “reckless.”" when the parser lost the label: the cue, a short noun
        phrase and a short quotation closing the clause — the phrase and the quoted label."""
        doc = self.doc
        if self.in_quote(tok.idx) is not None or any(
                c.start <= tok.idx < c.end and not (c.kind == "no_comment" and _in_relative_clause_after(tok, c))
                for c in self.claims):
            return False
        i = tok.i + 1
        while i < len(doc) and i - tok.i <= 6 and doc[i].pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PART") \
                and self.in_quote(doc[i].idx) is None and doc[i].lower_ not in ("that", "what", "which", "who", "it"):
            i += 1
        if i == tok.i + 1 or i >= len(doc) or doc[i].text not in ("“", '"', "‘", "''", "'"):
            return False
        qi = self.in_quote(doc[i].idx + len(doc[i]))
        if qi is None or self.quotes[qi].start != doc[i].idx:
            return False
        q = self.quotes[qi]
        if q.words(self.text) > 12:
            return False
        subj = self.subject_of(tok)
        if subj is None or subj.dep_ == "expl" or subj.lower_ in ("i", "we", "you", "it"):
            return False
        span = None
        if subj.left_edge.i < tok.i <= subj.right_edge.i:
            span = doc[subj.left_edge.i : tok.i]  # the parser hung the cue inside the subject
        self.make_claim(kind="mixed", start=doc[tok.i + 1].idx, end=q.inner_end, cue_tokens=[tok], subj=subj,
                        speaker_span=span)
        return True

    def _what_called(self, tok) -> bool:
        """"what critics call a land grab", "what she described as a disaster".

        The label a source puts on the thing the writer names: the claim is "what" plus the
        label (two parts), the source the verb's subject.
        """
        what = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "what" and c.i < tok.i), None)
        if what is None or self.in_quote(tok.idx) is not None:
            return False
        label = next((c for c in tok.children if c.i > tok.i and (
            c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"
            and any(g.dep_ == "pobj" for g in c.children))), None)
        subj = _own_subject(tok)
        if label is None or subj is None or subj.i < what.i or subj.lower_ in ("i", "we", "you", "it"):
            return False
        if any(c.start <= tok.idx < c.end for c in self.claims):
            return False
        doc = self.doc
        lo = label.i + 1 if label.dep_ == "prep" else label.left_edge.i
        hi = label.right_edge.i + 1
        while hi > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in "”’\"":
            hi -= 1
        if hi <= lo:
            return False
        parts = [(what.idx, what.idx + len(what)), (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))]
        q_in = self.quotes_between(parts[1][0] - 1, parts[1][1])
        kind = "mixed" if q_in else "indirect"
        self.make_claim(kind=kind, start=parts[0][0], end=parts[1][1], cue_tokens=[tok], subj=subj, parts=parts)
        return True

    def _passive_with_agent(self, tok) -> bool:
        """"The plan was endorsed by the union", "the meeting was first reported by Politico".

        A stance or speech verb in the passive whose object is now its subject: the subject is
        what the agent endorsed, reported or attacked, and the agent is the speaker.
        """
        lemma = tok.lemma_.lower()
        if not (lemma in STANCE_VERBS or lemma in OBJECT_VERBS or lemma in SPEECH_OBJECT_OK) or lemma in NEEDS_AS:
            return False
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        src = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if subj is None or src is None or subj.i > tok.i or subj.pos_ == "PRON" or not _agentive(src):
            return False
        if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in tok.children) or self.in_quote(tok.idx) is not None:
            return False
        if any(c.start <= tok.idx < c.end for c in self.claims):
            return False
        doc = self.doc
        lo, hi = subj.left_edge.i, subj.right_edge.i + 1
        hi = _trim_concessive(doc, subj, lo, hi)
        while hi > lo and doc[hi - 1].is_punct:
            hi -= 1
        if hi <= lo:
            return False
        span = doc[src.left_edge.i : src.right_edge.i + 1]
        self.make_claim(kind="indirect", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                        cue_tokens=[tok], speaker_span=span)
        return True

    def _thought_ok(self, tok, kids) -> bool:
        """Is a belief/intention cue with this content an attribution, not a turn of phrase?

        "you know", "I want to ask" and "it seems" are discourse, and "knew where I was" names
        no proposition: the cue needs a third-person subject and a content that is not a bare
        wh-clause.
        """
        if self.in_quote(tok.idx) is not None:
            return False  # inside a quotation it is the quoted speaker's own wording
        if any(c.start <= tok.idx < c.end for c in self.claims):
            return False  # "X confirmed that the crew decided to …": part of X's claim
        own = _own_subject(tok) or self.subject_of(tok)
        if own is None or own.lower_ in ("i", "we", "you", "it", "me", "us") or own.dep_ == "expl":
            return False
        if own.lower_ == "one" and not list(own.children):
            return False   # "one must always question …": anyone, no source ("one of the officials" is)
        if own.lower_ in ("that", "which") and own.head.dep_ == "relcl" and own.head.head.lemma_.lower() in _MANNER_NOUNS:
            return False   # "phrased in a way that suggests revenge": the wording, no source
        first = kids[0]
        lead = first.left_edge
        if first.dep_ == "ccomp" and lead.tag_ in ("WDT", "WP", "WP$", "WRB") or lead.lower_ in ("whether", "if"):
            return False
        return True

    def _reported_one(self, tok) -> None:
        doc = self.doc
        lemma = tok.lemma_.lower()
        if lemma in UNSAID_IF_NEGATED and any(c.dep_ == "neg" for c in tok.children):
            # "did not say that …", "never claimed …": what a source did not say is no assertion
            # (refusals and silences are the no-comment pass's; "does not show", "did not want
            # to" stay: a negative finding or stance is still the source's)
            return
        own_subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if own_subj is not None and denying_subject(own_subj):
            # "neither X nor Y would confirm …", "no one at X would discuss …": what nobody said
            # is no one's assertion (the silence is the refusals pass's)
            return
        if lemma == "attack" and any(c.dep_ == "nsubjpass" and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.lower_ in _PLACE_HEADS)
                                     for c in tok.children):
            return  # "the port was attacked by X": an act of war, not words against someone
        if lemma in ("knock", "rip", "slam") and any(c.dep_ == "prt" for c in tok.children):
            return  # "knocked out three strands", "ripped up the road": a blow, not a rebuke
        if lemma in SHOW_VERBS and any(c.dep_ == "neg" for c in tok.children) and any(
                c.dep_ == "aux" and c.lemma_.lower() in ("can", "could") for c in tok.children):
            return  # "imagery cannot show what was inside": what evidence is unable to tell, no finding
        if lemma in ("cite", "quote") and tok.tag_ == "VBG" and tok.dep_ != "ROOT":
            return  # "X reported …, citing officials": where X's claim comes from, not a claim of its own
        if lemma == "ask" and tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                                             for c in tok.children):
            return  # "Asked about the strike, X said …": a question put to X, no claim of X's
        if lemma in HEDGES and self.in_quote(tok.idx) is not None:
            own = _own_subject(tok)
            if own is not None and own.lower_ in ("i", "we"):
                return  # "I think …" inside a quote is the quoted speaker's own claim, not another
        if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
            self._passive_unnamed(tok)
            return
        if any(c.dep_ == "auxpass" for c in tok.children) and self._passive_with_agent(tok):
            return
        kids = self._content_children(tok)
        if not kids and lemma in NEEDS_AS and self._label_fallback(tok):
            return
        put_it = lemma == "put" and (_as_put_it(tok) or bool(kids))
        if lemma not in SPEECH_VERBS and not put_it and not (kids and self._thought_ok(tok, kids)):
            return  # a belief/intention cue needs a content clause or object of its own
        if not kids and (lemma in SHOW_VERBS or lemma in NEEDS_AS):
            # "the footage shows two tanks crossing …": evidence shows a scene, not a clause
            own = _own_subject(tok)
            if own is not None and _evidence_head(own).lemma_.lower() in EVIDENCE_SUBJECTS:
                kids = [c for c in tok.children if c.dep_ == "dobj"]
        if kids and any(c.kind in ("indirect", "mixed", "according_to") and c.start <= tok.idx < c.end for c in self.claims):
            return   # (evidence that "showed" a scene inside a source's words is the source's claim)
        # "the war, as he said, is lost", "as the mayor told the council": a parenthetical cue;
        # "as she was handing a parcel to the courier" (an ongoing act with an object of its own, or
        # a verb that says nothing, with one) is a time, not a source
        as_clause = tok.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in tok.children) and (
            put_it or not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "attr") for c in tok.children)
            or lemma in SPEECH_VERBS and not (tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)))
        if as_clause and any(c.kind in ("indirect", "mixed") and c.start <= tok.idx < c.end for c in self.claims) and any(
                t.dep_ == "neg" and t.head.i != tok.head.i and t.i < tok.i for t in tok.head.subtree):
            # "X said it happened at A, not at B as some media had reported": inside X's words, the
            # as-clause names whose version X denies; X's words are not theirs
            return
        signature = self._trailing_signature(tok) if not kids and lemma in SPEECH_VERBS else None
        if signature is None and not kids and lemma in SPEECH_VERBS and tok.i > 0 and self.doc[tok.i - 1].text == "," \
                and tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # "A killed five people, the town's mayor, Lev Danko, said on Sunday": the parser made the
            # cue a conjunct of the reported verb, and its signature an apposition of the object
            signature = self._trailing_signature(tok, subjectless=True)
        if signature is None and not kids and lemma in SPEECH_VERBS:
            signature = self._coordinated_signature(tok)
        if signature is not None and not as_clause and tok.dep_ != "parataxis":
            start, end, signer = signature
            if not any(c.start <= start and end <= c.end for c in self.claims):
                self.make_claim(kind="indirect", start=start, end=end, cue_tokens=[tok], speaker_span=signer)
            return
        if not kids and not as_clause and tok.dep_ != "parataxis":
            return
        if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
            return  # "they had been told that …": the teller is unnamed, the subject is the hearer
        subj = self.subject_of(tok)
        if subj is None and lemma in SPEECH_VERBS and tok.dep_ == "xcomp" and tok.head.dep_ == "acomp" and \
                tok.head.lemma_.lower() in _PROMPT_ADJECTIVES and not any(
                    c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD"
                    for k in (tok.head, tok.head.head) for c in k.children):
            # "was quick to point out that …", "was careful to stress that …": said, promptly or
            # with care ("was reluctant to say" is not among them: nothing said; nor "was not
            # quick to", "would be careful to say": not said, or not yet)
            subj = _own_subject(tok.head.head)
        if subj is None and lemma in SPEECH_VERBS and not as_clause and (
                signature := self._trailing_signature(tok, subjectless=True)) is not None:
            start, end, signer = signature
            if not any(c.start <= start and end <= c.end for c in self.claims):
                self.make_claim(kind="indirect", start=start, end=end, cue_tokens=[tok], speaker_span=signer)
            return
        if subj is None or subj.dep_ == "expl" or subj.lower_ == "it" and lemma in ("say", "report") and not any(c.dep_ == "agent" for c in tok.children):
            if subj is None or subj.dep_ == "expl":
                return
        if subj.lower_ == "one" and not list(subj.children):
            return   # "one must always question …": anyone, no source ("one of the officials" is)
        cue_tokens = [tok]
        cited = self._cited(tok, kids)   # ", citing X,": X speaks when named, and the note is no content
        if kids:
            lo = min(k.left_edge.i for k in kids)
            hi = max(k.right_edge.i for k in kids) + 1
            if tok.dep_ == "relcl" and lo < tok.i and doc[lo].lower_ in ("which", "that", "who", "whom") \
                    and any(doc[lo].head.i == k.i for k in kids):
                # "a strike, which officials said had killed 12": the relative pronoun stands
                # before the cue; the content is what follows the cue
                lo = tok.i + 1
            hi = _trim_concessive(doc, kids[-1], lo, hi)
            if tok.i < lo:
                # "said between 10 and 15 people were killed": the parser hangs the quantifier on
                # the cue; it is the content's first words
                q = lo
                while q - 1 > tok.i and doc[q - 1].lower_ in _QUANTIFIER_WORDS and _quantifying(doc[q - 1]):
                    q -= 1
                if q < lo and doc[lo].like_num:
                    lo = q
                for c in tok.rights:
                    # "said between 10 and 15 sailors were missing" with the count parsed as the
                    # cue's own prepositional phrase, right before the clause (not "at 10 am")
                    if c.dep_ in ("prep", "advmod", "npadvmod") and c.lower_ in _QUANTIFIER_WORDS and _quantifying(c) \
                            and c.right_edge.i == lo - 1 and any(t.like_num for t in c.subtree) \
                            and not any(t.ent_type_ in ("TIME", "DATE") for t in c.subtree):
                        lo = c.left_edge.i
            # the content never contains its own cue or speaker
            if lo <= tok.i < hi or (lo <= subj.i < hi):
                if lo <= tok.i < hi:
                    return
            # "underscores that A and urges B": the parser hangs the second cue inside the first
            # one's clause; cut the content before it and give it the same speaker.
            for t in doc[lo:hi]:
                if t.dep_ == "conj" and t.lemma_.lower() in SPEECH_VERBS and _own_subject(t) is None and t.i > lo \
                        and (t.tag_ == tok.tag_ or any(c.dep_ == "ccomp" for c in t.children)) \
                        and (t.lemma_.lower() not in ("find", "discover") or self._content_children(t)):
                    # "X says Machado promised A and said B": the second speech verb, with a
                    # clause of its own, is a second claim — the cut holds either way; the
                    # speaker is shared only when the verb form matches the cue's
                    cut = t.i
                    while cut - 1 > lo and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                        cut -= 1
                    if cut > lo:
                        hi = cut
                        if t.tag_ == tok.tag_:
                            self.subj_override[t.i] = subj
                    break
            if tok.i < lo:
                # "said A; B": a semicolon outside quotes before a clause with its own subject
                for t in doc[lo + 1 : hi - 1]:
                    if t.text == ";" and self.in_quote(t.idx) is None and any(
                            x.dep_ in ("nsubj", "nsubjpass") for x in doc[t.i + 1 : hi]):
                        hi = t.i
                        break
            if tok.i < lo and hi < len(doc) and doc[hi].text == ":" \
                    and self.in_quote(doc[hi].idx) is None:
                # "notes that three things are happening at once: A, B and C": the elaboration
                # after a colon closing the content is part of it (to the end of the sentence)
                s_end = self.sent_of(doc[hi]).end
                if s_end - hi > 2 and self.sent_of(doc[hi]).start <= tok.i:
                    hi = s_end
                    while hi - 1 > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in "”’\"":
                        hi -= 1
            if cited is not None and tok.i < cited.start < lo + 1 and cited.end > lo:
                # "reported, citing the ministry, that …": the note stands before the content
                lo = cited.end
                while lo < hi and (doc[lo].is_punct or doc[lo].lower_ == "that"):
                    lo += 1
                if lo >= hi:
                    return
            first = doc[lo]
            if first.lower_ in ("that",) and first.dep_ in ("mark",) or (first.lower_ == "that" and lo + 1 < hi):
                lo += 1
            if any(k.dep_ == "prep" and k.lower_ in ("for", "on") and k.head.lemma_ == "call" for k in kids):
                cue_tokens = [tok, doc[lo]]
                lo += 1
            start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            parts = None
        else:
            # "as reported by X" / "the war, he said, will end": content is the host clause.
            head = tok.head
            if head.i == tok.i:
                return
            s_lo, s_hi = head.left_edge.i, head.right_edge.i + 1
            c_lo, c_hi = tok.left_edge.i, tok.right_edge.i + 1
            left = (s_lo, c_lo)
            right = (c_hi, s_hi)
            if tok.dep_ == "parataxis" and left[1] > left[0] and right[1] > right[0]:
                parts = [(doc[left[0]].idx, doc[left[1] - 1].idx + len(doc[left[1] - 1])),
                         (doc[right[0]].idx, doc[right[1] - 1].idx + len(doc[right[1] - 1]))]
                start, end = parts[0][0], parts[1][1]
            else:
                lo, hi = max([left, right], key=lambda r: r[1] - r[0])
                if hi <= lo:
                    return
                start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
                parts = None
            if as_clause:
                mark = next(c for c in tok.children if c.lower_ == "as")
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                cue_tokens = [mark, tok] + ([agent] if agent is not None else [])
                if put_it:
                    cue_tokens = [mark, tok, next(c for c in tok.children if c.dep_ == "dobj")]
                cue_tokens.sort(key=lambda t: t.i)
                if agent is not None and cue_tokens[-1].i != agent.i:
                    cue_tokens = [mark, tok]
        text = self.text
        # Trim trailing sentence punctuation but keep a closing quote mark that belongs to it.
        while end > start and text[end - 1] in ".;,":
            end -= 1
        # Content that is exactly a standalone quote was already taken as a direct claim.
        q_in = self.quotes_between(start - 1, end)
        if any(qi in self.quote_claim and self.quotes[qi].parent is None for qi in q_in):
            direct_q = [self.quotes[qi] for qi in q_in if qi in self.quote_claim]
            if any(dq.inner_end - dq.inner_start >= 0.6 * (end - start) for dq in direct_q):
                return
        for c in self.no_comments:
            if c.start <= tok.idx < c.end and not _in_relative_clause_after(tok, c):
                return
            if start < c.start < end:
                # "said A and declined to comment": A without the refusal joined to it
                end = start + len(_without_joined_tail(text[start : c.start]))
        if parts is None and q_in:
            # 'said the delay “was the council's fault. They ignored every warning.”': a quote
            # opened in the reported clause runs on past its sentence; the quoted words that follow,
            # to the closing mark in the same paragraph, are the same speaker's
            last = self.quotes[q_in[-1]]
            if last.parent is None and re.search(r"\w", text[end : last.inner_end]) and last.inner_end - end < 1500 and \
                    "\n" not in text[end : last.inner_end] and q_in[-1] not in self.quote_claim and \
                    last.words(text) >= 2:
                end = self._run_on_end(end, last.inner_end)
        # A one-word quotation inside reported speech is the writer's scare quote ("a ‘hospital’
        # had been hit"), not the speaker's words; it takes two quoted words to make it mixed.
        kind = "mixed" if any(self.quotes[qi].words(text) >= 2 for qi in q_in) else "indirect"
        subj_head = subj
        if subj_head.lower_ in ("that", "which") and subj_head.head.dep_ == "relcl":
            subj_head = subj_head.head.head
        if subj_head.lemma_.lower() in EVIDENCE_SUBJECTS:
            poss = [c for c in subj_head.children if c.dep_ == "poss"]
            if lemma in SHOW_VERBS:
                kind = "according_to"
            if poss:
                owner = doc[poss[0].left_edge.i : poss[0].right_edge.i + 1]
                self.make_claim(kind=kind, start=start, end=end, cue_tokens=cue_tokens, speaker_span=owner)
                return
            if subj_head.dep_ in ("dobj", "pobj") and subj_head.head.lemma_.lower() in RELEASE_VERBS:
                # "X released a video that showed …" — the publisher speaks through the video.
                publisher = self.subject_of(subj_head.head)
                if publisher is not None and publisher.i != subj_head.i:
                    self.make_claim(kind=kind, start=start, end=end, cue_tokens=cue_tokens, subj=publisher)
                    return
        source = self.named_source(next(o for o in cited[0].children if o.dep_ == "dobj")) if cited is not None else None
        if source is not None:
            # "A cited B as saying C", "A reported, citing B, that C": B speaks when named
            self.make_claim(kind=kind, start=start, end=end, cue_tokens=cue_tokens, speaker_span=source, parts=parts)
            return
        self.make_claim(kind=kind, start=start, end=end, cue_tokens=cue_tokens, subj=subj, parts=parts)

    def _cited(self, tok, kids):
        """The ", citing X," note of a reporting cue (on the cue or on its content clause), as the
        span from "citing" to the end of X; None when there is none."""
        doc = self.doc
        # on the subject too: "the agency Orel, quoting the ministry, said …"
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        for head in [tok, *kids, *subjects]:
            for c in head.children:
                # (on the subject only set off by commas: "a preacher quoting the Bible said" is who)
                if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" and c.lemma_.lower() in ("cite", "quote") \
                        and (c.dep_ == "advcl" or head in subjects and c.i > 0 and doc[c.i - 1].text == ","):
                    obj = next((o for o in c.children if o.dep_ == "dobj"), None)
                    if obj is not None:
                        return doc[c.i : obj.right_edge.i + 1]
        return None

    def _trailing_signature(self, tok, subjectless: bool = False):
        """``(start, end, speaker span)`` of "A happened, ROLE NAME reported on Friday." when the parser
        gave the sentence-final cue no content clause (it hung the cue as a relative clause of the last
        noun, or took "head" in "railway company head X" for the verb), or (``subjectless``) gave it
        its clause but no subject ("A missile struck the depot, the governor, Taras Holub, said": the
        role and the name hung on the clause's object): read from the surface.
        """
        doc = self.doc
        if any(c.dep_ in ("dobj", "xcomp", "attr", "acomp", "dative") or c.dep_ == "ccomp" and not (subjectless and c.i < tok.i)
               for c in tok.children):
            return None
        if any(c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that", "whom") for c in tok.children):
            return None
        sent = self.sent_of(tok)
        after = doc[tok.i + 1 : sent.end]
        if any(not t.is_punct and not t.is_space and not any(a.i == tok.i for a in t.ancestors) for t in after):
            return None   # the signature must end the sentence
        stop = tok.i - 1 if subjectless and doc[tok.i - 1].text == "," else tok.i   # "…, Taras Holub, said"
        lo = stop
        if lo - 1 > sent.start and doc[lo - 1].text == ")":
            # "…, the Harbour Directorate (HFD) said": a bracketed acronym closes the name
            opening = next((j for j in range(lo - 2, max(sent.start, lo - 6), -1) if doc[j].text == "("), None)
            if opening is not None and all(t.pos_ in _NAME_POS for t in doc[opening + 1 : lo - 1]):
                lo = opening
        while lo - 1 > sent.start and doc[lo - 1].text != "," and (
                doc[lo - 1].pos_ in _NAME_POS or doc[lo - 1].text in ".-’'" or doc[lo - 1].lower_ in PERSON_ROLES
                # "the Harbour and Fisheries Directorate": a conjunction inside a capitalised name
                or doc[lo - 1].lower_ in ("and", "of") and doc[lo].pos_ == "PROPN" and doc[lo - 2].pos_ == "PROPN"):
            lo -= 1
        if lo - 1 <= sent.start or doc[lo - 1].text != "," or lo == stop or stop - lo > MAX_SPEAKER_TOKENS:
            return None
        speaker = doc[lo:stop]
        if not any(t.pos_ == "PROPN" or t.lemma_.lower() in PERSON_ROLES or t.lemma_.lower() in ORG_NOUNS
                   for t in speaker):
            return None
        end = lo - 1
        role = end
        while role - 1 > sent.start and doc[role - 1].text != "," and (
                doc[role - 1].pos_ in _NAME_POS or doc[role - 1].text in ("’", "'", "’s", "'s") or doc[role - 1].lower_ == "of"):
            role -= 1   # "the head of the regional council", "the town's mayor"
        if role - 1 > sent.start and doc[role - 1].text == "," and role < end and (any(
                t.lemma_.lower() in PERSON_ROLES for t in doc[role:end]) or doc[role].lower_ == "the" and end - role <= 5):
            end = role - 1   # ", the regional governor, Taras Holub, said": the role is the speaker's, not content
        begin = sent.start
        dash = next((t.i for t in doc[sent.start : min(end, sent.start + 8)] if t.text in ("—", "–", "--")), None)
        if dash is not None and all(t.text.isupper() or t.is_punct or t.pos_ == "PROPN" for t in doc[sent.start : dash]):
            begin = dash + 1   # "VINNYTSIA — A missile struck …": the dateline is no content
        clause = doc[begin:end]
        if not len(clause) or not any(t.pos_ in ("VERB", "AUX") for t in clause) or self.in_quote(clause.start_char) is not None \
                or self.in_quote(tok.idx) is not None:
            return None
        if _relays_according(clause):
            return None   # "A, according to B, the paper reported": B's claim, relayed (the according pass's)
        return clause.start_char, clause.end_char, speaker

    def _quote_after_stop(self, tok) -> bool:
        """Does the quotation holding ``tok`` open right after a full stop ('… at 2 a.m. “The rain …')?
        Then it is a sentence of its own the splitter ran on, not a quoted part of the clause
        ('to blame for focusing on “he said this”', 'recalled thinking, “This is …'). A stop that
        ends an abbreviation inside the sentence ('start at 10 a.m. “sharp” and end by noon') is
        no sentence end: the quote must open with a capital and close its own sentence (its last
        mark inside the quote, or a comma or stop right after it)."""
        k = self.in_quote(tok.idx)
        if k is None:
            return False
        q = self.quotes[k]
        before = self.text[max(0, q.start - 16) : q.start].rstrip()
        inner = self.text[q.inner_start : q.inner_end].strip()
        closes = inner[-1:] in (".", ",", "!", "?", "…") or self.text[q.end : q.end + 1] in (",", ".", "!", "?")
        return before.endswith(".") and inner[:1].isupper() and closes

    def _coordinated_signature(self, tok):
        """``(start, end, speaker span)`` of "A happened and B remain missing after C, the commissioner
        said on Tuesday." when the parser coordinated the sentence-final cue, subject and all, with
        the reported clause's verb (a long lead): what stands before the comma that opens the cue's
        subject is its content. The cue must end the sentence and say nothing else (no clause, no
        object but whom it was told to); "…, and the mayor said" (a conjunction) is a second statement."""
        doc = self.doc
        if tok.dep_ != "conj" or tok.head.i > tok.i or self.in_quote(tok.idx) is not None:
            return None
        if any(c.dep_ in ("ccomp", "xcomp", "attr", "acomp") or c.dep_ in ("dobj", "dative") and (
                tok.lemma_.lower() not in _TELLING_VERBS or c.i < tok.i) for c in tok.children):
            return None
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None or not _agentive(subj) or subj.lower_ in ("who", "which", "that", "i", "we", "you"):
            return None
        sent = self.sent_of(tok)
        comma = subj.left_edge.i - 1
        if comma <= sent.start or doc[comma].text != "," or any(
                t.dep_ == "cc" or t.is_punct and t.text != "," for t in doc[subj.right_edge.i + 1 : tok.i]):
            return None
        if any(not t.is_punct and not t.is_space and not any(a.i == tok.i for a in t.ancestors)
               for t in doc[tok.i + 1 : sent.end]):
            return None   # the signature must end the sentence
        if any(t.i != tok.i and t.lemma_.lower() in SPEECH_VERBS and _verb_like(t) for t in doc[sent.start : comma]):
            return None   # a cue of its own before: not a bare lead
        clause = doc[sent.start : comma]
        if not any(t.pos_ in ("VERB", "AUX") for t in clause) or self.in_quote(clause.start_char) is not None \
                or _relays_according(clause):
            return None
        return clause.start_char, clause.end_char, doc[subj.left_edge.i : subj.right_edge.i + 1]

    def _according_phrase(self, tok):
        """The words of "according to X" (its source's span), or None."""
        doc = self.doc
        to = doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        return doc[pobj.left_edge.i : pobj.right_edge.i + 1]

    def _reporting_verb_around(self, tok):
        """The cue of "X said C" that "according to D" frames ("According to a statement on its
        website, X said C", "X said, according to D, that C", "X said C, according to D"), when
        the claim is X's: D is a document or medium (the statement X put out), or a person or
        outlet relaying a named X ("A cited B as saying C": B's, by the GUIDE). Else None: the
        phrase makes its own ``according_to`` claim."""
        if self.in_quote(tok.idx) is not None or tok.dep_ != "prep":
            return None
        src = self._according_phrase(tok)
        if src is None:
            return None
        verb = tok.head
        sent = self.sent_of(tok)
        if not self._is_cue_verb(verb):
            # "X said C, according to D", "X said, according to D, that C": the parser hung the
            # phrase on C's verb; a phrase that ends the sentence, or stands right after the cue,
            # frames the whole report
            verb = next((a for a in tok.ancestors if self._is_cue_verb(a)), None)
            if verb is None:
                return None
            between = []
            for a in tok.ancestors:
                if a.i == verb.i:
                    break
                between.append(a)
            if any(a.dep_ not in ("ccomp", "conj", "xcomp") for a in between):
                return None   # only through the reported clause, never a relative or adverbial one
            last = sent.end - 1
            while last >= src.end and self.doc[last].is_punct:
                last -= 1
            right_after = verb.i < tok.i and all(t.is_punct for t in self.doc[verb.i + 1 : tok.i])
            if src.end - 1 != last and not right_after:
                return None
        if not any(c.dep_ == "ccomp" for c in verb.children) and verb.i not in self.used_cues:
            return None   # "According to X, a ship discovered evidence": a finding, no reported clause
        subj = self.subject_of(verb)
        if subj is None or src.start <= subj.i < src.end or subj.lower_ in ("i", "we", "you", "who", "which", "that"):
            return None
        if not _agentive(subj) or subj.lemma_.lower() in EVIDENCE_SUBJECTS:
            return None   # "According to a poll, 51 percent of respondents said …": the poll's figure
        if any(t.i != verb.i and not src.start <= t.i < src.end and self._is_cue_verb(t) for t in sent):
            return None   # two reporting verbs ("X said A, and Y added B, according to D"): as before
        document = src.root.lemma_.lower() in DOCUMENT_NOUNS | _MEDIUM_NOUNS | EVIDENCE_SUBJECTS
        if not document and (verb.lemma_.lower() in _RELAYING_VERBS or self.reg.is_outlet_span(subj)):
            return None   # "The Courier reported C, according to the Kestrel Institute": A cited B, B's
        # the inner speaker must be named ("A cited B as saying C": B when named, else A): a name,
        # or a pronoun or noun the text resolves to one; never "witnesses", "the company" bare
        span = self.speaker_span(subj, verb.idx)
        speaker, anon = self.reg.resolve(span, self.offset + verb.idx, self.offset)
        named = anon is None and speaker is not None and any(w[:1].isupper() for w in speaker.split())
        if named and not any(t.pos_ == "PROPN" for t in subj.subtree):
            # a noun or pronoun must resolve to a name: not its own words ("Police said …"
            # capitalised by the sentence), nor D itself ("According to Radio Pellam, the company said")
            cited, _ = self.reg.resolve(src, self.offset + tok.idx, self.offset)
            named = speaker != cited and not span.text.lower().endswith(speaker.lower())
        return verb if named else None

    def _is_cue_verb(self, tok) -> bool:
        return _verb_like(tok) and tok.lemma_.lower() in SPEECH_VERBS and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)

    def _around_reported(self, tok, verb) -> None:
        """One claim, X's, for "according to D" around X's reported clause: the phrase is cut out
        of its content (D stays in the sentence as the claim's evidence); without a claim on
        ``verb`` (X said nothing), the phrase makes its own ``according_to`` claim."""
        claim = next((c for c in self.claims if c.cue_start == verb.idx and c.kind in ("indirect", "mixed", "direct")), None)
        src = self._according_phrase(tok)
        phrase_end = src.end if src is not None else tok.i + 2
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        first = None if clause is None else next(
            (t for t in clause.subtree if t.dep_ != "mark" and t.lower_ != "that" and not t.is_punct
             and not tok.i <= t.i < phrase_end), None)
        if claim is None or first is not None and claim.start > first.idx + 2 and not (
                claim.kind == "direct" and claim.end <= tok.idx):
            # X said nothing; or X's claim holds only a quote inside the clause ("X said that if A,
            # “B”"): the phrase keeps its own claim over the whole clause
            self._according(tok)
            return
        if src is not None and src.root.lemma_.lower() in DOCUMENT_NOUNS | _MEDIUM_NOUNS | EVIDENCE_SUBJECTS:
            # the document is still a source the text has named: a later "It said …" may be it
            doc_speaker, anon = self.reg.resolve(src, self.offset + tok.idx, self.offset)
            if anon is None:
                self.reg.note_speaker(self.offset + tok.idx, doc_speaker, False)
        lo = tok.idx
        hi = src.end_char if src is not None else tok.idx
        text = self.text
        if lo <= claim.start < hi or (claim.start < lo and text[claim.start:lo].strip(" ,") == ""):
            start = hi
            while start < claim.end and text[start] in " ,;—–-":
                start += 1
            if text[start : start + 5].lower() == "that ":
                start += 5   # "X said, according to D, that C": C (as "X said that C" gives)
            if start < claim.end:
                claim.start, claim.content = start, text[start : claim.end]
        elif claim.start < lo < claim.end:
            end = lo
            while end > claim.start and text[end - 1] in " ,;—–-":
                end -= 1
            if end > claim.start:
                claim.end, claim.content = end, text[claim.start : end]

    def _according(self, tok) -> None:
        doc = self.doc
        to = doc[tok.i + 1]
        src = self._according_phrase(tok)
        if src is None:
            return
        phrase_lo = tok.i
        phrase_hi = max(src.end, to.i + 1)
        sent = self.sent_of(tok)
        left = (sent.start, phrase_lo)
        right = (phrase_hi, sent.end)
        lo, hi = max([left, right], key=lambda r: r[1] - r[0])
        quote = self.in_quote(tok.idx)
        if quote is not None:
            # inside a quote the content ends with it ("“According to X, A,” Y said": not the signature)
            inner = self.quotes[quote]
            while hi > lo and doc[hi - 1].idx >= inner.inner_end:
                hi -= 1
            while lo < hi and doc[lo].idx < inner.inner_start:
                lo += 1
        while hi > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in "”’\"":
            hi -= 1
        while lo < hi and doc[lo].is_punct:
            lo += 1
        if lo == phrase_hi + 1 and src.root.lemma_.lower() in SPOKES_ROLES | PERSON_ROLES:
            # "According to the army's spokesperson, Piet Solberg, the unit …": the parser took the
            # name in apposition for the content's subject; it is the source
            name = next((e for e in doc.ents if e.start == lo and e.label_ == "PERSON"), None)
            if name is not None and name.end < hi - 1 and doc[name.end].text == ",":
                src, lo = name, name.end + 1
        if hi <= lo:
            return
        owner = self._document_owner(src, sent)
        if owner is not None and any(self._is_cue_verb(t) for t in doc[lo:hi]):
            owner = None   # "…, according to its statement, but the ministry said C": not the owner's words
        claim = self.make_claim(kind="according_to", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                                cue_tokens=[tok, to], speaker_span=src if owner is None else owner)
        if claim is not None and owner is not None:
            # the owner speaks; the document it put out stays as it is written ("a statement on its website")
            written = written_speaker(src)
            claim.speaker_text, claim.speaker_start, claim.speaker_end = written.text, written.start_char, written.end_char

    def _document_owner(self, src, sent):
        """"according to a statement on its website", "according to his Telegram channel": a
        document whose possessive points back is no speaker by itself; it stands for the nearest
        subject before it (in this sentence or the two before) that could own it: a name or a body,
        never a person for "its", nor a body for "his"/"her" (GUIDE: a generic speaker gets the
        organisation or document it stands for). None: the nearest such subject is no name, or the
        document names its author ("a statement by the ministry": the speaker lexicon's)."""
        if src.root.lemma_.lower() not in DOCUMENT_NOUNS | _MEDIUM_NOUNS or any(t.lower_ in ("by", "from") for t in src):
            return None
        # the document's own possessive, or its place's ("a post on his page"); not what it is about
        # ("an analysis of her calendar")
        poss = next((t for t in src if t.dep_ == "poss" and t.lower_ in ("its", "his", "her", "their") and (
            t.head == src.root or t.head.dep_ == "pobj" and t.head.head.lower_ in ("on", "in", "at")
            and t.head.head.head == src.root)), None)
        if poss is None:
            return None
        k = self.sents.index(sent)
        for s in reversed(self.sents[max(0, k - 2) : k + 1]):
            subjects = [t for t in s if t.dep_ in ("nsubj", "nsubjpass") and t.i < src.start and t.pos_ != "PRON"
                        and _agentive(t) and t.lemma_.lower() not in EVIDENCE_SUBJECTS and self.in_quote(t.idx) is None]
            for subj in reversed(subjects):
                # a person: so tagged, or titled by a role ("Councillor Mads Orrin")
                person = subj.ent_type_ == "PERSON" or any(t.lemma_.lower() in PERSON_ROLES for t in subj.subtree if t.i < subj.i)
                body = subj.ent_type_ in ("ORG", "GPE", "NORP") or subj.lemma_.lower() in ORG_NOUNS \
                    or self.reg.is_outlet_span(subj)
                if poss.lower_ == "its" and not body or poss.lower_ in ("his", "her") and (body or not person):
                    continue   # "its": a body that can speak (never a bridge, a storm, a river)
                if poss.lower_ == "their" and not (body or person):
                    continue
                if poss.lower_ == "its" and subj.tag_ in ("NNS", "NNPS"):
                    continue
                # the nearest one who could own it: a name, else nobody sure ("The journalists talked
                # to residents … According to their accounts": whose accounts is not clear)
                return self.speaker_span(subj, subj.idx) if subj.pos_ == "PROPN" else None
        return None


def _in_relative_clause_after(tok, silence: Claim) -> bool:
    """Is ``tok`` in a relative clause after the cue of the silence whose sentence holds it? Such a
    claim stays its own: "did not address the tweets in which he called her 'disgusting'"."""
    if silence.cue_start is None or tok.idx <= silence.cue_start:
        return False
    return tok.dep_ == "relcl" or any(a.dep_ == "relcl" and a.idx > silence.cue_start for a in tok.ancestors)
