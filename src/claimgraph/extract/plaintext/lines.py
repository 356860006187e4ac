"""Lines and their marks: the scraped text split into lines with their offsets (hard-wrapped lines
joined back), and what each line is taken for before the body is chosen: prose (or the last
paragraph of a cut excerpt), a copy of another line, a table row, a caption, a prompt or notice, a
short whole sentence.

Also the line-shape patterns the later steps share (sentence end, byline, author label, date label,
menu separators, chrome sentences), so each is written once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.extract.dates import find_date_span
from .params import CleanerParams


#: Work bound: at most this many lines of a text are read.
MAX_LINES = 50_000
#: Lines longer than this are not compared for containment (bounds the quadratic worst case).
MAX_COPY_CHECK_CHARS = 5_000
#: Containment checks: candidates per line, and in all.
MAX_COPY_CANDIDATES = 50
MAX_COPY_CHECKS = 200_000

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A sentence ends with . ! ? … (or their CJK forms), maybe followed by closing quotes/brackets.
_SENTENCE_END = re.compile(r"[.!?…。！？]['\"”’»)\]]*$")
_CREDIT = re.compile(
    r"\(?\b(?:image|photo|picture|video|graphic|illustration|foto|bild|фото)\s*(?:credits?|courtesy|source)?\s*:"
    r"|\(?\b(?:photo(?:graph)?|image|picture|video)s?\s+(?:by|courtesy(?: of)?|via)\b"
    r"|\bcredits?\s*:|\bcourtesy(?: of)?\b|\bsource\s*:",
    re.IGNORECASE,
)
#: A caption's label printed on a line of its own ("Image caption,", "Photo caption:").
_CAPTION_LABEL = re.compile(r"^\s*(?:image|photo|picture|video)?\s*caption\s*[,:.]?\s*$", re.IGNORECASE)
#: A label framed by rules or brackets at both ends ("--- Advertisement: ... ---", "[ SPONSORED ]",
#: "| Реклама |"): a quote mark or a single dash before the word opens a quotation or a
#: sentence ("'Advertising ban will cost jobs', says ..."), no frame.
_FRAMED_PROMPT = re.compile(
    r"^\s*(?:[-=*_~#]{2,}|[\[(|<])\s*"
    r"(?:advertisement|advertising|anzeige|werbung|publicidad|publicité|pubblicità|реклама|sponsored)\b",
    re.IGNORECASE,
)
_RULE_CHARS = "-=*_~#"


def _framed_prompt(text: str) -> bool:
    """An advertising label opened by a frame (``_FRAMED_PROMPT``) that closes one too: a rule of
    two or more characters or a closing bracket at the line's end."""
    if not _FRAMED_PROMPT.match(text):
        return False
    end = text.rstrip()
    return end[-1:] in ("]", ")", "|", ">") or (len(end) >= 2 and end[-1] in _RULE_CHARS and end[-2] in _RULE_CHARS)


_PROMPT = re.compile(
    r"^(?:advertisement|advertising|anzeige|werbung|publicidad|publicité|pubblicità|реклама|sponsored)\b"
    r"|\b(?:read more|read also|see also|also read|more from|recommended|related(?: articles| stories| posts)?:?$"
    r"|subscribe|newsletter|sign up|log ?in|cookies?|privacy policy|terms of (?:use|service)"
    r"|all rights reserved|share (?:this|on)|follow us|click here|skip to(?: main)? content|skip navigation"
    r"|lesen sie auch|lire aussi|leia também|lea también|leggi anche|читайте также|читайте також"
    r"|подпишитесь|подписывайтесь|підписуйтесь|підпишіться|поделиться|поділитися)\b"
    r"|©",
    re.IGNORECASE,
)
# Icons' alt text, flattened: "Chevron icon It indicates an expandable section or menu ...".
_ICON = re.compile(r"^(?:\S+\s+){0,2}icon\b", re.IGNORECASE)
#: An icon's alt text runs to a sentence or two; longer lines are prose about icons.
ICON_MAX_WORDS = 40
_NOTICE = re.compile(
    r"\bcookies?\b|©|\ball rights reserved\b|\bnewsletters?\b|\bsubscri(?:be|ption)\b"
    r"|\bprivacy policy\b|\bterms of (?:use|service)\b|\bmay (?:not )?be reproduced\b"
    # Russian/Ukrainian reprint and rights notices ("при использовании материалов ссылка … обязательна",
    # "все права защищены", "усі права захищені"), and an age mark ("18+")
    r"|\bвсе права защищены\b|\bусі права захищені\b|\bвсі права захищені\b"
    r"|\bиспользовании\s+материалов\b|\bвикористанні\s+матеріалів\b|\bвикористання\s+матеріалів\b"
    r"|\bперепечатк\w*\s+материалов\b|\b(?:гипер)?ссылк\w*\b.{0,80}\bобязательн\w*"
    r"|\b(?:гіпер)?посилання\b.{0,80}\bобов.язков\w*|(?<![\w+])18\+",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:written by|posted by|by|von|par|por|di|door|av|autor(?:a)?:?|автор:?|author:?)\s+(.+)$",
    re.IGNORECASE,
)
_AUTHOR_LABEL = re.compile(
    r"^(?:written by|about the author|author|autor|автор|auteur|l'auteur|über den autor)\s*:?$",
    re.IGNORECASE,
)


