"""Names read from the parse and from strings, with no document state: a name cleaned of titles
and possessives, the proper-noun run around a token, a name the tagger cut in two, the head and
content words of a body's name, an outlet's name, a subject's short description.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ... import countries as C
from ..cues import ORG_NOUNS, PERSON_ROLES, TITLES
from ..dates import MONTHS, WEEKDAYS   # the one month table (English abbreviations included) and weekday table
from .lexicon import (
    _COMPANY_SUFFIXES, _MORE_TITLES, _ROLE_PREFIXES, _SERVING_ROLES, DOCUMENT_NOUNS, OUTLET_WORDS, WIRE_NAMES,
)


_DETS = re.compile(r"^(?:the|a|an)\s+", re.I)


#: A body's name written with its owner's pronoun: "its refugee agency" is the agency ("its own" stays).
_OWNER_PRONOUN = re.compile(r"^(?:its|their)\s+(?!own\b)", re.I)


_POSS = re.compile(r"(?:[’']s|[’'])$")
#: A plural possessive's apostrophe that a join of tokens set apart from its word.
_DETACHED_PLURAL_POSS = re.compile(r"(?<=[a-z]s) ([’'])(?= [A-Z])")


def _owner_key(text: str) -> str:
    """The state a word names, as the country table's key ("Russia's", "Russian" -> "ru";
    "Niger" -> "ne" but "Nigerian" -> "ng"), else the word itself in lower case: two owners of one
    page's organs are one state only when their keys are equal. The same table
    (:mod:`claimgraph.countries`) as ``link/`` reads for the owner of a linked organ."""
    word = _POSS.sub("", text.strip())
    return C.known(word) or word.lower()


_AGE = re.compile(r"\d+[- ]years?[- ]old", re.I)

#: Words that tie a span of time to the calendar, to the time of telling or to another time the text names
#: ("last week", "two days ago", "a week earlier", "this month", "the past year", "recent weeks", "the coming days",
#: "the following day", "the same day", "that day"): with one of them a DATE names a point in time (or a stretch
#: tied to one), not a bare length.
_TIME_ANCHORS = frozenset(
    "ago last next this that yesterday today tomorrow tonight earlier later previous eve past recent coming "
    "following same".split())
#: A span right before one of these is counted from the time it names ("three days before the vote",
#: "two days after the blast", "the day before the ceasefire"): a point in time.
_COUNTED_FROM = frozenset({"before", "after"})
#: A year ("2022", "1990s") or a day of the month by its ordinal ("24th").
_CALENDAR_NUMBER = re.compile(r"^(?:(?:1[5-9]|20)\d\d(?:s|'s)?|\d{1,2}(?:st|nd|rd|th))$", re.I)
#: A numeric date: day and month ("24/02", "24.02", "9/11", "24/02/2022", "24.02.2022") or year, month, day
#: ("2022-02-24").
_NUMERIC_DATE = re.compile(r"^(\d{1,4})([./-])(\d{1,2})(?:\2(\d{1,4}))?$")


def _numeric_date(text: str) -> bool:
    """Is ``text`` written as a numeric date? Only a day-and-month shape counts: without a year the
    month is written with two digits ("24/02", "24.02", "9/11") and a hyphen is no separator
    ("2-3 weeks" is a range), and the numbers must be a day and a month (day/month, or month/day
    with a slash), or a year, month and day ("2022-02-24"). So "1.5 years", "24/7" and "2-3" are no date."""
    m = _NUMERIC_DATE.match(text)
    if m is None:
        return False
    a, sep, b, c = int(m[1]), m[2], int(m[3]), m[4]
    if c is None and (sep == "-" or len(m[3]) != 2):
        return False
    if len(m[1]) == 4:   # year first: year, month, day
        return c is not None and 1 <= b <= 12 and 1 <= int(c) <= 31
    if c is not None and len(c) not in (2, 4):
        return False
    return (1 <= a <= 31 and 1 <= b <= 12) or (sep == "/" and 1 <= a <= 12 and 1 <= b <= 31)


def names_a_point_in_time(span: Span) -> bool:
    """Does a DATE span name a point in time ("Friday", "April 8", "last week", "two days ago", "2022")?

    The tagger's DATE (OntoNotes') also takes lengths and frequencies of time ("two days", "months",
    "at least nine days", "weekly", "1.5 years") and, in slips, words near them ("south-east",
    "20-kilovolt"): a length of time names nothing a reader could look up or link, so it is no entity.
    A DATE is kept when one of its tokens is a weekday or a month, a proper noun (a holiday), a year
    or an ordinal day ("2022", "1990s", "24th"), a numeric date (:func:`_numeric_date`) or an anchor
    word (:data:`_TIME_ANCHORS`) or "before"/"after", or when the word right after it is "before" or
    "after" ("three days before the vote"). Everything else goes, lengths and also points written with
    none of these ("the weekend", "election day", "late spring", "the end of the month"), which cannot
    be placed without the time they hang on. An anchored stretch stays ("the next three months", "the
    past two weeks"), and so does a length that happens to carry an anchor ("every week this month").
    """
    for tok in span:
        low = tok.lower_.rstrip(".")
        if low in WEEKDAYS or low in MONTHS or low in _TIME_ANCHORS or low in _COUNTED_FROM \
                or tok.pos_ == "PROPN" or _CALENDAR_NUMBER.match(tok.text) or _numeric_date(tok.text):
            return True
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _COUNTED_FROM


_UNIT_NUMBER = re.compile(r"^\d{1,4}(?:st|nd|rd|th)$", re.I)


def _seat(head: Token, span: Span) -> str | None:
    """The place a body's name is completed by: "in Gaza" of "the Ministry of Health in Gaza"."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < span.end:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ == "GPE" and pobj.i < span.end:
                return " ".join(t.text for t in pobj.subtree if t.ent_type_ == "GPE")
    return None


def _title_word(word: str) -> bool:
    """A title or rank, hyphenated ones in pieces ("Gen.", "Major-General", "Lt-Col")."""
    return all(part in TITLES for part in word.lower().rstrip(".").split("-"))


def _ranked_person(name: str) -> bool:
    """A rank or title, then two or three capitalised words with no body's word among them."""
    words = name.split()
    return 3 <= len(words) <= 4 and _title_word(words[0]) and all(
        w[:1].isupper() and w.lower() not in ORG_NOUNS for w in words[1:])


def clean_name(text: str, titles: bool = True, person: bool = False) -> str:
    """A name without surrounding punctuation, possessive and (``titles``) leading titles: a
    person's "General" is a rank, a body's ("General Staff") is its name. A job written as a
    title ("CEO Vera Lind") goes only from what the tagger called a ``person``: a body's name may
    open with one ("Teacher Retirement System")."""
    text = text.strip(" \t\n,;:.\"'“”‘’()")
    text = _POSS.sub("", text).strip()
    text = _DETACHED_PLURAL_POSS.sub(r"\1", text)   # "Workers ' Rights Centre" (tokens joined): "Workers' Rights Centre"
    words = text.split()
    while titles and len(words) > 1 and (_title_word(words[0]) or person and _role_before_name(words)) and not (
            words[1].lower() in ORG_NOUNS and (len(words) == 2 or words[2].lower() in ("of", "for"))):
        words = words[1:]
    return " ".join(words)


_NOT_TITLE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
_NAMING_ENTS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PERSON"})


def mention_tokens(doc: Doc, ent: Span) -> tuple[int, int]:
    """The tokens (start, end) of a name as written, which is what a mention records: the tagger's
    span without a lower-case determiner ("the United States": "the" is the sentence's, not the
    name's; a capital "The" opening a sentence or a title stays) or a trailing possessive ("the
    ministry's"); a person's with the title written as part of the name, capitalised, right before
    it ("Interior Minister Valentina Koleva", "Russian President Vladimir Putin", "Mr Lin"), back
    to the first word the parse does not attach to the name or that is written in lower case: a
    role written in lower case describes the person, it is no title ("fire chief Levan Tsiklauri").
    The registry's name is :func:`clean_name`'s, without the title."""
    start, end = ent.start, ent.end
    while start < end - 1 and doc[start].tag_ == "DT" and doc[start].text.islower():
        start += 1
    if end - 1 > start and doc[end - 1].tag_ == "POS":
        end -= 1
    if ent.label_ != "PERSON" or start != ent.start or start == 0:
        return start, end

    def title_of_name(tok: Token) -> bool:
        # a date or number before the title is the sentence's ("On Monday Mayor X"), and an
        # all-caps word that names nothing is a kicker ("BREAKING Defence Minister X"); an acronym
        # the tagger reads as a name ("NATO Secretary General X") is written with the title
        if tok.ent_type_ in _NOT_TITLE_ENTS or (tok.text.isupper() and tok.ent_type_ not in _NAMING_ENTS):
            return False
        return tok.text[:1].isupper() and tok.is_alpha and tok.tag_ not in ("DT", "POS") and (
            tok.dep_ in ("compound", "amod", "nmod") and start <= tok.head.i < end)

    before = doc[start - 1]
    if not (title_of_name(before) and (_is_role_word(before) or _title_word(before.text))):
        return start, end
    while start > 0 and title_of_name(doc[start - 1]):
        start -= 1
    return start, end


def _role_before_name(words: list[str]) -> bool:
    """A role word, then a name of two or three capitalised words with no body's word among them."""
    return 3 <= len(words) <= 4 and words[0].lower().rstrip(".") in _ROLE_PREFIXES and all(
        w[:1].isupper() and w.lower() not in ORG_NOUNS for w in words[1:])


def _served(tok: Token, head: Token) -> bool:
    """Is ``tok`` (a person's name) the one a serving role serves ("an aide to X", "X's lawyer")?"""
    if head.lemma_.lower() not in _SERVING_ROLES or tok.i == head.i:
        return False
    if tok.dep_ == "poss" and tok.head.i == head.i:
        return True
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("to", "for", "of") and prep.head.i == head.i


def _aside(tok: Token, span: Span) -> bool:
    """Is ``tok`` a name aside in a subject: an owner ("Meridian’s work") or inside a relative
    clause ("a diplomat from a government that funds X")? Such a name is not the speaker."""
    return tok.dep_ == "poss" or any(a.dep_ == "relcl" and a in span for a in tok.ancestors)


def _told(tok: Token, span: Span) -> bool:
    """Is ``tok`` the one a subject spoke to ("Residents, speaking to the Orsund Herald, said …")?"""
    return any(a.dep_ == "acl" and a.lemma_.lower() in ("speak", "talk", "write", "tell", "give") and a in span
               for a in tok.ancestors)


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun that would continue a name: untagged (a neighbour the tagger
    labelled is a name of its own: "Ukraine Russia talks"), not a title, role or body word."""
    return (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_
            and tok.lower_ not in TITLES and tok.lower_ not in ORG_NOUNS and tok.lower_ not in PERSON_ROLES
            and tok.lower_ not in _MORE_TITLES)


def _title_case(doc: Doc, ent: Span) -> bool:
    """Is the span on a headline-style line ("Zelensky Visits Kharkiv After Strikes")? Two
    capitalised words on its line that are not proper nouns (verbs, nouns, prepositions) and do
    not start the line or a sentence. There a capitalised neighbour says nothing about a cut name."""
    text = doc.text
    start = text.rfind("\n", 0, ent.start_char) + 1
    memo = doc.user_data.setdefault("claimgraph.title_case", {})   # one answer per line of this doc
    if start not in memo:
        memo[start] = _title_case_line(doc, start)
    return memo[start]


def _title_case_line(doc: Doc, start: int) -> bool:
    text = doc.text
    end = text.find("\n", start)
    line = doc.char_span(start, len(text) if end < 0 else end, alignment_mode="expand")
    if line is None:
        return False
    n, first = 0, True
    for t in line:
        if not t.is_alpha:
            continue
        after_stop = t.i > 0 and doc[t.i - 1].text in ".!?:;(\"“‘'—–-"   # a sentence or an aside starts
        if not first and not after_stop and t.text[:1].isupper() and t.pos_ != "PROPN":
            n += 1
        first = False
    return n >= 2


def _cut_name(doc: Doc, ent: Span) -> bool:
    """Did the tagger cut a longer name? The small model tags "Hugh" of "Editing by Hugh Carrow" a
    place and "Novyi" of "in Novyi Veles" a place; such a fragment is not trusted. An untagged
    capitalised proper noun one space after the span continues it; so does one before a place (a
    person's name may follow a capitalised title the lists lack). Not on title-case lines."""
    last = doc[ent.end - 1]
    nxt = doc[ent.end] if ent.end < len(doc) else None
    cut = nxt is not None and last.whitespace_ == " " and _name_word(nxt)
    if not cut and ent.label_ in ("GPE", "LOC") and ent.start > 0:
        prev = doc[ent.start - 1]
        cut = prev.whitespace_ == " " and _name_word(prev)
    return cut and not _title_case(doc, ent)


def _with_of_phrase(doc: Doc, ent: Span) -> Span:
    """The span with the of-phrase of capitalised words right after it, if any ("State Bureau" +
    "of Verification")."""
    end = ent.end
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
        end += 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label="ORG")


#: Heads of a title or body whose for-phrase is its remit ("Agency for Food Safety", "Commissioner
#: for Human Rights"); a company's or house's name is not one ("Velmora Foods for Tarnwick Dairy").
_REMIT_HEADS = ORG_NOUNS | PERSON_ROLES | frozenset(
    "commissioner fund ombudsman rapporteur coordinator representative envoy programme program foundation "
    "campaign coalition alliance society association".split())
#: Words after "for" that name something of their own, never a remit.
_OWN_NAME_TYPES = frozenset(("PERSON", "GPE", "LOC", "FAC", "DATE", "TIME"))
_CALENDAR = frozenset(WEEKDAYS) | frozenset(
    "january february march april may june july august september october november december".split())


def _own_name(tok: Token, prep: str) -> bool:
    """Is ``tok`` (after a body's "for"/"of") part of a name of its own, a date or a weekday?"""
    if tok.lower_ in _CALENDAR or tok.ent_type_ in ("DATE", "TIME"):
        return True
    return prep == "for" and tok.ent_type_ in _OWN_NAME_TYPES


def mend_cut_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """The tagger's bodies cut at a preposition mended: an ORG ending in "of" / "for" ("The Velesian
    Agency for" + "Road Safety") takes the capitalised words after it (an ORG the tagger made of the
    remit is absorbed); one that cannot be mended loses the dangling word. An ORG whose own
    for-phrase of capitalised words the tagger left out ("The Brellan Agency" + "for Road Transport")
    takes it. An ORG the tagger cut after a plural possessive ("Veterans'" + "Aid Trust") takes it
    back. A for-phrase joins only a title or body whose last word has a remit (`_REMIT_HEADS`),
    and never takes a person, place, date or weekday ("Velmora Foods for Tarnwick Dairy", "Kelby
    Airlines for Monday" stay apart).

    Only the mention list is mended (`Mentions.__init__`): ``doc.ents`` stays the tagger's, so a later
    reader of ``doc.ents`` / ``Span.ents`` in the same chunk sees the tagger's split."""
    out: list[Span] = []
    skip_to = -1
    by_start = {e.start: e for e in ents}   # one pass over the page's entities, not one per "and"
    for ent in ents:
        if ent.start < skip_to:
            continue   # absorbed into the mended body before it
        if ent.label_ == "ORG" and ent.start >= 2 and doc[ent.start - 2].ent_iob_ == "O" and _plural_possessive(doc[ent.start - 2]):
            # "The Veterans' Aid Trust" tagged "Aid Trust": the people it is named for open its name
            ent = Span(doc, ent.start - 2, ent.end, label="ORG")
        if ent.label_ == "ORG" and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "for" and doc[ent.end].head.i == ent.root.i \
                and ent.root.pos_ == "PROPN" and ent[-1].lower_ in _REMIT_HEADS and doc[ent.end + 1].pos_ == "PROPN" \
                and doc[ent.end + 1].text[:1].isupper() and not _own_name(doc[ent.end + 1], "for"):
            ent = Span(doc, ent.start, ent.end + 1, label="ORG")
        if ent.label_ == "ORG" and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "and" and doc[ent.end + 1].ent_iob_ == "B" \
                and doc[ent.end + 1].ent_type_ == "ORG":
            # "The Tarsen Union of Dockworkers" + "and" + "Allied Workers": the second is coordinated
            # with a word of the first's of-phrase (not its head), so the two are one body's name
            nxt = by_start.get(ent.end + 1)
            if nxt is not None and nxt.root.dep_ == "conj" and nxt.root.head in ent and nxt.root.head.i != ent.root.i \
                    and any(t.lower_ == "of" for t in ent) and all(t.text[:1].isupper() for t in nxt) \
                    and members_tail(nxt.root.head.text, [t.text for t in nxt]):
                ent = Span(doc, ent.start, nxt.end, label="ORG")
                skip_to = nxt.end
        if ent.label_ == "ORG" and len(ent) >= 2 and ent[-1].lower_ in ("of", "for"):
            prep = ent[-1].lower_
            end = ent.end
            if prep == "of" or ent[-2].lower_ in _REMIT_HEADS:
                while end < len(doc) and end - ent.end < 6 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                        and not _own_name(doc[end], prep):
                    end += 1
            if end > ent.end:
                ent = Span(doc, ent.start, end, label="ORG")
                skip_to = end
            else:
                ent = Span(doc, ent.start, ent.end - 1, label="ORG")
        out.append(ent)
    return out


#: Words of a body's name that say nothing of which body it is ("the", "'s", "of", "and").
_NAME_FILLERS = frozenset(("the", "of", "a", "an", "s", "and", "for"))


def _head_word(phrase: str) -> str | None:
    """The last content word of a name, before any bracketed acronym: "defence ministry" → "ministry"."""
    phrase = re.sub(r"\([^)]*\)\s*$", "", phrase).lower()
    # "ministry of emergency situations" is a ministry
    before_of = phrase.split(" of ", 1)[0].split()
    if " of " in phrase and before_of and before_of[-1] in ORG_NOUNS:
        return before_of[-1]
    words = [w for w in re.findall(r"\w+", phrase) if w not in _NAME_FILLERS]
    # a company's legal or trade suffix is not what it is: "Maxar Technologies" is "Maxar"
    while len(words) > 1 and words[-1] in _COMPANY_SUFFIXES:
        words.pop()
    return words[-1] if words else None


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in _NAME_FILLERS}


