"""Named entities of a Russian or Ukrainian text: natasha's NER spans, typed in the project's
scheme, person names put in the nominative (pymorphy3), and mentions of one entity grouped.

Split by construction (session 12), each module on the ones before it: ``entity_types`` (the span,
word classes by tag and lemma: heads of names, abbreviations, peoples, a person's name, title or
group), ``nominative`` (names in the nominative), ``places`` (states, cities, settlements,
hromadas, waters; a body's compounded name), ``spans`` (spans trimmed, fixed, cut in two, read from
their shape) and this module: a span's type (``entity_type``), the mentions grouped into entities
(``group``), and every name the claim reader and the tests import from here."""

from __future__ import annotations

import re

from .entity_types import _LOC_WORDS
from .entity_types import (
    EntitySpan,
    INITIAL_BEFORE,
    LEGAL_FORMS,
    abbreviation_type,
    administration,
    body_head,
    common_abbreviation,
    common_word,
    demonym,
    initialed_names,
    name_head_lemma,
    press_service_word,
    spokesman_word,
    surname_word,
)
from .nominative import (
    canonical,
    head_nominative,
    person_nominative,
    surname_in_case,
    surname_of_full_name,
)
from .places import (
    adjective_city,
    after_place_preposition,
    body_compound,
    hromada_adjective,
    place_word,
    settlement_name,
    settlement_shaped,
    state_name,
    state_word,
    water_or_region_word,
)
from .spans import (
    fix_person,
    lead_common_noun,
    lead_cue_words,
    lead_verbs,
    pattern_spans,
    place_of_common_words,
    split_span,
    trim_group,
    trim_trailing_role,
    trim_verbs,
)

__all__ = [
    "abbreviation_type",
    "adjective_city",
    "administration",
    "after_place_preposition",
    "body_compound",
    "body_head",
    "canonical",
    "common_abbreviation",
    "common_word",
    "demonym",
    "entity_type",
    "EntitySpan",
    "fix_person",
    "group",
    "head_nominative",
    "hromada_adjective",
    "INITIAL_BEFORE",
    "initialed_names",
    "lead_common_noun",
    "lead_cue_words",
    "lead_verbs",
    "LEGAL_FORMS",
    "name_head_lemma",
    "pattern_spans",
    "person_nominative",
    "place_of_common_words",
    "place_word",
    "press_service_word",
    "settlement_name",
    "settlement_shaped",
    "split_span",
    "spokesman_word",
    "state_name",
    "state_word",
    "surname_in_case",
    "surname_of_full_name",
    "surname_word",
    "trim_group",
    "trim_trailing_role",
    "trim_verbs",
    "water_or_region_word",
]


#: Head words that make a place a facility or a natural feature rather than a polity.
_FAC_WORDS = re.compile(r"\b(?:ГЭС|ГЕС|АЭС|АЕС|ТЭЦ|ТЕЦ|ТЭС|ТЕС|НПЗ|АЗС|вокзал\w*|аэропорт\w*|аеропорт\w*|завод\w*|порт\w*|мост\w*|міст|"
                        r"дамб\w*|плотин\w*|гребл\w*|(?:драм)?театр\w*|больниц\w*|лікарн\w*|колон[иі]\w*|СИЗО|тюрьм\w*|в'язниц\w*|"
                        r"комбінат\w*|комбинат\w*)\b",
                        re.IGNORECASE)


#: A region named by its adjective and noun ("Бєлгородською областю", "Курской области").
_REGION = re.compile(r"[А-ЯІЇЄҐЁ][\w'’-]+\s+(?:област|район|округ|громад|кра[йюяе]\b)\w*")


def entity_type(natasha_type: str, text: str) -> str:
    if natasha_type == "PER":
        return "PERSON"
    if _FAC_WORDS.search(text):   # natasha tags a power plant or a station ORG or LOC
        return "FAC"
    if _REGION.fullmatch(text) and not ("громад" in text.lower() and not hromada_adjective(text.split()[0])):
        return "GPE"   # natasha tags a region in an oblique case ORG now and then
    if natasha_type == "ORG":
        return "ORG"
    if _LOC_WORDS.search(text):
        return "LOC"
    return "GPE"


def group(language: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """One entity per person (by surname: "Песков" joins "Дмитрий Песков") and per name."""
    groups: dict[tuple[str, str], EntitySpan] = {}
    order: list[tuple[str, str]] = []
    persons_by_surname: dict[str, tuple[str, str]] = {}
    # surnames of the persons named in full: a surname alone whose nominative reads as a woman's
    # ("По словам Самойлова") joins the man named so ("Виктор Самойлов") by its other reading
    full = {s.name.split()[-1].lower() for s in spans if s.type == "PERSON" and len(s.name.split()) >= 2}
    for s in spans:
        if s.type == "PERSON":
            parts = s.name.split()
            surname = parts[-1].lower()
            if len(parts) == 1:
                surname = surname_of_full_name(language, parts[0], full) or surname
            key = persons_by_surname.get(surname) or ("PERSON", surname)
            persons_by_surname.setdefault(surname, key)
        else:
            key = (s.type, s.name.lower())
        s.key = "|".join(key)
        g = groups.get(key)
        if g is None:
            g = groups[key] = EntitySpan(s.start, s.end, s.type, s.text, s.name, s.key)
            order.append(key)
        elif s.type == "PERSON" and len(s.name.split()) > len(g.name.split()):
            g.name = s.name    # the fullest form of the name is the canonical one
        g.mentions.append((s.text, s.start, s.end))
    return [groups[k] for k in order]
