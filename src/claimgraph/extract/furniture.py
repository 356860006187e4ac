"""Entities in the page's furniture: the names a page prints outside its article (a byline's
author, a photo credit's agency, a tag line, a "read also" line, a copyright line), which the
readers leave out of the body but hand over as ``article.spans["furniture"]`` (offsets into the
page's whole decoded text, the text the archived bytes decode to).

The lines are read by the body's own entity readers (spaCy for English, the Cyrillic reader for
Russian and Ukrainian), each line a paragraph of its own, and their mentions say ``field="page"``
with offsets into the page's text, so each still points back to characters of the hashed source.
Only entities come from the furniture: its claims are never read (Russian and Ukrainian lines go
through the Cyrillic reader, whose claims are dropped; English lines only through the parse's
entities), so a furniture name never gives a claim a speaker and never feeds a relation; a name the article also gives joins its entity.
"""

from __future__ import annotations

import html
import re

from claimgraph.extract.article_types import FieldSpan, UNLOCATED
from claimgraph.extract.attribution.model import Entity, Extraction, Mention
from claimgraph.extract.credits import _fold, copyright_holder, has_copyright_mark, is_wire, same_source, stated_credit
# the readers' own bounds per page, held again here whatever a reader hands over
from claimgraph.extract.plaintext.furniture import MAX_FURNITURE_CHARS, MAX_FURNITURE_LINES

#: Between two lines in the text the entity readers see: each line a sentence and a paragraph of
#: its own (without the full stop a tagger runs a name on into the next line's label).
_GAP = " .\n\n"
#: The furniture is read for names: a date or a number on a credit or dateline line is the page's
#: metadata (read by the date readers), no entity of the page.
_NOT_NAMES = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"))
#: A separator between names on one line ("Photo: Ana Fell / Kestrel Images", "Tags: A | B")
#: closes a segment as a line ends: a comma would still let a tagger run two names into one.
_SEPARATORS = frozenset("/|•·")
_MARKUP = re.compile(r"<(/?)([A-Za-z][\w-]*)?[^<>]*>|&#?\w{1,32};")
_BREAK = None
#: (character, start, end in the source) or _BREAK between two segments
_Item = tuple[str, int, int] | None


def _html_items(piece: str, offset: int) -> list[_Item]:
    """An HTML line's characters: a tag reads as a space, except that a closing tag followed by an
    opening tag of the same name with no text between ("<a>A</a><a>B</a>", a tag list of links)
    reads as a separator; a character entity reads as its character (spanning the entity)."""
    items: list[_Item] = []
    pos = 0
    closed: str | None = None
    for match in _MARKUP.finditer(piece):
        for i in range(pos, match.start()):
            items.append((piece[i], offset + i, offset + i + 1))
            if not piece[i].isspace():
                closed = None
        pos = match.end()
        at, to = offset + match.start(), offset + match.end()
        if match.group().startswith("&"):
            char = html.unescape(match.group())
            items.extend((c, at, to) for c in (char if char != match.group() else " "))
            if char.strip() and char != match.group():
                closed = None
            continue
        name = (match.group(2) or "").lower()
        if match.group(1):
            closed = name
            items.append((" ", at, to))
        elif name and name == closed:
            items.append(_BREAK)
            closed = None
        else:
            items.append((" ", at, to))
    items.extend((piece[i], offset + i, offset + i + 1) for i in range(pos, len(piece)))
    return items


def _segments(items: list[_Item]) -> list[list[tuple[str, int, int]]]:
    """The items cut at breaks and separators, each segment's space runs read as one space."""
    out: list[list[tuple[str, int, int]]] = []
    line: list[tuple[str, int, int]] = []
    for item in items:
        if item is None or item[0] in _SEPARATORS:
            while line and line[-1][0] == " ":
                line.pop()
            if line:
                out.append(line)
            line = []
        elif item[0].isspace():
            if line and line[-1][0] != " ":
                line.append((" ", item[1], item[2]))
        else:
            line.append(item)
    while line and line[-1][0] == " ":
        line.pop()
    if line:
        out.append(line)
    return out


def furniture_text(source: str, spans: list[FieldSpan]) -> tuple[str, list[tuple[int, int] | None]]:
    """The furniture lines joined as paragraphs, and for each of its characters the (start, end)
    in ``source`` it comes from (None between two lines). In a line, markup (an HTML line's tags)
    and every run of spaces read as one space, a character entity as its character, and a
    separator between names ("/", "|", a tag list's links) closes a segment as a line ends, so no
    reader runs two names into one or loses one to a run of spaces."""
    chars: list[str] = []
    origin: list[tuple[int, int] | None] = []
    for span in spans[:MAX_FURNITURE_LINES]:
        if span.locator == UNLOCATED or not 0 <= span.start < span.end <= len(source):
            continue
        piece = source[span.start:span.end]
        if span.locator == "html":
            items = _html_items(piece, span.start)
        else:
            items = [(c, span.start + i, span.start + i + 1) for i, c in enumerate(piece)]
        segments = _segments(items)
        if len(chars) + sum(len(seg) + len(_GAP) for seg in segments) > MAX_FURNITURE_CHARS:
            break
        for seg in segments:
            if chars:
                chars.extend(_GAP)
                origin.extend([None] * len(_GAP))
            chars.extend(c for c, _, _ in seg)
            origin.extend((a, b) for _, a, b in seg)
    return "".join(chars), origin


