"""Attributed claims of a Russian or Ukrainian text, read from the word order of reporting.

Russian and Ukrainian news attribute in a small number of fixed shapes, which these rules read
on razdel's tokens and sentences, natasha's NER spans and pymorphy3's lemmas (no parse: the
syntax model is trained on Russian only and costs more than the rest together):

* a quotation standing as a clause: «…», — сказал X; "…", - написал он; X: «…»; X заявил: «…»;
  «…», — говорится в сообщении (the statement's author is the speaker);
* a cue verb with a clause: X заявил(а/и), что …; … , — сообщил X (no quotes); как заявил X, …;
  a verb whose object is the claim (X отрицал …, назвал …, сообщил о …); "Об этом сообщил X"
  (the claim is the sentence before, or the paragraph before when it opens a paragraph);
* according_to: по словам X, …; по данным X, …; со ссылкой на X (the one cited speaks);
  за словами X; за даними X; "Джерело: X" lines (one claim per source named);
* no_comment: отказался комментировать, не прокомментировал, пока не подтвердил, не стал
  говорить, відмовився коментувати … (the content is the whole clause).

Hedges with no source (предположительно, якобы, нібито, как сообщается …) are ``unattributed``
claims with no speaker, as in English, in a sentence no attributed claim holds. A pronoun or a word
standing for a body ("он", "в ведомстве", "там") takes the last person or body that spoke or
was named before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from dataclasses import dataclass

from ..attribution import OWN_VOICE_CUE, Claim, Entity, EvidenceRef, Extraction, Mention
from ..credits import is_wire
from ..evidence import find_evidence
from .entities import (
    LEGAL_FORMS,
    INITIAL_BEFORE,
    EntitySpan,
    adjective_city,
    administration,
    after_place_preposition,
    body_compound,
    body_head,
    canonical,
    state_name,
    common_abbreviation,
    common_word,
    demonym,
    entity_type,
    fix_person,
    initialed_names,
    lead_cue_words,
    abbreviation_type,
    group,
    lead_common_noun,
    lead_verbs,
    name_head_lemma,
    pattern_spans,
    person_nominative,
    place_of_common_words,
    place_word,
    press_service_word,
    settlement_shaped,
    split_span,
    spokesman_word,
    state_word,
    surname_word,
    water_or_region_word,
    trim_group,
    trim_trailing_role,
    trim_verbs,
)
from .lexicon import (
    ACCORDING_TO,
    BODY_KINDS,
    BODY_NAMES,
    BODY_WORDS,
    HEDGES,
    NO_COMMENT,
    OBJECT_VERBS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    SPEECH_VERBS,
    STATEMENT_AFTER,
    STATEMENT_BEFORE,
    STATEMENT_SAYS,
    THAT,
    UNNAMED_SOURCES,
    WEAPON_SYSTEM,
)
from .models import lemma, morph, natasha_models, parses

_DASH_BEFORE = re.compile(r"[,.!?…]?\s*[—–-]{1,2}\s*$")
_DASH_AFTER = re.compile(r"\s*[,.!?…]*\s*[—–-]{1,2}\s*")  # used with match(pos): no ^
_ANAPHORIC = re.compile(r"\s*(?:[Оо]б\s+этом|[Оо]\s+том|[Пп]ро\s+це|[Пп]ро\s+це\s+ж|[Ээ]то|[Цц]е"
                        # "«…». Так прокоментував X": what was just quoted ("Так, …" and "Так как" are not)
                        r"|[Тт]ак(?=\s+(?!как\b|само\b|же\b|що\b|что\b|і\b|и\b)[^\W\d]))\b")
_SOURCE_LINE = re.compile(r"^\s*(?:[Дд]жерело|[Ии]сточник|[Дд]жерела|[Ии]сточники)\s*:\s*(.+)$")
_STRIP = " \t\n.,;:—–-"
#: A spokesperson's words, one role whichever the text uses ("представитель губернатора" after
#: "пресс-секретарь губернатора X"), by lemma and as written.
_SPOKES_WORDS = frozenset("""представитель представительница пресс-секретарь спикер речник речниця
    представник представниця спікер пресс-секретар прессекретар прес-секретар""".split())
#: Person mentions read for the role written before them (a page of thousands of names stays linear).
_MAX_ROLE_INTROS = 2000
#: Where the speaker after an inverted cue ends: a clause mark or the word opening the content.
_SPEAKER_END = re.compile(r"[,;:!?(]|(?<!\s[A-ZА-ЯІЇЄҐЁ])(?<!^[A-ZА-ЯІЇЄҐЁ])\.|\s[—–-]\s|\s(?:что|що|о|об|про)\s")
#: The ones told, in the dative, between an inverted cue and its speaker (or, "журналистам
#: сообщил", after it).
_TOLD_WORDS = r"(?:журналистам|репортёрам|репортерам|корреспонденту|журналістам|кореспонденту)"
_TOLD = re.compile(_TOLD_WORDS + r"\s+", re.IGNORECASE)
_TOLD_AFTER = re.compile(r"\s+" + _TOLD_WORDS + r"\s*$", re.IGNORECASE)
#: A capitalised preposition a name span opens with at a sentence start ("Поблизу Вербівки").
_LEAD_PREP = re.compile(r"([А-ЯІЇЄҐЁ][а-яіїєґё]{2,9})\s+(?=[А-ЯІЇЄҐЁ])")
#: Prepositions that take only a place ("біля", "поблизу", "возле", "около", "вблизи", "неподалік").
_NEAR = re.compile(r"(?:^|\s)(?:біля|поблизу|неподалік|поряд\s+із|поруч\s+із|возле|около|вблизи|неподалеку\s+от)\s+$",
                   re.IGNORECASE)
_TITLE_WORD = re.compile(r"начальни|директор|командувач|командующ|командир|керівни|руководител|заступни|очільни"
                         r"|голова|глава|речни|спикер|спікер|министр|міністр|губернатор|мэр|мер")
#: The one adjective of a role that speaks for the body ("официальный представитель ведомства").
_OFFICIAL = frozenset("официальный офіційний".split())
#: Body words for a news agency: they stand only for an agency named before ("Агентство Рейтер …
#: как отмечает агентство"), never for a ministry or a company.
_AGENCY_WORDS = frozenset("агентство агенція".split())
_NEAR_WORDS = frozenset("біля поблизу неподалік поряд поруч возле около вблизи неподалеку".split())
_PLACE_PREP = re.compile(r"(?:^|\s)(?:в|во|у|на|по|из|із|з|под|під)\s+$", re.IGNORECASE)
_FUNCTION_POS = frozenset("PREP CONJ PRCL ADVB INTJ NPRO PRED COMP".split())
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
_SPEAKING_BODIES = frozenset("сторона власть влада суд мэрия мерія армия армія".split())
#: "так званий", "так называемый": a word before a quoted name that is no part of it.
_SO_CALLED = re.compile(r"(?:зван|называем)\w*$")
#: Words by which the writer or the outlet is the subject ("як ми повідомляли", "наш сайт").
_WRITER_WORDS = frozenset("ми мы я наш наша наше наші наши нашого нашего нашей нашої".split())
#: A statement or words of someone ("Заява мера: «…»").
_STATEMENT_NOUNS = frozenset("заява заявление повідомлення сообщение слово звернення обращение".split())
#: The state a role serves: "глава государства", "голова держави" is its head, a person.
_STATE_WORDS = frozenset("государство страна держава країна".split())
#: Nouns that stand before a place name without making it a body ("город Киев", "области").
_FUNCTION_NOUNS = frozenset("""город города городе місто міста місті область области області район района районі
    село села селе селі посёлок поселок селище столица столиці столицы территория території территории
    жители жителі мешканці граница границе кордон кордоні""".split())
#: An editor's note in brackets ("(… – ред.)", "(… — прим. ред.)").
_EDITOR_NOTE = re.compile(r"\s*\([^()]{3,400}?[—–-]\s*(?:прим\.\s*)?ред\.?\s*\)")
_NOTE_TAIL = re.compile(r"\s*[—–-]\s*(?:прим\.\s*)?ред\.?\s*\)?[\"»”]*$")
#: A name span ending in its abbreviation in brackets.
_PAREN_ABBR = re.compile(r"\S(\s*\((\w{2,8})\))$")
_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“"}
_OPENING = {"»": "«", "”": "“"}
#: After a refusal: the report left unconfirmed, its source, and what it says.
_REPORT_OF = re.compile(r"\s+(?:\w+\s+)?(дані|даних|інформацію|інформації|повідомлення|данные|данных|информацию|"
                        r"информации|сообщения|сообщение|сведения)\s+(.{2,60}?)\s+(?:щодо|про|о|об|относительно)\s+(.+)",
                        re.IGNORECASE)
#: A name in quote marks: a capital, at most three words, no clause mark ('"Точкою-У"', «Південь»).
_QUOTED_NAME = re.compile(r"([«\"“„])([A-ZА-ЯІЇЄҐЁ][\w'’-]*(?:\s[\w'’-]+){0,2})([»\"”“])")
_WORD = re.compile(r"\w[\w'’ʼ-]*")
#: A channel of a platform, whose name follows ("Telegram-канал Rybar"): no name itself.
_CHANNEL_WORD = re.compile(r"(?:telegram|телеграм|youtube|ютуб)[-‑ ]?канал\w*", re.IGNORECASE)
_CHANNEL_NAME = re.compile(r"(?i:telegram|телеграм|youtube|ютуб)[-‑ ]?(?i:канал)\w*\s+(?:(?:[«\"“])([^»\"”\n]{1,40})[»\"”]"
                           r"|([A-ZА-ЯІЇЄҐЁ][\w.-]*(?:\s[A-Z][\w.-]*){0,2}))")
#: "в / у" before a body named by where it speaks.
_LOCATED = re.compile(r"(?:^|\s)(?:в|во|у)\s+", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"\s*[(,;:.!?]")
_BRACKET_ABBR = re.compile(r"\s*\([A-ZА-ЯІЇЄҐЁ]{2,8}\)")
#: Trying to reach someone for comment, and failing ("связаться с X не удалось").
_REACHED = re.compile(r"(?:связаться|зв['’ʼ]?язатися)\s+(?:с|со|з|із)\s+", re.IGNORECASE)
_NOT_REACHED = re.compile(r"\s+не\s+(?:удалось|вдалося|получилось|вийшло)")
#: A cue verb negated is no assertion ("не сообщил" is a refusal, read by NO_COMMENT).
_NEG = frozenset("не ни".split())
#: Cue verbs whose "о …" / "про …" object is what they report ("заявили о поражении склада").
_ABOUT_VERBS = frozenset("""сообщить сообщать заявить заявлять повідомити повідомляти заявити заявляти
    рассказать рассказывать розповісти розповідати""".split())


_UK_AS_RU = str.maketrans({"і": "и", "І": "И", "и": "ы", "ї": "и", "Ї": "И", "є": "е", "Є": "Е", "ґ": "г", "Ґ": "Г",
                           "ʼ": "ъ", "'": "ъ", "’": "ъ"})


def _join_person_pieces(language: str, body: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """Pieces of one person's name the NER cut and ``fix_person`` grew into each other ("Олександра
    Сергійовича" + "Сергійовича Тарнавського"): one span."""
    out: list[EntitySpan] = []
    for s in sorted(spans, key=lambda x: x.start):
        prev = out[-1] if out else None
        if prev is not None and prev.type == s.type == "PERSON" and s.start < prev.end < s.end:
            text = body[prev.start:s.end]
            out[-1] = EntitySpan(prev.start, s.end, "PERSON", text, canonical(language, "PERSON", text))
            continue
        out.append(s)
    return out


