"""A body's entity mentions: natasha's NER spans (Ukrainian respelt for the Russian model), trimmed,
typed and named in the nominative with ``entities.py``, then mended by ``mention_passes.py`` and
grouped into the document's entities."""

from __future__ import annotations

import re

from .entities import (
    EntitySpan,
    after_place_preposition,
    body_compound,
    canonical,
    common_abbreviation,
    common_word,
    entity_type,
    fix_person,
    lead_cue_words,
    abbreviation_type,
    group,
    lead_common_noun,
    lead_verbs,
    place_of_common_words,
    place_word,
    settlement_name,
    settlement_shaped,
    split_span,
    trim_group,
    trim_trailing_role,
    trim_verbs,
)
from .lexicon import (
    BODY_KINDS,
    BODY_NAMES,
    WEAPON_SYSTEM,
)
from .models import lemma, morph, natasha_models, parses
from .mention_passes import MentionPasses


#: A capitalised preposition a name span opens with at a sentence start ("Поблизу Вербівки").
_LEAD_PREP = re.compile(r"([А-ЯІЇЄҐЁ][а-яіїєґё]{2,9})\s+(?=[А-ЯІЇЄҐЁ])")


#: Prepositions that take only a place ("біля", "поблизу", "возле", "около", "вблизи", "неподалік").
_NEAR = re.compile(r"(?:^|\s)(?:біля|поблизу|неподалік|поряд\s+із|поруч\s+із|возле|около|вблизи|неподалеку\s+от)\s+$",
                   re.IGNORECASE)


_TITLE_WORD = re.compile(r"начальни|директор|командувач|командующ|командир|керівни|руководител|заступни|очільни"
                         r"|голова|глава|речни|спикер|спікер|министр|міністр|губернатор|мэр|мер")


_NEAR_WORDS = frozenset("біля поблизу неподалік поряд поруч возле около вблизи неподалеку".split())


#: A name span ending in its abbreviation in brackets.
_PAREN_ABBR = re.compile(r"\S(\s*\((\w{2,8})\))$")


#: A channel of a platform, whose name follows ("Telegram-канал Rybar"): no name itself.
_CHANNEL_WORD = re.compile(r"(?:telegram|телеграм|youtube|ютуб)[-‑ ]?канал\w*", re.IGNORECASE)


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


#: Nouns of an event or an attack (lemmas) that open a sentence and govern a place's name
#: ("Обстріл Кам'янського тривав …"); a body's noun ("Банк России", "Митниця Одеси") is no such word.
_EVENT_NOUNS = frozenset("""обстріл обстрел вибух взрыв удар атака напад нападение пожежа пожар штурм
    бомбардування бомбардировка наступ наступление облога осада блокада евакуація эвакуация""".split())


def _function_word(language: str, word: str) -> bool:
    """A word the dictionary reads first as a preposition, an adverb, a conjunction or a particle
    and never as a name ("Поблизу", "Вчора", "Однако"): it cannot open a name."""
    ps = parses(language, word.lower())[:4]
    return bool(ps) and ps[0].tag.POS in ("PREP", "ADVB", "CONJ", "PRCL") and not any(
        {"Name", "Surn", "Geox", "Orgn"} & p.tag.grammemes for p in parses(language, word)[:4])


def _opening_place(language: str, word: str) -> bool:
    """Whether a word opening a sentence that the NER calls a place is one ("Берлін передасть …",
    "Нікополь обстріляли …"). The Ukrainian dictionary lists places' names as plain nouns with no
    place tag, so being a known word is no sign of a common noun there: a state or a large city
    (``place_word`` at a sentence start), or a word the Russian dictionary knows, respelt letter for
    letter as the NER reads it, with the place tag on its first reading ("Никополь")."""
    if place_word(language, word, sentence_start=True):
        return True
    if language != "uk":
        return False
    respelt = word.translate(_UK_AS_RU)
    ps = parses("ru", respelt)
    return morph("ru").word_is_known(respelt.lower()) and bool(ps) and "Geox" in ps[0].tag.grammemes


