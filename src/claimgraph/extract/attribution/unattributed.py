"""What the writer passes on from nobody named: agentless passives ("X is believed to …"),
"seems", "reportedly", "allegedly" (claim kind ``unattributed``, speaker ``None``)."""

from __future__ import annotations

from .reader import ChunkReader, _trim_concessive


#: Adverbs by which the writer passes on what nobody named says.
HEDGE_ADVERBS = frozenset("reportedly allegedly purportedly supposedly ostensibly".split())
#: "It is understood / believed / thought that …".
HEDGE_PASSIVES = frozenset("understand believe think say report rumour rumor claim allege suspect expect".split())


class Unattributed(ChunkReader):
    """Hedged statements with no named source."""

    def _seems(self, tok) -> None:
        """"The plan seems to be failing", "the senator appeared unconvinced".

        An appearance attributed to nobody named (as a passive "is thought to"): the claim is the
        subject with its complement, in two parts, and its speaker stays unknown.
        """
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        comp = next((c for c in tok.children if c.dep_ in ("xcomp", "acomp", "attr") and c.i > tok.i), None)
        if subj is None or comp is None or subj.i > tok.i or subj.dep_ == "expl" \
                or subj.lower_ in ("it", "that", "which", "who", "i", "we", "you", "this", "there"):
            return
        if self.in_quote(tok.idx) is not None or any(c.start <= tok.idx < c.end for c in self.claims):
            return
        doc = self.doc
        s_lo, s_hi = subj.left_edge.i, subj.right_edge.i + 1
        lo, hi = comp.left_edge.i, comp.right_edge.i + 1
        hi = _trim_concessive(doc, comp, lo, hi)
        while hi > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in "”’\"":
            hi -= 1
        if hi <= lo or s_hi <= s_lo:
            return
        parts = [(doc[s_lo].idx, doc[s_hi - 1].idx + len(doc[s_hi - 1])), (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))]
        self.make_claim(kind="unattributed", start=parts[0][0], end=parts[1][1], cue_tokens=[tok], parts=parts)

    def _passive_unnamed(self, tok) -> None:
        """"North Korea is thought to be capable of …", "Quiros was accused of using …".

        A passive cue with no agent attributes a belief or charge to nobody named: the claim is
        the passive subject with its complement, and its speaker stays unknown. "They had been
        told that …" is left alone (the subject is the hearer).
        """
        lemma = tok.lemma_.lower()
        if lemma in ("tell", "ask", "inform", "brief", "notify", "quote", "call") or self.in_quote(tok.idx) is not None:
            return
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.i > tok.i or subj.lower_ in ("it", "that", "which", "who"):
            return
        comp = [c for c in tok.children if c.i > tok.i and (
            c.dep_ in ("xcomp", "oprd", "ccomp")
            or (c.dep_ == "prep" and c.lower_ in ("of", "as", "for") and any(g.dep_ in ("pobj", "pcomp") for g in c.children)))]
        if not comp or any(c.start <= tok.idx < c.end for c in self.claims):
            return
        doc = self.doc
        first = comp[0]
        lo, hi = first.left_edge.i, first.right_edge.i + 1
        if first.dep_ == "prep" and first.lower_ != "as":
            lo += 1  # "accused of using …": the charge, not the preposition
        if hi <= lo:
            return
        s_lo, s_hi = subj.left_edge.i, subj.right_edge.i + 1
        parts = [(doc[s_lo].idx, doc[s_hi - 1].idx + len(doc[s_hi - 1])), (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))]
        while parts[1][1] > parts[1][0] and self.text[parts[1][1] - 1] in ".;,":
            parts[1] = (parts[1][0], parts[1][1] - 1)
        self.make_claim(kind="unattributed", start=parts[0][0], end=parts[1][1], cue_tokens=[tok], parts=parts)

    def hedges(self) -> None:
        """"The convoy was reportedly hit", "it is understood that …", "allegedly": the writer
        passes on what nobody named says. Kept as ``unattributed``, never as a sourced claim."""
        doc = self.doc
        for tok in self.tokens:
            low = tok.lower_
            if low in HEDGE_ADVERBS and tok.dep_ == "advmod":
                verb = tok.head
                lo, hi = verb.left_edge.i, verb.right_edge.i + 1
            elif tok.dep_ == "auxpass" and tok.head.lemma_.lower() in HEDGE_PASSIVES and any(
                    c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in tok.head.children):
                verb = tok.head  # "it is understood that …": the clause
                comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
                if comp is None:
                    continue
                lo, hi = comp.left_edge.i, comp.right_edge.i + 1
                if doc[lo].lower_ == "that":
                    lo += 1
            else:
                continue
            if self.in_quote(tok.idx) is not None or any(c.start <= tok.idx < c.end or c.start <= doc[lo].idx < c.end
                                                         for c in self.claims):
                continue
            while hi > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in "”’\"":
                hi -= 1
            while lo < hi and (doc[lo].is_punct or doc[lo].dep_ in ("cc", "mark")):
                lo += 1
            if hi - lo < 3:
                continue
            self.make_claim(kind="unattributed", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                            cue_tokens=[tok] if tok.dep_ == "advmod" else [tok, verb])
