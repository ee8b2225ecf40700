"""Codebook rules applied on top of the classifier's ranking.

The classifier reads wording; these rules carry what wording alone does not settle:
- a chemical agent makes an aerial or artillery attack a Chemical weapon event, a suicide
  bomber makes an explosion a Suicide bomb rather than an IED (higher types absorb lower);
- who gains ground decides Government regains territory vs Non-state actor overtakes territory;
- who is violent at a demonstration decides riot vs protest, and how the state responded
  decides peaceful / with intervention / excessive force.
Each rule returns the regex match that justified it, which becomes the label's trigger.
"""
from __future__ import annotations

import re

from sitroom.extract.typing.actors import side
from sitroom.extract.typing.cues import protest_crowd, require_cues

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
PROTESTER_VIOLENCE = re.compile(
    r"\b(riot(?:s|ed|ing|ers)?(?! (?:police|squads?|gear|control|units?|officers|troops|forces|shields?))|(?:protests?|demonstrations?|rall(?:y|ies)|marches) and clashes|block(?:ed|ing|ade[sd]?) (?:\w+ ){0,3}(?:roads?|highways?|railways?|rail lines?|motorways?|junctions?|bridges?)|barricad(?:ed|ing)|(?:burning|burnt|burned|set fire to|torched) (?:\w+ )?(?:tyres|tires)|stone-pelting|rock-throwing|hurled (?:\w+ ){0,2}(?:at|towards)|"
    r"clash(?:ed|es|ing)? (?:\w+ ){0,2}(?:with|between)|clashes (?:that )?(?:broke out|erupted)|"
    r"(?:during|in) (?:\w+ ){0,2}clashes|street confrontations?|confrontations? (?:with|between)|"
    r"fought (?:with )?(?:police|security forces|troops)|projectiles|"
    r"armed with (?:sticks|stones|clubs|iron bars|knives|machetes)|"
    r"torch(?:ed|ing)|set (?:fire|ablaze)|"
    r"set (?:\w+ ){1,3}(?:on fire|ablaze)|burn(?:ed|t|ing) (?:\w+ ){0,2}(?:tyres|tires|cars|vehicles|buses|"
    r"police|buildings?|offices?|station)|vandali[sz](?:ed|ing)|ransack(?:ed|ing)|loot(?:ed|ing)|"
    r"pelt(?:ed|ing)|(?:threw|hurl(?:ed|ing)|throwing|lobbed) (?:\w+ ){0,3}(?:stones|rocks|bricks|bottles|"
    r"petrol bombs|molotov|firecrackers|fireworks|objects)|stone-throwing|molotov cocktails?|petrol bombs?|"
    r"turn(?:ed|s|ing)? (?:\w+ )?violent|(?:escalating|street) violence|violence (?:erupted|broke out)|"
    r"(?:fire[ds]?|firing|launch(?:ed)?) (?:\w+ )?(?:firecrackers|fireworks|flares) (?:at|against)|violent (?:protests?|demonstrations?|clashes)|smash(?:ed|ing)|stormed|"
    r"attack(?:ed|ing) (?:the )?(?:police|officers|security forces|journalists))\b", re.I)
LETHAL = re.compile(r"\b(killed|killing|shot dead|dead|died|deaths?|fatal(?:ly)?|live (?:ammunition|rounds|fire|bullets)|"
                    r"opened fire)\b", re.I)
INTERVENTION = re.compile(r"\b(tear ?gas|water cannons?|rubber (?:bullets|rounds)|dispers(?:ed|e|ing)|detain(?:ed|ing)?|"
                          r"arrest(?:ed|ing|s)?|(?:held|taken|took \w+|taking \w+) (?:into custody|for questioning)|rounded up|"
                          r"(?:forcibly|forcefully) (?:\w+ )?(?:cleared|removed|evicted|ended|broken up)|"
                          r"(?:stopped|blocked|halted|prevented|pushed back|removed|evicted|cordoned off|surrounded|kettled) by (?:riot )?(?:police|security forces|gendarmes|soldiers|troops|officers)|"
                          r"(?:police|gendarmes|officers|soldiers|troops) (?:lines |cordons? )?(?:blocked|stopped|halted|removed|evicted|pushed back|surrounded|kettled)|broke[ -]up|break(?:ing)?[ -]up|baton(?:s|-wielding)?|pepper spray|suppress(?:ed|ing|es|ion)?|"
                          r"dispersal|cleared (?:the |a )?(?:\w+ )?(?:protest\w*|demonstrat\w+|square|camp|sit-ins?|streets|crowds?)|kettl(?:ed|ing)|stun grenades|sound bombs|flash-?bangs|"
                          r"crack(?:ed|s)? down|crackdown|drag(?:ged)? (?:\w+ )?away)\b", re.I)
