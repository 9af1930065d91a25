"""Cross-reference checks over a loaded corpus: every id that one file cites must exist in another."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trafficking_cli import models as m
from trafficking_cli.i18n import Msg
from trafficking_cli.models import Problem

from .schema_checklists import condition_keys
from .schema_reader import did_you_mean

if TYPE_CHECKING:
    from .lookup import Corpus

# Ids fixed by contracts §2: scripts and training material rely on them.
CONTRACT_ELEMENTS = {
    "traite": ["recrutement", "transport", "transfert", "hebergement", "accueil", "menace", "force", "violence",
               "enlevement", "fraude", "tromperie", "abus_autorite", "abus_vulnerabilite", "paiement_avantages",
               "exploitation_prostitution", "exploitation_sexuelle", "travail_force", "services_forces",
               "esclavage_pratique", "pratiques_analogues_esclavage", "servitude", "prelevement_organes"],
    "mendicite": ["organise_mendicite", "entraine_mendicite", "pression_mendicite",
                  "accompagne_enfants_mendicite", "avantage_mendicite"],
    "trafic_migrants": ["organise_transport_migrants", "hebergement_migrants", "transit_migrants",
                        "migrants_clandestins", "avantage_trafic"],
}
CONTRACT_OFFENCES = ("traite", "mendicite", "trafic_migrants", "trafic_enfant", "esclavage")
CONTRACT_AGGRAVATING = ("deces_victime", "mutilation_victime")
SURENESS = {"missing": 0, "paraphrase": 1, "partial": 2, "verbatim": 3}


def check_references(corpus: Corpus) -> list[Problem]:
    return [*_provision_refs(corpus), *_offence_refs(corpus), *_element_ids(corpus),
            *_checklist_refs(corpus), *_duty_refs(corpus)]


def _file(corpus: Corpus, stem: str) -> str:
    return next((str(p) for p in corpus.files if p.stem == stem), str(corpus.root / "law" / f"{stem}.yaml"))


def _provision_refs(corpus: Corpus) -> list[Problem]:
    problems = []
    for p in corpus.provisions.values():
        if p.parent and f"{p.instrument}:{p.parent}" not in corpus.provisions:
            problems.append(Problem.of(corpus.instruments[p.instrument].path, p.line, f"provisions({p.eid}).parent",
                                       Msg.of("data.no_provision", parent=p.parent, instrument=p.instrument)))
    for instrument in corpus.instruments.values():
        known = {s.id for s in instrument.sources}
        for index, caveat in enumerate(instrument.caveats):
            problems += [Problem.of(instrument.path, None, f"instrument.caveats[{index}].sources",
                                    Msg.of("data.unknown_source", s=s))
                         for s in caveat.sources if s not in known]
    return problems


def _missing(corpus: Corpus, ref: str | None, path: str, line: int, key: str) -> list[Problem]:
    if ref is None or ref in corpus.provisions:
        return []
    hint = corpus.suggest_provisions(ref)
    return [Problem.of(path, line or None, key, Msg.of("data.cites_which_not_law", ref=ref),
                       did_you_mean(hint[0]) if hint else Msg.of("data.check_instrument_id_and_eid"))]


def _offence_refs(corpus: Corpus) -> list[Problem]:
    path, problems = _file(corpus, "offences"), []
    for o in corpus.offences.values():
        where = f"offences({o.id})"
        if o.instrument not in corpus.instruments:
            problems.append(Problem.of(path, o.line, f"{where}.instrument",
                                       Msg.of("data.unknown_instrument", instrument=o.instrument)))
        refs: list[tuple[str | None, str]] = [(ref, f"{where}.provisions") for ref in o.provisions]
        refs += [(ref, f"{where}.elements({g.category}).provisions") for g in o.elements for ref in g.provisions]
        refs += [(p.provision, f"{where}.penalties") for p in o.penalties]
        refs += [(a.provision, f"{where}.aggravating({a.id})") for a in o.aggravating]
        if o.child_rule:
            refs += [(ref, f"{where}.child_rule.basis") for ref in o.child_rule.basis]
        for ref, key in refs:
            problems += _missing(corpus, ref, path, o.line, key)
        for penalty in o.penalties:
            provision = corpus.provisions.get(penalty.provision)
            if provision and SURENESS[penalty.text_status] > SURENESS[provision.status]:
                problems.append(Problem.of(
                    path, o.line, f"{where}.penalties.text_status",
                    Msg.of("data.says_but", text_status=penalty.text_status, provision=penalty.provision,
                           status=provision.status),
                    Msg.of("data.penalty_cannot_surer_than_text")))
    for ident in CONTRACT_OFFENCES:
        if ident not in corpus.offences:
            problems.append(Problem.of(path, None, "offences",
                                       Msg.of("data.offence_contracts_2_missing", ident=ident)))
    for ident in CONTRACT_AGGRAVATING:
        if ident not in corpus.aggravating_ids():
            problems.append(Problem.of(path, None, "aggravating", Msg.of("data.aggravating_fact_missing", ident=ident)))
    return problems


def _element_ids(corpus: Corpus) -> list[Problem]:
    path, problems = _file(corpus, "offences"), []
    seen: dict[str, str] = {}  # element id -> the offence that uses it
    for o in corpus.offences.values():
        for ident in o.item_ids():
            if ident in seen:
                problems.append(Problem.of(path, o.line, f"offences({o.id})",
                                           Msg.of("data.element_id_also_used_by", ident=ident, seen_ident=seen[ident]),
                                           Msg.of("data.element_ids_are_unique_across")))
            seen[ident] = o.id
    for offence_id, ids in CONTRACT_ELEMENTS.items():
        offence = corpus.offences.get(offence_id)
        have = set(offence.item_ids()) if offence else set()
        problems += [Problem.of(path, offence.line if offence else None, f"offences({offence_id})",
                                Msg.of("data.element_contracts_2_missing", i=i))
                     for i in ids if i not in have]
    for o in corpus.offences.values():
        for group in o.elements:
            for item in group.items:
                problems += [Problem.of(path, o.line, f"offences({o.id}).items({item.id}).equivalents",
                                        Msg.of("data.unknown_element_3", e=e))
                             for e in item.equivalents if e not in seen]
    return problems


def _checklist_refs(corpus: Corpus) -> list[Problem]:
    elements, aggravating = set(corpus.element_index()), corpus.aggravating_ids()
    problems = []
    for checklist in corpus.checklists.values():
        problems += _condition_refs(corpus, checklist.requires, checklist.path, None, "requires")
        for item in checklist.items:
            problems += _item_refs(corpus, checklist, item, elements, aggravating)
    return problems


def _item_refs(corpus: Corpus, checklist: m.Checklist, item: m.Item, elements: set[str],
               aggravating: set[str]) -> list[Problem]:
    where, path, line, problems = f"items({item.id})", checklist.path, item.line, []
    feeds = item.feeds
    groups = [("feeds.establishes", feeds.establishes, elements), ("feeds.excludes", feeds.excludes, elements),
              ("feeds.aggravating", feeds.aggravating, aggravating),
              ("feeds.protection", feeds.protection, set(corpus.duties))]
    groups += [(f"alerts[{i}].protection", a.protection, set(corpus.duties)) for i, a in enumerate(item.alerts)]
    groups += [(f"suggests[{i}].elements", g.elements, elements) for i, g in enumerate(item.suggests)]
    groups += [(f"options({o.id}).establishes", o.establishes, elements) for o in item.options]
    groups += [(f"options({o.id}).aggravating", o.aggravating, aggravating) for o in item.options]
    for key, ids, known in groups:
        for ident in ids:
            if ident not in known:
                close = _close(ident, known)
                problems.append(Problem.of(path, line, f"{where}.{key}",
                                           Msg.of("data.unknown_id", ident=ident),
                                           did_you_mean(close) if close else Msg.of("data.see_docs_data_format_md")))
    if item.opens and item.opens not in corpus.checklists:
        problems.append(Problem.of(path, line, f"{where}.opens", Msg.of("data.unknown_checklist", opens=item.opens)))
    problems += _condition_refs(corpus, item.when, path, line, f"{where}.when")
    return problems


def _condition_refs(corpus: Corpus, cond: m.Condition | None, path: str, line: int | None,
                    key: str) -> list[Problem]:
    problems = []
    for ref in condition_keys(cond):
        checklist_id, _, item_id = ref.partition(".")
        checklist = corpus.checklists.get(checklist_id)
        if checklist is None or checklist.item(item_id) is None:
            problems.append(Problem.of(path, line or None, key,
                                       Msg.of("data.condition_refers_unknown_item", ref=ref),
                                       Msg.of("data.write_checklist_item_a16")))
    return problems


def _duty_refs(corpus: Corpus) -> list[Problem]:
    path, problems = _file(corpus, "protection"), []
    for duty in corpus.duties.values():
        for ref in duty.basis:
            problems += _missing(corpus, ref, path, 0, f"duties({duty.id}).basis")
    return problems


def _close(word: str, known: set[str]) -> str | None:
    import difflib

    found = difflib.get_close_matches(word, sorted(known), n=1, cutoff=0.6)
    return found[0] if found else None
