#!/usr/bin/env python3
"""Independent reference implementation of the DoubleRandom target draw (doublerandom/draw/v1).

Written from docs/draw-spec.md alone (no Java source, test or other document was read), with the
Python 3 standard library only. Every decision is made with exact integers / fractions.

Commands
--------
  check SPEC.md
      Parse every test vector out of the specification document itself (fenced blocks
      ```vector, ```manifest NAME, ```rfc3797, ```joint, ```joint-manifest NAME), recompute every
      expected value and print one line per checked value group (OK / MISMATCH with expected and
      computed).  Exit 0 if everything matches, 1 on any mismatch, 2 if the document cannot be
      parsed or holds no vectors.

  verify RECORD.json CANDIDATES.csv [--definition FILE]
      Recompute a single-task draw (spec sections 3-8, 10, 11) from a draw record (section 9) and
      the frozen population, and list every difference as (field, recorded, recomputed).
      Exit 0 if the draw reproduces, 1 if there is any difference, 2 on unreadable input.

  draw CANDIDATES.csv --task T [--key-stream K] --method M --size RULE [--stratum-size LABEL=RULE]...
       [--alternates A] [--definition FILE]
       (--recorded-value HEX | --commitment PARTY=HASH... --reveal PARTY=SECRET... |
        --drand CHAINHASH ROUND SIGNATURE)
      Draw and print a record (section 9) as JSON (two-space indentation); mainly to exercise
      `verify`.

Population CSV layout (UTF-8, header line required, RFC 4180 quoting allowed):

  id,stratum,score,excluded_reason

  * a row with an empty `excluded_reason` is a candidate (id, stratum, score); `score` empty means
    "no score", otherwise a non-negative plain decimal (it is put in canonical form, section 2);
  * a row with a non-empty `excluded_reason` is an exclusion (id, reason token); its stratum and
    score are ignored and SHOULD be empty.

The population definition (section 3.1) cannot be expressed in that CSV; give it with
`--definition FILE` (one `population....=value` line per line, in order).  Without it the
population has the empty definition (a hand-assembled population).
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import hmac
import json
import re
import sys
from fractions import Fraction
from typing import Iterable

SPEC_ID = "doublerandom/draw/v1"
TWO_256 = 1 << 256


class SpecError(Exception):
    """An input the specification says MUST be rejected (or cannot be interpreted)."""


# --------------------------------------------------------------------------------------------
# Section 2: encodings
# --------------------------------------------------------------------------------------------

def u8(x: int) -> bytes:
    return x.to_bytes(1, "big")


def u16be(x: int) -> bytes:
    return x.to_bytes(2, "big")


def u32be(x: int) -> bytes:
    return x.to_bytes(4, "big")


def u64be(x: int) -> bytes:
    return x.to_bytes(8, "big")


def enc(v) -> bytes:
    b = v.encode("utf-8") if isinstance(v, str) else bytes(v)
    return u32be(len(b)) + b


def sha256(b: bytes) -> bytes:
    return hashlib.sha256(b).digest()


def bkey(s: str) -> bytes:
    """Bytewise order of texts = order of their UTF-8 bytes."""
    return s.encode("utf-8")


def from_hex(h: str, field: str, length: int | None = None) -> bytes:
    if not isinstance(h, str) or not re.fullmatch(r"(?:[0-9a-fA-F]{2})*", h):
        raise SpecError(f"{field}: not hexadecimal: {h!r}")
    b = bytes.fromhex(h.lower())
    if length is not None and len(b) != length:
        raise SpecError(f"{field}: expected {length} bytes, got {len(b)}: {h!r}")
    return b


_CONTROL = re.compile("[\u0000-\u001f\u007f-\u009f]")


def check_text(field: str, s: str) -> str:
    if not isinstance(s, str) or s == "":
        raise SpecError(f"{field}: text field must be non-empty: {s!r}")
    if _CONTROL.search(s):
        raise SpecError(f"{field}: text field contains a control character: {s!r}")
    for ch in s:
        if 0xD800 <= ord(ch) <= 0xDFFF:
            raise SpecError(f"{field}: text field contains a surrogate: {s!r}")
    return s


_TOKEN = re.compile(r"[a-z0-9][a-z0-9-]*")


def check_token(field: str, s: str) -> str:
    if not isinstance(s, str) or not _TOKEN.fullmatch(s):
        raise SpecError(f"{field}: not a token [a-z0-9][a-z0-9-]*: {s!r}")
    return s


_PLAIN_DECIMAL = re.compile(r"([0-9]+)(?:\.([0-9]+))?")


def canonical_decimal(text: str, field: str = "decimal") -> str:
    """Section 2 canonical decimal of a plain non-negative decimal (leading zeros removed too)."""
    m = _PLAIN_DECIMAL.fullmatch(text)
    if not m:
        raise SpecError(f"{field}: not a plain non-negative decimal: {text!r}")
    ip = m.group(1).lstrip("0") or "0"
    fp = (m.group(2) or "").rstrip("0")
    return ip + ("." + fp if fp else "")


def is_canonical_decimal(text: str) -> bool:
    try:
        return canonical_decimal(text) == text
    except SpecError:
        return False


def decimal_fraction(text: str) -> Fraction:
    return Fraction(text)


def rational_text(f: Fraction) -> str:
    return f"{f.numerator}/{f.denominator}"  # Fraction is always in lowest terms, q >= 1


_DEC_INT = re.compile(r"0|[1-9][0-9]*")


# Section 4, "Allowed ranges": counts, minimums, alternates, sizes and record integers.
MAX_INT = 2 ** 31 - 1


def parse_dec_int(text: str, field: str, positive: bool = False, limit: int = MAX_INT) -> int:
    if not _DEC_INT.fullmatch(text):
        raise SpecError(f"{field}: not a decimal integer without sign or leading zeros: {text!r}")
    v = int(text)
    if positive and v <= 0:
        raise SpecError(f"{field}: must be positive: {text!r}")
    if v > limit:
        raise SpecError(f"{field}: out of range (at most {limit}): {text!r}")
    return v


# --------------------------------------------------------------------------------------------
# Section 2: canonical JSON (RFC 8785 for documents whose numbers are integers)
# --------------------------------------------------------------------------------------------

MAX_SAFE = 2 ** 53 - 1
_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n",
                  "\f": "\\f", "\r": "\\r"}


def _canon_string(t: str, where: str) -> str:
    out = ['"']
    for ch in t:
        if 0xD800 <= ord(ch) <= 0xDFFF:
            raise SpecError(f"canonical JSON: {where}: unpaired surrogate")
        if ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def canonical_json(v, where: str = "$") -> str:
    """Section 2, "Canonical JSON": no whitespace, members by UTF-16 code units, integers only."""
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    if isinstance(v, int):
        if abs(v) > MAX_SAFE:
            raise SpecError(f"canonical JSON: {where}: integer beyond 2^53 - 1: {v}")
        return str(v)
    if isinstance(v, float):
        if v != int(v):
            raise SpecError(f"canonical JSON: {where}: not an integer: {v!r}")
        return canonical_json(int(v), where)
    if isinstance(v, str):
        return _canon_string(v, where)
    if isinstance(v, list):
        return "[" + ",".join(canonical_json(x, f"{where}[{i}]") for i, x in enumerate(v)) + "]"
    if isinstance(v, dict):
        names = sorted(v, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(_canon_string(k, where) + ":" + canonical_json(v[k], f"{where}.{k}")
                              for k in names) + "}"
    raise SpecError(f"canonical JSON: {where}: not a JSON value: {v!r}")


def _no_duplicates(pairs):
    d = {}
    for k, x in pairs:
        if k in d:
            raise SpecError(f"canonical JSON: duplicate member {k!r}")
        d[k] = x
    return d


def parse_json_strict(text: str):
    """A JSON text for canonicalisation: duplicate member names are refused."""
    return json.loads(text, object_pairs_hook=_no_duplicates,
                      parse_float=lambda x: float(x) if float(x) != int(float(x)) else int(float(x)))


def record_hash(record: dict) -> str:
    """Section 12: SHA-256 of the record's canonical JSON form (hex lowercased on writing)."""
    return sha256(canonical_json(record).encode("utf-8")).hex()


def ledger_entry_hash(sequence: int, previous: str, task: str, outcome: str, at: str,
                      manifest_hash: str, seed: str, rec_hash: str, reason: str) -> str:
    """Section 12: entryHash."""
    prev = bytes.fromhex(previous.lower())
    if len(prev) != 32:
        raise SpecError(f"ledger entry {sequence}: previous hash is not 32 bytes")
    return sha256(enc("doublerandom/ledger/v1") + u64be(sequence) + prev + enc(task)
                  + enc(outcome) + enc(at) + enc(manifest_hash.lower()) + enc(seed.lower())
                  + enc(rec_hash.lower()) + enc(reason.strip())).hex()


# --------------------------------------------------------------------------------------------
# Section 3: population
# --------------------------------------------------------------------------------------------

class Candidate:
    __slots__ = ("id", "stratum", "score")

    def __init__(self, id_: str, stratum: str, score: str | None):
        self.id = check_text("candidate id", id_)
        self.stratum = check_text(f"stratum of {id_}", stratum)
        self.score = None if score is None else canonical_decimal(score, f"score of {id_}")