ATTACK_ON_PROTEST = re.compile(r"\b(?:attack(?:ed|s|ing)?|assault(?:ed|s|ing)?|beat(?:en|ing)?(?: up)?|shot at|opened fire on|"
                               r"fir(?:ed|ing) (?:live |rubber )?(?:rounds|bullets|pellets) (?:at|into)|whipp(?:ed|ing)|cane[ds]|clubb(?:ed|ing)) "
                               r"(?:\w+ ){0,4}(?:protest(?:ers?|s)?|demonstrat(?:ors|ion|ions)|march(?:ers)?|sit-ins?|rall(?:y|ies)|vigils?|students|crowds?)\b|"
                               r"\b(?:charged|baton-charged|lashed out) (?:at |into )?(?:\w+ ){0,3}(?:protest(?:ers?|s)?|demonstrat(?:ors|ion|ions)|march(?:ers)?|sit-ins?|rall(?:y|ies)|vigils?|crowds?)\b|"
                               r"\b(?:excessive|disproportionate|brutal|lethal|deadly) (?:use of )?force|(?:violent|brutal|bloody|deadly|lethal) crackdown|"
                               r"\bbrutally (?:\w+ )?(?:attacked|beat|beaten|assaulted|dispersed|suppressed|cracked down)|\bfatal attacks", re.I)
INJURY = re.compile(r"\b(injur(?:ed|ing|ies)|wounded|hurt|beat(?:en|ing)?|hospitali[sz]ed|bloodied)\b", re.I)


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


# A cue used as the topic of a protest ("against the arrest of", "mourn those killed last
# month") is not something that happened at the protest.
TOPIC_BEFORE = re.compile(r"(?:\bagainst|\bover|\bcondemn\w*|\bdenounc\w*|\bdemand\w*|\bjustice for|\babout|"
                          r"\brelease of|\bmourn\w*|\bmemory of|\bsolidarity with|\bfor the|\ban end to|\bstop(?:ping)?|\bprotest(?:ed|ing)|"
                          r"\bwhat (?:they|it|he|she) (?:see|sees|call|calls|describe|describes|consider|considers) as)\b[^.;]{0,40}$", re.I)
PAST_NEAR = re.compile(r"\b(last (?:week|month|year)|previous (?:day|week)|earlier|recently|ago|"
                       r"the day before|in the past)\b", re.I)

NEGATED = re.compile(r"\b(?:no|not|nobody|no one|none|without|never|neither|nor)\b(?:\W+[\w'-]+){0,2}\W*(?:was|were|been|be)?\W*$", re.I)


def _action(pattern: re.Pattern, text: str) -> re.Match | None:
    """First match of `pattern` that reports something done at this protest, not its topic
    or an earlier episode."""
    for m in pattern.finditer(text):
        if TOPIC_BEFORE.search(text[max(0, m.start() - 45): m.start()]):
            continue
        if re.match(r"\s+of\b", text[m.end(): m.end() + 4]):
            continue
        if PAST_NEAR.search(text[max(0, m.start() - 40): m.end() + 30]):
            continue
        if NEGATED.search(text[max(0, m.start() - 30): m.start()]) or re.match(r"\s+peacefully\b", text[m.end():]):
            continue
        return m
    return None


def _protest(text: str) -> tuple[str, re.Match] | None:
    """Riot vs protest, then the state's response, from cue words."""
    m = _action(PROTESTER_VIOLENCE, text)
    if m:
        return "Violent demonstration", m
    lethal = _action(LETHAL, text) or _action(ATTACK_ON_PROTEST, text)
    if lethal:
        return "Excessive force against protesters", lethal
    inter = _action(INTERVENTION, text)
    if inter:
        injury = _action(INJURY, text)
        if injury and re.search(r"\b(dozens|scores|hundreds|many|several|\d{2,})\b", text, re.I):
            return "Excessive force against protesters", injury
        return "Protest with intervention", inter
    return None


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
