"""Quotations: «…», — сказал X; X: «…»; a quote opened in one paragraph and closed in a later one; a
line headed by its source and a colon ("X: …" without quote marks); a statement signed with a dash
("… — X")."""

from __future__ import annotations

import re

from .lexicon import (
    SPEECH_VERBS,
    STATEMENT_SAYS,
)
from .models import parses
from .reader import _Speaker, _WORD
from .speakers import Speakers


_DASH_AFTER = re.compile(r"\s*[,.!?…]*\s*[—–-]{1,2}\s*")  # used with match(pos): no ^


#: How far back the line heading a quotation's paragraph is looked for (characters): a bound on
#: the work per quotation on a long page.
_LINE_BACK = 2000
_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“"}


def _quotes(text: str, base: int) -> list[tuple[int, int]]:
    """Outermost quotations in one paragraph as (inner start, inner end), absolute offsets."""
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _QUOTE_PAIRS:
            close, depth, j = _QUOTE_PAIRS[ch], 0, i + 1
            while j < n:
                if text[j] == ch and ch != close:
                    depth += 1
                elif text[j] == close:
                    if depth == 0:
                        break
                    depth -= 1
                j += 1
            if j < n:
                out.append((base + i + 1, base + j))
                i = j + 1
                continue
        elif ch == '"':
            j = text.find('"', i + 1)
            # an opening mark follows a space/start, a closing one precedes a space/punctuation
            while j > 0 and j + 1 < n and text[j + 1].isalnum():
                j = text.find('"', j + 1)
            if j > 0:
                out.append((base + i + 1, base + j))
                i = j + 1
                continue
        i += 1
    return out


#: An editor's note in brackets ("(… – ред.)", "(… — прим. ред.)").
_EDITOR_NOTE = re.compile(r"\s*\([^()]{3,400}?[—–-]\s*(?:прим\.\s*)?ред\.?\s*\)")


#: Words that make a "Name: …" line a statement: the first person, need, opinion, expectation.
_STATEMENT_WORDS = frozenset("""я мы мне нам нас меня наш наша наше наши ми мені мене наші
    нужно надо должен должна должно должны необходимо нельзя можно стоит важно считаю думаю уверен уверены
    будет будут ожидается ожидаются прогнозируется
    потрібно треба мусимо мусить повинен повинна повинні варто слід важливо необхідно можна
    буде будуть очікується очікуються прогнозується""".split())


#: The source signing a line after a dash at its end: ", — Олександр Прокудін" (the name alone,
#: matched only on the few characters after the line's last dash: never a scan of the line).
_SIGNATURE_NAME = re.compile(r"[^\s—–,.;:!?«»\"][^—–\n,;:!?«»\"]{1,59}")


def _dash_signature(body: str, start: int, end: int) -> tuple[int, int, int] | None:
    """A name signing the sentence body[start:end] after its last dash: (where the words before
    the dash end, where the name starts, where it ends), else None."""
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start and body[end - 1] == ".":
        end -= 1
    dash = max(body.rfind("—", max(start, end - 64), end), body.rfind("–", max(start, end - 64), end))
    if dash <= start or not body[dash - 1].isspace():
        return None
    before = dash
    while before > start and body[before - 1].isspace():
        before -= 1
    if before <= start or body[before - 1] != ",":
        return None   # a signature follows its statement's comma: ", — X" ("три артиста — X" lists, captions)
    before -= 1
    colon = body.find(":", start, before)
    if colon >= 0 and len(_WORD.findall(body, start, colon)) > 2:
        return None   # a list after a colon ("До списку увійшли: хліб, молоко, — X"), not a heading "Рівне: …"
    name_start, name_end = dash + 1, end
    while name_start < name_end and body[name_start].isspace():
        name_start += 1
    while name_end > name_start and body[name_end - 1].isspace():
        name_end -= 1
    if _SIGNATURE_NAME.fullmatch(body, name_start, name_end) is None:
        return None
    return before, name_start, name_end


#: Verbs of an outlet quoting someone after a quotation ("— цитирует ТАСС X", "— цитує РБК X").
_QUOTING = re.compile(r"(?:про)?цитиру\w*|(?:про)?цитує|(?:про)?цитують|процитувал\w*|процитував\w*")


#: A cue inside a quotation that it splits in two: «A, — сказав X, — B», «A, — сказав X. — B».
_SPLIT_BY_CUE = re.compile(r"[,.!?…]\s*[—–]\s+([^—–«»\"\n]{3,120}?)[,.]\s*[—–]\s+")


def _open_quote(text: str) -> int | None:
    """Where a quotation opens in a paragraph that does not close it, else None."""
    if text.count("«") > text.count("»"):
        return text.rfind("«")
    if text.count("“") > text.count("”"):
        return text.rfind("“")
    if text.count('"') % 2:
        at = text.rfind('"')
        if at + 1 < len(text) and text[at + 1].isalpha() and (at == 0 or text[at - 1] in " :(—–-"):
            return at
    return None


