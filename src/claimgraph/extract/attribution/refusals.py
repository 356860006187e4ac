"""Refusals and absences of comment (claim kind ``no_comment``): "declined to comment", "has yet to
comment", "did not respond to a request", "could not be reached", negated disclosure verbs."""

from __future__ import annotations

import re

from ..cues import (
    HER_TITLES,
    HIS_TITLES,
    NO_COMMENT,
    ORG_NOUNS,
    PERSON_ROLES,
    SPEECH_VERBS,
    TITLES,
)
from ..nlp import with_coarse_tags
from ..speakers import SPOKES_ROLES
from .model import Claim
from .reader import ChunkReader, PendingSpeaker, _agentive, _own_subject


#: Verbs of what a source withholds, which a negation or refusal before them governs together.
_WITHHELD = frozenset({"comment", "confirm", "deny", "respond", "reply", "answer", "disclose", "release", "specify",
                       "explain", "elaborate", "discuss", "reveal", "identify", "name", "detail", "acknowledge"})


def _negated_subject(subj) -> bool:
    """"Neither side", "neither Kyiv nor Moscow", "nobody", "no official": a subject that denies
    the verb it governs, a "no"/"neither" anywhere in it (the loose test that lets a plain "has
    commented" count as a silence; ``denying_subject`` is the strict one a negative-subject
    silence needs)."""
    return subj.lower_ in ("nobody", "none", "neither", "noone") or any(
        t.lower_ in ("neither", "no") and t.dep_ in ("det", "preconj", "cc") for t in subj.subtree)


def _no_in_a_name(no, subj) -> bool:
    """"No 10 said", "No Labels, the centrist group, said": a capital "No" that is part of a name
    (its head a number or a proper noun, inside an entity, or capitalised mid-sentence)."""
    if subj.lower_ == "one":
        return False   # "No one at X"
    return subj.pos_ in ("NUM", "PROPN") or subj.like_num or bool(no.ent_type_) or (
        no.text == "No" and not no.is_sent_start)


def denying_subject(subj) -> bool:
    """The subject itself is negative: "nobody", "none (of …)", "no one", "no official (at X)",
    "neither X nor Y" (its own determiner or pre-conjunction, not a "no" deep in a modifier nor
    the "No" of a name: "No 10", "No Labels")."""
    return subj.lower_ in ("nobody", "none", "noone") or any(
        (c.dep_ == "det" and c.lower_ == "no" and not _no_in_a_name(c, subj))
        or _neither_of(c, subj)
        for c in subj.children)


def _neither_of(c, subj) -> bool:
    """"Neither X nor Y": the parser gives "neither" as a pre-conjunction, or as a determiner of a
    name ("Neither Halvik Energy nor its parent company"), which the "nor" beside it shows is one."""
    return c.lower_ == "neither" and (c.dep_ == "preconj" or c.dep_ == "det" and any(
        g.dep_ == "cc" and g.lower_ == "nor" for g in subj.children))


#: What is returned when one answers ("returned calls"), not "returned home".
_RETURNED = frozenset("call calls message messages email emails e-mail e-mails request requests query queries".split())
#: What is answered when a source answers ("answered questions/calls/the phone"), not "the door".
_ANSWERED = _RETURNED | frozenset("question questions phone telephone inquiry inquiries letter letters".split())
#: Means of contact by which a source is reached ("could be reached by phone").
_CONTACT = frozenset("phone telephone email e-mail mail text message messages reporter reporters journalist journalists".split())


def _pronoun_agrees(pron, speaker) -> bool:
    """Can ``pron`` ("he", "she", "it", "they", "we") stand for ``speaker``? "he"/"she" only for a
    person (a name, a role, a personal pronoun), "it" only for a body, "they"/"we" for a body or
    people; "Police said he had no information" is someone else's lack. In doubt, no."""
    low = pron.lower_
    if speaker.pos_ == "PRON":
        return speaker.lower_ == low or (low == "they" and speaker.lower_ == "we") or (low == "we" and speaker.lower_ == "they")
    lemma = speaker.lemma_.lower()
    plural = speaker.tag_ in ("NNS", "NNPS")
    # a name after a title is a person whatever the tagger says ("Ms Varga" is often tagged ORG)
    person = speaker.ent_type_ == "PERSON" or lemma in PERSON_ROLES or lemma in TITLES or (
        speaker.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_.rstrip(".") in TITLES for c in speaker.lefts))
    body = not person and (speaker.ent_type_ in ("ORG", "NORP", "GPE") or lemma in ORG_NOUNS)
    if low in ("he", "she"):
        # a gendered title rules the other pronoun out ("Ms Varga said he had no information":
        # someone else's lack); a neutral one (Dr, Inspector) leaves both open
        title = {t.lower_.rstrip(".") for t in speaker.subtree if t.i < speaker.i and t.dep_ in ("compound", "nmod")}
        if title & (HIS_TITLES if low == "she" else HER_TITLES):
            return False
        return person and not plural
    if low == "it":
        return body and not plural
    return body or plural


def _second_clause(question) -> int | None:
    """Index of the "and"/"but" that opens a clause of its own inside an indirect question, after
    its verb: "what caused the blast and the plant would stay shut" (a subject, then a finite verb);
    "who set the fire and who fled", "… and why", "who fired and wounded the boy" (no subject of
    its own) and "whether the dam and the bridge would hold" (before the verb) are one question."""
    doc = question.doc
    end = question.right_edge.i + 1
    for t in doc[question.i + 1 : end]:
        if t.lower_ not in ("and", "but") or t.i + 2 >= end:
            continue
        first = doc[t.i + 1]
        if first.lower_ in _WH or first.lower_ == "that" or first.is_punct:
            continue
        verb = next((v for v in doc[t.i + 2 : end] if v.tag_ in ("MD", "VBD", "VBZ", "VBP")), None)
        if verb is not None and any(n.pos_ in ("NOUN", "PROPN", "PRON") for n in doc[t.i + 1 : verb.i]):
            return t.i
    return None


def _a_proposition(noun) -> bool:
    """Does the lacked noun carry a clause of its own ("no information suggesting/indicating/
    that the army had withdrawn")? Then it is a claim about the evidence; "no details to share"
    (an infinitive) is not. The parser often reads "that the army had withdrawn" as a relative
    clause, so any finite clause counts (in doubt, an assertion: "no details that she could give"
    stays one too)."""
    for c in noun.children:
        if c.dep_ not in ("acl", "relcl", "ccomp", "appos") or c.pos_ not in ("VERB", "AUX"):
            continue
        if any(d.dep_ == "aux" and d.lower_ == "to" for d in c.children):
            continue   # "no details to share"
        return True
    return False


#: What a negative subject withholds ("no one at X would confirm", "nobody from X returned calls").
_WITHHELD_BY_NONE = _WITHHELD | frozenset({"speak", "say", "return", "reach"})
#: What nobody *did* in the plain past is a fact someone states, not a silence, unless a modal or
#: the perfect makes it one ("would confirm", "has disclosed"); answering and commenting stay silences.
_DONE_BY_NONE = frozenset({"confirm", "deny", "disclose", "release", "reveal", "identify", "name", "detail",
                           "acknowledge", "explain", "specify"})
#: A lack of what a source would tell ("said it had no information/details/knowledge of …").
_LACKED = frozenset({"information", "detail", "details", "knowledge", "update", "word"})
#: Verbs that "too early to …" withholds ("too early to say/tell whether …").
_TOO_EARLY_TO = frozenset({"say", "tell", "comment", "speculate", "confirm", "determine", "know"})
#: Words opening an indirect question ("not known what/who/why …", "whether …").
_WH = frozenset("what who whom whose which why how when where whether if".split())


def _an_open_question(verb) -> bool:
    """Is the clause ``verb`` heads an indirect question ("why the alarm had failed", "who owned
    it", "what they were")? Its wh-word sits at its left edge, whatever role the parser gives it."""
    return verb.left_edge.lower_ in _WH and verb.left_edge.i < verb.i


#: The public one may ask for comments (a survey, not a source's silence).
_THE_PUBLIC = frozenset("resident people citizen villager reader viewer listener user customer voter public "
                        "passenger family".split())


#: An outlet's own check: "could not confirm", "was unable to verify" ("has not confirmed" is a
#: source's silence, even an outlet's about itself).
_OWN_CHECK = re.compile(r"(?:could|can|was|were)\b.*\b(?:confirm|verify)", re.I)


def _a_source(tok, asked: bool = True) -> bool:
    """Is ``tok`` a body or a person one asks for comment (a name, a body, a spokesperson; when
    ``asked`` for comment, also "the harbour board"), not the public ("residents") nor a place?"""
    lemma = tok.lemma_.lower()
    if tok.ent_type_ in ("ORG", "PERSON") or lemma in ORG_NOUNS or lemma in SPOKES_ROLES:
        return True
    if tok.pos_ == "PROPN":
        return tok.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
    return asked and tok.pos_ == "NOUN" and lemma not in _THE_PUBLIC and any(c.lower_ == "the" for c in tok.lefts) \
        and tok.ent_type_ not in ("GPE", "LOC", "FAC")


