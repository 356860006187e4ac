"""Speaker choice: who a cue's subject, a phrase or an "according to" names (a person, a body, a role,
a pronoun left pending), the sole holder of a role ("губернатор области" → the governor the text
named), a body's name from its owner, and, once every claim is found, the pending pronouns and body
words resolved to the last person or body that spoke or was named (``resolve``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any, Callable

from ..attribution import Claim
from ..credits import is_wire
from .entities import (
    EntitySpan,
    body_head,
    canonical,
    name_head_lemma,
    person_nominative,
    press_service_word,
    spokesman_word,
)
from .lexicon import (
    BODY_KINDS,
    BODY_WORDS,
    DOCUMENT_NOUNS,
    OBJECT_VERBS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    UNNAMED_SOURCES,
)
from .models import lemma, morph, parses
from .nominative import first_name_sexes, past_verb_sex
from .reader import _PAST_BE, _STRIP, _Speaker, _Tok, _WORD
from .mention_passes import _HEAD_ROLES, _ROLE_WORDS
from .mentions import _CHANNEL_WORD, Mentions


#: A spokesperson's words, one role whichever the text uses ("представитель губернатора" after
#: "пресс-секретарь губернатора X"), by lemma and as written.
_SPOKES_WORDS = frozenset("""представитель представительница пресс-секретарь спикер речник речниця
    представник представниця спікер пресс-секретар прессекретар прес-секретар""".split())


#: Bodies spoken or named before that a body word of a kind is checked against, nearest first.
_MAX_ANTECEDENTS = 40
#: What joins two names as one coordinated subject: a conjunction ("и", "та", "і", "й", ", а также",
#: ", а також"), a comma before it or not; a bare comma is a clause's edge ("Вопреки требованию
#: Министерства финансов, Министерство транспорта …"), no coordination.
_COORDINATION_GAP = re.compile(r"(?:\s*,\s*|\s+)(?:и|та|і|й|а\s+также|а\s+також)\s+", re.IGNORECASE)
# nouns that describe a person by sex or officialdom alone, so may stand for one named before
# ("— додала жінка", "написал чиновник"); "житель", "водій", "медсестра" name someone else
_GENERIC_PERSONS = frozenset("жінка чоловік женщина мужчина посадовець посадовиця чиновник чиновница чиновниця".split())
# the verbs that say a person died
_DIED = frozenset("погибнуть умереть скончаться загинути загибнути померти вмерти".split())


#: Person mentions read for the role written before them (a page of thousands of names stays linear).
_MAX_ROLE_INTROS = 2000
#: How many names before a short body name are searched for the full name it abbreviates.
_MAX_NAMES_BACK = 60


#: Where the speaker after an inverted cue ends: a clause mark or the word opening the content.
_SPEAKER_END = re.compile(r"[,;:!?(]|(?<!\s[A-ZА-ЯІЇЄҐЁ])(?<!^[A-ZА-ЯІЇЄҐЁ])\.|\s[—–-]\s|\s(?:что|що|о|об|про)\s")


#: The ones told, in the dative, between an inverted cue and its speaker (or, "журналистам
#: сообщил", after it).
_TOLD_WORDS = r"(?:журналистам|репортёрам|репортерам|корреспонденту|журналістам|кореспонденту)"


_TOLD = re.compile(_TOLD_WORDS + r"\s+", re.IGNORECASE)


_TOLD_AFTER = re.compile(r"\s+" + _TOLD_WORDS + r"\s*$", re.IGNORECASE)


#: The one adjective of a role that speaks for the body ("официальный представитель ведомства").
_OFFICIAL = frozenset("официальный офіційний".split())


#: Body words for a news agency: they stand only for an agency named before ("Агентство Рейтер …
#: как отмечает агентство"), never for a ministry or a company.
_AGENCY_WORDS = frozenset("агентство агенція".split())


_PLACE_PREP = re.compile(r"(?:^|\s)(?:в|во|у|на|по|из|із|з|под|під)\s+$", re.IGNORECASE)


_SPEAKING_BODIES = frozenset("сторона власть влада суд мэрия мерія армия армія".split())


#: An outlet's noun between an unnamed source and the outlet's name ("джерело видання «Х»").
_OUTLET_NOUN = re.compile(r"(?:издани|видання|газет|телеканал|агентств|агенці|портал|сайт)\w*")


#: A quoted name right after a word ("источник «Тарского вестника»").
_QUOTED_AFTER = re.compile(r" «[^«»\n]{1,60}»")


#: Where a source is: "в / во / у / при" and a space.
_IN_BODY = re.compile(r"\s+(?:в|во|у|при)\s+", re.IGNORECASE)


#: "так званий", "так называемый": a word before a quoted name that is no part of it.
_SO_CALLED = re.compile(r"(?:зван|называем)\w*$")


#: A statement or words of someone ("Заява мера: «…»").
_STATEMENT_NOUNS = frozenset("заява заявление повідомлення сообщение слово звернення обращение".split())


#: The state a role serves: "глава государства", "голова держави" is its head, a person.
_STATE_WORDS = frozenset("государство страна держава країна".split())


#: Nouns that stand before a place name without making it a body ("город Киев", "области").
_FUNCTION_NOUNS = frozenset("""город города городе місто міста місті область области області район района районі
    село села селе селі посёлок поселок селище столица столиці столицы территория території территории
    жители жителі мешканці граница границе кордон кордоні""".split())


#: "our" before an unnamed source ("наш собеседник", "наше джерело") adds nothing to it.
_OUR_WORDS = frozenset("наш наша наше наши нашего нашему нашим нашей наші нашого нашому нашим".split())


#: The place a page is about, owning a body named before it ("Минздрав региона", "МВС країни").
_PLACE_OWNERS = frozenset("регион регіон область город місто район страна країна".split())


#: "в / у" before a body named by where it speaks.
_LOCATED = re.compile(r"(?:^|\s)(?:в|во|у)\s+", re.IGNORECASE)


_CLAUSE_STOP = re.compile(r"\s*[(,;:.!?]")


_BRACKET_ABBR = re.compile(r"\s*\([A-ZА-ЯІЇЄҐЁ]{2,8}\)")
#: A body's remit in lower case right before its abbreviation in brackets ("… по чрезвычайным ситуациям (ГСЧС)",
#: "… з надзвичайних ситуацій (ДСНС)"): only the prepositions that open a remit; "в/с" open a time or manner phrase just
#: as often ("в понедельник (ВИДЕО)", "с учетом новых сведений (МИД)"), and those are no part of a name.
_REMIT_BEFORE_ABBR = re.compile(r" (?:по|з|із) [а-яіїєґё'’ʼ -]{3,60}?(?=\s*\([A-ZА-ЯІЇЄҐЁ]{2,8}\))")


#: Bodies besides BODY_WORDS and the head nouns of names, for a passive report's place ("в мэрии
#: было объявлено", "в докладе фонда отмечено") and the source of a count ("по подсчётам профсоюза").
_BODY_NOUNS = frozenset("мэрия мерія фонд партия партія банк университет університет концерн корпорация "
                            "корпорація профсоюз профспілка".split())


#: Where an unnamed source sits besides a body's head noun ("в правоохранительных органах", "в
#: силовых структурах", "у митниці", "в окружении губернатора"), by lemma.
_SOURCE_CIRCLES = frozenset("орган структура таможня митниця окружение оточення".split())


#: A place's adjective, capitalised ("Київської", "Донецкой", "Херсонська").
_PLACE_ADJECTIVE = re.compile(r"[А-ЯІЇЄҐЁ][\w'’]+(?:ськ|цьк|зьк|ск|цк)(?:ий|ій|а|ої|ому|ою|ой|ая|ого|ом|ую|у)")


#: Words standing for any state body named before ("в ведомстве", "у відомстві"), not a
#: company's. "Там" has no kind: the nearest body that spoke, whatever it is.
_GENERIC_BODY_WORDS = frozenset("ведомство відомство".split())


#: Kinds of a body by the head noun of its name or of the words standing for it (one lemma for
#: both languages); a body word of one kind stands only for a body named before of that kind.
_KIND_ALIASES = {"міністерство": "министерство", "компанія": "компания", "адміністрація": "администрация",
                 "поліція": "полиция", "мерія": "мэрия", "уряд": "правительство", "організація": "организация",
                 "управління": "управление", "командування": "командование", "корпорація": "корпорация",
                 "лікарня": "больница", "прокуратура": "прокуратура", "рада": "совет", "суд": "суд"}


_KIND_WORDS = frozenset("""министерство компания администрация полиция мэрия правительство организация
    управление департамент командование штаб концерн корпорация госкорпорация холдинг предприятие фирма
    банк больница прокуратура совет суд комитет служба агентство""".split()) | frozenset(_KIND_ALIASES)


#: Body words that stand for a body named before whose kind the words do not show ("Укргідроенерго …
#: у компанії"); a word of another kind ("в полиции", "в мэрии") only for one of its kind.
_STANDING_KINDS = frozenset(_KIND_ALIASES.get(w, w) for w in BODY_WORDS)


#: Parts of speech that end a body's name after a press service ("… Росавиации было заявлено").
_NOT_NAME_POS = frozenset("VERB INFN PRTS GRND ADVB PRCL CONJ PRED".split())


#: Kinds of a commercial body: "ведомство" (a state organ) never stands for one.
_COMMERCIAL_KINDS = frozenset("компания концерн корпорация холдинг предприятие фирма банк".split())


class Speakers(Mentions):
    """Who speaks: the speaker of a span, and pending speakers resolved after all claims are found."""

    def participle_noun(self, t: _Tok, readings: list, sa: int) -> _Speaker | None:
        """The named person or body an oblique participle agrees with, right before its comma
        ("Анну Зимину, сообщившую" → Анна Зимина): the last word before the comma must agree in
        case and number (and gender in the singular) and end a name the NER found."""
        before = self.body[sa:t.start].rstrip()
        if not before.endswith(","):
            return None
        comma = sa + len(before) - 1
        words = list(_WORD.finditer(self.body, sa, comma))
        if not words:
            return None
        last = words[-1]

        def agrees(q: Any) -> bool:   # a pymorphy3 parse
            return any(q.tag.case == p.tag.case and q.tag.number == p.tag.number
                       and (p.tag.number != "sing" or q.tag.gender in (None, p.tag.gender) or p.tag.gender is None)
                       for p in readings)
        # the head may stand before a quoted name ("компанией «Северный ветер», сообщившей")
        head = next((w for w in reversed(words[-3:]) if any(
            q.tag.POS == "NOUN" and agrees(q) for q in parses(self.language, w.group().lower())[:4])), None)
        if head is None or head is not last and not re.fullmatch(r"[^,]*[»\"”]\s*", self.body[head.end():comma]):
            return None
        named = [e for e in self.spans if e.type in ("PERSON", "ORG") and e.start < last.end() and e.end >= last.end()
                 and e.start >= sa]
        if not named:
            return None
        return self.speaker_in(named[-1].start, named[-1].end, nearest_end=False)

    def passive_body(self, sp: _Speaker | None) -> _Speaker | None:
        """The source of a passive report placed by "в/у/на X": X only when it is a body (a name
        the NER typed ORG, a pending "пресс-служба", or words with a body's head noun: "в
        министерстве", "в докладе фонда" → фонд), never a time or a bare place ("В понедельник",
        "В Москве")."""
        if sp is None or sp.pending is not None or sp.start is None or sp.end is None:
            return sp
        if sp.type == "ORG" and any(e.type == "ORG" and e.start < sp.end and sp.start < e.end for e in self.spans):
            return sp
        words = [m for m in _WORD.finditer(self.body, sp.start, sp.end)
                 if m.group().lower() not in _PAST_BE and not self.function_word(m.group())]
        head = next((k for k, m in enumerate(words) if body_head(self.language, m.group())
                     or lemma(self.language, m.group()) in BODY_WORDS | _BODY_NOUNS), None)
        if head is None:
            return None
        # the adjectives agreeing with the head are part of the name ("в городской думе" → городская дума)
        while head > 0 and any(p.tag.POS in ("ADJF", "PRTF") for p in parses(self.language, words[head - 1].group().lower())[:3]) \
                and not self.body[words[head - 1].end():words[head].start()].strip():
            head -= 1
        first = words[head]
        written = self.body[first.start():words[-1].end()]
        return _Speaker(self.nominative(written), written, first.start(), words[-1].end(), type="ORG")

    def instrumental_agent(self, sa: int, cue_start: int) -> _Speaker | None:
        """The agent of an impersonal passive, a body in the instrumental right before it
        ("Министерством юстиции Велесии заявлено", "Городской администрацией сообщено"): its
        head noun, after adjectives agreeing with it, names a body; the body in the nominative."""
        words = list(_WORD.finditer(self.body, sa, cue_start))
        while words and (self.function_word(words[-1].group()) or words[-1].group().lower() in _PAST_BE):
            words.pop()   # "было", "уже"
        if not words or len(words) > 6:
            return None
        person = self.instrumental_person(words)
        if person is not None:
            return person
        k = 0
        while k < len(words) and any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "ablt"
                                     for p in parses(self.language, words[k].group().lower())[:3]):
            k += 1
        if k >= len(words):
            return None
        head = words[k].group()
        if not any(p.tag.POS == "NOUN" and p.tag.case == "ablt" for p in parses(self.language, head.lower())[:3]) \
                or not (body_head(self.language, head) or lemma(self.language, head) in BODY_WORDS | _BODY_NOUNS):
            return None
        written = self.body[words[0].start():words[-1].end()]
        return _Speaker(self.nominative(written), written, words[0].start(), words[-1].end(), type="ORG")

    def instrumental_person(self, words: list[re.Match[str]]) -> _Speaker | None:
        """A person as the agent of an impersonal passive ("Начальником полиции Сергеем Гужвой было
        заявлено", "Директором заводу Романом Смоляком було повідомлено"): the words before the verb
        open with a noun in the instrumental (the title or the name itself), no preposition among
        them ("с губернатором было согласовано" is who it was agreed with), and end with a name the
        NER found, whose first word reads in the instrumental too; the name in the nominative."""
        a, b = words[0].start(), words[-1].end()
        person = next((e for e in self.spans if e.type == "PERSON" and e.end == b and e.start >= a), None)
        if person is None:
            return None

        def instrumental(word: str) -> bool:
            return any(p.tag.POS == "NOUN" and p.tag.case == "ablt" for p in parses(self.language, word.lower())[:4])
        if not instrumental(words[0].group()) or not instrumental(person.text.split()[0]):
            return None
        if any(parses(self.language, w.group().lower())[0].tag.POS == "PREP" for w in words):
            return None
        if "," in self.body[a:person.start]:
            # "Фондом, созданным Иваном Петровым, было объявлено": the name sits in a participle
            # clause set off by commas; the fund is the agent, not the man who founded it
            return None
        return _Speaker(person.name, self.body[a:b], a, b, type="PERSON")

    def document_noun(self, word: str) -> bool:
        """A statement or document noun by its lemma ("Отчёт", "Доповідь", "Telegram-канал"), from
        the closed list ``lexicon.DOCUMENT_NOUNS``: "Постпредство" and "Докладчик" are not."""
        return lemma(self.language, word.rsplit("-", 1)[-1]) in DOCUMENT_NOUNS

    def speaker_in(self, a: int, b: int, nearest_end: bool) -> _Speaker | None:
        """The speaker a stretch of text names: a person first, then a body, then a place
        (a country speaking is its government); a pronoun or a body word is resolved later."""
        text = self.body[a:b]
        lead = len(text) - len(text.lstrip(_STRIP + "«»\"“”"))
        tail = len(text) - len(text.rstrip(_STRIP + "«»\"“”"))
        a2, b2 = a + lead, b - tail
        told = _TOLD.match(self.body, a2, b2)
        if told:
            a2 = told.end()   # "— сообщил журналистам губернатор": who was told is not who speaks
        told = _TOLD_AFTER.search(self.body, a2, b2)
        if told and told.start() > a2:
            b2 = told.start()   # "представитель ведомства журналистам сообщил": nor after it
        if a2 >= b2:
            return None
        # a place after a preposition ("в Краматорске") is where, not who; a body is who
        # a name may end in its closing quote ('командование "Юг"'), which the phrase left out
        closing = len(self.body[b2:b]) - len(self.body[b2:b].lstrip("»\"”"))
        ents = [e for e in self.spans if e.start >= a2 and e.end <= b2 + closing
                and not (e.type == "GPE" and _PLACE_PREP.search(self.body, max(0, e.start - 4), e.start))]
        ents = [EntitySpan(e.start, e.end, "GPE", e.text, e.name, e.key, e.mentions) if self.owner_as_person(e, ents) else e
                for e in ents]
        phrase = self.body[a2:b2]
        inside = self.source_inside(a2, b2, nearest_end)
        if inside is not None:
            return inside
        service = self.press_service_speaker(a2, b2)
        if service is not None:
            return service
        at_body = self.source_at_body_word(a2, b2)
        if at_body is not None:
            return at_body
        for types in (("PERSON",), ("ORG",), ("GPE",)):
            hits = [e for e in ents if e.type in types]
            if hits:
                if nearest_end and types == ("PERSON",):
                    # the subject of the verb after: a person named in the nominative, not one in an
                    # oblique case between them ("Лавров после переговоров с Ван И … заявил",
                    # "Золотов на встрече с губернатором … Алексеем Смирновым сообщил")
                    hits = [e for e in hits if self.nominative_person(e)] or hits
                e = hits[-1] if nearest_end and types == ("PERSON",) else hits[0]
                if e.type != "PERSON":
                    body_name = self.body_name(e, ents, a2)
                    if body_name:
                        role = lemma(self.language, body_name.split()[0])
                        if role in _HEAD_ROLES:
                            return _Speaker(self.head_named(role, e) or body_name, phrase, a2, b2, type="PERSON")
                        return _Speaker(body_name, phrase, a2, b2, type="ORG")
                return _Speaker(self.speaker_name(e), phrase, a2, b2, type=e.type)
        words = [w.lower() for w in _WORD.findall(phrase)]
        for w in words:
            # a surname the NER missed here but found elsewhere in the text ("Песков назвал …")
            person = self.surnames.get(w) or self.surnames.get(lemma(self.language, w))
            if person:
                return _Speaker(person, phrase, a2, b2, type="PERSON")
        named_source = [w for w in words if not self.function_word(w) and w not in _OUR_WORDS]
        if len(named_source) == 1 and lemma(self.language, named_source[0]) in UNNAMED_SOURCES:
            # a bare "джерело", "собеседник" (no body, no description): the unnamed source the text
            # introduced before ("джерело в СБУ … — каже джерело"), resolved after all claims
            return _Speaker(None, phrase, a2, b2, pending="source")
        holder = self.role_holder(words, a2)
        if holder is not None:
            return _Speaker(holder, phrase, a2, b2, type="PERSON")
        for w in (reversed(words) if nearest_end else words):
            if w in PERSON_PRONOUNS:
                return _Speaker(None, phrase, a2, b2, pending="person")
            if w in PLURAL_PRONOUNS:
                return _Speaker(None, phrase, a2, b2, pending="body")
        content_words = [w for w in words if w in BODY_WORDS or not self.function_word(w)]
        lemmas = [lemma(self.language, w) for w in content_words]
        roles = [w in _ROLE_WORDS or m in _ROLE_WORDS for w, m in zip(content_words, lemmas)]
        if any(roles) and all(r or parses(self.language, w)[0].tag.POS in ("ADJF", "PRTF")
                              for w, r in zip(content_words, roles)):
            if all(press_service_word(self.language, w) for w, r in zip(content_words, roles) if r):
                # "как сообщила пресс-служба": the service of the body last named
                return _Speaker(None, phrase, a2, b2, pending="body")
            # "президент", "официальный представитель": the person last quoted
            return _Speaker(None, phrase, a2, b2, pending="role")
        if len(content_words) == 2 and lemmas[0] in _STATEMENT_NOUNS and (lemmas[1] in _HEAD_ROLES or roles[1]):
            # "Заява мера:", "Слова губернатора:": the holder of the office speaks
            return _Speaker(None, phrase, a2, b2, pending="role")
        if len(content_words) == 2 and lemmas[0] in _HEAD_ROLES and content_words[1] in _FUNCTION_NOUNS:
            # "губернатор области", "мэр города": the head of the place the text is about
            return _Speaker(None, phrase, a2, b2, pending="role")
        if len(content_words) == 3 and roles[1] and not roles[2] and lemmas[2] in BODY_WORDS \
                and lemmas[0] in _OFFICIAL:
            # "официальный представитель ведомства", "офіційний речник відомства": the body last
            # named ("бывший представитель ведомства", a former one, speaks for no body)
            return _Speaker(None, phrase, a2, b2, pending="body")
        if len(content_words) == 2 and roles[0] and not roles[1]:
            # a role with the body or state it serves: "представитель ведомства" is the body
            # last named, "глава государства" the person (the GUIDE's generic speakers)
            if lemmas[1] in _STATE_WORDS:
                return _Speaker(None, phrase, a2, b2, pending="role")
            if lemmas[1] in BODY_WORDS or self.kind_word(content_words[1]):
                # "представитель прокуратуры", "речник комітету": a kind's word stands for the body of
                # that kind named before, as "в прокуратуре" does
                return _Speaker(None, phrase, a2, b2, pending="body")
        if len(content_words) == 2 and lemmas[0] in UNNAMED_SOURCES and not roles[1] \
                and (lemmas[1] in BODY_WORDS or self.kind_word(content_words[1])) \
                and re.search(r"(?<![\w-])(?:в|во|у)\s+\S+\s*$", phrase.lower()):
            # "источник в ведомстве", "джерело у прокуратурі": the GUIDE's source at a body is that
            # body, here the one of the word's kind named before (as "в ведомстве сообщили")
            return _Speaker(None, phrase, a2, b2, pending="body")
        if len(content_words) == 1 and (lemmas[0] in BODY_WORDS or content_words[0] in BODY_WORDS
                                        or self.kind_word(content_words[0])):
            # "в ведомстве", "у компанії", "там": the body last named; "в полиции", "в мэрии":
            # a police, a mayor's office named before, else the words themselves
            return _Speaker(None, phrase, a2, b2, pending="body")
        if any(m in BODY_WORDS or m in _ROLE_WORDS or w in _ROLE_WORDS for w, m in zip(content_words, lemmas)):
            # a body described but not named ("в областной администрации", "представитель
            # подрядчика"): the description is the speaker
            start = a2 + phrase.lower().index(content_words[0])
            return _Speaker(self.described(self.body[start:b2], start), self.body[start:b2], start, b2, type="ORG")
        described = self.person_described(a2, b2)
        if described is not None:
            # "— додала жінка", "написал чиновник": a person described by a common noun, no name
            return _Speaker(None, self.body[described[0]:described[1]], described[0], described[1], pending="described")
        return None

    def person_described(self, a: int, b: int) -> tuple[int, int] | None:
        """Where a phrase describes one person by a common noun and nothing else names the speaker:
        its words up to a preposition are agreeing adjectives and one animate singular noun in the
        nominative that is no name ("жінка", "пожилой мужчина", "чиновник в своем канале");
        None for anything else."""
        words = list(_WORD.finditer(self.body, a, b))
        noun = None
        for k, m in enumerate(words):
            ps = parses(self.language, m.group().lower())
            if not ps:
                return None
            tag = ps[0].tag
            if tag.POS == "PREP":
                break
            if tag.POS == "NOUN":
                if noun is not None or not m.group()[:1].islower() and k > 0:
                    return None
                if "anim" not in tag.grammemes or tag.case != "nomn" or tag.number == "plur" \
                        or {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & tag.grammemes \
                        or ps[0].normal_form in UNNAMED_SOURCES \
                        or any(p.tag.POS not in ("NOUN", "ADJF", "PRTF") for p in ps):
                    return None   # ("Як додала": the conjunction, not the animal)
                noun = m
            elif tag.POS not in ("ADJF", "PRTF") or noun is not None:
                return None
        if noun is None or any(start < a for start, _, _ in self.role_intros().get(self.role_lemma(noun.group()), [])):
            # a noun the page wrote before a name is a role, which ``role_holder`` alone resolves
            # ("Сосед депутата Игоря Ветлугина … Сосед заявил": the deputy's neighbour, not him)
            return None
        return words[0].start(), noun.end()

    def source_inside(self, a: int, b: int, nearest_end: bool) -> _Speaker | None:
        """An outlet's unnamed source inside a body ("источник «Вестника» в полиции", "джерело
        видання «Х» в СБУ", "источник РБК в правительстве"): the outlet only passes it on, so the
        source is read without it, the body it is in when that is named, else the source's own
        words ("источник в полиции")."""
        src = _WORD.search(self.body, a, b)
        if src is None or self.body[a:src.start()].strip(_STRIP + "«»\"“”") \
                or lemma(self.language, src.group().lower()) not in UNNAMED_SOURCES:
            return None
        at = src.end()
        noun = _WORD.match(self.body, at + 1, b)
        if noun is not None and self.body[at:noun.start()] == " " and _OUTLET_NOUN.fullmatch(noun.group().lower()):
            at = noun.end()   # "джерело видання «Х»"
        quoted = _QUOTED_AFTER.match(self.body, at, b)
        if quoted is not None:
            at = quoted.end()
        else:
            outlet = next((e for e in self.spans if e.type == "ORG" and at < e.start <= at + 2 and e.end <= b), None)
            if outlet is None:
                return None
            at = outlet.end
        prep = _IN_BODY.match(self.body, at, b)
        if prep is None:
            return None
        where = self.speaker_in(prep.end(), b, nearest_end)
        if where is not None and where.name and where.name[:1].isupper() and where.type == "ORG":
            return where   # "источник «Вестника» в Службе безопасности X": the body it is in
        if not self.body_phrase_at(prep.end(), b):
            return None   # "в четверг", "в беседе с журналистом", "при этом": a time or a manner, no body
        said = f"{lemma(self.language, src.group().lower())} {self.body[prep.start():b].strip(_STRIP)}"
        return _Speaker(" ".join(said.split()), self.body[src.start():b], src.start(), b, type="ORG")

    def source_at_body_word(self, a: int, b: int) -> _Speaker | None:
        """An unnamed source at a body the page named before and now restates by a word for any
        state body and its adjective ("собственный источник в оборонном ведомстве" after "Министерство
        обороны Велесии", "джерело в оборонному відомстві"): the GUIDE's source at a body is that
        body. None for any other words, and where no body named before is restated (a bare "в
        ведомстве" says nothing of which body; "источник в полиции" stays a described source)."""
        words = list(_WORD.finditer(self.body, a, b))
        k = next((i for i, w in enumerate(words[:3]) if lemma(self.language, w.group().lower()) in UNNAMED_SOURCES), None)
        if k is None or len(words) < k + 4 or any(
                not any(p.tag.POS in ("ADJF", "PRTF") for p in parses(self.language, w.group().lower())[:3])
                for w in words[:k]):
            return None
        if words[k + 1].group().lower() not in ("в", "во", "у") \
                or lemma(self.language, words[-1].group().lower()) not in _GENERIC_BODY_WORDS:
            return None
        located = words[k + 2:]
        if len(located) < 2 or self.body[located[-1].end():b].strip(_STRIP):
            return None
        events = [(e.start, e.type, e.name) for e in self.spans]
        name = self.restated_body(self.body[located[0].start():located[-1].end()], events,
                                  bisect_left(self.span_starts(), a))
        if name is None:
            return None
        return _Speaker(name, self.body[words[0].start():b], words[0].start(), b, type="ORG")

    def body_phrase_at(self, a: int, b: int) -> bool:
        """Whether the words from ``a`` (before ``b``) name a body by a common noun: its head, after
        adjectives, is a body's head noun ("в полиции", "у прокуратурі", "в правоохранительных
        органах"), not a time, a place or a manner ("в четверг", "в беседе", "в итоге")."""
        for m in _WORD.finditer(self.body, a, b):
            word = m.group().lower()
            if body_head(self.language, word) or lemma(self.language, word) in BODY_WORDS | _BODY_NOUNS | _SOURCE_CIRCLES:
                return True
            if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses(self.language, word)[:3]):
                return False
        return False

    def role_lemma(self, word: str) -> str:
        """A word's lemma, a spokesperson's words as one ("представитель", "пресс-секретарь", "речник")."""
        m = lemma(self.language, word.lower())
        return "представитель" if m in _SPOKES_WORDS or word.lower() in _SPOKES_WORDS else m

    def role_intros(self) -> dict[str, list[tuple[int, frozenset[str], str | None]]]:
        """By head role, (start, words, person) in order for each person written after the words of a role
        ("Генерал Марк Соленый", "Пресс-секретарь губернатора Лидия Карпова"): the run of words
        just before the name, back to punctuation or a function word, opening with a noun. The
        person is None unless the noun and the name are both in the nominative (a title agrees
        with the name it stands before: "в Москве Иван" is a place, "Адвокат генерала Марка" is
        the general's lawyer); such runs still count as another bearer of the role."""
        if self._role_intros is None:
            self._role_intros = {}
            for e in self.spans[:_MAX_ROLE_INTROS]:
                if e.type != "PERSON":
                    continue
                words: list[re.Match[str]] = []
                for m in reversed(list(_WORD.finditer(self.body, max(0, e.start - 80), e.start))):
                    gap = self.body[m.end() : (words[-1].start() if words else e.start)]
                    if gap.strip() or self.function_word(m.group()) or len(words) >= 4:
                        break
                    words.append(m)
                if not words:
                    continue
                head = words[-1].group()
                tag = parses(self.language, head.lower())[0].tag
                if tag.POS != "NOUN":
                    continue
                # a title agrees with its holder: both in the nominative. A role in another case
                # ("с губернатором … Олегом Рудневым") or before a name in another case
                # ("Адвокат генерала Марка Соленого": the general's lawyer) introduces no holder,
                # but keeps its role from naming one person alone
                holds = "nomn" in tag.grammemes and self.may_be_nominative(e)
                self._role_intros.setdefault(self.role_lemma(head), []).append(
                    (e.start, frozenset(self.role_lemma(m.group()) for m in words), e.name if holds else None))
        return self._role_intros

    def may_be_nominative(self, e: EntitySpan) -> bool:
        """Whether a person's mention can be read in the nominative: every word has a nominative
        reading ("Лидия Карпова" yes, though a genitive man's reading exists too; "Марка
        Соленого" no)."""
        words = e.text.split()
        return bool(words) and all(any(p.tag.case == "nomn" for p in parses(self.language, w.lower())) for w in words)

    def role_holder(self, words: list[str], before: int) -> str | None:
        """The one person introduced before ``before`` with the role these words name ("Генерал
        сообщил" after "Генерал Марк Соленый …"; "Представитель губернатора" after "Пресс-секретарь
        губернатора Лидия Карпова"): the words' first is that role's head, the rest among its words."""
        content = [w for w in words if not self.function_word(w)]
        if not content or len(content) > 4 or "plur" in parses(self.language, content[0])[0].tag.grammemes:
            return None   # "генералы заявили": many, not the one introduced
        lemmas = [self.role_lemma(w) for w in content]
        # only a role the page gave one person before: two generals, or a general's lawyer, leave
        # "Генерал сообщил" as written
        names = {name for start, intro, name in self.role_intros().get(lemmas[0], [])
                 if start < before and set(lemmas) <= intro}
        if len(names) != 1:
            return None
        return next(iter(names))

    def nominative_person(self, e: EntitySpan) -> bool:
        """Whether a person's mention is written in the nominative (its name as written)."""
        words = e.text.split()
        return bool(words) and person_nominative(self.language, words) == words \
            and not (len(words[-1]) == 1 or words[-1].isupper())

    def surname_speaker(self, a: int, b: int) -> _Speaker | None:
        """A bare surname the NER left untagged, the whole of a headline-style "Захарова: «…»"."""
        phrase = self.body[a:b].strip(_STRIP)
        words = _WORD.findall(phrase)
        if not 1 <= len(words) <= 2 or not all(w[0].isupper() for w in words):
            return None
        if not all(any(g in p.tag.grammemes for g in ("Surn", "Name") for p in parses(self.language, w.lower())[:2])
                   for w in words):
            return None
        start = a + self.body[a:b].index(phrase)
        name = " ".join(person_nominative(self.language, words))
        return _Speaker(name, phrase, start, start + len(phrase), type="PERSON")

    def unnamed_source(self, a: int, b: int) -> bool:
        """Whether the words are an unnamed source no name is given for ("источник в правительстве",
        "собеседников в отрасли", "джерела в уряді"); "источник в Минобороны" names its body."""
        words = _WORD.findall(self.body[a:b])
        while words and self.function_word(words[0]):
            words.pop(0)
        if not words or lemma(self.language, words[0]) not in UNNAMED_SOURCES:
            if not (len(words) > 1 and lemma(self.language, words[1]) in UNNAMED_SOURCES):
                return False   # "осведомлённые источники": an adjective before the source
        return not any(e.start < b and a < e.end and e.type in ("PERSON", "ORG") for e in self.spans) \
            and self.source_at_body_word(a, b) is None   # "источник в оборонном ведомстве": the body named before

    def phrase_speaker(self, a: int, b: int) -> _Speaker | None:
        """The words themselves as the source ("по данным Росавтодора" where NER found no name)."""
        text = self.body[a:b]
        lead = len(text) - len(text.lstrip(_STRIP))
        phrase = text.strip(_STRIP)
        if not phrase or len(_WORD.findall(phrase)) > 6:
            return None
        # in the nominative, a name or a description ("по данным Росавтодора" → Росавтодор, "по
        # информации городской прокуратуры" → городская прокуратура)
        return _Speaker(self.nominative(phrase), phrase, a + lead, a + lead + len(phrase), type="ORG")

    def subject_phrase(self, sa: int, cue_start: int, located: bool = False) -> _Speaker | None:
        """A subject the NER has no name for, right before the verb: a short noun phrase in the
        nominative ("Поліція та рятувальники, що працюють на місці, повідомляють", "Позже
        российская сторона сообщила"); a relative clause after it is skipped."""
        text = self.body[sa:cue_start]
        head = text.split(",")[0] if text.count(",") >= 2 else text
        words = [(m.start(), m.group()) for m in _WORD.finditer(head)]
        governed = False
        while words and self.function_word(words[0][1]):
            governed = governed or parses(self.language, words[0][1].lower())[0].tag.POS == "PREP"
            words.pop(0)
        if governed and not located:
            return None   # "О подрыве дамбы … сообщил X": a preposition's object is no subject
        while words and self.function_word(words[-1][1]):
            words.pop()   # "У порту поки що не коментують": the adverb is no part of the body
        if not words or len(words) > 5:
            return None
        verb = next((t for t in self.toks if t.start == cue_start), None)
        if verb is not None and not located and self.object_before(verb, [w for _, w in words]):
            return None
        # located: "У Повітряних силах не підтвердили" — a body named by where it speaks
        cases = ("nomn", "loct", "loc2") if located else ("nomn",)
        nouns = [w for _, w in words if any(p.tag.POS == "NOUN" and p.tag.case in cases
                                              for p in parses(self.language, w.lower())[:3])]
        if not nouns:
            return None
        start = sa + words[0][0]
        end = sa + words[-1][0] + len(words[-1][1])
        phrase = self.body[start:end]
        named = next((e for e in self.spans if e.start == start and e.end == end), None)
        if named is not None:   # "У Києві звинуватили": the place's name, in the nominative
            return _Speaker(self.speaker_name(named), phrase, start, end, type=named.type)
        service = self.press_service_speaker(start, end)
        if service is not None:
            return service
        if len(words) == 1 and located and self.kind_word(words[0][1]):
            # "В полиции уточнили", "У мерії додали": a police, a mayor's office named before
            return _Speaker(None, phrase, start, end, pending="body")
        if press_service_word(self.language, words[0][1]) and all(
                lemma(self.language, w) in BODY_WORDS for _, w in words[1:]):
            # "Як повідомили у пресслужбі, …", "У пресслужбі відомства повідомили": the service
            # of the body last named
            return _Speaker(None, phrase, start, end, pending="body")
        if not located and len(words) > 1 and self.document_noun(words[0][1]) and words[1][1][:1].isupper():
            # "Доповідь Лісогорського інституту стверджує": the body that issued the document speaks
            rest = sa + words[1][0]
            return _Speaker(self.described(self.body[rest:end], rest), self.body[rest:end], rest, end, type="ORG")
        if not located and verb is not None and self.plural_verb(verb.text):
            # the subject of a plural verb is a nominative plural as written ("Очевидці розповіли"),
            # never a body's singular of the same spelling (the locative "очевидці" of очевидець)
            return _Speaker(phrase, phrase, start, end, type="ORG")
        return _Speaker(self.nominative(phrase), phrase, start, end, type="ORG")

    def press_service_speaker(self, start: int, end: int) -> _Speaker | None:
        """A press service speaks for the body it serves (the GUIDE's generic speaker): "в
        пресс-службе городской больницы Кельска" → городская больница Кельска, "Пресслужба
        Міністерства освіти" → Міністерство освіти, the words as written kept. None when the
        service names no body ("в пресс-службе", "пресс-служба ведомства": the body named before,
        resolved later) or a person is named after it ("пресс-служба МВД Иван Петров")."""
        words = list(_WORD.finditer(self.body, start, end))
        while words and self.function_word(words[0].group()):
            words.pop(0)
        if len(words) < 2 or len(words) > 9 or not press_service_word(self.language, words[0].group()):
            return None
        if self.body[words[0].end():words[1].start()].strip(" «\"“„"):
            return None   # "пресс-служба, …": a clause, not the body's name
        rest = words[1:]
        if lemma(self.language, rest[0].group().lower()) in _HEAD_ROLES:
            return None   # "пресс-служба губернатора", "мэра Кельска": a person's, as before
        rest = rest[:self.genitive_chain(rest)]
        if not rest or all(lemma(self.language, w.group()) in BODY_WORDS for w in rest):
            return None
        if rest[-1].group()[:1].islower() and parses(self.language, rest[-1].group().lower())[0].tag.POS in (
                "ADJF", "PRTF"):
            return None   # the chain broke after an adjective: no name we can read
        if self.body[words[0].end():rest[0].start()].strip()[:1] in ("«", '"', "“", "„"):
            return None   # "пресс-служба «Орион-Авиа»": the quoted name as elsewhere
        x_start = words[0].end() + len(self.body[words[0].end():words[1].start()]) - len(
            self.body[words[0].end():words[1].start()].lstrip())
        x_end = rest[-1].end()
        closing = self.body[x_end:end + 1][:1]
        if closing in "»\"”" and closing:
            x_end += 1   # a quoted name's closing mark ("пресс-службе «Кельскэнерго»")
        if any(e.type == "PERSON" and e.start < x_end and x_start < e.end
               and (e.start <= rest[0].start() or len(e.text.split()) > 1) for e in self.spans):
            return None   # "пресс-служба Петрова": a person's service, the person as elsewhere
        # the body's name as the page's other mentions give it: an ORG that begins the words
        # ("Министерства обороны Велесии"), or a quoted name after its kind in lower case
        # ("банка «Орион»" → Орион, as "Компания «Орион» заявила")
        named = next((e for e in self.spans if e.type == "ORG" and e.start <= rest[0].start() < e.end), None) \
            or next((e for e in self.spans if e.type == "ORG" and rest[0].start() < e.start < x_end
                     and all(w.group()[:1].islower() for w in rest if w.end() <= e.start)), None)
        quote = re.search(r"[«\"“„]([^»\"”]+)[»\"”]?$", self.body[x_start:x_end])
        if (named is None or named.text[:1].islower()) and quote is not None and all(
                w.group()[:1].islower() for w in rest if w.end() <= x_start + quote.start()):
            # "пресслужба банку «Орион»": the quoted name, as "Компания «Орион» заявила" gives it
            return _Speaker(quote.group(1), self.body[start:x_end], start, x_end, type="ORG")
        if named is not None and (named.end >= x_end or named.start > rest[0].start()):
            name = self.speaker_name(named)
            x_end = min(end, max(x_end, named.end))
        else:
            # no name, or a part of the chain only ("Министерства обороны" of "… обороны
            # Велесии"): the chain in the nominative
            written = self.body[x_start:x_end]
            name = self.nominative(written)
            first = rest[0].group()
            if name == written and not first.isupper() and not any(
                    p.tag.case == "nomn" for p in parses(self.language, first.lower())[:3]):
                if named is not None:
                    name = self.speaker_name(named)
                else:
                    # the inflector leaves it oblique ("пресслужба порту", "пресслужбі 47-ї
                    # бригади «Х»"): the speaker as the words name it without the service
                    return None
        return _Speaker(name, self.body[start:x_end], start, x_end, type="ORG")

    def owner_as_person(self, e: EntitySpan, ents: list[EntitySpan]) -> bool:
        """A one-word "person" right after a body's name that is its owner in the genitive: the NER
        reads a place it does not know as a first name ("Генерального штаба" + "Велесии"). A word
        that reads as a surname ("Кремля Пескова") or in the nominative ("Минобороны Шойгу") is a
        person, as tagged."""
        if e.type != "PERSON" or " " in e.text.strip() or not any(
                f.type == "ORG" and f.end < e.start and self.body[f.end:e.start] == " " for f in ents):
            return False
        return self.unnamed_owner(e.text.strip())

    def unnamed_owner(self, word: str) -> bool:
        """A capitalised word that reads in the genitive, never as a declinable noun's nominative
        singular nor as a surname or a man's name: a body's owner ("Тарванії", "Зарянии"), not a
        person ("Пескова", "Шойгу", "Сергея")."""
        ps = parses(self.language, word.lower())
        return any(p.tag.case == "gent" for p in ps[:6]) and not any(
            p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing" and "Fixd" not in p.tag.grammemes
            for p in ps) and not any(
            {"Surn", "Patr"} & p.tag.grammemes or ("Name" in p.tag.grammemes and p.tag.gender == "masc"
                                                   and p.tag.case == "gent") for p in ps)

    def genitive_chain(self, words: list[re.Match[str]]) -> int:
        """How many of the words after a press service name its body: the body's genitive chain
        ("Министерства обороны Велесии", "городской администрации", a quoted name whole) ends at
        the first word that cannot continue it by its parse: a preposition ("в понедельник", "по
        телефону", "в Telegram"), a pronoun ("нам"), a number, an adverb or a verb, a word in
        another case ("изданию")."""
        quoted = False
        for k, w in enumerate(words):
            before = self.body[words[k - 1].end():w.start()] if k else ""
            quoted = (quoted or any(q in before for q in "«“„")) and not any(q in before for q in "»”")
            text = w.group()
            if k == 0 or quoted or text[:1].isupper() or (text.isdigit() and "№" in before):
                continue   # a name, an abbreviation, "№3" go on with it ("порта Кельск")
            if not text[:1].isalpha():
                return k
            tag = parses(self.language, text.lower())[0].tag
            if tag.POS in _NOT_NAME_POS or tag.POS in ("PREP", "NPRO", "NUMR") or "Apro" in tag.grammemes:
                return k
            if not any(p.tag.case == "gent" for p in parses(self.language, text.lower())[:6]):
                return k
        return len(words)

    def anaphor_kind(self, text: str | None) -> str | None:
        """The kind of body the words standing for one name ("в министерстве" → министерство, "у
        компанії" → компания), or None for a generic word ("в ведомстве", "в пресс-службе",
        "представитель ведомства": any state body) and for words of no kind we know."""
        for w in _WORD.findall(text or ""):
            m = _kind_lemma(self.language, w)
            if m in _GENERIC_BODY_WORDS or lemma(self.language, w.lower()) in _GENERIC_BODY_WORDS:
                return "state"
            if m in _KIND_WORDS and not press_service_word(self.language, w):
                return m
        return None

    def kind_word(self, word: str) -> bool:
        """A common noun naming a kind of body, lower case ("полиции", "мерії", "прокуратуре")."""
        return word[:1].islower() and _kind_lemma(self.language, word) in _KIND_WORDS \
            and not press_service_word(self.language, word)

    def kind_fits(self, kind: str | None, written: str) -> bool:
        """Whether a body named as ``written`` may be the one an anaphor of this kind stands for:
        only a body whose kind the words show to be another is not ("в администрации" after
        "Минобороны", "в ведомстве" after "Компания «Х»"); a body of no kind we can tell
        ("Укргідроенерго" before "у компанії") may be."""
        if kind is None:
            return True
        kinds = {_kind_lemma(self.language, w) for w in _WORD.findall(written)} & _KIND_WORDS
        if kind == "state":
            return not kinds & _COMMERCIAL_KINDS
        if not kinds:
            # "в полиции", "у мерії" name an institution of their own: only a police, a mayor's
            # office named before is the one they stand for
            return kind in _STANDING_KINDS
        return kind in kinds

    def coordinated_fit(self, e: tuple[int, str, str], before: list[tuple[int, str, str]],
                        ends: dict[int, int], want: tuple[str, ...], kind: str | None) -> bool:
        """Whether the body ``e`` an anaphor would take is coordinated with another of the kind it
        names right before it ("Министерство обороны и Министерство юстиции", "Прокуратура
        області та Військова прокуратура"): a pair as one subject, of which the anaphor picks neither."""
        for o in reversed(before[-3:]):
            if o[2] == e[2] or o[1] not in want or ends.get(o[0], o[0]) > e[0]:
                continue
            gap = self.body[ends.get(o[0], o[0]):e[0]]
            return _COORDINATION_GAP.fullmatch(gap) is not None \
                and self.kind_fits(kind, f"{self.written_before(o[0])} {o[2]}")
        return False

    def rival_of_kind(self, name: str, events: list[tuple[int, str, str]], pos: int, j: int,
                      want: tuple[str, ...], kind: str, inside_claim: Callable[[int], bool]) -> bool:
        """Whether another body of the anaphor's kind than ``name`` is named as a subject (its first
        word reads in the nominative singular) in the anaphor's sentence or the two before it,
        outside what was said, as often as ``name`` is: two actors, of which the text picks neither.
        A body named only in an oblique case ("Вопреки просьбе Министерства финансов, Министерство
        транспорта …") is background, no rival; one named more often than the other is the topic
        ("Министерство финансов и Министерство транспорта провели совещание. Министерство
        транспорта закупило вагоны. В министерстве …")."""
        start = self.body.rfind(".", 0, pos)
        for _ in range(2):
            start = self.body.rfind(".", 0, max(start, 0))
        low = name.lower()
        own, rivals = 0, dict[str, int]()
        for k in range(j - 1, max(-1, j - 1 - _MAX_ANTECEDENTS), -1):
            o = events[k]
            if o[0] <= start:
                break
            other = o[2].lower()
            if o[1] not in want or inside_claim(o[0]):
                continue
            if other.startswith(low) or low.startswith(other):
                own += 1
            elif self.kind_fits(kind, f"{self.written_before(o[0])} {o[2]}"):
                first = _WORD.match(self.body, o[0])
                if first and any(p.tag.case == "nomn" and p.tag.number != "plur"
                                 for p in parses(self.language, first.group().lower())[:4]):
                    rivals[other] = rivals.get(other, 0) + 1
        return any(n >= own for n in rivals.values())

    def written_before(self, start: int) -> str:
        """The two words before a mention, where its kind is often written ("Компания «Орион»")."""
        return " ".join(_WORD.findall(self.body[max(0, start - 40):start])[-2:])

    def object_before(self, verb: _Tok, words: list[str]) -> bool:
        """Whether the words before an impersonal plural verb of an object are its object, not its
        subject ("обстрел вокзала назвали провокацией …", "Обвинения Киева назвали абсурдными"):
        the first noun is singular, or a thing that is no body (who spoke is named after the verb)."""
        if not (self.plural_verb(verb.text) and self.is_cue(verb) in OBJECT_VERBS):
            return False
        noun = next((w for w in words if w[:1].isalpha() and parses(self.language, w.lower())[0].tag.POS == "NOUN"), None)
        if noun is None:
            return False
        # the first noun, in the nominative or accusative ("У Координаційному штабі …" is where, not what)
        head = next((p for p in parses(self.language, noun.lower())[:3]
                     if p.tag.POS == "NOUN" and p.tag.case in ("nomn", "accs")), None)
        if head is None or "Name" in head.tag.grammemes or "Surn" in head.tag.grammemes:
            return False
        joined = any(w.lower() in ("и", "і", "й", "та") for w in words)
        return (head.tag.number == "sing" and not joined) or (head.tag.animacy == "inan" and not self.body_noun(head.normal_form))

    def body_noun(self, lemma_: str) -> bool:
        """A common noun that can name a body that speaks ("поліція", "сторона", "власти")."""
        return lemma_ in BODY_WORDS or lemma_ in _SPEAKING_BODIES or name_head_lemma(lemma_)

    def plural_verb(self, word: str) -> bool:
        """A finite verb in the plural only ("назвали", "заявили", "повідомляють")."""
        ps = [p for p in parses(self.language, word.lower())[:3] if p.tag.POS == "VERB"]
        return bool(ps) and all(p.tag.number == "plur" for p in ps)

    def located_after(self, start: int, end: int) -> tuple[int, _Speaker] | None:
        """A body named by where it speaks after an impersonal plural verb ("обстрел назвали
        провокацией в штабе обороны ДНР", "назвали абсурдными в МИД России"): where the
        preposition stands and the body."""
        for m in _LOCATED.finditer(self.body, start, end):
            if any(e.start == m.end() and e.type == "ORG" for e in self.spans):
                sp = self.speaker_in(m.end(), end, nearest_end=False)
                if sp is not None and sp.name:
                    return m.start(), sp
            word = _WORD.match(self.body, m.end())
            if word is not None and body_head(self.language, word.group()):
                # "в штабе территориальной обороны …": the body described as written, up to a clause
                # mark, with the abbreviation in brackets that ends its name ("… республики (ДНР)")
                stop = _CLAUSE_STOP.search(self.body, m.end(), end)
                cut = stop.start() if stop else end
                abbr = _BRACKET_ABBR.match(self.body, cut) if stop else None
                if abbr:
                    cut = abbr.end()
                phrase = self.body[m.end():cut]
                if 1 <= len(_WORD.findall(phrase)) <= 8:
                    return m.start(), _Speaker(self.described(phrase, m.end()), phrase, m.end(), cut, type="ORG")
        return None

    def body_name(self, e: EntitySpan, ents: list[EntitySpan], a: int) -> str | None:
        """A body's whole name where the NER cut it in two: an ORG with the name in the genitive
        after it ("Министерство обороны" + "России", "Генштабе" + "ВСУ"), or a place with the
        noun governing it before it ("Власти" + "Украины", "Уряд" + "Польщі"). None when the
        entity stands alone. The name is the nominative when the text writes it so, else as written."""
        start, end = e.start, e.end
        if e.type == "ORG":
            for f in sorted(ents, key=lambda x: x.start):
                if f.start <= end or f.type not in ("ORG", "GPE"):
                    continue
                if self.body[end:f.start] != " " or not (self.genitive_name(f.text.split()[0])
                                                         or self.unnamed_owner(f.text.split()[0])):
                    break
                end = f.end
            owner = re.match(r" ([А-ЯІЇЄҐЁ][\w'’ʼ]+)(?![\w'’ʼ])(?! +[А-ЯІЇЄҐЁ])", self.body[end:end + 60])
            if owner and not any(f.start <= end + 1 < f.end for f in self.spans) and self.unnamed_owner(owner.group(1)):
                # an owner the NER left out ("У Міністерстві енергетики" + "Тарванії")
                end += owner.end()
            remit = _REMIT_BEFORE_ABBR.match(self.body, end, end + 80)
            if remit:
                # "Государственной службы Украины" + "по чрезвычайным ситуациям (ГСЧС)": the abbreviation
                # in brackets closes the full name it shortens, so the remit before it is part of the name
                end = remit.end()
            place = re.match(r" ([а-яіїєґё]+)(?![\w'’ʼ])", self.body[end:end + 30])
            if place and any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.normal_form in _PLACE_OWNERS
                             for p in parses(self.language, place.group(1))[:3]):
                # the place the page is about as the owner: "Минздрав региона", "Міноборони країни"
                end += place.end()
        opening, closing = self.body[start - 1:start], self.body[end:end + 1]
        if opening and closing and opening in "«\"“„" and closing in "»\"”“":
            # a name in quotes after what it names: 'оперативное командование "Юг"', 'компанія «Х»'
            head, edge = None, start - 1
            for w in reversed(list(re.finditer(r"[\w-]+", self.body[a:start - 1]))[-4:]):
                ps = parses(self.language, w.group().lower())
                if self.body[a + w.end():edge] != " " or not ps or ps[0].tag.POS not in ("NOUN", "ADJF", "PRTF") \
                        or _SO_CALLED.match(w.group().lower()) or spokesman_word(self.language, w.group()) \
                        or _CHANNEL_WORD.fullmatch(w.group()) \
                        or ps[0].normal_form in BODY_KINDS:
                    break   # "так званій «ДНР»", "представитель «Укрэнерго»", "компании «Аэрофлот»": the quoted name alone
                head, edge = w, a + w.start()
            if head is not None:
                start, end = edge, end + 1
        m = re.search(r"(\w[\w-]*)\s+$", self.body[a:start]) if start == e.start else None
        # before a place, any governing noun ("власти Украины"); before a body, only a capitalised
        # one the NER left out at a sentence start ("Генштаб" + "ВСУ"), not "пресс-служба"; a
        # document before the name ("Отчёт Всемирного банка утверждает") is what the body issued,
        # so the body speaks, as "В отчёте X говорится" gives X (lexicon.STATEMENT_BEFORE)
        if m and m.group(1)[:1].isalpha() and not m.group(1).isupper() and self.governing_noun(m.group(1)) \
                and not _CHANNEL_WORD.fullmatch(m.group(1)) and not self.document_noun(m.group(1)):
            role = lemma(self.language, m.group(1))
            # "Президент России", "главы Херсонской области": the head speaks, not the place;
            # "представитель Минобороны" speaks for the body, which stays the speaker
            # the kind of a body before its name is no part of it ("Компания Samsung заявила")
            kind = e.type == "ORG" and role in BODY_KINDS
            if role in _HEAD_ROLES or ((e.type == "GPE" or m.group(1)[:1].isupper()) and role not in _ROLE_WORDS
                                       and not kind):
                start = a + m.start(1)
                if role not in _HEAD_ROLES:
                    start = self.noun_phrase_start(a, start)
        if (start, end) == (e.start, e.end):
            return None
        return self.body_speaker(self.body[start:end], canonical(self.language, "ORG", self.body[start:end]), start)

    def noun_phrase_start(self, a: int, start: int) -> int:
        """Where the noun phrase whose head noun begins at ``start`` begins, no earlier than ``a``:
        the adjectives agreeing with the head and the nouns whose genitive chain it continues ("У
        міській раді" + "Ізмаїла", "В областном департаменте здравоохранения" + "Заречья"), by
        the parse; a preposition, a verb or a punctuation mark ends it. At most four words."""
        head = re.match(r"[\w'’ʼ-]+", self.body[start:])
        if head is None:
            return start
        heads = [p for p in parses(self.language, head.group().lower())[:4] if p.tag.POS == "NOUN"]
        for _ in range(4):
            before = re.search(r"([\w'’ʼ-]+) $", self.body[a:start])
            if before is None or not heads:
                break
            ps = parses(self.language, before.group(1).lower())[:4]
            if not ps or ps[0].tag.POS in ("PREP", "CONJ", "PRCL") or len(before.group(1)) < 2:
                break
            agree = [p for p in ps if p.tag.POS in ("ADJF", "PRTF") and any(
                p.tag.case == h.tag.case and p.tag.number == h.tag.number
                and (p.tag.gender == h.tag.gender or h.tag.number == "plur" or p.tag.gender is None) for h in heads)]
            governs = [p for p in ps if p.tag.POS == "NOUN" and p.tag.case != "gent"] if any(
                h.tag.case == "gent" for h in heads) else []
            if not agree and not governs:
                break
            start = a + before.start(1)
            if governs and not agree:
                heads = governs
        return start

    def owner_nominative(self, word: str, start: int) -> str:
        """A body's one-word name whose nominative the dictionary cannot tell from the word alone,
        by the word before it: after a noun that governs it it is a genitive ("пресс-служба
        Росгвардии", "по данным Росстата", "пресс-службе «Росатома»"), after в / у / на a
        locative ("У Кремлі" is Кремль, not the plural кремлі); elsewhere the word as written."""
        if not word.isalpha() or word.isupper():
            return word
        before = re.search(r"([\w-]+)[\s«\"“„]+$", self.body[max(0, start - 40):start])
        if before is None:
            return word
        prev = before.group(1).lower()
        cases: tuple[str, ...]
        if prev in ("в", "во", "у", "на"):
            cases = ("loct", "loc2")
        elif not morph(self.language).word_is_known(word.lower()) and any(
                p.tag.POS == "NOUN" for p in parses(self.language, prev)[:1]):
            cases = ("gent",)
        else:
            return word
        reading = next((p for p in parses(self.language, word) if p.tag.case in cases and p.tag.number != "plur"
                        and not ({"Name", "Surn", "Patr"} & p.tag.grammemes)), None)
        if reading is None:
            return word
        return reading.normal_form[:1].upper() + reading.normal_form[1:]

    def head_named(self, role: str, owner: EntitySpan) -> str | None:
        """The person the text names with the same role of the same place or body ("Глава ДНР
        Денис Пушилин" once, "глава ДНР" after): that person's name, else None."""
        for o in self.spans:
            if o.key != owner.key:
                continue
            before = re.search(r"(\w[\w'-]*)\s+$", self.body[max(0, o.start - 40):o.start])
            if not before or lemma(self.language, before.group(1)) != role:
                continue
            person = next((p for p in self.spans if p.type == "PERSON" and p.start > o.end
                           and not self.body[o.end:p.start].strip()), None)
            if person:
                return person.name
        return None

    def governing_noun(self, word: str) -> bool:
        """A common noun that makes the place after it a body ("власти", "правительство", "армия")."""
        ps = parses(self.language, word.lower())
        return bool(ps) and ps[0].tag.POS == "NOUN" and "Geox" not in ps[0].tag.grammemes \
            and word.lower() not in _FUNCTION_NOUNS

    def speaker_name(self, e: EntitySpan) -> str:
        """A person by the nominative full name; a body or place as ``body_speaker`` names it, a
        body's compound short name by the full name written before (``full_name_before``)."""
        if e.type == "PERSON":
            return e.name
        first = e.text.split(maxsplit=1)
        if e.type == "ORG" and len(first) == 2 and self.document_noun(first[0]) and first[1][:1].isupper():
            # "Отчёт Лесогорского банка" taken whole by the NER: the document is what the body issued,
            # so the body speaks, as when the NER leaves the document out (``body_name``)
            start = e.start + e.text.index(first[1])
            rest = EntitySpan(start, e.end, "ORG", first[1], canonical(self.language, "ORG", first[1]))
            return self.speaker_name(rest)
        name = self.body_speaker(e.text, e.name, e.start)
        if e.type != "ORG":
            return name   # a place ("в Москве") is never a short name of a body
        return self.full_name_before(name, e.start) or name

    def span_starts(self) -> list[int]:
        """The start of each name on the page, in order (read once per page)."""
        cached = getattr(self, "_span_starts", None)
        if cached is None or cached[0] is not self.spans:
            cached = (self.spans, [f.start for f in self.spans])
            self._span_starts = cached
        return cached[1]

    def full_name_before(self, short: str, start: int) -> str | None:
        """The full name a compound short name abbreviates, when the page wrote it before
        ("Генштаб" after "Генеральный штаб ВС Тарнии", "Минобороны" after "Министерство обороны
        Тарнии"): the nearest earlier mention of that body among the last names before ``start``.
        A nearer mention of the short name with an owner of its own ("В Минобороны Велесии …")
        is that body: its name, and no older full name past it; the short name alone again
        says nothing and is passed. None where no mention names more."""
        words = short.split()
        if not words or len(words) > 3 or not words[0][:1].isupper() or words[0].isupper():
            return None
        if any("Geox" in p.tag.grammemes for p in parses(self.language, words[0].lower())[:1]):
            return None   # a place's name ("Москва"), not a body's short name
        low = [w.lower() for w in words]
        i = bisect_left(self.span_starts(), start)
        window = self.spans[max(0, i - _MAX_NAMES_BACK):i]
        for f in reversed(window):
            full = f.name.split()
            if f.type != "ORG" or not full:
                continue
            lfull = [w.lower() for w in full]
            if lfull[0] == low[0]:
                # the short name again: with the same words it says no more, with an owner of its
                # own it is that body ("Минобороны Велесии"), whatever was written before it
                name = (self.body_name(f, self.names_after(f, window), f.start) if len(words) == 1 else None) or f.name
                if name.lower().split() == low:
                    if re.match(r" +[A-ZА-ЯІЇЄҐЁ]", self.body[f.end:f.end + 3]):
                        return None   # a capitalised word after it the NER took elsewhere ("Міноборони Велесії Петро Орлов"): an owner we cannot read
                    continue
                return name if len(words) == 1 else None
            if len(full) < 2 or len(full) <= len(words):
                continue
            for k in (2, 3):
                if _compound_of(low[0], lfull[:k]) and (len(words) == 1 or low[1:] == lfull[k:]):
                    # the full name with the owner the NER cut off it ("Генеральный штаб ВС" + "Тарнии")
                    name = (self.body_name(f, self.names_after(f, window), f.start) if len(words) == 1 else None) or f.name
                    # only a name with its owner says more than the short one ("Министерство
                    # обороны" alone is no fuller a name than "Минобороны")
                    return name if len(name.split()) > k else None
        return None

    def names_after(self, f: EntitySpan, window: list[EntitySpan]) -> list[EntitySpan]:
        """The names just after ``f`` that may complete it, an owner the NER read as a one-word
        person read as a place ("Минобороны" + "Велесии"), as ``speaker_in`` reads them."""
        near = [g for g in window if f.start <= g.start <= f.end + 80]
        return [EntitySpan(g.start, g.end, "GPE", g.text, g.name, g.key, g.mentions) if self.owner_as_person(g, near) else g
                for g in near]

    def body_speaker(self, written: str, nominative: str, start: int | None = None) -> str:
        """A body or place that speaks, by its name in the nominative where that nominative is a
        whole name: one word ("в Кремле" → Кремль, "Укрзалізниці"), or a capitalised name with its
        owner or its place's adjective ("в Министерстве обороны России" → Министерство обороны
        России, "Київської міської військової адміністрації" → Київська міська військова
        адміністрація). A partial name with no owner ("в Министерстве обороны", "у Повітряних
        силах", "В Следственном комитете") or a body described in lower case ("в штабе
        территориальной обороны …", "в областной администрации") stays as written, unless the page
        writes that nominative itself: its nominative would be no name of the body at all."""
        words = written.split()
        if len(words) == 1 and nominative == written and start is not None:
            return self.owner_nominative(written, start)
        if len(words) == 1:
            return nominative
        if words[0][:1].isupper() and (any(w[:1].isupper() for w in words[1:]) or _PLACE_ADJECTIVE.fullmatch(words[0])):
            return nominative
        if nominative != written and re.search(rf"(?<!\w){re.escape(nominative)}(?!\w)", self.body, re.IGNORECASE):
            return nominative
        return written

    def described(self, written: str, start: int) -> str:
        """A body described by a phrase the NER has no name for, as ``body_speaker`` shows it."""
        return self.body_speaker(written, self.nominative(written), start)

    def nominative(self, written: str) -> str:
        """A body's name or description in the nominative (``canonical``: the head noun and the
        words agreeing with it inflected, its genitive dependents, quoted names and abbreviations
        as written), a preposition before it dropped: "В Следственном комитете" → Следственный
        комитет, "міській раді" → міська рада, "городской прокуратуры" → городская прокуратура."""
        words = written.split()
        if len(words) > 1 and self.function_word(words[0]) and parses(self.language, words[0].lower())[0].tag.POS == "PREP":
            words = words[1:]
        return canonical(self.language, "ORG", " ".join(words))

    def speaker_before(self, sent_start: int, cue_start: int) -> _Speaker | None:
        text = self.body[sent_start:cue_start]
        inside = self.source_inside(sent_start, cue_start, True)
        if inside is not None:
            return inside   # "Джерело «Х» в поліції повідомило": the outlet's quotes cut no clause
        # the nearest clause first, then the whole sentence start
        cut = max(text.rfind(","), text.rfind(";"), text.rfind(":"), text.rfind("—"), text.rfind("»"), text.rfind('"'))
        if cut >= 0:
            sp = self.speaker_in(sent_start + cut + 1, cue_start, nearest_end=True)
            if sp:
                return sp
        return self.speaker_in(sent_start, cue_start, nearest_end=True)

    def speaker_after(self, cue_end: int, limit: int) -> tuple[_Speaker | None, int]:
        """The speaker after an inverted cue ("— сказал X"), up to the next clause mark."""
        m = _SPEAKER_END.search(self.body, cue_end, limit)
        end = m.start() if m else limit
        sp = self.speaker_in(cue_end, end, nearest_end=False)
        if sp is not None and sp.type == "ORG":
            told = self.told_outlet(cue_end, end)
            if told is not None:
                return told, end
        return sp, end

    def told_outlet(self, cue_end: int, end: int) -> _Speaker | None:
        """After an impersonal plural verb, an outlet told and the body that told it ("как
        сообщили ТАСС в Министерстве …", "повідомили «Укрінформу» у пресслужбі …"): the body
        where it was said speaks, not the outlet told; None elsewhere. The outlet is told only
        when it cannot be the plural verb's subject: an abbreviation ("ТАСС", "РИА Новости") or
        a name with no reading in the nominative plural ("«Зарянским новостям»"); "пишут
        «Ведомости»", "повідомляють «Новини Зарянії»" are the outlet speaking. The body is
        named right after "в"/"у" (a name the NER found there, a body's head noun or a body word
        such as "пресс-служба"), not a
        document or a programme ("в статье о Минфине", "в эфире канала …")."""
        verb = re.search(r"([\w-]+)\s*$", self.body[max(0, cue_end - 40):cue_end])
        if verb is None or not self.plural_verb(verb.group(1)):
            return None
        lead = len(self.body[cue_end:end]) - len(self.body[cue_end:end].lstrip(" \t«\"“„"))
        outlet = next((e for e in self.spans if e.type == "ORG" and e.start == cue_end + lead), None)
        if outlet is None or not self.outlet_told(outlet.text):
            return None
        where = re.match(r"[»\"”“]?\s+(?:в|во|у)\s+", self.body[outlet.end:end], re.IGNORECASE)
        if where is None:
            return None
        at = outlet.end + where.end()
        at += len(self.body[at:end]) - len(self.body[at:end].lstrip("«\"“„"))
        first = _WORD.match(self.body, at)
        if first is None or not (body_head(self.language, first.group())
                                 or lemma(self.language, first.group()) in BODY_WORDS | _BODY_NOUNS
                                 or any(e.start == at and e.type in ("ORG", "PERSON") for e in self.spans)):
            return None
        sp = self.speaker_in(at, end, nearest_end=False)
        return sp if sp is not None and (sp.name or sp.pending) else None

    def outlet_told(self, written: str) -> bool:
        """An outlet's name that reads as told, not as a plural verb's subject: an abbreviation
        first ("ТАСС", "РИА Новости"), else no word of the name read in the nominative plural."""
        words = _WORD.findall(written)
        if not words:
            return False
        if len(words[0]) > 1 and words[0].isupper():
            return True
        return not any(p.tag.case == "nomn" and p.tag.number == "plur"
                       for w in words[:3] for p in parses(self.language, w.lower()))

    def resolve(self) -> None:
        """Pronouns and body words take the last person (body) that spoke or was named before."""
        events: list[tuple[int, str, str]] = sorted((s.start, s.type, s.name) for s in self.spans)
        at = [e[0] for e in events]
        ends = {s.start: s.end for s in self.spans}
        first_type: dict[str, str] = {}
        # bodies named in full by their last word ("Запорізька ОВА" under "ОВА"), in page order
        by_last_word: dict[str, list[tuple[int, str]]] = {}
        for e in events:
            first_type.setdefault(e[2], e[1])
            if e[1] == "ORG" and " " in e[2] and e[2].split()[0][:1].isupper():
                by_last_word.setdefault(e[2].rsplit(" ", 1)[1], []).append((e[0], e[2]))
        ordered = sorted(self.claims, key=lambda c: c.cue_start or c.start)
        keys = [c.cue_start or c.start for c in ordered]
        # what the claims cover, merged once per page: a name inside what was said is no antecedent
        covered: list[list[int]] = []
        for o in sorted(self.claims, key=lambda o: o.start):
            if covered and o.start <= covered[-1][1]:
                covered[-1][1] = max(covered[-1][1], o.end)
            else:
                covered.append([o.start, o.end])
        cover_starts = [a for a, _ in covered]

        def inside_claim(p: int) -> bool:
            k = bisect_right(cover_starts, p) - 1
            return k >= 0 and p < covered[k][1]

        for c in ordered:
            sp = self.speakers[id(c)]
            pos = c.speaker_start if c.speaker_start is not None else (c.cue_start or c.start)
            if sp.pending:
                if sp.pending == "source":
                    c.speaker = self.source_before(c, sp, ordered[:bisect_left(keys, pos)])
                    continue
                if sp.pending == "described":
                    c.speaker = self.described_antecedent(c, sp, pos, ordered, bisect_left(keys, pos), keys, inside_claim)
                    sp.type = "PERSON"
                    continue
                want = {"person": ("PERSON",), "body": ("ORG",), "statement": ("ORG", "PERSON"),
                        "role": ("PERSON",)}[sp.pending]
                # "как сообщило агентство": an agency named before, or none
                agency = sp.pending == "body" and any(lemma(self.language, w) in _AGENCY_WORDS
                                                      for w in _WORD.findall((sp.text or "").lower()))
                # "в ведомстве", "в министерстве", "у компанії": the nearest body of the kind the
                # words name; "в администрации" after a ministry is another body, its own words
                kind = self.anaphor_kind(sp.text) if sp.pending == "body" else None
                name, said_at = None, -1
                # walk back from the claim over the nearest few that spoke, never from the page top
                seen = 0
                for j in range(bisect_left(keys, pos) - 1, -1, -1):
                    o = ordered[j]
                    if o is c or not o.speaker:
                        continue
                    seen += 1
                    if seen > _MAX_ANTECEDENTS:
                        break
                    osp = self.speakers[id(o)]
                    if (osp.type in want or sp.pending == "statement") and (not agency or _agency_name(o.speaker)) \
                            and self.kind_fits(kind, f"{osp.text or ''} {o.speaker}"):
                        name, said_at = o.speaker, o.cue_start or o.start
                        break
                # a person or body named later outside what was said ("Про це повідомив X. Він
                # додав …") is nearer than the last speaker; one named inside a claim is not: the
                # nearest few named after that, walked back from the claim
                seen = 0
                for j in range(bisect_left(at, pos) - 1, -1, -1):
                    e = events[j]
                    if e[0] <= said_at or seen >= _MAX_ANTECEDENTS * 4:
                        break
                    seen += 1
                    if e[1] in want and (not agency or _agency_name(e[2])) and not inside_claim(e[0]) \
                            and self.kind_fits(kind, f"{self.written_before(e[0])} {e[2]}"):
                        # "Минобороны и Минюст провели совещание. В ведомстве сообщили": two
                        # bodies of the kind joined as one subject; the words say which of neither
                        name = None if sp.pending == "body" and self.coordinated_fit(e, events[max(0, j - 3):j], ends, want, kind) else e[2]
                        break
                if name is not None and sp.pending == "body" and kind not in (None, "state") \
                        and self.rival_of_kind(name, events, pos, bisect_left(at, pos), want, kind, inside_claim):
                    # "Прокуратура Ликии направила запрос в Прокуратуру Велебии. Представитель
                    # прокуратуры заявил": two bodies of the kind named just before; the text says
                    # of neither, and the words stay the speaker. Not for the generic "ведомство" /
                    # "відомство" (kind "state"): every state body fits it, and it stands for the one
                    # last named ("Уряд Польщі заявив … Міністерство енергетики повідомило …
                    # Представник відомства відмовився": the ministry)
                    name = None
                described = name is None and sp.pending == "body"
                if name is None and sp.pending in ("body", "role"):
                    # no body or person named before: the words the text uses ("губернатор области")
                    name = self.nominative(sp.text) if sp.text and sp.pending == "body" else sp.text
                c.speaker = name
                # a body the words describe is an organisation; a bare "Там" is none
                sp.type = "ORG" if described and name and not self.function_word(name) \
                    else first_type.get(name or "")
            elif sp.type == "ORG" and c.speaker and c.speaker.isupper() and " " not in c.speaker:
                # "В ОВА додали" after "Запорізька ОВА": the body the text named in full before
                fuller = by_last_word.get(c.speaker, [])
                k = bisect_left(fuller, (pos,)) - 1
                if k >= 0:
                    c.speaker = fuller[k][1]
            if not sp.pending and sp.type == "PERSON" and c.speaker:
                c.speaker = self.name_as_subject(c) or c.speaker
            if c.speaker and c.speaker[:1].islower():
                # "в оперштабе", "у міськраді", "в обласній прокуратурі", "в лесогорской спецслужбе"
                # after the body named in full: the short or described form restates that name
                named = self.restated_body(self.modifier_before(sp) + c.speaker, events, bisect_left(at, pos))
                if named is not None:
                    c.speaker = named
                    sp.type = "ORG"

    def described_antecedent(self, c: Claim, sp: _Speaker, pos: int, ordered: list[Claim], k: int, keys: list[int],
                             inside_claim: Callable[[int], bool]) -> str | None:
        """The person a generic description of the speaker ("— додала жінка", "написал чиновник")
        refers back to: the nearest person named as a subject (in the nominative, outside what was
        said, not said to have died) or speaking in the same paragraph or the one before, whose
        sex, where both are known, is the one the past verb or a feminine noun gives the speaker
        ("додала" is said of a woman). Only a noun that adds nothing but sex or officialdom
        (``_GENERIC_PERSONS``) takes a name: "местный житель", "водій", "медсестра" after an
        official are someone else, and a title the page wrote before a name is a role that
        ``role_holder`` resolves. Else the description itself, as the GUIDE names a speaker no
        name stands for. ``ordered[:k]`` are the claims before, ``keys`` their positions."""
        described = " ".join(person_nominative(self.language, (sp.text or "").split())) or sp.text
        nouns = [lemma(self.language, w.lower()) for w in _WORD.findall(sp.text or "")]
        if not _GENERIC_PERSONS & set(nouns):
            return described
        lo = self.paragraph_before(pos)
        sex = self.sex_of_speaker(c, sp.text or "")
        # a person named as a subject (in the nominative), not one in another's phrase
        near: list[tuple[int, str]] = []
        for j in range(bisect_left(self.span_starts(), lo), bisect_left(self.span_starts(), pos)):
            e = self.spans[j]
            if e.type == "PERSON" and not inside_claim(e.start) and self.may_be_nominative(e) and not self.died(e):
                near.append((e.start, e.name))
        for j in range(k - 1, max(-1, k - 1 - _MAX_ANTECEDENTS), -1):
            o = ordered[j]
            if keys[j] < lo:
                break
            if o.speaker and o.speaker_start is not None and o.speaker_start >= lo \
                    and self.speakers[id(o)].type == "PERSON":
                near.append((o.speaker_start, o.speaker))
        for _, name in sorted(near, reverse=True):
            if sex is None or self.name_sex(name) in (None, sex):
                return name
        return described

    def died(self, e: EntitySpan) -> bool:
        """Whether the sentence naming a person says the person died ("Сергей Котов погиб",
        "Загинула Мария Иваненко"): the dead say nothing afterwards."""
        k = bisect_right(self.sent_starts, e.start) - 1
        a, b = self.sents[k] if k >= 0 else (e.start, e.end)
        return any(lemma(self.language, m.group().lower()) in _DIED for m in _WORD.finditer(self.body, a, b))

    def name_as_subject(self, c: Claim) -> str | None:
        """A speaker's name as written where the cue's past verb shows its first name is the
        nominative subject: "Валентина рассказала" is Валентина, not the genitive of Валентин, and
        "Зоряна Мельник сообщила" a woman named as written; None where the verb shows no sex, the
        name read already agrees, the name's first word can be no nominative of that sex, another
        word of it no nominative at all ("дружина Валентина Коваля"), or a noun of the verb's sex
        stands right before it, the subject the verb agrees with ("дочь Александра Белова
        рассказала": the daughter of Aleksandr Belov)."""
        sex = self.sex_of_speaker(c, "")
        if sex is None or c.speaker_start is None or c.speaker_end is None:
            return None
        starts = self.span_starts()
        for j in range(bisect_left(starts, c.speaker_start), bisect_left(starts, c.speaker_end)):
            e = self.spans[j]
            if e.type != "PERSON" or e.name != c.speaker or e.end > c.speaker_end or e.text == e.name:
                continue
            first = e.text.split()[0]
            if first[:1].isupper() and self.name_sex(c.speaker) != sex and self.may_be_nominative(e) \
                    and not self.head_noun_before(e.start, sex) and sex in first_name_sexes(self.language, first):
                return e.text
        return None

    def head_noun_before(self, start: int, sex: str) -> bool:
        """Whether the word right before ``start``, on the same line, is a common noun that may be in
        the nominative, of the given sex: the head a name after it depends on ("дочь", "дружина")."""
        m = re.search(r"([\w'’ʼ-]+)[^\S\n]+$", self.body[max(0, start - 40):start])
        return m is not None and any(
            p.tag.POS == "NOUN" and p.tag.gender == sex and p.tag.case in ("nomn", None) and p.tag.number != "plur"
            and not {"Name", "Surn", "Patr", "Abbr"} & p.tag.grammemes for p in parses(self.language, m.group(1).lower()))

    def paragraph_before(self, pos: int) -> int:
        """Where the paragraph before the one holding ``pos`` starts (blank lines skipped)."""
        j = self.body.rfind("\n", 0, pos) + 1
        while j > 0 and self.body[j - 1].isspace():
            j -= 1
        return self.body.rfind("\n", 0, j) + 1 if j else 0

    def sex_of_speaker(self, c: Claim, described: str) -> str | None:
        """"masc" or "femn" where the cue's past-tense verb shows it ("сказала") or the describing
        noun is feminine ("жінка", "жительница"); None where neither does."""
        cue = self.body[c.cue_start:c.cue_end] if c.cue_start is not None and c.cue_end is not None else ""
        for w in _WORD.findall(cue):
            if sex := past_verb_sex(self.language, w):
                return sex
        for w in _WORD.findall(described):
            tag = parses(self.language, w.lower())[0].tag
            if tag.POS == "NOUN":
                return "femn" if tag.gender == "femn" else None
        return None

    def name_sex(self, name: str) -> str | None:
        """A person's sex by the first name's readings in the nominative (all agreeing), else None."""
        sexes = first_name_sexes(self.language, name.split()[0]) if name.split() else set()
        return sexes.pop() if len(sexes) == 1 else None

    def modifier_before(self, sp: _Speaker) -> str:
        """The word right before a speaker's phrase when it modifies it ("в іншому оперштабі", "в
        другом министерстве": the phrase read leaves out a pronoun-like adjective), with a space;
        else nothing."""
        if sp.start is None:
            return ""
        m = re.search(r"([\w'’ʼ-]+)\s+$", self.body[max(0, sp.start - 40):sp.start])
        if m is None:
            return ""
        tag = parses(self.language, m.group(1).lower())[0].tag
        return m.group(1) + " " if tag.POS in ("ADJF", "PRTF", "NPRO") and m.group(1)[:1].islower() else ""

    def restated_body(self, written: str, events: list[tuple[int, str, str]], before: int) -> str | None:
        """The nearest body named before (``events[:before]``, at most a few dozen back) whose name
        the lower-case ``written`` restates: its head is a word of the name ("штаб", a "спецслужба"
        for a "служба") or a stump of consecutive words of it ("оперштаб" of "оперативный штаб",
        "міськрада" of "міська рада", "облсовет" of "областной совет"), and every other word says
        what the name says (its stem begins a word of the name: "лесогорская" ~ "Лесогории",
        "обласній" ~ "області"; "региональный" ~ "области"). A bare kind word ("в прокуратуре") is
        left to the pending resolution; a word naming another body ("районной", "соседней",
        "другом", "горсуд" after "Верховный суд") matches no word of the name and keeps its own."""
        words = _folded_words(written)
        if not 1 <= len(words) <= 4 or not self.adjectives_of(words[:-1], words[-1]):
            return None
        head = lemma(self.language, words[-1])
        # the nearest few names of any type walked back, the nearest bodies among them read
        seen = 0
        generic = head in _GENERIC_BODY_WORDS
        found: str | None = None
        for j in range(before - 1, max(-1, before - 1 - _MAX_ANTECEDENTS * 4), -1):
            e = events[j]
            if e[1] != "ORG":
                continue
            seen += 1
            if seen > _MAX_ANTECEDENTS:
                break
            if not e[2][:1].isupper():
                continue
            # the whole name where the NER cut off its owner ("Служба безпеки" + "Тавлорії")
            full = self.full_body_name(e[0]) or e[2]
            if not _restates(self.language, head, words[:-1], full):
                continue
            if not generic:
                return full
            if self.executive_remit(e[0], full, words[:-1]) and full != found:
                if found is not None:
                    return None   # two ministries of defence named before: which one is not said
                found = full
        return found

    def executive_remit(self, start: int, full: str, modifiers: list[str]) -> bool:
        """Whether a word for any state body ("ведомство", "відомство") and its ``modifiers`` restate
        the body ``full`` named at ``start``: an executive body (its name's head a ministry, service,
        agency or department, or a ministry's short name "Минобороны"), not a brand or outlet written
        in quotes, and a modifier saying its remit, the word right after the head ("оборонном" ~
        "обороны"): a country's or a region's adjective alone ("российском", "региональном") says
        only whose it is, and any of its bodies would do."""
        if re.search(r"[«»\"“”„]", self.body[max(0, start - 2):start + len(full) + 2]):
            return False   # «Военные новости», Агентство «…»: a brand, an outlet or a company
        words = _WORD.findall(full)
        first = words[0].lower()
        if _MINISTRY_SHORT.fullmatch(first):
            remit = first[3:]
        elif len(words) > 1 and words[1][:1].islower() and lemma(self.language, first) in _EXECUTIVE_HEADS:
            remit = words[1].lower()
        else:
            return False
        return any(_stem_agrees(m, [remit]) for m in modifiers)

    def adjectives_of(self, modifiers: list[str], head: str) -> bool:
        """Whether every modifier is an adjective agreeing in case with the head noun ("в областной
        прокуратуре"): a noun ("прокурор области", "министра обороны", "президент Тавлорії") or a
        participle governing another case ("командующего флотом") makes the phrase a person's role
        whose last word is not its head."""
        cases = {p.tag.case for p in parses(self.language, head)[:6] if p.tag.POS == "NOUN"}
        return all(any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case in cases for p in parses(self.language, w)[:6])
                   and parses(self.language, w)[0].tag.POS != "NOUN" for w in modifiers)

    def full_body_name(self, start: int) -> str | None:
        """The whole name of the body whose ORG mention starts at ``start`` (``body_name``), read
        once per page: every later claim walks back over the same names."""
        cache: tuple[list, dict[int, str | None]] | None = getattr(self, "_full_body_names", None)
        if cache is None or cache[0] is not self.spans:
            cache = (self.spans, {})
            self._full_body_names = cache
        if start not in cache[1]:
            k = bisect_left(self.span_starts(), start)
            spans = self.spans   # in page order, as span_starts reads them
            full = None
            if k < len(spans) and spans[k].start == start:
                # an owner the NER read as a one-word person is a place, as ``speaker_in`` reads it
                near = [f for f in self.names_after(spans[k], spans[k:k + 4]) if f.start >= spans[k].end]
                full = self.body_name(spans[k], near, spans[k].start)
            cache[1][start] = full
        return cache[1][start]


    def source_before(self, c: Claim, sp: _Speaker, before: list[Claim]) -> str | None:
        """The speaker of the nearest claim before that an unnamed source made ("Про це повідомило
        джерело в СБУ" → СБУ), for a bare "джерело" / "собеседник" after it; none such: the words
        in the nominative ("співрозмовник"). Walks back over at most the nearest few claims."""
        for o in reversed(before[-_MAX_ANTECEDENTS:]):
            if o is c or not o.speaker:
                continue
            words = _WORD.findall((self.speakers[id(o)].text or "").lower())
            if any(lemma(self.language, w) in UNNAMED_SOURCES for w in words):
                return o.speaker
        return self.nominative(sp.text) if sp.text else None