def _is_role_word(tok: Token) -> bool:
    """A title or role ("Mayor", "Spokesman", "Major-General" in pieces) standing before a name."""
    low = tok.lower_.rstrip(".")
    return low in PERSON_ROLES or low in TITLES


def _after_role(tok: Token) -> bool:
    """Is what follows ``tok`` in its run a person's name after a role or a body
    ("Spokesman Dmitry Peskov", "Security Service Artem Dekhtyarenko"), not the rest of a
    body's name ("Foreign Ministry Press Office")?"""
    rest = []
    for t in tok.doc[tok.i + 1 :]:
        if not (t.pos_ == "PROPN" and t.text[:1].isupper()):
            break
        rest.append(t)
    return 2 <= len(rest) <= 3 and not any(_is_role_word(t) or t.lower_ in ORG_NOUNS for t in rest)


def _lone_places_after(ents: list[Span]) -> set[tuple[int, str]]:
    """(end of a PERSON entity of two or more words, its last word) where every GPE/LOC/NORP entity
    holding that word is that one word alone, after the person, and none stands where only a place
    does: after a preposition ("Police in Halden", "the mayor of Halden") or as a compound
    ("Halden police") (one pass over the entities)."""
    places: dict[str, tuple[bool, int]] = {}   # word -> (every holder is the word alone, first holder's start)
    for p in ents:
        if p.label_ in ("GPE", "NORP", "LOC"):
            for t in p:
                alone, first = places.get(t.lower_, (True, p.start))
                placed = t.dep_ in ("pobj", "compound") or t.head.dep_ == "prep" or t.head.lower_ in ("city", "town", "village")
                places[t.lower_] = (alone and len(p) == 1 and not placed, min(first, p.start))
    out = set()
    for e in ents:
        if e.label_ == "PERSON" and len(e) >= 2 and e[-1].lower_ in places:
            alone, first = places[e[-1].lower_]
            if alone and first >= e.end:
                out.add((e.end, e[-1].lower_))
    return out