#: Heads of a body or a role that speaks, beyond ORG_NOUNS and titles ("the harbour board").
_SPEAKING_HEADS = frozenset("board guard master regulator operator side representative representatives".split()) | (
    PERSON_ROLES - frozenset("man woman resident survivor witness pilot soldier volunteer mother father brother sister "
                             "son daughter wife husband medic nurse defector fellow".split()))
#: What one answers by reacting to it ("has not reacted to the request"), not an event or a state.
_SAID_THINGS = frozenset("request requests question questions query queries inquiry inquiries report reports claim "
                         "claims allegation allegations accusation accusations statement statements remark remarks "
                         "comment comments finding findings criticism message messages letter letters call calls "
                         "article story news announcement announcements charge charges".split())


def _a_speaking_body(tok) -> bool:
    """A body or a role named by its head noun ("the harbour board", "the mayor"), not the
    subject of any "the + NOUN" ("the child", "the pilot")."""
    return tok.lemma_.lower() in _SPEAKING_HEADS or tok.lemma_.lower() in TITLES


def _speaks(tok, it: bool = True) -> bool:
    """Is ``tok`` a source whose silence is news: a name, a body, a role that speaks, or a
    pronoun for one ("he", "they"; "it" unless ``it`` is False)? Not "the bill", "the market",
    "the patient", "the forecast"."""
    if tok is None:
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she", "they", "we", "i") or (it and tok.lower_ == "it")
    return _a_source(tok, asked=False) or _a_speaking_body(tok)


def _about_words(verb) -> bool:
    """"has not reacted (yet)", "has not reacted to the request/the findings": a reaction that
    would be words; "did not react to the shelling", "when the mayor arrived" is an act."""
    if any(c.dep_ == "advcl" for c in verb.children):
        return False
    tos = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    return all(any(o.dep_ == "pobj" and o.lemma_.lower() in _SAID_THINGS for o in t.children) for t in tos)


def _back_in_reporting_tense(verb, clause_subj) -> bool:
    """"X said its forces had struck targets but did not mention the town": a silence in the
    simple past joined to a reported clause about the reporter's own (its forces, their troops)
    in another tense is back in the writer's frame, the reporter's ("residents said the ministry
    had received their letters but did not respond" stays the ministry's)."""
    owned = clause_subj is not None and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")
                                            for c in clause_subj.children)
    simple_past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)
    inner_aux = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    return owned and simple_past and bool(inner_aux & {"had", "has", "have", "'d", "will", "would", "'ll"})


#: What a body lets out that is no information ("did not release any smoke/water/the hostages").
_RELEASED_MATTER = frozenset("water gas smoke fume fumes steam oil chemical chemicals waste pollution pressure "
                             "prisoner prisoners hostage hostages detainee detainees captive captives funds money "
                             "animal animals fish".split())
#: What is answered that carries no words ("did not answer the door"); "the phone" is a channel, so it stays.
_ANSWERED_NOT_WORDS = frozenset("door doorbell bell knock gate".split())
#: Events and acts a body answers by acting ("did not respond to the flooding/the shelling"), not words.
_EVENTS = frozenset("flood flooding fire blaze wildfire storm hurricane earthquake quake emergency shelling "
                    "bombardment outbreak disaster".split())
#: Who or what reaches a place rather than a source ("could not be reached by rescue crews / by road").
_JOURNEYERS = frozenset("rescuer rescuers crew crews firefighter firefighters ambulance ambulances helicopter "
                        "helicopters boat boats road roads vehicle vehicles car cars truck trucks convoy convoys "
                        "aid flood floodwater floodwaters water waters troops soldier soldiers medic medics "
                        "paramedic paramedics".split())
#: Quantity nouns looked through to the noun after "of" ("a list of questions", "a series of attacks").
_OF_QUANTITY = frozenset("list set series number batch string host raft couple".split())
#: Modals under which "not … until" is a refusal with a condition ("would not release the names until Friday").
_MODALS = frozenset("would will could can may might should shall 'd 'll wo ca".split())
#: A reference time which is now ("has not commented until now"): still a silence.
_NOW = frozenset("now today yet present".split())
#: What a "by" names when it is a deadline, not an agent ("could not be reached by press time").
_DEADLINE = frozenset("time deadline publication press".split())
#: A source's own answer may be to a person, a body or an outlet as well as to what was said.
_ANSWERING = frozenset({"respond", "reply", "answer"})


def _through_of(noun):
    """"a list of questions" -> "questions": a quantity noun gives way to the noun after its "of"."""
    for _ in range(3):
        if noun.lemma_.lower() not in _OF_QUANTITY:
            break
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        nxt = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if nxt is None:
            break
        noun = nxt
    return noun


def _a_time(tok) -> bool:
    """A deadline or point in time ("by press time", "by Tuesday evening", "by this publication")."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in _DEADLINE or any(
        c.lemma_.lower() in _DEADLINE for c in tok.children if c.dep_ in ("compound", "amod", "poss"))


def _reached_by_other(verb) -> bool:
    """"could be reached by the flood": for a negative subject ("no one …"), an agent that is
    neither a means of contact nor one who asks makes the reaching a journey."""
    return verb.lemma_.lower() == "reach" and any(c.dep_ == "agent" and any(
        g.dep_ == "pobj" and not (g.lemma_.lower() in _CONTACT or _speaks(g, it=False)) for g in c.children)
        for c in verb.children)


def _reached_on_a_journey(verb) -> bool:
    """"could not be reached by rescue crews / by road": only an agent that is positively one who
    travels (or a way there) makes it a journey; "by press time", "by deadline", "by this
    publication", "by phone" stay a source out of reach for comment."""
    return verb.lemma_.lower() == "reach" and any(c.dep_ == "agent" and any(
        g.dep_ == "pobj" and not _a_time(g) and g.lemma_.lower() in _JOURNEYERS for g in c.children)
        for c in verb.children)


def _later_telling(verb) -> bool:
    """"did not confirm the deal until Friday (, when it said …)": a plain past "did not X until T"
    tells of a later act, so no silence; "would not release the names until Friday" (a refusal
    with a condition) and "has not commented until now" (a silence to this day) stay silences."""
    until = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "until"]
    if not until:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _MODALS or auxes & {"has", "have", "had", "'s", "'ve", "'d"}:
        return False
    if not ("did" in auxes or verb.tag_ == "VBD"):
        return False
    return not any(g.lower_ in _NOW for u in until for g in u.subtree)


def _no_silence_of_words(verb) -> bool:
    """A negated verb of telling stays a silence unless there is positive evidence that it tells
    of an act or of a later telling: "did not confirm the deal until Friday, when it said …",
    "did not answer the door", "did not respond to the flooding" / "by leaving", "did not release
    any smoke", "could not be reached by rescue crews". A deny-list over the verb's own
    dependents (never an allow-list of message nouns: "did not respond to the lawsuit",
    "did not answer the allegations", "did not return texts" are silences)."""
    lemma = verb.lemma_.lower()
    if _later_telling(verb):
        return True
    if _reached_on_a_journey(verb):
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "answer" and any(_through_of(o).lemma_.lower() in _ANSWERED_NOT_WORDS for o in objs):
        return True
    # (no looking through here: "did not release the number of hostages" withholds a figure)
    if lemma == "release" and any(o.lemma_.lower() in _RELEASED_MATTER for o in objs):
        return True
    if lemma in _ANSWERING or lemma == "react":
        # "responded to the shelling by fleeing": an act
        if any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
               for c in verb.children):
            return True
        # "did not respond to the flooding": an event answered by acting, not words
        tos = [_through_of(o) for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for o in c.children if o.dep_ == "pobj"]
        if any(o.lemma_.lower() in _EVENTS for o in tos):
            return True
    return False


def _aside_of(verb):
    """(antecedent, relative pronoun) when ``verb`` heads a relative clause set off by a comma
    ("the ministry, which did not respond, …"): an aside about that one body or person, whose
    silence it reports; a restrictive clause ("groups that don't disclose …") gives None."""
    if verb.dep_ != "relcl":
        return None
    rel = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who")), None)
    if rel is None or rel.i == 0 or rel.doc[rel.i - 1].text != ",":
        return None
    return verb.head, rel


#: Verbs of answering, whose negation is a silence only when what goes unanswered is words or the
#: one who does not answer is a source ("the tractor did not respond to commands" is neither).
_ANSWER_FRAME = frozenset({"respond", "reply", "answer", "react"})


def _a_possible_source(tok, it: bool = True) -> bool:
    """The one subject check of the session-16 frames (not available, could not be contacted, gave
    no figures, the phone, attempts to get a response from X, comment sought from X, a request to
    interview X): a person, a body, an outlet or a role (``_speaks``), or a noun with such a name
    in apposition ("the landlord, Basil Corrow"); not a vehicle, a thing, a place, a patient, a child."""
    return tok is not None and (_speaks(tok, it) or any(c.dep_ == "appos" and _speaks(c, it=False) for c in tok.children))


