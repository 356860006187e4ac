"""Passes over the NER's mentions of one body (``Mentions.__init__`` runs them in order): names the NER
missed or cut (a state cut off a person's span, a genitive name, a quoted body, coordinated places,
unnamed bodies and roles, channel names, nested abbreviations) and types read from the text around a
mention (a body's owner, a woman by her verb)."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from .entities import (
    LEGAL_FORMS,
    EntitySpan,
    adjective_city,
    administration,
    after_place_preposition,
    body_compound,
    canonical,
    state_name,
    demonym,
    initialed_names,
    abbreviation_type,
    pattern_spans,
    person_nominative,
    place_word,
    surname_in_case,
    state_word,
    water_or_region_word,
)
from .entity_types import _TITLE_STEM, _adjective, _common_person_noun
from .spans import _REGION_NOUNS
from .lexicon import (
    BODY_KINDS,
    BODY_NAMES,
    RESIDENT_NOUNS,
    WEAPON_SYSTEM,
)
from .models import lemma, morph, parses
from .nominative import first_name_sexes, past_verb_sex
from .reader import CyrillicChunk, _Tok


#: Characters of one block ``with_patterns`` files spans under, to meet a pattern only near it.
_BLOCK = 64
_ROLE_WORDS = frozenset("""представитель представительница пресс-секретарь спикер официальный
    пресс-служба пресслужба прес-служба пресс-центр прес-центр пресцентр
    речник речниця представник представниця спікер пресс-секретар прессекретар
    президент глава голова""".split())


#: Roles that name the one person at the head of a place or body ("глава ДНР", "мэр Москвы").
_HEAD_ROLES = frozenset("""президент глава голова губернатор мэр мер премьер премьер-министр прем'єр
    прем'єр-міністр министр міністр очільник очільниця командующий командувач начальник директор
    председатель керівник руководитель""".split())


#: Common nouns for a body that speaks besides BODY_WORDS and the heads of bodies' names.
#: Bodies named by what they are and the place they serve ("Правительство Курской области",
#: "Прокуратура Херсонської області", "Адміністрація Енергодара"), by lemma.
_PLACE_BODIES = frozenset("""правительство администрация прокуратура полиция мэрия дума суд управление
    уряд адміністрація поліція мерія рада""".split())


def bare_place_body(name: str) -> bool:
    """A body named by nothing but the common noun of a place's body ("Суд", "Поліція", "Рада",
    "Управление"): every town has one, so the name says which only on its own page."""
    words = name.split()
    if len(words) != 1 or not re.search(r"[А-ЯІЇЄҐЁа-яіїєґё]", words[0]):
        return False
    return any(lemma(lang, words[0].lower()) in _PLACE_BODIES for lang in ("ru", "uk"))


_CHANNEL_NAME = re.compile(r"(?i:telegram|телеграм|youtube|ютуб)[-‑ ]?(?i:канал)\w*\s+(?:(?:[«\"“])([^»\"”\n]{1,40})[»\"”]"
                           r"|([A-ZА-ЯІЇЄҐЁ][\w.-]*(?:\s[A-Z][\w.-]*){0,2}))")


#: Nouns of kin or closeness whose genitive a name follows ("Вдова Евгения Сомова", "Дочь Валерия
#: Тихонова", "Дружина Валерія …"): the woman speaking is not the one named.
_KIN = frozenset("""вдова жена супруга дочь дочка мать мама сестра внучка бабушка тётя тетя тётка невестка невеста
    племянница подруга соседка дружина донька мати онука бабуся тітка невістка наречена сусідка""".split())


#: A kind of body before a quoted name: 'движения "Мы вместе с Россией"', "партії «Слуга народу»".
_KIND_QUOTED = re.compile(r"(?<![\w-])([а-яіїєґё][\w'’-]+|[А-ЯІЇЄҐЁ][А-ЯІЇЄҐЁа-я]{1,3})\s+([«\"“„])"
                          r"([A-ZА-ЯІЇЄҐЁ][^»\"”“\n]{1,58}?)[»\"”“]")


#: Words before a quoted name that make it a body's or an outlet's though they name no kind of
#: body: an outlet's verbs of reporting ('пише "Вечірній Озерськ"', "сообщает «Северный
#: вестник»"), the source of a figure ("за даними «…»", "по данным «…»", "в интервью «…»") and the
#: people of a body ("директор «Укргазбуду»", "редакция «Северного вестника»"). Lemmas.
_OUTLET_VERBS = frozenset("повідомляти писати передавати інформувати сообщать писать передавать информировать".split())


_QUOTED_CUES = frozenset("""дані данные інтерв'ю інтерв’ю интервью редакція редакция директор гендиректор керівник
    руководитель засновник основатель власник владелец співвласник совладелец журналіст журналист кореспондент
    корреспондент редактор головред главред співробітник сотрудник акціонер акционер""".split())


#: Any word before a quoted name, a capitalised one opening a sentence ("Редакция «…»") too.
_WORD_QUOTED = re.compile(r"(?<![\w-])([А-ЯІЇЄҐЁа-яіїєґё][\w'’-]+)\s+([«\"“„])([A-ZА-ЯІЇЄҐЁ][^»\"”“\n]{1,58}?)[»\"”“]")


#: What may stand between a clause's start and an outlet's verb whose subject is the quoted name
#: after it: nothing ("…, — пише «…»."), "як/как" ("Як пише «…»") or "про це / об этом" ("Про
#: це пише «…»"); a noun there is the verb's subject ("Газета пише «Харків готовий до зими»").
_BEFORE_OUTLET_VERB = re.compile(r"(?i)(?:^|[.!?…,;:—–(\n])\s*(?:(?:як|как|так)\s+(?:і|и|й)?\s*|(?:про|об?)\s+(?:це|цьому|этом|том|то)\s+"
                                 r"(?:також|также|теж|тоже|вже|уже)?\s*|(?:також|также|раніше|ранее)\s+)?$")


#: What follows an outlet that is the verb's subject: the clause's end ("пише «…», що …", "пишет «…».").
_AFTER_OUTLET = re.compile(r"\s*(?:[,.;:!?…)—–]|$)")


#: A Cyrillic letter: a quoted name's first word written in Cyrillic is read for its case.
_CYRILLIC_WORD = re.compile(r"[А-ЯІЇЄҐЁа-яіїєґё]")


#: Source nouns whose quoted object is the source ("за даними «…»", "в интервью «…»").
_SOURCE_NOUNS = frozenset("дані данные інтерв'ю інтерв’ю интервью".split())


#: "з посиланням на «…»", "со ссылкой на «…»": the source after its preposition.
_CITING = re.compile(r"(?:посиланням|посиланнями|ссылкой|ссылками)\s+на\s+$", re.IGNORECASE)


#: A region's genitive ("Київщини", "Курской области", "Бучанського району").
_REGION_GENITIVE = re.compile(r"щин[иы]\b|\b(?:област[иі]|району|района|краю)\b")


#: A word joined to a place before it: "… та Липців", "…, Горловки".
_COORDINATED = re.compile(r"(?:\s*,\s*|\s+(?:та|і|й|и|или|або|чи)\s+)([А-ЯІЇЄҐЁ][а-яіїєґё'’]+(?:-[А-ЯІЇЄҐЁ][а-яіїєґё'’]+)?)(?![\w'’-])")


class _Intervals:
    """Whether a range overlaps any of a fixed list of ranges, by bisecting their sorted starts
    (not by scanning them all for every token of a long page)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [a for a, _ in self.ranges]
        self.reach = list(accumulate((b for _, b in self.ranges), max))   # furthest end of ranges[:k + 1]

    def __call__(self, start: int, end: int) -> bool:
        j = bisect_left(self.starts, end) - 1   # ranges starting before end, back while one may reach past start
        while j >= 0 and self.reach[j] > start:
            if self.ranges[j][1] > start:
                return True
            j -= 1
        return False


