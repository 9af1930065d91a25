"""A draft of the charging wording for one suspect and one offence (« d’avoir, à Kayes, entre … recruté … »),
built only from the case's facts (places, dates, acts, victims' codes) and the law's words (offence name,
articles). It is a draft for the magistrate to edit, and says so; it never adds a fact or a rule.

Every act, purpose and text has its own drafting form in the catalogue (``memo.draft.*``), so that the
sentence is correct French and English for every offence: an act's label (« organise ou exploite la mendicité
d’une personne ») or a purpose's (« la servitude ») is a definition's words, not a clause of this sentence
(review 2, point 9e). The texts follow the court's form « prévus et punis par les articles 1 et 7 de la loi
n°2012-023 » (sources/loi-2012-023.md §2.1); an international text never « punishes » here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trafficking_cli.i18n import has, t

if TYPE_CHECKING:
    from trafficking_cli import models as m
    from trafficking_cli.analysis.suspect_model import SuspectCharge

    from .build import _Builder

MALIAN = ("law", "code")
VOWELS = tuple("aeiouyéèêàâîôûh")


def charging_wording(b: _Builder, suspect: str, c: SuspectCharge) -> str:
    lang = b.lang
    texts = _texts(b, c)
    me = next((s for s in b.analysis.case.suspects if s.id == suspect), None)
    if c.participation == "complice":
        return _complicity(b, me, suspect, c, texts)
    index = b.corpus.element_index()
    means = [b.labels.word(a) for a in c.acts if a in index and index[a][1].category == "means"]
    partners = me.partners if me is not None and c.participation == "coauteur" else ()
    return t("memo.draft.wording", lang, suspect=suspect, acts=_acts_clause(b, c, partners),
             means=t("memo.draft.means", lang, means=_join(means, lang)) if means else "",
             purpose=_purpose(b, c), offence=_offence(b, c), texts=texts)


def _offence(b: _Builder, c: SuspectCharge) -> str:
    """« de « Traite des personnes » », « d’« Esclavage » »: French elides before a vowel."""
    name = c.name.get(b.lang) or c.offence
    return t("memo.draft.offence_vowel" if name.lower().startswith(VOWELS) else "memo.draft.offence", b.lang,
             name=name)


# ---- what was done -------------------------------------------------------------------------------

def _acts_clause(b: _Builder, c: SuspectCharge, partners: tuple[str, ...]) -> str:
    """« d’avoir, à Kayes, le …, [avec S1,] recruté et transporté V1 », or « tenté de recruter et de … »."""
    lang, attempt = b.lang, c.stage == "tentative"
    shared, own = _act_phrases(b, c, "try" if attempt else "done")
    if attempt:
        shared, own = [_de(v, lang) for v in shared], [_de(p, lang) for p in own]
    phrases = ([_join(shared, lang) + " " + _join(list(c.victims), lang)] if shared else []) + own
    if attempt:
        return _lead(b, c, "avoir", partners) + " " + t("memo.draft.attempt", lang) + " " + _join(phrases, lang)
    # « se faire accompagner » takes « de s’être »: its own clause, after the others
    plain = [p for p in phrases if not p.startswith(_SELF)]
    parts = [_lead(b, c, "avoir", partners) + " " + _join(plain, lang)] if plain else []
    for phrase in (p for p in phrases if p.startswith(_SELF)):
        lead = t("memo.draft.and_lead.etre", lang) if parts else _lead(b, c, "etre", partners)
        parts.append(lead + " " + phrase[len(_SELF):])
    return " ".join(parts)


_SELF = "\x00"  # marks a phrase whose French auxiliary is « être » (« s’être fait accompagner »)


def _act_phrases(b: _Builder, c: SuspectCharge, form: str) -> tuple[list[str], list[str]]:
    """(verbs that share the victims as object, whole phrases that place the victims themselves)."""
    lang = b.lang
    index = b.corpus.element_index()
    plural = len(c.victims) > 1
    person = t("memo.draft.persons" if plural else "memo.draft.one_person", lang)
    shared, own = [], []
    for act in c.acts:
        if act not in index or index[act][1].category not in ("act", "conduct"):
            continue
        key = f"memo.draft.{form}.{act}"
        if plural and has(key + ".plural"):
            key += ".plural"
        if not has(key):
            own.append(b.labels.word(act) + " " + _join(list(c.victims), lang))  # a new item: its label
            continue
        text = t(key, lang, victims=_join(list(c.victims), lang), person=person)
        if "{victims}" not in _raw(key, lang):
            shared.append(text)
        elif act == "accompagne_enfants_mendicite" and form == "done":
            own.append(_SELF + text)
        else:
            own.append(text)
    return shared, own


def _raw(key: str, lang: str) -> str:
    """The catalogue's text with its placeholders, to know whether it places the victims itself."""
    return t(key, lang, victims="{victims}", person="{person}")


