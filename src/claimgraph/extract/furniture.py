"""Entities in the page's furniture: the names a page prints outside its article (a byline's
author, a photo credit's agency, a tag line, a "read also" line, a copyright line), which the
readers leave out of the body but hand over as ``article.spans["furniture"]`` (offsets into the
page's whole decoded text, the text the archived bytes decode to).

The lines are read by the body's own entity readers (spaCy for English, the Cyrillic reader for
Russian and Ukrainian), each line a paragraph of its own, and their mentions say ``field="page"``
with offsets into the page's text, so each still points back to characters of the hashed source.
Only entities come from the furniture: its claims are dropped, so a furniture name never gives a
claim a speaker and never feeds a relation; a name the article also gives joins its entity.
"""

from __future__ import annotations

from claimgraph.extract.article_types import FieldSpan, UNLOCATED
from claimgraph.extract.attribution.model import Entity, Extraction, Mention
from claimgraph.extract.locate import blank_markup

#: Bounds per page (the readers bound their lines too; this holds whatever a reader hands over).
MAX_LINES = 40
MAX_CHARS = 4_000
#: Between two lines in the text the entity readers see: each line a sentence and a paragraph of
#: its own (without the full stop a tagger runs a name on into the next line's label).
_GAP = " .\n\n"
#: The furniture is read for names: a date or a number on a credit or dateline line is the page's
#: metadata (read by the date readers), no entity of the page.
_NOT_NAMES = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"))
_SEPARATORS = str.maketrans({"/": ",", "|": ",", "•": ",", "·": ","})


def furniture_text(source: str, spans: list[FieldSpan]) -> tuple[str, list[int]]:
    """The furniture lines joined as paragraphs, and for each of its characters the offset in
    ``source`` it comes from (-1 between two lines). In a line, markup (an HTML line's tags and
    entities) and every run of spaces read as one space, and a separator between names ("Photo:
    Ana Fell / Kestrel Images", "Tags: A | B") as a comma, so no reader runs two names into one
    or loses one to a run of spaces."""
    chars: list[str] = []
    origin: list[int] = []
    for span in spans[:MAX_LINES]:
        if span.locator == UNLOCATED or not 0 <= span.start < span.end <= len(source):
            continue
        piece = source[span.start:span.end]
        if span.locator == "html":
            piece = blank_markup(piece)
        piece = piece.translate(_SEPARATORS)
        line: list[tuple[str, int]] = []
        for i, char in enumerate(piece):
            if char.isspace():
                if line and line[-1][0] != " ":
                    line.append((" ", span.start + i))
            else:
                line.append((char, span.start + i))
        while line and line[-1][0] == " ":
            line.pop()
        if not line:
            continue
        if len(chars) + len(line) > MAX_CHARS:
            break
        if chars:
            chars.extend(_GAP)
            origin.extend([-1] * len(_GAP))
        chars.extend(c for c, _ in line)
        origin.extend(o for _, o in line)
    return "".join(chars), origin


def _to_source(mention: Mention, origin: list[int]) -> tuple[int, int] | None:
    """(start, end) in the source of a mention of the furniture text; None across two lines."""
    if not 0 <= mention.start < mention.end <= len(origin):
        return None
    inside = origin[mention.start:mention.end]
    if -1 in inside:
        return None
    return inside[0], inside[-1] + 1


def page_entities(source: str, spans: list[FieldSpan], language: str | None, nlp=None) -> list[Entity]:
    """The entities the furniture lines name; their mentions are offsets into ``source``."""
    text, origin = furniture_text(source, spans)
    if not text.strip():
        return []
    from claimgraph.extract.cyrillic import LANGUAGES

    if language in LANGUAGES:
        from claimgraph.extract.cyrillic.document import CyrillicReader

        reader = CyrillicReader(text, language)
        reader.run()
        found = reader.entities()
    else:
        from claimgraph.extract.attribution import extract_claims

        found = extract_claims(text, nlp=nlp).entities
    out = []
    for ent in found:
        if ent.type in _NOT_NAMES:
            continue
        mentions: list[Mention] = []
        for at in (_to_source(m, origin) for m in ent.mentions):
            if at is not None and all(at != (x.start, x.end) for x in mentions):
                # the page's characters, markup inside a name read as one space
                mentions.append(Mention(" ".join(blank_markup(source[at[0]:at[1]]).split()), at[0], at[1], "page"))
        if mentions:
            out.append(Entity(ent.name, ent.type, mentions))
    return out


def add_page_entities(ext: Extraction, found: list[Entity], language: str | None) -> None:
    """Join the furniture's entities to the document's: the same name is the same entity, and a
    lone word that is the surname of exactly one person the document names in full is that person
    (in any case, for Russian and Ukrainian); the rest are new entities of the document. The
    document's claims are not touched."""
    from claimgraph.extract.cyrillic import LANGUAGES

    by_name = {e.name: e for e in ext.entities}
    full: dict[str, str] = {}
    shared: set[str] = set()
    for e in ext.entities:
        if e.type == "PERSON" and len(e.name.split()) >= 2:
            key = e.name.split()[-1].lower()
            if key in full and full[key] != e.name:
                shared.add(key)
            full[key] = e.name
    for key in shared:
        del full[key]
    for ent in found:
        name = ent.name
        if len(name.split()) == 1 and full:
            if language in LANGUAGES:
                from claimgraph.extract.cyrillic.nominative import surname_of_full_name

                hit = surname_of_full_name(language, name, full)
            else:
                hit = name.lower() if name.lower() in full else None
            if hit:
                name = full[hit]
        known = by_name.get(name)
        if known is not None:
            known.mentions.extend(ent.mentions)
        else:
            ent.name = name
            by_name[name] = ent
            ext.entities.append(ent)