def _person_mention(toks: list[Token]) -> list[Token]:
    """A run whose last words the tagger called a person of two words or more, after capitalised
    words it called no person ("Transport Commissioner Elin Varga", "Senior Inspector Boris
    Kael"): the person is the mention the page writes, its job the words before (the role lists
    cannot name every capitalised job title). Runs with no such person mention stay whole."""
    last = toks[-1]
    if last.ent_type_ != "PERSON" or len(toks) < 3:
        return toks
    start = last.i
    while start > toks[0].i and last.doc[start].ent_iob_ == "I":
        start -= 1
    if start <= toks[0].i or last.i - start + 1 < 2 or last.doc[start].ent_iob_ != "B":
        return toks
    if last.i + 1 < len(last.doc) and last.doc[last.i + 1].ent_iob_ == "I":
        return toks   # the person goes on past the run: not a mention the run ends
    if any(t.ent_type_ == "PERSON" for t in toks if t.i < start):
        return toks
    # one capitalised word left outside is as likely a first name the tagger read as a place or
    # nothing ("Florence Mabry Kent", "Lincoln James Orr") as a job: kept. A job title here is
    # two words or more ("Transport Commissioner", "Lord Justice") ending in no place word
    dropped = [t for t in toks if t.i < start]
    if len(dropped) < 2 or dropped[-1].ent_type_ in ("GPE", "LOC", "NORP"):
        return toks
    return [t for t in toks if t.i >= start]