def _folded_words(text: str) -> list[str]:
    """The words of ``text``, lower-case, "ё" read as "е" (a restated name and the name it restates
    compared alike)."""
    return [w.lower().replace("ё", "е") for w in _WORD.findall(text)]


#: A head noun standing for the kind word of a name ("спецслужба" for "Служба безопасности").
_HEAD_KINDS = {"спецслужба": "служба"}


#: A level adjective that says what a region's name says ("региональный штаб" of "… области").
_REGION_STEM = re.compile(r"(?:регион|регіон|област|облас)")


def _stem_agrees(word: str, name_words: list[str]) -> bool:
    """A modifier says what a word of the name says: the same word, or both name the region
    ("региональном" ~ "области"), or the modifier's stem (the word without its ending and a place
    adjective's "-ск-"; its last letter may differ) begins the name's word for five letters or
    more, and the name's word goes on by an ending at most ("лесогорской" ~ "Лесогории",
    "тавлорійська" ~ "Тавлорії", "оперативном" ~ "оперативного"); a stem
    that only begins alike names another place ("красногорской" ≁ "Краснолесского",
    "сосновской" ≁ "Сосновоборского")."""
    stem = _ADJ_STEM.sub("", word)
    for n in name_words:
        if word == n or (_REGION_STEM.match(word) and _REGION_STEM.match(n)):
            return True
        k = 0
        for x, y in zip(stem, n):
            if x != y:
                break
            k += 1
        # the stem's last letter may be the name's own ("тавлорійська" ~ "Тавлорії")
        if k >= 5 and k >= len(stem) - 1 and len(n) - k <= _NAME_ENDING:
            return True
    return False