class Population:
    def __init__(self, candidates: list[Candidate], exclusions: list[tuple[str, str]],
                 definition: list[str] | None = None):
        self.candidates = list(candidates)
        self.exclusions = [(check_text("exclusion id", i), check_token(f"reason of {i}", r))
                           for i, r in exclusions]
        self.definition = list(definition or [])
        self._validate()

    def _validate(self):
        seen = set()
        for c in self.candidates:
            if c.id in seen:
                raise SpecError(f"population: candidate id {c.id!r} occurs twice")
            seen.add(c.id)
        ex = set()
        for i, _ in self.exclusions:
            if i in ex:
                raise SpecError(f"population: excluded id {i!r} occurs twice")
            if i in seen:
                raise SpecError(f"population: id {i!r} is both a candidate and excluded")
            ex.add(i)
        if self.definition:
            for line in self.definition:
                name, sep, value = line.partition("=")
                if not sep or not re.fullmatch(r"population(\.[a-z0-9][a-z0-9-]*)+", name):
                    raise SpecError(f"definition: malformed line {line!r}")
                check_text(f"definition {name}", value)
            if self.definition[0] != "population.definition=doublerandom-population/v1":
                raise SpecError(f"definition: first line must be "
                                f"population.definition=doublerandom-population/v1, "
                                f"got {self.definition[0]!r}")

    def digest(self) -> bytes:
        cs = sorted(self.candidates, key=lambda c: bkey(c.id))
        b = enc("doublerandom/population/v1") + u64be(len(cs))
        for c in cs:
            b += enc(c.id) + enc(c.stratum) + enc(c.score or "")
        return sha256(b)

    def exclusions_digest(self) -> bytes:
        es = sorted(self.exclusions, key=lambda e: bkey(e[0]))
        b = enc("doublerandom/exclusions/v1") + u64be(len(es))
        for i, r in es:
            b += enc(i) + enc(r)
        return sha256(b)

    def strata(self) -> dict[str, list[Candidate]]:
        out: dict[str, list[Candidate]] = {}
        for c in self.candidates:
            out.setdefault(c.stratum, []).append(c)
        return {h: out[h] for h in sorted(out, key=bkey)}

    def exclusion_counts(self) -> list[tuple[str, int]]:
        counts: dict[str, int] = {}
        for _, r in self.exclusions:
            counts[r] = counts.get(r, 0) + 1
        return [(r, counts[r]) for r in sorted(counts, key=bkey)]


# --------------------------------------------------------------------------------------------
# Section 4: design and sample sizes
# --------------------------------------------------------------------------------------------

