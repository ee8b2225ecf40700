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

    assert why("The governor extended curfews in Velda province, where the army has been "
               "fighting the Torin militias since last year.").startswith("a situation going on")
    assert why("Government troops have been besieging the hill town of Omaro for months.").startswith(
        "a situation going on")
    # a fight of the day, told as going on for hours, is the day's event
    assert why("Rebels have been shelling the outskirts of Omaro for three hours, residents said.") == ""
    assert why("Troops seized the bridge at Omaro on Monday, where rebels have been fighting since 2021.") == ""


def test_a_sentence_that_opens_in_earlier_times_is_history():
    from sitroom.extract.frame import out_of_frame
    from sitroom.extract.nlp import get_nlp

    def why(text):
        return out_of_frame(list(get_nlp()(text).sents)[0], False, None, None)

    assert why("In previous elections, riot police have used water cannon on opposition marchers in Velda.") \
        .startswith("history")
    assert why("In the past, the militia has raided villages along the river.").startswith("history")
    # the past day or week is the story's own time
    assert why("In the past 24 hours, riot police fired water cannon on marchers in Velda.") == ""


def test_an_explainer_with_only_history_founds_no_record():
    from datetime import date

    from sitroom.extract.pipeline import extract_document
    from sitroom.model import Document

    text = ("Authorities ban opposition rallies in Velda\n\n"
            "VELDA — The interior ministry on Tuesday banned all opposition rallies in the capital ahead of "
            "next month's vote, citing the risk of unrest.\n\n"
            "In previous elections, riot police have used water cannon and rubber bullets to disperse "
            "opposition supporters.")
    _, records = extract_document(Document(doc_id="ban", text=text, pub_date=date(2024, 5, 7)))
    assert [r for r in records if r.event_type != "Non-conflict"] == []


def test_an_event_named_by_a_long_past_year_is_background():
    from datetime import date

    from sitroom.extract.frame import out_of_frame
    from sitroom.extract.nlp import get_nlp

    sent = list(get_nlp()("The 2009 accord, signed in Arusha, ended a rebellion in the north of Velda.").sents)[0]
    assert out_of_frame(sent, False, None, date(2024, 5, 1)).startswith("background history")
    sent = list(get_nlp()("The rebels attacked the 2009 accord's signatories in Arusha on Monday.").sents)[0]
    assert out_of_frame(sent, False, None, date(2024, 5, 1)) == ""


def test_an_event_told_as_years_before_the_news_founds_nothing():
    from sitroom.extract.founding import event_triggers
    from sitroom.extract.nlp import get_nlp

    def triggers(text):
        return [t.text for t in event_triggers(list(get_nlp()(text).sents)[0])]

    assert triggers("A decade after the massacre in Omaro, survivors returned to rebuild their homes.") == []
    assert "attacked" in triggers("Two hours after the blast, gunmen attacked the market in Omaro.")
