"""Codebook rules applied on top of the classifier's ranking.

The classifier reads wording; these rules carry what wording alone does not settle:
- a chemical agent makes an aerial or artillery attack a Chemical weapon event, a suicide
  bomber makes an explosion a Suicide bomb rather than an IED (higher types absorb lower);
- who gains ground decides Government regains territory vs Non-state actor overtakes territory;
- who is violent at a demonstration decides riot vs protest, and how the state responded
  decides peaceful / with intervention / excessive force (read from the dependency parse:
  the doer and the target of each force word, typing/protest.py).
Each rule returns the regex match that justified it, which becomes the label's trigger.
"""
from __future__ import annotations

import re

from sitroom.extract.typing.actors import side
from sitroom.extract.typing.cues import protest_crowd, require_cues
from sitroom.extract.typing.protest import read_response

CHEMICAL = re.compile(
    r"\b(chlorine|sarin|mustard (?:gas|agent)|nerve (?:agent|gas)|toxic (?:gas|chemicals?)|"
    r"poison(?:ous)? gas|chemical (?:weapons?|attacks?|agents?|munitions?|bombs?|shells?)|"
    r"gas attack)\b", re.I)
SUICIDE = re.compile(r"\bsuicide[- ](?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|car[- ]bomb(?:er|ers)?|"
                     r"vest|blast|truck|bomb)s?\b|\bblew (?:himself|herself|themselves) up\b|"
                     r"\bexplosive (?:vest|belt)s?\b|\bsuicide (?:vehicle-borne )?(?:improvised explosive devices?|IEDs?)\b|"
                     r"\bS?VBIEDs?\b(?=.*\bsuicide\b)|\bSVBIEDs?\b|\bkamikazes?\b(?! (?:drones?|UAVs?))|\bkamikaze bombers?\b", re.I)
# Civilian sources of a toxic exposure (industry, farming, the home, transport): with no weapon
# or attacker named, gas or poisoning from these is an accident, not a chemical weapon.
ACCIDENT = re.compile(r"\b(leak(?:s|ed|age|ing)?|spill(?:ed|s|age)?|accident(?:al|ally)?|contaminat\w+|poisoning|"
                      r"pesticides?|insecticides?|pest control|fumigat\w+|fertili[sz]ers?|ammonia|carbon monoxide|"
                      r"factory|plant|warehouse|refinery|mine|industrial|tanker|cylinders?|pipeline|"
                      r"fumes|inhal\w+ (?:\w+ )?(?:fumes|smoke))\b", re.I)
WEAPON_USE = re.compile(r"\b(attacks?|attacked|dropped|fired|shells?|shelling|bombs?|barrel|strikes?|used|"
                        r"helicopters?|warplanes?|aircraft|regime|forces|troops|rockets?|militants?|weapons?)\b", re.I)
EXPLOSIVE_OR_ATTACK = {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                       "Grenade", "Attack"}

TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}
CAPTURE = re.compile(
    r"\b(?:re-?captur(?:ed|es|ing)|captur(?:ed|es|ing)|re-?took|retaken|re-?taking|"
    r"took (?:full |back |over )?(?:control of|over)|taken (?:full )?control of|tak(?:es|ing) (?:full )?control of|"
    r"seized(?: back)?|seiz(?:es|ing)|re(?:gain|claim)(?:ed|s|ing)?(?: control(?: of| over)?)?|liberat(?:ed|es|ing)|"
    r"wrest(?:ed|s|ing)(?: back)?(?: control(?: of)?)?|over-?r[au]n(?:s|ning)?|stormed|won back|took back|"
    r"dislodg(?:ed|ing)|drove|driven out|pushed (?:\w+ ){0,3}out|purg(?:ed|ing)|freed|fell to|"
    r"in control of|under (?:the )?control of)\b", re.I)
CLAUSE_START = re.compile(r"(?:^|[.;:!?]\s|\bthat\b|\bwhen\b|\bafter\b|\bas\b|\bsaid\b|,\s)", re.I)
PASSIVE_BY = re.compile(r"^\W*(?:[\w'-]+\s+){0,6}?by\s+((?:[\w'-]+\s*){1,6})", re.I)
FROM_X = re.compile(r"\bfrom\s+((?:[\w'-]+\s*){1,6})", re.I)
TO_X = re.compile(r"^\s*((?:[\w'-]+\s*){1,6})", re.I)

# An attack stopped before it did harm (a missile or drone brought down, a bomber stopped, a
# plot foiled) is disrupted weapons use, not the attack it would have been.
FOILED = re.compile(r"\b(?:foil(?:ed|s|ing)|thwart(?:ed|s|ing)|avert(?:ed|ing)|intercept(?:ed|s|ing)|shot down|"
                    r"downed|defus(?:ed|ing)|(?:stopped|overpowered|arrested|detained|caught) (?:\w+ ){0,6}?before (?:he|she|they|it))\b", re.I)