#: A Cyrillic adjective's ending, with a place adjective's suffix ("-ская", "-ському", "-ной").
_ADJ_STEM = re.compile(r"(?:ск|цк|ськ|цьк|зьк)?(?:[оеіиы]?го|[оеиіы]?му|[ыиоі]й|[аяуюеі]я|ая|яя|ую|юю|ої|ей|ою|ею|ом|ем|ім|ых|их|іх|им|ым"
                       r"|ими|ыми|ий|ій|ые|ие|і|а|у|е)$")


#: Letters a name's word may go on past a modifier's stem ("лесогор-ии", "оперативн-ого").
_NAME_ENDING = 4


def _restates(language: str, head: str, modifiers: list[str], name: str) -> bool:
    """Whether a lower-case head lemma and its modifiers restate a body's ``name`` (see
    ``Speakers.restated_body``)."""
    name_words = _folded_words(name)
    if len(name_words) < 2:
        return False
    lemmas = [lemma(language, w) for w in name_words]
    # the name as written (a canonical name is in the nominative) and by lemma ("рада" → "рад" in uk)
    compound = any(_compound_of(head, forms[i:i + n]) for forms in (name_words, lemmas)
                   for n in (2, 3) for i in range(len(forms) - n + 1))
    kind = _HEAD_KINDS.get(head, head)
    same_head = kind in lemmas or kind in name_words \
        or _kind_lemma(language, kind) in {_kind_lemma(language, m) for m in lemmas}
    # "оборонное ведомство", "оборонне відомство": a word for any state body, which its adjective
    # narrows to the body whose name says the same ("Министерство обороны …"; ``restated_body`` keeps
    # companies out)
    generic = head in _GENERIC_BODY_WORDS
    if not compound and not ((same_head or generic) and modifiers):
        return False
    # a ministry's short name is "Мин" and its remit ("Минобороны" says "обороны"): the name's first word
    remits = [name_words[0][3:]] if _MINISTRY_SHORT.fullmatch(name_words[0]) else []
    return all(_stem_agrees(w, name_words + remits) for w in modifiers)


