"""People and credits: the author (a byline, a "Written By" label, a bio printed twice) and a
trailing bio dropped from the body, the outlet as the page names itself (its copyright line or the
site's name after the headline), and captions with their credits.
"""

from __future__ import annotations

import re

from claimgraph.extract import credits
from claimgraph.extract.article_types import UNLOCATED, Caption, FieldSpan
from .lines import Line, _AUTHOR_LABEL, _BYLINE, _CREDIT, _key, count_words, is_menu_line


# A personal name: two to four capitalised words (initials and particles allowed inside).
_NAME = re.compile(
    r"^((?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’.-]*\s+)(?:(?:van|von|de|der|da|del|di|la|le|bin|al)\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’.-]*\s*){1,3})"
)


def _name_line(text: str) -> bool:
    """A line that is a person's name and nothing else ("Ann Vos", "Mary J. Dole")."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.rstrip(".").replace("-", "").isalpha() for w in words)


def find_outlet(lines: list[Line], headline: str | None, body_first: int | None,
                headline_at: int | None = None) -> tuple[str, int, int] | None:
    """(name, start, end) of the outlet as the page names itself: its masthead where the
    footer bears it out (see below), else the last copyright line that does not name a wire
    (the site's footer) unless it names a company, else the site's name after the headline on
    a title line ("Headline | Site", "Headline - Site"), else a company's copyright line.

    A line above the headline shaped like a paper's name (``_masthead``) is taken only when the
    copyright line names an owner and the line is the owner's name with its owner word turned
    into paper words ("Harbor Line News" over "© 2022 Harbor Line Media": the logo names the
    paper, the footer its owner; ``_owners_paper``). Alone, such a line is as often a section,
    a topic, an author or a trending item ("Crime News", "Film Review", "Opinion" over a menu,
    "Post Office Scandal"), as session 10's review found; nor is a line that merely opens with
    the owner's town ("Tolmore Post Office Closes" over "© Tolmore Media Ltd"), or one over a
    footer that names a paper itself ("Pellworth Today" over "© Pellworth Gazette")."""
    holder = None
    for line in lines:
        if line.words > 20 or line.caption or not credits.has_copyright_mark(line.text):
            continue
        if found := credits.copyright_holder(line.text):
            if not credits.is_wire(found[0]):
                holder = (found[0], line.start + found[1], line.start + found[2])
    if (masthead := _confirmed_masthead(lines, headline_at, holder[0] if holder else None)) is not None:
        return masthead
    if headline_at is not None and holder:
        for line in lines[: min(headline_at, MASTHEAD_LINES)]:
            if _masthead(line.text) and _owners_paper(line.text, holder[0]):
                name = line.text.strip()
                return name, line.start, line.start + len(name)
    if holder and not _COMPANY.search(holder[0]):
        return holder
    # a company's copyright ("© Tarnov Media Group, Inc") names the owner, not the site: the
    # site's own name on a title line wins over it
    return _title_site(lines, headline, body_first) or holder


#: A masthead line's logo ends where its menu or tagline starts: a bar, a wide space, "::".
_MASTHEAD_END = re.compile(r"\s*[|:]{1,2}\s+|\s{2,}|\s+[/›>»]\s+")
#: Where a logo joins the outlet's two names ("RTCM - Radio Television Corvin du Mali",
#: "GAO COURIER (Corvin Gao Courier)") or its owner ("NEWSBOX by Corvin").
_MASTHEAD_JOIN = re.compile(r"\s+[-–—]\s+|\s*\(|\)")
_MASTHEAD_OWNER = re.compile(r"\s+by\s+.*$", re.IGNORECASE)
#: The page's first lines looked at for a masthead that the page bears out below.
CONFIRMED_MASTHEAD_LINES = 3
#: At most this many later lines are searched for the masthead's name (a page's length bounds it).
MASTHEAD_CONFIRM_LINES = 400


def _masthead_names(text: str) -> tuple[list[str], bool]:
    """The outlet's names a page's top line gives ahead of its menu or tagline, longest first:
    "CVTV - Corvin Vietnam Coastal Television" gives both names, "THE CORVIN DISPATCH  |  Sudan
    Darfur" its logo, "Tamber Green Bulletin  -  news from ..." the logo (a tagline in lower case
    is no name). Each is one to six capitalised words (one only in capitals: "RTCM", "NEWSBOX").
    With them, whether the name is a weak one: alone on its line, in mixed case, with no paper's
    word ("Tamber Health Watch"), to be borne out only by a copyright line."""
    head = _MASTHEAD_END.split(text.strip(), maxsplit=1)[0]
    parts = _MASTHEAD_JOIN.split(head)
    # a name alone on its line is as often a topic or a column's title ("Middle East Crisis" over
    # "More from Middle East Crisis"): unless a logo in capitals or a name with a paper's word, only
    # the page's copyright line bears it out; a logo with a menu, a tagline or its other name
    # beside it shows itself by them
    alone = head == text.strip() and len([p for p in parts if p.strip()]) == 1
    names, weak = [], False
    for part in parts[:2]:
        part = _MASTHEAD_OWNER.sub("", part).strip(" -–—.,")
        words = part.split()
        if not 1 <= len(words) <= 6 or len(part) > 60 or re.search(r"[\d|:!?«»\"/@]", part):
            continue
        if not all(_logo_name_word(w) for w in words):
            continue
        if all(w.casefold() in _CHROME_WORDS | _MASTHEAD_PARTICLES for w in words):
            continue
        if len(words) == 1 and not (part.isupper() and len(part) >= 2):
            continue
        weak = alone and not part.isupper() and not _MASTHEAD_WORD.search(part)
        names.append(part)
    return sorted(names, key=lambda n: -len(n.split())), weak


def _names_again(name: str, text: str) -> bool:
    """Does ``text`` print ``name`` again as a name (any case, each word capitalised: "Corvin
    Rights Observatory" for "CORVIN RIGHTS OBSERVATORY"), not as words of a sentence ("Storm
    season on the islands" does not repeat a "Storm Season" label)?"""
    for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
        words = found.group().split()
        if len(words) == len(name.split()) and all(_logo_name_word(w) for w in words):
            return True
    return False


#: A footer's "About Outlet" line (a link to the site's own page).
_ABOUT = re.compile(r"^\s*(?:about|о|про)\s+(?P<name>.{1,60}?)\s*[.:]?\s*$", re.IGNORECASE)


def _names_outlet_strongly(names: list[str], text: str, copyright_only: bool) -> bool:
    """Does ``text`` name the outlet (one of ``names``, whole) in a place where a page names
    itself: a copyright line ("(c) OBC 2026", "© 2026 Skelland Mariner"), a dateline's credit
    ("KARNHOLM, 4 March 2026 (NRA) -"), a footer's "About Isles Post"? A menu, a byline, "Follow
    X", "More from X", "Sponsored by X", "powered by X" or a sentence names a column, an author,
    a topic or a partner as often: never counted."""
    if credits.has_copyright_mark(text) or credits.rights_reserved(text):
        return count_words(text) <= 20 and any(_names_again(n, text) for n in names)
    if copyright_only:
        return False
    if (credit := credits.dateline_credit(text)) is not None:
        return any(credit[0].casefold() == n.casefold() for n in names)
    if (about := _ABOUT.match(text)) is not None:
        return any(_names_again(n, about.group("name")) and len(about.group("name").split()) == len(n.split())
                   for n in names)
    return False


#: The page's last lines looked at for the site's signature (``_signs_off``).
SIGNATURE_LINES = 4
#: What follows the site's name in its signature line: a dash before its tagline ("Gao Courier -
#: independent local weekly").
_SIGNATURE_DASH = re.compile(r"^\s*[-–—]\s*\w")
#: Or the verb of a sentence about itself ("X is an independent newsroom", "X є незалежним", "X
#: это"): a body's last paragraph says "The Wagner Group is a ..." as often, so this form counts
#: only on a line that also carries footer chrome (a bar or dot between links: "Terms | Privacy").
_SIGNATURE_VERB = re.compile(r"^\s(?:is|are|є|это)\s+\w", re.IGNORECASE)
_FOOTER_CHROME = re.compile(r"[|·•]")


def _signs_off(names: list[str], text: str, weak: bool) -> bool:
    """Does ``text``, one of the page's last lines, sign the page with the outlet's name: the
    name opens a short line and a tagline follows it ("The Corvin Dispatch - independent news on
    Sudan. Terms | Cookies", "Подільський вісник — незалежне видання з 1998 року", "Fennick
    Valley Monitor is an independent newsroom")? That is how a site's footer names the site, as a
    copyright line does; a body's last sentence about a topic rarely opens with the topic's name
    and a dash. The "X is ..." form counts only with footer chrome on the same line (a body's
    background sentence "The Wagner Group is a ..." has none). A weak name (see
    ``_masthead_names``: a columnist, a topic label, a kicker as often as a site) is never borne
    out by a signature, only by a copyright line (the session-14 review's rule)."""
    if weak:
        return False
    if count_words(text) > 20:
        return False
    stripped = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    for name in names:
        bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        head = stripped[: len(bare)]
        # case is not checked: a Cyrillic site writes its name in sentence case ("Подільський
        # вісник" under "ПОДІЛЬСЬКИЙ ВІСНИК"); the line's shape is the evidence
        if head.casefold() != bare.casefold() or stripped[len(bare): len(bare) + 1].isalnum():
            continue
        rest = stripped[len(bare):]
        if _SIGNATURE_DASH.match(rest) or (_SIGNATURE_VERB.match(rest) and _FOOTER_CHROME.search(rest)):
            return True
    return False


def _same_name(name: str, holder: str) -> bool:
    """Does a copyright line's holder name the masthead's outlet: the same words, or one the
    other's first words ("© RTCM 2026 -" for "RTCM", "CNNA Corvin Nusantara" for "CNNA Corvin
    Nusantara News Agency")? Another name ("Quellan Ledger" under "Ilse Marwen") does not."""
    a, b = name.casefold().split(), holder.casefold().split()
    shorter = min(len(a), len(b))
    return shorter > 0 and a[:shorter] == b[:shorter]


def _confirmed_masthead(lines: list[Line], headline_at: int | None,
                        holder: str | None = None) -> tuple[str, int, int] | None:
    """(name, start, end) of the outlet named by the page's top line ahead of its menu, when the
    page names the outlet again below it in a place where a page names itself (a copyright line,
    a dateline's credit, a footer's "About X": ``_names_outlet_strongly``; or one of the page's
    last lines signing it, "Gao Courier - independent local weekly": ``_signs_off``). A logo's short name
    may be the one repeated ("(c) CVTV 2026" bears out "CVTV - Corvin Vietnam Coastal
    Television"); the longer name is given. When the copyright line names a holder that is no
    company, the masthead must be that holder's name: a top line naming something else (an
    author, a column, a partner, a newsletter, a wire whose story the site reprints) yields to
    the site's own copyright."""
    if not headline_at:
        return None
    for index in range(min(headline_at, CONFIRMED_MASTHEAD_LINES)):
        line = lines[index]
        names, weak = _masthead_names(line.text)
        if not names or credits.is_wire(names[0]):
            continue
        if holder and not _COMPANY.search(holder) and not any(_same_name(n, holder) for n in names):
            continue
        # the signature is looked for on the page's last lines however long the page (they may
        # lie past the copyright search's reach)
        signature_from = max(index + 1, len(lines) - SIGNATURE_LINES)
        if any(_names_outlet_strongly(names, later.text, copyright_only=weak)
               for later in lines[index + 1: MASTHEAD_CONFIRM_LINES] if later is not lines[headline_at]) \
                or any(pos != headline_at and _signs_off(names, lines[pos].text, weak)
                       for pos in range(signature_from, len(lines))):
            name = names[0]
            at = line.text.find(name)
            return name, line.start + at, line.start + at + len(name)
    return None


#: How many of the page's first lines (those above the headline) are looked at for a masthead
#: (past menus, tickers and a skip link).
MASTHEAD_LINES = 12
#: Words that end an owner's name in a copyright line ("Harbor Line Media", "Kesmar Publishing
#: Ltd", "Valley Sentinel Group"): the company behind a paper, not the paper.
_OWNER_WORDS = frozenset(
    "media group publishing publishers publications ltd limited inc incorporated llc plc corp corporation "
    "company co holdings communications медиа медіа холдинг групп группа група".split())
#: At most this many words in a masthead taken over an owner's copyright line.
MASTHEAD_MAX_WORDS = 4
# The words newspapers' names are made with ("The Pellworth Gazette", "Harbor Line News",
# "Kingsmere Star", "Вечерний Вестник"); a masthead line must hold one, so that a person's name,
# a place or a section heading above the headline is never taken for the paper.
_MASTHEAD_WORD = re.compile(
    r"(?i:\b(?:news|times|post|daily|journal|herald|gazette|tribune|press|online|media|telegraph|guardian|"
    r"independent|observer|chronicle|courier|review|echo|star|standard|sentinel|ledger|voice|messenger|"
    r"weekly|bulletin|record|mirror|mail|express|examiner|dispatch|reporter|today|digest|monitor|globe|"
    r"inquirer|leader|advertiser|argus|enquirer|mercury|citizen|register|banner|beacon|"
    r"новости|вести|вестник|газета|курьер|известия|правда|новини|вісті|вісник|кур'єр|кур’єр)\b)"
)
# Chrome made only of generic words ("Breaking News", "Wire Services", "Top Stories", "World News").
_CHROME_WORDS = frozenset(
    "news wire services latest breaking live updates world top stories more related most read popular local "
    "nation national international business sport sports agency desk feed media online today daily the "
    "follow us subscribe sign in log menu search skip to content home register now donate newsletter "
    "новости новини главное головне".split()
)
_MASTHEAD_PARTICLES = frozenset({"of", "the", "and", "&", "de", "la", "и", "і", "та"})
#: A logo's name may also join its words with these ("Radio Television Corvin du Mali").
_LOGO_PARTICLES = _MASTHEAD_PARTICLES | {"du", "des", "di", "del"}


def _logo_name_word(word: str) -> bool:
    """A word of an outlet's name in a logo (:func:`_masthead_names`, :func:`_names_again`):
    capitalised, or a particle joining the name's words."""
    return word[:1].isupper() or word.casefold() in _LOGO_PARTICLES


def _owners_paper(masthead: str, holder: str) -> bool:
    """Is ``masthead`` the paper of the owner named by the copyright ``holder``: the owner's
    leading words, its owner words ("Media", "Group", "Ltd") dropped, followed by paper words
    only ("Harbor Line News" of "Harbor Line Media", "Valley Sentinel" of "Valley Sentinel
    Group", "Вечерний Вестник" of "Вечерний Медиа"), four words at most? A holder that is no
    owner ("Kelso Evening Star") names the paper itself; a line that goes on with other words
    ("Tolmore Post Office Closes", "Harbor Line Daily Briefing") is another story or a newsletter."""
    def words(text: str) -> list[str]:
        found = [w for w in (w.strip(".,").casefold() for w in text.split()) if w]
        return found[1:] if found[:1] == ["the"] else found

    paper, owner = words(masthead), words(holder)
    if not 1 <= len(paper) <= MASTHEAD_MAX_WORDS:
        return False
    stem = list(owner)
    while stem and stem[-1] in _OWNER_WORDS:
        stem.pop()
    if not stem or len(stem) == len(owner) or stem[0] in _CHROME_WORDS or paper[: len(stem)] != stem:
        return False
    tail = paper[len(stem):]
    if any(w in _OWNER_WORDS or not _MASTHEAD_WORD.fullmatch(w) for w in tail):
        return False
    return bool(_MASTHEAD_WORD.fullmatch(paper[-1])) and paper[-1] not in _OWNER_WORDS


def _masthead(text: str) -> bool:
    """A line that is a newspaper's name alone: two to five capitalised words (or capitals),
    one of them a word papers are named with, no digits, no sentence or menu punctuation
    ("Harbor Line News", "OAKRIDGE TRIBUNE"; not "News | Sport", "By Ann Vos", "Wire Services")."""
    text = text.strip()
    words = text.split()
    if not 2 <= len(words) <= credits.MAX_NAME_WORDS or len(text) > 60 or "  " in text:
        return False
    if re.search(r"[\d|:>/•·,;!?()«»\"]|[.]$", text) or credits.is_wire(text) or is_menu_line(text):
        return False
    if all(w.casefold() in _CHROME_WORDS | _MASTHEAD_PARTICLES for w in words):
        return False
    if not all(w[:1].isupper() or w.casefold() in _MASTHEAD_PARTICLES for w in words):
        return False
    return words[0].casefold() != "by" and _MASTHEAD_WORD.search(text) is not None


#: A company's name ("Tarnov Media Group, Inc", "Kesmar Publishing Ltd.", "Halvik Media Corporation").
_COMPANY = re.compile(
    r"(?i:\b(?:inc|incorporated|ltd|limited|llc|llp|plc|corp|corporation|company|co|gmbh|ag|s\.?a|holdings?|"
    r"communications|group)\.?$|\b(?:ооо|тов|ао|зао|пао)\b)"
)


def _title_site(lines: list[Line], headline: str | None, body_first: int | None) -> tuple[str, int, int] | None:
    """The site's name after the headline on a title line ("Headline | Site", "Headline - Site")."""
    if headline:
        key = _key(headline)
        for line in lines[: body_first if body_first is not None else len(lines)]:
            # the look-behind starts a separator only at a run's first space: linear on a line
            # of 100,000 spaces (the same split otherwise)
            parts = re.split(r"(?<!\s)\s+[|–—-]\s+", line.text)
            if len(parts) == 2 and _key(parts[0]) == key and 1 <= count_words(parts[1]) <= credits.MAX_NAME_WORDS:
                at = line.text.rfind(parts[1])
                return parts[1], line.start + at, line.start + at + len(parts[1])
    return None


def _name_at(text: str) -> str | None:
    match = _NAME.match(text)
    if not match:
        return None
    name = match.group(1).strip()
    return name if 2 <= len(name.split()) <= 5 else None


def find_author(lines: list[Line], body_first: int | None) -> tuple[str, int, int] | None:
    """(name, start, end) from a byline ("By X"), a label ("Written By" then X) or a bio.

    A bio is a line printed twice that opens with a name followed by lower-case words ("X is a
    journalist ..."); only its name is kept.
    """
    for index, line in enumerate(lines):
        if line.words > 12:
            continue
        match = _BYLINE.match(line.text)
        if match:
            raw = re.split(r"\s+(?:[|•·–—-]|and|und|et|y|e|и)\s+|,|\d", match.group(1))[0]
            name = _name_at(raw.strip() + " ")
            if name:
                start = line.start + match.start(1)
                return name, start, start + len(name)
        if _AUTHOR_LABEL.match(line.text) and index + 1 < len(lines):
            following = lines[index + 1]
            name = _name_at(following.text)
            if name:
                return name, following.start, following.start + len(name)
    lower = body_first or 0
    for line in lines[lower:]:
        if line.copy and line.prose:
            name = _name_at(line.text)
            after = line.text[len(name) :].lstrip() if name else ""
            if name and after[:1].islower():
                return name, line.start, line.start + len(name)
    return None


def drop_trailing_bio(body: list[Line], name: str) -> list[Line]:
    """Drop the body's last paragraphs when they are about the author ("X is a journalist ...")."""
    surname = name.split()[-1]
    while body and body[-1].text.startswith((name, surname)) and len(body) > 1:
        rest = body[-1].text[len(name) :] if body[-1].text.startswith(name) else ""
        if not rest.lstrip()[:1].islower():
            break
        body = body[:-1]
    return body


def split_caption(text: str) -> tuple[str, str | None]:
    """"Caption. Image Credit: X." -> ("Caption.", "X."); "Image: Caption. Credit: X." too."""
    match = _CREDIT.search(text)
    if not match:
        return text, None
    caption = text[: match.start()].rstrip(" -–—|(")
    credit = text[match.end() :].strip(" )")
    if not caption and _CREDIT.search(credit):
        # A leading label ("Image: ...") announces the caption; the credit marker comes later.
        return split_caption(credit)
    return caption, credit or None


def collect_captions(lines: list[Line]) -> tuple[list[Caption], list[FieldSpan], list[FieldSpan]]:
    """Captions with their credits; a caption printed twice (or a near copy of the caption
    next to it with the same credit, as alt text and figcaption often are) is kept once, the
    later one: flattened pages print an image's alt text before its visible caption."""
    found: list[tuple[Caption, FieldSpan, FieldSpan]] = []
    for line in lines:
        if not line.caption:
            continue
        caption_text, credit = split_caption(line.text)
        if not caption_text:
            # A credit on its own line belongs to the caption just above it.
            if found and credit and found[-1][0].credit is None:
                found[-1][0].credit = credit
                at = line.text.rfind(credit)
                found[-1] = (found[-1][0], found[-1][1], FieldSpan(line.start + at, line.start + at + len(credit)))
            continue
        caption_span = FieldSpan(line.start, line.start + len(caption_text))
        credit_span = FieldSpan(caption_span.end, caption_span.end, UNLOCATED)
        at = line.text.rfind(credit) if credit else -1
        if credit and at >= 0:
            credit_span = FieldSpan(line.start + at, line.start + at + len(credit))
        item = (Caption(caption_text, credit), caption_span, credit_span)
        if found and _same_caption(found[-1][0], item[0]):
            found[-1] = item
            continue
        if any(_key(c.text) == _key(caption_text) for c, _, _ in found):
            continue
        found.append(item)
    captions = [c for c, _, _ in found]
    caption_spans = [s for _, s, _ in found]
    credit_spans = [s for _, _, s in found]
    return captions, caption_spans, credit_spans


def _same_caption(a: Caption, b: Caption) -> bool:
    if a.credit != b.credit:
        return False
    wa, wb = set(_key(a.text).split()), set(_key(b.text).split())
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.8
