"""Sub-event types that need a cue of their own in the text (data/type_cues.yaml).

The classifier learns the wording around events as well as the events: a death toll's
"victims" reads like a chemical attack, "weapons" in a looted base like a weapons seizure,
"control" near a front line or "to retake" like a capture. Those picks found records of types
the text never reports. A listed sub-type keeps the classifier's pick only when the sentence
carries one of its cues; otherwise the next label of the ranking that is supported replaces it
(ACLED: no Chemical weapon without an agent, no territory change without ground changing hands).
Quiet developments listed in the data (a new group, a base) give way to the violent label the
ranking prefers when the sentence tells violence outright and carries no cue of the quiet type
itself (higher types absorb lower ones).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sitroom.extract.typing.taxonomy import NO_EVENT, TAXONOMY
from sitroom.yamlload import safe_load

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "type_cues.yaml"
NON_CONFLICT = "Non-conflict"
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _words(words: list[str]) -> re.Pattern[str] | None:
    """One pattern matching any of the words as a word start (spaces match any whitespace)."""
    alts = [r"\s+".join(re.escape(p) for p in str(w).split()) for w in words or []]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})", re.IGNORECASE) if alts else None


class _Need:
    """What one sub-type needs in a sentence."""

    def __init__(self, spec: dict) -> None:
        self.cues = _words(spec.get("cues", []))
        paired = spec.get("paired") or {}
        self.verbs, self.objects = _words(paired.get("verbs", [])), _words(paired.get("objects", []))
        after = spec.get("not_after") or []
        self.not_after = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in after)})\W*$", re.IGNORECASE) \
            if after else None
        ignore = [r"\s+".join(re.escape(p) for p in str(w).split()) for w in spec.get("ignore", [])]
        ignore += [str(p) for p in spec.get("ignore_patterns", [])]
        self.ignore = re.compile("|".join(ignore), re.IGNORECASE) if ignore else None
        self.instead = set(spec.get("instead") or [])

    def _found(self, pattern: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
        if pattern is None:
            return None
        for m in pattern.finditer(text):
            if self.not_after is not None and self.not_after.search(text[max(0, m.start() - 30): m.start()]):
                continue
            return m
        return None

    def met(self, text: str) -> bool:
        if self.ignore is not None:
            text = self.ignore.sub(lambda m: " " * len(m.group(0)), text)
        if self._found(self.cues, text):
            return True
        return bool(self._found(self.verbs, text) and self._found(self.objects, text))


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, _Need], set[str], re.Pattern[str] | None, dict[str, re.Pattern[str] | None]]:
    with open(DATA_FILE, encoding="utf-8") as f:
        data = safe_load(f) or {}
    needs = {label: _Need(spec or {}) for label, spec in (data.get("needs_cue") or {}).items()}
    quiet = data.get("outranked_by_violence") or {}
    own = {label: _words(words) for label, words in (quiet.get("own_cues") or {}).items()}
    return needs, set(quiet.get("labels", [])), _words(quiet.get("violence", [])), own


@lru_cache(maxsize=1)
def _crowd() -> re.Pattern[str] | None:
    with open(DATA_FILE, encoding="utf-8") as f:
        data = safe_load(f) or {}
    return _words(data.get("protest_crowd") or [])


def protest_crowd(text: str) -> re.Match[str] | None:
    """Where the text names a protest's crowd (data/type_cues.yaml protest_crowd)."""
    crowd = _crowd()
    return crowd.search(text) if crowd is not None else None


def supported(text: str, label: str) -> bool:
    """Whether the sentence carries what `label` needs (labels with no listed need always do)."""
    need = _load()[0].get(label)
    return need is None or need.met(text)


def _violence_outranks(text: str, label: str) -> bool:
    _, quiet, violence, own = _load()
    if label not in quiet or violence is None or not violence.search(text):
        return False
    own_cue = own.get(label)
    return own_cue is None or not own_cue.search(text)


def require_cues(text: str, label: str, ranked: list[str]) -> str:
    """The label the sentence supports: `label` itself, or the best-ranked supported alternative
    of the event types its need allows instead (a violent one when violence told outright
    outranks a quiet development)."""
    if _violence_outranks(text, label):
        allowed = VIOLENT_TYPES
    elif supported(text, label):
        return label
    else:
        need, violence = _load()[0][label], _load()[2]
        allowed = set(need.instead or {v[0] for v in TAXONOMY.values()})
        if violence is not None and violence.search(text):
            # a sentence that tells killing or an attack outright reports a conflict event, whatever
            # its type: the replacement of an unsupported pick is never "no conflict here"
            allowed.discard(NON_CONFLICT)
    for alt in ranked:
        if alt in (label, NO_EVENT) or alt not in TAXONOMY or TAXONOMY[alt][0] not in allowed:
            continue
        if supported(text, alt) and not _violence_outranks(text, alt):
            return alt
    return label
