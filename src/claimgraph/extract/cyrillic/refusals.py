"""Refusals and hedges: "отказался комментировать", "не вдалося зв'язатися з X" (``no_comment``, the
whole clause, with the report it leaves unconfirmed as its reporter's claim), and what the writer
passes on from nobody named ("предположительно", "нібито": ``unattributed``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Any

from .entity_types import body_head
from .lexicon import (
    ACCORDING_TO,
    BODY_WORDS,
    HEDGES,
    NO_COMMENT,
    RELATIVE_PRONOUNS,
    THAT,
)
from ..attribution.refusals import QUESTION_OPENERS, asks_itself
from .models import lemma, parses
from .reader import _STRIP, _WORD, _Speaker, _Tok
from .quotes import Quotations, _quotes
from .mention_passes import _HEAD_ROLES, _PLACE_BODIES, _ROLE_WORDS
from .speakers import _BODY_NOUNS, _GENERIC_BODY_WORDS, _REMIT_BEFORE_ABBR, _SOURCE_CIRCLES, _SPEAKING_BODIES


#: After a refusal: the report left unconfirmed, its source, and what it says.
_REPORT_OF = re.compile(r"\s+(?:\w+\s+)?(дані|даних|інформацію|інформації|повідомлення|данные|данных|информацию|"
                        r"информации|сообщения|сообщение|сведения)\s+(.{2,60}?)\s+(?:щодо|про|о|об|относительно)\s+(.+)",
                        re.IGNORECASE)


#: A topic's preposition ("о жертвах", "про перевірку", "щодо затримання").
_TOPIC = re.compile(r"(?<![\w'’ʼ-])(?:о|об|обо|про|щодо|относительно|насчёт|насчет)\s", re.IGNORECASE)


#: One capitalised word and nothing else: a name that may as well be a town's.
_LONE_NAME = re.compile(r"[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ-]+")


#: Trying to reach someone for comment, or to get a telling from them, and failing ("связаться с X не
#: удалось", "дозвониться до X", "получить комментарий от X"): X is who gave none, never the asker.
_REACHED = re.compile(r"(?:связаться|зв['’ʼ]?язатися)\s+(?:с|со|з|із)\s+|(?:дозвониться|додзвонитися)\s+до\s+"
                      r"|(?:получить|отримати)\s+(?:[\w'’ʼ-]+\s+){1,3}?(?:от|від)\s+", re.IGNORECASE)


#: A request left unanswered names whom it went to: "Запрос редакции в X остался без ответа".
#: Only the body straight after the request's own "в/до" (the asker's genitive may stand between),
#: with no topic on the way ("о ситуации в X", "щодо затримання у X") and never "в течение".
_NOT_ADDRESSEE = r"(?!(?:о|об|обо|про|щодо|по|с|со|з|із|зі|в|во|у|до|на|насчёт|насчет|относительно|течение|протягом)\s)"
_REQUEST = re.compile(r"(?:запрос\w*|запит\w*)\s", re.IGNORECASE)
_REQUEST_TO = re.compile(rf"(?:запрос\w*|запит\w*)\s+(?:{_NOT_ADDRESSEE}[\w'’ʼ«»\"-]+\s+){{0,3}}?(?:в|во|до)\s+"
                         rf"(?=(?:{_NOT_ADDRESSEE}[\w'’ʼ«»\"-]+\s+){{1,4}}?(?:остал|остава|залиши|залишал)\w*\s+без\s)",
                         re.IGNORECASE)
_UNANSWERED = re.compile(r"\s+(?:остал\w*|остава\w+|залиши\w+|залишал\w*)\s+без\s", re.IGNORECASE)


_NOT_REACHED = re.compile(r"\s+не\s+(?:удалось|вдалося|получилось|вийшло)")


#: "ни X, ни Y" / "ні X, ні Y": the subjects of a refusal, each declining.
_NEITHER = re.compile(r"(?:^|(?<=[\s,]))(?:[Нн]и|[Нн]і)\s+")


#: A cue verb negated is no assertion ("не сообщил" is a refusal, read by NO_COMMENT).
_NEG = frozenset("не ни".split())


#: Verbs of passing words on to others: telling, answering, explaining, confirming, naming,
#: disclosing. Negated ("в ведомстве не сообщили", "губернатор не сказав, чи …") they are the
#: frame of every refusal the fixed phrases of NO_COMMENT do not spell out: what follows is no
#: assertion of the subject's. Left out on purpose: "отвечать"/"відповідати" (also "to
#: correspond": "не відповідає дійсності" is a denial) and "говорить" ("это не говорит о …").
_TELLING = {
    "ru": frozenset("""сообщить сообщать сказать заявить заявлять ответить рассказать рассказывать пояснить
        пояснять объяснить объяснять уточнить уточнять подтвердить подтверждать комментировать
        прокомментировать раскрыть раскрывать разгласить разглашать назвать называть озвучить
        озвучивать огласить обнародовать""".split()),
    "uk": frozenset("""повідомити повідомляти сказати заявити заявляти відповісти розповісти розповідати
        пояснити пояснювати уточнити уточнювати підтвердити підтверджувати коментувати прокоментувати
        розкрити розкривати розголосити розголошувати назвати називати озвучити озвучувати
        оприлюднити оприлюднювати""".split()),
}
#: The same verbs' passive present: "имя погибшего не раскрывается", "ім'я не розголошується"
#: (never "не сообщалось": the writer's own account that nothing was reported, no one's silence).
_WITHHELD_PASSIVE = {
    "ru": frozenset("раскрываться разглашаться уточняться называться".split()),
    "uk": frozenset("розкриватися розголошуватися уточнюватися називатися".split()),
}
#: Plain saying: negated before "что"/"що" it says nothing at all ("не сказал, что удар был
#: запланирован" is neither a claim of the strike nor a refusal), as the English reader leaves
#: "did not say that …"; before a question ("не сказал, был ли …") or an object it is a refusal.
_PLAIN_SAYING = frozenset("""сказать заявить заявлять сообщить сообщать рассказать рассказывать сказати
    заявити заявляти повідомити повідомляти розповісти розповідати""".split())
#: The conditional particle: a negated verb with it is an opinion ("не назвал бы", "не сказав би").
_CONDITIONAL = re.compile(r"(?<!\w)(?:бы|би|б)(?!\w)", re.IGNORECASE)
#: What makes the clause of a negated verb no one's silence, when it stands in that clause before
#: "не": a condition ("если бы", fused "якби", "коли б"), an embedded question ("почему", "чому",
#: "чи") or a relative pronoun ("чиновник, который не сообщил о доходах").
_NOT_A_SILENCE = re.compile(r"(?<!\w)(?:бы|би|б|якби|если|якщо|почему|зачем|отчего|чому|навіщо|чи)(?!\w)", re.IGNORECASE)
#: (Not ``reported._NOT_ASSERTED``: that list also holds "когда", "хотя" and "и", which open no
#: hypothetical clause; the relative pronouns are :data:`RELATIVE_PRONOUNS`, which the reported-speech
#: reader's ``_INNER_CLAUSE`` holds too.)
#: How far back from a negated verb its clause is read: a clause opener stands within a few words of
#: it, and a bound keeps one long sentence of many "не" linear (each "не" reads at most this much).
_CLAUSE_REACH = 300
#: Where the clause after a refusal's verb ends ("не сообщили в X, когда …": X, not what the question names).
_CLAUSE_END = re.compile(r"[,;:!?(]|\s[—–-]\s")
#: Adverbs of frequency: with them a present tense tells a habit ("врачи обычно не сообщают
#: диагноз по телефону"), not a silence.
_FREQUENCY = frozenset("обычно зазвичай часто редко рідко иногда іноді інколи нередко".split())
#: What opens a question the refusal only names (the English reader's openers and a comma).
_CYR_QUESTION_OPENERS = QUESTION_OPENERS + ","
#: Verbs that report an incident to an authority with "в/до" or a direct object ("сообщил в
#: полицию", "повідомив поліцію"): a neighbour's failing to report is no one's refusal to comment.
_REPORT_TO = frozenset("сообщить сообщать повідомити повідомляти".split())
#: Modals between "не" and the verb ("не стали уточнять", "не змогли пояснити", "не будет комментировать").
_TELLING_MODALS = frozenset("стать смочь захотеть суметь быть стати змогти захотіти зуміти бути".split())


#: The declined-telling frame (:meth:`Refusals.declined_telling`): a predicate of declining, of not
#: being willing or able, or of preferring, whose complement in its clause is an act of telling,
#: of getting told or of reaching someone; or a predicate of keeping silent. Classes of lemmas read
#: through pymorphy3, so every form and word order counts ("отказавшись от комментариев",
#: "прокомментировать ситуацию в X не смогли", "говорить с прессой не захотели", "від оцінок
#: ухилився"), never a list of whole phrases. Ukrainian gerunds are their own normal form in
#: pymorphy3, so the class holds them beside the infinitives.
_DECLINING = {
    "ru": frozenset("отказаться отказываться уклониться уклоняться воздержаться воздерживаться".split()),
    "uk": frozenset("""відмовитися відмовлятися ухилитися ухилятися утриматися утримуватися
        відмовившись ухилившись утримавшись""".split()),
}
#: Willing or able, negated ("не стали", "не захотели", "не согласился", "не смогли", "не удалось").
_WILLING = {
    "ru": frozenset("стать захотеть хотеть пожелать согласиться соглашаться смочь мочь суметь удаться".split()),
    "uk": frozenset("стати захотіти хотіти побажати погодитися погоджуватися змогти могти зуміти вдатися".split()),
}
#: Succeeding, impersonal: its experiencer is the one who tried (the dative, often the writer).
_IMPERSONAL_SUCCESS = frozenset({"удаться", "вдатися"})
#: Preferring: its complement is the silence ("предпочёл промолчать", "волів не коментувати").
_PREFERRING = {"ru": frozenset("предпочесть предпочитать".split()), "uk": frozenset("воліти".split())}
#: Acts of telling as an infinitive complement: the negated-telling verbs and the plain verbs of
#: talking, which only as a complement of declining tell of a silence ("говорить с прессой не стали").
_TELLING_COMPLEMENT = {
    "ru": frozenset("""говорить разговаривать беседовать общаться высказываться высказаться отвечать
        ответить""".split()),
    "uk": frozenset("""говорити розмовляти спілкуватися висловлюватися висловитися відповідати відповісти""".split()),
}
#: Giving: an act of telling only with a telling noun as its object ("давать интервью/оценки"; never
#: "давать взятку", "дать кредит", "дать отпор").
_GIVING = {"ru": frozenset("давать дать".split()), "uk": frozenset("давати дати".split())}
#: Being able: only a telling verb's infinitive makes a silence of its failure ("не смогли
#: прокомментировать"); a plain talking verb is a body's inability ("не мог говорить после операции").
_ABLE = frozenset("смочь мочь суметь змогти могти зуміти".split())
#: Words either side of a predicate its complement is looked for in: a clause is short, and a long
#: comma-less run must not make every verb walk it whole.
_COMPLEMENT_REACH = 12
#: Acts of telling as nouns: what one declines "от/від" or fails to get ("уклонился от ответа",
#: "получить комментарий не удалось").
_TELLING_NOUNS = {
    "ru": frozenset("""комментарий ответ оценка заявление подробность деталь интервью разговор вопрос
        пояснение объяснение уточнение высказывание""".split()),
    "uk": frozenset("""коментар відповідь оцінка заява подробиця деталь інтерв'ю розмова запитання питання
        пояснення роз'яснення уточнення висловлювання""".split()),
}
#: Getting told and reaching: what one fails at when no one comments ("получить ответ", "дозвониться до X").
_GETTING = {"ru": frozenset("получить получать".split()), "uk": frozenset("отримати отримувати".split())}
_REACHING = {"ru": frozenset("дозвониться связаться".split()), "uk": frozenset("додзвонитися зв'язатися".split())}
#: Keeping silent: a predicate of its own ("власти молчат", "посол відмовчався"), the complement of
#: preferring, or "хранить/зберігати молчание".
_SILENT = {"ru": frozenset("молчать промолчать отмолчаться".split()),
           "uk": frozenset("мовчати промовчати відмовчатися".split())}