def _close_quote(text: str, opening: str) -> int | None:
    """Where the quotation opened before this paragraph closes in it, else None."""
    close = {"«": "»", "“": "”"}.get(opening, '"')
    for i, ch in enumerate(text):
        if ch == opening and opening != '"':
            return None   # a new quotation opens: the old one ended unmarked
        if ch == close and (i + 1 == len(text) or not text[i + 1].isalnum()):
            return i
    return None


class Quotations(Speakers):
    """Quotations and the lines signed by their speaker."""

    def read_open_quote(self, pa: int, pb: int, following: list[tuple[int, int]]) -> None:
        """A quotation opened in this paragraph and closed in one of the next ones ("Пряма мова X:
        "…" on two paragraphs): one claim whose parts are its pieces in each paragraph, read for its
        speaker as a quote in one paragraph is (X: before it, or "», — сказав X" after its close)."""
        body = self.body
        # an editor's note is no part of the quote, nor are the quote marks inside it
        note = _EDITOR_NOTE.search(body, pa, pb)
        text = body[pa:pb] if note is None else body[pa:note.start()] + " " * (note.end() - note.start()) + body[note.end():pb]
        opened = _open_quote(text)
        if opened is None:
            return
        qa = pa + opened + 1
        if note is not None and note.start() < qa:
            note = None
        parts = [(qa, note.start() if note else pb)]
        for qa2, qb2 in following:
            close = _close_quote(body[qa2:qb2], body[pa + opened])
            if close is None:
                parts.append((qa2, qb2))
                continue
            parts.append((qa2, qa2 + close))
            # the piece in the first paragraph, read alone before, is now part of the whole
            self.claims = [c for c in self.claims if not (c.start == qa and c.kind == "direct")]
            n = len(self.claims)
            self.read_quote(qa, qa2 + close, pa, qb2)
            if len(self.claims) > n:
                claim = self.claims[-1]
                claim.parts = [(a, b) for a, b in ((a, len(body[:b].rstrip(" .,")) ) for a, b in parts) if b > a]
                claim.end = claim.parts[-1][1]
                claim.content = body[claim.start:claim.end]
                claim.kind = "direct"
            return

    def read_quote(self, qa: int, qb: int, pa: int, pb: int) -> None:
        body = self.body
        split = _SPLIT_BY_CUE.search(body, qa, qb)
        if split is not None:
            # «A, — сказав X, — B»: one quotation the cue splits, X's, in two parts
            cue = next((t for t in self.toks_in(split.start(1), split.end(1))[:3] if self.is_cue(t)), None)
            if cue is not None:
                sp = self.speaker_after(cue.end, split.end(1))[0] or self.speaker_in(split.start(1), cue.start, True)
                claim = self.add(sp, (cue.start, cue.end), "direct", qa, split.start())
                if claim is not None:
                    claim.parts = [(claim.start, claim.end), (split.end(), qb)]
                    claim.end = qb
                    claim.content = body[claim.start:claim.end]
                return
        after = _DASH_AFTER.match(body, qb + 1, pb)
        if after and after.group().strip(" ,.!?…"):
            rest = after.end()
            says = STATEMENT_SAYS.match(body, rest, pb)
            if says:
                sp, _ = self.speaker_after(says.end(), pb)
                self.add(sp or _Speaker(None, body[says.start():says.end()], says.start(), says.end(), pending="statement"),
                         (says.start(), says.end()), "direct", qa, qb)
                return
            for t in self.toks_in(rest, pb)[:3]:
                if _QUOTING.fullmatch(t.text.lower()):
                    # "«…», — цитирует ТАСС Дмитрия Пескова": the one quoted speaks, not the outlet
                    sp, _ = self.speaker_after(t.end, pb)
                    if sp is not None:
                        self.add(sp, (t.start, t.end), "direct", qa, qb)
                        return
                if self.is_cue(t):
                    sp, _ = self.speaker_after(t.end, pb)
                    if sp is None:
                        # "— он сказал", "— Песков добавил": speaker before the verb
                        sp = self.speaker_in(rest, t.start, nearest_end=True)
                    self.add(sp, (t.start, t.end), "direct", qa, qb)
                    return
        before = body[pa:qa - 1].rstrip()
        at = qa - 1
        lo = max(0, pa - _LINE_BACK)
        head = body[lo:pa].rstrip()
        line = head.rfind("\n") + 1
        if not before and head.endswith(":") and (line > 0 or lo == 0) \
                and not body[qb + 1:pb].strip(" .,;!?…") and self.has_verb(re.split(r"[.!?…]\s", head[line:])[-1]):
            # a quotation alone in its paragraph under a line that ends in a colon ("X заявил:" and
            # "«…»" on the next line): that line heads it, as in one paragraph. Not a title or a
            # slogan the next words go on about ("«Мосты» выйдет в марте"), nor under a heading
            # with no verb ("Их требования:")
            pa = lo + line
            before, at = head[line:], lo + len(head) - 1
        if before.endswith(":"):
            sent_start = max([pa] + [sa for sa, sb in self.sents if sa <= at < sb and sa >= pa])
            colon = pa + len(before) - 1
            cue = None
            for t in self.toks_in(sent_start, colon):
                if self.is_cue(t) and t.start not in self.used_cues:
                    cue = t
            if cue is not None:
                sp = self.speaker_before(sent_start, cue.start) or self.speaker_after(cue.end, colon)[0]
                self.add(sp, (cue.start, cue.end), "direct", qa, qb)
            else:
                sp = self.speaker_in(sent_start, colon, nearest_end=True) or self.surname_speaker(sent_start, colon)
                if sp:
                    self.add(sp, (colon, colon + 1), "direct", qa, qb)

    def has_verb(self, text: str) -> bool:
        """Whether a sentence has a word read first as a finite verb ("заявил", "звернувся")."""
        return any(ps and ps[0].tag.POS == "VERB" for ps in (parses(self.language, w.lower()) for w in _WORD.findall(text)[:40]))

    def named_line(self, sa: int, sb: int) -> None:
        """A line headed by its source and a colon with no quotation marks, as Telegram posts and
        wire leads write it ("Гидрометцентр: в пятницу ожидается ветер", "Процик: ціни зростуть"):
        the source's claim, everything after the colon, when the head is one name and nothing else
        and what follows is a clause with its predicate ("Итог: три дома разрушены" names no one)."""
        head = re.match(r"[ \t]*([^:\n«»\"“”„]{2,60}?):[ \t]+(?=[^\s«\"“„])", self.body[sa:sb])
        if head is None:
            return
        name_start, name_end, start = sa + head.start(1), sa + head.end(1), sa + head.end()
        if self.covered(name_start, sb) or len(_WORD.findall(self.body, start, sb)) < 3 \
                or not self.has_predicate(self.body[start:sb]) or not self.reads_as_statement(start, sb):
            return
        sp = self.speaker_in(name_start, name_end, nearest_end=False) or self.surname_speaker(name_start, name_end)
        if sp is None or sp.type not in ("PERSON", "ORG") or sp.start != name_start or sp.end != name_end:
            return   # the head is no name ("Увага", "Фото"), or more than a name
        self.add(sp, (name_end, name_end + 1), self.kind_of(start, sb), start, sb)

    def reads_as_statement(self, a: int, b: int) -> bool:
        """Whether what follows "Name:" is something said, not a line about the name (a bio, a
        result, a question): a first person, a word of need or opinion, a verb of saying, or a
        future or expected event ("ціни зростуть", "ожидается гололёд"); never a line opening
        with a past or present verb of the head ("родился в Туле", "победила в конкурсе", "45
        років, працює"), nor a question."""
        text = self.body[a:b].rstrip()
        words = _WORD.findall(text)
        if not words or text.endswith("?") or words[0].isdigit():
            return False
        first = parses(self.language, words[0].lower())[:1]
        if first and first[0].tag.POS == "VERB" and first[0].tag.person != "1per":
            return False   # "родился в Туле", "победила в конкурсе": what the head did or does
        for w in words[:40]:
            low = w.lower()
            if low in _STATEMENT_WORDS:
                return True
            for p in parses(self.language, low)[:1]:
                if p.tag.person == "1per" or p.tag.tense == "futr" or p.tag.POS == "VERB" \
                        and p.normal_form in SPEECH_VERBS[self.language]:
                    return True
        return False

    def signed_with_a_dash(self, sa: int, sb: int) -> None:
        """A post or line signed with its source after a dash and no verb ("Окупанти обстріляли
        порт, є поранені, — Олександр Прокудін", "Уночі збито 15 дронів, — Повітряні сили"):
        the source's claim, everything before the dash."""
        found = _dash_signature(self.body, sa, sb)
        if found is None:
            return
        before, name_start, name_end = found
        if self.covered(sa, before) or len(_WORD.findall(self.body, sa, before)) < 3 \
                or not self.has_predicate(self.body[sa:before]):
            return   # "СИМФЕРОПОЛЬ, 15 июн – РИА Новости": a dateline, no statement
        tail = _WORD.findall(self.body, name_start, name_end)
        if not tail or not tail[0][:1].isupper() or any(p.tag.POS in ("VERB", "INFN", "PRTS")
                                                        for w in tail for p in parses(self.language, w.lower())[:1]):
            return
        sp = self.speaker_in(name_start, name_end, nearest_end=False)
        if sp is None or sp.type not in ("PERSON", "ORG") or sp.start != name_start or sp.end != name_end:
            return   # the dash is no signature unless the whole tail is one name
        self.add(sp, (before, name_start), self.kind_of(sa, before), sa, before)

    def has_predicate(self, text: str) -> bool:
        """Whether the words hold a predicate: a verb, a short participle or adjective, or "нет"."""
        return any(p.tag.POS in ("VERB", "PRTS", "ADJS", "PRED")
                   for w in _WORD.findall(text) for p in parses(self.language, w.lower())[:1])
