"""Known equivalents: bodies whose Russian, Ukrainian and English names do not transliterate
into one another ("Минобороны России" / "Міноборони Росії" / "Russian Ministry of Defence";
"ВСУ" / "ЗСУ" / "Armed Forces of Ukraine"). Our own list, written by hand from the common usage
of news in the three languages; names that transliterate (Укрзалізниця / Ukrzaliznytsia, ГУР /
HUR, Кириленко / Kyrylenko) need no entry: ``names.fold`` already matches them.

Each entry is an English canonical name and the full forms that name it: case, quote marks,
apostrophes, a leading "the" and ё/е do not count, and Russian and Ukrainian names are written
with their case endings left open (``министерств\\w*`` is министерство, министерства,
министерстве …). A form must name the body alone: "Минобороны" or "Генштаб" without the
country are left out, since either side of the war has one; so are spelled-out services and
"СВР", which Russian-language pages use for either state's service: a bare form stands only
where its letters or words name one state's body ("ДПСУ", "СЗР", "Росгвардия", "Госдума"). Used by ``names.match`` (two names
with the same entry are one body, two with different entries are not) and by
``names.blocking_keys`` (a name with an entry is found under it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .translit import to_latin

# the state's name after a body's in the genitive, as written, or in the nominative, as the
# Russian and Ukrainian extractors' normalisation of each word may leave it ("ГУР Украина")
_RU_RUSSIA = r"(?:росси[ия]|рф|российск(?:ой|ая) федераци[ия])"
_UK_RUSSIA = r"(?:росі[їя]|рф|російськ(?:ої|а) федераці[їя])"
_EN_RUSSIA = r"(?:the )?(?:russian federation|russia)"
_RU_UKRAINE = r"украин[ыа]"
_UK_UKRAINE = r"україн[иа]"
_DEFENCE_EN = r"(?:ministry of defen[cs]e|defen[cs]e ministry|mod)"
_FOREIGN_EN = r"(?:ministry of foreign affairs|foreign ministry|foreign affairs ministry)"
_ARMED_RU = r"вооруж[её]нн\w* сил\w*"
_ARMED_UK = r"збройн\w* сил\w*"

#: (English canonical name, the forms that name it, as regular expressions over the folded text).
EQUIVALENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Russian Ministry of Defence", (
        rf"(?:минобороны|министерств\w* обороны) {_RU_RUSSIA}", r"российск\w* (?:минобороны|министерств\w* обороны)",
        rf"(?:міноборони|міністерств\w* оборони) {_UK_RUSSIA}", r"російськ\w* (?:міноборони|міністерств\w* оборони)",
        rf"(?:russian|russias) {_DEFENCE_EN}", rf"{_DEFENCE_EN} of {_EN_RUSSIA}", r"russian military ministry",
    )),
    ("Ukrainian Ministry of Defence", (
        rf"(?:минобороны|министерств\w* обороны) {_RU_UKRAINE}", r"украинск\w* (?:минобороны|министерств\w* обороны)",
        rf"(?:міноборони|міністерств\w* оборони) {_UK_UKRAINE}", r"українськ\w* (?:міноборони|міністерств\w* оборони)",
        rf"(?:ukrainian|ukraines) {_DEFENCE_EN}", rf"{_DEFENCE_EN} of ukraine",
    )),
    ("Armed Forces of Ukraine", (
        r"всу", r"зсу", rf"{_ARMED_RU} {_RU_UKRAINE}", rf"{_ARMED_UK} {_UK_UKRAINE}",
        r"armed forces of ukraine", r"(?:ukrainian|ukraines) armed forces", r"afu", r"zsu", r"vsu",
        # the troops by their country: "Украинские войска", "українські військові", "Ukrainian forces"
        r"украинск\w* (?:войск\w*|военн\w*|вооруж[её]нн\w* сил\w*)", r"українськ\w* (?:військ\w*|військов\w*|збройн\w* сил\w*)",
        r"(?:ukrainian|ukraines) (?:forces|troops|army|military)",
    )),
    ("General Staff of the Armed Forces of Ukraine", (
        rf"(?:генштаб\w*|генеральн\w* штаб\w*) (?:всу|зсу|{_ARMED_RU} {_RU_UKRAINE}|{_ARMED_UK} {_UK_UKRAINE}|{_RU_UKRAINE}|{_UK_UKRAINE})",
        r"general staff of (?:the )?(?:armed forces of ukraine|ukrainian armed forces|afu|zsu|ukraine)",
        r"(?:ukrainian|ukraines) general staff", r"general staff of ukraines armed forces",
    )),
    ("General Staff of the Russian Armed Forces", (
        rf"(?:генштаб\w*|генеральн\w* штаб\w*) (?:вс рф|вс {_RU_RUSSIA}|{_ARMED_RU} {_RU_RUSSIA}|{_RU_RUSSIA}|зс рф|{_ARMED_UK} {_UK_RUSSIA}|{_UK_RUSSIA})",
        r"российск\w* (?:генштаб\w*|генеральн\w* штаб\w*)", r"російськ\w* (?:генштаб\w*|генеральн\w* штаб\w*)",
        rf"general staff of (?:the )?(?:russian armed forces|armed forces of {_EN_RUSSIA}|{_EN_RUSSIA})",
        r"(?:russian|russias) general staff",
    )),
    ("Russian Armed Forces", (
        rf"{_ARMED_RU} {_RU_RUSSIA}", r"вс рф", rf"{_ARMED_UK} {_UK_RUSSIA}", r"зс рф",
        r"russian armed forces", r"russias armed forces", rf"armed forces of {_EN_RUSSIA}",
        r"российск\w* (?:войск\w*|военн\w*|оккупант\w*|вооруж[её]нн\w* сил\w*)",
        r"російськ\w* (?:військ\w*|військов\w*|окупант\w*|збройн\w* сил\w*)",
        r"(?:russian|russias) (?:forces|troops|army|military|occupiers|occupying forces)",
    )),
    ("Stavka of the Supreme Commander-in-Chief", (
        r"ставк\w* верховного главнокомандующего", r"ставк\w* верховного головнокомандувача",
        r"stavka(?: of the supreme commander-in-chief)?", r"supreme commander-in-chiefs? (?:staff|headquarters)",
    )),
    ("Defence Intelligence of Ukraine", (
        rf"гур(?: мо(?: {_RU_UKRAINE}| {_UK_UKRAINE})?| минобороны {_RU_UKRAINE}| міноборони {_UK_UKRAINE}| {_RU_UKRAINE}| {_UK_UKRAINE})?", r"[gh]ur(?: mou?)?",
        r"главн\w* управлени\w* разведки(?: минобороны украины| министерства обороны украины| мо украины)?",
        r"головн\w* управлінн\w* розвідки(?: міноборони україни| міністерства оборони україни| мо україни)?",
        r"defen[cs]e intelligence of ukraine", r"(?:ukrainian|ukraines) (?:military|defen[cs]e) intelligence",
        r"main (?:intelligence )?directorate of (?:the )?(?:ministry of defen[cs]e of ukraine|ukrainian defen[cs]e ministry)",
    )),
    ("Security Service of Ukraine", (
        r"сбу", r"служб\w* безопасности украины", r"служб\w* безпеки україни",
        r"sbu", r"security service of ukraine", r"(?:ukrainian|ukraines) security service",
    )),
    ("Federal Security Service of Russia", (
        rf"фсб(?: {_RU_RUSSIA}| {_UK_RUSSIA})?", rf"федеральн\w* служб\w* безопасности(?: {_RU_RUSSIA})?",
        rf"федеральн\w* служб\w* безпеки(?: {_UK_RUSSIA})?", r"fsb", rf"federal security service(?: of {_EN_RUSSIA})?",
        r"russian federal security service", r"russias (?:fsb|federal security service)",
    )),
    ("Foreign Intelligence Service of Russia", (
        rf"свр {_RU_RUSSIA}", rf"служб\w* внешней разведки {_RU_RUSSIA}", rf"служб\w* зовнішньої розвідки {_UK_RUSSIA}",
        rf"foreign intelligence service of {_EN_RUSSIA}", r"(?:russian|russias) foreign intelligence service", r"svr",
    )),
    ("Foreign Intelligence Service of Ukraine", (
        rf"сзр(?: {_UK_UKRAINE})?", rf"служб\w* зовнішньої розвідки {_UK_UKRAINE}", rf"служб\w* внешней разведки {_RU_UKRAINE}",
        r"foreign intelligence service of ukraine", r"(?:ukrainian|ukraines) foreign intelligence service", r"szru?",
    )),
    ("State Border Guard Service of Ukraine", (
        r"дпсу", r"гпсу", r"державн\w* прикордонн\w* служб\w* україни", r"государственн\w* пограничн\w* служб\w* украины",
        r"(?:state )?border (?:guard )?service of ukraine", r"(?:ukrainian|ukraines) (?:state )?border (?:guard )?service", r"dpsu",
    )),
    ("Russian National Guard", (
        r"росгварди\w*", r"росгварді\w*", rf"национальн\w* гварди\w* {_RU_RUSSIA}", rf"національн\w* гварді\w* {_UK_RUSSIA}",
        r"rosgvardiy?a", r"(?:russian|russias) national guard", rf"national guard of {_EN_RUSSIA}",
    )),
    ("State Duma", (
        r"госдум\w*", r"государственн\w* дум\w*", r"державн\w* дум\w*", r"(?:russian |russias )?state duma",
    )),
    ("Investigative Committee of Russia", (
        rf"ск {_RU_RUSSIA}", rf"следственн\w* комитет\w* {_RU_RUSSIA}", rf"слідч\w* комітет\w* {_UK_RUSSIA}",
        rf"investigative committee of {_EN_RUSSIA}", r"(?:russian|russias) investigative committee",
    )),
    ("Russian Foreign Ministry", (
        rf"мид {_RU_RUSSIA}", rf"министерств\w* иностранных дел {_RU_RUSSIA}", r"российск\w* мид",
        rf"мзс {_UK_RUSSIA}", rf"міністерств\w* закордонних справ {_UK_RUSSIA}", r"російськ\w* мзс",
        rf"(?:russian|russias) {_FOREIGN_EN}", rf"{_FOREIGN_EN} of {_EN_RUSSIA}",
    )),
    ("Ukrainian Foreign Ministry", (
        rf"мид {_RU_UKRAINE}", rf"министерств\w* иностранных дел {_RU_UKRAINE}",
        rf"мзс {_UK_UKRAINE}", rf"міністерств\w* закордонних справ {_UK_UKRAINE}",
        rf"(?:ukrainian|ukraines) {_FOREIGN_EN}", rf"{_FOREIGN_EN} of ukraine",
    )),
    ("International Committee of the Red Cross", (
        r"мккк", r"международн\w* комитет\w* красного креста", r"міжнародн\w* комітет\w* червоного хреста",
        r"icrc", r"international committee of the red cross",
    )),
    ("United Nations", (
        r"оон", r"организаци\w* объедин[её]нных наций", r"організаці\w* обєднаних націй", r"un", r"united nations",
    )),
    ("International Atomic Energy Agency", (
        r"магат[эе]", r"международн\w* агентств\w* по атомной энергии", r"міжнародн\w* агентств\w* з атомної енергії",
        r"iaea", r"international atomic energy agency",
    )),
    ("Organization for Security and Co-operation in Europe", (
        r"обсе", r"обсє", r"организаци\w* по безопасности и сотрудничеству в европе",
        r"організаці\w* з безпеки (?:і|та) співробітництва в європі",
        r"osce", r"organi[sz]ation for security and co-?operation in europe",
    )),
    ("Kremlin", (r"кремл\w*", r"kremlin")),
    ("Donetsk People's Republic", (
        r"днр", r"донецк\w* народн\w* республик\w*", r"донецьк\w* народн\w* республік\w*",
        r"dpr", r"dnr", r"donetsk peoples republic",
    )),
    ("Luhansk People's Republic", (
        r"лнр", r"луганск\w* народн\w* республик\w*", r"луганськ\w* народн\w* республік\w*",
        r"lpr", r"lnr", r"(?:luhansk|lugansk) peoples republic",
    )),
    ("Ukrainian Air Force", (
        rf"повітрян\w* сил\w* (?:зсу|{_UK_UKRAINE}|{_ARMED_UK} {_UK_UKRAINE})", rf"воздушн\w* сил\w* (?:всу|{_RU_UKRAINE})",
        r"(?:ukrainian|ukraines) air force", r"air force of ukraine", r"air force of the armed forces of ukraine",
    )),
    ("RBC-Ukraine", (r"рбк-украин\w*", r"рбк-україн\w*", r"rbc-ukraine")),
    ("Ukrainian Railways", (
        r"укрзал[іи]зниц\w*", r"укрзализныц\w*", r"ukrzaliznytsia", r"ukrainian railways",
    )),
    ("State Emergency Service of Ukraine", (
        r"дснс(?: україни)?", r"гсчс(?: украины)?", r"державн\w* служб\w* (?:україни )?з надзвичайних ситуацій",
        r"государственн\w* служб\w* (?:украины )?по чрезвычайным ситуациям",
        r"state emergency service of ukraine", r"(?:ukrainian|ukraines) state emergency service", r"dsns",
    )),
    ("National Police of Ukraine", (
        r"национальн\w* полици\w* украины", r"нацполици\w*(?: украины)?", r"національн\w* поліці\w* україни",
        r"нацполіці\w*(?: україни)?", r"national police of ukraine", r"(?:ukrainian|ukraines) national police",
    )),
)

#: Bodies of a region, named after it: (kind, the forms with the region's name as group "place").
#: The region is written as an adjective in Russian and Ukrainian ("Херсонской", "Донецької"),
#: as a noun in English ("Kherson"); ОВА / ОГА / ОДА abbreviate the kinds.
REGIONAL: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Regional Military Administration", (
        r"(?P<place>\w+?)(?:ая|ой|ую|ом|а|ої|у|ій) (?:областн\w* военн\w* администраци\w*|обласн\w* військов\w* адміністраці\w*|ова)",
        r"(?P<place>\w+) (?:regional|oblast) military administration", r"(?P<place>\w+) (?:rma|ova)",
    )),
    ("Regional State Administration", (
        r"(?P<place>\w+?)(?:ая|ой|ую|ом|а|ої|у|ій) (?:областн\w* государственн\w* администраци\w*|обласн\w* державн\w* адміністраці\w*|ога|ода)",
        r"(?P<place>\w+) (?:regional|oblast) state administration", r"(?P<place>\w+) (?:rsa|oda)",
    )),
)

_COMPILED = tuple((name, re.compile("|".join(f"(?:{f})" for f in forms))) for name, forms in EQUIVALENTS)
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_PUNCT = re.compile(r"[«»\"“”„()\[\].,;:!?]")


def _folded(name: str) -> str:
    text = _APOSTROPHES.sub("", name.lower().replace("ё", "е"))
    text = " ".join(_PUNCT.sub(" ", text).replace("-", " - ").split()).replace(" - ", "-")
    return text[4:] if text.startswith("the ") else text


_REGIONAL = tuple((kind, tuple(re.compile(f) for f in forms)) for kind, forms in REGIONAL)


def _place_key(word: str) -> str:
    """A region's name in one spelling for all three languages: romanised, folded where the
    romanisations disagree, a final -sk dropped, its consonants after the first letter, the first
    four of them ("Херсонск-" and "Kherson": hrsn; "Харківськ-", "Харьковск-" and "Kharkiv": hrkv)."""
    latin = re.sub(r"[^a-z]", "", to_latin(word).lower())
    for a, b in (("kh", "h"), ("zh", "z"), ("ts", "c"), ("ch", "c"), ("sh", "s"), ("g", "h"), ("y", "i")):
        latin = latin.replace(a, b)
    # the adjective's -sk- dropped, and a name's own final -sk with it, so that "Сумск-" meets
    # "Sumy", "Одесск-" "Odesa" and "Луганск-" "Luhansk"; Ukrainian writes one s where the name
    # ends in one ("Одеськ-": odes)
    if latin.endswith("sk") and len(latin) >= 5:
        latin = latin[:-2] + ("s" if latin[-3] in "aeiou" else "")
    latin = re.sub(r"(.)\1+", r"\1", latin)
    return (latin[:1] + re.sub(r"[aeiou]", "", latin[1:]))[:4]


@lru_cache(maxsize=65536)
def known_equivalent(name: str) -> str | None:
    """The English canonical name of the body ``name`` names by the table, or None; a regional
    body is its kind after its region's key ("hrsn Regional Military Administration")."""
    text = _folded(name)
    for canonical, pattern in _COMPILED:
        if pattern.fullmatch(text):
            return canonical
    for kind, forms in _REGIONAL:
        for form in forms:
            m = form.fullmatch(text)
            if m:
                return f"{_place_key(m.group('place'))} {kind}"
    return None
