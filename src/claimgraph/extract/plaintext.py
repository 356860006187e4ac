"""Our boilerplate cleaner for text a scraper already flattened (no markup left to go by).

The article body is the densest run of prose lines; around it sit menus, prompts, link lists and
footers, which are short and unpunctuated. The signals are language-independent: line length,
sentence punctuation, repetition, position and the shape of a run of lines. Word lists are kept
to a few prompts ("Advertisement", "Read more", newsletter/cookie notices) and byline labels,
and only ever decide about short lines.

Steps, in order:
1. split the text into lines with their offsets (hard-wrapped lines are joined back);
2. mark copies: a line that repeats, or that is contained in a longer line (captions and author
   bios are printed twice, a standfirst is repeated in the first paragraph); count the rows of
   a flattened table as prose;
3. mark captions ("Caption. Image Credit: X.") and prompts;
4. score every line (+length for prose, a penalty for anything else) and take the best-scoring
   run of lines as the body (a maximum-sum subarray), split at long stretches of non-prose
   lines, preferring an earlier run that scores nearly as well, and bridged across short
   inserted link lists, or across a box when only sentences follow it to the end of a cut
   excerpt (whose cut last paragraph counts as prose); skip a standfirst above the lead image;
5. inside the body, drop what was marked, inserted link lists and trailing author bios; find
   the headline above the body, the section above the headline, and the author from a byline,
   a "Written By" label or a bio.

Documented in docs/extraction.md.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from claimgraph.extract.article_types import UNLOCATED, Article, Caption, FieldSpan
from claimgraph.extract import credits
from claimgraph.extract.cues import ORG_NOUNS, ORG_PRONOUNS, PERSON_PRONOUNS, PERSON_ROLES, SPEECH_VERBS
from claimgraph.extract.cyrillic.lexicon import ACCORDING_TO, SPEECH_VERBS as CYRILLIC_SPEECH_VERBS, STATEMENT_SAYS
from claimgraph.extract.quotes import find_quotes
from claimgraph.extract.dates import date_from_url, find_date_span
from claimgraph.extract.language import guess_language

#: Work bounds: a larger text is cut here before cleaning (offsets stay valid: it is a prefix).
MAX_CHARS = 2_000_000
MAX_LINES = 50_000
#: Lines longer than this are not compared for containment (bounds the quadratic worst case).
MAX_COPY_CHECK_CHARS = 5_000
#: Containment checks: candidates per line, and in all.
MAX_COPY_CANDIDATES = 50
MAX_COPY_CHECKS = 200_000
#: The body is extended across at most this many link lists, and moved at most this many
#: times to an earlier run (each step is a pass over the lines).
MAX_BRIDGES = 20
MAX_EARLIER = 20
#: Lines after the body searched for the story's credit ("© Thomson Reuters 2024").
MAX_FOOTER_LINES = 30


@dataclass
class CleanerParams:
    """The cleaner's tunable weights (tuned on a fixed half of the benchmark pages)."""

    #: A line counts as prose from this many words if it ends like a sentence ...
    prose_min_words: int = 8
    #: ... or from this many words whatever its end.
    prose_long_words: int = 25
    #: What a non-prose line (menu item, link, label) costs the run of lines holding it.
    other_penalty: float = 75.0
    #: What a copy or caption costs: small, since one often sits mid-body.
    marked_penalty: float = 20.0
    #: What a prompt ("Share this", "Advertisement") costs.
    prompt_penalty: float = 60.0
    #: An earlier run of lines is the body if it scores at least this share of the best run
    #: (comment threads after an article are often longer than the article).
    earlier_share: float = 0.7
    #: Cookie, copyright and newsletter notices are dropped up to this many words.
    notice_max_words: int = 30
    #: Runs of this many table rows count as prose (0: off).
    table_rows: int = 5
    #: A run of lines is split at this many consecutive non-prose lines (0: never).
    split_gap: int = 10
    #: The body continues across at most this many short non-prose lines (an inserted list of
    #: links) when prose follows them ...
    bridge_lines: int = 5
    #: ... worth at least this much (characters of prose, less penalties).
    bridge_value: float = 200.0
    #: Inside the body, keep a non-prose line only from this many words (subheadings, list items).
    keep_min_words: int = 2
    #: Drop runs of this many non-prose lines inside the body (an inserted link list).
    link_run: int = 4
    #: A short paragraph that is a whole sentence ("Nobody was hurt.", "«Ми працюємо», — додав
    #: Гнатенко.") from this many words (0: off) is not a menu item: between two prose lines it
    #: joins them into one body (``join_short_sentences``), but it adds nothing to a run's score
    #: (a comment thread's short replies would outscore the article above it) ...
    short_sentence_words: int = 3
    #: ... and the body takes in at most this many of them next to its first and its last line;
    #: a longer run of them in a row is a list (other stories' titles), not one-sentence paragraphs,
    #: unless half its lines report or quote someone (``unmark_sentence_lists``).
    short_sentence_edge: int = 3


