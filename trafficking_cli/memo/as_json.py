"""The charging memo as JSON (contracts §4 and §5, ``schema: trafficking-memo/2``): the contract's keys
first, then the fields added after them. Lays out the ``Memo`` model only.
"""

from __future__ import annotations

import json
from typing import Any

from .model import Memo, MemoCharge

MEMO_SCHEMA = "trafficking-memo/2"


def memo_json(memo: Memo) -> dict[str, Any]:
    """``schema: trafficking-memo/2``: the contract's keys, plus fields added after them."""
    return {
        "schema": MEMO_SCHEMA,
        "as_of": memo.date,
        "case": {"reference": memo.reference, "facts_date": memo.facts_date,
                 "facts_end_date": memo.facts_end_date or None, "places": list(memo.places)},
        "applicable_instruments": [{"id": i.id, "applies": i.applies, "reason": i.reason, "name": i.name,
                                    "notes": list(i.notes), "caveats": list(i.caveats)} for i in memo.instruments],
        "charges": [_charge_json(c) for c in memo.charges],
        "gaps": [f"{g.victim}: {g.subject} → {g.step}" for g in memo.gaps],
        "protection": [f"{d.label} ({d.status_label}) — {d.why}" for d in memo.protection],
        # additions (contracts: "add fields freely")
        "lang": memo.lang,
        "date": memo.date,
        "author": memo.author,
        "victims": list(memo.victims),
        "suspects": _suspects_json(memo),
        "concurrence": [{"victims": list(c.victims), "offences": list(c.offences), "advice": c.advice,
                         "proposed": list(c.proposed)}
                        for c in (memo.per_suspect.concurrence if memo.per_suspect else ())],
        "other_offences": [{"offence": o.key, "name": o.name, "why": o.why, "text_status": "missing",
                            "caveat": o.caveat} for o in (memo.per_suspect.other_offences if memo.per_suspect else ())],
        "considered": [{"offence": c.offence, "victim": c.victim, "charged": c.charged, "reason": c.reason}
                       for c in memo.considered],
        "gaps_detail": [{"kind": g.kind, "victim": g.victim, "offence": g.offence or None,
                         "category": g.category or None, "gap": g.subject, "step": g.step} for g in memo.gaps],
        "protection_detail": [{"id": d.id, "label": d.label, "why": d.why, "basis": [c.id for c in d.basis],
                               "status": d.status, "caveat": d.caveat} for d in memo.protection],
        "provisions": [{"id": p.cite.id, "citation": p.cite.citation, "text_status": p.cite.text_status,
                        "number_status": p.cite.number_status, "sources": list(p.sources)} for p in memo.annex],
        "warnings": list(memo.warnings),
    }


def _suspects_json(memo: Memo) -> list[dict[str, Any]]:
    """contracts §5 ``suspects``: per suspect, the charges their own acts support (plus the role, the
    participation, what is missing and why a suspect is not chargeable)."""
    roles = {s["id"]: s["role"] for s in memo.suspects}
    found = memo.per_suspect.suspects if memo.per_suspect else ()
    return [{"id": s.id, "kind": s.kind, "role": roles.get(s.id, s.role), "participation": s.participation,
             "with": list(s.partners), "knowledge": s.knowledge, "denies": s.denies,
             "charges": [{"offence": c.offence, "victims": list(c.victims), "participation": c.participation,
                          "status": c.status, "proof": c.proof, "acts": list(c.acts),
                          "provisions": [x.id for x in c.provisions], "stage": c.stage,
                          "proposed": c.status in ("established", "conditional"),
                          "to_investigate": c.status == "incomplete", "missing": list(c.missing),
                          "conditions": list(c.conditions),
                          "period": {"from": c.period[0], "to": c.period[1]}, "places": list(c.places),
                          **({"draft": c.draft} if c.draft else {})} for c in s.charges],
             "not_chargeable": list(s.not_reached), "notes": list(s.notes)} for s in found]


def _charge_json(c: MemoCharge) -> dict[str, Any]:
    p = c.penalty
    return {
        "offence": c.offence, "victim": c.victim, "status": c.status,
        "conditions": list(c.conditions), "proof": c.proof, "proposed": c.proposed,
        "to_investigate": c.to_investigate, "period": dict(c.period), "prescription": c.prescription,
        "provisions": [x.id for x in c.provisions],
        "elements": [{"category": e.category, "status": e.status, "facts": list(e.facts),
                      "provisions": [x.id for x in e.provisions], "evidence": list(e.evidence),
                      "label": e.label} for e in c.elements],
        "aggravating": [{"id": a.id, "verified": a.verified, "provision": a.provision.id if a.provision else None,
                         "status": a.status, "derived": a.derived} for a in c.aggravating],
        "penalty": None if p is None else {
            "min_years": p.min_years, "max_years": p.max_years, "life": p.life, "text_status": p.text_status,
            "provision": p.provision.id if p.provision else None, "kind": _kind(p.kind),
            "fine_min_fcfa": p.fine_min, "fine_max_fcfa": p.fine_max,
            "mitigated": p.mitigated, "mitigated_alternatives": list(p.mitigated_alternatives),
            "mitigated_caveat": p.mitigated_caveat or None,
            "aggravated_by": list(p.aggravated_by), "base_provision": p.base_provision or None,
            "hypothetical": p.hypothetical},
        "warnings": list(c.warnings),
        "name": c.name, "instrument": c.instrument,
        "child_rule_applied": bool(c.child_rule),
    }


def _kind(kind: str) -> str:
    """contracts §5: ``reclusion`` | ``emprisonnement`` | ``unknown``."""
    return kind if kind in ("reclusion", "emprisonnement") else "unknown"


def render_json(memo: Memo) -> str:
    return json.dumps(memo_json(memo), ensure_ascii=False, indent=2) + "\n"