_KEEPING = {"ru": frozenset({"хранить"}), "uk": frozenset({"зберігати"})}
_SILENCE_NOUNS = {"ru": frozenset({"молчание"}), "uk": frozenset({"мовчання", "мовчанка"})}
#: Intending, negated: a declared intention not to tell is a refusal now, whatever the order ("не
#: намерен комментировать", "комментировать это она не будет", "не має наміру коментувати",
#: "не збирається пояснювати"). The future auxiliary is the one telling modal (``_TELLING_MODALS``)
#: with an imperfective future, быть/бути ("не было" is no intention; the perfective "не станет",
#: "не сможет" are the modals' own frame), and never the existential "не будет смысла", "задержек не
#: будет"; having counts only with a noun of intention after it ("не має наміру", "не имеет намерения").
#: Not planning: "не планирует сообщать о сокращениях до конца года" is a schedule, no silence.
_INTENDING = {
    "ru": frozenset("намерен намеренный собираться".split()),
    "uk": frozenset({"збиратися"}),
}
_HAVING = {"ru": frozenset({"иметь"}), "uk": frozenset({"мати"})}
_INTENT_NOUNS = {"ru": frozenset({"намерение"}), "uk": frozenset({"намір"})}
#: Where a predicate's clause ends for its complement: a comma, a semicolon, a colon, a bracket, a dash.
_COMPLEMENT_BOUND = frozenset(",;:()—–")
#: Conjunctions that join two infinitives as one complement ("подтверждать или опровергать", "та"):
#: the additive and disjunctive ones only (``mention_passes._STRETCH_CONJ`` also holds "а", "но",
#: which open a clause of their own).
_JOINING = frozenset("и или і й та чи або".split())


