"""The body: every line scored, the best-scoring run of lines taken (or an earlier one scoring nearly
as well), split at long stretches of non-prose lines, joined across short whole sentences,
bridged across short link lists and across a box before a cut excerpt's tail; then a standfirst
above the lead image skipped, the start moved to a dateline, and what was marked dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claimgraph.extract import credits
from claimgraph.extract.cues import ORG_NOUNS, ORG_PRONOUNS, PERSON_PRONOUNS, PERSON_ROLES, SPEECH_VERBS
from claimgraph.extract.cyrillic.lexicon import ACCORDING_TO, SPEECH_VERBS as CYRILLIC_SPEECH_VERBS, STATEMENT_SAYS
from claimgraph.extract.cyrillic.models import parses
from claimgraph.extract.language import STOP_WORDS, guess_language
from claimgraph.extract.nlp import load_nlp
from claimgraph.extract.quotes import find_quotes
from .params import CleanerParams
from .lines import Line, _CHROME_SENTENCE, _HANDLE_FIRST, _SENTENCE_END
from .header import _title_like, find_headline
from .lines import MAX_TITLE_CHARS


#: The body is extended across at most this many link lists, and moved at most this many
#: times to an earlier run (each step is a pass over the lines).
MAX_BRIDGES = 20
MAX_EARLIER = 20


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
    lines (the page's own style), or the sentence reports or quotes someone (``reports_speech``),
    or, below the body, it reads as the story's own third-person statement (``reports_a_fact``,
    checked against the story's words); an edit credit, an app pitch or a reader's "Great
    article." is chrome however it ends. Above
    the body, never the line taken for the headline, nor one ending in "!" (a headline's cry)."""
    styled = any(line.inside for line in lines[first : last + 1])

    headline_at = find_headline(lines, first)
    for _ in range(params.short_sentence_edge):
        above = first - 1
        if above < 0 or not lines[above].sentence or above == headline_at \
                or lines[above].text.rstrip(_CLOSERS).endswith("!") or not (styled or reports_speech(lines[above].text)):
            break
        first = above
    language: str | None = None
    story: StoryWords | None = None
    for _ in range(params.short_sentence_edge):
        below = last + 1
        if below >= len(lines) or not lines[below].sentence:
            break
        if not (styled or reports_speech(lines[below].text)):
            if language is None:
                body = lines[first : last + 1]
                language = guess_language(_joined(body, LANGUAGE_CHARS)) or ""
                story = StoryWords.read(_joined(body, MAX_BODY_STEM_CHARS),
                                        _joined(lines[max(0, first - MAX_HEADER_LINES) : first], MAX_BODY_STEM_CHARS))
            if not reports_a_fact(lines[below].text, language, story):
                break
        last = below
    return first, last


def _joined(lines: list[Line], limit: int) -> str:
    """The lines' text joined by spaces, cut at ``limit`` characters (never more joined than that)."""
    parts: list[str] = []
    size = 0
    for line in lines:
        if size >= limit:
            break
        parts.append(line.text)
        size += len(line.text) + 1
    return " ".join(parts)[:limit]


#: The body's words a closing line is compared with are read from at most this many characters.
MAX_BODY_STEM_CHARS = 20_000
#: The header lines above the body searched for the site's own name.
MAX_HEADER_LINES = 40


@dataclass(frozen=True)
class StoryWords:
    """What a closing line is checked against: the body's word stems and text, and the header's
    text above it (where the site prints its name)."""

    stems: frozenset[str]
    body: str
    header: str

    @classmethod
    def read(cls, body: str, header: str) -> StoryWords:
        return cls(frozenset(word_stem(word) for word in _WORDS_OF.findall(body)), body, header)


def word_stem(word: str) -> str:
    """A crude stem that joins a word's inflected forms in English, Russian and Ukrainian
    ("charges"/"charged", "road"/"roads", "пожежа"/"пожежі"): its first five letters, four for
    a short word."""
    word = word.lower()
    return word[:5] if len(word) >= 6 else word[:4]