DEFAULT_PARAMS = CleanerParams()

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
# A personal name: two to four capitalised words (initials and particles allowed inside).
_NAME = re.compile(
    r"^((?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’.-]*\s+)(?:(?:van|von|de|der|da|del|di|la|le|bin|al)\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’.-]*\s*){1,3})"
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


#: A text of at most this many lines with no run of prose is a short note, its sentences its body.
SHORT_NOTE_LINES = 3


def extract_plaintext(text: str, params: CleanerParams = DEFAULT_PARAMS, url: str | None = None) -> Article:
    """Clean scraped plain text into an Article; spans are offsets into ``text``. ``url``, the
    page's address when the ingest has one, dates and names the page when its text does not."""
    text = text[:MAX_CHARS]
    lines = split_lines(text)
    if not lines:
        return Article()
    for line in lines:
        line.words = count_words(line.text)
        line.prose = is_prose(line, params)
    lines[-1].prose = lines[-1].prose or is_cut_prose(lines[-1], params)
    mark_copies(lines)
    if params.table_rows:
        mark_table_rows(lines, params.table_rows)
    for index, line in enumerate(lines):
        line.caption = bool(_CREDIT.search(line.text)) and line.words <= 60
        line.prompt = is_prompt(line, params)
        if index and _CAPTION_LABEL.match(lines[index - 1].text) and line.words <= 60:
            line.caption = True   # "Image caption," alone on its line labels the next one
    for line in lines:
        line.sentence = is_short_sentence(line, params)
    unmark_sentence_lists(lines, params.short_sentence_edge)

    first, last = body_run(lines, params)
    if first is not None and last is not None:
        first = skip_standfirst(lines, first, last)
        first = start_at_dateline(lines, first, last)
    article = Article()
    spans: dict[str, list[FieldSpan]] = {}
    body_lines = clean_body(lines, first, last, params) if first is not None and last is not None else []
    if not body_lines and len(lines) <= SHORT_NOTE_LINES:
        # a short note ("Doctors said missiles struck the hospital."): too short for the body's
        # run of prose, its sentences are the whole of it
        body_lines = [line for line in lines if line.words >= 3 and _SENTENCE_END.search(line.text)
                      and not line.prompt and not line.caption]
        if body_lines:
            first, last = lines.index(body_lines[0]), lines.index(body_lines[-1])

    headline_at = find_headline(lines, first if first is not None else len(lines))
    if headline_at is not None:
        headline = lines[headline_at]
        article.headline = title_part(headline.text)
        site = site_suffix(article.headline, printed_sites(lines, headline_at, first))
        if site:
            article.headline = article.headline[: site[1]]
        spans["headline"] = [FieldSpan(headline.start, headline.start + len(article.headline))]
        section_at = find_section(lines, headline_at)
        if section_at is not None:
            article.section = lines[section_at].text
            spans["section"] = [FieldSpan(lines[section_at].start, lines[section_at].end)]

    # a headline read from the page's title ("Headline | Site" opening a saved page) has the
    # site's chrome under it, its date bar too: the header's date is looked for near the body
    titled = headline_at == 0 and site_suffix(lines[0].text) is not None
    dated = find_published(lines, None if titled else headline_at, first, last)
    if dated:
        article.published, start, end = dated
        spans["published"] = [FieldSpan(start, end)]
    else:
        # a date in the address's path ("/2023/03/04/"): after every date the page prints, since
        # a site may file a story under the day it was first drafted
        article.published = date_from_url(url)

    author = find_author(text, lines, first, headline_at)
    if author:
        name, start, end = author
        article.author = name
        spans["author"] = [FieldSpan(start, end)]
        body_lines = drop_trailing_bio(body_lines, name)

    captions, caption_spans, credit_spans = collect_captions(text, lines)
    article.captions = captions
    if caption_spans:
        spans["caption"] = caption_spans
        spans["credit"] = credit_spans

    outlet = find_outlet(text, lines, article.headline, first)
    # The credit is looked for in the body and the lines after it ("© Thomson Reuters 2024"
    # and "Source: X" close an article but are not body text).
    after = lines[last + 1 : last + 1 + MAX_FOOTER_LINES] if last is not None else []
    credited = body_lines + after
    if first is not None:
        # A byline naming a wire ("By Reuters") sits in the header, above the body.
        byline = next((line for line in lines[max(0, first - 15) : first] if credits.wire_line(line.text)), None)
        credited = credited + [byline] if byline else credited
    credit = credits.story_credit([line.text for line in credited])
    # the address's host names the site when the page prints no name for it ("lenta.ru"); a
    # wire's own site is the wire whatever name the page prints (never a reprint of itself)
    host = credits.site_from_url(url)
    named = host if credits.is_wire(host) or not outlet else outlet[0]
    article.outlet, article.reprinted_from = credits.choose_outlet(named, (credit[0], credit[4]) if credit else None)
    if outlet and article.outlet == outlet[0]:
        spans["outlet"] = [FieldSpan(outlet[1], outlet[2])]
    if credit:
        at = credited[credit[1]].start
        field_name = "reprinted_from" if article.reprinted_from else "outlet"
        if article.reprinted_from or not outlet:
            spans[field_name] = [FieldSpan(at + credit[2], at + credit[3])]

    article.paragraphs = [line.text for line in body_lines]
    article.body = "\n\n".join(article.paragraphs)
    if body_lines:
        spans["body"] = [FieldSpan(line.start, line.end) for line in body_lines]
    article.language = guess_language(article.body)
    article.spans = spans
    return article


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


def is_prose(line: Line, params: CleanerParams) -> bool:
    if line.words >= params.prose_long_words:
        return True
    if ":" in line.text and _STAMP.search(line.text):
        return False  # a header line that ends in a sentence ("Title 04/13/2022 18:50. Views 10.")
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
    if line.words < 15 and _PROMPT.search(line.text):
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


def line_value(line: Line, params: CleanerParams) -> float:
    if line.prompt:
        return -params.prompt_penalty
    if line.copy or line.caption:
        return -params.marked_penalty
    if line.prose:
        return float(len(line.text))
    return -params.other_penalty


def best_run(values: list[float]) -> tuple[float, int | None, int | None]:
    """(score, first, last) of the best-scoring run of values (maximum-sum subarray)."""
    best = 0.0
    best_span: tuple[int | None, int | None] = (None, None)
    total, start = 0.0, 0
    for index, value in enumerate(values):
        if total <= 0:
            total, start = 0.0, index
        total += value
        if total > best:
            best, best_span = total, (start, index)
    return (best, *best_span)


def best_run_from(values: list[float], start: int, reach: int = 500) -> tuple[float, int]:
    """(score, last) of the best-scoring run of values that begins at ``start`` (looking at
    most ``reach`` lines ahead, which bounds repeated bridging to linear work)."""
    best, best_last, total = float("-inf"), start, 0.0
    for index in range(start, min(len(values), start + reach)):
        total += values[index]
        if total > best:
            best, best_last = total, index
    return best, best_last


def split_run(values: list[float], first: int, last: int, params: CleanerParams) -> tuple[float, int, int]:
    """Within a run, a stretch of ``split_gap`` or more non-prose lines separates two texts
    (an article, then a list of teasers that adds up to more than the gap costs): take the
    best part, or an earlier part scoring nearly as well."""
    parts: list[tuple[float, int, int]] = []
    start, gap = first, 0
    for index in range(first, last + 1):
        if values[index] < 0:
            gap += 1
            continue
        if gap >= params.split_gap and index - gap > start:
            parts.append(_part(values, start, index - gap - 1))
            start = index
        gap = 0
    parts.append(_part(values, start, last))
    best = max(parts, key=lambda part: part[0])
    for part in parts:
        if part[0] >= params.earlier_share * best[0]:
            return part
    return best


def _part(values: list[float], first: int, last: int) -> tuple[float, int, int]:
    return sum(values[first : last + 1]), first, last


def between_prose(lines: list[Line]) -> None:
    """Keep the mark of short sentences only where they sit between two prose lines (alone or a few
    in a row, as one-sentence paragraphs do in an article): elsewhere (a comment thread's short
    replies between "name says:" lines, a sign-off above a footer) they score as any short line,
    and only ``take_short_edges`` may still take those next to the body's first or last line."""
    index = 0
    while index < len(lines):
        if not lines[index].sentence:
            index += 1
            continue
        end = index
        while end < len(lines) and lines[end].sentence:
            end += 1
        inside = index > 0 and end < len(lines) and lines[index - 1].prose and lines[end].prose
        for line in lines[index:end]:
            line.inside = inside
        index = end


def body_run(lines: list[Line], params: CleanerParams) -> tuple[int | None, int | None]:
    """First and last index of the body: the best-scoring run of lines, or an earlier run
    that scores nearly as well (the article comes before its comments and related teasers)."""
    between_prose(lines)
    values = [line_value(line, params) for line in lines]
    score, first, last = best_run(values)
    if first is not None and last is not None and params.split_gap:
        score, first, last = split_run(values, first, last, params)
    for _ in range(MAX_EARLIER if params.earlier_share < 1.0 else 0):
        if first is None:
            break
        earlier, e_first, e_last = best_run(values[:first])
        if e_first is None or earlier < params.earlier_share * score:
            break
        first, last = e_first, e_last
    if first is not None and last is not None:
        first, last = join_short_sentences(lines, values, first, last)
        # a short sentence between prose lines is neutral when bridging across a link list too
        values = [0.0 if line.inside else value for line, value in zip(lines, values)]
    for _ in range(MAX_BRIDGES if last is not None and params.bridge_lines else 0):
        assert last is not None   # the range is empty otherwise; set to an index below
        gap = last + 1
        while gap < len(lines) and gap - last <= params.bridge_lines and not lines[gap].prose and lines[gap].words <= 15:
            gap += 1
        if gap >= len(lines) or gap == last + 1 or not lines[gap].prose:
            break
        following = best_run_from(values, gap)
        if following[0] < params.bridge_value:
            break
        last = following[1]
    if last is not None and params.bridge_lines:
        last = bridge_to_end(lines, last, params)
    if first is not None and last is not None:
        first, last = take_short_edges(lines, first, last, params)
    return first, last


_CLOSERS = "'\"”’»)] "
#: Past and third-person forms of the English speech verbs (``cues.SPEECH_VERBS``, lemmas) that
#: do not end in -s or -ed; a bare form ("Have your say", "Report a correction") is no cue.
_IRREGULAR_PAST = {"said": "say", "told": "tell", "wrote": "write", "thought": "think", "found": "find"}
_EN_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORDS_OF = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)?")


