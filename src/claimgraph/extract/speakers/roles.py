"""Roles tied to a name by the parse (appositions, titles, copulas: "Kyrylo Budanov, head of
intelligence", "pilot Maksim Kuzminov", "X is a pilot"), the sole holder of a role, and unnamed
roles that spoke ("a senior official", then "the official").
"""

from __future__ import annotations

from bisect import bisect_left, insort

from spacy.tokens import Doc, Span, Token

from ..cues import ORG_NOUNS, PERSON_ROLES, TITLES
from .lexicon import SPOKES_ROLES
from .persons import Persons


# "a spokesman for the mayor": past this many earlier mentions of the role, no guess at its holder
_MAX_ROLE_MENTIONS = 200


class Roles(Persons):
    """Roles tied to names, and the unnamed roles that spoke."""

    def _collect_roles(self, doc: Doc, ent: Span, canon: str, offset: int, person: bool) -> None:
        root = ent.root
        pos = offset + ent.start_char
        if not person and root.pos_ == "PROPN" and root.lemma_.lower() in ORG_NOUNS and (
                all(t.dep_ == "det" for t in ent if t.i < root.i) and any(t.lower_ == "of" for t in ent)
                or all(t.ent_type_ in ("NORP", "GPE") or t.dep_ == "det" or t.pos_ == "PROPN" for t in ent if t.i < root.i)
                and not (ent.start > 0 and ent.doc[ent.start - 1].tag_ == "POS")):   # "Russia's …": the whole phrase is kept elsewhere
            # "the Ministry of Defence of X", "the Russian Interior Ministry" head with their kind of
            # body: a later "the ministry", "a ministry spokesman" is it
            self.roles.setdefault(root.lemma_.lower(), []).append((pos, canon))
        nps = []
        for child in root.children:
            if child.dep_ == "appos":
                nps.append(child)
        if root.dep_ == "appos":
            nps.append(root.head)
        if root.head.lemma_ == "be" and root.dep_ == "nsubj":
            nps.extend(c for c in root.head.children if c.dep_ == "attr")
        for tok in list(root.lefts) + [t for t in ent if t.i != root.i]:
            # titles before the name: "pilot Maksim Kuzminov", "Colonel Yaroslav Kravets"
            if tok.dep_ == "compound" and (tok.pos_ == "NOUN" or tok.lower_ in PERSON_ROLES or tok.lower_ in TITLES):
                if tok.pos_ == "NOUN":
                    nps.append(tok)
                elif person or tok.lower_ not in PERSON_ROLES:
                    self.roles.setdefault(tok.lower_, []).append((pos, canon))
        doc_ = ent.doc
        if person and ent.start > 0 and doc_[ent.start - 1].lower_ in PERSON_ROLES | TITLES and doc_[ent.start - 1].text[:1].isupper():
            self.roles.setdefault(doc_[ent.start - 1].lower_, []).append((pos, canon))
        for np in nps:
            for t in [np, *[c for c in np.children if c.dep_ == "compound"]]:
                if t.pos_ == "NOUN" and t.text[:1].islower():  # a role, not an acronym ("(DSNS)")
                    if not person and t.lemma_.lower() in PERSON_ROLES:
                        continue   # "Zelenskyy aide: Kyiv …" parsed as an apposition: a body is no aide
                    if person and t is not np and t.lemma_.lower() in ORG_NOUNS:
                        continue   # "army spokesman X": the army is whom X speaks for; "the army" is not X
                    if person and t is np and t.lemma_.lower() in ORG_NOUNS and t.lemma_.lower() not in PERSON_ROLES \
                            and np.dep_ == "pobj" and np.head.lower_ == "of" and np.head.head.pos_ == "NOUN":
                        # "the head of the district administration, X" with X hung on the body: X
                        # heads it, and a later "the administration" is the body, not X
                        continue
                    self.roles.setdefault(t.lemma_.lower(), []).append((pos, canon))

    def _sole_holder(self, role: Token, cue_pos: int) -> bool:
        """Whether "the <role>" (one, unmodified: not "the mayors", "the former mayor", "the mayor
        of X") can only be the one person the page gave that role before: one distinct holder, and
        no earlier mention of the role in this text that is not written with a person ("elected X
        as the new mayor" makes a second mayor)."""
        low = role.lemma_.lower()
        if role.tag_ != "NN" or any(c.dep_ != "det" for c in role.children):
            return False
        holders = {n for p, n in self.roles.get(low, []) if p < cue_pos}
        if len(holders) != 1:
            return False
        earlier = self._lemma_positions(role.doc, low, role.i)
        if len(earlier) > _MAX_ROLE_MENTIONS:
            return False   # a page this full of the role is no place to guess its holder
        for t in (role.doc[i] for i in earlier):
            if not (
                    t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON"
                    or t.dep_ == "appos" and t.head.ent_type_ == "PERSON"
                    or t.ent_type_ == "PERSON"):
                return False
        return True

    def _lemma_positions(self, doc: Doc, lemma: str, before: int) -> list[int]:
        """Token indexes of ``lemma`` in ``doc`` before ``before``, from an index built once per
        doc, so that each cue does not rescan the chunk."""
        cached = self._lemma_index.get(id(doc))
        if cached is None or cached[0] is not doc:
            index: dict[str, list[int]] = {}
            for t in doc:
                index.setdefault(t.lemma_.lower(), []).append(t.i)
            cached = self._lemma_index[id(doc)] = (doc, index)
        positions = cached[1].get(lemma, [])
        return positions[: bisect_left(positions, before)]

    def _role_before(self, lemma: str, pos: int) -> bool:
        """Was ``lemma`` tied to a name before ``pos``? A name met later in the text ("… according
        to a Kestrel Company report" after "The company confirmed …") stands for nothing yet."""
        return self._recent(self.roles.get(lemma, []), pos) is not None

    def note_unnamed_role(self, span: Span, pos: int, speaker: str | None, anonymous: bool) -> None:
        """Remember whom an unnamed role stood for ("a senior military official" → the military),
        for a later "the official"."""
        head = span.root
        lemma = head.lemma_.lower()
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in head.children)
        # "One of them, a retired teacher, …": one person of those counted
        one_of = lemma == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        if speaker and (indefinite and (lemma in SPOKES_ROLES or lemma in PERSON_ROLES or lemma in ("person", "people"))
                        or one_of):
            insort(self.unnamed_roles, (pos, lemma, speaker, anonymous))

    def _unnamed_role_before(self, pos: int, reach: int, role: str | None = None) -> tuple[int, str, str, bool] | None:
        """The latest claim by an unnamed role (of ``role``, if given) less than ``reach`` before ``pos``."""
        k = bisect_left(self.unnamed_roles, (pos,))
        while k > 0 and pos - self.unnamed_roles[k - 1][0] < reach:
            k -= 1
            if role is None or self.unnamed_roles[k][1] == role:
                return self.unnamed_roles[k]
        return None
