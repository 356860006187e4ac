"""The state every construction of the Cyrillic reader shares: one body's sentences (natasha's,
joined over initials and cut at line ends) and tokens, the claims found so far with their speakers,
and the helpers all constructions use — a cue verb by its lemma (``is_cue``), the tokens of a span,
what a claim already covers, and ``add``, which makes a claim and its kind."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from ..attribution import Claim, EvidenceRef
from ..evidence import find_evidence
from ..language import RUSSIAN_LETTERS, UKRAINIAN_LETTERS
from .entities import (
    INITIAL_BEFORE,
    surname_word,
)
from .lexicon import (
    SPEECH_VERBS,
)
from .models import parses


_STRIP = " \t\n.,;:—–-"


_FUNCTION_POS = frozenset("PREP CONJ PRCL ADVB INTJ NPRO PRED COMP".split())
_LOWER_CYRILLIC_WORD = re.compile(r"[а-яіїєґё'’ʼ-]+")
#: Letters only the other language writes (the language guess's own): a word with them is that language's.
_FOREIGN_LETTERS = {"uk": RUSSIAN_LETTERS, "ru": UKRAINIAN_LETTERS}
_NO_LETTERS = re.compile("(?!)")


#: Impersonal hearsay: a plural "they say" with no subject names no source.
_HEARSAY = frozenset("говорят поговаривают кажуть говорять".split())


#: The writer's caveat after a report: ", однако эти данные пока не подтверждены", ", але ці
#: відомості неможливо перевірити", ", но независимо проверить это не удалось".
_WRITER_HEDGE = re.compile(
    r",\s+(?:однако|но|хотя|але|проте|однак|втім|хоча)\s+"
    # only when the caveat's subject is the report itself ("эти данные", "это", "ці відомості"),
    # never the speaker's own contrast ("но сроки пока не подтверждены партнёрами")
    r"(?:(?:эти|эта|этот|ці|ця|цей|такие|такі)\s+(?:данные|сведения|информация|сообщения|дані|відомості|інформація|повідомлення)"
    r"|(?:это|це|данные|сведения|информация|дані|відомості|інформація|информацию|інформацію))\s+"
    r"(?:(?:пока|ещё|еще|ще|поки|поки\s+що|официально|офіційно|независимо|незалежно)\s+){0,2}"
    r"(?:не\s+(?:подтвержд|подтвердил|підтвердж|підтвердил|підтвердив|верифицир|верифіков)\w*"
    r"|(?:невозможно|неможливо|не\s+удалось|не\s+вдалося)\s+(?:независимо\s+|незалежно\s+)?(?:проверить|перевірити))"
    # or the impersonal check on it: ", но независимо проверить это не удалось"
    r"|,\s+(?:однако|но|хотя|але|проте|однак|втім|хоча)\s+(?:независимо\s+|незалежно\s+)?(?:проверить|перевірити)\s+"
    r"(?:это|це|эти\s+данные|ці\s+дані|эту\s+информацию|цю\s+інформацію|их|їх)\s+(?:пока\s+|поки\s+)?"
    r"(?:не\s+удалось|не\s+вдалося|невозможно|неможливо)",
    re.IGNORECASE)
_NOTE_TAIL = re.compile(r"\s*[—–-]\s*(?:прим\.\s*)?ред\.?\s*\)?[\"»”]*$")


_OPENING = {"»": "«", "”": "“"}


#: A name in quote marks: a capital, at most three words, no clause mark ('"Точкою-У"', «Південь»).
_QUOTED_NAME = re.compile(r"([«\"“„])([A-ZА-ЯІЇЄҐЁ][\w'’-]*(?:\s[\w'’-]+){0,2})([»\"”“])")


_WORD = re.compile(r"\w[\w'’ʼ-]*")


#: The past of "to be" that makes a word of conviction narration ("Он был уверен, что …").
_PAST_BE = frozenset("был была было были був була було були".split())


#: Words of conviction that report what their subject holds, as "считает" does ("X уверен, что …").
_CONVICTION = {"ru": {"уверенный": "считать", "уверить": "считать", "убедить": "считать", "убеждённый": "считать", "убежденный": "считать"},
               "uk": {"переконаний": "вважати", "впевнений": "вважати", "упевнений": "вважати"}}


@dataclass
class _Tok:
    text: str
    start: int
    end: int


@dataclass
class _Speaker:
    name: str | None
    text: str | None
    start: int | None
    end: int | None
    pending: str | None = None   # "person", "body", "statement": resolved after all claims are found
    type: str | None = None


def _split_at_lines(body: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut at line ends: razdel runs a line with no final stop (a source line, a
    heading) into the next, and a paragraph is read sentence by sentence."""
    out = []
    for a, b in sents:
        for m in re.finditer(r"[^\n]+", body[a:b]):
            if m.group().strip():
                lead = len(m.group()) - len(m.group().lstrip())
                out.append((a + m.start() + lead, a + m.end()))
    return out