def _english_cue(words: list[str], at: int) -> bool:
    """``words[at]`` is a past or third-person form of an English speech verb with its subject
    before it: "Vance says", "the ministry said", "she added"; "the comments" (a plural noun) and
    "Reported by" (a credit) are not."""
    word = words[at].lower()
    following = words[at + 1].lower() if at + 1 < len(words) else ""
    if word in _IRREGULAR_PAST:
        return True
    if word.endswith("ed"):
        stems = [word[:-2], word[:-1], word[:-3] + "y" if word.endswith("ied") else word[:-3]]
        return following != "by" and any(stem in SPEECH_VERBS for stem in stems)
    if not word.endswith("s") or word.endswith("ss") or at == 0:
        return False
    subject = words[at - 1]
    if not (subject[0].isupper() or subject.lower() in PERSON_ROLES | ORG_NOUNS | PERSON_PRONOUNS | ORG_PRONOUNS):
        return False
    stems = [word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else word[:-1]]
    return any(stem in SPEECH_VERBS for stem in stems)


def _cyrillic_cue(word: str) -> bool:
    """A finite, non-imperative form of a Russian or Ukrainian speech verb (by pymorphy3 lemma)."""
    from claimgraph.extract.cyrillic.models import parses

    for language in ("uk", "ru") if re.search("[іїєґІЇЄҐ]", word) else ("ru", "uk"):
        for parse in parses(language, word.lower())[:2]:
            if parse.tag.POS == "VERB" and "impr" not in parse.tag \
                    and parse.normal_form in CYRILLIC_SPEECH_VERBS[language]:
                return True
    return False


def reports_speech(text: str) -> bool:
    """A short sentence that quotes or reports someone: a quotation, "according to" / "по словам" /
    "йдеться у заяві", or a finite speech verb from the cue lexicons ("added", "says", "заявил",
    "додав"). Evidence that a short line next to the body is the article's, not the site's."""
    if any(quote.end - quote.start > 3 for quote in find_quotes(text)):
        return True
    if _EN_ACCORDING.search(text) or ACCORDING_TO.search(text) or STATEMENT_SAYS.search(text):
        return True
    words = _WORDS_OF.findall(text)[:40]
    for at, word in enumerate(words):
        if _CYRILLIC.search(word):
            if _cyrillic_cue(word):
                return True
        elif _english_cue(words, at):
            return True
    return False


#: A run of short sentences longer than ``short_sentence_edge`` is looked at only up to this many
#: lines (a longer one is a list however it reads), and at most ``MAX_CUE_LINES`` lines of a page
#: are looked up (later long runs are lists): bounds the cue look-ups on hostile input.
MAX_SENTENCE_RUN = 12
MAX_CUE_LINES = 120


def unmark_sentence_lists(lines: list[Line], cap: int) -> None:
    """A run of more than ``cap`` short sentences in a row is a list (other stories' titles ending
    in ".", a thread of short replies), not one-sentence paragraphs, and none of it is marked,
    unless at least half its lines quote or report someone (``reports_speech``): a Ukrainian or
    Russian report printing "За словами X, …", "«…», — додав X", "Як зазначили в ОВА, …" one
    sentence a paragraph. A teaser list reports now and then, not line after line."""
    index, budget = 0, MAX_CUE_LINES
    while index < len(lines):
        end = index
        while end < len(lines) and lines[end].sentence:
            end += 1
        run = lines[index:end]
        if len(run) > cap:
            budget -= len(run)
        if len(run) > cap and (len(run) > MAX_SENTENCE_RUN or budget < 0
                               or 2 * sum(reports_speech(line.text) for line in run) < len(run)):
            for line in run:
                line.sentence = False
        index = max(end, index + 1)


def join_short_sentences(lines: list[Line], values: list[float], first: int, last: int) -> tuple[int, int]:
    """Extend the body across short whole sentences between prose lines ("Nobody was hurt." between
    two paragraphs), and on over the prose and such sentences after (or before) them: one-sentence
    paragraphs do not break an article's run of paragraphs. Linear: each line is passed once."""
    while last + 1 < len(lines) and lines[last + 1].inside:
        last += 1
        while last + 1 < len(lines) and (lines[last + 1].inside or values[last + 1] > 0):
            last += 1
    while first > 0 and lines[first - 1].inside:
        first -= 1
        while first > 0 and (lines[first - 1].inside or values[first - 1] > 0):
            first -= 1
    return first, last


def take_short_edges(lines: list[Line], first: int, last: int, params: CleanerParams) -> tuple[int, int]:
    """Extend the body over short whole sentences right next to its first and last line (a
    one-sentence lead, "\"We are working,\" Hnatenko added." closing it): worth no more than
    nothing in the run's score, they are never at its ends by themselves. Only on evidence that
    they are the article's: the body already prints one-sentence paragraphs between its prose
    lines (the page's own style), or the sentence reports or quotes someone (``reports_speech``);
    an edit credit, an app pitch or a reader's "Great article." is chrome however it ends. Above
    the body, never the line taken for the headline, nor one ending in "!" (a headline's cry)."""
    styled = any(line.inside for line in lines[first : last + 1])

    headline_at = find_headline(lines, first)
    for _ in range(params.short_sentence_edge):
        above = first - 1
        if above < 0 or not lines[above].sentence or above == headline_at \
                or lines[above].text.rstrip(_CLOSERS).endswith("!") or not (styled or reports_speech(lines[above].text)):
            break
        first = above
    for _ in range(params.short_sentence_edge):
        below = last + 1
        if below >= len(lines) or not lines[below].sentence or not (styled or reports_speech(lines[below].text)):
            break
        last = below
    return first, last


#: What follows a box is bridged only up to this many characters: the cut excerpts bridged to are
#: cut at about 2,000 characters in all (a whole page's tail after a "related" box is held to the same).
MAX_CUT_TAIL_CHARS = 2_000
#: A box's label that introduces links to other stories ("On this topic", "Read more:").
_RELATED_LABEL = re.compile(
    r"^(?:read more|read also|also read|see also|related(?: articles| stories)?|more on this(?: story)?"
    r"|on this topic|на эту тему|по теме|читайте также|смотрите также|читайте також|дивіться також"
    r"|на цю тему|за темою|по темі)\s*:?$",
    re.IGNORECASE,
)
#: An embedded post's closing line: "— Name (@handle) May 4, 2025".
_EMBED_CLOSE = re.compile(r"^[—–-]\s.{0,80}\(@\w+\)")
#: A short label of site chrome, not of a box inside the article: comment threads, "most read"
#: lists, newsletter sign-up, author bios, tags, share rows, tickers, site sections.
_CHROME_LABEL = re.compile(
    r"\b(?:comments?|reply|replies|like|sort by|join the conversation|discuss(?:ion)?|most (?:read|popular|viewed|shared)"
    r"|trending|popular|newsletters?|briefing|sign up|subscribe|email|e-mail|submit|about the author|tags?|topics"
    r"|share|tweet|live|breaking|advertisement|ago|yesterday|today"
    r"|комментари\w*|коментар\w*|ответить|відповісти|обсудить|обговорити|популярн\w*|самое читаемое|читаемое"
    r"|найпопулярніш\w*|рассылк\w*|розсилк\w*|об авторе|про автора|теги|метки|мітки|поделиться|поділитися"
    r"|реклама|о проекте|про проєкт|назад|вчера|вчора|сегодня|сьогодні)\b",
    re.IGNORECASE,
)
#: A chrome label is short ("Most read", "Sort by newest", "2 hours ago"); longer lines are headlines.
CHROME_LABEL_WORDS = 5
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
#: A line that is only a counter, a time or a user's handle ("1", "12:40", "harbourwatcher").
_BARE_TOKEN = re.compile(r"^(?:\d[\d:.]*|[\w.-]+)$")


