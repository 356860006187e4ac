"""Who a page says published its story, and whom it credits the story to.

Two different things, kept apart because linking needs both (docs/extraction.md, "Outlet and
reprint"):

- the **outlet**: the site that published the page, as the page names itself (its copyright
  line, the site name after a title, "| Site");
- the **credit**: the wire or site the story comes from, as the page credits it — a dateline
  ("KYIV, June 6 (Reuters) -", "PARIS (AP) —", "STOCKHOLM, June 10. /TASS/.",
  "СИМФЕРОПОЛЬ, 15 июн – РИА Новости."), a wire's copyright line ("© Thomson Reuters 2024"),
  a "Source: News Beast" line, or "This was reported by X" / "Об этом сообщает X" / "Про це
  повідомляє X". A story credited to someone other than its outlet is a reprint or a relay.

Known wire agencies are named once here (with the ways pages abbreviate them) so that "AP",
"Associated Press" and "(AP)" are one origin, and "ТАСС" is TASS; other credits keep the words
as printed. Only short names count: a credit is a name, never a sentence.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from claimgraph.extract.dates import MAX_URL_CHARS

#: Wire agencies: canonical name -> the other ways pages print it (matched whole, any case).
WIRES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Thomson Reuters", "Рейтер", "Рейтерс"),
    "Associated Press": ("AP", "The Associated Press"),
    "AFP": ("Agence France-Presse", "Agence France Presse", "Франс Пресс"),
    "dpa": ("Deutsche Presse-Agentur",),
    "Bloomberg": (),
    "UPI": ("United Press International",),
    "Anadolu": ("Anadolu Agency", "AA"),
    "Xinhua": (),
    "Kyodo": ("Kyodo News",),
    "EFE": (),
    "ANSA": (),
    "PTI": ("Press Trust of India",),
    "ANI": (),
    "IANS": (),
    "TASS": ("ТАСС",),
    "RIA Novosti": ("РИА Новости", "РИА «Новости»"),
    "Interfax": ("Интерфакс", "Інтерфакс", "Interfax-Ukraine", "Интерфакс-Украина", "Інтерфакс-Україна"),
    "Ukrinform": ("Укрінформ", "Укринформ"),
    "UNIAN": ("УНІАН", "УНИАН"),
    "Sputnik": ("Спутник",),
}
_WIRE_NAMES = {alias.casefold(): name for name, aliases in WIRES.items() for alias in (name, *aliases)}
_WIRE_WORD = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(alias) for alias in sorted(_WIRE_NAMES, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
#: The wires' own sites: a page there is the wire's, not a reprint of it ("apnews.com" is AP's).
WIRE_HOSTS: dict[str, str] = {
    "reuters.com": "Reuters", "apnews.com": "Associated Press", "ap.org": "Associated Press", "afp.com": "AFP",
    "dpa.com": "dpa", "bloomberg.com": "Bloomberg", "upi.com": "UPI", "aa.com.tr": "Anadolu",
    "xinhuanet.com": "Xinhua", "news.cn": "Xinhua", "kyodonews.net": "Kyodo", "efe.com": "EFE", "ansa.it": "ANSA",
    "ptinews.com": "PTI", "aninews.in": "ANI", "ianslive.in": "IANS", "tass.ru": "TASS", "tass.com": "TASS",
    "ria.ru": "RIA Novosti", "interfax.ru": "Interfax", "interfax.com.ua": "Interfax", "ukrinform.ua": "Ukrinform",
    "ukrinform.net": "Ukrinform", "unian.ua": "UNIAN", "unian.net": "UNIAN", "unian.info": "UNIAN",
    "sputniknews.com": "Sputnik", "sputnikglobe.com": "Sputnik", "sputnik.by": "Sputnik", "sputnik.kz": "Sputnik",
    "interfax.com": "Interfax", "interfax.by": "Interfax", "interfax.kz": "Interfax",
}

# Copyright lines: "© 2026 The Tarnov Independent. All rights reserved.", "Copyright © Daily
# Sabah 2024", "(c) Thomson Reuters 2024". Horizontal whitespace only (``\s`` under re.M spans
# newlines: quadratic on a page of blank lines).
COPYRIGHT = re.compile(
    r"^[ \t]*(?:copyright[ \t]*)?(?:©|\(c\)|copyright)[ \t]*(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?)?[ \t]*,?[ \t]*"
    r"(?P<name>[^\n|]{2,80}?)[ \t]*(?:\.|\||all rights reserved|$)",
    re.I | re.M,
)
_WIRE_PUNCTUATION = " \t()/—–-."
# a holder's tail: the year, and the dash or comma that led on to the notice's own words
# ("© 2022 Foo - All rights reserved" holds "Foo", not "Foo -")
_TRAILING_YEAR = re.compile(r"[ \t,–—-]*(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?)?[ \t.,–—-]*$")

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
# A name: up to five words, each capitalised, an acronym, a domain or a joining particle.
_NAME = rf"[{_UPPER}0-9«\"][\w.&'’«»\"-]*(?:[ \t]+(?:[{_UPPER}0-9«\"][\w.&'’«»\"-]*|of|the|de|des|и|і|та)){{0,4}}"
# Datelines open the article's first paragraph: a place in capitals, maybe a date, then the
# credit in brackets or slashes, or after a dash (the Russian agencies' style).
_PLACE = rf"[{_UPPER}][{_UPPER}.'’ -]{{1,40}}"
_DATELINE = re.compile(
    rf"^(?:{_PLACE}(?:,[^()\n/]{{1,30}}?)?[ \t]*)?\((?P<paren>{_NAME})\)[ \t]*[-–—:]"
    rf"|^{_PLACE},[^/\n]{{1,30}}?[ \t]*/(?P<slash>{_NAME})/"
    rf"|^{_PLACE},[ \t]+\d{{1,2}}[ \t]+[\w.]+(?:[ \t]+\d{{4}})?[ \t]*[-–—][ \t]*(?P<dash>{_NAME})\.",
)
# "Source: News Beast", "Источник: ...", "Джерело: ..."; and "This was reported by X".
# Cue words match in any case; the name must be capitalised (no re.I over the whole pattern).
_SOURCE_LINE = re.compile(rf"^(?i:source|sources|via|источник|джерело)[ \t]*:[ \t]*(?P<name>{_NAME})[ \t.]*$")
_REPORTED_BY = re.compile(
    rf"(?:^|[.!?][ \t]+)(?i:source[.:][ \t]*)?(?i:this|it)[ \t]+(?:was|is|has been)[ \t]+reported[ \t]+by[ \t]+(?P<en>{_NAME})\."
    rf"|\b(?i:об этом (?:сообщает|сообщил[аио]?|пишет))[ \t]+(?P<ru>{_NAME})(?=[ \t]+со ссылкой|[.,])"
    rf"|\b(?i:про це (?:повідомляє|повідоми(?:в|ла|ло|ли)|пише))[ \t]+(?P<uk>{_NAME})(?=[ \t]+з посиланням|[.,])",
)
#: Credits longer than this many words are sentences, not names.
MAX_NAME_WORDS = 5
#: The first paragraphs where a dateline or "this was reported by" is looked for.
LEAD_PARAGRAPHS = 3


def canonical(name: str | None) -> str | None:
    """A wire's canonical name ("AP" -> "Associated Press"); any other name as printed."""
    if not name:
        return None
    name = name.strip(" \t.,;:-–—«»\"")
    if not name or len(name.split()) > MAX_NAME_WORDS:
        return None
    return _WIRE_NAMES.get(name.casefold(), name)