_FIRST_WORD = re.compile(r"[\w'’ʼ-]+")


#: A capital letter and a full stop before a capitalised word: an initial, or a sentence's end.
_LETTER_STOP = re.compile(r"(?<![\w.])[A-ZА-ЯІЇЄҐЁ]\.[ \t]+(?=[A-ZА-ЯІЇЄҐЁ])")


def _name_after_initial(body: str, language: str, at: int) -> bool:
    """Whether the words at ``at`` go on a name after an initial: another initial ("П. Мельник")
    or a word that can be a surname, not "Про це повідомив …", "Новые правила …"."""
    word = _FIRST_WORD.match(body, at)
    return INITIAL_BEFORE.match(body, at, at + 3) is not None or (word is not None and surname_word(language, word.group()))


def _join_initials(body: str, language: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences the segmenter cut after an initial ("сказав диспетчер С." + "П. Мельник."): one;
    and a sentence it ran on past a closing capital letter ("… в корпусі Б." + "Про це …"): two."""
    out: list[tuple[int, int]] = []
    for a, b in sents:
        if out and INITIAL_BEFORE.search(body, max(out[-1][0], out[-1][1] - 3), out[-1][1]) \
                and body[out[-1][1] - 1] == "." and body[a:a + 1].isupper() and "\n" not in body[out[-1][1]:a] \
                and _name_after_initial(body, language, a):
            out[-1] = (out[-1][0], b)
            continue
        out.append((a, b))
    cut: list[tuple[int, int]] = []
    for a, b in out:
        for m in _LETTER_STOP.finditer(body, a, b):
            if not _name_after_initial(body, language, m.end()):
                cut.append((a, m.start() + 2))
                a = m.end()
        cut.append((a, b))
    return cut


class CyrillicChunk:
    """The sentences, tokens and claims of one body, and the helpers every construction shares."""

    def __init__(self, body: str, language: str, doc: Any) -> None:
        """``doc``: natasha's segmented ``Doc`` of ``body`` (its sentences and tokens)."""
        self.body, self.language = body, language
        self.sents = _split_at_lines(body, _join_initials(body, language, [(s.start, s.stop) for s in doc.sents]))
        self.sent_starts = [a for a, _ in self.sents]   # in order: bisected, never scanned
        self.toks = [_Tok(body[t.start:t.stop], t.start, t.stop) for t in doc.tokens]
        self._tok_starts = [t.start for t in self.toks]
        self._role_intros: dict[str, list[tuple[int, frozenset[str], str | None]]] | None = None   # speakers.py
        # the claims found, each claim's speaker (by id) and the tokens a claim has used as its cue
        self.claims: list[Claim] = []
        self.speakers: dict[int, _Speaker] = {}
        self.used_cues: set[int] = set()
        # a reporting verb coordinated with an earlier one (reported.py): where its clause opens,
        # and the earlier one's speaker, which it keeps when it names none of its own
        self.coordinated: dict[int, tuple[int, _Speaker]] = {}
        # where an according-to phrase after a named speaker's reported clause begins ("X заявил,
        # что C, говорится в сообщении D"): that clause's claim ends there (reported.py)
        self.framing: list[int] = []
        # natasha's syntax of a sentence of ``doc``, by its start: parsed once, on demand, at most
        # MAX_PARSES sentences a body (reported.py), on the page's own segmentation
        self.doc = doc
        self.sentence_heads: dict[int, list[int]] = {}
        self._doc_sent_starts: list[int] | None = None

    def is_cue(self, tok: _Tok) -> str | None:
        """The lemma of a finite speech verb, else None. Before "что"/"що" also a speech verb's
        active participle or gerund ("Вешняков, заявивший, что …", "Сообщив, что …",
        "повідомивши, що …") and a word of conviction ("уверен, что", "переконана, що"), which
        report what their subject holds as "считает" does."""
        if not tok.text.isalpha():
            return None
        low = tok.text.lower()
        ps = parses(self.language, low)[:3]
        for p in ps:
            if p.tag.POS == "VERB" and p.normal_form in SPEECH_VERBS[self.language]:
                return p.normal_form
        if not any(p.tag.POS in ("PRTF", "GRND", "ADJS", "ADJF", "PRTS") for p in ps) or not self.that_after(tok):
            return None
        for p in ps:
            if p.tag.POS == "PRTF" and "actv" in p.tag.grammemes or p.tag.POS == "GRND" \
                    or p.tag.POS == "PRTS" and p.tag.gender == "neut":   # impersonal "было заявлено, что"
                verb = p.normal_form
                if self.language == "uk" and p.tag.POS == "GRND" and low.endswith("ши"):
                    # pymorphy's Ukrainian gerund is its own lemma: "повідомивши" → "повідомив"
                    verb = next((q.normal_form for q in parses("uk", low[:-2])[:3] if q.tag.POS == "VERB"), verb)
                if verb in SPEECH_VERBS[self.language]:
                    return verb
            if p.tag.POS in ("ADJS", "ADJF", "PRTS") and p.normal_form in _CONVICTION[self.language] \
                    and p.tag.case in (None, "nomn") and self.conviction_frame(tok):
                return _CONVICTION[self.language][p.normal_form]
        return None

    def conviction_frame(self, tok: _Tok) -> bool:
        """A word of conviction reports only as "X уверен, что": "что"/"що" right after it (a comma
        at most, or "в том", so not the relative "что" of "уверен в себе, что редкость"), and not narrated
        with "был"/"була" ("Он был уверен, что дверь заперта")."""
        i = bisect_left(self._tok_starts, tok.start)
        after = [t.text.lower() for t in self.toks[i + 1:i + 5]]
        if after[:2] in (["в", "том"], ["у", "тому"], ["в", "тому"]):
            after = after[2:]   # "уверен в том, что …"
        if not (after[:1] in (["что"], ["що"]) or after[:1] == [","] and after[1:2] in (["что"], ["що"])):
            return False
        return not (i > 0 and self.toks[i - 1].text.lower() in _PAST_BE)

    def that_after(self, tok: _Tok) -> bool:
        """Whether "что"/"що" follows the word within a few words ("заявивший, что")."""
        i = bisect_left(self._tok_starts, tok.start)
        # "заявивший журналистам, что": a few words (whom it was told) may stand between
        for t in self.toks[i + 1:i + 6]:
            if t.text.lower() in ("что", "що"):
                return True
            if not (t.text == "," or t.text.isalpha()):
                return False
        return False

    def function_word(self, word: str) -> bool:
        """A preposition, conjunction, particle, adverb or pronoun ("об этом", "также")."""
        if len(word) > 1 and word.isupper():
            return False   # an abbreviation ("МО", "ЄС"), whatever short word it spells
        tag = parses(self.language, word.lower())[0].tag
        if tag.POS is None and len(word) <= 4 and _LOWER_CYRILLIC_WORD.fullmatch(word) \
                and not _FOREIGN_LETTERS.get(self.language, _NO_LETTERS).search(word):
            # a short lower-case word of the page's own letters with no reading at all: an uninflected
            # word the dictionary lacks (Ukrainian "вже", "ще", "теж"); a longer one, or one written
            # in the other language's letters ("поліції" on a Russian page), is a noun it cannot read
            return True
        return tag.POS in _FUNCTION_POS or "Apro" in tag.grammemes

    def toks_in(self, a: int, b: int) -> list[_Tok]:
        """The tokens inside ``a``..``b`` (bisected: called per sentence and per cue)."""
        i, j = bisect_left(self._tok_starts, a), bisect_right(self._tok_starts, b)
        return [t for t in self.toks[i:j] if t.end <= b]

    def add(self, speaker: _Speaker | None, cue: tuple[int, int] | None, kind: str, start: int, end: int) -> Claim | None:
        body = self.body
        while start < end and body[start] in " \t\n,:—–-":
            start += 1
        while end > start and body[end - 1] in " \t\n.,;:—–-":
            end -= 1
        content = body[start:end]
        if content and content[-1] in "\"»”" and (content.count('"') % 2 if content[-1] == '"' else content.count(_OPENING[content[-1]]) == 0):
            end -= 1   # the close of a quote opened before the claim ('… людей".')
            while end > start and body[end - 1] in " \t\n.,;:—–-":
                end -= 1
            if kind == "mixed":
                kind = self.kind_of(start, end)
        note_end = _NOTE_TAIL.search(body, start, end)
        if note_end:
            end = note_end.start()   # "… – ред.)": the editor's mark closing a note
        if kind in ("indirect", "according_to", "mixed"):
            hedge = _WRITER_HEDGE.search(body, start, end)
            if hedge and not body[start:hedge.start()].count("«") > body[start:hedge.start()].count("»"):
                # "C, однако эти данные не подтверждены": the writer's caveat on what was said, not
                # part of it (outside a quotation, where it would be the speaker's own)
                end = hedge.start()
        if end - start < 3 or len(_WORD.findall(body[start:end])) < 2:
            return None
        sp = speaker or _Speaker(None, None, None, None)
        if kind == "indirect" and sp.name is None and sp.pending is None and cue \
                and body[cue[0]:cue[1]].lower() in _HEARSAY:
            kind = "unattributed"   # "Кажуть, що …", "Говорят, что …": hearsay nobody stands behind
        claim = Claim(sp.name, sp.text, body[cue[0]:cue[1]] if cue else None, kind, body[start:end], start, end,
                      cue_start=cue[0] if cue else None, cue_end=cue[1] if cue else None,
                      speaker_start=sp.start, speaker_end=sp.end)
        claim.evidence = [EvidenceRef(label, phrase, ps, pe) for label, phrase, ps, pe in find_evidence(body, start, end)]
        self.claims.append(claim)
        self.speakers[id(claim)] = sp
        if cue:
            self.used_cues.add(cue[0])
        return claim

    def opens_a_sentence(self, start: int) -> bool:
        """Whether only spaces, dashes or punctuation stand between the start of the sentence
        holding ``start`` and ``start`` (the nearest start before it is the only one to test)."""
        i = bisect_right(self.sent_starts, start) - 1
        return i >= 0 and self.body[self.sent_starts[i]:start].strip(_STRIP) == ""

    def kind_of(self, start: int, end: int) -> str:
        raw = self.body[start:end].strip(_STRIP)
        if raw[:1] in "«\"“„" and raw[-1:] in "»\"”“" and not re.search(r"[«»\"“”„]", raw[1:-1]) \
                and self.opens_a_sentence(start):
            return "direct"   # a sentence that is all a quotation ("«Это ложь». Так ответил X")
        # a name in quote marks ('"Точкою-У"', «Юг») quotes nobody
        inner = _QUOTED_NAME.sub(lambda m: m.group(2), self.body[start:end].strip(_STRIP))
        if inner[:1] in "«\"“„" and inner[-1:] in "»\"”“" and not re.search(r"[«»\"“”„]", inner[1:-1]):
            return "direct"
        return "mixed" if re.search(r"[«»\"“”„]", inner) else "indirect"

    def covered(self, start: int, end: int) -> bool:
        """Whether a claim already stands in this stretch (a refusal read before "Об этом …", or
        "X заявил, что C. Про це повідомив Y": Y passes on X's claim, which stays X's)."""
        return any(c.start < end and start < c.end for c in self.claims)

    def in_claim(self, pos: int) -> bool:
        return any(c.start <= pos < c.end for c in self.claims)