def _infinitive(p: Any) -> bool:
    """An infinitive reading (Russian INFN; Ukrainian VERB with "infn")."""
    return p.tag.POS == "INFN" or (p.tag.POS == "VERB" and "infn" in p.tag.grammemes)


def _told(p: Any) -> bool:
    """A finite verb that tells what happened or happens (past or present; never a future or an
    imperative: "откажутся от комментариев" is a prediction), or a past gerund or participle."""
    if p.tag.POS in ("GRND", "PRTF"):
        return p.tag.tense != "pres" or p.tag.POS == "GRND"
    return p.tag.POS == "VERB" and not _infinitive(p) and p.tag.tense in ("past", "pres") \
        and "impr" not in p.tag.grammemes


@dataclass(frozen=True)
class _Span:
    """A cue found by tokens, read as a regex match is (offsets within the sentence)."""
    lo: int
    hi: int

    def start(self) -> int:
        return self.lo

    def end(self) -> int:
        return self.hi


#: Words naming a place, not a subject, that may open a reported clause ("сказал, что там не …").
_THERE = frozenset("там тут здесь".split())


def _singular(tag: Any) -> bool:
    """A singular verb form: by number, or (a Ukrainian past, which has none) by its gender."""
    return tag.number == "sing" or (tag.number is None and tag.gender in ("masc", "femn", "neut"))


