#!/usr/bin/env python3
"""Independent reference implementation of `doublerandom/assign/v1` (docs/assignment-spec.md).

Written from the specification text alone (assignment-spec.md, and the sections of
docs/draw-spec.md it refers to for encodings and seeds), without reading the Java sources.
Standard library only.

Commands:
  check SPEC.md            parse the test vectors of section 12 out of the markdown, recompute
                           every expected value, print one line per checked group; exit 0 if all
                           match, 1 on any mismatch, 2 if the document cannot be parsed or holds
                           no vectors.
  record SPEC.md VECTOR    print the assignment record (section 9) of one vector as JSON, or the
                           infeasibility report (section 8.3); not checked by any vector.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import itertools
import json
import re
import sys
from dataclasses import dataclass, field

SPEC = "doublerandom/assign/v1"
MANIFEST_TAG = "doublerandom-assignment-manifest/v1"
UNLIMITED = None  # capacities: None means unlimited
UNLIMITED_JSON = 2147483647
LEVELS = ("national", "province", "city", "county")
SCOPES = ("jurisdiction", "cross-county", "cross-prefecture")
RULES = ("inactive", "level", "scope", "department", "unavailable", "conflict",
         "recusal-request", "rotation", "certificate", "specialty")


class SpecError(Exception):
    """Input violates a MUST of the specification (rejected input)."""


class ParseError(Exception):
    """The markdown document or a vector line cannot be parsed."""


# ---------------------------------------------------------------- section 2: encodings

def u8(x: int) -> bytes:
    return x.to_bytes(1, "big")


def u32be(x: int) -> bytes:
    return x.to_bytes(4, "big")


def u64be(x: int) -> bytes:
    return x.to_bytes(8, "big")


def utf8(s: str) -> bytes:
    return s.encode("utf-8")  # no BOM, no normalisation; rejects lone surrogates


def enc(s) -> bytes:
    b = s if isinstance(s, (bytes, bytearray)) else utf8(s)
    return u32be(len(b)) + bytes(b)


def bkey(s: str) -> bytes:
    """Sort key for bytewise order of texts (UTF-8 bytes)."""
    return utf8(s)


def sorted_texts(xs) -> list[str]:
    return sorted(set(xs), key=bkey)


def enc_set(xs) -> bytes:
    d = sorted_texts(xs)
    return u32be(len(d)) + b"".join(enc(x) for x in d)


def sha256(b: bytes) -> bytes:
    return hashlib.sha256(b).digest()


_CONTROL = re.compile("[\u0000-\u001f\u007f-\u009f]")


def check_text(fieldname: str, s: str) -> str:
    if not s:
        raise SpecError(f"{fieldname}: empty text")
    if _CONTROL.search(s):
        raise SpecError(f"{fieldname}: control character in {s!r}")
    try:
        utf8(s)
    except UnicodeEncodeError:
        raise SpecError(f"{fieldname}: not Unicode scalar values: {s!r}")
    return s


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(fieldname: str, s: str) -> datetime.date:
    if not _DATE.match(s):
        raise SpecError(f"{fieldname}: not YYYY-MM-DD: {s!r}")
    return datetime.date.fromisoformat(s)


def hexlower(b: bytes) -> str:
    return b.hex()


# regions (section 2)

def region_level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def region_prefix(code: str) -> str:
    return code[:{"province": 2, "prefecture": 4, "county": 6}[region_level(code)]]


def region_contains(a: str, b: str) -> bool:
    return b.startswith(region_prefix(a))


def region_prefecture(code: str):
    lvl = region_level(code)
    if lvl == "province":
        return None
    if lvl == "prefecture":
        return code
    if code[2:4] == "00":  # "unless those are xx00"
        return None
    return code[:4] + "00"


def region_province(code: str) -> str:
    return code[:2] + "0000"


def check_region(fieldname: str, code: str) -> str:
    if not re.fullmatch(r"\d{6}", code):
        raise SpecError(f"{fieldname}: not a six-digit region code: {code!r}")
    return code


# ---------------------------------------------------------------- section 3: inputs

@dataclass(frozen=True)
class Inspector:
    id: str
    name: str
    kind: str              # officer | expert
    authority: str
    level: str             # national | province | city | county
    region: str
    active: bool
    cert: tuple | None     # (from, to) as text, or None
    specialties: frozenset
    conflicts: frozenset   # of (type, id)
    unavailable: frozenset  # of (from, to) as text


@dataclass(frozen=True)
class Visit:
    id: str
    task: str
    entity: str
    region: str
    authority: str
    date_from: str
    date_to: str
    parties: frozenset
    items: frozenset
    specialties: frozenset
    departments: frozenset
    recusals: frozenset


@dataclass(frozen=True)
class Rules:
    officers: int = 2
    officers_per_department: int = 1
    experts_per_specialty: int = 1
    levels: tuple = LEVELS
    scope: str = "jurisdiction"
    partners: tuple = ()
    rotation_days: int = 365
    task_capacity: int | None = UNLIMITED


def directory_digest(inspectors: list[Inspector]) -> bytes:
    ids = [i.id for i in inspectors]
    dup = sorted({x for x in ids if ids.count(x) > 1}, key=bkey)
    if dup:
        raise SpecError(f"directory: duplicate inspector id {dup[0]!r}")
    out = [enc("doublerandom/inspectors/v1"), u64be(len(inspectors))]
    for i in sorted(inspectors, key=lambda x: bkey(x.id)):
        out += [enc(i.id), enc(i.kind), enc(i.authority), enc(i.level), enc(i.region),
                u8(1 if i.active else 0)]
        out.append(u8(1) + enc(i.cert[0]) + enc(i.cert[1]) if i.cert else u8(0))
        out.append(enc_set(i.specialties))
        conflicts = sorted(set(i.conflicts), key=lambda c: bkey(c[0] + ":" + c[1]))
        out.append(u32be(len(conflicts)))  # GUESS: c = number of distinct conflicts
        out += [enc(t) + enc(x) for t, x in conflicts]
        ranges = sorted(set(i.unavailable), key=lambda r: bkey(r[0] + "/" + r[1]))
        out.append(u32be(len(ranges)))  # GUESS: u = number of distinct ranges
        out += [enc(f) + enc(t) for f, t in ranges]
    return sha256(b"".join(out))


def visits_digest(visits: list[Visit]) -> bytes:
    ids = [v.id for v in visits]
    dup = sorted({x for x in ids if ids.count(x) > 1}, key=bkey)
    if dup:
        raise SpecError(f"visits: duplicate visit id {dup[0]!r}")
    out = [enc("doublerandom/visits/v1"), u64be(len(visits))]
    for v in sorted(visits, key=lambda x: bkey(x.id)):
        out += [enc(v.id), enc(v.task), enc(v.entity), enc(v.region), enc(v.authority),
                enc_set(v.parties), enc(v.date_from), enc(v.date_to), enc_set(v.items),
                enc_set(v.specialties), enc_set(v.departments), enc_set(v.recusals)]
    return sha256(b"".join(out))


def history_digest(history) -> bytes:
    triples = sorted(set(history), key=lambda t: (bkey(t[0]), bkey(t[1]), bkey(t[2])))
    out = [enc("doublerandom/history/v1"), u64be(len(triples))]
    out += [enc(e) + enc(i) + enc(d) for e, i, d in triples]
    return sha256(b"".join(out))


# ---------------------------------------------------------------- section 6: manifest

def cap_text(c) -> str:
    return "unlimited" if c is UNLIMITED else str(c)


def rules_lines(prefix: str, r: Rules) -> list[str]:
    lines = [f"{prefix}.officers={r.officers}",
             f"{prefix}.officers-per-department={r.officers_per_department}",
             f"{prefix}.experts-per-specialty={r.experts_per_specialty}",
             f"{prefix}.levels=" + ",".join(l for l in LEVELS if l in r.levels),
             f"{prefix}.scope={r.scope}"]
    lines += [f"{prefix}.partner={p}" for p in sorted(set(r.partners))]
    lines += [f"{prefix}.rotation-days={r.rotation_days}",
              f"{prefix}.task-capacity={cap_text(r.task_capacity)}"]
    return lines


@dataclass
class Problem:
    assignment: str
    draw_record: str | None
    inspectors: list
    visits: list
    history: list
    defaults: Rules
    overrides: dict = field(default_factory=dict)  # task -> Rules
    batch_capacity: int | None = UNLIMITED
    seed_kind: str = "recorded"
    recorded_value: bytes | None = None

    def rules_of(self, task: str) -> Rules:
        return self.overrides.get(task, self.defaults)


def manifest_text(p: Problem) -> str:
    lines = [f"manifest={MANIFEST_TAG}", f"spec={SPEC}", f"assignment={p.assignment}"]
    if p.draw_record is not None:
        lines.append(f"draw-record={p.draw_record.lower()}")
    lines += [f"directory-digest={hexlower(directory_digest(p.inspectors))}",
              f"directory-size={len(p.inspectors)}",
              f"visits-digest={hexlower(visits_digest(p.visits))}",
              f"visits={len(p.visits)}",
              f"history-digest={hexlower(history_digest(p.history))}",
              f"history={len(set(p.history))}",  # GUESS: H counts distinct triples, as the digest
              f"batch-capacity={cap_text(p.batch_capacity)}"]
    lines += rules_lines("default", p.defaults)
    for task in sorted(p.overrides, key=bkey):
        lines.append(f"task={task}")
        lines += rules_lines("task", p.overrides[task])  # GUESS: every rule, not only overridden
    if p.seed_kind != "recorded":
        raise SpecError("only the recorded seed plan is implemented")
    lines.append("seed-plan=recorded")
    lines.append(f"end={MANIFEST_TAG}")
    return "".join(l + "\n" for l in lines)


def manifest_hash(p: Problem) -> bytes:
    return sha256(utf8(manifest_text(p)))


# ---------------------------------------------------------------- section 7: seed and keys

def seed_recorded(mhash: bytes, value: bytes) -> bytes:
    if len(value) != 32:
        raise SpecError(f"recorded value: {len(value)} bytes, expected 32")
    return sha256(enc("doublerandom/seed/v1") + enc("recorded") + mhash + enc(value))


def key_tag(assignment_id: str) -> bytes:
    return sha256(enc(SPEC) + enc("assign") + enc(assignment_id))


def visit_key(seed: bytes, tag: bytes, visit_id: str) -> bytes:
    return hmac.new(seed, tag + u8(0x02) + enc(visit_id), hashlib.sha256).digest()


def pair_key(seed: bytes, tag: bytes, visit_id: str, inspector_id: str) -> bytes:
    return hmac.new(seed, tag + u8(0x01) + enc(visit_id) + enc(inspector_id),
                    hashlib.sha256).digest()


# ---------------------------------------------------------------- sections 4-5: funnel, groups

def in_scope(i: Inspector, v: Visit, r: Rules) -> bool:
    a, e = i.region, v.region
    if r.scope == "jurisdiction":
        return region_contains(a, e) or i.authority == v.authority
    neither = not region_contains(a, e) and not region_contains(e, a)
    partner_ok = any(region_contains(p, a) for p in r.partners)
    if r.scope == "cross-county":
        if region_level(a) != "county" or not neither:
            return False
        if not r.partners:
            pa = region_prefecture(a)
            return pa is not None and pa == region_prefecture(e)
        return partner_ok
    if r.scope == "cross-prefecture":
        pa, pe = region_prefecture(a), region_prefecture(e)
        if region_level(a) == "province" or pa is None:
            return False
        if pe is not None and pa == pe:
            return False
        if not neither:
            return False
        if not r.partners:
            return region_province(a) == region_province(e)
        return partner_ok
    raise SpecError(f"scope: unknown {r.scope!r}")


def removal_rule(i: Inspector, v: Visit, r: Rules, history_set) -> str | None:
    vf, vt = parse_date("from", v.date_from), parse_date("to", v.date_to)
    if not i.active:
        return "inactive"
    if i.level not in r.levels:
        return "level"
    if not in_scope(i, v, r):
        return "scope"
    if v.departments and i.kind == "officer" and i.authority not in v.departments:
        return "department"
    for f, t in i.unavailable:
        if parse_date("unavailable", f) <= vt and vf <= parse_date("unavailable", t):
            return "unavailable"
    for typ, x in i.conflicts:
        if (typ == "entity" and x == v.entity) or (typ == "party" and x in v.parties):
            return "conflict"
    if i.id in v.recusals:
        return "recusal-request"
    w = r.rotation_days
    if w > 0:
        lo = vf - datetime.timedelta(days=w)
        for e, ins, d in history_set:
            if e == v.entity and ins == i.id and lo <= parse_date("history", d) <= vt:
                return "rotation"
    if i.kind == "officer":
        if i.cert is None:
            return "certificate"
        cf, ct = parse_date("certFrom", i.cert[0]), parse_date("certTo", i.cert[1])
        if not (cf <= vf and vt <= ct):
            return "certificate"
    if i.kind == "expert" and not (i.specialties & v.specialties):
        return "specialty"
    return None


@dataclass
class Group:
    label: str
    demand: int
    eligible: list  # inspector ids in key order


@dataclass
class VisitPlan:
    visit: Visit
    key: bytes
    removed: dict          # rule -> count (all ten)
    pool: list             # inspector ids in key order
    pair_keys: dict        # inspector id -> PK (pool members)
    groups: list           # of Group, in group order


def slot_groups(v: Visit, r: Rules) -> list[tuple[str, int, object]]:
    """(label, demand, predicate(inspector)) in group order (section 4)."""
    out = []
    if not v.departments:
        out.append(("officers", r.officers, lambda i: i.kind == "officer"))
    else:
        ds = sorted_texts(v.departments)
        k = len(ds)
        e = max(0, r.officers - k * r.officers_per_department)
        for j, d in enumerate(ds, start=1):
            q = r.officers_per_department + e // k + (1 if j <= e % k else 0)
            out.append((f"officers:{d}", q,
                        lambda i, d=d: i.kind == "officer" and i.authority == d))
    for s in sorted_texts(v.specialties):
        out.append((f"expert:{s}", r.experts_per_specialty,
                    lambda i, s=s: i.kind == "expert" and s in i.specialties))
    return out


def plan(p: Problem, seed: bytes) -> list[VisitPlan]:
    """Per visit, in visit order: key, funnel, pool (key order), groups."""
    tag = key_tag(p.assignment)
    hist = set(p.history)
    by_id = {i.id: i for i in p.inspectors}
    plans = []
    for v in p.visits:
        r = p.rules_of(v.task)
        removed = {rule: 0 for rule in RULES}
        pool = []
        for i in p.inspectors:
            why = removal_rule(i, v, r, hist)
            if why is None:
                pool.append(i.id)
            else:
                removed[why] += 1
        pk = {iid: pair_key(seed, tag, v.id, iid) for iid in pool}
        pool.sort(key=lambda iid: (pk[iid], bkey(iid)))
        groups = [Group(label, demand, [iid for iid in pool if pred(by_id[iid])])
                  for label, demand, pred in slot_groups(v, r)]
        plans.append(VisitPlan(v, visit_key(seed, tag, v.id), removed, pool, pk, groups))
    plans.sort(key=lambda vp: (vp.key, bkey(vp.visit.id)))
    return plans


# ---------------------------------------------------------------- section 8: assignment

class Caps:
    """Capacity bookkeeping of section 8.1."""

    def __init__(self, p: Problem):
        self.p = p
        self.task = {}   # (inspector, task) -> count
        self.total = {}  # inspector -> count

    def can_add(self, iid: str, task: str) -> bool:
        tc = self.p.rules_of(task).task_capacity
        if tc is not UNLIMITED and self.task.get((iid, task), 0) >= tc:
            return False
        bc = self.p.batch_capacity
        if bc is not UNLIMITED and self.total.get(iid, 0) >= bc:
            return False
        return True

    def add(self, iid, task, n=1):
        self.task[(iid, task)] = self.task.get((iid, task), 0) + n
        self.total[iid] = self.total.get(iid, 0) + n


def _slots(plans):
    """The (visit index, group index) pairs in slot-sequence order."""
    return [(vi, gi) for vi, vp in enumerate(plans) for gi in range(len(vp.groups))]


def enumerate_feasible(p: Problem, plans, fixed=None):
    """Yield every feasible assignment as {(vi, gi): tuple(members in key order)}.

    Groups are visited in slot order and the members of a group are chosen with
    itertools.combinations over the group's eligible list in key order, so assignments are
    yielded in ascending lexicographic order of their key sequences. `fixed` maps (vi, gi) to
    members that must be in that group (a partial assignment to extend).
    """
    fixed = fixed or {}
    order = _slots(plans)
    caps = Caps(p)
    chosen = {}
    in_visit = [set() for _ in plans]

    def rec(k):
        if k == len(order):
            yield dict(chosen)
            return
        vi, gi = order[k]
        vp, g = plans[vi], plans[vi].groups[gi]
        task = vp.visit.task
        pre = tuple(fixed.get((vi, gi), ()))
        for m in pre:
            if m not in g.eligible or m in in_visit[vi] or not caps.can_add(m, task):
                for m2 in pre[:pre.index(m)]:
                    caps.add(m2, task, -1)
                    in_visit[vi].discard(m2)
                return
            caps.add(m, task)
            in_visit[vi].add(m)
        need = g.demand - len(pre)
        if need >= 0:
            cands = [c for c in g.eligible if c not in in_visit[vi] and caps.can_add(c, task)]
            for combo in itertools.combinations(cands, need):
                for c in combo:
                    caps.add(c, task)
                    in_visit[vi].add(c)
                members = tuple(sorted(pre + combo, key=lambda x: (vp.pair_keys[x], bkey(x))))
                chosen[(vi, gi)] = members
                yield from rec(k + 1)
                del chosen[(vi, gi)]
                for c in combo:
                    caps.add(c, task, -1)
                    in_visit[vi].discard(c)
        for m in pre:
            caps.add(m, task, -1)
            in_visit[vi].discard(m)

    yield from rec(0)


def feasible(p: Problem, plans, fixed=None) -> bool:
    return next(enumerate_feasible(p, plans, fixed), None) is not None


def key_sequence(plans, a) -> list[bytes]:
    return [plans[vi].pair_keys[m] for vi, gi in _slots(plans) for m in a[(vi, gi)]]


def chosen_by_definition(p: Problem, plans, limit=2_000_000):
    """Section 8.2 definition, literally: the minimum key sequence over ALL feasible assignments.

    Returns (assignment or None, number of feasible assignments enumerated, complete?)."""
    best, best_seq, n = None, None, 0
    for a in enumerate_feasible(p, plans):
        n += 1
        seq = key_sequence(plans, a)
        if best_seq is None or seq < best_seq:
            best, best_seq = a, seq
        if n >= limit:
            return best, n, False
    return best, n, True


def chosen_by_slots(p: Problem, plans):
    """Section 8.2 'equivalently': slot by slot, the first candidate in key order that keeps
    the partial assignment extendable to a feasible one."""
    fixed = {}
    for vi, gi in _slots(plans):
        vp, g = plans[vi], plans[vi].groups[gi]
        for _ in range(g.demand):
            used = {m for (vj, gj), ms in fixed.items() if vj == vi for m in ms}
            pick = None
            for c in g.eligible:
                if c in used:
                    continue
                trial = dict(fixed)
                trial[(vi, gi)] = tuple(fixed.get((vi, gi), ())) + (c,)
                if feasible(p, plans, trial):
                    pick = c
                    break
            if pick is None:
                return None
            fixed[(vi, gi)] = tuple(fixed.get((vi, gi), ())) + (pick,)
    return {k: tuple(sorted(v, key=lambda x: (plans[k[0]].pair_keys[x], bkey(x))))
            for k, v in fixed.items()}


def greedy_without_lookahead(p: Problem, plans):
    """Not part of the spec: each slot takes the smallest key with capacity left (vector 2's
    narrative). Returns the assignment or None if some slot finds nobody."""
    caps, a = Caps(p), {}
    for vi, gi in _slots(plans):
        vp, g = plans[vi], plans[vi].groups[gi]
        used = {m for (vj, _), ms in a.items() if vj == vi for m in ms}
        ms = []
        for c in g.eligible:
            if len(ms) == g.demand:
                break
            if c not in used and caps.can_add(c, vp.visit.task):
                ms.append(c)
                caps.add(c, vp.visit.task)
        if len(ms) < g.demand:
            return None
        a[(vi, gi)] = tuple(ms)
    return a


def infeasibility_report(p: Problem, plans):
    """Section 8.3: [(visit plan, cause)] for the visits not admitted, in visit order."""
    admitted, out = [], []
    for vp in plans:
        if feasible(p, admitted + [vp]):
            admitted.append(vp)
        else:
            out.append((vp, "capacity" if feasible(p, [vp]) else "too-few-eligible"))
    return out


def leader(vp: VisitPlan, members, by_id) -> str:
    officers = [m for m in members if by_id[m].kind == "officer"]
    return min(officers, key=lambda m: (vp.pair_keys[m], bkey(m)))


# ---------------------------------------------------------------- sections 9-10: record

def rules_json(r: Rules) -> dict:
    return {"officers": r.officers, "officersPerDepartment": r.officers_per_department,
            "expertsPerSpecialty": r.experts_per_specialty,
            "levels": [l.upper() for l in LEVELS if l in r.levels],
            "scope": r.scope.upper().replace("-", "_"),
            "partners": sorted(set(r.partners)), "rotationDays": r.rotation_days,
            "taskCapacity": UNLIMITED_JSON if r.task_capacity is UNLIMITED else r.task_capacity}


def build_record(p: Problem, plans, a, seed: bytes) -> dict:
    by_id = {i.id: i for i in p.inspectors}
    visits = []
    for vi, vp in enumerate(plans):
        team, members = [], []
        for gi, g in enumerate(vp.groups):
            for m in a[(vi, gi)]:
                team.append({"group": g.label, "id": m, "name": by_id[m].name,
                             "key": hexlower(vp.pair_keys[m])})
                members.append(m)
        visits.append({"visit": vp.visit.id, "task": vp.visit.task, "entity": vp.visit.entity,
                       "key": hexlower(vp.key), "pool": len(vp.pool),
                       "removed": [{"rule": r, "count": vp.removed[r]} for r in RULES],
                       "groups": [{"group": g.label, "demand": g.demand,
                                   "eligible": len(g.eligible)} for g in vp.groups],
                       "leader": leader(vp, members, by_id), "team": team})
    return {
        "spec": SPEC,
        "manifest": {
            "spec": SPEC, "assignment": p.assignment, "drawRecordHash": p.draw_record or "",
            "directoryDigest": hexlower(directory_digest(p.inspectors)),
            "directorySize": len(p.inspectors),
            "visitsDigest": hexlower(visits_digest(p.visits)), "visitCount": len(p.visits),
            "historyDigest": hexlower(history_digest(p.history)),
            "historySize": len(set(p.history)),
            "rules": {"defaults": rules_json(p.defaults),
                      "tasks": [{"task": t, "rules": rules_json(p.overrides[t])}
                                for t in sorted(p.overrides, key=bkey)],
                      "batchCapacity": UNLIMITED_JSON if p.batch_capacity is UNLIMITED
                      else p.batch_capacity},
            "seedPlan": {"kind": "recorded"}},
        "manifestHash": hexlower(manifest_hash(p)),
        "seedSource": {"kind": "recorded", "value": hexlower(p.recorded_value)},
        "seed": hexlower(seed),
        "visits": visits,
        "replacements": [],
    }


def current_teams(record: dict) -> dict:
    """visit id -> list of [group, id] after the replacements, in order (section 10)."""
    teams = {v["visit"]: [[t["group"], t["id"]] for t in v["team"]] for v in record["visits"]}
    for rep in record["replacements"]:
        for entry in teams[rep["visit"]]:
            if entry[1] == rep["replaced"]:
                entry[1] = rep["replacement"]
    return teams


def replace(p: Problem, plans, record: dict, visit_id: str, x: str, cause: str, reason: str):
    """Section 10: appends the replacement of x at visit_id to the record and returns it, or
    returns None when no inspector qualifies. Not exercised by any test vector."""
    if cause not in ("unavailable", "conflict"):
        raise SpecError(f"cause: {cause!r}")
    if not reason:
        raise SpecError("reason: required")
    teams = current_teams(record)
    team = teams[visit_id]
    entry = next((e for e in team if e[1] == x), None)
    if entry is None:
        raise SpecError(f"replaced: {x!r} is not on the current team of {visit_id!r}")
    vp = next(vp for vp in plans if vp.visit.id == visit_id)
    group = next(g for g in vp.groups if g.label == entry[0])
    out_of_v = {r["replaced"] for r in record["replacements"] if r["visit"] == visit_id} | {x}
    withdrawn = {r["replaced"] for r in record["replacements"] if r["cause"] == "unavailable"}
    if cause == "unavailable":
        withdrawn.add(x)
    task_of = {vp2.visit.id: vp2.visit.task for vp2 in plans}
    caps = Caps(p)
    for vid, members in teams.items():
        for _, m in members:
            if not (vid == visit_id and m == x):
                caps.add(m, task_of[vid])
    on_team = {m for _, m in team}
    by_id = {i.id: i for i in p.inspectors}
    for c in group.eligible:
        if c in on_team or c in out_of_v or c in withdrawn:
            continue
        if not caps.can_add(c, vp.visit.task):
            continue
        rep = {"visit": visit_id, "group": group.label, "replaced": x, "replacement": c,
               "name": by_id[c].name, "key": hexlower(vp.pair_keys[c]), "cause": cause,
               "reason": reason}
        record["replacements"].append(rep)
        return rep
    return None


# ---------------------------------------------------------------- section 12: vector parsing

FENCE = re.compile(r"^(```+|~~~+)\s*(\S*)\s*(.*?)\s*$")


def fenced_blocks(text: str):
    """Yield (info word, rest of info string, body lines, first line number)."""
    lines = text.splitlines()
    k = 0
    while k < len(lines):
        m = FENCE.match(lines[k])
        if not m:
            k += 1
            continue
        fence, info, rest = m.group(1), m.group(2), m.group(3)
        start = k + 1
        k += 1
        closing = re.compile("^" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$")
        while k < len(lines) and not closing.match(lines[k]):
            k += 1
        if k >= len(lines):
            raise ParseError(f"line {start}: unterminated code block")
        yield info, rest, lines[start:k], start + 1
        k += 1


def split_list(s: str) -> list[str]:
    return [] if s == "-" else s.split(",")


def parse_cap(name, s):
    if s == "unlimited":
        return UNLIMITED
    return parse_posint(name, s, 1)


def parse_posint(name, s, minimum=0):
    if not re.fullmatch(r"0|[1-9]\d*", s):
        raise ParseError(f"{name}: not a canonical decimal: {s!r}")
    n = int(s)
    if n < minimum:
        raise ParseError(f"{name}: {n} < {minimum}")
    return n


def parse_inspector(s: str) -> Inspector:
    t = s.split(" ")
    if len(t) < 10:
        raise ParseError(f"inspector: expected at least 10 fields: {s!r}")
    iid, kind, auth, level, region, active, cert, specs, confl, unav = t[:10]
    name = " ".join(t[10:])  # GUESS: the name is the rest of the line (may be absent)
    if kind not in ("officer", "expert"):
        raise ParseError(f"inspector {iid}: kind {kind!r}")
    if level not in LEVELS:
        raise ParseError(f"inspector {iid}: level {level!r}")
    if active not in ("active", "inactive"):
        raise ParseError(f"inspector {iid}: {active!r}")
    conflicts = []
    for c in split_list(confl):
        typ, sep, x = c.partition(":")
        if not sep or typ not in ("entity", "party"):
            raise ParseError(f"inspector {iid}: conflict {c!r}")
        conflicts.append((typ, check_text("conflict id", x)))
    ranges = []
    for r in split_list(unav):
        f, sep, to = r.partition("/")
        parse_date("unavailable", f), parse_date("unavailable", to)
        ranges.append((f, to))
    certv = None
    if cert != "-":
        f, sep, to = cert.partition("/")
        parse_date("certFrom", f), parse_date("certTo", to)
        certv = (f, to)
    for fname, v in (("id", iid), ("authority", auth)):
        check_text(fname, v)
    return Inspector(iid, name, kind, auth, level, check_region("region", region),
                     active == "active", certv,
                     frozenset(check_text("specialty", x) for x in split_list(specs)),
                     frozenset(conflicts), frozenset(ranges))


def parse_visit(s: str) -> Visit:
    t = s.split(" ")
    if len(t) != 11:
        raise ParseError(f"visit: expected 11 fields: {s!r}")
    vid, task, ent, region, auth, dates, parties, items, specs, depts, recs = t
    f, sep, to = dates.partition("/")
    if parse_date("from", f) > parse_date("to", to):
        raise SpecError(f"visit {vid}: from after to")
    for fname, v in (("id", vid), ("task", task), ("entity", ent), ("authority", auth)):
        check_text(fname, v)
    return Visit(vid, task, ent, check_region("region", region), auth, f, to,
                 frozenset(split_list(parties)), frozenset(split_list(items)),
                 frozenset(split_list(specs)), frozenset(split_list(depts)),
                 frozenset(split_list(recs)))


def parse_rules(s: str):
    t = s.split()
    if len(t) % 2:
        raise ParseError(f"rules: odd number of tokens: {s!r}")
    kv = dict(zip(t[0::2], t[1::2]))
    known = {"officers", "officers-per-department", "experts-per-specialty", "rotation-days",
             "task-capacity", "batch-capacity"}
    unknown = set(kv) - known
    if unknown:
        raise ParseError(f"rules: unknown {sorted(unknown)}")
    d = Rules()
    r = Rules(officers=parse_posint("officers", kv.get("officers", str(d.officers)), 1),
              officers_per_department=parse_posint(
                  "officers-per-department",
                  kv.get("officers-per-department", str(d.officers_per_department)), 1),
              experts_per_specialty=parse_posint(
                  "experts-per-specialty",
                  kv.get("experts-per-specialty", str(d.experts_per_specialty)), 1),
              rotation_days=parse_posint("rotation-days",
                                         kv.get("rotation-days", str(d.rotation_days))),
              task_capacity=parse_cap("task-capacity", kv.get("task-capacity", "unlimited")))
    return r, parse_cap("batch-capacity", kv.get("batch-capacity", "unlimited"))


INPUT_KEYS = {"vector", "assignment", "draw-record", "rules", "inspector", "visit", "history",
              "recorded-value"}
EXPECT_KEYS = {"expect-directory-digest", "expect-visits-digest", "expect-history-digest",
               "expect-manifest-hash", "expect-seed", "expect-visit-key", "expect-pair-key",
               "expect-removed", "expect-groups", "expect-team", "expect-leader",
               "expect-unstaffed"}
HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")


@dataclass
class Vector:
    name: str
    line: int
    problem: Problem
    expect: list  # (key, value, line)


def parse_vector(body: list[str], first_line: int) -> Vector:
    entries = []
    for n, raw in enumerate(body, start=first_line):
        if not raw.strip():
            continue
        key, sep, val = raw.partition(": ")
        key, val = key.strip(), val.strip()
        if not sep or key not in INPUT_KEYS | EXPECT_KEYS:
            raise ParseError(f"line {n}: not a known 'name: value' line: {raw!r}")
        entries.append((key, val, n))
    single = {}
    for k, v, n in entries:
        if k in ("vector", "assignment", "draw-record", "rules", "recorded-value"):
            if k in single:
                raise ParseError(f"line {n}: {k} given twice")
            single[k] = v
    for k in ("vector", "assignment", "rules", "recorded-value"):
        if k not in single:
            raise ParseError(f"line {first_line}: vector without {k}")
    rules, batch = parse_rules(single["rules"])
    rv = single["recorded-value"]
    dr = single.get("draw-record")
    if not HEX64.match(rv) or (dr is not None and not HEX64.match(dr)):
        raise ParseError(f"line {first_line}: bad hex in recorded-value/draw-record")
    history = []
    for k, v, n in entries:
        if k == "history":
            t = v.split(" ")
            if len(t) != 3:
                raise ParseError(f"line {n}: history needs 3 fields")
            parse_date("history date", t[2])
            history.append(tuple(t))
    prob = Problem(assignment=check_text("assignment", single["assignment"]),
                   draw_record=dr.lower() if dr else None,
                   inspectors=[parse_inspector(v) for k, v, _ in entries if k == "inspector"],
                   visits=[parse_visit(v) for k, v, _ in entries if k == "visit"],
                   history=history, defaults=rules, batch_capacity=batch,
                   recorded_value=bytes.fromhex(rv))
    expects = [(k, v, n) for k, v, n in entries if k in EXPECT_KEYS]
    if not expects:
        raise ParseError(f"line {first_line}: vector {single['vector']} expects nothing")
    return Vector(single["vector"], first_line, prob, expects)


def parse_document(text: str):
    vectors, manifests = [], {}
    for info, rest, body, line in fenced_blocks(text):
        if info == "vector":
            vectors.append(parse_vector(body, line))
        elif info == "manifest":
            if not rest:
                raise ParseError(f"line {line}: manifest block without a vector name")
            manifests[rest] = ("".join(l + "\n" for l in body), line)
    if not vectors:
        raise ParseError("no ```vector blocks found")
    names = [v.name for v in vectors]
    if len(set(names)) != len(names):
        raise ParseError(f"duplicate vector names {names}")
    for m in manifests:
        if m not in names:
            raise ParseError(f"manifest block for unknown vector {m!r}")
    return vectors, manifests


# ---------------------------------------------------------------- check

class Checker:
    def __init__(self):
        self.values = 0
        self.groups_ok = 0
        self.groups_bad = 0
        self.notes = []

    def group(self, label: str, expected, computed, nvalues: int):
        self.values += nvalues
        if expected == computed:
            self.groups_ok += 1
            print(f"OK       {label} ({nvalues} value{'s' if nvalues != 1 else ''})")
        else:
            self.groups_bad += 1
            print(f"MISMATCH {label}\n         expected: {expected}\n         computed: {computed}")


def hexnorm(s: str) -> str:
    if not HEX64.match(s):
        raise ParseError(f"not 64 hex digits: {s!r}")
    return s.lower()


def check_vector(vec: Vector, manifests, ck: Checker):
    p = vec.problem
    name = vec.name
    ex = vec.expect
    by_id = {i.id: i for i in p.inspectors}

    def one(key):
        vals = [v for k, v, _ in ex if k == key]
        if len(vals) > 1:
            raise ParseError(f"vector {name}: {key} given {len(vals)} times")
        return vals[0] if vals else None

    mtext = manifest_text(p)
    mhash = sha256(utf8(mtext))
    seed = seed_recorded(mhash, p.recorded_value)
    for key, comp in (("expect-directory-digest", directory_digest(p.inspectors)),
                      ("expect-visits-digest", visits_digest(p.visits)),
                      ("expect-history-digest", history_digest(p.history)),
                      ("expect-manifest-hash", mhash), ("expect-seed", seed)):
        v = one(key)
        if v is not None:
            ck.group(f"[{name}] {key[7:]}", hexnorm(v), hexlower(comp), 1)
    if name in manifests:
        text, line = manifests[name]
        ck.group(f"[{name}] manifest text (block at line {line}) byte for byte",
                 text, mtext, 1)
        mh = one("expect-manifest-hash")
        if mh is not None:
            ck.group(f"[{name}] SHA-256 of the manifest block = expect-manifest-hash",
                     hexnorm(mh), hexlower(sha256(utf8(text))), 1)

    plans = plan(p, seed)
    vkeys = [v.split(" ") for k, v, _ in ex if k == "expect-visit-key"]
    if vkeys:
        ck.group(f"[{name}] visit keys, in visit order",
                 [(a, hexnorm(b)) for a, b in vkeys],
                 [(vp.visit.id, hexlower(vp.key)) for vp in plans], len(vkeys))
    pks = [v.split(" ") for k, v, _ in ex if k == "expect-pair-key"]
    if pks:
        for vp in plans:
            exp = [(i, hexnorm(h)) for vv, i, h in pks if vv == vp.visit.id]
            comp = [(i, hexlower(vp.pair_keys[i])) for i in vp.pool]
            ck.group(f"[{name}] pair keys of the pool of {vp.visit.id}, in key order",
                     exp, comp, max(1, len(exp)))
        order = []
        for vv, _, _ in pks:
            if not order or order[-1] != vv:
                order.append(vv)
        ck.group(f"[{name}] pair-key lines grouped per visit in visit order",
                 order, [vp.visit.id for vp in plans if vp.pool], 1)
    removed = {v.split(" ")[0]: v.split(" ")[1:] for k, v, _ in ex if k == "expect-removed"}
    groups = {v.split(" ")[0]: v.split(" ")[1:] for k, v, _ in ex if k == "expect-groups"}
    for vp in plans:
        vid = vp.visit.id
        if vid in removed:
            exp = [] if removed[vid] == ["-"] else removed[vid]
            comp = [f"{r}={vp.removed[r]}" for r in RULES if vp.removed[r]]
            ck.group(f"[{name}] removed at {vid}", exp, comp, max(1, len(exp)))
        if vid in groups:
            comp = [f"{g.label}/{g.demand}/{len(g.eligible)}" for g in vp.groups]
            ck.group(f"[{name}] groups label/demand/eligible at {vid}", groups[vid], comp,
                     len(groups[vid]))
    for d, what in ((removed, "expect-removed"), (groups, "expect-groups")):
        extra = set(d) - {vp.visit.id for vp in plans}
        if extra:
            ck.group(f"[{name}] {what} for unknown visits", [], sorted(extra), len(extra))

    teams = [v.split(" ") for k, v, _ in ex if k == "expect-team"]
    leaders = [v.split(" ") for k, v, _ in ex if k == "expect-leader"]
    unstaffed = [v.split(" ") for k, v, _ in ex if k == "expect-unstaffed"]
    if not (teams or leaders or unstaffed):
        return
    report = infeasibility_report(p, plans)
    if unstaffed or report:
        ck.group(f"[{name}] unstaffed visits and causes, in visit order (8.3)",
                 [tuple(u) for u in unstaffed],
                 [(vp.visit.id, cause) for vp, cause in report], max(1, len(unstaffed)))
        if report:
            if teams or leaders:
                ck.group(f"[{name}] teams expected but no feasible assignment exists",
                         "teams", "infeasible", 1)
            return
    a_def, count, complete = chosen_by_definition(p, plans)
    a_slot = chosen_by_slots(p, plans)
    note = f"{count} feasible assignments enumerated" + ("" if complete else " (LIMIT HIT)")
    ck.group(f"[{name}] 8.2 definition (min over all feasible) = slot-by-slot procedure "
             f"[{note}]", "same", "same" if a_def == a_slot else f"differ: {a_def} / {a_slot}", 1)
    exp_t = [(t[0], t[1], t[2:]) for t in teams]
    comp_t = [(vp.visit.id, g.label, list(a_def[(vi, gi)]))
              for vi, vp in enumerate(plans) for gi, g in enumerate(vp.groups)]
    ck.group(f"[{name}] teams (visit, group, members in key order)", exp_t, comp_t,
             sum(len(t[2]) for t in exp_t) or 1)
    comp_l = [[vp.visit.id, leader(vp, [m for gi in range(len(vp.groups))
                                        for m in a_def[(vi, gi)]], by_id)]
              for vi, vp in enumerate(plans)]
    ck.group(f"[{name}] leaders", leaders, comp_l, len(leaders) or 1)


def check_capacity_claim(vectors, ck: Checker):
    """Vector 2's narrative: its recorded value is the first SHA-256("capacity-" + i) for which
    the greedy without look-ahead fails. Checked as an informative claim."""
    vec = next((v for v in vectors if v.name == "capacity-binds"), None)
    if vec is None:
        return
    p = vec.problem
    found = None
    for i in range(10_000):
        value = sha256(utf8(f"capacity-{i}"))
        q = Problem(**{**p.__dict__, "recorded_value": value})
        plans = plan(q, seed_recorded(manifest_hash(q), value))
        if greedy_without_lookahead(q, plans) is None:
            found = (i, value)
            break
    ck.group("[capacity-binds] recorded-value = first SHA-256(\"capacity-\"+i) for which a "
             "greedy without look-ahead fails (informative narrative"
             + (f"; i={found[0]})" if found else ")"),
             hexlower(p.recorded_value), hexlower(found[1]) if found else "none below 10000", 1)


def cmd_check(path: str) -> int:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        vectors, manifests = parse_document(text)
    except (OSError, ParseError, SpecError, ValueError) as e:
        print(f"cannot parse {path}: {e}", file=sys.stderr)
        return 2
    ck = Checker()
    try:
        for vec in vectors:
            print(f"== vector {vec.name} (line {vec.line})")
            check_vector(vec, manifests, ck)
        print("== claims")
        check_capacity_claim(vectors, ck)
    except (ParseError, SpecError, ValueError) as e:
        print(f"cannot parse {path}: {e}", file=sys.stderr)
        return 2
    print(f"== {len(vectors)} vectors, {ck.values} expected values checked in "
          f"{ck.groups_ok + ck.groups_bad} groups: {ck.groups_ok} OK, {ck.groups_bad} MISMATCH")
    if ck.values == 0:
        return 2
    return 0 if ck.groups_bad == 0 else 1


def cmd_record(path: str, name: str) -> int:
    with open(path, encoding="utf-8") as f:
        vectors, _ = parse_document(f.read())
    vec = next((v for v in vectors if v.name == name), None)
    if vec is None:
        print(f"no vector {name!r}", file=sys.stderr)
        return 2
    p = vec.problem
    seed = seed_recorded(manifest_hash(p), p.recorded_value)
    plans = plan(p, seed)
    report = infeasibility_report(p, plans)
    if report:
        out = {"infeasible": [{"visit": vp.visit.id, "task": vp.visit.task,
                               "entity": vp.visit.entity, "cause": cause,
                               "removed": [{"rule": r, "count": vp.removed[r]} for r in RULES],
                               "pool": len(vp.pool),
                               "groups": [{"group": g.label, "demand": g.demand,
                                           "eligible": len(g.eligible)} for g in vp.groups]}
                              for vp, cause in report]}
    else:
        a, _, _ = chosen_by_definition(p, plans)
        out = build_record(p, plans, a, seed)
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    return 0


def main(argv) -> int:
    if len(argv) == 3 and argv[1] == "check":
        return cmd_check(argv[2])
    if len(argv) == 4 and argv[1] == "record":
        return cmd_record(argv[2], argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