class Mentions(MentionPasses):
    """Reads a body: sentences and tokens (the base), then its entity mentions."""

    def __init__(self, body: str, language: str, headline: bool = False) -> None:
        from natasha import Doc

        segmenter, ner, _ = natasha_models()
        # natasha's models know Russian spelling only: Ukrainian is handed to them respelt letter
        # for letter (і→и, и→ы, ї→и, є→е, ґ→г, apostrophe→ъ; same length, so offsets hold), which
        # lets the Russian NER see "Украины", "Володымыр" (measured in docs/benchmarks.md)
        doc = Doc(body.translate(_UK_AS_RU) if language == "uk" else body)
        doc.segment(segmenter)
        doc.tag_ner(ner)
        super().__init__(body, language, doc)
        self.headline = headline
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
                         or _function_word(language, lead.group(1))):
                # "Поблизу Вербівки", "Під Кленовкою", "Вчора Кабінет міністрів": a capital opening
                # a sentence on a preposition, an adverb or a conjunction, no word of a name
                start = lead.end()
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
            if type_ == "ORG" and start in sent_starts and lemma(language, text.split()[0].lower()) in _EVENT_NOUNS:
                cut = lead_common_noun(language, text)
                if cut and " " not in text[cut:] and place_word(language, text[cut:]):
                    # "Обстріл Кам'янського тривав …": a common noun opening the sentence governs a
                    # place's name; the NER glued them into one name (the place is typed below)
                    start += cut
                    text = body[start:end]
                    grouped = True
            abbr = abbreviation_type(language, text) if " " not in text and text.isupper() else None
            if abbr == "ORG" and type_ in ("GPE", "LOC"):
                # "ЄС" tagged a place: a body by the dictionaries (a place the NER calls a body,
                # «ДНР» that speaks, stays one)
                type_ = abbr
            if type_ in ("GPE", "LOC", "PERSON") and body_compound(language, text, sentence_start=start in sent_starts):
                type_ = "ORG"   # "Енергоатому", "Укренерго" typed as places: bodies by their make
            elif type_ == "ORG" and (grouped or after_place_preposition(body, start)) and " " not in text \
                    and lemma(language, text) not in BODY_NAMES and (
                        place_word(language, text) or grouped and settlement_shaped(language, text)):
                # "Жителі Херсона" typed as a body: the group cut, a city is left (a city that acts,
                # "Киев пытается …", stands for its government, a body); after a group of people a
                # village's name too, by its make ("Мешканці Оленівки": no GeoNames city)
                type_ = "GPE"
            elif type_ == "ORG" and (_NEAR.search(body, max(0, start - 15), start) and settlement_shaped(language, text)
                                     or settlement_name(language, text) and not self.kind_before(start)) \
                    and not any(lemma(language, w) in BODY_NAMES or lemma(language, w) in BODY_KINDS
                                for w in text.split()):
                # "біля Кленового Гаю", "возле Березового Лога": a place's make after a word of
                # nearness ("возле Сбербанка", "біля Укрнафти" stay bodies); a settlement's name of
                # two words anywhere ("обстрілу Великої Писарівки")
                type_ = "GPE"
            if start in sent_starts and common_word(language, text) and not (
                    type_ in ("GPE", "LOC") and _opening_place(language, text)) and (
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
        spans = self.branch_and_owner_names(spans)
        spans = self.without_cut_last_word(spans)
        spans = self.bodies_of_places(spans)
        spans = self.quoted_bodies(spans)
        spans = self.coordinated_places(spans)
        self.places_of_bodies(spans)
        self.retype_by_owner(spans)
        self.agents_of_passives(spans)
        self.women_by_verb(spans)
        self.governed_surnames(spans)
        spans.sort(key=lambda x: x.start)
        titled = self.titled_mentions(spans)
        self.groups = group(language, spans)
        by_key = {g.key: g for g in self.groups}
        for s, text, a, b in titled:
            # a further mention of the same person (the claim reader keeps the bare name's span)
            if (text, a, b) not in by_key[s.key].mentions:
                by_key[s.key].mentions.append((text, a, b))
        name_of = {g.key: g.name for g in self.groups}
        for s in spans:
            s.name = name_of[s.key]
        self.spans = spans
        self.surnames = {g.name.split()[-1].lower(): g.name for g in self.groups if g.type == "PERSON"}