class Refusals(Quotations):
    """Refusals to comment and unattributed hedges."""

    def hedges(self) -> None:
        """"Предположительно, мост пострадал …", "Там нібито чули вибухи": what the writer passes
        on from nobody named, kept as ``unattributed`` with no speaker, in a sentence no
        attributed claim holds. The hedge opening the sentence is left out of the content."""
        body = self.body
        for sa, sb in self.sents:
            m = HEDGES.search(body, sa, sb)
            if m is None or any(c.start < sb and sa < c.end for c in self.claims):
                continue
            start = sa
            if not body[sa:m.start()].strip(_STRIP + "«\"„“"):
                start = m.end()
            self.add(None, (m.start(), m.end()), "unattributed", start, sb)

    def read_refusal(self, sa: int, sb: int) -> None:
        """A refusal to comment: the whole clause is the claim."""
        body = self.body
        text = body[sa:sb]
        m: re.Match[str] | _Span | None = NO_COMMENT.search(text)
        if m and any(qa <= sa + m.start() < qb for qa, qb in _quotes(text, sa)):
            m = None   # «Мы не подтверждаем эти данные», — сказал X: the quoted source's own words, X's quote
        if m and (_CONDITIONAL.search(text, m.start(), min(len(text), m.end() + 4))
                  or self.hypothetical_clause(sa, sa + m.start(), relative=True)):
            m = None   # "не назвал бы это провалом", "если бы …", "который не …": no silence
        if m and self.not_one_event(sa, sb, sa + m.start(), sa + m.end()):
            m = None   # "пресс-службы обычно не комментируют …", "Отказался ли X …?": a habit or a question
        m = m or self.negated_telling(sa, sb) or self.declined_telling(sa, sb)
        if m and self.postposed_report(sa + m.end(), sb):
            m = None   # "Полиция не сообщила о жертвах, заявил мэр X": the mayor's claim, no refusal
        reporter = None
        if m and self.reported_clause(sa, sa + m.start()):
            # "Песков сказал, что Кремль не будет комментировать": Песков's claim, no refusal; but
            # "Посольство заявило, что не будет комментировать …" (no subject of its own) is the
            # reporter's own refusal, and no assertion of anything
            reporter = self.own_refusal_reported(sa, sa + m.start(), sa + m.end())
            if reporter is None:
                m = None
        if m:
            # who did not comment stands before the refusal (before its reporting verb when it reports
            # its own); after it comes what was not confirmed
            lo, hi = self.located_window(sa, reporter.start if reporter is not None else sa + m.start())
            sp = self.speaker_before(lo, hi) or self.subject_phrase(lo, hi, located=True)
            if sp is None:
                sp = self.located_in_cue(sa + m.start(), sa + m.end(), sb)
            if sp is None and not _WORD.search(body, sa, sa + m.start()):
                sp = self.speaker_after(sa + m.end(), sb)[0]
            reached = _REACHED.search(body, sa + m.start(), sb)
            if reached:
                # "не змогли зв'язатися з X", "связаться с X не удалось": X is who gave no comment
                stop = _NOT_REACHED.search(body, reached.end(), sb)
                end = stop.start() if stop else sb
                # the one not reached, never the ones who tried ("Журналісти не змогли …")
                sp = self.speaker_in(reached.end(), end, nearest_end=False) or self.phrase_speaker(reached.end(), end)
                if sp is not None and sp.name and sp.pending is None and sp.type != "PERSON":
                    sp = replace(sp, name=self.nominative(sp.name))   # "от администрации" → администрация
            asked = _REQUEST.match(body, sa + m.start(), sb)
            if asked:
                # "Запрос «Газеты» в Минобороны остался без ответа": the body asked gave no answer,
                # never the outlet that asked nor a place in the request's topic; else whoever
                # stands before the request ("У X запит редакції залишили без відповіді"), or no one
                request = _REQUEST_TO.match(body, sa + m.start(), sb)
                unanswered = _UNANSWERED.search(body, request.end(), sb) if request else None
                if request and unanswered:
                    sp = self.speaker_in(request.end(), unanswered.start(), nearest_end=False) \
                        or self.phrase_speaker(request.end(), unanswered.start()) or sp
                    if sp is not None and sp.name and sp.pending is None and sp.type != "PERSON":
                        sp = replace(sp, name=self.nominative(sp.name))   # "в мэрию" → мэрия
            if asked is None and (sp is None or sp.pending == "role"):
                # "Комментариев от Кремля не последовало", "От вопросов … он отказался": who did
                # not comment is inside the cue
                inside = self.speaker_in(sa + m.start(), sa + m.end(), nearest_end=False)
                if inside is not None and (inside.pending in ("person", "body") or inside.type in ("PERSON", "ORG", "GPE")):
                    sp = inside
            cue_end = sa + m.end()
            while cue_end < sb and body[cue_end].isalpha():
                cue_end += 1   # the cue is whole words
            cue = (sa + m.start(), cue_end)
            declined: list[_Speaker | None] = [*self.neither_nor(sa, sa + m.start())] or [sp]
            for who in declined:
                self.add(who, cue, "no_comment", sa, sb)
            for t in self.toks_in(*cue):
                self.used_cues.add(t.start)
            if reporter is not None:
                self.used_cues.add(reporter.start)   # (its verb reports the refusal, no claim of its own)
            self.unconfirmed_report(cue[1], sb)

    def located_in_cue(self, cue_start: int, cue_end: int, sb: int) -> _Speaker | None:
        """Who gave no comment when no subject stands before the refusal: first the body located after
        an impersonal plural verb ("Деталей не сообщили в Министерстве …", up to the clause's end): a
        sentence with no subject and a verb in the third person plural has the located body as its
        agent. Else, when nothing follows the verb in its clause, a body located inside a cue whose
        object comes first ("От комментариев по итогам проверки в налоговой службе отказались"). None
        when no body is located there."""
        verb = list(_WORD.finditer(self.body, cue_start, cue_end))
        if not verb:
            return None
        # the body named after the verb is its agent first: inside the cue "в X" may as well be the
        # place of what was not commented on ("о ситуации в Заречье … отказались в администрации")
        stop = _CLAUSE_END.search(self.body, cue_end, sb)
        clause_end = stop.start() if stop else sb
        if self.plural_verb(verb[-1].group()):
            after = self.located_after(cue_end, clause_end)
            # past a topic ("не сообщили о жертвах в прокуратуре …") "в X" may be where the topic
            # happened, not who kept silent: the attachment is open, so no speaker is read there
            if after is not None and not _TOPIC.search(self.body, cue_end, after[0]):
                return after[1]
        # words after the verb in its clause are read by the caller ("… отказались в мэрии")
        if len(verb) < 2 or _WORD.search(self.body, cue_end, clause_end):
            return None
        window = self.located_phrase(verb[0].start(), verb[-1].start())
        if window is None:
            return None
        # inside the cue only a body is an agent: a body's head noun after its adjectives, or a name
        # the NER read as a body that is more than one capitalised word (a lone "Лесогорске" it may
        # call a body is as often a town); never a place, a building or a document ("о погибших в
        # больнице", "в Харькове", "у звіті")
        inside = list(_WORD.finditer(self.body, *window))
        if len(inside) < 2:
            return None
        named = any(e.start == inside[1].start() and e.type == "ORG" and not _LONE_NAME.fullmatch(
            self.body[e.start:e.end]) for e in self.spans)
        if not (named or self.body_phrase_at(inside[1].start(), window[1])):
            return None
        return self.speaker_before(*window) or self.subject_phrase(*window, located=True)

    def owner_word(self, word: str) -> bool:
        """A word that may continue a body word's phrase: a name (capitalised), a body or a body word."""
        return word[:1].isupper() or body_head(self.language, word) \
            or lemma(self.language, word.lower()) in BODY_WORDS

    def not_one_event(self, sa: int, sb: int, cue_start: int, cue_end: int) -> bool:
        """A refusal is something a source did once, or still does: one told as a habit (an adverb
        of frequency within a few words of its cue: "пресс-службы портов обычно не комментируют
        кадровые вопросы", not "как обычно, в Кремле не ответили") or asked about (the sentence is
        a question) tells of none, as the English reader's ``_not_one_event`` and
        :meth:`negated_telling` read it. The question is the refusal's own only when nothing opens a
        question of its own between its cue and the "?" (a quotation mark, a colon or a comma: "не
        ответили на вопрос «Кто отдал приказ?»", "отказались комментировать, почему мост закрыт?").
        A perfective verb in the cue ("отказался", "відмовилися") tells one event, never a habit;
        the frequency word is sought within three words before the cue or after it up to the
        clause's end (``_CLAUSE_END``, as :meth:`located_in_cue` reads it; at most 30 characters on)."""
        if asks_itself(self.body[cue_end:sb], _CYR_QUESTION_OPENERS):
            return True
        if any(p.tag.POS == "VERB" and p.tag.aspect == "perf"
               for w in self.toks_in(cue_start, cue_end) if w.text.isalpha()
               for p in parses(self.language, w.text.lower())[:1]):
            return False
        stop = min(sb, cue_end + 30)
        clause_end = _CLAUSE_END.search(self.body[cue_end:stop])
        if clause_end:
            stop = cue_end + clause_end.start()
        before = [w.group().lower() for w in _WORD.finditer(self.body, max(sa, cue_start - 80), cue_start)]
        after = [w.group().lower() for w in _WORD.finditer(self.body, cue_start, stop)]
        near = before + after
        return any(w in _FREQUENCY and not (k and near[k - 1] in ("как", "як"))
                   for k, w in enumerate(near) if k >= len(before) - 3)

    def located_window(self, sa: int, cue_start: int) -> tuple[int, int]:
        """Where the body that gave no comment is named: "Дополнительных подробностей в ведомстве
        не сообщили", "В полиции на запрос агентства к моменту публикации не ответили" — the
        located "в/у X" up to the next preposition, when what stands before it is no subject (the
        verb's genitive object, or a prepositional phrase), and no person is named after it
        ("В Москве на брифинге представитель МИД Мария Захарова отказалась"); else the whole stretch."""
        return self.located_phrase(sa, cue_start) or (sa, cue_start)

    def located_phrase(self, sa: int, cue_start: int) -> tuple[int, int] | None:
        """The located "в/у X" of ``located_window``, or None where the stretch has none or its
        subject stands elsewhere."""
        lang = self.language
        words = list(_WORD.finditer(self.body, sa, cue_start))
        def prep(x: re.Match[str]) -> bool:
            return any(p.tag.POS == "PREP" for p in parses(lang, x.group().lower())[:2])

        for k, w in enumerate(words[:-1]):
            # the located noun, after its adjectives ("в міській раді")
            n = k + 1
            while n + 1 < len(words) and any(p.tag.POS == "ADJF" and p.tag.case in ("loct", "loc2")
                                             for p in parses(lang, words[n].group().lower())[:3]):
                n += 1
            if w.group().lower() not in ("в", "во", "у") or not any(
                    p.tag.POS == "NOUN" and p.tag.case in ("loct", "loc2")
                    for p in parses(lang, words[n].group().lower())[:3]):
                continue
            before = words[:k]
            if before and not prep(before[0]) and (any(
                    p.tag.POS == "NOUN" and p.tag.case == "nomn" for x in before for p in parses(lang, x.group().lower())[:3])
                    or any(e.type in ("PERSON", "ORG") and sa <= e.start < w.start() for e in self.spans)):
                return None   # "Представители компании в регионе не ответили", "Meta в заявлении …": the subject stands first
            # a remit before a bracketed abbreviation is part of the name ("в Службе … по чрезвычайным
            # ситуациям (ГСЧС)"), as the speaker reader takes it (``_REMIT_BEFORE_ABBR``)
            end = next((x.start() for x in words[n + 1:] if prep(x)
                        and not _REMIT_BEFORE_ABBR.match(self.body, x.start() - 1, x.start() + 80)), cue_start)
            # "В ведомстве подробностей не сообщили": a word standing for the body named before has
            # no remit of its own, so a lower-case word after it is the negated verb's object; only a
            # body or a name continues the located phrase ("в пресс-службе ведомства", "у відомстві «Х»")
            j = n
            while j + 1 < len(words) and words[j + 1].start() < end:
                if not self.owner_word(words[j + 1].group()):
                    if lemma(lang, words[j].group().lower()) in _GENERIC_BODY_WORDS:
                        end = words[j + 1].start()
                    break
                j += 1
            after = self.speaker_before(end, cue_start) if end < cue_start else None
            if after is not None and (after.type == "PERSON" or after.pending == "person"):
                return None   # "В Москве на брифинге … Мария Захарова отказалась": she is the subject
            return w.start(), end
        return None

    def negated_telling(self, sa: int, sb: int) -> _Span | None:
        """The negated telling frame: "не" (a modal may stand between) before a verb of passing
        words on, in the past or present, or its passive present ("не раскрывается") — the span
        from "не" to the verb, relative to ``sa``; None when the sentence has none, asks a question,
        or an unnegated cue before it reports something (that clause is the claim)."""
        body = self.body
        if body[sa:sb].rstrip(_STRIP + "»”\"").endswith("?"):
            return None
        toks = [t for t in self.toks_in(sa, sb) if t.text.isalpha()]
        quoted = _quotes(body[sa:sb], sa)
        lang = self.language
        for i, t in enumerate(toks):
            if t.text.lower() != "не" or any(_CONDITIONAL.fullmatch(w.text) for w in toks[max(0, i - 1):i + 4]):
                continue   # "не назвал бы это провалом": an opinion, no silence
            if any(qa <= t.start < qb for qa, qb in quoted):
                continue   # «Мы ничего не сообщали»: the quoted source's own words
            if self.hypothetical_clause(sa, t.start, relative=True):
                continue   # "если бы полиция не сообщила", "почему …", "который не сообщил": no silence
            k = i + 1
            if k < len(toks) and any(p.normal_form in _TELLING_MODALS for p in parses(lang, toks[k].text.lower())[:2]):
                k += 1
            if k >= len(toks) or any(body[toks[j].end:toks[j + 1].start].strip() for j in range(i, k)):
                continue   # one phrase, no mark between ("отвечать … не стали, рассказал X": X's report)
            modal = k > i + 1
            for p in parses(lang, toks[k].text.lower())[:2]:
                if p.tag.POS not in ("VERB", "INFN"):
                    continue
                finite = p.tag.POS == "VERB" and p.tag.tense in ("past", "pres") and not modal
                # (a reflexive form is no telling: "дані не підтвердилися" is what the writer reports)
                reflexive = toks[k].text.lower().endswith(("ся", "сь"))
                active = p.normal_form in _TELLING[lang] and (finite or modal) and not reflexive
                passive = p.normal_form in _WITHHELD_PASSIVE[lang] and p.tag.tense == "pres"
                if not (active or passive):
                    continue
                if p.tag.tense == "pres" and any(w.text.lower() in _FREQUENCY for w in toks[max(0, i - 3):k + 2]):
                    continue   # "обычно не сообщают диагноз": a habit, no silence
                if active and p.normal_form in _REPORT_TO and self.reported_to(toks[k]):
                    continue   # "не сообщил в полицию о пожаре": no report made, no refusal
                if active and p.normal_form in _PLAIN_SAYING and self.that_after(toks[k]):
                    return None   # "не сказал, что C": no claim of C and no refusal
                if any(self.is_cue(u) and not (j and toks[j - 1].text.lower() in _NEG) for j, u in enumerate(toks[:i])) \
                        and self.own_refusal_reported(sa, t.start, toks[k].end) is None:
                    return None   # "X сообщил, что …, но не уточнил …": X's claim stands whole
                return _Span(t.start - sa, toks[k].end - sa)
        return None

    def declined_telling(self, sa: int, sb: int) -> _Span | None:
        """The declined-telling frame (``_DECLINING`` …): a predicate that declines ("уклонился",
        "відмовившись", "отказавшийся"), is not willing or able ("не стали", "не захотіли", "не
        согласился", "не удалось"), does not intend ("не намерен", "не має наміру", the future "не
        будет": ``_INTENDING``, session 21; never the existential "не будет смысла", a telling infinitive
        another verb governs, or in "по словам X") or prefers ("предпочёл", "волів"), told in the past or present,
        with a complement in its clause (up to a comma, bracket or dash either side) that is an act of
        telling: a telling verb's infinitive ("прокомментировать ситуацию в X не смогли"), "от/від"
        and a telling noun for declining ("от подробностей уклонился"), getting a telling or reaching
        someone for failing ("получить ответ от X не удалось", "дозвониться до X не удалось"), keeping
        silent for preferring ("предпочёл промолчать"); or a predicate of silence on its own ("власти
        молчат", "хранят молчание"). The span from the first to the last word of predicate and
        complement, relative to ``sa``; None when the sentence has none, asks a question, or the
        frame stands in a quotation, a condition ("если", "бы") or a habit (``not_one_event``), or a
        report stands before it (a cue with "что/що") or after it (an unnegated cue): that report's
        claim stays whole (but "X заявил, что не намерен комментировать" is X's own intention, read as
        ``own_refusal_reported`` reads it). Never "отвечать за" (to be liable), nor a plain saying
        before "что/що"."""
        body = self.body
        if body[sa:sb].rstrip(_STRIP + "»”\"").endswith("?"):
            return None
        lang = self.language
        quoted = _quotes(body[sa:sb], sa)
        toks = [t for t in self.toks_in(sa, sb) if not any(qa <= t.start < qb for qa, qb in quoted)]
        words = [t for t in toks if t.text.isalpha() or "'" in t.text or "’" in t.text]
        tok_starts = [t.start for t in toks]

        def readings(t: _Tok) -> list[Any]:
            return list(parses(lang, t.text.lower().replace("’", "'"))[:2])

        def clause(i: int) -> list[int]:
            """Indices into ``words`` of the clause of ``words[i]``."""
            lo = hi = i
            while lo > 0 and i - lo < _COMPLEMENT_REACH and not any(c in _COMPLEMENT_BOUND for c in body[words[lo - 1].end:words[lo].start]):
                lo -= 1
            while hi + 1 < len(words) and hi - i < _COMPLEMENT_REACH and not any(c in _COMPLEMENT_BOUND for c in body[words[hi].end:words[hi + 1].start]):
                hi += 1
            return list(range(lo, hi + 1))

        def negated(i: int) -> bool:
            return i > 0 and words[i - 1].text.lower() in _NEG

        def telling_noun(j: int) -> bool:
            return any(p.tag.POS == "NOUN" and p.normal_form in _TELLING_NOUNS[lang] for p in readings(words[j]))

        def from_telling(j: int, span: list[int]) -> bool:
            """"от/від" at ``j`` with a telling noun after it (its adjectives between, never "своих")."""
            if words[j].text.lower() not in ("от", "від"):
                return False
            for k in (x for x in span if x > j):
                if telling_noun(k):
                    return True
                if words[k].text.lower() in ("своих", "своего", "своей", "своїх", "свого", "своєї") or not any(
                        p.tag.POS in ("ADJF", "PRTF", "NPRO") for p in readings(words[k])):
                    return False
            return False

        def infinitive_in(span: list[int], lemmas: frozenset[str], skip: int) -> int | None:
            for j in span:
                if j == skip or negated(j) and lemmas is not _SILENT[lang]:
                    continue
                if any(_infinitive(p) and p.normal_form in lemmas for p in readings(words[j])):
                    if j + 1 < len(words) and words[j + 1].text.lower() == "за":
                        continue   # "отвечать за" is to be liable, no telling
                    if any(p.normal_form in _PLAIN_SAYING for p in readings(words[j])) and self.that_after(words[j]):
                        continue   # "отказался заявить, что C": neither C nor a silence (as negated_telling)
                    if any(_infinitive(p) and p.normal_form in _GIVING[lang] for p in readings(words[j])) and not any(
                            telling_noun(k) for k in span if j < k <= j + 3):
                        continue   # "отказались давать взятку": giving tells only with a telling noun
                    return j
            return None

        def official_subject(span: list[int], skip: set[int]) -> bool:
            """A body or an official in the clause: only they keep a silence that tells of no comment
            ("власти молчат", "в ведомстве хранят молчание"; never "молчат орудия", "мальчик молчал")."""
            lo = words[span[0] - 1].end if span[0] else sa   # (hyphenated words are no ``words``: "Пресс-служба")
            hi = words[span[-1]].end
            skipped = {words[k].start for k in skip}
            # only the clause's tokens (a bisect, not a walk of the sentence: a long run of "X молчат, …" stays linear)
            for t in toks[bisect_left(tok_starts, lo):bisect_left(tok_starts, hi)]:
                if t.start in skipped or not t.text[:1].isalpha():
                    continue
                if t.text[:1].isupper() and t is not toks[0] or body_head(lang, t.text):
                    return True   # a name ("Кремль молчит") or a body's head ("в министерстве")
                if any(p.tag.POS in ("NOUN", "ADJF") and p.normal_form in officials for p in readings(t)):
                    return True
            return False

        def genitive_noun(j: int) -> bool:
            """A noun in the genitive at ``j`` (not the indeclinable: pymorphy3 reads the Ukrainian "до"
            as one)."""
            return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and "Fixd" not in p.tag for p in readings(words[j]))

        def existential(i: int, aux: Any) -> bool:
            """Whether the negated auxiliary at ``i`` says that something will not be: its subject is a
            genitive of negation, straight after it (its adjectives between: "не будет (никакого)
            смысла объяснять", "не буде потреби") or, for the singular, straight before "не" and
            governed by neither a preposition nor a noun before it but a dative, the one who would
            need it ("жителям смысла не будет"; never "в мэрии не будут", "решение суда не будет",
            "до окончания проверки не будет")."""
            j = i + 1
            while j < len(words) and j < i + 3 and any(
                    p.tag.POS in ("ADJF", "NPRO") and p.tag.case == "gent" for p in readings(words[j])[:1]):
                j += 1
            if j < len(words) and genitive_noun(j):
                return True
            if "sing" not in aux.tag or i < 2 or not genitive_noun(i - 2):
                return False
            head = readings(words[i - 3])[:1] if i > 2 else []
            return not any(p.tag.POS == "PREP" or p.tag.POS in ("NOUN", "ADJF", "NPRO") and p.tag.case != "datv"
                           for p in head)

        def intending(i: int) -> bool:
            """A predicate of intention at ``i`` (``_INTENDING``): the verbs told, "намерен", the future
            auxiliary, or having with a noun of intention straight after it."""
            for p in readings(words[i]):
                if p.normal_form in _INTENDING[lang] and (_told(p) or p.tag.POS == "ADJS"):
                    return True
                if p.normal_form in _TELLING_MODALS and p.tag.POS == "VERB" and p.tag.tense == "futr" \
                        and "impf" in p.tag and not existential(i, p):
                    return True
                if p.normal_form in _HAVING[lang] and _told(p) and any(
                        q.normal_form in _INTENT_NOUNS[lang] for k in (i + 1, i + 2) if k < len(words)
                        for q in readings(words[k]) if q.tag.POS == "NOUN"):
                    return True
            return False

        def governs_between(k: int) -> bool:
            """A verb at ``k`` (first reading) not joined by a conjunction to its neighbours: what stands
            beyond it is its complement ("не намерено запрещать СМИ называть", "обещала … и задержек
            не будет"), not the intention's ("подтверждать или опровергать … не собираются")."""
            if not any(p.tag.POS in ("INFN", "VERB") for p in readings(words[k])[:1]):
                return False
            return not any(words[x].text.lower() in _JOINING for x in (k - 1, k + 1) if 0 <= x < len(words))

        officials = BODY_WORDS | _ROLE_WORDS | _HEAD_ROLES | _PLACE_BODIES | _SPEAKING_BODIES | _BODY_NOUNS | _SOURCE_CIRCLES
        telling = _TELLING[lang] | _TELLING_COMPLEMENT[lang] | _GIVING[lang]
        frame = _SILENT[lang] | _KEEPING[lang] | _DECLINING[lang] | _WILLING[lang] | _PREFERRING[lang]
        for i, w in enumerate(words):
            rs = [p for p in readings(w) if _told(p)]
            # "продолжают хранить молчание": keeping silent is the frame as an infinitive too
            lem = {p.normal_form for p in rs} | ({p.normal_form for p in readings(w) if _infinitive(p)} & _KEEPING[lang])
            intent = negated(i) and intending(i)
            if not lem & frame and not intent:
                continue   # (the clause is read only for a predicate of the frame)
            span = clause(i)
            found: int | None = None
            if intent:
                # "не намерен комментировать", "комментировать … не будет": only a telling verb, as for being able
                found = infinitive_in(span, _TELLING[lang] | _GIVING[lang], i)
                if found is not None and any(governs_between(k) for k in range(min(i, found) + 1, max(i, found))):
                    found = None   # "не будет запрещать журналистам сообщать": the telling is another verb's
                if found is not None and ACCORDING_TO.search(body, sa, sb):
                    found = None   # "по словам адвоката, следователь не намерен раскрывать …": the lawyer's account
            elif lem & _SILENT[lang] and not negated(i):
                found = i if official_subject(span, {i}) else None
            elif lem & _KEEPING[lang] and not negated(i):
                found = next((j for j in span if j > i and any(
                    p.normal_form in _SILENCE_NOUNS[lang] for p in readings(words[j]))), None)
                if found is not None and not official_subject(span, {i, found}):
                    found = None   # "участники церемонии хранили молчание": a mourning, no refusal
            elif lem & _DECLINING[lang] and not negated(i):
                found = next((j for j in span if from_telling(j, span)), None)
                if found is None:
                    found = infinitive_in(span, telling, i)
            elif lem & _WILLING[lang] and negated(i):
                # "не удалось подтвердить": whoever tried (the writer) failed to tell, no one's
                # silence; only getting told or reaching names another's ("получить ответ не удалось")
                if not lem & _IMPERSONAL_SUCCESS:
                    found = infinitive_in(span, _TELLING[lang] | _GIVING[lang] if lem & _ABLE else telling, i)
                if found is None and lem & {"удаться", "вдатися", "смочь", "змогти", "мочь", "могти"}:
                    got = infinitive_in(span, _GETTING[lang], i)
                    if got is not None and any(telling_noun(k) for k in span if k > got):
                        found = got
                    if found is None:
                        found = infinitive_in(span, _REACHING[lang], i)
            elif lem & _PREFERRING[lang] and not negated(i):
                found = infinitive_in(span, _SILENT[lang], i)
                if found is None:
                    found = next((j for j in span if j > i and negated(j) and any(
                        _infinitive(p) and p.normal_form in telling for p in readings(words[j]))), None)
            if found is None:
                continue
            first = words[min(i, found) - (1 if negated(min(i, found)) else 0)]
            last = words[max(i, found)]
            if self.hypothetical_clause(sa, first.start) or any(
                    _CONDITIONAL.fullmatch(u.text) for u in words[max(0, i - 1):i + 3]):
                continue   # "если министр откажется …", "не стал бы комментировать": no silence
            if self.not_one_event(sa, sb, first.start, last.end):
                continue   # "как правило, не комментирует …", "Откажется ли …?": a habit or a question
            cues_before = [j for j, u in enumerate(toks) if u.end <= first.start and self.is_cue(u)
                           and not (j and toks[j - 1].text.lower() in _NEG)]
            if cues_before and not (intent and self.own_refusal_reported(sa, first.start, last.end) is not None):
                # "X, заявивший, что C, от интервью отказался": X's report C stands whole; but "X заявил,
                # что не намерен комментировать" is X's own intention (as ``negated_telling`` reads it)
                if any(v.text.lower() in THAT for j in cues_before for v in toks[j + 1:] if v.end <= first.start):
                    return None
                # an intention yields to any report before it, told with "о/про" as well as "что": "X сообщил
                # о C, а комментировать … Y не намерен" is X's report C ("как пояснил X, …" is no report of its own)
                if intent and any(not (j and toks[j - 1].text.lower() in ("как", "як")) for j in cues_before):
                    return None
            if any(self.is_cue(u) and not (j and toks[j - 1].text.lower() in _NEG)
                   for j, u in enumerate(toks) if u.start >= last.end):
                return None   # "… отказались, однако X сообщил, что C": the report after it stands whole
            return _Span(first.start - sa, last.end - sa)
        return None

    def hypothetical_clause(self, sa: int, pos: int, relative: bool = False) -> bool:
        """Whether the clause of ``pos`` (from the last comma, dash, colon or the sentence start
        up to it) opens a condition or an embedded question before it ("Если бы полиция не …",
        "Якби поліція не …", "спросили, почему полиция не …"), or, with ``relative``, is a
        relative clause ("чиновник, который не сообщил …")."""
        text = self.body[max(sa, pos - _CLAUSE_REACH):pos]
        cut = max(text.rfind(","), text.rfind(";"), text.rfind(":"), text.rfind("—"), text.rfind("–"))
        clause = text[cut + 1:]
        if _NOT_A_SILENCE.search(clause):
            return True
        return relative and any(w.group().lower() in RELATIVE_PRONOUNS for w in _WORD.finditer(clause))

    def postposed_report(self, cue_end: int, sb: int) -> bool:
        """Whether an unnegated reporting verb with its speaker follows the refusal after a comma
        or dash ("…не сообщили о жертвах, передает агентство ТАСС", "…, заявил мэр X"): then the
        sentence is the reporter's claim, as the English reader leaves "X did not …, a spokesman
        said" to the spokesman."""
        toks = self.toks_in(cue_end, sb)
        for j, u in enumerate(toks):
            if not j or toks[j - 1].text not in (",", "—", "–", "-") or not self.is_cue(u):
                continue
            if j + 1 < len(toks) and toks[j + 1].text.lower() in ("ли", "чи"):
                continue   # "не уточнили, сообщили ли …": a question, no report
            if self.that_after(u):
                continue   # "…, сообщил X, что …": a new report of its own
            if self.speaker_after(u.end, sb)[0] is not None:
                return True
        return False

    def reported_to(self, verb: _Tok) -> bool:
        """Whether a verb of reporting names the authority it was (not) reported to: "в/до" and a
        body ("сообщил в полицию", "повідомив до поліції"), or a body as its direct object
        ("повідомив поліцію")."""
        toks = [t for t in self.toks_in(verb.end, verb.end + 80) if t.text.isalpha()][:3]
        case = "accs"   # "в полицию", "повідомив поліцію" (never the located "в полиции")
        if toks and toks[0].text.lower() in ("в", "во", "до"):
            case = "gent" if toks[0].text.lower() == "до" else "accs"
            toks = toks[1:]
        elif self.language != "uk":
            return False
        return bool(toks) and any(
            p.tag.POS == "NOUN" and p.tag.case == case and (
                body_head(self.language, toks[0].text) or p.normal_form in BODY_WORDS)
            for p in parses(self.language, toks[0].text.lower())[:3])

    def neither_nor(self, sa: int, cue_start: int) -> list[_Speaker]:
        """"Ни в полиции, ни в мэрии не комментируют" / "Ні X, ні Y не відповіли": each one named
        after "ни"/"ні" declined (a refusal each), or [] when the subject is not so paired."""
        marks = list(_NEITHER.finditer(self.body, sa, cue_start))
        if len(marks) < 2 or self.body[sa:marks[0].start()].strip(_STRIP):
            return []
        out = []
        for k, mark in enumerate(marks[:6]):
            end = marks[k + 1].start() if k + 1 < len(marks) else cue_start
            who = self.speaker_in(mark.end(), end, nearest_end=False) \
                or self.subject_phrase(mark.end(), end, located=True)
            if who is None:
                return []   # one of them unnamed: read the refusal as one
            out.append(who)
        return out

    def reported_clause(self, sa: int, pos: int) -> bool:
        """Whether ``pos`` lies in a clause a cue verb before it reports ("X сказал, что …")."""
        toks = [t for t in self.toks_in(sa, pos) if t.text.isalpha() or t.text == ":"]
        return any(self.is_cue(t) and (toks[i + 1].text.lower() in THAT or toks[i + 1].text == ":")
                   for i, t in enumerate(toks[:-1]) if not (i and toks[i - 1].text.lower() in _NEG))

    def own_refusal_reported(self, sa: int, pos: int, end: int) -> _Tok | None:
        """The reporting verb before the refusal at ``pos``..``end`` ("заявило, что …", "сказав, що
        …") when the reported clause has no subject of its own before it (no noun or pronoun in the
        nominative between "что/що" and the refusal) and the refusal is not told in the past: the one
        who reports it is the one who refuses now, as the English reader reads "said it would not
        comment". None when the clause names its own subject ("сказал, что Кремль не будет
        комментировать") or a place for it ("сказал, что в полиции / там не будут …"), when a
        plural refusal follows a singular reporter ("мэр заявил, что не будут …": an unnamed
        "they"), when it tells a past refusal ("сказал, что отказался комментировать слухи": his
        account of it, a claim) or when no such verb stands before."""
        lang = self.language
        if any(p.tag.POS == "VERB" and p.tag.tense == "past"
               for w in self.toks_in(pos, end) if w.text.isalpha() for p in parses(lang, w.text.lower())[:1]):
            return None
        toks = [t for t in self.toks_in(sa, pos) if t.text.isalpha() or t.text == ":"]
        found = None
        for i, t in enumerate(toks[:-1]):
            if self.is_cue(t) and toks[i + 1].text.lower() in THAT and not (i and toks[i - 1].text.lower() in _NEG):
                found = i
        if found is None:
            return None
        between = toks[found + 2:]
        # the refusal opens the reported clause (an adverb or two may stand first: "пока", "больше"),
        # never after a clause of its own ("сообщил, что мост закроют, но не уточнил …": his claim)
        # nor after a place that names who refuses ("что в полиции не будут …", "що там не …")
        if len(between) > 2 or "," in self.body[toks[found + 1].end:pos] or any(
                w.text.lower() in _THERE or any(
                    p.tag.POS in ("VERB", "PREP") or (p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn")
                    for p in parses(lang, w.text.lower())[:2])
                for w in between):
            return None
        # a plural refusal after a singular reporter is someone else's, unnamed ("мэр заявил, что не
        # будут комментировать": the indefinite "they"), so the reporter's claim
        rep = parses(lang, toks[found].text.lower())[:1]
        if rep and _singular(rep[0].tag) and any(
                p.tag.POS == "VERB" and p.tag.number == "plur"
                for w in self.toks_in(pos, end) if w.text.isalpha() for p in parses(lang, w.text.lower())[:1]):
            return None
        return toks[found]

    def unconfirmed_report(self, start: int, sb: int) -> None:
        """What a refusal leaves unconfirmed is the claim of whoever reported it: "не підтвердили
        дані CNN щодо збиття …", "не подтвердили сообщения СМИ о …" — the named reporter's own
        claim (``according_to``), beside the refusal."""
        m = _REPORT_OF.match(self.body, start, sb)
        if not m:
            return
        sp = self.speaker_in(m.start(2), m.end(2), nearest_end=False)
        if sp is None or sp.pending or sp.name is None:
            return
        self.add(sp, (m.start(1), m.end(1)), "according_to", m.start(3), sb)
