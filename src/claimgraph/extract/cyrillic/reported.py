"""Reported speech: a cue verb with its clause (X заявил, что …; … , — сообщил X; как заявил X, …; a
verb whose object is the claim), "Об этом сообщил X" (the claim is the sentence or paragraph before),
and according-to (по словам X, по данным X, за даними X, со ссылкой на X)."""

from __future__ import annotations

import re
from bisect import bisect_right, insort

from .entities import (
    body_head,
)
from .lexicon import (
    ACCORDING_TO,
    BODY_WORDS,
    OBJECT_VERBS,
    RELATIVE_PRONOUNS,
    STATEMENT_AFTER,
    STATEMENT_BEFORE,
    THAT,
    UNNAMED_SOURCES,
)
from .models import lemma, parses, syntax_heads
from .reader import _STRIP, _Speaker, _Tok, _WORD
from .speakers import _BODY_NOUNS
from .refusals import _NEG, Refusals


#: A concessive clause opening the sentence ("Хотя X заявил, что C, …", "Хоча X заявив, що C, …").
_CONCESSIVE = re.compile(r"\s*[«\"„]?(?:[Хх]отя|[Хх]оча|[Нн]есмотря\s+на\s+то,?\s+что|[Пп]опри\s+те,?\s+що)\s")
#: Words that open a clause hanging inside the one before a comma (a relative clause, "дороги, ведущие …"
#: is a participle, read by morphology), so that comma does not close a concessive clause.
_INNER_CLAUSE = RELATIVE_PRONOUNS | frozenset("что що где де куда куди чей чий чия чиє чиї когда коли".split())
#: Verbs of calling, which also give names ("назвал сына Петром").
_NAMING = frozenset("назвать называть назвати називати".split())
#: What gets a name ("назвал сына Петром", "назвала доньку Марією", "назвали собаку Бароном"), by lemma.
_NAMED = frozenset("""сын дочь дочка ребёнок ребенок внук внучка правнук правнучка первенец малыш малышка
    младенец новорождённый новорожденный близнец двойня щенок котёнок котенок собака пёс пес кот кошка
    син донька дочка дитина онук онука правнук правнучка первісток малюк немовля близнюк цуценя кошеня собака
    пес кіт кішка""".split())
#: A "чтобы"/"щоб" complement is a demand or a wish ("настоял, чтобы зарплаты подняли"), not a statement.
_SO_THAT = frozenset("чтобы чтоб щоб щоби".split())
# words that make the clause after them not an assertion ("если X заявит, что …", "X бы заявил")
_NOT_ASSERTED = frozenset("если якщо когда коли хотя хоча бы б и та і й".split())
#: A dash opening direct speech: at a line's start or after a sentence's end ("… анонимно. — Денег …").
_OPENING_DASH = re.compile(r"(?:^|(?<=\n)|(?<=[.!?…]\s))\s*[—–]\s+", re.MULTILINE)
#: The dash closing direct speech before its reporting verb ("…, — каже X", "…! — крикнул X").
_REPORTING_DASH = re.compile(r"[,!?…]\s*[—–]\s")
_DASH_BEFORE = re.compile(r"[,.!?…]?\s*[—–-]{1,2}\s*$")


_ANAPHORIC = re.compile(r"\s*(?:[Оо]б\s+этом|[Оо]\s+том|[Пп]ро\s+це|[Пп]ро\s+це\s+ж|[Ээ]то|[Цц]е"
                        # "«…». Так прокоментував X": what was just quoted ("Так, …" and "Так как" are not)
                        r"|[Тт]ак(?=\s+(?!как\b|само\b|же\b|що\b|что\b|і\b|и\b)[^\W\d]))\b")


#: Words by which the writer or the outlet is the subject ("як ми повідомляли", "наш сайт").
_WRITER_WORDS = frozenset("ми мы я наш наша наше наші наши нашого нашего нашей нашої".split())


#: Cue verbs whose "о …" / "про …" object is what they report ("заявили о поражении склада").
_ABOUT_VERBS = frozenset("""сообщить сообщать заявить заявлять повідомити повідомляти заявити заявляти
    рассказать рассказывать розповісти розповідати""".split())


#: Subjects of a word of conviction that name no source ("Все уверены, что …").
_NO_SOURCE = frozenset("все многие каждый никто всі усі багато кожен кожний ніхто".split())


#: Nouns of counting or judging after "по"/"за" that often take a thing ("по прогнозу погоды",
#: "по показаниям счётчика"): their source must be a person or body.
_JUDGING = re.compile(r"(?:подсч|расч|прогноз|показани|свидетельств|підрахун|розрахун|свідчен)", re.IGNORECASE)


#: "не исключил, что C" / "не виключив, що C": the speaker says C may happen (a claim, no refusal).
_NOT_RULED_OUT = frozenset("исключить исключать виключити виключати".split())


