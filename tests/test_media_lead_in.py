"""A post of a video of an event reports that event; a bare lead-in to a post does not (own words)."""
from sitroom.extract.nlp import get_nlp
from sitroom.extract.pipeline import reports_nothing


def _sent(text: str):
    return list(get_nlp()(text).sents)[0]


def test_posted_video_of_a_protest_is_not_a_bare_lead_in():
    assert not reports_nothing(_sent("The committee posted this video of a protest in the Qadam district:"))


def test_posted_footage_showing_shelling_is_not_a_bare_lead_in():
    assert not reports_nothing(_sent("Activists shared footage, reportedly showing shelling near the old souk:"))


def test_a_lead_in_to_an_update_still_reports_nothing():
    assert reports_nothing(_sent("The monitors posted an update on the day:"))