@dataclass
class Line:
    """One non-empty line (or hard-wrapped paragraph) of the source, stripped."""

    start: int
    end: int
    text: str
    block: int
    words: float = 0.0
    prose: bool = False
    copy: bool = False
    caption: bool = False
    prompt: bool = False
    #: A short paragraph that is a whole sentence (``is_short_sentence``).
    sentence: bool = False
    #: ... and one between two prose lines (``between_prose``): neutral in the body's run.
    inside: bool = False
    #: In a box inside the body (a "related" label and headline, an embedded post): skipped.
    box: bool = False
    #: Indices of every line with the same text, this one included (set when printed twice).
    repeats: tuple[int, ...] = ()


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their offsets; blank lines separate blocks."""
    lines: list[Line] = []
    block = 0
    offset = 0
    for raw in text.splitlines(keepends=True):
        start = offset
        offset += len(raw)
        stripped = raw.strip()
        if not stripped:
            block += 1
            continue
        lead = len(raw) - len(raw.lstrip())
        line_start = start + lead
        lines.append(Line(line_start, line_start + len(stripped), stripped, block))
        if len(lines) >= MAX_LINES:
            break
    return join_wrapped(text, lines)


#: Hard-wrapped text is cut at a fixed column, at most this wide.
MAX_WRAP_COLUMN = 100


def wrapped_blocks(lines: list[Line]) -> set[int]:
    """Blocks that look hard-wrapped: three or more lines, all but the last filling the
    same column (at most MAX_WRAP_COLUMN wide), some line continuing in lower case."""
    by_block: dict[int, list[str]] = {}
    for line in lines:
        by_block.setdefault(line.block, []).append(line.text)
    wrapped = set()
    for block, texts in by_block.items():
        if len(texts) < 3:
            continue
        width = max(len(t) for t in texts)
        body = texts[:-1]
        if width <= MAX_WRAP_COLUMN and all(len(t) >= 0.75 * width for t in body):
            # A list's lines each start a new item (capitalised); wrapped prose continues
            # mid-sentence on some line (lower case).
            if any(t[:1].islower() for t in texts[1:]):
                wrapped.add(block)
    return wrapped


def join_wrapped(text: str, lines: list[Line]) -> list[Line]:
    """Join hard-wrapped lines (email-style text cut at ~70 columns) back into paragraphs.

    A line continues the previous one when both sit in the same block, the previous one does
    not end a sentence, and either the next one starts in lower case or the whole block looks
    wrapped at a fixed column (which a menu's or a list's lines do not).
    """
    wrapped_block = wrapped_blocks(lines)
    joined: list[Line] = []
    grown: set[int] = set()  # indices in ``joined`` that absorbed following lines
    for line in lines:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.block == line.block
            and len(prev.text) >= 40
            and not _SENTENCE_END.search(prev.text)
            and (line.text[:1].islower() or line.block in wrapped_block)
            and not (_BYLINE.match(line.text) and len(line.text) < 60)   # "by Anna Petrenko" under a headline
            and not _stamp_under(line.text)   # "вторник, 5 марта 2024" under a headline: a date line, in lower case
        ):
            # Extend in place; the text is rebuilt once per paragraph below (not per line,
            # which would be quadratic on a long wrapped paragraph).
            prev.end = line.end
            prev.text = line.text
            grown.add(len(joined) - 1)
            continue
        joined.append(line)
    for index in grown:
        line = joined[index]
        line.text = re.sub(r"\s+", " ", text[line.start : line.end])
    return joined


def count_words(text: str) -> float:
    # CJK scripts write no spaces: count about two characters as a word.
    cjk = len(_CJK.findall(text))
    if cjk:
        return len(_WORD.findall(_CJK.sub(" ", text))) + cjk / 2
    return float(len(_WORD.findall(text)))


# A date stamp with its time ("04/13/2022 18:50:58", "06.06.2023 10:15"): page furniture.
_STAMP = re.compile(r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}-\d\d-\d\d)[ ,T]+\d{1,2}:\d\d")


#: A line of more words than this is never only a date ("Published 10:42 AM EDT, Tue March 14, 2023").
DATE_LINE_WORDS = 12


def is_prose(line: Line, params: CleanerParams) -> bool:
    if line.words >= params.prose_long_words:
        return True
    if ":" in line.text and _STAMP.search(line.text):
        return False  # a header line that ends in a sentence ("Title 04/13/2022 18:50. Views 10.")
    # (only a short line can be a date line: the date finder does not run over every prose line)
    if line.words <= DATE_LINE_WORDS and _SENTENCE_END.search(line.text) and (found := find_date_span(line.text)) \
            and _only_a_date(line.text, found[1], found[2]):
        return False  # a date line ending in "a.m." ("March 14, 2023 at 10:15 a.m.") is no sentence
    return line.words >= params.prose_min_words and bool(_SENTENCE_END.search(line.text))


_CASED_WORD = re.compile(r"\b[^\W\d_]+")
#: A line read as a sentence cut short when at least this share of its words open in lower case.
CUT_LOWER_SHARE = 0.5
#: A paragraph opens a sentence: its first letter (after quotes, dashes, digits) is upper case.
_FIRST_LETTER = re.compile(r"[^\W\d_]")
#: A comment's line: a user's handle ("Gunnar_T:", "kari88:"), or a name then a comment opening in
#: lower case ("Lise M.: i have ..."); a label before a sentence ("Details: According to ...") is prose.
_HANDLE_FIRST = re.compile(
    r"^(?:[\w.'’-]*(?:_|\d)[\w.'’-]*:\s|[\w.'’-]+(?:\s[\w.'’-]+)?:\s+[a-zа-яёіїєґ])"
)


def is_cut_prose(line: Line, params: CleanerParams) -> bool:
    """The text's last line as a paragraph cut short: scraped excerpts are cut at a fixed
    length, mid-line and mid-word, so the last paragraph lacks its sentence end. It counts as
    prose when it opens a sentence (its first letter upper case), has a sentence's words, mostly
    in lower case (running text, not a menu or a list of Title Case links), and is no prompt,
    notice or comment ("name: text"). In Russian and Ukrainian nearly every line is lower case
    after its first word, so the opening capital and the notice forms are the guards there: a
    lower-case opening is a comment, a ticker or a tag list, not a paragraph."""
    if line.prose or line.words < params.prose_min_words or _SENTENCE_END.search(line.text):
        return False
    if len(line.text) > MAX_TITLE_CHARS * 20 or _MENU_SEPARATOR.search(line.text) or is_prompt(line, params):
        return False
    first = _FIRST_LETTER.search(line.text[:200])
    if first is None or not first.group().isupper() or _HANDLE_FIRST.match(line.text):
        return False
    words = _CASED_WORD.findall(line.text)
    lower = sum(1 for word in words if word[:1].islower())
    return bool(words) and lower >= CUT_LOWER_SHARE * len(words)


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


_NUMBER = re.compile(r"^\d[\d.,:%/-]*$")


def mark_table_rows(lines: list[Line], min_rows: int) -> None:
    """Count rows of a table as prose: a run of lines with the same number of cells (words)
    and many numbers in each, as flattened tables print (standings, results, prices)."""
    def numeric(line: Line) -> bool:
        tokens = line.text.split()
        return len(tokens) >= 3 and sum(1 for t in tokens if _NUMBER.match(t)) >= len(tokens) * 0.4

    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and numeric(lines[end]) and abs(len(lines[end].text.split()) - len(lines[index].text.split())) <= 1:
            end += 1
        if end - index >= min_rows:
            for line in lines[index:end]:
                line.prose = True
        index = max(end, index + 1)


def mark_copies(lines: list[Line]) -> None:
    """Mark later copies of a line printed more than once, and lines inside a longer line.

    Pages repeat captions, bios, headlines and prompts; the first copy is judged like any other
    line, later ones are marked (``clean_body`` still keeps them when every copy is inside the
    body: recipes and tables repeat lines on purpose). A line inside a longer one (a standfirst
    repeated at the start of the first paragraph, a headline inside "<headline> | Site") is a
    copy; the longer line stays.
    """
    keys = [_key(line.text) for line in lines]
    seen: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key:
            seen.setdefault(key, []).append(index)
    for indices in seen.values():
        if len(indices) > 1:
            group = tuple(indices)  # one shared tuple: a copy per line is quadratic
            for index in indices:
                lines[index].repeats = group
            for index in indices[1:]:
                lines[index].copy = True
    # Containment: a contained line shares its word trigrams with its container, so only the
    # lines holding its rarest one are candidates; a budget bounds pathological pages
    # (thousands of near-identical lines).
    by_trigram: dict[str, list[int]] = {}
    trigrams: list[list[str]] = []
    for index, key in enumerate(keys):
        words = key.split() if len(key) <= MAX_COPY_CHECK_CHARS else []
        grams = [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
        trigrams.append(grams)
        for gram in grams:
            by_trigram.setdefault(gram, []).append(index)
    budget = MAX_COPY_CHECKS
    for index, key in enumerate(keys):
        grams = trigrams[index]
        if len(grams) < 2 or lines[index].copy:
            continue
        # Edge words may be cut ("Windows 10 Update Ass..." inside "... Update Assistant"):
        # only a trigram of whole words, away from both ends, has to appear in the container.
        inner = grams[1:-1] or grams[:1]
        candidates = min((by_trigram[gram] for gram in inner), key=len)
        for other in candidates[:MAX_COPY_CANDIDATES]:
            budget -= 1
            if other != index and len(keys[other]) > len(key) and key in keys[other]:
                lines[index].copy = True
                break
        if budget <= 0:
            break


def is_prompt(line: Line, params: CleanerParams) -> bool:
    """A short prompt ("Read more", "Advertisement"), or a notice about cookies, copyright or
    newsletters even when it runs to a few sentences."""
    if line.words < 15 and (_PROMPT.search(line.text) or _framed_prompt(line.text)):
        return True
    if line.words <= ICON_MAX_WORDS and _ICON.match(line.text):
        return True
    return line.words < params.notice_max_words and bool(_NOTICE.search(line.text))


#: A short sentence ends with a full stop or an exclamation mark (maybe in quotes): a short
#: question or a line ending in an ellipsis is a teaser's headline as often as a paragraph.
_SHORT_SENTENCE_END = re.compile(r"(?<![.…])[.!]['\"”’»)\]]*$")
#: A short sentence opens like one: a capital letter, or a quote mark or a dash before it.
_SENTENCE_OPENING = re.compile(r"^(?:[\"'“”„«‘’‹(—–-]\s*)*[^\W\d_]")


def is_short_sentence(line: Line, params: CleanerParams) -> bool:
    """A paragraph too short to count as prose that is still a whole sentence ("Nobody was hurt.",
    "\"We are working,\" Hnatenko added.", "«Ми працюємо», — додав Гнатенко."): news writing in
    Russian and Ukrainian (and wire copy) prints one-sentence paragraphs. It opens like a sentence
    (a capital letter, maybe after quote marks or a dash), ends like one, has a few words and no menu
    separators, and is no prompt, notice, caption, copy, byline, date stamp, chrome sentence (bio,
    sign-up pitch) or comment ("name: text")."""
    if not params.short_sentence_words or line.prose or line.words < params.short_sentence_words:
        return False
    if line.prompt or line.caption or line.copy or not _SHORT_SENTENCE_END.search(line.text):
        return False
    opening = _SENTENCE_OPENING.match(line.text)
    if opening is None or not opening.group()[-1].isupper() or line.text.isupper():
        return False   # a line in capitals is a label ("GET THE QUIZ!"), not a paragraph
    if _MENU_SEPARATOR.search(line.text) or _HANDLE_FIRST.match(line.text) or _BYLINE.match(line.text):
        return False
    if _DATE_LABEL.match(line.text) or _STAMP.search(line.text) or _CHROME_SENTENCE.search(line.text):
        return False
    return True


#: A line of chrome written out as sentences: sign-up pitches, author bios, company footers,
#: disclaimers of the editors.
_CHROME_SENTENCE = re.compile(
    r"\b(?:unsubscribe|your inbox|sign up|subscribe|newsletter|registered office|company number"
    r"|is an? (?:\w+ ){0,2}(?:reporter|correspondent|journalist|editor|writer|columnist|contributor)"
    # a sign-off under the article ("Thanks for reading."): on a page that prints one-sentence
    # paragraphs nothing else tells it from the article's last line
    r"|thanks? (?:you )?for reading|спасибо,? что (?:читаете|дочитали)|дякуємо,? що (?:читаєте|дочитали)"
    r"|редакция не несет|редакция не несёт|мнение (?:авторов|редакции)|думка (?:авторів|редакції)"
    r"|редакція не несе)\b",
    re.IGNORECASE,
)
# Menus flattened onto one line: words separated by runs of spaces, bars or dots.
_MENU_SEPARATOR = re.compile(r"\s{3,}|\s[|•·]\s")
# A line that labels a date ("Published 6 June 2023", "date 2023-06-06", "Опубликовано: ...").
_DATE_LABEL = re.compile(
    r"^(?:(?:first\s+)?published|posted|issued\s+on|date|(?:last\s+)?(?:updated|modified)|опубликовано|обновлено|дата(?:\s+публикации|\s+публікації)?"
    r"|опубліковано|оновлено)\b\s*:?",
    re.IGNORECASE,
)
#: A line longer than this is no headline; no title regex runs over a longer one.
MAX_TITLE_CHARS = 300


#: The Russian and Ukrainian weekdays, whole ("вторник, 5 марта 2024"), for a regular expression's alternation.
CYRILLIC_WEEKDAYS = (r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер"
                     r"|п['’]ятниця|субота|неділя")
#: What may stand beside a date on a line that is only a date: a time, a zone, a weekday, "at".
_DATE_COMPANIONS = re.compile(
    r"\b(?:\d{1,2}[:.]\d\d(?:[:.]\d\d)?|[ap]\.?m\.?|(?:gmt|utc|bst|cet|cest|eet|eest|msk|мск|est|edt|et|pt)(?:[+-]\d{1,2})?"
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\.?|wednesday|saturday|at|on"
    # Russian and Ukrainian weekdays, whole or short ("вторник, 5 марта 2024", "ср, 4 июня 2024")
    r"|" + CYRILLIC_WEEKDAYS + r"|пн|вт|ср|чт|пт|сб|вс|нд)\b",
    re.IGNORECASE,
)


def _date_line(text: str) -> bool:
    """A short line that is a whole date and nothing else but its time, zone and weekday."""
    found = find_date_span(text) if len(text) <= 80 else None
    return found is not None and _only_a_date(text, found[1], found[2])


#: "on 5 March 2024." / "at 10:00 on …": a sentence's last words, not a stamp.
_SENTENCE_WORDS = re.compile(r"(?:on|at)\b", re.IGNORECASE)


def _stamp_under(text: str) -> bool:
    """A date line that stands on its own under a headline, not the last line of a hard-wrapped
    sentence ("… finished by the end of the day" then "on 5 March 2024."): no full stop after it,
    no "on"/"at" before it."""
    return _date_line(text) and not _SENTENCE_END.search(text) and not _SENTENCE_WORDS.match(text)


def _only_a_date(text: str, start: int, end: int) -> bool:
    """Is ``text`` a date and nothing else but its time, zone and weekday ("Tue 14 Mar 2023 14.32 GMT")?"""
    rest = _DATE_COMPANIONS.sub(" ", text[:start] + " " + text[end:])
    return not re.search(r"\w", rest)


# A site's menu: three or more short items between bars or dots ("News | Sport | Business"), or
# four or more between wide spaces ("Главная  Новости  Общество  Спорт"). Scraped headlines carry
# stray double spaces from inline tags ("Flood  warnings  issued for Kelso"), so a wide-space menu
# needs more evidence: four items or more, each opening with a capital and none ending a sentence.
_MENU_BARS = re.compile(r"\s*[|·•]\s*")
_WIDE_SPACES = re.compile(r"\s{2,}")


def _menu_item(item: str) -> bool:
    return len(item.split()) <= 3 and len(item) <= 24


def is_menu_line(text: str) -> bool:
    """A site's menu flattened onto one line: three or more short items between bars or dots, or
    four or more capitalised ones between wide spaces (no item ending a sentence)."""
    text = text.strip()
    items = [item for item in _MENU_BARS.split(text) if item.strip()]
    if len(items) >= 3 and all(_menu_item(item.strip()) for item in items):
        return True
    items = [item for item in _WIDE_SPACES.split(text) if item]
    return len(items) >= 4 and all(_menu_item(item) and item[:1].isupper() and not _SENTENCE_END.search(item)
                                   for item in items)