#: The phone frames ("did not pick up the phone", "nobody answered the telephone").
_PHONE_END = re.compile(r"\b(?:phone|telephone)$", re.IGNORECASE)
#: Verbs of asking in a "when …" clause ("not available when contacted / when the Ledger called").
_ASKING = frozenset("call phone telephone ring email e-mail contact approach ask seek visit text message reach".split())


def _when_clauses(verb):
    """The "when …" clauses on ``verb`` or on its complement ("was not available when …")."""
    return [c for k in (verb, *(c for c in verb.children if c.dep_ in ("acomp", "dobj", "prt"))) for c in k.children
            if c.dep_ == "advcl" and any(g.lower_ == "when" and g.dep_ in ("advmod", "mark") for g in c.children)]


def _an_asking(clause) -> bool:
    """"when contacted", "when the Ledger called", "when reached by phone"; not "when the fire reached
    the ridge" (a "reach" with a subject is a journey)."""
    lemma = clause.lemma_.lower()
    return lemma in _ASKING and not (lemma == "reach" and any(c.dep_ == "nsubj" for c in clause.children))


def _when_asked(verb) -> bool:
    """"… when contacted", "… when the Ledger called": the absence is from one who was asked."""
    return any(_an_asking(c) for c in _when_clauses(verb))


def _when_unasked(verb) -> bool:
    """"… when the fire reached the ridge", "… when the boy was brought in": a when-clause telling of
    an event, not of someone asking, so the absence is no silence."""
    return any(not _an_asking(c) for c in _when_clauses(verb))


#: Adverbs of frequency: with them a refusal verb tells a habit ("press officers often decline to
#: comment on staffing"), not one silence (the Russian and Ukrainian reader's ``_FREQUENCY``).
_FREQUENCY = frozenset("often usually rarely seldom generally typically routinely normally frequently sometimes "
                       "occasionally customarily habitually".split())
#: Conjunctions opening a condition: "if the ministry declines to comment, …" tells of no refusal.
_CONDITIONS = frozenset("if unless whenever".split())
#: Auxiliaries that open a condition by standing before their subject ("Should the navy decline to
#: comment, …", "Had the board refused …").
_INVERTED_CONDITION = frozenset("should had were".split())
#: Adverbs of likelihood: with a modal ("will probably decline to comment") the refusal is a
#: prediction, not a silence ("would not comment" alone stays a refusal).
_LIKELIHOOD = frozenset("probably likely possibly perhaps maybe presumably".split())
#: Modals of prediction: "could not possibly comment" is a refusal (can and could tell an ability
#: denied now), "will probably decline" a prediction.
_PREDICTION_MODALS = frozenset("will 'll wo would shall may might".split())


#: What opens a question that is not the refusal's own: a quotation or a colon ("declined to answer
#: the question \"Who ordered it?\"", "did not respond when asked: who ordered it?").
QUESTION_OPENERS = "\"“”«„:"


def asks_itself(tail: str, openers: str = QUESTION_OPENERS) -> bool:
    """Whether ``tail`` (from a refusal's cue to its sentence's end) is asked: it ends in "?" and
    no quotation mark or colon (or another opener given) stands between, opening a question of its
    own that the refusal only names."""
    return tail.rstrip().rstrip("\"'”’»)").endswith("?") and not any(q in tail for q in openers)