HARM = re.compile(r"\b(?:killed|killing|dead|died|deaths?|wounded|injur(?:ed|ing|ies)|casualties|destroyed|damag(?:ed|ing))\b", re.I)
NO_HARM = re.compile(r"\b(?:no|without) (?:casualties|injuries|damage|one (?:was )?(?:hurt|injured|killed))\b", re.I)
# Higher types absorb lower ones: fighting or people kidnapped, reported outright, outweigh the
# deployment or organisational wording (a committee, a coalition, a base) around them.
QUIET_LABELS = {"Change to group/activity", "Headquarters or base established"}
KIDNAPPED = re.compile(r"\b(?:kidnapp(?:ed|ing)|abduct(?:ed|ing)|took (?:\w+ ){0,3}hostages?|taken hostage|"
                       r"(?:have|has) (?:been )?disappeared|forcibly disappeared)\b", re.I)
CLASHED = re.compile(r"\b(?:clash(?:ed|es)|fought|exchanged fire|engaged in (?:heavy )?fighting) (?:\w+ ){0,2}(?:with|against)\b|"
                     r"\b(?:clashes|fighting|gun ?battles?|firefights?) (?:broke out|erupted|raged|continued)\b", re.I)
REMOTE = {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"}
REMOTE_CUE = re.compile(
    r"\b(grenades?|mortars?|rockets?|missiles?|shell(?:s|ing|ed)|artillery|air ?strikes?|air raids?|"
    r"warplanes?|jets?|drones?|bomb(?:s|ed|ing)?|IEDs?|landmines?|mines?|explosive devices?|"
    r"explosions?|blasts?)\b", re.I)
# The weapon names one remote-violence type when the classifier's ranking does not.
REMOTE_BY_WEAPON = [
    (re.compile(r"\b(?:hand )?grenades?\b", re.I), "Grenade"),
    (re.compile(r"\b(?:air ?strikes?|air raids?|warplanes?|fighter jets?|drones?|helicopter gunships?)\b", re.I),
     "Air/drone strike"),
    (re.compile(r"\b(?:mortars?|artillery|shell(?:s|ing|ed)|rockets?|missiles?|howitzers?|tank (?:fire|shells?|rounds))\b",
                re.I), "Shelling/artillery/missile attack"),
    (re.compile(r"\b(?:IEDs?|landmines?|roadside bombs?|explosive devices?|car bombs?)\b", re.I),
     "Remote explosive/landmine/IED"),
]
BATTLE_CUE = re.compile(
    r"\b(clash(?:es|ed|ing)?|gun ?battles?|firefights?|exchange(?:d)? (?:of )?fire|fought|fighting|"
    r"battles?|repel(?:led)?|repuls(?:ed|e)|engaged|shootout|ambush(?:ed)?|returned fire)\b", re.I)

PROTEST = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
           "Violent demonstration"}


def _territory(text: str) -> tuple[str, re.Match] | None:
    """Which side gains ground at the first capture verb whose gainer can be read."""
    for m in CAPTURE.finditer(text):
        verb = m.group(0).lower()
        after = text[m.end(): m.end() + 120]
        gainer = None
        if verb == "fell to" or verb.startswith("under") or verb == "in control of":
            t = TO_X.match(after)
            gainer = side(t.group(1)) if t else None
        else:
            before = text[max(0, m.start() - 160): m.start()]
            if re.search(r"\b(?:was|were|been|being|is|are)\s+$", before, re.I):
                p = PASSIVE_BY.match(after)
                gainer = side(p.group(1)) if p else None
            if gainer is None:
                starts = [c.end() for c in CLAUSE_START.finditer(before)]
                subject = before[starts[-1]:] if starts else before
                subject = " ".join(subject.split()[-10:])
                gainer = side(subject)
            if gainer is None:  # "X troops, working with Y, recaptured": the sentence's subject
                sent = re.split(r"[.;!?]\s", before)[-1]
                gainer = side(" ".join(sent.split()[:10]))
            if gainer is None:
                f = FROM_X.search(after)
                loser = side(f.group(1)) if f else None
                gainer = {"state": "non-state", "non-state": "state"}.get(loser or "")
        if gainer:
            return ("Government regains territory" if gainer == "state"
                    else "Non-state actor overtakes territory"), m
    # no readable capture verb: the actor the report opens with is the one on the move
    # ("government forces advanced to the edge of ...")
    first = LEAD_ACTOR.search(text[:200])
    if first and first.group(1):
        gainer = side(first.group(1))
        if gainer:
            return ("Government regains territory" if gainer == "state"
                    else "Non-state actor overtakes territory"), first
    return None