def _box_line(line: Line) -> bool:
    """A line of a box inside the article: a "related" label, a linked headline, an embedded
    post's text or its closing line; never a label of site chrome or a bare handle or counter."""
    if line.caption or line.copy or _BARE_TOKEN.match(line.text):
        return False
    if _RELATED_LABEL.match(line.text) or _EMBED_CLOSE.match(line.text):
        return True
    if line.prompt or _CHROME_SENTENCE.search(line.text):
        return False
    if line.words <= CHROME_LABEL_WORDS and _CHROME_LABEL.search(line.text):
        return False
    return _title_like(line)


def bridge_to_end(lines: list[Line], last: int, params: CleanerParams) -> int:
    """Extend the body across a box inside it (a "related" label and a linked headline, an
    embedded post and its "— Name (@handle) date" line) to the end of the text, when every line
    of the box is a box's line (no comment header, no chrome label) and what follows the box is
    at most ``MAX_CUT_TAIL_CHARS`` of sentences with no sign of chrome (sign-up pitch, bio,
    company footer, notice, a comment's "name: text"). The text's last line must be a paragraph
    cut mid-sentence (a cut excerpt), or a whole line after a box that opens with a "related"
    label ("На эту тему"): on a page that is not cut, what follows the article is mostly chrome
    (comments, "most read" lists, bios, footers), but the label says the article goes on after
    it, where a comment thread or a "most read" list has labels of its own."""
    end = lines[-1]
    whole = bool(_SENTENCE_END.search(end.text))
    if not (end.prose or whole):
        return last
    gap = last + 1
    while gap < len(lines) and gap - last <= params.bridge_lines and not lines[gap].prose:
        gap += 1
    if gap >= len(lines) or gap == last + 1 or not lines[gap].prose:
        return last
    if whole and not _RELATED_LABEL.match(lines[last + 1].text):
        return last
    if not all(_box_line(line) for line in lines[last + 1 : gap]):
        return last
    size = 0
    for line in lines[gap:]:
        size += len(line.text)
        if size > MAX_CUT_TAIL_CHARS or line.prompt or line.caption or line.copy:
            return last
        if not line.prose and not (line.words >= 3 and _SENTENCE_END.search(line.text)):
            return last
        if _CHROME_SENTENCE.search(line.text) or _HANDLE_FIRST.match(line.text):
            return last
    for line in lines[last + 1 : gap]:
        line.box = True
    return len(lines) - 1


def skip_standfirst(lines: list[Line], first: int, last: int, reach: int = 4) -> int:
    """Start the body after the lead image when only a standfirst (and a byline) sits above it.

    Pages put headline, standfirst, byline, then the lead image and its caption, then the body.
    The standfirst reads as prose, so the body's run of lines often starts with it.
    """
    for index in range(first + 1, min(last, first + reach) + 1):
        if lines[index].caption:
            above = [line for line in lines[first:index] if line.prose]
            after = index
            while after <= last and (lines[after].caption or lines[after].copy):
                after += 1
            if len(above) <= 2 and after <= last and lines[after].prose:
                return after
            break
    return first


def clean_body(lines: list[Line], first: int, last: int, params: CleanerParams) -> list[Line]:
    """The body's lines: prose, and short lines that read as subheadings or list items."""
    kept: list[Line] = []
    run: list[Line] = []  # consecutive non-prose lines, held until we know how long the run is

    def flush(run: list[Line]) -> None:
        if len(run) < params.link_run:
            kept.extend(line for line in run if line.words >= params.keep_min_words)

    for line in lines[first : last + 1]:
        if line.caption or line.prompt or line.box:
            continue
        # A line printed twice is page furniture (caption, bio, prompt) when a copy sits
        # outside the body; when every copy is inside, it is the article's own (a recipe's
        # repeated steps, a table's repeated cells).
        if line.copy and not (line.repeats and first <= min(line.repeats) and max(line.repeats) <= last):
            continue
        if line.prose or line.sentence:   # (a run of 4+ short sentences is unmarked: a list)
            flush(run)
            run = []
            kept.append(line)
        else:
            run.append(line)
    flush(run)
    return kept


#: A run of lines above the body is searched for a dateline this far into the body's run.
DATELINE_REACH = 8
#: The body's first lines may hold header lines (a byline and date under a standfirst).
HEADER_IN_BODY_LINES = 8
# Menus flattened onto one line: words separated by runs of spaces, bars or dots.
_MENU_SEPARATOR = re.compile(r"\s{3,}|\s[|•·]\s")
# A line that labels a date ("Published 6 June 2023", "date 2023-06-06", "Опубликовано: ...").
_DATE_LABEL = re.compile(
    r"^(?:(?:first\s+)?published|posted|date|(?:last\s+)?(?:updated|modified)|опубликовано|обновлено|дата(?:\s+публикации|\s+публікації)?"
    r"|опубліковано|оновлено)\b\s*:?",
    re.IGNORECASE,
)
_UPDATED_LABEL = re.compile(r"^(?:last\s+)?(?:updated|modified)|^обновлено|^оновлено", re.IGNORECASE)
#: A publication date stated in a closing line ("This article was first published on …").
_PUBLISHED_ON = re.compile(
    r"^(?:this\s+(?:article|story|report|piece)\s+(?:was\s+|is\s+)?)?(?:originally\s+|first\s+)?published\s+on\b",
    re.IGNORECASE)
#: What may stand between a dateline's credit and a date printed after it ("(AP) — October 17, 2023").
_DASH_AFTER_CREDIT = re.compile(r"\)?\s*[—–-]?\s*")
_PUBLISHED_WORD = re.compile(r"\b(?:published|posted|опубликовано|опубліковано)\b", re.IGNORECASE)
#: A date label inside a long flattened line of chrome ("… Europe Published: 20 February 2024
#: Updated: …"): capitalised, as a label is and a sentence's "was published on" is not; the date
#: must follow it at once. Group 1 holds an update label.
#: The one-word labels count only capitalised ("Published", "Posted", "Updated"); the two-word
#: ones in any case ("first published on", "Last modified on", "last updated").
_INLINE_DATE_LABEL = re.compile(
    r"(?<!\w)(?:(?i:first\s+published)|Published|Posted|Опубликовано|Опубліковано|Дата\s+(?:публикации|публікації)"
    r"|((?i:last\s+(?:updated|modified))|Updated|Обновлено|Оновлено))(?:\s+on)?\s*:?\s*")
#: How far past the label its date may end ("Published: Monday, 20 February 2024, 10:15").
_INLINE_DATE_REACH = 40
#: The end of a sentence of prose (a flattened line of chrome ends on a menu word or a date).
_ENDS_LIKE_SENTENCE = re.compile(r"[.!?…][\"'”’»)]*\s*$")
#: Labels tried per line (a hostile line of thousands of labels costs no more).
_INLINE_LABELS_PER_LINE = 12
#: A line introducing other stories: its labels date them, not the page.
_OTHER_STORIES = re.compile(
    r"\b(?:related|most\s+(?:read|popular|viewed)|read\s+more|see\s+also|also\s+read|more\s+from|trending"
    r"|top\s+stories|latest\s+news|читайте\s+(?:также|також)|популярн\w*|главное|головне)\b", re.IGNORECASE)


