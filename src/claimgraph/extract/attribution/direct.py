"""Direct quotations: a quote attributed by a cue before, after or around it, a dash signature, a
colon, a colon-ended sentence, or a continuation of the previous speaker's quote."""

from __future__ import annotations

import bisect
import re


from ..cues import (
    ABOUT_VERBS,
    COGNITION_VERBS,
    INTENT_VERBS,
    STANCE_VERBS,
    EVIDENCE_SUBJECTS,
    SPEECH_VERBS,
)
from ..quotes import Quote
from .model import Claim
from .reader import ChunkReader, _agentive


_DASH_SIGNATURE = re.compile(r"[ \t]*[―—–]{1,2}[ \t]*([^\n]{2,80}?)[ \t.]*(?=\n|$)")


def _is_cue_lemma(tok) -> bool:
    """A word of speech, thought, intention or stance (by lemma): a quote right after one
    ("said “…”") still stands as a clause."""
    lemma = tok.lemma_.lower()
    return (lemma in SPEECH_VERBS or lemma in COGNITION_VERBS or lemma in INTENT_VERBS or lemma in STANCE_VERBS
            or lemma in ABOUT_VERBS)


def merged_into_key(merged: dict[int, int], qi: int) -> int:
    for k, v in merged.items():
        if v == qi:
            return k
    return qi


#: A few of the writer's words after a closing quote mark, then a comma and a signature verb.
_WRITER_TAIL = re.compile(r"([^“”\"\n.!?;:]{1,60}?),\s+(said|says|told|added)\b")


#: Verbs that sign a quote in a sentence of their own ("“…” Olsen said."); not agree, disagree,
#: deny or object, which answer the words rather than utter them.
_SIGNATURE_VERBS = frozenset("say tell add answer reply respond explain continue write note recall insist "
                             "conclude ask shout whisper remark".split())
_NO_SPEAKER = frozenset("nobody noone none everyone everybody anyone anybody someone somebody nothing".split())


