"""The evidence a claim cites: a label from a fixed set and the offsets of the phrase naming it.

Labels: video, photo, satellite, document, intercept, social_media, report, statement, data.
We look for the naming phrase in the claim's own sentence(s) only — evidence mentioned elsewhere
in the article was not cited by this speaker. Ambiguous words ("report", "document", "post") count
only as nouns, checked with the tagger, so "as reported by" is not a report.
"""

from __future__ import annotations

import re

LABELS = ("video", "photo", "satellite", "document", "intercept", "social_media", "report", "statement", "data")

# Order matters: "satellite images" must win over "images", "video statement" stays video.
_PATTERNS: list[tuple[str, re.Pattern, bool]] = [
    ("satellite", re.compile(r"\bsatellite\s+(?:images?|imagery|photos?|pictures?|data)\b|\bsatellite\b", re.I), False),
    ("video", re.compile(r"\b(?:videos?|footage|video\s+clips?|clips?|recordings?|livestream|cctv|bodycam|drone\s+footage)\b", re.I), True),
    ("photo", re.compile(r"\b(?:photos?|photographs?|images?|pictures?|imagery|snapshots?)\b", re.I), True),
    ("intercept", re.compile(r"\b(?:intercepts?|intercepted\s+(?:calls?|communications?|conversations?|messages?|audio)|wiretaps?|phone\s+calls?\s+intercepted)\b", re.I), False),
    ("social_media", re.compile(r"\b(?:telegram|twitter|tweets?|facebook|instagram|tiktok|youtube|vkontakte|vk|social\s+media|x\s+post|posts?\s+on\s+x)\b", re.I), False),
    ("document", re.compile(r"\b(?:documents?|documentation|memos?|letters?|leaked\s+files?|files|records|papers|dossier|transcripts?)\b", re.I), True),
    ("report", re.compile(r"\b(?:reports?|study|studies|investigation|research|analysis|findings|assessment|inquiry|dossier)\b", re.I), True),
    ("statement", re.compile(r"\b(?:statements?|press\s+release|communiqu[eé]|press\s+conference|briefing)\b", re.I), True),
    ("data", re.compile(r"\b(?:data|figures|statistics|tally|dataset|numbers)\b", re.I), True),
]


def find_evidence(text: str, start: int, end: int, noun_at=None) -> list[tuple[str, str, int, int]]:
    """(label, phrase, start, end) for each evidence phrase in ``text[start:end]``.

    ``noun_at(pos)`` says whether the word at ``pos`` is a noun (from the parse); when given, the
    patterns marked noun-only must pass it.
    """
    found: list[tuple[str, str, int, int]] = []
    taken: list[tuple[int, int]] = []
    window = text[start:end]
    for label, pattern, noun_only in _PATTERNS:
        for m in pattern.finditer(window):
            s, e = start + m.start(), start + m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if noun_only and noun_at is not None and not noun_at(s):
                continue
            found.append((label, text[s:e], s, e))
            taken.append((s, e))
    found.sort(key=lambda f: f[2])
    return found