def start_at_dateline(lines: list[Line], first: int, last: int) -> int:
    """Start the body at its dateline ("KYIV, June 6 (Reuters) -") when one opens a line near
    the top of the body's run: what is above it is the page's header (headline printed
    twice, a topic box, a teaser of the first paragraph, the date)."""
    for index in range(first + 1, min(last, first + DATELINE_REACH) + 1):
        if credits.dateline_credit(lines[index].text):
            return index
    return first


_TIME_AFTER = re.compile(r"[ \t,|·–—-]*\d{1,2}:\d\d")


def title_part(text: str) -> str:
    """A headline line without the date stamp a flattened page glued after it ("Headline
    04/13/2022 18:50:58. Total views 1033."); "" for a line that opens with a date. Only a
    date with its time is cut: "What happened on 24 February 2022" keeps its date."""
    found = find_date_span(text)
    if not found:
        return text
    if found[1] == 0:
        return ""
    if not _TIME_AFTER.match(text, found[2]):
        return text
    head = text[: found[1]].rstrip(" -–—|·,:(")
    return head if count_words(head) >= 3 else ""


# "Headline | Site", "Headline - BBC News": a page title printed with the site's name.
_SITE_SEPARATOR = re.compile(r"\s+(\||[-–—])\s+")
# After a dash only names that look like an outlet's are cut ("Harbour fire – What We Know"
# stays whole): a known wire, a domain, or a name with a word outlets use.
_OUTLET_WORD = re.compile(
    r"\b(?:news|times|post|daily|journal|herald|gazette|tribune|press|online|media|tv|radio|telegraph|"
    r"guardian|independent|observer|chronicle|courier|wire|agency|network|review|insider)\b|\.[a-z]{2,4}$",
    re.IGNORECASE,
)


# A site's one-word name after a dash: an acronym ("WSJ", "CNN") or a coined word with a digit
# or a capital inside ("9to5Mac", "TechPulse"); cut only when the page prints it as its site's
# name elsewhere too, since "... in past day - ISW" or "- UN" credits a headline's source.
_SITE_TOKEN = re.compile(r"^(?:[A-Z]{2,5}|(?=\w*\d)\w*[A-Za-z]\w*|[A-Z][a-z]+[A-Z]\w*)$")


def site_suffix(title: str, sites: Collection[str] = ()) -> tuple[str, int] | None:
    """(site name, where the title ends) when ``title`` ends in a site's name after " | " or,
    for a name that looks like an outlet's, after a dash; None otherwise. A one-word name
    (``_SITE_TOKEN``) after a dash counts only when it is among ``sites``, the names the page
    prints for its site."""
    separators = list(_SITE_SEPARATOR.finditer(title))
    if not separators:
        return None
    last = separators[-1]
    site, head = title[last.end() :].strip(), title[: last.start()]
    words = site.split()
    if not 1 <= len(words) <= 4 or count_words(head) < 3 or _SENTENCE_END.search(site):
        return None
    if not all(word[:1].isupper() or word[:1].isdigit() or "." in word for word in words):
        return None
    if last.group(1) != "|" and not (credits.is_wire(site) or _OUTLET_WORD.search(site)
                                     or site in sites and _SITE_TOKEN.match(site)):
        return None
    return site, last.start()


# A photo caption's closing credit in brackets: "(AP)", "[File: Reuters]", "(Photo: Lena Vos)",
# "(JOHN DOE/AGENCY NAME)": a caption line, never a headline.
_BRACKET_CREDIT = re.compile(
    r"[(\[]\s*(?:(?i:file|photo|image|picture|pictured|credit|source)\s*:[^)\]]*"
    r"|[A-Z][A-Z.&' -]*(?:/\s*[A-Z][A-Z.&' -]*)+|AP|AFP|Reuters|Getty Images|EPA|Shutterstock)\s*[)\]]$"
)
# Header chrome that reads like a title: a breadcrumb ("You are here: Home › News"), a reading
# time ("5 min read", "Reading time: 3 minutes"), a line opening with a dash ("— Ann Vos, on ...").
_CHROME_LINE = re.compile(
    r"^(?:you are here\b|home\s*[›>»/|]|[—–]\s)|\b\d+\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?)\.?\s+(?:read|чтения)\b"
    r"|^(?:reading time|read time|tempo de leitura|tiempo de lectura|lesezeit|время чтения)\b",
    re.IGNORECASE,
)
# A time printed first ("21:17 18.11.2019", "6:38 AM", "21.17 18.11.2019"), or a line that is a
# web address. A time with a dot must have a date or "am"/"pm" after it: "2.50 Fare Rise ..." and
# "10.00 Deadline Passes" are headlines opening with a number.
_TIME_FIRST = re.compile(r"^\d{1,2}(?::\d\d\b|\.\d\d\s*(?:[ap]\.?m\b|\d{1,2}[./-]\d))", re.IGNORECASE)
_ADDRESS = re.compile(r"^(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+)$", re.IGNORECASE)
#: A byline with a time after a dash or bar ("By Ann Vos - 11/19/20 10:52 PM EST"); the time
#: within a bounded reach of the separator, so a line of many dashes costs no more than linear work.
_BYLINE_TIMED = re.compile(r"\s[-–—|·•]\s[^\n]{0,80}?\d{1,2}:\d\d")
#: A bare byline ("By Ann Vos", "Written by Ann Vos and Odo Brant"): names only, never a headline
#: (the foreign prepositions of ``_BYLINE`` — "Di", "Von", "Par" — also open headlines, so only these).
_BYLINE_ONLY = re.compile(
    r"^(?i:(?:written |posted )?by|author:?|автор:?)\s+[A-ZА-ЯІЇЄҐ][\w.'’-]*(?:,?\s+(?:(?:and|&|і|и)\s+)?"
    r"[A-ZА-ЯІЇЄҐ][\w.'’-]*){0,5}[.,]?$"
)
#: A line longer than this is no headline; no title regex runs over a longer one.
MAX_TITLE_CHARS = 300


def _title_like(line: Line) -> bool:
    """Could be a headline: 3 to 30 words not ending a sentence, and no chrome (prompts,
    captions, menus flattened onto one line, date lines, time stamps, web addresses)."""
    if not 3 <= line.words <= 60 or len(line.text) > MAX_TITLE_CHARS or line.caption or line.prompt:
        return False
    if len(_MENU_SEPARATOR.findall(line.text)) >= 2 or _DATE_LABEL.match(line.text) or _date_stamp_line(line.text) \
            or _RELATIVE_TIME.match(line.text):
        return False
    if _BRACKET_CREDIT.search(line.text) or _TIME_FIRST.match(line.text) or _ADDRESS.match(line.text.strip()):
        return False
    if len(re.findall(r"[^\W\d_]{2,}", line.text)) < 2 and not _CJK.search(line.text) or _CHROME_LINE.search(line.text):
        return False   # "4 55 3": scores, counters (unspaced CJK is one "word"); breadcrumbs, reading times
    if _BYLINE_ONLY.match(line.text):
        return False
    if _BYLINE.match(line.text) and (find_date_span(line.text) or re.search(r"[|·•]", line.text)
                                     or _BYLINE_TIMED.search(line.text)):
        return False   # "Written by Anna Petrenko | Oct 17 2023": a byline with its date
    text = title_part(line.text)
    words = line.words if text is line.text else count_words(text)
    return 3 <= words <= 30 and not text.endswith(".")