def is_wire(name: str | None) -> bool:
    return bool(name) and name.strip().casefold() in _WIRE_NAMES


#: A name written as a host ("tarnovnews.co.uk"): a site known by its address, never a wire's own name.
_HOST_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def same_source(a: str | None, b: str | None) -> bool:
    """Whether two names are one outlet: equal once wires are canonical, or one holds the
    other's words ("Sputnik" and "Sputnik International", "Daily Sabah" and "dailysabah.com")."""
    a, b = canonical(a), canonical(b)
    if not a or not b:
        return False
    # a wire's own site name holds its name or an alias as a word ("AP News", "ТАСС Новости"); a
    # host is a wire's only through WIRE_HOSTS ("tarnovbloomberg.example" reprints Bloomberg)
    for site, wire in ((a, b), (b, a)):
        if is_wire(wire) and not is_wire(site):
            if _HOST_NAME.fullmatch(site):
                return False
            if wire_in_name(site) == wire:
                return True
    fa, fb = _fold(a), _fold(b)
    return fa == fb or (min(len(fa), len(fb)) >= 4 and (fa in fb or fb in fa))


def wire_in_name(name: str) -> str | None:
    """The canonical wire whose name or alias is a whole word of ``name`` ("AP News" ->
    "Associated Press", "Укрінформ Новини" -> "Ukrinform"), or None. Only short names are read."""
    match = _WIRE_WORD.search(name) if len(name) <= 80 else None
    return _WIRE_NAMES[match.group(0).casefold()] if match else None


