"""The safety net is as wide as the rules (CLINICAL.md v3.1): a pure check over
the engine's plain data, as ``triage.engine`` is (no Django, none of our apps)."""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from triage.engine import Questionnaire

# Rules of these ranks need the safety net: 1 emergency, 2 see a doctor today,
# 3 get seen today. A group's rank is the rank of the outcome it matches.
SAFETY_NET_RANKS = (1, 2, 3)


@dataclass(frozen=True)
class Sign:
    """One warning sign of the safety net: its group's rank and the question keys it covers."""

    rank: int
    covers: tuple[str, ...]
    text: str = ""


def parse_keys(text: str) -> tuple[str, ...]:
    """“fever, hot_swollen” as ("fever", "hot_swollen"): commas or spaces between keys."""
    return tuple(dict.fromkeys(key for key in re.split(r"[\s,]+", text or "") if key))


def safety_net_gaps(questionnaire: Questionnaire, signs: Iterable[Sign]) -> list[tuple[str, dict]]:
    """What keeps the safety net narrower than the rules, as (code, params) pairs.

    For every rule of rank 1-3, each question its clauses use must be covered by
    a sign of the same group (rank) or a more urgent one: a patient told
    "self-care", or reading a condition page, then finds every sign the triage
    itself treats as urgent, at that level or above. A sign that names a key the
    questionnaire does not have is reported too (a typo would hide a gap)."""
    signs = list(signs)
    questions = {q.key for q in questionnaire.questions}
    ranks = {o.key: o.rank for o in questionnaire.outcomes}
    best: dict[str, int] = {}  # question key -> the most urgent group that covers it
    found = []
    for sign in signs:
        for key in sign.covers:
            if key not in questions:
                found.append(("safety_net_unknown_key", {"sign": sign.text, "question": key}))
            best[key] = min(best.get(key, sign.rank), sign.rank)
    for rule in questionnaire.rules:
        rank = ranks.get(rule.outcome)
        if rank not in SAFETY_NET_RANKS:
            continue
        for key in dict.fromkeys(clause.question for clause in rule.clauses):
            if best.get(key, rank + 1) > rank:
                found.append(("safety_net_gap", {"rule": rule.name, "question": key, "rank": rank}))
    return found