#: The body's language is guessed from at most this many characters of it.
LANGUAGE_CHARS = 3_000
#: The first and second person: the site speaking of itself or to its reader ("Follow us", "your
#: inbox", "I loved this"), or a reader's comment. English forms are matched as cased ("US" is a country).
_FIRST_SECOND_PERSON = re.compile(
    r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|us|[Oo]urs?|[Yy]ou|[Yy]ours?)\b"
    r"|(?i:\b(?:я|меня|мене|мне|мені|мой|моя|моё|мои|мій|мої|мы|ми|нас|нам|нами|наш\w*|вы|ви|вас|вам|вами|ваш\w*)\b)"
)
#: Subject dependencies of spaCy's English parser.
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
#: A clause opening with a base-form verb (an imperative) or a wh-word (Penn tags).
_OPENINGS_NOT_REPORTED = {"VB", "WDT", "WP", "WP$", "WRB"}
#: A subject that is the page itself: the site's note about its article ("This article was
#: reprinted …", "This story has been updated."), not the article's news.
_SELF_REFERENCE = re.compile(r"^this (?:article|story|post|page|piece)$", re.IGNORECASE)
#: pymorphy3's parts of speech that predicate a Russian or Ukrainian clause: a finite verb, a short
#: participle ("маршруты изменены") or a predicative ("пострадавших нет").
_PREDICATES = {"VERB", "PRTS", "PRED"}


def shares_a_word(words: list[str], stems: frozenset[str], language: str) -> bool:
    """One of the line's content words (three letters or more, no function word) is the body's too,
    inflection aside."""
    stops = STOP_WORDS.get(language, frozenset())
    return any(word_stem(word) in stems for word in words if len(word) > 2 and word.lower() not in stops)


#: Aspect adverbs that tie a clause to the story's present ("have yet to name", "is still closed").
_ASPECT_ADVERBS = {"yet", "still", "already"}
#: Determiners of a generic subject ("Most readers", "Many experts"): no more anchored than a bare noun.
_GENERIC_DETERMINERS = {"some", "many", "most", "all", "few", "several", "any"}
#: Russian and Ukrainian words of absence, a predicative or a negative pronoun ("Пострадавших
#: нет.", "Никто не пострадал."): the article's own tally, whatever words it shares.
_ABSENT = {"нет", "немає", "нема", "никто", "ніхто", "ничего", "нічого"}


def _bare_subject(subject: Token) -> bool:
    """A common-noun subject with no determiner that points back into the story ("Forecasters",
    "Most readers", "Local journalism"), as against "the suspect", "both men", "its owners"."""
    if subject.pos_ != "NOUN":
        return False
    return not any(child.dep_ in ("det", "poss", "nummod", "predet") and child.lower_ not in _GENERIC_DETERMINERS
                   for child in subject.children)


def _indefinite_personal(words: list[str], language: str) -> bool:
    """A plural verb with no plural subject in the nominative: the Russian and Ukrainian way of
    citing an institution without naming a speaker ("В мэрии от комментариев отказались.", "У
    компанії на запит не відповіли."), the article's own construction; the site's lines name
    their subject ("Биржи завершили торги", "Редакция работает")."""
    plural_verb = subject = False
    for word in words:
        for parse in parses(language, word.lower())[:2]:
            tag = parse.tag
            if tag.POS == "VERB" and tag.number == "plur":
                plural_verb = True
            if tag.case == "nomn" and tag.number == "plur" and tag.POS in ("NOUN", "NPRO", "ADJF"):
                subject = True
    return plural_verb and not subject


def _anchored(doc: Doc) -> bool:
    """A perfect or progressive clause, or one with an aspect adverb: it reports on where the
    story stands now ("Police have yet to name …", "Investigations are continuing."), where a
    simple present or past with a generic subject states a habit, a forecast or a ticker."""
    for token in doc:
        if token.dep_ == "aux" and token.lemma_ == "have" and token.head.tag_ == "VBN":
            return True
        if token.dep_ == "aux" and token.lemma_ == "be" and token.head.tag_ == "VBG":
            return True
        if token.dep_ == "advmod" and token.lower_ in _ASPECT_ADVERBS:
            return True
        if token.dep_ == "neg":
            return True   # what the story's people did not do ("Officials did not say why.")
    return False