#: What may not stand between a sentence's opening title and the name after it: punctuation, a
#: quote mark, a digit or a line break (the title and the name are one phrase).
_TITLE_STRETCH_BREAK = re.compile(r"[,.;:!?…—–«»\"“”„()\[\]\d\n|/]")
#: Characters a title stretch may span before its name (eight words of a long body's title): the
#: stretch is looked for only that near the name, not from a long sentence's start for every person.
_TITLE_REACH = 160
#: Conjunctions: one after a capitalised name in the stretch joins two persons' phrases ("Губернатор
#: Ирина Белова и мэр Олег Смирнов"); one inside a body's name is the title's ("міністра розвитку
#: громад та територій").
_STRETCH_CONJ = frozenset("и та і й а или або чи но але".split())
#: Kin, closeness, residence and witnesses: a person's relation to someone or to a place, never
#: their title ("Сын …", "Мать …", "Сусідка …", "Жительница …", "Уроженец …"), with ``_KIN``'s women
#: and ``lexicon.RESIDENT_NOUNS``.
_NOT_TITLES = _KIN | RESIDENT_NOUNS | frozenset("""сын отец папа брат муж дед дедушка внук дядя племянник
    сосед друг жених син батько тато чоловік дід дідусь онук дядько племінник сусід наречений
    очевидец очевидица очевидець очевидиця""".split())


#: Head nouns of a body's branch in a region (lemmas): its name goes on to the region's
#: ("Управління СБУ в Одеській області", "Отдел МВД по Курскому району").
_BRANCH_HEADS = frozenset("""управління управление відділ отдел відділення отделение департамент""".split())
#: Abbreviations of a main or territorial directorate ("ГУ ДСНС у …", "ГУ МВД по …").
_BRANCH_ABBREVIATIONS = frozenset("ГУ ТУ".split())
#: What stands between a branch's name and its region: one preposition of place ("на" left out:
#: as often a direction, "… розвідки на Росію").
_BRANCH_GAP = re.compile(r" (?:в|у|по) ")
#: The head word a region's name ends in (lemmas): the region nouns of ``spans`` but a town's
#: community ("громада"), as a city is no branch's area ("… охорони в Женеві" is a national body acting there).
_REGION_HEADS = _REGION_NOUNS - {"громада"}
#: Bodies of no one state: an abbreviation of one before a state's is two phrases ("Без згоди
#: МАГАТЕ РФ не може …": the state is the clause's subject), never the body's owner.
_INTERNATIONAL_BODIES = frozenset("""ООН НАТО ЄС ЕС МАГАТЕ МАГАТЭ ОБСЄ ОБСЕ ВООЗ ВОЗ ЮНЕСКО ЮНІСЕФ ЮНИСЕФ
    МКЧХ МККК СНД СНГ ОДКБ ШОС БРІКС БРИКС МВФ ЄСПЛ ЕСПЧ МКС МУС ЄБРР ЕБРР ОЧІС ОЧИС ВТО СОТ""".split())


