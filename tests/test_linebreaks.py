"""Headlines, captions and paragraphs end sentences even without a full stop."""
from sitroom.extract.linebreaks import hard_wrapped, part_break
from sitroom.extract.nlp import get_nlp


def _sents(text: str) -> list[str]:
    return [s.text.strip() for s in get_nlp()(text).sents if s.text.strip()]


def test_headline_is_its_own_sentence():
    text = ("Militia burns market in river town today\n\n"
            "Gunmen set fire to the central market of Kebbiwa on Friday, residents said.")
    sents = _sents(text)
    assert sents[0] == "Militia burns market in river town today"
    assert sents[1].startswith("Gunmen set fire")


def test_short_caption_line_ends_before_the_lede():
    text = ("Soldiers at a checkpoint near the border\n"
            "Rebels ambushed an army convoy on Tuesday near Dorvo, killing four soldiers.")
    assert _sents(text)[1].startswith("Rebels ambushed")


def test_bullet_line_starts_a_sentence():
    text = "Two people were hurt in the blast.\n- A curfew was imposed in the old quarter."
    assert _sents(text)[-1].startswith("- A curfew")


def test_hard_wrapped_wire_copy_keeps_its_sentences():
    text = ("Rebels have taken control of the northern city of\n"
            "Tamvara after days of heavy fighting with government troops,\n"
            "a spokesman for the rebel movement said on Tuesday while\n"
            "residents watched from their doorways and shops stayed\n"
            "closed across the town centre for a second day running.\n")
    assert hard_wrapped(text)
    assert len(_sents(text)) == 1


def test_line_ending_in_a_joining_word_goes_on():
    text = "Police said the attackers fled towards the\nForest of Ngari after the raid."
    assert not part_break(text, text.index("\n"), text.index("Forest"))