def _not_one_event(verb, text: str) -> bool:
    """A refusal is something a source did once, or still does, about a request: a refusal verb in
    a condition ("if the ministry declines to comment", "when it refuses to comment" in the present,
    "whenever …"), told as a habit (an adverb of frequency on it: "often decline to comment") or
    asked about ("Did the governor refuse to comment …?"), in a condition by inversion ("Should the
    navy decline to comment, …") or predicted (a modal with an adverb of likelihood: "will probably
    decline to comment") tells of none. The refusal verb's own
    clause is read: the verb and the verbs it is the complement of ("decline" of "to comment") for
    a habit; for a condition, also the verb it is coordinated with ("if it confirms or declines …"),
    but never that verb's own adverb ("usually answers questions but declined to comment": one
    silence). A question is the refusal's own only when its "?" closes the refusal's clause: none
    quoted or introduced after it ("declined to answer the question: who ordered it?")."""
    own = verb
    while own.dep_ == "xcomp" and own.head.i != own.i:
        own = own.head
    if any(c.dep_ == "advmod" and c.lower_ in _FREQUENCY for k in {verb, own} for c in k.children):
        return True
    clause = own
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "advcl":
        marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
        present = clause.tag_ in ("VBZ", "VBP") or any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in clause.children)
        if marks & _CONDITIONS or ("when" in marks and present):
            return True
        subject = next((c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and any(c.dep_ == "aux" and c.lower_ in _INVERTED_CONDITION and c.i < subject
                                       for c in clause.children):
            return True   # "Should the navy decline to comment, …": a condition by inversion
    opening = text[verb.sent.start_char:verb.idx]
    if opening.split(maxsplit=1)[:1] and opening.split(maxsplit=1)[0].lower() in _INVERTED_CONDITION \
            and "," not in opening:
        return True   # the same when the parse misses the inversion ("Should the harbour board decline …")
    if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _PREDICTION_MODALS for c in own.children) and any(
            c.dep_ == "advmod" and c.lower_ in _LIKELIHOOD for k in {verb, own} for c in k.children):
        return True   # "the ministry will probably decline to comment": a prediction
    return asks_itself(text[verb.idx:verb.sent.end_char])   # the reader's text: Doc.text rebuilds the chunk


#: What carries no words when it goes unanswered ("did not respond to the treatment / to commands").
_NOT_WORDS = frozenset("command commands signal signals treatment treatments stimulus stimuli drug drugs medication "
                       "medications therapy antibiotic antibiotics vaccine sedative sedatives".split()) | _ANSWERED_NOT_WORDS


def _a_thing(subj, verb) -> bool:
    """A refusal frame needs a source for its subject or words for its object: a common noun that
    is no body, role or speaker ("the patient", "the radio beacon") not answering what carries no
    words ("the treatment", "signals", "commands") withholds nothing. Names, pronouns, entities of
    any type, an answer with no object ("did not respond") and an answer to a request, question or
    allegation are left to the other checks."""
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or verb.lemma_.lower() not in _ANSWER_FRAME:
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subj.children) or _speaks(subj, it=False):
        return False   # "the Brenholt board", "the regulator": a source
    answered = [_through_of(o) for o in verb.children if o.dep_ == "dobj"] + [
        _through_of(o) for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    # (an answer owed to a person, a body or an outlet is words too: "did not respond to the Courier")
    # only what plainly carries no words: an object missing from every list ("the tenants'
    # complaints", "the petition") stays a silence
    return bool(answered) and all(o.lemma_.lower() in _NOT_WORDS or o.lower_ in _NOT_WORDS for o in answered)


class Refusals(ChunkReader):
    """Refusals and absences of comment."""

    # -- no comment --------------------------------------------------------------------------
    def no_comment(self) -> None:
        doc = self.doc
        for m in NO_COMMENT.finditer(self.text):
            quoted = self.in_quote(m.start()) is not None
            tok = self.tok_at(m.start())
            if quoted and tok.lower_ == "no":
                continue  # a silence inside a quotation is part of what the quoted source says
            last = self.tok_at(m.end() - 1)
            if last is not None and any(t.lower_ == "information" and _a_proposition(t) for t in doc[tok.i : last.i + 1]):
                continue  # "said it had no information suggesting …": a claim about the evidence, not a silence
            if last is not None and last.lemma_.lower() in _HANDING and any(c.dep_ == "prt" for c in last.children) \
                    and not any(c.dep_ == "dobj" and c.lemma_.lower() in _TOLD_NOUNS for c in last.children):
                continue  # "refused to give up the seat": a phrasal verb that hands over nothing told
                #           ("refused to give up the names" is still a silence)
            if m.group("unanswered"):
                if not quoted and not (re.search(r"(?:turned\s+down|declined|refused|rejected)$", m.group(0), re.I)
                                       and not tok.lower_.startswith("request")):
                    self._unanswered(m)   # ("calls for a recount were turned down": only requests for words)
                continue
            if m.group("contacted"):
                if not quoted:
                    self._contacted(m)
                continue
            if m.group("attempted"):
                if not quoted:
                    self._attempted(m)
                continue
            if m.group("without") and tok.head.dep_ in ("relcl", "acl"):
                continue   # "a law passed without comment": no one's silence
            if m.group("withheld"):
                if not quoted:
                    self._withheld_by(m)
                continue
            if m.group("had"):
                if not quoted:
                    self._no_comment_had(m)
                continue
            if tok.lower_ == "no":
                self._no_comment_from(m)
                continue
            if m.group(0).lower().endswith("reach"):
                if not quoted:
                    self._unreached(m)
                continue
            verb = tok.head if tok.dep_ in ("aux", "neg", "auxpass", "preconj") else tok
            if _not_one_event(verb, self.text):
                # "if it declines to comment", "often decline to comment", "Did X refuse to comment?":
                # no silence, and no statement either (its verbs are no cue of another claim)
                self.used_cues.update(t.i for t in doc[tok.i : self.tok_at(m.end() - 1).i + 1])
                continue
            aside = _aside_of(verb)
            if (verb.dep_ in ("relcl", "acl") and aside is None) or (
                    verb.dep_ in ("xcomp", "csubj", "advcl") and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
                    and self.subject_of(verb) is None):
                continue  # "groups that don't disclose …", "to refuse to release …": no one's silence
            subj = aside[0] if aside is not None else self.subject_of(verb)
            if subj is None and verb.head.i != verb.i:
                subj = self.subject_of(verb.head)
            if subj is not None and _OWN_CHECK.match(m.group(0)) and self.reg.is_outlet_span(subj):
                continue   # "The AP was unable to confirm the figure": the outlet's own check, not a source's silence
            if m.group("unavailable"):
                asked = _when_asked(verb) or bool(re.match(r"\s*(?:for|to)\b", self.text[m.end() : m.end() + 12]))
                if _when_unasked(verb) or not (_a_possible_source(subj, it=False) or subj is not None and _a_source(subj) and asked):
                    continue   # "the lift was not available", "the doctor was not available when the boy was
                    #            brought in": only a source's absence (or one asked) is a silence
            if (m.group("uncontacted") or m.group("nofigure")) and not _a_possible_source(subj, it=not m.group("uncontacted")):
                continue   # "the village could not be contacted by phone", "the map gave no names": no source
            if _PHONE_END.search(m.group(0)) and (not _a_possible_source(subj) or _when_unasked(verb)):
                continue   # "the toddler did not pick up the phone", "nobody answered the phone when the flood came"
            if _a_thing(subj, verb):
                continue   # "the patient did not respond to the treatment", "the beacon did not answer": no source
            if m.group("info") and not (subj is not None and (subj.lower_ == "it" or _a_source(subj, asked=False))):
                continue   # "Families have no further information": a lack, not a source's silence
            if m.group("silent") and not (subj is not None and (_a_source(subj, asked=False) or _a_speaking_body(subj) and any(
                    c.dep_ == "prep" and c.lower_ in ("on", "about", "over")
                    for k in (verb, *verb.children) for c in k.children))):
                continue   # "the children kept quiet during the lesson": no source's silence, nor about anything
            if m.group("evaded") and not _speaks(subj, it=False):
                continue   # "the storm left many questions unanswered": no source evading
            if m.group("evaded") and (any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
                                      or verb.dep_ == "pcomp" or self._reported(verb)):
                continue   # "never dodged questions"; "accused of ignoring questions"; "critics say he dodged …": their claim
            if re.search(r"\ba\s+(?:single\s+)?word$", m.group(0), re.I) and self._reported(verb):
                continue   # "He has not said a word, his aide said": the aide's claim, not the aide's silence
            if m.group("silent") and re.search(r"\b(?:on|about|over)$", m.group(0), re.I):
                prep = self.tok_at(m.end() - 1)
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                if pobj is None or _a_time(pobj):
                    continue   # "the parliament was silent on Friday as members remembered …": a minute's silence
            if m.group("without"):
                holder = _own_subject(tok.head) if tok.head.pos_ in ("VERB", "AUX") else None
                if not _speaks(holder if holder is not None else subj, it=False):
                    continue   # "the bill passed without comment", "said the suspect left without comment"
            if _no_silence_of_words(verb):
                continue   # "did not confirm it until Friday", "did not answer the door": no silence
            if m.group("plain") and "responsib" in m.group(0).lower() and subj is not None and denying_subject(subj) \
                    and not any(c.dep_ == "preconj" or c.dep_ == "prep" for c in subj.children):
                continue   # "no group has claimed responsibility": the writer's account of what is known, no one's silence
            if verb.lemma_.lower() == "react" and not (_speaks(subj) and _about_words(verb)):
                continue   # "the market has not reacted to the news", "did not react to the shelling": no answer
            if re.search(r"indication|evidence|proof", m.group(0), re.I) and not _speaks(subj):
                continue   # "the forecast gave no indication of rain"
            if any(c.dep_ == "prep" and c.lower_ == "with" and c.i > verb.i for c in verb.children) and \
                    verb.lemma_.lower() in ("respond", "react", "reply", "answer"):
                continue   # "did not respond to the shelling with force": an act, not an answer
            if m.group("plain") and not (subj is not None and _negated_subject(subj)):
                continue   # "the army has commented": said something, no silence
            if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) and (
                    subj is None or verb.head.lemma_ == "be" or verb.head.pos_ == "ADJ"):
                continue  # "it is wrong to refuse to release …": a silence nobody keeps
            own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if own is not None and own.i > 0 and doc[own.i - 1].pos_ == "NOUN" and doc[own.i - 1].head.i != own.i and not any(
                    c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "advcl") for c in verb.children):
                continue  # "a payment he would not disclose": a relative clause without its pronoun
            # a short quoted phrase of the reporting subject's own ('said it was "not in a position to
            # comment"') is its silence; a whole quotation's is the quoted source's words
            holder = self.in_quote(m.start())
            fragment = holder is not None and self.quotes[holder].words(self.text) <= 8 and subj is not None \
                and self.in_quote(subj.idx) is None
            if quoted and not fragment and (subj is None or subj.pos_ == "PRON" or self.in_quote(subj.idx) is None):
                # a silence inside a quotation is the quoted source's own words ("we will not
                # comment"), unless the quote reports a third party's ("U.S. officials declined to
                # disclose …", the report added)
                continue
            speaker_subj = subj
            clause_subj = _own_subject(verb.head) if verb.dep_ == "conj" else None
            if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in SPEECH_VERBS \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
                    clause_subj is None or clause_subj.dep_ == "nsubjpass" or clause_subj.pos_ == "PRON"
                    or not _agentive(clause_subj) or _back_in_reporting_tense(verb, clause_subj)):
                # "X said two boats had sunk but would not say whose": X's refusal, not the boats';
                # "X said the ministry had … but had not responded" stays the ministry's
                subj = speaker_subj = self.subject_of(verb.head.head) or subj
            if subj is not None and subj.tag_ == "PRP" and subj.lower_ not in ("i", "we") and verb.dep_ == "ccomp" \
                    and verb.head.lemma_.lower() in SPEECH_VERBS:
                # "Russia said it had not given specifics": the silence is the reporting subject's
                outer = self.subject_of(verb.head)
                # … when the pronoun can stand for it: "he" is no plural ("He never mentioned his
                # brother, the neighbours said" is his silence)
                agrees = subj.lower_ in ("they", "them") or outer is not None and outer.tag_ not in ("NNS", "NNPS")
                if outer is not None and outer.tag_ != "PRP" and agrees:
                    speaker_subj = outer
            # content: the clause "X has yet to comment on Y" (not a ", but …" conj after it); a
            # subject carrying a relative clause or apposition is left out, the predicate stands.
            lo = tok.i
            if aside is not None:
                lo = aside[1].i + 1   # "X, which has not commented, …": the aside's predicate
            elif verb.dep_ == "conj" and subj is not None and subj.i < verb.head.i and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                # "X said A but declined to comment on B": the refusal's own clause, A stays X's claim
                lo = min(verb.left_edge.i, tok.i)
            elif subj is not None and subj.i < tok.i:
                subj_toks = list(subj.subtree)
                # a bracketed acronym is part of the name ("the agency (GUR) has not commented")
                bracketed = {t.i for t in subj_toks if t.i > 0 and doc[t.i - 1].text == "(" or t.text in "()"}
                if len(subj_toks) - len(bracketed) <= 6 and not any(
                        (t.dep_ in ("relcl", "appos") and t.i not in bracketed) or t.text == "," for t in subj_toks):
                    lo = subj.left_edge.i
                elif len(subj_toks) <= 14 and not any(t.dep_ in ("relcl", "acl") for t in subj_toks) and any(
                        t.dep_ == "appos" for t in subj_toks):
                    # "The director of X, Jan Ek, did not answer our questions", "Jan Ek, the
                    # director of X, …": a name and its role are the clause's subject, not an aside
                    lo = subj.left_edge.i
            hi = verb.i + 1
            rights = list(verb.rights)
            for k, c in enumerate(rights):
                if c.dep_ == "punct" and c.text == "," and k + 1 < len(rights) and rights[k + 1].dep_ == "ccomp" \
                        and rights[k + 1].left_edge.tag_ in ("WRB", "WP", "WDT"):
                    continue   # "declined to disclose the nature of X, how it was obtained or …": one list
                if c.dep_ in ("cc", "conj") or (c.dep_ == "punct" and c.text in ",;"):
                    break
                if c.dep_ == "advcl" and c.lemma_.lower() in SPEECH_VERBS and c.pos_ == "VERB":
                    break   # "has not commented since it said that …": what it said then is a claim of its own
                hi = c.right_edge.i + 1
            withheld = [verb.i]
            for c in verb.children:
                # "has not confirmed or commented on the report": the negation holds both verbs
                if c.dep_ == "conj" and c.lemma_.lower() in _WITHHELD and not any(
                        g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                    hi = max(hi, c.right_edge.i + 1)
                    withheld.append(c.i)
            last = self.tok_at(m.end() - 1)
            # "would neither confirm nor deny the report": the cue's own second verb keeps its object
            hi = max(hi, (last.right_edge.i if last.dep_ == "conj" and last.head.i == verb.i else last.i) + 1)
            while hi > lo + 1 and doc[hi - 1].is_punct and not (fragment and doc[hi - 1].text in "”\"’'"):
                hi -= 1   # (a quoted phrase keeps its closing mark)
            cue_lo, cue_hi = self.tok_at(m.start()).i, self.tok_at(m.end() - 1).i + 1
            cue_tokens = list(doc[cue_lo:cue_hi])
            # the subject of a quoted phrase is read outside the quotation, whole ("the coast guard")
            subject_span = self.speaker_span(speaker_subj, speaker_subj.idx) if fragment and speaker_subj is not None else None
            claim = self.make_claim(kind="no_comment", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                                    cue_tokens=cue_tokens, subj=speaker_subj, speaker_span=subject_span)
            if claim is not None:
                claim.cue = self.text[m.start() : m.end()]
                self.used_cues.update(t.i for t in doc[lo:hi] if t.lemma_.lower() in ("comment", "respond", "reply"))
                self.used_cues.update(withheld)
                self.used_cues.update(t.i for t in doc[cue_lo:cue_hi])

    def _reported(self, verb) -> bool:
        """``verb`` is inside what another speaker reports ("Critics say the minister dodged …",
        "He has not said a word, his aide said"): the reporter's claim covers it."""
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS:
            return self.subject_of(verb.head) is not None
        return any(c.dep_ in ("parataxis", "ccomp", "advcl") and c.i > verb.i and c.lemma_.lower() in SPEECH_VERBS
                   and any(g.dep_ == "nsubj" for g in c.children) for c in verb.children)

    def _silenced(self) -> set[int]:
        """Indices of the tokens inside a no_comment claim so far (one pass over them, so a test
        per token costs nothing on a page of many refusals)."""
        out: set[int] = set()
        for c in self.no_comments:
            first, last = self.tok_at(c.start), self.tok_at(max(c.end - 1, c.start))
            if first is not None and last is not None:
                out.update(range(first.i, last.i + 1))
        return out

    def negative_subjects(self) -> None:
        """"No one at the ministry would comment", "Nobody from the council returned calls",
        "None of the airlines responded", "Neither the navy nor the coast guard would confirm
        the figure": a withholding verb whose subject is negative is the silence of the party the
        subject names (X of "at/from/for/of/with/in X", or both of "neither X nor Y", as a coordinated
        subject is spoken for elsewhere); its content the clause. "No one was hurt" has no such
        verb and stays what it is."""
        doc = self.doc
        silenced = self._silenced()
        for verb in with_coarse_tags(doc, self.tokens, ("VERB", "AUX")):
            lemma = verb.lemma_.lower()
            if verb.pos_ not in ("VERB", "AUX") or self.in_quote(verb.idx) is not None:
                continue
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or not denying_subject(subj) or verb.i in silenced:
                continue
            modal = any(c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "can", "'d") for c in verb.children)
            if lemma == "be":
                # "no one at X was available for comment"
                if not any(c.dep_ == "acomp" and c.lower_ == "available" for c in verb.children) or \
                        "comment" not in doc[verb.i : verb.right_edge.i + 1].text.lower():
                    continue
            elif lemma not in _WITHHELD_BY_NONE:
                continue
            elif lemma == "return" and not any(c.dep_ == "dobj" and c.lower_ in _RETURNED for c in verb.children):
                continue   # "nobody from the village returned home"
            elif lemma == "reach" and not any(c.dep_ == "auxpass" for c in verb.children):
                continue   # "no one reached the summit"
            elif _reached_by_other(verb):
                continue   # "could be reached by the flood": no means of contact, no one reaching
            elif lemma == "answer" and any(c.dep_ == "dobj" and c.lemma_.lower() not in _ANSWERED for c in verb.children):
                continue   # "no one answered the door"
            elif lemma == "answer" and _when_unasked(verb):
                continue   # "nobody answered the phone when the flood came": an event, no one asking
            elif lemma in ("say", "speak") and not modal:
                continue   # "nobody said a word" is no refusal; "no official would say how many" is
            elif lemma in _DONE_BY_NONE and not modal and not any(
                    c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
                continue   # "a review shows no one from X released the files": what nobody did, a fact;
                #            "no one at X would release / has released the names" is a silence
            neither = any(_neither_of(c, subj) for c in subj.children)
            of = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("at", "from", "for", "of", "with", "in")
                       for g in c.children if g.dep_ == "pobj"), None)
            if not neither and (of is None or not (_a_source(of) or _a_speaking_body(of))):
                continue   # "no one would confirm it": a silence nobody named keeps
            span = None if neither or of is None else doc[of.left_edge.i : of.right_edge.i + 1]
            speaker = None
            if neither:
                # "neither the navy nor the coast guard": spoken for as "the navy and the coast
                # guard declined" is, without the negation words
                first = next(c for c in subj.children if _neither_of(c, subj))
                span = doc[first.i + 1 : subj.right_edge.i + 1]
                if not len(span):
                    continue
                resolved, _anon = self.reg.resolve(span, self.offset + verb.idx, self.offset,
                                                   outer_speaker=self.outer_speaker_at(verb.idx))
                if not resolved:
                    continue
                speaker = re.sub(r"\s*\bnor\b\s*", " and ", resolved).strip()
                span = doc[first.i : subj.right_edge.i + 1]   # as written: "Neither the navy nor the coast guard"
            # the clause of the verb, never past its own sentence
            sent = verb.sent
            lo, hi = max(subj.left_edge.i, sent.start), min(verb.right_edge.i + 1, sent.end)
            for c in verb.children:
                if c.i > verb.i and (c.dep_ in ("cc", "conj") or c.dep_ == "punct" and c.text in ",;"):
                    hi = min(hi, c.left_edge.i)
            while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
                hi -= 1
            if hi <= lo:
                continue
            claim = self.make_claim(kind="no_comment", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                                    cue_tokens=[verb], speaker_span=span, speaker=speaker)
            if claim is not None:
                self.used_cues.update(t.i for t in doc[lo:hi] if t.lemma_.lower() in _WITHHELD_BY_NONE)
                # a negative subject inside this silence ("… would confirm that nobody at Y would
                # confirm …") is part of what was not confirmed, not a silence of its own
                silenced.update(range(lo, hi))

    def lacks_to_tell(self) -> None:
        """"X said (s)he/it/they had no information/details/knowledge about …", "X said it was too
        early to say whether …": the speaker reports having nothing to tell, a silence of X's,
        not an assertion. "said there was no information that …" (a claim about the evidence),
        "said he had no doubt that …" and "said residents had no information" (someone else's
        lack, X's assertion) stay claims."""
        doc = self.doc
        silenced = self._silenced()
        for say in with_coarse_tags(doc, self.tokens, ("VERB",)):
            if say.lemma_.lower() not in ("say", "tell", "add") or say.pos_ != "VERB" or say.i in self.used_cues \
                    or self.in_quote(say.idx) is not None or any(c.dep_ == "neg" for c in say.children):
                continue
            inner = next((c for c in say.children if c.dep_ == "ccomp"), None)
            if inner is None:
                continue
            own = next((c for c in inner.children if c.dep_ == "nsubj"), None)
            lacked = next((c for c in inner.children if c.dep_ == "dobj" and c.lower_ in _LACKED and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)), None)
            lacks = inner.lemma_.lower() == "have" and own is not None and own.lower_ in ("he", "she", "it", "they", "we") \
                and lacked is not None and not _a_proposition(lacked)
            # ("never too soon/early to say thank you" is no silence: a negated "too early" is none)
            early = inner.lemma_.lower() == "be" and not any(
                c.dep_ == "neg" or c.lower_ == "never" for c in inner.children) and any(
                c.dep_ in ("acomp", "advmod") and c.lower_ in ("early", "soon") and any(d.lower_ == "too" for d in c.children) and any(
                    x.dep_ in ("xcomp", "ccomp") and x.lemma_.lower() in _TOO_EARLY_TO for x in c.children)
                and not any(d.dep_ == "neg" or d.lower_ == "never" for d in c.children)
                for c in inner.children)
            # "said it was (still) not (yet) known who/what/why …": an open question the speaker
            # leaves open, not a statement; "it was well known that …" stays an assertion, and so does
            # "not known when he left port that the storm was coming": the question must be the
            # whole complement (the one clause after "known", no "that" clause inside it)
            after = [c for c in inner.children if c.i > inner.i and c.dep_ in ("ccomp", "xcomp", "advcl", "prep")]
            unknown = inner.lemma_.lower() == "know" and any(c.dep_ == "neg" for c in inner.children) and any(
                c.dep_ == "nsubjpass" and c.lower_ == "it" for c in inner.children) and len(after) == 1 and (
                after[0].dep_ in ("ccomp", "xcomp") and _an_open_question(after[0]) and not any(
                    t.dep_ == "mark" and t.lower_ == "that" for t in after[0].subtree))
            if not (lacks or early or unknown):
                continue
            speaker = self.subject_of(say)
            if speaker is None or not (_speaks(speaker) or _a_source(speaker)):
                continue   # (a source's: "fishermen said they had no information" is the public's own lack)
            if lacks and not _pronoun_agrees(own, speaker):
                continue   # "Police said he had no information": someone else's lack, the police's claim
            if inner.i in silenced:
                continue
            # the lack's own clause: not a statement joined to it ("… and that his troops had
            # acted lawfully", "… but that the town had been retaken"), which stays a claim
            joined = sorted((c for c in [*say.children, *inner.children]
                             if c.dep_ == "conj" and c.i > inner.i and c.pos_ in ("VERB", "AUX")
                             and (c.lemma_.lower() not in SPEECH_VERBS or any(d.dep_ == "auxpass" for d in c.children))
                             and any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children)),
                            key=lambda c: c.i)
            cut = min((c.left_edge.i for c in [*say.children, *inner.children]
                       if c.i > inner.i and c.dep_ in ("cc", "conj")), default=None)
            spans = [(c.left_edge.i, c.right_edge.i + 1) for c in joined[:1]]
            split = _second_clause(after[0]) if unknown else None
            if split is not None and (cut is None or split < cut):
                # a statement run into the question ("… what caused the blast and the plant would
                # stay shut"), however the parser hung it: the speaker's own claim, cut off
                cut, spans = split, [(split, after[0].right_edge.i + 1)]
            lo, hi = min(speaker.left_edge.i, say.i), inner.right_edge.i + 1
            if say.dep_ == "conj" and speaker.head is not say and speaker.i < say.i:
                lo = say.i   # a subject shared with an earlier verb ("X confirmed … but said …"): its clause only
            if speaker.i > say.i:   # "…, the mayor said"
                lo, hi = min(inner.left_edge.i, say.i), max(hi, speaker.right_edge.i + 1)
            if cut is not None and cut > inner.i:
                hi = min(hi, cut)
            while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].dep_ == "cc"):
                hi -= 1
            claim = self.make_claim(kind="no_comment", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                                    cue_tokens=[say], subj=speaker)
            self._resolve_later(claim, speaker, say)
            if claim is None or cut is None:
                continue
            for a, b in spans:
                # the joined statement is the speaker's own claim, its "that" and conjunction aside
                while a < b and (doc[a].dep_ in ("cc", "mark") or doc[a].is_punct):
                    a += 1
                while b > a + 1 and doc[b - 1].is_punct:
                    b -= 1
                if b > a:
                    joined_claim = self.make_claim(kind="indirect", start=doc[a].idx, end=doc[b - 1].idx + len(doc[b - 1]),
                                                   cue_tokens=[say], subj=speaker)
                    self._resolve_later(joined_claim, speaker, say)

    def _resolve_later(self, claim: Claim | None, subj, cue) -> None:
        """This pass runs before the sentence-by-sentence ones have noted who holds which role,
        so a described speaker ("the mayor also said it was too early to tell") is resolved again
        with the others once every pass has run (``resolve_pending``), as a pronoun is."""
        if claim is None or subj.pos_ == "PROPN" or any(p.claim is claim for p in self.pending):
            return
        span = self.speaker_span(subj, cue.idx)
        if span is not None and len(span):
            self.pending.append(PendingSpeaker(claim, span, cue.idx, [cue]))

    def _unreached(self, m) -> None:
        """"Reuters could not reach the ministry for comment": the silence of whom the outlet
        tried to reach (the object of "reach"), the sentence its content; no object, no claim."""
        doc = self.doc
        reach = self.tok_at(m.end() - 1)
        obj = next((c for c in reach.children if c.dep_ == "dobj"), None)
        sent = self.sent_of(reach)
        # a body or a person asked, or "for comment": "the crew could not reach the harbour" is no one's silence
        if obj is None or "comment" not in doc[reach.i : sent.end].text.lower() and not _a_source(obj, asked=False):
            return
        lo, hi = sent.start, sent.end
        while hi > lo + 1 and doc[hi - 1].is_punct:
            hi -= 1
        claim = self.make_claim(kind="no_comment", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                                cue_tokens=list(doc[self.tok_at(m.start()).i : reach.i + 1]),
                                speaker_span=doc[obj.left_edge.i : obj.right_edge.i + 1])
        if claim is not None:
            claim.cue = self.text[m.start() : m.end()]

    def _withheld_by(self, m) -> None:
        """"The toll has not been confirmed by the ministry": a verb of telling, negated, in the
        passive; the agent after "by" withheld it (when it can be a source: "was not released by
        the dam" is none), the sentence the content. Inside what another speaker reports it is
        theirs ("The union says the figure was not released by the board")."""
        by = self.tok_at(m.end() - 1)
        agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if agent is None or not _a_possible_source(agent, it=False) or self._reported(by.head) \
                or by.head.dep_ in ("relcl", "acl"):
            return   # ("The report, which has not been confirmed by the army, says …": the report's claim)
        verb = by.head
        if any(c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_VERBS and any(g.dep_ == "nsubj" for g in c.children)
               for c in verb.children):
            return   # "The toll, the mayor said, has not been confirmed by …": the mayor's claim, as told after it
        if any(c.lower_ == "by" and c.i != by.i for c in verb.children) or any(c.dep_ == "conj" for c in by.children):
            return   # "not named by the council, but by a public vote": who did it, set against who did not
        if any(c.lower_ in ("until", "till", "before", "after") for c in verb.children) \
                or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
            return   # "not announced … until Tuesday" (it was), "named … after the general", "if … not confirmed"
        self._sentence_claim(m, self.tok_at(m.start()), speaker_span=self.doc[agent.left_edge.i : agent.right_edge.i + 1])

    def _no_comment_from(self, m) -> None:
        """"There was no immediate comment from the Kremlin": the sentence, spoken for by the
        object of "from" (a silence has a source even when it is not the subject)."""
        doc = self.doc
        tok = self.tok_at(m.start())
        sent = self.sent_of(tok)
        src = None
        for t in doc[tok.i : sent.end]:
            if t.lower_ == "from" and t.idx >= m.start():
                pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    src = doc[pobj.left_edge.i : pobj.right_edge.i + 1]
                break
        lo, hi = sent.start, sent.end
        while hi > lo + 1 and doc[hi - 1].is_punct:
            hi -= 1
        claim = self.make_claim(kind="no_comment", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                                cue_tokens=list(doc[tok.i : self.tok_at(m.end() - 1).i + 1]), speaker_span=src)
        if claim is not None:
            claim.cue = self.text[m.start() : m.end()]

    def _sentence_claim(self, m, cue_from, speaker_span=None, subj=None) -> None:
        """A no_comment claim whose content is the whole sentence of the match."""
        doc = self.doc
        sent = self.sent_of(cue_from)
        lo, hi = sent.start, sent.end
        while hi > lo + 1 and doc[hi - 1].is_punct:
            hi -= 1
        claim = self.make_claim(kind="no_comment", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                                cue_tokens=list(doc[cue_from.i : self.tok_at(m.end() - 1).i + 1]),
                                speaker_span=speaker_span, subj=subj)
        if claim is not None:
            claim.cue = self.text[m.start() : m.end()]

    def _telling_sent(self, sent) -> bool:
        """Has ``sent`` a verb of speech? Cached per sentence: a hostile one-sentence page of many
        "comment was sought from …" would otherwise rescan the sentence for each."""
        cache = self.__dict__.setdefault("_telling_sents", {})
        if sent.start not in cache:
            cache[sent.start] = any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in sent)
        return cache[sent.start]

    def _contacted(self, m) -> None:
        """"The ministry has been contacted for comment", "Reuters approached the army for
        comment": the silence so far of the one asked (the passive's subject, the active's
        object). "When contacted for comment, X said …" is no silence: X answered."""
        verb = self.tok_at(m.start())
        if m.group(0).lower().endswith("from"):
            # "comment has been sought from the health board": the one asked is what "from" names
            sought = self.tok_at(m.end() - 1).head
            sent = self.sent_of(sought)
            if sought.lemma_.lower() != "seek" or sought.dep_ in ("advcl", "acl", "relcl") or self._telling_sent(sent):
                return   # "… was sought from the board, which said …": it answered
            src = next((c for c in self.tok_at(m.end() - 1).children if c.dep_ == "pobj"), None)
            if src is not None and _a_possible_source(src, it=False):
                self._clause_claim(m, sought, self.doc[src.left_edge.i : src.right_edge.i + 1])
            return
        if verb.dep_ in ("advcl", "acl", "relcl") or verb.pos_ != "VERB":
            return
        sent = self.sent_of(verb)
        if any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" and t.i != verb.i for t in sent) or any(
                o.start() != m.start() for o in NO_COMMENT.finditer(self.text, sent.start_char, sent.end_char)):
            return   # "… was contacted for comment and said …", "… but did not respond": it answered, or that says it
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive and any(t.lower_ == "by" for t in verb.subtree if t.i > verb.i):
            return   # "the journalist was approached for a comment by the board": the asker is the subject
        asked = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if asked is None and not passive:
            # "CNN has reached out to the ministry for comment"
            to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            asked = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if asked is not None and _a_source(asked):   # "asked residents for comments on the plan" is a survey
            self._clause_claim(m, verb, self.doc[asked.left_edge.i : asked.right_edge.i + 1])

    def _clause_claim(self, m, verb, speaker_span) -> None:
        """A no_comment claim whose content is ``verb``'s clause, not a clause joined to it ("Calls
        to the board went unanswered, and the mayor said …": the mayor's claim stays his own)."""
        doc = self.doc
        joined = [c for c in verb.children if c.i > verb.i and c.dep_ in ("conj", "cc")]
        lo = verb.left_edge.i
        hi = (min(c.left_edge.i for c in joined) if joined else verb.right_edge.i + 1)
        while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].dep_ == "cc"):
            hi -= 1
        claim = self.make_claim(kind="no_comment", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                                cue_tokens=list(doc[self.tok_at(m.start()).i : self.tok_at(m.end() - 1).i + 1]),
                                speaker_span=speaker_span)
        if claim is not None:
            claim.cue = self.text[m.start() : m.end()]

    def _no_comment_had(self, m) -> None:
        """"The army had no immediate comment on the video": the silence of the subject of the
        verb that has "no comment" for its object; "from X" after it names the source instead."""
        tok = self.tok_at(m.start())
        noun = tok.head
        if any(t.lower_ == "from" and t.head.i == noun.i for t in noun.children):
            return self._no_comment_from(m)
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in ("have", "offer", "make", "give", "issue", "provide"):
            return None   # "no comment is needed": no one's silence
        subj = self.subject_of(verb)
        if subj is None or subj.pos_ == "PRON" and subj.lower_ in ("i", "we", "you"):
            return None
        return self._sentence_claim(m, tok, subj=subj)

    def _attempted(self, m) -> None:
        """"Attempts to reach the ministry were unsuccessful": the silence of whom one tried to
        reach, when that is a source ("attempts to reach the stranded climbers" is none)."""
        doc = self.doc
        first, last = self.tok_at(m.start()), self.tok_at(m.end() - 1)
        reach = next((t for t in doc[first.i : last.i + 1] if t.lemma_.lower() in ("reach", "contact")), None)
        obj = next((c for c in reach.children if c.dep_ == "dobj"), None) if reach is not None else None
        if reach is None:
            # "efforts to obtain comment / get a response from the club": the one asked is what "from" names
            frm = next((t for t in doc[first.i : last.i + 1] if t.lower_ == "from" and t.dep_ == "prep"), None)
            obj = next((c for c in frm.children if c.dep_ == "pobj"), None) if frm is not None else None
            reach = frm.head if frm is not None else None
            if obj is None or not _a_possible_source(obj, it=False):
                return   # "efforts to get a response from the sensor": no source
            verb = last if last.pos_ in ("VERB", "AUX") else last.head
            end = min([c.i for c in obj.children if c.dep_ == "prep" and c.i > obj.i] + [obj.right_edge.i + 1])
            self._clause_claim(m, verb.head if verb.dep_ in ("acomp", "neg", "auxpass") else verb, doc[obj.left_edge.i : end])
            return
        # asked for comment: "for comment", or the attempt is a newsroom's ("attempts by the
        # Courier to reach …", "our attempts"), not a rescue ("to contact the captain by radio")
        by = [t for t in doc[first.i : reach.i] if t.dep_ == "pobj" and t.head.lower_ == "by"] if reach is not None else []
        asked = re.search(r"\bfor\s+(?:a\s+)?comment\b", m.group(0)) is not None or first.i > 0 and \
            doc[first.i - 1].lower_ == "our" or any(self.reg.is_outlet_span(t) for t in by)
        if obj is None or not (_a_source(obj, asked=asked) or asked and obj.lemma_.lower() in TITLES):
            return
        end = min([c.i for c in obj.children if c.dep_ == "prep" and c.i > obj.i] + [obj.right_edge.i + 1])
        verb = last if last.pos_ in ("VERB", "AUX") else last.head
        self._clause_claim(m, verb.head if verb.dep_ in ("acomp", "neg", "auxpass") else verb, doc[obj.left_edge.i : end])

    def _unanswered(self, m) -> None:
        """"Requests for comment to the ministry went unanswered": the silence of whom the
        requests went to ("to" or "from" inside the match); none named, no claim."""
        doc = self.doc
        first, last = self.tok_at(m.start()), self.tok_at(m.end() - 1)
        sent_thing = first.head if first.dep_ == "compound" else first
        if m.group(0).lower().endswith("returned") and sent_thing.lemma_.lower() not in _RETURNED:
            return   # "the letters lent to the museum had not been returned": given back, not answered
        # "messages left with the army's press office were not returned": "with" names them too
        # "calls left for the operator": "for" too, after "to" and never "for comment"
        preps = [t for t in doc[first.i : last.i] if t.lower_ in ("to", "from", "with", "for") and t.dep_ in ("prep", "dative")
                 and not (t.lower_ == "for" and t.head.dep_ != "acl" and not any(c.dep_ == "pobj" and _a_source(c)
                                                                                for c in t.children))]
        #   ("messages left for the candidate's campaign": the "for" of a participle names the one called)
        if not preps:
            # "our requests for comment were not answered by the ministry": the agent kept silent
            verb = self.tok_at(m.end() - 1)
            verb = verb.head if verb.dep_ in ("acomp", "neg", "auxpass") else verb
            preps = [c for c in verb.children if c.dep_ == "agent"
                     and any(g.dep_ == "pobj" and _a_source(g) and not _a_time(g) for g in c.children)]
            #   ("questions were not answered by the deadline": a time keeps no silence)
            if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("speak", "talk") for c in first.children):
                return   # "requests to speak at the hearing were rejected by the judge": the askers' own words refused
        # "requests for comment from Reuters to the ministry": the one asked, not the one asking;
        # "from" names the one asked only after "requests for comment" ("calls from the UN for a
        # ceasefire went unanswered" are the UN's own, unanswered by others)
        if not first.lower_.startswith("request"):
            preps = [t for t in preps if t.lower_ != "from"]
        if not preps and first.lower_.startswith("request"):
            # "a request to interview the governor was turned down": the one to be interviewed
            ask = next((c for c in first.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("interview", "speak", "talk")), None)
            src = next((c for c in ask.children if c.dep_ == "dobj"), None) if ask is not None else None
            if src is None and ask is not None:
                src = next((g for c in ask.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                            for g in c.children if g.dep_ == "pobj"), None)
            if src is not None and _a_possible_source(src, it=False):
                verb = self.tok_at(m.end() - 1)
                verb = verb.head if verb.dep_ in ("acomp", "neg", "auxpass", "prt") else verb
                end = min([c.i for c in src.children if c.dep_ == "prep" and c.i > src.i] + [src.right_edge.i + 1])
                self._clause_claim(m, verb, doc[src.left_edge.i : end])
            return
        for t in sorted(preps, key=lambda t: (t.lower_ != "to", t.lower_ == "for"))[:1]:
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                verb = self.tok_at(m.end() - 1)
                # the body, not what the messages were about ("to the council about the leak")
                end = min([c.i for c in pobj.children if c.dep_ == "prep" and c.i > pobj.i] + [pobj.right_edge.i + 1])
                self._clause_claim(m, verb.head if verb.dep_ in ("acomp", "neg", "auxpass") else verb,
                                   doc[pobj.left_edge.i : end])

    def negated_telling(self) -> None:
        """A verb of telling that English negates in any of its ways is its subject's silence:
        "not"/"never" on it ("did not provide the names", "never told staff why"), a verb of
        refusing, failing or still awaiting over it ("has yet to say when", "failed to explain
        why", "refused to tell the families what happened"), or a negative object ("said nothing",
        "revealed nothing about the talks", "told reporters nothing"). The pattern list of
        ``no_comment`` names set phrases; this reads the parse, so a verb of telling it never
        listed, in a negation it never listed, is read too, and not as the assertion
        ``reported`` would make of "has yet to say when the road will reopen". What is withheld
        must be something told: an open question, a noun, nothing at all ("did not say"); a
        plain that-clause after a verb of saying is not withheld ("did not say that he would
        resign" tells what he did not say). Its own subject must be a source; a silence inside
        a quotation, inside another's report, in a condition or a habit is none."""
        doc = self.doc
        silenced = self._silenced()
        for verb in with_coarse_tags(doc, self.tokens, ("VERB",)):
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in _TELLING | _HANDING or verb.i in silenced or verb.i in self.used_cues:
                continue
            if self.in_quote(verb.idx) is not None or not self._negated_telling(verb):
                continue
            if not self._tells_something(verb):
                continue
            without = verb.head if verb.dep_ == "pcomp" and verb.head.lower_ == "without" else None
            if without is not None:
                # "Police said two men were held, without giving their names": the one whose
                # report it goes with, else the subject of the verb it hangs on
                pred = without.head
                if self._inside_report(pred) and doc[without.i - 1].text != ",":
                    continue   # "Police said the gunmen fled without saying a word": the gunmen's own
                    #            silence, told in the police's claim, which keeps it whole
                subj = self._withholder(pred)
            else:
                # the finite verb of the clause: "has" of "has yet to say", "failed" of "failed to explain"
                pred = verb
                while pred.dep_ == "xcomp" and pred.head.i != pred.i:
                    pred = pred.head
                if pred.i in silenced or (pred.dep_ in ("relcl", "acl") and _aside_of(pred) is None):
                    continue   # "figures the ministry has not released": no one's silence told here
                if pred.dep_ in ("ccomp", "xcomp", "advcl", "pcomp", "csubj") or self._reported(pred) or any(
                        c.dep_ == "prep" and c.lower_ == "according" for c in pred.children):
                    continue   # "residents said police never told them why", "according to witnesses,
                    #            the governor said nothing": the residents' and the witnesses' claim
                subj = self.subject_of(pred)
            if not _a_possible_source(subj) or self.reg.is_outlet_span(subj):
                continue   # "the map gave no names"; "Reuters could not confirm it": the outlet's own check
            if _not_one_event(verb, self.text) or _no_silence_of_words(verb) or _a_thing(subj, verb):
                continue   # "if it fails to explain", "did not confirm it until Friday", "did not answer the door"
            # the clause: subject to the verb's last dependent, not a joined clause after it
            sent = verb.sent
            if without is not None:
                lo = without.i   # "without giving their names"
            elif pred.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children):
                lo = pred.left_edge.i   # "X said A but did not say B": the refusal's own predicate
            else:
                lo = subj.left_edge.i if subj.i < pred.i and subj.right_edge.i - subj.left_edge.i < 6 else pred.left_edge.i
                lo = max(lo, min((c.i for c in pred.children if c.dep_ in ("aux", "neg", "nsubj", "nsubjpass")),
                                 default=pred.i) if lo > subj.i or subj.i > pred.i else lo)
            hi = verb.right_edge.i + 1
            for c in verb.children:
                if c.i > verb.i and (c.dep_ in ("cc", "conj") or c.dep_ == "punct" and c.text in ",;"):
                    hi = min(hi, c.left_edge.i)
            if without is not None:
                # "said without elaborating that X", "said without giving details that X": X is what
                # was said, not what was withheld; the refusal ends before it (an open question stays)
                hi = min([hi] + [c.left_edge.i for c in verb.children
                                 if c.dep_ == "ccomp" and c.i > verb.i and not _an_open_question(c)]
                         + [t.i for t in doc[verb.i + 1 : hi] if t.dep_ == "mark" and t.lower_ == "that"])
            lo, hi = max(lo, sent.start), min(hi, sent.end)
            while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
                hi -= 1
            if hi <= lo:
                continue
            # the cue from the negation or the auxiliary on ("did not provide", "has yet to say")
            first = without.i if without is not None else min(
                [c.i for c in pred.children if c.dep_ in ("aux", "neg") or c.lower_ == "never"] + [pred.i])
            claim = self.make_claim(kind="no_comment", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                                    cue_tokens=[doc[first], verb], subj=subj)
            if claim is not None:
                self.used_cues.update(range(first, verb.i + 1))
                silenced.update(range(lo, hi))

    def _withholder(self, verb):
        """Who goes "without giving …" on ``verb``: the reporter when ``verb`` is a report or
        inside one ("X said A happened, without giving …"; inside one only after a comma, which
        ``negated_telling`` checks first), else ``verb``'s own subject."""
        v = verb
        for _ in range(4):
            if v.lemma_.lower() in SPEECH_VERBS and self.subject_of(v) is not None:
                return self.subject_of(v)
            if v.dep_ not in ("ccomp", "conj") or v.head.i == v.i:
                break
            v = v.head
        return self.subject_of(verb)

    def _inside_report(self, verb) -> bool:
        """Is ``verb`` inside a reported clause ("Police said the gunmen fled"): a that-clause
        (``ccomp``), or a clause joined to one, under a verb of speech?"""
        v, crossed = verb, False
        for _ in range(4):
            if v.dep_ not in ("ccomp", "conj") or v.head.i == v.i:
                return False
            crossed = crossed or v.dep_ == "ccomp"
            v = v.head
            if crossed and v.lemma_.lower() in SPEECH_VERBS:
                return True
        return False

    def _negated_telling(self, verb) -> bool:
        """Is ``verb`` negated: "not"/"never" before it (outside a quotation: '"Probably not,"
        she said' is no negation of "said"), "without" before it, a refusing, failing or
        awaiting verb over it ("declined to", "failed to", "has yet to"), or a negative object
        ("nothing", "no figure", "none")? An infinitive is negated only from above ("told them
        what to say or not say" is no one's silence)."""
        top = verb
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children)
        if not infinitive and any((c.dep_ == "neg" or c.lower_ == "never") and c.i < verb.i
                                  and self.in_quote(c.idx) is None for c in verb.children):
            return True
        if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
            return True   # "without giving their names"
        if not infinitive and any(c.dep_ in ("dobj", "dative") and (c.lower_ in ("nothing", "none") or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children):
            return True
        head = verb.head
        if verb.dep_ != "xcomp" or head.i == verb.i:
            return False
        if head.lemma_.lower() in _WITHHOLDING:
            return True
        # "has yet to say", "is yet to explain": still awaited
        return head.lemma_.lower() in ("have", "be") and any(c.lower_ == "yet" for c in head.children)

    @staticmethod
    def _tells_something(verb) -> bool:
        """What the negated verb withholds is something told: an open question ("did not say
        when"), a thing told ("the names", "a figure"), nothing or no object at all ("did not
        say"). After a verb of saying, a plain that-clause is what was not said, no silence
        ("did not say that he would resign"); a verb of handing over withholds only a thing
        told ("did not give a figure", not "did not give ground")."""
        lemma = verb.lemma_.lower()
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        objs = [o for c in verb.children if c.dep_ in ("dobj", "dative") for o in (c, _through_of(c))]
        # ("would not tell the I.R.S. anything it doesn't know" tells of no silence: "anything" is not withheld)
        # ('would not say the word "war"': a word named in the sentence itself is uttered, not withheld)
        told = [o for o in objs if (o.lemma_.lower() in _TOLD_NOUNS and not any(c.dep_ == "appos" for c in o.children))
                or o.lower_ == "nothing"]
        if any(_an_open_question(c) for c in clauses) or told:
            return True
        if lemma in _HANDING or lemma == "tell":
            return False   # "did not give ground", "did not tell anyone about the plan"
        if objs and lemma in _SAYING:
            return False   # "left without saying goodbye", "would not say the word \"strike\"": an
            #                utterance, not a thing withheld (a verb of disclosing keeps its object:
            #                "did not disclose the location")
        if clauses:
            return lemma not in _SAYING
        return True


#: Verbs of telling: what a source says, confirms, explains or answers (with their negation, a silence).
#: The verbs ``_WITHHELD`` names, less those whose negation is no silence (a denial, a discussion, an
#: acknowledgement; "release" is handed over), plus the plain verbs of saying.
_TELLING = (_WITHHELD - {"deny", "discuss", "acknowledge", "release"}) | frozenset(
    "say tell state clarify indicate divulge".split())
#: Verbs of handing over, which tell only when what they hand is a thing told ("gave no figure").
_HANDING = frozenset("give provide offer share release publish supply".split())
#: Verbs of saying, whose plain that-clause is what was not said, not a silence.
_SAYING = frozenset("say tell state indicate".split())
#: Verbs over a verb of telling that negate it.
_WITHHOLDING = frozenset("decline refuse fail".split())
#: Things told: what a source hands over when it tells ("a figure", "the names", "reasons"); not
#: evidence or proof, whose lack is a weakness of a claim ("provided no evidence for their account"),
#: not a silence.
_TOLD_NOUNS = frozenset("figure number name detail reason explanation information specific breakdown estimate toll "
                        "timeline account answer comment response statement update word cause identity date "
                        "timetable".split())