class MentionPasses(CyrillicChunk):
    """The passes that mend and complete the NER's mentions."""

    #: Whether the text read is a headline (which ends without punctuation, cut or not).
    headline: bool = False

    def titled_mentions(self, spans: list[EntitySpan]) -> list[tuple[EntitySpan, str, int, int]]:
        """A person whose sentence opens with their title ("Губернатор Олег Ведерников сообщил",
        "Міський голова Андрій Волинець …", "Официальный представитель МИД Алла Громова"): the
        mention the GUIDE's gold writes there runs from the title to the name (the title's capital
        makes it a name-like span; the same phrase inside a sentence is lower case, a description).
        The stretch before the name is a title when its first word, or its second after an
        adjective, is a person's role (a head of a body, a spokesman, a title's stem, or a common
        noun for a person), at most eight words with no punctuation, digit, quote mark or verb.
        Returns (span, text, start, end) for each; the bare name stays a mention too."""
        out = []
        person_starts = sorted(s.start for s in spans if s.type == "PERSON")
        for s in spans:
            if s.type != "PERSON":
                continue
            i = bisect_left(self.sent_starts, s.start + 1) - 1
            if i < 0 or s.start - self.sents[i][0] > _TITLE_REACH:
                continue   # (a bounded window: no quadratic work over one endless sentence)
            m = re.compile(r"[\s«\"“„'—–-]*").match(self.body, self.sents[i][0], s.start)
            a = m.end() if m else self.sents[i][0]
            stretch = self.body[a:s.start]
            words = stretch.split()
            if not words or not stretch[-1:].isspace() or len(words) > 8 or _TITLE_STRETCH_BREAK.search(stretch):
                continue
            if not words[0][:1].isupper() or words[0].isupper():
                continue
            if any(w.lower() in _STRETCH_CONJ and any(v[:1].isupper() and not v.isupper() for v in words[1:j])
                   for j, w in enumerate(words)):
                continue   # a name, then a conjunction: two persons' phrases ("… Белова и мэр Олег …")
            k = bisect_left(person_starts, a)
            if k < len(person_starts) and person_starts[k] < s.start:
                continue   # another person's name inside the stretch
            title = words[1] if len(words) > 1 and _adjective(self.language, words[0]) else words[0]
            if not self.role_word(title) or lemma(self.language, title.lower()) in _NOT_TITLES \
                    or title.lower() in _NOT_TITLES or parses(self.language, title.lower())[0].tag.number == "plur":
                continue   # kin, a witness or a group ("Журналисты …"): no one's title
            if " ".join(person_nominative(self.language, s.text.split())) != s.text:
                continue   # "Адвокат Инны Гордеевой": the title of someone the genitive name owns
            if any(parses(self.language, w.lower())[0].tag.POS in ("VERB", "INFN", "GRND", "PRTS") for w in words):
                continue
            out.append((s, self.body[a:s.end], a, s.end))
        return out

    def kind_before(self, start: int) -> bool:
        """Whether the word before ``start`` names a kind of body or a legal form ("Компания Нива
        Покровки", "ТОВ Зелений Гай"): the name after it is the body's, not a settlement's."""
        m = re.search(r"([\w'’-]+)[\s«\"“„]*$", self.body[max(0, start - 40):start])
        if m is None:
            return False
        w = m.group(1)
        return w in LEGAL_FORMS or lemma(self.language, w.lower()) in BODY_KINDS

    def role_word(self, word: str) -> bool:
        """A person's role or title ("Губернатор", "голова", "Речниця", "Адвокат", "представитель")."""
        w = word.lower()
        lem = lemma(self.language, w)
        return (w in _HEAD_ROLES or lem in _HEAD_ROLES or w in _ROLE_WORDS or lem in _ROLE_WORDS
                or bool(_TITLE_STEM.match(w)) or _common_person_noun(self.language, word))

    def freed_state(self, start: int, end: int, sent_starts: set[int]) -> list[EntitySpan]:
        """The state a person's span was trimmed of, a name of its own: the capitalised words that
        end the part cut off ("Міністр оборони Великої Британії" before "Ян Коваль", "Президента
        Кесмарии" before the name) when they name a state in CLDR in the nominative."""
        m = re.search(r"(?:[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]+\s+){0,2}[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]+(?=\s*$)", self.body[start:end])
        if m is None:
            return []
        words = list(re.finditer(r"\S+", m.group()))
        for k in range(len(words)):   # the longest run of the last words that names a state
            text = m.group()[words[k].start():]
            a = start + m.start() + words[k].start()
            if a in sent_starts:
                continue   # a capital opening a sentence ("Міністр …") says nothing
            if state_name(self.language, text):
                return [EntitySpan(a, a + len(text), "GPE", text, canonical(self.language, "GPE", text))]
        return []

    def first_words(self) -> set[int]:
        """Where each sentence's or quotation's first word starts, past any opening quote mark or dash
        ("«Мост …"): a capital there marks no name."""
        out = set()
        for a, b in self.sents:
            m = re.compile(r"[\s«\"“„'—–-]*").match(self.body, a, b)
            out.add(m.end() if m else a)
            out.add(a)
        # a quotation after a colon or a dash opens with a capital too ("заявил: «Мост …»"); a name
        # in quote marks inside a phrase does not ("заявляють в «Укргідроенерго»")
        out.update(m.end() for m in re.finditer(r"[:—–]\s*[«“„\"]\s*", self.body))
        return out

    def join_genitive_names(self, spans: list[EntitySpan]) -> list[EntitySpan]:
        """A body's name the NER cut in two, one span again: an ORG and the name in the genitive
        right after it ("Министерство обороны" + "России", "Генштабі" + "ЗСУ"). A body named by
        common words owns the one capitalised genitive word after it even when the NER took that word
        for a person or found no name in at all ("Пограничная служба" + "Ликии", "Міністерство
        оборони" + "Нарвенії": a state the model does not know); a person is named by two words, and
        no such body belongs to one; nor to a word that reads as a person in the nominative
        ("Представитель Министерства обороны Петров заявил")."""
        out: list[EntitySpan] = []
        starts = {s.start for s in spans}
        for s in sorted(spans, key=lambda x: x.start):
            if s.type == "ORG" and self.named_by_common_words(s.text):
                m = _LONE_CAPITALISED.match(self.body, s.end)
                if m and s.end + 1 not in starts and self.owner_genitive(m.group(1)):
                    end = m.end(1)
                    s = EntitySpan(s.start, end, "ORG", self.body[s.start:end], canonical(self.language, "ORG", self.body[s.start:end]))
            prev = out[-1] if out else None
            owner = s.type in ("ORG", "GPE") or s.type == "PERSON" and " " not in s.text \
                and prev is not None and self.named_by_common_words(prev.text) and self.owner_genitive(s.text)
            if prev is not None and prev.type == "ORG" and owner \
                    and self.body[prev.end:s.start] == " " and self.genitive_name(s.text.split()[0]):
                text = self.body[prev.start:s.end]
                out[-1] = EntitySpan(prev.start, s.end, "ORG", text, canonical(self.language, "ORG", text))
                continue
            out.append(s)
        return out

    def branch_and_owner_names(self, spans: list[EntitySpan]) -> list[EntitySpan]:
        """A body's name that runs on past the span found for it, one mention (the place or
        state stays a mention of its own too): a regional branch's name to its region
        ("Управління СБУ в Одеській області", "ГУ МВД по Ростовской области": a branch's head
        noun opens it, the place follows after "в / у / на / по"), a body with its state's
        abbreviation after it ("Міноборони РФ", "Госдепе США"), and a body named by common words
        with the abbreviation of the body it belongs to after it ("Сили спеціальних операцій ЗСУ",
        "Пограничная служба ФСБ": the genitive of its owner, as in "Повітряні сили ЗСУ")."""
        out = sorted(spans, key=lambda x: x.start)
        for k, s in enumerate(out):
            if s.type != "ORG":
                continue
            for t in out[k + 1:k + 4]:
                gap = self.body[s.end:t.start]
                owner = gap == " " and t.text.isupper() and " " not in t.text and s.text not in _INTERNATIONAL_BODIES \
                    and (t.type == "GPE" or t.type == "ORG" and self.named_by_common_words(s.text))
                branch = t.type in ("GPE", "LOC") and _BRANCH_GAP.fullmatch(gap) is not None \
                    and self.region_name(t.text) and self.branch_head(s.text)
                if owner or branch:
                    text = self.body[s.start:t.end]
                    out[k] = s = EntitySpan(s.start, t.end, "ORG", text, canonical(self.language, "ORG", text))
                    break
        return out

    def named_by_common_words(self, name: str) -> bool:
        """Whether a body's name is a phrase of common words ("Сили спеціальних операцій",
        "Пограничная служба"): two words or more, every word after the first in lower case. Such a
        name says what the body is, not whose: an owner's abbreviation after it belongs to it. A
        body of one word or of capitalised words ("Кремля", "Верховна Рада") names itself."""
        words = name.split()
        return len(words) >= 2 and all(w[:1].islower() for w in words[1:])

    def without_cut_last_word(self, spans: list[EntitySpan]) -> list[EntitySpan]:
        """The spans but a name of one word that is the start of a word the page was cut in (a
        page kept to a length ends mid-word: "… у Каховс"): the body's last word, no punctuation
        after it, a word no dictionary knows, and the start of a longer word on the page that is
        no form of it ("Каховс" of "Каховську"; "Шмелёв" of "Шмелёва" is a name, kept)."""
        if self.headline:
            return spans   # a headline ends without punctuation: no sign of a cut page
        tail = self.body.rstrip()
        m = re.search(r"[^\W\d_]+$", tail)
        if m is None:
            return spans
        word = m.group().lower()
        if not any(s.start == m.start() and s.end == m.end() for s in spans) \
                or morph(self.language).word_is_known(word):
            return spans
        longer = (w for w in re.findall(r"[^\W\d_]+", self.body[:m.start()].lower()[-20000:])
                  if len(w) > len(word) and w.startswith(word))
        if not any(lemma(self.language, w) != word for w in longer):
            return spans
        if any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and (
                p.tag.animacy == "anim" and p.tag.number != "plur" or {"Geox", "Name", "Surn", "Patr"} & p.tag.grammemes)
               for p in parses(self.language, m.group())[:4]):
            return spans   # read as a person's or a place's name in full ("староста Вербівець" by "Вербівецька")
        return [s for s in spans if not (s.start == m.start() and s.end == m.end())]

    def region_name(self, name: str) -> bool:
        """Whether a place's name is a region's, a branch's area ("Одеській області", "Курскому
        району", "Харківщині"), not a city's."""
        last = name.split()[-1].lower()
        return lemma(self.language, last) in _REGION_HEADS or " " not in name and lemma(
            self.language, last).endswith(("щина", "ччина"))

    def branch_head(self, name: str) -> bool:
        """Whether a body's name opens with a branch's head noun ("Управління …", "Головне
        управління …", "ГУ …", "Отдел …"), after at most one adjective."""
        words = name.split()
        if len(words) < 2:
            return False
        head = words[1] if _adjective(self.language, words[0]) and len(words) > 2 else words[0]
        return head in _BRANCH_ABBREVIATIONS or lemma(self.language, head.lower()) in _BRANCH_HEADS

    def quoted_bodies(self, spans: list[EntitySpan]) -> list[EntitySpan]:
        """A body's quoted name after the kind of body it is or its legal form, one mention whatever
        the NER made of its words ('движения "Мы вместе с Россией"', "партії «Слуга народу»",
        "ТОВ «Ромашка»")."""
        kinds = list(_KIND_QUOTED.finditer(self.body))
        seen = {x.start(3) for x in kinds}
        for m in kinds + [x for x in _WORD_QUOTED.finditer(self.body) if x.start(3) not in seen and x.group(1)[:1].isupper()]:
            # an abbreviation right before the quoted name is its kind written short, as a legal
            # form is ("ПВК «Вагнер»", "ЧВК «…»", "НЕК «Укренерго»"): no mention of its own. Not when
            # the abbreviation is a state ("РФ «Калибрами»") or closes a longer name as its owner
            # ("Сили оборони ЗСУ «Південь»"), or the quote is no body's name: more
            # than three words, or opening on a plural, an oblique case, a pronoun, particle, adverb
            # or verb (weapons "ЗСУ «Леопарди»", speech "МЧС «Всё под контролем»")
            kind_abbreviation = m.group(1).isupper() and len(m.group(3).split()) <= 3 \
                and not any(s.type == "GPE" and s.start == m.start(1) or s.start < m.start(1) and s.end == m.end(1)
                            for s in spans) \
                and self.name_shaped_head(m.group(3).split()[0])
            kind = m.group(1) in LEGAL_FORMS or kind_abbreviation or lemma(self.language, m.group(1)) in BODY_KINDS
            if not kind and not self.quoted_source(m):
                continue   # (a capitalised kind is a company's legal form: "ТОВ «…»", "ПрАТ «…»")
            if kind_abbreviation:
                spans = [s for s in spans if not (s.start == m.start(1) and s.end == m.end(1))]
            a, b = m.start(3), m.end(3)
            same = [s for s in spans if s.start == a and s.end == b]
            if same:
                for s in same:   # already a mention: after its kind the name stands in the nominative
                    if s.type == "ORG" and kind:   # ("компании «Россети Кубань»" is no plural "Россеть")
                        s.name = m.group(3)
                    elif s.type != "ORG" and not kind:
                        s.type = "ORG"   # "пише «Озерськ Сьогодні»": an outlet, not the town
                continue
            # the NER's pieces of it, or a span from the kind word into the name ("ООО «Мостстрой»")
            inside = [s for s in spans if m.start() <= s.start and s.end <= m.end() and s.end > a]
            # a span from the adjectives of the kind into the name, stopping at the closing mark
            # ("Благодійний фонд «Світло надії"): the kind and its adjectives are no part of the name
            inside += [s for s in spans if s.start < m.start() and a < s.end <= m.end() and s.type == "ORG"
                       and all(parses(self.language, w.lower())[0].tag.POS in ("ADJF", "PRTF")
                               for w in self.body[s.start:m.start()].split())]
            if any(s.start < b and a < s.end for s in spans if s not in inside):
                continue   # a name that runs across the quote marks from outside: left as it is
            spans = [s for s in spans if s not in inside]
            name = m.group(3) if kind else canonical(self.language, "ORG", m.group(3))
            spans.append(EntitySpan(a, b, "ORG", m.group(3), name))
        return sorted(spans, key=lambda x: x.start)

    def name_shaped_head(self, word: str) -> bool:
        """Whether a quote's first word can open a body's name: read first as a singular noun or
        adjective, with a nominative reading ("Юг" reads first as the accusative, "Калибрами" has none)."""
        ps = parses(self.language, word)[:3]
        return bool(ps) and ps[0].tag.number != "plur" and ps[0].tag.POS not in ("PRCL", "NPRO", "ADVB", "VERB") \
            and any(p.tag.case in ("nomn", None) for p in ps)

    def quoted_source(self, m: re.Match) -> bool:
        """Whether the quoted name of a ``_KIND_QUOTED`` or ``_WORD_QUOTED`` match follows an
        outlet's verb of reporting, a source's noun or a body's person (``_QUOTED_CUES``) rather
        than a kind of body; the name at most four words and no weapon ("атакували «Шахедами»" has no such cue)."""
        name = m.group(3)
        if len(name.split()) > 4 or WEAPON_SYSTEM.fullmatch(name):
            return False
        if m.group(1).lower() in ("на",):
            return _CITING.search(self.body, max(0, m.start(1) - 14), m.end(1) + 1) is not None and self.body_like(name)
        ps = parses(self.language, m.group(1).lower())[:2]
        if any(p.tag.POS == "VERB" and p.normal_form in _OUTLET_VERBS for p in ps):
            return self.subject_of_verb(m)
        if any(p.normal_form in _SOURCE_NOUNS for p in ps) or m.group(1).lower() in _SOURCE_NOUNS:
            return self.body_like(name)
        return any(p.normal_form in _QUOTED_CUES for p in ps) or m.group(1).lower() in _QUOTED_CUES

    def subject_of_verb(self, m: re.Match) -> bool:
        """Whether the quoted name after an outlet's verb of reporting is the verb's subject (the
        outlet: "Як пише «Вечірній Озерськ», …", "…, — сообщает «Северный вестник»."), not its object
        (a slogan, a title, the words written: "Газета пише «Харків готовий до зими»", "пише «Тиху
        гавань» уже третій рік"): nothing but "як / про це" between the clause's start and the verb,
        the clause's end right after the name, and the name's first word in the nominative."""
        if _BEFORE_OUTLET_VERB.search(self.body, max(0, m.start(1) - 40), m.start(1)) is None:
            return False
        if _AFTER_OUTLET.match(self.body, m.end()) is None:
            return False
        first = m.group(3).split()[0]
        if not _CYRILLIC_WORD.match(first):
            return True
        return any("nomn" in p.tag.grammemes for p in parses(self.language, first.lower())[:3])

    def body_like(self, name: str) -> bool:
        """Whether a quoted source's name reads as a body's, not an operation's or a campaign's
        ("за даними «Операції Світанок»"): one word, or a first word that is no common noun
        outside the kinds of body ("Северного вестника", "Житомир Інфо", "Укргазбуду")."""
        words = name.split()
        if len(words) == 1 or not _CYRILLIC_WORD.match(words[0]):
            return True
        p = parses(self.language, words[0].lower())[0]
        # the tag's grammeme set, not ``g in p.tag``: that raises ValueError for a grammeme unknown
        # to the dictionary loaded last (pymorphy3 keeps one list; the Ukrainian one has no "Geox")
        return not (p.tag.POS == "NOUN" and p.is_known and p.normal_form not in BODY_KINDS
                    and not p.tag.grammemes & {"Name", "Surn", "Geox", "Orgn", "Abbr"})

    def coordinated_places(self, spans: list[EntitySpan]) -> list[EntitySpan]:
        """A word joined to a place by "та / і / и / или / або" or a comma is a place too where it
        reads as one after a preposition ("біля Вовчанська та Липців", "околиці Білозерки та
        Станіслава", which the NER took for a man's name)."""
        spans = sorted(spans, key=lambda x: x.start)
        starts = [s.start for s in spans]
        reach = list(accumulate((s.end for s in spans), max))   # the furthest end of spans[:k + 1]
        added: list[EntitySpan] = []
        for s in list(spans):
            if s.type != "GPE":
                continue
            m = _COORDINATED.match(self.body, s.end)
            if m is None:
                continue
            a, b = m.start(1), m.end(1)
            at = []
            j = bisect_left(starts, b) - 1   # spans starting before b, back while one may reach past a
            while j >= 0 and reach[j] > a:
                if spans[j].end > a:
                    at.append(j)
                j -= 1
            if added and added[-1].start < b and a < added[-1].end:
                continue   # the word was joined already ("Киева, Львова и Харькова")
            if at and not (len(at) == 1 and spans[at[0]].type == "PERSON" and (spans[at[0]].start, spans[at[0]].end) == (a, b)):
                continue   # already a name of its own (a body, a full person's name)
            word = m.group(1)
            if not place_word(self.language, word, after_preposition=True):
                continue
            new = EntitySpan(a, b, "GPE", word, canonical(self.language, "GPE", word))
            if at:
                spans[at[0]] = new
            else:
                added.append(new)
        return sorted(spans + added, key=lambda x: x.start)

    def bodies_of_places(self, spans: list[EntitySpan]) -> list[EntitySpan]:
        """A body and the place it serves in the genitive, one name: an abbreviation the NER
        passed over ("ДСНС" + "Київщини") or a capitalised body noun ("Правительство" +
        "Белгородской области", "Прокуратура" + "Курской области")."""
        out: list[EntitySpan] = []
        for s in sorted(spans, key=lambda x: x.start):
            prev = out[-1] if out else None
            first = s.text.split()[0]
            if s.type != "GPE" or not self.genitive_name(first) or first.isupper():
                out.append(s)
                continue
            start = None
            if prev is not None and prev.type == "ORG" and prev.text.isupper() and self.body[prev.end:s.start] == " " \
                    and (state_word(self.language, first) or administration(prev.text)
                         or _REGION_GENITIVE.search(s.text) is not None):
                # "МЗС Росії", "ДСНС Київщини", "ОВА Херсона": a state's body, a body serving a
                # region, an administration of its place; not any body before any city
                start = prev.start
            else:
                m = re.search(r"(?<![\w'’-])([А-ЯІЇЄҐЁ][а-яіїєґё'’-]+) $", self.body[max(0, s.start - 40):s.start])
                if m and not (prev is not None and prev.end > s.start - len(m.group())) \
                        and lemma(self.language, m.group(1)) in _PLACE_BODIES:
                    start = s.start - len(m.group())
            if start is None:
                out.append(s)
                continue
            if prev is not None and prev.start == start:
                out.pop()
            text = self.body[start:s.end]
            out.append(EntitySpan(start, s.end, "ORG", text, canonical(self.language, "ORG", text)))
        return out

    def unnamed_mentions(self, spans: list[EntitySpan]) -> list[EntitySpan]:
        """Mentions the NER left out: a person's surname alone in any case where the text names
        the person in full elsewhere ("Кириленка", "Песков"), and an abbreviation the dictionary
        tags as a place or a body ("РФ", "МЧС")."""
        covered = [(s.start, s.end) for s in spans]
        surnames: dict[str, str] = {}
        for s in spans:
            words = s.name.split()
            if s.type == "PERSON" and len(words) >= 2:
                surnames.setdefault(words[-1].lower(), words[-1])
        out = []
        for m in initialed_names(self.body, self.language):
            if not any(a < m.end() and m.start() < b for a, b in covered):
                # "Позиції утримуємо, сказав командир роти С. П. Мельник": initials and a surname
                out.append(EntitySpan(m.start(), m.end(), "PERSON", m.group(), m.group()))
                covered.append((m.start(), m.end()))
        sent_starts = self.first_words()
        overlaps = _Intervals(covered)
        skip = -1
        for i, t in enumerate(self.toks):
            if i <= skip or overlaps(t.start, t.end):
                continue
            nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
            if nxt is not None and t.text.isalpha() and t.text[:1].isupper() and not t.text.isupper() \
                    and nxt.text.isalpha() and nxt.text[:1].isupper() and not nxt.text.isupper() \
                    and self.body[t.end:nxt.start] == " " and not overlaps(nxt.start, nxt.end) \
                    and any("Name" in p.tag.grammemes for p in parses(self.language, t.text)[:2]):
                # "Олександр Камишин" the NER passed over: a first name and the capitalised word after it
                text = self.body[t.start:nxt.end]
                out.append(EntitySpan(t.start, nxt.end, "PERSON", text, canonical(self.language, "PERSON", text)))
                skip = i + 1
                continue
            head, _, rest = t.text.partition("-")
            if rest and rest[:1].isupper() and abbreviation_type(self.language, head) == "ORG":
                # "РБК-Україна": an outlet's abbreviation joined to a name
                out.append(EntitySpan(t.start, t.end, "ORG", t.text, t.text))
                continue
            if not t.text[:1].isupper() or not re.sub(r"['’ʼ-]", "", t.text).isalpha():
                continue   # (an apostrophe or a hyphen is part of a word: "Кам'янському", "Гордієнко-Ткач")
            if t.text.isupper() and len(t.text) >= 4 and place_word(self.language, t.text.title(), sentence_start=True):
                # a dateline's city in capitals ("ЛЬВІВ, 12 листопада", "МОСКВА, 4 декабря")
                out.append(EntitySpan(t.start, t.end, "GPE", t.text, canonical(self.language, "GPE", t.text.title())))
                continue
            if surnames:
                nominative = person_nominative(self.language, [t.text])[0]
                if nominative.lower() in surnames or t.text.lower() in surnames:
                    out.append(EntitySpan(t.start, t.end, "PERSON", t.text, surnames.get(nominative.lower())
                                          or surnames[t.text.lower()]))
                    continue
            abbr = abbreviation_type(self.language, t.text)
            if body_compound(self.language, t.text, sentence_start=t.start in sent_starts):
                # "Нацполіція відкрила провадження": a body by its make, even opening a sentence
                out.append(EntitySpan(t.start, t.end, "ORG", t.text, canonical(self.language, "ORG", t.text)))
            elif water_or_region_word(self.language, t.text, self.body, t.start):
                # "на Дніпрі", "на Донбас": a river or a region, not the city of the same name
                out.append(EntitySpan(t.start, t.end, "LOC", t.text, canonical(self.language, "LOC", t.text)))
            elif demonym(self.language, t.text):
                out.append(EntitySpan(t.start, t.end, "NORP", t.text, t.text))
            elif abbr:
                out.append(EntitySpan(t.start, t.end, abbr, t.text, t.text))
            elif place_word(self.language, t.text, sentence_start=t.start in sent_starts,
                            after_preposition=after_place_preposition(self.body, t.start)) \
                    and not (t.start in sent_starts and nxt is not None and nxt.text.isalpha()
                             and parses(self.language, nxt.text.lower())[0].tag.POS == "VERB"
                             and not state_word(self.language, t.text)):
                # (a city opening a sentence as the subject of a verb, "Киев пытается …", stands
                # for its government, which the GUIDE types as a body: not read as a place here)
                out.append(EntitySpan(t.start, t.end, "GPE", t.text, canonical(self.language, "GPE", t.text)))
            elif not t.text.isupper() and t.start not in sent_starts and adjective_city(self.language, t.text) \
                    and not (nxt is not None and nxt.text[:1].islower()
                             and any(p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses(self.language, nxt.text)[:2])):
                # "у Кам'янському": a city named by an adjective, with no noun after it to qualify
                out.append(EntitySpan(t.start, t.end, "GPE", t.text, t.text))
            elif t.start in sent_starts and self.body_noun_alone(t.text, nxt):
                # "Поліція та рятувальники працюють …", "Суд відхилив …": a body named by its common
                # noun, which the GUIDE's gold marks; opening a sentence, its capital makes it a name
                out.append(EntitySpan(t.start, t.end, "ORG", t.text, canonical(self.language, "ORG", t.text)))
            elif not t.text.isupper() and lemma(self.language, t.text) in BODY_NAMES:
                # "речник Генштабу", "у Кремлі": a body named by a common noun or its seat
                out.append(EntitySpan(t.start, t.end, "ORG", t.text, canonical(self.language, "ORG", t.text)))
            elif t.start not in sent_starts and not t.text.isupper() and any("Orgn" in p.tag.grammemes for p in parses(self.language, t.text)[:2]):
                out.append(EntitySpan(t.start, t.end, "ORG", t.text, canonical(self.language, "ORG", t.text)))
            elif i >= 2 and "Surn" in parses(self.language, t.text)[0].tag.grammemes and any(
                    lemma(self.language, p.text) in _HEAD_ROLES | _ROLE_WORDS for p in self.toks[max(0, i - 3):i]):
                # "голова ОВА Кириленко": a surname after a title, though the text never names him in full
                name = person_nominative(self.language, [t.text])[0]
                out.append(EntitySpan(t.start, t.end, "PERSON", t.text, name))
        return out

    def body_noun_alone(self, word: str, nxt: "_Tok | None") -> bool:
        """A common noun for a body that serves a place (``_PLACE_BODIES``: "Поліція", "Суд",
        "Прокуратура") in the nominative, followed by a verb, a conjunction, an adverb or
        punctuation: the whole name, no genitive after it ("Управление МЧС", "Рада міністрів")."""
        if word.isupper() or not any(p.normal_form in _PLACE_BODIES and p.tag.case == "nomn"
                                     for p in parses(self.language, word.lower())[:3]):
            return False
        if nxt is None or not nxt.text[:1].isalpha():
            return True
        return nxt.text[:1].islower() and parses(self.language, nxt.text)[0].tag.POS in ("VERB", "CONJ", "ADVB", "PRCL")

    def with_patterns(self, spans: list[EntitySpan]) -> list[EntitySpan]:
        """Names read from their shape (``pattern_spans``) in place of the NER's pieces of them."""
        found = pattern_spans(self.language, self.body, [(t.text, t.start, t.end) for t in self.toks])
        # the spans kept, by a running key (the order they came in), each filed under every block of
        # _BLOCK characters it covers: a pattern meets only the spans of its own blocks (one pass,
        # not the spans once for every pattern)
        kept: dict[int, EntitySpan] = {}
        blocks: dict[int, list[int]] = {}

        def keep(s: EntitySpan) -> None:
            key = len(kept) + len(dropped)
            kept[key] = s
            for b in range(s.start // _BLOCK, max(s.start, s.end - 1) // _BLOCK + 1):
                blocks.setdefault(b, []).append(key)

        dropped: set[int] = set()
        for s in spans:
            keep(s)
        for p in found:
            near = sorted({k for b in range(p.start // _BLOCK, max(p.start, p.end - 1) // _BLOCK + 1)
                           for k in blocks.get(b, ()) if k in kept})
            if p.type == "LOC" and any(kept[k].type == "PERSON" and kept[k].start == p.start
                                       and " " in kept[k].text for k in near):
                continue   # "озера Світлана Мороз": the NER's person, no water's name
            for k in near:
                s = kept[k]
                # a person's span holds no body's name ("Голова Одеської ОВА" is a title): the body's
                if s.start < p.end and p.start < s.end and not (
                        s.start <= p.start and p.end <= s.end and not (s.type == "PERSON" and p.type != "PERSON")):
                    del kept[k]
                    dropped.add(k)
            if not any(kept[k].start <= p.start and p.end <= kept[k].end for k in near if k in kept):
                keep(p)
        return sorted(kept.values(), key=lambda x: x.start)

    def channel_names(self, spans: list[EntitySpan]) -> list[EntitySpan]:
        """The name after "Telegram-канал" / "телеграм-канал" ("Telegram-канал Rybar", «Військовий
        літопис»), a body (the channel) the NER may not know."""
        out = []
        for m in _CHANNEL_NAME.finditer(self.body):
            g = 1 if m.group(1) else 2
            a, b = m.start(g), m.end(g)
            for s in spans:
                if (s.start, s.end) == (a, b) and s.type == "ORG" and g == 1:
                    s.name = m.group(g)   # «Вартовий півдня» after its channel: the name as written
            if not any(s.start < b and a < s.end for s in spans):
                out.append(EntitySpan(a, b, "ORG", m.group(g), m.group(g)))
        return out

    def nested_abbreviations(self, spans: list[EntitySpan]) -> list[EntitySpan]:
        """The abbreviation that ends a body's name names its own body or place too: "Повітряних
        сил ЗСУ" mentions "ЗСУ", "Генштабе ВСУ" "ВСУ", "президента РФ" "РФ"."""
        out = []
        for s in spans:
            m = re.search(r"(\w+)\s(\w{2,6})$", s.text)
            if s.type != "ORG" or not m or not m.group(2).isupper():
                continue
            if m.group(1)[:1].isupper() and any(p.tag.POS == "ADJF" for p in parses(self.language, m.group(1).lower())[:2]):
                continue   # "Херсонської ОВА": the abbreviation is the body itself, its place's adjective before
            type_ = abbreviation_type(self.language, m.group(2)) or "ORG"
            start = s.start + m.start(2)
            out.append(EntitySpan(start, s.end, type_, m.group(2), m.group(2)))
        return out

    def places_of_bodies(self, spans: list[EntitySpan]) -> None:
        """One word the NER took for a person that is a town in the genitive, owning the common noun
        before it ("у міській раді Ізмаїла", "в прокуратуре Ольгинска"): a place when the page
        types the same lemma a place elsewhere ("порт Ізмаїла", "в Ізмаїлі"), or when it has a
        -ськ/-цьк town's genitive after a noun of things (a woman's "-ська" surname follows a
        title, a person, not a thing). A name the page writes in full as a person stays one."""
        place_lemmas = {p.normal_form for s in spans if s.type == "GPE" and " " not in s.text
                        for p in parses(self.language, s.text)[:2]}
        full = {w.lower() for s in spans if s.type == "PERSON" and " " in s.text for w in s.text.split()}
        for s in spans:
            if s.type != "PERSON" or " " in s.text or not s.text.isalpha() or s.text.lower() in full:
                continue
            before = re.search(r"([\w'’-]+)\s+$", self.body[max(0, s.start - 40):s.start])
            if before is None or not before.group(1).islower() or not any(
                    p.tag.POS == "NOUN" and p.tag.animacy == "inan" for p in parses(self.language, before.group(1))[:4]):
                continue
            ps = parses(self.language, s.text)[:3]
            same = any(p.normal_form in place_lemmas for p in ps)
            # (a word the dictionary does not know: its "-ська" surname reading is a guess)
            town = re.search(r"(?:[сцз]ьк|[сц]к)а$", s.text) is not None and not morph(self.language).word_is_known(
                s.text.lower())
            if same or town:
                s.type = "GPE"
                s.name = canonical(self.language, "GPE", s.text)

    def retype_by_owner(self, spans: list[EntitySpan]) -> None:
        """One word typed as a place or a person where the text names a body with it at its head
        ("на Ставці" after "Ставки Верховного Головнокомандувача"): the body's type."""
        heads = {lemma(self.language, s.text.split()[0]) for s in spans if s.type == "ORG" and " " in s.text}
        heads |= BODY_NAMES
        for s in spans:
            if " " not in s.text and s.type in ("GPE", "LOC") and not place_word(self.language, s.text) \
                    and (lemma(self.language, s.text) in heads or self.language == "ru" and any(
                        "Orgn" in p.tag.grammemes for p in parses("ru", s.text)[:2])):
                # a body named by its seat or a common noun ("в Кремле", "у Генштабі", "Пентагон")
                s.type = "ORG"
                s.name = canonical(self.language, "ORG", s.text)

    def agents_of_passives(self, spans: list[EntitySpan]) -> None:
        """A state or a city in the instrumental next to a passive participle is the participle's
        agent ("распространяемую Украиной информацию", "выдвигаемые Киевом обвинения",
        "висунуті Києвом звинувачення"): the place acts, so it stands for its government, a body
        (the GUIDE's "Правительство Украины"); a place in any other role stays a place."""
        for s in spans:
            if s.type != "GPE" or " " in s.text or not s.text.isalpha():
                continue
            ps = parses(self.language, s.text)
            if not ps or ps[0].tag.case != "ablt":
                continue
            before = re.search(r"([^\W\d_]+)\s+$", self.body[max(0, s.start - 40):s.start])
            if before is not None and any(q.tag.POS == "PREP" for q in parses(self.language, before.group(1).lower())):
                continue   # "под Киевом сбит", "з Росією заморожені": an agent never follows a preposition
            after = re.match(r"\s+([^\W\d_]+)", self.body[s.end:s.end + 40])
            if any(m is not None and _passive_participle(self.language, m.group(1))
                   and parses(self.language, m.group(1).lower())[0].normal_form not in _NAMING_PARTICIPLES
                   for m in (before, after)):
                s.type = "ORG"
                s.name = canonical(self.language, "ORG", s.text)

    def women_by_verb(self, spans: list[EntitySpan]) -> None:
        """A woman's name the nominative rule read as a man's in an oblique case ("Юлия Ракитина",
        "Александра Лисовская" → Юлий Ракитин, Александр Лисовский: the masculine reading wins a
        tie) when a feminine past verb beside it says she speaks ("Юлия Ракитина сообщила", "—
        сказала депутат Александра Лисовская"): the name as written, already a nominative."""
        for s in spans:
            words = s.text.split()
            if s.type != "PERSON" or len(words) < 2 or s.name.split()[0] == words[0]:
                continue
            # her first name in the nominative; the rest can read feminine ("Сомова" the dictionary
            # knows only as an adjective)
            if "femn" not in first_name_sexes(self.language, words[0]) or not all(
                    any(p.tag.gender == "femn" and p.tag.case in ("nomn", None) for p in parses(self.language, w))
                    for w in words[1:]):
                continue
            i = bisect_left(self._tok_starts, s.start)
            j = bisect_left(self._tok_starts, s.end)
            if self.her_verb(i, j):
                s.name = " ".join(words)

    def governed_surnames(self, spans: list[EntitySpan]) -> None:
        """A surname alone right after a noun of things, which governs it in the genitive ("по
        словам Левашова", "за словами Левченка", "на думку Коваля"): a man's name in the genitive,
        not a woman's nominative ("Левашова" → Левашов), unless the page names a person so in full."""
        full = {s.text.split()[-1].lower() for s in spans if s.type == "PERSON" and " " in s.text}
        for s in spans:
            if s.type != "PERSON" or " " in s.text or not s.text.isalpha() or s.text.lower() in full:
                continue
            before = re.search(r"([\w'’-]+)\s+$", self.body[max(0, s.start - 40):s.start])
            if before is None or not any(p.tag.POS == "NOUN" and p.tag.animacy == "inan"
                                         for p in parses(self.language, before.group(1).lower())[:2]):
                continue
            s.name = surname_in_case(self.language, s.text, "gent")

    def her_verb(self, i: int, j: int) -> bool:
        """Whether the name in tokens i..j is the subject of a feminine past verb: the verb right
        after it (an adverb between at most: "Юлия Сомова заявила"), with no noun of kin before it
        ("Вдова Евгения Сомова рассказала" is his widow); or an inverted verb of speech right before
        it, a title of up to three lower-case words between, after a dash, comma, quote or "как" ("— сказала депутат
        Александра Лисовская"), never a verb with the name as its object ("Полиция задержала
        Евгения Сомова")."""
        after = self.toks[j:j + 2]
        if after and (self.feminine_past(after[0].text) or len(after) == 2 and self.feminine_past(after[1].text)
                      and any(p.tag.POS in ("ADVB", "PRCL") for p in parses(self.language, after[0].text.lower())[:1])):
            return not (i > 0 and lemma(self.language, self.toks[i - 1].text.lower()) in _KIN)
        for k in range(i - 1, i - 5, -1):
            if k < 1 or not self.feminine_past(self.toks[k].text):
                continue
            lead = self.toks[k - 1].text.lower()
            between = self.toks[k + 1:i]
            # a title between, of up to three lower-case words ("директор школы"), none of kin
            return lead in ("—", "–", ",", "»", "\"", "”", "“", "как", "як") and self.is_cue(self.toks[k]) is not None \
                and all(t.text.isalpha() and t.text.islower() and lemma(self.language, t.text) not in _KIN
                        for t in between)
        return False

    def feminine_past(self, word: str) -> bool:
        """A verb in the feminine singular past ("сообщила", "заявила", "повідомила")."""
        return past_verb_sex(self.language, word) == "femn"

    def owner_genitive(self, word: str) -> bool:
        """A capitalised word that reads in the genitive and never as one person in the nominative
        ("Ликии", "Нарвенії"; not "Петров", "Демченко", "Иванов": "Представитель министерства
        обороны Петров" is a person after the body, not its owner)."""
        ps = parses(self.language, word.lower())[:3]
        # a genitive plural alone is a surname's ("Черных", "Мизинцев", "Бурих"), never a state's;
        # "!= plur", not "== sing": Ukrainian leaves the number unset on some ("Нарвенії")
        return any(p.tag.case == "gent" and p.tag.number != "plur" for p in ps) and not any(
            p.tag.case == "nomn" and p.tag.number != "plur" and {"Surn", "Name", "Patr"} & set(p.tag.grammemes)
            for p in parses(self.language, word)[:4] + ps)

    def genitive_name(self, word: str) -> bool:
        """A name word that can follow another in the genitive: an abbreviation ("ВСУ", "РФ")
        or a word with a genitive reading ("России", "Украины", "Вооружённых")."""
        if word.isupper() and len(word) > 1:
            return True
        return any(p.tag.case == "gent" for p in parses(self.language, word.lower())[:3])


#: One capitalised word right after a name, not the first of two ("служба Ликии." but not "служба
#: Андрей Демченко"): a body's owner in the genitive the NER found no name in.
_LONE_CAPITALISED = re.compile(r" ([А-ЯІЇЄҐЁ][а-яіїєґё'’-]+)(?=[,.;:!?»)]|\s+[^\sА-ЯІЇЄҐЁA-Z«\"“„]|\s*$)")


# a verb of naming takes the name itself in the instrumental ("регион, называемый Новороссией"):
# that instrumental is a name, not an agent (pymorphy3 lemmatises Russian participles to the verb,
# Ukrainian ones to the participle)
_NAMING_PARTICIPLES = frozenset("""называть назвать именовать звать прозвать величать
називаний названий іменований званий прозваний""".split())


def _passive_participle(language: str, word: str) -> bool:
    """A word read first as a passive participle ("выдвигаемые", "висунуті": pymorphy3's pssv)."""
    ps = parses(language, word)
    return bool(ps) and "pssv" in ps[0].tag.grammemes
