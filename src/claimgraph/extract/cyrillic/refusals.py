"""Refusals and hedges: "отказался комментировать", "не вдалося зв'язатися з X" (``no_comment``, the
whole clause, with the report it leaves unconfirmed as its reporter's claim), and what the writer
passes on from nobody named ("предположительно", "нібито": ``unattributed``)."""

from __future__ import annotations

import re
from dataclasses import replace

from .lexicon import (
    HEDGES,
    NO_COMMENT,
    THAT,
)
from .reader import _STRIP, _WORD, _Speaker
from .quotes import Quotations


#: After a refusal: the report left unconfirmed, its source, and what it says.
_REPORT_OF = re.compile(r"\s+(?:\w+\s+)?(дані|даних|інформацію|інформації|повідомлення|данные|данных|информацию|"
                        r"информации|сообщения|сообщение|сведения)\s+(.{2,60}?)\s+(?:щодо|про|о|об|относительно)\s+(.+)",
                        re.IGNORECASE)


#: Trying to reach someone for comment, and failing ("связаться с X не удалось").
_REACHED = re.compile(r"(?:связаться|зв['’ʼ]?язатися)\s+(?:с|со|з|із)\s+", re.IGNORECASE)


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
            self.unconfirmed_report(cue[1], sb)

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
