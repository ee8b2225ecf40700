"""A long text with no sentence that reports an event gets no strategic-development record."""
from datetime import date

from sitroom.extract.pipeline import extract_document
from sitroom.model import Document

EXPLAINER = (
    "The electoral commission began handing out ballot boxes to district offices in Korvel.\n\n"
    "Party agents were also present at the warehouse to watch the distribution.\n\n"
    "The commission chairman said the process was going smoothly.\n\n"
    "Voters will choose a new governor next month.\n\n"
    "Observers from several civic groups plan to monitor the count.\n\n"
    "The commission has trained more than two thousand staff for the day.\n\n"
    "Results are expected within three days of the vote."
)

INCIDENT_NOTE = "Gunmen burned the district office of the electoral commission in Korvel on Sunday."


def _conflict(records):
    return [r for r in records if r.event_type and r.event_type != "Non-conflict"]


def test_long_logistics_text_founds_no_conflict_record():
    _, records = extract_document(Document("t1", EXPLAINER, pub_date=date(2024, 5, 6)))
    assert _conflict(records) == []


def test_short_incident_note_still_gets_its_record():
    _, records = extract_document(Document("t2", INCIDENT_NOTE, pub_date=date(2024, 5, 6)))
    assert len(_conflict(records)) == 1


TRIAL_STORY = (
    "Former Varnos police chief goes on trial\n\n"
    "The high court in Varnos opened the trial of a former police chief on Monday.\n\n"
    "He is accused of ordering the killing of detainees at a barracks.\n\n"
    "Prosecutors told the judges that officers under his command shot the prisoners at night.\n\n"
    "The accused pleaded not guilty to all charges.\n\n"
    "His lawyers say the case rests on the word of two witnesses.\n\n"
    "The trial is expected to last a year."
)

ELECTION_STORY = (
    "Varnos votes in calm election\n\n"
    "Voters in Varnos voted in a calm presidential election on Sunday, with long queues at polling stations.\n\n"
    "The two main candidates cast their ballots in their home towns.\n\n"
    "Both urged their supporters to wait patiently for the results.\n\n"
    "The electoral commission said turnout was about 70 percent.\n\n"
    "Observers said the vote had been orderly.\n\n"
    "Provisional results are expected within three days."
)


def test_long_trial_story_gets_no_fallback_attack():
    _, records = extract_document(Document("t3", TRIAL_STORY, pub_date=date(2031, 4, 8)))
    assert _conflict(records) == []


def test_calm_election_story_gets_no_conflict_record():
    _, records = extract_document(Document("t4", ELECTION_STORY, pub_date=date(2031, 4, 8)))
    assert _conflict(records) == []


def test_short_trend_piece_gets_no_fallback_record():
    text = ("Analysis: Varnos and Tarsk drift apart\n\n"
            "Security cooperation between Varnos and Tarsk has weakened since their governments fell out.\n\n"
            "Analysts say both armies now guard the border alone.")
    _, records = extract_document(Document("t5", text, pub_date=date(2031, 4, 8)))
    assert _conflict(records) == []


def test_short_appeal_gets_no_guessed_strategic_record():
    text = ("Aid agency warns of cuts in Tarsk camps\n\n"
            "The agency said it has received a fifth of the funds it needs for the camps around Tarsk.\n\n"
            "Without new money, rations will be halved from next month.\n\n"
            "Thousands of families still live in tents after two rainy seasons.\n\n"
            "The agency provides water and schooling to 40,000 children in the camps.")
    _, records = extract_document(Document("t6", text, pub_date=date(2031, 4, 8)))
    assert _conflict(records) == []