def reports_a_fact(text: str, language: str, story: StoryWords | None = None) -> bool:
    """A short sentence below the body that reads as the article's last paragraph ("Police have yet
    to name the suspect.", "The trial continues.", "В мэрии от комментариев отказались."), not the
    site's: a declarative clause, its subject before its finite verb, in the third person. The site's
    short lines ask the reader to act (imperatives: "Sign up …", "Follow us …", "Читайте нас …"),
    speak as "we"/"you", print a reader's "I" or a verbless cry ("What a story."), or make a chrome
    word or the page itself their subject ("Comments are closed.", "This article was updated."). English is parsed (spaCy); Russian and Ukrainian
    are read word by word (pymorphy3): a finite, non-imperative verb (or a short participle, a
    predicative) after the first word. Other
    languages: no evidence either way, the line stays out."""
    if _FIRST_SECOND_PERSON.search(text):
        return False
    if language == "en":
        doc = load_nlp()(text[:MAX_TITLE_CHARS])
        if len(doc) and doc[0].tag_ in _OPENINGS_NOT_REPORTED:
            return False   # an imperative ("Get started …"), a question or exclamation ("What a mess …")
        if not any(token.dep_ == "ROOT" and token.pos_ in ("VERB", "AUX") for token in doc):
            return False   # a caption or a cry: no verb heads the line ("Crews at the scene.")
        # a subject before its verb (the small parser may hang it on the auxiliary: "The cause | is | known")
        subjects = [token for token in doc if token.dep_ in _SUBJECTS and token.i < token.head.i
                    and token.head.pos_ in ("VERB", "AUX")]
        if not subjects or any(
                _CHROME_LABEL.search(subject.text) or _SELF_REFERENCE.match(doc[subject.left_edge.i : subject.i + 1].text)
                for subject in subjects):
            return False
        if story is None:
            return True
        for subject in subjects:
            name = [token for token in subject.subtree if token.pos_ == "PROPN"]
            if not name:
                continue
            # a name the story never printed is the site's own ("The Post never comments …", "Mara
            # Lindqvist covers transport.", "Harlow Wire contributed …"), and so is the name the
            # header prints above the story and the story does not ("The Corran Post is published daily.")
            if not any(word_stem(token.text) in story.stems for token in name):
                return False
            named = doc[name[0].i : name[-1].i + 1].text
            if named in story.header and named not in story.body:
                return False
        # a generic subject in a simple tense ("Forecasters predict snow", "Markets closed
        # higher.") is a widget's, a slogan's or a policy's unless the line shares a word with the story
        if any(_bare_subject(subject) for subject in subjects) and not _anchored(doc):
            return shares_a_word([token.text for token in doc if token.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")],
                                 story.stems, language)
        return True
    if language not in ("ru", "uk"):
        return False
    words = _WORDS_OF.findall(text)[:40]
    # no parse to tell a generic subject: a Cyrillic closing line shares a word with the story
    # ("Причины пожара устанавливают."), or tallies an absence ("Пострадавших нет."); the site's
    # weather, rates, reprint notices and newsroom lines share none
    if story is not None and not any(word.lower() in _ABSENT for word in words) \
            and not _indefinite_personal(words, language) and not shares_a_word(words, story.stems, language):
        return False
    for at, word in enumerate(words):
        for parse in parses(language, word.lower())[:2]:
            tag = parse.tag
            # (an infinitive's POS is INFN, never a predicate; pymorphy3 raises on "infn" in a tag)
            if tag.POS in _PREDICATES and "impr" not in tag:
                return at > 0
            if at == 0 and "impr" in tag:
                return False
    return False


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


def start_at_dateline(lines: list[Line], first: int, last: int) -> int:
    """Start the body at its dateline ("KYIV, June 6 (Reuters) -") when one opens a line near
    the top of the body's run: what is above it is the page's header (headline printed
    twice, a topic box, a teaser of the first paragraph, the date)."""
    for index in range(first + 1, min(last, first + DATELINE_REACH) + 1):
        if credits.dateline_credit(lines[index].text):
            return index
    return first
