"""A view of the case for ``case show`` (terminal and JSON): plain data, pseudonymised (codes only)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.checklists.derive import localized_description
from trafficking_cli.checklists.signals import ordered_checklists
from trafficking_cli.corpus.labels import aggravation_caveat, bilingual, fact_labels
from trafficking_cli.corpus.lookup import Corpus

from .derived import victim_session
from .store import CaseFile, identity_path


def case_view(case_file: CaseFile, case: m.Case, corpus: Corpus, *, today: str, lang: str = "fr") -> dict[str, Any]:
    """Everything ``case show`` prints, as plain data (pseudonymised: codes only, never identities)."""
    derived = case_file.data.get("derived") or {}
    derived_victims = derived.get("victims") or {}
    derived_evidence = set(derived.get("evidence") or [])
    return {
        "path": str(case_file.path), "encrypted": case_file.encrypted,
        "identity_file": identity_path(case_file.path).exists(),
        "reference": case.reference, "facts_date": case.facts_date, "facts_end_date": case.facts_end_date,
        "places": list(case.places), "summary": case.summary,
        "victims": [_victim_view(victim, derived_victims.get(victim.id) or {}, case_file.data, corpus, today)
                    for victim in case.victims],
        "suspects": [_suspect_view(s, corpus) for s in case.suspects],
        "evidence": [{"id": e.id, "kind": e.kind, "description": _description(e, case, corpus, lang),
                      "supports": list(e.supports), "derived": e.id in derived_evidence} for e in case.evidence],
        "warnings": [] if case.facts_date else [_facts_date_warning(case)],
        "labels": _labels(case, corpus, derived_victims),
    }


def _facts_date_warning(case: m.Case) -> str:
    """Where the date can come from: B09 for an adult; for a child, never put list B, only the case file."""
    child = bool(case.victims) and all(v.minor for v in case.victims)
    return "ui.case.warning.facts_date_child" if child else "ui.case.warning.facts_date"


def _description(e: m.Evidence, case: m.Case, corpus: Corpus, lang: str) -> str:
    """A derived entry in the reader's language (review 2, point 11); a person's words as written."""
    if not e.source:
        return e.description
    return localized_description(corpus.checklists, case.answers, e.source, e.description, lang)


def _labels(case: m.Case, corpus: Corpus, derived_victims: Mapping[str, Any]) -> dict[str, dict[str, str | None]]:
    """The label of every element or aggravation id the view names (victims' facts and conflicts, what evidence
    supports), in both languages: the terminal prints these, never the ids (review 2, defect 6)."""
    known = fact_labels(corpus)
    named = {ident for victim in case.victims for key in ("established", "excluded", "aggravating")
             for ident in getattr(victim, key)}
    named |= {ref.partition(".")[2] for e in case.evidence for ref in e.supports}
    named |= {ident for record in derived_victims.values() for ident in (record or {}).get("conflicts") or []}
    return {ident: known[ident].as_dict() for ident in sorted(named) if ident in known}


def _suspect_view(s: m.Suspect, corpus: Corpus) -> dict[str, Any]:
    """One suspect (contracts §5): kind, participation, partners, acts, knowledge of the purpose, denial."""
    index = corpus.element_index()
    return {
        "id": s.id, "role": s.role, "kind": s.kind, "participation": s.participation, "with": list(s.partners),
        "knowledge": s.knowledge, "denies": s.denies,
        "acts": [{"element": a.element, "victims": list(a.victims), "from": a.start, "to": a.end, "place": a.place,
                  "stage": a.stage} for a in s.acts],
        "act_labels": {a.element: index[a.element][2].label.as_dict() for a in s.acts if a.element in index},
    }


def _victim_view(victim: m.Victim, record: Mapping[str, Any], data: Mapping[str, Any], corpus: Corpus,
                 today: str) -> dict[str, Any]:
    """One victim: what the case says, each fact with the items behind it, and the interview progress."""
    return {
        "id": victim.id, "age_at_facts": victim.age_at_facts, "age_doubt": victim.age_doubt,
        "minor": victim.minor, "sex": victim.sex, "nationality": victim.nationality,
        **{key: [{"id": ident, "items": list((record.get(key) or {}).get(ident, []))}
                 for ident in getattr(victim, key)] for key in ("established", "excluded", "aggravating")},
        "aggravating_caveats": {a: caveat for a in victim.aggravating
                                if (caveat := bilingual(aggravation_caveat(corpus, a))) is not None},
        "protection": list(record.get("protection") or {}), "opens": dict(record.get("opens") or {}),
        "protection_labels": {d: corpus.duties[d].label.as_dict() for d in record.get("protection") or {}
                              if d in corpus.duties},
        "conflicts": list(record.get("conflicts") or []),
        "age_from_answers": record.get("age"),  # value, method (age_today | date_of_birth), range, doubt, from
        "progress": _progress(data, corpus, victim.id, today),
    }


def _progress(data: Mapping[str, Any], corpus: Corpus, victim: str, today: str) -> dict[str, dict[str, int]]:
    """Per checklist: answered, total shown to this victim, still open."""
    out = {}
    for checklist in ordered_checklists(corpus.checklists):
        counts = victim_session(data, corpus.checklists, checklist.id, victim, today).counts()
        out[checklist.id] = {"answered": counts["answered"], "total": counts["total"], "open": counts["open"]}
    return out
