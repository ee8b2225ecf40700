"""How a protest was met, read from who did what to whom (typing/protest.py); sentences written for this test."""
from __future__ import annotations

import pytest

from sitroom.extract.typing.protest import EXCESSIVE, INTERVENTION, VIOLENT, read_response

CASES = [
    # the crowd's own violence comes first, whatever the police did back
    ("Riot police fired tear gas at students who threw stones at them.", VIOLENT),
    ("Demonstrators hurled petrol bombs at officers, who responded with tear gas.", VIOLENT),
    ("A crowd torched the police station after a suspect died in custody.", VIOLENT),
    ("Protesters shot at police officers guarding the governor's office.", VIOLENT),
    ("Demonstrators clashed with security forces outside parliament.", VIOLENT),
    # lethal force by the state on the crowd
    ("Security forces shot dead three demonstrators in the capital on Tuesday.", EXCESSIVE),
    ("Two protesters were killed when soldiers opened fire on the crowd.", EXCESSIVE),
    ("Police used batons to disperse the crowd, seriously injuring at least fifteen people.", EXCESSIVE),
    # breaking up, arresting, tear gas, beating without serious injury
    ("Protesters were dispersed by police with water cannon.", INTERVENTION),
    ("Officers arrested twelve marchers outside the court.", INTERVENTION),
    ("Police beat demonstrators with batons and sticks.", INTERVENTION),
    ("Guards fired into the air to break up the sit-in.", INTERVENTION),
    # generic disorder words yield to the state's lethal force told beside them
    ("The worst violence was in the north, where soldiers shot dead four marchers.", EXCESSIVE),
    ("Violence broke out at the rally in the port city.", VIOLENT),
]

NOTHING = [
    "Police did not intervene and the march ended peacefully.",             # negated
    "No arrests were made and the rally passed off without incident.",       # negated noun
    "Hundreds rallied to demand justice for those killed by police last month.",  # topic
    "Teachers staged a sit-in against the arrest of their union leader.",    # topic
    "Students protested the killing of a classmate by police.",              # topic
    "Farmers marched to the ministry a week after a similar protest was dispersed by gendarmes.",  # earlier
    "Protesters blocked no roads and dispersed at dusk.",                    # negated object
    "Thousands of non-violent marchers walked through the city centre while police watched.",
    "Protesters tried to storm the ministry but turned back at the gates.",  # only tried
]


@pytest.mark.parametrize("text,label", CASES)
def test_response_read_from_roles(text: str, label: str) -> None:
    got = read_response(text)
    assert got is not None and got[0] == label
    cue = got[1]
    assert text[cue.start():cue.end()] == cue.group(0)


@pytest.mark.parametrize("text", NOTHING)
def test_no_response_when_negated_topic_or_earlier(text: str) -> None:
    assert read_response(text) is None