#: A predicate joined after a comma with no subject of its own: ", и призвал", ", і закликав",
#: ", а также потребовал".
_DIRECTIVE_JOIN = re.compile(r",\s+(?:и|і|й|та|а\s+также|а\s+також)\s+(?:также\s+|також\s+)?(?P<verb>[\w'’ʼ]+)")
#: Summary nouns, which speak only for the body issuing them ("в сводке Минобороны", never "в сводке погоды").
_SUMMARY_NOUN = re.compile(r"(?:сводк|зведенн|бюллетен|бюлетен|коммюнике|комюніке)", re.IGNORECASE)
#: Verbs of calling, asking, demanding, proposing, ordering: what they introduce is no assertion.
_DIRECTIVE_VERBS = frozenset("""призвать призывать попросить просить потребовать требовать предложить
    предлагать поручить поручать посоветовать советовать закликати закликавши попросити просити вимагати
    зажадати запропонувати пропонувати доручити доручати порадити радити""".split())
#: Conjunctions that join a second reporting clause to the first ("…, а в прокуратуре добавили, что …").
_CLAUSE_JOINS = frozenset("а и но однако і й та але проте однак".split())


#: natasha syntax parses per body at most (~45 ms each); beyond it word order and agreement decide.
MAX_PARSES = 200


def _agreement(language: str, word: str, pos: str) -> tuple[str, str | None] | None:
    """(number, gender or None) of ``word`` read as ``pos`` ("VERB": finite; "NOUN": a nominative
    noun), from its first such pymorphy3 reading; gender only in the singular. None when no reading."""
    for p in parses(language, word.lower())[:3]:
        g = p.tag.grammemes
        if p.tag.POS == pos and (pos != "NOUN" or "nomn" in g):
            number = "plur" if "plur" in g else "sing"
            gender = next((x for x in ("masc", "femn", "neut") if x in g), None) if number == "sing" else None
            return number, gender
    return None


def _agree(a: tuple[str, str | None] | None, b: tuple[str, str | None] | None) -> bool:
    """Whether two readings agree: the same number, and the same gender where both have one."""
    return a is not None and b is not None and a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


