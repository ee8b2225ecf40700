"""Long-past months and years that only set the scene found no record; past incidents still do."""
from datetime import date

from sitroom.extract.dates import resolve_event_date
from sitroom.extract.founding import EVENT_NOUNS
from sitroom.extract.frame import out_of_frame
from sitroom.extract.nlp import get_nlp

ANCHOR = date(2030, 9, 2)


def _why(text: str) -> str:
    sent = get_nlp()(text)[:]
    return out_of_frame(sent, False, resolve_event_date(sent, 0, ANCHOR), ANCHOR, EVENT_NOUNS)


def test_backdrop_of_an_explainer_is_out_of_frame():
    text = ("After the disputed vote in 2021, the province was divided between two rival councils, "
            "with militias clashing along the new line.")
    assert _why(text).startswith("background history")


def test_past_incident_with_its_year_is_still_history_to_code():
    assert _why("In 2022 a drone struck the grain depot at Moruna.") == ""


def test_recent_month_is_not_history():
    assert _why("In August the militia burned two villages near the lake.") == ""


def test_a_hostile_situation_going_on_for_a_year_is_background():
    from sitroom.extract.frame import out_of_frame
    from sitroom.extract.nlp import get_nlp

    def why(text):
        return out_of_frame(list(get_nlp()(text).sents)[0], False, None, None)

    assert why("The assembly voted to extend curfews in Velda province, where the army has been "
               "fighting the Torin militias since last year.").startswith("a situation going on")
    assert why("Government troops have been besieging the hill town of Omaro for months.").startswith(
        "a situation going on")
    # a fight of the day, told as going on for hours, is the day's event
    assert why("Rebels have been shelling the outskirts of Omaro for three hours, residents said.") == ""
    assert why("Troops seized the bridge at Omaro on Monday, where rebels have been fighting since 2021.") == ""