#: A time stamp relative to now ("3 hours ago", "Updated 2 days ago", "2 часа назад", "Сьогодні,
#: 14:20"): page furniture, never a headline, and no date.
_RELATIVE_TIME = re.compile(
    r"^(?:(?:updated|published|posted|обновлено|оновлено|опубликовано|опубліковано)\s*:?\s+)?"
    r"(?:(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
    r"|\d+\s+(?:секунд\w*|минут\w*|хвилин\w*|час\w*|годин\w*|дн\w*|дней|недел\w*|тиж\w*)\s+(?:назад|тому)"
    r"|(?:today|yesterday|сегодня|вчера|сьогодні|вчора),?\s*(?:(?:at|в|о)\s+)?\d{1,2}:\d\d)\s*$",
    re.IGNORECASE)
#: Words a date stamp carries besides its date: times, zones, weekdays, "updated … ago".
_STAMP_WORDS = re.compile(
    r"\b(?:[ap]\.?m\.?|gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|pst|pdt|et|ist|kyiv|time|local"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|updated|published|posted|last|at|on|ago|hours?|hrs?|minutes?|mins?|read|day|days|and)\b",
    re.IGNORECASE,
)


def _date_stamp_line(text: str) -> bool:
    """A line that is a date with its time and zone and little else ("Tue 17 Oct 2023 21.55 BST",
    "October 17, 20238:45 PM GMT+3Updated 3 hours ago"): page furniture, never a headline."""
    found = find_date_span(text)
    if found is None or len(text) > 120:
        return False
    return _words_beside_date(text, found[1], found[2]) <= 2


def _words_beside_date(text: str, start: int, end: int) -> float:
    """The words ``text`` prints besides its date at ``start:end`` and the date's time, zone and
    weekday (a stamp has next to none, another story's title beside its date a few)."""
    rest = _STAMP_WORDS.sub(" ", text[:start] + " " + text[end:])
    return count_words(re.sub(r"[\d:.,+/|·•-]+", " ", rest))


#: Where a flattened line of chrome joins its parts: " | ", " · ", " • ", a spaced dash.
_PART_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+")
#: A role after a byline's name ("Political Editor", "корреспондент"): a few words, no digits,
#: no second comma (a title goes on: "Ann Vos, mayor, steps down").
_ROLE = re.compile(r"^[^\W\d_][^\d|·•,]{0,60}$")
#: A lower-case English word that reads as a finite verb ("resigns", "steps", "quit"): a role
#: holding one is a title's clause, not a byline's role. ("affairs correspondent" reads so too:
#: such a line is left to the scores, as before session 11.)
_ROLE_VERB = re.compile(r"\b(?:[a-z]+(?<![su])s|[a-z]+ed|quit|says|said|dies|wins|loses|backs|quits)\b")


def _dated_part(text: str) -> tuple[str, str] | None:
    """A line made of parts joined by a separator, one of them a date stamp ("Ann Vos · 3 May
    2021", "Bridge reopens - 2 May 2021"): (the rest, the date part); None otherwise."""
    if len(text) > 200 or not find_date_span(text):
        return None
    parts = _PART_SEPARATOR.split(text)
    if len(parts) < 2:
        return None
    for at, part in enumerate(parts):
        if find_date_span(part) and _date_stamp_line(part):
            rest = " ".join(p for j, p in enumerate(parts) if j != at).strip()
            return (rest, part) if rest else None
    return None


def _dated_byline(text: str) -> bool:
    """A byline with its date: a name, maybe its role after a comma, and a date stamp beside
    them ("Ann Vos, Political Editor · 3 May 2021", "Ольга Петренко | 21 липня 2022 року")."""
    found = _dated_part(text)
    if found is None:
        return False
    rest = found[0]
    match = _BYLINE.match(rest)
    name, _, role = (match.group(1) if match else rest).partition(",")
    name, role = name.strip(), role.strip()
    return 2 <= len(name.split()) <= 3 and _name_line(name) and (
        not role or (_ROLE.match(role) is not None and count_words(role) <= 4 and not _ROLE_VERB.search(role)))


#: A ticker's label opening a line ("Breaking: …", "Latest: …", "Срочно: …"): another story's
#: title in a strip of news above the page's own.
_TICKER_LABEL = re.compile(
    r"^(?:breaking(?: news)?|latest|just in|also today|срочно|молния|главное сегодня"
    r"|терміново|блискавка|головне сьогодні)\s*:\s",
    re.IGNORECASE,
)