class ReportedSpeech(Refusals):
    """Reporting verbs and according-to phrases, sentence by sentence."""

    def read_sentence(self, sa: int, sb: int, pa: int, previous: tuple[int, int] | None) -> None:
        self.read_refusal(sa, sb)
        self.read_according_to(sa, sb, pa, previous)
        self.read_statement(sa, sb, pa, previous)
        # cue verbs
        toks = self.toks_in(sa, sb)
        for i, t in enumerate(toks):
            ruled_out = self.not_ruled_out(toks, i)
            lemma = ruled_out or self.is_cue(t)
            if not lemma or t.start in self.used_cues or (self.in_claim(t.start) and not self.nested_cue(sa, t)):
                continue
            if i and toks[i - 1].text.lower() in _NEG and not ruled_out:
                continue
            after = []
            for a in toks[i + 1:i + 4]:
                if not a.text.isalpha() or a.text.lower() in THAT:
                    break
                after.append(a)
            if self.writer_speaks(t, toks[max(0, i - 3):i] + after) and not self.in_claim(t.start):
                continue   # "Нагадаємо, що …", "Как мы сообщали": the outlet's own narration
            joined = self.coordinated.pop(t.start, None)
            found = len(self.claims)
            # a reporting clause coordinated with one before it: its own clause is where its subject stands
            self.read_cue(t, lemma, toks, i, joined[0] if joined else sa, sb, pa, previous)
            for c in self.claims[found:]:
                if ruled_out:
                    c.cue, c.cue_start = self.body[toks[i - 1].start:t.end], toks[i - 1].start
                sp = self.speakers[id(c)]
                if joined and sp.name is None and sp.pending is None and sp.text is None:
                    # "…, и добавил, что …": no subject of its own, so the first clause's speaker
                    self.speakers[id(c)] = joined[1]
                    c.speaker, c.speaker_text = joined[1].name, joined[1].text
                    c.speaker_start, c.speaker_end = joined[1].start, joined[1].end
        self.signed_with_a_dash(sa, sb)
        self.named_line(sa, sb)

    def not_ruled_out(self, toks: list[_Tok], i: int) -> str | None:
        """"не исключил(а/и), что …" / "не виключив, що …": the lemma, when the verb is negated and
        its that-clause follows (the speaker says it may happen: a claim, not a refusal)."""
        t = toks[i]
        if not (i and toks[i - 1].text.lower() == "не" and t.text.isalpha()):
            return None
        verb = next((p.normal_form for p in parses(self.language, t.text.lower())[:3]
                     if p.tag.POS == "VERB" and p.normal_form in _NOT_RULED_OUT), None)
        return verb if verb and self.that_after(t) else None

    def coordinated_report(self, t: _Tok, start: int, end: int) -> tuple[int, int, _Tok] | None:
        """A second reporting clause coordinated with the first inside what the first seems to say
        ("X заявил, что A, а в прокуратуре добавили, что B"; "…, и добавил: «B»"): (where A ends,
        where the second clause begins, its verb), else None. By word order the second verb is a
        finite reporting verb with its own "что"/"що" or colon, its clause opened by а/и/но/але/
        проте/та/і; a reporting verb with no clause of its own ("нашли трещину и сообщили о ней")
        is part of A. Russian sentences are checked on natasha's parse: the second verb must not
        hang on a word of A ("соседи услышали хлопок и сообщили, что …": a conjunct of A's verb);
        on the first cue or as a root of its own it heads its own clause. The parse of Ukrainian
        (respelt) is not trusted (it hangs "і додала" on a word of A), so word order alone decides."""
        toks = self.toks_in(start, end)
        for k, t2 in enumerate(toks):
            if k < 2 or not t2.text.isalpha():
                continue
            verb = self.not_ruled_out(toks, k) if toks[k - 1].text.lower() == "не" else None
            if verb is None and not any(p.tag.POS == "VERB" for p in parses(self.language, t2.text.lower())[:1]):
                continue
            if verb is None and not self.is_cue(t2):
                continue
            own = [a.text.lower() for a in toks[k + 1:k + 4]]
            if not (own[:1] == [":"] or own[:1] == [","] and own[1:2] and own[1] in THAT or own[:1] and own[0] in THAT):
                continue   # no clause of its own: what the first one reports
            # the clause opens at the nearest conjunction after a comma (or at a bare "и"/"і")
            join = None
            for m in range(k - 1, max(0, k - 8), -1):
                word = toks[m].text.lower()
                if toks[m].text in ",.;:«»\"“”„":
                    break
                if word in _CLAUSE_JOINS:
                    join = m
            if join is None or join == 0:
                continue
            before = self.body[start:toks[join].start]
            if before.count("«") > before.count("»") or before.count('"') % 2:
                continue   # inside a quotation the first clause opened
            if not self.own_subject(toks[join + 1:k]):
                # no subject of its own, so it would keep the first speaker: it must agree with the
                # first cue ("сказал, что соседи услышали хлопок и сообщили, что …": not his) and
                # not with a subject and verb of the content ("…, что мэр подписал указ и заявил, что …")
                second = _agreement(self.language, t2.text, "VERB")
                first = _agreement(self.language, t.text, "VERB")
                if first is not None and second is not None and not _agree(first, second):
                    continue
                if self.content_subject(toks[:join], second):
                    continue
                if self.language == "ru" and self.hangs_inside(t2, start, toks[join].start):
                    continue
            cut = toks[join - 1].start if toks[join - 1].text == "," else toks[join].start
            return cut, toks[join + 1].start, t2   # the clause after its conjunction: "в прокуратуре добавили"
        return None

    def own_subject(self, words: list[_Tok]) -> bool:
        """Whether the words between a clause's conjunction and its verb name a subject: a
        nominative word, a capitalised one or a place it speaks from ("в прокуратуре"), not only
        adverbs and particles ("а затем", "и не", "але згодом")."""
        for w in words:
            if not w.text.isalpha():
                continue
            if w.text[0].isupper() or w.text.lower() in ("в", "во", "у"):
                return True
            if any("nomn" in p.tag.grammemes for p in parses(self.language, w.text.lower())[:2]):
                return True
        return False

    def content_subject(self, content: list[_Tok], verb: tuple[str, str | None] | None) -> bool:
        """Whether what the first cue reports has a subject of its own that could speak (a living
        being or a body, in the nominative) with a finite verb after it, both agreeing with the
        second reporting verb's reading ``verb``: that verb is then the content's subject's."""
        if verb is None:
            return False
        subject = False
        for w in content:
            if not w.text.isalpha():
                continue
            low = w.text.lower()
            if subject and _agree(_agreement(self.language, low, "VERB"), verb):
                return True
            noun = _agreement(self.language, low, "NOUN")
            if _agree(noun, verb) and (
                    any(p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in parses(self.language, low)[:2])
                    or body_head(self.language, w.text) or lemma(self.language, low) in BODY_WORDS | _BODY_NOUNS):
                subject = True
        return False

    def hangs_inside(self, t2: _Tok, start: int, end: int) -> bool:
        """Whether natasha's parse of the sentence hangs ``t2`` on a word between ``start`` and
        ``end`` (a verb of what the first cue reports), not on the first cue or as a root of its own.
        The sentence is the page's own (natasha's segmentation), parsed once; at most MAX_PARSES a
        body, after which (and over 1,000 characters) word order decides."""
        sents = self.doc.sents
        if self._doc_sent_starts is None:
            self._doc_sent_starts = [s.start for s in sents]
        n = bisect_right(self._doc_sent_starts, t2.start) - 1
        if n < 0 or sents[n].stop - sents[n].start > 1000:
            return False   # a run-on line: word order decides
        tokens = sents[n].tokens
        heads = self.sentence_heads.get(sents[n].start)
        if heads is None:
            if len(self.sentence_heads) >= MAX_PARSES:
                return False
            heads = self.sentence_heads[sents[n].start] = syntax_heads([tok.text for tok in tokens])
        second = next((i for i, tok in enumerate(tokens) if tok.start == t2.start), None)
        if second is None or not 0 <= heads[second] < len(tokens):
            return False
        return start <= tokens[heads[second]].start < end

    def framed_report(self, a: int, b: int) -> bool:
        """Whether ``a``–``b`` (what an according-to phrase or a statement would hold) is itself a
        named speaker's reported clause ("по данным D, министр X заявил, что C"; "как сообщает ТАСС,
        X сказал: «…»"): its cue verb with "что"/"що" or a colon, its subject right before it with
        no comma between, a person or body the text names. The claim is then X's, read by the cue
        (the GUIDE: "A cited B as saying C", B when named); D is where it was said. An unnamed
        subject ("чиновники заявили", "затриманий заявив") leaves the claim to D; no reporting
        clause ("по данным Минздрава, погибли трое") leaves it as it was; inside a quotation it is
        the quoted speaker's words."""
        before = self.body[:a]
        if before.count("«") > before.count("»"):
            return False
        toks = self.toks_in(a, b)
        for k, t in enumerate(toks[:12]):
            if t.text in ",;:—–":
                return False   # the subject stands right before its verb, in the same clause ("«Вестра»" may be in it)
            if not self.is_cue(t):
                continue
            own = [x.text.lower() for x in toks[k + 1:k + 3]]
            if not (own[:1] == [":"] or own[:1] and own[0] in THAT or own[:1] == [","] and own[1:2] and own[1] in THAT):
                return False
            if not self.asserted_by_subject(t, toks[:k]):
                return False
            sp = self.speaker_in(a, t.start, nearest_end=True)
            return sp is not None and sp.pending is None and sp.name is not None and sp.type in ("PERSON", "ORG") \
                and sp.start is not None and self.nominative_head(sp) and not self.unnamed_source(a, t.start) \
                and lemma(self.language, toks[0].text) not in UNNAMED_SOURCES
        return False

    def asserted_by_subject(self, cue: _Tok, subject: list[_Tok]) -> bool:
        """Whether ``cue`` is a finite verb its subject ``subject`` asserts with: not an infinitive
        ("може заявити", "відмовився заявити"), no negation, "бы", other verb or a conditional
        ("если/якщо/когда/коли X заявит, что …") among the words before it, and one subject, not
        two joined ("X и Y заявили": the reader would keep only one of them)."""
        if not any(p.tag.POS == "VERB" and not {"infn", "impr"} & p.tag.grammemes
                   for p in parses(self.language, cue.text.lower())[:2]):
            return False
        for w in subject:
            low = w.text.lower()
            if low in _NEG or low in _NOT_ASSERTED:
                return False
            if w.text.isalpha() and (ps := parses(self.language, low)[:1]) and ps[0].tag.POS in ("VERB", "INFN"):
                return False
        return True

    def nominative_head(self, sp: _Speaker) -> bool:
        """Whether the name ``sp`` holds is the subject's head, in the nominative ("министр Иван
        Петров"), not a genitive dependent of it ("жена Ивана Петрова", "адвокат Глеба Осокина");
        a quoted name stands in apposition to the word before its quote ("компания «Вестра»")."""
        assert sp.start is not None and sp.end is not None
        start = next((e.start for e in self.spans if sp.start <= e.start < sp.end and e.type == sp.type), sp.start)
        words = _WORD.findall(self.body[start:start + 60])
        if self.body[max(0, start - 2):start].strip().endswith(("«", '"', "“")):
            words = _WORD.findall(self.body[max(0, start - 40):start])[-1:]
        return bool(words) and any(p.tag.case == "nomn" for p in parses(self.language, words[0].lower())[:2])

    def read_according_to(self, sa: int, sb: int, pa: int, previous: tuple[int, int] | None) -> None:
        """"по словам X, C" / "C, по данным X" / "со ссылкой на X": the one cited speaks."""
        body = self.body
        text = body[sa:sb]
        for m in ACCORDING_TO.finditer(text):
            cue = (sa + m.start(), sa + m.end())
            comma = body.find(",", cue[1], sb)
            spk_end = comma if comma >= 0 else sb
            sp, _ = self.speaker_after(cue[1], spk_end) if comma < 0 else (self.speaker_in(cue[1], spk_end, False), 0)
            if sp is None and comma >= 0:
                sp = self.phrase_speaker(cue[1], comma)
            pron = re.search(r"\b(?:(его|её|ее|його|її)|(их|їхніми))\b", m.group())
            if pron:   # "по его словам": the person last quoted
                sp = _Speaker(None, pron.group(), sa + m.start() + pron.start(), sa + m.start() + pron.end(),
                              pending="person" if pron.group(1) else "body")
            if _JUDGING.search(m.group()) and not pron and not self.judging_source(sp):
                continue   # "По прогнозу погоды", "По подсчётам, …": a thing or no one, not a source
            if re.match(r"[Сс]о\s+ссылкой|(?:[Іі]з|[Зз])\s+посиланням|[Пп]ослаючись|[Сс]ославшись", m.group()):
                # "Об этом сообщает A со ссылкой на B": B speaks; the claim is before.
                # "Как сообщает A со ссылкой на B, C": the claim is C, after B.
                # B unnamed ("источник в порту"): A, who passes it on (the GUIDE's "A cited B")
                if sp is None or sp.name is None and sp.pending is None or self.unnamed_source(cue[1], spk_end):
                    sp = self.speaker_in(sa, cue[0], nearest_end=True) or sp
                content: tuple[int, int] | None = self.anaphoric_content(sa, pa, previous)
                if content is None and re.match(r"\s*(?:[Кк]ак|[Яя]к)\s", body[sa:cue[0]]):
                    content = (comma + 1, sb) if comma >= 0 else None
                elif content is None and not _ANAPHORIC.match(body, sa):
                    # "C, сообщает A со ссылкой на B": C, without the outlet's own frame
                    cut = body.rfind(",", sa, cue[0])
                    framed = cut > sa and any(self.is_cue(t) for t in self.toks_in(cut, cue[0]))
                    content = (sa, cut) if framed else (sa, cue[0])
                if content is not None and not self.covered(*content):
                    self.add(sp, cue, "according_to", *content)
                for t in self.toks_in(sa, cue[0]):
                    self.used_cues.add(t.start)
                continue
            before = body[sa:cue[0]].rstrip()
            if before.endswith(",") and len(_WORD.findall(before)) >= 3:
                if self.framed_report(sa, cue[0]):
                    insort(self.framing, sa + len(before) - 1)   # "X заявил, что C, по данным D"
                else:
                    self.add(sp, cue, "according_to", sa, cue[0])
            elif comma >= 0 and not self.framed_report(comma + 1, sb):
                end = sb
                lead = self.toks_in(cue[0], cue[1])
                joined = self.coordinated_report(lead[0], comma + 1, sb) if lead else None
                if joined is not None and self.body[joined[0]] == "," \
                        and self.own_subject(self.toks_in(joined[1], joined[2].start)):
                    # "по словам X, A, а в мэрии добавили, что B": the second clause, after a comma,
                    # has its own speaker and its own claim, read at its verb ("По данным газеты,
                    # Иван Петров и Лидия Кравцова заявили, что …" joins two subjects, not clauses)
                    end = joined[0]
                    self.coordinated[joined[2].start] = (joined[1], sp or _Speaker(None, None, None, None))
                self.add(sp, cue, "according_to", comma + 1, end)

    def clause_before(self, prefix: str) -> bool:
        """Whether the words before an inverted cue can be what was said: four words or more, or a
        short clause with its predicate ("Потерь нет, доложил X", "Рейс скасовано, сказав X"), not
        a connective ("Кроме того, сообщил X, …")."""
        words = _WORD.findall(prefix)
        if len(words) >= 4:
            return True
        return len(words) >= 2 and self.has_predicate(prefix)

    def writer_speaks(self, t: _Tok, around: list[_Tok]) -> bool:
        """A cue in the first person ("нагадаємо", "отметим") or with "ми"/"мы"/"наш …" by it: the writer."""
        if any(p.tag.person == "1per" for p in parses(self.language, t.text.lower())[:1]):
            return True
        return any(b.text.lower() in _WRITER_WORDS for b in around)

    def nested_cue(self, sa: int, t: _Tok) -> bool:
        """A cue inside a quotation that reports a third party by name ("«Поліція та рятувальники
        … повідомляють про …», — сказав X"): a claim of its own inside the quoted one. A cue whose
        subject is the speaker himself ("я", "ми") or nobody named is part of the quote."""
        outer = [c for c in self.claims if c.start <= t.start < c.end]
        if not outer or any(c.kind != "direct" for c in outer):
            return False
        if any(p.tag.tense == "futr" for p in parses(self.language, t.text.lower())[:1]):
            return False   # "про це оголосить хтось інший": what will be said is said by nobody yet
        sp = self.speaker_before(sa, t.start) or self.subject_phrase(sa, t.start)
        # the one reported opens the sentence, as its subject
        return sp is not None and sp.pending is None and sp.name is not None and sp.start is not None \
            and not self.body[sa:sp.start].strip(" «\"“„")

    def read_statement(self, sa: int, sb: int, pa: int, previous: tuple[int, int] | None) -> None:
        """A statement that speaks for its author, with no quotation: "В заявлении X говорится, что
        C", "Как отмечается в сообщении X, C", "C. Об этом говорится в заявлении X", "C, йдеться
        у заяві X". The author named in it speaks; else the one who spoke last (as after a quote)."""
        body = self.body
        if self.in_claim(sa):
            return
        m = STATEMENT_BEFORE.match(body, sa, sb)
        content = None
        if m:
            rest = re.match(r"\s*(?:,\s*(?:что|що)\b|:)", body[m.end():sb])
            if rest:
                content = (m.end() + rest.end(), sb)
        else:
            m = STATEMENT_AFTER.search(body, sa, sb)
            if m is None:
                return
            lead = body[sa:m.start()]
            if re.fullmatch(r"\s*(?:[Кк]ак|[Яя]к)\s*", lead):
                comma = body.find(",", m.end("noun"), sb)
                if comma < 0:
                    return
                m = STATEMENT_AFTER.match(body, m.start(), comma)
                content = (comma + 1, sb) if m and not self.framed_report(comma + 1, sb) else None
            elif _ANAPHORIC.match(body, sa):
                content = self.anaphoric_content(sa, pa, previous)
                if content is not None and self.covered(*content):
                    return
            elif lead.rstrip().endswith(",") and len(_WORD.findall(lead)) >= 2:
                content = (sa, sa + len(lead.rstrip()) - 1)
                if self.framed_report(*content):
                    insort(self.framing, content[1])   # "X заявил, что C, говорится в сообщении D": X's
                    return
        if content is None or m is None:
            return
        owner_a, owner_b = m.start("owner"), m.end("owner")
        sp = self.speaker_in(owner_a, owner_b, nearest_end=False) if owner_b > owner_a else None
        if sp is None and body[owner_a:owner_b].strip():
            sp = self.phrase_speaker(owner_a, owner_b)   # "У заяві Генштабу": the owner as written
        if _SUMMARY_NOUN.match(m.group("noun")) and not (sp is not None and sp.pending is None and self.judging_source(sp)):
            return   # "в сводке погоды", "у зведенні новин": a summary speaks only for the body issuing it
        if sp is None or sp.pending == "role":
            phrase = body[m.start("noun"):owner_b]
            sp = _Speaker(None, phrase, m.start("noun"), owner_b, pending="statement")
        self.add(sp, (m.start("verb"), m.end("verb")), self.kind_of(*content), *content)
        for t in self.toks_in(m.start(), m.end()):
            self.used_cues.add(t.start)

    def judging_source(self, sp: _Speaker | None) -> bool:
        """Whether the genitive after a noun of counting or judging ("по подсчётам X", "за
        прогнозом X") is a source: a person or body the NER named, or words the dictionary reads as
        a name, a surname, an organisation, a body or a living being ("экспертов"), not a thing
        ("погоды", "счётчика")."""
        if sp is None:
            return False
        if sp.pending is not None or sp.type in ("PERSON", "GPE") and sp.name:
            return True
        words = _WORD.findall(sp.text or "")
        if not words:
            return False
        if sp.start is not None and any(e.start == sp.start and e.type in ("PERSON", "ORG") for e in self.spans):
            return True
        ps = parses(self.language, words[0].lower())[:3]
        # a living being only when no reading is a thing ("счётчика" is also a meter)
        return body_head(self.language, words[0]) or lemma(self.language, words[0]) in BODY_WORDS | _BODY_NOUNS or any({"Name", "Surn", "Orgn"} & p.tag.grammemes for p in ps[:2]) \
            or bool(ps) and all(p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in ps)

    def anaphoric_content(self, sa: int, pa: int, previous: tuple[int, int] | None) -> tuple[int, int] | None:
        """What "Об этом сообщил X" refers to: the sentence before, or the paragraph before."""
        if not _ANAPHORIC.match(self.body, sa):
            return None
        if sa > pa:
            prev = [s for s in self.sents if s[1] <= sa and s[0] >= pa]
            if prev:
                return prev[-1]
        return previous

    def read_cue(self, t: _Tok, lemma: str, toks: list[_Tok], i: int, sa: int, sb: int, pa: int,
                 previous: tuple[int, int] | None) -> None:
        body = self.body
        cue = (t.start, t.end)
        prefix = body[sa:t.start]
        # "…, — сказал X" (no quotes) / "…, сообщил X."
        dash = _DASH_BEFORE.search(prefix)
        if dash and len(_WORD.findall(prefix)) >= 3:
            sp, _ = self.speaker_after(t.end, sb)
            sp = sp or self.speaker_in(t.end, sb, False)
            if sp is not None:
                start, kind = self.dash_opened(sa)
                self.add(sp, cue, kind or self.kind_of(start, sa + dash.start()), start, sa + dash.start())
            return
        # "C, сообщил РИА Новости глава движения X." (no "что" after the verb)
        if prefix.rstrip().endswith(",") and self.clause_before(prefix) and not re.search(
                r"\b(?:что|що|о|об|про)\b|:", body[t.end:sb]) and not re.search(r"(?:^|\s)(?:[Кк]ак|[Яя]к)\s", prefix[-30:]):
            sp, _ = self.speaker_after(t.end, sb)
            tail = body[t.end:sb].strip(_STRIP)
            located = re.match(r"(?:в|во|у)\s+(?=[«\"A-ZА-ЯІЇЄҐЁ])", tail)
            if located is None and (low := re.match(r"(?:в|во|у)\s+", tail)) and len(_WORD.findall(tail)) <= 4 \
                    and any(body_head(self.language, w) for w in _WORD.findall(tail[low.end():])):
                located = low   # "…, пообещали в городской прокуратуре": a body described, not named
            if sp is None and located and 1 <= len(_WORD.findall(tail)) <= 4:
                # "…, повідомили в Укргідроенерго": the body named by where it speaks, whatever the NER typed
                sp = self.phrase_speaker(t.end + body[t.end:sb].index(tail) + located.end(), sb)
            if sp is None and tail[:1].isupper() and 1 <= len(_WORD.findall(tail)) <= 3:
                # "…, передає Суспільне": an outlet the NER does not know, named after the verb
                sp = self.phrase_speaker(t.end, sb)
            if sp is not None:
                comma = sa + len(prefix.rstrip()) - 1
                self.add(sp, cue, self.kind_of(sa, comma), sa, comma)
                return
        # "как заявил X, C"
        if re.search(r"(?:^|\s)(?:[Кк]ак|[Яя]к)\s+$", prefix):
            comma = body.find(",", t.end, sb)
            if comma > 0 and self.framed_report(comma + 1, sb):
                return   # "Как сообщает ТАСС, министр X заявил, что C": X's, read at X's verb
            if comma > 0:
                # "Як зазначають у Генштабі ЗСУ, …": a body named by where it speaks, no NER span
                # "Как сообщили ТАСС в Минэнерго, …": the body told the outlet
                sp = self.told_outlet(t.end, comma) or self.speaker_in(t.end, comma, False) or self.speaker_before(sa, t.start) \
                    or self.subject_phrase(t.end, comma, located=True)
                self.add(sp, cue, self.kind_of(comma + 1, sb), comma + 1, sb)
            return
        # "X заявил, что C" / "X заявил: C"
        j = i + 1
        while j < len(toks) and toks[j].text.lower() not in THAT and toks[j].text != ":":
            if self.is_cue(toks[j]) or toks[j].text in ".!?":
                break
            j += 1
        sp = self.speaker_before(sa, t.start)
        if sp is not None and sp.type != "PERSON" and sp.pending is None and sp.start is not None \
                and not re.match(r"(?:в|во|у)\s", body[sp.start:sp.start + 3], re.IGNORECASE) \
                and self.object_before(t, _WORD.findall(body[sp.start:t.start])):
            sp = None   # "Обвинения Киева назвали абсурдными в МИД России": the object, not who spoke
        if sp is None and not _ANAPHORIC.match(body, sa):
            sp = self.subject_phrase(sa, t.start)
            if sp is None and re.match(r"\s*(?:[Вв]о?|[Уу])\s", body[sa:t.start]):
                sp = self.subject_phrase(sa, t.start, located=True)   # "У Кремлі вважають, що …"
        if j < len(toks) and toks[j].text.lower() in _SO_THAT:
            return   # "Мати наполягла, щоб син вступив": what was wanted, not said to be so
        if j < len(toks) and (toks[j].text.lower() in THAT or toks[j].text == ":"):
            if sp is None:
                sp = self.speaker_in(t.end, toks[j].start, False)
            readings = parses(self.language, t.text.lower())[:3]
            if lemma in ("считать", "вважати") and not any(p.tag.POS == "VERB" for p in readings) and (
                    sp is None or sp.name is None and sp.pending is None
                    or (sp.text or "").lower().strip() in _NO_SOURCE):
                return   # "Все уверены, что …", "Уверен, что …": a conviction no source holds
            start, end = toks[j].end, sb
            passive = any(p.tag.POS in ("PRTS", "ADJS") and p.tag.gender == "neut" or "Impe" in p.tag.grammemes
                          for p in readings[:1])
            agent = self.instrumental_agent(sa, t.start) if passive else None
            if agent is not None:
                sp = agent   # "Министерством юстиции заявлено, что …": the body in the instrumental said it
            elif passive and (
                    sp is None or sp.name is None or sp.start is None
                    or not re.search(r"(?:^|\s)(?:в|во|у|на)\s", body[sa:sp.start] + " " + body[sp.start:sp.start + 3],
                                     re.IGNORECASE)):
                # "Ранее было заявлено, что …": a passive with no one named behind it; its source
                # is where it was said ("В докладе фонда отмечено, что"), never its subject
                return
            if passive and agent is None:
                sp = self.passive_body(sp)
                if sp is None:
                    return   # "В понедельник было объявлено", "В Москве было заявлено": when or where, not who
            if not passive and any(p.tag.POS == "PRTF" for p in readings) \
                    and not any(p.tag.POS == "PRTF" and p.tag.case == "nomn" for p in readings):
                # "поблагодарил Анну Зимину, сообщившую, что …": a participle in an oblique case
                # speaks for the noun it agrees with before its comma, never the sentence subject
                sp = self.participle_noun(t, [p for p in readings if p.tag.POS == "PRTF"], sa)
                if sp is None:
                    return   # no noun it agrees with, or one with no name ("мужчину, заявившего")
            # "X заявил, что C, говорится в сообщении D": C ends at the phrase (frames kept sorted,
            # so the first one after ``start`` is found by bisection)
            k = bisect_right(self.framing, start)
            if k < len(self.framing) and self.framing[k] < end:
                end = self.framing[k]
            joined = self.coordinated_report(t, start, end) if not passive else None
            if joined is not None:
                end = joined[0]
                self.coordinated[joined[2].start] = (joined[1], sp or _Speaker(None, None, None, None))
            else:
                end = self.directive_end(t, start, end)
            concessive = _CONCESSIVE.match(body, sa, t.start)
            if concessive and "," not in body[concessive.end():t.start]:
                # "Хотя X заявил, что C, работы не начаты": the report is inside the concessive clause
                # (no comma between the cue and its verb), and what was said ends with that clause;
                # the main clause is the writer's. A report in the main clause ("Хотя снег шёл, мэр
                # заявил, что …") is read as any other.
                end = self.concessive_end(start, end)
            if not passive and any(p.tag.POS in ("PRTF", "GRND") for p in readings):
                # a participle or gerund ("X, заявивший, что C, …", "Сообщив, что C, X …"): what was
                # said ends with its clause at the next comma; a gerund's subject is the main clause's
                comma = body.find(",", start, sb)
                if comma > start:
                    end = comma
                    if sp is None:
                        sp = self.speaker_in(comma + 1, sb, False)
            self.add(sp, cue, self.kind_of(start, end), start, end)
            return
        # "Об этом сообщил X": the sentence (or paragraph) before is the claim
        anaphor = self.anaphoric_content(sa, pa, previous)
        if anaphor:
            if not self.covered(*anaphor):
                # "Об этом в интервью РБК заявил X": who is named after the verb speaks; the
                # outlet or occasion before it is where
                after = self.speaker_after(t.end, sb)[0]
                self.add(after if after is not None and after.name else sp or after, cue, self.kind_of(*anaphor),
                         *anaphor)
            return
        if _ANAPHORIC.match(body, sa):
            return   # "Про це повідомляє X" with nothing before it: no claim to give X
        # "X отрицал подрыв …", "X сообщил о …": the object is the claim
        if lemma in OBJECT_VERBS or (lemma in _ABOUT_VERBS and re.match(r"\s*(?:про|о|об)\s", body[t.end:sb])):
            start, end = t.end, sb
            impersonal = self.located_after(t.end, sb) if sp is None and self.plural_verb(t.text) else None
            if impersonal is not None:
                # "X назвали Y в Z": Z speaks, of X as Y
                end, sp = impersonal
                start = sa
            elif sp is None:
                sp, start = self.speaker_after(t.end, sb)
                if sp is not None and len(_WORD.findall(body[start:sb])) < 2:
                    # "О подрыве дамбы сообщил глава …": the object stands before the verb
                    start, end = sa, t.start
            about = re.match(r"\s*(?:про|о|об)\s+", body[start:end])
            if about and lemma in _ABOUT_VERBS:
                start += about.end()   # "повідомляють про десятки загиблих": what they report
            if lemma in _NAMING and self.gives_a_name(start, end):
                return   # "назвал сына Петром": a name given, not a judgement
            if sp is not None and len(_WORD.findall(body[start:end])) >= 2:
                self.add(sp, cue, self.kind_of(start, end), start, end)

    def dash_opened(self, sa: int) -> tuple[int, str | None]:
        """Direct speech opened by a dash on its line ("— Ми не спали всю ніч. Їдемо до сестри, —
        каже X"): where it starts (the dash's line, over the sentences the splitter cut it into)
        and "direct"; else (``sa``, None). Only on the same line, and only when no other
        reporting dash stands between, so one speaker's quotation is not joined to another's."""
        line = max(self.body.rfind("\n", max(0, sa - 400), sa) + 1, sa - 400, 0)   # bounded: linear per page
        opened = None
        for m in _OPENING_DASH.finditer(self.body, line, sa + 3):
            opened = m
        if opened is None or _REPORTING_DASH.search(self.body, opened.end(), sa):
            return sa, None
        return opened.end(), "direct"

    def directive_end(self, t: _Tok, start: int, end: int) -> int:
        """Where what was said ends before a call the speaker joined to it: "X заявил, что C, и
        призвал …" / "X заявив, що C, і закликав …" — a directive verb (a call, request, demand or
        proposal: no assertion, so no claim) after ", и"/", і"/", а также", agreeing with the cue,
        is the speaker's second predicate, not part of C. Else ``end``."""
        first = _agreement(self.language, t.text, "VERB")
        for m in _DIRECTIVE_JOIN.finditer(self.body, start, end):
            verb = m.group("verb")
            if lemma(self.language, verb.lower()) not in _DIRECTIVE_VERBS:
                continue
            if not any(p.tag.POS in ("VERB", "GRND") for p in parses(self.language, verb.lower())[:1]):
                continue   # "и требующие компенсаций": a participle describes, it is no second predicate
            second = _agreement(self.language, verb, "VERB")
            if first is not None and second is not None and not _agree(first, second):
                continue   # "…, что жители были эвакуированы, и попросили помощи": the content's own verb
            before = self.body[start:m.start()]
            if before.count("«") > before.count("»"):
                continue
            # the call itself is no assertion: its verb, and any call joined after it, report nothing
            for later in _DIRECTIVE_JOIN.finditer(self.body, m.start(), end):
                self.used_cues.add(later.start("verb"))
            return m.start()
        return end

    def gives_a_name(self, start: int, end: int) -> bool:
        """Whether "назвал(а) X Y" gives X a name: X is a child, a kinsman or a pet by its lemma
        and Y, the one word after it and the last, a first name in the instrumental ("назвал сына
        Петром", "назвала доньку Марією"), or the name is given "в честь"/"на честь" someone. A
        person named by a famous name is judged ("назвал губернатора Наполеоном", "назвав міністра
        Юдою"): a claim."""
        text = self.body[start:end]
        if re.search(r"(?:^|\s)(?:в|на)\s+честь\s", text, re.IGNORECASE):
            return True
        words = _WORD.findall(text)
        if len(words) < 2 or not words[-1][:1].isupper() or lemma(self.language, words[-2].lower()) not in _NAMED:
            return False
        return any("Name" in p.tag.grammemes and p.tag.case == "ablt" for p in parses(self.language, words[-1].lower())[:3])

    def concessive_end(self, start: int, end: int) -> int:
        """Where a report inside a concessive clause ends: at the first comma after ``start`` with a
        predicate before it (so not a list, "кровлю, стены и окна починят") that opens a clause with a
        predicate of its own and does not hang inside the one before it (no relative word or
        participle first: "дороги, ведущие к школам, расчистят"). No such comma: ``end``, unchanged."""
        commas = [m.start() for m in re.finditer(",", self.body[start:end])][:12]
        closes = False   # the comma closes a clause the one before it opened ("мост, который строят, откроют")
        for n, off in enumerate(commas):
            comma = start + off
            nxt = start + commas[n + 1] if n + 1 < len(commas) else end
            after = _WORD.findall(self.body[comma + 1:nxt])
            if closes:
                closes = False
                continue
            if not after:
                continue
            if after[0].lower() in _INNER_CLAUSE \
                    or any(p.tag.POS in ("PRTF", "GRND") for p in parses(self.language, after[0].lower())[:1]):
                closes = True
                continue
            if self.has_predicate(self.body[start:comma]) and self.has_predicate(self.body[comma + 1:nxt]):
                return comma
        return end