#: The past of "to be" that makes a word of conviction narration ("Он был уверен, что …").
_PAST_BE = frozenset("был была было были був була було були".split())

#: Subjects of a word of conviction that name no source ("Все уверены, что …").
_NO_SOURCE = frozenset("все многие каждый никто всі усі багато кожен кожний ніхто".split())

#: Bodies besides BODY_WORDS and the head nouns of names, for a passive report's place ("в мэрии
#: было объявлено", "в докладе фонда отмечено") and the source of a count ("по подсчётам профсоюза").
_BODY_NOUNS = frozenset("мэрия мерія фонд партия партія банк университет університет концерн корпорация "
                            "корпорація профсоюз профспілка".split())

#: Nouns of kin or closeness whose genitive a name follows ("Вдова Евгения Сомова", "Дочь Валерия
#: Тихонова", "Дружина Валерія …"): the woman speaking is not the one named.
_KIN = frozenset("""вдова жена супруга дочь дочка мать мама сестра внучка бабушка тётя тетя тётка невестка невеста
    племянница подруга соседка дружина донька мати онука бабуся тітка невістка наречена сусідка""".split())

#: Words that make a "Name: …" line a statement: the first person, need, opinion, expectation.
_STATEMENT_WORDS = frozenset("""я мы мне нам нас меня наш наша наше наши ми мені мене наші
    нужно надо должен должна должно должны необходимо нельзя можно стоит важно считаю думаю уверен уверены
    будет будут ожидается ожидаются прогнозируется
    потрібно треба мусимо мусить повинен повинна повинні варто слід важливо необхідно можна
    буде будуть очікується очікуються прогнозується""".split())