#: A ministry's short name in lower case: "Мин"/"Мін" and the remit in the genitive ("минобороны", "мінфіну").
_MINISTRY_SHORT = re.compile(r"(?:мин|мін)(?!истерств|істерств)[а-яіїєґ]{4,}")

#: Head nouns of an executive body's name (lemmas, both languages): what "ведомство"/"відомство" stands for.
_EXECUTIVE_HEADS = frozenset("министерство міністерство служба агентство агенція департамент управление "
                             "управління".split())


def _compound_of(word: str, parts: list[str]) -> bool:
    """``word`` is each of ``parts`` cut to a prefix of two letters or more, written together
    ("генштаб" of "генеральный штаб", "минобороны" of "министерство обороны")."""
    if not parts:
        return not word
    head, rest = parts[0], parts[1:]
    for n in range(min(len(head), len(word)), 1, -1):
        if word[:n] == head[:n] and _compound_of(word[n:], rest):
            return True
    return False


@lru_cache(maxsize=8192)
def _kind_lemma(language: str, word: str) -> str:
    """A body's kind by a word of its name: "Минобороны", "Мінекономіки" are ministries."""
    m = lemma(language, word.lower())
    if m not in _KIND_WORDS and (re.match(r"(?:Мин|Мін)[а-яіїєґё]", word) or re.fullmatch(r"М[А-ЯІЇЄ]{2,3}", word)):
        return "министерство"   # "Минобороны", "Мінекономіки", "МВД", "МЗС": a ministry's short names
    return _KIND_ALIASES.get(m, m)


def _agency_name(name: str | None) -> bool:
    """A news agency's name: a wire ("Рейтер", "ТАСС", "Укрінформ") or one that says it is an agency."""
    if not name:
        return False
    return is_wire(name) or re.search(r"агентств|агенці|agency", name, re.IGNORECASE) is not None
