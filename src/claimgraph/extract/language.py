"""A small language guess for text with no markup: writing system first, then stop words.

Good enough to label a news article (hundreds of words) in one of a few languages; it answers
None rather than guess when the evidence is thin. HTML pages say their language themselves
(``<html lang>``, og:locale, JSON-LD inLanguage), so this is for plain text and Telegram.
"""

from __future__ import annotations

import re

# The most frequent function words of each language: they make up a large share of any prose
# in it, and few of them are shared between the languages listed.
STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in is that for it was on with as by he his at from are have this be an not but had has they were which said".split()),
    "de": frozenset("der die und das ist nicht den ein eine zu mit sich des auf für im dem von auch es wird sie wurde bei nach aus".split()),
    "fr": frozenset("le la les et des est un une du que dans pour qui pas sur au par ne se plus avec sont il elle ont été aux".split()),
    "es": frozenset("el la los las de y en que del un una por con para se no es al lo como más su fue ha pero sus".split()),
    "it": frozenset("il di che la è e per un una del della non le con si da sono gli alla nel dei ha come anche".split()),
    "pt": frozenset("o a os as de do da que e em um uma para com não no na por se dos das ao foi mais como pelo".split()),
    "nl": frozenset("de het een en van is dat op te in niet zijn voor met die er aan ook als door maar werd bij".split()),
    "pl": frozenset("i w na z że nie do się jest to o jak ale od po przez dla jego być już tak które który".split()),
    "ru": frozenset("и в не на что с по как это он к из о за от для но его она так же был было они уже".split()),
    "uk": frozenset("і в не на що з по як це він до та від за для але його вона так же був було вони вже й".split()),
    "id": frozenset("yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh ada adalah".split()),
}

_WORD = re.compile(r"\w+")
_SCRIPTS = (
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Letters only one of the two languages writes: і ї є ґ are Ukrainian, ы э ъ ё Russian.
UKRAINIAN_LETTERS = re.compile(r"[іїєґ]", re.IGNORECASE)
RUSSIAN_LETTERS = re.compile(r"[ыэъё]", re.IGNORECASE)
# Function words that only one of the two languages uses (the shared ones, "в", "не", "на", say nothing).
_RU_ONLY = frozenset("и что это он из о от был было они уже или если чтобы который также его ее её их где когда может этого".split())
_UK_ONLY = frozenset("і що та від був було вони вже й або якщо щоб який також її їх де коли може цього є після".split())
_SAMPLE_CHARS = 20_000  # enough to decide, and bounds the work on a huge document


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when unsure."""
    sample = (text or "")[:_SAMPLE_CHARS]
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < 20:
        return None
    # Scripts used by one language (or one here) decide at once: kana means Japanese even
    # among Chinese characters, Hangul means Korean.
    for code, pattern in _SCRIPTS:
        if len(pattern.findall(sample)) > letters * 0.2:
            return code
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(_CYRILLIC.findall(sample)) > letters * 0.6:
        # Mostly Cyrillic: Russian or Ukrainian here, and even a short Telegram message, with
        # few function words, has letters and words that decide between the two.
        which = ru_or_uk(sample, words)
        if which:
            return which
    if len(words) < 8:
        return None
    scores = {code: sum(1 for w in words if w in stops) for code, stops in STOP_WORDS.items()}
    if scores["ru"] or scores["uk"]:
        which = ru_or_uk(sample, words)
        if which:
            # Russian and Ukrainian share many function words: they count for the one the
            # letters and the words of one language only point to.
            loser = "ru" if which == "uk" else "uk"
            scores[which] += scores[loser]
            scores[loser] = 0
    best = max(scores, key=scores.__getitem__)
    # Prose has a function word every few words; a menu or a list of names does not.
    if scores[best] < max(3, len(words) * 0.08):
        return None
    return best


def ru_or_uk(sample: str, words: list[str] | None = None) -> str | None:
    """"ru" or "uk" for Cyrillic text, from the letters and function words only one language
    uses, counted rather than spotted: a Russian page naming «Укрзалізниця» stays Russian."""
    words = words if words is not None else [w.lower() for w in _WORD.findall(sample)]
    uk = len(UKRAINIAN_LETTERS.findall(sample)) + 2 * sum(1 for w in words if w in _UK_ONLY)
    ru = len(RUSSIAN_LETTERS.findall(sample)) + 2 * sum(1 for w in words if w in _RU_ONLY)
    if uk == ru:
        return None
    return "uk" if uk > ru else "ru"