def _sentence_case(text: str) -> bool:
    """Most words after the first start in lower case (a standfirst; Title Case headlines
    capitalise nearly every word)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)[1:]]
    return len(words) >= 4 and sum(1 for w in words if w[:1].isupper()) < 0.4 * len(words)


def find_headline(lines: list[Line], body_first: int) -> int | None:
    """The headline: the most title-like line above the body, favouring long and near lines.

    A line that also appears inside a longer line above the body (the page title with the
    site's name appended) is most likely the headline itself. A sentence-case line right below
    another title-like line is the standfirst under its headline.
    """
    best, best_score = None, 0.0
    window = range(max(0, body_first - 40), body_first)
    title_key = _key(lines[0].text) if body_first > 0 and _title_like(lines[0]) else ""
    candidates = [i for i in window if _title_like(lines[i]) and not (lines[i].prose and _SENTENCE_END.search(lines[i].text))]
    candidates = _drop_listed_items(lines, candidates)
    headed = _story_headers(lines, candidates, body_first)
    for index in candidates:
        line = lines[index]
        score = line.words - 0.5 * (body_first - index)
        key = _key(line.text)
        # printed again inside a longer line above the body, or inside the page's title that a
        # saved page opens with ("Headline | Section | Site")
        if line.copy and any(key in _key(lines[j].text) for j in window if j != index) \
                or index > 0 and key in title_key:
            score += 10
        if index in headed:
            score += HEADER_BONUS
        if score > best_score:
            best, best_score = index, score
    if best is not None:
        # a list of other stories' titles (a ticker, "trending") runs into the headline: of a run
        # of four or more title-like lines, the one nearest the body is the page's own
        last = best
        while last + 1 < body_first and _listed_title(lines[last + 1]):
            last += 1
        first = best
        while first - 1 >= window.start and _listed_title(lines[first - 1]):
            first -= 1
        if _listed_title(lines[best]) and last - first + 1 >= TICKER_LINES:
            return last   # (and the line above it is another story's title, not its headline)
    if best is not None and best - 1 in candidates and _is_standfirst_below(lines[best - 1], lines[best]):
        return best - 1
    return best


def _drop_listed_items(lines: list[Line], candidates: list[int]) -> list[int]:
    """The candidates less chrome that looks like a title: a byline with its date ("Ann Vos,
    Political Editor · 3 May 2021"), and a run of two or more ticker items ("Breaking: …") or
    other stories' titles each with its date ("Bridge reopens - 2 May 2021") on adjacent lines,
    or flattened onto one line (two dates, each with its title), a list of other stories. One
    such line alone is never dropped (a page's own headline may carry "Breaking:" or its date),
    and a line is dropped only when another candidate remains."""
    bylines = {i for i in candidates if _dated_byline(lines[i].text)}
    kept = [i for i in candidates if i not in bylines] or candidates
    items = {i for i in kept if _TICKER_LABEL.match(lines[i].text) or _dated_part(lines[i].text)}
    runs = {i for i in items if i - 1 in items or i + 1 in items} | {i for i in items if _flattened_ticker(lines[i].text)}
    return [i for i in kept if i not in runs] or kept


def printed_sites(lines: list[Line], headline_at: int, body_first: int | None) -> set[str]:
    """The site names the page prints above its body other than on the headline's line: a
    line that is the name alone (the logo), or the name closing another title line after " | "
    or a dash ("Other story - WSJ"); the headline's line printed again (the page's title)
    is no other evidence."""
    names: set[str] = set()
    stop = body_first if body_first is not None else len(lines)
    own = lines[headline_at].text.strip()
    for index in sorted({0, *range(max(0, stop - 60), stop)} & set(range(stop))):   # the page's title opens it
        text = lines[index].text.strip()
        if text == own or len(text) > MAX_TITLE_CHARS:
            continue
        if _SITE_TOKEN.match(text):
            names.add(text)
        elif separators := list(_SITE_SEPARATOR.finditer(text)):
            names.add(text[separators[-1].end() :].strip())
    return names


#: Consecutive title-like lines that make a list of stories rather than a headline and its kicker.
TICKER_LINES = 4
#: What a headline gains when a byline or the page's date follows it (the header's order).
HEADER_BONUS = 8
HEADER_MIN_WORDS = 5
#: A title-like line this near under another title's byline or date: the two are a list of
#: stories ("Most read": title, byline, title, byline), not a story's header.
LISTED_HEADER_GAP = 3


def _story_headers(lines: list[Line], candidates: list[int], body_first: int) -> set[int]:
    """The candidate lines with a byline or date under them, as a story's headline has, less
    those in a list of other stories' titles each with its own byline or date: when the next
    such line starts right under one's byline, neither is the story's header."""
    marks = {index: mark for index in candidates if (mark := _header_below(lines, index, body_first)) is not None}
    listed: set[int] = set()
    ordered = sorted(marks)
    for index, after in zip(ordered, ordered[1:]):
        if after - marks[index] <= LISTED_HEADER_GAP:
            listed.update((index, after))
    return set(marks) - listed


def _header_below(lines: list[Line], index: int, body_first: int) -> int | None:
    """A byline or a date line right under line ``index`` (a standfirst may come between),
    as under a story's headline; a date or byline under the body's start does not count. A
    short line (the author's "Ann Vos in Orsund" above the date) gains nothing. Returns where
    that byline or date is, None when there is none."""
    if lines[index].words < HEADER_MIN_WORDS:
        return None
    for at in range(index + 1, min(index + 3, body_first)):
        below = lines[at]
        text = below.text
        if below.words <= 20 and (_BYLINE.match(text) or _DATE_LABEL.match(text) or _date_stamp_line(text)):
            return at
        if not (_is_standfirst_below(lines[index], below) or _name_line(below.text)):
            return None   # only a standfirst or the author's name stands between a headline and its byline
    return None


def _name_line(text: str) -> bool:
    """A line that is a person's name and nothing else ("Ann Vos", "Mary J. Dole")."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.rstrip(".").replace("-", "").isalpha() for w in words)


def _listed_title(line: Line) -> bool:
    return _title_like(line) and not (line.prose and _SENTENCE_END.search(line.text)) and not _BYLINE.match(line.text) \
        and not _AUTHOR_LABEL.match(line.text)


def _is_standfirst_below(above: Line, line: Line) -> bool:
    return (
        line.words >= 8
        and _sentence_case(line.text)
        and _title_like(above)
        and 5 <= above.words <= line.words
        and not _SENTENCE_END.search(above.text)
    )


def find_section(lines: list[Line], headline_at: int) -> int | None:
    """A short label right above the headline (the site's section), if there is one."""
    if headline_at == 0:
        return None
    line = lines[headline_at - 1]
    if 1 <= line.words <= 10 and not re.search(r"[.!?]$", line.text) and not line.prompt:
        if not _BYLINE.match(line.text) and not _AUTHOR_LABEL.match(line.text):
            return headline_at - 1
    return None


def find_published(
    lines: list[Line], headline_at: int | None, body_first: int | None, body_last: int | None = None
) -> tuple[str, int, int] | None:
    """(ISO date, start, end) of the page's date, short lines only, looked for in order:

    1. a labelled line ("Published 15 March 2026", "date 2023-06-06", "Опубликовано: ...")
       above the body, among its first lines or just below it (an "Updated" or "Last modified"
       label only at the very end, when nothing else dates the page), then a closing line that
       opens "This article was first published on …";
    2. the header lines between the headline and the body ("Roman Tkach · 19 March 2026"),
       then short lines that are not prose among the body's first lines (a byline and date
       under a standfirst that the body's run of lines took in);
    3. a date stamp glued after the headline on its line (a date inside the headline is not it);
    4. header lines above the headline (after the labels: a site's header may print today's
       date), unless they list other stories with their dates or give different dates;
       then a publication label inside a long flattened line of chrome above the body or among
       its first lines ("… Europe Published: 20 February 2024 Updated: …");
    5. the body's dateline ("KYIV, June 6, 2024 (Reuters) -"), or a date right after its credit
       ("KYIV (AP) — October 17, 2023 —");
    6. an update label's date, on its own line, then inside such a flattened line;
    7. a line that is only a date, above the body, when no other such line there gives another
       date.
    """
    stop = body_first if body_first is not None else len(lines)
    after = body_last + 1 if body_last is not None else len(lines)
    header = range(max(0, stop - 40), stop)
    top = range(stop, min(after, stop + HEADER_IN_BODY_LINES))
    footer = range(after, min(len(lines), after + 5))

    def dated(line: Line, text: str | None = None) -> tuple[str, int, int] | None:
        text = text if text is not None else line.text
        # "Updated October 18, 2023. Published October 17, 2023": the publication's own date
        label = _PUBLISHED_WORD.search(text)
        if label and _UPDATED_LABEL.match(text) and (found := find_date_span(text[label.end():])):
            return found[0], line.start + label.end() + found[1], line.start + label.end() + found[2]
        found = find_date_span(text)
        return (found[0], line.start + found[1], line.start + found[2]) if found else None

    def fielded(line: Line) -> bool:
        # a metadata line of short fields ("By … | October 17, 2023 | 3 min read")
        fields = _MENU_SEPARATOR.split(line.text)
        return len(fields) > 1 and all(count_words(field) <= 20 for field in fields)

    def short(line: Line) -> bool:
        return not line.caption and (line.words <= 20 or fielded(line))

    def updated(line: Line) -> bool:
        return bool(_UPDATED_LABEL.match(line.text)) and not _PUBLISHED_WORD.search(line.text)

    labelled = [lines[i] for i in (*header, *top, *footer) if short(lines[i]) and _DATE_LABEL.match(lines[i].text)]
    for line in labelled:
        if not updated(line) and (found := dated(line)):
            return found
    # "This article was first published on 17 October 2023." closing the body or under it (a line
    # that opens with it: "That report was first published on …" is about another document)
    for index in range(max(stop, after - 1), min(len(lines), after + 5)):
        line = lines[index]
        if line.words <= 20 and _PUBLISHED_ON.search(line.text):
            if found := dated(line):
                return found
    below = range(headline_at + 1, stop) if headline_at is not None else range(max(0, stop - 15), stop)
    for index in below:
        if short(lines[index]) and not updated(lines[index]) and (found := dated(lines[index])):
            return found
    for index in top:
        line = lines[index]
        if (not line.prose and line.words <= 12 or fielded(line)) and not line.caption and (found := dated(line)):
            return found
    if headline_at is not None and title_part(lines[headline_at].text) != lines[headline_at].text:
        if found := dated(lines[headline_at]):
            return found
    # 4. above the headline: not a list of other stories' dates ("Bridge reopens - 2 May 2021"
    #    under "Most read"): two or more titles each beside its date are such a list, and lines
    #    giving different dates are one too, none of them the page's
    above = []
    for index in range(max(0, stop - 40), headline_at if headline_at is not None else 0):
        line = lines[index]
        if short(line) and not updated(line) and (found := dated(line)):
            titled = _titled_date(line.text, found, line.start)
            above.append((found, titled))
            if titled and _two_titled_dates(line.text, found[1] - line.start, found[2] - line.start):
                above.append((found, titled))   # a ticker flattened onto one line: two titled dates
    # a ticker item beside the section's date line: the titled lines go when an untitled one stays
    if sum(titled for _, titled in above) >= 2 or any(not titled for _, titled in above):
        above = [item for item in above if not item[1]]
    if above and len({found[0] for found, _ in above}) == 1:
        return above[0][0]
    # 4b. a label inside a long line of flattened chrome (not prose, not a list of other stories),
    #     above the body or among its first lines, only when no dated line above did
    #     (a flattened line of chrome reads as prose by its length, but does not end like a
    #     sentence: a line of prose that does is never read for labels)
    inline = [lines[i] for i in (*header, *top) if not lines[i].caption and not _OTHER_STORIES.search(lines[i].text)
              and not (lines[i].prose and _ENDS_LIKE_SENTENCE.search(lines[i].text))]
    if found := _inline_labelled(inline, updates=False):
        return found
    if body_first is not None and (credit := credits.dateline_credit(lines[body_first].text)):
        text = lines[body_first].text
        # "KYIV, Ukraine (AP) — October 17, 2023 — …": the date may follow the credit
        if found := dated(lines[body_first], text[: credit[1]]):
            return found
        opening = _DASH_AFTER_CREDIT.match(text, credit[2])
        found = find_date_span(text[opening.end() : opening.end() + 40]) if opening else None
        if opening and found and found[1] == 0:
            start = lines[body_first].start + opening.end()
            return found[0], start, start + found[2]
    for line in labelled:
        if updated(line) and (found := dated(line)):
            return found
    if found := _inline_labelled(inline, updates=True):
        return found
    # 7. a line that is nothing but a date (with its time and weekday) above the body, when it is
    #    the only such date there (a page whose chrome is long); below the body an unlabelled date
    #    is a comment's or another story's as often as the page's, under headings no list can name
    alone = set()
    for index in range(stop):
        line = lines[index]
        if line.words <= 12 and not line.caption and not updated(line) and (found := dated(line)) \
                and _only_a_date(line.text, found[1] - line.start, found[2] - line.start):
            alone.add(found)
    if len({found[0] for found in alone}) == 1:
        return min(alone, key=lambda found: found[1])
    return None




#: Words beside a date that name an edit, not a story ("edited 4 May", "amended", "змінено").
_EDIT_WORDS = re.compile(r"\b(?:edited|amended|modified|revised|first|изменено|обновлено|оновлено|змінено)\b",
                         re.IGNORECASE)


def _flattened_ticker(text: str) -> bool:
    """A line of two other stories' titles each with its date ("Flood warning lifted — 4 Jan 2022 |
    Bypass reopens — 5 Jan 2022"): a run of a ticker's items on one line."""
    found = find_date_span(text) if len(text) <= 200 else None
    return found is not None and _two_titled_dates(text, found[1], found[2])


def _two_titled_dates(text: str, start: int, end: int) -> bool:
    """Does ``text`` print a story's title before its date at ``start:end`` and another title
    before a second date after it ("Ferry fares rise - 2 May 2021 | Roof fixed - 1 May 2021")?
    A byline's name or an edit label ("Ann Vos · 3 May 2021 · edited 4 May 2021") is no title."""
    later = find_date_span(text[end:])
    if not later:
        return False

    def title(part: str) -> bool:
        words = re.sub(r"[\d:.,+/|·•–—-]+", " ", _EDIT_WORDS.sub(" ", _STAMP_WORDS.sub(" ", part))).strip()
        return count_words(words) >= 2 and not _name_line(words) and not _BYLINE.match(part.strip())

    return title(text[:start]) and title(text[end : end + later[1]])


def _titled_date(text: str, found: tuple[str, int, int], offset: int) -> bool:
    """Is the date on ``text`` printed beside a story's title ("Bridge reopens after repairs - 2 May
    2021", "2 May 2021 Bridge reopens …"), as in a list of other stories, not with a label or byline?"""
    if _DATE_LABEL.match(text) or _BYLINE.match(text) or _PUBLISHED_WORD.search(text):
        return False
    return _words_beside_date(text, found[1] - offset, found[2] - offset) >= 3


def _inline_labelled(lines: list[Line], updates: bool) -> tuple[str, int, int] | None:
    """(ISO date, start, end) of the first date right after a date label inside one of ``lines``
    ("… Published: 20 February 2024 …"): publication labels, or with ``updates`` the update labels;
    a line whose labels give different dates is skipped (a list of stories)."""
    for line in lines:
        dates = []
        for tried, label in enumerate(_INLINE_DATE_LABEL.finditer(line.text)):
            if tried >= _INLINE_LABELS_PER_LINE:
                break
            if bool(label[1]) != updates:
                continue
            # a label after a quote mark, a colon, a bracket or a comma is quoted or in a sentence,
            # and one after a full stop opens a sentence ("Published in 2019, the survey …")
            # (a bounded look-behind: a few characters, whatever the line's length)
            if line.text[max(0, label.start() - 3) : label.start()].rstrip()[-1:] in set(":“\"'‘«(,„.!?…"):
                continue
            found = find_date_span(line.text[label.end() : label.end() + _INLINE_DATE_REACH])
            # only a weekday or time between the label and its date ("Published: Mon, 20 Feb 2024")
            if found and not re.search(r"\w", _DATE_COMPANIONS.sub(" ", line.text[label.end() : label.end() + found[1]])):
                dates.append((found[0], line.start + label.end() + found[1], line.start + label.end() + found[2]))
        # labels giving different dates on one line are a list of stories, none of them the page's
        if dates and len({found[0] for found in dates}) == 1:
            return dates[0]
    return None


#: What may stand beside a date on a line that is only a date: a time, a zone, a weekday, "at".
_DATE_COMPANIONS = re.compile(
    r"\b(?:\d{1,2}[:.]\d\d(?:[:.]\d\d)?|[ap]\.?m\.?|(?:gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|et|pt)(?:[+-]\d{1,2})?"
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\.?|wednesday|saturday|at|on)\b",
    re.IGNORECASE,
)


def _only_a_date(text: str, start: int, end: int) -> bool:
    """Is ``text`` a date and nothing else but its time, zone and weekday ("Tue 17 Oct 2023 14.32 BST")?"""
    rest = _DATE_COMPANIONS.sub(" ", text[:start] + " " + text[end:])
    return not re.search(r"\w", rest)


def find_outlet(
    text: str, lines: list[Line], headline: str | None, body_first: int | None
) -> tuple[str, int, int] | None:
    """(name, start, end) of the outlet as the page names itself: the last copyright line
    that does not name a wire (the site's footer) unless it names a company, else the site's
    name after the headline on a title line ("Headline | Site", "Headline - Site"), else a
    company's copyright line."""
    holder = None
    for line in lines:
        if line.words > 20 or line.caption or not credits.has_copyright_mark(line.text):
            continue
        if found := credits.copyright_holder(line.text):
            if not credits.is_wire(found[0]):
                holder = (found[0], line.start + found[1], line.start + found[2])
    if holder and not _COMPANY.search(holder[0]):
        return holder
    # a company's copyright ("© Tarnov Media Group, Inc") names the owner, not the site: the
    # site's own name on a title line wins over it
    return _title_site(lines, headline, body_first) or holder


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
            parts = re.split(r"\s+[|–—-]\s+", line.text)
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


def find_author(
    text: str, lines: list[Line], body_first: int | None, headline_at: int | None
) -> tuple[str, int, int] | None:
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


def collect_captions(
    text: str, lines: list[Line]
) -> tuple[list[Caption], list[FieldSpan], list[FieldSpan]]:
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