def _de(phrase: str, lang: str) -> str:
    """« de recruter », « d’héberger »: the infinitive after « tenté », each one introduced (French only)."""
    if lang != "fr" or phrase.startswith(("de ", "d’")):
        return phrase
    return ("d’" if phrase.lower().startswith(VOWELS) else "de ") + phrase


def _lead(b: _Builder, c: SuspectCharge, aux: str, partners: tuple[str, ...]) -> str:
    """« d’avoir, à Kayes, entre le … et le …, avec S1, »: the auxiliary, then where, when and with whom."""
    lang = b.lang
    with_whom = t("memo.draft.with", lang, codes=_join(list(partners), lang)) if partners else ""
    return t(f"memo.draft.lead.{aux}", lang) + _where(b, c) + _when(b, c) + with_whom + ","


# ---- why: the purpose ----------------------------------------------------------------------------

def _purpose(b: _Builder, c: SuspectCharge) -> str:
    """« , aux fins d’exploitation de la prostitution d’autrui et de travail forcé » or the law's own aim clause.
    Only the purposes of the offence charged (an element of it), as the victims' facts give them."""
    lang = b.lang
    offence = b.corpus.offences.get(c.offence)
    items = {i.id: i for g in (offence.elements if offence else ()) if g.category == "purpose" for i in g.items}
    found: list[str] = []
    for victim in b.analysis.case.victims:
        if victim.id in c.victims:
            found += [i for i, item in items.items() if {i, *item.equivalents} & set(victim.established)]
    found = list(dict.fromkeys(found))
    aims = "".join(t(f"memo.draft.aim.{f}", lang) for f in found if has(f"memo.draft.aim.{f}"))
    nouns = [t(f"memo.draft.purpose.{f}", lang) if has(f"memo.draft.purpose.{f}") else b.labels.word(f)
             for f in found if not has(f"memo.draft.aim.{f}")]
    if lang == "fr" and len(nouns) > 1:  # « aux fins de servitude et de travail forcé »
        nouns = [n if n.startswith(("de ", "d’")) else "de " + n for n in nouns]
    return aims + (t("memo.draft.purpose", lang, purpose=_join(nouns, lang)) if nouns else "")


# ---- the texts -----------------------------------------------------------------------------------

def _texts(b: _Builder, c: SuspectCharge) -> str:
    """« les articles 1 (numéro probable) et 7 de la loi n°2012-023 et l’article 3 du Code pénal de 2001 »."""
    lang = b.lang
    numbered, unnumbered = _malian_provisions(b, c)
    out = []
    for instrument_id in dict.fromkeys([*numbered, *unnumbered]):
        numbers = numbered.get(instrument_id, [])
        pieces = ([t("memo.draft.article" if len(numbers) == 1 else "memo.draft.articles", lang,
                     numbers=_join(numbers, lang))] if numbers else []) + unnumbered.get(instrument_id, [])
        out.append(t("memo.draft.texts_of", lang, provisions=_join(pieces, lang), of=_of(b, instrument_id)))
    return _join(out, lang)