def _fold(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.casefold())
    name = re.sub(r"\.(?:com|net|org|ru|ua|info|media|us|co\.uk)$", "", name)
    return re.sub(r"[\W_]+", "", name)


def site_from_url(url: str | None) -> str | None:
    """The site's host from a page's address, as outlets are known by it ("lenta.ru",
    "waves-ua.com"): lower case, a leading "www.", "m." or "amp." dropped; a wire's own site
    (or a part of it: "en.interfax.com.ua") gives the wire's name; None without a host."""
    if not url:
        return None
    try:
        host = urlsplit(url[:MAX_URL_CHARS].strip()).hostname
    except ValueError:
        return None
    if not host or "." not in host or re.fullmatch(r"[\d.]+|[\da-f:]+", host):
        return None   # no host, a bare name ("localhost") or an IP address names no outlet
    host = _display_host(host)
    if host is None or host.removeprefix("www.") in ARCHIVE_HOSTS or host.endswith(ARCHIVE_SUFFIXES):
        return None   # junk (NUL, spaces, %-escapes, bad punycode) or an archive's copy names no outlet
    host = re.sub(r"^(?:www\d?|m|amp)\.", "", host)
    labels = host.split(".")
    for cut in range(len(labels) - 1):
        if (wire := WIRE_HOSTS.get(".".join(labels[cut:]))) is not None:
            return wire
    return host


#: Web archives and caches: a copy there is not their story ("web.archive.org/web/.../site/...").
ARCHIVE_HOSTS = frozenset({"web.archive.org", "archive.org", "archive.today", "archive.ph", "archive.is",
                           "archive.li", "archive.md", "archive.vn", "webcache.googleusercontent.com",
                           "cachedview.nl", "ghostarchive.org"})
ARCHIVE_SUFFIXES = (".archive.org",)
_ASCII_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_WORD_LABEL = re.compile(r"[^\W_](?:[\w-]{0,61}[^\W_])?")   # a label written in its own script ("сайт")


def _display_host(host: str) -> str | None:
    """A host as a reader writes it (punycode labels decoded: "xn--80aswg.xn--p1ai" -> "сайт.рф"),
    or None when it is not a well-formed host name (NUL, spaces, "%" escapes, bad punycode)."""
    shown = []
    for label in host.split("."):
        if not (_ASCII_LABEL.fullmatch(label) or (not label.isascii() and _WORD_LABEL.fullmatch(label))):
            return None
        if label.startswith("xn--"):
            try:
                label = label.encode("ascii").decode("idna")
            except UnicodeError:
                return None
        shown.append(label)
    return ".".join(shown)


def has_copyright_mark(text: str) -> bool:
    """A cheap test before :func:`copyright_holder` (most lines have no copyright mark)."""
    return "©" in text or "opyright" in text or "(c)" in text or "(C)" in text or "COPYRIGHT" in text


#: The notice's own words, never a holder ("All rights reserved", "Все права защищены", "Усі права захищено").
_RIGHTS_RESERVED = re.compile(r"(?i)all\s+rights\s+reserved|вс[еі]\s+права|ус[іе]\s+права|права\s+(?:защищены|захищен)")


def rights_reserved(text: str) -> bool:
    """A copyright notice with no mark ("The Tamber Port Gazette, Poti. All rights reserved.")."""
    return _RIGHTS_RESERVED.search(text) is not None


#: A mark with a year after it ("CTT (c) 2026", "Copyright 2026"): a notice whose holder comes first.
_MARK_AND_YEAR = re.compile(r"(?:\(c\)|copyright)[ \t]*\d{4}", re.I)