#: A plural possessive's bare apostrophe, as the tokenizer splits it off ("Workers" + "'").
_BARE_APOSTROPHES = ("'", "’")


def _plural_possessive(tok: Token) -> bool:
    """Does ``tok`` open a body's name as the plural possessive of the people it is for ("Workers'
    Rights Centre", "Citizens' Water Forum", "Students' Association")? A capitalised plural noun
    owning the next capitalised word, its bare apostrophe between; a singular name ending in s owns
    what follows ("Sanders' Senate office", "the Times' reporter") and stays out."""
    doc = tok.doc
    return (tok.dep_ in ("poss", "nmod") and tok.tag_ in ("NNS", "NNPS") and tok.text[:1].isupper() and tok.is_alpha
            and tok.lower_.endswith("s") and tok.ent_type_ not in ("PERSON", "GPE", "NORP")
            and tok.i + 2 <= tok.head.i and doc[tok.i + 1].text in _BARE_APOSTROPHES
            and doc[tok.i + 2].text[:1].isupper() and doc[tok.i + 2].pos_ == "PROPN")


def _name_run(head: Token, of_chain: bool = True) -> list[Token]:
    """The proper-noun run around ``head`` (compounds and flat names, with their own compounds:
    "New York Times", "Wall Street Journal").

    A run that carries a role before a full name ("Kramatorsk Mayor Oleksandr Honcharenko",
    "Russian Presidential Spokesman Dmitry Peskov") is cut to the name after the last role word;
    a body's title word stays when the name is one word ("General Staff")."""

    def lefts(tok: Token) -> list[Token]:
        out = []
        for t in tok.lefts:
            if (t.dep_ in ("compound", "flat") or t.dep_ == "nmod" and t.text[:1].isupper()) and t.pos_ == "PROPN":
                out += lefts(t) + [t] + _joined_word(t, tok)
            elif t.dep_ == "compound" and t.pos_ == "NOUN" and tok.lower_ in ORG_NOUNS:
                out.append(t)  # "Veltran defence ministry": a body's common words are part of its name
            elif _plural_possessive(t):
                out += [t, t.doc[t.i + 1]]   # "Workers' Rights Centre": the members a body is named for
        return out

    toks = lefts(head) + [head]
    toks += [t for t in head.rights if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
    toks.sort(key=lambda t: t.i)
    # only a contiguous run ending at the head or its right compounds is a name
    # (a hyphen joins a name's parts, "Lind-Farrow", "Jean - Paul", but not after a word in capitals
    # and a space: "KORVEL - Dana Ostrava" is a dateline's place before a name)
    while len(toks) > 1 and toks[1].i != toks[0].i + 1 and not (
            toks[0].i + 2 == toks[1].i and toks[0].doc[toks[0].i + 1].text in "-‐"
            and not (toks[0].whitespace_ and toks[0].text.isupper() and len(toks[0].text) > 1)):
        toks = toks[1:]
    roles = [i for i, t in enumerate(toks[:-1]) if _is_role_word(t) or t.lower_ in ORG_NOUNS or t.lower_ in _TITLE_PLACES]
    if roles and len(toks) - roles[-1] - 1 >= 2 and _after_role(toks[roles[-1]]):
        toks = toks[roles[-1] + 1 :]
    toks = _person_mention(toks)
    before = toks[0].doc[toks[0].i - 1] if toks[0].i > 0 else None
    if before is not None and _UNIT_NUMBER.match(before.text) and before.head in toks:
        toks = [before, *toks]   # "the 44th Brigade": its number is its name
    if not of_chain:
        return toks
    # "State Bureau of Verification": an of-phrase of capitalised words belongs to the name; so does
    # a for-phrase of a capitalised title or body ("Commissioner for Refugees", "Agency for Road
    # Safety"), never of a person's name
    tails = ("of", "for") if head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and len(toks) >= 2 \
        and head.lower_ in _REMIT_HEADS else ("of",)
    # A body's own of-phrase may name another body, with its article and its own of- or for-phrase
    # ("General Staff of the Armed Forces of Ukraine", "Office of the UN High Commissioner for Human
    # Rights"): the whole chain is the name (a person's "of the X Trust" is where the person works).
    body = head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and head.lower_ in ORG_NOUNS
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in tails and prep.i == toks[-1].i + 1:
            pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if pobj is not None:
                tail = _name_run(pobj, of_chain=body)
                article = [prep.doc[prep.i + 1]] if body and prep.doc[prep.i + 1].lower_ == "the" else []
                if tail and tail[0].i == prep.i + 1 + len(article) and all(t.text[:1].isupper() for t in tail if t.lower_ not in _NAME_FILLERS) \
                        and not (prep.lower_ == "for" and any(_own_name(t, "for") for t in tail)):
                    return toks + [prep] + article + tail + _joined_run(pobj, tail[-1])
    return toks


#: Kinds of place whose name may open a title before a person's name ("the governor of Varska Region
#: Tolan Brisk"): the run is cut after them, as after a role word, when a name of two or three words follows.
_TITLE_PLACES = frozenset("region district oblast raion province county".split())


def _plural_common(word: str) -> bool:
    w = word.lower()
    return w not in ORG_NOUNS and (w.endswith("men") or w.endswith("s") and not w.endswith("ss"))


def members_tail(of_word: str, tail: list[str]) -> bool:
    """"and Allied Workers" after "Union of Dockworkers": a coordinated tail that names more members
    of the same kind (a plural noun, as the of-phrase's own) continues the body's name; "and Varna
    Television", "and Brannock Steel" after "Council of Elders" are bodies of their own."""
    return bool(tail) and _plural_common(of_word) and _plural_common(tail[-1])


def _joined_word(mod: Token, head: Token) -> list[Token]:
    """"and" + the capitalised proper noun coordinated with ``mod``, a modifier of a name's ``head``,
    when both stand between ``mod`` and the head ("Refugee Relief and Repatriation Commissioner"):
    one name, not two (the parser hangs the conjunct on the modifier, out of the run)."""
    for c in mod.rights:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.text[:1].isupper() and c.i < head.i and c.i == mod.i + 2 \
                and mod.doc[mod.i + 1].lower_ == "and":
            return [mod.doc[mod.i + 1], c]
    return []


def _joined_run(pobj: Token, last: Token) -> list[Token]:
    """"and" + the capitalised run coordinated with a name's of-phrase right after it ("Union of
    Dockworkers" + "and Allied Workers"): the body's full name. Not after a determiner ("X Union
    and the Y Guild" are two bodies: the conjunct then hangs from the body's head, not its of-phrase)."""
    conj = next((c for c in pobj.rights if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if conj is None or last.i + 1 >= len(last.doc) or last.doc[last.i + 1].lower_ != "and":
        return []
    run = _name_run(conj, of_chain=False)
    if run[0].i != last.i + 2 or not all(t.text[:1].isupper() for t in run) or any(t.ent_type_ in ("PERSON", "GPE", "DATE") for t in run) \
            or not members_tail(pobj.text, [t.text for t in run]):
        return []
    return [last.doc[last.i + 1], *run]


def _np_head(head: Token) -> Span:
    """The noun phrase of ``head`` without its relative clause (the antecedent of "who"/"that")."""
    doc = head.doc
    end = head.i + 1
    for tok in head.rights:
        if tok.dep_ in ("relcl", "punct", "acl"):
            break
        end = tok.right_edge.i + 1
    return doc[head.left_edge.i : end]


def _is_outlet_name(name: str) -> bool:
    """Is ``name`` an outlet's (by its last word, "New York Times", or a known wire)? A word that
    is also a document's ("post", "review") names an outlet only capitalised ("Washington Post",
    not "a Telegram post" or "the intelligence review")."""
    raw = [w.strip("’'.,()") for w in name.split()]
    words = [w.lower() for w in raw]
    if not words:
        return False
    if words[-1] in DOCUMENT_NOUNS and not raw[-1][:1].isupper():
        return False
    return words[-1] in OUTLET_WORDS or name in WIRE_NAMES or " ".join(words[-2:]) in OUTLET_WORDS


def _names_something(span: Span) -> bool:
    """Does the phrase name a body or person (a proper noun, a named entity, a nationality)?"""
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for t in span)


def _describe(span: Span) -> str:
    """The subject as a short description: drop relative clauses and trailing appositions."""
    head = span.root
    end = head.i + 1
    for tok in head.rights:
        if tok.dep_ in ("relcl", "appos", "punct") or tok.text == "," or tok.i >= span.end:
            break
        end = tok.right_edge.i + 1
    start = span.start
    words = span.doc[start:end].text
    return words.strip(" ,")
