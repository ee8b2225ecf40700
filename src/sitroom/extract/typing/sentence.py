"""Sentence-level no-event rules for `classify_sentence`.

The extraction pipeline attaches a sentence whose label is None to the previous event. Two
kinds of sentence carry numbers or urgent wording but no event of their own:
- a casualty count (a number of dead or hurt) with no cause ("The report said 25 people were killed and dozens
  injured."): it belongs to the event told before it, so it must not become, say, a
  Man-made disaster of its own;
- an appeal, call or warning (a UN appeal, leaflets urging residents to leave): a statement
  about what should happen, not something that happened.
"""
from __future__ import annotations

import re

CASUALTY = re.compile(r"\b(killed|killing|died|dead|deaths?|death toll|wounded|injured|injuries|casualties|"
                      r"lost their lives|bodies)\b", re.I)
COUNT = re.compile(r"\b((?!(?:19|20)\d\d\b)\d[\d,.]*|dozens|scores|hundreds|thousands|several|many|some|at least|more than|"
                   r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b", re.I)
# Anything that names what caused the harm, or an event that the sentence reports itself.
CAUSE = re.compile(
    r"\b(attack\w*|bomb\w*|strikes?|struck|raids?|shell\w*|mortars?|rockets?|missiles?|artillery|clash\w*|"
    r"fight\w*|fought|battles?|gun\w*|shot|shoot\w*|fire[ds]?|firing|ambush\w*|explo\w+|blasts?|grenades?|mines?|"
    r"IEDs?|drones?|jets?|warplanes?|helicopters?|aircraft|troops|soldiers|militants?|rebels?|insurgents?|"
    r"fighters|police|army|forces|militias?|crash\w*|collaps\w*|flood\w*|earthquake|quake|storm|cyclone|"
    r"landslides?|accident|fire|blaze|leak\w*|stamped\w*|protest\w*|demonstrat\w*|riot\w*|mob|lynch\w*|"
    r"kidnap\w*|abduct\w*|executed|massacre|stabb\w*|hacked|beaten|tortur\w*|poison\w*|gas|chemical|"
    r"outbreak|epidemic|cholera|disease|heatwave|drought|famine|starv\w*|crackdown|violence|assault\w*)\b", re.I)
APPEAL = re.compile(r"\b(appeal(?:ed|s|ing)? (?:for|to)|urg(?:ed|es|ing)|call(?:ed|s|ing)? (?:on|for|upon)|"
                    r"warn(?:ed|s|ing)|leaflets?|pleaded|plead(?:s|ing)?|asked (?:\w+ ){0,3}to)\b", re.I)
# Verbs of a reported event that an appeal sentence may also contain ("... urged calm after
# troops killed four").
EVENT_VERB = re.compile(r"\b(killed|attacked|bombed|shelled|seized|captured|arrested|detained|abducted|kidnapped|"
                        r"signed|agreed|clashed|fired|struck|strik\w*|hit|launched|destroyed|burned|exploded|stormed|marched|rallied|"
                        r"protested|gathered|staged|dispersed|took|met)\b", re.I)


def no_event_sentence(text: str) -> bool:
    """True when the sentence is a causeless casualty count or an appeal/warning."""
    if CASUALTY.search(text) and COUNT.search(text) and not CAUSE.search(text):
        return True
    return bool(APPEAL.search(text)) and not EVENT_VERB.search(text)