#: Nouns of counting or judging after "по"/"за" that often take a thing ("по прогнозу погоды",
#: "по показаниям счётчика"): their source must be a person or body.
_JUDGING = re.compile(r"(?:подсч|расч|прогноз|показани|свидетельств|підрахун|розрахун|свідчен)", re.IGNORECASE)

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
#: A place's adjective, capitalised ("Київської", "Донецкой", "Херсонська").
_PLACE_ADJECTIVE = re.compile(r"[А-ЯІЇЄҐЁ][\w'’]+(?:ськ|цьк|зьк|ск|цк)(?:ий|ій|а|ої|ому|ою|ой|ая|ого|ом|ую|у)")
#: Verbs of an outlet quoting someone after a quotation ("— цитирует ТАСС X", "— цитує РБК X").
_QUOTING = re.compile(r"(?:про)?цитиру\w*|(?:про)?цитує|(?:про)?цитують|процитувал\w*|процитував\w*")
#: A cue inside a quotation that it splits in two: «A, — сказав X, — B», «A, — сказав X. — B».
_SPLIT_BY_CUE = re.compile(r"[,.!?…]\s*[—–]\s+([^—–«»\"\n]{3,120}?)[,.]\s*[—–]\s+")
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


class CyrillicReader:
    def __init__(self, body: str, language: str):
        from natasha import Doc

        self.body, self.language = body, language
        segmenter, ner, _ = natasha_models()
        # natasha's models know Russian spelling only: Ukrainian is handed to them respelt letter
        # for letter (і→и, и→ы, ї→и, є→е, ґ→г, apostrophe→ъ; same length, so offsets hold), which
        # lets the Russian NER see "Украины", "Володымыр" (measured in docs/benchmarks.md)
        doc = Doc(body.translate(_UK_AS_RU) if language == "uk" else body)
        doc.segment(segmenter)
        doc.tag_ner(ner)
        self.sents = _split_at_lines(body, _join_initials(body, language, [(s.start, s.stop) for s in doc.sents]))
        self.sent_starts = [a for a, _ in self.sents]   # in order: bisected, never scanned
        self.toks = [_Tok(body[t.start:t.stop], t.start, t.stop) for t in doc.tokens]
        self._tok_starts = [t.start for t in self.toks]
        spans = []
        freed: list[EntitySpan] = []
        sent_starts = self.first_words()
        for sp in doc.spans:
            start = sp.start
            text = body[start:sp.stop]
            type_ = entity_type(sp.type, text)
            end = sp.stop
            grouped = False
            lead = _LEAD_PREP.match(body, start, end)
            if lead and (lead.group(1).lower() in _NEAR_WORDS or lead.group(1).lower() in ("під", "под", "над", "для")
                         or parses(language, lead.group(1).lower())[0].tag.POS == "PREP"):
                start = lead.end()   # "Поблизу Вербівки", "Під Кленовкою": a capital opening a sentence
                text = body[start:end]
            if type_ != "PERSON":
                end = start + trim_verbs(language, text)
                end = start + trim_trailing_role(language, body[start:end])
                start = trim_group(language, body, start, end)
                grouped = start != sp.start
                start += lead_verbs(language, body[start:end])
                cut_start, cut_end = lead_cue_words(language, body[start:end])
                start, end = start + cut_start, end - cut_end
                if type_ in ("GPE", "LOC", "FAC"):
                    start += lead_common_noun(language, body[start:end])
                text = body[start:end]
            if type_ == "PERSON":
                fixed = fix_person(language, body, start, end)
                if fixed is None:
                    continue
                if fixed[0] > start:
                    freed.extend(self.freed_state(start, fixed[0], sent_starts))
                start, end, type_ = fixed
                text = body[start:end]
            abbr = abbreviation_type(language, text) if " " not in text and text.isupper() else None
            if abbr == "ORG" and type_ in ("GPE", "LOC"):
                # "ЄС" tagged a place: a body by the dictionaries (a place the NER calls a body,
                # «ДНР» that speaks, stays one)
                type_ = abbr
            if type_ in ("GPE", "LOC", "PERSON") and body_compound(language, text, sentence_start=start in sent_starts):
                type_ = "ORG"   # "Енергоатому", "Укренерго" typed as places: bodies by their make
            elif type_ == "ORG" and (grouped or after_place_preposition(body, start)) and " " not in text \
                    and lemma(language, text) not in BODY_NAMES and place_word(language, text):
                # "Жителі Херсона" typed as a body: the group cut, a city is left (a city that acts,
                # "Киев пытается …", stands for its government, a body)
                type_ = "GPE"
            elif type_ == "ORG" and _NEAR.search(body, max(0, start - 15), start) and settlement_shaped(language, text) \
                    and not any(lemma(language, w) in BODY_NAMES or lemma(language, w) in BODY_KINDS
                                for w in text.split()):
                # "біля Кленового Гаю", "возле Березового Лога": a place's make after a word of
                # nearness ("возле Сбербанка", "біля Укрнафти" stay bodies)
                type_ = "GPE"
            if start in sent_starts and common_word(language, text) and (
                    type_ != "PERSON" or _TITLE_WORD.match(text.lower()) and (
                        lemma(language, text) == text.lower()
                        or any(body[o.start:o.stop].endswith(" " + text) for o in doc.spans))):
                # (a person's title alone in the nominative: "Начальник поліції …" cut at its
                # lower-case words; "Командиров", a title's genitive, is a surname: the person
                # named in full elsewhere, found by surname, or a person by itself)
                continue   # "Речник", "Вибух" opening a sentence: a capital, not a name
            if type_ in ("GPE", "LOC", "FAC") and place_of_common_words(language, text):
                continue   # "Ватажок бойовиків", "Обстріл порту": common words, no name
            if common_abbreviation(text):
                continue   # "ППО", "БПЛА", "СВО": air defence, drones, an operation; no names
            if WEAPON_SYSTEM.fullmatch(text.strip("«»\"“”„")):
                continue   # "Искандером", "Точкою-У": a weapon named, not a person or a body
            if _CHANNEL_WORD.fullmatch(text) or not any(ch.isupper() for ch in text):
                continue   # "Telegram-канал" (the channel's name follows it), "бригади" left of a title
            head, _, rest = text.partition("-")
            if " " not in text and rest[:1].isupper() and abbreviation_type(language, head) == "ORG":
                type_ = "ORG"   # "РБК-Україна": an outlet's abbreviation joined to a name
            paren = _PAREN_ABBR.search(text) if type_ != "PERSON" else None
            if paren:
                # "Донецкой народной республики (ДНР)": the name and its abbreviation, two mentions
                inner = start + paren.start(2)
                spans.append(EntitySpan(inner, inner + len(paren.group(2)), type_, paren.group(2), paren.group(2)))
                end = start + paren.start(1)
                text = body[start:end]
            spans.append(EntitySpan(start, end, type_, text, canonical(language, type_, text)))
        spans += [f for f in freed if not any(f.start < s.end and s.start < f.end for s in spans)]
        spans = _join_person_pieces(language, body, spans)
        spans = [part for s in spans for part in split_span(language, body, s)]
        spans = self.with_patterns(spans)
        spans = self.join_genitive_names(spans)
        spans += self.nested_abbreviations(spans)
        spans += self.channel_names(spans)
        spans += self.unnamed_mentions(spans)
        spans = self.bodies_of_places(spans)
        spans = self.quoted_bodies(spans)
        spans = self.coordinated_places(spans)
        self.retype_by_owner(spans)
        self.women_by_verb(spans)
        spans.sort(key=lambda x: x.start)
        self.groups = group(language, spans)
        name_of = {g.key: g.name for g in self.groups}
        for s in spans:
            s.name = name_of[s.key]
        self.spans = spans
        self.surnames = {g.name.split()[-1].lower(): g.name for g in self.groups if g.type == "PERSON"}
        self._role_intros: dict[str, list[tuple[int, frozenset[str], str | None]]] | None = None
        self.claims: list[Claim] = []
        self.speakers: dict[int, _Speaker] = {}
        self.used_cues: set[int] = set()

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
        right after it ("Министерство обороны" + "России", "Генштабі" + "ЗСУ")."""
        out: list[EntitySpan] = []
        for s in sorted(spans, key=lambda x: x.start):
            prev = out[-1] if out else None
            if prev is not None and prev.type == "ORG" and s.type in ("ORG", "GPE") \
                    and self.body[prev.end:s.start] == " " and self.genitive_name(s.text.split()[0]):
                text = self.body[prev.start:s.end]
                out[-1] = EntitySpan(prev.start, s.end, "ORG", text, canonical(self.language, "ORG", text))
                continue
            out.append(s)
        return out

    def quoted_bodies(self, spans: list[EntitySpan]) -> list[EntitySpan]:
        """A body's quoted name after the kind of body it is or its legal form, one mention whatever
        the NER made of its words ('движения "Мы вместе с Россией"', "партії «Слуга народу»",
        "ТОВ «Ромашка»")."""
        kinds = list(_KIND_QUOTED.finditer(self.body))
        seen = {x.start(3) for x in kinds}
        for m in kinds + [x for x in _WORD_QUOTED.finditer(self.body) if x.start(3) not in seen and x.group(1)[:1].isupper()]:
            kind = m.group(1) in LEGAL_FORMS or lemma(self.language, m.group(1)) in BODY_KINDS
            if not kind and not self.quoted_source(m):
                continue   # (a capitalised kind is a company's legal form: "ТОВ «…»", "ПрАТ «…»")
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

    def with_patterns(self, spans: list[EntitySpan]) -> list[EntitySpan]:
        """Names read from their shape (``pattern_spans``) in place of the NER's pieces of them."""
        found = pattern_spans(self.language, self.body, [(t.text, t.start, t.end) for t in self.toks])
        for p in found:
            # a person's span holds no body's name ("Голова Одеської ОВА" is a title): the body's
            spans = [s for s in spans if not (s.start < p.end and p.start < s.end)
                     or (s.start <= p.start and p.end <= s.end and not (s.type == "PERSON" and p.type != "PERSON"))]
            if not any(s.start <= p.start and p.end <= s.end for s in spans):
                spans.append(p)
        return sorted(spans, key=lambda x: x.start)

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
            if not any(p.tag.case == "nomn" and p.tag.gender == "femn" and "Name" in p.tag.grammemes
                       for p in parses(self.language, words[0])) or not all(
                    any(p.tag.gender == "femn" and p.tag.case in ("nomn", None) for p in parses(self.language, w))
                    for w in words[1:]):
                continue
            i = bisect_left(self._tok_starts, s.start)
            j = bisect_left(self._tok_starts, s.end)
            if self.her_verb(i, j):
                s.name = " ".join(words)

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
        ps = parses(self.language, word.lower())[:2]
        return bool(ps) and ps[0].tag.POS == "VERB" and ps[0].tag.gender == "femn" and ps[0].tag.number == "sing"

    # ----------------------------------------------------------------- words
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

        def agrees(q) -> bool:
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
        first = words[head]
        rest = self.body[first.end():words[-1].end()]
        name = lemma(self.language, first.group()) + rest
        return _Speaker(name, self.body[first.start():words[-1].end()], first.start(), words[-1].end(), type="ORG")

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
        return tag.POS in _FUNCTION_POS or "Apro" in tag.grammemes

    def toks_in(self, a: int, b: int) -> list[_Tok]:
        return [t for t in self.toks if t.start >= a and t.end <= b]

    # ----------------------------------------------------------------- speakers
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
        phrase = self.body[a2:b2]
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
            if lemmas[1] in BODY_WORDS:
                return _Speaker(None, phrase, a2, b2, pending="body")
        if len(content_words) == 1 and (lemmas[0] in BODY_WORDS or content_words[0] in BODY_WORDS):
            # "в ведомстве", "у компанії", "там": the body last named
            return _Speaker(None, phrase, a2, b2, pending="body")
        if any(m in BODY_WORDS or m in _ROLE_WORDS or w in _ROLE_WORDS for w, m in zip(content_words, lemmas)):
            # a body described but not named ("в областной администрации", "представитель
            # подрядчика"): the description is the speaker
            start = a2 + phrase.lower().index(content_words[0])
            return _Speaker(self.body[start:b2], self.body[start:b2], start, b2, type="ORG")
        return None

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
        return not any(e.start < b and a < e.end and e.type in ("PERSON", "ORG") for e in self.spans)

    def phrase_speaker(self, a: int, b: int) -> _Speaker | None:
        """The words themselves as the source ("по данным Росавтодора" where NER found no name)."""
        text = self.body[a:b]
        lead = len(text) - len(text.lstrip(_STRIP))
        phrase = text.strip(_STRIP)
        if not phrase or len(_WORD.findall(phrase)) > 6:
            return None
        # a name in the nominative ("по данным Росавтодора" → Росавтодор); a description as written
        name = canonical(self.language, "ORG", phrase) if phrase[:1].isupper() else phrase
        return _Speaker(name, phrase, a + lead, a + lead + len(phrase), type="ORG")

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
        if press_service_word(self.language, words[0][1]) and all(
                lemma(self.language, w) in BODY_WORDS for _, w in words[1:]):
            # "Як повідомили у пресслужбі, …", "У пресслужбі відомства повідомили": the service
            # of the body last named
            return _Speaker(None, phrase, start, end, pending="body")
        return _Speaker(phrase, phrase, start, end, type="ORG")

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
                    return m.start(), _Speaker(phrase, phrase, m.end(), cut, type="ORG")
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
                if self.body[end:f.start] != " " or not self.genitive_name(f.text.split()[0]):
                    break
                end = f.end
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
        # one the NER left out at a sentence start ("Генштаб" + "ВСУ"), not "пресс-служба"
        if m and m.group(1)[:1].isalpha() and not m.group(1).isupper() and self.governing_noun(m.group(1)) \
                and not _CHANNEL_WORD.fullmatch(m.group(1)):
            role = lemma(self.language, m.group(1))
            # "Президент России", "главы Херсонской области": the head speaks, not the place;
            # "представитель Минобороны" speaks for the body, which stays the speaker
            # the kind of a body before its name is no part of it ("Компания Samsung заявила")
            kind = e.type == "ORG" and role in BODY_KINDS
            if role in _HEAD_ROLES or ((e.type == "GPE" or m.group(1)[:1].isupper()) and role not in _ROLE_WORDS
                                       and not kind):
                start = a + m.start(1)
        if (start, end) == (e.start, e.end):
            return None
        return self.body_speaker(self.body[start:end], canonical(self.language, "ORG", self.body[start:end]), start)

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

    def genitive_name(self, word: str) -> bool:
        """A name word that can follow another in the genitive: an abbreviation ("ВСУ", "РФ")
        or a word with a genitive reading ("России", "Украины", "Вооружённых")."""
        if word.isupper() and len(word) > 1:
            return True
        return any(p.tag.case == "gent" for p in parses(self.language, word.lower())[:3])

    def governing_noun(self, word: str) -> bool:
        """A common noun that makes the place after it a body ("власти", "правительство", "армия")."""
        ps = parses(self.language, word.lower())
        return bool(ps) and ps[0].tag.POS == "NOUN" and "Geox" not in ps[0].tag.grammemes \
            and word.lower() not in _FUNCTION_NOUNS

    def speaker_name(self, e: EntitySpan) -> str:
        """A person by the nominative full name; a body or place as ``body_speaker`` names it."""
        if e.type == "PERSON":
            return e.name
        return self.body_speaker(e.text, e.name, e.start)

    def body_speaker(self, written: str, nominative: str, start: int | None = None) -> str:
        """A body or place that speaks, by its name in the nominative where the text names it
        whole: one word ("в Кремле" → Кремль, "Укрзалізниці") or a name with its owner ("в
        Министерстве обороны России", "у Генштабі ЗСУ" → Генштаб ЗСУ). A common-noun name with
        no owner ("в Министерстве обороны", "у Повітряних силах") is only part of the body's name,
        whose nominative is no name at all: as written, unless the text writes that nominative."""
        words = written.split()
        if len(words) == 1 and nominative == written and start is not None:
            return self.owner_nominative(written, start)
        if len(words) == 1 or any(w[:1].isupper() for w in words[1:]) or _PLACE_ADJECTIVE.fullmatch(words[0]):
            # a name with its owner, or opening with its place's adjective ("Київської міської
            # військової адміністрації" → Київська міська військова адміністрація)
            return nominative
        if nominative != written and re.search(rf"(?<!\w){re.escape(nominative)}(?!\w)", self.body, re.IGNORECASE):
            return nominative
        return written

    def speaker_before(self, sent_start: int, cue_start: int) -> _Speaker | None:
        text = self.body[sent_start:cue_start]
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
        return self.speaker_in(cue_end, end, nearest_end=False), end

    # ----------------------------------------------------------------- claims
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
        if end - start < 3 or len(_WORD.findall(body[start:end])) < 2:
            return None
        sp = speaker or _Speaker(None, None, None, None)
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

    def run(self) -> list[Claim]:
        body = self.body
        offset = 0
        paragraphs = []
        for line in body.split("\n"):
            paragraphs.append((offset, offset + len(line)))
            offset += len(line) + 1
        previous = None
        filled = [(pa, pb) for pa, pb in paragraphs if body[pa:pb].strip()]
        for k, (pa, pb) in enumerate(filled):
            self.read_paragraph(pa, pb, previous)
            self.read_open_quote(pa, pb, filled[k + 1:k + 4])
            previous = (pa, pb)
        self.hedges()
        self.resolve()
        return self.claims

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

    def read_paragraph(self, pa: int, pb: int, previous: tuple[int, int] | None) -> None:
        body = self.body
        src = _SOURCE_LINE.match(body[pa:pb])
        if src and previous:
            # "Джерело: X у Telegram, Y у Telegram": the paragraph before is each source's claim
            start = pa + src.start(1)
            for part in re.finditer(r"[^,;]+", body[start:pb]):
                sp = self.speaker_in(start + part.start(), start + part.end(), nearest_end=False)
                if sp:
                    self.add(sp, (pa, pa + body[pa:pb].index(":")), "according_to", *previous)
            return
        for qa, qb in _quotes(body[pa:pb], pa):
            note = _EDITOR_NOTE.search(body, qa, pb)
            if note and note.start() < qb:
                # '"…фашисти (пізніше X повідомив, що … – ред.)': the editor's note is no part of
                # the quote; its own sentence is read as any other
                qb = note.start()
            self.read_quote(qa, qb, pa, pb)
        for sa, sb in self.sents:
            if sa >= pa and sb <= pb:
                self.read_sentence(sa, sb, pa, previous)

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
        if before.endswith(":"):
            sent_start = max([pa] + [sa for sa, sb in self.sents if sa <= qa - 1 < sb and sa >= pa])
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

    def covered(self, start: int, end: int) -> bool:
        """Whether a claim already stands in this stretch (a refusal read before "Об этом …", or
        "X заявил, что C. Про це повідомив Y": Y passes on X's claim, which stays X's)."""
        return any(c.start < end and start < c.end for c in self.claims)

    def in_claim(self, pos: int) -> bool:
        return any(c.start <= pos < c.end for c in self.claims)

    def read_sentence(self, sa: int, sb: int, pa: int, previous: tuple[int, int] | None) -> None:
        self.read_refusal(sa, sb)
        self.read_according_to(sa, sb, pa, previous)
        self.read_statement(sa, sb, pa, previous)
        # cue verbs
        toks = self.toks_in(sa, sb)
        for i, t in enumerate(toks):
            lemma = self.is_cue(t)
            if not lemma or t.start in self.used_cues or (self.in_claim(t.start) and not self.nested_cue(sa, t)):
                continue
            if i and toks[i - 1].text.lower() in _NEG:
                continue
            after = []
            for a in toks[i + 1:i + 4]:
                if not a.text.isalpha() or a.text.lower() in THAT:
                    break
                after.append(a)
            if self.writer_speaks(t, toks[max(0, i - 3):i] + after) and not self.in_claim(t.start):
                continue   # "Нагадаємо, що …", "Как мы сообщали": the outlet's own narration
            self.read_cue(t, lemma, toks, i, sa, sb, pa, previous)
        self.signed_with_a_dash(sa, sb)
        self.named_line(sa, sb)

    def read_refusal(self, sa: int, sb: int) -> None:
        """A refusal to comment: the whole clause is the claim."""
        body = self.body
        text = body[sa:sb]
        m = NO_COMMENT.search(text)
        if m and self.reported_clause(sa, sa + m.start()):
            m = None   # "Песков сказал, что Кремль не будет комментировать": Песков's claim, no refusal
        if m:
            # who did not comment stands before the refusal; after it comes what was not confirmed
            sp = self.speaker_before(sa, sa + m.start()) or self.subject_phrase(sa, sa + m.start(), located=True)
            if sp is None and not _WORD.search(body, sa, sa + m.start()):
                sp = self.speaker_after(sa + m.end(), sb)[0]
            reached = _REACHED.search(body, sa + m.start(), sb)
            if reached:
                # "не змогли зв'язатися з X", "связаться с X не удалось": X is who gave no comment
                stop = _NOT_REACHED.search(body, reached.end(), sb)
                end = stop.start() if stop else sb
                # the one not reached, never the ones who tried ("Журналісти не змогли …")
                sp = self.speaker_in(reached.end(), end, nearest_end=False) or self.phrase_speaker(reached.end(), end)
            if sp is None or sp.pending == "role":
                # "Комментариев от Кремля не последовало", "От вопросов … он отказался": who did
                # not comment is inside the cue
                inside = self.speaker_in(sa + m.start(), sa + m.end(), nearest_end=False)
                if inside is not None and (inside.pending in ("person", "body") or inside.type in ("PERSON", "ORG", "GPE")):
                    sp = inside
            cue_end = sa + m.end()
            while cue_end < sb and body[cue_end].isalpha():
                cue_end += 1   # the cue is whole words
            cue = (sa + m.start(), cue_end)
            self.add(sp, cue, "no_comment", sa, sb)
            for t in self.toks_in(*cue):
                self.used_cues.add(t.start)
            self.unconfirmed_report(cue[1], sb)

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
                self.add(sp, cue, "according_to", sa, cue[0])
            elif comma >= 0:
                self.add(sp, cue, "according_to", comma + 1, sb)

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

    def clause_before(self, prefix: str) -> bool:
        """Whether the words before an inverted cue can be what was said: four words or more, or a
        short clause with its predicate ("Потерь нет, доложил X", "Рейс скасовано, сказав X"), not
        a connective ("Кроме того, сообщил X, …")."""
        words = _WORD.findall(prefix)
        if len(words) >= 4:
            return True
        return len(words) >= 2 and self.has_predicate(prefix)

    def has_predicate(self, text: str) -> bool:
        """Whether the words hold a predicate: a verb, a short participle or adjective, or "нет"."""
        return any(p.tag.POS in ("VERB", "PRTS", "ADJS", "PRED")
                   for w in _WORD.findall(text) for p in parses(self.language, w.lower())[:1])

    def reported_clause(self, sa: int, pos: int) -> bool:
        """Whether ``pos`` lies in a clause a cue verb before it reports ("X сказал, что …")."""
        toks = [t for t in self.toks_in(sa, pos) if t.text.isalpha() or t.text == ":"]
        return any(self.is_cue(t) and (toks[i + 1].text.lower() in THAT or toks[i + 1].text == ":")
                   for i, t in enumerate(toks[:-1]) if not (i and toks[i - 1].text.lower() in _NEG))

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
                content = (comma + 1, sb) if m else None
            elif _ANAPHORIC.match(body, sa):
                content = self.anaphoric_content(sa, pa, previous)
                if content is not None and self.covered(*content):
                    return
            elif lead.rstrip().endswith(",") and len(_WORD.findall(lead)) >= 2:
                content = (sa, sa + len(lead.rstrip()) - 1)
        if content is None or m is None:
            return
        owner_a, owner_b = m.start("owner"), m.end("owner")
        sp = self.speaker_in(owner_a, owner_b, nearest_end=False) if owner_b > owner_a else None
        if sp is None and body[owner_a:owner_b].strip():
            sp = self.phrase_speaker(owner_a, owner_b)   # "У заяві Генштабу": the owner as written
        if sp is None or sp.pending == "role":
            phrase = body[m.start("noun"):owner_b]
            sp = _Speaker(None, phrase, m.start("noun"), owner_b, pending="statement")
        self.add(sp, (m.start("verb"), m.end("verb")), self.kind_of(*content), *content)
        for t in self.toks_in(m.start(), m.end()):
            self.used_cues.add(t.start)

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
                self.add(sp, cue, self.kind_of(sa, sa + dash.start()), sa, sa + dash.start())
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
            if comma > 0:
                # "Як зазначають у Генштабі ЗСУ, …": a body named by where it speaks, no NER span
                sp = self.speaker_in(t.end, comma, False) or self.speaker_before(sa, t.start) \
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
            if passive and (
                    sp is None or sp.name is None or sp.start is None
                    or not re.search(r"(?:^|\s)(?:в|во|у|на)\s", body[sa:sp.start] + " " + body[sp.start:sp.start + 3],
                                     re.IGNORECASE)):
                # "Ранее было заявлено, что …": a passive with no one named behind it; its source
                # is where it was said ("В докладе фонда отмечено, что"), never its subject
                return
            if passive:
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
            if sp is not None and len(_WORD.findall(body[start:end])) >= 2:
                self.add(sp, cue, self.kind_of(start, end), start, end)

    # ----------------------------------------------------------------- pronouns
    def resolve(self) -> None:
        """Pronouns and body words take the last person (body) that spoke or was named before."""
        events: list[tuple[int, str, str]] = []   # (position, type, name)
        for s in self.spans:
            events.append((s.start, s.type, s.name))
        ordered = sorted(self.claims, key=lambda c: c.cue_start if c.cue_start is not None else c.start)
        for c in ordered:
            sp = self.speakers[id(c)]
            pos = c.speaker_start if c.speaker_start is not None else (c.cue_start or c.start)
            if sp.pending:
                spoke = [(self.speakers[id(o)], o) for o in ordered
                         if o is not c and o.speaker and (o.cue_start or o.start) < pos]
                want = {"person": ("PERSON",), "body": ("ORG",), "statement": ("ORG", "PERSON"),
                        "role": ("PERSON",)}[sp.pending]
                # "как сообщило агентство": an agency named before, or none
                agency = sp.pending == "body" and any(lemma(self.language, w) in _AGENCY_WORDS
                                                      for w in _WORD.findall((sp.text or "").lower()))
                name, said_at = None, -1
                for osp, o in reversed(spoke):
                    if (osp.type in want or sp.pending == "statement") and (not agency or _agency_name(o.speaker)):
                        name, said_at = o.speaker, o.cue_start or o.start
                        break
                # a person or body named later outside what was said ("Про це повідомив X. Він
                # додав …") is nearer than the last speaker; one named inside a claim is not
                named = [e for e in events if said_at < e[0] < pos and e[1] in want
                         and (not agency or _agency_name(e[2]))
                         and not any(o.start <= e[0] < o.end for o in self.claims)]
                if named:
                    name = named[-1][2]
                if name is None and sp.pending in ("body", "role"):
                    # no body or person named before: the words the text uses ("губернатор области")
                    name = sp.text
                c.speaker = name
                sp.type = next((e[1] for e in events if e[2] == name), None)
            elif sp.type == "ORG" and c.speaker and c.speaker.isupper() and " " not in c.speaker:
                # "В ОВА додали" after "Запорізька ОВА": the body the text named in full before
                fuller = [e for e in events if e[0] < pos and e[1] == "ORG" and e[2] != c.speaker
                          and e[2].endswith(" " + c.speaker) and e[2].split()[0][:1].isupper()]
                if fuller:
                    c.speaker = fuller[-1][2]

    def entities(self) -> list[Entity]:
        return [Entity(g.name, g.type, [Mention(*m) for m in g.mentions]) for g in self.groups]