def _to_source(mention: Mention, origin: list[tuple[int, int] | None]) -> tuple[int, int] | None:
    """(start, end) in the source of a mention of the furniture text; None across two segments."""
    if not 0 <= mention.start < mention.end <= len(origin):
        return None
    inside = origin[mention.start:mention.end]
    first, last = inside[0], inside[-1]
    if first is None or last is None or None in inside:
        return None
    return first[0], last[1]


def _organisation(name: str, outlets: tuple[str, ...]) -> bool:
    """Whether a furniture name is an organisation by what the page already tells: a known wire or
    agency ("Photo: Reuters", "Фото: УНІАН"), or the page's own outlet or the story's credit as the
    readers found them (a "Source: X" or copyright line names a publication, never a person). The
    name must hold the outlet, not sit inside it: "Sputnik International" is the outlet Sputnik, but
    "London" on a tag line is no "London Evening Courier"."""
    return is_wire(name) or any(same_source(name, outlet) and len(_fold(name)) >= len(_fold(outlet))
                                for outlet in outlets if outlet)


_HOLDER_TAIL = re.compile(r"(?:[\s\-–—]+\d{4})?[\s\-–—]+$")


def _credits(text: str) -> tuple[list[str], list[tuple[str, int, int]]]:
    """The names the furniture's "Source: X" lines credit, as the credit reader reads them, and each
    copyright line's holder as (name, start, end) in ``text``."""
    names: list[str] = []
    holders: list[tuple[str, int, int]] = []
    at = 0
    for line in text.split(_GAP):
        credited = stated_credit(line)
        if credited:
            names.append(credited[0])
        held = copyright_holder(line) if has_copyright_mark(line) else None
        if held:
            # the holder as the outlet reader bounds it, less a dash or year it leaves at the end
            # ("(c) RTCM 2026 - All rights reserved")
            name = _HOLDER_TAIL.sub("", held[0])
            if name:
                holders.append((name, at + held[1], at + held[1] + len(name)))
        at += len(line) + len(_GAP)
    return names, holders


def page_entities(source: str, spans: list[FieldSpan], language: str | None, nlp=None,
                  outlets: tuple[str, ...] = ()) -> list[Entity]:
    """The entities the furniture lines name; their mentions are offsets into ``source``. A name
    that is a known wire or one of ``outlets`` (the page's outlet and credit) is an organisation,
    whatever type the tagger gave it: a tagger reads a short credit ("Source: Tamber Wire") as a
    person. Only a PERSON is retyped, and only when its name holds the outlet's (a tagged "London"
    stays a place under "London Evening Courier"). A copyright line's holder is one organisation as
    the credit reader bounds it (a tagger cuts "(c) Tamber Coast Daily 2026" to "Coast Daily 2026"),
    unless the tagger reads the holder, whole, as a person and the page knows it as no outlet: a
    photographer's "© Ostap Benedyk" stays a person."""
    text, origin = furniture_text(source, spans)
    if not text.strip():
        return []
    credited, holders = _credits(text)
    # the page's outlets and its "Source:" credits; a copyright holder joins them below unless a person's
    outlets = (*outlets, *credited)
    from claimgraph.extract.cyrillic import LANGUAGES

    if language in LANGUAGES:
        from claimgraph.extract.cyrillic.document import CyrillicReader

        reader = CyrillicReader(text, language)
        reader.run()
        found = reader.entities()
    else:
        from claimgraph.extract.attribution import extract_entities

        found = extract_entities(text, nlp=nlp)   # the claims would be dropped: not read
    # a holder the tagger reads as a person, whole, and the page knows as no outlet is a person's
    # credit ("© Ostap Benedyk" under a photograph): it keeps the tagger's type
    persons = {(m.start, m.end) for e in found if e.type == "PERSON" for m in e.mentions}
    holders = [h for h in holders if (h[1], h[2]) not in persons or _organisation(h[0], outlets)]
    outlets = (*outlets, *(name for name, _, _ in holders))
    out = []
    for ent in found:
        if ent.type in _NOT_NAMES:
            continue
        mentions: list[Mention] = []
        for m in ent.mentions:
            if any(m.start < end and start < m.end for _, start, end in holders):
                continue   # the holder's own mention is added below
            at = _to_source(m, origin)
            if at is not None and all(at != (x.start, x.end) for x in mentions):
                # the name as the page shows it (markup inside read as a space, entities decoded)
                mentions.append(Mention(text[m.start:m.end], at[0], at[1], "page"))
        if mentions:
            # only a person is retyped: the tally's class is outlets read as persons, and a place or
            # an event the tagger typed stays what it is
            kind = "ORG" if ent.type == "PERSON" and _organisation(ent.name, outlets) else ent.type
            out.append(Entity(ent.name, kind, mentions))
    for name, start, end in holders:
        at = _to_source(Mention(name, start, end), origin)
        if at is None:
            continue
        mention = Mention(text[start:end], at[0], at[1], "page")
        same = next((e for e in out if e.name == name), None)
        if same is None:
            out.append(Entity(name, "ORG", [mention]))
        elif all((mention.start, mention.end) != (x.start, x.end) for x in same.mentions):
            same.mentions.append(mention)
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
        # only a person's name may be a person's surname ("Jordan" on a tag line may be the country)
        if ent.type == "PERSON" and len(name.split()) == 1 and full:
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