def _malian_provisions(b: _Builder, c: SuspectCharge) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Per Malian instrument: the article numbers (« 1 (numéro probable) »), and the provisions known without
    a number. An international text obliges the State; it does not define and punish here."""
    lang = b.lang
    offence = b.corpus.offences.get(c.offence)
    penalties = {p.provision for p in (offence.penalties if offence else ())}
    numbered: dict[str, list[str]] = {}
    unnumbered: dict[str, list[str]] = {}
    for pid in c.provisions:
        p = b.corpus.provisions.get(pid)
        found = b.corpus.instruments.get(p.instrument) if p else None
        if p is None or found is None or found.kind not in MALIAN:
            continue
        if p.num is None:
            notes = _notes(lang, p, t("memo.draft.number_unknown", lang))
            unnumbered.setdefault(p.instrument, []).append(
                t("memo.draft.penalty_provision", lang, notes=notes) if pid in penalties
                else t("memo.draft.unnumbered", lang, heading=p.heading.get(lang) or p.eid, notes=notes))
            continue
        notes = _notes(lang, p, t("memo.draft.probable", lang) if p.number_status != "attested" else "")
        numbered.setdefault(p.instrument, []).append(
            t("memo.draft.number_notes", lang, number=p.num, notes=notes) if notes else p.num)
    return numbered, unnumbered


def _notes(lang: str, p: m.Provision, number_note: str) -> str:
    """« numéro probable », and for a text that is not verbatim the caveat the memo gives for it (« paraphrase,
    texte non vérifié au Journal officiel »): a draft never cites a paraphrase as the law (review 3, 4c)."""
    status = p.status
    notes = [number_note] if number_note else []
    if status != "verbatim":
        notes.append(t(f"memo.draft.status.{status}", lang))
    return (" ; " if lang == "fr" else "; ").join(notes)


def _of(b: _Builder, instrument: str) -> str:
    key = f"memo.draft.of.{instrument}"
    if has(key):
        return t(key, b.lang)
    found = b.corpus.instruments.get(instrument)
    return t("memo.draft.of_other", b.lang, short=(found.short.get(b.lang) if found else None) or instrument)


# ---- complicity ----------------------------------------------------------------------------------

def _complicity(b: _Builder, me: m.Suspect | None, suspect: str, c: SuspectCharge, texts: str) -> str:
    """An accomplice is never drafted as having done the principals' acts: the acts are theirs; the
    accomplice's own acts are named; the rule on complicity is not in the corpus, and the draft says so."""
    lang = b.lang
    mine = [b.labels.word(a.element) for a in (me.acts if me else ()) if set(a.victims) & set(c.victims)]
    own = t("memo.draft.own_acts", lang, acts=_join(list(dict.fromkeys(mine)), lang)) if mine else ""
    partners = me.partners if me else ()
    setting = _where(b, c) + _when(b, c)
    return t("memo.draft.complicity", lang, suspect=suspect, setting=setting + "," if setting else "",
             offence=_offence(b, c), partners=_join(list(partners), lang) or "?", own=own, texts=texts)


# ---- where and when ------------------------------------------------------------------------------

def _where(b: _Builder, c: SuspectCharge) -> str:
    places = list(c.places) or list(b.analysis.case.places)
    return t("memo.draft.where", b.lang, places=_join(places, b.lang)) if places else ""


def _when(b: _Builder, c: SuspectCharge) -> str:
    case = b.analysis.case
    start, end = c.period[0] or case.facts_date, c.period[1] or case.facts_end_date
    if start and end and end != start:
        return t("memo.draft.between", b.lang, start=long_date(start, b.lang), end=long_date(end, b.lang))
    return t("memo.draft.on", b.lang, date=long_date(start, b.lang)) if start else ""


def long_date(value: object, lang: str) -> str:
    """``2019-01-15`` as a charge writes it: « 15 janvier 2019 », "15 January 2019" (« 1er » in French);
    anything that is not a full ISO date as it is."""
    from datetime import date

    try:
        day = date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    number = t("memo.draft.first_day", lang) if day.day == 1 else str(day.day)
    month = t("memo.draft.months", lang).split()[day.month - 1]
    return t("memo.draft.date", lang, day=number, month=month, year=day.year)


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    word = " et " if lang == "fr" else " and "
    return ", ".join(items[:-1]) + word + items[-1]
