"""Known-organisation checks of sources.py read one set of normalised aliases."""
from sitroom.extract import sources as S


def test_alias_set_is_every_normalised_alias():
    assert S._known_aliases() == {alias for alias, _ in S._known_sources()}
    assert S._norm("UN") in S._known_aliases()


def test_fuller_name_keeps_known_organisations_and_completes_people():
    cited = ["Tribal Leader Hamad Saadi", "UN OCHA"]
    assert S._fuller_name("UN", cited) == "UN"  # a known organisation keeps its own name
    assert S._fuller_name("Hamad Saadi", cited) == "Tribal Leader Hamad Saadi"
    assert S._fuller_name("hamad", cited) == "hamad"  # not a capitalised name
