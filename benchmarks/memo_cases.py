"""Generated case files for the memo benchmark and the long-case tests: N victims, 3 suspects, M exhibits.

Victims follow three patterns (adult deceived into prostitution; child recruited and housed for forced
labour; child whose age is in doubt), so a long case is the Kayes case with a longer table, as in the
trials reported in the press. Deterministic: the same numbers give the same file.
"""

from __future__ import annotations

PATTERNS = (
    {"age": 24, "doubt": False, "facts": ["recrutement", "tromperie", "hebergement", "exploitation_prostitution"]},
    {"age": 15, "doubt": False, "facts": ["recrutement", "tromperie", "hebergement", "travail_force"]},
    {"age": None, "doubt": True, "facts": ["recrutement", "tromperie", "hebergement", "exploitation_prostitution"]},
)


def case_yaml(victims: int, exhibits: int = 120, suspects: int = 3) -> str:
    """A ``trafficking-case/2`` file as text: S1 recruits every victim by deception and knew the purpose,
    S2 harbours them (knowledge not shown), S3 only lent money (no act of trafficking); more suspects, if
    asked for, transport them."""
    lines = ['schema: trafficking-case/2', f'reference: "RP 2019/{victims:04d}"', 'facts_date: "2019-01-15"',
             'facts_end_date: "2019-06-30"', 'places: ["Lagos", "Kayes"]',
             f'summary: "Réseau de {victims} victimes (cas généré pour les essais)."', "victims:"]
    facts = {}
    for n in range(1, victims + 1):
        pattern = PATTERNS[(n - 1) % len(PATTERNS)]
        facts[f"V{n}"] = pattern["facts"]
        age = "null" if pattern["age"] is None else str(pattern["age"])
        lines += [f"  - id: V{n}", f"    age_at_facts: {age}", f"    age_doubt: {str(pattern['doubt']).lower()}",
                  "    nationality: NG", f"    established: [{', '.join(pattern['facts'])}]"]
    everyone = ", ".join(facts)
    lines += ["suspects:",
              '  - {id: S1, role: "recruteuse", knowledge: known, acts: [{element: recrutement, victims: ['
              + everyone + '], from: "2019-01-15", to: "2019-03-01", place: "Lagos"}, {element: tromperie, victims: ['
              + everyone + ']}]}',
              '  - {id: S2, role: "logeuse", acts: [{element: hebergement, victims: [' + everyone
              + '], from: "2019-03-02", to: "2019-06-30", place: "Kayes"}]}',
              '  - {id: S3, role: "prêteur", acts: [{element: paiement_avantages, victims: [V1]}]}']
    lines += [f'  - {{id: S{n}, role: "transporteur", acts: [{{element: transport, victims: [{everyone}]}}]}}'
              for n in range(4, suspects + 1)]
    lines.append("evidence:")
    codes = list(facts)
    for n in range(1, exhibits + 1):
        victim = codes[(n - 1) % len(codes)]
        supported = facts[victim][(n - 1) // len(codes) % len(facts[victim]):][:2]
        kind = ("testimony", "document", "financial")[n % 3]
        lines.append(f'  - {{id: E{n}, kind: {kind}, description: "Pièce {n}", '
                     f'supports: [{", ".join(f"{victim}.{f}" for f in supported)}]}}')
    return "\n".join(lines) + "\nanswers: {}\n"