class DirectQuotes(ChunkReader):
    """Direct quotations and their attribution."""

    def direct(self) -> None:
        text = self.text
        for qi, q in enumerate(self.quotes):
            if not self._standalone(q):
                continue
            self.standalone.add(qi)
        merged_into: dict[int, int] = {}
        for qi, q in enumerate(self.quotes):
            if qi not in self.standalone or qi in merged_into:
                continue
            lo_bound, hi_bound = self._bounds(q)
            cue, subj, where = self._cue_after(q, hi_bound) if self._ends_open(q) else (None, None, None)
            if cue is None:
                cue, subj, where = self._cue_before(q, lo_bound)
            if cue is None and not self._ends_open(q):
                cue, subj, where = self._cue_after(q, hi_bound, strict=True)
                if cue is None:
                    cue, subj, where = self._bare_signature_after(q, hi_bound)
            start, end, parts = q.inner_start, q.inner_end, None
            if cue is not None and where == "after":
                # "“A,” he said, “B.”": the next quote in the same sentence continues this one.
                nxt = self._next_sibling(qi)
                if nxt is not None:
                    nq = self.quotes[nxt]
                    between = text[q.end : nq.start]
                    frame_cues = [t for t in self._frame_tokens(q.end, nq.start) if t.lemma_.lower() in SPEECH_VERBS
                                  and t.pos_ in ("VERB", "AUX")]
                    # ", adding," between the pieces makes the second a claim of its own
                    same_sentence = len(between) < 120 and "\n" not in between and \
                        between.strip(" \t'\"‘’“”").endswith((",", ":")) and len(frame_cues) <= 1
                    # “A,” he said. “B. C.” — the quote resumes in the next sentence of the same
                    # paragraph with no cue of its own: still the same speaker, same claim.
                    # The frame may carry an apposition and abbreviations ("said Rep. G.K.
                    # Butterfield (D-N.C.), head of the caucus."): count sentence stops by token.
                    stops = [t for t in self._frame_tokens(q.end, nq.start) if t.text in (".", "!", "?")]
                    next_sentence = len(between) < 250 and "\n" not in between and \
                        between.strip(" \t'\"‘’“”").endswith(".") and len(stops) == 1 and \
                        self._cue_after(nq, self._bounds(nq)[1])[0] is None
                    if same_sentence or next_sentence:
                        parts = [(q.inner_start, q.inner_end), (nq.inner_start, nq.inner_end)]
                        end = nq.inner_end
                        merged_into[nxt] = qi
            if cue is None:
                cue, subj, where = self._dash_signature(q)
            if cue is None:
                claim = self._colon_or_continuation(q, qi, lo_bound)
                if claim is not None:
                    self.quote_claim[qi] = claim
                continue
            if isinstance(cue, str):
                claim = self.make_claim(kind="direct", start=start, end=end, cue_text=cue, speaker_span=subj, parts=parts)
            else:
                claim = self.make_claim(kind="direct", start=start, end=end, cue_tokens=[cue], subj=subj, parts=parts)
            if claim is not None:
                self.quote_claim[qi] = claim
                if parts:
                    self.quote_claim[merged_into_key(merged_into, qi)] = claim
        for qi, q in enumerate(self.quotes):
            if qi not in self.standalone and q.parent is None:
                self._opened_in_writers_words(qi, q)
                if qi not in self.quote_claim:
                    self._finished_in_writers_words(qi, q)

    def _finished_in_writers_words(self, qi: int, q: Quote) -> None:
        """'“Our town cannot live on one ferry” the council leased, said X': a sentence the
        quotation opens and a few words of the writer's finish, signed after them, is one mixed
        claim from the quote's start to the comma before the signature."""
        text = self.text
        j = q.start - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j >= 0 and text[j] not in "\n.!?":
            return   # the quote does not open the sentence
        m = _WRITER_TAIL.match(text, q.end)
        if m is None or q.words(text) < 4:
            return
        cue = self.tok_at(m.start(2))
        if cue is None or not self.is_cue(cue) or cue.lemma_.lower() not in ("say", "tell", "add"):
            return
        span = self._frame_speaker([t for t in self._frame_tokens(m.start(2), min(len(text), m.end() + 120))
                                    if not t.is_punct], cue)
        if span is None:
            return
        claim = self.make_claim(kind="mixed", start=q.inner_start, end=m.end(1), cue_tokens=[cue], speaker_span=span)
        if claim is not None:
            self.quote_claim[qi] = claim

    def _opened_in_writers_words(self, qi: int, q: Quote) -> None:
        """"Those who bore witness “saw bodies … names,” said Oksana Pokalchuk": a sentence the
        writer opens and the quotation finishes, signed after it, is one mixed claim from the
        sentence's start to the quote's end."""
        inner = self.text[q.inner_start : q.inner_end].rstrip("'’\"” ")
        if not (inner.endswith((",", "?", "!")) or self.text[q.end : q.end + 1] == ","):
            return  # the writer's sentence goes on after the quote ("who “steals $20s” is held …")
        cue, subj, where = self._cue_after(q, self._bounds(q)[1])
        if cue is None or isinstance(cue, str) or where != "after" or q.words(self.text) < 4:
            return
        if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > cue.i for c in cue.children):
            return  # "On “Face the Nation,” Pence said his …": the cue has content of its own
        start = self.sentence_start(self.sent_of(self.tok_at(q.start)))
        lead = self._frame_tokens(start, q.start)
        if not lead or len(lead) > 15 or any(self.is_cue(t) or t.text in "“”\"‘’" for t in lead) \
                or self.in_quote(start) is not None:
            return
        self.make_claim(kind="mixed", start=start, end=q.inner_end, cue_tokens=[cue], subj=subj)

    def _standalone(self, q: Quote) -> bool:
        """A quote that stands as a clause of its own, not words embedded in the writer's."""
        text = self.text
        lo = q.inner_start if q.parent is None else self.quotes[q.parent].inner_start
        j = q.start - 1
        while j >= 0 and text[j] in " \t\u00a0":
            j -= 1
        left_ok = j < lo or text[j] in "\n.!?,:;—–-(" or (q.parent is not None and j < self.quotes[q.parent].inner_start)
        if j >= 0 and text[j] in "“‘\"'":
            left_ok = True
        k = q.end
        while k < len(text) and text[k] in " \t\u00a0":
            k += 1
        nxt = text[k] if k < len(text) else "\n"
        # a quote ending in a nested one ("… he said, ‘we want to work with you,’”") ends where
        # the nested one does
        inner = text[q.inner_start : q.inner_end].rstrip("'’\"” ")
        inner_last = inner[-1] if inner else text[q.inner_end - 1]
        right_ok = inner_last in ",.!?…—–-:;" or nxt in "\n,.!?—–-:;”’\"'"
        if left_ok and not right_ok and nxt.isalpha() and q.words(text) >= 4:
            # ‘…That is all" says one man’: the comma left out before an inverted signature
            after = self.tok_at(k)
            right_ok = after is not None and after.idx == k and after.lemma_.lower() in SPEECH_VERBS \
                and after.tag_ in ("VBZ", "VBD") and any(c.dep_ == "nsubj" and c.i > after.i for c in after.children)
        if not (left_ok and right_ok):
            return False
        if q.parent is None and j >= 0 and (text[j].isalpha() or text[j] in "’'"):
            # a quote opened right after a preposition, article or possessive names a title or
            # a phrase of the writer's sentence ("said on CBS’s “Face the Nation”")
            prev = self.tok_at(j)
            if prev is not None and (prev.tag_ in ("IN", "DT", "POS", "PRP$") and prev.lower_ not in ("that", "as")):
                return False
            if prev is not None and not prev.is_punct and not _is_cue_lemma(prev) and prev.lower_ not in ("that", "as"):
                return False
        # A short quote that ends a sentence after a lower-case word is a scare quote
        # ("what he called “genocide.”"); left_ok already excludes that, this keeps one-word
        # quotes after a comma only when a cue frame follows or precedes.
        return True

    def _ends_open(self, q: Quote) -> bool:
        # “…,” he said / “…?” she asked — the sentence continues after the closing mark.
        text = self.text
        k = q.end
        while k < len(text) and text[k] in " \t":
            k += 1
        after = text[k : k + 1]
        inner = text[q.inner_start : q.inner_end].rstrip("'’\"” ")
        last = inner[-1] if inner else text[q.inner_end - 1]
        return last in ",?!—–-" or after in (",", "") or (after.islower())

    def _bounds(self, q: Quote) -> tuple[int, int]:
        if q.parent is not None:
            p = self.quotes[q.parent]
            return p.inner_start, p.inner_end
        s, _ = self._para_bounds(q.start)
        _, e = self._para_bounds(max(q.end - 1, 0))
        return s, e

    def _next_sibling(self, qi: int) -> int | None:
        k = self.next_sib[qi]
        # skip a title or phrase quoted in the frame ("“A,” he said on ABC’s “This Week.” “B.”")
        while k is not None and k not in self.standalone and self.quotes[k].start - self.quotes[qi].end < 120 \
                and "\n" not in self.text[self.quotes[qi].end : self.quotes[k].start]:
            k = self.next_sib[k]
        return k if k is not None and k in self.standalone else None

    def _index(self, q: Quote) -> int:
        k = bisect.bisect_left(self.q_starts, q.start)
        while self.quotes[k] is not q:
            k += 1
        return k

    def _sib_after(self, q: Quote) -> int | None:
        return self.next_sib[self._index(q)]

    def _sib_before(self, q: Quote) -> int | None:
        return self.prev_sib[self._index(q)]

    def _cue_after(self, q: Quote, hi: int, strict: bool = False):
        text = self.text
        # The frame after the quote: up to the next quote mark at this level or the sentence end.
        stop = hi
        ns = self._sib_after(q)
        if ns is not None:
            stop = min(stop, self.quotes[ns].start)
        # the first sentence stop, not the period of an abbreviation ("Mr. Alexander said")
        frame_end = stop
        for m in re.finditer(r"[.!?](?=\s|$)", text[q.end : stop]):
            t = self.tok_at(q.end + m.start())
            if t is None or t.is_punct:
                frame_end = q.end + m.end()
                break
        toks = self._frame_tokens(q.end, frame_end)
        words = [t for t in toks if not t.is_punct]
        if strict and (not words or not words[0].text[:1].islower()):
            return None, None, None
        for t in words[:12]:
            if self.is_cue(t):
                subj = self.subject_of(t)
                if subj is not None and self._outside_quotes(subj, t):
                    return t, subj, "after"
                # The parser often takes the quote for the subject or the speaker for an object
                # ("…,” said the minister"); fall back to the noun phrase next to the cue.
                span = self._frame_speaker(words, t)
                if span is not None:
                    return t, span, "after"
                return None, None, None
        # "“…,” a nurse who supervised the certificates and later fled told AP.": a long subject
        # holding the whole frame before its cue
        for t in words[12:40]:
            if self.is_cue(t):
                subj = self.subject_of(t)
                if subj is not None and subj.left_edge.i == words[0].i and self._outside_quotes(subj, t):
                    return t, subj, "after"
                break
        return None, None, None

    def _bare_signature_after(self, q: Quote, hi: int):
        """'“… by spring.” Marek Olsen said.': a quote closed by its own sentence stop, then a
        sentence that is nothing but a signature (speaker and speech verb, a few adjunct words,
        no clause or object of its own) — the signature can only be the quote's."""
        before = self.text[: q.start].rstrip(" \t")
        if before and before[-1] not in ".!?\n\u201d\"'\u2019":
            return None, None, None   # 'The council called the plan “…”. Olsen said.': a quote inside narration
        cue, subj, where = self._cue_after(q, hi)
        if cue is None or cue.lemma_.lower() not in _SIGNATURE_VERBS or cue.pos_ not in ("VERB", "AUX"):
            return None, None, None   # "“…” Olsen disagreed.": a reaction to the words, not their speaker
        if subj is not None and not hasattr(subj, "lower_"):
            subj = subj.root   # a subject handed on as a span (a speaker kept whole): its head word decides
        if subj is None or subj.lower_ in _NO_SPEAKER or any(
                c.dep_ in ("det", "neg") and c.lower_ in ("no", "every", "any", "not") for c in subj.children):
            return None, None, None   # "“…” Nobody said."
        sent = self.sent_of(cue)
        closing = self.tok_at(q.end - 1)
        words = [t for t in sent if not t.is_punct and t.i > closing.i] if closing is not None else []
        if not words or len(words) > 10 or sent.text.rstrip()[-1:] not in ".!" or self.in_quote(cue.idx):
            return None, None, None
        if any(c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "advcl", "conj", "acomp", "oprd") for c in cue.children):
            return None, None, None
        if any(t.dep_ == "ROOT" and t.i != cue.i for t in words):
            return None, None, None
        return cue, subj, where

    def _outside_quotes(self, tok, cue) -> bool:
        return self.in_quote(tok.idx) == self.in_quote(cue.idx)

    def _frame_speaker(self, words, cue):
        """The noun phrase right after the cue ("said Petro Hnatiuk"), else right before it."""
        doc = self.doc
        nominal = ("PROPN", "NOUN", "PRON", "ADJ", "DET", "NUM")
        i = cue.i + 1
        run = []
        while i < len(doc) and doc[i] in words and (doc[i].pos_ in nominal or doc[i].text in "-’'"):
            run.append(doc[i])
            i += 1
        if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in run):
            run = []
            i = cue.i - 1
            while i >= 0 and doc[i] in words and (doc[i].pos_ in nominal or doc[i].text in "-’'"):
                run.insert(0, doc[i])
                i -= 1
        if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in run):
            return None
        return doc[run[0].i : run[-1].i + 1]

    def _cue_before(self, q: Quote, lo: int):
        text = self.text
        # The frame before: back to the previous quote at this level, the sentence start, or lo.
        start = lo
        ps = self._sib_before(q)
        if ps is not None and self.quotes[ps].end > start:
            start = self.quotes[ps].end
        # back to the start of the sentence the quote opens in (or the previous one when that
        # ends with a colon — "He said:\n“…”")
        tok = self.tok_at(max(q.start - 1, 0))
        sent_start = self.sent_of(tok).start_char if tok is not None else start
        start = max(start, min(sent_start, q.start))
        frame = text[start : q.start].rstrip()
        if not frame:
            return None, None, None
        last = frame[-1]
        toks = self._frame_tokens(start, q.start)
        words = [t for t in toks if not t.is_punct]
        if last in ",:" or (words and words[-1].lemma_.lower() in SPEECH_VERBS):
            for t in reversed(words):
                if self.is_cue(t):
                    subj = self.subject_of(t)
                    if subj is not None and self._outside_quotes(subj, t):
                        return t, subj, "before"
                    span = self._frame_speaker(words, t)
                    if span is not None:
                        return t, span, "before"
                    return None, None, None
            if last == ":" and 0 < len(words) <= 10 and any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in words):
                # "X: “…”" — the phrase before the colon is the speaker.
                head = next((t for t in reversed(words) if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
                span = self.doc[words[0].i : words[-1].i + 1]
                if head is not None and not any(t.pos_ == "VERB" for t in words):
                    return ":", span, "colon"
        return None, None, None

    def _dash_signature(self, q: Quote):
        """“…” ― Name: a quotation signed by a dash and a name closing the line."""
        if q.parent is not None:
            return None, None, None
        m = _DASH_SIGNATURE.match(self.text, q.end)
        if not m:
            return None, None, None
        toks = [t for t in self._frame_tokens(m.start(1), m.end(1)) if not t.is_punct]
        if not toks or len(toks) > 8 or not any(t.pos_ == "PROPN" for t in toks) or any(t.pos_ == "VERB" for t in toks):
            return None, None, None
        return m.group(0).strip()[:1], self.doc[toks[0].i : toks[-1].i + 1], "dash"

    def _colon_or_continuation(self, q: Quote, qi: int, lo: int) -> Claim | None:
        text = self.text
        if q.parent is not None:
            return None
        before = text[:q.start].rstrip()
        after = text[q.end:].lstrip(" \t")
        para_start = not before or before.endswith(("\n",)) or "\n" in text[len(before) : q.start]
        whole_para = para_start and (after == "" or after.startswith("\n"))
        if before.endswith(":"):
            # previous sentence introduces the quote: "He wrote on Telegram:"
            tok = self.tok_at(len(before) - 1)
            sent = self.sent_of(tok)
            for t in reversed(list(sent)):
                if self.is_cue(t):
                    subj = self.subject_of(t)
                    if subj is not None:
                        return self.make_claim(kind="direct", start=q.inner_start, end=q.inner_end, cue_tokens=[t], subj=subj)
            # "The board released the following statement:", "She then addressed the crowd:": a
            # sentence whose subject can speak introduces the quote even without a speech verb
            subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
            if subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she", "they")
                                     or subj.ent_type_ in ("PERSON", "ORG") or _agentive(subj) and subj.pos_ == "NOUN"
                                     and subj.lemma_.lower() not in EVIDENCE_SUBJECTS) \
                    and self.in_quote(subj.idx) is None and self._standalone(q):
                span = self.doc[subj.left_edge.i : subj.right_edge.i + 1]
                return self.make_claim(kind="direct", start=q.inner_start, end=q.inner_end, cue_text=":",
                                       speaker_span=span)
            return None
        if whole_para and before.endswith((".", "!")) and (span := self._presented_speaker(len(before) - 1)) is not None:
            return self.make_claim(kind="direct", start=q.inner_start, end=q.inner_end, cue_text=span[0],
                                   speaker_span=span[1])
        if whole_para and self.latest_claim is not None:
            prev = self.latest_claim
            gap = text[prev.end : q.start]
            if prev.kind in ("direct", "mixed") and len(gap) < 400 and gap.count("\n\n") <= 1 and not re.search(r"[“”\"]", gap.strip("“”\" \n,.")):
                return self.make_claim_cont(prev, q)
        # A headline-style "‘…’: X does Y" — the clause after the colon names the speaker.
        if after.startswith(":") and (q.start == 0 or para_start):
            k = q.end + (len(text[q.end:]) - len(after)) + 1
            # the first subject after the colon (the parser often hangs the clause off the quote)
            sent = self.sent_of(self.tok_at(k))
            subj = next((t for t in sent if t.idx > k and t.dep_ in ("nsubj", "nsubjpass")
                         and self.in_quote(t.idx) is None), None)
            if subj is not None:
                # the subject's words before its head ("Mariupol Defender"), outside the quote
                lo = subj.i
                while lo - 1 >= subj.left_edge.i and self.doc[lo - 1].idx > k and self.in_quote(self.doc[lo - 1].idx) is None:
                    lo -= 1
                return self.make_claim(kind="direct", start=q.inner_start, end=q.inner_end, cue_text=":",
                                       speaker_span=self.doc[lo : subj.i + 1])
            # "‘…’: Harbour Master Speaks After the Storm" — the parser made the Title Case noun
            # phrase a compound of the verb: the noun run before the first verb is the speaker
            toks = [t for t in sent if t.idx > k and not t.is_space]
            verb = next((j for j, t in enumerate(toks) if t.pos_ in ("VERB", "AUX")), None)
            if verb and verb <= 5 and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") for t in toks[:verb]) \
                    and toks[verb - 1].pos_ in ("PROPN", "NOUN") and self.in_quote(toks[0].idx) is None:
                span = self.doc[toks[0].i : toks[verb - 1].i + 1]
                return self.make_claim(kind="direct", start=q.inner_start, end=q.inner_end, cue_text=":",
                                       speaker_span=span)
        return None

    def _presented_speaker(self, stop: int):
        """("Here's", span) when the paragraph ending at ``stop`` is one short sentence presenting
        a named speaker ("Here's the ministry's spokesman, Igor Konashenkov.", "Listen to Mayor
        Ana Ruiz."), as video scripts introduce the quote of the next paragraph; else None."""
        tok = self.tok_at(stop)
        if tok is None:
            return None
        sent = self.sent_of(tok)
        words = [t for t in sent if not t.is_space and not t.is_punct]
        if not words or len(words) > 20 or "\n" in self.text[sent.start_char : stop].strip() \
                or self.in_quote(sent.start_char) is not None:
            return None
        first = words[0]
        if first.lower_ in ("here", "this") and len(words) > 1 and words[1].lemma_ == "be":
            lead = words[:2]
        elif first.lemma_.lower() in ("listen", "hear") and len(words) > 1 and words[1].lower_ in ("to", "from"):
            lead = words[:2]
        else:
            return None
        rest = self.doc[lead[-1].i + 1 : words[-1].i + 1]
        named = any(e.label_ in ("PERSON", "ORG") for e in rest.ents) or any(
            t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "NORP") for t in rest)
        if not named or any(t.pos_ == "VERB" for t in rest):
            return None   # "This is what happened next.": no one is presented
        return self.text[lead[0].idx : lead[-1].idx + len(lead[-1])], rest

    def make_claim_cont(self, prev: Claim, q: Quote) -> Claim | None:
        """A paragraph that is only a quotation, after a paragraph whose quote was signed: the
        quote goes on. Right after the signature (nothing but its own sentence between), it is
        the same claim continued (``parts``), as a quote resumed in the same paragraph is; after
        narration of the writer's, a claim of its own by the same speaker."""
        gap = self.text[prev.end : q.start]
        stops = len(re.findall(r"[.!?](?=[\s“”\"’']|$)", gap))
        if prev.kind == "direct" and stops <= 1 and gap.count("\n\n") <= 1 \
                and prev.nested_in is None:
            prev.parts = [*(prev.parts or [(prev.start, prev.end)]), (q.inner_start, q.inner_end)]
            end = q.inner_end
            while end > q.inner_start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;:—–-"):
                end -= 1
            prev.end = end
            prev.content = self.text[prev.start : end]
            if self.latest_claim is None or prev.end > self.latest_claim.end:
                self.latest_claim = prev
            return prev
        claim = self.make_claim(kind="direct", start=q.inner_start, end=q.inner_end, speaker=prev.speaker)
        if claim is not None:
            self.take_speaker_of(claim, prev)
            claim.cue = prev.cue
        return claim