def copyright_line(text: str) -> bool:
    """Whether a short line is a copyright notice: it bears a "©", or a holder is read from it
    ("(c) Orsk Valley Courier"), or a "(c)" or "Copyright" has a year after it ("CTT (c) 2026"). A
    bare "(c)" is no notice: a list's third item "(c) take the boat" is none."""
    return "©" in text or _MARK_AND_YEAR.search(text) is not None or copyright_holder(text) is not None


def copyright_holder(text: str) -> tuple[str, int, int] | None:
    """(name, start, end) of the first copyright line's holder, year and "All rights reserved"
    left out, or None."""
    for match in COPYRIGHT.finditer(text):
        name = _TRAILING_YEAR.sub("", match.group("name")).strip()
        # a holder is a name: not the notice's own words ("© 2019 All rights reserved.") nor a
        # lower-case run of a sentence ("Copyright and reprint permissions")
        if name and not name[:1].isdigit() and not name.split()[0].islower() \
                and len(name.split()) <= MAX_NAME_WORDS and not _RIGHTS_RESERVED.match(name):
            start = match.start("name")
            return name, start, start + len(name)
    return None


def dateline_credit(paragraph: str) -> tuple[str, int, int] | None:
    """(credit, start, end) of the dateline opening ``paragraph``, or None."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    group = next(g for g in ("paren", "slash", "dash") if match.group(g))
    name = canonical(match.group(group))
    return (name, match.start(group), match.end(group)) if name else None


def stated_credit(line: str) -> tuple[str, int, int] | None:
    """(credit, start, end) from "Source: X" or "This was reported by X" in ``line``, or None."""
    match = _SOURCE_LINE.match(line) or _REPORTED_BY.search(line)
    if not match:
        return None
    group = next(g for g in ("name", "en", "ru", "uk") if g in match.re.groupindex and match.group(g))
    name = canonical(match.group(group))
    return (name, match.start(group), match.end(group)) if name else None


def wire_line(line: str) -> tuple[str, int, int] | None:
    """(wire, start, end) when ``line`` only names a known wire ("(Reuters)", "— AFP", "By AP")."""
    if len(line) > 60:
        return None
    name = line.strip(_WIRE_PUNCTUATION)
    for lead in ("by ", "from "):
        if name[: len(lead)].casefold() == lead:
            name = name[len(lead) :].strip(_WIRE_PUNCTUATION)
    if not is_wire(name):
        return None
    start = line.find(name)
    return canonical(name), start, start + len(name)


def story_credit(paragraphs: list[str]) -> tuple[str, int, int, int, bool] | None:
    """(credit, paragraph index, start, end, from a dateline) of the story's credit.

    In order: a dateline opening one of the first paragraphs; a copyright line naming a wire
    ("© Thomson Reuters 2024") or a line naming only a wire ("(AFP)", "— Reuters"), anywhere;
    "Source: X" or "This was reported by X" in the first paragraphs or on a short line of its
    own anywhere.
    """
    for index, paragraph in enumerate(paragraphs[:LEAD_PARAGRAPHS]):
        found = dateline_credit(paragraph)
        if found:
            return (*_at(index, found), True)
    for index, paragraph in enumerate(paragraphs):
        if len(paragraph) > 200:
            continue
        held = copyright_holder(paragraph) if has_copyright_mark(paragraph) else None
        if held and is_wire(held[0]):
            return (canonical(held[0]), index, held[1], held[2], False)
        if len(paragraph) <= 60 and (found := wire_line(paragraph)):
            return (*_at(index, found), False)
    for index, paragraph in enumerate(paragraphs):
        if index < LEAD_PARAGRAPHS or len(paragraph.split()) <= 8:
            found = stated_credit(paragraph)
            if found:
                return (*_at(index, found), False)
    return None


def _at(index: int, found: tuple[str, int, int]) -> tuple[str, int, int, int]:
    return found[0], index, found[1], found[2]


def choose_outlet(outlet: str | None, credit: tuple[str, bool] | None) -> tuple[str | None, str | None]:
    """(outlet, reprinted_from) from the outlet the page names and the story's credit.

    A story whose dateline credits an agency, on a page that names no other outlet, is taken
    as that agency's own (a TASS page opens "MOSCOW, June 6. /TASS/."); a credit that is not
    the outlet makes the story a reprint of it.
    """
    if credit is None:
        return outlet, None
    name, from_dateline = credit
    if outlet is None and from_dateline:
        return name, None
    if same_source(outlet, name):
        return outlet, None
    return outlet, name