class SizeRule:
    def __init__(self, text: str):
        self.text = text
        parts = text.split(" ")
        if len(parts) == 2 and parts[0] == "count":
            self.kind = "count"
            self.c = parse_dec_int(parts[1], f"size rule {text!r}")
        elif len(parts) in (3, 5) and parts[0] == "ratio":
            self.kind = "ratio"
            if not is_canonical_decimal(parts[1]):
                raise SpecError(f"size rule {text!r}: ratio is not a canonical decimal")
            self.r = decimal_fraction(parts[1])
            if self.r > 1:
                raise SpecError(f"size rule {text!r}: ratio above 1")
            if parts[2] not in ("ceiling", "half-up", "floor"):
                raise SpecError(f"size rule {text!r}: unknown rounding {parts[2]!r}")
            self.rounding = parts[2]
            self.m = None
            if len(parts) == 5:
                if parts[3] != "min":
                    raise SpecError(f"size rule {text!r}: expected 'min'")
                self.m = parse_dec_int(parts[4], f"size rule {text!r}", positive=True)
        else:
            raise SpecError(f"size rule not in a canonical form: {text!r}")

    def size(self, n_pop: int) -> int:
        if self.kind == "count":
            return min(self.c, n_pop)
        x = self.r * n_pop
        if self.rounding == "ceiling":
            n = -((-x.numerator) // x.denominator)
        elif self.rounding == "floor":
            n = x.numerator // x.denominator
        else:
            y = x + Fraction(1, 2)
            n = y.numerator // y.denominator
        if self.m is not None:
            n = max(n, min(self.m, n_pop))
        return min(n, n_pop)


class Design:
    def __init__(self, method: str, size: str, overrides: dict[str, str], alternates: int):
        if method not in ("srswor", "poisson", "pivotal"):
            raise SpecError(f"design: unknown method {method!r}")
        self.method = method
        self.size = SizeRule(size)
        self.overrides = {check_text("size.stratum", h): SizeRule(r) for h, r in overrides.items()}
        if not 0 <= alternates <= MAX_INT:
            raise SpecError(f"design: alternates must be from 0 to {MAX_INT}: {alternates}")
        self.alternates = alternates

    @property
    def weighted(self) -> bool:
        return self.method != "srswor"

    def check_applies(self, pop: Population):
        if self.weighted:
            for c in sorted(pop.candidates, key=lambda c: bkey(c.id)):
                if c.score is None:
                    raise SpecError(f"design: weighted method {self.method} but candidate "
                                    f"{c.id!r} has no score")

    def sample_sizes(self, pop: Population) -> list[tuple[str, int, int]]:
        self.check_applies(pop)
        out = []
        for h, cs in pop.strata().items():
            rule = self.overrides.get(h, self.size)
            n = rule.size(len(cs))
            if self.weighted:
                positive = sum(1 for c in cs if decimal_fraction(c.score) > 0)
                n = min(n, positive)
            out.append((h, len(cs), n))
        return out


# --------------------------------------------------------------------------------------------
# Sections 5, 6: manifest and seeds
# --------------------------------------------------------------------------------------------

class SeedPlan:
    def __init__(self, kind: str, commitments: list[tuple[str, str]] | None = None,
                 chain_hash: str | None = None, round_: int | None = None):
        if kind not in ("recorded", "commit-reveal", "drand"):
            raise SpecError(f"seed plan: unknown kind {kind!r}")
        self.kind = kind
        self.commitments = [(check_text("commitment party", p), h.lower())
                            for p, h in (commitments or [])]
        if kind == "commit-reveal":
            seen = set()
            for p, h in self.commitments:
                from_hex(h, f"commitment of {p}", 32)
                if p in seen:
                    raise SpecError(f"seed plan: party {p!r} committed twice")
                seen.add(p)
        if kind == "drand":
            from_hex(chain_hash or "", "drand chain hash", 32)
            if round_ is None or round_ < 1:
                raise SpecError(f"seed plan: drand round must be >= 1: {round_!r}")
        self.chain_hash = chain_hash.lower() if chain_hash else None
        self.round = round_

    def lines(self, as_recorded: bool = False) -> list[tuple[str, str]]:
        """Manifest lines; `as_recorded` keeps the commitments in the order they were read."""
        out = [("seed-plan", self.kind)]
        if self.kind == "commit-reveal":
            cs = self.commitments if as_recorded else sorted(self.commitments, key=lambda x: bkey(x[0]))
            for p, h in cs:
                out += [("commitment.party", p), ("commitment.hash", h)]
        if self.kind == "drand":
            out += [("drand.chain-hash", self.chain_hash), ("drand.round", str(self.round))]
        return out


def task_lines(design: Design, pop: Population) -> list[tuple[str, str]]:
    """Section 5 lines from `method=` to the last `exclusion.count=`."""
    out = [("method", design.method), ("size", design.size.text)]
    for h in sorted(design.overrides, key=bkey):
        out += [("size.stratum", h), ("size.stratum.rule", design.overrides[h].text)]
    out.append(("alternates", str(design.alternates)))
    for line in pop.definition:
        name, _, value = line.partition("=")
        out.append((name, value))
    out += [("population-digest", pop.digest().hex()),
            ("population-size", str(len(pop.candidates)))]
    for h, nh, sh in design.sample_sizes(pop):
        out += [("stratum", h), ("stratum.population", str(nh)), ("stratum.sample", str(sh))]
    out.append(("exclusions-digest", pop.exclusions_digest().hex()))
    for r, k in pop.exclusion_counts():
        out += [("exclusion", r), ("exclusion.count", str(k))]
    return out


def render(lines: Iterable[tuple[str, str]]) -> str:
    return "".join(f"{n}={v}\n" for n, v in lines)


def manifest_text(task: str, key_stream: str, design: Design, pop: Population,
                  plan: SeedPlan) -> str:
    lines = [("manifest", "doublerandom-manifest/v1"), ("spec", SPEC_ID),
             ("task", check_text("task", task)), ("key-stream", check_text("key-stream", key_stream))]
    lines += task_lines(design, pop)
    lines += plan.lines()
    lines.append(("end", "doublerandom-manifest/v1"))
    return render(lines)


def manifest_hash(text: str) -> bytes:
    return sha256(text.encode("utf-8"))


class SeedSource:
    def __init__(self, kind: str, value: str | None = None,
                 reveals: list[tuple[str, str]] | None = None,
                 chain_hash: str | None = None, round_: int | None = None,
                 signature: str | None = None, randomness: str | None = None):
        self.kind = kind
        self.value = value
        self.reveals = list(reveals or [])
        self.chain_hash = chain_hash
        self.round = round_
        self.signature = signature
        self.randomness = randomness


def derive_seed(mhash: bytes, plan: SeedPlan, src: SeedSource) -> tuple[bytes | None, list[str]]:
    """Section 6.  Returns (seed, problems); seed is None when the material is rejected."""
    problems: list[str] = []
    if src.kind != plan.kind:
        return None, [f"seed material of kind {src.kind!r} for a {plan.kind!r} seed plan"]
    if src.kind == "recorded":
        try:
            value = from_hex(src.value or "", "recorded value", 32)
        except SpecError as e:
            return None, [str(e)]
        material = enc(value)
    elif src.kind == "commit-reveal":
        committed = dict(plan.commitments)
        seen: dict[str, int] = {}
        for p, _ in src.reveals:
            seen[p] = seen.get(p, 0) + 1
        for p in sorted(committed, key=bkey):
            if p not in seen:
                problems.append(f"party {p!r} committed but did not reveal")
        for p in sorted(seen, key=bkey):
            if p not in committed:
                problems.append(f"party {p!r} revealed without a commitment")
            if seen[p] > 1:
                problems.append(f"party {p!r} revealed {seen[p]} times")
        secrets = []
        for p, s in src.reveals:
            try:
                sb = from_hex(s, f"secret of {p}")
            except SpecError as e:
                problems.append(str(e))
                continue
            if len(sb) < 16:  # draw-spec §6 (added after this script was first written)
                problems.append(f"secret of {p!r} is shorter than 16 bytes ({len(sb)})")
            if p in committed and sha256(sb).hex() != committed[p].lower():
                problems.append(f"party {p!r}: SHA-256(secret) differs from its commitment")
            secrets.append((p, sb))
        if problems:
            return None, problems
        secrets.sort(key=lambda x: bkey(x[0]))
        material = u32be(len(secrets)) + b"".join(enc(p) + enc(s) for p, s in secrets)
    else:
        try:
            chain = from_hex(src.chain_hash or "", "drand chain hash", 32)
            sig = from_hex(src.signature or "", "drand signature")
            rnd = from_hex(src.randomness or "", "drand randomness", 32)
        except SpecError as e:
            return None, [str(e)]
        if chain.hex() != plan.chain_hash:
            problems.append(f"drand chain hash {chain.hex()} differs from the manifest's "
                            f"{plan.chain_hash}")
        if src.round != plan.round:
            problems.append(f"drand round {src.round} differs from the manifest's {plan.round}")
        if sha256(sig) != rnd:
            problems.append("drand randomness differs from SHA-256(signature)")
        if problems:
            return None, problems
        material = enc(chain) + u64be(src.round) + enc(rnd)
    seed = sha256(enc("doublerandom/seed/v1") + enc(plan.kind) + mhash + material)
    return seed, []


# --------------------------------------------------------------------------------------------
# Section 7: keys
# --------------------------------------------------------------------------------------------

class Keys:
    def __init__(self, seed: bytes, key_stream: str):
        self.seed = seed
        self.tag = sha256(enc(SPEC_ID) + enc("key-stream") + enc(key_stream))
        self._cache: dict[tuple[int, str], int] = {}

    def prf(self, p: int, id_: str) -> int:
        k = (p, id_)
        if k not in self._cache:
            mac = hmac.new(self.seed, self.tag + u8(p) + enc(id_), hashlib.sha256).digest()
            self._cache[k] = int.from_bytes(mac, "big")
        return self._cache[k]

    def K(self, id_: str) -> int:
        return self.prf(0x01, id_)

    def V(self, id_: str) -> int:
        return self.prf(0x02, id_)


def key_hex(x: int) -> str:
    return x.to_bytes(32, "big").hex()


def u_less(x: int, p: int, q: int) -> bool:
    """U(x) < p/q evaluated exactly (section 7)."""
    return x * q < p * TWO_256


# --------------------------------------------------------------------------------------------
# Section 8: selection
# --------------------------------------------------------------------------------------------

def inclusion_probabilities(scores: list[str], n: int) -> tuple[list[int], int]:
    """Section 8.2: returns integers P_k and the common denominator D."""
    s = max((len(x.partition(".")[2]) for x in scores), default=0)
    a = [int(decimal_fraction(x) * 10 ** s) for x in scores]
    C: set[int] = set()
    while True:
        m = n - len(C)
        S = sum(a[k] for k in range(len(a)) if k not in C)
        T = {k for k in range(len(a)) if k not in C and a[k] > 0 and m > 0 and m * a[k] >= S}
        if not T:
            break
        C |= T
    if m > 0:
        D = S
        P = [D if k in C else m * a[k] for k in range(len(a))]
    else:
        D = 1
        P = [1 if k in C else 0 for k in range(len(a))]
    return P, D


class StratumResult:
    def __init__(self, stratum, population, sample):
        self.stratum = stratum
        self.population = population
        self.sample = sample
        self.selected: list[tuple[str, int, Fraction]] = []   # (id, K, probability)
        self.alternates: list[tuple[str, int, Fraction]] = []
        self.probabilities: list[tuple[str, Fraction]] = []   # weighted: all, bytewise by id
        self.duelists: list[str] = []                          # pivotal: arriving duel candidates


def draw_stratum(method: str, cands: list[Candidate], n_h: int, A: int, keys: Keys,
                 h: str) -> StratumResult:
    res = StratumResult(h, len(cands), n_h)
    # key order: ascending K, ties by id bytewise
    order = sorted(cands, key=lambda c: (keys.K(c.id), bkey(c.id)))
    if method == "srswor":
        pr = Fraction(n_h, len(cands))
        res.selected = [(c.id, keys.K(c.id), pr) for c in order[:n_h]]
        res.alternates = [(c.id, keys.K(c.id), pr) for c in order[n_h:n_h + min(A, len(cands) - n_h)]]
        return res
    P_list, D = inclusion_probabilities([c.score for c in cands], n_h)
    P = {c.id: p for c, p in zip(cands, P_list)}
    prob = {cid: Fraction(p, D) for cid, p in P.items()}
    res.probabilities = [(cid, prob[cid]) for cid in sorted(P, key=bkey)]
    selected: set[str] = set()
    if method == "poisson":
        for c in cands:
            if u_less(keys.K(c.id), P[c.id], D):
                selected.add(c.id)
    else:
        current = None
        r = 0
        for c in order:
            j = c.id
            pj = P[j]
            if pj == 0:
                continue
            if pj == D:
                selected.add(j)
                continue
            if current is None:
                current, r = j, pj
                continue
            s = r + pj
            x = keys.V(j)
            res.duelists.append(j)
            if s < D:
                if u_less(x, pj, s):
                    current = j
                r = s
            else:
                if u_less(x, D - pj, 2 * D - s):
                    selected.add(current)
                    current = j
                else:
                    selected.add(j)
                r = s - D
                if r == 0:
                    current = None
        if current is not None:
            raise SpecError(f"pivotal: internal error, candidate {current!r} still current "
                            f"at the end of stratum {h!r}")
        if len(selected) != n_h:
            raise SpecError(f"pivotal: internal error, {len(selected)} selected instead of {n_h}")
    # Section 8.5: rank order over pi > 0: ascending K/P, ties bytewise by id
    def cmp(a: Candidate, b: Candidate) -> int:
        lhs = keys.K(a.id) * P[b.id]
        rhs = keys.K(b.id) * P[a.id]
        if lhs != rhs:
            return -1 if lhs < rhs else 1
        ka, kb = bkey(a.id), bkey(b.id)
        return -1 if ka < kb else (1 if ka > kb else 0)

    ranked = sorted((c for c in cands if P[c.id] > 0), key=functools.cmp_to_key(cmp))
    for c in ranked:
        if c.id in selected:
            res.selected.append((c.id, keys.K(c.id), prob[c.id]))
    for c in ranked:
        if c.id not in selected and len(res.alternates) < A:
            res.alternates.append((c.id, keys.K(c.id), prob[c.id]))
    if len(res.selected) != len(selected):
        raise SpecError("internal error: a selected candidate has probability 0")
    return res


def draw(design: Design, pop: Population, seed: bytes, key_stream: str) -> list[StratumResult]:
    keys = Keys(seed, key_stream)
    strata = pop.strata()
    out = []
    for h, nh, sh in design.sample_sizes(pop):
        out.append(draw_stratum(design.method, strata[h], sh, design.alternates, keys, h))
    return out


# --------------------------------------------------------------------------------------------
# Section 13: RFC 3797
# --------------------------------------------------------------------------------------------

def rfc3797_key(sources: list[list[int]]) -> str:
    return "".join("".join(f"{v}." for v in sorted(src)) + "/" for src in sources)


def rfc3797_select(key: str, pool: int, k: int) -> tuple[list[int], list[bytes]]:
    if not 1 <= pool <= 65535 or not 0 <= k <= pool:
        raise SpecError(f"rfc3797: bad pool {pool} or count {k}")
    remaining = list(range(1, pool + 1))
    out, hashes = [], []
    kb = key.encode("ascii")
    for i in range(k):
        h = hashlib.md5(u16be(i) + kb + u16be(i)).digest()
        hashes.append(h)
        r = int.from_bytes(h, "big") % (pool - i)
        out.append(remaining.pop(r))
    return out, hashes


# --------------------------------------------------------------------------------------------
# Section 15: joint draws
# --------------------------------------------------------------------------------------------

class JointTask:
    def __init__(self, task: str, items: list[str], design: Design, pop: Population):
        self.task = check_text("task", task)
        self.items = [check_text(f"item of {task}", i) for i in items]
        if len(set(self.items)) != len(self.items):
            raise SpecError(f"task {task!r}: item codes not distinct")
        self.design = design
        self.pop = pop


def joint_manifest_text(event: str, key_stream: str, tasks: list[JointTask],
                        plan: SeedPlan) -> str:
    if not tasks:
        raise SpecError("joint event without tasks")
    if len({t.task for t in tasks}) != len(tasks):
        raise SpecError("joint event: task numbers not distinct")
    lines = [("manifest", "doublerandom-joint-manifest/v1"), ("spec", SPEC_ID),
             ("event", check_text("event", event)), ("key-stream", check_text("key-stream", key_stream))]
    for t in sorted(tasks, key=lambda t: bkey(t.task)):
        lines.append(("task", t.task))
        for i in sorted(t.items, key=bkey):
            lines.append(("task.item", i))
        lines += [("task." + n, v) for n, v in task_lines(t.design, t.pop)]
    lines += plan.lines()
    lines.append(("end", "doublerandom-joint-manifest/v1"))
    return render(lines)


def grouping(task_results: dict[str, list[StratumResult]], items: dict[str, list[str]],
             replacements: list[dict] | None = None) -> list[tuple[str, list[tuple[str, str, list[str]]]]]:
    """Section 15.4: [(id, [(task, stratum, items)])]."""
    current: dict[str, dict[str, list[str]]] = {}
    for t, strata in task_results.items():
        current[t] = {s.stratum: [x[0] for x in s.selected] for s in strata}
    for rep in replacements or []:
        cur = current.get(rep["task"], {}).get(rep["stratum"])
        if cur is not None and rep["replaced"] in cur:
            cur[cur.index(rep["replaced"])] = rep["replacement"]
    by_id: dict[str, list[tuple[str, str, list[str]]]] = {}
    for t in sorted(current, key=bkey):
        for h, ids in current[t].items():
            for i in ids:
                by_id.setdefault(i, []).append((t, h, sorted(items.get(t, []), key=bkey)))
    return [(i, by_id[i]) for i in sorted(by_id, key=bkey)]


# --------------------------------------------------------------------------------------------
# Section 9: draw record (single task)
# --------------------------------------------------------------------------------------------

def stratum_json(s: StratumResult, weighted: bool) -> dict:
    return {
        "stratum": s.stratum, "population": s.population, "sample": s.sample,
        "selected": [{"id": i, "key": key_hex(k), "probability": rational_text(p)}
                     for i, k, p in s.selected],
        "alternates": [{"id": i, "key": key_hex(k), "probability": rational_text(p)}
                       for i, k, p in s.alternates],
        "probabilities": [{"id": i, "probability": rational_text(p)} for i, p in s.probabilities]
        if weighted else [],
    }


def manifest_json(task, key_stream, design: Design, pop: Population, plan: SeedPlan) -> dict:
    m = {
        "spec": SPEC_ID, "task": task, "keyStream": key_stream,
        "design": {"method": design.method, "size": design.size.text,
                   "stratumSizes": [{"stratum": h, "size": design.overrides[h].text}
                                    for h in sorted(design.overrides, key=bkey)],
                   "alternates": design.alternates},
    }
    if pop.definition:
        m["definition"] = list(pop.definition)
    m["populationDigest"] = pop.digest().hex()
    m["populationSize"] = len(pop.candidates)
    m["strata"] = [{"stratum": h, "population": nh, "sample": sh}
                   for h, nh, sh in design.sample_sizes(pop)]
    m["exclusionsDigest"] = pop.exclusions_digest().hex()
    m["exclusions"] = [{"reason": r, "count": k} for r, k in pop.exclusion_counts()]
    m["seedPlan"] = plan_json(plan)
    return m


def plan_json(plan: SeedPlan) -> dict:
    if plan.kind == "recorded":
        return {"kind": "recorded"}
    if plan.kind == "commit-reveal":
        return {"kind": "commit-reveal",
                "commitments": [{"party": p, "hash": h}
                                for p, h in sorted(plan.commitments, key=lambda x: bkey(x[0]))]}
    return {"kind": "drand", "chainHash": plan.chain_hash, "round": plan.round}


def source_json(src: SeedSource) -> dict:
    if src.kind == "recorded":
        return {"kind": "recorded", "value": src.value.lower()}
    if src.kind == "commit-reveal":
        return {"kind": "commit-reveal",
                "reveals": [{"party": p, "secret": s.lower()}
                            for p, s in sorted(src.reveals, key=lambda x: bkey(x[0]))]}
    return {"kind": "drand", "chainHash": src.chain_hash.lower(), "round": src.round,
            "signature": src.signature.lower(), "randomness": src.randomness.lower()}


class Strict:
    """Reads a JSON object, rejecting unknown and missing members (section 9)."""

    def __init__(self, obj, where: str):
        if not isinstance(obj, dict):
            raise SpecError(f"{where}: expected an object")
        self.obj, self.where, self.used = obj, where, set()

    def get(self, name, typ, optional=False, default=None):
        self.used.add(name)
        if name not in self.obj:
            if optional:
                return default
            raise SpecError(f"{self.where}: missing member {name!r}")
        v = self.obj[name]
        if typ is int and (isinstance(v, bool) or not isinstance(v, int)):
            raise SpecError(f"{self.where}.{name}: expected an integer, got {v!r}")
        if typ is int and not 0 <= v <= (2 ** 63 - 1 if name == "round" else MAX_INT):
            raise SpecError(f"{self.where}.{name}: out of range (section 4, allowed ranges): {v!r}")
        if typ is not int and not isinstance(v, typ):
            raise SpecError(f"{self.where}.{name}: expected {typ.__name__}, got {v!r}")
        return v

    def done(self):
        extra = set(self.obj) - self.used
        if extra:
            raise SpecError(f"{self.where}: unknown member(s) {sorted(extra)}")


class RecordManifest:
    """The manifest object of a record, read strictly; renders its canonical text."""

    def __init__(self, obj):
        r = Strict(obj, "manifest")
        self.spec = r.get("spec", str)
        self.task = r.get("task", str)
        self.key_stream = r.get("keyStream", str)
        d = Strict(r.get("design", dict), "manifest.design")
        self.method = d.get("method", str)
        self.size = d.get("size", str)
        self.stratum_sizes = []
        for i, e in enumerate(d.get("stratumSizes", list)):
            s = Strict(e, f"manifest.design.stratumSizes[{i}]")
            self.stratum_sizes.append((s.get("stratum", str), s.get("size", str)))
            s.done()
        self.alternates = d.get("alternates", int)
        d.done()
        self.definition = r.get("definition", list, optional=True, default=[])
        for line in self.definition:
            if not isinstance(line, str):
                raise SpecError(f"manifest.definition: not a text: {line!r}")
        self.population_digest = r.get("populationDigest", str).lower()
        self.population_size = r.get("populationSize", int)
        self.strata = []
        for i, e in enumerate(r.get("strata", list)):
            s = Strict(e, f"manifest.strata[{i}]")
            self.strata.append((s.get("stratum", str), s.get("population", int), s.get("sample", int)))
            s.done()
        self.exclusions_digest = r.get("exclusionsDigest", str).lower()
        self.exclusions = []
        for i, e in enumerate(r.get("exclusions", list)):
            s = Strict(e, f"manifest.exclusions[{i}]")
            self.exclusions.append((s.get("reason", str), s.get("count", int)))
            s.done()
        p = Strict(r.get("seedPlan", dict), "manifest.seedPlan")
        kind = p.get("kind", str)
        if kind == "commit-reveal":
            cs = []
            for i, e in enumerate(p.get("commitments", list)):
                s = Strict(e, f"manifest.seedPlan.commitments[{i}]")
                cs.append((s.get("party", str), s.get("hash", str)))
                s.done()
            self.plan = SeedPlan(kind, commitments=cs)
        elif kind == "drand":
            self.plan = SeedPlan(kind, chain_hash=p.get("chainHash", str), round_=p.get("round", int))
        else:
            self.plan = SeedPlan(kind)
        p.done()
        r.done()

    def design(self) -> Design:
        return Design(self.method, self.size, dict(self.stratum_sizes), self.alternates)

    def text(self) -> str:
        """Canonical text of the recorded manifest, arrays rendered in their recorded order (an
        array not in the order section 5 requires therefore changes the hash: a writer's error
        shows up as a manifestHash difference instead of being silently repaired)."""
        lines = [("manifest", "doublerandom-manifest/v1"), ("spec", SPEC_ID),
                 ("task", self.task), ("key-stream", self.key_stream),
                 ("method", self.method), ("size", self.size)]
        for h, rule in self.stratum_sizes:
            lines += [("size.stratum", h), ("size.stratum.rule", rule)]
        lines.append(("alternates", str(self.alternates)))
        for line in self.definition:
            n, _, v = line.partition("=")
            lines.append((n, v))
        lines += [("population-digest", self.population_digest),
                  ("population-size", str(self.population_size))]
        for h, nh, sh in self.strata:
            lines += [("stratum", h), ("stratum.population", str(nh)), ("stratum.sample", str(sh))]
        lines.append(("exclusions-digest", self.exclusions_digest))
        for reason, k in self.exclusions:
            lines += [("exclusion", reason), ("exclusion.count", str(k))]
        lines += self.plan.lines()  # draw-spec §9: the JSON order of commitments carries no meaning
        lines.append(("end", "doublerandom-manifest/v1"))
        return render(lines)


def read_source(obj) -> SeedSource:
    s = Strict(obj, "seedSource")
    kind = s.get("kind", str)
    if kind == "recorded":
        src = SeedSource(kind, value=s.get("value", str))
    elif kind == "commit-reveal":
        reveals = []
        for i, e in enumerate(s.get("reveals", list)):
            r = Strict(e, f"seedSource.reveals[{i}]")
            reveals.append((r.get("party", str), r.get("secret", str)))
            r.done()
        src = SeedSource(kind, reveals=reveals)
    elif kind == "drand":
        src = SeedSource(kind, chain_hash=s.get("chainHash", str), round_=s.get("round", int),
                         signature=s.get("signature", str), randomness=s.get("randomness", str))
    else:
        raise SpecError(f"seedSource.kind: unknown kind {kind!r}")
    s.done()
    return src


def read_strata(arr, where: str) -> list[dict]:
    out = []
    for i, e in enumerate(arr):
        s = Strict(e, f"{where}[{i}]")
        st = {"stratum": s.get("stratum", str), "population": s.get("population", int),
              "sample": s.get("sample", int)}
        for part in ("selected", "alternates"):
            lst = []
            for j, x in enumerate(s.get(part, list)):
                q = Strict(x, f"{where}[{i}].{part}[{j}]")
                lst.append((q.get("id", str), q.get("key", str).lower(), q.get("probability", str)))
                q.done()
            st[part] = lst
        probs = []
        for j, x in enumerate(s.get("probabilities", list)):
            q = Strict(x, f"{where}[{i}].probabilities[{j}]")
            probs.append((q.get("id", str), q.get("probability", str)))
            q.done()
        st["probabilities"] = probs
        s.done()
        out.append(st)
    return out


# --------------------------------------------------------------------------------------------
# Section 11: verification (single task)
# --------------------------------------------------------------------------------------------

def lcs_diff(rec: list[str], com: list[str]) -> list[tuple[str, str]]:
    """Lines on one side only, in document order, after aligning on a longest common subsequence."""
    n, m = len(rec), len(com)
    L = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            L[i][j] = L[i + 1][j + 1] + 1 if rec[i] == com[j] else max(L[i + 1][j], L[i][j + 1])
    out, i, j = [], 0, 0
    while i < n or j < m:
        if i < n and j < m and rec[i] == com[j]:
            i, j = i + 1, j + 1
        elif j < m and (i == n or L[i][j + 1] >= L[i + 1][j]):
            out.append(("absent", com[j]))
            j += 1
        else:
            out.append((rec[i], "absent"))
            i += 1
    return out


def compare_selection(prefix: str, rec_list, com_list, diffs):
    """Section 11 step 5 for `.selected` / `.alternates`."""
    rec = {i: (k, p) for i, k, p in rec_list}
    com = {i: (key_hex(k), rational_text(p)) for i, k, p in com_list}
    for i, _, _ in rec_list:
        if i not in com:
            diffs.append((f"{prefix}[{i}]", "present", "absent"))
    for i, _, _ in com_list:
        if i not in rec:
            diffs.append((f"{prefix}[{i}]", "absent", "present"))
    for i, _, _ in rec_list:
        if i in com:
            if rec[i][0] != com[i][0]:
                diffs.append((f"{prefix}[{i}].key", rec[i][0], com[i][0]))
            if rec[i][1] != com[i][1]:
                diffs.append((f"{prefix}[{i}].probability", rec[i][1], com[i][1]))
    rec_ids = [x[0] for x in rec_list]
    com_ids = [x[0] for x in com_list]
    if set(rec_ids) == set(com_ids) and rec_ids != com_ids:
        diffs.append((f"{prefix} order", " ".join(rec_ids), " ".join(com_ids)))


def verify(record: dict, pop: Population) -> list[tuple[str, str, str]]:
    diffs: list[tuple[str, str, str]] = []
    top = Strict(record, "record")
    spec = top.get("spec", str)
    mobj = top.get("manifest", dict)
    if spec != SPEC_ID or mobj.get("spec") != SPEC_ID:
        return [("spec", f"{spec} / {mobj.get('spec')}", SPEC_ID)]
    rm = RecordManifest(mobj)
    recorded_hash = top.get("manifestHash", str).lower()
    src = read_source(top.get("seedSource", dict))
    recorded_seed = top.get("seed", str).lower()
    rec_strata = read_strata(top.get("strata", list), "strata")
    reps = []
    for i, e in enumerate(top.get("replacements", list)):
        q = Strict(e, f"replacements[{i}]")
        reps.append({"stratum": q.get("stratum", str), "replaced": q.get("replaced", str),
                     "replacement": q.get("replacement", str), "reason": q.get("reason", str)})
        q.done()
    top.done()

    # step 2 (section 4, "Empty samples": a population without candidates cannot be drawn)
    if not pop.candidates:
        return diffs + [("manifest.populationSize", str(rm.population_size),
                         "0: the population has no candidate: nothing can be drawn")]
    design = rm.design()
    try:
        design.check_applies(pop)
    except SpecError as e:
        return diffs + [("manifest.design", rm.method, str(e))]
    com_text = manifest_text(rm.task, rm.key_stream, design, pop, rm.plan)
    for r, c in lcs_diff(rm.definition, pop.definition):
        diffs.append(("manifest.definition", r, c))
    if rm.population_digest != pop.digest().hex():
        diffs.append(("manifest.populationDigest", rm.population_digest, pop.digest().hex()))
    if rm.population_size != len(pop.candidates):
        diffs.append(("manifest.populationSize", str(rm.population_size), str(len(pop.candidates))))
    com_sizes = {h: (nh, sh) for h, nh, sh in design.sample_sizes(pop)}
    rec_sizes = {h: (nh, sh) for h, nh, sh in rm.strata}
    for h in sorted(set(com_sizes) | set(rec_sizes), key=bkey):
        if h not in com_sizes or h not in rec_sizes:
            diffs.append((f"manifest.strata[{h}]", "present" if h in rec_sizes else "absent",
                          "present" if h in com_sizes else "absent"))
            continue
        if rec_sizes[h][0] != com_sizes[h][0]:
            diffs.append((f"manifest.strata[{h}].population", str(rec_sizes[h][0]), str(com_sizes[h][0])))
        if rec_sizes[h][1] != com_sizes[h][1]:
            diffs.append((f"manifest.strata[{h}].sample", str(rec_sizes[h][1]), str(com_sizes[h][1])))
    if rm.exclusions_digest != pop.exclusions_digest().hex():
        diffs.append(("manifest.exclusionsDigest", rm.exclusions_digest, pop.exclusions_digest().hex()))
    rec_ex = dict(rm.exclusions)
    com_ex = dict(pop.exclusion_counts())
    for reason in sorted(set(rec_ex) | set(com_ex), key=bkey):
        if rec_ex.get(reason) != com_ex.get(reason):
            diffs.append((f"manifest.exclusions[{reason}].count", str(rec_ex.get(reason, "absent")),
                          str(com_ex.get(reason, "absent"))))
    # step 3
    rec_text = rm.text()
    rec_mhash = manifest_hash(rec_text)
    if rec_mhash.hex() != recorded_hash:
        diffs.append(("manifestHash", recorded_hash, rec_mhash.hex()))
    com_mhash = manifest_hash(com_text)
    if com_mhash != rec_mhash:
        diffs.append(("manifestHash (recomputed from the population)", rec_mhash.hex(), com_mhash.hex()))
    # step 4
    seed, problems = derive_seed(rec_mhash, rm.plan, src)
    for p in problems:
        diffs.append(("seedSource", src.kind, p))
    if seed is None:
        seed = from_hex(recorded_seed, "seed", 32)
    elif seed.hex() != recorded_seed:
        diffs.append(("seed", recorded_seed, seed.hex()))
    # step 5
    com_results = {s.stratum: s for s in draw(design, pop, seed, rm.key_stream)}
    rec_by = {s["stratum"]: s for s in rec_strata}
    for h in sorted(set(com_results) | set(rec_by), key=bkey):
        if h not in com_results or h not in rec_by:
            diffs.append((f"strata[{h}]", "present" if h in rec_by else "absent",
                          "present" if h in com_results else "absent"))
            continue
        r, c = rec_by[h], com_results[h]
        if r["population"] != c.population:
            diffs.append((f"strata[{h}].population", str(r["population"]), str(c.population)))
        if r["sample"] != c.sample:
            diffs.append((f"strata[{h}].sample", str(r["sample"]), str(c.sample)))
        compare_selection(f"strata[{h}].selected", r["selected"], c.selected, diffs)
        compare_selection(f"strata[{h}].alternates", r["alternates"], c.alternates, diffs)
        rp = dict(r["probabilities"])
        cp = {i: rational_text(p) for i, p in c.probabilities}
        for i in sorted(set(rp) | set(cp), key=bkey):
            if rp.get(i) != cp.get(i):
                diffs.append((f"strata[{h}].probabilities[{i}]", rp.get(i, "absent"), cp.get(i, "absent")))
    # step 6
    current = {h: [x[0] for x in s.selected] for h, s in com_results.items()}
    used = {h: set() for h in com_results}
    for i, rep in enumerate(reps):
        h = rep["stratum"]
        if h not in com_results:
            diffs.append((f"replacements[{i}].stratum", h, "absent"))
            continue
        unused = [a[0] for a in com_results[h].alternates if a[0] not in used[h]]
        expected = unused[0] if unused else "none"
        if rep["replaced"] not in current[h]:
            diffs.append((f"replacements[{i}].replaced", rep["replaced"], "not in the current sample"))
        if rep["replacement"] != expected:
            diffs.append((f"replacements[{i}].replacement", rep["replacement"], expected))
        used[h].add(rep["replacement"])
        if rep["replaced"] in current[h]:
            current[h][current[h].index(rep["replaced"])] = rep["replacement"]
    return diffs


def read_population_csv(path: str, definition_path: str | None) -> Population:
    cands, excl = [], []
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None or [h.strip() for h in header] != ["id", "stratum", "score", "excluded_reason"]:
            raise SpecError(f"{path}: header must be id,stratum,score,excluded_reason, got {header}")
        for n, row in enumerate(reader, start=2):
            if not row:
                continue
            if len(row) != 4:
                raise SpecError(f"{path}:{n}: expected 4 fields, got {len(row)}")
            id_, stratum, score, reason = row
            if reason:
                excl.append((id_, reason))
            else:
                cands.append(Candidate(id_, stratum, score if score != "" else None))
    definition = []
    if definition_path:
        with open(definition_path, encoding="utf-8") as f:
            definition = [line.rstrip("\n").rstrip("\r") for line in f if line.strip()]
    return Population(cands, excl, definition)


# --------------------------------------------------------------------------------------------
# check: test vectors parsed from the spec document
# --------------------------------------------------------------------------------------------

class DocError(Exception):
    pass


def fenced_blocks(text: str) -> list[tuple[str, list[str], int, str]]:
    """(info string, content lines, line number, prose since the previous block) per fenced block."""
    blocks, lines, i, prev_end = [], text.split("\n"), 0, 0
    while i < len(lines):
        m = re.match(r"^(```+|~~~+)\s*(.*?)\s*$", lines[i])
        if m:
            fence, info, start = m.group(1), m.group(2), i + 1
            j = i + 1
            while j < len(lines) and not lines[j].startswith(fence[0] * len(fence)):
                j += 1
            if j >= len(lines):
                raise DocError(f"line {start}: unterminated fenced block")
            prose = " ".join(" ".join(lines[prev_end:i]).split())
            blocks.append((info, [ln.rstrip("\r") for ln in lines[i + 1:j]], start, prose))
            i = prev_end = j + 1
        else:
            i += 1
    return blocks


def kv_lines(content: list[str], where: str) -> list[tuple[str, str]]:
    out = []
    for k, line in enumerate(content):
        if not line.strip():
            continue
        m = re.match(r"^([a-z0-9][a-z0-9.-]*):\s*(.*?)\s*$", line)
        if not m:
            raise DocError(f"{where}: line {k + 1} is not 'name: value': {line!r}")
        out.append((m.group(1), m.group(2)))
    return out


class Checker:
    def __init__(self):
        self.ok = 0
        self.bad = 0
        self.values = 0

    def check(self, vector: str, what: str, expected, computed, values: int = 1):
        self.values += values
        if expected == computed:
            self.ok += 1
            print(f"OK       {vector}: {what}")
        else:
            self.bad += 1
            print(f"MISMATCH {vector}: {what}\n         expected {expected}\n         computed {computed}")

    def note(self, vector: str, text: str):
        print(f"NOTE     {vector}: {text}")


SINGLE_INPUTS = {"vector", "candidate", "exclusion", "definition", "task", "key-stream", "method", "size",
                 "size.stratum", "alternates", "seed-plan", "commitment", "recorded-value",
                 "reveal", "drand-beacon"}
SINGLE_EXPECTS = {"expect-population-digest", "expect-exclusions-digest", "expect-manifest-hash",
                  "expect-seed", "expect-key", "expect-pivot", "expect-probability",
                  "expect-selected", "expect-alternates", "expect-record-hash"}


def one(kvs, name, where, default=None):
    vals = [v for n, v in kvs if n == name]
    if len(vals) > 1:
        raise DocError(f"{where}: {name} given {len(vals)} times")
    if not vals:
        if default is not None:
            return default
        raise DocError(f"{where}: {name} missing")
    return vals[0]


def build_population(kvs, where) -> Population:
    cands, excl, definition = [], [], []
    for n, v in kvs:
        if n == "candidate":
            p = v.split()
            if len(p) not in (2, 3):
                raise DocError(f"{where}: candidate needs 'id stratum [score]': {v!r}")
            cands.append(Candidate(p[0], p[1], p[2] if len(p) == 3 else None))
        elif n == "exclusion":
            p = v.split()
            if len(p) != 2:
                raise DocError(f"{where}: exclusion needs 'id reason': {v!r}")
            excl.append((p[0], p[1]))
        elif n == "definition":
            definition.append(v)
    return Population(cands, excl, definition)


def build_design(kvs, where) -> Design:
    overrides = {}
    for n, v in kvs:
        if n == "size.stratum":
            label, _, rule = v.partition(" ")
            if label in overrides:
                raise DocError(f"{where}: size.stratum {label!r} twice")
            overrides[label] = rule.strip()
    return Design(one(kvs, "method", where), one(kvs, "size", where), overrides,
                  parse_dec_int(one(kvs, "alternates", where), f"{where} alternates"))


def build_plan_source(kvs, where) -> tuple[SeedPlan, SeedSource]:
    sp = one(kvs, "seed-plan", where).split()
    kind = sp[0]
    if kind == "recorded":
        return SeedPlan(kind), SeedSource(kind, value=one(kvs, "recorded-value", where))
    if kind == "commit-reveal":
        comm = [tuple(v.rsplit(None, 1)) for n, v in kvs if n == "commitment"]
        rev = [tuple(v.rsplit(None, 1)) for n, v in kvs if n == "reveal"]
        return SeedPlan(kind, commitments=comm), SeedSource(kind, reveals=rev)
    if kind == "drand":
        if len(sp) != 3:
            raise DocError(f"{where}: seed-plan drand needs chainHash and round")
        plan = SeedPlan(kind, chain_hash=sp[1], round_=parse_dec_int(sp[2], "drand round", limit=2 ** 63 - 1))
        b = one(kvs, "drand-beacon", where).split()
        if len(b) != 4:
            raise DocError(f"{where}: drand-beacon needs chainHash round randomness signature")
        return plan, SeedSource(kind, chain_hash=b[0], round_=parse_dec_int(b[1], "beacon round", limit=2 ** 63 - 1),
                                randomness=b[2], signature=b[3])
    raise DocError(f"{where}: unknown seed-plan {kind!r}")


def check_seed(ck, name, kvs, mhash, plan, src) -> bytes | None:
    seed, problems = derive_seed(mhash, plan, src)
    ck.check(name, f"seed material accepted ({plan.kind})", [], problems)
    if seed is None:
        rest = [n for n, _ in kvs if n.startswith("expect-") and n != "expect-manifest-hash"
                and not n.startswith("expect-population") and not n.startswith("expect-exclusions")]
        ck.check(name, f"{len(rest)} seed-dependent expect- lines", "computed", "not computed: seed rejected",
                 values=len(rest))
        return None
    if any(n == "expect-seed" for n, _ in kvs):
        ck.check(name, "seed", one(kvs, "expect-seed", name).lower(), seed.hex())
    return seed


def check_keys(ck, name, kvs, keys: Keys, duelists: list[str] | None):
    for n, v in kvs:
        if n in ("expect-key", "expect-pivot"):
            i, h = v.split()
            x = keys.K(i) if n == "expect-key" else keys.V(i)
            ck.check(name, f"{'key K' if n == 'expect-key' else 'duel uniform V'}({i})", h.lower(), key_hex(x))
    if duelists is not None:
        listed = sorted((v.split()[0] for n, v in kvs if n == "expect-pivot"), key=bkey)
        ck.check(name, "set of candidates that fought a duel = expect-pivot ids",
                 listed, sorted(duelists, key=bkey))


def check_canonical_json(ck: Checker, kvs):
    """A ```canonical-json block: a JSON text, its canonical form and its SHA-256."""
    name = one(kvs, "vector", "canonical-json")
    for n, _ in kvs:
        if n not in ("vector", "input", "expect-canonical", "expect-sha256"):
            raise DocError(f"vector {name}: unknown line name {n!r}")
    text = canonical_json(parse_json_strict(one(kvs, "input", name)))
    ck.check(name, "canonical JSON text", one(kvs, "expect-canonical", name), text)
    ck.check(name, "SHA-256 of the canonical form", one(kvs, "expect-sha256", name).lower(),
             sha256(text.encode("utf-8")).hex())


LEDGER_FIELDS = ("previous-hash", "task", "outcome", "at", "manifest-hash", "seed", "record-hash",
                 "reason")


def check_ledger(ck: Checker, kvs):
    """A ```ledger block: entries from each `entry:` line to the next; an absent field is ""."""
    name = one(kvs, "vector", "ledger")
    entries, cur = [], None
    for n, v in kvs:
        if n == "vector":
            continue
        if n == "entry":
            cur = {"entry": parse_dec_int(v, f"{name} entry", limit=2 ** 63 - 1)}
            entries.append(cur)
        elif cur is not None and (n in LEDGER_FIELDS or n == "expect-entry-hash"):
            cur[n] = v
        else:
            raise DocError(f"vector {name}: unexpected line {n!r}")
    previous = "0" * 64
    for i, e in enumerate(entries):
        if e["entry"] != i:
            raise DocError(f"vector {name}: entries are numbered from 0 in order")
        ck.check(name, f"entry {i}: previous-hash is the hash of the entry before (genesis: zeros)",
                 previous, e.get("previous-hash", "").lower())
        h = ledger_entry_hash(i, e.get("previous-hash", ""), e.get("task", ""), e.get("outcome", ""),
                              e.get("at", ""), e.get("manifest-hash", ""), e.get("seed", ""),
                              e.get("record-hash", ""), e.get("reason", ""))
        ck.check(name, f"entry {i}: entry hash", e.get("expect-entry-hash", "").lower(), h)
        previous = h


LEDGER_OUTCOMES = ("drawn", "failed", "replaced", "assigned", "published")


def decode_ledger_entry(b: bytes, where: str) -> tuple:
    """Section 16.1: the canonical bytes of an entry, decoded into (sequence, previous, fields)."""
    pos = 0

    def take(n):
        nonlocal pos
        if pos + n > len(b):
            raise DocError(f"{where}: the entry bytes end early")
        out = b[pos:pos + n]
        pos += n
        return out

    def string():
        n = int.from_bytes(take(4), "big")
        try:
            return take(n).decode("utf-8")
        except UnicodeDecodeError:
            raise DocError(f"{where}: a string is not valid UTF-8")

    if string() != "doublerandom/ledger/v1":
        raise DocError(f"{where}: the entry does not start with enc('doublerandom/ledger/v1')")
    seq = int.from_bytes(take(8), "big")
    prev = take(32).hex()
    fields = [string() for _ in range(7)]
    if pos != len(b):
        raise DocError(f"{where}: {len(b) - pos} bytes left over after the entry")
    if fields[1] not in LEDGER_OUTCOMES:
        raise DocError(f"{where}: unknown outcome {fields[1]!r}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", fields[2]):
        raise DocError(f"{where}: time {fields[2]!r} is not yyyy-MM-ddTHH:mm:ssZ")
    return seq, prev, fields


def check_ledger_file(ck: Checker, content: list, line: int):
    """A ```ledger-file block: an exported ledger (section 16.3), checked line by line."""
    name = f"ledger file at line {line}"
    if not content or content[0] != "doublerandom-ledger/v1":
        raise DocError(f"{name}: the first line must be 'doublerandom-ledger/v1'")
    previous, expected_seq, head = "0" * 64, 0, None
    for k, text in enumerate(content[1:], start=1):
        parts = text.split(" ")
        if head is not None:
            raise DocError(f"{name}, line {k + 1}: nothing may follow the head line")
        if parts[0] == "entry" and len(parts) == 4:
            seq = parse_dec_int(parts[1], f"{name} sequence", limit=2 ** 63 - 1)
            raw = bytes.fromhex(parts[3])
            seq_b, prev, f = decode_ledger_entry(raw, f"{name}, line {k + 1}")
            ck.check(name, f"entry {seq}: sequence numbers run from 0", expected_seq, seq)
            ck.check(name, f"entry {seq}: the bytes carry the line's sequence number", seq, seq_b)
            ck.check(name, f"entry {seq}: previousHash is the hash of the line before",
                     previous, prev)
            ck.check(name, f"entry {seq}: SHA-256 of the bytes is the hash given",
                     parts[2], sha256(raw).hex())
            ck.check(name, f"entry {seq}: the bytes re-encode to themselves (section 12 hash)",
                     parts[2], ledger_entry_hash(seq_b, prev, *f))
            previous, expected_seq = parts[2], expected_seq + 1
        elif parts[0] == "head" and len(parts) == 3:
            head = (int(parts[1]), parts[2])
        else:
            raise DocError(f"{name}, line {k + 1}: neither an entry nor a head line")
    if head is None:
        raise DocError(f"{name}: no head line (the file was cut off)")
    ck.check(name, "the head names the last entry", (expected_seq - 1, previous), head)


def check_single(ck: Checker, kvs, manifests: dict, prose: str = ""):
    name = one(kvs, "vector", "vector")
    for n, _ in kvs:
        if n not in SINGLE_INPUTS and n not in SINGLE_EXPECTS:
            raise DocError(f"vector {name}: unknown line name {n!r}")
    pop = build_population(kvs, name)
    design = build_design(kvs, name)
    task = one(kvs, "task", name)
    ks = one(kvs, "key-stream", name, default=task)
    plan, src = build_plan_source(kvs, name)
    for n, v in kvs:
        if n == "expect-population-digest":
            ck.check(name, "population digest", v.lower(), pop.digest().hex())
        if n == "expect-exclusions-digest":
            ck.check(name, "exclusions digest", v.lower(), pop.exclusions_digest().hex())
    text = manifest_text(task, ks, design, pop, plan)
    mh = manifest_hash(text)
    if name in manifests:
        block = manifests.pop(name)
        ck.check(name, f"manifest text byte for byte ({block.count(chr(10))} lines)", block, text,
                 values=block.count("\n"))
        ck.check(name, "SHA-256 of the printed manifest = expect-manifest-hash",
                 one(kvs, "expect-manifest-hash", name).lower(), manifest_hash(block).hex())
    ck.check(name, "manifest hash", one(kvs, "expect-manifest-hash", name).lower(), mh.hex())
    # Prose claim (vector 2): the secrets are SHA-256 of the quoted ASCII texts.
    m = re.search(r"secrets are SHA-256 of the ASCII texts `([^`]+)` and `([^`]+)`", prose)
    if m and plan.kind == "commit-reveal":
        texts = [m.group(1), m.group(2)]
        ck.check(name, "reveal secrets = SHA-256 of the texts quoted in the prose",
                 [s.lower() for _, s in src.reveals], [sha256(t.encode("ascii")).hex() for t in texts],
                 values=len(texts))
    seed = check_seed(ck, name, kvs, mh, plan, src)
    if seed is None:
        return
    keys = Keys(seed, ks)
    results = {s.stratum: s for s in draw(design, pop, seed, ks)}
    duel = [d for s in results.values() for d in s.duelists] if design.method == "pivotal" else None
    check_keys(ck, name, kvs, keys, duel)
    # Prose claim (vector 4): the rounded duel uniforms "U(V) ≈ 0.xyz", in processing order.
    approx = re.findall(r"U\(V\) ≈ ([0-9.]+)", prose)
    if approx and duel is not None:
        digits = [len(a.partition(".")[2]) for a in approx]
        got = [f"{keys.V(j) / TWO_256:.{d}f}" for j, d in zip(duel, digits)]
        ck.check(name, "the duel uniforms U(V) quoted (rounded) in the prose, in key order",
                 approx, got, values=len(approx))
    if any(n == "expect-record-hash" for n, _ in kvs):
        strata = [results[h] for h in sorted(results, key=bkey)]
        record = {"spec": SPEC_ID, "manifest": manifest_json(task, ks, design, pop, plan),
                  "manifestHash": mh.hex(), "seedSource": source_json(src), "seed": seed.hex(),
                  "strata": [stratum_json(x, design.weighted) for x in strata], "replacements": []}
        ck.check(name, "record hash (SHA-256 of the record's canonical JSON, section 12)",
                 one(kvs, "expect-record-hash", name).lower(), record_hash(record))
    probs = {i: rational_text(p) for s in results.values() for i, p in s.probabilities}
    if design.method == "srswor":
        probs = {i: rational_text(p) for s in results.values() for i, _, p in s.selected + s.alternates}
    for n, v in kvs:
        if n == "expect-probability":
            i, p = v.split()
            ck.check(name, f"probability({i})", p, probs.get(i, "absent"))
    seen_strata = set()
    for n, v in kvs:
        if n in ("expect-selected", "expect-alternates"):
            p = v.split()
            h, ids = p[0], p[1:]
            part = "selected" if n == "expect-selected" else "alternates"
            seen_strata.add(h)
            s = results.get(h)
            got = [x[0] for x in getattr(s, part)] if s else ["<no such stratum>"]
            ck.check(name, f"{part} of stratum {h} (in order)", ids, got, values=max(1, len(ids)))
    missing = [h for h in results if h not in seen_strata]
    if missing:
        ck.note(name, f"strata not covered by expect-selected lines: {missing}")


JOINT_EVENT = {"vector", "event", "key-stream", "seed-plan", "commitment", "recorded-value",
               "reveal", "drand-beacon", "expect-manifest-hash", "expect-seed", "expect-key",
               "expect-pivot", "expect-selected", "expect-alternates", "expect-entity"}
JOINT_TASK = {"task", "item", "candidate", "exclusion", "definition", "method", "size",
              "size.stratum", "alternates"}


def check_joint(ck: Checker, kvs, manifests: dict):
    name = one(kvs, "vector", "joint")
    event_kvs, tasks, cur = [], [], None
    for n, v in kvs:
        if n == "task":
            cur = [(n, v)]
            tasks.append(cur)
        elif n == "seed-plan":
            cur = None
            event_kvs.append((n, v))
        elif cur is not None:
            if n not in JOINT_TASK:
                raise DocError(f"joint {name}: line {n!r} inside a task section")
            cur.append((n, v))
        else:
            if n not in JOINT_EVENT:
                raise DocError(f"joint {name}: unknown event-level line {n!r}")
            event_kvs.append((n, v))
    if not tasks:
        raise DocError(f"joint {name}: no task")
    event = one(event_kvs, "event", name)
    ks = one(event_kvs, "key-stream", name, default=event)
    jtasks = []
    for t in tasks:
        tn = one(t, "task", name)
        jtasks.append(JointTask(tn, [v for n, v in t if n == "item"],
                                build_design(t, f"{name}/{tn}"), build_population(t, f"{name}/{tn}")))
    plan, src = build_plan_source(event_kvs, name)
    text = joint_manifest_text(event, ks, jtasks, plan)
    mh = manifest_hash(text)
    if name in manifests:
        block = manifests.pop(name)
        ck.check(name, f"joint manifest text byte for byte ({block.count(chr(10))} lines)", block,
                 text, values=block.count("\n"))
        ck.check(name, "SHA-256 of the printed joint manifest = expect-manifest-hash",
                 one(event_kvs, "expect-manifest-hash", name).lower(), manifest_hash(block).hex())
    ck.check(name, "joint manifest hash", one(event_kvs, "expect-manifest-hash", name).lower(), mh.hex())
    seed = check_seed(ck, name, event_kvs, mh, plan, src)
    if seed is None:
        return
    keys = Keys(seed, ks)
    results = {t.task: draw(t.design, t.pop, seed, ks) for t in jtasks}
    check_keys(ck, name, event_kvs, keys, None)
    for n, v in event_kvs:
        if n in ("expect-selected", "expect-alternates"):
            p = v.split()
            t, h, ids = p[0], p[1], p[2:]
            part = "selected" if n == "expect-selected" else "alternates"
            s = {x.stratum: x for x in results.get(t, [])}.get(h)
            got = [x[0] for x in getattr(s, part)] if s else ["<no such task/stratum>"]
            ck.check(name, f"{part} of task {t} stratum {h} (in order)", ids, got, values=max(1, len(ids)))
    exp_entities = []
    for n, v in event_kvs:
        if n == "expect-entity":
            p = v.split()
            exp_entities.append((p[0], [tuple(x.split("/", 1)) for x in p[1:]]))
    if exp_entities:
        groups = grouping(results, {t.task: t.items for t in jtasks})
        got = [(i, [(t, h) for t, h, _ in ts]) for i, ts in groups]
        ck.check(name, f"grouping by entity (15.4), {len(exp_entities)} entities in order",
                 exp_entities, got, values=sum(len(x[1]) + 1 for x in exp_entities))


def check_rfc3797(ck: Checker, kvs, prose: str):
    name = "rfc3797"
    key = one(kvs, "key", name)
    pool = parse_dec_int(one(kvs, "pool", name), "pool")
    exp = [int(x) for x in one(kvs, "expect-selection", name).split()]
    m = re.search(r"sources\s+((?:`[0-9 ]+`\s*\|\s*)*`[0-9 ]+`)", prose)
    if m:
        sources = [[int(x) for x in s.split()] for s in re.findall(r"`([0-9 ]+)`", m.group(1))]
        ck.check(name, "key string built from the sources named in the text (13)", key,
                 rfc3797_key(sources))
    else:
        ck.note(name, "no 'sources `..` | `..`' phrase found before the block; key string not rebuilt")
    sel, hashes = rfc3797_select(key, pool, len(exp))
    for n, v in kvs:
        if n == "expect-first-md5":
            ck.check(name, "first MD5 H_0", v.lower(), hashes[0].hex())
        elif n not in ("key", "pool", "expect-selection"):
            raise DocError(f"rfc3797: unknown line {n!r}")
    ck.check(name, f"selection of {len(exp)} from pool {pool} (in order)", exp, sel, values=len(exp))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_valid(code: str) -> bool:
    """GB 32100-2015 check character (position 18). Not defined by the spec; informative only."""
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    total = sum(USCC_CHARS.index(c) * pow(3, i, 31) for i, c in enumerate(code[:17]))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


def cmd_check(path: str) -> int:
    try:
        with open(path, encoding="utf-8") as f:
            doc = f.read()
    except OSError as e:
        print(f"cannot read {path}: {e}", file=sys.stderr)
        return 2
    ck = Checker()
    try:
        blocks = fenced_blocks(doc)
        manifests = {}
        vectors = []
        for info, content, line, prose in blocks:
            parts = info.split()
            kind = parts[0] if parts else ""
            if kind in ("manifest", "joint-manifest"):
                if len(parts) != 2:
                    raise DocError(f"line {line}: ```{kind} needs the vector's name")
                manifests[parts[1]] = "".join(c + "\n" for c in content)
            elif kind in ("vector", "joint", "rfc3797", "canonical-json", "ledger"):
                vectors.append((kind, content, line, prose))
            elif kind == "ledger-file":
                check_ledger_file(ck, content, line)
            elif kind == "" and any(re.match(r"^expect-[a-z-]+:", c) for c in content):
                raise DocError(f"line {line}: an unlabelled block holds expect- lines")
            elif kind:
                raise DocError(f"line {line}: unknown block type ```{info}")
        if not vectors:
            raise DocError("no test vectors found")
        ids = set()
        for kind, content, line, prose in vectors:
            kvs = kv_lines(content, f"block at line {line}")
            for n, v in kvs:
                if n == "candidate" or n == "exclusion":
                    ids.add(v.split()[0])
            if kind == "vector":
                check_single(ck, kvs, manifests, prose)
            elif kind == "joint":
                check_joint(ck, kvs, manifests)
            elif kind == "canonical-json":
                check_canonical_json(ck, kvs)
            elif kind == "ledger":
                check_ledger(ck, kvs)
            else:
                check_rfc3797(ck, kvs, prose)
        for n in manifests:
            raise DocError(f"manifest block {n!r} names no vector")
        bad_ids = sorted(i for i in ids if not uscc_valid(i))
        ck.check("all vectors", f"the {len(ids)} ids are valid unified social credit codes "
                 f"(GB 32100 check character; informative claim of section 14)", [], bad_ids, values=len(ids))
    except (DocError, SpecError) as e:
        print(f"CANNOT PARSE/INTERPRET: {e}", file=sys.stderr)
        print(f"partial: {ck.ok} OK, {ck.bad} MISMATCH before the error")
        return 2
    print(f"\n{ck.ok + ck.bad} checks ({ck.values} expected values), {ck.ok} OK, {ck.bad} MISMATCH")
    return 0 if ck.bad == 0 else 1


def cmd_verify(record_path: str, csv_path: str, definition: str | None) -> int:
    try:
        with open(record_path, encoding="utf-8") as f:
            record = json.load(f)
        pop = read_population_csv(csv_path, definition)
        diffs = verify(record, pop)
    except (OSError, ValueError, SpecError) as e:
        print(f"cannot verify: {e}", file=sys.stderr)
        return 2
    for field, rec, com in diffs:
        print(f"{field}\trecorded: {rec}\trecomputed: {com}")
    print(f"{len(diffs)} difference(s); the draw {'reproduces' if not diffs else 'does NOT reproduce'}")
    return 0 if not diffs else 1


def cmd_draw(a) -> int:
    try:
        pop = read_population_csv(a.candidates, a.definition)
        overrides = {}
        for s in a.stratum_size:
            label, sep, rule = s.partition("=")
            if not sep:
                raise SpecError(f"--stratum-size needs LABEL=RULE: {s!r}")
            overrides[label] = rule
        design = Design(a.method, a.size, overrides, a.alternates)
        ks = a.key_stream or a.task
        if a.recorded_value:
            plan, src = SeedPlan("recorded"), SeedSource("recorded", value=a.recorded_value)
        elif a.commitment:
            comm = [tuple(c.split("=", 1)) for c in a.commitment]
            rev = [tuple(c.split("=", 1)) for c in a.reveal]
            plan, src = SeedPlan("commit-reveal", commitments=comm), SeedSource("commit-reveal", reveals=rev)
        elif a.drand:
            ch, rd, sig = a.drand
            plan = SeedPlan("drand", chain_hash=ch, round_=int(rd))
            src = SeedSource("drand", chain_hash=ch, round_=int(rd), signature=sig,
                             randomness=hashlib.sha256(bytes.fromhex(sig)).hexdigest())
        else:
            raise SpecError("one of --recorded-value, --commitment/--reveal, --drand is required")
        text = manifest_text(a.task, ks, design, pop, plan)
        mh = manifest_hash(text)
        seed, problems = derive_seed(mh, plan, src)
        if seed is None:
            raise SpecError("seed rejected: " + "; ".join(problems))
        strata = draw(design, pop, seed, ks)
        record = {"spec": SPEC_ID, "manifest": manifest_json(a.task, ks, design, pop, plan),
                  "manifestHash": mh.hex(), "seedSource": source_json(src), "seed": seed.hex(),
                  "strata": [stratum_json(s, design.weighted) for s in strata], "replacements": []}
    except (OSError, ValueError, SpecError) as e:
        print(f"cannot draw: {e}", file=sys.stderr)
        return 2
    sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check", help="check the test vectors of a spec document")
    c.add_argument("spec")
    v = sub.add_parser("verify", help="verify a single-task draw record against a population CSV",
                       description="CSV layout: header id,stratum,score,excluded_reason; a row with a "
                                   "non-empty excluded_reason is an exclusion, otherwise a candidate "
                                   "(empty score = no score).")
    v.add_argument("record")
    v.add_argument("candidates")
    v.add_argument("--definition", help="file with the population definition lines (section 3.1)")
    d = sub.add_parser("draw", help="draw a single task and print its record")
    d.add_argument("candidates")
    d.add_argument("--task", required=True)
    d.add_argument("--key-stream")
    d.add_argument("--method", required=True, choices=["srswor", "poisson", "pivotal"])
    d.add_argument("--size", required=True)
    d.add_argument("--stratum-size", action="append", default=[], metavar="LABEL=RULE")
    d.add_argument("--alternates", type=int, default=0)
    d.add_argument("--definition")
    d.add_argument("--recorded-value")
    d.add_argument("--commitment", action="append", default=[], metavar="PARTY=HASH")
    d.add_argument("--reveal", action="append", default=[], metavar="PARTY=SECRET")
    d.add_argument("--drand", nargs=3, metavar=("CHAINHASH", "ROUND", "SIGNATURE"))
    a = ap.parse_args(argv)
    if a.cmd == "check":
        return cmd_check(a.spec)
    if a.cmd == "verify":
        return cmd_verify(a.record, a.candidates, a.definition)
    return cmd_draw(a)


if __name__ == "__main__":
    sys.exit(main())