LEAD_ACTOR = re.compile(r"^(?:[A-Z][A-Z .,()-]{0,40}(?:\([A-Z]+\))?\s*[-:\u2013\u2014]+\s*)?"
                        r"(?:(?:On|In|Early|Late|Last|By|Overnight|Meanwhile)\b[^,]{0,40},\s*)?((?:\S+\s+){0,7}\S+)")


def _protest(text: str) -> tuple[str, object] | None:
    """How the protest was met, from who did what to whom on the parse (typing/protest.py,
    data/protest_response.yaml): the crowd's violence, then lethal force, then intervention."""
    return read_response(text)


def battle_or_remote(text: str, label: str, ranked: list[str]) -> tuple[str, re.Match | None]:
    """An 'Armed clash' with no sign of two sides fighting but a weapon fired from afar is the
    remote-violence event the classifier ranked highest (a battle absorbs remote violence
    only when there is a battle)."""
    if label != "Armed clash" or BATTLE_CUE.search(text):
        return label, None
    cue = REMOTE_CUE.search(text)
    if not cue:
        return label, None
    for alt in ranked[:3]:
        if alt in REMOTE:
            return alt, None
    for pattern, alt in REMOTE_BY_WEAPON:
        m = pattern.search(text)
        if m:
            return alt, m
    return label, None




Decision = tuple[str, "re.Match | None"]


def _gas_accident(text: str, label: str, ranked: list[str]) -> Decision | None:
    """A gas leak with no weapon or attacker named is a man-made disaster."""
    if label == "Chemical weapon":
        acc = ACCIDENT.search(text)
        if acc and not WEAPON_USE.search(text):
            return "Man-made disaster", acc
    return None


def _foiled(text: str, label: str, ranked: list[str]) -> Decision | None:
    """An attack stopped before it did harm is disrupted weapons use."""
    if label in REMOTE | {"Suicide bomb", "Chemical weapon"}:
        first = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]
        m = FOILED.search(first)
        if m and not HARM.search(NO_HARM.sub(" ", first)):
            return "Disrupted weapons use", m
    return None


def _chemical(text: str, label: str, ranked: list[str]) -> Decision | None:
    """A chemical agent makes an explosive or armed attack a Chemical weapon event."""
    if label in EXPLOSIVE_OR_ATTACK | {"Suicide bomb"}:
        m = CHEMICAL.search(text)
        if m:
            return "Chemical weapon", m
    return None


def _suicide(text: str, label: str, ranked: list[str]) -> Decision | None:
    """A suicide bomber makes an explosion or attack a Suicide bomb."""
    if label in EXPLOSIVE_OR_ATTACK:
        m = SUICIDE.search(text)
        if m:
            return "Suicide bomb", m
    return None


def _quiet(text: str, label: str, ranked: list[str]) -> Decision | None:
    """Fighting or a kidnapping reported outright outweighs deployment or organisational wording."""
    if label in QUIET_LABELS:
        m = CLASHED.search(text)
        if m:
            return "Armed clash", m
        m = KIDNAPPED.search(text)
        if m:
            return "Abduction/forced disappearance", m
    return None


def _who_gains(text: str, label: str, ranked: list[str]) -> Decision | None:
    """Who gains ground decides government regains vs non-state actor overtakes; ground taken
    from a protest's crowd is the protest broken up, typed by how it was met."""
    if label not in TERRITORY:
        return None
    crowd = protest_crowd(text)
    if crowd is not None:
        return _protest(text) or ("Protest with intervention", crowd)
    return _territory(text)


def _protest_response(text: str, label: str, ranked: list[str]) -> Decision | None:
    """How a protest was met (rioters, lethal force, intervention) settles the protest type."""
    return _protest(text) if label in PROTEST else None


# Applied in order; the first that fires decides. Names let the bench switch each off.
PRECEDENCE = [("gas_accident", _gas_accident), ("needs_cue", None), ("foiled", _foiled), ("chemical", _chemical),
              ("suicide", _suicide), ("quiet_labels", _quiet), ("who_gains", _who_gains), ("protest_response", _protest_response)]
DISABLED: set[str] = set()  # rule names switched off (bench ablation only)


def apply_precedence(text: str, label: str, ranked: list[str] | None = None) -> tuple[str, re.Match | None]:
    """Return the label after the codebook rules, and the cue match that justified it."""
    for name, rule in PRECEDENCE:
        if name in DISABLED:
            continue
        if rule is None:
            # a sub-type the sentence gives no cue for yields to the best supported alternative
            # (typing/cues.py); the rules after this one refine whichever label stands
            label = require_cues(text, label, ranked or [])
            continue
        decided = rule(text, label, ranked or [])
        if decided is not None:
            return decided
    return label, None