def _agency_name(name: str | None) -> bool:
    """A news agency's name: a wire ("Рейтер", "ТАСС", "Укрінформ") or one that says it is an agency."""
    if not name:
        return False
    return is_wire(name) or re.search(r"агентств|агенці|agency", name, re.IGNORECASE) is not None


def _own_statements(reader: CyrillicReader, author: str) -> list[Claim]:
    """A channel post's sentences outside every attributed claim are the channel's own."""
    out = []
    body = reader.body
    for sa, sb in reader.sents:
        text = body[sa:sb].strip()
        if len(_WORD.findall(text)) < 4 or text.endswith("?") or "http" in text:
            continue
        if not re.search(r"[.!…][\"”’'»)]*$", text):
            continue
        if any(c.start < sb and sa < c.end for c in reader.claims):
            continue
        end = sb
        while end > sa and body[end - 1] in " .!…":
            end -= 1
        out.append(Claim(author, author, OWN_VOICE_CUE, "according_to", body[sa:end], sa, end, stance="asserts"))
    return out


def extract_claims_cyrillic(body: str, language: str, *, headline: str | None = None, author: str | None = None,
                            max_chars: int | None = None) -> Extraction:
    """Entities and claims of a Russian ("ru") or Ukrainian ("uk") body (offsets into ``body``)."""
    from ..attribution import MAX_BODY_CHARS

    limit = max_chars or MAX_BODY_CHARS
    reader = CyrillicReader(body[:limit], language)
    claims = reader.run()
    if author:
        claims += _own_statements(reader, author)
    claims = _dedup(claims)
    ext = Extraction(entities=reader.entities(), claims=claims)
    if len(body) > limit:
        ext.truncated_at = limit
    if headline:
        head = CyrillicReader(headline[:2000], language)
        ext.headline_claims = _dedup(head.run())
        for c in ext.headline_claims:
            c.in_headline = True
    return ext


def _dedup(claims: list[Claim]) -> list[Claim]:
    """One claim per content span and speaker (two sources of one paragraph stay two claims)."""
    claims.sort(key=lambda c: (c.start, -c.end))
    seen: set[tuple[int, int, str | None]] = set()
    out = []
    for c in claims:
        key = (c.start, c.end, c.speaker)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
